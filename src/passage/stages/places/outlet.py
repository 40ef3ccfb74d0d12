"""The outlet's home: the town or region a news site is named after ("athensreview.com")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit

from passage import data
from passage.stages.places.gazetteer import gazetteer
from passage.stages.places.normalise import skeleton

# Shorter names collide with abbreviations and words inside hostnames ("la", "bc", "echo").
MIN_HOME_CHARS = 4
# A town below this population rarely has a news site of its own name (and words such as
# "echo" or "pioneer" are the names of hamlets).
HOME_MIN_POPULATION = 5_000
_PIECES = re.compile(r"[a-z]+")
# No outlet word or place name in a hostname is longer than this.
MAX_PART_CHARS = 24


@dataclass(frozen=True)
class OutletHint:
    """What a URL's hostname says of where its outlet is: names of gazetteer places it is named
    after, and the countries its top-level domain points to (empty: the domain says nothing);
    `national` when that is a country's own domain (".co.uk"), which no outlet abroad uses."""

    names: tuple[str, ...]
    countries: frozenset[str]
    national: bool = False


@cache
def _words() -> frozenset[str]:
    """Words in outlet hostnames that name no place ("news", "daily", "herald"), in any language."""
    out: set[str] = set()
    for lang in data.languages():
        out.update(
            w.casefold() for w in (data.load(lang, "places") or {}).get("outlet_words") or []
        )
    return frozenset(out)


@cache
def _tld_countries(language: str | None) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Top-level domain -> countries whose outlets use it, for articles in `language` (".com" is
    mostly American for English news, says nothing for French), and country-code domains that
    are sold worldwide (".tv", ".io") and so say nothing."""
    generic: dict[str, frozenset[str]] = {}
    vanity: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        vanity.update(t.casefold() for t in conf.get("vanity_tlds") or [])
        if lang == language:
            for tld, codes in (conf.get("outlet_tlds") or {}).items():
                generic[tld.casefold()] = frozenset(c.upper() for c in codes)
    return generic, frozenset(vanity)


def _split(piece: str, words: frozenset[str]) -> bool:
    """Whether `piece` is a run of outlet words ("dailynews"), or empty."""
    ok = [True] + [False] * len(piece)
    for end in range(1, len(piece) + 1):
        ok[end] = any(ok[i] and piece[i:end] in words for i in range(max(0, end - 20), end))
    return ok[len(piece)]


@cache
def _abbreviated_regions() -> dict[str, str]:
    """Hostname piece -> the dotted abbreviation of a region it spells ("mass" -> "Mass.", as in
    "masslive.com"), from every language's `region_abbreviations`; short ones say too little."""
    out: dict[str, str] = {}
    for lang in data.languages():
        for written in (data.load(lang, "places") or {}).get("region_abbreviations") or {}:
            piece = re.sub(r"[^a-z]", "", written.casefold())
            if len(piece) >= MIN_HOME_CHARS:
                out.setdefault(piece, written)
    return out


def region_abbreviation(name: str) -> str | None:
    """The dotted abbreviation of a region an outlet's name piece spells, if any ("Mass.")."""
    return _abbreviated_regions().get(name)


def _is_place(name: str) -> bool:
    sk = skeleton(name)
    return any(
        h.primary and h.place.kind in ("town", "region") and skeleton(h.place.name) == sk
        for h in gazetteer().by_skeleton(sk)
    )


def _names_in(piece: str) -> list[str]:
    """The place names a hostname piece is made of besides outlet words: "athensreview" gives
    "athens", "theparisnews" "paris", "lasvegassun" "lasvegas", and a paper of two towns,
    "richmondandtwickenhamtimes", both; nothing unless the whole piece is read so. Of the
    readings, the one in fewest parts (the longest names)."""
    words = _words()
    if piece in words:
        return []
    n = len(piece)
    # best[end]: (parts, names) for the fewest-part reading of piece[:end], if any
    best: list[tuple[int, tuple[str, ...]] | None] = [(0, ())] + [None] * n
    for end in range(1, n + 1):
        for begin in range(max(0, end - MAX_PART_CHARS), end):
            before = best[begin]
            if before is None:
                continue
            part = piece[begin:end]
            if part in words:
                reading = (before[0] + 1, before[1])
            elif len(part) >= MIN_HOME_CHARS and (_is_place(part) or region_abbreviation(part)):
                reading = (before[0] + 1, (*before[1], part))
            else:
                continue
            if best[end] is None or reading[0] < best[end][0]:
                best[end] = reading
    whole = best[n]
    return list(whole[1]) if whole else []


@lru_cache(maxsize=4096)
def outlet_hint(url: str | None, language: str | None = None) -> OutletHint | None:
    """The hint a URL's hostname gives, or None when it names no place and its domain points
    to no country (".com" leans to the United States for English news)."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").casefold()
    except ValueError:
        return None
    labels = [lab for lab in host.split(".") if lab]
    if len(labels) < 2:
        return None
    generic, vanity = _tld_countries(language)
    tld = labels[-1]
    if len(tld) == 2 and tld.isalpha() and tld not in vanity:
        countries, national = frozenset({"GB" if tld == "uk" else tld.upper()}), True
    else:
        national = False
        countries = generic.get(tld, frozenset())
    names: list[str] = []
    for label in labels[:-1]:
        for piece in _PIECES.findall(label):
            names.extend(n for n in _names_in(piece) if n not in names)
    # a domain says where the outlet is (or leans to) even when its name names no place
    return OutletHint(tuple(names), countries, national) if names or countries else None
