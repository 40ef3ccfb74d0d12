"""Toponym recognition: spans that name places, crossings or roads, with their raw candidates."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cache

from passage import data
from passage.record import Entity
from passage.stages.places.gazetteer import gazetteer
from passage.stages.places.lexicon import lexicon
from passage.stages.places.normalise import key, rules, skeleton
from passage.stages.places.registry import Access, registry
from passage.stages.places.resolver import (
    MATCH_ALTERNATE,
    MATCH_PRIMARY,
    MATCH_SKELETON,
    Candidate,
    access_candidate,
    anchor_place,
    clitic_length,
    gazetteer_candidates,
    place_candidate,
    registry_candidates,
    road_between,
    unit_candidates,
)

# A word's letters and the marks written on them: Arabic's shadda and short vowels ("عمّان"),
# tatweel, and Latin accents typed as combining marks; a mark is no letter to the regex, and a
# word cut at one ("عم", "ان") names nothing.
_MARKS = "\u0300-\u036f\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{_MARKS}])*")
# Characters that may join the words of one name: "Deir ez-Zor", "Qa'im", "Abou Kamal–Qaëm".
_NAME_GAP = re.compile(r"^(?: |-|–|—|'|’|ʼ|‘)$")
_DASHES = {"-", "–", "—"}
# "’s" and the capitalised name after it: "Dunn’s Automotive", "Augusta's Highland Avenue"
_POSSESSIVE_NAME = re.compile(r"['’]s ((?:[A-Z][\w'’-]*\.? ?){1,4})")
# "U.S.", "D.C.", "W. Va.", "Calif.": capitalised letters or short words, each with its dot
_ABBREVIATION = re.compile(r"(?<![\w.])(?:[A-Z][a-z]{0,4}\. ?){1,3}(?![\w])")
# What follows a dateline's town: its state or country in capitals or abbreviated, or the
# filing date, then the agency in brackets or a dash ("HELENA, Mont. (AP) -", "TORRINGTON —",
# "NIAMEY, 5 mars 2025 (AFP) -").
DATELINE_END = re.compile(r"(?:,[ \t]*(?:[A-Z]|\d{1,2}\b)[\w.' ]{0,20}?)?[ \t]*(?:\(|—|–|--|- )")
MIN_DATELINE_CHARS = 3
MAJOR_TOWN = 100_000
MIN_ROAD_END_CHARS = 3
# A region this big is the place even as the last word of a longer name ("Southeast Queensland");
# a smaller one may be a surname ("Flores", "Nelson").
MAJOR_REGION = 1_000_000
# A municipality of a few hundred people ("Dønna") does not make a first name a place.
PROPER_NAME_REGION = 100_000
MAX_NAME_TOKENS = 5
MAX_FEATURE_NAME_WORDS = 2  # "Lake Lanier", "Mount St Helens": a kind word and a short name
# ", dans la région de " between a name and the region the text puts it in
MAX_REGION_GAP_CHARS = 40
MAX_RUN_TOKENS = 8
MAX_COORDINATION_CHARS = 6  # " et ", ", ", " and "
PLACE_LABELS = ("LOC", "GPE")
BLOCKING_LABELS = ("PER",)  # never a place inside a person's name
TOWN_BLOCKING_LABELS = ("ORG", "MISC")  # "Conseil souverain du Soudan": the country, not a town
# the cue of a name the entity model took for a person's though the gazetteer holds it
PERSON_TAGGED = "person_tagged"
# the cue of a road read by its number: many countries number their roads alike
ROAD_NUMBER = "road_number"
# the cue of a big town's name right after a preposition of place in a script without
# capitals ("وصل إلى القاهرة"), where no capital letter says the word is a name, and of a big
# capital's there in any script ("au Caire"): the place, whatever the article is about
AFTER_PREPOSITION = "after_preposition"


@dataclass
class Token:
    start: int
    end: int
    text: str

    @property
    def caseless(self) -> bool:
        ch = self.text[0]
        return not ch.isupper() and not ch.islower()

    @property
    def capital(self) -> bool:
        return self.text[0].isupper()


@dataclass
class Found:
    """A recognised span with its candidate readings (not yet ranked in context)."""

    start: int
    end: int
    text: str
    cands: list[Candidate]
    source: str  # access | entity | matcher | feature | fallback | area
    cues: set[str] = field(default_factory=set)  # region | near | name_prefix | crossing | road
    # the entity model marks it a place right after a word that says where ("évacués vers
    # Djenné"): a place even where its gazetteer readings are not believed
    located: bool = False
    # right after a word that only a town follows bare ("à Kherson"): the town, not the
    # region of that name
    at_town: bool = False
    # the end of a longer name the entity model marks as a place and the gazetteer lacks
    # ("Plaine Savo", a camp): a reading far from the article's country is no better than none
    inside_name: bool = False


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def _standalone_keys() -> dict[str, Access]:
    return _standalone_keys_of(str(registry().path))


@cache
def _standalone_keys_of(path: str) -> dict[str, Access]:
    # by the registry's path, so a user's registry file (PASSAGE_REGISTRY) is read afresh
    return {k: acc for acc in registry(path).items for k in acc.keys}


# A road's number, in Latin letters in every language's press: "M5", "RN1", "N-7"
_ROAD_NUMBER = re.compile(r"(?<![\w-])[A-Z]{1,3}-?\d{1,4}(?![\w-])")


def _road_number_key(number: str) -> str:
    return number.replace("-", "").upper()


def _numbered_roads() -> dict[str, list[Access]]:
    """Registry roads by the numbers their names carry ("M5 highway", "طريق M4")."""
    return _numbered_roads_of(str(registry().path))


@cache
def _numbered_roads_of(path: str) -> dict[str, list[Access]]:
    out: dict[str, list[Access]] = {}
    for acc in registry(path).items:
        if acc.kind != "road":
            continue
        names = [n for ns in (*acc.names.values(), *acc.cue_names.values()) for n in ns]
        numbers = {_road_number_key(m.group()) for n in names for m in _ROAD_NUMBER.finditer(n)}
        for number in numbers:
            out.setdefault(number, []).append(acc)
    return out


def _unglued(flat: str, toks: list[Token]) -> str:
    """The text with the conjunction or preposition glued to each word of a script without
    capitals blanked out ("بمدينة" read as " مدينة"), same length, for finding cue words."""
    chars = list(flat)
    for t in toks:
        if not t.caseless:
            continue
        cut = next((len(c) for c in _clitics() if t.text.startswith(c)), 0)
        if 0 < cut <= len(t.text) - 2:
            chars[t.start : t.start + cut] = " " * cut
    return "".join(chars)


def _is_bridge(acc: Access, cue: str) -> bool:
    """Whether one of a crossing's own names holds the bridge word the text uses."""
    words = {w.casefold() for ns in acc.names.values() for n in ns for w in _WORD.findall(n)}
    return all(w.casefold() in words for w in _WORD.findall(cue))


