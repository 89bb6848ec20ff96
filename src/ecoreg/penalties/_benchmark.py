"""A local benchmark's fine tables applied to a case (``discretion.method: tables``).

Guangdong's rules (粤环发〔2021〕7号) are the model: Art. 6 defines the weight-accumulation mode
(权重累加模式: the start weight plus each factor's weight, summed, at most 100 %, times the
statutory maximum) and the band mode (幅度罚款模式: the factors give a band); Art. 12 (2) puts an
ordinary case (一般处罚) at the band's average; Art. 5 scores a factor that cannot be established
at its lowest level; Art. 17 takes the heavier class where a case has pollutants of both classes
or lies in overlapping areas (a case is scored on the highest level any of its classes reaches).

A start weight can put the amount under the statutory minimum (§2.7.1: 7 % × 1,000,000 =
70,000 < 100,000). Art. 3 (1) keeps discretion inside the statutory range ("一般不得突破法律、
法规、规章规定的处罚额度") save for a statutory reduction, so ecoreg raises such an amount to the
minimum and says so; the tables' own floors (§2.7.2: "裁量百分值总和不足20%的，按20%计算") read
the same way.

A table written for a multiple or share of a case amount (附件1 §1.1: "罚款金额＝裁量百分值总和×
建设项目总投资额×5%"; §3.20: bands of "货值金额1倍以上1.5倍以下" …) is scored the same way: a weight
table's share is taken of the case's statutory maximum (the amount times the statute's highest
multiple), and a band's midpoint multiplies the amount the statute counts (after its floor,
"不足十万元的，按十万元计算"). It applies only where the case's rule is that same multiple or share
of that same amount.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from ecoreg.core._money import YUAN, Rounding, round_yuan
from ecoreg.core._periods import add_months
from ecoreg.core._tables import band_row, holds, stated
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    from ecoreg.core._fine_rules import ResolvedRange
    from ecoreg.core._tables import (
        DiscretionTable,
        FactValues,
        FineBandRow,
        TableFactor,
        TableLevel,
    )
    from ecoreg.penalties._case import ViolationCase
    from ecoreg.penalties._local_facts import GuangdongFacts

__all__ = [
    "Scored",
    "TableOutcome",
    "score_table",
    "table_facts",
    "table_for",
]

_HISTORY_MONTHS = 24
"""附件1's repeat factors count "近二年同类违法行为（含本次）": two years back from the act (Art. 22)."""


@attrs.frozen
class Scored:
    """A factor's level for the case, and whether the case established it."""

    factor: TableFactor
    level: TableLevel
    established: bool
    """``False``: no fact of the factor is stated, so it is scored at its lowest level (Art. 5)."""
    matched: bool
    """``False`` with ``established``: the stated facts fit no level; the lowest is taken."""


@attrs.frozen
class TableOutcome:
    """What a table gives for a case."""

    table: DiscretionTable
    scored: tuple[Scored, ...]
    amount: Decimal
    total: Decimal | None = None
    """Weight tables: start + weights, before the 100 % cap and the table's floor."""
    share: Decimal | None = None
    """Weight tables: the share of the maximum applied (after the cap and the floor)."""
    band: FineBandRow | None = None
    raised_to_minimum: bool = False
    """The table's amount was under the statutory minimum and is raised to it (Art. 3 (1))."""


def table_for(
    candidates: tuple[DiscretionTable, ...], statutory: ResolvedRange
) -> tuple[DiscretionTable | None, DiscretionTable | None]:
    """The table among ``candidates`` (one kind's, `index_tables`) written for ``statutory``.

    A table in yuan fits the same range in yuan; a table written for a multiple or share of a case
    amount fits the same rule (its base, multipliers and floor; "可以处" or "处" alike).
    Returns the fitting table (or ``None``) and, where none fits, the first candidate, if any.
    """
    for table in candidates:
        if _fits(table, statutory):
            return table, None
    return None, (candidates[0] if candidates else None)


def _fits(table: DiscretionTable, statutory: ResolvedRange) -> bool:
    written, rule = table.proportional, statutory.proportional
    if written is None:  # a range in yuan: not a multiple whose figures happen to be the same
        return rule is None and (table.statutory_min, table.statutory_max) == (
            statutory.low,
            statutory.high,
        )
    return rule is not None and written.model_copy(update={"optional": rule.optional}) == rule


def _period(level: int) -> str:
    if level >= 5:
        return "heavy_pollution_warning"
    if level >= 3:
        return "special_event"
    return "ordinary"


