import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ecoreg import (
    CaseType,
    DeferralRequest,
    HardshipGround,
    InstallmentPlan,
    InstallmentRequest,
    ReliefApplication,
    ReliefStatus,
    add_months,
    build_installment_plan,
    check_installment_plan,
    china_calendar,
    decide_relief,
    installment_surcharge,
    late_surcharge,
    max_installments,
    national_policy_book,
    payment_deadline,
    standard_policy_book,
)
from ecoreg.exceptions import InvalidInputError, InvalidMoneyError
from ecoreg.testing import dates, yuan_amounts

D = dt.date
DG = standard_policy_book().resolve("CN-GD-DG", D(2026, 3, 2))
NATIONAL = standard_policy_book().resolve("CN", D(2026, 3, 2))


def application(**changes: object) -> ReliefApplication:
    base: dict[str, object] = {
        "fine": "200000",
        "case_type": CaseType.NON_LITIGATION,
        "decision_received_on": D(2026, 2, 24),
        "filed_on": D(2026, 3, 1),
        "grounds": (HardshipGround.OPERATING_DIFFICULTY,),
        "request": InstallmentRequest(count=8, interval_months=3),
    }
    base.update(changes)
    return ReliefApplication.from_data(base)


# --- worked cases (issue 5, "Must show") ---


def test_payment_deadline_is_15_days_on_the_real_calendar() -> None:
    deadline = payment_deadline(D(2026, 9, 16), policy=NATIONAL)
    assert deadline.last_day == D(2026, 10, 8)
    assert deadline.reasons[0].citation is not None
    assert deadline.reasons[0].citation.article == 67


def test_200000_non_litigation_in_8_quarterly_installments_over_24_months() -> None:
    decision = decide_relief(application(), policy=DG, decided_on=D(2026, 3, 2))
    result = decision.outcome
    assert result.status is ReliefStatus.APPROVED
    assert result.plan is not None
    plan = result.plan
    assert len(plan.installments) == 8
    assert {i.amount for i in plan.installments} == {Decimal("25000.00")}
    assert plan.installments[0].due_on == D(2026, 6, 2)
    assert result.term_ends_on == plan.term_ends_on == D(2028, 3, 2)
    assert plan.term_ends_on <= add_months(D(2026, 3, 2), 24)[0]
    assert "payment.relief.enforcement-limit" in decision.rule_ids
    assert check_installment_plan(plan, policy=DG).outcome


def test_same_fine_as_litigation_case_allows_at_most_3_installments_within_6_months() -> None:
    refused = decide_relief(
        application(case_type=CaseType.LITIGATION), policy=DG, decided_on=D(2026, 3, 2)
    )
    assert refused.outcome.status is ReliefStatus.REFUSED
    assert refused.outcome.plan is None
    hint = refused.hints[0]
    assert {f.name: f.value for f in hint.changes}["max_installments"] == 3
    assert "6个月" in hint.message_zh
    assert max_installments(Decimal("200000.00"), Decimal("0.30")) == 3
    ok = decide_relief(
        application(
            case_type=CaseType.LITIGATION, request=InstallmentRequest(count=3, interval_months=2)
        ),
        policy=DG,
        decided_on=D(2026, 3, 2),
    )
    assert ok.outcome.status is ReliefStatus.APPROVED
    assert ok.outcome.plan is not None
    assert ok.outcome.plan.term_ends_on == D(2026, 9, 2)
    four = decide_relief(
        application(
            case_type=CaseType.LITIGATION, request=InstallmentRequest(count=4, interval_months=1)
        ),
        policy=DG,
        decided_on=D(2026, 3, 2),
    )
    assert four.outcome.status is ReliefStatus.REFUSED
    failed = [r for r in four.reasons if r.fact("passed", None) is False]
    assert [r.rule_id for r in failed] == ["payment.relief.installment-share"]


