"""The readings tab's «New readings» box: the meter, its entry form and the status line.

The readings tab talks to the services (finding the account, loading its form and
history, pricing, saving, correcting); this panel shows what they return. It lists a
loaded :class:`~models.queries.readings.ReadingForm`'s meters, hands the chosen one to the
:class:`~console.readings.entry_form.ReadingEntryForm` with the account's limits, keeps
the cursor's field across a reload and says the outcome of a save or a correction in its
status line. It never touches the database: the tab connects to the entry form's
``confirm_requested`` and ``price_requested`` and tells the panel what came of them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from console.errors import describe_error
from console.formatting import format_period
from console.problem_texts import describe
from console.readings.entry_form import ERROR_STYLE, ReadingEntryForm
from console.readings.labels import with_window
from console.services.readings import ConfirmedReadings
from console.tasks import ErrorKind, TaskError
from models.domain.money_format import format_money
from models.domain.problems import Problem
from models.domain.reading_checks import ReadingCheckSettings
from models.queries.readings import MeterForm, ReadingForm
from widgets.qt import QtCore, QtWidgets

SUCCESS_STYLE = "color: #1e6b2f;"


class ReadingEntryPanel(QtWidgets.QGroupBox):
    """The «New readings» group box: the meter choice, the entry form of the chosen meter
    and the status line, kept apart from the tab's service calls so both stay readable.

    ``settings`` are this PC's limits (each account adds its region's acceptance window);
    ``today`` gives the date the entry form checks against.
    """

    def __init__(
        self,
        settings: ReadingCheckSettings,
        today: Callable[[], date],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._today = today
        self._form: ReadingForm | None = None
        self._saved_text: str | None = None
        """The last save's message, shown again by the reload that shows the new readings."""

        self.meter = QtWidgets.QComboBox()
        self.meter.setObjectName("readingsMeter")
        self.meter.setAccessibleName(self.tr("Meter"))
        self.meter.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.meter.currentIndexChanged.connect(self._meter_chosen)
        meter_label = QtWidgets.QLabel(self.tr("M&eter:"))
        meter_label.setBuddy(self.meter)
        self.meter_info = QtWidgets.QLabel()
        self.meter_info.setObjectName("readingsMeterInfo")

        self.entry_form = ReadingEntryForm()
        self.entry_form.input_changed.connect(self._forget_outcome)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("readingsStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)

        meter_row = QtWidgets.QHBoxLayout()
        meter_row.addWidget(meter_label)
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.meter_info, 1)
        self.setTitle(self.tr("New readings"))
        self.setObjectName("readingsEntryBox")
        entry_layout = QtWidgets.QVBoxLayout(self)
        entry_layout.addLayout(meter_row)
        entry_layout.addWidget(self.entry_form)
        entry_layout.addWidget(self.status)
        self.setEnabled(False)

    @property
    def form(self) -> ReadingForm | None:
        """The account's reading form shown (``None``: no account)."""
        return self._form

    # -- the account's meters -------------------------------------------------------

    def show_form(self, form: ReadingForm, *, keep_input: bool = False) -> None:
        """Show ``form``'s meters, the first one chosen and its first zone with the cursor.

        With ``keep_input`` (a reload of the same account) the chosen meter, the typed
        values, the status line and the cursor's field stay. The message of a save stays
        either way.
        """
        self._form = form
        chosen = self.meter.currentData() if keep_input else None
        focused = self._focused_entry() if keep_input else ""
        self.meter.blockSignals(True)
        self.meter.clear()
        for meter in form.meters:
            self.meter.addItem(self._meter_title(meter), meter.id)
        index = max(0, self.meter.findData(chosen)) if chosen is not None else 0
        self.meter.setCurrentIndex(index)
        self.meter.blockSignals(False)
        self.setEnabled(bool(form.meters))
        if not form.meters:
            self.meter_info.setText(self.tr("The account has no meters."))
        else:
            self._meter_chosen(keep_input=keep_input)
        if not keep_input:
            self.status.clear()
        if self._saved_text is not None:
            self._say(self._saved_text, SUCCESS_STYLE)
            self._saved_text = None
        if form.meters and not keep_input:
            self.entry_form.focus_first_zone()
        elif focused:
            self._refocus(focused)

    def clear(self) -> None:
        """No account: no meters, no typed values, no message; the box is disabled."""
        self._form = None
        self._saved_text = None
        self.meter.blockSignals(True)
        self.meter.clear()
        self.meter.blockSignals(False)
        self.meter_info.clear()
        self.entry_form.clear()
        self.setEnabled(False)
        self.status.clear()

    def current_meter(self) -> MeterForm | None:
        """The meter chosen in the combo (``None`` without an account or meters)."""
        if self._form is None:
            return None
        meter_id = self.meter.currentData()
        return next((m for m in self._form.meters if m.id == meter_id), None)

    def form_settings(self) -> ReadingCheckSettings:
        """The limits for the open account: this PC's plausibility limit and the region's
        acceptance window from the database (the same on every PC)."""
        if self._form is None:
            return self._settings
        return with_window(self._settings, self._form.window)

    def _meter_title(self, meter: MeterForm) -> str:
        info = meter.context.meter
        title = self.tr("{serial} — {model}, zones: {zones}").format(
            serial=meter.serial_number, model=meter.model, zones=info.zone_count
        )
        if info.removed_on is not None:
            title += " " + self.tr("(removed {day:%d.%m.%Y})").format(day=info.removed_on)
        return title

    def _meter_chosen(self, *args: object, keep_input: bool = False) -> None:
        meter = self.current_meter()
        if meter is None:
            return
        info = meter.context.meter
        text = self.tr(
            "{digits} whole digits · installed {installed:%d.%m.%Y} · "
            "calibration until {due:%d.%m.%Y}"
        ).format(digits=info.digits, installed=info.installed_on, due=info.calibration_due)
        if meter.removed:
            problem = Problem.error(
                "reading.meter_removed", None, removed_on=f"{info.removed_on:%d.%m.%Y}"
            )
            text += " · " + describe(problem)
        self.meter_info.setText(text)
        self.entry_form.set_meter(meter, self._today(), self.form_settings(), keep_input=keep_input)

    # -- the cursor across a reload -------------------------------------------------

    def _focused_entry(self) -> str:
        """The object name of the entry form's field with the cursor ("" if none)."""
        widget = QtWidgets.QApplication.focusWidget()
        if widget is None or not self.entry_form.isAncestorOf(widget):
            return ""
        return widget.objectName()

    def _refocus(self, name: str) -> None:
        """Put the cursor back in the rebuilt form's field ``name`` (a reload rebuilds the
        zones' fields: the old ones linger until deleted, the newest comes last)."""
        fields = self.entry_form.findChildren(QtWidgets.QWidget, name)
        if fields:
            fields[-1].setFocus()

    # -- the status line --------------------------------------------------------------

    def show_saving(self) -> None:
        """The entry is being saved: the form waits, the status line says so."""
        self.entry_form.set_busy(True)
        self._say(self.tr("Saving…"))

    def show_saved(self, done: ConfirmedReadings) -> None:
        """The entry is saved: say so, with the bill it formed; the message outlives the
        reload of the account that shows the new readings."""
        self.entry_form.set_busy(False)
        if done.bill_id is None:
            text = self.tr(
                "The readings are saved. This is the meter's first reading: no bill yet."
            )
        else:
            text = self.tr(
                "The readings are saved. Bill {receipt} for {period} formed: {amount}."
            ).format(
                receipt=done.receipt_number,
                period=format_period(done.billing_period),
                amount=format_money(done.amount or Decimal(0)),
            )
            if done.supplementary:
                text += " " + self.tr("(a supplementary bill: the period already had one)")
        self._say(text, SUCCESS_STYLE)
        self._saved_text = text

    def show_refused(self, error: TaskError) -> None:
        """The save failed: say why; a changed price is forgotten (to be asked again) and
        the database's refusals go next to their fields."""
        self.entry_form.set_busy(False)
        if error.kind is ErrorKind.CONFLICT and error.detail == "reading.price_changed":
            text = describe(Problem.error("reading.price_changed"))
            self.entry_form.forget_price()
        elif error.kind is ErrorKind.CONFLICT:
            text = describe(Problem.error("reading.stale"))
        elif error.kind is ErrorKind.INVALID and error.problems:
            # The database refused (e.g. the billing period closed meanwhile): the
            # problems go next to their fields, the first of them in the status line.
            self.entry_form.show_refusal(error.problems)
            text = describe(error.problems[0])
        else:
            text = describe_error(error)
        self.say_error(text)

    def show_corrected(self, done: ConfirmedReadings) -> None:
        """A reading of the history was corrected: say so, with the correction bill."""
        if done.bill_id is None:
            text = self.tr("The correction is saved. The reading had formed no bill.")
        else:
            text = self.tr("The correction is saved. Correction bill {receipt}: {amount}.").format(
                receipt=done.receipt_number, amount=format_money(done.amount or Decimal(0))
            )
        self._say(text, SUCCESS_STYLE)

    def say_error(self, text: str) -> None:
        """Say what went wrong (in red)."""
        self._say(text, ERROR_STYLE)

    def add_note(self, note: str) -> None:
        """Add ``note`` under the status line's text, once, keeping its colour."""
        if note not in self.status.text():
            self._say(f"{self.status.text()}\n{note}".strip(), self.status.styleSheet())

    def _say(self, text: str, style: str = "") -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)

    def _forget_outcome(self) -> None:
        """The operator works on a new entry: the last save's message no longer applies."""
        if self.status.styleSheet() == SUCCESS_STYLE:
            self.status.clear()


__all__ = ["SUCCESS_STYLE", "ReadingEntryPanel"]
