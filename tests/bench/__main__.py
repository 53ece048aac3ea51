"""`make bench`: run every benchmark module and print one table."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

from tests.bench import BenchRow


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.3g}"
    return f"{text} {unit}".strip()


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    names = argv or sorted(
        m.name for m in pkgutil.iter_modules([str(folder)]) if not m.name.startswith("_")
    )
    rows: list[BenchRow | dict[str, object]] = []
    failed = []
    for name in names:
        module = importlib.import_module(f"tests.bench.{name}")
        started = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows.extend(module.rows())
        except Exception as exc:  # a broken benchmark must not hide the others
            failed.append(f"{name}: {type(exc).__name__}: {exc}")
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    table = [r if isinstance(r, BenchRow) else BenchRow(**r) for r in rows]  # type: ignore[arg-type]
    header = ("figure", "value", "baseline", "ratio", "target")
    lines = [
        (
            r.figure,
            _fmt(r.value, r.unit),
            f"{_fmt(r.baseline, r.unit)} ({r.baseline_label})" if r.baseline is not None else "-",
            f"{r.ratio:.2f}x" if r.ratio is not None else "-",
            r.target,
        )
        for r in table
    ]
    widths = [
        max(len(h), *(len(line[i]) for line in lines)) if lines else len(h)
        for i, h in enumerate(header)
    ]
    print(" | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("-+-".join("-" * w for w in widths))
    for line in lines:
        print(" | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)))
    for failure in failed:
        print(f"FAILED {failure}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
