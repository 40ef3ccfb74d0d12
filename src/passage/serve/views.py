"""Views of event and article records: one line for a person, flat rows for CSV."""

from __future__ import annotations

from typing import Any

CSV_COLUMNS = (
    "id",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "type",
    "subtype",
    "plover",
    "actor1",
    "actor1_kind",
    "target",
    "target_kind",
    "place",
    "gazetteer_id",
    "latitude",
    "longitude",
    "country",
    "admin1",
    "geo_precision",
    "fatalities",
    "access_target",
    "access_effect",
    "claim_status",
    "chain",
    "sources",
    "article",
    "evidence",
)


def _actors(record: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [a for a in record.get("actors") or [] if a.get("role") == role]


def chain_text(chain: list[str]) -> str:
    return " ← ".join(chain)


def event_line(record: dict[str, Any]) -> str:
    """One event, readable by a person: when, what, where, who, and who says so."""
    d = record.get("date")
    when = "????-??-??"
    if d:
        when = d["start"] if d["start"] == d["end"] else f"{d['start']}..{d['end']}"
        when += f" ({d['precision']}{', inferred' if d.get('inferred') else ''})"
    what = f"{record['type']} / {record['subtype']}"
    access = record.get("access")
    if access:
        what += f" [{access['effect']} {access['target']}]"
    p = record.get("place")
    where = ""
    if p:
        where = f" @ {p['name']}"
        if p.get("country"):
            where += f" ({p['country']})"
    who = []
    for role in ("actor", "target"):
        names = ", ".join(a["name"] for a in _actors(record, role))
        if names:
            who.append(f"{role}: {names}")
    fat = record.get("fatalities")
    if fat:
        who.append(f"fatalities ≥ {fat['min']}")
    claims = "; ".join(
        f"{c['status']}: {chain_text(c['chain'])}" for c in record.get("claims") or []
    )
    if (record.get("sources") or 0) > 1:
        claims = f"{record['sources']} outlets: {claims}"
    parts = [f"{when}  {what}{where}"]
    if who:
        parts.append("  " + "; ".join(who))
    if claims:
        parts.append(f"  — {claims}")
    return "".join(parts)


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    d = record.get("date") or {}
    p = record.get("place") or {}
    actor = (_actors(record, "actor") or [{}])[0]
    target = (_actors(record, "target") or [{}])[0]
    claim = (record.get("claims") or [{}])[0]
    access = record.get("access") or {}
    return {
        "id": record["id"],
        "date_start": d.get("start"),
        "date_end": d.get("end"),
        "date_precision": d.get("precision"),
        "date_text": d.get("text"),
        "type": record["type"],
        "subtype": record["subtype"],
        "plover": record.get("plover"),
        "actor1": actor.get("name"),
        "actor1_kind": actor.get("kind"),
        "target": target.get("name"),
        "target_kind": target.get("kind"),
        "place": p.get("name"),
        "gazetteer_id": p.get("gazetteer_id"),
        "latitude": p.get("lat"),
        "longitude": p.get("lon"),
        "country": p.get("country"),
        "admin1": p.get("admin1"),
        "geo_precision": p.get("precision"),
        "fatalities": (record.get("fatalities") or {}).get("min"),
        "access_target": access.get("target"),
        "access_effect": access.get("effect"),
        "claim_status": claim.get("status"),
        "chain": chain_text(claim.get("chain") or []),
        "sources": record.get("sources"),
        "article": claim.get("article"),
        "evidence": (claim.get("evidence") or {}).get("text"),
    }


def article_line(row: dict[str, Any]) -> str:
    published = row["published"] or "unknown date"
    if row["published"] and row.get("published_source"):
        published += f" ({row['published_source']})"
    bits = [
        row["id"],
        row["language"] or "??",
        published,
        row["outlet"] or "unknown outlet",
        f"{row['events']} events",
        row["title"] or "(no title)",
    ]
    line = "  ".join(bits)
    if row.get("url"):
        line += f"  <{row['url']}>"
    return line + f"  sha256:{row['content_hash'][:12]}"
