"""The Selection panel: the selected hazards' figures (area, released by category, remaining,
devices); for one hazard also its attributes and releases. It follows the selection and every
edit of the project it shows."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTextBrowser


class SelectionPanel(QTextBrowser):
    """Plain HTML of the selected hazards' figures, every value escaped (shown as typed)."""

    def __init__(self, hectares_text: Callable[[float], str], locale: Callable[[], QLocale], parent=None):
        """``hectares_text`` and ``locale`` are the tallies' own (the same figures as there)."""
        super().__init__(parent)
        self.hectares_text = hectares_text
        self.locale = locale
        self.project = None
        self.rows: frozenset[int] = frozenset()

    def set_project(self, project) -> None:
        """Show ``project``'s hazards from now on: follow its edits, no longer the previous one's."""
        if self.project is not None:
            self.project.unsubscribe(self._project_changed)
        self.project = project
        self.rows = frozenset()
        if project is not None:
            project.subscribe(self._project_changed)
        self.show_rows(self.rows)

    def selection_changed(self, rows, source=None) -> None:
        self.show_rows(rows)

    def _project_changed(self, event) -> None:
        self.show_rows(self.rows)

    def show_rows(self, rows) -> None:
        """The figures of these rows of the tally engine (a hint when there are none)."""
        self.rows = frozenset(rows)
        if not rows or self.project is None:
            hint = self.tr("Nothing selected: click a hazard on the map or a row of the table.") \
                if self.project is not None else ""
            self.setHtml(f"<p>{escape(hint)}</p>")
            return
        engine = self.project.engine
        ha = self.hectares_text
        locale = self.locale()
        t = engine.totals(rows)
        figures = [(self.tr("Area"), ha(t.total_ha)), (self.tr("Released"), ha(t.released_ha))]
        names = {"cleared": self.tr("cleared"), "reduced": self.tr("reduced"), "cancelled": self.tr("cancelled")}
        figures += [(f"&nbsp;&nbsp;{names.get(k, k)}", ha(v)) for k, v in t.released_by_category_ha.items() if v]
        figures += [(self.tr("Remaining"), ha(t.remaining_ha)),
                    (self.tr("Devices found"), escape("  ".join(f"{k} {locale.toString(v)}"
                                                                for k, v in t.devices.items())))]
        table = "".join(f"<tr><td>{k}</td><td align='right'>{v}</td></tr>" for k, v in figures)
        if len(rows) > 1:
            title = self.tr("{0} hazards").format(locale.toString(len(rows)))
            self.setHtml(f"<h3>{escape(title)}</h3><table>{table}</table>")
            return
        (row,) = rows
        hid = str(engine.hazards.ids[row])
        attrs = "".join(f"<tr><td>{escape(str(k))}</td><td>{'' if v[row] is None else escape(str(v[row]))}</td></tr>"
                        for k, v in engine.hazards.attributes.items())
        described = (" ".join(str(r[k]) for k in ("release_id", "category", "date", "team") if r[k])
                     for _, r in self.project.releases_of(hid))
        releases = "".join(f"<li>{escape(d)}</li>" for d in described)
        if releases:
            releases = f"<p><b>{escape(self.tr('Releases'))}</b></p><ul>{releases}</ul>"
        self.setHtml(f"<h3>{escape(hid)}</h3><table>{table}</table><hr><table>{attrs}</table>{releases}")
