"""Which document of a corrected period to print: the correction bill (current) or the
original bill.

A period whose bill was corrected has two documents: the bill as first formed and the
correction bill that replaced it (its total due is what the customer owes now). The
correction is the default (Enter), as ``billing-console print-bill`` prints it unless
``--original`` is given.
"""

from __future__ import annotations

from console.services.documents import PeriodDocuments
from widgets.qt import QtCore, QtWidgets


class BillChoiceDialog(QtWidgets.QDialog):
    """Choose the current document (default) or the original bill of a corrected period."""

    chosen = QtCore.Signal(int)
    """The id of the bill to print."""

    def __init__(self, documents: PeriodDocuments, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("billChoiceDialog")
        self.setWindowTitle(self.tr("Which document to print"))
        self._documents = documents
        text = QtWidgets.QLabel(
            self.tr(
                "Bill {original} of this period was corrected: correction bill {current} "
                "replaced it, and its total due is what the customer owes now."
            ).format(original=documents.original_receipt, current=documents.current_receipt)
        )
        text.setObjectName("billChoiceText")
        text.setAccessibleName(self.tr("Why there are two documents"))
        text.setWordWrap(True)
        self.current_button = QtWidgets.QPushButton(
            self.tr("Print the correction {receipt} (current)").format(
                receipt=documents.current_receipt
            )
        )
        self.current_button.setObjectName("billChoiceCurrent")
        self.current_button.setAccessibleName(self.tr("Print the current document"))
        self.current_button.clicked.connect(lambda: self._choose(documents.current_id))
        self.original_button = QtWidgets.QPushButton(
            self.tr("Print the original bill {receipt}").format(receipt=documents.original_receipt)
        )
        self.original_button.setObjectName("billChoiceOriginal")
        self.original_button.setAccessibleName(self.tr("Print the original bill"))
        self.original_button.clicked.connect(lambda: self._choose(documents.original_id))
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("billChoiceCancel")
        self.cancel_button.setAccessibleName(self.tr("Print nothing"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.current_button, self.original_button, self.cancel_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.current_button.setDefault(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setTabOrder(self.current_button, self.original_button)
        self.setTabOrder(self.original_button, self.cancel_button)
        self.current_button.setFocus()
        self.setMinimumWidth(520)

    def _choose(self, bill_id: int) -> None:
        self.accept()
        self.chosen.emit(bill_id)
