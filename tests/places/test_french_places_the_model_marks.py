"""Recognition in French with the entity model: a town inside a common noun's phrase the model
marks as a name ("le blocus de Djibo") is still a place, and a place the gazetteer lacks right
after "à" or "vers" is kept and put in the region the text names."""

from __future__ import annotations

from tests.places.conftest import run_places


def _places(text: str) -> dict[str, tuple]:
    return {m.text: (m.name, m.kind, m.precision) for m in run_places(text, "fr").places}


def test_a_town_inside_a_lowercase_phrase_the_model_marks_is_a_place(index) -> None:
    found = _places(
        "Les jihadistes imposent depuis des mois le blocus de Djibo, dans le nord du Burkina Faso."
    )
    assert found.get("Djibo", ("",))[0] == "Djibo", found


def test_an_unknown_place_after_a_locative_is_kept_in_the_region_of_the_text(index) -> None:
    found = _places(
        "Les camions sont restés bloqués à Kalembe pendant trois jours, selon un chauffeur "
        "rentré à Goma."
    )
    assert "Kalembe" in found, found
    name, kind, precision = found["Kalembe"]
    assert kind == "region" and precision == 3 and name == "Nord Kivu"


def test_an_unknown_place_after_vers_is_kept(index) -> None:
    found = _places(
        "Les blessés ont été évacués vers Kiwanja, où l'hôpital manque de tout, a indiqué un "
        "médecin de Goma."
    )
    assert "Kiwanja" in found and "Goma" in found, found


def test_a_crossing_named_with_its_cue_is_that_crossing_by_its_bare_name_too(index) -> None:
    text = (
        "Les convois humanitaires passent par le poste frontière de Tiné depuis janvier. "
        "Selon l'ONU, Tiné reste le seul accès praticable pendant la saison des pluies."
    )
    places = run_places(text, "fr").places
    tine = [m for m in places if m.text == "Tiné"]
    assert len(tine) == 2, [(m.text, m.kind) for m in places]
    assert {m.kind for m in tine} == {"crossing"} and len({m.gazetteer_id for m in tine}) == 1


def test_the_town_a_crossing_is_named_after_stays_a_town_where_the_text_says_so(index) -> None:
    text = (
        "Les camions franchissent le poste frontière de Tiné chaque matin. Dans la ville de "
        "Tiné, les marchés restent ouverts."
    )
    places = run_places(text, "fr").places
    assert [m.kind for m in places if m.text == "Tiné"][-1] != "crossing"
