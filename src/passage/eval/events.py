"""Events scorer: ACLED type and sub-event type of CASE 2021 Task 2 snippets (English)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from passage import data
from passage.eval import Figure
from passage.record import Article, Event
from passage.stages import actors, events, language

STAGE = "events"
NONE = "(none)"


def specificity() -> list[str]:
    """ACLED sub-event types from the most to the least specific (data/acled.json): when a
    snippet tells several events, the most specific names it."""
    raw = json.loads((data.DATA_DIR / "acled.json").read_text(encoding="utf-8"))
    return list(raw.get("specificity", []))


def primary(found: Iterable[Event], order: list[str]) -> str:
    """The sub-event type that names a snippet: the most specific asserted event's."""
    subtypes = [e.subtype for e in found if not e.negated]
    if not subtypes:
        return NONE
    rank = {s: i for i, s in enumerate(order)}
    return min(subtypes, key=lambda s: (rank.get(s, len(rank)), subtypes.index(s)))


def classify(text: str, lang: str = "en") -> str:
    article = language.annotate(Article(text=text, language=lang))
    actors.annotate(article)
    events.annotate(article)
    return primary(article.events, specificity())


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Mean F1 over the gold labels (a missed prediction counts against recall)."""
    labels = sorted(set(gold))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
        else:
            fn[g] += 1
            fp[p] += 1
    scores = []
    for label in labels:
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Type and sub-event type macro-F1 and accuracy on the snippets with an ACLED label."""
    path = Path(data_dir) / "event_types" / f"case2021_{split}.jsonl"
    dataset = f"case2021_{split}"
    if not path.exists():
        yield Figure(STAGE, dataset, "subtype_macro_f1", None, 0)
        return
    types = events.acled_types()
    order = specificity()
    gold: list[str] = []
    pred: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            label = item.get("acled_sub_event_type")
            if label not in types:
                continue  # unseen types of the shared task: no ACLED label to score
            article = language.annotate(Article(text=item["text"], language="en"))
            actors.annotate(article)
            events.annotate(article)
            gold.append(label)
            pred.append(primary(article.events, order))
            if limit is not None and len(gold) >= limit:
                break
    n = len(gold)
    gold_t = [types[g] for g in gold]
    pred_t = [types.get(p, NONE) for p in pred]
    yield Figure(STAGE, dataset, "subtype_macro_f1", macro_f1(gold, pred), n)
    yield Figure(STAGE, dataset, "subtype_accuracy", _accuracy(gold, pred), n)
    yield Figure(STAGE, dataset, "type_macro_f1", macro_f1(gold_t, pred_t), n)
    yield Figure(STAGE, dataset, "type_accuracy", _accuracy(gold_t, pred_t), n)
    yield Figure(STAGE, dataset, "coverage", sum(p != NONE for p in pred) / n if n else None, n)


def _accuracy(gold: list[str], pred: list[str]) -> float | None:
    return sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else None
