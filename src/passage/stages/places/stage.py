"""The places stage: recognised spans, ranked in the article's context, as PlaceMentions."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from passage import data
from passage.record import Article, PlaceMention
from passage.stages.places.gazetteer import gazetteer
from passage.stages.places.lexicon import lexicon
from passage.stages.places.normalise import key, skeleton
from passage.stages.places.outlet import HOME_MIN_POPULATION, OutletHint, outlet_hint
from passage.stages.places.recognise import (
    Found,
    mark_regions_after_towns,
    recognise,
    span_cues,
    tokenize,
)
from passage.stages.places.registry import registry
from passage.stages.places.resolver import (
    MATCH_ALTERNATE,
    MATCH_PRIMARY,
    Candidate,
    Context,
    access_candidate,
    document_context,
    gazetteer_candidates,
    haversine_km,
    rank,
    registry_candidates,
    unit_candidates,
)

# ACLED geo_precision
TOWN, NEAR, REGION = 1, 2, 3
# How far back (characters) a name with no gazetteer entry looks for the region it is in.
FALLBACK_WINDOW = 700
# Below this population a capitalised word found by the matcher alone needs the article's support.
SMALL_PLACE = 1_000
FOREIGN_TOWN = 100_000
# Further than this from the centre of every country an article is about is another world region.
FAR_KM = 3000.0
# Sentence ends, for "the region named in the same or the previous sentence".
_SENTENCE_END = re.compile(r"[.!?\n]+")


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


def _home_candidates(hint: OutletHint | None) -> list[Candidate]:
    """Towns and regions (big enough to have a paper) an outlet is named after."""
    if hint is None:
        return []
    out = []
    for name in hint.names:
        sk = skeleton(name)
        for c in gazetteer_candidates(name, fuzzy=False):
            if skeleton(c.name) != sk or c.country is None:
                continue
            if c.kind in ("town", "region") and c.population >= HOME_MIN_POPULATION:
                out.append(c)
    return out


def _context(
    found: list[Found], adjectives: list | None = None, hint: OutletHint | None = None
) -> Context:
    """Countries, regions and points the article is about, from the names it uses and the
    place its outlet is named after."""
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
    home = _home_candidates(hint)
    return document_context(
        names,
        points,
        dict(weights),
        home,
        hint.countries if hint else frozenset(),
        bool(hint and hint.national),
    )


def _mention(f: Found, best: Candidate) -> PlaceMention:
    kind, precision = best.kind, TOWN
    lat, lon, name, gid, admin1 = best.lat, best.lon, best.name, best.gazetteer_id, best.admin1
    if kind == "town" and "region" in f.cues and best.admin1 and best.country:
        region = gazetteer().region(best.country, best.admin1)
        named = region is not None and any(c.gazetteer_id == region.gazetteer_id for c in f.cands)
        if not named:
            # "the Houston region", "Youngstown State": the area around the town, not the
            # first-level region it lies in, which the name does not name
            precision = NEAR
        else:  # "la province de Deir ez-Zor": the governorate, not the town
            kind, lat, lon, name, gid = (
                "region",
                region.lat,
                region.lon,
                region.name,
                region.gazetteer_id,
            )
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


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence before the one holding [start, end) to the end of that
    sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lo = ends[-2] if len(ends) >= 2 else 0
    after = _SENTENCE_END.search(text, end)
    return lo, after.start() if after else len(text)


def _in_named_region(f: Found, resolved: list[PlaceMention], text: str) -> PlaceMention | None:
    """The region (or regions of one country) named in the same or the previous sentence: a
    place of unknown position inside or beside it, precision 2. "à la frontière entre les
    provinces de Homs et de Deir ez-Zor" gives the middle of the two."""
    lo, hi = _sentence_window(text, f.start, f.end)
    regions: dict[str, PlaceMention] = {}
    for m in resolved:
        # first-level regions and finer: a macro-region or a continent is no finer than before
        if lo <= m.start < hi and m.kind == "region" and m.admin1 and m.lat is not None:
            regions.setdefault(m.gazetteer_id or m.name or "", m)
    if not regions or len({m.country for m in regions.values()}) != 1:
        return None
    named = list(regions.values())
    one = named[0] if len(named) == 1 else None
    return PlaceMention(
        f.start,
        f.end,
        f.text,
        one.name if one else " / ".join(m.name or "" for m in named),
        one.gazetteer_id if one else None,
        sum(m.lat for m in named) / len(named),
        sum(m.lon for m in named) / len(named),
        named[0].country,
        one.admin1 if one else None,
        "region",
        NEAR,
        0.3,
    )


