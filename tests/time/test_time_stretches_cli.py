"""`passage time` reads a stretch of time ("du 3 au 5 mars", "from Monday to Wednesday") as one
interval, in French and English as in Arabic; the time layer keeps the two ends apart."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from passage.serve.commands.time import time_command
from passage.stages.time import extract


def _rows(text: str, lang: str, published: str = "2023-06-21") -> list[dict]:
    args = [text, "--published", published, "--lang", lang, "--format", "json"]
    result = CliRunner().invoke(time_command, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Le festival se tiendra du 12 au 14 juillet.", "fr", "2023-07-12", "2023-07-14"),
        ("Les pourparlers ont eu lieu entre le 2 et le 4 juin.", "fr", "2023-06-02", "2023-06-04"),
        ("The border stayed shut from May 8 to May 11.", "en", "2023-05-08", "2023-05-11"),
        ("Voting ran between Feb. 20 and Feb. 24.", "en", "2023-02-20", "2023-02-24"),
        ("The strike lasted from 2015 to 2017.", "en", "2015-01-01", "2017-12-31"),
    ],
)
def test_a_stretch_is_one_interval(text: str, lang: str, start: str, end: str) -> None:
    rows = [r for r in _rows(text, lang) if r["kind"] == "date"]
    assert len(rows) == 1, rows
    assert (rows[0]["value"]["start"], rows[0]["value"]["end"]) == (start, end)
    assert text[rows[0]["start"] : rows[0]["end"]] == rows[0]["text"]


def test_two_dates_with_no_opener_stay_two() -> None:
    # "lundi et mardi": two days named, not a stretch running from one to the other
    rows = _rows("Des heurts ont éclaté lundi et mercredi à Bamako.", "fr")
    assert [r["text"] for r in rows if r["kind"] == "date"] == ["lundi", "mercredi"]


def test_the_time_layer_keeps_both_ends_as_timebank_marks_them() -> None:
    found = extract("du 12 au 14 juillet", date(2023, 6, 21), "fr")
    assert [m.text for m in found] == ["12", "14 juillet"]
