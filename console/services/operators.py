"""Operator management for administrators (the registry read in
:mod:`models.queries.operators`; each write, a SECURITY DEFINER function that changes the
role and the registry row together and is audited, in :mod:`models.operations.operators`)."""

from __future__ import annotations

from models.operations.operators import (
    NewOperator,
    create_operator,
    disable_operator,
    enable_operator,
    reset_operator_password,
    set_operator_group,
    set_operator_inn,
    validate_new_operator,
    validate_operator_inn,
)
from models.queries.operators import OperatorRow, get_operator, list_operators

__all__ = [
    "NewOperator",
    "OperatorRow",
    "create_operator",
    "disable_operator",
    "enable_operator",
    "get_operator",
    "list_operators",
    "reset_operator_password",
    "set_operator_group",
    "set_operator_inn",
    "validate_new_operator",
    "validate_operator_inn",
]
