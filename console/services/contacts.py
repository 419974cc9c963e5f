"""Masked contacts and their audited reveal, for the console's views
(:mod:`models.operations.contacts`)."""

from __future__ import annotations

from models.operations.contacts import (
    ContactField,
    ContactRef,
    ContactTable,
    display_contact,
    reveal_contact,
)

__all__ = ["ContactField", "ContactRef", "ContactTable", "display_contact", "reveal_contact"]
