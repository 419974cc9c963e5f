"""Helpers shared by the lookup tests: demo rows to search for, operator roles."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from models.database import make_engine, make_session_factory

PASSWORD = "Secret-pass-1"


@pytest.fixture
def operator_sessions(pg_server, db_name: str) -> Iterator[Callable[[str], sessionmaker[Session]]]:
    """Session factories of fresh operator logins in a group role (dropped afterwards)."""
    created: list[tuple[str, Engine]] = []

    def make(group: str) -> sessionmaker[Session]:
        name = f"t_{uuid.uuid4().hex[:8]}"
        pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE {group}")
        engine = make_engine(pg_server.url(db_name, user=name, password=PASSWORD))
        created.append((name, engine))
        return make_session_factory(engine)

    yield make
    for name, engine in created:
        engine.dispose()
        pg_server.execute(f"DROP OWNED BY {name} CASCADE; DROP ROLE {name}")


def one(session: Session, sql: str, **params: object) -> tuple[Any, ...]:
    """The first row of ``sql`` (the test's sample), failing clearly when there is none."""
    row = session.execute(text(sql), params).first()
    assert row is not None, f"demo data has no row for: {sql}"
    return tuple(row)
