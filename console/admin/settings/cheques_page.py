"""The «Cheques» page: the VAT rate, taxation system and settlement subject every
cash-desk cheque of a region carries (``billing.set_supplier_fiscal``)."""

from __future__ import annotations

from decimal import Decimal

from console.admin.settings.page import (
    Form,
    Save,
    SettingsPage,
    button,
    button_row,
    region_combo,
    region_row,
)
from console.formatting import format_moment
from console.services import fiscal
from models.domain.problems import Problem
from widgets.qt import QtWidgets


class ChequesPage(SettingsPage):
    """The chosen region's cheque settings; saved only for a region with its own details."""

    PART = "cheques"
    RESET_BY = frozenset({"cheques", "supplier"})

    def __init__(self, save: Save, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("chequesPage")
        self.region = region_combo(
            "chequeRegion", self.tr("Region whose cheque settings are shown"), True
        )
        self.region.currentIndexChanged.connect(self.show_region)
        self.form = Form("chequeForm")
        self.vat = QtWidgets.QComboBox()
        for rate in fiscal.VAT_TYPES:
            title = self.tr("no VAT") if rate == 0 else f"{rate} %"
            self.vat.addItem(title, rate)
        self.form.add("vat_rate", self.tr("&VAT rate:"), self.vat, self.tr("VAT rate on cheques"))
        self.taxation = QtWidgets.QComboBox()
        taxations = {
            "osn": self.tr("General (ОСН)"),
            "usnIncome": self.tr("Simplified, income (УСН доход)"),
            "usnIncomeOutcome": self.tr("Simplified, income less expenses (УСН доход − расход)"),
            "esn": self.tr("Unified agricultural tax (ЕСХН)"),
            "patent": self.tr("Patent (ПСН)"),
        }
        for value in fiscal.TAXATIONS:
            self.taxation.addItem(taxations[value], value)
        self.form.add(
            "fiscal_taxation",
            self.tr("&Taxation system (tag 1055):"),
            self.taxation,
            self.tr("Supplier's taxation system on cheques"),
        )
        self.subject = QtWidgets.QComboBox()
        subjects = {
            "commodity": self.tr("Goods (товар)"),
            "service": self.tr("Service (услуга)"),
            "job": self.tr("Work (работа)"),
            "another": self.tr("Other (иной предмет расчёта)"),
        }
        for value in fiscal.SUBJECTS:
            self.subject.addItem(subjects[value], value)
        self.form.add(
            "fiscal_subject",
            self.tr("Settlement &subject (tag 1212):"),
            self.subject,
            self.tr("Settlement subject on cheques"),
        )
        self.source = QtWidgets.QLabel()
        self.source.setObjectName("chequeSource")
        self.source.setWordWrap(True)
        hint = QtWidgets.QLabel(
            self.tr(
                "Every cash-desk cheque of the region carries these: the VAT rate of its "
                "item (the same rate the organisations' bills show), the taxation system "
                "and the settlement subject. The settlement method is always full payment."
            )
        )
        hint.setObjectName("chequeHint")
        hint.setWordWrap(True)
        self.save_button = button(
            "chequeSave",
            self.tr("Save cheque settings"),
            self.tr("Save the cheque settings"),
            self.save_cheques,
        )
        top = region_row(self.tr("Region:"), self.region)
        buttons = button_row(self.save_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.source)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.form.status)
        layout.addStretch(1)

    def region_combos(self) -> tuple[QtWidgets.QComboBox, ...]:
        """The region picker."""
        return (self.region,)

    def show_part(self, reset: bool) -> None:
        """The chosen region's settings, unless the form keeps what is chosen."""
        if reset:
            self.show_region()

    def show_region(self) -> None:
        """The chosen region's settings: its own details', else the default ones'."""
        region_id = self.region_of(self.region)
        own = self.own_supplier(region_id)
        shown = own if own is not None else self.own_supplier(None)
        if shown is not None:
            rate = int(shown.vat_rate) if shown.vat_rate == int(shown.vat_rate) else -1
            self.vat.setCurrentIndex(self.vat.findData(rate))
            self.taxation.setCurrentIndex(max(0, self.taxation.findData(shown.fiscal_taxation)))
            self.subject.setCurrentIndex(max(0, self.subject.findData(shown.fiscal_subject)))
        self.form.show_problems(())
        if own is not None:
            text = self.tr("Saved by {who} at {when}.").format(
                who=own.updated_by, when=format_moment(own.updated_at)
            )
        elif shown is not None:
            text = self.tr(
                "The region has no details of its own: its cheques use the default ones "
                "shown here. Save the region's supplier details first to give it its own."
            )
        else:
            text = self.tr("No supplier details yet: save them on the «Supplier» page first.")
        self.source.setText(text)
        self.save_button.setEnabled(own is not None)

    def save_cheques(self) -> None:
        """Save the region's cheque settings (``billing.set_supplier_fiscal``)."""
        region_id = self.region_of(self.region)
        own = self.own_supplier(region_id)
        if own is None:
            self.form.show_problems([Problem.error("supplier.fiscal_without_details")])
            return
        rate = self.vat.currentData()
        if rate is None:
            self.form.show_problems([Problem.error("supplier.fiscal_vat_rate", "vat_rate")])
            return
        vat, taxation = Decimal(int(rate)), str(self.taxation.currentData())
        subject, version = str(self.subject.currentData()), own.version
        self.save(
            lambda session: fiscal.set_supplier_fiscal(
                session, region_id, vat, taxation, subject, version
            ),
            self.form,
        )
