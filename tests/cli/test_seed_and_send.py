"""``seed-demo`` looks before it migrates; ``send-notifications --once`` fails when a
message was not delivered (a real gateway on 127.0.0.1 answering 500 or 400)."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import URL, create_engine, text

from console.commands.common import EXIT_FAILED, EXIT_USAGE
from tests.cli.conftest import assert_one_line, count, revision_of, run_cli, text_url
from tests.moderation.conftest import Gateway


def test_seed_demo_refuses_a_database_with_data_before_migrating_it(
    capsys: pytest.CaptureFixture[str], empty_db_url: URL
) -> None:
    from console.database import migrations

    migrations.upgrade(empty_db_url, "0050")
    engine = create_engine(empty_db_url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO billing.region (code, name, settlement) VALUES ('TST', 'Тест', 'Тест')"
            )
        )
    engine.dispose()
    outcome = run_cli(
        capsys, "seed-demo", "--accounts", "3", "--workers", "1", "--url", text_url(empty_db_url)
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="seed-demo")
    assert "уже есть данные биллинга" in line
    assert revision_of(text_url(empty_db_url)) == "0050"  # not migrated


def test_seed_demo_refuses_the_demo_database(
    capsys: pytest.CaptureFixture[str], db_url: URL
) -> None:
    accounts = count(db_url, "SELECT count(*) FROM billing.account")
    outcome = run_cli(
        capsys, "seed-demo", "--accounts", "3", "--url", text_url(db_url), "--lang", "en"
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="seed-demo", russian=False)
    assert "already holds billing data" in line
    assert count(db_url, "SELECT count(*) FROM billing.account") == accounts


def test_seed_demo_migrates_and_fills_an_empty_database(
    capsys: pytest.CaptureFixture[str], empty_db_url: URL
) -> None:
    from console.database import migrations

    outcome = run_cli(
        capsys,
        "seed-demo",
        "--accounts",
        "4",
        "--workers",
        "1",
        "--today",
        "2026-11-23",
        "--url",
        text_url(empty_db_url),
    )
    assert outcome.code == 0, outcome
    assert outcome.err == ""
    assert "Загружено за" in outcome.out.splitlines()[-1]
    assert revision_of(text_url(empty_db_url)) == migrations.head_revision()
    assert count(empty_db_url, "SELECT count(*) FROM billing.account") == 4


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (["seed-demo", "--accounts", "0"], "не целое число от 1: 0"),
        (["seed-demo", "--accounts", "3", "--today", "23.11.2026"], "не дата (ГГГГ-ММ-ДД)"),
        (["print-bill", "1", "2026-1", "-o", "x.pdf"], "не расчётный период (ГГГГ-ММ)"),
        (["print-bills", "--region", "SIM"], "не хватает обязательных аргументов"),
        (["send-notifications", "--gateway", "smtp://x"], "Это не адрес шлюза"),
        (["send-notifications", "--once"], "Шлюз уведомлений не настроен"),
        (["print-bill", "1", "2026-10", "-o", "x.pdf", "--url", "nonsense"], "Это не адрес базы"),
        (["lookup", "  "], "Строка поиска пуста"),
        (["create-admin", "x"], "не хватает обязательных аргументов: --full-name"),
        (["no-such-command"], "недопустимое значение: 'no-such-command'"),
        (["db"], "не хватает обязательных аргументов"),
    ],
)
def test_a_wrong_command_line_is_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], phrase: str
) -> None:
    outcome = run_cli(capsys, *argv)
    assert outcome.code == EXIT_USAGE, outcome
    assert len(outcome.err.splitlines()) == 1, outcome.err
    assert outcome.err.startswith("billing-console")
    assert phrase in outcome.err
    assert outcome.out == ""


def test_help_speaks_the_language_asked_for(capsys: pytest.CaptureFixture[str]) -> None:
    russian = run_cli(capsys, "print-bills", "--help")
    assert russian.code == 0
    assert russian.out.startswith("использование: billing-console print-bills")
    english = run_cli(capsys, "print-bills", "--help", "--lang", "en")
    assert english.code == 0
    assert english.out.startswith("usage: billing-console print-bills")
    assert "--single-file" in english.out


def _queue(url: URL, count: int) -> None:
    """``count`` due messages (and nothing else due) in the outbox."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE billing.notification SET status = 'sent' WHERE status <> 'sent'")
        )
        users = (
            connection.execute(
                text(
                    "SELECT id FROM billing.portal_user WHERE status = 'active' ORDER BY id LIMIT :n"
                ),
                {"n": count},
            )
            .scalars()
            .all()
        )
        for user in users:
            connection.execute(
                text("SELECT billing.enqueue_notification(:u, 'registration_approved')"),
                {"u": user},
            )
        connection.execute(
            text(
                "UPDATE billing.notification SET next_attempt_at = now() - interval '1 second'"
                " WHERE status IN ('queued', 'failed')"
            )
        )
    engine.dispose()


