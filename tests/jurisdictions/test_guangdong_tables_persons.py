"""Guangdong's columns for the persons responsible in a unit (粤环发〔2021〕7号 附件1).

The 对个人 columns and formulas of §§1.4, 1.8, 4.26, 4.27, 4.52, 6.12-6.14 and 6.16-6.21 are the
fines of the persons responsible (法定代表人、主要负责人、直接负责的主管人员和其他直接责任人员):
each is written for the range the article sets on those persons (`FineResult.persons`), and is
encoded as a record with ``party: persons`` (`ecoreg.jurisdictions._guangdong_tables_persons`).
These tests hold:

- the finding that makes them the persons' (each column's range is the persons' range; an
  individual party has the unit's range and the unit's table);
- for each persons' table, a worked example computed by hand from the annex text and a
  boundary (a band's threshold, the cap at 100 % or the persons' minimum), through
  `decide_fine`: ``FineResult.persons.amount`` (each person, an ordinary case) and ``.table``;
- what is left out: §6.11's column (5,000-20,000, not the range of 土壤污染防治法 Art. 90 ¶2),
  §4.34's column for an individual party (no kind), and the Code's other ranges (§§4.52, 6.16).

The acts are of 2026-01-05 (before the Code, whose ranges the tables were written for), decided
on 2026-03-10; a duration counts calendar months from the act (100 days: 3 months; 200 days: 6;
400 days: 13).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

import pytest

from ecoreg import (
    AreaClass,
    Decision,
    FineResult,
    GuangdongFacts,
    PartyType,
    PriorViolation,
)
from ecoreg.exceptions import InvalidInputError
from gd_cases import ACT, DECIDED, table_section
from gd_cases import case as _case
from gd_cases import decide as _decide
from gd_cases import yuan as _yuan

if TYPE_CHECKING:
    from ecoreg.penalties._case import PersonsFine

D = dt.date
W = Decimal


def _fine(
    kind: str,
    party: PartyType,
    act: dt.date = ACT,
    day: dt.date = DECIDED,
    gd: GuangdongFacts | None = None,
    facts: dict[str, object] | None = None,
) -> Decision[FineResult]:
    found = act + dt.timedelta(days=1)
    case = _case(kind, gd, occurred_on=act, discovered_on=found, party_type=party, **(facts or {}))
    return _decide(case, day)


def _persons(kind: str, gd: GuangdongFacts | None = None, /, **facts: object) -> PersonsFine:
    """The persons' fine of a unit's case (act 2026-01-05)."""
    persons = _fine(kind, PartyType.UNIT, gd=gd, facts=facts).outcome.persons
    assert persons is not None
    return persons


def _each(kind: str, gd: GuangdongFacts | None = None, /, **facts: object) -> tuple[Decimal, str]:
    """The amount for each person, and the persons' table."""
    persons = _persons(kind, gd, **facts)
    assert persons.amount is not None
    assert persons.table is not None
    return persons.amount, persons.table


def _table_section(d: Decision[FineResult]) -> str | None:
    """The section of the table applied (from its citation), or ``None``."""
    if all(s.rule_id != "fine.table" for s in d.outcome.steps):
        return None
    return table_section(d)


def _persons_id(section: str) -> str:
    """The id of the persons' record of a section (§6.17 -> cn-gd.table.6-17.persons)."""
    return f"cn-gd.table.{section[1:].replace('.', '-')}.persons"


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
    # No factor stated: each at its lowest level (Art. 5), the 对个人 start alone, the minimum.
    assert persons.table == _persons_id(section)
    assert persons.amount == W(low)


@pytest.mark.parametrize(("section", "kind", "low", "high"), _BANDS)
def test_the_band_columns_are_written_for_the_persons_range(
    section: str, kind: str, low: int, high: int
) -> None:
    unit = _fine(kind, PartyType.UNIT)
    assert _table_section(unit) == section
    persons = unit.outcome.persons
    assert persons is not None
    assert (persons.statutory_min, persons.statutory_max) == (W(low), W(high))
    assert persons.table == _persons_id(section)
    assert persons.amount is not None
    assert W(low) <= persons.amount < W(high)


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


# --- worked examples, one per persons' table ------------------------------------------------


