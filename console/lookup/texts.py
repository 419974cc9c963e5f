"""Operator-language names of the lookup's values: key kinds, matched fields, statuses."""

from __future__ import annotations

from models.domain.search_keys import KeyKind
from models.queries.lookup import MatchedField
from widgets.qt import QtCore


def kind_name(kind: KeyKind) -> str:
    """«phone», «surname»... as shown next to the search field."""
    names = {
        KeyKind.ACCOUNT_NUMBER: QtCore.QCoreApplication.translate("Lookup", "account number"),
        KeyKind.PHONE: QtCore.QCoreApplication.translate("Lookup", "phone"),
        KeyKind.EMAIL: QtCore.QCoreApplication.translate("Lookup", "e-mail"),
        KeyKind.LOGIN: QtCore.QCoreApplication.translate("Lookup", "portal login"),
        KeyKind.SURNAME: QtCore.QCoreApplication.translate("Lookup", "surname or organisation"),
        KeyKind.ADDRESS: QtCore.QCoreApplication.translate("Lookup", "address"),
        KeyKind.METER_SERIAL: QtCore.QCoreApplication.translate("Lookup", "meter serial number"),
        KeyKind.RECEIPT_NUMBER: QtCore.QCoreApplication.translate("Lookup", "receipt number"),
        KeyKind.INN: QtCore.QCoreApplication.translate("Lookup", "INN"),
    }
    return names[kind]


def field_name(field: MatchedField) -> str:
    """Which stored value matched, for the results table."""
    names = {
        MatchedField.ACCOUNT_NUMBER: QtCore.QCoreApplication.translate("Lookup", "Account number"),
        MatchedField.INN: QtCore.QCoreApplication.translate("Lookup", "INN"),
        MatchedField.CUSTOMER_PHONE: QtCore.QCoreApplication.translate(
            "Lookup", "Customer's phone"
        ),
        MatchedField.PORTAL_PHONE: QtCore.QCoreApplication.translate(
            "Lookup", "Portal login's phone"
        ),
        MatchedField.CUSTOMER_EMAIL: QtCore.QCoreApplication.translate(
            "Lookup", "Customer's e-mail"
        ),
        MatchedField.PORTAL_EMAIL: QtCore.QCoreApplication.translate(
            "Lookup", "Portal login's e-mail"
        ),
        MatchedField.PORTAL_LOGIN: QtCore.QCoreApplication.translate("Lookup", "Portal login"),
        MatchedField.SURNAME: QtCore.QCoreApplication.translate("Lookup", "Surname"),
        MatchedField.ORGANISATION_NAME: QtCore.QCoreApplication.translate("Lookup", "Organisation"),
        MatchedField.ADDRESS: QtCore.QCoreApplication.translate("Lookup", "Address"),
        MatchedField.METER_SERIAL: QtCore.QCoreApplication.translate(
            "Lookup", "Meter serial number"
        ),
        MatchedField.RECEIPT_NUMBER: QtCore.QCoreApplication.translate("Lookup", "Receipt number"),
    }
    return names[field]


def account_status(status: str) -> str:
    """An account's status."""
    names = {
        "open": QtCore.QCoreApplication.translate("Lookup", "open"),
        "suspended": QtCore.QCoreApplication.translate("Lookup", "suspended"),
        "closed": QtCore.QCoreApplication.translate("Lookup", "closed"),
    }
    return names.get(status, status)


def portal_status(status: str) -> str:
    """A portal login's status."""
    names = {
        "email_unconfirmed": QtCore.QCoreApplication.translate("Lookup", "e-mail not confirmed"),
        "awaiting_review": QtCore.QCoreApplication.translate("Lookup", "awaiting review"),
        "active": QtCore.QCoreApplication.translate("Lookup", "active"),
        "blocked": QtCore.QCoreApplication.translate("Lookup", "blocked"),
    }
    return names.get(status, status)


def link_request_status(status: str) -> str:
    """A link request's status."""
    names = {
        "new": QtCore.QCoreApplication.translate("Lookup", "new"),
        "auto_approved": QtCore.QCoreApplication.translate("Lookup", "approved automatically"),
        "pending": QtCore.QCoreApplication.translate("Lookup", "awaiting a decision"),
        "approved": QtCore.QCoreApplication.translate("Lookup", "approved"),
        "rejected": QtCore.QCoreApplication.translate("Lookup", "rejected"),
        "cancelled": QtCore.QCoreApplication.translate("Lookup", "cancelled"),
    }
    return names.get(status, status)


def portal_action(action: str) -> str:
    """An operator's action on a portal login, for the card's journal."""
    names = {
        "email_confirmation_resent": QtCore.QCoreApplication.translate(
            "Lookup", "e-mail confirmation resent"
        ),
        "password_reset_sent": QtCore.QCoreApplication.translate("Lookup", "password reset sent"),
        "blocked": QtCore.QCoreApplication.translate("Lookup", "blocked"),
        "unblocked": QtCore.QCoreApplication.translate("Lookup", "unblocked"),
        "email_changed": QtCore.QCoreApplication.translate("Lookup", "e-mail changed"),
        "phone_changed": QtCore.QCoreApplication.translate("Lookup", "phone changed"),
        "account_unlinked": QtCore.QCoreApplication.translate("Lookup", "account unlinked"),
        "merged": QtCore.QCoreApplication.translate("Lookup", "logins merged"),
        "code_sent": QtCore.QCoreApplication.translate("Lookup", "one-time code sent"),
    }
    return names.get(action, action)


def delivery_status(status: str | None) -> str:
    """How far a customer message got: queued, sent, delivered, failed, not delivered."""
    names = {
        "queued": QtCore.QCoreApplication.translate("Lookup", "queued"),
        "sent": QtCore.QCoreApplication.translate("Lookup", "sent, no report yet"),
        "delivered": QtCore.QCoreApplication.translate("Lookup", "delivered"),
        "failed": QtCore.QCoreApplication.translate("Lookup", "failed, will retry"),
        "dead": QtCore.QCoreApplication.translate("Lookup", "not delivered"),
    }
    return names.get(status or "", status or "—")


def channel_name(channel: str) -> str:
    """A notification channel: e-mail or SMS."""
    names = {
        "email": QtCore.QCoreApplication.translate("Lookup", "e-mail"),
        "sms": QtCore.QCoreApplication.translate("Lookup", "SMS"),
    }
    return names.get(channel, channel)


def proof_kind_name(kind: str) -> str:
    """A proof of ownership the portal accepts for linking an account."""
    names = {
        "receipt_number": QtCore.QCoreApplication.translate("Lookup", "unique receipt number"),
        "last_payment_amount": QtCore.QCoreApplication.translate(
            "Lookup", "amount of the last payment"
        ),
        "meter_serial": QtCore.QCoreApplication.translate("Lookup", "meter serial number"),
        "surname_prefix": QtCore.QCoreApplication.translate(
            "Lookup", "first 3 letters of the owner's surname"
        ),
    }
    return names.get(kind, kind)


def debt_kind_name(kind: str) -> str:
    """What a part of the debt is for: electricity, debt schedule, acts, services."""
    names = {
        "electricity": QtCore.QCoreApplication.translate("Lookup", "electricity"),
        "debt_schedule": QtCore.QCoreApplication.translate("Lookup", "debt schedule"),
        "act": QtCore.QCoreApplication.translate("Lookup", "acts"),
        "service": QtCore.QCoreApplication.translate("Lookup", "services"),
    }
    return names.get(kind, kind)
