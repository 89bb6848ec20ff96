"""Guangdong (广东省, CN-GD).

Measure: 广东省生态环境行政处罚自由裁量权规定 (粤环发〔2021〕7号), in force 2022-01-01 to
2026-12-31 (five years, Art. 25): its 附件2 directory (items 1, 11 and 13 here; all 18 encoded
items in test_guangdong_directory.py). The module also places Dongguan, Guangzhou and Jiangmen in
the hierarchy; they inherit the directory. This file checks the
entry, the children, the items, and the end of the rules: the last day in force, the day after,
and the out-of-date warning 90 and 91 days before the end.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeVar

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ecoreg import (
    AccidentGrade,
    ApologyExclusion,
    ApologyPledge,
    AreaClass,
    Decision,
    EvasionForm,
    FineResult,
    GuangdongFacts,
    Harm,
    JurisdictionLevel,
    LeniencyOutcome,
    MonitoringFault,
    PollutantClass,
    PriorViolation,
    ViolationCase,
    VocEnclosure,
    decide_fine,
    decide_leniency,
)
from ecoreg.exceptions import MissingFactError
from ecoreg.jurisdictions import guangdong
from ecoreg.jurisdictions._guangdong_tables_times import tables_times
from ecoreg.jurisdictions._guangdong_tables_water import tables_water
from ecoreg.testing import guangdong_facts
from gd_cases import BOOK, CODE, DECIDED
from gd_cases import case as _case
from gd_cases import decide as _fine
from gd_cases import table_step as _table_step

D = dt.date
CHILDREN = {"CN-GD-DG", "CN-GD-GZ", "CN-GD-SZ", "CN-GD-HZ", "CN-GD-JM"}
LIST_KEY = "leniency.no_penalty_list"
KEYS = {
    LIST_KEY,
    "discretion.method",
    "discretion.tables",
    "reduction.apology.method",
    "reduction.apology.share",
    "reduction.apology.exclusions",
}
"""What the measure sets: the directory, the fine tables and the apology reduction (Art. 14)."""
END = D(2026, 12, 31)
ITEMS = {
    "cn-gd.eia-registration-form": (1, "eia.registration-form-not-filed"),
    "cn-gd.dusty-material-not-enclosed": (11, "dust.dusty-material-not-enclosed"),
    "cn-gd.industrial-storage-unprotected": (13, "waste.industrial-storage-unprotected"),
}
DAYS = [
    D(2021, 7, 14),
    D(2021, 7, 15),
    D(2024, 8, 1),
    D(2025, 1, 1),
    D(2026, 3, 10),
    D(2026, 8, 15),
]


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert guangdong.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "广东省", "Guangdong")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert [j["code"] for j in guangdong.DATA["jurisdictions"]] == [CODE]
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.chain == ("CN", CODE)
    assert policy.names[CODE] == ("广东省", "Guangdong")


def test_its_children_resolve_through_it() -> None:
    assert {c for c, j in BOOK.jurisdictions.items() if j.parent == CODE} == CHILDREN
    for child in CHILDREN:
        assert BOOK.chain(child) == ("CN", CODE, child)
        assert BOOK.resolve(child, D(2026, 3, 10)).chain == ("CN", CODE, child)


def test_the_module_has_one_measure_that_ends_on_2026_12_31() -> None:
    (measure,) = guangdong.DATA["measures"]
    assert measure["id"] == guangdong.RULES_MEASURE
    (version,) = measure["versions"]
    assert (version["in_force_from"], version["in_force_until"]) == ("2022-01-01", "2026-12-31")
    assert set(version["parameters"]) == KEYS
    assert version["instrument"]["number"] == "粤环发〔2021〕7号"


@pytest.mark.parametrize("day", DAYS)
def test_it_sets_only_its_own_parameters(day: dt.date) -> None:
    province = BOOK.resolve(CODE, day)
    national = BOOK.resolve("CN", day)
    in_force = D(2022, 1, 1) <= day <= END
    assert province.parameters.keys() - national.parameters.keys() == (
        KEYS - set(national.parameters) if in_force else set()
    )
    for key, resolved in national.parameters.items():
        if not (in_force and key in KEYS):
            assert province.get(key) == resolved, key
    if day >= D(2022, 1, 1):
        assert set(ITEMS) <= set(province.records(LIST_KEY))  # all 22: test_guangdong_directory
        for child in CHILDREN - {"CN-GD-JM"}:  # Jiangmen's own list: test_jiangmen
            assert BOOK.resolve(child, day).get(LIST_KEY).jurisdiction == CODE


def test_the_items_and_their_kinds() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    for ident, (number, kind) in ITEMS.items():
        item = policy.record(LIST_KEY, ident)
        assert (item.item, item.kinds, item.list_type) == (number, (kind,), "minor")
        assert [(c.fact, c.value) for c in item.conditions] == [
            ("first_violation", True),
            ("corrected_promptly", True),
            ("harm_at_most_slight", True),
        ]
        assert item.citation.instrument.issuer_zh == "广东省生态环境厅"


def _dust(**changes: object) -> ViolationCase:
    facts: dict[str, object] = {
        "kind": "dust.dusty-material-not-enclosed",
        "occurred_on": D(2026, 9, 1),
        "discovered_on": D(2026, 9, 3),
        "corrected_on": D(2026, 9, 10),
        "corrected_promptly": True,
        "harm": Harm.SLIGHT,
        **changes,
    }
    return ViolationCase.model_validate(facts)


def test_item_11_first_corrected_slight_harm_is_not_penalized_also_under_the_code() -> None:
    # 附件2 item 11: an act after 2026-08-15 is fined under Code Art. 1130; the kind still matches.
    day = D(2026, 9, 20)
    d = decide_leniency(_dust(), policy=BOOK.resolve(CODE, day), decided_on=day)
    assert (d.outcome.outcome, d.outcome.list_item) == (
        LeniencyOutcome.NOT_PENALIZED,
        "cn-gd.dusty-material-not-enclosed",
    )
    national = decide_leniency(_dust(), policy=BOOK.resolve("CN", day), decided_on=day)
    assert national.outcome.outcome is LeniencyOutcome.MAY_DECLINE
    repeat = _dust(prior_violations=(PriorViolation(kind=_dust().kind, on=D(2025, 9, 1)),))
    again = decide_leniency(repeat, policy=BOOK.resolve(CODE, day), decided_on=day)
    assert again.outcome.list_item is None


def test_the_last_day_in_force_and_the_day_after() -> None:
    case = _dust(
        occurred_on=D(2026, 12, 1), discovered_on=D(2026, 12, 2), corrected_on=D(2026, 12, 9)
    )
    last = decide_leniency(case, policy=BOOK.resolve(CODE, END), decided_on=END)
    assert last.outcome.list_item == "cn-gd.dusty-material-not-enclosed"
    assert [w.code for w in last.warnings] == ["policy.measure-ending"]
    assert "policy.measure-ended" not in last.rule_ids
    after = END + dt.timedelta(days=1)
    policy = BOOK.resolve(CODE, after)
    assert LIST_KEY not in policy.parameters
    d = decide_leniency(case, policy=policy, decided_on=after)
    assert d.outcome.list_item is None
    assert d.outcome.outcome is LeniencyOutcome.MAY_DECLINE  # Art. 33 ¶1 only
    (ended,) = (r for r in d.reasons if r.rule_id == "policy.measure-ended")
    assert ended.citation is not None
    assert ended.citation.instrument.number == "粤环发〔2021〕7号"
    assert "2026-12-31" in ended.message_en
    assert "not applied" in ended.message_en
    assert [w.code for w in d.warnings] == ["policy.measure-ended"]
    assert "out of date" in d.warnings[0].message_en
    fine = decide_fine(case, policy=policy, decided_on=after)
    assert "policy.measure-ended" in fine.rule_ids
    assert [w.code for w in fine.warnings] == ["policy.measure-ended"]


@pytest.mark.parametrize(
    ("days_before", "warned"), [(0, True), (1, True), (90, True), (91, False), (200, False)]
)
def test_the_out_of_date_warning_from_90_days_before_the_end(
    days_before: int, warned: bool
) -> None:
    day = END - dt.timedelta(days=days_before)
    case = _dust(occurred_on=D(2026, 1, 5), discovered_on=D(2026, 1, 6), corrected_on=D(2026, 1, 9))
    for code in (CODE, "CN-GD-DG"):
        d = decide_leniency(case, policy=BOOK.resolve(code, day), decided_on=day)
        assert [w.code for w in d.warnings] == (["policy.measure-ending"] if warned else []), code
        if warned:
            assert f"{days_before}" in d.warnings[0].message_en
            assert "广东省" in d.warnings[0].message_zh


def test_each_city_its_own_apology_rate() -> None:
    case = ViolationCase(
        kind="monitoring.not-networked",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 2, 1),
        corrected_on=D(2026, 2, 10),
        harm=Harm.SLIGHT,
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=D(2026, 3, 4)),
    )

    def final(code: str) -> Decimal:
        policy = BOOK.resolve(code, D(2026, 3, 10))
        return decide_fine(
            case, policy=policy, decided_on="2026-03-10", proposed="100000"
        ).outcome.final

    # Statutory range 20,000-200,000 (大气法 Art. 100 (3)); proposed 100,000.
    assert final("CN-GD-DG") == Decimal("50000.00")  # 东环〔2024〕69号: 100,000 × (1 - 50 %)
    assert final(CODE) == Decimal("70000.00")  # Art. 14, ecoreg's 30 %: 100,000 × (1 - 30 %)
    assert final("CN-GD-GZ") == Decimal("70000.00")  # 穗环规字〔2022〕2号, no evidence: 30 %
    assert final("CN") == Decimal("100000.00")  # no apology reduction outside Guangdong


# --- The fine tables of 附件1 (粤环发〔2021〕7号 Arts. 5, 6, 12, 17-19) -----------------------

GD_POLICY = BOOK.resolve(CODE, DECIDED)


def _decided(case: ViolationCase, code: str = CODE, day: dt.date = DECIDED) -> Decision[FineResult]:
    """`_fine`, a case without a fact its kind's fine rule needs (illegal gains, the number of
    occasions: refused with `MissingFactError`, tested with the catalogue) set aside."""
    try:
        return _fine(case, code=code, day=day)
    except MissingFactError:
        assume(False)
        raise


def test_weight_table_2_7_1_water_over_limit_worked_example() -> None:
    # 附件1 §2.7.1 (p. 20): start 7 %; two parameters over 2 %; classes B and A: the heavier,
    # A (not toxic), 10 % (Art. 17); residential sensitive area 3 %; 120 t a day (50-200 t) 3 %;
    # 4 times over (3-8 times) 8 %; one earlier water over-limit within two years, so twice
    # with this one, 3 %. Total 7 + 2 + 10 + 3 + 3 + 8 + 3 = 36 %; × 1,000,000 = 360,000.
    case = _case(
        "water.over-limit",
        pollutants_over=2,
        exceedance_ratio="4",
        prior_violations=[PriorViolation(kind="water.over-limit", on=D(2024, 3, 1))],
        guangdong=GuangdongFacts(
            pollutant_classes=(PollutantClass.B, PollutantClass.A),
            areas=(AreaClass.RESIDENTIAL,),
            daily_wastewater_tonnes=Decimal(120),
        ),
    )
    d = _fine(case)
    assert d.outcome.final == Decimal("360000.00")
    step = _table_step(d)
    assert step.citation is not None
    assert step.citation.instrument.number == "粤环发〔2021〕7号"
    assert step.citation.note is not None
    assert "§2.7.1" in step.citation.note
    assert "p. 20" in step.citation.note
    assert "fine.table.lowest-level" not in d.rule_ids
    assert not any(r.startswith("fine.aggravation") for r in d.rule_ids)
    # The earlier violation three days more than two years back does not count (Art. 22):
    # 36 % - 3 % = 33 % → 330,000.
    older = case.model_copy(
        update={"prior_violations": (PriorViolation(kind="water.over-limit", on=D(2024, 1, 4)),)}
    )
    assert _fine(older).outcome.final == Decimal("330000.00")


def test_a_start_weight_under_the_minimum_is_raised_to_it_and_unknown_factors_score_lowest() -> (
    None
):
    # §2.7.1 with nothing established but the act: every factor at its lowest level (Art. 5),
    # 7 % × 1,000,000 = 70,000 < 100,000, the statutory minimum (水污染防治法 Art. 83): raised
    # to 100,000 (Art. 3 (1): discretion stays inside the statutory range).
    d = _fine(_case("water.over-limit"))
    assert d.outcome.final == Decimal("100000.00")
    step = _table_step(d)
    assert "raised to it" in step.label_en
    lowest = [r for r in d.reasons if r.rule_id == "fine.table.lowest-level"]
    assert {r.facts[0].value for r in lowest} == {
        "pollutants_over",
        "pollutant_class",
        "area",
        "daily_wastewater",
        "exceedance",
    }
    assert all("cannot be established" in r.message_en for r in lowest)
    assert all("确无法查明" in r.message_zh for r in lowest)
    assert all(r.citation is not None and r.citation.article == 5 for r in lowest)


def test_weight_table_3_4_1_air_over_limit_at_its_maximum() -> None:
    # §3.4.1 (pp. 50-51): start 10 %; three parameters over 5 %; class A 25 %; ecological
    # sensitive area 15 %; heavy-pollution warning 10 %; 25 times over 21 %; four times in two
    # years 14 %. 10 + 5 + 25 + 15 + 10 + 21 + 14 = 100 % → 1,000,000, the maximum.
    priors = [PriorViolation(kind="air.over-limit", on=D(2025, m, 1)) for m in (2, 5, 8)]
    full = _case(
        "air.over-limit",
        pollutants_over=3,
        exceedance_ratio="25",
        period_level=5,
        prior_violations=priors,
        guangdong=GuangdongFacts(
            pollutant_classes=(PollutantClass.A,), areas=(AreaClass.ECOLOGICAL,)
        ),
    )
    assert _fine(full).outcome.final == Decimal("1000000.00")
    # A VOC emission 0.5 times over in an ordinary period, general area, first time, one
    # parameter: 10 + 0 + 3 + 0 + 0 + 2 + 0 = 15 % → 150,000.
    light = _case(
        "air.over-limit",
        pollutants_over=1,
        exceedance_ratio="0.5",
        guangdong=GuangdongFacts(
            pollutant_classes=(PollutantClass.VOC,), areas=(AreaClass.GENERAL,)
        ),
    )
    assert _fine(light).outcome.final == Decimal("150000.00")


def test_weight_table_3_10_outlets() -> None:
    # §3.10 (pp. 56-57), 大气法 Art. 100 (5), 20,000-200,000: start 10 %; restricted area 30 %;
    # class B 0 %; two non-conforming outlets 15 %. 55 % × 200,000 = 110,000.
    case = _case(
        "air.outlet-not-per-rules",
        guangdong=GuangdongFacts(
            areas=(AreaClass.RESTRICTED,),
            pollutant_classes=(PollutantClass.B,),
            nonconforming_outlets=2,
        ),
    )
    assert _fine(case).outcome.final == Decimal("110000.00")


def test_band_table_3_14_voc_midpoint_for_an_ordinary_case() -> None:
    # §3.14 (p. 59): not enclosed, facilities installed but not used as required; inside a
    # sensitive area: band 80,000-100,000; Art. 12 (2): an ordinary case at the average,
    # (80,000 + 100,000) / 2 = 90,000. Outside: 60,000-80,000 → 70,000.
    inside = GuangdongFacts(
        voc_enclosure=VocEnclosure.OPEN_FACILITIES_MISUSED, areas=(AreaClass.RESIDENTIAL,)
    )
    d = _fine(_case("air.voc-process-not-enclosed", guangdong=inside))
    assert d.outcome.final == Decimal("90000.00")
    assert _table_step(d).citation.article == 12  # type: ignore[union-attr]
    outside = inside.model_copy(update={"areas": (AreaClass.GENERAL,)})
    d = _fine(_case("air.voc-process-not-enclosed", guangdong=outside))
    assert d.outcome.final == Decimal("70000.00")
    # The form not established: the lowest row (Art. 5), 20,000-40,000 outside → 30,000.
    d = _fine(_case("air.voc-process-not-enclosed"))
    assert d.outcome.final == Decimal("30000.00")
    assert "fine.table.lowest-level" in d.rule_ids
    # Neither enclosed nor treated, inside: the single amount 200,000.
    worst = GuangdongFacts(
        voc_enclosure=VocEnclosure.OPEN_NO_FACILITIES, areas=(AreaClass.ECOLOGICAL,)
    )
    assert _fine(_case("air.voc-process-not-enclosed", guangdong=worst)).outcome.final == Decimal(
        "200000.00"
    )


def test_band_tables_3_18_and_3_24_by_repeats() -> None:
    # §3.18 (p. 62): twice within two years (one earlier + this one), general area:
    # 80,000-120,000 → 100,000; three times, sensitive area: 200,000.
    once_before = [PriorViolation(kind="dust.industrial-not-enclosed", on=D(2025, 6, 1))]
    d = _fine(_case("dust.industrial-not-enclosed", prior_violations=once_before))
    assert d.outcome.final == Decimal("100000.00")
    twice_before = [
        *once_before,
        PriorViolation(kind="dust.industrial-not-enclosed", on=D(2025, 9, 1)),
    ]
    gd = GuangdongFacts(areas=(AreaClass.RESIDENTIAL,))
    d = _fine(_case("dust.industrial-not-enclosed", prior_violations=twice_before, guangdong=gd))
    assert d.outcome.final == Decimal("200000.00")
    # §3.24 (p. 66), 大气法 Art. 117 (1), 10,000-100,000: first time 10,000-50,000 → 30,000.
    assert _fine(_case("dust.dusty-material-not-enclosed")).outcome.final == Decimal("30000.00")


def test_a_table_written_for_another_range_is_not_applied() -> None:
    # §4.18 (p. 101) was written for 固废法 Art. 112 (100,000-1,000,000): 3 t (2-5 t) 10 %, an
    # earlier violation of the kind 30 %, corrected in time 0 %; 10 + 10 + 30 = 50 % → 500,000.
    gd = GuangdongFacts(hazardous_waste_tonnes=Decimal(3))
    prior = [PriorViolation(kind="waste.hazardous-improper-storage-disposal", on=D(2020, 5, 1))]
    before = _case(
        "waste.hazardous-improper-storage-disposal", guangdong=gd, prior_violations=prior
    )
    assert _fine(before).outcome.final == Decimal("500000.00")
    # An act under the Code (Art. 1175: 50,000-200,000): the table does not fit; default method.
    day = D(2026, 10, 10)
    after = before.model_copy(update={"occurred_on": D(2026, 9, 1), "discovered_on": D(2026, 9, 2)})
    d = _fine(after, day=day)
    assert "fine.table.not-fitting" in d.rule_ids
    assert "fine.base" in [s.rule_id for s in d.outcome.steps]
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (Decimal(50000), Decimal(200000))


def test_the_tables_are_not_applied_after_the_rules_end() -> None:
    day = END + dt.timedelta(days=1)
    d = _fine(
        _case("water.over-limit", occurred_on=D(2026, 12, 20), discovered_on=D(2026, 12, 21)),
        day=day,
    )
    assert "fine.table" not in [s.rule_id for s in d.outcome.steps]
    assert "policy.measure-ended" in d.rule_ids
    last = _fine(
        _case("water.over-limit", occurred_on=D(2026, 12, 20), discovered_on=D(2026, 12, 21)),
        day=END,
    )
    assert "fine.table" in [s.rule_id for s in last.outcome.steps]


def test_the_encoded_tables_and_their_kinds() -> None:
    tables = GD_POLICY.records("discretion.tables")
    # Chapters 7 and 8: test_guangdong_tables_radiation_other.py; chapters 4 and 6 beyond
    # §§4.12 and 4.18: test_guangdong_tables_waste_soil.py.
    other = {t for t in tables if t.startswith(("cn-gd.table.4-", "cn-gd.table.6-"))}
    other -= {"cn-gd.table.4-12", "cn-gd.table.4-18"}
    other |= {t for t in tables if t.startswith(("cn-gd.table.7-", "cn-gd.table.8-"))}
    other |= {t["id"] for t in tables_times()}  # multiples: test_guangdong_tables_times.py
    other |= {t for t in tables if t.endswith(".persons")}  # test_guangdong_tables_persons.py
    assert set(tables) - other == {
        "cn-gd.table.2-5-1",
        "cn-gd.table.2-5-2",
        "cn-gd.table.2-8-1",
        "cn-gd.table.2-8-2",
        "cn-gd.table.3-2-1",
        "cn-gd.table.3-2-2",
        "cn-gd.table.3-5-1",
        "cn-gd.table.3-5-2",
        "cn-gd.table.3-8",
        "cn-gd.table.4-12",
        "cn-gd.table.2-7-1",
        "cn-gd.table.2-7-2",
        "cn-gd.table.3-4-1",
        "cn-gd.table.3-4-2",
        "cn-gd.table.3-10",
        "cn-gd.table.3-12",
        "cn-gd.table.3-13",
        "cn-gd.table.3-14",
        "cn-gd.table.3-15",
        "cn-gd.table.3-16",
        "cn-gd.table.3-17",
        "cn-gd.table.3-19",
        "cn-gd.table.3-18",
        "cn-gd.table.3-24",
        "cn-gd.table.3-25",
        "cn-gd.table.3-26",
        "cn-gd.table.3-27",
        "cn-gd.table.3-28",
        "cn-gd.table.3-29",
        "cn-gd.table.3-30",
        "cn-gd.table.3-31",
        # chapter 3, tables_air_noise
        "cn-gd.table.3-1",
        "cn-gd.table.3-6",
        "cn-gd.table.3-7",
        "cn-gd.table.3-9",
        "cn-gd.table.3-22",
        "cn-gd.table.3-23",
        "cn-gd.table.3-32",
        "cn-gd.table.3-48.ordinary",
        "cn-gd.table.3-48.higher",
        "cn-gd.table.4-18",
    } | {t["id"] for t in tables_water()}  # chapters 1-2: test_guangdong_tables_water
    catalogue = GD_POLICY.records("violations.catalogue")
    for table in tables.values():
        assert table.citation.note.startswith("附件1")
        for kind in table.kinds:
            # Each table was written for the range of the kind's pre-Code basis (or, for §2.7.2
            # and §3.4.2, of 排污许可管理条例 Art. 34, 200,000-1,000,000).
            assert kind in catalogue
    assert {t.mode for t in tables.values()} == {"weights", "bands"}


# --- Art. 14: the apology reduction -----------------------------------------------------------


def _pledged(kind: str, filed_on: dt.date | None = None, **changes: object) -> ViolationCase:
    return _case(
        kind,
        corrected_on=D(2026, 1, 20),
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=filed_on or D(2026, 3, 4)),
        **changes,
    )


def _steps(d: Decision[FineResult]) -> dict[str, Decimal]:
    return {s.rule_id: s.amount for s in d.outcome.steps}


def test_an_apology_reduction_stops_at_the_statutory_minimum() -> None:
    # §2.7.1: start 7 % + two parameters 2 % + residential area 3 % = 12 % → 120,000. Art. 14
    # (ecoreg's 30 %): 120,000 × 0.7 = 84,000, under the statutory minimum of 100,000, so the
    # fine is the minimum, 100,000 ("降低后的罚款额低于法定最低罚款额的，按法定最低罚款额处罚").
    case = _pledged(
        "water.over-limit",
        pollutants_over=2,
        guangdong=GuangdongFacts(areas=(AreaClass.RESIDENTIAL,)),
    )
    d = _fine(case)
    steps = _steps(d)
    assert steps["fine.table"] == Decimal("120000.00")
    assert steps["fine.reduction.apology"] == Decimal("100000.00")
    assert d.outcome.final == Decimal("100000.00")
    assert not d.outcome.below_statutory_minimum
    (step,) = (s for s in d.outcome.steps if s.rule_id == "fine.reduction.apology")
    assert step.citation is not None
    assert step.citation.instrument.number == "粤环发〔2021〕7号"
    # Three parameters instead of two (8 % instead of 2 %): 7 + 8 + 3 = 18 % → 180,000;
    # × 0.7 = 126,000, above the minimum.
    more = case.model_copy(update={"pollutants_over": 3})
    assert _fine(more).outcome.final == Decimal("126000.00")


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        # (10): the standard amount is the statutory minimum (7 % raised to 100,000).
        ({}, "statutory minimum fine"),
        # (7): ordered to correct and not corrected.
        ({"refused_to_correct": True, "pollutants_over": 3}, "continued after an order"),
        # (1), stated by the officer.
        (
            {
                "pollutants_over": 3,
                "guangdong": GuangdongFacts(
                    apology_exclusions=(ApologyExclusion.DRINKING_WATER_PROHIBITION,)
                ),
            },
            "drinking-water zone",
        ),
        # (8): an earlier apology reduction, however long ago.
        (
            {
                "pollutants_over": 3,
                "prior_violations": [
                    PriorViolation(kind="air.over-limit", on=D(2019, 5, 1), apology_reduced=True)
                ],
            },
            "earlier apology",
        ),
    ],
)
def test_the_art_14_exclusions(changes: dict[str, object], words: str) -> None:
    d = _fine(_pledged("water.over-limit", None, **changes))
    assert "fine.reduction.apology" not in _steps(d)
    (refused,) = (r for r in d.reasons if r.rule_id == "fine.reduction.apology.refused")
    assert words in refused.message_en


def test_an_apology_filed_after_the_decision_gives_nothing() -> None:
    case = _pledged("water.over-limit", filed_on=D(2026, 3, 11), pollutants_over=3)
    d = _fine(case)
    assert "fine.reduction.apology" not in _steps(d)
    assert "fine.reduction.apology.late" in d.rule_ids
    # Filed on the day of the decision: 7 % + 8 % (three parameters) = 15 % → 150,000;
    # × 0.7 = 105,000.
    on_the_day = _pledged("water.over-limit", filed_on=DECIDED, pollutants_over=3)
    assert _fine(on_the_day).outcome.final == Decimal("105000.00")


# --- properties ----------------------------------------------------------------------------

GD_CODES = ("CN-GD", "CN-GD-DG", "CN-GD-GZ", "CN-GD-SZ", "CN-GD-HZ")
TABLE_KINDS = (
    "water.no-permit",
    "water.evading-monitoring",
    "air.no-permit",
    "air.evading-monitoring",
    "monitoring.not-networked",
    "water.over-limit",
    "air.over-limit",
    "air.outlet-not-per-rules",
    "air.voc-process-not-enclosed",
    "dust.industrial-not-enclosed",
    "dust.dusty-material-not-enclosed",
    "dust.uncovered-stockpile",
    "dust.wharf-mine-landfill-dust",
    "air.coating-low-voc-not-used",
    "air.combustible-gas-recovery-not-repaired",
    "waste.hazardous-improper-storage-disposal",
    "waste.hazardous-no-label",
)
ALL_TABLE_KINDS = tuple(
    sorted({k for t in GD_POLICY.records("discretion.tables").values() for k in t.kinds})
)
"""The kinds of every encoded table (177 records of all chapters, and 16 for the persons
responsible): the properties below draw from them, with the facts the tables of every chapter
read."""
_amounts = st.decimals(min_value=0, max_value=500, places=1, allow_nan=False)
gd_facts = guangdong_facts()
"""Every fact of `GuangdongFacts`, each stated or not (`ecoreg.testing.guangdong_facts`)."""
_case_amounts = st.none() | st.decimals(min_value=0, max_value=10_000_000, places=0)


@st.composite
def gd_cases(draw: st.DrawFn) -> ViolationCase:
    kind = draw(st.sampled_from(TABLE_KINDS) | st.sampled_from(ALL_TABLE_KINDS))
    occurred = draw(st.dates(D(2024, 1, 1), D(2026, 12, 1)))
    priors = draw(
        st.lists(
            st.builds(
                PriorViolation,
                kind=st.sampled_from((kind, "air.over-limit")),
                on=st.dates(D(2019, 1, 1), occurred),
                apology_reduced=st.booleans(),
            ),
            max_size=4,
        )
    )
    notice = occurred + dt.timedelta(days=draw(st.integers(1, 10)))
    pledge = draw(
        st.none()
        | st.builds(
            ApologyPledge,
            filed_on=st.just(notice + dt.timedelta(days=3)),
            evidence=st.sampled_from(("none", "rectification_effect", "harm_eliminated")),
        )
    )
    return ViolationCase(
        kind=kind,
        occurred_on=occurred,
        discovered_on=occurred,
        harm=Harm.HARMFUL,
        pollutants_over=draw(st.none() | st.integers(0, 5)),
        exceedance_ratio=draw(st.none() | st.decimals(min_value=0, max_value=40, places=2)),
        period_level=draw(st.integers(1, 5)),
        refused_to_correct=draw(st.booleans()),
        prior_violations=tuple(priors),
        notice_received_on=notice,
        apology_pledge=pledge,
        guangdong=draw(st.none() | gd_facts),
        # Facts some kinds' fine rules need (illegal gains, occasions), and their ranges' choice.
        illegal_gains=draw(st.none() | st.decimals(min_value=0, max_value=300_000, places=0)),
        count=draw(st.none() | st.integers(1, 3)),
        # The amounts of the tables written for a multiple or share (tables_times).
        goods_value=draw(_case_amounts),
        disposal_cost=draw(_case_amounts),
        direct_loss=draw(_case_amounts),
        service_fee=draw(_case_amounts),
        project_investment=draw(_case_amounts),
        prior_year_income=draw(_case_amounts),
        accident_grade=draw(st.none() | st.sampled_from(AccidentGrade)),
        serious=draw(st.booleans()),
        severe_consequences=draw(st.booleans()),
    )


@given(case=gd_cases(), code=st.sampled_from(GD_CODES))
def test_a_local_layer_never_leaves_the_statutory_range(case: ViolationCase, code: str) -> None:
    assert case.notice_received_on is not None
    d = _decided(case, code=code, day=case.notice_received_on + dt.timedelta(days=20))
    assert d.outcome.statutory_min <= d.outcome.final <= d.outcome.statutory_max
    for step in d.outcome.steps:
        assert d.outcome.statutory_min <= step.amount <= d.outcome.statutory_max, step.rule_id
    persons = d.outcome.persons
    if persons is not None and persons.amount is not None:  # a persons' table (对个人)
        assert persons.statutory_min is not None
        assert persons.statutory_max is not None
        assert persons.statutory_min <= persons.amount <= persons.statutory_max


_E = TypeVar("_E", VocEnclosure, EvasionForm, MonitoringFault)


def _next(cls: type[_E], now: _E | None) -> _E:
    """The next member of an enum listed from light to heavy (the lightest when unknown)."""
    members = list(cls)
    return members[0] if now is None else members[min(len(members) - 1, members.index(now) + 1)]


_HANDLING = ("not_yet", "recovered", "treated", "dumped")
"""附件1 §§4.15, 4.26, 4.27's 涉案危险废物去向, from light to heavy."""


