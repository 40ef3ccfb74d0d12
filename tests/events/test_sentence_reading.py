"""Each sentence is read once: the events pass keeps its reading (words, actors, places, dates)
and the interactions pass takes it; and the engine's faster lookups (halving, answers kept per
sentence) answer as the scans they replace did."""

from __future__ import annotations

from itertools import pairwise

import pytest

from passage import pipeline
from passage.record import Article
from passage.stages import claims, events, language
from passage.stages.events import _Sentence, find_events, load_lexicon, plover
from passage.stages.events.lexicon import phrase_at
from passage.stages.events.syntax import Cover, covers
from passage.stages.language import sentence_spans

# Wire copy of our own: demands, rejections and attacks, several sentences each.
ENGLISH = (
    "Zambia's interior minister demanded on Tuesday that Malawi reopen the Mwami border post. "
    "Gunmen attacked a bus near Chipata on Monday, killing three passengers, police said. "
    "Malawi rejected the demand and urged Lusaka to hold talks in Lilongwe next week."
)
FRENCH = (
    "Le gouvernement tchadien a exigé jeudi la libération des six otages enlevés à Abéché. "
    "Des hommes armés ont attaqué un convoi humanitaire près de Goz Beïda, selon une source "
    "locale. N'Djamena a condamné l'attaque et menacé de fermer la frontière avec le Soudan."
)
BEFORE_EVENTS = [s for s in pipeline.STAGES if s[0] not in ("events", "claims")]


def _up_to_actors(text: str, lang: str) -> Article:
    return pipeline.run(Article(text=text, language=lang), BEFORE_EVENTS)


@pytest.mark.parametrize(("text", "lang"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_the_events_pass_keeps_a_reading_of_every_sentence(text, lang):
    article = _up_to_actors(text, lang)
    readings: dict = {}
    find_events(article, readings)
    starts = [s.start_char for s in sentence_spans(article)]
    assert len(starts) == 3
    assert sorted(readings) == starts
    for sent in sentence_spans(article):
        assert [t.i for t in readings[sent.start_char].tokens] == [t.i for t in sent]


@pytest.mark.parametrize(("text", "lang"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_interactions_read_from_the_shared_readings_as_from_their_own(text, lang):
    article = events.annotate(_up_to_actors(text, lang))
    assert article.interactions, "the texts hold demands and rejections"
    own = plover.find_interactions(article)  # every sentence read again, as before
    assert [e.to_record() for e in own] == [e.to_record() for e in article.interactions]


@pytest.mark.parametrize(("text", "lang"), [(ENGLISH, "en"), (FRENCH, "fr")])
def test_each_sentence_is_read_once_for_events_and_interactions(text, lang, monkeypatch):
    reads: list[int] = []
    read = _Sentence._read

    def counted(self):
        reads.append(self.sent.start_char)
        return read(self)

    monkeypatch.setattr(_Sentence, "_read", counted)
    article = pipeline.run(Article(text=text, language=lang))
    assert article.interactions
    assert sorted(reads) == [s.start_char for s in sentence_spans(article)]


def test_a_cover_answers_as_covers_does():
    doc = language.nlp_for("fr")(FRENCH)
    mentions = [
        type("M", (), {"start": a, "end": b})()
        for a in range(0, len(FRENCH), 7)
        for b in (a, a + 1, a + 5, a + 30)
    ]
    for head in doc:
        words = list(head.subtree)
        for tokens in (words, words[::-1], words[::2], []):
            over = Cover(tokens)
            assert [over(m) for m in mentions] == [covers(tokens, m) for m in mentions]


def test_a_subtree_is_read_up_from_its_word():
    doc = language.nlp_for("fr")(FRENCH)
    for head in doc:
        below = {t.i for t in head.subtree}
        assert [claims._in_subtree(t, head) for t in doc] == [t.i in below for t in doc]


def test_cues_found_with_forms_given_are_those_found_without():
    doc = language.nlp_for("fr")(
        FRENCH + " Selon des sources locales, l'attaque aurait fait 3 morts."
    )
    tokens = list(doc)
    lex = claims._lexicon("fr")
    forms = [claims._forms(t) for t in tokens]
    for phrases in lex.cues.values():
        assert claims._find(phrases, tokens, forms=forms) == claims._find(phrases, tokens)


def test_context_phrases_are_tried_wherever_they_can_start():
    article = _up_to_actors(FRENCH, "fr")
    lex = load_lexicon("fr")
    for sent in sentence_spans(article):
        ctx = _Sentence(article, lex, sent, True)
        for rule in lex.rules:
            for _subtype, phrases in rule.by_context:
                starts = set(ctx._phrase_starts(phrases))
                for p in phrases:
                    for i in range(len(ctx.tokens)):
                        if phrase_at(p, ctx.tokens, i, lex.clitics):
                            assert i in starts, (p, ctx.tokens[i].text)


def test_sentences_are_cut_at_once_by_the_rule():
    text = "Les combats ont repris. Deux civils ont été tués !\nLe bilan reste provisoire. et puis"
    doc = language.nlp_for("fr")(text)
    # the line break is a space of the sentence before it, not a sentence
    assert [s.text.strip() for s in doc.sents] == [
        "Les combats ont repris.",
        "Deux civils ont été tués !",
        "Le bilan reste provisoire. et puis",
    ]
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts[0] == 0 and all(a < b for a, b in pairwise(starts))
