"""The cash desk's shift: open it with a float (F2), close it with the counted cash (F9).

Opening opens the register's shift too (or adopts the one it has open); a register
shift over 24 hours is closed first with the cashier's consent. The desk opens even when
the register does not answer: payments then wait as pending cheques. Closing checks the
counted cash, shows expected, counted and the difference in a dialog whose default is to
cancel, sends the pending cheques, closes the desk's and the register's shift and prints
the shift report.

:class:`ShiftDesk` runs these steps; the cash desk tab (``cashdesk_tab``) keeps the shift
it shows and hears the outcome through the signals.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from console.formatting import format_amount
from console.lookup.alive import while_alive
from console.payments.cashdesk_panels import ShiftPanel
from console.payments.close_shift_dialog import CloseShiftDialog
from console.payments.print_flow import print_with_preview
from console.printing.shift_report import render_shift_report
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.services.documents import shift_report_document, shift_supplier
from console.tasks import TaskError, TaskRunner
from models.domain.problems import Problem
from models.fiscal.register import CashRegister, Failure, RegisterFailed
from widgets.qt import QtCore, QtWidgets

RegisterOf = Callable[[Session], CashRegister]
"""This desk's register, read in a worker."""


@dataclass(frozen=True, slots=True)
class _Opened:
    shift: service.ShiftState | None
    check: fiscal.RegisterCheck | Failure


