"""Batch printing: every bill of a region for a period into one PDF or a file per account.

The operator picks the region, the period and where the output goes; the batch runs
in a worker (which spreads the rendering over every core) with a progress bar and a
Cancel button. Each printed bill is logged, so a later single reprint is a «ДУБЛИКАТ».
A cancelled batch leaves no half-written file behind.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_count
from console.lookup.alive import while_alive
from console.printing.batch import BatchCancelled, BatchResult
from console.services.documents import (
    RegionChoice,
    bill_regions,
    count_region_bills,
    latest_billing_period,
    print_region_bills,
)
from console.tasks import Cancelled, CancelToken, ErrorKind, TaskError, TaskHandle, TaskRunner
from models import clock
from widgets.named import named
from widgets.qt import QtCore, QtGui, QtWidgets


def _first_of_month(day: QtCore.QDate) -> date:
    return date(day.year(), day.month(), 1)


class BatchPrintDialog(QtWidgets.QDialog):
    """Print every bill of a region for a period, with progress and cancel."""

    loaded = QtCore.Signal()
    """The regions and the default period are shown."""
    progressed = QtCore.Signal(int)
    """Bills finished so far."""
    batch_done = QtCore.Signal(object)
    """The batch wrote everything: a :class:`BatchResult`."""
    batch_stopped = QtCore.Signal(object)
    """The batch was cancelled or failed: the :class:`TaskError`."""

    def __init__(
        self,
        runner: TaskRunner,
        parent: QtWidgets.QWidget | None = None,
        *,
        workers: int | None = None,
        chunk_size: int = 200,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchPrintDialog")
        self.setWindowTitle(self.tr("Batch printing of bills"))
        self._runner = runner
        self._workers = workers
        self._chunk_size = chunk_size
        self._task: TaskHandle[Any] | None = None
        self._total = 0
        self._out = Path()
        self._single_file = True
        self._build()
        self._load()

    def _build(self) -> None:
        self.region_combo = QtWidgets.QComboBox()
        named(self.region_combo, "batchRegion", self.tr("Region"))
        self.period_edit = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        named(self.period_edit, "batchPeriod", self.tr("Billing period"))
        self.period_edit.setDisplayFormat("MM.yyyy")
        today = clock.today()
        self.period_edit.setDate(QtCore.QDate(today.year, today.month, 1))
        self.single_radio = QtWidgets.QRadioButton(self.tr("O&ne PDF file"))
        named(self.single_radio, "batchSingleFile", self.tr("One PDF file"))
        self.single_radio.setChecked(True)
        self.per_account_radio = QtWidgets.QRadioButton(self.tr("A file per a&ccount"))
        named(self.per_account_radio, "batchPerAccount", self.tr("A file per account"))
        self.single_radio.toggled.connect(self._mode_changed)
        mode = QtWidgets.QHBoxLayout()
        mode.addWidget(self.single_radio)
        mode.addWidget(self.per_account_radio)
        mode.addStretch(1)
        self.output_edit = QtWidgets.QLineEdit()
        named(self.output_edit, "batchOutput", self.tr("Output"))
        self.output_edit.setMinimumWidth(360)
        self.browse_button = QtWidgets.QPushButton(self.tr("&Browse… (Ctrl+O)"))
        named(self.browse_button, "batchBrowse", self.tr("Choose where to write"))
        self.browse_button.setShortcut(QtGui.QKeySequence("Ctrl+O"))
        self.browse_button.clicked.connect(self.browse)
        self.browse_button.setAutoDefault(False)
        output = QtWidgets.QHBoxLayout()
        output.addWidget(self.output_edit, 1)
        output.addWidget(self.browse_button)
        self.output_error = QtWidgets.QLabel()
        named(self.output_error, "batchOutputError", self.tr("Output problem"))
        self.output_error.setStyleSheet("color: #b00020;")
        self.output_error.setWordWrap(True)
        self.output_error.hide()

        form = QtWidgets.QFormLayout()
        form.addRow(self._buddy(self.tr("&Region:"), self.region_combo), self.region_combo)
        form.addRow(self._buddy(self.tr("&Period:"), self.period_edit), self.period_edit)
        form.addRow(self.tr("Output:"), mode)
        form.addRow(self._buddy(self.tr("&File or folder:"), self.output_edit), output)
        form.addRow("", self.output_error)

        self.progress_bar = QtWidgets.QProgressBar()
        named(self.progress_bar, "batchProgress", self.tr("Progress"))
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("")  # "N of M bills" once the bills are counted
        self.status = QtWidgets.QLabel(self.tr("Loading the regions…"))
        named(self.status, "batchStatus", self.tr("Status"))
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2)

        self.start_button = QtWidgets.QPushButton(self.tr("&Start (Ctrl+Enter)"))
        named(self.start_button, "batchStart", self.tr("Start the batch"))
        self.start_button.setShortcut(QtGui.QKeySequence("Ctrl+Return"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Close (Esc)"))
        named(self.cancel_button, "batchCancel", self.tr("Cancel the batch or close"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.region_combo, self.period_edit)
        self.setTabOrder(self.period_edit, self.single_radio)
        self.setTabOrder(self.single_radio, self.per_account_radio)
        self.setTabOrder(self.per_account_radio, self.output_edit)
        self.setTabOrder(self.output_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.start_button)
        self.setTabOrder(self.start_button, self.cancel_button)
        self._mode_changed()
        self._set_running(False)

    @staticmethod
    def _buddy(text: str, widget: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setBuddy(widget)
        return label

    # -- state ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a batch is under way."""
        return self._task is not None

    def region_code(self) -> str:
        """The chosen region's code ("" while loading)."""
        return str(self.region_combo.currentData() or "")

    def set_region(self, code: str) -> None:
        """Choose the region with ``code``."""
        index = self.region_combo.findData(code)
        if index >= 0:
            self.region_combo.setCurrentIndex(index)

    def period(self) -> date:
        """The chosen billing period (its first day)."""
        return _first_of_month(self.period_edit.date())

    def set_period(self, period: date) -> None:
        """Choose the billing period."""
        self.period_edit.setDate(QtCore.QDate(period.year, period.month, 1))

    def _mode_changed(self) -> None:
        if self.single_radio.isChecked():
            self.output_edit.setPlaceholderText(self.tr("The PDF file to write"))
        else:
            self.output_edit.setPlaceholderText(self.tr("The folder to write the files into"))

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.region_combo,
            self.period_edit,
            self.single_radio,
            self.per_account_radio,
            self.output_edit,
            self.browse_button,
        ):
            widget.setEnabled(not running)
        self.start_button.setEnabled(not running and self.region_combo.count() > 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(
            self.tr("Cancel the batch (Esc)") if running else self.tr("Close (Esc)")
        )

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        def work(
            session: Session, token: object, progress: object
        ) -> tuple[list[RegionChoice], date | None]:
            return bill_regions(session), latest_billing_period(session)

        self._runner.submit(work, self._loaded, self._load_failed)

    @while_alive
    def _loaded(self, found: tuple[list[RegionChoice], date | None]) -> None:
        regions, period = found
        self.region_combo.clear()
        for region in regions:
            self.region_combo.addItem(f"{region.name} ({region.code})", region.code)
        if period is not None:
            self.set_period(period)
        self.start_button.setEnabled(bool(regions))
        self.status.setText(
            self.tr("Choose the region, the period and where to write the bills.")
            if regions
            else self.tr("There are no regions in this database.")
        )
        self.loaded.emit()

    @while_alive
    def _load_failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))

    # -- output --------------------------------------------------------------------------

    def browse(self) -> None:
        """Choose the PDF file (one file) or the folder (a file per account)."""
        current = self.output_edit.text().strip()
        if self.single_radio.isChecked():
            suggested = current or f"bills_{self.region_code()}_{self.period():%Y-%m}.pdf"
            path, _ = QtWidgets.QFileDialog.getSaveFileName(
                self, self.tr("Save the bills as"), suggested, self.tr("PDF files (*.pdf)")
            )
        else:
            path = QtWidgets.QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the bills"), current
            )
        if path:
            self.output_edit.setText(path)

    def _output(self) -> Path | None:
        text = self.output_edit.text().strip()
        problem = ""
        path = Path(text).expanduser() if text else None
        if path is None:
            problem = self.tr("Choose where to write the bills (Ctrl+O).")
        elif self.single_radio.isChecked() and path.is_dir():
            problem = self.tr("This is a folder: give the name of the PDF file to write.")
        elif self.per_account_radio.isChecked() and path.is_file():
            problem = self.tr("This is a file: give the folder to write the files into.")
        self.output_error.setText(problem)
        self.output_error.setVisible(bool(problem))
        if problem:
            self.output_edit.setFocus()
            return None
        if path is not None and self.single_radio.isChecked() and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return path

    # -- the batch -----------------------------------------------------------------------

    def start(self) -> None:
        """Count the bills, then print them in a worker (Ctrl+Enter)."""
        if self.running or not self.region_code():
            return
        out = self._output()
        if out is None:
            return
        region, period = self.region_code(), self.period()
        self._out, self._single_file, self._total = out, self.single_radio.isChecked(), 0
        self._set_running(True)
        self.progress_bar.setFormat("")
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status.setText(self.tr("Counting the bills…"))

        def count(session: Session, token: CancelToken, progress: object) -> int:
            return count_region_bills(session, region, period)

        @while_alive
        def counted(self: BatchPrintDialog, total: int) -> None:
            if self._task is not None and self._task.token.cancelled:
                self._stopped(TaskError(ErrorKind.CANCELLED))
                return
            if total == 0:
                self._task = None
                self._set_running(False)
                self.status.setText(
                    self.tr("There are no bills in this region for {period}.").format(
                        period=f"{period:%m.%Y}"
                    )
                )
                return
            self._run(region, period, out, total)

        self._task = self._runner.submit(count, partial(counted, self), self._stopped)

    def _run(self, region: str, period: date, out: Path, total: int) -> None:
        self._total = total
        self.progress_bar.setFormat(self.tr("%v of %m bills"))
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        self.status.setText(self.tr("Printing {total} bills…").format(total=format_count(total)))
        single_file = self._single_file
        workers, chunk_size = self._workers, self._chunk_size

        def work(session: Session, token: CancelToken, progress: object) -> BatchResult:
            def report(done: int) -> None:
                assert callable(progress)
                progress("", done / total)

            try:
                return print_region_bills(
                    session,
                    region,
                    period,
                    out,
                    single_file=single_file,
                    progress=report,
                    cancelled=lambda: token.cancelled,
                    workers=workers,
                    chunk_size=chunk_size,
                )
            except BatchCancelled as error:
                raise Cancelled from error

        self._task = self._runner.submit(work, self._done, self._stopped, self._progress)

    @while_alive
    def _progress(self, stage: str, fraction: float) -> None:
        done = round(fraction * self._total)
        self.progress_bar.setValue(done)
        self.progressed.emit(done)

    @while_alive
    def _done(self, result: BatchResult) -> None:
        self._task = None
        self._set_running(False)
        self.progress_bar.setValue(self.progress_bar.maximum())
        where = str(self._out)
        if self._single_file:
            text = self.tr("Done: {bills} bills ({pages} pages) written to {where}.")
        else:
            text = self.tr("Done: {bills} bills written as {files} files into {where}.")
        self.status.setText(
            text.format(
                bills=format_count(result.bills),
                pages=format_count(result.pages),
                files=format_count(len(result.files)),
                where=where,
            )
        )
        self.batch_done.emit(result)

    @while_alive
    def _stopped(self, error: TaskError) -> None:
        self._task = None
        self._set_running(False)
        if error.kind is ErrorKind.CANCELLED:
            done = format_count(self.progress_bar.value())
            total = format_count(self._total)
            if self._single_file:
                text = self.tr("Cancelled after {done} of {total} bills: {where} was not written.")
            else:
                text = self.tr(
                    "Cancelled after {done} of {total} bills: the files already written "
                    "stay in {where}."
                )
            self.status.setText(text.format(done=done, total=total, where=str(self._out)))
        else:
            self.status.setText(describe_error(error))
        self.batch_stopped.emit(error)

    def cancel(self) -> None:
        """Ask the running batch to stop at its next check."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        """Esc / Cancel: stop a running batch, or close the dialog when idle."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing the window cancels a running batch first."""
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
