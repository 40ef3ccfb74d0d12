"""Dates the stage had never been shown (third set): the bound of a stretch ("jusqu'au",
"until", "حتى") read against the tense of its clause, a night across the end of a month, a year
written in words, and a future the tagger took for a participle. Sentences of our own, wire
style, read as published on Wednesday 18 June 2025 unless said."""

from __future__ import annotations

from datetime import date

import pytest

from passage.stages.time import extract

PUB = date(2025, 6, 18)  # a Wednesday


def dated(text: str, lang: str, published: date = PUB, doc=None) -> dict[str, tuple[str, str]]:
    """span -> (start, end) of each date with a value."""
    return {
        m.text: (m.value.start.isoformat(), m.value.end.isoformat())
        for m in extract(text, published, lang, doc)
        if m.kind == "date" and m.value is not None
    }


def one_day(iso: str) -> tuple[str, str]:
    return (iso, iso)


# --- the bound of a stretch: future when its clause is, the nearest such day when it is past


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected"),
    [
        # a stretch that ended: the day before publication, not the one of next year
        (
            "La route de Bukavu était restée coupée jusqu'au 12 avril.",
            "fr",
            "12 avril",
            "2025-04-12",
        ),
        ("The highway to Kasese was blocked until May 30.", "en", "May 30", "2025-05-30"),
        ("By April 20, the rebels had taken the airport.", "en", "April 20", "2025-04-20"),
        ("ظلت الطريق مقطوعة حتى 12 نيسان.", "ar", "12 نيسان", "2025-04-12"),
        # a past decision that sets a bound still ahead: the nearest such day
        (
            "Le gouvernement a prolongé l'état d'urgence jusqu'au 2 juillet.",
            "fr",
            "2 juillet",
            "2025-07-02",
        ),
        ("Flights to Goma were suspended until July 5.", "en", "July 5", "2025-07-05"),
        # told as to come, or in the present: still the next such day
        ("Les frontières resteront fermées jusqu'au 12 avril.", "fr", "12 avril", "2026-04-12"),
        ("The highway will stay blocked until May 30.", "en", "May 30", "2026-05-30"),
        ("ستبقى الطريق مقطوعة حتى 12 نيسان.", "ar", "12 نيسان", "2026-04-12"),
        # an Arabic present is no past, whatever the language guesses of unmarked clauses
        ("يسري القرار اعتبارا من 1 أيار.", "ar", "1 أيار", "2026-05-01"),
    ],
)
def test_a_bound_follows_the_tense_of_its_clause(text, lang, span, expected):
    assert dated(text, lang)[span] == one_day(expected)


def test_a_past_bound_with_the_parse_is_the_nearest_day(french_parse):
    text = "Le marché de Kalehe est resté fermé jusqu'au 9 juin, puis a rouvert."
    assert dated(text, "fr", doc=french_parse(text))["9 juin"] == one_day("2025-06-09")


def test_a_bound_marked_as_next_keeps_its_mark():
    text = "Le couvre-feu a été prolongé jusqu'au 3 juin prochain."
    assert dated(text, "fr")["3 juin prochain"] == one_day("2026-06-03")


# --- a night across the end of a month


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "Dans la nuit du 30 avril au 1er mai, des tirs ont visé Beni.",
            "la nuit du 30 avril au 1er mai",
            ("2025-04-30", "2025-05-01"),
        ),
        (
            "La nuit du 31 mai au 1er juin 2025, un incendie a ravagé le marché.",
            "la nuit du 31 mai au 1er juin 2025",
            ("2025-05-31", "2025-06-01"),
        ),
        (
            "La nuit du 31 décembre au 1er janvier 2025, la ville a fêté.",
            "la nuit du 31 décembre au 1er janvier 2025",
            ("2024-12-31", "2025-01-01"),
        ),
        (
            "Dans la nuit du 28 février au 1er mars, le dépôt a brûlé.",
            "la nuit du 28 février au 1er mars",
            ("2025-02-28", "2025-03-01"),
        ),
    ],
)
def test_a_night_from_a_months_last_day_into_the_next(text, span, expected):
    found = {k.lower(): v for k, v in dated(text, "fr").items()}
    assert found[span.lower()] == expected


def test_two_days_that_are_not_one_night_stay_two_dates():
    found = dated("Dans la nuit du 29 avril au 1er mai, la grève a continué.", "fr")
    assert "la nuit du 29 avril au 1er mai" not in {k.lower() for k in found}
    assert found["1er mai"] == one_day("2025-05-01")


