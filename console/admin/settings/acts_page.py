"""The «Tariff acts» page: the acts the tariffs of each region are cited by on bills."""

from __future__ import annotations

from console.admin.settings.page import (
    Form,
    Save,
    SettingsPage,
    button,
    button_row,
    pydate,
    region_combo,
    selected_key,
    table_defaults,
)
from console.formatting import format_date
from console.services import supplier_settings as service
from models import clock
from models.queries.settings import TariffActEntry
from widgets.qt import QtCore, QtWidgets, qdate


class ActsPage(SettingsPage):
    """The tariff acts in a table; the form adds one or changes the selected one."""

    PART = "act"
    RESET_BY = frozenset({"act"})

    def __init__(self, save: Save, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("actsPage")
        self.table = QtWidgets.QTableWidget(0, 3)
        self.table.setObjectName("actsTable")
        self.table.setAccessibleName(self.tr("Tariff acts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Tariffs from"), self.tr("Act")]
        )
        table_defaults(self.table)
        self.table.itemSelectionChanged.connect(self._act_selected)
        self.form = Form("actForm")
        self.region = region_combo("actRegion", self.tr("Region of the act"), False)
        self.valid_from = QtWidgets.QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd.MM.yyyy")
        self.title = QtWidgets.QLineEdit()
        self.title.setPlaceholderText(self.tr("Order of … dated … No. …"))
        self.form.add("region", self.tr("Region:"), self.region, self.tr("Region of the act"))
        self.form.add(
            "valid_from",
            self.tr("Tariffs from:"),
            self.valid_from,
            self.tr("Date the act's tariffs apply from"),
        )
        self.form.add("title", self.tr("Act:"), self.title, self.tr("The act as cited"))
        self.new_button = button(
            "actNew", self.tr("New act"), self.tr("Start a new act"), self.new_act
        )
        self.save_button = button(
            "actSave", self.tr("Save act"), self.tr("Save the act"), self.save_act
        )
        self.delete_button = button(
            "actDelete", self.tr("Delete act"), self.tr("Delete the selected act"), self.delete_act
        )
        buttons = button_row(self.new_button, self.save_button, self.delete_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.form.status)
        self._editing: TariffActEntry | None = None

    def region_combos(self) -> tuple[QtWidgets.QComboBox, ...]:
        """The act's region."""
        return (self.region,)

    def _region_name(self, region_id: int | None) -> str:
        if self.overview is not None:
            for region in self.overview.regions:
                if region.id == region_id:
                    return region.name
        return self.tr("every region (default)")

    def show_part(self, reset: bool) -> None:
        """The acts in the table; the form starts a new act when ``reset``."""
        acts = self.overview.tariff_acts if self.overview else ()
        self.table.setRowCount(len(acts))
        for row, act in enumerate(acts):
            for column, value in enumerate(
                (self._region_name(act.region_id), format_date(act.valid_from), act.title)
            ):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, act.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if reset:
            self.new_act()

    def _act_selected(self) -> None:
        if self.overview is None:
            return
        act_id = selected_key(self.table)
        act = next((a for a in self.overview.tariff_acts if a.id == act_id), None)
        if act is None:
            return
        self._editing = act
        self.region.setCurrentIndex(max(0, self.region.findData(act.region_id)))
        self.valid_from.setDate(qdate(act.valid_from))
        self.title.setText(act.title)
        self.delete_button.setEnabled(True)
        self.form.show_problems(())
        self.form.say(self.tr("Editing the selected act."))

    def new_act(self) -> None:
        """Clear the act form for a new act."""
        self._editing = None
        self.table.clearSelection()
        self.title.clear()
        self.valid_from.setDate(qdate(clock.today()))
        self.delete_button.setEnabled(False)
        self.form.show_problems(())
        self.form.say(self.tr("A new act."))

    def save_act(self) -> None:
        """Add or change the act in the form."""
        editing = self._editing
        act_id = editing.id if editing else None
        version = editing.version if editing else None
        data = self.region.currentData()
        region_id = int(data) if data is not None else None
        valid_from = pydate(self.valid_from.date())
        title = self.title.text()
        self.save(
            lambda session: service.save_tariff_act(
                session, act_id, region_id, valid_from, title, version
            ),
            self.form,
        )

    def delete_act(self) -> None:
        """Remove the selected act."""
        editing = self._editing
        if editing is None:
            return
        act_id, version = editing.id, editing.version
        self.save(lambda session: service.delete_tariff_act(session, act_id, version), self.form)
