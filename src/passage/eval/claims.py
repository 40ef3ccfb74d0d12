"""Claims scorer: status and attribution chain of the events of the news dev golds (French,
English and Arabic, each its own data set)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from passage.eval import Figure
from passage.eval.events import GOLD_LANGUAGES, claim_figures, gold_dataset, gold_results

STAGE = "claims"


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Dev only: the golds are development data."""
    if split != "dev":
        return
    for lang in GOLD_LANGUAGES:
        result = gold_results(Path(data_dir), limit, lang)
        if result is None:
            yield Figure(STAGE, gold_dataset(lang), "status_accuracy", None, 0)
            continue
        yield from claim_figures(result, gold_dataset(lang))
