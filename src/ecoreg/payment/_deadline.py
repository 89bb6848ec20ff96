"""`payment_deadline`: the day a fine is due.

行政处罚法 Art. 67 ¶3: within 15 days of receiving the penalty decision.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._periods import Deadline, calendar_days_after
from ecoreg.core._time import parse_date
from ecoreg.payment._settings import PaymentSettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._calendar import (
        WorkingCalendar,
    )
    from ecoreg.core._policy import Policy

__all__ = ["payment_deadline"]


def payment_deadline(
    received_on: dt.date | str, *, policy: Policy, calendar: WorkingCalendar | None = None
) -> Deadline:
    """The last day to pay a fine: 15 days from receipt of the decision (行政处罚法 Art. 67).

    Args:
        received_on: When the party received the penalty decision.
        policy: The policy of the deciding agency's jurisdiction.
        calendar: The working-day calendar.

    Returns:
        The deadline, rolled to a working day when the policy says so (民法典 Art. 203).

    Examples:
        >>> from ecoreg import national_policy_book
        >>> policy = national_policy_book().resolve("CN", "2026-09-16")
        >>> payment_deadline("2026-09-16", policy=policy).last_day
        datetime.date(2026, 10, 8)
    """
    day = parse_date(received_on, field="received_on")
    settings = PaymentSettings.of(policy)
    key = "penalty.payment_deadline_days"
    return calendar_days_after(
        day,
        settings.payment_deadline_days,
        roll_to_working_day=settings.roll_last_day_to_working_day,
        calendar=calendar,
        source=policy.citation(key),
    )


check_public(globals(), ("payment_deadline",))
