"""Events (French): the dates of acts told across midnight, of acts named by a weekday, and of
a closure caused by an act dated in the same sentence. Sentences made up for these tests, run
through the whole stage chain."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article

PUB = date(2024, 11, 12)  # a Tuesday


def dates(text: str) -> list[tuple[str, str, str]]:
    article = pipeline.run(Article(text=text, language="fr", outlet="RFI", published=PUB))
    return [
        (e.subtype, e.date.start.isoformat(), e.date.end.isoformat())
        for e in article.events
        if e.date is not None
    ]


def test_an_act_across_midnight_is_dated_to_both_days():
    # ACLED codes the day an event took place; the report does not say which side of
    # midnight, so the record keeps both days (see time.calendar.overnight)
    got = dates(
        "Des hommes armés ont attaqué le commissariat de Gao dans la nuit de dimanche à lundi."
    )
    assert ("Armed clash", "2024-11-10", "2024-11-11") in got


def test_an_act_named_by_a_past_weekday_is_the_last_such_day():
    got = dates("L'attaque de vendredi contre la caserne de Kidal inquiète les habitants.")
    assert got and got[0][1:] == ("2024-11-08", "2024-11-08")


def test_a_closure_caused_by_an_act_takes_its_date():
    # "s'explique par": nobody reports anything, so the date is the act's, not a report's
    got = dates(
        "Des camions attendent au poste frontière de Ras Jedir. Cet engorgement s'explique par "
        "la prise, dès le jeudi 7 novembre, du côté libyen du passage par des miliciens, ce qui "
        "a provoqué sa fermeture."
    )
    assert ("Other", "2024-11-07", "2024-11-07") in got
