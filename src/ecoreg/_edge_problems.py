"""The error documents of the JSON edge: every problem of a request, for programs.

A problem names where it is (a JSONPath into the request, ``$.input.case.kind``), what is
wrong (a stable ``code``), what is allowed (an object: ``type``, ``enum``, ``minimum`` …),
the value as sent (cut) and two messages: one wholly in Chinese, one wholly in English.
`error_document` builds the document for any exception: an ecoreg error is the request's
fault (``status`` 422), anything else is an internal error (``status`` 500) whose document
holds no traceback and no detail of the exception.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

import attrs

from ecoreg.exceptions import (
    EcoregError,
    InvalidInputError,
    InvalidMoneyError,
    InvalidPeriodError,
    InvalidTimeError,
    InvalidTypeError,
    PolicyError,
    UnknownJurisdictionError,
)
from ecoreg.exceptions import _show as show_value

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


class _Absent:
    """The value of a problem about a value that is not there (a missing key)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
"""The value of a missing value's problem."""

SHOWN = 80
"""An echoed value, and each key of a path, is cut to this many characters."""

MAX_PROBLEMS = 50
"""An error document lists at most this many problems (``problem_count`` counts them all)."""

INPUT_STATUS = 422
INTERNAL_STATUS = 500

_TYPES_ZH = {
    "string": "文本",
    "integer": "整数",
    "number": "数字",
    "boolean": "布尔值",
    "object": "对象",
    "array": "数组",
    "null": "空值",
}

_PYDANTIC_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "dictionary": "object",
    "object": "object",
    "list": "array",
    "tuple": "array",
    "set": "array",
    "frozenset": "array",
    "array": "array",
    "date": "string",
    "datetime": "string",
    "decimal": "string",
}

_PYTHON_TYPES = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "dict": "object",
    "mapping": "object",
    "list": "array",
    "tuple": "array",
}

_QUOTED = re.compile(r"'((?:[^'\\]|\\.)*)'")
_ENUM = re.compile(r"^(?:Input should be|one of) ('.*')$|^one of \[('.*')\]$", re.DOTALL)
_TYPE = re.compile(r"^Input should be a valid (\w+)|^an? (str|int|float|bool|dict|list|tuple)$")
_RANGE = re.compile(
    r"^Input should be (greater|less) than( or equal to)? (-?[\d.]+(?:e[+-]?\d+)?)$"
)
_LENGTH = re.compile(
    r"^(String|List|Tuple|Dictionary|Set|Value) should have at (least|most) (\d+) (?:item|character)"
)
_PATTERN = re.compile(r"^String should match pattern '(.*)'$", re.DOTALL)
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'"}


def utf8(text: str) -> str:
    r"""``text`` with every lone surrogate written as its escape (``\ud800``): valid UTF-8."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def cut(text: str, limit: int = SHOWN) -> str:
    """``text`` as valid UTF-8, cut to ``limit`` characters (with "…" where it was cut)."""
    text = utf8(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_path(parts: Sequence[str | int]) -> str:
    r"""The JSONPath (RFC 9535) of ``parts``: ``$.input.case.kind``, ``$.input.alerts[0]``.

    A key that is not a plain name is written in brackets (``$['a.b']``); a key longer than
    80 characters is cut (ending in "…").

    Examples:
        >>> json_path(("input", "history", 0, "type"))
        '$.input.history[0].type'
        >>> print(json_path(("input", "a b", "it's")))
        $.input['a b']['it\'s']
        >>> json_path(())
        '$'
    """
    out = ["$"]
    for part in parts:
        if isinstance(part, int):
            out.append(f"[{part}]")
            continue
        key = cut(part)
        if _IDENTIFIER.match(key):
            out.append(f".{key}")
        else:
            escaped = "".join(
                _ESCAPES.get(c) or (c if c >= " " else f"\\u{ord(c):04x}") for c in key
            )
            out.append(f"['{escaped}']")
    return "".join(out)


def dotted(parts: Sequence[str | int]) -> str | None:
    """The project's older dotted field (``input.case.kind``), as the document's ``field``."""
    return ".".join(cut(str(p)) for p in parts) if parts else "request"


def json_type(value: object) -> str:  # noqa: PLR0911 - one answer per JSON type
    """The JSON type of a plain value (``string``, ``integer`` …; ``other`` for the rest)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return "other"


@attrs.frozen
class Problem:
    """One problem of a request.

    Attributes:
        path: Where, as keys and indices from the request's root.
        code: What is wrong (see ``docs/errors.md``: ``unknown_key``, ``missing``, ``type`` …).
        allowed: What is allowed, machine-readable (``type``, ``enum``, ``minimum`` …).
        described: What is allowed, in English words (the older ``allowed`` text).
        value: The value as sent (`ABSENT` for a missing one).
    """

    path: tuple[str | int, ...]
    code: str
    allowed: dict[str, Any]
    described: str
    value: Any = ABSENT

    def document(self) -> dict[str, Any]:
        """The problem as its error document lists it."""
        out: dict[str, Any] = {"path": json_path(self.path), "code": self.code}
        if self.value is not ABSENT:
            out["value_type"] = json_type(self.value)
            out.update(_echo(self.value))
        else:
            out["value"] = None
        out["allowed"] = self.allowed
        out["message_zh"] = message_zh(self)
        out["message_en"] = message_en(self)
        return out


