"""Decisions that never contradict the law, the calendar or themselves (issue 11)."""

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ecoreg
import ecoreg.testing
from ecoreg import (
    Alert,
    ApologyPledge,
    CaseType,
    DeferralRequest,
    EnterpriseContext,
    Harm,
    InstallmentRequest,
    LeniencyOutcome,
    MaintenanceNotice,
    NoticeKind,
    ReliefApplication,
    ReliefStatus,
    Severity,
    ViolationCase,
    ViolationRecord,
    decide_fine,
    decide_leniency,
    grade_enterprise,
    route_alert,
    standard_policy_book,
)
from ecoreg.exceptions import InvalidInputError, PolicyDataError
from ecoreg.law import administrative_compulsion_law as acl
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.testing import violation_cases
from policy_helpers import local_measure

D = dt.date
BOOK = standard_policy_book()
JURISDICTIONS = ["CN", "CN-GD-DG", "CN-LN-YK", "CN-SN", "CN-TJ"]
UNPUBLISHED = 2027


def case(**changes: Any) -> ViolationCase:
    base: dict[str, Any] = {
        "kind": "air.over-limit",
        "occurred_on": D(2026, 1, 5),
        "discovered_on": D(2026, 2, 1),
        "corrected_on": D(2026, 2, 10),
        "harm": Harm.NONE,
    }
    base.update(changes)
    return ViolationCase.from_data(base)


# 1. A local measure never overrides a statute's "must not"


@pytest.mark.parametrize("code", JURISDICTIONS)
def test_minor_corrected_harmless_is_not_penalized_despite_a_local_exclusion(code: str) -> None:
    minor = case(minor=True, corrected_promptly=True, excluded_situation="营口十种排除情形之一")
    d = decide_leniency(minor, policy=BOOK.resolve(code, D(2026, 3, 1)), decided_on=D(2026, 3, 1))
    assert d.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    assert "leniency.minor" in d.rule_ids
    assert d.outcome.education_required
    no_fault = case(harm=Harm.HARMFUL, no_fault_proven=True, excluded_situation="东莞十三类之一")
    d = decide_leniency(
        no_fault, policy=BOOK.resolve(code, D(2026, 3, 1)), decided_on=D(2026, 3, 1)
    )
    assert d.outcome.outcome is LeniencyOutcome.NOT_PENALIZED


def test_a_local_exclusion_still_limits_what_the_local_measure_grants() -> None:
    # A first violation with slight harm (may decline) is no longer declined when excluded.
    first = case(harm=Harm.SLIGHT, corrected_promptly=True, excluded_situation="排除情形")
    d = decide_leniency(first, policy=BOOK.resolve("CN", D(2026, 3, 1)), decided_on=D(2026, 3, 1))
    assert d.outcome.outcome is LeniencyOutcome.PENALIZE
    assert "leniency.never-lenient" in d.rule_ids


def test_a_local_measure_cannot_switch_off_a_statutory_rule() -> None:
    with pytest.raises(PolicyDataError) as info:
        BOOK.extend(local_measure({"leniency.minor_no_harm_no_penalty": False}))
    assert info.value.field == "parameters.leniency.minor_no_harm_no_penalty"


def test_a_decision_that_applies_a_local_rule_says_so() -> None:
    dg = BOOK.resolve("CN-GD-DG", D(2026, 3, 10))
    pledged = case(
        kind="monitoring.not-networked",
        harm=Harm.SLIGHT,
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=D(2026, 3, 4)),
    )
    d = decide_fine(pledged, policy=dg, decided_on=D(2026, 3, 10), proposed="100000")
    step = d.reasons[d.rule_ids.index("fine.reduction.apology")]
    assert "东莞市地方规定" in step.message_zh
    assert "local measure of Dongguan" in step.message_en
    national = d.reasons[d.rule_ids.index("fine.range")]
    assert "地方规定" not in national.message_zh


