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
import itertools
import sys
import threading
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

__all__ = [
    "MAX_ITEMS",
    "check_class",
    "check_public",
    "checked",
    "index_in",
    "unicode_text",
    "whole_number",
]

P = ParamSpec("P")
R = TypeVar("R")
C = TypeVar("C")

MAX_ITEMS = 10_000_000
"""The most items any sequence argument may hold (a day of a province's monitoring data is
about five million values): a longer one is refused before any work, not materialised."""


def has_lone_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone surrogate (U+D800 to U+DFFF alone), which UTF-8 cannot carry."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


_SEQUENCES = frozenset({list, tuple, cabc.Sequence, cabc.Iterable, cabc.Collection})
_ITERATOR_TAKERS = _SEQUENCES | {Union, types.UnionType}
"""Annotations an iterator may be given for (its items are then taken at the boundary)."""


def iter_once(value: object) -> bool:
    """Whether ``value`` is a one-shot iterator (a generator, ``iter(...)``, a file)."""
    if not hasattr(type(value), "__next__"):
        return False
    try:
        return iter(value) is value  # type: ignore[call-overload]
    except Exception:  # noqa: BLE001 - an object whose __iter__ fails is no iterator
        return False


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


class _TooLargeError(Exception):
    """A sequence argument longer than `MAX_ITEMS` (refused before it is materialised)."""

    def __init__(self, size: object) -> None:
        super().__init__(size)
        self.size = size


def _items(value: object) -> list[Any] | tuple[Any, ...]:
    """The items of a sized sequence argument, refused past `MAX_ITEMS` before they are read."""
    if isinstance(value, list | tuple):
        if len(value) > MAX_ITEMS:
            raise _TooLargeError(len(value))
        return value
    size = len(value)  # type: ignore[arg-type] # a range, a deque, a custom Sequence
    if size > MAX_ITEMS:
        raise _TooLargeError(size)
    items: list[Any] = list(value)  # type: ignore[call-overload]
    return items


def _sequence(value: object, origin: type, args: tuple[Any, ...]) -> bool:
    if isinstance(value, str | bytes) or not _instance(value, origin):
        return False
    if iter_once(value):
        return False  # inside another argument: checking it would consume it
    if not args:
        return True
    items = _items(value)
    item = args[0] if origin is not tuple or args[-1] is Ellipsis or len(args) == 1 else None
    if item is None:
        return len(items) == len(args) and all(
            _matches(v, a) for v, a in zip(items, args, strict=True)
        )
    if len(items) > _WHOLE_COLUMN and _plain_column(items, item):
        return True
    return all(_matches(v, item) for v in items)


_WHOLE_COLUMN = 64
"""From this many items, a column of one plain type is checked at once (`_plain_column`)."""
_PLAIN = (str, int, float, bool)


def _plain_column(items: list[Any] | tuple[Any, ...], item: Any) -> bool:
    """Whether every item is of one plain type the annotation ``item`` takes as such (no loop).

    A column of ``str`` (no lone surrogate), ``int``, ``float`` or ``bool`` exactly, where
    ``item`` is that type or a union with it as an arm, matches whatever its values; anything
    else (subclasses, enum members, mixed types) is left to the item-by-item check.
    """
    kinds = set(map(type, items))
    if len(kinds) != 1:
        return False
    (kind,) = kinds
    if kind not in _PLAIN:
        return False
    arms = get_args(item) if get_origin(item) in {Union, types.UnionType} else (item,)
    if kind not in arms and not (kind is int and float in arms):
        return False
    return kind is not str or not has_lone_surrogate("".join(items))


_MAX_NESTING = 32
"""The deepest nesting of an array-like argument (NumPy allows 32 dimensions)."""


def _is_nested_sequence(hint: Any) -> bool:
    return getattr(get_origin(hint), "__name__", "") == "_NestedSequence"


def _nested(value: object, leaves: tuple[Any, ...], depth: int) -> bool:
    """A sequence (a list, a tuple, a range …) whose items are ``leaves`` or such sequences."""
    if isinstance(value, str | bytes) or not isinstance(value, cabc.Sequence):
        return False
    if depth >= _MAX_NESTING:
        return False
    return all(  # None is a missing value (NaN), as the array functions read it
        v is None or any(_matches(v, leaf) for leaf in leaves) or _nested(v, leaves, depth + 1)
        for v in _items(value)
    )


