"""Character spans of names in a test text, as the gold data gives them to the resolver."""

from __future__ import annotations


def spans_of(text: str, *names: str) -> list[tuple[int, int]]:
    """The span of each name, found in order after the previous one."""
    out, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        out.append((start, start + len(name)))
        pos = start + len(name)
    return out
