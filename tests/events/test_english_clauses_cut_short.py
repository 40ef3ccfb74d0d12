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


def events_of(text: str) -> list:
    return pipeline.run(Article(text=text, language="en")).events


def test_an_act_only_expected_feared_or_hoped_for_is_no_event():
    assert not any(
        e.access and e.access.effect == "close"
        for e in events_of("Aid workers had expected the Adre crossing to close by Friday.")
    )
    assert events_of("Villagers feared that the militia would raid the market again.") == []
    assert events_of("Police expect protesters to march on the parliament on Friday.") == []


def test_an_act_that_happened_beside_an_expectation_stays():
    (closing,) = events_of("As expected, the army closed the Rafah crossing on Monday.")
    assert closing.access.effect == "close"


def test_a_feared_unit_still_acts():
    text = "A feared unit of the security forces raped women as they dispersed protesters."
    assert any(e.subtype == "Sexual violence" for e in events_of(text))