@given(
    violation_cases(kinds=["air.over-limit", "monitoring.not-running", "dust.uncovered-stockpile"]),
    st.sampled_from(JURISDICTIONS),
    st.none() | st.sampled_from(["排除情形甲", "excluded B", "十种情形之一"]),
    st.booleans(),
)
def test_a_case_the_statute_exempts_is_never_penalized(
    c: ViolationCase, code: str, exclusion: str | None, no_fault: bool
) -> None:
    statutory = c.model_copy(
        update={
            "excluded_situation": exclusion,
            "no_fault_proven": no_fault,
            "minor": True if not no_fault else c.minor,
            "harm": Harm.NONE if not no_fault else c.harm,
            "corrected_on": c.corrected_on or c.discovered_on,
            "corrected_promptly": True if not no_fault else c.corrected_promptly,
            "falsified_data": False,
            "crime": False,
        }
    )
    decided = statutory.discovered_on + dt.timedelta(days=10)
    d = decide_leniency(statutory, policy=BOOK.resolve(code, decided), decided_on=decided)
    assert d.outcome.outcome in {LeniencyOutcome.NOT_PENALIZED, LeniencyOutcome.TIME_BARRED}


# 2. Provisional calendar, everywhere


def _provisional(decision: Any) -> bool:
    return any(w.code == "calendar.provisional" for w in decision.warnings)


def test_published_notices_are_data_and_2027_is_provisional() -> None:
    cal = ecoreg.ChinaWorkingCalendar()
    assert cal.is_provisional(UNPUBLISHED)
    assert not cal.is_provisional(2026)
    assert ecoreg.PUBLISHED_NOTICES[2025].number == "国办发明电〔2024〕12号"
    assert ecoreg.ChinaWorkingCalendar(published=frozenset({2026, 2027})).is_provisional(2025)


def test_installment_plans_deferrals_pledges_and_alerts_on_an_unpublished_year_say_so() -> None:
    plan = ecoreg.build_installment_plan(
        "200000",
        count=4,
        interval_months=3,
        starts_on="2026-06-01",
        case_type=CaseType.NON_LITIGATION,
    )
    assert _provisional(plan)  # due dates run into 2027
    early = ecoreg.build_installment_plan(
        "200000",
        count=2,
        interval_months=1,
        starts_on="2026-03-02",
        case_type=CaseType.NON_LITIGATION,
    )
    assert not _provisional(early)
    dg = BOOK.resolve("CN-GD-DG", D(2026, 11, 20))
    relief = ecoreg.decide_relief(
        ReliefApplication(
            fine=Decimal(100000),
            case_type=CaseType.NON_LITIGATION,
            decision_received_on=D(2026, 11, 16),
            filed_on=D(2026, 11, 17),
            grounds=(ecoreg.HardshipGround.OPERATING_DIFFICULTY,),
            request=DeferralRequest(months=3),
        ),
        policy=dg,
        decided_on=D(2026, 11, 20),
    )
    assert relief.outcome.term_ends_on is not None
    assert relief.outcome.term_ends_on.year == UNPUBLISHED
    assert _provisional(relief)
    pledged = case(
        kind="monitoring.not-networked",
        harm=Harm.SLIGHT,
        occurred_on=D(2026, 11, 1),
        discovered_on=D(2026, 11, 5),
        corrected_on=D(2026, 11, 6),
        notice_received_on=D(2026, 12, 28),
    )
    fine = decide_fine(
        pledged, policy=BOOK.resolve("CN-GD-DG", D(2026, 12, 30)), decided_on=D(2026, 12, 30)
    )
    assert _provisional(fine)  # the 7-working-day pledge window ends in January 2027
    working = BOOK.extend(local_measure({"alerts.count_working_hours": True})).resolve(
        "CN-TJ", D(2026, 12, 31)
    )
    alert = Alert(
        id="a",
        enterprise="E",
        outlet="DA001",
        pollutant="SO2",
        kind=ecoreg.AlertKind.CONCENTRATION_EXCEEDANCE,
        start=ecoreg.parse_instant("2026-12-31T16:00:00+08:00"),
    )
    routed = route_alert(alert, policy=working)
    assert routed.outcome.respond_by.year == UNPUBLISHED
    assert _provisional(routed)


