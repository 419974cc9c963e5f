"""The colours the reading views give their messages, as Qt style sheets."""

from __future__ import annotations

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5300;"
NOTICE_STYLE = "color: #1f5fa8;"
MUTED_STYLE = "color: #666666;"
