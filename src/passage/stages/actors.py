"""Actors stage: find who acts in an article and map each mention to a canonical actor."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from passage import data
from passage.record import ActorMention, Article

UNIDENTIFIED = "unidentified"
# Apostrophe variants are folded to ' so that one alias covers "l’armée" and "l'armée";
# every fold is one character for one character, so offsets stay those of the article.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " "})
# Spans of unrecognised organisations taken from the language stage's entities.
_ENTITY_LABELS = ("ORG",)
# How many characters ahead an anaphor with no antecedent may find the actor it names.
CATAPHORA_REACH = 800
# How many times more a country must be named than the next one to be the article's main
# country: a story about a border names both sides, and either may be "the authorities".
MAIN_COUNTRY_MARGIN = 1.5
# How far back, within its sentence, a national adjective may tell whose institution one named
# without its country is.
SENTENCE_COUNTRY_REACH = 300
# The rank of generic phrases ("des hommes armés"): they name a kind of actor, not one actor.
GENERIC_RANK = 2


@dataclass(frozen=True)
class CanonicalActor:
    """An actor of the language-neutral list in data/actors.json."""

    name: str
    kind: str
    is_source: bool = False
    country: str | None = None
    # a militia that fights beside the state (Burkina Faso's VDP): never the group that an
    # anaphor for rebels ("les jihadistes", "les insurgés") stands for
    sides_with_state: bool = False


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    name: str | None  # canonical name; None for anaphora and generic phrases
    kind: str
    rank: int  # lower wins on equal length: aliases, then national patterns, generic, anaphora
    kinds: tuple[str, ...] = ()  # for anaphora: kinds of antecedent it may refer to
    fallback: str | None = None  # for anaphora: the canonical actor when no antecedent is found
    # for an institution named without its country ("le gouvernement"): the actor's name,
    # "{country}" filled with the article's main country
    template: str | None = None
    country: str | None = None  # for national patterns: the country's name ("Sudan")
    # for a pronoun ("it", "they"): how many sentences back its antecedent may stand (0: its
    # own); None for other anaphora, whose antecedent may be anywhere before or just after
    sentences: int | None = None


@cache
def canonical_actors() -> dict[str, CanonicalActor]:
    """The canonical actors, by name."""
    path = Path(data.DATA_DIR) / "actors.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {
        a["name"]: CanonicalActor(
            a["name"],
            a["kind"],
            bool(a.get("source", False)),
            a.get("country"),
            bool(a.get("sides_with_state", False)),
        )
        for a in raw["actors"]
    }


def fold(text: str) -> str:
    """Text with apostrophes and non-breaking spaces normalised, same length as the input."""
    return text.translate(_FOLD)


@cache
def phrase_regex(
    phrase: str, clitics: tuple[str, ...] = (), elided: tuple[tuple[str, str, str], ...] = ()
) -> re.Pattern[str]:
    """A regex for a phrase at word boundaries (group "m"), after an optional clitic of the
    language ("وداعش"); short all-capital acronyms match case-sensitively so that "EI" or "AA"
    do not fire on ordinary words. `elided`: (clitic, article, written) where a clitic changes
    how a phrase's article is written ("للدعم السريع": "ل" then "الدعم" written "لدعم")."""
    phrase = fold(phrase)
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    for clitic, article, written in elided:
        if phrase.startswith(article) and len(phrase) > len(article):
            rest = r"\s+".join(re.escape(w) for w in phrase[len(article) :].split())
            body = f"(?:{body}|(?<={re.escape(clitic)}){re.escape(written)}{rest})"
    flags = 0 if (phrase.isupper() and len(phrase) <= 5) else re.IGNORECASE
    lead = f"(?:{'|'.join(map(re.escape, clitics))})?" if clitics else ""
    return re.compile(rf"(?<!\w){lead}(?P<m>{body})(?!\w)", flags)