def _member(value: object, hint: type[Enum]) -> bool:
    """A member of ``hint``, or the plain ``str``/``int`` value of one (not a NumPy scalar)."""
    if isinstance(value, hint):
        return True
    if isinstance(value, str) or (type(value) is int):
        return value in hint._value2member_map_  # Enum's own value index
    return False


def _matches(value: object, hint: Any) -> bool:  # noqa: C901, PLR0911, PLR0912 - one branch per kind of annotation
    if hint is Any or hint is object:
        return True
    if hint is None or hint is type(None):
        return value is None
    if type(value) is hint and hint is not str:  # the common case, at once
        return True
    origin = get_origin(hint)
    args = get_args(hint)
    if origin is Union or origin is types.UnionType:
        nested = [a for a in args if _is_nested_sequence(a)]
        if nested:  # NumPy's ArrayLike: any of its leaves, or sequences nesting any of them
            leaves = tuple(a for a in args if a not in nested) + tuple(
                get_args(a)[0] for a in nested if get_args(a)
            )
            return any(_matches(value, leaf) for leaf in leaves) or _nested(value, leaves, 0)
        return any(_matches(value, a) for a in args)
    if origin is Literal:
        # The type first: a NumPy array's == is an array, whose truth is an error.
        return any(type(value) is type(a) and value == a for a in args)
    if origin is typing.Annotated:
        return _matches(value, args[0])
    if origin is not None:
        if not isinstance(origin, type):
            return True
        if origin in _SEQUENCES:
            return _sequence(value, origin, args)
        if _is_nested_sequence(hint):  # NumPy's nested lists or tuples
            return _nested(value, args[:1] or (Any,), 0)
        if not _instance(value, origin):
            return False
        if isinstance(value, cabc.Mapping) and len(args) == 2:
            if len(value) > MAX_ITEMS:
                raise _TooLargeError(len(value))
            return all(_matches(k, args[0]) and _matches(v, args[1]) for k, v in value.items())
        return True
    if isinstance(hint, TypeVar):
        return True
    if not isinstance(hint, type):
        return True
    if hint is int and isinstance(value, bool):
        return False
    if hint is str:
        return isinstance(value, str) and not has_lone_surrogate(value)
    if hint is float:  # PEP 484's numeric tower: an int is a float (a bool is not)
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is complex:  # … and an int or float a complex (NumPy's ArrayLike says complex)
        return isinstance(value, int | float | complex)
    if hint is dt.date and isinstance(value, dt.datetime):
        return False  # a datetime (or pandas' NaT) is a date subclass, not a day
    if issubclass(hint, Enum):
        return _member(value, hint)
    return _instance(value, hint)


def _holds_lone_surrogate(value: object, depth: int = 0) -> bool:
    """Whether a refused argument is text (or holds text) with a lone surrogate, for the error."""
    if isinstance(value, str):
        return has_lone_surrogate(value)
    if depth > 3:
        return False
    if isinstance(value, list | tuple):
        return any(_holds_lone_surrogate(v, depth + 1) for v in value[:1000])
    if isinstance(value, dict):
        pairs = itertools.islice(value.items(), 1000)
        return any(
            _holds_lone_surrogate(k, depth + 1) or _holds_lone_surrogate(v, depth + 1)
            for k, v in pairs
        )
    return False


def _allowed(value: object, hint: Any) -> tuple[bool, str]:
    """Whether ``value`` matches ``hint`` and, if not, what is allowed, in words.

    Never raises: a value whose comparison or iteration fails (a NumPy array's truth, pandas'
    NA, an iterator that raises) does not match.
    """
    try:
        if _matches(value, hint):
            return True, ""
    except _TooLargeError as big:
        return False, f"{describe_type(hint)} of at most {MAX_ITEMS:,} items (got {big.size:,})"
    except RecursionError:
        return False, f"{describe_type(hint)}, nested less deeply than Python's recursion limit"
    except Exception:  # noqa: BLE001 - whatever the value does, it is refused, not raised
        return False, describe_type(hint)
    if _holds_lone_surrogate(value):
        return False, "text that is valid Unicode (no lone surrogate such as U+D800)"
    return False, describe_type(hint)


