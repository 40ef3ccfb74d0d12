"""Subcommands of the `passage` CLI, one module each, and the options and store opening they
share."""

from __future__ import annotations

from datetime import date

import click

from passage.store import default_db, open_store
from passage.store.sqlite import SQLiteStore, StoreError

DB_HELP = "SQLite file (default: $PASSAGE_DB or ./passage.db)."


class DateType(click.ParamType):
    """A calendar day typed as YYYY-MM-DD; anything else is a usage error that says so."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):  # noqa: ANN001 - click's signature
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD", param, ctx)


DATE = DateType()


def open_db(db: str | None) -> SQLiteStore:
    """The store a command's --db names (else $PASSAGE_DB or ./passage.db); a file that is no
    Passage database, or one too new, is a clear error naming it."""
    try:
        return open_store(db or default_db())
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
