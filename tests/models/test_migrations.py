"""The migration chain builds exactly the schema the ORM describes."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, create_engine, inspect

import models.entities  # noqa: F401
from console.database import migrations
from models.base import SCHEMA, Base


def test_empty_database_upgrades_to_head(empty_db_url: URL) -> None:
    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        assert migrations.current_revision(connection) == migrations.head_revision()
        tables = set(inspect(connection).get_table_names(schema=SCHEMA))
    engine.dispose()
    assert {"account", "customer", "reading", "bill", "payment", "audit_log"} <= tables


def test_migrated_schema_matches_the_models(empty_db_url: URL) -> None:
    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_schemas": True,
                "version_table_schema": SCHEMA,
                "include_name": lambda name, type_, parent: type_ != "schema" or name == SCHEMA,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_upgrade_is_idempotent(empty_db_url: URL) -> None:
    migrations.upgrade(empty_db_url)
    migrations.upgrade(empty_db_url)


def test_migration_chain_is_linear() -> None:
    revisions = migrations.all_revisions()
    heads = [r for r in revisions if not r.nextrev]
    assert len(heads) == 1
    assert sum(1 for r in revisions if r.down_revision is None) == 1
