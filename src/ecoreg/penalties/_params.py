"""The parameters of the penalty rules: the catalogue, leniency, discretion, reductions, law study.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind
from ecoreg.core._records import NoPenaltyItem, ViolationKind
from ecoreg.core._tables import DiscretionTable

__all__ = ["APOLOGY_EXCLUSIONS", "COMBINATIONS", "PREFIXES", "SPECS"]

PREFIXES = ("law.", "violations.", "leniency.", "discretion.", "reduction.", "study.")
"""The key prefixes this domain owns."""

_ZERO = Decimal(0)
_ONE = Decimal(1)


APOLOGY_EXCLUSIONS = frozenset(
    {
        "drinking_water_prohibition",
        "hazardous_waste_to_unlicensed",
        "hazardous_waste_unlicensed_operation",
        "art10_aggravation",
        "detention_referral",
        "suspected_crime",
        "continued_after_order",
        "repeat_after_apology",
        "concurrent_excluded",
        "fixed_or_minimum_fine",
        "other_rule",
    }
)
"""The situations excluding an apology reduction that a measure may list (粤环发〔2021〕7号
Art. 14 (1)–(11); the values of `ecoreg.ApologyExclusion`)."""


def _ascending(values: tuple[Decimal, ...]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(values))


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "law.limitation_follows",
        ParamKind.STR,
        "Which law's limitation period applies to an act decided after a change of law: 'art37' "
        "(the law at the act unless the law at the decision gives a shorter period, 行政处罚法 "
        "Art. 37 / 生态环境法典 Art. 1057) or 'decision_date' (the law at the decision, reading "
        "the limitation as procedure). The periods themselves are law (ecoreg.law.regimes).",
        choices=frozenset({"art37", "decision_date"}),
    ),
    ParameterSpec(
        "law.concurrent_higher_floor",
        ParamKind.STR,
        "One act, several provisions (生态环境法典 Art. 1055; 行政处罚法 Art. 29 before it): the "
        "provision with the higher fine applies. When another provision (a regulation the Code "
        "left in force, such as 排污许可管理条例) has the same maximum and only a higher minimum, "
        "'apply' applies its range (the higher fine, read maximum first, then minimum) and "
        "'statute' keeps the basis's range (the later, higher law's discretion governs).",
        choices=frozenset({"apply", "statute"}),
    ),
    ParameterSpec(
        "violations.catalogue",
        ParamKind.RECORDS,
        "Kinds of violation with their statutory fine ranges and citations.",
        record_model=ViolationKind,
    ),
    ParameterSpec(
        "leniency.no_penalty_list",
        ParamKind.RECORDS,
        "Items of local no-penalty lists (免罚清单), with their conditions.",
        record_model=NoPenaltyItem,
    ),
    ParameterSpec(
        "leniency.first_violation_lookback_months",
        ParamKind.INT,
        "A violation is a first violation when no violation of the same kind was found within "
        "this many months before it.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "leniency.first_violation_counted_from",
        ParamKind.STR,
        "The day the first-violation lookback counts back from: 'act' (the day the violation "
        "occurred) or 'detection' (the day it was found, a prior "
        "violation's day being the day that one was found: Shanxi 2025, '违法行为被检查发现时距上次被"
        "检查发现的同一违法行为已超过12个月').",
        choices=frozenset({"act", "detection"}),
    ),
    ParameterSpec(
        "leniency.apology_first_minor_no_penalty",
        ParamKind.BOOL,
        "A first, minor, corrected violation whose party apologizes publicly and pledges to "
        "comply is not penalized (Tianjin).",
    ),
    ParameterSpec(
        "discretion.exceedance_thresholds",
        ParamKind.DECIMAL_LIST,
        "Exceedance ratios (over the limit, 0.1 = 10 %) at which the exceedance factor moves to "
        "levels 2, 3, 4 and 5.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(0, 4),
    ),
    ParameterSpec(
        "discretion.history_levels",
        ParamKind.INT_LIST,
        "Factor level for 1, 2, 3, … violations within the history window (the current one "
        "included); the last value applies to any higher count.",
        minimum=_ONE,
        maximum=Decimal(5),
        items=(1, 100),
    ),
    ParameterSpec(
        "discretion.history_window_months",
        ParamKind.INT,
        "The window, in months, over which violations are counted for the history factor and "
        "for the repeat-offence aggravation.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "discretion.factor_weights",
        ParamKind.DECIMAL_LIST,
        "Weights of the four factors (destination, exceedance, period, history) in the base "
        "amount.",
        minimum=_ZERO,
        maximum=Decimal(100),
        items=(4, 4),
    ),
    ParameterSpec(
        "discretion.level_shares",
        ParamKind.DECIMAL_LIST,
        "The jurisdiction's benchmark table: the share of the statutory range at factor levels "
        "1 to 5 (five non-decreasing shares from 0 to 1); a mean level between two levels is "
        "interpolated.",
        minimum=_ZERO,
        maximum=_ONE,
        items=(5, 5),
    ),
    ParameterSpec(
        "discretion.method",
        ParamKind.STR,
        "How the discretion step finds the base amount: 'levels' (the factor levels and "
        "discretion.level_shares, ecoreg's default) or 'tables' (the jurisdiction's fine tables, "
        "discretion.tables, for the kinds they cover and the statutory range they were written "
        "for; 'levels' for the rest).",
        choices=frozenset({"levels", "tables"}),
    ),
    ParameterSpec(
        "discretion.tables",
        ParamKind.RECORDS,
        "A discretion benchmark's fine tables (罚款金额裁量表): weight tables (start weight plus "
        "factor weights, capped at 100 %, times the statutory maximum) and band tables (the "
        "factors pick a band; an ordinary case takes its midpoint), each written for a range "
        "in yuan (statutory_min, statutory_max) or for a multiple or share of a case amount "
        "(statute: 货值金额一倍以上三倍以下 …; its bands then in times or shares of that amount); "
        "a table with party 'persons' scores the fine of the persons responsible in a unit "
        "(直接负责的主管人员和其他直接责任人员) within the range the article sets on them.",
        record_model=DiscretionTable,
    ),
    ParameterSpec(
        "discretion.aggravation_step",
        ParamKind.DECIMAL,
        "Share of the statutory range added for each aggravating circumstance (从重).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "discretion.mitigation_step",
        ParamKind.DECIMAL,
        "Share of the statutory range taken off for each Art. 32 circumstance (从轻/减轻).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.method",
        ParamKind.STR,
        "How an accepted apology pledge reduces the fine: a share of the proposed fine, or a "
        "share of the part of it above the statutory minimum; 'none' disables it.",
        choices=frozenset({"none", "share_of_fine", "share_of_excess"}),
    ),
    ParameterSpec(
        "reduction.apology.share",
        ParamKind.DECIMAL,
        "The reduction for an accepted apology pledge.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_heavy_pollution",
        ParamKind.DECIMAL,
        "The reduction where the violation concerns a heavily polluting process.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_river_basin",
        ParamKind.DECIMAL,
        "The reduction where the violation lies in a designated river basin.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_effect_evidence",
        ParamKind.DECIMAL,
        "The reduction where the pledge comes with third-party evidence of the effect of the "
        "rectification (Guangzhou).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_harm_eliminated",
        ParamKind.DECIMAL,
        "The reduction where third-party evidence shows the adverse effects fully eliminated "
        "(Guangzhou).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.share_electroplating",
        ParamKind.DECIMAL,
        "The reduction for a party running an electroplating process (Huizhou).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.apology.exclusions",
        ParamKind.STR_LIST,
        "The situations in which the jurisdiction gives no apology reduction (粤环发〔2021〕7号 "
        "Art. 14 (1)-(11)); found on the case (ViolationCase.guangdong.apology_exclusions) or "
        "from it (a suspected crime, a refusal to correct, an earlier apology reduction, a fixed "
        "fine or one at the statutory minimum).",
        choices=APOLOGY_EXCLUSIONS,
        items=(0, 11),
    ),
    ParameterSpec(
        "reduction.apology.repeat_bar_months",
        ParamKind.INT,
        "A party whose fine was reduced for an apology within this many months before the act "
        "gets no second reduction (Shenzhen: three years); without it, with "
        "'repeat_after_apology' among the exclusions, an earlier reduction at any time bars it.",
        minimum=_ONE,
        maximum=Decimal(240),
    ),
    ParameterSpec(
        "reduction.apology.cap",
        ParamKind.DECIMAL,
        "The largest reduction an apology pledge may give, in yuan.",
        minimum=_ZERO,
    ),
    ParameterSpec(
        "reduction.apology.application_working_days",
        ParamKind.INT,
        "Working days after the notice of proposed penalty (告知书) within which the pledge is "
        "filed.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "reduction.study.share",
        ParamKind.DECIMAL,
        "The reduction (a share of the part of the fine above the statutory minimum) for a party "
        "whose law-study points reach reduction.study.min_points; 0 disables it.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "reduction.study.min_points",
        ParamKind.INT,
        "Law-study points needed for the study reduction (a lighter penalty).",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "study.minutes_per_class_hour",
        ParamKind.INT,
        "Minutes in one class hour (学时).",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "study.points_per_class_hour",
        ParamKind.INT,
        "Points earned per class hour of law study.",
        minimum=_ZERO,
        maximum=Decimal(100),
    ),
    ParameterSpec(
        "study.points_per_exam_pass",
        ParamKind.INT,
        "Points earned by passing a law exam.",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "study.exam_pass_score",
        ParamKind.INT,
        "The lowest exam score that passes.",
        minimum=_ZERO,
        maximum=Decimal(100),
    ),
    ParameterSpec(
        "study.points_valid_months",
        ParamKind.INT,
        "Months for which earned points count.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "study.points_for_no_penalty",
        ParamKind.INT,
        "Points with which a first, minor, corrected violation is not penalized.",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "study.points_for_positive_list",
        ParamKind.INT,
        "Points that give priority for the positive list (正面清单).",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "study.points_for_credit_repair",
        ParamKind.INT,
        "Points that speed up credit repair.",
        minimum=_ZERO,
        maximum=Decimal(10000),
    ),
    ParameterSpec(
        "leniency.minor_no_harm_no_penalty",
        ParamKind.BOOL,
        "A minor violation, promptly corrected, with no harm, is not penalized (Art. 33 ¶1).",
        statutory=True,
    ),
    ParameterSpec(
        "leniency.first_violation_may_decline",
        ParamKind.BOOL,
        "A first violation with slight harm, promptly corrected, may go unpenalized (Art. 33 ¶1).",
    ),
    ParameterSpec(
        "leniency.no_fault_no_penalty",
        ParamKind.BOOL,
        "A party that proves it had no subjective fault is not penalized (Art. 33 ¶2).",
        statutory=True,
    ),
    ParameterSpec(
        "leniency.education_required",
        ParamKind.BOOL,
        "Every decision not to penalize requires educating the party (Art. 33 ¶3).",
        statutory=True,
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        ("discretion.factor_weights",),
        lambda weights: sum(weights) > 0,
        "four non-negative weights with a positive sum",
    ),
    Combination(
        ("discretion.level_shares",),
        _ascending,
        "five shares of the range, each at least the one before",
    ),
)
"""Rules several of the domain's parameters obey together."""
