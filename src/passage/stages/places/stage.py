"""The places stage: recognised spans, ranked in the article's context, as PlaceMentions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from passage import data
from passage.record import Article, PlaceMention
from passage.stages.places.gazetteer import Place, gazetteer
from passage.stages.places.lexicon import lexicon
from passage.stages.places.normalise import key, skeleton
from passage.stages.places.outlet import (
    HOME_MIN_POPULATION,
    OutletHint,
    outlet_hint,
    region_abbreviation,
)
from passage.stages.places.recognise import (
    AFTER_PREPOSITION,
    DATELINE_END,
    MIN_DATELINE_CHARS,
    PERSON_TAGGED,
    ROAD_NUMBER,
    Found,
    abbreviated_region,
    apposed_unit,
    mark_regions_after_towns,
    near_by_distance,
    postal_readings,
    recognise,
    span_cues,
    tokenize,
    unit_word_apposed,
)
from passage.stages.places.registry import registry
from passage.stages.places.resolver import (
    MATCH_ALTERNATE,
    MATCH_PRIMARY,
    MATCH_SKELETON,
    UNIT_MATCH,
    Candidate,
    Context,
    anchor_place,
    document_context,
    gazetteer_candidates,
    haversine_km,
    held_back_regions,
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
# Between a place and the town it is in ("in", "at", "near", "area of", a comma) and between
# a town and a place of its own ("Brooklyn's").
_IN_TOWN = re.compile(
    r"(?:,|\s+(?:in|at|near|outside|(?:area|district|part|suburb) of))\s+(?:the\s+)?$|,\s*$"
)
_TOWNS_OWN = re.compile(r"['’]s\s+$")


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


def _told_in_caseless_script(f: Found, text: str) -> bool:
    """ "مدينة مأرب", "محافظة الجوف", "مأرب - ": in a script without capitals, a word that a
    place's cue or the dateline marks as a place may vouch for its country, as a capitalised
    name does elsewhere; without them an Arabic article that names no country has none."""
    return bool(f.cues & {"name_prefix", "region"}) or is_dateline(text, f.start, f.end)


def _home_candidates(hint: OutletHint | None) -> list[Candidate]:
    """Towns and regions (big enough to have a paper) an outlet is named after."""
    if hint is None:
        return []
    out = []
    for name in hint.names:
        written = region_abbreviation(name)
        if written:
            # "masslive.com": the outlet of the state "Mass." abbreviates
            out.extend(abbreviated_region(written))
        sk = skeleton(name)
        for c in gazetteer_candidates(name, fuzzy=False):
            if skeleton(c.name) != sk or c.country is None:
                continue
            if c.kind in ("town", "region") and c.population >= HOME_MIN_POPULATION:
                out.append(c)
    return out


def _context(
    found: list[Found],
    adjectives: list | None = None,
    hint: OutletHint | None = None,
    text: str = "",
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
        # nor does a place read inside a longer name ("Arizona State University") or one a
        # site is named after ("St George's Chapel")
        ok = (
            best.match >= MATCH_ALTERNATE
            and not f.cues & {"inner", "named_after", PERSON_TAGGED, ROAD_NUMBER}
            and (
                sure
                or not (_caseless(f.text) and f.source == "matcher")
                or _told_in_caseless_script(f, text)
            )
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
        hint.countries if hint and hint.national else frozenset(),
        hint.countries if hint and not hint.national else frozenset(),
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


def _placed_at(
    f: Found, place: Place | Candidate | PlaceMention, kind: str, precision: int, score: float
) -> PlaceMention:
    """The found name placed at a gazetteer entry as a whole: its point, country and region."""
    return PlaceMention(
        f.start,
        f.end,
        f.text,
        place.name,
        place.gazetteer_id,
        place.lat,
        place.lon,
        place.country,
        place.admin1,
        kind,
        precision,
        score,
    )


def _sentence_window(text: str, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence before the one holding [start, end) to the end of that
    sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    lo = ends[-2] if len(ends) >= 2 else 0
    after = _SENTENCE_END.search(text, end)
    return lo, after.start() if after else len(text)


def _in_named_town(f: Found, resolved: list[PlaceMention], text: str) -> PlaceMention | None:
    """The town a place is said to be in, right after or before it: "Collins Avenue in Miami
    Beach", "the Hardeetown area of Chiefland", "Brooklyn's Barclays Center", or near it:
    "Gaskindé, localité à une vingtaine de kilomètres de Djibo". The place lies in or beside
    that town: its point, precision 2."""
    for m in resolved:
        if m.kind != "town" or m.lat is None:
            continue
        gap = text[f.end : m.start] if m.start >= f.end else ""
        after = m.start >= f.end and (
            _IN_TOWN.match(gap) or near_by_distance(gap) or _bearing_gap(gap)
        )
        before = m.end <= f.start and _TOWNS_OWN.match(text[m.end : f.start])
        if after or before:
            return replace(m, start=f.start, end=f.end, text=f.text, precision=NEAR, score=0.3)
    return None


_NAME_GOES_ON = re.compile(r"[ -][A-Z]")


# A place said to lie "au sud de Tripoli" further than this from Tripoli is another place.
BEARING_REACH_KM = 150.0
_APPOSED = re.compile(r"[ \t]*[,،][ \t]*")


def _beside_its_bearing_town(
    m: PlaceMention, mentions: list[PlaceMention], text: str
) -> PlaceMention:
    """ "le quartier d'Abou Salim, au sud de Tripoli": a town read far from the town the text
    puts it beside is a namesake abroad (Bou Salem, Tunisia); the place is by that town."""
    if m.kind != "town" or m.lat is None:
        return m
    town = next(
        (
            n
            for n in mentions
            if n.kind == "town" and n.start > m.end and _bearing_gap(text[m.end : n.start])
        ),
        None,
    )
    if town is None or town.lat is None:
        return m
    if haversine_km((m.lat, m.lon), (town.lat, town.lon)) <= BEARING_REACH_KM:
        return m
    return replace(town, start=m.start, end=m.end, text=m.text, precision=NEAR, score=0.3)


def _bearing_gap(gap: str) -> bool:
    """ ", au sud de ", "، جنوب ", ", north of ": what stands between a place and the town the
    text gives its bearing from."""
    apposed = _APPOSED.match(gap)
    if apposed is None:
        return False
    rest = gap[apposed.end() :].replace("’", "'")
    cue = lexicon().cues_before["near"].match(rest)
    return cue is not None and not rest[cue.end() :].strip()


def _named_as_a_place(f: Found, text: str) -> bool:
    """ "the township of Kani", "le hameau de Tassia": a capitalised name after a word for a
    settlement and its "of" is a place even where the gazetteer's readings of it lie elsewhere
    (not "the City Hall": no "of", a building's name)."""
    if "name_prefix" not in f.cues or not f.text[:1].isupper():
        return False
    before = re.search(r"(\w+'?)\s*$", text[max(0, f.start - 12) : f.start].replace("’", "'"))
    return bool(before) and before.group(1).casefold() in lexicon().joiners


def _said_to_be_in(f: Found, text: str) -> bool:
    """ "the series wouldn't be any different in Erie": a one-word name right after "in" (in
    the data's `located_in_words`) is a place even where the gazetteer's only reading of it is
    not believed (a town abroad): a local place it lacks, which the text's region places."""
    if " " in f.text or not f.text[:1].isupper() or _NAME_GOES_ON.match(text, f.end):
        return False
    before = re.search(r"(\w+)\s+$", text[max(0, f.start - 12) : f.start])
    return bool(before) and before.group(1) in _words("located_in_words")


def _in_the_town_it_is_named_after(f: Found, resolved: list[PlaceMention]) -> PlaceMention | None:
    """ "Greer Station", "Athens Regional Park", "Harwinton Senior Center": a site no gazetteer
    holds whose name begins with the name of a town the text itself places is in that town:
    its point, precision 2. Not a street: "Wichita Street" runs in any town."""
    words = f.text.split()
    if len(words) < 2 or words[-1] in lexicon().street_words:
        return None
    towns = [
        m
        for m in resolved
        if m.kind == "town"
        and m.lat is not None
        and m.start != f.start
        and f.text.startswith(m.text + " ")
    ]
    if not towns:
        return None
    m = max(towns, key=lambda m: (len(m.text), -abs(m.start - f.start)))
    return replace(m, start=f.start, end=f.end, text=f.text, precision=NEAR, score=0.3)


_COMPOUND_AFTER = re.compile(r"-[a-z]")


def _in_a_compound(region: PlaceMention, text: str) -> bool:
    """ "a Texas-based company", "an Ohio-born pastor": a region written as part of a
    compound word says where something comes from, not where the sentence's places are."""
    return bool(_COMPOUND_AFTER.match(text, region.end))


# Regions whose points lie further apart than this are no neighbours whose middle means much.
ADJACENT_KM = 600.0


def _spread(named: list[PlaceMention]) -> float:
    """The greatest distance between the points of the given mentions."""
    return max(
        (haversine_km((a.lat, a.lon), (b.lat, b.lon)) for a in named for b in named),
        default=0.0,
    )


def _in_named_region(f: Found, resolved: list[PlaceMention], text: str) -> PlaceMention | None:
    """The region (or regions of one country) named in the same or the previous sentence: a
    place of unknown position inside or beside it, precision 2. "à la frontière entre les
    provinces de Homs et de Deir ez-Zor" gives the middle of the two."""
    lo, hi = _sentence_window(text, f.start, f.end)
    regions: dict[str, PlaceMention] = {}
    for m in resolved:
        # first-level regions and finer: a macro-region or a continent is no finer than before
        if lo <= m.start < hi and m.kind == "region" and m.admin1 and m.lat is not None:
            if _in_a_compound(m, text):
                continue
            regions.setdefault(m.gazetteer_id or m.name or "", m)
    if not regions or len({m.country for m in regions.values()}) != 1:
        return None
    named = list(regions.values())
    if _spread(named) > ADJACENT_KM:
        # "Oregon, Michigan, Utah and Colorado": far apart, their middle is none of them; the
        # region named nearest ("in Utah's Zion National Park") places it
        named = [min(named, key=lambda m: min(abs(m.end - f.start), abs(m.start - f.end)))]
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
    """A place no gazetteer holds gets the town, region or country the text puts it in, never
    a guessed town."""
    near = (
        (
            _in_named_town(f, resolved, text)
            or _in_the_town_it_is_named_after(f, resolved)
            or _in_named_region(f, resolved, text)
        )
        if text
        else None
    )
    if near is not None:
        return near
    window = [m for m in resolved if f.start - FALLBACK_WINDOW <= m.start < f.end + 200]
    home = _home_town(f, ctx) if not window else None
    if home is not None:
        return home
    # regions of a country: a continent or a bloc ("the Caucasus") says less than a country;
    # one named before the place places it rather than one the next sentence turns to ("dans
    # la région de Gao, les habitants ont fui vers X. Dans la région de Ménaka, ...")
    regions = {m.gazetteer_id: m for m in window if m.kind == "region" and m.country}
    before = {g: m for g, m in regions.items() if m.start < f.start}
    if before:
        regions = before
    if not regions:
        town = _town_area(f, window)
        if town is not None:
            return town
        # no region named nearby: the first-level region all the towns named nearby lie in
        # ("Squirrel Hill" among Pittsburgh's streets is in Pennsylvania)
        home = _region_of_towns(window)
        regions = {home.gazetteer_id: home} if home else {}
    if len(regions) == 1:
        target = next(iter(regions.values()))
    else:
        countries = {m.country for m in (regions.values() or window) if m.country}
        nearby = {m.country for m in window if m.country}
        papers = sorted(ctx.domain & (nearby or set(ctx.weights) or ctx.domain))
        if len(regions) > 1 and len(countries) == 1:
            code = countries.pop()
        elif papers:
            # a local paper's place ("the Princes Theatre" in a ".co.uk" paper) is in the
            # paper's country when the text names it nearby, or names no other country there
            code = papers[0]
        elif window and nearby:
            code = min(
                (m for m in window if m.country), key=lambda m: abs(m.start - f.start)
            ).country
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
        return _placed_at(f, place, "country", REGION, 0.2)
    return _placed_at(f, target, "region", REGION, 0.3)


def _home_town(f: Found, ctx: Context) -> PlaceMention | None:
    """ "a UFC press conference at Barclays Center" in a paper named after New York, with no
    other place named nearby: a local paper's place is in or near its home town (its most
    plausible reading), precision 2."""
    if not ctx.home:
        return None
    best = max(ctx.home, key=lambda h: h.weight)
    place = gazetteer().by_id(best.gazetteer_id)
    if place is None:
        return None
    return _placed_at(f, place, place.kind, NEAR, 0.3)


def _same_place_for_same_name(
    names: dict[int, Found], fallen: dict[int, PlaceMention | None]
) -> None:
    """Mentions of one name no gazetteer holds are one place: where the text puts one of them
    most precisely ("Gladstone Road, Headington, Oxford"), it puts all of them (the headline's
    bare "Headington")."""
    best: dict[str, PlaceMention] = {}
    for i, m in fallen.items():
        k = key(names[i].text)
        placed = m is not None and m.precision is not None and m.lat is not None
        if placed and (k not in best or m.precision < (best[k].precision or REGION + 1)):
            best[k] = m
    for i, m in fallen.items():
        f = names[i]
        b = best.get(key(f.text))
        if b is not None and (m is None or (m.precision or REGION + 1) > (b.precision or 0)):
            fallen[i] = replace(b, start=f.start, end=f.end, text=f.text)


# Towns named around a place that lie this close together are one town's area; the text must
# name the town nearest the place this many times around it for the place to be the town's.
TOWN_AREA_KM = 40.0
TOWN_AREA_MENTIONS = 2


def _town_area(f: Found, window: list[PlaceMention]) -> PlaceMention | None:
    """ "Squirrel Hill ... Pittsburgh ... the Pittsburgh police": a place no gazetteer holds,
    among the names of one town's area that the text keeps returning to and of no region, is in
    or beside that town (the mention nearest, precision 2), not at the point of its state; so
    is a street or a building beside a town named once. A town named once beside a village
    ("bloqués à Kalembe, selon un chauffeur rentré à Goma") does not place it: the village may
    lie a day's drive away."""
    towns = [m for m in window if m.kind == "town" and m.lat is not None]
    if not towns or _spread(towns) > TOWN_AREA_KM:
        return None
    nearest = min(towns, key=lambda m: min(abs(m.end - f.start), abs(m.start - f.end)))
    again = sum(m.gazetteer_id == nearest.gazetteer_id for m in towns) >= TOWN_AREA_MENTIONS
    if not (again or _street_or_building(f.text)):
        return None  # towns side by side ("Montpelier, Barre and X") leave X to their region
    return replace(nearest, start=f.start, end=f.end, text=f.text, precision=NEAR, score=0.3)


def _street_or_building(name: str) -> bool:
    """ "McCandless Street", "Belfast Magistrate's Court": a name ending in a word for a street
    or a building, which lies in a town."""
    words = name.split()
    return len(words) > 1 and words[-1] in _words("street_words") | _building_words()


def _region_of_towns(mentions: list[PlaceMention]) -> PlaceMention | None:
    """The first-level region of the towns among `mentions`, when they all lie in one."""
    areas = {(m.country, m.admin1) for m in mentions if m.kind == "town"}
    if len(areas) != 1:
        return None
    country, admin1 = areas.pop()
    region = gazetteer().region(country, admin1) if country and admin1 else None
    if region is None:
        return None
    return PlaceMention(
        0,
        0,
        "",
        region.name,
        region.gazetteer_id,
        region.lat,
        region.lon,
        country,
        admin1,
        "region",
        REGION,
    )


def _far_from(c: Candidate, ctx: Context) -> bool:
    """Whether a reading lies far from every country the article is plainly about."""
    if c.lat is None:
        return False
    centres = [gazetteer().country(cc) for cc, w in ctx.countries.items() if w >= 1.0]
    return all(
        haversine_km((c.lat, c.lon), (p.lat, p.lon)) > FAR_KM for p in centres if p is not None
    )


def _caseless(text: str) -> bool:
    return not any(ch.isupper() or ch.islower() for ch in text)


def _believable(f: Found, best: Candidate, ctx: Context) -> bool:
    """A spelling guess, or an obscure place, must agree with what the article is about."""
    if ROAD_NUMBER in f.cues:
        # "the M4 motorway near Reading": Britain's M4, not the registry's Syrian one; a
        # number beside a road word the registry does not write it with is believed only in
        # a story about the road's country or a place along it ("The M4 motorway was closed
        # overnight" alone is as likely Britain's)
        return _agrees_with_any(best, ctx) or _beside_the_road(best, ctx)
    if f.source == "access" or best.kind == "country":
        return True
    if PERSON_TAGGED in f.cues:
        # "venus de Beledweyne" taken for a person by the entity model: believed only as a
        # place of the country the article is plainly about
        return best.match >= MATCH_ALTERNATE and ctx.countries.get(best.country or "", 0) >= 1.0
    if best.kind == "region" and best.country is None and best.match >= MATCH_ALTERNATE:
        # a bloc or a world region by its short name ("EU", "Mideast"): no local place the
        # gazetteer lacks, whatever country the article is about
        return True
    agrees = _agrees(best, ctx)
    focused = any(w >= 1.0 for w in ctx.countries.values())
    if f.inside_name and focused and not agrees and _far_from(best, ctx):
        return False  # "Plaine Savo" in a Congolese story: not Savo in Finland
    if best.match < MATCH_SKELETON and best.kind == "town":
        # a spelling guess at a town ("Harwinton" read as Harrington) among towns the article
        # settles in one part of that country must lie in that part
        return agrees and _near_the_articles_towns(best, ctx)
    if best.match < MATCH_ALTERNATE:
        # "Al Jazira state" in a story that names no country: the text says it is a region
        return agrees or ("region" in f.cues and _first_level(best) and not focused)
    if (
        f.source == "matcher"
        and not f.cues
        and (best.population < SMALL_PLACE or _caseless(f.text))
    ):
        # in scripts without capitals every word is a candidate: only the article's own
        # countries are believed
        return agrees
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
    capital = best.capital and AFTER_PREPOSITION in f.cues
    if f.source in ("matcher", "entity") and best.match < MATCH_PRIMARY and not capital:
        # reached through another spelling only ("Kobe" for Kōbe) while the article is about
        # somewhere else: more likely a local place the gazetteer lacks; but a big capital by
        # its own language's name after "au", "in" or "إلى" ("au Caire", "إلى الرياض") is
        # where talks and envoys go
        return agrees or not focused
    return True


def _agrees(c: Candidate, ctx: Context) -> bool:
    """Whether a reading lies in a country the article is about, or in the home region of its
    outlet ("Hampton" in a Twickenham paper, whatever else the names could mean)."""
    if ctx.countries.get(c.country or "", 0.0) >= 0.5:
        return True
    return any(
        h.weight >= 1.0 and h.country == c.country and h.admin1_code == c.admin1_code
        for h in ctx.home or ()
    )


def _agrees_with_any(c: Candidate, ctx: Context) -> bool:
    """Whether a crossing or road lies in one of the countries the article is about."""
    return any(ctx.countries.get(cc, 0.0) >= 0.5 for cc in c.countries or (c.country,))


# How far from a registry road a place the article names may lie and be along it
ROAD_SIDE_KM = 40.0
ROAD_STEP_KM = 10.0


def _beside_the_road(road: Candidate, ctx: Context) -> bool:
    """Whether one of the article's other names may be a place along a registry road ("the
    highway M4 near Ariha"), by its plausible readings."""
    acc = registry().get(road.gazetteer_id)
    ends = [anchor_place(a) for a in acc.anchors] if acc else []
    ends = [(p.lat, p.lon) for p in ends if p is not None and p.lat is not None]
    line = [pt for a, b in zip(ends, ends[1:], strict=False) for pt in _stretch(a, b)]
    readings = (
        r
        for name, by_country in ctx.readings.items()
        if name != ctx.exclude
        for rs in by_country.values()
        for r in rs
        if r.lat is not None
    )
    return any(haversine_km((r.lat, r.lon), pt) <= ROAD_SIDE_KM for r in readings for pt in line)


def _stretch(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[float, float]]:
    """Points every ROAD_STEP_KM or so on the straight stretch from a to b."""
    steps = max(1, int(haversine_km(a, b) / ROAD_STEP_KM))
    return [
        (a[0] + (b[0] - a[0]) * i / steps, a[1] + (b[1] - a[1]) * i / steps)
        for i in range(steps + 1)
    ]


def _shared_unit_name_abroad(f: Found, best: Candidate, ctx: Context, agrees: bool) -> bool:
    """ "Western Province" in a Kenyan story: a unit name that regions of several countries
    bear, read in a country the article is not about, is rather a unit of the article's own
    country that the gazetteer lacks (an old province): its country places it."""
    if best.kind != "region" or best.country is None or agrees:
        return False
    if not any(w >= 1.0 for w in ctx.countries.values()):
        return False
    return len({c.country for c in f.cands if c.kind == "region"}) >= 2


# How far from the article's settled towns of its country a spelling guess at a town may lie.
GUESS_KM = 250.0
SETTLED = 0.5


def _near_the_articles_towns(c: Candidate, ctx: Context) -> bool:
    """Whether a town lies in the first-level region of, or near, a town the article's other
    names settle on in its country; true when they settle on none."""
    settled = [
        r
        for name, by_country in ctx.readings.items()
        if name != ctx.exclude
        for r in by_country.get(c.country or "", ())
        if r.level == "town" and r.weight >= SETTLED and r.lat is not None
    ]
    if not settled or c.lat is None:
        return True
    return any(
        (c.admin1_code is not None and r.admin1_code == c.admin1_code)
        or haversine_km((c.lat, c.lon), (r.lat, r.lon)) <= GUESS_KM
        for r in settled
    )


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
    found = table.get(w) or (table.get(w[:-1]) if w.endswith("s") else None)
    # "Austro" of "Austro-Hungarian", given as a place: the country it stands for
    return found or (_word_table("compound_prefixes").get(w) if word[:1].isupper() else None)


def demonym_place(word: str) -> Candidate | None:
    """The country or continent an adjective names ("Russian", "européenne"), if any."""
    code = demonym_country(word)
    if code and gazetteer().country(code):
        return _country_candidate(code)
    name = _word_table("region_demonyms").get(word.strip().casefold())
    if name:
        for c in gazetteer_candidates(name, fuzzy=False):
            # a continent, or a region that is no country's first-level unit by its own name
            # ("Kurdish": the Kurdistan Region), under its main name
            if c.kind == "region" and not c.admin2 and c.match >= MATCH_PRIMARY:
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


def _direction_candidates(name: str) -> list[Candidate]:
    """ "West Wales", "Western US", "North Georgia": a part of a place the gazetteer knows,
    named by a direction word before the name: the place's readings (never a spelling guess
    at the whole, which finds West Allis for West Wales)."""
    first, _, rest = name.partition(" ")
    if first not in lexicon().directions or not rest:
        return []
    return gazetteer_candidates(rest, fuzzy=False)


# A place inside a longer name stands for it only if it is one anyone would name.
INNER_TOWN = 100_000
# Finer first: "British Embassy Tokyo" is in Tokyo.
_INNER_KIND_ORDER = {"town": 0, "region": 1, "country": 2}


def _known_inside(c: Candidate) -> bool:
    """A reading a longer name may be named after: a country, a first-level region, a capital
    or a big town, under one of its own names."""
    if c.match < MATCH_ALTERNATE * UNIT_MATCH or (c.kind == "town" and c.match < MATCH_PRIMARY):
        return False  # a town's old or other name ("Riverdale" for Glendale) is no such place
    # a country, a first-level region, a continent or a bloc ("Council of Europe")
    unit = c.kind == "country" or (c.kind == "region" and not c.admin2)
    return unit or c.capital or (c.kind == "town" and c.population >= INNER_TOWN)


def _inner_place_candidates(name: str) -> list[Candidate]:
    """ "Arizona State University", "Belfast Magistrate's Court", "Mexican Senate": a name no
    gazetteer holds (a building, a body, an event) that holds a well-known place's name, or a
    word for its people, lies in or belongs to that place. The readings of the longest such
    part, the finest kind first."""
    toks = tokenize(name)
    lex = lexicon()
    for size in range(len(toks) - 1, 0, -1):
        hits: list[tuple[int, int, list[Candidate]]] = []
        for i in range(len(toks) - size + 1):
            part = toks[i : i + size]
            if not all(t.capital for t in part):
                continue
            span = name[part[0].start : part[-1].end]
            adjective = demonym_place(span)
            common = part[0].text in lex.stopwords or part[0].text in lex.directions
            if size == 1 and common and adjective is None:
                continue
            found = [adjective] if adjective else gazetteer_candidates(span, fuzzy=False)
            found = [c for c in found or unit_candidates(span) if _known_inside(c)]
            if found:
                finest = min(_INNER_KIND_ORDER.get(c.kind, 3) for c in found)
                hits.append((finest, -i, found))
        if hits:
            return min(hits, key=lambda h: (h[0], h[1]))[2]
    return []


@cache
def _words(field: str) -> frozenset[str]:
    """A word list of the places data files (`building_words`, `site_of_words`), merged over
    languages."""
    out: set[str] = set()
    for lang in data.languages():
        out.update((data.load(lang, "places") or {}).get(field) or [])
    return frozenset(out)


def _building_words() -> frozenset[str]:
    return _words("building_words")


@cache
def _site_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Between a site and the town the text puts it in ("Hampton Park in Charleston"), and
    the word before a name that says people come from there ("fled from Aden in Cairo")."""
    articles = "|".join(re.escape(a) for a in sorted(lexicon().name_articles)) or "(?!x)x"

    def alts(field: str) -> str:
        return "|".join(re.escape(w) for w in sorted(_words(field))) or "(?!x)x"

    in_town = re.compile(rf"\s+(?:{alts('site_in_town_words')})\s+(?:(?:{articles})\s+)?")
    origin = re.compile(rf"\b(?:{alts('origin_words')})\s+(?:(?:{articles})\s+)?$", re.I)
    return in_town, origin


def _named_after_candidates(name: str) -> list[Candidate]:
    """ "Windsor Castle", "Shawnee Park", "Embassy of Armenia": a building or a site no
    gazetteer holds, named after a place: that place's readings, whatever its size (unlike
    `_inner_place_candidates`); whether a reading agrees with the article is judged later
    (see `_named_after_believable`)."""
    words = lexicon().feature_words | _building_words()
    first, _, rest = name.partition(" ")
    head, _, last = name.rpartition(" ")
    of, _, after = rest.partition(" ")
    if first in words and of in _words("site_of_words") and after:
        article, _, bare = after.partition(" ")
        place = bare if bare and article.casefold() in lexicon().name_articles else after
    elif last in words and head:
        place = head
    else:
        return []
    place = re.sub(r"['’]s$", "", place)
    return [
        c
        for c in gazetteer_candidates(place, fuzzy=False)
        if c.match >= MATCH_PRIMARY and c.kind in ("town", "region", "country")
    ]


def _named_after_believable(best: Candidate, ctx: Context) -> bool:
    """A site's namesake place must lie in a country the article is about (or its outlet's
    own country) and near the towns the article settles on there: "Hampton Park" in a
    Charleston story is no suburb of Melbourne."""
    home = bool(best.country) and best.country in ctx.domain
    if not (home or _agrees_or_unfocused(best, ctx)):
        return False
    return best.kind == "country" or _near_the_articles_towns(best, ctx)


def _best_reading(f: Found, ranked: list[Candidate]) -> Candidate:
    """The best of a name's ranked readings; with a word for a region beside it ("a Washington
    state farm", "Deir ez-Zor province") the best first-level region of that name, if any: not
    a town, nor a county ("the Houston region" is the area around Houston, not a county of
    that name two states away). A world region or a bloc under its main name comes before a
    lesser town named after it."""
    if "region" in f.cues:
        for c in ranked:
            if _first_level(c) and c.match >= MATCH_ALTERNATE:
                return c
        # "l'État d'Al-Jazira": the region spelt as near as any reading, not the town of Iraq
        # that another spelling of the name reaches as well
        for c in ranked:
            if _first_level(c) and c.match >= max(MATCH_SKELETON, ranked[0].match):
                return c
    best = ranked[0]
    if "region" not in f.cues and best.kind == "region":
        town = _namesake_town(best, ranked)
        if town is not None:
            return town
        if (f.at_town or "near" in f.cues) and best.country:
            # "100 km west of Mandalay", "à 40 km au nord de Kaya": distances and bearings are
            # measured from a town, the one its region is named after; and "à Kherson" is said
            # of a town
            town = _town_of_its_region(best, ranked)
            if town is not None:
                return town
    if "region" in f.cues and best.kind == "town" and best.population < FOREIGN_TOWN:
        # "la province du Soum": no first-level region bears the name, but a province does; a
        # hamlet of that name abroad is not what the word "province" points at. But not a
        # county the article says nothing of: "the Lancaster district" of a British paper is
        # the district of the town, not a county of Nebraska
        for c in ranked:
            if c.kind == "region" and c.country and c.match >= MATCH_ALTERNATE:
                return c if best.score - c.score <= REGION_WORD_MARGIN else best
    if best.kind == "town" and best.population < FOREIGN_TOWN and not best.capital:
        # "the Middle East" is the world region, not a hamlet of Maryland named after it
        for c in ranked:
            if c.kind == "region" and c.country is None and c.match >= MATCH_PRIMARY:
                return c
    return best


def _first_level(c: Candidate) -> bool:
    return c.kind == "region" and bool(c.country) and not c.admin2


# How far behind a town a region of its name may rank and still be what a word for a region
# beside the name points at (see `_best_reading`).
REGION_WORD_MARGIN = 0.25
# How far behind its region a namesake town may rank and still be what a bare name means.
NAMESAKE_TOWN_MARGIN = 0.1


def _namesake_town(region: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The town a region is named after ("Tombouctou", "Gao"), close behind it in the ranking:
    without a word for a region beside it, news means the town, even where the article's
    other mentions ("la région de Tombouctou") lift the region a little."""
    if ranked.index(region) not in held_back_regions(ranked):
        return None
    for c in ranked:
        same_unit = (c.country, c.admin1_code) == (region.country, region.admin1_code)
        close = region.score - c.score <= NAMESAKE_TOWN_MARGIN
        # the town through its exonym, the region through its translation ("Tombouctou");
        # where both bear the name as their own ("New York"), the ranking already weighed them
        exonym = c.match < MATCH_PRIMARY <= region.match
        if c.name.casefold().startswith(region.name.casefold() + " "):
            continue  # "New York City", "Oklahoma City": the bare name is the region's
        if c.kind == "town" and same_unit and close and exonym:
            return c
    return None