class ShiftDesk(QtCore.QObject):
    """Opens and closes the shift with the panel's float and counted cash; sentences go to
    the desk's ``status`` line, dialogs are children of ``parent``."""

    opened = QtCore.Signal(object)
    """The desk's shift is open: its ``ShiftState``."""
    closed = QtCore.Signal(object)
    """The shift is closed: its final ``ShiftState``."""
    seen = QtCore.Signal(object)
    """The shift as the database has it before closing (``ShiftState`` or None)."""
    settled = QtCore.Signal()
    """Nothing changed (the register refused, the cashier cancelled): show the shift."""
    close_asked = QtCore.Signal(object)
    """The :class:`CloseShiftDialog` asking to confirm the count, once it is open."""
    failed = QtCore.Signal(object)
    """A step failed: the ``TaskError``."""
    close_failed = QtCore.Signal(object)
    """Closing failed: the ``TaskError`` (the shift is to be reloaded)."""

    def __init__(
        self,
        runner: TaskRunner,
        panel: ShiftPanel,
        status: QtWidgets.QLabel,
        register: RegisterOf,
        parent: QtWidgets.QWidget,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._panel = panel
        self._status = status
        self._register = register
        self._parent = parent

    # -- opening -------------------------------------------------------------------------

    def open_shift(self) -> None:
        """Open the shift with the float entered (F2)."""
        amount = self._panel.float_field.amount()
        if amount is None:
            return
        self._panel.open_button.setEnabled(False)
        register_of = self._register

        def work(session: Session, token: object, progress: object) -> _Opened:
            register = register_of(session)
            cashier = fiscal.me_as_cashier(session)
            try:
                check: fiscal.RegisterCheck | Failure = fiscal.open_register_shift(
                    register, cashier
                )
            except RegisterFailed as failed:
                check = failed.failure
            # The desk opens even when the register is unavailable: payments are then kept
            # pending and printed when it is back.
            return _Opened(service.open_shift(session, amount), check)

        self._runner.submit(work, self._register_opened, self._failed)

    @while_alive
    def _register_opened(self, opened: _Opened) -> None:
        check = opened.check
        if isinstance(check, Failure):
            problem = Problem.error(f"fiscal.{check.value}", detail="")
            if check is Failure.SHIFT_EXPIRED and self._ask_close_expired():
                self._close_expired()
            else:
                self._status.setText(describe(problem))
            if opened.shift is not None:
                self._shift_opened(opened.shift)
            else:
                self.settled.emit()
            return
        assert opened.shift is not None
        self._shift_opened(opened.shift)
        self._status.setText(
            self._status.text()
            + " "
            + (
                self.tr("The register's shift № {number} is adopted.")
                if check.adopted
                else self.tr("The register's shift № {number} is opened.")
            ).format(number=check.shift.number)
        )

    def _shift_opened(self, shift: service.ShiftState) -> None:
        self._panel.float_field.edit.clear()
        self._status.setText(self.tr("Shift № {number} is open.").format(number=shift.id))
        self.opened.emit(shift)

    def _ask_close_expired(self) -> bool:
        answer = QtWidgets.QMessageBox.question(
            self._parent,
            self.tr("Register shift over 24 hours"),
            self.tr(
                "The cash register's shift has lasted more than 24 hours, so the register "
                "refuses cheques. Close it now? The register prints the Z-report, then a "
                "new shift opens."
            ),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.Yes,
        )
        return answer == QtWidgets.QMessageBox.StandardButton.Yes

    def _close_expired(self) -> None:
        register_of = self._register

        def work(session: Session, token: object, progress: object) -> fiscal.RegisterCheck:
            register = register_of(session)
            cashier = fiscal.me_as_cashier(session)
            fiscal.close_register_shift(register, cashier)
            return fiscal.open_register_shift(register, cashier)

        self._runner.submit(
            work,
            lambda check: self._status.setText(
                self.tr("The old shift is closed (Z-report); shift № {number} is open.").format(
                    number=check.shift.number
                )
            ),
            self._failed,
        )

    # -- closing -------------------------------------------------------------------------

    def close_shift(self, has_shift: bool) -> None:
        """F9: check the counted cash, then show expected, counted and the difference.

        An empty count is refused (it is not zero); the shift closes only when the
        cashier chooses «Закрыть смену» in the dialog, whose default is to cancel.
        """
        panel = self._panel
        if not has_shift or not panel.close_button.isEnabled():
            return
        panel.counted_field.set_error("")
        if not panel.counted_field.text().strip():
            problem = Problem.error("cash_shift.counted_missing", "counted")
            panel.counted_field.refuse(describe(problem))
            return
        counted = panel.counted_field.amount()
        if counted is None:
            panel.counted_field.edit.selectAll()
            return
        panel.close_button.setEnabled(False)
        self._runner.submit(
            lambda session, token, progress: service.current_shift(session),
            lambda shift: self._ask_to_close(shift, counted),
            self._failed,
        )

    @while_alive
    def _ask_to_close(self, shift: service.ShiftState | None, counted: Decimal) -> None:
        self.seen.emit(shift)
        if shift is None:
            self._status.setText(describe(Problem.error("cash_shift.not_open")))
            return
        self._panel.close_button.setEnabled(False)
        dialog = CloseShiftDialog(shift, counted, self._parent)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._close_confirmed(counted))
        dialog.rejected.connect(self._close_cancelled)
        dialog.open()
        self.close_asked.emit(dialog)

    def _close_cancelled(self) -> None:
        self.settled.emit()
        self._panel.counted_field.edit.setFocus()
        self._panel.counted_field.edit.selectAll()

    def _close_confirmed(self, counted: Decimal) -> None:
        self._panel.close_button.setEnabled(False)
        register_of = self._register

        def work(session: Session, token: object, progress: object) -> service.ShiftState:
            register = register_of(session)
            fiscal.fiscalise_pending(session, register)
            closed = service.close_shift(session, counted)
            # The desk is closed either way; a register that did not answer has its shift
            # closed at the next open (over 24 hours, with the cashier's consent).
            with contextlib.suppress(RegisterFailed):
                fiscal.close_register_shift(register, fiscal.me_as_cashier(session))
            return closed

        self._runner.submit(work, self._shift_closed, self._close_failed)

    @while_alive
    def _shift_closed(self, shift: service.ShiftState) -> None:
        self._panel.counted_field.edit.clear()
        difference = shift.difference or Decimal(0)
        self._status.setText(
            self.tr(
                "Shift № {number} closed: expected {expected} ₽, counted {counted} ₽, "
                "difference {difference} ₽."
            ).format(
                number=shift.id,
                expected=format_amount(shift.expected_cash or Decimal(0)),
                counted=format_amount(shift.counted_cash or Decimal(0)),
                difference=format_amount(difference),
            )
        )
        self.closed.emit(shift)
        self.print_shift_report(shift.id)

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.failed.emit(error)

    @while_alive
    def _close_failed(self, error: TaskError) -> None:
        self.close_failed.emit(error)

    def print_shift_report(self, shift_id: int) -> None:
        """Render the shift report and preview it."""

        def build(session: Session, duplicate: bool) -> bytes:
            return render_shift_report(
                shift_report_document(session, shift_id, duplicate=duplicate)
            )

        print_with_preview(
            self._runner,
            self._parent,
            kind="shift_report",
            key=str(shift_id),
            account_id=None,
            build=build,
            title=self.tr("Shift report"),
            file_name=f"shift_{shift_id}.pdf",
            on_error=self._failed,
            require=lambda session: shift_supplier(session, shift_id),
        )
