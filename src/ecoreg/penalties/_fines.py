"""Leniency and discretionary fines: 首违不罚 / 轻微不罚, the discretion benchmark, reductions.

Three decisions, in the order an agency takes them:

0. Which law: every decision first chooses the legal basis of the conduct by
   the date of the act and of the decision (从旧兼从轻, 行政处罚法 Art. 37 and
   生态环境法典 Art. 1057; see `ecoreg.law.catalogue` and `ecoreg.law.regimes`).
1. `decide_leniency`: is the violation penalized at all? The limitation
   period (行政处罚法 Art. 36; 生态环境法典 Art. 1054 for acts from 2026-08-15) first; then the violations that never get
   leniency (falsified or tampered monitoring data, evading monitoring,
   illegal hazardous-waste dumping, crimes); then no fault (Art. 33 ¶2); minor,
   promptly corrected, no harm (Art. 33 ¶1: must not penalize); the local
   no-penalty lists (免罚清单); a first violation with slight harm, promptly
   corrected (Art. 33 ¶1: may decline). Every no-penalty outcome carries the
   duty to educate the party (Art. 33 ¶3).
2. `decide_fine`: how much? From the statutory range and the factor levels
   to a base amount (ecoreg's documented default formula, replaceable by a
   jurisdiction's table), then aggravating circumstances (从重, 环执法〔2019〕42号)
   and the Art. 32 circumstances (从轻/减轻), then reductions for an apology
   pledge (Dongguan, Yingkou) and law study (Yingkou), each step shown.
3. `daily_continuous_penalty`: 环境保护法 Art. 59 and 大气污染防治法 Art. 123 until
   2026-08-14, 生态环境法典 Art. 1060 from 2026-08-15.

`study_standing` reads a law-study ledger into points and the benefits they bring.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, model_validator

from ecoreg import laws
from ecoreg.core._boundary import check_public
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
    provisional_years,
)
from ecoreg.core._citations import Citation
from ecoreg.core._decision import Decision, Hint, Notice, Reason, count_en, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import (
    MAX_YUAN,
    YUAN,
    NonNegativeYuan,
    Rounding,
    Yuan,
    parse_yuan,
    round_yuan,
)
from ecoreg.core._periods import add_months, working_days_after
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError, InvalidMoneyError, MissingParameterError
from ecoreg.penalties._choice import LawChoice, choose_basis, choose_limitation

if TYPE_CHECKING:
    from ecoreg.core._policy import Policy
    from ecoreg.core._records import LegalBasis, NoPenaltyItem, ViolationKind

__all__ = [
    "Aggravation",
    "ApologyPledge",
    "DailyTrigger",
    "FineResult",
    "FineStep",
    "Harm",
    "LeniencyOutcome",
    "LeniencyResult",
    "Mitigation",
    "PriorViolation",
    "StudyEntry",
    "StudyStanding",
    "ViolationCase",
    "daily_continuous_penalty",
    "decide_fine",
    "decide_leniency",
    "study_standing",
]

CATALOGUE = "violations.catalogue"


class Harm(StrEnum):
    """The harm a violation caused, as the officer finds it."""

    NONE = "none"
    """没有造成危害后果."""
    SLIGHT = "slight"
    """危害后果轻微."""
    HARMFUL = "harmful"
    """More than slight harm."""


class Aggravation(StrEnum):
    """Aggravating circumstances (从重) of 环执法〔2019〕42号 [second-hand]."""

    REPEAT_SAME_KIND = "repeat_same_kind"
    """Three or more penalties for the same kind of violation within the history window
    (found from the case's history, not stated by hand)."""
    HEAVY_POLLUTION_WARNING = "heavy_pollution_warning"
    """Over-limit air emission during a heavy-pollution warning."""
    OBSTRUCTING_OFFICERS = "obstructing_officers"
    """Threatening or retaliating against officers, or obstructing the investigation."""
    CROSS_REGION = "cross_region"
    """Pollution across administrative regions."""
    BAD_SOCIAL_IMPACT = "bad_social_impact"
    """A bad social impact."""


_AGGRAVATION_ZH = {
    Aggravation.REPEAT_SAME_KIND: "两年内因同类违法行为受过三次以上处罚",
    Aggravation.HEAVY_POLLUTION_WARNING: "重污染天气预警期间超标排放大气污染物",
    Aggravation.OBSTRUCTING_OFFICERS: "威胁、报复执法人员或者阻挠调查",
    Aggravation.CROSS_REGION: "造成跨行政区域污染",
    Aggravation.BAD_SOCIAL_IMPACT: "造成恶劣社会影响",
}


class Mitigation(StrEnum):
    """The circumstances of 行政处罚法 Art. 32 that require a lighter or reduced penalty."""

    ELIMINATED_HARM = "eliminated_harm"
    """(1) eliminated or reduced the harm on its own initiative."""
    COERCED = "coerced"
    """(2) coerced or deceived into the violation."""
    CONFESSED = "confessed"
    """(3) confessed violations the agency did not know of."""
    MERITORIOUS = "meritorious"
    """(4) meritorious help in the investigation."""
    OTHER_LAW = "other_law"
    """(5) another law, regulation or rule requires it."""


_MITIGATION_ITEM = {m: i for i, m in enumerate(Mitigation, start=1)}
_MITIGATION_ZH = {
    Mitigation.ELIMINATED_HARM: "主动消除或者减轻违法行为危害后果",
    Mitigation.COERCED: "受他人胁迫或者诱骗实施违法行为",
    Mitigation.CONFESSED: "主动供述行政机关尚未掌握的违法行为",
    Mitigation.MERITORIOUS: "配合行政机关查处违法行为有立功表现",
    Mitigation.OTHER_LAW: "法律、法规、规章规定其他应当从轻或者减轻行政处罚",
}


class PriorViolation(EcoregModel):
    """A violation found earlier, and whether it was penalized."""

    kind: Annotated[str, Field(min_length=1)]
    on: Day
    penalized: bool = True


class ApologyPledge(EcoregModel):
    """A public apology with a pledge to comply (公开道歉承诺守法), filed after the notice."""

    filed_on: Day
    rectified: bool = True
    """The violation has been corrected (a condition in Dongguan and Yingkou)."""


Level = Annotated[int, Field(ge=1, le=5)]
NonNegative = Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]


