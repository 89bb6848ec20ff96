"""The public boundary: every argument's Python type is checked once, the same way everywhere.

`checked` wraps a public function. On each call it matches every argument
against the function's annotations and raises `ecoreg.exceptions.InvalidTypeError`
(an `InvalidInputError` that is also a ``TypeError``) naming the argument, the
value and the types allowed, before the function's own code runs. It does not
convert anything: parsing (dates from strings, yuan from decimal strings) stays
with the functions, which report the values they refuse.

Arguments that ecoreg's own parsers take as text too (yuan as ``Decimal | int |
str``, dates as ``dt.date | str``) are left to those parsers, which explain
better why a float is no amount or a naive datetime no instant.

What is checked: plain classes (``bool`` never passes for ``int``), unions,
``None``, literals, enums (a member or its value), runtime-checkable protocols,
and containers (a ``list``/``tuple``/``Sequence``/``Iterable`` argument given as a
list or tuple has every item checked; a ``str`` is never a sequence of items;
``Mapping`` values are checked). What cannot be checked (``numpy.typing.ArrayLike``)
is left to the function.
"""

from __future__ import annotations

import collections.abc as cabc
import datetime as dt
import functools
import importlib
import inspect
import sys
import types
import typing
from decimal import Decimal
from enum import Enum
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    ParamSpec,
    TypeVar,
    Union,
    get_args,
    get_origin,
    overload,
)

from ecoreg.exceptions import InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["MAX_ITEMS", "check_public", "checked", "unicode_text", "whole_number"]

P = ParamSpec("P")
R = TypeVar("R")

_SEQUENCES = (list, tuple, cabc.Sequence, cabc.Iterable, cabc.Collection)


_BASE_NAMES: dict[str, Any] = {
    **{name: getattr(cabc, name) for name in cabc.__all__},
    "Any": Any,
    "dt": dt,
    "Decimal": Decimal,
}
"""Names that annotations use but modules import only for type checking."""

_PACKAGES = ("core", "penalties", "payment", "grading", "alerts", "monitoring", "inspections")
"""The packages whose classes annotations name (loaded by name, at run time, only when an
annotation names a class not loaded yet: the boundary sits below them)."""


def _namespace(fn: Callable[..., Any]) -> dict[str, Any]:
    """Names an annotation may use: every loaded ecoreg module's globals, then the function's."""
    names: dict[str, Any] = dict(_BASE_NAMES)
    for name, module in list(sys.modules.items()):
        if name == "ecoreg" or name.startswith("ecoreg."):
            names.update(vars(module))
    names.update(getattr(fn, "__globals__", {}))
    return names