def _town_of_its_region(region: Candidate, ranked: list[Candidate]) -> Candidate | None:
    """The town of a region's own name ("Mandalay" of "Mandalay Region") in that region."""
    stem = skeleton(region.name)
    for c in ranked:
        if c.kind != "town" or c.match < MATCH_ALTERNATE:
            continue
        if (c.country, c.admin1_code) == (region.country, region.admin1_code) and stem.startswith(
            skeleton(c.name)
        ):
            return c
    return None


def _has_namesakes(c: Candidate) -> bool:
    """A town or a region of a country: a name others may bear; not a country or a continent."""
    return c.kind in ("town", "region") and c.country is not None


def _agrees_or_unfocused(c: Candidate, ctx: Context) -> bool:
    """Whether a reading lies in a country the article is about, or the article is plainly
    about none."""
    agrees = ctx.countries.get(c.country or "", 0.0) >= 0.5
    return agrees or not any(w >= 1.0 for w in ctx.countries.values())


def _finer_than_inner(
    f: Found, m: PlaceMention | None, resolved: list[PlaceMention], text: str
) -> PlaceMention | None:
    """A name read through the region or country inside it ("University of California") that
    the text puts in a town or a region of that unit ("..., Los Angeles") is there."""
    if m is not None and "named_after" in f.cues:
        # "Loyola University in Los Angeles": the town the text puts a site in, before the
        # namesake it is named after
        town = _in_named_town(f, resolved, text)
        if town is not None and (m.kind != "town" or town.country == m.country):
            return town
    if m is None or not f.cues & {"inner", "named_after"} or m.kind not in ("region", "country"):
        return m
    town = _in_named_town(f, resolved, text)
    if town is not None and m.kind == "country":
        return town  # "Percy French Hotel, Ballyjamesduff": the town the text puts it in
    finer = town or _in_named_region(f, resolved, text)
    if finer is None or finer.country != m.country:
        return m
    # "a Tennessee Colony man ... in Anderson County", Texas: a state read inside a name
    # gives way to a place the text names in another state of its country
    # (a county or a town of it: not another state of a list, "Texas, Florida and Iowa")
    finer_than_a_state = finer.gazetteer_id is not None and finer.name != finer.admin1
    state = m.kind == "region" and m.admin1 == m.name and finer_than_a_state
    return finer if m.kind == "country" or finer.admin1 == m.admin1 or state else m


