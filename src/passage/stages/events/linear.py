"""Noun phrases around a trigger read from word order alone, for languages without a parser
whose subject comes first: the words before a verb trigger name who acted, those after it whom
it was done to, when no known actor stands there."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from passage.stages.events.lexicon import BackgroundCues, Phrase, PhraseWords, fold, phrase_at

# Longer phrases before a trigger are whole clauses, not a subject; longer after it, not an
# object.
MAX_SUBJECT = 10
MAX_OBJECT = 10
# Punctuation that ends a phrase; brackets do not: "the Azadliq (Freedom) coalition".
PHRASE_PUNCT = frozenset(',;:"“”«»—–!?،؛')
BRACKETS = {")": "(", "]": "[", "}": "{"}
# How many words a noun trigger's own phrase may hold before it ("a 24 - hour hunger strike"),
# and an apposition between a subject and its verb ("Sidhoum, a rights activist, staged").
NOUN_PHRASE_REACH = 5
MAX_APPOSITION = 8


def _word(token: Any) -> str:
    return fold(token.text)


def _is_number(token: Any) -> bool:
    return any(ch.isdigit() for ch in token.text)


def is_noun_use(words: PhraseWords, tokens: Sequence[Any], first: int) -> bool:
    """Whether the trigger at tokens[first] is used as a noun: a determiner, a preposition, a
    number or a possessive stands right before it ("the attack", "two rallies", "Iran's
    offer"), or it opens the sentence ("Fighting resumed")."""
    if first == 0:
        return True
    prev = tokens[first - 1]
    word = _word(prev)
    return word in words.noun_markers or _is_number(prev) or word in ("'s", "'")


def light_verb_before(
    words: PhraseWords, tokens: Sequence[Any], first: int, reach: int = NOUN_PHRASE_REACH
) -> int | None:
    """Where the light verb starts whose object is the trigger at tokens[first], up to `reach`
    words of its phrase before it ("launched an attack", "staged a 24-hour hunger strike",
    "held talks"), or None."""
    toks = list(tokens)
    for m in range(first, max(-1, first - reach - 1), -1):
        if m < first and breaks(words, toks[m]):
            return None
        for phrase in words.light_verbs:
            n = len(phrase.words)
            if m - n >= 0 and phrase_at(phrase, toks, m - n) == n:
                # words between the verb and the trigger make a noun phrase only when it
                # opens with a determiner or a number ("a 24-hour", "two")
                between = toks[m:first]
                if not between or any(
                    _word(t) in words.noun_markers or _is_number(t) for t in between
                ):
                    return m - n
                return None
    return None


def subject_span(words: PhraseWords, tokens: Sequence[Any], first: int) -> tuple[int, int] | None:
    """Token bounds [start, end) of the subject before a verb trigger at tokens[first]: back over
    auxiliaries and adverbs ("has", "on Friday", "again"), over "to" and the verb that governs
    it ("offered to negotiate"), then to the start of the clause. A noun trigger has one only
    as the object of a light verb ("Rebels launched an attack", "staged protests"). An
    apposition between the subject and its verb is left out ("Sidhoum, a rights activist,
    staged")."""
    noun = is_noun_use(words, tokens, first)
    if words.light_verbs and first > 0:
        verb = light_verb_before(words, tokens, first)
        if verb is not None:
            return subject_span(words, tokens, verb)
    if noun:
        return None
    k = first - 1
    while k >= 0 and _word(tokens[k]) in words.skip:
        k -= 1
    if k >= 1 and _word(tokens[k]) == words.infinitive:
        k -= 1
        # the governing verb, after any adverb of its own ("threatened today to hold")
        while k >= 1 and _word(tokens[k]) in words.skip:
            k -= 1
        k -= 1
        while k >= 0 and _word(tokens[k]) in words.skip:
            k -= 1
    if k >= 1 and tokens[k].text == ",":
        # "X, a rights activist, staged": back over the apposition to the subject before it
        opening = next(
            (
                j
                for j in range(k - 1, max(-1, k - MAX_APPOSITION - 2), -1)
                if breaks(words, tokens[j])
            ),
            None,
        )
        if opening is not None and tokens[opening].text == "," and opening >= 1:
            k = opening - 1
    end = k + 1
    depth: list[str] = []
    while k >= 0 and end - k <= MAX_SUBJECT + 1:
        text = tokens[k].text
        if text in BRACKETS:
            depth.append(BRACKETS[text])
        elif depth and text == depth[-1]:
            depth.pop()
        elif not depth and (
            text in PHRASE_PUNCT or text in "([{" or _word(tokens[k]) in words.clause_words
        ):
            break
        k -= 1
    start = k + 1
    if start >= end or end - start > MAX_SUBJECT or depth:
        return None  # nothing, or no clause start near enough: not a subject
    if _word(tokens[start]) in words.conjunctions or _word(tokens[end - 1]) in words.conjunctions:
        # "artillery, mortar, and rocket fire", "declared a state of siege, suspending the
        # constitution and arresting": a list or a second verb, whose subject is elsewhere
        return None
    if tokens[start].text.islower() and _word(tokens[start]).endswith(words.participle_clause):
        return None  # ", suspending parts of the constitution": a participle, no subject
    if (
        end - start >= 2
        and _word(tokens[end - 2]) == words.infinitive
        and tokens[end - 1].text.islower()
    ):
        return None  # "a text that seeks to tighten sanctions": the object of a verb of its own
    if tokens[end - 1].text.islower() and _word(tokens[end - 1]) in words.reporting:
        return None  # "the council said reopening the road ...": the speaker, not who acts
    if not any(t.text[:1].isalpha() for t in tokens[start:end]):
        return None
    if tokens[start].text.islower() and _word(tokens[start]) in words.object_stops:
        return None  # "died while in police custody": a preposition opens no subject
    if end - start == 1 and bare_singular(words, tokens[start]):
        return None  # "as street battles raged", "deserted rocket sites": a modifier
    return start, end


def bare_singular(words: PhraseWords, token: Any) -> bool:
    """A lone lowercase word that is no plural and no pronoun: it modifies the noun after it
    ("street battles", "border clashes"); a bare subject is a plural ("activists marched")
    or takes a determiner ("the crowd")."""
    word = _word(token)
    return token.text.islower() and not word.endswith("s") and word not in words.pronouns


def speaker_span(words: PhraseWords, tokens: Sequence[Any], at: int) -> tuple[int, int] | None:
    """ "Al-Shabaab said it attacked", "the rebels claimed they had killed": when the pronoun
    at tokens[at] comes right after a reporting verb ("that" and adverbs aside), the subject
    of that verb, whom the pronoun stands for."""
    if _word(tokens[at]) not in words.pronouns:
        return None
    k = at - 1
    while k >= 1 and (_word(tokens[k]) in words.skip or _word(tokens[k]) == "that"):
        k -= 1
    if k < 1 or _word(tokens[k]) not in words.reporting:
        return None
    span = subject_span(words, tokens, k)
    if span is None or any(_word(t) in words.pronouns for t in tokens[span[0] : span[1]]):
        return None
    return span


def object_span(words: PhraseWords, tokens: Sequence[Any], last: int) -> tuple[int, int] | None:
    """Token bounds [start, end) of the object after a verb trigger ending at tokens[last]:
    past a count ("up to 16", "at least"), up to a preposition, punctuation or clause word.
    A trigger that ends with "to" governs a verb whose object it is ("threatened to shell
    Iraqi towns"); adverbs and days at its end are no part of it ("towns today")."""
    k = last + 1
    if k < len(tokens) and _word(tokens[k]) in words.conjunctions | {words.infinitive}:
        return None  # "fired water cannon and ...", "fired tear gas to disperse": no object
    if (
        _word(tokens[last]) == words.infinitive
        and k < len(tokens)
        and tokens[k].text.isalpha()
        and _word(tokens[k]) not in words.noun_markers
    ):
        k += 1
    when = past_when(words, tokens, k)
    if when > k and when < len(tokens) and _stops_after_when(words, tokens, when):
        return None  # "shunned work on Monday to protest", "rioted Monday at this jail"
    k = when
    while k < len(tokens) and _word(tokens[k]) in words.quantifiers:
        k += 1
    start = k
    while k < len(tokens) and k - start <= MAX_OBJECT:
        t = tokens[k]
        word = _word(t)
        if (
            t.text in PHRASE_PUNCT
            or t.text in ".()[]"
            or word in words.object_stops
            or word in words.clause_words
            or (k > start and _ends_object(words, tokens, k))
        ):
            break
        k += 1
    end = k
    if start >= end or end - start > MAX_OBJECT:
        return None
    if tokens[start].text.islower() and _word(tokens[start]).endswith(words.participle_clause):
        return None  # "blocked roads leading to the centre": a participle, no object
    if all(_word(t) in words.skip for t in tokens[start:end]):
        return None  # "agreed today to ...": an adverb, not an object
    while _word(tokens[end - 1]) in words.skip:
        end -= 1
    if not any(t.text[:1].isalpha() for t in tokens[start:end]):
        return None
    return start, end


def past_when(words: PhraseWords, tokens: Sequence[Any], k: int) -> int:
    """Past the words at tokens[k] that say when, between a verb and its object ("forced out
    on Wednesday more than 1,000 refugees", "freed today two hostages"): a time word, or a
    word that opens a phrase ("on", "this") with a time word after it."""
    while k < len(tokens) and _word(tokens[k]) in words.skip:
        word = _word(tokens[k])
        nxt = _word(tokens[k + 1]) if k + 1 < len(tokens) else ""
        if word in words.noun_markers and nxt not in words.skip - words.noun_markers:
            break  # "on the border", "this village": the object itself
        k += 1
    return k


def _stops_after_when(words: PhraseWords, tokens: Sequence[Any], k: int) -> bool:
    """Whether the word after a time ("on Monday") opens no object: "to", "and" or a
    preposition other than a count's ("at least")."""
    word = _word(tokens[k])
    if word in words.conjunctions or word == words.infinitive:
        return True
    nxt = _word(tokens[k + 1]) if k + 1 < len(tokens) else ""
    return word in words.object_stops and not (
        word in words.quantifiers and nxt in words.quantifiers
    )


def _ends_object(words: PhraseWords, tokens: Sequence[Any], k: int) -> bool:
    """Whether tokens[k] is a time word or an auxiliary after an object, which it is no part
    of ("set fire to the offices overnight", "the convoy Sunday"); not one a determiner
    opens ("the night shift")."""
    word = _word(tokens[k])
    if word not in words.skip or word in words.noun_markers:
        return False
    return _word(tokens[k - 1]) not in words.noun_markers


def participle_comma(words: PhraseWords, tokens: Sequence[Any], first: int) -> int | None:
    """Where the comma stands that opens the participle clause whose verb is the trigger at
    tokens[first] (", arresting 40 fighters", ", wounding several and detaining 15"): the
    clause has no subject of its own, it shares that of the clause before the comma."""
    if not _participle(words, tokens[first]) or first < 1:
        return None
    k = first - 1
    if tokens[k].text == ",":
        return k
    if _word(tokens[k]) not in words.conjunctions:
        return None
    for j in range(k - 1, max(-1, k - MAX_OBJECT - 2), -1):
        if tokens[j].text == ",":
            return j if j + 1 < k and _participle(words, tokens[j + 1]) else None
        if breaks(words, tokens[j]):
            return None
    return None


def _participle(words: PhraseWords, token: Any) -> bool:
    return token.text.islower() and _word(token).endswith(words.participle_clause)


def opens_participle(words: PhraseWords, token: Any) -> bool:
    """ "demanding", "calling for": a word with the participle ending of the language."""
    return _participle(words, token)


def cut_short(words: PhraseWords, tokens: Sequence[Any]) -> bool:
    """A phrase read from word order that ends on an article or a preposition ("A convoy of",
    "Aid agencies had expected the") or holds a verb of its own ("A bus driver says the road",
    "later insisted the crossing would") is a clause cut short, not a party to an act."""
    last = tokens[-1]
    if last.text.islower() and _word(last) in words.never_last:
        return True
    return any(t.text.islower() and _word(t) in words.finite_verbs for t in tokens)


def after_place_preposition(words: PhraseWords, tokens: Sequence[Any], at: int) -> bool:
    """Whether the words at tokens[at] follow a preposition of place, determiners aside
    ("settlers in the West Bank"): they say where, not who."""
    return follows(words, tokens, at, words.place_prepositions)


def follows(
    words: PhraseWords, tokens: Sequence[Any], at: int, before: frozenset[str] | set[str]
) -> bool:
    """Whether the phrase at tokens[at] follows one of the words `before`, determiners and
    other words that open a noun phrase aside ("killed by an improvised explosive device")."""
    k = at - 1
    while k >= 0 and _word(tokens[k]) in words.noun_markers - before:
        k -= 1
    return k >= 0 and _word(tokens[k]) in before


def without_place(
    words: PhraseWords, tokens: Sequence[Any], span: tuple[int, int]
) -> tuple[int, int]:
    """A subject without the place that follows its head ("Jewish settlers in the West Bank
    city of Hebron" -> "Jewish settlers")."""
    start, end = span
    for k in range(start + 1, end):
        if _word(tokens[k]) in words.place_prepositions:
            return start, k
    return span


def case_word_after(
    words: PhraseWords, tokens: Sequence[Any], last: int, cases: frozenset[str] | set[str]
) -> int | None:
    """Where a case word ("against", "on") stands in the trigger's own phrase after
    tokens[last] ("rocket fire against the camps"), before any break; None when none does."""
    for k in range(last + 1, min(len(tokens), last + 1 + NOUN_PHRASE_REACH + 1)):
        if _word(tokens[k]) in cases:
            return k
        if breaks(words, tokens[k]) or _word(tokens[k]) in words.object_stops:
            return None
    return None


def _is_year(token: Any) -> bool:
    # a sentence's last word may keep its full stop where the tokenizer is rule-based ("1994.")
    text = token.text.rstrip(".")
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


def breaks(words: PhraseWords, token: Any) -> bool:
    return token.text in PHRASE_PUNCT or token.text in ".()[]" or _word(token) in words.clause_words


def is_background(
    cues: BackgroundCues,
    words: PhraseWords,
    tokens: Sequence[Any],
    first: int,
    last: int,
    reporting: frozenset[str] = frozenset(),
) -> bool:
    """Whether the trigger at tokens[first..last] tells what came before the story rather than
    its news: a cue in its phrase before it ("the scene of a deadly attack", "since the
    clashes"), a year that dates it ("a 2017 attack", "the attack in 2017"), a cue after it
    ("clashes last year"), or a past perfect ("had attacked") that no reporting verb before it
    explains ("said the rebels had attacked" is the story told in reported speech)."""
    tokens = list(tokens)
    lo = first
    while lo > 0 and first - lo < cues.reach + 1 and not breaks(words, tokens[lo - 1]):
        lo -= 1
    for k in range(lo, first):
        # "a deadly 2017 attack"; not "March 2018", "15 May 2019": a day's or month's year
        # dates the telling itself.
        prev = tokens[k - 1] if k > 0 else None
        if not _is_year(tokens[k]):
            continue
        if cues.bare_years and not (
            prev is not None and (prev.text.istitle() or prev.text.isdigit())
        ):
            return True
        if not cues.bare_years and prev is not None and _word(prev) in cues.year_words:
            return True
    if (
        first >= 1
        and _word(tokens[first - 1]) in cues.before_participle
        and _participle(words, tokens[first])
    ):
        return True  # "after capturing it": done before what the clause tells
    for k in range(max(0, lo - 3), first):
        for phrase in cues.before:
            n = phrase_at(phrase, tokens, k, cues.clitics)
            if n and lo <= k + n <= first:
                return True
    hi = last + 1
    while hi < len(tokens) and hi - last <= cues.reach + 2 and not breaks(words, tokens[hi]):
        hi += 1
    if hi + 1 < len(tokens) and _word(tokens[hi]) in cues.year_words and _is_year(tokens[hi + 1]):
        # "has been fighting the government since 2012": a clause word that only dates it
        hi += 2
    for k in range(last + 1, hi):
        if _is_year(tokens[k]) and _word(tokens[k - 1]) in cues.year_words:
            return True
        if any(phrase_at(p, tokens, k, cues.clitics) for p in cues.after):
            return True
    if cues.auxiliaries and first >= 1:
        k = first - 1
        while k > 0 and first - k <= 2 and _word(tokens[k]) in words.skip - cues.auxiliaries:
            k -= 1
        if _word(tokens[k]) in cues.auxiliaries:
            return not any(_word(t) in reporting for t in tokens[:k])
    return False


# How many words a cause word may stand before the context phrase it introduces ("over the
# brutal killing", "to condemn the massacre").
CAUSE_REACH = 4
# ... and before an act a protest is about, told as a longer noun phrase ("angered by the
# killing of a civilian in a bomb blast").
TOPIC_REACH = 10


def told_as_cause(
    words: PhraseWords,
    causes: Sequence[Phrase],
    tokens: Sequence[Any],
    first: int,
    verb_endings: tuple[str, ...] = (),
    reach: int = CAUSE_REACH,
) -> bool:
    """Whether the context phrase at tokens[first] is what an event is about rather than how
    it went: a cause word stands before it in its phrase ("protested over the killing of a
    student", "rallied to condemn the massacre", "a vigil for victims of the crackdown")."""
    toks = list(tokens)
    if _verb_after_noun(words, toks, first, verb_endings):
        return False  # "protesting against a fee hike vandalised the campus": what they did
    for k in range(first - 1, max(-1, first - reach - 1), -1):
        if breaks(words, toks[k]):
            return False
        for cause in causes:
            n = len(cause.words)
            if k + n <= first and phrase_at(cause, toks, k) == n:
                return True
    return False


def _verb_after_noun(
    words: PhraseWords, toks: list[Any], first: int, endings: tuple[str, ...]
) -> bool:
    """ "students protesting against a fee hike vandalised university property": a past verb
    right after a noun and before its own object ends the cause phrase and tells the act of
    the clause's subject; not "the killing of a man shot by police" (a participle that
    describes the noun, followed by its agent or a place) nor "over burned homes"."""
    if not endings or first < 1 or first + 1 >= len(toks):
        return False
    verb, prev, nxt = toks[first], toks[first - 1], toks[first + 1]
    return (
        verb.text.islower()
        and _word(verb).endswith(endings)
        and prev.text.isalpha()
        and _word(prev) not in words.noun_markers
        and _word(prev) not in words.skip
        and nxt.text.isalpha()
        and _word(nxt) not in words.object_stops
    )


# How many words (determiners, adjectives) may stand between a situation cue and the violent
# noun it introduces ("because of the heavy fighting", "en raison des violents combats").
SITUATION_REACH = 3


def after_situation_cue(
    words: PhraseWords,
    cues: Sequence[Phrase],
    tokens: Sequence[Any],
    first: int,
    clitics: tuple[str, ...] = (),
) -> bool:
    """Whether the trigger at tokens[first] is introduced by a cause phrase ("fled because of
    the fighting", "fermée en raison des combats", "بسبب المعارك"): it names the situation
    that caused what the clause tells, not a new act."""
    toks = list(tokens)
    for k in range(first - 1, max(-1, first - SITUATION_REACH - 2), -1):
        for cue in cues:
            n = len(cue.words)
            ends_near = first - SITUATION_REACH <= k + n <= first
            if ends_near and phrase_at(cue, toks, k, clitics) == n:
                return True
        if breaks(words, toks[k]):
            return False
    return False


def names_party(words: PhraseWords, text: str) -> bool:
    """Whether an object phrase read from word order names people or a party rather than a
    thing: a capitalised word in it (a name, a nationality: "Palestinian homes", "Iraqi
    towns") or a word for people ("refugees", "officials"), and no possessive that makes it
    the actor's own ("withdrew its troops", "mobilized their reservists")."""
    tokens = text.split()
    if owned(words, text):
        return False
    return any(
        (t[:1].isupper() and fold(t) not in words.skip) or fold(t) in words.party_nouns
        for t in tokens
    )


def owned(words: PhraseWords, text: str) -> bool:
    """Whether a phrase opens with a possessive that makes it the actor's own ("its troops",
    "their positions"): outside violence, not whom the act was done to."""
    tokens = text.split()
    return bool(tokens) and fold(tokens[0]) in words.own_markers


def phrase_opening(words: PhraseWords, tokens: Sequence[Any], at: int) -> int:
    """Where the noun phrase of the name at tokens[at] opens: back over its determiners and
    hyphenated modifiers ("the Kurdish-led SDF")."""
    while at >= 1:
        if _word(tokens[at - 1]) in words.noun_markers:
            at -= 1
        elif at >= 3 and tokens[at - 2].text == "-":
            at -= 3
        else:
            break
    return at


def where_act_was(words: PhraseWords, tokens: Sequence[Any], last: int, at: int) -> bool:
    """Whether the place at tokens[at] says where the act ending at tokens[last] was done:
    a locative right after it, adverbs and determiners aside ("signed a deal in Cairo",
    "met on Sunday in Doha"), not after an object of its own ("a force in Lebanon")."""
    between = [_word(t) for t in tokens[last + 1 : at]]
    return any(w in words.locatives for w in between) and all(
        w in words.locatives or w in words.noun_markers or w in words.skip for w in between
    )
