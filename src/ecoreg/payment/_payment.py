"""Paying a fine: the payment deadline, deferral and installments, plans, the late surcharge.

The law (行政处罚法):

* Art. 67 ¶3: pay within 15 days of receiving the penalty decision;
* Art. 66 ¶2: a party in real economic difficulty may apply to defer payment
  or to pay in installments, with the agency's approval;
* Art. 72 ¶1 (1): paying late adds 3 % of the fine a day, never more than the fine;
* Art. 72 ¶2: after an approved deferral or installments, the time limit for
  applying to court for enforcement runs from the end of that term.

The limits on deferral and installments come from local measures (the
Dongguan guideline, 东生态规〔2025〕2号, in force 2025-10-01) or, where none
applies, ecoreg's documented national defaults; see `ecoreg.presets`.

Counting conventions ecoreg uses (documented defaults, see ``docs/payments.md``):

* a relief term (deferral or installments) runs from the date of approval;
* a term or gap of *n* months ends on the same day *n* months later, or that
  month's last day, rolled to the next working day when it is a day off
  (民法典 Art. 202, 203);
* installment due dates fall on working days.
"""

from __future__ import annotations

import itertools
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ecoreg.core._boundary import check_public, whole_number
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    on_or_after_working_day,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._decision import Decision, Hint, Notice, Reason, count_en, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import (
    FEN,
    MAX_YUAN,
    NonNegativeYuan,
    PositiveYuan,
    Rounding,
    UncappedYuan,
    parse_yuan,
    round_yuan,
)
from ecoreg.core._periods import Deadline, add_months, calendar_days_after
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError, InvalidMoneyError

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy

__all__ = [
    "CaseType",
    "DeferralRequest",
    "HardshipGround",
    "Installment",
    "InstallmentPlan",
    "InstallmentRequest",
    "ReliefApplication",
    "ReliefKind",
    "ReliefResult",
    "ReliefStatus",
    "SurchargeResult",
    "VolunteerService",
    "build_installment_plan",
    "check_installment_plan",
    "decide_relief",
    "installment_surcharge",
    "late_surcharge",
    "max_installments",
    "payment_deadline",
]


class CaseType(StrEnum):
    """Whether enforcement of the fine goes through a lawsuit."""

    NON_LITIGATION = "non_litigation"
    """非诉案件: the agency applies to court for enforcement without a lawsuit."""
    LITIGATION = "litigation"
    """诉讼案件: the penalty is (or was) under administrative litigation."""


class HardshipGround(StrEnum):
    """The hardship grounds of the Dongguan guideline (东生态规〔2025〕2号)."""

    LOW_INCOME = "low_income"
    """(1) household income below the local minimum living standard."""
    MEDICAL_OR_ACCIDENT = "medical_or_accident"
    """(2) heavy medical or accident costs."""
    FORCE_MAJEURE = "force_majeure"
    """(3) losses from force majeure."""
    OPERATING_DIFFICULTY = "operating_difficulty"
    """(4) operating difficulties that threaten a shutdown."""


_GROUND_ZH = {
    HardshipGround.LOW_INCOME: "家庭收入低于当地最低生活保障标准",
    HardshipGround.MEDICAL_OR_ACCIDENT: "因重大疾病或意外事故支出较大",
    HardshipGround.FORCE_MAJEURE: "因不可抗力遭受重大经济损失",
    HardshipGround.OPERATING_DIFFICULTY: "生产经营困难，缴纳罚款将导致停产停业",
}


_CASE_ZH = {CaseType.NON_LITIGATION: "非诉", CaseType.LITIGATION: "诉讼"}
_BASE_ZH = {"installment": "该期金额", "outstanding": "尚未缴纳的全部金额", "fine": "罚款总额"}


class ReliefKind(StrEnum):
    """Deferral (暂缓缴纳) or installments (分期缴纳)."""

    DEFERRAL = "deferral"
    INSTALLMENTS = "installments"


class DeferralRequest(EcoregModel):
    """Defer the whole fine by ``months`` months from approval, or until a date (``until``)."""

    kind: Literal[ReliefKind.DEFERRAL] = ReliefKind.DEFERRAL
    months: Annotated[int, Field(ge=1, le=120)] | None = None
    until: Day | None = None
    """The last day of the deferral asked for, instead of a number of months."""

    @model_validator(mode="after")
    def _one_term(self) -> DeferralRequest:
        if (self.months is None) == (self.until is None):
            raise InvalidInputError(
                field="months" if self.months is not None else "until",
                value=self.months if self.months is not None else self.until,
                allowed="either a number of months or an end date (until), not both",
            )
        return self