def _hints(fn: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(fn, globalns=_namespace(fn))
    except NameError:
        # A class named only for type checking lives in a core module not loaded yet (names
        # load on first use): load the core and resolve again.
        for package in _PACKAGES:
            exports = importlib.import_module(f"ecoreg.{package}")._EXPORTS  # noqa: SLF001
            for module in exports:
                importlib.import_module(module)
        import numpy.typing as npt  # noqa: PLC0415 - only annotations need it

        return typing.get_type_hints(fn, globalns={**_namespace(fn), "npt": npt})


def _instance(value: object, cls: type) -> bool:
    try:
        return isinstance(value, cls)
    except TypeError:  # a protocol that cannot be checked at run time
        return True


def _matches(value: object, hint: Any) -> bool:  # noqa: C901, PLR0911, PLR0912 - one branch per kind of annotation
    if hint is Any or hint is object:
        return True
    if hint is None or hint is type(None):
        return value is None
    origin = get_origin(hint)
    args = get_args(hint)
    if origin is Union or origin is types.UnionType:
        return any(_matches(value, a) for a in args)
    if origin is Literal:
        return any(value == a and type(value) is type(a) for a in args)
    if origin is typing.Annotated:
        return _matches(value, args[0])
    if origin is not None:
        if not isinstance(origin, type):
            return True
        if origin in _SEQUENCES and isinstance(value, str | bytes):
            return False
        if not _instance(value, origin):
            return False
        if origin in _SEQUENCES and args and not isinstance(value, list | tuple):
            if iter(value) is value:  # type: ignore[call-overload]
                return True  # a one-shot iterator: its items are checked where it is consumed
            value = list(value)  # type: ignore[call-overload]
        if isinstance(value, list | tuple) and origin in _SEQUENCES and args:
            item = (
                args[0] if origin is not tuple or args[-1] is Ellipsis or len(args) == 1 else None
            )
            if item is None:
                return len(value) == len(args) and all(
                    _matches(v, a) for v, a in zip(value, args, strict=True)
                )
            return all(_matches(v, item) for v in value)
        if isinstance(value, cabc.Mapping) and len(args) == 2:
            return all(_matches(k, args[0]) and _matches(v, args[1]) for k, v in value.items())
        return True
    if isinstance(hint, TypeVar):
        return True
    if not isinstance(hint, type):
        return True
    if hint is int and isinstance(value, bool):
        return False
    if issubclass(hint, Enum) and not isinstance(value, hint):
        return any(value == member.value for member in hint)
    return _instance(value, hint)


def _a(name: str) -> str:
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def describe_type(hint: Any) -> str:  # noqa: PLR0911 - one return per kind of annotation
    """A type annotation in words, as an error's ``allowed`` says it (``int`` → ``an int``)."""
    origin = get_origin(hint)
    args = get_args(hint)
    if hint is Any:
        return "values"
    if hint is None or hint is type(None):
        return "None"
    if origin is Union or origin is types.UnionType:
        return " or ".join(describe_type(a) for a in args)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin is typing.Annotated:
        return describe_type(args[0])
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        if args and args[0] is not Ellipsis:
            item = describe_type(args[0])
            return f"{_a(name)} of {item.removeprefix('a ').removeprefix('an ')}"
        return _a(name)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return f"{_a(hint.__name__)} ({', '.join(repr(m.value) for m in hint)})"
    return _a(getattr(hint, "__name__", str(hint)))


def _parsed(hint: Any) -> bool:
    """Whether ecoreg's own parser takes the argument (yuan, dates and instants as text too).

    Such an argument (``Decimal | int | str``, ``dt.date | str`` …) is left to
    `ecoreg.parse_yuan`, `ecoreg.parse_date` or `ecoreg.parse_instant`, which name
    the argument and explain what is allowed (a float is not money, a naive
    datetime is no instant) better than a type check can.
    """
    if get_origin(hint) not in (Union, types.UnionType):
        return False
    args = set(get_args(hint))
    return str in args and bool(args & {Decimal, dt.date, dt.datetime})


_TYPE_ERRORS: dict[str, type[InvalidInputError]] = {}


def _type_error(domain: type[InvalidInputError]) -> type[InvalidInputError]:
    """An error that is both ``domain`` (e.g. `InvalidPeriodError`) and `InvalidTypeError`."""
    if domain is InvalidInputError or issubclass(domain, InvalidTypeError):
        return InvalidTypeError
    name = domain.__name__.removesuffix("Error") + "TypeError"
    if name not in _TYPE_ERRORS:
        _TYPE_ERRORS[name] = type(name, (domain, InvalidTypeError), {"__module__": __name__})
    return _TYPE_ERRORS[name]


@overload
def checked(fn: Callable[P, R], /) -> Callable[P, R]: ...


@overload
def checked(
    **errors: type[InvalidInputError],
) -> Callable[[Callable[P, R]], Callable[P, R]]: ...


def checked(
    fn: Callable[P, R] | None = None, /, **errors: type[InvalidInputError]
) -> Callable[P, R] | Callable[[Callable[P, R]], Callable[P, R]]:
    """Check the Python type of every argument of ``fn`` against its annotations.

    Used bare (``@checked``) a wrong type raises `InvalidTypeError`; with keyword
    arguments (``@checked(days=InvalidPeriodError)``) the error for that argument is
    also of the domain class the function raised for it before, so callers catching
    either keep working.

    Examples:
        >>> from ecoreg import chinese_numeral
        >>> chinese_numeral([])
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidTypeError: number: [] is not allowed; an int
    """
    if fn is None:
        return functools.partial(_wrap, errors=errors)
    return _wrap(fn, errors={})


def _wrap(fn: Callable[P, R], *, errors: dict[str, type[InvalidInputError]]) -> Callable[P, R]:
    signature = inspect.signature(fn)
    positional = [
        p.name
        for p in signature.parameters.values()
        if p.kind in {inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD}
    ]
    resolved: dict[str, Any] = {}
    skipped = {inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL}

    def check(name: str, value: object) -> None:
        hint = resolved.get(name)
        if hint is not None and not _matches(value, hint):
            error = _type_error(errors.get(name, InvalidInputError))
            raise error(field=name, value=value, allowed=describe_type(hint))

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if not resolved:
            resolved.update(
                {
                    name: hint
                    for name, hint in _hints(fn).items()
                    if name in signature.parameters
                    and name not in {"self", "cls"}
                    and signature.parameters[name].kind not in skipped
                    and not _parsed(hint)
                }
            )
            resolved.setdefault("", None)  # resolved once, even for a function with no checks
        for name, value in zip(positional, args, strict=False):
            check(name, value)
        for name, value in kwargs.items():
            check(name, value)
        return fn(*args, **kwargs)

    return wrapper


MAX_ITEMS = 10_000_000
"""The most items any sequence argument may hold (a day of a province's monitoring data is
about five million values): a longer one is refused before any work, not materialised."""


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (``"\\ud800"``), which no UTF-8 can carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def unicode_text(
    value: str, field: str, error: type[InvalidInputError] = InvalidInputError
) -> str:
    """``value`` if it is text UTF-8 can carry: a lone surrogate is refused, never encoded.

    Raises:
        InvalidInputError: (or ``error``) naming ``field``.

    Examples:
        >>> unicode_text("\\ud800", "seed")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: seed: '\\ud800' is not allowed; text that is valid Unicode (no lone surrogate such as U+D800)
    """
    if has_lone_surrogate(value):
        raise error(
            field=field,
            value=value,
            allowed="text that is valid Unicode (no lone surrogate such as U+D800)",
        )
    return value


def whole_number(
    value: int,
    field: str,
    low: int,
    high: int,
    error: type[InvalidInputError] = InvalidInputError,
) -> int:
    """``value`` if it lies from ``low`` to ``high``; its type is checked at the public boundary.

    Raises:
        InvalidInputError: (or ``error``) naming ``field`` and the range.

    Examples:
        >>> whole_number(0, "points", 1, 10)
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: points: 0 is not allowed; a whole number from 1 to 10
    """
    if not low <= value <= high:
        raise error(field=field, value=value, allowed=f"a whole number from {low} to {high}")
    return value


def check_public(
    namespace: dict[str, Any],
    names: tuple[str, ...],
    errors: dict[str, dict[str, type[InvalidInputError]]] | None = None,
) -> None:
    """Put the boundary check on the public functions ``names`` of a module, after their definition.

    Called once at the end of a module (``check_public(globals(), (...))``): the same as
    decorating each function with `checked`, but it leaves the definitions plain, so tools
    that rewrite plain functions (mutation testing) still reach them. ``errors`` gives, per
    function, the domain error class of an argument (see `checked`).
    """
    for name in names:
        namespace[name] = _wrap(namespace[name], errors=(errors or {}).get(name, {}))