def _in_the_town_the_text_names(
    f: Found, m: PlaceMention | None, resolved: list[PlaceMention], text: str
) -> PlaceMention | None:
    """ "east of Hampton Park in Charleston": a name the text puts in a town, read as a place
    far from that town (a suburb of Melbourne), is a place of that town the gazetteer lacks."""
    if m is None or m.lat is None or m.kind != "town":
        return m
    in_town, origin = _site_patterns()
    town = next((t for t in resolved if t.start >= f.end and t.kind == "town"), None)
    if town is None or not in_town.fullmatch(text[f.end : town.start]):
        return m  # "Copenhagen, Hamburg": a list of towns, each its own
    if origin.search(text[max(0, f.start - 12) : f.start]):
        return m  # "refugees from Aden in Cairo": where they came from, not a place of Cairo
    if town.lat is None or town.gazetteer_id == m.gazetteer_id:
        return m
    far = haversine_km((m.lat, m.lon), (town.lat, town.lon)) > GUESS_KM
    here = replace(town, start=f.start, end=f.end, text=f.text, precision=NEAR, score=0.3)
    return here if far else m


def _same_inner_place(given: list[Found], out: list[PlaceMention | None]) -> None:
    """Mentions of one name read inside a longer one are one place: where the text puts one
    of them more precisely ("Tennessee Colony ... in Anderson County"), it puts all of them."""
    best: dict[str, PlaceMention] = {}
    for f, m in zip(given, out, strict=True):
        if m is not None and "inner" in f.cues:
            k = key(f.text)
            if k not in best or (m.precision or REGION) < (best[k].precision or REGION):
                best[k] = m
    for i, (f, m) in enumerate(zip(given, out, strict=True)):
        b = best.get(key(f.text)) if m is not None and "inner" in f.cues else None
        if b is not None and (b.precision or REGION) < (m.precision or REGION):
            out[i] = replace(b, start=f.start, end=f.end, text=f.text)


