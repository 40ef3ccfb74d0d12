"""Status timelines of crossings and roads: the pure function on hand-built event records, then
the whole chain on made-up wire copy ingested into a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from passage.ingest import Overrides
from passage.resolve.status import CONTESTED, UNKNOWN, status_timeline, timelines
from passage.runner import ingest
from passage.store import open_store
from passage.store.sqlite import EventQuery

GATE = "crossing:test-gate"


def record(
    ident: str,
    effect: str,
    day: str | None,
    *claims: tuple[str, list[str]],
    target: str = GATE,
    precision: str = "day",
) -> dict[str, Any]:
    """An event record in the store's shape, with only what a timeline reads."""
    return {
        "id": ident,
        "access": {"target": target, "effect": effect},
        "date": {"start": day, "end": day, "precision": precision, "text": ""} if day else None,
        "claims": [
            {
                "status": status,
                "chain": chain,
                "article": f"a-{ident}",
                "evidence": {"start": 0, "end": 9, "text": f"{ident} as {chain[-1]} tells it"},
            }
            for status, chain in claims
        ],
    }


ASSERTED = ("asserted", ["Wire"])
REPORTED = ("reported", ["Wire", "the ministry"])


def test_closure_then_reopening_gives_two_periods_and_the_current_status():
    tl = status_timeline(
        GATE,
        [
            record("e2", "open", "2025-03-14", REPORTED),
            record("e1", "close", "2025-03-02", ASSERTED),
        ],
    )
    assert [(p.status, p.since, p.until) for p in tl.periods] == [
        ("closed", date(2025, 3, 2), date(2025, 3, 14)),
        ("open", date(2025, 3, 14), None),
    ]
    assert tl.status == "open" and tl.current.since == date(2025, 3, 14)
    assert tl.status_on(date(2025, 3, 5)) == "closed"
    assert tl.status_on(date(2025, 1, 1)) == UNKNOWN


def test_restriction_and_traffic_passing():
    tl = status_timeline(
        GATE,
        [
            record("e1", "restrict", "2025-01-10", ASSERTED),
            # a convoy crossing is evidence that the gate was open that day
            record("e2", "use", "2025-01-20", ASSERTED),
        ],
    )
    assert [p.status for p in tl.periods] == ["restricted", "open"]


def test_no_dated_evidence_is_unknown_and_undated_events_are_listed_apart():
    tl = status_timeline(GATE, [record("e1", "close", None, ASSERTED)])
    assert tl.status == UNKNOWN and tl.current is None and tl.periods == []
    assert [e.event for e in tl.undated] == ["e1"]
    assert status_timeline(GATE, []).status == UNKNOWN


def test_a_threat_is_a_warning_not_a_change_of_status():
    tl = status_timeline(
        GATE,
        [
            record("e1", "open", "2025-02-01", ASSERTED),
            record("e2", "threaten", "2025-02-05", REPORTED),
        ],
    )
    assert tl.status == "open" and len(tl.periods) == 1
    assert [w.event for w in tl.warnings] == ["e2"]


def test_a_denial_alone_does_not_move_the_timeline_and_counts_against_the_denied_status():
    tl = status_timeline(
        GATE,
        [
            record("e1", "close", "2025-04-01", ASSERTED),
            # "the ministry denied the gate was still closed"
            record("e2", "close", "2025-04-03", ("denied", ["Wire", "the ministry"])),
        ],
    )
    assert tl.status == "closed" and tl.current.events == ["e1"]
    assert [e.event for e in tl.unconfirmed] == ["e2"]
    assert [c.status for c in tl.current.claims_against] == ["denied"]


def test_a_firm_report_beside_a_denial_keeps_the_status_with_the_contradiction():
    tl = status_timeline(
        GATE, [record("e1", "close", "2025-04-01", REPORTED, ("denied", ["Wire", "the army"]))]
    )
    assert tl.status == "closed"
    assert [c.chain[-1] for c in tl.current.claims_against] == ["the army"]


def test_a_rumour_is_kept_but_weak_and_a_denial_outweighs_it():
    rumour = ("rumoured", ["Wire", "rumours"])
    weak = status_timeline(GATE, [record("e1", "close", "2025-05-01", rumour)])
    assert weak.status == "closed" and weak.current.weak
    assert weak.current.claims_for[0].weak
    denied = status_timeline(
        GATE, [record("e1", "close", "2025-05-01", rumour, ("denied", ["Wire", "the army"]))]
    )
    assert denied.status == UNKNOWN and [e.event for e in denied.unconfirmed] == ["e1"]


def test_same_day_same_status_from_two_articles_merges_into_one_period():
    tl = status_timeline(
        GATE,
        [
            record("e1", "open", "2025-06-02", ("reported", ["Agency A", "the ministry"])),
            record("e2", "open", "2025-06-02", ("reported", ["Agency B", "the governor"])),
        ],
    )
    assert len(tl.periods) == 1 and tl.current.events == ["e1", "e2"]
    assert [c.chain[0] for c in tl.current.claims_for] == ["Agency A", "Agency B"]


