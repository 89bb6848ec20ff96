"""Local measures and ecoreg's documented defaults, as plain policy data.

`standard_policy_book` gives the national baseline (`ecoreg.baseline`) plus:

* ``ecoreg.defaults.payment`` (national layer, ``basis: default``): the
  deferral and installment limits that apply where no local measure sets
  them. 行政处罚法 Art. 66 ¶2 allows relief but fixes no numbers, so ecoreg
  adopts the figures of the only published local guideline in its sources
  (Dongguan's), and does not admit late applications, which no national
  text provides for. Every value says so in its ``note``.
* Guangdong (``CN-GD``) and Dongguan (``CN-GD-DG``), with the Dongguan
  guideline on deferred and installment payment of fines
  (东生态规〔2025〕2号, in force 2025-10-01).

A platform adds its own jurisdictions with `ecoreg.PolicyBook.extend`.

Example:
    >>> import datetime as dt
    >>> book = standard_policy_book()
    >>> book.resolve("CN-GD-DG", dt.date(2025, 10, 1)).as_bool("payment.late_application_allowed")
    True
    >>> book.resolve("CN-GD-DG", dt.date(2025, 9, 30)).as_bool("payment.late_application_allowed")
    False
"""

from __future__ import annotations

from functools import lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ecoreg import laws
from ecoreg.baseline import NATIONAL, national_policy_book

if TYPE_CHECKING:
    from ecoreg._policy import PolicyBook

__all__ = [
    "DONGGUAN",
    "DONGGUAN_DATA",
    "GUANGDONG",
    "GUANGZHOU",
    "JIANGSU",
    "LIAONING",
    "MONITORING_DATA",
    "NATIONAL_DEFAULTS_DATA",
    "SHAANXI",
    "SHAANXI_DATA",
    "SHAANXI_GRADING_DATA",
    "SHANDONG",
    "SHANGHAI",
    "SUZHOU",
    "TIANJIN",
    "TIANJIN_DATA",
    "XUHUI",
    "XUHUI_DATA",
    "YINGKOU",
    "YINGKOU_DATA",
    "ZIBO",
    "standard_policy_book",
]

GUANGDONG = "CN-GD"
DONGGUAN = "CN-GD-DG"
LIAONING = "CN-LN"
YINGKOU = "CN-LN-YK"
TIANJIN = "CN-TJ"
SHAANXI = "CN-SN"
JIANGSU = "CN-JS"
SUZHOU = "CN-JS-SZ"
GUANGZHOU = "CN-GD-GZ"
SHANDONG = "CN-SD"
ZIBO = "CN-SD-ZB"

_GROUNDS = ["low_income", "medical_or_accident", "force_majeure", "operating_difficulty"]

_DEFAULT_NOTE = (
    "行政处罚法 Art. 66 ¶2 sets no limit; ecoreg's default adopts the Dongguan guideline "
    "(东生态规〔2025〕2号), the only published local figures in its sources. Replace it with "
    "your jurisdiction's measure."
)


def _measure(
    measure_id: str,
    jurisdiction: str,
    title_zh: str,
    title_en: str,
    in_force_from: str,
    instrument: dict[str, Any],
    parameters: dict[str, Any],
) -> dict[str, Any]:
    return {
        "id": measure_id,
        "jurisdiction": jurisdiction,
        "title_zh": title_zh,
        "title_en": title_en,
        "versions": [
            {"in_force_from": in_force_from, "instrument": instrument, "parameters": parameters}
        ],
    }


def _param(value: Any, note: str, basis: str) -> dict[str, Any]:
    """A parameter entry: its value, where it comes from (``basis``) and why (``note``)."""
    return {"value": value, "basis": basis, "note": note}


def _default(value: Any, note: str = _DEFAULT_NOTE) -> dict[str, Any]:
    return _param(value, note, "default")


_PAYMENT_DEFAULTS_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "measures": [
            {
                "id": "ecoreg.defaults.payment",
                "jurisdiction": NATIONAL,
                "title_zh": "ecoreg 默认参数：罚款暂缓与分期缴纳",
                "title_en": "ecoreg defaults: deferred and installment payment of fines",
                "versions": [
                    {
                        "in_force_from": laws.ADMINISTRATIVE_PENALTY_LAW.in_force.isoformat(),
                        "instrument": laws.ECOREG_DEFAULTS.to_data(),
                        "parameters": {
                            "payment.relief_grounds": _default(
                                _GROUNDS,
                                "Art. 66 ¶2 requires 'real economic difficulty' without listing "
                                "grounds; ecoreg accepts the four grounds of the Dongguan "
                                "guideline.",
                            ),
                            "payment.deferral_max_months": _default(6),
                            "payment.installment_max_months_non_litigation": _default(24),
                            "payment.installment_max_months_litigation": _default(6),
                            "payment.installment_max_gap_months": _default(3),
                            "payment.installment_min_share_non_litigation": _default("0.05"),
                            "payment.installment_min_share_litigation": _default("0.30"),
                            "payment.late_application_allowed": _default(
                                value=False,
                                note="No national text admits an application after the payment "
                                "deadline; local measures (e.g. Dongguan's) may.",
                            ),
                            "payment.late_application_volunteer_hours": _default(12),
                            "payment.late_application_volunteer_months": _default(3),
                            "payment.missed_installment_surcharge_base": _default(
                                "installment",
                                "Art. 72 applies 3 % a day to the fine 'due and unpaid'; under an "
                                "approved plan what falls due on a date is that installment, so "
                                "the surcharge (and its cap) applies to the missed installment. "
                                "A jurisdiction that accelerates the plan on default can choose "
                                "'outstanding' or 'fine'.",
                            ),
                        },
                    }
                ],
            }
        ]
    }
)

