"""Print preview of a rendered PDF: look at it, then print it or save it as a file.

The PDF is rendered in a worker; only the finished bytes come here, into a
``QBuffer`` for ``QPdfDocument`` on the GUI thread. Saving writes the file in a worker
of the runner the caller hands in (anything with the task runner's ``submit``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from widgets.qt import QtCore, QtGui, QtWidgets


class Runner(Protocol):
    """What the preview needs of the task runner: run work off the GUI thread."""

    def submit(
        self,
        work: Callable[[Any, Any, Any], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Any], None] | None = None,
        on_progress: Callable[[str, float], None] | None = None,
        *,
        needs_database: bool = True,
    ) -> object:
        """Run ``work`` in a worker; ``on_done``/``on_error`` on the GUI thread."""
        ...


def default_printer() -> QPrinter:
    """The printer the system print dialog starts from."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


class PdfPreviewDialog(QtWidgets.QDialog):
    """A PDF shown page by page, with Print (Ctrl+P), Save as PDF (Ctrl+S) and Close (Esc)."""

    make_printer: Callable[[], QPrinter] = staticmethod(default_printer)
    """Where printing starts (a site may preset its receipt printer here)."""

    def __init__(
        self,
        runner: Runner,
        data: bytes,
        title: str,
        file_name: str,
        parent: QtWidgets.QWidget | None = None,
        *,
        describe_failure: Callable[[Any], str] = str,
    ) -> None:
        """``describe_failure`` turns the runner's error into the sentence shown."""
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self._runner = runner
        self._describe_failure = describe_failure
        self._data = data
        self._file_name = file_name
        self._buffer = QtCore.QBuffer(self)
        self._buffer.setData(QtCore.QByteArray(data))
        self._buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreviewView")
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.print_button = QtWidgets.QPushButton(self.tr("&Print… (Ctrl+P)"))
        self.print_button.setObjectName("previewPrint")
        self.print_button.setAccessibleName(self.tr("Print the document"))
        self.print_button.setShortcut(QtGui.QKeySequence("Ctrl+P"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QtWidgets.QPushButton(self.tr("&Save as PDF… (Ctrl+S)"))
        self.save_button.setObjectName("previewSave")
        self.save_button.setAccessibleName(self.tr("Save the document as a PDF file"))
        self.save_button.setShortcut(QtGui.QKeySequence("Ctrl+S"))
        self.save_button.clicked.connect(self.save_document)
        self.close_button = QtWidgets.QPushButton(self.tr("Close (Esc)"))
        self.close_button.setObjectName("previewClose")
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.close_button.clicked.connect(self.accept)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("previewStatus")
        self.status.setAccessibleName(self.tr("Printing status"))
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        self.print_button.setFocus()
        self.resize(760, 900)

    @property
    def page_count(self) -> int:
        """Pages of the previewed document."""
        return int(self.document.pageCount())

    def print_document(self) -> None:
        """Ask for a printer in the system dialog, then print every page."""
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw each page at the printer's resolution."""
        painter = QtGui.QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be opened."))
            return
        try:
            for page in range(self.page_count):
                if page:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                pixels = QtCore.QSize(round(size.width() * scale), round(size.height() * scale))
                painter.drawImage(0, 0, self.document.render(page, pixels))
        finally:
            painter.end()
        self.status.setText(self.tr("Sent to the printer."))

    def save_document(self) -> None:
        """Choose a file name and write the PDF there (in a worker)."""
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self._file_name, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path, on_saved: Callable[[Path], None] | None = None) -> None:
        """Write the PDF to ``path`` off the GUI thread."""
        data = self._data

        def work(session: object, token: object, progress: object) -> Path:
            path.write_bytes(data)
            return path

        def done(saved: Path) -> None:
            self.status.setText(self.tr("Saved to {path}.").format(path=str(saved)))
            if on_saved is not None:
                on_saved(saved)

        self._runner.submit(work, done, self._failed, needs_database=False)

    def _failed(self, error: object) -> None:
        self.status.setText(self._describe_failure(error))


__all__ = ["PdfPreviewDialog", "Runner", "default_printer"]
