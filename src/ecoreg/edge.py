"""The JSON edge: one request document in, one decision document out, for every public rule.

Platforms that are not written in Python call ecoreg through this module, by the
command line (``ecoreg decide RULE``), a JSON Lines stream (``ecoreg serve --stdio``)
or the optional HTTP service. It is pure like the core (text in, text out: no
clock, no files), but the core never imports it.

A request is a JSON object:

.. code-block:: json

    {"jurisdiction": "CN-GD-DG", "decided_on": "2026-03-10", "input": {"case": {...}}}

``jurisdiction`` and ``decided_on`` select the policy (resolved for the decision
date); ``input`` carries the rule's arguments in the same shapes as the models'
JSON. The answer is the decision's JSON, exactly what ``decision.to_json()`` gives
in Python. Bad input of any kind gives an error document instead (`error_document`).

Examples:
    >>> out = decide(
    ...     "payment-deadline",
    ...     {
    ...         "jurisdiction": "CN",
    ...         "decided_on": "2026-09-16",
    ...         "input": {"received_on": "2026-09-16"},
    ...     },
    ... )
    >>> json.loads(out)["last_day"]
    '2026-10-08'
    >>> json.loads(decide("fine", {"jurisdiction": "CN"}))["error"]["field"]
    'input.case'
"""

from __future__ import annotations

import json
import tomllib
from typing import TYPE_CHECKING, Any

import attrs
import numpy as np

import ecoreg
from ecoreg.exceptions import EcoregError, InvalidInputError, PolicyError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping

    from ecoreg.core._policy import Policy, PolicyBook

__all__ = [
    "RULES",
    "decide",
    "error_document",
    "load_policy_file",
    "serve_lines",
]

MAX_REQUEST_BYTES = 8 * 1024 * 1024
"""The largest request accepted (8 MiB): a day of minute data for a few hundred outlets."""

_HISTORY_TYPES: Mapping[str, type[ecoreg.EcoregModel]] = {
    "violation": ecoreg.ViolationRecord,
    "complaint": ecoreg.ComplaintRecord,
    "alert": ecoreg.AlertRecord,
    "disclosure": ecoreg.DisclosureRecord,
    "credit": ecoreg.CreditRecord,
    "positive_list": ecoreg.PositiveListRecord,
}
"""The ``type`` of a history record in a grading request, and the model it is."""


@attrs.frozen
class _Request:
    data: Mapping[str, Any]
    jurisdiction: str | None
    decided_on: dt.date | None
    book: PolicyBook

    def policy(self) -> Policy:
        if self.jurisdiction is None:
            raise InvalidInputError(
                field="jurisdiction",
                value=None,
                allowed=f"one of {sorted(self.book.jurisdictions)}",
            )
        return self.book.resolve(self.jurisdiction, self.day())

    def day(self) -> dt.date:
        if self.decided_on is None:
            raise InvalidInputError(
                field="decided_on", value=None, allowed="the decision date, 'YYYY-MM-DD'"
            )
        return self.decided_on

    def get(self, key: str, default: Any = ...) -> Any:
        if key in self.data:
            return self.data[key]
        if default is ...:
            raise InvalidInputError(field=f"input.{key}", value=None, allowed="a value (required)")
        return default

    def model(self, key: str, model: type[Any], default: Any = ...) -> Any:
        value = self.get(key, default)
        if value is None or value is default:
            return value
        try:
            return model.from_data(value)
        except InvalidInputError as exc:
            raise exc.at(f"input.{key}") from None

    def models(self, key: str, model: type[Any]) -> tuple[Any, ...]:
        items = self.get(key, [])
        if not isinstance(items, list):
            raise InvalidInputError(field=f"input.{key}", value=items, allowed="a list")
        out = []
        for i, item in enumerate(items):
            try:
                out.append(model.from_data(item))
            except InvalidInputError as exc:
                raise exc.at(f"input.{key}.{i}") from None
        return tuple(out)


