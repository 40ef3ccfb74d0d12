"""Press phrases written for the held-out check, not taken from any gold: French, English and
Arabic, read as published on a Wednesday (12 March 2025), a date no dev text uses."""

from __future__ import annotations

from datetime import date

import pytest

from passage.stages.time import extract

PUB = date(2025, 3, 12)  # a Wednesday
YEARS_2014_2017 = [
    ("2014", "2014-01-01", "2014-12-31", "year"),
    ("2017", "2017-01-01", "2017-12-31", "year"),
]


def dated(text: str, lang: str, published: date | None = PUB) -> list[tuple[str, str, str, str]]:
    """(span, start, end, precision) of each date found; durations and sets are left out."""
    return [
        (m.text, m.value.start.isoformat(), m.value.end.isoformat(), m.value.precision)
        for m in extract(text, published, lang)
        if m.kind == "date" and m.value is not None
    ]


def kinds(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract(text, PUB, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # weekdays and weekends around a Wednesday
        ("Il est venu mardi dernier.", "fr",
         [("mardi dernier", "2025-03-11", "2025-03-11", "day")]),
        ("Ils se sont rendus à Goma le week-end dernier.", "fr",
         [("le week-end dernier", "2025-03-08", "2025-03-09", "week")]),
        ("Ils se rendront ce week-end à Goma.", "fr",
         [("ce week-end", "2025-03-15", "2025-03-16", "week")]),
        ("Ils se sont rendus ce week-end à Goma.", "fr",
         [("ce week-end", "2025-03-08", "2025-03-09", "week")]),
        ("Le convoi repartira le week-end prochain.", "fr",
         [("le week-end prochain", "2025-03-15", "2025-03-16", "week")]),
        ("Les combats ont repris dans la nuit de samedi à dimanche.", "fr",
         [("la nuit de samedi à dimanche", "2025-03-08", "2025-03-09", "day")]),
        # parts of months and of years
        ("Le scrutin aura lieu à la mi-septembre.", "fr",
         [("à la mi-septembre", "2025-09-11", "2025-09-20", "month")]),
        ("Les prix ont doublé depuis le début de l'année.", "fr",
         [("le début de l'année", "2025-01-01", "2025-04-30", "year")]),
        ("Le convoi est arrivé à la fin du mois dernier.", "fr",
         [("à la fin du mois dernier", "2025-02-21", "2025-02-28", "month")]),
        ("Les messages ont circulé en début de semaine dernière.", "fr",
         [("début de semaine dernière", "2025-03-03", "2025-03-09", "week")]),
        # periods named from publication
        ("Le ministre a parlé cette semaine.", "fr",
         [("cette semaine", "2025-03-10", "2025-03-16", "week")]),
        ("Le passage rouvrira le mois prochain.", "fr",
         [("le mois prochain", "2025-04-01", "2025-04-30", "month")]),
        # a weekday with a date picks the year; a date in a past clause is before publication
        ("jeudi 15 août", "fr", [("jeudi 15 août", "2024-08-15", "2024-08-15", "day")]),
        ("Le texte est entré en vigueur le 1er janvier.", "fr",
         [("le 1er janvier", "2025-01-01", "2025-01-01", "day")]),
        ("Publié le 1er/01/2024.", "fr", [("1er/01/2024", "2024-01-01", "2024-01-01", "day")]),
        ("mis à jour le 2019-09-30", "fr", [("2019-09-30", "2019-09-30", "2019-09-30", "day")]),
        # ranges: the first day shares the month, and the year, named after the second
        ("Le festival aura lieu du 3 au 5 mai.", "fr",
         [("3", "2025-05-03", "2025-05-03", "day"), ("5 mai", "2025-05-05", "2025-05-05", "day")]),
        ("Le festival a eu lieu les 3 et 4 mai 2023.", "fr",
         [("3", "2023-05-03", "2023-05-03", "day"),
          ("4 mai 2023", "2023-05-04", "2023-05-04", "day")]),
        ("du 28 avril au 2 mai 2024", "fr",
         [("28 avril", "2024-04-28", "2024-04-28", "day"),
          ("2 mai 2024", "2024-05-02", "2024-05-02", "day")]),
        ("Les combats ont repris dans la nuit du 8 au 9 mars.", "fr",
         [("la nuit du 8 au 9 mars", "2025-03-08", "2025-03-09", "day")]),
        ("Le poste est resté fermé entre 2014 et 2017.", "fr",
         YEARS_2014_2017),
        # seasons: known to the year, their months kept
        ("Le convoi est arrivé l'été dernier.", "fr",
         [("l'été dernier", "2024-06-01", "2024-08-31", "year")]),
        ("au printemps 2023", "fr", [("printemps 2023", "2023-03-01", "2023-05-31", "year")]),
        ("l'hiver 2023", "fr", [("l'hiver 2023", "2023-12-01", "2024-02-29", "year")]),
        # English
        ("He left last Tuesday.", "en", [("last Tuesday", "2025-03-11", "2025-03-11", "day")]),
        ("They crossed last weekend.", "en",
         [("last weekend", "2025-03-08", "2025-03-09", "week")]),
        ("Prices have risen since the beginning of the year.", "en",
         [("the beginning of the year", "2025-01-01", "2025-04-30", "year")]),
        ("The talks were held this week.", "en",
         [("this week", "2025-03-10", "2025-03-16", "week")]),
        ("The crossing will reopen next month.", "en",
         [("next month", "2025-04-01", "2025-04-30", "month")]),
        ("Fighting resumed on the night of Saturday to Sunday.", "en",
         [("the night of Saturday to Sunday", "2025-03-08", "2025-03-09", "day")]),
        ("Thursday, August 15", "en",
         [("Thursday, August 15", "2024-08-15", "2024-08-15", "day")]),
        ("The law took effect on January 1.", "en",
         [("January 1", "2025-01-01", "2025-01-01", "day")]),
        ("The festival will be held May 3-5.", "en",
         [("May 3", "2025-05-03", "2025-05-03", "day"), ("5", "2025-05-05", "2025-05-05", "day")]),
        ("from March 30 to 31, 2024", "en",
         [("March 30", "2024-03-30", "2024-03-30", "day"),
          ("31, 2024", "2024-03-31", "2024-03-31", "day")]),
        ("The crossing was shut between 2014 and 2017.", "en",
         YEARS_2014_2017),
        ("late last year", "en", [("late last year", "2024-09-01", "2024-12-31", "year")]),
        ("The convoy arrived last summer.", "en",
         [("last summer", "2024-06-01", "2024-08-31", "year")]),
        # Arabic
        ("غادر الثلاثاء الماضي", "ar", [("الثلاثاء الماضي", "2025-03-11", "2025-03-11", "day")]),
        ("الأسبوع الماضي", "ar", [("الأسبوع الماضي", "2025-03-03", "2025-03-09", "week")]),
        ("الشهر المقبل", "ar", [("الشهر المقبل", "2025-04-01", "2025-04-30", "month")]),
        ("نهاية العام الماضي", "ar",
         [("نهاية العام الماضي", "2024-09-01", "2024-12-31", "year")]),
        ("ارتفعت الأسعار منذ بداية العام", "ar",
         [("بداية العام", "2025-01-01", "2025-04-30", "year")]),
        ("من المقرر أن يقام المهرجان من 3 إلى 5 مايو", "ar",
         [("3", "2025-05-03", "2025-05-03", "day"), ("5 مايو", "2025-05-05", "2025-05-05", "day")]),
        ("الخميس 15 أغسطس", "ar", [("الخميس 15 أغسطس", "2024-08-15", "2024-08-15", "day")]),
        ("أغلق المعبر بين 2014 و2017", "ar",
         YEARS_2014_2017),
        ("الصيف الماضي", "ar", [("الصيف الماضي", "2024-06-01", "2024-08-31", "year")]),
        ("قبل ثلاثة أيام", "ar", [("قبل ثلاثة أيام", "2025-03-09", "2025-03-09", "day")]),
    ],
)  # fmt: skip
def test_press_dates(text: str, lang: str, expected: list) -> None:
    assert dated(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("au cours des dernières 24 heures", "fr", [("des dernières 24 heures", "duration")]),
        ("dans les prochaines 48 heures", "fr", [("les prochaines 48 heures", "duration")]),
        ("après une guerre de huit ans", "fr", [("huit ans", "duration")]),
        ("un mandat de cinq ans", "fr", [("cinq ans", "duration")]),
        ("Over the past 24 hours, 40 trucks crossed.", "en", [("the past 24 hours", "duration")]),
        ("in the next two weeks", "en", [("the next two weeks", "duration")]),
        ("The city has been besieged for years.", "en", [("years", "duration")]),
        ("The trucks returned hours after the strike.", "en", [("hours", "duration")]),
        ("منذ سنوات", "ar", [("سنوات", "duration")]),
    ],
)
def test_windows_and_durations_are_never_dates(text: str, lang: str, expected: list) -> None:
    assert kinds(text, lang) == expected
    assert all(m.value is None for m in extract(text, PUB, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("un garçon de 12 ans", "fr"),
        ("un électricien allemand de 37 ans", "fr"),
        ("a 12-year-old boy was killed", "en"),
        ("Il a été 2 fois battu.", "fr"),  # "été" is a participle here, not summer
        ("Prices fall in spring and in the summer.", "en"),
        ("الربيع العربي", "ar"),  # the Arab Spring is no season
        ("une fête de fin d'année", "fr"),
    ],
)
def test_no_date_and_no_duration(text: str, lang: str) -> None:
    assert extract(text, PUB, lang) == []