_DISCRETION_DEFAULTS = {
    "id": "ecoreg.defaults.discretion",
    "jurisdiction": NATIONAL,
    "title_zh": "ecoreg 默认参数：首违认定与自由裁量",
    "title_en": "ecoreg defaults: first violations and discretion",
    "versions": [
        {
            "in_force_from": laws.ADMINISTRATIVE_PENALTY_LAW.in_force.isoformat(),
            "instrument": laws.ECOREG_DEFAULTS.to_data(),
            "parameters": {
                "leniency.first_violation_lookback_months": _default(
                    24,
                    "No national text defines 'first violation'; ecoreg looks back two years, the "
                    "window 环执法〔2019〕42号 uses for prior violations.",
                ),
                "leniency.apology_first_minor_no_penalty": _default(
                    value=False, note="A local measure (e.g. Tianjin's); off nationally."
                ),
                "discretion.exceedance_thresholds": _default(
                    ["0.1", "0.5", "1", "2"],
                    "环执法〔2019〕42号 (second-hand): below 10 % over is level 1, 200 % or more "
                    "level 5; the thresholds of levels 3 and 4 (50 %, 100 %) are ecoreg's "
                    "interpolation.",
                ),
                "discretion.history_levels": {
                    "value": [1, 2, 4, 5],
                    "basis": "local",
                    "note": "环执法〔2019〕42号 annex (second-hand): 1 violation in two years → "
                    "level 1, 2 → 2, 3 → 4, more → 5.",
                },
                "discretion.history_window_months": _default(
                    24, "环执法〔2019〕42号 counts violations within two years."
                ),
                "discretion.factor_weights": _default(
                    ["1", "1", "1", "1"],
                    "No source gives the formula from factor levels to an amount. ecoreg's "
                    "default: weight the four levels equally; the base is the minimum plus the "
                    "range times (mean level - 1) / 4, to the yuan.",
                ),
                "discretion.level_shares": _default(
                    ["0", "0.25", "0.5", "0.75", "1"],
                    "ecoreg's default benchmark table: level 1 is the statutory minimum, level 5 "
                    "the maximum, evenly between. A jurisdiction replaces it with its own table.",
                ),
                "discretion.aggravation_step": _default(
                    "0.2",
                    "ecoreg's default: each aggravating circumstance adds a fifth of the "
                    "statutory range (one factor level's worth), capped at the maximum.",
                ),
                "discretion.mitigation_step": _default(
                    "0.2",
                    "ecoreg's default: each Art. 32 circumstance takes a fifth of the range off; "
                    "below the minimum this is a reduced penalty (减轻), never below zero.",
                ),
                "reduction.apology.method": _default(
                    "none", "Apology-pledge reductions are local measures (Dongguan, Yingkou)."
                ),
            },
        }
    ],
}


_DONGGUAN_GUIDELINE = {
    "id": "cn-gd-dg.fine-deferral-installments.2025",
    "name_zh": "东莞市生态环境局罚款暂缓或分期缴纳指引",
    "name_en": "Dongguan Ecology and Environment Bureau guideline on deferred or installment "
    "payment of fines",
    "number": "东生态规〔2025〕2号",
    "issuer_zh": "东莞市生态环境局",
    "in_force": "2025-10-01",
}


def _local(value: Any, reported: str) -> dict[str, Any]:
    return _param(
        value,
        "Reported content (南方都市报, 2025-10-09; the guideline's article text is not in "
        f"ecoreg's sources): {reported}",
        "local",
    )


_SUZHOU_NOTE = (
    "Suzhou practice reported in the seed (中国环境报, 2025: '面对“预警洪峰”…'): feedback within 4 "
    "hours for key pollutant discharge units and 48 hours for other enterprises; ecoreg adopts it "
    "as the national default."
)