def test_deferral_of_7_months_is_refused_and_the_hint_offers_6_with_its_end_date() -> None:
    decision = decide_relief(
        application(request=DeferralRequest(months=7)), policy=DG, decided_on=D(2026, 3, 2)
    )
    assert decision.outcome.status is ReliefStatus.REFUSED
    (hint,) = decision.hints
    changes = {f.name: f.value for f in hint.changes}
    assert changes == {"months": 6, "ends_on": "2026-09-02"}
    assert "2026-09-02" in hint.message_zh
    six = decide_relief(
        application(request=DeferralRequest(months=6)), policy=DG, decided_on=D(2026, 3, 2)
    )
    assert six.outcome.status is ReliefStatus.APPROVED
    assert six.outcome.term_ends_on == D(2026, 9, 2)


def test_late_application_is_approved_only_with_volunteer_service_due_3_months_after_approval() -> (
    None
):
    # Decision received 2026-02-24: payment deadline 2026-03-11. Filed 2026-03-20, late.
    late = {"filed_on": D(2026, 3, 20)}
    refused = decide_relief(application(**late), policy=DG, decided_on=D(2026, 3, 23))
    assert refused.outcome.status is ReliefStatus.REFUSED
    assert refused.hints[0].rule_id == "payment.relief.late"
    assert "12" in refused.hints[0].message_zh
    approved = decide_relief(
        application(**late, volunteer_pledge_hours=12), policy=DG, decided_on=D(2026, 3, 23)
    )
    assert approved.outcome.status is ReliefStatus.APPROVED_WITH_CONDITIONS
    service = approved.outcome.volunteer_service
    assert service is not None
    assert service.hours == 12
    assert service.due_by == D(2026, 6, 23)
    # Nationally (ecoreg's default) a late application is not admitted at all.
    national = decide_relief(
        application(**late, volunteer_pledge_hours=12), policy=NATIONAL, decided_on=D(2026, 3, 23)
    )
    assert national.outcome.status is ReliefStatus.REFUSED
    assert national.hints[0].changes[0].value == "2026-03-11"


def test_before_the_dongguan_guideline_no_late_application() -> None:
    before = standard_policy_book().resolve("CN-GD-DG", D(2025, 9, 30))
    decision = decide_relief(
        application(
            decision_received_on=D(2025, 9, 1), filed_on=D(2025, 9, 25), volunteer_pledge_hours=12
        ),
        policy=before,
        decided_on=D(2025, 9, 30),
    )
    assert decision.outcome.status is ReliefStatus.REFUSED


def test_10000_paid_40_days_late_carries_10000_not_12000() -> None:
    decision = late_surcharge(
        "10000", due_on=D(2026, 3, 1), paid_on=D(2026, 4, 10), policy=NATIONAL
    )
    out = decision.outcome
    assert out.days_late == 40
    assert out.uncapped == Decimal("12000.00")
    assert out.surcharge == Decimal("10000.00")
    assert out.capped
    assert out.total_due == Decimal("20000.00")
    assert decision.rule_ids == ("payment.surcharge.daily", "payment.surcharge.cap")
    assert decision.reasons[1].citation is not None
    assert decision.reasons[1].citation.article == 72


def test_on_time_payment_has_no_surcharge() -> None:
    assert (
        late_surcharge(
            "10000", due_on=D(2026, 3, 1), paid_on=D(2026, 3, 1), policy=NATIONAL
        ).outcome.surcharge
        == 0
    )


def test_missed_installment_surcharge_applies_to_the_installment_by_default() -> None:
    plan = build_installment_plan(
        "200000",
        count=8,
        interval_months=3,
        starts_on=D(2026, 3, 2),
        case_type=CaseType.NON_LITIGATION,
    )
    decision = installment_surcharge(plan, missed=1, paid_on=D(2026, 6, 12), policy=DG)
    assert decision.outcome.base == Decimal("25000.00")
    assert decision.outcome.days_late == 10
    assert decision.outcome.surcharge == Decimal("7500.00")
    assert decision.reasons[0].citation is not None
    assert decision.reasons[0].citation.note is not None
    with pytest.raises(InvalidInputError) as info:
        installment_surcharge(plan, missed=9, paid_on=D(2026, 6, 12), policy=DG)
    assert info.value.field == "missed"


