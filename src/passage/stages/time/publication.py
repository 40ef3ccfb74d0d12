"""Inferring an article's publication date from its own text when no metadata gives it."""

from __future__ import annotations

from datetime import date

from passage.stages.time import calendar
from passage.stages.time.grammar import Candidate
from passage.stages.time.lexicon import Lexicon

# A dateline sits at the very top of a report ("KORNIDZOR, AUGUST 5, ARMENPRESS.").
DATELINE_CHARS = 160
# A weekday repeats on the same day of the month within 11 years, 28 across a 29 February.
WEEKDAY_YEARS = 29
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _named_years(chosen: list[Candidate]) -> list[int]:
    return [c.reading.year for c in chosen if c.reading.year and 1800 <= c.reading.year <= 2099]


def _in_dateline(text: str, c: Candidate) -> bool:
    first_line = text.lstrip()[:DATELINE_CHARS].split("\n", 1)[0]
    offset = len(text) - len(text.lstrip())
    return c.start < offset + len(first_line)


def infer(text: str, chosen: list[Candidate], lex: Lexicon) -> tuple[date, str] | None:
    """(date, reason) when the text supports a publication date, else None."""
    for c in chosen:
        r = c.reading
        if r.year and r.month and r.day and _in_dateline(text, c):
            try:
                return date(r.year, r.month, r.day), f"dateline '{text[c.start : c.end]}'"
            except ValueError:
                continue
    years = _named_years(chosen)
    if not years:
        return None
    latest = max(years)
    for c in chosen:
        r = c.reading
        if r.year is None and r.month and r.day and r.weekday is not None:
            for year in range(latest, latest + WEEKDAY_YEARS):
                try:
                    d = date(year, r.month, r.day)
                except ValueError:
                    continue
                if d.weekday() == r.weekday:
                    return d, (
                        f"'{text[c.start : c.end]}': first year from {latest} (the latest year "
                        f"named in the text) in which that day is a {DAY_NAMES[r.weekday]}"
                    )
    # a report is not older than the dates it names: the dateline's day falls on or after them
    # only dates that name their year: "le XXIe siècle" ends in 2099, and says nothing of it
    ends = [
        iv.end
        for c in chosen
        if c.reading.year is not None and (iv := calendar.resolve(c.reading, None, None))
    ]
    floor = max(ends) if ends else date(latest, 1, 1)
    for c in chosen:
        r = c.reading
        if r.year is None and r.month and r.day and _in_dateline(text, c):
            for year in (floor.year, floor.year + 1):
                try:
                    d = date(year, r.month, r.day)
                except ValueError:
                    continue
                if d >= floor:
                    return d, (
                        f"dateline '{text[c.start : c.end]}': its first date on or after "
                        f"{floor.isoformat()}, the end of the latest date named in the text"
                    )
    return None
