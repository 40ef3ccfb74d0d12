"""The `passage time` command and the time scorer, on small inputs."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from passage.eval import Figure
from passage.eval import time as time_eval
from passage.serve.commands.time import time_command


def test_json_output_has_offsets_into_the_text() -> None:
    text = "Le passage a rouvert dimanche, il y a deux jours, après six ans."
    args = [text, "--published", "2019-09-30", "--lang", "fr", "--format", "json"]
    result = CliRunner().invoke(time_command, args)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["text"] for r in rows] == ["dimanche", "il y a deux jours", "six ans"]
    for r in rows:
        assert text[r["start"] : r["end"]] == r["text"]
    assert rows[0]["value"] == {"start": "2019-09-29", "end": "2019-09-29", "precision": "day"}
    assert (rows[2]["kind"], rows[2]["value"]) == ("duration", None)


def test_table_output_and_bad_date() -> None:
    runner = CliRunner()
    ok = runner.invoke(time_command, ["en novembre 2017", "--lang", "fr"])
    assert ok.exit_code == 0 and "2017-11-01..2017-11-30 (month)" in ok.output
    bad = runner.invoke(time_command, ["hier", "--published", "2019-13-45"])
    assert bad.exit_code != 0 and "YYYY-MM-DD" in bad.output


def test_timex_values() -> None:
    from datetime import date

    from passage.record import Interval

    assert (
        time_eval.timex_value(Interval(date(1999, 5, 1), date(1999, 5, 31), "month")) == "1999-05"
    )
    assert (
        time_eval.timex_value(Interval(date(1999, 5, 17), date(1999, 5, 23), "week")) == "1999-W20"
    )
    assert time_eval.timex_value(Interval(date(1999, 1, 1), date(1999, 12, 31), "year")) == "1999"
    assert time_eval.timex_value(Interval(date(1960, 1, 1), date(1969, 12, 31), "year")) == "196X"
    assert (
        time_eval.timex_value(Interval(date(2025, 3, 8), date(2025, 3, 9), "week")) == "2025-W10-WE"
    )
    assert (
        time_eval.timex_value(Interval(date(1999, 9, 1), date(1999, 11, 30), "year")) == "1999-FA"
    )
    assert time_eval.timex_value(Interval(date(2024, 4, 1), date(2024, 6, 30), "year")) == "2024-Q2"
    # "mi-2018" (May to August) is no season
    assert time_eval.timex_value(Interval(date(2018, 5, 1), date(2018, 8, 31), "year")) == "2018"


def test_scorer_on_a_small_slice(shared_dir) -> None:
    data_dir = shared_dir / "eval"
    if not (data_dir / "fr_timebank" / "dev.jsonl").exists():
        pytest.skip("shared eval data not found")
    figures = list(time_eval.score(data_dir, "dev", 5))
    assert all(isinstance(f, Figure) and f.stage == "time" for f in figures)
    by_metric = {(f.dataset, f.metric): f for f in figures}
    assert by_metric[("fr_timebank/dev", "durations_as_dates")].value == 0
    assert by_metric[("fr_timebank/dev", "span_f1_overlap")].value > 0.5
    assert ("dateparser_cases/fr", "exact_all") in by_metric