class RequestProblemsError(InvalidInputError):
    """Every problem found in one request: an `InvalidInputError` whose first field is the first.

    ``problems`` keeps ecoreg's `FieldProblem` form (dotted fields); ``found`` the structured
    `Problem` list the error document lists.
    """

    def __init__(self, found: Sequence[Problem], *, kind: str = "InvalidInputError") -> None:
        first = found[0]
        value = None if first.value is ABSENT else first.value
        super().__init__(
            field=dotted(first.path) or "request", value=value, allowed=first.described
        )
        self.found: tuple[Problem, ...] = tuple(found)
        self.kind = kind


def problem(
    path: Sequence[str | int],
    code: str,
    described: str,
    value: Any = ABSENT,
    **allowed: Any,
) -> RequestProblemsError:
    """The error of one problem (raised by the edge's own checks)."""
    return RequestProblemsError([Problem(tuple(path), code, allowed, described, value)])


def _echo(value: Any) -> dict[str, Any]:  # noqa: PLR0911 - one form per kind of value
    """The value as a problem echoes it: a scalar whole, text or an object or array cut."""
    if value is None or isinstance(value, bool | float):
        return {"value": value}
    if isinstance(value, int):
        return {"value": value if -(2**63) <= value < 2**63 else cut(show_value(value))}
    if isinstance(value, str):
        text = utf8(value)
        if len(text) <= SHOWN:
            return {"value": text}
        return {"value": cut(text), "value_length": len(value)}
    if isinstance(value, dict | list | tuple):
        shown = utf8(_json_preview(value))
        if len(shown) <= SHOWN:
            return {"value": shown}
        return {"value": cut(shown), "value_length": len(value)}
    return {"value": cut(show_value(value))}