def table_facts(case: ViolationCase) -> dict[str, FactValues]:
    """The facts a table reads, each as a tuple of values; a fact not stated is absent."""
    since, _ = add_months(case.occurred_on, -_HISTORY_MONTHS)
    year, _ = add_months(case.occurred_on, -12)
    five_years, _ = add_months(case.occurred_on, -60)
    same = [p for p in case.prior_violations if p.kind == case.kind and p.on <= case.occurred_on]
    found: dict[str, FactValues] = {
        "period": (_period(case.period_level),),
        "violations_2y": (Decimal(1 + sum(1 for p in same if since <= p.on)),),
        "prior_same_kind": (bool(same),),
        "prior_same_kind_1y": (any(year <= p.on for p in same),),
        "prior_same_kind_5y": (any(five_years <= p.on for p in same),),
        "refused_to_correct": (case.refused_to_correct,),
        "pollution_caused": (case.pollution_caused,),
    }
    if case.pollutants_over is not None:
        found["pollutants_over"] = (Decimal(case.pollutants_over),)
    if case.exceedance_ratio is not None:
        found["exceedance_multiple"] = (case.exceedance_ratio,)
    for name in _MONEY:
        amount = getattr(case, name)
        if amount is not None:
            found[name] = (amount,)
    if case.accident_grade is not None:
        found["accident_grade"] = (case.accident_grade.value,)
    if case.guangdong is not None:
        found.update(_guangdong_facts(case.occurred_on, case.guangdong))
    return found


_MONEY: tuple[str, ...] = ("goods_value", "disposal_cost", "direct_loss", "service_fee")
_MONEY += ("illegal_gains", "project_investment")
"""The case's amounts a fine is computed from, as table facts of the same name (Decimal yuan):
a table written for a multiple or share of one may grade the amount's size (附件1 §§3.20, 3.21:
货值金额在100万元以下 …)."""


_VALUES: tuple[str, ...] = ("daily_wastewater_tonnes", "quota_excess_ratio", "ph")
_VALUES += ("hazardous_waste_tonnes", "untreated", "uncooperative", "permit_class", "label_missing")
_VALUES += ("eia_document", "eia_project", "construction_stage", "ecological_redline")  # ch. 1
_VALUES += ("project_discharge", "water_area", "mitigated", "outlet_discharging")  # chs. 1-2
_VALUES += ("stopped_immediately", "conduct_form")  # chs. 1-2
_CHOICES = ("voc_enclosure", "evasion_form", "monitoring_fault")
# 附件1 chapter 3 (air): §§3.1, 3.6, 3.7, 3.9, 3.22, 3.23.
_VALUES += ("obstruction_form", "device_destroyed", "not_monitored", "not_disclosed")
_VALUES += ("major_impact",)
# 附件1 chapters 7 and 8:
_VALUES += ("report_failure", "radioactivity_level")
_VALUES += ("radioactive_waste_grade", "livestock_pig_equivalents")
_VALUES += ("bribery", "permit_forged")
# 附件1 chapters 4 and 6:
_VALUES += ("material_tonnes", "volume_m3", "area_m2", "soil_sensitivity")
_VALUES += ("soil_duty_form", "wholly_missing", "transport_protection", "entrusted_for")
_VALUES += ("farmland", "hazardous_use_disposal", "waste_plant_shortfall")
_VALUES += ("facility_type",)
_VALUES += ("hazardous_waste_handling", "other_adverse_impact")  # §§4.26, 4.27, 6.15
_VALUES += ("compensation_assumed", "remediated_in_time", "harm_eliminated")  # §§3.33, 4.7, 4.28
_COUNTS: tuple[str, ...] = ("nonconforming_outlets", "equipment_items", "falsified_indicators")
_COUNTS += ("radioactive_source_class", "falsified_reports")


def _guangdong_facts(act_on: dt.date, gd: GuangdongFacts) -> dict[str, FactValues]:
    """The table facts of `GuangdongFacts` (classes as their values, counts as Decimals)."""
    found: dict[str, FactValues] = {}
    if gd.pollutant_classes:
        found["pollutant_class"] = tuple(c.value for c in gd.pollutant_classes)
    if gd.areas:
        found["area"] = tuple(a.value for a in gd.areas)
    for name in (*_CHOICES, "accident_grade"):
        choice = getattr(gd, name)
        if choice is not None:
            found[name] = (choice.value,)
    for name in _VALUES:
        value = getattr(gd, name)
        if value is not None:
            found[name] = (value,)
    for name in _COUNTS:
        count = getattr(gd, name)
        if count is not None:
            found[name] = (Decimal(count),)
    if gd.duration_days is not None:
        found["duration_days"] = (gd.duration_days,)
        found["duration_months"] = (Decimal(_months(act_on, gd.duration_days)),)
    return found


