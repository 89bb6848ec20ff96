import json
from decimal import Decimal

import pytest
from hypothesis import given

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
from ecoreg.exceptions import InvalidInputError, InvalidMoneyError
from ecoreg.testing import yuan_amounts


class Fine(EcoregModel):
    amount: PositiveYuan
    reduction: Yuan = Decimal(0)
    paid: NonNegativeYuan = Decimal(0)


def test_amounts_come_back_with_two_places() -> None:
    assert parse_yuan(100000) == Decimal("100000.00")
    assert str(parse_yuan("12.3")) == "12.30"
    assert str(parse_yuan(Decimal(7))) == "7.00"


@pytest.mark.parametrize(
    ("value", "needle"),
    [
        (0.1, "float"),
        (float("nan"), "float"),
        ("NaN", "finite"),
        (Decimal("NaN"), "finite"),
        (Decimal("Infinity"), "finite"),
        ("1.001", "two decimal places"),
        (Decimal("0.005"), "two decimal places"),
        ("1,000", "decimal string"),
        (True, "bool"),
        (None, "Decimal"),
        ("1e3", "decimal string"),
        (Decimal("1e13"), "trillion"),
    ],
)
def test_bad_amounts_are_refused_naming_the_field(value: object, needle: str) -> None:
    with pytest.raises(InvalidMoneyError) as info:
        parse_yuan(value, field="fine")
    assert info.value.field == "fine"
    assert str(info.value).startswith("fine: ")
    if needle != "trillion":
        assert needle in str(info.value)


def test_minimum_and_positive() -> None:
    with pytest.raises(InvalidMoneyError, match=r"at least 0\.00"):
        parse_yuan(-1, field="fine", minimum=0)
    with pytest.raises(InvalidMoneyError, match="greater than 0"):
        parse_yuan(0, field="fine", positive=True)
    assert parse_yuan(-5) == Decimal("-5.00")


def test_rounding_is_explicit_and_named() -> None:
    assert round_yuan(Decimal("7500.125"), rounding=Rounding.HALF_UP) == Decimal("7500.13")
    assert round_yuan(Decimal("7500.125"), rounding=Rounding.DOWN) == Decimal("7500.12")
    assert round_yuan(Decimal("7500.50"), to=YUAN, rounding=Rounding.HALF_UP) == Decimal("7501.00")
    assert str(round_yuan(Decimal(34000), to=FEN, rounding=Rounding.HALF_EVEN)) == "34000.00"
    with pytest.raises(InvalidMoneyError, match="to"):
        round_yuan(Decimal(1), to=Decimal("0.1"), rounding=Rounding.DOWN)
    with pytest.raises(InvalidMoneyError, match="finite"):
        round_yuan(Decimal("NaN"), rounding=Rounding.DOWN)


def test_model_fields_refuse_floats_with_the_field_path() -> None:
    with pytest.raises(InvalidMoneyError) as info:
        Fine(amount=0.5)  # type: ignore[arg-type]
    assert info.value.field == "amount"
    with pytest.raises(InvalidMoneyError) as info:
        Fine(amount="100", paid="-1")  # type: ignore[arg-type]
    assert info.value.field == "paid"
    with pytest.raises(InvalidInputError) as extra:
        Fine.from_data({"amount": "1", "surprise": 1})
    assert extra.value.field == "surprise"


def test_money_json_is_a_string_and_schema_says_so() -> None:
    fine = Fine(amount=Decimal(100000))
    assert json.loads(fine.to_json())["amount"] == "100000.00"
    written = Fine.model_json_schema(mode="serialization")
    assert written["properties"]["amount"]["type"] == "string"
    read = Fine.model_json_schema()  # what a request may send: a decimal string or an integer
    assert {"string", "integer"} == {t["type"] for t in read["properties"]["amount"]["anyOf"]}


@given(yuan_amounts(min_value=Decimal("0.01")), yuan_amounts(min_value=-1000, max_value=1000))
def test_money_round_trips_through_json_unchanged(amount: Decimal, reduction: Decimal) -> None:
    fine = Fine(amount=amount, reduction=reduction)
    back = Fine.from_json(fine.to_json())
    assert back == fine
    assert str(back.amount) == str(amount)


@given(yuan_amounts(max_value=10**9))
def test_parse_is_idempotent(amount: Decimal) -> None:
    assert parse_yuan(parse_yuan(amount)) == amount
    assert parse_yuan(str(amount)) == amount
