"""Jiangmen (江门市, CN-GD-JM), Guangdong.

Measure: 江门市生态环境依法不予行政处罚的轻微环境违法行为清单 (江环〔2021〕231号), 40 items read in
full, in force 2022-02-01 for three years, so to 2025-01-31 (note 5); no successor is known.
31 items are encoded, each by the catalogue kinds of its conduct; the nine others have no kind.
Worked examples follow the list's own words; each has a case that fails one condition.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ecoreg import (
    Harm,
    JurisdictionLevel,
    LeniencyOutcome,
    PriorViolation,
    ViolationCase,
    decide_leniency,
    standard_policy_book,
)
from ecoreg.jurisdictions import jiangmen
from ecoreg.law.catalogue import kind

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD-JM"
LIST_KEY = "leniency.no_penalty_list"
START, END = D(2022, 2, 1), D(2025, 1, 31)
NOT_ENCODED = {5, 7, 19, 22, 23, 24, 29, 35, 39}
ACT, DECIDED = D(2024, 3, 1), D(2024, 3, 20)


def _case(kind_id: str, act: dt.date = ACT, **changes: Any) -> ViolationCase:
    facts: dict[str, Any] = {
        "kind": kind_id,
        "occurred_on": act,
        "discovered_on": act + dt.timedelta(days=4),
        "corrected_on": act + dt.timedelta(days=11),
        "corrected_promptly": True,
        "harm": Harm.SLIGHT,
        **changes,
    }
    return ViolationCase.model_validate(facts)


def _decide(case: ViolationCase, day: dt.date = DECIDED, code: str = CODE) -> Any:
    return decide_leniency(case, policy=BOOK.resolve(code, day), decided_on=day)


def _own(day: dt.date = DECIDED) -> dict[str, Any]:
    return {
        k: v
        for k, v in BOOK.resolve(CODE, day).records(LIST_KEY).items()
        if k.startswith("cn-gd-jm.")
    }


# --- the jurisdiction and the list as data -------------------------------------------------------


def test_entry_a_city_of_guangdong() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert jiangmen.CODE == CODE
    assert (entry.name_zh, entry.name_en, entry.level) == (
        "江门市",
        "Jiangmen",
        JurisdictionLevel.CITY,
    )
    assert BOOK.chain(CODE) == ("CN", "CN-GD", CODE)


def test_the_list_is_in_force_2022_02_01_to_2025_01_31() -> None:
    (measure,) = jiangmen.DATA["measures"]
    (version,) = measure["versions"]
    assert (version["in_force_from"], version["in_force_until"]) == ("2022-02-01", "2025-01-31")
    assert version["instrument"]["number"] == "江环〔2021〕231号"
    assert not _own(START - dt.timedelta(days=1))
    assert _own(START)
    assert _own(END)
    assert not _own(END + dt.timedelta(days=1))


def test_31_of_40_items_each_covering_catalogue_kinds_with_a_basis_in_its_life() -> None:
    items = _own()
    assert sorted({i.item for i in items.values()}) == sorted(set(range(1, 41)) - NOT_ENCODED)
    assert len(items) == 35  # items 9 (3 alternatives), 13 and 17 (2 each)
    for ident, item in items.items():
        assert item.citation.instrument.issuer_zh == "江门市生态环境局"
        for kind_id in item.kinds:
            k = kind(kind_id)
            assert not k.never_lenient, ident
            # Items 10 and 12 (a breakdown, not evasion) match Code Art. 1104's kind only, which
            # starts 2026-08-15: under the repealed statutes the conduct was evasion (never lenient).
            if item.item in {10, 12}:
                assert k.basis_on(END) is None
            else:
                assert k.basis_on(D(2023, 6, 1)) is not None, (ident, kind_id)


def test_the_may_items_are_10_and_12_and_exclude_both_kinds_of_sensitive_area() -> None:
    items = _own().values()
    may = {i.item for i in items if not i.must_not_penalize}
    assert may == {10, 12}
    for i in items:
        facts = {c.fact for c in i.conditions}
        sensitive = {"in_ecological_sensitive_area", "in_residential_sensitive_area"}
        assert (sensitive <= facts) is (i.item in {10, 12})


# --- worked examples -----------------------------------------------------------------------------


def test_item_38_a_networked_cems_down_first_time_in_two_years_is_not_penalized() -> None:
    # A networked flue-gas CEMS is found not running on 2024-03-05; the same was found on
    # 2022-02-20, more than two years before the act (2024-03-01): "两年内首次违法" holds.
    prior = (PriorViolation(kind="monitoring.not-running", on=D(2022, 2, 20)),)
    d = _decide(_case("monitoring.not-running", prior_violations=prior))
    assert (d.outcome.outcome, d.outcome.list_item) == (
        LeniencyOutcome.NOT_PENALIZED,
        "cn-gd-jm.cems-not-running",
    )
    (reason,) = (r for r in d.reasons if r.rule_id == "leniency.list-item")
    assert reason.citation is not None
    assert reason.citation.instrument.number == "江环〔2021〕231号"
    assert "（江门市地方规定）" in reason.message_zh
    # the province's directory has no such item: in Guangdong outside Jiangmen, no list applies
    assert (
        _decide(
            _case("monitoring.not-running", prior_violations=prior), code="CN-GD"
        ).outcome.list_item
        is None
    )


def test_item_38_fails_when_the_same_was_found_within_two_years() -> None:
    # 2022-03-01 is the anniversary two years before the act: it counts, so not a first.
    prior = (PriorViolation(kind="monitoring.not-running", on=D(2022, 3, 1)),)
    d = _decide(_case("monitoring.not-running", prior_violations=prior))
    assert d.outcome.list_item is None
    assert any("两年内属于首次违法" in h.message_zh for h in d.hints)


def test_item_15_two_years_where_the_province_says_the_calendar_year() -> None:
    # A missing hazardous-waste sign on 2024-03-01; the same found on 2023-06-01. Jiangmen's
    # item 15 (first within two years) fails; Guangdong's item 12 (first in the calendar year
    # 2024) still holds in Jiangmen and applies.
    prior = (PriorViolation(kind="waste.hazardous-no-label", on=D(2023, 6, 1)),)
    d = _decide(_case("waste.hazardous-no-label", prior_violations=prior))
    assert d.outcome.list_item == "cn-gd.hazardous-waste-sign"
    assert any("危险废物识别标志" in h.message_zh and "两年内" in h.message_zh for h in d.hints)
    clean = _decide(_case("waste.hazardous-no-label"))
    assert clean.outcome.list_item == "cn-gd-jm.hazardous-waste-sign"  # the city's item first


@pytest.mark.parametrize(
    ("in_production", "item"), [(False, "cn-gd-jm.eia-design-or-contract"), (True, None)]
)
def test_item_6_only_before_the_project_is_finished(in_production: bool, item: str | None) -> None:
    case = _case(
        "eia.facilities-not-designed-or-contracted",
        list_facts={"project_completed_or_in_use": in_production},
    )
    assert _decide(case).outcome.list_item == item


@pytest.mark.parametrize(
    ("passed", "item"), [(False, "cn-gd-jm.facilities-used-before-acceptance"), (True, None)]
)
def test_item_8_only_before_the_acceptance_deadline(passed: bool, item: str | None) -> None:
    case = _case(
        "eia.facilities-not-completed",
        list_facts={"facilities_built_as_approved": True, "acceptance_deadline_passed": passed},
    )
    assert _decide(case).outcome.list_item == item


@pytest.mark.parametrize(
    ("key", "item"), [(False, "cn-gd-jm.hazardous-waste-contingency-plan"), (True, None)]
)
def test_item_21_only_for_non_key_hazardous_waste(key: bool, item: str | None) -> None:
    case = _case("waste.hazardous-no-contingency-plan", list_facts={"key_hazardous_waste": key})
    assert _decide(case).outcome.list_item == item


@pytest.mark.parametrize(
    ("late", "item"), [(True, "cn-gd-jm.cems-data-not-published"), (False, None)]
)
def test_item_33_late_or_incomplete_but_not_withheld(late: bool, item: str | None) -> None:
    case = _case(
        "air.monitoring-data-not-disclosed", list_facts={"disclosure_late_or_incomplete": late}
    )
    assert _decide(case).outcome.list_item == item


def test_item_11_adds_slight_harm_to_the_provincial_air_item() -> None:
    # SO2 (B class) 420 against 400: (420 − 400) / 400 = 0.05 < 0.1.
    facts: dict[str, Any] = {
        "pollutants_over": 1,
        "exceedance_ratio": "0.05",
        "list_facts": {"class_a_pollutant": False},
    }
    assert _decide(_case("air.over-limit", **facts)).outcome.list_item == "cn-gd-jm.air-over-limit"
    # With harm, Jiangmen's item 11 fails; the provincial item 8 has no harm clause and applies.
    harmful = _decide(_case("air.over-limit", harm=Harm.HARMFUL, **facts))
    assert harmful.outcome.list_item == "cn-gd.air-over-limit"
    assert harmful.outcome.outcome is LeniencyOutcome.NOT_PENALIZED


def test_item_25_covers_three_kinds_of_a_soil_key_unit() -> None:
    for kind_id in (
        "monitoring.soil-not-self-monitored",
        "soil.hazard-inspection-system-missing",
        "soil.annual-discharge-report-missing",
    ):
        assert _decide(_case(kind_id)).outcome.list_item == "cn-gd-jm.soil-key-unit-duties"
        assert _decide(_case(kind_id, corrected_promptly=False)).outcome.list_item is None


# --- the end of the list -------------------------------------------------------------------------


def test_on_2025_02_01_the_list_no_longer_applies_and_says_so() -> None:
    prior = (PriorViolation(kind="monitoring.not-running", on=D(2022, 2, 20)),)
    case = _case("monitoring.not-running", act=D(2025, 1, 20), prior_violations=prior)
    last = _decide(case, END)
    assert last.outcome.list_item == "cn-gd-jm.cems-not-running"
    after = _decide(case, END + dt.timedelta(days=1))
    assert after.outcome.list_item is None
    assert after.outcome.outcome is LeniencyOutcome.MAY_DECLINE  # 行政处罚法 Art. 33 ¶1 only
    (ended,) = (r for r in after.reasons if r.rule_id == "policy.measure-ended")
    assert "江门" in ended.message_zh
    assert [w.code for w in after.warnings] == ["policy.measure-ended"]


@settings(max_examples=60, deadline=None)
@given(
    # decisions before the Code, so that no choice of law needs the fine facts of a comparison
    day=st.dates(min_value=END + dt.timedelta(days=1), max_value=D(2026, 8, 14)),
    ident=st.sampled_from(sorted(_own())),
)
def test_an_expired_list_never_applies(day: dt.date, ident: str) -> None:
    item = _own()[ident]
    act = day - dt.timedelta(days=20)
    assume(kind(item.kinds[0]).basis_on(act) is not None)  # not items 10 and 12 (Code only)
    d = _decide(_case(item.kinds[0], act=act), day)
    assert not (d.outcome.list_item or "").startswith("cn-gd-jm.")
    assert not any(k.startswith("cn-gd-jm.") for k in BOOK.resolve(CODE, day).records(LIST_KEY))