class Recogniser:
    """Finds place spans in one text."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        # one apostrophe, same length, so cue patterns ("d'") match either form
        self.flat = text.replace("’", "'").replace("ʼ", "'")
        self.toks = tokenize(text)
        self.lex = lexicon()
        self.articles = rules().articles
        self.lower_words = {t.text for t in self.toks if t.text.islower()}
        self.cue_end: dict[int, tuple[str, int]] = {}
        self.cue_start: dict[int, tuple[str, int]] = {}
        # "بمدينة بيشاور", "وريف إدلب": a cue glued to its conjunction or preposition
        for flat in (self.flat, _unglued(self.flat, self.toks)):
            for cls, pat in self.lex.cues_before.items():
                for m in pat.finditer(flat):
                    self.cue_end.setdefault(m.end(), (cls, m.start()))
            for cls, pat in self.lex.cues_after.items():
                for m in pat.finditer(flat):
                    self.cue_start.setdefault(m.start(), (cls, m.end()))
        self.entities = entities
        self.taken: list[tuple[int, int]] = []
        self._town_ends: set[int] = set()  # ends of the towns found, for "Nairobi's Kibera"
        self.surnames = self._surnames()
        self.given_names = {
            t.text for i, t in enumerate(self.toks) if self._given_name_of_person(i)
        }
        # a name the entity model also marks as a place is no person's where it marks it so
        # ("le poste frontière de Segbana ... Benoit a rejoint Segbana")
        self.place_entities = {e.text for e in entities if e.label in PLACE_LABELS}

    # -- helpers ---------------------------------------------------------------------------
    def gap(self, i: int) -> str:
        return self.text[self.toks[i].end : self.toks[i + 1].start]

    def _free(self, start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in self.taken)

    def _nameish(self, i: int, first: bool, last: bool) -> bool:
        t = self.toks[i]
        if t.capital or t.caseless:
            return True
        low = t.text.casefold()
        if first:
            # a lowercase article starts a name only when hyphenated: "al-Qaëm", not "as Hamas"
            return low in self.articles and i + 1 < len(self.toks) and self.gap(i) == "-"
        return not last and len(t.text) <= 3

    def _joined(self, i: int) -> bool:
        """Whether tokens i and i+1 may be words of one name: "Deir ez-Zor", "St. Paris"."""
        gap = self.gap(i)
        return bool(_NAME_GAP.match(gap)) or (
            gap == ". " and self._name_abbreviation(self.toks[i].text)
        )

    def _name_abbreviation(self, word: str) -> bool:
        """ "St", "Mt", and "ST" in a dateline in capitals ("ST. LOUIS —")."""
        abbreviations = self.lex.name_abbreviations
        return word in abbreviations or (word.isupper() and word.capitalize() in abbreviations)

    def _after_abbreviation(self, i: int) -> bool:
        """ "St. Patrick's Day": the word ends a name begun by an abbreviation, no place."""
        return i > 0 and self.gap(i - 1) == ". " and self._name_abbreviation(self.toks[i - 1].text)

    def _titled(self, start: int) -> bool:
        """ "Mr Paterson", "Sheriff Bell": a title right before the name makes it a person's."""
        return bool(self.lex.person_titles.search(self.text[max(0, start - 20) : start]))

    def _spoken(self, start: int, end: int) -> bool:
        """ "Douglas said", "said Welch,": the name of someone speaking; not "a man from
        Dewsbury said", nor "said Fargo City Commissioner Tim Mahoney"."""
        if self.text[start:end].rsplit(" ", 1)[-1] in _kind_words():
            return False  # "said Kanawha County Commission President Kent Carper": no person
        if self.text[end : end + 1] == " " and self.lex.speech_after.match(self.text, end + 1):
            word = re.search(r"(\w+)\s+$", self.text[max(0, start - 20) : start])
            return not (word and word.group(1).casefold() in self.lex.joiners | {"in", "at"})
        if not self.lex.speech_before.search(self.text[max(0, start - 12) : start]):
            return False
        # "said Welch,", "said Roberts is", "said Eugene Tian": a name, then the end of the
        # clause, its verb or a surname
        nxt = re.match(r"(?:\s*([,.;]|$)| (\w+))", self.text[end : end + 40])
        return bool(nxt) and (
            nxt.group(1) is not None
            or nxt.group(2) in self.lex.clause_verbs
            or (nxt.group(2)[0].isupper() and not self._stopword(nxt.group(2)))
        )

    def cues_before(self, pos: int) -> set[str]:
        """Cue classes that lead up to `pos`, skipping joiners: "aux alentours de la cité de"."""
        found: set[str] = set()
        adjective = False
        for _ in range(6):
            while pos > 0 and self.flat[pos - 1].isspace():
                pos -= 1
            hit = self.cue_end.get(pos)
            if hit:
                found.add(hit[0])
                pos = hit[1]
                continue
            m = re.search(r"(\w+'?)$", self.flat[max(0, pos - 20) : pos])
            if m and m.group(1).casefold() in self.lex.joiners:
                pos -= len(m.group(1))
                continue
            if m and m.group(1).islower() and not adjective and not found:
                # one adjective may sit between cue and name: "provinces syriennes de Homs"
                adjective = True
                pos -= len(m.group(1))
                continue
            break
        return found

    def cues_after(self, pos: int) -> set[str]:
        while pos < len(self.flat) and self.flat[pos] == " ":
            pos += 1
        hit = self.cue_start.get(pos)
        return {hit[0]} if hit else set()

    def _stopword(self, span: str) -> bool:
        stop = self.lex.stopwords
        return span in stop or (
            span.isupper() and (span.title() in stop or span.capitalize() in stop)
        )

    def _in_proper_name(self, i: int, j: int) -> bool:
        """Whether the span sits inside a longer capitalised name ("Rapid Support Forces",
        "Benjamin Netanyahu"), which is then a person or an organisation, not this place."""
        toks = self.toks
        after = j + 1 < len(toks) and self.gap(j) == " " and toks[j + 1].capital
        if after and self._civic_body_after(j):
            return False  # "Torrington Fire Department": the town's own body names the town
        if after and (
            not self._stopword(toks[j + 1].text) or toks[j + 1].text in self.lex.person_names
        ):
            return True  # "Donald Trump": a first name before a known surname too
        before = i > 0 and self.gap(i - 1) == " " and toks[i - 1].capital
        return before and not self.sentence_initial(i - 1)

    def _civic_body_after(self, j: int) -> bool:
        """Whether a town's own body or office follows token j ("Fire Department", "Mayor")."""
        nxt = j + 1
        if nxt >= len(self.toks) or self.gap(j) != " ":
            return False
        return bool(_civic_body().match(self.text, self.toks[nxt].start))

    def sentence_initial(self, i: int) -> bool:
        before = self.text[max(0, self.toks[i].start - 3) : self.toks[i].start]
        return i == 0 or "\n" in before or bool(re.search(r"[.!?:«\"“]\s*$", before))

    def _surnames(self) -> set[str]:
        """Last words of capitalised names that are no place ("Bob Jones", "Chief Tom Bell"):
        the same word alone elsewhere in the text is that person again, not a town."""
        out: set[str] = set()
        toks, n, i = self.toks, len(self.toks), 0
        while i < n:
            j = i
            while j + 1 < n and toks[j + 1].capital and toks[j].capital and self._name_gap(j):
                j += 1
            k = i
            while k < j and self._not_in_name(k):
                k += 1  # "The", "In", a sentence's first word: not part of the name
            thing = any(t.text.casefold() in self.lex.name_articles for t in toks[i:k])
            # "David Paterson": after a given name, even a big town's name is a surname
            given = any(t.text in self.lex.first_names for t in toks[i:j])
            if j > k and not thing and toks[k].capital and not toks[j].text.isupper():
                name = self.text[toks[k].start : toks[j].end]
                last = toks[j].text
                if not (
                    gazetteer_candidates(name, fuzzy=False)
                    or registry_candidates(name)
                    or (not given and _major(gazetteer_candidates(last, fuzzy=False), MAJOR_REGION))
                ):
                    out.add(last)
                if j == k + 1 and self._first_name_of(k):
                    out.add(toks[k].text)  # "Tyler Williams ... his brother Tyler"
            i = j + 1
        return out

    def _name_gap(self, i: int) -> bool:
        """Whether tokens i and i+1 are words of one person's name: "Bob Jones", and the
        middle initial of "Tyrise M. Bell"."""
        gap = self.gap(i)
        # "Vernon  Adkins": a run of spaces (where a link was cut out) still joins the words
        spaces = bool(gap) and gap.strip(" ") == ""
        return spaces or (gap == ". " and len(self.toks[i].text) == 1)

    def _after_given_name(self, i: int) -> bool:
        """ "Tanya Campbell", "Kerry-Ann": the word right after a given name, or glued to it by
        a hyphen, is the rest of that person's name."""
        if i == 0 or self.gap(i - 1) not in (" ", "-"):
            return False
        return self.toks[i - 1].text in self.lex.first_names

    def _first_name_of(self, k: int) -> bool:
        """Whether token k, a given name, opens the two-word name after it as a person's: any
        given name does ("Howard Brown"), but one that is also a big place's only where the next
        word is a surname ("Virginia Madsen", not "the Virginia Department")."""
        word = self.toks[k].text
        if word not in self.lex.first_names:
            return False
        return self._given_name_of_person(k) or not _major(gazetteer_candidates(word, fuzzy=False))

    def _given_name_of_person(self, i: int) -> bool:
        """ "Georgia Stevens", "Chad LaBumbard", "Virginia Madsen": a given name that is also a
        country's, a state's or a city's, right before a capitalised word that ends the name and
        is no place, no function word and no word for a kind of place or body ("Virginia Beach",
        "Georgia Bureau", "Victoria Street"), opens a person's name, however big the place."""
        toks = self.toks
        nxt = i + 1
        if toks[i].text not in self.lex.first_names or nxt >= len(toks):
            return False
        if self.gap(i) != " " or not toks[nxt].capital or toks[nxt].text.isupper():
            return False
        if nxt + 1 < len(toks) and self._joined(nxt) and toks[nxt + 1].capital:
            return False  # "Georgia Modular Systems", "Jordan Junior Olympic": a longer name
        word = toks[nxt].text
        dotted = word + "." if self.text[toks[nxt].end : toks[nxt].end + 1] == "." else word
        if self._stopword(word) or {word, dotted} & _kind_words():
            return False
        if self._civic_body_after(i) or self._press_title(i):
            return False
        pair = self.text[toks[i].start : toks[nxt].end]
        return not (gazetteer_candidates(pair, fuzzy=False) or registry_candidates(pair))

    def _unit_after_town(self, i: int, span: str) -> bool:
        """ "Augusta, Georgia": a state's or a country's name behind a comma after another
        name is the unit that place lies in, whoever else in the text bears the name."""
        if i == 0 or self.gap(i - 1) != ", " or not self.toks[i - 1].capital:
            return False
        return apposed_unit(self.text, self.toks[i - 1].end)[0].rstrip(".") == span

    def _after_place_word(self, i: int) -> bool:
        """ "in Cairo", "au Caire", "إلى القاهرة": a preposition of place right before token i."""
        word = self._word_before(self.toks[i].start)
        return self._after_locative_word(i) or word in self.lex.locatives

    def _after_locative_word(self, i: int) -> bool:
        """ "troops in Chad", "flights to Georgia": a preposition of place right before the word
        makes it the place again, whoever else in the text bears its name."""
        m = re.search(r"(\w+)\s+$", self.text[max(0, self.toks[i].start - 20) : self.toks[i].start])
        return bool(m) and m.group(1).casefold() in _place_prepositions()

    def _owners_business_after(self, j: int) -> bool:
        """Whether a possessive and a capitalised name that is no street, feature or building
        follow token j ("Dunn's Automotive", "Moody's Analytics"): the name of the business's
        owner; a town's own street or park ("Augusta's Highland Avenue") is not one."""
        m = _POSSESSIVE_NAME.match(self.text, self.toks[j].end)
        if m is None:
            return False
        words = m.group(1).split()
        # "Highland Avenue.": the sentence's full stop is no part of the kind word
        return not {*words, *(w.rstrip(".") for w in words)} & _kind_words()

    def _people_noun_after(self, j: int) -> bool:
        """Whether a word for a people follows token j ("the Adena people"), or follows the
        next name after "and" ("Caddo and Atakapa Indians"): the name is the people's."""
        rest = self.text[self.toks[j].end : self.toks[j].end + 40]
        m = re.match(r"(?: and [A-Z][\w-]*)? (\w+)", rest)
        return bool(m) and m.group(1) in _words_of("people_nouns_after")

    def _press_title(self, j: int) -> bool:
        """ "the Los Angeles Times reported", "China Daily": the place's name begins the name
        of a newspaper the article cites, which is no place the article speaks of."""
        nxt = j + 1
        if nxt >= len(self.toks) or self.gap(j) != " ":
            return False
        return self.toks[nxt].text in self.lex.press_titles

    def _not_in_name(self, k: int) -> bool:
        """A capitalised word that opens a run of them without being part of the name: "The",
        "In", a sentence's first word; but not a first name ("Roy Jones") nor the word after a
        title's dot ("Rep. Jay Roberts")."""
        word = self.toks[k].text
        if self._stopword(word) and word not in self.lex.person_names:
            return True
        # "Maya Harden died ...": a given name opening a sentence still opens the name
        given = word in self.lex.first_names
        return self.sentence_initial(k) and not given and not self._titled(self.toks[k].start)

    def in_hyphenated_name(self, start: int, end: int) -> bool:
        """ "Melbourne-Blake", "Phillips-Spencer", "Mercedes-Benz": a name glued by a hyphen to
        a capitalised word that is no place is part of a person's or a brand's double name;
        "Russia-Ukraine" and "Austro-Hungarian" join places, and stay."""
        before = re.search(r"([A-Z]\w*)-$", self.text[max(0, start - 30) : start])
        after = re.match(r"-([A-Z]\w*)", self.text[end : end + 30])
        for m in (before, after):
            if m is None:
                continue
            word = m.group(1)
            cands = gazetteer_candidates(word, fuzzy=False)
            # "Kerry-Ann"; but "Russia-Georgia", though Georgia is a given name too
            given = word in self.lex.first_names and not _major(cands)
            if given or not (
                cands
                or word in _compound_prefixes()
                or word.casefold() in self.lex.demonyms
                or word.isupper()
            ):
                return True
        return False

    def currency(self, start: int, end: int) -> bool:
        """ "US$40", "$US4.5 billion": a country's name glued to its currency's sign."""
        return self.text[end : end + 1] == "$" or self.text[max(0, start - 1) : start] == "$"

    def _word_before(self, start: int) -> str:
        """The word right before `start`, across spaces and quotes ("bateau « Kayes")."""
        m = re.search(r"([^\W\d_]+'?)[\s«»\"“”]*$", self.flat[max(0, start - 30) : start])
        return m.group(1).casefold() if m else ""

    def vessels(self, found: list[Found]) -> set[str]:
        """Keys of the names the text gives to vessels: those right after a vessel noun."""
        return {key(f.text) for f in found if self._word_before(f.start) in self.lex.vessel_nouns}

    def names_vessel(self, f: Found, vessels: set[str]) -> bool:
        """ "le bateau « Kayes »", then "le Kayes": the boat, not the town; the town named
        bare ("l'hôpital de Kayes") stays a place."""
        before = self._word_before(f.start)
        return before in self.lex.vessel_nouns or (
            key(f.text) in vessels and before in self.lex.name_articles
        )

    def area_mentions(self) -> list[Found]:
        """Seas and macro-areas ("la Méditerranée", "Middle East"): places, but none to put an
        event at. Found first, so that no town takes their words; resolved to no point."""
        out = []
        for m in self.lex.pointless.finditer(self.flat):
            out.append(Found(m.start(), m.end(), self.text[m.start() : m.end()], [], "area", set()))
        return self._claim(out + self._rivers())

    def _rivers(self) -> list[Found]:
        """ "le fleuve Congo", "نهر النيل": the river's name after its noun, as an area."""
        starts = {t.start: n for n, t in enumerate(self.toks)}
        out = []
        for m in self.lex.river_nouns.finditer(self.flat):
            pos = m.end()
            while pos < len(self.text) and self.text[pos] == " ":
                pos += 1
            i = starts.get(pos)
            if i is None or not (self.toks[i].capital or self.toks[i].caseless):
                continue
            j = i
            while (
                j + 1 < len(self.toks)
                and j - i < MAX_NAME_TOKENS - 1
                and _NAME_GAP.match(self.gap(j))
                and self.toks[j + 1].capital
            ):
                j += 1
            s, e = self.toks[i].start, self.toks[j].end
            out.append(Found(s, e, self.text[s:e], [], "area", {"river"}))
        return out

    def abbreviation_mentions(self) -> list[Found]:
        """Dotted abbreviations that name a country or a region as written: "U.S.", "W.Va."."""
        out = []
        for m in _ABBREVIATION.finditer(self.text):
            span = m.group().rstrip()
            abbreviated = abbreviated_region(span)
            if abbreviated and self._free(m.start(), m.start() + len(span)):
                # "Grantville, Pa.": Pennsylvania, not a town called Pa
                cues = self.cues_after(m.start() + len(span))
                out.append(
                    Found(m.start(), m.start() + len(span), span, abbreviated, "matcher", cues)
                )
                continue
            if span.count(".") == 1 and gazetteer_candidates(span[:-1], fuzzy=False):
                continue  # a name at the end of a sentence ("Texas."): the matcher's
            if span.count(".") == 1 and re.match(r" ?[A-Z]", self.text[m.start() + len(span) :]):
                continue  # the first word of a longer name: "St. Petersburg", "Mt. Pleasant"
            cands = [
                c
                for c in gazetteer_candidates(span, fuzzy=False)
                if c.kind in ("country", "region")
            ]
            if cands and self._free(m.start(), m.start() + len(span)):
                cues = self.cues_after(m.start() + len(span))
                out.append(Found(m.start(), m.start() + len(span), span, cands, "matcher", cues))
        return self._claim(out)

    def feature_mentions(self) -> list[Found]:
        """Streets and natural features named by capitalised words and a kind word ("Wichita
        Street", "Kanawha Valley", "Main Street"): the whole name is the toponym. A feature
        lies near the place it is named after, if the gazetteer knows one; a street only
        where the text puts it (no town of its name: "Washington Avenue" is not in
        Washington)."""
        out: list[Found] = []
        toks = self.toks
        kinds = self.lex.street_words | self.lex.feature_words | self.lex.unit_name_words
        for k, tok in enumerate(toks):
            dot = self.text[tok.end : tok.end + 1] == "."
            word = tok.text + "." if dot and f"{tok.text}." in kinds else tok.text
            if k == 0 or word not in kinds or self.gap(k - 1) != " ":
                continue
            if word.endswith(".") and self._saint(k):
                continue  # "St. Louis": the saint's abbreviation, no street
            i = k - 1
            while i > 0 and k - i < MAX_NAME_TOKENS - 1 and self._joined(i - 1):
                if not (toks[i - 1].capital and self._street_name_word(toks[i - 1].text)):
                    break
                i -= 1
            while i < k and (
                not self._street_name_word(toks[i].text)
                or (self.sentence_initial(i) and not self._street_begun_before(i))
            ):
                i += 1  # "The", "On", a sentence's first word: not part of the name
            if i == k or not all(toks[x].capital for x in range(i, k)):
                continue
            if word in self.lex.street_words:
                i = self._street_direction(i)  # "West Tyler Street", "N. High St."
            start, end = toks[i].start, tok.end + (1 if word.endswith(".") else 0)
            if not self._free(start, end):
                continue
            name = self.text[start : toks[k - 1].end]
            whole = self.text[start:end]
            first = k - 1
            while first > 0 and k - first < MAX_NAME_TOKENS and self._joined(first - 1):
                first -= 1
            if any(
                _own_place(gazetteer_candidates(self.text[toks[x].start : end], fuzzy=False))
                for x in range(first, k)
            ):
                continue  # a place of its own ("Virginia Beach", "Prince Edward Island")
            if word in self.lex.unit_name_words:
                # "Nyanza Province", "Readington Township": the unit of that name, or, where the
                # gazetteer has none, a place the text's region or town will locate
                cands = unit_candidates(whole)
                out.append(
                    Found(
                        start,
                        end,
                        whole,
                        cands,
                        "feature" if cands else "fallback",
                        {"region"} if cands else {"near"},
                    )
                )
            elif word in self.lex.feature_words:
                cands = [c for c in gazetteer_candidates(name, fuzzy=False) if c.match >= 1.0]
                # the place it is named after must agree with the article (see stage.py)
                out.append(Found(start, end, whole, cands, "feature", {"near", "named_after"}))
            else:
                out.append(Found(start, end, whole, [], "fallback", {"near"}))
        return self._claim(out)

    def feature_before_mentions(self) -> list[Found]:
        """Natural features named by a kind word and then capitalised words ("Lake Lanier",
        "Mount Hood"): the whole name is the toponym, one no gazetteer of towns holds, which
        the text's town or region then places. A town of such a name ("Mount Vernon") is the
        matcher's."""
        out: list[Found] = []
        toks = self.toks
        kinds = _words_of("feature_words_before")
        for k, tok in enumerate(toks[:-1]):
            dot = self.text[tok.end : tok.end + 1] == "."
            word = tok.text + "." if dot else tok.text
            if word not in kinds or self.gap(k) not in (" ", ". "):
                continue
            if (self.gap(k) == ". ") != word.endswith("."):
                continue
            before = toks[k - 1] if k > 0 and self.gap(k - 1) == " " else None
            if before and before.capital and not self._stopword(before.text):
                # "Laurel Lake Cleanup": the kind word ends a name, it opens none; not so
                # after "The" opening a sentence ("The River Tees burst its banks")
                continue
            j = k
            while (
                j + 1 < len(toks)
                and j - k < MAX_FEATURE_NAME_WORDS
                and (j == k or self.gap(j) == " ")
                and toks[j + 1].capital
                and not self._stopword(toks[j + 1].text)
                and toks[j + 1].text not in _kind_words()
            ):
                j += 1
            if j == k:
                continue
            start, end = tok.start, toks[j].end
            whole = self.text[start:end]
            towns = any(
                gazetteer_candidates(self.text[start : toks[x].end], fuzzy=False)
                for x in range(k + 1, j + 1)
            )
            if not self._free(start, end) or towns:
                continue  # "Mount Pleasant High School": the town's, for the matcher
            out.append(Found(start, end, whole, [], "fallback", {"near"}))
        return self._claim(out)

    def _street_name_word(self, word: str) -> bool:
        """Whether a capitalised word may be part of a street's or a feature's name: any but a
        function word ("The", "On"); "Third Street", "Bridge Street", "King Edward Street"."""
        return not self._stopword(word) or word in self.lex.street_name_words

    def _street_begun_before(self, i: int) -> bool:
        """ "1200 Main Street", "N. High St.": a house number or an abbreviated direction before
        the name, which is then no sentence's first word."""
        if self._street_direction(i) != i:
            return True
        return bool(
            re.search(
                r"\d[\d -]*$", self.text[max(0, self.toks[i].start - 12) : self.toks[i].start]
            )
        )

    def _saint(self, k: int) -> bool:
        """Whether an abbreviated street word opens a name instead ("St. Louis", "St. John's")."""
        return (
            k + 1 < len(self.toks)
            and bool(
                re.match(r"\. ?[A-Z]", self.text[self.toks[k].end : self.toks[k + 1].start + 1])
            )
            and not self._stopword(self.toks[k + 1].text)
        )

    def _street_direction(self, i: int) -> int:
        """The first token of a street's name with the direction written before it: "West" in
        "West Tyler Street", "N" in "N. High St."; `i` when there is none."""
        if i == 0:
            return i
        before, gap = self.toks[i - 1], self.gap(i - 1)
        if before.text in self.lex.directions and gap == " ":
            return i - 1
        if before.text in self.lex.direction_letters and gap == ". ":
            return i - 1
        return i

    # -- crossings and roads ---------------------------------------------------------------
    def _segment(self, i: int, j: int, cue: bool) -> list[tuple[int, int, list[Candidate]]]:
        """Split tokens i..j into the longest resolvable names, left to right."""
        parts: list[tuple[int, int, list[Candidate]]] = []
        k = i
        while k <= j:
            for fuzzy in (False, True):
                hit = None
                for m in range(min(j, k + MAX_NAME_TOKENS - 1), k - 1, -1):
                    if m > k and self.toks[m].text.casefold() in self.lex.road_links:
                        continue  # "Homs à" is Homs by its skeleton, and "à" links the next end
                    span = self.text[self.toks[k].start : self.toks[m].end]
                    cands = registry_candidates(span, cue=cue) + gazetteer_candidates(span, fuzzy)
                    if cands:
                        hit = (k, m, cands)
                        break
                if hit:
                    break
            if not hit:
                break  # the name run ends where nothing resolves
            parts.append(hit)
            k = hit[1] + 1
            if k <= j and self.gap(k - 1).strip() not in _DASHES and self.gap(k - 1) != "/":
                break  # only dash-joined compounds continue: "Abou Kamal-Qaëm"
        return parts

    def _access_for(self, cls: str, parts: list) -> Access | None:
        for _s, _e, cands in parts:
            for c in cands:
                if c.kind == cls:
                    return registry().get(c.gazetteer_id)
        # a side town counts only where the text spells it: a loose spelling match ("أرقين"
        # read as Jericho) would hand an unknown crossing's name to a crossing far away
        ids = [
            {c.gazetteer_id for c in cands if c.match >= MATCH_SKELETON} for _s, _e, cands in parts
        ]
        for acc in registry().items:
            if acc.kind != cls:
                continue
            anchors = [anchor_place(a) for a in acc.anchors]
            anchor_ids = [a.gazetteer_id for a in anchors if a and a.gazetteer_id]
            hits = {a for part in ids for a in anchor_ids if a in part}
            if cls == "crossing" and hits:
                return acc
            if cls == "road" and len(hits) >= 2:
                return acc
        return None

    def _run_from(self, i: int) -> int:
        j = i
        while (
            j + 1 < len(self.toks)
            and j + 1 - i < MAX_RUN_TOKENS
            and _NAME_GAP.match(self.gap(j))
            and self._nameish(j + 1, False, False)
        ):
            j += 1
        while j > i and not (self.toks[j].capital or self.toks[j].caseless):
            j -= 1
        return j

    def _run_to(self, j: int) -> int:
        """The first token of the name that ends at token j, read backwards (at most
        MAX_NAME_TOKENS words)."""
        i = j
        while i > 0 and j - i < MAX_NAME_TOKENS - 1 and _NAME_GAP.match(self.gap(i - 1)):
            if not self._nameish(i - 1, True, False):
                break
            i -= 1
        return i

    def _token_before(self, pos: int, ends: dict[int, int]) -> int | None:
        """The token that ends right before a cue at `pos`, past the spaces between."""
        while pos > 0 and self.text[pos - 1] == " ":
            pos -= 1
        return ends.get(pos)

    def access_mentions(self) -> list[Found]:
        out: list[Found] = []
        starts = {t.start: n for n, t in enumerate(self.toks)}
        ends = {t.end: n for n, t in enumerate(self.toks)}
        for end, (cls, _s) in sorted(self.cue_end.items()):
            if cls in ("region", "near", "name_prefix"):
                out.extend(self._area_of_crossing(end, starts))
                continue
            if cls not in ("crossing", "road"):
                continue
            pos, skipped, between = end, 0, False
            while True:
                while pos < len(self.text) and self.text[pos].isspace():
                    pos += 1
                m = re.match(r"\w+'?", self.flat[pos:])
                if not m:
                    break
                word = m.group()
                between = between or word.casefold() in self.lex.between_words
                if word.casefold() in self.lex.joiners and not self._opens_a_name(pos, starts):
                    pos += len(word)
                    continue
                if word.islower() and skipped < 2 and pos not in self.cue_end:
                    skipped += 1
                    pos += len(word)
                    continue
                break
            i = starts.get(pos)
            if i is None or not self._nameish(i, True, False):
                continue
            parts = self._segment(i, self._run_from(i), cue=True)
            if cls == "road" and len(parts) == 1:
                parts += self._other_end(parts[0][1])
            acc = self._access_for(cls, parts) if parts else None
            if acc:
                out.append(self._access_found(acc, parts, cls))
            elif cls == "road" and between and len(parts) > 1:
                out.extend(self._stretch_ends(parts))
            elif cls == "road":
                out.extend(self._road_by_ends(parts))
        for start, (cls, _e) in sorted(self.cue_start.items()):
            if cls not in ("crossing", "road"):
                continue
            j = self._token_before(start, ends)
            if j is None or not (self.toks[j].capital or self.toks[j].caseless):
                continue
            i = self._run_to(j)
            while i < j and not self._nameish(i, True, False):
                i += 1
            by_ends: list[Found] = []
            for k in range(i, j + 1):  # the shortest run still holding the name: "the Rafah"
                parts = self._segment(k, j, cue=True)
                if parts and parts[-1][1] == j:
                    acc = self._access_for(cls, parts)
                    if acc:
                        out.append(self._access_found(acc, parts, cls))
                        break
                    if cls == "road" and not by_ends:
                        by_ends = self._road_by_ends(parts)
            else:  # no registry road: the longest run naming two ends ("the Homs-Hama highway")
                out.extend(by_ends)
        out += self._bridges(starts, ends) + self._roads_by_number()
        out = self._claim(out)  # a name read after its cue word wins over a standalone name
        # names that denote a crossing or road on their own: "Kerem Shalom", "رأس جدير"
        keys = _standalone_keys()
        again = self._crossings_named(out)
        alone: list[Found] = []
        for i in range(len(self.toks)):
            if not self._nameish(i, True, False):
                continue  # "at Ras Jdir": the preposition is no part of the name
            for j in range(min(len(self.toks) - 1, i + MAX_NAME_TOKENS - 1), i - 1, -1):
                if j > i and not all(_NAME_GAP.match(self.gap(x)) for x in range(i, j)):
                    continue
                span = self.text[self.toks[i].start : self.toks[j].end]
                acc = keys.get(skeleton(span)) or self._named_again(again, span, i)
                if acc:
                    alone.append(
                        Found(
                            self.toks[i].start,
                            self.toks[j].end,
                            span,
                            [access_candidate(acc)],
                            "access",
                            {acc.kind},
                        )
                    )
                    break
        return out + self._claim(alone)

    def _bridges(self, starts: dict[int, int], ends: dict[int, int]) -> list[Found]:
        """ "le pont Allenby", "جسر الملك حسين", "the Karameh bridge": a name beside a bridge
        word is a registry crossing only where that crossing is a bridge named so; any other
        bridge ("le pont Mirabeau") is no crossing."""
        out: list[Found] = []
        for m in self.lex.bridge_cues.finditer(self.flat):
            pos = m.end()
            while True:  # "le pont de la Ruzizi": past the joiners after the cue
                while pos < len(self.text) and self.text[pos].isspace():
                    pos += 1
                w = re.match(r"\w+'?", self.flat[pos:])
                if not (w and w.group().casefold() in self.lex.joiners):
                    break
                pos += len(w.group())
            i = starts.get(pos)
            if i is None or not self._nameish(i, True, False):
                continue
            for j in range(self._run_from(i), i - 1, -1):
                name = self.text[self.toks[i].start : self.toks[j].end]
                whole = self.text[m.start() : self.toks[j].end]
                acc = self._bridge_named(whole, name, m.group())
                if acc:
                    out.append(self._access_found(acc, [(i, j, [])], "crossing"))
                    break
        for m in self.lex.bridge_cues_after.finditer(self.flat):
            j = self._token_before(m.start(), ends)
            if j is None or not self._nameish(j, False, True):
                continue
            i = self._run_to(j)
            for k in range(i, j + 1):  # the longest run naming it: "the Simon Bolivar bridge"
                name = self.text[self.toks[k].start : self.toks[j].end]
                whole = f"{name} {m.group()}"
                acc = self._bridge_named(whole, name, m.group())
                if acc is None:
                    continue
                if skeleton(whole) in acc.keys:
                    break  # "the Ngueli bridge": a name of its own, read whole as such below
                out.append(self._access_found(acc, [(k, j, [])], "crossing"))
                break
        return out

    def _bridge_named(self, whole: str, name: str, cue: str) -> Access | None:
        """The registry crossing that `whole` (the name with its bridge word) names, or that
        `name` names after a cue where that crossing is a bridge."""
        acc = _standalone_keys().get(skeleton(whole))
        if acc is not None and acc.kind == "crossing":
            return acc
        sk = skeleton(name)
        for acc in registry().items:
            if acc.kind == "crossing" and sk in acc.cue_keys | acc.keys and _is_bridge(acc, cue):
                return acc
        return None

    def _roads_by_number(self) -> list[Found]:
        """ "the M5 highway", "l'autoroute M4", "طريق M4": a road's number is a registry road
        only beside a road word; "the M4" alone may be any country's road. Written as the
        registry writes it, it is that road; with another road word ("the M4 motorway") only
        in a story about the road's country (see the places stage)."""
        out: list[Found] = []
        for m in _ROAD_NUMBER.finditer(self.text):
            roads = _numbered_roads().get(_road_number_key(m.group()), [])
            if len(roads) != 1:
                continue  # a number two registry roads share says neither
            forms = self._road_word_forms(m.start(), m.end())
            if not forms:
                continue
            # the registry's own forms, and a number it lets stand alone ("M20")
            forms.append(m.group())
            named = any(_standalone_keys().get(skeleton(f)) is roads[0] for f in forms)
            cues = {"road"} if named else {"road", ROAD_NUMBER}
            out.append(Found(*m.span(), m.group(), [access_candidate(roads[0])], "access", cues))
        return out

    def _road_word_forms(self, start: int, end: int) -> list[str]:
        """The number with the road word beside it, as one name: "autoroute M5", "M5 highway";
        none where no road word stands beside it."""
        number = self.text[start:end]
        before = start
        while before > 0 and self.text[before - 1] == " ":
            before -= 1
        after = end
        while after < len(self.text) and self.text[after] == " ":
            after += 1
        forms = []
        cls, cue_start = self.cue_end.get(before) or ("", 0)
        if cls == "road":  # "la route M5" is the registry's "route M5"
            words = self.text[cue_start:before].split()
            forms += [" ".join([*words[k:], number]) for k in range(len(words))]
        cls, cue_end = self.cue_start.get(after) or ("", 0)
        if cls == "road":
            forms.append(f"{number} {self.text[after:cue_end]}")
        return forms

    def _area_of_crossing(self, end: int, starts: dict[int, int]) -> list[Found]:
        """'The area of X' where X is a crossing's name after a cue only, and no place of the
        gazetteer: the surroundings of the crossing ("منطقة المصنع")."""
        pos = end
        while pos < len(self.text) and self.text[pos].isspace():
            pos += 1
        i = starts.get(pos)
        if i is None or not self._nameish(i, True, False):
            return []
        for j in range(min(len(self.toks) - 1, i + MAX_NAME_TOKENS - 1), i - 1, -1):
            if j > i and not all(_NAME_GAP.match(self.gap(x)) for x in range(i, j)):
                continue
            span = self.text[self.toks[i].start : self.toks[j].end]
            cands = [c for c in registry_candidates(span, cue=True) if c.kind == "crossing"]
            if cands and not gazetteer_candidates(span, fuzzy=False):
                s, e = self.toks[i].start, self.toks[j].end
                return [Found(s, e, span, cands[:1], "access", {"crossing", "near"})]
        return []

    def _opens_a_name(self, pos: int, starts: dict[int, int]) -> bool:
        """ "between La Paz and Oruro": a capitalised article that is the first word of a name
        the gazetteer holds is no joiner to skip."""
        i = starts.get(pos)
        if i is None or not self.toks[i].capital or i + 1 >= len(self.toks):
            return False
        parts = self._segment(i, self._run_from(i), cue=True)
        return bool(parts) and parts[0][0] == i and parts[0][1] > i

    def _other_end(self, end: int) -> list[tuple[int, int, list[Candidate]]]:
        """The second end of a road whose cue's name run held one place: after a linking word
        ("la route reliant Palmyre à Deir ez-Zor"), or right after it where the script writes
        the ends side by side ("طريق حمص حماة")."""
        k = end + 1
        if k >= len(self.toks) or not self.gap(end).isspace():
            return []
        if self.toks[k].text.casefold() in self.lex.road_links:
            k += 1
            if k >= len(self.toks) or not self.gap(k - 1).isspace():
                return []
        elif not (self.toks[k].caseless and self.toks[end].caseless):
            return []
        if not self._nameish(k, True, False):
            return []
        parts = self._segment(k, self._run_from(k), cue=True)[:1]
        # a sure reading only: the word after a road's end is not a place by a spelling guess
        if parts and any(c.match >= MATCH_SKELETON for c in parts[0][2]):
            return parts
        return []

    def _stretch_ends(self, parts: list) -> list[Found]:
        """ "la route entre Mopti et Djenné", "الطريق بين حمص وحماة": a stretch of a road the
        registry lacks, told by its two ends: each a place of its own, not a road made up
        between them; sure readings only."""
        out = []
        for a, b, cands in (parts[0], parts[-1]):
            s, e = self.toks[a].start, self.toks[b].end
            s += clitic_length(self.text[s:e])  # "وحماة": "حماة", without its "و"
            sure = [c for c in cands if c.match >= MATCH_SKELETON]
            if sure and not self._stopword(self.text[s:e]):
                out.append(Found(s, e, self.text[s:e], sure, "matcher", {"road"}))
        return out

    def _road_by_ends(self, parts: list) -> list[Found]:
        """A road no registry entry holds, named by its two ends (see `road_between`)."""
        if len(parts) < 2 or any(
            len(self.text[self.toks[a].start : self.toks[b].end]) < MIN_ROAD_END_CHARS
            for a, b, _c in (parts[0], parts[-1])
        ):
            return []  # "Al" of "Al-Hawban" is no end of a road
        for a, b, cands in (parts[0], parts[-1]):
            end = self.text[self.toks[a].start : self.toks[b].end]
            if self._stopword(end) or not any(c.match >= MATCH_SKELETON for c in cands):
                return []  # each end is a place in its own right: not "بين", not a guess
        road = road_between(parts[0][2], parts[-1][2])
        if road is None:
            return []
        s, e = self.toks[parts[0][0]].start, self.toks[parts[-1][1]].end
        return [Found(s, e, self.text[s:e], [road], "access", {"road"})]

    def _crossings_named(self, found: list[Found]) -> dict[str, Access]:
        """The crossings the text names with their cue word ("le poste frontière de Tiné"), by
        the keys of the names they are cued by."""
        out: dict[str, Access] = {}
        for f in found:
            if f.cands and f.cands[0].kind == "crossing":
                acc = registry().get(f.cands[0].gazetteer_id)
                out.update({k: acc for k in acc.cue_keys} if acc else {})
        return out

    def _named_again(self, again: dict[str, Access], span: str, i: int) -> Access | None:
        """ "Tiné demeure ouvert": the crossing the text has named with its cue word, named
        again by its bare name; not where the text says it means the town ("la ville de")."""
        acc = again.get(skeleton(span))
        if acc is None or self.cues_before(self.toks[i].start) & {"name_prefix", "near", "region"}:
            return None
        return acc

    def _access_found(self, acc: Access, parts: list, cls: str) -> Found:
        s, e = self.toks[parts[0][0]].start, self.toks[parts[-1][1]].end
        return Found(s, e, self.text[s:e], [access_candidate(acc)], "access", {cls})

    def _claim(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
            if self._free(f.start, f.end):
                self.taken.append((f.start, f.end))
                kept.append(f)
        return kept

    # -- named entities and the gazetteer matcher ------------------------------------------
    def entity_mentions(self) -> tuple[list[Found], list[Entity]]:
        """Resolvable LOC/GPE entities, and the entities no reading was found for."""
        out, unresolved = [], []
        for ent in self.entities:
            told = ent.label not in PLACE_LABELS and self._told_a_place(ent)
            if not (ent.label in PLACE_LABELS or told) or not self._free(ent.start, ent.end):
                continue
            first = tokenize(ent.text)[:1]
            if self._stopword(ent.text) or not first:
                continue
            inner = self._name_after_inner_cue(ent)
            if inner is not None:
                out.append(inner)
                continue
            if first[0].text.islower() and first[0].text.casefold() not in self.articles:
                continue  # "libyen": an adjective, not a name ("al-Tanf" is kept)
            if " " not in ent.text and ent.text.lower() in self.lower_words:
                continue  # "Sur", "Situé": a common word the model took for a place
            cands = registry_candidates(ent.text) + gazetteer_candidates(ent.text)
            if (
                cands
                and not told
                and ent.text in self.surnames
                and max(c.match for c in cands) < 1.0
            ):
                continue  # "Adraee" after "Avichay Adraee": the person again, not a spelling
            if cands:
                cut = 0 if cands[0].kind in ("crossing", "road") else clitic_length(ent.text)
                start = ent.start + cut
                cues = self.cues_before(start) | self.cues_after(ent.end)
                located = self._after_locative(ent)
                found = Found(start, ent.end, ent.text[cut:], cands, "entity", cues, located)
                found.at_town = self._after_town_preposition(start)
                out.append(found)
            else:
                unresolved.append(ent)
        return self._claim(out), unresolved

    def _blocked(self, start: int, end: int, cands: list[Candidate]) -> bool:
        for ent in self.entities:
            if ent.start <= start and end <= ent.end:
                if not ent.text[:1].isupper() and not _caseless(ent.text[:1]):
                    continue  # "blocus de Djibo": a common noun's phrase, no proper name
                if ent.label in BLOCKING_LABELS and ent.text not in self.place_entities:
                    return not self._town_taken_for_person(ent, start, end, cands)
                if ent.label in TOWN_BLOCKING_LABELS and all(
                    c.kind in ("town", "region") for c in cands
                ):
                    return True
        return False

    def _town_taken_for_person(
        self, ent: Entity, start: int, end: int, cands: list[Candidate]
    ) -> bool:
        """ "des renforts venus de Beledweyne", "A Dori, dans la région du Sahel": the entity
        model often takes a town it has never seen for a person. A person's entity that is
        exactly a gazetteer name, with no given name, title or speech verb around it and no
        longer name of the text ending with it, is kept as a weak place: the stage believes
        it only where it lies in the country the article is about."""
        if (ent.start, ent.end) != (start, end) or len(tokenize(ent.text)) > 2:
            return False
        if not any(c.match >= MATCH_ALTERNATE and c.kind in ("town", "region") for c in cands):
            return False
        words = {t.text for t in tokenize(ent.text)}
        if words & (self.surnames | self.given_names | self.lex.first_names):
            return False
        return not (self._titled(start) or self._spoken(start, end))

    def matcher_mentions(self) -> list[Found]:
        out: list[Found] = []
        n = len(self.toks)
        i = 0
        while i < n:
            found = None
            stop = self._stop_phrase_end(i) if self.toks[i].caseless else None
            if stop is not None:
                i = stop + 1
                continue
            if self._nameish(i, True, False):
                for j in range(min(n - 1, i + MAX_NAME_TOKENS - 1), i - 1, -1):
                    f = self._try_span(i, j)
                    if f:
                        found = (j, f)
                        break
            if found:
                out.append(self._with_direction(found[1], i))
                i = found[0] + 1
            else:
                i += 1
        return self._claim(out)

    def _with_direction(self, f: Found, i: int) -> Found:
        """ "North Dallas", "East Oxford": a capitalised direction word before a town's name
        is part of the name, which is then a part of the town. Not for a region or a country
        ("Western Pennsylvania", "Southern Sudan"): the region is named, the direction says
        where in it."""
        before = self.toks[i - 1] if i > 0 else None
        if before is None or not before.capital or self.gap(i - 1) != " ":
            return f
        if before.text not in self.lex.directions:
            return f
        if any(c.kind == "country" or (c.kind == "region" and not c.admin2) for c in f.cands):
            return f
        start = self.toks[i - 1].start
        if not self._free(start, f.start):
            return f
        return Found(start, f.end, self.text[start : f.end], f.cands, f.source, f.cues | {"near"})

    def _try_span(self, i: int, j: int) -> Found | None:
        toks = self.toks
        if not all(self._nameish(x, x == i, x == j) for x in range(i, j + 1)):
            return None
        if not (toks[j].capital or toks[j].caseless):
            return None
        if j > i and not all(self._joined(x) for x in range(i, j)):
            return None
        if any(toks[x].caseless != toks[i].caseless for x in range(i, j + 1)):
            return None  # one script per name
        if (
            j > i
            and toks[i].capital
            and toks[i].text.casefold() in self.articles
            and self.gap(i) == " "
            and self.sentence_initial(i)
        ):
            return None  # "An Albany man", "As Zimbabwe's rainy season": a sentence's word
        if j > i and toks[i].caseless and any(self._stopword(toks[x].text) for x in (i, j)):
            # without capitals, a name neither starts nor ends with a function word ("قبل أن")
            return None
        start, end = toks[i].start, toks[j].end
        if not self._free(start, end):
            return None
        span = self.text[start:end]
        if self._stopword(span) or (i == j and toks[i].text.casefold() in self.articles):
            return None
        if toks[i].caseless and self._cue_itself(span[clitic_length(span) :]):
            return None  # "مدينة", "وشمالي": the cue itself ("the town of", "north of")
        if toks[i].text.casefold() in self.lex.name_articles and all(
            self._stopword(toks[x].text) for x in range(i + 1, j + 1)
        ):
            return None  # "The City Council", "The City of Paris": no town called "The City"
        if i == j and self._name_abbreviation(span) and self.text[end : end + 1] == ".":
            return None  # "St. Patrick's Day": the first word of a longer name, abbreviated
        if j > i and _civic_body().match(self.text, toks[j].start):
            return None  # "Dublin City Council": the town, then its council, not "Dublin City"
        cands = gazetteer_candidates(span, fuzzy=False)
        if span.isupper() and self._dateline(i, j, span):
            # "GAO (AFP) -": written in capitals, the town's name may read as a code
            cands += [c for c in gazetteer_candidates(span.title(), fuzzy=False) if c not in cands]
        if not cands or self._two_countries(i, j, cands):
            return None
        # the span is the name, not the conjunction glued to it
        cut = self._article_kept(span, clitic_length(span))
        start, span = start + cut, span[cut:]
        if cut and self._stopword(span):
            return None  # "والسلطات": "and the authorities"
        cues = self.cues_before(start) | self.cues_after(end)
        big = (toks[i].caseless and _big_town(cands)) or _big_capital(cands)
        if big and not cues and self._after_place_word(i):
            cues.add(AFTER_PREPOSITION)
        # "MOGADISCIO (AFP) -": a dateline is a town whatever label the model gave it
        dateline = self._dateline(i, j, span)
        if (not dateline and self._blocked(start, end, cands)) or not self._plausible(
            i, j, span, cands, cues
        ):
            return None
        if not dateline and self._person_tagged(start, end):
            cues.add(PERSON_TAGGED)
        inside = not dateline and self._inside_unknown_place(start, end)
        return Found(start, end, span, cands, "matcher", cues, inside_name=inside)

    def _article_kept(self, span: str, cut: int) -> int:
        """ "والدار البيضاء" is "و" + "الدار البيضاء": of a glued clitic that ends in the
        article, only the conjunction goes where the name with its article is known too."""
        for article in self.articles:
            shorter = cut - len(article)
            known = shorter > 0 and span[:cut].endswith(article)
            if known and gazetteer_candidates(span[shorter:], fuzzy=False):
                return shorter
        return cut

    def _inside_unknown_place(self, start: int, end: int) -> bool:
        """Whether the span ends a longer name the entity model marks as a place that no
        gazetteer name reads ("le site de Plaine Savo": "Plaine" is a word of the name)."""
        return any(
            e.label in PLACE_LABELS
            and e.start < start
            and end <= e.end
            and self.text[e.start : start].strip()[:1].isupper()
            and not gazetteer_candidates(e.text, fuzzy=False)
            for e in self.entities
        )

    def _person_tagged(self, start: int, end: int) -> bool:
        return (
            any(
                (e.start, e.end) == (start, end) and e.label in BLOCKING_LABELS
                for e in self.entities
            )
            and self.text[start:end] not in self.place_entities
        )

    def _cue_itself(self, span: str) -> bool:
        """ "مدينة", "شمالي", and "المدينة" ("the town", naming again the one just named): a
        cue word, bare or behind the article, is no place of its own."""
        forms = [span] + [span[len(a) :] for a in self.articles if span.startswith(a)]
        return any(pat.fullmatch(f) for pat in self.lex.cues_before.values() for f in forms)

    def _stop_phrase_end(self, i: int) -> int | None:
        """The last token of a name of several words listed as no place that starts at token i
        ("قوات سوريا الديمقراطية", an armed group): none of its words is a place then."""
        for j in range(min(len(self.toks) - 1, i + MAX_NAME_TOKENS - 1), i, -1):
            phrase = self.text[self.toks[i].start : self.toks[j].end]
            # "وقوات سوريا الديمقراطية": behind a glued conjunction or preposition too
            forms = [phrase] + [phrase[len(c) :] for c in _clitics() if phrase.startswith(c)]
            if all(self._joined(x) for x in range(i, j)) and any(map(self._stopword, forms)):
                return j
        return None

    def _dateline(self, i: int, j: int, span: str) -> bool:
        """ "TORRINGTON — A fire ...", "HELENA, Mont. (AP) -": a name in capitals opening the
        story or a sentence, before a dash or the agency, is the town it was filed from."""
        if not (span.isupper() or _caseless(span)) or len(span) < MIN_DATELINE_CHARS:
            return False  # "مأرب - ": a script without capitals writes its datelines as names
        if not self.sentence_initial(i):
            return False
        return bool(DATELINE_END.match(self.text, self.toks[j].end))

    def _two_countries(self, i: int, j: int, cands: list[Candidate]) -> bool:
        """ "Australia and New Zealand": two countries joined by "and", each its own place,
        though a world region bears the pair's name; not "Trinidad and Tobago", one country."""
        if any(c.kind == "country" for c in cands):
            return False
        for x in range(i + 1, j):
            if self.toks[x].text.islower() and self.toks[x].text in self.lex.joiners:
                left = self.text[self.toks[i].start : self.toks[x - 1].end]
                right = self.text[self.toks[x + 1].start : self.toks[j].end]
                return all(
                    any(c.kind == "country" for c in gazetteer_candidates(part, fuzzy=False))
                    for part in (left, right)
                )
        return False

    def _plausible(self, i: int, j: int, span: str, cands: list[Candidate], cues: set) -> bool:
        """Filters against common words that happen to be towns somewhere ("Will", "March")."""
        big = max(cands, key=lambda c: c.population)
        major = _major(cands)
        # "قرية أم ضريوة": "أم" opens a name, it is no town, cue or not; but the whole name the
        # gazetteer holds ("أم درمان", "ود مدني") is the town
        short = any(len(t.text) < 2 for t in self.toks[i : j + 1]) or (
            i == j and len(self.toks[i].text) < 3
        )
        if self.toks[i].caseless and short:
            return False
        if cues & {"region", "near", "name_prefix", "crossing", "road"}:
            return True
        if self.toks[i].capital and self._after_given_name(i):
            return False  # "Tanya Campbell": a person, however big a town Campbell is
        if self.toks[i].capital and self._press_title(j):
            return False  # "the Los Angeles Times reported": a newspaper, not the city
        if i == j and self._given_name_of_person(i):
            return False  # "Georgia Stevens is lacing her skates": a girl, not the state
        if (
            i == j
            and span in self.given_names
            and not self._after_locative_word(i)
            and not self._unit_after_town(i, span)
        ):
            return False  # "... said Georgia": the girl named "Georgia Stevens" again
        given = i == j and span in self.lex.first_names and not major
        if given and not self._after_locative_word(i):
            return False  # "her baby son, Jack": a small town's name that is a given name
        if i == j and span in self.surnames and not any(c.kind == "country" for c in cands):
            return False  # "Jones" after "Bob Jones": the person again
        if self._dateline(i, j, span):
            return True
        if self._after_abbreviation(i):
            return False
        if self._titled(self.toks[i].start) and not any(c.kind == "country" for c in cands):
            return False
        if self._spoken(self.toks[i].start, self.toks[j].end) and not _speaks_for_many(cands):
            return False
        if self.toks[i].caseless:
            return major or big.population >= 20_000 or (j > i and big.population >= 1_000)
        if not _major(cands, PROPER_NAME_REGION if i == j else 0) and self._in_proper_name(i, j):
            return False
        if j == i:
            if span.casefold() in self.lex.demonyms and not any(c.kind == "country" for c in cands):
                return False  # "Canadian beef", "in English": a people or a language
            if span in self.lex.directions and self._in_proper_name(i, j):
                return False  # "Western Pennsylvania": the direction belongs to the next name
            if span in _words_of("direction_adjectives"):
                return False  # "Western powers", "the Western blot", "Eastern traditions"
            if self._people_noun_after(j):
                return False  # "the Adena people", "Caddo and Atakapa Indians"
            if not major and self._owners_business_after(j):
                return False  # "Dunn's Automotive", "Fleming's Steakhouse": a shop's owner
            if span.lower() in self.lower_words and not major:
                return False  # the word is used as a common noun in this very text
            if self.sentence_initial(i) and not major and not self._civic_body_after(j):
                return False  # but "Woodstock Mayor Michael Harding said": the town's mayor
            if span.isupper() and len(span) <= 4 and not _unit_named(cands):
                # acronyms ("SWAT team", "the NICE program"), even where a big town or a
                # district bears the word; a country or a state by its short form stays
                return False
        return max(c.match for c in cands) >= MATCH_SKELETON or major

    def _after_locative(self, ent: Entity) -> bool:
        """ "bloqués à Mweso", "évacués vers Sévaré": a place entity right after a word that
        says where, written as a name (capitalised, not a stop-word)."""
        first = tokenize(ent.text)[:1]
        if ent.label != "LOC" or not first or not first[0].capital or self._stopword(ent.text):
            return False
        if any(cue_start == ent.start for _cls, cue_start in self.cue_end.values()):
            return False  # "dans l'Etat d'Al-Jazira": "Etat" is the cue, not a place
        return self._locative_before(ent.start)

    def _after_town_preposition(self, start: int) -> bool:
        """ "à Kherson", "A Kherson, ...": the bare name right after a word only a town follows
        without an article."""
        m = re.search(r"(\S+)\s+$", self.flat[max(0, start - 12) : start])
        if m is None:
            return False
        word = m.group(1).casefold()
        towns = self.lex.town_prepositions
        return word in towns or (m.group(1)[:1].isupper() and word in _unaccented(towns))

    def _locative_before(self, start: int) -> bool:
        """Whether a word that says where comes right before `start`, perhaps behind an article
        ("dans le Fezzan", "dans l'Artibonite"); a capital at a sentence's start may have lost
        its accent ("A Dori, ...": "À")."""
        words = re.findall(r"[^\s']+'?", self.flat[max(0, start - 24) : start])
        if words and words[-1].casefold() in self.lex.name_articles and len(words) > 1:
            words.pop()
        if not words:
            return False
        word = words[-1].casefold()
        if word in self.lex.locatives:
            return True
        pos = self.flat.rfind(words[-1], 0, start)
        at_start = pos == 0 or bool(re.search(r"[.!?\n]\s*$", self.flat[max(0, pos - 3) : pos]))
        return at_start and words[-1][:1].isupper() and word in _unaccented(self.lex.locatives)

    def _before_unit(self, ent: Entity) -> bool:
        """ "Kitshanga, au Nord-Kivu": a place entity the text puts in a region or a country
        right after it, behind a comma, or a few km from a town; that region or town places
        it."""
        if self._stopword(ent.text):
            return False
        if apposed_unit(self.text, ent.end)[1]:
            return True
        return self._near_a_town(ent.end)

    def _near_a_town(self, end: int) -> bool:
        """ "Wendkouli, un hameau à une quinzaine de kilomètres de Djibo": the name before
        `end` is said to lie a few km from the next capitalised name."""
        nxt = next((t for t in self.toks if t.start >= end and t.capital), None)
        return nxt is not None and near_by_distance(self.text[end : nxt.start])

    def _told_a_place(self, ent: Entity) -> bool:
        """ "Wendkouli, un hameau", "à Um Kadadah, ville que": the words right after a name say
        it is a place, whatever label the entity model gave it (often a person's)."""
        if self._stopword(ent.text) or not ent.text[:1].isupper():
            return False
        if "name_prefix" in self.cues_after(ent.end) or self._near_a_town(ent.end):
            return True
        return self._region_apposed(ent.end)

    def _region_apposed(self, end: int) -> bool:
        """ "Bamba, dans la région de Gao": the name before `end` is followed, behind a comma
        and at most a preposition and an article, by a word for a region and a place."""
        for ent in self.entities:
            if ent.label not in PLACE_LABELS or not 0 < ent.start - end <= MAX_REGION_GAP_CHARS:
                continue
            pos = ent.start
            while pos > 0 and self.flat[pos - 1].isspace():
                pos -= 1
            hit = self.cue_end.get(pos)
            if hit is None or hit[0] != "region" or hit[1] < end:
                continue
            lead = self.flat[end : hit[1]].strip()
            if lead.startswith(",") and len(lead[1:].split()) <= 2 and lead[1:].islower():
                return True
        return False

    def unknown_names(self, unresolved: list[Entity]) -> list[Found]:
        """Names the text marks as places but no gazetteer holds: kept for a coarser location."""
        out = []
        for ent in unresolved:
            cues = self.cues_before(ent.start)
            first = tokenize(ent.text)
            looks_arabic_name = bool(first) and first[0].text.casefold() in self.articles
            placed = cues & {"near", "name_prefix", "region"} or looks_arabic_name
            placed = placed or self._before_unit(ent)
            if (placed or self._after_locative(ent)) and self._free(ent.start, ent.end):
                out.append(Found(ent.start, ent.end, ent.text, [], "fallback", cues))
        # in languages without NER, a capitalised name right after "the town of", "près de"
        starts = {t.start: n for n, t in enumerate(self.toks)}
        for end, (cls, _s) in self.cue_end.items():
            if cls not in ("near", "name_prefix", "region"):
                continue
            pos = end
            while pos < len(self.text) and self.text[pos] == " ":
                pos += 1
            i = starts.get(pos)
            if i is None or self.sentence_initial(i):
                continue
            if self.toks[i].caseless:
                j = self._caseless_name_after(i, cls, _s, end)
                if j is None:
                    continue
            elif not self.toks[i].capital or cls == "region":
                continue
            else:
                j = self._run_from(i)
            s, e = self.toks[i].start, self.toks[j].end
            if not self._free(s, e) or self.text[s:e] in self.lex.stopwords:
                continue
            known = self._cued_name(i, j, cls)
            out.append(known or Found(s, e, self.text[s:e], [], "fallback", {cls}))
        return self._claim(out)

    def _name_after_inner_cue(self, ent: Entity) -> Found | None:
        """ "région du Bas-Shabelle", "localité de Tassia": a place entity that starts with its
        own cue is the name after it, read with that cue (a gazetteer's name or not)."""
        if ent.label not in PLACE_LABELS:
            return None
        for cls, pat in self.lex.cues_before.items():
            if cls not in ("region", "name_prefix", "near"):
                continue
            m = pat.match(self.flat, ent.start)
            if m is None or m.end() >= ent.end:
                continue
            s = m.end()
            while True:  # "région du Bas-Shabelle": past the joiners after the cue
                while s < ent.end and self.flat[s].isspace():
                    s += 1
                w = re.match(r"\w+'?", self.flat[s : ent.end])
                if not (w and w.group().casefold() in self.lex.joiners):
                    break
                s += len(w.group())
            name = self.text[s : ent.end]
            if not name[:1].isupper() or self._stopword(name) or not self._free(s, ent.end):
                return None
            cands = gazetteer_candidates(name, fuzzy=False)
            source = "entity" if cands else "fallback"
            return Found(s, ent.end, name, cands, source, {cls} | self.cues_after(ent.end))
        return None

    def coordinated_names(self, unresolved: list[Entity], found: list[Found]) -> list[Found]:
        """ "Après Croix-des-Bouquets et Cité Soleil": a place entity no gazetteer holds,
        joined by "et" or a comma to a place found, is a place too, placed as its neighbour."""
        places = self._anchors(found)
        out = []
        for ent in unresolved:
            if ent.label not in PLACE_LABELS or not ent.text[:1].isupper():
                continue
            if self._stopword(ent.text) or not self._free(ent.start, ent.end):
                continue
            if any(len(t.text) > 1 and t.text.isupper() for t in tokenize(ent.text)):
                continue  # "Tataouine et Mosaïque FM": radios; an acronym names a body
            if any(f.start <= ent.start < f.end or ent.start <= f.start < ent.end for f in found):
                continue
            if any(
                self._coordinating(self.flat[a:b]) and 0 <= b - a <= MAX_COORDINATION_CHARS
                for f in places
                for a, b in ((f.end, ent.start), (ent.end, f.start))
            ):
                out.append(Found(ent.start, ent.end, ent.text, [], "fallback", set()))
        return self._claim(out)

    def locate_coordinated(self, found: list[Found]) -> None:
        """ "Après Obo et Mboki": a place entity whose only readings are spelling guesses, joined
        to a place found, is located by its neighbour: a local place the gazetteer lacks,
        never dropped for want of a believable reading."""
        places = self._anchors(found)
        for f in found:
            if f.source != "entity" or f.located or not f.text[:1].isupper():
                continue
            if any(len(t.text) > 1 and t.text.isupper() for t in tokenize(f.text)):
                continue
            if max((c.match for c in f.cands), default=0.0) >= MATCH_SKELETON:
                continue  # a reading of the name as written: ranked as such
            f.located = any(
                g is not f
                and self._coordinating(self.flat[a:b])
                and b - a <= MAX_COORDINATION_CHARS
                for g in places
                for a, b in ((g.end, f.start), (f.end, g.start))
            )

    @staticmethod
    def _anchors(found: list[Found]) -> list[Found]:
        """Places found with a reading of their name as written: a neighbour joined to one by
        "et" is a place too ("Obo et Mboki"); not so between two guesses ("Barkhane et
        Takuba", two military operations)."""
        return [
            f
            for f in found
            if f.source in ("entity", "matcher")
            and max((c.match for c in f.cands), default=0.0) >= MATCH_SKELETON
        ]

    def listed_names(self, found: list[Found]) -> list[Found]:
        """ "Suba, Migori, Homa Bay, Rongo", "in Kurla and Andheri": a capitalised name no
        gazetteer holds, in a list whose other names are places the text names as written, is a
        place too, placed as its neighbours (a text without entity model has only the list to
        say so). The list must hold two such places, as many as its unknown names, or follow a
        preposition of place; people's and bodies' names stay out ("Helen, Clarence and
        Irene", "Google and Apple")."""
        anchors = self._anchors(found)
        self._town_ends = {
            f.end
            for f in anchors
            if any(c.kind == "town" for c in f.cands)
            and not any(c.kind == "country" for c in f.cands)
        }
        # a place found, or a run of capitalised words that may (True) or may not (False) be one
        items: list[tuple[int, int, Found | bool]] = [(f.start, f.end, f) for f in anchors]
        items += self._unknown_capitalised_runs(found)
        items.sort(key=lambda x: x[0])
        out: list[Found] = []
        chain: list[tuple[int, int, Found | bool]] = []
        for item in items + [(len(self.text) + 1, len(self.text) + 1, False)]:
            if chain and self._listed_after(chain[-1][1], item[0]):
                chain.append(item)
                continue
            out += self._places_of_list(chain)
            chain = [item]
        return self._claim(out)

    def _listed_after(self, end: int, start: int) -> bool:
        gap = self.flat[end:start]
        return 0 < len(gap) <= MAX_COORDINATION_CHARS and self._coordinating(gap)

    def _places_of_list(self, chain: list[tuple[int, int, Found | bool]]) -> list[Found]:
        """The unknown names of one list, if it is a list of places: a person's name in it
        ("in Accra, Kwame and Ama said") makes it none."""
        if not chain or any(f is False or self._speaks(e) for _, e, f in chain):
            return []
        known = sum(1 for _, _, f in chain if isinstance(f, Found))
        unknown = [(s, e) for s, e, f in chain if f is True]
        owned = chain[0][2] is True and self._owned_by_town(chain[0][0], chain[0][1], len(chain))
        if not unknown or not (known or owned):
            return []
        gaps = [self.flat[a[1] : b[0]] for a, b in zip(chain, chain[1:], strict=False)]
        if len(chain) == 2 and all(g.strip() == "," for g in gaps):
            return []  # "in Jerusalem, Peres intends": a comma alone makes no list of two
        told = owned or self._after_place_preposition(chain[0][0])
        if not (told or (known >= 2 and known >= len(unknown))):
            return []
        return [Found(s, e, self.text[s:e], [], "fallback", set()) for s, e in unknown]

    def _owned_by_town(self, start: int, end: int, listed: int) -> bool:
        """ "Nairobi's Kibera and Mathare", "Karachi's Lyari district": a name right after a
        town's possessive that opens a list or is followed by a word for a part of a town is
        that part; alone it may be a person's or a shop's ("Norman's Welding")."""
        if self.flat[max(0, start - 3) : start] != "'s " or start - 3 not in self._town_ends:
            return False
        word = re.match(r" (\w+)", self.text[end : end + 20])
        return listed > 1 or bool(word and word.group(1) in _words_of("town_part_words_after"))

    def _speaks(self, end: int) -> bool:
        """Whether a speech verb follows the name ending at `end` ("Kwame and Ama said")."""
        return self.text[end : end + 1] == " " and bool(
            self.lex.speech_after.match(self.text, end + 1)
        )

    def _after_place_preposition(self, start: int) -> bool:
        return self._word_before(start) in _place_prepositions()

    def _unknown_capitalised_runs(self, found: list[Found]) -> list[tuple[int, int, bool]]:
        """Runs of capitalised words outside every name found, each with whether it may name
        a place: up to three words, no function word, acronym, given name, people's word or
        person's title."""
        toks, runs = self.toks, []
        i = 0
        while i < len(toks):
            if not toks[i].capital:
                i += 1
                continue
            j = i
            while j + 1 < len(toks) and toks[j + 1].capital and self.gap(j) in (" ", "-"):
                j += 1
            start, end = toks[i].start, toks[j].end
            if not any(f.start < end and start < f.end for f in found):
                runs.append((start, end, j - i < 3 and self._may_name_a_place(i, j)))
            i = j + 1
        return runs

    def _may_name_a_place(self, i: int, j: int) -> bool:
        start, end = self.toks[i].start, self.toks[j].end
        words = [t.text for t in self.toks[i : j + 1]]
        if len("".join(words)) < MIN_ROAD_END_CHARS:
            return False  # "I"
        if any(self._stopword(w) or (len(w) > 1 and w.isupper()) for w in words):
            return False
        if not re.match(r"(?:$|[,.;:)]|\s+[^\d\s])", self.flat[end : end + 3]) or re.match(
            r"'s\b", self.flat[end : end + 3]
        ):
            return False  # "Exit 6", "Cassie's father", "Chomp Rockin' Sushi": no place's name
        if any(w in self.lex.first_names or w in self.lex.person_names for w in words):
            return False  # "Helen", "Randy Kunz": people in a list of names
        if any(w.casefold() in self.lex.demonyms or w.lower() in self.lower_words for w in words):
            return False
        if self._titled(start) or self._spoken(start, end):
            return False
        if any(
            e.start < end and start < e.end and e.label not in PLACE_LABELS for e in self.entities
        ):
            return False  # the entity model's person or body
        return not (i > 0 and self.gap(i - 1) in (" ", "-") and self.toks[i - 1].capital)

    def _coordinating(self, gap: str) -> bool:
        words = gap.replace(",", " , ").split()
        return bool(words) and all(w == "," or w.casefold() in self.lex.coordinators for w in words)

    def unknown_names_again(self, found: list[Found]) -> list[Found]:
        """A name no gazetteer holds that the text has shown to be a place ("le camp de
        Kalmabad", "bloqués à Rubaya") is that place wherever else it is written as a name, even
        where the entity model takes it for a person or an organisation, or says nothing."""
        known = {f.text: f for f in found if f.source == "fallback" or f.located}
        out = []
        for name, first in known.items():
            if len(name) < MIN_ROAD_END_CHARS or not name[:1].isupper():
                continue
            hits = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", self.text))
            if any(self._spoken(m.start(), m.end()) for m in hits):
                continue  # "Peres said": a name that speaks is a person's
            for m in hits:
                s, e = m.start(), m.end()
                if any(f.start < e and s < f.end for f in found + out):
                    continue
                out.append(Found(s, e, name, list(first.cands), first.source, set(), first.located))
        return out

    def _caseless_name_after(self, i: int, cls: str, cue_start: int, cue_end: int) -> int | None:
        """ "بلدة عيتا الشعب", "مخيم الجفينة للنازحين": without capitals, the name after "the
        town of" or "the district of" is its first word and a second one with the article glued
        to it (or any second word after a short first one: "قرية أم ضريوة"), not an adjective
        that agrees with the noun ("بلدة مجاورة", "منطقة عسكرية": indefinite, ending in taa
        marbuta)."""
        if cls not in ("name_prefix", "region"):
            return None
        word = self.toks[i].text
        definite = any(word.startswith(a) for a in self.articles)
        if self._stopword(word) or (word.endswith("ة") and not definite):
            return None
        nxt = i + 1
        second = ""
        if nxt < len(self.toks) and self.gap(i) == " " and self.toks[nxt].caseless:
            second = self.toks[nxt].text
        if self._stopword(second) or len(second) < MIN_ROAD_END_CHARS:
            second = ""
        if len(word) < MIN_ROAD_END_CHARS:
            return nxt if second else None
        return nxt if any(second.startswith(a) for a in self.articles) else i

    def _cued_name(self, i: int, j: int, cls: str) -> Found | None:
        """A name after "la ville de", "près de" that the gazetteer holds, even where the
        entity model took it for an organisation ("la ville d'El Fasher"): the cue says place."""
        for k in range(j, i - 1, -1):
            span = self.text[self.toks[i].start : self.toks[k].end]
            if k == i and self.toks[i].caseless and len(span) < MIN_ROAD_END_CHARS:
                break  # "أم" of "قرية أم ضريوة": no name of its own
            cands = gazetteer_candidates(span, fuzzy=False)
            if cands:
                s, e = self.toks[i].start, self.toks[k].end
                return Found(s, e, span, cands, "entity", {cls} | self.cues_after(e))
        return None


# A place the text puts this close to a town ("à une vingtaine de kilomètres de Djibo") is
# within the town's precision-2 circle; one 200 km away is not "near".
NEAR_TOWN_KM = 30.0
MAX_DISTANCE_GAP_CHARS = 90
_GAP_WORD = r"(?:[^\W\d_]+['’]?\s*)"


def _alternation(words: object) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


@cache
def _distance_table() -> tuple[re.Pattern, dict[str, float], dict[str, float]]:
    """The pattern of "(, a village) 20 km north of" before a town, with the number words and
    the units (km per unit) of every language's places data file."""
    numbers: dict[str, float] = {}
    units: dict[str, float] = {}
    froms: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        numbers.update(
            {k.casefold(): v for k, v in (conf.get("distance_number_words") or {}).items()}
        )
        units.update({k.casefold(): v for k, v in (conf.get("distance_units") or {}).items()})
        froms.update(conf.get("distance_from_words") or [])
    pattern = re.compile(
        rf"^\s*[,(\[]?\s*{_GAP_WORD}{{0,5}}?(?P<num>\d+(?:[.,]\d+)?|{_alternation(numbers)})\s*"
        rf"(?P<unit>{_alternation(units)})(?!\w)\s*{_GAP_WORD}{{0,6}}?(?:{_alternation(froms)})\s*$",
        re.IGNORECASE,
    )
    return pattern, numbers, units


def distance_to_town_km(gap: str) -> float | None:
    """The distance the text between a place and a town gives ("localité à une vingtaine de
    kilomètres de", ", 12 miles north of"), in km; None when the text gives none."""
    if len(gap) > MAX_DISTANCE_GAP_CHARS:
        return None
    pattern, numbers, units = _distance_table()
    m = pattern.match(gap)
    if m is None:
        return None
    num = m.group("num").casefold()
    value = float(num.replace(",", ".")) if num[0].isdigit() else float(numbers[num])
    return value * float(units[m.group("unit").casefold()])


def near_by_distance(gap: str) -> bool:
    """Whether the text between a place and a town says the place lies a few km from it."""
    km = distance_to_town_km(gap)
    return km is not None and km <= NEAR_TOWN_KM


def _caseless(text: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in text)


def _major(cands: list[Candidate], region_population: int = 0) -> bool:
    """Whether a name reaches a place anyone would name: a country, a region (of at least
    `region_population`), a big city."""
    return any(
        c.kind == "country"
        # a county counts by its full name ("Laurel County"), not by its bare one ("Day")
        or (
            c.kind == "region"
            and (not c.admin2 or c.match >= 1.0)
            and c.population >= region_population
        )
        # another town's old or foreign name ("Flores" for Timon) does not make a word major
        or (c.population >= MAJOR_TOWN and c.match >= 1.0)
        for c in cands
    )


def _big_town(cands: list[Candidate]) -> bool:
    """Whether a name reaches a capital or a big city by one of its own names (Arabic names
    are the gazetteer's alternates): a word no one uses for anything else after "إلى"."""
    return any(
        c.kind == "town"
        and c.match >= MATCH_ALTERNATE
        and (c.capital or c.population >= MAJOR_TOWN)
        for c in cands
    )


def _big_capital(cands: list[Candidate]) -> bool:
    """Whether a name reaches a country's capital of a million people by one of its names."""
    return any(
        c.kind == "town" and c.capital and c.population >= 1_000_000 and c.match >= MATCH_ALTERNATE
        for c in cands
    )


def _unit_named(cands: list[Candidate]) -> bool:
    """Whether a name reaches a country or a first-level region ("UK", "NSW", "Iowa")."""
    return any(c.kind == "country" or (c.kind == "region" and not c.admin2) for c in cands)


def _speaks_for_many(cands: list[Candidate]) -> bool:
    """Whether a name may stand for a government or a city hall that speaks ("Moscow said",
    "Texas says"): a country, a first-level region, a capital, a city of a million."""
    return any(
        c.kind == "country"
        or c.capital
        or (c.kind == "region" and c.country and not c.admin2 and c.match >= 1.0)
        or (c.kind == "town" and c.population >= 1_000_000 and c.match >= 1.0)
        for c in cands
    )


def _own_place(cands: list[Candidate]) -> bool:
    """Whether a feature's whole name is a place of its own: not merely a county's name
    without its "County" ("the Red River" is the river, not Red River County)."""
    return any(c.match >= MATCH_PRIMARY or c.kind != "region" or not c.admin2 for c in cands)


@cache
def _civic_body() -> re.Pattern:
    """A town's own body or office right after its name ("Fire Department", "Mayor"), from
    every language's `civic_bodies_after`."""
    words: set[str] = set()
    for lang in data.languages():
        words.update((data.load(lang, "places") or {}).get("civic_bodies_after") or [])
    if not words:
        return re.compile(r"(?!x)x")
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?!\w)")


