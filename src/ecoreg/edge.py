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

import datetime as dt
import json
import logging
import tomllib
import types
import typing
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import numpy as np

import ecoreg
from ecoreg._edge_problems import (
    ABSENT,
    INTERNAL_STATUS,
    MAX_PROBLEMS,
    Problem,
    RequestProblemsError,
    classify,
    message_zh,
    problem,
    problems_of,
)
from ecoreg.core._boundary import check_public, unicode_text
from ecoreg.exceptions import EcoregError, InvalidInputError, InvalidTypeError, PolicyError
from ecoreg.exceptions import _show as show_value
from ecoreg.grading._profile import within

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterator, Mapping

    from ecoreg.core._policy import Policy, PolicyBook

__all__ = [
    "RULES",
    "decide",
    "error_document",
    "http_status",
    "load_policy_file",
    "serve_lines",
]

_log = logging.getLogger("ecoreg.edge")

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


def _plain(value: Any, path: tuple[str | int, ...] = (), depth: int = 0) -> Any:  # noqa: C901, PLR0912 - one branch per kind of JSON value
    """``value`` as plain JSON data (a copy), or an error naming the path of what JSON cannot carry.

    A request is what a JSON text parses to: objects with text keys, arrays, text, numbers,
    ``true``, ``false`` and ``null``. Refused: anything else (a set, a date, an object of
    another class), text with a lone surrogate (no UTF-8 can carry it), a whole number past
    `MAX_INTEGER`, nesting deeper than `MAX_DEPTH`. Subclasses (a ``StrEnum`` member, an
    ``OrderedDict``) become the plain type, a tuple an array.

    Raises:
        InvalidInputError: naming the path (``input.case.kind``; ``request`` for the whole).
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _unicode(str.__str__(value), path)
    if isinstance(value, int):
        number = int.__int__(value)
        if not -MAX_INTEGER - 1 <= number <= MAX_INTEGER:
            raise problem(
                path,
                "range",
                f"a whole number from {-MAX_INTEGER - 1} to {MAX_INTEGER} (64 bits)",
                value,
                type="integer",
                minimum=-MAX_INTEGER - 1,
                maximum=MAX_INTEGER,
            )
        return number
    if isinstance(value, float):
        return float.__float__(value)
    if not isinstance(value, dict | list | tuple):
        raise problem(
            path,
            "type",
            "a JSON value: an object, an array, text, a number, true, false or null",
            value,
            type=["object", "array", "string", "number", "boolean", "null"],
        )
    if depth >= MAX_DEPTH:
        raise problem(
            path,
            "too_deep",
            f"arrays and objects nested at most {MAX_DEPTH} deep",
            value,
            max_depth=MAX_DEPTH,
        )
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in dict.items(value):
            if not isinstance(key, str):
                raise problem(path, "type", "an object whose keys are text", key, type="string")
            name = _unicode(str.__str__(key), path)
            out[name] = _plain(item, (*path, name), depth + 1)
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
            items.append(_plain(item, (*path, i), depth + 1))
    return items


def _unicode(text: str, path: tuple[str | int, ...]) -> str:
    """``text`` if UTF-8 can carry it (no lone surrogate), else a ``not_json`` problem."""
    try:
        return unicode_text(text, "request")
    except InvalidInputError:
        raise problem(
            path,
            "not_json",
            f"{_UTF8} (no lone surrogate such as U+D800)",
            text,
            type="string",
        ) from None


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

    built: dict[str, Any] = attrs.field(factory=dict)

    def policy(self) -> Policy:
        if self.jurisdiction is None:
            raise problem(("jurisdiction",), "missing", "a value (required)")
        return self.book.resolve(self.jurisdiction, self.day())

    def day(self) -> dt.date:
        if self.decided_on is None:
            raise problem(("decided_on",), "missing", "a value (required)")
        return self.decided_on

    def get(self, key: str, default: Any = ...) -> Any:
        if key in self.data:
            return self.data[key]
        if default is ...:
            raise problem(("input", key), "missing", "a value (required)")
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
        if key in self.built:
            return self.built[key]
        value = self.get(key, default)
        if value is None or value is default:
            return value
        return _built(model, value, ("input", key))

    def models(self, key: str, model: type[Any]) -> tuple[Any, ...]:
        items = self.get(key, [])
        if not isinstance(items, list):
            raise problem(("input", key), "type", "a list", items, type="array")
        found: list[Problem] = []
        out = []
        for i, item in enumerate(items):
            try:
                out.append(_built(model, item, ("input", key, i)))
            except RequestProblemsError as exc:
                found.extend(exc.found)
        if found:
            raise RequestProblemsError(found)
        return tuple(out)


def _built(model: type[Any], value: Any, path: tuple[str | int, ...]) -> Any:
    """``model`` built from ``value`` (``null`` for an optional field taken as absent).

    Raises:
        RequestProblemsError: every problem of ``value``, each at its path under ``path``.
    """
    try:
        return model.from_data(_without_nulls(model, value))
    except InvalidInputError as exc:
        raise _located(exc, path, value, model) from None


def _located(
    exc: InvalidInputError, path: tuple[str | int, ...], value: Any, model: Any = None
) -> RequestProblemsError:
    """The problems of ``exc`` (raised for ``value``, found at ``path``) at their full paths."""
    found = []
    for fp in exc.problems:
        parts = _relative(fp.field, value, model)
        code, allowed = classify(fp.allowed, type(exc))
        if code == "unknown_key":
            keys = _keys_at(model, parts[:-1], value)
            if keys:
                allowed = {"keys": keys}
        shown = ABSENT if code == "missing" else fp.value
        found.append(Problem((*path, *parts), code, allowed, fp.allowed, shown))
    return RequestProblemsError(found, kind=type(exc).__name__)


def _relative(field: str, value: Any, model: Any) -> tuple[str | int, ...]:
    """The path of a model's error field inside ``value`` (the model's own name dropped)."""
    if not field or (model is not None and field == getattr(model, "__name__", None)):
        return ()
    parts: list[str | int] = []
    node = value
    for part in field.split("."):
        if isinstance(node, list) and part.isascii() and part.isdigit():
            parts.append(int(part))
            node = node[int(part)] if int(part) < len(node) else None
        else:
            parts.append(part)
            node = node.get(part) if isinstance(node, dict) else None
    return tuple(parts)


def _keys_at(model: Any, parts: tuple[str | int, ...], value: Any) -> list[str]:
    """The keys the model at ``parts`` inside ``model`` reads (none if it cannot be told)."""
    node = value
    for part in parts:
        if isinstance(part, int):
            model = _item_type(model)
            node = node[part] if isinstance(node, list) and part < len(node) else None
        else:
            fields = getattr(model, "model_fields", None)
            if not isinstance(fields, dict) or part not in fields:
                return []
            model = _model_of(
                fields[part].annotation, node.get(part) if isinstance(node, dict) else None
            )
            node = node.get(part) if isinstance(node, dict) else None
    model = _model_of(model, node)
    fields = getattr(model, "model_fields", None)
    return sorted(fields) if isinstance(fields, dict) else []


def _model_of(annotation: Any, data: Any) -> Any:
    """The pydantic model ``annotation`` stands for with ``data`` (Optional and unions undone)."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _model_of(typing.get_args(annotation)[0], data)
    if origin in {typing.Union, types.UnionType}:
        members = [m for m in typing.get_args(annotation) if m is not type(None)]
        models = [m for m in members if hasattr(m, "model_fields")]
        if len(members) == 1 or len(models) <= 1:
            return _model_of(models[0] if models else members[0], data)
        for m in models:
            if _tagged(m, data):
                return m
        return None
    return annotation


