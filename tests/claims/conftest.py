"""The claims tests reuse the events tests' helpers (hand-made time and place layers)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "events"))