@given(
    st.dates(D(2026, 1, 5), D(2027, 11, 30)),
    st.integers(2, 8),
    st.integers(1, 3),
)
def test_any_plan_with_a_date_in_an_unpublished_year_carries_the_warning(
    start: dt.date, count: int, interval: int
) -> None:
    plan = ecoreg.build_installment_plan(
        "100000",
        count=count,
        interval_months=interval,
        starts_on=start,
        case_type=CaseType.NON_LITIGATION,
    )
    years = {start.year} | {i.due_on.year for i in plan.installments}
    assert _provisional(plan) is (UNPUBLISHED in years or 2028 in years)
    policy = BOOK.resolve("CN-GD-DG", start)
    checked = ecoreg.check_installment_plan(plan, policy=policy)
    if _provisional(plan):  # the check also computes the longest term, so it may warn alone
        assert _provisional(checked)


@given(st.dates(D(2026, 1, 5), D(2027, 6, 30)), st.integers(1, 6))
def test_any_relief_decision_with_a_date_in_an_unpublished_year_carries_the_warning(
    day: dt.date, months: int
) -> None:
    policy = BOOK.resolve("CN-GD-DG", day)
    app = ReliefApplication(
        fine=Decimal(50000),
        case_type=CaseType.NON_LITIGATION,
        decision_received_on=day,
        filed_on=day,
        grounds=(ecoreg.HardshipGround.OPERATING_DIFFICULTY,),
        request=InstallmentRequest(count=months + 1, interval_months=1),
    )
    d = ecoreg.decide_relief(app, policy=policy, decided_on=day)
    dates = [day, d.outcome.payment_deadline]
    if d.outcome.plan is not None:
        dates += [i.due_on for i in d.outcome.plan.installments]
    if any(x.year >= UNPUBLISHED for x in dates):
        assert _provisional(d)


# 3. Monitoring flags mean what HJ 212 says


def test_a_stopped_plant_is_not_zero_or_flat_data_and_n_is_never_excused() -> None:
    policy = BOOK.resolve("CN", D(2026, 10, 1))
    zeros = np.zeros((2, 1440))
    flags = np.array([["F"] * 1440, ["N"] * 1440])
    found = ecoreg.detect(zeros, policy=policy, flags=flags)
    assert found.zero.tolist() == [False, True]
    assert found.flat.tolist() == [False, True]
    assert found.missing_minutes.tolist() == [0, 0]
    valid = np.array([[False] * 1440, [True] * 1440])
    assert ecoreg.detect(zeros, policy=policy, flags=valid).zero.tolist() == [False, True]
    with pytest.raises(InvalidInputError, match="flags"):
        ecoreg.detect(zeros, policy=policy, flags=np.full((2, 1440), "X"))
    with pytest.raises(InvalidInputError, match="flags"):
        ecoreg.detect(zeros, policy=policy, flags=np.full((2, 10), "N"))
    inlet, outlet = np.full((1, 1440), 100.0), np.full((1, 1440), 50.0)
    ratio = ecoreg.detect_ratio(inlet, outlet, policy=policy, outlet_flags=np.full((1, 1440), "F"))
    assert not ratio.constant_ratio[0]


_M_ALERT = Alert(
    id="m",
    enterprise="E1",
    outlet="DA001",
    pollutant="SO2",
    kind=ecoreg.AlertKind.CONCENTRATION_EXCEEDANCE,
    start=ecoreg.parse_instant("2026-10-01T09:00:00+08:00"),
    flag=ecoreg.DataFlag.M,
)


