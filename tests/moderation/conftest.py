"""Fixtures of the moderation tests: operator logins, demo rows, a local HTTP gateway."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from models.database import make_engine, make_session_factory

PASSWORD = "Secret-pass-1"


@dataclass
class Operator:
    """A fresh login in a group role, with its session factory."""

    login: str
    sessions: sessionmaker[Session]
    engine: Engine


@pytest.fixture
def make_operator(pg_server: Any, db_name: str) -> Iterator[Callable[..., Operator]]:
    """Create operators (dropped afterwards): ``make_operator("billing_supervisor")``."""
    created: list[Operator] = []

    def make(group: str, pool_size: int = 2) -> Operator:
        name = f"t_{uuid.uuid4().hex[:8]}"
        pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE {group}")
        engine = make_engine(
            pg_server.url(db_name, user=name, password=PASSWORD), pool_size=pool_size
        )
        operator = Operator(name, make_session_factory(engine), engine)
        created.append(operator)
        return operator

    yield make
    for operator in created:
        operator.engine.dispose()
        pg_server.execute(f"DROP OWNED BY {operator.login} CASCADE; DROP ROLE {operator.login}")


@pytest.fixture
def supervisor(make_operator: Callable[..., Operator]) -> Operator:
    """One supervisor."""
    return make_operator("billing_supervisor")


@pytest.fixture
def agent(make_operator: Callable[..., Operator]) -> Operator:
    """One agent."""
    return make_operator("billing_agent")


def scalar(session: Session, sql: str, **params: object) -> Any:
    """The single value of ``sql``."""
    return session.execute(text(sql), params).scalar_one()


@dataclass(frozen=True)
class DemoAccount:
    """An account with payments, meters and bills, and an active portal user without it."""

    account_id: int
    region_id: int
    number: str
    portal_user_id: int
    other_region_id: int


@pytest.fixture
def demo_account(session: Session) -> DemoAccount:
    """A demo account with at least two payments, a meter and a bill."""
    row = session.execute(
        text(
            """
            SELECT a.id, a.region_id, a.number
              FROM billing.account a
             WHERE (SELECT count(*) FROM billing.payment p WHERE p.account_id = a.id
                     AND p.amount > 0) >= 3
               AND EXISTS (SELECT FROM billing.bill b WHERE b.account_id = a.id)
               AND EXISTS (SELECT FROM billing.meter m JOIN billing.metering_point mp
                             ON mp.id = m.metering_point_id
                           WHERE mp.account_id = a.id AND m.removed_on IS NULL)
               AND (SELECT count(*) FROM billing.account b WHERE b.number = a.number) = 1
               AND EXISTS (SELECT FROM billing.customer c WHERE c.id = a.customer_id
                            AND c.kind = 'person')
             ORDER BY a.id LIMIT 1
            """
        )
    ).one()
    user = session.execute(
        text(
            """
            SELECT u.id FROM billing.portal_user u
             WHERE u.status = 'active'
               AND NOT EXISTS (SELECT FROM billing.account_link l
                                WHERE l.portal_user_id = u.id AND l.account_id = :account)
             ORDER BY u.id LIMIT 1
            """
        ),
        {"account": row.id},
    ).scalar_one()
    other = session.execute(
        text("SELECT id FROM billing.region WHERE id <> :region ORDER BY id LIMIT 1"),
        {"region": row.region_id},
    ).scalar_one()
    session.rollback()
    return DemoAccount(row.id, row.region_id, row.number, user, other)


@dataclass
class Gateway:
    """A notification gateway on 127.0.0.1 that records what it delivered.

    ``mode``: ``ok`` (200), ``fail`` (500), ``reject`` (400), ``hang`` (answers after
    ``hang_seconds``). Repeated Idempotency-Keys are acknowledged but not delivered again.
    """

    url: str = ""
    mode: str = "ok"
    hang_seconds: float = 2.0
    delivered: list[dict[str, Any]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    requests: int = 0
    duplicates: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def gateway() -> Iterator[Gateway]:
    """A real HTTP server in a thread, stopped after the test."""
    state = Gateway()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            payload = json.loads(self.rfile.read(length) or b"{}")
            key = self.headers.get("Idempotency-Key", "")
            with state.lock:
                state.requests += 1
                mode = state.mode
            if mode == "hang":
                state.release.wait(state.hang_seconds)
            if mode == "fail":
                self._answer(500, b'{"error": "smsc unavailable"}')
                return
            if mode == "reject":
                self._answer(400, b'{"error": "bad recipient"}')
                return
            with state.lock:
                if key in state.keys:
                    state.duplicates += 1
                else:
                    state.keys.add(key)
                    state.delivered.append(payload)
            self._answer(200, b'{"status": "accepted"}')

        def _answer(self, status: int, body: bytes) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}/send"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()
