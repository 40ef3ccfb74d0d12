"""Events scorer: ACLED types of CASE 2021 snippets (English), the news dev golds in French,
English and Arabic (gold/events_{fr,en,ar}.jsonl: types, actors, places, dates, access) and
PLOVER categories and actors."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from passage import data, pipeline
from passage.eval import Figure, hit_share
from passage.record import Article, Claim, Event, Fatalities
from passage.stages import actors, events, language
from passage.stages.events import plover
from passage.stages.places.resolver import haversine_km

STAGE = "events"
NONE = "(none)"


def specificity() -> list[str]:
    """ACLED sub-event types from the most to the least specific (data/acled.json): when a
    snippet tells several events, the most specific names it."""
    raw = json.loads((data.DATA_DIR / "acled.json").read_text(encoding="utf-8"))
    return list(raw.get("specificity", []))


def primary_event(found: Iterable[Event], order: list[str]) -> Event | None:
    """The event that names a snippet: the most specific asserted event told as news, or
    among those told as background ("the scene of a 2017 attack") when none is news."""
    asserted = [e for e in found if not e.negated]
    pool = [e for e in asserted if not e.background] or asserted
    if not pool:
        return None
    rank = {s: i for i, s in enumerate(order)}
    return min(pool, key=lambda e: rank.get(e.subtype, len(rank)))


def primary(found: Iterable[Event], order: list[str]) -> str:
    """The sub-event type that names a snippet (primary_event)."""
    event = primary_event(found, order)
    return event.subtype if event is not None else NONE


def classify(text: str, lang: str = "en") -> str:
    article = language.annotate(Article(text=text, language=lang))
    actors.annotate(article)
    events.annotate(article)
    return primary(article.events, specificity())


def macro_f1(gold: list[str], pred: list[str], none: str | None = None) -> float:
    """Mean F1 over the gold labels (a missed prediction counts against recall). `none`, when
    given, is the label for "no event": never a label of its own, so a spurious event counts
    only against its label's precision and a missed one only against the gold label's recall."""
    labels = sorted(set(gold) - {none})
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if g == p:
            tp[g] += 1
            continue
        if g != none:
            fn[g] += 1
        if p != none:
            fp[p] += 1
    scores = []
    for label in labels:
        prec = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        rec = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def score(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """CASE 2021, then the news golds (dev only), then PLOVER."""
    yield from score_case(data_dir, split, limit)
    yield from score_gold(data_dir, split, limit)
    yield from score_plover(data_dir, split, limit)


def score_case(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
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


# --- the news dev golds (gold/events_fr.jsonl, events_en.jsonl, events_ar.jsonl) ---------------

GOLD_DIR = Path(__file__).parent / "gold"
# Each language's gold is its own data set, scored in this order.
GOLD_LANGUAGES = ("fr", "en", "ar")


def gold_path(lang: str) -> Path:
    return GOLD_DIR / f"events_{lang}.jsonl"


def gold_dataset(lang: str) -> str:
    return f"news_{lang}_gold"


GOLD_FR = gold_path("fr")
GOLD_DATASET = gold_dataset("fr")
PLACE_KM = 25.0
_DETERMINERS = re.compile(
    r"^(?:(?:le|la|les|un|une|des|du|de|the|a|an)\s+|[ld]'\s*)", re.IGNORECASE
)


@dataclass
class GoldMatch:
    """One gold event and the system event matched to it in its sentence (None when missed)."""

    gold: dict
    found: Event | None
    claims: list[Claim]  # the found event's claims whose evidence is this sentence
    sentence: tuple[int, int] = (0, 0)  # the annotated sentence's offsets

    def toll(self) -> Fatalities | None:
        """The found event's toll as this sentence tells it (the gold is per telling), else
        the event's own."""
        if self.found is None:
            return None
        return self.found.toll_in(*self.sentence) or self.found.fatalities


@dataclass
class GoldResult:
    matches: list[GoldMatch] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)  # system events no gold event matched
    sentences: int = 0


def normal_name(name: str) -> str:
    """A chain link or actor name compared without case, apostrophe variants or a leading
    determiner ("l'agence Sputnik" ~ "agence Sputnik")."""
    text = " ".join(name.replace("’", "'").split()).casefold()
    return _DETERMINERS.sub("", text, count=1)


