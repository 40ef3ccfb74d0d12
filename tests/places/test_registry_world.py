"""The registry beyond the Middle East: crossings and roads named in humanitarian and conflict
news from South Asia, Africa, Europe, the Americas and Gaza, found in three languages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from passage.stages.places.registry import Anchor, load_registry
from passage.stages.places.resolver import anchor_place, haversine_km, lookup
from tests.places.test_registry import side_problems

WORLD_CROSSINGS = [
    "crossing:torkham",
    "crossing:chaman-spin-boldak",
    "crossing:wagah-attari",
    "crossing:islam-qala-dogharoun",
    "crossing:argeen",
    "crossing:qustul-ashkeit",
    "crossing:joda-renk",
    "crossing:moyale",
    "crossing:assamaka",
    "crossing:seme-krake",
    "crossing:ngueli-bridge",
    "crossing:goma-gisenyi-grande-barriere",
    "crossing:goma-gisenyi-petite-barriere",
    "crossing:bunagana",
    "crossing:mpondwe-kasindi",
    "crossing:nimule-elegu",
    "crossing:medyka-shehyni",
    "crossing:palanca",
    "crossing:zikim",
    "crossing:kissufim",
    "crossing:naqoura",
    "crossing:simon-bolivar-bridge",
    "crossing:paraguachon",
    "crossing:dajabon-ouanaminthe",
    "crossing:jimani-malpasse",
    "crossing:belladere-elias-pina",
    "crossing:myawaddy-mae-sot",
    "crossing:tamu-moreh",
    "crossing:mandera-beled-hawo",
    "crossing:galafi",
    "crossing:hairatan-termez",
    "crossing:margara-alican",
    "crossing:pacaraima-santa-elena",
    "crossing:malaba",
    "crossing:ruzizi-bukavu-cyangugu",
]
WORLD_ROADS = [
    "road:kabul-torkham",
    "road:m5-aleppo-damascus",
    "road:m4-aleppo-latakia",
    "road:tripoli-ras-jedir",
    "road:salah-al-din-road",
    "road:al-rashid-coastal-road",
    "road:addis-ababa-djibouti",
    "road:sanaa-hodeidah",
]


@pytest.mark.parametrize("ident", WORLD_CROSSINGS + WORLD_ROADS)
def test_world_object_is_named_in_three_languages(ident: str) -> None:
    acc = load_registry().get(ident)
    assert acc is not None
    for lang in ("fr", "en", "ar"):
        assert acc.names.get(lang), f"{ident}: no {lang} name"


# A crossing whose sides the gazetteer lacks, or whose nearest town is not its name, is
# still pinned to a town close by, so a misplaced point shows.
NEARBY = {
    "crossing:torkham": [("Landi Kotal", "PK", 10.0)],
    "crossing:wagah-attari": [("Lahore", "PK", 30.0), ("Amritsar", "IN", 35.0)],
    "crossing:argeen": [("Wadi Halfa", "SD", 40.0)],
    "crossing:qustul-ashkeit": [("Wadi Halfa", "SD", 40.0)],
    "crossing:seme-krake": [("Badagry", "NG", 25.0), ("Porto-Novo", "BJ", 25.0)],
    "crossing:zikim": [("Bayt Lahya", "PS", 10.0)],
    "crossing:kissufim": [("Khan Yunis", "PS", 12.0)],
    "crossing:naqoura": [("Nahariya", "IL", 15.0)],
    "crossing:palanca": [("Bilhorod-Dnistrovskyi", "UA", 40.0)],
    "crossing:medyka-shehyni": [("Mostyska", "UA", 20.0)],
    "crossing:paraguachon": [("Maicao", "CO", 20.0)],
    "crossing:bunagana": [("Kisoro", "UG", 15.0)],
    "crossing:goma-gisenyi-grande-barriere": [("Goma", "CD", 5.0), ("Gisenyi", "RW", 5.0)],
    "crossing:goma-gisenyi-petite-barriere": [("Goma", "CD", 5.0), ("Gisenyi", "RW", 5.0)],
}


@pytest.mark.parametrize("ident", sorted(NEARBY))
def test_world_crossing_sits_near_its_towns(index, ident: str) -> None:
    acc = load_registry().get(ident)
    assert acc is not None
    for name, country, max_km in NEARBY[ident]:
        town = anchor_place(Anchor(name, country))
        assert town is not None and town.country == country, name
        d = haversine_km((acc.lat, acc.lon), (town.lat, town.lon))
        assert d <= max_km, f"{ident}: {d:.0f} km from {name}"


def test_world_crossings_with_sides_are_checked_against_them(index) -> None:
    reg = load_registry()
    checked = [i for i in WORLD_CROSSINGS if reg.get(i).anchors]
    assert len(checked) >= 20
    for ident in checked:
        assert side_problems(reg.get(ident)) == []


@pytest.mark.parametrize("ident", ["crossing:chaman-spin-boldak", "crossing:dajabon-ouanaminthe"])
def test_a_crossing_put_300_km_off_fails_the_side_check(index, ident: str) -> None:
    acc = load_registry().get(ident)
    moved = replace(acc, lat=acc.lat + 2.7)  # about 300 km north
    problems = side_problems(moved)
    assert problems and all("km from" in p for p in problems)


def test_every_registry_name_looks_up_to_its_object(index) -> None:
    """A spelling listed for an object must find it first with `passage place`, so a name that
    another entry or a gazetteer town captures shows here, not in a user's report."""
    lost = []
    for acc in load_registry().items:
        for lang, names in acc.names.items():
            for name in names:
                found = lookup(name, lang=lang)
                if not found or found[0].gazetteer_id != acc.id:
                    lost.append((acc.id, name, found[0].gazetteer_id if found else None))
    assert lost == []


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("Torkham", "crossing:torkham"),
        ("طورخم", "crossing:torkham"),
        ("معبر تورخم", "crossing:torkham"),
        ("Dogharoun", "crossing:islam-qala-dogharoun"),
        ("معبر أرقين", "crossing:argeen"),
        ("Sèmè-Kraké", "crossing:seme-krake"),
        ("pont de Nguéli", "crossing:ngueli-bridge"),
        ("رأس الناقورة", "crossing:naqoura"),
        ("Simón Bolívar International Bridge", "crossing:simon-bolivar-bridge"),
        ("autoroute Damas-Alep", "road:m5-aleppo-damascus"),
        ("الطريق الدولي حلب اللاذقية", "road:m4-aleppo-latakia"),
    ],
)
def test_world_names_are_looked_up(index, name: str, ident: str) -> None:
    assert lookup(name)[0].gazetteer_id == ident


