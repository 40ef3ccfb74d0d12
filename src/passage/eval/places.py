"""Scorer for the places stage: toponym resolution and recognition on the geoparsing gold."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator
from pathlib import Path

from passage.eval import Figure
from passage.record import Article
from passage.stages.places.resolver import haversine_km
from passage.stages.places.stage import annotate, resolve_spans

STAGE = "places"
ACC_KM = 161.0  # the customary 100-mile threshold of geoparsing evaluation


def _documents(data_dir: Path, split: str, limit: int | None) -> Iterator[tuple[str, dict]]:
    """(dataset name, document) pairs: the split's file, then the regional subset's share of it."""
    base = data_dir / "geoparsing"
    sources = [(f"geoparsing/{split}", base / f"{split}.jsonl", None)]
    if (base / "syria_iraq.jsonl").exists():
        sources.append(("geoparsing/syria_iraq", base / "syria_iraq.jsonl", split))
    for name, path, only_split in sources:
        if not path.exists():
            continue
        n = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if limit is not None and n >= limit:
                    break
                doc = json.loads(line)
                if only_split and doc.get("split") != only_split:
                    continue
                n += 1
                yield name, doc


def _figures(name: str, errors: list[float | None], exact: list[bool], spans: dict) -> list[Figure]:
    located = [e for e in errors if e is not None]
    n = len(errors)
    tp, n_pred, n_gold = spans["tp"], spans["pred"], spans["gold"]
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f1 = 2 * p * r / (p + r) if p and r else None
    acc = sum(e <= ACC_KM for e in located) / n if n else None
    exact_share = sum(exact) / len(exact) if exact else None
    median = statistics.median(located) if located else None
    return [
        Figure(STAGE, name, "resolution_acc@161km", acc, n),
        Figure(STAGE, name, "resolution_geonames_exact", exact_share, len(exact)),
        Figure(STAGE, name, "resolution_median_error_km", median, len(located)),
        Figure(STAGE, name, "resolution_coverage", len(located) / n if n else None, n),
        Figure(STAGE, name, "recognition_precision", p, n_pred),
        Figure(STAGE, name, "recognition_recall", r, n_gold),
        Figure(STAGE, name, "recognition_f1", f1, n_gold),
    ]


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Resolution from the gold spans (acc@161 km, GeoNames id match, median error) and span
    recognition P/R/F1 from the raw text, per dataset."""
    current: str | None = None
    errors: list[float | None] = []
    exact: list[bool] = []
    spans = {"tp": 0, "pred": 0, "gold": 0}
    for name, doc in _documents(Path(data_dir), split, limit):
        if name != current:
            if current is not None:
                yield from _figures(current, errors, exact, spans)
            current, errors, exact, spans = name, [], [], {"tp": 0, "pred": 0, "gold": 0}
        text = doc["text"]
        gold = doc.get("toponyms", [])
        located = [t for t in gold if t.get("lat") is not None and t.get("lon") is not None]
        resolved = resolve_spans(text, [(t["start"], t["end"]) for t in located])
        for t, m in zip(located, resolved, strict=True):
            if m is None or m.lat is None:
                errors.append(None)
            else:
                errors.append(haversine_km((t["lat"], t["lon"]), (m.lat, m.lon)))
            if t.get("geonames_id"):
                exact.append(m is not None and m.gazetteer_id == f"geonames:{t['geonames_id']}")
        predicted = {(m.start, m.end) for m in annotate(Article(text=text, language="en")).places}
        wanted = {(t["start"], t["end"]) for t in gold}
        spans["tp"] += len(predicted & wanted)
        spans["pred"] += len(predicted)
        spans["gold"] += len(wanted)
    if current is not None:
        yield from _figures(current, errors, exact, spans)
