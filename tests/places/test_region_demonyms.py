"""Resolution of given spans that are words for the people of a region that is no country
("Kurdish", "Catalan"): the region, as "European" is Europe."""

from __future__ import annotations

from passage.stages.places.stage import resolve_spans
from tests.places.spans import spans_of


def _resolve(text: str, *names: str):
    return resolve_spans(text, spans_of(text, *names), language="en")


def test_kurdish_given_as_a_place_is_the_kurdistan_region(index) -> None:
    text = "Kurdish officials in Erbil rejected the budget passed in Baghdad."
    (m, _erbil, _baghdad) = _resolve(text, "Kurdish", "Erbil", "Baghdad")
    assert m is not None and m.kind == "region" and m.country == "IQ"


def test_catalan_given_as_a_place_is_catalonia(index) -> None:
    text = "Catalan leaders met in Barcelona on Monday."
    (m, _city) = _resolve(text, "Catalan", "Barcelona")
    assert m is not None and m.name == "Catalonia" and m.country == "ES"


def test_a_continents_adjective_is_still_the_continent(index) -> None:
    text = "European ministers met in Brussels."
    (m, _city) = _resolve(text, "European", "Brussels")
    assert m is not None and m.name == "Europe" and m.country is None