class ViolationCase(EcoregModel):
    """The facts of one violation case.

    Judgments only an officer can make (minor or not, the harm, the factor
    levels of destination and period) are inputs; what can be computed from
    dates and history (first violation, limitation, the history level,
    repeat offences) is computed.
    """

    kind: Annotated[str, Field(min_length=1)]
    """A violation kind id of the policy's catalogue, e.g. ``"air.over-limit"``."""
    occurred_on: Day
    ended_on: Day | None = None
    """For a continuing act, the day it ended (Art. 36 counts from there)."""
    discovered_on: Day
    corrected_on: Day | None = None
    corrected_promptly: bool = False
    """及时改正: corrected within the time the agency set (needs ``corrected_on``)."""
    harm: Harm
    minor: bool = False
    """违法行为轻微."""
    no_fault_proven: bool = False
    """The party proved it had no subjective fault (Art. 33 ¶2)."""
    grave_harm: bool = False
    """Life, health or financial safety involved and harm resulted (Art. 36: five years)."""
    environmental_harm: bool | None = None
    """Pollution or ecological harm resulted (生态环境法典 Art. 1054: five years for acts
    judged under the Code). ``None`` (the default) reads it from ``harm``: any harm other
    than ``none`` counts."""
    prior_violations: tuple[PriorViolation, ...] = ()
    falsified_data: bool = False
    evading_monitoring: bool = False
    hazardous_waste_dumping: bool = False
    crime: bool = False
    excluded_situation: str | None = None
    """A local measure's excluded situation (e.g. one of Yingkou's ten), in words."""
    public_apology: bool = False
    """The party apologized publicly and pledged to comply (Tianjin's leniency)."""
    toxic_pollutant: bool | None = None
    pollutants_over: Annotated[int, Field(ge=0)] | None = None
    hourly_exceedance_multiple: NonNegative | None = None
    """The hourly exceedance as a multiple over the limit (0.05 = 5 % over)."""
    hours_over_in_day: NonNegative | None = None
    exceedance_ratio: NonNegative | None = None
    """How far over the limit, for the exceedance factor (0.25 = 25 % over)."""
    destination_level: Level = 1
    """Discharge destination factor.

    Class-II area or class-V water is level 1 … a drinking-water zone is level 5.
    """
    period_level: Level = 1
    """Period sensitivity (ordinary 1, special event 3, heavy-pollution warning 5)."""
    aggravations: tuple[Aggravation, ...] = ()
    mitigations: tuple[Mitigation, ...] = ()
    notice_received_on: Day | None = None
    """When the notice of proposed penalty (行政处罚事先告知书) was received."""
    apology_pledge: ApologyPledge | None = None
    heavy_pollution_process: bool = False
    river_basin: bool = False

    @model_validator(mode="after")
    def _dates(self) -> ViolationCase:
        checks: list[tuple[str, dt.date | None, dt.date, str]] = [
            ("ended_on", self.ended_on, self.occurred_on, "occurred_on"),
            ("discovered_on", self.discovered_on, self.occurred_on, "occurred_on"),
            ("corrected_on", self.corrected_on, self.occurred_on, "occurred_on"),
        ]
        if self.notice_received_on is not None:
            checks.append(
                ("notice_received_on", self.notice_received_on, self.discovered_on, "discovered_on")
            )
        if self.apology_pledge is not None and self.notice_received_on is not None:
            checks.append(
                (
                    "apology_pledge.filed_on",
                    self.apology_pledge.filed_on,
                    self.notice_received_on,
                    "notice_received_on",
                )
            )
        for field, value, floor, name in checks:
            if value is not None and value < floor:
                raise InvalidInputError(
                    field=field, value=value, allowed=f"a date on or after {name} ({floor})"
                )
        if self.corrected_promptly and self.corrected_on is None:
            raise InvalidInputError(
                field="corrected_promptly",
                value=True,
                allowed="true only with a corrected_on date",
            )
        if self.apology_pledge is not None and self.notice_received_on is None:
            raise InvalidInputError(
                field="notice_received_on",
                value=None,
                allowed="the date the notice of proposed penalty was received, "
                "when a pledge is given",
            )
        return self

    @property
    def corrected(self) -> bool:
        """Whether the violation was corrected."""
        return self.corrected_on is not None

    @property
    def environmental_harm_resulted(self) -> bool:
        """Whether pollution or ecological harm resulted (``environmental_harm`` or ``harm``)."""
        if self.environmental_harm is not None:
            return self.environmental_harm
        return self.harm is not Harm.NONE

    @property
    def act_on(self) -> tuple[dt.date, str]:
        """The day that decides the law (the end of a continuing act) and its field."""
        if self.ended_on is not None:
            return self.ended_on, "ended_on"
        return self.occurred_on, "occurred_on"


