"""French claims: the speaker of a relative clause speaks of that clause only, an armed party
telling what its enemy did with a crossing accuses it, a source named for the whole sentence
keeps speaking though a relative clause on it speaks too, a contrastive clause no one speaks
in is the outlet's, and a denial of "ces accusations" denies the act alleged before."""

from tests.claims.claim_helpers import Said, claims_by_trigger

OUTLET = "Le Journal"


def _claims(text: str) -> dict[str, Said]:
    return claims_by_trigger(text, "fr", OUTLET)


def test_the_closure_by_authorities_who_accuse_is_told_in_the_outlet_s_voice():
    found = _claims(
        "Le poste-frontière de Ras Jedir avait été fermé en mars par les autorités "
        "tunisiennes, qui accusaient des contrebandiers de s'en servir."
    )
    assert found["fermé"] == {("asserted", ())}


def test_the_accused_use_inside_the_relative_clause_is_its_own_alleged_claim():
    found = _claims(
        "Le poste-frontière d'Adré avait été fermé en février par les autorités soudanaises, "
        "qui accusaient les FSR de l'utiliser pour faire entrer des armes."
    )
    assert found["fermé"] == {("asserted", ())}
    assert found["utiliser"] == {("alleged", ("Government of Sudan",))}


def test_a_relative_clause_the_parse_hung_as_adverbial_speaks_of_itself_only():
    found = _claims(
        "Le poste-frontière d'Adré a été fermé par Khartoum, qui affirmait que les FSR "
        "l'utilisaient pour se ravitailler en armes."
    )
    assert found["fermé"] == {("asserted", ())}
    assert found["utilisaient"] == {("alleged", ("Government of Sudan",))}


def test_an_army_saying_its_enemy_uses_a_crossing_accuses_it():
    found = _claims(
        "L'armée soudanaise a affirmé que les FSR utilisaient le poste-frontière d'Adré "
        "pour faire entrer des armes."
    )
    assert found["utilisaient"] == {("alleged", ("Sudanese Armed Forces",))}


def test_a_government_telling_an_attack_it_suffered_reports_it():
    found = _claims(
        "Le gouvernement malien a indiqué que le JNIM avait attaqué un camp militaire près de Gao."
    )
    assert found["attaqué"] == {("reported", ("Government of Mali",))}


def test_a_source_cited_for_the_sentence_speaks_though_a_relative_clause_on_it_does_too():
    found = _claims(
        "Selon l'agence Anadolu qui rapporte la nouvelle, le poste-frontière de Ras Jedir "
        "a été rouvert lundi."
    )
    assert found["rouvert"] == {("reported", ("Anadolu",))}


def test_a_contrastive_clause_no_one_speaks_in_is_the_outlet_s_context():
    found = _claims(
        "Un responsable de l'ONU indique que des dizaines de maisons ont été incendiées, "
        "alors que le camp est assiégé depuis des mois par les FSR."
    )
    assert found["incendiées"] == {("reported", ("un responsable de l'ONU",))}
    assert found["assiégé"] == {("asserted", ())}


def test_a_party_set_against_the_account_tells_its_own_act_in_its_own_voice():
    found = _claims(
        "Un porte-parole de l'armée a affirmé que ses forces avaient repris le poste de "
        "Ras Jedir, alors que les FSR assurent l'avoir attaqué."
    )
    assert found["attaqué"] == {("claimed", ("Rapid Support Forces",))}


def test_denying_these_accusations_denies_the_act_alleged_before():
    found = _claims(
        "L'armée accuse les FSR d'avoir pillé le marché d'El Geneina. "
        "Les FSR ont démenti ces accusations."
    )
    assert found["pillé"] == {
        ("alleged", ("Sudanese Armed Forces",)),
        ("denied", ("Rapid Support Forces",)),
    }
