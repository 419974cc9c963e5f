"""Apply the Alembic migrations in ``migrations/`` to a database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import Script, ScriptDirectory
from sqlalchemy import URL, Connection, create_engine, inspect

import migrations
from models.base import SCHEMA

_SCRIPT_LOCATION = Path(migrations.__file__).parent


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config for our script directory, bound to ``connection`` if given."""
    config = Config()
    config.set_main_option("script_location", str(_SCRIPT_LOCATION))
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration(s) shipped with this console (comma-joined if branched)."""
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if not heads:
        raise RuntimeError("no migrations found")
    return ",".join(sorted(heads))


def current_revision(connection: Connection) -> str | None:
    """The migration(s) the database is at, or None for an empty database."""
    if not inspect(connection).has_table("alembic_version", schema=SCHEMA):
        return None
    context = MigrationContext.configure(connection, opts={"version_table_schema": SCHEMA})
    heads = context.get_current_heads()
    return ",".join(sorted(heads)) if heads else None


def upgrade(url: str | URL, revision: str = "heads") -> None:
    """Bring the database at ``url`` up to ``revision`` in one transaction."""
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()


def all_revisions() -> list[Script]:
    """Every migration shipped with this console, newest first."""
    return list(ScriptDirectory.from_config(alembic_config()).walk_revisions())
