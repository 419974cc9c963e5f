"""Consumption norms: every operator reads them, only admins change them (through the
database's functions, audited, with a version check), and the run bills the new norm."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services.norms import delete_norm, norms_of_region, save_norm
from console.tasks import ErrorKind, classify_error
from models.domain.problems import ValidationFailed
from tests.billing_run.conftest import account_in_region, bill_of, run
from tests.readings.conftest import OperatorFactory


def test_an_admin_changes_a_norm_and_the_run_bills_it(
    engine: Engine, region: int, period: date, operator: OperatorFactory, session: Session
) -> None:
    """The (gas stove, 1 room, 2 residents) norm goes from 80 to 85.5 kWh a resident:
    an account without a meter is billed 2 × 85.5 = 171 kWh × 4.87 = 832.77 ₽."""
    admin = operator("billing_admin")[1]
    with admin() as own:
        norm = next(n for n in norms_of_region(own, region) if (n.rooms, n.residents) == (1, 2))
        save_norm(own, norm.id, region, "gas_stove", 1, 2, Decimal("85.5"), norm.version)
        with pytest.raises(DBAPIError) as stale:  # the old version: someone changed it
            save_norm(own, norm.id, region, "gas_stove", 1, 2, Decimal("90"), norm.version)
        assert classify_error(stale.value).kind is ErrorKind.CONFLICT
        with pytest.raises(ValidationFailed) as refused:
            save_norm(own, None, region, "gas_stove", 1, 2, Decimal("70"), None)
        assert refused.value.problems[0].code == "norm.duplicate"
        with pytest.raises(ValidationFailed) as refused:
            save_norm(own, None, region, "wood_stove", 1, 2, Decimal("70"), None)
        assert refused.value.problems[0].code == "norm.household_type"
    account = account_in_region(engine)
    run(operator("billing_supervisor")[1], period)
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("832.77")
    assert lines[0][1] == Decimal("171.000")
    audited = session.execute(
        text(
            "SELECT count(*) FROM audit_log WHERE table_name = 'consumption_norm'"
            " AND action = 'UPDATE'"
        )
    ).scalar_one()
    assert audited == 1


@pytest.mark.parametrize("group", ["billing_agent", "billing_cashier", "billing_supervisor"])
def test_operators_read_norms_but_may_not_change_them(
    group: str, region: int, operator: OperatorFactory
) -> None:
    sessions = operator(group)[1]
    with sessions() as own:
        norm = norms_of_region(own, region)[0]
        with pytest.raises(DBAPIError) as refused:
            delete_norm(own, norm.id, norm.version)
        assert isinstance(refused.value.orig, psycopg.Error)
        assert refused.value.orig.sqlstate == "42501"
        with pytest.raises(DBAPIError) as refused:
            own.execute(text("UPDATE consumption_norm SET kwh_per_resident = 1"))
        assert isinstance(refused.value.orig, psycopg.Error)
        assert refused.value.orig.sqlstate == "42501"