def _notice(announced: str) -> MaintenanceNotice:
    return MaintenanceNotice(
        id="N-1",
        enterprise="E1",
        kind=NoticeKind.MAINTENANCE,
        starts=ecoreg.parse_instant("2026-10-01T08:00:00+08:00"),
        ends=ecoreg.parse_instant("2026-10-01T12:00:00+08:00"),
        announced_at=ecoreg.parse_instant(announced),
    )


def test_a_self_set_m_flag_suppresses_only_with_a_notice_announced_in_time() -> None:
    policy = BOOK.resolve("CN", D(2026, 10, 1))
    bare = route_alert(_M_ALERT, policy=policy)
    assert not bare.outcome.suppressed
    assert "alerts.flag-not-announced" in bare.rule_ids
    late = route_alert(_M_ALERT, policy=policy, notices=[_notice("2026-10-01T08:30:00+08:00")])
    assert not late.outcome.suppressed
    assert {"alerts.notice-late", "alerts.flag-not-announced"} <= set(late.rule_ids)
    on_time = route_alert(_M_ALERT, policy=policy, notices=[_notice("2026-09-30T08:00:00+08:00")])
    assert on_time.outcome.suppressed
    batch = ecoreg.route_alerts(
        [_M_ALERT], policy=policy, notices=[_notice("2026-10-01T08:30:00+08:00")]
    )
    assert int(batch.suppress[0]) == 0


# 4. One counting rule for windows: the anniversary day is inside


def test_every_look_back_counts_its_anniversary_day() -> None:
    policy = BOOK.resolve("CN", D(2028, 3, 1))
    firm = ecoreg.EnterpriseProfile(credit_code="91350200776049653A", name="A", jurisdiction="CN")
    history = [ViolationRecord(on=D(2026, 3, 1), severity=Severity.SERIOUS)]
    on_anniversary = grade_enterprise(firm, history, policy=policy, on=D(2028, 3, 1))
    day_after = grade_enterprise(
        firm, history, policy=BOOK.resolve("CN", D(2028, 3, 2)), on=D(2028, 3, 2)
    )
    assert any(t.code.startswith("violation:") for t in on_anniversary.outcome.tags)
    assert not any(t.code.startswith("violation:") for t in day_after.outcome.tags)
    assert "届满当日计入" in on_anniversary.explain("zh")
    # First-violation look-back: a prior violation exactly 24 months before counts.
    prior = ecoreg.PriorViolation(kind="air.over-limit", on=D(2024, 1, 5))
    d = decide_leniency(
        case(prior_violations=(prior,), harm=Harm.SLIGHT, corrected_promptly=True),
        policy=BOOK.resolve("CN", D(2026, 3, 1)),
        decided_on=D(2026, 3, 1),
    )
    assert d.outcome.first_violation is False
    # Limitation: discovered on the anniversary is within the period.
    late = case(occurred_on=D(2024, 3, 1), discovered_on=D(2026, 3, 1), corrected_on=None)
    d = decide_leniency(late, policy=BOOK.resolve("CN", D(2026, 3, 2)), decided_on=D(2026, 3, 2))
    assert d.outcome.outcome is not LeniencyOutcome.TIME_BARRED
    assert "届满当日计入" in d.reasons[0].message_zh
    # Law-study points: an entry on the anniversary still counts.
    yk = BOOK.resolve("CN-LN-YK", D(2026, 3, 1))
    entries = (ecoreg.StudyEntry(on=D(2025, 3, 1), minutes=400),)
    assert ecoreg.study_standing(entries, policy=yk, on=D(2026, 3, 1)).outcome.class_hours == 10


# 5. Cite the law that sets the period


def test_a_compulsion_law_period_cites_its_art_69() -> None:
    d = ecoreg.compulsion_law_days_after(D(2026, 9, 29), 10)
    assert d.reasons[-1].citation == acl.ART_69
    assert (
        ecoreg.compulsion_law_days_after(D(2026, 9, 29), 11).unit is ecoreg.PeriodUnit.CALENDAR_DAYS
    )
    cited = ecoreg.working_days_after(D(2026, 9, 29), 10, source=acl.ART_69)
    assert cited.reasons[-1].citation == acl.ART_69
    assert ecoreg.penalty_law_days_after(D(2026, 9, 29), 5).reasons[-1].citation == apl.ART_85


