"""Properties of the rewards and letters domains, over the strategies `ecoreg.testing` ships.

Engineering rule 8: invariants as Hypothesis properties, with the strategies shipped for
embedding systems. For each domain the inputs are drawn by the public strategies
(`whistleblower_reports`, `rewarded_cases`; `letter_requests`, `letters`, `letter_events`,
`enterprise_files`), and each property says four things:

(a) every drawn (valid) input is decided: no exception at all, not even an ecoreg error;
(b) the same input gives the same decision (decided twice, the JSON compared);
(c) the decision round-trips through JSON and validates against its published JSON Schema
    (``src/ecoreg/schemas/*.schema.json``, Draft 2020-12 with formats checked);
(d) an invariant the domain's docs state, cited beside its assertion.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from decimal import Decimal
from importlib.resources import files

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecoreg import Decision, Policy, standard_policy_book
from ecoreg.letters import (
    EnterpriseFile,
    FileReport,
    GapCode,
    InspectionTrigger,
    LapseTrigger,
    Letter,
    LetterEvent,
    LetterKind,
    LetterRequest,
    LetterState,
    LetterStatus,
    check_file,
    check_files,
    compose_letter,
    letter_status,
)
from ecoreg.rewards import (
    RewardedCase,
    RewardOutcome,
    RewardStatus,
    RewardTier,
    WhistleblowerReport,
    decide_reward,
    reward_ceiling,
)
from ecoreg.testing import (
    enterprise_files,
    letter_events,
    letter_requests,
    letters,
    rewarded_cases,
    whistleblower_reports,
)

BOOK = standard_policy_book()
KEY = b"department-secret-key-0001"
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@functools.cache
def policy(code: str, day: dt.date) -> Policy:
    return BOOK.resolve(code, day)


@functools.cache
def validator(name: str) -> jsonschema.Draft202012Validator:
    schema = json.loads((files("ecoreg.schemas") / f"{name}.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def valid(name: str, text: str) -> None:
    validator(name).validate(json.loads(text))


# --- whistleblower rewards ---------------------------------------------------------------------

REWARD_CODES = [
    "CN",
    "CN-GD-DG",
    "CN-SC",
    "CN-SC-DZ",
    "CN-ZJ",
    "CN-ZJ-HZ",
    "CN-JS",
    "CN-CQ",
    "CN-SH",
    "CN-JX",
]
"""The national frame, a city under it, and every jurisdiction with its own reward measure."""
REWARD_DAYS = [dt.date(2026, 7, 1), dt.date(2026, 9, 1)]
"""Before and after the Code (2026-08-15), which adds Art. 146's feedback."""

RewardInput = tuple[Policy, dt.date, WhistleblowerReport, list[RewardedCase], bytes | None]


@st.composite
def reward_inputs(draw: st.DrawFn) -> RewardInput:
    """A policy, a decision day, a report valid under both, matters already rewarded, a key."""
    day = draw(st.sampled_from(REWARD_DAYS))
    pol = policy(draw(st.sampled_from(REWARD_CODES)), day)
    # Only a city's measure moves the amount, within its limit (rewards.adjustment_limit).
    city = pol.jurisdiction.level.value == "city"
    limit = (
        pol.as_decimal("rewards.adjustment_limit")
        if city and "rewards.adjustment_limit" in pol.parameters
        else None
    )
    tiers = pol.as_tuple("rewards.tiers") if "rewards.tiers" in pol.parameters else ()
    grades = sorted({t.grade for t in tiers if isinstance(t, RewardTier) and t.grade})
    report = draw(whistleblower_reports(decided_on=day, grades=grades, adjustment_limit=limit))
    prior = draw(st.lists(rewarded_cases(closed_until=day), max_size=2))
    # A reporter with the caller's own reference needs no key.
    key = KEY if report.reporter.reference is None else draw(st.sampled_from([None, KEY]))
    return pol, day, report, prior, key


def decide(
    inputs: RewardInput, report: WhistleblowerReport | None = None
) -> Decision[RewardOutcome]:
    pol, day, drawn, prior, key = inputs
    return decide_reward(
        report or drawn, policy=pol, decided_on=day, pseudonym_key=key, prior=prior
    )


@FAST
@given(reward_inputs())
def test_every_drawn_report_is_decided_the_same_way_twice(inputs: RewardInput) -> None:
    first = decide(inputs)  # (a): no exception
    assert decide(inputs).to_json() == first.to_json()  # (b)


@FAST
@given(reward_inputs())
def test_reward_decisions_round_trip_and_match_the_published_schema(inputs: RewardInput) -> None:
    decision = decide(inputs)
    text = decision.to_json()
    back = Decision[RewardOutcome].from_json(text)
    assert back == decision
    assert back.to_json() == text
    valid("reward-decision", text)


