"""The time benchmark: Passage and dateparser measured on the same texts in one run."""

from __future__ import annotations

import json
from pathlib import Path

from passage.bench import Measure
from passage.bench import time as time_bench


def _data_dir(tmp_path: Path) -> Path:
    (tmp_path / "fr_timebank").mkdir()
    doc = {
        "dct": "1999-05-18",
        "text": "Le village fera la fête dimanche, le 23 mai 1999.",
        "timex": [],
    }
    (tmp_path / "fr_timebank" / "dev.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    (tmp_path / "news").mkdir()
    article = {"language": "en", "published": None, "text": "The road closed on July 11, 2023."}
    (tmp_path / "news" / "articles.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    return tmp_path


def test_both_subjects_are_measured_on_the_same_texts(tmp_path: Path) -> None:
    measures = list(time_bench.measure(_data_dir(tmp_path), repeat=2))
    assert all(isinstance(m, Measure) and m.bench == "time" for m in measures)
    by_key = {(m.subject, m.metric): m for m in measures}
    assert set(by_key) == {
        ("passage", "expressions/s"),
        ("passage", "MB/s"),
        (time_bench.BASELINE, "expressions/s"),
        (time_bench.BASELINE, "MB/s"),
        ("hostile datelines: passage.infer_publication", "MB/s"),
        ("hostile datelines: re.search", "MB/s"),
        ("hostile expressions: passage.extract", "MB/s"),
        ("hostile expressions: re.findall", "MB/s"),
    }
    assert by_key[("passage", "MB/s")].n == by_key[(time_bench.BASELINE, "MB/s")].n == 2
    assert by_key[("passage", "expressions/s")].n == 3  # dimanche, 23 mai 1999, July 11, 2023
    assert all(m.value > 0 for m in measures)
    assert by_key[("hostile datelines: re.search", "MB/s")].n == len(time_bench.HOSTILE)


def test_missing_data_measures_nothing(tmp_path: Path) -> None:
    assert list(time_bench.measure(tmp_path, repeat=1)) == []
