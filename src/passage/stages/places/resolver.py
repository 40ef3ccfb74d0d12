"""Toponym resolution: gazetteer and registry candidates for a name, ranked in context."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import product

from rapidfuzz import fuzz

from passage import data
from passage.stages.places.gazetteer import (
    NameHit,
    Place,
    gazetteer,
    haversine_km,
    midpoint,
)
from passage.stages.places.normalise import (
    MAX_NAME_CHARS,
    article_spellings,
    consonants,
    is_arabic,
    key,
    latin_consonants,
    skeleton,
)
from passage.stages.places.registry import Access, Anchor, registry

# How well a name matched, by route: exact key, skeleton, or fuzzy over the consonant key. An
# alternate name counts clearly less than a main one: old or local names of big cities
# ("Victoria" for Hong Kong, "Jerusalem" for a Maryland hamlet) must not beat the place itself.
MATCH_PRIMARY, MATCH_ALTERNATE, MATCH_SKELETON = 1.0, 0.85, 0.8
FUZZY_MIN_RATIO = 88.0
# Shorter skeletons collide across unrelated names ("qa", "ha").
MIN_SKELETON_CHARS = 4
MIN_FUZZY_CHARS = 5
# An alternate name that is a spelling of the place's main name gains this much on one that
# is not (see `_key_match`).
MAIN_NAME_LIKE = 0.04
# How well an Arabic name matches a Latin one written with its consonants, and how many
# consonants that takes (see `_romanised_candidates`): fewer match towns by chance.
MATCH_ROMANISED, ROMANISED_OTHER_NAME = 0.45, 0.15
MIN_ROMANISED_CONSONANTS = 3
# Outside the countries the script points to, only a sizeable town is read so ("باخموت" is
# Bakhmut), with more consonants and a little less trust than a town of the region.
ROMANISED_ABROAD_TOWN = 50_000
MIN_ROMANISED_ABROAD_CONSONANTS = 4
ROMANISED_ABROAD = 0.1
# Up to this many letters, a name in capitals is taken for an abbreviation (see `_acronym`).
ACRONYM_CHARS = 3
# A name reached only once its unit word ("Township") is gone matches a little less well; a
# part of a place named by a direction ("northern Syria") is read as the whole, less well still.
UNIT_MATCH = 0.95
DIRECTION_MATCH = 0.9
WHOLES = ("country", "region")


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
    admin1_code: str | None = None  # GeoNames admin1 code: "same region as" is judged by it
    admin2: str | None = None  # county or district name (for a county itself too)
    capital: bool = False
    names: int = 0  # how many names the gazetteer's source lists for it (see `prior`)

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


@dataclass(frozen=True)
class Reading:
    """A plausible reading of one of the article's names, as evidence for the others: where it
    is and how plausible it is next to that name's best reading (1.0 for the best)."""

    country: str
    admin1_code: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    weight: float
    level: str = "town"  # see `_level`


@dataclass(frozen=True)
class Home:
    """A reading of the place the article's outlet is named after, with its plausibility."""

    gazetteer_id: str
    country: str | None
    admin1_code: str | None
    lat: float
    lon: float
    weight: float


def _level(c: Candidate) -> str:
    """What kind of unit a reading is: news lists units of one kind ("Ohio, Texas, Utah")."""
    if c.kind == "region" and c.country:
        return "county" if c.admin2 else "state"
    return c.kind


@dataclass
class Vote:
    """How much one name of an article supports each country, for believability checks."""

    countries: dict[str, float] = field(default_factory=dict)


@dataclass
class Context:
    """What the rest of the article says about where it happens.

    `countries` is support in [0, 1] per country from the article's names (each name votes in
    proportion to how likely each reading is on its own); `readings` holds each name's plausible
    readings, against which a candidate's agreement (same country, same region, same county,
    nearby) is measured; `points` are places the article is sure of (crossings, roads)."""

    countries: dict[str, float] = field(default_factory=dict)
    points: list[tuple[float, float]] = field(default_factory=list)
    near: str | None = None  # a country code the caller asked to prefer
    weights: dict[str, float] = field(default_factory=dict)  # raw mention counts per country
    # name key -> country -> that name's plausible readings there
    readings: dict[str, dict[str, list[Reading]]] = field(default_factory=dict)
    votes: dict[str, Vote] = field(default_factory=dict)  # per name key
    keyed_points: list[tuple[tuple[float, float], str]] = field(default_factory=list)
    exclude: str | None = None  # the name being resolved: it does not vouch for itself
    home: tuple[Home, ...] = ()  # where the outlet is (see `outlet_home`)
    region: frozenset[str] = frozenset()  # countries a lone name's script points to
    domain: frozenset[str] = frozenset()  # the country whose own web domain the outlet uses
    lean: frozenset[str] = frozenset()  # the countries a generic domain leans to (".com")

    def without(self, name: str) -> Context:
        """The context as the other names of the article give it."""
        k = key(name)
        own = self.votes.get(k, Vote())
        raw: dict[str, float] = {}
        for other, v in self.votes.items():
            if other != k:
                for cc, p in v.countries.items():
                    raw[cc] = raw.get(cc, 0.0) + p
        return Context(
            {cc: min(1.0, p) for cc, p in raw.items() if p > 1e-9}
            if own.countries
            else self.countries,
            [p for p, pk in self.keyed_points if pk != k],
            self.near,
            self.weights,
            self.readings,
            self.votes,
            self.keyed_points,
            k,
            self.home,
            self.region,
            self.domain,
            self.lean,
        )


def _from_place(p: Place, match: float) -> Candidate:
    return Candidate(
        p.name,
        p.gazetteer_id,
        p.lat,
        p.lon,
        p.country,
        p.admin1,
        p.kind,
        p.population,
        match,
        admin1_code=p.admin1_code,
        admin2=p.admin2,
        capital=bool(p.capital),
        names=p.names,
    )


