"""Fixtures of the command-line tests: a private settings/log folder, and databases that fail.

Every command runs in-process through :func:`console.cli.main` (a few run as real
processes) against the test run's PostgreSQL.
"""

from __future__ import annotations

import re
import socket
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import OperationalError

from tests.moderation.conftest import Gateway, gateway  # noqa: F401  (the real local gateway)

CYRILLIC = re.compile("[А-Яа-яЁё]")
PASSWORD = "Right-Password-2026"


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any) -> Path:
    """Settings and logs of the commands in a folder of the test; no server configured.

    The commands borrow the run's one Qt application (as each real process has one).
    """
    monkeypatch.setenv("CONSOLE_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CONSOLE_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.delenv("CONSOLE_LANG", raising=False)
    monkeypatch.delenv("CONSOLE_DATABASE_URL", raising=False)
    return tmp_path


@dataclass(frozen=True)
class Outcome:
    """What a command did: exit code, stdout, stderr."""

    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> Outcome:
    """Run ``billing-console ARGV`` in this process."""
    from console.cli import main

    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    return Outcome(code, captured.out, captured.err)


def assert_one_line(outcome: Outcome, code: int, *, command: str, russian: bool = True) -> str:
    """The command failed with ``code`` and said so in one line of the language; that line."""
    lines = outcome.err.splitlines()
    assert outcome.code == code, outcome
    assert len(lines) == 1, outcome.err
    line = lines[0]
    assert "Traceback" not in line
    assert line.startswith(f"billing-console {command}: "), line
    assert bool(CYRILLIC.search(line)) is russian, line
    return line


def text_url(url: URL) -> str:
    """``url`` with its password, for the command line."""
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class FailingDatabases:
    """One URL for each way a database can be unusable."""

    server_down: str
    wrong_password: str
    missing_database: str
    no_schema: str
    older_migration: str

    def cases(self) -> dict[str, str]:
        return dict(vars(self))


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # nothing listens there once the probe is closed


@pytest.fixture(scope="module")
def failing(pg_server: Any) -> Iterator[FailingDatabases]:
    """A closed port, a wrong password, a missing database, no schema, migration 0050."""
    from console.database import migrations

    suffix = uuid.uuid4().hex[:10]
    role = f"cli_role_{suffix}"
    empty = f"cli_empty_{suffix}"
    older = f"cli_older_{suffix}"
    pg_server.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'")
    pg_server.create_database(empty)
    pg_server.create_database(older)
    migrations.upgrade(pg_server.url(older), "0050")
    wrong = pg_server.url(empty, user=role, password="Wrong-Password-2026")
    yield FailingDatabases(
        server_down=f"postgresql://postgres:secret@127.0.0.1:{_closed_port()}/billing",
        wrong_password=text_url(wrong) if _refuses(wrong) else "",
        missing_database=text_url(pg_server.url(f"cli_missing_{suffix}")),
        no_schema=text_url(pg_server.url(empty)),
        older_migration=text_url(pg_server.url(older)),
    )
    pg_server.drop_database(empty)
    pg_server.drop_database(older)
    pg_server.execute(f"DROP ROLE {role}")


def _refuses(url: URL) -> bool:
    """Whether the server refuses ``url``'s password (an external test server may trust all)."""
    engine = create_engine(url)
    try:
        with engine.connect():
            return False
    except OperationalError:
        return True
    finally:
        engine.dispose()


def revision_of(url: str) -> str | None:
    """The migration the database at ``url`` is at."""
    from console.database import migrations

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return migrations.current_revision(connection)
    finally:
        engine.dispose()


def count(url: URL | str, sql: str, **params: object) -> int:
    """One number from the database at ``url``."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(sql), params).scalar_one())
    finally:
        engine.dispose()
