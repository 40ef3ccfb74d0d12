"""Disambiguation in the article's context: names the article settles vouch for the others, and a
region word after a town does not move it to a region the text does not name."""

from __future__ import annotations

import re

import pytest

from passage.record import Article
from passage.stages.places import gazetteer, resolver, stage
from passage.stages.places.resolver import unit_candidates
from passage.stages.places.stage import annotate, resolve_spans

ATLANTA = (
    "Flu cases rose in Atlanta, Georgia, and in Wichita, Kansas, health officials said. "
    "Atlanta hospitals are full."
)
NAMES = re.compile(r"Atlanta|Georgia|Wichita|Kansas")


def _resolved(text: str) -> list[tuple[str, str | None]]:
    spans = [(m.start(), m.end()) for m in NAMES.finditer(text)]
    return [(m.text, m.admin1) for m in resolve_spans(text, spans) if m is not None]


@pytest.fixture
def no_apposition(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Atlanta, Georgia" settles Atlanta by itself (see test_apposition.py): without it, these
    # tests pin what the article's other names do
    monkeypatch.setattr(stage, "_placed_by_apposition", lambda f, text: None)


@pytest.mark.usefixtures("no_apposition")
def test_settled_names_vouch_for_their_neighbours() -> None:
    # "Georgia" and "Wichita, Kansas" pull the readings apart; once the article is weighed,
    # Atlanta is the Georgia city, not a Kansas namesake
    assert ("Atlanta", "Georgia") in _resolved(ATLANTA)
    assert ("Wichita", "Kansas") in _resolved(ATLANTA)


@pytest.mark.usefixtures("no_apposition")
def test_without_settling_the_prior_readings_mislead(monkeypatch: pytest.MonkeyPatch) -> None:
    # the same text with the settling passes off: what they are for (and with an old name's
    # reading weighed as before: Lyons, Kansas, once called Atlanta, now also loses to the
    # towns that bear the name as their own, see test_resolution_rules.py)
    monkeypatch.setattr(resolver, "SETTLING_PASSES", 0)
    monkeypatch.setattr(resolver, "SHADOWED_NAME_PRIOR", 0.0)
    assert ("Atlanta", "Georgia") not in _resolved(ATLANTA)


def test_region_word_after_a_town_keeps_the_town() -> None:
    text = "There were nine cases of West Nile virus in the Houston region this year."
    (m,) = [m for m in annotate(Article(text=text, language="en")).places if m.text == "Houston"]
    assert m.kind == "town" and m.admin1 == "Texas"
    assert abs(m.lat - 29.76) < 0.2 and abs(m.lon + 95.36) < 0.2
    assert m.precision == 2  # near the town: the area around it


def test_region_word_naming_the_region_gives_the_region() -> None:
    text = "Des combats ont eu lieu dans la province de Deir ez-Zor, selon l'OSDH."
    places = annotate(Article(text=text, language="fr")).places
    (m,) = [m for m in places if "Deir" in m.text]
    assert m.kind == "region" and m.country == "SY" and m.precision == 3


def test_unit_word_the_gazetteer_lacks_is_dropped() -> None:
    # "Oaxaca State": the state of Oaxaca, not its capital town
    cands = unit_candidates("Oaxaca State")
    assert cands and all(c.kind == "region" and c.country == "MX" for c in cands)
    assert {c.country for c in unit_candidates("Town of Groton")} == {"US"}
    assert unit_candidates("Oaxaca") == []  # no unit word: nothing to drop


def test_given_span_with_a_unit_word_resolves() -> None:
    text = "Flooding hit Oaxaca State in Mexico on Sunday."
    start = text.index("Oaxaca State")
    (m,) = resolve_spans(text, [(start, start + len("Oaxaca State"))])
    assert m is not None and m.country == "MX" and m.kind == "region"


def test_misfiled_towns_do_not_move_a_region_point(index) -> None:
    cluster = [(32.0 + i * 0.1, 119.0 + i * 0.1) for i in range(20)]
    stray = (29.0, 100.3)  # a town far off, filed under the same region
    assert stray not in gazetteer._without_strays([*cluster, stray])
    assert gazetteer._without_strays([stray, (29.5, 100.5)]) == [stray, (29.5, 100.5)]
    (jiangsu,) = [h.place for h in index.by_key("jiangsu") if h.place.kind == "region"]
    assert jiangsu.country == "CN" and 117 < jiangsu.lon < 122  # not dragged towards Tibet
