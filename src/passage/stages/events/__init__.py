"""Events stage: what happened, by whom, to whom, where and when, from trigger lexicons and the
dependency parse (nearest-in-sentence where a language has no parser)."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from passage import data
from passage.record import (
    Access,
    ActorMention,
    Article,
    Claim,
    Event,
    EventActor,
    EventDate,
    Fatalities,
    PlaceMention,
    Span,
    TimeMention,
    stable_id,
)
from passage.stages.events.fatalities import fatalities_at
from passage.stages.events.lexicon import (
    Lexicon,
    Match,
    TriggerRule,
    find_triggers,
    fold,
    forms_of,
    phrase_at,
)
from passage.stages.events.lexicon import lexicon as load_lexicon
from passage.stages.events.syntax import (
    AGENT,
    OBJECT,
    PASSIVE_SUBJECT,
    SUBJECT,
    children,
    covers,
    first_in,
    has_parse,
    is_passive,
    sentences,
    subtree,
)

# Kinds of place an event is best anchored to, most precise first.
PLACE_RANK = {"crossing": 0, "road": 1, "town": 2, "region": 3, "country": 4}
ACCESS_KINDS = ("crossing", "road")
# Clauses of their own: a date or place inside them belongs to their own event.
CLAUSAL = ("ccomp", "advcl", "acl:relcl", "conj", "parataxis", "xcomp", "csubj", "acl")
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
CIVILIANS = ("Civilians", "civilians")
# Sub-event types outside the violent types whose deaths belong to the event itself.
LETHAL = ("Excessive force against protesters",)


@cache
def acled_types() -> dict[str, str]:
    """ACLED sub-event type -> event type (data/acled.json)."""
    with (data.DATA_DIR / "acled.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {sub: typ for typ, spec in raw["types"].items() for sub in spec["subtypes"]}


@dataclass
class _Draft:
    """An event while its sentence is being read; finalised into an Event."""

    match: Match
    rule: TriggerRule
    actor: EventActor | None = None
    target: EventActor | None = None
    place: PlaceMention | None = None
    date: EventDate | None = None
    access: Access | None = None
    fatalities: Fatalities | None = None
    negated: bool = False
    context_subtype: str | None = None

    def subtype(self) -> str:
        sub = self.context_subtype or self.rule.subtype
        if self.actor is not None:
            sub = self.rule.by_actor_kind.get(self.actor.kind, sub)
        if self.target is not None:
            sub = self.rule.by_target_kind.get(self.target.kind, sub)
        return sub


def _event_actor(role: str, m: ActorMention) -> EventActor:
    return EventActor(role=role, name=m.name, kind=m.kind, text=m.text)


class _Sentence:
    """One sentence of an article with the layers that fall inside it."""

    def __init__(self, article: Article, lex: Lexicon, sent: Any, parsed: bool) -> None:
        self.article = article
        self.lex = lex
        self.sent = sent
        self.tokens = list(sent)
        self.parsed = parsed
        s, e = sent.start_char, sent.end_char
        self.actors = [a for a in article.actors if s <= a.start < e and not a.is_source]
        # A country named as an actor ("revendiquées par Israël") is not where it happened.
        self.places = [
            p
            for p in article.places
            if s <= p.start < e
            and not (
                p.kind == "country"
                and any(a.start < p.end and p.start < a.end for a in article.actors)
            )
        ]
        self.dates = [t for t in article.times if s <= t.start < e and t.kind == "date" and t.value]

    # --- syntax -------------------------------------------------------------------------
    def frame(self, head: Any) -> Any:
        """ "opérations d'embuscade", "tentatives d'attaque": the frame noun carries the args."""
        if (
            self.parsed
            and head.dep_.startswith("nmod")
            and (fold(head.head.lemma_) in self.lex.frame_nouns)
        ):
            return head.head
        return head

    def governors(self, token: Any) -> list[Any]:
        """Verbs whose subject is also the event's: "a mené une attaque", "réussi à reprendre"."""
        out: list[Any] = []
        t = token
        for _ in range(6):
            if not self.parsed or t.head is t:
                break
            light = fold(t.head.lemma_) in self.lex.light_verbs
            if t.dep_ == "xcomp" or (light and t.dep_.split(":")[0] in ("obj", "obl")):
                t = t.head
                out.append(t)
            else:
                break
        return out

    def clause(self, token: Any) -> list[Any]:
        """The token and its dependents, without the clauses embedded under it."""
        out = [token]
        for c in token.children:
            if c.dep_ not in CLAUSAL:
                out.extend(c.subtree)
        return out

    # --- arguments ----------------------------------------------------------------------
    def _mention_in(self, tokens: list[Any], exclude: ActorMention | None = None) -> Any:
        pool = [a for a in self.actors if a is not exclude]
        return first_in(tokens, pool)

    def _case_np(self, scope: list[Any], cases: frozenset[str] | tuple[str, ...]) -> Any:
        for t in scope:
            if t.dep_ == "case" and fold(t.lemma_) in cases and t.head is not t:
                m = self._mention_in(subtree(t.head))
                if m is not None:
                    return m
        return None

    def arguments(self, match: Match, scope: list[Any], govs: list[Any]) -> tuple[Any, Any]:
        head = match.head
        if not self.parsed:
            before = [a for a in self.actors if a.end <= match.start]
            after = [a for a in self.actors if a.start >= match.end]
            if self.lex.verb_first:
                # The subject follows the verb; a noun trigger's actor is often the one
                # named before it ("أعلنت الوزارة غلق المعبر").
                if after:
                    return (after[0], after[1] if len(after) > 1 else None)
                return (before[-1] if before else None, None)
            return (before[-1] if before else None, after[0] if after else None)
        actor = target = None
        cases = self.lex.target_case | frozenset(match.rule.target_case)
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            passive = is_passive(head)
            for c in head.children:
                dep = c.dep_
                if dep in SUBJECT and not passive and actor is None:
                    actor = self._mention_in(subtree(c))
                elif (
                    (dep in PASSIVE_SUBJECT or (dep in SUBJECT and passive))
                    and target is None
                    or dep in OBJECT
                    and target is None
                ):
                    target = self._mention_in(subtree(c))
                elif dep in AGENT and actor is None:
                    actor = self._mention_in(subtree(c))
        if actor is None:
            actor = self._case_np(scope, self.lex.agent_case)
        if target is None:
            target = self._case_np(scope, cases)
        if actor is None and head.pos_ in ("NOUN", "PROPN"):
            # "l'attaque de Daech": a genitive actor of a noun trigger.
            marked = self.lex.target_case | self.lex.agent_case
            for c in children(head, ("nmod",)):
                if any(fold(k.lemma_) in marked for k in children(c, ("case",))):
                    continue
                m = self._mention_in(subtree(c))
                if m is not None and m.kind not in CIVILIANS and m is not target:
                    actor = m
                    break
        for v in govs:
            if actor is not None:
                break
            for c in v.children:
                if c.dep_ in SUBJECT and not is_passive(v) or c.dep_ in AGENT:
                    actor = self._mention_in(subtree(c))
                if actor is not None:
                    break
        if head.pos_ in ("NOUN", "PROPN"):
            # The parse often hangs "par X" / "contre X" on a neighbouring noun.
            actor = actor or self._linear_case(match, self.lex.agent_case)
            target = target or self._linear_case(match, cases)
        if target is actor:
            target = None
        return actor, target

    def _linear_case(self, match: Match, cases: frozenset[str]) -> Any:
        """The actor after a case word that follows the trigger within its noun phrase."""
        start = match.tokens[-1].i - self.sent.start + 1
        for k, t in enumerate(self.tokens[start : start + 12]):
            if t.pos_ in ("VERB", "AUX") or (t.pos_ == "PUNCT" and t.text not in "-'’"):
                return None
            if fold(t.lemma_) in cases or fold(t.text) in cases:
                rest = self.tokens[start + k + 1 : start + 12]
                nxt = first_in(rest, [a for a in self.actors if a.start >= t.idx])
                stop = next((u for u in rest if u.pos_ in ("VERB", "AUX", "PUNCT")), None)
                if nxt is not None and (stop is None or nxt.start < stop.idx):
                    return nxt
                return None
        return None

    def country_actor(self, head: Any, govs: list[Any]) -> EventActor | None:
        """A country named as subject acts through its state: "la Tunisie avait fermé"."""
        if not self.parsed:
            return None
        for v in [head, *govs]:
            for c in children(v, SUBJECT):
                for p in self.places:
                    if p.kind == "country" and covers(subtree(c), p):
                        return EventActor("actor", p.name or p.text, "state forces", p.text)
        return None

    # --- place, access, date ------------------------------------------------------------
    def _best_place(self, places: list[PlaceMention], near: int) -> PlaceMention | None:
        if not places:
            return None
        return min(places, key=lambda p: (PLACE_RANK.get(p.kind, 5), abs(p.start - near)))

    def place(self, match: Match, scope: list[Any], govs: list[Any]) -> PlaceMention | None:
        if self.parsed:
            for tokens in (
                [t for v in [match.head, *govs] for t in self.clause(v)] + scope,
                scope + [t for v in govs for t in subtree(v)],
            ):
                found = [p for p in self.places if covers(tokens, p)]
                if found:
                    return self._best_place(found, match.start)
            clause = [t for v in [match.head, *govs] for t in self.clause(v)]
            clause = sorted(set(clause) | set(scope), key=lambda t: t.i)
            plain = [t for t in clause if not any(covers([t], p) for p in self.places)]
            for nouns, kind in (
                (self.lex.crossing_nouns, "crossing"),
                (self.lex.road_nouns, "road"),
            ):
                ref = self._coreferent(plain, nouns, kind)
                if ref is not None:
                    return ref
        return self._best_place(self.places, match.start)

    def _coreferent(self, tokens: list[Any], nouns: tuple, kind: str) -> PlaceMention | None:
        """ "ce passage frontalier", "cette voie": the last crossing (road) named before."""
        for i, t in enumerate(tokens):
            for phrase in nouns:
                if phrase_at(phrase, tokens, i, self.lex.clitics):
                    prior = [p for p in self.article.places if p.kind == kind and p.end <= t.idx]
                    if prior:
                        return prior[-1]
        return None

    def access_target(self, match: Match, scope: list[Any], govs: list[Any]) -> PlaceMention | None:
        head = match.head
        if self.parsed:
            # Only what the trigger governs: its own clause (all of it for a noun), its
            # governors' subjects and objects, the noun an adjective qualifies.
            tokens = self.clause(head) if head.pos_ not in ("NOUN", "PROPN") else list(scope)
            for v in govs:
                for c in children(v, SUBJECT + PASSIVE_SUBJECT + OBJECT):
                    tokens += subtree(c)
            if head.dep_ == "amod":
                tokens += [head.head, *children(head.head, ("nmod", "flat:name", "appos"))]
        else:
            lo = max(0, match.head.i - self.sent.start - 6)
            tokens = self.tokens[lo : match.head.i - self.sent.start + 8]
        found = [p for p in self.places if p.kind in ACCESS_KINDS and covers(tokens, p)]
        if found:
            return self._best_place(found, match.start)
        plain = [t for t in tokens if not any(covers([t], p) for p in self.places)]
        for nouns, kind in ((self.lex.crossing_nouns, "crossing"), (self.lex.road_nouns, "road")):
            ref = self._coreferent(sorted(plain, key=lambda t: t.i), nouns, kind)
            if ref is not None:
                return ref
        if match.rule.strict or self.parsed:
            return None
        found = [p for p in self.places if p.kind in ACCESS_KINDS]
        return self._best_place(found, match.start)

    def _reported(self, tm: TimeMention) -> bool:
        """Whether a date modifies a reporting verb ("a annoncé, il y a deux jours, ...")."""
        if not self.parsed:
            return False
        for t in self.tokens:
            if covers([t], tm):
                h = t
                for _ in range(8):
                    if h.pos_ in ("VERB", "AUX") or h.head is h:
                        break
                    h = h.head
                return fold(h.lemma_) in self.lex.reporting_verbs
        return False

    def date(self, match: Match, scope: list[Any], govs: list[Any]) -> EventDate | None:
        found: list[TimeMention] = []
        if self.parsed:
            tokens = [t for v in [match.head, *govs] for t in self.clause(v)]
            if match.head.pos_ in ("NOUN", "PROPN"):
                tokens += scope
            found = [t for t in self.dates if covers(tokens, t)]
        if not found:
            found = [t for t in self.dates if not self._reported(t)]
        if found:
            tm = min(found, key=lambda t: abs(t.start - match.start))
            v = tm.value
            assert v is not None
            return EventDate(v.start, v.end, v.precision, tm.text)
        pub = self.article.published
        if pub is None:
            return None
        return EventDate(pub, pub, "day", "", inferred=True, reason="publication date")

    def negated(self, head: Any, govs: list[Any]) -> bool:
        if not self.parsed:
            return False
        lex = self.lex
        for v in [head, *govs]:
            words = {fold(c.lemma_) for c in v.children} | {fold(c.text) for c in v.children}
            if words & lex.negation_particles and words & lex.negation_words:
                return True
            for s in children(v, SUBJECT + PASSIVE_SUBJECT):
                if any(fold(c.lemma_) in lex.negation_determiners for c in s.children):
                    return True
        return False

    def irrealis(self, match: Match, govs: list[Any]) -> bool:
        """An aim, an attempt or an obstacle, not an act: "en vue de rouvrir", "tenté de"..."""
        i = match.head.i - self.sent.start
        for phrase in self.lex.irrealis:
            n = len(phrase.words)
            for k in range(n, n + 3):
                j = i - k
                if j < 0 or not phrase_at(phrase, self.tokens, j, self.lex.clitics):
                    continue
                between = self.tokens[j + n : i]
                if all(t.pos_ in ("DET", "ADP", "ADV", "PRON", "PART") for t in between):
                    return True
        if self.parsed:
            t = match.head
            for _ in range(3):
                if t.head is t or t.dep_ not in ("xcomp", "obj", "ccomp"):
                    break
                t = t.head
                if any(
                    p.words[0].matches(t, self.lex.clitics) and len(p.words) == 1
                    for p in self.lex.irrealis
                ):
                    return True
        return False

    def territory_named(self, scope: list[Any], govs: list[Any]) -> bool:
        tokens = scope + [t for v in govs for t in self.clause(v)] if self.parsed else self.tokens
        return any(
            fold(t.lemma_) in self.lex.territory_nouns
            or any(f in self.lex.territory_nouns for f in forms_of(t.text, self.lex.clitics))
            or (t.pos_ == "PRON" and t.dep_ in OBJECT)
            for t in tokens
        )

    # --- events -------------------------------------------------------------------------
    def draft(self, match: Match) -> _Draft | None:
        rule = match.rule
        head = match.head
        frame = self.frame(head)
        scope = subtree(frame) if self.parsed else self.tokens
        govs = self.governors(frame)
        if self.irrealis(match, govs):
            return None
        d = _Draft(match, rule)
        actor, target = self.arguments(match, scope, govs)
        d.actor = _event_actor("actor", actor) if actor else self.country_actor(head, govs)
        d.target = _event_actor("target", target) if target else None
        d.place = self.place(match, scope, govs)
        if rule.role == "access" or rule.effect:
            crossing = self.access_target(match, scope, govs)
            if crossing is not None:
                d.access = Access(
                    crossing.gazetteer_id or crossing.name or crossing.text,
                    rule.effect or "close",
                )
                d.place = crossing
            elif rule.role == "access":
                return None
        if rule.needs_place and d.place is None and not self.territory_named(scope, govs):
            return None
        d.date = self.date(match, scope, govs)
        d.negated = self.negated(head, govs)
        d.context_subtype = self.context(rule)
        return d

    def context(self, rule: TriggerRule) -> str | None:
        """ "une manifestation dispersée au gaz lacrymogène": a protest with intervention."""
        for subtype, phrases in rule.by_context:
            for i in range(len(self.tokens)):
                if any(phrase_at(p, self.tokens, i, self.lex.clitics) for p in phrases):
                    return subtype
        return None

    def killing(self, match: Match) -> tuple[_Draft, EventActor | None]:
        """A fatality cue: the victims, and an event of its own where no other event is told."""
        head = match.head
        d = _Draft(match, TriggerRule("fatality", "Armed clash", (), by_target_kind={}))
        victims_tokens: list[Any] = []
        killer = None
        if self.parsed:
            passive = is_passive(head)
            objs = children(head, OBJECT)
            for c in head.children:
                if (
                    c.dep_ in PASSIVE_SUBJECT
                    or (c.dep_ in SUBJECT and (passive or not objs))
                    or c.dep_ in OBJECT
                ):
                    victims_tokens = subtree(c)
                elif c.dep_ in SUBJECT or c.dep_ in AGENT:
                    killer = self._mention_in(subtree(c))
            if not victims_tokens and head.pos_ == "NOUN":
                victims_tokens = subtree(head)
        if not victims_tokens:
            i = head.i - self.sent.start
            victims_tokens = self.tokens[max(0, i - 4) : i + 4]
        victim = self._mention_in(victims_tokens, exclude=killer)
        if victim is not None:
            victims = _event_actor("target", victim)
        elif any(fold(t.lemma_) in self.lex.civilian_nouns for t in victims_tokens):
            words = [t for t in victims_tokens if t.pos_ in ("NOUN", "ADJ", "NUM", "DET")]
            text = " ".join(t.text for t in words) or head.text
            victims = EventActor("target", "Civilians", "civilians", text)
        else:
            victims = None
        d.actor = _event_actor("actor", killer) if killer else None
        d.target = victims
        if victims is not None and victims.kind in CIVILIANS:
            d.rule = replace(d.rule, subtype="Attack")
        return d, victims


