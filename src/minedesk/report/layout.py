"""A small page layout for official documents: headings, field rows, tables that continue
across pages with their header repeated, boxes for maps; every page with a header and footer
that say "page n of m". Pages are laid out first, then painted, so that m is known.

Drawing is vector and text stays text (fonts embedded with their Unicode maps by Qt), so
Azerbaijani and Cyrillic names print and copy out of the PDF as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from minedesk.outputs import PDF, Outputs, require_suffix, write_bytes
from minedesk.report.qt import (
    QBuffer,
    QByteArray,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QIODevice,
    QMarginsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPointF,
    QRectF,
    Qt,
    ensure_app,
)
from minedesk.report.words import Words, speaking

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
FONT_DIRS = [Path(__file__).resolve().parent / "fonts",  # inside the QGIS plugin
             Path(__file__).resolve().parents[1] / "_resources" / "fonts",  # an installed wheel
             Path(__file__).resolve().parents[3] / "resources" / "fonts"]  # the source tree
FAMILY = "DejaVu Sans"
_fonts_loaded = False


def load_fonts() -> str:
    """Register the bundled DejaVu Sans (Latin, Azerbaijani, Cyrillic), so that every machine
    prints the same letters whatever fonts it has."""
    global _fonts_loaded
    if not _fonts_loaded:
        import sys

        frozen = [Path(sys._MEIPASS) / "resources" / "fonts"] if hasattr(sys, "_MEIPASS") else []
        for folder in frozen + FONT_DIRS:
            if folder.is_dir():
                for ttf in sorted(folder.glob("*.ttf")):
                    QFontDatabase.addApplicationFont(str(ttf))
                break
        _fonts_loaded = True
    return FAMILY


_measure_device = None


def metrics(f: QFont) -> QFontMetricsF:
    """Font metrics at the PDF's resolution (72 per inch: one unit is one point)."""
    global _measure_device
    if _measure_device is None:
        _measure_device = QImage(4, 4, QImage.Format.Format_ARGB32)
        _measure_device.setDotsPerMeterX(2835)
        _measure_device.setDotsPerMeterY(2835)
    return QFontMetricsF(f, _measure_device)


def font(size: float, bold: bool = False) -> QFont:
    f = QFont(load_fonts())
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


Op = Callable[[QPainter], None]


