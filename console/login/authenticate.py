"""Log in as an operator: build the URL for the chosen server and connect as the operator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import URL

from console.database import connection
from console.database.connection import Database
from console.database.embedded import EmbeddedServer


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the operator typed: the server ("" = embedded training database), login, password."""

    server: str
    login: str
    password: str = ""

    @property
    def embedded(self) -> bool:
        """Whether this is the embedded training database."""
        return not self.server

    def without_password(self) -> Credentials:
        """The same server and login, the password dropped (kept no longer than needed)."""
        return Credentials(self.server, self.login)


Connector = Callable[[Credentials], Database]
"""Opens the database as the operator (runs in a worker); raises DatabaseUnavailable."""
UrlBuilder = Callable[[Credentials], URL]


def url_builder(embedded: Callable[[], EmbeddedServer]) -> UrlBuilder:
    """URLs for the configured server or the embedded one (``embedded()`` prepares it)."""

    def build(credentials: Credentials) -> URL:
        if credentials.embedded:
            return connection.embedded_operator_url(
                embedded(), credentials.login, credentials.password
            )
        return connection.operator_url(credentials.server, credentials.login, credentials.password)

    return build


def connector(urls: UrlBuilder) -> Connector:
    """Connect as the operator to the URL ``urls`` builds."""

    def connect(credentials: Credentials) -> Database:
        return connection.open_operator(urls(credentials), embedded=credentials.embedded)

    return connect
