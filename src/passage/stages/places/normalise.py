"""Name normalisation: the keys under which the gazetteer and the registry index every name."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from rapidfuzz import fuzz

from passage import data

# How alike the consonants of a romanised name and of its Latin namesake must be (see
# `romanised`); "br" for "brt" (Beirut) is not alike enough.
ROMANISED_MIN_RATIO = 80.0
# How many Latin spellings of an Arabic name `latin_consonants` tries at most.
MAX_ROMANISED_SPELLINGS = 16
# No toponym is longer than this; longer input is not a name and is not normalised.
MAX_NAME_CHARS = 120

_APOSTROPHES = "'’‘`´ʼʻʽʾʿˈ′"
_ASCII_APOSTROPHES = "".join(ch for ch in _APOSTROPHES if ch.isascii())
# The keys of a language's places data that the gazetteer index is built from.
INDEX_KEYS = (
    "articles",
    "letters",
    "transliteration",
    "inner_transliteration",
    "endings",
    "country_aliases",
    "region_aliases",
    "region_abbreviations",
    "region_kind_words",
    "direction_words",
    "romanisation",
    "region_groups",
    "blocs",
    "stopwords",
    "airport_names",
    "word_spellings",
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# Arabic short vowels, shadda, sukun, superscript alef, tatweel: absent from most spellings.
_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640\u06D6-\u06ED]")
# The marks that tell words apart (short vowels, shadda, sukun, dagger alef), not tatweel.
_TELLING_MARKS = re.compile(r"[\u064B-\u0652\u0670]")
_LATIN_VOWELS = re.compile(r"[aeiouyw]")
_DOUBLED = re.compile(r"(.)\1+")
# A doubled digraph ("zhzh" in "Zaporizhzhia", "shsh" for a shadda) is one sound written twice.
_DOUBLED_DIGRAPH = re.compile(r"([a-z]h)\1+")
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
# Names the index keeps: Latin and Arabic scripts (the languages Passage reads).
_KEPT_SCRIPTS = re.compile(
    r"^[\u0000-\u024F\u1E00-\u1EFF\u0300-\u036F\u02B0-\u02FF\u2018-\u201F"
    r"\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\u200c\u200d]+$"
)


@dataclass(frozen=True)
class Rules:
    """Normalisation rules gathered from every language's places data file."""

    articles: frozenset[str]
    letters: tuple[tuple[str, str], ...]
    transliteration: tuple[tuple[str, str], ...]
    romanisation: tuple[tuple[str, str], ...]
    endings: tuple[tuple[str, str], ...]
    digest: str
    # rewritten only before another letter of the word (see `_inner`)
    inner_transliteration: tuple[tuple[str, str], ...] = ()
    # whole words rewritten (see `skeleton`)
    words: tuple[tuple[str, str], ...] = ()

    @cached_property
    def word_table(self) -> dict[str, str]:
        return dict(self.words)

    @cached_property
    def letters_outside_ascii(self) -> bool:
        """Whether every letter rule rewrites a non-ASCII letter: an ASCII name is then left
        as it is by all of them (see `_fold`)."""
        return all(not a.isascii() for a, _b in self.letters)


@cache
def rules() -> Rules:
    """The union of all languages' rules: they act on scripts, so applying them all is safe."""
    articles: set[str] = set()
    letters: dict[str, str] = {}
    translit: list[tuple[str, str]] = []
    roman: dict[str, str] = {}
    endings: list[tuple[str, str]] = []
    inner: list[tuple[str, str]] = []
    words: dict[str, str] = {}
    raw = []
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        # every key the index build reads keys the index file too, so that a change to one
        # rebuilds it (aliases become index names, stopwords leave names out, blocs are rows)
        raw.append((lang, *(conf.get(k) for k in INDEX_KEYS)))
        articles.update(a.casefold() for a in conf.get("articles", []))
        letters.update(conf.get("letters", {}))
        translit.extend((a.casefold(), b.casefold()) for a, b in conf.get("transliteration", []))
        roman.update(conf.get("romanisation", {}))
        endings.extend((a.casefold(), b.casefold()) for a, b in conf.get("endings", []))
        inner.extend((a.casefold(), b.casefold()) for a, b in conf.get("inner_transliteration", []))
        words.update(
            (a.casefold(), b.casefold()) for a, b in (conf.get("word_spellings") or {}).items()
        )
    digest = hashlib.sha1(json.dumps(raw, ensure_ascii=False).encode()).hexdigest()[:12]
    return Rules(
        frozenset(articles),
        tuple(letters.items()),
        tuple(translit),
        tuple(roman.items()),
        tuple(endings),
        digest,
        tuple(inner),
        tuple(words.items()),
    )


