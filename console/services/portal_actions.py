"""Portal account actions an operator does for the customer on the phone
(:mod:`models.operations.portal_actions`)."""

from __future__ import annotations

from models.operations.portal_actions import (
    PROBLEM_FIELDS,
    STALE,
    block,
    change_email,
    change_phone,
    merge,
    request_merge,
    request_merge_with_login,
    resend_confirmation,
    send_password_reset,
    unblock,
    unlink_account,
)

__all__ = [
    "PROBLEM_FIELDS",
    "STALE",
    "block",
    "change_email",
    "change_phone",
    "merge",
    "request_merge",
    "request_merge_with_login",
    "resend_confirmation",
    "send_password_reset",
    "unblock",
    "unlink_account",
]
