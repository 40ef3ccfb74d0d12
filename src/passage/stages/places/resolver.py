"""Toponym resolution: gazetteer and registry candidates for a name, ranked in context."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz

from passage import data
from passage.stages.places.gazetteer import Place, gazetteer
from passage.stages.places.normalise import (
    MAX_NAME_CHARS,
    consonants,
    is_arabic,
    key,
    skeleton,
)
from passage.stages.places.registry import Access, Anchor, registry

# How well a name matched, by route: exact key, skeleton, or fuzzy over the consonant key.
MATCH_PRIMARY, MATCH_ALTERNATE, MATCH_SKELETON = 1.0, 0.95, 0.85
FUZZY_MIN_RATIO = 88.0
# Shorter skeletons collide across unrelated names ("qa", "ha").
MIN_SKELETON_CHARS = 4
MIN_FUZZY_CHARS = 5


@dataclass
class Candidate:
    """One reading of a name: a gazetteer place or a registry crossing/road, with its score."""

    name: str
    gazetteer_id: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    kind: str
    population: int = 0
    match: float = 1.0
    score: float = 0.0
    countries: tuple[str, ...] = field(default_factory=tuple)  # crossings/roads: both sides

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "gazetteer_id": self.gazetteer_id,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "kind": self.kind,
            "score": round(self.score, 3),
        }


@dataclass
class Context:
    """What the rest of the article says about where it happens."""

    countries: dict[str, float] = field(default_factory=dict)
    points: list[tuple[float, float]] = field(default_factory=list)
    near: str | None = None  # a country code the caller asked to prefer
    weights: dict[str, float] = field(default_factory=dict)  # raw mention counts per country


def _from_place(p: Place, match: float) -> Candidate:
    return Candidate(
        p.name, p.gazetteer_id, p.lat, p.lon, p.country, p.admin1, p.kind, p.population, match
    )


def _vowel_fold(text: str) -> str:
    # transliterations of Arabic vowels waver between e/i and o/u: "Fasher"/"Fashir"
    return text.replace("e", "i").replace("o", "u")


@lru_cache(maxsize=100_000)
def _gazetteer_raw(name: str, fuzzy: bool) -> tuple[Candidate, ...]:
    g = gazetteer()
    k = key(name)
    if not k:
        return ()
    hits = g.by_key(k)
    if hits:
        return tuple(
            _from_place(h.place, MATCH_PRIMARY if h.primary else MATCH_ALTERNATE) for h in hits
        )
    sk = skeleton(name)
    if len(sk) >= MIN_SKELETON_CHARS:
        hits = g.by_skeleton(sk)
        if hits:
            return tuple(_from_place(h.place, MATCH_SKELETON) for h in hits)
    if not fuzzy or len(sk) < MIN_FUZZY_CHARS:
        return ()
    best: dict[str, Candidate] = {}
    for hit, hit_skel in g.by_consonants(consonants(name)):
        ratio = fuzz.ratio(_vowel_fold(sk), _vowel_fold(hit_skel))
        if ratio < FUZZY_MIN_RATIO:
            continue
        match = 0.45 + 0.35 * (ratio - FUZZY_MIN_RATIO) / (100 - FUZZY_MIN_RATIO)
        gid = hit.place.gazetteer_id
        if gid not in best or best[gid].match < match:
            best[gid] = _from_place(hit.place, match)
    return tuple(best.values())


@cache
def _clitics() -> tuple[str, ...]:
    out: set[str] = set()
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get("clitics", []))
    return tuple(sorted(out, key=len, reverse=True))


def gazetteer_candidates(name: str, fuzzy: bool = True) -> list[Candidate]:
    """Gazetteer readings of a name, trying clitic-free forms ("وبغداد") when the name fails."""
    found = _gazetteer_raw(name, False)
    if not found and is_arabic(name):
        for clitic in _clitics():
            if name.startswith(clitic) and len(name) - len(clitic) >= 3:
                found = _gazetteer_raw(name[len(clitic) :], False)
                if found:
                    break
    if not found and fuzzy:
        found = _gazetteer_raw(name, True)
    return [replace(c) for c in found]


@cache
def anchor_place(anchor: Anchor) -> Candidate | None:
    """The gazetteer town a registry entry names (most populous of that name in its country)."""
    if anchor.lat is not None and anchor.lon is not None:
        return Candidate(anchor.name, "", anchor.lat, anchor.lon, anchor.country, None, "town")
    if anchor.crossing:
        acc = registry().get(anchor.crossing)
        return access_candidate(acc) if acc else None
    towns = [
        c
        for c in gazetteer_candidates(anchor.name, fuzzy=False)
        if c.kind == "town" and (anchor.country is None or c.country == anchor.country)
    ]
    return max(towns, key=lambda c: (c.match, c.population), default=None)


def access_candidate(acc: Access, match: float = 1.0) -> Candidate:
    """A registry crossing or road as a candidate; a road's point is the middle of its places."""
    lat, lon = acc.lat, acc.lon
    admin1 = None
    if lat is None:
        pts = [p for p in (anchor_place(a) for a in acc.anchors) if p and p.lat is not None]
        if pts:
            lat = sum(p.lat for p in pts) / len(pts)
            lon = sum(p.lon for p in pts) / len(pts)
    country = acc.countries[0] if len(acc.countries) == 1 else None
    return Candidate(
        acc.display_name,
        acc.id,
        lat,
        lon,
        country,
        admin1,
        acc.kind,
        0,
        match,
        countries=tuple(acc.countries),
    )