_ALERT_DEFAULTS = {
    "id": "ecoreg.defaults.alerts",
    "jurisdiction": NATIONAL,
    "title_zh": "ecoreg 默认参数：自动监控预警与数据检测",
    "title_en": "ecoreg defaults: monitoring alerts and detectors",
    "versions": [
        {
            "in_force_from": laws.ADMINISTRATIVE_PENALTY_LAW.in_force.isoformat(),
            "instrument": laws.ECOREG_DEFAULTS.to_data(),
            "parameters": {
                "alerts.response_hours_key_unit": _default(4, _SUZHOU_NOTE),
                "alerts.response_hours_other": _default(48, _SUZHOU_NOTE),
                "alerts.tier_response_hours": _default(
                    [48, 48, 24, 4],
                    "ecoreg's default (low, medium, high, critical): a higher tier never answers "
                    "later than a lower one; critical (tampering) within 4 hours everywhere.",
                ),
                "alerts.count_working_hours": _default(
                    value=False,
                    note="The seeds' deadlines run in clock hours from the alert's start.",
                ),
                "alerts.working_day_start_minute": _default(
                    540, "09:00, for working-time counting."
                ),
                "alerts.working_day_end_minute": _default(
                    1020, "17:00, for working-time counting."
                ),
                "alerts.invalid_flags": _default(
                    ["F", "M", "D", "C", "B"],
                    "HJ 212-2017 flags. The 2022 marking rule (生态环境部公告2022年第21号, "
                    "second-hand) does not use data marked invalid to judge exceedance; ecoreg "
                    "treats stopped (F), maintenance (M), fault (D), calibration (C) and "
                    "communication-fault (B) data as "
                    "invalid, manual (S) and over-range (T) data as valid.",
                ),
                "alerts.tampering_kinds": _default(
                    ["flat_data", "ratio_implausible"],
                    "Tianjin (seed): near-zero per-slot variance exposed 挂瓶, and an inlet/outlet "
                    "ratio exposed another case; such signals are never filtered.",
                ),
                "alerts.suppress_announced_work": _default(
                    value=True,
                    note="Maintenance and calibration announced in advance produce flagged, "
                    "invalid data (HJ 212 M, C).",
                ),
                "alerts.exemptions_allowed": _default(
                    value=True,
                    note="Suzhou (seed) proposes a liability-exemption list (免责清单) for "
                    "officers.",
                ),
                "alerts.self_check_hours": _default(
                    0, "No self-check window unless a local measure grants one."
                ),
                "alerts.escalation_hours": _default(
                    [0, 24],
                    "ecoreg's default: at the deadline to the section chief, 24 hours later to the "
                    "bureau leader.",
                ),
                "alerts.grouping_window_minutes": _default(
                    60, "ecoreg's default: one hour, the slot of hourly averages."
                ),
                "detectors.slot_minutes": _default(
                    60, "Hourly slots, as hourly averages are reported."
                ),
                "detectors.flat_relative_std": _default(
                    "0.001",
                    "A slot is flat when its standard deviation is under 0.1 % of its mean: real "
                    "analysers and processes vary far more (Tianjin's 挂瓶 cases barely moved).",
                ),
                "detectors.flat_absolute_std": _default(
                    "0.001", "For slots whose mean is near zero."
                ),
                "detectors.flat_min_slots": _default(
                    3, "Three flat hours in a day raise the signal."
                ),
                "detectors.constant_run_minutes": _default(120, "Two hours of identical values."),
                "detectors.zero_run_minutes": _default(60, "One hour of zeros."),
                "detectors.sudden_rise_factor": _default(
                    "3", "An hour at least three times the last."
                ),
                "detectors.sudden_rise_min_delta": _default("1", "…and at least one unit higher."),
                "detectors.ratio_constant_std": _default(
                    "0.002",
                    "A removal ratio that varies by less than 0.2 percentage points over a day is "
                    "implausibly steady.",
                ),
            },
        }
    ],
}

_GRADING_NOTE = (
    "No national text fixes a scoring formula; ecoreg's documented default (docs/grading.md). "
    "Replace it with your jurisdiction's measure."
)