@cache
def _words_of(field: str) -> frozenset[str]:
    """A word list of every language's places data (`feature_words_before`)."""
    out: set[str] = set()
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get(field) or [])
    return frozenset(out)


@cache
def _kind_words() -> frozenset[str]:
    """Words for kinds of places and bodies that end a place's name ("Street", "Valley",
    "County", "University"), in every language's data: after a given name they say place."""
    fields = (
        "street_words",
        "feature_words",
        "unit_name_words",
        "region_kind_words",
        "unit_words_after",
        "building_words",
    )
    return frozenset().union(*(_words_of(name) for name in fields))


@cache
def _clitics() -> tuple[str, ...]:
    """Conjunctions and prepositions glued to a word in a script without spaces between them
    ("و", "ب"), every language's."""
    return tuple(sorted(_words_of("clitics"), key=len, reverse=True))


@cache
def _unaccented(words: frozenset[str]) -> frozenset[str]:
    """The words without their accents: capitals often lose them in print ("A" for "À")."""
    return frozenset(
        "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))
        for w in words
    )


@cache
def _place_prepositions() -> frozenset[str]:
    """Prepositions that put what follows them somewhere ("in", "from"), every language's."""
    return frozenset(w.casefold() for w in _words_of("place_prepositions"))


@cache
def _compound_prefixes() -> frozenset[str]:
    """ "Austro", "Sino": first halves of compounds of peoples, in any language's data."""
    out: set[str] = set()
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get("compound_prefixes") or [])
    return frozenset(out)