def _unit_aside(f: Found, given: list[Found]) -> bool:
    """A region or a country the text names outside the given spans ("Georgia" in "Georgia
    Bureau of Investigation", "Kentucky" in "46 Kentucky employers"): not a place of its own
    there, but it says where the article is."""
    if not f.cands or any(g.start < f.end and f.start < g.end for g in given):
        return False
    return _unit_level(rank(list(f.cands))[0])


def _kind_told(f: Found) -> bool:
    """Whether the text says what kind of place the name is ("le village de X", "X, un village
    situé à 40 km de Mopti"): a local place, whose reading far abroad is doubtful."""
    return "name_prefix" in f.cues


def _abroad(c: Candidate, ctx: Context) -> bool:
    """Whether a town or region lies in a country the article does not name, far from every
    country it leans to (even where it names them once only)."""
    if not _has_namesakes(c) or c.lat is None or ctx.countries.get(c.country or "", 0.0) >= 0.5:
        return False
    centres = [gazetteer().country(cc) for cc, w in ctx.countries.items() if w >= 0.5]
    centres = [p for p in centres if p is not None and p.lat is not None]
    return bool(centres) and all(
        haversine_km((c.lat, c.lon), (p.lat, p.lon)) > FAR_KM for p in centres
    )


def _foreign_alias(f: Found, c: Candidate, ctx: Context) -> bool:
    """A lesser town reached only through another spelling of its name ("Taka" for Tak,
    Thailand), in a country the article never names and far from every country it is plainly
    about: more likely a local place the gazetteer lacks. A shortening of the town's own name
    ("Clacton" for Clacton-on-Sea) is how people call it, not a guess."""
    focused = any(w >= 1.0 for w in ctx.countries.values())
    shortened = key(c.name).startswith(key(f.text) + " ")
    return (
        focused
        and c.kind == "town"
        and c.match < MATCH_PRIMARY
        and c.population < FOREIGN_TOWN
        and not c.capital
        and not shortened
        and ctx.countries.get(c.country or "", 0.0) == 0.0
        and _far_from(c, ctx)
    )


