"""Inferring an article's publication date from its own text when no metadata gives it.

What counts as support, strongest first:
1. a dateline with a full date: in the first line ("KORNIDZOR, AUGUST 5, 2023."), or on one
   of the next lines when a title comes first, where it must look like a dateline: a place and
   a comma before the date ("Title\nDEIR EZ-ZOR (Syrie), 15 mai 2024 — ..."), or the date
   opening the line with a dash or a bracket after it ("15 mai 2024 (AFP) — ...");
2. a weekday with a day and a month ("lundi 30 septembre") and a year the text names: the first
   year from that one in which that day falls on that weekday;
3. a dateline day and month without a year, not older than the dates the text names.

A weekday, day and month with no year anywhere ("Jeudi 15 août") gives no date: that day falls
on a Thursday every five to eleven years, and nothing in the text says which. Guessing the most
recent one would be right for today's news and wrong for every archive, so it is left to the
metadata. No inferred date is ever later than today.
"""

from __future__ import annotations

import re
from datetime import date

from passage.stages.time import calendar
from passage.stages.time.grammar import Candidate
from passage.stages.time.lexicon import Lexicon

# A dateline sits at the very top of a report ("KORNIDZOR, AUGUST 5, ARMENPRESS.").
DATELINE_CHARS = 160
# A title (and a standfirst) may come before the dateline: it is looked for in this many lines.
DATELINE_LINES = 3
# What may come before a date on a dateline below the first line: a place, up to a comma
# ("DEIR EZ-ZOR (Syrie), ", "Beyrouth, "); no sentence break, no more than a few words.
_PLACE_BEFORE = re.compile(r"^\s*\w[^.!?;:\n]{0,60}[,،]\s*$")
# A date that opens such a line is a dateline when a dash, a bracket or the line's end follows
# ("15 mai 2024 — Des combattants ...", "15 mai 2024 (AFP)"), not a comma and a sentence.
_DATELINE_AFTER = re.compile(r"\s*(?:[—–\-(|/]|$)", re.M)
# A weekday repeats on the same day of the month within 11 years, 28 across a 29 February.
WEEKDAY_YEARS = 29
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _named_years(chosen: list[Candidate]) -> list[int]:
    return [c.reading.year for c in chosen if c.reading.year and 1800 <= c.reading.year <= 2099]


def _top_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the first non-empty lines, each cut to DATELINE_CHARS; the search stops
    a few lines' length into the text, so a huge one-line text costs nothing."""
    lines: list[tuple[int, int]] = []
    pos = len(text) - len(text.lstrip())  # blank lines before the first one do not count
    reach = pos + DATELINE_CHARS * (DATELINE_LINES + 2)
    while pos < min(len(text), reach) and len(lines) < DATELINE_LINES:
        end = text.find("\n", pos, pos + reach)
        line = text[pos : len(text) if end < 0 else end]
        if line.strip():
            start = pos + len(line) - len(line.lstrip())
            lines.append((start, min(start + len(line.strip()), start + DATELINE_CHARS)))
        if end < 0:
            break
        pos = end + 1
    return lines


def _in_dateline(text: str, lines: list[tuple[int, int]], c: Candidate) -> bool:
    """The date sits on the text's first line, or on a dateline among the top lines."""
    for i, (start, end) in enumerate(lines):
        if not start <= c.start < end:
            continue
        if i == 0 or _PLACE_BEFORE.match(text[start : c.start]):
            return True
        return c.start == start and _DATELINE_AFTER.match(text, c.end) is not None
    return False


def infer(
    text: str, chosen: list[Candidate], lex: Lexicon, today: date | None = None
) -> tuple[date, str] | None:
    """(date, reason) when the text supports a publication date, else None; never after
    `today` (the system's date unless given)."""
    today = today or date.today()
    lines = _top_lines(text)
    for c in chosen:
        r = c.reading
        if r.year and r.month and r.day and _in_dateline(text, lines, c):
            try:
                d = date(r.year, r.month, r.day)
            except ValueError:
                continue
            if d <= today:
                return d, f"dateline '{text[c.start : c.end]}'"
    years = _named_years(chosen)
    if not years:
        return None
    latest = max(years)
    for c in chosen:
        r = c.reading
        if r.year is None and r.month and r.day and r.weekday is not None:
            for year in range(latest, min(latest + WEEKDAY_YEARS, today.year + 1)):
                try:
                    d = date(year, r.month, r.day)
                except ValueError:
                    continue
                if d.weekday() == r.weekday and d <= today:
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
        if r.year is None and r.month and r.day and _in_dateline(text, lines, c):
            for year in (floor.year, floor.year + 1):
                try:
                    d = date(year, r.month, r.day)
                except ValueError:
                    continue
                if floor <= d <= today:
                    return d, (
                        f"dateline '{text[c.start : c.end]}': its first date on or after "
                        f"{floor.isoformat()}, the end of the latest date named in the text"
                    )
    return None
