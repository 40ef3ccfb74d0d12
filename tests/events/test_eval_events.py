"""The events scorers (CASE 2021, the French news dev gold, PLOVER): arithmetic and short runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_helpers import SHARED

from passage import data
from passage.eval import claims as claims_eval
from passage.eval.events import (
    GOLD_FR,
    NONE,
    _pair,
    macro_f1,
    normal_name,
    primary,
    score,
    score_gold,
    score_plover,
)
from passage.record import ACCESS_EFFECTS, CLAIM_STATUSES, Event, Span
from passage.stages.events import acled_types


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
    # One empty figure per data set: CASE 2021, the French news gold, PLOVER.
    figures = list(score(tmp_path, "dev", None))
    assert {f.dataset for f in figures} == {"case2021_dev", "news_fr_gold", "plover_dev"}
    assert all(f.value is None and f.n == 0 for f in figures)


# --- the French news dev gold and PLOVER --------------------------------------------------


def _gold_lines() -> list[dict]:
    return [json.loads(x) for x in GOLD_FR.read_text(encoding="utf-8").splitlines() if x]


def test_gold_is_well_formed():
    lines = _gold_lines()
    assert len(lines) >= 60
    types = acled_types()
    registry = json.loads((data.DATA_DIR / "registry" / "crossings.json").read_text("utf-8"))
    ids = {x["id"] for v in registry.values() if isinstance(v, list) for x in v}
    canon = {a["name"] for a in json.loads((data.DATA_DIR / "actors.json").read_text())["actors"]}
    for line in lines:
        assert 0 <= line["start"] < line["end"]
        assert "text" not in line  # offsets only: the articles are not copied
        for ev in line["events"]:
            assert types[ev["subtype"]] == ev["type"]
            assert len(ev["trigger"]) <= 40
            if ev["access"]:
                assert ev["access"]["target"] in ids
                assert ev["access"]["effect"] in ACCESS_EFFECTS
            for a in ev["actors"]:
                assert a["role"] in ("actor", "target")
                # canonical actors, or the national templates of the actors data
                assert a["name"] in canon or a["name"].startswith(("Government of", "Military"))
            for c in ev["claims"]:
                assert c["status"] in CLAIM_STATUSES
                assert c["chain"][0] == line["outlet"]
            if ev["date"]:
                assert ev["date"]["start"] <= ev["date"]["end"]


@pytest.mark.skipif(not (SHARED / "eval" / "news").exists(), reason="no shared eval data")
def test_gold_offsets_hold_their_triggers():
    news = SHARED / "eval" / "news" / "articles.jsonl"
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in news.read_text().splitlines()}
    for line in _gold_lines():
        article = line["article"]
        text = texts.get(article) or (SHARED / article).read_text(encoding="utf-8")
        sentence = text[line["start"] : line["end"]].replace("’", "'").lower()
        for ev in line["events"]:
            assert ev["trigger"].replace("’", "'").lower() in sentence, (article, ev["trigger"])


def test_pairing_prefers_the_same_subtype():
    def ev(subtype: str, type_: str) -> Event:
        return Event("x", type_, subtype, Span(0, 1, "x"), Span(0, 1, "x"))

    clash, strike = (
        ev("Armed clash", "Battles"),
        ev("Air/drone strike", "Explosions/Remote violence"),
    )
    gold = [
        {"subtype": "Air/drone strike", "type": "Explosions/Remote violence", "access": None},
        {"subtype": "Armed clash", "type": "Battles", "access": None},
    ]
    assert [e for _g, e in _pair(gold, [clash, strike])] == [strike, clash]
    assert [e for _g, e in _pair(gold, [clash])] == [None, clash]


def test_spurious_events_count_against_precision_only():
    assert macro_f1(["a"], ["a"], none=NONE) == 1.0
    assert macro_f1(["a", NONE], ["a", "a"], none=NONE) == pytest.approx(2 * 0.5 * 1 / 1.5)
    assert macro_f1([NONE], ["a"], none=NONE) == 0.0


def test_names_compare_without_determiner_or_case():
    assert normal_name("L’agence Sputnik") == normal_name("agence sputnik")
    assert normal_name("une source sur le terrain") == "source sur le terrain"


@pytest.mark.skipif(not (SHARED / "eval" / "news").exists(), reason="no shared eval data")
def test_gold_scorer_runs_on_a_few_sentences():
    figures = {f.metric: f for f in score_gold(SHARED / "eval", "dev", 12)}
    assert figures["sentences"].n == 12
    assert figures["event_recall"].value is not None
    assert 0.0 <= figures["subtype_macro_f1"].value <= 1.0
    claim_figures = {f.metric: f for f in claims_eval.score(SHARED / "eval", "dev", 12)}
    assert claim_figures["status_accuracy"].stage == "claims"
    # development data: never scored on the test split
    assert list(score_gold(SHARED / "eval", "test", 12)) == []


@pytest.mark.skipif(not (SHARED / "eval" / "plover").exists(), reason="no shared eval data")
def test_plover_scorer_runs():
    figures = {f.metric: f for f in score_plover(SHARED / "eval", "dev", 15)}
    assert figures["category_macro_f1"].n == 15
    assert figures["mapped_category_macro_f1"].n <= 15
    assert figures["source_actor_match"].value is not None
