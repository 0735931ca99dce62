"""Errors that reach the user as one line: which file, what is wrong, what to do."""

from __future__ import annotations

import os


class InputError(Exception):
    """A file or an option MineDesk cannot use.

    ``str(err)`` is the one line shown to the user: ``"<file>: <problem>; <what to do>"``.
    """

    def __init__(self, source: str | os.PathLike | None, problem: str, hint: str = ""):
        self.source = os.fspath(source) if source is not None else None
        self.problem = problem
        self.hint = hint
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.source}: {self.problem}" if self.source else self.problem
        if self.hint:
            text += f"; {self.hint}"
        return " ".join(text.split())  # one line, whatever the GDAL message held