@cache
def _patterns(lang: str) -> tuple[_Pattern, ...]:
    lex = data.load(lang, "actors") or {}
    canon = canonical_actors()
    clitics = tuple(sorted((fold(c) for c in lex.get("clitics", [])), key=len, reverse=True))
    elided = tuple((e["after"], e["article"], e["written"]) for e in lex.get("elided_articles", []))
    out: list[_Pattern] = []
    for name, aliases in lex.get("aliases", {}).items():
        actor = canon.get(name)
        kind = actor.kind if actor else UNIDENTIFIED
        for alias in {name, *aliases}:
            out.append(_Pattern(phrase_regex(alias, clitics, elided), name, kind, 0))
    national = lex.get("national", {})
    adjectives = national.get("adjectives", {})
    for spec in national.get("patterns", []):
        heads = "|".join(
            r"\s+".join(map(re.escape, h.split())) for h in sorted(spec["heads"], key=len)[::-1]
        )
        for country, forms in adjectives.items():
            adjs = "|".join(map(re.escape, sorted(forms, key=len)[::-1]))
            body = spec["pattern"].replace(" ", r"\s+")
            body = body.replace("{head}", f"(?:{heads})").replace("{adj}", f"(?:{adjs})")
            body = body.replace("{country}", re.escape(country))
            name, kind = template_actor(spec["template"], country) or (
                spec["template"].format(country=country),
                spec["kind"],
            )
            # "والسلطات الليبية": after a clitic of the language, as aliases are
            lead = f"(?:{'|'.join(map(re.escape, clitics))})?" if clitics else ""
            regex = re.compile(rf"(?<!\w){lead}(?P<m>{body})(?!\w)", re.IGNORECASE)
            out.append(_Pattern(regex, name, kind, 1, country=country))
    for g in lex.get("generic", []):
        # "des hommes armés", "des terroristes": a generic phrase may name a canonical actor
        # ("Unidentified armed group"), else it names only a kind of actor.
        out.append(
            _Pattern(phrase_regex(g["text"], clitics), g.get("name"), g["kind"], GENERIC_RANK)
        )
    for c in lex.get("contextual", []):
        regex = phrase_regex(c["text"], clitics)
        out.append(_Pattern(regex, None, c["kind"], 2, template=c["template"]))
    named = _named_forces_regex(lex.get("named_forces") or {}, clitics)
    if named is not None:
        # "قوات تأسيس": a force no list knows, named by its head and its own name, keeps
        # the words that name it; any alias or national pattern as long wins over it.
        out.append(_Pattern(named, None, UNIDENTIFIED, GENERIC_RANK))
    for a in lex.get("anaphora", []):
        out.append(
            _Pattern(
                _unless_before(phrase_regex(a["text"], clitics), a.get("not_before", [])),
                None,
                UNIDENTIFIED,
                3,
                tuple(a["kinds"]),
                a.get("name"),
                a.get("template"),
                sentences=a.get("sentences"),
            )
        )
    return tuple(out)


def _named_forces_regex(spec: dict, clitics: tuple[str, ...]) -> re.Pattern[str] | None:
    """A force's head noun followed by a name ("قوات تأسيس", "قوات درع السودان"): the
    language's heads, the shape of a name's word and of an optional second one (data), and
    the words after a head that are no name ("قوات حفظ السلام", "قوات من الجيش")."""
    heads = [fold(h) for h in spec.get("heads", [])]
    if not heads or not spec.get("word"):
        return None
    alts = "|".join(map(re.escape, sorted(heads, key=len, reverse=True)))
    stop = "|".join(map(re.escape, sorted(map(fold, spec.get("stop", [])), key=len)[::-1]))
    unless = rf"(?!(?:{stop})(?!\w))" if stop else ""
    then = rf"(?:\s+{spec['then']}(?!\w))?" if spec.get("then") else ""
    lead = f"(?:{'|'.join(map(re.escape, clitics))})?" if clitics else ""
    body = rf"(?:{alts})\s+{unless}{spec['word']}(?!\w){then}"
    return re.compile(rf"(?<!\w){lead}(?P<m>{body})")


def _unless_before(regex: re.Pattern[str], words: list[str]) -> re.Pattern[str]:
    """The phrase's regex, not matching where one of the words follows it: "le groupe" is an
    armed group told before, "le groupe de pèlerins" is not."""
    if not words:
        return regex
    alts = "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
    # a word ending in an apostrophe ("d'") joins the next word without a space
    follow = rf"(?!\s+(?:{alts})(?:(?<=')|(?!\w)))"
    return re.compile(regex.pattern + follow, regex.flags)


def _candidates(text: str, lang: str) -> list[tuple[int, int, _Pattern]]:
    found = []
    for pat in _patterns(lang):
        for m in pat.regex.finditer(text):
            found.append((m.start("m"), m.end("m"), pat))
    # Longest first, then the more specific kind of pattern, then leftmost.
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2].rank, c[0]))
    kept: list[tuple[int, int, _Pattern]] = []
    taken: list[tuple[int, int]] = []
    for start, end, pat in found:
        if any(start < e and s < end for s, e in taken):
            continue
        kept.append((start, end, pat))
        taken.append((start, end))
    kept.sort(key=lambda c: c[0])
    return kept


