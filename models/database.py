"""Engines and sessions: one place that knows how the model layer connects."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import URL, Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from models.base import SCHEMA

APPLICATION_NAME = "billing-console"
READER_APPLICATION_NAME = "billing-console-reader"
"""``application_name`` of the read-only lookup connections (see :func:`read_only`)."""

T = TypeVar("T")


def _connect_args(application_name: str) -> dict[str, Any]:
    return {
        "application_name": application_name,
        "options": f"-c search_path={SCHEMA},public",
        "connect_timeout": 5,
    }


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
        connect_args=_connect_args(APPLICATION_NAME),
    )


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that do not expire objects on commit (services copy values out anyway)."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session inside one transaction: committed on success, rolled back on error."""
    with factory() as session, session.begin():
        yield session


_readers: weakref.WeakKeyDictionary[Engine, sessionmaker[Session]] = weakref.WeakKeyDictionary()


def reader_sessions(engine: Engine) -> sessionmaker[Session]:
    """Sessions for read-only lookups beside ``engine``: same login, autocommit, no pre-ping.

    Each statement is its own transaction (no BEGIN/ROLLBACK round trips) and a checkout
    costs no ``SELECT 1``: a connection found lost is retried by :func:`read_only`.
    The small pool is disposed of with ``engine``.
    """
    found = _readers.get(engine)
    if found is not None:
        return found
    reader = create_engine(
        engine.url,
        pool_size=2,
        max_overflow=4,
        pool_pre_ping=False,
        isolation_level="AUTOCOMMIT",
        connect_args=_connect_args(READER_APPLICATION_NAME),
    )
    event.listen(engine, "engine_disposed", lambda _engine: reader.dispose())
    factory = sessionmaker(reader, expire_on_commit=False)
    _readers[engine] = factory
    return factory


def read_only(session: Session, work: Callable[[Session], T]) -> T:
    """Run read-only ``work`` on an autocommit reader session of ``session``'s engine.

    A statement that finds its connection lost (server restart, terminated backend)
    invalidates the reader's pool, and ``work`` runs once more on a fresh connection:
    what the pre-ping did, paid for only when a connection is actually lost. When the
    server stays unreachable the second attempt's error propagates (the console shows a
    connection error and its monitor takes over).
    """
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    factory = reader_sessions(engine)
    try:
        with factory() as reader:
            return work(reader)
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    with factory() as reader:
        return work(reader)
