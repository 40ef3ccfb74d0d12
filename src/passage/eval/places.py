"""Scorer for the places stage: toponym resolution and recognition on the geoparsing gold, on
the French/Arabic dev gold, and name-by-name lookup on the place-list dev gold."""

from __future__ import annotations

import json
import statistics
from collections.abc import Iterator
from pathlib import Path

from passage.eval import Figure, hit_share
from passage.record import Article
from passage.stages.places.gazetteer import gazetteer
from passage.stages.places.resolver import gazetteer_candidates, haversine_km, lookup
from passage.stages.places.stage import annotate, resolve_spans

STAGE = "places"
ACC_KM = 161.0  # the customary 100-mile threshold of geoparsing evaluation


def _documents(data_dir: Path, split: str, limit: int | None) -> Iterator[tuple[str, dict]]:
    """(dataset name, document) pairs: the split's file, then the regional subset's share of it."""
    base = data_dir / "geoparsing"
    sources = [(f"geoparsing/{split}", base / f"{split}.jsonl", None)]
    if (base / "syria_iraq.jsonl").exists():
        sources.append(("geoparsing/syria_iraq", base / "syria_iraq.jsonl", split))
    for name, path, only_split in sources:
        if not path.exists():
            continue
        n = 0
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if limit is not None and n >= limit:
                    break
                doc = json.loads(line)
                if only_split and doc.get("split") != only_split:
                    continue
                n += 1
                yield name, doc


def reachable(span: str, gold: dict, chosen_km: float | None) -> bool:
    """Whether the packaged gazetteer can place the toponym within 161 km at all: the resolver's
    reading does, or some entry bearing the span's name or the gold's GeoNames id lies there.
    What is not reachable is a name or a point the packages lack (a park, a river; a country's
    point in another convention), which no choice among the readings can mend."""
    if chosen_km is not None and chosen_km <= ACC_KM:
        return True
    point = (gold["lat"], gold["lon"])
    entries = [c for c in gazetteer_candidates(span, fuzzy=False) if c.lat is not None]
    if gold.get("geonames_id"):
        place = gazetteer().by_id(f"geonames:{gold['geonames_id']}")
        if place is not None and place.lat is not None:
            entries.append(place)
    return any(haversine_km(point, (e.lat, e.lon)) <= ACC_KM for e in entries)


