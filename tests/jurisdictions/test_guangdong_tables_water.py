"""Guangdong (CN-GD): the fine tables of 附件1 chapters 1 (环评类) and 2 (水污染防治类).

粤环发〔2021〕7号 附件1, read in the annex PDF (printed page = PDF page - 15). Each table has a
worked example computed by hand from its text (the arithmetic in a comment) and a boundary: a
level's threshold, the 100 % cap, the statutory minimum, or the top row. Acts on 2026-01-05 are
judged under the repealed statutes the tables were written for; the decision is on 2026-03-10.
Band tables take the band's midpoint for an ordinary case (Art. 12 (2)); weight tables multiply
the start weight plus the factors' weights by the statutory maximum (Art. 6).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ecoreg import (
    AreaClass,
    Decision,
    FineResult,
    GuangdongFacts,
    Harm,
    MonitoringFault,
    ViolationCase,
    decide_fine,
)
from ecoreg.jurisdictions._guangdong_tables_water import tables_water
from gd_cases import ACT, BOOK, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _decide
from gd_cases import priors as _priors

D = dt.date
POLICY = BOOK.resolve("CN-GD", DECIDED)


_CASE_FIELDS = ("exceedance_ratio",)
"""Facts that ride on the case itself rather than on `GuangdongFacts`."""


def _fine(
    kind: str,
    *,
    refused: bool = False,
    priors: tuple[dt.date, ...] = (),
    **gd: Any,
) -> Decision[FineResult]:
    on_case = {k: gd.pop(k) for k in _CASE_FIELDS if k in gd}
    case = _case(
        kind,
        GuangdongFacts.model_validate(gd) if gd else None,
        refused_to_correct=refused,
        prior_violations=_priors(kind, *priors),
        **on_case,
    )
    return _decide(case)


def _table(d: Decision[FineResult]) -> str:
    assert "fine.table" in [s.rule_id for s in d.outcome.steps]
    (reason,) = (r for r in d.reasons if r.rule_id == "fine.table")
    table = {f.name: f.value for f in reason.facts}["table"]
    assert isinstance(table, str)
    return table


# (table, kind, refused to correct, earlier same violations, Guangdong facts, amount)
EXAMPLES: list[tuple[str, str, bool, tuple[dt.date, ...], dict[str, Any], str]] = [
    # §1.3 (pp. 3-4), 环评法 Art. 31 ¶3 (up to 50,000): a sensitive area, not filed in time: the
    # single amount 50,000.
    (
        "cn-gd.table.1-3",
        "eia.registration-form-not-filed",
        True,
        (),
        {"areas": ["residential"]},
        "50000.00",
    ),
    # Boundary, the lowest row: general area, filed in time: 0-10,000 ("1万元以下") → 5,000.
    (
        "cn-gd.table.1-3",
        "eia.registration-form-not-filed",
        False,
        (),
        {"areas": ["general"]},
        "5000.00",
    ),
    # §1.4 (pp. 4-5), 环评法 Art. 32 ¶1 (500,000-2,000,000): a 报告书 for a key-industry project
    # already in production, in an ecological sensitive area: 192万-200万 → 1,960,000.
    (
        "cn-gd.table.1-4",
        "eia.report-serious-quality-problems",
        False,
        (),
        {
            "eia_document": "report",
            "eia_project": "key_industry",
            "construction_stage": "operating",
            "areas": ["ecological"],
        },
        "1960000.00",
    ),
    # The lowest row: a 报告表 for a non-production project not in production, general area:
    # 50万-57万 → 535,000.
    (
        "cn-gd.table.1-4",
        "eia.report-serious-quality-problems",
        False,
        (),
        {
            "eia_document": "report_form",
            "eia_project": "non_production",
            "construction_stage": "foundation",
            "areas": ["general"],
        },
        "535000.00",
    ),
    # Major impact: the single amount 200万 whatever the rest.
    (
        "cn-gd.table.1-4",
        "eia.report-serious-quality-problems",
        False,
        (),
        {"eia_document": "report_form", "major_impact": True},
        "2000000.00",
    ),
    # §1.6 (pp. 6-8), 建设项目环境保护管理条例 Art. 22 ¶1, corrected in time (50,000-200,000):
    # start 25 %; 报告书 under key permit management 10 %; toxic pollutants 13 %; not in the
    # construction contract 6 %; restricted area 6 %; 200 days (6-12 months) 6 %; twice in two
    # years 4 %; did not cooperate 5 %. 25+10+13+6+6+6+4+5 = 75 % × 200,000 = 150,000.
    (
        "cn-gd.table.1-6.in-time",
        "eia.facilities-not-designed-or-contracted",
        False,
        (D(2025, 3, 1),),
        {
            "eia_document": "report",
            "permit_class": "key",
            "project_discharge": "toxic",
            "conduct_form": "not_in_contract",
            "areas": ["restricted"],
            "duration_days": 200,
            "uncooperative": True,
        },
        "150000.00",
    ),
    # The same, not corrected in time (200,000-1,000,000): start 20 %, the same factors 50 %:
    # 70 % × 1,000,000 = 700,000.
    (
        "cn-gd.table.1-6.overdue",
        "eia.facilities-not-designed-or-contracted",
        True,
        (D(2025, 3, 1),),
        {
            "eia_document": "report",
            "permit_class": "key",
            "project_discharge": "toxic",
            "conduct_form": "not_in_contract",
            "areas": ["restricted"],
            "duration_days": 200,
            "uncooperative": True,
        },
        "700000.00",
    ),
    # Boundary: 180 days from 2026-01-05 ends on 2026-07-04, five whole months (0 %); 181 days
    # end on 2026-07-05, six months (6 %). In time, design measures 3 %: 25 + 3 = 28 % → 56,000;
    # 25 + 3 + 6 = 34 % → 68,000.
    (
        "cn-gd.table.1-6.in-time",
        "eia.facilities-not-designed-or-contracted",
        False,
        (),
        {"conduct_form": "design_measures", "duration_days": 180},
        "56000.00",
    ),
    (
        "cn-gd.table.1-6.in-time",
        "eia.facilities-not-designed-or-contracted",
        False,
        (),
        {"conduct_form": "design_measures", "duration_days": 181},
        "68000.00",
    ),
    # §1.7 (pp. 8-9), 条例 Art. 22 ¶2 (200,000-1,000,000): start 20 %; 报告书 (no key permit)
    # 5 %; second-grade drinking-water zone 15 %; equipment installation 5 %; other pollutants
    # 5 %; 400 days (12 months or more) 11 %; construction not stopped 11 %; cooperated 0 %.
    # 20+5+15+5+5+11+11 = 72 % × 1,000,000 = 720,000.
    (
        "cn-gd.table.1-7",
        "eia.measures-not-implemented",
        False,
        (),
        {
            "eia_document": "report",
            "water_area": "drinking_second",
            "construction_stage": "equipment",
            "project_discharge": "other",
            "duration_days": 400,
            "conduct_form": "not_stopped",
            "uncooperative": False,
        },
        "720000.00",
    ),
    # Boundary: nothing established, the start alone: 20 % × 1,000,000 = 200,000, the minimum.
    ("cn-gd.table.1-7", "eia.measures-not-implemented", False, (), {}, "200000.00"),
    # §1.8 (pp. 9-11), 条例 Art. 23 ¶1, corrected in time (200,000-1,000,000): start 20 %;
    # 报告表 0 %; toxic 13 %; facilities not built 6 %; ecological red line 15 %; under six
    # months 0 %; first time 0 %. 20+13+6+15 = 54 % × 1,000,000 = 540,000.
    (
        "cn-gd.table.1-8.in-time",
        "eia.facilities-not-completed",
        False,
        (),
        {
            "eia_document": "report_form",
            "project_discharge": "toxic",
            "conduct_form": "not_built",
            "ecological_redline": True,
        },
        "540000.00",
    ),
    # Not corrected in time (1,000,000-2,000,000): start 50 %, the same 34 %: 84 % × 2,000,000
    # = 1,680,000.
    (
        "cn-gd.table.1-8.overdue",
        "eia.facilities-not-completed",
        True,
        (),
        {
            "eia_document": "report_form",
            "project_discharge": "toxic",
            "conduct_form": "not_built",
            "ecological_redline": True,
        },
        "1680000.00",
    ),
    # The cap: every factor at its top: 50+10+13+12+15+11+14+5 = 130 % → 100 % (备注 2) ×
    # 2,000,000 = 2,000,000.
    (
        "cn-gd.table.1-8.overdue",
        "eia.facilities-not-completed",
        True,
        (D(2024, 6, 1), D(2025, 1, 1), D(2025, 6, 1)),
        {
            "eia_document": "report",
            "permit_class": "key",
            "project_discharge": "toxic",
            "conduct_form": "acceptance_fraud",
            "areas": ["drinking_water_first"],
            "duration_days": 500,
            "uncooperative": True,
        },
        "2000000.00",
    ),
    # §2.1 (p. 14), 水法 Art. 81 (20,000-200,000): inspectors besieged, the same violation within
    # the year: 17万-20万 → 185,000.
    (
        "cn-gd.table.2-1",
        "other.obstructing-inspection-water",
        False,
        (D(2025, 1, 5),),
        {"obstruction_form": "passive_violence"},
        "185000.00",
    ),
    # Boundary: the earlier one a year and a day before the act does not count: 15万-17万 →
    # 160,000. Assault: the single amount 200,000.
    (
        "cn-gd.table.2-1",
        "other.obstructing-inspection-water",
        False,
        (D(2025, 1, 4),),
        {"obstruction_form": "passive_violence"},
        "160000.00",
    ),
    (
        "cn-gd.table.2-1",
        "other.obstructing-inspection-water",
        False,
        (),
        {"obstruction_form": "active_violence"},
        "200000.00",
    ),
    # §2.2 (p. 15), 水法 Art. 82 (1) (20,000-200,000): no self-monitoring, simplified management:
    # 12万-16万 → 140,000; records not kept, registration: 2万-4万 → 30,000.
    (
        "cn-gd.table.2-2",
        "monitoring.water-not-self-monitored",
        False,
        (),
        {"not_monitored": True, "permit_class": "simplified"},
        "140000.00",
    ),
    (
        "cn-gd.table.2-2",
        "monitoring.water-not-self-monitored",
        False,
        (),
        {"not_monitored": False, "permit_class": "registration"},
        "30000.00",
    ),
    (
        "cn-gd.table.2-2",
        "monitoring.water-not-self-monitored",
        False,
        (),
        {"not_monitored": False, "major_impact": True},
        "200000.00",
    ),
    # §2.3 (pp. 15-16), 水法 Art. 82 (2) (20,000-200,000): start 10 %; not installed 30 %; 100
    # days (3-6 months) 10 %; the same within the year 20 %; not corrected in time 20 %.
    # 10+30+10+20+20 = 90 % × 200,000 = 180,000.
    (
        "cn-gd.table.2-3",
        "monitoring.water-not-networked",
        True,
        (D(2025, 9, 1),),
        {"monitoring_fault": "not_installed", "duration_days": 100},
        "180000.00",
    ),
    # Boundary: 31 days from 2026-01-05 end on 2026-02-05, one month (5 %): networked but not run
    # normally 10 %: 10 + 10 + 5 = 25 % → 50,000; 30 days: 20 % → 40,000.
    (
        "cn-gd.table.2-3",
        "monitoring.water-not-running",
        False,
        (),
        {"monitoring_fault": "not_run_normally", "duration_days": 31},
        "50000.00",
    ),
    (
        "cn-gd.table.2-3",
        "monitoring.water-not-running",
        False,
        (),
        {"monitoring_fault": "not_run_normally", "duration_days": 30},
        "40000.00",
    ),
    # §2.4 (pp. 16-17), 水法 Art. 82 (3): outlet not monitored, did not cooperate: 15万-20万 →
    # 175,000; information not disclosed, cooperated: 2万-6万 → 40,000.
    (
        "cn-gd.table.2-4",
        "monitoring.toxic-water-outlet-not-monitored",
        False,
        (),
        {"conduct_form": "outlet_not_monitored", "uncooperative": True},
        "175000.00",
    ),
    (
        "cn-gd.table.2-4",
        "monitoring.toxic-water-outlet-not-monitored",
        False,
        (),
        {"conduct_form": "info_not_disclosed", "uncooperative": False},
        "40000.00",
    ),
    # §2.9 (p. 24), 水法 Art. 83 (4) (100,000-1,000,000): 6 times over (5-10 times), 150 t a day
    # (100 t or more): 55万-70万 → 625,000.
    (
        "cn-gd.table.2-9",
        "water.nonconforming-wastewater-to-treatment-plant",
        False,
        (),
        {"exceedance_ratio": "6", "daily_wastewater_tonnes": 150},
        "625000.00",
    ),
    # Boundaries: exactly 100 t is "100吨以上"; 80 % over the quota is "超总量80%以上":
    # 85万-100万 → 925,000.
    (
        "cn-gd.table.2-9",
        "water.nonconforming-wastewater-to-treatment-plant",
        False,
        (),
        {"daily_wastewater_tonnes": 100, "quota_excess_ratio": "0.8"},
        "925000.00",
    ),
    # Boundary: exactly 1 time over is "超标1倍以上" (20万-30万 under 100 t → 250,000); 0.99 times
    # is "超标1倍以下" (10万-15万 → 125,000).
    (
        "cn-gd.table.2-9",
        "water.nonconforming-wastewater-to-treatment-plant",
        False,
        (),
        {"exceedance_ratio": "1", "daily_wastewater_tonnes": 99},
        "250000.00",
    ),
    (
        "cn-gd.table.2-9",
        "water.nonconforming-wastewater-to-treatment-plant",
        False,
        (),
        {"exceedance_ratio": "0.99", "daily_wastewater_tonnes": 99},
        "125000.00",
    ),
    # §2.10 (p. 25), 水法 Art. 84 ¶1, removed in time (100,000-500,000): first-grade zone,
    # discharging: 35万-50万 → 425,000. The 100万 impact row is outside this tier: not applied.
    (
        "cn-gd.table.2-10.in-time",
        "water.outlet-in-drinking-water-source",
        False,
        (),
        {"water_area": "drinking_first", "outlet_discharging": True, "major_impact": True},
        "425000.00",
    ),
    # Not removed in time (500,000-1,000,000): second-grade zone, no discharge: 60万-70万 →
    # 650,000; with a major impact 1,000,000.
    (
        "cn-gd.table.2-10.overdue",
        "water.outlet-in-drinking-water-source",
        True,
        (),
        {"water_area": "drinking_second", "outlet_discharging": False},
        "650000.00",
    ),
    (
        "cn-gd.table.2-10.overdue",
        "water.outlet-in-drinking-water-source",
        True,
        (),
        {"water_area": "drinking_second", "major_impact": True},
        "1000000.00",
    ),
    # §2.11 (pp. 25-26), 水法 Art. 84 ¶2, removed in time (20,000-100,000): residential sensitive
    # area, discharging: 8万-10万 → 90,000.
    (
        "cn-gd.table.2-11.in-time",
        "water.outlet-unlawful",
        False,
        (),
        {"areas": ["residential"], "outlet_discharging": True},
        "90000.00",
    ),
    # Not removed in time (100,000-500,000): general area, no discharge: 10万-20万 → 150,000.
    (
        "cn-gd.table.2-11.overdue",
        "water.outlet-unlawful",
        True,
        (),
        {"areas": ["general"], "outlet_discharging": False},
        "150000.00",
    ),
    # §2.12 (pp. 26-27), 水法 Art. 85 (1) (100,000-1,000,000): water of special value, nothing
    # done against the consequences: 45万-60万 → 525,000.
    (
        "cn-gd.table.2-12",
        "water.oil-acid-alkali-discharge",
        False,
        (),
        {"water_area": "special_value", "mitigated": False},
        "525000.00",
    ),
    # A drinking-water buffer zone counts as 生活饮用水水源保护区（含准保护区）: mitigated, 60万-80万
    # → 700,000.
    (
        "cn-gd.table.2-12",
        "water.oil-acid-alkali-discharge",
        False,
        (),
        {"water_area": "drinking_buffer", "mitigated": True},
        "700000.00",
    ),
    # §2.13 (pp. 27-28), 水法 Art. 85 (2): the residue buried, nothing done: 80万-100万 → 900,000;
    # into an ordinary river, mitigated: 10万-20万 → 150,000.
    (
        "cn-gd.table.2-13",
        "water.toxic-waste-discharge",
        False,
        (),
        {"conduct_form": "buried", "mitigated": False},
        "900000.00",
    ),
    (
        "cn-gd.table.2-13",
        "water.toxic-waste-discharge",
        False,
        (),
        {"conduct_form": "into_water", "water_area": "ordinary", "mitigated": True},
        "150000.00",
    ),
    # §2.14 (pp. 28-29), 水法 Art. 85 (3) (20,000-200,000): first-grade zone, nothing done:
    # 17万-20万 → 185,000; a major impact: 200,000.
    (
        "cn-gd.table.2-14",
        "water.washing-polluting-containers",
        False,
        (),
        {"water_area": "drinking_first", "mitigated": False},
        "185000.00",
    ),
    (
        "cn-gd.table.2-14",
        "water.washing-polluting-containers",
        False,
        (),
        {"water_area": "drinking_first", "major_impact": True},
        "200000.00",
    ),
    # §2.15 (pp. 29-30), 水法 Art. 85 (4): hazardous waste stacked on a bank, nothing done:
    # 15万-20万 → 175,000; dumped into water of special value, mitigated: 8万-11万 → 95,000.
    (
        "cn-gd.table.2-15",
        "water.waste-dumped-or-stacked",
        False,
        (),
        {"conduct_form": "bank_hazardous", "mitigated": False},
        "175000.00",
    ),
    (
        "cn-gd.table.2-15",
        "water.waste-dumped-or-stacked",
        False,
        (),
        {"conduct_form": "into_water", "water_area": "special_value", "mitigated": True},
        "95000.00",
    ),
    # §2.16 (pp. 30-31), 水法 Art. 85 (5) (100,000-1,000,000): an ordinary river, nothing done:
    # 20万-30万 → 250,000.
    (
        "cn-gd.table.2-16",
        "radiation.inland-water-disposal",
        False,
        (),
        {"water_area": "ordinary", "mitigated": False},
        "250000.00",
    ),
    # §2.17 (pp. 31-32), 水法 Art. 85 (6) (20,000-200,000): water of special value, mitigated:
    # 8万-11万 → 95,000.
    (
        "cn-gd.table.2-17",
        "water.hot-or-pathogenic-wastewater",
        False,
        (),
        {"water_area": "special_value", "mitigated": True},
        "95000.00",
    ),
    # §2.18 (pp. 32-33), 水法 Art. 85 (7): no seepage prevention, mitigated: 10万-15万 → 125,000.
    (
        "cn-gd.table.2-18",
        "water.no-seepage-prevention",
        False,
        (),
        {"conduct_form": "no_seepage_measures", "mitigated": True},
        "125000.00",
    ),
    # §2.19 (p. 33), 水法 Art. 85 (8): no leak monitoring, nothing done: 6万-10万 → 80,000.
    (
        "cn-gd.table.2-19",
        "water.underground-tank-no-seepage-control",
        False,
        (),
        {"conduct_form": "no_leak_monitoring", "mitigated": False},
        "80000.00",
    ),
    # §2.20 (p. 34), 水法 Art. 85 (9) (100,000-1,000,000): toxic or pathogenic wastewater, did not
    # cooperate, nothing done: 85万-100万 → 925,000; other waste, cooperated, mitigated: 10万-20万
    # → 150,000.
    (
        "cn-gd.table.2-20",
        "water.unlined-ditch-toxic-wastewater",
        False,
        (),
        {"conduct_form": "toxic_or_pathogenic", "uncooperative": True, "mitigated": False},
        "925000.00",
    ),
    (
        "cn-gd.table.2-20",
        "water.no-protective-measures",
        False,
        (),
        {"conduct_form": "other_waste", "uncooperative": False, "mitigated": True},
        "150000.00",
    ),
    # §2.21 (pp. 34-35), 水法 Art. 91 ¶1 (100,000-500,000): second-grade zone, not stopped in
    # time: 25万-30万 → 275,000.
    (
        "cn-gd.table.2-21",
        "water.drinking-source-second-zone-project",
        True,
        (),
        {"water_area": "drinking_second"},
        "275000.00",
    ),
    # §2.22 (pp. 35-36), 水法 Art. 91 ¶2 (20,000-100,000): cage fish farming, the same within the
    # year: 8万-10万 → 90,000; angling, none: 2万-3万 → 25,000.
    (
        "cn-gd.table.2-22",
        "water.drinking-source-polluting-activity",
        False,
        (D(2025, 8, 1),),
        {"conduct_form": "cage_aquaculture"},
        "90000.00",
    ),
    (
        "cn-gd.table.2-22",
        "water.drinking-source-polluting-activity",
        False,
        (),
        {"conduct_form": "fishing_or_other"},
        "25000.00",
    ),
    # §2.23 (pp. 36-37), 水法 Art. 91 ¶2 (up to 500): not stopped at once: 200-500 → 350;
    # stopped at once: 0-200 → 100.
    (
        "cn-gd.table.2-23",
        "water.drinking-source-individual-activity",
        False,
        (),
        {"stopped_immediately": False},
        "350.00",
    ),
    (
        "cn-gd.table.2-23",
        "water.drinking-source-individual-activity",
        False,
        (),
        {"stopped_immediately": True},
        "100.00",
    ),
    # Boundaries, the top rows (造成重大生态环境影响或者不良社会影响的) and the lowest rows.
    # §1.8 in time with nothing established: the start alone, 20 % × 1,000,000 = 200,000.
    ("cn-gd.table.1-8.in-time", "eia.facilities-not-completed", False, (), {}, "200000.00"),
    # §2.4: 20万.
    (
        "cn-gd.table.2-4",
        "monitoring.toxic-water-outlet-not-monitored",
        False,
        (),
        {"conduct_form": "info_not_disclosed", "major_impact": True},
        "200000.00",
    ),
    # §2.11: the 50万 row is the overdue tier's; in time it is not applied (8万-10万 → 90,000).
    (
        "cn-gd.table.2-11.overdue",
        "water.outlet-unlawful",
        True,
        (),
        {"areas": ["general"], "major_impact": True},
        "500000.00",
    ),
    (
        "cn-gd.table.2-11.in-time",
        "water.outlet-unlawful",
        False,
        (),
        {"areas": ["ecological"], "outlet_discharging": True, "major_impact": True},
        "90000.00",
    ),
    # §§2.12, 2.13, 2.16, 2.20: 100万; §§2.17, 2.18: 20万; §2.21: 50万; §2.22: 10万; §2.23: 500.
    (
        "cn-gd.table.2-12",
        "water.oil-acid-alkali-discharge",
        False,
        (),
        {"major_impact": True},
        "1000000.00",
    ),
    (
        "cn-gd.table.2-13",
        "water.toxic-waste-discharge",
        False,
        (),
        {"major_impact": True},
        "1000000.00",
    ),
    (
        "cn-gd.table.2-16",
        "radiation.inland-water-disposal",
        False,
        (),
        {"major_impact": True},
        "1000000.00",
    ),
    (
        "cn-gd.table.2-20",
        "water.no-protective-measures",
        False,
        (),
        {"major_impact": True},
        "1000000.00",
    ),
    (
        "cn-gd.table.2-17",
        "water.hot-or-pathogenic-wastewater",
        False,
        (),
        {"major_impact": True},
        "200000.00",
    ),
    (
        "cn-gd.table.2-18",
        "water.no-seepage-prevention",
        False,
        (),
        {"major_impact": True},
        "200000.00",
    ),
    (
        "cn-gd.table.2-21",
        "water.drinking-source-first-zone-project",
        False,
        (),
        {"water_area": "drinking_first", "major_impact": True},
        "500000.00",
    ),
    (
        "cn-gd.table.2-22",
        "water.drinking-source-polluting-activity",
        False,
        (),
        {"major_impact": True},
        "100000.00",
    ),
    (
        "cn-gd.table.2-23",
        "water.drinking-source-individual-activity",
        False,
        (),
        {"major_impact": True},
        "500.00",
    ),
    # §2.15: non-hazardous waste on a bank, nothing done: 5万-10万 → 75,000. §2.19 with nothing
    # established: no leak monitoring, mitigated, 2万-6万 → 40,000. §2.21 first-grade zone, stopped
    # in time: 30万-40万 → 350,000.
    (
        "cn-gd.table.2-15",
        "water.waste-dumped-or-stacked",
        False,
        (),
        {"conduct_form": "bank_non_hazardous", "mitigated": False},
        "75000.00",
    ),
    ("cn-gd.table.2-19", "water.underground-tank-no-seepage-control", False, (), {}, "40000.00"),
    (
        "cn-gd.table.2-21",
        "water.drinking-source-first-zone-project",
        False,
        (),
        {"water_area": "drinking_first"},
        "350000.00",
    ),
]


@pytest.mark.parametrize(
    ("table", "kind", "refused", "priors", "gd", "amount"),
    EXAMPLES,
    ids=[f"{e[0]}-{e[5]}" for e in EXAMPLES],
)
def test_worked_examples(
    table: str,
    kind: str,
    refused: bool,
    priors: tuple[dt.date, ...],
    gd: dict[str, Any],
    amount: str,
) -> None:
    d = _fine(kind, refused=refused, priors=priors, **gd)
    assert _table(d) == table
    assert d.outcome.final == Decimal(amount)


def test_every_table_has_a_worked_example() -> None:
    ours = {t["id"] for t in tables_water()}
    assert ours == {e[0] for e in EXAMPLES}
    assert len(ours) == 28
    tables = POLICY.records("discretion.tables")
    catalogue = POLICY.records("violations.catalogue")
    for ident in ours:
        table = tables[ident]
        assert table.citation.note.startswith("附件1")
        assert "PDF p" in table.citation.note
        assert all(kind in catalogue for kind in table.kinds)


def test_a_tier_picks_its_table_and_the_other_does_not_fit() -> None:
    # §1.6: the same facts in time and overdue are scored on two tables, by the range that
    # applies (条例 Art. 22 ¶1: 50,000-200,000; overdue 200,000-1,000,000).
    gd: dict[str, Any] = {"conduct_form": "not_in_contract"}
    in_time = _fine("eia.facilities-not-designed-or-contracted", **gd)
    overdue = _fine("eia.facilities-not-designed-or-contracted", refused=True, **gd)
    assert _table(in_time) == "cn-gd.table.1-6.in-time"
    assert _table(overdue) == "cn-gd.table.1-6.overdue"
    # 25 + 6 = 31 % × 200,000 = 62,000; 20 + 6 = 26 % × 1,000,000 = 260,000.
    assert (in_time.outcome.final, overdue.outcome.final) == (Decimal(62000), Decimal(260000))
    assert "fine.table.not-fitting" not in in_time.rule_ids + overdue.rule_ids


def test_a_band_factor_not_established_is_scored_at_its_lowest_row() -> None:
    # §2.12 with nothing stated: ordinary water, mitigated, no major impact: 10万-20万 → 150,000;
    # each factor reasoned as not established (Art. 5).
    d = _fine("water.oil-acid-alkali-discharge")
    assert d.outcome.final == Decimal(150000)
    lowest = {r.facts[0].value for r in d.reasons if r.rule_id == "fine.table.lowest-level"}
    assert lowest == {"water_body", "mitigation", "impact"}


def test_the_monitoring_table_reads_the_shared_fault_enum() -> None:
    # §2.3 with the public enum and an area that no factor reads: networked but unused 20 %,
    # start 10 %: 30 % × 200,000 = 60,000.
    gd = GuangdongFacts(monitoring_fault=MonitoringFault.NOT_USED, areas=(AreaClass.GENERAL,))
    case = ViolationCase(
        kind="monitoring.water-not-networked",
        occurred_on=ACT,
        discovered_on=D(2026, 1, 6),
        harm=Harm.HARMFUL,
        guangdong=gd,
    )
    d = decide_fine(case, policy=POLICY, decided_on=DECIDED)
    assert d.outcome.final == Decimal(60000)


def test_under_the_code_a_table_applies_only_where_the_range_is_unchanged() -> None:
    # An act on 2026-09-01 is judged under the Code. §2.12 (水法 Art. 85 (1), 100,000-1,000,000)
    # keeps its range: ordinary water, mitigated: 10万-20万 → 150,000. §2.1 was written for 水法
    # Art. 81 (20,000-200,000); the Code's range is 50,000-200,000: not applied.
    day = D(2026, 10, 10)
    policy = BOOK.resolve("CN-GD", day)

    def decide(kind: str, **gd: Any) -> Decision[FineResult]:
        case = ViolationCase.model_validate(
            {
                "kind": kind,
                "occurred_on": D(2026, 9, 1),
                "discovered_on": D(2026, 9, 2),
                "harm": Harm.HARMFUL,
                "guangdong": GuangdongFacts.model_validate(gd),
            }
        )
        return decide_fine(case, policy=policy, decided_on=day)

    kept = decide("water.oil-acid-alkali-discharge", water_area="ordinary", mitigated=True)
    assert _table(kept) == "cn-gd.table.2-12"
    assert kept.outcome.final == Decimal(150000)
    moved = decide("other.obstructing-inspection-water", obstruction_form="delay")
    assert "fine.table.not-fitting" in moved.rule_ids
    assert "fine.table" not in [s.rule_id for s in moved.outcome.steps]
    assert (moved.outcome.statutory_min, moved.outcome.statutory_max) == (
        Decimal(50000),
        Decimal(200000),
    )


BAND_TABLES = [t for t in tables_water() if t["mode"] == "bands"]


@pytest.mark.parametrize("table", BAND_TABLES, ids=[t["id"] for t in BAND_TABLES])
def test_a_band_table_is_monotone_in_its_ranks(table: dict[str, Any]) -> None:
    # One rank up in any factor, the others fixed, never lowers the midpoint. §2.15's "place"
    # is not a degree but two conducts with bands of their own (dumped into water by the water
    # body; stacked on a bank by the waste): dumping into a drinking-water zone (14万-20万) is
    # above stacking non-hazardous waste on a bank (2万-10万), as printed.
    mids = {
        tuple(sorted(r["levels"].items())): (Decimal(r["min"]) + Decimal(r["max"])) / 2
        for r in table["bands"]
    }
    exempt = {"place"} if table["id"] == "cn-gd.table.2-15" else set()
    for key, mid in mids.items():
        for factor, rank in key:
            if factor in exempt:
                continue
            up = tuple(sorted({**dict(key), factor: rank + 1}.items()))
            if up in mids:
                assert mids[up] >= mid, (table["id"], factor, key)
