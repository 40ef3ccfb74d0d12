"""Denials, counter-claims and accusations on news the rules were not written on: who denies,
who accuses, and who tells each."""

from tests.claims.claim_helpers import claims_by_trigger

# --- a denial set against a claim is the denier's, told by the outlet -----------------------


def test_a_denial_of_a_claim_leaves_the_claimant_out_of_its_chain():
    said = claims_by_trigger(
        "Les rebelles du M23 ont revendiqué la prise de la ville, ce que Kinshasa a démenti.",
        "fr",
        "RFI",
    )
    assert said["prise de la ville"] == {
        ("claimed", ("M23",)),
        ("denied", ("Government of Democratic Republic of Congo",)),
    }


def test_a_denial_of_an_accusation_leaves_the_accuser_out_of_its_chain():
    said = claims_by_trigger(
        "Ukraine accused Russian troops of shelling a hospital in Kherson, a charge Moscow "
        "rejected.",
        "en",
        "AP",
    )
    assert said["shelling"] == {
        ("alleged", ("Government of Ukraine",)),
        ("denied", ("Government of Russia",)),
    }


def test_a_denial_of_a_partys_announcement_is_told_by_the_outlet():
    said = claims_by_trigger(
        "أعلنت حركة الشباب السيطرة على بلدة في إقليم هيران، وهو ما نفاه الجيش الصومالي.",
        "ar",
        "Al Jazeera",
    )
    assert ("denied", ("Military Forces of Somalia",)) in said["السيطرة على"]


def test_a_country_after_a_verb_first_denial_is_its_government():
    said = claims_by_trigger(
        "اتهمت إثيوبيا القوات الإريترية بقصف بلدة حدودية، فيما نفت أسمرة ذلك.", "ar", "SANA"
    )
    assert said["بقصف"] == {
        ("alleged", ("Government of Ethiopia",)),
        ("denied", ("Government of Eritrea",)),
    }


# --- "denied X and accused Y of Z": the accusation is no denial ------------------------------


def test_a_french_accusation_coordinated_with_a_denial_is_the_deniers():
    said = claims_by_trigger(
        "Les shebab ont nié toute implication et accusé l'armée d'avoir bombardé le marché de "
        "Baidoa.",
        "fr",
        "AFP",
    )
    assert said["bombardé"] == {("alleged", ("Al-Shabaab",))}


def test_an_english_accusation_coordinated_with_a_denial_is_the_deniers():
    said = claims_by_trigger(
        "Hamas denied any role and accused the army of shelling the school in Rafah.",
        "en",
        "Reuters",
    )
    assert said["shelling"] == {("alleged", ("Hamas",))}


def test_an_arabic_accusation_joined_to_a_denial_is_the_deniers():
    said = claims_by_trigger(
        "نفت قوات الدعم السريع مسؤوليتها واتهمت الجيش بقصف مستشفى في الأبيض.", "ar", "Anadolu"
    )
    assert said["بقصف"] == {("alleged", ("Rapid Support Forces",))}


def test_the_act_denied_before_the_accusation_stays_denied_by_the_denier_alone():
    said = claims_by_trigger(
        "The Houthis denied attacking the ship and accused the United States of staging the "
        "incident.",
        "en",
        "AP",
    )
    # "States" in "the United States" is no verb of saying: no one tells the denial but them
    assert said["attacking"] == {("denied", ("Houthis",))}


# --- a denial verb the French tagger misreads ----------------------------------------------


def test_a_misread_denial_verb_before_que_still_denies():
    said = claims_by_trigger(
        "Le gouvernement nigérien dément que des soldats aient tué des civils à Tillabéri.",
        "fr",
        "RFI",
    )
    assert said["tué"] == {("denied", ("Government of Niger",))}


def test_a_misread_denial_verb_before_que_names_its_denier():
    said = claims_by_trigger(
        "La police haïtienne dément que ses agents aient tiré sur des manifestants à "
        "Port-au-Prince.",
        "fr",
        "Le Monde",
    )
    assert said["tiré sur"] == {("denied", ("Police Forces of Haiti",))}


def test_a_misread_denial_verb_before_an_infinitive_still_denies():
    said = claims_by_trigger(
        "L'armée burkinabè dément avoir bombardé un marché près de Djibo.", "fr", "RFI"
    )
    assert said["bombardé"] == {("denied", ("Military Forces of Burkina Faso",))}


def test_a_misread_denial_verb_closing_a_relative_clause_denies_the_accusation():
    said = claims_by_trigger(
        "Kiev accuse les forces russes d'avoir bombardé un hôpital à Kherson, ce que Moscou "
        "dément.",
        "fr",
        "AFP",
    )
    assert said["bombardé"] == {
        ("alleged", ("Government of Ukraine",)),
        ("denied", ("Government of Russia",)),
    }


def test_a_reporting_word_that_opens_no_clause_is_no_verb():
    # "dément" here is the adjective (insane): no noun-then-clause structure makes it a verb
    said = claims_by_trigger(
        "Un tireur dément a tué trois passants à Goma.",
        "fr",
        "RFI",
    )
    assert all(status != "denied" for status, _chain in said.get("tué", set()))


# --- the party's own act ------------------------------------------------------------------


def test_a_denial_of_the_partys_own_strike_is_its_denial():
    said = claims_by_trigger(
        "The Pakistani military denied that its aircraft bombed villages in Khost province.",
        "en",
        "Reuters",
    )
    assert said["aircraft bombed"] == {("denied", ("Military Forces of Pakistan",))}


def test_an_account_a_party_denied_is_denied_by_it_told_by_the_outlet():
    said = claims_by_trigger(
        "Gunmen killed four police officers near Torkham, Pakistani officials said, an account "
        "the Taliban denied.",
        "en",
        "AFP",
    )
    assert said["killed"] == {
        ("reported", ("Government of Pakistan",)),
        ("denied", ("Taliban",)),
    }


def test_a_demonstrative_object_is_no_part_of_the_deniers_name():
    said = claims_by_trigger(
        "أعلنت حركة الشباب استهداف قاعدة عسكرية في شبيلي السفلى، فيما نفى الجيش الصومالي ذلك.",
        "ar",
        "Al Jazeera",
    )
    assert ("denied", ("Military Forces of Somalia",)) in said["استهداف"]
