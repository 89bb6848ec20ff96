"""Jiangmen (江门市, CN-GD-JM), Guangdong.

Measure: 江门市生态环境依法不予行政处罚的轻微环境违法行为清单 (江环〔2021〕231号), 40 items read in
full, in force 2022-02-01 for three years, so to 2025-01-31 (note 5); no successor is known.
31 items are encoded, each by the catalogue kinds of its conduct; the nine others have no kind.
Worked examples follow the list's own words; each has a case that fails one condition.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
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


# --- every encoded item: a covered case, and each condition broken in turn -----------------------

_B_ONE = {"pollutants_over": 1, "list_facts": {"class_a_pollutant": False}}
_BREAKDOWN = {
    "sudden_breakdown": True,
    "report_hours": "6",
    "emergency_measures_taken": True,
    "daily_mean_over_standard": False,
    "in_ecological_sensitive_area": False,
    "in_residential_sensitive_area": False,
}
WORKED: dict[str, tuple[str, dict[str, Any]]] = {
    "cn-gd-jm.eia-registration-form": ("eia.registration-form-not-filed", {}),
    "cn-gd-jm.eia-not-resubmitted": (
        "eia.unapproved-construction",
        {
            "eia_document": "report_form",
            "list_facts": {"major_change_not_resubmitted": True, "stopped_or_restored": True},
        },
    ),
    "cn-gd-jm.eia-not-re-reviewed": (
        "eia.unapproved-construction",
        {"eia_document": "report_form", "list_facts": {"approval_not_re_reviewed": True}},
    ),
    "cn-gd-jm.eia-unapproved-construction": (
        "eia.unapproved-construction",
        {
            "eia_document": "report_form",
            "list_facts": {
                "major_change_not_resubmitted": False,
                "approval_not_re_reviewed": False,
                "stopped_or_restored": True,
            },
        },
    ),
    "cn-gd-jm.eia-design-or-contract": (
        "eia.facilities-not-designed-or-contracted",
        {"list_facts": {"project_completed_or_in_use": False}},
    ),
    "cn-gd-jm.facilities-used-before-acceptance": (
        "eia.facilities-not-completed",
        {"list_facts": {"facilities_built_as_approved": True, "acceptance_deadline_passed": False}},
    ),
    # ammonia nitrogen 5.4 mg/L against 5: (5.4 − 5) / 5 = 0.08 < 0.1
    "cn-gd-jm.water-over-limit.one-b-pollutant": (
        "water.over-limit",
        {**_B_ONE, "exceedance_ratio": "0.08"},
    ),
    "cn-gd-jm.water-over-limit.ph": (
        "water.over-limit",
        {"list_facts": {"only_ph_over": True, "ph_value": "9.6"}},
    ),
    "cn-gd-jm.water-over-limit.colour": (
        "water.over-limit",
        {"exceedance_ratio": "0.6", "list_facts": {"only_colour_over": True}},
    ),
    "cn-gd-jm.air-over-limit": ("air.over-limit", {**_B_ONE, "exceedance_ratio": "0.05"}),
    "cn-gd-jm.voc-not-enclosed.facilities-used": (
        "air.voc-process-not-enclosed",
        {"list_facts": {"facilities_installed_and_used": True, "corrected_immediately": True}},
    ),
    "cn-gd-jm.voc-not-enclosed.cannot-enclose": (
        "air.voc-process-not-enclosed",
        {"list_facts": {"enclosure_impossible": True}},
    ),
    "cn-gd-jm.dusty-material-not-enclosed": ("dust.dusty-material-not-enclosed", {}),
    "cn-gd-jm.hazardous-waste-sign": ("waste.hazardous-no-label", {}),
    "cn-gd-jm.industrial-storage-unprotected": ("waste.industrial-storage-unprotected", {}),
    "cn-gd-jm.hazardous-waste-storage": (
        "waste.hazardous-improper-storage-disposal",
        {
            "list_facts": {
                "mixed_into_non_hazardous": False,
                "hazardous_waste_tonnes": "0.1",
                "special_hazardous_waste": False,
            }
        },
    ),
    "cn-gd-jm.hazardous-waste-mixing": (
        "waste.hazardous-improper-storage-disposal",
        {
            "list_facts": {
                "mixed_into_non_hazardous": True,
                "hazardous_waste_tonnes": "0.01",
                "special_hazardous_waste": False,
            }
        },
    ),
    "cn-gd-jm.livestock-manure": (
        "other.livestock-waste-not-handled",
        {"list_facts": {"days_lasted": 20, "class_a_pollutant": False}},
    ),
    "cn-gd-jm.hazardous-waste-plan": ("waste.hazardous-no-plan", {}),
    "cn-gd-jm.hazardous-waste-contingency-plan": (
        "waste.hazardous-no-contingency-plan",
        {"list_facts": {"key_hazardous_waste": False}},
    ),
    "cn-gd-jm.soil-key-unit-duties": ("soil.annual-discharge-report-missing", {}),
    "cn-gd-jm.tailings-soil-monitoring": ("soil.tailings-not-monitored", {}),
    "cn-gd-jm.soil-post-management": ("soil.post-management-not-done", {}),
    "cn-gd-jm.soil-survey": ("soil.survey-not-done-risk-plot", {}),
    "cn-gd-jm.disclosure-way": (
        "permit.environmental-info-not-disclosed",
        {"list_facts": {"disclosed_late": False}},
    ),
    "cn-gd-jm.disclosure-late": (
        "permit.environmental-info-not-disclosed",
        {"list_facts": {"disclosed_late": True}},
    ),
    "cn-gd-jm.permit-platform-disclosure": (
        "permit.discharge-info-not-disclosed",
        {"list_facts": {"days_lasted": 9, "class_a_pollutant": False}},
    ),
    "cn-gd-jm.cems-data-not-published": (
        "air.monitoring-data-not-disclosed",
        {"list_facts": {"disclosure_late_or_incomplete": True}},
    ),
    "cn-gd-jm.toxic-water-info": (
        "monitoring.toxic-water-outlet-not-monitored",
        {"list_facts": {"outlet_and_surroundings_monitored": True}},
    ),
    "cn-gd-jm.waste-plant-data": (
        "monitoring.waste-plant-not-monitoring",
        {"list_facts": {"disclosure_late_or_incomplete": True}},
    ),
    "cn-gd-jm.self-monitoring": ("monitoring.water-not-self-monitored", {}),
    "cn-gd-jm.cems-not-running": ("monitoring.water-not-running", {}),
    "cn-gd-jm.ledger-not-per-permit": (
        "monitoring.no-ledger",
        {"list_facts": {"ledger_system_established": True, "days_lasted": 3}},
    ),
}
NEVER_APPLIED = {"cn-gd-jm.water-facilities-breakdown", "cn-gd-jm.air-facilities-breakdown"}


def test_the_worked_table_covers_every_item_that_can_apply() -> None:
    assert set(WORKED) | NEVER_APPLIED == set(_own())


@pytest.mark.parametrize("ident", sorted(WORKED))
def test_a_covered_case_is_not_penalized(ident: str) -> None:
    kind_id, changes = WORKED[ident]
    d = _decide(_case(kind_id, **changes))
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.NOT_PENALIZED, ident)


def _broken(fact: str, op: str, value: Any, kind_id: str) -> dict[str, Any]:
    """The change that breaks one condition, just past its limit."""
    prior = {"prior_violations": ({"kind": kind_id, "on": ACT - dt.timedelta(days=30)},)}
    special: dict[str, dict[str, Any]] = {
        "first_violation": prior,
        "first_within_12_months": prior,
        "first_within_24_months": prior,
        "corrected_promptly": {"corrected_promptly": False},
        "harm_at_most_slight": {"harm": Harm.HARMFUL},
        "eia_report_form": {"eia_document": "report_book"},
        "pollutants_over": {"pollutants_over": 2},
        "exceedance_ratio": {"exceedance_ratio": value},
    }
    if fact in special:
        return special[fact]
    if isinstance(value, bool):
        return {"list_facts": {fact: not value}}
    step = {"<=": Decimal("0.001"), ">=": Decimal("-0.001")}.get(op, Decimal(0))
    return {"list_facts": {fact: value + (1 if fact == "days_lasted" else step)}}


BROKEN = [(i, n) for i in sorted(WORKED) for n in range(len(_own()[i].conditions))]


@pytest.mark.parametrize(("ident", "index"), BROKEN, ids=[f"{a}-{b}" for a, b in BROKEN])
def test_one_condition_broken_and_the_item_is_not_applied(ident: str, index: int) -> None:
    kind_id, changes = WORKED[ident]
    item = _own()[ident]
    c = item.conditions[index]
    extra = _broken(c.fact, c.op, c.value, kind_id)
    merged = {**changes, **{k: v for k, v in extra.items() if k != "list_facts"}}
    merged["list_facts"] = {**changes.get("list_facts", {}), **extra.get("list_facts", {})}
    d = _decide(_case(kind_id, **merged))
    assert d.outcome.list_item != ident
    applied = d.outcome.list_item
    if applied is not None:
        # another record applies: a sibling alternative (it asks the opposite of the broken
        # fact), or the province's item, which does not ask the broken condition (another
        # first-violation window; no harm clause in provincial item 8)
        other = BOOK.resolve(CODE, DECIDED).record(LIST_KEY, applied)
        opposite = any(x.fact == c.fact and x.value != c.value for x in other.conditions)
        assert opposite or (applied.startswith("cn-gd.") and c not in other.conditions)
        return
    # the city's item is tried first; a copied provincial item may add its own hint after it
    hints = [h.message_zh for h in d.hints if item.title_zh in h.message_zh]
    assert hints
    assert c.description_zh in hints[0]
