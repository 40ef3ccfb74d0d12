"""Throughput of the time stage beside dateparser's search_dates, on the same texts, in one run."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from passage.bench import Measure
from passage.stages.time import extract, infer_publication

BENCH = "time"
BASELINE = "dateparser.search_dates"

# Inputs that could make a dateline search slow: a dateline after pages of blank lines or of one
# long line, and a head of endless "TOWN, " that looks like the start of a dateline.
HOSTILE = (
    "\n" * 200_000 + "AMMAN, May 15, 2024",
    "x" * 1_000_000 + "\nAMMAN, May 15, 2024",
    "Titre\n" + "DEIR, " * 50_000 + "15 mai 2024",
)

# Repetitive text without punctuation, where a grammar that looks back to the start of the text
# for each expression (its tense, a range's other end) would take quadratic time.
HOSTILE_EXPRESSIONS = (
    "Le passage a rouvert dimanche, il y a deux jours, en novembre 2017. " * 3000,
    "Pâques " * 4000,
    "le mercredi " * 4000,
    "XIX" * 3000 + "e siècle",
    "du 3 au " * 5000 + "5 mai",
    "3 et " * 5000 + "4 mai",
    "May 3-" * 5000 + "5",
    "fin de " * 5000 + "l'année",
    "l'été " * 3000,
    "il y a quelques " * 5000 + "jours",
    "une guerre de " * 5000 + "8 ans",
)


@dataclass(frozen=True)
class Text:
    """One benchmark input: a text, its language and its publication date (when known)."""

    text: str
    lang: str
    published: date | None


def _jsonl(path: Path) -> Iterator[dict]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def texts(data_dir: Path) -> list[Text]:
    """French TimeBank dev and test texts, then the news articles (fr, en, ar)."""
    found: list[Text] = []
    for split in ("dev", "test"):
        for doc in _jsonl(data_dir / "fr_timebank" / f"{split}.jsonl"):
            found.append(Text(doc["text"], "fr", _date(doc.get("dct"))))
    for article in _jsonl(data_dir / "news" / "articles.jsonl"):
        text = article.get("text") or ""
        if text:
            found.append(
                Text(text, article.get("language") or "fr", _date(article.get("published")))
            )
    return found


def _passage(t: Text) -> int:
    return len(extract(t.text, t.published, t.lang))


def _dateparser() -> Callable[[Text], int] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def run(t: Text) -> int:
        settings = {}
        if t.published is not None:
            base = datetime(t.published.year, t.published.month, t.published.day)
            settings["RELATIVE_BASE"] = base
        found = search_dates(t.text, languages=[t.lang], settings=settings)
        return len(found or [])

    return run


def _timed(run: Callable[[Text], int], corpus: list[Text], repeat: int) -> tuple[float, int]:
    """(best seconds over `repeat` passes, expressions found in one pass)."""
    for t in corpus[:3]:
        run(t)  # warm-up: grammars compiled, language data loaded
    best, found = float("inf"), 0
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        found = sum(run(t) for t in corpus)
        best = min(best, time.perf_counter() - started)
    return max(best, 1e-9), found


def measure(data_dir: Path, repeat: int) -> Iterator[Measure]:
    """expressions/s and MB/s for Passage's `extract` and for dateparser on the same texts."""
    corpus = texts(Path(data_dir))
    if not corpus:
        return
    megabytes = sum(len(t.text.encode("utf-8")) for t in corpus) / 1e6
    subjects: list[tuple[str, Callable[[Text], int]]] = [("passage", _passage)]
    baseline = _dateparser()
    if baseline is not None:
        subjects.append((BASELINE, baseline))
    for subject, run in subjects:
        seconds, found = _timed(run, corpus, repeat)
        yield Measure(BENCH, subject, "expressions/s", found / seconds, found)
        yield Measure(BENCH, subject, "MB/s", megabytes / seconds, len(corpus))
    yield from _hostile(repeat)


def _hostile(repeat: int) -> Iterator[Measure]:
    """MB/s of publication-date inference and of expression extraction on hostile inputs,
    beside a plain regular-expression scan of the same text (the least any search must do)."""
    import re

    plain = re.compile(r"[A-Z]{3,}, \w+ \d{1,2}, \d{4}|\d{1,2} \w+ \d{4}")
    today = date(2026, 1, 1)
    cases: list[tuple[str, tuple[str, ...], Callable[[str], object]]] = [
        (
            "datelines: passage.infer_publication",
            HOSTILE,
            lambda t: infer_publication(t, "fr", today),
        ),
        ("datelines: re.search", HOSTILE, plain.search),
        ("expressions: passage.extract", HOSTILE_EXPRESSIONS, lambda t: extract(t, today, "fr")),
        ("expressions: re.findall", HOSTILE_EXPRESSIONS, plain.findall),
    ]
    for subject, inputs, run in cases:
        megabytes = sum(len(t.encode("utf-8")) for t in inputs) / 1e6
        best = float("inf")
        for _ in range(max(1, repeat)):
            started = time.perf_counter()
            for t in inputs:
                run(t)
            best = min(best, time.perf_counter() - started)
        yield Measure(BENCH, f"hostile {subject}", "MB/s", megabytes / best, len(inputs))
