"""The index file on disk: one left empty or cut short is built again, not read."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from passage.stages.places.gazetteer import Gazetteer, readable


def test_the_built_index_is_readable(index: Gazetteer) -> None:
    assert readable(index.path)


def test_an_empty_or_missing_file_is_not_an_index(tmp_path: Path) -> None:
    empty = tmp_path / "gazetteer-empty.sqlite"
    empty.touch()
    assert not readable(empty)
    assert not readable(tmp_path / "gazetteer-absent.sqlite")


def test_a_file_cut_short_is_not_an_index(index: Gazetteer, tmp_path: Path) -> None:
    cut = tmp_path / "gazetteer-cut.sqlite"
    with index.path.open("rb") as src, cut.open("wb") as dst:
        dst.write(src.read(64 * 1024))
    assert not readable(cut)


def test_an_index_of_other_sources_is_not_this_one(index: Gazetteer, tmp_path: Path) -> None:
    other = tmp_path / "gazetteer-other.sqlite"
    shutil.copyfile(index.path, other)
    with sqlite3.connect(other) as con:
        con.execute("UPDATE meta SET v = 'older sources' WHERE k = 'source_version'")
    assert not readable(other)
