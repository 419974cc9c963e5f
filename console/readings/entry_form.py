"""The reading entry form of one meter: previous readings, new values, checks, cost.

The form owns the flow (a meter shown, its entry checked, priced and confirmed) and the
cursor; its panels show the parts: the zones and the date (:mod:`.zone_grid`), what the
checks found and the warnings to confirm (:mod:`.checks_panel`), and the price
(:mod:`.charges_display`).

Keyboard: Enter moves to the next zone (from the last one it calculates),
Ctrl+Enter calculates, Ctrl+S confirms, Alt+D (Alt+А in Russian) goes to the date. The form never
touches the database: it emits :attr:`ReadingEntryForm.confirm_requested` and the
tab submits the write.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from console.problem_texts import describe
from console.readings.charges_display import ChargesDisplay
from console.readings.checks_panel import ChecksPanel
from console.readings.styles import ERROR_STYLE, MUTED_STYLE, WARNING_STYLE
from console.readings.zone_grid import ZoneGrid
from console.services.readings import Calculation, check_entry
from models import clock
from models.domain.problems import Problem
from models.domain.reading_checks import (
    ReadingCheckSettings,
    ReadingEntry,
    pre_entry_warnings,
    value_field,
)
from models.queries.readings import MeterForm
from widgets.qt import QtCore, QtGui, QtWidgets, Signal, qdate

__all__ = ["ERROR_STYLE", "MUTED_STYLE", "ReadingEntryForm", "parse_value"]


def parse_value(text: str) -> Decimal | None:
    """«13 400,5» → Decimal('13400.5'); empty → None; raises ValueError on other text."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error


