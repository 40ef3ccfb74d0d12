"""English claims without a parse: who speaks for which part of a sentence, speakers set off by
commas or named by a title, outlets and governments, and how firmly an accusation is told."""

from tests.claims.claim_helpers import Said, claims_by_trigger

OUTLET = "The Daily Wire"


def _claims(text: str) -> dict[str, Said]:
    return claims_by_trigger(text, "en", OUTLET)


def test_a_voice_speaks_within_its_part_of_a_sentence_cut_by_a_semicolon():
    found = _claims(
        "A military source told Reuters that the army shelled the village of Kadugli; "
        "the Adre border crossing was closed on Monday."
    )
    assert found["shelled"] == {("reported", ("Reuters", "a military source"))}
    assert found["closed"] == {("asserted", ())}


def test_a_speaker_placed_by_a_phrase_between_commas_still_speaks():
    found = _claims(
        "In a separate incident, a source at the Torkham crossing, on the Afghan side, "
        "told AFP that the crossing was closed."
    )
    assert found["closed"] == {("reported", ("AFP", "a source at the Torkham crossing"))}


def test_a_minister_named_by_a_national_adjective_speaks_for_the_government_past_however():
    found = _claims(
        "Chadian Interior Minister Mahamat Ali, however, later said the Adre crossing "
        "had been closed."
    )
    assert found["closed"] == {("reported", ("Government of Chad",))}


def test_a_possessor_before_a_known_actor_does_not_hide_it():
    found = _claims(
        "Syria's Kurdish-led SDF announced on Monday that it had reopened the Semalka crossing."
    )
    assert found["reopened"] == {("reported", ("Syrian Democratic Forces",))}


def test_a_person_titled_as_a_body_s_voice_speaks_for_it_later_by_surname():
    found = _claims(
        "The head of Chad's border police, Mahamat Ali, said the Adre crossing had been "
        "closed. Ali also rejected claims of smuggling, while accusing the RSF of looting "
        "the market in Adre."
    )
    assert found["closed"] == {("reported", ("Government of Chad",))}
    # "claims of smuggling" have a content of their own: no denial of the looting
    assert found["looting"] == {("alleged", ("Government of Chad",))}


def test_state_media_are_a_source_of_their_own_not_the_government():
    found = _claims("Libyan state television said the Ras Jdir crossing was closed on Monday.")
    assert found["closed"] == {("reported", ("Libyan state television",))}


def test_the_ministry_is_the_one_named_just_before_though_it_did_not_speak_there():
    found = _claims(
        "There was no comment from the defence ministry in Kyiv. On Sunday, the ministry "
        "had said Russian forces shelled the evacuation corridor."
    )
    assert found["shelled"] == {("reported", ("Government of Ukraine",))}


def test_allegedly_speaks_of_its_own_clause_not_of_the_act_before_because():
    found = _claims(
        "Traffic on the road was halted on Monday because of an inquiry into looting "
        "allegedly carried out by militiamen."
    )
    assert found["halted"] == {("asserted", ())}
    assert {s for s, _c in found["looting"]} == {"alleged"}


def test_a_violated_truce_makes_the_acts_told_with_it_an_accusation():
    found = _claims(
        "The army spokesman said the rebels had violated the truce and shelled the town of Kadugli."
    )
    assert {s for s, _c in found["shelled"]} == {"alleged"}


def test_an_armed_party_telling_what_its_enemy_did_with_a_crossing_accuses_it():
    found = _claims("Sudan's army said the RSF used the Adre crossing to smuggle weapons.")
    assert found["used"] == {("alleged", ("Sudanese Armed Forces",))}


def test_a_speaker_after_a_conjunction_speaks_of_what_follows_only():
    found = _claims(
        "A local official told AFP that the army shelled Kadugli on Monday. The shelling "
        "came a day after the rebels accused the army of looting the market."
    )
    # the retelling in the second sentence is the outlet's: the rebels speak of the looting
    assert ("asserted", ()) in found["shelled"]
    assert ("reported", ("the rebels",)) not in found["shelled"]
    assert found["looting"] == {("alleged", ("the rebels",))}


def test_a_speaker_the_actors_stage_took_for_an_unnamed_group_keeps_its_own_words():
    found = _claims(
        "Gunmen attacked a convoy near Gao on Monday, killing three soldiers, the army said "
        "in a statement."
    )
    assert found["attacked"] == {("reported", ("the army",))}


def test_denying_the_allegations_denies_the_act_alleged_before():
    found = _claims(
        "The army accused the RSF of looting the market in El Geneina. "
        "The RSF denied the allegations."
    )
    assert found["looting"] == {
        ("alleged", ("Sudanese Armed Forces",)),
        ("denied", ("Rapid Support Forces",)),
    }


def test_rejecting_claims_about_something_else_denies_nothing():
    found = _claims(
        "The army accused the RSF of looting the market in El Geneina. "
        "The RSF rejected claims of famine."
    )
    assert found["looting"] == {("alleged", ("Sudanese Armed Forces",))}
