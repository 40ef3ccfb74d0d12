"""`passage time TEXT`: the temporal expressions of a text, as a table or JSON."""

from __future__ import annotations

import json
from datetime import date

import click

from passage.record import TimeMention
from passage.serve.commands import DATE


def mention_json(m: TimeMention) -> dict:
    """The JSON shape of one mention; offsets are character offsets into the input text."""
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "kind": m.kind,
        "value": m.value.to_json() if m.value else None,
    }


@click.command("time")
@click.argument("text")
@click.option("--published", type=DATE, help="Publication date.")
@click.option(
    "--lang",
    type=click.Choice(["auto", "fr", "en", "ar"]),
    default="auto",
    show_default=True,
    help="Language of TEXT; auto detects it (French when it cannot be told).",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def time_command(text: str, published: date | None, lang: str, fmt: str) -> None:
    """Find the dates, durations and sets in TEXT and place them on the calendar."""
    from passage.stages import time as time_stage

    if lang == "auto":
        from passage.stages.language import identify

        lang = identify(text) or "fr"
    # "du 3 au 5 mars" is one stretch of time to a reader, though the time layer keeps its
    # two ends apart as TimeBank marks them
    mentions = time_stage.stretches(text, time_stage.extract(text, published, lang), lang)
    if fmt == "json":
        click.echo(json.dumps([mention_json(m) for m in mentions], ensure_ascii=False, indent=2))
        return
    if not mentions:
        click.echo("no temporal expression found")
        return
    for m in mentions:
        value = "-"
        if m.value is not None:
            v = m.value
            value = f"{v.start}..{v.end} ({v.precision})" if v.start != v.end else f"{v.start}"
        click.echo(f"{m.start:>6}-{m.end:<6} {m.kind:<9} {value:<32} {m.text}")
