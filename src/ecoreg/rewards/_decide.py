"""`decide_reward`: whether one report earns a reward, how much, and by when.

The chain, each step a reason with its source:

1. eligibility, condition by condition (real name or anonymous with a contact; target and
   violation named; not known to the department or exposed in the media before; verified
   with an outcome that earns a reward; no supervisory staff or close relative; cooperation;
   not a false report; a matter not already rewarded, or a new violation after the case
   closed). A refusal carries hints saying what would have changed it;
2. the amount: the tier, share or band of each finding, floors and caps, one reward for
   several violations (the highest, unless the local rule adds them up), stage bonuses,
   evidence and insider multipliers, the city's adjustment, the jurisdiction's cap, and a
   special one-off award flagged for the government's approval (never decided here);
3. deadlines on the real calendar: notify, claim, pay, and the feedback a real-name
   reporter is owed (生态环境法典 Art. 146 ¶1).

The reporter appears only by a pseudonymous reference (`reporter_reference`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ecoreg.core._boundary import check_public
from ecoreg.core._citations import Citation
from ecoreg.core._decision import Decision, Hint, Notice, Reason, facts
from ecoreg.core._money import FEN, YUAN, Rounding, round_yuan
from ecoreg.core._periods import calendar_days_after, working_days_after
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import eco_code
from ecoreg.rewards._models import (
    AmountStep,
    ReportFinding,
    RewardedCase,
    RewardOutcome,
    RewardStatus,
    SpecialAward,
    WhistleblowerReport,
)
from ecoreg.rewards._params import RewardBand, RewardTier, StageBonus
from ecoreg.rewards._pseudonym import reporter_reference

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from ecoreg.core._calendar import WorkingCalendar
    from ecoreg.core._policy import Policy

__all__ = ["decide_reward"]

ROUNDING = Rounding.HALF_UP
"""How reward amounts are rounded (四舍五入), to the unit ``rewards.rounding`` names."""

_ART_146 = Citation(
    instrument=eco_code.INSTRUMENT,
    article=146,
    paragraph=1,
    quote_zh="接受举报的机关应当及时处理并对举报人的相关信息予以保密；"
    "对实名举报的，应当反馈处理结果等情况。",
)


def _has(policy: Policy, key: str) -> bool:
    return key in policy.parameters


def _flag(policy: Policy, key: str) -> bool:
    return _has(policy, key) and policy.as_bool(key)


class _Chain:
    """The reasons, hints and failed conditions of one decision, in order."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.reasons: list[Reason] = []
        self.hints: list[Hint] = []
        self.failed: list[str] = []
        self.steps: list[AmountStep] = []

    def ok(self, key: str, rule_id: str, zh: str, en: str, **used: object) -> None:
        self.reasons.append(self.policy.reason(key, rule_id, zh, en, **used))

    def fail(
        self,
        key: str,
        rule_id: str,
        zh: str,
        en: str,
        hint: tuple[str, str, dict[str, object]],
        **used: object,
    ) -> None:
        self.reasons.append(self.policy.reason(key, rule_id, zh, en, **used))
        self.failed.append(rule_id)
        hint_zh, hint_en, changes = hint
        self.hints.append(
            Hint(rule_id=rule_id, message_zh=hint_zh, message_en=hint_en, changes=facts(changes))
        )

    def step(self, key: str, rule_id: str, amount: Decimal, zh: str, en: str, **used: Any) -> None:
        self.steps.append(AmountStep(rule_id=rule_id, amount=amount, detail=en))
        self.ok(key, rule_id, zh, en, amount=amount, **used)


