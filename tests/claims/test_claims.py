"""Claims stage: attribution chains and statuses on the canonical example and short texts."""

from __future__ import annotations

import pytest
from event_helpers import EXAMPLE, example, find, parsed, place, through

from passage.stages import language

pytestmark = pytest.mark.skipif(not EXAMPLE.exists(), reason="shared example not found")


@pytest.fixture(scope="module")
def nlp():
    return language.nlp_for("fr")


@pytest.fixture(scope="module")
def canon(nlp):
    return example()


def claims_of(article, trigger):
    found = find(article, trigger)
    assert found, f"no event {trigger!r} in {[e.trigger.text for e in article.events]}"
    return [(c.status, c.chain) for c in found[0].claims]


def only(text, trigger, outlet="Press TV"):
    return claims_of(through(parsed(text, outlet=outlet)), trigger)


# --- canonical example ----------------------------------------------------------------------


def test_reopening_is_asserted_and_reported_by_sana(canon):
    got = claims_of(canon, "rouvert")
    assert ("asserted", ["Press TV"]) in got
    assert any(s == "reported" and "SANA" in chain for s, chain in got)


def test_road_cut_is_rumoured_and_denied(canon):
    got = claims_of(canon, "coupé")
    rumoured = [chain for s, chain in got if s == "rumoured"]
    denied = [chain for s, chain in got if s == "denied"]
    assert rumoured and rumoured[0][:3] == ["Press TV", "Sputnik", "une source sur le terrain"]
    assert denied and denied[0][-1] == "Syrian Arab Army"


def test_israeli_strikes_are_claimed(canon):
    got = claims_of(canon, "frappes")
    assert ("claimed", ["Press TV", "Israel"]) in got


def test_training_at_al_tanf_is_hedged(canon):
    assert [s for s, _ in claims_of(canon, "entraînements")] == ["hedged"]


def test_attack_on_us_orders_is_alleged(canon):
    statuses = [s for s, _ in claims_of(canon, "attaque")]
    assert statuses and statuses[0] == "alleged"


def test_every_claim_has_evidence_in_the_text(canon):
    for ev in canon.events:
        assert ev.claims, ev.trigger.text
        for c in ev.claims:
            assert c.chain[0] == "Press TV"
            assert c.article == canon.id
            assert canon.text[c.evidence.start : c.evidence.end] == c.evidence.text
            assert c.evidence.start <= ev.trigger.start < c.evidence.end or len(ev.claims) > 1


# --- short texts ----------------------------------------------------------------------------


def test_source_told_to_an_agency_then_cette_source(nlp):
    text = (
        "Une source sur le terrain a déclaré à l’agence Sputnik que la situation était calme. "
        "Ces tentatives d’attaque contre l’armée syrienne se font, selon cette source, "
        "en coordination avec les Américains."
    )
    got = only(text, "attaque")
    assert got == [("alleged", ["Press TV", "Sputnik", "une source sur le terrain"])]


def test_agency_announcement_is_reported(nlp):
    text = "L’agence SANA a annoncé que le passage frontalier d'Abou Kamal a été rouvert."
    article = parsed(text)
    place(article, "Abou Kamal", "crossing", "crossing:albu-kamal-al-qaim")
    got = claims_of(through(article), "rouvert")
    assert got == [("reported", ["Press TV", "SANA"])]


def test_selon_names_the_source(nlp):
    got = only("Selon l'ONU, des hommes armés ont attaqué le convoi.", "attaqué")
    assert got == [("reported", ["Press TV", "United Nations"])]


def test_incise_with_recipient(nlp):
    text = (
        "« Au moins trois roquettes » ont été tirées contre le bateau, "
        "a déclaré à l’AFP la Comanav."
    )
    got = only(text, "roquettes")
    assert got == [("reported", ["Press TV", "AFP", "la Comanav"])]


def test_plain_statement_is_asserted_by_the_outlet(nlp):
    assert only("Des hommes armés ont attaqué le convoi.", "attaqué") == [
        ("asserted", ["Press TV"])
    ]
    assert only("Des hommes armés ont attaqué le convoi.", "attaqué", outlet=None) == [
        ("asserted", ["unknown outlet"])
    ]


def test_conditional_mood_is_rumoured(nlp):
    assert only("Les rebelles auraient attaqué la ville.", "attaqué")[0][0] == "rumoured"
    assert only("Les rebelles ont attaqué la ville.", "attaqué")[0][0] == "asserted"


def test_denial_verb_puts_the_denier_last(nlp):
    got = only("L'armée malienne a démenti avoir bombardé le village.", "bombardé")
    assert got == [("denied", ["Press TV", "Military Forces of Mali"])]


def test_claim_of_responsibility(nlp):
    text = "Le Jnim a revendiqué l'attaque contre la position de l'armée."
    assert only(text, "attaque") == [("claimed", ["Press TV", "JNIM"])]


def test_negated_event_is_not_asserted(nlp):
    got = only("Les forces syriennes n'ont pas attaqué la ville.", "attaqué")
    assert [s for s, _ in got] == ["denied"]


def test_hedge(nlp):
    text = "Nombreux sont les experts à croire que les Américains ont bombardé la ville."
    assert only(text, "bombardé")[0][0] == "hedged"


def test_same_voice_retelling_adds_no_claim(nlp):
    text = (
        "Le poste frontière de Ras Jedir a été fermé lundi. "
        "La fermeture du poste frontière de Ras Jedir a surpris les voyageurs."
    )
    article = parsed(text)
    place(article, "Ras Jedir", "crossing", "crossing:ras-jedir")
    article = through(article)
    closes = [e for e in article.events if e.access]
    assert len(closes) == 1
    assert [(c.status, c.chain) for c in closes[0].claims] == [("asserted", ["Press TV"])]


