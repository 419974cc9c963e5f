"""Link requests an agent makes, edits or cancels for the caller, and the portal's codes
(:mod:`models.operations.link_requests`)."""

from __future__ import annotations

from models.operations.link_requests import (
    PROBLEM_FIELDS,
    LinkOutcome,
    cancel_request,
    edit_request,
    link_account,
    register_login,
    send_code,
)

__all__ = [
    "PROBLEM_FIELDS",
    "LinkOutcome",
    "cancel_request",
    "edit_request",
    "link_account",
    "register_login",
    "send_code",
]
