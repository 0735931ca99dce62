"""Task orders, completion reports and period summaries from the window: a form, preview and
print, PDF (and CSV for the summary)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minedesk.app.messages import error_text, say
from minedesk.core.commands import IssueTaskOrder
from minedesk.core.errors import InputError
from minedesk.core.mapping import DISTRICT_NAMES, detect_column
from minedesk.core.taskorder import (
    BENCHMARK_LIMIT_M,
    FIELDS,
    MAX_TURNING_POINTS,
    SECTIONS,
    TaskOrder,
    far_benchmark,
    order_to_issue,
    order_turning_points,
)
from minedesk.core.values import period
from minedesk.outputs import Outputs


class _PaperDialog(QDialog):
    """What the dialogs that print have in common: the paper size, Preview and print, and an
    accept button that writes the PDF. Subclasses give ``document()``. They work on the project
    they were given and return what they did; ``written`` says it in one line (the window shows
    it in its status bar)."""

    written = Signal(str)

    def _paper_choice(self) -> QComboBox:
        self.paper = QComboBox()
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        return self.paper

    def _language_choice(self, form: QFormLayout) -> None:
        """The document's language (the window's by default) and English beside it."""
        from minedesk.report.words import LANGUAGE_NAMES

        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(window_language()))
        self.bilingual = QCheckBox(self.tr("Also print the English text on the same page"))
        self.language.currentIndexChanged.connect(
            lambda: self.bilingual.setEnabled(self.language.currentData() != "en"))
        self.bilingual.setEnabled(self.language.currentData() != "en")
        form.addRow(self.tr("Language of the document"), self.language)
        form.addRow("", self.bilingual)

    def words(self):
        """The document's language as chosen in the form."""
        from minedesk.report.words import Words

        language = self.language.currentData()
        return Words(language, "en" if self.bilingual.isChecked() and language != "en" else None)

    def _buttons(self, layout, preview_text: str, accept_text: str, accept) -> None:
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(preview_text, QDialogButtonBox.ButtonRole.ActionRole)
        self.accept_button = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.preview_button.clicked.connect(self.preview)
        self.accept_button.clicked.connect(lambda: accept())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def document(self):
        raise NotImplementedError

    def prepare(self) -> bool:
        """Questions to ask before the document is laid out; False when the operator declines."""
        return True

    def preview(self) -> None:
        """The system's print preview, from which the document prints."""
        try:
            if not self.prepare():
                return
            doc = self.document()
        except InputError as err:
            self.error_box = _error(self, error_text(err))
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(lambda device: doc.paint(device))
        dialog.exec()


