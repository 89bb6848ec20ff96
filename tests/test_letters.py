"""Notification letters (issue 28): composition, the closed loop, and the handover.

Dates are counted by hand on the mainland calendar (2026: 中秋 09-25, 国庆 10-01 to 10-07, make-up
workday Saturday 10-10). The letters' windows are ecoreg's defaults: 5 working days to respond
(Shanxi's correction window), 5 more of grace, 10 for the bureau to verify.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecoreg import (
    Alert,
    AlertKind,
    EnterpriseProfile,
    Grade,
    Harm,
    InspectionTask,
    LeniencyOutcome,
    Severity,
    TaskOutcome,
    ViolationCase,
    ViolationRecord,
    decide_leniency,
    grade_enterprise,
    plan_inspections,
    standard_policy_book,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.letters import (
    ActionRequest,
    Addressee,
    AlertTrigger,
    GradeTrigger,
    InspectionTrigger,
    LapseTrigger,
    LeniencyTrigger,
    Letter,
    LetterConsequence,
    LetterEvent,
    LetterEventKind,
    LetterKind,
    LetterRequest,
    LetterState,
    LocalMeasure,
    PolicyTrigger,
    compose_letter,
    exempt_tasks,
    letter_exemption,
    letter_grading_records,
    letter_status,
)

D = dt.date
BOOK = standard_policy_book()
POLICY = BOOK.resolve("CN", D(2026, 9, 29))
CODE = "91350200776049653A"
FIRM = Addressee(name="孝感某涂装有限公司", credit_code=CODE, industry="coating")
MEASURE = LocalMeasure(
    name_zh="关于推行生态环境涉企行政检查事前审批和告知工作的通知",
    name_en="Xiaogan notice on prior approval and notification of inspections",
    issuer_zh="孝感市生态环境局",
)
FULL = tuple(LetterEventKind)


def request(trigger: Any, **changes: Any) -> LetterRequest:
    data: dict[str, Any] = {
        "id": "XG-2026-001",
        "addressee": FIRM,
        "issuer_zh": "孝感市生态环境局",
        "trigger": trigger,
        "local_measure": MEASURE,
    }
    data.update(changes)
    return LetterRequest.model_validate(data)


LAPSE = LapseTrigger(document_type="permit", document_ref="914209-001P", expires_on=D(2026, 12, 31))


ISSUED = D(2026, 9, 29)


def reminder(issued: dt.date = ISSUED, **changes: Any) -> Letter:
    policy = BOOK.resolve("CN", issued)
    return compose_letter(request(LAPSE, **changes), policy=policy, issued_on=issued).outcome


def events(*steps: tuple[str, str], found: bool = True) -> list[LetterEvent]:
    return [
        LetterEvent(
            kind=LetterEventKind(k), on=D.fromisoformat(on), nothing_found=found or k != "closed"
        )
        for k, on in steps
    ]


def state(letter: Letter, evs: list[LetterEvent], on: str) -> LetterState:
    return letter_status(letter, evs, on=on).outcome.state


# --- composition -----------------------------------------------------------------------------


def test_a_reminder_before_national_day_counts_five_working_days_across_the_holiday() -> None:
    # Issued Tue 2026-09-29: working days 09-30 (1), 10-08 (2), 10-09 (3), Sat 10-10 make-up
    # (4), 10-12 (5): reply by Monday 2026-10-12 (Shanxi's 5 working days, ecoreg's default).
    letter = reminder()
    assert letter.kind is LetterKind.REMINDER
    assert letter.response_due == D(2026, 10, 12)
    assert letter.rectify_due == D(2026, 10, 12)
    assert letter.terms.response_working_days == 5
    assert "default" in letter.terms.basis_note


def test_every_letter_names_the_firms_own_facts_and_the_local_measure() -> None:
    decision = compose_letter(request(LAPSE), policy=POLICY, issued_on="2026-09-29")
    letter = decision.outcome
    assert "孝感某涂装有限公司" in letter.found[0].text_zh
    assert "914209-001P" in letter.found[0].text_en
    assert letter.local_measure.issuer_zh == "孝感市生态环境局"
    local = next(r for r in decision.reasons if r.rule_id == "letters.local-measure")
    assert "涉企行政检查事前审批和告知" in local.message_zh
    window = next(r for r in decision.reasons if r.rule_id == "letters.response-window")
    assert "ecoreg默认值" in window.message_zh
    assert "ecoreg's default" in window.message_en
    assert window.fact("response_due") == "2026-10-12"


def test_actions_keep_their_own_deadlines_and_the_latest_is_the_rectification_day() -> None:
    actions = [
        ActionRequest(id="label", text_zh="张贴危险废物标签", text_en="Label the HW store"),
        ActionRequest(
            id="renew", text_zh="申请延续许可", text_en="Apply for renewal", working_days=20
        ),
    ]
    letter = reminder(actions=actions)
    # 20 working days from 09-29: 09-30, 10-08..10-10 (4), 10-12..16 (9), 10-19..23 (14),
    # 10-26..30 (19), 11-02 (20).
    assert [a.due for a in letter.actions] == [D(2026, 10, 12), D(2026, 11, 2)]
    assert letter.rectify_due == D(2026, 11, 2)


def test_a_no_penalty_decision_produces_its_notification_citing_the_duty_to_educate() -> None:
    case = ViolationCase.from_data(
        {
            "kind": "air.over-limit",
            "occurred_on": D(2026, 9, 1),
            "discovered_on": D(2026, 9, 10),
            "corrected_on": D(2026, 9, 12),
            "corrected_promptly": True,
            "minor": True,
            "harm": Harm.NONE,
        }
    )
    leniency = decide_leniency(case, policy=POLICY, decided_on=D(2026, 9, 20))
    assert leniency.outcome.education_required
    trigger = LeniencyTrigger.of(
        leniency, case_ref="孝环罚〔2026〕示例", violation_kind="air.over-limit"
    )
    decision = compose_letter(request(trigger), policy=POLICY, issued_on="2026-09-21")
    letter = decision.outcome
    assert letter.kind is LetterKind.NO_PENALTY
    labels = [c.label_zh for c in letter.provisions]
    assert "《中华人民共和国行政处罚法》第三十三条第三款" in labels
    assert "letters.duty-to-educate" in decision.rule_ids
    assert "不予行政处罚" in letter.found[0].text_zh
    assert letter.actions[0].id == "correct"
    # Rugao's 告知书: the problem, what to rectify, by when, the provisions, the consequence.
    assert letter.found
    # 5 working days from Mon 09-21: 09-22, 23, 24, (09-25 中秋 off, weekend) 09-28, 09-29.
    assert letter.actions[0].due == D(2026, 9, 29)
    assert letter.provisions
    assert "现场检查" in letter.consequence_zh
    assert "credit" in letter.consequence_en


def test_a_notification_for_a_decision_that_penalised_is_refused() -> None:
    trigger = LeniencyTrigger(
        case_ref="c",
        violation_kind="air.over-limit",
        outcome=LeniencyOutcome.PENALIZE,
        decided_on=D(2026, 9, 1),
    )
    with pytest.raises(InvalidInputError) as err:
        compose_letter(request(trigger), policy=POLICY, issued_on="2026-09-21")
    assert err.value.field == "trigger.outcome"


def test_a_pre_inspection_notice_caps_the_self_check_at_the_day_before_the_visit() -> None:
    task = InspectionTask(
        id="T-7",
        enterprise=CODE,
        department="孝感市生态环境局",
        purposes=("排污许可执行情况", "治污设施运行"),
        window_start=D(2026, 10, 12),
        window_end=D(2026, 10, 16),
    )
    trigger = InspectionTrigger.of(task, visit_on="2026-10-13")
    decision = compose_letter(request(trigger), policy=POLICY, issued_on="2026-09-29")
    letter = decision.outcome
    assert letter.kind is LetterKind.PRE_INSPECTION
    # 5 working days end 10-12, which is the day before the 10-13 visit anyway.
    assert letter.actions[0].due == D(2026, 10, 12)
    assert letter.matters == ("排污许可执行情况", "治污设施运行")
    assert 51 in [c.article for c in letter.provisions]
    late = compose_letter(request(trigger), policy=POLICY, issued_on="2026-10-08")
    # 5 working days from 10-08 end 10-14; the visit on 10-13 caps it at 10-12.
    assert late.outcome.actions[0].due == D(2026, 10, 12)
    with pytest.raises(InvalidInputError) as err:
        compose_letter(request(trigger), policy=POLICY, issued_on="2026-10-13")
    assert err.value.field == "issued_on"


def test_alert_grade_and_policy_triggers_compose_reminders_and_policy_letters() -> None:
    alert = AlertTrigger(
        alert_id="A-9",
        outlet="DA001",
        pollutant="NOx",
        alert_kind=AlertKind.CONCENTRATION_EXCEEDANCE,
        start=dt.datetime(2026, 9, 28, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )
    letter = compose_letter(request(alert), policy=POLICY, issued_on="2026-09-29").outcome
    assert "DA001" in letter.found[0].text_zh
    assert "浓度超标" in letter.found[0].text_zh
    grade = GradeTrigger(from_grade=Grade.B, to_grade=Grade.C, on=D(2026, 9, 28))
    assert (
        "B级"
        in compose_letter(request(grade), policy=POLICY, issued_on="2026-09-29")
        .outcome.found[0]
        .text_zh
    )
    topic = PolicyTrigger(
        industry="coating", topic_zh="VOCs无组织排放控制。", topic_en="VOC control."
    )
    policy_letter = compose_letter(request(topic), policy=POLICY, issued_on="2026-09-29").outcome
    assert policy_letter.kind is LetterKind.POLICY
    assert policy_letter.rectify_due is None
    other = FIRM.model_copy(update={"industry": "plastics"})
    with pytest.raises(InvalidInputError) as err:
        compose_letter(request(topic, addressee=other), policy=POLICY, issued_on="2026-09-29")
    assert err.value.field == "addressee.industry"
    with pytest.raises(InvalidInputError) as err:
        compose_letter(request(alert), policy=POLICY, issued_on="2026-09-27")
    assert err.value.field == "issued_on"


# --- bad input -------------------------------------------------------------------------------


def test_a_letter_to_a_private_person_is_refused_naming_the_field() -> None:
    with pytest.raises(InvalidInputError) as err:
        request(LAPSE, addressee={"kind": "individual", "name": "张三", "credit_code": CODE})
    assert err.value.field == "addressee.kind"
    assert "individual citizens" in err.value.allowed


def test_an_event_before_the_letter_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInputError) as err:
        letter_status(reminder(), events(("delivered", "2026-09-28")), on="2026-10-01")
    assert err.value.field == "events.0.on"


def test_events_out_of_order_or_repeated_are_refused_naming_them() -> None:
    letter = reminder()
    with pytest.raises(InvalidInputError) as err:
        letter_status(letter, events(("acknowledged", "2026-09-30")), on="2026-10-01")
    assert err.value.field == "events.0.kind"
    with pytest.raises(InvalidInputError) as err:
        letter_status(
            letter,
            events(("delivered", "2026-09-30"), ("delivered", "2026-09-30")),
            on="2026-10-01",
        )
    assert err.value.field == "events.1.kind"
    with pytest.raises(InvalidInputError) as err:
        letter_status(
            letter,
            events(("delivered", "2026-10-09"), ("acknowledged", "2026-10-08")),
            on="2026-10-20",
        )
    assert err.value.field == "events.1.on"
    with pytest.raises(InvalidInputError) as err:
        letter_status(letter, [], on="2026-09-28")
    assert err.value.field == "on"


# --- the loop: every transition, every deadline at its last day and the day after -------------


def test_the_full_loop_moves_through_every_state_on_its_days() -> None:
    letter = reminder()
    log = events(
        ("delivered", "2026-09-30"),
        ("acknowledged", "2026-10-08"),
        ("rectified", "2026-10-09"),
        ("verified", "2026-10-15"),
        ("closed", "2026-10-16"),
    )
    assert state(letter, log, "2026-09-29") is LetterState.SENT
    assert state(letter, log, "2026-09-30") is LetterState.DELIVERED
    assert state(letter, log, "2026-10-08") is LetterState.ACKNOWLEDGED
    assert state(letter, log, "2026-10-09") is LetterState.RECTIFIED
    assert state(letter, log, "2026-10-15") is LetterState.VERIFIED
    assert state(letter, log, "2026-10-16") is LetterState.CLOSED
    assert state(letter, log, "2027-06-01") is LetterState.CLOSED


def test_the_response_deadline_last_day_then_overdue_then_escalated() -> None:
    letter = reminder()
    last = letter_status(letter, [], on="2026-10-12").outcome
    assert last.state is LetterState.SENT
    assert (last.next_deadline, last.deadline_for, last.if_missed) == (
        D(2026, 10, 12),
        "acknowledge",
        LetterConsequence.REMINDER,
    )
    after = letter_status(letter, [], on="2026-10-13").outcome
    assert after.state is LetterState.OVERDUE
    assert after.reminder_due == D(2026, 10, 13)
    # Grace: 5 working days after 10-12 are 10-13..10-16 and 10-19.
    assert (after.next_deadline, after.if_missed) == (D(2026, 10, 19), LetterConsequence.ESCALATION)
    assert after.missed == ("acknowledge", "rectify")  # both fall on 10-12
    assert letter_status(letter, [], on="2026-10-19").outcome.state is LetterState.OVERDUE
    escalated = letter_status(letter, [], on="2026-10-20")
    assert escalated.outcome.state is LetterState.ESCALATED
    assert escalated.outcome.since == D(2026, 10, 20)
    assert "letters.escalation" in escalated.rule_ids


def test_delivered_but_silent_follows_the_same_deadlines() -> None:
    letter = reminder()
    log = events(("delivered", "2026-09-30"))
    assert state(letter, log, "2026-10-12") is LetterState.DELIVERED
    assert state(letter, log, "2026-10-13") is LetterState.OVERDUE


def test_a_late_acknowledgement_in_the_grace_window_avoids_escalation_of_that_step() -> None:
    letter = reminder(
        actions=[ActionRequest(id="fix", text_zh="整改", text_en="Fix", working_days=15)]
    )
    # Rectify by 15 working days from 09-29: ..., 10-19..23 (14), 10-26 (15).
    assert letter.rectify_due == D(2026, 10, 26)
    log = events(("delivered", "2026-09-30"), ("acknowledged", "2026-10-19"))
    status = letter_status(letter, log, on="2026-10-19").outcome
    assert status.state is LetterState.ACKNOWLEDGED
    assert status.missed == ("acknowledge",)
    assert (status.next_deadline, status.deadline_for) == (D(2026, 10, 26), "rectify")
    assert state(letter, log, "2026-10-26") is LetterState.ACKNOWLEDGED
    assert state(letter, log, "2026-10-27") is LetterState.OVERDUE
    # Grace after 10-26: 10-27..30 and 11-02.
    assert state(letter, log, "2026-11-02") is LetterState.OVERDUE
    escalated = letter_status(letter, log, on="2026-11-03").outcome
    assert escalated.state is LetterState.ESCALATED
    assert escalated.handover is not None
    assert escalated.handover.grading_record == ViolationRecord(
        on=D(2026, 11, 3), kind="letter_ignored", severity=Severity.MINOR
    )
    task = escalated.handover.inspection_task
    plan = plan_inspections([task], gradings={CODE: "C"}, policy=POLICY, year=2026)
    assert plan.outcome[task.id] is TaskOutcome.APPROVED


def test_an_acknowledgement_after_the_grace_window_does_not_undo_the_escalation() -> None:
    letter = reminder()
    log = events(("delivered", "2026-09-30"), ("acknowledged", "2026-10-21"))
    assert state(letter, log, "2026-10-21") is LetterState.ESCALATED
    # The bureau's verification ends the escalation; the record stays.
    log += events(("rectified", "2026-10-22"), ("verified", "2026-10-23"))
    assert state(letter, log, "2026-10-23") is LetterState.VERIFIED
    assert len(letter_grading_records(letter, log, on="2026-12-31")) == 1


def test_the_bureaus_verification_deadline_hands_over_a_verification_visit_not_a_record() -> None:
    letter = reminder()
    log = events(
        ("delivered", "2026-09-30"), ("acknowledged", "2026-10-08"), ("rectified", "2026-10-09")
    )
    # 10 working days after 10-09: 10-10 (Sat, make-up), 10-12..16, 10-19..22 -> 10-22.
    on_time = letter_status(letter, log, on="2026-10-22").outcome
    assert (on_time.state, on_time.next_deadline, on_time.party) == (
        LetterState.RECTIFIED,
        D(2026, 10, 22),
        "bureau",
    )
    assert on_time.handover is None
    late = letter_status(letter, log, on="2026-10-23").outcome
    assert late.state is LetterState.RECTIFIED
    assert late.handover is not None
    assert late.handover.grading_record is None
    assert late.handover.inspection_task.window_start == D(2026, 10, 23)
    task = late.handover.inspection_task
    plan = plan_inspections([task], gradings={CODE: "B"}, policy=POLICY, year=2026)
    assert plan.outcome[task.id] is TaskOutcome.APPROVED
    assert letter_grading_records(letter, log, on="2026-12-31") == ()


def test_a_policy_letter_closes_without_rectification() -> None:
    topic = PolicyTrigger(industry="coating", topic_zh="VOCs控制。", topic_en="VOC control.")
    letter = compose_letter(request(topic), policy=POLICY, issued_on="2026-09-29").outcome
    log = events(
        ("delivered", "2026-09-30"), ("acknowledged", "2026-10-09"), ("closed", "2026-10-10")
    )
    status = letter_status(letter, log[:2], on="2027-01-01").outcome
    assert (status.state, status.next_deadline) == (LetterState.ACKNOWLEDGED, None)
    assert state(letter, log, "2026-10-10") is LetterState.CLOSED
    with pytest.raises(InvalidInputError) as err:
        letter_status(
            letter,
            events(
                ("delivered", "2026-09-30"),
                ("acknowledged", "2026-10-09"),
                ("rectified", "2026-10-10"),
            ),
            on="2026-10-10",
        )
    assert err.value.field == "events.2.kind"


# --- the handover to inspections and grading ---------------------------------------------------


def test_an_escalated_letter_hands_a_triggered_task_to_plan_inspections() -> None:
    letter = reminder()
    handover = letter_status(letter, [], on="2026-10-20").outcome.handover
    assert handover is not None
    task = handover.inspection_task
    assert (task.enterprise, task.trigger_ref, task.triggered) == (CODE, letter.id, True)
    plan = plan_inspections([task], gradings={CODE: "A"}, policy=POLICY, year=2026)
    # Grade A is checked off-site first, but a triggered task goes on site and passes the cap.
    assert plan.outcome[task.id] is TaskOutcome.APPROVED
    assert handover.grading_record == ViolationRecord(
        on=D(2026, 10, 20), kind="letter_ignored", severity=Severity.MINOR
    )


def test_an_ignored_letter_raises_the_firms_risk_in_grading() -> None:
    letter = reminder()
    firm = EnterpriseProfile(credit_code=CODE, name=FIRM.name, jurisdiction="CN")
    policy = BOOK.resolve("CN", D(2026, 12, 1))
    before = grade_enterprise(firm, [], policy=policy, on="2026-12-01").outcome
    records = letter_grading_records(letter, [], on="2026-12-01")
    after = grade_enterprise(firm, list(records), policy=policy, on="2026-12-01").outcome
    # A minor violation adds 5 risk points (ecoreg's default grading.risk_event_points[0]).
    assert after.risk_score - before.risk_score == 5
    assert letter_grading_records(letter, [], on="2026-10-19") == ()


def test_a_letter_closed_with_nothing_found_spares_a_routine_inspection_for_a_year() -> None:
    task = InspectionTask(
        id="T-1",
        enterprise=CODE,
        department="孝感市生态环境局",
        purposes=("排污许可执行情况",),
        window_start=D(2026, 10, 12),
        window_end=D(2026, 10, 16),
    )
    notice = compose_letter(
        request(InspectionTrigger.of(task, visit_on="2026-10-13")),
        policy=POLICY,
        issued_on="2026-09-29",
    ).outcome
    log = events(
        ("delivered", "2026-09-30"),
        ("acknowledged", "2026-10-08"),
        ("rectified", "2026-10-09"),
        ("verified", "2026-10-13"),
        ("closed", "2026-10-14"),
    )
    exemption = letter_exemption(notice, log).outcome
    assert (exemption.exempt, exemption.until) == (True, D(2027, 10, 14))
    routine = [
        InspectionTask(
            id=f"R-{start}",
            enterprise=CODE,
            department="d",
            purposes=("排污许可执行情况",),
            window_start=start,
            window_end=start,
        )
        for start in (D(2027, 10, 14), D(2027, 10, 15))
    ]
    other = InspectionTask(
        id="O",
        enterprise=CODE,
        department="d",
        purposes=("噪声",),
        window_start=D(2027, 3, 1),
        window_end=D(2027, 3, 1),
    )
    complaint = routine[0].model_copy(update={"id": "C", "trigger": "complaint"})
    result = exempt_tasks([*routine, other, complaint], [(notice, log)], on="2027-01-01").outcome
    assert result.exempted == (("R-2027-10-14", notice.id),)
    assert [t.id for t in result.kept] == ["R-2027-10-15", "O", "C"]
    found = events(*[(k, "2026-10-14") for k in FULL], found=False)
    assert not letter_exemption(notice, found).outcome.exempt


# --- properties ------------------------------------------------------------------------------

LETTER = reminder(ISSUED)
OFFSETS = st.lists(st.integers(0, 30), min_size=0, max_size=5)


def _log(offsets: list[int], *, found: bool = True) -> list[LetterEvent]:
    day, out = ISSUED, []
    for kind, step in zip(FULL, offsets, strict=False):
        day += dt.timedelta(days=step)
        out.append(
            LetterEvent(kind=kind, on=day, nothing_found=found if kind == "closed" else True)
        )
    return out


@settings(max_examples=150, deadline=None)
@given(OFFSETS, st.integers(0, 200))
def test_a_letter_is_in_exactly_one_state_and_it_agrees_with_the_record(
    offsets: list[int], later: int
) -> None:
    log = _log(offsets)
    on = ISSUED + dt.timedelta(days=later)
    status = letter_status(LETTER, log, on=on).outcome
    known = {e.kind: e.on for e in log if e.on <= on}
    matches = {
        LetterState.CLOSED: LetterEventKind.CLOSED in known,
        LetterState.VERIFIED: LetterEventKind.VERIFIED in known
        and LetterEventKind.CLOSED not in known,
        LetterState.ESCALATED: status.handover is not None
        and status.handover.grading_record is not None,
        LetterState.OVERDUE: status.reminder_due is not None,
    }
    assert sum(1 for s, holds in matches.items() if holds and s is status.state) <= 1
    for s, holds in matches.items():
        assert (status.state is s) == holds, (s, status)
    assert ISSUED <= status.since <= on


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 20), st.integers(0, 400), st.sampled_from(list(LetterEventKind)))
def test_events_never_move_a_closed_letter(step: int, later: int, extra: LetterEventKind) -> None:
    log = _log([step] * 5)
    closed = log[-1].on
    on = closed + dt.timedelta(days=later)
    assert letter_status(LETTER, log, on=on).outcome.state is LetterState.CLOSED
    with pytest.raises(InvalidInputError) as err:
        letter_status(LETTER, [*log, LetterEvent(kind=extra, on=on)], on=on)
    assert err.value.field == "events.5.kind"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 700), st.sampled_from(["minor", "general", "serious"])), max_size=4
    ),
    OFFSETS,
)
def test_an_ignored_letter_never_lowers_risk(
    history: list[tuple[int, str]], offsets: list[int]
) -> None:
    on = D(2027, 12, 31)
    policy = BOOK.resolve("CN", on)
    firm = EnterpriseProfile(credit_code=CODE, name=FIRM.name, jurisdiction="CN")
    base = [
        ViolationRecord(on=D(2026, 1, 1) + dt.timedelta(days=d), severity=Severity(s))
        for d, s in history
    ]
    records = letter_grading_records(LETTER, _log(offsets), on=on)
    without = grade_enterprise(firm, base, policy=policy, on=on).outcome
    with_letter = grade_enterprise(firm, [*base, *records], policy=policy, on=on).outcome
    assert with_letter.risk_score >= without.risk_score
    assert with_letter.credit_score <= without.credit_score


def test_a_silent_policy_letter_escalates_on_its_acknowledgement_alone() -> None:
    topic = PolicyTrigger(industry="coating", topic_zh="VOCs控制。", topic_en="VOC control.")
    letter = compose_letter(request(topic), policy=POLICY, issued_on="2026-09-29").outcome
    log = events(("delivered", "2026-09-30"))
    assert state(letter, log, "2026-10-19") is LetterState.OVERDUE
    status = letter_status(letter, log, on="2026-10-20").outcome
    assert status.state is LetterState.ESCALATED
    assert status.missed == ("acknowledge",)
    assert status.handover is not None
    assert status.handover.inspection_task.purposes == ("industry:coating",)


def test_triggers_are_built_from_the_domains_own_objects() -> None:
    alert = Alert(
        id="A-1",
        enterprise=CODE,
        outlet="DW001",
        pollutant="COD",
        kind=AlertKind.ZERO_DATA,
        start=dt.datetime(2026, 9, 28, 8, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )
    made = AlertTrigger.of(alert)
    assert (made.outlet, made.alert_kind) == ("DW001", AlertKind.ZERO_DATA)
    firm = EnterpriseProfile(credit_code=CODE, name=FIRM.name, jurisdiction="CN")
    policy = BOOK.resolve("CN", D(2026, 12, 1))
    clean = grade_enterprise(firm, [], policy=policy, on="2026-12-01").outcome
    serious = [ViolationRecord(on=D(2026, 11, 1), severity=Severity.SERIOUS)]
    worse = grade_enterprise(firm, serious, policy=policy, on="2026-12-01").outcome
    assert clean.grade != worse.grade
    grade = GradeTrigger.of(clean, worse)
    assert (grade.from_grade, grade.to_grade) == (clean.grade, worse.grade)
    with pytest.raises(InvalidInputError) as err:
        GradeTrigger.of(clean, clean)
    assert err.value.field == "to_grade"
    task = InspectionTask(
        id="T",
        enterprise=CODE,
        department="d",
        purposes=("p",),
        window_start=D(2026, 10, 12),
        window_end=D(2026, 10, 16),
    )
    with pytest.raises(InvalidInputError) as err:
        InspectionTrigger.of(task, visit_on="2026-10-17")
    assert err.value.field == "visit_on"


def test_a_lapse_reminder_after_the_lapse_is_refused_and_a_ledger_cites_the_code() -> None:
    with pytest.raises(InvalidInputError) as err:
        compose_letter(
            request(LAPSE), policy=BOOK.resolve("CN", D(2027, 1, 4)), issued_on="2027-01-04"
        )
    assert err.value.field == "issued_on"
    ledger = LapseTrigger(
        document_type="permit_ledger", document_ref="L-2021", expires_on=D(2026, 12, 31)
    )
    letter = compose_letter(request(ledger), policy=POLICY, issued_on="2026-09-29").outcome
    assert 183 in [c.article for c in letter.provisions]
    assert "环境管理台账" in letter.found[0].text_zh


def test_an_unclosed_letter_exempts_nothing_and_bad_letters_are_named_in_a_batch() -> None:
    letter = reminder()
    assert not letter_exemption(letter, events(("delivered", "2026-09-30"))).outcome.exempt
    with pytest.raises(InvalidInputError) as err:
        exempt_tasks([], [(letter, events(("acknowledged", "2026-09-30")))], on="2026-12-01")
    assert err.value.field == "letters.0.events.0.kind"
    with pytest.raises(InvalidInputError) as err:
        letter_status(
            letter,
            [LetterEvent(kind=LetterEventKind.DELIVERED, on=D(2026, 9, 30), nothing_found=False)],
            on="2026-10-01",
        )
    assert err.value.field == "events.0.nothing_found"


def test_a_letter_read_back_from_json_must_be_consistent() -> None:
    data = reminder().to_data()
    assert Letter.from_data(data) == reminder()
    for change, field in (
        ({"kind": "policy"}, "kind"),
        ({"response_due": "2026-09-28"}, "response_due"),
        ({"rectify_due": "2026-10-30"}, "rectify_due"),
        ({"actions": []}, "actions"),
    ):
        with pytest.raises(InvalidInputError) as err:
            Letter.from_data({**data, **change})
        assert err.value.field == field


def test_an_action_shorter_than_the_response_window_keeps_its_day_but_reporting_waits() -> None:
    letter = reminder(
        actions=[ActionRequest(id="label", text_zh="张贴标签", text_en="Label", working_days=2)]
    )
    # 2 working days from 09-29: 09-30 and 10-08; the reply is due 10-12 and so is the report.
    assert letter.actions[0].due == D(2026, 10, 8)
    assert (letter.response_due, letter.rectify_due) == (D(2026, 10, 12), D(2026, 10, 12))


def test_a_notice_issued_close_to_the_visit_is_answered_the_day_before() -> None:
    task = InspectionTask(
        id="T-9",
        enterprise=CODE,
        department="孝感市生态环境局",
        purposes=("排污许可执行情况",),
        window_start=D(2026, 10, 13),
        window_end=D(2026, 10, 16),
    )
    trigger = InspectionTrigger.of(task, visit_on="2026-10-13")
    letter = compose_letter(request(trigger), policy=POLICY, issued_on="2026-10-09").outcome
    # 5 working days from 10-09 would end 10-16; the visit on 10-13 caps reply and actions at 10-12.
    assert (letter.response_due, letter.rectify_due) == (D(2026, 10, 12), D(2026, 10, 12))
    assert state(letter, [], "2026-10-12") is LetterState.SENT
    assert state(letter, [], "2026-10-13") is LetterState.OVERDUE