_GRADING_DEFAULTS = {
    "id": "ecoreg.defaults.grading",
    "jurisdiction": NATIONAL,
    "title_zh": "ecoreg 默认参数：信用与风险分级",
    "title_en": "ecoreg defaults: credit and risk grading",
    "versions": [
        {
            "in_force_from": laws.ADMINISTRATIVE_PENALTY_LAW.in_force.isoformat(),
            "instrument": laws.ECOREG_DEFAULTS.to_data(),
            "parameters": {
                "grading.method": _default(
                    "matrix", "Shanghai Xuhui (seed) grades on 'credit + risk'."
                ),
                "grading.credit_base": _default("100", _GRADING_NOTE),
                "grading.violation_credit_points": _default(["5", "10", "20"], _GRADING_NOTE),
                "grading.violation_window_months": _default(
                    24, "Two years, the window 环执法〔2019〕42号 uses for prior violations."
                ),
                "grading.clean_record_bonus": _default("0", _GRADING_NOTE),
                "grading.disclosure_points": _default(["0", "5"], _GRADING_NOTE),
                "grading.positive_list_bonus": _default("0", _GRADING_NOTE),
                "grading.credit_level_bands": _default(["90", "75", "60"], _GRADING_NOTE),
                "grading.one_vote_red_months": _default(
                    36,
                    "Records of serious dishonesty stay public from 6 months to 3 years (credit "
                    "repair, second-hand); ecoreg keeps a one-vote-red act for the longest, 36 months.",
                ),
                "grading.risk_profile_points": _default(
                    ["15", "15", "5", "20", "10", "15"], _GRADING_NOTE
                ),
                "grading.risk_event_points": _default(["5", "10", "20", "5", "2"], _GRADING_NOTE),
                "grading.complaint_window_months": _default(12, _GRADING_NOTE),
                "grading.alert_window_months": _default(12, _GRADING_NOTE),
                "grading.risk_level_bands": _default(["30", "60"], _GRADING_NOTE),
                "grading.grade_matrix": _default(
                    ["A", "B", "B", "B", "B", "C", "C", "C", "D", "D", "D", "D"],
                    "Rows 诚信, 良好, 警示, 不良; columns low, medium, high risk. " + _GRADING_NOTE,
                ),
                "grading.grade_bands": {
                    "value": ["90", "60", "40"],
                    "basis": "local",
                    "note": "Shaanxi (second-hand): A ≥ 90, B 60–90, C 40–60, D < 40.",
                },
                "grading.colour_by_grade": _default(
                    ["green", "green", "yellow", "red"], _GRADING_NOTE
                ),
                "grading.sensitive_toxic_min_colour": _default(
                    "yellow",
                    "Risk principle of the seeds: a toxic pollutant in a drinking-water source "
                    "zone is never a low-risk (green) case.",
                ),
                "supervision.offsite_first_grades": _default(
                    ["A", "B"], "Xuhui and Yangzhou (seed): verify data off-site before visiting."
                ),
                "supervision.sampling_ratios": _default(
                    ["0.03", "0.05", "0.2", "0.5"], _GRADING_NOTE
                ),
                "supervision.yearly_caps": _default(
                    [1, 1, 4, 0],
                    "Shandong (second-hand): blue-rated firms get at most one random inspection a "
                    "year; ecoreg applies it to grades A and B; D has no cap.",
                ),
                "supervision.positive_list_grades": _default(
                    ["A"], "Yangzhou (seed): firms on the positive list are checked off-site."
                ),
            },
        }
    ],
}

NATIONAL_DEFAULTS_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "measures": [
            *_PAYMENT_DEFAULTS_DATA["measures"],
            _DISCRETION_DEFAULTS,
            _ALERT_DEFAULTS,
            _GRADING_DEFAULTS,
        ]
    }
)
"""ecoreg's documented national defaults (read-only plain data)."""


def _local2022(value: Any) -> dict[str, Any]:
    return _param(
        value,
        "Dongguan's 2022 version as summarized in DOMAIN.md §3: 30 % for heavy-pollution "
        "processes, 40 % in two river basins, 50 % otherwise, the reduction capped at 200,000 "
        "yuan, 13 excluded categories; its in-force date and application window are not in "
        "ecoreg's sources (taken as 2022-01-01 and the later version's 7 working days).",
        "local",
    )


