"""Fatality counts the ACLED way: the lowest figure given, vague quantities as fixed numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from passage.record import Fatalities, TimeMention
from passage.stages.events.lexicon import Lexicon, fold, phrase_at
from passage.stages.events.syntax import covers

_DIGITS = re.compile(r"^\d{1,3}(?:[., \u00a0\u202f]\d{3})+$|^\d+$")
# A bare number that reads as a year is a date, not a count.
_YEARS = range(1900, 2101)


# The word that joins the parts of a hyphenated number ("vingt-et-un", "soixante-et-onze").
_JOINERS = frozenset({"et"})


@dataclass(frozen=True)
class Count:
    value: int
    first: int  # index of its first token in the sentence
    vague: bool = False  # a conventional figure for words ("plusieurs"), not a count
    size: int = 1  # how many tokens it spans ("deux cents")


def number_value(lex: Lexicon, token: Any) -> int | None:
    text = fold(token.text)
    if _DIGITS.match(text):
        value = int(re.sub(r"\D", "", text))
        return None if value in _YEARS else value
    if text in lex.numbers:
        return lex.numbers[text]
    parts = [p for p in text.split("-") if p not in _JOINERS]
    if len(parts) > 1 and all(p in lex.numbers for p in parts):
        return compose([lex.numbers[p] for p in parts])
    return None


def compose(values: Sequence[int]) -> int:
    """The number that number words written in a row make: a smaller one before a larger one
    multiplies it ("quatre-vingts", "deux cents", "trois mille"), else they add up
    ("vingt-deux", "soixante-dix", "mille deux cents")."""
    total = 0
    group = 0
    for v in values:
        if group and v > group:
            group *= v
            if v >= 1000:  # "deux cent mille": the thousands are done
                total, group = total + group, 0
        else:
            total, group = total + group, v
    return total + group


def counts(lex: Lexicon, tokens: Sequence[Any], times: Sequence[TimeMention]) -> list[Count]:
    """Every count in the tokens: numbers and vague quantities ("plusieurs", "des dizaines")."""
    found: list[Count] = []
    longest = max((len(q.split()) for q in lex.quantities), default=1)
    i = 0
    while i < len(tokens):
        if any(covers([tokens[i]], t) for t in times):
            i += 1
            continue
        hit = None
        for n in range(longest, 0, -1):
            words = " ".join(fold(t.text) for t in tokens[i : i + n])
            if len(tokens[i : i + n]) == n and words in lex.quantities:
                hit = (words, n)
                break
        if hit:
            words, n = hit
            # "une dizaine" is a count, if a rough one; "plusieurs", "des dizaines" are words
            # ACLED gives a conventional figure.
            vague = words in lex.vague_quantities
            found.append(Count(lex.quantities[words], i, vague=vague, size=n))
            i += n
            continue
        values, used = _number_run(lex, tokens, i, times)
        # "un"/"une" are articles far more often than counts.
        if values and not (values == [1] and not tokens[i].text[0].isdigit()):
            found.append(Count(compose(values), i, size=used))
            i += used
            continue
        i += 1
    return found


def _number_run(
    lex: Lexicon, tokens: Sequence[Any], i: int, times: Sequence[TimeMention]
) -> tuple[list[int], int]:
    """The values of the number words that stand in a row from tokens[i] ("mille deux
    cents"): one number; and how many tokens they take. Digits stand alone, but for the
    groups of thousands of one number ("3 500")."""
    values: list[int] = []
    used = 0
    prev = None
    for t in tokens[i:]:
        value = number_value(lex, t)
        joined = _joined_number(lex, t) if values and value is None else None
        if joined is not None:
            # "ثلاثة وعشرون", "مئة وخمسون": a number joined by a conjunction adds up
            values[-1], prev, used = values[-1] + joined, t, used + 1
            continue
        if value is None or any(covers([t], m) for m in times):
            break
        if prev is not None and _thousands_group(prev, t):
            # "1 500" cut in two by the tokenizer: one number, its groups of thousands
            values[-1] = values[-1] * 1000 + value
            prev, used = t, used + 1
            continue
        if values and (t.text[:1].isdigit() or tokens[i].text[:1].isdigit()):
            break
        values.append(value)
        prev, used = t, used + 1
    return values, used


def _joined_number(lex: Lexicon, token: Any) -> int | None:
    """The value of a number word written with a conjunction clitic ("وعشرين": 20)."""
    text = fold(token.text)
    for joiner in lex.number_joiners:
        rest = text[len(joiner) :]
        if text.startswith(joiner) and rest in lex.numbers:
            return lex.numbers[rest]
    return None


def _thousands_group(prev: Any, t: Any) -> bool:
    """Whether `t` is the next group of three digits of the number `prev` ends ("1 500",
    "12 000"), written apart by a space as French and others write thousands."""
    gap = t.idx - (prev.idx + len(prev.text))
    return (
        gap == 1
        and prev.text.isdigit()
        and len(t.text) == 3
        and t.text.isdigit()
        and prev.doc.text[prev.idx + len(prev.text)] in " \u00a0\u202f"
    )


def fatalities_at(
    lex: Lexicon, tokens: Sequence[Any], cue: int, cue_end: int, times: Sequence[TimeMention]
) -> Fatalities | None:
    """The count attached to the fatality cue at tokens[cue:cue_end]: the nearest count before it
    (counts joined by a coordination are summed: "49 civils et 15 militaires tués"), else the
    nearest count after it ("tuant cinq personnes")."""
    lo = max(0, cue - lex.fatality_window)
    if any(_subset_at(lex, tokens, i) for i in range(lo, cue)):
        lo = max(0, lo - lex.fatality_window)  # the whole the subset is part of comes first
    before = _without_subsets(lex, tokens, lo, counts(lex, tokens[lo:cue], times))
    text_start = None
    total = None
    if before:
        chosen = [before[-1]]
        alternatives = False
        for prev in reversed(before[:-1]):
            between = tokens[lo + prev.first + prev.size : lo + chosen[0].first]
            if _alternative(lex, between):
                chosen.insert(0, prev)
                alternatives = True
            elif any(t.pos_ == "CCONJ" for t in between) and not any(
                t.pos_ in ("VERB", "PUNCT") for t in between
            ):
                chosen.insert(0, prev)
            else:
                break
        opening = lo + chosen[0].first - 1
        if opening >= 0 and fold(tokens[opening].text) in lex.count_alternatives:
            alternatives = True  # "entre dix et quinze morts": a range, not a sum
        values = [c.value for c in chosen]
        total = min(values) if alternatives else sum(values)
        vague = all(c.vague for c in chosen)
        text_start = tokens[lo + chosen[0].first].idx
        end_tok = tokens[cue_end - 1]
    else:
        # "un mort et plusieurs blessés": the wounded are not counted; "un civil a été
        # tué": the victim named as the subject of the cue, a few words before it
        one = _one_victim(lex, tokens, cue, cue_end, tuple(range(cue - 1, lo - 1, -1)))
        if one is not None:
            return one
        hi = min(len(tokens), cue_end + lex.fatality_window)
        hi = next((i for i in range(cue_end, hi) if _injury(lex, tokens, i)), hi)
        after = counts(lex, tokens[cue_end:hi], times)
        if not after:
            return _one_victim(lex, tokens, cue, cue_end, (cue_end,))
        total = after[0].value
        vague = after[0].vague
        text_start = tokens[cue].idx
        end_tok = tokens[cue_end + after[0].first + after[0].size - 1]
        # extend to the counted noun
        nxt = cue_end + after[0].first + after[0].size
        if nxt < len(tokens) and tokens[nxt].pos_ == "NOUN":
            end_tok = tokens[nxt]
    return _toll(tokens, text_start, end_tok.idx + len(end_tok.text), total, vague)


def _toll(tokens: Sequence[Any], start: int, end: int, value: int, vague: bool) -> Fatalities:
    """A toll and the words that tell it, with their place in the article."""
    doc = tokens[0].doc
    # the words as a span: the document's text is rebuilt from all its words at each asking
    words = doc.char_span(start, end) if start < end else None
    text = words.text if words is not None else doc.text[start:end]
    return Fatalities(min=value, text=text, start=start, end=end, vague=vague)


def _alternative(lex: Lexicon, between: Sequence[Any]) -> bool:
    """ "trois ou quatre", "cinq, peut-être sept": counts of which only one is true (ACLED keeps
    the lowest), not counts of two groups to add."""
    return any(fold(t.text) in lex.count_alternatives for t in between) and not any(
        t.pos_ == "VERB" for t in between
    )


def _without_subsets(
    lex: Lexicon, tokens: Sequence[Any], lo: int, found: list[Count]
) -> list[Count]:
    """ "cinq personnes, dont deux enfants": a count introduced by a subset word (up to two
    words before it) counts some of the victims already counted, not others."""
    return [c for k, c in enumerate(found) if not (k and _subset_at(lex, tokens, lo + c.first))]


def _subset_at(lex: Lexicon, tokens: Sequence[Any], at: int) -> bool:
    lead = " ".join(fold(t.text) for t in tokens[max(0, at - 2) : at])
    return any(lead == w or lead.endswith(" " + w) for w in lex.count_subsets)


def _injury(lex: Lexicon, tokens: Sequence[Any], i: int) -> bool:
    return any(phrase_at(p, tokens, i, lex.clitics) for p in lex.injury_words)


def _one_victim(
    lex: Lexicon, tokens: Sequence[Any], cue: int, cue_end: int, where: tuple[int, ...]
) -> Fatalities | None:
    """ "a fait un mort", "ont tué un chauffeur": with no other count, the article "un" right
    before the cue, or right after it, counts one when the cue (or a victim noun) follows."""
    for at in where:
        if not 0 <= at < len(tokens) - 1 or lex.numbers.get(fold(tokens[at].text)) != 1:
            continue
        victim = tokens[at + 1]
        if at + 1 < cue and any(t.pos_ in ("PUNCT", "VERB") for t in tokens[at + 1 : cue]):
            continue  # "un civil" of another clause or verb than the cue's
        if (
            at + 1 == cue
            or fold(victim.lemma_ or victim.text) in lex.civilian_nouns
            or _passive_subject(victim, tokens[at + 2 : cue])
        ):
            first, last = (
                (tokens[cue], victim) if at == cue_end else (tokens[at], tokens[cue_end - 1])
            )
            return _toll(tokens, first.idx, last.idx + len(last.text), 1, False)
    return None


def _passive_subject(victim: Any, between: Sequence[Any]) -> bool:
    """ "un policier a été tué": a noun right before the passive of the cue is who died,
    whoever it names."""
    return (
        victim.pos_ == "NOUN"
        and bool(between)
        and all(t.pos_ in ("AUX", "ADV") for t in between)
        and any(t.dep_ in ("aux:pass", "auxpass") for t in between)
    )


def running_total(lex: Lexicon, clause: Sequence[Any]) -> bool:
    """ "plus de 1 500 personnes ont été tuées depuis janvier": a toll over a stretch of time
    counts the dead of many acts, and is no act of its own (events.json fatality
    "running_total")."""
    return any(
        phrase_at(p, clause, i, lex.clitics) for i in range(len(clause)) for p in lex.running_total
    )
