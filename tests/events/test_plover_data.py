"""The PLOVER data: the categories, the ACLED mapping and each language's interaction triggers."""

from __future__ import annotations

import json

from passage import data
from passage.stages.events import plover
from passage.stages.events.lexicon import INTERACTION_ROLE


def test_eighteen_categories_each_defined():
    cats = plover.categories()
    assert len([c for c in cats if c != "OTHER"]) == 18
    for spec in cats.values():
        assert spec["definition"] and isinstance(spec["verbal"], bool)


def test_every_acled_subtype_maps_to_a_category():
    cats = plover.categories()
    assert set(plover.acled_categories().values()) <= set(cats)


def test_trigger_files_use_known_categories():
    cats = set(plover.categories())
    for lang in data.languages():
        raw = data.load(lang, "plover")
        if not raw:
            continue
        for entry in raw["triggers"]:
            assert entry["plover"] in cats, (lang, entry["plover"])
            for ctx in entry.get("by_context", []):
                assert ctx[0] in cats, (lang, ctx[0])


def test_the_lexicon_holds_interaction_rules_and_the_phrases_that_are_none():
    lex = plover.interaction_lexicon("en")
    assert lex is not None
    roles = {r.role for r in lex.rules}
    assert roles == {INTERACTION_ROLE, "none"}


def test_refinement_is_limited_to_coarse_acled_subtypes():
    assert plover.refinable("Other", "THREATEN")
    assert plover.refinable("Non-violent transfer of territory", "RETREAT")
    assert not plover.refinable("Agreement", "CONSULT")  # talks that concluded an accord
    assert not plover.refinable("Armed clash", "THREATEN")


def test_acled_json_keeps_its_mapping_shape():
    raw = json.loads((data.DATA_DIR / "acled.json").read_text(encoding="utf-8"))
    assert raw["types"]["Strategic developments"]["subtypes"]["Agreement"] == "AGREE"
