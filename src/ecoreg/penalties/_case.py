"""The facts of a violation case and the results of the penalty rules, and how a case is read.

`ViolationCase` holds what an officer finds (dates, harm, factor levels, circumstances);
the helpers at the end read it the same way for every rule: the kind in the policy's
catalogue, the decision day, the law chosen (从旧兼从轻), first violation, the never-lenient
situations, and the facts a no-penalty list item tests.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ecoreg.core._citations import Citation
from ecoreg.core._fine_rules import AccidentGrade, CaseFacts, CountUnit, EiaDocument, PartyType
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import (
    NonNegativeYuan,
    Yuan,
)
from ecoreg.core._periods import add_months
from ecoreg.core._records import Department, SideMeasure
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError, MissingParameterError
from ecoreg.penalties._choice import LawChoice, choose_basis
from ecoreg.penalties._list_facts import ListFacts
from ecoreg.penalties._local_facts import GuangdongFacts

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy
    from ecoreg.core._records import ViolationKind
    from ecoreg.penalties._settings import PenaltySettings

__all__ = [
    "Aggravation",
    "ApologyPledge",
    "FineResult",
    "FineStep",
    "Harm",
    "LeniencyOutcome",
    "LeniencyResult",
    "Mitigation",
    "PersonsFine",
    "PriorViolation",
    "StudyEntry",
    "StudyStanding",
    "ViolationCase",
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
    apology_reduced: bool = False
    """Its fine was reduced for a public apology and pledge (Guangdong Art. 14 (8): no second
    reduction; Shenzhen: none within three years)."""


class ApologyPledge(EcoregModel):
    """A public apology with a pledge to comply (公开道歉承诺守法), filed after the notice."""

    filed_on: Day
    rectified: bool = True
    """The violation has been corrected (a condition in Dongguan and Yingkou)."""
    evidence: Literal["none", "rectification_effect", "harm_eliminated"] = "none"
    """Third-party evidence beside the pledge (Guangzhou 穗环规字〔2022〕2号): of the effect of
    the rectification, or that the adverse effects are fully eliminated."""


Level = Annotated[int, Field(ge=1, le=5)]
NonNegative = Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]


FINE_FACT_FIELDS = (
    "serious",
    "especially_serious",
    "severe_consequences",
    "refused_to_correct",
    "pollution_caused",
    "pollutant_is_industrial_noise",
    "hazardous_waste",
    "eia_document",
    "accident_grade",
    "party_type",
    "goods_value",
    "illegal_gains",
    "project_investment",
    "contract_price",
    "disposal_cost",
    "direct_loss",
    "dumping_fee",
    "unsurrendered_allowance_value",
    "prior_year_income",
    "service_fee",
    "count",
    "count_unit",
)
"""The fields of `ViolationCase` that the fine rules read (the names of `CaseFacts`)."""


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
    guangdong: GuangdongFacts | None = None
    """The facts Guangdong's fine tables and apology rules read (粤环发〔2021〕7号)."""
    # --- the facts the fine rules of the catalogue read (the law's bands and bases) ---
    serious: bool = False
    """情节严重, as the officer finds it (a heavier band of many articles)."""
    especially_serious: bool = False
    """情节特别严重、影响特别恶劣 (生态环境法典 Art. 1236 ¶3: two to five times the band)."""
    severe_consequences: bool = False
    """造成严重后果."""
    refused_to_correct: bool = False
    """拒不改正 / 逾期不改正: the party did not correct within the time ordered."""
    pollution_caused: bool = False
    """造成……污染的 (a band of some ship and water articles)."""
    pollutant_is_industrial_noise: bool = False
    """其中，污染物为工业噪声的 (a band of Code Arts. 1102, 1103, 1107 where a kind uses it)."""
    hazardous_waste: bool = False
    """The solid waste is hazardous waste (a band where an article says so)."""
    eia_document: EiaDocument | None = None
    """The environmental impact document the project needs: ``report_book`` (报告书),
    ``report_form`` (报告表) or ``registration_form`` (登记表)."""
    accident_grade: AccidentGrade | None = None
    """The accident's grade: ``general``, ``large``, ``major``, ``especially_major``."""
    party_type: PartyType | None = None
    """Who is fined, where an article fines them differently: ``unit``, ``other_operator``,
    ``individual``."""
    project_investment: NonNegativeYuan | None = None
    """建设项目总投资额 (环境影响评价法 Art. 31: 1 %–5 % of it)."""
    goods_value: NonNegativeYuan | None = None
    """货值金额."""
    illegal_gains: NonNegativeYuan | None = None
    """违法所得."""
    disposal_cost: NonNegativeYuan | None = None
    """所需处置费用."""
    direct_loss: NonNegativeYuan | None = None
    """直接损失 (an accident's)."""
    contract_price: NonNegativeYuan | None = None
    """建设工程合同价款."""
    dumping_fee: NonNegativeYuan | None = None
    """应缴纳倾倒费数额."""
    unsurrendered_allowance_value: NonNegativeYuan | None = None
    """The unsurrendered carbon allowances at the month's average price before the deadline."""
    prior_year_income: NonNegativeYuan | None = None
    """A responsible person's prior-year income from the unit (persons' fines)."""
    service_fee: NonNegativeYuan | None = None
    """所收费用: the fee a technical unit charged for the report."""
    count: Annotated[int, Field(ge=1, le=1_000_000)] | None = None
    """How many units a per-unit fine counts (vehicles, ships, square metres, metres, times)."""
    count_unit: CountUnit | None = None
    """What ``count`` counts (checked against the rule's unit)."""
    concurrent_findings: tuple[Annotated[str, Field(min_length=1, max_length=200)], ...] = Field(
        default=(), max_length=50
    )
    """The conditional concurrent provisions the officer finds the act also breaks, by their
    key (`ecoreg.ConcurrentProvision.key`): Code Art. 1055 then compares them too."""
    list_facts: ListFacts = ListFacts()
    """The facts only local no-penalty list items read (pH, tonnes, days lasted …)."""

    def fine_facts(self) -> CaseFacts:
        """The facts the catalogue's fine rules read, as a `CaseFacts`."""
        return CaseFacts(**{name: getattr(self, name) for name in FINE_FACT_FIELDS})

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
        self._one_value_per_fact()
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

    def _one_value_per_fact(self) -> None:
        """A list fact that ``guangdong`` states too is stated alike, or left to it."""
        if self.guangdong is None:
            return
        for name, value in self.guangdong.list_facts().items():
            stated = getattr(self.list_facts, name)
            if stated is not None and stated != value:
                raise InvalidInputError(
                    field=f"list_facts.{name}",
                    value=stated,
                    allowed=f"{value} as guangdong states it (a fact is stated once: "
                    "GuangdongFacts.list_facts gives the list facts it states)",
                )

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


