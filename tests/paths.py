"""Where the shared gold data and the canonical example live (beside the repo, never copied)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PASSAGE_SHARED", REPO.parent / "shared"))
EXAMPLE = SHARED / "examples" / "abou-kamal-qaem-reouverture.fr.txt"
NEWS = SHARED / "eval" / "news" / "articles.jsonl"
