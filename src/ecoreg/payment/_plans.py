"""Installment plans: the longest plan a policy allows, building one, checking one.

行政处罚法 Art. 66 ¶2 allows installments for a party in real economic difficulty; the limits
(term, gaps, the smallest installment) are local measures or ecoreg's national defaults.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public, whole_number
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._decision import Decision, Hint, count_en, facts
from ecoreg.core._money import (
    FEN,
    parse_yuan,
)
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.payment._models import (
    CaseType,
    Installment,
    InstallmentPlan,
    _Checks,
    _months_end,
)
from ecoreg.payment._settings import PaymentSettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy

__all__ = ["build_installment_plan", "check_installment_plan", "max_installments"]


def _equal_split(fine: Decimal, count: int) -> list[Decimal]:
    """Split to the fen: equal parts rounded down, the leftover fen on the first installments."""
    base = (fine / count).quantize(FEN, rounding=ROUND_DOWN)
    leftover = int((fine - base * count) / FEN)
    return [base + FEN if i < leftover else base for i in range(count)]


def max_installments(fine: Decimal, share: Decimal) -> int:
    """The most installments an equal split allows when each must be at least ``share`` of the fine.

    The smallest part of an equal split to the fen, ``fine / n`` rounded down, only
    shrinks as ``n`` grows, so the answer is found by bisection over ``n`` from 1 to
    ``1 / share`` (and never more installments than the fine has fen): at most
    about 50 steps, whatever the share.

    Raises:
        InvalidMoneyError: for a fine that is not a positive yuan amount.
        InvalidInputError: for a share outside (0, 1].

    Examples:
        >>> max_installments(Decimal("200000.00"), Decimal("0.30"))
        3
        >>> max_installments(Decimal("200000.00"), Decimal("0.05"))
        20
    """
    amount = parse_yuan(fine, field="fine", positive=True)
    if not share.is_finite() or not 0 < share <= 1:
        raise InvalidInputError(
            field="share", value=share, allowed="a share greater than 0, at most 1"
        )
    floor = share * amount
    fens = int(amount / FEN)
    # Never more installments than the fine has fen; 1 / share only when it is below that (a
    # share of 1E-999999 would make a million-digit int first).
    low, high = 1, fens if share * fens < 1 else min(int(1 / share), fens)
    while low < high:  # invariant: low installments are allowed; more than high are not
        mid = (low + high + 1) // 2
        if (amount / mid).quantize(FEN, rounding=ROUND_DOWN) >= floor:
            low = mid
        else:
            high = mid - 1
    return low


def build_installment_plan(
    fine: Decimal | int | str,
    *,
    count: int,
    interval_months: int,
    starts_on: dt.date | str,
    case_type: CaseType,
    calendar: WorkingCalendar | None = None,
) -> InstallmentPlan:
    """Split ``fine`` into ``count`` installments, one every ``interval_months`` months.

    Amounts are equal to the fen, the leftover fen going to the first
    installments, so they add up exactly to the fine. Installment *k* falls
    due ``k × interval_months`` months after ``starts_on``, rolled to the next
    working day, and never later than ``interval_months`` months after the
    previous one. This function only builds; `check_installment_plan` and
    `decide_relief` apply a policy's limits.

    Raises:
        InvalidInputError: for a bad fine, count, interval or date.

    Examples:
        >>> plan = build_installment_plan(
        ...     "200000",
        ...     count=8,
        ...     interval_months=3,
        ...     starts_on="2026-03-02",
        ...     case_type=CaseType.NON_LITIGATION,
        ... )
        >>> [str(i.amount) for i in plan.installments][:2], plan.term_ends_on
        (['25000.00', '25000.00'], datetime.date(2028, 3, 2))
    """
    amount = parse_yuan(fine, field="fine", positive=True)
    start = parse_date(starts_on, field="starts_on")
    whole_number(count, "count", 1, 240)
    whole_number(interval_months, "interval_months", 1, 24)
    if count > amount / FEN:
        raise InvalidInputError(
            field="count",
            value=count,
            allowed=f"at most {int(amount / FEN)} installments, so that each is at least 0.01 yuan",
        )
    cal = calendar or china_calendar()
    amounts = _equal_split(amount, count)
    dates: list[dt.date] = []
    previous = start
    for k in range(1, count + 1):
        anchored = _months_end(start, k * interval_months, cal, roll=True)
        chained = _months_end(previous, interval_months, cal, roll=True)
        previous = min(anchored, chained)
        dates.append(previous)
    return InstallmentPlan(
        fine=amount,
        case_type=case_type,
        starts_on=start,
        warnings=provisional_notice(provisional_years(cal, start, *dates)),
        installments=tuple(
            Installment(number=i + 1, due_on=d, amount=a)
            for i, (d, a) in enumerate(zip(dates, amounts, strict=True))
        ),
    )


def check_installment_plan(
    plan: InstallmentPlan,
    *,
    policy: Policy,
    calendar: WorkingCalendar | None = None,
) -> Decision[bool]:
    """Check a plan against the policy's limits; the outcome is whether it passes.

    (That the amounts add up to the fine and the dates increase is checked when
    the `InstallmentPlan` is built.) Checked here: every installment is at least the
    minimum share of the fine; due dates strictly increase and fall on working
    days; no gap (from the start to the first installment, and between
    installments) exceeds the longest allowed; the term does not exceed the
    longest allowed for the case type. Every failed condition is a reason, with
    a hint saying what would pass.

    Examples:
        >>> from ecoreg.jurisdictions import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN-GD-DG", "2026-03-02")
        >>> plan = build_installment_plan(
        ...     "200000",
        ...     count=8,
        ...     interval_months=3,
        ...     starts_on="2026-03-02",
        ...     case_type=CaseType.NON_LITIGATION,
        ... )
        >>> check_installment_plan(plan, policy=policy).outcome
        True
    """
    cal = calendar or china_calendar()
    checks = _Checks([])
    items = plan.installments

    settings = PaymentSettings.of(policy)
    share_key, share = settings.min_share(plan.case_type)
    minimum = share * plan.fine
    small = [i for i in items if i.amount < minimum]
    most = max_installments(plan.fine, share)
    checks.check(
        not small,
        policy.reason(
            share_key,
            "payment.plan.min-share",
            f"每期金额不低于罚款的{share:%}（{minimum}元）"
            + (f"；第{small[0].number}期为{small[0].amount}元。" if small else "。"),
            f"Every installment must be at least {share:%} of the fine ({minimum} yuan)"
            + (f"; installment {small[0].number} is {small[0].amount} yuan." if small else "."),
            min_share=share,
            min_amount=minimum,
            case_type=plan.case_type,
            smallest=min(i.amount for i in items),
        ),
        Hint(
            rule_id="payment.plan.min-share",
            message_zh=f"每期不少于{minimum}元，即最多{most}期。",
            message_en=f"Each installment of at least {minimum} yuan, i.e. at most "
            f"{count_en(most, 'installment')}.",
            changes=facts(max_installments=most, min_amount=minimum),
        ),
    )

    gap_key = "payment.installment_max_gap_months"
    gap = settings.installment_max_gap_months
    previous, late, latest = plan.starts_on, None, plan.starts_on
    for item in items:
        latest = _months_end(previous, gap, cal, roll=True)
        if item.due_on > latest or not cal.is_working_day(item.due_on):
            late = item
            break
        previous = item.due_on
    where_zh = (
        f"；第{late.number}期为{late.due_on.isoformat()}，应为{latest.isoformat()}前的工作日。"
        if late
        else "。"
    )
    where_en = (
        f"; installment {late.number} falls on {late.due_on.isoformat()}, it must be a working "
        f"day by {latest.isoformat()}."
        if late
        else "."
    )
    checks.check(
        late is None,
        policy.reason(
            gap_key,
            "payment.plan.gap",
            f"各期（含首期距期限开始）间隔不超过{gap}个月，且在工作日缴纳{where_zh}",
            f"No gap (the first from the start of the term) may exceed {count_en(gap, 'month')}, "
            "and every "
            f"due date must be a working day{where_en}",
            max_gap_months=gap,
            installment=late.number if late else None,
            latest=latest if late else None,
        ),
        Hint(
            rule_id="payment.plan.gap",
            message_zh=f"第{late.number}期最晚于{latest.isoformat()}缴纳。" if late else "—",
            message_en=f"Installment {late.number} by {latest.isoformat()} at the latest."
            if late
            else "—",
            changes=facts(installment=late.number if late else None, due_on=latest),
        ),
    )

    term_key, term_months = settings.max_months(plan.case_type)
    term_end = _months_end(plan.starts_on, term_months, cal, roll=True)
    checks.check(
        plan.term_ends_on <= term_end,
        policy.reason(
            term_key,
            "payment.plan.term",
            f"分期期限至{plan.term_ends_on.isoformat()}；最长{term_months}个月"
            f"（{term_end.isoformat()}）。",
            f"The term runs to {plan.term_ends_on.isoformat()}; at most "
            f"{count_en(term_months, 'month')} "
            f"({term_end.isoformat()}).",
            term_ends_on=plan.term_ends_on,
            max_months=term_months,
            latest=term_end,
        ),
        Hint(
            rule_id="payment.plan.term",
            message_zh=f"最后一期不晚于{term_end.isoformat()}。",
            message_en=f"The last installment by {term_end.isoformat()}.",
            changes=facts(term_ends_on=term_end),
        ),
    )
    return Decision[bool](
        outcome=not checks.failed,
        decided_on=plan.starts_on,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(checks.reasons),
        hints=tuple(checks.hints),
        warnings=provisional_notice(
            provisional_years(cal, plan.starts_on, term_end, *(i.due_on for i in plan.installments))
        ),
    )


check_public(globals(), ("max_installments", "build_installment_plan", "check_installment_plan"))