def _article_text(data_dir: Path, article_id: str) -> str | None:
    shared = Path(data_dir).parent
    if "/" in article_id:  # a file of the shared folder: the canonical example
        path = shared / article_id
        return path.read_text(encoding="utf-8") if path.exists() else None
    news = Path(data_dir) / "news" / "articles.jsonl"
    if not news.exists():
        return None
    with news.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if item["id"] == article_id:
                return item["text"]
    return None


def _in_sentence(e: Event, start: int, end: int) -> bool:
    spans = [e.trigger, *(c.evidence for c in e.claims), *getattr(e, "mentions", [])]
    return any(start <= s.start < end for s in spans)


def _claims_here(e: Event | None, start: int, end: int) -> list[Claim]:
    """The event's claims for one sentence: those whose evidence it is, else (the claims stage
    keeps one claim per voice) every claim of an event this sentence tells."""
    if e is None:
        return []
    here = [c for c in e.claims if start <= c.evidence.start < end]
    return here or list(e.claims)


def _pair(golds: list[dict], found: list[Event]) -> list[tuple[dict, Event | None]]:
    """Greedy pairing inside a sentence: same sub-type first, then same type, then any event."""
    left = list(found)
    out: list[tuple[dict, Event | None]] = [(g, None) for g in golds]
    for same in (
        lambda g, e: e.subtype == g["subtype"] and _same_access(g, e),
        lambda g, e: e.subtype == g["subtype"],
        lambda g, e: e.type == g["type"],
        lambda g, e: True,
    ):
        for k, (g, e) in enumerate(out):
            if e is not None:
                continue
            hit = next((x for x in left if same(g, x)), None)
            if hit is not None:
                out[k] = (g, hit)
                left.remove(hit)
    return out


def _same_access(gold: dict, e: Event) -> bool:
    ga = gold.get("access")
    sa = (e.access.target, e.access.effect) if e.access else None
    return (ga["target"], ga["effect"]) == sa if ga else sa is None


@cache
def gold_results(data_dir: Path, limit: int | None = None, lang: str = "fr") -> GoldResult | None:
    """Run the whole stage chain over every article of one language's dev gold and pair its
    events with the gold events of each annotated sentence."""
    path = gold_path(lang)
    if not path.exists():
        return None
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    if limit is not None:
        lines = lines[:limit]
    by_article: dict[str, list[dict]] = {}
    for line in lines:
        by_article.setdefault(line["article"], []).append(line)
    result = GoldResult()
    for article_id, sents in by_article.items():
        text = _article_text(data_dir, article_id)
        if text is None:
            continue
        first = sents[0]
        published = date.fromisoformat(first["published"]) if first.get("published") else None
        article = pipeline.run(
            Article(text=text, language=lang, outlet=first["outlet"], published=published)
        )
        for sent in sents:
            result.sentences += 1
            start, end = sent["start"], sent["end"]
            found = [e for e in article.events if _in_sentence(e, start, end)]
            paired = _pair(sent["events"], found)
            used = {id(e) for _g, e in paired if e is not None}
            result.spurious.extend(e for e in found if id(e) not in used)
            for g, e in paired:
                result.matches.append(GoldMatch(g, e, _claims_here(e, start, end), (start, end)))
    return result if result.sentences else None


