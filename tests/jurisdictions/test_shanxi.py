"""Shanxi (山西省, CN-SX).

Measure: 山西省生态环境厅's no-penalty list, two editions (reported, not read in the text;
shared/domain/local-measures.md §4): the 2022 edition (14 轻微不罚 + 11 首违不罚), in force
2023-01-01 to 2025-07-03, and the 2025 edition (16 + 13), taken as in force 2025-07-04 for five
years. Each encodes its air-exceedance item: in 2022 a minor item (not penalized) needing five
conditions; in 2025 a first-violation item (the agency may decline), "first" meaning more than
12 months from the last detection of the same violation to this one's.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ecoreg import (
    Harm,
    JurisdictionLevel,
    LeniencyOutcome,
    PriorViolation,
    ViolationCase,
    decide_leniency,
    standard_policy_book,
)
from ecoreg.jurisdictions import shanxi
from ecoreg.law.catalogue import kind

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-SX"
LIST_KEY = "leniency.no_penalty_list"
ITEM_2022 = "cn-sx.2022.air-exceedance"
ITEM_2025 = "cn-sx.2025.air-exceedance"
EIA_2022 = "cn-sx.2022.eia-unapproved-construction"
EIA_2025 = "cn-sx.2025.eia-unapproved-construction"


def _case(act: dt.date, found: dt.date, **changes: Any) -> ViolationCase:
    """The list's worked example: one non-toxic pollutant, hourly mean 5 % over, 3 hours."""
    facts: dict[str, Any] = {
        "kind": "air.over-limit",
        "occurred_on": act,
        "discovered_on": found,
        "corrected_on": found + dt.timedelta(days=5),
        "corrected_promptly": True,
        "harm": Harm.SLIGHT,
        "toxic_pollutant": False,
        "pollutants_over": 1,
        "hourly_exceedance_multiple": "0.05",
        "hours_over_in_day": "3",
        **changes,
    }
    return ViolationCase.model_validate(facts)


def _decide(case: ViolationCase, day: dt.date) -> Any:
    return decide_leniency(case, policy=BOOK.resolve(CODE, day), decided_on=day)


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry_is_shanxi_not_shaanxi() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert shanxi.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "山西省", "Shanxi")
    assert entry.level is JurisdictionLevel.PROVINCE
    assert entry.parent == "CN"
    assert BOOK.jurisdiction("CN-SN").name_zh == "陕西省"
    assert [m["id"] for m in shanxi.DATA["measures"]] == [shanxi.LIST_MEASURE]


def test_the_two_editions_and_their_dates() -> None:
    (measure,) = shanxi.DATA["measures"]
    spans = [(v["in_force_from"], v.get("in_force_until")) for v in measure["versions"]]
    assert spans == [("2023-01-01", "2025-07-03"), ("2025-07-04", "2030-07-03")]
    assert LIST_KEY not in BOOK.resolve(CODE, D(2022, 12, 31)).parameters
    first = BOOK.resolve(CODE, D(2023, 1, 1))
    assert set(first.records(LIST_KEY)) == {ITEM_2022, EIA_2022}
    assert first.citation(LIST_KEY).instrument.name_zh == (
        "生态环境轻微违法行为不予处罚事项清单（2022年版）"
    )
    assert first.citation(LIST_KEY).instrument.issuer_zh == "山西省生态环境厅"
    assert first.citation(LIST_KEY).instrument.replaced_by == "cn-sx.no-penalty-list.2025"
    last = BOOK.resolve(CODE, D(2025, 7, 3))
    switch = BOOK.resolve(CODE, D(2025, 7, 4))
    assert set(last.records(LIST_KEY)) == {ITEM_2022, EIA_2022}
    assert set(switch.records(LIST_KEY)) == {ITEM_2025, EIA_2025}
    assert (last.valid_until, switch.valid_from) == (D(2025, 7, 3), D(2025, 7, 4))
    assert LIST_KEY not in BOOK.resolve(CODE, D(2030, 7, 4)).parameters


def test_the_items_and_their_kinds() -> None:
    old = BOOK.resolve(CODE, D(2024, 1, 1)).record(LIST_KEY, ITEM_2022)
    new = BOOK.resolve(CODE, D(2026, 1, 1)).record(LIST_KEY, ITEM_2025)
    assert (old.list_type, old.kinds) == ("minor", ("air.over-limit",))
    assert (new.list_type, new.kinds) == ("first", ("air.over-limit",))
    assert [(c.fact, c.op, c.value) for c in old.conditions] == [
        ("toxic_pollutant", "==", False),
        ("pollutants_over", "<=", 1),
        ("hourly_exceedance_multiple", "<", Decimal("0.1")),
        ("hours_over_in_day", "<=", 4),
        ("corrected_promptly", "==", True),
    ]
    assert [(c.fact, c.op, c.value) for c in new.conditions] == [
        ("toxic_pollutant", "==", False),
        ("pollutants_over", "<=", 1),
        ("hourly_exceedance_multiple", "<", Decimal("0.1")),
        ("harm_at_most_slight", "==", True),
        ("corrected_promptly", "==", True),
    ]