def _worse(case: ViolationCase, what: str) -> ViolationCase:
    """The same case with one aggravating fact one step worse."""
    gd = case.guangdong or GuangdongFacts()
    bump = Decimal("0.5")
    match what:
        case "pollutants_over":
            return case.model_copy(update={"pollutants_over": (case.pollutants_over or 0) + 1})
        case "exceedance":
            return case.model_copy(update={"exceedance_ratio": (case.exceedance_ratio or 0) + bump})
        case "period":
            return case.model_copy(update={"period_level": min(5, case.period_level + 2)})
        case "prior":
            prior = PriorViolation(kind=case.kind, on=case.occurred_on)
            return case.model_copy(update={"prior_violations": (*case.prior_violations, prior)})
        case "refused":
            return case.model_copy(update={"refused_to_correct": True})
    changes: dict[str, dict[str, object]] = {
        "class": {"pollutant_classes": (*gd.pollutant_classes, PollutantClass.TOXIC)},
        "area": {"areas": (*gd.areas, AreaClass.DRINKING_WATER_FIRST)},
        "tonnes": {"daily_wastewater_tonnes": (gd.daily_wastewater_tonnes or 0) + 60},
        "quota": {"quota_excess_ratio": (gd.quota_excess_ratio or 0) + Decimal("0.2")},
        "outlets": {"nonconforming_outlets": (gd.nonconforming_outlets or 1) + 1},
        "hw": {"hazardous_waste_tonnes": (gd.hazardous_waste_tonnes or 0) + 3},
        "voc": {"voc_enclosure": _next(VocEnclosure, gd.voc_enclosure)},
        "permit": {"permit_class": "key"},
        "untreated": {"untreated": True},
        "form": {"evasion_form": _next(EvasionForm, gd.evasion_form)},
        "fault": {"monitoring_fault": _next(MonitoringFault, gd.monitoring_fault)},
        "duration": {"duration_days": (gd.duration_days or 0) + 40},
        "uncooperative": {"uncooperative": True},
        "label": {"label_missing": True},
        "impact": {"major_impact": True},
        "other_effects": {"other_adverse_impact": True},
        "no_compensation": {"compensation_assumed": False},
        "not_remediated": {"remediated_in_time": False},
        "handling": {
            "hazardous_waste_handling": _HANDLING[
                min(3, _HANDLING.index(gd.hazardous_waste_handling or "not_yet") + 1)
            ]
        },
    }
    return case.model_copy(update={"guangdong": gd.model_copy(update=changes[what])})


