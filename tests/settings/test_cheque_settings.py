"""The settings tab's «Cheques» page: the supplier's VAT rate, taxation system and
settlement subject on cheques, saved through ``billing.set_supplier_fiscal``."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session

from console.admin.settings_tab import SettingsTab
from console.tasks import TaskRunner
from tests.readings.conftest import OperatorFactory
from tests.settings.test_settings_tab import _choose, _region
from widgets.qt import QtCore


@pytest.fixture
def tab(qtbot: QtBot, operator: OperatorFactory) -> Iterator[SettingsTab]:
    runner = TaskRunner(operator("billing_admin")[1])
    widget = SettingsTab(runner)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    yield widget
    runner.wait_for_done()


def _fiscal(session: Session, region_id: int | None) -> tuple[Decimal, str, str, int]:
    session.rollback()
    row = session.execute(
        text(
            "SELECT vat_rate, fiscal_taxation, fiscal_subject, version FROM supplier_details"
            " WHERE region_id IS NOT DISTINCT FROM :r"
        ),
        {"r": region_id},
    ).one()
    return Decimal(row[0]), str(row[1]), str(row[2]), int(row[3])


def test_an_admin_chooses_the_cheque_settings_of_a_region_from_the_keyboard(
    russian: object, qtbot: QtBot, tab: SettingsTab, session: Session
) -> None:
    assert tab.pages.tabText(tab.pages.count() - 1) == "Чеки"
    tab.pages.setCurrentIndex(tab.pages.count() - 1)
    tab.show()
    qtbot.waitExposed(tab)
    pkm = _region(session, "PKM")
    _choose(tab.cheque_region, "PKM")
    assert tab.cheque_save.isEnabled()
    for widget in (tab.cheque_region, tab.cheque_vat, tab.cheque_taxation, tab.cheque_subject):
        assert widget.objectName()
        assert widget.accessibleName()
    tab.cheque_vat.setCurrentIndex(tab.cheque_vat.findData(0))
    tab.cheque_taxation.setFocus()
    qtbot.waitUntil(tab.cheque_taxation.hasFocus)
    tab.cheque_taxation.setCurrentIndex(tab.cheque_taxation.findData("usnIncome"))
    tab.cheque_subject.setCurrentIndex(tab.cheque_subject.findData("service"))
    _, _, _, version = _fiscal(session, pkm)
    with qtbot.waitSignal(tab.saved, timeout=10_000) as saved:
        qtbot.keyClick(tab.cheque_save, QtCore.Qt.Key.Key_Space)
    assert saved.args == ["cheques"]
    assert _fiscal(session, pkm) == (Decimal("0"), "usnIncome", "service", version + 1)
    qtbot.waitUntil(lambda: tab.cheque_form.status.text() == "Сохранено.", timeout=10_000)
    with session.bind.connect() as connection:
        audited = connection.execute(
            text(
                "SELECT count(*) FROM billing.audit_log WHERE table_name = 'supplier_details'"
                " AND action = 'UPDATE' AND new_values ->> 'fiscal_taxation' = 'usnIncome'"
            )
        ).scalar_one()
    assert audited == 1

    # A region without details of its own shows the default ones and cannot save.
    _choose(tab.cheque_region, "KER")
    assert not tab.cheque_save.isEnabled()
    assert "по умолчанию" in tab.cheque_source.text() or "default" in tab.cheque_source.text()
    tab.save_cheques()
    assert "реквизиты поставщика" in tab.cheque_form.status.text()


def test_a_stale_cheque_setting_is_refused_and_the_form_keeps_its_choice(
    russian: object, qtbot: QtBot, tab: SettingsTab, session: Session
) -> None:
    tab.cheque_region.setCurrentIndex(0)  # every region (default)
    session.execute(
        text("UPDATE supplier_details SET version = version + 1 WHERE region_id IS NULL")
    )
    session.commit()
    tab.cheque_subject.setCurrentIndex(tab.cheque_subject.findData("job"))
    before = _fiscal(session, None)
    tab.cheque_save.click()
    qtbot.waitUntil(
        lambda: tab.cheque_form.status.text() not in ("", "Сохранение…"), timeout=10_000
    )
    assert tab.cheque_form.status.text() != "Сохранено."
    assert tab.cheque_subject.currentData() == "job"
    assert _fiscal(session, None) == before
