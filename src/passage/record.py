"""The record that flows through the stages: an Article and the layers each stage adds."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

PRECISIONS = ("day", "week", "month", "year")
CLAIM_STATUSES = ("asserted", "reported", "claimed", "alleged", "rumoured", "denied", "hedged")
ACCESS_EFFECTS = ("open", "close", "restrict", "threaten", "use")


def content_hash(text: str) -> str:
    """Hash of the article text, insensitive to Unicode form and surrounding whitespace."""
    norm = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def stable_id(prefix: str, *parts: object) -> str:
    """A short id derived only from content, so the same input gives the same id on every run."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


@dataclass(frozen=True)
class Span:
    """A character span of the article text."""

    start: int
    end: int
    text: str


@dataclass
class Entity:
    """A named entity found by the language stage (spaCy label or rule label)."""

    start: int
    end: int
    text: str
    label: str  # LOC, ORG, PER, MISC, GPE ...


@dataclass
class Interval:
    """A normalised date interval, both ends inclusive."""

    start: date
    end: date
    precision: str  # one of PRECISIONS

    def to_json(self) -> dict[str, str]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
        }


@dataclass
class TimeMention:
    """A temporal expression: its span, what kind it is and, for dates, the interval it denotes."""

    start: int
    end: int
    text: str
    kind: str  # date | duration | set
    value: Interval | None = None
    anchor: str = "absolute"  # absolute | publication | <another mention's start offset>


@dataclass
class PlaceMention:
    """A toponym resolved against the gazetteer or the crossings-and-roads registry."""

    start: int
    end: int
    text: str
    name: str | None = None
    gazetteer_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    kind: str = "town"  # town | region | country | crossing | road
    precision: int | None = None  # ACLED geo_precision: 1 town, 2 near/part of region, 3 region
    score: float = 0.0

    @property
    def resolved(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass
class ActorMention:
    """A mention of an actor, mapped to a canonical actor when one is known."""

    start: int
    end: int
    text: str
    name: str  # canonical name, or the text itself when unidentified
    kind: str  # ACLED actor kind: state forces, rebel group, ..., or "unidentified"
    is_source: bool = False  # a news agency or other source of information
    # Why the name was inferred rather than read ("le gouvernement" -> the article's country);
    # empty when the text names the actor itself.
    reason: str = ""


@dataclass
class EventActor:
    role: str  # actor | target
    name: str
    kind: str
    text: str
    reason: str = ""  # as ActorMention.reason; in the record only when there is one


@dataclass
class EventDate:
    start: date
    end: date
    precision: str
    text: str
    inferred: bool = False  # true when no expression governed the event and a fallback was used
    reason: str = ""


@dataclass
class Fatalities:
    min: int
    text: str
    start: int | None = None  # where the toll is told in the article
    end: int | None = None
    # "plusieurs", "des dizaines": a conventional figure for words, not a count (ACLED uses
    # it only where no report gives a number)
    vague: bool = False


def lowest_toll(tolls: Iterable[Fatalities | None]) -> Fatalities | None:
    """The figure ACLED keeps of several reports: the lowest number given, and a vague word's
    figure only where no report gives a number."""
    told = [t for t in tolls if t is not None]
    return min(told, key=lambda t: (t.vague, t.min)) if told else None


def _toll_record(toll: Fatalities | None) -> dict[str, Any] | None:
    return asdict(toll) if toll is not None else None


@dataclass
class Access:
    target: str  # crossing or road id from the registry
    effect: str  # one of ACCESS_EFFECTS


@dataclass
class Claim:
    """Who says an event happened, and how firmly."""

    status: str  # one of CLAIM_STATUSES
    chain: list[str]  # outermost first: the outlet, then each cited source
    article: str
    evidence: Span


@dataclass
class Event:
    """An event as one article tells it; the public record of DESIGN.md."""

    id: str
    type: str
    subtype: str
    trigger: Span
    sentence: Span
    date: EventDate | None = None
    place: PlaceMention | None = None
    actors: list[EventActor] = field(default_factory=list)
    fatalities: Fatalities | None = None  # the lowest of `tolls` (lowest_toll)
    access: Access | None = None
    claims: list[Claim] = field(default_factory=list)
    negated: bool = False
    # Told as what came before the story ("the scene of a 2017 attack", "had been seized"),
    # not as its news.
    background: bool = False
    # Each telling of the event in the article (the trigger of each sentence that tells it),
    # which the claims stage attributes one by one.
    mentions: list[Span] = field(default_factory=list)
    # Each toll the article gives for the event, one per telling: reports may disagree
    # ("selon l'armée, 12 morts ; selon des sources locales, 20").
    tolls: list[Fatalities] = field(default_factory=list)
    # The PLOVER category (data/plover.json): for an ACLED event the one its sub-type maps to
    # (data/acled.json); for an interaction (Article.interactions) the one its trigger names.
    plover: str = ""

    def toll_in(self, start: int, end: int) -> Fatalities | None:
        """The toll told between two offsets (a claim's evidence): what that report says."""
        return lowest_toll(t for t in self.tolls if t.start is not None and start <= t.start < end)

    def to_record(self) -> dict[str, Any]:
        """The public JSON shape (DESIGN.md, 'The event record')."""
        place = None
        if self.place is not None:
            p = self.place
            place = {
                "name": p.name or p.text,
                "gazetteer_id": p.gazetteer_id,
                "lat": p.lat,
                "lon": p.lon,
                "country": p.country,
                "admin1": p.admin1,
                "precision": p.precision,
                "text": p.text,
            }
        date_rec = None
        if self.date is not None:
            d = self.date
            date_rec = {
                "start": d.start.isoformat(),
                "end": d.end.isoformat(),
                "precision": d.precision,
                "text": d.text,
                "inferred": d.inferred,
            }
        outlets = {c.chain[0] for c in self.claims if c.chain}
        return {
            "id": self.id,
            "type": self.type,
            "subtype": self.subtype,
            "plover": self.plover or None,
            "access": asdict(self.access) if self.access else None,
            "date": date_rec,
            "place": place,
            "actors": [
                {k: v for k, v in asdict(a).items() if k != "reason" or v} for a in self.actors
            ],
            "fatalities": _toll_record(self.fatalities),
            "claims": [
                {
                    "status": c.status,
                    "chain": list(c.chain),
                    "article": c.article,
                    "evidence": asdict(c.evidence),
                    "fatalities": _toll_record(self.toll_in(c.evidence.start, c.evidence.end)),
                }
                for c in self.claims
            ],
            "sources": len(outlets),
            "trigger": asdict(self.trigger),
        }


@dataclass
class Article:
    """One news report and every layer the stages add to it."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: str | None = None  # given | metadata | inferred
    published_reason: str = ""
    language: str | None = None
    language_source: str | None = None  # given | detected
    source: str = ""  # the file (and line) it was read from
    # layers, each written by one stage
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Who did what to whom beyond ACLED's scope, coded with PLOVER categories ("X demanded",
    # "Y rejected", "Z threatened"): the same record shape as an event, type "Interaction" and
    # subtype the category. Kept apart from `events` so the ACLED record stays ACLED's.
    interactions: list[Event] = field(default_factory=list)
    # the language stage's parsed document (a spaCy Doc where a model exists); never stored
    doc: Any = field(default=None, repr=False, compare=False)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def id(self) -> str:
        return "a-" + self.content_hash[:16]
