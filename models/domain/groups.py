"""The operator groups: each is a PostgreSQL group role ``billing_<group>`` that decides
what its members may do (the grants, the row security, the functions' checks)."""

from __future__ import annotations

import enum

__all__ = ["SERVING_GROUPS", "Group"]


class Group(enum.StrEnum):
    """An operator group (its value is the group's name as ``billing.whoami()`` says it)."""

    AGENT = "agent"
    CASHIER = "cashier"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def role(self) -> str:
        """The PostgreSQL group role: ``billing_agent``…"""
        return f"billing_{self.value}"


SERVING_GROUPS: frozenset[Group] = frozenset({Group.AGENT, Group.CASHIER, Group.SUPERVISOR})
"""The groups that serve customers (they read business tables; admins do not)."""