class InstallmentRequest(EcoregModel):
    """Pay in ``count`` installments, one every ``interval_months`` months from approval."""

    kind: Literal[ReliefKind.INSTALLMENTS] = ReliefKind.INSTALLMENTS
    count: Annotated[int, Field(ge=2, le=240)]
    interval_months: Annotated[int, Field(ge=1, le=24)]


class ReliefApplication(EcoregModel):
    """A party's written application to defer or pay in installments (Art. 66 ¶2)."""

    fine: PositiveYuan
    case_type: CaseType
    decision_received_on: Day
    """When the party received the penalty decision (starts the payment period)."""
    filed_on: Day
    grounds: tuple[HardshipGround, ...]
    in_writing: bool = True
    request: DeferralRequest | InstallmentRequest = Field(discriminator="kind")
    volunteer_pledge_hours: Annotated[int, Field(ge=0, le=10000)] = 0
    """Hours of ecological volunteer service pledged (needed for a late application)."""

    @model_validator(mode="after")
    def _filed_after_receipt(self) -> ReliefApplication:
        if self.filed_on < self.decision_received_on:
            raise InvalidInputError(
                field="filed_on",
                value=self.filed_on,
                allowed=f"a date on or after decision_received_on "
                f"({self.decision_received_on.isoformat()})",
            )
        return self


class Installment(EcoregModel):
    """One installment: its number (from 1), due date and amount."""

    number: Annotated[int, Field(ge=1)]
    due_on: Day
    amount: PositiveYuan


class InstallmentPlan(EcoregModel):
    """Installments of one fine, from the term's start."""

    fine: PositiveYuan
    case_type: CaseType
    starts_on: Day
    """The start of the term (the approval date)."""
    installments: tuple[Installment, ...] = Field(min_length=1)
    warnings: tuple[Notice, ...] = ()
    """``calendar.provisional`` when a due date was computed on an unpublished holiday
    arrangement."""

    @model_validator(mode="after")
    def _accounted_for(self) -> InstallmentPlan:
        numbers = [i.number for i in self.installments]
        if numbers != list(range(1, len(numbers) + 1)):
            raise InvalidInputError(
                field="installments",
                value=numbers,
                allowed="installments numbered 1, 2, 3, … in order",
            )
        total = self.total
        if total != self.fine:
            raise InvalidInputError(
                field="installments",
                value=f"{total} in all",
                allowed=f"amounts that add up exactly to the fine of {self.fine} yuan",
            )
        for before, after in itertools.pairwise(self.installments):
            if after.due_on <= before.due_on:
                raise InvalidInputError(
                    field=f"installments.{after.number - 1}.due_on",
                    value=after.due_on,
                    allowed=f"a date after installment {before.number} "
                    f"({before.due_on.isoformat()})",
                )
        if self.installments[0].due_on <= self.starts_on:
            raise InvalidInputError(
                field="installments.0.due_on",
                value=self.installments[0].due_on,
                allowed=f"a date after the start of the term ({self.starts_on.isoformat()})",
            )
        return self

    @property
    def term_ends_on(self) -> dt.date:
        """The last day of the term: the last installment's due date (Art. 72 ¶2)."""
        return self.installments[-1].due_on

    @property
    def total(self) -> Decimal:
        """The sum of the installments."""
        return sum((i.amount for i in self.installments), Decimal("0.00"))


class VolunteerService(EcoregModel):
    """The volunteer-service condition of a late application."""

    hours: Annotated[int, Field(ge=1)]
    due_by: Day


class ReliefStatus(StrEnum):
    """The outcome of an application."""

    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    REFUSED = "refused"


class ReliefResult(EcoregModel):
    """What was decided on an application, with the terms when approved."""

    status: ReliefStatus
    kind: ReliefKind
    payment_deadline: Day
    """The last day of the ordinary payment period (Art. 67)."""
    term_ends_on: Day | None = None
    """The last day of the deferral or installment term; enforcement time runs from it."""
    plan: InstallmentPlan | None = None
    volunteer_service: VolunteerService | None = None

    @property
    def approved(self) -> bool:
        """Whether the application was approved (with or without conditions)."""
        return self.status is not ReliefStatus.REFUSED