def _figures(
    name: str,
    errors: list[float | None],
    exact: list[bool],
    spans: dict,
    reach: tuple[list[bool], list[bool]] = ([], []),
) -> list[Figure]:
    located = [e for e in errors if e is not None]
    n = len(errors)
    tp, n_pred, n_gold = spans["tp"], spans["pred"], spans["gold"]
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f1 = 2 * p * r / (p + r) if p and r else None
    acc = sum(e <= ACC_KM for e in located) / n if n else None
    median = statistics.median(located) if located else None
    reachable, indexed = reach
    return [
        Figure(STAGE, name, "resolution_acc@161km", acc, n),
        Figure(STAGE, name, "resolution_reachable@161km", hit_share(reachable), len(reachable)),
        Figure(STAGE, name, "resolution_geonames_exact", hit_share(exact), len(exact)),
        Figure(STAGE, name, "resolution_gold_id_indexed", hit_share(indexed), len(indexed)),
        Figure(STAGE, name, "resolution_median_error_km", median, len(located)),
        Figure(STAGE, name, "resolution_coverage", len(located) / n if n else None, n),
        Figure(STAGE, name, "recognition_precision", p, n_pred),
        Figure(STAGE, name, "recognition_recall", r, n_gold),
        Figure(STAGE, name, "recognition_f1", f1, n_gold),
    ]


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """Resolution from the gold spans (acc@161 km, GeoNames id match, median error) and span
    recognition P/R/F1 from the raw text, per dataset."""
    current: str | None = None
    errors: list[float | None] = []
    exact: list[bool] = []
    reach: tuple[list[bool], list[bool]] = ([], [])
    spans = {"tp": 0, "pred": 0, "gold": 0}
    for name, doc in _documents(Path(data_dir), split, limit):
        if name != current:
            if current is not None:
                yield from _figures(current, errors, exact, spans, reach)
            current, errors, exact, spans = name, [], [], {"tp": 0, "pred": 0, "gold": 0}
            reach = ([], [])
        text = doc["text"]
        gold = doc.get("toponyms", [])
        located = [t for t in gold if t.get("lat") is not None and t.get("lon") is not None]
        url = doc.get("url")
        resolved = resolve_spans(
            text, [(t["start"], t["end"]) for t in located], url=url, language="en"
        )
        for t, m in zip(located, resolved, strict=True):
            if m is None or m.lat is None:
                errors.append(None)
            else:
                errors.append(haversine_km((t["lat"], t["lon"]), (m.lat, m.lon)))
            reach[0].append(reachable(text[t["start"] : t["end"]], t, errors[-1]))
            if t.get("geonames_id"):
                gid = f"geonames:{t['geonames_id']}"
                exact.append(m is not None and m.gazetteer_id == gid)
                reach[1].append(gazetteer().by_id(gid) is not None)
        article = annotate(Article(text=text, url=url, language="en"))
        predicted = {(m.start, m.end) for m in article.places}
        wanted = {(t["start"], t["end"]) for t in gold}
        spans["tp"] += len(predicted & wanted)
        spans["pred"] += len(predicted)
        spans["gold"] += len(wanted)
    if current is not None:
        yield from _figures(current, errors, exact, spans, reach)
    if split == "dev" and FR_AR_GOLD.exists():
        yield from score_fr_ar(Path(data_dir))
    if split == "dev" and PLACE_LIST_GOLD.exists():
        yield from score_place_list()


# --- French and Arabic dev gold (hand-made; see eval/gold/README.md) ----------------------------

FR_AR_GOLD = Path(__file__).parent / "gold" / "places_fr_ar.jsonl"
EXAMPLE_ID = "examples/abou-kamal-qaem-reouverture.fr.txt"


def _gold_articles(data_dir: Path, articles: set[str]) -> dict[str, Article]:
    """The shared articles the gold's offsets point into (never copied into the project): their
    text, and their URL where the shared news carry one (the outlet's home is context)."""
    found: dict[str, Article] = {}
    for art in articles:
        path = data_dir.parent / art
        if art.startswith("examples/") and path.exists():
            found[art] = Article(text=path.read_text(encoding="utf-8"))
    news = data_dir / "news" / "articles.jsonl"
    if news.exists():
        with news.open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                if doc.get("id") in articles:
                    found[doc["id"]] = Article(text=doc.get("text") or "", url=doc.get("url"))
    return found


def _gold_texts(data_dir: Path, articles: set[str]) -> dict[str, str]:
    """The shared texts the gold's offsets point into."""
    return {art: a.text for art, a in _gold_articles(data_dir, articles).items()}


