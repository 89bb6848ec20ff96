"""The national baseline policy (kept for compatibility: see `ecoreg.jurisdictions.national`).

Examples:
    >>> import datetime as dt
    >>> policy = national_policy_book().resolve(NATIONAL, dt.date(2026, 3, 1))
    >>> policy.as_int("penalty.payment_deadline_days")
    15
"""

from __future__ import annotations

from ecoreg.jurisdictions.national import CODE as NATIONAL
from ecoreg.jurisdictions.national import DATA as NATIONAL_DATA
from ecoreg.jurisdictions.national import national_policy_book

__all__ = ["NATIONAL", "NATIONAL_DATA", "national_policy_book"]