def _eligibility(  # noqa: C901, PLR0912 - one branch per condition, in the measure's order
    chain: _Chain, report: WhistleblowerReport, prior: Sequence[RewardedCase]
) -> None:
    policy, reporter = chain.policy, report.reporter
    key = "rewards.anonymous_allowed"
    if not reporter.anonymous:
        chain.ok(key, "rewards.real-name", "实名举报。", "A real-name report.", anonymous=False)
    elif not policy.as_bool(key):
        chain.fail(
            key,
            "rewards.real-name",
            "匿名举报不予奖励：本地规定仅奖励实名举报人。",
            "An anonymous report earns no reward here: only real-name reporters are rewarded.",
            (
                "以实名举报即可符合本条件。",
                "Reporting under one's real name would have met this.",
                {"anonymous": False},
            ),
            anonymous=True,
        )
    elif reporter.contact is None:
        chain.fail(
            key,
            "rewards.anonymous-contact",
            "匿名举报人未留联系方式，无法兑付奖励。",
            "An anonymous reporter left no contact channel: the reward cannot be paid.",
            (
                "留下联系方式即可。",
                "Leaving a contact channel would have met this.",
                {"contact": "given"},
            ),
            anonymous=True,
        )
    else:
        chain.ok(
            key,
            "rewards.anonymous-contact",
            "匿名举报且留有联系方式，可予奖励。",
            "An anonymous report with a contact channel can be rewarded.",
            anonymous=True,
        )
    key = "rewards.target_and_violation_required"
    if policy.as_bool(key) and not (report.target_named and report.violation_named):
        chain.fail(
            key,
            "rewards.target-and-violation",
            "举报未载明明确的举报对象和环境违法行为。",
            "The report names no clear target and violation.",
            (
                "载明被举报对象和违法行为即可。",
                "Naming the target and the violation would have met this.",
                {"target_named": True, "violation_named": True},
            ),
            target_named=report.target_named,
            violation_named=report.violation_named,
        )
    else:
        chain.ok(
            key,
            "rewards.target-and-violation",
            "举报载明了举报对象和违法行为。",
            "The report names its target and the violation.",
        )
    key = "rewards.exclude_known_before"
    if report.known_since is not None and report.known_since <= report.received_at:
        if policy.as_bool(key):
            chain.fail(
                key,
                "rewards.not-known-before",
                "举报事项在举报前已被生态环境部门掌握。",
                "The department knew of the facts before the report arrived.",
                (
                    "在部门掌握之前举报即可。",
                    "A report before the department knew would have met this.",
                    {"received_at": f"before {report.known_since.isoformat()}"},
                ),
                known_since=report.known_since,
                received_at=report.received_at,
            )
    else:
        chain.ok(
            key,
            "rewards.not-known-before",
            "举报前部门未掌握该事项。",
            "The department did not know of the facts before the report.",
        )
    key = "rewards.exclude_media_exposed"
    if (
        report.media_exposed_at is not None
        and report.media_exposed_at <= report.received_at
        and _flag(policy, key)
    ):
        chain.fail(
            key,
            "rewards.not-exposed",
            "举报事项在举报前已经新闻媒体曝光。",
            "The facts had been exposed in the media before the report.",
            (
                "在媒体曝光之前举报即可。",
                "A report before the media exposure would have met this.",
                {"received_at": f"before {report.media_exposed_at.isoformat()}"},
            ),
            media_exposed_at=report.media_exposed_at,
        )
    key = "rewards.rewarding_outcomes"
    earning = frozenset(policy.as_tuple(key))
    reached = sorted({o for f in report.findings for o in f.outcomes}, key=lambda o: o.rank)
    if report.verified_on is None:
        chain.fail(
            key,
            "rewards.verified",
            "举报事项未经查证属实。",
            "The facts reported have not been verified.",
            (
                "经查证属实并依法处理后可予奖励。",
                "Verification and a decision on the facts would have met this.",
                {"verified_on": "a date"},
            ),
        )
    elif not (earning & {o.value for o in reached}):
        chain.fail(
            key,
            "rewards.verified",
            "查证后的处理结果不属于奖励范围。",
            "The outcome of the verification is not one that earns a reward.",
            (
                "处理结果属于奖励范围即可。",
                "One of the rewarding outcomes would have met this.",
                {"outcomes": sorted(earning)},
            ),
            outcomes=[o.value for o in reached],
        )
    else:
        chain.ok(
            key,
            "rewards.verified",
            "经查证属实，处理结果属于奖励范围。",
            "Verified, with an outcome that earns a reward.",
            verified_on=report.verified_on,
            outcomes=[o.value for o in reached],
        )
    key = "rewards.exclude_supervisory_staff"
    if (reporter.supervisory_duty or reporter.relative_of_supervisory_staff) and _flag(policy, key):
        chain.fail(
            key,
            "rewards.not-supervisory-staff",
            "举报人为负有监督管理职责的人员或其近亲属，不予奖励。",
            "Staff with a supervisory duty and their close relatives are not rewarded.",
            (
                "不具有该身份的举报人可予奖励。",
                "A reporter without that position would have been rewarded.",
                {"supervisory_duty": False, "relative_of_supervisory_staff": False},
            ),
        )
    key = "rewards.exclude_non_cooperation"
    if not report.cooperated and _flag(policy, key):
        chain.fail(
            key,
            "rewards.cooperation",
            "举报人无正当理由拒不配合调查核实。",
            "The reporter without good reason would not assist the investigation.",
            (
                "配合调查即可。",
                "Assisting the investigation would have met this.",
                {"cooperated": True},
            ),
        )
    key = "rewards.exclude_false_report"
    if report.false_report and _flag(policy, key):
        chain.fail(
            key,
            "rewards.true-report",
            "举报内容不实。",
            "The report was found false.",
            (
                "举报事项应当客观真实。",
                "A true report would have met this.",
                {"false_report": False},
            ),
        )
    _prior(chain, report, prior)


