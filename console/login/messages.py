"""What the login dialog says when a login fails, in the operator's language."""

from __future__ import annotations

from console.database.connection import Unavailable
from console.errors import describe_unavailable
from widgets.qt import QtCore


def describe_login_failure(reason: Unavailable, server_version: str = "") -> str:
    """One clear sentence for each way a login can fail (``server_version``: too old a server)."""
    texts = {
        Unavailable.AUTH_FAILED: QtCore.QCoreApplication.translate(
            "LoginMessages", "Wrong login or password. Check the keyboard layout and Caps Lock."
        ),
        Unavailable.DISABLED: QtCore.QCoreApplication.translate(
            "LoginMessages",
            "This operator is disabled and cannot log in. Ask an administrator to enable it.",
        ),
        Unavailable.PASSWORD_EXPIRED: QtCore.QCoreApplication.translate(
            "LoginMessages",
            "The password of this operator has expired. Ask an administrator to set a new one.",
        ),
        Unavailable.PASSWORD_BYPASSED: QtCore.QCoreApplication.translate(
            "LoginMessages",
            "Your password was changed outside the console; ask an administrator to reset it.",
        ),
        Unavailable.UNREACHABLE: QtCore.QCoreApplication.translate(
            "LoginMessages",
            "The database server does not answer. Check the network and the server address, "
            "or ask the administrator.",
        ),
    }
    return texts.get(reason) or describe_unavailable(reason, server_version)