class SurchargeResult(EcoregModel):
    """A late-payment surcharge (加处罚款)."""

    base: NonNegativeYuan
    """The amount the daily rate applies to."""
    days_late: Annotated[int, Field(ge=0)]
    daily_amount: NonNegativeYuan
    uncapped: UncappedYuan
    """The daily amount times the days late, before the cap."""
    surcharge: NonNegativeYuan
    capped: bool
    total_due: NonNegativeYuan
    """The base plus the surcharge."""


# --- helpers -------------------------------------------------------------------------------


def _months_end(start: dt.date, months: int, calendar: WorkingCalendar, *, roll: bool) -> dt.date:
    """The last day of a period of ``months`` months from ``start`` (民法典 Art. 202, 203)."""
    end, _ = add_months(start, months)
    return on_or_after_working_day(end, calendar) if roll else end


def _share(policy: Policy, case_type: CaseType) -> tuple[str, Decimal]:
    key = f"payment.installment_min_share_{case_type.value}"
    return key, policy.as_decimal(key)


def _max_months(policy: Policy, case_type: CaseType) -> tuple[str, int]:
    key = f"payment.installment_max_months_{case_type.value}"
    return key, policy.as_int(key)


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
    low, high = 1, min(int(1 / share), int(amount / FEN))
    while low < high:  # invariant: low installments are allowed; more than high are not
        mid = (low + high + 1) // 2
        if (amount / mid).quantize(FEN, rounding=ROUND_DOWN) >= floor:
            low = mid
        else:
            high = mid - 1
    return low


# --- payment deadline ----------------------------------------------------------------------


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
    key = "penalty.payment_deadline_days"
    return calendar_days_after(
        day,
        policy.as_int(key),
        roll_to_working_day=policy.as_bool("period.roll_last_day_to_working_day"),
        calendar=calendar,
        source=policy.citation(key),
    )


class _Checks:
    """Collects the conditions of a decision: every one is a reason, a failed one adds its hint."""

    def __init__(self, reasons: list[Reason]) -> None:
        self.reasons = reasons
        self.hints: list[Hint] = []
        self.failed = False

    def check(self, ok: bool, reason: Reason, hint: Hint | None = None) -> None:
        """Record a condition; ``reason`` gains the fact ``passed``, and is marked when not met."""
        update: dict[str, object] = {"facts": (*reason.facts, *facts(passed=ok))}
        if not ok:
            update["message_zh"] = f"未满足：{reason.message_zh}"
            update["message_en"] = f"Not met: {reason.message_en}"
        self.reasons.append(reason.model_copy(update=update))
        if not ok:
            self.failed = True
            if hint is not None and hint not in self.hints:
                self.hints.append(hint)


# --- plans ---------------------------------------------------------------------------------


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
        >>> from ecoreg.presets import standard_policy_book
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

    share_key, share = _share(policy, plan.case_type)
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
    gap = policy.as_int(gap_key)
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

    term_key, term_months = _max_months(policy, plan.case_type)
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


# --- relief ----------------------------------------------------------------------------------