def test_a_vague_past_is_a_date_without_a_value() -> None:
    for text, lang in [("il y a quelques jours", "fr"), ("a few days ago", "en")]:
        got = extract(text, PUB, lang)
        assert [(m.text, m.kind, m.value) for m in got] == [(text, "date", None)]


def test_a_day_range_in_a_sentence_keeps_what_is_around_it() -> None:
    # a count before "et" is no day: "les 3 et 4 mai" needs a month after the second number
    assert dated("Il a 3 et 4 enfants.", "fr") == []
    assert dated("du 5 au 3 mai", "fr") == [("3 mai", "2025-05-03", "2025-05-03", "day")]


@pytest.mark.parametrize(
    ("published", "last", "this", "following"),
    [
        (date(2025, 3, 15), "2025-03-08", "2025-03-15", "2025-03-22"),  # a Saturday
        (date(2025, 3, 16), "2025-03-08", "2025-03-15", "2025-03-22"),  # a Sunday
        (date(2025, 3, 17), "2025-03-15", "2025-03-15", "2025-03-22"),  # a Monday: just past
        (date(2025, 3, 20), "2025-03-15", "2025-03-22", "2025-03-22"),  # a Thursday: to come
    ],
)
def test_a_weekend_is_read_from_the_day_of_publication(published, last, this, following) -> None:
    got = [
        dated(text, "fr", published)[0][1]
        for text in ("le week-end dernier", "ce week-end", "le week-end prochain")
    ]
    assert got == [last, this, following]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "and that the day after ...": the day named before, said again
        ("استهدفت الغارة المعبر فجر الجمعة، وذلك غداة تحذير إسرائيل", "ar",
         [("فجر الجمعة", "2025-03-07"), ("غداة", "2025-03-07")]),
        ("Le pont a sauté lundi, soit au lendemain de l'ultimatum.", "fr",
         [("lundi", "2025-03-10"), ("au lendemain", "2025-03-10")]),
        # without such a word, the day after an event is not the day named before it
        ("Lundi, le ministre a dit que la route avait fermé au lendemain de l'attaque.", "fr",
         [("Lundi", "2025-03-10"), ("au lendemain", None)]),
        ("وصل الوفد يوم الأحد. وجاءت الغارة غداة التحذير", "ar",
         [("يوم الأحد", "2025-03-09"), ("غداة", None)]),
    ],
)  # fmt: skip
def test_the_day_after_an_event_restates_a_day_only_when_told(text, lang, expected) -> None:
    got = [
        (m.text, m.value.start.isoformat() if m.value else None) for m in extract(text, PUB, lang)
    ]
    assert got == expected