class PersonsFine(EcoregModel):
    """The fine the applied article sets on the persons responsible, beside the unit's.

    Absent where the party is an individual (``party_type: individual``): a natural person has
    no 直接负责的主管人员和其他直接责任人员.
    """

    who_zh: str
    """Who they are, in the article's words (直接负责的主管人员和其他直接责任人员 …)."""
    rule_zh: str
    rule_en: str
    statutory_min: NonNegativeYuan | None = None
    statutory_max: NonNegativeYuan | None = None
    """The range for the case; ``None`` when it needs a fact the case does not state."""
    needs: str | None = None
    """The fact the range needs (``prior_year_income`` …), when it is not stated."""
    citation: Citation
    amount: NonNegativeYuan | None = None
    """The amount for each person a local fine table gives (an ordinary case), where one is
    written for the persons' range (``discretion.tables`` with ``party: persons``); ``None``
    otherwise: the agency decides it within the range."""
    table: str | None = None
    """The id of that table."""


class FineResult(EcoregModel):
    """The outcome of `decide_fine`."""

    kind: str
    statutory_min: NonNegativeYuan
    statutory_max: NonNegativeYuan
    steps: tuple[FineStep, ...]
    final: NonNegativeYuan
    below_statutory_minimum: bool
    """Only after an Art. 32 reduction (减轻处罚); the reasons say so."""
    basis: Citation | None = None
    """The provision whose range applies (after the choice of law and Code Art. 1055)."""
    rule_zh: str = ""
    """The fine rule of ``basis`` as applied to the case, in Chinese."""
    rule_en: str = ""
    fined: bool = True
    """``False`` where the article sets no fine for these facts (it fines only on a finding the
    case does not make, e.g. a refusal to correct); ``final`` is then 0.00."""
    fine_optional: bool = False
    """可以处: the article allows but does not require a fine."""
    persons: PersonsFine | None = None
    enforcers: tuple[Department, ...] = ()
    """The departments the applied article names."""
    measures: tuple[SideMeasure, ...] = ()
    """What the applied article orders or allows besides the fine."""


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


def _first_violation(case: ViolationCase, settings: PenaltySettings) -> tuple[bool, int]:
    """No violation of the same kind within the lookback before the act (or its discovery).

    ``leniency.first_violation_counted_from``: ``act`` (the default) counts back from
    ``occurred_on``; ``detection`` from ``discovered_on`` (Shanxi 2025: "违法行为被检查发现时距上次
    被检查发现的同一违法行为已超过12个月", a prior ``on`` being the day it was found). A prior
    found on the anniversary day has not "exceeded" the window: it still counts.
    """
    months = settings.first_violation_lookback_months
    anchor = (
        case.discovered_on
        if settings.first_violation_counted_from == "detection"
        else (case.occurred_on)
    )
    since, _ = add_months(anchor, -months)
    same = [p for p in case.prior_violations if p.kind == case.kind and since <= p.on <= anchor]
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
    return choose_basis(
        kind, act_on=act_on, decided_on=today, act_field=field, fine_facts=case.fine_facts()
    )


def _first_within(case: ViolationCase, months: int) -> bool:
    """No violation of the same kind in the ``months`` before the act, the anniversary day included.

    粤环发〔2021〕7号 Art. 22: "近一年" counts back one year from the act.
    """
    since, _ = add_months(case.occurred_on, -months)
    return not any(
        p.kind == case.kind and since <= p.on <= case.occurred_on for p in case.prior_violations
    )


def _case_facts(case: ViolationCase, first: bool) -> dict[str, bool | int | Decimal | None]:
    year = case.occurred_on.year
    return {
        **case.list_facts.model_dump(),
        **(case.guangdong.list_facts() if case.guangdong is not None else {}),
        "first_within_12_months": _first_within(case, 12),
        "first_within_24_months": _first_within(case, 24),
        "first_in_calendar_year": not any(
            p.kind == case.kind and p.on.year == year and p.on <= case.occurred_on
            for p in case.prior_violations
        ),
        "eia_report_form": (
            None if case.eia_document is None else case.eia_document is EiaDocument.REPORT_FORM
        ),
        "exceedance_ratio": case.exceedance_ratio,
        "toxic_pollutant": case.toxic_pollutant,
        "pollutants_over": case.pollutants_over,
        "hourly_exceedance_multiple": case.hourly_exceedance_multiple,
        "hours_over_in_day": case.hours_over_in_day,
        "corrected_promptly": case.corrected_promptly,
        "minor": case.minor,
        "first_violation": first,
        "no_harm": case.harm is Harm.NONE,
        "harm_at_most_slight": case.harm is not Harm.HARMFUL,
    }
