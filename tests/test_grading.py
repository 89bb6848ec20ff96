import datetime as dt
import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg import (
    ComplaintRecord,
    CreditLevel,
    CreditRecord,
    DisclosureRecord,
    EnterpriseProfile,
    EnterpriseTable,
    EventTable,
    Grade,
    OneVoteRedAct,
    PermitClass,
    Pollutant,
    PositiveListRecord,
    SensitiveArea,
    Severity,
    ViolationRecord,
    check_credit_code,
    grade_batch,
    grade_enterprise,
    standard_policy_book,
)
from ecoreg.exceptions import InvalidInputError, UnknownJurisdictionError
from ecoreg.testing import enterprise_profiles
from ecoreg.testing import histories as history_strategy

D = dt.date
ON = D(2026, 11, 1)
BOOK = standard_policy_book()
POLICIES = {code: BOOK.resolve(code, ON) for code in ("CN", "CN-SN", "CN-SH-XH")}
CODES = ["91350200776049653A", "91440101MA5CJQ4N59", "913502000728319549", "9135021359498494XQ"]
COLOUR_RANK = {"green": 0, "yellow": 1, "red": 2}


def firm(**changes: Any) -> EnterpriseProfile:
    base: dict[str, Any] = {"credit_code": CODES[0], "name": "Example Co.", "jurisdiction": "CN"}
    base.update(changes)
    return EnterpriseProfile.from_data(base)


def rank(decision: Any) -> tuple[int, int]:
    return (list(Grade).index(decision.outcome.grade), COLOUR_RANK[decision.outcome.colour])


# --- the seeds' frames (issue 3, "Must show") ---


@pytest.mark.parametrize("code", sorted(POLICIES))
@pytest.mark.parametrize("act", list(OneVoteRedAct))
def test_a_one_vote_red_act_gives_the_lowest_credit_level_whatever_else_is_true(
    code: str, act: OneVoteRedAct
) -> None:
    spotless = [
        DisclosureRecord(on=D(2026, 6, 1), compliant=True),
        PositiveListRecord(on=D(2025, 1, 1), admitted=True),
    ]
    d = grade_enterprise(
        firm(jurisdiction="CN" if code == "CN" else code),
        [*spotless, CreditRecord(on=D(2026, 1, 5), act=act)],
        policy=POLICIES[code],
        on=ON,
    )
    assert d.outcome.credit_level is CreditLevel.BAD
    assert d.outcome.grade is Grade.D
    assert d.outcome.colour == "red"
    assert not d.outcome.supervision.positive_list_eligible
    assert "grading.one-vote-red" in d.rule_ids


def test_no_events_gives_the_best_grade_the_profile_allows() -> None:
    policy = POLICIES["CN"]
    assert grade_enterprise(firm(), [], policy=policy, on=ON).outcome.grade is Grade.A
    heavy = firm(
        key_unit=True,
        permit_class=PermitClass.KEY,
        sensitive_areas=(SensitiveArea.NATURE_RESERVE,),
        pollutants=(Pollutant(name="Pb", toxic=True),),
    )
    best = grade_enterprise(heavy, [], policy=policy, on=ON)
    assert best.outcome.grade is Grade.B  # high risk from the profile alone caps it at B
    assert best.outcome.next_change is None
    # No history can do better than the empty one.
    for history in (
        [DisclosureRecord(on=D(2026, 1, 1), compliant=True)],
        [PositiveListRecord(on=D(2026, 1, 1), admitted=True)],
    ):
        assert rank(grade_enterprise(heavy, history, policy=policy, on=ON)) >= rank(best)


@pytest.mark.parametrize("code", sorted(POLICIES))
def test_a_drinking_water_zone_firm_with_a_toxic_pollutant_is_never_green(code: str) -> None:
    f = firm(
        jurisdiction="CN" if code == "CN" else code,
        sensitive_areas=(SensitiveArea.DRINKING_WATER,),
        pollutants=(Pollutant(name="Cr6+", toxic=True),),
    )
    for history in (
        [],
        [
            DisclosureRecord(on=D(2026, 1, 1), compliant=True),
            PositiveListRecord(on=D(2026, 1, 1), admitted=True),
        ],
    ):
        d = grade_enterprise(f, history, policy=POLICIES[code], on=ON)
        assert d.outcome.colour != "green"


