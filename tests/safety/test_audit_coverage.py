"""Every service function that commits also appends an audit event.

A static check over app/services: a function that calls `commit()` must call
`audit(...)` (or `audit_log.append`) itself or through helpers of any service
module (followed transitively by name), so that a new write without an event
fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"
EXEMPT = {
    # The unit of work's own commit is the mechanism, not a user action.
    ("context.py", "commit"),
    # Recounts a derived sort key of the queue from stored answers; nobody's data changes.
    ("queue.py", "refresh_marks"),
}


def _calls(node: ast.AST) -> set[str]:
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            func = sub.func
            if isinstance(func, ast.Name):
                names.add(func.id)
            elif isinstance(func, ast.Attribute):
                owner = func.value
                if isinstance(owner, ast.Name) and owner.id == "audit_log":
                    names.add("audit_log." + func.attr)
                else:
                    names.add(func.attr)
    return names


def _functions(source: str) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(source)
    return {
        n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def unaudited_writes(sources: dict[str, str]) -> list[str]:
    """`file:line name` of each committing function with no audit call on any path."""
    per_file = {name: _functions(source) for name, source in sources.items()}
    calls: dict[str, set[str]] = {}
    for functions in per_file.values():
        for name, fn in functions.items():
            calls.setdefault(name, set()).update(_calls(fn))

    def audits(name: str, seen: set[str]) -> bool:
        if name in seen:
            return False
        seen.add(name)
        called = calls.get(name, set())
        if "audit" in called or "audit_log.append" in called:
            return True
        return any(audits(c, seen) for c in called if c in calls)

    return [
        f"{file_name}:{fn.lineno} {name}"
        for file_name, functions in per_file.items()
        for name, fn in functions.items()
        if "commit" in _calls(fn) and (file_name, name) not in EXEMPT and not audits(name, set())
    ]


def test_every_service_write_is_audited() -> None:
    sources = {p.name: p.read_text(encoding="utf-8") for p in sorted(SERVICES.glob("*.py"))}
    assert unaudited_writes(sources) == []


def test_the_check_sees_a_write_without_an_event() -> None:
    helpers = "def helper(uow):\n    uow.audit(None, 'x', 'y')\n"
    source = (
        "from helpers import helper\n"
        "def good(uow):\n    helper(uow)\n    uow.commit()\n"
        "def bad(uow):\n    uow.session.add(1)\n    uow.commit()\n"
    )
    found = unaudited_writes({"helpers.py": helpers, "sample.py": source})
    assert found == ["sample.py:5 bad"]