def recognise(text: str, entities: list[Entity]) -> list[Found]:
    """Every place span: registry crossings and roads first, then entities, then the matcher."""
    r = Recogniser(text, entities)
    found = r.area_mentions()
    found += r.access_mentions()
    found += r.abbreviation_mentions()
    ents, unresolved = r.entity_mentions()
    found += ents
    found += r.feature_mentions()
    found += r.feature_before_mentions()
    found += r.matcher_mentions()
    found += r.unknown_names(unresolved)
    found += r.coordinated_names(unresolved, found)
    found += r.listed_names(found)
    r.locate_coordinated(found)
    found += r.unknown_names_again(found)
    vessels = r.vessels(found)
    # "Palmyre-Deir ez-Zor": a place glued to another place found is no double name
    ends = {f.end for f in found}
    starts = {f.start for f in found}
    actors = actor_name_spans(r.flat)
    found = [
        f
        for f in found
        if not r.currency(f.start, f.end)
        and not inside_actor_name(f, actors)
        and not r.names_vessel(f, vessels)
        and (
            f.source == "access"
            or f.start - 1 in ends
            or f.end + 1 in starts
            or not r.in_hyphenated_name(f.start, f.end)
        )
    ]
    found.sort(key=lambda f: f.start)
    # a coordinated name shares its neighbour's region cue: "provinces de Homs et de Deir ez-Zor";
    # in a script without capitals, its town cue too: "بلدتي سراقب والأتارب", "إلى حلب والرقة"
    for prev, cur in zip(found, found[1:], strict=False):
        gap = r.flat[prev.end : cur.start].replace(",", " ").split()
        if not gap or not all(w.casefold() in r.lex.joiners for w in gap):
            continue
        if "region" in prev.cues:
            cur.cues.add("region")
        if _caseless(cur.text) and not cur.cues and cur.source == "matcher":
            if "name_prefix" in prev.cues:
                cur.cues.add("name_prefix")
            elif AFTER_PREPOSITION in prev.cues and _big_town(cur.cands):
                cur.cues.add(AFTER_PREPOSITION)
    mark_regions_after_towns(text, found)
    return found


