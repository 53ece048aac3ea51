"""PySide6 6.12 on CPython 3.11 drops a reference to None on each call of a Qt method that
returns nothing, and the interpreter aborts after a few thousand calls. The project needs
Python >= 3.12 (where None is immortal); this proves the installed pair survives 50,000 calls.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 50_000

SCRIPT = textwrap.dedent(f"""
    import sys
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    widget = QWidget()
    for i in range(-(-{CALLS} // 3)):
        item.setText(str(i))
        model.setItem(0, 0, QStandardItem("x"))
        widget.resize(100 + i % 7, 100)
    print("calls done", sys.getrefcount(None) if sys.version_info < (3, 12) else "immortal")
""")


def test_python_is_new_enough() -> None:
    assert sys.version_info >= (3, 12)


def test_fifty_thousand_void_qt_calls_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "none_dealloc" not in result.stderr
    assert "calls done" in result.stdout
