"""Printable documents (task orders, completion reports, summaries) drawn with Qt into vector
PDFs, through a binding-neutral layer so that the QGIS plugin draws the same pages."""