class ReadingEntryForm(QtWidgets.QWidget):
    """New values of every zone of one meter, checked and priced before they are saved."""

    confirm_requested = Signal(object, object, object, object)
    """(MeterForm, ReadingEntry, idempotency key uuid.UUID, the total shown Decimal | None)"""
    price_requested = Signal(object, object)
    """(MeterForm, ReadingEntry): the database is to price the checked entry."""
    input_changed = Signal()
    """The operator typed, changed the date or a confirmation, or asked for a check."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingsEntryForm")
        self._meter: MeterForm | None = None
        self._today = clock.today()
        self._settings = ReadingCheckSettings()
        self._shown: tuple[ReadingEntry, Decimal] | None = None
        self._key = uuid.uuid4()
        self._busy = False

        self._pre_entry = QtWidgets.QLabel()
        self._pre_entry.setObjectName("readingsPreEntryWarnings")
        self._pre_entry.setWordWrap(True)
        self._pre_entry.setStyleSheet(WARNING_STYLE)
        self._pre_entry.hide()

        self.calculate_button = QtWidgets.QPushButton(self.tr("&Calculate (Ctrl+Enter)"))
        self.calculate_button.setObjectName("readingsCalculate")
        self.calculate_button.setAccessibleName(self.tr("Calculate consumption and cost"))
        self.calculate_button.clicked.connect(self.calculate)
        self.confirm_button = QtWidgets.QPushButton(self.tr("Co&nfirm (Ctrl+S)"))
        self.confirm_button.setObjectName("readingsConfirm")
        self.confirm_button.setAccessibleName(self.tr("Confirm the readings and form the bill"))
        self.confirm_button.clicked.connect(self.confirm)

        self._zones = ZoneGrid(then=self.calculate_button)
        self._zones.edited.connect(self._inputs_changed)
        self._zones.last_zone_entered.connect(self.calculate)
        self.date_edit = self._zones.date_edit
        self._checks = ChecksPanel(then=self.confirm_button)
        self._checks.changed.connect(self._inputs_changed)
        self._charges = ChargesDisplay()

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.calculate)
        save = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), self)
        save.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.confirm)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self._charges, 1)
        buttons.addWidget(self.calculate_button)
        buttons.addWidget(self.confirm_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pre_entry)
        layout.addWidget(self._zones)
        layout.addWidget(self._checks)
        layout.addLayout(buttons)

    # -- content ---------------------------------------------------------------

    def set_meter(
        self,
        meter: MeterForm,
        today: date,
        settings: ReadingCheckSettings,
        *,
        keep_input: bool = False,
    ) -> None:
        """Show ``meter``; with ``keep_input`` the typed values and date stay (a refresh)."""
        typed = self._zones.values_text() if keep_input else {}
        taken_on = self.date_edit.date() if keep_input else qdate(today)
        self._meter, self._today, self._settings = meter, today, settings
        self._checks.forget_refusal()
        self._zones.show_meter(meter, today, settings, typed, taken_on)
        QtWidgets.QWidget.setTabOrder(self.calculate_button, self.confirm_button)
        if not keep_input:
            self._checks.forget_confirmations()
            self._key = uuid.uuid4()
        pre = pre_entry_warnings(meter.context, today, settings)
        self._pre_entry.setText("\n".join(describe(p) for p in pre))
        self._pre_entry.setVisible(bool(pre))
        self._show_problems(())
        self._show_charges(None)
        self._shown = None
        self.setEnabled(not meter.removed)

    def clear(self) -> None:
        """No meter: an empty form (another account is being looked up, or none was found)."""
        self._meter = None
        self._zones.clear()
        self._checks.forget_confirmations()
        self._key = uuid.uuid4()
        self._pre_entry.hide()
        self._show_problems(())
        self._show_charges(None)
        self._shown = None

    def focus_first_zone(self) -> None:
        """Put the cursor in the first zone's value."""
        self._zones.focus_first_zone()

    # -- input -----------------------------------------------------------------

    def values_text(self) -> dict[str, str]:
        """What is typed in each zone (kept when the form is reloaded)."""
        return self._zones.values_text()

    def entry(self) -> ReadingEntry | None:
        """The typed entry, or ``None`` (with messages shown) if a value is not a number."""
        values: dict[str, Decimal | None] = {}
        bad: list[Problem] = []
        for zone, text in self._zones.values_text().items():
            try:
                values[zone] = parse_value(text)
            except ValueError:
                bad.append(Problem.error("reading.value_missing", value_field(zone)))
        if bad:
            self._show_problems(bad)
            return None
        accepted = self._checks.accepted
        rollover = frozenset(
            field.removeprefix(value_field(""))
            for code, field in accepted
            if code == "reading.rollover" and field
        )
        return ReadingEntry(
            taken_on=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            values=values,
            accepted_warnings=accepted,
            rollover_accepted=rollover,
            reason=self._checks.reason.text(),
        )

    def _inputs_changed(self) -> None:
        self._key = uuid.uuid4()  # a new entry: a new request (a double click keeps the key)
        self._checks.forget_refusal()
        self.input_changed.emit()

    # -- actions ---------------------------------------------------------------

    def calculate(self) -> Calculation | None:
        """Check the entry and show messages and warnings to confirm; an entry without
        errors is then priced by the database (:attr:`price_requested`, shown by
        :meth:`show_calculation`)."""
        if self._meter is None:
            return None
        self.input_changed.emit()
        entry = self.entry()
        if entry is None:
            return None
        result = check_entry(self._meter, entry, self._today, self._settings)
        self._show_problems(result.result.problems)
        self._focus_next_step(result)
        if self._shown is None or self._shown[0] != entry:
            self._show_charges(None)
            if not result.result.errors:
                self.price_requested.emit(self._meter, entry)
        return result

    def forget_price(self) -> None:
        """The shown price is out of date: the next «Calculate» asks the database again."""
        self._shown = None
        self._show_charges(None)
        self.calculate()

    def show_calculation(self, entry: ReadingEntry, result: Calculation) -> None:
        """Show the database's price of ``entry`` (if the form still holds it)."""
        if self.entry() != entry:
            return
        self._show_problems(result.result.problems)
        self._show_charges(result)
        self._shown = (entry, result.total) if result.charges else None

    def confirm(self) -> None:
        """Save the readings if nothing blocks (the tab does the write)."""
        if self._busy or self._meter is None:
            return
        result = self.calculate()
        if result is None or result.blocking:
            return
        entry = self.entry()
        assert entry is not None
        shown = self._shown[1] if self._shown is not None and self._shown[0] == entry else None
        self.confirm_requested.emit(self._meter, entry, self._key, shown)

    def show_refusal(self, problems: tuple[Problem, ...]) -> None:
        """Show the database's refusal of «Confirm» next to the fields it names; it stays
        until the operator changes the entry or the form is reloaded (a price arriving
        after the refusal does not wipe it)."""
        self._checks.show_refusal(problems, self._zones.message_labels())
        widget = next(
            (w for p in problems if (w := self._zones.widget_for(p.field)) is not None), None
        )
        if widget is not None:
            widget.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While a confirmation is being saved the form cannot be confirmed again."""
        self._busy = busy
        self.confirm_button.setEnabled(not busy)
        self.calculate_button.setEnabled(not busy)

    def _focus_next_step(self, result: Calculation) -> None:
        for problem in result.result.errors:
            widget = self._zones.widget_for(problem.field)
            if widget is not None:
                widget.setFocus()
                return
        for problem in result.result.unconfirmed_warnings:
            box = self._checks.checkbox(problem)
            if box is not None:
                box.setFocus()
                return
        if result.result.reason_missing:
            self._checks.reason.setFocus()
            return
        self.confirm_button.setFocus()

    # -- the panels ------------------------------------------------------------

    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self._checks.show_problems(problems, self._zones.message_labels())

    def _show_charges(self, result: Calculation | None) -> None:
        self._charges.show_charges(result, self._zones.cost_labels())
