"""Engines and sessions: one place that knows how the model layer connects."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import URL, Engine, create_engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from models.base import SCHEMA

APPLICATION_NAME = "billing-console"


def make_engine(url: str | URL, *, pool_size: int = 5, echo: bool = False) -> Engine:
    """An engine for the billing database over psycopg 3.

    ``search_path`` is pinned to the billing schema so hand-written SQL needs no
    prefixes, and ``application_name`` shows who is connected in ``pg_stat_activity``.
    """
    url = make_url(url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(
        url,
        pool_size=pool_size,
        pool_pre_ping=True,
        echo=echo,
        connect_args={
            "application_name": APPLICATION_NAME,
            "options": f"-c search_path={SCHEMA},public",
            "connect_timeout": 5,
        },
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that do not expire objects on commit (services copy values out anyway)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session inside one transaction: committed on success, rolled back on error."""
    with factory() as session, session.begin():
        yield session
