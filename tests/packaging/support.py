"""Helpers of the packaging tests: where things are, and a clean environment to run them in."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"


def clean_env(**extra: str) -> dict[str, str]:
    """The environment for a packaged program: offscreen Qt, no data folder or store URL of
    the developer's, and no pip settings that would reach beyond the wheelhouse."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PERMIT_REVIEW_", "PIP_", "PYTHON", "VIRTUAL_ENV"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env