def test_now_is_the_time_of_publication() -> None:
    assert dated("The ceasefire now in force", "en") == [("now", "2025-03-12", "2025-03-12", "day")]
    assert dated("impossible, à cette heure, de savoir", "fr")[0][:2] == (
        "à cette heure",
        "2025-03-12",
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # compound numbers are read whole: "vingt-cinq ans", not "cinq ans"
        ("il y a vingt-cinq ans", "fr",
         [("il y a vingt-cinq ans", "2000-01-01", "2000-12-31", "year")]),
        ("twenty-five years ago", "en",
         [("twenty-five years ago", "2000-01-01", "2000-12-31", "year")]),
        # a half is counted in the next finer unit
        ("il y a un an et demi", "fr",
         [("il y a un an et demi", "2023-09-01", "2023-09-30", "month")]),
        ("la nuit dernière", "fr", [("la nuit dernière", "2025-03-11", "2025-03-11", "day")]),
        ("l'an passé", "fr", [("l'an passé", "2024-01-01", "2024-12-31", "year")]),
        ("d'ici la fin du mois", "fr", [("la fin du mois", "2025-03-21", "2025-03-31", "month")]),
        # quarters and halves of a year
        ("au deuxième trimestre 2024", "fr",
         [("deuxième trimestre 2024", "2024-04-01", "2024-06-30", "year")]),
        ("in the first quarter of 2024", "en",
         [("the first quarter of 2024", "2024-01-01", "2024-03-31", "year")]),
        ("في الربع الأول من عام 2024", "ar",
         [("الربع الأول من عام 2024", "2024-01-01", "2024-03-31", "year")]),
        # "that day", "the following year": from the date the story last named
        ("Le pont a cédé le 3 mars 2015. Ce jour-là, il pleuvait.", "fr",
         [("le 3 mars 2015", "2015-03-03", "2015-03-03", "day"),
          ("Ce jour-là", "2015-03-03", "2015-03-03", "day")]),
        ("Le pont a cédé en mars 2015. L'année suivante, il a été reconstruit.", "fr",
         [("mars 2015", "2015-03-01", "2015-03-31", "month"),
          ("L'année suivante", "2016-01-01", "2016-12-31", "year")]),
        ("The road was cut on 3 May 2015 and reopened the same day.", "en",
         [("3 May 2015", "2015-05-03", "2015-05-03", "day"),
          ("the same day", "2015-05-03", "2015-05-03", "day")]),
        ("أغلق المعبر في 3 مايو 2015 وأعيد فتحه في اليوم نفسه", "ar",
         [("3 مايو 2015", "2015-05-03", "2015-05-03", "day"),
          ("في اليوم نفسه", "2015-05-03", "2015-05-03", "day")]),
    ],
)  # fmt: skip
def test_more_press_dates(text: str, lang: str, expected: list) -> None:
    assert dated(text, lang) == expected


