r"""The JSON edge: one request document in, one decision document out, for every public rule.

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
in Python. Bad input of any kind gives an error document instead (`error_document`):
a key of ``input`` the rule does not read, JSON text that is not UTF-8 or holds a lone
surrogate (``"\ud800"``), nesting deeper than `MAX_DEPTH`, a whole number past
`MAX_INTEGER`. Every answer is valid UTF-8, and an error document is bounded (it cuts
what it echoes).

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
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import numpy as np

import ecoreg
from ecoreg.core._boundary import check_public, unicode_text
from ecoreg.exceptions import EcoregError, InvalidInputError, InvalidTypeError
from ecoreg.exceptions import _show as show_value

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Collection, Iterator, Mapping

    from ecoreg.core._policy import Policy, PolicyBook

__all__ = [
    "RULES",
    "decide",
    "error_document",
    "load_policy_file",
    "serve_lines",
]

_E = TypeVar("_E", bound=Enum)

MAX_REQUEST_BYTES = 8 * 1024 * 1024
"""The largest request accepted (8 MiB): a day of minute data for a few hundred outlets."""

MAX_DEPTH = 64
"""How deeply a request's arrays and objects may nest (a real request nests under ten)."""

MAX_INTEGER = 2**63 - 1
"""The largest whole number (in magnitude) a request may hold: a 64-bit integer, as Java reads it."""

_SHOWN = 80
"""An echoed value, key or field is cut to this many characters, as error messages show values."""

_ALLOWED = 2000
"""``allowed`` is cut to this many characters in an error document."""

_MESSAGE = 4000
"""``message_en`` is cut to this many characters in an error document."""

_UTF8 = "a JSON text in UTF-8"