class LeniencyOutcome(StrEnum):
    """Whether a violation is penalized."""

    TIME_BARRED = "time_barred"
    """不再给予行政处罚 (Art. 36)."""
    NOT_PENALIZED = "not_penalized"
    """不予行政处罚: the agency must not penalize."""
    MAY_DECLINE = "may_decline"
    """可以不予行政处罚: the agency may decline to penalize."""
    PENALIZE = "penalize"
    """No leniency applies."""


class LeniencyResult(EcoregModel):
    """The outcome of `decide_leniency`."""

    outcome: LeniencyOutcome
    education_required: bool
    first_violation: bool
    limitation_ends_on: Day
    list_item: str | None = None


class FineStep(EcoregModel):
    """One step from the statutory range to the final amount."""

    rule_id: str
    label_zh: str
    label_en: str
    amount: Yuan
    """The amount after this step."""
    change: Yuan
    citation: Citation | None


class FineResult(EcoregModel):
    """The outcome of `decide_fine`."""

    kind: str
    statutory_min: NonNegativeYuan
    statutory_max: NonNegativeYuan
    steps: tuple[FineStep, ...]
    final: NonNegativeYuan
    below_statutory_minimum: bool
    """Only after an Art. 32 reduction (减轻处罚); the reasons say so."""


class StudyEntry(EcoregModel):
    """One entry of a law-study ledger: minutes studied and/or an exam taken on a day."""

    on: Day
    minutes: Annotated[int, Field(ge=0, le=100_000)] = 0
    exam_score: Annotated[int, Field(ge=0, le=100)] | None = None


class StudyStanding(EcoregModel):
    """Law-study points on a date and what they bring."""

    on: Day
    class_hours: int
    exams_passed: int
    points: int
    lighter_penalty: bool
    no_penalty_for_first_minor: bool
    positive_list_priority: bool
    faster_credit_repair: bool


# --- helpers ---------------------------------------------------------------------------------


def _kind(policy: Policy, kind: str) -> ViolationKind:
    try:
        record: ViolationKind = policy.record(CATALOGUE, kind)
    except MissingParameterError as exc:
        raise InvalidInputError(
            field="kind", value=kind, allowed=exc.allowed or "a kind of the catalogue"
        ) from None
    return record