@cache
def country_names() -> dict[str, str]:
    """ISO country code -> the country's name in the actor templates (data/actors.json)."""
    path = Path(data.DATA_DIR) / "actors.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh).get("country_names", {})
    return {code: name for code, name in raw.items() if code != "comment"}


# The national templates an actor's name may be filled from (data/actors.json, data/<lang>/
# actors.json): "Government of Mali", "Military Forces of Mali", "Police Forces of Mali".
_STATE_NAME = re.compile(r"^(?:Government|Military Forces|Police Forces) of (?P<country>.+)$")


@cache
def state_country(name: str) -> str | None:
    """The country code of a state's actor ("Israel", "Israel Defense Forces", "Military
    Forces of Mali"), None for any other actor: one state's government and forces are one
    side of what it does."""
    actor = canonical_actors().get(name)
    if actor is not None:
        return actor.country if actor.kind == "state forces" else None
    m = _STATE_NAME.match(name)
    if m is None:
        return None
    codes = {n: code for code, n in country_names().items()}
    return codes.get(m.group("country"))


def main_country(article: Article, cands: list[tuple[int, int, _Pattern]] = ()) -> str | None:
    """The code of the country the article is about: the one its places (crossings and roads
    aside: they lie on two countries) and its named national actors ("armée soudanaise",
    "FSR") belong to most, when no other country has as many. An institution named without
    its country ("le gouvernement", "the authorities") is that country's."""
    canon = canonical_actors()
    codes = {name: code for code, name in country_names().items()}
    counts: dict[str, int] = {}
    found = [p.country for p in article.places if p.kind not in ("crossing", "road")]
    for _s, _e, pat in cands:
        actor = canon.get(pat.name) if pat.name else None
        if actor is not None and not actor.is_source:
            found.append(actor.country)
        elif pat.country is not None:
            found.append(codes.get(pat.country))
    for code in found:
        if code:
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] * MAIN_COUNTRY_MARGIN > ranked[0][1]):
        return None  # no place, or two countries about as much named: no main one
    return ranked[0][0]


@cache
def _template_actors() -> dict[str, dict[str, str]]:
    """National template -> country name -> the canonical actor it names (data/actors.json
    "template_actors"): "Military Forces of United States" are the "United States forces"."""
    path = Path(data.DATA_DIR) / "actors.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh).get("template_actors", {})
    names = country_names()
    return {
        template: {names[code]: actor for code, actor in by_code.items() if code in names}
        for template, by_code in raw.items()
        if isinstance(by_code, dict)
    }


def template_actor(template: str, country: str) -> tuple[str, str] | None:
    """The canonical actor (name, kind) a national template names for a country, where the
    data says it is one ("Military Forces of {country}" of Russia: "Russian forces")."""
    name = _template_actors().get(template, {}).get(country)
    actor = canonical_actors().get(name) if name else None
    return (actor.name, actor.kind) if actor else None


def national_actor(template: str, code: str, kind: str) -> tuple[str, str] | None:
    """The actor a national template names for a country: the country's own canonical actor
    of the kind where there is exactly one ("l'armée" of an article about Sudan is the
    Sudanese Armed Forces), else the template filled with the country's name."""
    name = country_names().get(code)
    if name is None:
        return None
    filled = template.format(country=name)
    canon = canonical_actors()
    if filled in canon:
        return filled, canon[filled].kind
    own = [a for a in canon.values() if a.country == code and a.kind == kind and a.name != name]
    if len(own) == 1:
        return own[0].name, own[0].kind
    return filled, kind


@cache
def _unnamed(lang: str) -> frozenset[str]:
    """The canonical names that stand for no one in particular ("Unidentified armed group"):
    what generic phrases and unresolved anaphora fall back to."""
    lex = data.load(lang, "actors") or {}
    entries = [*lex.get("generic", []), *lex.get("anaphora", [])]
    return frozenset(e["name"] for e in entries if e.get("name"))


def _most_named(
    cands: list[tuple[int, int, _Pattern]], kinds: tuple[str, ...], unnamed: frozenset[str]
) -> _Pattern | None:
    """The actor of these kinds the article names by name most often, when no other of the
    kinds is named as often."""
    canon = canonical_actors()
    counts: dict[str, int] = {}
    first: dict[str, _Pattern] = {}
    for _s, _e, pat in cands:
        actor = canon.get(pat.name) if pat.name else None
        if actor is None or actor.is_source or pat.rank >= GENERIC_RANK or pat.kind not in kinds:
            continue
        if actor.sides_with_state and "rebel group" in kinds:
            continue  # see _beside_state
        if pat.name in unnamed:
            continue
        counts[pat.name] = counts.get(pat.name, 0) + 1
        first.setdefault(pat.name, pat)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return first[ranked[0][0]]


