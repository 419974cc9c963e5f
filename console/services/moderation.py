"""The moderation queues for the console's views: claim, decide, edit and release
(the writes in :mod:`models.operations.moderation`, the queues' reads in
:mod:`models.queries.moderation`)."""

from __future__ import annotations

from models.operations.moderation import (
    DEFAULT_CLAIM_MINUTES,
    MAX_CONTRACT_NUMBERS,
    PROBLEM_FIELDS,
    STALE,
    Claim,
    Decision,
    LinkRequestState,
    RegistrationData,
    claim_next,
    create_link_request,
    decide,
    edit_link_request,
    edit_registration,
    registration_problems,
    release,
    resend_notification,
)

__all__ = [
    "DEFAULT_CLAIM_MINUTES",
    "MAX_CONTRACT_NUMBERS",
    "PROBLEM_FIELDS",
    "STALE",
    "Claim",
    "Decision",
    "LinkRequestState",
    "RegistrationData",
    "claim_next",
    "create_link_request",
    "decide",
    "edit_link_request",
    "edit_registration",
    "registration_problems",
    "release",
    "resend_notification",
]