# Not here: a larger goods' value, disposal cost or loss. It is the base of the statutory range,
# not a discretion factor: it can move the act from one law to the other (从旧兼从轻 compares the
# two laws' ranges, 生态环境法典 Art. 1222's multiple of the goods' value against 固废法
# Art. 102's 100,000-1,000,000), and each law's discretion then starts from its own range.
AGGRAVATING = (
    "pollutants_over",
    "exceedance",
    "period",
    "prior",
    "refused",
    "class",
    "area",
    "tonnes",
    "quota",
    "outlets",
    "hw",
    "voc",
    "permit",
    "untreated",
    "form",
    "fault",
    "duration",
    "uncooperative",
    "label",
    "impact",
    "other_effects",
    "no_compensation",
    "not_remediated",
    "handling",
)


@given(case=gd_cases(), what=st.sampled_from(AGGRAVATING))
def test_the_discretion_step_is_monotone_in_every_aggravating_factor(
    case: ViolationCase, what: str
) -> None:
    # Before any reduction: the table's (or the default's) amount; more harm never lowers it.
    plain = case.model_copy(update={"apology_pledge": None})
    day = D(2026, 12, 31)
    worse = _worse(plain, what)
    before, after = _decided(plain, day=day), _decided(worse, day=day)
    assert after.outcome.final >= before.outcome.final, (what, before.rule_ids, after.rule_ids)
    was = before.outcome.persons.amount if before.outcome.persons else None
    now = after.outcome.persons.amount if after.outcome.persons else None
    if was is not None and now is not None:  # the persons' tables (对个人) too
        assert now >= was, (what, after.rule_ids)


