"""The JSON Schemas ecoreg publishes, by name, and the files that ship in the package.

Integrators validate ecoreg's JSON against these, and generate code from them.
The ``*.schema.json`` files beside this module (in the wheel too) are generated
from this mapping by ``scripts/gen_schemas.py``; a test fails when they go stale.
Every schema declares JSON Schema 2020-12 (``$schema``) and a stable ``$id``.

Examples:
    >>> from ecoreg.schemas import SCHEMAS
    >>> sorted(SCHEMAS)[:3]
    ['alert', 'alert-batch-summary', 'check-plan-request']
    >>> SCHEMAS["deadline"]()["$id"]
    'urn:ecoreg:schema:deadline'

The shipped files are package data: read them with
``importlib.resources.files("ecoreg.schemas") / "deadline.schema.json"``.
"""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, create_model

from ecoreg.alerts._batch import BatchSummary
from ecoreg.alerts._models import (
    Alert,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
    RoutedAlert,
)
from ecoreg.core._decision import Decision
from ecoreg.core._parameters import ParameterSpec, ParamKind
from ecoreg.core._periods import Deadline
from ecoreg.core._policy import PolicyData
from ecoreg.core._records import Department, ViolationCategory, ViolationKind
from ecoreg.core._registry import PARAMETERS
from ecoreg.grading._profile import RECORD_TYPES, EnterpriseProfile
from ecoreg.grading._results import Grading
from ecoreg.inspections._codes import CodeCheck, InspectionCode
from ecoreg.inspections._planning import InspectionTask, PlanSummary, TaskDecision
from ecoreg.payment._models import (
    CaseType,
    InstallmentPlan,
    ReliefApplication,
    ReliefResult,
    SurchargeResult,
)
from ecoreg.penalties._case import FineResult, LeniencyResult, StudyStanding, ViolationCase
from ecoreg.penalties._daily import DailyTrigger

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["SCHEMAS"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_EXAMPLE = re.compile(r"\n*\s*Examples?:\n.*", re.DOTALL)


def _clean(node: Any) -> Any:
    """Descriptions without docstring examples, and only JSON Schema's own keywords."""
    if isinstance(node, dict):
        # "discriminator" is OpenAPI's, not JSON Schema's: oneOf with the "kind" const validates
        # the same, and strict validators (ajv) refuse unknown keywords.
        out = {k: _clean(v) for k, v in node.items() if k != "discriminator"}
        if isinstance(out.get("description"), str):
            text = _EXAMPLE.sub("", out["description"]).strip()
            if text:
                out["description"] = text
            else:
                del out["description"]
        return out
    if isinstance(node, list):
        return [_clean(v) for v in node]
    return node


def _schema(model: Any, *, output: bool = False) -> Callable[[], dict[str, Any]]:
    """A generator of the schema of ``model``: as ecoreg writes it (``output``), or reads it.

    An output schema is exact (money as ``"12.30"``); an input schema admits every form
    ecoreg accepts (money also as ``"12.3"`` or an integer), so a request can be checked
    before it is sent.
    """

    def generate() -> dict[str, Any]:
        mode = "serialization" if output else "validation"
        schema: dict[str, Any] = _clean(model.model_json_schema(mode=mode))
        ident = _names[id(generate)]
        return {"$schema": _DIALECT, "$id": f"urn:ecoreg:schema:{ident}", **schema}

    return generate


_names: dict[int, str] = {}

_NUMBER = {"anyOf": [{"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}, {"type": "integer"}]}


def _value_schema(spec: ParameterSpec) -> dict[str, Any]:
    """The JSON Schema of one parameter's value, from its registry entry."""
    scalar: dict[str, Any]
    if spec.kind is ParamKind.BOOL:
        return {"type": "boolean"}
    if spec.kind in {ParamKind.INT, ParamKind.INT_LIST}:
        scalar = {"type": "integer"}
        if spec.minimum is not None:
            scalar["minimum"] = int(spec.minimum)
        if spec.maximum is not None:
            scalar["maximum"] = int(spec.maximum)
    elif spec.kind in {ParamKind.DECIMAL, ParamKind.DECIMAL_LIST}:
        scalar = dict(_NUMBER)
    elif spec.kind in {ParamKind.STR, ParamKind.STR_LIST}:
        scalar = {"type": "string", "minLength": 1}
        if spec.choices is not None:
            scalar = {"enum": sorted(spec.choices)}
    else:  # records: validated in full when the book is built
        return {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "string"}},
                "required": ["id"],
            },
        }
    if spec.kind in {ParamKind.INT, ParamKind.DECIMAL, ParamKind.STR}:
        return scalar
    array: dict[str, Any] = {"type": "array", "items": scalar}
    if spec.items is not None:
        array["minItems"], array["maxItems"] = spec.items
    return array


def _policy_data_schema() -> dict[str, Any]:
    """Policy data with each known parameter's value typed.

    A policy file written outside Python is checked parameter by parameter (unknown keys are
    refused); records (the catalogue, list items) are checked in full when the book is built.
    """
    schema: dict[str, Any] = PolicyData.model_json_schema()
    entry = schema["$defs"]["ParameterEntry"]
    schema["$defs"]["MeasureVersion"]["properties"]["parameters"] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {
            key: {
                "allOf": [
                    {"$ref": "#/$defs/ParameterEntry"},
                    {
                        "type": "object",
                        "properties": {"value": _value_schema(spec)},
                        "description": spec.description,
                    },
                ]
            }
            for key, spec in sorted(PARAMETERS.items())
        },
    }
    entry["properties"]["value"] = {}
    return schema


