"""The training database's e-mail and SMS gateway on 127.0.0.1, and the post office around it.

A training database must not write to real customers, yet agents should see their
messages go out and arrive. :class:`TrainingGateway` is a small HTTP server on a free
port of 127.0.0.1 that takes the notification sender's POSTs (``/email``, ``/sms``),
keeps them in memory (a repeated ``Idempotency-Key`` is taken once) and answers
``{"status": "delivered"}`` at once, as an SMS centre's delivery report would.
:class:`TrainingPostOffice` starts it with the embedded training database and delivers
that database's outbox to it every few seconds, as the ``billing_sender`` service does
on a real server.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from sqlalchemy import URL

__all__ = ["GatewayMessage", "TrainingGateway", "TrainingPostOffice"]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class GatewayMessage:
    """One message the training gateway took: its channel (``email``/``sms``) and JSON."""

    channel: str
    key: str
    payload: dict[str, Any]


class TrainingGateway:
    """An e-mail and SMS gateway on 127.0.0.1 that delivers every message at once."""

    def __init__(self, port: int = 0) -> None:
        self._lock = threading.Lock()
        self._messages: list[GatewayMessage] = []
        self._keys: set[str] = set()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                channel = self.path.strip("/").split("?", 1)[0] or "email"
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    payload = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    self._answer(400, {"error": "not JSON"})
                    return
                if channel not in ("email", "sms") or not isinstance(payload, dict):
                    self._answer(404, {"error": f"no channel {channel}"})
                    return
                key = self.headers.get("Idempotency-Key") or ""
                gateway.take(GatewayMessage(channel, key, payload))
                self._answer(200, {"status": "delivered"})

            def do_GET(self) -> None:
                self._answer(200, {"messages": len(gateway.messages())})

            def _answer(self, status: int, data: dict[str, Any]) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                _log.debug("training gateway: " + format, *args)

        self._server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="training-gateway", daemon=True
        )

    @property
    def url(self) -> str:
        """The gateway's base URL (``http://127.0.0.1:PORT``)."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> TrainingGateway:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the port."""
        self._server.shutdown()
        self._server.server_close()

    def take(self, message: GatewayMessage) -> None:
        """Keep a message once per idempotency key."""
        with self._lock:
            if message.key and message.key in self._keys:
                return
            self._keys.add(message.key)
            self._messages.append(message)

    def messages(self, channel: str | None = None) -> list[GatewayMessage]:
        """The messages taken so far (of one channel)."""
        with self._lock:
            return [m for m in self._messages if channel is None or m.channel == channel]

    def __enter__(self) -> TrainingGateway:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class TrainingPostOffice:
    """The training gateway plus a sender delivering one database's outbox to it."""

    def __init__(self, database_url: URL, interval_seconds: float = 3.0) -> None:
        self._url = database_url
        self._interval = interval_seconds
        self._stopped = threading.Event()
        self.gateway = TrainingGateway()
        self._thread = threading.Thread(target=self._run, name="training-post", daemon=True)

    def start(self) -> TrainingPostOffice:
        """Start the gateway and the sender thread."""
        self.gateway.start()
        self._thread.start()
        _log.info("training gateway on %s", self.gateway.url)
        return self

    def stop(self) -> None:
        """Stop the sender (after its current pass) and the gateway."""
        self._stopped.set()
        self._thread.join(timeout=15)
        self.gateway.stop()

    def _run(self) -> None:
        from console.services.notification_sender import NotificationSender, SenderConfig
        from models.database import make_engine, make_session_factory

        base = self.gateway.url
        sender = NotificationSender(
            SenderConfig(gateway_url=f"{base}/email", sms_gateway_url=f"{base}/sms")
        )
        engine = make_engine(self._url, pool_size=1)
        sessions = make_session_factory(engine)
        try:
            while not self._stopped.is_set():
                try:
                    with sessions() as session:
                        sender.send_due(session, self._stopped.is_set)
                except Exception:  # the database restarting: try again next pass
                    _log.warning("training post office pass failed", exc_info=True)
                self._stopped.wait(self._interval)
        finally:
            sender.close()
            engine.dispose()
