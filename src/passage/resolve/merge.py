"""One event told by several reports: the stored records of different articles merged.

A pure function of event records (the dicts the store returns): no database, no registry.
The same clash, closure or strike is told by AFP in French, by Reuters in English and by SANA in
Arabic; each article gives its own record. Merged, the event keeps one claim per report (who
says it, how firmly, in which words) and `sources` counts the distinct outlets, as DESIGN.md's
event record has it.

Merging is deliberately cautious: two records are one event only when nothing they say tells
them apart. A wrong merge hides an event from a coder; a missed merge only repeats one, and the
reader still sees both reports.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from passage.geo import haversine_km
from passage.stages.actors import canonical_actors

# Two reports of one event place it in the same town or within a few kilometres (a village
# and the town it is "near"); further apart they are two events.
SAME_PLACE_KM = 25.0
# ACLED geo-precision 3 is a region: a record placed only "in Deir ez-Zor province" joins
# another only on the same region.
REGION_PRECISION = 3
# A date known only to the week or better can be compared; "in 2014" or "last month" can only
# join a record that gives the very same stretch.
COMPARABLE_DAYS = 7
# A date Passage inferred (the publication day, for want of one in the text) may be a day off
# the event's: a report filed the morning after a night attack.
INFERRED_SLACK_DAYS = 1
# Two stretches that can be one day start at most this many days apart.
DAY_REACH = COMPARABLE_DAYS + INFERRED_SLACK_DAYS
UNIDENTIFIED = "unidentified"
# (type, start day of a group's first report) -> the groups' positions
_Starts = dict[tuple[str, date], list[int]]


def merge_events(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The records with every group told by several articles merged into one record.

    A record that no other article tells is returned unchanged. The order is the input's
    (the store's: oldest first), a merged record standing where its first report stood."""
    groups: list[list[dict[str, Any]]] = []
    # groups by their first report's type and start day: a record can only join a group whose
    # first report starts within DAY_REACH days of its own, so an archive is not compared
    # with itself whole (undated records join none)
    by_start: _Starts = defaultdict(list)
    for record in records:
        home = next(
            (
                i
                for i in _nearby_groups(record, by_start)
                if all(_same_event(record, other) for other in groups[i])
            ),
            None,
        )
        if home is not None:
            groups[home].append(record)
            continue
        if record.get("date"):
            by_start[(record["type"], _interval(record["date"])[0])].append(len(groups))
        groups.append([record])
    return [group[0] if len(group) == 1 else merged(group) for group in groups]


def _nearby_groups(record: dict[str, Any], by_start: _Starts) -> list[int]:
    """The groups a record may join, oldest first."""
    if not record.get("date"):
        return []
    start = _interval(record["date"])[0]
    days = range(-DAY_REACH, DAY_REACH + 1)
    return sorted(
        i for d in days for i in by_start.get((record["type"], start + timedelta(days=d)), ())
    )


def merged(group: list[dict[str, Any]]) -> dict[str, Any]:
    """One record for the reports of one event: the most precise date and place told, every
    party named, the lowest toll reported (ACLED's rule), and every report's claims."""
    first = group[0]
    subtype = _majority([r["subtype"] for r in group])
    like = next(r for r in group if r["subtype"] == subtype)
    claims = [c for r in group for c in r.get("claims") or []]
    outlets = {c["chain"][0] for c in claims if c.get("chain")}
    ids = sorted(r["id"] for r in group)
    return {
        "id": "m-" + hashlib.sha1("|".join(ids).encode()).hexdigest()[:16],
        "type": first["type"],
        "subtype": subtype,
        "plover": like.get("plover"),
        "access": first.get("access"),
        "date": _finest_date([r.get("date") for r in group]),
        "place": _finest_place([r.get("place") for r in group]),
        "actors": _all_actors(group),
        "fatalities": _lowest_toll([r.get("fatalities") for r in group]),
        "claims": claims,
        "sources": len(outlets),
        "trigger": first.get("trigger"),
        "merged_from": [r["id"] for r in group],
    }


# --- is it the same event? ------------------------------------------------------------------


def _same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    # An article's own tellings of one event are already one record (the events stage's work):
    # two records of one article are two events.
    return (
        not (_articles(a) & _articles(b))
        and a["type"] == b["type"]
        and (a["type"] != "Interaction" or a["subtype"] == b["subtype"])
        and a.get("access") == b.get("access")
        and _same_time(a.get("date"), b.get("date"))
        and _same_place(a, b)
        and _parties_agree(a, b)
    )


