"""``create-admin``: the first administrator of a server, through ``billing.create_operator``.

The password is read twice at a terminal (a real pseudo-terminal here) or from stdin,
checked with the operators' policy, and the new login really logs in over TCP.
"""

from __future__ import annotations

import io
import os
import pty
import select
import sys
import time
import uuid
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, text

from console.commands.common import EXIT_FAILED
from tests.cli.conftest import assert_one_line, count, run_cli, text_url

STRONG = "Strong-Admin-Pass-2026"


def _login() -> str:
    return f"adm_{uuid.uuid4().hex[:8]}"


@pytest.fixture
def logins(pg_server: Any) -> Any:
    """Logins created by a test, dropped after it (roles are cluster-wide)."""
    created: list[str] = []
    yield created
    for login in created:
        pg_server.execute(f"DROP ROLE IF EXISTS {login}")


def _stdin(monkeypatch: pytest.MonkeyPatch, content: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(content))


def _whoami(pg_server: Any, db_name: str, login: str, password: str) -> tuple[str, str]:
    engine = create_engine(pg_server.url(db_name, user=login, password=password))
    try:
        with engine.connect() as connection:
            row = connection.execute(text("SELECT login, group_name FROM billing.whoami()")).one()
            return str(row[0]), str(row[1])
    finally:
        engine.dispose()


def test_creates_an_administrator_who_can_log_in(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_server: Any,
    db_name: str,
    db_url: URL,
    logins: list[str],
) -> None:
    login = _login()
    logins.append(login)
    _stdin(monkeypatch, f"{STRONG}\n{STRONG}\n")
    outcome = run_cli(
        capsys,
        "create-admin",
        login,
        "--full-name",
        "Орлова Мария Петровна",
        "--url",
        text_url(db_url),
    )
    assert outcome.code == 0, outcome
    assert outcome.err == ""
    assert f"Администратор {login} (Орлова Мария Петровна) создан" in outcome.out
    assert STRONG not in outcome.out
    assert _whoami(pg_server, db_name, login, STRONG) == (login, "admin")
    # The registry row and its audit trail name the superuser who ran the command.
    assert (
        count(
            db_url,
            "SELECT count(*) FROM billing.operator WHERE login = :l AND group_name = 'admin'"
            " AND created_by = current_user",
            l=login,
        )
        == 1
    )
    assert (
        count(
            db_url,
            "SELECT count(*) FROM billing.audit_log WHERE table_name = 'operator' AND action = 'INSERT'"
            " AND row_key = :l AND operator = current_user",
            l=login,
        )
        == 1
    )


@pytest.mark.parametrize(
    ("stdin", "phrase"),
    [
        ("", "Введите пароль."),
        ("\n", "Введите пароль."),
        ("short1A\n", "не короче 12 символов"),
        ("alllowercase-password-1\n", "заглавную букву"),
        (f"{STRONG}\nAnother-Pass-2026\n", "Пароли не совпадают"),
    ],
)
def test_refuses_an_empty_weak_or_mistyped_password(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg_server: Any,
    db_url: URL,
    stdin: str,
    phrase: str,
) -> None:
    login = _login()
    _stdin(monkeypatch, stdin)
    outcome = run_cli(
        capsys, "create-admin", login, "--full-name", "Орлова Мария", "--url", text_url(db_url)
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="create-admin")
    assert phrase in line
    assert count(db_url, "SELECT count(*) FROM pg_roles WHERE rolname = :l", l=login) == 0
    assert count(db_url, "SELECT count(*) FROM billing.operator WHERE login = :l", l=login) == 0


def test_refuses_a_password_containing_the_login(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_url: URL
) -> None:
    login = _login()
    _stdin(monkeypatch, f"Xx1-{login}-Pass\n")
    outcome = run_cli(
        capsys,
        "create-admin",
        login,
        "--full-name",
        "Орлова",
        "--url",
        text_url(db_url),
        "--lang",
        "en",
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="create-admin", russian=False)
    assert "login" in line


