"""Per-language temporal lexicons (data/<lang>/time.json) compiled into regex pieces."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from passage import data

# One-to-one character substitutions: offsets into the normalised text stay valid for the
# original text, so spans never need remapping.
_FOLD = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Eastern Arabic-Indic digits
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u02bb": "'",
        "\u055a": "'",
        "\ua78c": "'",
        "\uff07": "'",
        "\u2032": "'",
        "\u2035": "'",
        "\u02b9": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2011": "-",
        "\u2010": "-",
    }
)


# Arabic writes the tanwin of an adverb before or after its alif ("غدًا", "غداً"): one order,
# two characters for two, so that the lexicons need list only one.
_TANWIN_FIRST = "\u064b\u0627"


def fold(text: str) -> str:
    """Normalise digits, apostrophes, spaces and the place of the Arabic tanwin, without
    changing the length of the text."""
    folded = text.translate(_FOLD)
    if _TANWIN_FIRST in folded:
        folded = folded.replace(_TANWIN_FIRST, "\u0627\u064b")
    return folded


def _key(word: str) -> str:
    return fold(word).lower()


def phrase_pattern(words: list[str] | dict[str, object], dot: bool = False) -> str:
    """A non-capturing alternation of phrases, longest first; spaces match any whitespace."""
    items = sorted({fold(w) for w in words}, key=len, reverse=True)
    if not items:
        return "(?!x)x"  # matches nothing: the language has no such words
    parts = []
    for w in items:
        p = re.escape(w).replace(r"\ ", r"\s+").replace("'", "'\\s*")
        # a trailing hyphen ("mi-") glues to the next word; a trailing dot is optional
        parts.append(p + (r"\.?" if dot else ""))
    return "(?:" + "|".join(parts) + ")"


@dataclass
class Lexicon:
    """Everything the grammar needs to know about one language, read from its data file."""

    lang: str
    months: dict[str, int]
    month_abbrevs: dict[str, int]
    ambiguous_months: set[str]
    weekdays: dict[str, int]
    weekday_abbrevs: dict[str, int]
    numbers: dict[str, int]
    units: dict[str, str]
    dual_units: dict[str, tuple[str, int]]
    deictic_days: dict[str, int]
    relative_periods: dict[str, tuple[str, int]]
    fuzzy: dict[str, str]
    day_words: dict[str, int]
    numeric_orders: list[str]
    raw: dict = field(repr=False, default_factory=dict)

    def words(self, name: str) -> list[str]:
        return list(self.raw.get(name, []))

    def lookup(self, table: dict, text: str) -> object:
        """Find a surface form in a table, ignoring case, spacing and a trailing dot."""
        key = " ".join(_key(text).rstrip(".").split())
        key = re.sub(r"'\s+", "'", key)
        return table.get(key)

    def raw_table(self, name: str) -> dict:
        """A table of the data file with its keys folded for `lookup`."""
        return _lower_keys(self.raw.get(name, {}))

    @property
    def boundary(self) -> str:
        """Left word boundary; a language's proclitics (Arabic wa-, bi-, ...) may precede."""
        clitics = "".join(self.words("proclitics"))
        if clitics:
            return rf"(?:(?<!\w)|(?<=(?<!\w)[{re.escape(clitics)}]))"
        return r"(?<!\w)"


def _lower_keys(table: dict) -> dict:
    return {_key(k): v for k, v in table.items()}


def _from_raw(lang: str, raw: dict) -> Lexicon:
    return Lexicon(
        lang=lang,
        months=_lower_keys(raw.get("months", {})),
        month_abbrevs=_lower_keys(raw.get("month_abbrevs", {})),
        ambiguous_months={_key(m) for m in raw.get("ambiguous_months", [])},
        weekdays=_lower_keys(raw.get("weekdays", {})),
        weekday_abbrevs=_lower_keys(raw.get("weekday_abbrevs", {})),
        numbers=_lower_keys(raw.get("numbers", {})),
        units=_lower_keys(raw.get("units", {})),
        dual_units={k: (v[0], v[1]) for k, v in _lower_keys(raw.get("dual_units", {})).items()},
        deictic_days=_lower_keys(raw.get("deictic_days", {})),
        relative_periods={
            k: (v[0], v[1]) for k, v in _lower_keys(raw.get("relative_periods", {})).items()
        },
        fuzzy=_lower_keys(raw.get("fuzzy", {})),
        day_words=_lower_keys(raw.get("day_words", {})),
        numeric_orders=list(raw.get("numeric_orders", ["dmy"])),
        raw=raw,
    )


def _merge(raws: list[dict]) -> dict:
    merged: dict = {}
    for raw in raws:
        for key, value in raw.items():
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(key, [])
                merged[key] += [v for v in value if v not in merged[key]]
    return merged


@cache
def load(lang: str) -> Lexicon:
    """The lexicon for a language; a language without a data file gets all known ones merged."""
    raw = data.load(lang, "time")
    if raw is not None:
        return _from_raw(lang, raw)
    raws = [r for code in data.languages() if (r := data.load(code, "time")) is not None]
    return _from_raw(lang, _merge(raws))
