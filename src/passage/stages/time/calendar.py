"""Placing Readings on the calendar: intervals, precisions and the choice of year or week."""

from __future__ import annotations

import calendar as cal
from datetime import date, timedelta

from passage.record import Interval
from passage.stages.time.grammar import Reading

# Parts of a month and of a year that "début", "mi-" and "fin" cover: day ranges of a month,
# month ranges of a year. Wide on purpose: they narrow the interval without inventing a day.
MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
# How far a weekday-and-date without a year may be from its anchor year.
YEAR_SEARCH = (-1, 0, 1)
# How far a weekday and a day of the month ("dimanche 23") may be from publication's month.
MONTH_SEARCH = (-2, -1, 0, 1, 2)
# Years of a century that "début", "milieu" and "fin" cover ("la fin du XIXe siècle").
CENTURY_PARTS = {"early": (0, 32), "mid": (33, 65), "late": (66, 99)}
# A two-digit year ("en 97") is taken in the century that puts it at most this many years
# after publication: news speaks of the past far more often than of the far future.
SHORT_YEAR_AHEAD = 10


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def short_year(yy: int, pub: date) -> int:
    """The full year of "97" for a text published on `pub`."""
    year = pub.year - pub.year % 100 + yy
    return year - 100 if year > pub.year + SHORT_YEAR_AHEAD else year


def _month_end(year: int, month: int) -> date:
    return date(year, month, cal.monthrange(year, month)[1])


def day_interval(d: date) -> Interval:
    return Interval(d, d, "day")


def month_interval(year: int, month: int, fuzzy: str | None = None) -> Interval:
    start, end = date(year, month, 1), _month_end(year, month)
    if fuzzy in MONTH_PARTS:
        lo, hi = MONTH_PARTS[fuzzy]
        start, end = start.replace(day=lo), min(end, start.replace(day=min(hi, end.day)))
    return Interval(start, end, "month")


def year_interval(year: int, fuzzy: str | None = None) -> Interval:
    lo, hi = YEAR_PARTS.get(fuzzy or "", (1, 12))
    return Interval(date(year, lo, 1), _month_end(year, hi), "year")


def week_interval(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return Interval(monday, monday + timedelta(days=6), "week")


def add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, cal.monthrange(year, month + 1)[1]))


def year_part_interval(year: int, months: tuple[int, int], fuzzy: str | None = None) -> Interval:
    """A season or a quarter of `year` ("l'hiver 2023" runs from December 2023 into 2024);
    known to the year, like "mi-2018", since it is coarser than a month."""
    first, last = months
    start = date(year, first, 1)
    end = _month_end(year + (last < first), last)
    if fuzzy in MONTH_PARTS:  # "fin de l'été": the season's last month
        edge = {"early": start, "mid": add_months(start, 1), "late": end.replace(day=1)}[fuzzy]
        start, end = edge, _month_end(edge.year, edge.month)
    return Interval(start, end, "year")


def _weekend_interval(pub: date, n: int, direction: str | None) -> Interval:
    """ "le week-end dernier": the last one ended before publication; "le week-end prochain":
    the next one to start after it; "ce week-end": by the tense, else the nearest."""
    on_weekend = pub.weekday() >= 5
    # the Saturday of the weekend under way, or else of the one to come
    current = (
        pub - timedelta(days=pub.weekday() - 5)
        if on_weekend
        else pub + timedelta(days=5 - pub.weekday())
    )
    previous, following = current - timedelta(weeks=1), current + timedelta(weeks=1)
    if n < 0:
        chosen = previous
    elif n > 0:
        chosen = following if on_weekend else current
    elif on_weekend or direction == "future":
        chosen = current
    elif direction == "past" or pub.weekday() <= 2:
        chosen = previous  # nearer the one past (ties to the past, as in `_choose`)
    else:
        chosen = current
    return Interval(chosen, chosen + timedelta(days=1), "week")


def period_from(base: Interval, unit: str, n: int) -> Interval | None:
    """ "l'année suivante" after `base`: the period `n` units from it, where `base` is precise
    enough to say which ("le mois suivant" after "en 2015" says nothing)."""
    finer = {"year": ("day", "week", "month", "year"), "month": ("day", "week", "month")}
    if base.precision not in finer.get(unit, ("day", "week")):
        return None
    try:
        return _period_from(base, unit, n)
    except (ValueError, OverflowError):
        return None  # past the calendar's ends: "l'année suivante" after 9999


