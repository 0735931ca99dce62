"""What the window shows, without Qt: the open project, the selected hazards and the undo
stack's state, each with change events (docs/decisions/0008-app-state.md).

The views (map, hazard table, tallies, Selection and Data quality panels) and the window's
actions observe one :class:`AppState`; none of them calls another. A view is handed each new
project through :attr:`AppState.project_changed` and follows its edits by subscribing to it,
unsubscribing from the one before: when a project is replaced, the state lets go of it and
closes it, so that nothing keeps it (or its file's lock) alive.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any


class Notifier:
    """A list of listeners, called in the order they connected (a Qt-free signal)."""

    def __init__(self) -> None:
        self._listeners: list[Callable[..., Any]] = []

    def connect(self, listener: Callable[..., Any]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[..., Any]) -> None:
        """Stop calling ``listener``; one that is not connected is ignored."""
        self._listeners = [f for f in self._listeners if f != listener]

    def emit(self, *args) -> None:
        for listener in list(self._listeners):
            listener(*args)

    def __len__(self) -> int:
        return len(self._listeners)


@dataclass(frozen=True)
class UndoState:
    """What Edit > Undo and Redo offer: the labels of the commands they would take back or do again."""

    undo_label: str | None = None
    redo_label: str | None = None

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_label)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_label)

    @classmethod
    def of(cls, project) -> UndoState:
        if project is None:
            return cls()
        from minedesk.app.messages import say

        undo, redo = getattr(project, "undo_message", None), getattr(project, "redo_message", None)
        return cls(say(undo) if undo is not None else project.undo_label,
                   say(redo) if redo is not None else project.redo_label)


class AppState:
    """The open project (and the path it was opened from), the selected hazards (rows of its
    tally engine) and its undo stack's state.

    Events, each a :class:`Notifier`:

    - ``project_changed(project)``: another project is shown (``None``: none); views take it and
      subscribe to its edits, leaving the one before.
    - ``selection_changed(rows, source)``: the selected rows (a frozenset) and who selected them
      (the view that did, so that it need not follow its own change; ``None`` for the window).
    - ``undo_changed(undo)``: an :class:`UndoState`, after every edit, undo, redo and open.
    """

    def __init__(self) -> None:
        self.project = None
        self.path: str | None = None
        self.selection: frozenset[int] = frozenset()
        self.undo = UndoState()
        self.project_changed = Notifier()
        self.selection_changed = Notifier()
        self.undo_changed = Notifier()

    # ------------------------------------------------------------------ the project
    def set_project(self, project, path: str | None = None) -> None:
        """Show ``project`` (opened from ``path``): every observer takes it, the selection is
        emptied, and the project shown before is let go and closed (its lock released)."""
        old = self.project
        if old is not None:
            old.unsubscribe(self._edited)
        self.project, self.path = project, path
        self.selection = frozenset()
        if project is not None:
            project.subscribe(self._edited)
        self.project_changed.emit(project)
        if old is not None and old is not project:
            old.close()
        self.selection_changed.emit(self.selection, None)
        self._set_undo(UndoState.of(project))

    def close(self) -> None:
        """Let go of the open project's file (the window closes); what it shows stays readable."""
        if self.project is not None:
            self.project.close()

    def _edited(self, event) -> None:
        self._set_undo(UndoState.of(self.project))

    def _set_undo(self, undo: UndoState) -> None:
        self.undo = undo
        self.undo_changed.emit(undo)

    # ------------------------------------------------------------------ the selection
    def select(self, rows: Iterable[int], source: object = None) -> None:
        """Select these rows of the tally engine (replacing the selection) and tell every observer."""
        self.selection = frozenset(int(r) for r in rows)
        self.selection_changed.emit(self.selection, source)

    def select_ids(self, hazard_ids: Iterable[str], source: object = None) -> None:
        """Select hazards by id (an unknown id raises the project's InputError)."""
        self.select({self.project.hazard_row(i) for i in hazard_ids}, source)

    def selected_ids(self) -> list[str]:
        """The selected hazards' ids, in the order of the engine's rows (the hazard table's)."""
        if self.project is None:
            return []
        ids = self.project.engine.hazards.ids
        return [str(ids[r]) for r in sorted(self.selection)]
