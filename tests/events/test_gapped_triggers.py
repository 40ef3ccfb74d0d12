"""Phrase triggers that step over a time expression or an adverb between their words."""

from __future__ import annotations

import dataclasses

from event_helpers import parsed

from passage.stages.events.lexicon import find_triggers, lexicon


def triggers(text: str, times: list[str], gapped: bool = True) -> list[str]:
    article = parsed(text)
    lex = dataclasses.replace(lexicon("fr"), gapped_triggers=gapped)
    spans = [(text.index(t), text.index(t) + len(t)) for t in times]
    found = find_triggers(lex, list(article.doc), spans)
    return [" ".join(t.text for t in m.tokens) for m in found]


def test_tirer_sur_steps_over_a_time_phrase():
    text = "Des miliciens ont tiré dimanche matin sur des civils."
    assert "tiré sur" in triggers(text, ["dimanche matin"])
    assert "tiré sur" not in triggers(text, ["dimanche matin"], gapped=False)


def test_tirer_sur_steps_over_an_adverb():
    assert "tiré sur" in triggers("Des miliciens ont tiré délibérément sur des civils.", [])


def test_a_phrase_does_not_step_over_a_clause():
    text = "Des miliciens ont tiré, puis sur la route des civils ont fui."
    assert "tiré sur" not in triggers(text, [])