def _text(value: Any) -> str:
    if isinstance(value, ecoreg.EcoregModel):
        return value.to_json()
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _deadline(r: _Request) -> Any:
    units: dict[str, Callable[..., ecoreg.Deadline]] = {
        "penalty_law_days": ecoreg.penalty_law_days_after,
        "compulsion_law_days": ecoreg.compulsion_law_days_after,
        "working_days": ecoreg.working_days_after,
        "calendar_days": ecoreg.calendar_days_after,
        "months": ecoreg.months_after,
    }
    unit = r.get("unit", "penalty_law_days")
    if unit == "hours":
        return ecoreg.hours_after(r.get("start"), r.get("count"))
    if unit not in units:
        raise InvalidInputError(
            field="input.unit", value=unit, allowed=f"one of {sorted([*units, 'hours'])}"
        )
    return units[unit](r.get("event"), r.get("count"))


def _history(r: _Request) -> tuple[Any, ...]:
    items = r.get("history", [])
    if not isinstance(items, list):
        raise InvalidInputError(field="input.history", value=items, allowed="a list of records")
    out = []
    for i, item in enumerate(items):
        kind = item.get("type") if isinstance(item, dict) else None
        model = _HISTORY_TYPES.get(kind) if isinstance(kind, str) else None
        if model is None:
            raise InvalidInputError(
                field=f"input.history.{i}.type",
                value=kind,
                allowed=f"one of {sorted(_HISTORY_TYPES)}",
            )
        try:
            out.append(model.from_data({k: v for k, v in item.items() if k != "type"}))
        except InvalidInputError as exc:
            raise exc.at(f"input.history.{i}") from None
    return tuple(out)


def _routing_data(routing: ecoreg.BatchRouting, decided_at: str) -> dict[str, Any]:
    summary = routing.summary(decided_at)
    return {
        "summary": json.loads(summary.to_json()),
        "alerts": [
            {
                "id": routing.batch.ids[i],
                "suppressed_by": routing.silenced_by(i),
                "tier": ecoreg.Tier(list(ecoreg.Tier)[int(routing.tier[i])]).value,
                "respond_by": int(routing.respond_by[i]),
                "incident": int(routing.incident[i]),
                "tampering_signal": bool(routing.tampering[i]),
            }
            for i in range(len(routing.batch))
        ],
    }


