"""The places lexicon: cue phrases and stop-words from every language's places data file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from passage import data

CUE_CLASSES = ("crossing", "road", "region", "near", "name_prefix")


@dataclass(frozen=True)
class Lexicon:
    cues_before: dict[str, re.Pattern]  # class -> phrases that come before a name
    cues_after: dict[str, re.Pattern]  # class -> phrases that come after a name ("Rafah crossing")
    joiners: frozenset[str]
    stopwords: frozenset[str]
    # seas and macro-areas ("la Méditerranée", "Middle East"): named, but no place to put an
    # event at; recognised so that no town takes the word, and then left out
    pointless: re.Pattern
    # a road named by its kind only ("la route internationale"): the registry road through
    # the crossing the article is about
    generic_roads: re.Pattern


def _pattern(phrases: set[str]) -> re.Pattern:
    if not phrases:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # a cue ending in an apostrophe ("d'") is glued to the name that follows
    return re.compile(rf"(?<!\w)(?:{alts})(?:(?<=')|(?!\w))", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """The union over languages: cues are script-specific, so a misidentified language still
    finds them."""
    before: dict[str, set[str]] = {c: set() for c in CUE_CLASSES}
    after: dict[str, set[str]] = {c: set() for c in CUE_CLASSES}
    joiners: set[str] = set()
    stop: set[str] = set()
    pointless: set[str] = set()
    generic_roads: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        for cls in CUE_CLASSES:
            plural = "name_prefixes" if cls == "name_prefix" else f"{cls}_cues"
            before[cls].update(p.replace("’", "'") for p in conf.get(plural, []))
            after[cls].update(p.replace("’", "'") for p in conf.get(f"{plural}_after", []))
        joiners.update(j.replace("’", "'").casefold() for j in conf.get("joiners", []))
        stop.update(conf.get("stopwords", []))
        pointless.update(p.replace("’", "'") for p in conf.get("areas_without_point", []))
        generic_roads.update(p.replace("’", "'") for p in conf.get("generic_roads", []))
    return Lexicon(
        {c: _pattern(p) for c, p in before.items()},
        {c: _pattern(p) for c, p in after.items()},
        frozenset(joiners),
        frozenset(stop),
        _pattern(pointless),
        _pattern(generic_roads),
    )
