"""Claims scorer: status and attribution chain of the events of the news dev golds (French,
English and Arabic, each its own data set)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from passage.eval import Figure
from passage.eval.events import claim_figures, dev_gold_results

STAGE = "claims"


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Dev only: the golds are development data."""
    for dataset, result in dev_gold_results(data_dir, split, limit):
        if result is None:
            yield Figure(STAGE, dataset, "status_accuracy", None, 0)
            continue
        yield from claim_figures(result, dataset)