DONGGUAN_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": GUANGDONG,
                "name_zh": "广东省",
                "name_en": "Guangdong",
                "level": "province",
                "parent": NATIONAL,
            },
            {
                "code": DONGGUAN,
                "name_zh": "东莞市",
                "name_en": "Dongguan",
                "level": "city",
                "parent": GUANGDONG,
            },
        ],
        "measures": [
            {
                "id": "cn-gd-dg.fine-deferral-installments",
                "jurisdiction": DONGGUAN,
                "title_zh": "东莞市生态环境局罚款暂缓或分期缴纳指引",
                "title_en": "Dongguan guideline on deferred or installment payment of fines",
                "versions": [
                    {
                        "in_force_from": "2025-10-01",
                        "instrument": _DONGGUAN_GUIDELINE,
                        "parameters": {
                            "payment.relief_grounds": _local(
                                _GROUNDS,
                                "（一）家庭收入低于当地最低生活保障标准；（二）因重大疾病或意外事故支出较大；"
                                "（三）因不可抗力遭受重大经济损失；（四）生产经营困难，缴纳罚款将导致停产停业。",
                            ),
                            "payment.deferral_max_months": _local(
                                6, "暂缓缴纳罚款的期限最长不超过6个月。"
                            ),
                            "payment.installment_max_months_non_litigation": _local(
                                24, "分期缴纳罚款的期限，非诉案件最长不超过2年。"
                            ),
                            "payment.installment_max_months_litigation": _local(
                                6, "诉讼案件最长不超过6个月。"
                            ),
                            "payment.installment_max_gap_months": _local(
                                3, "每期间隔时间不得超过3个月。"
                            ),
                            "payment.installment_min_share_non_litigation": _local(
                                "0.05", "非诉案件每期缴纳的罚款金额不得低于罚款总额的5%。"
                            ),
                            "payment.installment_min_share_litigation": _local(
                                "0.30", "诉讼案件每期缴纳的罚款金额不得低于罚款总额的30%。"
                            ),
                            "payment.late_application_allowed": _local(
                                value=True,
                                reported="逾期提出申请的，还应当承诺参加生态环境志愿服务活动。",
                            ),
                            "payment.late_application_volunteer_hours": _local(
                                12, "每宗案件参加志愿服务时长不少于12小时。"
                            ),
                            "payment.late_application_volunteer_months": _local(
                                3, "自收到批准决定之日起3个月内完成志愿服务。"
                            ),
                        },
                    }
                ],
            },
            {
                "id": "cn-gd-dg.apology-pledge",
                "jurisdiction": DONGGUAN,
                "title_zh": "东莞市生态环境违法行为公开道歉承诺从轻处罚",
                "title_en": "Dongguan: lighter penalties for a public apology and pledge",
                "versions": [
                    {
                        "in_force_from": "2022-01-01",
                        "in_force_until": "2024-07-31",
                        "instrument": {
                            "id": "cn-gd-dg.apology-pledge.2022",
                            "name_zh": "东莞市生态环境违法行为公开道歉承诺从轻处罚规定（2022年版）",
                            "name_en": "Dongguan apology-pledge measure (2022 version)",
                            "issuer_zh": "东莞市生态环境局",
                            "in_force": "2022-01-01",
                        },
                        "parameters": {
                            "reduction.apology.method": _local2022("share_of_fine"),
                            "reduction.apology.share": _local2022("0.5"),
                            "reduction.apology.share_heavy_pollution": _local2022("0.3"),
                            "reduction.apology.share_river_basin": _local2022("0.4"),
                            "reduction.apology.cap": _local2022("200000"),
                            "reduction.apology.application_working_days": _local2022(7),
                        },
                    },
                    {
                        "in_force_from": "2024-08-01",
                        "instrument": {
                            "id": "cn-gd-dg.apology-pledge.2024",
                            "name_zh": "东莞市生态环境违法行为公开道歉承诺从轻处罚规定",
                            "name_en": "Dongguan apology-pledge measure",
                            "number": "东环〔2024〕69号",
                            "issuer_zh": "东莞市生态环境局",
                            "in_force": "2024-08-01",
                        },
                        "parameters": {
                            "reduction.apology.method": _local(
                                "share_of_fine",
                                "已改正违法行为并公开道歉（媒体或官网并承诺志愿服务）的，按拟罚款数额减轻50%，"
                                "不低于法定罚款下限。",
                            ),
                            "reduction.apology.share": _local("0.5", "减轻50%。"),
                            "reduction.apology.application_working_days": _local(
                                7, "收到行政处罚事先告知书之日起7个工作日内申请。"
                            ),
                        },
                    },
                ],
            },
        ],
    }
)
"""Guangdong and Dongguan layers (read-only plain data)."""


def _seed(value: Any, note: str) -> dict[str, Any]:
    return _param(value, note, "seed")


_YINGKOU_CASE = (
    "Calibrated from the seed case (营口 stone quarry, uncovered stockpiles, 大气污染防治法 "
    "Art. 117 range 10,000–100,000): 60,000 proposed, the firm passed the law exam and "
    "apologized, final 34,000. With both reductions applied to the part above the minimum, "
    "(1 - apology) × (1 - study) = 24,000 / 50,000 = 0.48. The case fixes only that product; "
    "ecoreg splits it as 40 % for the pledge and 20 % for study."
)

