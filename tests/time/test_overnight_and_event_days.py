"""A night named by the two days it spans, and a weekday that names when an act happened.

Sentences made up for these tests, read as published on a Tuesday (12 November 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from passage.stages.time import extract

PUB = date(2024, 11, 12)  # a Tuesday


def dated(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [
        (m.text, m.value.start.isoformat(), m.value.end.isoformat())
        for m in extract(text, PUB, lang)
        if m.kind == "date" and m.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # ACLED dates an event to the day it happened and has no rule for a night: a report
        # that names both days of the night keeps both, at day precision
        ("Des tirs ont visé la caserne dans la nuit de dimanche à lundi.", "fr",
         [("la nuit de dimanche à lundi", "2024-11-10", "2024-11-11")]),
        ("Le pont a été détruit dans la nuit du 3 au 4 novembre.", "fr",
         [("la nuit du 3 au 4 novembre", "2024-11-03", "2024-11-04")]),
        ("Gunmen raided the village on the night of Sunday to Monday.", "en",
         [("the night of Sunday to Monday", "2024-11-10", "2024-11-11")]),
        # one day named: that day's night only
        ("Des tirs ont visé la caserne la nuit de dimanche.", "fr",
         [("la nuit de dimanche", "2024-11-10", "2024-11-10")]),
        # two days that are not one night apart say nothing of a night across midnight
        ("Des tirs ont visé la caserne dans la nuit de dimanche à mercredi.", "fr",
         [("la nuit de dimanche à mercredi", "2024-11-10", "2024-11-10")]),
    ],
)  # fmt: skip
def test_a_night_between_two_named_days_is_both(text: str, lang: str, expected: list) -> None:
    assert dated(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the nearest Friday is three days ahead, but the coup is told as done: the last one
        # even where no verb of the clause tells a past ("inquiète", "divides")
        ("Le coup d'État de vendredi inquiète les pays voisins.", "fr",
         [("vendredi", "2024-11-08", "2024-11-08")]),
        ("Les victimes de l'attaque de vendredi reposent à Gao.", "fr",
         [("vendredi", "2024-11-08", "2024-11-08")]),
        ("Friday's coup divides the region.", "en",
         [("Friday", "2024-11-08", "2024-11-08")]),
        # what is to come keeps its future: a cue or a future verb
        ("La manifestation de vendredi prochain est maintenue.", "fr",
         [("vendredi prochain", "2024-11-15", "2024-11-15")]),
        ("Les syndicats tiendront la manifestation de vendredi.", "fr",
         [("vendredi", "2024-11-15", "2024-11-15")]),
    ],
)  # fmt: skip
def test_a_weekday_of_an_act_told_as_done_is_the_last_one(
    text: str, lang: str, expected: list
) -> None:
    assert dated(text, lang) == expected