def find_actors(article: Article) -> list[ActorMention]:
    """All actor mentions of the article, in text order."""
    text = fold(article.text)
    lang = article.language or ""
    canon = canonical_actors()
    cands = _candidates(text, lang)
    country = main_country(article, cands)
    if country not in country_names():
        country = None
    mentions: list[ActorMention] = []
    unresolved: set[int] = set()
    troops: set[int] = set()  # mentions of a national pattern ("soldats tchadiens")
    unnamed = _unnamed(lang)
    for i, (start, end, pat) in enumerate(cands):
        surface = article.text[start:end]
        if pat.template is not None and not pat.kinds:
            own = country or _sentence_country(text, start, lang)
            name = pat.template.format(country=country_names()[own]) if own else surface
            reason = f"inferred: the article's main country is {country}" if country else ""
            if own and not country:
                reason = f"inferred: its sentence is about {own}"
            mentions.append(ActorMention(start, end, surface, name, pat.kind, reason=reason))
            # "le gouvernement" is no antecedent of "l'armée", resolved or not.
            unresolved.add(id(mentions[-1]))
            continue
        if pat.rank == GENERIC_RANK and _named_right_after(text, end, cands[i + 1 :], unnamed):
            continue  # "la coalition de gangs Viv Ansanm": the name says which gangs
        if pat.name is not None:
            actor = canon.get(pat.name)
            is_source = bool(actor and actor.is_source)
            mentions.append(ActorMention(start, end, surface, pat.name, pat.kind, is_source))
            if pat.country is not None:
                troops.add(id(mentions[-1]))
            if pat.rank == GENERIC_RANK or pat.name in unnamed or _affiliation(text, start, lang):
                # "des hommes armés" names no one: "les jihadistes" after it are the group
                # named before, not the unidentified men. "Les shebab, liés à Al-Qaïda":
                # the network a group belongs to is not who "les insurgés" are next.
                unresolved.add(id(mentions[-1]))
            continue
        if pat.sentences is not None:
            antecedent = _pronoun_antecedent(article, mentions, start, pat)
            if antecedent is not None:
                mentions.append(_coreferent(start, end, surface, antecedent))
            # "it was unclear": a pronoun with no actor near it names no one.
            continue
        if pat.kinds:
            # "le groupe terroriste Daech": the anaphor is an appositive of the name that follows.
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if nxt and nxt[2].name and not text[end : nxt[0]].strip():
                continue
            antecedent = next(
                (
                    m
                    for m in reversed(mentions)
                    if m.kind in pat.kinds
                    and not m.is_source
                    and id(m) not in unresolved
                    and not _beside_state(pat, m.name)
                ),
                None,
            )
            # A lead often names the actor after its first mention ("l'armée ... l'armée
            # malienne"): failing an antecedent, the next named actor of the kind, nearby.
            antecedent = antecedent or next(
                (
                    c[2]
                    for c in cands[i + 1 :]
                    if c[0] - end <= CATAPHORA_REACH
                    and c[2].name is not None
                    and c[2].name not in unnamed
                    and c[2].kind in pat.kinds
                    and not (canon.get(c[2].name) and canon[c[2].name].is_source)
                    and not _beside_state(pat, c[2].name)
                    and not _affiliation(text, c[0], lang)
                ),
                None,
            )
            # "les terroristes" with the group named only further on: the non-state actor the
            # article names most, when one is named more than any other.
            if antecedent is None and pat.template is None:
                antecedent = _most_named(cands, pat.kinds, unnamed)
            if antecedent is not None:
                mentions.append(_coreferent(start, end, surface, antecedent))
                continue
            national = (
                national_actor(pat.template, country, pat.kinds[0])
                if pat.template and country
                else None
            )
            if national is not None:
                # "l'armée" with no army named: the army of the country the article is about.
                mentions.append(
                    ActorMention(
                        start,
                        end,
                        surface,
                        *national,
                        reason=f"inferred: the article's main country is {country}",
                    )
                )
                continue
        # Without an antecedent the phrase still says what kind of actor it is.
        kind = pat.kinds[0] if pat.kinds else pat.kind
        mentions.append(ActorMention(start, end, surface, pat.fallback or surface, kind))
        if pat.kinds:
            unresolved.add(id(mentions[-1]))  # never the antecedent of a later anaphor
    mentions = _serving(text, lang, mentions, troops)
    mentions += _coordinated_adjectives(text, article.text, lang, mentions)
    # A place is not an actor: an entity the places stage resolved stays a place.
    taken = [(m.start, m.end) for m in mentions] + [(p.start, p.end) for p in article.places]
    for ent in article.entities:
        if ent.label not in _ENTITY_LABELS:
            continue
        if any(ent.start < e and s < ent.end for s, e in taken):
            continue
        mentions.append(ActorMention(ent.start, ent.end, ent.text, ent.text, UNIDENTIFIED))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _named_right_after(
    text: str, end: int, later: list[tuple[int, int, _Pattern]], unnamed: frozenset[str]
) -> bool:
    """Whether a named actor follows the phrase at `end` with nothing but a space between
    ("des miliciens Fano", "les gangs Viv Ansanm"): the phrase is that actor's head noun."""
    if not later:
        return False
    start, _end, pat = later[0]
    return (
        pat.name is not None
        and pat.name not in unnamed
        and pat.rank < GENERIC_RANK
        and not text[end:start].strip()
    )


