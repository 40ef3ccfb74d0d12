"""Crossings and roads named in running text: a crossing's name the registry lacks, bridges
named with their bridge word, and roads named by their number beside a road word."""

from __future__ import annotations

import json

import pytest

from passage.stages.places.registry import DEFAULT_REGISTRY
from tests.places.conftest import run_places


def _ids(text: str, lang: str) -> list[str]:
    return [m.gazetteer_id for m in run_places(text, lang).places]


def _access(text: str, lang: str) -> list[tuple[str, str]]:
    """The crossings and roads found, with the words that name them."""
    return [
        (m.text, m.gazetteer_id)
        for m in run_places(text, lang).places
        if (m.gazetteer_id or "").startswith(("crossing:", "road:"))
    ]


@pytest.fixture
def registry_without(tmp_path, monkeypatch):
    """The shipped registry less some entries, in use through PASSAGE_REGISTRY."""

    def use(*ids: str) -> None:
        raw = json.loads(DEFAULT_REGISTRY.read_text(encoding="utf-8"))
        raw["crossings"] = [c for c in raw["crossings"] if c["id"] not in ids]
        path = tmp_path / "less.json"
        path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        monkeypatch.setenv("PASSAGE_REGISTRY", str(path))

    return use


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقالت مصادر محلية إن معبر أرقين شهد ازدحاما كبيرا للشاحنات يوم الأحد.", "ar"),
        ("Des dizaines de camions attendent au poste-frontière d'Argeen depuis lundi.", "fr"),
    ],
)
def test_a_crossing_the_registry_lacks_is_no_far_crossing(index, registry_without, text, lang):
    # "أرقين" spelt loosely is Jericho, a side town of the Allenby bridge, 1,500 km away: a
    # name the text does not spell as that town must not bring its crossing
    registry_without("crossing:argeen")
    assert not [i for i in _ids(text, lang) if (i or "").startswith("crossing:")]


def test_a_crossing_is_still_named_by_the_town_beside_it(index) -> None:
    found = _access("Les autorités ont fermé le poste-frontière de Jéricho jeudi.", "fr")
    assert ("Jéricho", "crossing:allenby-king-hussein") in found


@pytest.mark.parametrize(
    ("text", "lang", "name", "crossing"),
    [
        (
            "Des familles vénézuéliennes ont traversé le pont Simón-Bolívar à pied samedi.",
            "fr",
            "Simón-Bolívar",
            "crossing:simon-bolivar-bridge",
        ),
        (
            "Le pont Allenby restera fermé aux voyageurs jusqu'à nouvel ordre.",
            "fr",
            "Allenby",
            "crossing:allenby-king-hussein",
        ),
        (
            "Hundreds of travellers were stranded at the Karameh bridge after the closure.",
            "en",
            "Karameh",
            "crossing:allenby-king-hussein",
        ),
        (
            "Le pont international Simon-Bolivar a été rouvert aux camions de marchandises.",
            "fr",
            "Simon-Bolivar",
            "crossing:simon-bolivar-bridge",
        ),
    ],
)
def test_a_bridge_word_names_a_crossing_that_is_a_bridge(index, text, lang, name, crossing):
    assert (name, crossing) in _access(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le pont Mirabeau a été fermé à la circulation pour des travaux.", "fr"),
        ("Protesters blocked Westminster Bridge for two hours on Saturday.", "en"),
        ("انهار جسر في مدينة الموصل بعد أمطار غزيرة.", "ar"),
        ("Le pont de Kousseri sur le Logone est en travaux, selon la mairie.", "fr"),
    ],
)
def test_a_city_bridge_is_no_crossing(index, text, lang) -> None:
    assert _access(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "road"),
    [
        (
            "Turkish troops patrolled the M4 highway west of Saraqeb.",
            "en",
            "road:m4-aleppo-latakia",
        ),
        (
            "Syrian forces reopened the highway M5 to civilian traffic.",
            "en",
            "road:m5-aleppo-damascus",
        ),
        (
            "L'autoroute M5 a été rouverte après trois jours de combats.",
            "fr",
            "road:m5-aleppo-damascus",
        ),
        ("سيرت القوات التركية دورية على طريق M4 قرب أريحا.", "ar", "road:m4-aleppo-latakia"),
    ],
)
def test_a_road_number_beside_a_road_word_is_the_registry_road(index, text, lang, road) -> None:
    found = _access(text, lang)
    assert [r for _t, r in found] == [road]
    assert found[0][0].startswith("M")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Traffic on the M4 was stopped near Swindon after a crash, police said.", "en"),
        ("Syrian troops reached the strategic M5 on Saturday.", "en"),
        ("Un accident sur l'autoroute A7 près de Valence a fait trois blessés.", "fr"),
        # another country's RN2 is not the Goma–Rutshuru road
        ("Des bandits ont attaqué un car sur la RN2 près de Maradi, au Niger.", "fr"),
    ],
)
def test_a_road_number_alone_or_unregistered_is_no_road(index, text, lang) -> None:
    assert [r for r in _ids(text, lang) if (r or "").startswith("road:")] == []


@pytest.mark.parametrize(
    ("text", "lang", "road"),
    [
        ("Clashes closed the M4 motorway near Saraqeb.", "en", "road:m4-aleppo-latakia"),
        ("A convoy was hit on the M5 motorway north of Hama.", "en", "road:m5-aleppo-damascus"),
        # the registry writes "M20 highway" as one of that road's names
        ("IS fighters ambushed a bus on the M20 highway.", "en", "road:palmyra-deir-ez-zor"),
    ],
)
def test_a_road_number_with_another_road_word_is_believed_beside_the_road(
    index, text, lang, road
) -> None:
    # the registry does not write "M4 motorway" or "M5 motorway": a place along the road says
    # which M4 it is
    assert road in _ids(text, lang)


def test_a_road_number_with_another_road_word_and_no_place_stays_out(index) -> None:
    found = _ids("The M4 motorway was closed overnight for repairs, the agency said.", "en")
    assert "road:m4-aleppo-latakia" not in found
