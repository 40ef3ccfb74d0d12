"""Who acts, on real sentences of the French news: the subject found through governing verbs,
coordination, a trigger-internal possessor, and the speaker of an announcement."""

from __future__ import annotations

from event_helpers import parsed, place, roles, through


def test_speaker_of_a_reopening_is_its_actor(nlp):
    article = parsed(
        "Dans le même temps, ce mercredi 8 mai, Israël a fait savoir que le passage de Kerem "
        "Shalom, à sa frontière avec la bande de Gaza, rouvrait."
    )
    place(article, "Kerem Shalom", "crossing", "crossing:kerem-shalom")
    assert ("actor", "Israel") in roles(through(article), "rouvrait")


def test_decision_to_keep_a_crossing_open_is_the_government_s(nlp):
    article = parsed(
        "Jeudi, les agences humanitaires des Nations Unies se sont félicitées que le "
        "gouvernement soudanais ait décidé de maintenir plus longtemps ouvert le poste-frontière "
        "d'Adré."
    )
    place(article, "Adré", "crossing", "crossing:adre")
    # the trigger "maintenir ... ouvert" steps over the adverbs between its words
    assert ("actor", "Government of Sudan") in roles(
        through(article), "maintenir plus longtemps ouvert"
    )


def test_coordinated_subjects_are_both_actors(nlp):
    article = parsed(
        "Depuis février, des unités de l'armée rwandaise et la rébellion du M23 encerclent Goma."
    )
    place(article, "Goma", "town")
    got = roles(through(article), "encerclent")
    assert {("actor", "M23"), ("actor", "Military Forces of Rwanda")} <= got


def test_possessor_of_the_trigger_noun_takes_the_territory(nlp):
    article = parsed(
        "Au moins trois positions défensives sont tombées aux mains du M23 près de Sake."
    )
    place(article, "Sake", "town")
    got = roles(through(article), "tombées aux mains")
    assert ("actor", "M23") in got and ("target", "M23") not in got


def test_conjoined_verbs_share_their_subject(nlp):
    article = through(
        parsed(
            "Selon le gouvernorat, les rebelles du M23 venaient de tuer un chauffeur et de "
            "piller l'ensemble des marchandises."
        )
    )
    assert ("actor", "M23") in roles(article, "tuer")
    assert ("actor", "M23") in roles(article, "piller")


def test_subjectless_participle_clause_shares_the_subject(nlp):
    article = parsed("Le 28 septembre, la Résistance a sorti sa DCA faisant repousser les F-16.")
    got = roles(through(article), "repousser")
    assert ("actor", "Axis of Resistance") in got


def test_pronoun_subject_is_the_actor_named_just_before(nlp):
    article = parsed(
        "Les FSR ont encerclé El Fasher, selon des témoins. Dimanche, ils ont bombardé le "
        "marché central de la ville."
    )
    place(article, "El Fasher", "town")
    assert ("actor", "Rapid Support Forces") in roles(through(article), "bombardé")


def test_pronoun_that_does_not_agree_names_nobody(nlp):
    # "elle" is the passenger, not the M23 named before her: no actor rather than a wrong one.
    article = parsed(
        "Le M23 contrôle Mweso. Une passagère a raconté à l'AFP qu'elle a attaqué le poste de "
        "Mweso."
    )
    place(article, "Mweso", "town")
    assert not any(r == "actor" for r, _n in roles(through(article), "attaqué"))


def test_subject_of_suffering_verb_is_the_target(nlp):
    article = parsed("La Tunisie subit des attaques répétées.")
    place(article, "Tunisie", "country", name="Tunisia")
    assert ("actor", "Government of Tunisia") not in roles(through(article, "events"), "attaques")
    article = through(parsed("L'armée malienne subit des attaques répétées."), "events")
    assert roles(article, "attaques") == {("target", "Military Forces of Mali")}


def test_party_an_attack_is_attributed_to_is_its_actor(nlp):
    article = parsed(
        "Les Forces de soutien rapide ont encerclé la ville. Au moins 56 civils ont perdu la vie "
        "au cours d'attaques attribuées aux paramilitaires à Um Kadadah."
    )
    assert ("actor", "Rapid Support Forces") in roles(through(article, "events"), "attaques")


def test_coordinated_adjectives_are_co_actors(nlp):
    article = parsed("Les forces syriennes et irakiennes ont repris la ville d'al-Qaëm.")
    place(article, "al-Qaëm", "town")
    got = roles(through(article, upto="events"), "repris")
    assert {("actor", "Syrian Arab Army"), ("actor", "Iraqi forces")} <= got
