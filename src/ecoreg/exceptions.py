"""Every error ecoreg raises on purpose, in one tree.

Each error carries its context as keyword-only attributes, so a platform can
show a form field in red or log the offending policy version without parsing
the message. The message itself always names the field, the value and what is
allowed.

The tree::

    EcoregError
    ├── InvalidInputError (ValueError)       a value a caller passed is not allowed
    │   ├── InvalidTypeError (TypeError)      an argument of the wrong Python type
    │   ├── InvalidMoneyError                 not an exact yuan amount (float, NaN, >2 decimals, …)
    │   ├── InvalidTimeError                  not a usable date or instant
    │   │   └── NaiveDatetimeError            a datetime without a time zone
    │   ├── InvalidPeriodError                a period length or unit out of range
    │   ├── MissingFactError                  a fine rule needs a fact the case does not state
    │   └── UnquantifiedFineError             the law fines the conduct but writes no amount
    └── PolicyError                           policy data or a policy lookup
        ├── PolicyDataError (ValueError)      plain policy data that does not validate
        ├── UnknownJurisdictionError (LookupError)
        └── MissingParameterError (LookupError)

Examples:
    >>> from ecoreg import parse_yuan
    >>> from ecoreg.exceptions import InvalidMoneyError
    >>> try:
    ...     parse_yuan(0.1, field="fine")
    ... except InvalidMoneyError as exc:
    ...     print(exc.field, exc.value)
    fine 0.1
"""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

__all__ = [
    "EcoregError",
    "FieldProblem",
    "InvalidInputError",
    "InvalidMoneyError",
    "InvalidPeriodError",
    "InvalidTimeError",
    "InvalidTypeError",
    "MissingFactError",
    "MissingParameterError",
    "NaiveDatetimeError",
    "PolicyDataError",
    "PolicyError",
    "UnknownFactError",
    "UnknownJurisdictionError",
    "UnquantifiedFineError",
]

_MAX_VALUE_REPR = 80

_REPR = reprlib.Repr()
_REPR.maxlevel = 4
_REPR.maxstring = _MAX_VALUE_REPR
_REPR.maxother = _MAX_VALUE_REPR
_REPR.maxlong = 40


def _show(value: object) -> str:
    """A short repr that never recurses deeply, whatever the value's nesting."""
    try:
        text = _REPR.repr(value)
    except Exception:  # noqa: BLE001 - a value whose repr fails is still reported
        text = f"<{type(value).__name__}>"
    if len(text) > _MAX_VALUE_REPR:
        text = text[: _MAX_VALUE_REPR - 1] + "…"
    return text


_MAX_FIELD = 200
_MAX_ALLOWED = 1000


