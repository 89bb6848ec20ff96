"""Fine tables of a local discretion benchmark (罚款金额裁量表), as policy records.

A province's benchmark gives, for a violation, either a **weight table** (权重累加模式: a start
weight plus one weight per factor, summed, capped at 100 %, times the statutory maximum) or a
**band table** (幅度罚款模式: the factors pick a band of yuan, and a rule such as "an ordinary
case takes the midpoint" picks the amount). Both are data: each factor lists its levels, each
level the facts that put a case on it, and the table names the catalogue kinds it scores and the
statutory range it was written for (a table written for a range the law no longer has does not
fit, and is not applied). A table written for a multiple or a share of a case amount (处货值金额
一倍以上三倍以下的罚款, 总投资额百分之一以上百分之五以下) names that rule as its ``statute``
instead of a range in yuan, and its bands are in the rule's unit (times, or a share as a
fraction); it fits a case whose rule is the same multiple or share of the same amount.

The rules that read the tables are in `ecoreg.penalties` (``discretion.method: tables``).

Examples:
    >>> level = TableLevel(
    ...     label_zh="50吨以上200吨以下",
    ...     label_en="50 t to under 200 t",
    ...     score="0.03",
    ...     when=(TableTest(fact="daily_wastewater_tonnes", at_least="50", below="200"),),
    ... )
    >>> level.score, level.when[0].below
    (Decimal('0.03'), Decimal('200'))
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ecoreg.core._citations import Citation
from ecoreg.core._fine_rules import FineRule, MultipleRule, Multiplier, ShareRule
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import NonNegativeYuan
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "DiscretionTable",
    "FineBandRow",
    "Party",
    "TableFactor",
    "TableLevel",
    "TableTest",
    "band_row",
    "holds",
    "index_tables",
    "matches",
    "stated",
]

_Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]
_Fact = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=60)]
_Share = Annotated[Decimal, Field(ge=0, le=1, allow_inf_nan=False)]
_Text = Annotated[str, Field(min_length=1, max_length=200)]

FactValues = tuple[str | int | Decimal | bool, ...]
"""A fact's values for a case: one for most facts, several where a case has several classes
(pollutants of classes A and B, overlapping areas: 粤环发〔2021〕7号 Art. 17)."""


class TableTest(EcoregModel):
    """One test on a fact: equal to a value, or between bounds.

    ``at_least`` and ``below`` read the benchmark's "以上" (the number included) and "以下" (the
    number excluded, 粤环发〔2021〕7号 Art. 23); ``above`` and ``at_most`` its "<" and "≤" (the
    pH rows: "2<pH<5", "pH≤2").
    """

    fact: _Fact
    equals: str | bool | None = None
    at_least: Decimal | None = None
    above: Decimal | None = None
    below: Decimal | None = None
    at_most: Decimal | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> TableTest:
        bounds = (self.at_least, self.above, self.below, self.at_most)
        bounded = any(b is not None for b in bounds)
        if (self.equals is None) == (not bounded):
            raise InvalidInputError(
                field="when",
                value=self.fact,
                allowed="either 'equals' or bounds (at_least/above, below/at_most), not both",
            )
        lows = [b for b in (self.at_least, self.above) if b is not None]
        highs = [b for b in (self.below, self.at_most) if b is not None]
        if len(lows) > 1 or len(highs) > 1 or (lows and highs and highs[0] <= lows[0]):
            raise InvalidInputError(
                field="when",
                value=self.fact,
                allowed="at most one lower and one upper bound, the upper above the lower",
            )
        return self


class TableLevel(EcoregModel):
    """One level (档次) of a factor: its words, its score and the facts that put a case on it.

    ``score`` is the weight (a share of the statutory maximum) in a weight table, and the
    level's rank (0 = lowest) in a band table.
    """

    label_zh: _Text
    label_en: _Text
    score: Annotated[Decimal, Field(ge=0, le=100, allow_inf_nan=False)]
    when: tuple[TableTest, ...] = Field(min_length=1, max_length=4)


class TableFactor(EcoregModel):
    """A factor (裁量要素) of a table and its levels."""

    id: _Fact
    label_zh: _Text
    label_en: _Text
    levels: tuple[TableLevel, ...] = Field(min_length=2, max_length=12)

    @property
    def lowest(self) -> TableLevel:
        """The lowest level (a factor that cannot be established is scored here, Art. 5)."""
        return min(self.levels, key=lambda level: level.score)

    @property
    def facts(self) -> tuple[str, ...]:
        """The facts the factor reads, in order of first use."""
        return tuple(dict.fromkeys(t.fact for level in self.levels for t in level.when))


class FineBandRow(EcoregModel):
    """A row of a band table: the level of each factor, and the band for it.

    The band is in yuan (``min``, ``max``), or, in a table written for a multiple or a share of
    a case amount, in the statute's unit (``rate_min``, ``rate_max``: "货值金额1.5倍以上2倍以下"
    is 1.5 to 2; a single figure, "货值金额3倍", is 3 to 3).
    """

    levels: dict[_Fact, Annotated[int, Field(ge=0, le=11)]]
    min: NonNegativeYuan | None = None
    max: NonNegativeYuan | None = None
    rate_min: Multiplier | None = None
    rate_max: Multiplier | None = None

    @model_validator(mode="after")
    def _order(self) -> FineBandRow:
        pairs = {"": (self.min, self.max), "rate_": (self.rate_min, self.rate_max)}
        given = [unit for unit, pair in pairs.items() if pair != (None, None)]
        unit = given[0] if len(given) == 1 else ("rate_" if given else "")
        low, high = pairs[unit]
        if len(given) != 1 or low is None or high is None:
            raise InvalidInputError(
                field=f"{unit}min" if low is None or len(given) > 1 else f"{unit}max",
                value=None if len(given) != 2 else low,
                allowed="a band in yuan (min and max) or in the statute's unit (rate_min and "
                "rate_max): one of the two, both ends",
            )
        if high < low:
            raise InvalidInputError(field=f"{unit}max", value=high, allowed=f"at least {low}")
        return self

    @property
    def proportional(self) -> bool:
        """Whether the band is in the statute's unit (a multiple or share), not in yuan."""
        return self.rate_max is not None

    @property
    def low(self) -> Decimal:
        """The band's lower end, in its unit."""
        return self.rate_min if self.rate_min is not None else self.min  # type: ignore[return-value]

    @property
    def high(self) -> Decimal:
        """The band's upper end, in its unit."""
        return self.rate_max if self.rate_max is not None else self.max  # type: ignore[return-value]


