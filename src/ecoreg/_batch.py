"""Batches of requests for the edges: many decisions in one HTTP call or one stdio line.

A batch item is a request document with its rule beside it, exactly a line of
``ecoreg serve --stdio``: ``{"id": 7, "rule": "fine", "jurisdiction": "CN", "decided_on":
"2026-03-10", "input": {...}}`` (``id`` is optional and echoed). Each item is decided on its
own by `ecoreg.edge.decide` and answered, in order, as a stdio line answers:
``{"id": …, "result": <decision document>}`` or ``{"id": …, "error": {…}}``, so one bad item
never spoils the others. The result is byte for byte the document ``edge.decide`` answers
for that request alone.

Pure like `ecoreg.edge`: text and data in, text out.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ecoreg import edge
from ecoreg.core._boundary import check_public
from ecoreg.exceptions import EcoregError, InvalidInputError

if TYPE_CHECKING:
    from ecoreg.core._policy import PolicyBook

__all__ = ["MAX_BATCH", "answer_item", "batch_items", "batch_line", "shape", "timed_out_item"]

MAX_BATCH = 100
"""The most items one batch may hold (a larger job is split into several batches)."""


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


_SHOWN_KEYS = 8
"""Keys of an object named when a batch's shape is refused."""


def shape(data: Any) -> str:
    """What a refused batch container or item is, without its values.

    A batch may carry signing keys (``verify-code`` items): an error about the batch's shape
    names the JSON type and an object's first keys, never a value from inside it.

    Examples:
        >>> shape({"requests": [], "extra": {"key": "s3cret"}})
        'a JSON object with the keys extra, requests'
        >>> shape([1, 2]), shape("x")
        ('a JSON array of 2 items', 'a JSON string')
    """
    if isinstance(data, dict):
        keys = sorted(str(k) for k in data)
        more = f" … ({len(keys)} in all)" if len(keys) > _SHOWN_KEYS else ""
        named = ", ".join(k[:32] for k in keys[:_SHOWN_KEYS])
        return f"a JSON object with the keys {named}{more}" if keys else "an empty JSON object"
    if isinstance(data, list):
        return f"a JSON array of {len(data)} items"
    kinds = {str: "string", bool: "boolean", int: "number", float: "number", type(None): "null"}
    return f"a JSON {kinds.get(type(data), 'value')}"


def batch_items(data: Any, *, field: str) -> list[Any]:
    """The items of a parsed batch (a JSON array), or an error naming ``field``.

    Raises:
        InvalidInputError: for anything but an array of at most `MAX_BATCH` items.
    """
    if not isinstance(data, list):
        raise InvalidInputError(
            field=field, value=shape(data), allowed="an array of requests, each with its rule"
        )
    if len(data) > MAX_BATCH:
        raise InvalidInputError(
            field=field, value=f"{len(data)} items", allowed=f"at most {MAX_BATCH} items"
        )
    return data


def _ident(item: Any) -> Any:
    """The item's ``id`` (``null`` without one), as the answer echoes it."""
    return item.get("id") if isinstance(item, dict) else None


def _line(ident: Any, answer: str) -> str:
    """One item's answer from ``edge.decide``'s text: the document kept byte for byte."""
    head = '{"id":' + _dumps(ident)
    if answer.startswith('{"error":'):
        return head + "," + answer[1:]
    return head + ',"result":' + answer + "}"


def answer_item(item: Any, book: PolicyBook | None = None) -> tuple[str, bool]:
    """The answer to one batch item (parsed JSON data) as JSON text, and whether it decided.

    Never an exception: an item that cannot be decided gets its error document.

    Examples:
        >>> answer_item({"id": "a", "rule": "nope"})[0][:38]
        '{"id":"a","error":{"kind":"InvalidInpu'
        >>> answer_item(3)[1]
        False
    """
    ident = _ident(item)
    try:
        if not isinstance(item, dict):
            raise InvalidInputError(
                field="request", value=shape(item), allowed="a JSON object with its rule"
            )
        rule = item.get("rule")
        if not isinstance(rule, str):
            raise InvalidInputError(
                field="rule",
                value=rule if rule is None else shape(rule),
                allowed=f"one of {sorted(edge.RULES)}",
            )
        answer = edge.decide(rule, item, book=book)
    except EcoregError as exc:
        answer = _dumps(edge.error_document(exc))
    return _line(ident, answer), not answer.startswith('{"error":')


def timed_out_item(item: Any, error: Exception, status: int) -> str:
    """The answer to an item that was not decided within the batch's time limit.

    ``status`` is the HTTP status the error would have alone, which its document names.
    """
    return _line(_ident(item), _dumps(edge.error_document(error, status=status)))


def batch_line(line: str | bytes | bytearray, book: PolicyBook | None = None) -> str:
    """The answer line to one stdio line that is a batch (a JSON array of items).

    The answer is a JSON array of the items' answers, in order; a line that is not a batch
    (not JSON, not an array, more than `MAX_BATCH` items) gets one error line,
    ``{"id": null, "error": {…}}``, as a bad stdio line does.

    Examples:
        >>> batch_line('[{"id": 1, "rule": "nope"}, 5]').count('"error"')
        2
        >>> batch_line("[1, 2")[:20]
        '{"id":null,"error":{'
    """
    try:
        items = batch_items(edge.parse_request(line), field="batch")
    except EcoregError as exc:
        return _line(None, _dumps(edge.error_document(exc)))
    return "[" + ",".join(answer_item(item, book)[0] for item in items) + "]"


check_public(globals(), ("answer_item", "batch_items", "batch_line", "shape", "timed_out_item"))
