"""Whole-chain throughput on the real news articles, beside bare spaCy on the same texts."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

from passage.bench import Measure

# The long sentence of the benchmark: the "sentences of 5,000 words"; it is also timed
# at a quarter of that, so the two show how its cost grows with its length.
LONG_WORDS = 5_000


def _articles(data_dir: Path) -> list[dict]:
    path = data_dir / "news" / "articles.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _best(repeat: int, work) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - t0)
    return best


def measure(data_dir: Path, repeat: int) -> Iterator[Measure]:
    from passage import pipeline
    from passage.record import Article
    from passage.stages.language import nlp_for

    items = [a for a in _articles(data_dir) if a["language"] == "fr"]
    texts = [a["text"] for a in items]
    kilobytes = sum(len(t.encode("utf-8")) for t in texts) / 1e3
    nlp = nlp_for("fr")
    # Warm both up so that model loading and index building are not timed.
    pipeline.run(Article(text=texts[0], language="fr"))

    def bare_spacy() -> None:
        for text in texts:
            nlp(text)

    def passage_chain() -> None:
        for item in items:
            pipeline.run(Article(text=item["text"], language="fr", outlet=item["outlet"]))

    for subject, work in (
        ("spacy fr_core_news_md", bare_spacy),
        ("passage pipeline", passage_chain),
    ):
        seconds = _best(repeat, work)
        yield Measure("pipeline", subject, "articles/s", len(texts) / seconds, len(texts))
        yield Measure("pipeline", subject, "kB/s", kilobytes / seconds, len(texts))
    yield from _one_long_sentence(texts, repeat)


def run_together(texts: list[str], words: int) -> str:
    """The news run together into one sentence of about `words` words (full stops made
    commas): a text pasted without its punctuation, where every event shares one clause.
    Work that grows with events times words shows here, not on ordinary articles."""
    out: list[str] = []
    for text in texts:
        for w in text.replace(".", ",").split():
            out.append(w)
            if len(out) >= words:
                return " ".join(out) + "."
    return " ".join(out) + "."


def _one_long_sentence(texts: list[str], repeat: int) -> Iterator[Measure]:
    from passage import pipeline
    from passage.record import Article
    from passage.stages.language import nlp_for

    nlp = nlp_for("fr")
    for words in (LONG_WORDS // 4, LONG_WORDS):
        text = run_together(texts, words)
        for subject, work in (
            ("spacy fr_core_news_md", lambda text=text: nlp(text)),
            ("passage pipeline", lambda text=text: pipeline.run(Article(text=text, language="fr"))),
        ):
            seconds = _best(repeat, work)
            yield Measure("pipeline", subject, f"s/{words}w-sentence", seconds, 1)
