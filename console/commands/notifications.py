"""``billing-console send-notifications``: deliver the customer notification outbox.

Run it on a server as a login in the ``billing_sender`` group (or a supervisor), in a
loop (default) or once (``--once``, for cron). The gateway URL comes from ``--gateway``
or the console's settings (``notifications/gateway_url``).
"""

from __future__ import annotations

import argparse
import sys
import time

COMMANDS = ("send-notifications",)


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the subcommand on the main parser."""
    send = commands.add_parser("send-notifications", help="deliver queued customer notifications")
    send.add_argument("--once", action="store_true", help="one pass, then exit")
    send.add_argument("--gateway", help="notification gateway URL (default: from settings)")
    send.add_argument("--interval", type=float, default=30.0, help="seconds between passes")
    send.add_argument("--url", help="database URL (default: configured server or embedded)")


def run(args: argparse.Namespace) -> int:
    """Deliver the outbox once or until interrupted; 2 when no gateway is configured."""
    from console.cli import _target_url
    from console.moderation.config import sender_config
    from console.services.notification_sender import NotificationSender, SenderConfig
    from console.settings import Settings
    from models.database import make_engine, make_session_factory

    config = sender_config(Settings())
    if args.gateway:
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
        print(
            "no notification gateway configured (--gateway or notifications/gateway_url)",
            file=sys.stderr,
        )
        return 2
    sender = NotificationSender(config)
    with _target_url(args.url) as url:
        engine = make_engine(url, pool_size=1)
        try:
            while True:
                with make_session_factory(engine)() as session:
                    report = sender.send_due(session)
                print(
                    f"sent {report.sent}, failed {report.failed}, dead {report.dead}",
                    file=sys.stderr,
                )
                if args.once:
                    return 0
                time.sleep(max(1.0, args.interval))
        except KeyboardInterrupt:
            return 0
        finally:
            sender.close()
            engine.dispose()
