"""Guangdong's columns headed 对个人 and the persons' columns (粤环发〔2021〕7号 附件1).

None of them is a table ecoreg can encode (docs/jurisdictions/guangdong.md, "Columns for
individuals"). These tests hold the two findings that say why, read from the annex's text and
checked through `decide_fine`, so that a change to the catalogue that would make a column
encodable fails here:

- the 对个人 columns and formulas of §§1.4, 1.8, 4.26, 4.27, 4.52, 6.12-6.14 and 6.16-6.21 are
  the fines of the persons responsible (法定代表人、主要负责人、直接负责的主管人员和其他直接责任
  人员): each is written for the range the article sets on those persons (`FineResult.persons`),
  and an individual party has the unit's range, so a record for "an individual" would be a
  second table for the same kind and range;
- §4.34's 对个人罚款 (500-2,000, 广东省固体废物污染环境防治条例 Art. 52 ¶2) is the one column for a
  party who is an individual, and no catalogue kind has that range.

The acts are of 2026-01-05 (before the Code, whose ranges the tables were written for), decided
on 2026-03-10.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    Decision,
    FineResult,
    Harm,
    PartyType,
    ViolationCase,
    decide_fine,
    standard_policy_book,
)
from ecoreg.exceptions import InvalidInputError

D = dt.date
BOOK = standard_policy_book()
DECIDED = D(2026, 3, 10)
ACT = D(2026, 1, 5)
W = Decimal


def _fine(
    kind: str, party: PartyType, act: dt.date = ACT, day: dt.date = DECIDED
) -> Decision[FineResult]:
    case = ViolationCase.model_validate(
        {
            "kind": kind,
            "occurred_on": act,
            "discovered_on": act + dt.timedelta(days=1),
            "harm": Harm.HARMFUL,
            "party_type": party,
        }
    )
    return decide_fine(case, policy=BOOK.resolve("CN-GD", day), decided_on=day)


def _table_section(d: Decision[FineResult]) -> str | None:
    """The section of the table applied (from its citation), or ``None``."""
    steps = [s for s in d.outcome.steps if s.rule_id == "fine.table"]
    if not steps:
        return None
    (step,) = steps
    assert step.citation is not None
    assert step.citation.note is not None
    head = "附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 "
    assert step.citation.note.startswith(head)
    return step.citation.note[len(head) :].split(",")[0]


# Formula tables: "直接负责的主管人员和其他责任人员的罚款金额 (对个人的罚款金额) = 对个人裁量百分值总和 × base",
# capped at 100 %. The lowest sum is the 对个人 start (no factor adds for the lowest levels), the
# highest the cap, so the column covers start × base to base.
_FORMULAS = [
    # §1.8 pp. 9-11: start 25 % × 200,000 = 50,000 … 200,000 (条例 Art. 23 ¶1: persons 5万-20万).
    ("§1.8", "eia.facilities-not-completed", "0.25", 200_000, 50_000),
    # §4.26 pp. 107-108: start 10 % × 1,000,000 = 100,000 … 1,000,000 (固废法 Art. 114 ¶1).
    ("§4.26", "waste.hazardous-unlicensed-collection-storage", "0.10", 1_000_000, 100_000),
    ("§4.26", "waste.hazardous-unlicensed-use-disposal", "0.10", 1_000_000, 100_000),
    # §4.27 pp. 108-109: start 10 % × 500,000 = 50,000 … 500,000 (Art. 114 ¶2).
    ("§4.27", "waste.hazardous-licence-breach-collection-storage", "0.10", 500_000, 50_000),
    ("§4.27", "waste.hazardous-licence-breach-use-disposal", "0.10", 500_000, 50_000),
    # §6.14 pp. 145-146, §6.19 pp. 150-151, §6.20 pp. 151-153: start 25 % × 20,000 = 5,000 …
    # 20,000 (土壤污染防治法 Arts. 91, 94: persons 5,000-20,000).
    ("§6.14", "soil.construction-on-unremediated-plot", "0.25", 20_000, 5_000),
    ("§6.19", "soil.risk-control-not-taken", "0.25", 20_000, 5_000),
    ("§6.20", "soil.remediation-not-done", "0.25", 20_000, 5_000),
]

# Band tables: the persons' column from its lowest band's floor to the single amount of the row
# "造成重大生态环境影响或者不良社会影响的".
_BANDS = [
    # §1.4 pp. 4-5: 5万元以上12万元以下 … 20万元 (环境影响评价法 Art. 32 ¶1: persons 5万-20万).
    ("§1.4", "eia.report-serious-quality-problems", 50_000, 200_000),
    # §4.52 pp. 126-127: 2万元以上3万元以下 … 10万元 (固废法 Art. 103: persons 2万-10万).
    ("§4.52", "other.obstructing-inspection-solid-waste", 20_000, 100_000),
    # §§6.12, 6.13 pp. 143-144: 0.5万元以上1.2万元以下 … 2万元 (土壤污染防治法 Art. 91).
    ("§6.12", "soil.remediation-new-pollution", 5_000, 20_000),
    ("§6.13", "soil.contaminated-soil-transfer-not-reported", 5_000, 20_000),
    # §6.16 pp. 147-148: 5000元以上7000元以下 … 2万元 (Art. 93).
    ("§6.16", "other.obstructing-inspection-soil", 5_000, 20_000),
    # §§6.17, 6.18, 6.21 pp. 148-150, 153-154: 0.5万元以上1万元以下 … 2万元 (Art. 94).
    ("§6.17", "soil.survey-not-done-risk-plot", 5_000, 20_000),
    ("§6.17", "soil.survey-not-done-key-unit-land", 5_000, 20_000),
    ("§6.18", "soil.risk-assessment-not-done", 5_000, 20_000),
    ("§6.21", "soil.effect-assessment-not-done", 5_000, 20_000),
]


@pytest.mark.parametrize(("section", "kind", "start", "base", "low"), _FORMULAS)
def test_the_formula_columns_are_written_for_the_persons_range(
    section: str, kind: str, start: str, base: int, low: int
) -> None:
    assert W(start) * base == low
    unit = _fine(kind, PartyType.UNIT)
    assert _table_section(unit) == section
    persons = unit.outcome.persons
    assert persons is not None
    assert (persons.statutory_min, persons.statutory_max) == (W(low), W(base))


@pytest.mark.parametrize(("section", "kind", "low", "high"), _BANDS)
def test_the_band_columns_are_written_for_the_persons_range(
    section: str, kind: str, low: int, high: int
) -> None:
    unit = _fine(kind, PartyType.UNIT)
    assert _table_section(unit) == section
    persons = unit.outcome.persons
    assert persons is not None
    assert (persons.statutory_min, persons.statutory_max) == (W(low), W(high))


@pytest.mark.parametrize(
    ("section", "kind"),
    [(f[0], f[1]) for f in _FORMULAS] + [(b[0], b[1]) for b in _BANDS],
)
def test_an_individual_has_the_units_range_and_the_unit_keeps_its_table(
    section: str, kind: str
) -> None:
    # The kind fines every party on one scale before the Code: a record for an individual would
    # be written for the same range as the unit's and the choice between them ambiguous. The
    # unit's case gets the unit's table (对单位 / 对企业), and so does an individual's, the
    # 对个人 column being the persons'.
    unit = _fine(kind, PartyType.UNIT)
    individual = _fine(kind, PartyType.INDIVIDUAL)
    unit_range = (unit.outcome.statutory_min, unit.outcome.statutory_max)
    assert unit_range == (individual.outcome.statutory_min, individual.outcome.statutory_max)
    assert _table_section(unit) == section
    assert _table_section(individual) == section
    assert unit.outcome.final == individual.outcome.final


def test_4_34_the_individuals_column_has_no_kind() -> None:
    # §4.34 p. 113 (PDF p. 128): 对个人罚款 500元以上800元以下 … 2000元, written for 广东省固体
    # 废物污染环境防治条例 Art. 52 ¶2 (对个人处五百元以上二千元以下). The nearest kind,
    # waste.unauthorised-burning, has only the Code's Art. 1169 ¶1 (from 2026-08-15), which fines
    # an individual 100,000-1,000,000 like a unit: no range 500-2,000, no table.
    later = _fine(
        "waste.unauthorised-burning", PartyType.INDIVIDUAL, D(2026, 9, 1), D(2026, 10, 10)
    )
    assert (later.outcome.statutory_min, later.outcome.statutory_max) == (
        W(100_000),
        W(1_000_000),
    )
    assert _table_section(later) is None
    with pytest.raises(InvalidInputError) as err:
        _fine("waste.unauthorised-burning", PartyType.INDIVIDUAL)
    assert err.value.field == "occurred_on"
