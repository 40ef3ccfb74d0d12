"""Status timelines of crossings and roads, built from the stored events that have `access`.

A pure function of event records (the dicts the store returns): no database, no registry.
Each period of a timeline says which status held, since when, which events and claims back
it and which claims say otherwise, so "is Rafah open, since when, who says so, who says
otherwise?" is answered from the words of the reports, never from a verdict of Passage's own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# What an access effect says about the object. "use" (a convoy, a bus, traffic passing) is
# evidence that it was open that day. "threaten" is absent on purpose: a threat to close
# changes nothing until it is carried out, so it is kept as a warning, not as a status.
STATUS_OF_EFFECT = {"open": "open", "close": "closed", "restrict": "restricted", "use": "open"}
THREAT = "threaten"
UNKNOWN = "unknown"
# Two statuses told for the same day, neither better supported than the other: the period
# says so rather than picking one (a reader must see that the reports disagree).
CONTESTED = "contested"

# Claim statuses that support the status their event asserts. Rumours, hedges and
# allegations support it only weakly: they are kept, but marked, and a denial outweighs them.
FIRM_CLAIMS = frozenset({"asserted", "reported", "claimed"})
WEAK_CLAIMS = frozenset({"rumoured", "hedged", "alleged"})
# A denial is a claim AGAINST the status its event asserts ("the army denied closing it").
DENIAL = "denied"


@dataclass(frozen=True)
class ClaimRef:
    """One claim behind (or against) a status: who says it, how firmly, in which words."""

    event: str
    asserts: str  # the status the claim's event asserts (open, closed, restricted)
    status: str  # the claim's status: asserted, reported, ..., denied
    chain: tuple[str, ...]
    article: str
    evidence: str
    day: date | None
    precision: str | None = None

    @property
    def weak(self) -> bool:
        return self.status in WEAK_CLAIMS

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "asserts": self.asserts,
            "status": self.status,
            "weak": self.weak,
            "chain": list(self.chain),
            "article": self.article,
            "evidence": self.evidence,
            "date": self.day.isoformat() if self.day else None,
            "precision": self.precision,
        }


@dataclass
class Evidence:
    """One event read as evidence on the object: the status it asserts, on which day."""

    event: str
    effect: str
    status: str | None  # None for a threat
    day: date | None
    precision: str | None
    date_text: str
    claims_for: list[ClaimRef]
    claims_against: list[ClaimRef]

    @property
    def firm(self) -> bool:
        return any(c.status in FIRM_CLAIMS for c in self.claims_for)

    @property
    def outweighed(self) -> bool:
        """True when the denials outweigh the support: nobody but a denier speaks of it, or
        only rumours and hedges do and someone denies them."""
        if not self.claims_for:
            return bool(self.claims_against)
        return not self.firm and bool(self.claims_against)

    def to_json(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "effect": self.effect,
            "date": self.day.isoformat() if self.day else None,
            "precision": self.precision,
            "date_text": self.date_text,
            "claims_for": [c.to_json() for c in self.claims_for],
            "claims_against": [c.to_json() for c in self.claims_against],
        }


@dataclass
class Period:
    """A run of days for which the reports give one status; `until` is the since-date of the
    next period (None for the period still in force)."""

    status: str
    since: date
    precision: str
    until: date | None = None
    events: list[str] = field(default_factory=list)
    claims_for: list[ClaimRef] = field(default_factory=list)
    claims_against: list[ClaimRef] = field(default_factory=list)

    @property
    def weak(self) -> bool:
        """Backed only by rumours, hedges or allegations."""
        return not any(c.status in FIRM_CLAIMS for c in self.claims_for)

    def holds_on(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "since": self.since.isoformat(),
            "precision": self.precision,
            "until": self.until.isoformat() if self.until else None,
            "weak": self.weak,
            "events": list(self.events),
            "claims_for": [c.to_json() for c in self.claims_for],
            "claims_against": [c.to_json() for c in self.claims_against],
        }


@dataclass
class Timeline:
    """The status history of one crossing or road, and the evidence that could not be placed."""

    target: str
    periods: list[Period] = field(default_factory=list)
    undated: list[Evidence] = field(default_factory=list)  # told, but with no date
    unconfirmed: list[Evidence] = field(default_factory=list)  # denials outweigh support
    warnings: list[Evidence] = field(default_factory=list)  # threats

    @property
    def status(self) -> str:
        """The current status: the last period's, unknown when nothing dated is known."""
        return self.periods[-1].status if self.periods else UNKNOWN

    @property
    def current(self) -> Period | None:
        """The period in force now (the last one), if any."""
        return self.periods[-1] if self.periods else None

    def status_on(self, day: date) -> str:
        """The status the reports give for a day: the period that holds on it, else unknown."""
        return next((p.status for p in self.periods if p.holds_on(day)), UNKNOWN)

    def to_json(self) -> dict[str, Any]:
        last = self.current
        return {
            "target": self.target,
            "status": self.status,
            "since": last.since.isoformat() if last else None,
            "precision": last.precision if last else None,
            "periods": [p.to_json() for p in self.periods],
            "undated": [e.to_json() for e in self.undated],
            "unconfirmed": [e.to_json() for e in self.unconfirmed],
            "warnings": [e.to_json() for e in self.warnings],
        }