def registry_candidates(name: str, cue: bool = False) -> list[Candidate]:
    """Registry objects a name denotes: alone, or (with `cue`) after a word such as 'crossing'."""
    sk = skeleton(name)
    if not sk:
        return []
    out = []
    for acc in registry().items:
        if sk in acc.keys or (cue and sk in acc.cue_keys):
            out.append(access_candidate(acc))
    return out


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# A region's population is the sum of its towns', so it is held back against its namesake town.
_KIND_PRIOR = {"country": 0.3, "region": -0.1, "crossing": 0.35, "road": 0.35, "town": 0.0}


def rank(cands: list[Candidate], ctx: Context | None = None) -> list[Candidate]:
    """Score candidates (name match, population, kind, agreement with context); best first."""
    ctx = ctx or Context()
    for c in cands:
        pop = min(1.0, math.log10(c.population + 1) / 7.0)
        s = 0.45 * c.match + 0.4 * pop + _KIND_PRIOR.get(c.kind, 0.0)
        countries = c.countries or ((c.country,) if c.country else ())
        if ctx.near and ctx.near in countries:
            s += 0.4
        weight = max((ctx.countries.get(cc, 0.0) for cc in countries), default=0.0)
        s += 0.2 * min(1.0, weight)
        if ctx.points and c.lat is not None and c.kind != "country":
            d = min(haversine_km((c.lat, c.lon), p) for p in ctx.points)
            s += 0.15 if d < 150 else 0.07 if d < 500 else 0.0
        c.score = min(1.0, s / 1.2)
    return sorted(cands, key=lambda c: (-c.score, -c.population, c.gazetteer_id))


def _clean(name: object) -> str:
    if not isinstance(name, str) or not name or len(name) > MAX_NAME_CHARS:
        return ""
    text = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in name)
    return " ".join(text.split())


def country_code(name: str | None) -> str | None:
    """An ISO alpha-2 code for a country given by code or by name in any language."""
    name = _clean(name or "")
    if not name:
        return None
    if len(name) == 2 and name.isalpha():
        return name.upper()
    for c in gazetteer_candidates(name, fuzzy=False):
        if c.kind == "country":
            return c.country
    return None


def lookup(name: str, lang: str | None = None, near: str | None = None) -> list[Candidate]:
    """Scored candidates for a place name, best first, registry crossings and roads included.
    Never raises: unusable input (empty, enormous, control characters) gives an empty list."""
    try:
        text = _clean(name)
        if not text or not key(text):
            return []
        cands = registry_candidates(text, cue=True) + gazetteer_candidates(text)
        seen: set[str] = set()
        unique = [c for c in cands if not (c.gazetteer_id in seen or seen.add(c.gazetteer_id))]
        return rank(unique, Context(near=country_code(near)))
    except Exception:  # a lookup helper for the CLI must not crash on odd input
        return []
