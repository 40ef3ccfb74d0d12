"""The project's own gold on the shared news articles: well-formed, and the stage meets it."""

from __future__ import annotations

import json

import pytest

from passage.eval import time as time_eval


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    with time_eval.NEWS_GOLD.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_gold_rows_point_into_the_shared_texts(gold, news) -> None:
    assert len(gold) >= 100
    assert {g["language"] for g in gold} == {"fr", "en", "ar"}
    for g in gold:
        text = news[g["article"]]["text"]
        assert text[g["start"] : g["end"]] == g["text"], g
        assert g["kind"] in ("date", "duration", "set")
        if g["value"] is not None:
            assert g["kind"] == "date"
            assert g["value"]["start"] <= g["value"]["end"]
            assert g["value"]["precision"] in ("day", "week", "month", "year")
        stated = news[g["article"]]["published"]
        assert g["published"] == stated or g["published_assumed"] or stated is None


def test_gold_keeps_offsets_not_texts(gold) -> None:
    assert all(len(g["text"]) < 60 for g in gold)


def test_the_stage_meets_the_news_gold(shared_dir) -> None:
    articles = shared_dir / "eval" / "news" / "articles.jsonl"
    if not articles.exists():
        pytest.skip("shared news articles not found")
    t = time_eval.score_news(time_eval.NEWS_GOLD, articles)["all"]
    assert t.day_exact / t.day_gold >= 0.95
    assert t.date_exact / t.date_gold >= 0.95
    assert t.durations_as_dates == 0
    assert t.invented == 0  # no value where the gold says none can be known
    assert t.strict / t.gold >= 0.9


def test_news_figures_are_reported_per_language(shared_dir) -> None:
    figures = list(time_eval.score(shared_dir / "eval", "dev", None))
    names = {f.dataset for f in figures}
    assert {"time_news", "time_news/fr", "time_news/en", "time_news/ar"} <= names


def test_the_scorer_counts_a_wrong_value(tmp_path, news) -> None:
    a = news["fr-djibo-gaskinde-sept-2022"]
    start = a["text"].index("le 17 février")
    row = {
        "article": a["id"], "language": "fr", "published": a["published"],
        "published_assumed": False, "start": start, "end": start + len("le 17 février"),
        "text": "le 17 février", "kind": "date",
        "value": {"start": "2021-02-17", "end": "2021-02-17", "precision": "day"},
    }  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps(a, ensure_ascii=False) + "\n", encoding="utf-8")
    t = time_eval.score_news(path, articles)["all"]
    assert (t.day_gold, t.day_exact, t.strict) == (1, 0, 1)
