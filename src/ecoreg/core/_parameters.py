"""The policy parameters ecoreg's rules read, with their types and bounds.

A parameter is a number or switch that a law or a local measure sets, such as
the 15-day payment period of 行政处罚法 Art. 67. Policy data supplies values
per jurisdiction and date; this registry says what a valid value is, so that
a bad policy file fails when it is loaded, not when a rule first reads it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from ecoreg.core._boundary import check_class
from ecoreg.core._model import EcoregModel
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Combination", "ParamKind", "ParamValue", "ParameterSpec"]

ParamValue = (
    bool
    | int
    | Decimal
    | str
    | tuple[int, ...]
    | tuple[str, ...]
    | tuple[Decimal, ...]
    | tuple[EcoregModel, ...]
)
"""A parameter's value once validated."""


class ParamKind(StrEnum):
    """The type of a parameter's value."""

    BOOL = "bool"
    INT = "int"
    DECIMAL = "decimal"
    STR = "str"
    INT_LIST = "int_list"
    DECIMAL_LIST = "decimal_list"
    STR_LIST = "str_list"
    RECORDS = "records"
    """A list of objects with an ``id``, merged by id across layers."""


@check_class
@attrs.frozen
class ParameterSpec:
    """What a valid value of one parameter is."""

    key: str
    kind: ParamKind
    description: str
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    choices: frozenset[str] | None = None
    record_model: type[EcoregModel] | None = None
    items: tuple[int, int] | None = None
    """For a list: the fewest and most items it may have (rules index into it)."""
    statutory: bool = False
    """Set by a statute's mandatory rule: only the national layer may set it (立法法: a local
    measure cannot override a law)."""

    def allowed(self) -> str:
        """What is allowed, in words, for error messages."""
        text = {
            ParamKind.BOOL: "true or false",
            ParamKind.INT: "a whole number",
            ParamKind.DECIMAL: "a decimal number written as a string or an int (not a float)",
            ParamKind.STR: "a string",
            ParamKind.INT_LIST: "a list of whole numbers",
            ParamKind.DECIMAL_LIST: "a list of decimal strings",
            ParamKind.STR_LIST: "a list of strings",
            ParamKind.RECORDS: "a list of objects with unique ids",
        }[self.kind]
        if self.minimum is not None:
            text += f", each at least {self.minimum}"
        if self.maximum is not None:
            text += f", each at most {self.maximum}"
        if self.choices is not None:
            text += f", one of {sorted(self.choices)}"
        if self.items is not None:
            low, high = self.items
            text += f", {low} items" if low == high else f", {low} to {high} items"
        return text

    def parse(self, value: object) -> ParamValue:
        """Validate ``value`` and return it in its canonical type.

        Raises:
            InvalidInputError: naming this parameter's key (or, for records, the item and
                field) and what is allowed.
        """
        try:
            return self._parse(value)
        except InvalidInputError:
            raise
        except (ValueError, ArithmeticError):
            raise InvalidInputError(field=self.key, value=value, allowed=self.allowed()) from None

    def _parse(self, value: object) -> ParamValue:
        """`parse`, raising a bare ``ValueError`` for a value of the wrong kind or range."""
        if self.kind is ParamKind.RECORDS:
            return self._records(value)
        if self.kind in {ParamKind.INT_LIST, ParamKind.DECIMAL_LIST, ParamKind.STR_LIST}:
            if not isinstance(value, list | tuple):
                raise ValueError
            scalar = {
                ParamKind.INT_LIST: ParamKind.INT,
                ParamKind.DECIMAL_LIST: ParamKind.DECIMAL,
                ParamKind.STR_LIST: ParamKind.STR,
            }[self.kind]
            if self.items is not None and not self.items[0] <= len(value) <= self.items[1]:
                raise ValueError
            return tuple(self._scalar(scalar, v) for v in value)  # type: ignore[return-value]
        return self._scalar(self.kind, value)

    def _records(self, value: object) -> tuple[EcoregModel, ...]:
        """Validate a list of records; an `InvalidInputError` names the item and field."""
        if not isinstance(value, list | tuple) or self.record_model is None:
            raise ValueError
        out: list[EcoregModel] = []
        seen: set[str] = set()
        for i, raw in enumerate(value):
            try:
                record = (
                    raw if isinstance(raw, self.record_model) else self.record_model.from_data(raw)
                )
            except InvalidInputError as exc:
                raise exc.at(str(i)) from None
            ident = str(getattr(record, "id", ""))
            if ident in seen:
                raise InvalidInputError(field=f"{i}.id", value=ident, allowed="a unique id")
            seen.add(ident)
            out.append(record)
        return tuple(out)

    def _scalar(self, kind: ParamKind, value: object) -> bool | int | Decimal | str:
        if kind is ParamKind.BOOL:
            if not isinstance(value, bool):
                raise ValueError
            return value
        if kind is ParamKind.STR:
            if not isinstance(value, str) or not value:
                raise ValueError
            if self.choices is not None and value not in self.choices:
                raise ValueError
            return value
        result = self._number(kind, value)
        if self.minimum is not None and result < self.minimum:
            raise ValueError
        if self.maximum is not None and result > self.maximum:
            raise ValueError
        return result

    @staticmethod
    def _number(kind: ParamKind, value: object) -> int | Decimal:
        if isinstance(value, bool | float):
            raise ValueError  # noqa: TRY004 - caught by the loader, which reports `allowed`
        if kind is ParamKind.INT:
            if not isinstance(value, int):
                raise ValueError
            return value
        if not isinstance(value, int | str | Decimal):
            raise ValueError  # noqa: TRY004
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise ValueError from None
        if not result.is_finite():
            raise ValueError
        return result


@attrs.frozen
class Combination:
    """A rule that several parameters must obey together, checked when a policy is resolved.

    Layers may set the parameters separately (a province one, a city the other), so
    only the resolved policy can tell whether they fit.
    """

    keys: tuple[str, ...]
    holds: Callable[..., bool]
    allowed: str
