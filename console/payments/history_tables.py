"""The payment history's tables: payments, bills with their lines, correction cheques.

Each panel owns its model and fills it from the frozen rows the tab loaded; none asks
the database anything.
"""

from __future__ import annotations

from console.formatting import format_amount, format_date, format_moment, format_period
from console.payments.correction_dialog import kind_title, type_title
from console.problem_texts import describe
from console.services import fiscal
from console.services import payments as service
from console.vocabulary import payment_channel_label
from models.domain.money_format import format_kwh, format_rate
from widgets.qt import QtCore, QtGui, QtWidgets
from widgets.titled_table import TitledTable, read_only

_RIGHT = QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
_BILL_ID = QtCore.Qt.ItemDataRole.UserRole + 1
PAYMENT_ID = QtCore.Qt.ItemDataRole.UserRole + 2
"""Where a payments row keeps its payment's id (column 0)."""
_OVERDUE = QtGui.QColor("#b00020")


def channel_text(payment: service.PaymentRow) -> str:
    """«Cash desk (cash)», «Bank», «Reversal: …»."""
    text = payment_channel_label(payment.channel)
    if payment.method == "cash":
        text += " " + QtCore.QCoreApplication.translate("PaymentsTab", "(cash)")
    elif payment.method == "card":
        text += " " + QtCore.QCoreApplication.translate("PaymentsTab", "(card)")
    if payment.reverses_id is not None:
        text = QtCore.QCoreApplication.translate("PaymentsTab", "Reversal: {reason}").format(
            reason=payment.reason or ""
        )
    elif payment.reversed_by_id is not None:
        text += " " + QtCore.QCoreApplication.translate("PaymentsTab", "— reversed")
    return text


def model_rows(model: QtGui.QStandardItemModel) -> tuple[list[str], list[list[str]]]:
    """Header and rows of ``model`` as text, each row followed by its children's."""
    header = [
        str(model.headerData(c, QtCore.Qt.Orientation.Horizontal))
        for c in range(model.columnCount())
    ]
    rows: list[list[str]] = []
    for row in range(model.rowCount()):
        rows.append([model.item(row, c).text() for c in range(model.columnCount())])
        parent = model.item(row, 0)
        for child in range(parent.rowCount()):
            rows.append(
                [
                    (parent.child(child, c).text() if parent.child(child, c) else "")
                    for c in range(model.columnCount())
                ]
            )
    return header, rows


class PaymentsTable(TitledTable):
    """The account's payments: date, amount, channel, reference, bill, who entered it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        self.model = QtGui.QStandardItemModel(0, 6)
        super().__init__("paymentsTable", self.tr("Payments"), self.model, parent=parent)
        self.model.setParent(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Paid on"),
                self.tr("Amount, ₽"),
                self.tr("Channel"),
                self.tr("External id / receipt"),
                self.tr("Bill"),
                self.tr("Entered by"),
            ]
        )
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.resizeColumnsToContents()  # the titles fit before any row is shown

    def fill(self, payments: tuple[service.PaymentRow, ...]) -> None:
        """Show ``payments``, one row each."""
        model = self.model
        model.removeRows(0, model.rowCount())
        for payment in payments:
            reference = payment.external_id or payment.receipt_number or ""
            if payment.cheque_text:
                reference += f" · {payment.cheque_text}"
            cells = [
                format_date(payment.paid_on),
                format_amount(payment.amount),
                channel_text(payment),
                reference,
                payment.bill_receipt_number or "",
                f"{payment.cashier_name or payment.entered_by}"
                f" · {format_moment(payment.created_at)}",
            ]
            items = [QtGui.QStandardItem(text) for text in cells]
            items[0].setData(payment.id, PAYMENT_ID)
            items[1].setTextAlignment(_RIGHT)
            model.appendRow(items)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setSectionResizeMode(
            model.columnCount() - 1, QtWidgets.QHeaderView.ResizeMode.Stretch
        )

    def current_id(self) -> int | None:
        """The id of the payment under the cursor."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = self.model.item(index.row(), 0).data(PAYMENT_ID)
        return int(value) if value is not None else None