def test_1_4_bands_by_the_stage() -> None:
    # §1.4 pp. 4-5, the persons' column: 未投入生产 5万元以上12万元以下, 已投入生产 12万元以上
    # 20万元以下, 造成重大生态环境影响或者不良社会影响的 20万元. A 报告书 of a key project in
    # production: 12万-20万, an ordinary case at the midpoint (120,000 + 200,000) / 2 = 160,000.
    kind = "eia.report-serious-quality-problems"
    gd = GuangdongFacts(
        construction_stage="operating", eia_document="report", eia_project="key_industry"
    )
    assert _each(kind, gd) == (_yuan(160_000), "cn-gd.table.1-4.persons")
    # Still building (设备安装阶段, 未投入生产): 5万-12万 → 85,000; the document and the project
    # move the unit's band, not the persons'.
    gd_building = gd.model_copy(update={"construction_stage": "equipment"})
    assert _each(kind, gd_building)[0] == _yuan(85_000)
    # Boundary: a major impact is the single amount 20万, the persons' maximum.
    gd_major = gd_building.model_copy(update={"major_impact": True})
    assert _each(kind, gd_major)[0] == _yuan(200_000)


def test_1_8_weights_times_200_000() -> None:
    # §1.8 pp. 9-11: 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量百分值总和×20万, start
    # 25 %, the weights of the table: 报告书类且已纳入排污许可证重点管理 10 %, 有毒有害污染物 13 %,
    # 未建成 6 %, 一般区域 0 %, 6个月以上12个月以下 6 % (200 days), 1次 0 %, 配合调查 0 %:
    # 25 + 10 + 13 + 6 + 6 = 60 % × 200,000 = 120,000.
    kind = "eia.facilities-not-completed"
    gd = GuangdongFacts(
        eia_document="report",
        permit_class="key",
        project_discharge="toxic",
        conduct_form="not_built",
        areas=(AreaClass.GENERAL,),
        duration_days=W(200),
        uncooperative=False,
    )
    assert _each(kind, gd) == (_yuan(120_000), "cn-gd.table.1-8.persons")
    # The unit's own table is the unit's (限期内改正: start 20 % × 100万): 55 % → 550,000.
    assert _fine(kind, PartyType.UNIT, gd=gd).outcome.final == _yuan(550_000)
    # Boundary (对个人裁量百分值总和超过100%的，按100%计算): 弄虚作假 12 %, drinking-water zone
    # 15 %, 12个月以上 11 %, 4次以上 14 %, 不配合 5 %: 25 + 10 + 13 + 12 + 15 + 11 + 14 + 5 = 105 %
    # → 100 % × 200,000 = 200,000.
    worst = gd.model_copy(
        update={
            "conduct_form": "acceptance_fraud",
            "areas": (AreaClass.DRINKING_WATER_FIRST,),
            "duration_days": W(400),
            "uncooperative": True,
        }
    )
    priors = [PriorViolation(kind=kind, on=D(2025, m, 1)) for m in (2, 5, 8)]
    assert _each(kind, worst, prior_violations=priors)[0] == _yuan(200_000)


def test_4_26_weights_times_1_000_000() -> None:
    # §4.26 pp. 107-108: 对个人的罚款金额=对个人的裁量百分值总和×100万, start 10 %: 3吨以上10吨
    # 以下 11 %, 非法倾倒、填埋 32 %, 6个月以上12个月以下 4 % (200 days), 一般区域 0 %, 1次 0 %:
    # 10 + 11 + 32 + 4 = 57 % × 1,000,000 = 570,000.
    gd = GuangdongFacts(
        hazardous_waste_tonnes=W(5),
        hazardous_waste_handling="dumped",
        duration_days=W(200),
        areas=(AreaClass.GENERAL,),
    )
    for kind in (
        "waste.hazardous-unlicensed-collection-storage",
        "waste.hazardous-unlicensed-use-disposal",
    ):
        assert _each(kind, gd) == (_yuan(570_000), "cn-gd.table.4-26.persons")
    # Boundary: every factor at its top, 10 + 28 + 32 + 6 + 15 + 9 = 100 % → 1,000,000, the
    # persons' maximum (10吨以上, 饮用水水源保护区, 12个月以上, 4次以上).
    kind = "waste.hazardous-unlicensed-collection-storage"
    worst = gd.model_copy(
        update={
            "hazardous_waste_tonnes": W(10),
            "duration_days": W(400),
            "areas": (AreaClass.DRINKING_WATER_FIRST,),
        }
    )
    priors = [PriorViolation(kind=kind, on=D(2025, m, 1)) for m in (2, 5, 8)]
    assert _each(kind, worst, prior_violations=priors)[0] == _yuan(1_000_000)


