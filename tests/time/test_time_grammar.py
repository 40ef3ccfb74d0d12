"""The temporal grammar on short phrases in French, English and Arabic, and on bad input."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from passage.bench.time import HOSTILE_EXPRESSIONS
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


def test_large_text_gives_every_expression() -> None:
    text = "Le passage a rouvert dimanche, il y a deux jours, en novembre 2017. " * 3000
    assert len(extract(text, PUB, "fr")) == 9000


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


def test_two_digit_years_and_the_months_that_follow() -> None:
    pub = date(1999, 7, 29)
    text = "deux ruptures en 97 (en janvier, en octobre), rien en 98, deux cette année : le 6 juin."
    got = {m.text: m.value for m in extract(text, pub, "fr")}
    assert (got["97"].start, got["97"].precision) == (date(1997, 1, 1), "year")
    assert (got["janvier"].start, got["janvier"].precision) == (date(1997, 1, 1), "month")
    assert got["octobre"].start == date(1997, 10, 1)
    assert got["98"].start == date(1998, 1, 1)
    assert got["le 6 juin"].start == date(1999, 6, 6)  # "cette année" named the year since
    assert value("en 05", "fr", date(2002, 1, 1))[0] == "2005-01-01"
    # a count is no year
    assert [m for m in extract("en 20 minutes, en 97 %", pub, "fr") if m.kind == "date"] == []


def test_a_named_year_does_not_cross_a_sentence() -> None:
    got = extract("Le pont a cédé en 2015. En janvier, il a rouvert.", PUB, "fr")
    assert got[1].text == "janvier" and got[1].value.start == date(2019, 1, 1)


@pytest.mark.parametrize(
    ("text", "lang", "published", "expected"),
    [
        ("C'est en cette fête de Pentecôte que se déroulera la fête.", "fr", date(1999, 5, 18),
         ("cette fête de Pentecôte", "1999-05-23")),
        ("lundi de Pâques 2024", "fr", PUB, ("lundi de Pâques 2024", "2024-04-01")),
        ("Les combats ont repris à Noël.", "fr", PUB, ("Noël", "2018-12-25")),
        ("on Good Friday 2023", "en", PUB, ("Good Friday 2023", "2023-04-07")),
        ("دخلت القوافل في عيد الفصح 2019", "ar", PUB, ("عيد الفصح 2019", "2019-04-21")),
    ],
)  # fmt: skip
def test_holidays(text, lang, published, expected) -> None:
    m = one(text, lang, published)
    assert (m.text, m.value.start.isoformat()) == expected


def test_a_holiday_inside_a_name_is_no_date() -> None:
    assert extract("l'accord du Vendredi Saint serait caduc", PUB, "fr") == []


def test_centuries() -> None:
    assert value("à la fin du XIXe siècle", "fr") == ("1866-01-01", "1899-12-31", "year")
    assert value("au 20e siècle", "fr") == ("1900-01-01", "1999-12-31", "year")
    assert value("in the 19th century", "en") == ("1800-01-01", "1899-12-31", "year")
    assert extract("le 0e siècle, le XXXXXXe siècle", PUB, "fr") == []


def test_words_for_the_time_of_publication() -> None:
    for text, lang in [("désormais", "fr"), ("pour l'instant", "fr"), ("currently", "en")]:
        assert value(text, lang) == ("2019-09-30", "2019-09-30", "day")
    assert value("حالياً", "ar") == ("2019-09-30", "2019-09-30", "day")
    assert one("désormais", "fr", None).value is None


def test_parts_of_a_day_belong_to_the_day_last_named() -> None:
    got = extract("Hier, vers midi, puis dans la soirée, il est parti.", PUB, "fr")
    assert [m.text for m in got] == ["Hier", "midi", "la soirée"]
    assert {m.value.start for m in got} == {date(2019, 9, 29)}
    assert value("dans la nuit de lundi à mardi", "fr", date(2024, 3, 19))[0] == "2024-03-18"
    assert extract("le Midi de la France", PUB, "fr") == []


def test_a_weekday_with_an_article_is_every_week_unless_told_in_the_past() -> None:
    assert one("Le musée ouvre uniquement le mercredi.", "fr").kind == "set"
    m = one("Il est arrivé le mercredi.", "fr")
    assert (m.kind, m.value.start) == ("date", date(2019, 9, 25))
    assert one("le mercredi 1er mai 2002", "fr").value.start == date(2002, 5, 1)


def test_a_range_shares_its_year() -> None:
    got = extract("du 20 décembre au 5 janvier 2020", PUB, "fr")
    assert [m.value.start for m in got] == [date(2019, 12, 20), date(2020, 1, 5)]
    got = extract("from March 3 to April 5, 2021", None, "en")
    assert [m.value.start for m in got] == [date(2021, 3, 3), date(2021, 4, 5)]


def test_arabic_ordinal_days_and_later() -> None:
    assert value("الأول من يناير 2024", "ar") == ("2024-01-01", "2024-01-01", "day")
    assert value("بعد يومين", "ar") == ("2019-10-02", "2019-10-02", "day")
    assert value("الأسبوع المنصرم", "ar") == ("2019-09-23", "2019-09-29", "week")


def test_arabic_future_verb_moves_a_weekday_forward() -> None:
    assert value("سيعاد فتح المعبر يوم الأحد", "ar")[0] == "2019-10-06"
    assert value("وأعلنت الوزارة يوم الأحد إغلاق المعبر", "ar")[0] == "2019-09-29"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("text", HOSTILE_EXPRESSIONS, ids=lambda t: t[:12])
def test_repetitive_text_gives_separate_well_formed_mentions(text: str, lang: str) -> None:
    # Their speed is measured by `passage bench time` ("hostile expressions").
    mentions = sorted(extract(text, PUB, lang), key=lambda m: m.start)
    assert all(0 <= m.start < m.end <= len(text) for m in mentions)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))
    assert len(mentions) <= len(text.split())


@pytest.mark.parametrize("text", ["Pâques 0000", "Noël 0000", "en 00 et le Ie siècle"])
def test_feasts_and_centuries_at_the_edge_of_the_calendar_are_safe(text: str) -> None:
    for m in extract(text, date(1, 1, 1), "fr"):
        assert m.value is None or m.value.start.year >= 1


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("le 5 du mois dernier", "fr", "2019-08-05"),
        ("في 5 من الشهر الجاري", "ar", "2019-09-05"),
        ("في الخامس من الشهر الماضي", "ar", "2019-08-05"),
        ("on the 5th of last month", "en", "2019-08-05"),
    ],
)
def test_a_day_of_a_month_named_from_publication(text: str, lang: str, expected: str) -> None:
    assert value(text, lang) == (expected, expected, "day")


def test_a_day_the_month_lacks_gives_no_date() -> None:
    assert one("le 31 du mois dernier", "fr", date(2019, 10, 15)).value is None  # no 31 Sept
    assert one("le 99 du mois dernier", "fr").value is None


def test_a_clock_time_keeps_its_time_zone_words() -> None:
    got = extract("arrivé hier vers 12 h 30 locales (20 h 30 en France)", PUB, "fr")
    assert [m.text for m in got] == ["hier", "vers 12 h 30 locales", "20 h 30 en France"]
    assert {m.value.start for m in got} == {date(2019, 9, 29)}


def test_a_text_settles_the_order_of_its_numeric_dates() -> None:
    def days(text: str) -> list[date]:
        return [m.value.start for m in extract(text, None, "en")]

    assert days("Issued 05/06/2024") == [date(2024, 5, 6)]  # the lexicon's first order
    assert days("Issued 05/06/2024, amended 25/06/2024") == [date(2024, 6, 5), date(2024, 6, 25)]
    assert days("Issued 05/06/2024, amended 06/25/2024") == [date(2024, 5, 6), date(2024, 6, 25)]
    # texts that use both orders settle nothing
    assert days("05/06/2024, 25/06/2024, 06/25/2024")[0] == date(2024, 5, 6)


def test_feast_names_inside_other_names_are_no_dates() -> None:
    got = extract("le Père Noël, l'île de Pâques, à Noël", PUB, "fr")
    assert [m.text for m in got] == ["Noël"] and got[0].value.start == date(2019, 12, 25)


def test_maghreb_month_names() -> None:
    got = extract("أغلق المعبر في 12 جانفي 2024 ثم في 3 دجنبر 2023", PUB, "ar")
    assert [m.value.start for m in got] == [date(2024, 1, 12), date(2023, 12, 3)]


def test_centuries_and_decades_need_no_publication() -> None:
    for text in ("au XIXe siècle", "les années 60"):
        m = one(text, "fr", None)
        assert m.value is not None and m.anchor == "absolute"


@pytest.mark.parametrize(
    ("text", "lang", "texts", "days"),
    [
        ("Il a démissionné hier, au lendemain de la défaite.", "fr",
         ["hier", "au lendemain"], ["2019-09-29", "2019-09-29"]),
        ("The road reopened on Monday, the day after the attack.", "en",
         ["Monday", "the day after"], ["2019-09-30", "2019-09-30"]),
        ("The convoy left on Friday and arrived the day after.", "en",
         ["Friday", "the day after"], ["2019-09-27", "2019-09-28"]),
    ],
)  # fmt: skip
def test_the_day_after_an_event_restates_the_day_before_it(text, lang, texts, days) -> None:
    got = extract(text, PUB, lang)
    assert [m.text for m in got] == texts
    assert [m.value.start.isoformat() for m in got] == days


def test_the_day_after_an_event_alone_has_no_value() -> None:
    assert one("Au lendemain de la défaite, il est parti.", "fr").value is None
