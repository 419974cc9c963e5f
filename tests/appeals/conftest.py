"""Fixtures of the appeals tests: registry operators of each group, demo customers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from models.database import make_engine, make_session_factory
from tests.security.conftest import create_operator, drop_role


@dataclass
class Operator:
    """A registry operator (``billing.create_operator``) with its session factory."""

    login: str
    sessions: sessionmaker[Session]
    engine: Engine


@pytest.fixture
def make_operator(pg_server: Any, db_name: str) -> Iterator[Callable[[str], Operator]]:
    """``make_operator("agent")``: a fresh operator of the group, dropped afterwards."""
    created: list[Operator] = []

    def make(group: str) -> Operator:
        login = create_operator(pg_server, db_name, group, prefix="ap")
        engine = make_engine(pg_server.url(db_name, user=login.login, password=login.password))
        operator = Operator(login.login, make_session_factory(engine), engine)
        created.append(operator)
        return operator

    yield make
    for operator in created:
        operator.engine.dispose()
        drop_role(pg_server, operator.login)


@pytest.fixture
def agent(make_operator: Callable[[str], Operator]) -> Operator:
    return make_operator("agent")


@pytest.fixture
def supervisor(make_operator: Callable[[str], Operator]) -> Operator:
    return make_operator("supervisor")


@pytest.fixture
def cashier(make_operator: Callable[[str], Operator]) -> Operator:
    return make_operator("cashier")


@dataclass(frozen=True)
class Customer:
    """A demo customer with an account and an active portal login with a confirmed e-mail."""

    customer_id: int
    account_id: int
    portal_user_id: int
    email: str


@pytest.fixture
def customer(session: Session) -> Customer:
    row = session.execute(
        text(
            "SELECT u.customer_id, min(a.id), min(u.id), min(u.email) FROM billing.portal_user u"
            " JOIN billing.account a ON a.customer_id = u.customer_id"
            " WHERE u.status = 'active' AND u.email_confirmed_at IS NOT NULL"
            " AND NOT EXISTS (SELECT FROM billing.appeal p WHERE p.customer_id = u.customer_id)"
            " GROUP BY u.customer_id ORDER BY u.customer_id LIMIT 1"
        )
    ).one()
    session.rollback()
    return Customer(*row)