def _utf8(text: str) -> str:
    r"""``text`` with every lone surrogate written as its escape (``\ud800``): valid UTF-8.

    Examples:
        >>> _utf8("a\ud800b")
        'a\\ud800b'
    """
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _cut(text: str, limit: int = _SHOWN) -> str:
    """``text`` as valid UTF-8, cut to ``limit`` characters (with "…" where it was cut)."""
    text = _utf8(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _repr(value: object) -> str:
    """A short repr of any value, whatever its nesting, size or ``__repr__`` (as errors show it)."""
    return _cut(show_value(value))


def _plain(value: Any, path: str = "", depth: int = 0) -> Any:  # noqa: C901, PLR0912 - one branch per kind of JSON value
    """``value`` as plain JSON data (a copy), or an error naming the path of what JSON cannot carry.

    A request is what a JSON text parses to: objects with text keys, arrays, text, numbers,
    ``true``, ``false`` and ``null``. Refused: anything else (a set, a date, an object of
    another class), text with a lone surrogate (no UTF-8 can carry it), a whole number past
    `MAX_INTEGER`, nesting deeper than `MAX_DEPTH`. Subclasses (a ``StrEnum`` member, an
    ``OrderedDict``) become the plain type, a tuple an array.

    Raises:
        InvalidInputError: naming the path (``input.case.kind``; ``request`` for the whole).
    """
    field = path or "request"
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return unicode_text(str.__str__(value), field)
    if isinstance(value, int):
        number = int.__int__(value)
        if not -MAX_INTEGER - 1 <= number <= MAX_INTEGER:
            raise InvalidInputError(
                field=field,
                value=value,
                allowed=f"a whole number from {-MAX_INTEGER - 1} to {MAX_INTEGER} (64 bits)",
            )
        return number
    if isinstance(value, float):
        return float.__float__(value)
    if not isinstance(value, dict | list | tuple):
        raise InvalidTypeError(
            field=field,
            value=value,
            allowed="a JSON value: an object, an array, text, a number, true, false or null",
        )
    if depth >= MAX_DEPTH:
        raise InvalidInputError(
            field=field, value=value, allowed=f"arrays and objects nested at most {MAX_DEPTH} deep"
        )
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in dict.items(value):
            if not isinstance(key, str):
                raise InvalidInputError(
                    field=field, value=key, allowed="an object whose keys are text"
                )
            name = unicode_text(str.__str__(key), field)
            out[name] = _plain(item, _join(path, name), depth + 1)
        return out
    items: list[Any] = []
    for i, item in enumerate(value):
        kind = type(item)
        if (
            kind is float
            or item is None
            or (kind is int and -MAX_INTEGER - 1 <= item <= MAX_INTEGER)
        ):
            items.append(item)  # the common case of long arrays of numbers, kept fast
        else:
            items.append(_plain(item, _join(path, str(i)), depth + 1))
    return items


def _join(path: str, key: str) -> str:
    """The path of ``key`` inside ``path``, the key cut as echoed keys are."""
    return _cut(key) if not path else f"{path}.{_cut(key)}"


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

    def choice(self, key: str, allowed: Collection[str], default: str) -> str:
        """The text at ``key`` if it is one of ``allowed``, else an error listing them."""
        value = self.get(key, default)
        if not isinstance(value, str) or value not in allowed:
            raise InvalidInputError(
                field=f"input.{key}", value=value, allowed=f"one of {sorted(allowed)}"
            )
        return value

    def member(self, key: str, enum: type[_E], default: _E) -> _E:
        """The member of ``enum`` whose value is at ``key``, else an error listing the values."""
        values = {str(m.value): m for m in enum}
        return values[self.choice(key, values, str(default.value))]

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
    unit = r.choice("unit", [*units, "hours"], "penalty_law_days")
    if unit == "hours":
        return ecoreg.hours_after(r.get("start"), r.get("count"))
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


@attrs.frozen
class _Rule:
    """A rule the edge serves: its handler and the keys its request's ``input`` may hold.

    Called with a request, it refuses a key of ``input`` the rule does not read (a misspelt
    optional key would otherwise decide as if it were absent), then runs the handler.
    """

    handler: Callable[[_Request], Any]
    inputs: frozenset[str]

    def __call__(self, request: _Request) -> Any:
        unknown = set(request.data) - self.inputs
        if unknown:
            key = min(unknown)
            raise InvalidInputError(
                field=f"input.{_cut(key)}",
                value=request.data[key],
                allowed=f"a key of this rule's input: {', '.join(sorted(self.inputs))}",
            )
        return self.handler(request)


def _rule(handler: Callable[[_Request], Any], *inputs: str) -> _Rule:
    return _Rule(handler=handler, inputs=frozenset(inputs))


RULES: Mapping[str, _Rule] = {
    "deadline": _rule(_deadline, "unit", "event", "start", "count"),
    "payment-deadline": _rule(
        lambda r: ecoreg.payment_deadline(r.get("received_on"), policy=r.policy()),
        "received_on",
    ),
    "leniency": _rule(
        lambda r: ecoreg.decide_leniency(
            r.model("case", ecoreg.ViolationCase),
            policy=r.policy(),
            decided_on=r.day(),
            study=r.model("study", ecoreg.StudyStanding, None),
        ),
        "case",
        "study",
    ),
    "fine": _rule(
        lambda r: ecoreg.decide_fine(
            r.model("case", ecoreg.ViolationCase),
            policy=r.policy(),
            decided_on=r.day(),
            proposed=r.get("proposed", None),
            study=r.model("study", ecoreg.StudyStanding, None),
        ),
        "case",
        "proposed",
        "study",
    ),
    "daily-penalty": _rule(
        lambda r: ecoreg.daily_continuous_penalty(
            r.get("original_fine"),
            kind=r.get("kind"),
            order_served_on=r.get("order_served_on"),
            reinspected_on=r.get("reinspected_on"),
            policy=r.policy(),
            decided_on=r.day(),
            trigger=r.member("trigger", ecoreg.DailyTrigger, ecoreg.DailyTrigger.CONTINUING),
        ),
        "original_fine",
        "kind",
        "order_served_on",
        "reinspected_on",
        "trigger",
    ),
    "relief": _rule(
        lambda r: ecoreg.decide_relief(
            r.model("application", ecoreg.ReliefApplication), policy=r.policy(), decided_on=r.day()
        ),
        "application",
    ),
    "installment-plan": _rule(
        lambda r: ecoreg.build_installment_plan(
            r.get("fine"),
            count=r.get("count"),
            interval_months=r.get("interval_months"),
            starts_on=r.get("starts_on"),
            case_type=r.member("case_type", ecoreg.CaseType, ecoreg.CaseType.NON_LITIGATION),
        ),
        "fine",
        "count",
        "interval_months",
        "starts_on",
        "case_type",
    ),
    "check-plan": _rule(
        lambda r: ecoreg.check_installment_plan(
            r.model("plan", ecoreg.InstallmentPlan), policy=r.policy()
        ),
        "plan",
    ),
    "surcharge": _rule(
        lambda r: ecoreg.late_surcharge(
            r.get("base"), due_on=r.get("due_on"), paid_on=r.get("paid_on"), policy=r.policy()
        ),
        "base",
        "due_on",
        "paid_on",
    ),
    "installment-surcharge": _rule(
        lambda r: ecoreg.installment_surcharge(
            r.model("plan", ecoreg.InstallmentPlan),
            missed=r.get("missed"),
            paid_on=r.get("paid_on"),
            policy=r.policy(),
        ),
        "plan",
        "missed",
        "paid_on",
    ),
    "grade": _rule(
        lambda r: ecoreg.grade_enterprise(
            r.model("profile", ecoreg.EnterpriseProfile),
            _history(r),
            policy=r.policy(),
            on=r.day(),
        ),
        "profile",
        "history",
    ),
    "route-alert": _rule(
        lambda r: ecoreg.route_alert(
            r.model("alert", ecoreg.Alert),
            policy=r.policy(),
            context=r.model("context", ecoreg.EnterpriseContext, None),
            notices=r.models("notices", ecoreg.MaintenanceNotice),
            exemptions=r.models("exemptions", ecoreg.Exemption),
        ),
        "alert",
        "context",
        "notices",
        "exemptions",
    ),
    "route-alerts": _rule(_alerts, "alerts", "contexts", "notices", "exemptions", "decided_at"),
    "kinds": _rule(
        _kinds, "id", "words", "law", "article", "paragraph", "item", "department", "category", "on"
    ),
    "detect": _rule(
        lambda r: _detection_data(
            ecoreg.detect(
                _numbers(r.get("values")),
                policy=r.policy(),
                minutes_per_point=r.get("minutes_per_point", 1),
                flags=r.get("flags", None),
            )
        ),
        "values",
        "minutes_per_point",
        "flags",
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
    r"""The error document for ``exc``: its kind, field, value, what is allowed, and messages.

    Whatever the error holds, the document is bounded and valid UTF-8: an echoed value, key
    or field is cut to 80 characters (a long key is cut in the messages too), ``allowed`` and
    the messages are cut, and a lone surrogate is written as its escape (``\ud800``).

    Examples:
        >>> from ecoreg.exceptions import InvalidMoneyError
        >>> doc = error_document(InvalidMoneyError(field="fine", value=0.5, allowed="not a float"))
        >>> doc["error"]["kind"], doc["error"]["field"]
        ('InvalidMoneyError', 'fine')
        >>> doc = error_document(InvalidInputError(field="k" * 1000, value="\ud800", allowed="x"))
        >>> len(doc["error"]["field"]), doc["error"]["value"]
        (80, '\\ud800')
    """
    field = getattr(exc, "field", None)
    allowed = getattr(exc, "allowed", None)
    message = _message(exc)
    long_fields = {field} | {getattr(p, "field", None) for p in getattr(exc, "problems", ())}
    for name in sorted((f for f in long_fields if isinstance(f, str) and len(f) > _SHOWN), key=len):
        message = message.replace(name, _cut(name))
    shown_field = None if field is None else _cut(str(field))
    shown_allowed = None if allowed is None else _cut(str(allowed), _ALLOWED)
    return {
        "error": {
            "kind": type(exc).__name__,
            "field": shown_field,
            "value": _shown(getattr(exc, "value", None)),
            "allowed": shown_allowed,
            "message_zh": f"输入有误：字段“{shown_field}”的值不被接受。允许的值：{shown_allowed}",
            "message_en": _cut(message, _MESSAGE),
        }
    }


def _message(exc: Exception) -> str:
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - an error whose message fails is still reported
        return type(exc).__name__


def _shown(value: object) -> Any:
    """An error's value as the document echoes it: JSON, valid UTF-8, at most 80 characters."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and -MAX_INTEGER - 1 <= value <= MAX_INTEGER:
        return int.__int__(value)
    if isinstance(value, str):
        return _cut(str.__str__(value))
    return _repr(value)


def _day(value: Any) -> dt.date | None:
    return None if value is None else ecoreg.parse_date(value, field="decided_on")


def _rule_name(rule: object) -> str:
    """``rule`` if it names a rule of `RULES`, else an error listing them (for any value)."""
    name = str.__str__(rule) if isinstance(rule, str) else None
    if name is None or name not in RULES:
        raise InvalidInputError(field="rule", value=rule, allowed=f"one of {sorted(RULES)}")
    return name


def decide(rule: object, request: Any, *, book: PolicyBook | None = None) -> str:
    """Answer one request for ``rule``: the decision's JSON text, or an error document's.

    Whatever ``rule`` and ``request`` are, the answer is a document (never an exception
    other than an ecoreg error), valid UTF-8.

    Args:
        rule: A name of `RULES` (any other value is answered with an error document).
        request: The request as parsed JSON (or a JSON text, in UTF-8 if bytes).
        book: The policy book (the standard one by default; add a platform's measures
            with `PolicyBook.extend`).
    """
    try:
        if isinstance(request, str | bytes | bytearray):
            request = _parse_request(request)
        elif isinstance(request, dict):
            request = _plain(request)
        name = _rule_name(rule)
        if not isinstance(request, dict):
            raise InvalidInputError(field="request", value=request, allowed="a JSON object")
        unknown = set(request) - {"jurisdiction", "decided_on", "input", "id", "rule"}
        if unknown:
            key = min(unknown)
            raise InvalidInputError(
                field=_cut(key),
                value=request[key],
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
        return _text(RULES[name](parsed))
    except EcoregError as exc:
        return _text(error_document(exc))


def parse_request(text: str | bytes | bytearray) -> Any:
    """One request's JSON text (``str``, or UTF-8 ``bytes``) as plain data, checked as JSON.

    Raises:
        InvalidInputError: naming ``request`` for text that is not JSON in UTF-8, is too
            large, or holds what JSON cannot carry.
    """
    return _parse_request(text)


def _parse_request(text: str | bytes | bytearray) -> Any:
    """Parse a request's JSON text (a float stays a float, so money refuses it, naming the field).

    Bytes are read as UTF-8. The result is plain JSON data that UTF-8 can carry, nested at
    most `MAX_DEPTH` deep, its whole numbers within `MAX_INTEGER`.

    Raises:
        InvalidInputError: for malformed JSON, bytes that are not UTF-8, text with a lone
            surrogate, or a request over `MAX_REQUEST_BYTES`, naming the field ``request``
            (or the path of the value that is refused).
    """
    return _plain(_json(text))


def _json(text: str | bytes | bytearray) -> Any:
    """The JSON text's data, as `json.loads` gives it (see `parse_request`, which checks it)."""
    if isinstance(text, bytes | bytearray):
        size = len(text)
    elif isinstance(text, str):
        size = len(text)
        if size <= MAX_REQUEST_BYTES:
            size = len(text.encode("utf-8", "surrogatepass"))
    else:
        raise InvalidTypeError(field="request", value=text, allowed="a JSON text (str or bytes)")
    if size > MAX_REQUEST_BYTES:
        raise InvalidInputError(
            field="request", value=f"{size} bytes", allowed=f"at most {MAX_REQUEST_BYTES} bytes"
        )
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = exc.object[max(exc.start - 20, 0) : exc.end + 20]
            raise InvalidInputError(
                field="request", value=f"{bad!r} (byte {exc.start})", allowed=_UTF8
            ) from None
    elif _utf8(text) != text:
        raise InvalidInputError(
            field="request", value=text, allowed=f"{_UTF8} (no lone surrogate such as U+D800)"
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError(
            field="request", value=str(exc)[:120], allowed="one JSON object"
        ) from None


def serve_lines(lines: Any, *, book: PolicyBook | None = None) -> Iterator[str]:
    r"""Answer a JSON Lines stream: one response line per request line, in order.

    Each request line carries an ``id`` and a ``rule`` besides the request fields; each
    response is ``{"id": …, "result": …}`` or ``{"id": …, "error": …}``. A bad line (not
    JSON, not UTF-8, not text) gets an error line and the stream goes on. Lines may be
    ``str`` or ``bytes`` (read as UTF-8); every response line is valid UTF-8.

    Raises:
        InvalidTypeError: if ``lines`` is not iterable.

    Examples:
        >>> out = list(serve_lines(['{"id": 1, "rule": "nope"}', "not json", b"\xff"]))
        >>> [json.loads(line)["id"] for line in out]
        [1, None, None]
    """
    if isinstance(lines, str | bytes | bytearray):
        lines = lines.splitlines()
    try:
        stream = iter(lines)
    except TypeError:
        raise InvalidTypeError(
            field="lines", value=lines, allowed="an iterable of lines (str or bytes)"
        ) from None
    for line in stream:
        yield from _serve_line(line, book)


def _serve_line(line: object, book: PolicyBook | None) -> Iterator[str]:
    """The response to one line (nothing for a blank one)."""
    ident = None
    try:
        if not isinstance(line, str | bytes | bytearray):
            raise InvalidTypeError(field="request", value=line, allowed="a line (str or bytes)")
        if not line.strip():
            return
        request = _json(line.strip())
        rule = None
        if isinstance(request, dict):
            ident = _plain(request.get("id"), "id")  # checked first: every answer echoes it
            rule = request.get("rule")
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
        InvalidInputError: for text that is not JSON (or TOML), or holds what JSON cannot
            carry (a lone surrogate, nesting deeper than `MAX_DEPTH`).
        PolicyDataError: naming the jurisdiction, measure, date and field that do not validate.
    """
    if not isinstance(text, str):
        raise InvalidTypeError(field="policy", value=text, allowed="the policy file's text")
    try:
        data = tomllib.loads(text) if toml else json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InvalidInputError(
            field="policy", value=str(exc)[:120], allowed="JSON or TOML"
        ) from None
    if not toml:
        data = _plain(data, "policy")
    return (book or ecoreg.standard_policy_book()).extend(data)


check_public(
    globals(), ("decide", "error_document", "load_policy_file", "parse_request", "serve_lines")
)