def _period_from(base: Interval, unit: str, n: int) -> Interval | None:
    if unit == "year":
        return year_interval(base.start.year + n)
    if unit == "month":
        d = add_months(base.start.replace(day=1), n)
        return month_interval(d.year, d.month)
    if unit == "week":
        return week_interval(base.start + timedelta(weeks=n))
    return None


def _distance(iv: Interval, pub: date) -> int:
    if iv.start <= pub <= iv.end:
        return 0
    return (iv.start - pub).days if iv.start > pub else (pub - iv.end).days


def _choose(options: list[Interval], pub: date, direction: str | None, strict: bool) -> Interval:
    """The option a reader would pick: before publication for past, after for future,
    else the nearest (ties go to the past: news mostly reports what happened)."""
    if direction == "past":
        before = [o for o in options if (o.end < pub if strict else o.start <= pub)]
        if before:
            return max(before, key=lambda o: o.start)
    elif direction == "future":
        after = [o for o in options if (o.start > pub if strict else o.end >= pub)]
        if after:
            return min(after, key=lambda o: o.start)
    return min(options, key=lambda o: (_distance(o, pub), o.start > pub))


def _shifted(amounts: list[tuple[str, int]], pub: date) -> Interval | None:
    d, finest = pub, "year"
    order = ["day", "week", "month", "year"]
    for unit, n in amounts:
        if unit in ("year", "decade", "century"):
            d = add_months(d, 12 * n * {"year": 1, "decade": 10, "century": 100}[unit])
            unit = "year"
        elif unit == "month":
            d = add_months(d, n)
        elif unit == "week":
            d, unit = d + timedelta(weeks=n), "day"  # "il y a une semaine" names a day
        elif unit == "day":
            d += timedelta(days=n)
        else:  # hours and minutes: whole days only, the time of publication is unknown
            d += timedelta(days=int(n / (24 if unit == "hour" else 1440)))
            unit = "day"
        finest = min(finest, unit, key=order.index)
    if finest == "day":
        return day_interval(d)
    if finest == "month":
        return month_interval(d.year, d.month)
    return year_interval(d.year)


def resolve(reading: Reading, pub: date | None, context: str | None) -> Interval | None:
    """The interval a date Reading denotes, or None where it cannot be placed; `context` is
    what the words around it say of its tense: past, future or None."""
    try:
        found = _resolve(reading, pub, context)
    except (ValueError, OverflowError):
        return None  # a day that does not exist, or a year out of the calendar's range
    if found is not None and reading.week_of and found.precision == "day":
        return week_interval(found.start)
    return overnight(found) if reading.overnight and found is not None else found


def overnight(first: Interval) -> Interval:
    """ "la nuit de lundi à mardi": both days, at day precision. ACLED codes an event on the
    day it took place (event_date, time_precision 1) and has no rule that moves a night's
    event to either side of midnight; a report that names the two days does not say on which
    side the act fell, so the record keeps both (an export that wants one day should take the
    first: the night began on it)."""
    if first.precision != "day":
        return first
    return Interval(first.start, first.start + timedelta(days=1), "day")


