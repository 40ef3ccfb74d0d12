"""The places lexicon: cue phrases and stop-words from every language's places data file."""

from __future__ import annotations

import re
import unicodedata
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
    # "Mr", "Sheriff": the capitalised word right after is a person, not the town of that name
    person_titles: re.Pattern
    # "X said", "said X": a name that speaks is a person (a country or a capital speaks for
    # its government)
    speech_after: re.Pattern
    speech_before: re.Pattern
    clause_verbs: frozenset[str]  # "said Roberts is": the verb of the speaker's own clause
    # last words of streets' and natural features' names: "Wichita Street", "Fraser Valley"
    street_words: frozenset[str]
    feature_words: frozenset[str]
    directions: frozenset[str]  # "North", "Eastern": "North Dallas" is a part of Dallas
    # "St", "Mt": abbreviated first words that join the next word across a dot ("St. Paris")
    name_abbreviations: frozenset[str]
    # words between the two ends of a road after its cue: "la route reliant Palmyre à Deir ez-Zor"
    road_links: frozenset[str] = frozenset()
    # "Canadian", "English": words for a people or a language, never a place as the matcher
    # finds it, even where a town bears the word (Canadian, Texas), case-folded
    demonyms: frozenset[str] = frozenset()
    # "Trump", "Mary": words that are people's names; a capitalised word right before one is
    # that person's first name ("Donald Trump"), not a town
    person_names: frozenset[str] = frozenset()
    # stop-words that may still be words of a street's name: "Third Street", "Bridge Street"
    street_name_words: frozenset[str] = frozenset()
    # "N", "E": a direction abbreviated before a street's name ("N. High St.")
    direction_letters: frozenset[str] = frozenset()
    # "the": an article before a run of capitalised words makes it a named thing ("The George
    # Twickenham", a pub), not a person, case-folded
    name_articles: frozenset[str] = frozenset()
    # "Township", "Province": last words of the names of units that are part of the name
    # ("Readington Township", "Nyanza Province")
    unit_name_words: frozenset[str] = frozenset()
    # "Tanya", "Kerry": given names; the capitalised word after one is a surname ("Tanya
    # Campbell"), however big a town bears it. Not stop-words: "Tyler" is also a town's name
    first_names: frozenset[str] = frozenset()
    # "Times", "Daily": after a place's name, the name of a newspaper ("the Los Angeles Times")
    press_titles: frozenset[str] = frozenset()
    # "à", "vers": a name the entity model marks as a place right after one is kept even where
    # no gazetteer holds it ("à Mweso"), for the region the text puts it in; case-folded
    locatives: frozenset[str] = frozenset()
    # "bateau", "ship": a name right after one is the vessel's ("le bateau Kayes"), and
    # so is the same name behind an article afterwards ("le Kayes"), case-folded
    vessel_nouns: frozenset[str] = frozenset()
    # "entre", "between": the two places after a road's word and this one are the ends of a
    # stretch; where the registry has no road between them, each is a place of its own ("la
    # route entre Mopti et Djenné"), case-folded
    between_words: frozenset[str] = frozenset()
    # "قطاع" of "قطاع غزة": a common noun of kind that a gazetteer name starts with; the place's
    # name is what follows it, as "Gaza" in "la bande de Gaza"
    leading_kind_nouns: re.Pattern = re.compile(r"(?!x)x")
    # "fleuve", "نهر": the name after one is a river's, not the country or town it shares a
    # name with ("le fleuve Congo"); a river has no one point to put an event at
    river_nouns: re.Pattern = re.compile(r"(?!x)x")
    # "et", "and", "و": words that join two names of one list ("Croix-des-Bouquets et Cité
    # Soleil"), the conjunctions of every language's temporal data, case-folded
    coordinators: frozenset[str] = frozenset()
    # "à": a bare name right after one is a town, not its namesake region, case-folded
    town_prepositions: frozenset[str] = frozenset()
    # "pont", "جسر" before a name, "bridge" after one: a crossing's cue only where the registry
    # object is itself a bridge ("le pont Allenby"), so kept apart from the crossing cues that
    # would make every bridge in a city a crossing
    bridge_cues: re.Pattern = re.compile(r"(?!x)x")
    bridge_cues_after: re.Pattern = re.compile(r"(?!x)x")


def _unaccented(phrase: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(ch)
    )


def _pattern(phrases: set[str]) -> re.Pattern:
    if not phrases:
        return re.compile(r"(?!x)x")
    # capitals often lose their accents in print: "l'Etat d'Al-Jazira" is "l'État d'"
    phrases = phrases | {
        unicodedata.normalize("NFC", _unaccented(p)) for p in phrases if not _caseless(p)
    }
    # a cue that opens with punctuation (", un village" after a name) is glued to the word
    # before it; one that opens with a word starts a word
    alts = "|".join(
        (r"(?<!\w)" if p[:1].isalnum() else "") + re.escape(p)
        for p in sorted(phrases, key=len, reverse=True)
    )
    # a cue ending in an apostrophe ("d'") is glued to the name that follows
    return re.compile(rf"(?:{alts})(?:(?<=')|(?!\w))", re.IGNORECASE)


def _caseless(text: str) -> bool:
    """Arabic has no capitals to lose accents from (and its marks are letters' vowels)."""
    return not any(ch.isupper() or ch.islower() for ch in text)