YINGKOU_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": LIAONING,
                "name_zh": "辽宁省",
                "name_en": "Liaoning",
                "level": "province",
                "parent": NATIONAL,
            },
            {
                "code": YINGKOU,
                "name_zh": "营口市",
                "name_en": "Yingkou",
                "level": "city",
                "parent": LIAONING,
            },
        ],
        "measures": [
            {
                "id": "cn-ln-yk.apology-pledge",
                "jurisdiction": YINGKOU,
                "title_zh": "营口市生态环境违法当事人主动公开道歉承诺守法激励措施暂行规定",
                "title_en": "Yingkou interim provisions on incentives for a public apology and "
                "pledge to comply",
                "versions": [
                    {
                        # Seed (2025): "今年4月" the pledge measure was introduced.
                        "in_force_from": "2025-04-01",
                        "instrument": {
                            "id": "cn-ln-yk.apology-pledge.2025",
                            "name_zh": "营口市生态环境违法当事人主动公开道歉承诺守法"
                            "激励措施暂行规定",
                            "name_en": "Yingkou apology-pledge incentive provisions (interim)",
                            "issuer_zh": "营口市生态环境局",
                            "in_force": "2025-04-01",
                        },
                        "parameters": {
                            "reduction.apology.method": _seed(
                                "share_of_excess",
                                "除10种特定情形外，企业积极整改并公开道歉承诺守法，可在行政处罚自由裁量表裁定"
                                "基础上从轻处罚 (seed). Lighter within the range: the "
                                "reduction applies to the "
                                "part above the statutory minimum.",
                            ),
                            "reduction.apology.share": _seed("0.4", _YINGKOU_CASE),
                            "reduction.apology.application_working_days": _default(
                                7,
                                "Yingkou's application window is not in ecoreg's sources; "
                                "Dongguan's 7 working days are used.",
                            ),
                        },
                    }
                ],
            },
            {
                "id": "cn-ln-yk.law-study",
                "jurisdiction": YINGKOU,
                "title_zh": "营口市排污单位主动学法激励制度",
                "title_en": "Yingkou incentives for polluters' voluntary law study",
                "versions": [
                    {
                        # Seed (2025): "去年4月起" the law-study incentive started.
                        "in_force_from": "2024-04-01",
                        "instrument": {
                            "id": "cn-ln-yk.law-study.2024",
                            "name_zh": "营口市排污单位主动学法激励制度",
                            "name_en": "Yingkou law-study incentive scheme",
                            "issuer_zh": "营口市生态环境局",
                            "in_force": "2024-04-01",
                        },
                        "parameters": {
                            "study.minutes_per_class_hour": _seed(40, "每学时40分钟。"),
                            "study.points_per_class_hour": _default(
                                1,
                                "The seed gives no point scale; ecoreg counts one point per "
                                "class hour.",
                            ),
                            "study.points_per_exam_pass": _default(
                                10, "ecoreg's default: a passed exam is worth ten class hours."
                            ),
                            "study.exam_pass_score": _default(
                                60, "Nantong counts an exam of 60 points or more as passed."
                            ),
                            "study.points_valid_months": _default(
                                12, "Nantong counts a passed exam toward a reduction for one year."
                            ),
                            "reduction.study.min_points": _default(
                                20,
                                "The seed's firms studied 20 class hours on average; ecoreg asks "
                                "for 20 points for a lighter penalty.",
                            ),
                            "reduction.study.share": _seed("0.2", _YINGKOU_CASE),
                            "study.points_for_no_penalty": _default(
                                40, "ecoreg's default: twice the lighter-penalty threshold."
                            ),
                            "study.points_for_positive_list": _default(30, "ecoreg's default."),
                            "study.points_for_credit_repair": _default(20, "ecoreg's default."),
                        },
                    }
                ],
            },
        ],
    }
)
"""Liaoning and Yingkou layers (read-only plain data)."""

TIANJIN_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": TIANJIN,
                "name_zh": "天津市",
                "name_en": "Tianjin",
                "level": "province",
                "parent": NATIONAL,
            },
        ],
        "measures": [
            {
                "id": "cn-tj.first-minor-apology",
                "jurisdiction": TIANJIN,
                "title_zh": "天津市生态环境首次轻微违法公开道歉承诺免罚机制",
                "title_en": "Tianjin: no penalty for first minor violations with a public apology",
                "versions": [
                    {
                        "in_force_from": "2025-01-01",
                        "instrument": {
                            "id": "cn-tj.first-minor-apology.2025",
                            "name_zh": "天津市生态环境首次轻微违法公开道歉承诺免罚机制",
                            "name_en": "Tianjin first-minor-violation apology mechanism",
                            "issuer_zh": "天津市生态环境保护综合行政执法总队",
                            "in_force": "2025-01-01",
                        },
                        "parameters": {
                            "leniency.apology_first_minor_no_penalty": _seed(
                                value=True,
                                note="Seed (2025-07): first-time minor violators who apologize "
                                "publicly and pledge to rectify are not penalized; 87 cases, "
                                "3.801 million yuan in the first half of the year. The start date "
                                "is not in the sources (taken as 2025-01-01).",
                            ),
                        },
                    }
                ],
            }
        ],
    }
)
"""Tianjin layer (read-only plain data)."""

_SHAANXI_LIST = {
    "id": "cn-sn.no-penalty-lists",
    "name_zh": "陕西省生态环境轻微违法行为不予处罚和首次违法免罚清单",
    "name_en": "Shaanxi no-penalty lists for minor and first environmental violations",
    "issuer_zh": "陕西省生态环境厅",
    "in_force": "2021-07-15",
}


def _condition(fact: str, op: str, value: Any, zh: str, en: str) -> dict[str, Any]:
    return {"fact": fact, "op": op, "value": value, "description_zh": zh, "description_en": en}


