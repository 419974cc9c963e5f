"""Deliver the notification outbox to the HTTP notification gateway.

One pass (:meth:`NotificationSender.send_due`) leases due messages with
``billing.notification_claim`` (``FOR UPDATE SKIP LOCKED``: two senders never hold the
same message), commits, then POSTs each one as JSON ``{id, channel, recipient, subject,
body}`` with the header ``Idempotency-Key`` = the message's key, so a gateway that
already took a message drops the repeat (after a crash between POST and the database
update, or a lease that ran out). A 2xx answer marks it sent; anything else (an error
status, a refused connection, a timeout) marks the try failed with the gateway's answer
and schedules the next one with exponential backoff; after the last try the message is
``dead`` until a supervisor resends it. While the gateway is down nothing is lost: the
messages wait in the outbox.

Each channel goes through its own gateway adapter (:class:`EmailGateway`,
:class:`SmsGateway`: an HTTP POST with ``requests``), each with its URL; without an SMS
URL, SMS go to the e-mail gateway's URL as before. A gateway that answers
``{"status": "delivered"}`` reports the delivery at once (the training gateway does), and
the message shows as delivered on the customer's card. A one-time code travels in the
message's ``secret``, which the sender puts into the body's ``{code}``: operators who read
the outbox see the placeholder, never the code.

The sender runs as a supervisor (the console's background job) or as a login in the
``billing_sender`` group (``billing-console send-notifications`` on a server): both may
execute the claim and mark functions and nothing else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import requests
from sqlalchemy.orm import Session

from models.operations.outbox import (
    LeasedMessage,
    database_now,
    lease_due,
    mark_failed,
    mark_sent,
)

__all__ = ["EmailGateway", "NotificationSender", "SendReport", "SenderConfig", "SmsGateway"]

_log = logging.getLogger(__name__)

_PERMANENT = frozenset({400, 401, 403, 404, 405, 410, 413, 415, 422})
"""Gateway answers that another try cannot fix: the message goes dead at once."""


@dataclass(frozen=True, slots=True)
class SenderConfig:
    """Where and how to deliver: gateway URL, timeouts (s), tries, backoff base (s)."""

    gateway_url: str
    sms_gateway_url: str = ""
    """Where SMS go; empty: to ``gateway_url`` with the e-mail payload."""
    connect_timeout: float = 3.0
    read_timeout: float = 10.0
    max_attempts: int = 6
    backoff_seconds: int = 30
    batch_size: int = 20
    lease_seconds: int = 120


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one pass did."""

    sent: int = 0
    failed: int = 0
    dead: int = 0

    @property
    def attempted(self) -> int:
        """Messages tried in this pass."""
        return self.sent + self.failed + self.dead


@dataclass(frozen=True, slots=True)
class _Answer:
    error: str | None
    permanent: bool = False
    delivered: bool = False


class EmailGateway:
    """The e-mail gateway: POST ``{id, channel, recipient, subject, body}``."""

    def __init__(self, url: str) -> None:
        self.url = url

    def payload(self, message: LeasedMessage) -> dict[str, object]:
        """The JSON the gateway takes for one message."""
        return {
            "id": message.id,
            "channel": message.channel,
            "recipient": message.recipient,
            "subject": message.subject,
            "body": message.text,
        }


class SmsGateway(EmailGateway):
    """The SMS gateway: POST ``{id, channel, phone, text}`` (an SMS has no subject)."""

    def payload(self, message: LeasedMessage) -> dict[str, object]:
        """The JSON the gateway takes for one SMS."""
        return {
            "id": message.id,
            "channel": message.channel,
            "phone": message.recipient,
            "text": message.text,
        }


class NotificationSender:
    """Delivers due outbox messages; safe to run in several processes at once."""

    def __init__(self, config: SenderConfig, http: requests.Session | None = None) -> None:
        self.config = config
        self._http = http or requests.Session()
        email = EmailGateway(config.gateway_url)
        self._gateways = {
            "email": email,
            "sms": SmsGateway(config.sms_gateway_url) if config.sms_gateway_url else email,
        }

    def close(self) -> None:
        """Close the HTTP connections."""
        self._http.close()

    def send_due(
        self, session: Session, cancelled: Callable[[], bool] = lambda: False
    ) -> SendReport:
        """Deliver every message due when the pass starts, batch by batch (until cancelled).

        A message that fails in this pass waits for its backoff and the next pass.
        """
        sent = failed = dead = 0
        started = database_now(session)
        while not cancelled():
            batch = self._lease(session, started)
            if not batch:
                break
            for message in batch:
                outcome = self._deliver(session, message)
                sent += outcome == "sent"
                failed += outcome == "failed"
                dead += outcome == "dead"
        return SendReport(sent, failed, dead)

    def _lease(self, session: Session, due_before: datetime | None = None) -> list[LeasedMessage]:
        return lease_due(session, self.config.batch_size, self.config.lease_seconds, due_before)

    def _deliver(self, session: Session, message: LeasedMessage) -> str:
        answer = self._post(message)
        if answer.error is None:
            mark_sent(session, message.id, message.attempts, delivered=answer.delivered)
            return "sent"
        status = mark_failed(
            session,
            message.id,
            message.attempts,
            answer.error,
            max_attempts=self.config.max_attempts,
            backoff_seconds=self.config.backoff_seconds,
            permanent=answer.permanent,
        )
        _log.info("notification %s try %s failed: %s", message.id, message.attempts, answer.error)
        return status

    def _post(self, message: LeasedMessage) -> _Answer:
        """No error when the gateway took the message; else its answer and whether it is final."""
        gateway = self._gateways.get(message.channel, self._gateways["email"])
        try:
            answer = self._http.post(
                gateway.url,
                json=gateway.payload(message),
                headers={"Idempotency-Key": str(message.idempotency_key)},
                timeout=(self.config.connect_timeout, self.config.read_timeout),
            )
        except requests.Timeout as error:
            return _Answer(f"timeout: {error}")
        except requests.RequestException as error:
            return _Answer(f"{type(error).__name__}: {error}")
        if 200 <= answer.status_code < 300:
            return _Answer(None, delivered=_reports_delivery(answer))
        body = answer.text.strip()[:500]
        return _Answer(f"HTTP {answer.status_code}: {body}", answer.status_code in _PERMANENT)


def _reports_delivery(answer: requests.Response) -> bool:
    """Whether a gateway's 2xx answer is ``{"status": "delivered"}``."""
    try:
        data = answer.json()
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("status") == "delivered"