@pytest.mark.parametrize(
    ("mode", "phrase"), [("fail", "с ошибкой: 2"), ("reject", "в недоставленных: 2")]
)
def test_send_once_exits_1_when_a_message_was_not_delivered(
    capsys: pytest.CaptureFixture[str], db_url: URL, gateway: Gateway, mode: str, phrase: str
) -> None:
    _queue(db_url, 2)
    gateway.mode = mode
    outcome = run_cli(
        capsys, "send-notifications", "--once", "--gateway", gateway.url, "--url", text_url(db_url)
    )
    line = assert_one_line(outcome, EXIT_FAILED, command="send-notifications")
    assert phrase in line
    assert gateway.requests == 2
    assert gateway.delivered == []


def test_send_once_exits_0_when_everything_was_delivered(
    capsys: pytest.CaptureFixture[str], db_url: URL, gateway: Gateway
) -> None:
    _queue(db_url, 2)
    outcome = run_cli(
        capsys,
        "send-notifications",
        "--once",
        "--gateway",
        gateway.url,
        "--url",
        text_url(db_url),
        "--lang",
        "en",
    )
    assert outcome.code == 0, outcome
    assert outcome.err == ""
    assert outcome.out.strip() == "Sent 2, failed 0, dead letter 0."
    assert len(gateway.delivered) == 2


def test_seed_demo_refuses_a_login_that_is_not_a_superuser(
    capsys: pytest.CaptureFixture[str], empty_db_url: URL, pg_server: Any
) -> None:
    """Even the tables' owner may not switch the protected tables' triggers off: the
    command says so in one line before it changes anything."""
    login = f"cli_owner_{uuid.uuid4().hex[:8]}"
    pg_server.execute(
        f"CREATE ROLE {login} LOGIN PASSWORD 'Owner-Pass-2026' IN ROLE billing_data_owner"
    )
    try:
        url = empty_db_url.set(username=login, password="Owner-Pass-2026")
        outcome = run_cli(
            capsys, "--lang", "en", "seed-demo", "--accounts", "3", "--url", text_url(url)
        )
        assert outcome.code == 1, outcome
        assert outcome.err.count("\n") == 1
        assert "only by a superuser" in outcome.err
        assert login in outcome.err
        assert (
            count(
                empty_db_url,
                "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = 'billing'",
            )
            == 0
        )
    finally:
        pg_server.execute(f"DROP ROLE {login}")


def test_send_once_as_a_login_of_the_sender_group(
    capsys: pytest.CaptureFixture[str], db_url: URL, pg_server: Any, gateway: Gateway
) -> None:
    """The README's server set-up: a login in ``billing_sender`` runs the sender."""
    login = f"cli_sender_{uuid.uuid4().hex[:8]}"
    pg_server.execute(
        f"CREATE ROLE {login} LOGIN PASSWORD 'Sender-Pass-2026' IN ROLE billing_sender"
    )
    try:
        _queue(db_url, 3)
        url = db_url.set(username=login, password="Sender-Pass-2026")
        outcome = run_cli(
            capsys, "send-notifications", "--once", "--gateway", gateway.url, "--url", text_url(url)
        )
        assert outcome.code == 0, outcome
        assert len(gateway.delivered) == 3
    finally:
        pg_server.execute(f"DROP ROLE {login}")
