"""`passage interactions` through click's runner on a real SQLite file: the PLOVER interactions
beside, not inside, `passage events`, with the same filters and output shapes."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from passage.record import Article, Claim, Event, EventActor, EventDate, PlaceMention, Span
from passage.serve.cli import main
from passage.store import open_store
from tests.paths import REPO

GOMA = (-1.6792, 29.2228)
JUBA = (4.8517, 31.5825)

# Made-up wire copy, one article a line: (published, text, [(trigger, category, place)]), the
# first trigger of each text an ACLED event, the others interactions.
ARTICLES = [
    (
        date(2025, 2, 3),
        "GOMA (AFP) - M23 rebels shelled Sake on Monday. Kinshasa demanded that Kigali withdraw "
        "its troops; Kigali rejected the demand, its foreign ministry said.",
        [("shelled", "ASSAULT", GOMA), ("demanded", "DEMAND", GOMA), ("rejected", "REJECT", GOMA)],
    ),
    (
        date(2025, 5, 12),
        "JUBA (Reuters) - Fighters clashed with the army near Juba. Uganda threatened to "
        "close the Nimule crossing unless the fighting stopped.",
        [("clashed", "FIGHT", JUBA), ("threatened", "THREATEN", JUBA)],
    ),
]


def _told(article: Article, word: str, category: str, where: tuple[float, float], n: int) -> Event:
    start = article.text.index(word)
    trigger = Span(start, start + len(word), word)
    acled = n == 0
    when = article.published
    return Event(
        id=f"{article.id}-{start}",
        type="Explosions/Remote violence" if acled else "Interaction",
        subtype="Shelling/artillery/missile attack" if acled else category,
        plover=category,
        trigger=trigger,
        sentence=trigger,
        date=EventDate(when, when, "day", "Monday") if when else None,
        place=PlaceMention(0, 4, "here", name="here", lat=where[0], lon=where[1]),
        actors=[
            EventActor("actor", "Side A", "state", "A"),
            EventActor("target", "Side B", "state", "B"),
        ],
        claims=[Claim("asserted", [article.outlet or ""], article.id, trigger)],
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("interactions") / "wire.db"
    with open_store(path) as store:
        for published, text, told in ARTICLES:
            article = Article(text=text, outlet="Wire", published=published, language="en")
            records = [_told(article, *t, n) for n, t in enumerate(told)]
            article.events, article.interactions = records[:1], records[1:]
            store.save(article)
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


def listed(db: Path, command: str, *args: str) -> list[dict]:
    return json.loads(run(command, "--db", str(db), "--format", "json", *args))


def test_interactions_are_listed_apart_from_the_events(db: Path):
    interactions = listed(db, "interactions")
    assert [i["subtype"] for i in interactions] == ["DEMAND", "REJECT", "THREATEN"]
    assert {i["type"] for i in interactions} == {"Interaction"}
    assert all(i["plover"] == i["subtype"] for i in interactions)
    events = listed(db, "events")
    assert [(e["type"], e["plover"]) for e in events] == [
        ("Explosions/Remote violence", "ASSAULT"),
        ("Explosions/Remote violence", "FIGHT"),
    ]


def test_category_dates_and_distance_filter_the_interactions(db: Path):
    def subtypes(*args: str) -> list[str]:
        return [i["subtype"] for i in listed(db, "interactions", *args)]

    assert subtypes("--category", "reject") == ["REJECT"]
    assert subtypes("--since", "2025-03-01") == ["THREATEN"]
    assert subtypes("--until", "2025-03-01") == ["DEMAND", "REJECT"]
    assert subtypes("--near", "Juba", "--km", "30") == ["THREATEN"]
    assert subtypes("--near", "Tunis", "--km", "30") == []
    assert subtypes("--category", "AID") == []


def test_events_type_accepts_the_plover_category_an_event_maps_to(db: Path):
    assert [e["plover"] for e in listed(db, "events", "--type", "fight")] == ["FIGHT"]
    assert listed(db, "events", "--type", "DEMAND") == []  # interactions are not events
    assert "PLOVER category" in run("events", "--help")


def test_table_jsonl_and_csv_shapes(db: Path):
    table = run("interactions", "--db", str(db)).splitlines()
    assert len(table) == 3
    assert "Interaction / REJECT" in table[1] and "actor: Side A" in table[1]
    jsonl = run("interactions", "--db", str(db), "--format", "jsonl").splitlines()
    assert [json.loads(line)["subtype"] for line in jsonl] == ["DEMAND", "REJECT", "THREATEN"]
    rows = list(
        csv.DictReader(io.StringIO(run("interactions", "--db", str(db), "--format", "csv")))
    )
    assert [(r["type"], r["plover"]) for r in rows] == [
        ("Interaction", "DEMAND"),
        ("Interaction", "REJECT"),
        ("Interaction", "THREATEN"),
    ]
    events = list(csv.DictReader(io.StringIO(run("events", "--db", str(db), "--format", "csv"))))
    assert [r["plover"] for r in events] == ["ASSAULT", "FIGHT"]


def test_nothing_found_is_said_on_stderr_and_bad_dates_are_usage_errors(db: Path):
    result = CliRunner().invoke(main, ["interactions", "--db", str(db), "--category", "AID"])
    assert result.exit_code == 0 and result.stdout == ""
    assert "no interactions" in result.stderr
    bad = CliRunner().invoke(main, ["interactions", "--db", str(db), "--since", "12/05/2025"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


PLOVER_LEXICON = REPO / "src" / "passage" / "data" / "en" / "plover.json"


@pytest.mark.skipif(not PLOVER_LEXICON.exists(), reason="the English PLOVER lexicon is not there")
def test_an_ingested_demand_is_listed_with_its_chain(tmp_path: Path):
    article = tmp_path / "wire.txt"
    article.write_text(
        "Somalia demands Ethiopian troop withdrawal\n\n"
        "MOGADISHU, June 4 (Reuters) - Somalia demanded on Tuesday that Ethiopia withdraw its "
        "troops from the Gedo region, the state news agency SONNA reported.\n",
        encoding="utf-8",
    )
    db = tmp_path / "wire.db"
    run("ingest", str(article), "--db", str(db), "--published", "2024-06-04", "--outlet", "Wire")
    demands = listed(db, "interactions", "--category", "DEMAND")
    assert demands, "the demand is an interaction"
    assert all(i["type"] == "Interaction" for i in demands)
    assert all(c["chain"][0] == "Wire" for i in demands for c in i["claims"])
    # The demand the body tells is the agency's report, as an event's would be.
    assert any(
        c["status"] == "reported" and "SONNA" in c["chain"][-1]
        for i in demands
        for c in i["claims"]
    )
    assert not [e for e in listed(db, "events") if e["type"] == "Interaction"]