def _tagged(model: Any, data: Any) -> bool:
    """Whether ``data`` carries the literal tag of ``model`` (a discriminated union's member)."""
    if not isinstance(data, dict):
        return False
    for name, field in model.model_fields.items():
        if typing.get_origin(field.annotation) is typing.Literal and name in data:
            return data[name] in typing.get_args(field.annotation)
    return False


def _item_type(annotation: Any) -> Any:
    """The item type of a list or tuple annotation (``X`` of ``tuple[X, ...]``)."""
    annotation = _model_of(annotation, None) if typing.get_origin(annotation) else annotation
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in {list, tuple, set, frozenset} and args:
        return args[0]
    return None


def _without_nulls(annotation: Any, data: Any, depth: int = 0) -> Any:  # noqa: C901, PLR0911 - one branch per kind of annotation
    """``data`` without the ``null`` of every optional field, at every depth (null = absent).

    A generated client sends ``null`` for a field it leaves unset: a field with a default
    takes its default, as if the key were absent. A required field's ``null`` is dropped too,
    so that it is reported as missing; a field whose type holds ``None`` keeps it.
    """
    if depth > MAX_DEPTH or data is None:
        return data
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated or origin in {typing.Union, types.UnionType}:
        model = _model_of(annotation, data)
        if model is None or model is annotation:
            return data
        return _without_nulls(model, data, depth)
    fields = getattr(annotation, "model_fields", None)
    if isinstance(fields, dict) and isinstance(data, dict):
        out = {}
        for key, value in data.items():
            field = fields.get(key)
            if field is None:
                out[key] = value
            elif value is None:
                if field.is_required() and _holds_none(field.annotation):
                    out[key] = value
            else:
                out[key] = _without_nulls(field.annotation, value, depth + 1)
        return out
    if isinstance(data, list) and origin in {list, tuple, set, frozenset}:
        item = _item_type(annotation)
        if item is None or not _has_model(item):
            return data
        return [_without_nulls(item, x, depth + 1) for x in data]
    return data


def _holds_none(annotation: Any) -> bool:
    return annotation is None or type(None) in typing.get_args(annotation)


def _has_model(annotation: Any) -> bool:
    """Whether a model stands anywhere in ``annotation`` (else a list of it has no null to drop)."""
    if hasattr(annotation, "model_fields"):
        return True
    return any(_has_model(a) for a in typing.get_args(annotation))


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
    return _records(r.get("history", []), ("input", "history"))