def _a(name: str) -> str:
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def describe_type(hint: Any) -> str:  # noqa: C901, PLR0911 - one return per kind of annotation
    """A type annotation in words, as an error's ``allowed`` says it (``int`` → ``an int``)."""
    origin = get_origin(hint)
    args = get_args(hint)
    if hint is Any:
        return "values"
    if hint is None or hint is type(None):
        return "None"
    if origin is Union or origin is types.UnionType:
        if any(_is_nested_sequence(a) for a in args):
            return "an array-like: a NumPy array, or a list or tuple of numbers"
        return " or ".join(describe_type(a) for a in args)
    if origin is Literal:
        return "one of " + ", ".join(repr(a) for a in args)
    if origin is typing.Annotated:
        return describe_type(args[0])
    if origin is not None:
        name = getattr(origin, "__name__", str(origin))
        if name == "ndarray":
            return "a NumPy array"
        if isinstance(origin, type) and issubclass(origin, cabc.Mapping) and len(args) == 2:
            key, value = (describe_type(a).removeprefix("a ").removeprefix("an ") for a in args)
            return f"{_a(name)} of {key} to {value}"
        if args and args[0] is not Ellipsis:
            item = describe_type(args[0])
            return f"{_a(name)} of {item.removeprefix('a ').removeprefix('an ')}"
        return _a(name)
    if hint is dt.date:
        return "a date (not a datetime)"
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


def _exact_types(hint: Any) -> frozenset[type]:
    """Classes whose instances match ``hint`` by their exact class alone (the fast path).

    A ``str`` is never among them (it is checked for lone surrogates), nor a container (its
    items are checked), nor a ``date`` hint's ``datetime``.
    """
    if hint is None or hint is type(None):
        return frozenset({type(None)})
    if get_origin(hint) in {Union, types.UnionType}:
        return frozenset().union(*(_exact_types(a) for a in get_args(hint)))
    if isinstance(hint, type) and hint is not str and get_origin(hint) is None:
        if hint is int:
            return frozenset({int})  # bool is a subclass, not the exact class: it goes slow
        return frozenset({hint})
    return frozenset()


def _takes_str(hint: Any) -> bool:
    """Whether ``hint`` is ``str`` or a union with ``str`` in it."""
    if hint is str:
        return True
    return get_origin(hint) in {Union, types.UnionType} and any(
        _takes_str(a) for a in get_args(hint)
    )