SHAANXI_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": SHAANXI,
                "name_zh": "陕西省",
                "name_en": "Shaanxi",
                "level": "province",
                "parent": NATIONAL,
            },
        ],
        "measures": [
            {
                "id": "cn-sn.no-penalty-lists",
                "jurisdiction": SHAANXI,
                "title_zh": _SHAANXI_LIST["name_zh"],
                "title_en": _SHAANXI_LIST["name_en"],
                "versions": [
                    {
                        "in_force_from": "2021-07-15",
                        "instrument": _SHAANXI_LIST,
                        "parameters": {
                            "leniency.no_penalty_list": {
                                "basis": "local",
                                "note": "14 minor + 11 first-violation items (second-hand); the "
                                "air-exceedance item is encoded. The list's exact title, date and "
                                "item numbers are not in ecoreg's sources.",
                                "value": [
                                    {
                                        "id": "cn-sn.air-exceedance",
                                        "list_type": "minor",
                                        "title_zh": "大气污染物轻微超标排放",
                                        "title_en": "slight air-pollutant exceedance",
                                        "kinds": ["air.over-limit"],
                                        "citation": {"instrument": _SHAANXI_LIST},
                                        "conditions": [
                                            _condition(
                                                "toxic_pollutant",
                                                "==",
                                                False,
                                                "不含有毒有害大气污染物",
                                                "no toxic pollutant",
                                            ),
                                            _condition(
                                                "pollutants_over",
                                                "<=",
                                                1,
                                                "仅一项污染物超标",
                                                "only one pollutant over",
                                            ),
                                            _condition(
                                                "hourly_exceedance_multiple",
                                                "<",
                                                "0.1",
                                                "小时均值超标倍数小于0.1倍",
                                                "hourly exceedance multiple below 0.1",
                                            ),
                                            _condition(
                                                "hours_over_in_day",
                                                "<=",
                                                4,
                                                "一个自然日内超标时段不超过4小时",
                                                "at most 4 hours over in a calendar day",
                                            ),
                                            _condition(
                                                "corrected_promptly",
                                                "==",
                                                True,
                                                "及时改正",
                                                "corrected promptly",
                                            ),
                                        ],
                                    }
                                ],
                            },
                        },
                    }
                ],
            }
        ],
    }
)
"""Shaanxi layer (read-only plain data)."""

_SHAANXI_SCORE = {
    "id": "cn-sn.enterprise-scoring",
    "name_zh": "陕西省排污单位环境信用与风险赋码（报道）",
    "name_en": "Shaanxi enterprise scoring and colour codes (as reported)",
    "issuer_zh": "陕西省生态环境厅",
    "in_force": "2025-01-01",
}


SHAANXI_GRADING_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "measures": [
            _measure(
                "cn-sn.enterprise-scoring",
                SHAANXI,
                "陕西省排污单位环境信用与风险赋码",
                "Shaanxi scoring and red/yellow/green codes",
                "2025-01-01",
                _SHAANXI_SCORE,
                {
                    "grading.method": _param("bands", "Score bands on a 70-point base.", "local"),
                    "grading.credit_base": _param(
                        "70", "Base of 70 points (second-hand).", "local"
                    ),
                    "grading.grade_bands": _param(
                        ["90", "60", "40"], "A ≥ 90, B 60–90, C 40–60, D < 40.", "local"
                    ),
                    "grading.credit_level_bands": _default(
                        ["90", "60", "40"],
                        "The local variant of the four credit levels on the 70-point base: "
                        "诚信 ≥ 90, 良好 ≥ 60, 警示 ≥ 40, else 不良, aligned with the A–D bands "
                        "(the national bands 90/75/60 assume a 100-point base).",
                    ),
                    "grading.clean_record_bonus": _default(
                        "10",
                        "Reaching A from the 70-point base needs bonuses the sources do not list; "
                        "ecoreg gives 10 for a clean record, 5 for compliant disclosure and 5 on the "
                        "positive list.",
                    ),
                    "grading.disclosure_points": _default(
                        ["5", "5"], "See the clean-record bonus."
                    ),
                    "grading.positive_list_bonus": _default("5", "See the clean-record bonus."),
                    "grading.colour_by_grade": _param(
                        ["green", "green", "yellow", "red"],
                        "Red, yellow and green codes (seed: 48,000 green, 631 yellow, 127 red of "
                        "~50,000); the mapping from grades is ecoreg's default.",
                        "local",
                    ),
                },
            )
        ]
    }
)
"""Shaanxi grading layer (read-only plain data)."""

SHANGHAI = "CN-SH"
XUHUI = "CN-SH-XH"

XUHUI_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": SHANGHAI,
                "name_zh": "上海市",
                "name_en": "Shanghai",
                "level": "province",
                "parent": NATIONAL,
            },
            {
                "code": XUHUI,
                "name_zh": "徐汇区",
                "name_en": "Xuhui District",
                "level": "district",
                "parent": SHANGHAI,
            },
        ],
        "measures": [
            _measure(
                "cn-sh-xh.inspection-grading",
                XUHUI,
                "徐汇区涉企行政检查对象分级（信用+风险）",
                "Xuhui: A–D grading of inspection targets on credit + risk",
                "2025-01-01",
                {
                    "id": "cn-sh-xh.inspection-plan.2025",
                    "name_zh": "徐汇区2025年度涉企行政检查计划（报道）",
                    "name_en": "Xuhui 2025 inspection plan (as reported)",
                    "issuer_zh": "上海市徐汇区生态环境局",
                    "in_force": "2025-01-01",
                },
                {
                    "grading.method": _seed(
                        "matrix",
                        "Seed: inspection targets graded A, B, C, D on a 'credit + risk' principle, "
                        "updated dynamically; intensity differs by grade.",
                    ),
                    "supervision.offsite_first_grades": _seed(
                        ["A", "B", "C"], "Seed: data verified before on-site checks (数据先行)."
                    ),
                },
            )
        ],
    }
)
"""Shanghai and Xuhui layers (read-only plain data)."""