def _records(items: Any, where: tuple[str | int, ...]) -> tuple[Any, ...]:
    """The history records of ``items`` (each with its ``type``), problems named under ``where``."""
    if not isinstance(items, list):
        raise problem(where, "type", "a list of records", items, type="array")
    out = []
    found: list[Problem] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            found.append(Problem((*where, i), "type", {"type": "object"}, "a record", item))
            continue
        kind = item.get("type", ABSENT)
        model = _HISTORY_TYPES.get(kind) if isinstance(kind, str) else None
        if model is None:
            kinds = sorted(_HISTORY_TYPES)
            found.append(
                Problem(
                    (*where, i, "type"),
                    "missing" if kind is ABSENT or kind is None else "enum",
                    {"enum": kinds},
                    f"one of: {', '.join(kinds)}",
                    ABSENT if kind is None else kind,
                )
            )
            continue
        try:
            out.append(_built(model, {k: v for k, v in item.items() if k != "type"}, (*where, i)))
        except RequestProblemsError as exc:
            found.extend(exc.found)
    if found:
        raise RequestProblemsError(found)
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


MAX_TASKS = 10_000
"""The most inspection tasks one ``plan-inspections`` request may hold (a city's year)."""

MAX_ENTERPRISES = 10_000
"""The most enterprises one ``grade-batch`` request may hold (more: several requests)."""

MAX_FRAMES_CHARS = 4 * 1024 * 1024
"""The most characters of HJ 212 frames one ``hj212`` request may hold (4 Mi: a day's capture
of a few devices; more: several requests)."""

SECRET_RULES = frozenset({"issue-code", "verify-code", "reward"})
"""The rules whose request holds a secret (a signing key; a reporter's name, ID and contact,
生态环境法典 Art. 146): their error documents echo no value sent."""

_MIN_KEY_BYTES = 16
"""The shortest signing key `ecoreg.issue_code` accepts, in bytes."""


def _bounded(items: Any, where: tuple[str | int, ...], limit: int, what: str) -> list[Any]:
    """``items`` if it is a list of at most ``limit`` items, else the problem, named at ``where``."""
    if not isinstance(items, list):
        raise problem(where, "type", f"a list of {what}", items, type="array")
    if len(items) > limit:
        raise problem(
            where, "too_long", f"at most {limit} {what}", f"{len(items)} items", max_length=limit
        )
    return items


def _texts(r: _Request, key: str) -> tuple[str, ...] | None:
    """The list of texts at ``key`` (``None`` when absent)."""
    items = r.get(key, None)
    if items is None:
        return None
    if not isinstance(items, list):
        raise problem(("input", key), "type", "a list of texts", items, type="array")
    found = [
        Problem(("input", key, i), "type", {"type": "string"}, "a str", item)
        for i, item in enumerate(items)
        if not isinstance(item, str)
    ]
    if found:
        raise RequestProblemsError(found)
    return tuple(items)


def _object(r: _Request, key: str, described: str) -> dict[str, Any]:
    value = r.get(key)
    if not isinstance(value, dict):
        raise problem(("input", key), "type", described, value, type="object")
    return value


def _visits_so_far(r: _Request) -> dict[str, int] | None:
    """Credit code → untriggered visits this year (whole numbers, 0 or more)."""
    if r.get("visits_so_far", None) is None:
        return None
    counts = _object(r, "visits_so_far", "an object: credit code → visits this year")
    found = []
    for code, count in counts.items():
        where = ("input", "visits_so_far", code)
        if isinstance(count, bool) or not isinstance(count, int):
            found.append(Problem(where, "type", {"type": "integer"}, "an int", count))
        elif count < 0:
            found.append(Problem(where, "range", {"minimum": 0}, "0 or more visits", count))
    if found:
        raise RequestProblemsError(found)
    return counts


def _plan(r: _Request) -> dict[str, Any]:
    """Plan a year's inspection tasks: a decision per task, the visits and the summary."""
    _bounded(r.get("tasks"), ("input", "tasks"), MAX_TASKS, "tasks")
    tasks = r.models("tasks", ecoreg.InspectionTask)
    gradings = _object(r, "gradings", "an object: credit code → grade (A, B, C or D)")
    policy = r.policy()
    sample: Collection[str] | None = _texts(r, "sample")
    seed = r.get("seed", None)
    if seed is not None:
        if sample is not None:
            raise InvalidInputError(
                field="input.seed", value=seed, allowed="either sample or seed, not both"
            )
        sample = ecoreg.draw_sample(gradings, policy=policy, seed=seed)
    plan = ecoreg.plan_inspections(
        tasks,
        gradings=gradings,
        policy=policy,
        year=r.get("year"),
        sample=sample,
        visits_so_far=_visits_so_far(r),
    )
    return {
        "summary": plan.summary().to_data(),
        "visits": [v.to_data() for v in plan.visits],
        "decisions": [plan.decision(t.id).to_data() for t in plan.tasks],
    }


