"""Monthly consumption per zone over the last 24 months, as stacked bars."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6 import QtCharts

from models.queries.card import ConsumptionPoint
from widgets.qt import Qt, QtCore, QtGui, QtWidgets

_ZONE_COLOURS = {"T1": "#3a6ea5", "T2": "#7a9cc6", "T3": "#e0a84b"}


def zone_name(zone: str, zones: int) -> str:
    """«day», «night», «peak»... of a zone of a meter with ``zones`` zones."""
    if zones == 1:
        return QtCore.QCoreApplication.translate("Lookup", "all day")
    if zones == 2:
        return (
            QtCore.QCoreApplication.translate("Lookup", "day")
            if zone == "T1"
            else QtCore.QCoreApplication.translate("Lookup", "night")
        )
    return {
        "T1": QtCore.QCoreApplication.translate("Lookup", "peak"),
        "T2": QtCore.QCoreApplication.translate("Lookup", "night"),
        "T3": QtCore.QCoreApplication.translate("Lookup", "semi-peak"),
    }.get(zone, zone)


class ConsumptionChart(QtCharts.QChartView):
    """kWh per month, one stacked bar per month and one colour per zone."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupConsumptionChart")
        self.setAccessibleName(
            QtCore.QCoreApplication.translate("Lookup", "Monthly consumption per zone")
        )
        self.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        self._chart = QtCharts.QChart()
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setMargins(self._chart.margins() * 0)
        self._chart.setBackgroundRoundness(0)
        self.setChart(self._chart)

    def show_points(self, points: Sequence[ConsumptionPoint], zones: int) -> None:
        """Replace the bars with ``points`` (of one account)."""
        chart = self._chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        periods = sorted({p.period for p in points})
        chart.setTitle(
            QtCore.QCoreApplication.translate("Lookup", "Consumption, kWh per month")
            if periods
            else QtCore.QCoreApplication.translate("Lookup", "No consumption billed")
        )
        if not periods:
            return
        by_zone: dict[str, dict[date, Decimal]] = {}
        for point in points:
            by_zone.setdefault(point.zone, {})[point.period] = point.kwh
        series = QtCharts.QStackedBarSeries()
        for zone in sorted(by_zone):
            bars = QtCharts.QBarSet(zone_name(zone, zones))
            bars.setColor(QtGui.QColor(_ZONE_COLOURS.get(zone, "#888888")))
            for period in periods:
                bars.append(float(by_zone[zone].get(period, Decimal(0))))
            series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        months = QtCharts.QBarCategoryAxis()
        months.append([p.strftime("%m.%y") for p in periods])
        font = months.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        months.setLabelsFont(font)
        months.setLabelsAngle(-90)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        kwh = QtCharts.QValueAxis()
        kwh.setLabelFormat("%.0f")
        chart.addAxis(kwh, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(kwh)
        highest = max(sum(z.get(p, Decimal(0)) for z in by_zone.values()) for p in periods)
        kwh.setRange(0, float(highest) or 1.0)
        kwh.applyNiceNumbers()
        chart.legend().setVisible(len(by_zone) > 1)
