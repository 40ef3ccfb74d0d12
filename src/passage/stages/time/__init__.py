"""Time stage: find dates, durations and sets in an article and place them on the calendar."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from typing import Any

from passage.record import PRECISIONS, Article, Interval, TimeMention
from passage.stages.time import calendar, lexicon, publication, syntax
from passage.stages.time.grammar import NAME, Candidate, Reading, grammar_for

__all__ = ["annotate", "extract", "infer_publication", "stretches"]

DEFAULT_LANG = "fr"
# Tense is read in the clause of the expression, and first in its comma-delimited part.
# A dot before a small letter or a digit ends an abbreviation ("8 p.m. on Saturday", "Sept. 3",
# "U.S. troops"), not a sentence; so does a dot after a lone letter ("M. Diallo", "U.S. Army").
_DOT = r"(?<![\s.][^\W\d_])\.(?!\s*[a-zà-öø-ÿ\d])"
_CLAUSE_BREAK = re.compile(rf"[!?;\n؟؛]|{_DOT}")
# How far back a tense-giving preposition ("depuis le", "jusqu'au") may sit.
PREFIX_WINDOW = 24
# "hier, au lendemain de ...": only a comma between a day and what restates it.
_APPOSITION = re.compile(r"\s*,\s*")
# How far back a word that says "that is" ("soit", "وذلك") may sit before what restates a day.
RESTATE_WINDOW = 16
# What may part a clock time from the day it belongs to: "à 14h, le 3 mars", "9 a.m. on Tuesday".
_CLOCK_DAY_GAP = re.compile(r"\s*[,،]?\s*(?:[^\W\d_]{1,3}\s+)?")
# A word long enough to be a verb or a noun, not a preposition ("on", "à", "في").
_WORD = re.compile(r"[^\W\d_]{4,}")
_PART_BREAK = re.compile(rf"[!?;\n؟؛,،:«»\"]|{_DOT}")


@cache
def _cue_re(lang: str, name: str) -> re.Pattern | None:
    cues = lexicon.load(lang).words(name)
    return re.compile("|".join(f"(?:{c})" for c in cues), re.I) if cues else None


@cache
def _prefix_re(lang: str, name: str) -> re.Pattern | None:
    words = lexicon.load(lang).words(name)
    return re.compile(lexicon.phrase_pattern(words) + r"\s*$", re.I) if words else None


@cache
def _range_re(lang: str) -> re.Pattern | None:
    words = lexicon.load(lang).words("range_connectors")
    if not words:
        return None
    return re.compile(r"\s*[,،]?\s*" + lexicon.phrase_pattern(words) + r"\s*$", re.I)


def _range_years(folded: str, chosen: list[Candidate], lang: str) -> dict[int, tuple[int, int]]:
    """ "du 20 décembre au 5 janvier 2020": the first end of a range takes the year of the
    second, the year before when its month comes later. Index -> (year, anchor start)."""
    pattern = _range_re(lang)
    found: dict[int, tuple[int, int]] = {}
    if pattern is None:
        return found
    for i, (c, nxt) in enumerate(zip(chosen, chosen[1:], strict=False)):
        r, n = c.reading, nxt.reading
        if not (_takes_named_year(r) and n.year is not None and n.month is not None):
            continue
        if nxt.start - c.end > 40 or not pattern.match(folded, c.end, nxt.start):
            continue
        later = (r.month, r.day or 1) > (n.month, n.day or 1)
        found[i] = (n.year - 1 if later else n.year, nxt.start)
    return found


def _settle_numeric_orders(chosen: list[Candidate]) -> None:
    """ "05/06/2024" beside "25/06/2024" is day first: where the text's unambiguous numeric
    dates all use one order, the ambiguous ones are read in it too."""
    orders = {
        c.reading.numeric_order
        for c in chosen
        if c.reading.numeric_order and not c.reading.ambiguous and not c.reading.invalid
    }
    if len(orders) != 1:
        return
    order = orders.pop()
    for c in chosen:
        r = c.reading
        if r.ambiguous and r.numeric_order != order:
            c.reading = dataclasses.replace(r, day=r.month, month=r.day, numeric_order=order)


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Longest match wins; at equal length the earlier rule (the more specific) wins."""
    starts: list[int] = []  # starts of the taken spans, kept sorted; taken spans never overlap
    taken: dict[int, Candidate] = {}
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.rule, c.start)):
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and taken[starts[i - 1]].end > c.start:
            continue
        if i < len(starts) and starts[i] < c.end:
            continue
        starts.insert(i, c.start)
        taken[c.start] = c
    return [taken[s] for s in starts]


