"""Time stage: find dates, durations and sets in an article and place them on the calendar."""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date, timedelta
from functools import cache

from passage.record import Article, Interval, TimeMention
from passage.stages.time import calendar, lexicon, publication
from passage.stages.time.grammar import NAME, Candidate, Reading, grammar_for

__all__ = ["annotate", "extract"]

DEFAULT_LANG = "fr"
# Tense is read in the clause of the expression, and first in its comma-delimited part.
_CLAUSE_BREAK = re.compile(r"[.!?;\n؟؛]")
# How far back a tense-giving preposition ("depuis le", "jusqu'au") may sit.
PREFIX_WINDOW = 24
# "hier, au lendemain de ...": only a comma between a day and what restates it.
_APPOSITION = re.compile(r"\s*,\s*")
_PART_BREAK = re.compile(r"[.!?;\n؟؛,،:«»\"]")


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


def _context(text: str, c: Candidate, lang: str) -> str | None:
    """What the words around an expression say of its tense: a preposition first ("depuis le",
    "jusqu'au"), then the nearest verb ("sera", "will" -> future); None when nothing does."""
    before = text[max(0, c.start - PREFIX_WINDOW) : c.start]
    for name, direction in (("past_prefixes", "past"), ("future_prefixes", "future")):
        pattern = _prefix_re(lang, name)
        if pattern is not None and pattern.search(before):
            return direction
    return _verb_tense(text, c, lang)


def _verb_tense(text: str, c: Candidate, lang: str) -> str | None:
    """The tense of the verb nearest the expression ("sera", "will" -> future; "a dit" ->
    past), looked for in its comma-delimited part first, then in its clause."""
    future, past = _cue_re(lang, "future_cues"), _cue_re(lang, "past_cues")
    for breaks in (_PART_BREAK, _CLAUSE_BREAK):
        left, right = _bounds(text, c, breaks)
        nearest: list[tuple[int, bool]] = []
        for pattern, is_future in ((future, True), (past, False)):
            if pattern is None:
                continue
            for m in pattern.finditer(text, left, right):
                if m.end() <= c.start or m.start() >= c.end:
                    gap = c.start - m.end() if m.end() <= c.start else m.start() - c.end
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


def _mentions(
    text: str, folded: str, chosen: list[Candidate], published: date | None, lang: str
) -> list[TimeMention]:
    mentions: list[TimeMention] = []
    last_day: TimeMention | None = None
    named_year: tuple[int, int, int] | None = None  # (year, start, end) of the last year named
    range_years = _range_years(folded, chosen, lang)
    for i, c in enumerate(chosen):
        r = c.reading
        value: Interval | None = None
        anchor = "absolute"
        if r.habitual and _verb_tense(folded, c, lang) == "past":
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
            context = _context(folded, c, lang) if needs_context else None
            value = calendar.resolve(r, published, context)
            if value is not None and not absolute:
                anchor = "publication"
            if r.anchored is not None and last_day is not None and last_day.value is not None:
                if not r.of_event:
                    day = last_day.value.start + timedelta(days=r.anchored)
                    value, anchor = calendar.day_interval(day), str(last_day.start)
                elif mentions[-1] is last_day and _APPOSITION.fullmatch(
                    folded, last_day.end, c.start
                ):
                    # "hier, au lendemain de la démission": the same day, said again
                    value, anchor = last_day.value, str(last_day.start)
            if r.clock:
                # a clock time belongs to the day last named, else to the publication day
                if last_day is not None and last_day.value is not None:
                    value, anchor = last_day.value, str(last_day.start)
                elif published is not None:
                    value, anchor = calendar.day_interval(published), "publication"
        mention = TimeMention(c.start, c.end, text[c.start : c.end], r.kind, value, anchor)
        if value is not None and value.precision == "day" and not (r.clock or r.present):
            last_day = mention
        names_year = r.year is not None or r.short_year is not None
        if value is not None and (names_year or (r.shift is not None and r.shift[0] == "year")):
            named_year = (value.start.year, c.start, c.end)
        mentions.append(mention)
    return mentions


def extract(text: str, published: date | None, lang: str) -> list[TimeMention]:
    """Temporal expressions of `text`, sorted by start; relative ones need `published`."""
    if not text:
        return []
    lang = lang or DEFAULT_LANG
    folded, chosen = _candidates(text, lang)
    return _mentions(text, folded, chosen, published, lang)


def infer_publication(text: str, lang: str) -> tuple[date, str] | None:
    """(date, reason) when the text itself tells when it was published, else None."""
    if not text:
        return None
    lang = lang or DEFAULT_LANG
    _folded, chosen = _candidates(text, lang)
    return publication.infer(text, chosen, lexicon.load(lang))


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
    article.times = _mentions(text, folded, chosen, article.published, lang)
    return article
