"""The card's consumption chart: stacked zones per month, a round kWh axis, cheap to resize."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from console.lookup.consumption_chart import ConsumptionChart, nice_step
from models.queries.card import ConsumptionPoint


def _points() -> list[ConsumptionPoint]:
    points = []
    for month in range(1, 13):
        period = date(2026, month, 1)
        points.append(ConsumptionPoint(1, period, "T2", Decimal(40 + month)))
        points.append(ConsumptionPoint(1, period, "T1", Decimal(100 + month)))
    return points


def test_nice_step() -> None:
    assert nice_step(0) == 1.0
    assert nice_step(400) == 100
    assert nice_step(930) == 200
    assert nice_step(11) == 2.5
    assert nice_step(0.4) == 0.1


def test_chart_stacks_zones_per_month(qtbot) -> None:
    chart = ConsumptionChart()
    qtbot.addWidget(chart)
    chart.show_points(_points(), 2)
    assert chart.periods()[0] == date(2026, 1, 1)
    assert len(chart.periods()) == 12
    assert [z.name for z in chart.zones()] == ["day", "night"]
    assert chart.zones()[0].kwh[11] == 112.0
    assert chart.zones()[1].kwh[11] == 52.0
    assert chart.axis_top() >= 164
    assert chart.axis_top() % nice_step(164) == 0
    assert chart.legend_shown()
    assert chart.title() == "Consumption, kWh per month"
    chart.resize(600, 260)
    assert not chart.grab().isNull()


def test_chart_without_consumption(qtbot) -> None:
    chart = ConsumptionChart()
    qtbot.addWidget(chart)
    chart.show_points(_points(), 2)
    chart.show_points([], 1)
    assert chart.title() == "No consumption billed"
    assert chart.periods() == ()
    assert not chart.legend_shown()
    chart.resize(300, 200)
    assert not chart.grab().isNull()
