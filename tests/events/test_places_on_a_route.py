"""Tellings placed at a registry road and at a town on that road are one event."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article

TEXT = (
    "Mardi 3 mars, des hommes armés ont attaqué un convoi sur la route Palmyre-Deir ez-Zor. "
    "Le convoi transportait des vivres et des médicaments.\n\n"
    "Il a été attaqué à 40 kilomètres de Palmyre, près d'un barrage."
)


def _attacks(text: str) -> list:
    article = pipeline.run(Article(text=text, language="fr", published=date(2026, 3, 4)))
    return [e for e in article.events if e.type == "Battles" or e.subtype == "Attack"]


def test_a_town_on_the_road_is_the_road_s_place():
    attacks = _attacks(TEXT)
    assert len(attacks) == 1
    assert attacks[0].place is not None and attacks[0].place.kind == "road"
    assert len(attacks[0].mentions) >= 2


def test_a_town_off_the_road_stays_another_event():
    attacks = _attacks(TEXT.replace("de Palmyre, près", "de Tartous, près"))
    assert len(attacks) == 2
