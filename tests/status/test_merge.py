"""One event told by several articles: the merge of stored records, first on hand-built records,
then through `passage events --merge` on made-up wire copy ingested into a real SQLite file."""

from __future__ import annotations

import json
from typing import Any

import pytest

from passage.resolve.merge import merge_events
from tests.wire import invoke, wire_db

# Two towns 10 km apart and one 120 km away (made-up coordinates, like the stories).
TOWN = {"name": "Kessa", "gazetteer_id": "geonames:1", "lat": 12.0, "lon": 20.0, "precision": 1}
NEIGHBOUR = {"name": "Oumla", "gazetteer_id": "geonames:2", "lat": 12.09, "lon": 20.0}
FAR_TOWN = {"name": "Bardai", "gazetteer_id": "geonames:3", "lat": 13.08, "lon": 20.0}
REGION = {"name": "Kessa Province", "gazetteer_id": "admin1:X.01", "lat": 12.2, "lon": 20.1}


def record(
    ident: str,
    *,
    article: str | None = None,
    outlet: str = "Wire",
    kind: str = "Battles",
    subtype: str = "Armed clash",
    day: str | None = "2025-03-04",
    end: str | None = None,
    inferred: bool = False,
    place: dict[str, Any] | None = TOWN,
    precision: int = 1,
    parties: tuple[str, ...] = (),
    toll: int | None = None,
    access: dict[str, str] | None = None,
) -> dict[str, Any]:
    """An event record in the store's shape."""
    date = None
    if day:
        date = {"start": day, "end": end or day, "precision": "day", "text": ""}
        date["inferred"] = inferred
    return {
        "id": ident,
        "type": kind,
        "subtype": subtype,
        "plover": "FIGHT",
        "access": access,
        "date": date,
        "place": dict(place, precision=precision) if place else None,
        "actors": [{"role": "actor", "name": p, "kind": "rebel group"} for p in parties],
        "fatalities": {"min": toll, "text": ""} if toll is not None else None,
        "claims": [
            {
                "status": "reported",
                "chain": [outlet, "the army"],
                "article": article or f"a-{ident}",
                "evidence": {"start": 0, "end": 9, "text": f"{ident} as {outlet} tells it"},
            }
        ],
        "sources": 1,
        "trigger": {"start": 0, "end": 4, "text": "clash"},
    }


def groups(records: list[dict[str, Any]]) -> list[list[str]]:
    return [r.get("merged_from", [r["id"]]) for r in merge_events(records)]


def test_two_outlets_telling_one_clash_give_one_record_with_a_claim_each():
    afp = record("e1", outlet="AFP", parties=("Islamic State",), toll=12)
    reuters = record("e2", outlet="Reuters", parties=("Islamic State", "Syrian Arab Army"), toll=9)
    (one,) = merge_events([afp, reuters])
    assert one["merged_from"] == ["e1", "e2"] and one["id"].startswith("m-")
    assert [c["chain"][0] for c in one["claims"]] == ["AFP", "Reuters"]
    assert one["sources"] == 2
    assert one["fatalities"]["min"] == 9  # ACLED: the lowest reported toll
    assert {a["name"] for a in one["actors"]} == {"Islamic State", "Syrian Arab Army"}
    assert one["subtype"] == "Armed clash" and one["plover"] == "FIGHT"
    # the id does not depend on the order the records come in
    assert merge_events([reuters, afp])[0]["id"] == one["id"]


def test_a_record_no_other_article_tells_is_returned_unchanged():
    alone = record("e1")
    assert merge_events([alone]) == [alone]


def test_two_events_of_one_article_stay_two():
    assert groups([record("e1", article="a-1"), record("e2", article="a-1")]) == [["e1"], ["e2"]]


def test_different_days_and_different_types_stay_apart():
    assert groups([record("e1"), record("e2", day="2025-03-05")]) == [["e1"], ["e2"]]
    protest = record("e3", kind="Protests", subtype="Peaceful protest")
    assert groups([record("e1"), protest]) == [["e1"], ["e3"]]


def test_an_inferred_date_may_be_a_day_off():
    late = record("e2", day="2025-03-05", inferred=True)
    (one,) = merge_events([late, record("e1")])
    assert one["date"]["start"] == "2025-03-04" and not one["date"]["inferred"]


def test_undated_reports_are_never_merged():
    assert groups([record("e1", day=None), record("e2", day=None)]) == [["e1"], ["e2"]]


def test_a_long_stretch_joins_only_the_same_stretch():
    year = {"day": "2014-01-01", "end": "2014-12-31"}
    gate = {"target": "crossing:test-gate", "effect": "close"}
    in_2014 = [record(f"e{i}", access=gate, place=None, **year) for i in (1, 2)]
    assert groups(in_2014) == [["e1", "e2"]]
    one_day = record("e3", access=gate, place=None, day="2014-06-05")
    assert groups([in_2014[0], one_day]) == [["e1"], ["e3"]]


def test_places_a_few_km_apart_merge_and_far_apart_do_not():
    assert groups([record("e1"), record("e2", place=NEIGHBOUR)]) == [["e1", "e2"]]
    assert groups([record("e1"), record("e2", place=FAR_TOWN)]) == [["e1"], ["e2"]]