def _gold_figures(result: GoldResult, ds: str = GOLD_DATASET) -> Iterator[Figure]:
    m = result.matches
    gold_sub = [x.gold["subtype"] for x in m] + [NONE] * len(result.spurious)
    pred_sub = [x.found.subtype if x.found else NONE for x in m]
    pred_sub += [e.subtype for e in result.spurious]
    gold_typ = [x.gold["type"] for x in m] + [NONE] * len(result.spurious)
    pred_typ = [x.found.type if x.found else NONE for x in m] + [e.type for e in result.spurious]
    typed = [x for x in m if x.found is not None and x.found.type == x.gold["type"]]
    n_found = sum(x.found is not None for x in m) + len(result.spurious)
    precision = len(typed) / n_found if n_found else None
    recall = len(typed) / len(m) if m else None
    f1 = (
        2 * precision * recall / (precision + recall)
        if precision is not None and recall is not None and precision + recall
        else 0.0
    )
    yield Figure(STAGE, ds, "sentences", float(result.sentences), result.sentences)
    yield Figure(STAGE, ds, "event_precision", precision, n_found)
    yield Figure(STAGE, ds, "event_recall", recall, len(m))
    yield Figure(STAGE, ds, "event_f1", f1, len(m))
    yield Figure(STAGE, ds, "type_macro_f1", macro_f1(gold_typ, pred_typ, none=NONE), len(gold_typ))
    yield Figure(
        STAGE, ds, "subtype_macro_f1", macro_f1(gold_sub, pred_sub, none=NONE), len(gold_sub)
    )
    matched = [x for x in m if x.found is not None]
    actor_hits = [
        any(
            a.role == g["role"] and normal_name(a.name) == normal_name(g["name"])
            for a in x.found.actors
        )
        for x in matched
        if x.found is not None
        for g in x.gold["actors"]
    ]
    yield Figure(STAGE, ds, "actor_accuracy", hit_share(actor_hits), len(actor_hits))
    place_hits = []
    for x in matched:
        gp = x.gold.get("place")
        if not gp or gp.get("lat") is None or x.found is None:
            continue
        p = x.found.place
        ok = (
            p is not None
            and p.resolved
            and haversine_km((gp["lat"], gp["lon"]), (p.lat, p.lon)) <= PLACE_KM
        )
        place_hits.append(bool(ok))
    yield Figure(STAGE, ds, "place_within_25km", hit_share(place_hits), len(place_hits))
    date_hits = []
    for x in matched:
        gd = x.gold.get("date")
        if not gd or x.found is None:
            continue
        d = x.found.date
        date_hits.append(
            d is not None and (d.start.isoformat(), d.end.isoformat()) == (gd["start"], gd["end"])
        )
    yield Figure(STAGE, ds, "date_exact", hit_share(date_hits), len(date_hits))
    access_hits = [
        _same_access(x.gold, x.found)
        for x in matched
        if x.found is not None and (x.gold.get("access") or x.found.access)
    ]
    yield Figure(STAGE, ds, "access_exact", hit_share(access_hits), len(access_hits))
    fat_hits = [
        (toll := x.toll()) is not None and toll.min == x.gold["fatalities"]
        for x in matched
        if x.found is not None and x.gold.get("fatalities") is not None
    ]
    yield Figure(STAGE, ds, "fatalities_exact", hit_share(fat_hits), len(fat_hits))


def claim_figures(result: GoldResult, ds: str = GOLD_DATASET) -> Iterator[Figure]:
    """Claim status and attribution chain of the matched events, each gold claim against the
    claims the system attached to the event for that sentence."""
    status_hits: list[bool] = []
    chain_hits: list[bool] = []
    both_hits: list[bool] = []
    for x in result.matches:
        if x.found is None:
            continue
        for gc in x.gold["claims"]:
            chain = [normal_name(c) for c in gc["chain"]]
            status_hits.append(any(c.status == gc["status"] for c in x.claims))
            chain_hits.append(any([normal_name(n) for n in c.chain] == chain for c in x.claims))
            both_hits.append(
                any(
                    c.status == gc["status"] and [normal_name(n) for n in c.chain] == chain
                    for c in x.claims
                )
            )
    n = len(status_hits)
    yield Figure("claims", ds, "status_accuracy", hit_share(status_hits), n)
    yield Figure("claims", ds, "chain_exact", hit_share(chain_hits), n)
    yield Figure("claims", ds, "status_and_chain", hit_share(both_hits), n)


def dev_gold_results(
    data_dir: Path, split: str, limit: int | None
) -> Iterator[tuple[str, GoldResult | None]]:
    """(data set, results) of each language's news gold; none but on the dev split, since the
    golds are development data (`limit` counts sentences in each)."""
    if split != "dev":
        return
    for lang in GOLD_LANGUAGES:
        yield gold_dataset(lang), gold_results(Path(data_dir), limit, lang)


