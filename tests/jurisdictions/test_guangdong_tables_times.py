"""Guangdong's fine tables written for a multiple or share of a case amount (粤环发〔2021〕7号 附件1).

One worked example per table, computed by hand from the annex's text (the arithmetic in a
comment), through `decide_fine`, and a boundary each (a level's threshold, the 100 % cap, the
statutory minimum, the statute's floor on the base, a single-figure row); and the tables that do
not fit a case whose rule is another multiple (the Code's). The acts are of 2026-01-05 (before
the Code), decided on 2026-03-10, unless a test says otherwise.
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
)
from ecoreg.jurisdictions._guangdong_tables_times import tables_times
from gd_cases import BOOK, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _decide
from gd_cases import earlier as _earlier
from gd_cases import table_final as _fine
from gd_cases import table_section as _table_section

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ecoreg.core._fine_rules import FineRule

D = dt.date
GD = GuangdongFacts
W = Decimal
CODE_ACT, CODE_DECIDED = D(2026, 9, 1), D(2026, 10, 10)
"""An act under the 生态环境法典 (in force 2026-08-15), decided while the rules are in force."""


def _section(kind: str, gd: GuangdongFacts | None = None, **changes: object) -> str:
    """The section of the table applied (from its citation)."""
    return _table_section(_decide(_case(kind, gd, **changes)))


def _under_the_code(
    kind: str, gd: GuangdongFacts | None = None, **changes: object
) -> Decision[FineResult]:
    case = _case(kind, gd, occurred_on=CODE_ACT, discovered_on=CODE_ACT, **changes)
    return _decide(case, day=CODE_DECIDED)


def _rules(rule: FineRule) -> Iterator[FineRule]:
    """A rule and, for tiers, every rule of its tiers."""
    yield rule
    for tier in getattr(rule.root, "tiers", ()):
        yield from _rules(tier.rule)


def test_the_module_has_the_tables_and_ids_it_says() -> None:
    ids = {t["id"] for t in tables_times()}
    assert ids == {
        "cn-gd.table.1-1",
        "cn-gd.table.1-5",
        "cn-gd.table.3-11",
        "cn-gd.table.3-20",
        "cn-gd.table.3-21",
        "cn-gd.table.3-33.lower",
        "cn-gd.table.3-33.higher",
        "cn-gd.table.4-7",
        "cn-gd.table.4-14",
        "cn-gd.table.4-15",
        "cn-gd.table.4-22",
        "cn-gd.table.4-23",
        "cn-gd.table.4-28.lower",
        "cn-gd.table.4-28.higher",
        "cn-gd.table.7-3.gains",
        "cn-gd.table.7-13.gains",
        "cn-gd.table.7-14.gains",
    }
    policy = BOOK.resolve("CN-GD", DECIDED)
    tables = policy.records("discretion.tables")
    catalogue = policy.records("violations.catalogue")
    for ident in ids:
        table = tables[ident]
        assert table.proportional is not None
        assert table.citation.note is not None
        assert "PDF p" in table.citation.note
        # Each kind's statute, for some act date, is the rule the table was written for.
        for kind in table.kinds:
            rules = [r for b in catalogue[kind].bases for r in _rules(b.fine)]
            assert table.statute in rules, (ident, kind)


# --- §§1.1, 1.2: a share of the total investment ------------------------------------------------

_UNAPPROVED = "eia.unapproved-construction"


def test_weight_table_1_1_unapproved_construction() -> None:
    # pp. 1-3, 环评法 Art. 31 ¶¶1-2, 1 %-5 % of the investment; 罚款金额＝裁量百分值总和×总投资额×5%.
    # Investment 10,000,000 (100,000-500,000): start 20 %; a 报告书 under key permit management
    # 10 %; an ecological sensitive area 6 %; in production 15 %; 100 days from 2026-01-05 =
    # 2026-04-15, three whole months ("3个月以上6个月以下") 3 %; twice within two years 3 %; not
    # cooperating 5 %. 20 + 10 + 6 + 15 + 3 + 3 + 5 = 62 % × 10,000,000 × 5 % = 310,000.
    gd = GD(
        eia_document="report",
        permit_class="key",
        areas=(AreaClass.ECOLOGICAL,),
        construction_stage="operating",
        duration_days=W(100),
        uncooperative=True,
    )
    prior = _earlier(_UNAPPROVED, 6)
    investment = W(10_000_000)
    assert _fine(_UNAPPROVED, gd, project_investment=investment, prior_violations=prior) == W(
        "310000.00"
    )
    assert _section(_UNAPPROVED, gd, project_investment=investment) == "§§1.1"
    # 89 days (2026-04-04: two whole months) is "3个月以下", 0 %: 59 % → 295,000.
    shorter = gd.model_copy(update={"duration_days": W(89)})
    assert _fine(_UNAPPROVED, shorter, project_investment=investment, prior_violations=prior) == (
        W("295000.00")
    )


def test_weight_table_1_1_cap_and_minimum() -> None:
    investment = W(10_000_000)
    # Every factor at its top: 20 + 10 + 15 + 15 + 16 + 19 + 5 = 100 % → 5 % of 10,000,000 =
    # 500,000, the statutory maximum.
    top = GD(
        eia_document="report",
        permit_class="key",
        water_area="drinking_second",
        construction_stage="operating",
        duration_days=W(400),
        uncooperative=True,
    )
    prior = _earlier(_UNAPPROVED, 3, 6, 9)
    assert _fine(_UNAPPROVED, top, project_investment=investment, prior_violations=prior) == W(
        "500000.00"
    )
    # Nothing stated: the start alone, 20 % × 500,000 = 100,000, the statutory minimum (1 %).
    assert _fine(_UNAPPROVED, project_investment=investment) == W("100000.00")


def test_table_1_1_does_not_fit_the_codes_range() -> None:
    # Code Art. 1095: yuan tiers (报告书 200,000-1,000,000), not a share of the investment.
    d = _under_the_code(
        _UNAPPROVED, GD(eia_document="report"), eia_document="report_book", project_investment="1"
    )
    assert "fine.table.not-fitting" in d.rule_ids


# --- §1.5: multiples of the fee charged -------------------------------------------------------

_DEFECTIVE = "eia.technical-unit-defective-report"


def test_band_table_1_5_defective_report() -> None:
    # pp. 5-6, 环评法 Art. 32 ¶2, 3-5 times the fee (fee 100,000: 300,000-500,000). A 报告书 in a
    # residential sensitive area: 4.5-5 times → 4.75 × 100,000 = 475,000.
    gd = GD(eia_document="report", areas=(AreaClass.RESIDENTIAL,))
    assert _fine(_DEFECTIVE, gd, service_fee="100000") == W("475000.00")
    # A 报告表 in the general area: 3-3.5 → 325,000; nothing stated: the lowest levels, the same.
    assert _fine(_DEFECTIVE, GD(eia_document="report_form"), service_fee="100000") == W("325000.00")
    assert _fine(_DEFECTIVE, service_fee="100000") == W("325000.00")
    # A major impact: the single figure 5 times, 500,000, the statutory maximum.
    assert _fine(_DEFECTIVE, GD(major_impact=True), service_fee="100000") == W("500000.00")


# --- §§3.11, 3.20, 3.21: multiples of the goods' value --------------------------------------------

_COAL = "air.substandard-coal-burning"


def test_band_table_3_11_coal_burned() -> None:
    # p. 57, 大气法 Art. 105, 1-3 times the goods' value (200,000: 200,000-600,000). 4 t burned
    # ("3吨以上5吨以下"): 2-2.5 times → 2.25 × 200,000 = 450,000.
    assert _fine(_COAL, GD(material_tonnes=W(4)), goods_value="200000") == W("450000.00")
    # 1 t exactly is "1吨以上3吨以下": 1.5-2 → 350,000; 7.9 t: 2.5-3 → 550,000; 8 t: 3 times,
    # 600,000, the maximum.
    assert _fine(_COAL, GD(material_tonnes=W(1)), goods_value="200000") == W("350000.00")
    assert _fine(_COAL, GD(material_tonnes=W("7.9")), goods_value="200000") == W("550000.00")
    assert _fine(_COAL, GD(material_tonnes=W(8)), goods_value="200000") == W("600000.00")


def test_table_3_11_does_not_fit_the_codes_multiple() -> None:
    # Code Art. 1117: 1-5 times the goods' value, not the 1-3 times the table was written for.
    d = _under_the_code(_COAL, GD(material_tonnes=W(4)), goods_value="200000")
    assert "fine.table.not-fitting" in d.rule_ids
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (W(200_000), W(1_000_000))


_VEHICLES = "air.nonconforming-vehicle-production"
_FRAUD = "air.emission-fraud-by-manufacturer"


@pytest.mark.parametrize("kind", [_VEHICLES, _FRAUD])
def test_band_tables_3_20_and_3_21_by_the_goods_value(kind: str) -> None:
    # pp. 63-64, 大气法 Art. 109 ¶¶1, 2, 1-3 times the goods' value. 2,000,000 ("100万元以上300
    # 万元以下"): 2-2.5 times → 2.25 × 2,000,000 = 4,500,000.
    assert _fine(kind, goods_value="2000000") == W("4500000.00")
    # Just under 1,000,000: 1-2 times → 1.5 × 999,999 = 1,499,998.5 → 1,499,999 (half up).
    assert _fine(kind, goods_value="999999") == W("1499999.00")
    # 5,000,000 ("500万元以上"): 3 times, 15,000,000, the maximum; so is a major impact.
    assert _fine(kind, goods_value="5000000") == W("15000000.00")
    assert _fine(kind, GD(major_impact=True), goods_value="100000") == W("300000.00")


def test_3_20_does_not_fit_the_code_but_3_21_does() -> None:
    # Code Art. 1121 ¶1: up to 3 times (no lower multiple): not §3.20's "一倍以上三倍以下".
    d = _under_the_code(_VEHICLES, goods_value="2000000")
    assert "fine.table.not-fitting" in d.rule_ids
    # Code Art. 1121 ¶2 keeps 1-3 times: §3.21 applies to an act under the Code too.
    # 3,000,000 ("300万元以上500万元以下"): 2.5-3 → 2.75 × 3,000,000 = 8,250,000.
    d = _under_the_code(_FRAUD, goods_value="3000000")
    assert d.outcome.final == W("8250000.00")
    assert "fine.table" in [s.rule_id for s in d.outcome.steps]


# --- §3.33 and §4.28: multiples of the direct loss of an accident -------------------------------

_AIR_ACCIDENT = "other.accident-air"
_WASTE_ACCIDENT = "other.accident-solid-waste"


def test_band_table_3_33_air_accident_general_or_large() -> None:
    # pp. 71-72, 大气法 Art. 122 ¶2, general or large: 1-3 times the direct loss (1,000,000).
    # A large accident, compensation taken on but no remediation in time: 2-3 → 2,500,000.
    gd = GD(compensation_assumed=True, remediated_in_time=False)
    loss: dict[str, object] = {"direct_loss": "1000000"}
    assert _fine(_AIR_ACCIDENT, gd, accident_grade="large", **loss) == W("2500000.00")
    # A general one, both: 1-1.5 → 1,250,000; the response unknown: its lowest level, the same.
    both = GD(compensation_assumed=True, remediated_in_time=True)
    assert _fine(_AIR_ACCIDENT, both, accident_grade="general", **loss) == W("1250000.00")
    assert _fine(_AIR_ACCIDENT, None, accident_grade="general", **loss) == W("1250000.00")
    # A large one, neither: the single figure 3 times, 3,000,000, the tier's maximum.
    neither = GD(compensation_assumed=False, remediated_in_time=False)
    assert _fine(_AIR_ACCIDENT, neither, accident_grade="large", **loss) == W("3000000.00")


def test_band_table_3_33_air_accident_major_or_especially_major() -> None:
    # 3-5 times: a major accident, neither: 4-5 → 4,500,000; especially major, neither: 5 times,
    # 5,000,000; major, both: 3-3.5 → 3,250,000.
    loss: dict[str, object] = {"direct_loss": "1000000"}
    neither = GD(compensation_assumed=False, remediated_in_time=False)
    both = GD(compensation_assumed=True, remediated_in_time=True)
    assert _fine(_AIR_ACCIDENT, neither, accident_grade="major", **loss) == W("4500000.00")
    assert _fine(_AIR_ACCIDENT, neither, accident_grade="especially_major", **loss) == W(
        "5000000.00"
    )
    assert _fine(_AIR_ACCIDENT, both, accident_grade="major", **loss) == W("3250000.00")


def test_band_table_4_28_solid_waste_accident() -> None:
    # pp. 109-110, 固废法 Art. 118 ¶2, direct loss 500,000. General or large (1-3 times): one of
    # the two ("只满足其中之一"): 2-3 → 2.5 × 500,000 = 1,250,000.
    one = GD(compensation_assumed=False, remediated_in_time=True)
    assert _fine(_WASTE_ACCIDENT, one, accident_grade="general", direct_loss="500000") == W(
        "1250000.00"
    )
    # Major or especially major (3-5 times): neither, "直接经济损失5倍" → 2,500,000; both: 3-4 →
    # 1,750,000.
    neither = GD(compensation_assumed=False, remediated_in_time=False)
    both = GD(compensation_assumed=True, remediated_in_time=True)
    assert _fine(_WASTE_ACCIDENT, neither, accident_grade="major", direct_loss="500000") == W(
        "2500000.00"
    )
    assert _fine(_WASTE_ACCIDENT, both, accident_grade="major", direct_loss="500000") == W(
        "1750000.00"
    )


def test_the_accident_tables_do_not_fit_the_code() -> None:
    # Code Art. 1236: yuan ranges by grade, not multiples of the loss.
    d = _under_the_code(_AIR_ACCIDENT, accident_grade="general", direct_loss="1000000")
    assert "fine.table.not-fitting" in d.rule_ids


# --- §§4.7, 4.14, 4.15, 4.22, 4.23: multiples of the disposal cost ------------------------------

_INDUSTRIAL = ("waste.industrial-dumping", "waste.industrial-leakage")


@pytest.mark.parametrize("kind", _INDUSTRIAL)
def test_weight_table_4_7_industrial_waste_dumped(kind: str) -> None:
    # p. 89, 固废法 Art. 102 ¶2, 1-3 times the disposal cost (200,000: 200,000-600,000);
    # 罚款金额=裁量百分值总和×所需处置费用×3倍. Start 1/3; 5 t ("3吨以上10吨以下") 1/8; 4 days
    # ("3天以上5天以下") 1/8; the general area 0; corrected of its own accord, the effects not
    # wholly removed, 1/24. 8/24 + 3/24 + 3/24 + 1/24 = 15/24 × 600,000 = 375,000.
    gd = GD(material_tonnes=W(5), duration_days=W(4), mitigated=True, harm_eliminated=False)
    assert _fine(kind, gd, disposal_cost="200000") == W("375000.00")
    # In a restricted area, and no correction of its own accord: + 1/12 + 1/12 (in place of
    # 1/24): 8/24 + 3/24 + 3/24 + 2/24 + 2/24 = 18/24 × 600,000 = 450,000.
    worse = gd.model_copy(update={"areas": (AreaClass.RESTRICTED,), "mitigated": False})
    assert _fine(kind, worse, disposal_cost="200000") == W("450000.00")


def test_weight_table_4_7_floor_of_the_cost_and_cap() -> None:
    kind = "waste.industrial-dumping"
    # A cost of 50,000 counts as 100,000 ("不足十万元的，按十万元计算"): 100,000-300,000; the start
    # alone, 1/3 × 300,000 = 100,000, the statutory minimum.
    assert _fine(kind, disposal_cost="50000") == W("100000.00")
    # Every factor at its top: 1/3 + 1/4 + 1/4 + 1/12 + 1/12 = 1 → 300,000 (the fractions, to
    # twelve places, round to the yuan the table gives).
    top = GD(
        material_tonnes=W(10),
        duration_days=W(5),
        areas=(AreaClass.ECOLOGICAL,),
        mitigated=False,
    )
    assert _fine(kind, top, disposal_cost="50000") == W("300000.00")
    # The decision shows the fractions as percentages to two places, and the start alone is not
    # "raised to the minimum" (1/3 × 300,000 is the minimum itself).
    d = _decide(_case(kind, disposal_cost="50000"))
    (step,) = (s for s in d.outcome.steps if s.rule_id == "fine.table")
    assert "start 33.33%" in step.label_en
    assert "raised" not in step.label_en


_HAZARDOUS = (
    "waste.hazardous-dumping",
    "waste.hazardous-leakage",
    "waste.hazardous-transport-spill",
)


@pytest.mark.parametrize("kind", _HAZARDOUS)
def test_weight_tables_4_14_4_22_4_23_hazardous_waste(kind: str) -> None:
    # pp. 96, 104, 105, 固废法 Art. 112 ¶2, 3-5 times the disposal cost (400,000: 1,200,000-
    # 2,000,000); 罚款金额=裁量百分值总和×所需处置费用×5倍. Start 60 %; 5 t ("3吨以上10吨以下")
    # 6 %; a restricted area 4 %; not corrected in time 5 %; twice within two years 2 %.
    # 60 + 6 + 4 + 5 + 2 = 77 % × 2,000,000 = 1,540,000.
    gd = GD(hazardous_waste_tonnes=W(5), areas=(AreaClass.RESTRICTED,))
    prior = _earlier(kind, 6)
    assert _fine(
        kind, gd, disposal_cost="400000", refused_to_correct=True, prior_violations=prior
    ) == W("1540000.00")
    # The start alone: 60 % × 2,000,000 = 1,200,000, the statutory minimum (3 times).
    assert _fine(kind, disposal_cost="400000") == W("1200000.00")
    # Every factor at its top: 10 t 15 %, a sensitive area 13 %, overdue 5 %, four times 7 %:
    # 100 % → 2,000,000.
    top = GD(hazardous_waste_tonnes=W(10), areas=(AreaClass.RESIDENTIAL,))
    many = _earlier(kind, 3, 6, 9)
    assert _fine(
        kind, top, disposal_cost="400000", refused_to_correct=True, prior_violations=many
    ) == W("2000000.00")


def test_weight_table_4_15_hazardous_waste_to_the_unlicensed() -> None:
    kind = "waste.hazardous-to-unlicensed"
    # pp. 96-97, 固废法 Art. 112 ¶2, cost 300,000 (900,000-1,500,000). Start 60 %; 2 t ("1吨以上3
    # 吨以下") 2 %; dumped or buried 10 %; overdue 5 %; 200 days from 2026-01-05 = 2026-07-24, six
    # whole months ("6个月以上12个月以下") 4 %; once 0 %. 60 + 2 + 10 + 5 + 4 = 81 % × 1,500,000 =
    # 1,215,000.
    gd = GD(hazardous_waste_tonnes=W(2), hazardous_waste_handling="dumped", duration_days=W(200))
    assert _fine(kind, gd, disposal_cost="300000", refused_to_correct=True) == W("1215000.00")
    # 0.99 t is "1吨以下", 0 %: 79 % → 1,185,000.
    less = gd.model_copy(update={"hazardous_waste_tonnes": W("0.99")})
    assert _fine(kind, less, disposal_cost="300000", refused_to_correct=True) == W("1185000.00")
    # A cost of 100,000 counts as 200,000 ("不足二十万元的，按二十万元计算"): 600,000-1,000,000;
    # the start alone, 60 % → 600,000.
    assert _fine(kind, disposal_cost="100000") == W("600000.00")


# --- §§7.3, 7.13, 7.14: the rows for illegal gains of 100,000 or more ---------------------------

_GAINS = (
    "radiation.isotope-activity",
    "radiation.unlicensed-waste-operation",
    "radiation.licence-breach-waste-operation",
)


@pytest.mark.parametrize("kind", _GAINS)
def test_band_tables_7_3_7_13_7_14_gains(kind: str) -> None:
    # pp. 158-159, 165, 166, 放射性污染防治法 Arts. 53, 57: gains of 200,000, 1-5 times
    # (200,000-1,000,000). Not corrected in time: 3-5 times → 4 × 200,000 = 800,000; corrected:
    # 1-3 → 400,000; a major impact: 5 times, 1,000,000.
    assert _fine(kind, illegal_gains="200000", refused_to_correct=True) == W("800000.00")
    assert _fine(kind, illegal_gains="200000") == W("400000.00")
    assert _fine(kind, GD(major_impact=True), illegal_gains="200000") == W("1000000.00")
    # Gains of 100,000 exactly are "十万元以上": the gains record, 2 × 100,000 = 200,000; 99,999
    # is not, and the yuan record of the table applies.
    d = _decide(_case(kind, illegal_gains="100000"))
    (step,) = (s for s in d.outcome.steps if s.rule_id == "fine.table")
    assert "band 1 to 3 times illegal_gains" in step.label_en
    assert _fine(kind, illegal_gains="100000") == W("200000.00")
    assert _fine(kind, illegal_gains="99999") < W(100_000)


def test_the_gains_table_does_not_fit_the_codes_floor() -> None:
    # Code Art. 1198 ¶1: 1-5 times the gains, counted as at least 500,000: another rule.
    d = _under_the_code(_GAINS[0], illegal_gains="200000", refused_to_correct=True)
    assert "fine.table.not-fitting" in d.rule_ids