def _given_mention(f: Found, ctx: Context) -> PlaceMention | None:
    """A given span's best reading; none for a spelling guess in a country the article is not
    about ("Prisi" read as Paris in a Georgian article): the fallback places it better."""
    if not f.cands:
        return None
    own = ctx.without(f.text)
    best = _best_reading(f, rank(list(f.cands), own))
    if best.match < MATCH_ALTERNATE and not _believable(f, best, own):
        return None
    if _kind_told(f) and (not _believable(f, best, own) or _abroad(best, own)):
        # "près de Nagoya, un village situé à 40 km de Mopti": not the city in Japan
        return None
    if _foreign_alias(f, best, own):
        return None
    if "named_after" in f.cues and not _named_after_believable(best, own):
        return None
    if "inner" in f.cues and _has_namesakes(best) and not _agrees_or_unfocused(best, own):
        # "Kendale Lakes Elementary School" in a Florida story is no school of South Sudan's
        # Lakes state: the text's own region places it better
        return None
    return _mention(f, best)


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
        elif f is not None and "river" in f.cues:
            # "le fleuve Congo": the river, not the country; the text's region places it
            f = Found(start, end, name, [], "given", cues)
        elif f is None or not f.cands:
            cands = registry_candidates(name) + gazetteer_candidates(name, fuzzy=False)
            # "the NY Plum Island center": a postal abbreviation given as a place is its region
            cands = cands or unit_candidates(name) or postal_readings(name)
            directed = [] if cands else _direction_candidates(name)
            named_after = [] if cands or directed else _named_after_candidates(name)
            inner = [] if cands or directed or named_after else _inner_place_candidates(name)
            cands = cands or directed or named_after or inner or gazetteer_candidates(name)
            near = {"near"} if directed else {"near", "inner"} if inner else set()
            near |= {"near", "named_after"} if named_after else set()
            f = Found(start, end, name, cands, "given", cues | near)
        given.append(f)
    by_apposition = _placed_by_the_text(given, text)
    placed = [by_apposition.get(i) for i in range(len(given))]
    mark_regions_after_towns(text, given)
    ctx = _context(
        given + [f for f in recognised if f.source == "access" or _unit_aside(f, given)],
        hint=outlet_hint(url, language),
    )
    out: list[PlaceMention | None] = [
        p or _given_mention(f, ctx) for f, p in zip(given, placed, strict=True)
    ]
    # a name no gazetteer holds gets the region or country the text puts it in, as in annotate
    # what the text itself names places the rest: not the places read inside longer names
    resolved = sorted(
        (m for f, m in zip(given, out, strict=True) if m is not None and "inner" not in f.cues),
        key=lambda m: m.start,
    )
    for i, f in enumerate(given):
        out[i] = _in_the_town_the_text_names(
            f, _finer_than_inner(f, out[i], resolved, text), resolved, text
        )
    _same_inner_place(given, out)
    unread = {i: f for i, (f, m) in enumerate(zip(given, out, strict=True)) if m is None}
    fallen = _fallbacks(unread, resolved, ctx, text)
    return [fallen.get(i) if m is None else m for i, m in enumerate(out)]


