"""`passage status NAME_OR_ID` and `passage crossings`: crossing and road status timelines
from the stored events, as a table or JSON."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click

from passage.resolve.status import ClaimRef, Evidence, Period, Timeline, status_timeline, timelines
from passage.serve.commands import DATE, DB_HELP, open_db
from passage.stages.places import lookup, registry
from passage.stages.places.normalise import key
from passage.stages.places.registry import Access, name_key
from passage.store.sqlite import EventQuery

REGISTRY_KINDS = ("crossing", "road")
EVIDENCE_WIDTH = 160  # a table line quotes this much of a claim's words; JSON keeps them all


def _records(db: str | None, query: EventQuery) -> list[dict[str, Any]]:
    with open_db(db) as store:
        return store.events(query)


def registry_objects(name: str) -> list[Access]:
    """The crossings or roads a name or id may denote, best first: its id, the best
    crossing/road reading the place lookup gives (as `passage place`), a registry name, else
    the crossings whose side town bears the name ("Rafah"): asking for a status is itself the
    cue that a crossing is meant. More than one only when the name is that ambiguous."""
    reg = registry()
    if (found := reg.get(name.strip())) is not None:
        return [found]
    for cand in lookup(name):
        if cand.kind in REGISTRY_KINDS and (found := reg.get(cand.gazetteer_id)) is not None:
            return [found]
    wanted = _forms(name)
    named = [a for a in reg.items if wanted & (a.keys | a.cue_keys)]
    sided = [
        a
        for a in reg.items
        if a.kind == "crossing" and any(wanted & _forms(s.name) for s in a.anchors)
    ]
    return named or sided


def _forms(name: str) -> set[str]:
    """The keys a typed name is compared under: the registry's skeleton, and the skeleton of
    its accent-folded key, since a user may type "Adré" where the registry writes "Adre"."""
    return {k for k in (name_key(name), name_key(key(name))) if k}


def timeline_json(obj: Access, timeline: Timeline) -> dict[str, Any]:
    return {"id": obj.id, "name": obj.display_name, "kind": obj.kind, **timeline.to_json()}


@click.command("status")
@click.argument("name_or_id")
@click.option("--db", help=DB_HELP)
@click.option(
    "--at",
    type=DATE,
    help="Also give the status the reports give for this day.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def status_command(name_or_id: str, db: str | None, at: date | None, fmt: str) -> None:
    """Is a crossing or road open, since when, who says so and who says otherwise: its status
    timeline from the stored events."""
    found = registry_objects(name_or_id)
    if not found:
        raise click.BadParameter(
            f"{name_or_id!r} is not a crossing or road of the registry"
            " (`passage place NAME` shows what it is)",
            param_hint="NAME_OR_ID",
        )
    if len(found) > 1:
        raise click.BadParameter(
            f"{name_or_id!r} may be any of {', '.join(a.id for a in found)}; give one of them",
            param_hint="NAME_OR_ID",
        )
    obj = found[0]
    timeline = status_timeline(obj.id, _records(db, EventQuery(access_target=obj.id)))
    answer = timeline_json(obj, timeline)
    if at is not None:
        answer["at"] = {"date": at.isoformat(), "status": timeline.status_on(at)}
    if fmt == "json":
        click.echo(json.dumps(answer, ensure_ascii=False, indent=2))
        return
    lines = timeline_lines(obj, timeline)
    if at is not None:
        lines.insert(2, f"on {at.isoformat()}: {timeline.status_on(at)}")
    for line in lines:
        click.echo(line)


@click.command("crossings")
@click.option("--db", help=DB_HELP)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def crossings_command(db: str | None, fmt: str) -> None:
    """Every crossing and road with stored events: its current status and since when."""
    reg = registry()
    found = [
        (obj, tl)
        for target, tl in timelines(_records(db, EventQuery())).items()
        if (obj := reg.get(target)) is not None
    ]
    found.sort(key=lambda pair: (pair[0].kind, pair[0].display_name.casefold()))
    if fmt == "json":
        summary = [_summary_json(obj, tl) for obj, tl in found]
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    for obj, tl in found:
        click.echo(
            f"{tl.status:<11} {_since(tl.current):<18} {obj.kind:<8} {obj.display_name:<32}"
            f" {_evidence_count(tl):>3} events  {obj.id}"
        )
    if not found:
        click.echo("no crossing or road has stored events", err=True)


def _evidence_count(tl: Timeline) -> int:
    placed = sum(len(p.events) for p in tl.periods)
    return placed + len(tl.undated) + len(tl.unconfirmed) + len(tl.warnings)


def _summary_json(obj: Access, tl: Timeline) -> dict[str, Any]:
    full = timeline_json(obj, tl)
    return {k: full[k] for k in ("id", "name", "kind", "status", "since", "precision")}


def _since(period: Period | None) -> str:
    return _day(period.since, period.precision) if period else "-"


def _day(day: date | None, precision: str | None) -> str:
    """A date as precise as the report: 2024-02-01, 2024-02 (month), 2014 (year)."""
    if day is None:
        return "undated"
    text = day.isoformat()
    if precision == "month":
        return text[:7]
    if precision == "year":
        return text[:4]
    if precision == "week":
        return f"week of {text}"
    return text


def timeline_lines(obj: Access, tl: Timeline) -> list[str]:
    """The table view: the current status, then each period with its claims, then what could
    not be placed on the timeline."""
    lines = [f"{obj.display_name} ({obj.id}, {obj.kind}" + _countries(obj) + ")"]
    current = tl.current
    lines.append(
        f"status: {tl.status}"
        + (f" since {_since(current)}" if current else " (no dated report, or only denied ones)")
    )
    for period in tl.periods:
        until = period.until.isoformat() if period.until else "now"
        weak = "  (rumoured or hedged only)" if period.weak else ""
        lines.append(f"\n{period.status:<11} {_since(period)} → {until}{weak}")
        lines += [f"  for      {_claim(c, period.status)}" for c in period.claims_for]
        lines += [f"  against  {_claim(c, period.status)}" for c in period.claims_against]
    for title, evs in (
        ("warnings (threats)", tl.warnings),
        ("not placed: the denials outweigh the reports", tl.unconfirmed),
        ("not placed: no date", tl.undated),
    ):
        if evs:
            lines.append(f"\n{title}")
            lines += [line for ev in evs for line in _evidence_lines(ev)]
    return lines


def _countries(obj: Access) -> str:
    return f", {'/'.join(obj.countries)}" if obj.countries else ""


def _evidence_lines(ev: Evidence) -> list[str]:
    return [
        f"  {ev.effect}",
        *(f"    for      {_claim(c, c.asserts)}" for c in ev.claims_for),
        *(f"    against  {_claim(c, c.asserts)}" for c in ev.claims_against),
    ]


def _claim(c: ClaimRef, shown: str) -> str:
    """One claim: how firmly, what it asserts (when it is not the status shown beside it, or
    it is denied), who says so, in which words."""
    words = " ".join(c.evidence.split())
    if len(words) > EVIDENCE_WIDTH:
        words = words[: EVIDENCE_WIDTH - 1] + "…"
    said = f"{c.status} ({c.asserts})" if c.status == "denied" or c.asserts != shown else c.status
    when = _day(c.day, c.precision)
    return f"{when:<10} {said:<18} {' ← '.join(c.chain) or '-'}: «{words}»"