def load_fr_ar_gold(path: Path = FR_AR_GOLD) -> dict[str, list[dict]]:
    """Article id -> its gold place spans, in text order."""
    gold: dict[str, list[dict]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                gold.setdefault(row["article"], []).append(row)
    return gold


def _annotated(text: str, lang: str, url: str | None = None) -> Article:
    """The language stage then the places stage, as the pipeline runs them."""
    from passage.stages import language

    return annotate(language.annotate(Article(text=text, url=url, language=lang)))


def _error_km(row: dict, m) -> float | None:
    return (
        None
        if m is None or m.lat is None
        else haversine_km((row["lat"], row["lon"]), (m.lat, m.lon))
    )


def score_fr_ar(data_dir: Path, gold_path: Path = FR_AR_GOLD) -> Iterator[Figure]:
    """Recognition P/R/F1 (exact spans) and resolution acc@161 km (from the gold spans) on the
    French/Arabic dev gold: all of it, per language, and the canonical example alone."""
    gold = load_fr_ar_gold(gold_path)
    articles = _gold_articles(Path(data_dir), set(gold))
    groups: dict[str, dict] = {}

    def bucket(name: str) -> dict:
        return groups.setdefault(name, {"tp": 0, "pred": 0, "gold": 0, "errors": []})

    for art, rows in sorted(gold.items()):
        if art not in articles:
            continue  # the shared text is absent: nothing to score it on
        text, url = articles[art].text, articles[art].url
        for row in rows:
            if text[row["start"] : row["end"]] != row["text"]:
                raise ValueError(f"{gold_path}: {art}: span {row['start']}-{row['end']} moved")
        lang = rows[0]["language"]
        predicted = {(m.start, m.end) for m in _annotated(text, lang, url).places}
        wanted = {(r["start"], r["end"]) for r in rows}
        resolved = resolve_spans(
            text, [(r["start"], r["end"]) for r in rows], url=url, language=lang
        )
        errors = [
            None
            if m is None or m.lat is None
            else haversine_km((r["lat"], r["lon"]), (m.lat, m.lon))
            for r, m in zip(rows, resolved, strict=True)
        ]
        names = ["places_fr_ar", f"places_fr_ar/{lang}"]
        if art == EXAMPLE_ID:
            names.append("places_fr_ar/example")
        for name in names:
            b = bucket(name)
            b["tp"] += len(predicted & wanted)
            b["pred"] += len(predicted)
            b["gold"] += len(wanted)
            b["errors"].extend(errors)
    for name, b in groups.items():
        n = len(b["errors"])
        acc = sum(e is not None and e <= ACC_KM for e in b["errors"]) / n if n else None
        p = b["tp"] / b["pred"] if b["pred"] else None
        r = b["tp"] / b["gold"] if b["gold"] else None
        f1 = 2 * p * r / (p + r) if p and r else None
        yield Figure(STAGE, name, "resolution_acc@161km", acc, n)
        yield Figure(STAGE, name, "recognition_precision", p, b["pred"])
        yield Figure(STAGE, name, "recognition_recall", r, b["gold"])
        yield Figure(STAGE, name, "recognition_f1", f1, b["gold"])


# --- Place-list dev gold: one name in, the place out (see eval/gold/README.md) -------------------

PLACE_LIST_GOLD = Path(__file__).parent / "gold" / "place_list.jsonl"


def score_place_list(gold_path: Path = PLACE_LIST_GOLD) -> Iterator[Figure]:
    """Lookup of names given alone, as `passage place NAME --lang L` answers them: acc@161 km of
    the choice and the share of names with no answer, overall and per language; and, for
    unusable input (empty, enormous, control characters, mixed scripts), the share answered
    with a clean no-match."""
    groups: dict[str, dict[str, list]] = {}
    with gold_path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    for row in rows:
        cands = lookup(row["query"], lang=row["language"])
        choice = cands[0] if cands else None
        if row["lat"] is None:
            groups.setdefault("place_list/bad_input", {"clean": []})["clean"].append(not cands)
            continue
        km = (
            None
            if choice is None or choice.lat is None
            else haversine_km((row["lat"], row["lon"]), (choice.lat, choice.lon))
        )
        for name in ("place_list", f"place_list/{row['language']}"):
            b = groups.setdefault(name, {"km": []})
            b["km"].append(km)
    for name, b in sorted(groups.items()):
        if "clean" in b:
            n = len(b["clean"])
            yield Figure(STAGE, name, "clean_no_match", sum(b["clean"]) / n if n else None, n)
            continue
        n = len(b["km"])
        acc = sum(k is not None and k <= ACC_KM for k in b["km"]) / n if n else None
        none = sum(k is None for k in b["km"]) / n if n else None
        yield Figure(STAGE, name, "resolution_acc@161km", acc, n)
        yield Figure(STAGE, name, "no_match_rate", none, n)
