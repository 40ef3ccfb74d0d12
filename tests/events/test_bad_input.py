"""Bad input to the actors, events and claims stages: no exception, no invented event."""

from __future__ import annotations

import pytest
from event_helpers import parsed, through

from passage.stages import language

NO_EVENT_WORDS = (
    "le ministre de la culture visite une exposition de peinture moderne avec des élèves"
)


@pytest.fixture(scope="module")
def nlp():
    return language.nlp_for("fr")


def _events(text: str, lang: str = "fr"):
    article = through(parsed(text, language_code=lang))
    for e in article.events:
        # whatever is found points to words of the text
        assert article.text[e.trigger.start : e.trigger.end] == e.trigger.text
        for c in e.claims:
            assert c.chain and c.evidence.end > c.evidence.start
    return article.events


def test_five_thousand_word_sentence(nlp):
    words = NO_EVENT_WORDS.split()
    text = " ".join(words[i % len(words)] for i in range(5000))
    assert _events(text) == []


def test_five_thousand_word_sentence_with_one_event(nlp):
    words = NO_EVENT_WORDS.split()
    filler = " ".join(words[i % len(words)] for i in range(2500))
    found = _events(f"{filler} , Daech a attaqué l'armée syrienne , {filler}")
    assert [e.subtype for e in found] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "……… ??? !!! ;;; ---",
        "Paris, Londres, Berlin. Rome ; Madrid.",  # no verbs
        "12 34 56 78 90 2024 1999",
        "| Ville | Population | Région |\n|---|---|---|\n| Gao | 133 110 | Gao |\n"
        "| Kidal | 25 617 | Kidal |\n| Tombouctou | 84 208 | Tombouctou |",
        "Ville\tPopulation\nGao\t133110\nKidal\t25617\n",
        "LE PRÉSIDENT REÇOIT LES MINISTRES À PARIS POUR UNE RÉUNION SUR LE BUDGET",
        "\x00\x01 binaire \ufffd\ufffd",
    ],
)
def test_no_event_in_text_that_tells_none(nlp, text):
    assert _events(text) == []


def test_all_caps_headline_with_an_event(nlp):
    found = _events("DAECH A ATTAQUÉ L'ARMÉE SYRIENNE À HOMS")
    assert len(found) <= 1


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_other_languages_bad_input(lang):
    assert _events("", lang) == []
    assert _events("| a | b |\n|---|---|\n| 1 | 2 |", lang) == []
    assert _events("word " * 5000, lang) == []


ENGLISH_NO_EVENT_WORDS = (
    "the minister of culture visited an exhibition of modern painting with pupils"
)


def test_english_five_thousand_word_sentence_with_one_passive_event():
    # The linear argument rules of a language without a parser scan the clause, not the text.
    words = ENGLISH_NO_EVENT_WORDS.split()
    filler = " ".join(words[i % len(words)] for i in range(2500))
    found = _events(f"{filler} , soldiers were attacked by gunmen , {filler}", "en")
    assert [(e.subtype, [(a.role, a.name) for a in e.actors]) for e in found] == [
        ("Armed clash", [("actor", "Unidentified armed group"), ("target", "soldiers")])
    ]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("CROSSING | STATUS\n---|---\nNORTH GATE | CLOSED\nSOUTH GATE | OPEN", "en"),
        ("- government\n- authorities\n- army\n- trucks\n- convoy", "en"),
        ("- le gouvernement\n- les autorités\n- l'armée\n- les camions\n- le convoi", "fr"),
        ("THE GOVERNMENT SAID THE TRUCKS WENT THROUGH", "en"),
        ("الحكومة\nالسلطات\nالشاحنات\nقافلة", "ar"),
    ],
)
def test_no_access_event_without_a_crossing_or_road(text, lang):
    # Access words ("closed", "convoy", "went through") tell nothing without a crossing or road.
    assert _events(text, lang) == []