def decide_relief(
    application: ReliefApplication,
    *,
    policy: Policy,
    decided_on: dt.date | str,
    calendar: WorkingCalendar | None = None,
) -> Decision[ReliefResult]:
    """Decide an application to defer a fine or pay it in installments.

    Conditions, each a reason in the decision: the policy allows relief
    (Art. 66 ¶2); a hardship ground the policy accepts; a written application;
    filed by the payment deadline, or later with the volunteer-service pledge
    where the policy allows it; a deferral no longer than allowed; installments
    within the term, gap and minimum-share limits. A refusal carries a hint for
    every failed condition (the longest term allowed, the latest date to
    apply, …). An approval fixes the terms from ``decided_on``.

    Args:
        application: The application.
        policy: The policy of the deciding agency's jurisdiction on ``decided_on``.
        decided_on: The date of the decision on the application (the approval date).
        calendar: The working-day calendar.

    Raises:
        InvalidInputError: if the application is decided before it was filed.
    """
    cal = calendar or china_calendar()
    app = application
    today = parse_date(decided_on, field="decided_on")
    policy.check_date(today)
    if today < app.filed_on:
        raise InvalidInputError(
            field="decided_on",
            value=today,
            allowed=f"a date on or after filed_on ({app.filed_on.isoformat()})",
        )
    deadline = payment_deadline(app.decision_received_on, policy=policy, calendar=cal)
    checks = _Checks(list(deadline.reasons))
    check = checks.check

    key = "penalty.deferral_and_installments_allowed"
    check(
        policy.as_bool(key),
        policy.reason(
            key,
            "payment.relief.allowed",
            "当事人确有经济困难的，可以申请暂缓或者分期缴纳罚款。",
            "A party in real economic difficulty may apply to defer or pay in installments.",
        ),
    )
    key = "payment.relief_grounds"
    accepted = set(policy.as_tuple(key))
    ok_grounds = [g for g in app.grounds if g.value in accepted]
    check(
        bool(ok_grounds),
        policy.reason(
            key,
            "payment.relief.grounds",
            (
                f"申请理由：{'；'.join(_GROUND_ZH[g] for g in ok_grounds)}。"
                if ok_grounds
                else "申请未提出可接受的经济困难情形。"
            ),
            (
                f"Ground(s): {', '.join(g.value for g in ok_grounds)}."
                if ok_grounds
                else "The application states no accepted hardship ground."
            ),
            grounds=[g.value for g in app.grounds],
            accepted=sorted(accepted),
        ),
        Hint(
            rule_id="payment.relief.grounds",
            message_zh="需说明并证明下列情形之一："
            + "；".join(_GROUND_ZH[HardshipGround(g)] for g in sorted(accepted)),
            message_en=f"State and prove one of: {', '.join(sorted(accepted))}.",
            changes=facts(grounds=sorted(accepted)),
        ),
    )
    check(
        app.in_writing,
        policy.reason(
            "penalty.deferral_and_installments_allowed",
            "payment.relief.in-writing",
            "申请应当以书面形式提出。" if app.in_writing else "申请未以书面形式提出。",
            "The application must be in writing."
            if app.in_writing
            else "The application was not made in writing.",
            in_writing=app.in_writing,
        ),
        Hint(
            rule_id="payment.relief.in-writing",
            message_zh="以书面形式提出申请。",
            message_en="Apply in writing.",
            changes=facts(in_writing=True),
        ),
    )

    late = app.filed_on > deadline.last_day
    volunteer: VolunteerService | None = None
    timing_facts = {"filed_on": app.filed_on, "payment_deadline": deadline.last_day}
    if not late:
        checks.reasons.append(
            Reason(
                rule_id="payment.relief.timely",
                citation=deadline.reasons[0].citation,
                message_zh=f"申请于缴款期限{deadline.last_day.isoformat()}届满前提出。",
                message_en=f"Filed by the payment deadline of {deadline.last_day.isoformat()}.",
                facts=facts(timing_facts),
            )
        )
    else:
        allowed_late = _late_allowed(policy)
        hours = policy.as_int("payment.late_application_volunteer_hours") if allowed_late else 0
        months = policy.as_int("payment.late_application_volunteer_months") if allowed_late else 0
        due_by = _months_end(today, months, cal, roll=True) if allowed_late else None
        pledged = allowed_late and app.volunteer_pledge_hours >= hours
        key = "payment.late_application_allowed"
        if allowed_late:
            zh = (
                f"申请晚于缴款期限{deadline.last_day.isoformat()}，须承诺参加不少于{hours}小时的"
                f"生态环境志愿服务，并于批准之日起{months}个月内（{due_by}前）完成；"
                f"已承诺{app.volunteer_pledge_hours}小时。"
            )
            en = (
                f"Filed after the payment deadline of {deadline.last_day.isoformat()}: needs a "
                "pledge "
                f"of at least {count_en(hours, 'hour')} of ecological volunteer service, done "
                "within "
                f"{count_en(months, 'month')} of approval (by {due_by}); "
                f"{count_en(app.volunteer_pledge_hours, 'hour')} pledged."
            )
            hint = Hint(
                rule_id="payment.relief.late",
                message_zh=f"承诺不少于{hours}小时的生态环境志愿服务，并于{due_by}前完成。",
                message_en=f"Pledge at least {count_en(hours, 'hour')} of volunteer service, done "
                f"by {due_by}.",
                changes=facts(volunteer_pledge_hours=hours),
            )
        else:
            zh = (
                f"申请应在缴款期限{deadline.last_day.isoformat()}届满前提出，"
                f"本申请于{app.filed_on.isoformat()}提出。"
            )
            en = (
                f"The application had to be filed by the payment deadline of "
                f"{deadline.last_day.isoformat()}; it was filed on {app.filed_on.isoformat()}."
            )
            hint = Hint(
                rule_id="payment.relief.late",
                message_zh=f"在{deadline.last_day.isoformat()}前提出申请。",
                message_en=f"File by {deadline.last_day.isoformat()}.",
                changes=facts(filed_on=deadline.last_day),
            )
        check(
            pledged,
            policy.reason(
                key,
                "payment.relief.late",
                zh,
                en,
                volunteer_pledge_hours=app.volunteer_pledge_hours,
                required_hours=hours,
                **timing_facts,
            ),
            hint,
        )
        if pledged and due_by is not None:
            volunteer = VolunteerService(hours=hours, due_by=due_by)

    term_end, plan, longest = _check_request(app, policy, today, cal, checks)
    due = [i.due_on for i in plan.installments] if plan is not None else []
    provisional = set(deadline.provisional_years) | set(
        provisional_years(cal, today, term_end, longest, *due)
    )
    failed = checks.failed

    status = ReliefStatus.REFUSED
    if not failed:
        status = ReliefStatus.APPROVED_WITH_CONDITIONS if volunteer else ReliefStatus.APPROVED
        checks.reasons.append(
            policy.reason(
                "penalty.enforcement_limit_from_term_end",
                "payment.relief.enforcement-limit",
                f"批准后，申请人民法院强制执行的期限自{term_end}起计算。",
                f"Once approved, the time limit for applying to court runs from {term_end}.",
                term_ends_on=term_end,
            )
        )
    result = ReliefResult(
        status=status,
        kind=app.request.kind,
        payment_deadline=deadline.last_day,
        term_ends_on=None if failed else term_end,
        plan=None if failed else plan,
        volunteer_service=None if failed else volunteer,
    )
    return Decision[ReliefResult](
        outcome=result,
        decided_on=today,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(checks.reasons),
        hints=tuple(checks.hints),
        warnings=provisional_notice(provisional),
    )


