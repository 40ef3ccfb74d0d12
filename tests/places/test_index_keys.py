"""The gazetteer index file is keyed by every places-data key it is built from, so that a change
to any of them (a stopword, a bloc, an alias) rebuilds the index instead of reading a stale one."""

from __future__ import annotations

import re
from pathlib import Path

from passage.stages.places import gazetteer, normalise

BUILD = Path(gazetteer.__file__)
READ = re.compile(r'load\(lang, "places"\) or \{\}\)\.get\((?:"(\w+)"|field_name)\)')
ALIASES = re.compile(r'_aliases\("(\w+)"\)')


def test_every_places_key_the_build_reads_keys_the_index():
    source = BUILD.read_text(encoding="utf-8")
    read = {m.group(1) for m in READ.finditer(source) if m.group(1)}
    read |= set(ALIASES.findall(source))
    assert read, "the pattern no longer finds what the build reads"
    assert read <= set(normalise.INDEX_KEYS), read - set(normalise.INDEX_KEYS)


def test_the_index_key_follows_the_data(monkeypatch):
    before = normalise.rules().digest
    real = normalise.data.load

    def with_a_new_stopword(lang: str, name: str):
        conf = real(lang, name)
        if name == "places" and lang == "en":
            conf = {**conf, "stopwords": [*conf.get("stopwords", []), "zzyzxville"]}
        return conf

    normalise.rules.cache_clear()
    monkeypatch.setattr(normalise.data, "load", with_a_new_stopword)
    try:
        assert normalise.rules().digest != before
    finally:
        monkeypatch.undo()
        normalise.rules.cache_clear()