class Document:
    """Pages of drawing operations in points (1/72 inch), painted into a PDF at the end."""

    MARGIN = 40.0
    HEADER = 26.0
    FOOTER = 22.0

    def __init__(self, header_left: str, footer_left: str, paper: str = "a4", words: Words | None = None):
        ensure_app()
        self.words = words or Words()  # the document's language (and second language)
        self.paper = paper.lower()
        if self.paper not in PAPERS:
            raise ValueError(f"paper {paper!r}: use a4 or letter")
        size = QPageSize(PAPERS[self.paper]).size(QPageSize.Unit.Point)
        self.width, self.height = size.width(), size.height()
        self.header_left = header_left
        self.footer_left = footer_left
        self.pages: list[list[Op]] = []
        self.left = self.MARGIN
        self.right = self.width - self.MARGIN
        self.top = self.MARGIN + self.HEADER
        self.bottom = self.height - self.MARGIN - self.FOOTER
        self.new_page()

    # ------------------------------------------------------------------ flow
    @property
    def content_width(self) -> float:
        return self.right - self.left

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def add(self, op: Op) -> None:
        self.pages[-1].append(op)

    def space(self, h: float) -> None:
        self.y += h

    @staticmethod
    def _lines(text: str, f: QFont, width: float) -> list[str]:
        fm = metrics(f)
        out = []
        for para in str(text).split("\n"):
            words, line = para.split(" "), ""
            for w in words:
                trial = f"{line} {w}".strip()
                if fm.horizontalAdvance(trial) <= width or not line:
                    line = trial
                else:
                    out.append(line)
                    line = w
            out.append(line)
        return out

    def text(self, text: str, size: float = 9, bold: bool = False, color=QColor(0, 0, 0), indent: float = 0) -> None:
        f = font(size, bold)
        lines = self._lines(text, f, self.content_width - indent)
        lh = metrics(f).height() * 1.15
        for line in lines:
            self.ensure(lh)
            y, x = self.y, self.left + indent

            def op(p, line=line, y=y, x=x):
                p.setFont(f)
                p.setPen(color)
                p.drawText(QRectF(x, y, self.content_width, lh), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), line)

            self.add(op)
            self.y += lh

    def heading(self, text: str, size: float = 12) -> None:
        self.ensure(size * 3)
        self.space(size * 0.6)
        self.text(text, size=size, bold=True, color=QColor(110, 20, 20))
        y = self.y

        def rule(p):
            p.setPen(QPen(QColor(110, 20, 20), 0.8))
            p.drawLine(QPointF(self.left, y), QPointF(self.right, y))

        self.add(rule)
        self.space(4)

    def fields(self, rows: list[tuple[str, str]], label_width: float = 170, size: float = 9) -> None:
        """Label and value pairs, values wrapped; an empty value prints as a line to write on."""
        fl, fv = font(size, True), font(size)
        lh = metrics(fv).height() * 1.2
        for label, value in rows:
            label_lines = self._lines(label, fl, label_width - 6)
            value_lines = self._lines(value, fv, self.content_width - label_width) if value else [""]
            h = max(len(label_lines), len(value_lines)) * lh + 3
            self.ensure(h)
            y = self.y

            def op(p, y=y, h=h, label_lines=label_lines, value_lines=value_lines, value=value):
                p.setPen(QColor(60, 60, 60))
                p.setFont(fl)
                for i, line in enumerate(label_lines):
                    p.drawText(QRectF(self.left, y + i * lh, label_width, lh), int(Qt.AlignmentFlag.AlignVCenter), line)
                p.setPen(QColor(0, 0, 0))
                p.setFont(fv)
                for i, line in enumerate(value_lines):
                    p.drawText(QRectF(self.left + label_width, y + i * lh, self.content_width - label_width, lh),
                               int(Qt.AlignmentFlag.AlignVCenter), line)
                if not value:
                    p.setPen(QPen(QColor(150, 150, 150), 0.5, Qt.PenStyle.DotLine))
                    p.drawLine(QPointF(self.left + label_width, y + lh - 2), QPointF(self.right, y + lh - 2))
                p.setPen(QPen(QColor(225, 225, 225), 0.4))
                p.drawLine(QPointF(self.left, y + h - 1), QPointF(self.right, y + h - 1))

            self.add(op)
            self.y += h

    def table(self, columns: list[tuple[str, float, str]], rows: list[list[str]], size: float = 7.5) -> None:
        """``columns``: (header, width share, "l" or "r"). Continues on new pages with the header repeated."""
        total = sum(w for _, w, _ in columns)
        widths = [w / total * self.content_width for _, w, _ in columns]
        fh, fb = font(self._header_size(columns, widths, size), True), font(size)
        lh = metrics(fb).height() * 1.35
        header_lines = max(len(self._lines(h, fh, w - 4)) for (h, _, _), w in zip(columns, widths, strict=True))
        hh = header_lines * metrics(fh).height() * 1.15 + 4

        def header(y):
            def op(p, y=y):
                p.fillRect(QRectF(self.left, y, self.content_width, hh), QColor(235, 228, 220))
                p.setPen(QColor(0, 0, 0))
                p.setFont(fh)
                x = self.left
                for (h, _, align), w in zip(columns, widths, strict=True):
                    flags = Qt.AlignmentFlag.AlignRight if align == "r" else Qt.AlignmentFlag.AlignLeft
                    p.drawText(QRectF(x + 2, y, w - 4, hh), int(flags | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap), h)
                    x += w
            return op

        self.ensure(hh + lh * 2)
        self.add(header(self.y))
        self.y += hh
        for i, row in enumerate(rows):
            if self.y + lh > self.bottom:
                self.new_page()
                self.add(header(self.y))
                self.y += hh
            y = self.y

            def op(p, y=y, row=row, shade=i % 2 == 1):
                if shade:
                    p.fillRect(QRectF(self.left, y, self.content_width, lh), QColor(248, 246, 242))
                p.setPen(QColor(0, 0, 0))
                p.setFont(fb)
                x = self.left
                for (_, _, align), w, cell in zip(columns, widths, row, strict=True):
                    flags = Qt.AlignmentFlag.AlignRight if align == "r" else Qt.AlignmentFlag.AlignLeft
                    p.drawText(QRectF(x + 2, y, w - 4, lh), int(flags | Qt.AlignmentFlag.AlignVCenter), str(cell))
                    x += w

            self.add(op)
            self.y += lh
        self.space(6)

    @staticmethod
    def _header_size(columns, widths, size: float) -> float:
        """The header's font size: ``size``, or smaller (to 70 % of it) until the longest word of
        every header fits its column, so that no header is cut in any language."""
        need = size
        for (h, _, _), w in zip(columns, widths, strict=True):
            widest = max((metrics(font(size, True)).horizontalAdvance(word) for word in h.split()), default=0)
            if widest > w - 4:
                need = min(need, size * (w - 4) / widest)
        return max(need, size * 0.7)

    def box(self, height: float, draw: Callable[[QPainter, QRectF], None]) -> None:
        """Reserve ``height`` points across the page and draw into it (maps, signature blocks)."""
        self.ensure(height)
        rect = QRectF(self.left, self.y, self.content_width, height)
        self.add(lambda p: draw(p, rect))
        self.y += height + 6

    # ------------------------------------------------------------------ output
    def _frame(self, p: QPainter, n: int, m: int) -> None:
        p.setPen(QColor(40, 40, 40))
        p.setFont(font(8.5, True))
        y = self.MARGIN
        p.drawText(QRectF(self.left, y, self.content_width, 14), int(Qt.AlignmentFlag.AlignLeft), self.header_left)
        p.drawText(QRectF(self.left, y, self.content_width, 14), int(Qt.AlignmentFlag.AlignRight),
                   self.words.single.translate("Documents", "page {0} of {1}").format(n, m))
        p.setPen(QPen(QColor(110, 20, 20), 1.0))
        p.drawLine(QPointF(self.left, y + 16), QPointF(self.right, y + 16))
        p.setPen(QColor(90, 90, 90))
        p.setFont(font(7))
        fy = self.height - self.MARGIN - 10
        p.drawLine(QPointF(self.left, fy - 3), QPointF(self.right, fy - 3))
        number = f"{n} / {m}"
        full = QRectF(self.left, fy, self.content_width, 12)
        left = int(Qt.AlignmentFlag.AlignLeft)
        room = self.content_width - p.boundingRect(full, left, number).width() - 10
        size = 7.0  # the footer says what the figures are: smaller type rather than words lost
        while p.boundingRect(full, left, self.footer_left).width() > room and size > 5.0:
            size -= 0.25
            p.setFont(font(size))
        p.drawText(QRectF(self.left, fy, room, 12), left, self.footer_left)
        p.setFont(font(7))
        p.drawText(full, int(Qt.AlignmentFlag.AlignRight), number)

    def write_pdf(self, path, title: str = "", author: str = "MineDesk", *, outputs: Outputs | None = None,
                  overwrite=False, inputs=()) -> None:
        """Paint every page into a vector PDF at ``path``. With ``outputs`` the PDF goes to its
        temporary file and the caller commits; else it is checked (``overwrite``, ``inputs``:
        see :mod:`minedesk.outputs`) and renamed into place when whole."""
        require_suffix(path, PDF, "a PDF")
        data = self.pdf_bytes(title, author)
        if outputs is None:
            with Outputs([path], inputs=inputs, overwrite=overwrite) as out:
                out.write(path, lambda tmp: write_bytes(tmp, data))
                out.commit()
        else:
            outputs.write(path, lambda tmp: write_bytes(tmp, data))

    def pdf_bytes(self, title: str = "", author: str = "MineDesk") -> bytes:
        """The PDF, painted in memory (so that a full disk is an error, never a short file)."""
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator(author)
        self.paint(writer, "cannot lay out the PDF")
        del writer  # flushes the last page into the buffer
        buffer.close()
        return bytes(array.data())

    def page_layout(self) -> QPageLayout:
        return QPageLayout(QPageSize(PAPERS[self.paper]), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))

    def paint(self, device, error: str = "cannot print") -> None:
        """Paint every page on a paged device at 72 units per inch (a PDF writer, or a printer
        from the system print dialog or print preview)."""
        device.setResolution(72)
        device.setPageLayout(self.page_layout())
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(error)
        writer = device
        with speaking(self.words):  # the maps label themselves in the document's language
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                total = len(self.pages)
                for n, ops in enumerate(self.pages, start=1):
                    if n > 1:
                        writer.newPage()
                    self._frame(painter, n, total)
                    for op in ops:
                        painter.save()
                        op(painter)
                        painter.restore()
            finally:
                painter.end()
