"""Routes over the registry's roads and crossings: the pure search on a hand-built network, then
`passage route` on the shipped registry and a real SQLite file filled by `passage ingest` with
made-up wire copy."""

from __future__ import annotations

import json

import pytest

from passage.resolve.routes import Network, Node, find_route
from tests.wire import invoke, wire_db

# A made-up network: from Ouest to Est, a short way over the Pont crossing and a long way by
# the northern road through Nord.
OUEST = Node("t:ouest", "Ouest", 10.0, 10.0)
EST = Node("t:est", "Est", 10.0, 11.0)
NORD = Node("t:nord", "Nord", 11.5, 10.5)
PONT = Node("crossing:pont", "Pont", 10.0, 10.5, crossing=True)
ILE = Node("t:ile", "Ile", 0.0, 0.0)


def net() -> Network:
    n = Network()
    n.add_path("road:south", [OUEST, PONT, EST])
    n.add_path("road:north", [OUEST, NORD, EST])
    n.add_path("road:island", [ILE])
    return n


def statuses(**closed: str):
    return lambda via: closed.get(via.split(":")[1], "unknown")


def test_the_shortest_way_is_taken_when_nothing_is_closed():
    route = find_route(net(), OUEST.id, EST.id, statuses())
    assert [n.name for n in route.stops] == ["Ouest", "Pont", "Est"]
    assert route.open and route.uses == [("road:south", "unknown"), ("crossing:pont", "unknown")]
    assert 100 < route.km < 115


def test_a_closed_crossing_cuts_the_road_through_it_and_the_long_way_is_taken():
    route = find_route(net(), OUEST.id, EST.id, statuses(pont="closed"))
    assert [n.name for n in route.stops] == ["Ouest", "Nord", "Est"]
    assert route.open and route.km > 200


def test_when_every_way_is_closed_the_answer_names_what_cuts_the_shortest():
    route = find_route(net(), OUEST.id, EST.id, statuses(pont="closed", north="closed"))
    assert not route.open
    assert route.blocked_by == ["crossing:pont"]
    assert [n.name for n in route.stops] == ["Ouest", "Pont", "Est"]


def test_restricted_and_contested_leave_the_way_open_but_say_so():
    route = find_route(net(), OUEST.id, EST.id, statuses(pont="contested", south="restricted"))
    assert route.open and dict(route.uses) == {
        "road:south": "restricted",
        "crossing:pont": "contested",
    }


def test_places_no_road_joins_have_no_way_at_all():
    n = net()
    n.nodes[ILE.id] = ILE
    route = find_route(n, OUEST.id, ILE.id, statuses())
    assert not route.open and route.stops == [] and route.blocked_by == []


# --- the command ------------------------------------------------------------------------------

# Made-up wire copy (not real news): trucks crossing at Masnaa on a Wednesday, then the crossing
# closed on the next Monday.
WIRE = [
    {
        "title": "Trucks cross at Masnaa",
        "outlet": "AFP",
        "published": "2025-10-02",
        "language": "fr",
        "text": "BEYROUTH, 2 octobre 2025 (AFP) - Des centaines de camions ont franchi mercredi "
        "le poste-frontière de Masnaa vers la Syrie, selon la Sûreté générale.",
    },
    {
        "title": "Masnaa shut",
        "outlet": "Reuters",
        "published": "2025-10-07",
        "language": "en",
        "text": "BEIRUT, Oct 7 (Reuters) - Lebanese authorities closed the Masnaa border "
        "crossing with Syria on Monday after an Israeli strike near the crossing, a Lebanese "
        "security source said.",
    },
]


def run(*args: str, code: int = 0) -> str:
    return invoke(*args, code=code).output


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return wire_db(tmp_path_factory.mktemp("routes"), WIRE)


def test_route_now_is_cut_by_the_closed_crossing_with_who_says_so(db):
    out = run("route", "Beirut", "Damascus", "--db", db).splitlines()
    assert out[0] == "Beirut → Damascus now: no way open; cut by Masnaa"
    assert out[1] == "  Masnaa: closed since 2025-10-06 — Reuters ← a Lebanese security source"


def test_route_on_a_day_before_the_closure_is_open_in_french_names_too(db):
    answer = json.loads(
        run("route", "Beyrouth", "Alep", "--db", db, "--at", "2025-10-03", "--format", "json")
    )
    assert answer["open"] and answer["at"] == "2025-10-03"
    assert [s["name"] for s in answer["stops"]] == ["Beirut", "Masnaa", "Damascus", "Aleppo"]
    uses = {u["id"]: u["status"] for u in answer["uses"]}
    assert uses["crossing:masnaa-jdeidet-yabous"] == "open"
    assert uses["road:m5-aleppo-damascus"] == "unknown"


def test_a_place_no_road_reaches_is_an_error_naming_the_nearest(db):
    out = run("route", "Beirut", "Tombouctou", "--db", db, code=2)
    assert "'Tombouctou' is on no road or crossing of the registry; the nearest is" in out


def test_places_on_roads_that_do_not_meet_are_not_joined(db):
    out = run("route", "Gao", "Damascus", "--db", db)
    assert out.strip() == "Gao → Damascus now: not joined by any road or crossing of the registry"
