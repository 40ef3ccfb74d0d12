"""Events (French): a threat or a fear of violence is no act, and who holds a place is no
taking of it. Sentences made up for these tests."""

from __future__ import annotations

from event_helpers import parsed, place, through


def subtypes(text: str, *places: str) -> list[str]:
    article = parsed(text)
    for name in places:
        place(article, name)
    return [e.subtype for e in through(article, upto="events").events]


def test_acts_feared_or_threatened_are_not_events():
    assert subtypes("Les commerçants de Kidal vivent sous la menace des attaques.", "Kidal") == []
    assert (
        subtypes("Le risque d'attentats reste élevé à Niamey, selon les autorités.", "Niamey") == []
    )
    assert (
        subtypes("La crainte d'enlèvements pousse les familles de Mopti à partir.", "Mopti") == []
    )


def test_the_act_itself_is_still_one():
    assert subtypes("Des hommes armés ont attaqué un convoi près de Kidal.", "Kidal") == [
        "Armed clash"
    ]


def test_roads_held_by_a_group_are_no_capture():
    assert (
        subtypes(
            "Les camions peuvent désormais emprunter plusieurs routes contrôlées par les "
            "rebelles autour de Rutshuru.",
            "Rutshuru",
        )
        == []
    )
    assert subtypes("Les rebelles contrôlent désormais la ville de Rutshuru.", "Rutshuru") == [
        "Non-state actor overtakes territory"
    ]