def _excluded(case: ViolationCase, kind: ViolationKind) -> list[tuple[str, str]]:
    """The never-lenient situations present, as (zh, en) pairs."""
    found = []
    if kind.never_lenient:
        found.append((f"违法行为属于{kind.name_zh}", f"the violation is {kind.name_en}"))
    flags = (
        (case.falsified_data, "篡改、伪造监测数据", "falsified or tampered monitoring data"),
        (case.evading_monitoring, "以逃避监管的方式排放污染物", "evading monitoring"),
        (case.hazardous_waste_dumping, "非法倾倒危险废物", "illegal dumping of hazardous waste"),
        (case.crime, "涉嫌犯罪", "a suspected crime"),
    )
    found.extend((zh, en) for flag, zh, en in flags if flag)
    if case.excluded_situation:
        found.append(
            (
                f"属于排除情形：{case.excluded_situation}",
                f"an excluded situation: {case.excluded_situation}",
            )
        )
    return found


def _first_violation(case: ViolationCase, policy: Policy) -> tuple[bool, int]:
    months = policy.as_int("leniency.first_violation_lookback_months")
    since, _ = add_months(case.occurred_on, -months)
    same = [
        p
        for p in case.prior_violations
        if p.kind == case.kind and since <= p.on <= case.occurred_on
    ]
    return not same, months


def _decision_day(case: ViolationCase, policy: Policy, decided_on: dt.date | str) -> dt.date:
    """The decision date: on or after the discovery, and inside the policy's span."""
    today = parse_date(decided_on, field="decided_on")
    if today < case.discovered_on:
        raise InvalidInputError(
            field="decided_on",
            value=today,
            allowed=f"a date on or after discovered_on ({case.discovered_on})",
        )
    policy.check_date(today)
    return today


def _choose_law(case: ViolationCase, kind: ViolationKind, today: dt.date) -> LawChoice:
    act_on, field = case.act_on
    return choose_basis(kind, act_on=act_on, decided_on=today, act_field=field)


def _case_facts(case: ViolationCase, first: bool) -> dict[str, bool | int | Decimal | None]:
    return {
        "toxic_pollutant": case.toxic_pollutant,
        "pollutants_over": case.pollutants_over,
        "hourly_exceedance_multiple": case.hourly_exceedance_multiple,
        "hours_over_in_day": case.hours_over_in_day,
        "corrected_promptly": case.corrected_promptly,
        "minor": case.minor,
        "first_violation": first,
        "no_harm": case.harm is Harm.NONE,
    }


# --- leniency ----------------------------------------------------------------------------------


