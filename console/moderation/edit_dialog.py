"""Correct a link request's data on the customer's word; the check then runs again."""

from __future__ import annotations

from console.moderation.labels import label
from models.queries.moderation import LinkRequestDetail, Region
from widgets.qt import QtWidgets


class EditLinkRequestDialog(QtWidgets.QDialog):
    """Region, account number and the proof, as the customer corrected them."""

    def __init__(
        self,
        detail: LinkRequestDetail,
        regions: tuple[Region, ...],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editLinkRequestDialog")
        self.setWindowTitle(self.tr("Edit link request № %1").replace("%1", str(detail.number)))
        self._region = QtWidgets.QComboBox()
        self._region.setObjectName("editRegion")
        self._region.setAccessibleName(self.tr("Region"))
        for region in regions:
            self._region.addItem(region.name, region.id)
        self._region.setCurrentIndex(max(0, self._region.findData(detail.region_id)))
        self._number = QtWidgets.QLineEdit(detail.account_number)
        self._number.setObjectName("editAccountNumber")
        self._number.setAccessibleName(self.tr("Account number"))
        self._kind = QtWidgets.QComboBox()
        self._kind.setObjectName("editProofKind")
        self._kind.setAccessibleName(self.tr("Proof"))
        for kind in ("last_payment_amount", "surname_prefix", "meter_serial", "receipt_number"):
            self._kind.addItem(label(kind), kind)
        self._kind.setCurrentIndex(max(0, self._kind.findData(detail.proof_kind.value)))
        self._value = QtWidgets.QLineEdit(detail.proof_value)
        self._value.setObjectName("editProofValue")
        self._value.setAccessibleName(self.tr("Proof value"))
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("&Region:"), self._region)
        form.addRow(self.tr("&Account number:"), self._number)
        form.addRow(self.tr("&Proof:"), self._kind)
        form.addRow(self.tr("&Value:"), self._value)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("editButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._value.setFocus()

    def values(self) -> tuple[int, str, str, str]:
        """Region id, account number, proof kind, proof value."""
        return (
            int(self._region.currentData()),
            self._number.text(),
            str(self._kind.currentData()),
            self._value.text(),
        )
