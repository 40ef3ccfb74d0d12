"""The SQLite store on real files: schema version, WAL, one transaction per article, idempotence."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from passage.record import (
    Article,
    Claim,
    Event,
    EventDate,
    PlaceMention,
    Span,
    stable_id,
)
from passage.store import open_store
from passage.store.schema import SCHEMA_VERSION
from passage.store.sqlite import EventQuery, StoreError


def make_article(text: str, when: date, lat: float = 34.45, lon: float = 40.92) -> Article:
    article = Article(text=text, outlet="Outlet", published=when, language="fr")
    trigger = Span(4, 11, text[4:11])
    event = Event(
        id=stable_id("ev", article.content_hash, trigger.start, "Other"),
        type="Strategic developments",
        subtype="Other",
        trigger=trigger,
        sentence=Span(0, len(text), text),
        date=EventDate(when, when, "day", "lundi"),
        place=PlaceMention(0, 3, "Abu", name="Albu Kamal", lat=lat, lon=lon, country="SY"),
        claims=[Claim("asserted", ["Outlet"], article.id, Span(0, len(text), text))],
    )
    article.events = [event]
    return article


def test_schema_version_and_wal(tmp_path: Path):
    db = tmp_path / "p.db"
    with open_store(db) as store:
        assert store.version == SCHEMA_VERSION
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_same_article_twice_is_stored_once(tmp_path: Path):
    db = tmp_path / "p.db"
    with open_store(db) as store:
        assert store.save(make_article("Le passage a rouvert lundi.", date(2019, 9, 30)))
        assert not store.save(make_article("Le passage a rouvert lundi.", date(2019, 9, 30)))
        # Different whitespace around the same text is the same article.
        assert not store.save(make_article("  Le passage a rouvert lundi.\n", date(2019, 9, 30)))
        assert store.counts() == {"articles": 1, "events": 1, "interactions": 0}


def test_failed_save_changes_nothing(tmp_path: Path):
    db = tmp_path / "p.db"
    with open_store(db) as store:
        good = make_article("Premier article sur la frontière.", date(2019, 9, 30))
        store.save(good)
        bad = make_article("Second article, qui échoue.", date(2019, 9, 30))
        bad.events = bad.events * 2  # the same event id twice violates the primary key
        with pytest.raises(sqlite3.IntegrityError):
            store.save(bad)
        assert store.counts() == {"articles": 1, "events": 1, "interactions": 0}
        assert not store.has_article(bad.content_hash)


def test_event_filters(tmp_path: Path):
    with open_store(tmp_path / "p.db") as store:
        store.save(make_article("Un article de 2019 sur Abou Kamal.", date(2019, 9, 30)))
        store.save(make_article("Un article de 2024 sur Adré.", date(2024, 8, 15), 13.47, 22.2))
        assert len(store.events()) == 2
        assert len(store.events(EventQuery(since=date(2020, 1, 1)))) == 1
        assert len(store.events(EventQuery(until=date(2020, 1, 1)))) == 1
        assert len(store.events(EventQuery(type="strategic developments"))) == 2
        assert store.events(EventQuery(type="Battles")) == []
        undated = make_article("Un article sans date sur Homs.", date(2019, 9, 30))
        undated.events[0].date = None
        store.save(undated)
        assert len(store.events()) == 3
        # A date filter asks for events known to be in range: an undated one is not.
        assert len(store.events(EventQuery(since=date(2000, 1, 1)))) == 2
        assert len(store.events(EventQuery(until=date(2030, 1, 1)))) == 2
        near = store.events(EventQuery(near=(34.38, 40.92), km=20))
        assert [e["place"]["lat"] for e in near] == [34.45, 34.45]


def test_a_reader_is_not_blocked_by_an_open_write(tmp_path: Path):
    db = tmp_path / "p.db"
    with open_store(db) as store:
        store.save(make_article("Un premier article.", date(2019, 9, 30)))
        store.conn.execute("BEGIN IMMEDIATE")
        store.conn.execute("DELETE FROM events")
        with open_store(db) as reader:
            assert len(reader.events()) == 1  # WAL: the reader sees the last commit
        store.conn.execute("ROLLBACK")


def test_not_a_database(tmp_path: Path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db: not a Passage database"):
        open_store(bogus)


def test_newer_schema_is_refused(tmp_path: Path):
    db = tmp_path / "p.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this Passage"):
        open_store(db)