def kept_script(name: str) -> bool:
    """Whether a name is written in a script the index keeps (Latin or Arabic)."""
    return bool(_KEPT_SCRIPTS.match(name))


def is_arabic(text: str) -> bool:
    return bool(_ARABIC.search(text))


def _fold(text: str, translit: bool) -> str:
    r = rules()
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.isascii() and r.letters_outside_ascii:
        # the letter rules, the non-ASCII transliteration rules, the Arabic marks and the
        # diacritics have nothing to act on: most names of the index are ASCII, and building
        # it folds millions of them
        for ch in _ASCII_APOSTROPHES:
            text = text.replace(ch, "")
        return " ".join(_NON_WORD.sub(" ", text).split())
    for a, b in r.letters:
        text = text.replace(a, b)
    if translit:
        # rules with diacritics (French "ë") must run before diacritics are stripped
        for a, b in r.transliteration:
            if not a.isascii():
                text = text.replace(a, b)
        # endings with diacritics (French "é" for a final ta marbuta) likewise
        for a, b in r.endings:
            if not a.isascii():
                text = re.sub(rf"(?<=\w){re.escape(a)}(?!\w)", b, text)
    text = _ARABIC_MARKS.sub("", text)
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """Case, diacritic, punctuation and Arabic-letter-variant insensitive form of a name."""
    if not name or len(name) > MAX_NAME_CHARS:
        return ""
    return _fold(name, translit=False)


def _strip_articles(tokens: list[str]) -> list[str]:
    arts = rules().articles
    out = []
    for i, tok in enumerate(tokens):
        if tok in arts and i + 1 < len(tokens):
            continue  # a free-standing article: "al Qaim", "deir ez zor"
        for art in arts:
            # an Arabic article glued to its noun: "القائم"
            if not art.isascii() and tok.startswith(art) and len(tok) - len(art) >= 2:
                tok = tok[len(art) :]
                break
        out.append(tok)
    return out


# A name with more free-standing articles than this is not respelt article by article.
MAX_RESPELT_ARTICLES = 2


def article_spellings(name_key: str) -> tuple[str, ...]:
    """Other keys of a name whose free-standing Arabic articles are written another way: the
    article is spelt as the next word's first letter is sounded ("Jisr al-Shughur", "Jisr
    ash-Shughur") or left out, and sources and newsrooms choose differently. Empty for a name
    with no such article (or too many)."""
    tokens = name_key.split()
    latin = sorted(a for a in rules().articles if a.isascii())
    at = [i for i, tok in enumerate(tokens[:-1]) if tok in latin]
    if not at or len(at) > MAX_RESPELT_ARTICLES:
        return ()
    out: list[str] = []
    for i in at:
        for art in [*latin, ""]:
            if art != tokens[i]:
                out.append(" ".join(t for t in [*tokens[:i], art, *tokens[i + 1 :]] if t))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=200_000)