def _resolve(reading: Reading, pub: date | None, context: str | None) -> Interval | None:
    r = reading
    if r.kind != "date" or r.clock or r.invalid or r.vague or r.anchored is not None:
        return None
    if r.anchored_period is not None:
        return None  # placed from the date last named, by the caller

    if r.century is not None:
        lo, hi = CENTURY_PARTS.get(r.fuzzy or "", (0, 99))
        first = (r.century - 1) * 100  # TimeML's "18XX" for "le XIXe siècle"
        return Interval(date(max(1, first + lo), 1, 1), date(first + hi, 12, 31), "year")
    if r.easter is not None:
        if r.year is not None:
            return day_interval(easter(r.year) + timedelta(days=r.easter))
        if pub is None:
            return None
        feasts = [
            day_interval(easter(pub.year + dy) + timedelta(days=r.easter)) for dy in YEAR_SEARCH
        ]
        return _choose(feasts, pub, r.cue or context, strict=False)
    if r.short_year is not None:
        if pub is None:
            return None
        if r.month is not None and r.day is not None:  # "15/08/24"
            return day_interval(date(short_year(r.short_year, pub), r.month, r.day))
        return year_interval(short_year(r.short_year, pub))
    if r.decade is not None:
        span = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(r.fuzzy or "", (0, 9))
        return Interval(date(r.decade + span[0], 1, 1), date(r.decade + span[1], 12, 31), "year")
    if r.year_part is not None and r.year is not None:
        return year_part_interval(r.year, r.year_part, r.fuzzy)
    if r.year is not None:
        if not 1 <= r.year <= 9999:
            return None
        if r.month is not None and r.day is not None:
            return day_interval(date(r.year, r.month, r.day))
        if r.month is not None:
            return month_interval(r.year, r.month, r.fuzzy)
        return year_interval(r.year, r.fuzzy)
    if pub is None:
        return None  # everything below is relative to the publication date
    if r.amounts:
        return _shifted(r.amounts, pub)
    direction = r.cue or context
    if r.weekend is not None:
        return _weekend_interval(pub, r.weekend, direction)
    if r.year_part is not None and r.shift is not None:  # "the third quarter of last year"
        return year_part_interval(pub.year + r.shift[1], r.year_part, r.fuzzy)
    if r.year_part is not None:
        options = [year_part_interval(pub.year + dy, r.year_part, r.fuzzy) for dy in YEAR_SEARCH]
        return _choose(options, pub, direction, strict=r.cue is not None)
    if r.shift is not None:
        unit, n = r.shift
        if unit == "day":
            return day_interval(pub + timedelta(days=n))
        if unit == "week":
            return week_interval(pub + timedelta(weeks=n))
        if unit == "month":
            d = add_months(pub.replace(day=1), n)
            if r.day is not None:  # "le 5 du mois dernier"
                return day_interval(d.replace(day=r.day))
            return month_interval(d.year, d.month, r.fuzzy)
        return year_interval(pub.year + n, r.fuzzy)
    if r.month is None and r.day is not None and r.weekday is not None:
        # "dimanche 23": the months around publication whose 23rd is a Sunday
        options = []
        for dm in MONTH_SEARCH:
            first = add_months(pub.replace(day=1), dm)
            if r.day <= cal.monthrange(first.year, first.month)[1]:
                d = first.replace(day=r.day)
                if d.weekday() == r.weekday:
                    options.append(day_interval(d))
        return _choose(options, pub, direction, strict=False) if options else None
    if r.month is not None and r.day is not None:
        options = []
        for dy in YEAR_SEARCH:
            try:
                options.append(day_interval(date(pub.year + dy, r.month, r.day)))
            except ValueError:
                continue  # 29 February, or a day the month lacks
        matching = [o for o in options if o.start.weekday() == r.weekday]
        if r.weekday is not None and matching:
            options = matching
        return _choose(options, pub, direction, strict=False) if options else None
    if r.month is not None:
        options = [month_interval(pub.year + dy, r.month, r.fuzzy) for dy in YEAR_SEARCH]
        # "en avril dernier" in April means the April before; "avril prochain" likewise
        strict = r.cue is not None
        if strict:
            options = [month_interval(pub.year + dy, r.month) for dy in YEAR_SEARCH]
            iv = _choose(options, pub, direction, strict=True)
            return month_interval(iv.start.year, r.month, r.fuzzy)
        return _choose(options, pub, direction, strict=False)
    if r.weekday is not None:
        back = (pub.weekday() - r.weekday) % 7
        ahead = (r.weekday - pub.weekday()) % 7
        if r.cue == "past":
            return day_interval(pub - timedelta(days=back or 7))
        if r.cue == "future":
            return day_interval(pub + timedelta(days=ahead or 7))
        if context == "future":
            return day_interval(pub + timedelta(days=ahead))
        if context is None and ahead < back:
            # no tense to go by: the nearest one, ties to the past as for dates
            return day_interval(pub + timedelta(days=ahead))
        return day_interval(pub - timedelta(days=back))
    return None
