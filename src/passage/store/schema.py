"""The SQLite schema as numbered forward migrations; the database records the version it is at."""

from __future__ import annotations

# Each entry moves the schema from version i to i + 1. Never edit a released one: add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        url TEXT,
        outlet TEXT,
        published TEXT,
        published_source TEXT,
        published_reason TEXT,
        language TEXT,
        language_source TEXT,
        source TEXT,
        ingested_at TEXT NOT NULL,
        text TEXT NOT NULL,
        layers TEXT NOT NULL
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        subtype TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        lat REAL,
        lon REAL,
        place_name TEXT,
        access_target TEXT,
        access_effect TEXT,
        position INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_date ON events(date_start, date_end);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_access ON events(access_target);
    """,
    # 2: PLOVER interactions ("X demanded Y", "Y rejected Z") get a table of their own, so the
    # events table stays ACLED's; an event's PLOVER category becomes a column to filter on.
    # A row stored before keeps the category its record carries, if any (older ones carry none).
    """
    ALTER TABLE events ADD COLUMN plover TEXT;
    UPDATE events SET plover = json_extract(record, '$.plover');
    CREATE INDEX events_plover ON events(plover);
    CREATE TABLE interactions (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        subtype TEXT NOT NULL,
        plover TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        lat REAL,
        lon REAL,
        place_name TEXT,
        access_target TEXT,
        access_effect TEXT,
        position INTEGER NOT NULL,
        record TEXT NOT NULL
    );
    CREATE INDEX interactions_article ON interactions(article_id);
    CREATE INDEX interactions_date ON interactions(date_start, date_end);
    CREATE INDEX interactions_plover ON interactions(plover);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
