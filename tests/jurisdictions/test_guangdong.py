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

import pytest

from ecoreg import (
    ApologyPledge,
    Harm,
    JurisdictionLevel,
    LeniencyOutcome,
    PriorViolation,
    ViolationCase,
    decide_fine,
    decide_leniency,
    standard_policy_book,
)
from ecoreg.jurisdictions import guangdong

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD"
CHILDREN = {"CN-GD-DG", "CN-GD-GZ", "CN-GD-JM"}
LIST_KEY = "leniency.no_penalty_list"
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
    assert set(version["parameters"]) == {LIST_KEY}
    assert version["instrument"]["number"] == "粤环发〔2021〕7号"


@pytest.mark.parametrize("day", DAYS)
def test_it_sets_only_the_directory(day: dt.date) -> None:
    province = BOOK.resolve(CODE, day)
    national = BOOK.resolve("CN", day)
    assert province.parameters.keys() - national.parameters.keys() == (
        {LIST_KEY} if day >= D(2022, 1, 1) else set()
    )
    for key, resolved in national.parameters.items():
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


def test_dongguans_apology_reduction_stops_at_the_city_boundary() -> None:
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

    assert final("CN-GD-DG") == Decimal("50000.00")
    assert final(CODE) == Decimal("100000.00")
    assert final("CN-GD-GZ") == Decimal("100000.00")
