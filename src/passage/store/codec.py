"""Article layers to JSON and back, so what a stage found is kept beside the events it led to."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from typing import Any

from passage.record import Article


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


def layers_json(article: Article) -> str:
    layers = {
        "sentences": [asdict(s) for s in article.sentences],
        "entities": [asdict(e) for e in article.entities],
        "times": [asdict(t) for t in article.times],
        "places": [asdict(p) for p in article.places],
        "actors": [asdict(a) for a in article.actors],
    }
    return json.dumps(layers, ensure_ascii=False, default=_default)


def event_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=_default)