def test_overnight_from_one_weekday_to_the_next():
    found = dated("Overnight from Friday to Saturday, drones struck Odesa.", "en")
    assert found["Overnight from Friday to Saturday"] == ("2025-06-13", "2025-06-14")


# --- a year in words


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected"),
    [
        (
            "Le barrage a été achevé en deux mille dix-huit.",
            "fr",
            "deux mille dix-huit",
            ("2018-01-01", "2018-12-31"),
        ),
        (
            "L'accord a été signé le 4 août deux mille vingt.",
            "fr",
            "le 4 août deux mille vingt",
            ("2020-08-04", "2020-08-04"),
        ),
        (
            "The mine was closed in two thousand and eight.",
            "en",
            "two thousand and eight",
            ("2008-01-01", "2008-12-31"),
        ),
        (
            "افتتح الجسر عام ألفين وأربعة عشر.",
            "ar",
            "عام ألفين وأربعة عشر",
            ("2014-01-01", "2014-12-31"),
        ),
        (
            "في أيار ألفين وتسعة عشر، انتخب البرلمان رئيسا.",
            "ar",
            "أيار ألفين وتسعة عشر",
            ("2019-05-01", "2019-05-31"),
        ),
        (
            "وقعت الهدنة عام ألفين وثلاثة وعشرين.",
            "ar",
            "عام ألفين وثلاثة وعشرين",
            ("2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_a_year_in_words(text, lang, span, expected):
    assert dated(text, lang)[span] == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Deux mille cinq cents manifestants ont défilé à Lomé.", "fr"),
        ("Plus de deux mille soldats ont été déployés.", "fr"),
        ("Two thousand and five hundred people fled.", "en"),
    ],
)
def test_a_count_in_words_is_no_year(text, lang):
    assert dated(text, lang) == {}


def test_the_thousands_alone_after_a_month_are_a_count():
    found = dated("In May two thousand troops were sent to Bunia.", "en")
    assert found == {"May": ("2025-05-01", "2025-05-31")}


def test_arabic_tens_count_days_ago():
    found = dated("قبل عشرين يوما، وصلت القافلة إلى حلب.", "ar")
    assert found["قبل عشرين يوما"] == one_day("2025-05-29")


# --- a tense word the cue lists lacked, and a future the tagger took for a participle


def test_hit_tells_the_past_of_a_weekday():
    # Sunday is nearer ahead (4 days) than behind (3 days) only by one: the past verb decides
    found = dated("A landslide hit the village of Bududa on Sunday.", "en", date(2025, 3, 20))
    assert found["Sunday"] == one_day("2025-03-16")


def test_a_future_the_tagger_took_for_a_participle_stays_future(french_parse):
    text = "Vendredi, les autorités décréteront trois jours de deuil."
    assert dated(text, "fr", date(2025, 1, 8), french_parse(text))["Vendredi"] == one_day(
        "2025-01-10"
    )


# --- the end of a state told as over, and a dot that ends an abbreviation, not a sentence


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected"),
    [
        # published on a Wednesday: the Monday before (2 days) and the Monday after (5 days)
        ("Les écoles de Kindu sont restées fermées jusqu'à lundi.", "fr", "lundi", "2025-06-16"),
        ("The clinic remained shut until Monday.", "en", "Monday", "2025-06-16"),
        ("بقيت العيادة مغلقة حتى يوم الاثنين.", "ar", "يوم الاثنين", "2025-06-16"),
        # a state that lasted ends before publication even where next year's day is nearer
        (
            "La route a été coupée et l'est restée jusqu'au 20 décembre.",
            "fr",
            "20 décembre",
            "2024-12-20",
        ),
        ("The road stayed closed until December 20.", "en", "December 20", "2024-12-20"),
        # a bound set in the past, not a state that lasted: a weekday to come, else the
        # nearest day
        ("Le préfet a interdit les marches jusqu'à lundi.", "fr", "lundi", "2025-06-23"),
        ("The governor banned marches until July 10.", "en", "July 10", "2025-07-10"),
    ],
)
def test_the_end_of_a_state_told_as_over_is_behind(text, lang, span, expected):
    assert dated(text, lang)[span] == one_day(expected)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # published on a Friday: Saturday is tomorrow; "p.m." ends no sentence
        ("Voting ends at 8 p.m. on Saturday.", "Saturday", "2025-02-15"),
        ("Polls close at 6 a.m. on Saturday in the capital.", "Saturday", "2025-02-15"),
    ],
)
def test_a_dot_that_ends_an_abbreviation_does_not_cut_the_clause(text, span, expected):
    assert dated(text, "en", date(2025, 2, 14))[span] == one_day(expected)


