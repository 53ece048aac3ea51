"""Rotating log file. Logs name actions and ids, never personal or restricted content."""

from __future__ import annotations

import logging
import logging.handlers

from app.paths import Paths


def configure_logging(paths: Paths, *, verbose: bool = False) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        paths.logs / "permit-review.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_permit_review", False)]:
        root.removeHandler(old)
    handler._permit_review = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
