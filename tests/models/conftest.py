"""Fixtures of the model-layer tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migrations import new_sql_migration, sql_files
from models.sql import FUNCTIONS_DIR, GUARD_DIR


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The generator working on copies: snapshots, models/sql and the versions folder."""
    snapshots = tmp_path / "snapshots"
    shutil.copytree(sql_files.SNAPSHOTS, snapshots)
    functions = tmp_path / "functions"
    shutil.copytree(FUNCTIONS_DIR, functions)
    guard = tmp_path / "guard"
    shutil.copytree(GUARD_DIR, guard)
    (tmp_path / "out" / "versions").mkdir(parents=True)
    monkeypatch.setattr(sql_files, "SNAPSHOTS", snapshots)
    monkeypatch.setattr(new_sql_migration, "FUNCTIONS_DIR", functions)
    monkeypatch.setattr(new_sql_migration, "GUARD_DIR", guard)
    monkeypatch.setattr(new_sql_migration, "MIGRATIONS", tmp_path / "out")
    return tmp_path
