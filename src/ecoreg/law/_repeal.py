"""The day the 生态环境法典 repealed the environmental statutes (Code Art. 1242)."""

from __future__ import annotations

import datetime as dt

__all__ = ["CODE_ID", "CODE_IN_FORCE", "LAST_DAY_BEFORE_CODE"]

CODE_ID = "cn.eco-environment-code.2026"
"""The ``id`` of the 生态环境法典 instrument."""
CODE_IN_FORCE = dt.date(2026, 8, 15)
"""生态环境法典 Art. 1242: 本法自2026年8月15日起施行。"""
LAST_DAY_BEFORE_CODE = CODE_IN_FORCE - dt.timedelta(days=1)
"""The last day the statutes it repealed were in force (2026-08-14)."""
