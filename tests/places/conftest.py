"""Fixtures for the places tests: the gazetteer index (built once) and the real texts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passage.record import Article, PlaceMention
from passage.stages import language
from passage.stages.places import annotate
from passage.stages.places.gazetteer import Gazetteer, gazetteer
from tests.paths import EXAMPLE, NEWS


@pytest.fixture(scope="session")
def index() -> Gazetteer:
    """The index, built on first use into the user cache (or $PASSAGE_CACHE_DIR), then reused."""
    return gazetteer()


@pytest.fixture(scope="session")
def news() -> dict[str, dict]:
    assert NEWS.exists(), f"missing shared news articles: {NEWS}"
    with NEWS.open(encoding="utf-8") as fh:
        return {d["id"]: d for d in map(json.loads, fh)}


def run_places(text: str, lang: str) -> Article:
    """The language stage then the places stage, as the pipeline runs them."""
    article = language.annotate(Article(text=text, language=lang))
    return annotate(article)


def places_by_text(text: str, lang: str) -> dict[str, PlaceMention]:
    """The places found in the text, by the words that name them."""
    return {m.text: m for m in run_places(text, lang).places}


def country_and_kind(places: dict[str, PlaceMention], name: str) -> tuple:
    """Where the named place was put: its country and its kind."""
    assert name in places, f"{name!r} not in {sorted(places)}"
    m = places[name]
    return m.country, m.kind


@pytest.fixture(scope="session")
def example(index: Gazetteer) -> Article:
    assert EXAMPLE.exists(), f"missing canonical example: {EXAMPLE}"
    return run_places(Path(EXAMPLE).read_text(encoding="utf-8"), "fr")