_Date = str


def _request(title: str, fields: dict[str, Any], *, policy: bool = True) -> type[BaseModel]:
    """The schema model of a request of the JSON edge (`ecoreg.edge`).

    A rule that needs a policy requires the jurisdiction and the decision date; the others
    (deadlines, installment plans) accept them but do not need them. The request and its input
    hold only their own keys (``additionalProperties: false``), as the edge refuses any other.
    """
    input_model = create_model(f"{title}Input", __config__=ConfigDict(extra="forbid"), **fields)
    context: dict[str, Any] = (
        {"jurisdiction": (str, ...), "decided_on": (_Date, ...)}
        if policy
        else {"jurisdiction": (str | None, None), "decided_on": (_Date | None, None)}
    )
    stream: dict[str, Any] = {  # what a line of `ecoreg serve --stdio` adds
        "id": (JsonValue, Field(None, description="a request id, echoed in the answer")),
        "rule": (str | None, Field(None, description="the rule, on a stream of requests")),
    }
    model: type[BaseModel] = create_model(
        title,
        __config__=ConfigDict(extra="forbid"),
        **context,
        input=(input_model, ...),
        **stream,
    )
    model.__doc__ = f"A request for `ecoreg decide` ({title}): jurisdiction, decision date, input."
    return model


_Money = str | int


class _PolicyDataSchema:
    """Stands in for `PolicyData` in `SCHEMAS`, with typed parameter values."""

    @staticmethod
    def model_json_schema(mode: str = "validation") -> dict[str, Any]:
        del mode
        return _policy_data_schema()


_ErrorDetail = create_model(
    "ErrorDetail",
    kind=(str, ...),
    field=(str | None, ...),
    value=(JsonValue, ...),
    allowed=(str | None, ...),
    message_zh=(str, ...),
    message_en=(str, ...),
)
_ErrorDocument = create_model("ErrorDocument", error=(_ErrorDetail, ...))
_ErrorDocument.__doc__ = "What the JSON edge answers for bad input, instead of a decision."


