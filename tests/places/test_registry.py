"""The crossings-and-roads registry: sane coordinates, validation, user files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passage.stages.places.registry import (
    DEFAULT_REGISTRY,
    Access,
    RegistryError,
    load_registry,
)
from passage.stages.places.resolver import anchor_place, haversine_km

MAX_SIDE_KM = 40.0
REQUIRED = [
    "crossing:albu-kamal-al-qaim",
    "crossing:al-tanf-al-waleed",
    "crossing:rabia-al-yarubiyah",
    "crossing:semalka-faysh-khabur",
    "crossing:masnaa-jdeidet-yabous",
    "crossing:nassib-jaber",
    "crossing:bab-al-hawa-cilvegozu",
    "crossing:bab-al-salama-oncupinar",
    "crossing:mehran-zurbatiyah",
    "crossing:adre",
    "crossing:tine",
    "crossing:rafah",
    "crossing:kerem-shalom",
    "crossing:ras-jedir",
    "road:lachin-corridor",
    "road:palmyra-deir-ez-zor",
    "road:damascus-baghdad",
    "road:deir-ez-zor-albu-kamal",
]


def test_registry_holds_the_required_objects() -> None:
    reg = load_registry()
    ids = {a.id for a in reg.items}
    assert set(REQUIRED) <= ids


def side_problems(acc: Access) -> list[str]:
    """What is wrong with a crossing's sides: a town the gazetteer lacks, one in another
    country, or one too far from the crossing's point."""
    problems = []
    for anchor in acc.anchors:
        town = anchor_place(anchor)
        if town is None:
            problems.append(f"{acc.id}: side town {anchor.name!r} not in the gazetteer")
        elif town.country != anchor.country:
            problems.append(f"{acc.id}: {anchor.name} is in {town.country}, not {anchor.country}")
        else:
            d = haversine_km((acc.lat, acc.lon), (town.lat, town.lon))
            if d > MAX_SIDE_KM:
                problems.append(f"{acc.id}: {d:.0f} km from {anchor.name}")
    return problems


def test_each_crossing_is_near_the_towns_it_names(index) -> None:
    for acc in load_registry().items:
        if acc.kind != "crossing":
            continue
        assert acc.lat is not None and acc.lon is not None
        assert side_problems(acc) == []


def test_every_road_place_resolves(index) -> None:
    for acc in load_registry().items:
        if acc.kind == "road":
            for anchor in acc.anchors:
                assert anchor_place(anchor) is not None, (acc.id, anchor.name)


def _write(tmp_path: Path, obj: object) -> Path:
    path = tmp_path / "mine.json"
    path.write_text(obj if isinstance(obj, str) else json.dumps(obj), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid UTF-8 JSON"),
        ([1, 2], "top level"),
        ({"crossings": [{"id": "x", "lat": 1, "lon": 1}]}, "'id'"),
        (
            {"crossings": [{"id": "crossing:a", "lat": 95, "lon": 1, "names": {"en": ["A"]}}]},
            "'lat'",
        ),
        (
            {"crossings": [{"id": "crossing:a", "lat": 1, "lon": 1, "names": {"en": "A"}}]},
            "'names'",
        ),
        ({"roads": [{"id": "road:a", "places": [{"town": "Homs"}]}]}, "two places"),
    ],
)
def test_bad_registry_file_names_the_file_and_the_problem(tmp_path, content, problem) -> None:
    path = _write(tmp_path, content)
    with pytest.raises(RegistryError) as err:
        load_registry(path)
    assert str(path) in str(err.value)
    assert problem in str(err.value)


def test_missing_registry_file(tmp_path) -> None:
    with pytest.raises(RegistryError, match="no such registry file"):
        load_registry(tmp_path / "absent.json")


def test_user_registry_through_the_environment(tmp_path, monkeypatch) -> None:
    mine = {
        "crossings": [
            {
                "id": "crossing:test-gate",
                "lat": 10.0,
                "lon": 10.0,
                "countries": ["NE"],
                "names": {"en": ["Test Gate"]},
            }
        ]
    }
    path = _write(tmp_path, mine)
    monkeypatch.setenv("PASSAGE_REGISTRY", str(path))
    assert [a.id for a in load_registry().items] == ["crossing:test-gate"]
    monkeypatch.delenv("PASSAGE_REGISTRY")
    assert load_registry().path == DEFAULT_REGISTRY


# Crossings named in regional news, each checked against the gazetteer town beside it.
REGIONAL = {
    "crossing:salloum-musaid": ("As Sallum", "EG", 10.0),
    "crossing:erez-beit-hanoun": ("Bayt Hanun", "PS", 5.0),
    "crossing:allenby-king-hussein": ("Jericho", "PS", 10.0),
    "crossing:ibrahim-khalil-habur": ("Zaxo", "IQ", 10.0),
    "crossing:gallabat-metema": ("Metemma", "ET", 3.0),
}


@pytest.mark.parametrize("ident", sorted(REGIONAL))
def test_regional_crossings_sit_beside_their_towns(index, ident: str) -> None:
    from passage.stages.places.registry import Anchor

    acc = load_registry().get(ident)
    assert acc is not None and acc.kind == "crossing"
    town_name, country, max_km = REGIONAL[ident]
    town = anchor_place(Anchor(town_name, country))
    assert town is not None and town.country == country
    assert haversine_km((acc.lat, acc.lon), (town.lat, town.lon)) <= max_km
    assert country in acc.countries


@pytest.mark.parametrize(
    ("text", "lang", "ident"),
    [
        (
            "Les camions attendent au poste-frontière de Salloum depuis lundi.",
            "fr",
            "crossing:salloum-musaid",
        ),
        (
            "Israel reopened the Erez crossing into northern Gaza on Friday.",
            "en",
            "crossing:erez-beit-hanoun",
        ),
        (
            "The Allenby Bridge was closed to travellers on Sunday.",
            "en",
            "crossing:allenby-king-hussein",
        ),
        ("أغلقت السلطات منفذ إبراهيم الخليل مع تركيا.", "ar", "crossing:ibrahim-khalil-habur"),
        ("Refugees crossed into Ethiopia at Gallabat on Monday.", "en", "crossing:gallabat-metema"),
        ("Des frappes ont visé la base d'al-Tanf dimanche.", "fr", "crossing:al-tanf-al-waleed"),
    ],
)
def test_regional_crossings_are_found_in_text(index, text: str, lang: str, ident: str) -> None:
    from tests.places.conftest import run_places

    ids = {m.gazetteer_id for m in run_places(text, lang).places}
    assert ident in ids, ids
