"""The places stage: recognised spans, ranked in the article's context, as PlaceMentions."""

from __future__ import annotations

from collections import Counter
from functools import cache

from passage import data
from passage.record import Article, PlaceMention
from passage.stages.places.gazetteer import gazetteer
from passage.stages.places.recognise import Found, recognise
from passage.stages.places.resolver import (
    MATCH_ALTERNATE,
    Candidate,
    Context,
    gazetteer_candidates,
    rank,
    registry_candidates,
)

# ACLED geo_precision
TOWN, NEAR, REGION = 1, 2, 3
# How far back (characters) a name with no gazetteer entry looks for the region it is in.
FALLBACK_WINDOW = 700
# Below this population a capitalised word found by the matcher alone needs the article's support.
SMALL_PLACE = 1_000
FOREIGN_TOWN = 100_000


def _context(found: list[Found]) -> Context:
    """Countries and points the article is about, from the readings that need no context."""
    ctx = Context()
    weights: Counter[str] = Counter()
    for f in found:
        if not f.cands:
            continue
        best = rank(list(f.cands))[0]
        if best.match < MATCH_ALTERNATE:
            continue  # a spelling guess does not get to vouch for a country
        countries = best.countries or ((best.country,) if best.country else ())
        sure = best.kind in ("country", "crossing", "road")
        if not sure and _caseless(f.text) and f.source == "matcher":
            continue  # any word can be a town in a script without capitals
        for cc in countries:
            weights[cc] += 1.0 if sure else 0.5 if len(f.cands) == 1 else 0.25
        if sure and best.lat is not None and best.kind != "country":
            ctx.points.append((best.lat, best.lon))
    ctx.countries = {cc: min(1.0, w / 2) for cc, w in weights.items()}
    ctx.weights = dict(weights)
    return ctx


def _mention(f: Found, best: Candidate) -> PlaceMention:
    kind, precision = best.kind, TOWN
    lat, lon, name, gid, admin1 = best.lat, best.lon, best.name, best.gazetteer_id, best.admin1
    if kind == "town" and "region" in f.cues and best.admin1 and best.country:
        region = gazetteer().region(best.country, best.admin1)
        if region is not None:  # "la province de Deir ez-Zor": the governorate, not the town
            kind, lat, lon, name, gid = (
                "region",
                region.lat,
                region.lon,
                region.name,
                region.gazetteer_id,
            )
        else:
            kind = "region"
    if kind in ("region", "country"):
        precision = REGION
    elif kind == "road" or "near" in f.cues:
        precision = NEAR
    country = best.country or (best.countries[0] if best.countries else None)
    return PlaceMention(
        f.start,
        f.end,
        f.text,
        name,
        gid,
        lat,
        lon,
        country,
        admin1,
        kind,
        precision,
        round(best.score, 3),
    )


def _fallback(f: Found, resolved: list[PlaceMention], ctx: Context) -> PlaceMention | None:
    """A place no gazetteer holds gets the region (or country) the text puts it in, never a
    guessed town."""
    window = [m for m in resolved if f.start - FALLBACK_WINDOW <= m.start < f.end + 200]
    regions = {m.gazetteer_id: m for m in window if m.kind == "region"}
    if len(regions) == 1:
        target = next(iter(regions.values()))
    else:
        countries = {m.country for m in (regions.values() or window) if m.country}
        if len(regions) > 1 and len(countries) == 1:
            code = countries.pop()
        elif window and ctx.weights:
            # the country the article talks about most among those named nearby
            code = max(
                {m.country for m in window if m.country} or ctx.weights,
                key=lambda c: ctx.weights.get(c, 0.0),
            )
        elif ctx.weights:
            code = max(ctx.weights, key=lambda c: ctx.weights[c])
        else:
            return None
        place = gazetteer().country(code)
        if place is None:
            return None
        return PlaceMention(
            f.start,
            f.end,
            f.text,
            place.name,
            place.gazetteer_id,
            place.lat,
            place.lon,
            place.country,
            None,
            "country",
            REGION,
            0.2,
        )
    return PlaceMention(
        f.start,
        f.end,
        f.text,
        target.name,
        target.gazetteer_id,
        target.lat,
        target.lon,
        target.country,
        target.admin1,
        "region",
        REGION,
        0.3,
    )


def _caseless(text: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in text)


def _believable(f: Found, best: Candidate, ctx: Context) -> bool:
    """A spelling guess, or an obscure place, must agree with what the article is about."""
    if f.source == "access" or best.kind == "country":
        return True
    agrees = ctx.countries.get(best.country or "", 0.0) >= 0.5
    if best.match < MATCH_ALTERNATE:
        return agrees
    if (
        f.source == "matcher"
        and not f.cues
        and (best.population < SMALL_PLACE or _caseless(f.text))
    ):
        # in scripts without capitals every word is a candidate: only the article's own
        # countries are believed
        return agrees
    if f.source == "matcher" and not f.cues and best.population < FOREIGN_TOWN:
        # a minor town abroad while the article is plainly about somewhere else
        focused = any(w >= 1.0 for w in ctx.countries.values())
        return agrees or not focused
    return True


@cache
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get("demonyms") or {})
    return {k.casefold(): v for k, v in out.items()}


def demonym_country(word: str) -> str | None:
    """The country an adjective of nationality names ("Russian", "syrienne"), if any."""
    w = word.strip().casefold()
    return _demonyms().get(w) or (_demonyms().get(w[:-1]) if w.endswith("s") else None)


def _country_candidate(code: str) -> Candidate:
    p = gazetteer().country(code)
    return Candidate(
        p.name, p.gazetteer_id, p.lat, p.lon, p.country, None, "country", p.population, 1.0
    )


def resolve_spans(
    text: str, spans: list[tuple[int, int]], entities: list | None = None
) -> list[PlaceMention | None]:
    """Resolve given spans (e.g. gold toponyms) in the context the rest of the text provides."""
    found = recognise(text, list(entities or []))
    ctx = _context(found)
    by_span = {(f.start, f.end): f for f in found}
    out: list[PlaceMention | None] = []
    for start, end in spans:
        f = by_span.get((start, end))
        if f is None or not f.cands:
            name = text[start:end]
            cands = registry_candidates(name) + gazetteer_candidates(name)
            code = demonym_country(name)
            if code and gazetteer().country(code):
                # a span given as a place that is an adjective ("Russian") means the country
                cands = [_country_candidate(code)]
            f = Found(start, end, name, cands, "given", set())
        out.append(_mention(f, rank(list(f.cands), ctx)[0]) if f.cands else None)
    return out


def annotate(article: Article) -> Article:
    """Set article.places: every toponym, crossing and road mention, resolved, sorted by start."""
    text = article.text or ""
    if not text.strip():
        article.places = []
        return article
    found = recognise(text, list(article.entities or []))
    ctx = _context(found)
    mentions: list[PlaceMention] = []
    pending: list[Found] = []
    for f in found:
        best = rank(list(f.cands), ctx)[0] if f.cands else None
        if best is not None and not _believable(f, best, ctx):
            best = None
            if f.source == "matcher":
                continue
        if best is not None:
            mentions.append(_mention(f, best))
        elif f.source == "fallback" or f.cues & {"near", "name_prefix", "region"}:
            pending.append(f)
    mentions.sort(key=lambda m: m.start)
    for f in pending:
        m = _fallback(f, mentions, ctx)
        if m is not None:
            mentions.append(m)
    article.places = sorted(mentions, key=lambda m: (m.start, m.end))
    return article
