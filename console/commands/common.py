"""What every command shares: exit codes, one-line failures, the database it works on.

A command reports a failure by raising :class:`CommandFailed` with one sentence in the
operator's language and its exit code; :func:`console.cli.main` prints it as one line
on stderr. Database problems (server down, wrong password, missing database, a schema
at another migration) are exit code 3, checked before any work (:func:`open_checked`).
"""

from __future__ import annotations

import argparse
import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from PySide6.QtCore import QCoreApplication

from console.database.connection import (
    DatabaseUnavailable,
    Unavailable,
    check_server_version,
    classify_connect_error,
)
from console.problem_texts import describe
from models.domain.problems import ValidationFailed
from models.server import ensure_database

_log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
"""The command ran and failed, or its input was refused."""
EXIT_USAGE = 2
"""The command line is wrong (unknown option, bad value, missing argument)."""
EXIT_DATABASE = 3
"""The database cannot be used: unreachable, login refused, missing, schema not at head."""
EXIT_INTERRUPTED = 130
"""Ctrl+C (128 + SIGINT, as shells report it)."""


Handler = Callable[[argparse.Namespace], int]
"""Runs one command; returns its exit code or raises :class:`CommandFailed`."""


class CommandFailed(Exception):
    """A command's failure: one sentence for stderr and the process exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def one_line(message: str) -> str:
    """``message`` on one line (database errors carry DETAIL and HINT lines)."""
    return " ".join(part.strip() for part in message.splitlines() if part.strip())


def server_of(url: URL) -> str:
    """``host:port/database`` of ``url``, for messages (never the password)."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database or ''}"


def parse_database_url(value: str) -> URL:
    """A database URL from the command line, driven by psycopg 3; usage error if malformed."""
    try:
        url = make_url(value)
    except Exception as error:  # SQLAlchemy raises ArgumentError and ValueError alike
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "Not a database URL: {url} (use postgresql://user@host:5432/database)."
            ).format(url=value),
            EXIT_USAGE,
        ) from error
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if not url.drivername.startswith("postgresql"):
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "Not a PostgreSQL URL: {url} (use postgresql://user@host:5432/database)."
            ).format(url=value),
            EXIT_USAGE,
        )
    return url


def _connect_refusal(error: BaseException, url: URL) -> CommandFailed:
    """The sentence for a connection that could not be opened."""
    reason = classify_connect_error(error)
    server = server_of(url)
    if reason is Unavailable.AUTH_FAILED:
        message = QCoreApplication.translate(
            "Cli", "The server {server} refused the login {user}: wrong user name or password."
        ).format(server=server, user=url.username or "")
    elif reason is Unavailable.DISABLED:
        message = QCoreApplication.translate(
            "Cli", "The server {server} does not let {user} log in (the login is disabled)."
        ).format(server=server, user=url.username or "")
    elif reason is Unavailable.NO_DATABASE:
        message = QCoreApplication.translate(
            "Cli", "The server {server} has no database {database}."
        ).format(server=server, database=url.database or "")
    else:
        message = QCoreApplication.translate(
            "Cli",
            "The database server {server} does not answer: is it running, and is the "
            "address right?",
        ).format(server=server)
    _log.info("cannot connect to %s: %s", server, error)
    return CommandFailed(message, EXIT_DATABASE)


def connect_or_fail(engine: Engine) -> None:
    """Open one connection to ``engine``'s database, or fail with exit code 3.

    A server older than PostgreSQL 15 fails here too, naming its version.
    """
    try:
        with engine.connect() as connection:
            check_server_version(connection)
    except (OperationalError, psycopg.OperationalError) as error:
        raise _connect_refusal(error, engine.url) from error
    except DatabaseUnavailable as unavailable:
        raise unavailable_refusal(unavailable) from unavailable


def unavailable_refusal(unavailable: DatabaseUnavailable) -> CommandFailed:
    """The GUI's sentence for an unusable database, as a command failure (exit code 3)."""
    from console.errors import describe_unavailable

    _log.info("database unusable: %s", unavailable)
    return CommandFailed(
        describe_unavailable(unavailable.reason, unavailable.server_version), EXIT_DATABASE
    )


