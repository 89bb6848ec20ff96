"""The parameters of alert routing: deadlines, tiers, filters, escalation, grouping.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "PREFIXES", "SPECS"]

PREFIXES = ("alerts.",)
"""The key prefixes this domain owns."""

_ZERO = Decimal(0)
_KINDS = (
    "concentration_exceedance",
    "total_exceedance",
    "facility_abnormal",
    "missing_data",
    "flat_data",
    "zero_data",
    "sudden_rise",
    "ratio_implausible",
)
"""The alert kinds (`ecoreg.alerts.AlertKind`'s values: this module is plain data, below it)."""
_ONE = Decimal(1)


def _ascending(values: tuple[Decimal, ...]) -> bool:
    return all(a <= b for a, b in itertools.pairwise(values))


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "alerts.response_hours_key_unit",
        ParamKind.INT,
        "Hours from an alert's start within which a key pollutant discharge unit's alert is "
        "answered.",
        minimum=_ONE,
        maximum=Decimal(720),
    ),
    ParameterSpec(
        "alerts.response_hours_other",
        ParamKind.INT,
        "Hours from an alert's start within which another enterprise's alert is answered.",
        minimum=_ONE,
        maximum=Decimal(720),
    ),
    ParameterSpec(
        "alerts.tier_response_hours",
        ParamKind.INT_LIST,
        "The longest response time of each tier (low, medium, high, critical), in hours; the "
        "deadline is the shorter of this and the enterprise's.",
        minimum=_ONE,
        maximum=Decimal(720),
        items=(4, 4),
    ),
    ParameterSpec(
        "alerts.count_working_hours",
        ParamKind.BOOL,
        "Count response hours in working time (working days, between the day's start and end) "
        "instead of clock hours.",
    ),
    ParameterSpec(
        "alerts.working_day_start_minute",
        ParamKind.INT,
        "Start of the working day, in minutes after midnight (for working-time counting).",
        minimum=_ZERO,
        maximum=Decimal(1439),
    ),
    ParameterSpec(
        "alerts.working_day_end_minute",
        ParamKind.INT,
        "End of the working day, in minutes after midnight.",
        minimum=_ONE,
        maximum=Decimal(1440),
    ),
    ParameterSpec(
        "alerts.invalid_flags",
        ParamKind.STR_LIST,
        "HJ 212 data flags whose data is set aside, not judged as an exceedance: of N 正常 normal, "
        "F 停运 stopped, M 维护 maintenance, S 手工输入 manual input, D 故障 fault, C 校准 "
        "calibration, T 超测量上限 over range, B 通讯异常 communication fault. M and C only within "
        "announced work; F as a stop mark (alerts.stop_kinds, alerts.stop_requires_report).",
        choices=frozenset({"N", "F", "M", "S", "D", "C", "T", "B"}),
    ),
    ParameterSpec(
        "alerts.tampering_kinds",
        ParamKind.STR_LIST,
        "Alert kinds that signal possible tampering and are never suppressed.",
        choices=frozenset(_KINDS),
    ),
    ParameterSpec(
        "alerts.stop_kinds",
        ParamKind.STR_LIST,
        "Alert kinds that a stop mark (HJ 212 data flag F, 停运) explains: on data flagged F, "
        "with F among alerts.invalid_flags, they are suppressed and raise no tampering signal.",
        choices=frozenset(_KINDS),
    ),
    ParameterSpec(
        "alerts.stop_requires_report",
        ParamKind.BOOL,
        "Whether a stop mark (HJ 212 flag F) counts only where a stop report (停运报告, a notice "
        "of kind stop announced before its window) covers it.",
    ),
    ParameterSpec(
        "alerts.suppress_announced_work",
        ParamKind.BOOL,
        "Whether maintenance or calibration announced in advance suppresses the alerts it covers.",
    ),
    ParameterSpec(
        "alerts.exemptions_allowed",
        ParamKind.BOOL,
        "Whether exemption-list items (免责清单) suppress the alerts they cover.",
    ),
    ParameterSpec(
        "alerts.self_check_hours",
        ParamKind.INT,
        "Hours the firm is given to check itself before enforcement (0: none).",
        minimum=_ZERO,
        maximum=Decimal(720),
    ),
    ParameterSpec(
        "alerts.escalation_hours",
        ParamKind.INT_LIST,
        "Hours after the response deadline at which an unanswered alert goes to the section "
        "chief, then the bureau leader (one entry per step of that chain).",
        minimum=_ZERO,
        maximum=Decimal(720),
        items=(0, 2),
    ),
    ParameterSpec(
        "alerts.grouping_window_minutes",
        ParamKind.INT,
        "Alerts of one enterprise, outlet, pollutant and kind within this many minutes of an "
        "incident's first alert join it.",
        minimum=_ONE,
        maximum=Decimal(10080),
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        ("alerts.working_day_start_minute", "alerts.working_day_end_minute"),
        lambda start, end: start < end,
        "a working day that ends after it starts (start minute < end minute)",
    ),
    Combination(
        ("alerts.escalation_hours",),
        _ascending,
        "hours in the chain's order, each at least the one before (the section chief is told "
        "no later than the bureau leader)",
    ),
    Combination(
        ("alerts.tier_response_hours",),
        lambda hours: _ascending(tuple(reversed(hours))),
        "hours for low, medium, high and critical, each at most the one before (a higher tier "
        "never answers later)",
    ),
)
"""Rules several of the domain's parameters obey together."""
