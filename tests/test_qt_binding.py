"""Guard against the PySide6 6.12.0 / Python 3.11 crash (docs/decisions/0003-pyside6-pin.md): every Qt method that
returns nothing dropped a reference to None until the interpreter aborted (exit 134).

Run in a child process so that a regression fails this test instead of killing pytest."""

import subprocess
import sys

import pytest

pytest.importorskip("PySide6.QtGui")

CODE = """
from PySide6.QtGui import QGuiApplication, QPainterPath
app = QGuiApplication([])
p = QPainterPath()
for _ in range(200_000):
    p.closeSubpath()
print("ok")
"""


def test_void_qt_calls_do_not_crash_the_interpreter():
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", **__import__("os").environ})
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", (
        f"exit {proc.returncode}: this PySide6 build crashes on void calls; pin another version\n{proc.stderr[-2000:]}")
