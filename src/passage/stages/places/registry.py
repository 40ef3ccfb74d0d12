"""The crossings-and-roads registry: named access points and routes, loaded and validated."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from passage.data import DATA_DIR
from passage.stages.places.normalise import key, skeleton

DEFAULT_REGISTRY = DATA_DIR / "registry" / "crossings.json"


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Anchor:
    """A town named by a crossing side or a road: a gazetteer name, or an explicit point."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    crossing: str | None = None  # a road passing through a registry crossing


@dataclass
class Access:
    """A border crossing or a road."""

    id: str
    kind: str  # crossing | road
    names: dict[str, list[str]]
    cue_names: dict[str, list[str]]
    countries: list[str]
    anchors: list[Anchor]  # crossing: the towns each side; road: the places in order
    lat: float | None = None
    lon: float | None = None
    keys: set[str] = field(default_factory=set)  # skeletons of names that denote it alone
    cue_keys: set[str] = field(default_factory=set)  # skeletons that denote it after a cue

    @property
    def display_name(self) -> str:
        for lang in ("en", "fr", "ar"):
            if self.names.get(lang):
                return self.names[lang][0]
        return self.id


@dataclass
class Registry:
    path: Path
    items: list[Access]

    def get(self, ident: str) -> Access | None:
        return next((a for a in self.items if a.id == ident), None)


def _fail(path: Path, where: str, problem: str) -> RegistryError:
    return RegistryError(f"{path}: {where}: {problem}")


def _coord(path: Path, where: str, obj: dict, name: str, lo: float, hi: float) -> float:
    val = obj.get(name)
    if isinstance(val, bool) or not isinstance(val, int | float) or not lo <= val <= hi:
        raise _fail(path, where, f"'{name}' must be a number between {lo} and {hi}, got {val!r}")
    return float(val)


def _names(path: Path, where: str, obj: dict, field_name: str) -> dict[str, list[str]]:
    raw = obj.get(field_name, {})
    if not isinstance(raw, dict) or not all(
        isinstance(v, list) and all(isinstance(s, str) and s.strip() for s in v)
        for v in raw.values()
    ):
        raise _fail(path, where, f"'{field_name}' must map a language to a list of names")
    return raw


def _anchor(path: Path, where: str, obj: object) -> Anchor:
    if not isinstance(obj, dict):
        raise _fail(path, where, "a place must be an object")
    if "crossing" in obj:
        return Anchor(name=str(obj["crossing"]), crossing=str(obj["crossing"]))
    if "town" in obj and isinstance(obj["town"], str):
        return Anchor(name=obj["town"], country=obj.get("country"))
    if "name" in obj and isinstance(obj["name"], str):
        lat = _coord(path, where, obj, "lat", -90, 90)
        lon = _coord(path, where, obj, "lon", -180, 180)
        return Anchor(name=obj["name"], country=obj.get("country"), lat=lat, lon=lon)
    raise _fail(path, where, "a place needs 'town', 'crossing', or 'name' with 'lat'/'lon'")


def _keys(names: dict[str, list[str]]) -> set[str]:
    return {skeleton(n) for ns in names.values() for n in ns if skeleton(n)}


def load_registry(path: Path | str | None = None) -> Registry:
    """Read and validate a registry file (default: PASSAGE_REGISTRY, else the shipped one)."""
    path = Path(path or os.environ.get("PASSAGE_REGISTRY") or DEFAULT_REGISTRY)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RegistryError(f"{path}: no such registry file") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RegistryError(f"{path}: not valid UTF-8 JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise RegistryError(f"{path}: the top level must be an object")
    items: list[Access] = []
    seen: set[str] = set()
    for section, kind in (("crossings", "crossing"), ("roads", "road")):
        entries = raw.get(section, [])
        if not isinstance(entries, list):
            raise RegistryError(f"{path}: '{section}' must be a list")
        for i, obj in enumerate(entries):
            where = f"{section}[{i}]"
            if not isinstance(obj, dict):
                raise _fail(path, where, "must be an object")
            ident = obj.get("id")
            if not isinstance(ident, str) or not ident.startswith(f"{kind}:"):
                raise _fail(path, where, f"'id' must be a string starting with '{kind}:'")
            where = f"{where} ({ident})"
            if ident in seen:
                raise _fail(path, where, "duplicate id")
            seen.add(ident)
            names = _names(path, where, obj, "names")
            cue_names = _names(path, where, obj, "cue_names")
            countries = obj.get("countries", [])
            if not isinstance(countries, list) or not all(
                isinstance(c, str) and len(c) == 2 for c in countries
            ):
                raise _fail(path, where, "'countries' must be a list of ISO 3166 alpha-2 codes")
            key_of = "sides" if kind == "crossing" else "places"
            anchors_raw = obj.get(key_of, [])
            if not isinstance(anchors_raw, list):
                raise _fail(path, where, f"'{key_of}' must be a list")
            anchors = [
                _anchor(path, f"{where}.{key_of}[{j}]", a) for j, a in enumerate(anchors_raw)
            ]
            lat = lon = None
            if kind == "crossing":
                lat = _coord(path, where, obj, "lat", -90, 90)
                lon = _coord(path, where, obj, "lon", -180, 180)
            elif len(anchors) < 2:
                raise _fail(path, where, "a road needs at least two places")
            if not names and not anchors:
                raise _fail(path, where, "needs 'names' or places to be recognised by")
            items.append(
                Access(
                    ident,
                    kind,
                    names,
                    cue_names,
                    [c.upper() for c in countries],
                    anchors,
                    lat,
                    lon,
                    _keys(names),
                    _keys(cue_names),
                )
            )
    for acc in items:
        for a in acc.anchors:
            if a.crossing and a.crossing not in seen:
                raise RegistryError(f"{path}: {acc.id}: unknown crossing {a.crossing!r}")
    return Registry(path, items)


@cache
def _cached(path: str) -> Registry:
    return load_registry(path)


def registry(path: Path | str | None = None) -> Registry:
    """The registry in use, loaded once per path."""
    return _cached(str(path or os.environ.get("PASSAGE_REGISTRY") or DEFAULT_REGISTRY))


def name_key(name: str) -> str:
    """The key registry names are compared under (same as the gazetteer's skeleton)."""
    return skeleton(name) or key(name)
