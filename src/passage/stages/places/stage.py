"""The places stage: recognised spans, ranked in the article's context, as PlaceMentions."""

from __future__ import annotations

from collections import Counter
from functools import cache

from passage import data
from passage.record import Article, PlaceMention
from passage.stages.places.gazetteer import gazetteer
from passage.stages.places.normalise import key
from passage.stages.places.recognise import Found, recognise, tokenize
from passage.stages.places.resolver import (
    MATCH_ALTERNATE,
    MATCH_PRIMARY,
    Candidate,
    Context,
    document_context,
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


def _adjectives(text: str, found: list[Found]) -> list[tuple[str, list[Candidate], bool]]:
    """Adjectives of nationality outside the place spans ("l'armée syrienne", "Russian"): not
    places themselves, but they say which country the article is about."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for tok in tokenize(text):
        if any(s <= tok.start < e for s, e in taken):
            continue
        code = demonym_country(tok.text)
        if code and gazetteer().country(code):
            out.append((f"{tok.text} (adjective)", [_country_candidate(code)], True))
    return out


def _context(found: list[Found], adjectives: list | None = None) -> Context:
    """Countries, regions and points the article is about, from the names it uses."""
    weights: Counter[str] = Counter()
    names: list[tuple[str, list[Candidate], bool]] = list(adjectives or [])
    points: list[tuple[tuple[float, float], str]] = []
    for f in found:
        if not f.cands:
            continue
        best = rank(list(f.cands))[0]
        sure = best.kind in ("country", "crossing", "road")
        # a spelling guess does not get to vouch for a country, nor, in a script without
        # capitals, a word that merely happens to be a town's name
        ok = best.match >= MATCH_ALTERNATE and (
            sure or not (_caseless(f.text) and f.source == "matcher")
        )
        names.append((f.text, list(f.cands), ok))
        if not ok:
            continue
        countries = best.countries or ((best.country,) if best.country else ())
        for cc in countries:
            weights[cc] += 1.0 if sure else 0.5 if len(f.cands) == 1 else 0.25
        if sure and best.lat is not None and best.kind != "country":
            points.append(((best.lat, best.lon), key(f.text)))
    return document_context(names, points, dict(weights))


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
            # (sorted: a tie goes the same way on every run, whatever the set's order)
            code = max(
                sorted({m.country for m in window if m.country} or ctx.weights),
                key=lambda c: ctx.weights.get(c, 0.0),
            )
        elif ctx.weights:
            code = max(sorted(ctx.weights), key=lambda c: ctx.weights[c])
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
    focused = any(w >= 1.0 for w in ctx.countries.values())
    if f.source == "matcher" and not f.cues and best.population < FOREIGN_TOWN:
        # a minor town abroad while the article is plainly about somewhere else
        return agrees or not focused
    if f.source in ("matcher", "entity") and best.match < MATCH_PRIMARY:
        # reached through another spelling only ("Kobe" for Kōbe) while the article is about
        # somewhere else: more likely a local place the gazetteer lacks
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


@cache
def _region_demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get("region_demonyms") or {})
    return {k.casefold(): v for k, v in out.items()}


def demonym_place(word: str) -> Candidate | None:
    """The country or continent an adjective names ("Russian", "européenne"), if any."""
    code = demonym_country(word)
    if code and gazetteer().country(code):
        return _country_candidate(code)
    name = _region_demonyms().get(word.strip().casefold())
    if name:
        for c in gazetteer_candidates(name, fuzzy=False):
            if c.kind == "region" and c.country is None:  # a continent
                return c
    return None


def _country_candidate(code: str) -> Candidate:
    p = gazetteer().country(code)
    return Candidate(
        p.name, p.gazetteer_id, p.lat, p.lon, p.country, None, "country", p.population, 1.0
    )


def resolve_spans(
    text: str, spans: list[tuple[int, int]], entities: list | None = None
) -> list[PlaceMention | None]:
    """Resolve given spans (e.g. gold toponyms) in the context the spans themselves provide,
    with the crossings and roads the text names."""
    recognised = recognise(text, list(entities or []))
    by_span = {(f.start, f.end): f for f in recognised}
    given: list[Found] = []
    for start, end in spans:
        name = text[start:end]
        f = by_span.get((start, end))
        adjective = demonym_place(name)
        if adjective is not None:
            # a span given as a place that is an adjective ("Russian") means the country
            f = Found(start, end, name, [adjective], "given", set())
        elif f is None or not f.cands:
            cands = registry_candidates(name) + gazetteer_candidates(name)
            f = Found(start, end, name, cands, "given", set())
        given.append(f)
    ctx = _context(given + [f for f in recognised if f.source == "access"])
    out: list[PlaceMention | None] = [
        _mention(f, rank(list(f.cands), ctx.without(f.text))[0]) if f.cands else None for f in given
    ]
    # a name no gazetteer holds gets the region or country the text puts it in, as in annotate
    resolved = sorted((m for m in out if m is not None), key=lambda m: m.start)
    return [
        m if m is not None else _fallback(f, resolved, ctx) for f, m in zip(given, out, strict=True)
    ]


def annotate(article: Article) -> Article:
    """Set article.places: every toponym, crossing and road mention, resolved, sorted by start."""
    text = article.text or ""
    if not text.strip():
        article.places = []
        return article
    found = recognise(text, list(article.entities or []))
    ctx = _context(found, _adjectives(text, found))
    mentions: list[PlaceMention] = []
    pending: list[Found] = []
    for f in found:
        own = ctx.without(f.text)
        best = rank(list(f.cands), own)[0] if f.cands else None
        if best is not None and not _believable(f, best, own):
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