Party = Literal["unit", "persons"]
"""Whose fine a table scores: the party's (``unit``, also an individual party), or the persons
responsible in a unit (``persons``)."""


class DiscretionTable(EcoregModel):
    """One fine table of a discretion benchmark, for the catalogue kinds it names.

    ``mode`` ``weights``: amount = min(``start`` + the factors' weights, 100 %) (and at least
    ``floor`` where the table sets one) × the statutory maximum. ``bands``: the factors' levels
    pick a row; the amount in it is the row's midpoint for an ordinary case.
    """

    id: _Id
    mode: Literal["weights", "bands"]
    party: Party = "unit"
    """Whose fine the table scores: the party's (``unit``, also an individual party), or the
    persons responsible in a unit (``persons``: 直接负责的主管人员和其他直接责任人员, the annex's
    对个人 columns), within the range the article sets on them."""
    kinds: tuple[_Id, ...] = Field(min_length=1, max_length=20)
    section: _Text
    """The table's number in the annex (``§2.7.1``)."""
    title_zh: _Text
    title_en: _Text
    statutory_min: NonNegativeYuan | None = None
    statutory_max: NonNegativeYuan | None = None
    """The statutory range in yuan the table was written for (its 处罚依据)."""
    statute: FineRule | None = None
    """Instead of a range in yuan: the multiple or share rule the table was written for."""
    start: _Share | None = None
    """裁量起点, weight tables only."""
    floor: _Share | None = None
    """A table's own lowest total ("裁量百分值总和不足20%的，按20%计算")."""
    factors: tuple[TableFactor, ...] = Field(default=(), max_length=12)
    """Empty for a table of one band (§6.15: "限期内改正，未造成其他不良影响 1万元以上5万元以下")."""
    bands: tuple[FineBandRow, ...] = ()
    citation: Citation

    @model_validator(mode="after")
    def _shape(self) -> DiscretionTable:
        self._check_statute()
        if self.mode == "weights":
            if self.start is None or self.bands:
                raise InvalidInputError(
                    field="start",
                    value=self.start,
                    allowed="a weight table has a start weight and no bands",
                )
            if any(level.score > 1 for f in self.factors for level in f.levels):
                raise InvalidInputError(
                    field="factors", value=self.id, allowed="weights between 0 and 1"
                )
            return self
        self._check_bands()
        return self

    @property
    def proportional(self) -> MultipleRule | ShareRule | None:
        """The multiple or share rule the table was written for, if not a range in yuan."""
        rule = None if self.statute is None else self.statute.root
        return rule if isinstance(rule, MultipleRule | ShareRule) else None

    def written_for(self) -> tuple[str, str]:
        """The statutory range the table was written for, in words (Chinese, English)."""
        if self.statute is not None:
            return self.statute.describe()
        return (
            f"{self.statutory_min}元至{self.statutory_max}元的罚款",
            f"a fine of {self.statutory_min} to {self.statutory_max} yuan",
        )

    def _check_statute(self) -> None:
        """A range in yuan, or a multiple or share rule: one of the two."""
        yuan = (self.statutory_min, self.statutory_max)
        if self.statute is not None:
            if self.proportional is None or yuan != (None, None):
                raise InvalidInputError(
                    field="statute",
                    value=self.statute.describe()[1],
                    allowed="a 'multiple' or 'share' rule, and then no statutory_min or "
                    "statutory_max",
                )
            return
        low, high = yuan
        if low is None or high is None:
            raise InvalidInputError(
                field="statutory_max" if low is not None else "statutory_min",
                value=None,
                allowed="the statutory range in yuan the table was written for (statutory_min "
                "and statutory_max), or its multiple or share rule (statute)",
            )
        if high < low:
            raise InvalidInputError(
                field="statutory_max",
                value=high,
                allowed=f"at least statutory_min ({low})",
            )

    def _check_bands(self) -> None:
        """Every combination of levels has exactly one row, and no row names an unknown one."""
        ranks = {f.id: sorted({int(level.score) for level in f.levels}) for f in self.factors}
        rows = {tuple(sorted(r.levels.items())) for r in self.bands}
        wanted = {
            tuple(sorted(zip(ranks, combo, strict=True)))
            for combo in itertools.product(*ranks.values())
        }
        if self.start is not None or rows != wanted or len(rows) != len(self.bands):
            raise InvalidInputError(
                field="bands",
                value=self.id,
                allowed="a band table has no start weight and one row for each combination of "
                f"its factors' levels {ranks}",
            )
        rule = self.proportional
        low = Decimal(0) if rule is None or rule.min is None else rule.min
        high = None if rule is None else rule.max
        for row in self.bands:
            if row.proportional != (rule is not None) or (
                high is not None and not low <= row.low <= row.high <= high
            ):
                raise InvalidInputError(
                    field="bands",
                    value=dict(row.levels),
                    allowed=f"bands in yuan for a table in yuan; in {self.id}, written for "
                    f"{self.written_for()[1]}, bands in the statute's unit (rate_min, rate_max) "
                    "within its multipliers",
                )


