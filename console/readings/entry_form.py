"""The reading entry form of one meter: previous readings, new values, checks, cost.

Keyboard: Enter moves to the next zone (from the last one it calculates),
Ctrl+Enter calculates, Ctrl+S confirms, Alt+D (Alt+А in Russian) goes to the date. The form never
touches the database: it emits :attr:`ReadingEntryForm.confirm_requested` and the
tab submits the write.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal, InvalidOperation

from console.formatting import format_date
from console.problem_texts import describe
from console.readings.labels import zone_label
from console.services.readings import Calculation, ZoneCharge, check_entry
from console.vocabulary import reading_source_label
from models import clock
from models.domain.money_format import format_kwh, format_money, format_rate
from models.domain.problems import Problem, Severity
from models.domain.reading_checks import (
    DATE_FIELD,
    ConfirmationKey,
    ReadingCheckSettings,
    ReadingEntry,
    confirmation_key,
    pre_entry_warnings,
    value_field,
)
from models.queries.readings import MeterForm
from widgets.qt import QtCore, QtGui, QtWidgets, Signal, qdate

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
NOTICE_STYLE = "color: #1f5fa8;"
MUTED_STYLE = "color: #666666;"


def parse_value(text: str) -> Decimal | None:
    """«13 400,5» → Decimal('13400.5'); empty → None; raises ValueError on other text."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error