def _bounded(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters and writable as UTF-8 (a lone surrogate escaped).

    A field path or an allowed-values text can hold what a caller sent (an unknown key of
    100 KB, a bound of a million digits): an error message stays short and encodable.
    """
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


class EcoregError(Exception):
    """The base of every error ecoreg raises on purpose."""


class FieldProblem:
    """One field that failed, as carried by `InvalidInputError.problems`.

    Attributes:
        field: The dotted path of the field, e.g. ``"installments.2.amount"``.
        value: The value that was given.
        allowed: What would have been accepted, in words.
    """

    __slots__ = ("allowed", "field", "value")

    def __init__(self, *, field: str, value: object, allowed: str) -> None:
        self.field: str = _bounded(str(field), _MAX_FIELD)
        self.value: object = value
        self.allowed: str = _bounded(str(allowed), _MAX_ALLOWED)

    def __repr__(self) -> str:
        return f"FieldProblem(field={self.field!r}, value={_show(self.value)}, allowed={self.allowed!r})"

    def __str__(self) -> str:
        return f"{self.field}: {_show(self.value)} is not allowed; {self.allowed}"


class InvalidInputError(EcoregError, ValueError):
    """A value a caller passed is not allowed.

    Attributes:
        field: The dotted path of the (first) offending field.
        value: The value that was given.
        allowed: What would have been accepted, in words.
        problems: Every offending field, the first one included.
    """

    def __init__(
        self,
        *,
        field: str,
        value: object,
        allowed: str,
        problems: Sequence[FieldProblem] = (),
    ) -> None:
        first = FieldProblem(field=field, value=value, allowed=allowed)
        self.field: str = first.field
        self.value: object = value
        self.allowed: str = first.allowed
        self.problems: tuple[FieldProblem, ...] = tuple(problems) or (first,)
        lines = [str(first)]
        lines.extend(f"  also {p}" for p in self.problems[1:])
        super().__init__("\n".join(lines))

    def at(self, prefix: str) -> InvalidInputError:
        """Return the same error with ``prefix`` put in front of every field path.

        Used when a value is checked inside a larger object, so that the error
        names the full path (``"plan.installments.2.amount"``).

        Examples:
            >>> err = InvalidInputError(field="amount", value=-1, allowed="at least 0")
            >>> err.at("fine").field
            'fine.amount'
        """
        problems = [
            FieldProblem(field=_join(prefix, p.field), value=p.value, allowed=p.allowed)
            for p in self.problems
        ]
        return type(self)(
            field=_join(prefix, self.field),
            value=self.value,
            allowed=self.allowed,
            problems=problems,
        )


def _join(prefix: str, field: str) -> str:
    if not prefix:
        return field
    if not field:
        return prefix
    return f"{prefix}.{field}"


class InvalidTypeError(InvalidInputError, TypeError):
    """An argument of the wrong Python type (a list where a date belongs, a str for a policy).

    It is also a ``TypeError``, like the builtin error it resembles, and names the argument.
    """


class InvalidMoneyError(InvalidInputError):
    """A yuan amount that is not exact to the fen, or not allowed where it is used."""


class InvalidTimeError(InvalidInputError):
    """A date or instant that cannot be used."""


class NaiveDatetimeError(InvalidTimeError):
    """A datetime without a time zone: ecoreg cannot tell which instant it means."""


class InvalidPeriodError(InvalidInputError):
    """A legal period whose length or unit is out of range."""


class MissingFactError(InvalidInputError):
    """A fine rule needs a fact the case does not state (the investment, the EIA document …).

    ``field`` names the fact; ``allowed`` names the article whose rule needs it.
    """


class UnknownFactError(InvalidInputError, KeyError):
    """A decision's reason does not hold the fact asked for (also a ``KeyError``)."""

    def __str__(self) -> str:
        return Exception.__str__(self)  # KeyError would quote the message


class UnquantifiedFineError(InvalidInputError):
    """The law in force fines the conduct but writes no amount (处以罚款): no range to decide in.

    ``allowed`` names the article and says where the amount is set.
    """


class PolicyError(EcoregError):
    """A problem with policy data or with a policy lookup.

    Attributes:
        jurisdiction: The jurisdiction code concerned, if any.
        measure: The measure id concerned, if any.
        on: The date concerned (a version's date in force, or the lookup date).
        field: The offending field or parameter key, if any.
        value: The offending value, if any.
        allowed: What would have been accepted, in words.
    """

    def __init__(
        self,
        message: str,
        *,
        jurisdiction: str | None = None,
        measure: str | None = None,
        on: dt.date | None = None,
        field: str | None = None,
        value: object = None,
        allowed: str | None = None,
    ) -> None:
        self.jurisdiction: str | None = (
            jurisdiction if jurisdiction is None else _bounded(jurisdiction, 80)
        )
        self.measure: str | None = measure if measure is None else _bounded(measure, _MAX_FIELD)
        self.on = on
        self.field: str | None = field if field is None else _bounded(field, _MAX_FIELD)
        self.value = value
        self.allowed: str | None = allowed if allowed is None else _bounded(allowed, _MAX_ALLOWED)
        message = _bounded(message, _MAX_ALLOWED)
        jurisdiction, measure, field, allowed = (
            self.jurisdiction,
            self.measure,
            self.field,
            self.allowed,
        )
        where = []
        if jurisdiction is not None:
            where.append(f"jurisdiction {jurisdiction}")
        if measure is not None:
            where.append(f"measure {measure}")
        if on is not None:
            where.append(f"date {on.isoformat()}")
        parts = [message]
        if field is not None:
            parts.append(f"field {field}: {_show(value)}")
        if allowed is not None:
            parts.append(f"allowed: {allowed}")
        text = "; ".join(parts)
        if where:
            text = f"[{', '.join(where)}] {text}"
        super().__init__(text)


class PolicyDataError(PolicyError, ValueError):
    """Plain policy data (what a JSON file would hold) that does not validate."""


class UnknownJurisdictionError(PolicyError, LookupError):
    """A jurisdiction code that the policy book does not know."""


class MissingParameterError(PolicyError, LookupError):
    """A rule needs a parameter that no measure in force on the date provides."""
