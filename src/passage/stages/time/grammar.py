"""The temporal grammar: rules built from a lexicon that turn text spans into Readings."""

from __future__ import annotations

import calendar as cal
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from passage.stages.time.lexicon import Lexicon, phrase_pattern

# A bare four-digit number is read as a year only in this range; outside it, it is more
# often a count ("2500 soldats") than a year.
BARE_YEARS = (1800, 2099)
# Only this much text either side of a number is looked at to tell an age from a duration.
AGE_WINDOW = 24
# How far back a name that may contain a date ("Mouvement du 23 mars") is looked for.
NAME_WINDOW = 24
# "et demi", "and a half": a unit and a half, counted in the next finer unit
HALVES = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "day": ("hour", 24)}
# The kind of a date inside a name: it takes its span from shorter readings, then is dropped.
NAME = "name"


@dataclass
class Reading:
    """What an expression says, before it is placed on the calendar."""

    kind: str = "date"  # date | duration | set | name (a date inside a name: no date at all)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    shift: tuple[str, int] | None = None  # (unit, n) from publication: day/week/month/year
    fuzzy: str | None = None  # early | mid | late
    cue: str | None = None  # past | future: said by the expression itself
    decade: int | None = None
    clock: bool = False
    invalid: bool = False  # shaped like a date but no such day exists ("31 février")
    anchored: int | None = None  # days from the day last named ("le lendemain", "la veille")
    of_event: bool = False  # "au lendemain de la démission": from an event, not a day named
    amounts: list[tuple[str, int]] = field(default_factory=list)
    short_year: int | None = None  # "en 97": two digits, its century is the publication's
    easter: int | None = None  # days from Easter Sunday: the movable feasts ("Pentecôte")
    century: int | None = None  # "le XIXe siècle" -> 19
    habitual: bool = False  # "le mercredi": every Wednesday, unless told in the past tense
    present: bool = False  # "désormais", "actuellement": the time of publication
    numeric_order: str | None = None  # dmy | mdy: how a numeric date was read
    ambiguous: bool = False  # a numeric date that reads as a day either way ("05/06/2024")
    weekend: int | None = None  # weekends from publication: "le week-end dernier" -> -1
    year_part: tuple[int, int] | None = None  # first and last month: a season, a quarter
    vague: bool = False  # "il y a quelques jours": a date, but no calendar value to give
    anchored_period: tuple[str, int] | None = None  # "l'année suivante": from the date last named
    # "la nuit de lundi à mardi", "la nuit du 18 au 19": the text names both days a night spans
    overnight: bool = False
    # "la semaine du 9 juin", "the week of June 9": the week that holds the day named
    week_of: bool = False


@dataclass
class Candidate:
    start: int
    end: int
    rule: int
    reading: Reading


Builder = Callable[[re.Match, Lexicon], Reading | None]


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    build: Builder


