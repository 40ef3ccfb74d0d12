"""Bytes to text: UTF-8 first; a detected legacy encoding only for bytes that are not UTF-8."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from passage.ingest.errors import MAX_ARTICLE_BYTES, IngestError

# Bytes that never occur in text files: NUL and most C0 controls.
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# A well-formed UTF-8 multi-byte sequence: if a file has some, its author meant UTF-8.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


class DecodeError(ValueError):
    pass


def decode(raw: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with; DecodeError says why it cannot be text."""
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"invalid UTF-16 at byte {exc.start}") from exc
    sample = raw[:65536]
    if _BINARY.search(sample) and len(_BINARY.findall(sample)) > max(1, len(sample) // 1000):
        raise DecodeError("binary data, not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if _UTF8_MULTIBYTE.search(raw):
            raise DecodeError(
                f"invalid UTF-8 at byte {exc.start} (the file mixes UTF-8 with other bytes)"
            ) from exc
        bad_at = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None or best.chaos > 0.2:
        raise DecodeError(f"invalid UTF-8 at byte {bad_at} and no legacy encoding fits")
    return str(best), best.encoding


def read_text(path: Path, what: str) -> str | IngestError:
    """The decoded content of a one-article file, or the error that says why it has none."""
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        return IngestError(
            str(path),
            f"too large for one article ({size / 1_048_576:.1f} MB; the limit is "
            f"{MAX_ARTICLE_BYTES // 1_048_576} MB)",
        )
    try:
        content, _encoding = decode(path.read_bytes())
    except DecodeError as exc:
        return IngestError(str(path), str(exc))
    if not content.strip():
        return IngestError(str(path), f"empty: no {what} to read")
    return content
