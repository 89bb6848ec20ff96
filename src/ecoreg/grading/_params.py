"""The parameters of grading and of the supervision that follows it.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "PREFIXES", "SPECS"]

PREFIXES = ("grading.", "supervision.")
"""The key prefixes this domain owns."""

_ZERO = Decimal(0)
_ONE = Decimal(1)


def _grades_in_order(matrix: tuple[str, ...]) -> bool:
    """A grade matrix never grades better for a worse credit level (a later row) or risk."""
    rank = [["ABCD".index(g) for g in matrix[row * 3 : row * 3 + 3]] for row in range(4)]
    rows = all(a <= b for line in rank for a, b in itertools.pairwise(line))
    columns = all(a <= b for col in zip(*rank, strict=True) for a, b in itertools.pairwise(col))
    return rows and columns


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "grading.method",
        ParamKind.STR,
        "How the A–D grade is formed: 'matrix' (credit level × risk level, Shanghai-style) or 'bands' (credit-score bands, Shaanxi-style).",
        choices=frozenset({"matrix", "bands"}),
    ),
    ParameterSpec(
        "grading.credit_base",
        ParamKind.DECIMAL,
        "The credit score a firm starts from.",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "grading.violation_credit_points",
        ParamKind.DECIMAL_LIST,
        "Credit points taken off for a minor, general and serious violation in the window.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(3, 3),
    ),
    ParameterSpec(
        "grading.violation_window_months",
        ParamKind.INT,
        "Months a violation counts against credit and risk (and blocks the clean-record bonus).",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.clean_record_bonus",
        ParamKind.DECIMAL,
        "Credit points for a firm with no violation in the window.",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "grading.disclosure_points",
        ParamKind.DECIMAL_LIST,
        "Credit points for a compliant latest self-monitoring and disclosure record, and taken off for a non-compliant one.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(2, 2),
    ),
    ParameterSpec(
        "grading.positive_list_bonus",
        ParamKind.DECIMAL,
        "Credit points while a firm is on the positive list (正面清单).",
        minimum=_ZERO,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "grading.credit_level_bands",
        ParamKind.DECIMAL_LIST,
        "Lowest credit scores of the levels 诚信, 良好 and 警示 (below the last: 不良).",
        maximum=Decimal(1000),
        items=(3, 3),
    ),
    ParameterSpec(
        "grading.one_vote_red_months",
        ParamKind.INT,
        "Months a one-vote-red act (未批先建, 未验先投, environmental crime) keeps the lowest credit level.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.risk_profile_points",
        ParamKind.DECIMAL_LIST,
        "Risk points for: key pollutant discharge unit, key-managed permit, simplified permit, drinking-water source zone, other sensitive area, toxic pollutant.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(6, 6),
    ),
    ParameterSpec(
        "grading.risk_event_points",
        ParamKind.DECIMAL_LIST,
        "Risk points for: a minor, general and serious violation, a verified complaint, a valid monitoring alert, within their windows.",
        minimum=_ZERO,
        maximum=Decimal(1000),
        items=(5, 5),
    ),
    ParameterSpec(
        "grading.complaint_window_months",
        ParamKind.INT,
        "Months a verified complaint counts toward risk.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.alert_window_months",
        ParamKind.INT,
        "Months a valid monitoring alert counts toward risk.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "grading.risk_level_bands",
        ParamKind.DECIMAL_LIST,
        "Lowest risk scores of the medium and high risk levels.",
        minimum=_ZERO,
        maximum=Decimal(10000),
        items=(2, 2),
    ),
    ParameterSpec(
        "grading.grade_matrix",
        ParamKind.STR_LIST,
        "Grade for each credit level (诚信, 良好, 警示, 不良) × risk level (low, medium, high), row by row.",
        choices=frozenset({"A", "B", "C", "D"}),
        items=(12, 12),
    ),
    ParameterSpec(
        "grading.grade_bands",
        ParamKind.DECIMAL_LIST,
        "Lowest credit scores of grades A, B and C (below the last: D), for the 'bands' method.",
        maximum=Decimal(1000),
        items=(3, 3),
    ),
    ParameterSpec(
        "grading.colour_by_grade",
        ParamKind.STR_LIST,
        "Colour code of grades A, B, C and D.",
        choices=frozenset({"green", "yellow", "red"}),
        items=(4, 4),
    ),
    ParameterSpec(
        "grading.sensitive_toxic_min_colour",
        ParamKind.STR,
        "The best colour a firm in a drinking-water source zone with a toxic pollutant can have.",
        choices=frozenset({"green", "yellow", "red"}),
    ),
    ParameterSpec(
        "supervision.offsite_first_grades",
        ParamKind.STR_LIST,
        "Grades checked off-site first (data before a visit).",
        choices=frozenset({"A", "B", "C", "D"}),
    ),
    ParameterSpec(
        "supervision.sampling_ratios",
        ParamKind.DECIMAL_LIST,
        "Share of firms of grades A, B, C and D drawn for random inspections (双随机) each round.",
        minimum=_ZERO,
        maximum=_ONE,
        items=(4, 4),
    ),
    ParameterSpec(
        "supervision.yearly_caps",
        ParamKind.INT_LIST,
        "Most random inspections a year for grades A, B, C and D (0: no cap).",
        minimum=_ZERO,
        maximum=Decimal(365),
        items=(4, 4),
    ),
    ParameterSpec(
        "supervision.positive_list_grades",
        ParamKind.STR_LIST,
        "Grades eligible for the positive list, given no one-vote-red act and no violation in the window.",
        choices=frozenset({"A", "B", "C", "D"}),
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        ("grading.grade_matrix",),
        _grades_in_order,
        "12 grades, row by row, never better for a worse credit level or a higher risk",
    ),
)
"""Rules several of the domain's parameters obey together."""
