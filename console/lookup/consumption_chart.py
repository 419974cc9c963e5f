"""Monthly consumption per zone over the last 24 months, as stacked bars.

The chart paints itself with a QPainter: a QtCharts view laid its scene out again on
every resize (11–20 ms of GUI thread per card opened, and again on each pass of the
card's layout); this widget does nothing on a resize and paints in about a millisecond.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.queries.card import ConsumptionPoint
from widgets.qt import Qt, QtCore, QtGui, QtWidgets

_ZONE_COLOURS = {"T1": "#3a6ea5", "T2": "#7a9cc6", "T3": "#e0a84b"}
_OTHER_COLOUR = "#888888"
_GRID_COLOUR = "#dddddd"
_TICKS = 5
"""About this many steps on the kWh axis."""
_BAR_WIDTH = 0.7
"""The share of a month's slot its bar takes."""


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


def nice_step(highest: float, steps: int = _TICKS) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) splitting ``highest`` into
    about ``steps`` parts."""
    if highest <= 0:
        return 1.0
    raw = highest / steps
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


@dataclass(frozen=True, slots=True)
class ZoneBars:
    """One zone's kWh per month, bottom-up in the stack in the order given."""

    name: str
    colour: str
    kwh: tuple[float, ...]


class ConsumptionChart(QtWidgets.QWidget):
    """kWh per month, one stacked bar per month and one colour per zone."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupConsumptionChart")
        self.setAccessibleName(
            QtCore.QCoreApplication.translate("Lookup", "Monthly consumption per zone")
        )
        self.setMinimumHeight(150)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._title = ""
        self._periods: tuple[date, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._zones: tuple[ZoneBars, ...] = ()
        self._step = 1.0
        self._top = 1.0

    # -- data ----------------------------------------------------------------------

    def show_points(self, points: Sequence[ConsumptionPoint], zones: int) -> None:
        """Replace the bars with ``points`` (of one account)."""
        periods = sorted({p.period for p in points})
        by_zone: dict[str, dict[date, Decimal]] = {}
        for point in points:
            by_zone.setdefault(point.zone, {})[point.period] = point.kwh
        self._title = (
            QtCore.QCoreApplication.translate("Lookup", "Consumption, kWh per month")
            if periods
            else QtCore.QCoreApplication.translate("Lookup", "No consumption billed")
        )
        self._periods = tuple(periods)
        self._labels = tuple(p.strftime("%m.%y") for p in periods)
        self._zones = tuple(
            ZoneBars(
                zone_name(zone, zones),
                _ZONE_COLOURS.get(zone, _OTHER_COLOUR),
                tuple(float(by_zone[zone].get(period, Decimal(0))) for period in periods),
            )
            for zone in sorted(by_zone)
        )
        highest = max((sum(z.kwh[i] for z in self._zones) for i in range(len(periods))), default=0)
        self._step = nice_step(highest)
        self._top = max(self._step * math.ceil(highest / self._step), self._step)
        self.setToolTip(self._title)
        self.update()

    def title(self) -> str:
        """The chart's title (whether there is consumption to show)."""
        return self._title

    def periods(self) -> tuple[date, ...]:
        """The months shown, oldest first."""
        return self._periods

    def zones(self) -> tuple[ZoneBars, ...]:
        """The stacked zones, bottom first."""
        return self._zones

    def axis_top(self) -> float:
        """The kWh at the top of the axis (a round number at or above the highest bar)."""
        return self._top

    def legend_shown(self) -> bool:
        """Whether the legend names the zones (only for more than one zone)."""
        return len(self._zones) > 1

    def sizeHint(self) -> QtCore.QSize:
        """Room for 24 months and a readable axis."""
        return QtCore.QSize(480, 280)

    # -- painting ------------------------------------------------------------------

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Title, kWh axis with its grid, the stacked bars, month labels and the legend."""
        painter = QtGui.QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QtGui.QPalette.ColorRole.Base))
        text_colour = palette.color(QtGui.QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = self.rect().adjusted(6, 4, -10, -4)

        title_font = QtGui.QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        painter.drawText(
            QtCore.QRect(area.left(), area.top(), area.width(), line),
            int(Qt.AlignmentFlag.AlignCenter),
            self._title,
        )
        area.setTop(area.top() + line + 6)
        if not self._periods:
            painter.end()
            return

        if self.legend_shown():
            self._paint_legend(painter, area, line, text_colour)
            area.setBottom(area.bottom() - line - 6)

        small = QtGui.QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.8)
        small_metrics = QtGui.QFontMetrics(small)
        labels = self._labels
        label_height = max(small_metrics.horizontalAdvance(text) for text in labels) + 4
        ticks = [self._step * i for i in range(round(self._top / self._step) + 1)]
        tick_texts = [f"{tick:.0f}" for tick in ticks]
        axis_width = max(metrics.horizontalAdvance(text) for text in tick_texts) + 6
        plot = QtCore.QRectF(
            area.left() + axis_width,
            area.top() + line / 2,
            max(area.width() - axis_width, 1),
            max(area.height() - label_height - line / 2, 1),
        )

        painter.setFont(self.font())
        for tick, text in zip(ticks, tick_texts, strict=True):
            y = plot.bottom() - plot.height() * tick / self._top
            painter.setPen(QtGui.QColor(_GRID_COLOUR))
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(
                QtCore.QRectF(area.left(), y - line / 2, axis_width - 6, line),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )

        slot = plot.width() / len(self._periods)
        painter.setPen(Qt.PenStyle.NoPen)
        for index in range(len(self._periods)):
            left = plot.left() + slot * (index + (1 - _BAR_WIDTH) / 2)
            bottom = plot.bottom()
            for zone in self._zones:
                height = plot.height() * zone.kwh[index] / self._top
                painter.fillRect(
                    QtCore.QRectF(left, bottom - height, slot * _BAR_WIDTH, height),
                    QtGui.QColor(zone.colour),
                )
                bottom -= height
        painter.setPen(text_colour)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

        painter.setFont(small)
        for index, text in enumerate(labels):
            x = plot.left() + slot * (index + 0.5)
            painter.save()
            painter.translate(x, plot.bottom() + 2)
            painter.rotate(-90)
            painter.drawText(
                QtCore.QRectF(
                    -label_height,
                    -small_metrics.height() / 2,
                    label_height - 2,
                    small_metrics.height(),
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            painter.restore()
        painter.end()

    def _paint_legend(
        self, painter: QtGui.QPainter, area: QtCore.QRect, line: int, colour: QtGui.QColor
    ) -> None:
        """A coloured square and the name of each zone, centred under the chart."""
        metrics = self.fontMetrics()
        swatch = line - 4
        widths = [swatch + 4 + metrics.horizontalAdvance(z.name) for z in self._zones]
        total = sum(widths) + 16 * (len(widths) - 1)
        x = area.left() + (area.width() - total) / 2
        y = area.bottom() - line
        painter.setFont(self.font())
        for zone, width in zip(self._zones, widths, strict=True):
            painter.fillRect(QtCore.QRectF(x, y + 2, swatch, swatch), QtGui.QColor(zone.colour))
            painter.setPen(colour)
            painter.drawText(
                QtCore.QRectF(x + swatch + 4, y, width - swatch - 4, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                zone.name,
            )
            x += width + 16