def _prior(chain: _Chain, report: WhistleblowerReport, prior: Sequence[RewardedCase]) -> None:
    key = "rewards.repeat_after_close"
    for case in prior:
        if case.matter == report.matter:
            chain.fail(
                "rewards.first_reporter_only",
                "rewards.already-rewarded",
                "同一事项已给予奖励，不重复奖励。",
                "The same facts have already been rewarded.",
                (
                    "案件办结后新发生的违法行为可再次奖励。",
                    "A new violation after the case closed could be rewarded again.",
                    {"matter": "a new matter"},
                ),
                matter=case.matter,
                closed_on=case.closed_on,
            )
            return
    for case in prior:
        if report.party is not None and case.party == report.party:
            if report.received_at.date() > case.closed_on:
                if policy_repeat := chain.policy.as_bool(key):
                    chain.ok(
                        key,
                        "rewards.repeat",
                        "原案件办结后被举报人新发生的违法行为，可再次奖励。",
                        "A new violation by the same party after its case closed is "
                        "rewarded again.",
                        closed_on=case.closed_on,
                        repeat=policy_repeat,
                    )
                else:
                    chain.fail(
                        key,
                        "rewards.repeat",
                        "本地规定对同一被举报人不再重复奖励。",
                        "The local rule does not reward the same party twice.",
                        (
                            "举报其他违法主体可予奖励。",
                            "A report of another party would have been rewarded.",
                            {"party": "another party"},
                        ),
                    )
            return


def _unit(policy: Policy) -> Decimal:
    return YUAN if policy.as_str("rewards.rounding") == "yuan" else FEN


def _round(policy: Policy, amount: Decimal) -> Decimal:
    return round_yuan(amount, to=_unit(policy), rounding=ROUNDING)


def _tiers(policy: Policy) -> tuple[RewardTier, ...]:
    if not _has(policy, "rewards.tiers"):
        return ()
    return tuple(t for t in policy.as_tuple("rewards.tiers") if isinstance(t, RewardTier))


def _tier_of(tiers: Sequence[RewardTier], finding: ReportFinding) -> RewardTier | None:
    matching = [
        t
        for t in tiers
        if set(t.outcomes) & set(finding.outcomes) and (t.grade is None or t.grade == finding.grade)
    ]
    return max(matching, key=lambda t: (t.rank, t.grade is not None, t.id), default=None)


def _band_of(policy: Policy, fine: Decimal) -> RewardBand | None:
    bands = [b for b in policy.as_tuple("rewards.fine_bands") if isinstance(b, RewardBand)]
    below = [b for b in bands if b.fine_from <= fine]
    return max(below, key=lambda b: b.fine_from, default=None)