@given(case=gd_cases(), code=st.sampled_from(GD_CODES), later=st.integers(1, 3000))
def test_an_expired_measure_never_applies(case: ViolationCase, code: str, later: int) -> None:
    day = END + dt.timedelta(days=later)
    d = _decided(case, code=code, day=day)
    applied = {s.rule_id for s in d.outcome.steps}
    assert "fine.table" not in applied
    assert "policy.measure-ended" in d.rule_ids
    if code != "CN-GD-DG":  # Dongguan's guideline is its own (东环〔2024〕69号, no end known)
        assert "fine.reduction.apology" not in applied


def test_weight_table_3_5_1_evading_supervision() -> None:
    # §3.5.1 (pp. 52-53), 大气法 Art. 99 (3): start 10 %; secret discharge (偷排) 20 %; a toxic
    # pollutant 19 %; residential sensitive area 3 %; six days (5-15 days) 8 %; first time 0 %;
    # did not cooperate 5 %. 10 + 20 + 19 + 3 + 8 + 0 + 5 = 65 % × 1,000,000 = 650,000.
    gd = GuangdongFacts(
        evasion_form=EvasionForm.SECRET_DISCHARGE,
        pollutant_classes=(PollutantClass.TOXIC,),
        areas=(AreaClass.RESIDENTIAL,),
        duration_days=Decimal(6),
        uncooperative=True,
    )
    case = _case("air.evading-monitoring", evading_monitoring=True, guangdong=gd)
    assert _fine(case).outcome.final == Decimal("650000.00")
    # Five days is "5天以上" (以上 includes the number, Art. 23): the same 8 %; 4.9 days: 2 %.
    five = case.model_copy(update={"guangdong": gd.model_copy(update={"duration_days": 5})})
    assert _fine(five).outcome.final == Decimal("650000.00")
    under = case.model_copy(
        update={"guangdong": gd.model_copy(update={"duration_days": Decimal("4.9")})}
    )
    assert _fine(under).outcome.final == Decimal("590000.00")  # 65 % - 8 % + 2 % = 59 %