def test_refuses_a_taken_or_bad_login_before_asking_for_a_password(
    capsys: pytest.CaptureFixture[str], pg_server: Any, db_url: URL, logins: list[str]
) -> None:
    # stdin stays pytest's, which cannot be read: asking for a password would fail here.
    taken = _login()
    logins.append(taken)
    pg_server.execute(f"CREATE ROLE {taken} NOLOGIN")
    outcome = run_cli(capsys, "create-admin", taken, "--full-name", "X", "--url", text_url(db_url))
    assert "уже занят" in assert_one_line(outcome, EXIT_FAILED, command="create-admin")
    bad = run_cli(
        capsys, "create-admin", "Bad Login", "--full-name", "X", "--url", text_url(db_url)
    )
    line = assert_one_line(bad, EXIT_FAILED, command="create-admin")
    assert "Логин оператора может содержать только" in line
    reserved = run_cli(
        capsys, "create-admin", "billing_root", "--full-name", "X", "--url", text_url(db_url)
    )
    assert "зарезервированы" in assert_one_line(reserved, EXIT_FAILED, command="create-admin")
    nameless = run_cli(
        capsys, "create-admin", _login(), "--full-name", " ", "--url", text_url(db_url)
    )
    assert "Введите ФИО оператора" in assert_one_line(nameless, EXIT_FAILED, command="create-admin")


def test_an_operator_without_the_right_is_refused_before_asking(
    capsys: pytest.CaptureFixture[str], pg_server: Any, db_name: str, logins: list[str]
) -> None:
    agent = _login()
    logins.append(agent)
    pg_server.execute(f"CREATE ROLE {agent} LOGIN PASSWORD '{STRONG}' IN ROLE billing_agent")
    url = text_url(pg_server.url(db_name, user=agent, password=STRONG))
    outcome = run_cli(capsys, "create-admin", _login(), "--full-name", "X", "--url", url)
    line = assert_one_line(outcome, EXIT_FAILED, command="create-admin")
    assert f"Роль {agent} не может создавать операторов" in line


def _read_until(fd: int, marker: bytes, seen: bytearray, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while marker not in seen:
        remaining = deadline - time.monotonic()
        assert remaining > 0, bytes(seen).decode(errors="replace")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                chunk = b""
            assert chunk, bytes(seen).decode(errors="replace")
            seen += chunk


def test_the_password_is_asked_twice_at_a_terminal(
    pg_server: Any, db_name: str, db_url: URL, logins: list[str], tmp_path: Any
) -> None:
    login = _login()
    logins.append(login)
    environment = {
        **{
            k: v for k, v in os.environ.items() if k not in ("CONSOLE_LANG", "CONSOLE_DATABASE_URL")
        },
        "CONSOLE_CONFIG_DIR": str(tmp_path / "config"),
        "CONSOLE_LOG_DIR": str(tmp_path / "log"),
    }
    argv = [
        sys.executable,
        "-m",
        "console.cli",
        "create-admin",
        login,
        "--full-name",
        "Орлова Мария",
        "--url",
        text_url(db_url),
    ]
    pid, fd = pty.fork()
    if pid == 0:  # the child: a process on its own terminal; never back into pytest
        try:
            os.execve(sys.executable, argv, environment)
        finally:
            os._exit(127)
    seen = bytearray()
    try:
        _read_until(fd, "Пароль для".encode(), seen)
        os.write(fd, f"{STRONG}\n".encode())
        _read_until(fd, "Повторите пароль".encode(), seen)
        os.write(fd, f"{STRONG}\n".encode())
        _read_until(fd, "создан".encode(), seen)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, bytes(seen).decode(errors="replace")
    assert STRONG.encode() not in seen  # never echoed
    assert _whoami(pg_server, db_name, login, STRONG) == (login, "admin")