def _sample(r: _Request) -> dict[str, Any]:
    """The firms drawn for random inspection, in code order (a published draw)."""
    gradings = _object(r, "gradings", "an object: credit code → grade (A, B, C or D)")
    drawn = ecoreg.draw_sample(gradings, policy=r.policy(), seed=r.get("seed"))
    return {"seed": r.get("seed"), "sample": sorted(drawn)}


def _key(r: _Request) -> bytes:
    """The signing key's UTF-8 bytes (its value is never echoed: see `SECRET_RULES`)."""
    key = r.get("key")
    if not isinstance(key, str):
        raise problem(("input", "key"), "type", "the signing key as text", type="string")
    secret = key.encode("utf-8")
    if len(secret) < _MIN_KEY_BYTES:
        described = f"a signing key of at least {_MIN_KEY_BYTES} bytes in UTF-8"
        raise problem(("input", "key"), "invalid", described, description=described)
    return secret


def _issue(r: _Request) -> dict[str, Any]:
    inspectors = _texts(r, "inspectors")
    code = ecoreg.issue_code(
        r.model("visit", ecoreg.Visit),
        agency=r.get("agency"),
        inspectors=() if inspectors is None else inspectors,
        key=_key(r),
        policy=r.policy(),
    )
    return {"code": code}


def _verify(r: _Request) -> Any:
    return ecoreg.verify_code(r.get("code"), key=_key(r), on=r.get("on"))


MAX_REPORTS = 10_000
"""The most reports one ``reward`` request may hold (a city's year; more: several requests)."""


def _reward(r: _Request) -> Any:
    """Decide a batch of reports: one reward per matter, to its first valid reporter."""
    _bounded(r.get("reports"), ("input", "reports"), MAX_REPORTS, "reports")
    key = r.get("pseudonym_key", None)
    if key is not None and not isinstance(key, str):
        raise problem(("input", "pseudonym_key"), "type", "a str", None, type="string")
    return ecoreg.decide_rewards(
        r.models("reports", ecoreg.WhistleblowerReport),
        policy=r.policy(),
        decided_on=r.day(),
        pseudonym_key=key,
        prior=r.models("prior", ecoreg.RewardedCase),
    )


def _grade_batch(r: _Request) -> dict[str, Any]:
    """Grade many enterprises at once: a row per enterprise, in order, and the counts."""
    items = _bounded(r.get("enterprises"), ("input", "enterprises"), MAX_ENTERPRISES, "enterprises")
    day = r.day()
    profiles: list[Any] = []
    histories: list[tuple[Any, ...]] = []
    found: list[Problem] = []
    for i, item in enumerate(items):
        where: tuple[str | int, ...] = ("input", "enterprises", i)
        if not isinstance(item, dict):
            found.append(Problem(where, "type", {"type": "object"}, "an enterprise", item))
            continue
        keys = ["history", "profile"]
        found.extend(
            Problem(
                (*where, key),
                "unknown_key",
                {"keys": keys},
                "a key of an enterprise: history, profile",
                item[key],
            )
            for key in sorted(set(item) - set(keys))
        )
        try:
            if item.get("profile") is None:
                raise problem((*where, "profile"), "missing", "a value (required)")
            profile = _built(ecoreg.EnterpriseProfile, item["profile"], (*where, "profile"))
            profiles.append(profile)
            place, code = profile.jurisdiction, r.jurisdiction
            if isinstance(code, str) and not within(place, code):
                allowed = f"{code} or a jurisdiction within it (the request's)"
                found.append(
                    Problem(
                        (*where, "profile", "jurisdiction"),
                        "invalid",
                        {"description": allowed},
                        allowed,
                        place,
                    )
                )
            history = item.get("history")
            records = _records([] if history is None else history, (*where, "history"))
            histories.append(records)
        except RequestProblemsError as exc:
            found.extend(exc.found)
            continue
        found.extend(
            Problem(
                (*where, "history", j, "on"),
                "invalid",
                {"description": f"a date on or before the evaluation date {day}"},
                f"a date on or before the evaluation date {day}",
                record.on.isoformat(),
            )
            for j, record in enumerate(records)
            if record.on > day
        )
    if found:
        raise RequestProblemsError(found)
    policy = r.policy()
    batch = ecoreg.grade_batch(profiles, histories, policy=policy, on=day)
    grades, levels, risks = tuple(ecoreg.Grade), tuple(ecoreg.CreditLevel), tuple(ecoreg.RiskLevel)
    rows = [
        {
            "credit_code": code,
            "grade": grades[int(batch.grade[i])].value,
            "colour": ("green", "yellow", "red")[int(batch.colour[i])],
            "credit_score": str(round(float(batch.credit_score[i]), 2)),
            "credit_level": levels[int(batch.credit_level[i])].value,
            "risk_score": str(round(float(batch.risk_score[i]), 2)),
            "risk_level": risks[int(batch.risk_level[i])].value,
            "positive_list_eligible": bool(batch.positive_list_eligible[i]),
            "next_change": (
                None
                if int(batch.next_change[i]) < 0
                else dt.date.fromordinal(int(batch.next_change[i])).isoformat()
            ),
        }
        for i, code in enumerate(batch.enterprises.codes)
    ]
    return {"summary": batch.summary(policy).to_data(), "enterprises": rows}


