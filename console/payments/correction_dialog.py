"""A supervisor prints a correction cheque (ФФД 1.2) for a cash-desk mistake found after
the shift.

The supervisor chooses the kind («Чек коррекции прихода» or «Чек коррекции возврата
прихода»), the correction type (tag 1173: self-initiated or by the tax office's order),
the base document's date and number (tags 1178, 1179), the reason, the amount and how it
was paid; the account (and the payment, when one is selected in the history) comes from
the history tab. «Check and print…» (Ctrl+Enter) checks the input and shows what will
be printed in a separate confirmation whose default button is «Back»: only a deliberate
«Print the correction cheque» records it (``billing.create_fiscal_correction``, under
this dialog's own key: a double press never records two) and sends it to this PC's
register. A register that cannot print keeps it pending with the reason; «Print pending
corrections (F7)» retries them under their own uuids.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.formatting import format_amount, format_date, format_moment
from console.lookup.alive import while_alive
from console.payments.amounts import money_field
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from models import clock
from models.domain.problems import Problem, ValidationFailed
from models.fiscal.register import ChequeKind, CorrectionType
from widgets.qt import QtCore, QtGui, QtWidgets, qdate
from widgets.reason_confirmation import Confirmation

_ERROR_STYLE = "color: #b00020;"
_WIDTH = 480


def _pydate(day: QtCore.QDate) -> date:
    return date(day.year(), day.month(), day.day())


def kind_title(kind: str) -> str:
    """«Чек коррекции прихода» / «Чек коррекции возврата прихода»."""
    if kind == "sellReturnCorrection":
        return QtCore.QCoreApplication.translate(
            "CorrectionDialog", "Refund-of-income correction cheque"
        )
    return QtCore.QCoreApplication.translate("CorrectionDialog", "Income correction cheque")


def type_title(correction_type: str) -> str:
    """«Самостоятельно» / «По предписанию» (tag 1173)."""
    if correction_type == "instruction":
        return QtCore.QCoreApplication.translate("CorrectionDialog", "By the tax office's order")
    return QtCore.QCoreApplication.translate("CorrectionDialog", "Self-initiated")


class CorrectionConfirmDialog(Confirmation):
    """What the register will print; «Back» is the default, printing is deliberate."""

    def __init__(self, summary: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(
            "correctionConfirm",
            title=self.tr("Print the correction cheque?"),
            summary=summary,
            summary_accessible=self.tr("What the register will print"),
            consequence=self.tr(
                "A correction cheque is a fiscal document: it goes to the tax office and "
                "cannot be taken back."
            ),
            action_text=self.tr("&Print the correction cheque"),
            action_accessible=self.tr("Print the correction cheque"),
            back_text=self.tr("&Back"),
            back_accessible=self.tr("Back to the correction"),
            parent=parent,
        )
        self.print_button = self.confirm_button
        self.print_button.setObjectName("correctionConfirmPrint")


class CorrectionDialog(QtWidgets.QDialog):
    """Record and print a correction cheque for ``account_id`` (supervisors)."""

    confirm_asked = QtCore.Signal(object)
    """The confirmation is open: the :class:`CorrectionConfirmDialog` (for tests)."""
    corrected = QtCore.Signal(object)
    """The correction was recorded (printed or pending): its :class:`CorrectionState`."""
    retried = QtCore.Signal(object)
    """Pending corrections were sent again: the states after."""

    def __init__(
        self,
        runner: TaskRunner,
        account_id: int,
        account_number: str,
        payment: service.PaymentRow | None = None,
        desk_id: int | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correction cheque"))
        self._runner = runner
        self._account_id = account_id
        self._account_number = account_number
        self._payment = payment
        self._desk_id = desk_id
        self._key = uuid.uuid4()
        """One dialog, one correction: a second press sends the same key."""
        self._busy = False
        self.confirmation: CorrectionConfirmDialog | None = None
        self._typed: fiscal.CorrectionRequest | None = None
        self.result_state: fiscal.CorrectionState | None = None

        about = self.tr("Account № {number}").format(number=account_number)
        if payment is not None:
            about += ". " + self.tr("Payment of {amount} ₽ on {day}").format(
                amount=format_amount(payment.amount), day=format_date(payment.paid_on)
            )
        self.about = QtWidgets.QLabel(about)
        self.about.setObjectName("correctionAbout")
        self.about.setAccessibleName(self.tr("What the correction concerns"))
        self.about.setWordWrap(True)
        self.about.setMinimumWidth(_WIDTH)

        self.form = QtWidgets.QFormLayout()
        self.errors: dict[str, QtWidgets.QLabel] = {}
        self.kind_combo = QtWidgets.QComboBox()
        self.kind_combo.addItem(self.kind_title("sellCorrection"), ChequeKind.SELL_CORRECTION)
        self.kind_combo.addItem(
            self.kind_title("sellReturnCorrection"), ChequeKind.SELL_REFUND_CORRECTION
        )
        self._add(
            "kind", self.tr("Cheque &kind:"), self.kind_combo, self.tr("Kind of correction cheque")
        )
        self.type_combo = QtWidgets.QComboBox()
        self.type_combo.addItem(self.type_title("self"), CorrectionType.SELF)
        self.type_combo.addItem(self.type_title("instruction"), CorrectionType.INSTRUCTION)
        self._add(
            "correction_type",
            self.tr("&Type (tag 1173):"),
            self.type_combo,
            self.tr("Correction type: self-initiated or by order"),
        )
        self.base_date = QtWidgets.QDateEdit(
            qdate(payment.paid_on if payment is not None else clock.today())
        )
        self.base_date.setCalendarPopup(True)
        self.base_date.setDisplayFormat("dd.MM.yyyy")
        self._add(
            "base_date",
            self.tr("Base document &date (tag 1178):"),
            self.base_date,
            self.tr("Date of the settlement being corrected"),
        )
        self.base_number = QtWidgets.QLineEdit()
        self.base_number.setMaxLength(32)
        self.base_number.setPlaceholderText(self.tr("the order's or the act's number"))
        self._add(
            "base_number",
            self.tr("Base document &number (tag 1179):"),
            self.base_number,
            self.tr("Number of the base document"),
        )
        self.reason_edit = QtWidgets.QLineEdit()
        self.reason_edit.setMaxLength(500)
        self.reason_edit.setPlaceholderText(self.tr("e.g. a payment taken without a cheque"))
        self._add(
            "reason", self.tr("&Reason:"), self.reason_edit, self.tr("Reason for the correction")
        )
        self.amount_field = money_field(
            "correction_amount",
            self.tr("Amount to correct"),
            error_name="correction_amountError",
            error_accessible=self.tr("Amount to correct: problem"),
        )
        self.amount_edit = self.amount_field.edit
        if payment is not None:
            self.amount_field.set_text(format_amount(abs(payment.amount)))
        caption = QtWidgets.QLabel(self.tr("&Amount, ₽:"))
        caption.setBuddy(self.amount_edit)
        self.form.addRow(caption, self.amount_field)
        self.errors["amount"] = self.amount_field.error
        self.method_combo = QtWidgets.QComboBox()
        self.method_combo.addItem(self.method_title("cash"), "cash")
        self.method_combo.addItem(self.method_title("card"), "card")
        if payment is not None and payment.method == "card":
            self.method_combo.setCurrentIndex(1)
        self._add("method", self.tr("&Paid by:"), self.method_combo, self.tr("Payment type"))

        self.message = QtWidgets.QLabel()
        self.message.setObjectName("correctionMessage")
        self.message.setAccessibleName(self.tr("Correction status"))
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(_WIDTH)
        self.review_button = QtWidgets.QPushButton(self.tr("&Check and print… (Ctrl+Enter)"))
        self.review_button.setObjectName("correctionReview")
        self.review_button.setAccessibleName(self.tr("Check the correction and confirm it"))
        self.review_button.setAutoDefault(False)
        self.review_button.clicked.connect(self.review)
        self.retry_button = QtWidgets.QPushButton(self.tr("Print pending corrections (F7)"))
        self.retry_button.setObjectName("correctionRetry")
        self.retry_button.setAccessibleName(self.tr("Print the pending correction cheques"))
        self.retry_button.setShortcut(QtGui.QKeySequence("F7"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.retry_pending)
        self.close_button = QtWidgets.QPushButton(self.tr("Close (Esc)"))
        self.close_button.setObjectName("correctionClose")
        self.close_button.setAccessibleName(self.tr("Close the correction"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.kind_combo.setFocus()

    # -- texts ---------------------------------------------------------------------------

    def kind_title(self, kind: str) -> str:
        """«Чек коррекции прихода» / «Чек коррекции возврата прихода»."""
        return kind_title(kind)

    def type_title(self, correction_type: str) -> str:
        """«Самостоятельно» / «По предписанию»."""
        return type_title(correction_type)

    def method_title(self, method: str) -> str:
        """Cash or card (electronic)."""
        if method == "card":
            return QtCore.QCoreApplication.translate("CorrectionDialog", "Card (electronic)")
        return QtCore.QCoreApplication.translate("CorrectionDialog", "In cash")

    def _add(self, field: str, label: str, widget: QtWidgets.QWidget, accessible: str) -> None:
        widget.setObjectName(f"correction_{field}")
        widget.setAccessibleName(accessible)
        error = QtWidgets.QLabel()
        error.setObjectName(f"correction_{field}Error")
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QtWidgets.QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QtWidgets.QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        self.errors[field] = error

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter alone does nothing here (QDialog would press a default button);
        Ctrl+Enter checks the input and asks for the confirmation."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            event.accept()
            if event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier:
                self.review()
            return
        super().keyPressEvent(event)

    # -- behaviour -------------------------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field, the rest in the message line (the amount's own
        check, shown by its field, stays until the amount is checked or edited again)."""
        for field, error in self.errors.items():
            if field != "amount":
                error.hide()
        general: list[str] = []
        for problem in problems:
            label = self.errors.get(problem.field or "")
            if problem.field == "amount":
                self.amount_field.set_error(describe(problem))
            elif label is None:
                general.append(describe(problem))
            else:
                label.setText(describe(problem))
                label.show()
        self.message.setStyleSheet(_ERROR_STYLE if general else "")
        self.message.setText("\n".join(general))

    def request(self) -> fiscal.CorrectionRequest:
        """The typed correction; ValidationFailed with every other problem when any field
        has one (the amount field shows its own at once)."""
        amount = self.amount_field.amount()
        typed = fiscal.CorrectionRequest(
            key=self._key,
            kind=ChequeKind(self.kind_combo.currentData()),
            correction_type=CorrectionType(self.type_combo.currentData()),
            base_date=_pydate(self.base_date.date()),
            base_number=self.base_number.text().strip() or None,
            reason=self.reason_edit.text().strip(),
            amount=amount if amount is not None else Decimal("0.00"),
            method=str(self.method_combo.currentData()),
            account_id=self._account_id,
            payment_id=self._payment.id if self._payment is not None else None,
        )
        problems = [
            p
            for p in fiscal.validate_correction(typed, clock.today())
            if amount is not None or p.field != "amount"
        ]
        if amount is None or problems:
            raise ValidationFailed(problems)
        return typed

    def summary(self, typed: fiscal.CorrectionRequest) -> str:
        """What the register will print, in the operator's words."""
        lines = [
            self.kind_title(typed.kind.value),
            self.tr("Correction type: {type}").format(
                type=self.type_title(typed.correction_type.value)
            ),
            self.tr("Base document: of {day}, № {number}").format(
                day=format_date(typed.base_date), number=typed.base_number or "—"
            ),
            self.tr("Item: Electricity, account № {number}").format(number=self._account_number),
            self.tr("Amount: {amount} ₽, {method}").format(
                amount=format_amount(typed.amount), method=self.method_title(typed.method)
            ),
            self.tr("Reason: {reason}").format(reason=typed.reason),
        ]
        return "\n".join(lines)

    def review(self) -> None:
        """Check the input, then ask for a deliberate confirmation (Ctrl+Enter)."""
        if self._busy or (self.result_state is not None and self.result_state.is_done):
            return  # printed: this dialog's correction is done
        try:
            typed = self.request()
        except ValidationFailed as failed:
            self.show_problems(list(failed.problems))
            return
        self.show_problems([])
        if self.confirmation is not None:
            self.confirmation.deleteLater()  # the previous one, answered already
        confirmation = CorrectionConfirmDialog(self.summary(typed), self)
        self._typed = typed
        confirmation.accepted.connect(self._confirmed)  # a bound slot: no lambda outlives it
        self.confirmation = confirmation
        confirmation.open()
        self.confirm_asked.emit(confirmation)

    def _confirmed(self) -> None:
        if self._typed is not None and not self._busy:
            self._record(self._typed)

    def _record(self, typed: fiscal.CorrectionRequest) -> None:
        self._busy = True
        self.review_button.setEnabled(False)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Printing the correction cheque…"))
        desk_id = self._desk_id

        def work(session: Session, _t: CancelToken, _p: object) -> fiscal.CorrectionState:
            created = fiscal.create_correction(session, typed)
            register = fiscal.register_of(fiscal.cash_desk(session, desk_id))
            return fiscal.fiscalise_correction(session, register, created.id)

        self._runner.submit(work, self._recorded, self._failed)

    @while_alive
    def _recorded(self, state: fiscal.CorrectionState) -> None:
        self._busy = False
        self.result_state = state
        for field in (
            self.kind_combo,
            self.type_combo,
            self.base_date,
            self.base_number,
            self.reason_edit,
            self.amount_edit,
            self.method_combo,
        ):
            field.setEnabled(False)  # recorded: a retry sends exactly this correction
        self.message.setText(self.state_text(state))
        self.message.setStyleSheet("" if state.is_done else _ERROR_STYLE)
        self.review_button.setEnabled(not state.is_done)
        self.corrected.emit(state)

    def state_text(self, state: fiscal.CorrectionState) -> str:
        """«Printed: ФН …, ФД …, ФП …» or why it is pending."""
        if state.is_done:
            return self.tr(
                "Correction cheque printed: ФН № {fn}, ФД № {fd}, ФП {fp}, {moment}."
            ).format(
                fn=state.fn_number,
                fd=state.fd_number,
                fp=state.fiscal_sign,
                moment=format_moment(state.fiscal_at) if state.fiscal_at else "",
            )
        problem = state.problem
        reason = describe(problem) if problem is not None else ""
        return self.tr("The correction is recorded but not printed yet: {reason}").format(
            reason=reason
        )

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self._busy = False
        self.review_button.setEnabled(True)
        if error.kind is ErrorKind.INVALID and error.problems:
            self.show_problems(list(error.problems))
        else:
            self.message.setStyleSheet(_ERROR_STYLE)
            self.message.setText(describe_error(error))

    def retry_pending(self) -> None:
        """Send the supervisor's pending corrections again, under their own uuids (F7)."""
        if self._busy:
            return
        self._busy = True
        desk_id = self._desk_id

        def work(
            session: Session, _t: CancelToken, _p: object
        ) -> tuple[fiscal.CorrectionState, ...]:
            register = fiscal.register_of(fiscal.cash_desk(session, desk_id))
            fiscal.fiscalise_pending_corrections(session, register)
            return fiscal.pending_corrections(session)

        self._runner.submit(work, self._retried, self._failed)

    @while_alive
    def _retried(self, pending: tuple[fiscal.CorrectionState, ...]) -> None:
        self._busy = False
        if self.result_state is not None and all(p.id != self.result_state.id for p in pending):
            self.review_button.setEnabled(False)
        self.message.setStyleSheet(_ERROR_STYLE if pending else "")
        self.message.setText(
            self.tr("Corrections not printed: {count}").format(count=len(pending))
            if pending
            else self.tr("Every correction cheque is printed.")
        )
        self.retried.emit(pending)
