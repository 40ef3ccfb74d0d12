"""The ordered stage list, and run(article): the one function every runner calls."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from passage.record import Article
from passage.stages import actors, claims, events, language, places, time

Stage = Callable[[Article], Article]

STAGES: tuple[tuple[str, Stage], ...] = (
    ("language", language.annotate),
    ("time", time.annotate),
    ("places", places.annotate),
    ("actors", actors.annotate),
    ("events", events.annotate),
    ("claims", claims.annotate),
)


def run(article: Article, stages: Sequence[tuple[str, Stage]] = STAGES) -> Article:
    """Apply each stage in order; each adds its layer and returns the article."""
    for _name, stage in stages:
        article = stage(article)
    return article