def _json_preview(value: Any) -> str:
    """The compact JSON text of ``value``, stopped just past `SHOWN` characters."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=show_value)
    text = ""
    try:
        for chunk in encoder.iterencode(value):
            text += chunk
            if len(text) > SHOWN:
                break
    except (ValueError, RecursionError):
        return cut(show_value(value))
    return text


def _parse_enum(text: str) -> list[str] | None:
    match = _ENUM.match(text)
    if match is None:
        return None
    return [v.replace("\\'", "'") for v in _QUOTED.findall(match.group(1) or match.group(2))]


def classify(  # noqa: C901, PLR0911, PLR0912 - one branch per kind of message
    described: str, error: type[Exception] = InvalidInputError
) -> tuple[str, dict[str, Any]]:
    """The code and the machine-readable ``allowed`` of a problem described in English.

    Pydantic's messages (``Input should be a valid integer``) and the edge's own words give
    a precise code; any other refusal by a rule is ``invalid`` (or ``date``, ``money``,
    ``period`` after the class of the ecoreg error), with the words as ``description``.

    Examples:
        >>> classify("Input should be 'none', 'slight' or 'harmful'")
        ('enum', {'enum': ['none', 'slight', 'harmful']})
        >>> classify("Input should be less than or equal to 5")
        ('range', {'maximum': 5})
        >>> classify("String should have at least 1 character")
        ('too_short', {'min_length': 1})
    """
    text = described.strip()
    if text == "Extra inputs are not permitted":
        return "unknown_key", {}
    if text in {"a value (required)", "Field required"}:
        return "missing", {}
    enum = _parse_enum(text)
    if enum is not None:
        return "enum", {"enum": enum}
    if match := _TYPE.match(text):
        word = (match.group(1) or match.group(2) or "").lower()
        kind = _PYDANTIC_TYPES.get(word) or _PYTHON_TYPES.get(word)
        if kind is not None:
            return "type", {"type": kind}
    if match := _RANGE.match(text):
        bound = _number(match.group(3))
        side = "minimum" if match.group(1) == "greater" else "maximum"
        if not match.group(2):
            side = "exclusive_" + side
        return "range", {side: bound}
    if match := _LENGTH.match(text):
        key = "min_length" if match.group(2) == "least" else "max_length"
        return ("too_short" if key == "min_length" else "too_long"), {key: int(match.group(3))}
    if match := _PATTERN.match(text):
        return "pattern", {"type": "string", "pattern": match.group(1)}
    if issubclass(error, InvalidTypeError):
        return "type", {"description": described}
    if issubclass(error, InvalidMoneyError):
        return "money", {"description": described}
    if issubclass(error, InvalidTimeError):
        return "date", {"description": described}
    if issubclass(error, InvalidPeriodError):
        return "period", {"description": described}
    return "invalid", {"description": described}


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)


def _names(values: Iterable[object]) -> str:
    return "、".join(cut(str(v)) for v in values)


def message_zh(p: Problem) -> str:  # noqa: PLR0911 - one sentence per code
    """The problem in Chinese: its path, then what is wrong (codes and values as sent)."""
    where = json_path(p.path)
    a = p.allowed
    if p.code == "unknown_key":
        keys = a.get("keys")
        more = f"（可用的键：{_names(keys)}）" if keys else ""
        return f"{where}：不认识的键，本规则不读取它{more}"
    if p.code == "missing":
        return f"{where}：缺少必填的值（空值视同未填）"
    if p.code == "type":
        kinds = a.get("type")
        if kinds is None:
            return f"{where}：值的类型不对"
        names = _names(_TYPES_ZH.get(k, k) for k in ([kinds] if isinstance(kinds, str) else kinds))
        return f"{where}：值的类型不对，应为{names}"
    if p.code == "enum":
        return f"{where}：不是允许的值之一（允许的值：{_names(a.get('enum', []))}）"
    if p.code == "range":
        bounds = [
            f"{word}{a[key]}"
            for key, word in (
                ("minimum", "不小于 "),
                ("exclusive_minimum", "大于 "),
                ("maximum", "不大于 "),
                ("exclusive_maximum", "小于 "),
            )
            if key in a
        ]
        return f"{where}：超出允许的范围（应{'，且'.join(bounds)}）"
    if p.code == "too_short":
        return f"{where}：长度不足（至少 {a.get('min_length')} 个）"
    if p.code == "too_long":
        return f"{where}：长度超出上限（至多 {a.get('max_length')} 个）"
    if p.code == "pattern":
        return f"{where}：格式不符（须匹配正则表达式 {a.get('pattern')}）"
    return f"{where}：{_ZH.get(p.code, '该值不被接受')}"


_ZH = {
    "date": "不是可用的日期或时刻（日期写作 年-月-日，如 2026-03-10）",
    "money": "不是精确到分的金额（应为十进制文本或整数，不得为浮点数）",
    "period": "期间的长度或单位超出允许的范围",
    "invalid": "该值不被规则接受",
    "policy": "适用的政策无法对此作出决定（辖区或决定日期下缺少所需的政策）",
    "not_json": "请求不是以 UTF-8 编码的合法 JSON 文本",
    "too_large": "请求超出大小上限",
    "too_deep": "数组和对象的嵌套层数超出上限",
    "internal": "内部错误：未能作出决定，并非请求有误（详情见服务端日志）",
}


def message_en(p: Problem) -> str:
    """The problem in English: its path, then what is wrong and what is allowed."""
    where = json_path(p.path)
    if p.code == "unknown_key":
        keys = p.allowed.get("keys")
        more = f" (its keys: {', '.join(cut(str(k)) for k in keys)})" if keys else ""
        return f"{where}: an unknown key, which this rule does not read{more}"
    if p.code == "missing":
        return f"{where}: a value is required (null counts as absent)"
    shown = "" if p.value is ABSENT else f" {show_value(p.value)} is not allowed;"
    return cut(f"{where}:{shown} {p.described}", 1000)


def problems_of(exc: BaseException) -> tuple[list[Problem], str, int]:
    """The problems, the error's kind and the status of any exception."""
    if isinstance(exc, RequestProblemsError):
        return list(exc.found), exc.kind, INPUT_STATUS
    if isinstance(exc, InvalidInputError):
        found = []
        for fp in exc.problems:
            code, allowed = classify(fp.allowed, type(exc))
            found.append(Problem(_parts(fp.field), code, allowed, fp.allowed, fp.value))
        return found, type(exc).__name__, INPUT_STATUS
    if isinstance(exc, PolicyError):
        described = _message(exc)
        if isinstance(exc, UnknownJurisdictionError):
            values = _QUOTED.findall(exc.allowed or "")
            return (
                [Problem(("jurisdiction",), "enum", {"enum": values}, described, exc.value)],
                type(exc).__name__,
                INPUT_STATUS,
            )
        path: tuple[str | int, ...] = (
            (exc.field,) if exc.field in {"jurisdiction", "decided_on"} else ()
        )
        return (
            [Problem(path, "policy", {"description": cut(described, 1000)}, described)],
            type(exc).__name__,
            INPUT_STATUS,
        )
    if isinstance(exc, EcoregError):
        described = _message(exc)
        return (
            [Problem((), "invalid", {"description": cut(described, 1000)}, described)],
            type(exc).__name__,
            INPUT_STATUS,
        )
    name = type(exc).__name__
    described = (
        f"an internal error ({name}): the request could not be decided; not a fault of the request"
    )
    return [Problem((), "internal", {}, described)], "InternalError", INTERNAL_STATUS


def _parts(field: str | None) -> tuple[str | int, ...]:
    """The path of an older dotted field (``request`` is the whole request)."""
    if not field or field == "request":
        return ()
    return tuple(int(p) if p.isascii() and p.isdigit() else p for p in field.split("."))


def _message(exc: BaseException) -> str:
    try:
        return str(exc)
    except Exception:  # noqa: BLE001 - an error whose message fails is still reported
        return type(exc).__name__