def test_the_2025_first_violation_definition() -> None:
    before = BOOK.resolve(CODE, D(2025, 7, 3))
    after = BOOK.resolve(CODE, D(2025, 7, 4))
    assert before.as_int("leniency.first_violation_lookback_months") == 24
    assert before.as_str("leniency.first_violation_counted_from") == "act"  # national default
    assert after.as_int("leniency.first_violation_lookback_months") == 12
    assert after.as_str("leniency.first_violation_counted_from") == "detection"
    assert "超过12个月" in (
        after.citation("leniency.first_violation_lookback_months").quote_zh or ""
    )


# --- worked examples -----------------------------------------------------------------------------


def test_2022_all_five_conditions_not_penalized_even_as_a_repeat() -> None:
    # 山西日报 2023-02-07: up to 1,000,000 yuan by law; no penalty when all five conditions hold.
    prior = (PriorViolation(kind="air.over-limit", on=D(2023, 6, 1)),)
    d = _decide(_case(D(2024, 3, 1), D(2024, 3, 5), prior_violations=prior), D(2024, 3, 20))
    assert d.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    assert d.outcome.list_item == ITEM_2022
    (reason,) = (r for r in d.reasons if r.rule_id == "leniency.list-item")
    assert reason.citation is not None
    assert reason.citation.instrument.id == "cn-sx.no-penalty-list.2022"
    assert "（山西省地方规定）" in reason.message_zh


@pytest.mark.parametrize(
    ("fact", "value"),
    [
        ("toxic_pollutant", True),
        ("pollutants_over", 2),
        ("hourly_exceedance_multiple", "0.1"),
        ("hours_over_in_day", "4.5"),
        ("corrected_promptly", False),
    ],
)
def test_2022_one_condition_missing(fact: str, value: object) -> None:
    d = _decide(_case(D(2024, 3, 1), D(2024, 3, 5), **{fact: value}), D(2024, 3, 20))
    assert d.outcome.list_item is None
    assert any(fact == f.name for h in d.hints for f in h.changes)


def test_2022_at_the_limits_4_hours_and_just_under_0_1() -> None:
    case = _case(
        D(2024, 3, 1), D(2024, 3, 5), hours_over_in_day="4", hourly_exceedance_multiple="0.099"
    )
    assert _decide(case, D(2024, 3, 20)).outcome.list_item == ITEM_2022


def test_the_switch_on_2025_07_04_minor_becomes_may_decline() -> None:
    case = _case(D(2025, 6, 20), D(2025, 6, 25), hours_over_in_day="6")
    last = _decide(_case(D(2025, 6, 20), D(2025, 6, 25)), D(2025, 7, 3))
    assert (last.outcome.outcome, last.outcome.list_item) == (
        LeniencyOutcome.NOT_PENALIZED,
        ITEM_2022,
    )
    first = _decide(_case(D(2025, 6, 20), D(2025, 6, 25)), D(2025, 7, 4))
    assert (first.outcome.outcome, first.outcome.list_item) == (
        LeniencyOutcome.MAY_DECLINE,
        ITEM_2025,
    )
    # 6 hours over: outside the 2022 item, inside the 2025 one (no 4-hour condition reported)
    assert _decide(case, D(2025, 7, 3)).outcome.list_item is None
    assert _decide(case, D(2025, 7, 4)).outcome.list_item == ITEM_2025


def test_2025_a_harmful_exceedance_is_not_a_list_case() -> None:
    d = _decide(_case(D(2026, 3, 1), D(2026, 3, 5), harm=Harm.HARMFUL), D(2026, 3, 20))
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.PENALIZE, None)


# --- the 12-month window, detection to detection --------------------------------------------------


@pytest.mark.parametrize(
    ("prior_found", "first"),
    [
        (D(2025, 3, 5), False),  # the anniversary day: 12 months, not "more than 12 months"
        (D(2025, 3, 4), True),  # the day before it: more than 12 months
        (D(2025, 3, 6), False),
    ],
)
def test_first_violation_window_counted_from_detection(prior_found: dt.date, first: bool) -> None:
    # Act on 2026-01-10, found on 2026-03-05: counted from the detection, not the act (from the
    # act a prior found on 2025-03-04 would be within 12 months).
    case = _case(
        D(2026, 1, 10),
        D(2026, 3, 5),
        prior_violations=(PriorViolation(kind="air.over-limit", on=prior_found),),
    )
    d = _decide(case, D(2026, 3, 20))
    assert d.outcome.first_violation is first
    if first:
        assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.MAY_DECLINE, ITEM_2025)
    else:
        assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.PENALIZE, None)
        assert any("首次违法" in h.message_zh for h in d.hints)