def test_4_27_weights_times_500_000() -> None:
    # §4.27 pp. 108-109: 对个人的罚款金额=对个人的裁量百分值总和×50万, start 10 %: 1吨以上3吨以下
    # 4 %, 资源化综合利用 6 %, 3个月以上6个月以下 2 % (100 days), 限批区 8 %:
    # 10 + 4 + 6 + 2 + 8 = 30 % × 500,000 = 150,000.
    gd = GuangdongFacts(
        hazardous_waste_tonnes=W(2),
        hazardous_waste_handling="recovered",
        duration_days=W(100),
        areas=(AreaClass.RESTRICTED,),
    )
    kind = "waste.hazardous-licence-breach-use-disposal"
    assert _each(kind, gd) == (_yuan(150_000), "cn-gd.table.4-27.persons")
    # Boundary: the lowest levels (1吨以下, 暂未处置, 3个月以下): the start alone, 10 % × 500,000
    # = 50,000, the persons' minimum (Art. 114 ¶2).
    low = GuangdongFacts(
        hazardous_waste_tonnes=W("0.5"),
        hazardous_waste_handling="not_yet",
        duration_days=W(30),
        areas=(AreaClass.GENERAL,),
    )
    assert _each("waste.hazardous-licence-breach-collection-storage", low)[0] == _yuan(50_000)


def test_4_52_bands_by_the_form_and_a_repeat() -> None:
    # §4.52 pp. 126-127, 对个人罚款: 以拒绝执法人员进入厂区的方式阻挠, 无同类违法行为: 6万元以上
    # 7万元以下 → (60,000 + 70,000) / 2 = 65,000.
    kind = "other.obstructing-inspection-solid-waste"
    assert _each(kind, GuangdongFacts(obstruction_form="refused_entry")) == (
        _yuan(65_000),
        "cn-gd.table.4-52.persons",
    )
    # 消极暴力 with a same violation within the year: 9万元以上10万元以下 → 95,000.
    earlier = [PriorViolation(kind=kind, on=D(2025, 6, 1))]
    gd = GuangdongFacts(obstruction_form="passive_violence")
    assert _each(kind, gd, prior_violations=earlier)[0] == _yuan(95_000)
    # Boundary: the repeat counts within a year only (2024-12-01 is 13 months before): 8万-9万.
    older = [PriorViolation(kind=kind, on=D(2024, 12, 1))]
    assert _each(kind, gd, prior_violations=older)[0] == _yuan(85_000)
    # 以殴打执法人员的积极暴力方式: 10万元, the persons' maximum.
    assert _each(kind, GuangdongFacts(obstruction_form="active_violence"))[0] == _yuan(100_000)


@pytest.mark.parametrize(
    ("kind", "facts", "section"),
    [
        # §6.12 pp. 143-144: 限期内改正 0.5万-1.2万, 逾期未改正 1.2万-2万.
        ("soil.remediation-new-pollution", "refused_to_correct", "§6.12"),
        # §6.13 p. 144: 未造成土壤环境污染 0.5万-1.2万, 造成土壤环境污染 1.2万-2万.
        ("soil.contaminated-soil-transfer-not-reported", "pollution_caused", "§6.13"),
    ],
)
def test_6_12_and_6_13_two_tiers_of_5_000_to_20_000(kind: str, facts: str, section: str) -> None:
    # The lower tier (5,000 + 12,000) / 2 = 8,500; the upper (12,000 + 20,000) / 2 = 16,000; a
    # major impact (造成重大生态环境影响或者不良社会影响的) 2万元. The unit's tier follows 情节严重
    # (its range), the persons' the column's own words.
    assert _each(kind, **{facts: False}) == (_yuan(8_500), _persons_id(section))
    assert _each(kind, **{facts: True})[0] == _yuan(16_000)
    major = GuangdongFacts(major_impact=True)
    assert _each(kind, major, **{facts: False})[0] == _yuan(20_000)


def test_6_14_weights_times_20_000() -> None:
    # §6.14 pp. 145-146: 直接负责的主管人员和其他责任人员的罚款金额=对个人裁量百分值总和×2万,
    # start 25 %: 1000平方米以上3000平方米以下 10 %, 主体工程已建成但未投入生产使用 5 %,
    # 1年以上3年以下 10 % (400 days), 立即停止但未主动拆除 5 %, 无同类 0 %, 较敏感 3 %,
    # 未造成重大影响 0 %: 25 + 10 + 5 + 10 + 5 + 3 = 58 % × 20,000 = 11,600.
    kind = "soil.construction-on-unremediated-plot"
    gd = GuangdongFacts(
        area_m2=W(2000),
        construction_stage="equipment",
        duration_days=W(400),
        conduct_form="stopped_not_implemented",
        soil_sensitivity="less_sensitive",
        major_impact=False,
    )
    assert _each(kind, gd) == (_yuan(11_600), "cn-gd.table.6-14.persons")
    # Boundary (超过100%的，按100%计算): 10000平方米以上 25 %, 已投入生产使用 10 %, 3年以上 15 %,
    # 逾期不停止 10 %, 重大影响 5 %, 有同类 8 %, 敏感 7 %: 25 + 25 + 10 + 15 + 10 + 5 + 8 + 7
    # = 105 % → 20,000.
    worst = gd.model_copy(
        update={
            "area_m2": W(10_000),
            "construction_stage": "operating",
            "duration_days": W(1200),
            "conduct_form": "not_stopped",
            "soil_sensitivity": "sensitive",
            "major_impact": True,
        }
    )
    priors = [PriorViolation(kind=kind, on=D(2025, 3, 1))]
    assert _each(kind, worst, prior_violations=priors)[0] == _yuan(20_000)


