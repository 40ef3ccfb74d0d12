"""The events scorers (CASE 2021, the news dev golds in French, English and Arabic, PLOVER):
arithmetic and short runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_helpers import SHARED

from passage import data
from passage.eval import claims as claims_eval
from passage.eval.events import (
    GOLD_LANGUAGES,
    NONE,
    _gold_figures,
    _pair,
    gold_dataset,
    gold_path,
    gold_results,
    macro_f1,
    normal_name,
    primary,
    score,
    score_gold,
    score_plover,
)
from passage.record import ACCESS_EFFECTS, CLAIM_STATUSES, Article, Event, Span
from passage.stages import language
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
    figures = {
        f.metric: f for f in score(SHARED / "eval", "dev", 40) if f.dataset == "case2021_dev"
    }
    assert figures["subtype_macro_f1"].n == 40
    assert figures["type_accuracy"].value > 0.4  # rules, not chance


def test_missing_data_gives_an_empty_figure(tmp_path: Path):
    # One empty figure per data set: CASE 2021, each language's news gold, PLOVER.
    figures = list(score(tmp_path, "dev", None))
    assert {f.dataset for f in figures} == {
        "case2021_dev",
        "news_fr_gold",
        "news_en_gold",
        "news_ar_gold",
        "plover_dev",
    }
    assert all(f.value is None and f.n == 0 for f in figures)


# --- the news dev golds and PLOVER ----------------------------------------------------------

# The least each gold holds: sentences, and articles of shared/eval/news it covers.
GOLD_SIZES = {"fr": (60, 16), "en": (60, 9), "ar": (25, 5)}


def _gold_lines(lang: str = "fr") -> list[dict]:
    return [json.loads(x) for x in gold_path(lang).read_text(encoding="utf-8").splitlines() if x]


@pytest.mark.parametrize("lang", GOLD_LANGUAGES)
def test_gold_is_well_formed(lang: str):
    lines = _gold_lines(lang)
    least_sentences, least_articles = GOLD_SIZES[lang]
    assert len(lines) >= least_sentences
    assert len({x["article"] for x in lines if "/" not in x["article"]}) >= least_articles
    assert any(not x["events"] for x in lines)  # sentences with no event count too
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
@pytest.mark.parametrize("lang", GOLD_LANGUAGES)
def test_gold_offsets_hold_their_triggers(lang: str):
    news = SHARED / "eval" / "news" / "articles.jsonl"
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in news.read_text().splitlines()}
    for line in _gold_lines(lang):
        article = line["article"]
        text = texts.get(article) or (SHARED / article).read_text(encoding="utf-8")
        sentence = text[line["start"] : line["end"]].replace("’", "'").lower()
        for ev in line["events"]:
            assert ev["trigger"].replace("’", "'").lower() in sentence, (article, ev["trigger"])


@pytest.mark.skipif(not (SHARED / "eval" / "news").exists(), reason="no shared eval data")
@pytest.mark.parametrize("lang", GOLD_LANGUAGES)
def test_gold_sentences_are_the_language_stage_sentences(lang: str):
    # offsets were computed by script from the sentences the language stage cuts
    news = SHARED / "eval" / "news" / "articles.jsonl"
    articles = {json.loads(x)["id"]: json.loads(x) for x in news.read_text().splitlines()}
    cut: dict[str, set[tuple[int, int]]] = {}
    for line in _gold_lines(lang):
        item = articles.get(line["article"])
        if item is None:
            continue  # the canonical example
        if item["id"] not in cut:
            doc = language.annotate(Article(text=item["text"], language=item["language"]))
            cut[item["id"]] = {(s.start, s.end) for s in doc.sentences}
        assert item["language"] == lang
        assert (line["start"], line["end"]) in cut[item["id"]], (line["article"], line["start"])


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
    everything = list(score_gold(SHARED / "eval", "dev", 12))
    # each language's gold is its own data set, in the order fr, en, ar
    datasets = list(dict.fromkeys(f.dataset for f in everything))
    assert datasets == ["news_fr_gold", "news_en_gold", "news_ar_gold"]
    for lang in GOLD_LANGUAGES:
        figures = {f.metric: f for f in everything if f.dataset == gold_dataset(lang)}
        assert figures["sentences"].n == 12
        assert figures["event_recall"].value is not None
        assert 0.0 <= figures["subtype_macro_f1"].value <= 1.0
    claim_figures = list(claims_eval.score(SHARED / "eval", "dev", 12))
    assert {f.stage for f in claim_figures} == {"claims"}
    assert {f.dataset for f in claim_figures} == {gold_dataset(x) for x in GOLD_LANGUAGES}
    # development data: never scored on the test split
    assert list(score_gold(SHARED / "eval", "test", 12)) == []
    assert list(claims_eval.score(SHARED / "eval", "test", 12)) == []


@pytest.mark.skipif(not (SHARED / "eval" / "news").exists(), reason="no shared eval data")
def test_each_gold_is_scored_on_its_own():
    # the French figures are those of the French gold alone: the other golds add data sets,
    # they do not change it
    alone = gold_results(SHARED / "eval", 8, "fr")
    assert alone is not None
    expected = [(f.metric, f.value, f.n) for f in _gold_figures(alone, "news_fr_gold")]
    found = [
        (f.metric, f.value, f.n)
        for f in score_gold(SHARED / "eval", "dev", 8)
        if f.dataset == "news_fr_gold"
    ]
    assert found == expected
    # an Arabic gold article is run as Arabic text
    arabic = gold_results(SHARED / "eval", 3, "ar")
    assert arabic is not None and arabic.sentences == 3
    assert any(x.found is not None for x in arabic.matches)


@pytest.mark.skipif(not (SHARED / "eval" / "plover").exists(), reason="no shared eval data")
def test_plover_scorer_runs():
    figures = {f.metric: f for f in score_plover(SHARED / "eval", "dev", 15)}
    assert figures["category_macro_f1"].n == 15
    assert figures["mapped_category_macro_f1"].n <= 15
    assert figures["source_actor_match"].value is not None
