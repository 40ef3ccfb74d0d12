"""SQLite backend: one file, WAL mode, one transaction per article, idempotent on content."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from passage.geo import haversine_km
from passage.record import Article, Event
from passage.store.codec import event_json, layers_json
from passage.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(RuntimeError):
    pass


@dataclass
class EventQuery:
    """Filters of a listing of events or of interactions (the same record shape)."""

    since: date | None = None
    until: date | None = None
    type: str | None = None
    near: tuple[float, float] | None = None  # lat, lon
    km: float = 50.0
    access_target: str | None = None
    article_id: str | None = None
    # A PLOVER category ("DEMAND", "REJECT"): the records coded with it.
    category: str | None = None


class SQLiteStore:
    def __init__(self, path: Path):
        self.path = path
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database ({exc})") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(f"{path}: not a Passage database ({exc})") from exc

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @property
    def version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        current = self.version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this Passage "
                f"({SCHEMA_VERSION}); upgrade Passage"
            )
        for number in range(current, SCHEMA_VERSION):
            with self._transaction() as conn:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number + 1}")

    # --- writing -------------------------------------------------------------------------

    def has_article(self, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def save(self, article: Article) -> bool:
        """Store an analysed article, its events and its interactions in one transaction.
        Returns False (and changes nothing) when an article with the same content is stored."""
        with self._transaction() as conn:
            if self.has_article(article.content_hash):
                return False
            conn.execute(
                "INSERT INTO articles (id, content_hash, title, url, outlet, published,"
                " published_source, published_reason, language, language_source, source,"
                " ingested_at, text, layers) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.content_hash,
                    article.title,
                    article.url,
                    article.outlet,
                    article.published.isoformat() if article.published else None,
                    article.published_source,
                    article.published_reason,
                    article.language,
                    article.language_source,
                    article.source,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                    article.text,
                    layers_json(article),
                ),
            )
            _insert_records(conn, "events", article.id, article.events)
            # An interaction's sub-type is its category (record.py), whether or not plover is set.
            coded = [replace(i, plover=i.plover or i.subtype) for i in article.interactions]
            _insert_records(conn, "interactions", article.id, coded)
        return True

    # --- reading -------------------------------------------------------------------------

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Event records (DESIGN.md shape), oldest first, filtered by the query; the type
        filter matches the ACLED type, the ACLED sub-type or the PLOVER category."""
        return self._records("events", query or EventQuery())

    def interactions(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """PLOVER interaction records (the event shape, type "Interaction", subtype the
        category), oldest first, filtered as events are."""
        return self._records("interactions", query or EventQuery())

    def _records(self, table: str, q: EventQuery) -> list[dict[str, Any]]:
        where, params = [], []
        if q.since:
            where.append("date_end >= ?")  # an undated event is not known to be in range
            params.append(q.since.isoformat())
        if q.until:
            where.append("date_start <= ?")
            params.append(q.until.isoformat())
        if q.type:
            where.append(
                "(lower(type) = lower(?) OR lower(subtype) = lower(?) OR lower(plover) = lower(?))"
            )
            params += [q.type, q.type, q.type]
        if q.category:
            where.append("lower(plover) = lower(?)")
            params.append(q.category)
        if q.access_target:
            where.append("access_target = ?")
            params.append(q.access_target)
        if q.article_id:
            where.append("article_id = ?")
            params.append(q.article_id)
        if q.near:
            # A bounding box lets the index-free scan skip most rows; the exact distance follows.
            lat, lon = q.near
            dlat = q.km / 110.574
            where.append("lat BETWEEN ? AND ?")
            params += [lat - dlat, lat + dlat]
            cos_lat = math.cos(math.radians(lat))
            dlon = q.km / (111.320 * cos_lat) if cos_lat > 0.01 else 360.0
            if dlon < 180 and lon - dlon >= -180 and lon + dlon <= 180:
                where.append("lon BETWEEN ? AND ?")
                params += [lon - dlon, lon + dlon]
        sql = f"SELECT record, lat, lon FROM {table}"  # the table name is ours, never input
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY date_start IS NULL, date_start, article_id, position"
        out = []
        for row in self.conn.execute(sql, params):
            if q.near and haversine_km(q.near, (row["lat"], row["lon"])) > q.km:
                continue
            out.append(json.loads(row["record"]))
        return out

    def articles(self) -> list[dict[str, Any]]:
        sql = (
            "SELECT a.id, a.title, a.language, a.language_source, a.outlet, a.url, a.published,"
            " a.published_source, a.published_reason, a.content_hash, a.source, a.ingested_at,"
            " (SELECT count(*) FROM events e WHERE e.article_id = a.id) AS events,"
            " (SELECT count(*) FROM interactions i WHERE i.article_id = a.id) AS interactions"
            " FROM articles a ORDER BY a.ingested_at, a.id"
        )
        return [dict(row) for row in self.conn.execute(sql)]

    def counts(self) -> dict[str, int]:
        """How many articles, events and interactions (PLOVER, migration 2) are stored."""
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "interactions")  # our names, never input
        }


def _insert_records(
    conn: sqlite3.Connection, table: str, article_id: str, events: list[Event]
) -> None:
    """Write an article's events (or interactions) to their table, in the article's order."""
    for position, event in enumerate(events):
        place = event.place
        conn.execute(
            f"INSERT INTO {table} (id, article_id, type, subtype, plover, date_start,"
            " date_end, date_precision, lat, lon, place_name, access_target, access_effect,"
            " position, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                event.id,
                article_id,
                event.type,
                event.subtype,
                event.plover or None,
                event.date.start.isoformat() if event.date else None,
                event.date.end.isoformat() if event.date else None,
                event.date.precision if event.date else None,
                place.lat if place else None,
                place.lon if place else None,
                (place.name or place.text) if place else None,
                event.access.target if event.access else None,
                event.access.effect if event.access else None,
                position,
                event_json(event.to_record()),
            ),
        )
