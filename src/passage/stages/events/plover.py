"""PLOVER interactions: who demanded, rejected, threatened, condemned, met, backed or aided whom,
beyond ACLED's events (categories in data/plover.json, triggers in data/<lang>/plover.json), and
the PLOVER category of each ACLED event (data/acled.json)."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any

from passage import data
from passage.record import ActorMention, Article, Event, EventActor, PlaceMention, stable_id
from passage.stages.events.lexicon import (
    INTERACTION_ROLE,
    Lexicon,
    Match,
    Phrase,
    find_triggers,
    fold,
    in_name,
    is_headline,
    phrase_at,
    trigger_rules,
)
from passage.stages.events.lexicon import lexicon as events_lexicon
from passage.stages.events.syntax import (
    AGENT,
    OBJECT,
    PASSIVE_SUBJECT,
    SUBJECT,
    children,
    has_parse,
    subtree,
    token_end,
)
from passage.stages.language import sentence_spans
from passage.stages.places.gazetteer import gazetteer

if TYPE_CHECKING:  # the events package imports this module to annotate an article
    from passage.stages.events import SentenceReading

INTERACTION = "Interaction"
OTHER = "OTHER"
AGREE, REJECT, THREATEN = "AGREE", "REJECT", "THREATEN"
# Categories of consent: denied, whatever the tense, they refuse ("did not allow").
YIELDING = ("AGREE", "CONCEDE")
# Speech acts whose object is an act not done (what is asked, threatened or refused).
ASKING = ("DEMAND", "THREATEN", "REJECT")
UNIDENTIFIED = "unidentified"
# How many words after an interaction's trigger the side it is done to may stand, and the
# words that end the stretch it is looked for in.
SIDE_REACH = 12
SIDE_STOPS = frozenset({";", ":", "(", "\u2014"})
# Without a parse, how many words ("has", "on Monday") may stand between a state's name and
# the act it does.
STATE_GAP = 3
# The dependents after a head noun that belong to a party's name ("les autorités
# tunisiennes", "l'ONG Amnesty").
NAME_PARTS = ("amod", "flat", "flat:name", "appos", "compound", "nummod")


@cache
def categories() -> dict[str, dict[str, Any]]:
    """The PLOVER categories and what each means (data/plover.json)."""
    raw = json.loads((data.DATA_DIR / "plover.json").read_text(encoding="utf-8"))
    return dict(raw["categories"])


@cache
def _acled() -> dict[str, Any]:
    return json.loads((data.DATA_DIR / "acled.json").read_text(encoding="utf-8"))


@cache
def acled_categories() -> dict[str, str]:
    """ACLED sub-event type -> PLOVER category (data/acled.json)."""
    return {
        sub: cat for spec in _acled()["types"].values() for sub, cat in spec["subtypes"].items()
    }


def refinable(subtype: str, category: str) -> bool:
    """Whether an ACLED event of this sub-type takes the finer category its trigger words name
    as an interaction ("threatened to attack", ACLED's Other, is THREATEN; "withdrew", a
    transfer of territory, is RETREAT) (data/acled.json "plover_refined_by_trigger")."""
    allowed = _acled().get("plover_refined_by_trigger", {}).get(subtype)
    return allowed is not None and (allowed == "*" or category in allowed)


@cache
def interaction_lexicon(lang: str) -> Lexicon | None:
    """The events lexicon of the language with its trigger rules replaced by the interaction
    triggers (the phrases that are no event stay, with those that are no interaction), so the
    events engine reads their arguments, dates and places as it reads an event's; None where
    the language has no interaction triggers."""
    raw = data.load(lang, "plover")
    base = events_lexicon(lang)
    if not raw or base is None:
        return None
    specs = [{**t, "subtype": t["plover"]} for t in raw.get("triggers", [])]
    rules = trigger_rules(INTERACTION_ROLE, specs)
    nones = [r for r in base.rules if r.role == "none"]
    if raw.get("not_interactions"):
        nones += trigger_rules("none", [{"words": raw["not_interactions"]}])
    return replace(base, rules=tuple(rules + nones))


def _told_as_event(m: Match, events: list[Event]) -> Event | None:
    """The ACLED event these trigger words tell, if any: the words then give no interaction."""
    for e in events:
        for s in (e.trigger, *e.mentions):
            if s.start < m.end and m.start < s.end:
                return e
    return None


def _interaction(article: Article, event: Event, category: str) -> Event:
    """An interaction from the record the events engine drafted for its trigger."""
    return replace(
        event,
        id=stable_id("ix", article.content_hash, event.trigger.start, category),
        type=INTERACTION,
        subtype=category,
        plover=category,
        fatalities=None,
        tolls=[],
        access=None,
    )


def find_interactions(
    article: Article, readings: dict[int, SentenceReading] | None = None
) -> list[Event]:
    """The article's PLOVER interactions; refines the category of the ACLED events whose
    trigger words are also an interaction's (article.events must be found first).
    `readings`: the sentences as the events pass read them (engine.find_events), by where
    each starts; a sentence not among them is read here."""
    # imported here: the events package imports this module to annotate an article
    from passage.stages import events as engine

    lex = interaction_lexicon(article.language or "")
    doc = article.doc
    if lex is None or doc is None or not article.text.strip():
        return []
    parsed = has_parse(doc)
    readings = {} if readings is None else readings
    out: list[Event] = []
    for sent in sentence_spans(article):
        # the sentence's words, actors, places and dates as the events pass read them
        reading = readings.get(sent.start_char)
        ctx = engine._Sentence(article, lex, sent, parsed, reading=reading)
        times = [
            (t.start, t.end) for t in article.times if sent.start_char <= t.start < sent.end_char
        ]
        free: Any = None  # the sentence read without irrealis, for acts told as intended
        here: list[Event] = []  # the sentence's interactions so far
        for m in find_triggers(lex, ctx.tokens, times):
            if m.rule.role != INTERACTION_ROLE or _in_a_name(ctx, m) or _in_an_actor(ctx, m):
                continue
            intended = _intended(ctx, m)
            told = _told_as_event(m, article.events)
            if told is not None:
                _refine(ctx, m, told, intended)
                continue
            if intended:
                free = free or engine._Sentence(
                    article, _free_lexicon(article), sent, parsed, reading=ctx.reading
                )
                d = free.draft(m)
            else:
                d = ctx.draft(m)
            if d is None:
                continue
            category = d.subtype()
            found = _code_stance(
                _interaction(
                    article, engine._finalise(article, d, sent, ctx.reading.text), category
                ),
                intended,
            )
            if _asked_for(ctx, m, found, here):
                _lend_side(ctx, m, found, here)
                continue
            _read_word_order(ctx, m, found)
            _drop_own_words(m, found)
            _reflexive_subject(ctx, m, found)
            _name_who(ctx, m, found)
            _name_whom(ctx, m, found)
            _conjoined_sides(ctx, m, found)
            here.append(found)
        out.extend(here)
    return out


def _asked_for(ctx: Any, m: Match, found: Event, told: list[Event]) -> bool:
    """ "demanded the release of the journalists", "menacé de geler les avoirs": a material act
    told after a demand, a threat or a refusal in its clause is what was asked, threatened or
    refused, not an act of its own; so is a speech act in its object ("refused to negotiate"),
    not one conjoined to it ("rejected the plan and threatened to leave")."""
    lo, _hi = ctx._clause_bounds(m)
    asking = [e for e in told if e.plover in ASKING and lo <= e.trigger.start < m.start]
    if not asking:
        return False
    if not categories().get(found.plover, {}).get("verbal"):
        return True
    # "refused to negotiate", "يرفض الجيش أي تفاوض": talks refused or asked for are no talks
    return any(_in_object_of(ctx, m, e) for e in asking)


def _lend_side(ctx: Any, m: Match, found: Event, told: list[Event]) -> None:
    """ "a refusé de rencontrer les grévistes": whom the refused, asked or threatened act is
    done to is whom the speech act is about, where it names no one else."""
    asking = next((e for e in reversed(told) if e.plover in ASKING), None)
    if asking is None or any(a.role == "target" for a in asking.actors):
        return
    _name_whom(ctx, m, found)
    acting = {a.name for a in asking.actors if a.role == "actor"}
    target = next((a for a in found.actors if a.role == "target"), None)
    if target is not None and target.name not in acting:
        asking.actors.append(target)


def _in_object_of(ctx: Any, m: Match, asking: Event) -> bool:
    """Whether the trigger tells what the speech act asks, threatens or refuses, not a second
    act conjoined to it ("rejected the plan and threatened to leave", "رفض الخطة وهدد")."""
    if ctx.parsed:
        own = {t.i for t in ctx.tokens if asking.trigger.start <= t.idx < asking.trigger.end}
        t = m.head
        for _ in range(8):
            if t.dep_ in ("conj", "parataxis") or t.head.i == t.i:
                return False
            t = t.head
            if t.i in own:
                return True
        return False
    conjunctions = _word_order(ctx.article.language or "").get("conjunctions", [])
    if not conjunctions:
        return False  # no word order to read it by: a speech act stays one
    between = [t for t in ctx.tokens if asking.trigger.end <= t.idx < m.start]
    first = fold(m.tokens[0].text)
    joined = any(first.startswith(c) and len(first) - len(c) >= 3 for c in conjunctions)
    return not joined and not any(fold(t.text) in conjunctions for t in between)


def _in_a_name(ctx: Any, m: Match) -> bool:
    """ "the Humanitarian Aid Commission", "the Peace and Security Council": trigger words all
    capitalised inside a sentence name an institution, not an act (where the script has case
    and the sentence is no headline)."""
    if not ctx.lex.cased_names or is_headline(ctx.tokens):
        return False
    first = m.tokens[0].i - ctx.sent.start
    words = [t for t in m.tokens if t.text.isalpha()]
    return bool(words) and all(t.text[:1].isupper() for t in words) and in_name(ctx.tokens, first)


def _in_an_actor(ctx: Any, m: Match) -> bool:
    """ "منظمة العفو الدولية" (Amnesty), "Programme alimentaire mondial": trigger words inside
    the name of a known actor are the name, not an act."""
    return any(a.start <= m.start and m.end <= a.end for a in ctx.actors)


@cache
def _intent(lang: str) -> tuple[tuple[Phrase, ...], int]:
    """Phrases that tell an act as intended, offered or planned ("will", "is ready to",
    "offered to") and how many words may stand between one and the act (plover.json
    "intent")."""
    spec = (data.load(lang, "plover") or {}).get("intent") or {}
    return tuple(Phrase.parse(w) for w in spec.get("words", [])), int(spec.get("reach", 2))


def _intended(ctx: Any, m: Match) -> bool:
    """Whether the trigger is told as intended: an intent phrase ends at most `reach` words
    before it, with no punctuation between."""
    cues, reach = _intent(ctx.article.language or "")
    first = m.tokens[0].i - ctx.sent.start
    longest = max((len(p.words) for p in cues), default=0)
    for k in range(max(0, first - reach - longest), first):
        for p in cues:
            n = phrase_at(p, ctx.tokens, k, ctx.lex.clitics)
            between = ctx.tokens[k + n : first]
            ends_before = k + n <= first  # not a phrase that holds the trigger itself
            if n and ends_before and len(between) <= reach and not any(t.is_punct for t in between):
                return True
    return False


@cache
def _free_of_irrealis(lang: str) -> Lexicon | None:
    """The interaction lexicon without its irrealis phrases: an act told as intended is
    coded for its intent (_code_stance), not dropped."""
    lex = interaction_lexicon(lang)
    return replace(lex, irrealis=(), clause_irrealis=()) if lex is not None else None


def _free_lexicon(article: Article) -> Lexicon:
    lex = _free_of_irrealis(article.language or "")
    assert lex is not None  # the article's language has interaction triggers
    return lex


def _code_stance(found: Event, intended: bool) -> Event:
    """PLOVER codes an intent by its stance: a cooperative act offered or promised ("will
    release", "is ready to send aid") is AGREE, a hostile act announced ("will impose a
    curfew") is THREATEN; a cooperative act refused ("will not allow", "would not meet"), or
    consent withheld ("did not agree", "did not allow"), is REJECT; "had not met since March"
    stays a negated meeting."""
    spec = categories().get(found.plover, {})
    category = found.plover
    if found.negated and spec.get("cooperative") and (intended or category in YIELDING):
        category, found.negated = REJECT, False
    elif intended and spec.get("cooperative"):
        category = AGREE
    elif intended and not spec.get("verbal"):
        category = THREATEN
    if category == found.plover:
        return found
    return replace(
        found,
        id=stable_id("ix", found.id, category),
        subtype=category,
        plover=category,
    )


def _name_whom(ctx: Any, m: Match, found: Event) -> None:
    """The side an interaction is done to, where the words after the trigger name a thing
    rather than a side: "rejected a proposal by ECOWAS", "threatened to strike Kurdish
    fighters", "welcomed the agreement between Armenia and Azerbaijan" -> the first side named
    after it; "Mexico and the United States agreed": of a reciprocal act, the second side."""
    actors = [a for a in found.actors if a.role == "actor"]
    target = next((a for a in found.actors if a.role == "target"), None)
    lang = ctx.article.language or ""
    named = target is not None and not _names_a_thing(target, ctx.lex.cased_names, lang)
    done_to = _object_tokens(ctx, m)
    if named and ctx.parsed and _object_beats(ctx, done_to, target):
        named = False  # "exhorté la communauté internationale à financer l'aide aux déplacés"
    if named and (ctx.parsed or not _nearer_side(ctx, m, target, found)):
        return
    side = _state_in(ctx, done_to) if done_to else None
    words = _party_of_words(ctx, done_to, "target") if done_to else None
    a_side = words is not None and not _names_a_thing(words, ctx.lex.cased_names, lang)
    if side is None and _headed_by_side_noun(words, lang) and ctx._mention_in(done_to) is None:
        side = words  # "appelé les bailleurs à augmenter leur aide au Soudan du Sud"
    side = replace(side, role="target") if side is not None else _side_after(ctx, m, found)
    if side is None and a_side:
        side = words
    if side is None and (target is None or not named):
        side = _case_side(ctx, m)
    if side is None and target is None:
        side = words
    if side is not None and any(a.name == side.name for a in actors):
        side = None  # one side in both roles is a misreading
    if side is None and len(actors) > 1 and _reciprocal(found.plover):
        side = replace(actors[-1], role="target")
        found.actors.remove(actors[-1])
    if side is None:
        return
    if target is not None:
        found.actors.remove(target)
    found.actors.append(side)


def _name_who(ctx: Any, m: Match, found: Event) -> None:
    """The side that acts where no actor mention names it: a state named by its country or
    its capital ("Washington imposed sanctions", "Paris a demandé"), else, with a parse, the
    words of the subject themselves ("Les syndicats ont refusé"), an unidentified party."""
    if any(a.role == "actor" for a in found.actors):
        return
    subject = _subject_tokens(ctx, m)
    state = _state_in(ctx, subject) if subject else _state_before(ctx, m)
    side = state or (_party_of_words(ctx, subject, "actor") if subject else None)
    if side is not None:
        found.actors.insert(0, side)


def _verb_of(m: Match) -> Any:
    """The verb whose subject does the act: the trigger's head, or for a noun trigger the
    verb it is the object of ("a exprimé son soutien", "opened an investigation")."""
    head = m.head
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "nmod" and head.head.dep_ in OBJECT:
        head = head.head  # "a mené une nouvelle série de consultations"
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in OBJECT and head.head.i != head.i:
        return head.head
    return m.head


def _subject_tokens(ctx: Any, m: Match) -> list[Any]:
    """With a parse, the words of the subject of the trigger's verb, or of the agent of the
    passive verb a noun trigger is the subject of."""
    if not ctx.parsed:
        return []
    head = m.head
    if head.dep_ in PASSIVE_SUBJECT and head.head.i != head.i:
        # "Une enquête a été ouverte par le parquet": the agent of the verb it is subject of
        return [t for c in children(head.head, AGENT) for t in subtree(c)]
    verb = _verb_of(m)
    return [t for c in children(verb, SUBJECT) for t in subtree(c)]


def _object_tokens(ctx: Any, m: Match) -> list[Any]:
    """With a parse, the words of what the act is done to: the verb's object, or the
    complement of a noun inside the trigger phrase ("la porte de la CEDEAO")."""
    if not ctx.parsed:
        return []
    inner = [c for t in m.tokens if t.pos_ == "NOUN" for c in children(t, ("nmod",))]
    if inner:
        return subtree(inner[0])
    if m.head.pos_ not in ("VERB", "AUX"):
        return []
    # "lancé un appel": the light verb's own noun is the act, not whom it is done to
    own = {t.i for t in m.tokens}
    return [t for c in children(m.head, OBJECT) if c.i not in own for t in subtree(c)]


def _state_before(ctx: Any, m: Match) -> EventActor | None:
    """Without a parse, a country or capital right before the trigger in its clause
    ("Washington imposed", "Moscow has warned"): the state acts."""
    lo, _hi = ctx._clause_bounds(m)
    first = m.tokens[0].i - ctx.sent.start
    for p in sorted(ctx.places, key=lambda p: -p.start):
        if not (lo <= p.start and p.end <= m.start):
            continue
        between = [t for t in ctx.tokens[:first] if t.idx >= p.end]
        if len(between) > STATE_GAP or any(t.is_punct for t in between):
            return None
        return _state_of(p, "actor")
    return None


def _state_in(ctx: Any, tokens: list[Any]) -> EventActor | None:
    """A country or capital that heads the words (not one inside a modifier of them)."""
    if not tokens:
        return None
    start, end = tokens[0].idx, token_end(tokens[-1])
    head = next((t for t in tokens if t.head.i == t.i or t.head not in tokens), tokens[0])
    for p in ctx.places:
        if start <= p.start and p.end <= end and p.start <= head.idx < p.end:
            return _state_of(p, "actor")
    return None


def _state_of(place: PlaceMention, role: str) -> EventActor | None:
    """The state a country or a national capital stands for in diplomatic copy."""
    from passage.stages.events import country_actor  # see find_interactions

    if place.kind == "country":
        country = place.name or place.text
    elif place.kind == "town" and place.gazetteer_id:
        known = gazetteer().by_id(place.gazetteer_id)
        state = gazetteer().country(known.country) if known and known.capital else None
        if known is None or state is None or not known.country:
            return None
        country = state.name
    else:
        return None
    name, kind = country_actor(country)
    return EventActor(role, name, kind, place.text, f"inferred: the state {place.text} stands for")


def _party_of_words(ctx: Any, tokens: list[Any], role: str) -> EventActor | None:
    """An unidentified party named by the words of a subject or an object: the phrase up to
    its head noun and the names after it, without its determiner or a clause."""
    head = next((t for t in tokens if t.head.i == t.i or t.head not in tokens), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or _in_a_time(ctx, head):
        return None  # "s'est entretenu jeudi avec": a day is no party
    # "le parquet de Paris", "les autorités de Bamako": a name that says whose they are
    named = {
        k.i
        for c in children(head, ("nmod",))
        if (c.pos_ == "PROPN" or c.text[:1].isupper()) and c in tokens
        for k in subtree(c)
    }
    kept = [
        t
        for t in tokens
        if t.i <= head.i
        or (t.head.i == head.i and t.dep_ in NAME_PARTS)
        or t.dep_ == "flat:name"
        or t.i in named
    ]
    while kept and kept[0].pos_ in ("DET", "PUNCT", "ADP"):
        kept = kept[1:]
    if not kept:
        return None
    start, end = kept[0].idx, token_end(kept[-1])
    text = ctx.article.text[start:end]
    return EventActor(role, text, UNIDENTIFIED, text)


def _names_a_thing(target: EventActor | ActorMention, cased: bool = True, lang: str = "") -> bool:
    """ "a proposal", "the coup", "sanctions": words no actor list knows, no name is in and
    no side noun heads ("son homologue", plover.json "side_nouns"). Where the script has no
    case (`cased` false) nothing tells a name from a thing: none."""
    if not cased:
        return False
    words = target.text.split()
    if target.kind != UNIDENTIFIED or any(w[:1].isupper() for w in words):
        return False
    return not (lang and words and _names_a_side(words[0], {}, lang))


def _headed_by_side_noun(party: EventActor | None, lang: str) -> bool:
    words = party.text.split() if party is not None and party.kind == UNIDENTIFIED else []
    return bool(words) and _names_a_side(words[0], {}, lang)


def _reciprocal(category: str) -> bool:
    return bool(categories().get(category, {}).get("reciprocal"))


def _nearer_side(ctx: Any, m: Match, target: EventActor, found: Event) -> bool:
    """Without a parse: whether a side is named after the trigger before the target word
    order gave ("threatened to break off relations with Congo ... over their ties with
    Israel"): the side nearest the act is whom it is done to."""
    side = _side_after(ctx, m, found)
    if side is None or side.text == target.text:
        return False
    at = ctx.article.text.find(target.text, m.end, ctx.sent.end_char)
    return ctx.article.text.find(side.text, m.end, ctx.sent.end_char) < at


def _side_after(ctx: Any, m: Match, found: Event | None) -> EventActor | None:
    """The first side named after the trigger within SIDE_REACH words, before a semicolon or
    a bracket: an actor known or written as a name, or a country; not one inside the words
    of the interaction's own actor ("ouverte par le parquet de Paris")."""
    last = m.tokens[-1].i - ctx.sent.start
    stop = len(ctx.tokens)
    for k in range(last + 1, min(len(ctx.tokens), last + 1 + SIDE_REACH)):
        if ctx.tokens[k].text in SIDE_STOPS:
            stop = k
            break
    lo = m.end
    hi = ctx.tokens[stop].idx if stop < len(ctx.tokens) else ctx.sent.end_char
    hi = min(hi, ctx.tokens[min(last + SIDE_REACH, len(ctx.tokens) - 1)].idx + 1)
    own = _spans_of(ctx, found.actors if found is not None else [])
    known = [
        a
        for a in ctx.actors
        if lo <= a.start < hi
        and not _names_a_thing(a, ctx.lex.cased_names)
        and not _inside(a.start, own)
    ]
    states = [
        p
        for p in ctx.places
        if lo <= p.start < hi and not _inside(p.start, own) and _state_of(p, "target")
    ]
    first = min([*known, *states], key=lambda x: x.start, default=None)
    if first is None:
        return None
    if isinstance(first, PlaceMention):
        return _state_of(first, "target")
    return EventActor("target", first.name, first.kind, first.text, first.reason)


def _spans_of(ctx: Any, parties: list[EventActor]) -> list[tuple[int, int]]:
    """Where the words of each party stand in the sentence (their first telling)."""
    text, out = ctx.article.text, []
    for a in parties:
        at = text.find(a.text, ctx.sent.start_char, ctx.sent.end_char) if a.text else -1
        if at >= 0:
            out.append((at, at + len(a.text)))
    return out


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)


def _refine(ctx: Any, m: Match, event: Event, intended: bool) -> None:
    """Give an ACLED event the category its trigger words name as an interaction, where its
    sub-type's own category is coarser (refinable); "will extend the curfew" is a threat."""
    rule = m.rule
    category = ctx.context(rule) or (None if rule.needs_context else rule.subtype)
    if category is None or not refinable(event.subtype, category):
        return
    spec = categories().get(category, {})
    if intended and not spec.get("verbal") and refinable(event.subtype, THREATEN):
        category = AGREE if spec.get("cooperative") else THREATEN
    event.plover = category


def annotate_categories(article: Article) -> None:
    """Every ACLED event's PLOVER category from its sub-type (data/acled.json)."""
    mapping = acled_categories()
    for e in article.events:
        e.plover = mapping.get(e.subtype, OTHER)


def primary_coding(article: Article) -> Event | None:
    """The record that codes a sentence as a whole: the first asserted act it tells, an ACLED
    event or an interaction, told as news (background only where nothing is news). In news
    prose the main clause comes first ("X condemned the strike that killed ...", "Police
    arrested 20 protesters who demanded ...")."""
    pool = [e for e in (*article.events, *article.interactions) if not e.negated]
    news = [e for e in pool if not e.background] or pool
    return min(news, key=lambda e: e.trigger.start) if news else None


@cache
def _word_order(lang: str) -> dict[str, Any]:
    """How a verb-first language without a parse names the parties of an act by word order
    (plover.json "word_order"): empty where the language has none."""
    return dict((data.load(lang, "plover") or {}).get("word_order") or {})


def _read_word_order(ctx: Any, m: Match, found: Event) -> None:
    """Without a parse, in a verb-first language ("طالب مجلس الأمن بوقف القتال", "انتقدت منظمة
    العفو الدولية السلطات المصرية"): the noun phrase right after the verb is who acts, a
    known actor, a state or unidentified words; the phrase right after it, or after one of the
    trigger's case words, is whom it is done to where it names a side. The subject next to
    the verb beats an actor named later in the sentence."""
    spec = _word_order(ctx.article.language or "")
    if ctx.parsed or not ctx.lex.verb_first or not spec:
        return
    place = _subject_start(ctx, m, spec)
    start, until = place if place is not None else (0, None)
    end, subject = _side_at(ctx, m, start, spec, "actor", any_head=True) if place else (0, None)
    if subject is None or (until is not None and end != until):
        # not read by order: still, whom the act is done to after its case word ("لإجراء
        # محادثات مع المسؤولين المصريين")
        if not any(a.role == "target" for a in found.actors):
            after = _case_side_after(ctx, m, m.tokens[-1].i - ctx.sent.start + 1, spec)
            if after is not None and after.name not in {a.name for a in found.actors}:
                found.actors.append(after)
        return
    _replace_side(found, subject, ctx, (ctx.tokens[start].idx, ctx.tokens[end - 1].idx + 1))
    target = _object_after(ctx, m, end, spec)
    if target is not None and target.name != subject.name:
        found.actors[:] = [a for a in found.actors if a.role != "target"] + [target]


def _subject_start(ctx: Any, m: Match, spec: dict[str, Any]) -> tuple[int, int | None] | None:
    """Where the subject stands, and where it must end: right after a verb trigger that opens
    its clause (after particles: "لن يسمح"), or, for a noun trigger ("جددت النقابة مطالبتها",
    "فتحت النيابة تحقيقا"), between the verb that opens the clause and the trigger."""
    lo, _hi = ctx._clause_bounds(m)
    first = m.tokens[0].i - ctx.sent.start
    last = m.tokens[-1].i - ctx.sent.start
    opener = first
    while opener > 0 and ctx.tokens[opener - 1].idx >= lo and not ctx.tokens[opener - 1].is_punct:
        opener -= 1
    while opener < first and _stop_word(ctx.tokens[opener].text, spec):
        opener += 1  # "لن يسمح", "كما دعت": particles before the verb
    if opener == first:
        return (last + 1, None) if last + 1 < len(ctx.tokens) else None
    verb = ctx.tokens[opener]
    if opener + 1 >= first or _definite(verb.text, spec):
        return None
    return opener + 1, first


def _side_at(
    ctx: Any, m: Match, k: int, spec: dict[str, Any], role: str, any_head: bool
) -> tuple[int, EventActor | None]:
    """The side the noun phrase at token k names, and the token after the phrase: a known
    actor or a state whose words start there, else the words of the phrase (a head, its idafa
    complement, its nisba adjectives) where `any_head` or the head names a side."""
    tokens = ctx.tokens
    if k >= len(tokens) or tokens[k].is_punct or _stop_word(tokens[k].text, spec):
        return k, None
    at = tokens[k].idx
    for a in ctx.actors:
        if a.start == at and a.end > at:
            end = next((j for j in range(k, len(tokens)) if tokens[j].idx >= a.end), len(tokens))
            longer = _phrase_end(ctx, m, k, spec)
            if a.name == a.text and longer > end:
                # "الشرطة القضائية الليبية": a common noun the actor list knows heads a name
                text = ctx.article.text[at : token_end(tokens[longer - 1])]
                return longer, EventActor(role, text, a.kind, text, a.reason)
            return end, EventActor(role, a.name, a.kind, a.text, a.reason)
    for p in ctx.places:
        if p.start == at and (state := _state_of(p, role)) is not None:
            end = next((j for j in range(k, len(tokens)) if tokens[j].idx >= p.end), len(tokens))
            return end, state
    end = _phrase_end(ctx, m, k, spec)
    if any_head and end > k:
        end = _of_complement(ctx, m, end, spec)
    lang = ctx.article.language or ""
    if end == k or not (any_head or _names_a_side(tokens[k].text, spec, lang)):
        return end, None
    text = ctx.article.text[tokens[k].idx : token_end(tokens[end - 1])]
    name = " ".join([_without_case(tokens[k].text, spec), *(t.text for t in tokens[k + 1 : end])])
    return end, EventActor(role, name, UNIDENTIFIED, text)


def _phrase_end(ctx: Any, m: Match, k: int, spec: dict[str, Any]) -> int:
    """The token after a noun phrase starting at k: an indefinite head takes the noun after it
    (idafa: "مجلس الأمن", "وزير الخارجية"), then nisba adjectives follow ("الدولية",
    "التونسيين"); not the trigger's words, a time, a case word or punctuation."""
    tokens, trigger = ctx.tokens, {t.i for t in m.tokens}
    times = [(t.start, t.end) for t in ctx.article.times]

    def usable(j: int) -> bool:
        if j >= len(tokens):
            return False
        t = tokens[j]
        return (
            not t.is_punct
            and t.i not in trigger
            and not _stop_word(t.text, spec)
            and not any(s <= t.idx < e for s, e in times)
        )

    if not usable(k):
        return k
    end = k + 1
    limit = min(len(tokens), k + int(spec.get("max_words", 4)))
    restore = tuple(spec.get("case_clitics_restore", {}))
    while end < limit and usable(end) and not _definite(tokens[end - 1].text, spec):
        if fold(tokens[end].text).startswith(restore):
            return end  # "للحكومة", "بالرئيس": a case word, not the head's complement
        end += 1  # idafa: the head is bare, the noun after it completes it
    while end < limit and usable(end) and _adjective(tokens[end].text, spec):
        end += 1
    return end


def _of_complement(ctx: Any, m: Match, end: int, spec: dict[str, Any]) -> int:
    """ "الأمين العام للأمم المتحدة", "المفوض السامي لحقوق الإنسان": a title's complement with
    the clitic لل belongs to the subject's name."""
    tokens = ctx.tokens
    if end >= len(tokens) or not fold(tokens[end].text).startswith(tuple(spec.get("of", []))):
        return end
    titles = {fold(a) for a in spec.get("title_adjectives", [])}
    if fold(tokens[end - 1].text) not in titles:
        return end  # "قدم الهلال الأحمر للنازحين": whom it is given to, not a title's body
    if any(t.i == tokens[end].i for t in m.tokens):
        return end
    after = end + 1
    while after < min(len(tokens), end + 3) and _adjective(tokens[after].text, spec):
        after += 1
    return after


def _object_after(ctx: Any, m: Match, k: int, spec: dict[str, Any]) -> EventActor | None:
    """Whom the act is done to: the side named right after the subject (the object in VSO:
    "دعت الوزارة البعثة الأممية إلى"), else the side after the first of the trigger's case
    words within reach ("فرضت عقوبات على", "أعربت عن دعمها للحكومة")."""
    while k < len(ctx.tokens) and _in_a_time(ctx, ctx.tokens[k]):
        k += 1  # "استقبل الرئيس الخميس وزير الدفاع": the day stands between
    restore = tuple(spec.get("case_clitics_restore", {}))
    if k < len(ctx.tokens) and not fold(ctx.tokens[k].text).startswith(restore):
        side = _side_at(ctx, m, k, spec, "target", any_head=False)[1]
        if side is not None:
            return side
    return _case_side_after(ctx, m, k, spec)


def _case_side_after(ctx: Any, m: Match, k: int, spec: dict[str, Any]) -> EventActor | None:
    """The side after the first of the trigger's case words from token k, within reach and
    before punctuation."""
    cases = {fold(c) for c in m.rule.target_case} | set(ctx.lex.target_case)
    for j in range(k, min(len(ctx.tokens), k + SIDE_REACH)):
        t = ctx.tokens[j]
        if t.text in SIDE_STOPS or t.is_punct:
            return None
        if fold(t.text) in cases:
            return _side_at(ctx, m, j + 1, spec, "target", any_head=False)[1]
        clitic = _case_clitic(t.text, spec)
        if clitic and clitic in cases:
            return _side_at(ctx, m, j, spec, "target", any_head=False)[1]
    return None


def _replace_side(found: Event, subject: EventActor, ctx: Any, span: tuple[int, int]) -> None:
    """The subject read by word order is the actor; a side the engine took from inside it is
    dropped."""
    start, end = span
    kept = []
    for a in found.actors:
        at = ctx.article.text.find(a.text, ctx.sent.start_char, ctx.sent.end_char) if a.text else -1
        if a.role == "actor" or (start <= at < end) or a.name == subject.name:
            continue
        kept.append(a)
    found.actors[:] = [subject, *kept]


def _forms(word: str, spec: dict[str, Any]) -> tuple[str, ...]:
    """The word, and the word without a leading conjunction (و, ف) where it may carry one
    ("والحكومة"; "وزير" may not be read as و + زير alone)."""
    w = fold(word)
    out = [w]
    for c in spec.get("conjunctions", []):
        if w.startswith(c) and len(w) - len(c) >= 3:
            out.append(w[len(c) :])
    return tuple(out)


def _definite(word: str, spec: dict[str, Any]) -> bool:
    forms = [_without_case(w, spec) for w in _forms(word, spec)]
    return any(w.startswith(a) for w in forms for a in spec.get("articles", []))


def _adjective(word: str, spec: dict[str, Any]) -> bool:
    """A definite relational adjective ("الدولية", "اللبناني", "التونسيين") or one of the
    adjectives of titles and bodies ("العام", "السامي")."""
    forms = _forms(word, spec)
    if any(w in {fold(a) for a in spec.get("adjectives", [])} for w in forms):
        return True
    endings = tuple(spec.get("adjective_endings", []))
    return _definite(word, spec) and forms[0].endswith(endings)


def _stop_word(word: str, spec: dict[str, Any]) -> bool:
    stops = set(spec.get("stops", []))
    return any(w in stops for w in _forms(word, spec))


def _case_clitic(word: str, spec: dict[str, Any]) -> str | None:
    """The case clitic a definite word carries ("للحكومة", "بالرئيس"): ل or ب."""
    w = fold(word)
    for prefix, case in spec.get("case_clitics", {}).items():
        if w.startswith(prefix) and len(w) - len(prefix) >= 2:
            return str(case)
    return None


def _without_case(word: str, spec: dict[str, Any]) -> str:
    """The word as it reads without its case clitic ("للحكومة" -> "الحكومة")."""
    w = fold(word)
    for prefix, restored in spec.get("case_clitics_restore", {}).items():
        if w.startswith(prefix) and len(w) - len(prefix) >= 2:
            return str(restored) + w[len(prefix) :]
    return word


def _names_a_side(word: str, spec: dict[str, Any], lang: str) -> bool:
    """Whether a head noun names a side ("السلطات", "نظيره", "homologue"), not a thing
    (plover.json "side_nouns")."""
    nouns = _side_nouns(lang)
    for form in _forms(word, spec):
        w = _without_case(form, spec)
        if any(w.startswith(n) if open_end else w == n for n, open_end in nouns):
            return True
    return False


@cache
def _side_nouns(lang: str) -> tuple[tuple[str, bool], ...]:
    """Each side noun, folded, and whether any ending may follow it (a final *)."""
    words = (data.load(lang, "plover") or {}).get("side_nouns", [])
    return tuple((fold(w).rstrip("*"), w.endswith("*")) for w in words)


def _in_a_time(ctx: Any, token: Any) -> bool:
    return any(t.start <= token.idx < t.end for t in ctx.article.times)


def _drop_own_words(m: Match, found: Event) -> None:
    """ "ont lancé un appel au gouvernement": a party read from the trigger's own words (the
    light verb's noun) is none."""
    lo, hi = m.start, m.end
    found.actors[:] = [
        a for a in found.actors if not (a.kind == UNIDENTIFIED and a.text and _within(a, m, lo, hi))
    ]


def _within(party: EventActor, m: Match, lo: int, hi: int) -> bool:
    text = " ".join(t.text for t in m.tokens)
    return party.text in text and all(w in text for w in party.text.split())


@cache
def _reflexives(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in (data.load(lang, "plover") or {}).get("reflexives", []))


def _reflexive_subject(ctx: Any, m: Match, found: Event) -> None:
    """ "Les rebelles se sont retirés": the parser reads a reflexive verb as a passive, its
    subject as undergoing it; the one who withdraws, meets or pledges acts (plover.json
    "reflexives")."""
    if not ctx.parsed or any(a.role == "actor" for a in found.actors):
        return
    verb = _verb_of(m)
    marks = _reflexives(ctx.article.language or "")
    if not any(c.dep_.startswith("expl") and fold(c.text) in marks for c in verb.children):
        return
    subject = [t for c in children(verb, PASSIVE_SUBJECT) for t in subtree(c)]
    if not subject:
        return
    start, end = subject[0].idx, token_end(subject[-1])
    for i, a in enumerate(found.actors):
        at = ctx.article.text.find(a.text, start, end) if a.text else -1
        if a.role == "target" and at >= 0:
            found.actors[i] = replace(a, role="actor")
            return
    side = _state_in(ctx, subject) or _party_of_words(ctx, subject, "actor")
    if side is not None:
        found.actors.insert(0, side)


def _case_side(ctx: Any, m: Match) -> EventActor | None:
    """With a parse, the side after one of the trigger's case words in its clause ("lancé un
    appel au gouvernement", "s'est entretenu avec son homologue"), where it names a side."""
    if not ctx.parsed or not m.rule.target_case:
        return None
    cases = {fold(c) for c in m.rule.target_case}
    lo, hi = ctx._clause_bounds(m)
    own = {t.i for t in m.tokens}
    for t in ctx.tokens:
        if not (m.end <= t.idx < hi) or t.dep_ != "case" or fold(t.text) not in cases:
            continue
        head = t.head
        if head.i in own or head.pos_ not in ("NOUN", "PROPN") or _in_a_time(ctx, head):
            continue
        words = [k for k in subtree(head) if k.idx < hi]
        side = _state_in(ctx, words)
        if side is not None:
            return replace(side, role="target")
        known = ctx._mention_in(words)
        if known is not None:
            return EventActor("target", known.name, known.kind, known.text, known.reason)
        party = _party_of_words(ctx, words, "target")
        named = party is not None and any(w[:1].isupper() for w in party.text.split())
        if named or _headed_by_side_noun(party, ctx.article.language or ""):
            return party  # not "un appel au calme"
    return None


def _conjoined_sides(ctx: Any, m: Match, found: Event) -> None:
    """ "Erevan et Bakou se sont mis d'accord", "Le Nigeria et le Cameroun mèneront des
    patrouilles conjointes": of a reciprocal act with two conjoined subjects, the first acts
    and the second is the other side (where no side is already named apart from them)."""
    if not ctx.parsed or not _reciprocal(found.plover):
        return
    verb = _verb_of(m)
    subjects = children(verb, (*SUBJECT, *PASSIVE_SUBJECT))
    # "Belgrade et Pristina ont approuvé": a pair of names before the verb is often left
    # unlabelled by the parser; "des pourparlers entre Kiev et Moscou": the pair after the
    # trigger's case word
    subjects = subjects or [c for c in children(verb, ("dep",)) if c.i < verb.i]
    cases = {fold(c) for c in m.rule.target_case}
    pairs = [
        c
        for t in m.tokens
        for c in children(t, ("nmod",))
        if any(fold(k.text) in cases for k in children(c, ("case",)))
    ]
    for c in [*subjects, *pairs]:
        others = children(c, ("conj",))
        if not others:
            continue
        second = subtree(others[0])
        skip = {t.i for t in second}
        first = [t for t in subtree(c) if t.i not in skip and t.dep_ not in ("cc", "punct", "case")]
        actor = _side_of(ctx, first, "actor")
        target = _side_of(ctx, [t for t in second if t.dep_ not in ("cc", "punct")], "target")
        if actor is None or target is None or actor.name == target.name:
            return
        found.actors[:] = [actor, target]
        return


def _side_of(ctx: Any, tokens: list[Any], role: str) -> EventActor | None:
    """The side some words name: a state, a known actor, else the words themselves."""
    state = _state_in(ctx, tokens)
    if state is not None:
        return replace(state, role=role)
    known = ctx._mention_in(tokens)
    if known is not None:
        return EventActor(role, known.name, known.kind, known.text, known.reason)
    return _party_of_words(ctx, tokens, role)


def _object_beats(ctx: Any, done_to: list[Any], target: EventActor) -> bool:
    """Whether the direct object names a side other than the target the engine found deeper
    in the sentence: the object is whom a demand or a threat is made to."""
    if not done_to or ctx._mention_in(done_to) is not None or _state_in(ctx, done_to):
        return False
    start, end = done_to[0].idx, token_end(done_to[-1])
    if ctx.article.text.find(target.text, start, end) >= 0:
        return False
    words = _party_of_words(ctx, done_to, "target")
    lang = ctx.article.language or ""
    return words is not None and not _names_a_thing(words, ctx.lex.cased_names, lang)
