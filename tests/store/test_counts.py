"""What `SQLiteStore.counts()` tells of a real file: articles, events and the PLOVER
interactions of migration 2, each counted once however often an article is offered again."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from passage.store import open_store
from tests.store.test_interactions import _version_1_database, wire_article


def test_counts_include_the_interactions(tmp_path: Path):
    with open_store(tmp_path / "p.db") as store:
        assert store.counts() == {"articles": 0, "events": 0, "interactions": 0}
        assert store.save(wire_article())
        assert store.counts() == {"articles": 1, "events": 1, "interactions": 2}


def test_a_second_article_adds_its_interactions_and_a_repeat_adds_nothing(tmp_path: Path):
    db = tmp_path / "p.db"
    second = wire_article(
        "NAIROBI, June 3 (AP) - Gunmen clashed with police near Garissa on Tuesday. Somalia "
        "demanded an inquiry. Kenya rejected the demand, its interior ministry said.",
        date(2025, 6, 3),
    )
    with open_store(db) as store:
        store.save(wire_article())
        store.save(second)
    with open_store(db) as store:  # counted from the file, not from what this process wrote
        assert not store.save(second)
        assert store.counts() == {"articles": 2, "events": 2, "interactions": 4}
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] == 4
    conn.close()


def test_an_upgraded_version_1_file_counts_no_interactions_until_one_is_stored(tmp_path: Path):
    db = tmp_path / "old.db"
    _version_1_database(db)
    with open_store(db) as store:
        before = store.counts()
        assert before["interactions"] == 0 and before["events"] > 0
        store.save(wire_article())
        after = store.counts()
    assert after == {
        "articles": before["articles"] + 1,
        "events": before["events"] + 1,
        "interactions": 2,
    }


def test_each_listed_article_says_how_many_interactions_it_gave(tmp_path: Path):
    quiet = wire_article(
        "GOMA, June 5 (Reuters) - Rebels clashed with troops near Sake on Thursday. Residents "
        "demanded calm; the governor rejected their plea."
    )
    quiet.interactions = []
    with open_store(tmp_path / "p.db") as store:
        store.save(wire_article())
        store.save(quiet)
        listed = {row["id"]: (row["events"], row["interactions"]) for row in store.articles()}
    assert listed == {wire_article().id: (1, 2), quiet.id: (1, 0)}