def test_decisions_round_trip() -> None:
    from ecoreg import Decision, ReliefResult  # noqa: PLC0415

    decision = decide_relief(application(), policy=DG, decided_on=D(2026, 3, 2))
    assert Decision[ReliefResult].from_json(decision.to_json()) == decision


# --- bad input ---


def test_plan_that_does_not_add_up_is_refused_naming_the_field() -> None:
    plan = build_installment_plan(
        "1000",
        count=2,
        interval_months=1,
        starts_on=D(2026, 3, 2),
        case_type=CaseType.NON_LITIGATION,
    )
    data = plan.to_data()
    data["installments"][1]["amount"] = "499.99"
    with pytest.raises(InvalidInputError) as info:
        InstallmentPlan.from_data(data)
    assert info.value.field == "installments"
    assert "add up exactly" in str(info.value)
    data = plan.to_data()
    data["installments"][1]["due_on"] = data["installments"][0]["due_on"]
    with pytest.raises(InvalidInputError) as info:
        InstallmentPlan.from_data(data)
    assert info.value.field == "installments.1.due_on"


def test_application_before_the_decision_is_refused() -> None:
    with pytest.raises(InvalidInputError) as info:
        application(filed_on=D(2026, 2, 1))
    assert info.value.field == "filed_on"
    with pytest.raises(InvalidInputError) as info:
        decide_relief(application(), policy=DG, decided_on=D(2026, 2, 28))
    assert info.value.field == "decided_on"


@pytest.mark.parametrize("fine", ["0", "-100", 0, 12.5])
def test_zero_negative_or_float_fine_is_refused(fine: object) -> None:
    with pytest.raises(InvalidMoneyError) as info:
        application(fine=fine)
    assert info.value.field == "fine"
    with pytest.raises(InvalidMoneyError):
        build_installment_plan(
            fine,  # type: ignore[arg-type]
            count=2,
            interval_months=1,
            starts_on=D(2026, 3, 2),
            case_type=CaseType.NON_LITIGATION,
        )


def test_bad_request_fields_name_the_path() -> None:
    with pytest.raises(InvalidInputError) as info:
        application(request={"kind": "installments", "count": 1, "interval_months": 3})
    assert info.value.field == "request.installments.count"
    with pytest.raises(InvalidInputError, match="count"):
        build_installment_plan(
            "100",
            count=0,
            interval_months=1,
            starts_on=D(2026, 3, 2),
            case_type=CaseType.NON_LITIGATION,
        )


# --- properties ---

case_types = st.sampled_from(list(CaseType))


