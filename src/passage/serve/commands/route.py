"""`passage route FROM TO`: are two places joined, on a day, by roads and crossings of the
registry that the stored reports do not say are closed?"""

from __future__ import annotations

import json
from datetime import date

import click

from passage.resolve.routes import CLOSED, Network, Node, Route, find_route
from passage.resolve.status import UNKNOWN, Timeline, timelines
from passage.serve.commands import DATE, DB_HELP, open_db
from passage.serve.commands.status import registry_objects
from passage.stages.places import lookup, registry
from passage.stages.places.registry import Access, Anchor
from passage.stages.places.resolver import anchor_place
from passage.store.sqlite import EventQuery

# A place asked for joins the network at the nearest town a road or crossing reaches, if that
# town is this close: "Albu Kamal" is on the road to Deir ez-Zor, a village 200 km off is not.
REACH_KM = 40.0


def network() -> Network:
    """The registry as a network: each crossing joins the towns on its two sides, each road
    its places in order (through the crossings it passes)."""
    reg = registry()
    net = Network()
    crossings = {a.id: _crossing_node(a) for a in reg.items if a.kind == "crossing"}
    for acc in reg.items:
        if acc.kind == "crossing" and (node := crossings[acc.id]) is not None:
            sides = [n for n in map(_town_node, acc.anchors) if n is not None]
            if len(sides) == 2:
                net.add_path(acc.id, [sides[0], node, sides[1]])
            else:
                net.add_path(acc.id, [*sides, node])
        elif acc.kind == "road":
            stops = [
                crossings.get(a.crossing) if a.crossing else _town_node(a) for a in acc.anchors
            ]
            net.add_path(acc.id, [s for s in stops if s is not None])
    return net


def _crossing_node(acc: Access) -> Node | None:
    if acc.lat is None or acc.lon is None:
        return None
    return Node(acc.id, acc.display_name, acc.lat, acc.lon, crossing=True)


def _town_node(anchor: Anchor) -> Node | None:
    place = anchor_place(anchor)
    if place is None or place.lat is None or place.lon is None:
        return None
    ident = place.gazetteer_id or f"point:{place.lat},{place.lon}"  # a point the registry gives
    return Node(ident, place.name, place.lat, place.lon)


def _node_for(net: Network, name: str) -> Node:
    """The network node a typed name stands for: a crossing of the registry, else the nearest
    town a road or crossing reaches to the place the name reads as."""
    for obj in registry_objects(name):
        if obj.id in net.nodes:
            return net.nodes[obj.id]
    place = next((c for c in lookup(name) if c.lat is not None and c.lon is not None), None)
    if place is None:
        raise click.BadParameter(f"no place called {name!r} is known")
    near = net.nearest(place.lat, place.lon)
    if near is None or near[1] > REACH_KM:
        where = f"; the nearest is {near[0].name}, {near[1]:.0f} km away" if near else ""
        raise click.BadParameter(f"{name!r} is on no road or crossing of the registry{where}")
    return near[0]


@click.command("route")
@click.argument("start")
@click.argument("end")
@click.option("--db", help=DB_HELP)
@click.option("--at", type=DATE, help="The day asked about (default: the latest status).")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def route_command(start: str, end: str, db: str | None, at: date | None, fmt: str) -> None:
    """Can one go from START to END by the registry's roads and crossings: the shortest way
    that no stored report says is closed (on --at DAY, else now), the status of each road and
    crossing on it, or the closed ones that cut every way."""
    net = network()
    a, b = _node_for(net, start), _node_for(net, end)
    with open_db(db) as store:
        lines = timelines(store.events(EventQuery()))

    def status_of(via: str) -> str:
        timeline = lines.get(via)
        if timeline is None:
            return UNKNOWN
        return timeline.status_on(at) if at is not None else timeline.status

    route = find_route(net, a.id, b.id, status_of)
    if fmt == "json":
        answer = route.to_json()
        answer["at"] = at.isoformat() if at else None
        for use in answer["uses"]:
            use["name"] = _name(use["id"])
        click.echo(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    for line in route_lines(route, at, lines):
        click.echo(line)


def _name(ident: str) -> str:
    obj = registry().get(ident)
    return obj.display_name if obj else ident


def route_lines(route: Route, at: date | None, lines: dict[str, Timeline]) -> list[str]:
    when = f"on {at.isoformat()}" if at else "now"
    head = f"{route.start.name} → {route.end.name} {when}: "
    if not route.stops:
        return [head + "not joined by any road or crossing of the registry"]
    if route.blocked_by:
        out = [head + "no way open; cut by " + ", ".join(map(_name, route.blocked_by))]
        for via in route.blocked_by:
            out.append(f"  {_name(via)}: {CLOSED}{_why(lines.get(via), at)}")
        out.append("  shortest way if it reopens: " + " → ".join(n.name for n in route.stops))
        return out
    out = [head + f"open way, {route.km:.0f} km: " + " → ".join(n.name for n in route.stops)]
    for via, status in route.uses:
        out.append(f"  {_name(via)}: {status}{_why(lines.get(via), at)}")
    return out


def _why(timeline: Timeline | None, at: date | None) -> str:
    """Since when, and the first claim behind that status: who says so."""
    if timeline is None:
        return " (no report)"
    if at is None:
        period = timeline.current
    else:
        period = next((p for p in timeline.periods if p.holds_on(at)), None)
    if period is None:
        return ""
    said = ""
    if period.claims_for:
        said = " — " + " ← ".join(period.claims_for[0].chain)
    return f" since {period.since.isoformat()}{said}"