# 6. Deferral to a date


def test_a_deferral_to_a_date_past_the_limit_by_one_day_is_refused_with_the_latest_date() -> None:
    dg = BOOK.resolve("CN-GD-DG", D(2026, 3, 2))

    def ask(until: dt.date) -> Any:
        app = ReliefApplication(
            fine=Decimal(100000),
            case_type=CaseType.NON_LITIGATION,
            decision_received_on=D(2026, 3, 2),
            filed_on=D(2026, 3, 2),
            grounds=(ecoreg.HardshipGround.OPERATING_DIFFICULTY,),
            request=DeferralRequest(until=until),
        )
        return ecoreg.decide_relief(app, policy=dg, decided_on=D(2026, 3, 2))

    ok = ask(D(2026, 9, 2))  # six months
    assert ok.outcome.status is ReliefStatus.APPROVED
    assert ok.outcome.term_ends_on == D(2026, 9, 2)
    refused = ask(D(2026, 9, 3))
    assert refused.outcome.status is ReliefStatus.REFUSED
    assert refused.hints[0].changes[-1].value == "2026-09-02"
    with pytest.raises(InvalidInputError):
        DeferralRequest(months=3, until=D(2026, 9, 2))
    with pytest.raises(InvalidInputError):
        DeferralRequest()


# 7. Silent answers a careful caller would not expect


def test_decide_fine_refuses_a_decision_before_discovery_like_decide_leniency() -> None:
    policy = BOOK.resolve("CN", D(2026, 3, 1))
    for decide in (decide_fine, decide_leniency):
        with pytest.raises(InvalidInputError) as info:
            decide(case(), policy=policy, decided_on=D(2026, 1, 20))
        assert info.value.field == "decided_on"


def test_a_policy_used_outside_its_span_is_refused() -> None:
    before = BOOK.resolve("CN-GD-DG", D(2025, 9, 30))  # before the 2025-10-01 guideline
    app = ReliefApplication(
        fine=Decimal(100000),
        case_type=CaseType.NON_LITIGATION,
        decision_received_on=D(2025, 10, 2),
        filed_on=D(2025, 10, 3),
        grounds=(ecoreg.HardshipGround.OPERATING_DIFFICULTY,),
        request=DeferralRequest(months=3),
    )
    with pytest.raises(InvalidInputError) as info:
        ecoreg.decide_relief(app, policy=before, decided_on=D(2025, 10, 6))
    assert info.value.field == "policy"
    assert (
        ecoreg.decide_relief(
            app, policy=BOOK.resolve("CN-GD-DG", D(2025, 10, 6)), decided_on=D(2025, 10, 6)
        ).outcome.status
        is ReliefStatus.APPROVED
    )


_ALLOWED_LATIN = re.compile(
    r"^(?:[A-D]|SO2|NOx|COD|pH|HJ|ecoreg|PRC|[A-Z]{2}(?:-[A-Z0-9]+)*|[A-Z]|N-\d+|DA\d+|E\d*|[a-f0-9-]{8,})$"
)


def _latin_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[A-Za-z][A-Za-z0-9_.\-]*", text) if not _ALLOWED_LATIN.match(w)}


@given(violation_cases(), st.sampled_from(JURISDICTIONS))
def test_chinese_messages_are_chinese_throughout(c: ViolationCase, code: str) -> None:
    decided = c.discovered_on + dt.timedelta(days=40)
    policy = BOOK.resolve(code, decided)
    for d in (
        decide_leniency(c, policy=policy, decided_on=decided),
        decide_fine(c, policy=policy, decided_on=decided),
    ):
        for r in d.reasons:
            assert not _latin_words(r.message_zh), r.message_zh
        for h in d.hints:
            assert not _latin_words(h.message_zh), h.message_zh