@pytest.mark.parametrize(
    ("days", "final"),
    [
        # 2026-01-05 + 90 days = 2026-04-05: three calendar months (Art. 23), "3个月以上6个月以下"
        # 10 %: 10 + 30 + 10 + 20 = 70 % × 200,000 = 140,000.
        (90, "140000.00"),
        # 89 days = 2026-04-04: two whole months, "1个月以上3个月以下" 5 %: 65 % → 130,000.
        (89, "130000.00"),
    ],
)
def test_weight_table_3_8_automatic_monitoring_counts_calendar_months(
    days: int, final: str
) -> None:
    # §3.8 (pp. 55-56), 大气法 Art. 100 (3), 20,000-200,000: start 10 %; not installed 30 %;
    # the same violation within the past year (2025-03-01) 20 %; corrected in time 0 %.
    case = _case(
        "monitoring.not-networked",
        prior_violations=[PriorViolation(kind="monitoring.not-networked", on=D(2025, 3, 1))],
        guangdong=GuangdongFacts(
            monitoring_fault=MonitoringFault.NOT_INSTALLED, duration_days=Decimal(days)
        ),
    )
    assert _fine(case).outcome.final == Decimal(final)


def test_no_permit_tables_before_and_under_the_code() -> None:
    gd = GuangdongFacts(
        permit_class="key",
        pollutant_classes=(PollutantClass.B,),
        areas=(AreaClass.GENERAL,),
        untreated=True,
    )
    # Before the Code, 大气法 Art. 99 (1) (100,000-1,000,000) and 排污许可管理条例 Art. 33
    # (200,000-1,000,000) both fine the act; the higher fine applies (行政处罚法 Art. 29), so the
    # range is 200,000-1,000,000 and §3.2.2 (pp. 48-49), written for it, scores the case: start
    # 10 %; key management 15 %; class B 8 %; general area 0 %; ordinary period 0 %; untreated
    # 10 %; first time 0 %. 10 + 15 + 8 + 10 = 43 % → 430,000 (§3.2.1, start 7 %, would give 40 %).
    before = _fine(_case("air.no-permit", guangdong=gd))
    assert before.outcome.final == Decimal("430000.00")
    assert "fine.concurrent" in before.rule_ids
    assert "§3.2.2" in _table_step(before).label_en
    # Under the Code, Art. 1102, 200,000-1,000,000: the same range, the same table: 430,000.
    day = D(2026, 10, 10)
    under_code = _case(
        "air.no-permit", occurred_on=D(2026, 9, 1), discovered_on=D(2026, 9, 2), guangdong=gd
    )
    d = _fine(under_code, day=day)
    assert d.outcome.final == Decimal("430000.00")
    assert "§3.2.2" in _table_step(d).label_en
    # Nothing established: 10 % + the lowest levels (VOC 3 %) = 13 %, under the table's floor
    # of 20 % ("裁量百分值总和不足20%的，按20%计算"): 200,000.
    bare = _case("air.no-permit", occurred_on=D(2026, 9, 1), discovered_on=D(2026, 9, 2))
    assert _fine(bare, day=day).outcome.final == Decimal("200000.00")


