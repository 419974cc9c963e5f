"""The embedded training server: reused while its console runs, adopted when orphaned."""

from __future__ import annotations

import os
import socket
import subprocess
from pathlib import Path

from console.database.embedded import EmbeddedServer


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_server_left_by_a_dead_console_is_adopted_and_stopped(tmp_path: Path) -> None:
    first = EmbeddedServer(tmp_path / "cluster")
    first.start()
    assert first.port is not None
    # The console that started it dies without stopping it.
    dead = subprocess.Popen(["true"])
    dead.wait()
    (tmp_path / "cluster" / "console.pid").write_text(str(dead.pid))
    second = EmbeddedServer(tmp_path / "cluster")
    second.start()
    assert second.port == first.port
    second.stop()
    assert not _accepts(first.port)


def test_server_of_a_running_console_is_reused_not_stopped(tmp_path: Path) -> None:
    owner = subprocess.Popen(["sleep", "30"])
    try:
        first = EmbeddedServer(tmp_path / "cluster")
        first.start()
        (tmp_path / "cluster" / "console.pid").write_text(str(owner.pid))
        second = EmbeddedServer(tmp_path / "cluster")
        second.start()
        second.stop()
        assert first.port is not None
        assert _accepts(first.port)
        (tmp_path / "cluster" / "console.pid").write_text(str(os.getpid()))
        first.stop()
        assert not _accepts(first.port)
    finally:
        owner.kill()