def _bounds(text: str, c: Candidate, breaks: re.Pattern) -> tuple[int, int]:
    # without a break in reach, the window stops 400 characters away, not at the text's start:
    # a text with no punctuation must not cost the square of its length
    floor = max(0, c.start - 400)
    left = max((m.end() for m in breaks.finditer(text, floor, c.start)), default=floor)
    right_m = breaks.search(text, c.end, c.end + 400)
    return left, right_m.start() if right_m else min(len(text), c.end + 400)


class _TenseCues:
    """The tense-giving verbs of one text ("sera", "a dit"), found in one pass on first need
    and kept sorted, so that each expression looks up its neighbours instead of rescanning."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self._cues: list[tuple[int, int, bool]] | None = None
        self._starts: list[int] = []

    def within(self, left: int, right: int) -> Iterator[tuple[int, int, bool]]:
        """(start, end, is_future) of the cues lying wholly in [left, right)."""
        if self._cues is None:
            found = []
            for name, is_future in (("future_cues", True), ("past_cues", False)):
                pattern = _cue_re(self.lang, name)
                if pattern is not None:
                    found += [(m.start(), m.end(), is_future) for m in pattern.finditer(self.text)]
            # by start, and at one start the longest and the future first
            found.sort(key=lambda cue: (cue[0], -cue[1], not cue[2]))
            self._cues = _within_future_dropped(found)
            self._starts = [cue[0] for cue in self._cues]
        for i in range(bisect.bisect_left(self._starts, left), len(self._cues)):
            cue = self._cues[i]
            if cue[0] >= right:
                break
            if cue[1] <= right:
                yield cue


def _within_future_dropped(cues: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """ "devraient" ends like an imperfect, "is expected", "to be held" hold a participle: a
    past cue inside a future one is part of that future. `cues` sorted by start."""
    kept: list[tuple[int, int, bool]] = []
    reach = -1  # the furthest end of the future cues started so far
    for start, end, is_future in cues:
        if is_future:
            reach = max(reach, end)
        elif end <= reach:
            continue
        kept.append((start, end, is_future))
    return kept


class _Tenses:
    """What tells the tense of each expression of one text: the parse where the language
    stage made one (the verb that governs the expression), else the word cues nearby."""

    def __init__(self, text: str, lang: str, parsed: syntax.ParsedTenses | None) -> None:
        self.text, self.parsed = text, parsed
        self.cues = _TenseCues(text, lang)
        self._governors: dict[tuple[int, int], syntax.Governor | None] = {}

    def _governor(self, c: Candidate) -> syntax.Governor | None:
        if self.parsed is None:
            return None
        key = (c.start, c.end)
        if key not in self._governors:
            self._governors[key] = self.parsed.governor(c.start, c.end)
        return self._governors[key]

    def of(self, c: Candidate) -> str | None:
        """past, future or None: the tense of the expression's clause."""
        governor = self._governor(c)
        if governor is None or governor.tense is None:
            # no verb above it, or one in a mood that says nothing sure ("aurait lieu")
            return _verb_tense(self.text, c, self.cues)
        if governor.participle is not None and self._future_form(*governor.participle):
            return "future"  # "décréteront" tagged as a participle: its ending says future
        if governor.tense in (syntax.PAST, syntax.IMPERFECT):
            return "past"
        if governor.tense == syntax.FUTURE:
            return "future"
        # a present says neither ("se rend mardi", "fait dix morts samedi"): the cues of the
        # verb's own clause may ("vous invite dimanche au bal qui sera donné"), else none
        return _verb_tense(self.text, c, self.cues, governor.clause)

    def _future_form(self, start: int, end: int) -> bool:
        """Whether a future cue of the language's word list spans the word at [start, end)."""
        return any(
            is_future and (s, e) == (start, end) for s, e, is_future in self.cues.within(start, end)
        )

    def is_perfective_past(self, c: Candidate) -> bool:
        """ "il est arrivé le mercredi": a past that names one occasion, not a habit
        ("il venait le mercredi")."""
        governor = self._governor(c)
        if governor is not None and governor.tense is not None:
            return governor.tense == syntax.PAST
        return _verb_tense(self.text, c, self.cues) == "past"


