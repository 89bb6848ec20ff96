"""The parameters of paying a fine: the deadline, deferral and installments, the surcharge.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes.
"""

from __future__ import annotations

from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "PREFIXES", "SPECS"]

PREFIXES = ("penalty.", "payment.")
"""The key prefixes this domain owns."""

_ZERO = Decimal(0)
_ONE = Decimal(1)


SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "penalty.payment_deadline_days",
        ParamKind.INT,
        "Days from receipt of the penalty decision within which the fine is paid (Art. 67: 15).",
        minimum=_ONE,
        maximum=Decimal(365),
    ),
    ParameterSpec(
        "penalty.deferral_and_installments_allowed",
        ParamKind.BOOL,
        "Whether a party in real economic difficulty may apply to defer or pay in installments "
        "(Art. 66 ¶2).",
    ),
    ParameterSpec(
        "penalty.late_surcharge_daily_rate",
        ParamKind.DECIMAL,
        "Share of the fine added per day of late payment (Art. 72 ¶1 (1): 3 %).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "penalty.late_surcharge_cap_ratio",
        ParamKind.DECIMAL,
        "Cap on the total late surcharge as a multiple of the fine (Art. 72 ¶1 (1): 1).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "penalty.enforcement_limit_from_term_end",
        ParamKind.BOOL,
        "Whether, after an approved deferral or installments, the time limit for applying to "
        "court runs from the end of that term (Art. 72 ¶2).",
    ),
    ParameterSpec(
        "payment.relief_grounds",
        ParamKind.STR_LIST,
        "Hardship grounds on which deferral or installments may be granted.",
        choices=frozenset(
            {"low_income", "medical_or_accident", "force_majeure", "operating_difficulty"}
        ),
    ),
    ParameterSpec(
        "payment.deferral_max_months",
        ParamKind.INT,
        "Longest deferral, in months.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "payment.installment_max_months_non_litigation",
        ParamKind.INT,
        "Longest installment term for a non-litigation case, in months.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "payment.installment_max_months_litigation",
        ParamKind.INT,
        "Longest installment term for a litigation case, in months.",
        minimum=_ONE,
        maximum=Decimal(120),
    ),
    ParameterSpec(
        "payment.installment_max_gap_months",
        ParamKind.INT,
        "Longest time between two installments (and before the first), in months.",
        minimum=_ONE,
        maximum=Decimal(24),
    ),
    ParameterSpec(
        "payment.installment_min_share_non_litigation",
        ParamKind.DECIMAL,
        "Smallest installment of a non-litigation case, as a share of the fine.",
        minimum=Decimal("0.0001"),
        maximum=_ONE,
    ),
    ParameterSpec(
        "payment.installment_min_share_litigation",
        ParamKind.DECIMAL,
        "Smallest installment of a litigation case, as a share of the fine.",
        minimum=Decimal("0.0001"),
        maximum=_ONE,
    ),
    ParameterSpec(
        "payment.late_application_allowed",
        ParamKind.BOOL,
        "Whether an application filed after the payment deadline can still be approved "
        "(with the volunteer-service condition).",
    ),
    ParameterSpec(
        "payment.late_application_volunteer_hours",
        ParamKind.INT,
        "Hours of ecological volunteer service a late applicant pledges per case.",
        minimum=_ONE,
        maximum=Decimal(1000),
    ),
    ParameterSpec(
        "payment.late_application_volunteer_months",
        ParamKind.INT,
        "Months after approval within which the pledged volunteer service is done.",
        minimum=_ONE,
        maximum=Decimal(24),
    ),
    ParameterSpec(
        "payment.missed_installment_surcharge_base",
        ParamKind.STR,
        "What the daily late surcharge applies to when an installment is missed: the missed "
        "installment, everything still outstanding, or the whole fine.",
        choices=frozenset({"installment", "outstanding", "fine"}),
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = ()
"""Rules several of the domain's parameters obey together."""