def _finding_amount(
    chain: _Chain, finding: ReportFinding, report: WhistleblowerReport
) -> tuple[Decimal | None, str | None]:
    """The amount one finding earns, steps recorded; None when no table covers it."""
    policy = chain.policy
    model = policy.as_str("rewards.model")
    tier = _tier_of(_tiers(policy), finding)
    tier_id = tier.id if tier is not None else None
    rate_key = "rewards.tiers" if tier is not None and tier.share is not None else "rewards.share"
    rate = tier.share if tier is not None and tier.share is not None else None
    if rate is None and model == "share" and _has(policy, "rewards.share"):
        rate = policy.as_decimal("rewards.share")
    fine = finding.fine
    amount: Decimal | None = None
    if model == "band" and fine > 0 and (band := _band_of(policy, fine)) is not None:
        if band.amount is not None:
            amount = band.amount
            en = f"{finding.violation}: fine {fine} in band {band.id} (from {band.fine_from}): {amount}"
        else:
            assert band.share is not None  # noqa: S101 - RewardBand holds exactly one
            amount = _round(policy, fine * band.share)
            en = f"{finding.violation}: fine {fine} in band {band.id}: {fine} × {band.share} = {amount}"
        chain.step(
            "rewards.fine_bands",
            "rewards.amount.band",
            amount,
            f"{finding.violation}：罚款{fine}元，适用{band.id}档，奖励{amount}元。",
            en,
            fine=fine,
            band=band.id,
        )
        return amount, band.id
    if rate is not None and fine > 0:
        raw = _round(policy, fine * rate)
        chain.step(
            rate_key,
            "rewards.amount.share",
            raw,
            f"{finding.violation}：罚款{fine}元 × {rate} = {raw}元。",
            f"{finding.violation}: fine {fine} × {rate} = {raw}",
            fine=fine,
            share=rate,
        )
        amount = raw
        floor_key, floor = (
            ("rewards.tiers", tier.minimum)
            if tier is not None and tier.minimum is not None
            else (
                ("rewards.share_minimum", policy.as_decimal("rewards.share_minimum"))
                if _has(policy, "rewards.share_minimum")
                else ("", None)
            )
        )
        cap_key, cap = (
            ("rewards.tiers", tier.cap)
            if tier is not None and tier.cap is not None
            else (
                ("rewards.share_maximum", policy.as_decimal("rewards.share_maximum"))
                if _has(policy, "rewards.share_maximum")
                else ("", None)
            )
        )
        if floor is not None and amount < floor:
            amount = floor
            chain.step(
                floor_key,
                "rewards.amount.floor",
                amount,
                f"低于下限，按{floor}元计。",
                f"below the floor: raised to {floor}",
                floor=floor,
            )
        if cap is not None and amount > cap:
            amount = cap
            chain.step(
                cap_key,
                "rewards.amount.cap",
                amount,
                f"超过上限，按{cap}元计。",
                f"above the cap: cut to {cap}",
                cap=cap,
            )
        return amount, tier_id or "share"
    if tier is not None and tier.amount is not None:
        amount = tier.amount
        chain.step(
            "rewards.tiers",
            "rewards.amount.tier",
            amount,
            f"{finding.violation}：适用{tier.label_zh or tier.id}档，奖励{amount}元。",
            f"{finding.violation}: tier {tier.label_en or tier.id}: {amount}",
            tier=tier.id,
            outcomes=[o.value for o in finding.outcomes],
        )
        insider_top = report.reporter.insider and _flag(policy, "rewards.insider_top_of_band")
        if (report.key_lead or insider_top) and tier.maximum is not None and tier.maximum > amount:
            amount = tier.maximum
            key = "rewards.insider_top_of_band" if insider_top else "rewards.tiers"
            chain.step(
                key,
                "rewards.amount.top-of-tier",
                amount,
                f"{'内部知情人员举报' if insider_top else '提供关键线索'}，按本档最高额{amount}元计。",
                f"{'insider' if insider_top else 'key lead'}: the tier's maximum, {amount}",
                maximum=tier.maximum,
            )
        return amount, tier.id
    return None, None