def test_one_report_read_as_two_events_is_one_claim():
    # "the guards shut the gate and halted all traffic": two closures, one telling
    told = ("reported", ["Wire", "a guard"])
    first, second = (
        record("e1", "close", "2025-06-09", told),
        record("e2", "close", "2025-06-09", told),
    )
    second["claims"][0]["article"] = first["claims"][0]["article"]
    second["claims"][0]["evidence"] = first["claims"][0]["evidence"]
    tl = status_timeline(GATE, [first, second])
    assert tl.current.events == ["e1", "e2"] and len(tl.current.claims_for) == 1


def test_same_day_contradiction_is_contested_unless_one_side_is_only_rumour():
    firm_both = status_timeline(
        GATE,
        [
            record("e1", "open", "2025-07-01", ASSERTED),
            record("e2", "close", "2025-07-01", REPORTED),
        ],
    )
    assert firm_both.status == CONTESTED
    assert {c.asserts for c in firm_both.current.claims_for} == {"open", "closed"}
    one_firm = status_timeline(
        GATE,
        [
            record("e1", "open", "2025-07-01", ASSERTED),
            record("e2", "close", "2025-07-01", ("rumoured", ["Wire", "rumours"])),
        ],
    )
    assert one_firm.status == "open"
    assert [c.asserts for c in one_firm.current.claims_against] == ["closed"]


def test_a_background_closure_lands_at_its_own_date():
    tl = status_timeline(
        GATE,
        [
            record("e2", "open", "2025-08-10", ASSERTED),
            record("e1", "close", "2019-01-01", ASSERTED, precision="year"),
        ],
    )
    first = tl.periods[0]
    assert (first.status, first.since, first.precision) == ("closed", date(2019, 1, 1), "year")
    assert first.until == date(2025, 8, 10)


def test_records_about_other_targets_are_ignored_and_timelines_groups_by_target():
    records = [
        record("e1", "close", "2025-01-01", ASSERTED),
        record("e2", "open", "2025-01-02", ASSERTED, target="road:test-road"),
        {"id": "e3", "access": None, "date": None, "claims": []},
    ]
    assert status_timeline(GATE, records).status == "closed"
    assert {t: tl.status for t, tl in timelines(records).items()} == {
        GATE: "closed",
        "road:test-road": "open",
    }


# --- the whole chain: made-up wire copy about the Salloum crossing (Egypt-Libya) -----------

SALLOUM = "crossing:salloum-musaid"
WIRE = [
    {
        "outlet": "Reuters",
        "published": "2025-09-10",
        "text": "CAIRO, Sept 10 (Reuters) - Egyptian authorities closed the Salloum crossing "
        "with Libya on Monday, two security sources said.",
    },
    {
        "outlet": "Associated Press",
        "published": "2025-09-19",
        "text": "CAIRO (AP) - Egypt reopened the Salloum border crossing on Thursday, the "
        "state news agency MENA reported.",
    },
    {
        "outlet": "Agence France-Presse",
        "published": "2025-09-19",
        "text": "LE CAIRE (AFP) - Le poste-frontière de Salloum a été rouvert jeudi, a annoncé "
        "l'agence officielle égyptienne MENA. En 2023, le poste avait été fermé par les "
        "autorités égyptiennes.",
    },
    {
        "outlet": "Anadolu Agency",
        "published": "2025-09-25",
        "text": "TRIPOLI (AA) - Libyan officials denied on Wednesday that the Salloum crossing "
        "had been closed again.",
    },
    {
        "outlet": "Le Monde",
        "published": "2025-10-01",
        "text": "Selon des rumeurs, le poste-frontière de Salloum aurait été fermé mardi par "
        "l'armée égyptienne.",
    },
]


def write_wire(folder: Path, articles: list[dict[str, str]]) -> Path:
    import json

    path = folder / "wire.jsonl"
    lines = [json.dumps({"title": a["outlet"], **a}, ensure_ascii=False) for a in articles]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def salloum(tmp_path_factory):
    folder = tmp_path_factory.mktemp("salloum")
    with open_store(folder / "wire.db") as store:
        summary = ingest([str(write_wire(folder, WIRE))], store, Overrides())
        assert summary.stored == len(WIRE) and not summary.failures
        return status_timeline(SALLOUM, store.events(EventQuery(access_target=SALLOUM)))


def test_wire_history_closure_reopening_and_rumour(salloum):
    assert [(p.status, p.since) for p in salloum.periods] == [
        ("closed", date(2023, 1, 1)),  # the background closure of 2023, from the AFP copy
        ("open", date(2025, 9, 18)),  # Thursday
        ("closed", date(2025, 9, 30)),  # Tuesday, only rumoured
    ]
    assert [c.day for c in salloum.periods[0].claims_for] == [date(2023, 1, 1), date(2025, 9, 8)]
    assert salloum.current.weak and salloum.status == "closed"


def test_wire_reopening_told_by_two_outlets_is_one_period(salloum):
    reopening = salloum.periods[1]
    assert {c.chain[0] for c in reopening.claims_for} == {
        "Associated Press",
        "Agence France-Presse",
    }
    assert all(c.status == "reported" for c in reopening.claims_for)


def test_wire_denial_is_kept_apart(salloum):
    (denied,) = salloum.unconfirmed
    assert denied.day == date(2025, 9, 24) and denied.status == "closed"
    assert [c.status for c in denied.claims_against] == ["denied"]
