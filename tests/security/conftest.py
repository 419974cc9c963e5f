"""Operators of every group on a private demo database, connected over TCP with passwords."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import URL, create_engine, text

from tests.conftest import PgServer

PASSWORD = "Secret-Passw0rd-1"


@dataclass(frozen=True)
class OperatorLogin:
    """A login role created for a test, with its password and group."""

    login: str
    password: str
    group: str


def psycopg_connect(url: URL, **kwargs: object) -> psycopg.Connection:
    """A plain psycopg connection (TCP, password authentication) for ``url``."""
    return psycopg.connect(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
        **kwargs,
    )


def create_operator(
    pg_server: PgServer, database: str, group: str, *, prefix: str = "t"
) -> OperatorLogin:
    """An operator created as the console creates them: ``billing.create_operator``."""
    login = f"{prefix}_{group[:4]}_{uuid.uuid4().hex[:8]}"
    engine = create_engine(pg_server.url(database))
    with engine.begin() as connection:
        connection.execute(
            text("SELECT billing.create_operator(:login, 'Тестовый Оператор', :group, :password)"),
            {"login": login, "group": group, "password": PASSWORD},
        )
    engine.dispose()
    return OperatorLogin(login, PASSWORD, group)


def drop_role(pg_server: PgServer, login: str) -> None:
    """Remove a test role (roles are cluster-wide)."""
    pg_server.execute(f'DROP ROLE IF EXISTS "{login}"')


@pytest.fixture
def make_operator(pg_server: PgServer, db_name: str) -> Iterator[object]:
    """Create operators in the test's database; dropped at the end."""
    created: list[str] = []

    def make(group: str) -> OperatorLogin:
        operator = create_operator(pg_server, db_name, group)
        created.append(operator.login)
        return operator

    yield make
    for login in created:
        drop_role(pg_server, login)


@pytest.fixture
def connect_as(pg_server: PgServer, db_name: str) -> Iterator[object]:
    """Session factories (as the console's workers use) logged in as an operator."""
    from models.database import make_engine, make_session_factory

    engines = []

    def connect(operator: OperatorLogin) -> object:
        engine = make_engine(
            pg_server.url(db_name, user=operator.login, password=operator.password)
        )
        engines.append(engine)
        return make_session_factory(engine)

    yield connect
    for engine in engines:
        engine.dispose()


@pytest.fixture(scope="module")
def matrix_db(pg_server: PgServer, template_database: str) -> Iterator[str]:
    """One demo database for the whole matrix (each action is rolled back)."""
    name = f"billing_matrix_{uuid.uuid4().hex[:10]}"
    pg_server.create_database(name, template=template_database)
    yield name
    pg_server.drop_database(name)


@pytest.fixture(scope="module")
def matrix_operators(pg_server: PgServer, matrix_db: str) -> Iterator[dict[str, OperatorLogin]]:
    """One operator per group, plus a target operator for the admin actions."""
    operators = {
        group: create_operator(pg_server, matrix_db, group, prefix="m")
        for group in ("agent", "cashier", "supervisor", "admin")
    }
    target = create_operator(pg_server, matrix_db, "agent", prefix="target")
    operators["target"] = target
    yield operators
    for operator in operators.values():
        drop_role(pg_server, operator.login)


@pytest.fixture
def make_runner(qapp) -> Iterator[object]:
    """Task runners that live until every task has reported (then are cleaned up)."""
    from console.tasks import TaskRunner

    runners: list[TaskRunner] = []

    def make(sessions: object) -> TaskRunner:
        runner = TaskRunner(sessions, parent=qapp)
        runners.append(runner)
        return runner

    yield make
    for runner in runners:
        runner.wait_for_done()
    qapp.processEvents()
    for runner in runners:
        runner.deleteLater()
