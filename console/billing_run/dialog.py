"""The monthly billing run: bills by estimate for a region's accounts without a reading.

A supervisor picks the region and the period (by default the last whole month before
the business date, ``billing.today()``); the run goes in a worker, batch by batch
(``billing.bill_period``), with a progress bar and a Cancel button that stops between
batches. What was formed stays formed; running it again completes the rest and never
bills an account twice. The database refuses anyone but a supervisor.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_amount, format_count
from console.lookup.alive import while_alive
from console.services.billing_run import (
    RunCancelled,
    RunProgress,
    RunSummary,
    default_period,
    region_choices,
    run_billing,
)
from console.tasks import Cancelled, CancelToken, ErrorKind, TaskError, TaskHandle, TaskRunner
from models import clock
from widgets.named import named
from widgets.qt import QtCore, QtGui, QtWidgets

SHORTCUT = "Ctrl+Shift+B"
"""Opens the dialog from the main window (supervisors)."""


class BillingRunDialog(QtWidgets.QDialog):
    """Form the bills of a region for a period, with progress and cancel."""

    loaded = QtCore.Signal()
    """The regions and the default period are shown."""
    progressed = QtCore.Signal(object)
    """A batch is done: the :class:`RunProgress`."""
    run_done = QtCore.Signal(object)
    """Every account was gone through: the :class:`RunSummary`."""
    run_stopped = QtCore.Signal(object)
    """The run was cancelled or failed: the :class:`TaskError`."""

    def __init__(
        self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None, *, batch_size: int = 100
    ) -> None:
        super().__init__(parent)
        self.setObjectName("billingRunDialog")
        self.setWindowTitle(self.tr("Form the period's bills"))
        self._runner = runner
        self._batch_size = batch_size
        self._task: TaskHandle[Any] | None = None
        self._last: RunProgress | None = None
        self._build()
        self._load()

    def _build(self) -> None:
        intro = QtWidgets.QLabel(
            self.tr(
                "Forms the bills of the accounts that gave no reading for the period: by the "
                "average monthly consumption (6 months, or at least 3), for at most 3 periods "
                "in a row, then by the norm; by the norm at once for a meter past its "
                "calibration or removed (ПП 354 пп. 59–60). Accounts already billed are "
                "skipped, so the run can be repeated."
            )
        )
        intro.setWordWrap(True)
        self.region_combo = QtWidgets.QComboBox()
        named(self.region_combo, "billingRunRegion", self.tr("Region"))
        self.period_edit = QtWidgets.QDateEdit()
        named(self.period_edit, "billingRunPeriod", self.tr("Billing period"))
        self.period_edit.setDisplayFormat("MM.yyyy")
        self.set_period(default_period(clock.today()))
        form = QtWidgets.QFormLayout()
        form.addRow(self._buddy(self.tr("&Region:"), self.region_combo), self.region_combo)
        form.addRow(self._buddy(self.tr("&Period:"), self.period_edit), self.period_edit)

        self.progress_bar = QtWidgets.QProgressBar()
        named(self.progress_bar, "billingRunProgress", self.tr("Progress"))
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("")
        self.status = QtWidgets.QLabel(self.tr("Loading the regions…"))
        named(self.status, "billingRunStatus", self.tr("Status"))
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)

        self.start_button = QtWidgets.QPushButton(self.tr("&Form the bills (Ctrl+Enter)"))
        named(self.start_button, "billingRunStart", self.tr("Start the billing run"))
        self.start_button.setShortcut(QtGui.QKeySequence("Ctrl+Return"))
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Close (Esc)"))
        named(self.cancel_button, "billingRunCancel", self.tr("Cancel the run or close"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.region_combo, self.period_edit)
        self.setTabOrder(self.period_edit, self.start_button)
        self.setTabOrder(self.start_button, self.cancel_button)
        self.setMinimumWidth(520)
        self._set_running(False)

    @staticmethod
    def _buddy(text: str, widget: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setBuddy(widget)
        return label

    # -- state ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether a run is under way."""
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
        day = self.period_edit.date()
        return date(day.year(), day.month(), 1)

    def set_period(self, period: date) -> None:
        """Choose the billing period."""
        self.period_edit.setDate(QtCore.QDate(period.year, period.month, 1))

    def _set_running(self, running: bool) -> None:
        self.region_combo.setEnabled(not running)
        self.period_edit.setEnabled(not running)
        self.start_button.setEnabled(not running and self.region_combo.count() > 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(
            self.tr("Cancel the run (Esc)") if running else self.tr("Close (Esc)")
        )

    # -- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        def work(session: Session, token: object, progress: object) -> list[tuple[str, str]]:
            return region_choices(session)

        self._runner.submit(work, self._loaded, self._load_failed)

    @while_alive
    def _loaded(self, regions: list[tuple[str, str]]) -> None:
        self.region_combo.clear()
        for code, name in regions:
            self.region_combo.addItem(f"{name} ({code})", code)
        self.start_button.setEnabled(bool(regions))
        self.status.setText(
            self.tr("Choose the region and the period, then start.")
            if regions
            else self.tr("There are no regions in this database.")
        )
        self.loaded.emit()

    @while_alive
    def _load_failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))

    # -- the run -------------------------------------------------------------------------

    def start(self) -> None:
        """Run the billing of the chosen region and period in a worker (Ctrl+Enter)."""
        if self.running or not self.region_code():
            return
        region, period, size = self.region_code(), self.period(), self._batch_size
        self._last = None
        self._set_running(True)
        self.progress_bar.setFormat("")
        self.progress_bar.setRange(0, 0)  # busy until the first batch says how many
        self.status.setText(
            self.tr("Forming the bills of {region} for {period}…").format(
                region=region, period=f"{period:%m.%Y}"
            )
        )
        relay: list[RunProgress] = []

        def work(session: Session, token: CancelToken, progress: Any) -> RunSummary:
            def report(step: RunProgress) -> None:
                relay.append(step)  # read on the GUI thread when the signal arrives
                progress(str(len(relay) - 1), step.done / max(step.total, 1))

            try:
                return run_billing(
                    session,
                    region,
                    period,
                    batch_size=size,
                    progress=report,
                    cancelled=lambda: token.cancelled,
                )
            except RunCancelled as error:
                raise Cancelled from error

        def shown(stage: str, fraction: float) -> None:
            self._progress(relay[int(stage)])

        self._task = self._runner.submit(work, self._done, self._stopped, shown)

    @while_alive
    def _progress(self, step: RunProgress) -> None:
        self._last = step
        self.progress_bar.setRange(0, max(step.total, 1))
        self.progress_bar.setValue(step.done)
        self.progress_bar.setFormat(self.tr("%v of %m accounts"))
        self.status.setText(
            self.tr("{done} of {total} accounts gone through: {formed} bills formed.").format(
                done=format_count(step.done),
                total=format_count(step.total),
                formed=format_count(step.summary.formed),
            )
        )
        self.progressed.emit(step)

    def summary_text(self, summary: RunSummary) -> str:
        """What a run did, for people."""
        return self.tr(
            "{formed} bills formed for {amount} ₽: by the average {average}, by the norm "
            "{norm}. Skipped {skipped}: already billed {billed}, reading given {reading}, "
            "not open {closed}, no norm for the household {no_norm}."
        ).format(
            formed=format_count(summary.formed),
            amount=format_amount(summary.amount),
            average=format_count(summary.by_average),
            norm=format_count(summary.by_norm),
            skipped=format_count(summary.skipped),
            billed=format_count(summary.already_billed),
            reading=format_count(summary.has_reading),
            closed=format_count(summary.not_open),
            no_norm=format_count(summary.no_norm),
        )

    @while_alive
    def _done(self, summary: RunSummary) -> None:
        self._task = None
        self._set_running(False)
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        self.progress_bar.setFormat(self.tr("Done"))
        self.status.setText(self.tr("Done. {summary}").format(summary=self.summary_text(summary)))
        self.run_done.emit(summary)

    @while_alive
    def _stopped(self, error: TaskError) -> None:
        self._task = None
        self._set_running(False)
        if error.kind is ErrorKind.CANCELLED:
            formed = self._last.summary.formed if self._last is not None else 0
            self.status.setText(
                self.tr(
                    "Cancelled: the {formed} bills formed stay formed. Start again to "
                    "complete the period; accounts already billed are skipped."
                ).format(formed=format_count(formed))
            )
        else:
            if self.progress_bar.maximum() == 0:
                self.progress_bar.setRange(0, 1)
            self.status.setText(describe_error(error))
        self.run_stopped.emit(error)

    def cancel(self) -> None:
        """Ask the run to stop after its current batch."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling after the current batch…"))

    def reject(self) -> None:
        """Esc / Cancel: stop a running run, or close the dialog when idle."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing the window cancels a running run first."""
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
