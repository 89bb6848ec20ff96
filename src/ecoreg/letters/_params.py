"""The parameters of notification letters (告知信函) and one-enterprise-one-file archives (一企一档).

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefixes. No national text fixes these
numbers (``shared/domain/letters-archives.md``): ecoreg's values are documented defaults,
except the ledger retention, which the Code fixes as a minimum (Art. 183: 不得少于五年).
"""

from __future__ import annotations

from decimal import Decimal

from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind

__all__ = ["COMBINATIONS", "DOCUMENT_TYPES", "PREFIXES", "SPECS"]

PREFIXES = ("letters.", "archives.")
"""The key prefixes this domain owns."""

_ZERO = Decimal(0)
_ONE = Decimal(1)

DOCUMENT_TYPES = (
    "eia_document",
    "eia_approval",
    "acceptance",
    "permit",
    "discharge_registration",
    "monitoring_plan",
    "monitoring_report",
    "permit_ledger",
    "auto_monitoring_acceptance",
    "hw_manifest",
    "emergency_plan",
    "inspection_record",
    "penalty_decision",
    "letter",
)
"""The values of `ecoreg.letters.FileDocumentType`, for validating the required-document lists."""

SPECS: tuple[ParameterSpec, ...] = (
    ParameterSpec(
        "letters.response_working_days",
        ParamKind.INT,
        "Working days after a letter is issued for the firm to acknowledge it, and for each "
        "required action that sets no window of its own.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "letters.escalation_working_days",
        ParamKind.INT,
        "Working days of grace after a missed deadline (a reminder is due) before the letter is "
        "escalated to an inspection and a grading record.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "letters.verification_working_days",
        ParamKind.INT,
        "Working days after a reported rectification for the bureau to verify it; past them an "
        "on-site verification task is planned.",
        minimum=_ONE,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "letters.exemption_months",
        ParamKind.INT,
        "Months a letter closed with nothing found exempts the firm from a routine (untriggered) "
        "inspection of the same matter (Xiaogan: 同类检查 spared for a period).",
        minimum=_ZERO,
        maximum=Decimal(60),
    ),
    ParameterSpec(
        "letters.ignored_severity",
        ParamKind.STR,
        "The severity of the grading record an escalated (ignored) letter produces.",
        choices=frozenset({"minor", "general"}),
    ),
    ParameterSpec(
        "archives.filing_hours",
        ParamKind.INT,
        "Hours after a document is issued within which it must be filed in the enterprise's file "
        "(the seed's 48-hour proposal).",
        minimum=_ONE,
        maximum=Decimal(8760),
    ),
    ParameterSpec(
        "archives.ledger_retention_years",
        ParamKind.INT,
        "Years a permit's management ledger (管理台账) and original monitoring records are kept.",
        minimum=_ONE,
        maximum=Decimal(50),
    ),
    ParameterSpec(
        "archives.required_by_class",
        ParamKind.STR_LIST,
        "Documents a file must hold by permit class, as 'class:document_type' entries.",
        choices=frozenset(
            f"{cls}:{doc}"
            for cls in ("key", "simplified", "registration")
            for doc in DOCUMENT_TYPES
        ),
    ),
    ParameterSpec(
        "archives.required_by_industry",
        ParamKind.STR_LIST,
        "Documents a file must also hold by industry, as 'industry:document_type' entries.",
    ),
    ParameterSpec(
        "archives.min_completeness",
        ParamKind.DECIMAL,
        "The share of required documents below which an incomplete file becomes a risk input "
        "to grading.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    ParameterSpec(
        "archives.max_late_share",
        ParamKind.DECIMAL,
        "The share of documents filed late above which late filing becomes a risk input to "
        "grading.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
)
"""The domain's parameters."""

COMBINATIONS: tuple[Combination, ...] = ()
"""Rules several of the domain's parameters obey together."""