@FAST
@given(reward_inputs())
def test_a_reward_is_never_negative_nor_above_the_cap_and_a_refusal_says_why(
    inputs: RewardInput,
) -> None:
    pol = inputs[0]
    decision = decide(inputs)
    outcome = decision.outcome
    # docs/rewards.md "Deciding a report", 2: the amount ends with "the jurisdiction's cap"
    # (`rewards.cap`), and `reward_ceiling` is the most an ordinary reward can reach.
    if outcome.amount is not None:
        assert outcome.status is RewardStatus.REWARDED
        assert outcome.amount >= 0
        ceiling = reward_ceiling(pol)
        if ceiling is not None:
            assert outcome.amount <= ceiling
        if "rewards.cap" in pol.parameters:
            assert outcome.amount <= pol.as_decimal("rewards.cap")
    else:
        assert outcome.status is not RewardStatus.REWARDED
    # docs/rewards.md, 1: "A refusal lists the failed conditions in `refused_by`, and each has a
    # `Hint` with the facts that would have passed."
    assert (outcome.status is RewardStatus.REFUSED) == bool(outcome.refused_by)
    hinted = {h.rule_id for h in decision.hints}
    assert set(outcome.refused_by) <= hinted


@FAST
@given(reward_inputs())
def test_a_special_award_is_flagged_never_decided_and_leaves_the_amount_alone(
    inputs: RewardInput,
) -> None:
    report = inputs[2]
    outcome = decide(inputs).outcome
    # docs/rewards.md, 3: a special one-off award (重奖) "is flagged with its ceiling and
    # `approval_needed: true`, `decided: false` ... The ordinary amount is unchanged."
    if outcome.special is not None:
        assert report.special_ground is not None
        assert outcome.special.ground is report.special_ground
        assert outcome.special.approval_needed
        assert not outcome.special.decided
        assert outcome.special.ceiling == inputs[0].as_decimal("rewards.special_cap")
    plain = decide(inputs, report.model_copy(update={"special_ground": None})).outcome
    assert plain.special is None
    assert (plain.status, plain.amount, plain.steps) == (
        outcome.status,
        outcome.amount,
        outcome.steps,
    )


# --- letters -------------------------------------------------------------------------------------

LETTER_CODES = ["CN", "CN-GD-DG", "CN-SH"]
LETTER_DAYS = [dt.date(2026, 8, 14), dt.date(2026, 9, 29), dt.date(2027, 2, 3)]
"""The day before the Code, the eve of National Day, and a week before the 2027 Spring Festival."""

LetterInput = tuple[Policy, dt.date, LetterRequest]


@st.composite
def letter_inputs(draw: st.DrawFn) -> LetterInput:
    day = draw(st.sampled_from(LETTER_DAYS))
    pol = policy(draw(st.sampled_from(LETTER_CODES)), day)
    return pol, day, draw(letter_requests(issued_on=day))


def compose(inputs: LetterInput) -> Decision[Letter]:
    pol, day, request = inputs
    return compose_letter(request, policy=pol, issued_on=day)


@FAST
@given(letter_inputs())
def test_every_drawn_request_is_composed_the_same_way_twice(inputs: LetterInput) -> None:
    valid("letter-draft", inputs[2].to_json())  # the request is one the edge would accept
    first = compose(inputs)  # (a): no exception
    assert compose(inputs).to_json() == first.to_json()  # (b)


@FAST
@given(letter_inputs())
def test_letters_round_trip_and_match_the_published_schema(inputs: LetterInput) -> None:
    decision = compose(inputs)
    text = decision.to_json()
    back = Decision[Letter].from_json(text)
    assert back == decision
    assert back.to_json() == text
    valid("letter-decision", text)


@FAST
@given(letter_inputs())
def test_no_deadline_of_a_letter_falls_before_its_issue_day(inputs: LetterInput) -> None:
    letter = compose(inputs).outcome
    dues = [a.due for a in letter.actions]
    # docs/letters.md: a letter is "a decision with a life" whose deadlines run from the day it
    # is issued (working days, e.g. "5 working days across National Day"); the loop is
    # acknowledge by the response day, do every action by the last action's day, and "a policy
    # letter: sent → delivered → acknowledged → closed" (no rectification).
    assert letter.issued_on == inputs[1]
    assert letter.response_due >= letter.issued_on
    assert all(due >= letter.issued_on for due in dues)
    if letter.kind is LetterKind.POLICY:
        assert letter.rectify_due is None
    else:
        assert letter.rectify_due == max(letter.response_due, *dues)
    # A pre-inspection notice comes before the inspection (Xiaogan's 预先通知书): everything is
    # due by the day before the visit; a lapse reminder, by the day the document lapses.
    trigger = letter.trigger
    if isinstance(trigger, InspectionTrigger):
        assert max(letter.response_due, *dues) < trigger.visit_on
    if isinstance(trigger, LapseTrigger):
        assert max(letter.response_due, *dues) <= trigger.expires_on


