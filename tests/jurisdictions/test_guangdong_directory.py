"""Guangdong's no-penalty directory (粤环发〔2021〕7号 附件2): the 18 encoded items, case by case.

Each item gets a worked case its text covers (all its conditions hold: not penalized, or "may
decline" for items 7 and 9) and, for each of its conditions in turn, the same case with that one
condition broken just past its limit: the item is not applied and the decision's hint names the
missing fact. The thresholds are checked at the limit and one step past (Art. 23: "以下" excludes
the number, "不超过" includes it). Items 5 and 15 have no kind in the catalogue and are absent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ecoreg import (
    EiaDocument,
    Harm,
    LeniencyOutcome,
    ListFacts,
    PriorViolation,
    ViolationCase,
    decide_leniency,
    standard_policy_book,
)
from ecoreg.core._records import Condition, NoPenaltyItem
from ecoreg.exceptions import InvalidInputError
from ecoreg.law.catalogue import kind

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD"
LIST_KEY = "leniency.no_penalty_list"

# Before the Code (acts until 2026-08-14) and under it (items 7 and 9: Code Art. 1104 only).
ACT, FOUND, FIXED, DECIDED = D(2024, 3, 1), D(2024, 3, 5), D(2024, 3, 12), D(2024, 3, 20)
CODE_ACT, CODE_FOUND, CODE_FIXED, CODE_DECIDED = (
    D(2026, 9, 1),
    D(2026, 9, 2),
    D(2026, 9, 8),
    D(2026, 9, 20),
)

# The case each item covers, as its text reads (hand-written, item by item).
WORKED: dict[str, tuple[str, dict[str, Any]]] = {
    # 1: a registration form filed within the correction period, first violation, slight harm
    "cn-gd.eia-registration-form": ("eia.registration-form-not-filed", {}),
    # 2, 4: a 报告表 project built without approval, stopped by the party after discovery
    "cn-gd.eia-not-resubmitted": (
        "eia.unapproved-construction",
        {
            "eia_document": "report_form",
            "list_facts": {"major_change_not_resubmitted": True, "stopped_or_restored": True},
        },
    ),
    "cn-gd.eia-unapproved-construction": (
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
    # 3: a 报告表 approved six years ago, not re-reviewed; corrected within the period
    "cn-gd.eia-not-re-reviewed": (
        "eia.unapproved-construction",
        {"eia_document": "report_form", "list_facts": {"approval_not_re_reviewed": True}},
    ),
    # 6: COD 55 mg/L against 50: multiple (55 − 50) / 50 = 0.1 is not "0.1倍以下"; 54 mg/L:
    # (54 − 50) / 50 = 0.08 is
    "cn-gd.water-over-limit.one-b-pollutant": (
        "water.over-limit",
        {
            "pollutants_over": 1,
            "exceedance_ratio": "0.08",
            "list_facts": {"class_a_pollutant": False},
        },
    ),
    "cn-gd.water-over-limit.ph": (
        "water.over-limit",
        {"list_facts": {"only_ph_over": True, "ph_value": "5.5"}},
    ),
    # colour 90 against 50 (dilution multiple): (90 − 50) / 50 = 0.8 < 1
    "cn-gd.water-over-limit.colour": (
        "water.over-limit",
        {"exceedance_ratio": "0.8", "list_facts": {"only_colour_over": True}},
    ),
    # 8: SO2 420 mg/m³ against 400: (420 − 400) / 400 = 0.05 < 0.1
    "cn-gd.air-over-limit": (
        "air.over-limit",
        {
            "pollutants_over": 1,
            "exceedance_ratio": "0.05",
            "list_facts": {"class_a_pollutant": False},
        },
    ),
    # 10: alternative (1), facilities used, and alternative (2), cannot be enclosed
    "cn-gd.voc-not-enclosed.facilities-used": (
        "air.voc-process-not-enclosed",
        {"list_facts": {"facilities_installed_and_used": True, "corrected_immediately": True}},
    ),
    "cn-gd.voc-not-enclosed.cannot-enclose": (
        "air.voc-process-not-enclosed",
        {"list_facts": {"enclosure_impossible": True}},
    ),
    "cn-gd.dusty-material-not-enclosed": ("dust.dusty-material-not-enclosed", {}),
    "cn-gd.hazardous-waste-sign": ("waste.hazardous-no-label", {}),
    "cn-gd.industrial-storage-unprotected": ("waste.industrial-storage-unprotected", {}),
    # 14: 0.08 t of waste mineral oil stored off the standard; 0.005 t mixed into general waste
    "cn-gd.hazardous-waste-storage": (
        "waste.hazardous-improper-storage-disposal",
        {
            "list_facts": {
                "mixed_into_non_hazardous": False,
                "hazardous_waste_tonnes": "0.08",
                "special_hazardous_waste": False,
            }
        },
    ),
    "cn-gd.hazardous-waste-mixing": (
        "waste.hazardous-improper-storage-disposal",
        {
            "list_facts": {
                "mixed_into_non_hazardous": True,
                "hazardous_waste_tonnes": "0.005",
                "special_hazardous_waste": False,
            }
        },
    ),
    # 16: manure left 12 days, not A-class
    "cn-gd.livestock-manure": (
        "other.livestock-waste-not-handled",
        {"list_facts": {"days_lasted": 12, "class_a_pollutant": False}},
    ),
    "cn-gd.disclosure-way": (
        "permit.environmental-info-not-disclosed",
        {"list_facts": {"disclosed_late": False}},
    ),
    "cn-gd.disclosure-late": (
        "permit.environmental-info-not-disclosed",
        {"list_facts": {"disclosed_late": True}},
    ),
    "cn-gd.permit-platform-disclosure": (
        "permit.discharge-info-not-disclosed",
        {"list_facts": {"days_lasted": 15, "class_a_pollutant": False}},
    ),
    "cn-gd.ledger-not-per-permit": (
        "monitoring.no-ledger",
        {"list_facts": {"ledger_system_established": True, "days_lasted": 20}},
    ),
}

_BREAKDOWN = {
    "sudden_breakdown": True,
    "report_hours": "6",
    "emergency_measures_taken": True,
    "daily_mean_over_standard": False,
    "in_ecological_sensitive_area": False,
}
MAY: dict[str, tuple[str, dict[str, Any]]] = {
    # 7 and 9: a pump fails at 02:00, reported at 08:00 (6 h), production stopped, daily mean
    # within the standard; under the Code (Art. 1104) the kind is the facilities' abnormal running
    "cn-gd.water-facilities-breakdown": (
        "permit.facilities-ineffective",
        {"list_facts": {**_BREAKDOWN, "air_pollution_facilities": False}},
    ),
    "cn-gd.air-facilities-breakdown": (
        "permit.facilities-ineffective",
        {"list_facts": {**_BREAKDOWN, "air_pollution_facilities": True}},
    ),
}
ALL = {**WORKED, **MAY}


def _case(kind_id: str, changes: dict[str, Any], *, code_era: bool = False) -> ViolationCase:
    act, found, fixed = (CODE_ACT, CODE_FOUND, CODE_FIXED) if code_era else (ACT, FOUND, FIXED)
    facts: dict[str, Any] = {
        "kind": kind_id,
        "occurred_on": act,
        "discovered_on": found,
        "corrected_on": fixed,
        "corrected_promptly": True,
        "harm": Harm.SLIGHT,
        **changes,
    }
    return ViolationCase.model_validate(facts)


def _decide(case: ViolationCase, *, code_era: bool = False, code: str = CODE) -> Any:
    day = CODE_DECIDED if code_era else DECIDED
    return decide_leniency(case, policy=BOOK.resolve(code, day), decided_on=day)


def _item(ident: str) -> NoPenaltyItem:
    item = BOOK.resolve(CODE, DECIDED).record(LIST_KEY, ident)
    assert isinstance(item, NoPenaltyItem)
    return item


# --- the directory as data -----------------------------------------------------------------------


def test_18_of_20_items_in_22_records() -> None:
    records = BOOK.resolve(CODE, DECIDED).records(LIST_KEY)
    assert set(records) == set(ALL)
    assert len(records) == 22
    assert sorted({r.item for r in records.values()}) == sorted(set(range(1, 21)) - {5, 15})


def test_every_item_covers_catalogue_kinds_that_are_never_never_lenient() -> None:
    for ident, item in BOOK.resolve(CODE, DECIDED).records(LIST_KEY).items():
        assert item.kinds == (ALL[ident][0],)
        for kind_id in item.kinds:
            assert not kind(kind_id).never_lenient, (ident, kind_id)
        assert item.citation.instrument.number == "粤环发〔2021〕7号"
        assert item.citation.article == 13
        assert f"附件2 item {item.item} " in (item.citation.note or "")


def test_the_effects_two_may_items_and_twenty_must_items() -> None:
    records = BOOK.resolve(CODE, DECIDED).records(LIST_KEY).values()
    may = {(r.item, r.effect) for r in records if not r.must_not_penalize}
    assert may == {(7, "may_decline"), (9, "may_decline")}
    assert all(r.list_type == "minor" for r in records)  # one directory of minor violations


# --- worked examples: covered, and each condition broken -----------------------------------------


@pytest.mark.parametrize("ident", sorted(WORKED))
def test_a_covered_case_is_not_penalized(ident: str) -> None:
    kind_id, changes = WORKED[ident]
    d = _decide(_case(kind_id, changes))
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.NOT_PENALIZED, ident)
    (reason,) = (r for r in d.reasons if r.rule_id == "leniency.list-item")
    assert reason.citation is not None
    assert reason.citation.instrument.number == "粤环发〔2021〕7号"
    assert "（广东省地方规定）" in reason.message_zh
    assert d.outcome.education_required


@pytest.mark.parametrize("ident", sorted(MAY))
def test_a_breakdown_reported_in_time_may_go_unpenalized_under_the_code(ident: str) -> None:
    kind_id, changes = MAY[ident]
    d = _decide(_case(kind_id, changes, code_era=True), code_era=True)
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.MAY_DECLINE, ident)


def _broken(c: Condition, kind_id: str, act: dt.date = ACT) -> dict[str, Any]:
    """The change that breaks condition ``c``, just past its limit."""
    prior = {"prior_violations": ({"kind": kind_id, "on": act - dt.timedelta(days=30)},)}
    special: dict[str, dict[str, Any]] = {
        "first_violation": prior,
        "first_within_12_months": prior,
        "first_in_calendar_year": prior,
        "corrected_promptly": {"corrected_promptly": False},
        "harm_at_most_slight": {"harm": Harm.HARMFUL},
        "eia_report_form": {"eia_document": EiaDocument.REPORT_BOOK},
        "pollutants_over": {"pollutants_over": 2},
        "exceedance_ratio": {"exceedance_ratio": c.value},  # "以下": the limit itself fails
    }
    if c.fact in special:
        return special[c.fact]
    if isinstance(c.value, bool):
        value: Any = not c.value
    else:
        steps: dict[str, Decimal] = {"<=": Decimal("0.001"), ">=": Decimal("-0.001")}
        step = Decimal(1) if c.fact == "days_lasted" else steps.get(c.op, Decimal(0))
        value = c.value + step
    return {"list_facts": {c.fact: value}}


def _with(changes: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = {**changes, **{k: v for k, v in extra.items() if k != "list_facts"}}
    out["list_facts"] = {**changes.get("list_facts", {}), **extra.get("list_facts", {})}
    return out


CASES = [(ident, i) for ident in sorted(ALL) for i in range(len(_item(ident).conditions))]


@pytest.mark.parametrize(("ident", "index"), CASES, ids=[f"{a}-{b}" for a, b in CASES])
def test_one_condition_broken_and_the_item_is_not_applied(ident: str, index: int) -> None:
    kind_id, changes = ALL[ident]
    condition = _item(ident).conditions[index]
    era = ident in MAY
    d = _decide(
        _case(
            kind_id,
            _with(changes, _broken(condition, kind_id, CODE_ACT if era else ACT)),
            code_era=era,
        ),
        code_era=era,
    )
    assert d.outcome.list_item != ident
    if d.outcome.list_item is not None:
        # The broken fact is what tells this item from a sibling (water / air, way / late …):
        # the sibling applies, and it asks the opposite of the broken condition.
        sibling = _item(d.outcome.list_item)
        assert any(
            c.fact == condition.fact and c.value != condition.value for c in sibling.conditions
        )
        return
    (hint,) = (
        h
        for h in d.hints
        if h.rule_id == "leniency.list-item" and _item(ident).title_zh in h.message_zh
    )
    assert condition.description_zh in hint.message_zh


# --- thresholds at the limit and one step past ---------------------------------------------------


@pytest.mark.parametrize(
    ("ident", "fact", "ok", "past"),
    [
        ("cn-gd.water-over-limit.ph", "ph_value", "5", "4.99"),
        ("cn-gd.water-over-limit.ph", "ph_value", "10", "10.01"),
        ("cn-gd.hazardous-waste-storage", "hazardous_waste_tonnes", "0.1", "0.101"),
        ("cn-gd.hazardous-waste-mixing", "hazardous_waste_tonnes", "0.01", "0.011"),
        ("cn-gd.livestock-manure", "days_lasted", 20, 21),
        ("cn-gd.permit-platform-disclosure", "days_lasted", 20, 21),
    ],
)
def test_at_the_limit_and_one_step_past(ident: str, fact: str, ok: Any, past: Any) -> None:
    kind_id, changes = WORKED[ident]
    at = _decide(_case(kind_id, _with(changes, {"list_facts": {fact: ok}})))
    beyond = _decide(_case(kind_id, _with(changes, {"list_facts": {fact: past}})))
    assert (at.outcome.list_item, beyond.outcome.list_item) == (ident, None)


@pytest.mark.parametrize(("ratio", "applies"), [("0.099", True), ("0.1", False)])
def test_below_0_1_excludes_0_1_itself(ratio: str, applies: bool) -> None:
    # Art. 23: "以下" excludes the number. SO2 440 against 400: (440 − 400) / 400 = 0.1 → no.
    kind_id, changes = WORKED["cn-gd.air-over-limit"]
    d = _decide(_case(kind_id, {**changes, "exceedance_ratio": ratio}))
    assert (d.outcome.list_item == "cn-gd.air-over-limit") is applies


@pytest.mark.parametrize(("hours", "applies"), [("24", True), ("24.5", False)])
def test_reported_within_24_hours(hours: str, applies: bool) -> None:
    kind_id, changes = MAY["cn-gd.air-facilities-breakdown"]
    case = _case(kind_id, _with(changes, {"list_facts": {"report_hours": hours}}), code_era=True)
    d = _decide(case, code_era=True)
    assert (d.outcome.list_item == "cn-gd.air-facilities-breakdown") is applies


# --- the first-violation windows: per 行政处罚法, the past year, the calendar year ------------------


@pytest.mark.parametrize(
    ("prior_on", "first"),
    [(D(2023, 2, 28), True), (D(2023, 3, 1), False)],  # the anniversary day of 2024-03-01 counts
)
def test_first_within_the_past_year_counts_back_from_the_act(
    prior_on: dt.date, first: bool
) -> None:
    kind_id, changes = WORKED["cn-gd.air-over-limit"]
    prior = (PriorViolation(kind=kind_id, on=prior_on),)
    d = _decide(_case(kind_id, {**changes, "prior_violations": prior}))
    assert (d.outcome.list_item == "cn-gd.air-over-limit") is first
    assert d.outcome.first_violation is False  # the national 24 months: item 8 is narrower


def test_first_in_the_calendar_year_is_not_the_24_month_first() -> None:
    # Item 12: a sign missing on 2024-01-10, the same found on 2023-12-20: the first of 2024,
    # though not a first violation in 24 months.
    prior = (PriorViolation(kind="waste.hazardous-no-label", on=D(2023, 12, 20)),)
    case = _case(
        "waste.hazardous-no-label",
        {
            "occurred_on": D(2024, 1, 10),
            "discovered_on": D(2024, 1, 11),
            "corrected_on": D(2024, 1, 15),
            "prior_violations": prior,
        },
    )
    d = _decide(case)
    assert d.outcome.first_violation is False
    assert (d.outcome.outcome, d.outcome.list_item) == (
        LeniencyOutcome.NOT_PENALIZED,
        "cn-gd.hazardous-waste-sign",
    )
    again = case.model_copy(
        update={
            "prior_violations": (PriorViolation(kind="waste.hazardous-no-label", on=D(2024, 1, 2)),)
        }
    )
    assert _decide(again).outcome.list_item is None


def test_the_sensitive_area_note_binds_the_may_items() -> None:
    kind_id, changes = MAY["cn-gd.water-facilities-breakdown"]
    inside = _with(changes, {"list_facts": {"in_ecological_sensitive_area": True}})
    d = _decide(_case(kind_id, inside, code_era=True), code_era=True)
    assert d.outcome.list_item is None
    assert any("生态环境敏感区" in h.message_zh for h in d.hints)


def test_a_fact_the_case_does_not_state_is_not_assumed() -> None:
    # Item 16 without the number of days: not applied, and the hint asks for it.
    d = _decide(
        _case(
            "other.livestock-waste-not-handled", {"list_facts": ListFacts(class_a_pollutant=False)}
        )
    )
    assert d.outcome.list_item is None
    assert any("days_lasted" in {c.name for c in h.changes} for h in d.hints)


# --- one fact, one value: what GuangdongFacts states, the list items read ----------------------


@pytest.mark.parametrize(
    ("ident", "list_facts", "guangdong"),
    [
        # item 14: 0.08 t, stated once for the fine tables (GuangdongFacts) serves the list too
        (
            "cn-gd.hazardous-waste-storage",
            {"mixed_into_non_hazardous": False, "special_hazardous_waste": False},
            {"hazardous_waste_tonnes": "0.08"},
        ),
        # item 6: pH 5.5, the only parameter over (GuangdongFacts.ph)
        ("cn-gd.water-over-limit.ph", {}, {"ph": "5.5"}),
        # item 16: 12 days, class B (GuangdongFacts.duration_days, pollutant_classes)
        (
            "cn-gd.livestock-manure",
            {},
            {"duration_days": "12", "pollutant_classes": ["b"]},
        ),
    ],
)
def test_a_fact_stated_for_the_tables_serves_the_list(
    ident: str, list_facts: dict[str, Any], guangdong: dict[str, Any]
) -> None:
    kind_id, _ = WORKED[ident]
    d = _decide(_case(kind_id, {"list_facts": list_facts, "guangdong": guangdong}))
    assert (d.outcome.outcome, d.outcome.list_item) == (LeniencyOutcome.NOT_PENALIZED, ident)


def test_a_class_a_pollutant_or_an_ecological_area_stated_for_the_tables_binds_the_list() -> None:
    # Item 16 needs a pollutant not of class A: a toxic one stated in GuangdongFacts fails it.
    kind_id, _ = WORKED["cn-gd.livestock-manure"]
    toxic = {"duration_days": "12", "pollutant_classes": ["b", "toxic"]}
    assert _decide(_case(kind_id, {"guangdong": toxic})).outcome.list_item is None
    # The may items' note: an outlet in a drinking-water first-level zone is ecologically
    # sensitive, stated once as an area.
    kind_id, changes = MAY["cn-gd.water-facilities-breakdown"]
    inside = _with(changes, {"guangdong": {"areas": ["drinking_water_first"]}})
    outside = _with(changes, {"guangdong": {"areas": ["general"]}})
    for case in (inside, outside):  # the sensitive-area fact stated once, as an area
        del case["list_facts"]["in_ecological_sensitive_area"]
    assert _decide(_case(kind_id, outside, code_era=True), code_era=True).outcome.list_item
    assert _decide(_case(kind_id, inside, code_era=True), code_era=True).outcome.list_item is None


@pytest.mark.parametrize(
    ("list_facts", "guangdong", "field"),
    [
        (
            {"hazardous_waste_tonnes": "0.08"},
            {"hazardous_waste_tonnes": "0.2"},
            "hazardous_waste_tonnes",
        ),
        ({"ph_value": "5.5"}, {"ph": "5.4"}, "ph_value"),
        ({"only_ph_over": False}, {"ph": "5.4"}, "only_ph_over"),
        ({"days_lasted": 12}, {"duration_days": "13"}, "days_lasted"),
        ({"class_a_pollutant": False}, {"pollutant_classes": ["a"]}, "class_a_pollutant"),
        ({"class_a_pollutant": True}, {"pollutant_classes": ["b"]}, "class_a_pollutant"),
        (
            {"in_residential_sensitive_area": False},
            {"areas": ["residential"]},
            "in_residential_sensitive_area",
        ),
        (
            {"in_ecological_sensitive_area": True},
            {"areas": ["general"]},
            "in_ecological_sensitive_area",
        ),
    ],
)
def test_a_list_fact_that_contradicts_guangdong_facts_is_refused(
    list_facts: dict[str, Any], guangdong: dict[str, Any], field: str
) -> None:
    with pytest.raises(InvalidInputError) as err:
        _case("water.over-limit", {"list_facts": list_facts, "guangdong": guangdong})
    assert err.value.field == f"list_facts.{field}"
    # The same value twice is no contradiction; VOC waste gas alone says nothing of class A.
    _case(
        "water.over-limit",
        {"list_facts": {"days_lasted": 12}, "guangdong": {"duration_days": "12"}},
    )
    _case(
        "water.over-limit",
        {"list_facts": {"class_a_pollutant": True}, "guangdong": {"pollutant_classes": ["voc"]}},
    )


def test_items_match_by_kind_under_the_code_too() -> None:
    # 大气法 Art. 99(2) until 2026-08-14, Code Art. 1107 from 2026-08-15: item 8 matches both.
    kind_id, changes = WORKED["cn-gd.air-over-limit"]
    for act in (D(2026, 8, 14), D(2026, 8, 15)):
        case = _case(
            kind_id,
            {
                **changes,
                "occurred_on": act,
                "discovered_on": act,
                "corrected_on": act + dt.timedelta(days=3),
            },
        )
        d = _decide(case, code_era=True)
        assert d.outcome.list_item == "cn-gd.air-over-limit", act
    basis = kind(kind_id).basis_on(D(2026, 8, 15))
    assert basis is not None
    assert basis.citation.article == 1107


def test_dongguan_inherits_the_directory() -> None:
    kind_id, changes = WORKED["cn-gd.livestock-manure"]
    d = _decide(_case(kind_id, changes), code="CN-GD-DG")
    assert d.outcome.list_item == "cn-gd.livestock-manure"
