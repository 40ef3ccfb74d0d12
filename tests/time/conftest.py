"""Shared fixtures for the time stage tests: the example article, the news articles and the
French parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLE = SHARED / "examples" / "abou-kamal-qaem-reouverture.fr.txt"
NEWS = SHARED / "eval" / "news" / "articles.jsonl"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def example_text() -> str:
    if not EXAMPLE.exists():
        pytest.skip(f"shared example not found at {EXAMPLE}")
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def news() -> dict[str, dict]:
    if not NEWS.exists():
        pytest.skip(f"shared news articles not found at {NEWS}")
    with NEWS.open(encoding="utf-8") as fh:
        return {a["id"]: a for a in map(json.loads, fh)}


@pytest.fixture(scope="module")
def french_parse():
    """The French pipeline with its parser (the tense of a clause is read from it)."""
    from passage.stages import language

    try:
        pipeline = language.nlp_for("fr")
    except OSError:
        pytest.skip("the French spaCy model is not installed")
    if "parser" not in pipeline.pipe_names:
        pytest.skip("the French pipeline has no parser")
    return pipeline
