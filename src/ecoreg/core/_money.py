"""Yuan amounts as `decimal.Decimal`, exact to the fen (0.01 yuan).

Money enters ecoreg through `parse_yuan` (or the pydantic field types `Yuan`,
`NonNegativeYuan` and `PositiveYuan`, which call it) and is always a
``Decimal`` with exactly two decimal places afterwards. Rounding happens only
where a rule says so, through `round_yuan` with a named `Rounding`.
"""

from __future__ import annotations

import decimal
import re
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import PlainSerializer, PlainValidator, ValidationInfo, WithJsonSchema

from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidMoneyError

__all__ = [
    "FEN",
    "YUAN",
    "NonNegativeYuan",
    "PositiveYuan",
    "Rounding",
    "Yuan",
    "parse_yuan",
    "round_yuan",
]

FEN = Decimal("0.01")
"""The smallest unit of the yuan: 1 fen (分) = 0.01 yuan."""

YUAN = Decimal(1)
"""One whole yuan (元)."""

# Large enough for any fine or surcharge (a trillion yuan), small enough that
# arithmetic on it stays exact within Decimal's default 28-digit context.
_MAX_ABS = Decimal("1000000000000.00")

# Intermediate results (a share of a fine, a rate times days) may exceed the money range before
# a rule caps them; rounding stays exact up to a thousand times that range.
_MAX_ROUNDED = _MAX_ABS * 1000


_TEXT = re.compile(r"^[+-]?\d+(\.\d+)?$")


class Rounding(StrEnum):
    """A named rounding rule, declared wherever an amount is rounded."""

    HALF_UP = decimal.ROUND_HALF_UP
    """Commercial rounding (四舍五入): 0.005 → 0.01."""
    DOWN = decimal.ROUND_DOWN
    """Toward zero: never rounds a fine or a reduction up."""
    UP = decimal.ROUND_UP
    """Away from zero."""
    HALF_EVEN = decimal.ROUND_HALF_EVEN
    """Banker's rounding."""
    FLOOR = decimal.ROUND_FLOOR
    """Toward negative infinity."""
    CEILING = decimal.ROUND_CEILING
    """Toward positive infinity."""


def _fail(field: str, value: object, allowed: str) -> InvalidMoneyError:
    return InvalidMoneyError(field=field, value=value, allowed=allowed)


def parse_yuan(
    value: object,
    *,
    field: str = "amount",
    minimum: Decimal | int | None = None,
    positive: bool = False,
    maximum: Decimal | int | None = None,
) -> Decimal:
    """Validate a yuan amount and return it as a ``Decimal`` with two decimal places.

    Accepted: ``Decimal``, ``int`` and decimal strings such as ``"12.30"``.
    Refused: ``float`` (it cannot hold 0.1 exactly), ``bool``, NaN,
    infinities, more than two decimal places, amounts beyond a trillion yuan,
    and amounts below ``minimum`` (or not above zero when ``positive``).

    Args:
        value: The amount.
        field: The name to report in an error.
        minimum: The smallest amount allowed, if any (0 for a fine).
        positive: Whether the amount must be greater than zero.
        maximum: The largest amount allowed in absolute value (a trillion yuan by default, the
            supported range; a rule whose result may double the amount passes half of it).

    Returns:
        The amount, quantized to the fen without rounding.

    Raises:
        InvalidMoneyError: naming ``field``, the value and what is allowed.

    Examples:
        >>> parse_yuan("100000")
        Decimal('100000.00')
        >>> parse_yuan(0.1, field="fine")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidMoneyError: fine: 0.1 is not allowed; a Decimal, an int or a decimal string such as '12.30' (a float cannot hold yuan exactly)
        >>> parse_yuan("12.345", field="fine")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidMoneyError: fine: '12.345' is not allowed; an amount exact to the fen (at most two decimal places)
    """
    for name, bound in (("minimum", minimum), ("maximum", maximum)):
        # A bound is checked before any arithmetic or formatting: 10**5000 or 1E+999999 would
        # overflow the context (quantize) or make a million-character message.
        if bound is not None and not (
            Decimal(bound).is_finite() and abs(Decimal(bound)) <= _MAX_ABS
        ):
            raise _fail(name, bound, f"a finite amount of at most {_MAX_ABS:.2f} yuan, or None")
    limit = _MAX_ABS if maximum is None else Decimal(maximum)
    amount = _to_decimal(value, field)
    if not amount.is_finite():
        raise _fail(field, value, "a finite amount (not NaN or infinity)")
    if amount.as_tuple().exponent < -2:  # type: ignore[operator]
        raise _fail(field, value, "an amount exact to the fen (at most two decimal places)")
    if abs(amount) > limit:
        raise _fail(field, value, f"at most {limit:.2f} yuan in absolute value")
    if positive and amount <= 0:
        raise _fail(field, value, "an amount greater than 0 yuan")
    if minimum is not None and amount < minimum:
        raise _fail(field, value, f"an amount of at least {Decimal(minimum):.2f} yuan")
    return amount.quantize(FEN)


