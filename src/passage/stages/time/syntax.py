"""The tense of the verb that governs a temporal expression, read from the language stage's
dependency parse ("a annoncé dimanche" -> past, "sera rouvert lundi" -> future)."""

from __future__ import annotations

import bisect
from typing import Any, NamedTuple

PAST, FUTURE, PRESENT = "past", "future", "present"
# A past that says what used to be ("il venait le mercredi"): a past for picking a day, but it
# does not make a habitual weekday a single one.
IMPERFECT = "imperfect"
# Tense features of a finite verb (Universal Dependencies) -> what they say of the time
_SIMPLE = {"Fut": FUTURE, "Past": PAST, "Imp": IMPERFECT, "Pres": PRESENT}
# Moods whose verb tells nothing sure of the time ("aurait lieu", "qu'il parte"): the caller
# keeps to its word cues.
_UNSURE_MOODS = {"Cnd", "Sub"}
# How many heads up from an expression a governing verb is looked for.
MAX_HOPS = 12
_VERBAL = {"VERB", "AUX"}
# How a parser joins the clause of a cleft to the day it singles out ("dep" when unsure).
_CLEFT_DEPS = {"acl:relcl", "acl", "ccomp", "dep"}


class Governor(NamedTuple):
    """What the parse says of an expression's time: `tense` (None where the verb's mood or
    form tells nothing sure) and `clause`, the characters of the governing verb's clause."""

    tense: str | None
    clause: tuple[int, int]
    # the characters of the bare past participle the tense rests on ("tué samedi"), where it
    # does: a tagger may take a future ("décréteront") for one, which its form then belies
    participle: tuple[int, int] | None = None


def _clause(token: Any) -> tuple[int, int]:
    right = token.right_edge
    return token.left_edge.idx, right.idx + len(right.text)


def _feature(token: Any, name: str) -> str | None:
    values = token.morph.get(name)
    return values[0] if values else None


def _is_aux(dep: str, kind: str) -> bool:
    return dep == kind or dep.startswith(kind + ":")


def _is_cleft(child: Any, focus: Any) -> bool:
    """A relative clause after the day a copula singles out: "c'est samedi [qu'il a rouvert]"."""
    return child.i > focus.i and child.dep_ in _CLEFT_DEPS and child.pos_ in _VERBAL


def _bare_participle(verb: Any) -> tuple[int, int] | None:
    """The characters of `verb` when it is a past participle with no auxiliary."""
    if _feature(verb, "VerbForm") != "Part" or _feature(verb, "Tense") != "Past":
        return None
    if any(_is_aux(c.dep_, "aux") for c in verb.children):
        return None
    return verb.idx, verb.idx + len(verb.text)


