"""The window tests' fixtures, for the dashboard's tests."""

from __future__ import annotations

from tests.gui.conftest import (  # noqa: F401 (fixtures)
    fusion_style,
    screenshot_dir,
    shoot,
    ui_settings,
    workspace,
)