def test_a_region_joins_only_the_same_region_and_the_merged_place_is_the_finest():
    in_region = record("e2", place=REGION, precision=3)
    assert groups([record("e1"), in_region]) == [["e1"], ["e2"]]
    near_town = record("e3", precision=2)
    (one,) = merge_events([near_town, record("e1")])
    assert one["place"]["precision"] == 1


def test_named_parties_that_differ_tell_events_apart_but_unknown_ones_do_not():
    rebels, army = record("e1", parties=("M23",)), record("e2", parties=("Wagner Group",))
    assert groups([rebels, army]) == [["e1"], ["e2"]]
    assert groups([rebels, record("e3")]) == [["e1", "e3"]]


def test_access_events_merge_on_the_same_crossing_and_effect_only():
    shut = {"target": "crossing:test-gate", "effect": "close"}
    opened = {"target": "crossing:test-gate", "effect": "open"}
    a, b = record("e1", access=shut, place=None), record("e2", access=shut)
    c = record("e3", access=opened)
    assert groups([a, b, c]) == [["e1", "e2"], ["e3"]]


def test_a_record_joins_a_group_only_if_it_matches_every_member():
    # e4 is near e1 but names another party: it starts its own group. e5 is near both and
    # names none: it joins the first group it fits, e1's.
    e1 = record("e1", parties=("M23",))
    e4 = record("e4", place=NEIGHBOUR, parties=("Wagner Group",))
    e5 = record("e5", place=NEIGHBOUR)
    assert groups([e1, e4, e5]) == [["e1", "e5"], ["e4"]]


# --- the command, on a real SQLite file -------------------------------------------------------

# Made-up wire copy (not real news): one ambush told by AFP in French and by Reuters in English,
# and a protest in another town the same day told by one outlet only.
WIRE = [
    {
        "title": "Embuscade près de Tillabéri",
        "outlet": "AFP",
        "published": "2025-03-05",
        "language": "fr",
        "text": "NIAMEY, 5 mars 2025 (AFP) - Des hommes armés ont tendu une embuscade mardi à une "
        "patrouille de l'armée nigérienne près de Tillabéri, tuant sept soldats, a annoncé le "
        "ministère de la Défense.",
    },
    {
        "title": "Niger soldiers killed in ambush",
        "outlet": "Reuters",
        "published": "2025-03-05",
        "language": "en",
        "text": "NIAMEY, March 5 (Reuters) - Gunmen ambushed a Niger army patrol near Tillaberi "
        "on Tuesday, killing seven soldiers, the defence ministry said.",
    },
    {
        "title": "Traders protest in Zinder",
        "outlet": "RFI",
        "published": "2025-03-05",
        "language": "fr",
        "text": "ZINDER, 5 mars 2025 (RFI) - Des centaines de commerçants ont manifesté mardi à "
        "Zinder contre la hausse des taxes, selon des témoins.",
    },
]


def run(*args: str, code: int = 0) -> str:
    return invoke(*args, code=code).output


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return wire_db(tmp_path_factory.mktemp("merge"), WIRE)


def test_events_merge_gives_one_ambush_with_two_outlets(db):
    apart = json.loads(run("events", "--db", db, "--format", "json"))
    merged = json.loads(run("events", "--db", db, "--format", "json", "--merge"))
    assert len(merged) == len(apart) - 1
    (ambush,) = [r for r in merged if r["sources"] == 2]
    assert (ambush["type"], ambush["date"]["start"]) == ("Battles", "2025-03-04")
    assert sorted(c["chain"][0] for c in ambush["claims"]) == ["AFP", "Reuters"]
    assert ambush["fatalities"]["min"] == 7
    assert ambush["place"]["country"] == "NE"
    protests = [r for r in merged if r["type"] == "Protests"]
    assert len(protests) == 1 and protests[0]["sources"] == 1


def test_events_merge_table_says_how_many_outlets(db):
    out = run("events", "--db", db, "--merge")
    (ambush,) = [line for line in out.splitlines() if "2 outlets: " in line]
    assert "AFP ← " in ambush and "Reuters ← " in ambush
    assert "target: Military Forces of Niger;" in ambush  # the French report names the army


def test_a_party_one_report_leaves_unnamed_gives_way_to_the_name_another_report_gives():
    generic = record("e1")
    generic["actors"] = [
        {"role": "actor", "name": "NIAMEY", "kind": "unidentified", "text": "NIAMEY"},
        {"role": "target", "name": "army", "kind": "state forces", "text": "army"},
    ]
    named = record("e2")
    named["actors"] = [  # the second has no text: a name the report gives, not a word it uses
        {"role": "actor", "name": "Islamic State", "kind": "rebel group", "text": "EI"},
        {"role": "target", "name": "Military Forces of Niger", "kind": "state forces"},
    ]
    (one,) = merge_events([generic, named])
    assert [(a["role"], a["name"]) for a in one["actors"]] == [
        ("actor", "Islamic State"),
        ("target", "Military Forces of Niger"),
    ]
