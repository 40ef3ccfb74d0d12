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


def test_places_in_no_gazetteer_get_a_coarser_place_never_a_wrong_town(example: Article) -> None:
    for name in ("Hamimah", "al-Tanf"):
        m = _at(example, name)
        assert m.kind in ("region", "country") and m.precision == 3, m
        assert m.country == "SY"


def test_no_town_outside_the_region(example: Article) -> None:
    for m in example.places:
        if m.kind in ("town", "region"):
            assert m.country in ("SY", "IQ"), m
