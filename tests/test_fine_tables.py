"""Local fine tables written for a multiple or share of a case amount (``statute``).

The tables here are test data, not a jurisdiction's: the arithmetic is the engine's. Guangdong's
real tables of this form (粤环发〔2021〕7号 附件1 §§1.1, 1.5, 3.20 …) are tested with Guangdong.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ecoreg import ViolationCase, decide_fine, standard_policy_book
from ecoreg.core import DiscretionTable
from ecoreg.exceptions import InvalidInputError
from policy_helpers import local_measure

D = dt.date
DAY = D(2026, 3, 10)  # acts and decisions before the Code (2026-08-15)
BOOK = standard_policy_book()
CITE = {"instrument": {"id": "t", "name_zh": "表", "name_en": "table", "in_force": "2026-01-01"}}


def _factor(fact: str) -> dict[str, Any]:
    """One factor of two levels: the fact false (rank/weight 0) or true (rank 1, weight 10 %)."""
    return {
        "id": fact,
        "label_zh": "因素",
        "label_en": "factor",
        "levels": [
            {
                "label_zh": "否",
                "label_en": "no",
                "score": "0",
                "when": [{"fact": fact, "equals": False}],
            },
            {
                "label_zh": "是",
                "label_en": "yes",
                "score": "1",
                "when": [{"fact": fact, "equals": True}],
            },
        ],
    }


def _weights_factor(fact: str) -> dict[str, Any]:
    got = _factor(fact)
    got["levels"][1]["score"] = "0.10"
    return got


# 环境影响评价法 Art. 31 ¶1: 建设项目总投资额百分之一以上百分之五以下 (kind eia.unapproved-construction).
SHARE_WEIGHTS: dict[str, Any] = {
    "id": "t.share-weights",
    "mode": "weights",
    "kinds": ["eia.unapproved-construction"],
    "section": "§1",
    "title_zh": "未批先建",
    "title_en": "building without approval",
    "statute": {"shape": "share", "base": "project_investment", "min": "0.01", "max": "0.05"},
    "start": "0.20",
    "factors": [_weights_factor("refused_to_correct")],
    "citation": CITE,
}

# 环境影响评价法 Art. 32 ¶2: 所收费用三倍以上五倍以下 (kind eia.technical-unit-defective-report).
MULTIPLE_BANDS: dict[str, Any] = {
    "id": "t.multiple-bands",
    "mode": "bands",
    "kinds": ["eia.technical-unit-defective-report"],
    "section": "§2",
    "title_zh": "技术单位",
    "title_en": "technical unit",
    "statute": {"shape": "multiple", "base": "service_fee", "min": "3", "max": "5"},
    "factors": [_factor("refused_to_correct")],
    "bands": [
        {"levels": {"refused_to_correct": 0}, "rate_min": "3", "rate_max": "3.5"},
        {"levels": {"refused_to_correct": 1}, "rate_min": "5", "rate_max": "5"},
    ],
    "citation": CITE,
}


def _policy(*tables: dict[str, Any]) -> Any:
    data = local_measure({"discretion.method": "tables", "discretion.tables": list(tables)})
    return BOOK.extend(data).resolve("CN-TJ", DAY)


def _case(kind: str, **facts: object) -> ViolationCase:
    return ViolationCase.model_validate(
        {
            "kind": kind,
            "occurred_on": D(2026, 1, 5),
            "discovered_on": D(2026, 1, 6),
            "harm": "harmful",
            **facts,
        }
    )


def _table_step(kind: str, policy: Any, **facts: object) -> Any:
    d = decide_fine(_case(kind, **facts), policy=policy, decided_on=DAY)
    steps = [s for s in d.outcome.steps if s.rule_id == "fine.table"]
    return d, (steps[0] if steps else None)


def test_a_weight_table_for_a_share_of_the_investment() -> None:
    policy = _policy(SHARE_WEIGHTS)
    kind = "eia.unapproved-construction"
    # Investment 20,000,000: the range is 1 %-5 %, 200,000 to 1,000,000. Start 20 %, not refusing
    # 0 %: 20 % × 1,000,000 = 200,000 (here exactly the statutory minimum, not raised).
    _, step = _table_step(kind, policy, project_investment="20000000")
    assert step.amount == Decimal("200000.00")
    assert "raised_to_minimum" not in step.label_en
    # Refusing: 20 % + 10 % = 30 % × 1,000,000 = 300,000.
    _, step = _table_step(kind, policy, project_investment="20000000", refused_to_correct=True)
    assert step.amount == Decimal("300000.00")
    assert "total 30%, 30% of the statutory maximum 1000000.00 yuan" in step.label_en


def test_a_weight_table_amount_under_the_share_minimum_is_raised() -> None:
    low_start = {**SHARE_WEIGHTS, "start": "0.10"}
    # Investment 1,000,000: range 10,000 to 50,000; 10 % × 50,000 = 5,000 < 10,000: raised.
    _, step = _table_step(
        "eia.unapproved-construction", _policy(low_start), project_investment="1000000"
    )
    assert step.amount == Decimal("10000.00")
    assert "raised to it" in step.label_en


def test_a_band_table_in_multiples_of_the_fee() -> None:
    policy = _policy(MULTIPLE_BANDS)
    kind = "eia.technical-unit-defective-report"
    # Fee 100,000; band 3 to 3.5 times → midpoint 3.25 × 100,000 = 325,000.
    _, step = _table_step(kind, policy, service_fee="100000")
    assert step.amount == Decimal("325000.00")
    assert "service_fee 100000.00 yuan" in step.label_en
    assert "所收费用3倍至3.5倍" in step.label_zh
    # The single-figure row: 5 times exactly, the statutory maximum.
    _, step = _table_step(kind, policy, service_fee="100000", refused_to_correct=True)
    assert step.amount == Decimal("500000.00")
    assert "罚款区间所收费用5倍（所收费用按100000.00元计）" in step.label_zh
    assert "band 5 times service_fee (service_fee 100000.00 yuan)" in step.label_en
    # Table amounts are whole yuan, half up: 1,002 × 3.25 = 3,256.50 → 3,257; 1,001 × 3.25 =
    # 3,253.25 → 3,253 (both inside 3,003-5,005 and 3,006-5,010).
    _, step = _table_step(kind, policy, service_fee="1002")
    assert step.amount == Decimal("3257.00")
    _, step = _table_step(kind, policy, service_fee="1001")
    assert step.amount == Decimal("3253.00")


def test_a_table_for_another_multiple_or_base_does_not_fit() -> None:
    kind = "eia.technical-unit-defective-report"
    for statute in (
        {"shape": "multiple", "base": "service_fee", "min": "1", "max": "3"},
        {"shape": "multiple", "base": "goods_value", "min": "3", "max": "5"},
        {"shape": "multiple", "base": "service_fee", "min": "3", "max": "5", "base_floor": "1"},
        {"shape": "share", "base": "service_fee", "min": "0.03", "max": "0.05"},
    ):
        rows = [
            {
                **row,
                "rate_min": str(min(Decimal(row["rate_min"]), Decimal(statute["max"]))),
                "rate_max": statute["max"],
            }
            for row in MULTIPLE_BANDS["bands"]
        ]
        rows = [{**r, "rate_min": statute.get("min", "0")} for r in rows]
        other = {**MULTIPLE_BANDS, "statute": statute, "bands": rows}
        d, step = _table_step(kind, _policy(other), service_fee="100000")
        assert step is None, statute
        (reason,) = (r for r in d.reasons if r.rule_id == "fine.table.not-fitting")
        assert "三倍以上五倍以下" in reason.message_zh


def test_a_table_in_yuan_does_not_fit_a_multiple() -> None:
    in_yuan = {
        **MULTIPLE_BANDS,
        "statute": None,
        "statutory_min": "300000",
        "statutory_max": "500000",
        "bands": [
            {"levels": {"refused_to_correct": 0}, "min": "300000", "max": "350000"},
            {"levels": {"refused_to_correct": 1}, "min": "500000", "max": "500000"},
        ],
    }
    del in_yuan["statute"]
    # A fee of 100,000 gives exactly 300,000-500,000, but the statute is a multiple of the fee:
    # the yuan table was written for another rule, and the same figures do not make it fit.
    d, step = _table_step(
        "eia.technical-unit-defective-report", _policy(in_yuan), service_fee="100000"
    )
    assert step is None
    assert "fine.table.not-fitting" in d.rule_ids


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"statutory_min": "1", "statutory_max": "2"}, "statute"),
        ({"statute": {"shape": "range", "min": "1", "max": "2"}}, "statute"),
        ({"statute": None}, "statutory_min"),
        (
            {
                "bands": [
                    {"levels": {"refused_to_correct": r}, "min": "1", "max": "2"} for r in (0, 1)
                ]
            },
            "bands",
        ),
        (
            {
                "bands": [
                    {"levels": {"refused_to_correct": 0}, "rate_min": "3", "rate_max": "3.5"},
                    {"levels": {"refused_to_correct": 1}, "rate_min": "5", "rate_max": "6"},
                ]
            },
            "bands",
        ),
        (
            {
                "bands": [
                    {"levels": {"refused_to_correct": 0}, "rate_min": "2", "rate_max": "3.5"},
                    {"levels": {"refused_to_correct": 1}, "rate_min": "5", "rate_max": "5"},
                ]
            },
            "bands",
        ),
        (
            {
                "bands": [
                    {
                        "levels": {"refused_to_correct": 0},
                        "rate_min": "3",
                        "rate_max": "3.5",
                        "min": "1",
                        "max": "2",
                    },
                    {"levels": {"refused_to_correct": 1}, "rate_min": "5", "rate_max": "5"},
                ]
            },
            "bands.0.rate_min",
        ),
        (
            {
                "bands": [
                    {"levels": {"refused_to_correct": 0}, "rate_min": "3"},
                    {"levels": {"refused_to_correct": 1}, "rate_min": "5", "rate_max": "5"},
                ]
            },
            "bands.0.rate_max",
        ),
        (
            {
                "bands": [
                    {"levels": {"refused_to_correct": 0}, "rate_min": "3.5", "rate_max": "3"},
                    {"levels": {"refused_to_correct": 1}, "rate_min": "5", "rate_max": "5"},
                ]
            },
            "bands.0.rate_max",
        ),
    ],
)
def test_a_malformed_proportional_table_is_refused(change: dict[str, Any], field: str) -> None:
    data = {**MULTIPLE_BANDS, **change}
    data = {k: v for k, v in data.items() if v is not None}
    with pytest.raises(InvalidInputError) as err:
        DiscretionTable.model_validate(data)
    assert err.value.field == field


def test_a_table_in_yuan_needs_both_ends() -> None:
    data = {k: v for k, v in MULTIPLE_BANDS.items() if k not in {"statute", "bands"}}
    data |= {"mode": "weights", "start": "0.1", "statutory_min": "1"}
    with pytest.raises(InvalidInputError) as err:
        DiscretionTable.model_validate(data)
    assert err.value.field == "statutory_max"
    assert "statute" in err.value.allowed


def test_a_table_of_one_band_has_no_factors() -> None:
    one_band = {
        "id": "t.one-band",
        "mode": "bands",
        "kinds": ["air.over-limit"],
        "section": "§3",
        "title_zh": "超标排放",
        "title_en": "over the limit",
        "statutory_min": "100000",
        "statutory_max": "1000000",
        "bands": [{"levels": {}, "min": "100000", "max": "200000"}],
        "citation": CITE,
    }
    # 大气污染防治法 Art. 99 (acts before the Code): 100,000-1,000,000; the one band's midpoint.
    _, step = _table_step("air.over-limit", _policy(one_band))
    assert step.amount == Decimal("150000.00")
    assert (
        step.label_zh
        == "裁量表§3（幅度罚款）：罚款区间100000.00元至200000.00元，一般处罚按平均金额"
    )
    two = {**one_band, "bands": [*one_band["bands"], *one_band["bands"]]}
    with pytest.raises(InvalidInputError) as err:
        DiscretionTable.model_validate(two)
    assert err.value.field == "bands"


# --- the persons responsible (party: persons) ---------------------------------------------------

# 生态环境法典 Art. 1088 (acts from 2026-08-15): the unit 100,000-1,000,000, and 直接负责的主管人员和
# 其他直接责任人员 50,000-200,000.
PERSONS: dict[str, Any] = {
    "id": "t.persons",
    "mode": "weights",
    "party": "persons",
    "kinds": ["monitoring.falsified-data"],
    "section": "§4",
    "title_zh": "监测数据弄虚作假（对个人）",
    "title_en": "falsified monitoring data (persons)",
    "statutory_min": "50000",
    "statutory_max": "200000",
    "start": "0.25",
    "factors": [_weights_factor("refused_to_correct")],
    "citation": CITE,
}
CODE_DAY = D(2026, 10, 9)


def _code_fine(policy_tables: tuple[dict[str, Any], ...], **facts: object) -> Any:
    data = local_measure({"discretion.method": "tables", "discretion.tables": list(policy_tables)})
    policy = BOOK.extend(data).resolve("CN-TJ", CODE_DAY)
    case = ViolationCase.model_validate(
        {
            "kind": "monitoring.falsified-data",
            "occurred_on": D(2026, 9, 1),
            "discovered_on": D(2026, 9, 3),
            "harm": "harmful",
            **facts,
        }
    )
    return decide_fine(case, policy=policy, decided_on=CODE_DAY)


def test_a_persons_table_gives_each_person_an_amount() -> None:
    # 25 % × 200,000 = 50,000 (the persons' minimum); refusing: 35 % × 200,000 = 70,000.
    d = _code_fine((PERSONS,))
    assert d.outcome.persons.amount == Decimal("50000.00")
    assert d.outcome.persons.table == "t.persons"
    (reason,) = (r for r in d.reasons if r.rule_id == "fine.persons.table")
    assert reason.message_zh.startswith("直接负责的主管人员和其他直接责任人员每人罚款50000.00元")
    assert "scored at the lowest level" not in reason.message_en  # the fact is stated (False)
    refusing = _code_fine((PERSONS,), refused_to_correct=True)
    assert refusing.outcome.persons.amount == Decimal("70000.00")
    # The unit's own fine does not use the persons' table: the default method.
    assert "fine.base" in [s.rule_id for s in d.outcome.steps]
    assert "fine.table" not in [s.rule_id for s in d.outcome.steps]


def test_a_persons_table_for_another_range_is_not_applied_and_said_so() -> None:
    other = {**PERSONS, "statutory_min": "20000", "statutory_max": "100000"}
    d = _code_fine((other,))
    assert d.outcome.persons.amount is None
    (reason,) = (r for r in d.reasons if r.rule_id == "fine.table.not-fitting")
    assert "责任人员的法定幅度" in reason.message_zh
    assert "the persons' range" in reason.message_en


def test_a_units_table_is_not_the_persons_and_the_persons_not_the_units() -> None:
    unit = {**PERSONS, "id": "t.unit", "party": "unit", "statutory_min": "100000"}
    unit["statutory_max"] = "1000000"
    d = _code_fine((unit, PERSONS), refused_to_correct=True)
    # The unit: 25 % + 10 % = 35 % × 1,000,000 = 350,000; each person 35 % × 200,000 = 70,000.
    assert [s.amount for s in d.outcome.steps if s.rule_id == "fine.table"] == [
        Decimal("350000.00")
    ]
    assert d.outcome.persons.amount == Decimal("70000.00")
    assert d.outcome.persons.table == "t.persons"


def test_a_party_who_is_an_individual_has_no_persons_responsible() -> None:
    # A natural person has no 直接负责的主管人员和其他直接责任人员: no persons' fine, no table.
    unit = _code_fine((PERSONS,), party_type="unit")
    assert unit.outcome.persons.amount == Decimal("50000.00")
    individual = _code_fine((PERSONS,), party_type="individual")
    assert individual.outcome.persons is None
    assert "fine.persons.table" not in individual.rule_ids
    assert _code_fine((PERSONS,), party_type="other_operator").outcome.persons is not None
