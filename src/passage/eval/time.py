"""Scorer for the time stage: French TimeBank TIMEX3, dateparser's French/Arabic cases and
the project's own gold on the shared news articles (fr, en, ar)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from passage.eval import Figure
from passage.record import Interval, TimeMention
from passage.stages.language import nlp_for
from passage.stages.time import extract, stretches

STAGE = "time"
# Hand-made gold on the shared news articles: offsets only, the texts stay in shared/eval/news.
NEWS_GOLD = Path(__file__).parent / "gold" / "time_news.jsonl"
# Hand-written expressions, each alone with its publication date: the shape of the held-out
# lists the stage is measured on (`passage time TEXT --published D`).
PHRASES_GOLD = Path(__file__).parent / "gold" / "time_phrases.jsonl"
DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# TIMEX3's seasons, quarters and halves, by their first and last month
# (as calendar.year_part_interval writes them)
SEASONS = {
    (3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI",
    (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2",
}  # fmt: skip


def timex_value(iv: Interval) -> str:
    """The TIMEX3 `value` an interval stands for, at its precision."""
    season = SEASONS.get((iv.start.month, iv.end.month))
    if iv.precision == "year" and iv.start.day == 1 and season:
        return f"{iv.start.year:04d}-{season}"
    if iv.precision == "day":
        return iv.start.isoformat()
    if iv.precision == "week":
        year, week, _ = iv.start.isocalendar()
        weekend = iv.start.weekday() == 5 and (iv.end - iv.start).days == 1
        return f"{year}-W{week:02d}" + ("-WE" if weekend else "")
    if iv.precision == "month":
        return f"{iv.start.year:04d}-{iv.start.month:02d}"
    if iv.end.year - iv.start.year >= 30:  # a century, or part of one: "le XIXe siècle" -> 18XX
        return f"{iv.start.year // 100:02d}XX"
    if iv.end.year - iv.start.year >= 3:  # a decade, or part of one: "les années 60" -> 196X
        return f"{iv.start.year // 10:03d}X"
    return f"{iv.start.year:04d}"


def _parse(text: str, lang: str) -> Any:
    """The language stage's parse of `text`, so that the scorer measures what the pipeline
    does; None where the language's pipeline cannot be loaded (the time stage then reads
    tenses from word cues, as it does in the pipeline for a language without a model)."""
    try:
        nlp = nlp_for(lang)
    except (OSError, ImportError):  # a model named in the data but not installed
        return None
    return nlp(text)


def _extract(text: str, published: date | None, lang: str) -> list[TimeMention]:
    return extract(text, published, lang, _parse(text, lang))


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
        mentions = _extract(doc["text"], dct, "fr")
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
    yield from _tally_figures(f"fr_timebank/{split}", t)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _tally_figures(name: str, t: _Tally) -> Iterator[Figure]:
    """The figures every tally gives: span F1, date and day value exact, durations as dates."""
    yield Figure(STAGE, name, "span_f1_strict", _f1(t.strict, t.system, t.gold), t.gold)
    yield Figure(STAGE, name, "span_f1_overlap", _f1(t.overlap, t.system, t.gold), t.gold)
    yield Figure(STAGE, name, "date_value_exact", _share(t.date_exact, t.date_gold), t.date_gold)
    yield Figure(STAGE, name, "day_value_exact", _share(t.day_exact, t.day_gold), t.day_gold)
    yield Figure(STAGE, name, "durations_as_dates", float(t.durations_as_dates), t.durations)


def _best(mentions: list[TimeMention]) -> TimeMention | None:
    dated = [m for m in mentions if m.kind == "date" and m.value is not None]
    return max(dated, key=lambda m: (m.end - m.start, -m.start), default=None)


def dateparser_case(case: dict) -> tuple[bool, list[tuple[str, str | None]]]:
    """(exact, what we found) for one dateparser case; only the date part is compared,
    since Passage keeps dates, not clock times."""
    base = datetime.fromisoformat(case.get("base") or "2000-01-01T00:00:00").date()
    mentions = _extract(case["text"], base, case["lang"])
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


@dataclass
class _NewsTally(_Tally):
    kind_right: int = 0
    matched: int = 0
    invented: int = 0  # dates the gold leaves without a value that got one anyway
    unvalued: int = 0


def _value_json(iv: Interval | None) -> dict | None:
    return iv.to_json() if iv is not None else None


def score_news(
    gold_path: Path, articles_path: Path, limit: int | None = None
) -> dict[str, _NewsTally]:
    """Tallies per language ("all" too) of the time stage against the news gold; each article
    is read with the publication date the gold gives (stated or assumed), or with none."""
    articles = {a["id"]: a for a in _read(articles_path, None)}
    by_article: dict[str, list[dict]] = {}
    for g in _read(gold_path, None):
        by_article.setdefault(g["article"], []).append(g)
    tallies: dict[str, _NewsTally] = {"all": _NewsTally()}
    for aid, golds in list(by_article.items())[:limit]:
        article = articles.get(aid)
        if article is None:
            continue
        text = article["text"]
        golds = [g for g in golds if text[g["start"] : g["end"]] == g["text"]]  # stale rows
        pub = date.fromisoformat(golds[0]["published"]) if golds and golds[0]["published"] else None
        mentions = _extract(text, pub, article["language"])
        for t in (tallies["all"], tallies.setdefault(article["language"], _NewsTally())):
            _tally_news(t, golds, mentions)
    return tallies


def _tally_news(t: _NewsTally, golds: list[dict], mentions: list[TimeMention]) -> None:
    t.gold += len(golds)
    t.system += len(mentions)
    spans = {(m.start, m.end) for m in mentions}
    t.strict += sum((g["start"], g["end"]) in spans for g in golds)
    used: set[int] = set()
    for g in golds:
        m = _overlapping(g, [m for m in mentions if id(m) not in used])
        if m is not None:
            used.add(id(m))
            t.overlap += 1
        hit = _overlapping(g, mentions)
        if hit is not None:
            t.matched += 1
            t.kind_right += hit.kind == g["kind"]
        if g["kind"] == "duration":
            t.durations += 1
            t.durations_as_dates += bool(hit and hit.kind == "date" and hit.value)
            continue
        got = _value_json(hit.value) if hit is not None and hit.kind == "date" else None
        if g["value"] is None:
            t.unvalued += 1
            t.invented += got is not None
            continue
        t.date_gold += 1
        t.date_exact += got == g["value"]
        if g["value"]["precision"] == "day":
            t.day_gold += 1
            t.day_exact += got == g["value"]


def _news_figures(limit: int | None, data_dir: Path) -> Iterator[Figure]:
    articles = data_dir / "news" / "articles.jsonl"
    if not (NEWS_GOLD.exists() and articles.exists()):
        return
    for lang, t in score_news(NEWS_GOLD, articles, limit).items():
        name = "time_news" if lang == "all" else f"time_news/{lang}"
        yield from _tally_figures(name, t)
        yield Figure(STAGE, name, "kind_accuracy", _share(t.kind_right, t.matched), t.matched)
        yield Figure(STAGE, name, "values_invented", float(t.invented), t.unvalued)


def phrase_case(row: dict) -> tuple[bool, dict | None]:
    """(right, value found) for one row of the phrase list, read as the CLI reads it (no
    parse): a date row is right when its best date has the gold value; a duration or a
    non-date is right when no date value comes out of it."""
    pub = date.fromisoformat(row["published"]) if row["published"] else None
    mentions = stretches(row["text"], extract(row["text"], pub, row["lang"]), row["lang"])
    if row["kind"] == "date":
        best = _best(mentions)
        got = best.value.to_json() if best is not None and best.value is not None else None
        return got == row["value"], got
    dated = [m for m in mentions if m.kind == "date" and m.value is not None]
    got = dated[0].value.to_json() if dated and dated[0].value is not None else None
    return got is None, got


@dataclass
class _PhraseTally:
    rows: int = 0
    right: int = 0
    day_rows: int = 0
    day_right: int = 0
    unvalued: int = 0
    invented: int = 0


def score_phrases(path: Path, limit: int | None = None) -> dict[str, _PhraseTally]:
    """Tallies per language ("all" too) of the phrase list."""
    tallies: dict[str, _PhraseTally] = {"all": _PhraseTally()}
    for row in _read(path, limit):
        ok, got = phrase_case(row)
        for t in (tallies["all"], tallies.setdefault(row["lang"], _PhraseTally())):
            t.rows += 1
            t.right += ok
            if row["kind"] != "date":
                t.unvalued += 1
                t.invented += got is not None
            elif row["value"]["precision"] == "day":
                t.day_rows += 1
                t.day_right += ok
    return tallies


def _phrase_figures(limit: int | None) -> Iterator[Figure]:
    if not PHRASES_GOLD.exists():
        return
    for lang, t in score_phrases(PHRASES_GOLD, limit).items():
        name = "time_phrases" if lang == "all" else f"time_phrases/{lang}"
        yield Figure(STAGE, name, "exact_all", _share(t.right, t.rows), t.rows)
        yield Figure(STAGE, name, "exact_day", _share(t.day_right, t.day_rows), t.day_rows)
        yield Figure(STAGE, name, "values_invented", float(t.invented), t.unvalued)


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Figures for the time stage on `split` of the TimeBank, on the dateparser cases and on
    the news gold (which has no split: it is the project's own held-out check)."""
    yield from _timebank_figures(Path(data_dir), split, limit)
    yield from _dateparser_figures(Path(data_dir), limit)
    yield from _news_figures(limit, Path(data_dir))
    yield from _phrase_figures(limit)
