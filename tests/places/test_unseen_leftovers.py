"""The places stage on wire copy never seen, the leftovers of the last round: region names
inside armed groups' names, spelling rules that made English words towns, a region word
before a name, French "Bas-", "Haut-" and "Moyen-" before a name the gazetteer holds in
English, and a name read abroad at the end of a longer local name. The sentences are made up
for these tests."""

from __future__ import annotations

from passage.stages.places.normalise import skeleton
from passage.stages.places.recognise import recognise
from tests.places.conftest import country_and_kind, places_by_text

# -- a region inside an armed group's name ---------------------------------------------------


def test_a_region_inside_an_armed_groups_name_is_no_place(index) -> None:
    places = places_by_text(
        "The Arakan Army said its fighters had overrun an outpost near Paletwa.", "en"
    )
    assert "Arakan" not in places, sorted(places)
    places = places_by_text("Selon l'Armée d'Arakan, les combats se poursuivent à Kyauktaw.", "fr")
    assert "Arakan" not in places, sorted(places)
    assert country_and_kind(places, "Kyauktaw") == ("MM", "town")
    places = places_by_text(
        "The Tigray Defence Forces withdrew from Mekelle, a spokesman said.", "en"
    )
    assert "Tigray" not in places, sorted(places)
    assert places["Mekelle"].country == "ET"


def test_a_region_inside_an_arabic_groups_name_is_no_place_even_behind_a_conjunction(
    index,
) -> None:
    # the story is plainly about Myanmar: the region's name alone would be believed
    places = places_by_text("قال جيش أراكان إنه هاجم مواقع للجيش في ولاية راخين بميانمار.", "ar")
    assert "أراكان" not in places, sorted(places)
    assert country_and_kind(places, "راخين") == ("MM", "region")
    places = places_by_text("وأكد جيش أراكان سيطرته على بلدة في ولاية راخين غربي ميانمار.", "ar")
    assert not any("أراكان" in name for name in places), sorted(places)


def test_the_region_named_alone_and_a_country_in_a_forces_name_stay(index) -> None:
    places = places_by_text("Heavy fighting was reported across Arakan on Sunday.", "en")
    assert country_and_kind(places, "Arakan") == ("MM", "region")
    # a country says whose force acts
    places = places_by_text(
        "Sudan's army said it had retaken the town of Bara in North Kordofan.", "en"
    )
    assert country_and_kind(places, "Sudan") == ("SD", "country")


# -- spelling rules that made English words towns -------------------------------------------


def test_ei_and_ey_read_as_ay_inside_a_word_only() -> None:
    assert skeleton("Sheikh Jarrah") == skeleton("Shaykh Jarrah")
    assert skeleton("Beit Hanoun") == skeleton("Bayt Hanoun")
    assert skeleton("Zeitoun") == skeleton("Zaytoun")
    # at a word's end the rule would make a European town an English word
    assert skeleton("Stei") != skeleton("Stay")
    assert skeleton("Wei") != skeleton("Way")
    assert skeleton("Grey") != skeleton("Gray")


def test_a_song_title_is_no_romanian_town(index) -> None:
    for text in (
        "The setlist included Sailing, Stay With Me, You Wear It Well and Hot Legs.",
        "Neighbours asked him to Stay a while longer.",
    ):
        found = recognise(text, [])
        assert not any(f.text == "Stay" for f in found), [(f.text, f.cands[:1]) for f in found]


# -- a region word before a name -------------------------------------------------------------


def test_a_state_word_before_a_name_reads_the_first_level_region(index) -> None:
    places = places_by_text(
        "Les paramilitaires ont pillé des villages de l'Etat d'Al-Jazira.", "fr"
    )
    assert country_and_kind(places, "Al-Jazira") == ("SD", "region")
    places = places_by_text("Aid convoys reached Al Jazira state on Monday.", "en")
    assert country_and_kind(places, "Al Jazira") == ("SD", "region")
    places = places_by_text("نزح آلاف المدنيين من ولاية الجزيرة خلال الأسبوع الماضي.", "ar")
    assert country_and_kind(places, "الجزيرة") == ("SD", "region")


# -- "Bas-", "Haut-", "Moyen-" ---------------------------------------------------------------


def test_bas_and_moyen_find_lower_and_middle_regions(index) -> None:
    places = places_by_text(
        "Des frappes aériennes ont visé des positions des shebab dans le Bas-Juba, en Somalie.",
        "fr",
    )
    assert country_and_kind(places, "Bas-Juba") == ("SO", "region")
    assert places["Bas-Juba"].name == "Lower Juba"
    places = places_by_text("Les inondations ont touché le Moyen-Shabelle, en Somalie.", "fr")
    assert country_and_kind(places, "Moyen-Shabelle") == ("SO", "region")
    assert "Middle" in places["Moyen-Shabelle"].name


def test_a_name_the_gazetteer_holds_with_bas_is_read_as_written(index) -> None:
    places = places_by_text("La crue a inondé des villages du Bas-Rhin.", "fr")
    assert country_and_kind(places, "Bas-Rhin") == ("FR", "region")
    assert places["Bas-Rhin"].name == "Bas-Rhin"


# -- a name read abroad at the end of a longer local name -----------------------------------


def test_the_end_of_a_local_name_is_not_a_region_of_finland(index) -> None:
    places = places_by_text(
        "Des miliciens ont incendié des maisons à Plaine Savo, en Ituri, dans l'est de la RDC.",
        "fr",
    )
    assert "Savo" not in places, sorted(places)
    assert country_and_kind(places, "Ituri") == ("CD", "region")
    # the name alone, where the text puts it, stays
    places = places_by_text("Des rebelles ont été aperçus près de Savo, en Finlande.", "fr")
    assert country_and_kind(places, "Savo")[0] == "FI"