def decide_leniency(  # noqa: C901, PLR0911 - one branch and one return per outcome, in the statute's order
    case: ViolationCase,
    *,
    policy: Policy,
    decided_on: dt.date | str,
    study: StudyStanding | None = None,
) -> Decision[LeniencyResult]:
    """Decide whether a violation is penalized (行政处罚法 Art. 33 and 36, local lists).

    Args:
        case: The facts of the case.
        policy: The policy of the jurisdiction on ``decided_on``.
        decided_on: The date of the decision.
        study: The party's law-study standing, if any (Yingkou: enough points make a
            first, minor, corrected violation go unpenalized).

    Raises:
        InvalidInputError: for a kind the policy's catalogue does not know, or a decision
            dated before the violation was discovered.
    """
    today = _decision_day(case, policy, decided_on)
    kind = _kind(policy, case.kind)
    law = _choose_law(case, kind, today)
    regime = law.regime
    first, lookback = _first_violation(case, policy)
    start, start_field = case.act_on
    limitation = choose_limitation(
        start=start,
        decided_on=today,
        grave_harm=case.grave_harm,
        environmental_harm=case.environmental_harm_resulted,
        policy=policy,
        start_field=start_field,
    )
    limit_end, years = limitation.ends_on, limitation.rule.years
    reasons: list[Reason] = [r for r in (law.reason, limitation.reason) if r is not None]
    hints: list[Hint] = []

    def result(outcome: LeniencyOutcome, *, item: str | None = None) -> Decision[LeniencyResult]:
        educate = outcome in {LeniencyOutcome.NOT_PENALIZED, LeniencyOutcome.MAY_DECLINE}
        if educate and policy.as_bool("leniency.education_required"):
            reasons.append(
                policy.reason(
                    "leniency.education_required",
                    "leniency.education",
                    "依法不予行政处罚的，应当对当事人进行教育。",
                    "Where no penalty is imposed, the party must be educated.",
                )
            )
        return Decision[LeniencyResult](
            outcome=LeniencyResult(
                outcome=outcome,
                education_required=educate,
                first_violation=first,
                limitation_ends_on=limit_end,
                list_item=item,
            ),
            decided_on=today,
            jurisdiction=policy.jurisdiction.code,
            reasons=tuple(reasons),
            hints=tuple(hints),
        )

    barred = case.discovered_on > limit_end
    reasons.append(
        Reason(
            rule_id="leniency.limitation",
            citation=limitation.rule.citation,
            message_zh=f"违法行为自{start}起算{years}年，至{limit_end}（届满当日计入）；"
            f"于{case.discovered_on}发现，"
            + ("已超过期限，不再给予行政处罚。" if barred else "在期限内。"),
            message_en=f"{count_en(years, 'year')} from {start} end on {limit_end} (the "
            "anniversary day "
            f"included); discovered on {case.discovered_on}, "
            + ("too late: no penalty may be imposed." if barred else "within the period."),
            facts=facts(
                counted_from=start,
                years=years,
                limitation_ends_on=limit_end,
                discovered_on=case.discovered_on,
                continuing=case.ended_on is not None,
            ),
        )
    )
    if barred:
        return result(LeniencyOutcome.TIME_BARRED)
    if law.basis is None:
        reasons.append(
            Reason(
                rule_id="leniency.no-longer-a-violation",
                citation=regime.choice_of_law,
                message_zh="作出处罚决定时已不认为是违法，不予行政处罚。",
                message_en="On the decision date the conduct is no longer a violation: no penalty.",
                facts=facts(decided_on=today),
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)

    # The statute's "must not" comes first: 行政处罚法 Art. 33 ¶1 (first sentence) and ¶2 (Code
    # Art. 1056 ¶2, 1053 ¶1). A local measure's exclusion cannot turn them into a penalty (立法法:
    # a local measure is below the law); exclusions only limit the leniency a list, a local
    # measure or the agency's discretion grants, below.
    if case.no_fault_proven and policy.as_bool("leniency.no_fault_no_penalty"):
        reasons.append(
            Reason(
                rule_id="leniency.no-fault",
                citation=regime.no_fault,
                message_zh="当事人有证据足以证明没有主观过错，不予行政处罚。",
                message_en="The party proved it had no subjective fault: no penalty.",
                facts=facts(no_fault_proven=True),
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)

    minor_ok = case.minor and case.corrected_promptly and case.harm is Harm.NONE
    if minor_ok and policy.as_bool("leniency.minor_no_harm_no_penalty"):
        reasons.append(
            Reason(
                rule_id="leniency.minor",
                citation=regime.minor_no_penalty,
                message_zh="违法行为轻微并及时改正，没有造成危害后果，不予行政处罚。",
                message_en="A minor violation, promptly corrected, with no harm: no penalty.",
                facts=facts(minor=True, corrected_on=case.corrected_on, harm=case.harm),
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)

    excluded = _excluded(case, kind)
    if excluded:
        reasons.append(
            Reason(
                rule_id="leniency.never-lenient",
                citation=regime.leniency.model_copy(
                    update={
                        "note": "MEE practice and every local list exclude these from leniency "
                        "(DOMAIN.md §3)."
                    }
                ),
                message_zh="不适用免罚清单、首次违法可以不予处罚等从宽处理："
                + "；".join(zh for zh, _ in excluded)
                + "。",
                message_en="No discretionary leniency (lists, first violations, local measures): "
                + "; ".join(en for _, en in excluded)
                + ".",
                facts=facts(excluded=[en for _, en in excluded]),
            )
        )
        return result(LeniencyOutcome.PENALIZE)

    case_facts = _case_facts(case, first)
    items: list[NoPenaltyItem] = (
        [
            item
            for item in policy.records("leniency.no_penalty_list").values()
            if case.kind in item.kinds
        ]
        if "leniency.no_penalty_list" in policy.parameters
        else []
    )
    for item in sorted(items, key=lambda i: (i.list_type != "minor", i.id)):
        held = [(c, c.holds(case_facts)) for c in item.conditions]
        needs_first = item.list_type == "first" and not first
        if all(ok for _, ok in held) and not needs_first:
            outcome = (
                LeniencyOutcome.NOT_PENALIZED
                if item.list_type == "minor"
                else LeniencyOutcome.MAY_DECLINE
            )
            reasons.append(
                Reason(
                    rule_id="leniency.list-item",
                    citation=item.citation,
                    message_zh=f"符合免罚清单事项“{item.title_zh}”的全部条件："
                    + "；".join(c.description_zh for c, _ in held)
                    + "。"
                    + policy.local_note("leniency.no_penalty_list")[0],
                    message_en=f"All conditions of no-penalty list item '{item.title_en}' hold: "
                    + "; ".join(c.description_en for c, _ in held)
                    + "."
                    + policy.local_note("leniency.no_penalty_list")[1],
                    facts=facts(item=item.id, list_type=item.list_type),
                )
            )
            return result(outcome, item=item.id)
        missing = [c for c, ok in held if ok is not True]
        hints.append(
            Hint(
                rule_id="leniency.list-item",
                message_zh=f"免罚清单事项“{item.title_zh}”还需满足："
                + "；".join(c.description_zh for c in missing)
                + ("；且为首次违法" if needs_first else "")
                + "。",
                message_en=f"No-penalty list item '{item.title_en}' would also need: "
                + "; ".join(c.description_en for c in missing)
                + ("; and a first violation" if needs_first else "")
                + ".",
                changes=facts({c.fact: f"{c.op} {c.value}" for c in missing}),
            )
        )

    first_ok = first and case.harm is not Harm.HARMFUL and case.corrected_promptly
    if first_ok and case.minor and _study_no_penalty(study):
        reasons.append(
            policy.reason(
                "study.points_for_no_penalty",
                "leniency.study-points",
                f"初次、轻微违法并及时改正，且学法积分{study.points if study else 0}分"
                "达到不予处罚标准。",
                f"A first, minor, promptly corrected violation, and {study.points if study else 0} "
                "law-study points reach the no-penalty threshold.",
                points=study.points if study else 0,
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)
    if (
        first_ok
        and case.minor
        and case.public_apology
        and policy.as_bool("leniency.apology_first_minor_no_penalty")
    ):
        reasons.append(
            policy.reason(
                "leniency.apology_first_minor_no_penalty",
                "leniency.first-minor-apology",
                "初次轻微违法，及时改正并公开道歉、承诺守法，不予行政处罚。",
                "A first, minor violation, corrected, with a public apology and a pledge to "
                "comply: no penalty.",
                first_violation=True,
                public_apology=True,
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)
    if first_ok and policy.as_bool("leniency.first_violation_may_decline"):
        reasons.append(
            Reason(
                rule_id="leniency.first-violation",
                citation=regime.first_may_decline,
                message_zh=f"初次违法（前{lookback}个月内无同类违法，届满当日计入）且危害后果轻微"
                "并及时改正，可以不予行政处罚。",
                message_en=f"A first violation (none of the same kind in the previous "
                f"{count_en(lookback, 'month')}, the anniversary day included) with at most "
                "slight harm, promptly "
                "corrected: the agency may decline to penalize.",
                facts=facts(first_violation=True, lookback_months=lookback, harm=case.harm),
            )
        )
        return result(LeniencyOutcome.MAY_DECLINE)

    reasons.append(
        Reason(
            rule_id="leniency.none",
            citation=regime.leniency,
            message_zh="不符合不予行政处罚的条件。",
            message_en="No condition for not penalizing holds.",
            facts=facts(
                first_violation=first,
                minor=case.minor,
                harm=case.harm,
                corrected_promptly=case.corrected_promptly,
            ),
        )
    )
    if not case.corrected_promptly:
        hints.append(
            Hint(
                rule_id="leniency.first-violation",
                message_zh="及时改正违法行为"
                + (
                    "（初次违法且危害轻微的，可以不予处罚）"
                    if first and case.harm is not Harm.HARMFUL
                    else ""
                )
                + "。",
                message_en="Correct the violation promptly"
                + (
                    " (a first violation with slight harm may then go unpenalized)"
                    if first and case.harm is not Harm.HARMFUL
                    else ""
                )
                + ".",
                changes=facts(corrected_promptly=True),
            )
        )
    return result(LeniencyOutcome.PENALIZE)


def _study_no_penalty(study: StudyStanding | None) -> bool:
    return study is not None and study.no_penalty_for_first_minor


# --- fines ---------------------------------------------------------------------------------------


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
    case: ViolationCase, basis: LegalBasis, policy: Policy, steps: _Steps
) -> Decimal:
    thresholds = tuple(policy.as_tuple("discretion.exceedance_thresholds"))
    exceedance = (
        _level(case.exceedance_ratio, thresholds) if case.exceedance_ratio is not None else 1
    )
    window = policy.as_int("discretion.history_window_months")
    since, _ = add_months(case.occurred_on, -window)
    count = 1 + sum(1 for p in case.prior_violations if since <= p.on <= case.occurred_on)
    table = tuple(policy.as_tuple("discretion.history_levels"))
    history = table[min(count, len(table)) - 1]
    levels = (case.destination_level, exceedance, case.period_level, history)
    weights = tuple(policy.as_tuple("discretion.factor_weights"))
    if len(weights) != len(levels) or sum(weights) == 0:
        raise MissingParameterError(
            "discretion.factor_weights needs four weights that are not all zero",
            jurisdiction=policy.jurisdiction.code,
            on=policy.on,
            field="discretion.factor_weights",
            value=weights,
            allowed="four non-negative weights with a positive sum",
        )
    mean = sum(w * lv for w, lv in zip(weights, levels, strict=True)) / sum(weights)
    shares = tuple(policy.as_tuple("discretion.level_shares"))
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


def _repeat_offender(case: ViolationCase, policy: Policy) -> bool:
    window = policy.as_int("discretion.history_window_months")
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
        amount = _discretion_base(case, basis, policy, steps)
        aggravations = set(case.aggravations)
        if _repeat_offender(case, policy):
            aggravations.add(Aggravation.REPEAT_SAME_KIND)
        step = policy.as_decimal("discretion.aggravation_step")
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
                    instrument=laws.DISCRETION_GUIDANCE_2019,
                    note="Step size: discretion.aggravation_step (an ecoreg default unless the "
                    "jurisdiction sets it).",
                ),
                aggravation=agg,
                step=step,
            )
        step = policy.as_decimal("discretion.mitigation_step")
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
                laws.APL_ART_32.model_copy(update={"item": _MITIGATION_ITEM[mit]}),
                mitigation=mit,
                step=step,
                below_minimum=reduced,
            )
    before_reductions = amount
    excluded = _excluded(case, kind)
    amount = _apology(case, basis, policy, cal, amount, steps, excluded)
    amount = _study(basis, policy, study, amount, steps, excluded=bool(excluded))
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
                citation=laws.APL_ART_32,
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
            _apology_hint(case, basis, policy, cal, before_reductions, excluded=bool(excluded))
        ),
        warnings=_pledge_provisional(case, policy, cal),
    )


