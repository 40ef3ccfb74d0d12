"""End to end: `passage` on the canonical article, the real news articles and bad input."""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from passage.record import CLAIM_STATUSES
from passage.serve.cli import main
from tests.paths import EXAMPLE, NEWS, REPO

ALBU_KAMAL = (34.4526, 40.9181)
AL_QAIM = (34.3686, 41.0944)


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = map(lambda p: tuple(map(math.radians, p)), (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def example_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("e2e") / "example.db"
    result = invoke(
        "ingest", str(EXAMPLE), "--db", str(db), "--published", "2019-09-30", "--outlet", "Press TV"
    )
    assert result.exit_code == 0, result.output
    assert "1 stored" in result.output
    return db


@pytest.fixture(scope="module")
def example_events(example_db) -> list[dict]:
    out = invoke("events", "--db", str(example_db), "--format", "json")
    assert out.exit_code == 0
    return json.loads(out.output)


def test_reopening_of_the_crossing_on_30_september(example_events):
    reopenings = [
        e
        for e in example_events
        if e["access"]
        and e["access"]["effect"] == "open"
        and e["date"]
        and e["date"]["start"] == "2019-09-30"
    ]
    assert reopenings, [(e["subtype"], e["date"], e["access"]) for e in example_events]
    event = reopenings[0]
    assert event["place"] is not None
    where = (event["place"]["lat"], event["place"]["lon"])
    assert min(km(where, ALBU_KAMAL), km(where, AL_QAIM)) < 25, event["place"]
    assert event["claims"][0]["chain"][0] == "Press TV"


def test_sunday_attack_near_hamimah_is_dated_29_september(example_events):
    attacks = [
        e
        for e in example_events
        if e["type"] == "Battles"
        and e["date"]
        and e["date"]["start"] == e["date"]["end"] == "2019-09-29"
    ]
    assert attacks, [(e["type"], e["date"]) for e in example_events]
    actors = {a["name"] for e in attacks for a in e["actors"]}
    assert "Islamic State" in actors


def test_every_event_carries_claims_from_the_outlet(example_events):
    assert len(example_events) >= 5
    for event in example_events:
        assert event["claims"], event
        for claim in event["claims"]:
            assert claim["chain"][0] == "Press TV"
            assert claim["status"] in CLAIM_STATUSES
            ev = claim["evidence"]
            assert ev["end"] > ev["start"]
    keys = {
        "id",
        "type",
        "subtype",
        "access",
        "date",
        "place",
        "actors",
        "fatalities",
        "claims",
        "sources",
    }
    assert keys <= set(example_events[0])


def test_event_ids_are_stable_across_runs(example_events, tmp_path):
    db = tmp_path / "again.db"
    invoke(
        "ingest", str(EXAMPLE), "--db", str(db), "--published", "2019-09-30", "--outlet", "Press TV"
    )
    again = json.loads(invoke("events", "--db", str(db), "--format", "json").output)
    assert [e["id"] for e in again] == [e["id"] for e in example_events]


def test_real_news_articles_all_ingest_and_most_french_ones_have_events(tmp_path):
    db = tmp_path / "news.db"
    result = invoke("ingest", str(NEWS), "--db", str(db))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in NEWS.read_text(encoding="utf-8").splitlines() if line]
    assert f"{len(lines)} stored" in result.output
    rows = json.loads(invoke("articles", "--db", str(db), "--format", "json").output)
    assert len(rows) == len(lines)
    french = [r for r in rows if r["language"] == "fr"]
    assert len(french) == sum(1 for line in lines if line["language"] == "fr")
    with_events = [r for r in french if r["events"] > 0]
    assert len(with_events) >= 0.75 * len(french), [(r["title"], r["events"]) for r in french]
    # Ingesting again stores nothing new.
    again = invoke("ingest", str(NEWS), "--db", str(db))
    assert f"{len(lines)} skipped as duplicates" in again.output
    assert len(json.loads(invoke("articles", "--db", str(db), "--format", "json").output)) == len(
        rows
    )


def test_bad_inputs_are_named_and_the_batch_goes_on(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(EXAMPLE, batch / "good.txt")
    (batch / "empty.txt").write_text("")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (batch / "latin1-broken.txt").write_bytes("déjà vu ".encode() + b"\xe9\xff")
    with (batch / "huge.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (batch / "lines.jsonl").write_text('{"text": "Une attaque a visé Homs lundi."}\n{oops\n')
    (batch / "nobody.html").write_text("<html><head><title>vide</title></head></html>")
    db = tmp_path / "bad.db"
    result = CliRunner().invoke(main, ["ingest", str(batch), "--db", str(db)])
    assert result.exit_code == 1
    out = result.output
    for name, problem in [
        ("empty.txt", "empty"),
        ("binary.txt", "binary"),
        ("latin1-broken.txt", "invalid UTF-8"),
        ("huge.txt", "too large"),
        ("lines.jsonl:2", "malformed JSON"),
        ("nobody.html", "no main text"),
    ]:
        matching = [line for line in out.splitlines() if name in line]
        assert len(matching) == 1 and problem in matching[0], (name, out)
    assert "2 stored" in out and "6 failed" in out
    rows = json.loads(invoke("articles", "--db", str(db), "--format", "json").output)
    assert sorted(Path(r["source"]).name for r in rows) == ["good.txt", "lines.jsonl:1"]


def test_installed_command_exit_statuses(tmp_path):
    exe = Path(sys.executable).with_name("passage")
    assert exe.exists(), "the passage command is installed beside the interpreter"
    usage = subprocess.run([exe, "ingest"], capture_output=True, text=True)
    assert usage.returncode == 2
    missing = subprocess.run(
        [exe, "ingest", str(tmp_path / "nothing.txt"), "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert missing.returncode == 1
    assert "nothing.txt: no such file or directory" in missing.stderr + missing.stdout


def test_eval_harness_runs_on_a_small_dev_slice():
    result = invoke("eval", "all", "--split", "dev", "--limit", "2", "--format", "json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    stages = {f["stage"] for f in figures}
    assert {"places", "time"} <= stages
    assert all(f["value"] is None or f["value"] >= 0 or f["metric"].endswith("km") for f in figures)


def test_table_csv_and_jsonl_views(example_db, example_events):
    table = invoke("events", "--db", str(example_db)).output.splitlines()
    assert len(table) == len(example_events)
    assert any("2019-09-30" in line and "Press TV" in line for line in table)
    rows = invoke("events", "--db", str(example_db), "--format", "csv").output.splitlines()
    assert rows[0].startswith("id,date_start,date_end")
    assert len(rows) == len(example_events) + 1
    jsonl = invoke("events", "--db", str(example_db), "--format", "jsonl").output.splitlines()
    assert [json.loads(line)["id"] for line in jsonl] == [e["id"] for e in example_events]


def test_filters_by_date_type_and_distance(example_db, example_events):
    def ids(*args: str) -> set[str]:
        out = invoke("events", "--db", str(example_db), "--format", "json", *args).output
        return {e["id"] for e in json.loads(out)}

    recent = ids("--since", "2019-09-01")
    assert recent and all(
        e["date"]["end"] >= "2019-09-01" for e in example_events if e["id"] in recent
    )
    battles = ids("--type", "Battles")
    assert battles and all(e["type"] == "Battles" for e in example_events if e["id"] in battles)
    near = ids("--near", "Abou Kamal", "--km", "30")
    assert near
    for e in example_events:
        if e["id"] in near:
            assert km((e["place"]["lat"], e["place"]["lon"]), ALBU_KAMAL) <= 30
    far = ids("--near", "Tunis", "--km", "30")
    assert far == set()
    bad = CliRunner().invoke(main, ["events", "--db", str(example_db), "--since", "30/09/2019"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_bench_prints_passage_beside_its_baseline():
    result = invoke("bench", "pipeline", "--repeat", "1")
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()[1:]]
    subjects = {row[1] for row in rows}
    assert {"spacy", "passage"} <= subjects
    assert all(float(row[-2]) > 0 for row in rows)
    unknown = CliRunner().invoke(main, ["bench", "nonsense"])
    assert unknown.exit_code == 2 and "unknown benchmark" in unknown.output
