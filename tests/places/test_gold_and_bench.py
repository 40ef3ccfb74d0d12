"""The French/Arabic dev gold's integrity, its scorer section, and the places benchmark.

These check that the gold still points at the shared texts and that the scorer and the
benchmark report what they say; they assert no quality figure (the gold is for measuring, not
for tuning tests against)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from passage.bench import Measure
from passage.bench import places as bench
from passage.eval.places import FR_AR_GOLD, _gold_texts, load_fr_ar_gold, score_fr_ar

FIELDS = {"article", "language", "start", "end", "text", "lat", "lon", "kind", "id"}


def test_gold_rows_are_complete_and_point_at_the_shared_texts(shared_dir) -> None:
    gold = load_fr_ar_gold()
    assert {r["language"] for rows in gold.values() for r in rows} == {"fr", "ar"}
    assert "examples/abou-kamal-qaem-reouverture.fr.txt" in gold
    texts = _gold_texts(shared_dir / "eval", set(gold))
    assert set(texts) == set(gold), "a gold article is missing from shared/"
    for art, rows in gold.items():
        ends = [0]
        for r in sorted(rows, key=lambda r: r["start"]):
            assert set(r) == FIELDS, r
            assert texts[art][r["start"] : r["end"]] == r["text"], (art, r)
            assert r["start"] >= ends[-1], f"{art}: overlapping spans at {r['start']}"
            assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
            ends.append(r["end"])


def test_gold_holds_offsets_not_texts() -> None:
    longest = max(len(json.loads(line)["text"]) for line in FR_AR_GOLD.open(encoding="utf-8"))
    assert longest < 40


def test_scorer_section_reports_each_group(shared_dir, index) -> None:
    figures = list(score_fr_ar(shared_dir / "eval"))
    by = {(f.dataset, f.metric): f for f in figures}
    n_gold = sum(len(rows) for rows in load_fr_ar_gold().values())
    assert by[("places_fr_ar", "resolution_acc@161km")].n == n_gold
    for group in ("places_fr_ar/fr", "places_fr_ar/ar", "places_fr_ar/example"):
        for metric in ("recognition_recall", "recognition_precision", "resolution_acc@161km"):
            f = by[(group, metric)]
            assert f.value is None or 0.0 <= f.value <= 1.0


def test_scorer_refuses_a_gold_whose_spans_moved(shared_dir, tmp_path, index) -> None:
    row = json.loads(FR_AR_GOLD.read_text(encoding="utf-8").splitlines()[0])
    row["start"] += 1
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="moved"):
        list(score_fr_ar(shared_dir / "eval", bad))


def test_benchmark_measures_passage_beside_the_baseline(tmp_path, monkeypatch, index) -> None:
    data = tmp_path / "eval"
    (data / "geoparsing").mkdir(parents=True)
    doc = {"text": "Paris and Damascus", "toponyms": [{"text": "Paris"}, {"text": "Damascus"}]}
    (data / "geoparsing" / "dev.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    built: list[Path] = []
    # the real build takes ~30 s: the benchmark's own plumbing is what is tested here
    monkeypatch.setattr("passage.stages.places.gazetteer.build", built.append)
    monkeypatch.setenv("PASSAGE_CACHE_DIR", str(tmp_path / "mine"))
    out = list(bench.measure(data, 1))
    assert all(isinstance(m, Measure) for m in out)
    assert built and built[0].parent != tmp_path / "mine"  # built in a temporary folder
    assert built[0].parent.name.startswith("passage-bench-")
    assert os.environ["PASSAGE_CACHE_DIR"] == str(tmp_path / "mine")  # restored
    subjects = {(m.subject, m.metric) for m in out}
    assert ("passage", "build s") in subjects
    assert ("passage", "lookups/s") in subjects and (bench.BASELINE, "lookups/s") in subjects
    found = {m.subject: m.value for m in out if m.metric == "names with a reading"}
    assert found["passage"] == 1.0 and found[bench.BASELINE] == 1.0
