"""Hand-made time and place layers for stage tests, so they do not depend on those stages."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from passage.record import Article, Interval, PlaceMention, TimeMention
from passage.stages import actors, claims, events, language

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLE = SHARED / "examples" / "abou-kamal-qaem-reouverture.fr.txt"
NEWS = SHARED / "eval" / "news" / "articles.jsonl"
PUBLISHED = date(2019, 9, 30)


def place(
    article: Article, text: str, kind: str = "town", gid: str | None = None, name: str | None = None
) -> None:
    """A PlaceMention for every occurrence of `text`."""
    for m in re.finditer(re.escape(text), article.text):
        article.places.append(
            PlaceMention(
                m.start(),
                m.end(),
                text,
                name=name or text,
                gazetteer_id=gid,
                kind=kind,
                precision=1,
            )
        )
    article.places.sort(key=lambda p: p.start)


def when(
    article: Article, text: str, start: date, end: date | None = None, precision: str = "day"
) -> None:
    """A dated TimeMention for every occurrence of `text`."""
    for m in re.finditer(re.escape(text), article.text):
        article.times.append(
            TimeMention(m.start(), m.end(), text, "date", Interval(start, end or start, precision))
        )
    article.times.sort(key=lambda t: t.start)


def parsed(
    text: str,
    outlet: str | None = "Press TV",
    published: date | None = PUBLISHED,
    language_code: str = "fr",
) -> Article:
    """An article through the language stage only."""
    return language.annotate(
        Article(text=text, language=language_code, outlet=outlet, published=published)
    )


def through(article: Article, upto: str = "claims") -> Article:
    """Run the actors, events and (optionally) claims stages on a prepared article."""
    actors.annotate(article)
    events.annotate(article)
    if upto == "claims":
        claims.annotate(article)
    return article


def example_layers(article: Article) -> Article:
    """The time and places layers of the canonical example, as those stages should give them."""
    place(article, "Abou Kamal-Qaëm", "crossing", "crossing:albu-kamal-al-qaim")
    place(article, "point de passage de Qaëm", "crossing", "crossing:albu-kamal-al-qaim")
    place(article, "route Palmyre-Deir ez-Zor", "road", "road:palmyra-deir-ez-zor")
    place(article, "Hamimah", "town")
    place(article, "ville stratégique d’Abou Kamal", "town", name="Albu Kamal")
    place(article, "ville d’al-Qaëm", "town", name="Al Qa'im")
    place(article, "Homs", "region")
    when(article, "ce lundi 30 septembre", date(2019, 9, 30))
    when(article, "dimanche", date(2019, 9, 29))
    when(article, "il y a deux jours", date(2019, 9, 28))
    when(article, "en novembre 2017", date(2017, 11, 1), date(2017, 11, 30), "month")
    when(article, "en 2014", date(2014, 1, 1), date(2014, 12, 31), "year")
    when(article, "Vers la fin de l'année 2017", date(2017, 10, 1), date(2017, 12, 31), "month")
    when(article, "en avril dernier", date(2019, 4, 1), date(2019, 4, 30), "month")
    when(article, "Le 28 septembre", date(2019, 9, 28))
    return article


def example(upto: str = "claims") -> Article:
    """The canonical example article through the stages, with hand-made time and places."""
    return through(example_layers(parsed(EXAMPLE.read_text(encoding="utf-8"))), upto)


def find(article: Article, trigger: str, subtype: str | None = None):
    """The events whose trigger text is `trigger` (and subtype, when given)."""
    return [
        e
        for e in article.events
        if e.trigger.text == trigger and (subtype is None or e.subtype == subtype)
    ]


def roles(article: Article, trigger: str) -> set[tuple[str, str]]:
    """(role, actor name) pairs of the first event whose trigger text is `trigger`."""
    found = find(article, trigger)
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in article.events]}"
    return {(a.role, a.name) for a in found[0].actors}