def test_shaanxi_bands_on_a_70_point_base() -> None:
    policy = POLICIES["CN-SN"]
    f = firm(jurisdiction="CN-SN")
    base = grade_enterprise(f, [], policy=policy, on=ON).outcome
    assert base.credit_score == 80  # 70 + 10 clean record
    assert base.grade is Grade.B
    best = grade_enterprise(
        f,
        [
            DisclosureRecord(on=D(2026, 1, 1), compliant=True),
            PositiveListRecord(on=D(2026, 2, 1), admitted=True),
        ],
        policy=policy,
        on=ON,
    ).outcome
    assert best.credit_score == 90
    assert best.grade is Grade.A
    assert best.supervision.positive_list_eligible
    worse = grade_enterprise(
        f, [ViolationRecord(on=D(2026, 5, 1), severity=Severity.SERIOUS)], policy=policy, on=ON
    )
    assert worse.outcome.credit_score == 50  # 70 − 20, no clean bonus
    assert worse.outcome.grade is Grade.C
    assert worse.outcome.next_change is not None
    # A 2026-05-01 violation counts through its anniversary, 2028-05-01, and drops the day after.
    assert worse.outcome.next_change.on == D(2028, 5, 2)
    assert worse.outcome.next_change.grade is Grade.B


def test_tags_trace_to_their_facts_and_age_out() -> None:
    history = [
        ViolationRecord(on=D(2026, 3, 1), severity=Severity.GENERAL),
        ComplaintRecord(on=D(2024, 1, 1), verified=True),
    ]
    d = grade_enterprise(firm(key_unit=True), history, policy=POLICIES["CN"], on=ON)
    codes = {t.code: t for t in d.outcome.tags}
    assert "key-unit" in codes
    tag = codes["violation:2026-03-01"]
    assert tag.source == "history.0"
    assert tag.expires == D(2028, 3, 1)
    assert not any(c.startswith("complaint:") for c in codes)  # aged out after 12 months


def test_supervision_follows_the_grade() -> None:
    a = grade_enterprise(firm(), [], policy=POLICIES["CN"], on=ON).outcome.supervision
    assert a.offsite_first
    assert a.yearly_cap == 1
    assert a.triggered_inspection_allowed
    d = grade_enterprise(
        firm(),
        [CreditRecord(on=D(2026, 1, 1), act=OneVoteRedAct.ENVIRONMENTAL_CRIME)],
        policy=POLICIES["CN"],
        on=ON,
    ).outcome.supervision
    assert not d.offsite_first
    assert d.yearly_cap is None
    assert d.triggered_inspection_allowed


def test_batch_summary_counts() -> None:
    profiles = [firm(credit_code=c) for c in CODES]
    histories: list[list[Any]] = [
        [],
        [ViolationRecord(on=D(2026, 5, 1), severity=Severity.SERIOUS)],
        [CreditRecord(on=D(2026, 1, 1), act=OneVoteRedAct.BUILT_WITHOUT_APPROVAL)],
        [],
    ]
    batch = grade_batch(profiles, histories, policy=POLICIES["CN"], on=ON)
    summary = batch.summary(POLICIES["CN"]).outcome
    assert summary.enterprises == 4
    assert sum(n for _, n in summary.by_grade) == 4
    assert dict(summary.by_colour)["red"] == 1


# --- bad input ---


