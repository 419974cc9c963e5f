"""What the checks of a reading entry found, and the warnings the operator confirms.

Each problem is shown on the message line of the field it names; a date outside the
acceptance window gets a notice of its own; every other warning gets a checkbox to
confirm it, with a reason when the value is implausible. A refusal of «Confirm» by the
database stays shown until it is forgotten (the entry changed or the form was reloaded).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from console.problem_texts import describe
from console.readings.styles import ERROR_STYLE, NOTICE_STYLE, WARNING_STYLE
from models.domain.problems import Problem, Severity
from models.domain.reading_checks import (
    DATE_FIELD,
    ConfirmationKey,
    confirmation_key,
    value_field,
)
from widgets.qt import QtWidgets, Signal

_NEED_REASON = (
    "reading.implausible_consumption",
    "reading.zero_consumption",
    "reading.decimal_shift",
)
"""Warnings whose confirmation is stored with the operator's reason."""


class ChecksPanel(QtWidgets.QWidget):
    """The problems of an entry next to its fields, and the confirmations of its warnings.

    ``then`` is where Tab goes from the reason. The panel is hidden while it shows nothing.
    """

    changed = Signal()
    """The operator ticked or cleared a confirmation, or edited the reason."""

    def __init__(self, then: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._then = then
        self._accepted: set[ConfirmationKey] = set()
        self._checkboxes: dict[ConfirmationKey, QtWidgets.QCheckBox] = {}
        self._refusal: tuple[Problem, ...] = ()

        self._notice = QtWidgets.QLabel()
        self._notice.setObjectName("readingsNotice")
        self._notice.setWordWrap(True)
        self._notice.setStyleSheet(NOTICE_STYLE)
        self._notice.hide()

        self._warnings_box = QtWidgets.QGroupBox(self.tr("Confirm before saving"))
        self._warnings_box.setObjectName("readingsWarnings")
        warnings_layout = QtWidgets.QVBoxLayout(self._warnings_box)
        self.reason = QtWidgets.QLineEdit()
        self.reason.setObjectName("readingsReason")
        self.reason.setAccessibleName(self.tr("Reason for accepting the warning"))
        self.reason.setPlaceholderText(self.tr("Why the value is right (stored with the reading)"))
        self.reason.textEdited.connect(self.changed)
        self._reason_label = QtWidgets.QLabel(self.tr("&Reason:"))
        self._reason_label.setBuddy(self.reason)
        reason_row = QtWidgets.QHBoxLayout()
        reason_row.addWidget(self._reason_label)
        reason_row.addWidget(self.reason, 1)
        self._checks_layout = QtWidgets.QVBoxLayout()
        warnings_layout.addLayout(self._checks_layout)
        warnings_layout.addLayout(reason_row)
        self._warnings_box.hide()

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._notice)
        layout.addWidget(self._warnings_box)
        self.hide()

    @property
    def accepted(self) -> frozenset[ConfirmationKey]:
        """The warnings the operator has confirmed."""
        return frozenset(self._accepted)

    def forget_confirmations(self) -> None:
        """A new entry: no warning confirmed, no reason."""
        self._accepted.clear()
        self.reason.clear()

    def checkbox(self, problem: Problem) -> QtWidgets.QCheckBox | None:
        """The checkbox that confirms ``problem`` (``None`` if it has none)."""
        return self._checkboxes.get(confirmation_key(problem))

    # -- showing ---------------------------------------------------------------

    def show_problems(
        self, problems: Sequence[Problem], fields: Mapping[str, QtWidgets.QLabel]
    ) -> None:
        """Show ``problems`` and the refusal kept (its codes not among them) on the
        ``fields``' message lines (by field name), the notice and the confirmations."""
        codes = {p.code for p in problems}
        problems = [*problems, *(p for p in self._refusal if p.code not in codes)]
        messages: dict[str | None, list[Problem]] = {}
        for problem in problems:
            messages.setdefault(problem.field, []).append(problem)
        for field, label in fields.items():
            self._set_message(label, messages.get(field, []))
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
        self.setVisible(not (self._notice.isHidden() and self._warnings_box.isHidden()))

    def show_refusal(
        self, problems: Sequence[Problem], fields: Mapping[str, QtWidgets.QLabel]
    ) -> None:
        """Show the database's refusal of «Confirm»; it stays until :meth:`forget_refusal`."""
        self._refusal = tuple(problems)
        self.show_problems(problems, fields)

    def forget_refusal(self) -> None:
        """The refusal no longer applies (the entry changed or the form was reloaded)."""
        self._refusal = ()

    def _set_message(self, label: QtWidgets.QLabel, problems: list[Problem]) -> None:
        errors = [p for p in problems if p.is_error]
        shown = errors or [p for p in problems if p.code != "reading.outside_window"]
        label.setText("\n".join(describe(p) for p in shown))
        label.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
        label.setVisible(bool(shown))

    # -- confirmations ---------------------------------------------------------

    def _rebuild_checkboxes(self, warnings: list[Problem]) -> None:
        for box in self._checkboxes.values():
            self._checks_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._checkboxes = {}
        previous: QtWidgets.QWidget | None = None
        needs_reason = False
        for problem in warnings:
            key = confirmation_key(problem)
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
            needs_reason = needs_reason or problem.code in _NEED_REASON
        if previous is not None:
            QtWidgets.QWidget.setTabOrder(previous, self.reason)
            QtWidgets.QWidget.setTabOrder(self.reason, self._then)
        self.reason.setVisible(needs_reason)
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
        self.changed.emit()
