"""Worked examples from the Code's text (issue 21): the ranges each article gives for a case.

Each example is decided through ``decide_fine`` where a case is natural, so that the article's
band, its citation and the range a bureau sees are checked together.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ecoreg import ViolationCase, decide_fine, standard_policy_book
from ecoreg.core._fine_rules import CaseFacts
from ecoreg.exceptions import MissingFactError
from ecoreg.law import catalogue

BOOK = standard_policy_book()
ACT = dt.date(2026, 9, 1)
DECIDED = dt.date(2026, 9, 20)


def decide(kind: str, *, act: dt.date = ACT, decided: dt.date = DECIDED, **facts: Any) -> Any:
    case = ViolationCase.from_data(
        {"kind": kind, "occurred_on": act, "discovered_on": act, "harm": "slight", **facts}
    )
    return decide_fine(case, policy=BOOK.resolve("CN", decided), decided_on=decided)


def span(decision: Any) -> tuple[int, int]:
    return int(decision.outcome.statutory_min), int(decision.outcome.statutory_max)


@pytest.mark.parametrize(
    ("document", "serious", "expected"),
    [
        ("report_book", False, (200_000, 1_000_000)),
        ("report_form", False, (100_000, 500_000)),
        ("report_book", True, (1_000_000, 10_000_000)),
        ("report_form", True, (500_000, 5_000_000)),
    ],
)
def test_code_1095_building_before_approval_by_document_and_seriousness(
    document: str, serious: bool, expected: tuple[int, int]
) -> None:
    d = decide("eia.unapproved-construction", eia_document=document, serious=serious)
    assert span(d) == expected
    assert (d.outcome.basis.article, d.outcome.basis.paragraph) == (1095, 1)


def test_code_1095_needs_the_eia_document_and_says_which_article_needs_it() -> None:
    with pytest.raises(MissingFactError) as info:
        decide("eia.unapproved-construction")
    assert info.value.field == "eia_document"
    assert "1095" in info.value.allowed


def test_code_1175_item_1_unmarked_hazardous_waste_and_after_a_refusal() -> None:
    assert span(decide("waste.hazardous-no-label")) == (50_000, 200_000)
    refused = decide("waste.hazardous-no-label", refused_to_correct=True)
    assert span(refused) == (200_000, 1_000_000)
    assert (refused.outcome.basis.article, refused.outcome.basis.item) == (1175, 1)


def test_code_1104_paragraph_1_facilities_not_run_as_the_permit_says() -> None:
    d = decide("permit.facilities-not-run-per-permit")
    assert span(d) == (20_000, 50_000)
    assert (d.outcome.basis.article, d.outcome.basis.paragraph) == (1104, 1)
    assert span(decide("permit.facilities-ineffective")) == (50_000, 200_000)


def test_code_1229_obstructing_an_inspection_with_the_persons_fine() -> None:
    d = decide("other.obstructing-inspection")
    assert span(d) == (50_000, 200_000)
    persons = d.outcome.persons
    assert persons is not None
    assert (persons.statutory_min, persons.statutory_max) == (Decimal(5000), Decimal(50_000))


def test_code_1102_industrial_noise_without_a_permit() -> None:
    d = decide("noise.industrial-no-permit")
    assert span(d) == (20_000, 200_000)
    assert d.outcome.basis.article == 1102
    assert span(decide("air.no-permit")) == (200_000, 1_000_000)


def test_a_goods_value_multiple_with_its_50000_floor() -> None:
    rule = catalogue.kind("monitoring.nonconforming-equipment-sold").basis_on(ACT)
    assert rule is not None
    small = rule.range_for(CaseFacts(goods_value=Decimal(12_000)))
    assert (small.low, small.high) == (Decimal(50_000), Decimal(250_000))
    large = rule.range_for(CaseFacts(goods_value=Decimal(80_000)))
    assert (large.low, large.high) == (Decimal(80_000), Decimal(400_000))
    with pytest.raises(MissingFactError) as info:
        rule.range_for(CaseFacts())
    assert info.value.field == "goods_value"


@pytest.mark.parametrize(
    ("grade", "expected"),
    [
        ("general", (300_000, 1_000_000)),
        ("large", (1_000_000, 2_000_000)),
        ("major", (2_000_000, 10_000_000)),
        ("especially_major", (10_000_000, 20_000_000)),
    ],
)
def test_code_1236_accident_bands_by_grade(grade: str, expected: tuple[int, int]) -> None:
    d = decide("other.accident-other", accident_grade=grade)
    assert span(d) == expected
    assert d.outcome.basis.article == 1236


def test_code_1236_especially_serious_is_two_to_five_times_the_band() -> None:
    d = decide("other.accident-other", accident_grade="general", especially_serious=True)
    assert span(d) == (600_000, 5_000_000)


@pytest.mark.parametrize(
    ("investment", "applied_article", "expected"),
    [
        # 10,000,000 invested: the old law gives 100,000–500,000, lighter than the Code's
        # 200,000–1,000,000, so the law at the act applies.
        (10_000_000, 31, (100_000, 500_000)),
        # 100,000,000 invested: the old law gives 1,000,000–5,000,000; the Code is lighter.
        (100_000_000, 1095, (200_000, 1_000_000)),
    ],
)
def test_building_before_approval_choice_of_law_depends_on_the_investment(
    investment: int, applied_article: int, expected: tuple[int, int]
) -> None:
    d = decide(
        "eia.unapproved-construction",
        act=dt.date(2026, 7, 1),
        decided=DECIDED,
        eia_document="report_book",
        project_investment=investment,
    )
    assert span(d) == expected
    assert d.outcome.basis.article == applied_article
    choice = next(r for r in d.reasons if r.rule_id == "law.choice")
    assert "百分之一以上百分之五以下" in choice.message_zh  # the old rule, in the law's shape
    assert "1%" not in choice.message_en


def test_a_fine_only_after_a_refusal_is_no_fine_without_one() -> None:
    kind = next(
        k
        for k in catalogue.by_citation("生态环境法典", 1166, on=ACT)
        if k.basis_on(ACT) is not None
    )
    d = decide(kind.id)
    assert d.outcome.fined is False
    assert d.outcome.final == Decimal("0.00")
    assert any(h.rule_id == "fine.none" for h in d.hints)
    fined = decide(kind.id, refused_to_correct=True)
    assert fined.outcome.fined is True
    assert span(fined) == (20_000, 100_000)


def test_per_vehicle_fines_count_the_vehicles() -> None:
    d = decide("air.emission-control-tampering-owner", count=3, count_unit="vehicle_or_ship")
    assert span(d) == (15_000, 15_000)


# --- rounding within a range that has fen in its bounds (a share or a multiple of an amount) ---

OLD_ACT, OLD_DECIDED = dt.date(2025, 6, 1), dt.date(2025, 7, 1)


def test_a_range_with_no_whole_yuan_keeps_the_fen_and_is_not_a_reduction() -> None:
    # 海洋环境保护法 (2023) Art. 115(1): 20 % of the direct loss; a 3-yuan loss fines 0.60.
    d = decide(
        "other.accident-marine", act=OLD_ACT, decided=OLD_DECIDED,
        direct_loss="3", accident_grade="general", party_type="unit",
    )  # fmt: skip
    assert (d.outcome.statutory_min, d.outcome.statutory_max) == (Decimal("0.60"),) * 2
    assert d.outcome.final == Decimal("0.60")
    assert "fine.below-minimum" not in d.rule_ids
    assert all(s.amount <= d.outcome.statutory_max for s in d.outcome.steps)


@pytest.mark.parametrize(
    ("goods_value", "expected"),
    [
        ("0.40", Decimal("1.00")),  # 0.40–1.20: down to 0 leaves the range, up to 1 stays in it
        ("0.70", Decimal("1.00")),  # 0.70–2.10
        ("0.55", Decimal("1.00")),  # 0.55–1.65
        ("10.30", Decimal("11.00")),  # 10.30–30.90: the base rounds to 10, below the range
    ],
)
def test_rounding_to_the_yuan_stays_within_a_multiple_of_the_goods_value(
    goods_value: str, expected: Decimal
) -> None:
    # 大气法 Art. 103(4): one to three times the goods value.
    d = decide(
        "air.high-pollution-fuel-sale-in-ban-zone", act=OLD_ACT, decided=OLD_DECIDED,
        goods_value=goods_value,
    )  # fmt: skip
    lo, hi = d.outcome.statutory_min, d.outcome.statutory_max
    assert lo == Decimal(goods_value)
    assert lo <= d.outcome.final <= hi
    assert d.outcome.final == expected
    assert "fine.below-minimum" not in d.rule_ids


def test_a_provision_always_fining_the_act_needs_its_facts_to_compare() -> None:
    # 碳排放权交易管理暂行条例 Art. 24 (5–10 times the allowances' value) beside Code Art. 1226 ¶2.
    with pytest.raises(MissingFactError) as info:
        decide("low_carbon.allowances-not-surrendered")
    assert info.value.field == "unsurrendered_allowance_value"
    assert "Art. 24, which also fines the act" in info.value.allowed
    d = decide("low_carbon.allowances-not-surrendered", unsurrendered_allowance_value="300000")
    assert span(d) == (1_000_000, 5_000_000)  # 1.5–3 million under Art. 24: the Code fines more
    assert "fine.concurrent" in d.rule_ids
    d = decide("low_carbon.allowances-not-surrendered", unsurrendered_allowance_value="600000")
    assert span(d) == (3_000_000, 6_000_000)  # now Art. 24 fines more, and applies
    assert d.outcome.basis.article == 24
