"""The `passage` command: thin wrappers over the runner, the store's readers and the scorers."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from passage.data import languages
from passage.eval import SCORERS
from passage.resolve.merge import merge_events
from passage.serve.commands import DATE, DB_HELP, open_db
from passage.store.sqlite import EventQuery

F = TypeVar("F", bound=Callable[..., object])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="passage")
def main() -> None:
    """Passage: a sourced, geolocated, dated record of what news reports say happened."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option(
    "--lang",
    type=click.Choice(["auto", *languages()]),
    default="auto",
    show_default=True,
    help="Language of the articles; auto detects it.",
)
@click.option("--published", type=DATE, help="Publication date, for every input.")
@click.option("--outlet", help="The outlet that published the articles.")
@click.option("--url", help="The articles' address.")
def ingest(paths, db, lang, published, outlet, url) -> None:
    """Read articles from files, directories (recursive) and globs into the database.

    Formats: .txt, .html/.htm, .jsonl (one article per line). Exit status 0 when every
    input was ingested, 1 when some failed (each is named with its reason)."""
    from tqdm import tqdm

    from passage.ingest import IngestError, Overrides
    from passage.runner import ingest as run_ingest

    overrides = Overrides(
        language=None if lang == "auto" else lang, published=published, outlet=outlet, url=url
    )
    with open_db(db) as store:
        # tqdm shows itself only on a terminal (disable=None).
        bar = tqdm(desc="ingesting", unit="article", disable=None, file=sys.stderr, leave=False)

        def report(item, outcome: str) -> None:
            bar.update(1)
            if isinstance(item, IngestError):
                bar.write(f"error: {item}", file=sys.stderr)

        summary = run_ingest(paths, store, overrides, on_result=report)
        bar.close()
        click.echo(
            f"{summary.read} articles read, {summary.stored} stored, "
            f"{summary.duplicates} skipped as duplicates, {len(summary.failures)} failed, "
            f"{summary.events} events and {summary.interactions} interactions found"
            f" -> {store.path}"
        )
    if summary.failures:
        sys.exit(1)


def _record_listing(noun: str, kind_option: Callable[[F], F]) -> Callable[[F], F]:
    """The options a listing of stored records takes (events, interactions): the database,
    the dates, what kind of record, the distance to a place, and the output format."""
    options = (
        click.option("--db", help=DB_HELP),
        click.option("--since", type=DATE, help=f"Dated {noun} that end on or after this date."),
        click.option("--until", type=DATE, help=f"Dated {noun} that start on or before this date."),
        kind_option,
        click.option("--near", help=f"A place name; with --km, {noun} within that distance."),
        click.option("--km", type=click.FloatRange(min=0), default=50.0, show_default=True),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["table", "json", "jsonl", "csv"]),
            default="table",
            show_default=True,
        ),
    )

    def apply(command: F) -> F:
        for option in reversed(options):
            command = option(command)
        return command

    return apply


@main.command()
@_record_listing(
    "events",
    click.option(
        "--type",
        "type_",
        help="ACLED event type or sub-event type, or the PLOVER category an event maps to"
        " (e.g. FIGHT, ASSAULT, PROTEST).",
    ),
)
@click.option(
    "--merge",
    is_flag=True,
    help="One record per event told by several articles: same type, dates that can be one"
    " day, same place or crossing, no party that tells them apart; one claim per report and"
    " `sources` counting the outlets.",
)
def events(db, since, until, type_, near, km, fmt, merge) -> None:
    """The event record: one event per line, or JSON, JSON lines, CSV."""
    query = EventQuery(since=since, until=until, type=type_, km=km, near=_place_point(near))
    with open_db(db) as store:
        records = store.events(query)
    if merge:
        records = merge_events(records)
    _print_events(records, fmt)


@main.command()
@_record_listing(
    "interactions",
    click.option(
        "--category", help="PLOVER category, e.g. DEMAND, REJECT, THREATEN, DISAPPROVE, AGREE."
    ),
)
def interactions(db, since, until, category, near, km, fmt) -> None:
    """Who did what to whom beyond ACLED's scope ("X demanded Y", "Y rejected Z"), coded with
    PLOVER categories and kept apart from the ACLED events; the same shapes as `events`."""
    query = EventQuery(since=since, until=until, category=category, km=km, near=_place_point(near))
    with open_db(db) as store:
        records = store.interactions(query)
    _print_events(records, fmt, noun="interactions")


