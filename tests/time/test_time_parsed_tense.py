"""Tense from the language stage's parse: the verb that governs an expression picks the past
or future reading of a bare weekday or day-month; word cues remain where there is no parse."""

from __future__ import annotations

from datetime import date

import pytest

from passage.eval import time as time_eval
from passage.record import Article
from passage.stages import language
from passage.stages import time as time_stage
from passage.stages.time import syntax

PUB = date(2019, 9, 25)  # a Wednesday: the Monday before is the 23rd, the one after the 30th
LAST_MONDAY, NEXT_MONDAY = date(2019, 9, 23), date(2019, 9, 30)


def _days(text: str, french_parse, published: date = PUB) -> dict[str, date | None]:
    mentions = time_stage.extract(
        text, published, "fr", french_parse(text) if french_parse else None
    )
    return {m.text: (m.value.start if m.value else None) for m in mentions}


@pytest.mark.parametrize(
    ("sentence", "word", "cues_say", "parse_says"),
    [
        # the nearest cue is the reporting verb; the governing verb is the infinitive after
        # "espère", which is to come
        (
            "Il espère rouvrir le passage lundi, a déclaré le gouverneur.",
            "lundi",
            LAST_MONDAY,
            NEXT_MONDAY,
        ),
        # two clauses, two tenses: each day takes its own verb's
        (
            "Le poste frontière a été fermé lundi et sera rouvert jeudi.",
            "lundi",
            NEXT_MONDAY,
            LAST_MONDAY,
        ),
        (
            "Les camions, qui traversaient la frontière, ont été bloqués lundi et seront "
            "fouillés jeudi.",
            "lundi",
            NEXT_MONDAY,
            LAST_MONDAY,
        ),
        # a postponement dates what is to come, whatever the tense of "a été"
        (
            "La réunion a été reportée à lundi, a indiqué le ministère.",
            "lundi",
            LAST_MONDAY,
            NEXT_MONDAY,
        ),
    ],
)
def test_the_governing_verb_decides_where_the_cues_mislead(
    french_parse, sentence: str, word: str, cues_say: date, parse_says: date
) -> None:
    assert _days(sentence, None)[word] == cues_say
    assert _days(sentence, french_parse)[word] == parse_says


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le poste frontière a rouvert lundi.", LAST_MONDAY),  # avoir (present) + participle
        ("Le convoi est arrivé lundi à Goma.", LAST_MONDAY),  # être + participle
        ("Le poste frontière avait été fermé lundi.", LAST_MONDAY),  # plus-que-parfait
        ("Le poste frontière rouvrira lundi.", NEXT_MONDAY),  # simple future
        ("Le poste frontière sera rouvert lundi aux voyageurs.", NEXT_MONDAY),
        ("Le poste frontière va rouvrir lundi.", NEXT_MONDAY),  # aller + infinitive
        ("Le poste frontière vient de rouvrir lundi.", LAST_MONDAY),  # venir de + infinitive
        ("C'est lundi que le poste frontière rouvrira.", NEXT_MONDAY),  # a cleft
        ("C'est lundi que le poste frontière a rouvert.", LAST_MONDAY),
        ("Ayant quitté Damas lundi, le convoi est arrivé hier à Deir ez-Zor.", LAST_MONDAY),
        ("Un communiqué diffusé lundi annonce la réouverture du passage.", LAST_MONDAY),
    ],
)
def test_tense_from_the_parse(french_parse, sentence: str, expected: date) -> None:
    assert _days(sentence, french_parse)["lundi"] == expected


def test_a_day_of_a_month_takes_the_year_its_verb_says(french_parse) -> None:
    past = "Le passage a été rouvert le 30 septembre, selon l'agence SANA."
    future = "Le passage sera rouvert le 30 août, selon l'agence SANA."
    assert _days(past, french_parse)["le 30 septembre"] == date(2018, 9, 30)
    assert _days(future, french_parse)["le 30 août"] == date(2020, 8, 30)


def test_a_present_keeps_to_the_cues_of_its_own_clause(french_parse) -> None:
    # local news (French TimeBank), published on a Tuesday: "invite" says nothing; the
    # relative clause it governs does; the past of the next sentence does not count
    text = (
        "Dimanche soir, à partir de 22 h, le comité des fêtes vous invite également au bal "
        "qui sera animé par Frédéric Bush.\nLe maire a remercié les bénévoles."
    )
    assert _days(text, french_parse, date(1999, 5, 18))["Dimanche soir"] == date(1999, 5, 23)


def test_a_past_in_the_imperfect_keeps_a_weekly_day_a_habit(french_parse) -> None:
    habit = time_stage.extract(
        "Le marché se tenait le mercredi sur la place.",
        PUB,
        "fr",
        french_parse("Le marché se tenait le mercredi sur la place."),
    )
    assert [(m.text, m.kind) for m in habit] == [("le mercredi", "set")]
    once = "Le convoi est arrivé le mercredi à Goma."
    assert _days(once, french_parse)["le mercredi"] == date(2019, 9, 18)


def test_a_conditional_keeps_to_the_cues(french_parse) -> None:
    text = "Le sommet aurait lieu lundi, a affirmé une source."
    assert _days(text, french_parse) == _days(text, None)


def test_a_doc_of_another_text_or_without_a_parse_is_ignored(french_parse) -> None:
    text = "Il espère rouvrir le passage lundi, a déclaré le gouverneur."
    other = french_parse("Le poste frontière rouvrira lundi.")
    assert syntax.ParsedTenses.of(other, text, {}, []) is None
    assert _days(text, lambda _t: other) == _days(text, None)
    blank = language.nlp_for("ar")(text)  # a blank pipeline: sentences only
    assert syntax.ParsedTenses.of(blank, text, {}, []) is None


def test_annotate_reads_the_language_stage_parse(french_parse) -> None:
    text = "Le poste frontière a été fermé lundi et sera rouvert jeudi."
    article = Article(text=text, language="fr", published=PUB)
    article = time_stage.annotate(language.annotate(article))
    by_text = {m.text: m.value.start for m in article.times}
    assert by_text == {"lundi": LAST_MONDAY, "jeudi": date(2019, 9, 26)}


def test_the_scorer_measures_through_the_language_stage(french_parse) -> None:
    doc = time_eval._parse("Le poste frontière a rouvert lundi.", "fr")
    assert doc is not None and doc.has_annotation("DEP")
    english = time_eval._parse("The crossing reopened on Monday.", "en")
    assert english is None or not english.has_annotation("DEP")
