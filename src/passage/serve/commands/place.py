"""`passage place NAME...`: gazetteer and registry candidates for names, as a table or JSON."""

from __future__ import annotations

import json

import click

from passage.stages.places import lookup
from passage.stages.places.resolver import Candidate

MAX_CANDIDATES = 10


def answer(name: str, cands: list[Candidate]) -> dict:
    """The JSON shape for one queried name: the chosen reading and the alternatives."""
    return {
        "query": name,
        "choice": cands[0].to_json() if cands else None,
        "candidates": [c.to_json() for c in cands[:MAX_CANDIDATES]],
    }


@click.command("place")
@click.argument("names", nargs=-1, required=True)
@click.option("--lang", type=click.Choice(["fr", "en", "ar"]), help="Language the names are in.")
@click.option("--near", metavar="COUNTRY", help="Prefer places in this country (code or name).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
)
def place_command(names: tuple[str, ...], lang: str | None, near: str | None, fmt: str) -> None:
    """Look place names up in the gazetteer and the crossings-and-roads registry."""
    answers = [answer(n, lookup(n, lang=lang, near=near)) for n in names]
    if fmt == "json":
        click.echo(json.dumps(answers, ensure_ascii=False, indent=2))
        return
    for a in answers:
        click.echo(f"{a['query']}")
        if not a["candidates"]:
            click.echo("  (no candidate)")
        for c in a["candidates"]:
            where = f"{c['lat']:.4f},{c['lon']:.4f}" if c["lat"] is not None else "-"
            click.echo(
                f"  {c['score']:.3f}  {c['kind']:<8} {c['name']:<30} {c['country'] or '-':<3}"
                f" {c['admin1'] or '-':<20} {where:<20} {c['gazetteer_id']}"
            )