def _amount(chain: _Chain, report: WhistleblowerReport) -> tuple[Decimal | None, str | None]:  # noqa: C901, PLR0912
    policy = chain.policy
    earned: list[tuple[Decimal, str]] = []
    for finding in report.findings:
        amount, tier = _finding_amount(chain, finding, report)
        if amount is not None and tier is not None:
            earned.append((amount, tier))
    if not earned:
        return None, None
    key = "rewards.several_violations"
    if len(earned) == 1:
        amount, tier = earned[0]
    elif policy.as_str(key) == "sum":
        amount = sum((a for a, _ in earned), Decimal(0))
        tier = max(earned)[1]
        chain.step(
            key,
            "rewards.amount.several",
            amount,
            f"多项违法行为累计奖励{amount}元。",
            f"several violations added up: {amount}",
            count=len(earned),
        )
    else:
        amount, tier = max(earned)
        chain.step(
            key,
            "rewards.amount.several",
            amount,
            f"一次举报多项违法行为，不累计，按就高原则奖励{amount}元。",
            f"several violations in one report: one reward, the highest, {amount}",
            count=len(earned),
        )
    if _has(policy, "rewards.stage_bonuses"):
        reached = {o for f in report.findings for o in f.outcomes}
        for bonus in policy.as_tuple("rewards.stage_bonuses"):
            if isinstance(bonus, StageBonus) and bonus.outcome in reached:
                amount += bonus.amount
                chain.step(
                    "rewards.stage_bonuses",
                    "rewards.amount.stage",
                    amount,
                    f"阶段奖励（{bonus.outcome.value}）加{bonus.amount}元。",
                    f"stage bonus ({bonus.outcome.value}) + {bonus.amount}",
                    stage=bonus.outcome,
                    bonus=bonus.amount,
                )
    if report.evidence_supplied and _has(policy, "rewards.evidence_multiplier"):
        factor = policy.as_decimal("rewards.evidence_multiplier")
        amount = _round(policy, amount * factor)
        chain.step(
            "rewards.evidence_multiplier",
            "rewards.amount.evidence",
            amount,
            f"提供详细证据并协助调查，× {factor}。",
            f"evidence supplied: × {factor}",
            factor=factor,
        )
        if _has(policy, "rewards.evidence_cap"):
            cap = policy.as_decimal("rewards.evidence_cap")
            if amount > cap:
                amount = cap
                chain.step(
                    "rewards.evidence_cap",
                    "rewards.amount.evidence-cap",
                    amount,
                    f"提高后不超过{cap}元。",
                    f"raised amount capped at {cap}",
                    cap=cap,
                )
    if report.reporter.insider and _has(policy, "rewards.insider_multiplier"):
        factor = policy.as_decimal("rewards.insider_multiplier")
        amount = _round(policy, amount * factor)
        chain.step(
            "rewards.insider_multiplier",
            "rewards.amount.insider",
            amount,
            f"内部知情人员举报，× {factor}。",
            f"insider: × {factor}",
            factor=factor,
        )
    if report.local_adjustment is not None and report.local_adjustment != 0:
        amount = _adjust(chain, amount, report.local_adjustment)
    if _has(policy, "rewards.cap"):
        cap = policy.as_decimal("rewards.cap")
        if amount > cap:
            amount = cap
            chain.step(
                "rewards.cap",
                "rewards.amount.cap",
                amount,
                f"不超过本地最高奖励额{cap}元。",
                f"the jurisdiction's cap: {cap}",
                cap=cap,
            )
    return amount, tier


def _adjust(chain: _Chain, amount: Decimal, adjustment: Decimal) -> Decimal:
    policy = chain.policy
    key = "rewards.adjustment_limit"
    limit = policy.as_decimal(key) if _has(policy, key) else Decimal(0)
    if policy.jurisdiction.level.value in {"national", "province"}:
        raise InvalidInputError(
            field="local_adjustment",
            value=adjustment,
            allowed=f"null: only a city's (市、州) measure moves the amount, and "
            f"{policy.jurisdiction.code} is a {policy.jurisdiction.level.value}",
        )
    if abs(adjustment) > limit:
        raise InvalidInputError(
            field="local_adjustment",
            value=adjustment,
            allowed=f"between -{limit} and {limit} (rewards.adjustment_limit of "
            f"{policy.jurisdiction.code})",
        )
    amount = _round(policy, amount * (1 + adjustment))
    chain.step(
        key,
        "rewards.amount.local-adjustment",
        amount,
        f"市（州）规定上下浮动{adjustment}，奖励{amount}元。",
        f"the city's adjustment {adjustment:+}: {amount}",
        adjustment=adjustment,
        limit=limit,
    )
    return amount


def _special(chain: _Chain, report: WhistleblowerReport) -> SpecialAward | None:
    if report.special_ground is None:
        return None
    policy = chain.policy
    key = "rewards.special_cap"
    if not _has(policy, key):
        chain.reasons.append(
            Reason(
                rule_id="rewards.special",
                citation=None,
                message_zh="本地规定未设一次性重奖，不作标记。",
                message_en="No special one-off award in this jurisdiction's rules: not flagged.",
                facts=facts(ground=report.special_ground),
            )
        )
        return None
    ceiling = policy.as_decimal(key)
    chain.ok(
        key,
        "rewards.special",
        f"可申请一次性重奖（最高{ceiling}元），须报同级人民政府批准，本决定不作认定。",
        f"A special one-off award (up to {ceiling}) may be sought; it needs the approval of "
        "the people's government at the same level and is not decided here.",
        ground=report.special_ground,
        ceiling=ceiling,
    )
    return SpecialAward(ground=report.special_ground, ceiling=ceiling)


