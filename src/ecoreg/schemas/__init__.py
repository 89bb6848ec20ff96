"""The JSON Schemas ecoreg publishes, by name, and the files that ship in the package.

Integrators validate ecoreg's JSON against these, and generate code from them.
The ``*.schema.json`` files beside this module (in the wheel too) are generated
from this mapping by ``scripts/gen_schemas.py``; a test fails when they go stale.
Every schema declares JSON Schema 2020-12 (``$schema``) and a stable ``$id``.

Examples:
    >>> from ecoreg.schemas import SCHEMAS
    >>> sorted(SCHEMAS)[:3]
    ['alert', 'alert-batch-summary', 'check-files-request']
    >>> SCHEMAS["deadline"]()["$id"]
    'urn:ecoreg:schema:deadline'

The shipped files are package data: read them with
``importlib.resources.files("ecoreg.schemas") / "deadline.schema.json"``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, create_model

from ecoreg.alerts._arrow import alert_arrow_schema, incident_arrow_schema, routing_arrow_schema
from ecoreg.alerts._batch import BatchSummary
from ecoreg.alerts._models import (
    Alert,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
    RoutedAlert,
    Tier,
)
from ecoreg.core._citations import Citation, Instrument
from ecoreg.core._decision import Decision
from ecoreg.core._money import NonNegativeYuan, PositiveYuan
from ecoreg.core._parameters import ParameterSpec, ParamKind
from ecoreg.core._periods import Deadline
from ecoreg.core._policy import PolicyData
from ecoreg.core._records import Department, ViolationCategory, ViolationKind
from ecoreg.core._registry import PARAMETERS
from ecoreg.grading._arrow import (
    enterprise_arrow_schema,
    event_arrow_schema,
    grading_arrow_schema,
)
from ecoreg.grading._batch import GradingSummary
from ecoreg.grading._profile import RECORD_TYPES, EnterpriseProfile
from ecoreg.grading._results import CreditLevel, Grade, Grading, RiskLevel
from ecoreg.inspections._arrow import (
    plan_arrow_schema,
    task_arrow_schema,
    task_grade_arrow_schema,
    visit_arrow_schema,
)
from ecoreg.inspections._codes import CodeCheck, InspectionCode
from ecoreg.inspections._planning import InspectionTask, PlanSummary, TaskDecision, Visit
from ecoreg.letters._archives import EnterpriseFile, FileBatch, FileReport
from ecoreg.letters._letters import Letter, LetterRequest
from ecoreg.letters._loop import LetterEvent, LetterStatus
from ecoreg.monitoring._arrow import (
    detection_arrow_schema,
    frame_warning_arrow_schema,
    ratio_result_arrow_schema,
    ratio_series_arrow_schema,
    readings_arrow_schema,
    series_arrow_schema,
)
from ecoreg.monitoring._frames import StreamResult
from ecoreg.payment._models import (
    CaseType,
    InstallmentPlan,
    ReliefApplication,
    ReliefResult,
    SurchargeResult,
)
from ecoreg.penalties._case import FineResult, LeniencyResult, StudyStanding, ViolationCase
from ecoreg.penalties._daily import DailyTrigger
from ecoreg.rewards._models import RewardBatch, RewardedCase, RewardOutcome, WhistleblowerReport

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["ARROW_SCHEMAS", "SCHEMAS"]

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
        schema: dict[str, Any] = _tighten(_clean(model.model_json_schema(mode=mode)))
        ident = _names[id(generate)]
        if ident.endswith("-request"):
            schema = _nullable(schema)
        return {"$schema": _DIALECT, "$id": f"urn:ecoreg:schema:{ident}", **schema}

    return generate


_META = ("title", "description", "default")


def _accepts_null(prop: dict[str, Any]) -> bool:
    kind = prop.get("type")
    return (
        not prop
        or kind == "null"
        or (isinstance(kind, list) and "null" in kind)
        or any(_accepts_null(a) for a in prop.get("anyOf", ()) if isinstance(a, dict))
    )


def _nullable(node: Any) -> Any:
    """A request schema in which ``null`` is allowed wherever a key is optional.

    The JSON edge reads ``null`` as absent for an optional key (as classes generated from the
    schemas send an unset field); a required key stays required and non-null.
    """
    if isinstance(node, list):
        return [_nullable(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _nullable(v) for k, v in node.items()}
    props = out.get("properties")
    if isinstance(props, dict):
        required = set(out.get("required", ()))
        for name, prop in props.items():
            if name in required or not isinstance(prop, dict) or _accepts_null(prop):
                continue
            meta = {k: prop[k] for k in _META if k in prop}
            rest = {k: v for k, v in prop.items() if k not in _META}
            props[name] = {**meta, "anyOf": [rest, {"type": "null"}]}
    return out


_names: dict[int, str] = {}

_DECIMAL = r"^-?\d+(\.\d+)?$"
"""A decimal number written as text, the form ecoreg writes and reads amounts and ratios in."""


@functools.cache
def _kind_ids() -> tuple[str, ...]:
    """The ids of the national violation catalogue (every jurisdiction's catalogue holds them)."""
    from ecoreg.law import catalogue  # noqa: PLC0415 - loaded when a schema is generated

    return tuple(sorted(catalogue.kinds()))


@functools.cache
def _jurisdiction_codes() -> tuple[str, ...]:
    """The jurisdictions of the standard policy book."""
    from ecoreg.jurisdictions import standard_policy_book  # noqa: PLC0415 - built on demand

    return tuple(sorted(standard_policy_book().jurisdictions))


_KIND_FIELDS = frozenset(
    {
        ("ViolationCase", "kind"),
        ("DailyPenaltyRequestInput", "kind"),
        ("KindsRequestInput", "id"),
    }
)
"""The fields that hold a kind of the violation catalogue, by model title and property."""


def _enumerated(prop: dict[str, Any], values: tuple[str, ...]) -> dict[str, Any]:
    """``prop`` with its text alternative limited to ``values`` (``null`` stays allowed)."""
    if "anyOf" in prop:
        alternatives = [
            _enumerated(a, values) if a.get("type") == "string" else a for a in prop["anyOf"]
        ]
        return {**prop, "anyOf": alternatives}
    out = {k: v for k, v in prop.items() if k not in {"minLength", "maxLength", "pattern"}}
    return {**out, "type": "string", "enum": list(values)}


def _tighten(node: Any) -> Any:
    """Text fields that hold a catalogue kind, a jurisdiction or a decimal number, typed as such.

    A request's jurisdiction is one of the standard policy book's, its rule one of the edge's; a
    violation kind one of the catalogue's; a decimal number written as text (beside its JSON
    number form) has the decimal pattern.
    """
    if isinstance(node, list):
        return [_tighten(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _tighten(v) for k, v in node.items()}
    title, props = out.get("title"), out.get("properties")
    if isinstance(title, str) and isinstance(props, dict):
        for name, prop in props.items():
            if (title, name) in _KIND_FIELDS:
                props[name] = _enumerated(prop, _kind_ids())
            elif name == "jurisdiction" and title.endswith("Request"):
                props[name] = _enumerated(prop, _jurisdiction_codes())
            elif name == "rule" and title.endswith("Request"):
                rules = sorted(
                    n.removesuffix("-request") for n in SCHEMAS if n.endswith("-request")
                )
                props[name] = _enumerated(prop, tuple(rules))
    alternatives = out.get("anyOf")
    if isinstance(alternatives, list) and any(a.get("type") == "number" for a in alternatives):
        out["anyOf"] = [
            {**a, "pattern": _DECIMAL} if a == {"type": "string"} else a for a in alternatives
        ]
    return out


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


_Date = dt.date
_Instant = dt.datetime


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


_Money = NonNegativeYuan


class _PolicyDataSchema:
    """Stands in for `PolicyData` in `SCHEMAS`, with typed parameter values."""

    @staticmethod
    def model_json_schema(mode: str = "validation") -> dict[str, Any]:
        del mode
        return _policy_data_schema()


def _history_item(model: type[BaseModel]) -> type[BaseModel]:
    """A record of a grading request's history: the record with its ``type``."""
    name = model.__name__.removesuffix("Record")
    key = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    item: type[BaseModel] = create_model(
        f"{name}HistoryItem",
        __base__=model,
        type=(str, Field(description="which record this is", json_schema_extra={"const": key})),
    )
    return item


class _DailyPenaltyDecision(Decision[NonNegativeYuan]):
    """The total of a daily continuous penalty (按日连续处罚), with its reasons."""

    model_config = ConfigDict(title="DailyPenaltyDecision")


class _PlanCheckDecision(Decision[bool]):
    """Whether an installment plan meets the policy's rules, with its reasons."""

    model_config = ConfigDict(title="PlanCheckDecision")


_BatchAlert = create_model(
    "BatchAlert",
    id=(str, ...),
    suppressed_by=(list[str], Field(description="the suppression rules that apply")),
    tier=(Tier, ...),
    respond_by=(int, Field(description="the hours within which the alert is answered")),
    incident=(int, Field(description="the index of the alert's incident")),
    tampering_signal=(bool, ...),
)
_RouteAlertsResult = create_model(
    "RouteAlertsResult", summary=(Decision[BatchSummary], ...), alerts=(list[_BatchAlert], ...)
)
_RouteAlertsResult.__doc__ = "What `ecoreg decide route-alerts` answers: the summary, each alert."
_Ints = list[int]
_Bools = list[bool]
_DetectResult = create_model(
    "DetectResult",
    flat_slots=(_Ints, ...),
    flat=(_Bools, ...),
    longest_constant_minutes=(_Ints, ...),
    constant=(_Bools, ...),
    longest_zero_minutes=(_Ints, ...),
    zero=(_Bools, ...),
    longest_gap_minutes=(_Ints, ...),
    missing_minutes=(_Ints, ...),
    manual_testing_required=(_Bools | None, ...),
    backup_equipment_required=(_Bools | None, ...),
    sudden_rises=(_Ints, ...),
    sudden_rise=(_Bools, ...),
    flat_start=(_Ints, ...),
    zero_start=(_Ints, ...),
    gap_start=(_Ints, ...),
    rise_start=(_Ints, ...),
)
_DetectResult.__doc__ = "What `ecoreg decide detect` answers: one entry per series of the input."

_ProblemCode = Literal[
    "unknown_key", "missing", "type", "enum", "range", "pattern", "too_short", "too_long",
    "date", "money", "period", "invalid", "policy", "not_json", "too_large", "too_deep",
    "internal",
]  # fmt: skip
# Annotated with a marker of ours: typing caches unions by equality, and a Literal equals any
# Literal of the same values in another order, so `_JsonType | list[_JsonType]` was FastAPI's
# cached `Union[SchemaType, List[SchemaType]]` (its values sorted) whenever fastapi.openapi
# came first, and the published enum's order depended on the import order.
_JsonType = Annotated[
    Literal["string", "integer", "number", "boolean", "object", "array", "null"], "ecoreg"
]
_ValueType = Annotated[
    Literal["string", "integer", "number", "boolean", "object", "array", "null", "other"], "ecoreg"
]
_Allowed = create_model(
    "ProblemAllowed",
    __config__=ConfigDict(extra="forbid"),
    type=(_JsonType | list[_JsonType] | None, None),
    enum=(list[str] | None, None),
    keys=(list[str] | None, Field(None, description="the keys the object may hold")),
    minimum=(int | float | None, None),
    maximum=(int | float | None, None),
    exclusive_minimum=(int | float | None, None),
    exclusive_maximum=(int | float | None, None),
    min_length=(int | None, None),
    max_length=(int | None, None),
    pattern=(str | None, None),
    max_depth=(int | None, None),
    max_bytes=(int | None, None),
    description=(str | None, Field(None, description="what is allowed, in English words")),
)
_ErrorProblem = create_model(
    "ErrorProblem",
    __config__=ConfigDict(extra="forbid"),
    path=(str, Field(description="a JSONPath (RFC 9535) into the request: $.input.case.kind")),
    code=(_ProblemCode, ...),
    value=(JsonValue, Field(description="the value as sent; text cut to 80 characters")),
    value_type=(
        _ValueType | None,
        Field(None, description="the JSON type of the value sent (absent for a missing one)"),
    ),
    value_length=(
        int | None,
        Field(None, description="when the value was cut: its length (characters or items)"),
    ),
    allowed=(_Allowed, ...),
    message_zh=(str, ...),
    message_en=(str, ...),
)
_ErrorDetail = create_model(
    "ErrorDetail",
    kind=(str, ...),
    status=(
        int,
        Field(
            ge=400,
            le=599,
            description="the HTTP status: 422 for a problem of the request, 500 for an internal "
            "error (the service's own refusals: 401, 404, 413, 503 …)",
        ),
    ),
    field=(str | None, ...),
    value=(JsonValue, ...),
    allowed=(str | None, ...),
    message_zh=(str, ...),
    message_en=(str, ...),
    problem_count=(int, ...),
    problems=(list[_ErrorProblem], Field(min_length=1, max_length=50)),
)
_ErrorDocument = create_model("ErrorDocument", error=(_ErrorDetail, ...))
_ErrorDocument.__doc__ = "What the JSON edge answers for bad input, instead of a decision."
_HistoryItem = functools.reduce(
    lambda a, b: a | b,  # type: ignore[arg-type, return-value]
    [_history_item(m) for m in RECORD_TYPES],
)


MAX_TASKS = 10_000
"""The most tasks of a ``plan-inspections`` request (`ecoreg.edge.MAX_TASKS`)."""

MAX_REPORTS = 10_000
"""The most reports of a ``reward`` request (`ecoreg.edge.MAX_REPORTS`)."""
MAX_ENTERPRISES = 10_000
"""The most enterprises of a ``grade-batch`` request (`ecoreg.edge.MAX_ENTERPRISES`)."""
MAX_FRAMES_CHARS = 4 * 1024 * 1024
"""The most characters of an ``hj212`` request's frames (`ecoreg.edge.MAX_FRAMES_CHARS`)."""

_CreditCode = Annotated[str, Field(min_length=1, max_length=200)]
_Colour = Literal["green", "yellow", "red"]
_When = Literal["always", "grave_harm", "environmental_harm"]
_Gradings = dict[_CreditCode, Grade]
_Seed = Annotated[str, Field(min_length=1, description="the draw's seed, published after it")]
_KEY = Field(
    min_length=1,
    description="the agency's signing key (at least 16 bytes in UTF-8), from the platform's "
    "secret store; never echoed in an answer or an error document",
)
_InspectionPlanResult = create_model(
    "InspectionPlanResult",
    summary=(Decision[PlanSummary], ...),
    visits=(list[Visit], ...),
    decisions=(list[Decision[TaskDecision]], Field(description="one per task, in plan order")),
)
_InspectionPlanResult.__doc__ = "What `ecoreg decide plan-inspections` answers."
_DrawSampleResult = create_model(
    "DrawSampleResult", seed=(str, ...), sample=(list[str], Field(description="in code order"))
)
_DrawSampleResult.__doc__ = "What `ecoreg decide draw-sample` answers: the firms drawn."
_IssuedCode = create_model(
    "IssuedCode",
    code=(str, Field(pattern=r"^EIC1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")),
)
_IssuedCode.__doc__ = "What `ecoreg decide issue-code` answers: the signed inspection code."
_GradeBatchItem = create_model(
    "GradeBatchEnterprise",
    __config__=ConfigDict(extra="forbid"),
    profile=(EnterpriseProfile, ...),
    history=(list[_HistoryItem], []),  # type: ignore[valid-type]
)
_GradedEnterprise = create_model(
    "GradedEnterprise",
    credit_code=(str, ...),
    grade=(Grade, ...),
    colour=(_Colour, ...),
    credit_score=(str, Field(pattern=_DECIMAL)),
    credit_level=(CreditLevel, ...),
    risk_score=(str, Field(pattern=_DECIMAL)),
    risk_level=(RiskLevel, ...),
    positive_list_eligible=(bool, ...),
    next_change=(_Date | None, Field(description="when the grade or colour would next change")),
)
_GradeBatchResult = create_model(
    "GradeBatchResult",
    summary=(Decision[GradingSummary], ...),
    enterprises=(list[_GradedEnterprise], Field(description="one per enterprise, in order")),
)
_GradeBatchResult.__doc__ = "What `ecoreg decide grade-batch` answers: the counts, each firm."
_LimitationData = create_model(
    "LimitationData",
    years=(int, ...),
    when=(_When, ...),
    citation=(Citation, ...),
)
_LawRegimeData = create_model(
    "LawRegimeData",
    id=(str, ...),
    name_zh=(str, ...),
    name_en=(str, ...),
    starts=(_Date, ...),
    ends=(_Date | None, ...),
    limitations=(list[_LimitationData], ...),
    minor_no_penalty=(Citation, ...),
    first_may_decline=(Citation, ...),
    no_fault=(Citation, ...),
    leniency=(Citation, ...),
    choice_of_law=(Citation, Field(description="从旧兼从轻")),
)
_LawResult = create_model(
    "LawResult",
    on=(_Date, ...),
    regime=(_LawRegimeData, ...),
    instruments=(list[Instrument], Field(description="the instruments in force on the day")),
)
_LawResult.__doc__ = "What `ecoreg decide law` answers: the law regime and instruments in force."


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
                    "event": (_Date | _Instant | None, None),
                    "start": (_Instant | None, None),
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
                    "fine": (PositiveYuan, ...),
                    "count": (int, Field(ge=1, le=240)),
                    "interval_months": (int, Field(ge=1, le=24)),
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
                    "history": (list[_HistoryItem], []),  # type: ignore[valid-type]
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
                    "decided_at": (_Instant, ...),
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
        "plan-check-decision": _schema(_PlanCheckDecision, output=True),
        "daily-penalty-decision": _schema(_DailyPenaltyDecision, output=True),
        "route-alerts-result": _schema(_RouteAlertsResult, output=True),
        "detect-result": _schema(_DetectResult, output=True),
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
        "plan-inspections-request": _schema(
            _request(
                "PlanInspectionsRequest",
                {
                    "tasks": (list[InspectionTask], Field(max_length=MAX_TASKS)),
                    "gradings": (_Gradings, Field(description="credit code → grade")),
                    "year": (int, Field(ge=1950, le=2100)),
                    "sample": (
                        list[str] | None,
                        Field(None, description="the firms drawn (not with seed)"),
                    ),
                    "seed": (
                        _Seed | None,
                        Field(None, description="draw the sample with this seed (not with sample)"),
                    ),
                    "visits_so_far": (dict[_CreditCode, Annotated[int, Field(ge=0)]] | None, None),
                },
            )
        ),
        "draw-sample-request": _schema(
            _request("DrawSampleRequest", {"gradings": (_Gradings, ...), "seed": (_Seed, ...)})
        ),
        "issue-code-request": _schema(
            _request(
                "IssueCodeRequest",
                {
                    "visit": (Visit, ...),
                    "agency": (str, Field(min_length=1, max_length=200)),
                    "inspectors": (list[str], Field(min_length=1)),
                    "key": (str, _KEY),
                },
            )
        ),
        "verify-code-request": _schema(
            _request(
                "VerifyCodeRequest",
                {"code": (str, ...), "key": (str, _KEY), "on": (_Date, ...)},
                policy=False,
            )
        ),
        "grade-batch-request": _schema(
            _request(
                "GradeBatchRequest",
                {"enterprises": (list[_GradeBatchItem], Field(max_length=MAX_ENTERPRISES))},
            )
        ),
        "hj212-request": _schema(
            _request(
                "Hj212Request",
                {
                    "frames": (
                        str,
                        Field(
                            max_length=MAX_FRAMES_CHARS,
                            description="one or many HJ 212 frames, as received",
                        ),
                    )
                },
                policy=False,
            )
        ),
        "law-request": _schema(_request("LawRequest", {"on": (_Date, ...)}, policy=False)),
        "reward-request": _schema(
            _request(
                "RewardRequest",
                {
                    "reports": (list[WhistleblowerReport], Field(max_length=MAX_REPORTS)),
                    "pseudonym_key": (
                        str | None,
                        Field(None, description="the department's secret for reporter references"),
                    ),
                    "prior": (list[RewardedCase] | None, None),
                },
            )
        ),
        "reward-decision": _schema(Decision[RewardOutcome], output=True),
        "reward-batch": _schema(RewardBatch, output=True),
        "inspection-plan-result": _schema(_InspectionPlanResult, output=True),
        "draw-sample-result": _schema(_DrawSampleResult, output=True),
        "issued-code": _schema(_IssuedCode, output=True),
        "grade-batch-result": _schema(_GradeBatchResult, output=True),
        "hj212-result": _schema(StreamResult, output=True),
        "law-result": _schema(_LawResult, output=True),
        "letter": _schema(Letter, output=True),
        "letter-draft": _schema(LetterRequest),
        "letter-decision": _schema(Decision[Letter], output=True),
        "letter-status-decision": _schema(Decision[LetterStatus], output=True),
        "file-report": _schema(Decision[FileReport], output=True),
        "file-batch": _schema(Decision[FileBatch], output=True),
        "enterprise-file": _schema(EnterpriseFile),
        "compose-letter-request": _schema(
            _request("ComposeLetterRequest", {"request": (LetterRequest, ...)})
        ),
        "letter-status-request": _schema(
            _request(
                "LetterStatusRequest",
                {
                    "letter": (Letter, ...),
                    "events": (list[LetterEvent], []),
                    "on": (_Date, ...),
                },
                policy=False,
            )
        ),
        "check-files-request": _schema(
            _request(
                "CheckFilesRequest",
                {"files": (list[EnterpriseFile], Field(max_length=MAX_ENTERPRISES))},
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

ARROW_SCHEMAS: Mapping[str, Callable[[], Any]] = MappingProxyType(
    {
        "enterprise-register": enterprise_arrow_schema,
        "grading-events": event_arrow_schema,
        "grade-batch-result": grading_arrow_schema,
        "alert-columns": alert_arrow_schema,
        "alert-routing": routing_arrow_schema,
        "alert-incidents": incident_arrow_schema,
        "monitoring-series": series_arrow_schema,
        "detection": detection_arrow_schema,
        "hj212-readings": readings_arrow_schema,
        "hj212-warnings": frame_warning_arrow_schema,
        "ratio-series": ratio_series_arrow_schema,
        "ratio-detection": ratio_result_arrow_schema,
        "inspection-tasks": task_arrow_schema,
        "inspection-grades": task_grade_arrow_schema,
        "inspection-plan": plan_arrow_schema,
        "inspection-visits": visit_arrow_schema,
    }
)
"""The Arrow schemas of the columnar entry points by name (``<name>.arrow.json`` beside the JSON
Schemas; needs pyarrow to call): what `grade_batch`, `route_alerts`, `detect`, `detect_ratio`,
`to_series` (HJ 212 readings) and `plan_inspections` read and return as Arrow."""
