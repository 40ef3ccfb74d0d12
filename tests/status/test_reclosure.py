"""A crossing closed, reopened, then closed again has three periods, not two: a status told
again after a report of the other one starts a period of its own. Pinned on the pure function
and on made-up wire copy ingested into a real SQLite file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from passage.ingest import Overrides
from passage.resolve.status import status_timeline
from passage.runner import ingest
from passage.store import open_store
from passage.store.sqlite import EventQuery
from tests.status.test_timeline import ASSERTED, GATE, REPORTED, record


def test_closed_reopened_closed_again_is_three_periods():
    tl = status_timeline(
        GATE,
        [
            record("e3", "close", "2025-04-22", REPORTED),
            record("e1", "close", "2025-04-01", ASSERTED),
            record("e2", "open", "2025-04-10", ASSERTED),
        ],
    )
    assert [(p.status, p.since, p.until) for p in tl.periods] == [
        ("closed", date(2025, 4, 1), date(2025, 4, 10)),
        ("open", date(2025, 4, 10), date(2025, 4, 22)),
        ("closed", date(2025, 4, 22), None),
    ]
    assert [p.events for p in tl.periods] == [["e1"], ["e2"], ["e3"]]
    assert tl.status_on(date(2025, 4, 15)) == "open"
    assert tl.status_on(date(2025, 4, 5)) == tl.status_on(date(2025, 4, 30)) == "closed"


def test_a_confirmation_between_two_reports_of_the_other_status_stays_in_its_period():
    tl = status_timeline(
        GATE,
        [
            record("e1", "open", "2025-05-02", ASSERTED),
            record("e2", "use", "2025-05-06", ASSERTED),  # trucks passing: still open
            record("e3", "close", "2025-05-09", ASSERTED),
            record("e4", "open", "2025-05-20", ASSERTED),
        ],
    )
    assert [(p.status, p.since) for p in tl.periods] == [
        ("open", date(2025, 5, 2)),
        ("closed", date(2025, 5, 9)),
        ("open", date(2025, 5, 20)),
    ]
    assert tl.periods[0].events == ["e1", "e2"]


# Made-up wire copy about Torkham (Pakistan-Afghanistan), three outlets, three weeks.
TORKHAM = "crossing:torkham"
WIRE = [
    {
        "outlet": "Reuters",
        "published": "2025-11-04",
        "text": "ISLAMABAD, Nov 4 (Reuters) - Pakistan closed the Torkham border crossing with "
        "Afghanistan on Monday after an exchange of fire, officials said.",
    },
    {
        "outlet": "Dawn",
        "published": "2025-11-14",
        "text": "PESHAWAR: Authorities reopened the Torkham border crossing on Thursday for "
        "pedestrians and trucks, customs officials said.",
    },
    {
        "outlet": "Associated Press",
        "published": "2025-11-26",
        "text": "ISLAMABAD (AP) - Pakistan closed the Torkham border crossing again on Tuesday, "
        "a customs official said.",
    },
]


@pytest.fixture(scope="module")
def torkham(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("torkham")
    wire = folder / "wire.jsonl"
    wire.write_text(
        "".join(json.dumps({"title": a["outlet"], **a}) + "\n" for a in WIRE), encoding="utf-8"
    )
    with open_store(folder / "wire.db") as store:
        summary = ingest([str(wire)], store, Overrides())
        assert summary.stored == len(WIRE) and not summary.failures
    with open_store(folder / "wire.db") as store:  # read back from the file
        return status_timeline(TORKHAM, store.events(EventQuery(access_target=TORKHAM)))


def test_wire_closure_reopening_and_second_closure_are_three_periods(torkham):
    assert [(p.status, p.since, p.until) for p in torkham.periods] == [
        ("closed", date(2025, 11, 3), date(2025, 11, 13)),  # Monday
        ("open", date(2025, 11, 13), date(2025, 11, 25)),  # Thursday
        ("closed", date(2025, 11, 25), None),  # Tuesday, "again"
    ]
    assert [p.claims_for[0].chain[0] for p in torkham.periods] == [
        "Reuters",
        "Dawn",
        "Associated Press",
    ]
    assert torkham.status == "closed" and not torkham.current.weak
