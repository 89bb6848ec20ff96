"""`daily_continuous_penalty`: the daily continuous penalty (按日连续处罚).

环境保护法 Art. 59 and 大气污染防治法 Art. 123 until 2026-08-14, 生态环境法典 Art. 1060 from
2026-08-15.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Reason, count_en, facts
from ecoreg.core._money import (
    MAX_YUAN,
    parse_yuan,
)
from ecoreg.core._time import parse_date
from ecoreg.exceptions import (
    InvalidInputError,
    InvalidMoneyError,
    MissingFactError,
    UnquantifiedFineError,
)
from ecoreg.penalties._case import CATALOGUE, _kind
from ecoreg.penalties._choice import choose_basis

if TYPE_CHECKING:
    from ecoreg.core._policy import Policy

__all__ = ["DailyTrigger", "daily_continuous_penalty"]


class DailyTrigger(StrEnum):
    """What the re-inspection found, which triggers the daily continuous penalty."""

    CONTINUING = "continuing"
    """The violation goes on (继续实施该违法行为)."""
    REFUSED_TO_CORRECT = "refused_to_correct"
    """The party refused to correct (拒不改正)."""
    OBSTRUCTED_REINSPECTION = "obstructed_reinspection"
    """The party refused or obstructed the re-inspection (拒绝、阻挠复查): a trigger only
    under 生态环境法典 Art. 1060, from 2026-08-15."""


def daily_continuous_penalty(
    original_fine: Decimal | int | str,
    *,
    kind: str,
    order_served_on: dt.date | str,
    reinspected_on: dt.date | str,
    policy: Policy,
    decided_on: dt.date | str | None = None,
    trigger: DailyTrigger | str = DailyTrigger.CONTINUING,
) -> Decision[Decimal]:
    """The daily continuous penalty (按日连续处罚): the original fine times the days.

    The days run from the day after the correction order was served to the
    re-inspection that finds the violation going on. The continuation is judged
    by the law in force on the re-inspection day, unless the law on the decision
    date is lighter (行政处罚法 Art. 37): 环境保护法 Art. 59 with 大气污染防治法
    Art. 123 until 2026-08-14, 生态环境法典 Art. 1060 from 2026-08-15, under which
    refusing or obstructing the re-inspection also counts.

    Args:
        original_fine: The fine of the original penalty decision.
        kind: The violation kind.
        order_served_on: The day the correction order was served.
        reinspected_on: The day of the re-inspection.
        policy: The policy of the jurisdiction on the decision date.
        decided_on: The decision date (the re-inspection day if not given).
        trigger: What the re-inspection found.

    Raises:
        InvalidInputError: for a kind or a trigger the applicable law does not cover, or a
            re-inspection not after the order.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-05-01")
        >>> daily_continuous_penalty(
        ...     "100000",
        ...     kind="air.over-limit",
        ...     order_served_on="2026-04-01",
        ...     reinspected_on="2026-04-11",
        ...     policy=policy,
        ... ).outcome
        Decimal('1000000.00')
    """
    fine = parse_yuan(original_fine, field="original_fine", positive=True)
    served = parse_date(order_served_on, field="order_served_on")
    reinspected = parse_date(reinspected_on, field="reinspected_on")
    today = reinspected if decided_on is None else parse_date(decided_on, field="decided_on")
    try:
        found = DailyTrigger(trigger)
    except ValueError:
        raise InvalidInputError(
            field="trigger", value=trigger, allowed=f"one of {[t.value for t in DailyTrigger]}"
        ) from None
    record = _kind(policy, kind)
    if reinspected <= served:
        raise InvalidInputError(
            field="reinspected_on",
            value=reinspected,
            allowed=f"a date after order_served_on ({served})",
        )
    if today < reinspected:
        raise InvalidInputError(
            field="decided_on",
            value=today,
            allowed=f"a date on or after reinspected_on ({reinspected})",
        )
    policy.check_date(today)
    try:
        law = choose_basis(record, act_on=reinspected, decided_on=today, act_field="reinspected_on")
        basis, choice_reason = law.basis, law.reason
    except (MissingFactError, UnquantifiedFineError):
        # Which law fines more lightly needs the case's facts, which a daily penalty does not
        # carry: the continuing violation is judged by the law in force on the re-inspection.
        basis, choice_reason = record.basis_on(reinspected), None
    rule = basis.daily_penalty if basis is not None else None
    if rule is None:
        allowed = [
            k
            for k, v in policy.records(CATALOGUE).items()
            if (b := v.basis_on(reinspected)) is not None and b.daily_penalty is not None
        ]
        shown = ", ".join(allowed[:8]) + (f" … ({len(allowed)} kinds)" if len(allowed) > 8 else "")
        raise InvalidInputError(
            field="kind",
            value=kind,
            allowed="a kind for which the law in force allows the daily continuous penalty "
            f"({shown})",
        )
    if found is DailyTrigger.OBSTRUCTED_REINSPECTION and not rule.obstruction_counts:
        raise InvalidInputError(
            field="trigger",
            value=found.value,
            allowed=f"continuing or refused_to_correct: under {rule.citation.label_en} refusing or "
            "obstructing the re-inspection is no ground (it is one under 生态环境法典 Art. 1060, "
            "from 2026-08-15)",
        )
    days = (reinspected - served).days
    total = fine * days
    if total > MAX_YUAN:
        raise InvalidMoneyError(
            field="original_fine",
            value=fine,
            allowed=f"an amount whose daily penalty over {count_en(days, 'day')} stays within "
            f"{MAX_YUAN} yuan",
        )
    first_day = served + dt.timedelta(days=1)
    found_zh, found_en = {
        DailyTrigger.CONTINUING: ("", ""),
        DailyTrigger.REFUSED_TO_CORRECT: ("复查发现拒不改正。", "The party refused to correct. "),
        DailyTrigger.OBSTRUCTED_REINSPECTION: (
            "当事人拒绝、阻挠复查。",
            "The party refused or obstructed the re-inspection. ",
        ),
    }[found]
    reasons = [choice_reason] if choice_reason is not None else []
    reasons.append(
        Reason(
            rule_id="fine.daily-continuous",
            citation=rule.citation,
            message_zh=f"{found_zh}自责令改正之日的次日（{first_day}）起至复查之日"
            f"（{reinspected}）共{days}日，按原处罚数额{fine}元按日连续处罚，共{total}元。",
            message_en=f"{found_en}From the day after the correction order "
            f"({first_day}) to the re-inspection ({reinspected}), {count_en(days, 'day')} at "
            f"the original {fine} yuan: {total} yuan.",
            facts=facts(
                original_fine=fine,
                order_served_on=served,
                reinspected_on=reinspected,
                days=days,
                total=total,
                **({} if found is DailyTrigger.CONTINUING else {"trigger": found}),
            ),
        )
    )
    return Decision[Decimal](
        outcome=total,
        decided_on=today,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
    )


check_public(globals(), ("daily_continuous_penalty",))