def skeleton(name: str) -> str:
    """Spelling-variant insensitive form: no articles, no spaces, transliteration rules applied."""
    if not name or len(name) > MAX_NAME_CHARS:
        return ""
    tokens = _strip_articles(_fold(name, translit=True).split())
    if tokens:
        # only the last word's: "Salah" in "Salah ad Din" ends in a consonant, not a ta marbuta
        tokens[-1] = _ending(tokens[-1])
    words = rules().word_table
    text = "".join(_inner(words.get(tok, tok)) for tok in tokens)
    for a, b in rules().transliteration:
        if a.isascii():
            text = text.replace(a, b)
    return _DOUBLED.sub(r"\1", _DOUBLED_DIGRAPH.sub(r"\1", text))


def _inner(token: str) -> str:
    """A word with its `inner_transliteration` rules applied inside it only: "Deir" is
    "Dayr", but "Stei" is not "Stay", a word of English."""
    for a, b in rules().inner_transliteration:
        token = re.sub(rf"{re.escape(a)}(?=[^\W\d_])", b, token)
    return token


def _ending(token: str) -> str:
    """A name's last word with its ending rewritten by the first `endings` rule that fits: a
    final ta marbuta is written "-ah", "-eh" or "-a" ("Kufrah", "Kufra") and must not tell
    them apart."""
    for a, b in rules().endings:
        if a.isascii() and token.endswith(a) and len(token) > len(a) + 1:
            return token[: -len(a)] + b
    return token


@lru_cache(maxsize=200_000)
def consonants(name: str) -> str:
    """A coarse key (skeleton without vowels) that gathers candidates for fuzzy matching."""
    sk = skeleton(name)
    if sk.startswith("al") and len(sk) > 5:
        sk = sk[2:]  # a Latin article written glued to the noun: "Albu Kamal"
    sk = _LATIN_VOWELS.sub("", sk) if sk.isascii() else re.sub(r"[اويى]", "", sk)
    return _DOUBLED.sub(r"\1", sk)


def _consonants_compared(text: str) -> str:
    # a final "h" is a ta marbuta in one script and often unwritten in the other
    return _DOUBLED.sub(r"\1", text).removesuffix("h")


def latin_consonants(name: str) -> tuple[str, ...]:
    """The consonant keys (see `consonants`) a Latin name written like an Arabic one would have,
    letter by letter through the `romanisation` rules: with and without a final "h" (a ta
    marbuta is often unwritten in Latin script). Empty for a name not wholly in Arabic script
    (mixed scripts are not a name)."""
    table = dict(rules().romanisation)
    letters = [ch for ch in name if ch.isalpha()]
    if not table or not letters or not all(_ARABIC.match(ch) for ch in letters):
        return ()
    spellings = [""]
    for ch in skeleton(name):
        options = [table.get(ch, ""), *_romanisation_variants().get(ch, ())]
        spellings = [s + o for s in spellings for o in options][:MAX_ROMANISED_SPELLINGS]
    keys = (_DOUBLED.sub(r"\1", s) for s in spellings)
    return tuple(dict.fromkeys(k for latin in keys for k in (latin, latin.removesuffix("h")) if k))


@cache
def _romanisation_variants() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for lang in data.languages():
        conf = data.load(lang, "places") or {}
        for ch, alts in (conf.get("romanisation_variants") or {}).items():
            out[ch] = (*out.get(ch, ()), *alts)
    return out


def romanised(name: str, latin: str) -> bool:
    """Whether a name in another script (an Arabic "الأنبار") is written with the consonants of
    a Latin name ("Al Anbar"), letter by letter through the `romanisation` rules: a check on
    translated names from sources made by machine ("بير" for Beirut)."""
    table = dict(rules().romanisation)
    if not table:
        return False
    theirs = _consonants_compared("".join(table.get(ch, "") for ch in skeleton(name)))
    ours = _consonants_compared(consonants(latin))
    if not theirs or not ours:
        return False
    if theirs == ours:
        return True
    return len(theirs) >= 3 and fuzz.ratio(theirs, ours) >= ROMANISED_MIN_RATIO


def has_arabic_marks(name: str) -> bool:
    """Whether an Arabic name is written with the marks most spellings leave out ("عمّان")."""
    return bool(_TELLING_MARKS.search(name))