SCHEMAS: Mapping[str, Callable[[], dict[str, Any]]] = MappingProxyType(
    {
        "decision": _schema(Decision[JsonValue], output=True),
        "deadline": _schema(Deadline, output=True),
        "policy-data": _schema(_PolicyDataSchema),
        "relief-application": _schema(ReliefApplication),
        "relief-decision": _schema(Decision[ReliefResult], output=True),
        "surcharge-decision": _schema(Decision[SurchargeResult], output=True),
        "installment-plan": _schema(InstallmentPlan, output=True),
        "violation-case": _schema(ViolationCase),
        "leniency-decision": _schema(Decision[LeniencyResult], output=True),
        "fine-decision": _schema(Decision[FineResult], output=True),
        "alert": _schema(Alert),
        "enterprise-profile": _schema(EnterpriseProfile),
        "grading-decision": _schema(Decision[Grading], output=True),
        "routed-alert-decision": _schema(Decision[RoutedAlert], output=True),
        "alert-batch-summary": _schema(Decision[BatchSummary], output=True),
        "enterprise-context": _schema(EnterpriseContext),
        "maintenance-notice": _schema(MaintenanceNotice),
        "exemption": _schema(Exemption),
        "study-standing": _schema(StudyStanding),
        "inspection-task": _schema(InspectionTask),
        "inspection-code": _schema(InspectionCode),
        "inspection-task-decision": _schema(Decision[TaskDecision], output=True),
        "inspection-plan-summary": _schema(Decision[PlanSummary], output=True),
        "inspection-code-check": _schema(Decision[CodeCheck], output=True),
        **{f"history-{m.__name__.lower()}": _schema(m) for m in RECORD_TYPES},
        "error-document": _schema(_ErrorDocument, output=True),
        "fine-request": _schema(
            _request(
                "FineRequest",
                {
                    "case": (ViolationCase, ...),
                    "proposed": (_Money | None, None),
                    "study": (StudyStanding | None, None),
                },
            )
        ),
        "leniency-request": _schema(
            _request(
                "LeniencyRequest",
                {"case": (ViolationCase, ...), "study": (StudyStanding | None, None)},
            )
        ),
        "relief-request": _schema(
            _request("ReliefRequest", {"application": (ReliefApplication, ...)})
        ),
        "check-plan-request": _schema(
            _request("CheckPlanRequest", {"plan": (InstallmentPlan, ...)})
        ),
        "deadline-request": _schema(
            _request(
                "DeadlineRequest",
                {
                    "unit": (
                        Literal[
                            "penalty_law_days",
                            "compulsion_law_days",
                            "working_days",
                            "calendar_days",
                            "months",
                            "hours",
                        ],
                        "penalty_law_days",
                    ),
                    "event": (str | None, None),
                    "start": (str | None, None),
                    "count": (int, ...),
                },
                policy=False,
            )
        ),
        "payment-deadline-request": _schema(
            _request("PaymentDeadlineRequest", {"received_on": (_Date, ...)})
        ),
        "daily-penalty-request": _schema(
            _request(
                "DailyPenaltyRequest",
                {
                    "original_fine": (_Money, ...),
                    "kind": (str, ...),
                    "order_served_on": (_Date, ...),
                    "reinspected_on": (_Date, ...),
                    "trigger": (DailyTrigger, DailyTrigger.CONTINUING),
                },
            )
        ),
        "installment-plan-request": _schema(
            _request(
                "InstallmentPlanRequest",
                {
                    "fine": (_Money, ...),
                    "count": (int, ...),
                    "interval_months": (int, ...),
                    "starts_on": (_Date, ...),
                    "case_type": (CaseType, CaseType.NON_LITIGATION),
                },
                policy=False,
            )
        ),
        "surcharge-request": _schema(
            _request(
                "SurchargeRequest",
                {"base": (_Money, ...), "due_on": (_Date, ...), "paid_on": (_Date, ...)},
            )
        ),
        "installment-surcharge-request": _schema(
            _request(
                "InstallmentSurchargeRequest",
                {"plan": (InstallmentPlan, ...), "missed": (int, ...), "paid_on": (_Date, ...)},
            )
        ),
        "grade-request": _schema(
            _request(
                "GradeRequest",
                {
                    "profile": (EnterpriseProfile, ...),
                    "history": (list[dict[str, JsonValue]], []),
                },
            )
        ),
        "route-alerts-request": _schema(
            _request(
                "RouteAlertsRequest",
                {
                    "alerts": (list[Alert], ...),
                    "contexts": (list[EnterpriseContext], []),
                    "notices": (list[MaintenanceNotice], []),
                    "exemptions": (list[Exemption], []),
                    "decided_at": (str, ...),
                },
            )
        ),
        "kinds-request": _schema(
            _request(
                "KindsRequest",
                {
                    "id": (str | None, None),
                    "words": (str | None, None),
                    "law": (str | None, None),
                    "article": (int | None, None),
                    "paragraph": (int | None, None),
                    "item": (int | None, None),
                    "department": (Department | None, None),
                    "category": (ViolationCategory | None, None),
                    "on": (_Date | None, None),
                },
                policy=False,
            )
        ),
        "kinds-result": _schema(
            create_model("KindsResult", kinds=(list[ViolationKind], ...)), output=True
        ),
        "detect-request": _schema(
            _request(
                "DetectRequest",
                {
                    "values": (list[list[float | None]] | list[float | None], ...),
                    "flags": (list[list[str]] | list[str] | None, None),
                    "minutes_per_point": (int, 1),
                },
            )
        ),
        "route-alert-request": _schema(
            _request(
                "RouteAlertRequest",
                {
                    "alert": (Alert, ...),
                    "context": (EnterpriseContext | None, None),
                    "notices": (list[MaintenanceNotice], []),
                    "exemptions": (list[Exemption], []),
                },
            )
        ),
    }
)
for _name, _generate in SCHEMAS.items():
    _names[id(_generate)] = _name


"""Schema generators by published name (``ecoreg/schemas/<name>.schema.json``)."""
