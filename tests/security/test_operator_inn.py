"""The operators tab: an administrator sets and clears an operator's INN for cheques."""

from __future__ import annotations

from sqlalchemy import Engine, text

from console.admin.operator_dialogs import InnDialog
from console.admin.operators_tab import OperatorsTab
from widgets.qt import QtWidgets

INN = "500100732259"


def _inn(engine: Engine, login: str) -> str | None:
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT inn FROM billing.operator WHERE login = :login"), {"login": login}
        ).scalar_one()
    return value if value is None else str(value)


def test_an_admin_sets_and_clears_an_operators_inn_with_errors_next_to_the_field(
    qtbot, make_operator, connect_as, make_runner, engine: Engine, monkeypatch
) -> None:
    admin = make_operator("admin")
    cashier = make_operator("cashier")
    runner = make_runner(connect_as(admin))
    tab = OperatorsTab(runner, admin.login)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: any(r.login == cashier.login for r in tab.model.rows), timeout=10_000)
    row = next(i for i, r in enumerate(tab.model.rows) if r.login == cashier.login)
    tab.table.selectRow(row)
    assert tab.inn_button.isEnabled()
    assert tab.inn_button.objectName() == "operatorsInn"
    assert tab.inn_button.accessibleName()

    opened: list[InnDialog] = []

    def run(dialog: InnDialog) -> None:
        opened.append(dialog)
        dialog.run_with(runner)

    monkeypatch.setattr(tab, "_open", run)
    tab.change_inn()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert dialog.inn.objectName() == "innDialog_inn"
    assert dialog.inn.accessibleName()
    error = dialog.findChild(QtWidgets.QLabel, "innDialog_innError")
    # A wrong check digit: the error is under the field, nothing is sent.
    qtbot.keyClicks(dialog.inn, "500100732258")
    dialog.ok.click()
    assert not error.isHidden()
    assert "контрольная" in error.text() or "check" in error.text()
    assert _inn(engine, cashier.login) is None
    # A 10-digit (an organisation's) INN is no cashier's either.
    dialog.inn.setText("7707083893")
    dialog.ok.click()
    assert not error.isHidden()
    dialog.inn.setText(INN)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    assert _inn(engine, cashier.login) == INN
    tab.refresh(select=cashier.login)
    qtbot.waitUntil(
        lambda: any(r.login == cashier.login and r.inn == INN for r in tab.model.rows),
        timeout=10_000,
    )
    row = next(i for i, r in enumerate(tab.model.rows) if r.login == cashier.login)
    assert tab.model.index(row, tab.model.columnCount() - 1).data() == INN
    with connect_as(cashier)() as session:
        assert session.execute(text("SELECT inn FROM billing.whoami()")).scalar_one() == INN

    # Cleared: an empty field.
    opened.clear()
    tab.table.selectRow(row)
    tab.change_inn()
    (clearing,) = opened
    qtbot.addWidget(clearing)
    assert clearing.inn.text() == INN
    clearing.inn.clear()
    with qtbot.waitSignal(clearing.accepted, timeout=10_000):
        clearing.ok.click()
    assert _inn(engine, cashier.login) is None
    with engine.connect() as connection:
        audited = connection.execute(
            text(
                "SELECT count(*) FROM billing.audit_log WHERE table_name = 'operator'"
                " AND action = 'UPDATE' AND operator = :admin"
            ),
            {"admin": admin.login},
        ).scalar_one()
    assert audited >= 2
    runner.wait_for_done()


def test_the_database_refuses_a_bad_inn_without_the_console(
    make_operator, connect_as, engine: Engine
) -> None:
    import pytest

    from models.domain.problems import ValidationFailed
    from models.operations.call import call
    from models.operations.operators import REFUSALS

    admin = make_operator("admin")
    cashier = make_operator("cashier")
    with connect_as(admin)() as session, pytest.raises(ValidationFailed) as refused:
        call(
            session,
            "SELECT billing.set_operator_inn(:login, '500100732258')",
            {"login": cashier.login},
            refusals=REFUSALS,
        )
    assert [(p.code, p.field) for p in refused.value.problems] == [("operator.inn", "inn")]
    assert _inn(engine, cashier.login) is None
