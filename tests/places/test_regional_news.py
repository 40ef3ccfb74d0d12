"""The places stage on regional news: local places the gazetteer lacks, macro-regions, seas,
roads named by their kind, and crossings named by their surroundings."""

from __future__ import annotations

from passage.record import PlaceMention
from passage.stages.places import lookup
from passage.stages.places.resolver import haversine_km
from tests.places.conftest import run_places


def _places(news, article_id: str) -> list[PlaceMention]:
    doc = news[article_id]
    return run_places(doc["text"], doc["language"]).places


def _named(places: list[PlaceMention], text: str) -> list[PlaceMention]:
    hits = [m for m in places if m.text == text]
    assert hits, f"{text!r} not in {[m.text for m in places]}"
    return hits


def test_a_village_near_gao_is_not_a_city_in_japan(news, index) -> None:
    # "Il a été attaqué à proximité de Kobe, un village situé à 35 kilomètres de Gao"
    for m in _named(_places(news, "fr-gao-ansongo-convoi-fev-2025"), "Kobe"):
        assert m.country == "ML" and m.kind != "town" and m.precision >= 2, m


def test_a_town_after_a_town_cue_is_that_town_whatever_the_entity_model_says(news, index) -> None:
    # "les FSR, qui assiègent la ville d'El Fasher" (El Fasher tagged as an organisation)
    (m,) = _named(_places(news, "fr-zamzam-fsr-avril-2025"), "El Fasher")
    assert (m.kind, m.country, m.precision) == ("town", "SD", 1), m
    # "près de Sake" (Sake tagged MISC): the town, not the whole country
    for m in _named(_places(news, "fr-m23-sake-goma"), "Sake"):
        assert m.kind == "town" and m.gazetteer_id == "geonames:205970", m


def test_darfur_is_a_macro_region_spanning_its_states(news, index) -> None:
    for m in _named(_places(news, "fr-zamzam-fsr-avril-2025"), "Darfour"):
        assert (m.kind, m.precision, m.country) == ("region", 3, "SD"), m
        # between the five Darfur states, west of Kordofan
        assert 11.0 < m.lat < 15.0 and 22.0 < m.lon < 27.0, m
    best = lookup("Darfur")[0]
    assert best.kind == "region" and best.country == "SD"
    assert lookup("Kivu")[0].country == "CD"


def test_a_camp_in_no_gazetteer_gets_the_state_its_sentence_names(news, index) -> None:
    # "le camp de réfugiés de Zamzam, au Darfour du Nord, se trouvait en état de famine"
    places = _places(news, "fr-adre-reouverture-aout-2024")
    (state,) = _named(places, "Darfour du Nord")
    north_darfur = index.by_id("iso3166-2:SD-DN").gazetteer_id  # its GeoNames id
    assert state.gazetteer_id == north_darfur
    (camp,) = _named(places, "Zamzam")
    assert (camp.kind, camp.precision, camp.gazetteer_id) == ("region", 2, north_darfur)


def test_a_road_named_by_its_kind_alone_is_not_a_place(news, index) -> None:
    # "la route internationale a été coupée": a common noun, not a named road (the events
    # stage reads which road it is from the crossing named before it)
    for article_id, phrase in (
        ("fr-masnaa-al-ain-oct-2024", "la route internationale"),
        ("ar-masnaa-strike-oct-2024", "الطريق الدولية"),
    ):
        doc = news[article_id]
        assert phrase in doc["text"]
        assert not [m for m in _places(news, article_id) if m.kind == "road"]


def test_the_area_of_a_crossing_is_near_the_crossing(news, index) -> None:
    # "استهدفت ... منطقة المصنع المحاذية لسوريا": the area of the Masnaa crossing
    places = _places(news, "ar-masnaa-strike-oct-2024")
    masnaa = _named(places, "المصنع")
    assert len(masnaa) == 3
    assert {m.gazetteer_id for m in masnaa} == {"crossing:masnaa-jdeidet-yabous"}
    assert [m.precision for m in masnaa] == [2, 2, 1]  # two "areas", then "معبر المصنع"
    # a crossing between two countries says the first listed as its country
    assert {m.country for m in masnaa} == {"LB"}


