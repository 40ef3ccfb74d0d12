"""National news agencies and the ways wire copy cites them, on made-up reports: an agency is
named by its short name however the text writes it ("l'agence APS", "وكالة سونا", "the Iraqi
News Agency (INA)"), a statement an agency carried is the agency's telling, an agency that
carried a speaker's words stands before the speaker, and an interaction told by a speech verb
("Turkey warned ...") has that verb's speaker for its actor, not for a source."""

from __future__ import annotations

from datetime import date

import pytest

from passage import pipeline
from passage.record import Article
from tests.claims.claim_helpers import Said, every_claim

OUTLET = "The Wire"


def _claims(text: str, lang: str) -> Said:
    return every_claim(text, lang, OUTLET)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "fr",
            "Des hommes armés ont attaqué un convoi près de Ménaka, a rapporté l'agence APS.",
            "APS",
        ),
        (
            "fr",
            "Un engin explosif a tué trois gendarmes près de Sidi Bouzid, selon l'agence "
            "Tunis Afrique Presse.",
            "TAP",
        ),
        ("ar", "أفادت وكالة سونا بمقتل خمسة مدنيين في قصف مدفعي على مدينة الدلنج.", "SUNA"),
        ("ar", "ذكرت وكالة الأنباء الكويتية أن مسلحين هاجموا حاجزا أمنيا قرب البصرة.", "KUNA"),
        (
            "en",
            "Militants attacked a border post near Zahedan, the official IRNA news agency said.",
            "IRNA",
        ),
        (
            "en",
            "Gunmen ambushed a police patrol near Tuz Khurmatu, the Iraqi News Agency (INA) said.",
            "INA",
        ),
        (
            "en",
            "Gunmen burned a health centre in Geneina, a statement carried by SUNA said.",
            "SUNA",
        ),
    ],
)
def test_an_agency_is_named_by_its_short_name(lang, text, agency):
    assert _claims(text, lang) == {("reported", (agency,))}


def test_an_agency_quoting_a_source_after_its_acronym_in_brackets():
    text = "نقلت وكالة الأنباء القطرية (قنا) عن مسؤول محلي أن مسلحين أحرقوا مدرسة في مدينة الجنينة."
    assert _claims(text, "ar") == {("reported", ("QNA", "مسؤول محلي"))}


def test_what_an_agency_carried_from_a_source_after_according_to():
    text = "اعتقلت الشرطة ستة أشخاص في مدينة الموصل، وفق ما نقلته وكالة شينخوا عن مسؤول محلي."
    assert _claims(text, "ar") == {("reported", ("Xinhua", "مسؤول محلي"))}


def test_the_agency_that_carried_a_statement_stands_before_its_speaker():
    en = "A police officer said in a statement carried by WAM that gunmen attacked a convoy."
    assert {c[:1] for _s, c in _claims(en, "en")} == {("WAM",)}
    ar = "قال مسؤول محلي في بيان نشرته وكالة الأنباء الجزائرية إن مسلحين هاجموا قافلة قرب تمنراست."
    assert _claims(ar, "ar") == {("reported", ("APS", "مسؤول محلي"))}


def test_a_statement_carried_names_no_speaker_of_its_own():
    text = "Gunmen attacked a market in Nyala, according to a statement published by SUNA."
    assert _claims(text, "en") == {("reported", ("SUNA",))}


def test_an_agency_named_after_a_speaker_s_incise_tells_what_the_speaker_said():
    text = "Israeli jets struck an arms depot near Homs, a war monitor said, according to Xinhua."
    assert _claims(text, "en") == {("reported", ("Xinhua", "a war monitor"))}


def test_the_agency_a_postposed_speaker_told_is_no_part_of_its_name():
    text = (
        "Des jihadistes ont tué huit villageois près de Diffa, a affirmé un élu local à "
        "l'agence Anadolu."
    )
    assert _claims(text, "fr") == {("reported", ("Anadolu", "un élu local"))}


def _interaction_claims(text: str) -> Said:
    """(status, chain past the outlet) of every claim of every interaction of an English
    report."""
    article = pipeline.run(
        Article(text=text, language="en", outlet=OUTLET, published=date(2024, 6, 3))
    )
    assert article.interactions, "the events stage should find the interaction"
    return {(c.status, tuple(c.chain[1:])) for i in article.interactions for c in i.claims}


def test_an_interaction_told_by_a_speech_verb_has_no_source_of_its_own():
    warned = "Turkey warned Greece against deploying troops on the Aegean islands"
    assert _interaction_claims(f"{warned}.") == {("asserted", ())}
    demanded = "Egypt demanded that Ethiopia halt the filling of the dam."
    assert _interaction_claims(demanded) == {("asserted", ())}
    told = f"{warned}, Anadolu Agency reported."
    assert _interaction_claims(told) == {("reported", ("Anadolu",))}


def test_an_official_named_before_still_speaks_through_the_official():
    text = (
        "A local official in Kassala said gunmen attacked a bus station. "
        "The official said the gunmen killed two guards."
    )
    chains = {c for _s, c in _claims(text, "en")}
    assert ("a local official in Kassala",) in chains or ("A local official in Kassala",) in chains


def test_a_statement_posted_online_is_its_author_s():
    text = (
        "Drones struck a fuel depot near Sennar, according to a statement posted on Telegram "
        "by the Rapid Support Forces."
    )
    assert _claims(text, "en") == {("reported", ("Rapid Support Forces",))}