@st.composite
def valid_requests(draw: st.DrawFn) -> tuple[Decimal, CaseType, int, int]:
    case_type = draw(case_types)
    fine = draw(yuan_amounts(min_value=Decimal("1.00"), max_value=50_000_000))
    cap = DG.as_int(f"payment.installment_max_months_{case_type.value}")
    share = DG.as_decimal(f"payment.installment_min_share_{case_type.value}")
    most = max_installments(fine, share)
    assume(most >= 2)
    interval = draw(st.integers(1, min(3, cap // 2)))
    count = draw(st.integers(2, min(most, cap // interval)))
    return fine, case_type, count, interval


@given(valid_requests(), dates(max_value=D(2026, 12, 31)))
def test_every_fen_is_accounted_for_and_limits_hold(
    req: tuple[Decimal, CaseType, int, int], start: dt.date
) -> None:
    fine, case_type, count, interval = req
    plan = build_installment_plan(
        fine, count=count, interval_months=interval, starts_on=start, case_type=case_type
    )
    assert plan.total == fine
    share = DG.as_decimal(f"payment.installment_min_share_{case_type.value}")
    assert all(i.amount >= share * fine for i in plan.installments)
    due = [i.due_on for i in plan.installments]
    assert due == sorted(set(due))
    assert all(china_calendar().is_working_day(d) for d in due)
    previous = start
    for d in due:
        limit, _ = add_months(previous, 3)
        while not china_calendar().is_working_day(limit):
            limit += dt.timedelta(days=1)
        assert previous < d <= limit
        previous = d
    cap = DG.as_int(f"payment.installment_max_months_{case_type.value}")
    end, _ = add_months(start, cap)
    while not china_calendar().is_working_day(end):
        end += dt.timedelta(days=1)
    assert plan.term_ends_on <= end
    assert check_installment_plan(plan, policy=DG).outcome


@given(
    valid_requests(), dates(min_value=D(2025, 10, 1), max_value=D(2026, 12, 1)), st.integers(0, 14)
)
def test_an_eligible_request_always_yields_a_plan_that_passes_the_check(
    req: tuple[Decimal, CaseType, int, int], received: dt.date, filed_after: int
) -> None:
    fine, case_type, count, interval = req
    filed = received + dt.timedelta(days=filed_after)
    app = application(
        fine=fine,
        case_type=case_type,
        decision_received_on=received,
        filed_on=filed,
        request=InstallmentRequest(count=count, interval_months=interval),
    )
    policy = standard_policy_book().resolve("CN-GD-DG", filed)
    decision = decide_relief(app, policy=policy, decided_on=filed)
    assert decision.outcome.approved, decision.explain("en")
    assert decision.outcome.plan is not None
    assert check_installment_plan(decision.outcome.plan, policy=policy).outcome


@given(
    yuan_amounts(min_value=Decimal("0.01"), max_value=10_000_000),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_surcharge_never_decreases_and_never_exceeds_the_fine(
    fine: Decimal, a: int, b: int
) -> None:
    due = D(2026, 3, 1)
    early, late = sorted((a, b))
    s1 = late_surcharge(
        fine, due_on=due, paid_on=due + dt.timedelta(days=early), policy=NATIONAL
    ).outcome
    s2 = late_surcharge(
        fine, due_on=due, paid_on=due + dt.timedelta(days=late), policy=NATIONAL
    ).outcome
    assert s1.surcharge <= s2.surcharge <= fine
    assert s2.surcharge >= 0


@given(st.integers(7, 24))
def test_deferrals_beyond_the_cap_are_always_refused_with_the_cap_offered(months: int) -> None:
    decision = decide_relief(
        application(request=DeferralRequest(months=months)), policy=DG, decided_on=D(2026, 3, 2)
    )
    assert decision.outcome.status is ReliefStatus.REFUSED
    assert decision.hints[0].changes[0].value == 6


def test_national_policy_without_defaults_reports_the_missing_parameter() -> None:
    from ecoreg.exceptions import MissingParameterError  # noqa: PLC0415

    bare = national_policy_book().resolve("CN", D(2026, 3, 2))
    with pytest.raises(MissingParameterError) as info:
        decide_relief(application(), policy=bare, decided_on=D(2026, 3, 2))
    assert info.value.field == "payment.relief_grounds"


def test_a_proposed_plan_that_breaks_the_limits_is_refused_with_hints() -> None:
    long_plan = build_installment_plan(
        "200000", count=4, interval_months=3, starts_on=D(2026, 3, 2), case_type=CaseType.LITIGATION
    )
    decision = check_installment_plan(long_plan, policy=DG)
    assert not decision.outcome
    failed = {r.rule_id for r in decision.reasons if r.fact("passed") is False}
    assert failed == {"payment.plan.min-share", "payment.plan.term"}
    assert {h.rule_id for h in decision.hints} == failed
    sparse = build_installment_plan(
        "200000",
        count=2,
        interval_months=4,
        starts_on=D(2026, 3, 2),
        case_type=CaseType.NON_LITIGATION,
    )
    gap = check_installment_plan(sparse, policy=DG)
    assert [r.rule_id for r in gap.reasons if r.fact("passed") is False] == ["payment.plan.gap"]
    assert gap.hints[0].changes[1].value == "2026-06-02"
