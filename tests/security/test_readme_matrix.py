"""The privilege matrix in the README says what the tested matrix enforces."""

from __future__ import annotations

import re
from pathlib import Path

from tests.security.privilege_matrix import CAPABILITY_ACTIONS, ROLES

README = Path(__file__).resolve().parents[2] / "README.md"
ROW = re.compile(r"^\| `(\w+)` \| ([✓✗]) \| ([✓✗]) \| ([✓✗]) \| ([✓✗]) \|$", re.MULTILINE)


def test_readme_lists_every_capability_function_with_its_roles() -> None:
    documented = {
        m.group(1): tuple(m.group(i) for i in range(2, 6))
        for m in ROW.finditer(README.read_text(encoding="utf-8"))
    }
    for action in CAPABILITY_ACTIONS:
        name = re.search(r"billing\.(\w+)\(", action.sql)
        key = name.group(1) if name else action.name
        expected = tuple("✓" if role in action.allowed else "✗" for role in ROLES)
        assert documented.get(key) == expected, f"README row for {key} should be {expected}"
