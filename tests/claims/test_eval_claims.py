"""The claims scorer: status and attribution chain on each news dev gold (French, English,
Arabic), each its own data set, on the dev split only."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import SHARED

from passage.eval import claims as claims_eval
from passage.eval.events import GOLD_LANGUAGES, claim_figures, gold_dataset, gold_results


def test_missing_data_gives_one_empty_figure_per_gold(tmp_path: Path):
    figures = list(claims_eval.score(tmp_path, "dev", None))
    assert [f.dataset for f in figures] == [gold_dataset(x) for x in GOLD_LANGUAGES]
    assert all(f.stage == "claims" and f.value is None and f.n == 0 for f in figures)


def test_the_golds_are_never_scored_on_test(tmp_path: Path):
    assert list(claims_eval.score(tmp_path, "test", None)) == []


@pytest.mark.skipif(not (SHARED / "eval" / "news").exists(), reason="no shared eval data")
def test_each_gold_gets_status_and_chain_figures_of_its_own():
    figures = list(claims_eval.score(SHARED / "eval", "dev", 10))
    for lang in GOLD_LANGUAGES:
        mine = {f.metric: f for f in figures if f.dataset == gold_dataset(lang)}
        assert set(mine) == {"status_accuracy", "chain_exact", "status_and_chain"}
        assert mine["status_accuracy"].n > 0
        # both right is never more often than either
        assert mine["status_and_chain"].value <= min(
            mine["status_accuracy"].value, mine["chain_exact"].value
        )
    # the French figures are those of the French gold alone
    alone = gold_results(SHARED / "eval", 10, "fr")
    assert alone is not None
    expected = [(f.metric, f.value, f.n) for f in claim_figures(alone, gold_dataset("fr"))]
    found = [(f.metric, f.value, f.n) for f in figures if f.dataset == gold_dataset("fr")]
    assert found == expected
