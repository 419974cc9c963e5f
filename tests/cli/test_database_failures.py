"""Every database command refuses an unusable database in one line with exit code 3.

Server down (a closed port), wrong password (over TCP, scram), missing database, a
database without the schema and one at an older migration: the command says why in
one line of the UI language (Russian by default, English with ``--lang en``), prints no
traceback, and leaves the database as it was.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import URL, text

from console.commands.common import EXIT_DATABASE
from tests.cli.conftest import (
    FailingDatabases,
    assert_one_line,
    revision_of,
    run_cli,
    text_url,
)

CASES = ("server_down", "wrong_password", "missing_database", "no_schema", "older_migration")

COMMANDS = {
    "print-bill": lambda url, tmp: [
        "print-bill",
        "1",
        "2026-10",
        "-o",
        str(tmp / "b.pdf"),
        "--url",
        url,
    ],
    "print-bills": lambda url, tmp: [
        "print-bills",
        "--region",
        "SIM",
        "--period",
        "2026-10",
        "--out",
        str(tmp / "out"),
        "--url",
        url,
    ],
    "send-notifications": lambda url, tmp: [
        "send-notifications",
        "--once",
        "--gateway",
        "http://127.0.0.1:9/send",
        "--url",
        url,
    ],
    "create-admin": lambda url, tmp: [
        "create-admin",
        "first_admin",
        "--full-name",
        "Первый Админ",
        "--url",
        url,
    ],
}
"""Commands that need the schema at head; each refuses all five cases."""

EXPECTED = {
    "server_down": ("не отвечает", "does not answer"),
    "wrong_password": ("неверное имя пользователя или пароль", "wrong user name or password"),
    "missing_database": ("нет базы данных", "has no database"),
    "no_schema": ("нет схемы биллинга", "has no billing schema"),
    "older_migration": ("на миграции 0050", "is at migration 0050"),
}
"""A phrase of each case's message, in Russian and in English."""


def _url(failing: FailingDatabases, case: str) -> str:
    url = failing.cases()[case]
    if not url:
        pytest.skip("the test server accepts any password")
    return url


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_refuses_an_unusable_database_in_one_line(
    capsys: pytest.CaptureFixture[str],
    failing: FailingDatabases,
    tmp_path: Path,
    command: str,
    case: str,
    language: str,
) -> None:
    url = _url(failing, case)
    before = revision_of(url) if case in ("no_schema", "older_migration") else None
    argv = COMMANDS[command](url, tmp_path)
    if language == "en":
        argv.append("--lang=en")
    outcome = run_cli(capsys, *argv)
    line = assert_one_line(outcome, EXIT_DATABASE, command=command, russian=language == "ru")
    russian, english = EXPECTED[case]
    assert (russian if language == "ru" else english) in line
    assert "secret" not in line
    assert "Wrong-Password" not in line
    assert outcome.out == ""
    if case in ("no_schema", "older_migration"):
        assert revision_of(url) == before  # nothing migrated, nothing written
    assert not (tmp_path / "b.pdf").exists()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", ["server_down", "wrong_password", "missing_database"])
@pytest.mark.parametrize("command", [["db", "upgrade"], ["seed-demo", "--accounts", "3"]])
def test_upgrade_and_seed_refuse_a_database_they_cannot_open(
    capsys: pytest.CaptureFixture[str], failing: FailingDatabases, command: list[str], case: str
) -> None:
    outcome = run_cli(capsys, *command, "--url", _url(failing, case))
    line = assert_one_line(outcome, EXIT_DATABASE, command=command[0])
    assert EXPECTED[case][0] in line


def test_a_schema_newer_than_the_console_is_never_touched(
    capsys: pytest.CaptureFixture[str], empty_db_url: URL, tmp_path: Path
) -> None:
    from console.database import migrations
    from models.database import make_engine

    migrations.upgrade(empty_db_url)
    engine = make_engine(empty_db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE billing.alembic_version SET version_num = '0999'"))
    engine.dispose()
    url = text_url(empty_db_url)
    for argv in (
        ["db", "upgrade", "--url", url],
        ["seed-demo", "--accounts", "3", "--url", url],
        ["print-bill", "1", "2026-10", "-o", str(tmp_path / "b.pdf"), "--url", url],
    ):
        outcome = run_cli(capsys, *argv)
        line = assert_one_line(outcome, EXIT_DATABASE, command=argv[0])
        assert "0999" in line
        assert "установите актуальную версию консоли" in line
    assert revision_of(text_url(empty_db_url)) == "0999"


def test_upgrade_brings_an_older_database_to_head(
    capsys: pytest.CaptureFixture[str], empty_db_url: URL
) -> None:
    from console.database import migrations

    migrations.upgrade(empty_db_url, "0050")
    outcome = run_cli(capsys, "db", "upgrade", "--url", text_url(empty_db_url), "--lang", "en")
    assert outcome.code == 0, outcome
    head = migrations.head_revision()
    assert outcome.out.strip().endswith(f"is at migration {head}.")
    assert outcome.err == ""
    assert revision_of(text_url(empty_db_url)) == head


def test_a_real_process_prints_one_line_and_exits_3(
    failing: FailingDatabases, tmp_path: Path
) -> None:
    """The installed entry point, as a shell or a scheduler runs it."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "console.cli",
            "print-bill",
            "1",
            "2026-10",
            "-o",
            str(tmp_path / "b.pdf"),
            "--url",
            failing.server_down,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **_clean_environment(),
            "CONSOLE_CONFIG_DIR": str(tmp_path / "config"),
            "CONSOLE_LOG_DIR": str(tmp_path / "log"),
        },
        check=False,
    )
    assert result.returncode == EXIT_DATABASE
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("billing-console print-bill: Сервер базы данных 127.0.0.1:")


def _clean_environment() -> dict[str, str]:
    import os

    return {
        name: value
        for name, value in os.environ.items()
        if name not in ("CONSOLE_LANG", "CONSOLE_DATABASE_URL")
    }
