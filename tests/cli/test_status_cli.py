"""`passage status` and `passage crossings` through click's runner on real SQLite files filled by
`passage ingest` with made-up wire copy: the timeline, the lookup of names, the error for a
name that is no crossing or road, and an empty database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.wire import invoke, wire_db

# Made-up wire copy (not real news): the Allenby Bridge shut on a Sunday and reopened on a
# Thursday, and a closure of the Rafah crossing.
WIRE = [
    {
        "title": "Jordan shuts Allenby Bridge",
        "outlet": "Reuters",
        "published": "2025-11-04",
        "text": "AMMAN, Nov 4 (Reuters) - Jordan closed the Allenby Bridge crossing to travellers "
        "on Sunday, the interior ministry said.",
    },
    {
        "title": "Allenby Bridge reopens",
        "outlet": "Associated Press",
        "published": "2025-11-07",
        "text": "AMMAN (AP) - Jordan reopened the Allenby Bridge crossing on Thursday, the "
        "interior ministry said.",
    },
    {
        "title": "Rafah crossing shut",
        "outlet": "Al Jazeera",
        "published": "2025-11-05",
        "text": "CAIRO (Al Jazeera) - Egyptian authorities closed the Rafah crossing on Tuesday, "
        "an Egyptian security official said.",
    },
]
ALLENBY = "crossing:allenby-king-hussein"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return wire_db(tmp_path_factory.mktemp("status"), WIRE)


def test_status_table_gives_current_status_since_and_claims(db):
    out = invoke("status", "Allenby Bridge", "--db", db).stdout
    assert out.splitlines()[1] == "status: open since 2025-11-06"
    assert "closed      2025-11-02 → 2025-11-06" in out
    assert "Reuters ← the interior ministry" in out
    assert "«AMMAN (AP) - Jordan reopened the Allenby Bridge crossing on Thursday" in out


def test_status_json_periods(db):
    answer = json.loads(invoke("status", ALLENBY, "--db", db, "--format", "json").stdout)
    assert (answer["id"], answer["status"], answer["since"]) == (ALLENBY, "open", "2025-11-06")
    assert [(p["status"], p["since"], p["until"]) for p in answer["periods"]] == [
        ("closed", "2025-11-02", "2025-11-06"),
        ("open", "2025-11-06", None),
    ]
    (claim,) = answer["periods"][1]["claims_for"]
    assert claim["chain"][0] == "Associated Press" and claim["status"] == "reported"


def test_status_on_a_given_day(db):
    out = invoke("status", "Allenby Bridge", "--db", db, "--at", "2025-11-04").stdout
    assert out.splitlines()[2] == "on 2025-11-04: closed"
    args = ("status", ALLENBY, "--db", db, "--format", "json", "--at", "2025-10-01")
    assert json.loads(invoke(*args).stdout)["at"] == {"date": "2025-10-01", "status": "unknown"}
    assert "not a date" in invoke("status", ALLENBY, "--db", db, "--at", "4/11", code=2).output


def test_a_side_town_and_another_spelling_name_the_crossing(db):
    # "Rafah" alone is a town on each side; asking for a status is the cue for the crossing
    assert "status: closed since 2025-11-04" in invoke("status", "Rafah", "--db", db).stdout
    assert invoke("status", "pont Allenby", "--db", db).stdout.startswith("Allenby Bridge")


def test_a_name_that_is_no_crossing_or_road_is_an_error_naming_it(db):
    result = invoke("status", "Ouagadougou", "--db", db, code=2)
    assert "'Ouagadougou' is not a crossing or road of the registry" in result.output


def test_a_crossing_without_stored_events_is_unknown(db):
    out = invoke("status", "Torkham", "--db", db).stdout
    assert "status: unknown (no dated report, or only denied ones)" in out


def test_crossings_lists_each_object_with_events(db):
    lines = invoke("crossings", "--db", db).stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("open        2025-11-06") and lines[0].endswith(ALLENBY)
    assert lines[1].startswith("closed      2025-11-04") and lines[1].endswith("crossing:rafah")
    listing = json.loads(invoke("crossings", "--db", db, "--format", "json").stdout)
    assert {c["id"]: c["status"] for c in listing} == {ALLENBY: "open", "crossing:rafah": "closed"}


def test_empty_database(tmp_path: Path):
    path = str(tmp_path / "empty.db")
    result = invoke("crossings", "--db", path)
    assert result.stdout == "" and "no crossing or road has stored events" in result.stderr
    answer = json.loads(invoke("status", "Rafah", "--db", path, "--format", "json").stdout)
    assert answer["status"] == "unknown" and answer["periods"] == []
