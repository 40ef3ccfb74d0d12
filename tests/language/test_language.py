"""Language stage on the real news articles: language identified, sentences and entities found."""

from __future__ import annotations

import json

import pytest

from passage.record import Article
from passage.stages import language
from tests.paths import NEWS


@pytest.fixture(scope="module")
def news() -> list[dict]:
    return [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line]


def test_identifies_french_english_and_arabic(news):
    wrong = [(a["id"], language.identify(a["text"])) for a in news]
    wrong = [(i, got) for (i, got), a in zip(wrong, news, strict=True) if got != a["language"]]
    assert wrong == []


def test_too_little_text_is_not_guessed():
    assert language.identify("12 / 09") is None
    assert language.identify("") is None


def test_french_article_gets_sentences_and_entities(news):
    first_fr = next(a for a in news if a["language"] == "fr")
    article = language.annotate(Article(text=first_fr["text"]))
    assert article.language == "fr" and article.language_source == "detected"
    assert len(article.sentences) >= 5
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text
    labels = {e.label for e in article.entities}
    assert "LOC" in labels
    assert any(e.text.startswith("Adré") for e in article.entities)


def test_languages_without_a_model_still_get_sentences(news):
    for lang in ("en", "ar"):
        item = next(a for a in news if a["language"] == lang)
        article = language.annotate(Article(text=item["text"], language=lang))
        assert len(article.sentences) >= 3, lang
        assert article.doc is not None


def test_sentences_follow_punctuation_and_line_breaks_not_the_parser():
    text = (
        "L’agence de presse officielle syrienne SANA a annoncé que le passage sera ouvert. "
        "Selon Fars News, les travaux sont terminés\n"
        "Un titre sans point\n\n"
        "Les forces ont repoussé l'attaque p. ex. près de Homs… et elles tiennent la route."
    )
    article = language.annotate(Article(text=text, language="fr"))
    assert [s.text for s in article.sentences] == [
        "L’agence de presse officielle syrienne SANA a annoncé que le passage sera ouvert.",
        "Selon Fars News, les travaux sont terminés",
        "Un titre sans point",
        "Les forces ont repoussé l'attaque p. ex. près de Homs… et elles tiennent la route.",
    ]
    spans = language.sentence_spans(article)
    assert [s.text for s in spans] == [s.text for s in article.sentences]


def test_arabic_question_mark_ends_a_sentence():
    article = language.annotate(Article(text="هل فتح المعبر؟ نعم فتح أمس.", language="ar"))
    assert [s.text for s in article.sentences] == ["هل فتح المعبر؟", "نعم فتح أمس."]
