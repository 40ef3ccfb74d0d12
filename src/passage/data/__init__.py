"""Per-language lexicons and the crossings-and-roads registry, read by the stages."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent


def languages() -> list[str]:
    """Languages that have a data folder."""
    return sorted(p.name for p in DATA_DIR.iterdir() if p.is_dir() and len(p.name) == 2)


@cache
def load(lang: str, name: str) -> Any:
    """The JSON data file `name` for `lang`, or None where that language has none."""
    path = DATA_DIR / lang / f"{name}.json"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
