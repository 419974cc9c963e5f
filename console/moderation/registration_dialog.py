"""Correct an organisation's registration data on the customer's word, before deciding.

The organisation type is chosen from the known list; the numbers are checked against
it (an individual entrepreneur: 12-digit INN, OGRNIP, no KPP) and by their check digits
as the supervisor saves,
with the problem shown next to its field; only valid data reaches the database. The
dialog stays open while the tab saves, so a refusal (someone else changed the review
meanwhile) is shown in it and the typed data is kept.
"""

from __future__ import annotations

import re

from console.problem_texts import describe
from console.services.moderation import RegistrationData, registration_problems
from models.domain.organisation_types import ORGANISATION_TYPES
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
    """Type, name, INN, KPP, OGRN and contract numbers of an organisation's registration."""

    FIELDS = ("organisation_name", "inn", "kpp", "ogrn", "contract_numbers")
    TYPE_FIELD = "organisation_type"

    submitted = Signal()
    """Valid data to save: the tab saves it and calls :meth:`saved` or :meth:`failed`."""

    def __init__(self, detail: ReviewDetail, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editRegistrationDialog")
        self.setWindowTitle(self.tr("Edit registration of %1").replace("%1", detail.portal_login))
        self.setMinimumWidth(520)
        self.kind = self._type_combo(detail.organisation_type)
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
        kind_label = QtWidgets.QLabel(self.tr("&Type:"))
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        form.addRow("", self._problem_label(self.TYPE_FIELD))
        for name in self.FIELDS:
            field = QtWidgets.QLineEdit(values[name])
            field.setObjectName(f"edit_{name}")
            field.setAccessibleName(titles[name][1])
            self.inputs[name] = field
            form.addRow(titles[name][0], field)
            form.addRow("", self._problem_label(name))
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

    def _problem_label(self, name: str) -> QtWidgets.QLabel:
        """The (hidden) label under field ``name`` that says what is wrong with it."""
        error = QtWidgets.QLabel()
        error.setObjectName(f"edit_{name}_problem")
        error.setStyleSheet("color: #b3261e;")
        error.setWordWrap(True)
        error.hide()
        self.errors[name] = error
        return error

    def _type_combo(self, current: str | None) -> QtWidgets.QComboBox:
        """The known types; a type the customer wrote that is not one of them is shown
        first, so the supervisor sees it and must choose a known one."""
        combo = QtWidgets.QComboBox()
        combo.setObjectName("editOrganisationType")
        combo.setAccessibleName(self.tr("Organisation type"))
        combo.setToolTip(
            self.tr(
                "An individual entrepreneur (ИП) has a 12-digit INN, a 15-digit OGRNIP and "
                "no KPP; an organisation a 10-digit INN and a 13-digit OGRN."
            )
        )
        for kind in ORGANISATION_TYPES:
            combo.addItem(kind, kind)
        typed = (current or "").strip()
        index = combo.findData(typed)
        if index < 0:
            combo.insertItem(0, typed or "—", "")
            index = 0
        combo.setCurrentIndex(index)
        return combo

    def values(self) -> RegistrationData:
        """The type chosen and the data as typed."""
        text = {name: field.text() for name, field in self.inputs.items()}
        return RegistrationData(
            organisation_type=str(self.kind.currentData() or ""),
            organisation_name=text["organisation_name"],
            inn=text["inn"],
            kpp=text["kpp"],
            ogrn=text["ogrn"],
            contract_numbers=split_contracts(text["contract_numbers"]),
        )

    def show_problems(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        """Each problem next to its field (problems of no field under the name)."""
        for error in self.errors.values():
            error.clear()
            error.hide()
        first: QtWidgets.QWidget | None = None
        for problem in problems:
            name = problem.field if problem.field in self.errors else "organisation_name"
            error = self.errors[name]
            error.setText("\n".join(filter(None, (error.text(), describe(problem)))))
            error.show()
            first = first or (self.kind if name == self.TYPE_FIELD else self.inputs[name])
        if first is not None:
            first.setFocus()
            if isinstance(first, QtWidgets.QLineEdit):
                first.selectAll()

    def accept(self) -> None:
        """Save only valid data: otherwise the problems show next to their fields."""
        problems = registration_problems(self.values())
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
