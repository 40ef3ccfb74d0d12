"""Claims: accusations (alleged), capitals that speak for their government, and speakers read
without a parse (English and Arabic): before the verb, after it, relayed and quoted."""

from __future__ import annotations

import pytest
from event_helpers import find, parsed, place, through

from passage.record import PlaceMention

OUTLET = "Wire"


def claims(text: str, trigger: str, lang: str = "fr", towns: tuple[str, ...] = ()):
    """(status, chain less the outlet) of each claim on the first event of `trigger`."""
    article = parsed(text, outlet=OUTLET, language_code=lang)
    for town in towns:
        place(article, town, "town")
    through(article)
    found = find(article, trigger)
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in article.events]}"
    return [(c.status, c.chain[1:]) for c in found[0].claims]


def actors_of(text: str, trigger: str, lang: str = "fr") -> set[tuple[str, str]]:
    article = through(parsed(text, outlet=OUTLET, language_code=lang))
    return {(a.role, a.name) for a in find(article, trigger)[0].actors}


# --- alleged: an accusation against a third party ------------------------------------------


def test_french_accusation_is_alleged_by_the_accuser_against_the_accused():
    text = "Le gouvernement soudanais accuse les FSR d'avoir bombardé un marché d'El Fasher."
    assert claims(text, "bombardé") == [("alleged", ["Government of Sudan"])]
    assert ("actor", "Rapid Support Forces") in actors_of(text, "bombardé")


def test_french_orders_and_coordination_per_a_source_are_alleged():
    text = "Selon la police, l'attaque du dépôt a été menée sur ordre des chefs rebelles."
    assert claims(text, "attaque") == [("alleged", ["la police"])]
    text = "Selon une source locale, l'attaque a été menée en coordination avec les jihadistes."
    assert claims(text, "attaque") == [("alleged", ["une source locale"])]


def test_french_imputed_attack_without_accuser_is_the_outlets_allegation():
    text = "L'attaque contre le poste de douane a été imputée aux jihadistes du JNIM."
    assert claims(text, "attaque") == [("alleged", [])]


def test_english_accusation_is_alleged_and_the_accused_acts():
    text = "The Sudanese army accused the Rapid Support Forces of shelling a camp near Tawila."
    assert claims(text, "shelling", "en") == [("alleged", ["Sudanese Armed Forces"])]
    assert ("actor", "Rapid Support Forces") in actors_of(text, "shelling", "en")


def test_english_claimed_that_of_a_third_party_is_alleged():
    text = "Kyiv claimed that Russian forces shelled the port of Kherson overnight."
    assert claims(text, "shelled", "en") == [("alleged", ["Government of Ukraine"])]


def test_english_accusation_does_not_reach_back_to_an_earlier_event():
    text = "The army shelled the market a day after residents accused soldiers of looting shops."
    assert all(status != "alleged" for status, _ in claims(text, "shelled", "en"))


def test_english_participle_of_alleging_speaks_for_the_sentence_subject():
    text = (
        "The Sudanese army shelled the town on Friday, alleging that the RSF had attacked "
        "a convoy there."
    )
    assert claims(text, "attacked", "en") == [("alleged", ["Sudanese Armed Forces"])]
    # the shelling told before the participle is the outlet's own account
    assert claims(text, "shelled", "en") == [("asserted", [])]


def test_arabic_accusation_is_alleged_by_the_accuser():
    text = "اتهم الجيش السوداني قوات الدعم السريع بقصف مخيم للنازحين."
    assert claims(text, "بقصف", "ar") == [("alleged", ["Sudanese Armed Forces"])]


# --- places as speakers ---------------------------------------------------------------------


def test_a_capital_speaks_for_its_government():
    text = "Khartoum a annoncé que l'armée a repris la ville de Sinja."
    assert claims(text, "repris") == [("reported", ["Government of Sudan"])]
    text = "Selon Khartoum, les FSR ont bombardé le camp."
    assert claims(text, "bombardé") == [("reported", ["Government of Sudan"])]
    text = "Washington says Russian forces shelled the town of Kupiansk."
    assert claims(text, "shelled", "en") == [("reported", ["Government of United States"])]
    text = "أعلنت الخرطوم أن الجيش استعاد مدينة سنجة."
    assert claims(text, "استعاد", "ar") == [("reported", ["Government of Sudan"])]