def test_6_16_bands_by_the_form_and_a_repeat() -> None:
    # §6.16 pp. 147-148, 对个人罚款: 在接受监督检查时弄虚作假, 有同类违法行为 (within a year):
    # 11000元以上13000以下 → 12,000.
    kind = "other.obstructing-inspection-soil"
    earlier = [PriorViolation(kind=kind, on=D(2025, 6, 1))]
    gd = GuangdongFacts(obstruction_form="falsification")
    assert _each(kind, gd, prior_violations=earlier) == (
        _yuan(12_000),
        "cn-gd.table.6-16.persons",
    )
    # The misprinted row (消极暴力, 有同类: "19000元以下2万元以下"), read 19,000-20,000 → 19,500.
    passive = GuangdongFacts(obstruction_form="passive_violence")
    assert _each(kind, passive, prior_violations=earlier)[0] == _yuan(19_500)
    # Boundary: 以拖延执法人员的方式, no repeat: the lowest row 5000-7000 → 6,000; 积极暴力: 2万.
    assert _each(kind, GuangdongFacts(obstruction_form="delay"))[0] == _yuan(6_000)
    assert _each(kind, GuangdongFacts(obstruction_form="active_violence"))[0] == _yuan(20_000)


@pytest.mark.parametrize(
    ("kind", "section"),
    [
        ("soil.survey-not-done-risk-plot", "§6.17"),
        ("soil.survey-not-done-key-unit-land", "§6.17"),
        ("soil.risk-assessment-not-done", "§6.18"),
        ("soil.effect-assessment-not-done", "§6.21"),
    ],
)
def test_6_17_6_18_6_21_corrected_or_not(kind: str, section: str) -> None:
    # §§6.17 pp. 148-149, 6.18 pp. 149-150, 6.21 pp. 153-154: 限期内改正 0.5万元以上1万元以下
    # → 7,500; 逾期未改正 1万元以上2万元以下 → 15,000; major impact 2万元.
    assert _each(kind, refused_to_correct=False) == (_yuan(7_500), _persons_id(section))
    assert _each(kind, refused_to_correct=True)[0] == _yuan(15_000)
    assert _each(kind, GuangdongFacts(major_impact=True))[0] == _yuan(20_000)


@pytest.mark.parametrize(
    ("kind", "section"),
    [("soil.risk-control-not-taken", "§6.19"), ("soil.remediation-not-done", "§6.20")],
)
def test_6_19_6_20_weights_times_20_000(kind: str, section: str) -> None:
    # §§6.19 pp. 150-151, 6.20 pp. 151-153: 直接负责的主管人员和其他责任人员的罚款金额=对个人
    # 裁量百分值总和×2万, start 25 %: 400平方米以上1000平方米以下 5 %, 未采取 / 未实施 10 %,
    # 建设用地 0 %, 6个月以下 0 % (100 days), 无同类 0 %, 限期内改正 0 %, 不敏感 0 %, 未造成
    # 重大影响 0 %: 25 + 5 + 10 = 40 % × 20,000 = 8,000.
    gd = GuangdongFacts(
        area_m2=W(800),
        wholly_missing=True,
        farmland=False,
        duration_days=W(100),
        soil_sensitivity="insensitive",
        major_impact=False,
    )
    assert _each(kind, gd) == (_yuan(8_000), _persons_id(section))
    # Boundary (超过100%的，按100%计算): 10000平方米以上 25 %, 农用地 10 %, 3年以上 15 %, 逾期未改正
    # 10 %, 敏感 7 %, 重大影响 5 %: 25 + 25 + 10 + 10 + 15 + 10 + 7 + 5 = 107 % → 20,000; one step
    # less (建设用地, 0 %): 97 % → 19,400.
    worst = gd.model_copy(
        update={
            "area_m2": W(10_000),
            "farmland": True,
            "duration_days": W(1200),
            "soil_sensitivity": "sensitive",
            "major_impact": True,
        }
    )
    assert _each(kind, worst, refused_to_correct=True)[0] == _yuan(20_000)
    built = worst.model_copy(update={"farmland": False})
    assert _each(kind, built, refused_to_correct=True)[0] == _yuan(19_400)


