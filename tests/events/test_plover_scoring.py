"""The PLOVER scorer codes each sentence from its events and its interactions."""

from __future__ import annotations

import json

import pytest
from event_helpers import SHARED

from passage.eval.events import score_plover


@pytest.mark.skipif(not (SHARED / "eval" / "plover").exists(), reason="no shared eval data")
def test_the_coded_record_beats_the_acled_events_alone(tmp_path):
    # made-up sentences in the gold's shape: interactions only the interaction engine codes
    items = [
        ("Chile urged Bolivia to resume gas exports.", "DEMAND", "Chile", "Bolivia"),
        ("Laos rejected a proposal from Thailand on the dam.", "REJECT", "Laos", "Thailand"),
        ("Gunmen abducted 12 travellers near Zaria.", "ASSAULT", "Gunmen", "travellers"),
    ]
    folder = tmp_path / "plover"
    folder.mkdir()
    with (folder / "dev.jsonl").open("w", encoding="utf-8") as fh:
        for text, code, src, tgt in items:
            fh.write(
                json.dumps(
                    {
                        "text": text,
                        "event_code": code,
                        "source_actor": [{"actorText": src}],
                        "target_actor": [{"actorText": tgt}],
                    }
                )
                + "\n"
            )
    figures = {f.metric: f.value for f in score_plover(tmp_path, "dev", None)}
    assert figures["category_macro_f1"] == 1.0
    assert figures["acled_category_macro_f1"] < 1.0
    assert figures["source_actor_match"] == 1.0
    assert figures["target_actor_match"] == 1.0
    assert figures["coverage"] == 1.0
