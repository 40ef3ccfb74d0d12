"""Dependency-parse helpers: which tokens a mention covers, subtrees, governing verbs."""

from __future__ import annotations

from bisect import bisect_right
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
    start, end = mention.start, mention.end
    # a token's len() is its text's, read without building the string: the events engine asks
    # this of every place and date against whole clauses, millions of times in a long sentence
    return any(t.idx < end and start < t.idx + len(t) for t in tokens)


class Cover:
    """The characters a set of tokens covers, for asking of many mentions whether the tokens
    overlap them: by halving, where `covers` reads every token for every mention."""

    def __init__(self, tokens: Iterable[Any]) -> None:
        # tokens never overlap one another, so in the order of their starts their ends rise too
        spans = sorted((t.idx, t.idx + len(t)) for t in tokens)
        self._starts = [s for s, _e in spans]
        self._ends = [e for _s, e in spans]

    def __call__(self, mention: Mention) -> bool:
        """Whether any of the tokens overlaps the mention's characters (as `covers`)."""
        k = bisect_right(self._ends, mention.start)
        return k < len(self._starts) and self._starts[k] < mention.end


def subtree(token: Any) -> list[Any]:
    return list(token.subtree)


def children(token: Any, deps: Sequence[str]) -> list[Any]:
    return [c for c in token.children if c.dep_ in deps]


def is_passive(token: Any) -> bool:
    if any(c.dep_ in ("aux:pass", "auxpass") for c in token.children):
        return True
    # "Les assaillants, arrivés à moto, ...": a participle tagged passive whose subject the
    # parse calls active, with no passive auxiliary, is no passive
    return (
        "Pass" in token.morph.get("Voice")
        and not active_misparsed(token)
        and not children(token, SUBJECT)
    )


def active_misparsed(token: Any) -> bool:
    """ "Les rebelles ont enlevé quatre employés": a participle with a tense auxiliary and a
    direct object, whose subject the parse calls passive. No passive auxiliary, an object:
    the verb is active and that subject acts."""
    return (
        bool(children(token, PASSIVE_SUBJECT))
        and bool(children(token, OBJECT))
        and not any(c.dep_ in ("aux:pass", "auxpass") for c in token.children)
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
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t