@cache
def _affiliation_regex(lang: str) -> re.Pattern[str] | None:
    lex = data.load(lang, "actors") or {}
    words = [fold(w) for w in lex.get("affiliation", [])]
    if not words:
        return None
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len)[::-1])
    return re.compile(rf"(?<!\w)(?:{alts})\s*$", re.IGNORECASE)


def _affiliation(text: str, at: int, lang: str) -> bool:
    """ "des insurgés liés à l'État islamique", "les shebab, affiliés à Al-Qaïda": the name at
    `at` says which network a group belongs to, it is not a party of its own."""
    regex = _affiliation_regex(lang)
    if regex is None:
        return False
    before = text[max(0, at - 40) : at]
    # "liés à l'État islamique": the article elided before the name belongs to the phrase
    before = re.sub(r"(?:\b(?:l|d)'|\b(?:la|le|les)\s+)$", "", before, flags=re.IGNORECASE)
    return regex.search(before) is not None


def _beside_state(pat: _Pattern, name: str) -> bool:
    """An anaphor for rebels ("les jihadistes") does not stand for a militia that fights beside
    the state, though both are armed groups of a kind it may name."""
    actor = canonical_actors().get(name)
    return "rebel group" in pat.kinds and actor is not None and actor.sides_with_state


def _coreferent(
    start: int, end: int, surface: str, antecedent: ActorMention | _Pattern
) -> ActorMention:
    """An anaphor's mention, standing for the actor named before it, and saying so."""
    return ActorMention(
        start,
        end,
        surface,
        antecedent.name,
        antecedent.kind,
        reason=f"coreferent with the {antecedent.name} named nearby",
    )


def _pronoun_antecedent(
    article: Article, mentions: list[ActorMention], at: int, pat: _Pattern
) -> ActorMention | None:
    """ "The rebels said they attacked": the last actor of a kind the pronoun may stand for,
    named in its sentence or the `pat.sentences` before it; a generic one counts ("militants
    ... they"). None when a country is named between them: the pronoun may be the state's."""
    starts = [s.start for s in article.sentences if s.start <= at] or [0]
    lo = starts[max(0, len(starts) - 1 - (pat.sentences or 0))]
    last = next(
        (
            m
            for m in reversed(mentions)
            if lo <= m.start and m.end <= at and not m.is_source and m.kind in pat.kinds
        ),
        None,
    )
    if last is None:
        return None
    if any(last.end <= p.start and p.end <= at for p in article.places if p.kind == "country"):
        return None
    return last


@cache
def _serving_regex(lang: str) -> re.Pattern[str] | None:
    """The words between national troops and the force they serve in ("de la")."""
    words = (data.load(lang, "actors") or {}).get("serving_in", [])
    if not words:
        return None
    alts = "|".join(
        r"\s*".join(map(re.escape, fold(w).split())) for w in sorted(words, key=len)[::-1]
    )
    return re.compile(rf"\s+(?:{alts})\s*$", re.IGNORECASE)