def _late_allowed(policy: Policy) -> bool:
    return policy.as_bool("payment.late_application_allowed")


def _check_request(
    app: ReliefApplication,
    policy: Policy,
    today: dt.date,
    cal: WorkingCalendar,
    checks: _Checks,
) -> tuple[dt.date, InstallmentPlan | None, dt.date]:
    """The term's end, the plan (if one can be built) and the longest term allowed."""
    check = checks.check
    request = app.request
    if isinstance(request, DeferralRequest):
        key = "payment.deferral_max_months"
        most = policy.as_int(key)
        longest = _months_end(today, most, cal, roll=True)
        hint = Hint(
            rule_id="payment.relief.deferral-term",
            message_zh=f"可申请暂缓最长{most}个月，至{longest.isoformat()}。",
            message_en=f"A deferral of up to {count_en(most, 'month')}, to {longest.isoformat()}, "
            "would pass.",
            changes=facts(months=most, ends_on=longest),
        )
        if request.until is not None:
            # A deferral to a date: refused if it runs past the longest term by even a day.
            end = on_or_after_working_day(request.until, cal)
            check(
                today < request.until <= longest,
                policy.reason(
                    key,
                    "payment.relief.deferral-term",
                    f"申请暂缓至{request.until.isoformat()}；暂缓期限最长{most}个月，"
                    f"即不晚于{longest.isoformat()}。",
                    f"Deferral requested until {request.until.isoformat()}; at most "
                    f"{count_en(most, 'month')}, "
                    f"that is until {longest.isoformat()} at the latest.",
                    until=request.until,
                    max_months=most,
                    latest=longest,
                ),
                hint,
            )
            return end, None, longest
        months = request.months or 0  # a request has months or until (DeferralRequest)
        end = _months_end(today, months, cal, roll=True)
        check(
            months <= most,
            policy.reason(
                key,
                "payment.relief.deferral-term",
                f"申请暂缓{months}个月（至{end.isoformat()}），暂缓期限最长{most}个月。",
                f"Deferral of {count_en(months, 'month')} requested (to {end.isoformat()}); at "
                "most "
                f"{count_en(most, 'month')}.",
                months=months,
                max_months=most,
                ends_on=end,
            ),
            hint,
        )
        return end, None, longest

    term_key, term_months = _max_months(policy, app.case_type)
    gap_key = "payment.installment_max_gap_months"
    gap = policy.as_int(gap_key)
    share_key, share = _share(policy, app.case_type)
    most_count = max_installments(app.fine, share)
    months = request.count * request.interval_months
    longest = _months_end(today, term_months, cal, roll=True)
    best_interval = min(gap, max(1, term_months // most_count))
    pass_hint = Hint(
        rule_id="payment.relief.installments",
        message_zh=(
            f"{_CASE_ZH[app.case_type]}案件分期最长{term_months}个月"
            f"（至{longest.isoformat()}），最多{most_count}期，每期间隔不超过{gap}个月，"
            f"例如每{best_interval}个月一期、共{min(most_count, term_months // best_interval)}期。"
        ),
        message_en=(
            f"For a {app.case_type.value.replace('_', '-')} case: at most "
            f"{count_en(term_months, 'month')} (to "
            f"{longest.isoformat()}), at most {count_en(most_count, 'installment')}, at most "
            f"{count_en(gap, 'month')} "
            f"apart; e.g. {min(most_count, term_months // best_interval)} installments every "
            f"{count_en(best_interval, 'month')}."
        ),
        changes=facts(
            max_months=term_months,
            max_installments=most_count,
            interval_months=best_interval,
            count=min(most_count, term_months // best_interval),
        ),
    )
    check(
        months <= term_months,
        policy.reason(
            term_key,
            "payment.relief.installment-term",
            f"申请分{request.count}期、每{request.interval_months}个月一期，共{months}个月；"
            f"最长{term_months}个月。",
            f"{count_en(request.count, 'installment')} every "
            f"{count_en(request.interval_months, 'month')}, {count_en(months, 'month')} "
            f"in all; at most {count_en(term_months, 'month')}.",
            count=request.count,
            interval_months=request.interval_months,
            months=months,
            max_months=term_months,
        ),
        pass_hint,
    )
    check(
        request.interval_months <= gap,
        policy.reason(
            gap_key,
            "payment.relief.installment-gap",
            f"每期间隔{request.interval_months}个月；最长{gap}个月。",
            f"Installments {count_en(request.interval_months, 'month')} apart; at most "
            f"{count_en(gap, 'month')}.",
            interval_months=request.interval_months,
            max_gap_months=gap,
        ),
        pass_hint,
    )
    check(
        request.count <= most_count,
        policy.reason(
            share_key,
            "payment.relief.installment-share",
            f"分{request.count}期；每期不少于罚款的{share:%}，最多{most_count}期。",
            f"{count_en(request.count, 'installment')}; each at least {share:%} of the fine, so "
            "at most "
            f"{most_count}.",
            count=request.count,
            min_share=share,
            max_installments=most_count,
        ),
        pass_hint,
    )
    if request.count > most_count:  # refused above; an equal split may not even exist
        return _months_end(today, months, cal, roll=True), None, longest
    plan = build_installment_plan(
        app.fine,
        count=request.count,
        interval_months=request.interval_months,
        starts_on=today,
        case_type=app.case_type,
        calendar=cal,
    )
    return plan.term_ends_on, plan, longest


# --- surcharge -------------------------------------------------------------------------------


def late_surcharge(
    base: Decimal | int | str,
    *,
    due_on: dt.date | str,
    paid_on: dt.date | str,
    policy: Policy,
) -> Decision[SurchargeResult]:
    """The surcharge for paying ``base`` after its last day ``due_on`` (行政处罚法 Art. 72 ¶1 (1)).

    Each day after ``due_on`` up to and including ``paid_on`` adds the daily
    rate (3 %) of ``base``; the total never exceeds the cap (the fine itself).
    The daily amount is rounded half-up to the fen (the only rounding).

    Examples:
        >>> from ecoreg import national_policy_book
        >>> policy = national_policy_book().resolve("CN", "2026-03-01")
        >>> d = late_surcharge("10000", due_on="2026-03-01", paid_on="2026-04-10", policy=policy)
        >>> d.outcome.days_late, str(d.outcome.uncapped), str(d.outcome.surcharge)
        (40, '12000.00', '10000.00')
    """
    # The surcharge never exceeds the base (Art. 72), so base + surcharge stays in range.
    amount = parse_yuan(base, field="base", minimum=0, maximum=MAX_YUAN / 2)
    due = parse_date(due_on, field="due_on")
    paid = parse_date(paid_on, field="paid_on")
    rate_key, cap_key = "penalty.late_surcharge_daily_rate", "penalty.late_surcharge_cap_ratio"
    rate, cap_ratio = policy.as_decimal(rate_key), policy.as_decimal(cap_key)
    days = max(0, (paid - due).days)
    daily = round_yuan(amount * rate, rounding=Rounding.HALF_UP)
    uncapped = daily * days
    cap = round_yuan(amount * cap_ratio, rounding=Rounding.DOWN)
    surcharge = min(uncapped, cap)
    capped = uncapped > cap
    reasons = [
        policy.reason(
            rate_key,
            "payment.surcharge.daily",
            f"逾期{days}日，每日按{amount}元的{rate:%}加处罚款{daily}元，共{uncapped}元。",
            f"{count_en(days, 'day')} late: {rate:%} of {amount} yuan a day, {daily} yuan a day, "
            f"{uncapped} yuan in all.",
            base=amount,
            due_on=due,
            paid_on=paid,
            days_late=days,
            daily_rate=rate,
            daily_amount=daily,
        )
    ]
    if capped:
        reasons.append(
            policy.reason(
                cap_key,
                "payment.surcharge.cap",
                f"加处罚款的数额不得超出罚款的数额，以{cap}元为限。",
                f"The surcharge may not exceed the fine: capped at {cap} yuan.",
                uncapped=uncapped,
                cap=cap,
            )
        )
    return Decision[SurchargeResult](
        outcome=SurchargeResult(
            base=amount,
            days_late=days,
            daily_amount=daily,
            uncapped=uncapped,
            surcharge=surcharge,
            capped=capped,
            total_due=amount + surcharge,
        ),
        decided_on=paid,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
    )


def installment_surcharge(
    plan: InstallmentPlan,
    *,
    missed: int,
    paid_on: dt.date | str,
    policy: Policy,
) -> Decision[SurchargeResult]:
    """The surcharge for installment number ``missed`` paid late on ``paid_on``.

    What the daily rate applies to is a policy parameter,
    ``payment.missed_installment_surcharge_base``: ``installment`` (the missed
    installment; ecoreg's default), ``outstanding`` (that installment and all
    later ones) or ``fine`` (the whole fine).

    Raises:
        InvalidInputError: if ``missed`` is not an installment of the plan.
    """
    if (
        isinstance(missed, bool)
        or not isinstance(missed, int)
        or not 1 <= missed <= len(plan.installments)
    ):
        raise InvalidInputError(
            field="missed",
            value=missed,
            allowed=f"an installment number from 1 to {len(plan.installments)}",
        )
    item = plan.installments[missed - 1]
    key = "payment.missed_installment_surcharge_base"
    basis = policy.as_str(key)
    if basis == "installment":
        base = item.amount
    elif basis == "outstanding":
        base = sum((i.amount for i in plan.installments[missed - 1 :]), Decimal("0.00"))
    else:
        base = plan.fine
    if base > MAX_YUAN / 2:
        raise InvalidMoneyError(
            field="plan",
            value=f"{base} yuan",
            allowed=f"a plan whose surcharge base is at most {MAX_YUAN / 2:.2f} yuan "
            "(the surcharge may double it)",
        )
    decision = late_surcharge(base, due_on=item.due_on, paid_on=paid_on, policy=policy)
    basis_reason = policy.reason(
        key,
        "payment.surcharge.installment-base",
        f"第{item.number}期逾期，加处罚款以{_BASE_ZH[basis]}{base}元为基数。",
        f"Installment {item.number} is late; the surcharge applies to {basis} ({base} yuan).",
        installment=item.number,
        basis=basis,
        base=base,
    )
    # The missed due date was computed on the calendar when the plan was built.
    return decision.model_copy(
        update={"reasons": (basis_reason, *decision.reasons), "warnings": plan.warnings}
    )


check_public(
    globals(),
    (
        "max_installments",
        "payment_deadline",
        "build_installment_plan",
        "check_installment_plan",
        "decide_relief",
        "late_surcharge",
        "installment_surcharge",
    ),
)