class _ZoneRow:
    """The widgets of one zone in the grid."""

    def __init__(self, form: ReadingEntryForm, meter: MeterForm, zone: str) -> None:
        count = meter.context.meter.zone_count
        self.zone = zone
        self.title = QtWidgets.QLabel(f"<b>{zone_label(count, zone)}</b> ({zone})")
        self.previous = QtWidgets.QLabel()
        self.previous.setObjectName(f"readingsPrevious_{zone}")
        self.previous.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.average = QtWidgets.QLabel()
        self.average.setObjectName(f"readingsAverage_{zone}")
        self.value = QtWidgets.QLineEdit()
        self.value.setObjectName(f"readingsValue_{zone}")
        # The form's context: lupdate files ``form.tr(...)`` under "form", never looked up.
        translate = QtCore.QCoreApplication.translate
        self.value.setAccessibleName(
            translate("ReadingEntryForm", "New reading, zone {zone}").format(
                zone=zone_label(count, zone)
            )
        )
        self.value.setPlaceholderText(translate("ReadingEntryForm", "new reading"))
        self.value.setValidator(
            QtGui.QRegularExpressionValidator(
                QtCore.QRegularExpression(r"^[0-9 ]{0,14}([.,][0-9]{0,6})?$"), self.value
            )
        )
        self.value.setAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self.value.setMinimumWidth(140)
        self.title.setBuddy(self.value)
        self.cost = QtWidgets.QLabel()
        self.cost.setObjectName(f"readingsCost_{zone}")
        self.cost.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName(f"readingsMessage_{zone}")
        self.message.setWordWrap(True)
        self.message.hide()


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
        self._rows: list[_ZoneRow] = []
        self._shown: tuple[ReadingEntry, Decimal] | None = None
        self._accepted: set[ConfirmationKey] = set()
        self._checkboxes: dict[ConfirmationKey, QtWidgets.QCheckBox] = {}
        self._key = uuid.uuid4()
        self._refusal: tuple[Problem, ...] = ()
        self._busy = False

        self._pre_entry = QtWidgets.QLabel()
        self._pre_entry.setObjectName("readingsPreEntryWarnings")
        self._pre_entry.setWordWrap(True)
        self._pre_entry.setStyleSheet(WARNING_STYLE)
        self._pre_entry.hide()

        self._grid = QtWidgets.QGridLayout()
        self._grid.setHorizontalSpacing(16)
        self._grid.setColumnStretch(1, 2)
        self._grid.setColumnStretch(4, 3)

        self.date_edit = QtWidgets.QDateEdit()
        self.date_edit.setObjectName("readingsDate")
        self.date_edit.setAccessibleName(self.tr("Date the reading was taken"))
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        # Only a deliberate Alt+D (Alt+А) or a click reaches the date: Tab passes it by and the
        # wheel does not turn it, so a stray key cannot move the date unseen.
        self.date_edit.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.date_edit.installEventFilter(self)
        self.date_edit.dateChanged.connect(self._inputs_changed)
        self.date_edit.dateChanged.connect(self._show_date_notice)
        self._date_notice = QtWidgets.QLabel()
        self._date_notice.setObjectName("readingsDateNotice")
        self._date_notice.setAccessibleName(self.tr("Reading date notice"))
        self._date_notice.setWordWrap(True)
        self._date_notice.setStyleSheet(WARNING_STYLE + " font-weight: bold;")
        self._date_notice.hide()
        date_label = QtWidgets.QLabel(self.tr("&Date taken:"))
        date_label.setBuddy(self.date_edit)
        self._date_message = QtWidgets.QLabel()
        self._date_message.setObjectName("readingsDateMessage")
        self._date_message.setWordWrap(True)
        self._date_message.hide()
        self._date_label = date_label

        self._warnings_box = QtWidgets.QGroupBox(self.tr("Confirm before saving"))
        self._warnings_box.setObjectName("readingsWarnings")
        self._warnings_layout = QtWidgets.QVBoxLayout(self._warnings_box)
        self._reason = QtWidgets.QLineEdit()
        self._reason.setObjectName("readingsReason")
        self._reason.setAccessibleName(self.tr("Reason for accepting the warning"))
        self._reason.setPlaceholderText(self.tr("Why the value is right (stored with the reading)"))
        self._reason.textEdited.connect(self._inputs_changed)
        self._reason_label = QtWidgets.QLabel(self.tr("&Reason:"))
        self._reason_label.setBuddy(self._reason)
        reason_row = QtWidgets.QHBoxLayout()
        reason_row.addWidget(self._reason_label)
        reason_row.addWidget(self._reason, 1)
        self._checks_layout = QtWidgets.QVBoxLayout()
        self._warnings_layout.addLayout(self._checks_layout)
        self._warnings_layout.addLayout(reason_row)
        self._warnings_box.hide()

        self._notice = QtWidgets.QLabel()
        self._notice.setObjectName("readingsNotice")
        self._notice.setWordWrap(True)
        self._notice.setStyleSheet(NOTICE_STYLE)
        self._notice.hide()

        self._total = QtWidgets.QLabel()
        self._total.setObjectName("readingsTotal")
        font = self._total.font()
        font.setBold(True)
        self._total.setFont(font)

        self.calculate_button = QtWidgets.QPushButton(self.tr("&Calculate (Ctrl+Enter)"))
        self.calculate_button.setObjectName("readingsCalculate")
        self.calculate_button.setAccessibleName(self.tr("Calculate consumption and cost"))
        self.calculate_button.clicked.connect(self.calculate)
        self.confirm_button = QtWidgets.QPushButton(self.tr("Co&nfirm (Ctrl+S)"))
        self.confirm_button.setObjectName("readingsConfirm")
        self.confirm_button.setAccessibleName(self.tr("Confirm the readings and form the bill"))
        self.confirm_button.clicked.connect(self.confirm)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.calculate)
        save = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), self)
        save.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.confirm)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self._total, 1)
        buttons.addWidget(self.calculate_button)
        buttons.addWidget(self.confirm_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._pre_entry)
        layout.addLayout(self._grid)
        layout.addWidget(self._notice)
        layout.addWidget(self._warnings_box)
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
        typed = {row.zone: row.value.text() for row in self._rows} if keep_input else {}
        taken_on = self.date_edit.date() if keep_input else qdate(today)
        self._meter, self._today, self._settings = meter, today, settings
        self._refusal = ()
        self._clear_grid()
        headers = (
            self.tr("Zone"),
            self.tr("Previous readings"),
            self.tr("Average per day"),
            self.tr("New reading"),
            self.tr("Consumption and cost"),
        )
        for column, header in enumerate(headers):
            label = QtWidgets.QLabel(f"<b>{header}</b>")
            self._grid.addWidget(label, 0, column)
        previous: QtWidgets.QWidget | None = None
        for index, zone in enumerate(meter.zones):
            row = _ZoneRow(self, meter, zone)
            row.previous.setText(self._previous_text(meter, zone))
            average = meter.average_daily(zone, settings)
            row.average.setText(
                self.tr("{kwh} a day").format(kwh=format_kwh(average)) if average else "—"
            )
            row.value.setText(typed.get(zone, ""))
            row.value.textEdited.connect(self._inputs_changed)
            row.value.returnPressed.connect(lambda i=index: self._next_zone(i))
            line = 1 + 2 * index
            self._grid.addWidget(row.title, line, 0)
            self._grid.addWidget(row.previous, line, 1)
            self._grid.addWidget(row.average, line, 2)
            self._grid.addWidget(row.value, line, 3)
            self._grid.addWidget(row.cost, line, 4)
            self._grid.addWidget(row.message, line + 1, 1, 1, 4)
            if previous is not None:
                QtWidgets.QWidget.setTabOrder(previous, row.value)
            previous = row.value
            self._rows.append(row)
        date_line = 1 + 2 * len(meter.zones)
        self._grid.addWidget(self._date_label, date_line, 0, 1, 3)
        self._grid.addWidget(self.date_edit, date_line, 3)
        self._grid.addWidget(self._date_message, date_line, 4)
        self._grid.addWidget(self._date_notice, date_line + 1, 0, 1, 5)
        self._date_label.show()
        self.date_edit.show()
        if previous is not None:
            QtWidgets.QWidget.setTabOrder(previous, self.calculate_button)
        QtWidgets.QWidget.setTabOrder(self.calculate_button, self.confirm_button)
        self.date_edit.blockSignals(True)
        self.date_edit.setMaximumDate(qdate(today))
        self.date_edit.setDate(taken_on)
        self.date_edit.blockSignals(False)
        self._show_date_notice()
        if not keep_input:
            self._accepted.clear()
            self._reason.clear()
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
        self._clear_grid()
        self._accepted.clear()
        self._reason.clear()
        self._key = uuid.uuid4()
        self._pre_entry.hide()
        self._date_label.hide()
        self.date_edit.hide()
        self._date_message.hide()
        self._date_notice.hide()
        self._show_problems(())
        self._total.setText("")
        self._shown = None

    def _show_date_notice(self) -> None:
        """Whenever the date is not today, say so next to the form in plain words."""
        chosen = self.date_edit.date()
        taken_on = date(chosen.year(), chosen.month(), chosen.day())
        if self._meter is None or taken_on == self._today:
            self._date_notice.hide()
            return
        text = self.tr("The readings will be dated {day}, not today ({today}).").format(
            day=format_date(taken_on), today=format_date(self._today)
        )
        if (taken_on.year, taken_on.month) != (self._today.year, self._today.month):
            text += " " + self.tr("That is another month: check the date.")
        self._date_notice.setText(text)
        self._date_notice.show()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """The wheel over the date turns it only once the date has the focus."""
        if (
            watched is self.date_edit
            and event.type() == QtCore.QEvent.Type.Wheel
            and not self.date_edit.hasFocus()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def focus_first_zone(self) -> None:
        """Put the cursor in the first zone's value."""
        if self._rows:
            self._rows[0].value.setFocus()
            self._rows[0].value.selectAll()

    def _clear_grid(self) -> None:
        kept = (self._date_label, self.date_edit, self._date_message, self._date_notice)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in kept:
                widget.hide()
                widget.deleteLater()
        self._rows = []

    def _previous_text(self, meter: MeterForm, zone: str) -> str:
        readings = meter.recent.get(zone, ())
        if not readings:
            empty = self.tr("no readings yet")
            return f"<span style='{MUTED_STYLE}'>{empty}</span>"
        lines = []
        for position, reading in enumerate(readings):
            text = (
                f"{format_kwh(reading.value, unit=False)} · {format_date(reading.taken_on)}"
                f" · {reading_source_label(reading.source)}"
            )
            lines.append(text if position == 0 else f"<span style='{MUTED_STYLE}'>{text}</span>")
        return "<br>".join(lines)

    # -- input -----------------------------------------------------------------

    def values_text(self) -> dict[str, str]:
        """What is typed in each zone (kept when the form is reloaded)."""
        return {row.zone: row.value.text() for row in self._rows}

    def entry(self) -> ReadingEntry | None:
        """The typed entry, or ``None`` (with messages shown) if a value is not a number."""
        values: dict[str, Decimal | None] = {}
        bad: list[Problem] = []
        for row in self._rows:
            try:
                values[row.zone] = parse_value(row.value.text())
            except ValueError:
                bad.append(Problem.error("reading.value_missing", value_field(row.zone)))
        if bad:
            self._show_problems(bad)
            return None
        rollover = frozenset(
            field.removeprefix(value_field(""))
            for code, field in self._accepted
            if code == "reading.rollover" and field
        )
        return ReadingEntry(
            taken_on=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            values=values,
            accepted_warnings=frozenset(self._accepted),
            rollover_accepted=rollover,
            reason=self._reason.text(),
        )

    def _inputs_changed(self) -> None:
        self._key = uuid.uuid4()  # a new entry: a new request (a double click keeps the key)
        self._refusal = ()
        self.input_changed.emit()

    def _next_zone(self, index: int) -> None:
        if index + 1 < len(self._rows):
            self._rows[index + 1].value.setFocus()
            self._rows[index + 1].value.selectAll()
        else:
            self.calculate()

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
        self._refusal = tuple(problems)
        self._show_problems(problems)
        widget = next((w for p in problems if (w := self._widget_for(p.field)) is not None), None)
        if widget is not None:
            widget.setFocus()

    def set_busy(self, busy: bool) -> None:
        """While a confirmation is being saved the form cannot be confirmed again."""
        self._busy = busy
        self.confirm_button.setEnabled(not busy)
        self.calculate_button.setEnabled(not busy)

    def _focus_next_step(self, result: Calculation) -> None:
        for problem in result.result.errors:
            widget = self._widget_for(problem.field)
            if widget is not None:
                widget.setFocus()
                return
        for problem in result.result.unconfirmed_warnings:
            box = self._checkboxes.get(self._accept_key(problem))
            if box is not None:
                box.setFocus()
                return
        if result.result.reason_missing:
            self._reason.setFocus()
            return
        self.confirm_button.setFocus()

    def _widget_for(self, field: str | None) -> QtWidgets.QWidget | None:
        if field == DATE_FIELD:
            return self.date_edit
        for row in self._rows:
            if field == value_field(row.zone):
                return row.value
        return None

    # -- messages --------------------------------------------------------------

    @staticmethod
    def _accept_key(problem: Problem) -> ConfirmationKey:
        return confirmation_key(problem)

    def _show_problems(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        codes = {p.code for p in problems}
        problems = [*problems, *(p for p in self._refusal if p.code not in codes)]
        messages: dict[str | None, list[Problem]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(problem)
        for row in self._rows:
            self._set_message(row.message, messages.get(value_field(row.zone), []))
        self._set_message(self._date_message, messages.get(DATE_FIELD, []))
        notices = [p for p in problems if p.code == "reading.outside_window"]
        self._notice.setText("\n".join(describe(p) for p in notices))
        self._notice.setVisible(bool(notices))
        warnings = [
            p
            for p in problems
            if p.severity is Severity.WARNING
            and p.code not in ("reading.outside_window", "reading.calibration_expired")
        ]
        self._rebuild_checkboxes(warnings)

    def _set_message(self, label: QtWidgets.QLabel, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.is_error]
        shown = errors or [p for p in problems if p.code != "reading.outside_window"]
        label.setText("\n".join(describe(p) for p in shown))
        label.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
        label.setVisible(bool(shown))

    def _rebuild_checkboxes(self, warnings: list[Problem]) -> None:
        for box in self._checkboxes.values():
            self._checks_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._checkboxes = {}
        previous: QtWidgets.QWidget | None = None
        needs_reason = False
        for problem in warnings:
            key = self._accept_key(problem)
            box = QtWidgets.QCheckBox(self._confirmation_text(problem))
            box.setObjectName(f"readingsAccept_{problem.code}_{problem.field or 'meter'}")
            box.setAccessibleName(self.tr("Confirm: {warning}").format(warning=describe(problem)))
            box.setChecked(key in self._accepted)
            box.toggled.connect(lambda on, k=key: self._toggle(k, on))
            self._checks_layout.addWidget(box)
            self._checkboxes[key] = box
            if previous is not None:
                QtWidgets.QWidget.setTabOrder(previous, box)
            previous = box
            needs_reason = needs_reason or problem.code in (
                "reading.implausible_consumption",
                "reading.zero_consumption",
                "reading.decimal_shift",
            )
        if previous is not None:
            QtWidgets.QWidget.setTabOrder(previous, self._reason)
            QtWidgets.QWidget.setTabOrder(self._reason, self.confirm_button)
        self._reason.setVisible(needs_reason)
        self._reason_label.setVisible(needs_reason)
        self._warnings_box.setVisible(bool(warnings))

    def _confirmation_text(self, problem: Problem) -> str:
        zone = (problem.field or "").removeprefix(value_field(""))
        prefix = f"{zone}: " if zone and problem.field != DATE_FIELD else ""
        if problem.code == "reading.rollover":
            return prefix + self.tr(
                "The meter went past zero: consumption {consumption} kWh (confirm)"
            ).format(consumption=problem.params.get("consumption", ""))
        return prefix + describe(problem)

    def _toggle(self, key: ConfirmationKey, on: bool) -> None:
        if on:
            self._accepted.add(key)
        else:
            self._accepted.discard(key)
        self._inputs_changed()

    def _show_charges(self, result: Calculation | None) -> None:
        charges = {c.zone: c for c in result.charges} if result is not None else {}
        for row in self._rows:
            charge = charges.get(row.zone)
            row.cost.setText(self._charge_text(charge) if charge is not None else "")
        if result is None or not result.charges:
            self._total.setText("")
            return
        self._total.setText(
            self.tr("Bill for {period}: {amount}").format(
                period=f"{result.billing_period:%m.%Y}", amount=format_money(result.total)
            )
        )

    def _charge_text(self, charge: ZoneCharge) -> str:
        if charge.consumption is None:
            first = self.tr("first reading: nothing to bill")
            return f"<span style='{MUTED_STYLE}'>{first}</span>"
        head = f"<b>{format_kwh(charge.consumption)}</b> · <b>{format_money(charge.amount)}</b>"
        if charge.rollover:
            through = self.tr("(through zero)")
            head += f" <span style='{WARNING_STYLE}'>{through}</span>"
        parts = [
            f"<span style='{MUTED_STYLE}'>"
            + self.tr("{start}–{end}: {kwh} × {rate} = {amount}").format(
                start=f"{part.start:%d.%m}",
                end=f"{part.last_day:%d.%m}",
                kwh=format_kwh(part.kwh),
                rate=format_rate(part.rate),
                amount=format_money(part.amount),
            )
            + "</span>"
            for part in charge.parts
        ]
        credits = [
            f"<span style='{WARNING_STYLE}'>"
            + self.tr("Recalculation: estimated {value} of {day}: {kwh} = {amount}").format(
                value=format_kwh(credit.estimated_value, unit=False),
                day=f"{credit.estimated_on:%d.%m.%Y}",
                kwh=format_kwh(credit.kwh),
                amount=format_money(credit.amount),
            )
            + "</span>"
            for credit in charge.credits
        ]
        return "<br>".join([head, *parts, *credits])
