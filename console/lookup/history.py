"""Back and Forward through the recently opened customer cards, like a browser."""

from __future__ import annotations

MAX_ENTRIES = 50


class CardHistory:
    """Customer ids in the order their cards were opened, with a current position."""

    def __init__(self) -> None:
        self._entries: list[int] = []
        self._position = -1

    def visit(self, customer_id: int) -> None:
        """A card was opened: drop the forward entries and append it."""
        if self.current == customer_id:
            return
        del self._entries[self._position + 1 :]
        self._entries.append(customer_id)
        if len(self._entries) > MAX_ENTRIES:
            del self._entries[0]
        self._position = len(self._entries) - 1

    @property
    def current(self) -> int | None:
        """The customer shown now."""
        return self._entries[self._position] if self._position >= 0 else None

    def can_go_back(self) -> bool:
        """Whether an earlier card exists."""
        return self._position > 0

    def can_go_forward(self) -> bool:
        """Whether a later card exists."""
        return 0 <= self._position < len(self._entries) - 1

    def back(self) -> int | None:
        """Step back; the customer to show, or None at the start."""
        if not self.can_go_back():
            return None
        self._position -= 1
        return self._entries[self._position]

    def forward(self) -> int | None:
        """Step forward; the customer to show, or None at the end."""
        if not self.can_go_forward():
            return None
        self._position += 1
        return self._entries[self._position]