def _to_decimal(value: object, field: str) -> Decimal:
    if isinstance(value, bool):
        raise _fail(field, value, "a Decimal, an int or a decimal string, not a bool")
    if isinstance(value, float):
        raise _fail(
            field,
            value,
            "a Decimal, an int or a decimal string such as '12.30' "
            "(a float cannot hold yuan exactly)",
        )
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        text = value.strip()
        if text.lower() in {"nan", "snan", "inf", "+inf", "-inf", "infinity", "-infinity"}:
            raise _fail(field, value, "a finite amount (not NaN or infinity)")
        if not _TEXT.match(text):
            raise _fail(field, value, "a decimal string such as '12.30' (digits, one optional dot)")
        return Decimal(text)
    raise _fail(field, value, "a Decimal, an int or a decimal string such as '12.30'")


def round_yuan(amount: Decimal, *, to: Decimal = FEN, rounding: Rounding) -> Decimal:
    """Round an amount to the fen or the whole yuan, with a declared rule.

    The result always carries two decimal places, so that ``34000`` and
    ``34000.00`` serialize the same way.

    Args:
        amount: Any finite ``Decimal`` (intermediate results may have more places).
        to: `FEN` or `YUAN`.
        rounding: The rounding rule; there is no default on purpose.

    Returns:
        The rounded amount with two decimal places.

    Raises:
        InvalidMoneyError: if ``amount`` is not a finite Decimal or ``to`` is neither unit.

    Examples:
        >>> round_yuan(Decimal("7500.125"), rounding=Rounding.HALF_UP)
        Decimal('7500.13')
        >>> round_yuan(Decimal("7500.5"), to=YUAN, rounding=Rounding.DOWN)
        Decimal('7500.00')
    """
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise _fail("amount", amount, "a finite Decimal")
    if abs(amount) > _MAX_ROUNDED:
        raise _fail("amount", amount, f"at most {_MAX_ROUNDED:.0f} yuan in absolute value")
    if not to.is_finite() or to not in (FEN, YUAN):
        raise _fail("to", to, "FEN (0.01) or YUAN (1)")
    return amount.quantize(to, rounding=str(rounding)).quantize(FEN)


def _any_amount(value: Any, info: ValidationInfo) -> Decimal:
    return parse_yuan(value, field=info.field_name or "amount")


def _non_negative(value: Any, info: ValidationInfo) -> Decimal:
    return parse_yuan(value, field=info.field_name or "amount", minimum=0)


def _positive(value: Any, info: ValidationInfo) -> Decimal:
    return parse_yuan(value, field=info.field_name or "amount", positive=True)


_SERIALIZE = PlainSerializer(str, return_type=str, when_used="json")


# What a request may send for an amount: a decimal string (at most two places) or an int.
_INPUT = " (a decimal string or an integer; never a float)"
_SIGNED_INPUT = {"type": "string", "pattern": r"^-?\d+(\.\d{1,2})?$"}
_UNSIGNED_INPUT = {"type": "string", "pattern": r"^\d+(\.\d{1,2})?$"}


_MONEY_PATTERN = r"^-?\d+\.\d{2}$"

Yuan = Annotated[
    Decimal,
    PlainValidator(_any_amount),
    _SERIALIZE,
    WithJsonSchema(
        {"type": "string", "pattern": _MONEY_PATTERN, "description": "yuan, exact to the fen"},
        mode="serialization",
    ),
    WithJsonSchema(
        {
            "anyOf": [_SIGNED_INPUT, {"type": "integer"}],
            "description": "yuan, exact to the fen" + _INPUT,
        },
        mode="validation",
    ),
]
"""A pydantic field type: any exact yuan amount (may be negative, e.g. a reduction)."""

MAX_YUAN = _MAX_ABS
"""The largest amount ecoreg accepts as money: one trillion yuan."""

NonNegativeYuan = Annotated[
    Decimal,
    PlainValidator(_non_negative),
    _SERIALIZE,
    WithJsonSchema(
        {"type": "string", "pattern": r"^\d+\.\d{2}$", "description": "yuan ≥ 0, exact to the fen"},
        mode="serialization",
    ),
    WithJsonSchema(
        {
            "anyOf": [_UNSIGNED_INPUT, {"type": "integer"}],
            "description": "yuan ≥ 0, exact to the fen" + _INPUT,
        },
        mode="validation",
    ),
]
"""A pydantic field type: an exact yuan amount of at least zero."""

PositiveYuan = Annotated[
    Decimal,
    PlainValidator(_positive),
    _SERIALIZE,
    WithJsonSchema(
        {"type": "string", "pattern": r"^\d+\.\d{2}$", "description": "yuan > 0, exact to the fen"},
        mode="serialization",
    ),
    WithJsonSchema(
        {
            "anyOf": [_UNSIGNED_INPUT, {"type": "integer"}],
            "description": "yuan > 0, exact to the fen" + _INPUT,
        },
        mode="validation",
    ),
]
"""A pydantic field type: an exact yuan amount greater than zero (a fine)."""


check_public(
    globals(),
    (
        "parse_yuan",
        "round_yuan",
    ),
)
