"""Structured policy records: the violation catalogue and no-penalty list items.

Records are policy data like parameters, but each is an object with an ``id``.
Across layers they merge by id: a province or city adds kinds and list items,
or replaces one by reusing its id, while everything else from the layers
above stays in force.

A `ViolationKind` names a conduct, not an article: it carries its dated
`LegalBasis` records (the repealed statute's article until 2026-08-14, the
生态环境法典's from 2026-08-15), and the rules pick the basis by the date of
the act and of the decision (行政处罚法 Art. 37, 生态环境法典 Art. 1057).
"""

from __future__ import annotations

import itertools
import operator
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, model_validator

from ecoreg.core._citations import Citation
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import NonNegativeYuan
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping

__all__ = [
    "Condition",
    "DailyPenaltyRule",
    "LegalBasis",
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


class DailyPenaltyRule(EcoregModel):
    """The article that allows the daily continuous penalty (按日连续处罚) under a basis."""

    citation: Citation
    obstruction_counts: bool = False
    """Whether refusing or obstructing the re-inspection also triggers it (生态环境法典
    Art. 1060); under 环境保护法 Art. 59 only a refusal to correct does."""


class LegalBasis(EcoregModel):
    """The article that makes a conduct a violation during a span of days, with its fine range.

    The span is the cited provision's life (`ecoreg.Citation.starts` to
    `ecoreg.Citation.ends`) unless ``in_force_from`` / ``in_force_until``
    narrow it, as for a regulation that stays in force beside the Code.
    """

    citation: Citation
    fine_min: NonNegativeYuan
    fine_max: NonNegativeYuan
    daily_penalty: DailyPenaltyRule | None = None
    """The daily continuous penalty this basis allows, if any."""
    in_force_from: Day | None = None
    in_force_until: Day | None = None

    @model_validator(mode="after")
    def _range(self) -> LegalBasis:
        if self.fine_max < self.fine_min:
            raise InvalidInputError(
                field="fine_max",
                value=self.fine_max,
                allowed=f"at least fine_min ({self.fine_min})",
            )
        end = self.ends
        if end is not None and end < self.starts:
            raise InvalidInputError(
                field="in_force_until",
                value=end,
                allowed=f"a date on or after the day the basis starts ({self.starts})",
            )
        return self

    @property
    def starts(self) -> dt.date:
        """The first day an act can be judged under this basis."""
        return self.in_force_from or self.citation.starts

    @property
    def ends(self) -> dt.date | None:
        """The last day of this basis, or ``None`` while it is in force."""
        return self.in_force_until or self.citation.ends

    def in_force_on(self, day: dt.date) -> bool:
        """Whether this basis applies to an act on ``day``."""
        end = self.ends
        return self.starts <= day and (end is None or day <= end)

    def lighter_than(self, other: LegalBasis) -> bool:
        """Whether this basis punishes more lightly than ``other`` (处罚较轻).

        The statutory maximum is compared first, then the minimum, the order in which
        Chinese practice compares penalties under 从旧兼从轻.

        Examples:
            >>> from ecoreg.law import catalogue
            >>> old, new = catalogue.kind("air.no-permit").bases
            >>> new.lighter_than(old), old.lighter_than(new)
            (False, True)
        """
        return (self.fine_max, self.fine_min) < (other.fine_max, other.fine_min)


class ViolationKind(EcoregModel):
    """A kind of violation (a conduct), with its legal bases over time.

    A kind may also be written the short way, with one ``citation``, ``fine_min``
    and ``fine_max`` (and optionally ``daily_penalty``) instead of ``bases``: that is
    one basis, in force for as long as the cited text is.

    Examples:
        >>> import datetime as dt
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> kind = policy.record("violations.catalogue", "air.over-limit")
        >>> basis = kind.basis_on(dt.date(2026, 9, 1))
        >>> str(basis.fine_min), str(basis.fine_max), basis.citation.label_en
        ('100000.00', '1000000.00', 'Ecological Environment Code of the PRC, Art. 1107')
        >>> kind.basis_on(dt.date(2026, 8, 14)).citation.label_zh
        '《中华人民共和国大气污染防治法》第九十九条第（二）项'
    """

    id: RecordId
    name_zh: Annotated[str, Field(min_length=1)]
    name_en: Annotated[str, Field(min_length=1)]
    category: ViolationCategory
    bases: tuple[LegalBasis, ...] = Field(min_length=1)
    """The bases in date order; their spans never overlap."""
    never_lenient: bool = False
    """Falsified data, evading monitoring, illegal hazardous-waste dumping: never leniency."""

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, data: Any) -> Any:
        if isinstance(data, dict) and "bases" not in data and "citation" in data:
            rest = dict(data)
            basis = {
                key: rest.pop(key)
                for key in ("citation", "fine_min", "fine_max", "daily_penalty")
                if key in rest
            }
            return {**rest, "bases": [basis]}
        return data

    @model_validator(mode="after")
    def _spans(self) -> ViolationKind:
        ordered = sorted(self.bases, key=lambda b: b.starts)
        for i, (a, b) in enumerate(itertools.pairwise(ordered), start=1):
            if a.ends is None or a.ends >= b.starts:
                raise InvalidInputError(
                    field=f"bases.{i}",
                    value=b.starts,
                    allowed=f"a basis starting after the one before it ends ({a.ends or 'never'})",
                )
        if list(self.bases) != ordered:
            raise InvalidInputError(
                field="bases",
                value=[b.starts for b in self.bases],
                allowed="bases in the order of the days they start",
            )
        return self

    def basis_on(self, day: dt.date) -> LegalBasis | None:
        """The basis for an act on ``day``, or ``None`` if the conduct was no violation then."""
        for basis in self.bases:
            if basis.in_force_on(day):
                return basis
        return None


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
