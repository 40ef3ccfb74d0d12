"""English without a parser: who did what to whom read from word order. Civilians named after
an armed party are the object of its earlier verb, not who acted on a second one; the words
right after a verb name whom it was done to before a name further on, past the day it was
done ("on Tuesday") and up to a time word that ends the object ("overnight")."""

from __future__ import annotations

from event_helpers import parsed

from passage import pipeline
from passage.record import Article
from passage.stages.events import linear
from passage.stages.events.lexicon import lexicon


def events_of(text: str) -> list:
    return pipeline.run(Article(text=text, language="en")).events


def event(text: str, trigger: str):
    return next(e for e in events_of(text) if e.trigger.text == trigger)


def role(e, which: str) -> list:
    return [a for a in e.actors if a.role == which]


def object_words(text: str, after: str) -> str | None:
    """The object phrase word order finds after the word `after`."""
    article = parsed(text, language_code="en")
    tokens = list(next(iter(article.doc.sents)))
    last = next(i for i, t in enumerate(tokens) if t.text == after)
    span = linear.object_span(lexicon("en").noun_phrase, tokens, last)
    return None if span is None else " ".join(t.text for t in tokens[span[0] : span[1]])


def test_civilians_object_of_an_earlier_verb_do_not_act_on_the_next():
    text = (
        "Gunmen kidnapped up to 20 civilian truck drivers on the highway and exploded a car "
        "bomb in the town centre, police said."
    )
    e = event(text, "car bomb")
    assert [a.text for a in role(e, "actor")] == ["Gunmen"]


def test_civilians_alone_before_a_violent_verb_still_act():
    # one act told twice ("Angry villagers", "attacked"): a mob's attack, its first telling
    e = event("Angry villagers attacked a police post near the market.", "Angry villagers")
    assert role(e, "actor"), "no armed party before them: the villagers acted"


def test_the_words_after_the_verb_name_whom_before_a_name_further_on():
    text = (
        "Government troops expelled on Tuesday about 400 Rohingya villagers from their homes "
        "during a sweep for militants, witnesses said."
    )
    e = event(text, "expelled")
    assert [a.text for a in role(e, "target")] == ["400 Rohingya villagers"]


def test_a_time_word_ends_the_object():
    text = (
        "Settlers set fire to the warehouses of the Bedouin cooperative of the valley "
        "overnight, residents said."
    )
    e = event(text, "set fire to")
    assert [a.text for a in role(e, "target")] == [
        "the warehouses of the Bedouin cooperative of the valley"
    ]


def test_a_civilian_modifier_gives_its_whole_object():
    text = "Soldiers demolished Bedouin tents and civilian shelters near the village."
    targets = role(event(text, "demolished"), "target")
    assert [(a.name, a.text) for a in targets] == [
        ("Civilians", "Bedouin tents and civilian shelters")
    ]
    text = "Gunmen kidnapped up to 20 civilian truck drivers on the highway, police said."
    targets = role(event(text, "kidnapped"), "target")
    assert [a.text for a in targets] == ["20 civilian truck drivers"]


def test_the_day_between_verb_and_object_is_skipped():
    assert object_words("Police detained on Friday 30 students.", "detained") == "30 students"
    assert object_words("Rebels freed today two aid workers.", "freed") == "two aid workers"


def test_a_day_before_an_infinitive_or_a_preposition_opens_no_object():
    assert object_words("Workers stayed home on Monday to protest the cuts.", "home") is None
    assert object_words("Inmates rioted Sunday at the northern jail.", "rioted") is None


def test_a_day_before_a_count_still_opens_the_object():
    text = "Gunmen seized on Monday at least 20 passengers."
    assert object_words(text, "seized") == "20 passengers"


def test_a_phrase_opening_word_before_the_object_is_kept():
    assert object_words("Troops shelled on the border crossing.", "shelled") is None
    assert object_words("Troops stormed this village overnight.", "stormed") == "this village"


def test_a_participle_after_the_verb_is_no_object():
    assert object_words("Youths blocked roads leading to the centre.", "roads") is None


def test_a_participle_clause_shares_the_subject_before_its_comma():
    e = event("Soldiers stormed the camp of the rebels, arresting 40 fighters.", "arresting")
    assert [a.text for a in role(e, "actor")] == ["Soldiers"]
    text = (
        "Riot police fired tear gas at protesters outside the university, wounding several "
        "and detaining 15, witnesses said."
    )
    assert [a.text for a in role(event(text, "detaining"), "actor")] == ["police"]


def test_when_it_was_done_is_not_whom():
    text = (
        "The rebels said they will free the mayor and 12 council members, whom they had "
        "taken hostage two weeks ago, on Saturday."
    )
    e = event(text, "taken hostage")
    assert all("ago" not in a.text for a in e.actors)


def test_a_verb_after_to_is_no_subject_of_the_noun_it_governs():
    text = "The envoy said Canada would back a council text that seeks to tighten sanctions."
    for e in events_of(text):
        assert all("seeks" not in a.text for a in e.actors)