@cache
def _actor_names() -> re.Pattern | None:
    """The names of several words the actors files give armed groups and forces ("Arakan
    Army", "l'Armée d'Arakan", "جيش أراكان"), longest first."""
    names = set()
    for lang in data.languages():
        for aliases in ((data.load(lang, "actors") or {}).get("aliases") or {}).values():
            names.update(a.replace("’", "'") for a in aliases if len(_WORD.findall(a)) > 1)
    if not names:
        return None
    alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    # behind a glued conjunction or preposition too: "وجيش أراكان"
    glued = "|".join(map(re.escape, _clitics()))
    return re.compile(rf"(?<!\w)(?:{glued})?({alternation})(?!\w)")


def actor_name_spans(flat: str) -> list[tuple[int, int]]:
    """Where the text names an armed group or a force by a name of several words."""
    pattern = _actor_names()
    return [m.span(1) for m in pattern.finditer(flat)] if pattern else []


def inside_actor_name(f: Found, actors: list[tuple[int, int]]) -> bool:
    """ "the Arakan Army", "جيش أراكان": a region or a town inside a group's name names the
    group, not where anything happens. A country stays ("Israel Defense Forces", "Sudan's
    army"): it says whose force acts, and the text places it there as the press does."""
    if any(c.kind == "country" for c in f.cands):
        return False
    return any(s <= f.start and f.end <= e and (s, e) != (f.start, f.end) for s, e in actors)


