"""The training database's demo operators (:mod:`models.demo.operators`)."""

from __future__ import annotations

from models.demo.operators import DEMO_OPERATORS, DemoOperator, ensure_demo_operators

__all__ = ["DEMO_OPERATORS", "DemoOperator", "ensure_demo_operators"]