def _place_point(near: str | None) -> tuple[float, float] | None:
    """The point of the place a --near option names: the best gazetteer reading."""
    if not near:
        return None
    from passage.stages.places import lookup

    candidates = lookup(near)
    if not candidates:
        raise click.BadParameter(f"no place called {near!r} is known", param_hint="--near")
    best = candidates[0]
    return (best.lat, best.lon)


def _print_events(records: list[dict], fmt: str, noun: str = "events") -> None:
    from passage.serve.views import CSV_COLUMNS, csv_row, event_line

    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(csv_row(record))
    else:
        for record in records:
            click.echo(event_line(record))
        if not records:
            click.echo(f"no {noun}", err=True)


@main.command()
@click.option("--db", help=DB_HELP)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def articles(db, fmt) -> None:
    """What was ingested: id, language, publication date (given, metadata or inferred),
    outlet, number of events, title, url and content hash."""
    from passage.serve.views import article_line

    with open_db(db) as store:
        rows = store.articles()
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for row in rows:
        click.echo(article_line(row))
    if not rows:
        click.echo("no articles", err=True)


@main.command(name="eval")
@click.argument("stage", type=click.Choice([*SCORERS, "all"]), default="all")
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Gold data folder (default: $PASSAGE_EVAL_DATA or ../shared/eval).",
)
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N documents.")
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
def evaluate(stage, split, data_dir, limit, fmt) -> None:
    """Score the stages on the gold data and print one table of figures."""
    from dataclasses import asdict

    from passage import eval as scoring

    data_dir = data_dir or scoring.default_data_dir()
    if not data_dir.is_dir():
        raise click.BadParameter(f"{data_dir} is not a folder", param_hint="--data")
    stages = list(SCORERS) if stage == "all" else [stage]
    figures = scoring.run(stages, data_dir, split, limit)
    if fmt == "json":
        click.echo(json.dumps([asdict(f) for f in figures], indent=2))
        return
    click.echo(f"{'stage':<8} {'dataset':<28} {'metric':<28} {'value':>8} {'n':>7}")
    for f in figures:
        value = "—" if f.value is None else f"{f.value:.3f}"
        click.echo(f"{f.stage:<8} {f.dataset:<28} {f.metric:<28} {value:>8} {f.n:>7}")


@main.command()
@click.argument("names", nargs=-1)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Data folder (default: $PASSAGE_EVAL_DATA or ../shared/eval).",
)
@click.option(
    "--repeat",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Runs per measurement; the best is kept.",
)
def bench(names, data_dir, repeat) -> None:
    """Measure speed beside a baseline in the same run (all benchmarks when none is named)."""
    from passage import bench as benches
    from passage import eval as scoring

    unknown = sorted(set(names) - set(benches.BENCHES))
    if unknown:
        raise click.BadParameter(
            f"unknown benchmark {', '.join(unknown)}; known: {', '.join(benches.BENCHES)}",
            param_hint="NAMES",
        )
    data_dir = data_dir or scoring.default_data_dir()
    measures = list(benches.run(list(names) or list(benches.BENCHES), data_dir, repeat))
    width = max([len("subject"), *(len(m.subject) for m in measures)])
    click.echo(f"{'bench':<10} {'subject':<{width}} {'metric':<22} {'value':>12} {'n':>8}")
    for m in measures:
        click.echo(f"{m.bench:<10} {m.subject:<{width}} {m.metric:<22} {m.value:>12.2f} {m.n:>8}")


def _register_commands() -> None:
    """Commands that live beside their stage's CLI view, in passage.serve.commands."""
    from passage.serve.commands.place import place_command
    from passage.serve.commands.route import route_command
    from passage.serve.commands.status import crossings_command, status_command
    from passage.serve.commands.time import time_command

    main.add_command(place_command)
    main.add_command(time_command)
    main.add_command(status_command)
    main.add_command(crossings_command)
    main.add_command(route_command)


_register_commands()