def _hj212(r: _Request) -> Any:
    """Parse posted HJ 212 frames: packets, errors, junk and warnings, as `parse_stream`."""
    from ecoreg.monitoring.hj212 import parse_stream  # noqa: PLC0415 - loaded only by this rule

    text = r.get("frames")
    if not isinstance(text, str):
        raise problem(("input", "frames"), "type", "the frames as text", text, type="string")
    if len(text) > MAX_FRAMES_CHARS:
        raise problem(
            ("input", "frames"),
            "too_long",
            f"at most {MAX_FRAMES_CHARS} characters",
            f"{len(text)} characters",
            max_length=MAX_FRAMES_CHARS,
        )
    return parse_stream(text)


def _law(r: _Request) -> dict[str, Any]:
    """The law regime (limitation, leniency, choice of law) and the instruments in force on a day."""
    from ecoreg import law  # noqa: PLC0415 - loaded only by this rule

    day = ecoreg.parse_date(r.get("on"), field="on")
    first = law.regimes.REGIMES[0].starts
    if day < first:
        raise InvalidInputError(
            field="input.on",
            value=day.isoformat(),
            allowed=f"a date on or after {first} (the 2021 Administrative Penalty Law)",
        )
    regime = law.regimes.regime_on(day)
    return {
        "on": day.isoformat(),
        "regime": {
            "id": regime.id,
            "name_zh": regime.name_zh,
            "name_en": regime.name_en,
            "starts": regime.starts.isoformat(),
            "ends": None if regime.ends is None else regime.ends.isoformat(),
            "limitations": [
                {"years": rule.years, "when": rule.when, "citation": rule.citation.to_data()}
                for rule in regime.limitations
            ],
            **{
                name: getattr(regime, name).to_data()
                for name in (
                    "minor_no_penalty",
                    "first_may_decline",
                    "no_fault",
                    "leniency",
                    "choice_of_law",
                )
            },
        },
        "instruments": [i.to_data() for i in law.in_force_on(day)],
    }


@attrs.frozen
class _Rule:
    """A rule the edge serves: its handler and the keys its request's ``input`` may hold.

    Called with a request, it checks the input as a whole before the handler runs, and
    reports every problem it finds at once: each key the rule does not read (a misspelt
    optional key would otherwise decide as if it were absent), each required key that is
    absent (``null`` counts as absent), each model that does not validate. Then the handler
    runs on what was built.
    """

    handler: Callable[[_Request], Any]
    inputs: frozenset[str]
    required: frozenset[str] = frozenset()
    models: Mapping[str, Any] = attrs.field(factory=dict)
    aliases: Mapping[str, str] = attrs.field(factory=dict)

    def __call__(self, request: _Request) -> Any:
        keys = sorted(self.inputs)
        found = [
            Problem(
                ("input", key),
                "unknown_key",
                {"keys": keys},
                f"a key of this rule's input: {', '.join(keys)}",
                request.data[key],
            )
            for key in sorted(set(request.data) - self.inputs)
        ]
        found.extend(
            Problem(("input", key), "missing", {}, "a value (required)")
            for key in sorted(self.required - set(request.data))
        )
        for key, name in self.models.items():
            if request.data.get(key) is not None:
                try:
                    model = getattr(ecoreg, name)
                    request.built[key] = _built(model, request.data[key], ("input", key))
                except RequestProblemsError as exc:
                    found.extend(exc.found)
        if found:
            raise RequestProblemsError(found)
        try:
            return self.handler(request)
        except (RequestProblemsError, PolicyError):
            raise
        except InvalidInputError as exc:
            raise self._at_inputs(exc) from None

    def _at_inputs(self, exc: InvalidInputError) -> RequestProblemsError:
        """A rule's error, its fields (the rule's argument names) as paths into the request."""
        found = []
        for fp in exc.problems:
            head, _, rest = fp.field.partition(".")
            tail = tuple(int(p) if p.isascii() and p.isdigit() else p for p in rest.split(".") if p)
            described = fp.allowed
            if head in {"input", "jurisdiction", "decided_on", "rule"}:
                path: tuple[str | int, ...] = (head, *tail)
            elif head == "request":
                path = ()
            elif head in self.aliases:
                path = ("input", self.aliases[head], *tail)
            elif head in self.inputs:
                path = ("input", head, *tail)
            else:
                path, described = ("input",), f"{fp.field}: {fp.allowed}"
            code, allowed = classify(fp.allowed, type(exc))
            shown = ABSENT if code == "missing" else fp.value
            found.append(Problem(path, code, allowed, described, shown))
        return RequestProblemsError(found, kind=type(exc).__name__)


def _check_files(r: _Request) -> Any:
    """A county's enterprise files (一企一档), each checked, and the gap by industry."""
    _bounded(r.get("files"), ("input", "files"), MAX_ENTERPRISES, "files")
    files = r.models("files", ecoreg.EnterpriseFile)
    return ecoreg.check_files(files, policy=r.policy(), on=r.day())