def _context(text: str, c: Candidate, lang: str, tenses: _Tenses) -> str | None:
    """What the words around an expression say of its tense: a preposition first ("depuis le",
    "jusqu'au"), then the verb that governs it ("sera", "will" -> future); None when nothing
    does."""
    before = text[max(0, c.start - PREFIX_WINDOW) : c.start]
    for name, direction in (("past_prefixes", "past"), ("future_prefixes", "future")):
        pattern = _prefix_re(lang, name)
        if pattern is not None and pattern.search(before):
            return direction
    bound = _bound_re(lang)
    if bound is not None and bound.search(before):
        return _bound_direction(c, lang, tenses)
    found = tenses.of(c)
    lone_weekday = c.reading.weekday is not None and c.reading.day is None
    if lone_weekday and found != "future" and _names_past_event(text, c, lang):
        # "le coup d'État de vendredi", "Friday's attack": a weekday that names when an act
        # happened, told as done, is the last such day, whatever the verb of the clause
        return "past"
    if found is None and lone_weekday and _stands_alone(text, c, lang):
        # a weekday with no clause around it ("vendredi", "on Friday"): nothing says it is
        # to come, and news reports what happened: the last one on or before publication
        return "past"
    if found is not None or tenses.parsed is not None:
        return found
    # where a language's verb cues are known to miss much, its data may say what an unmarked
    # clause most often is (Arabic news: the past)
    return lexicon.load(lang).raw.get("tense_when_unmarked")


@cache
def _bound_re(lang: str) -> re.Pattern | None:
    """The words that make a date the end or the start of a stretch ("jusqu'au", "until",
    "حتى", "à partir du"), standing as words of their own (a proclitic may lead)."""
    lex = lexicon.load(lang)
    words = lex.words("bound_prefixes")
    if not words:
        return None
    return re.compile(lex.boundary + lexicon.phrase_pattern(words) + r"\s*$", re.I)


def _bound_direction(c: Candidate, lang: str, tenses: _Tenses) -> str | None:
    """ "jusqu'au 10 mars": a bound is still to come when its clause is present or future
    ("restera fermé jusqu'au", "remains shut until"). Told in the past, the end of a state
    that lasted is behind ("sont restées fermées jusqu'à lundi", "remained closed until").
    A decision that sets a bound ("a interdit les marches jusqu'à lundi") sets a weekday to
    come; any other past act ran to a weekday behind ("s'est tenu jusqu'à lundi"). A dated
    bound told in the past may lie on either side of publication ("a été prolongé jusqu'au
    15 juillet", "was closed until March 10"): the nearest such day."""
    # only a verb read as past says so: a language's guess for unmarked clauses (Arabic news:
    # the past) would turn "يبدأ تطبيق القرار اعتبارا من 1 فبراير" back to the last February
    if tenses.of(c) != "past":
        return "future"
    left, right = _bounds(tenses.text, c, _CLAUSE_BREAK)

    def said(name: str) -> bool:
        pattern = _cue_re(lang, name)
        return pattern is not None and pattern.search(tenses.text, left, right) is not None

    if said("ended_state_cues"):
        return "past"
    if c.reading.weekday is None or c.reading.day is not None:
        return None
    return "future" if said("bound_setting_cues") else "past"


