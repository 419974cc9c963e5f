"""Alembic environment: runs migrations on the connection the console hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

import models.entities  # noqa: F401  (registers every table)
from models.base import SCHEMA, Base

config = context.config


def run_migrations_online() -> None:
    """Migrate over ``config.attributes['connection']`` (set by console.database.migrations)."""
    connection = config.attributes["connection"]
    connection.execute(text(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}"))
    connection.execute(text(f"SET search_path TO {SCHEMA}, public"))
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        version_table_schema=SCHEMA,
        include_schemas=True,
        include_name=lambda name, type_, parent: type_ != "schema" or name == SCHEMA,
        compare_server_default=True,
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported; use `billing-console db upgrade`")
run_migrations_online()
