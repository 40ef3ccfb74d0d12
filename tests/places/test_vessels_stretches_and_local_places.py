"""The places stage on Sahel-style news: vessels named after towns, roads named by their kind
or told by their two ends, nouns of kind in front of a name, and local places the gazetteer
lacks that a reading far abroad must not take."""

from __future__ import annotations

from passage.record import PlaceMention
from passage.stages.places.stage import resolve_spans
from tests.places.conftest import run_places


def _texts(places: list[PlaceMention]) -> list[str]:
    return [m.text for m in places]


def _span(text: str, name: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_a_boat_named_after_a_town_is_no_place(index) -> None:
    text = (
        "Des hommes armés ont tiré sur le bateau Kayes, sur le fleuve Sénégal, au Mali. "
        "Le Kayes transportait deux cents passagers. "
        "Les blessés ont été soignés à l'hôpital de Kayes."
    )
    places = run_places(text, "fr").places
    kayes = [m for m in places if m.text == "Kayes"]
    # only the town where the wounded were treated: not the boat, named twice
    assert [m.start for m in kayes] == [text.rindex("Kayes")], _texts(places)
    assert kayes[0].kind == "town" and kayes[0].country == "ML"


def test_a_ship_named_after_a_town_in_english_is_no_place(index) -> None:
    text = "Drones struck the ship Odessa near Crimea on Monday, Ukraine said."
    assert "Odessa" not in _texts(run_places(text, "en").places)


def test_a_road_named_by_its_kind_alone_is_no_place(index) -> None:
    for text, lang in (
        ("Une frappe a coupé la route internationale près du poste frontière de Masnaa.", "fr"),
        ("قطعت غارة الطريق الدولية قرب معبر المصنع.", "ar"),
    ):
        places = run_places(text, lang).places
        assert not [m for m in places if m.kind == "road"], [(m.text, m.kind) for m in places]
        assert [m.kind for m in places] == ["crossing"]


def test_a_stretch_between_two_towns_the_registry_joins_by_no_road_names_both(index) -> None:
    for text, lang, names in (
        ("Un convoi a été attaqué sur la route entre Mopti et Djenné.", "fr", ["Mopti", "Djenné"]),
        ("Gunmen stopped a bus on the road between Homs and Hama.", "en", ["Homs", "Hama"]),
        ("خطف مسلحون حافلة على الطريق بين حمص وحماة.", "ar", ["حمص", "حماة"]),
    ):
        places = run_places(text, lang).places
        assert _texts(places) == names, (text, [(m.text, m.kind) for m in places])
        assert {m.kind for m in places} == {"town"}


def test_a_stretch_between_the_ends_of_a_registry_road_is_that_road(index) -> None:
    text = "Des combats ont eu lieu sur la route entre Palmyre et Deir ez-Zor."
    places = run_places(text, "fr").places
    assert [(m.text, m.gazetteer_id) for m in places] == [
        ("Palmyre et Deir ez-Zor", "road:palmyra-deir-ez-zor")
    ]


def test_a_road_named_by_its_ends_without_between_stays_a_road(index) -> None:
    text = "Des combats ont eu lieu sur la route reliant Palmyre à Deir ez-Zor."
    places = run_places(text, "fr").places
    assert [m.kind for m in places] == ["road"]


def test_a_noun_of_kind_in_front_of_a_name_is_left_out_of_its_span(index) -> None:
    text = "وصلت قافلة المساعدات إلى قطاع غزة صباح أمس."
    (gaza,) = run_places(text, "ar").places
    assert gaza.text == "غزة" and text[gaza.start : gaza.end] == "غزة"
    assert gaza.country == "PS"


def test_a_village_the_text_places_is_no_city_abroad(index) -> None:
    # "un village situé à 40 km de Mopti": not the Japanese city of that name
    text = (
        "L'embuscade a eu lieu près de Nagoya, un village situé à 40 kilomètres de Mopti, "
        "dans le centre du Mali. Des renforts sont partis de Ségou et de Bamako."
    )
    (m,) = resolve_spans(text, [_span(text, "Nagoya")], language="fr")
    assert m is None or m.country == "ML", m
    for m in run_places(text, "fr").places:
        assert m.country == "ML", m


def test_another_spelling_of_a_small_town_abroad_is_not_believed(index) -> None:
    # "Taka" is another spelling of small towns of Thailand and Japan; here a Burkinabè place
    text = (
        "Au Burkina Faso, l'attaque de Taka a choqué l'armée, comme avant elle celles de "
        "Djibo et de Kaya."
    )
    (m,) = resolve_spans(text, [_span(text, "Taka")], language="fr")
    assert m is None or m.country == "BF", m


def test_a_shortened_name_of_a_town_abroad_is_still_that_town(index) -> None:
    text = "The Las Vegas tribute show comes to Clacton this weekend, the Nevada promoter said."
    (m,) = resolve_spans(text, [_span(text, "Clacton")], language="en")
    assert m is not None and m.country == "GB", m


def test_a_place_the_model_marks_after_vers_is_kept_without_a_gazetteer_entry(index) -> None:
    text = (
        "Près de Djibo, au Burkina Faso, les soldats blessés ont été évacués vers Kelbo, "
        "où l'armée dispose d'une infirmerie."
    )
    places = run_places(text, "fr").places
    kelbo = [m for m in places if m.text == "Kelbo"]
    assert kelbo, _texts(places)
    assert kelbo[0].country == "BF" and kelbo[0].kind in ("region", "country"), kelbo[0]


def test_a_local_place_shown_once_is_that_place_wherever_it_is_named(index) -> None:
    # the entity model may take the later mentions for a person or say nothing: the text has
    # shown the name to be a place (a camp the gazetteer lacks)
    text = (
        "Au Soudan, les paramilitaires contrôlent le camp de Kalmabad, au Darfour du Nord. "
        "Les communications avec Kalmabad sont coupées depuis samedi."
    )
    places = run_places(text, "fr").places
    camps = [m for m in places if m.text == "Kalmabad"]
    assert len(camps) == 2, _texts(places)
    assert {m.country for m in camps} == {"SD"}


def test_a_person_who_speaks_is_not_made_a_place_again(index) -> None:
    text = (
        "Troops entered the village of Halvorsen near Oslo, Norway. "
        "Halvorsen said the talks would go on."
    )
    places = run_places(text, "en").places
    assert [m.start for m in places if m.text == "Halvorsen"] in ([], [text.index("Halvorsen")])


def test_outskirts_of_a_place_is_a_cue_that_keeps_an_unknown_name(index) -> None:
    text = (
        "Au Burkina Faso, des soldats ont été tués aux abords de Boukouma, "
        "dans la province du Soum."
    )
    places = run_places(text, "fr").places
    (m,) = [m for m in places if m.text == "Boukouma"]
    assert m.country == "BF" and m.precision >= 2, m


def test_a_postal_abbreviation_given_alone_is_its_region_where_the_article_agrees(index) -> None:
    text = (
        "Samples were sent from Texas to the NY Orient Point laboratory, United States "
        "officials in Washington said."
    )
    (m,) = resolve_spans(text, [_span(text, "NY")], language="en")
    assert m is not None and m.country == "US" and m.kind == "region", m
    # "SA" in a South African story is not South Australia
    text = (
        "Rhino poaching in SA rose again, the Johannesburg and Pretoria police said in "
        "South Africa."
    )
    (m,) = resolve_spans(text, [_span(text, "SA")], language="en")
    assert m is None or m.country == "ZA", m


def test_a_press_spelling_of_a_registry_crossing_is_that_crossing(index) -> None:
    # named bare, with no word for a crossing: only a spelling of the registry's knows it
    text = "Comme Ras Jedir, Dhiba Wazen reste fermé aux voyageurs depuis mardi."
    places = run_places(text, "fr").places
    assert [m.gazetteer_id for m in places] == ["crossing:ras-jedir", "crossing:dehiba-wazin"]


def test_a_river_is_not_the_country_it_shares_a_name_with(index) -> None:
    text = "Des pirogues ont chaviré sur le fleuve Niger, près de Tombouctou, au Mali."
    places = run_places(text, "fr").places
    (river,) = [m for m in places if m.text == "Niger"]
    assert river.country != "NE" and river.lat is None, river
    # given as a place, it is put where the text is, not in the country of Niger
    (m,) = resolve_spans(text, [_span(text, "Niger")], language="fr")
    assert m is None or m.country == "ML", m
