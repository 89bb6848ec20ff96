# mypy: disable-error-code="arg-type"
# Amounts are passed as text on purpose: that is what callers send.
"""Every refusal of money names the field, the value and exactly what is allowed (mutation-tight)."""

from decimal import Decimal
from typing import Annotated, Any

import pytest
from pydantic import Field

from ecoreg import (
    FEN,
    YUAN,
    EcoregModel,
    NonNegativeYuan,
    PositiveYuan,
    Rounding,
    Yuan,
    parse_yuan,
    round_yuan,
)
from ecoreg.exceptions import InvalidMoneyError

FINITE = "a finite amount (not NaN or infinity)"
FLOAT = "a Decimal, an int or a decimal string such as '12.30' (a float cannot hold yuan exactly)"


@pytest.mark.parametrize(
    ("value", "kwargs", "field", "allowed"),
    [
        (True, {}, "amount", "a Decimal, an int or a decimal string, not a bool"),
        (0.5, {"field": "fine"}, "fine", FLOAT),
        ([1], {}, "amount", "a Decimal, an int or a decimal string such as '12.30'"),
        ("1,000", {}, "amount", "a decimal string such as '12.30' (digits, one optional dot)"),
        *[
            (text, {}, "amount", FINITE)
            for text in ("nan", "NaN", "snan", "inf", "+inf", "-inf", "Infinity", "-infinity")
        ],
        (Decimal("NaN"), {}, "amount", FINITE),
        (Decimal("-Infinity"), {}, "amount", FINITE),
        ("1.234", {}, "amount", "an amount exact to the fen (at most two decimal places)"),
        ("1000000000000.01", {}, "amount", "at most 1000000000000.00 yuan in absolute value"),
        ("-1000000000000.01", {}, "amount", "at most 1000000000000.00 yuan in absolute value"),
        ("11", {"maximum": 10}, "amount", "at most 10.00 yuan in absolute value"),
        ("0", {"positive": True}, "amount", "an amount greater than 0 yuan"),
        ("-0.01", {"positive": True}, "amount", "an amount greater than 0 yuan"),
        ("4.99", {"minimum": 5}, "amount", "an amount of at least 5.00 yuan"),
    ],
)
def test_parse_yuan_refusals_are_exact(
    value: Any, kwargs: dict[str, Any], field: str, allowed: str
) -> None:
    with pytest.raises(InvalidMoneyError) as info:
        parse_yuan(value, **kwargs)
    assert info.value.field == field
    assert info.value.value == value or (value != value)  # NaN is not equal to itself  # noqa: PLR0124
    assert info.value.allowed == allowed


@pytest.mark.parametrize("bound", ["minimum", "maximum"])
def test_a_non_finite_bound_is_refused_naming_the_bound(bound: str) -> None:
    with pytest.raises(InvalidMoneyError) as info:
        parse_yuan("1", **{bound: Decimal("Infinity")})
    assert info.value.field == bound
    assert info.value.value == Decimal("Infinity")
    assert info.value.allowed == "a finite amount of at most 1000000000000.00 yuan, or None"


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        ("12.3", {}, Decimal("12.30")),
        (" 7 ", {}, Decimal("7.00")),
        ("+7", {}, Decimal("7.00")),
        (5, {"minimum": 5}, Decimal("5.00")),
        ("0.01", {"positive": True}, Decimal("0.01")),
        ("1000000000000.00", {}, Decimal("1000000000000.00")),
        ("-1000000000000", {}, Decimal("-1000000000000.00")),
        ("10", {"maximum": 10}, Decimal("10.00")),
        (Decimal(3), {"minimum": 0}, Decimal("3.00")),
    ],
)
def test_parse_yuan_accepts_the_boundaries(
    value: Any, kwargs: dict[str, Any], expected: Decimal
) -> None:
    result = parse_yuan(value, **kwargs)
    assert result == expected
    assert result.as_tuple().exponent == -2


def test_round_yuan_refusals_and_boundaries() -> None:
    with pytest.raises(InvalidMoneyError) as info:
        round_yuan(Decimal("Infinity"), rounding=Rounding.UP)
    assert (info.value.field, info.value.allowed) == ("amount", "a finite Decimal")
    assert info.value.value == Decimal("Infinity")
    too_big = Decimal("1000000000000000.01")
    with pytest.raises(InvalidMoneyError) as info:
        round_yuan(too_big, rounding=Rounding.UP)
    assert info.value.field == "amount"
    assert info.value.value == too_big
    assert info.value.allowed == "at most 1000000000000000 yuan in absolute value"
    assert round_yuan(Decimal(-1000000000000000), rounding=Rounding.DOWN) == Decimal(
        "-1000000000000000.00"
    )
    with pytest.raises(InvalidMoneyError) as info:
        round_yuan(Decimal(1), to=Decimal("0.1"), rounding=Rounding.UP)
    assert (info.value.field, info.value.value, info.value.allowed) == (
        "to",
        Decimal("0.1"),
        "FEN (0.01) or YUAN (1)",
    )
    assert round_yuan(Decimal("2.005"), rounding=Rounding.HALF_UP) == Decimal("2.01")
    assert round_yuan(Decimal("2.005"), rounding=Rounding.HALF_EVEN) == Decimal("2.00")
    assert round_yuan(Decimal("2.5"), to=YUAN, rounding=Rounding.HALF_UP) == Decimal("3.00")
    assert round_yuan(Decimal("-2.5"), to=YUAN, rounding=Rounding.FLOOR) == Decimal("-3.00")
    assert round_yuan(Decimal("-2.5"), to=YUAN, rounding=Rounding.CEILING) == Decimal("-2.00")
    assert round_yuan(Decimal("2.001"), to=FEN, rounding=Rounding.UP) == Decimal("2.01")


class _Amounts(EcoregModel):
    signed: Yuan = Decimal(0)
    fine: PositiveYuan = Decimal(1)
    paid: NonNegativeYuan = Decimal(0)
    note: Annotated[str, Field(min_length=0)] = ""


def test_field_types_name_their_field_and_bound() -> None:
    with pytest.raises(InvalidMoneyError) as info:
        _Amounts(fine="0")
    assert (info.value.field, info.value.allowed) == ("fine", "an amount greater than 0 yuan")
    with pytest.raises(InvalidMoneyError) as info:
        _Amounts(paid="-1")
    assert (info.value.field, info.value.allowed) == ("paid", "an amount of at least 0.00 yuan")
    assert _Amounts(signed="-5").signed == Decimal("-5.00")
    big = _Amounts(signed="-1000000000000")
    assert _Amounts.from_json(big.to_json()) == big
    with pytest.raises(InvalidMoneyError) as info:
        _Amounts(paid="1000000000000.01")
    assert info.value.field == "paid"
