"""The hand-written phrase list (expressions alone with a publication date, as `passage time`
reads them) and the causes of its failures fixed in grammar and data."""

from __future__ import annotations

from datetime import date

import pytest

from passage.eval.time import PHRASES_GOLD, phrase_case, score_phrases
from passage.stages.time import extract

WED = date(2024, 3, 20)


def values(text: str, lang: str, published: date = WED) -> list[tuple[str, str, str, str]]:
    return [
        (m.text, m.value.start.isoformat(), m.value.end.isoformat(), m.value.precision)
        for m in extract(text, published, lang)
        if m.kind == "date" and m.value is not None
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a weekday alone: the last one on or before publication, though Friday 22 is nearer
        ("vendredi", "fr", [("vendredi", "2024-03-15", "2024-03-15", "day")]),
        ("on Friday", "en", [("Friday", "2024-03-15", "2024-03-15", "day")]),
        # decades: a fuzzy word after "the", and a four-digit decade with no "the"
        ("the early 2000s", "en", [("the early 2000s", "2000-01-01", "2003-12-31", "year")]),
        ("1990s", "en", [("1990s", "1990-01-01", "1999-12-31", "year")]),
        ("التسعينيات", "ar", [("التسعينيات", "1990-01-01", "1999-12-31", "year")]),
        ("في تسعينيات القرن الماضي", "ar",
         [("تسعينيات القرن الماضي", "1990-01-01", "1999-12-31", "year")]),
        # clock times are the publication day, or the day they are said just before
        ("at 3 p.m.", "en", [("3 p.m.", "2024-03-20", "2024-03-20", "day")]),
        ("at 9:30 a.m. Tuesday", "en",
         [("9:30 a.m.", "2024-03-19", "2024-03-19", "day"),
          ("Tuesday", "2024-03-19", "2024-03-19", "day")]),
        ("في العاشرة صباحا", "ar", [("العاشرة صباحا", "2024-03-20", "2024-03-20", "day")]),
        ("الساعة الثالثة", "ar", [("الثالثة", "2024-03-20", "2024-03-20", "day")]),
        # a unit with no count after "after"/"ago" is one of it
        ("بعد أسبوع", "ar", [("بعد أسبوع", "2024-03-27", "2024-03-27", "day")]),
        # "مطلع" is "early", not a bare preposition before a month
        ("مطلع نيسان المقبل", "ar",
         [("مطلع نيسان المقبل", "2024-04-01", "2024-04-10", "month")]),
    ],
)  # fmt: skip
def test_phrase_value(text: str, lang: str, expected: list) -> None:
    assert values(text, lang) == expected


def test_a_weekday_in_running_text_keeps_the_nearest() -> None:
    # no verb, but a clause around it: a listing of what is to come, as in the TimeBank
    assert values("Concert de Maceo Parker à Besançon mardi.", "fr", date(1999, 5, 30)) == [
        ("mardi", "1999-06-01", "1999-06-01", "day")
    ]


@pytest.mark.parametrize(
    "text", ["قبل ثلاثة أيام من الهجوم", "قبل يوم من الهجوم", "قبل يومين من الانتخابات"]
)
def test_counted_from_an_event_is_no_date(text: str) -> None:
    found = extract(text, WED, "ar")
    assert [m.kind for m in found] == ["duration"]
    assert found[0].value is None


def test_counted_from_now_stays_a_date() -> None:
    assert values("قبل ثلاثة أيام من الآن", "ar") == [
        ("قبل ثلاثة أيام", "2024-03-17", "2024-03-17", "day")
    ]


@pytest.mark.parametrize("lang", ["fr", "en", "ar"])
@pytest.mark.parametrize(
    "text", ["", "\x00\x01\x02\x1b[0m", "a " * 5000, "9" * 10000, "3 amendments", "المرتبة الثانية"]
)
def test_bad_input_invents_nothing(text: str, lang: str) -> None:
    assert values(text, lang) == []


def test_phrase_list_rows_are_well_formed() -> None:
    rows = score_phrases(PHRASES_GOLD)
    assert rows["all"].rows >= 250
    assert set(rows) == {"all", "fr", "en", "ar"}


def test_phrase_list_score_holds() -> None:
    tally = score_phrases(PHRASES_GOLD)["all"]
    assert tally.invented == 0
    assert tally.right / tally.rows >= 0.98


def test_phrase_case_reads_durations_as_no_date() -> None:
    row = {"lang": "fr", "published": "2024-03-20", "text": "pendant trois jours",
           "kind": "duration", "value": None}  # fmt: skip
    assert phrase_case(row) == (True, None)
