"""``billing-console db upgrade`` and ``seed-demo``: the schema and the demo data.

``db upgrade`` is run by a superuser, or by the database's owner holding CREATEROLE:
the migrations create the cluster-wide group roles and give the schema to
``billing_owner``. ``seed-demo`` fills an EMPTY database with demo data; it looks
before it migrates, so a database it refuses is left exactly as it was.
"""

from __future__ import annotations

import argparse
import logging
import time
from datetime import date

import psycopg
from sqlalchemy import URL, Engine
from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.commands.common import (
    EXIT_FAILED,
    CommandFailed,
    Handler,
    connect_or_fail,
    current_revision,
    database_error,
    schema_refusal,
    server_of,
    target_url,
    unavailable_refusal,
)
from console.commands.types import iso_date, positive_int
from console.database.connection import DatabaseUnavailable
from models.server import billing_rows, is_superuser

_log = logging.getLogger(__name__)

COMMANDS = ("db", "seed-demo")

_STAGES = frozenset(
    str(stage)
    for stage in (
        QT_TRANSLATE_NOOP("Cli", "Drawing customers and accounts"),
        QT_TRANSLATE_NOOP("Cli", "Loading regions and tariffs"),
        QT_TRANSLATE_NOOP("Cli", "Forming readings, bills and payments"),
        QT_TRANSLATE_NOOP("Cli", "Building indexes"),
        QT_TRANSLATE_NOOP("Cli", "Analysing"),
        QT_TRANSLATE_NOOP("Cli", "Done"),
    )
)
"""The demo loader's stages (``models.demo.seeder``), shown in the UI language."""


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> dict[str, Handler]:
    """Register ``db upgrade`` and ``seed-demo``; their handlers by command name."""
    url_help = QCoreApplication.translate(
        "Cli", "database URL (default: the configured server, else the embedded database)"
    )
    db = commands.add_parser(
        "db",
        parents=[language],
        help=QCoreApplication.translate("Cli", "database administration"),
    )
    db_commands = db.add_subparsers(
        dest="db_command", required=True, title=QCoreApplication.translate("Cli", "commands")
    )
    upgrade = db_commands.add_parser(
        "upgrade",
        parents=[language],
        help=QCoreApplication.translate("Cli", "apply the migrations (superuser or owner)"),
        description=QCoreApplication.translate(
            "Cli",
            "Bring the database to this console's migration. Run it as a superuser, or as "
            "the database owner with CREATEROLE: it creates the cluster-wide roles "
            "billing_owner, billing_agent, billing_cashier, billing_supervisor, "
            "billing_admin, billing_sender and billing_login_check.",
        ),
    )
    upgrade.add_argument("--url", help=url_help)

    seed = commands.add_parser(
        "seed-demo",
        parents=[language],
        help=QCoreApplication.translate("Cli", "fill an empty database with demo data"),
    )
    seed.add_argument(
        "--accounts",
        type=positive_int,
        required=True,
        help=QCoreApplication.translate("Cli", "number of accounts"),
    )
    seed.add_argument(
        "--seed",
        type=int,
        default=1,
        help=QCoreApplication.translate("Cli", "random seed (same seed, same data)"),
    )
    seed.add_argument(
        "--today",
        type=iso_date,
        help=QCoreApplication.translate("Cli", "the date the history ends at, YYYY-MM-DD"),
    )
    seed.add_argument("--url", help=url_help)
    seed.add_argument(
        "--workers",
        type=positive_int,
        default=None,
        help=QCoreApplication.translate(
            "Cli",
            "connections forming the history at once (default: all cores; 1 = one transaction)",
        ),
    )
    return {"db": db_upgrade, "seed-demo": seed_demo}


def _say(message: str) -> None:
    print(message, flush=True)


def _known_revisions() -> set[str]:
    from console.database import migrations

    return {script.revision for script in migrations.all_revisions()}


def _probe(url: URL) -> str | None:
    """Connect (exit code 3 when impossible) and read the migration the database is at."""
    from models.database import make_engine

    engine = make_engine(url, pool_size=1)
    try:
        connect_or_fail(engine)
        return current_revision(engine)
    finally:
        engine.dispose()


def _refuse_newer(current: str | None, url: URL) -> None:
    """A schema from a newer console is never touched (exit code 3)."""
    from console.database import migrations

    if current is not None and current not in _known_revisions():
        refusal = schema_refusal(current, migrations.head_revision(), url)
        assert refusal is not None
        raise refusal


def _migrate(url: URL, current: str | None) -> None:
    """Bring the database from ``current`` to head (nothing to do, nothing run, at head)."""
    from console.database import migrations

    if current == migrations.head_revision():
        return
    try:
        migrations.upgrade(url)
    except DatabaseUnavailable as unavailable:  # a server older than PostgreSQL 15
        raise unavailable_refusal(unavailable) from unavailable
    except DBAPIError as error:
        _log.error("db upgrade as %s failed: %s", url.username, error)
        if getattr(error.orig, "sqlstate", None) == "42501":
            primary = getattr(getattr(error.orig, "diag", None), "message_primary", None)
            raise CommandFailed(
                QCoreApplication.translate(
                    "Cli",
                    "The role {role} may not create the billing schema and its roles ({error}): "
                    "run “billing-console db upgrade” as a superuser, or prepare the owner role "
                    "as the README says.",
                ).format(role=url.username or "", error=primary or ""),
                EXIT_FAILED,
            ) from error
        raise database_error(error, url.username) from error