def _months(start: dt.date, days: Decimal) -> int:
    """Whole calendar months from ``start`` to ``days`` later ("月" is a calendar month, Art. 23)."""
    end = start + dt.timedelta(days=int(days))
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months)[0] > end:
        months -= 1
    return months


def _score(factor: TableFactor, facts: dict[str, FactValues]) -> Scored:
    reached = [level for level in factor.levels if holds(level, facts)]
    if reached:
        top = max(reached, key=lambda level: level.score)
        return Scored(factor=factor, level=top, established=True, matched=True)
    any_stated = any(stated(level, facts) for level in factor.levels)
    return Scored(factor=factor, level=factor.lowest, established=any_stated, matched=False)


def score_table(
    table: DiscretionTable, facts: dict[str, FactValues], statutory: ResolvedRange
) -> TableOutcome:
    """Score the case's facts on ``table`` and give the amount within ``statutory``'s range.

    A table written for a multiple or share of a case amount has its bands in the statute's
    unit: a band's midpoint is that many times the amount the rule counted
    (`ResolvedRange.counted`).

    Examples:
        >>> from ecoreg.core._tables import DiscretionTable
        >>> from ecoreg.core._citations import Citation, Instrument
        >>> cite = Citation(
        ...     instrument=Instrument(id="x", name_zh="表", name_en="Table", in_force="2022-01-01")
        ... )
        >>> table = DiscretionTable(
        ...     id="t",
        ...     mode="weights",
        ...     kinds=("air.over-limit",),
        ...     section="§1",
        ...     title_zh="表",
        ...     title_en="Table",
        ...     statutory_min="100000",
        ...     statutory_max="1000000",
        ...     start="0.10",
        ...     citation=cite,
        ...     factors=[
        ...         {
        ...             "id": "n",
        ...             "label_zh": "因子",
        ...             "label_en": "factors",
        ...             "levels": [
        ...                 {
        ...                     "label_zh": "1个",
        ...                     "label_en": "1",
        ...                     "score": "0",
        ...                     "when": [{"fact": "pollutants_over", "below": "2"}],
        ...                 },
        ...                 {
        ...                     "label_zh": "2个以上",
        ...                     "label_en": "2+",
        ...                     "score": "0.05",
        ...                     "when": [{"fact": "pollutants_over", "at_least": "2"}],
        ...                 },
        ...             ],
        ...         }
        ...     ],
        ... )
        >>> from ecoreg.core._fine_rules import ResolvedRange
        >>> statutory = ResolvedRange(
        ...     low=Decimal(100000), high=Decimal(1000000), text_zh="…", text_en="…"
        ... )
        >>> score_table(table, {"pollutants_over": (Decimal(2),)}, statutory).amount
        Decimal('150000.00')
    """
    low, high, counted = statutory.low, statutory.high, statutory.counted
    scored = tuple(_score(f, facts) for f in table.factors)
    if table.mode == "weights":
        start = table.start if table.start is not None else Decimal(0)
        total = start + sum((s.level.score for s in scored), Decimal(0))
        share = min(total, Decimal(1))
        if table.floor is not None:
            share = max(share, table.floor)
        raw = round_yuan(high * share, to=YUAN, rounding=Rounding.HALF_UP)
        amount = min(max(raw, low), high)
        return TableOutcome(
            table=table,
            scored=scored,
            amount=amount,
            total=total,
            share=share,
            raised_to_minimum=raw < low,
        )
    levels = {s.factor.id: int(s.level.score) for s in scored}
    band = band_row(table, levels)
    middle = (band.low + band.high) / 2
    if band.proportional:
        if counted is None:
            raise InvalidInputError(
                field="counted",
                value=None,
                allowed=f"the base amount of the case: table {table.id} is written for "
                f"{table.written_for()[1]}",
            )
        middle *= counted
    raw = round_yuan(middle, to=YUAN, rounding=Rounding.HALF_UP)
    amount = min(max(raw, low), high)
    return TableOutcome(
        table=table, scored=scored, amount=amount, band=band, raised_to_minimum=raw < low
    )
