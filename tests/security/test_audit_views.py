"""The audit browser shows changes made by other operators; history and reveals."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from console.admin.audit_tab import AuditTab
from console.admin.operators_tab import OperatorsTab
from console.services import audit
from console.services.contacts import ContactRef
from console.tabs.contact_label import ContactLabel
from console.tabs.history_view import HistoryView
from models.domain.phones import mask_phone
from widgets.qt import QtCore


def a_customer_with_a_phone(session) -> tuple[int, str]:
    """(id, masked phone): operators read only the masked phone (migration 0090)."""
    row = session.execute(
        text(
            "SELECT id, phone_masked FROM billing.customer WHERE phone_masked IS NOT NULL"
            " ORDER BY id LIMIT 1"
        )
    ).one()
    return int(row.id), str(row.phone_masked)


def test_the_audit_view_shows_a_change_made_by_another_operator(
    qtbot, make_operator, connect_as, make_runner
) -> None:
    first_admin = make_operator("admin")
    second_admin = make_operator("admin")
    agent = make_operator("agent")
    # The first admin disables the agent (through the service, as the operators tab does).
    from console.services.operators import disable_operator

    with connect_as(first_admin)() as session:
        disable_operator(session, agent.login)

    runner = make_runner(connect_as(second_admin))
    tab = AuditTab(runner)
    qtbot.addWidget(tab)
    tab.operator.setCurrentText(first_admin.login)
    tab.table_name.setCurrentIndex(tab.table_name.findData("operator"))
    tab.search()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)
    record = tab.model.record(0)
    assert (record.operator, record.table_name, record.row_key, record.action) == (
        first_admin.login,
        "operator",
        agent.login,
        "UPDATE",
    )
    assert any(change.field == "disabled" and change.new == "true" for change in record.changes)
    tab.table.selectRow(0)
    assert "disabled: no → yes" in tab.details.toPlainText()
    runner.wait_for_done()


def test_agents_read_a_customers_history_and_reveals_are_audited(
    qtbot, make_operator, connect_as, sessions, make_runner
) -> None:
    agent = make_operator("agent")
    other = make_operator("agent")
    agent_sessions = connect_as(agent)
    with agent_sessions() as session:
        customer_id, masked = a_customer_with_a_phone(session)
        with pytest.raises(Exception, match="permission denied"):
            session.execute(text("SELECT * FROM billing.audit_log LIMIT 1"))
        session.rollback()
        with pytest.raises(Exception, match="permission denied"):
            session.execute(text("SELECT phone FROM billing.customer LIMIT 1"))
    with sessions() as maintenance:
        phone = maintenance.execute(
            text("SELECT phone FROM billing.customer WHERE id = :c"), {"c": customer_id}
        ).scalar_one()
    assert masked == mask_phone(phone)

    # Maintenance moves one of the customer's accounts to a corrected street name.
    with sessions() as maintenance:
        maintenance.execute(
            text(
                "UPDATE billing.account SET street = street || ' (уточн.)' WHERE id = (SELECT min(id) FROM billing.account WHERE customer_id = :c)"
            ),
            {"c": customer_id},
        )
        maintenance.commit()

    # Another agent reveals the phone with the widget: masked first, then shown.
    runner = make_runner(connect_as(other))
    label = ContactLabel(runner)
    qtbot.addWidget(label)
    label.show()
    label.set_contact(ContactRef("customer", customer_id, "phone"), masked, "Телефон")
    assert label.value.text() == mask_phone(phone)
    assert phone[-2:] in label.value.text()
    with qtbot.waitSignal(label.revealed, timeout=10_000):
        qtbot.mouseClick(label.button, QtCore.Qt.MouseButton.LeftButton)
    assert label.is_revealed
    assert label.value.text().replace(" ", "").replace("-", "") == phone

    # The first agent sees the reveal in the customer's history, next to the seed rows.
    with agent_sessions() as session:
        page = audit.history_for_customer(session, customer_id, limit=500)
    assert page.records[0].action == "REVEAL"
    assert page.records[0].operator == other.login
    assert [(r.table_name, r.action) for r in page.records[:2]] == [
        ("customer", "REVEAL"),
        ("account", "UPDATE"),
    ]
    assert "street" in page.records[1].summary()

    view = HistoryView(make_runner(agent_sessions))
    qtbot.addWidget(view)
    view.show_customer(customer_id)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert view.model.record(0).operator == other.login
    runner.wait_for_done()


def test_the_operators_tab_lists_operators_with_group_and_state(
    qtbot, make_operator, connect_as, make_runner
) -> None:
    admin = make_operator("admin")
    cashier = make_operator("cashier")
    runner = make_runner(connect_as(admin))
    tab = OperatorsTab(runner, admin.login)
    qtbot.addWidget(tab)
    tab.refresh()
    qtbot.waitUntil(
        lambda: any(row.login == cashier.login for row in tab.model.rows), timeout=10_000
    )
    row = next(i for i, r in enumerate(tab.model.rows) if r.login == cashier.login)
    assert tab.model.index(row, 3).data() == tab.model.tr("Active")
    tab.table.selectRow(row)
    assert tab.disable_button.isEnabled()
    assert not tab.enable_button.isEnabled()
    me = next(i for i, r in enumerate(tab.model.rows) if r.login == admin.login)
    tab.table.selectRow(me)
    assert not tab.disable_button.isEnabled()  # never yourself
    runner.wait_for_done()
