"""``billing-console``: the GUI, and commands for administrators, scripts and night jobs."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy import URL, make_url

from console.commands import lookup as lookup_command
from console.commands import notifications as notification_commands
from console.commands import printing as printing_commands


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="billing-console",
        description="Operator console for the billing database (starts the GUI by default).",
    )
    parser.add_argument("--lang", choices=("ru", "en"), help="UI language for this run")
    commands = parser.add_subparsers(dest="command")

    db = commands.add_parser("db", help="database administration")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    upgrade = db_commands.add_parser("upgrade", help="apply migrations to the configured database")
    upgrade.add_argument("--url", help="database URL (default: configured server or embedded)")

    seed = commands.add_parser("seed-demo", help="fill an empty database with demo data")
    seed.add_argument("--accounts", type=int, required=True, help="number of accounts")
    seed.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    seed.add_argument("--today", type=date.fromisoformat, help="the date the history ends at")
    seed.add_argument("--url", help="database URL (default: configured server or embedded)")
    seed.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="connections forming the history at once (default: all cores; 1 = one transaction)",
    )
    printing_commands.add_parsers(commands)
    notification_commands.add_parsers(commands)
    lookup_command.add_parser(commands)
    return parser


@contextmanager
def _target_url(explicit: str | None) -> Iterator[URL]:
    """The database a command works on: --url, the configured server, or the embedded one."""
    from console.settings import Settings

    if explicit:
        yield make_url(explicit)
        return
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.instance() or QCoreApplication([])
    configured = Settings().database_url()
    if configured:
        yield make_url(configured)
        return
    from console import paths
    from console.database.connection import EMBEDDED_DATABASE
    from console.database.embedded import EmbeddedServer

    server = EmbeddedServer(paths.data_dir() / "embedded")
    server.start()
    try:
        _ensure_database(server.url(), EMBEDDED_DATABASE)
        yield server.url(EMBEDDED_DATABASE)
    finally:
        server.stop()


def _ensure_database(admin_url: URL, name: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            if (
                connection.execute(
                    text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
                ).first()
                is None
            ):
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()


def _db_upgrade(args: argparse.Namespace) -> int:
    from console.database import migrations

    with _target_url(args.url) as url:
        migrations.upgrade(url)
        print(f"database is at migration {migrations.head_revision()}")
    return 0


def _seed_demo(args: argparse.Namespace) -> int:
    from sqlalchemy import create_engine

    from console.database import migrations
    from models import clock
    from models.demo import seed_demo
    from models.demo.seeder import seed_demo_in_parallel

    if args.accounts <= 0:
        print("--accounts must be a positive number", file=sys.stderr)
        return 2
    with _target_url(args.url) as url:
        migrations.upgrade(url)
        engine = create_engine(url)
        started = time.perf_counter()
        last = [0.0]

        def progress(stage: str, fraction: float) -> None:
            if fraction - last[0] >= 0.05 or fraction >= 1.0:
                last[0] = fraction
                print(
                    f"[{fraction:4.0%}] {stage} ({time.perf_counter() - started:.0f} s)", flush=True
                )

        try:
            if args.workers > 1:
                conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
                report = seed_demo_in_parallel(
                    conninfo,
                    accounts=args.accounts,
                    seed=args.seed,
                    today=args.today or clock.wall_today(),
                    workers=args.workers,
                    progress=progress,
                )
            else:
                with engine.begin() as connection:
                    report = seed_demo(
                        connection,
                        accounts=args.accounts,
                        seed=args.seed,
                        today=args.today or clock.wall_today(),
                        progress=progress,
                    )
        except ValueError as error:
            print(f"seed-demo: {error}", file=sys.stderr)
            return 1
        finally:
            engine.dispose()
    print(
        f"loaded {report.accounts} accounts, {report.customers} customers, {report.meters} meters, "
        f"{report.portal_users} portal users, {report.readings} readings, {report.bills} bills, "
        f"{report.payments} payments in {report.seconds:.1f} s"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``billing-console`` script."""
    args = _parser().parse_args(argv)
    if args.lang:
        os.environ["CONSOLE_LANG"] = args.lang
    if args.command == "db":
        return _db_upgrade(args)
    if args.command == "seed-demo":
        return _seed_demo(args)
    if args.command == lookup_command.COMMAND:
        return lookup_command.run(args)
    if args.command in printing_commands.COMMANDS:
        return printing_commands.run(args)
    if args.command in notification_commands.COMMANDS:
        return notification_commands.run(args)
    from console import single_instance

    if single_instance.send_to_running(single_instance.show_message()):
        return 0  # the running console of this session came to the front
    from console.app import run_gui

    return run_gui([sys.argv[0]])


if __name__ == "__main__":
    sys.exit(main())
