"""Shared fixtures: a real PostgreSQL for the whole run, a fresh database per test.

The server is an embedded cluster started once per run in a temporary folder, or the
existing server named by ``CONSOLE_TEST_SERVER_URL`` (a superuser URL, e.g.
``postgresql://postgres@127.0.0.1:5432/postgres``; ``CONSOLE_TEST_DATABASE_URL`` is the
old name, still read). ``CONSOLE_TEST_EMBEDDED_MAJOR=16`` runs the embedded cluster on
the PostgreSQL 16 binaries the same wheel ships (18 by default). On a shared server,
every database and role a test creates has a name unique to the run and is dropped
afterwards. A template database is migrated to head and filled with a small
deterministic demo set once; each test that asks for ``db_url`` gets its own copy
(CREATE DATABASE ... TEMPLATE), so tests never see each other's writes and may use many
connections, roles and transactions.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import URL, Engine, create_engine, make_url, text
from sqlalchemy.orm import Session, sessionmaker

from console.fiscal.emulator import RegisterEmulator
from console.garbage import collect_due
from models.clock import BusinessClock, read_business_clock
from tests.pause import pause

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if "libfaketime" in os.environ.get("LD_PRELOAD", ""):
    # CI's year-ahead run: libfaketime 0.9.10 shifts the absolute monotonic deadline that
    # time.sleep hands to clock_nanosleep, which then fails with EINVAL, and library code
    # sleeps too (subprocess's wait with a timeout). A timed event wait is not shifted.
    time.sleep = pause  # type: ignore[assignment]  # noqa: TID251 (replacing it is the point)

# Property tests explore new examples on developers' machines; CI replays a fixed set, so a
# landing never depends on luck. Shared 2-core machines make per-example deadlines noise.
settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, database=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

DEMO_END = date(2026, 11, 23)
"""The day the template's demo history ends at; seeding pins the template's business date
(``billing.today()``) to it, so the demo tells the same story on any real date. Tests ask
the database for "today" (the ``today`` fixture), never this constant."""
DEMO_ACCOUNTS = 300
DEMO_SEED = 7


class PgServer:
    """Superuser access to the test server: URLs for databases, create and drop."""

    def __init__(self, admin_url: URL) -> None:
        self.admin_url = admin_url
        self._admin: Engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", pool_size=1)

    def url(self, database: str, *, user: str | None = None, password: str | None = None) -> URL:
        """URL of ``database``, as the superuser or as ``user``/``password``."""
        url = self.admin_url.set(database=database)
        if user is not None:
            url = url.set(username=user, password=password)
        return url

    def create_database(self, name: str, template: str | None = None) -> None:
        clause = f' TEMPLATE "{template}"' if template else ""
        with self._admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{clause}'))

    def drop_database(self, name: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def execute(self, sql: str) -> None:
        """Run cluster-level SQL (roles) as the superuser."""
        with self._admin.connect() as connection:
            connection.execute(text(sql))

    def dispose(self) -> None:
        self._admin.dispose()


SERVER_URL_VARIABLES = ("CONSOLE_TEST_SERVER_URL", "CONSOLE_TEST_DATABASE_URL")
"""Run the suite against an existing server (the second name is the old one)."""


def external_server_url() -> str | None:
    """The superuser URL of an existing server to test against, or None (embedded)."""
    for variable in SERVER_URL_VARIABLES:
        if os.environ.get(variable):
            return os.environ[variable]
    return None


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgServer]:
    """The PostgreSQL server of this test run."""
    external = external_server_url()
    if external:
        server = PgServer(make_url(external).set(drivername="postgresql+psycopg"))
        yield server
        server.dispose()
        return
    from console.database.embedded import POSTGRES_MAJOR, EmbeddedServer

    _stop_clusters_of_dead_runs(tmp_path_factory.getbasetemp().parent)
    root: Path = tmp_path_factory.mktemp("pg") / "cluster"
    major = int(os.environ.get("CONSOLE_TEST_EMBEDDED_MAJOR") or POSTGRES_MAJOR)
    with EmbeddedServer(root, major=major) as embedded:
        server = PgServer(embedded.url())
        yield server
        server.dispose()


def _stop_clusters_of_dead_runs(runs: Path) -> None:
    """Stop test clusters whose test run was killed before it could stop them.

    Only a cluster whose recorded owner process is gone is touched: another test run
    may be starting or using its own cluster at this very moment (``initdb`` included).
    Starting an :class:`EmbeddedServer` on such a folder adopts the orphaned server,
    and stopping it then shuts it down.
    """
    from console.database.embedded import EmbeddedServer

    for owner_file in runs.glob("*/pg*/cluster/console.pid"):
        cluster = owner_file.parent
        try:
            owner = int(owner_file.read_text(encoding="utf-8").strip())
            os.kill(owner, 0)
            continue  # its run is alive
        except ProcessLookupError:
            pass
        except (OSError, ValueError):
            continue
        if not (cluster / "pgdata" / "postmaster.pid").exists():
            continue
        try:
            orphan = EmbeddedServer(cluster)
            orphan.start()
            orphan.stop()
        except Exception:  # best effort: never fail this run over an old one
            continue


def pytest_configure(config: pytest.Config) -> None:
    """Cycles are collected on the main thread only, as in the console (``console.garbage``):
    a worker that happened to collect a Qt wrapper owned by Python crashed the run."""
    gc.disable()


EXIT_WATCHDOG_SECONDS = 300
"""How long the process may take to exit once pytest is done."""


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """If the interpreter has not exited a few minutes after the tests (a worker that
    never ends keeps Qt's thread pool or a non-daemon thread waiting), print every
    thread's stack and exit with 1: CI once ran out of its time after the summary."""
    faulthandler.dump_traceback_later(EXIT_WATCHDOG_SECONDS, exit=True)


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> Iterator[None]:
    """Between tests, on the main thread: the collection the disabled collector owes."""
    yield
    collect_due()


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that switches the UI to Russian must switch it back (the ``russian``
    fixture does): later tests assert English source texts."""
    yield
    from console.i18n import installed_language

    assert installed_language() == "en", "the test left the Russian translation installed"


@pytest.fixture
def russian(qapp):
    """The Russian UI translation for one test; the source language (English) after it."""
    from console.i18n import install_translation

    install_translation(qapp, "ru")
    yield qapp
    install_translation(qapp, "en")


@pytest.fixture(scope="session")
def register_emulator() -> Iterator[RegisterEmulator]:
    """The cash register the test databases' desk «Касса 1» talks to (real local HTTP)."""
    emulator = RegisterEmulator().start()
    yield emulator
    emulator.stop()


@pytest.fixture(scope="session")
def template_database(pg_server: PgServer, register_emulator: RegisterEmulator) -> Iterator[str]:
    """A database migrated to head with the small demo set, cloned by each test; its cash
    desk's register is the session's :func:`register_emulator`."""
    from console.database import migrations
    from models.demo import seed_demo

    name = f"billing_template_{uuid.uuid4().hex[:8]}"
    pg_server.create_database(name)
    migrations.upgrade(pg_server.url(name))
    engine = create_engine(pg_server.url(name))
    with engine.begin() as connection:
        seed_demo(connection, accounts=DEMO_ACCOUNTS, seed=DEMO_SEED, today=DEMO_END)
        connection.execute(
            text("UPDATE billing.cash_desk SET register_url = :url"),
            {"url": register_emulator.url},
        )
    engine.dispose()
    yield name
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def template_clock(pg_server: PgServer, template_database: str) -> BusinessClock:
    """The business clock of the demo template (every test database is a copy of it)."""
    engine = create_engine(pg_server.url(template_database))
    try:
        with engine.connect() as connection:
            return read_business_clock(connection)
    finally:
        engine.dispose()


@pytest.fixture
def today(template_clock: BusinessClock) -> date:
    """The business date of the test's database, as the database says."""
    return template_clock.today()


@pytest.fixture(autouse=True)
def _business_clock(request: pytest.FixtureRequest) -> None:
    """Tests on a demo database run with that database's business clock, as the console
    does after login; other tests run with none (asking for it is then an error). It is
    set up before each test rather than removed after it, because pytest-qt delivers the
    last queued results after the fixtures' teardown."""
    from models import clock

    if "template_database" in request.fixturenames:
        clock.use(request.getfixturevalue("template_clock"))
    else:
        clock.use(None)


@pytest.fixture(scope="session")
def server_checks_passwords(pg_server: PgServer, template_database: str) -> bool:
    """Whether the server refuses a wrong password over TCP (a ``trust`` line does not).

    Probed with the login-check role (a plain login role every migrated cluster has).
    """
    import psycopg

    url = pg_server.url(template_database)
    try:
        psycopg.connect(
            host=url.host,
            port=url.port,
            dbname=template_database,
            user="billing_login_check",
            password=f"certainly-wrong-{uuid.uuid4().hex}",
            connect_timeout=10,
        ).close()
    except psycopg.OperationalError as error:
        return error.sqlstate == "28P01" or "password authentication failed" in str(error)
    return False


@pytest.fixture
def password_authentication(server_checks_passwords: bool, pg_server: PgServer) -> None:
    """Skip a test about wrong passwords on a server that lets any password in (trust)."""
    if not server_checks_passwords:
        url = pg_server.admin_url
        pytest.skip(
            f"the server at {url.host}:{url.port} accepts any password (trust in "
            "pg_hba.conf), so wrong and expired passwords cannot be told apart there"
        )


@pytest.fixture
def db_name(pg_server: PgServer, template_database: str) -> Iterator[str]:
    """A private copy of the demo database for one test."""
    name = f"billing_test_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name, template=template_database)
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def db_url(pg_server: PgServer, db_name: str) -> URL:
    """Superuser URL of the test's private demo database."""
    return pg_server.url(db_name)


@pytest.fixture
def engine(db_url: URL) -> Iterator[Engine]:
    """An engine on the test's database configured as the console configures it."""
    from models.database import make_engine

    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """The session factory the console's workers use."""
    from models.database import make_session_factory

    return make_session_factory(engine)


@pytest.fixture
def session(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One session on the test's database."""
    with sessions() as session:
        yield session


@pytest.fixture
def empty_db_url(pg_server: PgServer) -> Iterator[URL]:
    """An empty database (no schema), for migration tests."""
    name = f"billing_empty_{uuid.uuid4().hex[:12]}"
    pg_server.create_database(name)
    yield pg_server.url(name)
    pg_server.drop_database(name)