def _serving(
    text: str, lang: str, mentions: list[ActorMention], troops: set[int]
) -> list[ActorMention]:
    """ "des soldats tchadiens de la Minusma", "les troupes indiennes de l'ONU": national
    troops named as serving in a multinational or foreign force are that force, whose act
    it is; the country says only where they come from."""
    regex = _serving_regex(lang)
    if regex is None:
        return mentions
    out = list(mentions)
    # the national troops told as serving in a force, and that force: "les soldats indiens"
    # told after "les troupes indiennes de l'ONU" are those troops
    serving: dict[str, ActorMention] = {}
    for k, m in enumerate(out):
        if id(m) not in troops:
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        if (
            nxt is not None
            and not nxt.is_source
            and nxt.kind == "external/other forces"
            and regex.fullmatch(" " + text[m.end : nxt.start]) is not None
        ):
            serving[m.name] = nxt
            reason = f"serving in the {nxt.name} named after it"
        elif m.name in serving and _personnel(lang, m.text):
            nxt = serving[m.name]
            reason = f"the troops told before as serving in the {nxt.name}"
        else:
            continue
        out[k] = ActorMention(m.start, m.end, m.text, nxt.name, nxt.kind, reason=reason)
    return out


def _personnel(lang: str, words: str) -> bool:
    """Whether a mention names troops ("les soldats indiens"), not a state's whole army or
    its institutions ("l'armée tchadienne"), which serve in no foreign force (data: the
    language's "serving_personnel" nouns)."""
    nouns = (data.load(lang, "actors") or {}).get("serving_personnel", [])
    folded = fold(words).casefold().split()
    return any(fold(n).casefold() in folded for n in nouns)


@cache
def _adjective_regex(lang: str) -> re.Pattern[str] | None:
    """ "forces syriennes et irakiennes": a coordinator then a national adjective."""
    forms = _all_adjectives(lang)
    words = (data.load(lang, "actors") or {}).get("coordinators", [])
    if not forms or not words:
        return None
    adjs = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    coord = "|".join(map(re.escape, words))
    return re.compile(rf"\s*(?:,|\s(?:{coord}))\s+(?P<adj>{adjs})(?!\w)", re.IGNORECASE)


def _coordinated_adjectives(
    text: str, original: str, lang: str, mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "les forces syriennes et irakiennes" names two actors: the head with each adjective.
    The second is the actor the head with that adjective alone names, if any."""
    regex = _adjective_regex(lang)
    if regex is None:
        return []
    adjectives = {fold(f).lower() for f in _all_adjectives(lang)}
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for m in mentions:
        words = m.text.split()
        if len(words) < 2 or fold(words[-1]).lower() not in adjectives:
            continue
        pos = m.end
        while (hit := regex.match(text, pos)) is not None:
            s, e = hit.start("adj"), hit.end("adj")
            if any(s < te and ts < e for ts, te in taken):
                break
            phrase = " ".join([*words[:-1], text[s:e]])
            named = [c for c in _candidates(fold(phrase), lang) if c[1] - c[0] == len(phrase)]
            if not named or named[0][2].name is None:
                break
            pat = named[0][2]
            out.append(ActorMention(s, e, original[s:e], pat.name, pat.kind))
            pos = e
    return out


def _sentence_country(text: str, at: int, lang: str) -> str | None:
    """In an article about no one country: the code of the country the last national adjective
    before `at` in its sentence names. "The authorities" a Tunisian radio says closed the
    crossing are Tunisia's ("إذاعة تطاوين التونسية ... بأن السلطات أقفلت")."""
    window = text[max(0, at - SENTENCE_COUNTRY_REACH) : at]
    window = window[max(window.rfind(c) for c in ".!?؟\n") + 1 :]
    found = [
        (hit.start(), code)
        for regex, code in _adjective_countries(lang)
        for hit in regex.finditer(window)
    ]
    return max(found)[1] if found else None


@cache
def _adjective_countries(lang: str) -> tuple[tuple[re.Pattern[str], str | None], ...]:
    """Each national adjective form of the language with the code of its country, read once."""
    adjectives = (data.load(lang, "actors") or {}).get("national", {}).get("adjectives", {})
    codes = {name: code for code, name in country_names().items()}
    return tuple(
        (phrase_regex(form), codes.get(country))
        for country, forms in adjectives.items()
        for form in forms
    )


@cache
def _all_adjectives(lang: str) -> tuple[str, ...]:
    lex = data.load(lang, "actors") or {}
    adjectives = (lex.get("national") or {}).get("adjectives", {})
    return tuple(f for fs in adjectives.values() for f in fs)


def annotate(article: Article) -> Article:
    article.actors = find_actors(article) if article.text else []
    return article
