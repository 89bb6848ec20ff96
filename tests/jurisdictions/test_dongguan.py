"""Dongguan (东莞市, CN-GD-DG), Guangdong.

Measures: the guideline on deferred or installment payment of fines (东生态规〔2025〕2号, in
force 2025-10-01), and the apology-pledge reduction in two versions: the 2022 version (taken as
in force 2022-01-01 to 2024-07-31: 50 %, 30 % for heavy-pollution processes, 40 % in two river
basins, at most 200,000 off) and 东环〔2024〕69号 (from 2024-08-01: a flat 50 %, no cap).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ecoreg import (
    ApologyPledge,
    CaseType,
    HardshipGround,
    Harm,
    InstallmentRequest,
    JurisdictionLevel,
    ReliefApplication,
    ReliefStatus,
    ViolationCase,
    build_installment_plan,
    check_installment_plan,
    decide_fine,
    decide_relief,
    standard_policy_book,
)
from ecoreg.jurisdictions import dongguan

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-GD-DG"
GUIDELINE = "cn-gd-dg.fine-deferral-installments"
APOLOGY = "cn-gd-dg.apology-pledge"

GUIDELINE_KEYS = {
    "payment.relief_grounds",
    "payment.deferral_max_months",
    "payment.installment_max_months_non_litigation",
    "payment.installment_max_months_litigation",
    "payment.installment_max_gap_months",
    "payment.installment_min_share_non_litigation",
    "payment.installment_min_share_litigation",
    "payment.late_application_allowed",
    "payment.late_application_volunteer_hours",
    "payment.late_application_volunteer_months",
}
APOLOGY_2022_KEYS = {
    "reduction.apology.method",
    "reduction.apology.share",
    "reduction.apology.share_heavy_pollution",
    "reduction.apology.share_river_basin",
    "reduction.apology.cap",
    "reduction.apology.application_working_days",
}
APOLOGY_2024_KEYS = {
    "reduction.apology.method",
    "reduction.apology.share",
    "reduction.apology.application_working_days",
}
DROPPED_IN_2024 = APOLOGY_2022_KEYS - APOLOGY_2024_KEYS


def _versions(measure_id: str) -> list[dict[str, Any]]:
    (measure,) = (m for m in dongguan.DATA["measures"] if m["id"] == measure_id)
    versions: list[dict[str, Any]] = measure["versions"]
    return versions


def _air_case(pledged_on: dt.date, **changes: object) -> ViolationCase:
    """An over-limit air discharge (100,000–1,000,000), apology pledged after the notice."""
    facts: dict[str, object] = {
        "kind": "air.over-limit",
        "occurred_on": pledged_on - dt.timedelta(days=120),
        "discovered_on": pledged_on - dt.timedelta(days=90),
        "corrected_on": pledged_on - dt.timedelta(days=80),
        "harm": Harm.SLIGHT,
        "notice_received_on": pledged_on - dt.timedelta(days=2),
        "apology_pledge": ApologyPledge(filed_on=pledged_on),
        **changes,
    }
    return ViolationCase.model_validate(facts)


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert dongguan.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "东莞市", "Dongguan")
    assert entry.level is JurisdictionLevel.CITY
    assert entry.parent == "CN-GD"
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.chain == ("CN", "CN-GD", CODE)
    assert policy.names[CODE] == ("东莞市", "Dongguan")


def test_the_module_sets_these_parameters_and_no_others() -> None:
    (guideline,) = _versions(GUIDELINE)
    old, new = _versions(APOLOGY)
    assert set(guideline["parameters"]) == GUIDELINE_KEYS
    assert set(old["parameters"]) == APOLOGY_2022_KEYS
    assert set(new["parameters"]) == APOLOGY_2024_KEYS
    assert (old["in_force_from"], old["in_force_until"]) == ("2022-01-01", "2024-07-31")
    assert (new["in_force_from"], new.get("in_force_until")) == ("2024-08-01", None)
    assert guideline["in_force_from"] == "2025-10-01"


# --- dates in force: the payment guideline -------------------------------------------------------


def test_guideline_from_2025_10_01_replacing_the_national_defaults() -> None:
    before = BOOK.resolve(CODE, D(2025, 9, 30))
    first = BOOK.resolve(CODE, D(2025, 10, 1))
    for key in GUIDELINE_KEYS:
        assert before.get(key).measure == "ecoreg.defaults.payment", key
        assert before.get(key).basis == "default", key
        assert first.get(key).measure == GUIDELINE, key
        assert first.get(key).jurisdiction == CODE, key
        assert first.get(key).in_force_from == D(2025, 10, 1), key
    assert before.as_bool("payment.late_application_allowed") is False
    assert first.as_bool("payment.late_application_allowed") is True
    assert before.valid_until == D(2025, 9, 30)
    assert first.valid_from == D(2025, 10, 1)
    assert BOOK.resolve(CODE, D(2040, 1, 1)).get("payment.deferral_max_months").measure == (
        GUIDELINE
    )


def test_guideline_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2025, 10, 1))
    assert policy.as_tuple("payment.relief_grounds") == (
        "low_income",
        "medical_or_accident",
        "force_majeure",
        "operating_difficulty",
    )
    assert policy.as_int("payment.deferral_max_months") == 6
    assert policy.as_int("payment.installment_max_months_non_litigation") == 24
    assert policy.as_int("payment.installment_max_months_litigation") == 6
    assert policy.as_int("payment.installment_max_gap_months") == 3
    assert policy.as_decimal("payment.installment_min_share_non_litigation") == Decimal("0.05")
    assert policy.as_decimal("payment.installment_min_share_litigation") == Decimal("0.30")
    assert policy.as_bool("payment.late_application_allowed") is True
    assert policy.as_int("payment.late_application_volunteer_hours") == 12
    assert policy.as_int("payment.late_application_volunteer_months") == 3
    for key in GUIDELINE_KEYS:
        citation = policy.citation(key)
        assert citation.instrument.number == "东生态规〔2025〕2号", key
        assert citation.instrument.name_zh == "东莞市生态环境局罚款暂缓或分期缴纳指引", key
        assert citation.instrument.issuer_zh == "东莞市生态环境局", key
        assert citation.instrument.in_force == D(2025, 10, 1), key
        assert policy.get(key).basis == "local", key
    assert policy.citation("payment.deferral_max_months").label_zh == (
        "《东莞市生态环境局罚款暂缓或分期缴纳指引》（东生态规〔2025〕2号）"
    )


# --- dates in force: the apology pledge ----------------------------------------------------------


def test_apology_2022_version_from_2022_01_01() -> None:
    before = BOOK.resolve(CODE, D(2021, 12, 31))
    first = BOOK.resolve(CODE, D(2022, 1, 1))
    assert before.as_str("reduction.apology.method") == "none"  # the national default
    assert before.get("reduction.apology.method").measure == "ecoreg.defaults.discretion"
    for key in APOLOGY_2022_KEYS - {"reduction.apology.method"}:
        assert key not in before.parameters, key
    for key in APOLOGY_2022_KEYS:
        assert first.get(key).measure == APOLOGY, key
        assert first.get(key).in_force_from == D(2022, 1, 1), key
    assert first.as_str("reduction.apology.method") == "share_of_fine"


def test_apology_2022_version_ends_2024_07_31_and_the_2024_version_follows() -> None:
    last = BOOK.resolve(CODE, D(2024, 7, 31))
    after = BOOK.resolve(CODE, D(2024, 8, 1))
    assert (last.valid_from, last.valid_until) == (D(2022, 1, 1), D(2024, 7, 31))
    assert after.valid_from == D(2024, 8, 1)
    assert last.as_decimal("reduction.apology.cap") == Decimal(200000)
    assert last.as_decimal("reduction.apology.share_heavy_pollution") == Decimal("0.3")
    for key in DROPPED_IN_2024:
        assert key not in after.parameters, key
    for key in APOLOGY_2024_KEYS:
        assert last.citation(key).instrument.id == "cn-gd-dg.apology-pledge.2022", key
        assert after.citation(key).instrument.id == "cn-gd-dg.apology-pledge.2024", key
        assert after.get(key).in_force_from == D(2024, 8, 1), key


def test_apology_2022_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2023, 6, 1))
    assert policy.as_str("reduction.apology.method") == "share_of_fine"
    assert policy.as_decimal("reduction.apology.share") == Decimal("0.5")
    assert policy.as_decimal("reduction.apology.share_heavy_pollution") == Decimal("0.3")
    assert policy.as_decimal("reduction.apology.share_river_basin") == Decimal("0.4")
    assert policy.as_decimal("reduction.apology.cap") == Decimal(200000)
    assert policy.as_int("reduction.apology.application_working_days") == 7
    for key in APOLOGY_2022_KEYS:
        citation = policy.citation(key)
        assert citation.instrument.name_zh == (
            "东莞市生态环境违法行为公开道歉承诺从轻处罚规定（2022年版）"
        ), key
        assert citation.instrument.number is None, key
        assert "2022" in (citation.note or ""), key


def test_apology_2024_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_str("reduction.apology.method") == "share_of_fine"
    assert policy.as_decimal("reduction.apology.share") == Decimal("0.5")
    assert policy.as_int("reduction.apology.application_working_days") == 7
    for key in APOLOGY_2024_KEYS:
        citation = policy.citation(key)
        assert citation.instrument.number == "东环〔2024〕69号", key
        assert citation.instrument.in_force == D(2024, 8, 1), key
        assert policy.get(key).basis == "local", key
    assert policy.local_note("reduction.apology.share") == (
        "（东莞市地方规定）",
        " (a local measure of Dongguan)",
    )


# --- worked cases: the apology pledge ------------------------------------------------------------


def test_100000_with_an_accepted_pledge_becomes_50000() -> None:
    case = ViolationCase(
        kind="monitoring.not-networked",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 2, 1),
        corrected_on=D(2026, 2, 10),
        harm=Harm.SLIGHT,
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=D(2026, 3, 4)),  # the 7th working day
    )
    decision = decide_fine(
        case, policy=BOOK.resolve(CODE, D(2026, 3, 10)), decided_on="2026-03-10", proposed="100000"
    )
    assert decision.outcome.final == Decimal("50000.00")
    step = decision.outcome.steps[-1]
    assert (step.rule_id, step.change) == ("fine.reduction.apology", Decimal("-50000.00"))
    assert step.citation is not None
    assert step.citation.instrument.number == "东环〔2024〕69号"
    late = case.model_copy(update={"apology_pledge": ApologyPledge(filed_on=D(2026, 3, 5))})
    refused = decide_fine(
        late, policy=BOOK.resolve(CODE, D(2026, 3, 10)), decided_on="2026-03-10", proposed="100000"
    )
    assert refused.outcome.final == Decimal("100000.00")
    assert refused.reasons[-1].rule_id == "fine.reduction.apology.late"


def test_2022_first_case_420000_becomes_220000_the_reduction_capped_at_200000() -> None:
    day = D(2022, 4, 20)
    decision = decide_fine(
        _air_case(D(2022, 4, 12)),
        policy=BOOK.resolve(CODE, day),
        decided_on=day,
        proposed="420000",
    )
    assert decision.outcome.final == Decimal("220000.00")
    assert decision.outcome.steps[-1].change == Decimal("-200000.00")


def test_the_2022_rates_and_cap_on_the_last_day_and_the_flat_50_percent_the_day_after() -> None:
    last, after = D(2024, 7, 31), D(2024, 8, 1)
    pledged = D(2024, 7, 24)

    def final(day: dt.date, proposed: str, **changes: object) -> Decimal:
        return decide_fine(
            _air_case(pledged, **changes),
            policy=BOOK.resolve(CODE, day),
            decided_on=day,
            proposed=proposed,
        ).outcome.final

    assert final(last, "600000") == Decimal("400000.00")  # 300,000 off, capped at 200,000
    assert final(after, "600000") == Decimal("300000.00")  # no cap under 东环〔2024〕69号
    assert final(last, "300000", heavy_pollution_process=True) == Decimal("210000.00")  # 30 %
    assert final(after, "300000", heavy_pollution_process=True) == Decimal("150000.00")
    assert final(last, "300000", river_basin=True) == Decimal("180000.00")  # 40 %
    assert final(after, "300000", river_basin=True) == Decimal("150000.00")


def test_before_2022_no_apology_reduction() -> None:
    day = D(2021, 12, 31)
    decision = decide_fine(
        _air_case(D(2021, 12, 22)),
        policy=BOOK.resolve(CODE, day),
        decided_on=day,
        proposed="600000",
    )
    assert decision.outcome.final == Decimal("600000.00")
    assert "fine.reduction.apology" not in decision.rule_ids


# --- worked cases: deferral and installments -----------------------------------------------------


def _application(**changes: object) -> ReliefApplication:
    facts: dict[str, object] = {
        "fine": "200000",
        "case_type": CaseType.NON_LITIGATION,
        "decision_received_on": D(2026, 2, 24),
        "filed_on": D(2026, 3, 1),
        "grounds": (HardshipGround.OPERATING_DIFFICULTY,),
        "request": InstallmentRequest(count=8, interval_months=3),
        **changes,
    }
    return ReliefApplication.from_data(facts)


def test_200000_in_8_quarterly_installments_of_25000_over_24_months() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 2))
    decision = decide_relief(_application(), policy=policy, decided_on=D(2026, 3, 2))
    assert decision.outcome.status is ReliefStatus.APPROVED
    plan = decision.outcome.plan
    assert plan is not None
    assert [i.amount for i in plan.installments] == [Decimal("25000.00")] * 8
    assert plan.installments[0].due_on == D(2026, 6, 2)
    assert plan.term_ends_on == D(2028, 3, 2)
    assert check_installment_plan(plan, policy=policy).outcome is True
    cited = {r.rule_id: r.citation for r in decision.reasons}
    assert cited["payment.relief.installment-share"] is not None
    assert cited["payment.relief.installment-share"].instrument.number == "东生态规〔2025〕2号"


def test_a_litigation_case_allows_at_most_3_installments_of_30_percent() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 2))
    refused = decide_relief(
        _application(case_type=CaseType.LITIGATION), policy=policy, decided_on=D(2026, 3, 2)
    )
    assert refused.outcome.status is ReliefStatus.REFUSED
    assert {f.name: f.value for f in refused.hints[0].changes}["max_installments"] == 3
    ok = decide_relief(
        _application(
            case_type=CaseType.LITIGATION, request=InstallmentRequest(count=3, interval_months=2)
        ),
        policy=policy,
        decided_on=D(2026, 3, 2),
    )
    assert ok.outcome.status is ReliefStatus.APPROVED
    assert ok.outcome.term_ends_on == D(2026, 9, 2)  # within 6 months


def test_a_plan_under_5_percent_an_installment_or_with_a_4_month_gap_fails() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 2))

    def check(count: int, months: int) -> tuple[bool, list[str]]:
        plan = build_installment_plan(
            "200000",
            count=count,
            interval_months=months,
            starts_on="2026-03-02",
            case_type=CaseType.NON_LITIGATION,
        )
        decision = check_installment_plan(plan, policy=policy)
        return decision.outcome, [r.rule_id for r in decision.reasons if not r.fact("passed")]

    assert check(20, 1) == (True, [])  # 10,000 each: exactly 5 %
    assert check(24, 1) == (False, ["payment.plan.min-share"])  # 8,333.33 < 10,000
    assert check(6, 4) == (False, ["payment.plan.gap"])


def test_a_late_application_needs_12_volunteer_hours_from_2025_10_01_only() -> None:
    # Decision received 2025-09-10: pay by 2025-09-25; filed late, on 2025-09-29.
    late = _application(
        decision_received_on=D(2025, 9, 10), filed_on=D(2025, 9, 29), volunteer_pledge_hours=12
    )
    before = decide_relief(late, policy=BOOK.resolve(CODE, D(2025, 9, 30)), decided_on="2025-09-30")
    assert before.outcome.status is ReliefStatus.REFUSED
    assert before.hints[0].rule_id == "payment.relief.late"
    assert "2025-09-25" in before.hints[0].message_en
    after = decide_relief(late, policy=BOOK.resolve(CODE, D(2025, 10, 9)), decided_on="2025-10-09")
    assert after.outcome.status is ReliefStatus.APPROVED_WITH_CONDITIONS
    service = after.outcome.volunteer_service
    assert service is not None
    assert (service.hours, service.due_by) == (12, D(2026, 1, 9))  # within 3 months
    (late_reason,) = (r for r in after.reasons if r.rule_id == "payment.relief.late")
    assert late_reason.citation is not None
    assert late_reason.citation.instrument.number == "东生态规〔2025〕2号"
    without = late.model_copy(update={"volunteer_pledge_hours": 0})
    assert (
        decide_relief(
            without, policy=BOOK.resolve(CODE, D(2025, 10, 9)), decided_on="2025-10-09"
        ).outcome.status
        is ReliefStatus.REFUSED
    )


def test_the_provinces_exclusions_apply_in_dongguan_and_silence_the_hint() -> None:
    # 粤环发〔2021〕7号 Art. 14 (10): no apology reduction where the fine is the statutory
    # minimum. 大气法 Art. 100 (3): 20,000-200,000.
    case = ViolationCase(
        kind="monitoring.not-networked",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 2, 1),
        corrected_on=D(2026, 2, 10),
        harm=Harm.SLIGHT,
        notice_received_on=D(2026, 2, 24),
    )
    policy = BOOK.resolve(CODE, D(2026, 3, 10))

    def hints(proposed: str) -> list[str]:
        d = decide_fine(case, policy=policy, decided_on="2026-03-10", proposed=proposed)
        return [h.rule_id for h in d.hints]

    assert "fine.reduction.apology" in hints("20001")
    assert "fine.reduction.apology" not in hints("20000")
    pledged = case.model_copy(update={"apology_pledge": ApologyPledge(filed_on=D(2026, 3, 4))})
    d = decide_fine(pledged, policy=policy, decided_on="2026-03-10", proposed="20000")
    assert d.outcome.final == Decimal("20000.00")
    assert "fine.reduction.apology.refused" in d.rule_ids
    # 40,000 × (1 - 50 %) = 20,000: the reduction reaches the minimum and stops there.
    d = decide_fine(pledged, policy=policy, decided_on="2026-03-10", proposed="40000")
    assert d.outcome.final == Decimal("20000.00")
