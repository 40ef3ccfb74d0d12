"""Scorer for the time stage: French TimeBank TIMEX3 and dateparser's French/Arabic cases."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from passage.eval import Figure
from passage.record import Interval, TimeMention
from passage.stages.time import extract

STAGE = "time"
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def timex_value(iv: Interval) -> str:
    """The TIMEX3 `value` an interval stands for, at its precision."""
    if iv.precision == "day":
        return iv.start.isoformat()
    if iv.precision == "week":
        year, week, _ = iv.start.isocalendar()
        return f"{year}-W{week:02d}"
    if iv.precision == "month":
        return f"{iv.start.year:04d}-{iv.start.month:02d}"
    if iv.end.year - iv.start.year >= 30:  # a century, or part of one: "le XIXe siècle" -> 18XX
        return f"{iv.start.year // 100:02d}XX"
    if iv.end.year - iv.start.year >= 3:  # a decade, or part of one: "les années 60" -> 196X
        return f"{iv.start.year // 10:03d}X"
    return f"{iv.start.year:04d}"


def _read(path: Path, limit: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def _f1(tp: int, n_sys: int, n_gold: int) -> float | None:
    if not n_sys and not n_gold:
        return None
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _overlapping(g: dict, mentions: list[TimeMention]) -> TimeMention | None:
    hits = [m for m in mentions if m.start < g["end"] and g["start"] < m.end]
    return max(hits, key=lambda m: min(m.end, g["end"]) - max(m.start, g["start"]), default=None)


@dataclass
class _Tally:
    gold: int = 0
    system: int = 0
    strict: int = 0
    overlap: int = 0
    date_gold: int = 0
    date_exact: int = 0
    day_gold: int = 0
    day_exact: int = 0
    durations: int = 0
    durations_as_dates: int = 0


def score_timebank(path: Path, limit: int | None) -> _Tally:
    t = _Tally()
    for doc in _read(path, limit):
        dct = date.fromisoformat(doc["dct"][:10])
        mentions = extract(doc["text"], dct, "fr")
        t.gold += len(doc["timex"])
        t.system += len(mentions)
        spans = {(m.start, m.end) for m in mentions}
        t.strict += sum((g["start"], g["end"]) in spans for g in doc["timex"])
        used: set[int] = set()
        for g in doc["timex"]:
            m = _overlapping(g, [m for m in mentions if id(m) not in used])
            if m is not None:
                used.add(id(m))
                t.overlap += 1
            if g["type"] == "DURATION":
                t.durations += 1
                hit = _overlapping(g, mentions)
                t.durations_as_dates += bool(hit and hit.kind == "date" and hit.value)
            if g["type"] != "DATE":
                continue
            hit = _overlapping(g, mentions)
            got = timex_value(hit.value) if hit and hit.value else None
            t.date_gold += 1
            t.date_exact += got == g["value"]
            if DAY_VALUE.match(g["value"]):
                t.day_gold += 1
                t.day_exact += got == g["value"]
    return t


def _timebank_figures(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    path = data_dir / "fr_timebank" / f"{split}.jsonl"
    if not path.exists():
        return
    t = score_timebank(path, limit)
    name = f"fr_timebank/{split}"
    yield Figure(STAGE, name, "span_f1_strict", _f1(t.strict, t.system, t.gold), t.gold)
    yield Figure(STAGE, name, "span_f1_overlap", _f1(t.overlap, t.system, t.gold), t.gold)
    yield Figure(
        STAGE,
        name,
        "date_value_exact",
        t.date_exact / t.date_gold if t.date_gold else None,
        t.date_gold,
    )
    yield Figure(
        STAGE,
        name,
        "day_value_exact",
        t.day_exact / t.day_gold if t.day_gold else None,
        t.day_gold,
    )
    yield Figure(STAGE, name, "durations_as_dates", float(t.durations_as_dates), t.durations)


def _best(mentions: list[TimeMention]) -> TimeMention | None:
    dated = [m for m in mentions if m.kind == "date" and m.value is not None]
    return max(dated, key=lambda m: (m.end - m.start, -m.start), default=None)


def dateparser_case(case: dict) -> tuple[bool, list[tuple[str, str | None]]]:
    """(exact, what we found) for one dateparser case; only the date part is compared,
    since Passage keeps dates, not clock times."""
    base = datetime.fromisoformat(case.get("base") or "2000-01-01T00:00:00").date()
    mentions = extract(case["text"], base, case["lang"])
    if case["task"] == "search":
        found = [
            (m.text, m.value.start.isoformat() if m.value else None)
            for m in mentions
            if m.kind == "date"
        ]
        wanted = [(s, d[:10]) for s, d in case["expected"]]
        return found == wanted, found
    best = _best(mentions)
    got = best.value.start.isoformat() if best else None
    return got == case["expected"][:10], [(best.text if best else "", got)]


def _dateparser_figures(data_dir: Path, limit: int | None) -> Iterator[Figure]:
    for lang in ("fr", "ar"):
        path = data_dir / "dateparser_cases" / f"{lang}.jsonl"
        if not path.exists():
            continue
        cases = _read(path, limit)
        groups: dict[str, list[bool]] = {"all": [], "absolute": [], "relative": [], "search": []}
        for case in cases:
            ok, _found = dateparser_case(case)
            group = (
                "search"
                if case["task"] == "search"
                else ("relative" if "offset" in case else "absolute")
            )
            groups[group].append(ok)
            groups["all"].append(ok)
        for group, oks in groups.items():
            if oks:
                yield Figure(
                    STAGE,
                    f"dateparser_cases/{lang}",
                    f"exact_{group}",
                    sum(oks) / len(oks),
                    len(oks),
                )


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Figures for the time stage on `split` of the TimeBank, and on the dateparser cases."""
    yield from _timebank_figures(Path(data_dir), split, limit)
    yield from _dateparser_figures(Path(data_dir), limit)