@cache
def _event_weekday_res(lang: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    """The words before a weekday that make it the day of an act ("l'attaque de", "the coup
    of") and those after it ("'s attack"), from the language's `past_event_nouns`."""
    lex = lexicon.load(lang)
    nouns = lex.words("past_event_nouns")
    if not nouns:
        return None, None
    noun = lexicon.phrase_pattern(nouns)
    links, possessives = lex.words("event_weekday_links"), lex.words("event_weekday_possessives")
    before = (
        re.compile(rf"(?<!\w){noun}\s+{lexicon.phrase_pattern(links)}\s*$", re.I) if links else None
    )
    after = (
        re.compile(rf"{lexicon.phrase_pattern(possessives)}\s+{noun}(?!\w)", re.I)
        if possessives
        else None
    )
    return before, after


def _names_past_event(text: str, c: Candidate, lang: str) -> bool:
    before, after = _event_weekday_res(lang)
    left = text[max(0, c.start - PREFIX_WINDOW) : c.start]
    return bool(
        (before is not None and before.search(left))
        or (after is not None and after.match(text, c.end))
    )


@cache
def _neutral_re(lang: str) -> re.Pattern | None:
    words = lexicon.load(lang).words("tense_neutral_words")
    return re.compile(rf"(?<!\w){lexicon.phrase_pattern(words)}(?!\w)", re.I) if words else None


def _stands_alone(text: str, c: Candidate, lang: str) -> bool:
    """Whether the expression is all there is of its clause but for a short preposition or a
    clock time ("on Friday", "at 9 a.m. Tuesday"), or words that place a time without telling
    a tense ("late Saturday", "dans la nuit de samedi à dimanche"): nothing to say it is to
    come."""
    left, right = _bounds(text, c, _CLAUSE_BREAK)
    outside = text[left : c.start] + " " + text[c.end : right]
    neutral = _neutral_re(lang)
    if neutral is not None:
        outside = neutral.sub(" ", outside)
    return _WORD.search(outside) is None


def _verb_tense(
    text: str, c: Candidate, cues: _TenseCues, within: tuple[int, int] | None = None
) -> str | None:
    """The tense of the verb nearest the expression ("sera", "will" -> future; "a dit" ->
    past), looked for in its comma-delimited part first, then in its clause; only `within`
    these characters where given."""
    for breaks in (_PART_BREAK, _CLAUSE_BREAK):
        left, right = _bounds(text, c, breaks)
        if within is not None:
            left, right = max(left, within[0]), min(right, within[1])
        nearest: list[tuple[int, bool]] = []
        for start, end, is_future in cues.within(left, right):
            if end <= c.start or start >= c.end:
                gap = c.start - end if end <= c.start else start - c.end
                nearest.append((gap, is_future))
        if nearest:
            return "future" if min(nearest)[1] else "past"
    return None


def _candidates(text: str, lang: str) -> tuple[str, list[Candidate]]:
    folded = lexicon.fold(text)
    grammar = grammar_for(lexicon.load(lang))
    chosen = [c for c in _select(list(grammar.candidates(folded))) if c.reading.kind != NAME]
    _settle_numeric_orders(chosen)
    return folded, chosen


def _takes_named_year(r: Reading) -> bool:
    """A month, or a day of a month, with nothing of its own to tell its year."""
    return (
        r.kind == "date"
        and r.month is not None
        and r.year is None
        and r.cue is None
        and r.weekday is None
        and r.easter is None
    )


def _same_sentence(text: str, start: int, end: int) -> bool:
    return _CLAUSE_BREAK.search(text, start, end) is None


@cache
def _restate_re(lang: str) -> re.Pattern | None:
    words = lexicon.load(lang).words("restatement_links")
    return re.compile(lexicon.phrase_pattern(words) + r"\s*$", re.I) if words else None


def _restates(text: str, day: TimeMention, c: Candidate, lang: str) -> bool:
    """ "hier, au lendemain de la défaite", "فجر الجمعة ... وذلك غداة تحذير": the day after an
    event restates the day just named when only a comma parts them, or when a word that says
    "that is" introduces it in the same sentence."""
    if _APPOSITION.fullmatch(text, day.end, c.start):
        return True
    link = _restate_re(lang)
    before = text[max(day.end, c.start - RESTATE_WINDOW) : c.start]
    return link is not None and bool(link.search(before)) and _same_sentence(text, day.end, c.start)


def _mentions(
    text: str,
    folded: str,
    chosen: list[Candidate],
    published: date | None,
    lang: str,
    doc: Any = None,
) -> list[TimeMention]:
    mentions: list[TimeMention] = []
    last_day: TimeMention | None = None
    last_dated: TimeMention | None = None  # the last date with a value, at any precision
    named_year: tuple[int, int, int] | None = None  # (year, start, end) of the last year named
    range_years = _range_years(folded, chosen, lang)
    clocks: list[int] = []  # indices in `mentions` of the clock times
    lex = lexicon.load(lang)
    parsed = syntax.ParsedTenses.of(
        doc, text, lex.raw.get("tense_periphrases", {}), lex.words("scheduling_verbs")
    )
    tenses = _Tenses(folded, lang, parsed)
    for i, c in enumerate(chosen):
        r = c.reading
        value: Interval | None = None
        anchor = "absolute"
        if r.habitual and tenses.is_perfective_past(c):
            # "il est arrivé le mercredi": that Wednesday, not every Wednesday
            r = Reading(weekday=r.weekday, cue="past")
        given: tuple[int, int] | None = range_years.get(i)
        if (
            given is None
            and named_year is not None
            and _takes_named_year(r)
            and _same_sentence(folded, named_year[2], c.start)
        ):
            # "deux ruptures en 97 (en janvier, en octobre)": the months of the year just named
            given = named_year[:2]
        if given is not None:
            value = calendar.resolve(dataclasses.replace(r, year=given[0]), None, None)
            if value is not None:
                span = text[c.start : c.end]
                mention = TimeMention(c.start, c.end, span, r.kind, value, str(given[1]))
                if value.precision == "day":
                    last_day = mention
                mentions.append(mention)
                continue
        if r.kind == "date":
            # only expressions without a year need the tense of their clause
            absolute = r.year is not None or r.decade is not None or r.century is not None
            needs_context = published is not None and not absolute and r.shift is None
            context = _context(folded, c, lang, tenses) if needs_context else None
            value = calendar.resolve(r, published, context)
            if value is not None and not absolute:
                anchor = "publication"
            if r.anchored is not None and last_day is not None and last_day.value is not None:
                if not r.of_event:
                    day = last_day.value.start + timedelta(days=r.anchored)
                    value, anchor = calendar.day_interval(day), str(last_day.start)
                elif mentions[-1] is last_day and _restates(folded, last_day, c, lang):
                    # "hier, au lendemain de la démission": the same day, said again
                    value, anchor = last_day.value, str(last_day.start)
            if r.anchored_period is not None:
                # "cette année-là", "le mois suivant": from the date the story last named
                value, anchor = None, "absolute"
                if last_dated is not None and last_dated.value is not None:
                    value = calendar.period_from(last_dated.value, *r.anchored_period)
                    anchor = str(last_dated.start)
            if r.clock:
                # a clock time belongs to the day last named, else to the publication day
                if last_day is not None and last_day.value is not None:
                    value, anchor = last_day.value, str(last_day.start)
                elif published is not None:
                    value, anchor = calendar.day_interval(published), "publication"
        mention = TimeMention(c.start, c.end, text[c.start : c.end], r.kind, value, anchor)
        if value is not None and value.precision == "day" and not (r.clock or r.present):
            last_day = mention
        if value is not None and r.kind == "date" and not (r.clock or r.present):
            last_dated = mention
        names_year = r.year is not None or r.short_year is not None
        if value is not None and (names_year or (r.shift is not None and r.shift[0] == "year")):
            named_year = (value.start.year, c.start, c.end)
        if r.clock:
            clocks.append(len(mentions))
        mentions.append(mention)
    _clocks_before_their_day(text, mentions, clocks)
    _weekday_range_ends(folded, chosen, mentions, lang)
    return mentions


def _lone_weekday(r: Reading) -> bool:
    return r.weekday is not None and r.day is None and r.month is None


def _weekday_range_ends(
    folded: str, chosen: list[Candidate], mentions: list[TimeMention], lang: str
) -> None:
    """ "sera fermé de lundi à mercredi" said on a Wednesday: the second day of a stretch of
    weekdays comes after the first, so it is the Wednesday after that Monday, not the day of
    publication. `mentions` holds one mention per candidate of `chosen`."""
    pattern = _range_re(lang)
    if pattern is None:
        return
    for i, (c, nxt) in enumerate(zip(chosen, chosen[1:], strict=False)):
        first, second = mentions[i].value, mentions[i + 1].value
        if first is None or second is None or first.precision != "day":
            continue
        if not (_lone_weekday(c.reading) and _lone_weekday(nxt.reading)):
            continue
        if second.start >= first.start or not pattern.match(folded, c.end, nxt.start):
            continue
        ahead = (second.start.weekday() - first.start.weekday()) % 7 or 7
        day = first.start + timedelta(days=ahead)
        mentions[i + 1] = dataclasses.replace(
            mentions[i + 1], value=calendar.day_interval(day), anchor=str(mentions[i].start)
        )


def _next_to(text: str, left: TimeMention, right: TimeMention) -> bool:
    return _CLOCK_DAY_GAP.fullmatch(text, left.end, right.start) is not None


def _clocks_before_their_day(text: str, mentions: list[TimeMention], clocks: list[int]) -> None:
    """ "at 9:30 a.m. Tuesday", "à 12h15 le 3 mars": a clock time said just before a day is a
    time of that day, unless it follows a day of its own ("hier à 14h, mardi ...")."""
    for i in clocks:
        if i + 1 >= len(mentions) or i + 1 in clocks:
            continue
        clock, day = mentions[i], mentions[i + 1]
        if day.value is None or day.value.precision != "day" or not _next_to(text, clock, day):
            continue
        before = mentions[i - 1] if i > 0 else None
        if before is not None and before.value is not None and _next_to(text, before, clock):
            continue
        mentions[i] = dataclasses.replace(clock, value=day.value, anchor=str(day.start))


def extract(text: str, published: date | None, lang: str, doc: Any = None) -> list[TimeMention]:
    """Temporal expressions of `text`, sorted by start; relative ones need `published`.
    `doc`, the language stage's parse of `text` where there is one, tells the tenses."""
    if not text:
        return []
    lang = lang or DEFAULT_LANG
    folded, chosen = _candidates(text, lang)
    return _mentions(text, folded, chosen, published, lang, doc)


@cache
def _span_res(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """The word that opens a stretch of time ("منذ", "بين"), before its first date or heading
    it, and the one that closes it ("وحتى", "و") between its two dates (time.json
    "span_openers", "span_closers")."""
    lex = lexicon.load(lang)
    openers, closers = lex.words("span_openers"), lex.words("span_closers")
    if not openers or not closers:
        return None
    clitics = "".join(lex.words("proclitics"))
    word = (rf"(?:[{clitics}])?" if clitics else "") + lexicon.phrase_pattern(openers)
    before = re.compile(rf"(?:^|(?<=[\s,،(])){word}\s*$", re.I)
    heading = re.compile(rf"{word}\s", re.I)
    closer = re.compile(r"\s*[,،]?\s*" + lexicon.phrase_pattern(closers) + r"\s*", re.I)
    return before, heading, closer


def _coarser(a: str, b: str) -> str:
    rank = {p: k for k, p in enumerate(PRECISIONS)}
    return a if rank.get(a, 0) >= rank.get(b, 0) else b


def stretches(text: str, mentions: list[TimeMention], lang: str) -> list[TimeMention]:
    """The dates of `mentions` with each stretch of time read as one: "منذ 27 يوليو الماضي
    وحتى يوم الأحد الماضي" is one mention whose interval runs from the first date to the
    second; keeping only the first would date what filled the stretch by its first day.
    The time layer itself keeps the two expressions apart, as TimeBank marks them; what
    dates an event reads the stretch."""
    res = _span_res(lang)
    if res is None:
        return mentions
    out: list[TimeMention] = []
    k = 0
    while k < len(mentions):
        first = mentions[k]
        second = mentions[k + 1] if k + 1 < len(mentions) else None
        if second is not None and _opens_and_closes(text, first, second, res):
            assert first.value is not None and second.value is not None
            value = Interval(
                first.value.start,
                second.value.end,
                _coarser(first.value.precision, second.value.precision),
            )
            span = text[first.start : second.end]
            out.append(dataclasses.replace(first, end=second.end, text=span, value=value))
            k += 2
            continue
        out.append(first)
        k += 1
    return out


def _opens_and_closes(
    text: str,
    first: TimeMention,
    second: TimeMention,
    res: tuple[re.Pattern, re.Pattern, re.Pattern],
) -> bool:
    before, heading, closer = res
    if first.kind != "date" or second.kind != "date":
        return False
    if first.value is None or second.value is None or second.value.end < first.value.start:
        return False
    gap = text[first.end : second.start]
    if second.start < first.end or closer.fullmatch(lexicon.fold(gap)) is None:
        return False
    left = lexicon.fold(text[max(0, first.start - PREFIX_WINDOW) : first.start])
    return bool(before.search(left)) or bool(heading.match(lexicon.fold(first.text)))


def infer_publication(text: str, lang: str, today: date | None = None) -> tuple[date, str] | None:
    """(date, reason) when the text itself tells when it was published, else None; never a
    date after `today` (the system's date unless given)."""
    if not text:
        return None
    lang = lang or DEFAULT_LANG
    _folded, chosen = _candidates(text, lang)
    return publication.infer(text, chosen, lexicon.load(lang), today)


def annotate(article: Article) -> Article:
    """Set article.times; infer article.published from the text when it is missing."""
    lang = article.language or DEFAULT_LANG
    text = article.text or ""
    folded, chosen = _candidates(text, lang)
    if article.published is None:
        found = publication.infer(text, chosen, lexicon.load(lang))
        if found is not None:
            article.published, article.published_reason = found
            article.published_source = "inferred"
    article.times = _mentions(text, folded, chosen, article.published, lang, article.doc)
    return article
