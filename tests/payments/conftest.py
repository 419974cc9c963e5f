"""Operators of each group role, logged in to the test's private demo database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from models.database import make_engine, make_session_factory
from tests.conftest import PgServer

PASSWORD = "Secret-pass-1"

OperatorSessions = Callable[[str], sessionmaker[Session]]


@pytest.fixture
def operator(pg_server: PgServer, db_name: str) -> Iterator[OperatorSessions]:
    """``operator("billing_cashier")`` → sessions of a new login role in that group."""
    roles: list[str] = []
    engines = []

    def make(group: str) -> sessionmaker[Session]:
        name = f"t_{uuid.uuid4().hex[:8]}"
        pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE {group}")
        roles.append(name)
        engine = make_engine(pg_server.url(db_name, user=name, password=PASSWORD))
        engines.append(engine)
        return make_session_factory(engine)

    yield make
    for engine in engines:
        engine.dispose()
    # The roles own nothing: every row they wrote belongs to the tables' owner.
    for name in roles:
        pg_server.execute(f"DROP ROLE IF EXISTS {name}")