@given(ecoreg.testing.enterprise_profiles("CN-SN"), ecoreg.testing.histories())
def test_grading_explanations_in_chinese_are_chinese(profile: Any, history: Any) -> None:
    d = grade_enterprise(
        profile, history, policy=BOOK.resolve("CN-SN", D(2026, 11, 1)), on=D(2026, 11, 1)
    )
    for r in d.reasons:
        assert not _latin_words(r.message_zh), r.message_zh


# The outcome never contradicts the reasons


_SUPPRESSING = {
    "alerts.invalid-flag",
    "alerts.maintenance",
    "alerts.calibration",
    "alerts.exemption",
}


@given(
    ecoreg.testing.alerts(),
    st.booleans(),
    st.sampled_from(["2026-09-30T08:00:00+08:00", "2026-10-01T23:00:00+08:00"]),
)
def test_a_routed_alert_is_suppressed_exactly_when_a_suppressing_reason_says_so(
    alert: Alert, key: bool, announced: str
) -> None:
    policy = BOOK.resolve("CN", D(2026, 10, 1))
    notice = MaintenanceNotice(
        id="N-1",
        enterprise=alert.enterprise,
        kind=NoticeKind.MAINTENANCE,
        starts=ecoreg.parse_instant("2026-10-01T00:00:00+08:00"),
        ends=ecoreg.parse_instant("2026-10-01T23:59:00+08:00"),
        announced_at=ecoreg.parse_instant(announced),
    )
    context = EnterpriseContext(enterprise=alert.enterprise, key_unit=key)
    d = route_alert(alert, policy=policy, context=context, notices=[notice])
    fired = set(d.rule_ids)
    assert d.outcome.suppressed is bool(fired & _SUPPRESSING)
    assert d.outcome.suppressed is bool(d.outcome.silenced_by)
    assert set(d.outcome.silenced_by) - {"N-1"} <= fired
    if "alerts.notice-late" in fired:
        assert "N-1" not in d.outcome.silenced_by
    if d.outcome.tampering_signal:
        assert not d.outcome.suppressed


_OUTCOME_RULES = {
    LeniencyOutcome.TIME_BARRED: {"leniency.limitation"},
    LeniencyOutcome.NOT_PENALIZED: {
        "leniency.no-fault",
        "leniency.minor",
        "leniency.list-item",
        "leniency.study-points",
        "leniency.first-minor-apology",
        "leniency.no-longer-a-violation",
    },
    LeniencyOutcome.MAY_DECLINE: {"leniency.first-violation", "leniency.list-item"},
    LeniencyOutcome.PENALIZE: {"leniency.none", "leniency.never-lenient"},
}


@given(
    violation_cases(occurred_from=D(2025, 1, 1), occurred_until=D(2027, 1, 1)),
    st.sampled_from(JURISDICTIONS),
    st.integers(0, 900),
)
def test_no_decision_contradicts_its_own_reasons(c: ViolationCase, code: str, later: int) -> None:
    decided = c.discovered_on + dt.timedelta(days=later)
    policy = BOOK.resolve(code, decided)
    leniency = decide_leniency(c, policy=policy, decided_on=decided)
    deciding = [r for r in leniency.rule_ids if not r.startswith(("law.", "leniency.education"))]
    assert deciding[-1] in _OUTCOME_RULES[leniency.outcome.outcome] or (
        leniency.outcome.outcome is LeniencyOutcome.TIME_BARRED
        and deciding == ["leniency.limitation"]
    )
    assert leniency.outcome.education_required is ("leniency.education" in leniency.rule_ids)
    fine = decide_fine(c, policy=policy, decided_on=decided)
    steps = fine.outcome.steps
    assert fine.outcome.final == steps[-1].amount
    by_rule = {r.rule_id: r for r in fine.reasons}
    for step in steps:
        assert by_rule[step.rule_id].fact("amount") == str(step.amount)
    assert fine.outcome.below_statutory_minimum is ("fine.below-minimum" in fine.rule_ids)