def test_band_table_4_12_hazardous_waste_sign() -> None:
    # §4.12 (pp. 92-94), 固体废物污染环境防治法 Art. 112 (1), 100,000-1,000,000: sign not set,
    # 5 t (3-10 t), corrected in time, one earlier same violation within two years ("1次以上3次
    # 以下"): band 300,000-350,000; the average, 325,000.
    prior = [PriorViolation(kind="waste.hazardous-no-label", on=D(2025, 2, 1))]
    gd = GuangdongFacts(label_missing=True, hazardous_waste_tonnes=Decimal(5))
    case = _case("waste.hazardous-no-label", prior_violations=prior, guangdong=gd)
    assert _fine(case).outcome.final == Decimal("325000.00")
    # Set but not as required, under 3 t, first time: 100,000-120,000 → 110,000.
    light = GuangdongFacts(label_missing=False, hazardous_waste_tonnes=Decimal("2.9"))
    assert _fine(_case("waste.hazardous-no-label", guangdong=light)).outcome.final == Decimal(
        "110000.00"
    )
    # Not set, 10 t or more, not corrected in time, three earlier ones: 850,000-1,000,000 →
    # 925,000.
    three = [PriorViolation(kind="waste.hazardous-no-label", on=D(2025, m, 1)) for m in (2, 4, 6)]
    worst = GuangdongFacts(label_missing=True, hazardous_waste_tonnes=Decimal(10))
    case = _case(
        "waste.hazardous-no-label", prior_violations=three, refused_to_correct=True, guangdong=worst
    )
    assert _fine(case).outcome.final == Decimal("925000.00")