def _articles(record: dict[str, Any]) -> set[str]:
    return {c["article"] for c in record.get("claims") or [] if c.get("article")}


def _interval(d: dict[str, Any]) -> tuple[date, date]:
    return date.fromisoformat(d["start"]), date.fromisoformat(d["end"])


def _same_time(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Both dated, and the dates can be one day: overlapping stretches of a week or less, or
    the same longer stretch. An undated report cannot be tied to any day."""
    if not a or not b:
        return False
    (a0, a1), (b0, b1) = _interval(a), _interval(b)
    if (a0, a1) == (b0, b1):
        return True
    if max((a1 - a0).days, (b1 - b0).days) >= COMPARABLE_DAYS:
        return False
    slack = INFERRED_SLACK_DAYS if a.get("inferred") or b.get("inferred") else 0
    return (b0 - a1).days <= slack and (a0 - b1).days <= slack


def _same_place(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """The same crossing or road, the same gazetteer place, or two points a few km apart.
    A record with no place joins only one about the same crossing or road."""
    if a.get("access") and b.get("access"):
        return True  # already the same target (checked before)
    pa, pb = a.get("place"), b.get("place")
    if not pa or not pb:
        return False
    if pa.get("gazetteer_id") and pa.get("gazetteer_id") == pb.get("gazetteer_id"):
        return True
    coarse = max(pa.get("precision") or REGION_PRECISION, pb.get("precision") or REGION_PRECISION)
    if coarse >= REGION_PRECISION or None in (pa.get("lat"), pb.get("lat")):
        return False
    return haversine_km((pa["lat"], pa["lon"]), (pb["lat"], pb["lon"])) <= SAME_PLACE_KM


def _parties(record: dict[str, Any]) -> set[str]:
    """The parties a report identifies, in either role (one outlet's attacker is another's side
    in a clash). Unidentified ones ("gunmen") and generic ones left as written ("the army",
    "police") say nothing either way: another report may name them."""
    return {a["name"] for a in record.get("actors") or [] if _identified(a)}


def _identified(actor: dict[str, Any]) -> bool:
    name = actor.get("name") or ""
    if actor.get("kind") == UNIDENTIFIED or name.lower().startswith(UNIDENTIFIED):
        return False
    # a name of the actor list, or one the actors stage gave the words ("armée nigérienne" ->
    # "Military Forces of Niger")
    return name in canonical_actors() or name.casefold() != (actor.get("text") or "").casefold()


def _parties_agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    pa, pb = _parties(a), _parties(b)
    return not pa or not pb or bool(pa & pb)


# --- what the merged record says -------------------------------------------------------------


def _majority(values: list[str]) -> str:
    """The most told value; on a tie, the first told."""
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)


def _finest_date(dates: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    """The shortest stretch told, a date read in the text before one inferred."""
    told = [d for d in dates if d]
    if not told:
        return None
    return min(told, key=lambda d: (bool(d.get("inferred")), _length(d)))


def _length(d: dict[str, Any]) -> int:
    start, end = _interval(d)
    return (end - start).days


def _finest_place(places: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    told = [p for p in places if p]
    if not told:
        return None
    return min(told, key=lambda p: p.get("precision") or REGION_PRECISION)


def _all_actors(group: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every (role, party) any report names, once, in the order first told; a party one report
    leaves unnamed ("the army", "gunmen") is dropped where another report names a party of
    that role and kind ("Military Forces of Niger")."""
    seen: set[tuple[str, str]] = set()
    told = []
    for record in group:
        for actor in record.get("actors") or []:
            k = (actor.get("role"), actor.get("name") or actor.get("text"))
            if k not in seen:
                seen.add(k)
                told.append(actor)
    named = {(a.get("role"), a.get("kind")) for a in told if _identified(a)}
    roles = {a.get("role") for a in told if _identified(a)}
    return [
        a
        for a in told
        if _identified(a)
        or (
            (a.get("role"), a.get("kind")) not in named
            and not (a.get("kind") == UNIDENTIFIED and a.get("role") in roles)
        )
    ]


def _lowest_toll(tolls: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    told = [t for t in tolls if t and t.get("min") is not None]
    return min(told, key=lambda t: t["min"]) if told else None