def db_upgrade(args: argparse.Namespace) -> int:
    """Apply the migrations; the database ends at this console's head."""
    from console.database import migrations

    with target_url(args.url) as url:
        current = _probe(url)
        _refuse_newer(current, url)
        _migrate(url, current)
        _say(
            QCoreApplication.translate(
                "Cli", "The database {server} is at migration {head}."
            ).format(server=server_of(url), head=migrations.head_revision())
        )
    return 0


def _billing_rows(engine: Engine) -> int:
    """How many regions, customers and accounts the database holds (0: empty)."""
    with engine.connect() as connection:
        return billing_rows(connection)


def _refuse_if_not_empty(url: URL, current: str | None) -> None:
    """Refuse a database holding billing data, before anything changes in it."""
    from models.database import make_engine

    if current is None:
        return
    engine = make_engine(url, pool_size=1)
    try:
        rows = _billing_rows(engine)
    except DBAPIError as error:
        raise database_error(error, url.username) from error
    finally:
        engine.dispose()
    if rows:
        raise _not_empty(url)


def _refuse_unless_superuser(url: URL) -> None:
    """Demo data is loaded with the audit and protection triggers off: a superuser's job.

    The event triggers that keep payments, readings and bills append-only refuse to
    switch their triggers off for anybody else, so a non-superuser would fail halfway.
    """
    from models.database import make_engine

    engine = make_engine(url, pool_size=1)
    try:
        with engine.connect() as connection:
            superuser = is_superuser(connection)
    except DBAPIError as error:
        raise database_error(error, url.username) from error
    finally:
        engine.dispose()
    if not superuser:
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli",
                "Demo data is loaded only by a superuser of {server} (it switches the "
                "audit triggers off for the load); {login} is not one.",
            ).format(server=server_of(url), login=url.username or ""),
            EXIT_FAILED,
        )


def _not_empty(url: URL) -> CommandFailed:
    return CommandFailed(
        QCoreApplication.translate(
            "Cli",
            "The database {server} already holds billing data: demo data goes only into "
            "an empty database.",
        ).format(server=server_of(url)),
        EXIT_FAILED,
    )


def _stage_text(stage: str) -> str:
    if stage in _STAGES:
        return QCoreApplication.translate("Cli", stage)
    if stage.startswith("Loading "):
        return QCoreApplication.translate("Cli", "Loading {table}").format(
            table=stage.removeprefix("Loading ")
        )
    return stage


def seed_demo(args: argparse.Namespace) -> int:
    """Check the database is empty, migrate it, load the demo data."""
    import os

    from sqlalchemy import create_engine

    from models import clock
    from models.demo import seed_demo as load
    from models.demo.seeder import seed_demo_in_parallel

    workers = args.workers or os.cpu_count() or 1
    with target_url(args.url) as url:
        current = _probe(url)
        _refuse_newer(current, url)
        _refuse_unless_superuser(url)
        _refuse_if_not_empty(url, current)
        _migrate(url, current)
        started = time.perf_counter()
        last = [0.0]

        def progress(stage: str, fraction: float) -> None:
            if fraction - last[0] >= 0.05 or fraction >= 1.0:
                last[0] = fraction
                _say(
                    f"[{fraction:4.0%}] {_stage_text(stage)} "
                    f"({time.perf_counter() - started:.0f} s)"
                )

        today: date = args.today or clock.wall_today()
        try:
            if workers > 1:
                conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
                report = seed_demo_in_parallel(
                    conninfo,
                    accounts=args.accounts,
                    seed=args.seed,
                    today=today,
                    workers=workers,
                    progress=progress,
                )
            else:
                engine = create_engine(url)
                try:
                    with engine.begin() as connection:
                        report = load(
                            connection,
                            accounts=args.accounts,
                            seed=args.seed,
                            today=today,
                            progress=progress,
                        )
                finally:
                    engine.dispose()
        except (DBAPIError, psycopg.Error) as error:
            raise database_error(error, url.username) from error
        except ValueError as error:  # filled by someone else in the meantime
            raise _not_empty(url) from error
    _say(
        QCoreApplication.translate(
            "Cli",
            "Loaded {accounts} accounts, {customers} customers, {meters} meters, {users} "
            "portal users, {readings} readings, {bills} bills and {payments} payments in "
            "{seconds} s.",
        ).format(
            accounts=report.accounts,
            customers=report.customers,
            meters=report.meters,
            users=report.portal_users,
            readings=report.readings,
            bills=report.bills,
            payments=report.payments,
            seconds=f"{report.seconds:.1f}",
        )
    )
    return 0