class ParsedTenses:
    """Tenses of the expressions of one parsed text. `periphrases` maps a governing verb's
    lemma, with any words its infinitive must be introduced by, to the tense it makes when
    in the present: {"aller": "future", "venir de": "past"}; `scheduling` lists the lemmas of
    verbs whose participle dates what is planned ("prévue samedi", "reportée à lundi")."""

    def __init__(self, doc: Any, periphrases: dict[str, str], scheduling: list[str]) -> None:
        self.doc = doc
        self._starts = [t.idx for t in doc]
        self._periphrases = [
            (key.split()[0], key.split()[1:], tense) for key, tense in periphrases.items()
        ]
        self._scheduling = {lemma.lower() for lemma in scheduling}

    @classmethod
    def of(
        cls, doc: Any, text: str, periphrases: dict[str, str], scheduling: list[str]
    ) -> ParsedTenses | None:
        """The tenses of `doc` when it is a parse of `text`, else None (no model, no parser,
        or a doc of another text)."""
        if doc is None or getattr(doc, "text", None) != text:
            return None
        if not (doc.has_annotation("DEP") and doc.has_annotation("MORPH")):
            return None
        return cls(doc, periphrases, scheduling)

    def _root(self, start: int, end: int) -> tuple[Any, int, int]:
        """The token of [start, end) whose head lies outside it (the first such one)."""
        first = max(0, bisect.bisect_right(self._starts, start) - 1)
        last = bisect.bisect_left(self._starts, end)
        tokens = self.doc[first:last]
        for t in tokens:
            if not first <= t.head.i < last or t.head.i == t.i:
                return t, first, last
        return None, first, last

    def governor(self, start: int, end: int) -> Governor | None:
        """The tense of the verb that governs the expression at [start, end) (past,
        imperfect, future or present) and that verb's clause; None where the parse names no
        verb above the expression."""
        token, first, last = self._root(start, end)
        if token is None:
            return None
        for _ in range(MAX_HOPS):
            copula = next((c for c in token.children if _is_aux(c.dep_, "cop")), None)
            if copula is not None and not first <= copula.i < last:
                # "C'est samedi que le passage a rouvert": the clause the copula singles the
                # day out for tells the tense, not the copula
                cleft = next((c for c in token.children if _is_cleft(c, token)), None)
                if cleft is None:
                    return Governor(self._copula(copula, token), _clause(token))
                token = cleft
            if token.pos_ in _VERBAL and not first <= token.i < last:
                found, go_on = self._of_verb(token)
                if not go_on:
                    return Governor(found, _clause(token), _bare_participle(token))
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    def _of_verb(self, verb: Any, depth: int = 0) -> tuple[str | None, bool]:
        """(tense, False) where `verb` settles the tense, (None, True) where the verb it
        hangs on does: a bare participle joined to another ("arrêté samedi et jugé lundi"),
        a present participle ("en utilisant")."""
        auxes = [c for c in verb.children if _is_aux(c.dep_, "aux")]
        form = _feature(verb, "VerbForm")
        # "prévue samedi", "a été reportée à samedi": the day of what is planned
        passive = not auxes or any(_is_aux(a.dep_, "aux:pass") for a in auxes)
        sure = not any(_feature(a, "Mood") in _UNSURE_MOODS for a in auxes)
        if form == "Part" and passive and sure and verb.lemma_.lower() in self._scheduling:
            return FUTURE, False
        for aux in auxes:
            if _feature(aux, "Mood") in _UNSURE_MOODS:
                return None, False
            periphrasis = self._periphrasis(aux, verb)
            if periphrasis is not None:  # "va" parsed as the auxiliary of "rouvrir"
                return periphrasis, False
        tense_aux = [a for a in auxes if not _is_aux(a.dep_, "aux:pass")] or auxes
        if tense_aux:
            aux = tense_aux[0]
            if not (_feature(aux, "VerbForm") == "Inf" and _is_aux(aux.dep_, "aux:pass")):
                # "a annoncé", "avait annoncé", "est arrivé", "avoir abattu", "ayant quitté":
                # done before the time of the auxiliary, past unless that is to come
                return (FUTURE if _feature(aux, "Tense") == "Fut" else PAST), False
            form = "Inf"  # "doit être rouvert": a passive infinitive, read as an infinitive
        if form == "Fin":
            return self._finite(verb), False
        if verb.dep_ == "conj" or verb.dep_.startswith("conj:"):
            return None, True
        if form == "Inf":
            return self._of_infinitive(verb, depth), False
        if form == "Part" and _feature(verb, "Tense") == "Past":
            return PAST, False  # "un communiqué diffusé mardi", "tué samedi"
        return None, True

    def _of_infinitive(self, verb: Any, depth: int) -> str | None:
        """ "va rouvrir", "vient de rouvrir": the data's periphrases; else an infinitive is
        to come when the verb it hangs on is present or future ("peuvent rêver du podium
        dimanche", "devra attendre"); after a past, the time is not told."""
        governor = verb.head
        if governor.i == verb.i or governor.pos_ not in _VERBAL or depth >= MAX_HOPS:
            return None
        periphrasis = self._periphrasis(governor, verb)
        if periphrasis is not None:
            return periphrasis
        found, _go_on = self._of_verb(governor, depth + 1)
        return FUTURE if found in (PRESENT, FUTURE) else None

    def _copula(self, copula: Any, predicate: Any) -> str | None:
        """ "est", "sera", "a été", "aura été": a compound copula takes its auxiliary's tense,
        which the parse hangs on the predicate."""
        if _feature(copula, "VerbForm") == "Fin":
            return self._finite(copula)
        auxes = [c for c in predicate.children if _is_aux(c.dep_, "aux")]
        if not auxes or _feature(auxes[0], "Mood") in _UNSURE_MOODS:
            return None
        return FUTURE if _feature(auxes[0], "Tense") == "Fut" else PAST

    @staticmethod
    def _finite(verb: Any) -> str | None:
        if _feature(verb, "Mood") in _UNSURE_MOODS:
            return None
        return _SIMPLE.get(_feature(verb, "Tense") or "")

    def _periphrasis(self, governor: Any, infinitive: Any) -> str | None:
        """ "va rouvrir" -> future, "vient de rouvrir" -> past: a governing verb of the data's
        list, in the present, with the words it wants before its infinitive."""
        if _feature(governor, "Tense") != "Pres" or _feature(governor, "Mood") in _UNSURE_MOODS:
            return None
        lemma = governor.lemma_.lower()
        markers = {c.lower_ for c in infinitive.children} | {
            c.lemma_.lower() for c in infinitive.children
        }
        for head_lemma, wanted, tense in self._periphrases:
            if head_lemma == lemma and all(w in markers for w in wanted):
                return tense
        return None