def _rule(
    handler: Callable[[_Request], Any],
    *inputs: str,
    required: tuple[str, ...] = (),
    models: Mapping[str, Any] | None = None,
    aliases: Mapping[str, str] | None = None,
) -> _Rule:
    return _Rule(
        handler=handler,
        inputs=frozenset(inputs),
        required=frozenset(required),
        models=dict(models or {}),
        aliases=dict(aliases or {}),
    )


RULES: Mapping[str, _Rule] = {
    "deadline": _rule(
        _deadline, "unit", "event", "start", "count", required=("count",), aliases={"days": "count"}
    ),
    "payment-deadline": _rule(
        lambda r: ecoreg.payment_deadline(r.get("received_on"), policy=r.policy()),
        "received_on",
        required=("received_on",),
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
        required=("case",),
        models={"case": "ViolationCase", "study": "StudyStanding"},
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
        required=("case",),
        models={"case": "ViolationCase", "study": "StudyStanding"},
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
        required=("original_fine", "kind", "order_served_on", "reinspected_on"),
    ),
    "relief": _rule(
        lambda r: ecoreg.decide_relief(
            r.model("application", ecoreg.ReliefApplication), policy=r.policy(), decided_on=r.day()
        ),
        "application",
        required=("application",),
        models={"application": "ReliefApplication"},
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
        required=("fine", "count", "interval_months", "starts_on"),
    ),
    "check-plan": _rule(
        lambda r: ecoreg.check_installment_plan(
            r.model("plan", ecoreg.InstallmentPlan), policy=r.policy()
        ),
        "plan",
        required=("plan",),
        models={"plan": "InstallmentPlan"},
    ),
    "surcharge": _rule(
        lambda r: ecoreg.late_surcharge(
            r.get("base"), due_on=r.get("due_on"), paid_on=r.get("paid_on"), policy=r.policy()
        ),
        "base",
        "due_on",
        "paid_on",
        required=("base", "due_on", "paid_on"),
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
        required=("plan", "missed", "paid_on"),
        models={"plan": "InstallmentPlan"},
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
        required=("profile",),
        models={"profile": "EnterpriseProfile"},
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
        required=("alert",),
        models={"alert": "Alert", "context": "EnterpriseContext"},
    ),
    "route-alerts": _rule(
        _alerts,
        "alerts",
        "contexts",
        "notices",
        "exemptions",
        "decided_at",
        required=("alerts", "decided_at"),
    ),
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
        required=("values",),
    ),
    "plan-inspections": _rule(
        _plan,
        "tasks",
        "gradings",
        "year",
        "sample",
        "seed",
        "visits_so_far",
        required=("tasks", "gradings", "year"),
    ),
    "draw-sample": _rule(_sample, "gradings", "seed", required=("gradings", "seed")),
    "issue-code": _rule(
        _issue,
        "visit",
        "agency",
        "inspectors",
        "key",
        required=("visit", "agency", "inspectors", "key"),
        models={"visit": "Visit"},
    ),
    "verify-code": _rule(_verify, "code", "key", "on", required=("code", "key", "on")),
    "grade-batch": _rule(_grade_batch, "enterprises", required=("enterprises",)),
    "hj212": _rule(_hj212, "frames", required=("frames",), aliases={"data": "frames"}),
    "law": _rule(_law, "on", required=("on",)),
    "reward": _rule(_reward, "reports", "pseudonym_key", "prior", required=("reports",)),
    # Letters and files (issue 28): compose a letter, its state on decided_on, a county's files.
    "compose-letter": _rule(
        lambda r: ecoreg.compose_letter(
            r.model("request", ecoreg.LetterRequest), policy=r.policy(), issued_on=r.day()
        ),
        "request",
        required=("request",),
        models={"request": "LetterRequest"},
    ),
    "letter-status": _rule(
        lambda r: ecoreg.letter_status(
            r.model("letter", ecoreg.Letter),
            r.models("events", ecoreg.LetterEvent),
            on=r.get("on"),
        ),
        "letter",
        "events",
        "on",
        required=("letter", "on"),
        models={"letter": "Letter"},
    ),
    "check-files": _rule(_check_files, "files", required=("files",)),
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