def _pledge_provisional(
    case: ViolationCase, policy: Policy, cal: WorkingCalendar
) -> tuple[Notice, ...]:
    """The provisional-calendar warning when the pledge window was counted on such a year."""
    if case.notice_received_on is None or not _apology_enabled(policy):
        return ()
    _, last_day = _pledge_deadline(case.notice_received_on, policy, cal)
    return provisional_notice(provisional_years(cal, case.notice_received_on, last_day))


def _pledge_deadline(
    notice_received_on: dt.date, policy: Policy, cal: WorkingCalendar
) -> tuple[int, dt.date]:
    """The working days allowed for a pledge and the last day to file it."""
    days = policy.as_int("reduction.apology.application_working_days")
    return days, working_days_after(notice_received_on, days, calendar=cal).last_day


def _apology_share(case: ViolationCase, policy: Policy) -> tuple[str, Decimal]:
    for flag, key in (
        (case.heavy_pollution_process, "reduction.apology.share_heavy_pollution"),
        (case.river_basin, "reduction.apology.share_river_basin"),
    ):
        if flag and key in policy.parameters:
            return key, policy.as_decimal(key)
    return "reduction.apology.share", policy.as_decimal("reduction.apology.share")


def _apology_amount(
    amount: Decimal, basis: LegalBasis, policy: Policy, share: Decimal
) -> tuple[Decimal, Decimal]:
    """(new amount, reduction) for an accepted pledge: never below the minimum, never up."""
    method = policy.as_str("reduction.apology.method")
    base = amount if method == "share_of_fine" else max(Decimal(0), amount - basis.fine_min)
    reduction = round_yuan(base * share, rounding=Rounding.DOWN)
    if "reduction.apology.cap" in policy.parameters:
        reduction = min(reduction, policy.as_decimal("reduction.apology.cap"))
    floor = min(amount, basis.fine_min)
    new = max(amount - reduction, floor)
    return new, amount - new


