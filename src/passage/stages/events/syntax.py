"""Dependency-parse helpers: which tokens a mention covers, subtrees, governing verbs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Protocol


class Mention(Protocol):
    start: int
    end: int


PASSIVE_SUBJECT = ("nsubj:pass", "nsubjpass")
SUBJECT = ("nsubj",)
OBJECT = ("obj", "dobj")
AGENT = ("obl:agent", "agent")


def has_parse(doc: Any) -> bool:
    return doc is not None and doc.has_annotation("DEP")


def token_end(token: Any) -> int:
    return token.idx + len(token.text)


def covers(tokens: Iterable[Any], mention: Mention) -> bool:
    """Whether any of the tokens overlaps the mention's characters."""
    return any(t.idx < mention.end and mention.start < token_end(t) for t in tokens)


def subtree(token: Any) -> list[Any]:
    return list(token.subtree)


def children(token: Any, deps: Sequence[str]) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def is_passive(token: Any) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass") for c in token.children) or (
        "Pass" in token.morph.get("Voice")
    )


def first_in(tokens: Sequence[Any], mentions: Sequence[Any]) -> Any | None:
    """The first mention (in text order) overlapping any of the tokens."""
    for m in mentions:
        if covers(tokens, m):
            return m
    return None


def governing_verb(token: Any) -> Any:
    """The verb of the clause a token belongs to (itself when it is a verb)."""
    t = token
    for _ in range(40):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


_FINAL = (".", "!", "?", "…")


def sentences(doc: Any) -> list[Any]:
    """Sentences by rule: a full stop before a word that may start one, or a line break.
    The statistical parser both runs sentences together and cuts them mid-phrase, and an event
    must take its actor, date and source from its own sentence."""
    out = []
    start = 0
    for t in doc[1:] if len(doc) else []:
        prev = doc[t.i - 1]
        ends = (prev.text in _FINAL and not t.text[:1].islower()) or (
            prev.is_space and "\n" in prev.text
        )
        if ends and not t.is_space and not t.is_punct:
            out.append(doc[start : t.i])
            start = t.i
    if len(doc):
        out.append(doc[start : len(doc)])
    return [_trim(s) for s in out if s.text.strip()]


def _trim(span: Any) -> Any:
    """The span without the line breaks and spaces at its ends."""
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]
