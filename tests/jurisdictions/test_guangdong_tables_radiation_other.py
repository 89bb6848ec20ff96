"""Guangdong's fine tables of 附件1 chapters 7 (辐射) and 8 (其他) (粤环发〔2021〕7号).

Every table is a band table: an ordinary case takes the band's midpoint (Art. 12 (2)); a fact
not stated is scored at its factor's lowest level (Art. 5); the row "造成重大生态环境影响或者
不良社会影响的" gives the statutory maximum. Each test works one table from its printed text
(the page in the comment) and checks a boundary: a level's threshold, the maximum, or the
statutory range the table was written for.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    AccidentGrade,
    AreaClass,
    GuangdongFacts,
    PollutantClass,
)
from ecoreg.jurisdictions._guangdong_tables_times import tables_times
from gd_cases import BOOK, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _decide
from gd_cases import priors as _prior
from gd_cases import table_final as _fine
from gd_cases import yuan as _yuan

D = dt.date
POLICY = BOOK.resolve("CN-GD", DECIDED)

IDS = {
    "cn-gd.table.7-1",
    "cn-gd.table.7-2",
    "cn-gd.table.7-3",
    "cn-gd.table.7-4",
    "cn-gd.table.7-5",
    "cn-gd.table.7-6",
    "cn-gd.table.7-7",
    "cn-gd.table.7-8",
    "cn-gd.table.7-9",
    "cn-gd.table.7-10",
    "cn-gd.table.7-11",
    "cn-gd.table.7-12",
    "cn-gd.table.7-13",
    "cn-gd.table.7-14",
    "cn-gd.table.8-2",
    "cn-gd.table.8-2-report",
    "cn-gd.table.8-22",
    "cn-gd.table.8-27.ordinary",
    "cn-gd.table.8-27.higher",
    "cn-gd.table.8-28",
    "cn-gd.table.8-29",
    "cn-gd.table.8-30",
    "cn-gd.table.8-34",
    "cn-gd.table.8-35",
    "cn-gd.table.8-36",
    "cn-gd.table.8-38",
    "cn-gd.table.8-39",
    "cn-gd.table.8-41",
    "cn-gd.table.8-42",
    "cn-gd.table.8-43",
}


def test_the_tables_of_chapters_7_and_8() -> None:
    tables = POLICY.records("discretion.tables")
    mine = {i for i in tables if i.startswith(("cn-gd.table.7-", "cn-gd.table.8-"))}
    mine -= {t["id"] for t in tables_times()}  # the gains rows: test_guangdong_tables_times
    assert mine == IDS
    catalogue = POLICY.records("violations.catalogue")
    for ident in IDS:
        table = tables[ident]
        assert table.mode == "bands"
        assert table.citation.article == 12
        assert table.citation.note.startswith(
            f"附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 {table.section}"
        )
        assert "PDF p" in table.citation.note
        assert all(kind in catalogue for kind in table.kinds)
        for row in table.bands:
            # Every band lies in the statutory range the table was written for, and the row
            # "造成重大生态环境影响或者不良社会影响的" is the statutory maximum.
            assert table.statutory_min <= row.min <= row.max <= table.statutory_max
            if row.levels.get("impact") == 1:
                assert row.min == row.max == table.statutory_max


# --- Chapter 7 ------------------------------------------------------------------------------


def test_7_1_radioactive_results_by_report_and_repeats() -> None:
    kind = "monitoring.radioactive-results-not-reported"
    # §7.1 (p. 157), Art. 49 (1), up to 20,000: not reported at all, with one earlier violation
    # within two years: 1.5万-2万 → (15,000 + 20,000) / 2 = 17,500.
    gd = GuangdongFacts(report_failure="not_made")
    assert _fine(kind, gd, prior_violations=_prior(kind, D(2024, 1, 5))) == _yuan(17_500)
    # The earlier violation one day more than two years back does not count: 1万-1.5万 → 12,500.
    assert _fine(kind, gd, prior_violations=_prior(kind, D(2024, 1, 4))) == _yuan(12_500)
    # Late or incomplete, first time: 0.5万元以下, from the statutory minimum 0 → 2,500.
    late = GuangdongFacts(report_failure="late_or_incomplete")
    assert _fine(kind, late) == _yuan(2_500)
    # A major impact: the single amount 2万元.
    assert _fine(kind, GuangdongFacts(major_impact=True)) == _yuan(20_000)


def test_7_2_inspection_refused_by_repeats() -> None:
    kind = "other.obstructing-inspection-radiation"
    # §7.2 (p. 158), Art. 49 (2): with an earlier violation: 1万-2万 → 15,000; without: 1万元以下
    # → 5,000.
    assert _fine(kind, prior_violations=_prior(kind, D(2025, 3, 1))) == _yuan(15_000)
    assert _fine(kind) == _yuan(5_000)
    # Under the Code (Art. 1229: 50,000-200,000) the table does not fit.
    later = _case(kind, occurred_on=D(2026, 9, 1), discovered_on=D(2026, 9, 2))
    d = _decide(later, day=D(2026, 10, 10))
    assert "fine.table.not-fitting" in d.rule_ids


def test_7_3_isotopes_without_gains_by_correction() -> None:
    kind = "radiation.isotope-activity"
    # §7.3 (p. 159), Art. 53, no gains or under 100,000 (1万-10万): not corrected in time:
    # 5万-10万 → 75,000; corrected: 1万-5万 → 30,000.
    assert _fine(kind, illegal_gains="99999", refused_to_correct=True) == _yuan(75_000)
    assert _fine(kind, illegal_gains="0") == _yuan(30_000)
    # Gains of 100,000: the fine is 1-5 times the gains, scored by the record of the gains rows
    # (test_guangdong_tables_times): corrected, 1-3 times → 2 × 100,000 = 200,000.
    assert _fine(kind, illegal_gains="100000") == _yuan(200_000)


def test_7_4_tailings_by_repeats_and_correction() -> None:
    kind = "radiation.tailings-facility"
    # §7.4 (pp. 159-160), Art. 54 (1), 10万-20万: an earlier violation, not corrected in time:
    # 17万-20万 → 185,000; none, corrected: 10万-12万 → 110,000.
    prior = _prior(kind, D(2025, 1, 1))
    assert _fine(kind, prior_violations=prior, refused_to_correct=True) == _yuan(185_000)
    assert _fine(kind) == _yuan(110_000)


def test_7_5_prohibited_discharge_by_area_and_radioactivity() -> None:
    kind = "radiation.prohibited-discharge"
    # §7.5 (p. 160), Art. 54 (2): medium-level waste in an ecological sensitive area:
    # 16万-18万 → 170,000; high-level (or α) outside: 13万-15万 → 140,000.
    eco = GuangdongFacts(areas=(AreaClass.ECOLOGICAL,), radioactivity_level="medium")
    assert _fine(kind, eco) == _yuan(170_000)
    general = GuangdongFacts(areas=(AreaClass.GENERAL,), radioactivity_level="high")
    assert _fine(kind, general) == _yuan(140_000)
    # Overlapping areas: the heavier (Art. 17), a restricted area: 18万-20万 → 190,000.
    both = general.model_copy(update={"areas": (AreaClass.GENERAL, AreaClass.RESTRICTED)})
    assert _fine(kind, both) == _yuan(190_000)
    # A major impact: 20万元.
    assert _fine(kind, general.model_copy(update={"major_impact": True})) == _yuan(200_000)


def test_7_6_improper_liquid_discharge() -> None:
    kind = "radiation.waste-liquid-improper-discharge"
    # §7.6 (p. 161), Art. 54 (3): low-level, outside: 10万-11万 → 105,000; low-level in a
    # drinking-water first-grade zone: 15万-16万 → 155,000.
    assert _fine(kind, GuangdongFacts(radioactivity_level="low")) == _yuan(105_000)
    zone = GuangdongFacts(radioactivity_level="low", areas=(AreaClass.DRINKING_WATER_FIRST,))
    assert _fine(kind, zone) == _yuan(155_000)


def test_7_7_liquid_not_treated_by_quantity_and_activity() -> None:
    kind = "radiation.waste-liquid-mishandled"
    # §7.7 (pp. 161-162), Art. 54 (4), 1万-10万: large quantity, higher activity: 8万-10万 →
    # 90,000; small and low: 1万-3万 → 20,000; large and low: 3万-5万 → 40,000.
    assert _fine(kind, GuangdongFacts(radioactive_waste_grade="large_higher")) == _yuan(90_000)
    assert _fine(kind, GuangdongFacts(radioactive_waste_grade="small_low")) == _yuan(20_000)
    assert _fine(kind, GuangdongFacts(radioactive_waste_grade="large_low")) == _yuan(40_000)
    assert _fine(kind, GuangdongFacts(major_impact=True)) == _yuan(100_000)


def test_7_8_solid_waste_to_unlicensed_by_repeats_and_grade() -> None:
    kind = "radiation.waste-to-unlicensed"
    # §7.8 (p. 162), Art. 54 (5): an earlier violation, small quantity of higher activity:
    # 17万-18万 → 175,000; none, large and higher: 13万-15万 → 140,000.
    small = GuangdongFacts(radioactive_waste_grade="small_higher")
    prior = _prior(kind, D(2024, 6, 1))
    assert _fine(kind, small, prior_violations=prior) == _yuan(175_000)
    large = GuangdongFacts(radioactive_waste_grade="large_higher")
    assert _fine(kind, large) == _yuan(140_000)


@pytest.mark.parametrize(
    "kind",
    [
        "radiation.no-warning-signs",
        "radiation.no-security-system",
        "other.no-emergency-plan-radiation",
    ],
)
def test_7_9_and_7_10_after_the_deadline_by_repeats(kind: str) -> None:
    # §§7.9, 7.10 (pp. 162-164), Art. 55 (1), (2), 2万-10万 once the deadline is missed: an
    # earlier violation: 5万-10万 → 75,000; none: 2万-5万 → 35,000; a major impact: 10万元.
    prior = _prior(kind, D(2025, 5, 5))
    assert _fine(kind, prior_violations=prior, refused_to_correct=True) == _yuan(75_000)
    assert _fine(kind, refused_to_correct=True) == _yuan(35_000)
    major = GuangdongFacts(major_impact=True)
    assert _fine(kind, major, refused_to_correct=True) == _yuan(100_000)


def test_7_11_source_class_and_accident_grade() -> None:
    loss = "radiation.source-loss-not-reported"
    # §7.11 (p. 164), Art. 55 (3): a class III source: 5万-8万 → 65,000; class II: 8万-10万 →
    # 90,000; class IV (the threshold below III): 2万-5万 → 35,000.
    for source, amount in ((3, 65_000), (2, 90_000), (4, 35_000), (5, 35_000)):
        gd = GuangdongFacts(radioactive_source_class=source)
        assert _fine(loss, gd, refused_to_correct=True) == _yuan(amount)
    # An accident not reported: 较大 → 65,000; 特别重大 → the single amount 10万元.
    accident = "other.incident-not-reported-radiation"
    large = GuangdongFacts(accident_grade=AccidentGrade.LARGE)
    assert _fine(accident, large, refused_to_correct=True) == _yuan(65_000)
    worst = GuangdongFacts(accident_grade=AccidentGrade.ESPECIALLY_MAJOR)
    assert _fine(accident, worst, refused_to_correct=True) == _yuan(100_000)


def test_7_12_solid_waste_not_disposed_by_grade() -> None:
    kind = "radiation.solid-waste-not-disposed"
    # §7.12 (pp. 164-165), Art. 56, up to 20万 once the deadline is missed: large quantity, low
    # activity: 5万-10万 → 75,000; small and low: 5万元以下 → 25,000; a major impact: 20万元.
    gd = GuangdongFacts(radioactive_waste_grade="large_low")
    assert _fine(kind, gd, refused_to_correct=True) == _yuan(75_000)
    assert _fine(kind, refused_to_correct=True) == _yuan(25_000)
    major = GuangdongFacts(major_impact=True)
    assert _fine(kind, major, refused_to_correct=True) == _yuan(200_000)


@pytest.mark.parametrize(
    "kind", ["radiation.unlicensed-waste-operation", "radiation.licence-breach-waste-operation"]
)
def test_7_13_and_7_14_waste_operations_without_gains(kind: str) -> None:
    # §§7.13, 7.14 (pp. 165-166), Art. 57, 5万-10万 without gains of 100,000: not corrected in
    # time: 8万-10万 → 90,000; corrected: 5万-8万 → 65,000; a major impact: 10万元.
    assert _fine(kind, illegal_gains="0", refused_to_correct=True) == _yuan(90_000)
    assert _fine(kind, illegal_gains="0") == _yuan(65_000)
    major = GuangdongFacts(major_impact=True)
    assert _fine(kind, major, illegal_gains="0") == _yuan(100_000)


# --- Chapter 8 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind", ["low_carbon.mandatory-audit-not-conducted", "low_carbon.audit-falsified"]
)
def test_8_2_audit_not_conducted_or_falsified(kind: str) -> None:
    # §8.2 (p. 195), 清洁生产促进法 Art. 39, 5万-50万 once correction is refused: not
    # cooperating: 35万-50万 → 425,000; cooperating: 25万-35万 → 300,000.
    uncooperative = GuangdongFacts(uncooperative=True)
    assert _fine(kind, uncooperative, refused_to_correct=True) == _yuan(425_000)
    assert _fine(kind, refused_to_correct=True) == _yuan(300_000)


def test_8_2_audit_results_not_reported() -> None:
    kind = "low_carbon.audit-results-not-reported"
    # §8.2 (p. 195): not truthfully reported, cooperating: "5万元以上10万元以上" (read 以下) →
    # 75,000; not reported, not cooperating: 20万-25万 → 225,000; a major impact: 50万元.
    untrue = GuangdongFacts(report_failure="untruthful")
    assert _fine(kind, untrue, refused_to_correct=True) == _yuan(75_000)
    withheld = GuangdongFacts(report_failure="not_made", uncooperative=True)
    assert _fine(kind, withheld, refused_to_correct=True) == _yuan(225_000)
    major = GuangdongFacts(major_impact=True)
    assert _fine(kind, major, refused_to_correct=True) == _yuan(500_000)


def test_8_22_and_8_23_livestock_waste() -> None:
    kind = "other.livestock-manure-into-irrigation-channel"
    # §8.22 (p. 206), 畜禽规模养殖污染防治条例 Art. 41, up to 5万: 2 times over (1-3 times):
    # 1万-3万 → 20,000; 50 % over the quota (the threshold of the top band): 3万-5万 → 40,000;
    # 0.9 times over: 1万元以下 → 5,000.
    assert _fine(kind, exceedance_ratio="2") == _yuan(20_000)
    assert _fine(kind, GuangdongFacts(quota_excess_ratio=Decimal("0.5"))) == _yuan(40_000)
    assert _fine(kind, exceedance_ratio="0.9") == _yuan(5_000)
    # §8.23 (p. 207): untreated, by the herd: 1,000 pig equivalents (the threshold): 3万-5万 →
    # 40,000; 999: 1万-3万 → 20,000; 499: 1万元以下 → 5,000.
    for pigs, amount in (("1000", 40_000), ("999", 20_000), ("499", 5_000)):
        gd = GuangdongFacts(untreated=True, livestock_pig_equivalents=Decimal(pigs))
        assert _fine(kind, gd) == _yuan(amount)


def test_8_27_special_period_by_area_and_earlier_violations() -> None:
    kind = "permit.special-period-not-restricted"
    # §8.27 (pp. 209-210), 排污许可管理条例 Art. 35 (2), 5万-20万 (情节严重 20万-100万): no major
    # impact, outside sensitive areas, one earlier same violation within two years (1次以上3次
    # 以下): 7万-10万 → (70,000 + 100,000) / 2 = 85,000. The earlier one exactly two years back
    # (2024-01-05, the act 2026-01-05) still counts; a day earlier it does not: 无同类违法行为,
    # 5万-7万 → 60,000.
    d = _decide(_case(kind, prior_violations=_prior(kind, D(2024, 1, 5))))
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (Decimal(50000), Decimal(200000))
    assert d.outcome.final == _yuan(85_000)
    assert _fine(kind, prior_violations=_prior(kind, D(2024, 1, 4))) == _yuan(60_000)
    # Three earlier (3次以上) in a restricted area: the band's single amount, 20万元.
    three = _prior(kind, D(2024, 6, 1), D(2025, 1, 1), D(2025, 4, 1))
    restricted = GuangdongFacts(areas=(AreaClass.RESTRICTED,))
    assert _fine(kind, restricted, prior_violations=three) == _yuan(200_000)


def test_8_27_a_serious_case_takes_the_higher_half() -> None:
    kind = "permit.special-period-not-restricted"
    # 情节严重 (the table's 造成重大生态环境影响或者不良社会影响): 20万-100万. Residential area, no
    # earlier violation: 60万-80万 → 700,000; outside, two earlier (1次以上3次以下, as with one):
    # 30万-40万 → 350,000.
    residential = GuangdongFacts(areas=(AreaClass.RESIDENTIAL,))
    d = _decide(_case(kind, residential, serious=True))
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (
        Decimal(200000),
        Decimal(1000000),
    )
    assert d.outcome.final == _yuan(700_000)
    two = _prior(kind, D(2025, 1, 1), D(2025, 4, 1))
    assert _fine(kind, serious=True, prior_violations=two) == _yuan(350_000)


def test_8_28_outlets_not_per_permit_by_area_and_class() -> None:
    kind = "permit.outlet-not-per-permit"
    # §8.28 (p. 210), 排污许可管理条例 Art. 36 (1), 2万-20万: a class-A pollutant in a sensitive
    # area: 15万-20万 → 175,000; class B outside: 2万-5万 → 35,000; classes A and B, outside:
    # the heavier, A (Art. 17): 5万-10万 → 75,000.
    sensitive_a = GuangdongFacts(
        areas=(AreaClass.RESIDENTIAL,), pollutant_classes=(PollutantClass.A,)
    )
    assert _fine(kind, sensitive_a) == _yuan(175_000)
    assert _fine(kind, GuangdongFacts(pollutant_classes=(PollutantClass.B,))) == _yuan(35_000)
    both = GuangdongFacts(pollutant_classes=(PollutantClass.B, PollutantClass.A))
    assert _fine(kind, both) == _yuan(75_000)
    assert _fine(kind, GuangdongFacts(major_impact=True)) == _yuan(200_000)


def test_8_29_discharge_method_by_area_and_class() -> None:
    kind = "permit.discharge-method-not-per-permit"
    # §8.29 (pp. 210-211), 排污许可管理条例 Art. 36 (2), 2万-20万: a class-A pollutant in a
    # drinking-water protection area: 15万-20万 → (150,000 + 200,000) / 2 = 175,000; VOC gas
    # (class B, Art. 18) outside: 2万-5万 → 35,000; a major impact: the maximum, 20万元.
    drinking = GuangdongFacts(
        areas=(AreaClass.DRINKING_WATER_FIRST,), pollutant_classes=(PollutantClass.A,)
    )
    assert _fine(kind, drinking) == _yuan(175_000)
    assert _fine(kind, GuangdongFacts(pollutant_classes=(PollutantClass.VOC,))) == _yuan(35_000)
    assert _fine(kind, GuangdongFacts(major_impact=True)) == _yuan(200_000)
    # The Code left the regulation in force with its range: an act after 2026-08-15 takes the
    # same table (class A outside: 5万-10万 → 75,000).
    later = _case(
        kind,
        GuangdongFacts(pollutant_classes=(PollutantClass.A,)),
        occurred_on=D(2026, 9, 1),
        discovered_on=D(2026, 9, 2),
    )
    assert _decide(later, D(2026, 10, 10)).outcome.final == _yuan(75_000)


def test_8_30_monitoring_device_by_form_area_and_correction() -> None:
    kind = "monitoring.emission-device-interference"
    # §8.30 (p. 211), Art. 36 (3): damaged, outside, not corrected in time: 15万-18万 →
    # 165,000; moved, in a restricted area, corrected: 8万-10万 → 90,000; damaged, sensitive,
    # not corrected: the single amount 20万元.
    assert _fine(kind, GuangdongFacts(device_destroyed=True), refused_to_correct=True) == _yuan(
        165_000
    )
    moved = GuangdongFacts(device_destroyed=False, areas=(AreaClass.RESTRICTED,))
    assert _fine(kind, moved) == _yuan(90_000)
    worst = GuangdongFacts(device_destroyed=True, areas=(AreaClass.ECOLOGICAL,))
    assert _fine(kind, worst, refused_to_correct=True) == _yuan(200_000)


def test_8_34_discharge_information_by_form_area_and_cooperation() -> None:
    kind = "permit.discharge-info-not-disclosed"
    # §8.34 (p. 214), Art. 36 (7): untruthful, outside, not cooperating: 15万-18万 → 165,000;
    # not disclosed as the permit says, outside, cooperating: 2万-5万 → 35,000.
    untrue = GuangdongFacts(report_failure="untruthful", uncooperative=True)
    assert _fine(kind, untrue) == _yuan(165_000)
    assert _fine(kind, GuangdongFacts(report_failure="not_made")) == _yuan(35_000)


def test_8_35_anomaly_not_reported_by_area_class_and_cooperation() -> None:
    kind = "monitoring.anomaly-not-reported"
    # §8.35 (p. 215), Art. 36 (8): class A outside, not cooperating: 10万-12万 → 110,000;
    # class A (toxic) in a sensitive area, not cooperating: 20万元.
    gd = GuangdongFacts(pollutant_classes=(PollutantClass.A,), uncooperative=True)
    assert _fine(kind, gd) == _yuan(110_000)
    toxic = GuangdongFacts(
        pollutant_classes=(PollutantClass.TOXIC,),
        areas=(AreaClass.RESIDENTIAL,),
        uncooperative=True,
    )
    assert _fine(kind, toxic) == _yuan(200_000)


@pytest.mark.parametrize(
    "kind", ["monitoring.no-ledger", "monitoring.emissions-not-truthfully-reported"]
)
def test_8_36_and_8_39_per_occasion_by_repeats_within_a_year(kind: str) -> None:
    # §§8.36, 8.39 (pp. 216-217), Art. 37, 5千-2万 per occasion, one occasion: the same kind
    # within a year: 1万-2万 → 15,000; the earlier one a year and a day back: 5千-1万 → 7,500.
    assert _fine(kind, count=1, prior_violations=_prior(kind, D(2025, 1, 5))) == _yuan(15_000)
    assert _fine(kind, count=1, prior_violations=_prior(kind, D(2025, 1, 4))) == _yuan(7_500)
    # Two occasions: 10,000-40,000, a range the table was not written for.
    d = _decide(_case(kind, count=2))
    assert "fine.table.not-fitting" in d.rule_ids


def test_8_38_execution_report_per_occasion_by_repeats_within_a_year() -> None:
    kind = "permit.execution-report-not-submitted"
    # §8.38 (pp. 216-217), 排污许可管理条例 Art. 37 (3), 5千-2万 per occasion, one occasion: the
    # same kind within a year (2025-01-05, the act 2026-01-05): 1万-2万 → (10,000 + 20,000) / 2
    # = 15,000; the earlier one a year and a day back: 5千-1万 → 7,500; a major impact: 2万元.
    assert _fine(kind, count=1, prior_violations=_prior(kind, D(2025, 1, 5))) == _yuan(15_000)
    assert _fine(kind, count=1, prior_violations=_prior(kind, D(2025, 1, 4))) == _yuan(7_500)
    assert _fine(kind, GuangdongFacts(major_impact=True), count=1) == _yuan(20_000)
    # Two occasions: 10,000-40,000, a range the table was not written for.
    d = _decide(_case(kind, count=2))
    assert "fine.table.not-fitting" in d.rule_ids


def test_8_41_permit_by_deception_or_bribery() -> None:
    kind = "permit.fraudulent-permit"
    # §8.41 (p. 218), Art. 40, 20万-50万: bribery, with the same violation within five years:
    # 40万-50万 → 450,000; the earlier one five years and a day back: 32万-40万 → 360,000;
    # deception, none: 20万-26万 → 230,000.
    bribe = GuangdongFacts(bribery=True)
    assert _fine(kind, bribe, prior_violations=_prior(kind, D(2021, 1, 5))) == _yuan(450_000)
    assert _fine(kind, bribe, prior_violations=_prior(kind, D(2021, 1, 4))) == _yuan(360_000)
    assert _fine(kind, GuangdongFacts(bribery=False)) == _yuan(230_000)


def test_8_42_permit_forged_or_transferred() -> None:
    kind = "permit.permit-forged-or-transferred"
    # §8.42 (p. 219), Art. 41, 10万-30万: forged, none before: 20万-25万 → 225,000;
    # transferred, with one within five years: 15万-20万 → 175,000; a major impact: 30万元.
    assert _fine(kind, GuangdongFacts(permit_forged=True)) == _yuan(225_000)
    prior = _prior(kind, D(2023, 1, 1))
    assert _fine(kind, GuangdongFacts(permit_forged=False), prior_violations=prior) == _yuan(
        175_000
    )
    assert _fine(kind, GuangdongFacts(major_impact=True)) == _yuan(300_000)


def test_8_43_registration_form_by_correction() -> None:
    kind = "permit.registration-not-filed"
    # §8.43 (p. 219), Art. 43, up to 5万: not corrected in time: 2万-5万 → 35,000; corrected:
    # 2万元以下 → 10,000.
    assert _fine(kind, refused_to_correct=True) == _yuan(35_000)
    assert _fine(kind) == _yuan(10_000)