def place_candidate(p: Place, match: float = MATCH_PRIMARY) -> Candidate:
    """A gazetteer place as a reading of a name, matched as well as `match` says."""
    return _from_place(p, match)


def _vowel_fold(text: str) -> str:
    # transliterations of Arabic vowels waver between e/i and o/u: "Fasher"/"Fashir"
    return text.replace("e", "i").replace("o", "u")


def _acronym(name: str) -> bool:
    """A short name written in capitals ("EU", "SA", "OAS"): an abbreviation, not the name of a
    town written in capitals (a town's own short codes are not indexed, see `_names_row`)."""
    # a dotted abbreviation ("L.A.") is written as one on purpose and may name a town
    return name.isalpha() and name.isupper() and len(name) <= ACRONYM_CHARS


def _key_match(hit: NameHit, sk: str) -> float:
    """How well a name found by its key matched: fully for a place's main name; for another of
    its names, a little more when its main name is spelt nearly so ("Sloviansk" for Slovyansk,
    not for Nikopol, which the source also calls so)."""
    if hit.primary:
        return MATCH_PRIMARY
    main = skeleton(hit.place.name)
    if main and fuzz.ratio(_vowel_fold(sk), _vowel_fold(main)) >= FUZZY_MIN_RATIO:
        return MATCH_ALTERNATE + MAIN_NAME_LIKE
    return MATCH_ALTERNATE


@lru_cache(maxsize=100_000)
def _gazetteer_raw(name: str, fuzzy: bool) -> tuple[Candidate, ...]:
    g = gazetteer()
    k = key(name)
    if not k:
        return ()
    hits = g.by_key(k, name)
    if any(h.written for h in hits):
        # the marks the text writes tell the namesakes apart: "عمّان" is Amman, not Oman
        return tuple(_from_place(h.place, MATCH_PRIMARY) for h in hits if h.written)
    respelt = not hits
    if respelt:
        hits = [h for other in article_spellings(k) for h in g.by_key(other)]
    if _acronym(name):
        # "EU" is not the French town of Eu, nor "OAS" a Philippine town
        hits = [h for h in hits if h.place.kind != "town" or h.place.name.isupper()]
    sk = skeleton(name)
    if hits:
        # a name found with its article spelt otherwise is another spelling of it, not its own
        cap = MATCH_ALTERNATE + MAIN_NAME_LIKE if respelt else MATCH_PRIMARY
        found = [_from_place(h.place, min(cap, _key_match(h, sk))) for h in hits]
        if len(sk) >= MIN_SKELETON_CHARS - 1:
            # a region or country spelt with its article ("Al Anbar" for "Anbar") is a reading
            # beside the towns spelt exactly so; so is a town far bigger than all of them,
            # spelt another way ("Zaouïa" is Zawiya, not an Algerian hamlet spelt so); not
            # beside a place of unknown size (GeoNames' population 0), which may be the town
            seen = {h.place.rowid for h in hits}
            pops = [h.place.population for h in hits]
            big = DWARFING * max(pops) if min(pops) > 0 else math.inf
            found += [
                _from_place(h.place, MATCH_SKELETON)
                for h in g.by_skeleton(sk, name)
                if h.place.rowid not in seen
                and (
                    (h.place.kind != "town" and len(sk) >= MIN_SKELETON_CHARS)
                    or (h.place.kind == "town" and h.place.population >= max(big, EXONYM_TOWN))
                )
            ]
        return tuple(found) + _long_vowel_spellings(name, hits)
    if len(sk) >= MIN_SKELETON_CHARS:
        hits = g.by_skeleton(sk, name)
        if hits:
            return tuple(_from_place(h.place, MATCH_SKELETON) for h in hits)
    if not fuzzy:
        return ()
    return _fuzzy_candidates(name) or _romanised_candidates(name)


def _long_vowel_spellings(name: str, hits: list[NameHit]) -> tuple[Candidate, ...]:
    """Towns bigger than every place an Arabic name was found for, whose Arabic name differs
    from it in long vowels only: Arabic writes a foreign name's vowels or not ("برمنغهام",
    "برمينغهام" for Birmingham, England), and the source may hold the name as written only for
    a lesser namesake (Birmingham, Alabama)."""
    cons = consonants(name)
    if not is_arabic(name) or len(cons) < MIN_FUZZY_CHARS:
        return ()
    seen = {h.place.rowid for h in hits}
    floor = max([EXONYM_TOWN] + [h.place.population for h in hits])
    # as good a spelling as another name of the source's
    return tuple(
        _from_place(h.place, MATCH_ALTERNATE)
        for h, _skel in gazetteer().by_consonants(cons)
        if h.place.rowid not in seen and h.place.kind == "town" and h.place.population > floor
    )


def _fuzzy_candidates(name: str, country: str | None = None) -> tuple[Candidate, ...]:
    """Places with a name of the same consonants spelt nearly so, scored by how nearly (in
    `country` only, when given)."""
    sk = skeleton(name)
    if len(sk) < MIN_FUZZY_CHARS:
        return ()
    best: dict[str, Candidate] = {}
    for hit, hit_skel in gazetteer().by_consonants(consonants(name)):
        if country and hit.place.country != country:
            continue
        ratio = fuzz.ratio(_vowel_fold(sk), _vowel_fold(hit_skel))
        if ratio < FUZZY_MIN_RATIO:
            continue
        match = 0.45 + 0.35 * (ratio - FUZZY_MIN_RATIO) / (100 - FUZZY_MIN_RATIO)
        gid = hit.place.gazetteer_id
        if gid not in best or best[gid].match < match:
            best[gid] = _from_place(hit.place, match)
    return tuple(best.values())