StatusInput = tuple[Letter, list[LetterEvent], dt.date]


@st.composite
def status_inputs(draw: st.DrawFn) -> StatusInput:
    day = draw(st.sampled_from(LETTER_DAYS))
    letter = draw(letters(policy(draw(st.sampled_from(LETTER_CODES)), day), issued_on=day))
    events = draw(letter_events(letter))
    return letter, events, day + dt.timedelta(days=draw(st.integers(0, 200)))


@FAST
@given(status_inputs())
def test_the_state_of_every_drawn_letter_is_decided_round_trips_and_is_one_state(
    inputs: StatusInput,
) -> None:
    letter, events, on = inputs
    decision = letter_status(letter, events, on=on)  # (a)
    text = decision.to_json()
    assert letter_status(letter, events, on=on).to_json() == text  # (b)
    # (c), and the letter read back from JSON gives the same state.
    assert Decision[LetterStatus].from_json(text).to_json() == text
    valid("letter-status-decision", text)
    assert letter_status(Letter.from_json(letter.to_json()), events, on=on).to_json() == text
    status = decision.outcome
    # docs/letters.md "The closed loop": one state on any date; a missed deadline makes the
    # letter overdue (a reminder is due); past the grace window it is escalated, handing over
    # an inspection task for plan_inspections and a record for grading.
    assert letter.issued_on <= status.since <= on
    assert (status.state is LetterState.OVERDUE) == (status.reminder_due is not None)
    if status.state is LetterState.ESCALATED:
        assert status.handover is not None
        assert status.handover.grading_record is not None
        assert status.handover.inspection_task.trigger_ref == letter.id


# --- enterprise files ----------------------------------------------------------------------------

FILE_DAYS = [dt.date(2026, 8, 14), dt.date(2026, 9, 1), dt.date(2027, 6, 30)]

FileInput = tuple[Policy, dt.date, EnterpriseFile]


@st.composite
def file_inputs(draw: st.DrawFn) -> FileInput:
    day = draw(st.sampled_from(FILE_DAYS))
    return policy("CN", day), day, draw(enterprise_files(on=day))


@FAST
@given(file_inputs())
def test_every_drawn_file_is_checked_the_same_way_twice_and_round_trips(
    inputs: FileInput,
) -> None:
    pol, day, file = inputs
    valid("enterprise-file", file.to_json())  # the file is one the edge would accept
    decision = check_file(file, policy=pol, on=day)  # (a)
    text = decision.to_json()
    assert check_file(file, policy=pol, on=day).to_json() == text  # (b)
    back = Decision[FileReport].from_json(text)  # (c)
    assert back == decision
    assert back.to_json() == text
    valid("file-report", text)


@FAST
@given(file_inputs())
def test_every_gap_has_its_hint_and_an_incomplete_or_late_file_is_a_grading_input(
    inputs: FileInput,
) -> None:
    pol, day, file = inputs
    decision = check_file(file, policy=pol, on=day)
    report = decision.outcome
    # docs/letters.md "One enterprise, one file": "Each gap is a reason with a hint."
    assert [h.rule_id for h in decision.hints] == [f"archives.{g.code.value}" for g in report.gaps]
    reasons = [r.rule_id for r in decision.reasons]
    assert all(f"archives.{g.code.value}" in reasons for g in report.gaps)
    assert Decimal(0) <= report.completeness <= 1
    assert Decimal(0) <= report.timeliness <= 1
    assert report.complete == (not any(g.code is GapCode.MISSING for g in report.gaps))
    # "An incomplete or late file (below archives.min_completeness, above
    # archives.max_late_share) yields minor records in FileReport.risk_records".
    kinds = {r.kind for r in report.risk_records}
    below = report.completeness < pol.as_decimal("archives.min_completeness")
    late = 1 - report.timeliness > pol.as_decimal("archives.max_late_share")
    assert ("archive_incomplete" in kinds) == below
    assert ("archive_late_filing" in kinds) == late
    assert all(r.severity.value == "minor" for r in report.risk_records)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(FILE_DAYS).flatmap(
        lambda d: st.tuples(st.just(d), st.lists(enterprise_files(on=d), max_size=4))
    )
)
def test_a_countys_files_are_checked_as_each_file_is(
    drawn: tuple[dt.date, list[EnterpriseFile]],
) -> None:
    day, county = drawn
    pol = policy("CN", day)
    batch = check_files(county, policy=pol, on=day)
    valid("file-batch", batch.to_json())
    # docs/letters.md: `check_files` does the same as `check_file` for a county's files.
    assert [r.to_json() for r in batch.outcome.reports] == [
        check_file(f, policy=pol, on=day).outcome.to_json() for f in county
    ]
    assert sum(g.files for g in batch.outcome.by_industry) == len(county)