def error_document(exc: BaseException, *, status: int | None = None) -> dict[str, Any]:
    r"""The error document for ``exc``: every problem found, for programs and for people.

    The document's ``error`` holds ``kind`` (the error's class; ``InternalError`` for an
    exception that is not ecoreg's), ``status`` (422 for a problem of the request, 500 for an
    internal error, or ``status`` when given: the HTTP status it is answered with), ``field``,
    ``value``, ``allowed`` and the messages of the first problem (as before), and
    ``problems``: every problem (at most 50; ``problem_count`` counts them all), each with its
    ``path`` (a JSONPath into the request), ``code``, machine-readable ``allowed``, the
    ``value`` as sent (cut to 80 characters, ``value_length`` giving the length when cut) and
    its ``message_zh`` (wholly Chinese) and ``message_en``. An internal error's document holds
    no traceback and no detail of the exception but its class.

    Whatever the error holds, the document is bounded and valid UTF-8: an echoed value, key
    or field is cut to 80 characters (a long key is cut in the messages too), ``allowed`` and
    the messages are cut, and a lone surrogate is written as its escape (``\ud800``).

    Examples:
        >>> from ecoreg.exceptions import InvalidMoneyError
        >>> doc = error_document(InvalidMoneyError(field="fine", value=0.5, allowed="not a float"))
        >>> doc["error"]["kind"], doc["error"]["field"], doc["error"]["status"]
        ('InvalidMoneyError', 'fine', 422)
        >>> doc["error"]["problems"][0]["path"], doc["error"]["problems"][0]["code"]
        ('$.fine', 'money')
        >>> doc = error_document(InvalidInputError(field="k" * 1000, value="\ud800", allowed="x"))
        >>> len(doc["error"]["field"]), doc["error"]["value"]
        (80, '\\ud800')
        >>> error_document(ZeroDivisionError("secret"))["error"]["kind"]
        'InternalError'
    """
    found, kind, code_status = problems_of(exc)
    listed = [p.document() for p in found[:MAX_PROBLEMS]]
    first = found[0]
    if code_status == INTERNAL_STATUS:
        field = value = allowed = None
        message = first.described
    else:
        field = getattr(exc, "field", None)
        value = _shown(getattr(exc, "value", None))
        allowed = getattr(exc, "allowed", None)
        message = _message(exc)
        long_fields = {field} | {getattr(p, "field", None) for p in getattr(exc, "problems", ())}
        for name in sorted(
            (f for f in long_fields if isinstance(f, str) and len(f) > _SHOWN), key=len
        ):
            message = message.replace(name, _cut(name))
    zh = message_zh(first)
    if len(found) > 1:
        zh = f"请求有 {len(found)} 处问题。第一处：{zh}"
    return {
        "error": {
            "kind": kind,
            "status": code_status if status is None else status,
            "field": None if field is None else _cut(str(field)),
            "value": value,
            "allowed": None if allowed is None else _cut(str(allowed), _ALLOWED),
            "message_zh": _cut(zh, _MESSAGE),
            "message_en": _cut(message, _MESSAGE),
            "problem_count": len(found),
            "problems": listed,
        }
    }


def _message(exc: BaseException) -> str:
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


def http_status(answer: str) -> int:
    """The HTTP status of an answer of `decide`: 200 for a decision, else its document's.

    An error document says 422 for a problem of the request and 500 for an internal error.

    Examples:
        >>> http_status(decide("nope", {}))
        422
        >>> http_status('{"last_day": "2026-10-08"}')
        200
    """
    if not answer.startswith('{"error":'):
        return 200
    try:
        status = json.loads(answer)["error"]["status"]
    except (ValueError, KeyError, TypeError):
        return INTERNAL_STATUS
    return status if isinstance(status, int) else INTERNAL_STATUS


def _day(value: Any) -> dt.date | None:
    return None if value is None else ecoreg.parse_date(value, field="decided_on")


def _rule_name(rule: object) -> str:
    """``rule`` if it names a rule of `RULES`, else an error listing them (for any value)."""
    name = str.__str__(rule) if isinstance(rule, str) else None
    if name is None or name not in RULES:
        raise _no_rule(rule)
    return name


def _no_rule(rule: object) -> RequestProblemsError:
    names = sorted(RULES)
    return problem(("rule",), "enum", f"one of: {', '.join(names)}", rule, enum=names)


_TOP = ("jurisdiction", "decided_on", "input", "id", "rule")


def decide(rule: object, request: Any, *, book: PolicyBook | None = None) -> str:
    """Answer one request for ``rule``: the decision's JSON text, or an error document's.

    Whatever ``rule`` and ``request`` are, the answer is a document, valid UTF-8, never an
    exception: a problem of the request is answered with its error document (every problem
    found, `error_document`), and any other exception (a bug) with an internal error
    document, its traceback logged on the ``ecoreg.edge`` logger (standard error unless
    logging is configured). `http_status` gives the status to answer with over HTTP.

    ``null`` for an optional field is the same as leaving the field out, at every depth.

    Args:
        rule: A name of `RULES` (any other value is answered with an error document).
        request: The request as parsed JSON (or a JSON text, in UTF-8 if bytes).
        book: The policy book (the standard one by default; add a platform's measures
            with `PolicyBook.extend`).
    """
    try:
        return _decide(rule, request, book)
    except Exception as exc:  # noqa: BLE001 - every exception is answered with a document
        if isinstance(rule, str) and str.__str__(rule) in SECRET_RULES:
            exc = _unechoed(exc)
        return _text(_reported(exc))


