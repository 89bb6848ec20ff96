"""Guangdong's fine tables of 附件1 chapters 3 (大气) and 5 (噪声) encoded in
``_guangdong_tables_air_noise`` (粤环发〔2021〕7号).

One worked example per table, computed by hand from the table's text (the arithmetic in a
comment), and a boundary: a level's threshold, the cap at 100 %, the statutory minimum or the
fit rule. Acts before 2026-08-15 are judged under the repealed statutes the tables were written
for. Chapter 5 has no encoded table (see docs/jurisdictions/guangdong.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    AreaClass,
    GuangdongFacts,
    PollutantClass,
    ViolationCase,
)
from gd_cases import ACT, BOOK, CODE, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _fine
from gd_cases import priors as _priors
from gd_cases import table_step as _table_step

D = dt.date


def _amount(case: ViolationCase) -> Decimal:
    return _fine(case).outcome.final


# --- §3.1: obstructing an air inspection (大气法 Art. 98, 20,000-200,000) ---------------------

OBSTRUCTING = "other.obstructing-inspection-air"


def test_3_1_obstruction_by_form_and_a_repeat_within_a_year() -> None:
    # §3.1 (p. 47): refusing the officers entry (拒绝执法人员进入厂区), with a same violation
    # within a year (2025-06-01, from 2026-01-05 back one year): band 130,000-150,000; an
    # ordinary case at its average (Art. 12 (2)): (130,000 + 150,000) / 2 = 140,000.
    gd = GuangdongFacts(obstruction_form="refused_entry")
    case = _case(OBSTRUCTING, guangdong=gd, prior_violations=_priors(OBSTRUCTING, D(2025, 6, 1)))
    d = _fine(case)
    assert d.outcome.final == Decimal("140000.00")
    step = _table_step(d)
    assert step.citation is not None
    assert step.citation.article == 12
    assert step.citation.note is not None
    assert "§3.1," in step.citation.note
    assert "p. 47 (PDF p. 62)" in step.citation.note
    # "近一年" runs from the day of the act back one year (Art. 22): 2025-01-05 counts,
    # 2025-01-04 does not (no same violation: 110,000-130,000 → 120,000).
    on_the_day = case.model_copy(
        update={"prior_violations": tuple(_priors(OBSTRUCTING, D(2025, 1, 5)))}
    )
    assert _amount(on_the_day) == Decimal("140000.00")
    a_day_older = case.model_copy(
        update={"prior_violations": tuple(_priors(OBSTRUCTING, D(2025, 1, 4)))}
    )
    assert _amount(a_day_older) == Decimal("120000.00")


def test_3_1_assault_is_the_maximum_and_an_unknown_form_the_lowest_row() -> None:
    # 殴打执法人员: 200,000 with or without a repeat, the statutory maximum.
    gd = GuangdongFacts(obstruction_form="active_violence")
    assert _amount(_case(OBSTRUCTING, guangdong=gd)) == Decimal("200000.00")
    # The form not established: its lowest level, delaying (Art. 5), first time: 20,000-40,000
    # → 30,000, and the reason says so.
    d = _fine(_case(OBSTRUCTING))
    assert d.outcome.final == Decimal("30000.00")
    assert "fine.table.lowest-level" in d.rule_ids


def test_3_1_does_not_fit_an_act_under_the_code() -> None:
    # Code Art. 1229 fines 50,000-200,000; §3.1 was written for 20,000-200,000: not applied.
    case = _case(
        OBSTRUCTING,
        occurred_on=D(2026, 9, 1),
        discovered_on=D(2026, 9, 2),
        guangdong=GuangdongFacts(obstruction_form="refused_entry"),
    )
    d = _fine(case, day=D(2026, 10, 10))
    assert "fine.table.not-fitting" in d.rule_ids
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (Decimal(50000), Decimal(200000))


# --- §3.6: monitoring equipment interfered with (大气法 Art. 100 (1), 20,000-200,000) ------------

EQUIPMENT = "monitoring.equipment-interference"


def test_3_6_damaged_equipment_by_area_and_a_major_impact() -> None:
    # §3.6 (p. 54): 侵占、损毁, outside sensitive and restricted areas: 100,000-150,000 →
    # 125,000; inside a restricted area: 150,000-200,000 → 175,000.
    gd = GuangdongFacts(device_destroyed=True, areas=(AreaClass.GENERAL,))
    assert _amount(_case(EQUIPMENT, guangdong=gd)) == Decimal("125000.00")
    inside = gd.model_copy(update={"areas": (AreaClass.GENERAL, AreaClass.RESTRICTED)})
    assert _amount(_case(EQUIPMENT, guangdong=inside)) == Decimal("175000.00")
    # Moved or altered only, outside: 20,000-50,000 → 35,000.
    moved = gd.model_copy(update={"device_destroyed": False})
    assert _amount(_case(EQUIPMENT, guangdong=moved)) == Decimal("35000.00")
    # A major ecological or bad social impact: 200,000 whatever the form and area.
    impact = moved.model_copy(update={"major_impact": True})
    assert _amount(_case(EQUIPMENT, guangdong=impact)) == Decimal("200000.00")


# --- §3.7: no self-monitoring (大气法 Art. 100 (2), 20,000-200,000) ----------------------------

SELF_MONITORING = "monitoring.air-not-self-monitored"


def test_3_7_records_not_kept_or_no_monitoring_by_pollutant() -> None:
    # §3.7 (pp. 54-55): monitored, records not kept, toxic air pollutants: 50,000-100,000 →
    # 75,000. Classes B and toxic: the heavier is scored (Art. 17).
    gd = GuangdongFacts(
        not_monitored=False, pollutant_classes=(PollutantClass.B, PollutantClass.TOXIC)
    )
    assert _amount(_case(SELF_MONITORING, guangdong=gd)) == Decimal("75000.00")
    # Not monitored, industrial waste gas (VOC): 100,000-150,000 → 125,000.
    voc = GuangdongFacts(not_monitored=True, pollutant_classes=(PollutantClass.VOC,))
    assert _amount(_case(SELF_MONITORING, guangdong=voc)) == Decimal("125000.00")
    # Not monitored, toxic: 150,000-200,000 → 175,000; a major impact: 200,000.
    toxic = voc.model_copy(update={"pollutant_classes": (PollutantClass.A,)})
    assert _amount(_case(SELF_MONITORING, guangdong=toxic)) == Decimal("175000.00")
    impact = toxic.model_copy(update={"major_impact": True})
    assert _amount(_case(SELF_MONITORING, guangdong=impact)) == Decimal("200000.00")


# --- §3.9: automatic data not disclosed (大气法 Art. 100 (4), weights × 200,000) ---------------

DISCLOSURE = "air.monitoring-data-not-disclosed"
_FOUR_EARLIER = (D(2024, 3, 1), D(2024, 9, 1), D(2025, 3, 1), D(2025, 9, 1))


def test_3_9_weights_worked_example() -> None:
    # §3.9 (p. 56): start 10 %; not disclosed (不公开) 20 %; not corrected in time 30 %; four
    # earlier within two years, five times with this one (5次以上10次以下) 10 %; class A 20 %.
    # 10 + 20 + 30 + 10 + 20 = 90 % × 200,000 = 180,000.
    gd = GuangdongFacts(not_disclosed=True, pollutant_classes=(PollutantClass.A,))
    case = _case(
        DISCLOSURE,
        refused_to_correct=True,
        prior_violations=_priors(DISCLOSURE, *_FOUR_EARLIER),
        guangdong=gd,
    )
    d = _fine(case)
    assert d.outcome.final == Decimal("180000.00")
    step = _table_step(d)
    assert step.citation is not None
    assert step.citation.article == 6
    # "5次以上" includes five (Art. 23); three earlier (four times) is 5次以下, 0 %: 80 % →
    # 160,000.
    fewer = case.model_copy(
        update={"prior_violations": tuple(_priors(DISCLOSURE, *_FOUR_EARLIER[1:]))}
    )
    assert _amount(fewer) == Decimal("160000.00")


def test_3_9_the_cap_and_the_start_at_the_statutory_minimum() -> None:
    # Nine earlier within two years, ten times (10次以上) 20 %: 10 + 20 + 30 + 20 + 20 = 100 %
    # → 200,000, the maximum.
    nine = [D(2024, m, 10) for m in range(2, 12)][:9]
    gd = GuangdongFacts(not_disclosed=True, pollutant_classes=(PollutantClass.TOXIC,))
    case = _case(
        DISCLOSURE,
        refused_to_correct=True,
        prior_violations=_priors(DISCLOSURE, *nine),
        guangdong=gd,
    )
    assert _amount(case) == Decimal("200000.00")
    # Nothing but the act: the start alone, 10 % × 200,000 = 20,000, exactly the statutory
    # minimum (大气法 Art. 100), so nothing is raised.
    d = _fine(_case(DISCLOSURE))
    assert d.outcome.final == Decimal("20000.00")
    assert "raised to it" not in _table_step(d).label_en


# --- §3.22: vehicle emission information (大气法 Art. 111 (1), 50,000-500,000) -----------------

EMISSION_INFO = "air.emission-info-not-disclosed"


def test_3_22_repeats_and_correction() -> None:
    # §3.22 (pp. 64-65): one earlier within two years (twice with this one, 2次), not corrected
    # in time: 300,000-400,000 → 350,000.
    case = _case(
        EMISSION_INFO,
        refused_to_correct=True,
        prior_violations=_priors(EMISSION_INFO, D(2025, 2, 1)),
    )
    assert _amount(case) == Decimal("350000.00")
    # The first time, not corrected in time: 100,000-200,000 → 150,000; corrected: 50,000-
    # 100,000 → 75,000.
    first = _case(EMISSION_INFO, refused_to_correct=True)
    assert _amount(first) == Decimal("150000.00")
    assert _amount(_case(EMISSION_INFO)) == Decimal("75000.00")
    # Three times or more and not corrected, or a major impact: 500,000, the maximum.
    three = case.model_copy(
        update={"prior_violations": tuple(_priors(EMISSION_INFO, D(2024, 6, 1), D(2025, 2, 1)))}
    )
    assert _amount(three) == Decimal("500000.00")
    impact = _case(EMISSION_INFO, guangdong=GuangdongFacts(major_impact=True))
    assert _amount(impact) == Decimal("500000.00")


# --- §3.23: falsified vehicle emission tests (大气法 Art. 112 (1), 100,000-500,000) -------------

FALSE_TESTS = "other.false-report-vehicle-emission-testing"


def test_3_23_items_and_earlier_violations() -> None:
    # §3.23 (pp. 65-66): four items (3项以上5项以下), an earlier same violation within two
    # years: 300,000-400,000 → 350,000.
    gd = GuangdongFacts(falsified_reports=4)
    case = _case(FALSE_TESTS, guangdong=gd, prior_violations=_priors(FALSE_TESTS, D(2024, 6, 1)))
    assert _amount(case) == Decimal("350000.00")
    # Three items is "3项以上" (Art. 23: 以上 includes the number): the same band; two items:
    # 150,000-250,000 → 200,000.
    three = case.model_copy(update={"guangdong": GuangdongFacts(falsified_reports=3)})
    assert _amount(three) == Decimal("350000.00")
    two = case.model_copy(update={"guangdong": GuangdongFacts(falsified_reports=2)})
    assert _amount(two) == Decimal("200000.00")
    # The earlier violation a day more than two years back does not count (Art. 22): two
    # items, none: 100,000-150,000 → 125,000.
    old = two.model_copy(update={"prior_violations": tuple(_priors(FALSE_TESTS, D(2024, 1, 4)))})
    assert _amount(old) == Decimal("125000.00")
    # Five items, earlier violation: 500,000; a major impact: 500,000.
    five = case.model_copy(update={"guangdong": GuangdongFacts(falsified_reports=5)})
    assert _amount(five) == Decimal("500000.00")
    impact = _case(FALSE_TESTS, guangdong=GuangdongFacts(major_impact=True))
    assert _amount(impact) == Decimal("500000.00")


def test_3_23_under_the_code_fits_only_a_case_that_is_not_serious() -> None:
    # Code Art. 1230 keeps 100,000-500,000 without 情节严重: two items, none earlier → 125,000.
    later = _case(
        FALSE_TESTS,
        occurred_on=D(2026, 9, 1),
        discovered_on=D(2026, 9, 2),
        guangdong=GuangdongFacts(falsified_reports=2),
    )
    day = D(2026, 10, 10)
    assert _fine(later, day=day).outcome.final == Decimal("125000.00")
    # Serious: 500,000-2,000,000, for which §3.23 was not written.
    serious = _fine(later.model_copy(update={"serious": True}), day=day)
    assert "fine.table.not-fitting" in serious.rule_ids
    assert serious.outcome.statutory_min == Decimal(500000)


# --- §3.32: dry cleaning and vehicle repair (大气法 Art. 120, 2,000-20,000) ---------------------

DRY_CLEANING = "air.dry-cleaning-repair-no-treatment"


def test_3_32_by_the_period_also_under_the_code() -> None:
    # §3.32 (pp. 70-71): a special or major event (period level 3): 15,000-20,000 → 17,500;
    # ordinary: 10,000-15,000 → 12,500; a heavy-pollution warning (level 5): 20,000.
    assert _amount(_case(DRY_CLEANING, period_level=3)) == Decimal("17500.00")
    assert _amount(_case(DRY_CLEANING, period_level=2)) == Decimal("12500.00")
    assert _amount(_case(DRY_CLEANING, period_level=5)) == Decimal("20000.00")
    # Code Art. 1133 keeps 2,000-20,000: the table still fits an act after 2026-08-15.
    later = _case(
        DRY_CLEANING, occurred_on=D(2026, 9, 1), discovered_on=D(2026, 9, 2), period_level=3
    )
    d = _fine(later, day=D(2026, 10, 10))
    assert d.outcome.final == Decimal("17500.00")
    assert "fine.table" in [s.rule_id for s in d.outcome.steps]


# --- §3.48: fugitive emissions (排污许可管理条例 Art. 35 (1), a concurrent provision) ---------

ART_35 = "cn.pollutant-discharge-permit-regulation.2021:35::1"


def test_3_48_applies_where_the_permit_regulation_gives_the_range() -> None:
    # dust.industrial-not-enclosed alone: 大气法 Art. 108, 20,000-200,000, its own table §3.18.
    plain = _case("dust.industrial-not-enclosed")
    d = _fine(plain)
    assert "§3.18" in _table_step(d).label_en
    # The officer finds the act also breaks the permit's fugitive-emission terms: Art. 35 (1),
    # 50,000-200,000, has the higher minimum and applies (Art. 29; law.concurrent_higher_floor
    # 'apply'). §3.48 (pp. 81-82), no major impact, outside sensitive areas, one earlier same
    # violation within two years (1次以上3次以下): 70,000-100,000 → 85,000.
    found = plain.model_copy(
        update={
            "concurrent_findings": (ART_35,),
            "prior_violations": tuple(_priors("dust.industrial-not-enclosed", D(2025, 4, 1))),
        }
    )
    d = _fine(found)
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (Decimal(50000), Decimal(200000))
    assert d.outcome.final == Decimal("85000.00")
    step = _table_step(d)
    assert "§3.48" in step.label_en
    assert step.citation is not None
    assert step.citation.note is not None
    assert "pp. 81-82 (PDF pp. 96-97)" in step.citation.note
    # Three earlier (3次以上) inside a restricted area: the band's single amount, 200,000.
    three = found.model_copy(
        update={
            "prior_violations": tuple(
                _priors("dust.industrial-not-enclosed", D(2024, 6, 1), D(2025, 1, 1), D(2025, 4, 1))
            ),
            "guangdong": GuangdongFacts(areas=(AreaClass.RESTRICTED,)),
        }
    )
    assert _amount(three) == Decimal("200000.00")


def test_3_48_a_serious_case_takes_the_higher_half() -> None:
    # 情节严重 (the table's 造成重大生态环境影响或者不良社会影响): 200,000-1,000,000; VOC process,
    # residential area, no earlier violation: 600,000-800,000 → 700,000; outside, two earlier
    # (1次以上3次以下, as with one): 300,000-400,000 → 350,000.
    inside = _case(
        "air.voc-process-not-enclosed",
        serious=True,
        concurrent_findings=[ART_35],
        guangdong=GuangdongFacts(areas=(AreaClass.RESIDENTIAL,)),
    )
    d = _fine(inside)
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (
        Decimal(200000),
        Decimal(1000000),
    )
    assert d.outcome.final == Decimal("700000.00")
    outside = _case(
        "air.solvent-leak-not-controlled",
        serious=True,
        concurrent_findings=[ART_35],
        prior_violations=_priors("air.solvent-leak-not-controlled", D(2024, 6, 1), D(2025, 6, 1)),
    )
    assert _amount(outside) == Decimal("350000.00")


# --- the tables as data -------------------------------------------------------------------------

MINE = {
    "cn-gd.table.3-1": ("§3.1", OBSTRUCTING, "bands"),
    "cn-gd.table.3-6": ("§3.6", EQUIPMENT, "bands"),
    "cn-gd.table.3-7": ("§3.7", SELF_MONITORING, "bands"),
    "cn-gd.table.3-9": ("§3.9", DISCLOSURE, "weights"),
    "cn-gd.table.3-22": ("§3.22", EMISSION_INFO, "bands"),
    "cn-gd.table.3-23": ("§3.23", FALSE_TESTS, "bands"),
    "cn-gd.table.3-32": ("§3.32", DRY_CLEANING, "bands"),
}
FUGITIVE: tuple[str, ...] = ("air.voc-process-not-enclosed", "air.solvent-leak-not-controlled")
FUGITIVE += ("dust.industrial-not-enclosed",)


def test_each_table_fits_its_kinds_range_before_the_code() -> None:
    # Every table was written for the range of its kind's pre-Code basis: the fit rule applies it.
    policy = BOOK.resolve(CODE, DECIDED)
    tables = policy.records("discretion.tables")
    catalogue = policy.records("violations.catalogue")
    for ident, (section, kind, mode) in MINE.items():
        table = tables[ident]
        assert (table.section, table.kinds, table.mode) == (section, (kind,), mode)
        rule = catalogue[kind].basis_on(ACT).fine.root
        assert (rule.min, rule.max) == (table.statutory_min, table.statutory_max)
        assert table.citation.note.startswith(
            f"附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 {section},"
        )
    # §3.48's two halves: the ranges of 排污许可管理条例 Art. 35 (1), which the catalogue gives
    # as a concurrent provision of each of its kinds.
    for half, (low, high) in (("ordinary", (50000, 200000)), ("higher", (200000, 1000000))):
        table = tables[f"cn-gd.table.3-48.{half}"]
        assert table.kinds == FUGITIVE
        assert (table.statutory_min, table.statutory_max) == (Decimal(low), Decimal(high))
        for kind in FUGITIVE:
            (provision,) = catalogue[kind].basis_on(ACT).concurrent
            assert provision.key == ART_35


_WORSE: list[tuple[str, dict[str, object], dict[str, object]]] = [
    (
        OBSTRUCTING,
        {"guangdong": GuangdongFacts(obstruction_form="falsification")},
        {"guangdong": GuangdongFacts(obstruction_form="passive_violence")},
    ),
    (
        EQUIPMENT,
        {"guangdong": GuangdongFacts(device_destroyed=True)},
        {"guangdong": GuangdongFacts(device_destroyed=True, major_impact=True)},
    ),
    (
        SELF_MONITORING,
        {"guangdong": GuangdongFacts(not_monitored=True)},
        {
            "guangdong": GuangdongFacts(
                not_monitored=True, pollutant_classes=(PollutantClass.TOXIC,)
            )
        },
    ),
    (DISCLOSURE, {}, {"refused_to_correct": True}),
    (EMISSION_INFO, {"refused_to_correct": True}, {"guangdong": GuangdongFacts(major_impact=True)}),
    (
        FALSE_TESTS,
        {"guangdong": GuangdongFacts(falsified_reports=4)},
        {"guangdong": GuangdongFacts(falsified_reports=40)},
    ),
    (DRY_CLEANING, {"period_level": 1}, {"period_level": 4}),
    (
        "dust.industrial-not-enclosed",
        {
            "concurrent_findings": [ART_35],
            "guangdong": GuangdongFacts(areas=(AreaClass.RESTRICTED,)),
        },
        {"concurrent_findings": [ART_35], "serious": True},
    ),
]


@pytest.mark.parametrize(("kind", "light", "heavy"), _WORSE)
def test_more_harm_never_lowers_the_fine(
    kind: str, light: dict[str, object], heavy: dict[str, object]
) -> None:
    # Each table is monotone: a heavier fact gives at least the lighter case's amount, and the
    # amount stays in the statutory range.
    low, high = _fine(_case(kind, **light)), _fine(_case(kind, **heavy))
    assert low.outcome.final <= high.outcome.final <= high.outcome.statutory_max
    assert low.outcome.statutory_min <= low.outcome.final
