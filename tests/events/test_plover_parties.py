"""Who acts and whom an interaction is done to where no actor list names them: states named by
their capitals, parties named by their own words (a French parse)."""

from __future__ import annotations

from passage import pipeline
from passage.record import Article, Event


def interactions(text: str, category: str) -> list[Event]:
    article = pipeline.run(Article(text=text, language="fr"))
    return [i for i in article.interactions if i.plover == category]


def parties(e: Event, role: str) -> list[tuple[str, str]]:
    return [(a.name, a.text) for a in e.actors if a.role == role]


def test_capitals_stand_for_their_states_on_both_sides():
    (said,) = interactions("Rabat a exhorté Nouakchott à sécuriser la frontière.", "DEMAND")
    assert parties(said, "actor") == [("Government of Morocco", "Rabat")]
    assert parties(said, "target") == [("Government of Mauritania", "Nouakchott")]
    assert all(a.reason.startswith("inferred") for a in said.actors)


def test_an_unknown_subject_keeps_its_words():
    (said,) = interactions(
        "Les syndicats enseignants ont rejeté la proposition du gouvernement.", "REJECT"
    )
    assert parties(said, "actor") == [("syndicats enseignants", "syndicats enseignants")]
    assert said.actors[0].kind == "unidentified"


def test_the_agent_of_a_passive_noun_trigger_acts_with_its_place_name():
    (probe,) = interactions(
        "Une enquête a été ouverte par le parquet de Dakar après la mort du militant.",
        "INVESTIGATE",
    )
    assert parties(probe, "actor") == [("parquet de Dakar", "parquet de Dakar")]
    assert parties(probe, "target") == []  # Dakar is the prosecutor's, not whom it probes


def test_an_agent_inside_the_object_does_not_act():
    (blame,) = interactions(
        "Plusieurs ONG ont dénoncé la détention de journalistes par les autorités burundaises.",
        "DISAPPROVE",
    )
    assert [n for n, _t in parties(blame, "actor")] == ["ONG"]
    assert "Burundi" in " ".join(n for n, _t in parties(blame, "target"))
