"""Benchmarks behind `passage bench`: each measures a stage beside a baseline in the same run."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# Benchmark name -> module under passage.bench that defines `measure(data_dir, repeat)`.
BENCHES: dict[str, str] = {
    "time": "passage.bench.time",
    "places": "passage.bench.places",
    "pipeline": "passage.bench.pipeline",
}


@dataclass
class Measure:
    """One measured figure, for Passage or for the baseline it is compared with."""

    bench: str
    subject: str  # "passage" or the baseline's name
    metric: str  # e.g. "expressions/s", "build s"
    value: float
    n: int


def run(names: list[str], data_dir: Path, repeat: int) -> Iterator[Measure]:
    for name in names:
        module = importlib.import_module(BENCHES[name])
        yield from module.measure(data_dir, repeat)
