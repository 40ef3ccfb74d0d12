"""Subcommands of the `passage` CLI, one module each, and the option types they share."""

from __future__ import annotations

from datetime import date

import click


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