def mark_regions_after_towns(text: str, found: list[Found]) -> None:
    """ "Buffalo, New York", "Albany, N.Y.": a name right after a town, behind a comma, that
    names the town's first-level region as well as a town of its own is the region."""
    for prev, cur in zip(found, found[1:], strict=False):
        if text[prev.end : cur.start].strip() not in (",", "،"):
            continue
        towns = {(c.country, c.admin1_code) for c in cur.cands if c.kind == "town"}
        regions = {
            (c.country, c.admin1_code)
            for c in cur.cands
            if c.kind == "region" and c.country and not c.admin2
        }
        inside = {(c.country, c.admin1_code) for c in prev.cands if c.kind == "town"}
        if towns & regions & inside:
            cur.cues.add("region")


def span_cues(text: str, spans: list[tuple[int, int]]) -> list[set[str]]:
    """The cue classes around given spans ("New York state", "la province de Homs")."""
    r = Recogniser(text, [])
    return [r.cues_before(start) | r.cues_after(end) for start, end in spans]


# The words of a name written after a comma: capitalised words and dotted abbreviations
# ("Pennsylvania", "W. Va.", "N.Y.", "New South Wales"), each behind one space.
_UNIT_WORD = re.compile(r"(?:[A-Z][a-z]{0,4}\.){2,}|[A-Z][\w'’-]*\.?")
MAX_UNIT_WORDS = 4


