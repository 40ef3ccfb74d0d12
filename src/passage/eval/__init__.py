"""Scorers behind `passage eval`: each stage scored on the gold data in shared/eval/."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

# Stage name -> module under passage.eval that defines `score(data_dir, split, limit)`.
SCORERS: dict[str, str] = {
    "places": "passage.eval.places",
    "time": "passage.eval.time",
    "events": "passage.eval.events",
    "claims": "passage.eval.claims",
}


@dataclass
class Figure:
    """One measured figure: which set, which metric, its value, over how many items."""

    stage: str
    dataset: str
    metric: str
    value: float | None
    n: int


Scorer = Callable[[Path, str, int | None], Iterator[Figure]]


def hit_share(hits: list[bool]) -> float | None:
    """The share of hits among the items scored; None when nothing was scored."""
    return sum(hits) / len(hits) if hits else None


def default_data_dir() -> Path:
    """`PASSAGE_EVAL_DATA`, else the shared/eval folder beside the project checkout."""
    env = os.environ.get("PASSAGE_EVAL_DATA")
    if env:
        return Path(env)
    here = Path.cwd()
    for base in (here, *here.parents):
        candidate = base / "shared" / "eval"
        if candidate.is_dir():
            return candidate
        candidate = base.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return here / "shared" / "eval"


def run(stages: list[str], data_dir: Path, split: str, limit: int | None) -> list[Figure]:
    figures: list[Figure] = []
    for stage in stages:
        module = importlib.import_module(SCORERS[stage])
        figures.extend(module.score(data_dir, split, limit))
    return figures
