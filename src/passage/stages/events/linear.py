"""Noun phrases around a trigger read from word order alone, for languages without a parser
whose subject comes first: the words before a verb trigger name who acted, those after it whom
it was done to, when no known actor stands there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from passage.stages.events.lexicon import PhraseWords, fold

# Longer phrases before a trigger are whole clauses, not a subject; longer after it, not an
# object.
MAX_SUBJECT = 10
MAX_OBJECT = 8
# Punctuation that ends a phrase; brackets do not: "the Azadliq (Freedom) coalition".
PHRASE_PUNCT = frozenset(',;:"“”«»—–!?')
BRACKETS = {")": "(", "]": "["}


def _word(token: Any) -> str:
    return fold(token.text)


def _is_number(token: Any) -> bool:
    return any(ch.isdigit() for ch in token.text)


def is_noun_use(words: PhraseWords, tokens: Sequence[Any], first: int) -> bool:
    """Whether the trigger at tokens[first] is used as a noun: a determiner, a preposition, a
    number or a possessive stands right before it ("the attack", "two rallies", "Iran's
    offer"), or it opens the sentence ("Fighting resumed")."""
    if first == 0:
        return True
    prev = tokens[first - 1]
    word = _word(prev)
    return word in words.noun_markers or _is_number(prev) or word in ("'s", "'")


def subject_span(words: PhraseWords, tokens: Sequence[Any], first: int) -> tuple[int, int] | None:
    """Token bounds [start, end) of the subject before a verb trigger at tokens[first]: back over
    auxiliaries and adverbs ("has", "on Friday", "again"), over "to" and the verb that governs
    it ("offered to negotiate"), then to the start of the clause."""
    if is_noun_use(words, tokens, first):
        return None
    k = first - 1
    while k >= 0 and _word(tokens[k]) in words.skip:
        k -= 1
    if k >= 1 and _word(tokens[k]) == words.infinitive:
        k -= 2  # the governing verb
        while k >= 0 and _word(tokens[k]) in words.skip:
            k -= 1
    end = k + 1
    depth: list[str] = []
    while k >= 0 and end - k <= MAX_SUBJECT + 1:
        text = tokens[k].text
        if text in BRACKETS:
            depth.append(BRACKETS[text])
        elif depth and text == depth[-1]:
            depth.pop()
        elif not depth and (
            text in PHRASE_PUNCT or text in "([" or _word(tokens[k]) in words.clause_words
        ):
            break
        k -= 1
    start = k + 1
    if start >= end or end - start > MAX_SUBJECT or depth:
        return None  # nothing, or no clause start near enough: not a subject
    if not any(t.text[:1].isalpha() for t in tokens[start:end]):
        return None
    return start, end


def object_span(words: PhraseWords, tokens: Sequence[Any], last: int) -> tuple[int, int] | None:
    """Token bounds [start, end) of the object after a verb trigger ending at tokens[last]:
    past a count ("up to 16", "at least"), up to a preposition, punctuation or clause word."""
    k = last + 1
    while k < len(tokens) and _word(tokens[k]) in words.quantifiers:
        k += 1
    start = k
    while k < len(tokens) and k - start <= MAX_OBJECT:
        t = tokens[k]
        word = _word(t)
        if (
            t.text in PHRASE_PUNCT
            or t.text in ".()[]"
            or word in words.object_stops
            or word in words.clause_words
        ):
            break
        k += 1
    end = k
    if start >= end or end - start > MAX_OBJECT:
        return None
    if not any(t.text[:1].isalpha() for t in tokens[start:end]):
        return None
    return start, end