class BillsTree(QtWidgets.QTreeView):
    """The account's bills, each with its lines on expand, paid or not."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.bills_model = QtGui.QStandardItemModel(0, 6, self)
        self.bills_model.setHorizontalHeaderLabels(
            [
                self.tr("Receipt number / line"),
                self.tr("Period"),
                self.tr("Formed on"),
                self.tr("Amount, ₽"),
                self.tr("Paid"),
                self.tr("kWh × rate"),
            ]
        )
        self.setModel(self.bills_model)
        read_only(self, "billsTree", self.tr("Bills"))
        self.setUniformRowHeights(True)
        for column in range(self.bills_model.columnCount()):
            self.resizeColumnToContents(column)

    def fill(self, bills: tuple[service.BillRow, ...]) -> None:
        """Show ``bills`` with their lines as children."""
        model = self.bills_model
        model.removeRows(0, model.rowCount())
        for bill in bills:
            paid = (
                self.tr("paid {day}").format(day=format_date(bill.paid_on))
                if bill.paid_on
                else self.tr("not paid, due {day}").format(day=format_date(bill.due_on))
            )
            texts = [
                bill.receipt_number,
                format_period(bill.billing_period),
                format_date(bill.formed_on),
                format_amount(bill.amount),
                paid,
                "",
            ]
            row = [QtGui.QStandardItem(text) for text in texts]
            row[0].setData(bill.id, _BILL_ID)
            row[3].setTextAlignment(_RIGHT)
            if not bill.paid_on:
                row[4].setForeground(QtGui.QBrush(_OVERDUE))
            for line in bill.lines:
                detail = ""
                if line.quantity is not None and line.rate is not None:
                    detail = f"{format_kwh(line.quantity)} × {format_rate(line.rate, unit=False)} ₽"
                description = line.description + (f" ({line.zone})" if line.zone else "")
                cells = [description, "", "", format_amount(line.amount), "", detail]
                children = [QtGui.QStandardItem(text) for text in cells]
                children[3].setTextAlignment(_RIGHT)
                row[0].appendRow(children)
            model.appendRow(row)
        for column in range(model.columnCount()):
            self.resizeColumnToContents(column)
        self.setColumnWidth(0, max(self.columnWidth(0), 340))

    def selected_bill_id(self) -> int | None:
        """The bill under the cursor (or the newest)."""
        index = self.currentIndex()
        while index.isValid() and index.parent().isValid():
            index = index.parent()
        if not index.isValid():
            index = self.bills_model.index(0, 0)
        if not index.isValid():
            return None
        value = self.bills_model.itemFromIndex(index.siblingAtColumn(0)).data(_BILL_ID)
        return int(value) if value is not None else None


class CorrectionsTable(TitledTable):
    """The account's correction cheques with their fiscal attributes or why they wait."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        self.model = QtGui.QStandardItemModel(0, 7)
        super().__init__(
            "correctionsTable", self.tr("Correction cheques"), self.model, parent=parent
        )
        self.model.setParent(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Recorded"),
                self.tr("Correction cheque"),
                self.tr("Correction type"),
                self.tr("Base document"),
                self.tr("Amount, ₽"),
                self.tr("Fiscal attributes"),
                self.tr("Reason"),
            ]
        )
        self.view.setAlternatingRowColors(False)

    def correction_texts(self, correction: fiscal.CorrectionState) -> list[str]:
        """A correction cheque's cells: when, kind, type, base document, amount, fiscal
        attributes (ФН, ФД, ФП) or why it is pending, reason."""
        base = self.tr("of {day}, № {number}").format(
            day=format_date(correction.base_date), number=correction.base_number or "—"
        )
        if correction.is_done:
            attributes = self.tr("ФН № {fn}, ФД № {fd}, ФП {fp}").format(
                fn=correction.fn_number, fd=correction.fd_number, fp=correction.fiscal_sign
            )
        else:
            problem = correction.problem
            attributes = self.tr("not printed: {reason}").format(
                reason=describe(problem) if problem is not None else ""
            )
        return [
            format_moment(correction.created_at),
            kind_title(correction.kind),
            type_title(correction.correction_type),
            base,
            format_amount(correction.amount),
            attributes,
            correction.reason,
        ]

    def fill(self, corrections: tuple[fiscal.CorrectionState, ...]) -> None:
        """Show ``corrections``, one row each."""
        model = self.model
        model.removeRows(0, model.rowCount())
        for correction in corrections:
            items = [QtGui.QStandardItem(text) for text in self.correction_texts(correction)]
            items[4].setTextAlignment(_RIGHT)
            if not correction.is_done:
                items[5].setForeground(QtGui.QBrush(_OVERDUE))
            model.appendRow(items)
        self.view.resizeColumnsToContents()


class HistoryViews(QtWidgets.QTabWidget):
    """The three tables of the history on tabs: payments, bills, correction cheques."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentsViews")
        self.setAccessibleName(self.tr("Payments, bills and correction cheques"))
        self.payments_table = PaymentsTable()
        self.bills_view = BillsTree()
        self.corrections_table = CorrectionsTable()
        self.addTab(self.payments_table, self.tr("Payme&nts"))
        self.addTab(self.bills_view, self.tr("B&ills"))
        self.addTab(self.corrections_table, self.tr("Correction cheques"))

    def fill(self, history: service.AccountHistory) -> None:
        """Show the history's payments, bills and correction cheques."""
        self.payments_table.fill(history.payments)
        self.bills_view.fill(history.bills)
        self.corrections_table.fill(history.corrections)