def _placed_by_the_text(found: list[Found], text: str) -> dict[int, PlaceMention]:
    """Datelines read as towns, then the names the text puts in a region or country right
    after them, placed (index in `found` -> mention; see `_placed_by_appositions`)."""
    for f in found:
        _read_dateline(f, text)
    return _placed_by_appositions(found, text)


def _fallbacks(
    unread: dict[int, Found], resolved: list[PlaceMention], ctx: Context, text: str
) -> dict[int, PlaceMention | None]:
    """Names no gazetteer holds, by index: the town, region or country the text puts each in,
    one place for all mentions of one name (see `_same_place_for_same_name`)."""
    fallen = {i: _fallback(f, resolved, ctx, text) for i, f in unread.items()}
    _same_place_for_same_name(unread, fallen)
    return fallen


def is_dateline(text: str, start: int, end: int) -> bool:
    """ "WASHINGTON (AP) —", "MANSFIELD —", "BELGRADE, Minn. --": whether the name at
    `start:end` is in capitals, opens a story (the text or a sentence) and stands before a
    dash or the agency, naming the town the report was filed from."""
    name = text[start:end]
    if not (name.isupper() or _caseless(name)) or len(name) < MIN_DATELINE_CHARS:
        return False
    if text[:start].strip() and not _SENTENCE_END.search(text[max(0, start - 3) : start]):
        return False
    return bool(DATELINE_END.match(text, end))


