"""Made-up wire copy stored by the real `passage ingest` in a real SQLite file, and the CLI run
through click's runner: what the command tests of stored records share."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from passage.serve.cli import main


def invoke(*args: str, code: int = 0) -> Result:
    """Run `passage ARGS...`; the exit status must be `code`."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def wire_db(folder: Path, articles: list[dict[str, str]]) -> str:
    """A database file in `folder` holding the articles, ingested from a JSON lines file."""
    wire = folder / "wire.jsonl"
    wire.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    path = str(folder / "wire.db")
    invoke("ingest", str(wire), "--db", path)
    return path
