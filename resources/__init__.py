"""Files the application ships: fonts, templates, the example questionnaire, settings."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """A shipped file, found the same way from a checkout, a wheel or a frozen bundle."""
    return ROOT.joinpath(*parts)