def _romanised_candidates(name: str, country: str | None = None) -> tuple[Candidate, ...]:
    """Last resort for a name in Arabic script that no name of the index matches: the towns,
    in the countries the script points to, whose Latin names are written with its consonants
    ("كوستي" is Kosti, which the source names in Latin script only). Elsewhere only sizeable
    towns, with longer keys and less trust: Latin consonants alone match too many towns of the
    world ("الدلنج" is Dilling, not Daliang), but Arabic news writes the towns of a war abroad
    letter by letter ("باخموت", "ميكولايف"). With a `country`, only the towns of that country."""
    keys = [k for k in latin_consonants(name) if len(k) >= MIN_ROMANISED_CONSONANTS]
    region = query_region(name) if country is None else frozenset({country})
    home: dict[str, Candidate] = {}
    abroad: dict[str, Candidate] = {}
    for k in keys:
        for hit, _skel in gazetteer().by_consonants(k):
            p = hit.place
            if p.kind != "town" or p.gazetteer_id.startswith("airport:"):
                continue
            # a town's main name more than one of its other names (sources list odd ones)
            match = MATCH_ROMANISED if hit.primary else MATCH_ROMANISED - ROMANISED_OTHER_NAME
            found = home
            if p.country not in region:
                if country or p.population < ROMANISED_ABROAD_TOWN:
                    continue
                if len(k) < MIN_ROMANISED_ABROAD_CONSONANTS:
                    continue
                found, match = abroad, match - ROMANISED_ABROAD
            if p.gazetteer_id not in found or found[p.gazetteer_id].match < match:
                found[p.gazetteer_id] = _from_place(p, match)
    if home:
        return tuple(home.values())  # a town of the region written so is the reading
    # abroad, a town's main name before the odd other names sources list for big cities
    # ("زابوريجيا" is Zaporizhzhia, not Zagreb)
    main = [c for c in abroad.values() if c.match >= MATCH_ROMANISED - ROMANISED_ABROAD]
    return tuple(main or abroad.values())


@cache
def _clitics() -> tuple[str, ...]:
    out: set[str] = set()
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get("clitics", []))
    return tuple(sorted(out, key=lambda c: (-len(c), c)))


def clitic_length(name: str) -> int:
    """How many leading characters of an Arabic name are a glued clitic ("و" in "وسوريا") that
    must go for the name to be found; 0 when the name is found as written, or not at all."""
    if not is_arabic(name) or _gazetteer_raw(name, False):
        return 0
    # "ولبنان" is "و" + "لبنان" (Lebanon), not "ول" + "بنان" (a Syrian village): of the cuts
    # that leave a known name, the one whose best reading is the most prominent
    best, best_len = -1.0, 0
    for clitic in _clitics():
        rest = name[len(clitic) :]
        if not name.startswith(clitic) or len(rest) < 3:
            continue
        found = _gazetteer_raw(rest, False)
        top = max((prior(c) for c in found), default=-1.0)
        if found and top > best:
            best, best_len = top, len(clitic)
    return best_len


def gazetteer_candidates(name: str, fuzzy: bool = True) -> list[Candidate]:
    """Gazetteer readings of a name, trying clitic-free forms ("وبغداد") when the name fails."""
    cut = clitic_length(name)
    found = _gazetteer_raw(name[cut:], False) or _positional_readings(name[cut:])
    if not found and fuzzy:
        found = _gazetteer_raw(name, True)
    return [replace(c) for c in found]


