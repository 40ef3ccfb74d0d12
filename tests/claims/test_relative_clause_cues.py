"""A status cue in a relative clause speaks of the acts told inside that clause only."""

from datetime import date

from passage import pipeline
from passage.record import Article


def _statuses(text: str) -> dict[str, set[str]]:
    article = pipeline.run(
        Article(text=text, language="fr", outlet="Le Journal", published=date(2024, 6, 3))
    )
    return {e.trigger.text: {c.status for c in e.claims} for e in article.events}


def test_an_accusation_in_a_relative_clause_does_not_make_the_main_act_alleged():
    found = _statuses(
        "Le poste-frontière de Ras Jedir avait été fermé en mars par les autorités "
        "tunisiennes, qui accusaient des contrebandiers de s'en servir."
    )
    closures = [statuses for trigger, statuses in found.items() if trigger.startswith("ferm")]
    assert closures
    assert all("alleged" not in statuses for statuses in closures)


def test_the_act_inside_the_relative_clause_stays_alleged():
    found = _statuses(
        "Le gouverneur, qui accuse les rebelles d'avoir attaqué le camp de Kalma, "
        "a demandé une enquête."
    )
    attacks = [statuses for trigger, statuses in found.items() if trigger.startswith("attaq")]
    assert attacks == [{"alleged"}]
