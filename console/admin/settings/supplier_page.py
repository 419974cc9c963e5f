"""The «Supplier» page: the supplier's details printed on bills, per region or default."""

from __future__ import annotations

from typing import ClassVar

from console.admin.settings.page import Form, Save, SettingsPage, button, region_combo, region_row
from console.formatting import format_moment
from console.services import supplier_settings as service
from models.domain.supplier_rules import SupplierInput, validate_supplier
from widgets.qt import QtCore, QtGui, QtWidgets


class SupplierPage(SettingsPage):
    """The supplier's details of the chosen region; a region without its own shows the
    default ones, and saving gives it its own (Ctrl+S)."""

    PART = "supplier"
    RESET_BY = frozenset({"supplier"})
    FIELDS: ClassVar[tuple[str, ...]] = (
        "name",
        "inn",
        "kpp",
        "address",
        "phone",
        "email",
        "website",
        "bank_name",
        "bic",
        "settlement_account",
        "correspondent_account",
        "vat_rate",
    )

    def __init__(self, save: Save, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("supplierPage")
        self.region = region_combo(
            "supplierRegion", self.tr("Region whose supplier is shown"), True
        )
        self.region.currentIndexChanged.connect(self.show_region)
        self.form = Form("supplierForm")
        labels = {
            "name": (self.tr("Name:"), self.tr("Supplier's name")),
            "inn": (self.tr("INN:"), self.tr("Supplier's INN")),
            "kpp": (self.tr("KPP:"), self.tr("Supplier's KPP")),
            "address": (self.tr("Address:"), self.tr("Supplier's address")),
            "phone": (self.tr("Phone:"), self.tr("Supplier's phone")),
            "email": (self.tr("E-mail:"), self.tr("Supplier's e-mail")),
            "website": (self.tr("Website:"), self.tr("Supplier's website")),
            "bank_name": (self.tr("Bank:"), self.tr("Bank's name")),
            "bic": (self.tr("BIC:"), self.tr("Bank's BIC")),
            "settlement_account": (self.tr("Settlement account:"), self.tr("Settlement account")),
            "correspondent_account": (
                self.tr("Correspondent account:"),
                self.tr("Correspondent account"),
            ),
            "vat_rate": (self.tr("VAT rate, %:"), self.tr("VAT rate on organisations' bills")),
        }
        self.edits: dict[str, QtWidgets.QLineEdit] = {}
        for field in self.FIELDS:
            edit = QtWidgets.QLineEdit()
            label, accessible = labels[field]
            self.form.add(field, label, edit, accessible)
            self.edits[field] = edit
        self.edits["vat_rate"].setMaximumWidth(100)
        self.edits["inn"].setMaxLength(14)
        self.edits["kpp"].setMaxLength(12)
        self.edits["bic"].setMaxLength(12)
        self.source = QtWidgets.QLabel()
        self.source.setObjectName("supplierSource")
        self.source.setWordWrap(True)
        self.save_button = button(
            "supplierSave",
            self.tr("Save (Ctrl+S)"),
            self.tr("Save the supplier"),
            self.save_supplier,
        )
        self.delete_button = button(
            "supplierDelete",
            self.tr("Delete the region's own details"),
            self.tr("Delete the region's own supplier details"),
            self.delete_supplier,
        )
        shortcut = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+S"), self)
        shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_supplier)
        top = region_row(self.tr("Region:"), self.region)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setObjectName("supplierScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form.status)

    def region_combos(self) -> tuple[QtWidgets.QComboBox, ...]:
        """The region picker."""
        return (self.region,)

    def show_part(self, reset: bool) -> None:
        """The chosen region's details, unless the form keeps what is typed."""
        if reset:
            self.show_region()

    def show_region(self) -> None:
        """The chosen region's details: its own, else the default ones."""
        region_id = self.region_of(self.region)
        own = self.own_supplier(region_id)
        shown = own if own is not None else self.own_supplier(None)
        for field, edit in self.edits.items():
            value = getattr(shown, field) if shown is not None else ""
            edit.setText(str(value) if value is not None else "")
        self.form.show_problems(())
        if own is not None:
            text = self.tr("Saved by {who} at {when}.").format(
                who=own.updated_by, when=format_moment(own.updated_at)
            )
        elif region_id is not None and shown is not None:
            text = self.tr(
                "The region has no details of its own: it prints the default ones shown here. "
                "Saving gives it its own."
            )
        else:
            text = self.tr(
                "No details yet: no bill or receipt can be printed until they are saved."
            )
        self.source.setText(text)
        self.delete_button.setEnabled(own is not None)

    def supplier_input(self) -> SupplierInput:
        """What the form holds."""
        values = {field: self.edits[field].text() for field in self.FIELDS}
        return SupplierInput(**values)

    def save_supplier(self) -> None:
        """Check the details and save them for the chosen region (Ctrl+S)."""
        typed = self.supplier_input()
        problems = validate_supplier(typed)
        self.form.show_problems(problems)
        if problems:
            return
        region_id = self.region_of(self.region)
        own = self.own_supplier(region_id)
        version = own.version if own is not None else None
        self.form.say(self.tr("Saving…"))
        self.save(
            lambda session: service.save_supplier(session, region_id, typed, version), self.form
        )

    def delete_supplier(self) -> None:
        """Remove the chosen region's own details after a confirmation."""
        region_id = self.region_of(self.region)
        own = self.own_supplier(region_id)
        if own is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete supplier details"),
            self.tr("Delete these details? The region will print the default ones, if any."),
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        version = own.version
        self.save(lambda session: service.delete_supplier(session, region_id, version), self.form)
