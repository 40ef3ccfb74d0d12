"""The `passage place` command and the places scorer."""

from __future__ import annotations

import json

from click.testing import CliRunner

from passage.eval.places import reachable, score
from passage.serve.commands.place import place_command


def test_place_command_json(index) -> None:
    result = CliRunner().invoke(
        place_command, ["Palmyre", "Abou Kamal-Qaëm", "", "--near", "SY", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert [o["query"] for o in out] == ["Palmyre", "Abou Kamal-Qaëm", ""]
    assert out[0]["choice"]["gazetteer_id"] == "geonames:163808"
    assert out[1]["choice"]["kind"] == "crossing"
    assert out[2]["choice"] is None and out[2]["candidates"] == []
    assert set(out[0]["choice"]) == {
        "name",
        "gazetteer_id",
        "lat",
        "lon",
        "country",
        "admin1",
        "kind",
        "score",
    }


def test_place_command_table(index) -> None:
    result = CliRunner().invoke(place_command, ["Deir ez-Zor"])
    assert result.exit_code == 0 and "geonames:170794" in result.output


def test_scorer_on_a_dev_slice(shared_dir, index) -> None:
    figures = list(score(shared_dir / "eval", "dev", 15))
    by = {(f.dataset, f.metric): f for f in figures}
    acc = by[("geoparsing/dev", "resolution_acc@161km")]
    assert acc.n > 50 and 0.45 <= acc.value <= 1.0
    assert by[("geoparsing/dev", "recognition_f1")].value > 0.4
    assert ("geoparsing/syria_iraq", "resolution_geonames_exact") in by
    reachable = by[("geoparsing/dev", "resolution_reachable@161km")]
    assert acc.value <= reachable.value <= 1.0 and reachable.n == acc.n
    exact = by[("geoparsing/dev", "resolution_geonames_exact")]
    assert exact.value <= by[("geoparsing/dev", "resolution_gold_id_indexed")].value


def test_reachable_means_some_reading_of_the_name_or_the_gold_id_lies_near(index) -> None:
    paris = {"lat": 48.86, "lon": 2.35}
    assert reachable("Paris", paris, None)
    assert reachable("Paris", {"lat": 33.66, "lon": -95.56}, None)  # Paris, Texas
    assert not reachable("Paris", {"lat": -40.0, "lon": 0.0}, None)  # no Paris there
    assert reachable("Zzyzxq", {"lat": 0.0, "lon": 0.0}, 12.0)  # the resolver placed it
    assert not reachable("Zzyzxq", {"lat": 0.0, "lon": 0.0}, 900.0)
    assert reachable("Somewhere", {**paris, "geonames_id": 2988507}, None)  # by the gold id