def test_a_period_after_a_vaguer_date_has_no_value() -> None:
    # "le mois suivant" after a year, "ce jour-là" with nothing before: unknown, not invented
    got = extract("Le pont a cédé en 2015. Le mois suivant, il a rouvert.", PUB, "fr")
    assert [(m.text, m.value is None) for m in got] == [("2015", False), ("Le mois suivant", True)]
    assert [m.value for m in extract("Ce jour-là, il pleuvait.", PUB, "fr")] == [None]
    assert dated("He scored in the second half.", "en") == []  # a match, not a year


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("quarante-huit heures", "fr", [("quarante-huit heures", "duration")]),
        ("une quinzaine de jours", "fr", [("une quinzaine de jours", "duration")]),
        ("pendant une dizaine d'années", "fr", [("une dizaine d'années", "duration")]),
        ("deux ans et demi", "fr", [("deux ans et demi", "duration")]),
        ("ces dix dernières années", "fr", [("ces dix dernières années", "duration")]),
        ("plus d'un an", "fr", [("plus d'un an", "duration")]),
        # "N later/earlier" is a duration and its signal, as TimeML reads it: no date made
        ("Trois jours plus tard, il est revenu.", "fr", [("Trois jours", "duration")]),
        ("de plus qu'un an avant", "fr", [("un an", "duration")]),
        ("Two weeks later, he returned.", "en", [("Two weeks", "duration")]),
        ("He later said so.", "en", [("later", "date")]),
        ("il y a une dizaine d'années", "fr", [("il y a une dizaine d'années", "date")]),
    ],
)
def test_more_durations(text: str, lang: str, expected: list) -> None:
    assert kinds(text, lang) == expected
    assert all(m.value is None for m in extract(text, PUB, lang))


def test_an_approximate_age_is_no_duration() -> None:
    assert extract("une femme d'une trentaine d'années est tombée", PUB, "fr") == []


def test_english_abbreviations_and_of() -> None:
    assert dated("on Sept 5", "en") == [("Sept 5", "2025-09-05", "2025-09-05", "day")]
    assert dated("on the 3rd of March", "en") == [
        ("the 3rd of March", "2025-03-03", "2025-03-03", "day")
    ]
    assert dated("في 5 من مارس", "ar") == [("5 من مارس", "2025-03-05", "2025-03-05", "day")]
    # French "sept" is seven: undotted and without a year it is no month
    assert dated("Il a sept enfants, le 5 sept", "fr") == []


