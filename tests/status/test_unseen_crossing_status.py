"""A crossing's timeline from made-up wire copy never seen before, stored by the real `passage
ingest` in a real SQLite file and read back by `passage status`: a closure filed by an agency's
dateline, a threat that changes nothing, a partial reopening for pedestrians only (restricted),
then a reopening to all traffic."""

from __future__ import annotations

import json

import pytest

from tests.wire import invoke, wire_db

WAGAH = "crossing:wagah-attari"
# Made-up stories (not real news), published on the days given.
WIRE = [
    {
        "title": "Pakistan shuts Wagah",
        "outlet": "Dawn",
        "published": "2026-02-02",
        "text": "LAHORE (Reuters) - Pakistan closed the Wagah border crossing on Sunday after an "
        "attack on a border post, officials said.",
    },
    {
        "title": "India warns over Wagah",
        "outlet": "The Hindu",
        "published": "2026-02-06",
        "text": "NEW DELHI - India warned on Thursday it could shut the Attari-Wagah crossing to "
        "all trade if the attacks went on, a foreign ministry spokesman said.",
    },
    {
        "title": "Wagah partly reopens",
        "outlet": "Dawn",
        "published": "2026-02-10",
        "text": "The Wagah border crossing was partially reopened on Monday for pedestrians only, "
        "the interior ministry said.",
    },
    {
        "title": "Wagah reopens",
        "outlet": "Premium Wire",
        "published": "2026-02-20",
        "text": "The Wagah crossing reopened to all traffic on Thursday, a customs official "
        "told AFP.",
    },
]


@pytest.fixture(scope="module")
def answer(tmp_path_factory) -> dict:
    db = wire_db(tmp_path_factory.mktemp("wagah"), WIRE)
    return json.loads(invoke("status", "Wagah", "--db", db, "--format", "json").stdout)


def test_the_periods_of_the_crossing(answer):
    assert (answer["id"], answer["status"], answer["since"]) == (WAGAH, "open", "2026-02-19")
    assert [(p["status"], p["since"], p["until"]) for p in answer["periods"]] == [
        ("closed", "2026-02-01", "2026-02-09"),
        ("restricted", "2026-02-09", "2026-02-19"),
        ("open", "2026-02-19", None),
    ]


def test_each_period_s_claims_keep_their_chain(answer):
    chains = [[c["chain"] for c in p["claims_for"]] for p in answer["periods"]]
    assert chains == [
        [["Dawn", "Reuters", "officials"]],
        [["Dawn", "the interior ministry"]],
        [["Premium Wire", "AFP", "a customs official"]],
    ]


def test_the_threat_is_a_warning_dated_the_day_it_was_made(answer):
    (warning,) = answer["warnings"]
    assert (warning["effect"], warning["date"]) == ("threaten", "2026-02-05")
    (claim,) = warning["claims_for"]
    assert claim["chain"] == ["The Hindu", "a foreign ministry spokesman"]