def _read_dateline(f: Found, text: str) -> None:
    """A dateline's name is the town the report was filed from, not the state or the county
    of that name."""
    if not is_dateline(text, f.start, f.end):
        return
    towns = [c for c in f.cands if c.kind == "town"]
    if towns:
        f.cands = towns


# A town filed under a region but whose point lies further than this from the region's point
# is misplaced in the gazetteer, or another place: not the one "dans la région de Gao" means.
UNIT_REACH_KM = 800.0


def _in_unit(c: Candidate, unit: Candidate, worded: bool = False) -> bool:
    """Whether a reading lies in a first-level region or a country (and is not that unit); with
    the unit given by its kind ("dans la région de Gao"), also within reach of its point."""
    countries = c.countries or ((c.country,) if c.country else ())
    if c.gazetteer_id == unit.gazetteer_id or unit.country not in countries:
        return False
    same_region = c.country == unit.country and c.admin1_code == unit.admin1_code
    if worded and same_region and None not in (c.lat, unit.lat):
        return haversine_km((c.lat, c.lon), (unit.lat, unit.lon)) <= UNIT_REACH_KM
    return unit.kind == "country" or same_region


def _placed_by_apposition(f: Found, text: str) -> PlaceMention | None:
    """ "Grantville, Pennsylvania", "Albany, Ga.", "Samia, au Nigeria": a name the text puts in a
    region or a country right after it keeps only its readings there. When it has none there,
    a town the gazetteer knows only elsewhere in that country (or not at all) is a town of that
    region it lacks: the region's point, near a town (precision 2), not a namesake two states
    away; abroad, a spelling guess is put in the country. Nothing when the text names no unit."""
    if f.source in ("access", "area") or not f.cands:
        return None  # a building or a street with no reading: the sentence's region places it
    if any(_unit_level(c) for c in f.cands):
        # a list of regions or countries ("Illinois, Missouri"), not a town and its region; but
        # a region put in its country ("Queensland, Australia") keeps its readings there
        _in_country_named_after(f, text)
        return None
    _name, units, readings = apposed_unit(text, f.end)
    if not units:
        return None
    worded = unit_word_apposed(text, f.end)
    inside = [c for c in f.cands if any(_in_unit(c, u, worded) for u in units)]
    if inside:
        f.cands = inside
        return None
    unit = rank([replace(u) for u in units])[0]
    guess = all(c.match < MATCH_ALTERNATE for c in f.cands)
    if unit.kind == "country":
        return _country_mention(f, unit.country) if guess and f.source != "matcher" else None
    # the unit must be what its name means first ("Texas", "W. Va."), not a town's namesake
    # region in a list of towns ("Homs, Hama")
    principal = rank([replace(c) for c in readings])[0].kind == "region"
    principal = principal or worded
    local = guess or any(c.country == unit.country for c in f.cands)
    if principal and local:
        return _unit_mention(f, unit)
    return None


