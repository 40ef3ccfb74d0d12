"""The events lexicon of a language (data/<lang>/events.json), compiled for token matching."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from passage import data

_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        # Arabic writes hamza on alef or leaves it out ("أعلن", "اعلن") and short vowels and
        # the tatweel only now and then ("قُتل", "قتل"): words match whatever was written.
        **dict.fromkeys("أإآٱ", "ا"),
        **dict.fromkeys("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"),
    }
)


def fold(text: str) -> str:
    return text.translate(_FOLD).lower()


@dataclass(frozen=True)
class Word:
    """One word of a trigger phrase: matched against a token's lemma or its lowercase form."""

    text: str
    pos: str | None = None
    prefix: bool = False  # "attack*": for languages without a lemmatizer

    def matches(self, token: Any, clitics: tuple[str, ...] = ()) -> bool:
        if self.pos and token.pos_ and token.pos_ != self.pos:
            return False
        forms = forms_of(token.text, clitics)
        if self.prefix:
            return any(f.startswith(self.text) for f in forms)
        return self.text in forms or _folded_word(token.lemma_) == self.text


# Every trigger phrase is tried at every token: a word's folded forms are worked out once.
@lru_cache(maxsize=65_536)
def forms_of(text: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    """A token's form, and the form without each attached clitic the language declares
    (Arabic "وأعلنت" is also "أعلنت")."""
    form = fold(text)
    out = [form]
    for c in clitics:
        if form.startswith(c) and len(form) - len(c) >= 2:
            out.append(form[len(c) :])
    return tuple(out)


@lru_cache(maxsize=65_536)
def _folded_word(word: str) -> str:
    return fold(word)


@dataclass(frozen=True)
class Phrase:
    words: tuple[Word, ...]

    @classmethod
    def parse(cls, spec: str) -> Phrase:
        words = []
        # Elided words are tokens of their own: "d'otage" is "d'" + "otage".
        for raw in fold(spec).replace("'", "' ").split():
            text, _, pos = raw.partition("/")
            prefix = text.endswith("*")
            words.append(Word(text.rstrip("*"), pos.upper() or None, prefix))
        return cls(tuple(words))


@dataclass(frozen=True)
class ContextRole:
    """Who a context phrase is told of: "stones" tell a violent demonstration only when the
    demonstrators threw them, not the police; "arrested" tells an intervention only when
    protesters were arrested, not activists for a protest they organised."""

    # the actor kinds whose act the phrase does not tell (the nearest actor before it in its
    # clause does it)
    not_by: frozenset[str] = frozenset()
    # the phrase counts only when the nearest actor before it in its clause is of these kinds:
    # "riot police killed a student" at a protest is force against it, "students killed in a
    # road accident" is what the protest is about
    only_by: frozenset[str] = frozenset()
    # the phrase counts only when one of these words, or an actor of these kinds, is its object
    object_words: tuple[Phrase, ...] = ()
    object_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class TriggerRule:
    """A family of trigger phrases and what they mean."""

    role: str  # event | access | fatality | none (a phrase that is not an event)
    subtype: str
    phrases: tuple[Phrase, ...]
    effect: str | None = None  # access effect, for access rules and effect-bearing events
    strict: bool = False  # access: the crossing or road must be syntactically governed
    needs_place: bool = False  # territory: only an event when a place or territory is named
    # without a parse: a capitalised word right after the trigger that no actor list knows names
    # the place ("regained control of Malam Fatori", "retook Kidal")
    object_names_place: bool = False
    # "weapons", "observation post": a noun that tells an event only where one of its
    # by_context phrases stands in the sentence ("weapons ... were found").
    needs_context: bool = False
    by_actor_kind: dict[str, str] = field(default_factory=dict)
    by_target_kind: dict[str, str] = field(default_factory=dict)
    # who did it names the act whatever it was done to and however the sentence tells it:
    # villagers beating a thief to death is mob violence, not an attack on civilians
    by_doer_kind: dict[str, str] = field(default_factory=dict)
    target_case: tuple[str, ...] = ()
    # (subtype, phrases): the sentence around the trigger refines it, first match wins
    by_context: tuple[tuple[str, tuple[Phrase, ...]], ...] = ()
    # who a context phrase must be told of, by its place in by_context (data/<lang>/events.json)
    context_roles: tuple[ContextRole, ...] = ()
    # context subtypes that tell their event without a place: "seized two aid workers" is an
    # abduction wherever it happened, where "seized" alone takes territory only if one is named
    placeless_contexts: frozenset[str] = frozenset()
    # "réfute avoir frappé un marché": where no context phrase names the weapon, a verb whose
    # object is a place of civilians (events.json "civilian_targets") tells this subtype
    struck_civilians: str | None = None


@dataclass(frozen=True)
class PhraseWords:
    """The words the linear noun-phrase rules read (events.json "noun_phrase"; linear.py)."""

    # between a subject and its verb: "has", "will", "reportedly", "on Friday"
    skip: frozenset[str]
    # right before a trigger, these make it a noun ("the attack", "two demonstrations")
    noun_markers: frozenset[str]
    # words that end an object ("in", "from", "for")
    object_stops: frozenset[str]
    # leading words of an object that only count it ("up to", "at least")
    quantifiers: frozenset[str]
    # words that end a clause ("which", "after", "that")
    clause_words: frozenset[str]
    # "X offered to negotiate": the verb before "to" governs the trigger
    infinitive: str = "to"
    # "X launched an attack", "X staged a hunger strike": a verb whose object noun tells the
    # event and whose subject is its actor (events.json "light_verbs")
    light_verbs: tuple[Phrase, ...] = ()
    # "X said it attacked": a verb that reports speech ends the subject of the verb after it
    # (claims.json "reporting_verbs" and noun_phrase "reporting")
    reporting: frozenset[str] = frozenset()
    # "it", "they": a subject that names no one by itself but stands for the speaker
    pronouns: frozenset[str] = frozenset()
    # "settlers in the West Bank", "forces near Juba": a preposition that tells where the
    # subject is; what follows it is a place, not who acted
    place_prepositions: frozenset[str] = frozenset()
    # "and", "or": a phrase that opens with one continues a list, it is no subject of its own
    conjunctions: frozenset[str] = frozenset()
    # ", suspending the constitution": endings of a participle that opens a clause of its own
    participle_clause: tuple[str, ...] = ()
    # "officials", "refugees": words for people that make an object phrase a party, not a thing
    # ("a curfew"); "its troops": possessives that make it the actor's own (linear.py)
    party_nouns: frozenset[str] = frozenset()
    own_markers: frozenset[str] = frozenset()
    # "in", "near": prepositions whose object only says where, never whom an act was against
    locatives: frozenset[str] = frozenset()
    # "A convoy of", "had expected the": words no noun phrase ends on, and verbs no noun phrase
    # holds; a phrase read from word order that has either is a clause cut short, not a party
    never_last: frozenset[str] = frozenset()
    finite_verbs: frozenset[str] = frozenset()
    # "Rebels of the Union Army", "militants from the Brenmark group": words that tie a subject's
    # head to a name that only says whose or which it is, and the determiners between them
    head_links: frozenset[str] = frozenset()
    link_determiners: frozenset[str] = frozenset()


@dataclass(frozen=True)
class BackgroundCues:
    """Words that tell an event as what came before the story, not as its news (events.json
    "background"; linear.py): "the scene of a 2017 attack", "attacks last year"."""

    # a phrase up to `reach` words before the trigger ("scene of", "anniversary of", "since")
    before: tuple[Phrase, ...]
    # a phrase up to `reach` words after it ("last year", "years ago")
    after: tuple[Phrase, ...]
    # "had attacked": a past before the story's past, unless a reporting verb came before
    auxiliaries: frozenset[str]
    reach: int = 3
    # words right before a year after the trigger that make it the act's own year ("the attack
    # in 2017", Arabic "مجزرة عام 1994")
    year_words: frozenset[str] = frozenset({"in", "of", "since"})
    # "a 2017 attack": a year before the trigger dates it; not in Arabic, where the year comes
    # after its noun and one before the verb dates the news itself
    bare_years: bool = True
    # clitics read off a cue's first word (Arabic "ومنذ" is "منذ")
    clitics: tuple[str, ...] = ()
    # "set up a base there after capturing it": a word that, right before a trigger told as a
    # participle, makes it an act done before the story's own
    before_participle: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[TriggerRule, ...]
    crossing_nouns: tuple[Phrase, ...]
    road_nouns: tuple[Phrase, ...]
    territory_nouns: frozenset[str]
    civilian_nouns: frozenset[str]
    frame_nouns: frozenset[str]
    irrealis: tuple[Phrase, ...]
    light_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    target_case: frozenset[str]
    agent_case: frozenset[str]
    negation_particles: frozenset[str]
    negation_words: frozenset[str]
    negation_determiners: frozenset[str]
    numbers: dict[str, int]
    quantities: dict[str, int]
    fatality_window: int
    clitics: tuple[str, ...] = ()
    # "killed a teacher and wounded two": a count after an injury word counts the wounded
    # (events.json fatality "injury_words"; a final * matches any ending).
    injury_words: tuple[Phrase, ...] = ()
    verb_first: bool = False  # the subject usually follows the verb (Arabic VSO)
    # Without a parse: an aim named anywhere earlier in the trigger's clause ("الغاية من ذلك
    # ... إعادة تشغيل المنفذ") makes it irrealis, not only one right before it.
    clause_irrealis: tuple[Phrase, ...] = ()
    # Event coreference: "leur tentative", "cette attaque" retell an event already told;
    # "l'attaque que X a repoussée": a relative marker after a trigger noun.
    event_anaphors: frozenset[str] = frozenset()
    anaphoric_determiners: frozenset[str] = frozenset()
    relative_markers: frozenset[str] = frozenset()
    # "le GSIM a revendiqué les deux attaques": verbs whose definite event noun retells events
    # already told, of which their subject is the actor.
    claim_verbs: frozenset[str] = frozenset()
    # Without a parse: how many tokens before a trigger a negation word may stand.
    negation_window: int = 3
    # Without a parse: words that end a clause ("which", "after") and auxiliaries that make a
    # verb trigger passive ("was attacked by"), for the linear argument rules.
    clause_boundaries: frozenset[str] = frozenset()
    passive_auxiliaries: frozenset[str] = frozenset()
    participle_endings: tuple[str, ...] = ()
    # "le camp subit des attaques": verbs whose subject suffers the act of their object noun;
    # "attaques attribuées aux paramilitaires": verbs whose complement names the one who acted.
    patient_verbs: frozenset[str] = frozenset()
    attribution_verbs: frozenset[str] = frozenset()
    # "la base d'al-Tanf": a facility named after a crossing is not the crossing.
    facility_nouns: frozenset[str] = frozenset()
    # "an army base", "in police custody": nouns an actor's name before them only qualifies;
    # that name is not who acted (events.json "qualified_nouns").
    qualified_nouns: frozenset[str] = frozenset()
    # "les écoles de Ras Jedir restent fermées": what a state predicate says is open or closed
    # must be a crossing, a road or their traffic (these nouns), else it is no access event.
    access_nouns: frozenset[str] = frozenset()
    # "rouvert aux seuls piétons", "reopened for pedestrians only", "فتح ... أمام الشاحنات فقط":
    # an opening these words limit lets only some through (events.json "limited_access")...
    limited_access: tuple[Phrase, ...] = ()
    # ... unless the next word makes them a time ("only after talks", "seulement après")...
    limit_stops: frozenset[str] = frozenset()
    # ... and the restrictive negation "ne ... que" ("n'est ouvert que le matin") limits too.
    limit_negation: frozenset[str] = frozenset()
    # "هددت السلطات بإغلاق المعبر", "threatened again to close": a closure these verbs govern
    # from just before it is a threat to close (events.json "threat_verbs")
    threat_verbs: frozenset[str] = frozenset()
    # the words before a day that make a limit one of time ("only on Thursday"), and whether
    # the language puts its limit after the word it limits ("يوم الأحد فقط")
    limit_date_prepositions: frozenset[str] = frozenset()
    limit_follows: bool = False
    # "reopened, but only for trucks": words after a comma that keep the limit the act's
    limit_contrasts: frozenset[str] = frozenset()
    # words that make a time an hour of the day ("10 a.m.", "الثامنة صباحا"), a limit itself
    limit_clock: frozenset[str] = frozenset()
    # "avait été occupé": an auxiliary of these lemmas in one of these tenses (the parse's
    # Tense feature) makes a past before the story's past, background with no date of its own.
    background_auxiliaries: frozenset[str] = frozenset()
    background_tenses: frozenset[str] = frozenset()
    # "selon les radios Tataouine": words that introduce a source (data/<lang>/claims.json);
    # a place named in the source's phrase is not where the event happened.
    according_to: frozenset[str] = frozenset()
    # Where the script has case and no parser tells names apart: a capitalised word inside a
    # sentence is part of a name ("in March", "the Liberation Front"), not a trigger.
    cased_names: bool = False
    # "ont tiré dimanche matin sur": a phrase of several words may step over a time
    # expression or an adverb between its words (events.json "gapped_triggers").
    gapped_triggers: bool = False
    # without a parse: an opening or closing of a road or crossing no registry names ("opening
    # a road in Taiz") is still an event, with no access target (events.json "unnamed_ways").
    unnamed_ways: bool = False
    # without a parse: pronouns that stand for the way the story is about ("before it was
    # closed", "reopening it"; events.json "way_pronouns")
    way_pronouns: frozenset[str] = frozenset()
    # Subjects and objects read from word order where there is no parse (linear.py).
    noun_phrase: PhraseWords | None = None
    # Without a parse: what marks an event as background (linear.py).
    background: BackgroundCues | None = None
    # Without a parse: places and gatherings of civilians ("a hotel", "a wedding", "a camp
    # for displaced people") that make the object read from word order civilians.
    civilian_targets: tuple[Phrase, ...] = ()
    # "un convoi escorté par l'armée pris pour cible": the forces that escort a target are
    # whom the attack engages (events.json "escort")
    escort: tuple[Phrase, ...] = ()
    # "le contrôle qu'Israël a pris, ce qui a provoqué sa fermeture": a verb of causing whose
    # subject is a relative standing for the clause before (events.json "caused_by")
    causative_verbs: frozenset[str] = frozenset()
    causative_subjects: frozenset[str] = frozenset()
    escort_kinds: frozenset[str] = frozenset()
    # Without a parse: fatality cues whose subject killed ("Serb forces killed three men"), or
    # whose agent did in the passive (events.json fatality "killing_verbs")
    killing_verbs: tuple[Phrase, ...] = ()
    # "floods killed 40 people", "died in a road accident": causes of death that are no
    # political violence, so a toll told with them is no event (events.json fatality
    # "natural_causes")
    natural_causes: tuple[Phrase, ...] = ()
    # Without a parse: words after which a context phrase tells what an event is about, not
    # how it went ("protested over the killing of a student", "marched against gender
    # violence") (events.json "cause_words"; linear.py told_as_cause).
    cause_words: tuple[Phrase, ...] = ()
    # "fled because of the fighting", "fermée en raison des combats", "بسبب المعارك": words
    # after which a violent noun names the situation that caused something, not an act of
    # its own (events.json "situation_cues"; linear.py after_situation_cue).
    situation_cues: tuple[Phrase, ...] = ()
    # "because of fighting between A and B": a word after such a noun that names its sides,
    # which make it an act (events.json "situation_sides")
    situation_sides: frozenset[str] = frozenset()
    # "enlevé cinq autres": words for victims other than those just told killed (events.json
    # "other_victims")
    other_victims: frozenset[str] = frozenset()
    # "camp militaire": phrases a civilian target phrase ("camp") starts that name a military
    # site (events.json "military_targets")
    military_targets: tuple[Phrase, ...] = ()
    # verbs whose subject is an act and whose object is what it struck ("la frappe a visé un
    # convoi") (events.json "strike_verbs")
    strike_verbs: frozenset[str] = frozenset()
    # verbs whose object is accused of the act their complement tells ("accuser X d'avoir
    # bombardé"), not their subject (events.json "accusation_verbs")
    accusation_verbs: frozenset[str] = frozenset()
    # Without a parse: "the RSF denied killing civilians": verbs whose subject did the act
    # told right after them (events.json "own_act_verbs")
    own_act_verbs: frozenset[str] = frozenset()
    # Without a parse: "violence broke out", "clashes took place": verbs that tell an act as
    # happening, so no one named outside its clause did it (events.json "occurrence_verbs")
    occurrence_verbs: tuple[Phrase, ...] = ()
    # Without a parse: "the opening, scheduled for tomorrow": words after a trigger that make
    # it a plan, whose date is the plan's (events.json "plans_after")
    plans_after: tuple[Phrase, ...] = ()
    # Without a parse: "the 2020 ceasefire agreement": words before a date that make it the
    # modifier of the noun after it, no date of an act told before (events.json
    # "date_modifier_determiners")
    date_modifier_determiners: frozenset[str] = frozenset()
    # "The decision comes as ...", "the council's decision": a decision noun after a definite
    # determiner or a possessive retells the latest opening or closing told before it
    # (events.json "decision_retelling")
    decision_retelling: re.Pattern[str] | None = None
    # Without a parse: "a breach of the 2020 ceasefire agreement", "the ceasefire had been
    # violated": an agreement cited by what broke it, no agreement concluded (events.json
    # "cited_agreements": phrases up to `reach` words before or after the trigger)
    cited_before: tuple[Phrase, ...] = ()
    cited_after: tuple[Phrase, ...] = ()
    cited_reach: int = 5
    # case words whose noun is what an act struck ("une frappe sur un marché"), not where it
    # happened (events.json "struck_place_case")
    struck_place_cases: frozenset[str] = frozenset()
    # fatality cues that count someone among the victims of an act told before ("figure parmi
    # les victimes"): a telling of that act, never an act of its own (events.json fatality
    # "among")
    among_victims: tuple[Phrase, ...] = ()
    # triggers of violence whose object counts the dead ("l'armée a neutralisé une cinquantaine
    # de terroristes") (events.json fatality "lethal_triggers")
    lethal_triggers: frozenset[str] = frozenset()
    # nouns of boats, planes and trains that bear town names ("le bateau Tombouctou")
    # (events.json "vessel_nouns")
    vessel_nouns: frozenset[str] = frozenset()
    # "venus de Kidal", "partis de Gao", "en route vers Goma": words whose place is where someone
    # came from or went, not where the act happened (events.json "elsewhere_words")
    elsewhere_words: frozenset[str] = frozenset()
    # "cinq personnes, dont deux enfants": a count after these words is part of the one before
    # it; "trois ou quatre morts", "entre dix et quinze": counts joined by these words are
    # alternatives, of which the lowest is kept (events.json fatality "subset", "alternatives")
    count_subsets: frozenset[str] = frozenset()
    count_alternatives: frozenset[str] = frozenset()
    # "plusieurs", "des dizaines": quantities ACLED gives a conventional figure, kept only
    # where no report gives a number (events.json fatality "vague")
    vague_quantities: frozenset[str] = frozenset()
    # "ثلاثة وعشرون": a clitic conjunction on a number word adds it to the number before
    # (events.json fatality "number_joiners")
    number_joiners: tuple[str, ...] = ()
    # "des combats opposent l'armée aux FSR": verbs whose subject is a clash and whose object
    # and complement are the two sides (events.json "opposing_verbs")
    opposing_verbs: frozenset[str] = frozenset()
    # "des combats entre les Houthis et l'armée": the case word of a clash noun's two sides,
    # the first its actor, the other its target (events.json "between_case")
    between_case: frozenset[str] = frozenset()
    # "libérant 500 détenus", "se sont emparés d'armes": what a territory verb takes when it
    # takes no territory (events.json "not_territory_nouns")
    not_territory_nouns: frozenset[str] = frozenset()
    # "1 500 personnes tuées depuis janvier": words that make a toll a running total over a
    # stretch of time, not one act's (events.json fatality "running_total")
    running_total: tuple[Phrase, ...] = ()
    # "de longues années de conflits et de blocus": an event noun that measures a stretch of
    # time tells a state of things, not an act (events.json "duration_nouns")
    duration_nouns: frozenset[str] = frozenset()
    # "بأن تونس أقفلت": words that open a clause whose first word is its subject, before the
    # verb (claims.json "complementizers"), read where there is no parse
    complementizers: frozenset[str] = frozenset()
    # "تونس وليبيا": conjunctions written on the next word (claims.json "conjunction_clitics"),
    # which join parties of one act where there is no parse
    conjunction_clitics: tuple[str, ...] = ()


def _rule(role: str, spec: dict[str, Any]) -> TriggerRule:
    return TriggerRule(
        role=role,
        subtype=spec.get("subtype", "Other"),
        phrases=tuple(Phrase.parse(w) for w in spec["words"]),
        effect=spec.get("effect"),
        strict=bool(spec.get("strict", False)),
        needs_place=bool(spec.get("needs_place", False)),
        object_names_place=bool(spec.get("object_names_place", False)),
        needs_context=bool(spec.get("needs_context", False)),
        placeless_contexts=frozenset(spec.get("placeless_contexts", [])),
        by_actor_kind=dict(spec.get("by_actor_kind", {})),
        by_target_kind=dict(spec.get("by_target_kind", {})),
        by_doer_kind=dict(spec.get("by_doer_kind", {})),
        target_case=tuple(fold(c) for c in spec.get("target_case", [])),
        by_context=tuple(
            (entry[0], tuple(Phrase.parse(w) for w in entry[1]))
            for entry in spec.get("by_context", [])
        ),
        context_roles=tuple(_context_role(entry[2:]) for entry in spec.get("by_context", [])),
        struck_civilians=spec.get("struck_civilians"),
    )


# The role of PLOVER interaction triggers (data/<lang>/plover.json; plover.py): not "event", so
# the rules for violent acts (civilians a place holds, a convoy's escort) leave them alone.
INTERACTION_ROLE = "interaction"


def trigger_rules(role: str, specs: list[dict[str, Any]]) -> list[TriggerRule]:
    """Trigger rules of one role read from data entries (events.json "triggers"; the
    interaction triggers of plover.json)."""
    return [_rule(role, spec) for spec in specs]


def _context_role(extra: list[Any]) -> ContextRole:
    spec = extra[0] if extra else {}
    return ContextRole(
        not_by=frozenset(spec.get("not_by", [])),
        only_by=frozenset(spec.get("only_by", [])),
        object_words=tuple(Phrase.parse(w) for w in spec.get("object", [])),
        object_kinds=frozenset(spec.get("object_kinds", [])),
    )


def _phrase_words(raw: dict[str, Any], claims: dict[str, Any]) -> PhraseWords | None:
    spec = raw.get("noun_phrase")
    if not spec:
        return None
    return PhraseWords(
        skip=_set(spec, "skip"),
        noun_markers=_set(spec, "noun_markers"),
        object_stops=_set(spec, "object_stops"),
        quantifiers=_set(spec, "quantifiers"),
        clause_words=_set(raw, "clause_boundaries"),
        infinitive=fold(spec.get("infinitive", "to")),
        light_verbs=tuple(Phrase.parse(w) for w in raw.get("light_verbs", [])),
        reporting=_set(claims, "reporting_verbs") | _set(spec, "reporting"),
        pronouns=_set(spec, "pronouns"),
        place_prepositions=_set(spec, "place_prepositions"),
        conjunctions=_set(spec, "conjunctions"),
        participle_clause=tuple(fold(w) for w in spec.get("participle_clause", [])),
        party_nouns=_set(spec, "party_nouns"),
        own_markers=_set(spec, "own_markers"),
        locatives=_set(spec, "locatives"),
        never_last=_set(spec, "never_last"),
        finite_verbs=_set(spec, "finite_verbs") | _set(spec, "reporting"),
        head_links=_set(spec, "head_links"),
        link_determiners=_set(spec, "link_determiners"),
    )


def _clause_irrealis(raw: dict[str, Any]) -> tuple[Phrase, ...]:
    """ "irrealis_in_clause": true reads every irrealis phrase over the whole clause; a list
    names the phrases that do (an intent verb: "demanded", "threatened to")."""
    spec = raw.get("irrealis_in_clause", False)
    words = raw.get("irrealis", []) if spec is True else spec or []
    return tuple(Phrase.parse(w) for w in words)


def _background_cues(raw: dict[str, Any]) -> BackgroundCues | None:
    spec = raw.get("background")
    if not spec:
        return None
    cues = BackgroundCues(
        before=tuple(Phrase.parse(w) for w in spec.get("before", [])),
        after=tuple(Phrase.parse(w) for w in spec.get("after", [])),
        auxiliaries=_set(spec, "auxiliaries"),
        reach=int(spec.get("reach", 3)),
        bare_years=bool(spec.get("bare_years", True)),
        clitics=tuple(fold(c) for c in sorted(raw.get("clitics", []), key=len, reverse=True)),
        before_participle=_set(spec, "before_participle"),
    )
    if "year_words" in spec:
        cues = replace(cues, year_words=_set(spec, "year_words"))
    return cues


def _decision_retelling(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    """The pattern of a decision noun retold: after a determiner word, or right after a
    possessive ending ("the council's decision")."""
    if not spec or not spec.get("nouns"):
        return None
    nouns = "|".join(re.escape(n) for n in spec["nouns"])
    dets = "|".join(re.escape(d) for d in spec.get("determiners", []))
    poss = "|".join(re.escape(p) for p in spec.get("possessives", []))
    before = [f"\\b(?:{dets})\\s+"] if dets else []
    before += [f"(?:{poss})\\s+"] if poss else []
    if not before:
        return None
    return re.compile(f"(?:{'|'.join(before)})(?P<noun>{nouns})\\b", re.IGNORECASE)


def bare_phrase_words(clause_words: frozenset[str]) -> PhraseWords:
    """The phrase words of a language with no noun-phrase rules (Arabic): a phrase ends only
    at punctuation and clause words."""
    return PhraseWords(frozenset(), frozenset(), frozenset(), frozenset(), clause_words)


def _set(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in raw.get(key, []))


@cache
def lexicon(lang: str) -> Lexicon | None:
    """The compiled lexicon, or None where the language has no events data."""
    raw = data.load(lang, "events")
    if not raw:
        return None
    claims = data.load(lang, "claims") or {}
    fatality = raw.get("fatality", {})
    negation = raw.get("negation", {})
    rules = [_rule("event", t) for t in raw.get("triggers", [])]
    rules += [_rule("access", a) for a in raw.get("access", [])]
    if fatality.get("words"):
        rules.append(_rule("fatality", {"subtype": "Armed clash", "words": fatality["words"]}))
    if raw.get("not_events"):
        # "moyens de combat": a phrase that holds a trigger word but tells no event; being
        # longer, it wins over the trigger at the same place.
        rules.append(_rule("none", {"words": raw["not_events"]}))
    return Lexicon(
        rules=tuple(rules),
        crossing_nouns=tuple(Phrase.parse(w) for w in raw.get("crossing_nouns", [])),
        road_nouns=tuple(Phrase.parse(w) for w in raw.get("road_nouns", [])),
        territory_nouns=_set(raw, "territory_nouns"),
        civilian_nouns=_set(raw, "civilian_nouns"),
        frame_nouns=_set(raw, "frame_nouns"),
        irrealis=tuple(Phrase.parse(w) for w in raw.get("irrealis", [])),
        light_verbs=_set(raw, "light_verbs"),
        reporting_verbs=frozenset(fold(w) for w in claims.get("reporting_verbs", [])),
        target_case=_set(raw, "target_case"),
        agent_case=_set(raw, "agent_case"),
        negation_particles=_set(negation, "particles"),
        negation_words=_set(negation, "words"),
        negation_determiners=_set(negation, "determiners"),
        numbers={fold(k): v for k, v in fatality.get("numbers", {}).items()},
        quantities={fold(k): v for k, v in fatality.get("quantities", {}).items()},
        fatality_window=int(fatality.get("window", 8)),
        injury_words=tuple(Phrase.parse(w) for w in fatality.get("injury_words", [])),
        clitics=tuple(fold(c) for c in sorted(raw.get("clitics", []), key=len, reverse=True)),
        verb_first=bool(raw.get("verb_first", False)),
        clause_irrealis=_clause_irrealis(raw),
        event_anaphors=_set(raw.get("coreference", {}), "event_nouns"),
        anaphoric_determiners=_set(raw.get("coreference", {}), "determiners"),
        relative_markers=_set(raw.get("coreference", {}), "relative_markers"),
        claim_verbs=_set(raw.get("coreference", {}), "claim_verbs"),
        negation_window=int(negation.get("window", 3)),
        clause_boundaries=_set(raw, "clause_boundaries"),
        passive_auxiliaries=_set(raw, "passive_auxiliaries"),
        participle_endings=tuple(fold(w) for w in raw.get("participle_endings", [])),
        patient_verbs=_set(raw, "patient_verbs"),
        attribution_verbs=_set(raw, "attribution_verbs"),
        facility_nouns=_set(raw, "facility_nouns"),
        qualified_nouns=_set(raw, "qualified_nouns"),
        access_nouns=_set(raw, "access_nouns"),
        limited_access=tuple(
            Phrase.parse(w) for w in raw.get("limited_access", {}).get("words", [])
        ),
        limit_stops=_set(raw.get("limited_access", {}), "not_before"),
        limit_negation=_set(raw.get("limited_access", {}), "after_negation"),
        limit_clock=_set(raw.get("limited_access", {}), "clock_words"),
        limit_date_prepositions=_set(raw.get("limited_access", {}), "date_prepositions"),
        limit_follows=bool(raw.get("limited_access", {}).get("follows", False)),
        limit_contrasts=_set(raw.get("limited_access", {}), "contrasts"),
        threat_verbs=_set(raw, "threat_verbs"),
        background_auxiliaries=_set(raw.get("background_tense", {}), "auxiliaries"),
        background_tenses=frozenset(raw.get("background_tense", {}).get("tenses", [])),
        according_to=frozenset(fold(w).replace(" ", "") for w in claims.get("according_to", [])),
        cased_names=bool(raw.get("cased_names", False)),
        gapped_triggers=bool(raw.get("gapped_triggers", False)),
        unnamed_ways=bool(raw.get("unnamed_ways", False)),
        way_pronouns=_set(raw, "way_pronouns"),
        noun_phrase=_phrase_words(raw, claims),
        background=_background_cues(raw),
        civilian_targets=tuple(Phrase.parse(w) for w in raw.get("civilian_targets", [])),
        escort=tuple(Phrase.parse(w) for w in raw.get("escort", {}).get("words", [])),
        escort_kinds=frozenset(raw.get("escort", {}).get("kinds", [])),
        causative_verbs=_set(raw.get("caused_by", {}), "verbs"),
        causative_subjects=_set(raw.get("caused_by", {}), "subjects"),
        killing_verbs=tuple(Phrase.parse(w) for w in fatality.get("killing_verbs", [])),
        natural_causes=tuple(Phrase.parse(w) for w in fatality.get("natural_causes", [])),
        cause_words=tuple(Phrase.parse(w) for w in raw.get("cause_words", [])),
        situation_cues=tuple(Phrase.parse(w) for w in raw.get("situation_cues", [])),
        situation_sides=_set(raw, "situation_sides"),
        other_victims=_set(raw, "other_victims"),
        military_targets=tuple(Phrase.parse(w) for w in raw.get("military_targets", [])),
        strike_verbs=_set(raw, "strike_verbs"),
        accusation_verbs=_set(raw, "accusation_verbs"),
        own_act_verbs=_set(raw, "own_act_verbs"),
        occurrence_verbs=tuple(Phrase.parse(w) for w in raw.get("occurrence_verbs", [])),
        plans_after=tuple(Phrase.parse(w) for w in raw.get("plans_after", [])),
        date_modifier_determiners=_set(raw, "date_modifier_determiners"),
        decision_retelling=_decision_retelling(raw.get("decision_retelling")),
        cited_before=tuple(
            Phrase.parse(w) for w in raw.get("cited_agreements", {}).get("before", [])
        ),
        cited_after=tuple(
            Phrase.parse(w) for w in raw.get("cited_agreements", {}).get("after", [])
        ),
        cited_reach=int(raw.get("cited_agreements", {}).get("reach", 5)),
        struck_place_cases=_set(raw, "struck_place_case"),
        among_victims=tuple(Phrase.parse(w) for w in fatality.get("among", [])),
        lethal_triggers=_set(fatality, "lethal_triggers"),
        vessel_nouns=_set(raw, "vessel_nouns"),
        elsewhere_words=_set(raw, "elsewhere_words"),
        count_subsets=_set(fatality, "subset"),
        count_alternatives=_set(fatality, "alternatives"),
        vague_quantities=_set(fatality, "vague"),
        number_joiners=tuple(fold(j) for j in fatality.get("number_joiners", [])),
        opposing_verbs=_set(raw, "opposing_verbs"),
        between_case=_set(raw, "between_case"),
        not_territory_nouns=_set(raw, "not_territory_nouns"),
        running_total=tuple(Phrase.parse(w) for w in fatality.get("running_total", [])),
        duration_nouns=_set(raw, "duration_nouns"),
        complementizers=_set(claims, "complementizers"),
        conjunction_clitics=tuple(fold(c) for c in claims.get("conjunction_clitics", [])),
    )


@dataclass(frozen=True)
class Match:
    """A trigger phrase found in a sentence: the rule and the tokens it covers."""

    rule: TriggerRule
    tokens: tuple[Any, ...]

    @property
    def head(self) -> Any:
        """The phrase's syntactic head ("arrêt" of "à l'arrêt"): its token governed from
        outside it; the first token where there is no parse."""
        if len(self.tokens) > 1:
            inside = {t.i for t in self.tokens}
            for t in self.tokens:
                # "tiré sur": the root of the sentence heads its phrase too.
                if t.head.i == t.i or t.head.i not in inside:
                    return t
        return self.tokens[0]

    @property
    def start(self) -> int:
        return self.tokens[0].idx

    @property
    def end(self) -> int:
        last = self.tokens[-1]
        return last.idx + len(last.text)


def phrase_at(phrase: Phrase, tokens: Sequence[Any], i: int, clitics: tuple[str, ...] = ()) -> int:
    """How many tokens the phrase covers starting at tokens[i], or 0 when it does not match."""
    n = len(phrase.words)
    if i + n > len(tokens):
        return 0
    for k, word in enumerate(phrase.words):
        if not word.matches(tokens[i + k], clitics):
            return 0
    return n


# A capitalised word after these starts a sentence of its own, not a name.
_OPENERS = frozenset({'"', "'", "“", "‘", "(", "[", ":", "-", "—", "–", "."})
# Above this share of capitalised words a sentence is a title-case headline.
HEADLINE_SHARE = 0.6


def is_headline(tokens: list[Any]) -> bool:
    """ "Gunmen Attack Ivory Coast Hotel": most words capitalised, as headlines write them."""
    words = [t.text for t in tokens if t.text.isalpha() and len(t.text) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= HEADLINE_SHARE * len(words)


def in_name(tokens: list[Any], i: int) -> bool:
    """Whether tokens[i] is a capitalised word inside the sentence: part of a name."""
    text = tokens[i].text
    if i == 0 or not text.istitle() or not text.isalpha():
        return False
    prev = tokens[i - 1]
    return not (prev.text in _OPENERS or "\n" in prev.text or prev.text.isupper())


# How many words a phrase may step over between two of its own ("tiré dimanche 12 mai au
# matin sur"): more and the words are no longer one phrase.
MAX_GAP = 6


def gapped_phrase_at(
    phrase: Phrase, tokens: list[Any], i: int, clitics: tuple[str, ...], skippable: set[int]
) -> list[int]:
    """The positions of the phrase's words starting at tokens[i], stepping over tokens whose
    position is in `skippable` between two of its words; [] when it does not match."""
    if not phrase.words or not phrase.words[0].matches(tokens[i], clitics):
        return []
    at = [i]
    for word in phrase.words[1:]:
        j, gap = at[-1] + 1, 0
        while j < len(tokens) and j in skippable and not word.matches(tokens[j], clitics):
            j, gap = j + 1, gap + 1
        if j >= len(tokens) or gap > MAX_GAP or not word.matches(tokens[j], clitics):
            return []
        at.append(j)
    return at


def skippable_tokens(tokens: list[Any], times: list[tuple[int, int]]) -> set[int]:
    """Positions of the words a trigger phrase may step over: those of a time expression
    (char spans) and adverbs other than negations. Punctuation, conjunctions and verbs are
    never among them, so that a phrase stays within its clause."""
    out = set()
    for k, t in enumerate(tokens):
        if t.pos_ in ("PUNCT", "CCONJ", "SCONJ", "VERB", "AUX") or "Neg" in t.morph.get("Polarity"):
            continue
        if t.pos_ == "ADV" or any(s <= t.idx and t.idx + len(t.text) <= e for s, e in times):
            out.add(k)
    return out


def natural_toll(lex: Lexicon, tokens: list[Any], killer: str | None) -> bool:
    """Whether a death toll in this sentence is one of nature or accident ("floods killed 40
    people", "died in a road accident"): a natural cause is named, and no one but that cause
    is said to have killed ("gunmen killed 12 people during a storm" is violence)."""
    if not any(phrase_at(p, tokens, k) for p in lex.natural_causes for k in range(len(tokens))):
        return False
    if killer is None:
        return True
    return any(
        _is_cause_word(w, p.words[0]) for w in fold(killer).split() for p in lex.natural_causes
    )


def _is_cause_word(word: str, cause: Word) -> bool:
    return word.startswith(cause.text) if cause.prefix else word == cause.text


@dataclass(frozen=True)
class _PhraseIndex:
    """A lexicon's trigger phrases by their first word, so that at each token only the phrases
    that can start there are tried (trying them all made long texts slow). The phrases come
    back in lexicon order, which breaks ties between matches of the same length."""

    by_word: dict[str, tuple[int, ...]]  # a first word's text -> phrase numbers
    by_prefix: tuple[int, ...]  # phrases whose first word is a prefix ("attaq*")
    phrases: tuple[tuple[TriggerRule, Phrase], ...]

    def starting_at(self, token: Any, clitics: tuple[str, ...]) -> list[tuple[TriggerRule, Phrase]]:
        keys = (*forms_of(token.text, clitics), _folded_word(token.lemma_))
        numbers = {n for k in keys for n in self.by_word.get(k, ())}
        numbers.update(self.by_prefix)
        return [self.phrases[n] for n in sorted(numbers)]


# id(lexicon) -> (the lexicon, its index); the lexicon is held so its id is never reused
_INDEXES: dict[int, tuple[Lexicon, _PhraseIndex]] = {}


def _phrase_index(lex: Lexicon) -> _PhraseIndex:
    held = _INDEXES.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    by_word: dict[str, list[int]] = {}
    by_prefix: list[int] = []
    phrases = [(r, p) for r in lex.rules for p in r.phrases if p.words]
    for n, (_rule, phrase) in enumerate(phrases):
        first = phrase.words[0]
        if first.prefix:
            by_prefix.append(n)
        else:
            by_word.setdefault(first.text, []).append(n)
    index = _PhraseIndex(
        {w: tuple(ns) for w, ns in by_word.items()}, tuple(by_prefix), tuple(phrases)
    )
    _INDEXES[id(lex)] = (lex, index)
    return index


def find_triggers(
    lex: Lexicon, tokens: list[Any], times: list[tuple[int, int]] = ()
) -> list[Match]:
    """Trigger matches of a token sequence, longest first at each position, never overlapping.
    `times`: the char spans of the sentence's time expressions, which a phrase of several
    words may step over where the language allows it."""
    out: list[Match] = []
    names = lex.cased_names and not is_headline(tokens)
    skippable = skippable_tokens(tokens, list(times)) if lex.gapped_triggers else set()
    index = _phrase_index(lex)
    i = 0
    while i < len(tokens):
        best: tuple[list[int], TriggerRule] | None = None
        for rule, phrase in index.starting_at(tokens[i], lex.clitics):
            if skippable and len(phrase.words) > 1:
                at = gapped_phrase_at(phrase, tokens, i, lex.clitics, skippable)
            else:
                n = phrase_at(phrase, tokens, i, lex.clitics)
                at = list(range(i, i + n))
            # The more words, then the fewer stepped over.
            if at and (best is None or (len(at), -at[-1]) > (len(best[0]), -best[0][-1])):
                best = (at, rule)
        # One capitalised word is a name ("Liberation Front"); "Air Force" is still a trigger.
        if best is None or (names and len(best[0]) == 1 and in_name(tokens, i)):
            i += 1
            continue
        out.append(Match(best[1], tuple(tokens[k] for k in best[0])))
        i = best[0][-1] + 1
    return out
