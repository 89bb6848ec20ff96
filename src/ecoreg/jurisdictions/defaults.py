"""ecoreg's documented national defaults: numbers no source fixes, as a national policy layer.

Every value is ``basis: "default"`` (or ``"local"``/``"seed"`` where a second-hand source
gives it) with a ``note`` saying why it was chosen. A jurisdiction replaces any of
them with its own measure.

* ``ecoreg.defaults.payment``: 行政处罚法 Art. 66 ¶2 allows deferral and
  installments but fixes no numbers, so ecoreg adopts the figures of the only
  published local guideline in its sources (Dongguan's), and does not admit
  late applications, which no national text provides for.
* ``ecoreg.defaults.discretion``, ``.alerts``, ``.grading``: first violations,
  the discretion table, alert tiers and detectors, the grading formula.
* ``ecoreg.defaults.law``: how an unsettled point of the choice of law is read
  (``law.limitation_follows``, ``law.concurrent_higher_floor``).

Examples:
    >>> DATA["measures"][0]["id"]
    'ecoreg.defaults.payment'
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ecoreg.alerts._sources import STOP_KINDS_DEFAULT, STOP_KINDS_NOTE, STOP_REPORT_NOTE
from ecoreg.jurisdictions import _build
from ecoreg.jurisdictions._letters_defaults import MEASURE as _LETTERS_DEFAULTS
from ecoreg.jurisdictions.national import CODE as NATIONAL_CODE
from ecoreg.jurisdictions.suzhou import FEEDBACK_NOTE
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law.defaults import ECOREG_DEFAULTS

__all__ = ["DATA", "RELIEF_GROUNDS"]

RELIEF_GROUNDS = ["low_income", "medical_or_accident", "force_majeure", "operating_difficulty"]
"""The four hardship grounds of the Dongguan guideline (东生态规〔2025〕2号)."""

_DEFAULT_NOTE = (
    "行政处罚法 Art. 66 ¶2 sets no limit; ecoreg's default adopts the Dongguan guideline "
    "(东生态规〔2025〕2号), the only published local figures in its sources. Replace it with "
    "your jurisdiction's measure."
)


def _default(value: Any, note: str = _DEFAULT_NOTE) -> dict[str, Any]:
    return _build.default(value, note)


_PAYMENT_DEFAULTS_DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "measures": [
            {
                "id": "ecoreg.defaults.payment",
                "jurisdiction": NATIONAL_CODE,
                "title_zh": "ecoreg 默认参数：罚款暂缓与分期缴纳",
                "title_en": "ecoreg defaults: deferred and installment payment of fines",
                "versions": [
                    {
                        "in_force_from": apl.INSTRUMENT.in_force.isoformat(),
                        "instrument": ECOREG_DEFAULTS.to_data(),
                        "parameters": {
                            "payment.relief_grounds": _default(
                                RELIEF_GROUNDS,
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
    "jurisdiction": NATIONAL_CODE,
    "title_zh": "ecoreg 默认参数：首违认定与自由裁量",
    "title_en": "ecoreg defaults: first violations and discretion",
    "versions": [
        {
            "in_force_from": apl.INSTRUMENT.in_force.isoformat(),
            "instrument": ECOREG_DEFAULTS.to_data(),
            "parameters": {
                "leniency.first_violation_lookback_months": _default(
                    24,
                    "No national text defines 'first violation'; ecoreg looks back two years, the "
                    "window 环执法〔2019〕42号 uses for prior violations.",
                ),
                "leniency.first_violation_counted_from": _default(
                    "act",
                    "No national text says from which day 'first violation' is counted; ecoreg "
                    "counts back from the day of the act (Shanxi's 2025 list counts from the day "
                    "it was found: a local measure sets 'detection').",
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
                "discretion.method": _default(
                    "levels",
                    "ecoreg's default formula (factor levels and discretion.level_shares); a "
                    "jurisdiction with fine tables of its own sets 'tables'.",
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


_ALERT_DEFAULTS = {
    "id": "ecoreg.defaults.alerts",
    "jurisdiction": NATIONAL_CODE,
    "title_zh": "ecoreg 默认参数：自动监控预警与数据检测",
    "title_en": "ecoreg defaults: monitoring alerts and detectors",
    "versions": [
        {
            "in_force_from": apl.INSTRUMENT.in_force.isoformat(),
            "instrument": ECOREG_DEFAULTS.to_data(),
            "parameters": {
                "alerts.response_hours_key_unit": _default(4, FEEDBACK_NOTE),
                "alerts.response_hours_other": _default(48, FEEDBACK_NOTE),
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
                    "HJ 212-2017 flags (Table 8): N 正常 normal, F 停运 stopped, M 维护 "
                    "maintenance, S 手工输入 manual input, D 故障 fault, C 校准 calibration, T "
                    "超测量上限 over range, B 通讯异常 communication fault. The 2022 marking rule "
                    "(生态环境部公告2022年第21号, second-hand) does not judge marked data as an "
                    "exceedance; ecoreg sets aside data flagged F (a stop mark: alerts.stop_kinds), "
                    "M and C (within announced work only), D and B, and judges manual-input (S) and "
                    "over-range (T) data.",
                ),
                "alerts.stop_kinds": _default(list(STOP_KINDS_DEFAULT), STOP_KINDS_NOTE),
                "alerts.stop_requires_report": _default(value=False, note=STOP_REPORT_NOTE),
                "alerts.tampering_kinds": _default(
                    ["flat_data", "ratio_implausible"],
                    "Tianjin (seed): near-zero per-slot variance exposed 挂瓶, and an inlet/outlet "
                    "ratio exposed another case; such signals are never filtered.",
                ),
                "alerts.suppress_announced_work": _default(
                    value=True,
                    note="Maintenance and calibration announced in advance produce data flagged "
                    "M (维护) or C (校准), set aside (HJ 212).",
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
    "jurisdiction": NATIONAL_CODE,
    "title_zh": "ecoreg 默认参数：信用与风险分级",
    "title_en": "ecoreg defaults: credit and risk grading",
    "versions": [
        {
            "in_force_from": apl.INSTRUMENT.in_force.isoformat(),
            "instrument": ECOREG_DEFAULTS.to_data(),
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
                "inspections.refuse_unplanned": _default(
                    value=True,
                    note="Yangzhou (seed, 《关于规范生态环境涉企行政检查的具体措施》, 2025-05): "
                    "except triggered case inspections, no on-site inspection outside the "
                    "annual plan and without approval (凡检查必审批).",
                ),
                "inspections.triggered_always_allowed": _default(
                    value=True,
                    note="Yangzhou (seed): triggered case inspections are the exception to the "
                    "annual plan and approval (除触发式个案检查外); ecoreg also lets them pass "
                    "the yearly cap, and counts them.",
                ),
                "inspections.joint_inspection": _default(
                    value=True,
                    note="Yangzhou and Xuhui (seeds): several checks of one firm merged into one "
                    "visit, across departments (一次进门、全面体检; 317 tasks merged).",
                ),
                "inspections.code_valid_days": _default(
                    1,
                    "ecoreg's default: a code is valid on the visit's day only; Xuhui and "
                    "Yangzhou (seeds) require a code to enter, the seeds give no validity.",
                ),
            },
        }
    ],
}


_LAW_DEFAULTS = _build.measure(
    "ecoreg.defaults.law",
    NATIONAL_CODE,
    "ecoreg 默认参数：法律适用",
    "ecoreg defaults: choice of law",
    apl.INSTRUMENT.in_force.isoformat(),
    ECOREG_DEFAULTS.to_data(),
    {
        "law.limitation_follows": _default(
            "art37",
            "Whether the limitation period follows 行政处罚法 Art. 37 / 生态环境法典 Art. 1057 is "
            "unsettled. ecoreg's default reads it as part of the substantive law, so an act before "
            "2026-08-15 keeps the period of its time unless the Code's is shorter; a jurisdiction "
            "that reads it as procedure sets 'decision_date'.",
        ),
        "law.concurrent_higher_floor": _default(
            "apply",
            "Code Art. 1055 applies the provision with the higher fine. Where a regulation still "
            "in force fines the same act with the Code's maximum and a higher minimum (排污许可管理"
            "条例 Art. 34 beside Code Art. 1103: 200,000 against 100,000), it is unsettled whether "
            "that is the higher fine or a narrowing the Code's own range overrides. ecoreg reads "
            "Art. 1055 as written, maximum first, then minimum, and applies the regulation's "
            "range; a jurisdiction that keeps the Code's range sets 'statute'.",
        ),
    },
)


DATA: MappingProxyType[str, Any] = MappingProxyType(
    {
        "measures": [
            *_PAYMENT_DEFAULTS_DATA["measures"],
            _DISCRETION_DEFAULTS,
            _ALERT_DEFAULTS,
            _GRADING_DEFAULTS,
            _LAW_DEFAULTS,
            _LETTERS_DEFAULTS,
        ]
    }
)
"""ecoreg's documented national defaults (read-only plain data)."""
