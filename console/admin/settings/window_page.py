"""The «Reading window» page: the days of the month readings are accepted, per region."""

from __future__ import annotations

from console.admin.settings.page import (
    Form,
    Save,
    SettingsPage,
    button,
    button_row,
    region_combo,
    region_row,
)
from console.services import supplier_settings as service
from models.queries.settings import AcceptanceWindow
from widgets.qt import QtWidgets


class WindowPage(SettingsPage):
    """The chosen region's acceptance window (its own or the default one)."""

    PART = "window"
    RESET_BY = frozenset({"window"})

    def __init__(self, save: Save, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(save, parent)
        self.setObjectName("windowPage")
        self.region = region_combo("windowRegion", self.tr("Region whose window is shown"), True)
        self.region.currentIndexChanged.connect(self.show_region)
        self.form = Form("windowForm")
        self.first = QtWidgets.QSpinBox()
        self.last = QtWidgets.QSpinBox()
        for spin in (self.first, self.last):
            spin.setRange(0, 31)
            spin.setSpecialValueText(self.tr("no limit on this side"))
        self.form.add(
            "window_first_day",
            self.tr("First day:"),
            self.first,
            self.tr("First day of the month readings are accepted for it"),
        )
        self.form.add(
            "window_last_day",
            self.tr("Last day:"),
            self.last,
            self.tr("Last day of the month readings are accepted for it"),
        )
        explain = QtWidgets.QLabel(
            self.tr(
                "Readings submitted after the last day count for the next month. The "
                "first day only warns the operator that the month's window is not open yet."
            )
        )
        explain.setObjectName("windowExplain")
        explain.setWordWrap(True)
        self.source = QtWidgets.QLabel()
        self.source.setObjectName("windowSource")
        self.save_button = button(
            "windowSave", self.tr("Save"), self.tr("Save the window"), self.save_window
        )
        self.delete_button = button(
            "windowDelete",
            self.tr("Delete the region's own window"),
            self.tr("Delete the region's own window"),
            self.delete_window,
        )
        top = region_row(self.tr("Region:"), self.region)
        buttons = button_row(self.save_button, self.delete_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(explain)
        layout.addWidget(self.source)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.form.status)
        layout.addStretch(1)

    def region_combos(self) -> tuple[QtWidgets.QComboBox, ...]:
        """The region picker."""
        return (self.region,)

    def _own_window(self, region_id: int | None) -> AcceptanceWindow | None:
        if self.overview is None:
            return None
        return next((w for w in self.overview.windows if w.region_id == region_id), None)

    def show_part(self, reset: bool) -> None:
        """The chosen region's window, unless the form keeps what is typed."""
        if reset:
            self.show_region()

    def show_region(self) -> None:
        """The chosen region's window: its own, else the default one."""
        region_id = self.region_of(self.region)
        own = self._own_window(region_id)
        shown = own if own is not None else self._own_window(None)
        self.first.setValue((shown.first_day or 0) if shown else 0)
        self.last.setValue((shown.last_day or 0) if shown else 0)
        self.form.show_problems(())
        if own is not None:
            text = self.tr("The region's own window.") if region_id is not None else ""
        elif region_id is not None and shown is not None:
            text = self.tr("The region uses the default window. Saving gives it its own.")
        else:
            text = self.tr("No window: readings count for the month they are submitted in.")
        self.source.setText(text)
        self.delete_button.setEnabled(own is not None)

    def save_window(self) -> None:
        """Save the window of the chosen region."""
        first = self.first.value() or None
        last = self.last.value() or None
        problems = service.validate_window(first, last)
        self.form.show_problems(problems)
        if problems:
            return
        region_id = self.region_of(self.region)
        own = self._own_window(region_id)
        version = own.version if own is not None else None
        self.save(
            lambda session: service.save_window(session, region_id, first, last, version),
            self.form,
        )

    def delete_window(self) -> None:
        """Remove the chosen region's own window."""
        region_id = self.region_of(self.region)
        own = self._own_window(region_id)
        if own is None:
            return
        version = own.version
        self.save(lambda session: service.delete_window(session, region_id, version), self.form)
