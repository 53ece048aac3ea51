"""Every service function that commits also appends an audit event.

A static check over app/services: a function that calls `commit()` must call
`audit(...)` itself or through a helper of the same module (followed
transitively), so that a new write without an event fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
# The unit of work's own commit is the mechanism, not a user action.
EXEMPT = {("context.py", "commit")}


def _calls(node: ast.AST) -> set[str]:
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            if isinstance(func, ast.Name):
                names.add(func.id)
            elif isinstance(func, ast.Attribute):
                names.add(func.attr)
    return names


def unaudited_writes(source: str, file_name: str) -> list[str]:
    tree = ast.parse(source)
    functions = {
        n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    calls = {name: _calls(fn) for name, fn in functions.items()}

    def audits(name: str, seen: set[str]) -> bool:
        if name in seen:
            return False
        seen.add(name)
        called = calls.get(name, set())
        if "audit" in called or "append_event" in called:
            return True
        return any(audits(c, seen) for c in called if c in functions)

    return [
        f"{file_name}:{fn.lineno} {name}"
        for name, fn in functions.items()
        if "commit" in calls[name] and (file_name, name) not in EXEMPT and not audits(name, set())
    ]


def test_every_service_write_is_audited() -> None:
    offenders: list[str] = []
    for path in sorted(SERVICES.glob("*.py")):
        offenders += unaudited_writes(path.read_text(encoding="utf-8"), path.name)
    assert offenders == []


def test_the_check_sees_a_write_without_an_event() -> None:
    source = (
        "def helper(uow):\n    uow.audit(None, 'x', 'y')\n"
        "def good(uow):\n    helper(uow)\n    uow.commit()\n"
        "def bad(uow):\n    uow.session.add(1)\n    uow.commit()\n"
    )
    assert unaudited_writes(source, "sample.py") == ["sample.py:6 bad"]