def score_gold(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """The news golds, each language as its own data set (dev only)."""
    for dataset, result in dev_gold_results(data_dir, split, limit):
        if result is None:
            yield Figure(STAGE, dataset, "subtype_macro_f1", None, 0)
            continue
        yield from _gold_figures(result, dataset)


# --- PLOVER (English sentences of the CAMEO manual) -------------------------------------------


@cache
def plover_categories() -> dict[str, str]:
    """ACLED sub-event type -> PLOVER category (data/acled.json)."""
    raw = json.loads((data.DATA_DIR / "acled.json").read_text(encoding="utf-8"))
    return {sub: cat for spec in raw["types"].values() for sub, cat in spec["subtypes"].items()}


def _actor_match(found: str, gold: list[dict]) -> bool:
    f = normal_name(found)
    return bool(f) and any(
        (g := normal_name(a.get("actorText", ""))) and (g in f or f in g) for a in gold
    )


def score_plover(data_dir: Path, split: str, limit: int | None) -> Iterator[Figure]:
    """PLOVER category macro-F1 (all categories, and the ones ACLED types map to) of the
    record that codes each sentence (an ACLED event or an interaction, plover.primary_coding)
    and whether its actor and target texts are the gold source and target actors; the same
    figures of the ACLED events alone (acled_*), as the record coded before interactions."""
    path = Path(data_dir) / "plover" / f"{split}.jsonl"
    dataset = f"plover_{split}"
    if not path.exists():
        yield Figure(STAGE, dataset, "category_macro_f1", None, 0)
        return
    mapping = plover_categories()
    reachable = set(mapping.values())
    order = specificity()
    gold: list[str] = []
    pred: list[str] = []
    acled_pred: list[str] = []
    source_hits: list[bool] = []
    target_hits: list[bool] = []
    acled_hits: dict[str, list[bool]] = {"actor": [], "target": []}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            article = pipeline.run(Article(text=item["text"], language="en"))
            coded = plover.primary_coding(article)
            acled = primary_event(article.events, order)
            gold.append(item["event_code"])
            pred.append((coded.plover or NONE) if coded is not None else NONE)
            acled_pred.append(mapping.get(acled.subtype, NONE) if acled is not None else NONE)
            for role, key, hits in (
                ("actor", "source_actor", source_hits),
                ("target", "target_actor", target_hits),
            ):
                if item.get(key):
                    hits.append(_role_match(coded, role, item[key]))
                    acled_hits[role].append(_role_match(acled, role, item[key]))
            if limit is not None and len(gold) >= limit:
                break
    n = len(gold)
    # Only the categories the ACLED types can reach.
    reach_gold = [g for g in gold if g in reachable]
    reach_pred = [p for g, p in zip(gold, pred, strict=True) if g in reachable]
    yield Figure(STAGE, dataset, "category_macro_f1", macro_f1(gold, pred), n)
    yield Figure(
        STAGE,
        dataset,
        "mapped_category_macro_f1",
        macro_f1(reach_gold, reach_pred),
        len(reach_gold),
    )
    yield Figure(
        STAGE,
        dataset,
        "mapped_category_accuracy",
        _accuracy(reach_gold, reach_pred),
        len(reach_gold),
    )
    yield Figure(STAGE, dataset, "source_actor_match", hit_share(source_hits), len(source_hits))
    yield Figure(STAGE, dataset, "target_actor_match", hit_share(target_hits), len(target_hits))
    yield Figure(STAGE, dataset, "acled_category_macro_f1", macro_f1(gold, acled_pred), n)
    yield Figure(
        STAGE,
        dataset,
        "acled_source_actor_match",
        hit_share(acled_hits["actor"]),
        len(acled_hits["actor"]),
    )
    yield Figure(
        STAGE,
        dataset,
        "acled_target_actor_match",
        hit_share(acled_hits["target"]),
        len(acled_hits["target"]),
    )
    coded_n = sum(p != NONE for p in pred)
    yield Figure(STAGE, dataset, "coverage", coded_n / n if n else None, n)


def _role_match(coded: Event | None, role: str, gold: list[dict]) -> bool:
    """Whether the record's actor in this role is a gold actor: the words that name it, or for
    a pronoun ("they said") whom it stands for."""
    if coded is None:
        return False
    return any(
        _actor_match(x, gold) for a in coded.actors if a.role == role for x in (a.text, a.name)
    )
