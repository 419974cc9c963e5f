"""Correct an organisation's registration data on the customer's word, before deciding.

The numbers are checked (INN, KPP, OGRN/OGRNIP check digits) as the supervisor saves,
with the problem shown next to its field; only valid data reaches the database. The
dialog stays open while the tab saves, so a refusal (someone else changed the review
meanwhile) is shown in it and the typed data is kept.
"""

from __future__ import annotations

import re

from console.problem_texts import describe
from console.services.moderation import registration_problems
from models.domain.problems import Problem
from models.queries.moderation import ReviewDetail
from widgets.qt import QtWidgets, Signal

_CONTRACT_SEPARATORS = re.compile(r"[,;\n]+")


def split_contracts(text: str) -> tuple[str, ...]:
    """Contract numbers typed one after another, separated by commas or semicolons."""
    numbers: list[str] = []
    for part in _CONTRACT_SEPARATORS.split(text):
        number = part.strip()
        if number and number not in numbers:
            numbers.append(number)
    return tuple(numbers)


class EditRegistrationDialog(QtWidgets.QDialog):
    """Name, INN, KPP, OGRN and contract numbers of an organisation's registration."""

    FIELDS = ("organisation_name", "inn", "kpp", "ogrn", "contract_numbers")

    submitted = Signal()
    """Valid data to save: the tab saves it and calls :meth:`saved` or :meth:`failed`."""

    def __init__(self, detail: ReviewDetail, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editRegistrationDialog")
        self.setWindowTitle(self.tr("Edit registration of %1").replace("%1", detail.portal_login))
        self.setMinimumWidth(520)
        self.kind = QtWidgets.QLineEdit(detail.organisation_type or "—")
        self.kind.setObjectName("editOrganisationType")
        self.kind.setAccessibleName(self.tr("Organisation type"))
        self.kind.setReadOnly(True)
        self.kind.setEnabled(False)
        self.kind.setToolTip(
            self.tr("The organisation type is changed by the customer on the portal.")
        )
        self.inputs: dict[str, QtWidgets.QLineEdit] = {}
        self.errors: dict[str, QtWidgets.QLabel] = {}
        values = {
            "organisation_name": detail.organisation_name or "",
            "inn": detail.inn or "",
            "kpp": detail.kpp or "",
            "ogrn": detail.ogrn or "",
            "contract_numbers": ", ".join(detail.contract_numbers),
        }
        titles = {
            "organisation_name": (self.tr("&Name:"), self.tr("Organisation name")),
            "inn": (self.tr("&INN:"), self.tr("INN")),
            "kpp": (self.tr("&KPP:"), self.tr("KPP")),
            "ogrn": (self.tr("&OGRN / OGRNIP:"), self.tr("OGRN or OGRNIP")),
            "contract_numbers": (self.tr("&Contracts:"), self.tr("Contract numbers")),
        }
        form = QtWidgets.QFormLayout(self)
        form.addRow(self.tr("Type:"), self.kind)
        for name in self.FIELDS:
            field = QtWidgets.QLineEdit(values[name])
            field.setObjectName(f"edit_{name}")
            field.setAccessibleName(titles[name][1])
            error = QtWidgets.QLabel()
            error.setObjectName(f"edit_{name}_problem")
            error.setStyleSheet("color: #b3261e;")
            error.setWordWrap(True)
            error.hide()
            self.inputs[name], self.errors[name] = field, error
            form.addRow(titles[name][0], field)
            form.addRow("", error)
        self.inputs["contract_numbers"].setPlaceholderText(self.tr("separated by commas"))
        self.inputs["kpp"].setPlaceholderText(self.tr("none for an individual entrepreneur"))
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("editRegistrationMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("editRegistrationButtons")
        self.save_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("editRegistrationSave")
        self.save_button.setAccessibleName(self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.inputs["organisation_name"].setFocus()

    def values(self) -> tuple[str, str, str, str, tuple[str, ...]]:
        """Name, INN, KPP, OGRN and the contract numbers as typed."""
        text = {name: field.text() for name, field in self.inputs.items()}
        return (
            text["organisation_name"],
            text["inn"],
            text["kpp"],
            text["ogrn"],
            split_contracts(text["contract_numbers"]),
        )

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        """Each problem next to its field (problems of no field under the name)."""
        for error in self.errors.values():
            error.clear()
            error.hide()
        first: QtWidgets.QLineEdit | None = None
        for problem in problems:
            name = problem.field if problem.field in self.errors else "organisation_name"
            error = self.errors[name]
            error.setText("\n".join(filter(None, (error.text(), describe(problem)))))
            error.show()
            first = first or self.inputs[name]
        if first is not None:
            first.setFocus()
            first.selectAll()

    def accept(self) -> None:
        """Save only valid data: otherwise the problems show next to their fields."""
        name, inn, kpp, ogrn, _contracts = self.values()
        problems = registration_problems(organisation_name=name, inn=inn, kpp=kpp, ogrn=ogrn)
        self.show_problems(problems)
        self.message.hide()
        if problems:
            return
        self.save_button.setEnabled(False)
        self.submitted.emit()

    def saved(self) -> None:
        """The database took the data: close."""
        super().accept()

    def failed(self, text: str, problems: tuple[Problem, ...] = ()) -> None:
        """The database refused: say why, keep the input."""
        self.save_button.setEnabled(True)
        if problems:
            self.show_problems(problems)
        else:
            self.message.setText(text)
            self.message.show()
