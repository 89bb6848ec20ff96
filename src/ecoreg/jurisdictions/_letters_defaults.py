"""ecoreg's documented defaults for notification letters and enterprise files (one measure).

No national text fixes a letter's response window, an escalation grace or a filing deadline
(``shared/domain/letters-archives.md``): each value is ``basis: "default"`` with a note naming
the local practice or seed it follows. The ledger retention follows the minimum the Code sets
(Art. 183: 原始监测记录和管理台账保存期限不得少于五年).
"""

from __future__ import annotations

from typing import Any

from ecoreg.jurisdictions import _build
from ecoreg.jurisdictions.national import CODE as NATIONAL_CODE
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law.defaults import ECOREG_DEFAULTS

__all__ = ["MEASURE", "REQUIRED_BY_CLASS", "REQUIRED_BY_INDUSTRY"]

REQUIRED_BY_CLASS = [
    *(
        f"key:{t}"
        for t in (
            "eia_document",
            "eia_approval",
            "acceptance",
            "permit",
            "monitoring_plan",
            "monitoring_report",
            "permit_ledger",
            "auto_monitoring_acceptance",
            "emergency_plan",
        )
    ),
    *(
        f"simplified:{t}"
        for t in (
            "eia_document",
            "eia_approval",
            "acceptance",
            "permit",
            "monitoring_plan",
            "monitoring_report",
            "permit_ledger",
        )
    ),
    "registration:eia_document",
    "registration:discharge_registration",
]
"""Documents by permit class: the typical 一企一档 content list (a 建档细则, second-hand)."""

REQUIRED_BY_INDUSTRY = [
    "chemicals:emergency_plan",
    "chemicals:hw_manifest",
    "electroplating:hw_manifest",
    "electroplating:emergency_plan",
    "coating:hw_manifest",
]
"""Documents some industries also need (ecoreg's default; replace with the local list)."""

_NOTE = (
    "No national text fixes this number (shared/domain/letters-archives.md); ecoreg's documented "
    "default. Replace it with your jurisdiction's measure."
)


def _default(value: Any, note: str) -> dict[str, Any]:
    return _build.default(value, note)


MEASURE = _build.measure(
    "ecoreg.defaults.letters",
    NATIONAL_CODE,
    "ecoreg 默认参数：涉企告知信函与一企一档",
    "ecoreg defaults: notification letters and enterprise files",
    apl.INSTRUMENT.in_force.isoformat(),
    ECOREG_DEFAULTS.to_data(),
    {
        "letters.response_working_days": _default(
            5,
            "Shanxi's no-penalty list (山西《生态环境轻微违法行为不予处罚事项清单》) gives 5 working "
            "days to correct after the order; ecoreg uses it as the response window. " + _NOTE,
        ),
        "letters.escalation_working_days": _default(
            5,
            "One more window of the same length after a missed deadline, while a reminder is "
            "sent. " + _NOTE,
        ),
        "letters.verification_working_days": _default(
            10,
            "Rugao (如皋) follows up until every item is rectified but names no period; ecoreg "
            "gives the bureau two response windows. " + _NOTE,
        ),
        "letters.exemption_months": _default(
            12,
            "Xiaogan (孝感, 2025) spares a firm with no problem found from the same type of "
            "inspection for a period it does not state; ecoreg uses one year. " + _NOTE,
        ),
        "letters.ignored_severity": _default(
            "minor",
            "Seed 001 asks to link compliance with letters to credit; ecoreg records an ignored "
            "letter as a minor violation, the mildest record grading has. " + _NOTE,
        ),
        "archives.filing_hours": _default(
            48,
            "Seed 001 (用好'一企一档') proposes filing environmental administrative documents "
            "within 48 hours; a proposal in a commentary, not a rule.",
        ),
        "archives.ledger_retention_years": _default(
            5,
            "生态环境法典 Art. 183 (from 2026-08-15) and the permits' 环境管理台账记录要求: "
            "ledgers and original monitoring records kept no less than five years; ecoreg uses "
            "the minimum.",
        ),
        "archives.required_by_class": _default(
            REQUIRED_BY_CLASS,
            "The typical 一企一档 content list (a 建档细则, second-hand), cut by permit class. "
            + _NOTE,
        ),
        "archives.required_by_industry": _default(REQUIRED_BY_INDUSTRY, _NOTE),
        "archives.min_completeness": _default("0.8", _NOTE),
        "archives.max_late_share": _default("0.2", _NOTE),
    },
)
"""The measure, as plain policy data."""