def _g(m: re.Match, name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _int(text: str) -> int | None:
    # A 10,000-digit number must not cost anything: only short digit runs are numbers here.
    return int(text) if text.isdigit() and len(text) <= 6 else None


# The compiled reader of a year in words, by language (see `spelled_year_pattern`).
_SPELLED_YEARS: dict[str, re.Pattern] = {}


def spelled_year_pattern(lex: Lexicon, named: bool = False) -> str:
    """A year in words: the thousands of the data's `year_thousands` ("deux mille", "ألفين"),
    then one or two number words below a hundred, each perhaps after a link ("and", "و"):
    "two thousand and nineteen", "ألفين وثلاثة وعشرين". The thousands alone are left out
    ("in March two thousand troops"), and so is a year before a word that makes it a larger
    count ("deux mille trois cents")."""
    thousands = lex.raw_table("year_thousands")
    if not thousands:
        return "(?!x)x"
    # below a hundred, and not the one-letter articles ("a", "an") that also count one
    small = {w: n for w, n in lex.numbers.items() if 0 < n < 100 and len(w) > 2}
    number = phrase_pattern(small)
    link = rf"\s+(?:{phrase_pattern(lex.words('year_number_links'))}\s*)?"
    blockers = phrase_pattern(lex.words("year_number_blockers"))
    n1, n2, th = ("(?P<n1>", "(?P<n2>", "(?P<th>") if named else ("(?:", "(?:", "(?:")
    return (
        rf"{th}{phrase_pattern(thousands)}){link}{n1}{number})(?:{link}{n2}{number}))?"
        rf"(?!\w)(?!\s+{blockers}(?!\w))"
    )


def _year_of(text: str | None, lex: Lexicon) -> int | None:
    """The year written in digits or in words ("2023", "deux mille vingt-trois")."""
    if not text:
        return None
    if text[:1].isdigit():
        return _int(text)
    if lex.lang not in _SPELLED_YEARS:
        _SPELLED_YEARS[lex.lang] = re.compile(spelled_year_pattern(lex, named=True), re.I)
    m = _SPELLED_YEARS[lex.lang].fullmatch(text)
    if m is None:
        return None
    base = lex.lookup(lex.raw_table("year_thousands"), m.group("th"))
    units = [lex.lookup(lex.numbers, m.group(g)) for g in ("n1", "n2") if m.group(g)]
    if not isinstance(base, int) or not all(isinstance(u, int) for u in units):
        return None
    if len(units) == 2 and not (units[0] < 10 and units[1] % 10 == 0 and units[1] >= 20):
        return None  # only "three and twenty" (Arabic order) adds two number words
    rest = sum(units)  # type: ignore[arg-type]
    return base + rest if rest < 100 else None


def _qty(text: str, lex: Lexicon) -> int | None:
    text = text.strip()
    if text[:1].isdigit():
        return _int(re.sub(r"[.,].*", "", text))
    value = lex.lookup(lex.numbers, text)
    return value if isinstance(value, int) else None


def _day(text: str, lex: Lexicon) -> int | None:
    word = lex.lookup(lex.day_words, text)
    if isinstance(word, int):
        return word
    digits = re.match(r"\d+", text)
    return _int(digits.group()) if digits else None


def _month(text: str, lex: Lexicon) -> int | None:
    value = lex.lookup(lex.months, text)
    if value is None:
        value = lex.lookup(lex.month_abbrevs, text)
    return value if isinstance(value, int) else None


def _cue(m: re.Match, lex: Lexicon) -> str | None:
    for group in ("cue", "cueb"):
        text = _g(m, group)
        if not text:
            continue
        words = " ".join(text.lower().split())
        past = {w.lower() for w in lex.words("past_after") + lex.words("past_before")}
        return "past" if words in past else "future"
    return None


def _amounts(text: str, lex: Lexicon, unit_re: re.Pattern) -> list[tuple[str, int]]:
    found = []
    for m in unit_re.finditer(text):
        if m.group("dual"):
            unit, n = lex.lookup(lex.dual_units, m.group("dual"))
            found.append((unit, n))
            continue
        n = _qty(m.group("q"), lex) if m.group("q") else None
        unit = lex.lookup(lex.units, m.group("u"))
        if unit is None:
            continue
        if m.group("half") and n is not None and unit in HALVES:
            finer, per = HALVES[unit]  # "un an et demi" -> 18 months
            unit, n = finer, n * per + per // 2
        found.append((unit, n if n is not None else -1))
    return found


class Grammar:
    """All rules for one lexicon, compiled once."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        B, E = lex.boundary, r"(?!\w)"
        w = lex.words
        month_full = phrase_pattern(lex.months)
        month_abbr = phrase_pattern(lex.month_abbrevs, dot=True)
        month_any = f"(?:{month_full}|{month_abbr})"
        weekday = phrase_pattern(lex.weekdays)
        weekday_any = f"(?:{weekday}|{phrase_pattern(lex.weekday_abbrevs, dot=True)})"
        suffix = phrase_pattern(w("day_suffixes")) if w("day_suffixes") else "(?!x)x"
        # any one- or two-digit day is taken, so that "le 99 septembre" is read, then refused
        day = rf"(?:(?<!\d)\d{{1,2}}(?:{suffix})?(?![\d\w])|{phrase_pattern(lex.day_words)})"
        year = r"(?<![\d.,])\d{4}(?!\d)(?![.,]\d)"
        # "deux mille vingt-trois", "ألفين وثلاثة وعشرين": a year in words, taken only after a
        # month or a year word ("deux mille soldats" is a count)
        spelled_year = spelled_year_pattern(lex)
        year_any = rf"(?:{year}|{spelled_year})"
        yearword = phrase_pattern(w("year_words"))
        fuzzy = phrase_pattern(lex.fuzzy)
        fz = rf"(?P<fz>{fuzzy})(?:(?<=-)|\s*)"
        past_after = phrase_pattern(w("past_after"))
        future_after = phrase_pattern(w("future_after"))
        cue_after = rf"(?:\s+(?P<cue>{past_after}|{future_after}){E})"
        cue_before = rf"(?:(?P<cueb>{phrase_pattern(w('past_before') + w('future_before'))})\s+)"
        parts = phrase_pattern(w("parts_of_day"))
        numbers = phrase_pattern(lex.numbers)
        qty = rf"(?:\d{{1,6}}(?:[.,]\d+)?|{numbers})"
        unit = phrase_pattern(lex.units)
        dual = phrase_pattern(lex.dual_units)
        half = phrase_pattern(w("half_suffixes"))
        # "three months", "3 mois", "un an et demi", and the adjective "three-month"
        qu = (
            rf"(?:(?P<q>{qty})(?:\s*|-)(?P<u>{unit}){E}(?P<half>\s+{half}{E})?"
            rf"|(?P<dual>{dual}){E})"
        )
        self.unit_re = re.compile(B + qu, re.I)
        qu_plain = re.sub(r"\?P<\w+>", "?:", qu)
        conj = phrase_pattern(w("conjunctions"))
        qu_seq = rf"{B}{qu_plain}(?:\s*,?\s*(?:{conj}\s+)?{B}{qu_plain})*"
        glue = r"(?:(?<=')|\s+)"  # "d'" glues to the next word
        dur_mod = phrase_pattern(w("duration_modifiers"))
        dm = rf"(?:{dur_mod}{glue})"
        vague = phrase_pattern(w("vague_quantities"))
        month_pre = phrase_pattern(w("month_prefixes"))
        year_pre = phrase_pattern(w("year_prefixes"))
        date_pre = phrase_pattern(w("date_prefixes") + w("weekday_prefixes"))
        wd_pre = phrase_pattern(w("weekday_prefixes"))
        alt_month = rf"(?:\s*[/(]\s*{month_full}\s*\)?)?"
        hour_marks = w("clock_hour_marks")
        clock_hm = rf"\d{{1,2}}\s?(?P<hm>{phrase_pattern(hour_marks)})(?:\s?\d{{2}})?{E}"
        clock_colon = r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
        clock = f"(?:{clock_hm}|{clock_colon})" if hour_marks else clock_colon
        # "3 p.m.", "9:30 a.m.", "10 صباحا": a time told by the half of the day; not where
        # the word begins a part of a named day ("السابعة مساء الأحد" is Sunday evening)
        meridiems = phrase_pattern(w("clock_meridiems"))
        mer_plain = rf"(?:{meridiems})(?![.\w])"
        mer = rf"{mer_plain}(?!\s+{weekday}(?!\w))"
        if w("clock_meridiems"):
            clock = rf"(?:(?<![\d:.])\d{{1,2}}(?::\d{{2}})?\s?{mer_plain}|{clock})"

        # where a language marks decades ("the 1960s"), the mark is required
        decade_suffix = phrase_pattern(w("decade_suffixes")) if w("decade_suffixes") else ""
        # "the early 2000s": a fuzzy word may follow the prefix; "1990s" needs no prefix
        prefixes = phrase_pattern(w("decade_prefixes"))
        fz2 = rf"(?:(?P<fz2>{fuzzy})(?:(?<=-)|\s*))"
        decade_pre = rf"(?:{prefixes})\s+{fz2}?"
        if decade_suffix:  # "1990s" alone, but "50s" alone is more often an age
            decade_pre += r"|(?=(?:1[5-9]|20)\d0)"
        decade_words = phrase_pattern(lex.raw_table("decade_words"))
        holidays = phrase_pattern(lex.raw_table("holidays"))
        holiday_pre = phrase_pattern(w("holiday_prefixes"))
        century_pre = phrase_pattern(w("century_prefixes"))
        century_suffix = phrase_pattern(w("century_suffixes"))
        century_word = phrase_pattern(w("century_words"))
        short_year_pre = phrase_pattern(w("short_year_prefixes"))
        clock_words = phrase_pattern(w("clock_words"))
        clock_pre = phrase_pattern(w("clock_prefixes") + w("clock_approx"))
        month_links = phrase_pattern(w("day_of_month_links"))
        part_of = phrase_pattern(w("day_part_of"))
        part_to = phrase_pattern(w("day_part_to"))
        wd_set_blockers = phrase_pattern(
            w("weekday_set_blockers") + w("past_after") + w("future_after")
        )
        range_conn = phrase_pattern(w("range_connectors"))
        openers = phrase_pattern(w("span_openers"))
        comma = "[,،]"  # the Latin and the Arabic comma
        # "du 3 au 5 mai", "les 3 et 4 mai", "3-5 May": the first day shares the month after it
        range_tail = (
            rf"(?=\s*(?:{range_conn})\s*(?:{date_pre}\s+)?(?P<d2>{day})\s+(?P<month>{month_any})"
            rf"{alt_month}{E}(?:\s*,?\s*(?:{yearword}\s+)?(?P<year>{year}))?)"
        )
        periods = phrase_pattern({**lex.relative_periods, **lex.raw_table("current_periods")})
        seasons = phrase_pattern(_year_parts(lex))
        plural_units = phrase_pattern(w("plural_units"))
        vague_qu = rf"(?:{vague}){glue}{unit}{E}"
        # "قبل أسبوع", "بعد شهر": a unit with no count is one of it, said after "ago"/"in"
        lone_units = phrase_pattern(lex.raw_table("lone_units"))
        # "... من الهجوم" after "قبل ثلاثة أيام": counted from an event; "من الآن" is from now
        of_event = (
            rf"(?P<of>\s+{phrase_pattern(w('ago_of_event'))}{E}"
            rf"(?!\s+{phrase_pattern(w('present_refs') + w('now_words'))}{E}))?"
        )
        part_of_date = phrase_pattern(w("day_part_of_date"))
        week_of = phrase_pattern(w("week_of_heads"))
        season_links = phrase_pattern(w("season_year_links"))
        # "au troisième trimestre de l'année dernière", "the third quarter of last year"
        relative_years = phrase_pattern(
            [k for k, (unit, _) in lex.relative_periods.items() if unit == "year"]
        )
        # "القرن التاسع عشر": a century told by an ordinal word
        century_ordinals = phrase_pattern(lex.raw_table("century_ordinals"))
        # "à la fin du mois de mai", "منتصف شهر يونيو": the month's part, then the month
        fuzzy_month_links = phrase_pattern(w("fuzzy_month_links"))
        # "le 3 courant", "في 15 الجاري": a day of the month of publication
        this_month = phrase_pattern(w("current_month_marks"))
        # "ليلة السبت إلى الأحد", "ليلة الثلاثاء/الأربعاء": a night named by its two days
        night_heads = phrase_pattern(w("overnight_heads"))
        night_links = phrase_pattern(w("overnight_links"))
        night_tails = phrase_pattern(w("overnight_tails"))
        # "منذ أكثر من عام": since more than a year, how long something has lasted
        duration_openers = phrase_pattern(w("duration_openers"))
        # "les dernières 24 heures", "the past two weeks": a window, only ever a duration
        window_mod = phrase_pattern(w("window_modifiers"))

        def rule(name: str, pattern: str, build: Builder) -> Rule:
            return Rule(name, re.compile(pattern, re.I), build)

        self.rules: list[Rule] = [
            rule(
                "numeric",
                rf"(?<![\d/.\-])(?P<a>\d{{1,2}})(?:{suffix})?(?P<sep>[/.\-]|\s/\s)(?P<b>\d{{1,2}})(?P=sep)"
                r"(?:(?P<y>\d{4})|(?<=/)(?P<yy>\d{2}))(?![\d/.,]\d|[\d/])",
                _numeric,
            ),
            rule(
                "iso",
                r"(?<![\d/.\-])(?P<y>\d{4})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<a>\d{1,2})"
                r"(?:T[\d:]+(?:[+\-]\d{2}:?\d{2}|Z)?)?(?![\d/])",
                _iso,
            ),
            rule(
                "day_range_first",
                rf"{B}(?P<body>(?:{date_pre}\s+)?(?P<day>{day})){range_tail}",
                _day_range_first,
            ),
            rule(
                "month_day_range_end",
                rf"{B}(?P<month>{month_any})\s+(?P<d1>{day})\s*(?:{range_conn})\s*"
                rf"(?P<body>(?P<day>{day})(?:\s*,\s*(?P<year>{year}))?)",
                _month_day_range_end,
            ),
            rule(
                "week_of_day",
                rf"{B}(?P<body>(?:{week_of})\s+(?P<day>{day})\s+(?:{month_links}{glue})?"
                rf"(?P<month>{month_any}){alt_month}{E}(?:\s*{comma}?\s*(?P<year>{year}))?)",
                _week_of,
            ),
            rule(
                "week_of_month",
                rf"{B}(?P<body>(?:{week_of})\s+(?P<month>{month_any})\s+(?P<day>{day})"
                rf"(?:\s*{comma}?\s*(?P<year>{year}))?)",
                _week_of,
            ),
            rule(
                "day_month",
                rf"{B}(?P<body>(?:{date_pre}\s+)?(?:(?P<wd>{weekday_any})\s*{comma}?\s+)?"
                rf"(?P<day>{day})(?:\s+(?:{month_links}{glue})?|-(?={month_any}-\d))"
                rf"(?P<month>{month_any}){alt_month}{E}"
                rf"(?:(?:\s*{comma}?\s*|-)(?:{yearword}\s+)?(?P<year>{year_any}))?{cue_after}?)",
                _day_month,
            ),
            rule(
                "month_day",
                rf"{B}(?P<body>(?:(?P<wd>{weekday_any})\s*{comma}?\s+)?(?P<month>{month_any})"
                rf"\s+(?P<day>{day})(?:\s*{comma}?\s+(?P<year>{year}))?)",
                _month_day,
            ),
            rule(
                "holiday",
                rf"{B}(?P<body>(?:{holiday_pre}\s+)?(?P<h>{holidays}){E}"
                rf"(?:\s*,?\s*(?P<year>{year}))?{cue_after}?)",
                _holiday,
            ),
            rule(
                "month_year",
                rf"{B}(?:(?:{month_pre})\s+)?(?P<body>(?:{fz})?(?P<month>{month_any}){alt_month}"
                rf"\s*{comma}?\s+(?:{yearword}\s+)?(?P<year>{year_any}))",
                _month_year,
            ),
            # "de mars à mai", "between March and May": two months that open and close a
            # stretch are months, even the names that are words too ("mars", "may")
            rule(
                "month_pair_first",
                rf"{B}(?:{openers})\s+(?P<body>(?P<month>{month_full}){E})"
                rf"(?=\s*(?:{range_conn})\s*{month_full}{E})",
                _month_in_pair,
            ),
            rule(
                "month_pair_second",
                rf"{B}(?:{openers})\s+{month_full}\s*(?:{range_conn})\s*"
                rf"(?P<body>(?P<month>{month_full}){E})",
                _month_in_pair,
            ),
            rule(
                "month",
                rf"{B}(?<!\d)(?<!\d\s)(?:(?P<pre>{month_pre})\s+)?(?P<body>{cue_before}?"
                rf"(?:{fz}(?:{fuzzy_month_links}{glue})?)?(?P<month>{month_full}){alt_month}{E}"
                rf"{cue_after}?)",
                _month_only,
            ),
            rule(
                "year",
                rf"{B}(?:(?P<pre>{year_pre})\s+)?(?P<body>(?:{fz})?(?:(?P<yw>{yearword})\s+)?"
                rf"(?P<year>{year}))",
                _year,
            ),
            rule(
                "spelled_year",
                rf"{B}(?:(?P<pre>{year_pre})\s+)?(?P<body>(?:{fz})?(?:(?P<yw>{yearword})\s+)?"
                rf"(?P<year>{spelled_year}))",
                _spelled_year,
            ),
            rule(
                "decade",
                rf"{B}(?P<body>(?:{fz})?(?:{decade_pre})"
                rf"(?P<dec>(?:1[5-9]|20)?[0-9]0){decade_suffix}{E})",
                _decade,
            ),
            rule(
                "decade_word",
                rf"{B}(?P<body>(?:{fz})?(?P<dw>{decade_words}){E}"
                rf"(?:\s+{phrase_pattern(w('decade_word_suffixes'))}{E})?)",
                _decade_word,
            ),
            rule(
                "century",
                rf"{B}(?P<body>(?:{fz})?(?:{century_pre}\s+)?(?P<c>[ivxl]{{1,6}}|\d{{1,2}})\s?"
                rf"(?:{century_suffix})\s+{century_word}){E}",
                _century,
            ),
            rule(
                "century_ordinal",
                rf"{B}(?P<body>(?:{fz})?{century_word}\s+(?P<cw>{century_ordinals})){E}",
                _century_ordinal,
            ),
            rule(
                "short_year",
                rf"{B}(?:{short_year_pre})\s+(?P<body>(?P<yy>\d{{2}}))(?!\d)"
                rf"(?![.,:/\-]\d)(?!\s*[\w%°€$£])",
                _short_year,
            ),
            rule(
                "day_of_relative_month",
                rf"{B}(?P<body>(?:{date_pre}\s+)?(?P<day>{day})(?:\s+{month_links})?\s+"
                rf"(?:(?P<rp>{phrase_pattern(lex.relative_periods)})|(?P<cur>{this_month}))){E}",
                _day_of_relative_month,
            ),
            rule(
                "fuzzy_period",
                rf"{B}(?P<body>{fz}(?P<rp>{periods})){E}",
                _fuzzy_period,
            ),
            rule(
                "weekend",
                rf"{B}(?P<body>{phrase_pattern(lex.raw_table('weekend_refs'))}){E}",
                _weekend,
            ),
            rule(
                "season",
                rf"{B}(?P<body>{cue_before}?(?:{fz})?(?P<s>{seasons}){E}"
                rf"(?:\s*,?\s*(?:{season_links}\s+)?(?P<year>{year})"
                rf"|\s+{season_links}(?:(?<=')|\s+)(?P<ry>{relative_years}){E})?{cue_after}?)",
                _season,
            ),
            rule(
                "relative_period",
                rf"{B}(?P<body>{phrase_pattern(lex.relative_periods)}){E}",
                _relative_period,
            ),
            rule(
                "deictic",
                rf"{B}(?P<body>(?P<d>{phrase_pattern(lex.deictic_days)}){E}"
                rf"(?:\s*,?\s*(?P<wd>{weekday}){E})?(?:\s+(?P<part>{parts}){E})?)",
                _deictic,
            ),
            rule(
                "present",
                rf"{B}(?P<body>{phrase_pattern(w('present_refs'))}){E}",
                lambda m, lex: Reading(shift=("day", 0), present=True),
            ),
            rule(
                "anchored",
                rf"{B}(?P<body>{phrase_pattern(w('anchored_days'))}{E}(?:\s+(?P<part>{parts}){E})?)"
                rf"(?P<of>\s+{phrase_pattern(w('anchored_blockers'))}(?!\w))?",
                _anchored,
            ),
            rule(
                "anchored_period",
                rf"{B}(?P<body>{phrase_pattern(lex.raw_table('anchored_periods'))}){E}",
                _anchored_period,
            ),
            rule(
                "anchored_event",
                rf"{B}(?P<body>{phrase_pattern(lex.raw_table('anchored_event_days'))}){E}",
                _anchored_event,
            ),
            rule(
                "weekday_day",
                rf"{B}(?P<body>(?:{date_pre}\s+)?(?P<wd>{weekday})\s+(?P<day>{day}))"
                rf"(?=\s*(?:[,.;:)!?]|$)|\s+(?:{range_conn}|{parts}){E})",
                _weekday_day,
            ),
            rule(
                "overnight_weekdays",
                rf"{B}(?P<body>(?:{night_heads})\s+(?P<wd>{weekday})(?:\s*(?:{night_links})\s*|\s+)"
                rf"(?P<wd2>{weekday})){E}",
                _overnight_weekdays,
            ),
            rule(
                "weekday_night_into",
                rf"{B}(?P<body>(?P<wd>{weekday})\s+(?:{night_tails})\s+(?:{night_links})\s+"
                rf"(?P<wd2>{weekday})){E}",
                _overnight_weekdays,
            ),
            rule(
                "weekday",
                rf"{B}(?P<body>(?:(?:{wd_pre})\s+)?{cue_before}?(?P<wd>{weekday}){E}"
                rf"(?:\s+(?P<part>{parts}){E})?{cue_after}?)",
                _weekday,
            ),
            rule(
                "bounded_since",
                rf"{B}(?P<body>(?:{duration_openers})\s+(?:(?P<seq>{qu_seq})|{lone_units}{E}))",
                lambda m, lex: Reading(kind="duration"),
            ),
            rule(
                "ago",
                rf"{B}(?P<body>(?P<dir>{phrase_pattern(w('ago_before'))})\s+{dm}?"
                rf"(?:(?P<seq>{qu_seq})|(?P<vq>{vague_qu})|(?P<one>{lone_units}){E}(?!\s*\d))|{dm}?(?:(?P<seq2>{qu_seq})|(?P<vq2>{vague_qu}))"
                rf"\s+(?P<dir2>{phrase_pattern(w('ago_after'))}){E}){of_event}",
                _shift(-1),
            ),
            rule(
                "later",
                rf"{B}(?P<body>(?P<dir>{phrase_pattern(w('later_before'))})\s+{dm}?"
                rf"(?:(?P<seq>{qu_seq})|(?P<vq>{vague_qu})|(?P<one>{lone_units}){E}(?!\s*\d))|(?:(?P<seq2>{qu_seq})|(?P<vq2>{vague_qu}))"
                rf"\s+(?P<dir2>{phrase_pattern(w('later_after'))}){E}){of_event}",
                _shift(1),
            ),
            rule(
                "signalled_duration",
                rf"{B}(?P<body>(?P<seq>{qu_seq}))\s+"
                rf"(?P<signal>{phrase_pattern(w('duration_signals'))}){E}",
                _signalled_duration,
            ),
            rule(
                "vague_ref",
                rf"{B}(?P<body>{phrase_pattern(w('vague_refs'))}){E}",
                lambda m, lex: Reading(vague=True),
            ),
            rule(
                "clock",
                rf"(?:(?P<pre>{phrase_pattern(w('clock_prefixes'))})\s+)?"
                rf"(?P<body>(?:(?P<approx>{phrase_pattern(w('clock_approx'))})\s+)?{clock}"
                rf"(?:\s+{phrase_pattern(w('clock_zones'))}{E})?)(?!/\d)",
                _clock,
            ),
            rule(
                "day_part",
                rf"{B}(?P<body>{phrase_pattern(w('day_parts_alone'))}{E}(?:\s+{part_of}\s+"
                rf"(?P<wd>{weekday}){E}(?:\s+{part_to}\s+(?P<wd2>{weekday}){E})?|\s+{part_of_date}\s+"
                rf"(?P<pday>{day})(?:\s+(?P<pmonth1>{month_any}))?(?:\s*(?:{part_to})\s*(?P<pday2>{day}))?"
                rf"\s+(?P<pmonth>{month_any}){E}"
                rf"(?:\s*,?\s*(?P<pyear>{year}))?)?)",
                _day_part,
            ),
            rule(
                "clock_word",
                rf"{B}(?:(?:{clock_pre})\s+(?P<body>{clock_words}{E}(?:\s+{mer})?)"
                rf"|{clock_words}{E}\s+{mer})",
                lambda m, lex: Reading(clock=True),
            ),
            rule(
                "duration",
                rf"{B}(?P<body>(?:{dm}|{window_mod}\s+)?(?:(?P<seq>{qu_seq})|"
                rf"(?P<vague>{vague}){glue}(?P<vu>{unit}){E}(?!\s*\d))"
                rf"|(?:{phrase_pattern(w('window_determiners'))})\s+{qty}\s+"
                rf"(?:{phrase_pattern(w('window_adjectives'))})\s+(?P<wu>{unit}){E})",
                _duration,
            ),
            rule(
                "window_phrase",
                rf"{B}(?P<body>{phrase_pattern(w('window_phrases'))}){E}",
                lambda m, lex: Reading(kind="duration"),
            ),
            rule(
                "bare_duration",
                rf"{B}(?:(?:{phrase_pattern(w('bare_duration_prefixes'))})\s+(?P<body>{plural_units}){E}"
                rf"|(?P<body2>{plural_units})(?=\s+{phrase_pattern(w('bare_duration_suffixes'))}{E}))",
                lambda m, lex: Reading(kind="duration"),
            ),
            rule(
                "set",
                rf"{B}(?P<body>{phrase_pattern(w('set_prefixes'))}\s+(?:{qty}\s+)?"
                rf"(?:{unit}|{weekday}s?){E}|{phrase_pattern(w('set_words'))}{E})",
                lambda m, lex: Reading(kind="set"),
            ),
            rule(
                "weekday_set",
                rf"{B}(?P<body>(?:{phrase_pattern(w('weekday_set_prefixes'))})\s+"
                rf"(?P<wd>{weekday})s?){E}(?!\s*,?\s*(?:\d|{wd_set_blockers}(?!\w)))",
                _weekday_set,
            ),
        ]
        _UNIT_RES[lex.lang] = self.unit_re
        names = w("name_prefixes")
        self.name_before = re.compile(phrase_pattern(names) + r"\s*$", re.I) if names else None
        # a name's head after the date is capitalised as data gives it ("March 14 Alliance"),
        # so that "on March 14 coalition forces struck" keeps its date
        tails = w("name_suffixes")
        self.name_after = re.compile(r"\s+" + phrase_pattern(tails) + E) if tails else None

    def _in_a_name(self, text: str, start: int, end: int) -> bool:
        """ "Mouvement du 23 mars", "rue du 4 septembre", "the March 23 Movement": a date
        inside a name is no date."""
        before = self.name_before
        if before is not None and before.search(text, max(0, start - NAME_WINDOW), start):
            return True
        return self._names_after(text, end)

    def _names_after(self, text: str, end: int) -> bool:
        """ "the March 23 Movement", "the Sunday Times": a name's head follows the date."""
        return self.name_after is not None and self.name_after.match(text, end) is not None

    def candidates(self, text: str) -> Iterator[Candidate]:
        """Every rule's matches over the (folded) text; overlaps are settled by the caller."""
        for index, rule in enumerate(self.rules):
            for m in rule.pattern.finditer(text):
                try:
                    reading = rule.build(m, self.lex)
                except (ValueError, OverflowError, TypeError):
                    reading = None  # malformed numbers are simply not dates
                if reading is None:
                    continue
                if reading.kind == "duration" and _looks_like_age(text, m, reading, self.lex):
                    continue
                dated = reading.day is not None or reading.easter is not None
                named = reading.weekday is not None and self._names_after(text, m.end())
                if named or (dated and self._in_a_name(text, m.start(), m.end())):
                    # kept as a blocker, so that no part of the name ("Vendredi") is read
                    reading = Reading(kind=NAME)
                start, end = (m.start("body"), m.end("body")) if _g(m, "body") else m.span()
                end = start + len(text[start:end].rstrip(" ,"))
                if end > start:
                    yield Candidate(start, end, index, reading)
                if _g(m, "signal"):
                    # "trois jours plus tard": the signal word is no expression of its own
                    yield Candidate(m.start("signal"), m.end("signal"), index, Reading(kind=NAME))


def _looks_like_age(text: str, m: re.Match, reading: Reading, lex: Lexicon) -> bool:
    """ "Jean Burget, 87 ans," "une fillette de 6 ans" and "a 12-year-old boy" give ages, not
    durations; "une guerre de huit ans" gives a duration: things that last are named in data."""
    if [u for u, _ in reading.amounts] != ["year"]:
        return False
    before = text[max(0, m.start() - AGE_WINDOW) : m.start()]
    after = text[m.end() : m.end() + AGE_WINDOW]
    if re.search(r",\s*$", before) and re.match(r"\s*[,)]", after):
        return True
    res = _age_res(lex.lang)
    if res.after is not None and res.after.match(after):
        return True
    if res.cue is None or res.cue.search(before) is None:
        return False
    if res.lasting is not None and res.lasting.search(before):
        return False  # "un mandat de cinq ans", "une guerre civile de huit ans"
    # "une peine de 10 ans de prison" is a duration: the count goes on to say of what
    return not (res.not_before and res.not_before.match(after))


@dataclass
class _AgeCues:
    cue: re.Pattern | None  # before an age: "âgé de", "de"
    not_before: re.Pattern | None  # after it, makes it a duration again: "de prison"
    after: re.Pattern | None  # after it, makes it an age: "-old"
    lasting: re.Pattern | None  # a thing that lasts, then "de": "une guerre de"


_AGE_RES: dict[str, _AgeCues] = {}


def _age_res(lang: str) -> _AgeCues:
    if lang not in _AGE_RES:
        lex = _GRAMMARS[lang].lex
        w = lex.words

        def compiled(template: str, words: list[str]) -> re.Pattern | None:
            return re.compile(template.format(phrase_pattern(words)), re.I) if words else None

        links = phrase_pattern(w("age_links"))
        _AGE_RES[lang] = _AgeCues(
            cue=compiled(r"(?<!\w){}\s*$", w("age_cues")),
            not_before=compiled(r"\s*{}(?!\w)", w("age_not_before")),
            after=compiled(r"\s*{}(?!\w)", w("age_after")),
            # the lasting thing, perhaps with one adjective ("guerre civile"), then the link
            lasting=compiled(rf"(?<!\w){{}}(?:\s+\w+)?\s+{links}\s*$", w("lasting_nouns")),
        )
    return _AGE_RES[lang]


def _valid(year: int | None, month: int, day: int) -> bool:
    if year is not None and not 1 <= year <= 9999:
        return False
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: "29 février" alone is valid
    except ValueError:
        return False
    return True


def _checked(year: int | None, month: int, day: int, **kw: object) -> Reading:
    if not _valid(year, month, day):
        return Reading(invalid=True)
    return Reading(year=year, month=month, day=day, **kw)  # type: ignore[arg-type]


def _numeric(m: re.Match, lex: Lexicon) -> Reading | None:
    a, b = int(m.group("a")), int(m.group("b"))
    y = int(m.group("y")) if m.group("y") else None
    # "15/08/24": two digits, the century is the publication's (checked as a leap year)
    valid = [
        o for o in lex.numeric_orders if _valid(y or 2000, *((b, a) if o == "dmy" else (a, b)))
    ]
    if not valid:
        return Reading(invalid=True)
    day, month = (a, b) if valid[0] == "dmy" else (b, a)
    # "05/06/2024" reads both ways: the text's other numeric dates may settle it
    ambiguous = len(valid) > 1 and a != b
    short = int(m.group("yy")) if m.group("yy") else None
    return Reading(
        year=y,
        short_year=short,
        month=month,
        day=day,
        numeric_order=valid[0],
        ambiguous=ambiguous,
    )


def _iso(m: re.Match, lex: Lexicon) -> Reading | None:
    return _checked(int(m.group("y")), int(m.group("b")), int(m.group("a")))


def _is_bare_abbrev(token: str, lex: Lexicon) -> bool:
    """An undotted abbreviation that is also a word ("sept", seven in French): it needs a year
    beside it to be a month; "Sept 5" in English does not."""
    if lex.lookup(lex.months, token) is not None or token.endswith("."):
        return False
    return " ".join(token.lower().split()) in {a.lower() for a in lex.words("word_abbrevs")}


def _day_month(m: re.Match, lex: Lexicon) -> Reading | None:
    month = _month(m.group("month"), lex)
    day = _day(m.group("day"), lex)
    year = _year_of(m.group("year"), lex) if m.group("year") else None
    # "sept" is also the number seven: an undotted abbreviation needs a year to be a month
    if month is None or day is None or (_is_bare_abbrev(m.group("month"), lex) and not year):
        return None
    wd = lex.lookup(lex.weekdays, m.group("wd")) if m.group("wd") else None
    if m.group("wd") and wd is None:
        wd = lex.lookup(lex.weekday_abbrevs, m.group("wd"))
    return _checked(year, month, day, weekday=wd, cue=_cue(m, lex))


def _day_range_first(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "du 3 au 5 mai": the 3rd, of the month (and year) named after the second day."""
    month = _month(m.group("month"), lex)
    first, second = _day(m.group("day"), lex), _day(m.group("d2"), lex)
    year = _year_of(m.group("year"), lex) if m.group("year") else None
    if month is None or first is None or second is None or first >= second:
        return None
    if _is_bare_abbrev(m.group("month"), lex) and not year:
        return None
    return _checked(year, month, first)


def _month_day_range_end(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "May 3-5", "from May 3 to 5": the 5th, of the month named before the first day."""
    token = m.group("month")
    if token.lower() in lex.ambiguous_months and not token[:1].isupper():
        return None
    month = _month(token, lex)
    first, last = _day(m.group("d1"), lex), _day(m.group("day"), lex)
    year = _year_of(m.group("year"), lex) if m.group("year") else None
    if month is None or first is None or last is None or first >= last:
        return None
    if _is_bare_abbrev(token, lex) and not year:
        return None
    return _checked(year, month, last)


def _month_day(m: re.Match, lex: Lexicon) -> Reading | None:
    token = m.group("month")
    # "they may 5 ..." is not a date; "May 5" is
    ambiguous = lex.lookup(lex.months, token) and token.lower() in lex.ambiguous_months
    if ambiguous and not token[:1].isupper():
        return None
    reading = _day_month(m, lex)
    if reading is not None and reading.year is None and _is_bare_abbrev(token, lex):
        return None
    return reading


def _month_year(m: re.Match, lex: Lexicon) -> Reading | None:
    month = _month(m.group("month"), lex)
    year = _year_of(m.group("year"), lex)
    if month is None or year is None:
        return None
    return Reading(year=year, month=month, fuzzy=_fuzzy(m, lex))


def _fuzzy(m: re.Match, lex: Lexicon) -> str | None:
    text = _g(m, "fz") or _g(m, "fz2")
    value = lex.lookup(lex.fuzzy, text) if text else None
    return value if isinstance(value, str) else None


def _month_only(m: re.Match, lex: Lexicon) -> Reading | None:
    token = m.group("month")
    month = _month(token, lex)
    if month is None:
        return None
    cue = _cue(m, lex)
    fuzzy = _fuzzy(m, lex)
    # some month names are ordinary words too ("mars", "may"): they need a preposition, a
    # fuzzy modifier or a past/future word beside them
    if token.lower() in lex.ambiguous_months and not (m.group("pre") or cue or fuzzy):
        return None
    if not (m.group("pre") or cue or fuzzy) and _first_name(m):
        return None
    return Reading(month=month, cue=cue, fuzzy=fuzzy)


def _month_in_pair(m: re.Match, lex: Lexicon) -> Reading | None:
    month = _month(m.group("month"), lex)
    return Reading(month=month) if month is not None else None


_NEXT_WORD = re.compile(r"\s+([^\W\d_])[^\W\d_]+")


def _first_name(m: re.Match) -> bool:
    """ "June Carter", "Avril Lavigne": a capitalised month before a capitalised word, with
    nothing to make it a time, is a first name."""
    token = m.group("month")
    nxt = _NEXT_WORD.match(m.string, m.end())
    return token[:1].isupper() and nxt is not None and nxt.group(1).isupper()


def _year(m: re.Match, lex: Lexicon) -> Reading | None:
    year = _year_of(m.group("year"), lex)
    fuzzy = _fuzzy(m, lex)
    if year is None:
        return None
    lo, hi = BARE_YEARS
    if not (lo <= year <= hi) and not (m.group("yw") or fuzzy):
        return None
    return Reading(year=year, fuzzy=fuzzy)


def _spelled_year(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "en deux mille vingt-deux", "عام ألفين وخمسة عشر": a year in words needs a word before
    it that makes it a year; alone it is more often a count."""
    year = _year_of(m.group("year"), lex)
    fuzzy = _fuzzy(m, lex)
    if year is None or not (m.group("pre") or m.group("yw") or fuzzy):
        return None
    return Reading(year=year, fuzzy=fuzzy)


def _decade(m: re.Match, lex: Lexicon) -> Reading | None:
    dec = int(m.group("dec"))
    if dec < 100:
        dec += 1900  # "les années 60": the twentieth century is the one meant in news
    return Reading(decade=dec, fuzzy=_fuzzy(m, lex))


def _decade_word(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "التسعينيات", "the nineties": a decade named by a word."""
    dec = lex.lookup(lex.raw_table("decade_words"), m.group("dw"))
    return Reading(decade=dec, fuzzy=_fuzzy(m, lex)) if isinstance(dec, int) else None


def _holiday(m: re.Match, lex: Lexicon) -> Reading | None:
    spec = lex.lookup(lex.raw_table("holidays"), m.group("h"))
    if not isinstance(spec, dict):
        return None
    year = _year_of(m.group("year"), lex) if m.group("year") else None
    cue = _cue(m, lex)
    if "easter" in spec:
        return Reading(year=year, easter=int(spec["easter"]), cue=cue)
    return _checked(year, int(spec["month"]), int(spec["day"]), cue=cue)


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(text: str) -> int | None:
    """The value of a Roman numeral, or None where the letters do not make one."""
    values = [_ROMAN[ch] for ch in text.lower() if ch in _ROMAN]
    if len(values) != len(text):
        return None
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if total > 0 else None


def _century(m: re.Match, lex: Lexicon) -> Reading | None:
    token = m.group("c")
    n = _int(token) if token.isdigit() else _roman(token)
    if n is None or not 1 <= n <= 21:
        return None
    return Reading(century=n, fuzzy=_fuzzy(m, lex))


def _century_ordinal(m: re.Match, lex: Lexicon) -> Reading | None:
    n = lex.lookup(lex.raw_table("century_ordinals"), m.group("cw"))
    return Reading(century=n, fuzzy=_fuzzy(m, lex)) if isinstance(n, int) else None


def _week_of(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "la semaine du 9 juin", "the week of June 9": the week (Monday to Sunday) of that day."""
    month, day = _month(m.group("month"), lex), _day(m.group("day"), lex)
    year = _year_of(m.group("year"), lex) if m.group("year") else None
    if month is None or day is None or (_is_bare_abbrev(m.group("month"), lex) and not year):
        return None
    return _checked(year, month, day, week_of=True)


def _short_year(m: re.Match, lex: Lexicon) -> Reading | None:
    return Reading(short_year=int(m.group("yy")))


def _day_part(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "la nuit de lundi" is Monday night; "la nuit de lundi à mardi" and "la nuit du 18 au 19
    mars" name the two days a night spans (overnight: both days, see calendar.resolve);
    "la soirée" alone is of the day last named."""
    if m.group("pday"):
        month, day = _month(m.group("pmonth"), lex), _day(m.group("pday"), lex)
        if month is None or day is None:
            return None
        next_day = _day(m.group("pday2"), lex) if m.group("pday2") else None
        year = _year_of(m.group("pyear"), lex) if m.group("pyear") else None
        if m.group("pmonth1"):
            return _night_into_next_month(m, lex, day, next_day, month, year)
        return _checked(year, month, day, overnight=next_day == day + 1)
    if m.group("wd"):
        wd = lex.lookup(lex.weekdays, m.group("wd"))
        if not isinstance(wd, int):
            return None
        wd2 = lex.lookup(lex.weekdays, m.group("wd2")) if m.group("wd2") else None
        return Reading(weekday=wd, overnight=wd2 == (wd + 1) % 7)
    return Reading(clock=True)


def _night_into_next_month(
    m: re.Match, lex: Lexicon, day: int, next_day: int | None, month: int, year: int | None
) -> Reading | None:
    """ "la nuit du 31 décembre au 1er janvier": a night from a month's last day into the next
    month's first; the year written after the second date is that date's year."""
    first_month = _month(m.group("pmonth1"), lex)
    if first_month is None or next_day is None:
        return None
    if year is not None and month < first_month:
        year -= 1  # the night of New Year's Eve: the first day is in the year before
    # without a year, February may end on the 28th or the 29th
    lasts = {cal.monthrange(y, first_month)[1] for y in ((year,) if year else (2000, 2001))}
    if not (next_day == 1 and month == first_month % 12 + 1 and day in lasts):
        return None
    return _checked(year, first_month, day, overnight=True)


def _weekday_set(m: re.Match, lex: Lexicon) -> Reading | None:
    wd = lex.lookup(lex.weekdays, m.group("wd"))
    return Reading(kind="set", weekday=wd, habitual=True) if isinstance(wd, int) else None


def _day_of_relative_month(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "le 5 du mois dernier", "5 من الشهر الجاري", "le 3 courant": a day of a month named
    from publication."""
    found = lex.lookup(lex.relative_periods, m.group("rp")) if m.group("rp") else ("month", 0)
    if not isinstance(found, (list, tuple)):
        return None
    unit, n = found
    day = _day(m.group("day"), lex)
    if unit != "month" or day is None:
        return None
    if not 1 <= day <= 31:
        return Reading(invalid=True)
    return Reading(day=day, shift=("month", n))


def _fuzzy_period(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "début de l'année", "fin du mois dernier", "late last year": part of a period named
    from publication."""
    if _complements_a_noun(m, lex):
        return None  # "une fête de fin d'année": what kind of feast, not when
    found = lex.lookup(lex.relative_periods, m.group("rp"))
    if found is None:
        unit = lex.lookup(lex.raw_table("current_periods"), m.group("rp"))
        found = (unit, 0) if isinstance(unit, str) else None
    if found is None:
        return None
    return Reading(shift=(found[0], found[1]), fuzzy=_fuzzy(m, lex))


@cache
def _complement_re(lang: str) -> re.Pattern | None:
    words = _GRAMMARS[lang].lex.words("period_complement_links")
    return re.compile(rf"(?<!\w){phrase_pattern(words)}\s+$", re.I) if words else None


def _complements_a_noun(m: re.Match, lex: Lexicon) -> bool:
    """Whether the part of a period follows a link that makes it a noun's complement ("une
    fête de fin d'année", "le bilan de fin de mois")."""
    link = _complement_re(lex.lang)
    return link is not None and link.search(m.string, max(0, m.start() - 8), m.start()) is not None


def _weekend(m: re.Match, lex: Lexicon) -> Reading | None:
    n = lex.lookup(lex.raw_table("weekend_refs"), m.group("body"))
    return Reading(weekend=n) if isinstance(n, int) else None


def _year_parts(lex: Lexicon) -> dict:
    """Seasons and the quarters and halves of a year, each as its first and last month."""
    return {**lex.raw_table("seasons"), **lex.raw_table("year_parts")}


def _season(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "l'été dernier", "au printemps 2023", "au deuxième trimestre 1999": months of a year."""
    token = m.group("s")
    months = lex.lookup(_year_parts(lex), token)
    if not isinstance(months, list) or len(months) != 2:
        return None
    year = _year_of(m.group("year"), lex) if m.group("year") else None
    cue, fuzzy = _cue(m, lex), _fuzzy(m, lex)
    relative = lex.lookup(lex.relative_periods, m.group("ry")) if m.group("ry") else None
    # "été" is also a past participle, "spring" and "fall" are verbs: alone they are no season
    ambiguous = {w.lower() for w in lex.words("ambiguous_seasons")}
    if token.lower() in ambiguous and not (year or cue or fuzzy or relative):
        return None
    # the year, where it is named from publication ("de l'année dernière"), is a shift of it
    shift = ("year", int(relative[1])) if isinstance(relative, (list, tuple)) else None
    part = (int(months[0]), int(months[1]))
    return Reading(year_part=part, year=year, cue=cue, fuzzy=fuzzy, shift=shift)


def _relative_period(m: re.Match, lex: Lexicon) -> Reading | None:
    unit, n = lex.lookup(lex.relative_periods, m.group("body"))
    return Reading(shift=(unit, n))


def _deictic(m: re.Match, lex: Lexicon) -> Reading | None:
    n = lex.lookup(lex.deictic_days, m.group("d"))
    return Reading(shift=("day", n)) if isinstance(n, int) else None


def _anchored(m: re.Match, lex: Lexicon) -> Reading | None:
    text = m.group("body")
    if m.group("part"):
        text = text[: m.start("part") - m.start("body")]
    n = lex.lookup(lex.raw_table("anchored_days"), text.strip())
    if not isinstance(n, int):
        return None
    # "au lendemain de la démission": the day after an event, not after the day last named
    return Reading(anchored=n, of_event=bool(m.group("of")))


def _anchored_period(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "cette année-là", "le mois suivant": a period counted from the date last named."""
    found = lex.lookup(lex.raw_table("anchored_periods"), m.group("body"))
    if not isinstance(found, list) or len(found) != 2:
        return None
    return Reading(anchored_period=(str(found[0]), int(found[1])))


def _anchored_event(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "غداة", "عشية": the day after, the eve of, always said of the event that follows."""
    n = lex.lookup(lex.raw_table("anchored_event_days"), m.group("body"))
    return Reading(anchored=n, of_event=True) if isinstance(n, int) else None


def _weekday_day(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "dimanche 23": the 23rd of the month, near publication, that falls on a Sunday."""
    wd, day = lex.lookup(lex.weekdays, m.group("wd")), _day(m.group("day"), lex)
    if not isinstance(wd, int) or day is None:
        return None
    return Reading(weekday=wd, day=day) if 1 <= day <= 31 else Reading(invalid=True)


def _overnight_weekdays(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "ليلة السبت إلى الأحد": the night from one day to the next, both days (overnight)."""
    wd, wd2 = lex.lookup(lex.weekdays, m.group("wd")), lex.lookup(lex.weekdays, m.group("wd2"))
    if not isinstance(wd, int) or wd2 != (wd + 1) % 7:
        return None
    return Reading(weekday=wd, overnight=True)


def _weekday(m: re.Match, lex: Lexicon) -> Reading | None:
    wd = lex.lookup(lex.weekdays, m.group("wd"))
    if not isinstance(wd, int) or _counts_two(m, lex):
        return None
    return Reading(weekday=wd, cue=_cue(m, lex))


@cache
def _two_res(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    lex = _GRAMMARS[lang].lex
    words, cues = lex.words("numeral_weekdays"), lex.words("numeral_cues_before")
    if not words or not cues:
        return None
    before = re.compile(rf"(?<!\w){phrase_pattern(cues)}\s+$", re.I)
    return re.compile(phrase_pattern(words) + r"$", re.I), before


def _counts_two(m: re.Match, lex: Lexicon) -> bool:
    """ "بين الاثنين" (between the two): a weekday that is also the numeral two, after a word
    that counts, and with no second day joined to it ("بين الاثنين والأربعاء")."""
    res = _two_res(lex.lang)
    if res is None or m.start("body") != m.start("wd"):
        return False
    word, before = res
    if not word.match(m.group("wd")):
        return False
    joined = re.match(r"\s*و", m.string[m.end() :])
    return before.search(m.string, max(0, m.start() - 12), m.start()) is not None and not joined


def _shift(sign: int) -> Builder:
    def build(m: re.Match, lex: Lexicon) -> Reading | None:
        if m.group("vq") or m.group("vq2"):
            return Reading(vague=True)  # "il y a quelques jours": in the past, but when?
        if m.group("one"):
            unit = lex.lookup(lex.raw_table("lone_units"), m.group("one"))
            amounts = [(unit, 1)] if isinstance(unit, str) else []
        else:
            amounts = _amounts(m.group("seq") or m.group("seq2"), lex, _unit_re(lex))
        if not amounts or any(n < 0 for _, n in amounts):
            return None
        if _g(m, "of"):
            # "قبل ثلاثة أيام من الهجوم": three days before the attack, not before publication
            return Reading(kind="duration", amounts=amounts)
        return Reading(kind="date", amounts=[(u, sign * n) for u, n in amounts])

    return build


def _signalled_duration(m: re.Match, lex: Lexicon) -> Reading | None:
    """ "trois jours plus tard", "two weeks earlier": a duration with its signal, as TimeML
    reads it; the date it leads to is the story's, not the calendar's, so no value is made."""
    amounts = _amounts(m.group("seq"), lex, _unit_re(lex))
    return Reading(kind="duration", amounts=amounts) if amounts else None


_UNIT_RES: dict[str, re.Pattern] = {}


def _unit_re(lex: Lexicon) -> re.Pattern:
    return _UNIT_RES[lex.lang]


def _clock(m: re.Match, lex: Lexicon) -> Reading | None:
    hm = _g(m, "hm")
    # "22 heures" is a time after "à", otherwise a duration; "22 h" is always a time
    if hm and len(hm) > 1 and not (m.group("pre") or m.group("approx")):
        return None
    hour = _int(re.search(r"\d+", m.group("body")).group())
    return Reading(clock=True) if hour is not None and hour <= 24 else None


def _duration(m: re.Match, lex: Lexicon) -> Reading | None:
    if m.group("wu"):  # "les dix dernières années"
        return Reading(kind="duration") if lex.lookup(lex.units, m.group("wu")) else None
    if m.group("vague"):
        unit = lex.lookup(lex.units, m.group("vu"))
        # the unit, with no count: enough to tell "une trentaine d'années" (an age) apart
        return Reading(kind="duration", amounts=[(unit, -1)]) if unit else None
    amounts = _amounts(m.group("seq"), lex, _unit_re(lex))
    return Reading(kind="duration", amounts=amounts) if amounts else None


_GRAMMARS: dict[str, Grammar] = {}


def grammar_for(lex: Lexicon) -> Grammar:
    """The compiled grammar of a lexicon (compiled on first use, then kept)."""
    if lex.lang not in _GRAMMARS:
        _GRAMMARS[lex.lang] = Grammar(lex)
    return _GRAMMARS[lex.lang]