@pytest.mark.parametrize(
    "kind",
    [
        "dust.uncovered-stockpile",  # §3.25
        "dust.loading-unloading-not-controlled",  # §3.26
        "air.coal-storage-no-fire-prevention",  # §3.27
        "dust.wharf-mine-landfill-dust",  # §3.28
        "air.toxic-pollutant-risk-not-prevented",  # §3.29
        "air.pop-emission-not-reduced",  # §3.30
        "air.odour-not-prevented",  # §3.31
    ],
)
def test_band_tables_3_25_to_3_31_by_repeats(kind: str) -> None:
    # 大气法 Art. 117 (2)-(8), 10,000-100,000 (Code Art. 1130 the same): first time
    # 10,000-50,000 → 30,000; twice within two years 50,000-100,000 → 75,000; three times or
    # more: 100,000.
    assert _fine(_case(kind)).outcome.final == Decimal("30000.00")
    once = [PriorViolation(kind=kind, on=D(2025, 3, 1))]
    assert _fine(_case(kind, prior_violations=once)).outcome.final == Decimal("75000.00")
    twice = [*once, PriorViolation(kind=kind, on=D(2025, 6, 1))]
    assert _fine(_case(kind, prior_violations=twice)).outcome.final == Decimal("100000.00")


@pytest.mark.parametrize(
    "kind",
    [
        "air.high-pollution-fuel-facility-in-ban-zone",  # §3.12
        "air.high-pollution-fuel-burning-in-ban-zone",  # §3.12
        "air.nonconforming-boiler-use",  # §3.13
        "air.coating-low-voc-not-used",  # §3.15
        "air.solvent-leak-not-controlled",  # §3.16
        "air.vapour-recovery-not-used",  # §3.17
        "air.combustible-gas-not-recovered",  # §3.19
        "air.combustible-gas-recovery-not-repaired",  # §3.19
    ],
)
def test_band_tables_3_12_to_3_19_by_repeats_and_area(kind: str) -> None:
    # 大气法 Arts. 107 and 108, 20,000-200,000: first time outside a sensitive area 20,000-50,000 →
    # 35,000; inside 50,000-80,000 → 65,000; twice, inside: 120,000-160,000 → 140,000.
    assert _fine(_case(kind)).outcome.final == Decimal("35000.00")
    inside = GuangdongFacts(areas=(AreaClass.RESTRICTED,))
    assert _fine(_case(kind, guangdong=inside)).outcome.final == Decimal("65000.00")
    once = [PriorViolation(kind=kind, on=D(2025, 3, 1))]
    twice = _case(kind, guangdong=inside, prior_violations=once)
    assert _fine(twice).outcome.final == Decimal("140000.00")
