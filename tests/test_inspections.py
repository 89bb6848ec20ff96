"""Inspection planning (issue 15): the seeds' worked cases, the plan's invariants, and codes."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import inspections_snapshot
from ecoreg import (
    EnterpriseTable,
    EventTable,
    Grade,
    InspectionTask,
    TaskOutcome,
    draw_sample,
    grade_batch,
    issue_code,
    plan_inspections,
    standard_policy_book,
    verify_code,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.inspections._codes import _signature
from policy_helpers import local_measure
from snapshot_check import changed_cases

POLICY = standard_policy_book().resolve("CN", "2026-01-01")
GRADES = {"F-A": "A", "F-B": "B", "F-C": "C", "F-D": "D", "F-C2": "C"}
KEY = b"the agency's own secret key"


def task(ident: str, enterprise: str = "F-C", **fields: Any) -> InspectionTask:
    data = {
        "id": ident,
        "enterprise": enterprise,
        "department": "大气环境科",
        "purposes": ["排污许可执行情况"],
        "window_start": "2026-05-01",
        "window_end": "2026-05-31",
        **fields,
    }
    return InspectionTask.model_validate(data)


def test_plans_and_codes_match_the_reviewed_snapshot() -> None:
    changed = changed_cases(inspections_snapshot.SNAPSHOT, inspections_snapshot.lines)
    assert not changed, (
        f"review, then regenerate with python tests/inspections_snapshot.py: {changed}"
    )


# --- the seeds' worked cases --------------------------------------------------------------------


def test_three_departments_tasks_for_one_firm_in_a_month_become_one_visit() -> None:
    """Yangzhou: 一次进门、全面体检."""
    tasks = [
        task("air", department="大气环境科", purposes=["废气排放"]),
        task("water", department="水生态环境科", purposes=["废水排放"], window_start="2026-05-10"),
        task("waste", department="固体废物科", purposes=["危险废物贮存"], window_end="2026-05-20"),
    ]
    plan = plan_inspections(tasks, gradings=GRADES, policy=POLICY, year=2026)
    (visit,) = plan.visits
    assert visit.tasks == ("waste", "air", "water")  # by window: the shortest leads
    assert visit.departments == ("固体废物科", "大气环境科", "水生态环境科")
    assert visit.purposes == ("危险废物贮存", "废气排放", "废水排放")
    assert dt.date(2026, 5, 10) <= visit.on <= dt.date(2026, 5, 20)
    assert [plan.outcome[t] for t in ("waste", "air", "water")] == ["approved", "merged", "merged"]
    merged = plan.decision("water")
    assert merged.reasons[-1].rule_id == "inspections.merged"
    assert "一次进门、全面体检" in merged.reasons[-1].message_zh
    summary = plan.summary().outcome
    assert (summary.visits_before, summary.visits_after, summary.reduction_percent) == (
        3,
        1,
        "66.6",
    )


def test_an_untriggered_task_outside_the_annual_plan_is_refused_citing_the_rule() -> None:
    """Yangzhou: 凡检查必审批."""
    plan = plan_inspections(
        [task("t", in_annual_plan=False)], gradings=GRADES, policy=POLICY, year=2026
    )
    decision = plan.decision("t")
    assert decision.outcome.outcome == TaskOutcome.REFUSED
    (reason,) = decision.reasons
    assert reason.rule_id == "inspections.unplanned"
    assert reason.citation is not None
    assert "凡检查必审批" in reason.message_zh
    assert decision.hints[0].rule_id == "inspections.unplanned"


def test_a_triggered_inspection_of_a_firm_at_its_cap_is_approved_and_says_so() -> None:
    # Grade C: at most 4 untriggered inspections a year; four have happened already.
    complaint = task("c", trigger="complaint", trigger_ref="12369-2026-0815", in_annual_plan=False)
    plan = plan_inspections(
        [complaint], gradings=GRADES, policy=POLICY, year=2026, visits_so_far={"F-C": 4}
    )
    decision = plan.decision("c")
    assert decision.outcome.outcome == TaskOutcome.APPROVED
    triggered = decision.reasons[0]
    assert triggered.rule_id == "inspections.triggered"
    assert "不受每年4次的上限限制" in triggered.message_zh
    assert (triggered.fact("cap"), triggered.fact("visits_this_year")) == (4, 5)
    routine = plan_inspections(
        [task("r")], gradings=GRADES, policy=POLICY, year=2026, visits_so_far={"F-C": 4}
    )
    refused = routine.decision("r")
    assert refused.outcome.outcome == TaskOutcome.REFUSED
    assert refused.reasons[0].rule_id == "inspections.yearly-cap"


def test_a_policy_can_hold_triggered_inspections_to_the_plan_and_the_cap() -> None:
    data = local_measure({"inspections.triggered_always_allowed": False})
    strict = standard_policy_book().extend(data).resolve("CN-TJ", "2026-01-01")
    complaint = task("c", trigger="complaint", in_annual_plan=False)
    plan = plan_inspections([complaint], gradings=GRADES, policy=strict, year=2026)
    assert plan.decision("c").reasons[0].rule_id == "inspections.unplanned"
    planned = task("p", trigger="alert")
    capped = plan_inspections(
        [planned], gradings=GRADES, policy=strict, year=2026, visits_so_far={"F-C": 4}
    )
    assert capped.outcome["p"] == TaskOutcome.REFUSED


def test_firms_graded_for_off_site_checks_get_data_verification_first() -> None:
    plan = plan_inspections(
        [task("a", "F-A"), task("b", "F-B"), task("d", "F-D")],
        gradings=GRADES,
        policy=POLICY,
        year=2026,
    )
    assert [plan.outcome[t] for t in ("a", "b", "d")] == ["offsite", "offsite", "approved"]
    assert plan.decision("a").reasons[0].rule_id == "inspections.offsite"


# --- invariants ---------------------------------------------------------------------------------

_DAY0 = dt.date(2026, 1, 1)


@st.composite
def task_lists(draw: st.DrawFn) -> list[InspectionTask]:
    n = draw(st.integers(0, 30))
    out = []
    for i in range(n):
        start = draw(st.integers(0, 330))
        length = draw(st.integers(0, 34))
        trigger = draw(st.sampled_from([None, None, None, "complaint", "alert"]))
        out.append(
            task(
                f"t{i}",
                draw(st.sampled_from(sorted(GRADES))),
                department=draw(st.sampled_from(["大气", "水", "固废"])),
                window_start=str(_DAY0 + dt.timedelta(days=start)),
                window_end=str(_DAY0 + dt.timedelta(days=start + length)),
                in_annual_plan=draw(st.booleans()) or trigger is not None,
                trigger=trigger,
            )
        )
    return out


@given(task_lists(), st.dictionaries(st.sampled_from(sorted(GRADES)), st.integers(0, 5)))
def test_every_task_ends_in_exactly_one_outcome_and_visits_respect_windows_and_caps(
    tasks: list[InspectionTask], prior: dict[str, int]
) -> None:
    plan = plan_inspections(tasks, gradings=GRADES, policy=POLICY, year=2026, visits_so_far=prior)
    assert sorted(plan.outcome) == sorted(t.id for t in tasks)
    by_id = {t.id: t for t in tasks}
    in_visits = [t for v in plan.visits for t in v.tasks]
    assert len(in_visits) == len(set(in_visits))
    assert sorted(in_visits) == sorted(
        t for t, o in plan.outcome.items() if o in ("approved", "merged")
    )
    caps = dict(zip("ABCD", POLICY.as_tuple("supervision.yearly_caps"), strict=True))
    for visit in plan.visits:
        assert sum(plan.outcome[t] == "approved" for t in visit.tasks) == 1
        for t in visit.tasks:  # the day lies in every merged task's window
            assert by_id[t].window_start <= visit.on <= by_id[t].window_end
    for firm, grade in GRADES.items():
        cap = caps[grade]
        untriggered = sum(1 for v in plan.visits if v.enterprise == firm and not v.triggered)
        if cap:
            assert untriggered + prior.get(firm, 0) <= max(cap, prior.get(firm, 0))
    for item in tasks:
        if item.triggered:  # never refused, for a cap or anything else
            assert plan.outcome[item.id] in ("approved", "merged")


@given(task_lists(), st.randoms(use_true_random=False))
def test_the_plan_does_not_depend_on_the_order_of_the_tasks(
    tasks: list[InspectionTask], rnd: Any
) -> None:
    shuffled = list(tasks)
    rnd.shuffle(shuffled)
    one = plan_inspections(tasks, gradings=GRADES, policy=POLICY, year=2026)
    two = plan_inspections(shuffled, gradings=GRADES, policy=POLICY, year=2026)
    assert dict(one.outcome) == dict(two.outcome)
    assert one.visits == two.visits
    assert one.summary() == two.summary()


# --- inspection codes ---------------------------------------------------------------------------


def _visit() -> Any:
    plan = plan_inspections([task("t", "F-D")], gradings=GRADES, policy=POLICY, year=2026)
    return plan.visits[0]


def test_a_code_verifies_only_with_its_key_and_within_its_window() -> None:
    visit = _visit()
    code = issue_code(
        visit, agency="扬州市生态环境局", inspectors=["32100001"], key=KEY, policy=POLICY
    )
    ok = verify_code(code, key=KEY, on=visit.on)
    assert ok.outcome.valid
    assert ok.outcome.code is not None
    assert (ok.outcome.code.visit, ok.outcome.code.inspectors) == (visit.id, ("32100001",))
    forged = verify_code(code, key=b"another key of 16 bytes", on=visit.on)
    assert (forged.outcome.valid, forged.reasons[0].fact("field")) == (False, "code.signature")
    late = verify_code(code, key=KEY, on=visit.on + dt.timedelta(days=1))
    assert (late.outcome.valid, late.reasons[0].fact("field")) == (False, "code.valid_until")
    early = verify_code(code, key=KEY, on=visit.on - dt.timedelta(days=1))
    assert early.reasons[0].fact("field") == "code.valid_from"


@given(
    st.integers(5, 400),
    st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."),
)
def test_any_change_to_a_code_makes_it_fail(position: int, char: str) -> None:
    visit = _visit()
    code = issue_code(visit, agency="某局", inspectors=["1"], key=KEY, policy=POLICY)
    at = position % len(code)
    changed = code[:at] + char + code[at + 1 :]
    if changed == code:
        return
    assert not verify_code(changed, key=KEY, on=visit.on).outcome.valid


# --- bad input ----------------------------------------------------------------------------------


def test_bad_input_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as unknown:
        plan_inspections([task("x", "NOBODY")], gradings=GRADES, policy=POLICY, year=2026)
    assert (unknown.value.field, unknown.value.value) == ("tasks.0.enterprise", "NOBODY")
    with pytest.raises(InvalidInputError) as backwards:
        task("x", window_start="2026-05-10", window_end="2026-05-09")
    assert backwards.value.field == "window_end"
    with pytest.raises(InvalidInputError) as outside:
        plan_inspections(
            [task("x", window_end="2027-01-02")], gradings=GRADES, policy=POLICY, year=2026
        )
    assert outside.value.field == "tasks.0.window_end"
    with pytest.raises(InvalidInputError) as twice:
        plan_inspections([task("x"), task("x")], gradings=GRADES, policy=POLICY, year=2026)
    assert twice.value.field == "tasks.1.id"
    with pytest.raises(InvalidInputError) as short:
        issue_code(_visit(), agency="a", inspectors=["1"], key=b"short", policy=POLICY)
    assert short.value.field == "key"
    garbage = verify_code("not a code", key=KEY, on="2026-05-06")
    assert (garbage.outcome.valid, garbage.reasons[0].fact("field")) == (False, "code")


# --- the contract: gradings from grade_batch, the draw, and every refusal's document -----------


def _refusal(call: Any, *args: Any, **kwargs: Any) -> tuple[object, object, object]:
    with pytest.raises(InvalidInputError) as info:
        call(*args, **kwargs)
    return info.value.field, info.value.value, info.value.allowed


def test_gradings_from_grade_batch_carry_grades_and_the_positive_list() -> None:
    codes = ["91350200776049653A", "91440101MA5CJQ4N59", "913502000728319549"]
    table = EnterpriseTable.from_columns(
        credit_code=codes,
        key_unit=[False, True, True],
        permit_class=["registration", "key", "key"],
        drinking_water=[False, True, True],
        other_sensitive=[False, False, True],
        toxic=[False, True, True],
    )
    events = EventTable.from_columns(  # the third firm: a serious violation in May 2025
        enterprise=[2, 2],
        type=[0, 0],
        day=[dt.date(2025, 5, 1).toordinal()] * 2,
        value=[2, 2],
        enterprises=3,
    )
    batch = grade_batch(table, events, policy=POLICY, on="2026-01-01")
    grades = [g.value for g in (Grade.A, Grade.B, Grade.C, Grade.D)]
    assert [grades[int(g)] for g in batch.grade] == ["A", "B", "D"]
    plan = plan_inspections(
        [task("p", codes[0]), task("k", codes[1]), task("d", codes[2])],
        gradings=batch,
        policy=POLICY,
        year=2026,
    )
    assert [plan.outcome[t] for t in ("p", "k", "d")] == ["offsite", "offsite", "approved"]
    assert plan.decision("p").reasons[0].fact("grade") == "A"
    assert "正面清单" in plan.decision("p").reasons[0].message_zh  # A and eligible: the list
    assert "等级为B" in plan.decision("k").reasons[0].message_zh
    assert plan.grade_of[codes[2]] == Grade.D


def test_the_random_draw_takes_each_grades_share_whatever_the_order() -> None:
    firms = {f"F{i:03d}": "ABCD"[i % 4] for i in range(200)}  # 50 of each grade
    drawn = draw_sample(firms, policy=POLICY, seed="2026-1")
    ratios = POLICY.as_tuple("supervision.sampling_ratios")  # 0.03, 0.05, 0.2, 0.5
    for grade, share in zip("ABCD", ratios, strict=True):
        assert sum(firms[f] == grade for f in drawn) == math.ceil(share * 50)  # 2, 3, 10, 25
    assert drawn == draw_sample(dict(reversed(list(firms.items()))), policy=POLICY, seed="2026-1")
    assert drawn != draw_sample(firms, policy=POLICY, seed="2026-2")
    assert _refusal(draw_sample, firms, policy=POLICY, seed="") == (
        "seed",
        "",
        "a non-empty text",
    )


def test_every_refusal_names_its_field_value_and_rule() -> None:
    plan = plan_inspections([], gradings=GRADES, policy=POLICY, year=2026)
    assert plan.summary().outcome.reduction_percent == "0.0"
    assert _refusal(plan.decision, "nope") == ("task_id", "nope", "a task of the plan")
    assert _refusal(plan_inspections, [], gradings=["F-C"], policy=POLICY, year=2026)[0] == (
        "gradings"
    )
    assert _refusal(plan_inspections, [], gradings={"F": "E"}, policy=POLICY, year=2026) == (
        "gradings.F",
        "E",
        "a grade: A, B, C or D",
    )
    assert _refusal(plan_inspections, ["t"], gradings=GRADES, policy=POLICY, year=2026)[0] == (
        "tasks"
    )
    early = task("x", window_start="2025-12-20", window_end="2026-01-10")
    assert _refusal(plan_inspections, [early], gradings=GRADES, policy=POLICY, year=2026) == (
        "tasks.0.window_start",
        dt.date(2025, 12, 20),
        "a day of 2026",
    )
    assert _refusal(plan_inspections, [], gradings=GRADES, policy=POLICY, year=2101)[0] == "year"
    assert _refusal(task, "x", window_start="2026-05-10", window_end="2026-05-09") == (
        "window_end",
        dt.date(2026, 5, 9),
        "a date on or after window_start (2026-05-10)",
    )
    assert _refusal(
        issue_code, _visit(), agency="a", inspectors=["1"], key=b"fifteen bytes!!", policy=POLICY
    ) == ("key", "15 bytes", "bytes, at least 16 (the agency's secret signing key)")
    assert _refusal(verify_code, "EIC1.a.b", key="text key", on="2026-05-06")[:2] == (
        "key",
        "text key",
    )


def test_an_authentic_code_with_unreadable_content_is_refused() -> None:
    signed = "EIC1." + "bm90IGpzb24"  # base64url of "not json"
    signature = _signature(KEY, signed)
    check = verify_code(f"{signed}.{signature}", key=KEY, on="2026-05-06")
    assert (check.outcome.valid, check.reasons[0].fact("field")) == (False, "code.payload")
    assert not verify_code("EIC1." + "x" * 20_000 + ".y", key=KEY, on="2026-05-06").outcome.valid