def test_the_author_of_a_report_is_the_speaker(nlp):
    text = "Au moins 32 personnes ont été tuées, d'après un bilan transmis par des sources locales."
    assert only(text, "tuées") == [("reported", ["Press TV", "des sources locales"])]
    text = (
        "Selon les précisions des radios Tataouine et Mosaïque FM, des affrontements ont "
        "éclaté près du poste."
    )
    assert only(text, "affrontements") == [("reported", ["Press TV", "Mosaïque FM"])]
    # a report noun with no author named stays as it is
    text = "Selon une note de service, des hommes armés ont attaqué le convoi."
    assert only(text, "attaqué") == [("reported", ["Press TV", "une note de service"])]
    # a determined complement of the report noun is its author (spaCy makes a new Token on
    # each access, so the head is found by index, not identity)
    text = "D'après un rapport de la mission onusienne, des hommes armés ont attaqué le convoi."
    assert only(text, "attaqué") == [("reported", ["Press TV", "la mission onusienne"])]


def test_a_reflexive_passive_reports_nothing(nlp):
    # "s'expliquer": the influx is explained by the closure; nobody speaks
    article = parsed("Cet afflux s'explique par la fermeture du poste de Rafah.")
    place(article, "Rafah", "crossing", "crossing:rafah")
    article = through(article)
    assert [(c.status, c.chain) for e in article.events for c in e.claims] == [
        ("asserted", ["Press TV"])
    ]


def test_what_is_claimed_is_not_who_speaks(nlp):
    text = "Le JNIM, lié à Al-Qaïda, a « revendiqué » les deux attaques."
    got = only(text, "attaques")
    assert got and all(status == "claimed" for status, _ in got)
    assert all("les deux attaques" not in chain for _, chain in got)
    assert got[0][1][-1] == "JNIM"


def test_first_person_speech_is_the_last_speakers(nlp):
    text = (
        "Le poste d'Adré va rouvrir, a indiqué Othman Khojli, commissaire à l'aide humanitaire. "
        "Il doit aussi rencontrer l'ONU. "
        "Nous avons pris la décision d'ouvrir le poste frontalier d'Adré."
    )
    article = parsed(text)
    place(article, "Adré", "crossing", "crossing:adre")
    article = through(article)
    opens = [e for e in article.events if e.access and e.access.effect == "open"]
    chains = [c.chain for e in opens for c in e.claims]
    assert ["Press TV", "Othman Khojli"] in chains
    assert ["Press TV"] not in chains


def test_according_to_inside_a_relative_clause_vouches_for_it_alone(nlp):
    # "selon l'ONU" tells how many live in the camp, not who controls it; the RSF spokesman's
    # account of his own side's conquest is a claim.
    text = (
        "Au Soudan, le porte-parole des FSR affirme ce 13 avril que ses forces contrôlent "
        "désormais le camp de Zamzam, où vivent au moins 500 000 personnes, des déplacés "
        "internes frappés par la famine, selon l'ONU."
    )
    article = parsed(text, outlet="PressAfrik")
    place(article, "Zamzam", "town")
    got = claims_of(through(article), "contrôlent")
    assert ("claimed", ["PressAfrik", "Rapid Support Forces"]) in got
    assert not any("United Nations" in chain for _s, chain in got)


def test_multiword_reporting_verb_names_its_speaker(nlp):
    text = (
        "Dans le même temps, ce mercredi 8 mai, Israël a fait savoir que le passage de Kerem "
        "Shalom rouvrait."
    )
    article = parsed(text, outlet="Al-Ain")
    place(article, "Kerem Shalom", "crossing", "crossing:kerem-shalom")
    assert ("reported", ["Al-Ain", "Israel"]) in claims_of(through(article), "rouvrait")


def test_the_agency_is_the_agency_named_before(nlp):
    text = (
        "Des combattants ont attaqué mardi un poste de l'armée syrienne, selon l'agence "
        "officielle SANA. Au moins quatre soldats ont été tués dans l'attaque, a précisé "
        "l'agence."
    )
    assert only(text, "attaqué") == [("reported", ["Press TV", "SANA"])]


def test_the_source_is_the_last_source_named_not_the_last_agency(nlp):
    text = (
        "Selon une source militaire citée par l'agence Sputnik, les assaillants ont attaqué "
        "le poste. L'agence SANA a annoncé que des soldats ont été tués. Les assaillants ont "
        "aussi incendié un camion, selon la source."
    )
    assert only(text, "incendié") == [("reported", ["Press TV", "une source militaire"])]


def test_a_description_with_nothing_before_it_stays(nlp):
    got = only("Des hommes armés ont attaqué le convoi, a précisé l'agence.", "attaqué")
    assert got == [("reported", ["Press TV", "l'agence"])]


def test_a_participle_of_saying_speaks_for_its_own_clause_only(nlp):
    text = (
        "Les autorités libyennes ont fermé le poste de Ras Jedir, en expliquant que des "
        "hors-la-loi avaient attaqué le passage."
    )
    article = parsed(text, outlet="RFI")
    place(article, "Ras Jedir", "crossing", "crossing:ras-jedir")
    through(article)
    assert claims_of(article, "attaqué") == [("reported", ["RFI", "Government of Libya"])]
    assert claims_of(article, "fermé") == [("asserted", ["RFI"])]


def test_an_attack_not_claimed_is_not_a_claim(nlp):
    got = only("L'attaque contre le poste de Téra n'a pas été revendiquée.", "attaque", "RFI")
    assert got == [("asserted", ["RFI"])]
