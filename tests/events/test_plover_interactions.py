"""PLOVER interactions beyond ACLED, in English wire copy: the category, who acts and whom the
act is done to, kept apart from the ACLED events (article.interactions)."""

from __future__ import annotations

import pytest

from passage import pipeline
from passage.record import Article, Event
from passage.stages.events import plover


def run(text: str) -> Article:
    return pipeline.run(Article(text=text, language="en"))


def coded(text: str) -> Event:
    found = plover.primary_coding(run(text))
    assert found is not None, text
    return found


def role(e: Event, which: str) -> str:
    return " | ".join(f"{a.text} {a.name}" for a in e.actors if a.role == which)


@pytest.mark.parametrize(
    ("text", "category", "source", "target"),
    [
        (
            "Zambia's foreign minister urged Malawi on Friday to free the detained fishermen.",
            "DEMAND",
            "Zambia",
            "Malawi",
        ),
        (
            "Rwanda warned Burundi against harbouring rebels along their shared border.",
            "THREATEN",
            "Rwanda",
            "",
        ),
        ("The Arab League condemned the raid on the Al-Aqsa compound.", "DISAPPROVE", "Arab", ""),
        (
            "Mauritania's president met Senegalese President Bassirou Diomaye Faye in Nouakchott.",
            "CONSULT",
            "Mauritania",
            "Senegal",
        ),
        ("The Gabonese junta freed 30 political prisoners on Saturday.", "CONCEDE", "junta", ""),
        (
            "Prosecutors in Lima opened an investigation into the deaths of protesters in Puno.",
            "INVESTIGATE",
            "Peru",
            "",
        ),
        (
            "Nicaragua expelled the Spanish ambassador on Monday.",
            "SANCTION",
            "Nicaragua",
            "Spanish",
        ),
        ("Kazakh troops pulled out of Kyrgyzstan after a week.", "RETREAT", "Kazakh", "Kyrgyzstan"),
        ("The Guinean opposition rejected the transitional charter.", "REJECT", "opposition", ""),
        ("Ghana praised Togo for hosting the regional summit.", "SUPPORT", "Ghana", "Togo"),
    ],
)
def test_category_source_and_target(text: str, category: str, source: str, target: str) -> None:
    found = coded(text)
    assert found.plover == category
    assert source in role(found, "actor")
    assert target in role(found, "target")


def test_a_demand_is_no_acled_event():
    article = run("Morocco called on Mauritania on Tuesday to reopen the Guerguerat road.")
    assert article.events == []
    (said,) = article.interactions
    assert (said.type, said.subtype, said.plover) == ("Interaction", "DEMAND", "DEMAND")
    assert said.trigger.text == "called on"


def test_a_threat_is_threaten_and_the_threatened_act_no_event():
    article = run("Ankara threatened to strike Kurdish positions across the border.")
    assert not [e for e in article.events if e.type != "Strategic developments"]
    found = plover.primary_coding(article)
    assert found is not None and found.plover == "THREATEN"
    assert "Turkey" in role(found, "actor")  # a capital speaks for its state


def test_a_capital_stands_for_its_state_as_target():
    found = coded("Kenya summoned the envoy of Somalia after Mogadishu recalled its ambassador.")
    assert found.plover == "DISAPPROVE"
    assert "Kenya" in role(found, "actor")


def test_refused_to_is_reject_not_the_refused_act():
    article = run("Niger refused to hand over the detained soldiers to Benin.")
    found = plover.primary_coding(article)
    assert found is not None and found.plover == "REJECT"
    assert "Niger" in role(found, "actor")


def test_a_promised_cooperative_act_is_agree():
    found = coded("Senegal will send 15 tonnes of medicine to Guinea-Bissau, the ministry said.")
    assert found.plover == "AGREE"
    assert "Senegal" in role(found, "actor")


def test_an_announced_hostile_act_is_threaten():
    found = coded("The governor said he will impose a curfew on Bauchi after the riots.")
    assert found.plover == "THREATEN"


def test_a_cooperative_act_denied_is_reject():
    found = coded("Egypt said it would not allow the convoy into Rafah.")
    assert found.plover == "REJECT"
    assert not found.negated


def test_a_condemnation_denied_is_negated_and_codes_no_disapproval():
    article = run("The ruling party did not condemn the attack on the rally.")
    assert [i.negated for i in article.interactions if i.plover == "DISAPPROVE"] == [True]
    found = plover.primary_coding(article)
    assert found is None or found.plover != "DISAPPROVE"


def test_the_side_after_a_thing_is_the_target():
    # "a proposal by X": whose proposal was rejected
    found = coded("Bamako rejected a mediation offer from Algeria on Sunday.")
    assert found.plover == "REJECT"
    assert "Algeria" in role(found, "target")


def test_acled_words_give_no_interaction_but_a_finer_category():
    article = run("Ugandan troops withdrew from the town of Bunia on Monday.")
    assert [e.plover for e in article.events] == ["RETREAT"]
    assert article.interactions == []


def test_every_acled_event_has_its_category():
    article = run("Gunmen abducted 12 travellers on the road to Zaria on Sunday.")
    assert article.events and all(e.plover == "ASSAULT" for e in article.events)


def test_the_first_act_codes_the_sentence():
    # the main clause's act first, the act its relative clause tells after it
    found = coded("Police detained 15 students who demanded the release of their teachers.")
    assert found.plover == "COERCE"
    found = coded("The African Union condemned the air strike that killed 12 people in Gao.")
    assert found.plover == "DISAPPROVE"


def test_interactions_have_dates_places_and_stable_ids():
    text = "Chad's president met Sudanese army chief Abdel Fattah al-Burhan in N'Djamena."
    first, second = run(text), run(text)
    (met,) = [i for i in first.interactions if i.plover == "CONSULT"]
    assert met.id.startswith("ix-")
    assert [i.id for i in first.interactions] == [i.id for i in second.interactions]
    assert met.place is not None
    record = met.to_record()
    assert record["type"] == "Interaction" and record["plover"] == "CONSULT"


def test_words_that_hold_a_trigger_but_tell_nothing():
    article = run("Aid workers said the Security Council had not met since March.")
    assert [i.plover for i in article.interactions if not i.negated] == []
    article = run("A spokesman declined to comment when asked about the talks.")
    assert [i.plover for i in article.interactions if i.plover == "REJECT"] == []


def test_an_institution_named_by_trigger_words_is_no_act():
    article = run("The head of Chad's Humanitarian Aid Commission said the camps were full.")
    assert [i.plover for i in article.interactions if i.plover == "AID"] == []


def test_trucks_inspected_at_a_crossing_are_no_inquiry():
    article = run("The lorries were inspected at the Rafah crossing before they went on.")
    assert [i.plover for i in article.interactions if i.plover == "INVESTIGATE"] == []
    article = run("Kenyan police opened an inquiry into the lorry fire at the Busia crossing.")
    assert "INVESTIGATE" in [i.plover for i in article.interactions]


def test_a_material_act_asked_for_is_not_done():
    article = run("The union demanded the release of the detained workers on Monday.")
    assert [i.plover for i in article.interactions] == ["DEMAND"]


def test_what_a_demand_or_a_threat_names_is_not_done():
    article = run("The union renewed its demand for the release of the detained workers.")
    assert [i.plover for i in article.interactions] == ["DEMAND"]
    article = run("The opposition threatened a boycott and warned of street protests.")
    assert [i.plover for i in article.interactions] == ["THREATEN", "THREATEN"]