@pytest.mark.parametrize(
    ("text", "lang", "ident"),
    [
        (
            "Les autorités pakistanaises ont rouvert le poste-frontière de Torkham mercredi.",
            "fr",
            "crossing:torkham",
        ),
        (
            "The Chaman border crossing stayed shut for a third day.",
            "en",
            "crossing:chaman-spin-boldak",
        ),
        ("وعاد أكثر من ألف لاجئ أفغاني عبر معبر طورخم أمس.", "ar", "crossing:torkham"),
        (
            "Deportations through Dogharoun rose sharply in June.",
            "en",
            "crossing:islam-qala-dogharoun",
        ),
        ("ازدحم معبر أرقين بالحافلات القادمة من الخرطوم.", "ar", "crossing:argeen"),
        (
            "Thousands were stranded at the Joda crossing after the shelling.",
            "en",
            "crossing:joda-renk",
        ),
        (
            "Le poste-frontière de Bunagana est repassé sous contrôle de l'armée.",
            "fr",
            "crossing:bunagana",
        ),
        ("Two aid convoys entered through the Kissufim crossing.", "en", "crossing:kissufim"),
        ("The Malpasse border crossing was burned by armed men.", "en", "crossing:jimani-malpasse"),
        ("Des migrants refoulés ont été abandonnés près d'Assamaka.", "fr", "crossing:assamaka"),
        ("وصلت قافلة مساعدات عبر معبر زيكيم صباح اليوم.", "ar", "crossing:zikim"),
        (
            "The Hairatan crossing handles most fuel imports from Uzbekistan.",
            "en",
            "crossing:hairatan-termez",
        ),
        ("Landslides blocked the Kabul-Jalalabad highway for hours.", "en", "road:kabul-torkham"),
        (
            "Israeli troops moved along Salah al-Din Road toward Khan Younis.",
            "en",
            "road:salah-al-din-road",
        ),
        ("أعيد فتح الطريق الدولي حلب دمشق أمام الشاحنات.", "ar", "road:m5-aleppo-damascus"),
        ("احتشد التجار أمام معبر تشامان الحدودي.", "ar", "crossing:chaman-spin-boldak"),
    ],
)
def test_world_access_is_found_in_text(index, text: str, lang: str, ident: str) -> None:
    from tests.places.conftest import run_places

    ids = {m.gazetteer_id for m in run_places(text, lang).places}
    assert ident in ids, ids


@pytest.mark.parametrize(
    ("text", "lang", "ident"),
    [
        # Jerusalem's and Baghdad's streets of the same names are not Gaza's roads
        ("Police closed Salah al-Din Street in East Jerusalem.", "en", "road:salah-al-din-road"),
        ("افتتحت محلات جديدة في شارع الرشيد ببغداد.", "ar", "road:al-rashid-coastal-road"),
        # Britain's M4 motorway is not Syria's M4 highway
        ("A crash closed the M4 motorway near Reading on Friday.", "en", "road:m4-aleppo-latakia"),
        # Attari is a surname as well as a border village
        ("Cleric Ilyas Attari addressed the crowd in Karachi.", "en", "crossing:wagah-attari"),
        # a liberator is not a bridge without a word saying so
        ("Simón Bolívar est né à Caracas en 1783.", "fr", "crossing:simon-bolivar-bridge"),
    ],
)
def test_namesakes_do_not_become_world_access(index, text: str, lang: str, ident: str) -> None:
    from tests.places.conftest import run_places

    ids = {m.gazetteer_id for m in run_places(text, lang).places}
    assert ident not in ids, ids
