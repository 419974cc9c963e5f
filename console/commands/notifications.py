"""``billing-console send-notifications``: deliver the customer notification outbox.

Run it on a server as a login in the ``billing_sender`` group (or a supervisor), in a
loop (default) or once (``--once``, for cron). The gateway URL comes from ``--gateway``
or the console's settings (``notifications/gateway_url``). ``--once`` exits with 1 when
any message of the pass failed or went to the dead letter, so a scheduler sees it.
"""

from __future__ import annotations

import argparse
import time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QCoreApplication

from console.commands.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    CommandFailed,
    Handler,
    checked_engine,
    database_error,
    target_url,
)

if TYPE_CHECKING:
    from console.services.notification_sender import SenderConfig

COMMANDS = ("send-notifications",)


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> dict[str, Handler]:
    """Register the subcommand; its handler by command name."""
    send = commands.add_parser(
        "send-notifications",
        parents=[language],
        help=QCoreApplication.translate("Cli", "deliver queued customer notifications"),
    )
    send.add_argument(
        "--once",
        action="store_true",
        help=QCoreApplication.translate(
            "Cli", "one pass, then exit (1 if any message failed or went to the dead letter)"
        ),
    )
    send.add_argument(
        "--gateway",
        metavar="URL",
        help=QCoreApplication.translate(
            "Cli", "notification gateway URL (default: notifications/gateway_url in the settings)"
        ),
    )
    send.add_argument(
        "--interval",
        type=float,
        default=30.0,
        help=QCoreApplication.translate("Cli", "seconds between passes"),
    )
    send.add_argument(
        "--url",
        help=QCoreApplication.translate(
            "Cli", "database URL (default: the configured server, else the embedded database)"
        ),
    )
    return {"send-notifications": run}


def _gateway_config(args: argparse.Namespace) -> SenderConfig:
    from console.moderation.config import sender_config
    from console.services.notification_sender import SenderConfig
    from console.settings import Settings

    config = sender_config(Settings())
    if args.gateway:
        parts = urlsplit(args.gateway)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise CommandFailed(
                QCoreApplication.translate(
                    "Cli", "Not a gateway URL: {url} (use http://host:port/path)."
                ).format(url=args.gateway),
                EXIT_USAGE,
            )
        config = (
            SenderConfig(gateway_url=args.gateway)
            if config is None
            else SenderConfig(
                args.gateway,
                max_attempts=config.max_attempts,
                backoff_seconds=config.backoff_seconds,
            )
        )
    if config is None:
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli",
                "No notification gateway configured: give --gateway URL or set "
                "notifications/gateway_url in the settings.",
            ),
            EXIT_USAGE,
        )
    return config


def run(args: argparse.Namespace) -> int:
    """Deliver the outbox once or until interrupted."""
    from console.services.notification_sender import NotificationSender
    from models.database import make_session_factory

    sender = NotificationSender(_gateway_config(args))
    try:
        with target_url(args.url) as url, checked_engine(url, pool_size=1) as engine:
            while True:
                try:
                    with make_session_factory(engine)() as session:
                        report = sender.send_due(session)
                except DBAPIError as error:
                    raise database_error(error, url.username) from error
                summary = QCoreApplication.translate(
                    "Cli", "Sent {sent}, failed {failed}, dead letter {dead}."
                ).format(sent=report.sent, failed=report.failed, dead=report.dead)
                if args.once:
                    if report.failed or report.dead:
                        raise CommandFailed(
                            QCoreApplication.translate(
                                "Cli",
                                "{summary} Not every message was delivered: the failed ones "
                                "are retried later, the dead letters wait for a supervisor.",
                            ).format(summary=summary),
                            EXIT_FAILED,
                        )
                    print(summary, flush=True)
                    return EXIT_OK
                print(summary, flush=True)
                time.sleep(max(1.0, args.interval))
    except KeyboardInterrupt:
        return EXIT_OK
    finally:
        sender.close()
