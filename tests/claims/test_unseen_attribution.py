"""Attribution on made-up wire copy in the three languages, on conflicts the rules were not
written on: hedges and rumours however they are voweled or phrased, a party telling of its own
act through a pronoun ("أعلن الجيش أنه قتل"), a spokesman of a named group, a source cited by
an agency, and a denial opened by "but"."""

from __future__ import annotations

import pytest

from tests.claims.claim_helpers import Said, every_claim

OUTLET = "The Wire"


def _claims(text: str, lang: str) -> Said:
    return every_claim(text, lang, OUTLET)


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        # the short vowels written or not, the cue is the same word
        ("ar", "يُعتقد أن مسلحين هاجموا قافلة للمساعدات قرب مدينة الجنينة.", "hedged"),
        ("ar", "ويرى مراقبون أن الهجوم على الحاجز نفذه مسلحون من تنظيم داعش.", "hedged"),
        (
            "fr",
            "Des analystes estiment que les frappes ont visé des dépôts d'armes du Hezbollah.",
            "hedged",
        ),
        (
            "en",
            "Analysts believe the drone strike targeted a senior commander near Marib.",
            "hedged",
        ),
        ("ar", "تحدثت أنباء عن اعتقال عشرات الشبان في مدينة كسلا.", "rumoured"),
        # the act is the subject of a conditional verb
        (
            "fr",
            "Une frappe de drone aurait visé un dépôt de carburant près de Port-Soudan.",
            "rumoured",
        ),
    ],
)
def test_belief_and_hearsay_in_any_wording(lang, text, status):
    assert {s for s, _chain in _claims(text, lang)} == {status}


def test_a_past_anterior_the_tagger_takes_for_a_conditional_vouches():
    found = _claims(
        "Après que des tirs de mortier eurent tué deux soldats près de Kidal, l'armée a riposté.",
        "fr",
    )
    assert "rumoured" not in {s for s, _chain in found}


def test_a_party_telling_through_its_own_pronoun_claims_the_act():
    text = "أعلن الجيش النيجيري أنه قتل عشرين مسلحا في غارات جوية قرب بحيرة تشاد."
    assert _claims(text, "ar") == {("claimed", ("Military Forces of Nigeria",))}


def test_an_official_who_is_no_party_only_reports():
    text = "قال مسؤول محلي إنه قتل خمسة أشخاص في هجوم على سوق في بلدة كورما."
    assert _claims(text, "ar") == {("reported", ("مسؤول محلي",))}


def test_a_denial_opened_by_but_keeps_its_denier():
    text = "لكن الجيش السوداني نفى أن يكون قد قصف سوقا في مدينة الأبيض."
    assert _claims(text, "ar") == {("denied", ("Sudanese Armed Forces",))}


@pytest.mark.parametrize(
    ("lang", "text", "chain"),
    [
        # the spokesman of a group the lists know speaks for it
        (
            "fr",
            "Le porte-parole du M23 a déclaré à Reuters que ses combattants avaient attaqué "
            "des positions de l'armée près de Masisi.",
            ("Reuters", "M23"),
        ),
        # a source cited by an agency: the agency, then the source
        (
            "fr",
            "D'après un médecin cité par l'AFP, des hommes armés ont tué quatre villageois "
            "près de Bandiagara.",
            ("AFP", "un médecin"),
        ),
        # "according to" names the agency that cites: no word of the phrase is a source
        (
            "en",
            "According to Reuters, citing two security sources, gunmen abducted eleven "
            "passengers near Gusau.",
            ("Reuters", "two security sources"),
        ),
    ],
)
def test_chains_through_spokesmen_and_citing_agencies(lang, text, chain):
    assert chain in {c for _s, c in _claims(text, lang)}


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        # the case word, a tatweel, then the outlet's name in quotes
        (
            'وأكدت مصادر طبية لـ"الجزيرة نت" أن غارة جوية استهدفت مستشفى في مدينة كادقلي.',
            ("Al Jazeera", "مصادر طبية"),
        ),
        (
            "وقال مسؤول محلي لـ«سكاي نيوز عربية» إن مسلحين هاجموا قرية قرب مدينة منكا.",
            ("Sky News Arabia", "مسؤول محلي"),
        ),
    ],
)
def test_a_source_told_an_outlet_named_in_quotes(text, chain):
    assert _claims(text, "ar") == {("reported", chain)}
