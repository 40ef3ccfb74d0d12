"""English without a parser: a subject read from word order that holds a verb of its own or
ends on an article or a preposition is a clause cut short, and names no party to the act."""

from __future__ import annotations

from passage import pipeline
from passage.record import Article


def actors_of(text: str) -> list[str]:
    article = pipeline.run(Article(text=text, language="en"))
    return [a.text for e in article.events for a in e.actors if a.role == "actor"]


def test_a_speaker_and_what_he_says_are_no_actor():
    text = "A taxi driver says the Lachin corridor opening brings back hope."
    assert actors_of(text) == []


def test_a_verb_chain_before_the_trigger_is_no_actor():
    text = "The minister, however, later insisted the Rafah crossing would stay shut."
    assert not any("insisted" in a for a in actors_of(text))


def test_whole_noun_phrases_stay_actors():
    assert actors_of("The army closed the Rafah crossing on Monday.") == ["The army"]
    text = "A convoy of about 150 lorries had made its way to the Rafah crossing on Sunday."
    assert actors_of(text) == ["A convoy of about 150 lorries"]
