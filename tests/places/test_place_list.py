"""Names looked up one by one, as `passage place NAME --lang L` and the place-list gold give them:
articles, words for a kind of unit, Arabic clitics, names from the gazetteer's sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from passage.eval.places import score_place_list
from passage.stages.places.normalise import romanised
from passage.stages.places.resolver import lookup


def choice(name: str, lang: str):
    cands = lookup(name, lang)
    assert cands, f"no reading for {name!r}"
    return cands[0]


@pytest.mark.parametrize(
    ("name", "lang", "country"),
    [
        ("la Syrie", "fr", "SY"),
        ("l'Irak", "fr", "IQ"),  # not the town of Lirac, reached by spelling
        ("l’Égypte", "fr", "EG"),
        ("le Soudan du Sud", "fr", "SS"),
        ("les Émirats arabes unis", "fr", "AE"),
        ("la RDC", "fr", "CD"),
        ("DR Congo", "en", "CD"),
        ("الكونغو الديمقراطية", "ar", "CD"),
        ("ولبنان", "ar", "LB"),  # "و" + Lebanon, not "ول" + a village called Banan
    ],
)
def test_countries_with_articles_aliases_and_clitics(index, name, lang, country) -> None:
    c = choice(name, lang)
    assert (c.kind, c.country) == ("country", country)


def test_a_name_spelt_with_its_article_is_still_that_place(index) -> None:
    assert choice("Le Caire", "fr").gazetteer_id == "geonames:360630"
    assert choice("La Mecque", "fr").country == "SA"


@pytest.mark.parametrize(
    ("name", "lang", "region"),
    [
        ("gouvernorat de Deir ez-Zor", "fr", "iso3166-2:SY-DY"),
        ("province d'Anbar", "fr", "iso3166-2:IQ-AN"),
        ("Anbar Province", "en", "iso3166-2:IQ-AN"),
        ("État du Darfour-Nord", "fr", "iso3166-2:SD-DN"),
        ("province du Nord-Kivu", "fr", "iso3166-2:CD-NK"),
        ("le Sud-Kivu", "fr", "iso3166-2:CD-SK"),
        ("الأنبار", "ar", "iso3166-2:IQ-AN"),
        ("محافظة الأنبار", "ar", "iso3166-2:IQ-AN"),
    ],
)
def test_regions_with_unit_words_and_native_names(index, name, lang, region) -> None:
    # the region's ISO 3166-2 code reaches it; its own id is its GeoNames one
    assert choice(name, lang).gazetteer_id == index.by_id(region).gazetteer_id


@pytest.mark.parametrize(
    ("name", "lang", "country"),
    [
        ("le Donbass", "fr", "UA"),
        ("Haut-Karabakh", "fr", "AZ"),
        ("le Kurdistan irakien", "fr", "IQ"),
        ("Iraqi Kurdistan", "en", "IQ"),
        ("الجولان", "ar", "SY"),
    ],
)
def test_regions_made_of_regions(index, name, lang, country) -> None:
    c = choice(name, lang)
    assert c.gazetteer_id.startswith("group:") and (c.kind, c.country) == ("region", country)


def test_a_second_level_iso_subdivision_ties_to_a_geonames_region(index) -> None:
    # ISO 3166-2 files Arbīl under the Kurdistan Region; GeoNames has it as a governorate
    assert index.by_id("iso3166-2:IQ-AR") is not None


def test_machine_translated_names_are_checked_against_the_latin_name() -> None:
    assert romanised("الأنبار", "Al Anbar")
    assert romanised("دير الزور", "Deir ez-Zor")
    assert romanised("الحسكة", "Al-Hasakah")
    assert not romanised("بير", "Beirut")
    assert not romanised("الحبار", "Akkar")
    assert not romanised("شمال", "North")


@pytest.mark.parametrize(
    "name",
    ["", "   ", "x" * 10_000, "\x00\x01\x1b", "\u200b\u200b", "Дамаск", "大马士革", "!!!"],
)
def test_unusable_input_gives_a_clean_no_match(index, name) -> None:
    assert lookup(name, "fr") == []


def test_place_list_scorer(index, tmp_path: Path) -> None:
    rows = [
        {"query": "Alep", "language": "fr", "lat": 36.2, "lon": 37.16},
        {"query": "Zzzzzzzzqx", "language": "en", "lat": 10.0, "lon": 10.0},
        {"query": "", "language": "fr", "lat": None, "lon": None},
    ]
    gold = tmp_path / "list.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    by = {(f.dataset, f.metric): f for f in score_place_list(gold)}
    assert by[("place_list", "resolution_acc@161km")].value == 0.5
    assert by[("place_list", "no_match_rate")].value == 0.5
    assert by[("place_list/fr", "resolution_acc@161km")].value == 1.0
    assert by[("place_list/bad_input", "clean_no_match")].value == 1.0
