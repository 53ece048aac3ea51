"""The layers of ARCHITECTURE.md: a core without Qt, views without SQL."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", "") == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            names.add(str(node.args[0].value).split(".")[0])
    return names


def test_core_never_imports_qt() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "app").rglob("*.py")
        if _imports(p) & {"PySide6", "shiboken6"}
    ]
    assert offenders == []


def test_views_never_touch_the_database() -> None:
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if _imports(path) & {"sqlalchemy", "sqlite3", "psycopg", "alembic"}:
            offenders.append(f"{path.relative_to(ROOT)}: imports a database library")
        for call in (
            "session.execute(",
            "session.query(",
            "session.add(",
            "session.commit(",
            "session.scalar(",
            ".store.session(",
            "uow.session",
        ):
            if call in source:
                offenders.append(f"{path.relative_to(ROOT)}: {call}")
    assert offenders == []


def test_scanner_sees_an_offending_import(tmp_path: Path) -> None:
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import Qt\nimport sqlalchemy.orm\n")
    assert _imports(sample) == {"PySide6", "sqlalchemy"}
