"""The JSON Schemas ecoreg publishes, by name.

Integrators validate ecoreg's JSON against these. The files under
``schemas/`` in the repository are generated from this mapping by
``scripts/gen_schemas.py``, and a test fails when they go stale.

Example:
    >>> from ecoreg.schemas import SCHEMAS
    >>> sorted(SCHEMAS)[:3]
    ['alert', 'alert-batch-summary', 'deadline']
    >>> SCHEMAS["deadline"]()["title"]
    'Deadline'
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from pydantic import JsonValue

from ecoreg._alerts import Alert, BatchSummary, RoutedAlert
from ecoreg._decision import Decision
from ecoreg._fines import FineResult, LeniencyResult, ViolationCase
from ecoreg._grading import EnterpriseProfile, Grading
from ecoreg._payment import InstallmentPlan, ReliefApplication, ReliefResult, SurchargeResult
from ecoreg._periods import Deadline
from ecoreg._policy import PolicyData

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["SCHEMAS"]


def _schema(model: Any) -> Callable[[], dict[str, Any]]:
    def generate() -> dict[str, Any]:
        schema: dict[str, Any] = model.model_json_schema()
        return schema

    return generate


SCHEMAS: Mapping[str, Callable[[], dict[str, Any]]] = MappingProxyType(
    {
        "decision": _schema(Decision[JsonValue]),
        "deadline": _schema(Deadline),
        "policy-data": _schema(PolicyData),
        "relief-application": _schema(ReliefApplication),
        "relief-decision": _schema(Decision[ReliefResult]),
        "surcharge-decision": _schema(Decision[SurchargeResult]),
        "installment-plan": _schema(InstallmentPlan),
        "violation-case": _schema(ViolationCase),
        "leniency-decision": _schema(Decision[LeniencyResult]),
        "fine-decision": _schema(Decision[FineResult]),
        "alert": _schema(Alert),
        "enterprise-profile": _schema(EnterpriseProfile),
        "grading-decision": _schema(Decision[Grading]),
        "routed-alert-decision": _schema(Decision[RoutedAlert]),
        "alert-batch-summary": _schema(Decision[BatchSummary]),
    }
)
"""Schema generators by published name (``schemas/<name>.schema.json``)."""
