"""Whistleblower rewards: eligibility, several reporters, amounts, deadlines, confidentiality."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from importlib.resources import files
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ecoreg import edge, standard_policy_book
from ecoreg.core._decision import Decision
from ecoreg.core._periods import calendar_days_after, working_days_after
from ecoreg.exceptions import InvalidInputError
from ecoreg.rewards import (
    EnforcementOutcome,
    Reporter,
    RewardedCase,
    RewardOutcome,
    RewardStatus,
    WhistleblowerReport,
    decide_reward,
    decide_rewards,
    reward_ceiling,
)

BOOK = standard_policy_book()
DAY = dt.date(2026, 9, 1)
KEY = b"department-secret-key-0001"


def policy(code: str) -> Any:
    return BOOK.resolve(code, DAY)


def report(**over: Any) -> WhistleblowerReport:
    data: dict[str, Any] = {
        "report_id": "r-1",
        "matter": "m-1",
        "party": "p-1",
        "received_at": "2026-07-01T21:00:00+08:00",
        "reporter": {"name": "王某某", "id_number": "510300199001011234", "contact": "13800001111"},
        "verified_on": "2026-08-20",
        "findings": [{"violation": "waste.dumping", "outcomes": ["fine"], "fine": "300000"}],
    }
    data.update(over)
    return WhistleblowerReport.from_data(data)


def decide(code: str, rep: WhistleblowerReport, **kw: Any) -> Decision[RewardOutcome]:
    return decide_reward(rep, policy=policy(code), decided_on=DAY, pseudonym_key=KEY, **kw)


def fine(amount: str, outcomes: tuple[str, ...] = ("fine",), grade: str | None = None) -> list[Any]:
    item: dict[str, Any] = {"violation": "v-1", "outcomes": list(outcomes), "fine": amount}
    if grade is not None:
        item["grade"] = grade
    return [item]


# --- eligibility, rule by rule ---------------------------------------------------------------


def test_real_name_verified_report_is_rewarded_with_its_rules_listed() -> None:
    d = decide("CN-ZJ", report())
    assert d.outcome.status is RewardStatus.REWARDED
    for rule in (
        "rewards.real-name",
        "rewards.target-and-violation",
        "rewards.not-known-before",
        "rewards.verified",
        "rewards.feedback",
    ):
        assert rule in d.rule_ids
    assert d.hints == ()


def test_anonymous_report_refused_nationally_with_what_would_change_it() -> None:
    rep = report(reporter={"anonymous": True, "contact": "13800001111"})
    d = decide("CN-ZJ", rep)
    assert d.outcome.status is RewardStatus.REFUSED
    assert d.outcome.refused_by == ("rewards.real-name",)
    assert d.hints[0].changes[0].name == "anonymous"
    assert d.outcome.feedback_owed is False  # Art. 146 feedback is owed to real-name reporters


def test_anonymous_with_contact_rewarded_in_chongqing_but_not_without_contact() -> None:
    ok = decide("CN-CQ", report(reporter={"anonymous": True, "contact": "wx:abc"}))
    assert ok.outcome.status is RewardStatus.REWARDED
    no = decide("CN-CQ", report(reporter={"anonymous": True}))
    assert no.outcome.refused_by == ("rewards.anonymous-contact",)


@pytest.mark.parametrize(
    ("over", "rule"),
    [
        ({"target_named": False}, "rewards.target-and-violation"),
        ({"known_since": "2026-07-01T20:59:59+08:00"}, "rewards.not-known-before"),
        ({"verified_on": None, "findings": []}, "rewards.verified"),
        ({"findings": fine("0", ("warning",))}, "rewards.verified"),
        ({"cooperated": False}, "rewards.cooperation"),
        ({"false_report": True}, "rewards.true-report"),
        (
            {"reporter": {"name": "赵某某", "supervisory_duty": True}},
            "rewards.not-supervisory-staff",
        ),
        (
            {"reporter": {"name": "赵某某", "relative_of_supervisory_staff": True}},
            "rewards.not-supervisory-staff",
        ),
    ],
)
def test_each_exclusion_refuses_and_hints(over: dict[str, Any], rule: str) -> None:
    d = decide("CN-ZJ", report(**over))
    assert d.outcome.status is RewardStatus.REFUSED
    assert rule in d.outcome.refused_by
    assert any(h.rule_id == rule for h in d.hints)
    assert d.outcome.amount is None


def test_known_one_second_after_the_report_does_not_exclude() -> None:
    d = decide("CN-ZJ", report(known_since="2026-07-01T21:00:01+08:00"))
    assert d.outcome.status is RewardStatus.REWARDED


def test_media_exposure_excludes_only_where_the_rule_says_so() -> None:
    rep = report(media_exposed_at="2026-06-30T08:00:00+08:00")
    assert decide("CN-ZJ", rep).outcome.status is RewardStatus.REWARDED  # default: off


def test_declined_reward_is_not_paid() -> None:
    d = decide("CN-ZJ", report(declined=True))
    assert d.outcome.status is RewardStatus.DECLINED
    assert d.outcome.amount is None


def test_national_frame_leaves_the_amount_to_local_rules() -> None:
    d = decide("CN", report())
    assert d.outcome.status is RewardStatus.AMOUNT_SET_LOCALLY
    assert d.outcome.amount is None
    assert d.reasons[0].citation is not None


# --- several reporters and violations --------------------------------------------------------


def test_first_valid_reporter_of_the_same_facts_is_rewarded_others_told_why() -> None:
    early = report(
        report_id="r-a", received_at="2026-07-01T09:00:00+08:00", reporter={"name": "甲某某"}
    )
    late = report(
        report_id="r-b", received_at="2026-07-02T09:00:00+08:00", reporter={"name": "乙某某"}
    )
    invalid_earlier = report(
        report_id="r-c",
        received_at="2026-06-30T09:00:00+08:00",
        reporter={"name": "丙某某"},
        false_report=True,
    )
    batch = decide_rewards(
        [late, invalid_earlier, early], policy=policy("CN-ZJ"), decided_on=DAY, pseudonym_key=KEY
    )
    status = {d.outcome.report_id: d.outcome for d in batch.decisions}
    assert status["r-a"].status is RewardStatus.REWARDED
    assert status["r-b"].refused_by == ("rewards.first-reporter",)
    assert status["r-c"].refused_by == ("rewards.true-report",)
    assert batch.rewarded == 1
    assert batch.total == status["r-a"].amount


def test_several_violations_one_reward_at_the_highest() -> None:
    # Shanghai tiers: fine 500; coercive 5,000; the report earns one reward, 5,000.
    rep = report(
        findings=[
            {"violation": "v-1", "outcomes": ["fine"], "fine": "10000"},
            {"violation": "v-2", "outcomes": ["seal_seize"], "fine": "0"},
        ]
    )
    d = decide("CN-SH", rep)
    assert d.outcome.amount == Decimal("5000.00")
    assert "rewards.amount.several" in [s.rule_id for s in d.outcome.steps]


def test_same_matter_already_rewarded_is_refused_but_a_new_violation_after_close_is_not() -> None:
    prior = [RewardedCase(matter="m-1", party="p-1", closed_on=dt.date(2026, 6, 1))]
    again = decide("CN-ZJ", report(), prior=prior)
    assert again.outcome.refused_by == ("rewards.already-rewarded",)
    new = decide("CN-ZJ", report(matter="m-2"), prior=prior)
    assert new.outcome.status is RewardStatus.REWARDED
    assert "rewards.repeat" in new.rule_ids


# --- amounts per model and jurisdiction, with caps and floors at and past the boundary --------


@pytest.mark.parametrize(
    ("code", "fine_", "expected"),
    [
        ("CN-ZJ", "300000", "15000.00"),  # 300,000 × 5 % = 15,000
        ("CN-ZJ", "2000000", "100000.00"),  # 2,000,000 × 5 % = 100,000: at the cap
        ("CN-ZJ", "2000020", "100000.00"),  # 100,001 → cut to 100,000
        ("CN-ZJ", "1999980", "99999.00"),  # 1,999,980 × 5 % = 99,999
        ("CN-ZJ-HZ", "99999.99", "10000.00"),  # 99,999.99 × 10 % = 9,999.999 → 10,000.00 (half up)
        ("CN-ZJ-HZ", "99999.90", "9999.99"),  # 9,999.990
        ("CN-ZJ-HZ", "100000", "10000.00"),  # band 2
        ("CN-ZJ-HZ", "199999.99", "10000.00"),
        ("CN-ZJ-HZ", "200000", "30000.00"),  # band 3 starts
        ("CN-ZJ-HZ", "1500000", "100000.00"),  # band 6
        ("CN-JS", "1000", "50.00"),  # 1,000 × 5 % = 50: at the floor
        ("CN-JS", "980", "50.00"),  # 49 → raised to 50
        ("CN-JS", "200000", "10000.00"),  # 10,000: at the cap
        ("CN-JS", "200020", "10000.00"),  # 10,001 → 10,000
        ("CN-JX", "5000000", "200000.00"),  # grade 1: 4 % = 200,000 at the cap
        ("CN-JX", "5000025", "200000.00"),  # 200,001 → 200,000
        ("CN-CQ", "10000", "500.00"),  # 5 % = 500 = class-1 floor
        ("CN-CQ", "9980", "500.00"),  # 499 → raised to 500
        ("CN-CQ", "2000000", "100000.00"),  # 100,000: at the cap
        ("CN-CQ", "2000020", "100000.00"),  # 100,001 → 100,000
    ],
)
def test_share_and_band_amounts(code: str, fine_: str, expected: str) -> None:
    grade = {"CN-JX": "grade-1", "CN-CQ": "class-1"}.get(code)
    d = decide(code, report(findings=fine(fine_, grade=grade)))
    assert d.outcome.amount == Decimal(expected)


@pytest.mark.parametrize(
    ("code", "outcomes", "expected"),
    [
        ("CN-SC", ("fine",), "500.00"),
        ("CN-SC", ("seal_seize",), "1000.00"),
        ("CN-SC", ("daily_penalty",), "2000.00"),
        ("CN-SC", ("administrative_detention",), "3000.00"),
        ("CN-SC", ("criminal_referral",), "5000.00"),
        ("CN-SC", ("conviction",), "10000.00"),
        ("CN-SC", ("incident_avoided_major",), "50000.00"),
        ("CN-SH", ("fine",), "500.00"),
        ("CN-SH", ("seal_seize",), "5000.00"),
        ("CN-SH", ("arrest",), "20000.00"),
        ("CN-SC-DZ", ("incident_avoided_general",), "5000.00"),
        ("CN-SC-DZ", ("incident_avoided_especially_major",), "50000.00"),
        ("CN-CQ", ("incident_avoided_especially_major",), "100000.00"),
    ],
)
def test_tier_amounts(code: str, outcomes: tuple[str, ...], expected: str) -> None:
    grade = "class-1" if code == "CN-CQ" else None
    d = decide(code, report(findings=fine("0", outcomes, grade)))
    assert d.outcome.amount == Decimal(expected)


def test_zhejiang_stage_bonuses_stack() -> None:
    # 400,000 × 5 % = 20,000; + detention 5,000 + arrest 10,000 + verdict 10,000 = 45,000
    rep = report(
        findings=fine("400000", ("fine", "administrative_detention", "arrest", "conviction"))
    )
    d = decide("CN-ZJ", rep)
    assert d.outcome.amount == Decimal("45000.00")
    assert [s.rule_id for s in d.outcome.steps].count("rewards.amount.stage") == 3


def test_jiangsu_evidence_bonus_and_its_cap() -> None:
    # 100,000 × 5 % = 5,000; × 1.5 = 7,500
    assert decide(
        "CN-JS", report(findings=fine("100000"), evidence_supplied=True)
    ).outcome.amount == Decimal("7500.00")
    # 200,000 × 5 % = 10,000 (grade cap); × 1.5 = 15,000: at the evidence cap
    assert decide(
        "CN-JS", report(findings=fine("200000"), evidence_supplied=True)
    ).outcome.amount == Decimal("15000.00")
    # seal without a penalty: 2,000 fixed
    assert decide("CN-JS", report(findings=fine("0", ("seal_seize",)))).outcome.amount == Decimal(
        "2000.00"
    )


def test_jiangxi_insider_doubles_and_stays_under_the_cap() -> None:
    # grade 3: 1,000,000 × 2 % = 20,000; insider × 2 = 40,000
    rep = report(
        findings=fine("1000000", grade="grade-3"), reporter={"name": "钱某某", "insider": True}
    )
    assert decide("CN-JX", rep).outcome.amount == Decimal("40000.00")
    # grade 1: 4,000,000 × 4 % = 160,000; × 2 = 320,000 → cap 200,000
    rep = report(
        findings=fine("4000000", grade="grade-1"), reporter={"name": "钱某某", "insider": True}
    )
    assert decide("CN-JX", rep).outcome.amount == Decimal("200000.00")


def test_shanghai_insider_and_key_lead_rate_the_top_of_the_tier() -> None:
    insider = report(
        findings=fine("0", ("seal_seize",)), reporter={"name": "孙某某", "insider": True}
    )
    assert decide("CN-SH", insider).outcome.amount == Decimal("20000.00")
    lead = report(findings=fine("0", ("arrest",)), key_lead=True)
    assert decide("CN-SH", lead).outcome.amount == Decimal("50000.00")


def test_sichuan_city_adjustment_within_fifty_percent() -> None:
    rep = report(findings=fine("0", ("conviction",)), local_adjustment="0.5")
    assert decide("CN-SC-DZ", rep).outcome.amount == Decimal("15000.00")  # 10,000 × 1.5
    rep = report(findings=fine("0", ("conviction",)), local_adjustment="-0.5")
    assert decide("CN-SC-DZ", rep).outcome.amount == Decimal("5000.00")
    # key lead 50,000 × 1.5 = 75,000 → the cap 50,000
    rep = report(findings=fine("0", ("conviction",)), key_lead=True, local_adjustment="0.5")
    assert decide("CN-SC-DZ", rep).outcome.amount == Decimal("50000.00")
    with pytest.raises(InvalidInputError) as err:
        decide("CN-SC-DZ", report(findings=fine("0", ("conviction",)), local_adjustment="0.51"))
    assert err.value.field == "local_adjustment"


def test_the_province_itself_does_not_adjust() -> None:
    with pytest.raises(InvalidInputError) as err:
        decide("CN-SC", report(findings=fine("0", ("conviction",)), local_adjustment="0.1"))
    assert err.value.field == "local_adjustment"
    assert "city" in err.value.allowed


def test_special_award_flagged_not_decided() -> None:
    d = decide("CN-ZJ", report(special_ground="cross_region_hazardous_waste"))
    assert d.outcome.special is not None
    assert (d.outcome.special.approval_needed, d.outcome.special.decided) == (True, False)
    assert d.outcome.special.ceiling == Decimal("500000.00")
    assert d.outcome.amount == Decimal("15000.00")  # the ordinary reward, unchanged


# --- deadlines ---------------------------------------------------------------------------------


def test_deadlines_on_the_real_calendar() -> None:
    # verified Thu 2026-09-24; 10 working days skip the National Day holiday (10-01..10-07) and
    # count the make-up working days, if any, of the published calendar.
    d = decide_reward(
        report(verified_on="2026-09-24"),
        policy=BOOK.resolve("CN-ZJ", "2026-09-24"),
        decided_on="2026-09-24",
        pseudonym_key=KEY,
    )
    notify = working_days_after(dt.date(2026, 9, 24), 10).last_day
    assert d.outcome.notify_by == notify
    assert notify > dt.date(2026, 10, 7)
    assert d.outcome.claim_by == calendar_days_after(notify, 60).last_day
    d = decide(
        "CN-ZJ", report(verified_on="2026-08-20", notified_on="2026-08-21", claimed_on="2026-08-25")
    )
    assert d.outcome.claim_by == calendar_days_after(dt.date(2026, 8, 21), 60).last_day
    assert d.outcome.pay_by == working_days_after(dt.date(2026, 8, 25), 30).last_day


def test_shanghai_feedback_before_the_code_rests_on_its_own_measure() -> None:
    d = decide_reward(
        report(received_at="2024-03-01T10:00:00+08:00", verified_on="2024-04-01"),
        policy=BOOK.resolve("CN-SH", "2024-05-06"),
        decided_on="2024-05-06",
        pseudonym_key=KEY,
    )
    assert d.outcome.feedback_owed
    assert d.outcome.feedback_by == working_days_after(dt.date(2024, 3, 1), 60).last_day
    cited = next(r for r in d.reasons if r.rule_id == "rewards.feedback").citation
    assert cited is not None
    assert cited.instrument.id == "cn-sh.reporting-rewards.2018"
    # Zhejiang sets no period and the Code was not yet in force: no feedback duty is decided.
    d = decide_reward(
        report(received_at="2024-03-01T10:00:00+08:00", verified_on="2024-04-01"),
        policy=BOOK.resolve("CN-ZJ", "2024-05-06"),
        decided_on="2024-05-06",
        pseudonym_key=KEY,
    )
    assert not d.outcome.feedback_owed


def test_shanghai_feedback_within_sixty_working_days_to_real_name_reporters() -> None:
    d = decide("CN-SH", report())
    assert d.outcome.feedback_owed
    assert d.outcome.feedback_by == working_days_after(dt.date(2026, 7, 1), 60).last_day
    art = next(r for r in d.reasons if r.rule_id == "rewards.feedback").citation
    assert art is not None
    assert art.article == 146


# --- bad input names the field ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"verified_on": "2026-06-30"}, "verified_on"),
        ({"findings": fine("-1")}, "findings.0.fine"),
        ({"findings": [{"violation": "v", "outcomes": ["knighthood"]}]}, "findings.0.outcomes.0"),
        ({"reporter": {"name": "王某某", "anonymous": True}}, "reporter.anonymous"),
        ({"reporter": {"contact": "13800001111"}}, "reporter.name"),
    ],
)
def test_bad_input_names_the_field(over: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInputError) as err:
        report(**over)
    assert err.value.field == field


def test_short_key_is_refused_without_echoing_it() -> None:
    with pytest.raises(InvalidInputError) as err:
        decide_reward(report(), policy=policy("CN-ZJ"), decided_on=DAY, pseudonym_key="short")
    assert err.value.field == "pseudonym_key"
    assert "short" not in str(err.value)


# --- properties ---------------------------------------------------------------------------------

CODES = ["CN-SC", "CN-SC-DZ", "CN-ZJ", "CN-ZJ-HZ", "CN-JS", "CN-CQ", "CN-SH", "CN-JX"]
money = st.decimals(min_value=0, max_value=20_000_000, places=2)
outcome_sets = st.lists(
    st.sampled_from(list(EnforcementOutcome)), min_size=1, max_size=4, unique=True
)
GRADES = {"CN-CQ": ["class-1", "class-2", "class-3"], "CN-JX": ["grade-1", "grade-2", "grade-3"]}


@st.composite
def findings(draw: st.DrawFn, code: str) -> list[dict[str, Any]]:
    out = []
    for i in range(draw(st.integers(1, 3))):
        item: dict[str, Any] = {
            "violation": f"v-{i}",
            "outcomes": [o.value for o in draw(outcome_sets)],
            "fine": str(draw(money)),
        }
        if code in GRADES:
            item["grade"] = draw(st.sampled_from(GRADES[code]))
        out.append(item)
    return out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), code=st.sampled_from(CODES))
def test_never_above_the_local_ceiling(data: st.DataObject, code: str) -> None:
    rep = report(
        findings=data.draw(findings(code)),
        evidence_supplied=data.draw(st.booleans()),
        key_lead=data.draw(st.booleans()),
        reporter={"name": "周某某", "insider": data.draw(st.booleans())},
        local_adjustment=str(data.draw(st.sampled_from(["0", "0.5", "-0.5", "0.25"])))
        if code == "CN-SC-DZ"
        else None,
        special_ground=data.draw(st.sampled_from([None, "major_case_key_evidence"])),
    )
    d = decide(code, rep)
    ceiling = reward_ceiling(policy(code))
    if d.outcome.amount is not None and ceiling is not None:
        assert d.outcome.amount <= ceiling
    if "rewards.cap" in policy(code).parameters and d.outcome.amount is not None:
        assert d.outcome.amount <= policy(code).as_decimal("rewards.cap")


@settings(max_examples=100, deadline=None)
@given(
    code=st.sampled_from(["CN-ZJ", "CN-ZJ-HZ", "CN-JS", "CN-CQ", "CN-JX"]),
    a=st.decimals(min_value=1, max_value=20_000_000, places=2),
    b=st.decimals(min_value=1, max_value=20_000_000, places=2),
)
def test_amount_never_falls_when_the_fine_rises(code: str, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    grade = {"CN-JX": "grade-2", "CN-CQ": "class-2"}.get(code)
    x = decide(code, report(findings=fine(str(low), grade=grade))).outcome.amount
    y = decide(code, report(findings=fine(str(high), grade=grade))).outcome.amount
    assert x is not None
    assert y is not None
    assert x <= y


TIER_SCALE = [
    EnforcementOutcome.FINE,
    EnforcementOutcome.SEAL_SEIZE,
    EnforcementOutcome.DAILY_PENALTY,
    EnforcementOutcome.ADMINISTRATIVE_DETENTION,
    EnforcementOutcome.CRIMINAL_REFERRAL,
    EnforcementOutcome.CRIMINAL_DETENTION,
    EnforcementOutcome.ARREST,
    EnforcementOutcome.CONVICTION,
]


@settings(max_examples=100, deadline=None)
@given(code=st.sampled_from(["CN-SC", "CN-SH"]), i=st.integers(0, 7), j=st.integers(0, 7))
def test_amount_never_falls_when_the_outcome_gets_heavier(code: str, i: int, j: int) -> None:
    lo, hi = sorted((i, j))
    x = decide(code, report(findings=fine("0", (TIER_SCALE[lo].value,)))).outcome.amount
    y = decide(code, report(findings=fine("0", (TIER_SCALE[hi].value,)))).outcome.amount
    assert x is not None
    assert y is not None
    assert x <= y


@settings(max_examples=60, deadline=None)
@given(
    times=st.lists(st.integers(0, 10_000), min_size=1, max_size=8),
    matters=st.lists(st.sampled_from(["m-1", "m-2", "m-3"]), min_size=8, max_size=8),
    bad=st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_exactly_one_reward_per_matter(
    times: list[int], matters: list[str], bad: list[bool]
) -> None:
    start = dt.datetime(2026, 7, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    reports = [
        report(
            report_id=f"r-{i}",
            matter=matters[i],
            received_at=(start + dt.timedelta(minutes=t)).isoformat(),
            reporter={"name": f"吴某{i}"},
            false_report=bad[i],
        )
        for i, t in enumerate(times)
    ]
    batch = decide_rewards(reports, policy=policy("CN-ZJ"), decided_on=DAY, pseudonym_key=KEY)
    for matter in set(matters[: len(times)]):
        valid = [r for r, b in zip(reports, bad, strict=False) if r.matter == matter and not b]
        won = [d for d in batch.decisions if d.outcome.matter == matter and d.outcome.rewarded]
        assert len(won) == (1 if valid else 0)
        if valid:
            first = min(valid, key=lambda r: (r.received_at, r.report_id))
            assert won[0].outcome.report_id == first.report_id


SURNAMES = "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞燕"
names = st.builds(
    lambda s, g: s + g, st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2)
)
ids = st.from_regex(r"\A[1-6][0-9]{16}[0-9X]\Z")
phones = st.from_regex(r"\A1[3-9][0-9]{9}\Z")


def _texts(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@settings(max_examples=150, deadline=None)
@given(
    code=st.sampled_from(["CN", *CODES]),
    name=names,
    id_number=ids,
    phone=phones,
    anonymous=st.booleans(),
    flaw=st.sampled_from([None, "named-anonymous", "bad-fine", "dates"]),
)
def test_confidentiality_no_identifying_string_in_any_output(
    code: str, name: str, id_number: str, phone: str, anonymous: bool, flaw: str | None
) -> None:
    reporter: dict[str, Any] = (
        {"anonymous": True, "contact": phone}
        if anonymous
        else {"name": name, "id_number": id_number, "contact": phone}
    )
    neutral = decide(code, report(reporter={"name": "某甲乙", "contact": "0"})).to_json()
    secrets = [s for s in (name, id_number, phone) if s not in neutral]
    assume(secrets)
    over: dict[str, Any] = {"reporter": reporter}
    if flaw == "named-anonymous":
        over["reporter"] = {
            "anonymous": True,
            "name": name,
            "id_number": id_number,
            "contact": phone,
        }
    elif flaw == "bad-fine":
        over["findings"] = fine("-5")
    elif flaw == "dates":
        over["verified_on"] = "2026-06-01"
    try:
        out = decide(code, report(**over)).to_json()
    except InvalidInputError as exc:
        out = _texts(
            [
                str(exc),
                exc.field,
                repr(exc.value),
                exc.allowed,
                [(p.field, repr(p.value), p.allowed) for p in exc.problems],
            ]
        )
    for secret in secrets:
        assert secret not in out


def test_reporter_errors_never_echo_identifying_values() -> None:
    for bad in ({"name": "x" * 300}, {"name": "王某某", "nmae": "李某某"}, {"name": 5}):
        with pytest.raises(InvalidInputError) as err:
            Reporter.from_data(bad)
        assert "xxxxx" not in str(err.value)
        assert "李某某" not in str(err.value)


def test_decisions_serialize_and_validate_against_the_schema() -> None:
    schema = Decision[RewardOutcome].json_schema()
    schema_out = Decision[RewardOutcome].model_json_schema(mode="serialization")
    d = decide("CN-ZJ", report(special_ground="cross_region_hazardous_waste"))
    data = json.loads(d.to_json())
    jsonschema.validate(data, schema_out)
    assert Decision[RewardOutcome].from_json(d.to_json()) == d
    assert schema["title"]


# --- the JSON edge: answers validate, error documents echo nothing the reporter gave -----------

NAME, ID_NUMBER, PHONE = "欧阳某某", "51030019900101123X", "13912345678"


def _edge_request(**report_over: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "report_id": "r-1",
        "matter": "m-1",
        "received_at": "2026-07-01T10:00:00+08:00",
        "reporter": {"name": NAME, "id_number": ID_NUMBER, "contact": PHONE},
        "verified_on": "2026-08-20",
        "findings": [{"violation": "v-1", "outcomes": ["fine"], "fine": "300000"}],
    }
    item.update(report_over)
    return {
        "jurisdiction": "CN-ZJ",
        "decided_on": "2026-09-01",
        "input": {"pseudonym_key": "k" * 16, "reports": [item]},
    }


@pytest.mark.parametrize(
    "request_data",
    [
        _edge_request(),
        _edge_request(reporter={"name": NAME, "anonymous": True, "contact": PHONE}),
        _edge_request(reporter={"name": NAME, "contct": PHONE, "id_number": ID_NUMBER}),
        _edge_request(reporter={"name": [NAME], "id_number": ID_NUMBER}),
        _edge_request(findings=[{"violation": "v-1", "outcomes": ["fine"], "fine": "-1"}]),
        _edge_request(verified_on="2026-06-01", report_id=NAME),
        {
            **_edge_request(),
            "input": {
                "reports": [_edge_request()["input"]["reports"][0]],
                "extra": NAME,
                "pseudonym_key": "short",
            },
        },
    ],
)
def test_edge_answers_and_error_documents_hold_no_identifying_input(
    request_data: dict[str, Any],
) -> None:
    answer = edge.decide("reward", request_data)
    for secret in (NAME, ID_NUMBER, PHONE, "某某"):
        assert secret not in answer
    (served,) = edge.serve_lines([json.dumps({"id": 1, "rule": "reward", **request_data})])
    for secret in (NAME, ID_NUMBER, PHONE):
        assert secret not in served


def test_edge_answer_validates_against_the_shipped_schemas() -> None:
    answer = json.loads(edge.decide("reward", _edge_request()))
    batch_schema = json.loads(
        (files("ecoreg.schemas") / "reward-batch.schema.json").read_text("utf-8")
    )
    jsonschema.validate(answer, batch_schema)
    decision_schema = json.loads(
        (files("ecoreg.schemas") / "reward-decision.schema.json").read_text("utf-8")
    )
    jsonschema.validate(answer["decisions"][0], decision_schema)
    request_schema = json.loads(
        (files("ecoreg.schemas") / "reward-request.schema.json").read_text("utf-8")
    )
    jsonschema.validate(_edge_request(), request_schema)
    assert answer["decisions"][0]["outcome"]["amount"] == "15000.00"


def test_error_names_the_field_at_the_edge() -> None:
    bad = _edge_request(verified_on="2026-06-01")
    error = json.loads(edge.decide("reward", bad))["error"]
    assert error["problems"][0]["path"] == "$.input.reports[0].verified_on"


@pytest.mark.parametrize(
    ("fine_", "outcomes", "expected"),
    [
        ("10000", ("seal_seize",), "500.00"),  # 10,000 × 5 % = 500: at the coercive floor
        ("9980", ("seal_seize",), "500.00"),  # 499 → raised to 500
        ("20000", ("criminal_detention",), "1000.00"),  # 1,000: at the criminal floor
        ("19980", ("criminal_detention",), "1000.00"),  # 999 → raised to 1,000
        ("0", ("criminal_detention",), "1000.00"),  # no fine: the grade's 1,000
    ],
)
def test_jiangsu_grade_floors(fine_: str, outcomes: tuple[str, ...], expected: str) -> None:
    assert decide("CN-JS", report(findings=fine(fine_, outcomes))).outcome.amount == Decimal(
        expected
    )


def test_a_local_rule_that_stacks_several_violations() -> None:
    instrument = {
        "id": "test.stacking",
        "name_zh": "测试规定",
        "name_en": "test measure",
        "issuer_zh": "上海市测试",
        "in_force": "2026-01-01",
    }
    book = BOOK.extend(
        {
            "measures": [
                {
                    "id": "test.stacking",
                    "jurisdiction": "CN-SH",
                    "title_zh": "测试规定",
                    "title_en": "test measure",
                    "versions": [
                        {
                            "in_force_from": "2026-01-01",
                            "instrument": instrument,
                            "parameters": {
                                "rewards.several_violations": {
                                    "value": "sum",
                                    "basis": "local",
                                    "note": "a rule that adds the violations up",
                                }
                            },
                        }
                    ],
                }
            ]
        }
    )
    rep = report(
        findings=[
            {"violation": "v-1", "outcomes": ["fine"], "fine": "10000"},
            {"violation": "v-2", "outcomes": ["seal_seize"], "fine": "0"},
        ]
    )
    d = decide_reward(rep, policy=book.resolve("CN-SH", DAY), decided_on=DAY, pseudonym_key=KEY)
    assert d.outcome.amount == Decimal("5500.00")  # 500 + 5,000