def _in_country_named_after(f: Found, text: str) -> None:
    """ "Queensland, Australia", "Gao, au Mali": a region's name with a country right after it
    keeps its readings in that country, where it has any (the town, where one bears it too)."""
    if any(c.kind == "country" for c in f.cands):
        return  # "in Russia, U.S. officials said": a country is not put in another
    _name, units, _readings = apposed_unit(text, f.end)
    countries = {u.country for u in units if u.kind == "country"}
    inside = [c for c in f.cands if c.country in countries]
    if inside:
        f.cands = inside


def _placed_by_appositions(found: list[Found], text: str) -> dict[int, PlaceMention]:
    """Every name the text puts in a region or a country (see `_placed_by_apposition`), and the
    other mentions of those names, which mean the same place: "Grantville, Pennsylvania ...
    school in Grantville". Index of a name -> its mention when that is the unit's point."""
    placed: dict[int, PlaceMention] = {}
    # name key -> how each of its apposed mentions was settled: the unit's id, or the ids of
    # the readings kept
    settled: dict[str, set[tuple[str | None, ...]]] = {}
    example: dict[str, PlaceMention] = {}
    for i, f in enumerate(found):
        before = f.cands
        m = _placed_by_apposition(f, text)
        if m is not None:
            placed[i] = m
            example[key(f.text)] = m
            settled.setdefault(key(f.text), set()).add((m.gazetteer_id,))
        elif f.cands is not before:
            way = tuple(sorted(c.gazetteer_id for c in f.cands))
            settled.setdefault(key(f.text), set()).add(("", *way))
    for i, f in enumerate(found):
        ways = settled.get(key(f.text)) or set()
        if i in placed or len(ways) != 1 or apposed_unit(text, f.end)[1]:
            continue  # a name put in two places by the text is left to the context
        (way,) = ways
        if way[0]:
            m = example[key(f.text)]
            placed[i] = replace(m, start=f.start, end=f.end, text=f.text)
        else:
            f.cands = [c for c in f.cands if c.gazetteer_id in way[1:]] or f.cands
    return placed


def _unit_level(c: Candidate) -> bool:
    """A country or a first-level region read under its main name."""
    level = c.kind == "country" or (c.kind == "region" and c.country and not c.admin2)
    return level and c.match >= MATCH_PRIMARY


def _unit_mention(f: Found, unit: Candidate) -> PlaceMention:
    return _placed_at(f, unit, "region", NEAR, 0.3)


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


def _without_kind_noun(m: PlaceMention) -> PlaceMention:
    """ "قطاع غزة" read whole as the Gaza Strip is marked "غزة": the noun of kind in front is
    no part of the name, as "bande de" in "la bande de Gaza" (the reading stays)."""
    if m.kind in ("crossing", "road"):
        return m
    lead = lexicon().leading_kind_nouns.match(m.text)
    if lead is None:
        return m
    return replace(m, start=m.start + lead.end(), text=m.text[lead.end() :])


def annotate(article: Article) -> Article:
    """Set article.places: every toponym, crossing and road mention, resolved, sorted by start."""
    text = article.text or ""
    if not text.strip():
        article.places = []
        return article
    found = recognise(text, list(article.entities or []))
    placed = _placed_by_the_text(found, text)
    hint = outlet_hint(article.url, article.language)
    ctx = _context(found, _adjectives(text, found), hint, text)
    mentions: list[PlaceMention] = list(placed.values())
    pending: list[Found] = []
    for i, f in enumerate(found):
        if i in placed:
            continue
        if f.source == "area":
            # a sea or a macro-area: kept as named, given no point to put an event at
            mentions.append(PlaceMention(f.start, f.end, f.text, f.text, None, kind="region"))
            mentions[-1].precision = REGION
            continue
        own = ctx.without(f.text)
        best = _best_reading(f, rank(list(f.cands), own)) if f.cands else None
        if best is not None and _shared_unit_name_abroad(f, best, own, _agrees(best, own)):
            # a unit's name not believed abroad is a unit of the article's own country
            mentions.append(_country_mention(f, max(sorted(own.countries), key=own.countries.get)))
            continue
        located = f.located
        if best is not None and not _believable(f, best, own):
            best = None
            # "the township of Kani": a place the text names as one, not the town abroad
            located = located or _said_to_be_in(f, text) or _named_as_a_place(f, text)
            if f.source == "matcher" and not located:
                continue
        if best is not None and "named_after" in f.cues and not _named_after_believable(best, own):
            best = None
        if best is not None:
            mentions.append(_mention(f, best))
        elif f.source == "fallback" or located or f.cues & {"near", "name_prefix", "region"}:
            pending.append(f)
    mentions.sort(key=lambda m: m.start)
    mentions = [_beside_its_bearing_town(m, mentions, text) for m in mentions]
    fallen = _fallbacks(dict(enumerate(pending)), mentions, ctx, text)
    mentions += [m for m in fallen.values() if m is not None]
    mentions = [_without_kind_noun(m) for m in mentions]
    article.places = sorted(mentions, key=lambda m: (m.start, m.end))
    return article