def _unechoed(exc: Exception) -> Exception:
    """``exc`` with no value sent in its problems: the request may hold a secret (`SECRET_RULES`).

    Every problem keeps its path, code and what is allowed; its value is not echoed (``null``),
    in the problem, its messages and the document's first ``value``, wherever the value was.
    """
    if not isinstance(exc, InvalidInputError):
        return exc
    found, kind, _ = problems_of(exc)
    return _UnechoedError([attrs.evolve(p, value=ABSENT) for p in found], kind=kind)


class _UnechoedError(RequestProblemsError):
    """The problems of a request that may hold a secret: its message names no value."""

    def __str__(self) -> str:
        return f"{self.field}: {self.allowed} (the value sent is not echoed)"


def _names_secret_rule(line: str | bytes | bytearray) -> bool:
    """Whether a stream line names a rule of `SECRET_RULES` anywhere (read before it parses)."""
    if isinstance(line, str):
        return any(name in line for name in SECRET_RULES)
    return any(name.encode("ascii") in line for name in SECRET_RULES)


def _reported(exc: BaseException) -> dict[str, Any]:
    """The error document of ``exc``; an internal error's traceback is logged, not answered."""
    if not isinstance(exc, EcoregError):
        _log.error("internal error answered with an error document", exc_info=exc)
    try:
        return error_document(exc)
    except Exception as failed:  # noqa: BLE001 - the last resort: a document all the same
        _log.error("the error document could not be built", exc_info=failed)
        return error_document(RuntimeError())


def _decide(rule: object, request: Any, book: PolicyBook | None) -> str:  # noqa: C901 - the request's checks, each reporting its problems
    if isinstance(request, str | bytes | bytearray):
        request = _parse_request(request)
    elif isinstance(request, dict):
        request = _plain(request)
    name = _rule_name(rule)
    if not isinstance(request, dict):
        raise problem((), "type", "a JSON object", request, type="object")
    found = [
        Problem(
            (key,),
            "unknown_key",
            {"keys": list(_TOP)},
            "jurisdiction, decided_on, input (and id, rule on a stream)",
            request[key],
        )
        for key in sorted(set(request) - set(_TOP))
    ]
    data = request.get("input")
    data = {} if data is None else data
    if not isinstance(data, dict):
        found.append(Problem(("input",), "type", {"type": "object"}, "a JSON object", data))
    jurisdiction = request.get("jurisdiction")
    if jurisdiction is not None and not isinstance(jurisdiction, str):
        found.append(Problem(("jurisdiction",), "type", {"type": "string"}, "a str", jurisdiction))
    decided_on = None
    try:
        decided_on = _day(request.get("decided_on"))
    except InvalidInputError as exc:
        code, allowed = classify(exc.allowed, type(exc))
        found.append(Problem(("decided_on",), code, allowed, exc.allowed, exc.value))
    if found and not isinstance(data, dict):
        raise RequestProblemsError(found)
    parsed = _Request(
        data={k: v for k, v in data.items() if v is not None},  # null is the same as absent
        jurisdiction=jurisdiction,
        decided_on=decided_on,
        book=book or ecoreg.standard_policy_book(),
    )
    if found:
        try:
            RULES[name](parsed)
        except RequestProblemsError as exc:
            found.extend(exc.found)
        except EcoregError:
            pass  # the request's own problems come first
        raise RequestProblemsError(found)
    return _text(RULES[name](parsed))


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
        raise problem(
            (),
            "too_large",
            f"at most {MAX_REQUEST_BYTES} bytes",
            f"{size} bytes",
            max_bytes=MAX_REQUEST_BYTES,
        )
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = exc.object[max(exc.start - 20, 0) : exc.end + 20]
            raise problem((), "not_json", _UTF8, f"{bad!r} (byte {exc.start})") from None
    elif _utf8(text) != text:
        raise problem((), "not_json", f"{_UTF8} (no lone surrogate such as U+D800)", text)
    try:
        return json.loads(text)
    except RecursionError:
        raise problem(
            (),
            "too_deep",
            f"arrays and objects nested at most {MAX_DEPTH} deep",
            max_depth=MAX_DEPTH,
        ) from None
    except ValueError as exc:
        raise problem((), "not_json", "one JSON object", str(exc)[:120]) from None


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
            raise InvalidTypeError(field="request", value=line, allowed="a line (str or bytes)")  # noqa: TRY301 - answered below, as every line
        if not line.strip():
            return
        request = _json(line.strip())
        rule = None
        if isinstance(request, dict):
            ident = _plain(request.get("id"), ("id",))  # checked first: every answer echoes it
            rule = request.get("rule")
        if not isinstance(rule, str):
            raise _no_rule(rule)  # noqa: TRY301 - answered below, as every line
        answer = json.loads(decide(rule, request, book=book))
    except Exception as exc:  # noqa: BLE001 - the stream never dies: every line is answered
        if isinstance(line, str | bytes | bytearray) and _names_secret_rule(line):
            exc = _unechoed(exc)
        answer = _reported(exc)
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
        data = _plain(data, ("policy",))
    return (book or ecoreg.standard_policy_book()).extend(data)


check_public(
    globals(),
    ("decide", "error_document", "http_status", "load_policy_file", "parse_request", "serve_lines"),
)
