"""The CASE 2021 scorer: its arithmetic, and a short run on the shared dev split."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_helpers import SHARED

from passage.eval.events import macro_f1, primary, score
from passage.record import Event, Span


def test_macro_f1():
    assert macro_f1(["a", "b"], ["a", "b"]) == 1.0
    assert macro_f1(["a", "b"], ["a", "a"]) == pytest.approx((2 / 3 + 0) / 2)
    assert macro_f1([], []) == 0.0


def test_the_most_specific_event_names_the_snippet():
    def ev(subtype: str) -> Event:
        return Event("x", "t", subtype, Span(0, 1, "x"), Span(0, 1, "x"))

    assert primary([ev("Armed clash"), ev("Suicide bomb")], ["Suicide bomb", "Armed clash"]) == (
        "Suicide bomb"
    )
    assert primary([], ["Suicide bomb"]) == "(none)"


@pytest.mark.skipif(not (SHARED / "eval" / "event_types").exists(), reason="no shared eval data")
def test_score_runs_on_dev():
    figures = {f.metric: f for f in score(SHARED / "eval", "dev", 40)}
    assert figures["subtype_macro_f1"].n == 40
    assert figures["type_accuracy"].value > 0.4  # rules, not chance


def test_missing_data_gives_an_empty_figure(tmp_path: Path):
    (fig,) = list(score(tmp_path, "dev", None))
    assert fig.value is None and fig.n == 0
