"""Guangdong's fine tables §§4.26, 4.27, 4.29, 6.14, 6.15 and §4.12's last row (粤环发〔2021〕7号 附件1).

One worked example per table, computed by hand from the annex's text (the arithmetic in a
comment), through `decide_fine`, and a boundary each: a level's threshold, the 100 % cap, the
statutory minimum, or the single amount of the "造成重大生态环境影响或者不良社会影响" row. The acts
are of 2026-01-05 (before the Code: 固体废物污染环境防治法 2020 and 土壤污染防治法 2019 set the
ranges the tables were written for), decided on 2026-03-10.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    AreaClass,
    Decision,
    FineResult,
    GuangdongFacts,
)
from ecoreg.jurisdictions._guangdong_tables_more import tables_more
from gd_cases import BOOK, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _fine
from gd_cases import earlier as _earlier
from gd_cases import final as _final
from gd_cases import table_note as _table_note

D = dt.date
GD = GuangdongFacts
W = Decimal


def test_the_module_has_the_tables_and_ids_it_says() -> None:
    ids = {t["id"] for t in tables_more()}
    assert ids == {
        "cn-gd.table.4-26",
        "cn-gd.table.4-27",
        "cn-gd.table.4-29",
        "cn-gd.table.6-14.ordinary",
        "cn-gd.table.6-14.higher",
        "cn-gd.table.6-15.higher",
        "cn-gd.table.6-15.ordinary",
    }
    policy = BOOK.resolve("CN-GD", DECIDED)
    assert ids <= set(policy.records("discretion.tables"))
    catalogue = policy.records("violations.catalogue")
    assert all(k in catalogue for t in tables_more() for k in t["kinds"])


# --- §§4.26, 4.27: hazardous-waste business without or against a licence ------------------------

_UNLICENSED = (
    "waste.hazardous-unlicensed-collection-storage",
    "waste.hazardous-unlicensed-use-disposal",
)
_BREACH = (
    "waste.hazardous-licence-breach-collection-storage",
    "waste.hazardous-licence-breach-use-disposal",
)


def _business(**changes: object) -> GuangdongFacts:
    facts: dict[str, object] = {
        "hazardous_waste_tonnes": W(5),
        "hazardous_waste_handling": "treated",
        "duration_days": W(100),
        "water_area": "drinking_second",
        **changes,
    }
    return GD.model_validate(facts)


@pytest.mark.parametrize("kind", _UNLICENSED)
def test_weight_table_4_26_hazardous_waste_business_without_a_licence(kind: str) -> None:
    # pp. 107-108, 固废法 Art. 114 ¶1, 1,000,000-5,000,000, × 5,000,000 (对单位): start 20 %; 5 t
    # ("3吨以上10吨以下") 11 %; incinerated or otherwise treated 11 %; 100 days from 2026-01-05 =
    # 2026-04-15, three whole months ("3个月以上6个月以下") 2 %; a second-grade drinking-water
    # zone ("饮用水水源保护区、生态保护红线区域内") 15 %; twice within two years ("2次") 2 %.
    # 20 + 11 + 11 + 2 + 15 + 2 = 61 % → 3,050,000.
    d = _fine(_case(kind, _business(), prior_violations=_earlier(kind, 6)))
    assert d.outcome.final == W("3050000.00")
    assert _table_note(d).startswith("附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 §4.26")
    # The site: a restricted area 8 % (20 + 8 = 28 % → 1,400,000); a red line 15 % (35 % →
    # 1,750,000); a buffer zone (准保护区) with the protected zones, 15 %.
    assert _final(kind, GD(areas=(AreaClass.RESTRICTED,))) == W("1400000.00")
    assert _final(kind, GD(ecological_redline=True)) == W("1750000.00")
    assert _final(kind, GD(water_area="drinking_buffer")) == W("1750000.00")


@pytest.mark.parametrize("kind", _UNLICENSED)
def test_weight_table_4_26_boundaries(kind: str) -> None:
    # Nothing but the quantity: under 1 t ("1吨以下") 0 %: 20 % → 1,000,000, the statutory
    # minimum; 1 t ("1吨以上3吨以下") 4 %: 24 % → 1,200,000.
    assert _final(kind, GD(hazardous_waste_tonnes=W("0.99"))) == W("1000000.00")
    assert _final(kind, GD(hazardous_waste_tonnes=W(1))) == W("1200000.00")
    # Every factor at its top: 20 + 28 (10 t) + 32 (dumped) + 6 (366 days: twelve months) + 15
    # (red line) + 9 (a fourth time) = 110 %, capped at 100 % → 5,000,000.
    top = GD(
        hazardous_waste_tonnes=W(10),
        hazardous_waste_handling="dumped",
        duration_days=W(366),
        ecological_redline=True,
    )
    assert _final(kind, top, prior_violations=_earlier(kind, 2, 4, 6)) == W("5000000.00")
    # The duration alone: 364 days end on 2027-01-04, eleven whole months ("6个月以上12个月以下")
    # 4 %: 24 % → 1,200,000; 365 days end on 2027-01-05, twelve ("12个月以上") 6 %: 26 % →
    # 1,300,000.
    assert _final(kind, GD(duration_days=W(364))) == W("1200000.00")
    assert _final(kind, GD(duration_days=W(365))) == W("1300000.00")


@pytest.mark.parametrize("kind", _BREACH)
def test_weight_table_4_27_hazardous_waste_business_against_the_licence(kind: str) -> None:
    # pp. 108-109, 固废法 Art. 114 ¶2, 500,000-2,000,000, × 2,000,000 (对单位): start 25 % and
    # the factors of §4.26: 25 + 11 + 11 + 2 + 15 + 2 = 66 % → 1,320,000.
    d = _fine(_case(kind, _business(), prior_violations=_earlier(kind, 6)))
    assert d.outcome.final == W("1320000.00")
    assert "§4.27" in _table_note(d)
    # Nothing established: 25 % → 500,000, the statutory minimum; recovered as a resource 6 %:
    # 31 % → 620,000; the top, 25 + 90 = 115 %, capped → 2,000,000.
    assert _final(kind) == W("500000.00")
    assert _final(kind, GD(hazardous_waste_handling="recovered")) == W("620000.00")
    top = GD(
        hazardous_waste_tonnes=W(12),
        hazardous_waste_handling="dumped",
        duration_days=W(400),
        areas=(AreaClass.DRINKING_WATER_FIRST,),
    )
    assert _final(kind, top, prior_violations=_earlier(kind, 2, 4, 6)) == W("2000000.00")


def test_the_licence_tables_under_the_code() -> None:
    # From 2026-08-15 Code Art. 1178 fines a unit's use or disposal business on the old ranges
    # (1,000,000-5,000,000; 500,000-2,000,000): the tables still fit; collection and storage get
    # new ranges (200,000-1,000,000; 100,000-500,000), which they do not.
    day = D(2026, 10, 10)

    def coded(kind: str) -> Decision[FineResult]:
        case = _case(
            kind,
            GD(hazardous_waste_tonnes=W(1)),
            occurred_on=D(2026, 9, 1),
            discovered_on=D(2026, 9, 2),
            party_type="unit",
        )
        return _fine(case, day=day)

    # 20 + 4 = 24 % × 5,000,000 = 1,200,000; 25 + 4 = 29 % × 2,000,000 = 580,000.
    assert coded("waste.hazardous-unlicensed-use-disposal").outcome.final == W("1200000.00")
    assert coded("waste.hazardous-licence-breach-use-disposal").outcome.final == W("580000.00")
    assert (
        "fine.table.not-fitting" in coded("waste.hazardous-unlicensed-collection-storage").rule_ids
    )


# --- §4.29: livestock manure not handled in time -----------------------------------------------


def test_band_table_4_29_livestock_manure_by_herd() -> None:
    # p. 110, 固废法 Art. 107, 可以处十万元以下的罚款 (0-100,000): 500 pigs ("500头（只）以上1000头
    # （只）以下"): 30,000-50,000 → 40,000; 499: "500头（只）以下", up to 30,000 → 15,000.
    kind = "other.livestock-waste-not-handled"
    d = _fine(_case(kind, GD(livestock_pig_equivalents=W(500))))
    assert d.outcome.final == W("40000.00")
    assert "§4.29" in _table_note(d)
    assert _final(kind, GD(livestock_pig_equivalents=W(499))) == W("15000.00")
    # 1,499 pigs: 50,000-80,000 → 65,000; 1,500 ("1500头（只）以上", = 300 cattle):
    # 80,000-100,000 → 90,000; a major impact: the single 100,000.
    assert _final(kind, GD(livestock_pig_equivalents=W(1499))) == W("65000.00")
    assert _final(kind, GD(livestock_pig_equivalents=W(1500))) == W("90000.00")
    assert _final(kind, GD(livestock_pig_equivalents=W(10), major_impact=True)) == W("100000.00")


# --- §6.14: building on a plot short of its remediation targets ---------------------------------

_PLOT = "soil.construction-on-unremediated-plot"


def test_weight_tables_6_14_one_table_a_range() -> None:
    # pp. 145-146, 土壤法 Art. 91 (4). Not serious (100,000-500,000; the annex's "未造成重大生态环境
    # 影响或者不良社会影响" computation, × 500,000): start 20 %; 2,000 m² ("1000平方米以上3000平方米
    # 以下") 10 %; main works built, not in use 5 %; 200 days from 2026-01-05 = 2026-07-24, six
    # whole months ("6个月以上1年以下") 5 %; stopped at once, equipment not removed 5 %; an earlier
    # one within two years 8 %; less sensitive 3 %. 20 + 10 + 5 + 5 + 5 + 8 + 3 = 56 % → 280,000.
    gd = GD(
        area_m2=W(2000),
        construction_stage="equipment",
        duration_days=W(200),
        conduct_form="stopped_not_implemented",
        soil_sensitivity="less_sensitive",
    )
    prior = _earlier(_PLOT, 6)
    d = _fine(_case(_PLOT, gd, prior_violations=prior))
    assert d.outcome.final == W("280000.00")
    assert "§6.14" in _table_note(d)
    # Serious (500,000-1,000,000; "已造成…", × 1,000,000) with a major impact: start 50 %, the
    # same 36 % and the impact's 5 %: 91 % → 910,000.
    worse = gd.model_copy(update={"major_impact": True})
    assert _final(_PLOT, worse, prior_violations=prior, serious=True) == W("910000.00")


def test_weight_tables_6_14_boundaries() -> None:
    # Not serious: 399 m² ("400平方米以下") 0 %: 20 % → 100,000, the statutory minimum; 400 m²
    # 5 %: 25 % → 125,000. Every factor at its top: 20 + 25 + 10 + 15 + 10 + 8 + 7 = 95 % →
    # 475,000 (no impact factor in this computation).
    assert _final(_PLOT, GD(area_m2=W(399))) == W("100000.00")
    assert _final(_PLOT, GD(area_m2=W(400))) == W("125000.00")
    top = GD(
        area_m2=W(10_000),
        construction_stage="operating",
        duration_days=W(1100),
        conduct_form="not_stopped",
        soil_sensitivity="sensitive",
        major_impact=True,
    )
    prior = _earlier(_PLOT, 6)
    assert _final(_PLOT, top, prior_violations=prior) == W("475000.00")
    # Serious: 50 + 95 + 5 = 150 %, capped at 100 % → 1,000,000; nothing established: 50 % →
    # 500,000, the minimum.
    assert _final(_PLOT, top, prior_violations=prior, serious=True) == W("1000000.00")
    assert _final(_PLOT, serious=True) == W("500000.00")


# --- §6.15: after-care management not carried out ----------------------------------------------

_AFTER = "soil.post-management-not-done"


def test_band_table_6_15_serious_cases() -> None:
    # p. 147, 土壤法 Art. 92, serious (情节严重): 50,000-500,000. Corrected in time, other adverse
    # effects: 50,000-200,000 → 125,000; not corrected in time, none: 200,000-350,000 → 275,000;
    # not corrected, other effects: 350,000-500,000 → 425,000; a major impact: the single 500,000.
    d = _fine(_case(_AFTER, GD(other_adverse_impact=True), serious=True))
    assert d.outcome.final == W("125000.00")
    assert "§6.15" in _table_note(d)
    none = GD(other_adverse_impact=False)
    assert _final(_AFTER, none, serious=True, refused_to_correct=True) == W("275000.00")
    other = GD(other_adverse_impact=True)
    assert _final(_AFTER, other, serious=True, refused_to_correct=True) == W("425000.00")
    assert _final(_AFTER, GD(major_impact=True), serious=True) == W("500000.00")


def test_band_table_6_15_lower_range_one_band() -> None:
    # Not serious: 10,000-50,000, whose single row (限期内改正，未造成其他不良影响) is the whole
    # range: a table of one band, midpoint (10,000 + 50,000) / 2 = 30,000.
    d = _fine(_case(_AFTER, GD(other_adverse_impact=False)))
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (W(10_000), W(50_000))
    step = next(s for s in d.outcome.steps if s.rule_id == "fine.table")
    assert step.amount == W("30000.00")
    assert "§6.15" in _table_note(d)
    assert "fine.table.not-fitting" not in d.rule_ids
    # Whatever the facts in the lower range: the one band (refusal and other effects are rows of
    # the higher range, which a case reaches only when found serious).
    other = _fine(_case(_AFTER, GD(other_adverse_impact=True), refused_to_correct=True))
    assert next(s for s in other.outcome.steps if s.rule_id == "fine.table").amount == W("30000.00")
    # Serious, corrected in time and no other effects: no printed row in the higher range; the
    # lowest level is taken (50,000-200,000 → 125,000) and the decision says the facts fit none.
    serious = _fine(_case(_AFTER, GD(other_adverse_impact=False), serious=True))
    assert serious.outcome.final == W("125000.00")
    assert "fine.table.lowest-level" in serious.rule_ids


# --- §4.12: the last row ----------------------------------------------------------------------


def test_band_table_4_12_major_impact_row() -> None:
    # pp. 92-94 (PDF p. 109): "造成重大生态环境影响或者不良社会影响的: 100万元", whatever the other
    # factors: the lightest case (set but not as required, under 3 t, corrected, first time,
    # 100,000-120,000 → 110,000) becomes 1,000,000.
    kind = "waste.hazardous-no-label"
    light = GD(label_missing=False, hazardous_waste_tonnes=W("2.9"))
    assert _final(kind, light) == W("110000.00")
    assert _final(kind, light.model_copy(update={"major_impact": True})) == W("1000000.00")
    assert _final(kind, light.model_copy(update={"major_impact": False})) == W("110000.00")


@pytest.mark.parametrize("ident", ["cn-gd.table.4-29", "cn-gd.table.6-15.higher"])
def test_the_bands_lie_in_the_range_and_rise_with_the_factors(ident: str) -> None:
    # One level up on a factor, the others the same, never lowers the midpoint (Art. 12 (2)).
    table = BOOK.resolve("CN-GD", DECIDED).records("discretion.tables")[ident]
    for row in table.bands:
        assert table.statutory_min <= row.min <= row.max <= table.statutory_max
    rows = {tuple(sorted(r.levels.items())): r.min + r.max for r in table.bands}
    for levels, total in rows.items():
        for i, (factor, rank) in enumerate(levels):
            up = (*levels[:i], (factor, rank + 1), *levels[i + 1 :])
            if up in rows:
                assert rows[up] >= total, (levels, factor)


def test_the_halves_of_6_14_meet() -> None:
    tables = BOOK.resolve("CN-GD", DECIDED).records("discretion.tables")
    low, high = tables["cn-gd.table.6-14.ordinary"], tables["cn-gd.table.6-14.higher"]
    assert low.statutory_max == high.statutory_min == W(500_000)
    assert low.kinds == high.kinds