def test_the_2022_edition_counts_back_24_months_from_the_act() -> None:
    # No Shanxi definition before 2025-07-04: the national default, 24 months back from the act.
    def first(prior_on: dt.date) -> bool:
        prior = (PriorViolation(kind="air.over-limit", on=prior_on),)
        case = _case(D(2024, 3, 1), D(2024, 3, 5), prior_violations=prior)
        return bool(_decide(case, D(2024, 3, 20)).outcome.first_violation)

    assert first(D(2022, 2, 28)) is True
    assert first(D(2022, 3, 1)) is False  # the anniversary day counts


# --- the item after the Code ---------------------------------------------------------------------


def test_the_item_matches_an_act_under_the_code_by_its_kind() -> None:
    # 大气法 Art. 99(2) was repealed on 2026-08-15; the same kind now cites Code Art. 1107.
    over = kind("air.over-limit")
    before, after = over.basis_on(D(2026, 8, 14)), over.basis_on(D(2026, 8, 15))
    assert before is not None
    assert after is not None
    assert (before.citation.article, after.citation.article) == (99, 1107)
    for act in (D(2026, 8, 14), D(2026, 8, 15)):
        d = _decide(_case(act, act + dt.timedelta(days=2)), D(2026, 9, 20))
        assert (d.outcome.outcome, d.outcome.list_item) == (
            LeniencyOutcome.MAY_DECLINE,
            ITEM_2025,
        ), act


def test_a_warning_in_the_last_90_days_of_the_2025_edition() -> None:
    found = D(2030, 4, 1)
    case = _case(D(2030, 3, 20), found)
    assert not _decide(case, D(2030, 4, 3)).warnings  # 91 days before 2030-07-03
    (w,) = _decide(case, D(2030, 4, 4)).warnings
    assert w.code == "policy.measure-ending"
    # the 2022 edition has a successor: no warning before it ends
    assert not _decide(_case(D(2025, 6, 1), D(2025, 6, 2)), D(2025, 7, 3)).warnings


# --- 2022: 未按规定进行环境影响评价，擅自开工建设 (轻微不罚) -------------------------------------------


def _eia(**changes: Any) -> ViolationCase:
    """A 报告表 project begun without approval, found at its early stage and corrected."""
    facts: dict[str, Any] = {
        "kind": "eia.unapproved-construction",
        "occurred_on": D(2024, 3, 1),
        "discovered_on": D(2024, 3, 4),
        "corrected_on": D(2024, 3, 20),
        "corrected_promptly": True,
        "harm": Harm.NONE,
        "eia_document": "report_form",
        "list_facts": {"construction_early_stage": True},
        **changes,
    }
    return ViolationCase.model_validate(facts)


def test_2022_eia_item_early_stage_no_harm_corrected() -> None:
    # The item describes the minor case (施工初期, no harm, corrected): the officer need not have
    # found the violation minor beforehand (a minor one is not penalized under Art. 33 anyway).
    d = _decide(_eia(), D(2024, 4, 1))
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.NOT_PENALIZED, EIA_2022)
    (reason,) = (r for r in d.reasons if r.rule_id == "leniency.list-item")
    assert reason.citation is not None
    assert reason.citation.instrument.id == "cn-sx.no-penalty-list.2022"


@pytest.mark.parametrize(
    "change",
    [
        {"list_facts": {"construction_early_stage": False}},
        {"list_facts": {}},  # the stage not stated: never assumed
        {"harm": Harm.SLIGHT},
        {"corrected_promptly": False},
    ],
)
def test_2022_eia_item_each_condition_broken(change: dict[str, Any]) -> None:
    d = _decide(_eia(**change), D(2024, 4, 1))
    assert d.outcome.list_item != EIA_2022


def test_the_eia_item_in_each_edition() -> None:
    # The 2025 edition reports the same three conditions: decided on 2025-07-04, its item.
    d = _decide(_eia(), D(2025, 7, 4))
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.NOT_PENALIZED, EIA_2025)
    # An act under the Code (Art. 1095 ¶1) matches by its kind as well.
    later = _eia(
        occurred_on=D(2026, 9, 1), discovered_on=D(2026, 9, 2), corrected_on=D(2026, 9, 10)
    )
    assert _decide(later, D(2026, 9, 20)).outcome.list_item == EIA_2025