MONITORING_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "jurisdictions": [
            {
                "code": JIANGSU,
                "name_zh": "江苏省",
                "name_en": "Jiangsu",
                "level": "province",
                "parent": NATIONAL,
            },
            {
                "code": SUZHOU,
                "name_zh": "苏州市",
                "name_en": "Suzhou",
                "level": "city",
                "parent": JIANGSU,
            },
            {
                "code": GUANGZHOU,
                "name_zh": "广州市",
                "name_en": "Guangzhou",
                "level": "city",
                "parent": GUANGDONG,
            },
            {
                "code": SHANDONG,
                "name_zh": "山东省",
                "name_en": "Shandong",
                "level": "province",
                "parent": NATIONAL,
            },
            {
                "code": ZIBO,
                "name_zh": "淄博市",
                "name_en": "Zibo",
                "level": "city",
                "parent": SHANDONG,
            },
        ],
        "measures": [
            _measure(
                "cn-js-sz.alert-feedback",
                SUZHOU,
                "苏州市自动监控预警反馈时限",
                "Suzhou feedback deadlines for automatic-monitoring alerts",
                "2025-01-01",
                {
                    "id": "cn-js-sz.alert-feedback",
                    "name_zh": "苏州市自动监控预警反馈时限（报道）",
                    "name_en": "Suzhou alert feedback deadlines (as reported)",
                    "issuer_zh": "苏州市生态环境局",
                    "in_force": "2025-01-01",
                },
                {
                    "alerts.response_hours_key_unit": _seed(
                        4, _SUZHOU_NOTE + " Start date not in the sources."
                    ),
                    "alerts.response_hours_other": _seed(
                        48, _SUZHOU_NOTE + " Start date not in the sources."
                    ),
                },
            ),
            _measure(
                "cn-gd-gz.alert-self-check",
                GUANGZHOU,
                "广州市“预警+预约”企业自查",
                "Guangzhou 'alert + appointment': the firm checks itself first",
                "2025-01-01",
                {
                    "id": "cn-gd-gz.alert-self-check",
                    "name_zh": "广州市生态环境局“预警+预约”执法（报道）",
                    "name_en": "Guangzhou alert-and-appointment enforcement (as reported)",
                    "issuer_zh": "广州市生态环境局",
                    "in_force": "2025-01-01",
                },
                {
                    "alerts.self_check_hours": _seed(
                        24,
                        "Seed (中国环境报, 2025-10-21): on a high-VOCs alert the firm is invited "
                        "to "
                        "diagnose itself before enforcement. The length of the window is not "
                        "reported; ecoreg uses 24 hours. Start date not in the sources.",
                    ),
                },
            ),
            _measure(
                "cn-sd-zb.monitoring-outage",
                ZIBO,
                "淄博市自动监控设备故障处置",
                "Zibo: handling outages of automatic monitoring",
                "2021-07-15",
                {
                    "id": "cn-sd-zb.monitoring-regulation",
                    "name_zh": "淄博市自动监控地方性法规",
                    "name_en": "Zibo local regulation on automatic monitoring",
                    "issuer_zh": "淄博市人民代表大会常务委员会",
                    "in_force": "2021-07-15",
                },
                {
                    "outage.manual_testing_hours": {
                        "value": 24,
                        "basis": "local",
                        "article": 23,
                        "note": "Zibo regulation Art. 23 (second-hand): manual testing after a "
                        "24-hour outage. Title and date not in ecoreg's sources.",
                    },
                    "outage.backup_equipment_hours": {
                        "value": 72,
                        "basis": "local",
                        "article": 23,
                        "note": "Zibo regulation Art. 23 (second-hand): backup equipment after 72 "
                        "hours. Title and date not in ecoreg's sources.",
                    },
                },
            ),
        ],
    }
)
"""Suzhou, Guangzhou and Zibo monitoring measures (read-only plain data)."""


@lru_cache(maxsize=1)
def standard_policy_book() -> PolicyBook:
    """The national baseline, ecoreg's national defaults and every bundled local measure."""
    book = national_policy_book().extend(NATIONAL_DEFAULTS_DATA)
    for data in (
        DONGGUAN_DATA,
        YINGKOU_DATA,
        TIANJIN_DATA,
        SHAANXI_DATA,
        SHAANXI_GRADING_DATA,
        MONITORING_DATA,
        XUHUI_DATA,
    ):
        book = book.extend(data)
    return book
