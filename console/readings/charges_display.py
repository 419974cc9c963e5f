"""The price of a checked reading entry: each zone's consumption and cost, and the bill."""

from __future__ import annotations

from collections.abc import Mapping

from console.readings.styles import MUTED_STYLE, WARNING_STYLE
from console.services.readings import Calculation, ZoneCharge
from models.domain.money_format import format_kwh, format_money, format_rate
from widgets.qt import QtWidgets


class ChargesDisplay(QtWidgets.QWidget):
    """The bill's total on a line of its own; each zone's charge, tariff period by period,
    goes to the cost label of the zone's row."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._total = QtWidgets.QLabel()
        self._total.setObjectName("readingsTotal")
        font = self._total.font()
        font.setBold(True)
        self._total.setFont(font)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._total)

    def show_charges(
        self, result: Calculation | None, costs: Mapping[str, QtWidgets.QLabel]
    ) -> None:
        """Show ``result``'s charges in the ``costs`` labels (by zone) and its total;
        ``None``: no price."""
        charges = {c.zone: c for c in result.charges} if result is not None else {}
        for zone, label in costs.items():
            charge = charges.get(zone)
            label.setText(self._charge_text(charge) if charge is not None else "")
        if result is None or not result.charges:
            self._total.setText("")
            return
        self._total.setText(
            self.tr("Bill for {period}: {amount}").format(
                period=f"{result.billing_period:%m.%Y}", amount=format_money(result.total)
            )
        )

    def _charge_text(self, charge: ZoneCharge) -> str:
        if charge.consumption is None:
            first = self.tr("first reading: nothing to bill")
            return f"<span style='{MUTED_STYLE}'>{first}</span>"
        head = f"<b>{format_kwh(charge.consumption)}</b> · <b>{format_money(charge.amount)}</b>"
        if charge.rollover:
            through = self.tr("(through zero)")
            head += f" <span style='{WARNING_STYLE}'>{through}</span>"
        parts = [
            f"<span style='{MUTED_STYLE}'>"
            + self.tr("{start}–{end}: {kwh} × {rate} = {amount}").format(
                start=f"{part.start:%d.%m}",
                end=f"{part.last_day:%d.%m}",
                kwh=format_kwh(part.kwh),
                rate=format_rate(part.rate),
                amount=format_money(part.amount),
            )
            + "</span>"
            for part in charge.parts
        ]
        credits = [
            f"<span style='{WARNING_STYLE}'>"
            + self.tr("Recalculation: estimated {value} of {day}: {kwh} = {amount}").format(
                value=format_kwh(credit.estimated_value, unit=False),
                day=f"{credit.estimated_on:%d.%m.%Y}",
                kwh=format_kwh(credit.kwh),
                amount=format_money(credit.amount),
            )
            + "</span>"
            for credit in charge.credits
        ]
        return "<br>".join([head, *parts, *credits])
