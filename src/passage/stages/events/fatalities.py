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


@dataclass(frozen=True)
class Count:
    value: int
    first: int  # index of its first token in the sentence


def number_value(lex: Lexicon, token: Any) -> int | None:
    text = fold(token.text)
    if _DIGITS.match(text):
        value = int(re.sub(r"\D", "", text))
        return None if value in _YEARS else value
    if text in lex.numbers:
        return lex.numbers[text]
    parts = text.split("-")
    if len(parts) > 1 and all(p in lex.numbers for p in parts):
        return sum(lex.numbers[p] for p in parts)
    return None


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
                hit = (lex.quantities[words], n)
                break
        if hit:
            found.append(Count(hit[0], i))
            i += hit[1]
            continue
        value = number_value(lex, tokens[i])
        # "un"/"une" are articles far more often than counts.
        if value is not None and not (value == 1 and not tokens[i].text[0].isdigit()):
            found.append(Count(value, i))
        i += 1
    return found


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
            between = tokens[lo + prev.first + 1 : lo + chosen[0].first]
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
        text_start = tokens[lo + chosen[0].first].idx
        end_tok = tokens[cue_end - 1]
    else:
        one = _one_victim(lex, tokens, cue, cue_end, (cue - 1,))
        if one is not None:
            return one  # "un mort et plusieurs blessés": the wounded are not counted
        hi = min(len(tokens), cue_end + lex.fatality_window)
        hi = next((i for i in range(cue_end, hi) if _injury(lex, tokens, i)), hi)
        after = counts(lex, tokens[cue_end:hi], times)
        if not after:
            return _one_victim(lex, tokens, cue, cue_end, (cue_end,))
        total = after[0].value
        text_start = tokens[cue].idx
        end_tok = tokens[cue_end + after[0].first]
        # extend to the counted noun
        nxt = cue_end + after[0].first + 1
        if nxt < len(tokens) and tokens[nxt].pos_ == "NOUN":
            end_tok = tokens[nxt]
    doc = tokens[0].doc
    text = doc.text[text_start : end_tok.idx + len(end_tok.text)]
    return Fatalities(min=total, text=text)


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
        if at + 1 == cue or fold(victim.lemma_ or victim.text) in lex.civilian_nouns:
            first, last = (
                (tokens[cue], victim) if at == cue_end else (tokens[at], tokens[cue_end - 1])
            )
            doc = tokens[0].doc
            return Fatalities(min=1, text=doc.text[first.idx : last.idx + len(last.text)])
    return None
