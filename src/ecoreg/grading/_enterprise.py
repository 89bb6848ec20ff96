"""`grade_enterprise`: one enterprise graded by the same core, every point explained."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import numpy as np

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._time import parse_date
from ecoreg.grading._batch import _grade
from ecoreg.grading._engine import _check_dates, _evaluate, _Prepared, _Settings
from ecoreg.grading._profile import (
    _ALERT,
    _COMPLAINT,
    _CREDIT,
    _VIOLATION,
    ComplaintRecord,
    CreditRecord,
    EnterpriseProfile,
    EnterpriseTable,
    EventTable,
    PermitClass,
    SensitiveArea,
    ViolationRecord,
    _events_table,
    check_within,
)
from ecoreg.grading._results import (
    _ACT_ZH,
    _COLOUR_ZH,
    _COLOURS,
    _GRADES,
    _LEVEL_ZH,
    _LEVELS,
    _RISK_ZH,
    _RISKS,
    _SEVERITY_ZH,
    CreditLevel,
    Grade,
    GradeChange,
    Grading,
    RiskLevel,
    Supervision,
    Tag,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.core._policy import Policy

__all__ = ["grade_enterprise"]


def _tags(
    profile: EnterpriseProfile, history: Sequence[Any], prep: _Prepared, table: EventTable, day: int
) -> tuple[Tag, ...]:
    tags: list[Tag] = [
        Tag(
            code=f"industry:{profile.industry}",
            label_zh=f"行业：{'其他' if profile.industry == 'other' else profile.industry}",
            label_en=f"industry: {profile.industry}",
            source="profile.industry",
        ),
        Tag(
            code=f"permit:{profile.permit_class.value}",
            label_zh=f"排污许可{ {'key': '重点管理', 'simplified': '简化管理', 'registration': '登记管理'}[profile.permit_class.value] }",
            label_en=f"permit: {profile.permit_class.value}",
            source="profile.permit_class",
        ),
    ]
    if profile.key_unit:
        tags.append(
            Tag(
                code="key-unit",
                label_zh="重点排污单位",
                label_en="key pollutant discharge unit",
                source="profile.key_unit",
            )
        )
    tags.extend(
        Tag(
            code=f"sensitive:{a.value}",
            label_zh=f"敏感区域：{a.value}",
            label_en=f"sensitive area: {a.value}",
            source="profile.sensitive_areas",
        )
        for a in profile.sensitive_areas
    )
    tags.extend(
        Tag(
            code=f"toxic:{p.name}",
            label_zh=f"有毒有害污染物：{p.name}",
            label_en=f"toxic pollutant: {p.name}",
            source="profile.pollutants",
        )
        for p in profile.pollutants
        if p.toxic
    )
    labels = {
        _VIOLATION: ("violation", "违法记录", "violation"),
        _COMPLAINT: ("complaint", "信访投诉（属实）", "verified complaint"),
        _ALERT: ("alert", "有效监控预警", "valid monitoring alert"),
        _CREDIT: ("one-vote-red", "一票否决", "one-vote-red act"),
    }
    for i, event in enumerate(history):
        code = int(table.type[i])
        counting = prep.fades[i] and table.day[i] <= day < prep.expiry[i]
        if code in labels and counting:
            key, zh, en = labels[code]
            tags.append(
                Tag(
                    code=f"{key}:{event.on.isoformat()}",
                    label_zh=zh,
                    label_en=en,
                    source=f"history.{i}",
                    since=event.on,
                    expires=dt.date.fromordinal(int(prep.expiry[i]) - 1),
                )
            )
    return tuple(tags)


def grade_enterprise(
    profile: EnterpriseProfile,
    history: Sequence[Any],
    *,
    policy: Policy,
    on: dt.date | str,
) -> Decision[Grading]:
    """Grade one enterprise and explain every point of it.

    Raises:
        InvalidInputError: for an event dated after ``on`` (naming ``history.N.on``), or a
            profile whose jurisdiction lies outside the policy's.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-11-01")
        >>> firm = EnterpriseProfile(
        ...     credit_code="91350200776049653A", name="Example Co.", jurisdiction="CN"
        ... )
        >>> d = grade_enterprise(firm, [], policy=policy, on="2026-11-01")
        >>> d.outcome.grade, d.outcome.colour, d.outcome.credit_level
        (<Grade.A: 'A'>, 'green', <CreditLevel.TRUSTWORTHY: 'trustworthy'>)
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    code = policy.jurisdiction.code
    check_within(profile.jurisdiction, code, "jurisdiction")
    events = tuple(history)
    ents = EnterpriseTable.from_profiles([profile])
    table = _events_table([events], "history")
    _check_dates(table, day.toordinal(), "history")
    graded = _grade(ents, table, _Settings.of(policy), day, next_change=True)
    batch, s, prep = graded.batch, graded.settings, graded.prep
    grade = _GRADES[int(batch.grade[0])]
    colour = _COLOURS[int(batch.colour[0])]
    level = _LEVELS[int(batch.credit_level[0])]
    risk_level = _RISKS[int(batch.risk_level[0])]
    credit = Decimal(str(round(float(batch.credit_score[0]), 2)))
    risk = Decimal(str(round(float(batch.risk_score[0]), 2)))
    red = bool(graded.state.red[0])
    reasons = _explain(
        policy,
        profile,
        events,
        prep,
        day.toordinal(),
        credit,
        level,
        risk,
        risk_level,
        grade,
        colour,
        red=red,
    )
    grade_index = _GRADES.index(grade)
    sampling = s.sampling[grade_index]
    cap = s.caps[grade_index]
    supervision = Supervision(
        offsite_first=grade_index in s.offsite,
        sampling_ratio=sampling,
        yearly_cap=cap or None,
        positive_list_eligible=bool(batch.positive_list_eligible[0]),
        triggered_inspection_allowed=True,
    )
    reasons.append(
        Reason(
            rule_id="supervision",
            citation=policy.citation("supervision.sampling_ratios"),
            message_zh=f"{grade.value}级：{'非现场优先' if supervision.offsite_first else '现场检查优先'}，随机抽查比例{sampling:%}"
            + (f"，每年不超过{cap}次" if cap else "")
            + f"，{'可' if supervision.positive_list_eligible else '不可'}纳入正面清单；投诉、预警触发的检查不受限制。",
            message_en=f"Grade {grade.value}: {'off-site first' if supervision.offsite_first else 'on-site first'}, "
            f"{sampling:%} sampled for random inspections"
            + (f", at most {cap} a year" if cap else "")
            + f"; positive list: {'eligible' if supervision.positive_list_eligible else 'not eligible'}; "
            "inspections triggered by a complaint or an alert may go ahead regardless.",
            facts=facts(
                offsite_first=supervision.offsite_first,
                sampling_ratio=sampling,
                yearly_cap=cap or None,
                positive_list_eligible=supervision.positive_list_eligible,
            ),
        )
    )
    change = None
    if batch.next_change[0] >= 0:
        when = dt.date.fromordinal(int(batch.next_change[0]))
        later = _evaluate(
            ents, prep, s, np.array([when.toordinal()], dtype=np.int64), graded.statuses
        )
        change = GradeChange(
            on=when, grade=_GRADES[int(later.grade[0])], colour=_COLOURS[int(later.colour[0])]
        )
        reasons.append(
            Reason(
                rule_id="grading.next-change",
                citation=policy.citation("grading.violation_window_months"),
                message_zh=f"如无新的情况，{when}起评级变为{change.grade.value}级、{_COLOUR_ZH[change.colour]}。",
                message_en=f"If nothing else happens, from {when} the grade becomes {change.grade.value} "
                f"and the code {change.colour}.",
                facts=facts(on=when, grade=change.grade, colour=change.colour),
            )
        )
    return Decision[Grading](
        outcome=Grading(
            credit_code=profile.credit_code,
            on=day,
            tags=_tags(profile, events, prep, table, day.toordinal()),
            credit_score=credit,
            credit_level=level,
            risk_score=risk,
            risk_level=risk_level,
            grade=grade,
            colour=colour,
            supervision=supervision,
            next_change=change,
        ),
        decided_on=day,
        jurisdiction=code,
        reasons=tuple(reasons),
    )


