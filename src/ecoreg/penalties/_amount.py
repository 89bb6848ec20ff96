"""`decide_fine`: how much? From the statutory range to the final amount, each step shown.

From the statutory range and the factor levels to a base amount (ecoreg's documented default
formula, replaceable by a jurisdiction's table), then aggravating circumstances (从重,
环执法〔2019〕42号) and the Art. 32 circumstances (从轻/减轻), then reductions for an apology
pledge (Dongguan, Yingkou) and law study (Yingkou).
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._citations import Citation
from ecoreg.core._decision import Decision, Hint, Notice, Reason, count_en, facts
from ecoreg.core._money import (
    YUAN,
    Rounding,
    parse_yuan,
    round_yuan,
)
from ecoreg.core._periods import add_months, working_days_after
from ecoreg.exceptions import InvalidInputError, MissingParameterError
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import mee_measures
from ecoreg.penalties._case import (
    _AGGRAVATION_ZH,
    _MITIGATION_ITEM,
    _MITIGATION_ZH,
    Aggravation,
    FineResult,
    FineStep,
    StudyStanding,
    ViolationCase,
    _choose_law,
    _decision_day,
    _excluded,
    _kind,
)
from ecoreg.penalties._settings import PenaltySettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy
    from ecoreg.core._records import LegalBasis

__all__ = ["decide_fine"]


def _level(value: Decimal, thresholds: tuple[Decimal, ...]) -> int:
    return 1 + sum(1 for t in thresholds if value >= t)


class _Steps:
    def __init__(self) -> None:
        self.steps: list[FineStep] = []
        self.reasons: list[Reason] = []

    def add(
        self,
        rule_id: str,
        amount: Decimal,
        before: Decimal,
        zh: str,
        en: str,
        citation: Citation | None,
        **used: object,
    ) -> Decimal:
        self.steps.append(
            FineStep(
                rule_id=rule_id,
                label_zh=zh,
                label_en=en,
                amount=amount,
                change=amount - before,
                citation=citation,
            )
        )
        self.reasons.append(
            Reason(
                rule_id=rule_id,
                citation=citation,
                message_zh=f"{zh}：{amount}元。",
                message_en=f"{en}: {amount} yuan.",
                facts=facts(used, amount=amount, change=amount - before),
            )
        )
        return amount


def _discretion_base(
    case: ViolationCase, basis: LegalBasis, settings: PenaltySettings, steps: _Steps
) -> Decimal:
    policy = settings.policy
    thresholds = settings.exceedance_thresholds
    exceedance = (
        _level(case.exceedance_ratio, thresholds) if case.exceedance_ratio is not None else 1
    )
    window = settings.history_window_months
    since, _ = add_months(case.occurred_on, -window)
    count = 1 + sum(1 for p in case.prior_violations if since <= p.on <= case.occurred_on)
    table = settings.history_levels
    history = table[min(count, len(table)) - 1]
    levels = (case.destination_level, exceedance, case.period_level, history)
    weights = settings.factor_weights
    if len(weights) != len(levels) or sum(weights) == 0:
        raise MissingParameterError(
            "discretion.factor_weights needs four weights that are not all zero",
            jurisdiction=policy.jurisdiction.code,
            on=policy.on,
            field="discretion.factor_weights",
            value=weights,
            allowed="four non-negative weights with a positive sum",
        )
    mean = sum((w * lv for w, lv in zip(weights, levels, strict=True)), Decimal(0)) / sum(
        weights, Decimal(0)
    )
    shares = settings.level_shares
    if len(shares) != 5 or any(b < a for a, b in itertools.pairwise(shares)):
        raise MissingParameterError(
            "discretion.level_shares needs five non-decreasing shares",
            jurisdiction=policy.jurisdiction.code,
            on=policy.on,
            field="discretion.level_shares",
            value=shares,
            allowed="five shares of the range for levels 1–5, each at least the one before",
        )
    low = min(int(mean), 4)  # the table row at or below the mean level (1–4)
    share = shares[low - 1] + (shares[low] - shares[low - 1]) * (mean - low)
    span = basis.fine_max - basis.fine_min
    base = round_yuan(basis.fine_min + span * share, to=YUAN, rounding=Rounding.HALF_UP)
    return steps.add(
        "fine.base",
        base,
        basis.fine_min,
        f"裁量基数（排放去向{levels[0]}级、超标{levels[1]}级、时段{levels[2]}级、"
        f"两年内违法{count}次为{levels[3]}级，加权平均{mean:.2f}级）",
        f"Discretion base (destination level {levels[0]}, exceedance level {levels[1]}, period "
        f"level {levels[2]}, {count} violation(s) in the window = level {levels[3]}; weighted mean "
        f"{mean:.2f})",
        policy.citation("discretion.factor_weights"),
        destination_level=levels[0],
        exceedance_level=levels[1],
        period_level=levels[2],
        history_level=levels[3],
        violations_in_window=count,
        mean_level=f"{mean:.4f}",
        share_of_range=f"{share:.4f}",
    )


def _repeat_offender(case: ViolationCase, settings: PenaltySettings) -> bool:
    window = settings.history_window_months
    since, _ = add_months(case.occurred_on, -window)
    same = [
        p
        for p in case.prior_violations
        if p.kind == case.kind and p.penalized and since <= p.on <= case.occurred_on
    ]
    return len(same) >= 3


def decide_fine(
    case: ViolationCase,
    *,
    policy: Policy,
    decided_on: dt.date | str,
    proposed: Decimal | int | str | None = None,
    study: StudyStanding | None = None,
    calendar: WorkingCalendar | None = None,
) -> Decision[FineResult]:
    """Work out a fine step by step, from the statutory range to the final amount.

    Without ``proposed``, the base comes from the factor levels (ecoreg's
    default table: the statutory minimum plus the range times the share the
    jurisdiction's benchmark table ``discretion.level_shares`` gives the weighted
    mean level, interpolated; by default 0, ¼, ½, ¾, 1 for levels 1–5), then each aggravating
    circumstance adds ``discretion.aggravation_step`` of the range (capped at
    the maximum) and each Art. 32 circumstance takes ``discretion.mitigation_step``
    off (从轻; below the minimum it is 减轻, never below zero). With
    ``proposed`` (the amount of the notice of proposed penalty), that amount is
    the starting point. Then the reductions the jurisdiction grants: an
    accepted apology pledge, law-study points. The final amount is rounded
    down to the yuan.

    Raises:
        InvalidInputError: for an unknown kind, a proposed amount outside the range.
    """
    today = _decision_day(case, policy, decided_on)
    settings = PenaltySettings.of(policy)
    kind = _kind(policy, case.kind)
    law = _choose_law(case, kind, today)
    basis = law.basis
    if basis is None:
        raise InvalidInputError(
            field="kind",
            value=kind.id,
            allowed=f"a conduct that is still a violation on {today} (see decide_leniency: the "
            "law at the decision no longer punishes it)",
        )
    cal = calendar or china_calendar()
    steps = _Steps()
    if law.reason is not None:
        steps.reasons.append(law.reason)
    lo, hi = basis.fine_min, basis.fine_max
    span = hi - lo
    steps.add(
        "fine.range",
        lo,
        lo,
        f"法定罚款幅度{lo}元至{hi}元",
        f"Statutory range {lo} to {hi} yuan",
        basis.citation,
        kind=kind.id,
        fine_min=lo,
        fine_max=hi,
    )
    if proposed is not None:
        amount = parse_yuan(proposed, field="proposed", minimum=0)
        if not lo <= amount <= hi and not case.mitigations:
            raise InvalidInputError(
                field="proposed",
                value=amount,
                allowed=f"an amount within the statutory range {lo}–{hi} yuan "
                "(below it only with an Art. 32 circumstance)",
            )
        amount = steps.add(
            "fine.proposed",
            amount,
            lo,
            "拟处罚款数额（事先告知书）",
            "Proposed fine (notice of proposed penalty)",
            basis.citation,
        )
    else:
        amount = _discretion_base(case, basis, settings, steps)
        aggravations = set(case.aggravations)
        if _repeat_offender(case, settings):
            aggravations.add(Aggravation.REPEAT_SAME_KIND)
        step = settings.aggravation_step
        for agg in sorted(aggravations):
            before = amount
            amount = min(hi, amount + round_yuan(span * step, to=YUAN, rounding=Rounding.HALF_UP))
            steps.add(
                f"fine.aggravation.{agg.value}",
                amount,
                before,
                f"从重：{_AGGRAVATION_ZH[agg]}（不超过上限）",
                f"Aggravating: {agg.value.replace('_', ' ')} (capped at the maximum)",
                Citation(
                    instrument=mee_measures.DISCRETION_GUIDANCE_2019,
                    note="Step size: discretion.aggravation_step (an ecoreg default unless the "
                    "jurisdiction sets it).",
                ),
                aggravation=agg,
                step=step,
            )
        step = settings.mitigation_step
        for mit in sorted(set(case.mitigations)):
            before = amount
            amount = max(
                Decimal("0.00"),
                amount - round_yuan(span * step, to=YUAN, rounding=Rounding.HALF_UP),
            )
            reduced = amount < lo
            steps.add(
                f"fine.mitigation.{mit.value}",
                amount,
                before,
                ("减轻" if reduced else "从轻") + f"：{_MITIGATION_ZH[mit]}",
                ("Reduced below the minimum" if reduced else "Lighter")
                + f": {mit.value.replace('_', ' ')}",
                apl.ART_32.model_copy(update={"item": _MITIGATION_ITEM[mit]}),
                mitigation=mit,
                step=step,
                below_minimum=reduced,
            )
    before_reductions = amount
    excluded = _excluded(case, kind)
    amount = _apology(case, basis, settings, cal, amount, steps, excluded)
    amount = _study(basis, settings, study, amount, steps, excluded=bool(excluded))
    final = round_yuan(amount, to=YUAN, rounding=Rounding.DOWN)
    if final != amount:
        amount = steps.add(
            "fine.rounding",
            final,
            amount,
            "罚款数额取整到元（舍去角分）",
            "Rounded down to the whole yuan",
            None,
        )
    if final < lo:
        steps.reasons.append(
            Reason(
                rule_id="fine.below-minimum",
                citation=apl.ART_32,
                message_zh=f"最终罚款{final}元低于法定下限{lo}元，系依法减轻处罚，不低于零。",
                message_en=f"The final fine of {final} yuan is below the statutory minimum of {lo} "
                "yuan: a reduced penalty (减轻处罚) under Art. 32, never below zero.",
                facts=facts(final=final, fine_min=lo),
            )
        )
    return Decision[FineResult](
        outcome=FineResult(
            kind=kind.id,
            statutory_min=lo,
            statutory_max=hi,
            steps=tuple(steps.steps),
            final=final,
            below_statutory_minimum=final < lo,
        ),
        decided_on=today,
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(steps.reasons),
        hints=tuple(
            _apology_hint(case, basis, settings, cal, before_reductions, excluded=bool(excluded))
        ),
        warnings=_pledge_provisional(case, settings, cal),
    )


def _pledge_provisional(
    case: ViolationCase, settings: PenaltySettings, cal: WorkingCalendar
) -> tuple[Notice, ...]:
    """The provisional-calendar warning when the pledge window was counted on such a year."""
    if case.notice_received_on is None or not settings.apology_enabled:
        return ()
    _, last_day = _pledge_deadline(case.notice_received_on, settings, cal)
    return provisional_notice(provisional_years(cal, case.notice_received_on, last_day))


def _pledge_deadline(
    notice_received_on: dt.date, settings: PenaltySettings, cal: WorkingCalendar
) -> tuple[int, dt.date]:
    """The working days allowed for a pledge and the last day to file it."""
    days = settings.apology_working_days
    if days is None:  # unset: the policy's own error names the missing parameter
        days = settings.policy.as_int("reduction.apology.application_working_days")
    return days, working_days_after(notice_received_on, days, calendar=cal).last_day


def _apology_share(case: ViolationCase, settings: PenaltySettings) -> tuple[str, Decimal]:
    shares = settings.apology_shares
    for flag, key in (
        (case.heavy_pollution_process, "reduction.apology.share_heavy_pollution"),
        (case.river_basin, "reduction.apology.share_river_basin"),
    ):
        if flag and key in shares:
            return key, shares[key]
    key = "reduction.apology.share"
    if key in shares:
        return key, shares[key]
    return key, settings.policy.as_decimal(key)  # unset: the policy's own error names it


def _apology_amount(
    amount: Decimal, basis: LegalBasis, settings: PenaltySettings, share: Decimal
) -> tuple[Decimal, Decimal]:
    """(new amount, reduction) for an accepted pledge: never below the minimum, never up."""
    method = settings.apology_method
    base = amount if method == "share_of_fine" else max(Decimal(0), amount - basis.fine_min)
    reduction = round_yuan(base * share, rounding=Rounding.DOWN)
    if settings.apology_cap is not None:
        reduction = min(reduction, settings.apology_cap)
    floor = min(amount, basis.fine_min)
    new = max(amount - reduction, floor)
    return new, amount - new


def _apology(
    case: ViolationCase,
    basis: LegalBasis,
    settings: PenaltySettings,
    cal: WorkingCalendar,
    amount: Decimal,
    steps: _Steps,
    excluded: list[tuple[str, str]],
) -> Decimal:
    policy = settings.policy
    pledge = case.apology_pledge
    if pledge is None or not settings.apology_enabled:
        return amount
    refusals = excluded or (
        [] if pledge.rectified else [("违法行为尚未改正", "the violation has not been corrected")]
    )
    if refusals:
        steps.reasons.append(
            Reason(
                rule_id="fine.reduction.apology.refused",
                citation=policy.citation("reduction.apology.method"),
                message_zh="道歉承诺不予减轻：" + "；".join(zh for zh, _ in refusals) + "。",
                message_en="The apology pledge gives no reduction: "
                + "; ".join(en for _, en in refusals)
                + ".",
                facts=facts(excluded=[en for _, en in refusals]),
            )
        )
        return amount
    assert case.notice_received_on is not None  # noqa: S101 - enforced by ViolationCase
    days, last_day = _pledge_deadline(case.notice_received_on, settings, cal)
    if pledge.filed_on > last_day:
        steps.reasons.append(
            Reason(
                rule_id="fine.reduction.apology.late",
                citation=policy.citation("reduction.apology.application_working_days"),
                message_zh=f"道歉承诺应在收到告知书后{days}个工作日内（{last_day}前）提出，"
                f"本承诺于{pledge.filed_on}提出，不予减轻。",
                message_en=f"The pledge had to be filed within {count_en(days, 'working day')} of "
                "the notice "
                f"(by {last_day}); it was filed on {pledge.filed_on}: no reduction.",
                facts=facts(
                    notice_received_on=case.notice_received_on,
                    filed_on=pledge.filed_on,
                    deadline=last_day,
                ),
            )
        )
        return amount
    share_key, share = _apology_share(case, settings)
    new, reduction = _apology_amount(amount, basis, settings, share)
    method = settings.apology_method
    return steps.add(
        "fine.reduction.apology",
        new,
        amount,
        f"公开道歉承诺守法，减轻{share:%}"
        + ("（按超出法定下限部分计）" if method == "share_of_excess" else "")
        + "，不低于法定下限"
        + policy.local_note(share_key)[0],
        f"Public apology and pledge: {share:%} off"
        + (" the part above the statutory minimum" if method == "share_of_excess" else "")
        + ", never below the statutory minimum"
        + policy.local_note(share_key)[1],
        policy.citation(share_key),
        share=share,
        method=method,
        reduction=reduction,
        filed_on=pledge.filed_on,
        deadline=last_day,
    )


def _apology_hint(
    case: ViolationCase,
    basis: LegalBasis,
    settings: PenaltySettings,
    cal: WorkingCalendar,
    amount: Decimal,
    *,
    excluded: bool,
) -> list[Hint]:
    if case.apology_pledge is not None or not settings.apology_enabled:
        return []
    if case.notice_received_on is None or excluded:
        return []
    _, deadline = _pledge_deadline(case.notice_received_on, settings, cal)
    _, share = _apology_share(case, settings)
    new, _ = _apology_amount(amount, basis, settings, share)
    if new >= amount:
        return []
    return [
        Hint(
            rule_id="fine.reduction.apology",
            message_zh=f"改正违法行为并于{deadline}前提出公开道歉承诺的，罚款可减至{new}元。",
            message_en=f"An apology pledge filed by {deadline}, with the violation corrected, "
            f"would reduce the fine to {new} yuan.",
            changes=facts(apology_pledge_filed_by=deadline, fine=new),
        )
    ]


def _study(
    basis: LegalBasis,
    settings: PenaltySettings,
    study: StudyStanding | None,
    amount: Decimal,
    steps: _Steps,
    *,
    excluded: bool,
) -> Decimal:
    share = settings.study_share
    if study is None or share is None:
        return amount
    policy = settings.policy
    if share == 0 or not study.lighter_penalty or excluded:
        return amount
    reduction = round_yuan(max(Decimal(0), amount - basis.fine_min) * share, rounding=Rounding.DOWN)
    return steps.add(
        "fine.reduction.study",
        amount - reduction,
        amount,
        f"主动学法积分{study.points}分，从轻处罚：超出法定下限部分减{share:%}"
        + policy.local_note("reduction.study.share")[0],
        f"Law-study points ({study.points}): {share:%} off the part above the statutory minimum"
        + policy.local_note("reduction.study.share")[1],
        policy.citation("reduction.study.share"),
        points=study.points,
        share=share,
        reduction=reduction,
    )


check_public(globals(), ("decide_fine",))