def index_tables(
    tables: tuple[DiscretionTable, ...],
) -> Mapping[tuple[Party, str], tuple[DiscretionTable, ...]]:
    """The tables by party and catalogue kind, each kind's in order of id (built once a policy)."""
    found: dict[tuple[Party, str], list[DiscretionTable]] = {}
    for table in sorted(tables, key=lambda t: t.id):
        for kind in table.kinds:
            found.setdefault((table.party, kind), []).append(table)
    return MappingProxyType({key: tuple(group) for key, group in found.items()})


def matches(test: TableTest, value: str | int | Decimal | bool) -> bool:
    """Whether one value of the fact passes ``test``."""
    if test.equals is not None:
        return value == test.equals
    if isinstance(value, (bool, str)):
        return False
    return (
        (test.at_least is None or value >= test.at_least)
        and (test.above is None or value > test.above)
        and (test.below is None or value < test.below)
        and (test.at_most is None or value <= test.at_most)
    )


def stated(level: TableLevel, facts: Mapping[str, FactValues]) -> bool:
    """Whether the case states every fact ``level`` tests."""
    return all(t.fact in facts for t in level.when)


def holds(level: TableLevel, facts: Mapping[str, FactValues]) -> bool:
    """Whether some value of each fact ``level`` tests passes.

    A case with several classes is on every level one of them reaches (Art. 17).
    """
    return stated(level, facts) and all(
        any(matches(t, v) for v in facts[t.fact]) for t in level.when
    )


def band_row(table: DiscretionTable, levels: Mapping[str, int]) -> FineBandRow:
    """The row of a band table for the factors' levels."""
    for row in table.bands:
        if all(row.levels[k] == levels[k] for k in row.levels):
            return row
    raise InvalidInputError(field="levels", value=dict(levels), allowed=f"a row of {table.id}")
