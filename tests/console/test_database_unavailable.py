"""A configured server that cannot be used says why, in the operator's language."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import URL

from console.database.connection import DatabaseUnavailable, Unavailable, open_server
from console.errors import describe_unavailable


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("not a url at all", Unavailable.BAD_URL),
        (f"postgresql://nobody:x@127.0.0.1:{_free_port()}/billing", Unavailable.UNREACHABLE),
    ],
)
def test_unusable_server_is_named(url: str, reason: Unavailable) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        open_server(url)
    assert refused.value.reason is reason


def test_database_without_migrations_is_refused(empty_db_url: URL) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        open_server(empty_db_url)
    assert refused.value.reason is Unavailable.NOT_MIGRATED


@pytest.mark.usefixtures("password_authentication")
def test_wrong_password_is_named(empty_db_url: URL) -> None:
    with pytest.raises(DatabaseUnavailable) as refused:
        open_server(empty_db_url.set(password="certainly-wrong"))
    assert refused.value.reason is Unavailable.AUTH_FAILED


def test_messages_are_russian(russian) -> None:
    assert "billing-console db upgrade" in describe_unavailable(Unavailable.NOT_MIGRATED)
    assert describe_unavailable(Unavailable.UNREACHABLE).startswith(
        "Сервер базы данных не отвечает"
    )
