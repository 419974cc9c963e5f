"""Below PostgreSQL 15 the console refuses, naming the version; 15 and newer pass.

No server older than 15 runs here, so the refusal is tested twice over: the check itself
with the ``server_version_num`` values it reads, and the whole path (db upgrade, CLI,
operator login) on the real test server with the minimum raised above its version.
"""

from __future__ import annotations

import pytest
from sqlalchemy import URL, create_engine, inspect

from console.cli import main
from console.database import connection, migrations
from console.database.connection import (
    DatabaseUnavailable,
    Unavailable,
    check_schema,
    check_server_version,
    open_operator,
    server_version_supported,
)
from console.errors import describe_unavailable
from console.i18n import install_translation
from console.login.messages import describe_login_failure
from models.base import SCHEMA


@pytest.mark.parametrize(
    ("version_num", "supported"),
    [
        (90624, False),
        (130014, False),
        (140011, False),
        (149999, False),
        (150000, True),
        (150020, True),
        (160004, True),
        (170002, True),
        (180001, True),
    ],
)
def test_the_version_check(version_num: int, supported: bool) -> None:
    assert server_version_supported(version_num) is supported


def test_the_test_server_passes(empty_db_url: URL) -> None:
    engine = create_engine(empty_db_url)
    with engine.connect() as probe:
        version = check_server_version(probe)
        number = probe.exec_driver_sql("SHOW server_version_num").scalar_one()
    engine.dispose()
    assert int(number) >= 150000
    assert version.split(".")[0] == str(int(number) // 10000)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "The database server runs PostgreSQL 14.11, but the console needs PostgreSQL 15"),
        ("ru", "На сервере базы данных PostgreSQL 14.11, а консоли нужен PostgreSQL 15"),
    ],
)
def test_the_message_names_the_version(qapp, language: str, expected: str) -> None:
    install_translation(qapp, language)
    try:
        assert describe_unavailable(Unavailable.OLD_SERVER, "14.11").startswith(expected)
        assert describe_login_failure(Unavailable.OLD_SERVER, "14.11").startswith(expected)
    finally:
        install_translation(qapp, "en")


@pytest.fixture
def minimum_above_the_server(empty_db_url: URL, monkeypatch: pytest.MonkeyPatch) -> str:
    """The real server's version, with the console's minimum raised just above it."""
    engine = create_engine(empty_db_url)
    with engine.connect() as probe:
        number = int(probe.exec_driver_sql("SHOW server_version_num").scalar_one())
        shown = str(probe.exec_driver_sql("SHOW server_version").scalar_one()).split(" ")[0]
    engine.dispose()
    monkeypatch.setattr(connection, "MINIMUM_SERVER_VERSION_NUM", number + 1)
    return shown


def test_db_upgrade_refuses_before_changing_anything(
    empty_db_url: URL, minimum_above_the_server: str
) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        migrations.upgrade(empty_db_url)
    assert refused.value.reason is Unavailable.OLD_SERVER
    assert refused.value.server_version == minimum_above_the_server
    engine = create_engine(empty_db_url)
    with engine.connect() as probe:
        assert SCHEMA not in inspect(probe).get_schema_names()
    engine.dispose()


@pytest.mark.parametrize("command", [["db", "upgrade"], ["seed-demo", "--accounts", "5"]])
def test_the_command_line_says_it_in_one_line(
    qapp,
    empty_db_url: URL,
    minimum_above_the_server: str,
    command: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CONSOLE_LANG", "en")  # restored after the test (main sets it)
    url = empty_db_url.render_as_string(hide_password=False)
    try:
        code = main(["--lang", "ru", *command, "--url", url])
    finally:
        install_translation(qapp, "en")
    err = capsys.readouterr().err
    assert code == 3
    assert err.count("\n") == 1
    assert f"PostgreSQL {minimum_above_the_server}, а консоли нужен PostgreSQL" in err


def test_an_operator_login_is_refused(
    pg_server, db_name: str, minimum_above_the_server: str
) -> None:
    # The superuser's own login: the version is checked before anything else is read.
    with pytest.raises(DatabaseUnavailable) as refused:
        open_operator(pg_server.url(db_name))
    assert refused.value.reason is Unavailable.OLD_SERVER
    assert refused.value.server_version == minimum_above_the_server


def test_the_schema_check_refuses_it_too(engine, minimum_above_the_server: str) -> None:
    """Every command that checks the schema before work checks the server's version first."""
    with pytest.raises(DatabaseUnavailable) as refused:
        check_schema(engine)
    assert refused.value.reason is Unavailable.OLD_SERVER
    assert refused.value.server_version == minimum_above_the_server