def test_a_batch_refuses_a_firm_outside_the_policy_s_jurisdiction_as_one_by_one_does() -> None:
    """The class of `grade_enterprise`'s check: a Shanghai firm is not graded by Shaanxi."""
    policy = POLICIES["CN-SN"]
    inside = firm(credit_code=CODES[0], jurisdiction="CN-SN")
    outside = firm(credit_code=CODES[1], jurisdiction="CN-SH-XH")
    with pytest.raises(InvalidInputError) as one:
        grade_enterprise(outside, [], policy=policy, on=ON)
    with pytest.raises(InvalidInputError) as batch:
        grade_batch([inside, outside], [[], []], policy=policy, on=ON)
    assert (batch.value.field, batch.value.value) == ("enterprises[1].jurisdiction", "CN-SH-XH")
    assert batch.value.allowed == one.value.allowed
    # The nation's policy takes every firm within it; a prefix that is not a parent does not.
    graded = grade_batch([inside, outside], [[], []], policy=POLICIES["CN"], on=ON)
    assert graded.enterprises.codes == (CODES[0], CODES[1])
    with pytest.raises(InvalidInputError):
        grade_batch([firm(jurisdiction="CN-SNX")], [[]], policy=policy, on=ON)


def test_malformed_credit_code_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        firm(credit_code="91350200776049653B")
    assert info.value.field == "credit_code"
    assert "'A'" in info.value.allowed
    for bad in ("9135020077604965", "9135020077604965IA", "91AB0200776049653A", 91350200776049653):
        with pytest.raises(InvalidInputError):
            check_credit_code(bad)
    with pytest.raises(InvalidInputError) as info:
        EnterpriseTable.from_columns(
            credit_code=[CODES[0], "X"],
            key_unit=[False, False],
            permit_class=["key", "key"],
            drinking_water=[False, False],
            other_sensitive=[False, False],
            toxic=[False, False],
        )
    assert info.value.field == "credit_code.1"


def test_event_after_the_evaluation_date_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        grade_enterprise(
            firm(),
            [
                ComplaintRecord(on=D(2026, 1, 1), verified=True),
                ViolationRecord(on=D(2026, 11, 2), severity=Severity.MINOR),
            ],
            policy=POLICIES["CN"],
            on=ON,
        )
    assert info.value.field == "history.1.on"


def test_unknown_jurisdiction_is_refused() -> None:
    with pytest.raises(UnknownJurisdictionError) as info:
        BOOK.resolve("CN-XX", ON)
    assert info.value.field == "jurisdiction"
    with pytest.raises(InvalidInputError) as bad:
        grade_enterprise(firm(jurisdiction="CN-GD"), [], policy=POLICIES["CN-SN"], on=ON)
    assert bad.value.field == "jurisdiction"
    with pytest.raises(InvalidInputError) as pattern:
        firm(jurisdiction="guangdong")
    assert pattern.value.field == "jurisdiction"


def test_bad_event_columns_name_the_row() -> None:
    with pytest.raises(InvalidInputError) as info:
        EventTable.from_columns(
            enterprise=[0, 1], type=[0, 7], day=[ON.toordinal()] * 2, value=[0, 0], enterprises=2
        )
    assert info.value.field == "type.1"


# --- properties ---

profiles = enterprise_profiles()
histories = history_strategy(until=ON)
days = st.dates(D(2022, 1, 1), ON)
policy_codes = st.sampled_from(["CN", "CN-SN", "CN-SH-XH"])


def grade(profile: EnterpriseProfile, history: list[Any], code: str, on: dt.date = ON) -> Any:
    jurisdiction = "CN" if code == "CN" else code
    return grade_enterprise(
        profile.model_copy(update={"jurisdiction": jurisdiction}),
        history,
        policy=BOOK.resolve(code, on),
        on=on,
    )


@given(
    profiles,
    histories,
    st.one_of(
        st.builds(ViolationRecord, on=days, severity=st.sampled_from(list(Severity))),
        st.builds(ComplaintRecord, on=days, verified=st.just(True)),
    ),
    policy_codes,
)
def test_adding_a_violation_or_verified_complaint_never_improves_grade_or_code(
    profile: EnterpriseProfile, history: list[Any], extra: Any, code: str
) -> None:
    assert rank(grade(profile, [*history, extra], code)) >= rank(grade(profile, history, code))


