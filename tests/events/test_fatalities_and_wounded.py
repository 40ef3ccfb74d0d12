"""Death tolls never count the wounded, and one named victim counts one (fr, en, ar)."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through


def tolls(text: str, lang: str) -> list[int | None]:
    article = through(parsed(text, language_code=lang), "events")
    return [e.fatalities.min if e.fatalities else None for e in article.events]


@pytest.mark.parametrize(
    ("text", "lang", "toll"),
    [
        ("Gunmen killed a teacher and wounded two others near Kaduna.", "en", 1),
        ("The bomb killed five people and injured 12 in the market.", "en", 5),
        ("Des hommes armés ont tué un enseignant et blessé deux autres près de Gao.", "fr", 1),
        ("L'embuscade a tué cinq soldats et blessé douze autres.", "fr", 5),
        ("قتل ثلاثة مدنيين وجرح خمسة آخرون في غارة على القرية.", "ar", 3),
    ],
)
def test_the_wounded_told_after_the_dead_are_not_counted(text, lang, toll) -> None:
    assert tolls(text, lang) == [toll]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen killed a journalist in Mogadishu on Monday, police said.", "en"),
        ("Des hommes armés ont tué un médecin à Bunia.", "fr"),
    ],
)
def test_one_named_victim_counts_one(text, lang) -> None:
    assert tolls(text, lang) == [1]
