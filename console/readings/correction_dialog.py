"""The supervisor's dialog to correct a stored reading with a new value and a reason."""

from __future__ import annotations

from decimal import Decimal

from console.formatting import format_date
from console.readings.entry_form import ERROR_STYLE, parse_value
from models.domain.money_format import format_kwh
from models.queries.readings import HistoryRow
from widgets.qt import QtWidgets


class CorrectionDialog(QtWidgets.QDialog):
    """Ask for the right value and why; nothing is edited, a correcting reading is added."""

    def __init__(self, row: HistoryRow, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingsCorrectionDialog")
        self.setWindowTitle(self.tr("Correct a reading"))
        self.value = QtWidgets.QLineEdit()
        self.value.setObjectName("readingsCorrectionValue")
        self.value.setAccessibleName(self.tr("Correct value"))
        self.reason = QtWidgets.QLineEdit()
        self.reason.setObjectName("readingsCorrectionReason")
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("readingsCorrectionMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        form = QtWidgets.QFormLayout()
        form.addRow(
            self.tr("Reading:"),
            QtWidgets.QLabel(
                f"{row.meter_serial}, {row.zone}, {format_date(row.taken_on)}: "
                f"{format_kwh(row.value)}"
            ),
        )
        form.addRow(self.tr("&Correct value:"), self.value)
        form.addRow(self.tr("&Reason:"), self.reason)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("readingsCorrectionButtons")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def result_value(self) -> tuple[Decimal, str]:
        """The value and reason the supervisor gave."""
        value = parse_value(self.value.text())
        assert value is not None
        return value, self.reason.text().strip()

    def _accept(self) -> None:
        try:
            value = parse_value(self.value.text())
        except ValueError:
            value = None
        if value is None:
            self.message.setText(self.tr("Enter the correct value."))
        elif not self.reason.text().strip():
            self.message.setText(self.tr("Give the reason for the correction."))
        else:
            self.accept()
            return
        self.message.show()
