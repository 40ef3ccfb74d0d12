"""The places stage on the canonical French example."""

from __future__ import annotations

from passage.record import Article


def _at(article: Article, text: str, nth: int = 0):
    hits = [m for m in article.places if m.text == text]
    assert len(hits) > nth, f"{text!r} not found in {[m.text for m in article.places]}"
    return hits[nth]


def test_places_are_sorted_and_point_at_their_text(example: Article) -> None:
    starts = [m.start for m in example.places]
    assert starts == sorted(starts)
    for m in example.places:
        assert example.text[m.start : m.end] == m.text


def test_the_crossing_is_the_registry_object(example: Article) -> None:
    mentions = [m for m in example.places if m.text == "Abou Kamal-Qaëm"]
    assert len(mentions) == 4
    for m in mentions:
        assert (m.kind, m.gazetteer_id, m.precision) == (
            "crossing",
            "crossing:albu-kamal-al-qaim",
            1,
        )
        assert abs(m.lat - 34.42) < 0.2 and abs(m.lon - 40.95) < 0.2


def test_the_disputed_road_is_the_registry_object(example: Article) -> None:
    road = _at(example, "Palmyre-Deir ez-Zor")
    assert (road.kind, road.gazetteer_id) == ("road", "road:palmyra-deir-ez-zor")


def test_towns_written_the_french_way(example: Article) -> None:
    assert _at(example, "Abou Kamal").gazetteer_id == "geonames:174448"
    qaem = _at(example, "al-Qaëm")
    assert (qaem.gazetteer_id, qaem.country, qaem.precision) == ("geonames:92138", "IQ", 1)
    assert _at(example, "Raqqa").country == "SY"


def test_province_names_a_region(example: Article) -> None:
    deir = _at(example, "Deir ez-Zor")  # "dans la province de Deir ez-Zor"
    assert (deir.kind, deir.precision, deir.country) == ("region", 3, "SY")
    homs = _at(example, "Homs")  # "les provinces syriennes de Homs et de Deir ez-Zor"
    assert (homs.kind, homs.precision) == ("region", 3)


def test_a_place_in_no_gazetteer_gets_the_regions_its_sentence_names_never_a_town(
    example: Article,
) -> None:
    # "... aux alentours de la cité de Hamimah", the sentence after "à la frontière entre les
    # provinces syriennes de Homs et de Deir ez-Zor": near those regions (precision 2)
    m = _at(example, "Hamimah")
    assert (m.kind, m.precision, m.country) == ("region", 2, "SY"), m
    assert "Homs" in m.name and "Deir ez-Zor" in m.name
    assert 34.0 < m.lat < 35.5 and 37.4 < m.lon < 40.5


def test_al_tanf_is_the_crossing(example: Article) -> None:
    m = _at(example, "al-Tanf")
    assert (m.kind, m.gazetteer_id, m.country) == ("crossing", "crossing:al-tanf-al-waleed", "SY")


def test_the_mediterranean_is_named_but_given_no_point(example: Article) -> None:
    # "Empêcher l'Iran d'accéder à la Méditerranée": no place to put an event at
    seas = [m for m in example.places if m.text == "Méditerranée"]
    assert len(seas) == 2
    for m in seas:
        assert (m.kind, m.lat, m.lon, m.gazetteer_id) == ("region", None, None, None)


def test_no_town_outside_the_region(example: Article) -> None:
    for m in example.places:
        if m.kind in ("town", "region") and m.lat is not None:
            assert m.country in ("SY", "IQ"), m
