"""The temporal grammar on short phrases in French, English and Arabic, and on bad input."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest

from passage.stages.time import extract

PUB = date(2019, 9, 30)  # a Monday


def one(text: str, lang: str, published: date | None = PUB):
    mentions = extract(text, published, lang)
    assert len(mentions) == 1, [(m.text, m.kind) for m in mentions]
    return mentions[0]


def value(text: str, lang: str, published: date | None = PUB) -> tuple[str, str, str] | None:
    v = one(text, lang, published).value
    return (v.start.isoformat(), v.end.isoformat(), v.precision) if v else None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("le 30/09/2019", "fr", ("2019-09-30", "2019-09-30", "day")),
        ("Publié le 2019-09-30T08:00:00Z", "en", ("2019-09-30", "2019-09-30", "day")),
        ("on September 29", "en", ("2019-09-29", "2019-09-29", "day")),
        ("le 29 أيلول 2019", "ar", ("2019-09-29", "2019-09-29", "day")),
        ("في ٢٩ أيلول ٢٠١٩", "ar", ("2019-09-29", "2019-09-29", "day")),
        ("في 3 تشرين الثاني 2017", "ar", ("2017-11-03", "2017-11-03", "day")),
        ("في 1 كانون الثاني 2020", "ar", ("2020-01-01", "2020-01-01", "day")),
        ("عاد في 29 سبتمبر", "ar", ("2019-09-29", "2019-09-29", "day")),
        ("hier", "fr", ("2019-09-29", "2019-09-29", "day")),
        ("two days ago", "en", ("2019-09-28", "2019-09-28", "day")),
        ("last Sunday", "en", ("2019-09-29", "2019-09-29", "day")),
        ("وقال أمس", "ar", ("2019-09-29", "2019-09-29", "day")),
        ("منذ يومين", "ar", ("2019-09-28", "2019-09-28", "day")),
        ("la semaine dernière", "fr", ("2019-09-23", "2019-09-29", "week")),
        ("en avril dernier", "fr", ("2019-04-01", "2019-04-30", "month")),
        ("en octobre dernier", "fr", ("2018-10-01", "2018-10-31", "month")),
        ("début octobre", "fr", ("2019-10-01", "2019-10-10", "month")),
        ("mi-2018", "fr", ("2018-05-01", "2018-08-31", "year")),
        ("late 2017", "en", ("2017-09-01", "2017-12-31", "year")),
        ("en mars 2014", "fr", ("2014-03-01", "2014-03-31", "month")),
        ("en mai", "fr", ("2019-05-01", "2019-05-31", "month")),
        ("le 6 mai dernier", "fr", ("2019-05-06", "2019-05-06", "day")),
        ("les années 60", "fr", ("1960-01-01", "1969-12-31", "year")),
    ],
)
def test_dates(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert value(text, lang) == expected


def test_arabic_last_sunday_keeps_its_words() -> None:
    m = one("وقعت الهجمات يوم الأحد الماضي", "ar")
    assert m.text == "يوم الأحد الماضي"
    assert m.value.start == date(2019, 9, 29) and m.anchor == "publication"


def test_future_tense_moves_a_weekday_forward() -> None:
    assert value("Le passage sera rouvert dimanche.", "fr") == ("2019-10-06", "2019-10-06", "day")
    assert value("Le passage a rouvert dimanche.", "fr") == ("2019-09-29", "2019-09-29", "day")
    assert value("lundi prochain", "fr") == ("2019-10-07", "2019-10-07", "day")
    assert value("The crossing will open on Sunday.", "en")[0] == "2019-10-06"


def test_weekday_and_date_pick_the_year() -> None:
    # 30 September was a Monday in 2019; published in January 2020, it is still 2019
    assert value("ce lundi 30 septembre", "fr", date(2020, 1, 10))[0] == "2019-09-30"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("après six ans", "fr"),
        ("pendant des années", "fr"),
        ("for six years", "en"),
        ("plus de vingt ans", "fr"),
        ("لمدة 3 أشهر", "ar"),
    ],
)
def test_durations_are_not_dates(text: str, lang: str) -> None:
    m = one(text, lang)
    assert (m.kind, m.value) == ("duration", None)


def test_ages_are_not_durations() -> None:
    assert extract("Jean Burget, 87 ans, a été heurté.", PUB, "fr") == []
    assert extract("Une fillette de 6 ans s'est noyée.", PUB, "fr") == []
    assert one("condamné à une peine de 10 ans de prison", "fr").kind == "duration"


def test_sets() -> None:
    assert one("tous les jeudis", "fr").kind == "set"
    assert one("every week", "en").kind == "set"


@pytest.mark.parametrize(
    "text",
    [
        "Dans sa plus récente tentative, Daech a attaqué.",
        "La sonde se dirige vers Mars, dit-on.",
        "Il mai pas.",
        "sa femme et sam",
        "Il a sept enfants.",
        "2500 soldats",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert [m for m in extract(text, PUB, "fr") if m.kind == "date"] == []


@pytest.mark.parametrize(
    "text",
    [
        "le 31 février 2019",
        "le 99 septembre",
        "le 1er janvier 0000",
        "00/00/0000",
        "31/02/2019",
        "9" * 10_000,
        "le " + "9" * 10_000 + " septembre " + "2" * 5000,
        "\x00\xff\ufffd binaire",
        "",
        "   \n\t ",
    ],
)
def test_invalid_dates_give_no_date(text: str) -> None:
    mentions = extract(text, PUB, "fr")
    assert not [m for m in mentions if m.kind == "date" and m.value is not None]


def test_unknown_language_falls_back_to_all_lexicons() -> None:
    assert value("hier", "de") == ("2019-09-29", "2019-09-29", "day")


def test_large_text_is_fast() -> None:
    text = "Le passage a rouvert dimanche, il y a deux jours, en novembre 2017. " * 3000
    started = time.perf_counter()
    mentions = extract(text, PUB, "fr")
    assert len(mentions) == 9000
    assert time.perf_counter() - started < 5


def test_the_stage_code_names_no_language() -> None:
    package = Path(__file__).resolve().parents[2] / "src" / "passage" / "stages" / "time"
    for path in package.glob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("DEFAULT_LANG ="):
                continue  # the fallback language is a setting, not a branch
            assert not re.search(r"lang\s*[!=]=|[\"'](?:fr|en|ar)[\"']", line), (path, line)


def test_past_verb_places_a_date_before_publication() -> None:
    pub = date(2022, 9, 28)
    assert value("Le 23 mars, il a dit non.", "fr", pub)[0] == "2022-03-23"
    assert value("Le 23 mars, il sera là.", "fr", pub)[0] == "2023-03-23"