def _apology_enabled(policy: Policy) -> bool:
    return (
        "reduction.apology.method" in policy.parameters
        and policy.as_str("reduction.apology.method") != "none"
    )


def _apology(
    case: ViolationCase,
    basis: LegalBasis,
    policy: Policy,
    cal: WorkingCalendar,
    amount: Decimal,
    steps: _Steps,
    excluded: list[tuple[str, str]],
) -> Decimal:
    pledge = case.apology_pledge
    if pledge is None or not _apology_enabled(policy):
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
    days, last_day = _pledge_deadline(case.notice_received_on, policy, cal)
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
    share_key, share = _apology_share(case, policy)
    new, reduction = _apology_amount(amount, basis, policy, share)
    method = policy.as_str("reduction.apology.method")
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
    policy: Policy,
    cal: WorkingCalendar,
    amount: Decimal,
    *,
    excluded: bool,
) -> list[Hint]:
    if case.apology_pledge is not None or not _apology_enabled(policy):
        return []
    if case.notice_received_on is None or excluded:
        return []
    _, deadline = _pledge_deadline(case.notice_received_on, policy, cal)
    _, share = _apology_share(case, policy)
    new, _ = _apology_amount(amount, basis, policy, share)
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
    policy: Policy,
    study: StudyStanding | None,
    amount: Decimal,
    steps: _Steps,
    *,
    excluded: bool,
) -> Decimal:
    if study is None or "reduction.study.share" not in policy.parameters:
        return amount
    share = policy.as_decimal("reduction.study.share")
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