def _deadlines(
    chain: _Chain, report: WhistleblowerReport, calendar: WorkingCalendar | None
) -> dict[str, Any]:
    policy = chain.policy
    out: dict[str, Any] = {"notify_by": None, "claim_by": None, "pay_by": None}
    verified = report.verified_on
    assert verified is not None  # noqa: S101 - only rewarded reports reach here
    notify = working_days_after(
        verified,
        policy.as_int("rewards.notify_working_days"),
        calendar=calendar,
        source=policy.citation("rewards.notify_working_days"),
    )
    out["notify_by"] = notify.last_day
    chain.ok(
        "rewards.notify_working_days",
        "rewards.deadline.notify",
        f"应于{notify.last_day}前告知举报人。",
        f"Notify the reporter by {notify.last_day}.",
        verified_on=verified,
        last_day=notify.last_day,
    )
    notice_day = report.notified_on or notify.last_day
    claim = calendar_days_after(
        notice_day,
        policy.as_int("rewards.claim_days"),
        calendar=calendar,
        source=policy.citation("rewards.claim_days"),
    )
    out["claim_by"] = claim.last_day
    chain.ok(
        "rewards.claim_days",
        "rewards.deadline.claim",
        f"举报人应于{claim.last_day}前领取奖励。",
        f"The reporter claims by {claim.last_day}.",
        notified_on=notice_day,
        last_day=claim.last_day,
    )
    if report.claimed_on is not None:
        pay = working_days_after(
            report.claimed_on,
            policy.as_int("rewards.pay_working_days"),
            calendar=calendar,
            source=policy.citation("rewards.pay_working_days"),
        )
        out["pay_by"] = pay.last_day
        chain.ok(
            "rewards.pay_working_days",
            "rewards.deadline.pay",
            f"应于{pay.last_day}前发放奖励。",
            f"Pay by {pay.last_day}.",
            claimed_on=report.claimed_on,
            last_day=pay.last_day,
        )
    return out


def _feedback(
    chain: _Chain,
    report: WhistleblowerReport,
    decided_on: dt.date,
    calendar: WorkingCalendar | None,
) -> tuple[bool, dt.date | None]:
    """The feedback owed to a real-name reporter, by the Code or a local measure.

    生态环境法典 Art. 146 ¶1 from 2026-08-15; before it, a local measure that sets its own
    period (上海 2018: 60 working days).
    """
    key = "rewards.feedback_working_days"
    local = _has(chain.policy, key)
    code = _ART_146.in_force_on(decided_on)
    if report.reporter.anonymous or not (code or local):
        return False, None
    last: dt.date | None = None
    if local:
        last = working_days_after(
            report.received_at,
            chain.policy.as_int(key),
            calendar=calendar,
            source=chain.policy.citation(key),
        ).last_day
    by = f"反馈期限至{last}。" if last else ""
    by_en = f" Feedback by {last}." if last else ""
    if code:
        chain.reasons.append(
            Reason(
                rule_id="rewards.feedback",
                citation=_ART_146,
                message_zh="实名举报，应当向举报人反馈处理结果；举报人信息予以保密。" + by,
                message_en="A real-name report: the result is reported back to the reporter, "
                "whose details stay confidential." + by_en,
                facts=facts(feedback_by=last),
            )
        )
    else:
        chain.ok(
            key,
            "rewards.feedback",
            "实名举报，应当向举报人反馈处理结果。" + by,
            "A real-name report: the result is reported back to the reporter." + by_en,
            feedback_by=last,
        )
    return True, last


