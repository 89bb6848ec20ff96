"""`decide_relief`: deferral or installments for a party in real economic difficulty.

行政处罚法 Art. 66 ¶2 and the local guidelines (Dongguan, 东生态规〔2025〕2号).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    on_or_after_working_day,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._decision import Decision, Hint, Reason, count_en, facts
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.payment._deadline import payment_deadline
from ecoreg.payment._models import (
    _CASE_ZH,
    _GROUND_ZH,
    DeferralRequest,
    HardshipGround,
    InstallmentPlan,
    ReliefApplication,
    ReliefResult,
    ReliefStatus,
    VolunteerService,
    _Checks,
    _months_end,
)
from ecoreg.payment._plans import build_installment_plan, max_installments
from ecoreg.payment._settings import PaymentSettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy

__all__ = ["decide_relief"]


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
    settings = PaymentSettings.of(policy)
    deadline = payment_deadline(app.decision_received_on, policy=policy, calendar=cal)
    checks = _Checks(list(deadline.reasons))
    check = checks.check

    key = "penalty.deferral_and_installments_allowed"
    check(
        settings.deferral_and_installments_allowed,
        policy.reason(
            key,
            "payment.relief.allowed",
            "当事人确有经济困难的，可以申请暂缓或者分期缴纳罚款。",
            "A party in real economic difficulty may apply to defer or pay in installments.",
        ),
    )
    key = "payment.relief_grounds"
    accepted = settings.relief_grounds
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
        allowed_late = settings.late_application_allowed
        hours = settings.late_application_volunteer_hours if allowed_late else 0
        months = settings.late_application_volunteer_months if allowed_late else 0
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

    term_end, plan, longest = _check_request(app, settings, today, cal, checks)
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


def _check_request(
    app: ReliefApplication,
    settings: PaymentSettings,
    today: dt.date,
    cal: WorkingCalendar,
    checks: _Checks,
) -> tuple[dt.date, InstallmentPlan | None, dt.date]:
    """The term's end, the plan (if one can be built) and the longest term allowed."""
    check = checks.check
    policy = settings.policy
    request = app.request
    if isinstance(request, DeferralRequest):
        key = "payment.deferral_max_months"
        most = settings.deferral_max_months
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

    term_key, term_months = settings.max_months(app.case_type)
    gap_key = "payment.installment_max_gap_months"
    gap = settings.installment_max_gap_months
    share_key, share = settings.min_share(app.case_type)
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


check_public(globals(), ("decide_relief",))