@cache
def _positional_forms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Words glued before a name that say which part of a river's or a people's land it is
    ("Bas-", "Haut-", "Moyen-"), with the forms the gazetteer may hold that part under
    ("Lower {}", "{} Hoose"), longest word first."""
    forms: dict[str, list[str]] = {}
    for lang in data.languages():
        table = (data.load(lang, "places") or {}).get("positional_words") or {}
        for word, written in table.items():
            forms.setdefault(word, []).extend(written)
    return tuple(sorted(((w, tuple(f)) for w, f in forms.items()), key=lambda x: -len(x[0])))


def _positional_readings(name: str) -> tuple[Candidate, ...]:
    """ "Bas-Shabelle": the regions the gazetteer holds as "Lower Shabeelle", read through
    another spelling of the name; none when the gazetteer holds the name as written."""
    for word, written in _positional_forms():
        rest = name[len(word) :]
        if not name.startswith(word) or len(rest) < MIN_SKELETON_CHARS:
            continue
        for form in written:
            found = [c for c in _gazetteer_raw(form.format(rest), True) if c.kind == "region"]
            if found:
                return tuple(replace(c, match=min(c.match, MATCH_SKELETON)) for c in found)
    return ()


@cache
def _unit_words() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    """Words that say what kind of unit a name is ("Town of", "Township", "Province"), before
    and after it, and those of them that name a region."""
    before: set[str] = set()
    after: set[str] = set()
    regional: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        for field_name in ("unit_words_before", "name_prefixes"):
            before.update(w.replace("’", "'") for w in conf.get(field_name) or [])
        regional.update(w.replace("’", "'").casefold() for w in conf.get("region_cues") or [])
        after.update(conf.get("unit_words_after") or [])
        regional.update(w.casefold() for w in conf.get("region_cues_after") or [])
        regional.update(w.casefold() for w in conf.get("region_kind_words") or [])

    def alts(words: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"

    return (
        re.compile(rf"^(?:{alts(before)})(?:(?<=')|\s+)", re.IGNORECASE),
        re.compile(rf"\s+(?:{alts(after)})$", re.IGNORECASE),
        frozenset(regional),
    )


def unit_candidates(name: str) -> list[Candidate]:
    """Readings of a name written with a word for its kind of unit that the gazetteer does not
    hold ("Readington Township", "Oaxaca State", "la ville de Hama"): those of the bare name, the
    regions among them when the word names a region."""
    before, after, regional = _unit_words()
    text = name.replace("’", "'")
    for pattern in (before, after):
        hit = pattern.search(text)
        if hit is None:
            continue
        bare = (text[: hit.start()] + text[hit.end() :]).strip()
        if len(bare) < MIN_SKELETON_CHARS - 1:
            continue
        cands = gazetteer_candidates(bare, fuzzy=False)
        phrase = hit.group(0).strip().casefold()
        words = phrase.rstrip("'").split()
        if phrase in regional or any(w in regional for w in words):
            cands = [c for c in cands if c.kind == "region"] or cands
        return [replace(c, match=c.match * UNIT_MATCH) for c in cands]
    return []


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


# Two ends of a road read together: readings in one country, or this close, go together
# ("Homs-Hama" is the Syrian pair, not Homs and a Hama abroad).
ROAD_END_KM = 400.0
W_ROAD_PAIR = 0.1


def road_between(first: list[Candidate], second: list[Candidate]) -> Candidate | None:
    """A road no registry entry holds, named by the places at its ends ("la route reliant Homs
    à Hama", "the Homs-Hama highway"): the pair of towns or regions read together best, each
    on its own merit and then as neighbours. Its point is halfway between them, as a
    registry road's is the middle of its places; one id for either order."""

    def ends(cands: list[Candidate]) -> list[Candidate]:
        local = [replace(c) for c in cands if c.kind in ("town", "region") and c.lat is not None]
        return rank(local)[:MAX_READINGS]

    best: tuple[float, Candidate, Candidate] | None = None
    for a in ends(first):
        for b in ends(second):
            if a.gazetteer_id == b.gazetteer_id:
                continue
            s = a.score + b.score
            close = haversine_km((a.lat, a.lon), (b.lat, b.lon)) <= ROAD_END_KM
            if a.country == b.country or close:
                s += W_ROAD_PAIR
            if best is None or s > best[0]:
                best = (s, a, b)
    if best is None:
        return None
    _s, a, b = best
    lat, lon = midpoint((a.lat, a.lon), (b.lat, b.lon))
    countries = tuple(dict.fromkeys(cc for cc in (a.country, b.country) if cc))
    return Candidate(
        f"{a.name}–{b.name}",
        "road:" + "~".join(sorted((a.gazetteer_id, b.gazetteer_id))),
        lat,
        lon,
        countries[0] if len(countries) == 1 else None,
        None,
        "road",
        countries=countries,
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


# A region's population is the sum of its towns', so it is held back against its namesake
# town; a county more so (it shares its name with its seat more often than not).
_KIND_PRIOR = {"country": 0.3, "region": 0.0, "crossing": 0.35, "road": 0.35, "town": 0.0}
COUNTY_PRIOR = -0.1
# A capital is what news means by its name more often than not ("Washington").
CAPITAL_PRIOR = 0.15
# A region held back against its namesake town, unless it is this many times bigger (see
# `held_back_regions`); a town reached through an old or other name where another bears it
# (see `_shadowed_towns`).
NAMESAKE_REGION_PRIOR = -0.15
DWARFING = 10
SHADOWED_NAME_PRIOR = -0.15
EXONYM_TOWN = 50_000
# What a town of unknown size counts for when its name is given alone (see `_seat_credit`).
SEAT_POPULATION = 5_000
# A town named in many languages is one the world writes about: a town reached through one of
# its names ("Odessa" for Odesa) gains on the towns of that main name (Odessa, Texas) by how much
# more it is named (see `_prominence_gain`); for towns of at least NAMED_TOWN people (a
# village's list of names is a matter of chance: one with 26 names, as many as Tadmur's, is no
# better known).
W_NAMES = 0.2
COMMON_NAMES, MANY_NAMES = 10, 100
WELL_NAMED = 0.5  # a name prominence: about 32 names
NAMED_TOWN = 20_000
# How much agreement with the rest of the article counts beside a reading's own merits.
W_POPULATION = 0.4
W_NEAR = 0.4  # the caller's `near` country
W_QUERY_REGION = 0.05  # the countries a lone name's script points to (see `query_region`)
# A place in the country whose own domain the outlet uses (".co.uk", ".ca"): local news is
# about its own country's towns ("Lancaster" in a .co.uk paper).
W_DOMAIN = 0.1
# A place in the country a generic domain leans to (".com" in English news is mostly
# American): enough to choose between namesakes the article says nothing else of ("Mansfield"
# alone in a ".com" paper), too little to move a reading the other names support.
W_LEAN = 0.04
W_COUNTRY, W_REGION, W_COUNTY, W_PROXIMITY = 0.25, 0.1, 0.1, 0.1
NEAR_KM = 80.0
# Support for a region from other regions of its level and country, full at SIBLINGS of them.
W_SIBLING = 0.1
SIBLINGS = 2.0
# Softmax temperature turning prior scores into each name's vote over its readings.
VOTE_TEMPERATURE = 0.04
# How far below a name's best reading another still counts as evidence, and how many count.
READING_TEMPERATURE = 0.08
MIN_READING_WEIGHT = 0.05
MAX_READINGS = 12
# Passes in which each name's readings are re-weighed by their ranking in the article, and the
# (sharper) temperature over those ranking scores.
SETTLING_PASSES = 2
SETTLED_TEMPERATURE = 0.02
# Support from the outlet's home: for the home itself (the town a local paper names without
# its state), a place in its first-level region, a place near it.
W_HOME_SELF, W_HOME_REGION, W_HOME_NEAR = 0.3, 0.15, 0.1
# A name with a world-famous reading (a capital, a country, a big state or city) leaves it only
# for the home itself or a namesake in the home's own town area: "Brussels" in an Ontario paper
# is still Brussels, a "Dublin" suburb of the paper's Columbus is Dublin, Ohio.
FAMOUS_POPULATION = 1_000_000
FAMOUS_NEAR_KM = 30.0
# A town the world writes about (named in about 56 languages or more, see `world_known`): with
# such a reading abroad, that the article is about another country says nothing of a lesser
# namesake there ("Venice" in an American story is still Venice, Italy): its agreement in
# country alone counts this share; agreement in region, county or distance, or the outlet's
# home, still counts fully ("Paris" in a Paris, Tennessee paper).
WORLD_NAMED = 0.75
THIN_COUNTRY = 0.0
# Only a lesser namesake so, or one reached through another of its names: a city of its own
# ("Tripoli" in Lebanon) is what an article about its country means.
LESSER_NAMESAKE = 100_000


def _population_merit(population: int) -> float:
    return min(1.0, math.log10(population + 1) / 7.0)


def _seat_credit(c: Candidate) -> float:
    """What a GeoNames town of unknown size (population 0) named by its own name or a spelling
    of it gains when its name is given alone: the size of a seat, as the source lists towns
    under 500 people only when they are the seats of divisions ("Harad" is the Yemeni seat
    before a Swedish hamlet so called). Not for one reached through an odd other name or a
    respelling, nor within an article, whose other names decide between namesakes."""
    if c.population or c.kind != "town" or not c.gazetteer_id.startswith("geonames:"):
        return 0.0
    if c.match < MATCH_ALTERNATE + MAIN_NAME_LIKE:
        return 0.0
    return W_POPULATION * _population_merit(SEAT_POPULATION)


def prior(c: Candidate) -> float:
    """A reading's merit on its own: how well the name matched, how big the place is, its kind."""
    pop = _population_merit(c.population)
    s = 0.45 * c.match + W_POPULATION * pop + _KIND_PRIOR.get(c.kind, 0.0)
    s += CAPITAL_PRIOR if c.capital else 0.0
    return s + (COUNTY_PRIOR if c.admin2 and c.kind == "region" else 0.0)


def _name_prominence(names: int) -> float:
    """0 for a town with COMMON_NAMES names or fewer, 1 from MANY_NAMES on, log-linear between."""
    if names <= COMMON_NAMES:
        return 0.0
    return min(1.0, math.log(names / COMMON_NAMES) / math.log(MANY_NAMES / COMMON_NAMES))


def _prominence_gain(cands: list[Candidate]) -> dict[int, float]:
    """Per candidate (by position), how much it gains on the towns whose main name was given:
    its name prominence beyond theirs, for a sizeable town reached through another of its
    names. Nothing when a region or a country has that main name: a big city's alternate name
    ("New York" for New York City) then competes with it as it always has. When no place has
    it, the sizeable towns reached through other names gain on the least named of them
    ("Venise" is Venice, not Vénissieux, which the source also calls so)."""
    main = [_name_prominence(c.names) for c in cands if c.kind == "town" and c.match >= 1.0]
    floor = 0.0
    if not main:
        if any(c.match >= MATCH_PRIMARY for c in cands):
            return {}
        others = [
            _name_prominence(c.names)
            for c in cands
            if c.kind == "town" and c.population >= NAMED_TOWN and c.match >= MATCH_SKELETON
        ]
        if len(others) < 2:
            return {}
        # only a town the world names widely: a few more names than a bigger namesake's is
        # chance ("سنار" is Sennar in the Sudan before Sinnar in India)
        main, floor = [min(others)], WELL_NAMED
    top = max(main)
    return {
        i: W_NAMES * (_name_prominence(c.names) - top)
        for i, c in enumerate(cands)
        if c.kind == "town"
        and c.population >= NAMED_TOWN
        and MATCH_SKELETON <= c.match < MATCH_PRIMARY
        and _name_prominence(c.names) > max(top, floor)
    }


def _siblings(c: Candidate, r: Reading) -> bool:
    """Other states of the country; other counties of the state."""
    if c.admin2:
        return r.admin1_code == c.admin1_code and r.admin2 != c.admin2
    return r.admin1_code != c.admin1_code


def _agreement(c: Candidate, ctx: Context, thin: bool = False) -> float:
    """How much the article's other names agree with a reading: for each other name, its most
    plausible reading in the same country, the same region, the same county, or nearby (with
    `thin`, agreement in country alone, without any of the finer kinds, counts THIN_COUNTRY of
    its weight)."""
    countries = c.countries or ((c.country,) if c.country else ())
    if not countries or not ctx.readings:
        return 0.0
    local = c.kind != "country" and c.lat is not None
    level = _level(c)
    # a state beside other states of its country is a state, a county beside other counties
    # of its state a county, not a town named after it
    units = level in ("state", "county")
    same_cc = same_a1 = same_a2 = near = sibling = 0.0
    for name, by_country in ctx.readings.items():
        if name == ctx.exclude:
            continue
        bc = ba1 = ba2 = bn = bs = 0.0
        for cc in countries:
            for r in by_country.get(cc, ()):
                bc = max(bc, r.weight)
                if units and r.level == level and _siblings(c, r):
                    bs = max(bs, r.weight)
                if not local:
                    continue
                if c.admin1_code is not None and r.admin1_code == c.admin1_code:
                    ba1 = max(ba1, r.weight)
                    if c.admin2 and r.admin2 == c.admin2:
                        ba2 = max(ba2, r.weight)
                close = r.lat is not None and r.weight > bn
                if close and haversine_km((c.lat, c.lon), (r.lat, r.lon)) <= NEAR_KM:
                    bn = r.weight
        same_cc += bc
        same_a1 += ba1
        same_a2 += ba2
        near += bn
        sibling += bs
    finer = same_a1 + same_a2 + near + sibling > 0
    return (
        W_SIBLING * min(1.0, sibling / SIBLINGS)
        + W_COUNTRY * (THIN_COUNTRY if thin and not finer else 1.0) * min(1.0, same_cc)
        + W_REGION * min(1.0, same_a1)
        + W_COUNTY * min(1.0, same_a2)
        + W_PROXIMITY * min(1.0, near)
    )


def famous(c: Candidate) -> bool:
    """Whether a reading is a place the world knows by this name: a country, a capital, a big
    first-level region or city."""
    if c.match < MATCH_PRIMARY:
        return False
    big = c.population >= FAMOUS_POPULATION
    return (
        c.kind == "country"
        or c.capital
        or (c.kind == "town" and big)
        or (c.kind == "region" and big and c.country is not None and not c.admin2)
    )


def world_known(c: Candidate) -> bool:
    """A famous reading (see `famous`), or a town under its main name that the world names in
    many languages ("Venice", "Florence", "Naples")."""
    named = c.kind == "town" and c.population >= NAMED_TOWN and c.match >= MATCH_PRIMARY
    return famous(c) or (named and _name_prominence(c.names) >= WORLD_NAMED)


def _lesser_namesakes(cands: list[Candidate]) -> set[int]:
    """Positions of the lesser readings that have a world-known namesake in another country
    (see `THIN_COUNTRY`)."""
    known = {c.country for c in cands if world_known(c)}
    if not known:
        return set()
    return {
        i
        for i, c in enumerate(cands)
        if c.kind in ("town", "region")
        and c.country is not None
        and (c.population < LESSER_NAMESAKE or c.match < MATCH_PRIMARY)
        and not world_known(c)
        and known - {c.country}
    }


def _home_support(c: Candidate, ctx: Context, rival: bool = False) -> float:
    """How much the outlet's home supports a reading (its best-supported home reading); with a
    famous `rival` reading of the name, only the home itself or a place right beside it."""
    if not ctx.home or c.kind == "country" or c.lat is None:
        return 0.0
    rival = rival and not famous(c)
    best = 0.0
    for h in ctx.home:
        km = haversine_km((c.lat, c.lon), (h.lat, h.lon))
        if rival and c.gazetteer_id != h.gazetteer_id and km > FAMOUS_NEAR_KM:
            continue
        s = W_HOME_SELF if c.gazetteer_id == h.gazetteer_id else 0.0
        if c.country == h.country and c.admin1_code is not None:
            s += W_HOME_REGION if c.admin1_code == h.admin1_code else 0.0
        if km <= NEAR_KM:
            s += W_HOME_NEAR
        best = max(best, s * h.weight)
    return best


def outlet_home(
    cands: list[Candidate],
    ctx: Context,
    countries: frozenset[str] = frozenset(),
    national: bool = False,
) -> tuple[Home, ...]:
    """The readings of the outlet's home name in the `countries` its domain points to or (unless
    that is a `national` domain) the article's other names are about, weighed by their ranking
    in the article: an "Athens" paper among Texas towns is in Athens, Texas; a ".com" paper
    among Ontario towns may be Canadian."""
    cands = [
        c
        for c in cands
        if c.country in countries
        or (not national and ctx.without(c.name).countries.get(c.country or "", 0) >= 0.5)
    ]
    if not cands:
        return ()
    # each reading as the article's other names rank it: a namesake in the text ("Gainesville")
    # does not vouch for its own most populous reading
    by_name: dict[str, list[Candidate]] = {}
    for c in cands:
        by_name.setdefault(key(c.name), []).append(replace(c))
    ranked = sorted(
        (
            c
            for group in by_name.values()
            for c in rank(group, replace(ctx, home=()).without(group[0].name))
        ),
        key=lambda c: -c.score,
    )
    # as uncertain as a reading on its merits: a name the article does not settle spreads its
    # support over its namesakes
    weights = _plausibility(ranked, READING_TEMPERATURE, [c.score for c in ranked])
    return tuple(
        Home(c.gazetteer_id, c.country, c.admin1_code, c.lat, c.lon, w)
        for c, w in zip(ranked, weights, strict=True)
        if w >= MIN_READING_WEIGHT and c.lat is not None
    )[:MAX_READINGS]


def held_back_regions(cands: list[Candidate]) -> set[int]:
    """Positions of the regions that share their name with a town of theirs ("Gao", "Homs"):
    the town is what news means by it (also a sizeable town reached through an exonym while
    the region is reached through its own translation: "Tombouctou", "Beyrouth"). Not a
    region DWARFING times its biggest such town: "Quebec" is the province. But a region that
    bears the name less well than a town of its own does (by another of its names or by a
    spelling only, "Tchernihiv" for the oblast; "Hebron" for the West Bank, whose source lists
    its governorates' names) is held back however big it is."""
    if not any(c.kind == "region" for c in cands):
        return set()
    namesakes = {(c.country, c.admin1_code, c.match) for c in cands if c.kind == "town"}
    namesakes |= {
        (c.country, c.admin1_code, MATCH_PRIMARY)
        for c in cands
        if c.kind == "town" and c.match >= MATCH_ALTERNATE and c.population >= EXONYM_TOWN
    }
    biggest: dict[tuple, int] = {}
    best_match: dict[tuple, float] = {}
    for c in cands:
        if c.kind == "town":
            at = (c.country, c.admin1_code)
            biggest[at] = max(biggest.get(at, 0), c.population)
            best_match[at] = max(best_match.get(at, 0.0), c.match)

    def held(c: Candidate) -> bool:
        at = (c.country, c.admin1_code)
        if best_match.get(at, 0.0) > c.match:
            return True  # the town bears the name better
        return (*at, c.match) in namesakes and c.population < DWARFING * max(biggest[at], 1)

    return {i for i, c in enumerate(cands) if c.kind == "region" and c.country and held(c)}


def _shadowed_towns(cands: list[Candidate]) -> set[int]:
    """Positions of the towns reached through another of their names in a country where a town
    bears the name as its main name and is at least as well known (by its names): "Youngstown"
    for Mount Gilead and "Kaliningrad" for Korolev are old names, not what the article means
    (but "Odessa" is Odesa, named more than Odessa, Texas: see `_prominence_gain`). A country's
    name ("Egypt") is the country's before any town's other name, and a world-known town's
    (see `world_known`) before another town's other name anywhere."""
    if not any(c.kind == "town" and c.match < MATCH_PRIMARY for c in cands):
        return set()
    owners: dict[str | None, float] = {}
    for c in cands:
        if c.kind == "town" and c.match >= MATCH_PRIMARY:
            owners[c.country] = max(owners.get(c.country, 0.0), _name_prominence(c.names))
    if any(c.kind == "country" and c.match >= MATCH_PRIMARY for c in cands):
        owners = {c.country: 1.0 for c in cands}
    # a town the world knows by the name shadows such readings in every country: "Venice" is
    # not Dayton, Ohio, which the source also calls so
    world = max((_name_prominence(c.names) for c in cands if world_known(c)), default=-1.0)
    return {
        i
        for i, c in enumerate(cands)
        if c.kind == "town"
        and c.match < MATCH_PRIMARY
        and _name_prominence(c.names) <= max(owners.get(c.country, -1.0), world)
    }


def rank(cands: list[Candidate], ctx: Context | None = None) -> list[Candidate]:
    """Score candidates (name match, population, kind, agreement with context); best first."""
    ctx = ctx or Context()
    held_back = held_back_regions(cands)
    shadowed = _shadowed_towns(cands)
    rival = bool(ctx.home) and any(famous(c) for c in cands)
    # only for a name given without other names to weigh it: next to them, a big city's odd
    # alternate name ("Twickenham" for Huntsville) would outweigh what the article says
    alone = not any(k != ctx.exclude for k in ctx.readings)
    gain = _prominence_gain(cands) if alone else {}
    thin = _lesser_namesakes(cands)
    for i, c in enumerate(cands):
        s = prior(c) + gain.get(i, 0.0) + (_seat_credit(c) if alone else 0.0)
        if i in held_back:
            s += NAMESAKE_REGION_PRIOR
        if i in shadowed:
            s += SHADOWED_NAME_PRIOR
        countries = c.countries or ((c.country,) if c.country else ())
        if ctx.near and ctx.near in countries:
            s += W_NEAR
        if ctx.region.intersection(countries):
            s += W_QUERY_REGION
        if ctx.domain.intersection(countries) and c.kind != "country":
            s += W_DOMAIN
        elif ctx.lean.intersection(countries) and c.kind != "country":
            s += W_LEAN
        home = _home_support(c, ctx, rival)
        s += _agreement(c, ctx, i in thin and not home) + home
        if ctx.points and c.lat is not None and c.kind != "country":
            d = min(haversine_km((c.lat, c.lon), p) for p in ctx.points)
            s += 0.15 if d < 150 else 0.07 if d < 500 else 0.0
        c.score = min(1.0, max(0.0, s / 1.3))
    return sorted(cands, key=lambda c: (-c.score, -c.population, c.gazetteer_id))


def _plausibility(
    cands: list[Candidate], temperature: float, scores: list[float] | None = None
) -> list[float]:
    scores = scores if scores is not None else [prior(c) for c in cands]
    top = max(scores)
    return [math.exp((x - top) / temperature) for x in scores]


def vote(cands: list[Candidate]) -> Vote:
    """One name's support for countries: its readings weighted by a softmax of their prior
    scores, so an unambiguous name votes fully and an ambiguous one thinly."""
    v = Vote()
    if not cands:
        return v
    weights = _plausibility(cands, VOTE_TEMPERATURE)
    total = sum(weights)
    for c, w in zip(cands, weights, strict=True):
        for cc in c.countries or ((c.country,) if c.country else ()):
            v.countries[cc] = v.countries.get(cc, 0.0) + w / total
    return v


def readings(cands: list[Candidate], scores: list[float] | None = None) -> dict[str, list[Reading]]:
    """A name's plausible readings by country, as evidence for the article's other names;
    plausible by their prior, or by `scores` (their ranking in the article) when given."""
    out: dict[str, list[Reading]] = {}
    if not cands:
        return out
    temperature = READING_TEMPERATURE if scores is None else SETTLED_TEMPERATURE
    weighted = sorted(
        zip(_plausibility(cands, temperature, scores), cands, strict=True),
        key=lambda x: -x[0],
    )
    for w, c in weighted[:MAX_READINGS]:
        if w < MIN_READING_WEIGHT:
            break
        admin = c.kind != "country"
        for cc in c.countries or ((c.country,) if c.country else ()):
            out.setdefault(cc, []).append(
                Reading(
                    cc,
                    c.admin1_code if admin else None,
                    c.admin2 if admin else None,
                    c.lat if admin else None,
                    c.lon if admin else None,
                    w,
                    _level(c),
                )
            )
    return out


def document_context(
    names: list[tuple[str, list[Candidate], bool]],
    points: list[tuple[tuple[float, float], str]],
    weights: dict[str, float],
    home: list[Candidate] | None = None,
    home_countries: frozenset[str] = frozenset(),
    home_national: bool = False,
    domain: frozenset[str] = frozenset(),
    lean: frozenset[str] = frozenset(),
) -> Context:
    """The article's context from its names: (name, readings, whether it may vouch), and the
    readings of the outlet's home name (see `outlet_home`)."""
    votes: dict[str, Vote] = {}
    evidence: dict[str, dict[str, list[Reading]]] = {}
    for name, cands, ok in names:
        k = key(name)
        if ok and cands and k and k not in votes:
            votes[k] = vote(cands)
            evidence[k] = readings(cands)
    raw: dict[str, float] = {}
    for v in votes.values():
        for cc, p in v.countries.items():
            raw[cc] = raw.get(cc, 0.0) + p
    ctx = Context(
        {cc: min(1.0, p) for cc, p in raw.items()},
        [p for p, _k in points],
        None,
        weights,
        evidence,
        votes,
        points,
        domain=domain,
        lean=lean,
    )
    if home:
        ctx = replace(ctx, home=outlet_home(home, ctx, home_countries, home_national))
    for _ in range(SETTLING_PASSES):
        ctx = _settled(ctx, names)
    if home:
        ctx = replace(ctx, home=outlet_home(home, ctx, home_countries, home_national))
    return ctx


def _settled(ctx: Context, names: list[tuple[str, list[Candidate], bool]]) -> Context:
    """The context once each name's readings are weighed by how the rest of the article ranks
    them, not by their merit alone: "Hartford" settles on Connecticut, and then vouches for
    the Connecticut "Berlin" with all its weight, not with its prior's share."""
    evidence = dict(ctx.readings)
    done: set[str] = set()
    for name, cands, ok in names:
        k = key(name)
        if not ok or not cands or k not in evidence or k in done:
            continue
        done.add(k)
        ranked = rank([replace(c) for c in cands], ctx.without(name))
        evidence[k] = readings(ranked, [c.score for c in ranked])
    return replace(ctx, readings=evidence)


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


@cache
def _name_articles() -> re.Pattern:
    """Articles a name is written with in a list or a title ("la Syrie", "l'Irak", "the
    Gambia"), from every language's `name_articles`."""
    words: set[str] = set()
    for lang in data.languages():
        words.update(
            w.replace("’", "'") for w in (data.load(lang, "places") or {}).get("name_articles", [])
        )
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"^(?:{alts})(?:(?<=')\s*|\s+)(?=\w)", re.IGNORECASE)


def _written_forms(text: str) -> list[str]:
    """The name as given, then without a leading article ("le Soudan du Sud")."""
    bare = _name_articles().sub("", text.replace("’", "'"), count=1)
    return [text] if bare == text.replace("’", "'") or not key(bare) else [text, bare]


def _name_candidates(text: str) -> list[Candidate]:
    """Readings of a name given alone: as written, then without its article, then without a
    word for its kind of unit ("gouvernorat de Deir ez-Zor", "province d'Anbar"), then as the
    whole of a part named by a direction ("le nord de la Syrie"); only then by a fuzzy match,
    which would otherwise take "l'Irak" for the town of Lirac."""
    forms = _written_forms(text)
    # the name as written and without its article are both readings ("Le Caire", "l'Irak"):
    # the ranking chooses between a town spelt with the article and the place without it
    cands = [
        c
        for form in forms
        for c in registry_candidates(form, cue=True) + gazetteer_candidates(form, fuzzy=False)
    ]
    if cands:
        if not any(c.kind in ("country", "region") for c in cands):
            # "South Lebanon" is the south of Lebanon before a village of Ohio so called
            cands += [c for c in direction_readings(text) if c.kind == "country"]
        return cands
    for form in forms:
        cands = unit_candidates(form)
        if cands:
            return cands
    cands = direction_readings(text)
    if cands:
        return cands
    for form in forms:
        cands = gazetteer_candidates(form)
        if cands:
            return cands
    return []


@cache
def _direction_phrases() -> tuple[re.Pattern, re.Pattern]:
    """A name with a direction word before it ("northern Syria", "Sud-Liban", "شمال سوريا",
    "nord-est de la Syrie") or after it ("Syrie du Nord", "Liban-Sud"), with the words that join
    them (`direction_connectors`), from every language's data."""
    words: set[str] = set()
    joins: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        words.update(conf.get("direction_words") or [])
        words.update(conf.get("direction_adjectives") or [])
        joins.update(w.replace("’", "'") for w in conf.get("direction_connectors") or [])

    def alts(items: set[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True)) or "(?!x)x"

    direction = rf"(?:{alts(words)})(?:[\s-]+(?:{alts(words)}))?"
    join = rf"(?:[\s-]+(?:{alts(joins)}))?(?:(?<=')|[\s-]+)"
    return (
        re.compile(rf"^{direction}{join}(?P<rest>\w.*)$", re.IGNORECASE),
        re.compile(rf"^(?P<rest>.*?\w){join}{direction}$", re.IGNORECASE),
    )


def direction_readings(name: str) -> list[Candidate]:
    """Readings of a part of a country or region named by a direction ("northern Syria", "Sud-
    Liban", "جنوب لبنان"): no gazetteer holds such parts, and the whole (a country or a region,
    at its own point) is the nearest answer, matched a little less well."""
    for text, pattern in product(_written_forms(name), _direction_phrases()):
        hit = pattern.match(text.replace("’", "'"))
        if hit is None:
            continue
        rest = hit.group("rest").strip()
        wholes = [c for c in gazetteer_candidates(rest, fuzzy=False) if c.kind in WHOLES]
        if wholes:
            return [replace(c, match=c.match * DIRECTION_MATCH) for c in wholes]
    return []


@cache
def _query_regions() -> dict[str, frozenset[str]]:
    out = {}
    for lang in data.languages():
        codes = (data.load(lang, "places") or {}).get("query_region") or []
        out[lang] = frozenset(c.upper() for c in codes)
    return out


def query_region(name: str) -> frozenset[str]:
    """Countries a name given alone most likely lies in, by its script: an Arabic-script
    "بيت لحم" is Bethlehem in Palestine, not Bethlehem, Pennsylvania. Not by language alone: a
    French or English name may be of anywhere, as their news is."""
    return _query_regions().get("ar", frozenset()) if is_arabic(name) else frozenset()


def _candidates_in(name: str, country: str) -> list[Candidate]:
    """Readings of a name in the one country a caller names, that its readings elsewhere hid:
    a spelling the fuzzy match finds there, or (in Arabic script) a town written with its
    consonants ("بوكروفسك" near Ukraine is Pokrovsk there, not the Russian town the source
    gives that Arabic name)."""
    found = _romanised_candidates(name, country) if is_arabic(name) else ()
    return list(found or _fuzzy_candidates(name, country))


def lookup(name: str, lang: str | None = None, near: str | None = None) -> list[Candidate]:
    """Scored candidates for a place name, best first, registry crossings and roads included.
    Never raises: unusable input (empty, enormous, control characters) gives an empty list."""
    try:
        text = _clean(name)
        if not text or not key(text):
            return []
        cands = _name_candidates(text)
        cc = country_code(near)
        if cc and not any(cc in (c.countries or (c.country,)) for c in cands):
            cands += _candidates_in(text, cc)
        seen: set[str] = set()
        unique = [c for c in cands if not (c.gazetteer_id in seen or seen.add(c.gazetteer_id))]
        return rank(unique, Context(near=cc, region=query_region(text)))
    except Exception:  # a lookup helper for the CLI must not crash on odd input
        return []