def schema_refusal(current: str | None, head: str, url: URL) -> CommandFailed | None:
    """Why a database at migration ``current`` cannot be used, or None when it is at head."""
    from console.database import migrations

    if current == head:
        return None
    server = server_of(url)
    if current is None:
        message = QCoreApplication.translate(
            "Cli", "The database {server} has no billing schema: run “billing-console db upgrade”."
        ).format(server=server)
    elif current in {script.revision for script in migrations.all_revisions()}:
        message = QCoreApplication.translate(
            "Cli",
            "The database {server} is at migration {current}, this console needs {head}: "
            "run “billing-console db upgrade”.",
        ).format(server=server, current=current, head=head)
    else:
        message = QCoreApplication.translate(
            "Cli",
            "The database {server} is at migration {current}, newer than this console "
            "({head}): install the current console.",
        ).format(server=server, current=current, head=head)
    return CommandFailed(message, EXIT_DATABASE)


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (None: no schema), read as the console does.

    A role that may not read the version table (the notification sender's group) is
    let through: its own functions fail clearly enough if the schema does not fit.
    """
    from console.database import migrations

    with engine.connect() as connection:
        try:
            return migrations.current_revision(connection)
        except DBAPIError as error:
            if getattr(error.orig, "sqlstate", None) != "42501":
                raise
            _log.warning("cannot read the schema version as %s: %s", engine.url.username, error)
            return migrations.head_revision()


def open_checked(url: URL, *, pool_size: int = 2) -> Engine:
    """An engine on ``url`` whose schema is at this console's head, or exit code 3.

    The same check the GUI makes at login (:func:`console.database.connection.check_schema`).
    """
    from console.database import migrations
    from models.database import make_engine

    engine = make_engine(url, pool_size=pool_size)
    try:
        connect_or_fail(engine)
        refusal = schema_refusal(current_revision(engine), migrations.head_revision(), url)
        if refusal is not None:
            raise refusal
    except BaseException:
        engine.dispose()
        raise
    return engine


@contextmanager
def checked_engine(url: URL, *, pool_size: int = 2) -> Iterator[Engine]:
    """:func:`open_checked`, disposed of at the end."""
    engine = open_checked(url, pool_size=pool_size)
    try:
        yield engine
    finally:
        engine.dispose()


@contextmanager
def target_url(explicit: str | None) -> Iterator[URL]:
    """The database a command works on: ``--url``, the configured server, or the embedded one."""
    from console.settings import Settings

    if explicit:
        yield parse_database_url(explicit)
        return
    configured = Settings().database_url()
    if configured:
        yield parse_database_url(configured)
        return
    from console import paths
    from console.database.connection import EMBEDDED_DATABASE
    from console.database.embedded import EmbeddedServer

    server: EmbeddedServer | None = None
    try:
        server = EmbeddedServer(paths.data_dir() / "embedded")
        server.start()
        _ensure_database(server.url(), EMBEDDED_DATABASE)
    except Exception as error:  # binaries missing, initdb or pg_ctl failing, no service user…
        _log.exception("the embedded database did not start")
        if server is not None:
            server.stop()
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "The embedded training database could not be started: {error}"
            ).format(error=one_line(str(error))),
            EXIT_DATABASE,
        ) from error
    try:
        yield server.url(EMBEDDED_DATABASE)
    finally:
        server.stop()


def _ensure_database(admin_url: URL, name: str) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            ensure_database(connection, name)
    finally:
        engine.dispose()


def refused_input(error: ValidationFailed) -> CommandFailed:
    """The problems of refused input as one line (exit code 1)."""
    return CommandFailed(" ".join(describe(problem) for problem in error.problems), EXIT_FAILED)


def database_error(error: DBAPIError | psycopg.Error, role: str | None) -> CommandFailed:
    """A database error during a command as ``role``: lost connection (3), refusal (1)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    state = getattr(original, "sqlstate", None)
    _log.error("database error: %s", error)
    if state == "42501":
        message = (
            QCoreApplication.translate(
                "Cli", "The database refused: the role {role} is not allowed to do this."
            ).format(role=role)
            if role
            else QCoreApplication.translate(
                "Cli", "The database refused: this role is not allowed to do this."
            )
        )
        return CommandFailed(message, EXIT_FAILED)
    if isinstance(original, psycopg.OperationalError) and state is None:
        return CommandFailed(
            QCoreApplication.translate(
                "Cli", "The connection to the database was lost: {error}"
            ).format(error=one_line(str(original))),
            EXIT_DATABASE,
        )
    primary = getattr(getattr(original, "diag", None), "message_primary", None)
    return CommandFailed(
        QCoreApplication.translate("Cli", "The database refused the command: {error}").format(
            error=one_line(primary or str(original))
        ),
        EXIT_FAILED,
    )


# -- output files ---------------------------------------------------------------------------


def _nearest_existing(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path.cwd()


def _probe_writable(folder: Path, shown: Path) -> None:
    """Create and remove a file in ``folder``: the only test every platform answers truly."""
    try:
        handle, name = tempfile.mkstemp(prefix=".billing-console-", suffix=".probe", dir=folder)
        os.close(handle)
        os.unlink(name)
    except OSError as error:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "Cannot write to {path}: {error}").format(
                path=shown, error=error.strerror or error
            ),
            EXIT_FAILED,
        ) from error


def check_output_file(path: Path) -> None:
    """Refuse ``path`` as a file to write (before any work): a folder, or unwritable."""
    if path.is_dir():
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "{path} is a folder; give the name of the PDF file to write."
            ).format(path=path),
            EXIT_FAILED,
        )
    _check_folder_reachable(path.parent, path)


def check_output_folder(path: Path) -> None:
    """Refuse ``path`` as a folder to write files into (before any work)."""
    if path.exists() and not path.is_dir():
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "{path} is a file, not a folder (to write one PDF, add --single-file)."
            ).format(path=path),
            EXIT_FAILED,
        )
    _check_folder_reachable(path, path)


def _check_folder_reachable(folder: Path, shown: Path) -> None:
    """``folder`` exists and is writable, or can be created inside a writable folder."""
    existing = _nearest_existing(folder)
    if not existing.is_dir():
        raise CommandFailed(
            QCoreApplication.translate(
                "Cli", "Cannot write {path}: {existing} is a file, not a folder."
            ).format(path=shown, existing=existing),
            EXIT_FAILED,
        )
    _probe_writable(existing, shown)


def _new_file_mode() -> int:
    """The mode a plainly created file gets (temporary files are private until renamed)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place.

    Either the whole new file is at ``path`` or nothing changed; raises
    :class:`CommandFailed` when the folder cannot be created or written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as error:
        raise CommandFailed(
            QCoreApplication.translate("Cli", "Cannot write to {path}: {error}").format(
                path=path, error=error.strerror or error
            ),
            EXIT_FAILED,
        ) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(name, _new_file_mode())
        os.replace(name, path)
    except OSError as error:
        Path(name).unlink(missing_ok=True)
        raise CommandFailed(
            QCoreApplication.translate("Cli", "Cannot write to {path}: {error}").format(
                path=path, error=error.strerror or error
            ),
            EXIT_FAILED,
        ) from error
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