def _array(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return [None if isinstance(x, float) and x != x else x for x in value.tolist()]  # noqa: PLR0124 - NaN test
    return value


def _detection_data(found: Any) -> dict[str, Any]:
    names = [f.name for f in attrs.fields(type(found)) if f.name != "settings"]
    return {name: _array(getattr(found, name)) for name in names}


def _alerts(r: _Request) -> Any:
    decided_at = r.get("decided_at")
    routing = ecoreg.route_alerts(
        r.models("alerts", ecoreg.Alert),
        policy=r.policy(),
        contexts=r.models("contexts", ecoreg.EnterpriseContext),
        notices=r.models("notices", ecoreg.MaintenanceNotice),
        exemptions=r.models("exemptions", ecoreg.Exemption),
    )
    return _routing_data(routing, decided_at)


def _kinds(r: _Request) -> dict[str, Any]:
    """The catalogue's kinds by id, words or citation (the policy's, given a jurisdiction)."""
    from ecoreg.law import catalogue  # noqa: PLC0415 - loaded only by this rule

    within = (
        tuple(r.policy().records("violations.catalogue").values())
        if r.jurisdiction is not None
        else None
    )
    on = r.get("on", None)
    if r.get("id", None) is not None:
        pool = within if within is not None else tuple(catalogue.kinds().values())
        found = tuple(k for k in pool if k.id == r.get("id"))
        if not found:
            raise InvalidInputError(
                field="input.id", value=r.get("id"), allowed="an id of the catalogue"
            )
    elif r.get("words", None) is not None:
        found = catalogue.search(
            r.get("words"),
            department=r.get("department", None),
            category=r.get("category", None),
            on=on,
            within=within,
        )
    elif r.get("law", None) is not None:
        found = catalogue.by_citation(
            r.get("law"),
            r.get("article"),
            paragraph=r.get("paragraph", None),
            item=r.get("item", None),
            on=on,
            within=within,
        )
    else:
        raise InvalidInputError(
            field="input",
            value=sorted(r.data),
            allowed="one of: id; words (with department, category, on); law and article "
            "(with paragraph, item, on)",
        )
    return {"kinds": [k.to_data() for k in found]}


RULES: Mapping[str, Callable[[_Request], Any]] = {
    "deadline": _deadline,
    "payment-deadline": lambda r: ecoreg.payment_deadline(r.get("received_on"), policy=r.policy()),
    "leniency": lambda r: ecoreg.decide_leniency(
        r.model("case", ecoreg.ViolationCase),
        policy=r.policy(),
        decided_on=r.day(),
        study=r.model("study", ecoreg.StudyStanding, None),
    ),
    "fine": lambda r: ecoreg.decide_fine(
        r.model("case", ecoreg.ViolationCase),
        policy=r.policy(),
        decided_on=r.day(),
        proposed=r.get("proposed", None),
        study=r.model("study", ecoreg.StudyStanding, None),
    ),
    "daily-penalty": lambda r: ecoreg.daily_continuous_penalty(
        r.get("original_fine"),
        kind=r.get("kind"),
        order_served_on=r.get("order_served_on"),
        reinspected_on=r.get("reinspected_on"),
        policy=r.policy(),
        decided_on=r.day(),
        trigger=r.get("trigger", "continuing"),
    ),
    "relief": lambda r: ecoreg.decide_relief(
        r.model("application", ecoreg.ReliefApplication), policy=r.policy(), decided_on=r.day()
    ),
    "installment-plan": lambda r: ecoreg.build_installment_plan(
        r.get("fine"),
        count=r.get("count"),
        interval_months=r.get("interval_months"),
        starts_on=r.get("starts_on"),
        case_type=ecoreg.CaseType(r.get("case_type", "non_litigation")),
    ),
    "check-plan": lambda r: ecoreg.check_installment_plan(
        r.model("plan", ecoreg.InstallmentPlan), policy=r.policy()
    ),
    "surcharge": lambda r: ecoreg.late_surcharge(
        r.get("base"), due_on=r.get("due_on"), paid_on=r.get("paid_on"), policy=r.policy()
    ),
    "installment-surcharge": lambda r: ecoreg.installment_surcharge(
        r.model("plan", ecoreg.InstallmentPlan),
        missed=r.get("missed"),
        paid_on=r.get("paid_on"),
        policy=r.policy(),
    ),
    "grade": lambda r: ecoreg.grade_enterprise(
        r.model("profile", ecoreg.EnterpriseProfile), _history(r), policy=r.policy(), on=r.day()
    ),
    "route-alert": lambda r: ecoreg.route_alert(
        r.model("alert", ecoreg.Alert),
        policy=r.policy(),
        context=r.model("context", ecoreg.EnterpriseContext, None),
        notices=r.models("notices", ecoreg.MaintenanceNotice),
        exemptions=r.models("exemptions", ecoreg.Exemption),
    ),
    "route-alerts": _alerts,
    "kinds": _kinds,
    "detect": lambda r: _detection_data(
        ecoreg.detect(
            _numbers(r.get("values")),
            policy=r.policy(),
            minutes_per_point=r.get("minutes_per_point", 1),
            flags=r.get("flags", None),
        )
    ),
}
"""Every rule the edge serves, by name."""


def _numbers(values: Any) -> Any:
    """JSON numbers (``null`` for a missing point) as a float matrix."""
    try:
        return np.array(values, dtype=np.float64)
    except (TypeError, ValueError, OverflowError):
        raise InvalidInputError(
            field="input.values",
            value=type(values).__name__,
            allowed="a list (or a list of lists) of numbers, null for a missing point",
        ) from None


def error_document(exc: Exception) -> dict[str, Any]:
    """The error document for ``exc``: its kind, field, value, what is allowed, and messages.

    Examples:
        >>> from ecoreg.exceptions import InvalidMoneyError
        >>> doc = error_document(InvalidMoneyError(field="fine", value=0.5, allowed="not a float"))
        >>> doc["error"]["kind"], doc["error"]["field"]
        ('InvalidMoneyError', 'fine')
    """
    field = getattr(exc, "field", None)
    value = getattr(exc, "value", None)
    allowed = getattr(exc, "allowed", None)
    shown = value if isinstance(value, str | int | bool) or value is None else repr(value)[:200]
    return {
        "error": {
            "kind": type(exc).__name__,
            "field": field,
            "value": shown,
            "allowed": allowed,
            "message_zh": f"输入有误：字段“{field}”的值不被接受。允许的值：{allowed}",
            "message_en": str(exc),
        }
    }


def _day(value: Any) -> dt.date | None:
    return None if value is None else ecoreg.parse_date(value, field="decided_on")


def decide(rule: str, request: Any, *, book: PolicyBook | None = None) -> str:
    """Answer one request for ``rule``: the decision's JSON text, or an error document's.

    Args:
        rule: A name of `RULES`.
        request: The request as parsed JSON (or a JSON text).
        book: The policy book (the standard one by default; add a platform's measures
            with `PolicyBook.extend`).
    """
    try:
        if isinstance(request, str | bytes):
            request = parse_request(request)
        if rule not in RULES:
            raise InvalidInputError(field="rule", value=rule, allowed=f"one of {sorted(RULES)}")
        if not isinstance(request, dict):
            raise InvalidInputError(field="request", value=request, allowed="a JSON object")
        unknown = set(request) - {"jurisdiction", "decided_on", "input", "id", "rule"}
        if unknown:
            raise InvalidInputError(
                field=min(unknown),
                value=request[min(unknown)],
                allowed="jurisdiction, decided_on, input (and id, rule on a stream)",
            )
        data = request.get("input", {})
        if not isinstance(data, dict):
            raise InvalidInputError(field="input", value=data, allowed="a JSON object")
        parsed = _Request(
            data=data,
            jurisdiction=request.get("jurisdiction"),
            decided_on=_day(request.get("decided_on")),
            book=book or ecoreg.standard_policy_book(),
        )
        return _text(RULES[rule](parsed))
    except (EcoregError, PolicyError) as exc:
        return _text(error_document(exc))


def parse_request(text: str | bytes) -> Any:
    """Parse a request's JSON text (a float stays a float, so money refuses it, naming the field).

    Raises:
        InvalidInputError: for malformed JSON or a request over `MAX_REQUEST_BYTES`.
    """
    size = len(text.encode() if isinstance(text, str) else text)
    if size > MAX_REQUEST_BYTES:
        raise InvalidInputError(
            field="request", value=f"{size} bytes", allowed=f"at most {MAX_REQUEST_BYTES} bytes"
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError(
            field="request", value=str(exc)[:120], allowed="one JSON object"
        ) from None


def serve_lines(lines: Any, *, book: PolicyBook | None = None) -> Any:
    """Answer a JSON Lines stream: one response line per request line, in order.

    Each request line carries an ``id`` and a ``rule`` besides the request fields; each
    response is ``{"id": …, "result": …}`` or ``{"id": …, "error": …}``. A bad line gets
    an error line and the stream goes on.

    Examples:
        >>> out = list(serve_lines(['{"id": 1, "rule": "nope"}', "not json"]))
        >>> [json.loads(line)["id"] for line in out]
        [1, None]
    """
    for line in lines:
        text = line.strip() if isinstance(line, str) else line.strip().decode()
        if not text:
            continue
        ident = None
        try:
            request = parse_request(text)
            if isinstance(request, dict):
                ident = request.get("id")
                rule = request.get("rule")
            else:
                rule = None
            if not isinstance(rule, str):
                raise InvalidInputError(field="rule", value=rule, allowed=f"one of {sorted(RULES)}")
            answer = json.loads(decide(rule, request, book=book))
        except EcoregError as exc:
            answer = error_document(exc)
        key = "error" if isinstance(answer, dict) and set(answer) == {"error"} else "result"
        payload = answer["error"] if key == "error" else answer
        yield json.dumps({"id": ident, key: payload}, ensure_ascii=False, separators=(",", ":"))


def load_policy_file(
    text: str, *, toml: bool = False, book: PolicyBook | None = None
) -> PolicyBook:
    """A book with a platform's own measures added from a JSON (or TOML) policy file's text.

    Raises:
        PolicyDataError: naming the jurisdiction, measure, date and field that do not validate.
    """
    try:
        data = tomllib.loads(text) if toml else json.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInputError(
            field="policy", value=str(exc)[:120], allowed="JSON or TOML"
        ) from None
    return (book or ecoreg.standard_policy_book()).extend(data)