def _ending(words: set[str]) -> re.Pattern:
    """One of `words` ending the text it is searched in; a short word may be an abbreviation
    with its dot ("Gov."), a longer one ends a sentence there ("... said the Judge.")."""
    if not words:
        return re.compile(r"(?!x)x")
    ordered = sorted(words, key=len, reverse=True)
    alts = "|".join(re.escape(w) + (r"\.?" if len(w) <= 4 else "") for w in ordered)
    return re.compile(rf"(?<!\w)(?:{alts})\s+$")


def _leading(words: set[str]) -> re.Pattern:
    """One of `words` opening a name, with the space after it."""
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^(?:{alts})\s+(?=\w)", re.IGNORECASE)


@cache
def lexicon() -> Lexicon:
    """The union over languages: cues are script-specific, so a misidentified language still
    finds them."""
    before: dict[str, set[str]] = {c: set() for c in CUE_CLASSES}
    after: dict[str, set[str]] = {c: set() for c in CUE_CLASSES}
    joiners: set[str] = set()
    stop: set[str] = set()
    pointless: set[str] = set()
    titles: set[str] = set()
    speech_after: set[str] = set()
    speech_before: set[str] = set()
    abbreviations: set[str] = set()
    clause_verbs: set[str] = set()
    streets: set[str] = set()
    features: set[str] = set()
    directions: set[str] = set()
    road_links: set[str] = set()
    demonyms: set[str] = set()
    people: set[str] = set()
    street_name_words: set[str] = set()
    direction_letters: set[str] = set()
    name_articles: set[str] = set()
    unit_name_words: set[str] = set()
    first_names: set[str] = set()
    press_titles: set[str] = set()
    locatives: set[str] = set()
    vessels: set[str] = set()
    between: set[str] = set()
    kind_nouns: set[str] = set()
    rivers: set[str] = set()
    coordinators: set[str] = set()
    towns_after: set[str] = set()
    bridges: set[str] = set()
    bridges_after: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        for cls in CUE_CLASSES:
            plural = "name_prefixes" if cls == "name_prefix" else f"{cls}_cues"
            before[cls].update(p.replace("’", "'") for p in conf.get(plural, []))
            after[cls].update(p.replace("’", "'") for p in conf.get(f"{plural}_after", []))
        joiners.update(j.replace("’", "'").casefold() for j in conf.get("joiners", []))
        stop.update(conf.get("stopwords", []))
        pointless.update(p.replace("’", "'") for p in conf.get("areas_without_point", []))
        titles.update(conf.get("person_titles", []))
        speech_after.update(conf.get("speech_verbs_after", []))
        speech_before.update(conf.get("speech_verbs_before", []))
        abbreviations.update(conf.get("name_abbreviations", []))
        clause_verbs.update(conf.get("speech_clause_verbs", []))
        streets.update(conf.get("street_words", []))
        features.update(conf.get("feature_words", []))
        directions.update(conf.get("direction_words", []))
        road_links.update(w.replace("’", "'").casefold() for w in conf.get("road_links", []))
        demonyms.update(w.casefold() for w in conf.get("demonyms", {}))
        demonyms.update(w.casefold() for w in conf.get("region_demonyms", {}))
        people.update(conf.get("person_names", []))
        stop.update(conf.get("person_names", []))
        street_name_words.update(conf.get("street_name_words", []))
        direction_letters.update(conf.get("direction_letters", []))
        name_articles.update(w.casefold() for w in conf.get("name_articles", []))
        unit_name_words.update(conf.get("unit_name_words", []))
        first_names.update(conf.get("first_names", []))
        press_titles.update(conf.get("press_titles", []))
        locatives.update(w.replace("’", "'").casefold() for w in conf.get("locative_words", []))
        vessels.update(w.casefold() for w in conf.get("vessel_nouns", []))
        between.update(w.casefold() for w in conf.get("between_words", []))
        kind_nouns.update(conf.get("leading_kind_nouns", []))
        rivers.update(conf.get("river_nouns", []))
        towns_after.update(w.casefold() for w in conf.get("town_prepositions", []))
        bridges.update(conf.get("bridge_cues", []))
        bridges_after.update(conf.get("bridge_cues_after", []))
        coordinators.update(
            w.casefold() for w in (data.load(lang, "time") or {}).get("conjunctions", [])
        )
    return Lexicon(
        {c: _pattern(p) for c, p in before.items()},
        {c: _pattern(p) for c, p in after.items()},
        frozenset(joiners),
        frozenset(stop),
        _pattern(pointless),
        _ending(titles),
        _pattern(speech_after),
        _ending(speech_before),
        frozenset(clause_verbs),
        frozenset(streets),
        frozenset(features),
        frozenset(directions),
        frozenset(abbreviations),
        frozenset(road_links),
        frozenset(demonyms),
        frozenset(people),
        frozenset(street_name_words),
        frozenset(direction_letters),
        frozenset(name_articles),
        frozenset(unit_name_words),
        frozenset(first_names),
        frozenset(press_titles),
        frozenset(locatives),
        frozenset(vessels),
        frozenset(between),
        _leading(kind_nouns),
        _pattern(rivers),
        frozenset(coordinators),
        frozenset(towns_after),
        _pattern(bridges),
        _pattern(bridges_after),
    )
