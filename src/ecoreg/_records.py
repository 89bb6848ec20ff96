"""Structured policy records: the violation catalogue and no-penalty list items.

Records are policy data like parameters, but each is an object with an ``id``.
Across layers they merge by id: a province or city adds kinds and list items,
or replaces one by reusing its id, while everything else from the layers
above stays in force.
"""

from __future__ import annotations

import operator
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, model_validator

from ecoreg._citations import Citation
from ecoreg._model import EcoregModel
from ecoreg._money import NonNegativeYuan
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = [
    "Condition",
    "NoPenaltyItem",
    "ViolationCategory",
    "ViolationKind",
]

RecordId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]


class ViolationCategory(StrEnum):
    """Broad groups of violations."""

    AIR = "air"
    WATER = "water"
    MONITORING = "monitoring"
    DUST = "dust"
    WASTE = "waste"
    OTHER = "other"


class ViolationKind(EcoregModel):
    """A kind of violation with its statutory fine range.

    Example:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-03-01")
        >>> kind = policy.record("violations.catalogue", "air.over-limit")
        >>> str(kind.fine_min), str(kind.fine_max), kind.citation.label_en
        ('100000.00', '1000000.00', 'Air Pollution Prevention and Control Law of the PRC, Art. 99')
    """

    id: RecordId
    name_zh: Annotated[str, Field(min_length=1)]
    name_en: Annotated[str, Field(min_length=1)]
    category: ViolationCategory
    citation: Citation
    fine_min: NonNegativeYuan
    fine_max: NonNegativeYuan
    never_lenient: bool = False
    """Falsified data, evading monitoring, illegal hazardous-waste dumping: never leniency."""
    daily_penalty: bool = False
    """Whether refusing to correct allows the daily continuous penalty (环境保护法 Art. 59)."""

    @model_validator(mode="after")
    def _range(self) -> ViolationKind:
        if self.fine_max < self.fine_min:
            raise InvalidInputError(
                field="fine_max",
                value=self.fine_max,
                allowed=f"at least fine_min ({self.fine_min})",
            )
        return self


_OPS: Mapping[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class Condition(EcoregModel):
    """One condition of a list item on a fact of the case.

    Example: ``hourly_exceedance_multiple < 0.1``.
    """

    fact: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    op: Literal["==", "!=", "<", "<=", ">", ">="]
    value: bool | int | Decimal
    description_zh: Annotated[str, Field(min_length=1)]
    description_en: Annotated[str, Field(min_length=1)]

    def holds(self, facts: Mapping[str, bool | int | Decimal | None]) -> bool | None:
        """Whether the condition holds; ``None`` when the case does not state the fact."""
        got = facts.get(self.fact)
        if got is None:
            return None
        if isinstance(self.value, bool) != isinstance(got, bool):
            return False
        return _OPS[self.op](got, self.value)


class NoPenaltyItem(EcoregModel):
    """An item of a local no-penalty list (免罚清单).

    It names the violation kinds it covers and the conditions that must all hold.

    ``list_type`` ``minor`` items are "minor, not penalized" (轻微不罚: must not
    penalize); ``first`` items are "first violation, may not be penalized"
    (首违不罚: the agency may decline).
    """

    id: RecordId
    list_type: Literal["minor", "first"]
    item: Annotated[int, Field(ge=1)] | None = None
    title_zh: Annotated[str, Field(min_length=1)]
    title_en: Annotated[str, Field(min_length=1)]
    kinds: tuple[RecordId, ...] = Field(min_length=1)
    conditions: tuple[Condition, ...] = ()
    citation: Citation