def decide_reward(
    report: WhistleblowerReport,
    *,
    policy: Policy,
    decided_on: dt.date | str,
    pseudonym_key: bytes | str | None = None,
    prior: Sequence[RewardedCase] = (),
    calendar: WorkingCalendar | None = None,
) -> Decision[RewardOutcome]:
    """Decide whether a report earns a reward, how much, and by when.

    Args:
        report: The report and what its verification found.
        policy: The policy of the paying department's jurisdiction on ``decided_on``.
        decided_on: The day of the decision.
        pseudonym_key: The department's secret for the reporter's reference (see
            `reporter_reference`); may be None when the reporter carries a ``reference``.
        prior: Matters already rewarded, with the days their cases closed.
        calendar: The working-day calendar.

    Returns:
        The decision: status, amount and its steps, tier, special award flagged, deadlines,
        the reporter's pseudonymous reference; never a name, ID number or contact.

    Raises:
        InvalidInputError: for a decision dated before the verification, a local adjustment
            past the jurisdiction's limit, or a missing or short ``pseudonym_key``.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> from ecoreg.rewards import ReportFinding, WhistleblowerReport, Reporter
        >>> policy = standard_policy_book().resolve("CN-ZJ", "2026-09-01")
        >>> report = WhistleblowerReport(
        ...     report_id="r-1",
        ...     matter="m-1",
        ...     received_at="2026-07-01T10:00:00+08:00",
        ...     reporter=Reporter(name="王某", contact="13800000000"),
        ...     verified_on="2026-08-20",
        ...     findings=[
        ...         ReportFinding(violation="water.over-limit", outcomes=["fine"], fine=300000)
        ...     ],
        ... )
        >>> d = decide_reward(
        ...     report,
        ...     policy=policy,
        ...     decided_on="2026-09-01",
        ...     pseudonym_key=b"department-secret-key",
        ... )
        >>> d.outcome.status.value, d.outcome.amount
        ('rewarded', Decimal('15000.00'))
    """
    day = parse_date(decided_on, field="decided_on")
    policy.check_date(day)
    if report.verified_on is not None and day < report.verified_on:
        raise InvalidInputError(
            field="decided_on", value=day, allowed=f"on or after verified_on ({report.verified_on})"
        )
    ref = reporter_reference(report.reporter, pseudonym_key)
    chain = _Chain(policy)
    _eligibility(chain, report, prior)
    base: dict[str, Any] = {
        "report_id": report.report_id,
        "matter": report.matter,
        "reporter_ref": ref,
    }
    feedback, feedback_by = _feedback(chain, report, day, calendar)
    base.update(feedback_owed=feedback, feedback_by=feedback_by)
    if chain.failed:
        outcome = RewardOutcome(status=RewardStatus.REFUSED, refused_by=tuple(chain.failed), **base)
        return _decision(chain, outcome, day)
    if report.declined:
        chain.reasons.append(
            Reason(
                rule_id="rewards.declined",
                citation=None,
                message_zh="举报人明确拒绝接受奖励。",
                message_en="The reporter declined the reward.",
            )
        )
        return _decision(chain, RewardOutcome(status=RewardStatus.DECLINED, **base), day)
    if policy.as_str("rewards.model") == "local":
        chain.ok(
            "rewards.model",
            "rewards.amount.local",
            "奖励标准由地方规定；本级未设金额。",
            "The amounts are left to local rules: none at this level.",
        )
        special = _special(chain, report)
        outcome = RewardOutcome(status=RewardStatus.AMOUNT_SET_LOCALLY, special=special, **base)
        return _decision(chain, outcome, day)
    amount, tier = _amount(chain, report)
    special = _special(chain, report)
    if amount is None:
        chain.fail(
            "rewards.model",
            "rewards.amount.none",
            "处理结果不在本地奖励标准的任何一档。",
            "No tier of the local table covers the outcome.",
            (
                "处理结果属于本地奖励标准所列情形即可。",
                "An outcome the local table lists would have earned a reward.",
                {},
            ),
        )
        outcome = RewardOutcome(
            status=RewardStatus.REFUSED, refused_by=tuple(chain.failed), special=special, **base
        )
        return _decision(chain, outcome, day)
    dates = _deadlines(chain, report, calendar)
    outcome = RewardOutcome(
        status=RewardStatus.REWARDED,
        amount=amount,
        tier=tier,
        steps=tuple(chain.steps),
        special=special,
        **base,
        **dates,
    )
    return _decision(chain, outcome, day)


def _decision(chain: _Chain, outcome: RewardOutcome, day: dt.date) -> Decision[RewardOutcome]:
    warnings: list[Notice] = list(chain.policy.layer_warnings(day))
    return Decision[RewardOutcome](
        outcome=outcome,
        decided_on=day,
        jurisdiction=chain.policy.jurisdiction.code,
        reasons=(*chain.policy.lapse_reasons(), *chain.reasons),
        hints=tuple(chain.hints),
        warnings=tuple(warnings),
    )


check_public(globals(), ("decide_reward",))
