"""Recognition from raw English text: people named like towns, streets and natural features,
direction words, abbreviated first words; the outlet's home against famous places; the
French/Arabic scorer's use of article URLs."""

from __future__ import annotations

from passage.eval.places import _gold_articles, load_fr_ar_gold
from passage.record import Article
from passage.stages.places import annotate
from passage.stages.places.stage import resolve_spans


def _places(text: str, url: str | None = None) -> list[tuple[str, str | None]]:
    return [
        (p.text, p.country) for p in annotate(Article(text=text, language="en", url=url)).places
    ]


def test_a_titled_or_speaking_name_is_a_person(index) -> None:
    text = (
        "The victim's sister travelled to court. Hickson stabbed Mr Paterson in the kitchen. "
        "Sheriff Bell spoke to reporters. The plan works, Welch said on Monday."
    )
    found = [t for t, _ in _places(text)]
    assert not {"Paterson", "Bell", "Welch"} & set(found), found


def test_a_speaker_from_a_town_keeps_the_town(index) -> None:
    found = [t for t, _ in _places("Barry, who was from Dewsbury said the search went on.")]
    assert "Dewsbury" in found


def test_streets_and_features_are_whole_names(index) -> None:
    text = "Police closed Wichita Street in Dublin, Ohio. A cow was found in the Fraser Valley."
    places = annotate(Article(text=text, language="en")).places
    by_text = {p.text: p for p in places}
    assert "Wichita Street" in by_text and "Wichita" not in by_text
    assert by_text["Wichita Street"].admin1 != "Kansas"
    assert "Fraser Valley" in by_text and by_text["Fraser Valley"].precision >= 2


def test_direction_words_join_towns_not_regions(index) -> None:
    found = [t for t, _ in _places("Crews sprayed North Dallas. Western Pennsylvania is wet.")]
    assert "North Dallas" in found
    assert "Pennsylvania" in found and "Western" not in found


def test_saint_abbreviation_and_a_sentence_article(index) -> None:
    found = [t for t, _ in _places("Four children died in a fire in St. Paris on Sunday.")]
    assert "St. Paris" in found and "Paris" not in found
    found = [t for t, _ in _places("Storms hit the coast. An Albany man was hurt.")]
    assert "Albany" in found and "An Albany" not in found
    assert not _places("Safety stressed on St. Patrick's Day.")


def test_a_famous_place_beats_a_namesake_in_the_outlets_state(index) -> None:
    # an Augusta, Georgia paper: Washington is the capital, not Washington, Georgia
    text = "Lawmakers in Washington passed the farm bill, Augusta growers said."
    start = text.index("Washington")
    url = "http://chronicle.augusta.com/stories/2009/03/18/x.shtml"
    m = resolve_spans(text, [(start, start + len("Washington"))], url=url, language="en")[0]
    assert (m.country, m.admin1) == ("US", "District of Columbia")


def test_the_fr_ar_scorer_reads_the_article_urls(shared_dir) -> None:
    gold = load_fr_ar_gold()
    articles = _gold_articles(shared_dir / "eval", set(gold))
    news = [a for art, a in articles.items() if not art.startswith("examples/")]
    assert news and all(a.url and a.url.startswith("http") for a in news)