def evidence_of(record: dict[str, Any]) -> Evidence | None:
    """Read one stored event record as evidence on its access target; None without access."""
    access = record.get("access") or {}
    effect = access.get("effect")
    if effect not in STATUS_OF_EFFECT and effect != THREAT:
        return None
    status = STATUS_OF_EFFECT.get(effect)
    when = record.get("date") or None
    # A background event ("fermé en 2014") carries its own date, so it lands at that date:
    # one article can rebuild a crossing's history.
    day = date.fromisoformat(when["start"]) if when else None
    precision = when.get("precision") if when else None
    asserts = status or THREAT
    refs = [_claim_ref(record["id"], asserts, c, day, precision) for c in record.get("claims", [])]
    return Evidence(
        event=record["id"],
        effect=effect,
        status=status,
        day=day,
        precision=precision,
        date_text=(when.get("text") or "") if when else "",
        claims_for=[c for c in refs if c.status != DENIAL],
        claims_against=[c for c in refs if c.status == DENIAL],
    )


def _claim_ref(
    event: str, asserts: str, claim: dict[str, Any], day: date | None, precision: str | None
) -> ClaimRef:
    evidence = claim.get("evidence") or {}
    return ClaimRef(
        event=event,
        asserts=asserts,
        status=claim.get("status", ""),
        chain=tuple(claim.get("chain") or ()),
        article=claim.get("article", ""),
        evidence=evidence.get("text", ""),
        day=day,
        precision=precision,
    )


def status_timeline(target: str, records: Iterable[dict[str, Any]]) -> Timeline:
    """The status timeline of one crossing or road from the event records that have access on
    it (records about other targets are ignored)."""
    timeline = Timeline(target)
    placed: list[Evidence] = []
    for record in records:
        if (record.get("access") or {}).get("target") != target:
            continue
        ev = evidence_of(record)
        if ev is None:
            continue
        if ev.status is None:
            timeline.warnings.append(ev)
        elif ev.day is None:
            # Undated evidence cannot be put before or after anything: it is listed apart.
            timeline.undated.append(ev)
        elif ev.outweighed:
            timeline.unconfirmed.append(ev)
        else:
            placed.append(ev)
    timeline.periods = _periods(placed)
    _count_denials_against_periods(timeline)
    timeline.warnings.sort(key=_order)
    return timeline


def _order(ev: Evidence) -> tuple[date, str]:
    return (ev.day or date.min, ev.event)


def _periods(placed: list[Evidence]) -> list[Period]:
    """Days in order, each read as one status; a day that repeats the status in force extends
    its period (later reports confirm it), a day that changes it starts a new one."""
    by_day: dict[date, list[Evidence]] = defaultdict(list)
    for ev in sorted(placed, key=_order):
        by_day[ev.day].append(ev)  # type: ignore[index] - placed evidence is dated
    periods: list[Period] = []
    for day, evs in sorted(by_day.items()):
        status, against = _day_status(evs)
        if not periods or periods[-1].status != status:
            if periods:
                periods[-1].until = day
            periods.append(Period(status, day, _precision(evs)))
        period = periods[-1]
        for ev in evs:
            period.events.append(ev.event)
            if ev.status == status or status == CONTESTED:
                _add_claims(period.claims_for, ev.claims_for)
            _add_claims(period.claims_against, ev.claims_against)
        _add_claims(period.claims_against, against)
    return periods


def _add_claims(claims: list[ClaimRef], new: list[ClaimRef]) -> None:
    """Add claims not yet listed: one sentence read as two events of the same status ("closed
    the gate and stopped traffic") is one report, not two."""
    seen = {_telling(c) for c in claims}
    for claim in new:
        if _telling(claim) not in seen:
            seen.add(_telling(claim))
            claims.append(claim)


def _telling(c: ClaimRef) -> tuple[object, ...]:
    return (c.article, c.evidence, c.chain, c.status, c.asserts, c.day)


def _day_status(evs: list[Evidence]) -> tuple[str, list[ClaimRef]]:
    """The status one day's evidence gives, and the claims of the statuses it overrules.

    Several reports of the same day and status merge. When they disagree, a status that some
    report asserts firmly overrules statuses told only as rumours or hedges (whose claims then
    count against it); two firmly told statuses, or only weak ones, make the day contested."""
    statuses = {ev.status for ev in evs}
    if len(statuses) == 1:
        return statuses.pop(), []  # type: ignore[return-value] - placed evidence has a status
    firm = {ev.status for ev in evs if ev.firm}
    if len(firm) == 1:
        winner = firm.pop()
        overruled = [c for ev in evs if ev.status != winner for c in ev.claims_for]
        return winner, overruled  # type: ignore[return-value]
    return CONTESTED, []


def _precision(evs: list[Evidence]) -> str:
    """The finest precision among a day's evidence: a day-precise report fixes the date even
    when another only gives the month."""
    order = ("day", "week", "month", "year")
    found = [ev.precision for ev in evs if ev.precision in order]
    return min(found, key=order.index) if found else "day"


def _count_denials_against_periods(timeline: Timeline) -> None:
    """A denial that outweighs its rumour ("the army denied it had closed the crossing") is
    also a claim against the period in force that day, when that period has the status denied."""
    for ev in timeline.unconfirmed:
        period = next((p for p in timeline.periods if p.holds_on(ev.day)), None)  # type: ignore[arg-type]
        if period is not None and period.status == ev.status:
            period.claims_against += ev.claims_against


def timelines(records: Iterable[dict[str, Any]]) -> dict[str, Timeline]:
    """The timeline of every crossing or road that the records have access on, by id."""
    by_target: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        target = (record.get("access") or {}).get("target")
        if target:
            by_target[target].append(record)
    return {t: status_timeline(t, recs) for t, recs in sorted(by_target.items())}