# --- daily continuous penalty -------------------------------------------------------------------


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
    law = choose_basis(record, act_on=reinspected, decided_on=today, act_field="reinspected_on")
    rule = law.basis.daily_penalty if law.basis is not None else None
    if rule is None:
        allowed = [
            k
            for k, v in policy.records(CATALOGUE).items()
            if (b := v.basis_on(reinspected)) is not None and b.daily_penalty is not None
        ]
        raise InvalidInputError(
            field="kind",
            value=kind,
            allowed="a kind for which the law in force allows the daily continuous penalty "
            f"({', '.join(allowed)})",
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
    reasons = [law.reason] if law.reason is not None else []
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


# --- law study --------------------------------------------------------------------------------


def study_standing(
    entries: tuple[StudyEntry, ...] | list[StudyEntry],
    *,
    policy: Policy,
    on: dt.date | str,
) -> Decision[StudyStanding]:
    """Points of a law-study ledger on a date, and the benefits they bring (Yingkou).

    Class hours of ``study.minutes_per_class_hour`` minutes earn
    ``study.points_per_class_hour`` each; an exam scoring at least
    ``study.exam_pass_score`` earns ``study.points_per_exam_pass``. Points
    earned more than ``study.points_valid_months`` months before ``on`` (or
    after it) do not count.
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    per_hour = policy.as_int("study.minutes_per_class_hour")
    valid = policy.as_int("study.points_valid_months")
    since, _ = add_months(day, -valid)
    live = [e for e in entries if since <= e.on <= day]  # the anniversary day is inside
    minutes = sum(e.minutes for e in live)
    hours = minutes // per_hour
    passed = sum(
        1
        for e in live
        if e.exam_score is not None and e.exam_score >= policy.as_int("study.exam_pass_score")
    )
    points = hours * policy.as_int("study.points_per_class_hour") + passed * policy.as_int(
        "study.points_per_exam_pass"
    )
    standing = StudyStanding(
        on=day,
        class_hours=hours,
        exams_passed=passed,
        points=points,
        lighter_penalty=points >= policy.as_int("reduction.study.min_points"),
        no_penalty_for_first_minor=points >= policy.as_int("study.points_for_no_penalty"),
        positive_list_priority=points >= policy.as_int("study.points_for_positive_list"),
        faster_credit_repair=points >= policy.as_int("study.points_for_credit_repair"),
    )
    return Decision[StudyStanding](
        outcome=standing,
        decided_on=day,
        jurisdiction=policy.jurisdiction.code,
        reasons=(
            Reason(
                rule_id="study.points",
                citation=policy.citation("study.points_per_class_hour"),
                message_zh=f"{since}（含当日）以来学法{minutes}分钟，合{hours}学时（每学时{per_hour}分钟），"
                f"通过考试{passed}次，积分{points}分。",
                message_en=f"Since {since} (included): {minutes} minutes of study = {hours} class hours of "
                f"{per_hour} minutes, {passed} exam(s) passed: {points} points.",
                facts=facts(
                    minutes=minutes,
                    class_hours=hours,
                    exams_passed=passed,
                    points=points,
                    counted_since=since,
                ),
            ),
        ),
    )


check_public(
    globals(),
    (
        "decide_leniency",
        "decide_fine",
        "daily_continuous_penalty",
        "study_standing",
    ),
)