def _wrap(fn: Callable[P, R], *, errors: dict[str, type[InvalidInputError]]) -> Callable[P, R]:  # noqa: C901, PLR0915 - the fast path is inlined
    signature = inspect.signature(fn)
    kinds = {p.name: p.kind for p in signature.parameters.values()}
    positional = [
        name
        for name, kind in kinds.items()
        if kind in {inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD}
    ]
    extra_args = next((n for n, k in kinds.items() if k is inspect.Parameter.VAR_POSITIONAL), "")
    extra_kwargs = next((n for n, k in kinds.items() if k is inspect.Parameter.VAR_KEYWORD), "")
    resolved: dict[str, Any] = {}
    exact: dict[str, frozenset[type]] = {}
    plain_text: set[str] = set()  # parameters an ASCII str passes at once
    checked_positions: list[tuple[int, str]] = []

    ready: list[bool] = []  # set last, once every table below is filled
    lock = threading.Lock()

    def resolve() -> None:
        # Under the lock, and published by `ready` once complete: a service decides in several
        # threads, and a half-filled table would let a value through or raise a KeyError.
        with lock:
            if not ready:
                _fill()
                ready.append(True)

    def _fill() -> None:
        for name, hint in _hints(fn).items():
            if hint in (Any, object) or name not in kinds or name in {"self", "cls"}:
                continue
            if not _parsed(hint):
                resolved[name] = hint
                exact[name] = _exact_types(hint)
                if _takes_str(hint):
                    plain_text.add(name)
        checked_positions.extend((i, n) for i, n in enumerate(positional) if n in resolved)
        resolved.setdefault("", None)  # resolved once, even for a function with no checks

    def check(name: str, field: str, value: object) -> object:
        """Check ``value`` against the annotation of parameter ``name``, reporting ``field``."""
        hint = resolved.get(name)
        if hint is None or type(value) in exact[name]:
            return value  # nothing to check, or a value of an exact class the annotation names
        if type(value) is str and name in plain_text and value.isascii():
            return value  # ASCII text holds no lone surrogate
        if get_origin(hint) in _ITERATOR_TAKERS and iter_once(value):
            # A one-shot iterator: take its items (at most MAX_ITEMS) so that they are checked
            # here and the function gets them, not an exhausted iterator.
            value = tuple(itertools.islice(value, MAX_ITEMS + 1))  # type: ignore[call-overload]
            if len(value) > MAX_ITEMS:
                error = _type_error(errors.get(name, InvalidInputError))
                raise error(field=field, value="…", allowed=f"at most {MAX_ITEMS:,} items")
        ok, allowed = _allowed(value, hint)
        if not ok:
            error = _type_error(errors.get(name, InvalidInputError))
            raise error(field=field, value=value, allowed=allowed)
        return value

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if not ready:
            resolve()
        given: tuple[Any, ...] | list[Any] = args
        for i, name in checked_positions:
            if i >= len(args):
                break
            value = args[i]
            kind = type(value)
            if kind not in exact[name] and not (
                kind is str and name in plain_text and value.isascii()  # type: ignore[attr-defined]
            ):
                checked = check(name, name, value)
                if checked is not value:  # an iterator's items, taken at the boundary
                    given = list(given)
                    given[i] = checked
        if len(args) > len(positional) and extra_args in resolved:
            given = list(given)
            for i in range(len(positional), len(args)):  # *args: each item checked, by position
                given[i] = check(extra_args, f"{extra_args}[{i - len(positional)}]", args[i])
        for name, value in kwargs.items():
            own = name in kinds and name != extra_kwargs
            kwargs[name] = check(name if own else extra_kwargs, name, value)
        return fn(*given, **kwargs)

    wrapper.__ecoreg_checked__ = True  # type: ignore[attr-defined] # read by the public-API walk
    return wrapper


def unicode_text(value: str, field: str, error: type[InvalidInputError] = InvalidInputError) -> str:
    r"""``value`` if it is text UTF-8 can carry: a lone surrogate is refused, never encoded.

    Raises:
        InvalidInputError: (or ``error``) naming ``field``.

    Examples:
        >>> unicode_text(chr(0xD800), "seed")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: seed: '\ud800' is not allowed; text that is valid Unicode (no lone surrogate such as U+D800)
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


def index_in(value: int, field: str, size: int, what: str) -> int:
    """``value`` if it indexes one of ``size`` items (0 to ``size`` − 1; no negative index).

    Raises:
        InvalidInputError: naming ``field``, the range and how many ``what`` there are.

    Examples:
        >>> index_in(1, "row", 1, "alerts")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: row: 1 is not allowed; an index from 0 to 0 (1 alerts)
    """
    if not 0 <= value < size:
        allowed = f"an index from 0 to {size - 1} ({size} {what})" if size else f"none: no {what}"
        raise InvalidInputError(field=field, value=value, allowed=allowed)
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


def check_class(cls: type[C]) -> type[C]:
    """Put the boundary check on every public method of ``cls`` (a class decorator).

    Every function, class method and static method that ``cls`` itself defines and whose name
    does not start with an underscore is wrapped as by `checked`; inherited methods are the
    base class's to check. Use it outermost, after ``attrs`` has built the class; every
    `ecoreg.EcoregModel` gets it when it is defined.
    """
    for name, member in list(vars(cls).items()):
        if name.startswith("_"):
            continue
        if isinstance(member, classmethod | staticmethod):
            function = member.__func__
            if inspect.isfunction(function) and not hasattr(function, "__ecoreg_checked__"):
                setattr(cls, name, type(member)(_wrap(function, errors={})))
        elif inspect.isfunction(member) and not hasattr(member, "__ecoreg_checked__"):
            setattr(cls, name, _wrap(member, errors={}))
    return cls
