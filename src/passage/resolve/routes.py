"""Routes: are two places joined on a day by roads and crossings that are not closed?

A pure function of a network (the registry's roads and crossings, as legs between points) and
of the status each road and crossing has that day (from the status timelines). The answer is
the shortest open path with the status of each road and crossing it uses, or, when every path
is cut, the closed roads and crossings that cut the shortest one: a logistics officer asking
"can a truck go from Damascus to Baghdad today?" gets the way, or what stops it, and from
there the claims behind each status.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from passage.geo import haversine_km

# A status that cuts a road or crossing. "contested" (reports disagree) and "restricted" leave
# it passable, but the answer says so; "unknown" is what most roads are on most days.
CLOSED = "closed"


@dataclass(frozen=True)
class Node:
    """A town a road passes through, or a crossing."""

    id: str
    name: str
    lat: float
    lon: float
    crossing: bool = False  # a crossing node has a status of its own, under its id


@dataclass(frozen=True)
class Leg:
    """A stretch between two nodes on one road, or from a crossing to a town on one side."""

    start: str
    end: str
    # the road or crossing ids whose status governs the stretch: its road, and a crossing at
    # either end (a road through a closed crossing is cut there)
    via: tuple[str, ...]


@dataclass
class Network:
    nodes: dict[str, Node] = field(default_factory=dict)
    legs: list[Leg] = field(default_factory=list)

    def add_path(self, via: str, stops: Iterable[Node]) -> None:
        """A road's stops in order, or a crossing and its side towns (via the crossing)."""
        stops = list(stops)
        for node in stops:
            self.nodes.setdefault(node.id, node)
        for a, b in pairwise(stops):
            if a.id != b.id:
                ends = tuple(n.id for n in (a, b) if n.crossing and n.id != via)
                self.legs.append(Leg(a.id, b.id, (via, *ends)))

    def nearest(self, lat: float, lon: float) -> tuple[Node, float] | None:
        """The node closest to a point, with its distance in km."""
        return min(
            ((n, haversine_km((lat, lon), (n.lat, n.lon))) for n in self.nodes.values()),
            key=lambda pair: pair[1],
            default=None,
        )

    def km(self, leg: Leg) -> float:
        a, b = self.nodes[leg.start], self.nodes[leg.end]
        return haversine_km((a.lat, a.lon), (b.lat, b.lon))


@dataclass
class Route:
    """The answer: the stops of the shortest usable path, each road or crossing it uses with its
    status that day, and the closed ones that cut the shortest path when no usable one exists."""

    start: Node
    end: Node
    stops: list[Node]
    uses: list[tuple[str, str]]  # (road or crossing id, its status), in the order travelled
    km: float
    blocked_by: list[str] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return bool(self.stops) and not self.blocked_by

    def to_json(self) -> dict[str, Any]:
        return {
            "from": self.start.name,
            "to": self.end.name,
            "open": self.open,
            "km": round(self.km, 1),
            "stops": [{"id": n.id, "name": n.name, "lat": n.lat, "lon": n.lon} for n in self.stops],
            "uses": [{"id": via, "status": status} for via, status in self.uses],
            "blocked_by": list(self.blocked_by),
        }


def find_route(net: Network, start: str, end: str, status_of: Callable[[str], str]) -> Route:
    """The shortest path (in km, along the legs) from one node to another that uses no closed
    road or crossing; if there is none, the shortest path regardless, with the closed roads and
    crossings on it as `blocked_by` (empty stops when the two are not joined at all)."""
    governing = {via for leg in net.legs for via in leg.via}
    closed = {via for via in governing if status_of(via) == CLOSED}
    path = _shortest(net, start, end, closed)
    blocked: list[str] = []
    if path is None:
        path = _shortest(net, start, end, set())
        if path is not None:
            blocked = [via for via in _governors(path) if via in closed]
    legs = path or []
    stops = [net.nodes[start]] + [net.nodes[leg.end] for leg in legs] if path is not None else []
    uses = [(via, status_of(via)) for via in _governors(legs)]
    return Route(
        net.nodes[start], net.nodes[end], stops, uses, sum(net.km(x) for x in legs), blocked
    )


def _governors(legs: list[Leg]) -> list[str]:
    """The roads and crossings a path uses, once each, in the order travelled."""
    return list(dict.fromkeys(via for leg in legs for via in leg.via))


def _shortest(net: Network, start: str, end: str, closed: set[str]) -> list[Leg] | None:
    """Dijkstra over the legs, both ways, skipping closed roads and crossings."""
    out: dict[str, list[Leg]] = defaultdict(list)
    for leg in net.legs:
        if not closed.intersection(leg.via):
            out[leg.start].append(leg)
            out[leg.end].append(Leg(leg.end, leg.start, leg.via))
    best = {start: 0.0}
    came: dict[str, Leg] = {}
    queue = [(0.0, start)]
    while queue:
        dist, here = heapq.heappop(queue)
        if here == end:
            break
        if dist > best[here]:
            continue
        for leg in out[here]:
            d = dist + net.km(leg)
            if d < best.get(leg.end, float("inf")):
                best[leg.end] = d
                came[leg.end] = leg
                heapq.heappush(queue, (d, leg.end))
    if end not in best:
        return None
    legs = []
    while end != start:
        legs.append(came[end])
        end = came[end].start
    return legs[::-1]