def _finalise(article: Article, d: _Draft, sent: Any) -> Event:
    subtype = d.subtype()
    trigger = Span(d.match.start, d.match.end, article.text[d.match.start : d.match.end])
    target = d.target
    if target is not None and d.actor is not None and target.name == d.actor.name:
        target = None  # one actor in both roles is a misreading, not self-harm
    actors = [a for a in (d.actor, target) if a is not None]
    return Event(
        id=stable_id("ev", article.content_hash, trigger.start, subtype),
        type=acled_types().get(subtype, "Strategic developments"),
        subtype=subtype,
        trigger=trigger,
        sentence=Span(sent.start_char, sent.end_char, sent.text),
        date=d.date,
        place=d.place,
        actors=actors,
        fatalities=d.fatalities,
        access=d.access,
        # One unattributed claim per telling; the claims stage attributes each one.
        claims=[Claim("asserted", [], article.id, trigger)],
        negated=d.negated,
    )


def _sentence_events(article: Article, lex: Lexicon, sent: Any, parsed: bool) -> list[Event]:
    ctx = _Sentence(article, lex, sent, parsed)
    matches = find_triggers(lex, ctx.tokens)
    drafts: list[_Draft] = []
    cues: list[Match] = []
    for m in matches:
        if m.rule.role == "fatality":
            cues.append(m)
            continue
        d = ctx.draft(m)
        if d is not None:
            drafts.append(d)
    for cue in cues:
        i = cue.head.i - sent.start
        f = fatalities_at(lex, ctx.tokens, i, i + len(cue.tokens), ctx.dates)
        violent = [
            d
            for d in drafts
            if (acled_types().get(d.subtype()) in VIOLENT_TYPES or d.subtype() in LETHAL)
            and d.access is None
        ]
        kill, victims = ctx.killing(cue)
        if violent:
            near = min(violent, key=lambda d: abs(d.match.head.i - cue.head.i))
            if near.fatalities is None:
                near.fatalities = f
            if near.target is None and victims is not None:
                near.target = victims
            continue
        if f is None and kill.target is None:
            continue  # "la mort" in passing, with no victims named: not an event
        kill.fatalities = f
        scope = subtree(cue.head) if parsed else ctx.tokens
        govs = ctx.governors(cue.head)
        kill.place = ctx.place(cue, scope, govs)
        kill.date = ctx.date(cue, scope, govs)
        kill.negated = ctx.negated(cue.head, govs)
        drafts.append(kill)
    drafts.sort(key=lambda d: d.match.start)
    return [_finalise(article, d, sent) for d in drafts]