# --- an Arabic present of an act that is planned


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # published on Tuesday 30 December 2025: the 1st of January to come
        ("في الأول من كانون الثاني، يسري القانون الجديد.", "الأول من كانون الثاني", "2026-01-01"),
        ("تنطلق الدورة البرلمانية في 5 كانون الثاني.", "5 كانون الثاني", "2026-01-05"),
        # the past stays the past
        ("انطلقت الدورة البرلمانية في 5 كانون الأول.", "5 كانون الأول", "2025-12-05"),
    ],
)
def test_an_arabic_present_of_a_planned_act_is_to_come(text, span, expected):
    assert dated(text, "ar", date(2025, 12, 30))[span] == one_day(expected)


# --- two months that open and close a stretch, even those that are words too


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "De mars à mai, la soudure a frappé le Guéra.",
            "fr",
            {"mars": ("2025-03-01", "2025-03-31"), "mai": ("2025-05-01", "2025-05-31")},
        ),
        (
            "Between March and May, cholera killed 80 people in Kasai.",
            "en",
            {"March": ("2025-03-01", "2025-03-31"), "May": ("2025-05-01", "2025-05-31")},
        ),
        (
            "From March to August 2023, the mine stayed idle.",
            "en",
            {"March": ("2023-03-01", "2023-03-31"), "August 2023": ("2023-08-01", "2023-08-31")},
        ),
    ],
)
def test_two_months_of_a_stretch_are_months(text, lang, expected):
    assert dated(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Protesters march to May Square every Friday.", "en"),
        ("La sonde est partie de Mars à grande vitesse.", "fr"),
    ],
)
def test_a_month_word_with_no_stretch_is_no_month(text, lang):
    assert not any(m.kind == "date" for m in extract(text, PUB, lang))


# --- a stretch of weekdays runs forward


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # told on a Wednesday, of days to come: the Wednesday after that Monday
        (
            "Le bac de Kinshasa sera à l'arrêt de lundi à mercredi.",
            "fr",
            {"lundi": one_day("2025-06-23"), "mercredi": one_day("2025-06-25")},
        ),
        (
            "The ferry will be halted from Monday to Wednesday.",
            "en",
            {"Monday": one_day("2025-06-23"), "Wednesday": one_day("2025-06-25")},
        ),
        (
            "سيتوقف العبّارة من الاثنين إلى الأربعاء.",
            "ar",
            {"الاثنين": one_day("2025-06-23"), "الأربعاء": one_day("2025-06-25")},
        ),
        # told as past, the stretch already runs forward: unchanged
        (
            "Le bac a été à l'arrêt de lundi à mercredi.",
            "fr",
            {"lundi": one_day("2025-06-16"), "mercredi": one_day("2025-06-18")},
        ),
    ],
)
def test_the_second_weekday_of_a_stretch_follows_the_first(text, lang, expected):
    assert dated(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "span", "expected"),
    [
        # published on a Wednesday; a past act that ran to a weekday: the one behind
        ("Le festival de Ségou s'est tenu jusqu'à lundi.", "fr", "lundi", "2025-06-16"),
        ("The festival was held until Sunday.", "en", "Sunday", "2025-06-15"),
        ("La route de Kaya était fermée jusqu'à lundi.", "fr", "lundi", "2025-06-16"),
        ("كانت الطريق مغلقة حتى يوم الاثنين.", "ar", "يوم الاثنين", "2025-06-16"),
        # a decision that sets a weekday bound: the one to come
        ("The governor banned marches until Sunday.", "en", "Sunday", "2025-06-22"),
        ("منعت السلطات التظاهر حتى يوم الاثنين.", "ar", "يوم الاثنين", "2025-06-23"),
    ],
)
def test_a_past_weekday_bound_is_behind_unless_a_decision_sets_it(text, lang, span, expected):
    assert dated(text, lang)[span] == one_day(expected)


def test_a_dot_after_a_lone_letter_ends_no_sentence():
    # "M." and "U.S." are abbreviations: the verb of the clause after them still tells it
    found = dated("Le ministre, M. Diallo, recevra mardi les maires.", "fr")
    assert found["mardi"] == one_day("2025-06-24")


def test_left_tells_the_past_and_the_left_wing_does_not():
    text = "Engineers left Bunia on Friday. The left-wing party rallies on Friday."
    found = [m.value.start.isoformat() for m in extract(text, PUB, "en") if m.value]
    assert found == ["2025-06-13", "2025-06-20"]