def _fallback(
    f: Found, resolved: list[PlaceMention], ctx: Context, text: str = ""
) -> PlaceMention | None:
    """A place no gazetteer holds gets the region (or country) the text puts it in, never a
    guessed town."""
    near = _in_named_region(f, resolved, text) if text else None
    if near is not None:
        return near
    window = [m for m in resolved if f.start - FALLBACK_WINDOW <= m.start < f.end + 200]
    # regions of a country: a continent or a bloc ("the Caucasus") says less than a country
    regions = {m.gazetteer_id: m for m in window if m.kind == "region" and m.country}
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


def _far_from(c: Candidate, ctx: Context) -> bool:
    """Whether a reading lies far from every country the article is plainly about."""
    if c.lat is None:
        return False
    centres = [gazetteer().country(cc) for cc, w in ctx.countries.items() if w >= 1.0]
    return all(
        haversine_km((c.lat, c.lon), (p.lat, p.lon)) > FAR_KM for p in centres if p is not None
    )


def _generic_roads(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A road named by its kind alone ("la route internationale", "الطريق الدولية") is the
    registry road through the crossing the article names nearest to it; none if that crossing
    has no road, or several."""
    crossings = [m for m in mentions if m.kind == "crossing"]
    if not crossings:
        return []
    flat = text.replace("’", "'").replace("ʼ", "'")
    out = []
    for hit in lexicon().generic_roads.finditer(flat):
        s, e = hit.start(), hit.end()
        if any(m.start < e and s < m.end for m in mentions):
            continue
        nearest = min(crossings, key=lambda m: (abs(m.start - s), m.start))
        roads = [
            acc
            for acc in registry().items
            if acc.kind == "road" and any(a.crossing == nearest.gazetteer_id for a in acc.anchors)
        ]
        if len(roads) != 1:
            continue
        c = access_candidate(roads[0])
        country = c.countries[0] if c.countries else nearest.country
        out.append(
            PlaceMention(
                s,
                e,
                text[s:e],
                c.name,
                c.gazetteer_id,
                c.lat,
                c.lon,
                country,
                None,
                "road",
                NEAR,
                0.5,
            )
        )
    return out


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
    local = f.cues and f.source != "access" and focused and not agrees and not best.capital
    if local and best.population < FOREIGN_TOWN and best.kind == "town":
        # "la province du Soum" in a Burkina article: not a village of Senegal
        return False
    if f.cues & {"near", "name_prefix"} and focused and not agrees and not best.capital:
        # "à proximité de Kobe, un village situé à 35 km de Gao": a place located by the text
        # itself, read as a town on another continent, is a local place the gazetteer lacks
        return not _far_from(best, ctx)
    if f.source == "matcher" and not f.cues and best.population < FOREIGN_TOWN:
        # a minor town abroad while the article is plainly about somewhere else
        return agrees or not focused
    if f.source in ("matcher", "entity") and best.match < MATCH_PRIMARY:
        # reached through another spelling only ("Kobe" for Kōbe) while the article is about
        # somewhere else: more likely a local place the gazetteer lacks
        return agrees or not focused
    return True


@cache
def _word_table(field: str) -> dict[str, str]:
    """A word -> code table of the places data files (`demonyms`, `region_demonyms`), merged
    over languages, its words case-folded."""
    out: dict[str, str] = {}
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get(field) or {})
    return {k.casefold(): v for k, v in out.items()}


def demonym_country(word: str) -> str | None:
    """The country an adjective of nationality names ("Russian", "syrienne"), if any."""
    w = word.strip().casefold()
    table = _word_table("demonyms")
    return table.get(w) or (table.get(w[:-1]) if w.endswith("s") else None)


def demonym_place(word: str) -> Candidate | None:
    """The country or continent an adjective names ("Russian", "européenne"), if any."""
    code = demonym_country(word)
    if code and gazetteer().country(code):
        return _country_candidate(code)
    name = _word_table("region_demonyms").get(word.strip().casefold())
    if name:
        for c in gazetteer_candidates(name, fuzzy=False):
            if c.kind == "region" and c.country is None:  # a continent
                return c
    return _region_of_demonym(word.strip())


@cache
def _demonym_endings() -> tuple[tuple[str, str], ...]:
    out: set[tuple[str, str]] = set()
    for lang in data.languages():
        out.update(tuple(e) for e in (data.load(lang, "places") or {}).get("demonym_endings") or [])
    return tuple(sorted(out, key=lambda e: (-len(e[0]), e)))


def _region_of_demonym(word: str) -> Candidate | None:
    """The region a word for its people names, by the language's regular endings: "Iowans",
    "Ohioans", "Ontarians", "Central American". Only regions (a state, a province, a bloc, a
    continent) under their main name: a town's people are not news' way of naming it."""
    if not word[:1].isupper() or gazetteer_candidates(word, fuzzy=False):
        return None  # a name of its own ("Sudan", "Jordan") is no word for a people
    for ending, stem_end in _demonym_endings():
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: len(word) - len(ending)] + stem_end
        regions = [
            c
            for c in gazetteer_candidates(stem, fuzzy=False)
            if c.kind == "region" and c.match == MATCH_PRIMARY and not c.admin2
        ]
        if regions:
            return max(regions, key=lambda c: (c.population, c.gazetteer_id))
    return None


def _country_candidate(code: str) -> Candidate:
    p = gazetteer().country(code)
    return Candidate(
        p.name, p.gazetteer_id, p.lat, p.lon, p.country, None, "country", p.population, 1.0
    )


def resolve_spans(
    text: str,
    spans: list[tuple[int, int]],
    entities: list | None = None,
    url: str | None = None,
    language: str | None = None,
) -> list[PlaceMention | None]:
    """Resolve given spans (e.g. gold toponyms) in the context the spans themselves provide,
    with the crossings and roads the text names and the home of the outlet at `url`."""
    recognised = recognise(text, list(entities or []))
    by_span = {(f.start, f.end): f for f in recognised}
    given: list[Found] = []
    for (start, end), cues in zip(spans, span_cues(text, spans), strict=True):
        name = text[start:end]
        f = by_span.get((start, end))
        adjective = demonym_place(name)
        if adjective is not None:
            # a span given as a place that is an adjective ("Russian") means the country
            f = Found(start, end, name, [adjective], "given", set())
        elif f is None or not f.cands:
            cands = registry_candidates(name) + gazetteer_candidates(name, fuzzy=False)
            cands = cands or unit_candidates(name) or gazetteer_candidates(name)
            f = Found(start, end, name, cands, "given", cues)
        given.append(f)
    mark_regions_after_towns(text, given)
    ctx = _context(
        given + [f for f in recognised if f.source == "access"],
        hint=outlet_hint(url, language),
    )
    out: list[PlaceMention | None] = [
        _mention(f, rank(list(f.cands), ctx.without(f.text))[0]) if f.cands else None for f in given
    ]
    # a name no gazetteer holds gets the region or country the text puts it in, as in annotate
    resolved = sorted((m for m in out if m is not None), key=lambda m: m.start)
    return [
        m if m is not None else _fallback(f, resolved, ctx, text)
        for f, m in zip(given, out, strict=True)
    ]


@cache
def _apposition() -> re.Pattern:
    """ ", au", ", in", "، في": what sits between a place and the country the text puts it in."""
    words: set[str] = set()
    for lang in data.languages():
        words.update((data.load(lang, "places") or {}).get("apposition_words") or [])
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"
    return re.compile(rf"^\s*[,،]\s*(?:(?:{alts})\s*)?$", re.IGNORECASE)


def _apposed_countries(text: str, found: list[Found]) -> dict[int, str]:
    """Index of a name -> the country named right after it ("Samia, au Nigeria")."""
    out = {}
    for i, (f, nxt) in enumerate(zip(found, found[1:], strict=False)):
        if not nxt.cands or f.source == "access":
            continue
        best = rank(list(nxt.cands))[0]
        if best.kind == "country" and best.country and _apposition().match(text[f.end : nxt.start]):
            out[i] = best.country
    return out


def _country_mention(f: Found, code: str) -> PlaceMention:
    place = gazetteer().country(code)
    return PlaceMention(
        f.start,
        f.end,
        f.text,
        place.name if place else None,
        place.gazetteer_id if place else None,
        place.lat if place else None,
        place.lon if place else None,
        code,
        None,
        "country",
        REGION,
        0.2,
    )


def annotate(article: Article) -> Article:
    """Set article.places: every toponym, crossing and road mention, resolved, sorted by start."""
    text = article.text or ""
    if not text.strip():
        article.places = []
        return article
    found = recognise(text, list(article.entities or []))
    ctx = _context(found, _adjectives(text, found), outlet_hint(article.url, article.language))
    mentions: list[PlaceMention] = []
    pending: list[Found] = []
    apposed = _apposed_countries(text, found)
    for i, f in enumerate(found):
        if i in apposed:
            # "à Samia, au Nigeria": only readings in the country the text puts it in
            code = apposed[i]
            inside = [c for c in f.cands if code in (c.countries or (c.country,))]
            guess = f.source != "matcher" and all(c.match < MATCH_ALTERNATE for c in f.cands)
            if inside:
                f.cands = inside
            elif guess:  # a spelling guess abroad: the country is all the text supports
                mentions.append(_country_mention(f, code))
                continue
        if f.source == "area":
            # a sea or a macro-area: kept as named, given no point to put an event at
            mentions.append(PlaceMention(f.start, f.end, f.text, f.text, None, kind="region"))
            mentions[-1].precision = REGION
            continue
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
        m = _fallback(f, mentions, ctx, text)
        if m is not None:
            mentions.append(m)
    mentions += _generic_roads(text, mentions)
    article.places = sorted(mentions, key=lambda m: (m.start, m.end))
    return article