# --- what is not applied ----------------------------------------------------------------------


def test_6_11_the_printed_column_is_not_the_persons_range() -> None:
    # §6.11 pp. 142-143 prints the persons' column 0.5万-1.2万 / 1.2万-2万 / 2万, but 土壤污染防治法
    # Art. 90 ¶2 fines them 一万元以上五万元以下: no persons' table, the range only.
    persons = _persons("other.false-report-soil-survey")
    assert (persons.statutory_min, persons.statutory_max) == (W(10_000), W(50_000))
    assert (persons.amount, persons.table) == (None, None)


@pytest.mark.parametrize(
    "kind", ["other.obstructing-inspection-solid-waste", "other.obstructing-inspection-soil"]
)
def test_the_codes_persons_range_does_not_fit_4_52_and_6_16(kind: str) -> None:
    # Acts from 2026-08-15 are judged under the Code, which fines the persons 5,000-50,000 for
    # obstructing an inspection: the columns written for 2万-10万 (§4.52) and 5,000-20,000 (§6.16)
    # do not fit, and a reason says so; the amount is left to the agency.
    d = _fine(
        kind,
        PartyType.UNIT,
        D(2026, 9, 1),
        D(2026, 10, 10),
        gd=GuangdongFacts(obstruction_form="delay"),
    )
    persons = d.outcome.persons
    assert persons is not None
    assert (persons.statutory_min, persons.statutory_max) == (W(5_000), W(50_000))
    assert persons.amount is None
    assert any(
        r.rule_id == "fine.table.not-fitting" and "责任人员的法定幅度" in r.message_zh
        for r in d.reasons
    )


def test_3_33_the_persons_share_of_income_by_grade_and_response() -> None:
    # §3.33 pp. 71-72, 对人员罚款 (大气污染防治法 Art. 122 ¶1: up to 50 % of the income of the year
    # before; income 200,000: 0-100,000). A major accident, compensation taken on and remediated
    # in time: "10%以下" → 0-10 %, midpoint 5 % × 200,000 = 10,000.
    kind, income = "other.accident-air", "200000"
    done = GuangdongFacts(compensation_assumed=True, remediated_in_time=True)
    facts = {"accident_grade": "major", "direct_loss": "300000", "prior_year_income": income}
    assert _each(kind, done, **facts) == (W("10000.00"), "cn-gd.table.3-33.persons")
    # Only one of the two ("只满足其中之一"): 10 %-30 % → 20 % → 40,000.
    one = GuangdongFacts(compensation_assumed=False, remediated_in_time=True)
    assert _each(kind, one, **facts)[0] == W("40000.00")
    # An especially major accident, neither: "50%" → 100,000, the persons' maximum.
    neither = GuangdongFacts(compensation_assumed=False, remediated_in_time=False)
    top = {**facts, "accident_grade": "especially_major"}
    persons = _persons(kind, neither, **top)
    assert (persons.amount, persons.statutory_max) == (W("100000.00"), W("100000.00"))
    # A large accident: "/" for the persons, no fine (a band of 0) though the article allows one.
    assert _each(kind, neither, **{**facts, "accident_grade": "large"})[0] == W("0.00")


def test_4_28_the_persons_share_only_for_a_major_accident() -> None:
    # §4.28 pp. 109-110 (固废法 Art. 118 ¶2: a major or especially major accident, up to 50 % of the
    # income of the year before). Neither compensation nor remediation: "30%以上50%以下" → 40 % ×
    # 150,000 = 60,000; taken on and remediated: "15%以下" → 7.5 % × 150,000 = 11,250.
    kind = "other.accident-solid-waste"
    facts = {"accident_grade": "major", "direct_loss": "100000", "prior_year_income": "150000"}
    neither = GuangdongFacts(compensation_assumed=False, remediated_in_time=False)
    assert _each(kind, neither, **facts) == (W("60000.00"), "cn-gd.table.4-28.persons")
    done = GuangdongFacts(compensation_assumed=True, remediated_in_time=True)
    assert _each(kind, done, **facts)[0] == W("11250.00")
    # A general accident: Art. 118 fines the persons nothing, so no table and no amount.
    general = _persons(kind, neither, **{**facts, "accident_grade": "general"})
    assert (general.amount, general.table) == (None, None)
