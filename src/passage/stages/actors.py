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


@dataclass(frozen=True)
class CanonicalActor:
    """An actor of the language-neutral list in data/actors.json."""

    name: str
    kind: str
    is_source: bool = False
    country: str | None = None


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    name: str | None  # canonical name; None for anaphora and generic phrases
    kind: str
    rank: int  # lower wins on equal length: aliases, then national patterns, generic, anaphora
    kinds: tuple[str, ...] = ()  # for anaphora: kinds of antecedent it may refer to
    fallback: str | None = None  # for anaphora: the canonical actor when no antecedent is found


@cache
def canonical_actors() -> dict[str, CanonicalActor]:
    """The canonical actors, by name."""
    path = Path(data.DATA_DIR) / "actors.json"
    with path.open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {
        a["name"]: CanonicalActor(
            a["name"], a["kind"], bool(a.get("source", False)), a.get("country")
        )
        for a in raw["actors"]
    }


def fold(text: str) -> str:
    """Text with apostrophes and non-breaking spaces normalised, same length as the input."""
    return text.translate(_FOLD)


def phrase_regex(phrase: str, clitics: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A regex for a phrase at word boundaries (group "m"), after an optional clitic of the
    language ("وداعش"); short all-capital acronyms match case-sensitively so that "EI" or "AA"
    do not fire on ordinary words."""
    phrase = fold(phrase)
    body = r"\s+".join(re.escape(w) for w in phrase.split())
    flags = 0 if (phrase.isupper() and len(phrase) <= 5) else re.IGNORECASE
    lead = f"(?:{'|'.join(map(re.escape, clitics))})?" if clitics else ""
    return re.compile(rf"(?<!\w){lead}(?P<m>{body})(?!\w)", flags)


@cache
def _patterns(lang: str) -> tuple[_Pattern, ...]:
    lex = data.load(lang, "actors") or {}
    canon = canonical_actors()
    clitics = tuple(sorted((fold(c) for c in lex.get("clitics", [])), key=len, reverse=True))
    out: list[_Pattern] = []
    for name, aliases in lex.get("aliases", {}).items():
        actor = canon.get(name)
        kind = actor.kind if actor else UNIDENTIFIED
        for alias in {name, *aliases}:
            out.append(_Pattern(phrase_regex(alias, clitics), name, kind, 0))
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
            name = spec["template"].format(country=country)
            regex = re.compile(rf"(?<!\w)(?P<m>{body})(?!\w)", re.IGNORECASE)
            out.append(_Pattern(regex, name, spec["kind"], 1))
    for g in lex.get("generic", []):
        # "des hommes armés", "des terroristes": a generic phrase may name a canonical actor
        # ("Unidentified armed group"), else it names only a kind of actor.
        out.append(_Pattern(phrase_regex(g["text"], clitics), g.get("name"), g["kind"], 2))
    for a in lex.get("anaphora", []):
        out.append(
            _Pattern(
                phrase_regex(a["text"], clitics),
                None,
                UNIDENTIFIED,
                3,
                tuple(a["kinds"]),
                a.get("name"),
            )
        )
    return tuple(out)


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


def find_actors(article: Article) -> list[ActorMention]:
    """All actor mentions of the article, in text order."""
    text = fold(article.text)
    lang = article.language or ""
    canon = canonical_actors()
    cands = _candidates(text, lang)
    mentions: list[ActorMention] = []
    unresolved: set[int] = set()
    for i, (start, end, pat) in enumerate(cands):
        surface = article.text[start:end]
        if pat.name is not None:
            actor = canon.get(pat.name)
            is_source = bool(actor and actor.is_source)
            mentions.append(ActorMention(start, end, surface, pat.name, pat.kind, is_source))
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
                    if m.kind in pat.kinds and not m.is_source and id(m) not in unresolved
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
                    and c[2].kind in pat.kinds
                    and not (canon.get(c[2].name) and canon[c[2].name].is_source)
                ),
                None,
            )
            if antecedent is not None:
                mentions.append(ActorMention(start, end, surface, antecedent.name, antecedent.kind))
                continue
        # Without an antecedent the phrase still says what kind of actor it is.
        kind = pat.kinds[0] if pat.kinds else pat.kind
        mentions.append(ActorMention(start, end, surface, pat.fallback or surface, kind))
        if pat.kinds:
            unresolved.add(id(mentions[-1]))  # never the antecedent of a later anaphor
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


def annotate(article: Article) -> Article:
    article.actors = find_actors(article) if article.text else []
    return article