class TaskOrderDialog(_PaperDialog):
    """Every field of a task order, by section; preview, print, issue and save as PDF."""

    def __init__(self, project, hazard_ids: list[str], parent=None):
        super().__init__(parent)
        self.project = project
        self.hazard_ids = list(hazard_ids)
        self.setWindowTitle(self.tr("Task order: {0}").format(", ".join(hazard_ids)))
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.task = QComboBox()
        self.task.addItem(self.tr("New task order"), None)
        for task_id in dict.fromkeys(o.task_id for o in project.task_orders()):
            self.task.addItem(self.tr("New version of {0}").format(task_id), task_id)
        self.task.currentIndexChanged.connect(self._load_task)
        top.addRow(self.tr("Task order"), self.task)
        top.addRow(self.tr("Paper"), self._paper_choice())
        self._language_choice(top)
        layout.addLayout(top)
        tabs = QTabWidget()
        self.inputs: dict[str, QLineEdit] = {}
        for section in SECTIONS:
            page = QWidget()
            form = QFormLayout(page)
            for key, label, sec in FIELDS:
                if sec == section:
                    edit = QLineEdit()
                    edit.setObjectName(key)
                    self.inputs[key] = edit
                    form.addRow(QCoreApplication.translate("TaskOrderField", label), edit)
            if form.rowCount():
                tabs.addTab(page, QCoreApplication.translate("TaskOrderSection", section))
        layout.addWidget(tabs)
        self._buttons(layout, self.tr("Preview and print..."), self.tr("Issue and save PDF..."), self.issue)
        self.issue_button = self.accept_button
        self.issue_button.setEnabled(not project.readonly)
        self.simplify_m: float | None = None  # metres, when the operator agreed to simplify the outlines
        self.benchmark_limit_m = BENCHMARK_LIMIT_M  # a farther benchmark is asked about (the core's rule)
        self.resize(640, 520)

    def _load_task(self) -> None:
        task_id = self.task.currentData()
        fields = self.project.task_orders(task_id)[-1].fields if task_id else {}
        for key, edit in self.inputs.items():
            edit.setText(fields.get(key, ""))

    def order(self) -> TaskOrder:
        fields = {k: e.text().strip() for k, e in self.inputs.items() if e.text().strip()}
        # the form shows every field of the last version: what it holds now is the new version's
        return order_to_issue(self.project.task_orders(), self.hazard_ids, fields, self.task.currentData(),
                              replace_fields=True)

    def document(self, order: TaskOrder | None = None):
        from minedesk.report.taskorder import task_order_document

        return task_order_document(self.project, order or self.order(), self.paper.currentData(), self.simplify_m,
                                   self.words(), self.benchmark_limit_m)

    def prepare(self, order: TaskOrder | None = None, issuing: bool = False) -> bool:
        """Ask before laying out: when issuing, whether to issue with a benchmark far from the
        hazards (the core's rule, far_benchmark); and when the hazards have more turning points than a task
        order carries (the core's rule), whether to simplify their outlines for this document
        only, and how much."""
        order = order or self.order()
        rows = [self.project.hazard_row(h) for h in order.hazard_ids]
        engine = self.project.engine
        warning = issuing and far_benchmark(order, list(engine.meter.to_wgs84(engine.hazards.geometry[rows])),
                                            self.benchmark_limit_m)
        if warning and QMessageBox.question(
                self, self.tr("Benchmark far from the hazards"),
                self.tr("{0}.\n\nIssue the task order with this benchmark? The order prints a warning.").format(say(warning)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        count = order_turning_points(self.project.engine, rows)
        if count <= MAX_TURNING_POINTS:
            self.simplify_m = None
            return True
        value, ok = QInputDialog.getDouble(
            self, self.tr("Simplify the outline?"),
            self.tr("The task order would list {0} turning points, more than the {1} a task order can carry.\n"
                    "Simplify the outline for this document only? The project keeps its geometry and the "
                    "document says what was simplified.\n\nTolerance in metres:").format(f"{count:,}",
                                                                                      MAX_TURNING_POINTS),
            1.0, 0.01, 10_000.0, 2)
        if not ok:
            return False
        self.simplify_m = value
        return True

    def issue(self, path: str | None = None, simplify_m: float | None = None) -> bool:
        """Write the PDF to a temporary file, store the order in the project (an undoable
        command), then put the PDF in place: both happen or neither. ``simplify_m`` answers the
        simplification question in advance."""
        from minedesk.app.dialogs import refuse_protected, source_files

        try:
            order = self.order()
            if simplify_m is not None:
                self.simplify_m = simplify_m
            elif not self.prepare(order, issuing=True):
                return False
        except InputError as err:
            self.error_box = _error(self, error_text(err))
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save task order"), f"{order.task_id}.pdf",
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return False
        if refuse_protected(self, [path], self.project):
            return False
        try:
            # the save dialog asked before replacing ``path``
            with Outputs([path], inputs=source_files(self.project), overwrite=[path]) as out:
                self.document(order).write_pdf(path, title=f"Task order {order.task_id} v{order.version}", outputs=out)
                command = IssueTaskOrder(order)
                self.project.execute(command)  # an undoable command: the window's views follow it
                try:
                    out.commit()
                except InputError:
                    self.project.withdraw(command)
                    raise
        except InputError as err:
            self.error_box = _error(self, error_text(err))
            return False
        self.written.emit(self.tr("Issued {0} version {1}: {2}").format(order.task_id, order.version, path))
        self.accept()
        return True


def window_language() -> str:
    """The window's language (en, az or ru) as the documents' default: what the window was
    started in (``install_language`` sets Qt's default locale), English for any other."""
    from minedesk.report.words import language_of_locale

    return language_of_locale(QLocale().name())


def _error(parent, message: str):
    from minedesk.app.dialogs import show_error

    return show_error(parent, message)


def completion_report(parent, project, task_id: str | None = None, path: str | None = None) -> str | None:
    """Write the completion report of one of ``project``'s task orders (asking which, and where,
    in dialogs over ``parent``, unless told); returns the path written, or None (a problem is
    shown over ``parent``, as ``parent.error_box``)."""
    from PySide6.QtWidgets import QInputDialog

    from minedesk.report.completion import completion_document

    tasks = list(dict.fromkeys(o.task_id for o in project.task_orders()))
    if not tasks:
        parent.error_box = _error(parent, QCoreApplication.translate(
            "CompletionReport", "No task order is issued in this project yet"))
        return None
    if task_id is None:
        task_id, ok = QInputDialog.getItem(parent, QCoreApplication.translate("CompletionReport", "Completion report"),
                                           QCoreApplication.translate("CompletionReport", "Task order"), tasks, 0, False)
        if not ok:
            return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("CompletionReport", "Save completion report"),
                                              f"{task_id}-completion.pdf",
                                              QCoreApplication.translate("CompletionReport", "PDF (*.pdf)"))
        if not path:
            return None
    from minedesk.app.dialogs import refuse_protected, source_files

    if refuse_protected(parent, [path], project):
        return None
    order = project.task_orders(task_id)[-1]
    try:  # the save dialog asked before replacing ``path``
        from minedesk.report.words import Words

        completion_document(project, order, {}, words=Words(window_language())).write_pdf(
            path, title=f"Completion {task_id}", inputs=source_files(project), overwrite=[path])
    except InputError as err:
        parent.error_box = _error(parent, error_text(err))
        return None
    return path


class SummaryDialog(_PaperDialog):
    """The period summary (the weekly or monthly report): released in the period and to date,
    remaining and devices, for all hazards and per district, team or any hazard column."""

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Summary report"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(1 - today.dayOfWeek()))  # this week, from Monday
        self.end = QDateEdit(today)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_beginning = QCheckBox(self.tr("From the beginning"))
        self.from_beginning.toggled.connect(lambda on: self.start.setEnabled(not on))
        self.by = QComboBox()
        self.by.addItem(self.tr("(no groups)"), None)
        columns = [c for c in project.engine.hazards.attributes if c not in ("hazard_id",)]
        for c in columns:
            self.by.addItem(c, c)
        self.by.addItem(self.tr("team (their own releases)"), "team")
        district = detect_column(columns, DISTRICT_NAMES)
        if district:
            self.by.setCurrentIndex(self.by.findData(district))
        self.csv = QCheckBox(self.tr("Also write the table as CSV (for spreadsheets)"))
        self.csv.setChecked(True)
        form.addRow(self.tr("From"), self.start)
        form.addRow("", self.from_beginning)
        form.addRow(self.tr("To"), self.end)
        form.addRow(self.tr("Group by"), self.by)
        form.addRow(self.tr("Paper"), self._paper_choice())
        self._language_choice(form)
        form.addRow("", self.csv)
        layout.addLayout(form)
        self._buttons(layout, self.tr("Preview and print..."), self.tr("Save PDF..."), self.save)

    def period(self) -> tuple[str | None, str]:
        start = None if self.from_beginning.isChecked() else self.start.date().toString("yyyy-MM-dd")
        end = self.end.date().toString("yyyy-MM-dd")
        return period(start, end, self.tr("From"), self.tr("To"))  # the core's rule: never ends before it starts

    def document(self):
        from minedesk.report.summary import summary_document

        start, end = self.period()
        return summary_document(self.project, start, end, self.by.currentData(), paper=self.paper.currentData(),
                                words=self.words())

    def save(self, path: str | None = None) -> list[str]:
        """Write the PDF (and the CSV beside it); returns what was written."""
        from minedesk.report.summary import write_summary_csv

        try:
            start, end = self.period()
            doc = self.document()
        except InputError as err:
            self.error_box = _error(self, error_text(err))
            return []
        if path is None:
            name = f"summary-{start or 'start'}-{end}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save summary report"), name, self.tr("PDF (*.pdf)"))
            if not path:
                return []
        from minedesk.app.dialogs import confirm_replace, refuse_protected, source_files

        csv = str(Path(path).with_suffix(".csv")) if self.csv.isChecked() else None
        written = [path] + ([csv] if csv else [])
        if refuse_protected(self, written, self.project):
            return []
        if csv and Path(csv) != Path(path) and not confirm_replace(self, [csv]):
            return []
        try:  # the save dialog asked before replacing the PDF, confirm_replace for the CSV
            with Outputs(written, inputs=source_files(self.project), overwrite=written) as out:
                doc.write_pdf(path, title="Land release summary", outputs=out)
                if csv:
                    write_summary_csv(self.project, csv, start, end, self.by.currentData(), outputs=out)
                out.commit()
        except InputError as err:
            self.error_box = _error(self, error_text(err))
            return []
        self.written.emit(self.tr("Wrote {0}").format(", ".join(Path(p).name for p in written)))
        self.accept()
        return written
