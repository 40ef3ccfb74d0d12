"""Events stage: what happened, by whom, to whom, where and when, from trigger lexicons and the
dependency parse (nearest-in-sentence where a language has no parser)."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from calendar import monthrange
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from passage import data
from passage.record import (
    Access,
    ActorMention,
    Article,
    Event,
    EventActor,
    EventDate,
    Fatalities,
    PlaceMention,
    Span,
    TimeMention,
    lowest_toll,
    stable_id,
)
from passage.stages.actors import canonical_actors, state_country, template_actor
from passage.stages.events import linear
from passage.stages.events.fatalities import counts, fatalities_at, running_total
from passage.stages.events.lexicon import (
    INTERACTION_ROLE,
    ContextRole,
    Lexicon,
    Match,
    Phrase,
    TriggerRule,
    bare_phrase_words,
    find_triggers,
    fold,
    forms_of,
    natural_toll,
    phrase_at,
)
from passage.stages.events.lexicon import lexicon as load_lexicon
from passage.stages.events.syntax import (
    AGENT,
    OBJECT,
    PASSIVE_SUBJECT,
    SUBJECT,
    Cover,
    active_misparsed,
    children,
    covers,
    first_in,
    has_parse,
    is_passive,
    subtree,
    token_end,
)
from passage.stages.language import sentence_spans
from passage.stages.places.registry import name_key, registry
from passage.stages.places.stage import is_dateline
from passage.stages.time import stretches

# Kinds of place an event is best anchored to, most precise first.
PLACE_RANK = {"crossing": 0, "road": 1, "town": 2, "region": 3, "country": 4}
ACCESS_KINDS = ("crossing", "road")
# access effects that change a way's status (a later opening or closing undoes them)
STATUS_EFFECTS = ("open", "close")
# Clauses of their own: a date or place inside them belongs to their own event.
CLAUSAL = ("ccomp", "advcl", "acl:relcl", "conj", "parataxis", "xcomp", "csubj", "acl")
# What a reporting verb governs as the content of the report, not where its speaker was.
REPORTED_CONTENT = ("ccomp", "obj", "xcomp", "parataxis", "conj", "csubj")
CIVILIAN_VIOLENCE, CIVILIAN_ATTACK = "Violence against civilians", "Attack"
UNIDENTIFIED = "unidentified"
# Damage nature or an accident can do too ("wildfires destroyed homes").
PROPERTY_DESTRUCTION = "Looting/property destruction"
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots")
CIVILIANS = ("Civilians", "civilians")
# ACLED types whose acts one side does to the other: told the other way round, a new act.
ONE_SIDED = ("Explosions/Remote violence", "Violence against civilians")
# How many words before a party a count may stand ("خمسة من عناصر الشرطة").
COUNT_REACH = 3
# How many words after a verb trigger its object may start, past its subject ("هاجم مسلحون
# مجهولون قرية").
PLACE_TARGET_REACH = 4
# Crowds whose killing is a riot (ACLED "Riots / Violent demonstration": demonstrators who
# engage in violence), not a protest and a killing of their own.
CROWD_VIOLENCE = {"protesters": "Violent demonstration", "rioters": "Violent demonstration"}
# The ACLED types of crowds: a protest or riot is not the topic of another protest.
CROWD_TYPES = ("Protests", "Riots")
# Sub-event types outside the violent types whose deaths belong to the event itself.
LETHAL = ("Excessive force against protesters",)
# How many words after an escort phrase may name the escort ("sous l'escorte de militaires")
ESCORT_REACH = 5
ESCORTED = "escorts what was attacked"
# Without a parse: how many capitalised words a name listed with known actors may hold.
MAX_LISTED_NAME = 4
# Without a parse: a target inferred from the place an act was done in or to (place_target).
PLACE_TARGET = "the people of the place it was done in or to"
# A generic clash told in one sentence with remote violence is that violence.
GENERIC_CLASH = "Armed clash"
AGREEMENT = "Agreement"
SPECIFIC_OF_GENERIC = ("Explosions/Remote violence",)
# How many sentences back a telling may continue an event told before; a bare toll reaches
# only the sentence before.
WINDOW = 2
# How many words after a territory verb its object's noun may stand ("plus de 500 détenus").
TAKEN_REACH = 5
# Without a parse, how many words after a trigger an agent phrase ("من جانب") may start.
AGENT_REACH = 3
TOLL_WINDOW = 1
RETELLING, TOLL = "retelling", "toll"
# "l'attaque", "l'explosion": a violent event noun with the definite article and nothing that
# says which one it is names the act the story is about, told up to this many sentences before.
DEFINITE, DEFINITE_WINDOW = "definite", 4
# A claim of responsibility for events already told ("le GSIM a revendiqué les deux attaques").
CLAIMED = "claimed"
# "fled because of the fighting": a violent noun after a cause phrase names the situation that
# caused what its clause tells; it retells a violent act told just before, or tells nothing.
SITUATION = "situation"
# How many words (a preposition, an article) may stand between a situation and its own place.
SITUATION_PLACE_GAP = 2
# Acts that take people without killing them: a killing told beside one, each with victims
# counted apart ("killed two and abducted five others"), is an act of its own (ACLED: an Attack
# with the toll, and the abduction without it).
TAKING_PEOPLE = ("Abduction/forced disappearance", "Arrests", "Sexual violence")
# How many words after such an act its own count of victims may stand ("enlevé cinq autres").
APART_REACH = 3
# "l'attaque d'Inata": an act named after a place the article has not named before, and no
# gazetteer knows, is its own event, never merged with those told.
NAMED_ANEW = "named anew"
# The types an act claimed by its author may have; a generic attack may be any of them.
CLAIMABLE = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# How many words before a crossing's name a facility noun makes it a facility ("la base
# militaire d'al-Tanf").
FACILITY_REACH = 3
# Without a parse, how many tokens from the trigger a country may stand to be its actor.
COUNTRY_REACH = 8
# How many tokens after a verb its lost object may stand.
LOOKAHEAD = 15
# Without a parse: punctuation that ends a clause; how many tokens before a verb trigger a
# passive auxiliary may stand ("was reportedly attacked").
# How many nouns up a chain of complements a noun's agent ("par X") may be looked for.
NOUN_AGENT_REACH = 2
# Without a parse, how many words of a noun trigger's "of" phrase may stand before its agent's
# "by" ("the killing of a local journalist by gunmen").
OF_PHRASE_REACH = 6
# data/actors.json: the actor a country stands for where it is accused of an act
NATIONAL = "national_act"
CLAUSE_PUNCT = frozenset(',;:()[]—–«»"“”')
PASSIVE_REACH = 3
# How many characters before a name its vessel noun may stand ("le bateau « Tombouctou »").
VESSEL_REACH = 12


@cache
def acled_types() -> dict[str, str]:
    """ACLED sub-event type -> event type (data/acled.json)."""
    with (data.DATA_DIR / "acled.json").open(encoding="utf-8") as fh:
        raw = json.load(fh)
    return {sub: typ for typ, spec in raw["types"].items() for sub in spec["subtypes"]}


@cache
def _actors_data() -> dict[str, Any]:
    with (data.DATA_DIR / "actors.json").open(encoding="utf-8") as fh:
        return json.load(fh)


# Without a parse, how many words may stand between a verb and the road it cuts: its subject
# ("قطعت غارة إسرائيلية الطريق").
ROAD_OBJECT_REACH = 3
# How far before a passive opening or closing its unnamed way may stand ("a secondary road
# into Taiz is being opened").
UNNAMED_WAY_REACH = 6
# and how far after an opening or closing its object's way noun ("closed the main border road")
UNNAMED_WAY_OBJECT = 4
# Without a parse, how many words before and after a trigger its crossing or road may be
# named: a verb-first sentence often names the way first and the act it bears a long
# accusation later ("أهم معبر حدودي ... غداة توجيه جيش الاحتلال اتهاماً لحزب الله بنقل").
ACCESS_NEAR, ACCESS_BEFORE = 6, 12
ACCESS_AFTER = 8
# How many words before and after an opening may limit it ("a été partiellement rouvert",
# "reopened on Monday to pedestrians and cyclists only").
LIMIT_BEFORE, LIMIT_AFTER = 3, 12
# How many words before a closure a threat verb may govern it ("هددت السلطات الليبية بإغلاق").
THREAT_REACH = 6
# Marks that end the stretch of a sentence a limit may be read in.
_STOPS = frozenset(",;:.!?،؛")
# Words between an announcing party's name and its reporting verb ("the council has
# also said").
ANNOUNCER_GAP = 2


def country_actor(country: str, spec_key: str = "country_actor") -> tuple[str, str]:
    """The actor a country stands for (data/actors.json): itself where it is a canonical actor
    ("Israel"), else its government ("Government of Tunisia") or, for an act the country's
    adjective qualifies (`spec_key` "national_act"), its forces."""
    raw = _actors_data()
    for a in raw.get("actors", []):
        if a["name"] == country:
            return a["name"], a["kind"]
    spec = raw.get(spec_key) or {}
    template = spec.get("template", "{country}")
    known = template_actor(template, country)
    if known is not None:
        return known
    return template.format(country=country), spec.get("kind", "state forces")


@cache
def _national_adjectives(lang: str) -> dict[str, str]:
    """Folded national adjective -> country (data/<lang>/actors.json)."""
    raw = data.load(lang, "actors") or {}
    adjectives = (raw.get("national") or {}).get("adjectives", {})
    return {fold(form): country for country, forms in adjectives.items() for form in forms}


@cache
def _crossings_of_town(town: str) -> tuple[Any, ...]:
    """The registry crossings with a side in the town (its name key)."""
    return tuple(
        acc
        for acc in registry().items
        if acc.kind == "crossing" and any(name_key(a.name) == town for a in acc.anchors)
    )


def _the_crossing_of(place: PlaceMention) -> PlaceMention | None:
    """The town mention as the one registry crossing with a side in it, or None where the town
    has no crossing or several."""
    sides = _crossings_of_town(name_key(place.name or place.text))
    if len(sides) != 1:
        return None
    acc = sides[0]
    return PlaceMention(
        place.start,
        place.end,
        place.text,
        acc.display_name,
        acc.id,
        acc.lat,
        acc.lon,
        place.country,
        kind="crossing",
        precision=1,
    )


def _names_vessel(article: Article, place: PlaceMention, lex: Lexicon) -> bool:
    """ "le bateau « Tombouctou »", "le navire Gaza": a town's name right after a vessel noun
    names the vessel, not where it was."""
    words = re.findall(r"\w+", article.text[max(0, place.start - VESSEL_REACH) : place.start])
    return bool(words) and fold(words[-1]) in lex.vessel_nouns


@cache
def _unnamed_actors(lang: str) -> frozenset[str]:
    """Canonical names that stand for no one in particular ("Unidentified armed group")."""
    raw = data.load(lang, "actors") or {}
    entries = [*raw.get("generic", []), *raw.get("anaphora", [])]
    return frozenset(e["name"] for e in entries if e.get("name"))


@dataclass
class _Telling:
    """One telling of an event in a sentence, and how it relates to the events told before."""

    event: Event
    coref: str | None = None
    claimed: int = 0  # CLAIMED: how many events told before it claims (0: the last ones)
    # the noun of the thing the act struck ("bateau"), and whether the definite article named
    # it ("le bateau avait été pris pour cible": the boat struck before)
    struck: str | None = None
    struck_definite: bool = False
    only_retells: bool = False  # a telling that adds to an act told before, or is nothing


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
    background: bool = False
    context_subtype: str | None = None
    co_actors: list[EventActor] = field(default_factory=list)
    # RETELLING: retells an event told before ("leur tentative", "attaque que ..."); TOLL: a toll
    # with no act of its own, which belongs to the violence told just before; CLAIMED: claims
    # events told before, `claimed` of them (0: those of the last sentence that told any)
    coref: str | None = None
    claimed: int = 0
    struck: str | None = None
    struck_definite: bool = False
    only_retells: bool = False
    # introduced by a cause phrase ("because of the fighting"): a SITUATION unless a toll of
    # its sentence makes it the act that killed
    situation: bool = False
    # one of several crossings or roads the trigger governs ("les passages de Rafah et de
    # Kerem Shalom"): an event of its own on the same trigger
    sibling: bool = False

    def subtype(self) -> str:
        sub = self.context_subtype or self.rule.subtype
        # The actor's kind refines the rule's own sub-type; one its sentence told stands ("troops
        # overran a post, killing 10": the fight, whoever fought it).
        if self.actor is not None and self.context_subtype is None:
            sub = self.rule.by_actor_kind.get(self.actor.kind, sub)
        if self.target is not None:
            sub = self.rule.by_target_kind.get(self.target.kind, sub)
        if self.actor is not None:
            sub = self.rule.by_doer_kind.get(self.actor.kind, sub)
        return sub


def _non_finite(token: Any) -> bool:
    return bool(set(token.morph.get("VerbForm")) & {"Inf", "Part", "Ger"})


def _past_participle(token: Any) -> bool:
    return "Part" in token.morph.get("VerbForm") and "Past" in token.morph.get("Tense")


def _shares_subject(t: Any, dep: str) -> bool:
    """An active clause with no subject of its own whose subject is its head's: a non-finite
    adverbial clause ("faisant repousser"), a conjoined verb ("venaient de tuer un chauffeur
    et de piller"). Not a passive one: its head's subject is not its actor."""
    if is_passive(t) or children(t, SUBJECT + PASSIVE_SUBJECT):
        return False
    if dep == "advcl":
        return (_non_finite(t) and not _past_participle(t)) or _under_apposed_participle(t)
    return dep == "conj" and t.pos_ == "VERB" and t.head.pos_ == "VERB"


def _under_apposed_participle(t: Any) -> bool:
    """ "Les assaillants, arrivés à moto, ont incendié": the parse may make the participle set
    off by commas the root and the finite verb its clause; the subject is the verb's."""
    head = t.head
    return (
        bool(children(t, ("aux", "aux:tense")))
        and _past_participle(head)
        and not children(head, ("aux", "aux:tense", "aux:pass", "cop"))
        and any(c.text == "," for c in children(head, ("punct",)) + children(t, ("punct",)))
    )


def _event_actor(role: str, m: ActorMention) -> EventActor:
    # "killed three farmers": people named by their trade or standing are civilians struck
    # (ACLED "Civilians"); only the canonical civilians actor is of that kind
    name = CIVILIANS[0] if role == "target" and m.kind == CIVILIANS[1] else m.name
    return EventActor(role=role, name=name, kind=m.kind, text=m.text, reason=m.reason)


@dataclass(frozen=True)
class SentenceReading:
    """What one sentence holds of the article's layers (its words, actors, places and dates),
    read once and shared by every lexicon that reads the sentence: the events pass and the
    interactions pass (plover.py). No trigger rule changes it; the lexicon words it reads
    (sources, vessels) are the language's, alike in every lexicon drawn from it."""

    tokens: list[Any]
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[TimeMention]
    ends: list[int]  # each token's end, for `words_over`, in order
    named: set[int]  # the actors by identity (see `_Sentence._named`)
    text: str  # the sentence's words as written, each event's `sentence`


class _Sentence:
    """One sentence of an article with the layers that fall inside it."""

    def __init__(
        self,
        article: Article,
        lex: Lexicon,
        sent: Any,
        parsed: bool,
        topic_start: int = 0,
        told_at: tuple[PlaceMention, ...] = (),
        reading: SentenceReading | None = None,
    ) -> None:
        self.article = article
        self.topic_start = topic_start  # where the sentences a bare mention may continue begin
        # where the events told in those sentences happened, in the order they were told
        self.told_at = told_at
        self.lex = lex
        self.sent = sent
        self.parsed = parsed
        self._contexts: dict[int, str | None] = {}
        self._found: list[Match] | None = None  # the sentence's trigger phrases, once read
        self._roots: dict[tuple[int, int], Any] = {}  # a place's span -> its highest word
        # positions of the trigger phrases of a role, once per role (every act asks)
        self._role_words: dict[str, frozenset[int]] = {}
        self._acts: frozenset[int] | None = None  # see `_act_heads`
        self._under: dict[int, list[int]] | None = None  # see `_acts_under`
        self._place_words: frozenset[int] | None = None  # see `_placed_words`
        self._paths: dict[int, list[Any]] = {}  # see `_path_up`
        self._words_at: dict[str, list[int]] | None = None  # see `_phrase_starts`
        self._elsewhere_words: dict[int, bool] = {}  # see `_says_elsewhere`
        self.reading = reading if reading is not None else self._read()
        self.tokens = self.reading.tokens
        self.actors = self.reading.actors
        self.places = self.reading.places
        self.dates = self.reading.dates
        self._ends = self.reading.ends
        self._named = self.reading.named

    def _read(self) -> SentenceReading:
        """The sentence's share of the article's layers, read for the first lexicon."""
        article, sent, parsed = self.article, self.sent, self.parsed
        self.tokens = list(sent)
        s, e = sent.start_char, sent.end_char
        # a source named by its kind alone ("مصادر محلية", local sources) speaks, it does not act
        self.actors = [
            a
            for a in article.actors
            if s <= a.start < e and not (a.is_source or a.kind == "source")
        ]
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
        # a stretch of time ("منذ ... وحتى ...") dates what filled it as one interval
        here = [t for t in article.times if s <= t.start < e]
        self.dates = [
            t
            for t in stretches(article.text, here, article.language or "")
            if t.kind == "date" and t.value and not _in_dateline(article.text, s, t)
        ]
        self._ends = ends = [token_end(t) for t in self.tokens]
        # By identity: a list's `in` compares every field, cubic in a 5,000-word sentence.
        named = {id(a) for a in self.actors}
        if parsed:
            self.places = [p for p in self.places if not self._in_source_phrase(p)]
        self.places = [p for p in self.places if not _names_vessel(article, p, self.lex)]
        return SentenceReading(
            self.tokens, self.actors, self.places, self.dates, ends, named, sent.text
        )

    def _in_source_phrase(self, place: PlaceMention) -> bool:
        """ "Selon les radios Tataouine et Mosaïque FM": a place in the phrase that names a
        source says who speaks, not where it happened."""
        words = self.lex.according_to
        if not words:
            return False
        tok = next(iter(self.words_over(place)), None)
        for t in [tok, *tok.ancestors] if tok is not None else ():
            for c in children(t, ("case",)):
                phrase = fold(c.text + "".join(f.text for f in children(c, ("fixed",))))
                if phrase in words:
                    return True
            if t.pos_ in ("VERB", "AUX"):
                break
        return False

    def _countries_near(self, match: Match) -> list[ActorMention]:
        """Countries named within COUNTRY_REACH tokens of the trigger, as actor mentions."""
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        lo = self.tokens[max(0, first - COUNTRY_REACH)].idx
        hi_tok = self.tokens[min(len(self.tokens) - 1, last + COUNTRY_REACH)]
        hi = hi_tok.idx + len(hi_tok.text)
        out = []
        for p in self.places:
            if p.kind == "country" and lo <= p.start and p.end <= hi:
                name, kind = country_actor(p.name or p.text)
                out.append(ActorMention(p.start, p.end, p.text, name, kind))
        return out

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

    def governors(self, token: Any, for_subject: bool = False) -> list[Any]:
        """Verbs whose subject is also the event's: "a mené une attaque", "réussi à reprendre".
        For the subject alone, also the verb of a subjectless adverbial or conjoined clause
        ("a sorti sa DCA faisant repousser", "venaient de tuer ... et de piller"), whose place
        and date may be its own."""
        out: list[Any] = []
        t = token
        for _ in range(6):
            if not self.parsed or t.head.i == t.i:
                break
            # "a mené dimanche des frappes": the parse may hang the act on the day; it is the
            # day's verb that governs it
            on_day = t.pos_ == "NOUN" and self._names_time(t.head) and t.head.head.i != t.head.i
            via = t.head if on_day else t
            light = fold(via.head.lemma_) in self.lex.light_verbs
            dep = via.dep_.split(":")[0]
            if (
                dep == "xcomp"
                or (light and dep in ("obj", "obl", "amod"))
                # "a lancé plus de cent drones": a counted noun the parse makes an adverb
                or (light and dep == "advmod" and via.pos_ == "NOUN")
                or (for_subject and _shares_subject(via, dep))
            ):
                t = via.head
                out.append(t)
            else:
                break
        return out

    def _in_noun_clause(self, tm: TimeMention, match: Match) -> bool:
        """Whether the date stands in a participle or relative clause that qualifies a noun
        other than the trigger ("les forces, déployées depuis 2021")."""
        tok = next(iter(self.words_over(tm)), None)
        mine = {t.i for t in match.tokens}
        while tok is not None and tok.head.i != tok.i and tok.i not in mine:
            if tok.dep_ in ("acl", "acl:relcl", "appos") and tok.head.i not in mine:
                # "soumise depuis le 17 février au blocus": the act's own clause, not another's
                return not any(t.i == tok.i or tok.is_ancestor(t) for t in match.tokens)
            tok = tok.head
        return False

    def _protest_of_a_done_act(self, match: Match) -> bool:
        """ "des manifestants ont bloqué la route pour protester contre les taxes": the aim of
        what a crowd did is the protest it made, not a plan."""
        head = match.head
        if not self.parsed or match.rule.subtype != "Peaceful protest" or head.dep_ != "advcl":
            return False
        done = head.head
        if "Past" not in done.morph.get("Tense") or not children(head, ("mark",)):
            return False
        crowd = self._mention_in([t for c in children(done, SUBJECT) for t in subtree(c)])
        return crowd is not None and crowd.kind in ("protesters", *CIVILIANS)

    def _names_time(self, token: Any) -> bool:
        """Whether the token is a word of a date the sentence names ("dimanche")."""
        return any(covers([token], tm) for tm in self.dates)

    def clause(self, token: Any) -> list[Any]:
        """The token and its dependents, without the clauses embedded under it."""
        out = [token]
        for c in token.children:
            if c.dep_ not in CLAUSAL:
                out.extend(c.subtree)
        return out

    # --- arguments ----------------------------------------------------------------------
    def _tokens_of(self, m: ActorMention) -> list[Any]:
        return self.words_over(m)

    def co_actors(self, actor: ActorMention, head: Any) -> list[ActorMention]:
        """ "des unités de l'armée rwandaise et la rébellion du M23 encerclent Goma": the
        actors coordinated with the one found share its role."""
        if not self.parsed:
            return self._listed_before(actor) or self._joined_after(actor)
        toks = self._tokens_of(actor)
        if not toks:
            return []
        t = min(toks, key=lambda x: len(list(x.ancestors)))
        out: list[ActorMention] = []
        # "les forces syriennes et irakiennes": an adjective of the actor's own words has the
        # conjunct.
        own = [c for x in toks if x.i != t.i for c in children(x, ("conj",))]
        for step in range(4):
            for c in children(t, ("conj",)) + (own if step == 0 else []):
                for m in self.actors:
                    if (
                        m is not actor
                        and m not in out
                        and m.kind not in CIVILIANS
                        and m.name != actor.name
                        and covers(subtree(c), m)
                    ):
                        out.append(m)
                        break
            if t.head.i in (t.i, head.i) or t.dep_.split(":")[0] not in ("nmod", "appos"):
                break
            t = t.head
        return out

    def speaker(self, frame: Any, govs: list[Any]) -> ActorMention | None:
        """ "Israël a fait savoir que le passage rouvrait": the one who announces what a
        crossing or road does, when the clause names no actor of its own."""
        if not self.parsed:
            return None
        top = govs[-1] if govs else frame
        if top.dep_.split(":")[0] != "ccomp" or top.head.i == top.i:
            return None
        verb = top.head
        inner = set(t.i for t in top.subtree)
        for x in verb.subtree:
            if x.i in inner or x.dep_ not in SUBJECT:
                continue
            if verb.i in (x.head.i, x.head.head.i):
                m = self._mention_in(subtree(x))
                if m is not None:
                    return m
        return None

    def _names_way(self, actor: EventActor) -> bool:
        """Whether a party read from the words before a trigger is a crossing or a road."""
        return any(p.kind in ACCESS_KINDS and p.text in actor.text for p in self.places)

    def _announced_by(self, head: Any) -> ActorMention | None:
        """ "le gouvernement a annoncé la fermeture du poste", "l'annonce par le GSIM d'un
        blocus": who announces a closing or an opening, named as what is announced, made it."""
        if not self.parsed or head.pos_ != "NOUN":
            return None
        gov = head.head
        if gov.i == head.i:
            return None
        if head.dep_ in OBJECT and fold(gov.lemma_) in self.lex.reporting_verbs:
            who = [t for c in children(gov, SUBJECT) for t in subtree(c)]
        elif head.dep_ == "nmod" and gov.pos_ == "NOUN":
            who = self._noun_agent(gov)
        else:
            return None
        m = self._mention_in(who)
        return m if m is not None and not m.is_source and m.kind not in CIVILIANS else None

    def _noun_agent(self, noun: Any) -> list[Any]:
        """The words of a noun's agent ("l'annonce par le GSIM"), looked for up a chain of
        nouns, since a date told between them ("l'annonce par le GSIM, début août, d'un
        blocus") often takes what follows."""
        for _ in range(NOUN_AGENT_REACH):
            for c in noun.children:
                if any(fold(k.lemma_) in self.lex.agent_case for k in children(c, ("case",))):
                    return subtree(c)
            if noun.dep_ != "nmod" or noun.head.pos_ != "NOUN":
                break
            noun = noun.head
        return []

    def announcer(self, match: Match) -> ActorMention | None:
        """Without a parse: "the council said the crossing would be opened", "the crossing
        will be opened, the council announced": a known party right before a reporting verb
        of the sentence announces what the way does."""
        if self.parsed:
            return None
        for k, t in enumerate(self.tokens):
            if t.idx >= match.start and t.idx < match.end:
                continue
            if fold(t.text) not in self.lex.reporting_verbs and (
                fold(t.lemma_) not in self.lex.reporting_verbs
            ):
                continue
            before = self.tokens[max(0, k - 1 - ANNOUNCER_GAP) : k]
            for a in reversed(self.actors):
                if a.kind not in CIVILIANS and any(a.start <= b.idx < a.end for b in before):
                    return a
        return None

    def pronoun_subject(self, match: Match, govs: list[Any]) -> ActorMention | None:
        """ "Ils ont attaqué le poste": a third-person pronoun subject stands for the last
        actor named before it in the sentence or the two before (never a source, civilians,
        or an actor of the same clause)."""
        if not self.parsed:
            return None
        pron = None
        for v in (match.head, *govs):
            for c in children(v, SUBJECT):
                if (
                    c.pos_ == "PRON"
                    and "3" in c.morph.get("Person")
                    and not set(c.morph.get("PronType")) & {"Rel", "Int", "Dem", "Ind", "Neg"}
                    and "Yes" not in c.morph.get("Reflex")
                ):
                    pron = c
            if pron is not None or is_passive(v):
                break
        if pron is None:
            return None
        earlier = [a for a in self.article.actors if self.topic_start <= a.start < pron.idx]
        if not earlier:
            return None
        last = earlier[-1]
        # The last one named must be a canonical actor, not a source, civilians or a phrase
        # kept as it was written, and agree with the pronoun where both say their number or
        # gender ("elle" is not "le M23").
        if last.is_source or last.kind in CIVILIANS or last.name == last.text:
            return None
        if not self._agrees(pron, last):
            return None
        return last

    def _agrees(self, pron: Any, m: ActorMention) -> bool:
        doc = self.sent.doc
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return True
        head = span.root
        for feature in ("Number", "Gender"):
            a, b = set(pron.morph.get(feature)), set(head.morph.get(feature))
            if a and b and not a & b:
                return False
        return True

    def civilian_subject(self, head: Any, govs: list[Any]) -> EventActor | None:
        """ "Deux bus transportant des pèlerins ont pu entrer": people who cross are civilians."""
        if not self.parsed:
            return None
        for v in (head, *govs):
            for c in children(v, SUBJECT):
                words = subtree(c)
                if any(fold(t.lemma_) in self.lex.civilian_nouns for t in words):
                    return EventActor("actor", "Civilians", "civilians", c.text)
        return None

    def _accused_noun(self, head: Any) -> Any:
        """ "accusé l'armée israélienne d'avoir frappé une école": the parse may hang the act
        on the accused as its modifier; the accused did it."""
        accused = head.head
        if head.dep_ != "acl" or accused.dep_ not in OBJECT:
            return None
        if fold(accused.head.lemma_) not in self.lex.accusation_verbs:
            return None
        own = {t.i for t in subtree(head)}
        return self._mention_in([t for t in subtree(accused) if t.i not in own])

    def _mention_in(self, tokens: list[Any], exclude: ActorMention | None = None) -> Any:
        pool = [a for a in self.actors if a is not exclude]
        return first_in(tokens, pool)

    def _case_np(
        self, scope: list[Any], cases: frozenset[str] | tuple[str, ...], own: tuple[Any, ...] = ()
    ) -> Any:
        for t in scope:
            if t.dep_ == "case" and fold(t.lemma_) in cases and t.head.i != t.i:
                if own and self._in_other_clause(t.head, own):
                    continue
                m = self._mention_in(subtree(t.head))
                if m is not None:
                    return m
        return None

    def _in_other_clause(self, token: Any, own: tuple[Any, ...]) -> bool:
        """ "attaqué au niveau d'une barrière tenue par des membres d'un groupe": a verb on the
        way up to the trigger that qualifies another word heads a clause of its own, whose
        agent is not the event's. A clause on the trigger itself ("l'attaque menée par X")
        is the trigger's."""
        mine = {t.i for t in own}
        t = token.head
        for _ in range(12):
            if t.i in mine or t.head.i == t.i:
                return False
            if t.pos_ in ("VERB", "AUX") and t.head.i not in mine:
                return True
            t = t.head
        return False

    def arguments(self, match: Match, scope: list[Any], govs: list[Any]) -> tuple[Any, Any]:
        head = match.head
        if not self.parsed:
            # Without a parse a country named right next to the trigger stands for its state
            # ("Hungary has agreed ..."), when no actor is named there. Not where the subject
            # follows the verb: a country after it is mostly where, not who.
            countries = [] if self.lex.verb_first else self._countries_near(match)
            pool = [*self.actors, *countries]
            before = [a for a in pool if a.end <= match.start]
            after = [a for a in pool if a.start >= match.end]
            named_before = [a for a in before if id(a) in self._named]
            named_after = [a for a in after if id(a) in self._named]
            before, after = named_before or before, named_after or after
            if self.lex.verb_first:
                # The subject follows the verb; a noun trigger's actor is often the one
                # named before it ("أعلنت الوزارة غلق المعبر"). Not across a clause word:
                # "غلق المعبر عقب هجوم مسلحين" names who attacked, not who closed.
                if self.lex.clause_boundaries:
                    lo, hi = self._clause_bounds(match)
                    before = [a for a in before if a.start >= lo]
                    after = [a for a in after if a.end <= hi]
                # "قتل خمسة جنود في هجوم": those a patient verb counts before a noun
                # trigger were struck by the act, not its doers
                suffered = [a for a in before if self._counted_patient(a, match)]
                before = [a for a in before if a not in suffered]
                victim = suffered[0] if suffered else None
                accused = self._accused_before(match)
                if accused is not None:
                    return accused, victim
                agent = self._agent_after(match, self._clause_bounds(match)[1])
                if agent is not None:
                    return agent, victim
                # civilians named after the verb are struck, not striking ("أدت غارة إلى
                # مقتل خمسة مدنيين")
                # nor is a party after a case word of the act's target ("أطلق جنود النار على
                # المتظاهرين", "استعاد الجيش البلدة من المتمردين")
                cases = self.lex.target_case | frozenset(match.rule.target_case)
                struck = {
                    id(a)
                    for a in after
                    if self._after_case_word(a, cases) or self._counted_killed(a, match)
                }
                acting = [a for a in after if a.kind not in CIVILIANS and id(a) not in struck]
                if acting:
                    members = acting[0]
                    acting[0] = self._member_of(members, after) or members
                    rest = [a for a in after if a is not acting[0] and a is not members]
                    return (acting[0], victim or (rest[0] if rest else None))
                if after:
                    return (before[-1] if before else None, after[0])
                return (before[-1] if before else None, victim)
            if self.lex.clause_boundaries:
                return self._linear_arguments(match, pool, before)
            return (before[-1] if before else None, after[0] if after else None)
        actor = target = None
        cases = self.lex.target_case | frozenset(match.rule.target_case)
        # "tombées aux mains du M23", "passé sous le contrôle de X": the possessor of a noun
        # inside the trigger phrase is the one who acts; in an interaction it is whom the act
        # is done to ("claqué la porte de la CEDEAO", plover.py).
        for t in match.tokens if match.rule.role != INTERACTION_ROLE else ():
            if t.i == head.i or t.pos_ != "NOUN" or actor is not None:
                continue
            for c in children(t, ("nmod",)):
                if any(fold(k.lemma_) in cases for k in children(c, ("case",))):
                    continue
                actor = self._mention_in(subtree(c))
                if actor is not None:
                    break
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            passive = is_passive(head)
            active = active_misparsed(head)
            for c in head.children:
                dep = "nsubj" if active and c.dep_ in PASSIVE_SUBJECT else c.dep_
                if dep == "obl:arg" and not children(c, ("case",)):
                    dep = "obj"  # "neutralisé plus de 60 terroristes": no preposition, an object
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
                # "Les assaillants, arrivés à moto, ont pillé": the parse may give the subject
                # to the participle set off by commas, hung on the verb
                for c in children(head, ("advcl",)):
                    if _past_participle(c) and not children(c, ("aux", "aux:tense", "cop")):
                        subj = [t for s in children(c, SUBJECT) for t in subtree(s)]
                        actor = self._mention_in(subj)
                        if actor is not None:
                            break
            if actor is None and head.dep_ in ("amod", "acl") and not _past_participle(head):
                # "ses forces contrôlent le camp" parsed as a noun and its modifier: the noun
                # is the subject.
                actor = self._mention_in(self.clause(head.head), exclude=target)
            if actor is None:
                actor = self._accused_noun(head)
        if actor is None and head.pos_ in ("NOUN", "PROPN"):
            # "des attaques attribuées aux paramilitaires": the party the act is ascribed to.
            for c in children(head, ("acl",)):
                if fold(c.lemma_) in self.lex.attribution_verbs:
                    actor = self._mention_in([t for t in subtree(c) if t.i != c.i])
                    if actor is not None:
                        break
        own = (head, self.frame(head), *govs)
        # an interaction verb's agent is its own obl:agent, never a "par X" inside its object
        # ("déploré l'arrestation d'avocats par les autorités")
        verbal = match.rule.role == INTERACTION_ROLE and head.pos_ in ("VERB", "AUX")
        if actor is None and not verbal:
            actor = self._case_np(scope, self.lex.agent_case, own)
        if target is None:
            target = self._case_np(scope, cases, own)
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
            if fold(v.lemma_) in self.lex.accusation_verbs:
                # "les FSR accusent l'armée d'avoir mené des raids": the accused acted
                for c in children(v, OBJECT):
                    actor = self._mention_in(subtree(c))
                break
            if fold(v.lemma_) in self.lex.patient_verbs:
                # "le camp subit des attaques": the subject is struck, not the striker.
                for c in children(v, SUBJECT):
                    target = target or self._mention_in(subtree(c))
                continue
            for c in v.children:
                if c.dep_ in SUBJECT and not is_passive(v) or c.dep_ in AGENT:
                    actor = self._mention_in(subtree(c))
                if actor is not None:
                    break
        if (
            actor is None
            and head.dep_ in SUBJECT
            and fold(head.head.lemma_) in self.lex.opposing_verbs
        ):
            # "des affrontements opposent l'armée aux FSR": the sides are the verb's object
            # and its "à" phrase, however the parse hangs the latter
            sides = [
                t
                for c in head.head.children
                if c.dep_ in OBJECT or c.dep_.startswith(("obl", "iobj"))
                for t in subtree(c)
            ]
            actor = self._mention_in(sides)
            target = self._mention_in(sides, exclude=actor) if actor is not None else target
        between = self._between_sides(match)
        if between is not None:
            actor, target = between
        striking = fold(head.head.lemma_) in self.lex.strike_verbs
        if target is None and head.dep_ in SUBJECT and head.head.i != head.i and striking:
            # "une frappe a visé un convoi des FDS": what the act's verb of striking hit
            objects = [t for c in children(head.head, OBJECT) for t in subtree(c)]
            hit = self._mention_in(objects, exclude=actor)
            # a name no actor list knows may be the place hit ("un hôpital d'El Fasher")
            target = hit if hit is not None and hit.kind != "unidentified" else None
        if head.pos_ in ("NOUN", "PROPN"):
            # The parse often hangs "par X" / "contre X" on a neighbouring noun.
            actor = actor or self._linear_case(match, self.lex.agent_case)
            target = target or self._linear_case(match, cases)
        if target is actor:
            target = None
        return actor, target

    def _between_sides(self, match: Match) -> tuple[Any, Any] | None:
        """ "des combats entre les rebelles houthis et les forces gouvernementales": a clash
        noun's "entre" phrase names both sides, the first as its actor, the other its
        target."""
        head = match.head
        if head.pos_ not in ("NOUN", "PROPN") or not self.lex.between_case:
            return None
        # "des échanges de tirs entre A et B": on any noun of the trigger phrase
        phrases = [c for t in match.tokens for c in children(t, ("nmod",))]
        if head.dep_ in SUBJECT and head.head.i != head.i:
            # "des affrontements ont éclaté à Tripoli entre des groupes armés": on the verb
            phrases += [c for c in head.head.children if c.dep_.split(":")[0] == "obl"]
        for c in phrases:
            if not any(fold(k.text) in self.lex.between_case for k in children(c, ("case",))):
                continue
            sides = subtree(c)
            first = self._mention_in(sides)
            if first is not None:
                return first, self._mention_in(sides, exclude=first)
        return None

    def _counted_patient(self, party: ActorMention, match: Match) -> bool:
        """ "قتل خمسة من عناصر الشرطة في هجوم", "لقي ثلاثة جنود حتفهم في كمين": without a
        parse, a party counted after a verb whose subject suffers (events.json "patient_verbs")
        in the trigger's clause, before a noun trigger, is struck; civilians there always are.
        An uncounted party right after a killing verb is its subject ("قتل مسلحون ...")."""
        if match.head.idx < party.end:
            return False
        if party.kind in CIVILIANS:
            return True
        lo = self._clause_bounds(match)[0]
        ahead = [t for t in self.tokens if lo <= t.idx and t.idx + len(t.text) <= party.start]
        if not any(
            f in self.lex.patient_verbs for t in ahead for f in forms_of(t.text, self.lex.clitics)
        ):
            return False
        return self._counted(party)

    def _counted_killed(self, party: ActorMention, match: Match) -> bool:
        """ "نصب مسلحون كمينا ... فقتلوا تسعة جنود": a party counted after a killing verb that
        follows the trigger was killed in the act."""
        between = [
            k
            for k, t in enumerate(self.tokens)
            if match.end <= t.idx and t.idx + len(t.text) <= party.start
        ]
        killing = any(
            phrase_at(p, self.tokens, k, self.lex.clitics)
            for k in between
            for p in self.lex.killing_verbs
        )
        return killing and self._counted(party)

    def _member_of(self, party: ActorMention, after: list[ActorMention]) -> ActorMention | None:
        """ "مسلحون من جماعة نصرة الإسلام": men no list names, then one word, then the group
        they belong to; the group acts through them."""
        if party.name not in _unnamed_actors(self.article.language or ""):
            return None
        nxt = min((a for a in after if a.start >= party.end), key=lambda a: a.start, default=None)
        if nxt is None or nxt.name in _unnamed_actors(self.article.language or ""):
            return None
        gap = self.article.text[party.end : nxt.start].split()
        if len(gap) != 1 or len(gap[0]) < 2 or fold(gap[0]) in self.lex.target_case:
            return None
        return nxt if nxt.kind not in CIVILIANS else None

    def _counted(self, party: ActorMention) -> bool:
        """Whether a number or a quantity word stands just before a party ("خمسة من عناصر
        الشرطة", "عشرات الجنود"): people counted are those an act struck."""
        ahead = [t for t in self.tokens if t.idx + len(t.text) <= party.start][-COUNT_REACH:]
        # number words and quantifiers, not a noun that counts itself ("جنديان", "شاب")
        quantifiers = [q for q in self.lex.quantities if " " in q or q in self.lex.vague_quantities]
        counts = {*self.lex.numbers, *(q.split()[0] for q in quantifiers)}
        return any(
            t.text.isdigit() or any(f in counts for f in forms_of(t.text, self.lex.clitics))
            for t in ahead
        )

    def _after_case_word(self, actor: ActorMention, cases: frozenset[str]) -> bool:
        """Whether one of these case words stands right before an actor's mention, or before
        the one noun that governs it ("من مقاتلي بوكو حرام", "على مواقع الجيش")."""
        before = [t for t in self.tokens if t.idx + len(t.text) <= actor.start][-2:]
        return any(f in cases for t in before for f in forms_of(t.text, self.lex.clitics))

    def _clause_bounds(self, match: Match) -> tuple[int, int]:
        """Character bounds of the trigger's clause without a parse: from the punctuation or
        clause word ("which", "after") before it to the one after it."""
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        lo, hi = self.sent.start_char, self.sent.end_char
        for k in range(first - 1, -1, -1):
            if self._ends_clause(self.tokens[k]) and not self._in_acronym(k):
                lo = self.tokens[k].idx + len(self.tokens[k].text)
                break
        for k in range(last + 1, len(self.tokens)):
            if self._ends_clause(self.tokens[k]) and not self._in_acronym(k):
                hi = self.tokens[k].idx
                break
        return lo, hi

    def _in_acronym(self, k: int) -> bool:
        """Whether tokens[k] is a bracket of one word in brackets ("the Defense Forces (IDF)"):
        a name's short form, inside the name's clause."""
        t = self.tokens
        if t[k].text == "(":
            return k + 2 < len(t) and t[k + 2].text == ")"
        return t[k].text == ")" and k >= 2 and t[k - 2].text == "("

    def _ends_clause(self, token: Any) -> bool:
        text = token.text
        if text in CLAUSE_PUNCT:
            return True
        return any(f in self.lex.clause_boundaries for f in forms_of(text, self.lex.clitics))

    def _linear_arguments(
        self, match: Match, pool: list[ActorMention], before: list[ActorMention]
    ) -> tuple[Any, Any]:
        """Arguments read from word order; a party an accusation names before the act did it
        ("accusing the RSF of worsening shortages by looting"), whatever stands nearer."""
        subject, target = self._word_order_arguments(match, pool, before)
        if target is not None and target.kind == UNIDENTIFIED and self._happens(match):
            target = None  # "clashes took place on the Libyan side": where, not against whom
        accused = self._accused(match, pool)
        if accused is None:
            return subject, target
        return accused, (None if target is not None and target.name == accused.name else target)

    def _accused(self, match: Match, pool: list[ActorMention]) -> ActorMention | None:
        """Without a parse: the first party named after an accusation verb ("accused",
        "blaming") that stands before the trigger in its stretch of the sentence."""
        t = self._accusation_verb_before(match)
        if t is None:
            return None
        named = [
            a for a in pool if t.idx < a.start and a.end <= match.start and a.kind not in CIVILIANS
        ]
        return min(named, key=lambda a: a.start) if named else None

    def _accusation_verb_before(self, match: Match, clitics: tuple[str, ...] = ()) -> Any | None:
        """The nearest accusation verb before the trigger in its stretch of the sentence (no
        clause punctuation between), read with the given clitics stripped."""
        if not self.lex.accusation_verbs:
            return None
        first = match.tokens[0].i - self.sent.start
        for t in reversed(self.tokens[:first]):
            if t.text in CLAUSE_PUNCT:
                return None
            if set(forms_of(t.text, clitics)) & self.lex.accusation_verbs:
                return t
        return None

    def _accused_before(self, match: Match) -> ActorMention | None:
        """ "واتهمت باكستان بقصف منازل": where the subject follows the verb, the accused is the
        party named last between an accusation verb and the act (a country stands for its
        forces); the act is theirs, not the accuser's nor that of an act the sentence denies."""
        t = self._accusation_verb_before(match, self.lex.clitics)
        if t is None:
            return None
        lo, hi = t.idx + len(t.text), match.start
        countries = [
            ActorMention(p.start, p.end, p.text, *country_actor(p.name or p.text, NATIONAL))
            for p in self.places
            if p.kind == "country" and lo <= p.start and p.end <= hi
        ]
        named = [
            a
            for a in [*self.actors, *countries]
            if lo <= a.start and a.end <= hi and a.kind not in CIVILIANS
        ]
        return max(named, key=lambda a: a.start) if named else None

    def _happens(self, match: Match) -> bool:
        """Without a parse: whether the trigger is told as happening ("violence broke out",
        "as clashes took place"): an occurrence verb ends the trigger or follows it."""
        last = match.tokens[-1].i - self.sent.start
        words = self.lex.occurrence_verbs
        for at in (last - k for k in range(len(match.tokens))):
            if any(len(p.words) == last - at + 1 and phrase_at(p, self.tokens, at) for p in words):
                return True
        return any(phrase_at(p, self.tokens, last + 1) for p in words)

    def _word_order_arguments(
        self, match: Match, pool: list[ActorMention], before: list[ActorMention]
    ) -> tuple[Any, Any]:
        """Arguments without a parse, where the subject comes first: the actor is the nearest
        one before the trigger in its clause, the target the one after a target word
        ("against", "on") or right after the trigger; in the passive ("was attacked by")
        the agent after "by" acts and the subject is the target."""
        lo, hi = self._clause_bounds(match)
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        left = [a for a in pool if lo <= a.start and a.end <= match.start]
        right = [a for a in pool if match.end <= a.start and a.end <= hi]
        # A named actor before a country that only stands for its state ("Security forces in
        # Guinea have tortured").
        left = [a for a in left if id(a) in self._named] or left
        # "Jewish settlers in the West Bank set fire": a name after a preposition of place
        # says where the subject is; the subject's own words then name who acted.
        left = [a for a in left if not self._placed(a)]
        if self._violent_noun(match):
            # "Bandits killed seven people in attacks on ...": civilians named before a
            # violent noun are its victims, not who acted.
            left = [a for a in left if a.kind not in CIVILIANS]
        elif acled_types().get(match.rule.subtype) in VIOLENT_TYPES:
            # "Rebels kidnapped 16 civilian advisers and exploded bombs": civilians named
            # after an armed party in the clause are the object of its earlier verb.
            armed = next((a.start for a in left if a.kind not in CIVILIANS), None)
            left = [a for a in left if armed is None or a.start <= armed or a.kind not in CIVILIANS]
        # "killed three men in a gunbattle in southern Iran": a name after "in" says where,
        # not against whom (place_target may still name it); "fired at Israel" does not.
        right = [a for a in right if not self._placed(a, where=True)]
        right = sorted([a for a in right if id(a) in self._named] or right, key=lambda a: a.start)
        preceding = self.tokens[max(0, first - PASSIVE_REACH) : first]
        participle = fold(match.tokens[-1].text).endswith(self.lex.participle_endings or ("",))
        passive = participle and any(
            fold(t.text) in self.lex.passive_auxiliaries for t in preceding
        )
        # "was shot by gunmen": a trigger that holds its own auxiliary is passive
        passive = passive or fold(match.tokens[0].text) in self.lex.passive_auxiliaries
        if not passive:
            # "Jihadists overran an army base and took control": the army names the base
            left = [a for a in left if not self.qualifies(a)]
        agent = target = None
        targets = self.lex.target_case | set(match.rule.target_case)
        # "expelled on Tuesday 400 villagers": a case word that says when is no target's
        phrase = self.lex.noun_phrase
        when = linear.past_when(phrase, self.tokens, last + 1) if phrase else last + 1
        of_reach = self._of_phrase_reach(match)
        for k, t in enumerate(self.tokens[last + 1 :]):
            if t.idx >= hi or target is not None:
                break
            if last + 1 + k < when:
                continue
            word = fold(t.text)
            nxt = next((a for a in right if a.start >= t.idx + len(t.text)), None)
            if nxt is None:
                break
            # "by" names the agent of a passive verb, or of a noun right before it ("the
            # attack by gunmen") or after its "of" phrase ("the killing of a journalist by
            # gunmen"); not in "demonstrations against violations by the army".
            if agent is None and word in self.lex.agent_case and (passive or k <= of_reach):
                agent = nxt
            elif word in targets and self._heads_phrase(last + 1 + k, nxt):
                target = nxt
        # "shelled the camp": the first actor after the trigger in its clause is its object;
        # after a closing or an opening, a country is where the crossing leads ("the crossing
        # with Chad"), not whom the act is against.
        access = match.rule.role == "access"
        objects = [a for a in right if a is not agent and (id(a) in self._named or not access)]
        if target is None and objects:
            target = objects[0]
            # "forced out more than 1,000 Palestinian refugees during a search for militants":
            # the party the words right after the verb name, before any name further on;
            # "demolished Palestinian homes and civilian buildings": all the words of the
            # object that a civilian modifier stands in
            said = None if access or passive else self._phrase_actor(match, before_trigger=False)
            if said is not None and said.end <= target.start:
                target = said if linear.names_party(self.lex.noun_phrase, said.text) else target
            elif said is not None and said.kind in CIVILIANS and target.kind in CIVILIANS:
                target = said if said.start <= target.start < said.end else target
        words = self.lex.noun_phrase
        if words is not None and linear.follows(words, self.tokens, first, self.lex.agent_case):
            # "Three soldiers were killed by a roadside bomb": the act is the agent of a
            # passive verb; the subject before it was struck, and no one named acted.
            return None, (left[-1] if left else target)
        subject = self._phrase_head(self._compound_name(left[-1], left), left) if left else None
        if subject is None and not passive and agent is None:
            # "Bosnia and Slovenia agreed": no known actor, but the words before the verb.
            subject = self._phrase_actor(match, before_trigger=True)
        # Outside the trigger's clause, civilians named before it are mostly its victims
        # ("Three people died in the clashes"), not who acted.
        before = [a for a in before if a.kind not in CIVILIANS]
        # "Authorities shut the crossing after violence broke out": an act told as happening
        # names no doer outside its clause.
        comma = linear.participle_comma(words, self.tokens, first) if words else None
        if subject is None and comma is not None:
            # "Soldiers stormed the camp, arresting 40 fighters": who acted in the clause
            # before the comma, not the party its verb was done to
            lo_main, comma_at = self.tokens[self.clause_start(comma)].idx, self.tokens[comma].idx
            main = [a for a in before if lo_main <= a.start and a.end <= comma_at]
            subject = main[0] if main else None
        if subject is None and before and not self._happens(match):
            subject = before[-1]
        if passive or agent is not None:
            if passive and subject is not None and subject is not agent:
                target = target if target is not None and not left else subject
            if passive and subject is None and target is None:
                # "A convoy of aid trucks was attacked by bandits": the passive subject's
                # own words name what was struck
                target = self._phrase_actor(match, before_trigger=True)
            return agent, target
        if target is None and not access:
            target = self._phrase_actor(match, before_trigger=False)
        case = linear.case_word_after(words, self.tokens, last, targets) if words else None
        if target is None and not access and case is not None:
            # "launched rocket fire against Kampuchean guerrilla camps": no known actor after
            # "against", but its words name whom the act was against
            target = self._phrase_actor(match, before_trigger=False, after=case)
        if target is subject:
            target = None
        return subject, target

    def _of_phrase_reach(self, match: Match) -> int:
        """How many words of an "of" phrase follow a noun trigger ("the killing of a local
        journalist"), up to where its agent's "by" may stand; 0 where none follows."""
        words = self.lex.noun_phrase
        first = match.tokens[0].i - self.sent.start
        after = match.tokens[-1].i - self.sent.start + 1
        if words is None or after >= len(self.tokens) or not words.head_links:
            return 0
        if not linear.is_noun_use(words, self.tokens, first):
            return 0
        if fold(self.tokens[after].text) not in words.head_links:
            return 0
        for k, t in enumerate(self.tokens[after + 1 : after + 1 + OF_PHRASE_REACH], start=1):
            if linear.breaks(words, t) or fold(t.text) in self.lex.target_case:
                return 0
            if fold(t.text) in self.lex.agent_case:
                return k
        return 0

    def place_target(self, match: Match, where_too: bool = True) -> EventActor | None:
        """Without a parse, an act that names no one it was done to: the first place named
        after the trigger in its clause ("imposed a curfew in Algiers", "shelled Juba",
        "withdrew its troops from Lebanon"). CAMEO and PLOVER code what is done in or to a
        place as done to its people; the event says so (PLACE_TARGET), not who they are.
        Not `where_too`: a place that says where the act itself was done ("signed an agreement
        in Cairo") is not whom it concerns; one where its object is ("agreed to send a force
        to Lebanon", "a centre in Tokyo") is."""
        _lo, hi = self._clause_bounds(match)
        words = self.lex.noun_phrase
        # every place, a country named as an actor too ("a jail in northern Israel")
        for p in self.article.places:
            if p.start < match.end or p.end > hi or p.kind in ACCESS_KINDS:
                continue  # a crossing or a road is a way, no one's home
            if any(
                a.start <= p.start and p.end <= a.end and a.end - a.start > p.end - p.start
                for a in self.article.actors
            ):
                continue  # a place inside a name ("Islamic State of Iraq"): the name's
            at = next((k for k, t in enumerate(self.tokens) if t.idx == p.start), None)
            if not where_too and words is not None and at is not None:
                last = match.tokens[-1].i - self.sent.start
                if linear.where_act_was(words, self.tokens, last, at):
                    continue
            # the place's own name: its people, not its state ("Government of Mali")
            return EventActor("target", p.name or p.text, "unidentified", p.text, PLACE_TARGET)
        return None

    def place_targets(self, drafts: list[_Draft]) -> None:
        """Read from word order (English): the place stands for whom an act was done to when
        no one else does; after the victims, whom a toll names first. A thing struck
        ("attacked a checkpoint") says more than its place; a measure's thing ("a curfew"),
        the actor's own ("withdrew its troops") or the weapon fired ("fired four shells at
        targets in Jericho") does not."""
        for d in drafts:
            if d.rule.role != "event" or d.access is not None:
                continue
            if d.target is not None:
                violent = acled_types().get(d.subtype()) in VIOLENT_TYPES
                text = self.article.text
                weapon = any(
                    o is not d and text[o.match.start : o.match.end] in d.target.text
                    for o in drafts
                )
                words = self.lex.noun_phrase
                own = words is not None and linear.owned(words, d.target.text)
                if not (own or self.mere_thing(d.target)) or (violent and not weapon):
                    continue
            # talks and deals concern the parties, not the town they were held in
            where_too = d.subtype() != AGREEMENT
            d.target = self.place_target(d.match, where_too) or d.target

    def mere_thing(self, target: EventActor) -> bool:
        """Whether a target read from word order names a thing, not a party ("imposed a
        curfew", "withdrew its troops"): one that victims or a place name better."""
        words = self.lex.noun_phrase
        return (
            not self.parsed
            and words is not None
            and target.kind == "unidentified"
            and not target.reason
            and not linear.names_party(words, target.text)
        )

    def _phrase_actor(
        self, match: Match, before_trigger: bool, after: int | None = None
    ) -> ActorMention | None:
        """The subject (or object) of a verb trigger read from word order, as an actor mention
        named by its own words; an object that names people is civilians. `after`: the token
        (a case word: "against") the object follows, instead of the trigger."""
        words = self.lex.noun_phrase
        if words is None:
            return None
        first = match.tokens[0].i - self.sent.start
        if after is not None:
            span = linear.object_span(words, self.tokens, after)
        elif before_trigger:
            span = linear.subject_span(words, self.tokens, first)
            if span is not None and fold(self.tokens[span[1] - 1].text) in words.pronouns:
                # "X said it attacked": the speaker the pronoun stands for; a lone pronoun
                # with no speaker names no one.
                speaker = linear.speaker_span(words, self.tokens, span[1] - 1)
                span = speaker or (span if span[1] - span[0] > 1 else None)
        elif linear.is_noun_use(words, self.tokens, first):
            return None
        else:
            span = linear.object_span(words, self.tokens, match.tokens[-1].i - self.sent.start)
        if span is None:
            return None
        if before_trigger:
            # "Jewish settlers in the West Bank city of Hebron" -> "Jewish settlers"
            span = linear.without_place(words, self.tokens, span)
        toks = self.tokens[span[0] : span[1]]
        if linear.cut_short(words, toks):
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        if any(t.start <= start and end <= t.end for t in self.article.times):
            return None  # "whom they had taken hostage two weeks ago": when, not whom
        text = self.article.text[start:end]
        places = [p for p in self.places if p.kind != "country" and covers(toks, p)]
        # "shelled Juba": a place, not a party; a subject only when it is the place alone
        # ("The Asia-Pacific Economic Cooperation forum agreed" names a party).
        if places and (not before_trigger or self._only_place(toks, places)):
            return None
        if not before_trigger and self._civilian_object(*span):
            return ActorMention(start, end, text, "Civilians", "civilians")
        return ActorMention(start, end, text, text, "unidentified")

    def _compound_name(self, actor: ActorMention, pool: list[ActorMention]) -> ActorMention:
        """ "Al-Shabab militants", "Syrian army soldiers": a name right before the noun found
        says whose they are; the name is the actor. "Al-Shabaab said it attacked": the name a
        pronoun stands for, where it stands in the same clause, gives the words."""
        text = self.article.text
        words = self.lex.noun_phrase
        if words is not None and fold(actor.text) in words.pronouns:
            named = [a for a in pool if a.name == actor.name and a.end <= actor.start]
            return named[-1] if named else actor
        for a in pool:
            if a is not actor and a.end <= actor.start and not text[a.end : actor.start].strip():
                return a if a.kind not in CIVILIANS else actor
        return actor

    def _phrase_head(self, actor: ActorMention, pool: list[ActorMention]) -> ActorMention:
        """ "Rebels of the Union Army captured": where a known actor of another kind heads the
        subject before "of" or "from", it acted; the name after it only says whose or which
        ("Militants of the Islamic State" keep the name: one kind, the name says more)."""
        words = self.lex.noun_phrase
        if words is None or not words.head_links:
            return actor
        text = self.article.text
        for a in pool:
            if a is actor or a.end > actor.start or a.kind in (actor.kind, UNIDENTIFIED):
                continue
            # the name's own words may stand between ("of the Union Army": "Union")
            between = text[a.end : actor.start].split()
            if (
                between
                and fold(between[0]) in words.head_links
                and all(fold(w) in words.link_determiners or w[:1].isupper() for w in between[1:])
            ):
                return a
        return actor

    def _listed_before(self, actor: ActorMention) -> list[ActorMention]:
        """ "Bosnia and Slovenia agreed", "Hamas, Fatah and Islamic Jihad signed": without a
        parse, the actors listed before the one found, joined by a conjunction or a comma."""
        words = self.lex.noun_phrase
        if words is None:
            return []
        nationals = self._nationals_before(actor)
        if nationals:
            return nationals  # "Kenyan and Somali troops": one head noun, several countries
        pool = [*self.actors, *self._countries_in_sentence()]
        ends = {a.end: a for a in pool if a.kind not in CIVILIANS}
        out: list[ActorMention] = []
        at = next((k for k, t in enumerate(self.tokens) if t.idx == actor.start), None)
        while at is not None and at >= 2:
            at = linear.phrase_opening(words, self.tokens, at)
            if at < 2:
                break
            joint = self.tokens[at - 1]
            if fold(joint.text) not in words.conjunctions and joint.text != ",":
                break
            prev = self.tokens[at - 2]
            found = ends.get(prev.idx + len(prev.text)) or self._name_ending(at - 2)
            if found is None or found.name == actor.name or found in out:
                break
            out.append(found)
            at = next((k for k, t in enumerate(self.tokens) if t.idx == found.start), None)
        return out

    def _joined_after(self, actor: ActorMention) -> list[ActorMention]:
        """ "من جانب تونس وليبيا", "قوات الجيش وقوات الدعم السريع": without a parse or
        noun-phrase rules, the parties that follow the one found, each joined to it by a
        conjunction written on its first word."""
        joins = self.lex.conjunction_clitics
        if not joins:
            return []
        pool = [
            a for a in [*self.actors, *self._countries_in_sentence()] if a.kind not in CIVILIANS
        ]
        out: list[ActorMention] = []
        last = actor
        while True:
            nxt = next((t for t in self.tokens if t.idx >= last.end), None)
            if nxt is None:
                break
            form = fold(nxt.text)
            join = next((c for c in joins if form.startswith(c)), None)
            found = None
            if join is not None:
                found = next(
                    (
                        a
                        for a in pool
                        if nxt.idx <= a.start <= nxt.idx + len(join)
                        and a.name != actor.name
                        and a not in out
                    ),
                    None,
                )
            if found is None:
                break
            out.append(found)
            last = found
        return out

    def _agent_after(self, match: Match, hi: int, skip: int = 0) -> ActorMention | None:
        """ "أُغلق من جانب تونس وليبيا": without a parse, the party named right after an agent
        phrase ("by", "من جانب") that follows the trigger in its clause acts; `skip` words
        after the trigger (its "of" phrase: "the killing of a journalist by gunmen") first."""
        phrases = [p.split() for p in self.lex.agent_case]
        if not phrases:
            return None
        last = match.tokens[-1].i - self.sent.start
        pool = [
            a for a in [*self.actors, *self._countries_in_sentence()] if a.kind not in CIVILIANS
        ]
        for k in range(last + 1 + skip, min(last + 1 + skip + AGENT_REACH, len(self.tokens))):
            if self.tokens[k].idx >= hi:
                break
            for words in phrases:
                toks = self.tokens[k : k + len(words)]
                if len(toks) < len(words):
                    continue
                if all(
                    w in forms_of(t.text, self.lex.clitics)
                    for w, t in zip(words, toks, strict=True)
                ):
                    end = toks[-1].idx + len(toks[-1].text)
                    after = [a for a in pool if a.start >= end and a.end <= hi]
                    first = min(after, key=lambda a: a.start) if after else None
                    gap = self.article.text[end : first.start] if first else ""
                    if first is not None and not gap.strip():
                        return first
        return None

    def _name_ending(self, last: int) -> ActorMention | None:
        """ "Hamas, Fatah and Islamic Jihad": a capitalised name no actor list knows, ending at
        tokens[last], listed with known ones; it keeps its own words as its name."""
        words = self.lex.noun_phrase
        if words is None:
            return None
        k = last
        while k >= 0 and self.tokens[k].text[:1].isupper() and k > last - MAX_LISTED_NAME:
            k -= 1
        # no name, or one that opens the sentence (its subject's words), or not in a list
        listed = k >= 0 and fold(self.tokens[k].text) in words.conjunctions | {","}
        if k == last or not listed:
            return None
        first, end = self.tokens[k + 1], self.tokens[last].idx + len(self.tokens[last].text)
        text = self.article.text[first.idx : end]
        return ActorMention(first.idx, end, text, text, "unidentified")

    def _nationals_before(self, actor: ActorMention) -> list[ActorMention]:
        """ "Kenyan and Somali troops": national adjectives listed before the one that opens
        the actor's mention share its head noun; each names its own country's forces."""
        words = self.lex.noun_phrase
        adjectives = _national_adjectives(self.article.language or "")
        first = actor.text.split()[0] if actor.text.split() else ""
        own = adjectives.get(fold(first))
        at = next((k for k, t in enumerate(self.tokens) if t.idx == actor.start), None)
        if words is None or own is None or at is None or own not in actor.name:
            return []
        head = actor.text[len(first) :]
        out: list[ActorMention] = []
        while at >= 2:
            joint, adj = self.tokens[at - 1], self.tokens[at - 2]
            country = adjectives.get(fold(adj.text))
            if (fold(joint.text) not in words.conjunctions and joint.text != ",") or not country:
                break
            name = actor.name.replace(own, country)
            end = adj.idx + len(adj.text)
            why = f"inferred: shares '{head.strip()}' with '{actor.text}'"
            out.append(ActorMention(adj.idx, end, adj.text, name, actor.kind, reason=why))
            at -= 2
        return out

    def _countries_in_sentence(self) -> list[ActorMention]:
        """The sentence's countries as the states they stand for."""
        out = []
        for p in self.places:
            if p.kind == "country":
                name, kind = country_actor(p.name or p.text)
                out.append(ActorMention(p.start, p.end, p.text, name, kind))
        return out

    def _heads_phrase(self, at: int, actor: ActorMention) -> bool:
        """Whether an actor stands in the phrase that the case word at tokens[at] opens
        ("talks with leaders of the new government"), not past a preposition or clause
        break further on ("ties with Congo over its ties with Israel")."""
        words = self.lex.noun_phrase
        if words is None:
            return True
        for t in self.tokens[at + 1 :]:
            if t.idx >= actor.start:
                return True
            if linear.breaks(words, t) or fold(t.text) in words.object_stops:
                return False
        return False

    def _violent_noun(self, match: Match) -> bool:
        """A violent trigger used as a noun with no light verb ("in an attack")."""
        words = self.lex.noun_phrase
        first = match.tokens[0].i - self.sent.start
        return (
            words is not None
            and acled_types().get(match.rule.subtype) in VIOLENT_TYPES
            and linear.is_noun_use(words, self.tokens, first)
            and linear.light_verb_before(words, self.tokens, first) is None
        )

    def _placed(self, a: ActorMention, where: bool = False) -> bool:
        """Whether a mention follows a preposition of place ("in the West Bank"); `where`:
        one that only says where ("in", not "at" or "from": "fired at Israel")."""
        words = self.lex.noun_phrase
        at = next((k for k, t in enumerate(self.tokens) if t.idx == a.start), None)
        if words is None or at is None:
            return False
        if where:
            return linear.follows(words, self.tokens, at, words.locatives)
        return linear.after_place_preposition(words, self.tokens, at)

    def _only_place(self, toks: list[Any], places: list[PlaceMention]) -> bool:
        """Whether a phrase is a place and its determiners ("the town of Juba")."""
        words = self.lex.noun_phrase
        markers = words.noun_markers if words is not None else frozenset()
        return all(
            fold(t.text) in markers or any(covers([t], p) for p in places)
            for t in toks
            if t.text[:1].isalpha()
        )

    def _civilian_object(self, start: int, end: int) -> bool:
        """ "12 teachers", "a packed mosque", "a camp for displaced people": the object at
        tokens[start:end] names people, or a place or gathering of civilians (a phrase that
        starts in it may run past its end)."""
        if any(fold(t.text) in self.lex.civilian_nouns for t in self.tokens[start:end]):
            return True
        if self.civilian_phrase(self.tokens[start:end]):
            return True  # "a traditional leader": no word alone says a civilian
        targets = self.lex.civilian_targets
        return any(phrase_at(p, self.tokens, i) for i in range(start, end) for p in targets)

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

    def country_actor(
        self, head: Any, govs: list[Any], match: Match | None = None
    ) -> EventActor | None:
        """A country named as subject acts through its state: "la Tunisie avait fermé"."""
        if not self.parsed:
            return self._country_by_order(match) if match is not None else None
        for v in [head, *govs]:
            if fold(v.lemma_) in self.lex.patient_verbs:
                continue  # "la Tunisie subit des attaques": struck, not striking
            for c in children(v, SUBJECT):
                # the subject or a conjunct of it, not a country inside a modifier of it
                # ("aucun camion venant d'Algérie ne pourra passer")
                heads = [t for t in subtree(c) if _names_subject(t, c)]
                for p in self.places:
                    if p.kind == "country" and covers(heads, p):
                        name, kind = country_actor(p.name or p.text)
                        return EventActor("actor", name, kind, p.text)
        return None

    def _country_by_order(self, match: Match) -> EventActor | None:
        """Without a parse, a country as subject by word order: right after the verb ("أغلقت
        تونس المعبر"), or right before it at the start of a clause ("بأن تونس أقفلت")."""
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        if self.lex.verb_first and last + 1 < len(self.tokens):
            country = self._country_at(self.tokens[last + 1])
            if country is not None:
                return country
        if first >= 1:
            opener = self.tokens[first - 2] if first >= 2 else None
            if opener is None or fold(opener.text) in self.lex.complementizers:
                return self._country_at(self.tokens[first - 1])
        return None

    def _country_at(self, token: Any) -> EventActor | None:
        for p in self.places:
            if p.kind == "country" and covers([token], p):
                name, kind = country_actor(p.name or p.text)
                return EventActor("actor", name, kind, p.text)
        return None

    def national_actor(self, head: Any, match: Match | None = None) -> EventActor | None:
        """ "raid israélien", "frappe israélienne": the act's nationality names its actor."""
        adjectives = _national_adjectives(self.article.language or "")
        if not self.parsed and match is not None:
            # without a parse: an adjective in the trigger phrase or right after it, where
            # adjectives follow their noun ("غارة إسرائيلية")
            last = match.tokens[-1].i - self.sent.start
            words = [*match.tokens[1:], *self.tokens[last + 1 : last + 2]]
            for t in words:
                country = next(
                    (c for f in forms_of(t.text, self.lex.clitics) if (c := adjectives.get(f))),
                    None,
                )
                if country is not None:
                    name, kind = country_actor(country, "national_act")
                    return EventActor("actor", name, kind, t.text)
            return None
        if not self.parsed or head.pos_ not in ("NOUN", "PROPN"):
            return None
        # "une frappe de missile russe": the adjective of a noun of the trigger phrase too
        nouns = [head, *(t for t in (match.tokens if match else ()) if t.i != head.i)]
        for c in (c for t in nouns if t.pos_ == "NOUN" for c in children(t, ("amod",))):
            country = adjectives.get(fold(c.text))
            if country is not None:
                name, kind = country_actor(country, "national_act")
                return EventActor("actor", name, kind, c.text)
        return None

    # --- place, access, date ------------------------------------------------------------
    def _best_place(self, places: list[PlaceMention], near: int) -> PlaceMention | None:
        if not places:
            return None
        # a name the gazetteer could not place ("le fleuve Niger") says less than one it could
        return min(
            places,
            key=lambda p: (
                not p.resolved and any(q.resolved for q in places),
                PLACE_RANK.get(p.kind, 5),
                abs(p.start - near),
            ),
        )

    def place(
        self, match: Match, scope: list[Any], govs: list[Any], anywhere: bool = True
    ) -> PlaceMention | None:
        """Where the act happened: a place of the trigger's clause; else, where `anywhere`,
        one of the clause it stands in, of the sentence or of the story."""
        own = {match.head.i, *(v.i for v in govs)}
        # "a déclaré à Genève que ...", "des déplacés venus de Kidal": the speaker's city and
        # where someone came from or went are not where the act happened
        here = [p for p in self.places if not (self.parsed and self._elsewhere(p, match, own))]
        # "MOSCOW (Sputnik) - ... the Nagorno-Karabakh region, which has been cut off": the
        # town a report was filed from is where the act happened only when the sentence names
        # no other place
        filed = [p for p in here if is_dateline(self.article.text, p.start, p.end)]
        if filed and len(filed) < len(here):
            here = [p for p in here if p not in filed]
        if self.parsed:
            for tokens in (
                [t for v in [match.head, *govs] for t in self.clause(v)] + scope,
                scope + [t for v in govs for t in subtree(v)],
            ):
                over = Cover(tokens)
                found = [p for p in here if over(p)]
                if found:
                    # "postées autour de Sake afin de bloquer l'avancée vers Goma": a place
                    # the aim of a clause names is not where the act happened
                    settled = [p for p in found if not self._in_aim(p, own)]
                    return self._best_place(settled or found, match.start)
            if not anywhere:
                return None
            clause = [t for v in [match.head, *govs] for t in self.clause(v)]
            clause = sorted(set(clause) | set(scope), key=lambda t: t.i)
            plain = [t for t in clause if t.i not in self._placed_words()]
            for nouns, kind in (
                (self.lex.crossing_nouns, "crossing"),
                (self.lex.road_nouns, "road"),
            ):
                ref = self._coreferent(plain, nouns, kind)
                if ref is not None:
                    return ref
            # "des combats avaient fait rage près de Goma": the clause the trigger noun is
            # an argument of says where
            verb = next((t for t in match.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
            governed = subtree(verb) if verb is not None else []
            over = Cover(governed)
            inside = [p for p in here if over(p)]
            if inside:
                return self._best_place(inside, match.start)
        return self._best_place(here, match.start) or self._story_place(
            match, named_elsewhere=bool(self.places)
        )

    def _elsewhere(self, place: PlaceMention, match: Match, own: set[int]) -> bool:
        """Whether a place says where someone came from or went ("venus de Kidal", "en
        direction d'Ansongo"), or where the one who reports the act speaks from ("a déclaré
        à Genève que", "le porte-parole, depuis Bamako, a annoncé que")."""
        root = self._root_of(place)
        if root is None:
            return False
        acts = self._act_heads()
        up = self._path_up(root)
        for t in up[1:]:
            # "venant d'Algérie ou de la région du Mema": up the names and their nouns to the
            # word of coming or going, no further than the first verb or act ("fuyant les
            # combats à Goma": Goma is where the fighting is)
            if t.i in own:
                break
            if self._says_elsewhere(t):
                return True  # "venus de Kidal", "en direction d'Ansongo"
            if t.i in acts:
                break
            if t.pos_ in ("VERB", "AUX"):
                break
        below = root
        for t in up:
            if t.i in own:
                return False
            if t.pos_ in ("VERB", "AUX"):
                # a place inside what is reported ("affirme que ... le camp de Zamzam") is the
                # report's, however the parse attached it
                return (
                    t.is_ancestor(match.head)
                    and fold(t.lemma_) in self.lex.reporting_verbs
                    and below.dep_.split(":")[0] not in REPORTED_CONTENT
                )
            below = t
        return False

    def _path_up(self, token: Any) -> list[Any]:
        """The word and the words above it to the root; read once per word, as every act of
        the sentence asks it of every place."""
        if token.i not in self._paths:
            self._paths[token.i] = [token, *token.ancestors]
        return self._paths[token.i]

    def _says_elsewhere(self, t: Any) -> bool:
        """Whether the word tells where someone came from or went ("venus de", "en direction
        de"), read once per word."""
        if t.i not in self._elsewhere_words:
            cased = {f"{fold(c.text)} {fold(t.lemma_)}" for c in children(t, ("case",))}
            words = self.lex.elsewhere_words
            self._elsewhere_words[t.i] = fold(t.lemma_) in words or bool(cased & words)
        return self._elsewhere_words[t.i]

    def _in_aim(self, place: PlaceMention, own: set[int]) -> bool:
        """Whether a place hangs on an infinitive clause of aim ("afin de bloquer", "pour
        reprendre") other than the trigger's own verbs."""
        root = self._root_of(place)
        if root is None:
            return False
        for t in root.ancestors:
            if t.i in own:
                return False
            if "Inf" in t.morph.get("VerbForm") and children(t, ("mark", "case")):
                return True
        return False

    def _story_place(self, match: Match, named_elsewhere: bool = False) -> PlaceMention | None:
        """A sentence that names no place goes on with the story where the sentences just
        before left it ("Les hommes armés ont détruit les ponts qui mènent à la ville"): the
        last town, crossing or road they name. So does one whose places are only where its
        speaker is or where someone came from (`named_elsewhere`)."""
        if self.places and not named_elsewhere:
            return None
        # "postées autour de Sake afin de bloquer l'avancée vers Goma ont quitté leurs
        # positions. Ces positions sont tombées aux mains du M23": the story goes on where
        # its last event happened, not at the last place named
        told = [p for p in self.told_at if PLACE_RANK.get(p.kind, 5) <= PLACE_RANK["town"]]
        if told:
            return told[-1]
        prior = [
            p
            for p in self.article.places
            if self.topic_start <= p.start < self.sent.start_char
            and PLACE_RANK.get(p.kind, 5) <= PLACE_RANK["town"]
            and not _names_vessel(self.article, p, self.lex)
        ]
        return prior[-1] if prior else None

    def _coreferent(self, tokens: list[Any], nouns: tuple, kind: str) -> PlaceMention | None:
        """ "ce passage frontalier", "cette voie": the last crossing (road) named before; "la
        route" after a crossing with no road named: the road through that crossing."""
        for i, t in enumerate(tokens):
            for phrase in nouns:
                if phrase_at(phrase, tokens, i, self.lex.clitics):
                    found = self._way_before(t, kind)
                    if found is not None:
                        return found
        return None

    def _way_before(self, noun: Any, kind: str) -> PlaceMention | None:
        """The crossing (road) a crossing (road) noun names: the last one named before it; for
        a road, where a crossing was named since, the one registry road through it ("le raid
        sur le poste de Masnaa ... a frappé la route")."""
        before = [p for p in self.article.places if p.end <= noun.idx]
        prior = [p for p in before if p.kind == kind]
        crossings = [p for p in before if p.kind == "crossing"]
        if kind == "road" and crossings and (not prior or prior[-1].start < crossings[-1].start):
            through = _road_through(crossings[-1], noun)
            if through is not None:
                return through
        return prior[-1] if prior else None

    def access_target(self, match: Match, scope: list[Any], govs: list[Any]) -> PlaceMention | None:
        head = match.head
        if self.parsed:
            # Only what the trigger governs: its own clause (all of it for a noun), its
            # governors' subjects and objects, the noun an adjective qualifies.
            tokens = self.clause(head) if head.pos_ not in ("NOUN", "PROPN") else list(scope)
            for t in match.tokens:
                # "a menacé de fermer le poste": a trigger over two verbs takes the object
                # of its second one, whose clause is its own
                if t.i != head.i and t.pos_ == "VERB":
                    tokens += self.clause(t)
            for v in govs:
                for c in children(v, SUBJECT + PASSIVE_SUBJECT + OBJECT):
                    tokens += subtree(c)
            if head.dep_ == "amod" or (
                head.dep_ == "acl"
                and "Part" in head.morph.get("VerbForm")
                and "Pres" not in head.morph.get("Tense")
            ):
                # "le poste de Nassib, rouvert depuis lundi": the noun it qualifies
                tokens += [head.head, *children(head.head, ("nmod", "flat:name", "appos"))]
        else:
            road = self._road_after_trigger(match)
            if road is not None:
                return road
            lo = self._access_reach(match)
            tokens = self.tokens[lo : match.head.i - self.sent.start + ACCESS_AFTER]
            if match.rule.role == "event":
                # a blockade or siege names its way in its own clause, not in the one before
                # ("opened a key road, fuelling hopes that the blockade of the city ends")
                c_lo, c_hi = self._clause_bounds(match)
                tokens = [t for t in tokens if c_lo <= t.idx < c_hi]
        found = [
            p
            for p in self.places
            if p.kind in ACCESS_KINDS and covers(tokens, p) and not self._names_facility(p)
        ]
        if found:
            return self._best_place(found, match.start)
        anchored = self._anchored_crossing(tokens) if self.parsed else None
        if anchored is not None:
            return anchored
        plain = [t for t in tokens if t.i not in self._placed_words()]
        for nouns, kind in ((self.lex.crossing_nouns, "crossing"), (self.lex.road_nouns, "road")):
            ref = self._coreferent(sorted(plain, key=lambda t: t.i), nouns, kind)
            if ref is not None:
                return ref
        if self.parsed and not match.rule.strict:
            return self._unparsed_target(match) or self._topic_target(match)
        if self.parsed and match.rule.effect == "use":
            return (
                self._pronoun_way(match)
                or self._journey_road(tokens)
                or self._crossing_without_object(match)
            )
        if self.parsed:
            return None
        referred = self._linear_pronoun_way(match) or self._crossing_town_used(match, tokens)
        if referred is not None or match.rule.strict:
            return referred
        found = [p for p in self.places if p.kind in ACCESS_KINDS]
        return self._best_place(found, match.start)

    def _crossing_town_used(self, match: Match, tokens: list[Any]) -> PlaceMention | None:
        """Without a parse: "300 trucks have gone through Adre": a town passed through after a
        use trigger, on a side of exactly one registry crossing, is that crossing."""
        if match.rule.effect != "use":
            return None
        for p in self.places:
            if p.kind != "town" or p.start < match.end or not covers(tokens, p):
                continue
            crossing = _the_crossing_of(p)
            if crossing is not None:
                return crossing
        return None

    def _linear_pronoun_way(self, match: Match) -> PlaceMention | None:
        """Without a parse: "before reopening it", "before it was closed": a way pronoun
        right after the trigger, or before it with a passive auxiliary between, is the crossing
        or road named last in the article before this sentence (a pronoun this close to
        the act refers back further than a bare mention does)."""
        words = self.lex.noun_phrase
        if not self.lex.way_pronouns or words is None:
            return None
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        after = self.tokens[last + 1 : last + 2]
        k, passive = first - 1, False
        while k >= 0 and fold(self.tokens[k].text) in words.skip:
            passive = passive or fold(self.tokens[k].text) in self.lex.passive_auxiliaries
            k -= 1
        before = [self.tokens[k]] if k >= 0 and passive else []
        if not any(fold(t.text) in self.lex.way_pronouns for t in (*after, *before)):
            return None
        prior = [
            p
            for p in self.article.places
            if p.kind in ACCESS_KINDS and p.start < self.tokens[0].idx
        ]
        return prior[-1] if prior else None

    def _access_reach(self, match: Match) -> int:
        """Without a parse, the first token where the trigger's crossing or road may be named:
        ACCESS_NEAR words back, and up to ACCESS_BEFORE back to the last act told before it
        (in "معبر أدري ... سيظل مفتوحاً أمام دخول المعونات" the crossing is the opening's)."""
        here = match.head.i - self.sent.start
        near, far = max(0, here - ACCESS_NEAR), max(0, here - ACCESS_BEFORE)
        if self._found is None:
            self._found = find_triggers(self.lex, self.tokens)
        first = match.tokens[0].i - self.sent.start
        lo = far
        for m in self._found:
            end = m.tokens[-1].i - self.sent.start
            if m.rule.role != "none" and far <= end < first:
                lo = max(lo, end + 1)  # what comes before another act is that act's
        return min(lo, near)

    def _road_after_trigger(self, match: Match) -> PlaceMention | None:
        """Without a parse (Arabic, verb first): a road noun just after the trigger is the way
        it cut or opened, even beside a crossing's name ("قطعت غارة إسرائيلية الطريق الدولية
        ... منطقة المصنع"): the one registry road through the crossing the sentence names,
        else the road named or reached before."""
        last = match.tokens[-1].i - self.sent.start
        after = self.tokens[last + 1 : last + 2 + ROAD_OBJECT_REACH]
        for i, t in enumerate(after):
            if t.text in linear.PHRASE_PUNCT or any(
                covers([t], p) for p in self.places if p.kind in ACCESS_KINDS
            ):
                return None  # a way named by its name: the general reading decides
            if any(phrase_at(n, after, i, self.lex.clitics) for n in self.lex.road_nouns):
                crossings = [p for p in self.places if p.kind == "crossing"]
                through = _road_through(crossings[0], t) if len(crossings) == 1 else None
                return through or self._way_before(t, "road")
        return None

    def _state_bearers(self, match: Match) -> list[Any] | None:
        """The nouns a state predicate ("fermée", "restés bloqués") is said of; None where the
        trigger is no state predicate."""
        head = match.head
        # a past participle: a present one ("un cratère empêchant toute circulation") is active
        participle = "Part" in head.morph.get("VerbForm") and "Pres" not in head.morph.get("Tense")
        if head.dep_ in ("amod", "acl") and (head.pos_ in ("ADJ", "NUM") or participle):
            return [head.head]
        if head.pos_ in ("ADJ", "NUM") or (
            participle and (is_passive(head) or head.dep_ == "xcomp")
        ):
            bearers = children(head, SUBJECT + PASSIVE_SUBJECT)
            if not bearers and head.dep_ == "xcomp":
                # "gardent le poste fermé", "demeurent fermées": the governing verb's object,
                # else its subject, else the noun it qualifies ("les voyageurs restés bloqués")
                gov = head.head
                bearers = children(gov, OBJECT) or children(gov, SUBJECT)
                if not bearers and gov.dep_ in ("acl", "amod"):
                    bearers = [gov.head]
            return bearers
        return None

    def _way_bearer(self, match: Match) -> bool:
        """ "leur frontière commune fermée", "a fermé sa frontière avec le Bénin": an opening or
        closing said of a border, a road or their traffic that no registry names is still a
        status change of that way (Other, no access target)."""
        if not self.parsed or match.rule.effect not in ("open", "close"):
            return False  # hampered or used: only a named way's
        head = match.head
        bearers = self._state_bearers(match)
        if bearers is None:
            bearers = children(head, OBJECT) if head.pos_ == "VERB" else []
        return any(
            b.pos_ == "NOUN"
            and (fold(b.lemma_) in self.lex.access_nouns or fold(b.text) in self.lex.access_nouns)
            for b in bearers
        )

    def _other_bearer(self, match: Match) -> bool:
        """ "les écoles de Ras Jedir demeurent fermées", "les personnes bloquées côté libyen":
        a state predicate whose bearer is a noun other than a crossing, a road or their
        traffic says nothing of the crossing named beside it."""
        if not self.parsed or not self.lex.access_nouns:
            return False
        bearers = self._state_bearers(match)
        for b in bearers or ():
            if b.pos_ != "NOUN" or any(
                covers([b], p) for p in self.places if p.kind in ACCESS_KINDS
            ):
                continue
            if self._crossing_noun_of_crossing(b):
                continue  # "le terminal de Rafah": the crossing itself, unlike an airport's

            if fold(b.lemma_) not in self.lex.access_nouns and (
                fold(b.text) not in self.lex.access_nouns
            ):
                return True
        return False

    def _crossing_noun_of_crossing(self, noun: Any) -> bool:
        """ "le terminal de Rafah": a crossing noun whose own words name a crossing denotes
        that crossing ("le terminal de l'aéroport" names none and stays another thing)."""
        if not any(phrase_at(p, [noun], 0, self.lex.clitics) for p in self.lex.crossing_nouns):
            return False
        inner = [x for x in noun.subtree if x.i != noun.i]
        return any(covers(inner, p) for p in self.places if p.kind == "crossing")

    def _crossing_without_object(self, match: Match) -> PlaceMention | None:
        """ "des voyageurs continuent de traverser à pied": crossing with nothing named to
        cross goes on with the story of the crossing or road named just before."""
        head = match.head
        if head.pos_ not in ("VERB", "AUX") or children(head, OBJECT):
            return None
        # only a crossing told as done: "traversent", "continuent de traverser", not "ne
        # savent pas quand ils pourront passer"
        verb = head
        if "Inf" in head.morph.get("VerbForm"):
            if fold(head.head.lemma_) not in self.lex.light_verbs or head.head.i == head.i:
                return None
            verb = head.head
        if {"Fut", "Cnd"} & set(verb.morph.get("Tense") + verb.morph.get("Mood")):
            return None
        if verb.dep_ not in ("ROOT", "conj", "parataxis") or self.negated(verb, []):
            return None
        return self._topic_target(match)

    def _journey_road(self, tokens: list[Any]) -> PlaceMention | None:
        """ "Le convoi, parti de Gao en direction d'Ansongo": a journey between two towns
        that one registry road joins travels that road."""
        towns = [p for p in self.places if p.kind == "town" and covers(tokens, p)]
        keys = {name_key(p.name or p.text) for p in towns} | {name_key(p.text) for p in towns}
        roads = [
            item
            for item in registry().items
            if item.kind == "road" and sum(name_key(a.name) in keys for a in item.anchors) >= 2
        ]
        if len(roads) != 1 or not towns:
            return None
        road, first = roads[0], towns[0]
        return PlaceMention(
            first.start,
            first.end,
            first.text,
            road.display_name,
            road.id,
            road.lat if road.lat is not None else first.lat,
            road.lon if road.lon is not None else first.lon,
            first.country,
            kind="road",
            precision=2,
        )

    def _anchored_crossing(self, tokens: list[Any]) -> PlaceMention | None:
        """ "le pont reliant la commune béninoise de Malanville au Niger": a crossing or road
        noun whose own words name the town on one side of exactly one registry crossing
        names that crossing."""
        toks = sorted(tokens, key=lambda t: t.i)
        nouns = (*self.lex.crossing_nouns, *self.lex.road_nouns)
        for i, t in enumerate(toks):
            if not any(phrase_at(p, toks, i, self.lex.clitics) for p in nouns):
                continue
            inner = {x.i for x in t.subtree}
            for p in self.places:
                root = self._root_of(p) if p.kind == "town" else None
                if root is None or root.i == t.i or root.i not in inner:
                    continue
                crossing = _the_crossing_of(p)
                if crossing is not None:
                    return crossing
        return None

    def _names_facility(self, place: PlaceMention) -> bool:
        """ "la base d'al-Tanf": the place's name follows a facility noun within a few words,
        so what is named is the base that bears the crossing's name, not the crossing."""
        before = [t for t in self.tokens if t.idx < place.start][-FACILITY_REACH:]
        return any(fold(t.lower_) in self.lex.facility_nouns for t in before)

    def _unparsed_target(self, match: Match) -> PlaceMention | None:
        """A verb whose object the parse lost ("fermer temporairement, pour des raisons de
        sécurité, le poste de X"): the crossing or road named after it before the next verb."""
        head = match.head
        if head.pos_ not in ("VERB", "AUX") or children(head, OBJECT):
            return None
        start = match.tokens[-1].i - self.sent.start + 1
        for t in self.tokens[start : start + LOOKAHEAD]:
            if t.pos_ in ("VERB", "AUX") or t.text in ";:":
                return None
            hit = [p for p in self.places if p.kind in ACCESS_KINDS and covers([t], p)]
            if hit:
                return hit[0]
        return None

    def _topic_target(self, match: Match) -> PlaceMention | None:
        """ "la fermeture est intervenue dans la nuit": a bare closing or opening with nothing
        governed continues the story of the crossing or road named just before."""
        head = match.head
        if head.pos_ in ("NOUN", "PROPN"):
            dets = children(head, ("det",))
            if not dets or children(head, ("nmod",)):
                return None
            if any("Ind" in d.morph.get("Definite") for d in dets):
                return None  # "une fermeture": a new one, not the one told before
        elif head.pos_ not in ("VERB", "AUX") or any(
            not self._traffic(c)
            for c in children(head, OBJECT + SUBJECT + PASSIVE_SUBJECT)
            # "empêchant toute circulation": the trigger's own object is no other bearer
            if not any(c.i == t.i for t in match.tokens)
        ):
            return None
        if any(p.kind in ACCESS_KINDS for p in self.places):
            return None
        ref = self._way_noun_before(match)
        if ref is not None:
            return ref
        lo = self.topic_start
        if head.pos_ in ("NOUN", "PROPN") and self._anaphoric_np(head):
            lo = 0  # "cette réouverture": the one told before, however far back
        prior = [
            p for p in self.article.places if p.kind in ACCESS_KINDS and lo <= p.start < match.start
        ]
        # "l'explosion a creusé un cratère ... empêchant toute circulation", after "la route"
        # was struck: a road noun in the story since the last way named is that road
        since = prior[-1].end if prior else lo
        roads = self.lex.road_nouns
        story = [t for t in self.article.doc if since <= t.idx < match.start]
        for i in reversed(range(len(story))):
            if any(phrase_at(p, story, i, self.lex.clitics) for p in roads):
                way = self._way_before(story[i], "road")
                if way is not None:
                    return way
                break
        return prior[-1] if prior else None

    def _way_noun_before(self, match: Match) -> PlaceMention | None:
        """ "Ce poste-frontière, qui ..., restait fermé" / "... l'utilisaient": a crossing or road
        noun earlier in the sentence names the way the story is about, however far back it was
        named."""
        before = [t for t in self.tokens if t.idx < match.start]
        for nouns, kind in ((self.lex.crossing_nouns, "crossing"), (self.lex.road_nouns, "road")):
            ref = self._coreferent(before, nouns, kind)
            if ref is not None:
                return ref
        return None

    def _pronoun_way(self, match: Match) -> PlaceMention | None:
        """ "Ce poste-frontière ... les paramilitaires l'utilisaient": a way used through a
        pronoun object is the crossing or road named last before it, in the sentences the
        story has run over."""
        head = match.head
        if head.pos_ not in ("VERB", "AUX") or not any(
            c.pos_ == "PRON"
            and "3" in c.morph.get("Person")
            and "Yes" not in c.morph.get("Reflex")
            and not set(c.morph.get("PronType")) & {"Rel", "Int", "Dem", "Ind", "Neg"}
            for c in children(head, OBJECT)
        ):
            return None
        ref = self._way_noun_before(match)
        if ref is not None:
            return ref
        prior = [
            p
            for p in self.article.places
            if p.kind in ACCESS_KINDS and self.topic_start <= p.start < match.start
        ]
        return prior[-1] if prior else None

    def _traffic(self, token: Any) -> bool:
        """ "aucun véhicule", "les camions": people or vehicles that use a way, not a way."""
        return fold(token.lemma_) in self.lex.civilian_nouns

    def measures_time(self, noun: Any) -> bool:
        """ "des années de conflits et de blocus", "après des mois de combats": event nouns that
        fill a stretch of time name a state of things, not an act to record."""
        if not self.parsed or noun.pos_ != "NOUN":
            return False
        t = noun
        while t.dep_ in ("nmod", "conj") and t.head.i != t.i:
            t = t.head
            if fold(t.lemma_) in self.lex.duration_nouns:
                return True
            if t.pos_ != "NOUN":
                return False
        return False

    def _anothers(self, tm: TimeMention, match: Match) -> bool:
        """Whether a date is told with another trigger of the sentence ("une ville soumise
        depuis le 17 février au blocus"): the word it hangs on governs that trigger, and does
        not govern this one."""
        if not self.parsed:
            return False
        tok = next(iter(self.words_over(tm)), None)
        if tok is None:
            return False
        verb = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX", "ADJ")), None)
        if verb is None or verb.i == match.head.i or verb in match.head.ancestors:
            return False
        return any(h != match.head.i for h in self._acts_under().get(verb.i, ()))

    def _reported(self, tm: TimeMention) -> bool:
        """Whether a date modifies a reporting verb ("a annoncé, il y a deux jours, ...")."""
        if not self.parsed:
            return False
        first = next(iter(self.words_over(tm)), None)
        if first is None:
            return False
        h = first
        for _ in range(8):
            if h.pos_ in ("VERB", "AUX") or h.head.i == h.i:
                break
            h = h.head
        # "cet afflux s'explique par ...": a passive "se" makes no one report anything
        passive = any(c.dep_ == "expl:pass" for c in h.children)
        return fold(h.lemma_) in self.lex.reporting_verbs and not passive

    def _report_day(self, tm: TimeMention) -> bool:
        """Without a parse: whether a date stands in the clause of a reporting verb: after the
        verb, read back to the clause words ("إثر", "عقب") and the complementizer that opens
        what was reported ("أفادت، في وقت متأخر من يوم أمس الاثنين، بأن ..."), or fronted
        before it by a comma ("اليوم الثلاثاء، أعلنت الوزارة")."""
        inside = [k for k, t in enumerate(self.tokens) if tm.start <= t.idx < tm.end]
        if not inside:
            return False
        stops = self.lex.clause_boundaries | self.lex.complementizers

        def forms(k: int) -> tuple[str, ...]:
            return forms_of(self.tokens[k].text, self.lex.clitics)

        def reports(k: int) -> bool:
            return any(f in self.lex.reporting_verbs for f in forms(k))

        for k in range(inside[0] - 1, -1, -1):
            if any(f in stops for f in forms(k)):
                break
            if reports(k):
                return True
        after = inside[-1] + 1
        fronted = after + 1 < len(self.tokens) and self.tokens[after].text in (",", "،")
        return fronted and reports(after + 1)

    def date(
        self, match: Match, scope: list[Any], govs: list[Any], anywhere: bool = True
    ) -> EventDate | None:
        """The date in the trigger's clause; else, where `anywhere`, one elsewhere in the
        sentence that no reporting verb takes; else the publication day."""
        found: list[TimeMention] = []
        if self.parsed:
            tokens = [t for v in [match.head, *govs] for t in self.clause(v)]
            if match.head.pos_ in ("NOUN", "PROPN"):
                tokens += scope
            found = [t for t in self.dates if covers(tokens, t)]
        # an act named in passing by a noun in the pluperfect ("l'attaque d'Inata avait
        # entraîné la chute") takes no date of the sentence's other acts
        passing = match.head.pos_ in ("NOUN", "PROPN") and self.background(match, govs)
        # a threat is made when it is said, a reopening announced ("a annoncé lundi la
        # réouverture du poste") is made that day: the day of the verb that tells it dates it
        said = match.rule.effect == "threaten" or self._announced_access(match)
        if not found and anywhere and not passing:
            found = [
                t
                for t in self.dates
                if (said or not self._reported(t)) and not self._anothers(t, match)
            ]
        # Without a parse, the day a report was made ("اليوم الثلاثاء، أعلنت الوزارة ... إثر
        # هجوم") bounds the acts it tells but is not their own date: it is kept as a weak
        # date, which a telling that dates the act itself overrides.
        of_report = False
        if len(found) > 1 and self.parsed:
            # "Les forces, déployées depuis 2021, ont repris la ville dimanche": a date in a
            # clause that qualifies a noun dates that clause, not the act
            found = [t for t in found if not self._in_noun_clause(t, match)] or found
        if found and not self.parsed:
            found = self._own_clause_dates(found, match)
        background_access = not self.parsed and self._background_access(match, govs)
        if background_access:
            # "reopened on Thursday after a ten-day closure": the closure came before the
            # day of the sentence's news; only a date told after it is its own
            found = [t for t in found if t.start >= match.end]
        if found and not self.parsed:
            own = [t for t in found if not self._report_day(t)]
            of_report = not own
            found = own or found
        if found:
            tm = min(found, key=lambda t: abs(t.start - match.start))
            v = tm.value
            assert v is not None
            start, end = whole_unit(v.start, v.end, v.precision)
            if of_report:
                return EventDate(
                    start, end, v.precision, tm.text, inferred=True, reason="date of the report"
                )
            return EventDate(start, end, v.precision, tm.text)
        pub = self.article.published
        if pub is None or background_access or self._background(match, govs):
            return None
        return EventDate(pub, pub, "day", "", inferred=True, reason="publication date")

    def _announced_access(self, match: Match) -> bool:
        """ "Le gouverneur a annoncé lundi la réouverture du poste": an opening or closing
        named as what a reporting verb announces."""
        head = match.head
        return (
            self.parsed
            and match.rule.role == "access"
            and head.pos_ == "NOUN"
            and head.dep_ == "obj"
            and fold(head.head.lemma_) in self.lex.reporting_verbs
        )

    def _background_access(self, match: Match, govs: list[Any]) -> bool:
        """Without a parse: an opening or closing told as what came before the story ("after
        a two-week closure", "after being closed for days"), not as the day's news."""
        # a passage ("made its way after ...") is still the day's; only a status change
        # is what a later reopening or closing undoes
        return (
            match.rule.role == "access"
            and match.rule.effect in STATUS_EFFECTS
            and self.background(match, govs)
        )

    def _background(self, match: Match, govs: list[Any]) -> bool:
        """ "avait été occupé pendant des années": a pluperfect tells what came before the
        story, so the publication date is not its date."""
        if not self.parsed:
            return False
        verb = next((v for v in [match.head, *govs] if v.pos_ in ("VERB", "AUX")), None)
        head = match.head
        if verb is None and head.dep_ in (*SUBJECT, *OBJECT) and head.head.pos_ in ("VERB", "AUX"):
            # "l'attaque d'Inata avait entraîné la chute du président": the tense of the verb
            # the event noun is subject or object of
            verb = head.head
        if verb is None:
            return False
        # "a indiqué que le bateau avait été pris pour cible": reported speech shifts a past
        # into the pluperfect (sequence of tenses); that is the story, not its background.
        if any(fold(a.lemma_) in self.lex.reporting_verbs for a in verb.ancestors):
            return False
        return any(
            c.dep_.split(":")[0] == "aux"
            and fold(c.lemma_) in self.lex.background_auxiliaries
            and set(c.morph.get("Tense")) & self.lex.background_tenses
            for c in verb.children
        )

    def background(self, match: Match, govs: list[Any]) -> bool:
        """Whether the event is told as what came before the story, not as its news."""
        if self.parsed:
            return self._background(match, govs)
        cues, words = self.lex.background, self.lex.noun_phrase
        if cues is None:
            return False
        if words is None:
            # a language with no noun-phrase rules (Arabic): its cues reach to clause words
            words = bare_phrase_words(self.lex.clause_boundaries)
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        reporting = self.lex.reporting_verbs
        return linear.is_background(
            cues, words, self.tokens, first, last, reporting
        ) or self.protest_topic(match)

    def protest_topic(self, match: Match) -> bool:
        """ "Kurds demonstrated in Diyarbakir against Turkish airstrikes": an act that a protest
        of the sentence is about (a cause word before it) is what the crowd protests, told in
        passing, not the sentence's news."""
        words = self.lex.noun_phrase
        if words is None or acled_types().get(match.rule.subtype) in CROWD_TYPES:
            return False
        if self._found is None:
            self._found = find_triggers(self.lex, self.tokens)
        # the protest is told first, then what it is about ("the United Front for Democracy
        # against Dictatorship hurled grenades ... to break up the protest" is no topic)
        if not any(
            m.rule.role == "event"
            and acled_types().get(m.rule.subtype) == "Protests"
            and m.start < match.start
            for m in self._found
        ):
            return False
        first = match.tokens[0].i - self.sent.start
        # a past verb ends the cause phrase ("protesting a fee hike vandalised"); a phrase of
        # several words is read as a noun ("drone strikes" is no participle in -ne)
        endings = self.lex.participle_endings if len(match.tokens) == 1 else ()
        causes, reach = self.lex.cause_words, linear.TOPIC_REACH
        return linear.told_as_cause(words, causes, self.tokens, first, endings, reach)

    def negated(self, head: Any, govs: list[Any]) -> bool:
        lex = self.lex
        if not self.parsed:
            # Without a parse: a negation word shortly before the trigger, in the same clause
            # ("did not attack", "no clashes", "لم تغلق").
            words = lex.negation_particles | lex.negation_words | lex.negation_determiners
            i = head.i - self.sent.start
            for t in reversed(self.tokens[max(0, i - lex.negation_window) : i]):
                if t.is_punct:
                    break
                if any(f in words for f in forms_of(t.text, lex.clitics)):
                    return True
            return False
        for v in [head, *govs]:
            words = {fold(c.lemma_) for c in v.children} | {fold(c.text) for c in v.children}
            if words & lex.negation_particles and words & lex.negation_words:
                return True
            for s in children(v, SUBJECT + PASSIVE_SUBJECT):
                if any(fold(c.lemma_) in lex.negation_determiners for c in s.children):
                    return True
        return False

    def threatened(self, match: Match) -> bool:
        """ "هددت السلطات الليبية بإغلاق المعبر", "Kabul threatened again to close the
        crossing": a threat verb a few words before a closure, in its stretch of the sentence,
        makes it a threat to close; not one told in the passive ("menacés par la fermeture")."""
        if not self.lex.threat_verbs:
            return False
        first = match.tokens[0].i - self.sent.start
        words = self.lex.noun_phrase
        verbs = self.lex.passive_auxiliaries | (words.finite_verbs if words else frozenset())
        for k in range(first - 1, max(-1, first - 1 - THREAT_REACH), -1):
            t = self.tokens[k]
            if t.text in _STOPS:
                return False
            if set(forms_of(t.text, self.lex.clitics)) & self.lex.threat_verbs:
                nxt = self.tokens[k + 1]
                return not set(forms_of(nxt.text, self.lex.clitics)) & self.lex.agent_case
            if t.pos_ in ("VERB", "AUX") or fold(t.text) in verbs:
                return False  # "la menace terroriste a conduit à la fermeture": another verb's
        return False

    def limited_opening(self, match: Match) -> bool:
        """ "rouvert aux seuls piétons", "partially reopened", "open only between 10 a.m. and
        4 p.m.", "أمام الشاحنات فقط": an opening that lets only some people, goods or hours
        through restricts the way. The limit is read in the trigger's stretch of the sentence
        (a few words before it, up to the next comma after it)."""
        window, _at = self._limit_window(match)
        for k in range(len(window)):
            n = max(
                (phrase_at(p, window, k, self.lex.clitics) for p in self.lex.limited_access),
                default=0,
            )
            if n and not self._limit_in_time(window, k, n):
                return True
        return bool(self._restrictive_negation(match))

    def _limit_window(self, match: Match) -> tuple[list[Any], int]:
        """The words around a trigger that may limit it, and where the trigger starts in them."""
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        lo = first
        while lo > 0 and first - lo < LIMIT_BEFORE and self.tokens[lo - 1].text not in _STOPS:
            lo -= 1
        hi = last + 1
        while hi < len(self.tokens) and hi - last <= LIMIT_AFTER:
            nxt = self.tokens[hi + 1 : hi + 2]
            # "reopened on Monday, but only for cargo trucks": a contrast goes on with the act
            but = nxt and fold(nxt[0].text) in self.lex.limit_contrasts
            if self.tokens[hi].text in _STOPS and not (self.tokens[hi].text in ",،" and but):
                break
            hi += 1
        return self.tokens[lo:hi], first - lo

    def _limit_in_time(self, window: list[Any], k: int, n: int) -> bool:
        """ "reopened only after talks", "rouvert seulement lundi", "only on Thursday": a limit
        on when, not on who passes; "rouvert jeudi seulement", "يوم الأحد فقط" too (a day
        before a limit that ends its phrase, or in a language that puts it after its word)."""
        after = window[k + n : k + n + 2]
        day_before = k > 0 and self._in_date(window[k - 1])
        if self.lex.limit_follows or not after:
            return day_before
        if fold(after[0].text) in self.lex.limit_stops or self._in_date(after[0]):
            return True
        prepositions = self.lex.limit_date_prepositions
        return len(after) > 1 and fold(after[0].text) in prepositions and self._in_date(after[1])

    def _in_date(self, token: Any) -> bool:
        """Whether the token is in a day's date; an hour of the day ("4 p.m.", "الرابعة عصرا")
        is a limit on when the way lets through, not a day the limit waits for."""
        return any(
            d.start <= token.idx < d.end
            and not {fold(w) for w in d.text.split()} & self.lex.limit_clock
            for d in self.dates
        )

    def _restrictive_negation(self, match: Match) -> bool | None:
        """ "n'est ouvert que le matin", "لا يفتح إلا أمام الشاحنات": a negation before the
        trigger closed by "que"/"إلا" after it, with no other negation word, limits the
        opening (True); "n'a rouvert que jeudi" only dates it (False); None where there is
        no such negation."""
        if not self.lex.limit_negation:
            return None
        window, at = self._limit_window(match)
        words = [f for t in window for f in forms_of(t.text, self.lex.clitics)]
        # another negation word ("n'a pas dit que"): a plain negation, not a limit
        if any(w in self.lex.negation_words - self.lex.negation_particles for w in words):
            return None
        negated = any(
            f in self.lex.negation_particles
            for t in window[:at]
            for f in forms_of(t.text, self.lex.clitics)
        )
        closing = next(
            (k for k in range(at, len(window)) if fold(window[k].text) in self.lex.limit_negation),
            None,
        )
        if not negated or closing is None:
            return None
        after = window[closing + 1 : closing + 2]
        return not (
            after and (self._in_date(after[0]) or fold(after[0].text) in self.lex.limit_stops)
        )

    def no_traffic(self, head: Any, govs: list[Any]) -> bool:
        """ "aucun véhicule ne peut passer": the subject of passing is no traffic at all."""
        if not self.parsed:
            return False
        for v in [head, *govs]:
            for s in children(v, SUBJECT):
                if any(fold(c.lemma_) in self.lex.negation_determiners for c in s.children):
                    return True
        return False

    def unnamed_way(self, match: Match) -> bool:
        """Without a parse: an opening or closing whose object is a road or crossing noun no
        registry names ("opening a road in Taiz", "a secondary road is being opened") is still
        a status change of that way (Other, no access target). Uses need the way's name."""
        if self.parsed or not self.lex.unnamed_ways or match.rule.effect == "use":
            return False
        nouns = (*self.lex.crossing_nouns, *self.lex.road_nouns)
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        after = self.tokens[last + 1 : last + 1 + UNNAMED_WAY_OBJECT]
        for i, t in enumerate(after):
            if t.text in linear.PHRASE_PUNCT:
                break
            if any(phrase_at(n, after, i, self.lex.clitics) for n in nouns):
                return True
        # a passive: "the road ... is being opened"
        if not fold(match.tokens[-1].text).endswith(self.lex.participle_endings or ("",)):
            return False
        before = self.tokens[max(0, first - UNNAMED_WAY_REACH) : first]
        for i in range(len(before) - 1, -1, -1):
            if before[i].text in linear.PHRASE_PUNCT:
                return False
            if any(phrase_at(n, before, i, self.lex.clitics) for n in nouns):
                return True
        return False

    def no_passage(self, match: Match) -> bool:
        """ "aucun camion n'a plus pu pénétrer dans la ville": that nothing can pass any more
        is a blockade of the place, named way or not (Strategic developments, no access)."""
        return self.parsed and self.negative_phrase(match) and match.head.pos_ in ("VERB", "AUX")

    def negative_phrase(self, match: Match) -> bool:
        """Whether the trigger phrase itself holds a negation word ("ne pouvoir plus passer")."""
        lex = self.lex
        words = lex.negation_particles | lex.negation_words | lex.negation_determiners
        return any(f in words for t in match.tokens for f in forms_of(t.text, lex.clitics))

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
                # untagged words: a negation between is still a particle ("would not open")
                if all(
                    t.pos_ in ("DET", "ADP", "ADV", "PRON", "PART")
                    or (not t.pos_ and fold(t.text) in self.lex.negation_particles)
                    for t in between
                ):
                    return True
        if not self.parsed and (self._planned(match) or self._conditioned_subject(match)):
            return True
        if not self.parsed and self.lex.clause_boundaries and self.lex.clause_irrealis:
            # Without a parse: an aim named earlier in the trigger's clause ("الغاية من ذلك
            # ... إعادة تشغيل المنفذ", "كي يستأنف المنفذ عمله").
            lo, _hi = self._clause_bounds(match)
            first = match.tokens[0].i - self.sent.start
            # only phrases that start in the clause or end where it opens: from the clause's
            # first word, less the longest phrase (else a long sentence is quadratic)
            opens = next((k for k, t in enumerate(self.tokens[:first]) if t.idx >= lo), first)
            longest = max((len(p.words) for p in self.lex.clause_irrealis), default=0)
            for j in range(max(0, opens - longest), first):
                t = self.tokens[j]
                for p in self.lex.clause_irrealis:
                    n = phrase_at(p, self.tokens, j, self.lex.clitics)
                    if not n:
                        continue
                    # "required that troops withdraw": a phrase whose last word opens the clause
                    last = self.tokens[j + n - 1]
                    if self._qualifies_subject(j, n, first):
                        continue  # "students demanding his resignation were detained"
                    if t.idx >= lo or last.idx + len(last.text) == lo:
                        return True
        if self.parsed:
            t = match.head
            for _ in range(3):
                # "exhorté le Liban à contrôler les camions empruntant ...": through the
                # noun a participle qualifies, too
                if t.head.i == t.i or t.dep_ not in ("xcomp", "obj", "ccomp", "acl"):
                    break
                t = t.head
                if any(
                    p.words[0].matches(t, self.lex.clitics) and len(p.words) == 1
                    for p in self.lex.irrealis
                ):
                    return True
        return False

    def _qualifies_subject(self, at: int, n: int, first: int) -> bool:
        """Without a parse: an aim phrase told as a participle ("students demanding his
        resignation were detained") with a finite verb or auxiliary between it and the
        trigger qualified the subject; the trigger is the clause's own act, not the aim."""
        words = self.lex.noun_phrase
        if words is None or not linear.opens_participle(words, self.tokens[at]):
            return False
        verbs = words.finite_verbs | self.lex.passive_auxiliaries
        if any(t.text.islower() and fold(t.text) in verbs for t in self.tokens[at + n : first]):
            return True
        # "workers demanding wages gheraoed the manager": the trigger is itself the past verb
        # of the clause, with its own object after it
        trigger, nxt = self.tokens[first], self.tokens[first + 1 : first + 2]
        objects = words.link_determiners | words.own_markers
        return (
            trigger.text.islower()
            and fold(trigger.text).endswith(self.lex.participle_endings or ("",))
            and bool(nxt)
            and fold(nxt[0].text) in objects
        )

    def cited_agreement(self, match: Match) -> bool:
        """Without a parse: an agreement named by what broke it ("a breach of the 2020
        ceasefire agreement", "the “ceasefire” had been “violated”"), within a few words of
        it and its clause (quotes aside), is cited, not concluded."""
        if self.parsed:
            return False
        lex = self.lex
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        # quotes and the hyphens of a name ("Nagorno-Karabakh") add no words between
        joining = frozenset('"“”-')

        def reach(ks: range) -> list[int]:
            out = []
            for k in ks:
                t = self.tokens[k]
                if t.text in joining:
                    continue
                if t.text in CLAUSE_PUNCT or len(out) >= lex.cited_reach:
                    break
                out.append(k)
            return out

        before = reach(range(first - 1, -1, -1))
        if any(
            phrase_at(p, self.tokens, k - len(p.words) + 1) == len(p.words)
            for k in before
            for p in lex.cited_before
            if k - len(p.words) + 1 >= 0
        ):
            return True
        after = reach(range(last + 1, len(self.tokens)))
        return any(phrase_at(p, self.tokens, k) for k in after for p in lex.cited_after)

    def _conditioned_subject(self, match: Match) -> bool:
        """Without a parse: "reopening the road is tied to ...", "said opening the crossing,
        as the deal provides, would be weighed": a gerund with its object that opens a clause
        is the subject of the verb after it; a modal or a condition there makes it no act."""
        words = self.lex.noun_phrase
        first = match.tokens[0].i - self.sent.start
        last = match.tokens[-1].i - self.sent.start
        if words is None or not fold(self.tokens[first].text).endswith("ing"):
            return False
        if first > 0 and not (
            self._ends_clause(self.tokens[first - 1])
            or fold(self.tokens[first - 1].text) in words.reporting
        ):
            return False
        # "opening the crossing", not "opening fire": the gerund takes an object of its own
        if last + 1 >= len(self.tokens) or fold(self.tokens[last + 1].text) not in (
            words.noun_markers
        ):
            return False
        k, end = last + 1, min(len(self.tokens), last + 1 + LOOKAHEAD)
        while k < end:
            if self._irrealis_at(k):
                return True
            text = self.tokens[k].text
            if text == ",":
                # ", as provided for in the deal,": an aside between commas, skipped whole
                k = next((j for j in range(k + 1, end) if self.tokens[j].text == ","), end) + 1
                continue
            if fold(text) in words.finite_verbs:
                # "is tied to": the condition after the subject's auxiliary
                return self._irrealis_at(k + 1)
            if self._ends_clause(self.tokens[k]):
                return False
            k += 1
        return False

    def _irrealis_at(self, k: int) -> bool:
        return k < len(self.tokens) and any(
            phrase_at(p, self.tokens, k, self.lex.clitics) for p in self.lex.irrealis
        )

    def _planned(self, match: Match) -> bool:
        """Without a parse: "the crossing's opening, scheduled for tomorrow": a plan phrase
        right after the trigger (past a comma) makes it a plan, not an act."""
        k = match.tokens[-1].i - self.sent.start + 1
        if k < len(self.tokens) and self.tokens[k].text == ",":
            k += 1
        return any(phrase_at(p, self.tokens, k) for p in self.lex.plans_after)

    def _plan_date(self, tm: TimeMention) -> bool:
        """Without a parse: whether a date is a plan's ("scheduled for tomorrow")."""
        k = next((k for k, t in enumerate(self.tokens) if t.idx >= tm.start), None)
        if k is None:
            return False
        return any(
            phrase_at(p, self.tokens, k - len(p.words))
            for p in self.lex.plans_after
            if k >= len(p.words)
        )

    def _modifies_noun_after(self, tm: TimeMention, match: Match) -> bool:
        """Without a parse: "a breach of the 2020 ceasefire agreement": a date between a
        determiner and a noun names which noun it is; it dates no trigger before it."""
        if tm.start < match.end:
            return False
        k = next((k for k, t in enumerate(self.tokens) if t.idx >= tm.start), None)
        after = next((t for t in self.tokens if t.idx >= tm.end), None)
        if k is None or k == 0 or after is None or not after.text[:1].isalpha():
            return False
        return fold(self.tokens[k - 1].text) in self.lex.date_modifier_determiners

    def _own_clause_dates(self, found: list[TimeMention], match: Match) -> list[TimeMention]:
        """Without a parse: the dates of the trigger's own clause ("shut it in February,
        before reopening it in August": August reopened), else all of them; a plan's date or
        a noun's modifier after the trigger dates no act."""
        found = [
            t for t in found if not self._plan_date(t) and not self._modifies_noun_after(t, match)
        ]
        if not self.lex.clause_boundaries:
            return found
        lo, hi = self._clause_bounds(match)
        return [t for t in found if lo <= t.start and t.end <= hi] or found

    def _takes_no_territory(self, match: Match) -> bool:
        """ "libérant plus de 500 détenus", "se sont emparés d'armes", "reprendre les
        négociations": the first noun after a territory verb is what it took, and it is no
        ground (events.json "not_territory_nouns")."""
        nouns = self.lex.not_territory_nouns
        last = match.tokens[-1].i - self.sent.start
        for t in self.tokens[last + 1 : last + 1 + TAKEN_REACH]:
            if t.pos_ in ("PUNCT", "VERB", "AUX", "CCONJ", "SCONJ"):
                return False
            if any(covers([t], tm) for tm in self.dates):
                continue  # "a libéré dimanche douze otages"
            if t.pos_ in ("NOUN", "PROPN"):
                return fold(t.lemma_) in nouns or fold(t.text) in nouns
        return False

    def territory_named(self, scope: list[Any], govs: list[Any]) -> bool:
        tokens = scope + [t for v in govs for t in self.clause(v)] if self.parsed else self.tokens
        return any(
            fold(t.lemma_) in self.lex.territory_nouns
            or any(f in self.lex.territory_nouns for f in forms_of(t.text, self.lex.clitics))
            or (t.pos_ == "PRON" and t.dep_ in OBJECT)
            for t in tokens
        )

    def _name_after(self, match: Match) -> bool:
        """Without a parse: "regained control of Malam Fatori", "retook Kidal": a capitalised
        word right after the trigger (past "of" and determiners) that no actor list knows is
        the name of the place taken."""
        words = self.lex.noun_phrase
        if self.parsed or words is None:
            return False
        skip = words.head_links | words.link_determiners
        k = match.tokens[-1].i - self.sent.start + 1
        while k < len(self.tokens) and fold(self.tokens[k].text) in skip:
            k += 1
        if k >= len(self.tokens):
            return False
        t = self.tokens[k]
        return (
            t.text.istitle()
            and t.text.isalpha()
            and not any(a.start <= t.idx < a.end for a in self.actors)
        )

    # --- coreference --------------------------------------------------------------------
    def _anaphoric_np(self, token: Any) -> bool:
        """ "leur tentative", "cette attaque": an event noun with a demonstrative or possessive."""
        lex = self.lex
        if (
            fold(token.lemma_) not in lex.event_anaphors
            and fold(token.text) not in lex.event_anaphors
        ):
            return False
        return any(
            c.dep_ in ("det", "nmod:poss", "poss")
            and (
                fold(c.text) in lex.anaphoric_determiners
                or fold(c.lemma_) in lex.anaphoric_determiners
            )
            and "Art" not in c.morph.get("PronType")
            for c in token.children
        )

    def retells(self, match: Match, frame: Any, earlier: list[Match]) -> bool:
        """Whether the trigger retells an event told before rather than telling a new one."""
        if not self.parsed:
            return False
        # "ces tentatives d'attaque", "cette attaque": the trigger's own noun phrase.
        if self._anaphoric_np(frame) or (
            frame.i != match.head.i and self._anaphoric_np(match.head)
        ):
            return True
        # "ont neutralisé leur tentative": its object is an anaphoric event noun.
        for c in children(match.head, OBJECT + PASSIVE_SUBJECT):
            if self._anaphoric_np(c):
                return True
        # "une attaque dimanche ..., attaque que les forces ont réussi à repousser".
        i = match.head.i - self.sent.start
        for m in earlier:
            j = m.tokens[-1].i - self.sent.start + 1
            if j >= i or j >= len(self.tokens) or m.head.pos_ not in ("NOUN", "PROPN"):
                continue
            if fold(self.tokens[j].text) not in self.lex.relative_markers:
                continue
            between = self.tokens[j + 1 : i]
            if len(between) <= 8 and not any(t.text in ";:." for t in between):
                return True
        return False

    def definite_retelling(self, match: Match, frame: Any) -> bool:
        """ "l'attaque a fait 30 morts", "le lieu de l'explosion": a violent event noun with the
        definite article and no number (not "les deux attaques") names the act already told
        rather than a new one, when one agrees with it."""
        head = match.head
        if not self.parsed or frame.i != head.i or head.pos_ not in ("NOUN", "PROPN"):
            return False
        if acled_types().get(match.rule.subtype) not in VIOLENT_TYPES:
            return False
        if fold(head.lemma_) not in self.lex.event_anaphors and (
            fold(head.text) not in self.lex.event_anaphors
        ):
            return False
        dets = children(head, ("det",))
        if not any(
            "Def" in d.morph.get("Definite") and "Art" in d.morph.get("PronType") for d in dets
        ):
            return False
        if self._named_anew(head):
            return False
        # "l'attaque de Boulkessi", "l'attaque de Daech" may retell it too: the merge weighs
        # the place and actors they name against those told before
        return not children(head, ("nummod",))

    def _named_anew(self, head: Any) -> bool:
        """ "l'attaque d'Inata": an event noun named after a place no gazetteer knows and the
        article has not named before is another act than those told, not a retelling."""
        for c in children(head, ("nmod",)):
            if c.pos_ != "PROPN" or not c.text[:1].isupper():
                continue
            if any(covers([c], x) for x in (*self.article.places, *self.article.actors)):
                continue
            if c.text not in self.article.text[: self.sent.start_char]:
                return True
        return False

    def claimed_count(self, noun: Any) -> int | None:
        """ "Le GSIM a revendiqué les deux attaques", "l'attaque, revendiquée par l'EI": a
        definite event noun that someone claims may name events already told; how many (0:
        a plural with no number). None where the noun is not claimed, or is indefinite ("a
        revendiqué une attaque" tells a new one)."""
        lex = self.lex
        if not self.parsed or not lex.claim_verbs or noun.pos_ not in ("NOUN", "PROPN"):
            return None
        governed = (
            noun.head.i != noun.i
            and fold(noun.head.lemma_) in lex.claim_verbs
            and noun.dep_.split(":")[0] in ("obj", "obl", "nsubj")
        )
        qualified = any(
            fold(c.lemma_) in lex.claim_verbs or fold(c.text) in lex.claim_verbs
            for c in children(noun, ("acl", "amod"))
        )
        if not (governed or qualified):
            return None
        dets = children(noun, ("det", "nmod:poss", "poss"))
        definite = any(
            "Def" in d.morph.get("Definite")
            or "Dem" in d.morph.get("PronType")
            or fold(d.text) in lex.anaphoric_determiners
            for d in dets
        )
        if not definite or any("Ind" in d.morph.get("Definite") for d in dets):
            return None
        for c in children(noun, ("nummod",)):
            n = lex.numbers.get(fold(c.text)) or (int(c.text) if c.text.isdigit() else None)
            if n:
                return n
        return 1 if "Sing" in noun.morph.get("Number") else 0

    def claimer(self, noun: Any) -> ActorMention | None:
        """Who claims, where the parse lost the claim verb's subject: the first actor named
        before the verb in the sentence, the subject's usual place."""
        verb = noun.head
        # "L'attaque a été revendiquée par le JNIM": the passive's agent claims
        for agent in children(verb, ("obl:agent",)):
            found = self._mention_in(list(agent.subtree))
            if found is not None and found.kind not in CIVILIANS:
                return found
        before = [a for a in self.actors if a.start < verb.idx and a.kind not in CIVILIANS]
        return before[0] if before else None

    # --- events -------------------------------------------------------------------------
    def draft(self, match: Match) -> _Draft | None:
        rule = match.rule
        head = match.head
        frame = self.frame(head)
        scope = subtree(frame) if self.parsed else self.tokens
        govs = self.governors(frame)
        if rule.effect in ("close", "restrict") and self.threatened(match):
            rule = replace(rule, effect="threaten")
            match = replace(match, rule=rule)
        # a threat is told as what would happen ("... if the raids go on"): that is its news
        threat = rule.effect == "threaten"
        if not threat and self.irrealis(match, govs) and not self._protest_of_a_done_act(match):
            return None
        if self.describes_traffic(match):
            return None
        if rule.subtype == AGREEMENT and self.cited_agreement(match):
            return None
        if self.measures_time(frame):
            return None
        stopped = rule.effect == "use" and self.no_traffic(head, govs)
        if rule.effect == "use" and not self.parsed and self._closed_before(match):
            return None
        if stopped:
            # "plus aucun camion ne passe": no traffic at all is a closure of the way in
            # context, not a passage denied.
            rule = replace(rule, effect="close", strict=False)
            match = replace(match, rule=rule)
        d = _Draft(match, rule)
        subject_govs = self.governors(frame, for_subject=True)
        actor, target = self.arguments(match, scope, subject_govs)
        if actor is None:
            actor = self.pronoun_subject(match, govs)
            if actor is not None and target is not None and actor.name == target.name:
                actor = None
        d.actor = (
            _event_actor("actor", actor)
            if actor
            else self.country_actor(head, govs, match)
            or self.national_actor(frame, match)
            or self.cause_actor(head)
        )
        if actor is not None:
            d.co_actors = [
                _event_actor("actor", m)
                for m in self.co_actors(actor, head)
                if target is None or m.name != target.name  # "entre A et B": B is the target
            ]
        escort = self.escort(match, scope)
        if escort is not None and (
            target is None or target.kind in CIVILIANS or target.name == escort.name
        ):
            target = replace(escort, reason=ESCORTED)
        d.target = _event_actor("target", target) if target else None
        # "les combats ont touché des quartiers résidentiels": a fight between two armed sides
        # (a clash rule that never becomes an attack) strikes no civilians' place as its target
        fight = rule.subtype == GENERIC_CLASH and "civilians" not in rule.by_target_kind
        if d.target is None and rule.role == "event" and not fight:
            d.target = self.civilian_place(match, govs)
            # not where civilians struck would make it another act ("attaqué un convoi" may
            # be an escorted one's clash): the words that name its victims decide there
            if d.target is None and "civilians" not in rule.by_target_kind:
                d.target = self.civilian_object(match)
        d.place = self.place(match, scope, govs)
        if rule.role == "access" or rule.effect:
            crossing = self.access_target(match, scope, govs)
            if crossing is not None and rule.role == "access" and self._other_bearer(match):
                crossing = None
            if crossing is not None:
                d.access = Access(
                    crossing.gazetteer_id or crossing.name or crossing.text,
                    rule.effect or "close",
                )
                d.place = crossing
            elif rule.role == "access" and not (
                (rule.effect == "close" and self.no_passage(match))
                or self.unnamed_way(match)
                or self._way_bearer(match)
            ):
                return None
            if not self.parsed and rule.role == "access":
                # Without a parse, a party read after an opening or a closing is where the way
                # leads ("the crossing with Chad") or who did it ("would be opened, the council
                # said"): the way is what the act is done to, no party is its target.
                d.target = None
                if d.actor is not None and self._names_way(d.actor):
                    d.actor = None  # "The crossing will reopen": the way does not open itself
            if d.actor is None:
                told_by = self.speaker(frame, govs)
                # who announces an opening or closing made it; travellers make a use
                if told_by is None and rule.effect != "use":
                    told_by = self.announcer(match) or self._announced_by(head)
                d.actor = _event_actor("actor", told_by) if told_by else None
            if d.actor is None and rule.effect == "use":
                # people who cross use the way; "aucun véhicule ne passe" does not close it
                d.actor = self.civilian_subject(head, govs)
        if (
            rule.needs_place
            and d.place is None
            and not self.territory_named(scope, govs)
            and not (rule.object_names_place and self._name_after(match))
            and self.context(rule) not in rule.placeless_contexts
        ):
            return None
        if rule.needs_place and self._takes_no_territory(match):
            return None
        definite = self.definite_retelling(match, frame)
        # "L'attaque survient après l'annonce, début août, d'un blocus": the act retold keeps
        # its own date, not one the sentence gives another event.
        d.date = self.date(match, scope, govs, anywhere=not definite)
        # "aucun véhicule ne peut plus passer": a trigger that holds a negation says a closure,
        # it does not deny one.
        d.negated = self.negated(head, govs) and not self.negative_phrase(match) and not stopped
        if d.access is not None and d.access.effect == "open":
            if self._restrictive_negation(match) is not None:
                d.negated = False  # "n'a rouvert que jeudi", "ne rouvre qu'aux piétons"
            if self.limited_opening(match):
                d.access = Access(d.access.target, "restrict")  # some pass, not all
        d.background = self.background(match, govs)
        d.context_subtype = self.context(rule)
        if d.context_subtype is None and rule.struck_civilians and self.struck_civilians(match):
            d.context_subtype = rule.struck_civilians
        if rule.needs_context and d.context_subtype is None:
            return None
        if definite:
            d.coref = DEFINITE
            if d.access is None:
                # "L'attaque survient après un blocus imposé à Tombouctou": the act retold
                # keeps its own place, not one the sentence gives another event
                d.place = self.place(match, scope, govs, anywhere=False)
        elif self.parsed and frame.i == head.i and head.pos_ == "NOUN" and self._named_anew(head):
            d.coref = NAMED_ANEW
            d.place = None  # where it happened is the name no gazetteer knows
        d.struck, d.struck_definite = self.struck_thing(match)
        d.situation = (
            rule.role == "event"
            and acled_types().get(rule.subtype) in VIOLENT_TYPES
            and self.situation_named(match)
        )
        claimed = self.claimed_count(frame)
        if claimed is not None:
            d.coref, d.claimed = CLAIMED, claimed
            if d.actor is None and fold(frame.head.lemma_) in self.lex.claim_verbs:
                found = self.claimer(frame)
                d.actor = _event_actor("actor", found) if found else None
        return d

    def situation_named(self, match: Match) -> bool:
        """ "fled because of the fighting", "à cause des affrontements", "بسبب المعارك": the
        trigger is introduced by a cause phrase of the language."""
        if not self.lex.situation_cues:
            return False
        words = self.lex.noun_phrase or bare_phrase_words(self.lex.clause_boundaries)
        first = match.tokens[0].i - self.sent.start
        cues = self.lex.situation_cues
        if not linear.after_situation_cue(words, cues, self.tokens, first, self.lex.clitics):
            return False
        if any(
            phrase_at(w, self.tokens, k, self.lex.clitics)
            for w in self.lex.injury_words
            for k in range(len(self.tokens))
        ):
            return False  # "wounded because of the shelling": the act that hurt them
        # "en raison des combats à Kitshanga", "because of fighting between Azerbaijanis and
        # Armenians": fighting placed in a town of its own, or told with its sides, is an act
        return not (self._placed_after(match) or self._sides_after(match))

    def _sides_after(self, match: Match) -> bool:
        """Whether a word that names the fight's sides follows the trigger ("between")."""
        after = match.tokens[-1].i - self.sent.start + 1
        return after < len(self.tokens) and (
            fold(self.tokens[after].text) in self.lex.situation_sides
        )

    def _placed_after(self, match: Match) -> bool:
        """Whether a place follows the trigger in its own phrase, a preposition or two apart
        ("combats à Kitshanga", "fighting in Sebha", "المعارك في مأرب")."""
        last = match.tokens[-1]
        end = last.idx + len(last.text)
        after = [p.start for p in self.article.places if end <= p.start < self.sent.end_char]
        if not after:
            return False
        between = self.article.text[end : min(after)].split()
        return len(between) <= SITUATION_PLACE_GAP and not any(
            c in CLAUSE_PUNCT for w in between for c in w
        )

    def _closed_before(self, match: Match) -> bool:
        """Without a parse: a closing told earlier in the clause of a passage ("حظرت الحكومة
        دخول الشحنات عبر المعبر", "قبل أن يتوقف إدخال المساعدات"): the passage is what it
        bars, not a use of the way."""
        if self._found is None:
            self._found = find_triggers(self.lex, self.tokens)
        lo, _hi = self._clause_bounds(match)
        # nor across an Arabic comma ("أغلقت المعبر أمس، ودخلت اليوم الشاحنات")
        commas = [t.idx for t in self.tokens if t.text in "،؛" and lo <= t.idx < match.start]
        lo = max([lo, *commas])
        return any(
            m.rule.role == "access"
            and m.rule.effect in ("close", "restrict")
            and lo <= m.start < match.start
            for m in self._found
        )

    def struck_thing(self, match: Match) -> tuple[str | None, bool]:
        """The common noun of the thing a violent act struck ("ont pris pour cible le bateau",
        "l'attaque contre le bateau", "le bateau a été touché") and whether it has the definite
        article; none where an actor names it ("l'armée"): armies are struck again and again,
        a boat or a convoy is struck once in a story."""
        if not self.parsed or acled_types().get(match.rule.subtype) not in VIOLENT_TYPES:
            return None, False
        head = match.head
        struck: list[Any] = []
        if head.pos_ in ("VERB", "AUX"):
            struck += children(head, OBJECT + PASSIVE_SUBJECT)
            if is_passive(head):
                struck += children(head, SUBJECT) or self._clause_opening_noun(head)
        else:
            cases = self.lex.struck_place_cases
            struck += [
                c
                for c in head.children
                if c.dep_.split(":")[0] in ("nmod", "obl")
                and any(fold(k.lemma_) in cases for k in children(c, ("case",)))
            ]
        for c in struck:
            if c.pos_ != "NOUN" or any(a.start <= c.idx < a.end for a in self.actors):
                continue
            dets = children(c, ("det",))
            definite = any(
                "Def" in d.morph.get("Definite") and "Art" in d.morph.get("PronType") for d in dets
            )
            return fold(c.lemma_), definite and not children(c, ("nummod",))
        return None, False

    def _clause_opening_noun(self, head: Any) -> list[Any]:
        """ "a indiqué que le bateau, propriété de ..., avait été pris pour cible": where the
        parse lost a passive verb's subject, the noun that opens its subordinate clause."""
        for t in reversed(self.tokens[: head.i - self.sent.start]):
            if t.dep_ == "mark":
                nxt = [x for x in self.tokens if t.i < x.i < head.i and x.pos_ != "DET"]
                return nxt[:1] if nxt and nxt[0].pos_ == "NOUN" else []
            if t.text in ".;:":
                break
        return []

    def civilian_place(self, match: Match, govs: list[Any]) -> EventActor | None:
        """ "le camp de Zamzam subit des attaques", "une frappe contre un marché": a place or
        gathering of civilians (events.json "civilian_targets") struck by the act makes
        civilians its target."""
        if not self.lex.civilian_targets:
            return None
        if not self.parsed:
            # "burning homes", "set houses on fire": the trigger phrase names what it struck
            own = list(match.tokens)
            inside = next(filter(None, (self._civilians_at(own, i) for i in range(len(own)))), None)
            if inside is not None:
                return inside
            return self._civilian_place_after(match) if self.lex.verb_first else None
        head = match.head
        struck: list[Any] = []
        for v in govs:
            if fold(v.lemma_) in self.lex.patient_verbs:
                struck += children(v, SUBJECT)
        if head.pos_ in ("VERB", "AUX"):
            struck += children(head, OBJECT + PASSIVE_SUBJECT)
            if is_passive(head):
                struck += children(head, SUBJECT)
        elif head.dep_ in SUBJECT and head.head.i != head.i:
            struck += children(head.head, OBJECT)  # "une frappe a visé une école"
        # "contre le camp", "sur un marché"; not "à" or "près de", which say where
        cases = self.lex.struck_place_cases
        for c in head.children:
            if c.dep_.split(":")[0] in ("nmod", "obl") and any(
                fold(k.lemma_) in cases for k in children(c, ("case",))
            ):
                struck.append(c)
        for c in struck:
            words = sorted(subtree(c), key=lambda t: t.i)
            for i in range(len(words)):
                if self._soldiers_at(words, i):
                    break
                civilians = self._civilians_at(words, i)
                if civilians is not None:
                    return civilians
        return None

    def struck_civilians(self, match: Match) -> bool:
        """ "réfute avoir frappé un marché", "une école a été frappée": a verb of striking
        whose object is a place of civilians; not "le marché a été frappé par la crise",
        where what struck is no party."""
        head = match.head
        if not self.parsed or head.pos_ not in ("VERB", "AUX"):
            return False
        if is_passive(head):
            agents = [t for c in children(head, AGENT) for t in subtree(c)]
            if agents and self._mention_in(agents) is None:
                return False
        return self.civilian_place(match, []) is not None

    def _soldiers_at(self, words: list[Any], i: int) -> bool:
        """Whether a place of soldiers ("caserne", "ثكنة") is named at word i."""
        return any(phrase_at(p, words, i, self.lex.clitics) for p in self.lex.military_targets)

    def _civilians_at(self, words: list[Any], i: int) -> EventActor | None:
        """The civilians a place of theirs named at word i stands for ("marché", "قرية")."""
        n = max(
            (phrase_at(p, words, i, self.lex.clitics) for p in self.lex.civilian_targets),
            default=0,
        )
        if not n:
            return None
        return EventActor(
            "target", "Civilians", "civilians", " ".join(t.text for t in words[i : i + n])
        )

    def _civilian_place_after(self, match: Match) -> EventActor | None:
        """ "هاجم مستوطنون قرية ترمسعيا": without a parse, where the object follows the verb
        and its subject, the first place of civilians or of soldiers named in the few words
        after the trigger, in its clause, says what was struck."""
        last = match.tokens[-1].i - self.sent.start
        hi = self._clause_bounds(match)[1]
        words = [t for t in self.tokens[last + 1 : last + 1 + PLACE_TARGET_REACH] if t.idx < hi]
        if "civilians" not in match.rule.by_target_kind:
            # "بقصف منازل": a place named right after the act was struck, whatever kind of
            # act it is; further on, only where striking civilians makes it another
            if not words or self._soldiers_at(words, 0):
                return None
            return self._civilians_at(words, 0)
        # the object stands right after the verb, or after its subject and one word that
        # qualifies it ("مسلحون مجهولون"); a word after a preposition says where ("في حي")
        subject = [a for a in self.actors if words and a.start == words[0].idx]
        at = 0
        if subject:
            past = [i for i, t in enumerate(words) if t.idx >= subject[0].end]
            at = past[0] if past else len(words)
        for i in range(at, min(at + (2 if subject else 1), len(words))):
            if self._soldiers_at(words, i):
                return None
            civilians = self._civilians_at(words, i)
            if civilians is not None:
                return civilians
        return None

    def civilian_object(self, match: Match) -> EventActor | None:
        """ "ont enlevé deux religieuses", "ont arrêté une dizaine de pêcheurs": people named
        by a civilian noun (events.json "civilian_nouns") as what a verb's act took or struck
        are civilians, though no actor list names them."""
        head = match.head
        if not self.parsed or head.pos_ != "VERB":
            return None
        struck = children(head, OBJECT + PASSIVE_SUBJECT)
        if is_passive(head):
            struck += children(head, SUBJECT)
        for c in struck:
            # the object's noun, or the people a quantity counts ("une vingtaine de femmes")
            for t in [c, *children(c, ("nmod",))]:
                if fold(t.lemma_) in self.lex.civilian_nouns and not self._actor_at(t):
                    return EventActor("target", "Civilians", "civilians", t.text)
            words = sorted(subtree(c), key=lambda t: t.i)
            if self.civilian_phrase(words) and not any(self._actor_at(t) for t in words):
                return EventActor("target", "Civilians", "civilians", c.text)
        return None

    def civilian_phrase(self, words: list[Any]) -> bool:
        """Whether the words hold a civilian noun of several words ("chef coutumier",
        "chef de village"), whose head word alone ("chef") may name an armed man."""
        lemmas = f" {' '.join(fold(t.lemma_ or t.text) for t in words)} "
        return any(" " in n and f" {n} " in lemmas for n in self.lex.civilian_nouns)

    def _actor_at(self, token: Any) -> bool:
        """Whether an actor mention covers the token (an actor list names whom it means)."""
        return any(a.start <= token.idx < a.end for a in self.actors)

    def coordinated_access(self, d: _Draft) -> list[_Draft]:
        """ "en fermant les passages de Rafah et de Kerem Shalom": each crossing or road
        coordinated with the one an access event takes is closed (opened...) too."""
        if d.access is None or d.place is None:
            return []
        if not self.parsed:
            return self._listed_ways(d)
        own = self._root_of(d.place)
        if own is None:
            return []
        out = []
        for p in self.places:
            if p.kind not in ACCESS_KINDS or p is d.place:
                continue
            target = p.gazetteer_id or p.name or p.text
            if target == d.access.target or any(x.access.target == target for x in out):
                continue
            root = self._root_of(p)
            if root is None or not _conjoined(own, root):
                continue
            out.append(replace(d, place=p, access=Access(target, d.access.effect), sibling=True))
        return out

    def _listed_ways(self, d: _Draft) -> list[_Draft]:
        """Without a parse: "the Kerem Shalom and Al Auja crossings": a crossing or road
        listed right next to the one an access event takes, joined by a conjunction or a
        comma, is opened (closed, used...) too."""
        words = self.lex.noun_phrase
        if words is None or d.access is None or d.place is None:
            return []
        text = self.article.text
        out: list[_Draft] = []
        listed = [d.place]
        for p in sorted(self.places, key=lambda p: p.start):
            if p.kind not in ACCESS_KINDS or p.start < d.place.start or p in listed:
                continue
            target = p.gazetteer_id or p.name or p.text
            gap = fold(text[listed[-1].end : p.start].strip())
            if gap not in words.conjunctions and gap != ",":
                break
            listed.append(p)
            if target == d.access.target or any(
                x.access and x.access.target == target for x in out
            ):
                continue
            out.append(replace(d, place=p, access=Access(target, d.access.effect), sibling=True))
        return out

    def words_over(self, mention: Any) -> list[Any]:
        """The sentence's tokens that overlap a mention's characters, found by halving (a
        scan of the sentence for each mention and act made a long sentence cubic)."""
        k = bisect_right(self._ends, mention.start)
        out = []
        while k < len(self.tokens) and self.tokens[k].idx < mention.end:
            out.append(self.tokens[k])
            k += 1
        return out

    def _placed_words(self) -> frozenset[int]:
        """Document positions of the sentence's words that are (part of) a place's name."""
        if self._place_words is None:
            self._place_words = frozenset(t.i for p in self.places for t in self.words_over(p))
        return self._place_words

    def _root_of(self, place: PlaceMention) -> Any:
        """The place's highest word in the parse; found once per place, as every act of the
        sentence asks."""
        key = (place.start, place.end)
        if key not in self._roots:
            toks = self.words_over(place)
            self._roots[key] = min(toks, key=lambda t: len(list(t.ancestors))) if toks else None
        return self._roots[key]

    def describes_traffic(self, match: Match) -> bool:
        """ "les camions franchissant le passage font l'objet d'un contrôle": a present
        participle of passing that qualifies a noun says which traffic, not that it passed."""
        if not self.parsed or match.rule.effect != "use":
            return False
        # not a gerund ("en franchissant le poste", marked): that tells what was done
        return any(
            "Part" in t.morph.get("VerbForm")
            and "Pres" in t.morph.get("Tense")
            and not any(c.pos_ == "ADP" for c in children(t, ("mark", "case")))
            and (t.dep_ == "acl" or children(t, SUBJECT))
            for t in match.tokens
        )

    def cause_actor(self, head: Any) -> EventActor | None:
        """ "le contrôle qu'Israël a pris du côté palestinien, ce qui a provoqué sa fermeture":
        an event caused by what the clause before tells was done by the actor who did it, the
        nearest one named before the relative that stands for that clause."""
        if not self.parsed or head.dep_ not in OBJECT:
            return None
        verb = head.head
        if fold(verb.lemma_) not in self.lex.causative_verbs:
            return None
        subjects = children(verb, SUBJECT)
        if not subjects or fold(subjects[0].text) not in self.lex.causative_subjects:
            return None
        before = [a for a in self.actors if a.end <= subjects[0].idx and a.kind not in CIVILIANS]
        if not before:
            return None
        return _event_actor("actor", max(before, key=lambda a: a.end))

    def escort(self, match: Match, scope: list[Any]) -> ActorMention | None:
        """ "un convoi civil placé sous l'escorte de militaires", "le convoi, escorté par le
        14e régiment": forces named right after an escort phrase in the trigger's clause are
        whom an attack on what they escort engages."""
        if not self.lex.escort or match.rule.role != "event":
            return None
        tokens = sorted(scope, key=lambda t: t.i)
        for i in range(len(tokens)):
            n = max((phrase_at(p, tokens, i, self.lex.clitics) for p in self.lex.escort), default=0)
            if not n:
                continue
            after = tokens[i + n - 1].idx + len(tokens[i + n - 1])
            reach = tokens[min(i + n + ESCORT_REACH, len(tokens)) - 1]
            end = reach.idx + len(reach)
            named = [
                a
                for a in self.actors
                if a.end > after and a.start < end and a.kind in self.lex.escort_kinds
            ]
            if named:
                return min(named, key=lambda a: a.start)
        return None

    def mark_retellings(self, drafts: list[_Draft]) -> None:
        for k, d in enumerate(drafts):
            frame = self.frame(d.match.head) if self.parsed else d.match.head
            if d.coref is None and self.retells(d.match, frame, [x.match for x in drafts[:k]]):
                d.coref = RETELLING

    def context(self, rule: TriggerRule) -> str | None:
        """ "une manifestation dispersée au gaz lacrymogène": a protest with intervention."""
        # Once per rule and sentence: a long sentence holds many triggers of one rule.
        if id(rule) not in self._contexts:
            roles = rule.context_roles or (ContextRole(),) * len(rule.by_context)
            self._contexts[id(rule)] = next(
                (
                    subtype
                    for (subtype, phrases), role in zip(rule.by_context, roles, strict=True)
                    for i in self._phrase_starts(phrases)
                    for p in phrases
                    if i not in self._no_event_words()
                    and (n := phrase_at(p, self.tokens, i, self.lex.clitics))
                    and self.told_of(role, i, i + n - 1)
                ),
                None,
            )
        return self._contexts[id(rule)]

    def _phrase_starts(self, phrases: tuple[Phrase, ...]) -> list[int]:
        """Positions in the sentence where one of the phrases may start, in order: where a
        word's form or lemma is a phrase's first word (everywhere, for a first word that is a
        prefix). A long sentence tried every phrase at every word for every rule."""
        if self._words_at is None:
            self._words_at = {}
            for k, t in enumerate(self.tokens):
                for key in {*forms_of(t.text, self.lex.clitics), fold(t.lemma_)}:
                    self._words_at.setdefault(key, []).append(k)
        firsts = [p.words[0] for p in phrases if p.words]
        if any(w.prefix for w in firsts):
            return list(range(len(self.tokens)))
        return sorted({k for w in firsts for k in self._words_at.get(w.text, ())})

    def _no_event_words(self) -> frozenset[int]:
        """Positions inside a phrase that tells no event ("non-violent protesters"): no
        context phrase starts there either."""
        return self._phrase_words("none")

    def _phrase_words(self, role: str) -> frozenset[int]:
        """Positions of the sentence's trigger phrases of a role ("event", "none")."""
        if role not in self._role_words:
            if self._found is None:
                self._found = find_triggers(self.lex, self.tokens)
            self._role_words[role] = frozenset(
                t.i - self.sent.start for m in self._found if m.rule.role == role for t in m.tokens
            )
        return self._role_words[role]

    def _act_heads(self) -> frozenset[int]:
        """Document positions of the heads of the sentence's trigger phrases that tell acts."""
        if self._acts is None:
            if self._found is None:
                self._found = find_triggers(self.lex, self.tokens)
            self._acts = frozenset(m.head.i for m in self._found if m.rule.role != "none")
        return self._acts

    def _acts_under(self) -> dict[int, list[int]]:
        """The heads of the sentence's acts by the word each hangs on (document positions),
        read once: every date of a long sentence asks it for every act."""
        if self._under is None:
            if self._found is None:
                self._found = find_triggers(self.lex, self.tokens)
            self._under = {}
            for m in self._found:
                if m.rule.role != "none":
                    head = m.head
                    self._under.setdefault(head.head.i, []).append(head.i)
        return self._under

    def told_of(self, role: ContextRole, first: int, last: int) -> bool:
        """Whether the context phrase at tokens[first..last] is told of whom its role asks:
        "security forces fired rubber bullets" is not the demonstrators' violence, "arrested
        an activist for organising a protest" arrests no protester."""
        words = self.lex.noun_phrase
        if words is None:
            return True
        endings = self.lex.participle_endings
        if linear.told_as_cause(words, self.lex.cause_words, self.tokens, first, endings):
            return False  # "protested over the killing of a student": what it is about
        if role.not_by:
            doer = self.doer(first)
            if doer is not None and doer.kind in role.not_by:
                return False
        if role.only_by:
            doer = self.doer(first)
            if doer is None or doer.kind not in role.only_by:
                return False
        if not (role.object_words or role.object_kinds):
            return True
        # "arrested dozens of protesters", or "protesters were arrested": the clause before
        span = linear.object_span(words, self.tokens, last)
        lo = self.clause_start(first)
        spans = [(lo, first)] + ([span] if span is not None else [])
        for a, b in spans:
            if b <= a:
                continue
            toks = self.tokens[a:b]
            if any(
                phrase_at(p, toks, j, self.lex.clitics) and not self._in_armed_name(toks[j])
                for p in role.object_words
                for j in range(len(toks))
            ):
                return True
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
            if any(m.kind in role.object_kinds and start <= m.start < end for m in self.actors):
                return True
        return False

    def _in_armed_name(self, token: Any) -> bool:
        """Whether a word is part of the name of an actor who is no civilian ("the Tigray
        People's Liberation Front"): no people, women or children named by it."""
        return any(
            m.start <= token.idx < m.end
            and m.end - m.start > len(token.text)
            and m.kind not in CIVILIANS
            for m in self.actors
        )

    def clause_start(self, at: int) -> int:
        """The first token of the clause of tokens[at], read back to punctuation or a clause
        word ("which", "after")."""
        words = self.lex.noun_phrase
        k = at - 1
        while k >= 0 and not (words is not None and linear.breaks(words, self.tokens[k])):
            k -= 1
        return k + 1

    def doer(self, at: int) -> ActorMention | None:
        """Who does what tokens[at] tells, read without a parse: the nearest actor named before
        it in its clause ("protesters hurled rocks at security forces blocking a road")."""
        start = self.tokens[self.clause_start(at)].idx
        before = [
            a
            for a in self.actors
            if start <= a.start and a.end <= self.tokens[at].idx and not self.qualifies(a)
        ]
        return max(before, key=lambda a: a.end) if before else None

    def qualifies(self, actor: ActorMention) -> bool:
        """ "an army base", "a boy in police custody": the actor's name stands before a noun
        it only qualifies (events.json "qualified_nouns"); it names no one who acts."""
        nxt = next((t for t in self.tokens if t.idx >= actor.end), None)
        return nxt is not None and fold(nxt.text) in self.lex.qualified_nouns

    def _linear_killer(self, match: Match) -> ActorMention | None:
        """ "Serb forces killed three ethnic Albanians", "were shot dead by gunmen": without a
        parse, the subject of an active killing verb, or the agent of a passive one, killed
        (events.json fatality "killing_verbs"); a victim noun never did."""
        if not any(phrase_at(p, list(match.tokens), 0) for p in self.lex.killing_verbs):
            return None
        killer, _victims = self.arguments(match, self.tokens, [])
        if killer is None or killer.kind in CIVILIANS:
            return None
        if self.lex.verb_first and killer.start >= match.end and self._counted(killer):
            return None  # "قتل خمسة من عناصر الشرطة": the counted were killed
        if killer.kind in CROWD_VIOLENCE:
            # "Protesters killed a police officer": the crowd, not its protest, where the verb
            # has an object of its own ("demonstrators killed last month" were killed)
            words = self.lex.noun_phrase
            last = match.tokens[-1].i - self.sent.start
            has_object = words is not None and linear.object_span(words, self.tokens, last)
            return killer if has_object else None
        # "A roadside bombing killed one soldier": the act that killed, no one who did
        acts = self._phrase_words("event")
        if any(killer.start <= t.idx < killer.end for k, t in enumerate(self.tokens) if k in acts):
            return None
        return killer

    def _teller_of_own_act(self, match: Match) -> ActorMention | None:
        """ "The RSF denied killing civilians", "accused the army of killing farmers": without
        a parse, a killing told right after a denial or an admission (events.json
        "own_act_verbs") was done by that verb's subject, one told after an accusation by the
        accused; whether it happened is the claims stage's to say."""
        accused = self._accused(match, self.actors) or self._accused_subject(match)
        if accused is not None:
            return accused
        first = match.tokens[0].i - self.sent.start
        if first == 0 or fold(self.tokens[first - 1].text) not in self.lex.own_act_verbs:
            return None
        teller = self.doer(first - 1)
        return teller if teller is not None and teller.kind not in CIVILIANS else None

    def _accused_subject(self, match: Match) -> ActorMention | None:
        """ "The army was accused of killing a village chief": without a parse, the subject
        of a passive accusation verb before the act is the accused."""
        first = match.tokens[0].i - self.sent.start
        for k in range(first - 1, 0, -1):
            t = self.tokens[k]
            if t.text in CLAUSE_PUNCT:
                return None
            if fold(t.text) in self.lex.accusation_verbs:
                if fold(self.tokens[k - 1].text) not in self.lex.passive_auxiliaries:
                    return None
                doer = self.doer(k - 1)
                return doer if doer is not None and doer.kind not in CIVILIANS else None
        return None

    def _linear_victims(self, match: Match) -> ActorMention | None:
        """The people a killing verb's object names, without a parse (names_party)."""
        words = self.lex.noun_phrase
        if words is None or not any(
            phrase_at(p, list(match.tokens), 0) for p in self.lex.killing_verbs
        ):
            return None
        found = self._phrase_actor(match, before_trigger=False)
        if found is None or found.kind in CIVILIANS or not linear.names_party(words, found.text):
            return None
        return found

    def killing(self, match: Match) -> tuple[_Draft, EventActor | None]:
        """A fatality cue: the victims, and an event of its own where no other event is told."""
        head = match.head
        d = _Draft(
            match,
            TriggerRule("fatality", "Armed clash", (), by_actor_kind=CROWD_VIOLENCE),
        )
        victims_tokens: list[Any] = []
        killer = None
        if self.parsed:
            passive = is_passive(head)
            # "56 civils ont perdu la vie": the object inside the cue is part of it, and the
            # subject is the victim.
            inside = {t.i for t in match.tokens}
            idiom = any(c.i in inside for c in children(head, OBJECT))
            objs = [] if idiom else children(head, OBJECT)
            for c in head.children:
                if c.i in inside:
                    continue
                if (
                    c.dep_ in PASSIVE_SUBJECT
                    or (c.dep_ in SUBJECT and (passive or not objs))
                    or (c.dep_ in OBJECT and not idiom)
                ):
                    # "cinq policiers et deux civils ont été tués": the parse may give each
                    # its own subject; all are the victims
                    victims_tokens += subtree(c)
                elif c.dep_ in SUBJECT or c.dep_ in AGENT:
                    killer = self._mention_in(subtree(c))
            if not victims_tokens and head.pos_ == "NOUN":
                victims_tokens = subtree(head)
            for v in self.governors(head, True) if killer is None and not passive else ():
                subj = [c for c in v.children if c.dep_ in SUBJECT and not is_passive(v)]
                killer = self._mention_in([t for c in subj for t in subtree(c)])
                if killer is not None:
                    break
        if not victims_tokens:
            # Without a parse: the words around the cue, and those after it up to the end of
            # its clause ("..., killing at least 20 people").
            i = head.i - self.sent.start
            j = i + match.tokens[-1].i - match.tokens[0].i + 1
            after = self.tokens[j : j + self.lex.fatality_window]
            stop = next((k for k, t in enumerate(after) if self._ends_clause(t)), len(after))
            victims_tokens = self.tokens[max(0, i - 4) : j] + after[:stop]
        if killer is None and not self.parsed:
            killer = self._linear_killer(match) or self._teller_of_own_act(match)
        of_reach = 0 if self.parsed else self._of_phrase_reach(match)
        if killer is None and not self.parsed and (self.lex.verb_first or of_reach):
            # "استشهد شاب برصاص الجيش", "the killing of a journalist by gunmen": the party
            # after an agent word ("by") killed
            killer = self._agent_after(match, self._clause_bounds(match)[1], of_reach)
        victim = self._mention_in(victims_tokens, exclude=killer)
        if victim is None and not self.parsed:
            # "Serb forces killed three ethnic Albanians": the object of the killing verb,
            # read from word order, where it names people no actor list knows
            victim = self._linear_victims(match)
        if victim is not None:
            victims = _event_actor("target", victim)
        elif any(
            # without a lemma, the word itself, where someone is named who killed
            fold(t.lemma_ or (t.text if killer else "")) in self.lex.civilian_nouns
            for t in victims_tokens
        ) or (self.parsed and self.civilian_phrase(victims_tokens)):
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

    def victims_apart(self, d: _Draft, cue: Match) -> bool:
        """ "ont tué deux civils et enlevé cinq autres", "killed three farmers and kidnapped
        seven": an act that takes people, told after a killing, with victims of its own
        counted ("five others"), took other people than those killed."""
        if d.rule.subtype not in TAKING_PEOPLE or d.match.head.i < cue.head.i:
            return False
        words = self.lex.noun_phrase or bare_phrase_words(self.lex.clause_boundaries)
        after = d.match.tokens[-1].i - self.sent.start + 1
        own: list[Any] = []
        for t in self.tokens[after : after + APART_REACH]:
            if linear.breaks(words, t):
                break
            own.append(t)
        others = any(
            f in self.lex.other_victims for t in own for f in forms_of(t.text, self.lex.clitics)
        )
        # "abducted his two sons": people told by their tie to those killed are the family of
        # one act (ACLED: an Attack), not a count of victims apart
        found = counts(self.lex, own, self.dates)
        return others or bool(found and found[0].first == 0)

    def pronoun_victims(self, cue: Match) -> bool:
        """ "Ils ont été abattus": the cue's victims are a personal pronoun, people told of
        just before; a killing all the same, whose toll the sentences before may give."""
        if not self.parsed:
            return False
        head = cue.head
        deps = PASSIVE_SUBJECT + (SUBJECT if is_passive(head) or not children(head, OBJECT) else ())
        return any(
            c.pos_ == "PRON"
            and "3" in c.morph.get("Person")
            and not set(c.morph.get("PronType")) & {"Rel", "Int", "Dem", "Ind", "Neg"}
            and "Yes" not in c.morph.get("Reflex")
            for c in children(head, deps)
        )


def _names_subject(token: Any, subject: Any) -> bool:
    """Whether a token is the subject, a conjunct of it or a word of its name."""
    while token.i != subject.i:
        if token.dep_ not in ("conj", "flat", "flat:name", "appos", "fixed", "compound"):
            return False
        token = token.head
    return True


def whole_unit(start: date, end: date, precision: str) -> tuple[date, date]:
    """An event dated by part of a month or year ("mi-juillet", "fin octobre", "début août")
    is known to that month or year only: ACLED codes it at that precision, so its interval is
    the whole unit, not the part the phrase names."""
    if precision == "month" and (start.year, start.month) == (end.year, end.month):
        last = monthrange(start.year, start.month)[1]
        return start.replace(day=1), end.replace(day=last)
    if precision == "year" and start.year == end.year:
        return date(start.year, 1, 1), date(start.year, 12, 31)
    return start, end


def _conjoined(a: Any, b: Any) -> bool:
    """Whether two tokens are conjuncts: one the other's conj, or both conj of one head."""
    if b.dep_ == "conj" and b.head.i == a.i or a.dep_ == "conj" and a.head.i == b.i:
        return True
    return a.dep_ == b.dep_ == "conj" and a.head.i == b.head.i


# Who protests is a protester, who riots a rioter (ACLED), whatever the words that name them.
CROWDS = {
    "Peaceful protest": ("Protesters", "protesters"),
    "Protest with intervention": ("Protesters", "protesters"),
    "Violent demonstration": ("Rioters", "rioters"),
}


def _crowd(subtype: str, actor: EventActor | None) -> EventActor | None:
    """ "des centaines d'habitants ont manifesté", "des centaines de personnes ont manifesté":
    the people of a protest, named as civilians or not named, are its protesters."""
    crowd = CROWDS.get(subtype)
    if crowd is None or (actor is not None and actor.kind not in CIVILIANS):
        return actor
    if actor is None and subtype == "Violent demonstration":
        return None  # "des heurts ont éclaté": a riot whose sides the sentence leaves open
    name, kind = crowd
    text = actor.text if actor is not None else ""
    return EventActor(
        "actor", name, kind, text, reason=f"inferred: who takes part in a {subtype.lower()}"
    )


def _finalise(article: Article, d: _Draft, sent: Any, sent_text: str | None = None) -> Event:
    """The event a draft tells; `sent_text`: the sentence's words, where they were read once
    (a long sentence's spaCy text is rebuilt from its words at each asking)."""
    subtype = d.subtype()
    trigger = Span(d.match.start, d.match.end, article.text[d.match.start : d.match.end])
    target = d.target
    if target is not None and d.actor is not None and target.name == d.actor.name:
        target = None  # one actor in both roles is a misreading, not self-harm
    actor = _crowd(subtype, d.actor)
    actors = [a for a in (actor, target) if a is not None]
    if d.actor is not None:
        actors[1:1] = [a for a in d.co_actors if target is None or a.name != target.name]
    return Event(
        id=stable_id(
            "ev",
            article.content_hash,
            trigger.start,
            subtype,
            *([d.access.target] if d.sibling and d.access else []),
        ),
        type=acled_types().get(subtype, "Strategic developments"),
        subtype=subtype,
        trigger=trigger,
        sentence=Span(
            sent.start_char, sent.end_char, sent.text if sent_text is None else sent_text
        ),
        date=d.date,
        place=d.place,
        actors=actors,
        fatalities=d.fatalities,
        tolls=[d.fatalities] if d.fatalities else [],
        access=d.access,
        # One mention per telling; the claims stage attributes each one.
        mentions=[trigger],
        negated=d.negated,
        background=d.background,
    )


def _sentence_events(
    article: Article,
    lex: Lexicon,
    sent: Any,
    parsed: bool,
    topic_start: int = 0,
    told_at: tuple[PlaceMention, ...] = (),
    readings: dict[int, SentenceReading] | None = None,
) -> list[_Telling]:
    """The sentence's events, each with whether it retells an event told before; the
    sentence's reading goes into `readings` (by where it starts) for the passes after."""
    ctx = _Sentence(article, lex, sent, parsed, topic_start, told_at)
    if readings is not None:
        readings[sent.start_char] = ctx.reading
    times = [(t.start, t.end) for t in article.times if sent.start_char <= t.start < sent.end_char]
    matches = find_triggers(lex, ctx.tokens, times)
    drafts: list[_Draft] = []
    cues: list[Match] = []
    for m in matches:
        if m.rule.role == "none":
            continue
        if m.rule.role == "fatality":
            cues.append(m)
            continue
        d = ctx.draft(m)
        if d is not None and not parsed and _natural_damage(ctx, d):
            continue
        if d is not None:
            drafts.append(d)
            drafts.extend(ctx.coordinated_access(d))
    lethal = lex.lethal_triggers
    for d in drafts:
        if d.fatalities is None and fold(d.match.head.lemma_) in lethal:
            # the count the act's object gives, after the trigger: not one told before it
            i = d.match.tokens[-1].i - sent.start + 1
            d.fatalities = fatalities_at(lex, ctx.tokens[i - 1 :], 0, 1, ctx.dates)
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
        apart = [d for d in violent if f is not None and ctx.victims_apart(d, cue)]
        for d in apart:
            d.context_subtype = None  # the killing told beside it is not what became of them
            if victims is not None and (d.target is None or d.target.kind == UNIDENTIFIED):
                d.target = victims  # "five others": others of the kind of those killed
        violent = [d for d in violent if d not in apart]
        if violent:
            near = min(violent, key=lambda d: abs(d.match.head.i - cue.head.i))
            near.situation = False  # "tués en raison des bombardements": the act that killed
            # two voices may give two tolls ("selon X, 12 morts ; selon Y, 20"): the lowest
            near.fatalities = lowest_toll([near.fatalities, f])
            if victims is not None and (
                near.target is None or (not parsed and _unknown_name(near.target))
            ):
                # "Gunmen killed 17 villagers in an attack on Kwall": who was killed says
                # who was struck better than a name no list knows (not "a checkpoint")
                near.target = victims
            # "avaient tué 39 employés dans une embuscade": who killed in it laid it
            in_it = parsed and near.match.head.head.i == cue.head.i
            if near.actor is None and kill.actor is not None and (not parsed or in_it):
                # "Serb forces killed three men in a gunbattle": who killed fought it
                near.actor = kill.actor
            continue
        if natural_toll(lex, ctx.tokens, kill.actor.text if kill.actor else None):
            continue  # "floods killed 40 people": a toll of nature or accident, not violence
        if parsed and running_total(lex, sorted(ctx.clause(cue.head), key=lambda t: t.i)):
            continue
        among = _counts_among(cue, lex.among_victims, lex)
        if f is None and kill.target is None and not ctx.pronoun_victims(cue) and not among:
            continue  # "la mort" in passing, with no victims named: not an event
        if kill.actor is not None and kill.actor.kind in CROWD_VIOLENCE:
            # the crowd's own noun ("Protesters") told its protest: the riot is that protest
            drafts = [x for x in drafts if not _names_crowd(x, kill.actor)]
        kill.only_retells = among
        kill.fatalities = f
        scope = subtree(cue.head) if parsed else ctx.tokens
        govs = ctx.governors(cue.head)
        kill.place = ctx.place(cue, scope, govs)
        kill.date = ctx.date(cue, scope, govs)
        kill.negated = ctx.negated(cue.head, govs)
        if not parsed:
            # "mourn demonstrators killed last month": deaths told in passing, not news
            kill.background = ctx.background(cue, govs)
        # A toll with no act of its own ("32 personnes ont été tuées") is the toll of the
        # violence told just before, when there is one.
        # "killed two and abducted five others": a killing of its own, not the toll of another act
        kill.coref = None if apart else TOLL
        drafts.append(kill)
    if not parsed and lex.noun_phrase is not None:
        ctx.place_targets(drafts)
    drafts.sort(key=lambda d: d.match.start)
    ctx.mark_retellings(drafts)
    for d in drafts:
        if d.situation and d.coref in (None, RETELLING):
            d.coref = SITUATION  # no toll makes it the act that killed: a situation
    return [
        _Telling(
            _finalise(article, d, sent, ctx.reading.text),
            d.coref,
            d.claimed,
            d.struck,
            d.struck_definite,
            d.only_retells,
        )
        for d in drafts
    ]


def _unknown_name(target: EventActor) -> bool:
    """A target no actor list or gazetteer knows, written as a name ("Kwall")."""
    return target.kind == UNIDENTIFIED and target.text[:1].isupper()


def _natural_damage(ctx: _Sentence, d: _Draft) -> bool:
    """Whether damage is nature's or an accident's, named before it in its clause
    ("wildfires destroyed hundreds of homes"), not looting told in a lockdown."""
    if d.subtype() != PROPERTY_DESTRUCTION:
        return False
    first = d.match.tokens[0].i - ctx.sent.start
    before = ctx.tokens[ctx.clause_start(first) : first]
    return natural_toll(ctx.lex, before, d.actor.text if d.actor else None)


def _names_crowd(d: _Draft, crowd: EventActor) -> bool:
    """Whether a protest draft's trigger is the crowd's own noun, told as who killed."""
    words = {fold(t.text) for t in d.match.tokens}
    return acled_types().get(d.subtype()) == "Protests" and words <= {
        fold(w) for w in crowd.text.split()
    }


def _counts_among(cue: Match, phrases: tuple[Phrase, ...], lex: Lexicon) -> bool:
    """Whether a fatality cue is one that counts someone among an act's victims."""
    return any(
        len(p.words) == len(cue.tokens) and phrase_at(p, cue.tokens, 0, lex.clitics)
        for p in phrases
    )


def _merge_key(e: Event, loose: bool = False) -> tuple | None:
    """What ties two tellings to one event: sub-type, crossing or road, place and date. The
    loose key leaves the date out: a telling with no date of its own (the publication day is
    inferred) may retell any dated event with the same key."""
    where = None
    # A place taken from the story ties tellings only together with a date of their own; the
    # crossing an act opens or closes is its place, which the access already names.
    at_its_way = (
        e.access is not None and e.place is not None and e.place.gazetteer_id == e.access.target
    )
    if e.place is not None and not (loose and _story_placed(e)) and not at_its_way:
        where = e.place.gazetteer_id or (e.place.name or e.place.text).lower()
    access = (e.access.target, e.access.effect) if e.access else None
    if where is None and access is None:
        return None  # nothing ties two tellings to one event
    when = (e.date.start, e.date.end) if e.date and not loose else None
    return (e.subtype, access, where, when, e.negated, loose)


def _retold_in_sentence(a: Event, b: Event) -> bool:
    """ "Les frappes contre X, frappes revendiquées par Y": one event named twice; and "le
    bateau a été pris pour cible ... trois roquettes ont été tirées": a generic armed clash
    told with the weapon of a more specific kind of violence. `a` may be an event told
    before whose telling in `b`'s sentence was folded into it."""
    told_here = a.sentence == b.sentence or any(
        b.sentence.start <= m.start < b.sentence.end for m in a.mentions
    )
    if not told_here or a.access != b.access:
        return False
    if a.subtype != b.subtype and not _generic_of(a, b) and not _generic_of(b, a):
        return False
    if not _dates_agree(a, b):
        return False
    return _compatible(a, b)


def _generic_of(a: Event, b: Event) -> bool:
    """Whether `a` is the generic telling (an armed clash, or an attack on civilians: ACLED
    codes violence by remote means as remote violence whoever it strikes) of the remote
    violence `b`."""
    generic = a.subtype in (GENERIC_CLASH, CIVILIAN_ATTACK)
    return generic and b.type in SPECIFIC_OF_GENERIC and not a.negated


def _compatible(a: Event, b: Event) -> bool:
    """No role is filled by different actors in the two tellings; a state and its forces
    ("une frappe israélienne", "une frappe de l'armée israélienne") are one actor; and of one
    change to a crossing or road, a phrase that names no one ("Authorities" in a story of two
    countries) contradicts no name."""
    same_way = a.access is not None and a.access == b.access
    return not any(
        x.role == y.role
        and x.name != y.name
        and not _one_state(x.name, y.name)
        and not (same_way and (_names_no_one(x) or _names_no_one(y)))
        for x in a.actors
        for y in b.actors
    )


def _names_no_one(a: EventActor) -> bool:
    """Whether an actor is a phrase that no actor list or national template resolves
    ("Authorities" where the story names two countries as much, "the ministry"): the
    telling that names the actor says more."""
    named = a.name in canonical_actors() or state_country(a.name) is not None
    return a.kind not in CIVILIANS and not named


def _one_state(a: str, b: str) -> bool:
    code = state_country(a)
    return code is not None and code == state_country(b)


def _swapped(a: Event, b: Event) -> bool:
    """The same two sides with the roles the other way round: the attack, and the army that
    repelled it ("attaque que les forces syriennes ont réussi à repousser")."""
    names_a = {x.role: x.name for x in a.actors}
    names_b = {x.role: x.name for x in b.actors}
    flip = {"actor": "target", "target": "actor"}
    return bool(names_b) and all(
        role in flip and names_a.get(flip[role]) == name for role, name in names_b.items()
    )


def _dates_agree(a: Event, b: Event) -> bool:
    """An inferred date (the publication day) is no evidence against an explicit one."""
    if a.date is None or b.date is None or a.date.inferred or b.date.inferred:
        return True
    return (a.date.start, a.date.end) == (b.date.start, b.date.end)


def _story_placed(e: Event) -> bool:
    """Whether the event's place was taken from the sentences before its telling."""
    return e.place is not None and e.place.start < e.sentence.start


def _places_agree(a: Event, b: Event) -> bool:
    """Two named towns that differ are two events; a region or country is no evidence, nor is
    a place taken from the sentences before."""
    if a.place is None or b.place is None or _story_placed(a) or _story_placed(b):
        return True
    if PLACE_RANK.get(a.place.kind, 5) > PLACE_RANK["town"]:
        return True
    if PLACE_RANK.get(b.place.kind, 5) > PLACE_RANK["town"]:
        return True
    if _on_its_way(a.place, b.place) or _on_its_way(b.place, a.place):
        return True
    key_a = a.place.gazetteer_id or (a.place.name or a.place.text).lower()
    key_b = b.place.gazetteer_id or (b.place.name or b.place.text).lower()
    return key_a == key_b


def _on_its_way(access: PlaceMention, town: PlaceMention) -> bool:
    """A town that a registry crossing or road names (a side's town, a road's end or stage)
    is no other place than that crossing or road: "sur la route entre Gao et Ansongo", then
    "à 35 kilomètres de Gao"."""
    if access.kind not in ACCESS_KINDS or town.kind != "town" or not access.gazetteer_id:
        return False
    item = registry().get(access.gazetteer_id)
    if item is None:
        return False
    here = name_key(town.name or town.text)
    return any(name_key(anchor.name) == here for anchor in item.anchors)


def _road_through(crossing: PlaceMention, noun: Any) -> PlaceMention | None:
    """The one registry road that runs through a crossing, as the road noun names it."""
    roads = [
        item
        for item in registry().items
        if item.kind == "road"
        and any(crossing.gazetteer_id in (a.crossing, a.name) for a in item.anchors)
    ]
    if len(roads) != 1:
        return None
    road = roads[0]
    return PlaceMention(
        noun.idx,
        noun.idx + len(noun.text),
        noun.text,
        road.display_name,
        road.id,
        # the stretch at the crossing, where the story is
        crossing.lat,
        crossing.lon,
        crossing.country,
        kind="road",
        precision=1,
    )


def _violent(e: Event) -> bool:
    return e.type in VIOLENT_TYPES


def _antecedent(
    e: Event, coref: str | None, out: list[Event], index: dict[int, int], here: int
) -> Event | None:
    """The event told just before that this telling continues, if any.

    A retelling ("leur tentative") continues the nearest violent event of the same or the
    previous two sentences; any other telling continues only an event of the same sub-type,
    with the same crossing or road, in the previous two sentences, when nothing it says
    contradicts it (the actors, an explicit date, a named town)."""
    reach = {TOLL: TOLL_WINDOW, DEFINITE: DEFINITE_WINDOW}.get(coref or "", WINDOW)
    starts = sorted(index)
    last_violent = next((f for f in reversed(out) if _violent(f) and f is not e), None)
    # "le raid", "l'explosion": of the acts it may retell, one of its own sub-type first,
    # then the one told most recently
    definite: list[tuple[bool, int, Event]] = []
    for f in reversed(out):
        # a toll with nothing violent told since the act reaches as far back as a retelling
        # when its dead are whom the act struck: the civilians of an attacked convoy ("Plus de
        # 30 corps, tous civils"), not any dead near a bombardment
        limit = (
            max(reach, WINDOW) if coref == TOLL and f is last_violent and _struck(f, e) else reach
        )
        # The distance to the event's latest telling: an account that goes on over several
        # sentences ("attaque ...", "leur tentative", "ces tentatives d'attaque") stays near.
        told = [m.start for m in f.mentions] or [f.sentence.start]
        latest = max(index.get(starts[max(0, bisect_right(starts, t) - 1)], here) for t in told)
        gap = here - latest
        if gap > limit:
            continue
        if f.negated != e.negated:
            continue
        if coref == DEFINITE:
            if not _retold_definite(f, e, f is last_violent):
                continue
        elif coref:
            if not (_violent(e) and _violent(f)):
                continue
        elif f.subtype != e.subtype or f.access != e.access or gap == 0:
            continue
        # a toll's dead need not be whom the attack engaged: the civilians of a convoy whose
        # escort was attacked
        victims = (
            coref == TOLL
            and any(a.reason == ESCORTED for a in f.actors)
            and _compatible(f, replace(e, actors=_acting(e)))
        )
        # the roles the other way round retell a fight ("the attack, and the army that
        # repelled it"), not a one-sided act: a strike back is an act of its own
        fought_back = _swapped(f, e) and acled_types().get(e.subtype) not in ONE_SIDED
        if not (_compatible(f, e) or fought_back or victims):
            continue
        if not (_dates_agree(f, e) and _places_agree(f, e)):
            continue
        if coref != DEFINITE:
            return f
        definite.append((f.subtype != e.subtype, gap, f))
    return min(definite, key=lambda c: c[:2])[2] if definite else None


def _struck_before(
    e: Event, noun: str | None, out: list[Event], struck: dict[int, str]
) -> Event | None:
    """ "le bateau avait été pris pour cible", "l'attaque contre le bateau": the act that struck
    the thing the definite article names, told before anywhere in the article, when the
    actors, explicit dates and named towns agree ("le village de Kobe" is not "le village de
    Diallo")."""
    for f in reversed(out):
        if f is e or struck.get(id(f)) != noun or not (_violent(f) and _violent(e)):
            continue
        if f.negated != e.negated or not _compatible(f, e):
            continue
        if _dates_agree(f, e) and _places_agree(f, e):
            return f
    return None


def _with_victims(e: Event, out: list[Event], index: dict[int, int], here: int) -> Event | None:
    """The latest violent act told within the toll's reach that has a toll or civilian
    victims of its own ("56 civils ont perdu la vie au cours d'attaques ..., ville que les FSR
    ont reprise"): the attacks, not the takeover told after them."""
    for f in reversed(out):
        told = [index.get(m.start, index.get(f.sentence.start, here)) for m in f.mentions]
        latest = max([index.get(f.sentence.start, here), *told])
        if here - latest > TOLL_WINDOW or not _violent(f) or f.negated != e.negated:
            continue
        if f.fatalities is not None or any(a.kind in CIVILIANS for a in f.actors):
            return f
    return None


def _struck(f: Event, toll: Event) -> bool:
    """Whether a toll's victims are whom the act `f` struck, or what its target escorted."""
    targets = {a.name for a in f.actors if a.role == "target"}
    victims = {a.name for a in toll.actors if a.role == "target"}
    escorted = any(a.reason == ESCORTED for a in f.actors)
    return bool(targets) and (escorted or bool(victims & targets))


def _retold_definite(f: Event, e: Event, last: bool) -> bool:
    """Whether "l'attaque" (`e`) may retell `f`: the same sub-type, remote violence of any
    kind ("l'explosion" of an air strike), a generic clash that names remote violence, or an
    attack on civilians told last or in the same town ("ont attaqué le village ... L'attaque
    a fait", "l'attaque de Gao")."""
    if not (_violent(e) and _violent(f)):
        return False
    same_kind = e.type == f.type and e.type in SPECIFIC_OF_GENERIC
    on_civilians = (
        e.subtype == GENERIC_CLASH and f.type == CIVILIAN_VIOLENCE and (last or _same_town(e, f))
    )
    return f.subtype == e.subtype or same_kind or _generic_of(e, f) or on_civilians


def _same_town(a: Event, b: Event) -> bool:
    """Whether two tellings each name the same town themselves ("l'attaque de Gao")."""
    if a.place is None or b.place is None or _story_placed(a) or _story_placed(b):
        return False
    if a.place.kind != "town" or b.place.kind != "town":
        return False
    key_a = a.place.gazetteer_id or (a.place.name or a.place.text).lower()
    return key_a == (b.place.gazetteer_id or (b.place.name or b.place.text).lower())


def _acting(e: Event) -> list[EventActor]:
    return [a for a in e.actors if a.role != "target"]


def _closer_date(old: EventDate, new: EventDate) -> bool:
    """Whether a retelling's date is closer to the act's own than the one it had: a date of its
    own beats an inferred one; of two inferred ones (the days the act was reported on), the
    earlier bounds it more tightly."""
    if old.inferred and not new.inferred:
        return True
    return old.inferred and new.inferred and new.end < old.end


def _absorb(first: Event, e: Event) -> None:
    """Fold a retelling into the event it retells: its tellings, and what it adds."""
    if _generic_of(first, e):
        first.type, first.subtype = e.type, e.subtype
    first.mentions.extend(m for m in e.mentions if m not in first.mentions)
    first.background = first.background and e.background
    first.claims.extend(e.claims)
    actors = e.actors
    if not _compatible(first, e) and _swapped(first, e):
        flip = {"actor": "target", "target": "actor"}
        actors = [replace(a, role=flip.get(a.role, a.role)) for a in e.actors]
    # a named actor takes the place of a phrase that named no one in its role
    named = {a.role for a in actors if not _names_no_one(a)}
    first.actors = [a for a in first.actors if not (a.role in named and _names_no_one(a))]
    roles = {a.role for a in first.actors}
    first.actors.extend(a for a in actors if a.role not in roles)
    first.actors.sort(key=lambda a: a.role != "actor")  # who acted first, as when told at once
    # each telling keeps its own toll; the event, the lowest (ACLED)
    first.tolls.extend(t for t in e.tolls if t not in first.tolls)
    first.fatalities = lowest_toll([first.fatalities, *first.tolls])
    if e.date is not None and (first.date is None or _closer_date(first.date, e.date)):
        first.date = e.date
    if e.place is not None and (
        first.place is None
        or PLACE_RANK.get(e.place.kind, 5) < PLACE_RANK.get(first.place.kind, 5)
        or (
            _story_placed(first)
            and not _story_placed(e)
            and PLACE_RANK.get(e.place.kind, 5) <= PLACE_RANK.get(first.place.kind, 5)
        )
    ):
        first.place = e.place


def _claimed_events(
    e: Event, count: int, out: list[Event], starts: list[int], unnamed: frozenset[str]
) -> list[Event]:
    """The events told before that a claim names ("les deux attaques": the last two; "l'attaque
    de mardi": the last one of that day): of the claimed noun's type (any claimable type for
    a generic attack), not denied, not struck at the claimer, with no actor but the claimer
    or one that names no one in particular."""
    claimer = next((a for a in e.actors if a.role == "actor"), None)
    family = CLAIMABLE if e.subtype == GENERIC_CLASH else (e.type,)

    def open_to_claim(f: Event) -> bool:
        for a in f.actors:
            if claimer is not None and a.role == "target" and a.name == claimer.name:
                return False
            anyone = a.kind == "unidentified" or a.name in unnamed
            if a.role == "actor" and not anyone and (claimer is None or a.name != claimer.name):
                return False
        return True

    told = [
        f
        for f in out
        if f.type in family
        and not f.negated
        and f.sentence.start < e.sentence.start
        and open_to_claim(f)
        and (e.date is None or e.date.inferred or _dates_agree(f, e))
        and (_story_placed(e) or _places_agree(f, e))
    ]

    def latest(f: Event) -> int:
        return max(m.start for m in f.mentions or [f.trigger])

    told.sort(key=latest)
    if count or not told:
        return told[-count:] if count else []
    # "les attaques": those told in the sentence of the last telling
    last = latest(told[-1])
    start = starts[max(0, bisect_right(starts, last) - 1)] if starts else last
    return [f for f in told if latest(f) >= start]


def _credit(first: Event, e: Event, alone: bool) -> None:
    """A claim's telling of an event told before: the claimer becomes its actor where it had
    none or one that named no one; a claim of one event may say more of it."""
    claimer = next((a for a in e.actors if a.role == "actor"), None)
    if claimer is not None and not any(a.name == claimer.name for a in first.actors):
        first.actors = [a for a in first.actors if a.role != "actor"]
        first.actors.insert(0, claimer)
    if alone:
        _absorb(first, e)
    elif e.trigger not in first.mentions:
        first.mentions.append(e.trigger)


def merge(
    events: list[_Telling] | list[tuple[Event, str | None]],
    index: dict[int, int] | None = None,
    lang: str = "",
) -> list[Event]:
    """The same event retold in several sentences becomes one event with each telling's
    mention. `index` gives each sentence's position (by its start offset)."""
    index = index or {}
    starts = sorted(index)
    out: list[Event] = []
    by_key: dict[tuple, Event] = {}
    struck: dict[int, str] = {}  # id of an event -> the noun of what its first telling struck
    for telling in events:
        if isinstance(telling, _Telling):
            e, coref, count = telling.event, telling.coref, telling.claimed
            if telling.struck is not None:
                struck.setdefault(id(e), telling.struck)
        else:
            (e, coref), count = telling, 0
        here = index.get(e.sentence.start, 0)
        if coref == NAMED_ANEW:
            out.append(e)
            continue
        if coref == CLAIMED:
            claimed = _claimed_events(e, count, out, starts, _unnamed_actors(lang))
            for f in claimed:
                _credit(f, e, alone=len(claimed) == 1)
            if claimed:
                continue
            # "le JNIM a revendiqué l'attaque de dimanche": its first telling, never another's
            out.append(e)
            if _merge_key(e) is not None:
                by_key.setdefault(_merge_key(e), e)
                by_key.setdefault(_merge_key(e, loose=True), e)
            continue
        key = _merge_key(e)
        inferred = e.date is None or e.date.inferred
        lookup = _merge_key(e, loose=True) if inferred else key
        first = by_key.get(lookup) if lookup is not None else None
        if first is not None and not _compatible(first, e):
            first = None
        if isinstance(telling, _Telling) and telling.struck_definite:
            # what the definite article names as struck ties tellings more than a place does
            first = _struck_before(e, telling.struck, out, struck) or first
        if first is None:
            # the event this sentence told last, or one told before that it retold here
            told = [f for f in out if f is out[-1] or f.sentence.start < e.sentence.start]
            first = next((f for f in reversed(told) if _retold_in_sentence(f, e)), None)
        only_retells = isinstance(telling, _Telling) and telling.only_retells
        if only_retells:
            # "compte parmi les victimes" names no act or side of its own: it adds its telling
            # to the act that had victims, told in this sentence or the one before
            e.actors = []
            first = first or _with_victims(e, out, index, here)
            if first is None:
                continue  # no act with victims told just before: nothing to add to
        if first is None:
            first = _antecedent(e, coref, out, index, here)
        if first is None and coref == SITUATION:
            continue  # "because of the fighting", no fighting told: a situation, no event
        if first is None:
            out.append(e)
            if key is not None:
                by_key.setdefault(key, e)
                by_key.setdefault(_merge_key(e, loose=True), e)
            continue
        _absorb(first, e)
    return out


def find_events(
    article: Article, readings: dict[int, SentenceReading] | None = None
) -> list[Event]:
    """The article's ACLED events; each sentence's reading goes into `readings`, by where the
    sentence starts, so that the interactions pass reads no sentence again."""
    lex = load_lexicon(article.language or "")
    doc = article.doc
    if lex is None or doc is None or not article.text.strip():
        return []
    parsed = has_parse(doc)
    events: list[_Telling] = []
    index: dict[int, int] = {}
    sents = sentence_spans(article)
    for k, sent in enumerate(sents):
        index[sent.start_char] = k
        topic = sents[max(0, k - WINDOW)].start_char
        told_at = tuple(
            t.event.place
            for t in events
            if t.event.place is not None and t.event.trigger.start >= topic
        )
        told = _sentence_events(article, lex, sent, parsed, topic, told_at, readings)
        if parsed:
            _date_from_story(article, told, events, topic)
        events.extend(told)
    found = merge(events, index, article.language or "")
    _retell_decisions(article, lex, found)
    return found


# "SANAA, 16 janvier 2025 (Reuters) -": the day a report was filed, before its dash
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*[-\u2013\u2014]")
DATELINE_REACH = 40  # how far into its sentence a dateline's date may stand


def _in_dateline(text: str, sent_start: int, tm: TimeMention) -> bool:
    """Whether the date opens a dateline: it dates the report, not what the report tells."""
    if tm.start - sent_start > DATELINE_REACH or "\n" in text[sent_start : tm.start]:
        return False
    return _DATELINE_TAIL.match(text, tm.end) is not None


def _date_from_story(
    article: Article, told: list[_Telling], before: list[_Telling], topic: int
) -> None:
    """ "Des insurgés ont attaqué samedi Macomia ... Les rebelles ont pillé des commerces":
    an act told in the past in a sentence that dates nothing goes on with the story, on the
    day of the last act the sentences just before dated themselves, not on the day it was
    reported. A claim's day is when it was claimed; background has its own time."""
    dated = [
        t.event
        for t in before
        if t.event.trigger.start >= topic
        and t.event.date is not None
        and not t.event.date.inferred
        and not t.event.background
        and t.coref != CLAIMED
    ]
    if not dated:
        return
    last = dated[-1]
    for t in told:
        d = t.event.date
        if d is None or d.reason != "publication date" or not _told_in_past(article, t.event):
            continue
        if not _same_scene(t.event, last):
            continue  # "Un engin explosif a tué un soldat à Gao": another town, another story
        sent = t.event.sentence
        if any(sent.start <= tm.start < sent.end and tm.kind == "date" for tm in article.times):
            continue  # "annoncé mercredi": the sentence dates what it tells itself
        assert last.date is not None
        t.event.date = replace(
            last.date, text="", inferred=True, reason="the day of the act told just before"
        )


def _same_scene(e: Event, before: Event) -> bool:
    """Whether an act told without a date of its own goes on where the act before it
    happened: it names no place, the story's, or the same one."""
    if e.place is None or before.place is None or _story_placed(e) or e.place.kind == "country":
        return True  # a country says nothing against the town the story is in
    key = e.place.gazetteer_id or (e.place.name or e.place.text).lower()
    return key == (before.place.gazetteer_id or (before.place.name or before.place.text).lower())


def _told_in_past(article: Article, e: Event) -> bool:
    """Whether the verb that tells the event ("ont pillé", "ont été tués lors des combats") is
    in a past tense: what is told in the present ("contrôlent désormais") is the report's."""
    doc = article.doc
    token = next((t for t in doc if t.idx == e.trigger.start), None) if doc is not None else None
    for _ in range(4):
        if token is None:
            return False
        if token.pos_ in ("VERB", "AUX"):
            return "Past" in token.morph.get("Tense")
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _retell_decisions(article: Article, lex: Lexicon, found: list[Event]) -> None:
    """ "The decision comes as ...", "the council's decision": a decision retold names the
    story's own opening or closing of a crossing or road, the first one told before it (the
    lead's news, not the background told after it), as one more telling of it (its
    mention), however many sentences later."""
    if lex.decision_retelling is None:
        return
    changes = [
        e
        for e in found
        if e.access is not None and e.access.effect in ("open", "close") and not e.negated
    ]
    for m in lex.decision_retelling.finditer(article.text):
        start, end = m.span("noun")
        told = [e for e in changes if e.trigger.end <= start]
        if not told:
            continue
        news = min(told, key=lambda e: e.trigger.start)
        span = Span(start, end, article.text[start:end])
        if span not in news.mentions:
            news.mentions.append(span)


def annotate(article: Article) -> Article:
    from passage.stages.events import plover  # it reads this module's sentence engine

    readings: dict[int, SentenceReading] = {}
    article.events = find_events(article, readings)
    plover.annotate_categories(article)
    # PLOVER interactions beyond ACLED ("X demanded", "Y rejected"), kept apart from the
    # ACLED events so that record stays ACLED's
    article.interactions = plover.find_interactions(article, readings)
    return article
