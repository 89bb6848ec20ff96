"""Guangdong's fine tables for solid waste and soil (粤环发〔2021〕7号 附件1 chapters 4 and 6).

One worked example per encoded table, computed by hand from the annex's text (the arithmetic in
a comment), through `decide_fine`, and a boundary each: a level's threshold, the 100 % cap, the
statutory minimum, or the single amount of the "造成重大生态环境影响或者不良社会影响" row. The
acts are of 2026-01-05 (before the Code: 固体废物污染环境防治法 2020 and 土壤污染防治法 2019 set
the ranges the tables were written for), decided on 2026-03-10.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    AreaClass,
    GuangdongFacts,
)
from ecoreg.jurisdictions._guangdong_tables_more import tables_more
from ecoreg.jurisdictions._guangdong_tables_times import tables_times
from gd_cases import BOOK, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _fine
from gd_cases import earlier as _earlier
from gd_cases import final as _final
from gd_cases import table_section as _section

D = dt.date
GD = GuangdongFacts
W = Decimal


# --- chapter 4: solid waste --------------------------------------------------------------------


def test_band_table_4_2_household_waste_plant_monitoring() -> None:
    # p. 84, 固废法 Art. 102 (2), 100,000-1,000,000: the same violation within a year, not
    # monitoring in real time: 700,000-850,000 → 775,000; first time, the data not published:
    # 100,000-250,000 → 175,000; a major impact: the single 1,000,000.
    kind = "monitoring.waste-plant-not-monitoring"
    gd = GD(waste_plant_shortfall="not_monitored")
    assert _final(kind, gd, prior_violations=_earlier(kind, 6)) == W("775000.00")
    assert _final(kind, GD(waste_plant_shortfall="not_published")) == W("175000.00")
    assert _final(kind, GD(major_impact=True)) == W("1000000.00")


def test_band_table_4_3_eliminated_equipment_transferred() -> None:
    # p. 85, 固废法 Art. 102 (3): first time, 25 items ("25件以上50件以下"): 250,000-400,000 →
    # 325,000; 24 items ("1件以上25件以下"): 100,000-250,000 → 175,000; 50 items with the same
    # violation within a year: 850,000-1,000,000 → 925,000.
    kind = "low_carbon.eliminated-equipment-transferred"
    assert _final(kind, GD(equipment_items=25)) == W("325000.00")
    assert _final(kind, GD(equipment_items=24)) == W("175000.00")
    prior = _earlier(kind, 6)
    assert _final(kind, GD(equipment_items=50), prior_violations=prior) == W("925000.00")


def test_band_table_4_4_waste_facility_in_a_protected_area() -> None:
    # pp. 85-86, 固废法 Art. 102 (4): 2,000 m³ ("2000立方米以上5000立方米以下"), an industrial
    # solid-waste facility: 500,000-600,000 → 550,000; 1,999 m³: 200,000-300,000 → 250,000; a
    # hazardous-waste facility of 5,000 m³: 900,000-1,000,000 → 950,000.
    kind = "waste.protected-area-facility"
    assert _final(kind, GD(volume_m3=W(2000), facility_type="industrial")) == W("550000.00")
    assert _final(kind, GD(volume_m3=W(1999), facility_type="industrial")) == W("250000.00")
    assert _final(kind, GD(volume_m3=W(5000), facility_type="hazardous")) == W("950000.00")
    # A major impact: the single 1,000,000.
    assert _final(kind, GD(major_impact=True)) == W("1000000.00")


@pytest.mark.parametrize(
    ("kind", "section"),
    [
        ("waste.transfer-storage-disposal-unapproved", "§4.5"),
        ("waste.transfer-use-unreported", "§4.6"),
    ],
)
def test_weight_tables_4_5_and_4_6_waste_moved_out_of_the_province(kind: str, section: str) -> None:
    # pp. 86-88, 固废法 Art. 102 (5)/(6), 100,000-1,000,000, × 1,000,000: start 8 %; 20 t
    # (10-50 t) 12 %; simplified management 5 %; protection incomplete 5 %; receiving area
    # residential (sensitive) 10 %; corrected in time 0 %; one earlier within two years ("1次以上
    # …3次以下") 5 %; no major impact 0 %. 8 + 12 + 5 + 5 + 10 + 0 + 5 + 0 = 45 % → 450,000.
    gd = GD(
        material_tonnes=W(20),
        permit_class="simplified",
        transport_protection="partial",
        areas=(AreaClass.RESIDENTIAL,),
        major_impact=False,
    )
    d = _fine(_case(kind, gd, prior_violations=_earlier(kind, 6)))
    assert d.outcome.final == W("450000.00")
    assert _section(d) == section
    # Nothing established: 8 % + the lowest level of the class (登记管理 2 %) = 10 % → 100,000,
    # the statutory minimum exactly.
    assert _final(kind) == W("100000.00")
    # Everything at its top: 8 + 25 + 7 + 10 + 10 + 10 + 10 + 20 = 100 % → 1,000,000.
    top = GD(
        material_tonnes=W(100),
        permit_class="key",
        transport_protection="none",
        areas=(AreaClass.ECOLOGICAL,),
        major_impact=True,
    )
    worst = _case(kind, top, refused_to_correct=True, prior_violations=_earlier(kind, 2, 4, 6))
    assert _fine(worst).outcome.final == W("1000000.00")


def test_band_table_4_8_industrial_waste_ledger() -> None:
    # p. 89, 固废法 Art. 102 (8), 50,000-200,000: corrected in time, did not cooperate:
    # 100,000-150,000 → 125,000; not corrected in time and did not cooperate: the single 200,000.
    kind = "waste.industrial-ledger"
    assert _final(kind, GD(uncooperative=True)) == W("125000.00")
    assert _final(kind, GD(uncooperative=True), refused_to_correct=True) == W("200000.00")
    # Cooperation not established: its lowest level (配合调查), 50,000-100,000 → 75,000; a major
    # impact: the single 200,000.
    assert _final(kind) == W("75000.00")
    assert _final(kind, GD(major_impact=True)) == W("200000.00")


def test_weight_table_4_9_improper_entrustment() -> None:
    # pp. 90-91, 固废法 Art. 102 (9): start 8 %; 3 t ("3吨以上10吨以下") 8 %; registration 2 %;
    # entrusted for use 5 %; general area 0 %; corrected 0 %; first time 0 %; no major impact 0 %.
    # 8 + 8 + 2 + 5 = 23 % → 230,000.
    kind = "waste.industrial-improper-entrustment"
    gd = GD(
        material_tonnes=W(3),
        permit_class="registration",
        entrusted_for="use",
        areas=(AreaClass.GENERAL,),
        major_impact=False,
    )
    assert _final(kind, gd) == W("230000.00")
    # 2.9 t is under 3 t: 0 % → 15 % → 150,000.
    lighter = gd.model_copy(update={"material_tonnes": W("2.9")})
    assert _final(kind, lighter) == W("150000.00")
    # 100 t 25 %; key 7 %; disposal 10 %; restricted area 10 %; overdue 10 %; four times in two
    # years 10 %; major impact 20 %: 8 + 25 + 7 + 10 + 10 + 10 + 10 + 20 = 100 % → 1,000,000.
    top = GD(
        material_tonnes=W(100),
        permit_class="key",
        entrusted_for="disposal",
        areas=(AreaClass.RESTRICTED,),
        major_impact=True,
    )
    worst = _case(kind, top, refused_to_correct=True, prior_violations=_earlier(kind, 2, 4, 6))
    assert _fine(worst).outcome.final == W("1000000.00")


def test_weight_table_4_10_industrial_storage() -> None:
    # pp. 91-92, 固废法 Art. 102 (10): start 10 %; 5 t ("5吨以上10吨以下") 10 %; an earlier
    # violation of the kind (2023: any time) 30 %; not corrected in time 30 %. 80 % → 800,000.
    kind = "waste.industrial-storage-unprotected"
    prior = _earlier(kind, 5, year=2023)
    case = _case(kind, GD(material_tonnes=W(5)), refused_to_correct=True, prior_violations=prior)
    assert _fine(case).outcome.final == W("800000.00")
    # 4.9 t: 0 % → 70 % → 700,000.
    under = case.model_copy(update={"guangdong": GD(material_tonnes=W("4.9"))})
    assert _fine(under).outcome.final == W("700000.00")


def test_band_table_4_11_mine_waste_store_not_closed() -> None:
    # p. 92, 固废法 Art. 110, 200,000-1,000,000: 100,000 m³ to be closed ("10万立方米以上30万
    # 立方米以下") and the same violation within a year: 600,000-700,000 → 650,000.
    kind = "waste.mine-storage-not-closed"
    prior = _earlier(kind, 6)
    assert _final(kind, GD(volume_m3=W(100_000)), prior_violations=prior) == W("650000.00")
    # 99,999 m³ is in the band below: 400,000-500,000 → 450,000.
    assert _final(kind, GD(volume_m3=W(99_999)), prior_violations=prior) == W("450000.00")
    # A major impact: the single 1,000,000.
    assert _final(kind, GD(volume_m3=W(10), major_impact=True)) == W("1000000.00")


@pytest.mark.parametrize(
    ("kind", "section"),
    [("waste.hazardous-no-plan", "§4.13"), ("waste.hazardous-no-manifest", "§4.16")],
)
def test_band_tables_4_13_and_4_16_form_tonnes_correction_history(kind: str, section: str) -> None:
    # pp. 94-99, 固废法 Art. 112 (2)/(5), 100,000-1,000,000: not done at all (未申报 / 未填写或
    # 未运行), 5 t (3-10 t), corrected in time, no earlier one: 280,000-300,000 → 290,000.
    d = _fine(_case(kind, GD(wholly_missing=True, hazardous_waste_tonnes=W(5))))
    assert d.outcome.final == W("290000.00")
    assert _section(d) == section
    # Done but not as required, 2 t, not corrected in time, two earlier ones ("1次以上3次以下"):
    # 200,000-220,000 → 210,000.
    light = GD(wholly_missing=False, hazardous_waste_tonnes=W(2))
    case = _case(kind, light, refused_to_correct=True, prior_violations=_earlier(kind, 3, 7))
    assert _fine(case).outcome.final == W("210000.00")
    # Not done, 10 t, overdue, three earlier ones: 850,000-1,000,000 → 925,000; a major impact:
    # the single 1,000,000.
    heavy = GD(wholly_missing=True, hazardous_waste_tonnes=W(10))
    case = _case(kind, heavy, refused_to_correct=True, prior_violations=_earlier(kind, 3, 5, 7))
    assert _fine(case).outcome.final == W("925000.00")
    impact = heavy.model_copy(update={"major_impact": True})
    assert _final(kind, impact) == W("1000000.00")


def test_weight_table_4_17_hazardous_waste_moved_without_approval() -> None:
    # pp. 99-100, 固废法 Art. 112 (5): start 10 %; 5 t (3-10 t) 6 %; key management 15 %; no
    # protection in transport 10 %; receiving area restricted 4 %; corrected 0 %; twice within
    # two years (this one counted) 2 %; no major impact 0 %. 10 + 6 + 15 + 10 + 4 + 2 = 47 %.
    kind = "waste.hazardous-unapproved-transfer"
    gd = GD(
        hazardous_waste_tonnes=W(5),
        permit_class="key",
        transport_protection="none",
        areas=(AreaClass.RESTRICTED,),
        major_impact=False,
    )
    assert _final(kind, gd, prior_violations=_earlier(kind, 9)) == W("470000.00")
    # The top of every factor: 10 + 15 + 15 + 10 + 13 + 10 + 7 + 20 = 100 % → 1,000,000.
    top = GD(
        hazardous_waste_tonnes=W(10),
        permit_class="key",
        transport_protection="none",
        areas=(AreaClass.DRINKING_WATER_FIRST,),
        major_impact=True,
    )
    worst = _case(kind, top, refused_to_correct=True, prior_violations=_earlier(kind, 2, 4, 6))
    assert _fine(worst).outcome.final == W("1000000.00")


@pytest.mark.parametrize(
    ("kind", "gd", "final"),
    [
        # §4.19 (pp. 101-102): 3 t ("3吨以上5吨以下"), with one within a year: 600,000-700,000.
        ("waste.hazardous-incompatible-mixing", GD(hazardous_waste_tonnes=W(3)), "650000.00"),
        # 2.9 t ("1吨以上3吨以下"): 400,000-500,000.
        ("waste.hazardous-incompatible-mixing", GD(hazardous_waste_tonnes=W("2.9")), "450000.00"),
        # §4.20 (pp. 102-103): 3 kg = 0.003 t ("3千克以上5千克以下"): 400,000-500,000.
        ("waste.hazardous-with-passengers", GD(hazardous_waste_tonnes=W("0.003")), "450000.00"),
        # 2.9 kg ("3千克以下"): 200,000-300,000.
        ("waste.hazardous-with-passengers", GD(hazardous_waste_tonnes=W("0.0029")), "250000.00"),
        # §4.21 (pp. 103-104): 80 m³ ("80立方米以上"): 850,000-1,000,000.
        ("waste.hazardous-containers-reused", GD(volume_m3=W(80)), "925000.00"),
        # 29 m³ ("30立方米以内"): 200,000-300,000.
        ("waste.hazardous-containers-reused", GD(volume_m3=W(29)), "250000.00"),
        # §4.25 (pp. 106-107): 5 t ("5吨以上"): 850,000-1,000,000.
        ("waste.hazardous-no-ledger", GD(hazardous_waste_tonnes=W(5)), "925000.00"),
        # 0.5 t ("1吨以下"): 200,000-300,000.
        ("waste.hazardous-no-ledger", GD(hazardous_waste_tonnes=W("0.5")), "250000.00"),
    ],
)
def test_band_tables_4_19_to_4_25_quantity_and_a_repeat_within_a_year(
    kind: str, gd: GuangdongFacts, final: str
) -> None:
    # 固废法 Art. 112 (7), (8), (9), (13), 100,000-1,000,000; every case here has the same
    # violation within the past year (2025-06-01), the "有同类违法行为" column.
    assert _final(kind, gd, prior_violations=_earlier(kind, 6)) == W(final)
    # Without it, the band before (one row up); a major impact: the single 1,000,000.
    assert _final(kind, gd) < W(final)
    impact = gd.model_copy(update={"major_impact": True})
    assert _final(kind, impact) == W("1000000.00")


def test_band_table_4_24_hazardous_waste_contingency_plan() -> None:
    # pp. 105-106, 固废法 Art. 112 (12): the unit uses or disposes of hazardous waste, the same
    # violation within a year, not corrected in time: 850,000-1,000,000 → 925,000.
    kind = "waste.hazardous-no-contingency-plan"
    gd = GD(hazardous_use_disposal=True)
    case = _case(kind, gd, refused_to_correct=True, prior_violations=_earlier(kind, 8))
    assert _fine(case).outcome.final == W("925000.00")
    # Not involved, first, corrected in time: 100,000-200,000 → 150,000.
    assert _final(kind, GD(hazardous_use_disposal=False)) == W("150000.00")


def test_band_table_4_52_obstructing_a_solid_waste_inspection() -> None:
    # pp. 126-127, 固废法 Art. 103 (units, 50,000-200,000): refusing the officers entry, with the
    # same violation within a year: 150,000-170,000 → 160,000; delaying them, first time:
    # 50,000-70,000 → 60,000; beating them: the single 200,000.
    kind = "other.obstructing-inspection-solid-waste"
    prior = _earlier(kind, 6)
    assert _final(kind, GD(obstruction_form="refused_entry"), prior_violations=prior) == W(
        "160000.00"
    )
    assert _final(kind, GD(obstruction_form="delay")) == W("60000.00")
    assert _final(kind, GD(obstruction_form="active_violence")) == W("200000.00")


# --- chapter 6: soil ---------------------------------------------------------------------------


def test_band_table_6_1_soil_self_monitoring() -> None:
    # p. 133, 土壤法 Art. 86 (1), 20,000-200,000: plan made but not carried out, less sensitive
    # area: 100,000-120,000 → 110,000; the violation polluted the soil: the single 200,000.
    kind = "monitoring.soil-not-self-monitored"
    gd = GD(soil_duty_form="not_carried_out", soil_sensitivity="less_sensitive")
    assert _final(kind, gd) == W("110000.00")
    assert _final(kind, gd, pollution_caused=True) == W("200000.00")
    # Nothing established: the lowest row (made, carried out, data not sent; insensitive):
    # 20,000-40,000 → 30,000.
    assert _final(kind) == W("30000.00")


def test_band_tables_6_2_falsified_soil_data_one_table_a_range() -> None:
    # p. 134, 土壤法 Art. 86 (2): 12 indicators falsified ("11-15项"), no soil pollution
    # (20,000-200,000): 60,000-80,000 → 70,000.
    kind = "monitoring.falsified-data-soil"
    d = _fine(_case(kind, GD(falsified_indicators=12)))
    assert d.outcome.final == W("70000.00")
    assert "fine.table" in [s.rule_id for s in d.outcome.steps]
    # Severe consequences (the soil polluted; 200,000-2,000,000): 600,000-800,000 → 700,000.
    assert _final(kind, GD(falsified_indicators=12), severe_consequences=True) == W("700000.00")
    # 41 is the first of "41-45项": 1,800,000-2,000,000 → 1,900,000; 40 is "36-40项":
    # 1,600,000-1,800,000 → 1,700,000.
    assert _final(kind, GD(falsified_indicators=41), severe_consequences=True) == W("1900000.00")
    assert _final(kind, GD(falsified_indicators=40), severe_consequences=True) == W("1700000.00")


def test_band_table_6_3_one_table_for_both_kinds() -> None:
    # pp. 134-135, 土壤法 Art. 86 (3): the system set and run but the annual report not sent, a
    # sensitive area: 60,000-80,000 → 70,000; no system, insensitive: 140,000-160,000 → 150,000.
    report = GD(soil_duty_form="not_reported", soil_sensitivity="sensitive")
    assert _final("soil.annual-discharge-report-missing", report) == W("70000.00")
    system = GD(soil_duty_form="not_made", soil_sensitivity="insensitive")
    assert _final("soil.hazard-inspection-system-missing", system) == W("150000.00")


@pytest.mark.parametrize(
    ("kind", "section"),
    [
        ("soil.demolition-no-prevention-measures", "§6.4"),
        ("soil.demolition-no-work-plan", "§6.5"),
        ("soil.tailings-no-prevention", "§6.6"),
        ("soil.treatment-facility-no-prevention", "§6.8"),
    ],
)
def test_band_tables_6_4_to_6_8_by_sensitivity_or_polluted_area(kind: str, section: str) -> None:
    # 土壤法 Art. 86 (4), (5), (7): no pollution, a sensitive area (20,000-200,000):
    # 140,000-200,000 → 170,000.
    d = _fine(_case(kind, GD(soil_sensitivity="sensitive")))
    assert d.outcome.final == W("170000.00")
    assert _section(d) == section
    # Severe consequences (200,000-2,000,000), 5,000 m² ("5000平方米以上10000平方米以下"):
    # 800,000-1,100,000 → 950,000; 4,999 m²: 500,000-800,000 → 650,000.
    assert _final(kind, GD(area_m2=W(5000)), severe_consequences=True) == W("950000.00")
    assert _final(kind, GD(area_m2=W(4999)), severe_consequences=True) == W("650000.00")
    # A major impact: the single 2,000,000, the statutory maximum.
    impact = GD(area_m2=W(100), major_impact=True)
    assert _final(kind, impact, severe_consequences=True) == W("2000000.00")


def test_band_table_6_7_tailings_pond_monitoring() -> None:
    # pp. 138-139, 土壤法 Art. 86 (6), 20,000-200,000: not corrected in time, sensitive:
    # 170,000-200,000 → 185,000; corrected, insensitive: 20,000-50,000 → 35,000; the soil
    # polluted: the single 200,000.
    kind = "soil.tailings-not-monitored"
    sensitive = GD(soil_sensitivity="sensitive")
    assert _final(kind, sensitive, refused_to_correct=True) == W("185000.00")
    assert _final(kind, GD(soil_sensitivity="insensitive")) == W("35000.00")
    assert _final(kind, sensitive, pollution_caused=True) == W("200000.00")


def test_band_tables_6_9_farmland_discharge_by_range() -> None:
    # pp. 140-141, 土壤法 Art. 87: 6 t ("5吨以上10吨以下"), not serious (100,000-500,000):
    # 260,000-340,000 → 300,000.
    kind = "soil.toxic-discharge-to-farmland"
    assert _final(kind, GD(material_tonnes=W(6))) == W("300000.00")
    # Serious (500,000-2,000,000): not corrected in time, 25 t: 1,850,000-2,000,000 → 1,925,000;
    # corrected in time (the soil polluted), 1 t: 500,000-650,000 → 575,000.
    big = GD(material_tonnes=W(25))
    assert _final(kind, big, serious=True, refused_to_correct=True) == W("1925000.00")
    assert _final(kind, GD(material_tonnes=W(1)), serious=True) == W("575000.00")


def test_band_table_6_10_land_reclamation() -> None:
    # pp. 141-142, 土壤法 Art. 89, 100,000-1,000,000: not corrected in time, 250 m²
    # ("200平方米以上300平方米以下"): 730,000-820,000 → 775,000; corrected, 99 m²:
    # 100,000-190,000 → 145,000; 100 m² is the next row: 190,000-280,000 → 235,000.
    kind = "soil.polluted-waste-for-land-reclamation"
    assert _final(kind, GD(area_m2=W(250)), refused_to_correct=True) == W("775000.00")
    assert _final(kind, GD(area_m2=W(99))) == W("145000.00")
    assert _final(kind, GD(area_m2=W(100))) == W("235000.00")


@pytest.mark.parametrize(
    ("kind", "gd", "ordinary", "serious"),
    [
        # §6.11 (pp. 142-143), 土壤法 Art. 90: 25,000 m²: the last row of the lower tier
        # ("15000以上20000以下", read as open above) 420,000-500,000 → 460,000; the higher tier
        # ("15000平方米以上") 900,000-1,000,000 → 950,000.
        ("other.false-report-soil-survey", GD(area_m2=W(25_000)), "460000.00", "950000.00"),
        # §6.12 (pp. 143-144), Art. 91 (2): 120 m²: 260,000-340,000 → 300,000; 700,000-800,000.
        ("soil.remediation-new-pollution", GD(area_m2=W(120)), "300000.00", "750000.00"),
        # §6.13 (p. 144), Art. 91 (3): 1 t: 100,000-180,000 → 140,000; 500,000-600,000.
        (
            "soil.contaminated-soil-transfer-not-reported",
            GD(material_tonnes=W(1)),
            "140000.00",
            "550000.00",
        ),
    ],
)
def test_band_tables_6_11_to_6_13_one_table_a_range(
    kind: str, gd: GuangdongFacts, ordinary: str, serious: str
) -> None:
    # 100,000-500,000, and 500,000-1,000,000 where the case is serious (情节严重).
    assert _final(kind, gd) == W(ordinary)
    assert _final(kind, gd, serious=True) == W(serious)
    impact = gd.model_copy(update={"major_impact": True})
    assert _final(kind, impact, serious=True) == W("1000000.00")


@pytest.mark.parametrize(
    "kind",
    [
        "soil.survey-not-done-risk-plot",  # §6.17
        "soil.survey-not-done-key-unit-land",  # §6.17
        "soil.risk-assessment-not-done",  # §6.18
        "soil.effect-assessment-not-done",  # §6.21
    ],
)
def test_band_tables_6_17_6_18_6_21_by_correction_and_area(kind: str) -> None:
    # 土壤法 Art. 94 (1), (2), (5): corrected in time (20,000-200,000), 3,000 m²
    # ("1000平方米以上5000平方米以下"): 50,000-80,000 → 65,000.
    assert _final(kind, GD(area_m2=W(3000))) == W("65000.00")
    # Refused to correct (200,000-1,000,000), 30,000 m² ("15000平方米以上"): 840,000-1,000,000
    # → 920,000; 999 m²: 200,000-360,000 → 280,000.
    assert _final(kind, GD(area_m2=W(30_000)), refused_to_correct=True) == W("920000.00")
    assert _final(kind, GD(area_m2=W(999)), refused_to_correct=True) == W("280000.00")


@pytest.mark.parametrize(
    ("kind", "section"),
    [("soil.risk-control-not-taken", "§6.19"), ("soil.remediation-not-done", "§6.20")],
)
def test_weight_tables_6_19_and_6_20_one_table_a_range(kind: str, section: str) -> None:
    # 土壤法 Art. 94 (3), (4). Corrected in time (20,000-200,000, × 200,000): start 10 %;
    # 2,000 m² (1000-3000) 10 %; not done at all 10 %; farmland 10 %; 200 days from 2026-01-05
    # = 2026-07-24, six whole months ("6个月以上1年以下") 5 %; no earlier one 0 %; corrected
    # 0 %; less sensitive 3 %; no major impact 0 %. 10 + 10 + 10 + 10 + 5 + 3 = 48 % → 96,000.
    gd = GD(
        area_m2=W(2000),
        wholly_missing=True,
        farmland=True,
        duration_days=W(200),
        soil_sensitivity="less_sensitive",
        major_impact=False,
    )
    d = _fine(_case(kind, gd))
    assert d.outcome.final == W("96000.00")
    assert _section(d) == section
    # Refused to correct (200,000-1,000,000, × 1,000,000): start 20 % and the 10 % of
    # "逾期未改正": 20 + 10 + 10 + 10 + 5 + 10 + 3 = 68 % → 680,000.
    assert _fine(_case(kind, gd, refused_to_correct=True)).outcome.final == W("680000.00")
    # Every factor at its top: 20 + 25 + 10 + 10 + 15 + 8 + 10 + 7 + 5 = 110 %, capped at 100 %.
    top = GD(
        area_m2=W(10_000),
        wholly_missing=True,
        farmland=True,
        duration_days=W(1100),
        soil_sensitivity="sensitive",
        major_impact=True,
    )
    worst = _case(kind, top, refused_to_correct=True, prior_violations=_earlier(kind, 5))
    assert _fine(worst).outcome.final == W("1000000.00")


@pytest.mark.parametrize("kind", ["soil.work-plan-not-filed", "soil.remediation-plan-not-filed"])
def test_band_tables_6_22_and_6_23_filings_by_sensitivity(kind: str) -> None:
    # pp. 154-155, 土壤法 Art. 95 (1), (2): a fine only on a refusal to correct, 10,000-50,000;
    # less sensitive: 30,000-50,000 → 40,000; sensitive: the single 50,000.
    assert _final(kind, GD(soil_sensitivity="less_sensitive"), refused_to_correct=True) == W(
        "40000.00"
    )
    assert _final(kind, GD(soil_sensitivity="sensitive"), refused_to_correct=True) == W("50000.00")


def test_band_table_6_24_survey_report_not_filed() -> None:
    # pp. 155-156, 土壤法 Art. 95 (3): fined only on a refusal (10,000-50,000), so the row is
    # "逾期未改正": 30,000-50,000 → 40,000; a major impact: the single 50,000.
    kind = "soil.survey-report-not-filed"
    assert _final(kind, refused_to_correct=True) == W("40000.00")
    assert _final(kind, GD(major_impact=True), refused_to_correct=True) == W("50000.00")


def test_band_table_6_16_obstructing_a_soil_inspection() -> None:
    # pp. 147-148, 土壤法 Art. 93 (units, 20,000-200,000): falsehoods during the inspection,
    # first time: 60,000-80,000 → 70,000; blocking the officers with one within a year:
    # 170,000-200,000 → 185,000.
    kind = "other.obstructing-inspection-soil"
    assert _final(kind, GD(obstruction_form="falsification")) == W("70000.00")
    blocked = GD(obstruction_form="passive_violence")
    assert _final(kind, blocked, prior_violations=_earlier(kind, 6)) == W("185000.00")


# --- the fit rule and the table list -----------------------------------------------------------


def test_a_chapter_4_table_does_not_fit_the_codes_range() -> None:
    # §4.13 was written for 固废法 Art. 112 (100,000-1,000,000); an act under the Code (Art.
    # 1175: 50,000-200,000) is not scored on it.
    case = _case(
        "waste.hazardous-no-plan",
        GD(wholly_missing=True, hazardous_waste_tonnes=W(5)),
        occurred_on=D(2026, 9, 1),
        discovered_on=D(2026, 9, 2),
    )
    d = _fine(case, day=D(2026, 10, 10))
    assert "fine.table.not-fitting" in d.rule_ids
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (W(50000), W(200000))


ENCODED = {
    *(f"cn-gd.table.4-{n}" for n in (2, 3, 4, 5, 6, 8, 9, 10, 11, 13, 16, 17, 19, 20, 21, 24, 25)),
    "cn-gd.table.4-52",
    *(f"cn-gd.table.6-{n}" for n in (1, 3, 7, 10, 16, 22, 23, 24)),
    *(
        f"cn-gd.table.6-{n}.{tier}"
        for n in (2, 4, 5, 6, 8, 9, 11, 12, 13, 17, 18, 19, 20, 21)
        for tier in ("ordinary", "higher")
    ),
}


def test_the_chapter_4_and_6_tables_and_their_kinds() -> None:
    policy = BOOK.resolve("CN-GD", DECIDED)
    tables = policy.records("discretion.tables")
    times = {t["id"] for t in tables_times()}  # multiples: test_guangdong_tables_times
    mine = {
        i: t
        for i, t in tables.items()
        if t.section.startswith(("§4.", "§6."))
        and i not in times
        and t.party == "unit"  # persons: their own file
    }
    more = {t["id"] for t in tables_more()}  # §§4.26-4.29, 6.14, 6.15: test_guangdong_tables_more
    assert set(mine) == ENCODED | more | {"cn-gd.table.4-12", "cn-gd.table.4-18"}
    catalogue = policy.records("violations.catalogue")
    for table in mine.values():
        assert table.citation.note is not None
        assert table.citation.note.startswith(
            f"附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 {table.section}, p"
        )
        assert all(kind in catalogue for kind in table.kinds)
    # A split table's two halves meet: the ordinary range's top is the higher range's bottom.
    for ident in (i for i in ENCODED if i.endswith(".ordinary")):
        low, high = mine[ident], mine[ident.replace(".ordinary", ".higher")]
        assert low.statutory_max == high.statutory_min
        assert low.kinds == high.kinds


TABLES = BOOK.resolve("CN-GD", DECIDED).records("discretion.tables")
BAND_TABLES = sorted(i for i in ENCODED if TABLES[i].mode == "bands")


@pytest.mark.parametrize("ident", BAND_TABLES)
def test_a_band_never_falls_as_a_factor_rises(ident: str) -> None:
    # Every band table: one level up on any factor, the others the same, never lowers the
    # midpoint (the amount of an ordinary case, Art. 12 (2)); every band lies in the range.
    table = TABLES[ident]
    assert table.bands
    for row in table.bands:
        assert table.statutory_min <= row.min <= row.max <= table.statutory_max
    rows = {tuple(sorted(r.levels.items())): r.min + r.max for r in table.bands}
    for levels, total in rows.items():
        for i, (factor, rank) in enumerate(levels):
            up = (*levels[:i], (factor, rank + 1), *levels[i + 1 :])
            if up in rows:
                assert rows[up] >= total, (ident, levels, factor)