def test_a_capital_denies_for_its_government():
    text = "Moscou a démenti que ses forces aient bombardé l'hôpital."
    assert claims(text, "bombardé") == [("denied", ["Government of Russia"])]
    text = "Moscow denied that its forces had shelled the hospital."
    assert claims(text, "shelled", "en") == [("denied", ["Government of Russia"])]


def test_a_capital_of_a_country_that_is_an_actor_is_that_actor():
    text = "Jerusalem denied that its forces had shelled the hospital."
    assert claims(text, "shelled", "en") == [("denied", ["Israel"])]


def test_a_plain_town_is_no_speaker():
    text = "Gao a annoncé que des hommes armés ont attaqué le convoi."
    assert claims(text, "attaqué", towns=("Gao",)) == [("asserted", [])]
    text = "Kidal said gunmen attacked the convoy."
    assert claims(text, "attacked", "en", towns=("Kidal",)) == [("asserted", [])]


# --- Arabic: a speaker before its verb ------------------------------------------------------


def test_arabic_topic_speaker_before_the_verb():
    text = "أما إذاعة الجنوب فأفادت بأن مسلحين هاجموا المعبر."
    assert claims(text, "هاجموا", "ar") == [("reported", ["إذاعة الجنوب"])]


def test_arabic_subject_before_the_verb():
    text = "الجيش السوداني قال إن قوات الدعم السريع قصفت المخيم."
    assert claims(text, "قصفت", "ar") == [("reported", ["Sudanese Armed Forces"])]
    text = "مصادر محلية أكدت أن مسلحين هاجموا القافلة."
    assert claims(text, "هاجموا", "ar") == [("reported", ["مصادر محلية"])]


def test_arabic_speaker_after_the_verb_still_reads():
    text = "قال مسؤول محلي إن مسلحين هاجموا القافلة."
    assert claims(text, "هاجموا", "ar") == [("reported", ["مسؤول محلي"])]
    # a person's name, framed by the verb and "إن", needs no noun of those who speak
    text = "قال محمد الأمين إن مسلحين هاجموا القافلة."
    assert claims(text, "هاجموا", "ar") == [("reported", ["محمد الأمين"])]


def test_arabic_speaker_told_an_agency_and_agency_quoting_a_source():
    text = "أفادت مصادر محلية لوكالة الأناضول بأن مسلحين هاجموا القافلة."
    assert claims(text, "هاجموا", "ar") == [("reported", ["Anadolu", "مصادر محلية"])]
    text = "نقلت وكالة الأناضول عن مصدر عسكري أن مسلحين هاجموا القافلة."
    assert claims(text, "هاجموا", "ar") == [("reported", ["Anadolu", "مصدر عسكري"])]


def test_arabic_the_radio_is_the_radio_named_before():
    text = "أما إذاعة الجنوب فأفادت بأن مسلحين هاجموا المعبر، بحسب الإذاعة."
    assert claims(text, "هاجموا", "ar") == [("reported", ["إذاعة الجنوب"])]


def test_arabic_words_that_name_no_one_are_no_speaker():
    # "نقل" carries weapons here; what it carries is nobody
    text = "قصفت طائرات مسيرة المعبر بعد أن حاول مسلحون نقل أسلحة ثقيلة."
    assert claims(text, "قصفت", "ar") == [("asserted", [])]


# --- English cues and chains ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Gunmen reportedly attacked the convoy near Gao.", "attacked", ("rumoured", [])),
        ("The militia is said to have attacked the village.", "attacked", ("rumoured", [])),
        ("Soldiers allegedly killed five civilians in the village.", "killed", ("alleged", [])),
        ("Rebels purportedly shelled the town overnight.", "shelled", ("rumoured", [])),
        ("Unconfirmed reports said gunmen attacked the convoy.", "attacked", ("rumoured", [])),
    ],
)
def test_english_status_cues(text, trigger, expected):
    assert claims(text, trigger, "en") == [expected]


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("Gunmen attacked the convoy, according to residents.", ["residents"]),
        (
            "Gunmen attacked the convoy, according to a military source quoted by AFP.",
            ["AFP", "a military source"],
        ),
        (
            "Gunmen attacked the convoy, Reuters reported, citing two security officials.",
            ["Reuters", "two security officials"],
        ),
        (
            "Reuters, citing two security officials, said gunmen attacked the convoy.",
            ["Reuters", "two security officials"],
        ),
        (
            "A local official told Reuters that gunmen attacked the convoy.",
            ["Reuters", "a local official"],
        ),
        ("Gunmen attacked the convoy near Gao, a local official said.", ["a local official"]),
        ("Gunmen attacked the convoy, said Reuters.", ["Reuters"]),
    ],
)
def test_english_chains(text, chain):
    assert claims(text, "attacked", "en") == [("reported", chain)]