@given(profiles, histories, st.integers(1, 1500), policy_codes)
def test_moving_the_date_forward_never_worsens(
    profile: EnterpriseProfile, history: list[Any], later: int, code: str
) -> None:
    now = grade(profile, history, code)
    then = grade(profile, history, code, ON + dt.timedelta(days=later))
    assert rank(then) <= rank(now)
    change = now.outcome.next_change
    if change is not None:
        at = grade(profile, history, code, change.on).outcome
        before = grade(profile, history, code, change.on - dt.timedelta(days=1)).outcome
        assert (at.grade, at.colour) == (change.grade, change.colour)
        assert (at.grade, at.colour) != (now.outcome.grade, now.outcome.colour)
        assert (before.grade, before.colour) == (now.outcome.grade, now.outcome.colour)


@given(st.lists(st.tuples(profiles, histories), min_size=1, max_size=6), policy_codes)
def test_batch_grading_equals_grading_one_by_one(
    items: list[tuple[EnterpriseProfile, list[Any]]], code: str
) -> None:
    policy = BOOK.resolve(code, ON)
    jurisdiction = "CN" if code == "CN" else code
    profiles_ = [p.model_copy(update={"jurisdiction": jurisdiction}) for p, _ in items]
    batch = grade_batch(profiles_, [h for _, h in items], policy=policy, on=ON)
    for i, (p, h) in enumerate(zip(profiles_, [h for _, h in items], strict=True)):
        one = grade_enterprise(p, h, policy=policy, on=ON).outcome
        assert list(Grade)[int(batch.grade[i])] is one.grade
        assert ["green", "yellow", "red"][int(batch.colour[i])] == one.colour
        expected = -1 if one.next_change is None else one.next_change.on.toordinal()
        assert int(batch.next_change[i]) == expected


@given(profiles, histories, st.randoms(use_true_random=False), policy_codes)
def test_the_result_does_not_depend_on_the_order_of_the_history(
    profile: EnterpriseProfile, history: list[Any], rnd: random.Random, code: str
) -> None:
    shuffled = list(history)
    rnd.shuffle(shuffled)
    a, b = grade(profile, history, code).outcome, grade(profile, shuffled, code).outcome
    assert (a.grade, a.colour, a.credit_score, a.risk_score, a.next_change) == (
        b.grade,
        b.colour,
        b.credit_score,
        b.risk_score,
        b.next_change,
    )
    assert np.isclose(float(a.credit_score), float(b.credit_score))


def test_shaanxi_uses_a_local_variant_of_the_four_credit_levels() -> None:
    worse = grade_enterprise(
        firm(jurisdiction="CN-SN"),
        [ViolationRecord(on=D(2026, 5, 1), severity=Severity.SERIOUS)],
        policy=POLICIES["CN-SN"],
        on=ON,
    )
    assert worse.outcome.credit_score == 50
    assert worse.outcome.credit_level is CreditLevel.WARNING  # 40 ≤ 50 < 60 on the 70-point base
    national = grade_enterprise(
        firm(),
        [ViolationRecord(on=D(2026, 5, 1), severity=Severity.SERIOUS)],
        policy=POLICIES["CN"],
        on=ON,
    )
    assert national.outcome.credit_score == 80
    assert national.outcome.credit_level is CreditLevel.GOOD


def test_the_risk_score_comes_with_its_breakdown() -> None:
    heavy = firm(
        key_unit=True,
        sensitive_areas=(SensitiveArea.DRINKING_WATER,),
        pollutants=(Pollutant(name="Hg", toxic=True),),
    )
    d = grade_enterprise(
        heavy, [ComplaintRecord(on=D(2026, 8, 1), verified=True)], policy=POLICIES["CN"], on=ON
    )
    profile = next(r for r in d.reasons if r.rule_id == "grading.risk-profile")
    assert {f.name: f.value for f in profile.facts} == {
        "key_pollutant_discharge_unit": "15",
        "drinking_water_source_zone": "20",
        "toxic_pollutant": "15",
    }
    assert "grading.complaint" in d.rule_ids
    assert d.outcome.risk_score == 15 + 20 + 15 + 5
