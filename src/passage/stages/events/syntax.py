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