@cache
def _postal_regions() -> dict[str, list[tuple[str, str]]]:
    """Postal code -> (country, region name), from every language's `postal_regions`."""
    out: dict[str, list[tuple[str, str]]] = {}
    for lang in data.languages():
        by_country = (data.load(lang, "places") or {}).get("postal_regions") or {}
        for country, codes in by_country.items():
            for code, name in codes.items():
                out.setdefault(code, []).append((country.upper(), name))
    return out


def postal_readings(name: str) -> list[Candidate]:
    """The regions a postal abbreviation names ("NY", "NSW"), where it is one; [] otherwise.
    Read alone, away from a town, an abbreviation is a guess ("SA" is more often South Africa
    than South Australia): it must agree with the article (see `_believable`)."""
    if name not in _postal_regions():
        return []
    return [replace(c, match=MATCH_SKELETON) for c in _unit_readings(name)]


@cache
def _region_abbreviations() -> dict[str, str]:
    """ "Pa." -> "US-PA": dotted abbreviations of regions, from every language's data."""
    out: dict[str, str] = {}
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get("region_abbreviations") or {})
    return out


def abbreviated_region(name: str) -> list[Candidate]:
    """The region a dotted abbreviation stands for ("Pa.", "Mont."), as written: the index's
    own spelling search finds towns for the short ones ("Pa" in Burkina Faso)."""
    code = _region_abbreviations().get(name)
    place = gazetteer().by_id(f"iso3166-2:{code}") if code else None
    return [place_candidate(place)] if place is not None else []


