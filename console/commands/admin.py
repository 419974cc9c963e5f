"""``billing-console create-admin LOGIN --full-name NAME``: the first administrator.

Only administrators create operators, so a new server needs its first one from outside
the console. A database superuser (or another administrator) runs this command; it
asks for the new administrator's password twice (or reads it from stdin when stdin is
no terminal, for scripts: one line, or the same line twice), refuses an empty or weak
one with the operators' password policy, and creates the operator through
``billing.create_operator``, so the role, the registry row and the audit log agree.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy.exc import DBAPIError

from PySide6.QtCore import QCoreApplication

from console.commands.common import (
    EXIT_FAILED,
    CommandFailed,
    Handler,
    checked_engine,
    database_error,
    server_of,
    target_url,
)
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.server import operator_creation

COMMAND = "create-admin"
_CREATE_OPERATOR = "billing.create_operator(text, text, text, text, timestamptz)"


def add_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    language: argparse.ArgumentParser,
) -> dict[str, Handler]:
    """Register the subcommand; its handler by command name."""
    parser = commands.add_parser(
        COMMAND,
        parents=[language],
        help=QCoreApplication.translate(
            "Cli", "create an administrator (run as a database superuser)"
        ),
        description=QCoreApplication.translate(
            "Cli",
            "Create an operator in the admin group, e.g. the first one of a new server. "
            "The password is asked twice, or read from stdin when it is no terminal.",
        ),
    )
    parser.add_argument(
        "login",
        metavar="LOGIN",
        help=QCoreApplication.translate(
            "Cli", "the new login: 3 to 40 lower-case Latin letters, digits or _"
        ),
    )
    parser.add_argument(
        "--full-name",
        required=True,
        help=QCoreApplication.translate("Cli", "the administrator's full name"),
    )
    parser.add_argument(
        "--url",
        help=QCoreApplication.translate(
            "Cli", "database URL (default: the configured server, else the embedded database)"
        ),
    )
    return {COMMAND: run}


def read_password(login: str) -> str:
    """The new password: typed twice at a terminal, or the first line of stdin."""
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(
            QCoreApplication.translate("Cli", "Password for {login}: ").format(login=login)
        )
        second = getpass.getpass(QCoreApplication.translate("Cli", "Repeat the password: "))
    else:
        lines = (sys.stdin.read() if sys.stdin is not None else "").splitlines()
        first = lines[0] if lines else ""
        second = lines[1] if len(lines) > 1 and lines[1] else first
    if first != second:
        raise ValidationFailed([Problem.error("password.repeat_mismatch", "password")])
    return first


def run(args: argparse.Namespace) -> int:
    """Check the input and the database, ask for the password, create the administrator."""
    from console.services.operators import NewOperator, create_operator
    from models.database import make_session_factory
    from models.domain.operator_rules import validate_full_name, validate_operator_login
    from models.domain.portal_rules import validate_operator_password

    login = args.login
    raise_if_errors(validate_operator_login(login) + validate_full_name(args.full_name))
    with target_url(args.url) as url, checked_engine(url, pool_size=1) as engine:
        sessions = make_session_factory(engine)
        try:
            with sessions() as session:
                allowed, taken = operator_creation(session, _CREATE_OPERATOR, login)
            if not allowed:
                raise CommandFailed(
                    QCoreApplication.translate(
                        "Cli",
                        "The role {role} may not create operators: run create-admin as a "
                        "database superuser (or as an administrator).",
                    ).format(role=url.username or getpass.getuser()),
                    EXIT_FAILED,
                )
            if taken:
                raise ValidationFailed([Problem.error("operator_login.taken", "login")])
            password = read_password(login)
            raise_if_errors(validate_operator_password(password, login))
            with sessions() as session:
                created = create_operator(
                    session, NewOperator(login, args.full_name, "admin", password)
                )
        except DBAPIError as error:
            raise database_error(error, url.username) from error
        print(
            QCoreApplication.translate(
                "Cli", "Administrator {login} ({name}) created in {server}."
            ).format(login=created.login, name=created.full_name, server=server_of(url))
        )
    return 0