def test_english_pronoun_and_surname_are_the_speaker_named_before():
    text = (
        "Colonel Amadou Keita said the town was calm. Gunmen attacked the convoy, he said. "
        "Rebels later shelled the camp, Keita said."
    )
    assert claims(text, "attacked", "en") == [("reported", ["Colonel Amadou Keita"])]
    assert claims(text, "shelled", "en") == [("reported", ["Colonel Amadou Keita"])]


def test_english_words_that_name_no_one_are_no_speaker():
    text = "The source would not say why gunmen attacked the convoy but did not say how many died."
    assert all("did not" not in chain for _s, chain in claims(text, "attacked", "en"))


# --- denials as their own claim -------------------------------------------------------------


def test_english_denials_name_the_denier():
    text = "The Sudanese army denied that it had shelled the hospital."
    assert claims(text, "shelled", "en") == [("denied", ["Sudanese Armed Forces"])]
    text = "The Sudanese army rejected claims that it had shelled the hospital."
    assert claims(text, "shelled", "en") == [("denied", ["Sudanese Armed Forces"])]


def test_english_later_denial_is_a_claim_of_its_own():
    text = "Residents said soldiers shelled the market, but the Sudanese army denied it."
    got = claims(text, "shelled", "en")
    assert ("reported", ["Residents"]) in got
    assert any(s == "denied" and chain[-1] == "Sudanese Armed Forces" for s, chain in got)


def test_english_a_denial_of_something_else_before_the_event_is_not_its_denial():
    text = "The minister rejected claims of famine, while accusing the RSF of looting markets."
    assert all(status != "denied" for status, _ in claims(text, "looting", "en"))


def test_arabic_denials():
    text = "نفى الجيش السوداني قصف المستشفى."
    assert claims(text, "قصف", "ar") == [("denied", ["Sudanese Armed Forces"])]
    text = "قال سكان إن الجيش قصف السوق، فيما نفى الجيش السوداني ذلك."
    got = claims(text, "قصف", "ar")
    assert ("reported", ["سكان"]) in got
    assert any(s == "denied" and chain[-1] == "Sudanese Armed Forces" for s, chain in got)


# --- voices of a body -----------------------------------------------------------------------


def test_english_voice_of_a_body_speaks_for_it():
    text = "The Sudanese army spokesman said the RSF shelled the market in El Fasher."
    assert claims(text, "shelled", "en") == [("reported", ["Sudanese Armed Forces"])]


def test_english_minister_of_a_named_country_speaks_for_its_government():
    text = "Yemen's information minister said the Houthis shelled Taiz overnight."
    article = parsed(text, outlet=OUTLET, language_code="en")
    at = text.index("Yemen")
    article.places.append(
        PlaceMention(
            at, at + 5, "Yemen", name="Yemen", gazetteer_id="g:ye", country="YE", kind="country"
        )
    )
    through(article)
    got = [(c.status, c.chain[1:]) for c in find(article, "shelled")[0].claims]
    assert got == [("reported", ["Government of Yemen"])]


def test_english_name_set_apart_from_its_verb_by_a_description():
    text = (
        "Amina Diallo, who heads the regional health office, told AFP that gunmen attacked "
        "the convoy."
    )
    assert claims(text, "attacked", "en") == [("reported", ["AFP", "Amina Diallo"])]
    text = "Amina Diallo, a nurse at the camp, said gunmen attacked the convoy."
    assert claims(text, "attacked", "en") == [("reported", ["Amina Diallo"])]
    # an opening phrase that is no name speaks for no one
    text = "On Monday, a day after the truce, said to be fragile, gunmen attacked the convoy."
    assert all(s == "asserted" for s, _ in claims(text, "attacked", "en"))