def test_seas_and_macro_areas_are_named_without_a_point(index) -> None:
    text = (
        "Le navire a quitté la Méditerranée pour la mer Noire. "
        "Ces frappes inquiètent tout le Moyen-Orient, a déclaré le ministre à Beyrouth."
    )
    places = run_places(text, "fr").places
    for name in ("Méditerranée", "mer Noire", "Moyen-Orient"):
        (m,) = _named(places, name)
        assert (m.kind, m.lat, m.lon) == ("region", None, None), m
    assert not [m for m in places if m.lat is not None and m.text in ("Orient", "Noire")]


def test_macro_regions_leave_real_regions_and_towns_alone(index) -> None:
    # "West Virginia" does not make "Virginia" a macro-region; "Zanzibar" stays a town
    assert lookup("Virginia")[0].gazetteer_id.startswith("geonames:")
    assert not lookup("Zanzibar")[0].gazetteer_id.startswith("macro:")
    d = haversine_km((lookup("Darfur")[0].lat, lookup("Darfur")[0].lon), (13.63, 25.35))
    assert d < 200  # El Fasher is near the middle of Darfur


def test_french_exonyms_of_cities_are_the_city_not_its_region(news, index) -> None:
    # "dans le secteur de Gourma-Rharous, entre Tombouctou et Gao": the city (Timbuktu)
    places = _places(news, "fr-bateau-tombouctou-sept-2023")
    towns = [m for m in places if m.text == "Tombouctou" and m.kind == "town"]
    assert len(towns) >= 2 and {m.gazetteer_id for m in towns} == {"geonames:2449067"}
    (beirut,) = _named(_places(news, "fr-masnaa-al-ain-oct-2024"), "Beyrouth")
    assert (beirut.kind, beirut.gazetteer_id) == ("town", "geonames:276781")


def test_a_cued_name_is_no_small_town_of_a_country_the_article_never_names(news, index) -> None:
    # "le chef-lieu de la province du Soum" (Burkina Faso): not Soum, Senegal
    for m in _named(_places(news, "fr-djibo-helicoptere-oct-2022"), "Soum"):
        assert m.country == "BF", m


def test_people_and_function_words_are_not_places(news, index) -> None:
    # "Avichay Adraee ... Adraee a exhorté le Liban": the spokesman, not Daraa
    texts = {m.text for m in _places(news, "fr-masnaa-al-ain-oct-2024")}
    assert "Adraee" not in texts
    # "قبل أن يتوقف إدخال المساعدات": "before", not the village of Qabalan
    texts = {m.text for m in _places(news, "ar-rafah-kerem-shalom-sep-2025")}
    assert "قبل أن" not in texts


def test_a_crossing_span_leaves_out_the_preposition(news, index) -> None:
    # "a vehicle on fire at Ras Jdir"
    texts = [m.text for m in _places(news, "en-ras-jdir-closure-mar-2024")]
    assert "at Ras Jdir" not in texts and texts.count("Ras Jdir") == 3


def test_a_place_put_in_a_country_by_the_text_stays_in_that_country(news, index) -> None:
    # "il se rend à Samia, au Nigeria": not Semi, a town of Benin reached by a spelling guess
    for m in _named(_places(news, "fr-niger-benin-frontiere-juillet-2024"), "Samia"):
        assert m.country == "NG", m
    # "le blocus de Djibo, au Burkina Faso": a town of that country keeps its town reading
    for m in _named(_places(news, "fr-djibo-helicoptere-oct-2022"), "Djibo"):
        assert (m.kind, m.country, m.gazetteer_id) == ("town", "BF", "geonames:2361177"), m
