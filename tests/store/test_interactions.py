"""PLOVER interactions in the SQLite store, on real files: a table of their own beside the ACLED
events, written with the article, read with the events' filters plus a category, and a schema
version 1 database upgraded in place."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from passage.record import (
    Article,
    Claim,
    Event,
    EventActor,
    EventDate,
    PlaceMention,
    Span,
    stable_id,
)
from passage.store import open_store
from passage.store.schema import SCHEMA_VERSION
from passage.store.sqlite import EventQuery

V1_DUMP = Path(__file__).parent / "data" / "schema_v1.sql"

# Made-up wire copy: a clash, then a demand and a rejection between governments.
TEXT = (
    "JUBA, May 12 (Reuters) - Fighters clashed with the army near Malakal on Monday. "
    "Kenya demanded the release of its nationals held in Juba. "
    "The South Sudanese government rejected the demand, a spokesman told Reuters."
)
MALAKAL = (9.53, 31.66)
JUBA = (4.85, 31.58)


def _span(text: str, word: str) -> Span:
    start = text.index(word)
    return Span(start, start + len(word), word)


def _record(
    article: Article,
    word: str,
    type_: str,
    subtype: str,
    plover: str,
    when: date | None,
    where: tuple[float, float],
    chain: list[str],
) -> Event:
    trigger = _span(article.text, word)
    return Event(
        id=stable_id("ev", article.content_hash, trigger.start, subtype),
        type=type_,
        subtype=subtype,
        plover=plover,
        trigger=trigger,
        sentence=trigger,
        date=EventDate(when, when, "day", "Monday") if when else None,
        place=PlaceMention(0, 4, "Juba", name="Place", lat=where[0], lon=where[1], country="SS"),
        actors=[
            EventActor("actor", "Government of Kenya", "state", "Kenya"),
            EventActor("target", "Government of South Sudan", "state", "Juba"),
        ],
        claims=[Claim("reported" if len(chain) > 1 else "asserted", chain, article.id, trigger)],
    )


def wire_article(text: str = TEXT, published: date = date(2025, 5, 12)) -> Article:
    """An analysed article as the stages leave it: one ACLED event and two interactions."""
    article = Article(text=text, outlet="Reuters", published=published, language="en")
    article.events = [
        _record(article, "clashed", "Battles", "Armed clash", "FIGHT", published, MALAKAL, ["R"])
    ]
    article.interactions = [
        _record(article, "demanded", "Interaction", "DEMAND", "DEMAND", published, JUBA, ["R"]),
        _record(
            article, "rejected", "Interaction", "REJECT", "REJECT", None, JUBA, ["R", "spokesman"]
        ),
    ]
    return article


def test_interactions_are_kept_apart_from_the_events(tmp_path: Path):
    with open_store(tmp_path / "p.db") as store:
        assert store.save(wire_article())
        events, interactions = store.events(), store.interactions()
    assert [e["subtype"] for e in events] == ["Armed clash"]
    assert events[0]["plover"] == "FIGHT"
    # Dated first, in the article's order; the undated rejection last.
    assert [(i["type"], i["subtype"], i["plover"]) for i in interactions] == [
        ("Interaction", "DEMAND", "DEMAND"),
        ("Interaction", "REJECT", "REJECT"),
    ]
    rejection = interactions[1]
    assert rejection["claims"][0]["chain"] == ["R", "spokesman"]
    assert {(a["role"], a["name"]) for a in rejection["actors"]} == {
        ("actor", "Government of Kenya"),
        ("target", "Government of South Sudan"),
    }


def test_the_same_article_again_neither_duplicates_nor_loses_its_interactions(tmp_path: Path):
    db = tmp_path / "p.db"
    with open_store(db) as store:
        assert store.save(wire_article())
    with open_store(db) as store:
        assert not store.save(wire_article())
        assert not store.save(wire_article("  " + TEXT + "\n"))  # the same content
        assert len(store.interactions()) == 2
        assert len(store.events()) == 1


def test_a_failed_save_stores_neither_events_nor_interactions(tmp_path: Path):
    with open_store(tmp_path / "p.db") as store:
        store.save(wire_article())
        bad = wire_article("Gunmen clashed near Bor; Nairobi demanded talks; Juba rejected them.")
        bad.interactions = bad.interactions[:1] * 2  # the same interaction id twice
        with pytest.raises(sqlite3.IntegrityError):
            store.save(bad)
        assert not store.has_article(bad.content_hash)
        assert store.counts() == {"articles": 1, "events": 1, "interactions": 2}
        assert len(store.interactions()) == 2


def test_an_interaction_without_plover_set_takes_its_subtype_as_category(tmp_path: Path):
    article = wire_article()
    for told in article.interactions:
        told.plover = ""
    with open_store(tmp_path / "p.db") as store:
        store.save(article)
        assert [i["plover"] for i in store.interactions()] == ["DEMAND", "REJECT"]
        assert len(store.interactions(EventQuery(category="reject"))) == 1
    assert article.interactions[0].plover == ""  # the store does not change the article


def test_interactions_are_read_with_the_events_filters_and_a_category(tmp_path: Path):
    earlier = wire_article(
        "ADDIS ABABA (AFP) - Militias clashed in Amhara; Ethiopia demanded access to the sea; "
        "Eritrea rejected it.",
        date(2024, 1, 8),
    )
    with open_store(tmp_path / "p.db") as store:
        store.save(wire_article())
        store.save(earlier)

        def subtypes(**query: object) -> list[str]:
            return [i["subtype"] for i in store.interactions(EventQuery(**query))]

        assert subtypes(category="DEMAND") == ["DEMAND", "DEMAND"]
        assert subtypes(category="demand", since=date(2025, 1, 1)) == ["DEMAND"]
        assert subtypes(until=date(2024, 12, 31)) == ["DEMAND"]  # undated ones are not in range
        assert subtypes(type="reject") == ["REJECT", "REJECT"]
        assert subtypes(article_id=earlier.id) == ["DEMAND", "REJECT"]
        assert len(subtypes(near=JUBA, km=20)) == 4
        assert subtypes(near=MALAKAL, km=20) == []
        assert subtypes(category="ASSAULT") == []
        # The event filters do not reach the interactions, nor the reverse.
        assert store.events(EventQuery(category="DEMAND")) == []
        assert len(store.events(EventQuery(near=MALAKAL, km=20))) == 2


def test_events_are_found_by_the_plover_category_they_map_to(tmp_path: Path):
    with open_store(tmp_path / "p.db") as store:
        store.save(wire_article())
        assert [e["subtype"] for e in store.events(EventQuery(type="fight"))] == ["Armed clash"]
        assert [e["subtype"] for e in store.events(EventQuery(type="Battles"))] == ["Armed clash"]
        assert store.events(EventQuery(type="PROTEST")) == []


def _version_1_database(path: Path) -> None:
    """A real file as the code before interactions wrote it (schema version 1)."""
    conn = sqlite3.connect(path)
    conn.executescript(V1_DUMP.read_text(encoding="utf-8"))
    conn.close()


def test_a_version_1_database_is_upgraded_in_place(tmp_path: Path):
    db = tmp_path / "old.db"
    _version_1_database(db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    old_records = [json.loads(r) for (r,) in conn.execute("SELECT record FROM events")]
    conn.close()
    assert old_records and all("plover" not in r for r in old_records)

    with open_store(db) as store:
        assert store.version == SCHEMA_VERSION
        # What was stored before is all there, untouched; it carries no category.
        assert {json.dumps(r, sort_keys=True) for r in store.events()} == {
            json.dumps(r, sort_keys=True) for r in old_records
        }
        assert store.interactions() == []
        assert len(store.events(EventQuery(type="Battles"))) == len(old_records)
        assert store.events(EventQuery(type="FIGHT")) == []
        # New articles go in beside the old ones, with their interactions.
        assert store.save(wire_article())
        assert len(store.interactions()) == 2
        assert len(store.events()) == len(old_records) + 1

    with open_store(db) as store:  # opening again migrates nothing twice
        assert store.version == SCHEMA_VERSION
        assert len(store.interactions()) == 2


def test_an_upgrade_keeps_the_category_a_version_1_record_already_carried(tmp_path: Path):
    """Records written at version 1 by code that already printed "plover" keep it as a column."""
    db = tmp_path / "old.db"
    _version_1_database(db)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE events SET record = json_set(record, '$.plover', 'FIGHT')")
    conn.close()
    with open_store(db) as store:
        fights = store.events(EventQuery(type="fight"))
        assert fights and len(fights) == len(store.events())