def _unit_readings(name: str) -> list[Candidate]:
    """The first-level regions and countries a name written after a town denotes."""
    abbreviated = abbreviated_region(name)
    if abbreviated:
        return abbreviated
    postal = _postal_regions().get(name)
    if postal:
        return [
            c
            for country, region in postal
            for c in gazetteer_candidates(region, fuzzy=False)
            if c.kind == "region" and c.country == country and not c.admin2
        ]
    return [
        c
        for c in gazetteer_candidates(name, fuzzy=False)
        if c.kind == "country" or (c.kind == "region" and c.country and not c.admin2)
    ]


def apposed_unit(text: str, end: int) -> tuple[str, list[Candidate], list[Candidate]]:
    """The first-level region or country written right after a name, behind a comma ("Paris,
    Texas", "Greenwood, W. Va.", "Albany, GA", "Samia, au Nigeria"): its text, its region and
    country readings, and all its readings (a town too, maybe); empty when there is none."""
    m = _apposition_gap().match(text, end)
    if m is None:
        return "", [], []
    words: list[re.Match] = []
    pos = m.end()
    while len(words) < MAX_UNIT_WORDS:
        w = _UNIT_WORD.match(text, pos)
        if w is None:
            break
        words.append(w)
        if text[w.end() : w.end() + 1] != " ":
            break
        pos = w.end() + 1
    # the longest run of words that names a region or a country ("New South Wales", not "New"),
    # all the capitalised words there are or up to a full stop: "South" in "South Ossetian" is
    # no region of its own
    for n in range(len(words), 0, -1):
        if n < len(words) and not words[n - 1].group().endswith("."):
            continue
        name = text[words[0].start() : words[n - 1].end()]
        for form in dict.fromkeys((name, name.rstrip("."))):
            units = _unit_readings(form)
            if units:
                readings = (
                    [] if abbreviated_region(form) else gazetteer_candidates(form, fuzzy=False)
                )
                return form, units, readings or units
    return "", [], []


@cache
def _apposition_gap() -> re.Pattern:
    """ ", ", ", au", ", in", "، في": what sits between a place and the unit the text puts it in."""
    words: set[str] = set()
    regional: set[str] = set()
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        words.update(conf.get("apposition_words") or [])
        # "Bamba, dans la région de Gao": the word for the unit may come before its name
        cues = conf.get("region_cues") or []
        regional.update(c for c in cues if " " in c and not c.endswith("'"))
        # "Walikale, dans la province du Nord-Kivu": a one-word cue and a joiner ("du", "d'")
        joiners = [j for j in conf.get("joiners") or [] if j.casefold() not in _coordinators()]
        regional.update(f"{c} {j}" for c in cues if " " not in c for j in joiners)
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    units = "|".join(re.escape(w) for w in sorted(regional, key=len, reverse=True)) or "(?!x)x"
    return re.compile(
        rf"[ \t]*[,،][ \t]*(?:(?:{alts})[ \t]+)?(?P<unit_word>(?:{units})(?:[ \t]+|(?<=')))?",
        re.IGNORECASE,
    )


@cache
def _coordinators() -> frozenset[str]:
    return lexicon().coordinators


def unit_word_apposed(text: str, end: int) -> bool:
    """Whether the unit after a name is introduced by its kind ("Bamba, dans la région de
    Gao"): then it is the region, whatever town shares its name."""
    m = _apposition_gap().match(text, end)
    return bool(m and m.group("unit_word"))