def _merge_key(e: Event) -> tuple | None:
    where = None
    if e.place is not None:
        where = e.place.gazetteer_id or (e.place.name or e.place.text).lower()
    access = (e.access.target, e.access.effect) if e.access else None
    if where is None and access is None:
        return None  # nothing ties two tellings to one event
    when = (e.date.start, e.date.end) if e.date else None
    return (e.subtype, access, where, when, e.negated)


def _retold_in_sentence(a: Event, b: Event) -> bool:
    """ "Les frappes contre X, frappes revendiquées par Y": one event named twice."""
    if a.sentence != b.sentence or a.subtype != b.subtype or a.access != b.access:
        return False
    if (a.date and (a.date.start, a.date.end)) != (b.date and (b.date.start, b.date.end)):
        return False
    return _compatible(a, b)


def _compatible(a: Event, b: Event) -> bool:
    """No role is filled by different actors in the two tellings."""
    return not any(x.role == y.role and x.name != y.name for x in a.actors for y in b.actors)


def merge(events: list[Event]) -> list[Event]:
    """The same event retold in several sentences becomes one event with each telling's claim."""
    out: list[Event] = []
    by_key: dict[tuple, Event] = {}
    for e in events:
        key = _merge_key(e)
        first = by_key.get(key) if key is not None else None
        if first is not None and not _compatible(first, e):
            first = None
        if first is None and out and _retold_in_sentence(out[-1], e):
            first = out[-1]
        if first is None:
            out.append(e)
            if key is not None:
                by_key[key] = e
            continue
        first.claims.extend(e.claims)
        roles = {a.role for a in first.actors}
        first.actors.extend(a for a in e.actors if a.role not in roles)
        if first.fatalities is None:
            first.fatalities = e.fatalities
    return out


def find_events(article: Article) -> list[Event]:
    lex = load_lexicon(article.language or "")
    doc = article.doc
    if lex is None or doc is None or not article.text.strip():
        return []
    parsed = has_parse(doc)
    events: list[Event] = []
    for sent in sentences(doc):
        events.extend(_sentence_events(article, lex, sent, parsed))
    return merge(events)


def annotate(article: Article) -> Article:
    article.events = find_events(article)
    return article
