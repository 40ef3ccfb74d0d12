"""Shared fixtures: where the shared gold data and the canonical example live."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import SHARED


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    assert SHARED.is_dir(), f"the shared folder is expected beside the repository: {SHARED}"
    return SHARED