def _explain(
    policy: Policy,
    profile: EnterpriseProfile,
    events: Sequence[Any],
    prep: _Prepared,
    day: int,
    credit: Decimal,
    level: CreditLevel,
    risk: Decimal,
    risk_level: RiskLevel,
    grade: Grade,
    colour: str,
    *,
    red: bool,
) -> list[Reason]:
    cite = policy.reason

    reasons: list[Reason] = []
    counted = [
        (i, e)
        for i, e in enumerate(events)
        if prep.fades[i] and e.on.toordinal() <= day < prep.expiry[i]
    ]
    for i, e in counted:
        until = dt.date.fromordinal(int(prep.expiry[i]) - 1)  # the last day it counts
        if isinstance(e, ViolationRecord):
            reasons.append(
                cite(
                    "grading.violation_credit_points",
                    "grading.violation",
                    f"{e.on}违法（{_SEVERITY_ZH[e.severity]}），信用扣{prep.credit_points[i]:g}分、"
                    f"风险加{prep.risk_points[i]:g}分，计至{until}（届满当日计入）。",
                    f"Violation on {e.on} ({e.severity.value}): −{prep.credit_points[i]:g} credit, "
                    f"+{prep.risk_points[i]:g} risk, counted through {until} (the anniversary "
                    "day included).",
                    history=i,
                    until=until,
                )
            )
        elif isinstance(e, CreditRecord):
            reasons.append(
                cite(
                    "grading.one_vote_red_months",
                    "grading.one-vote-red",
                    f"{e.on}存在一票否决行为（{_ACT_ZH[e.act]}），至{until}（届满当日计入）信用等级为"
                    "环保不良、红码。",
                    f"One-vote-red act on {e.on} ({e.act.value.replace('_', ' ')}): the lowest credit "
                    f"level and a red code through {until} (the anniversary day included).",
                    history=i,
                    act=e.act,
                    until=until,
                )
            )
        else:
            kind = "complaint" if isinstance(e, ComplaintRecord) else "alert"
            reasons.append(
                cite(
                    f"grading.{kind}_window_months",
                    f"grading.{kind}",
                    f"{e.on}{'属实信访投诉' if kind == 'complaint' else '有效监控预警'}，"
                    f"风险加{prep.risk_points[i]:g}分，计至{until}（届满当日计入）。",
                    f"{'Verified complaint' if kind == 'complaint' else 'Valid alert'} on {e.on}: "
                    f"+{prep.risk_points[i]:g} risk, counted through {until} (the anniversary day "
                    "included).",
                    history=i,
                    until=until,
                )
            )
    reasons.append(
        cite(
            "grading.credit_level_bands",
            "grading.credit",
            f"信用分{credit}，信用等级：{_LEVEL_ZH[_LEVELS.index(level)]}"
            + ("（一票否决）" if red else "")
            + "。",
            f"Credit score {credit}: level {level.value}"
            + (" (one-vote red)" if red else "")
            + ".",
            credit_score=credit,
            credit_level=level,
        )
    )
    p = policy.as_tuple("grading.risk_profile_points")
    parts = [
        (profile.key_unit, p[0], "重点排污单位", "key pollutant discharge unit"),
        (profile.permit_class is PermitClass.KEY, p[1], "排污许可重点管理", "key-managed permit"),
        (
            profile.permit_class is PermitClass.SIMPLIFIED,
            p[2],
            "排污许可简化管理",
            "simplified permit",
        ),
        (
            SensitiveArea.DRINKING_WATER in profile.sensitive_areas,
            p[3],
            "饮用水水源保护区",
            "drinking-water source zone",
        ),
        (
            any(a is not SensitiveArea.DRINKING_WATER for a in profile.sensitive_areas),
            p[4],
            "其他敏感区域",
            "other sensitive area",
        ),
        (profile.toxic, p[5], "排放有毒有害污染物", "toxic pollutant"),
    ]
    present = [(pts, zh, en) for on, pts, zh, en in parts if on and pts]
    reasons.append(
        cite(
            "grading.risk_profile_points",
            "grading.risk-profile",
            "企业属性风险分："
            + ("；".join(f"{zh}{pts:g}分" for pts, zh, _ in present) if present else "无")
            + f"，合计{sum((pts for pts, _, _ in present), Decimal(0)):g}分。",
            "Profile risk points: "
            + ("; ".join(f"{en} {pts:g}" for pts, _, en in present) if present else "none")
            + f"; {sum((pts for pts, _, _ in present), Decimal(0)):g} in all.",
            **{en.replace(" ", "_").replace("-", "_"): pts for pts, _, en in present},
        )
    )
    reasons.append(
        cite(
            "grading.risk_level_bands",
            "grading.risk",
            f"风险分{risk}（含企业属性分），风险等级：{_RISK_ZH[risk_level]}。",
            f"Risk score {risk} (profile points included): level {risk_level.value}.",
            risk_score=risk,
            key_unit=profile.key_unit,
            permit_class=profile.permit_class,
            toxic=profile.toxic,
        )
    )
    method = policy.as_str("grading.method")
    reasons.append(
        cite(
            "grading.method",
            "grading.grade",
            f"评定为{grade.value}级（{'信用×风险矩阵' if method == 'matrix' else '信用分数段'}）。",
            f"Grade {grade.value} ({'credit × risk matrix' if method == 'matrix' else 'credit-score bands'}).",
            grade=grade,
            method=method,
        )
    )
    sensitive = SensitiveArea.DRINKING_WATER in profile.sensitive_areas and profile.toxic
    reasons.append(
        cite(
            "grading.sensitive_toxic_min_colour" if sensitive else "grading.colour_by_grade",
            "grading.colour",
            f"{_COLOUR_ZH[colour]}"
            + ("（饮用水水源保护区内排放有毒有害污染物，不评绿码）" if sensitive else "")
            + "。",
            f"Code {colour}"
            + (
                " (toxic pollutant in a drinking-water source zone: never green)"
                if sensitive
                else ""
            )
            + ".",
            colour=colour,
        )
    )
    return reasons


check_public(globals(), ("grade_enterprise",))
