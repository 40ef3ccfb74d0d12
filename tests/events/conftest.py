"""Make the shared test helpers of the events, claims and actors tests importable."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def nlp():
    """The French pipeline, loaded once."""
    from passage.stages import language

    return language.nlp_for("fr")
