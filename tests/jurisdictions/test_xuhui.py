"""Xuhui District (徐汇区, CN-SH-XH), Shanghai.

Measure: 徐汇区2025年度涉企行政检查计划 (seed: "上海徐汇严把‘四关’规范涉企执法检查"; no document
number; in force 2025-01-01): A–D grading of inspection targets on "credit + risk", data
verified off-site before on-site checks (数据先行) for grades A, B and C, and no inspection
without an inspection code (检查码).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ecoreg import (
    EnterpriseProfile,
    Grade,
    InspectionTask,
    JurisdictionLevel,
    Severity,
    TaskOutcome,
    ViolationRecord,
    grade_enterprise,
    issue_code,
    plan_inspections,
    standard_policy_book,
    verify_code,
)
from ecoreg.jurisdictions import xuhui

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-SH-XH"
KEYS = {"grading.method", "supervision.offsite_first_grades"}
GRADES = {"F-A": "A", "F-B": "B", "F-C": "C", "F-D": "D"}
SECRET = b"the Xuhui bureau's own secret key"


def _tasks(start: str, end: str) -> list[InspectionTask]:
    return [
        InspectionTask.model_validate(
            {
                "id": grade.lower(),
                "enterprise": f"F-{grade}",
                "department": "大气环境科",
                "purposes": ["排污许可执行情况"],
                "window_start": start,
                "window_end": end,
            }
        )
        for grade in "ABCD"
    ]


def _outcomes(code: str, day: dt.date, start: str, end: str) -> dict[str, TaskOutcome]:
    plan = plan_inspections(
        _tasks(start, end), gradings=GRADES, policy=BOOK.resolve(code, day), year=day.year
    )
    return dict(plan.outcome)


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert xuhui.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "徐汇区", "Xuhui District")
    assert entry.level is JurisdictionLevel.DISTRICT
    assert entry.parent == "CN-SH"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", "CN-SH", CODE)


def test_the_module_sets_these_parameters_and_no_others() -> None:
    (measure,) = xuhui.DATA["measures"]
    assert measure["id"] == "cn-sh-xh.inspection-grading"
    (version,) = measure["versions"]
    assert set(version["parameters"]) == KEYS
    assert version["in_force_from"] == "2025-01-01"
    assert "in_force_until" not in version


# --- dates in force ------------------------------------------------------------------------------


def test_in_force_from_2025_01_01_replacing_the_national_defaults() -> None:
    before = BOOK.resolve(CODE, D(2024, 12, 31))
    first = BOOK.resolve(CODE, D(2025, 1, 1))
    for key in KEYS:
        assert before.get(key).measure == "ecoreg.defaults.grading", key
        assert first.get(key).measure == "cn-sh-xh.inspection-grading", key
        assert first.get(key).in_force_from == D(2025, 1, 1), key
    assert before.as_tuple("supervision.offsite_first_grades") == ("A", "B")
    assert first.as_tuple("supervision.offsite_first_grades") == ("A", "B", "C")
    assert (before.valid_until, first.valid_from) == (D(2024, 12, 31), D(2025, 1, 1))


# --- values and citation -------------------------------------------------------------------------


def test_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_str("grading.method") == "matrix"
    assert policy.as_tuple("supervision.offsite_first_grades") == ("A", "B", "C")
    for key in KEYS:
        resolved = policy.get(key)
        assert (resolved.jurisdiction, resolved.basis) == (CODE, "seed"), key
        citation = policy.citation(key)
        assert citation.instrument.id == "cn-sh-xh.inspection-plan.2025", key
        assert citation.instrument.name_zh == "徐汇区2025年度涉企行政检查计划（报道）", key
        assert citation.instrument.issuer_zh == "上海市徐汇区生态环境局", key
        assert citation.instrument.in_force == D(2025, 1, 1), key
    assert "credit + risk" in (policy.citation("grading.method").note or "")
    assert "数据先行" in (policy.citation("supervision.offsite_first_grades").note or "")
    # The district's plan does not reach Shanghai as a whole.
    assert BOOK.resolve("CN-SH", D(2026, 3, 10)).as_tuple("supervision.offsite_first_grades") == (
        "A",
        "B",
    )


# --- worked cases --------------------------------------------------------------------------------


def test_grade_c_firms_are_checked_off_site_first_from_2025() -> None:
    off, on = TaskOutcome.OFFSITE, TaskOutcome.APPROVED
    xuhui_2025 = _outcomes(CODE, D(2025, 1, 1), "2025-01-05", "2025-01-31")
    assert xuhui_2025 == {"a": off, "b": off, "c": off, "d": on}
    xuhui_2024 = _outcomes(CODE, D(2024, 12, 31), "2024-12-02", "2024-12-31")
    assert xuhui_2024 == {"a": off, "b": off, "c": on, "d": on}
    shanghai = _outcomes("CN-SH", D(2025, 1, 1), "2025-01-05", "2025-01-31")
    assert shanghai == {"a": off, "b": off, "c": on, "d": on}
    plan = plan_inspections(
        _tasks("2025-01-05", "2025-01-31"),
        gradings=GRADES,
        policy=BOOK.resolve(CODE, D(2025, 1, 1)),
        year=2025,
    )
    (reason,) = plan.decision("c").reasons
    assert reason.rule_id == "inspections.offsite"
    assert reason.citation is not None
    assert reason.citation.instrument.id == "cn-sh-xh.inspection-plan.2025"


def test_a_firm_graded_c_on_credit_plus_risk_is_supervised_off_site_first() -> None:
    firm = EnterpriseProfile.from_data(
        {"credit_code": "91350200776049653A", "name": "Example Co.", "jurisdiction": CODE}
    )
    history = [
        ViolationRecord(on=D(2024, 5, 1), severity=Severity.SERIOUS),
        ViolationRecord(on=D(2024, 9, 1), severity=Severity.SERIOUS),
    ]
    before = grade_enterprise(
        firm, history, policy=BOOK.resolve(CODE, D(2024, 12, 31)), on=D(2024, 12, 31)
    ).outcome
    first = grade_enterprise(
        firm, history, policy=BOOK.resolve(CODE, D(2025, 1, 1)), on=D(2025, 1, 1)
    ).outcome
    assert (first.credit_score, first.grade) == (Decimal(60), Grade.C)  # 100 − 2 × 20: 警示
    assert before.grade is Grade.C
    assert before.supervision.offsite_first is False
    assert first.supervision.offsite_first is True


def test_the_on_site_visit_of_a_grade_d_firm_needs_its_code_on_the_day() -> None:
    policy = BOOK.resolve(CODE, D(2025, 1, 1))
    plan = plan_inspections(
        _tasks("2025-01-05", "2025-01-31"), gradings=GRADES, policy=policy, year=2025
    )
    (visit,) = plan.visits
    assert (visit.enterprise, visit.grade, visit.on) == ("F-D", Grade.D, D(2025, 1, 6))
    code = issue_code(
        visit,
        agency="上海市徐汇区生态环境局",
        inspectors=["A001", "A002"],
        key=SECRET,
        policy=policy,
    )
    check = verify_code(code, key=SECRET, on=visit.on)
    assert check.outcome.valid
    assert check.outcome.code is not None
    assert (check.outcome.code.enterprise, check.outcome.code.agency) == (
        "F-D",
        "上海市徐汇区生态环境局",
    )
    assert check.outcome.code.valid_until == D(2025, 1, 6)  # ecoreg's default: one day
    assert verify_code(code, key=SECRET, on=D(2025, 1, 7)).rule_ids == ("inspections.code.window",)
    assert not verify_code(code, key=b"another agency's key", on=visit.on).outcome.valid