def test_a_weekday_with_a_day_of_the_month() -> None:
    # the 9th near 12 March 2025 that is a Sunday is 9 March; "lundi 3 personnes" is no date
    assert dated("Dimanche 9, les électeurs ont voté.", "fr") == [
        ("Dimanche 9", "2025-03-09", "2025-03-09", "day")
    ]
    assert dated("on Sunday 16", "en") == [("Sunday 16", "2025-03-16", "2025-03-16", "day")]
    assert [m.text for m in extract("lundi 3 personnes ont été tuées", PUB, "fr")] == ["lundi"]
    assert dated("lundi 31", "fr") == [("lundi 31", "2025-03-31", "2025-03-31", "day")]


def test_whole_periods_are_durations_and_every_period_is_a_set() -> None:
    assert kinds("toute la journée", "fr") == [("toute la journée", "duration")]
    assert kinds("toute la nuit", "fr") == [("toute la nuit", "duration")]
    assert kinds("tous les jours", "fr") == [("tous les jours", "set")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # no tense at all: the nearest one (Friday is 2 days ahead, 5 back)
        ("Maceo Parker à Besançon vendredi.", "fr", "2025-03-14"),
        ("Concert in Berlin on Friday", "en", "2025-03-14"),
        # Monday is 2 days back, 5 ahead
        ("Concert à Besançon lundi.", "fr", "2025-03-10"),
        # a past verb, a future verb
        ("Le concert a eu lieu vendredi.", "fr", "2025-03-07"),
        ("Le concert aura lieu lundi.", "fr", "2025-03-17"),
        # Arabic news is told in the past, and its verbs are many: unmarked means past there
        ("استهدفت الغارة المعبر يوم الجمعة", "ar", "2025-03-07"),
        ("الغارة على المعبر يوم الجمعة", "ar", "2025-03-07"),
    ],
)
def test_a_weekday_without_tense_is_the_nearest(text: str, lang: str, expected: str) -> None:
    assert [d[1] for d in dated(text, lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("15/08/2024", "fr"), ("15.08.2024", "fr"), ("15/8/2024", "fr"), ("le 15/08/24", "fr"),
        ("2024/08/15", "fr"), ("2024.08.15", "fr"), ("15-août-2024", "fr"),
        ("jeudi 15 août 2024", "fr"), ("Jeudi, 15 août 2024", "fr"), ("15 AOÛT 2024", "fr"),
        ("le 15 du mois d'août 2024", "fr"),
        ("Aug 15, 2024", "en"), ("August 15th, 2024", "en"), ("15th August 2024", "en"),
        ("15 Aug. 2024", "en"), ("15-Aug-2024", "en"), ("Thursday, August 15, 2024", "en"),
        ("08/15/2024", "en"), ("2024-08-15T10:00:00+02:00", "en"), ("AUGUST 15, 2024", "en"),
        ("١٥ أغسطس ٢٠٢٤", "ar"), ("15 آب/أغسطس 2024", "ar"), ("الخميس، 15 أغسطس 2024", "ar"),
        ("15 أغسطس، 2024", "ar"), ("في 15 من شهر أغسطس 2024", "ar"), ("15-08-2024", "ar"),
    ],
)  # fmt: skip
def test_written_forms_of_one_day(text: str, lang: str) -> None:
    got = dated(text, lang)
    assert [(d[1], d[3]) for d in got] == [("2024-08-15", "day")], got


def test_abbreviated_months_with_a_year_and_numbers_that_are_no_dates() -> None:
    assert dated("Aug. 2024", "en") == [("Aug. 2024", "2024-08-01", "2024-08-31", "month")]
    for text in ("version 1.2.10", "3/4/5", "score 2-1-0", "15/08/24.5"):
        assert extract(text, PUB, "fr") == [], text
    assert [m.value for m in extract("31/02/24", PUB, "fr")] == [None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("خلال الأيام الماضية", "ar", [("الأيام الماضية", "duration")]),
        ("خلال الـ24 ساعة الماضية", "ar", [("الـ24 ساعة الماضية", "duration")]),
        ("in the coming days", "en", [("in the coming days", "date")]),
        ("ces derniers temps", "fr", [("ces derniers temps", "date")]),
    ],
)
def test_windows_around_publication_have_no_value(text: str, lang: str, expected: list) -> None:
    assert kinds(text, lang) == expected
    assert all(m.value is None for m in extract(text, PUB, lang))
