"""Reading the claims of a made-up report: what each trigger's event is said to be, and by whom."""

from __future__ import annotations

from datetime import date

from passage import pipeline
from passage.record import Article

Said = set[tuple[str, tuple[str, ...]]]  # {(status, the chain past the outlet)}


def claims_by_trigger(text: str, lang: str, outlet: str) -> dict[str, Said]:
    """Trigger text -> the (status, chain past the outlet) of its event's claims; every chain
    starts at the outlet."""
    article = pipeline.run(
        Article(text=text, language=lang, outlet=outlet, published=date(2024, 6, 3))
    )
    out: dict[str, Said] = {}
    for e in article.events:
        for c in e.claims:
            assert c.chain[0] == outlet
            out.setdefault(e.trigger.text, set()).add((c.status, tuple(c.chain[1:])))
    return out


def every_claim(text: str, lang: str, outlet: str) -> Said:
    """The (status, chain past the outlet) of every claim of every event of the report."""
    found = claims_by_trigger(text, lang, outlet)
    assert found, "the events stage should find the act"
    return set().union(*found.values())
