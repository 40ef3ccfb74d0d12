"""The town a report was filed from (its dateline) is where the act happened only when the
sentence names no other place."""

from datetime import date

import pytest

from passage import pipeline
from passage.record import Article

PUBLISHED = date(2024, 5, 10)


def _places(text: str, language: str) -> list[str | None]:
    article = pipeline.run(Article(text=text, language=language, published=PUBLISHED))
    return [e.place.text if e.place else None for e in article.events]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "en",
            "MOSCOW (Interfax) - Aid convoys could not reach the Nagorno-Karabakh region, "
            "which has been cut off for weeks, the ICRC said.",
            "Nagorno-Karabakh",
        ),
        (
            "en",
            "NAIROBI (Reuters) - Gunmen killed four people in an attack on a bus near Mandera "
            "on Tuesday, police said.",
            "Mandera",
        ),
        (
            "fr",
            "DAKAR (AFP) - Des hommes armés ont tué trois soldats dimanche dans une embuscade "
            "près de Ménaka, selon l'armée malienne.",
            "Ménaka",
        ),
    ],
)
def test_a_place_the_sentence_names_beats_the_dateline(language, text, place):
    assert _places(text, language) == [place]


def test_the_dateline_places_an_act_when_the_sentence_names_no_other_place():
    text = "KABUL (AP) — A suicide bomber killed seven people at a market on Sunday, police said."
    assert _places(text, "en") == ["KABUL"]
