"""Claims stage: a speaker's noun phrase keeps its adjectives and drops a modifier that is a
clause of its own ("des bénévoles locaux chargés de coordonner l'aide")."""

from __future__ import annotations

from event_helpers import find, parsed, place, through


def test_a_participle_with_its_own_complement_is_no_part_of_the_speaker():
    article = parsed(
        "Au moins trente civils ont été tués dimanche à Kutum, selon des bénévoles locaux "
        "chargés de coordonner l'aide.",
        outlet="RFI",
    )
    place(article, "Kutum")
    found = find(through(article), "tués")
    assert found
    assert [(c.status, c.chain) for c in found[0].claims] == [
        ("reported", ["RFI", "des bénévoles locaux"])
    ]


def test_an_unnamed_army_that_completes_the_speaker_does_not_replace_it():
    article = parsed(
        "Un officier de l'armée a affirmé mardi que la frappe avait visé un dépôt de munitions "
        "près de Kadugli.",
        outlet="Le Monde",
    )
    place(article, "Kadugli")
    found = find(through(article), "frappe")
    assert found
    assert ("reported", ["Le Monde", "un officier de l'armée"]) in [
        (c.status, c.chain) for c in found[0].claims
    ]


def test_a_named_army_in_the_speaker_phrase_is_the_speaker():
    article = parsed(
        "Un porte-parole de l'armée soudanaise a affirmé mardi que la frappe avait visé un "
        "dépôt de munitions près de Kadugli.",
        outlet="Le Monde",
    )
    place(article, "Kadugli")
    found = find(through(article), "frappe")
    assert found
    chains = [c.chain for c in found[0].claims]
    assert ["Le Monde", "Sudanese Armed Forces"] in chains
