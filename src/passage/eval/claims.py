"""Claims scorer: status and attribution chain of the events of the French news dev gold."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from passage.eval import Figure
from passage.eval.events import GOLD_DATASET, claim_figures, gold_results

STAGE = "claims"


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Dev only: the gold is development data."""
    if split != "dev":
        return
    result = gold_results(Path(data_dir), limit)
    if result is None:
        yield Figure(STAGE, GOLD_DATASET, "status_accuracy", None, 0)
        return
    yield from claim_figures(result)
