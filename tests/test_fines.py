import datetime as dt
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg import (
    Aggravation,
    ApologyPledge,
    Harm,
    LeniencyOutcome,
    Mitigation,
    PriorViolation,
    StudyEntry,
    ViolationCase,
    daily_continuous_penalty,
    decide_fine,
    decide_leniency,
    standard_policy_book,
    study_standing,
    working_days_after,
)
from ecoreg.core._records import ViolationKind
from ecoreg.exceptions import InvalidInputError
from ecoreg.testing import violation_cases

D = dt.date
BOOK = standard_policy_book()
DG = BOOK.resolve("CN-GD-DG", D(2026, 3, 10))
NATIONAL = BOOK.resolve("CN", D(2026, 3, 10))


def case(**changes: Any) -> ViolationCase:
    base: dict[str, Any] = {
        "kind": "monitoring.not-networked",
        "occurred_on": D(2026, 1, 5),
        "discovered_on": D(2026, 2, 1),
        "corrected_on": D(2026, 2, 10),
        "harm": Harm.SLIGHT,
    }
    base.update(changes)
    return ViolationCase.from_data(base)


def pledged(filed_on: dt.date, **changes: Any) -> ViolationCase:
    return case(
        notice_received_on=D(2026, 2, 24),
        apology_pledge=ApologyPledge(filed_on=filed_on),
        **changes,
    )


# --- worked cases (issue 4, "Must show") ---


def test_dongguan_100000_with_accepted_pledge_becomes_50000() -> None:
    decision = decide_fine(
        pledged(D(2026, 3, 4)), policy=DG, decided_on=D(2026, 3, 10), proposed="100000"
    )
    assert decision.outcome.final == Decimal("50000.00")
    step = decision.outcome.steps[-1]
    assert step.rule_id == "fine.reduction.apology"
    assert step.change == Decimal("-50000.00")
    assert step.citation is not None
    assert step.citation.instrument.number == "东环〔2024〕69号"


def test_dongguan_15000_for_uncovered_stockpiles_becomes_10000_not_7500() -> None:
    decision = decide_fine(
        pledged(D(2026, 3, 4), kind="dust.uncovered-stockpile"),
        policy=DG,
        decided_on=D(2026, 3, 10),
        proposed="15000",
    )
    assert decision.outcome.final == Decimal("10000.00")
    assert decision.outcome.statutory_min == Decimal("10000.00")


def test_dongguan_2022_version_reduces_600000_by_at_most_200000() -> None:
    policy = BOOK.resolve("CN-GD-DG", D(2023, 6, 1))
    air = ViolationCase(
        kind="air.over-limit",
        occurred_on=D(2023, 1, 5),
        discovered_on=D(2023, 2, 1),
        corrected_on=D(2023, 2, 10),
        harm=Harm.SLIGHT,
        notice_received_on=D(2023, 5, 22),
        apology_pledge=ApologyPledge(filed_on=D(2023, 5, 24)),
    )
    decision = decide_fine(air, policy=policy, decided_on=D(2023, 6, 1), proposed="600000")
    assert decision.outcome.final == Decimal("400000.00")
    heavy = decide_fine(
        air.model_copy(update={"heavy_pollution_process": True}),
        policy=policy,
        decided_on=D(2023, 6, 1),
        proposed="300000",
    )
    assert heavy.outcome.final == Decimal("210000.00")  # 30 % off


def test_pledge_on_the_8th_working_day_is_refused_with_the_deadline() -> None:
    deadline = working_days_after(D(2026, 2, 24), 7).last_day
    assert deadline == D(2026, 3, 4)
    eighth = working_days_after(D(2026, 2, 24), 8).last_day
    decision = decide_fine(pledged(eighth), policy=DG, decided_on=D(2026, 3, 10), proposed="100000")
    assert decision.outcome.final == Decimal("100000.00")
    refusal = decision.reasons[-1]
    assert refusal.rule_id == "fine.reduction.apology.late"
    assert "2026-03-04" in refusal.message_zh
    assert "2026-03-04" in refusal.message_en


def test_hint_offers_the_pledge_with_its_deadline_and_amount() -> None:
    decision = decide_fine(
        case(notice_received_on=D(2026, 2, 24)),
        policy=DG,
        decided_on=D(2026, 3, 2),
        proposed="100000",
    )
    (hint,) = [h for h in decision.hints if h.rule_id.startswith("fine.reduction.apology")]
    assert "2026-03-04" in hint.message_en
    assert "50000.00" in hint.message_en


def test_yingkou_60000_becomes_34000() -> None:
    policy = BOOK.resolve("CN-LN-YK", D(2025, 6, 1))
    ledger = [StudyEntry(on=D(2025, 5, 1), minutes=20 * 40, exam_score=80)]
    standing = study_standing(ledger, policy=policy, on=D(2025, 6, 1)).outcome
    assert standing.class_hours == 20
    assert standing.lighter_penalty
    quarry = ViolationCase(
        kind="dust.uncovered-stockpile",
        occurred_on=D(2025, 4, 20),
        discovered_on=D(2025, 5, 1),
        corrected_on=D(2025, 5, 10),
        harm=Harm.HARMFUL,
        notice_received_on=D(2025, 5, 20),
        apology_pledge=ApologyPledge(filed_on=D(2025, 5, 22)),
    )
    decision = decide_fine(
        quarry, policy=policy, decided_on=D(2025, 6, 1), proposed="60000", study=standing
    )
    assert decision.outcome.final == Decimal("34000.00")
    notes = [
        s.citation.note
        for s in decision.outcome.steps
        if s.citation is not None and s.citation.note
    ]
    assert any("Calibrated from the seed case" in n for n in notes)


def test_study_points_expire() -> None:
    policy = BOOK.resolve("CN-LN-YK", D(2025, 6, 1))
    old = [StudyEntry(on=D(2024, 5, 1), minutes=20 * 40, exam_score=80)]
    assert study_standing(old, policy=policy, on=D(2025, 6, 1)).outcome.points == 0


def test_daily_continuous_penalty() -> None:
    decision = daily_continuous_penalty(
        "100000",
        kind="air.over-limit",
        order_served_on="2026-04-01",
        reinspected_on="2026-04-11",
        policy=NATIONAL,
    )
    assert decision.outcome == Decimal("1000000.00")
    assert decision.reasons[0].fact("days") == 10
    with pytest.raises(InvalidInputError, match="kind"):
        daily_continuous_penalty(
            "1",
            kind="monitoring.not-running",
            order_served_on="2026-04-01",
            reinspected_on="2026-04-11",
            policy=NATIONAL,
        )
    with pytest.raises(InvalidInputError) as info:
        daily_continuous_penalty(
            "1",
            kind="air.over-limit",
            order_served_on="2026-04-01",
            reinspected_on="2026-04-01",
            policy=NATIONAL,
        )
    assert info.value.field == "reinspected_on"


# --- leniency ---


def test_minor_corrected_no_harm_must_not_be_penalized_and_educated() -> None:
    d = decide_leniency(
        case(minor=True, corrected_promptly=True, harm=Harm.NONE),
        policy=NATIONAL,
        decided_on=D(2026, 3, 1),
    )
    assert d.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    assert d.outcome.education_required
    assert d.rule_ids[-1] == "leniency.education"


def test_first_violation_slight_harm_corrected_may_decline() -> None:
    d = decide_leniency(case(corrected_promptly=True), policy=NATIONAL, decided_on=D(2026, 3, 1))
    assert d.outcome.outcome is LeniencyOutcome.MAY_DECLINE
    assert d.outcome.first_violation
    repeat = case(
        corrected_promptly=True,
        prior_violations=(PriorViolation(kind="monitoring.not-networked", on=D(2025, 6, 1)),),
    )
    assert (
        decide_leniency(repeat, policy=NATIONAL, decided_on=D(2026, 3, 1)).outcome.outcome
        is LeniencyOutcome.PENALIZE
    )
    old = case(
        corrected_promptly=True,
        prior_violations=(PriorViolation(kind="monitoring.not-networked", on=D(2023, 6, 1)),),
    )
    assert decide_leniency(old, policy=NATIONAL, decided_on=D(2026, 3, 1)).outcome.first_violation


def test_not_corrected_gets_a_hint() -> None:
    d = decide_leniency(case(corrected_on=None), policy=NATIONAL, decided_on=D(2026, 3, 1))
    assert d.outcome.outcome is LeniencyOutcome.PENALIZE
    assert d.hints[0].changes[0].name == "corrected_promptly"


def test_limitation_is_checked_first_and_continuing_acts_count_from_their_end() -> None:
    stale = case(
        occurred_on=D(2023, 1, 5),
        discovered_on=D(2025, 2, 1),
        corrected_on=None,
        falsified_data=True,
    )
    d = decide_leniency(stale, policy=NATIONAL, decided_on=D(2025, 3, 1))
    assert d.outcome.outcome is LeniencyOutcome.TIME_BARRED
    assert d.rule_ids == ("leniency.limitation",)
    continuing = stale.model_copy(update={"ended_on": D(2024, 6, 1)})
    assert (
        decide_leniency(continuing, policy=NATIONAL, decided_on=D(2025, 3, 1)).outcome.outcome
        is LeniencyOutcome.PENALIZE
    )
    grave = stale.model_copy(update={"grave_harm": True})
    assert decide_leniency(
        grave, policy=NATIONAL, decided_on=D(2025, 3, 1)
    ).outcome.limitation_ends_on == D(2028, 1, 5)


def test_shanxi_2025_air_exceedance_item_needs_its_conditions_and_a_first_violation() -> None:
    # Shanxi's (山西, CN-SX) list, 2025 edition: a 首违不罚 item (may decline). Shaanxi (陕西,
    # CN-SN) has no list: ecoreg filed this one there until issue 25.
    policy = BOOK.resolve("CN-SX", D(2026, 3, 1))
    facts: dict[str, Any] = {
        "kind": "air.over-limit",
        "harm": Harm.SLIGHT,
        "corrected_promptly": True,
        "toxic_pollutant": False,
        "pollutants_over": 1,
        "hourly_exceedance_multiple": "0.05",
    }
    d = decide_leniency(case(**facts), policy=policy, decided_on=D(2026, 3, 1))
    assert d.outcome.outcome is LeniencyOutcome.MAY_DECLINE
    assert d.outcome.list_item == "cn-sx.2025.air-exceedance"
    for fact, bad in [
        ("toxic_pollutant", True),
        ("pollutants_over", 2),
        ("hourly_exceedance_multiple", "0.1"),
    ]:
        miss = decide_leniency(
            case(**{**facts, fact: bad}), policy=policy, decided_on=D(2026, 3, 1)
        )
        assert miss.outcome.list_item is None, fact
        assert any(fact in f.name for h in miss.hints for f in h.changes)
    repeat = {
        **facts,
        "prior_violations": (PriorViolation(kind="air.over-limit", on=D(2025, 8, 1)),),
    }
    again = decide_leniency(case(**repeat), policy=policy, decided_on=D(2026, 3, 1))
    assert again.outcome.outcome is LeniencyOutcome.PENALIZE
    sn = decide_leniency(
        case(**facts), policy=BOOK.resolve("CN-SN", D(2026, 3, 1)), decided_on=D(2026, 3, 1)
    )
    assert sn.outcome.list_item is None


def test_tianjin_first_minor_with_apology_is_not_penalized() -> None:
    tj = BOOK.resolve("CN-TJ", D(2025, 6, 1))
    c = case(
        occurred_on=D(2025, 4, 1),
        discovered_on=D(2025, 5, 1),
        corrected_on=D(2025, 5, 5),
        corrected_promptly=True,
        minor=True,
        public_apology=True,
    )
    assert (
        decide_leniency(c, policy=tj, decided_on=D(2025, 6, 1)).outcome.outcome
        is LeniencyOutcome.NOT_PENALIZED
    )
    national = BOOK.resolve("CN", D(2025, 6, 1))
    assert (
        decide_leniency(c, policy=national, decided_on=D(2025, 6, 1)).outcome.outcome
        is LeniencyOutcome.MAY_DECLINE
    )


# --- discretion ---


def test_discretion_steps_from_base_to_final() -> None:
    c = case(
        kind="air.over-limit",
        exceedance_ratio="0.6",
        destination_level=3,
        period_level=1,
        aggravations=(Aggravation.CROSS_REGION,),
        mitigations=(Mitigation.CONFESSED,),
    )
    d = decide_fine(c, policy=NATIONAL, decided_on=D(2026, 3, 1))
    ids = [s.rule_id for s in d.outcome.steps]
    assert ids[:2] == ["fine.range", "fine.base"]
    assert "fine.aggravation.cross_region" in ids
    assert "fine.mitigation.confessed" in ids
    # levels (3, 3, 1, 1): mean 2 → 100,000 + 900,000 × 1/4 = 325,000; +180,000; −180,000.
    assert d.outcome.steps[1].amount == Decimal("325000.00")
    assert d.outcome.final == Decimal("325000.00")


def test_mandatory_mitigation_may_go_below_minimum_never_negative_and_says_so() -> None:
    c = case(kind="dust.uncovered-stockpile", mitigations=tuple(Mitigation))
    d = decide_fine(c, policy=NATIONAL, decided_on=D(2026, 3, 1))
    assert d.outcome.final == Decimal("0.00")
    assert d.outcome.below_statutory_minimum
    assert d.rule_ids[-1] == "fine.below-minimum"


def test_repeat_offender_is_aggravated_from_history() -> None:
    history = tuple(PriorViolation(kind="air.over-limit", on=D(2025, m, 1)) for m in (3, 6, 9))
    d = decide_fine(
        case(kind="air.over-limit", prior_violations=history),
        policy=NATIONAL,
        decided_on=D(2026, 3, 1),
    )
    assert "fine.aggravation.repeat_same_kind" in d.rule_ids


# --- bad input ---


def test_unknown_kind_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        decide_fine(case(kind="noise.too-loud"), policy=NATIONAL, decided_on=D(2026, 3, 1))
    assert info.value.field == "kind"
    assert "violations.catalogue" in info.value.allowed
    with pytest.raises(InvalidInputError) as info:
        decide_fine(case(kind="air.over-limits"), policy=NATIONAL, decided_on=D(2026, 3, 1))
    assert "'air.over-limit'" in info.value.allowed  # the nearest ids are named


def test_correction_before_the_violation_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        case(corrected_on=D(2025, 12, 1))
    assert info.value.field == "corrected_on"


def test_negative_exceedance_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        case(exceedance_ratio="-0.1")
    assert info.value.field == "exceedance_ratio"


def test_proposed_outside_range_names_the_field() -> None:
    with pytest.raises(InvalidInputError) as info:
        decide_fine(case(), policy=NATIONAL, decided_on=D(2026, 3, 1), proposed="5000")
    assert info.value.field == "proposed"


# --- properties ---


def _shapes(rule: Any) -> set[str]:
    """Every shape in a fine rule, its bands' and scaled rules' included."""
    root = rule.root
    inner = [band.rule for band in getattr(root, "tiers", ())]
    if getattr(root, "rule", None) is not None:
        inner.append(root.rule)
    return {root.shape}.union(*(_shapes(r) for r in inner))


def _computable(kind: ViolationKind) -> bool:
    """A kind whose basis for acts in 2024–2025 writes an amount in every band (not 处以罚款)."""
    bases = {id(kind.basis_on(day)) for day in (D(2024, 1, 1), D(2025, 12, 31))}
    basis = kind.basis_on(D(2024, 1, 1))
    return len(bases) == 1 and basis is not None and "unspecified" not in _shapes(basis.fine)


KINDS = sorted(
    k for k, kind in NATIONAL.records("violations.catalogue").items() if _computable(kind)
)
"""Every kind the properties can decide for acts in 2024–2025 (with every fact stated)."""


cases = partial(violation_cases, kinds=KINDS, complete_facts=True)


POLICIES = [
    BOOK.resolve(code, D(2026, 3, 1)) for code in ("CN", "CN-GD-DG", "CN-LN-YK", "CN-SN", "CN-TJ")
]


def fine(c: ViolationCase, policy_index: int) -> Decimal:
    return decide_fine(c, policy=POLICIES[policy_index], decided_on=D(2026, 3, 1)).outcome.final


@given(cases(), st.sampled_from(list(Mitigation)), st.integers(0, len(POLICIES) - 1))
def test_a_mitigating_fact_never_raises_the_fine(c: ViolationCase, m: Mitigation, p: int) -> None:
    more = c.model_copy(update={"mitigations": (*c.mitigations, m)})
    assert fine(more, p) <= fine(c, p)


@given(cases(), st.integers(0, len(POLICIES) - 1))
def test_a_reduction_never_raises_the_fine(c: ViolationCase, p: int) -> None:
    assert c.notice_received_on is not None
    with_pledge = c.model_copy(
        update={"apology_pledge": ApologyPledge(filed_on=c.notice_received_on)}
    )
    without = c.model_copy(update={"apology_pledge": None})
    assert fine(with_pledge, p) <= fine(without, p)


@given(cases(), st.sampled_from(list(Aggravation)), st.integers(0, len(POLICIES) - 1))
def test_an_aggravating_fact_never_lowers_the_fine(
    c: ViolationCase, a: Aggravation, p: int
) -> None:
    more = c.model_copy(update={"aggravations": (*c.aggravations, a)})
    assert fine(more, p) >= fine(c, p)


@given(cases(), st.integers(0, len(POLICIES) - 1))
def test_final_amount_stays_in_range_unless_art_32_and_never_negative(
    c: ViolationCase, p: int
) -> None:
    d = decide_fine(c, policy=POLICIES[p], decided_on=D(2026, 3, 1))
    out = d.outcome
    assert out.final >= 0
    assert out.final <= out.statutory_max
    if out.final < out.statutory_min:
        assert c.mitigations
        assert "fine.below-minimum" in d.rule_ids


@given(cases(), st.integers(0, len(POLICIES) - 1))
def test_excluded_violations_never_receive_discretionary_leniency(c: ViolationCase, p: int) -> None:
    # Exclusions limit what lists, local measures and discretion grant; only the statute's
    # "must not" (Art. 33 ¶1 first sentence, ¶2: issue 11) still applies to them.
    statutory = {"leniency.minor", "leniency.no-fault"}
    excluded = c.model_copy(update={"falsified_data": True})
    d = decide_leniency(excluded, policy=POLICIES[p], decided_on=D(2026, 3, 1))
    if statutory & set(d.rule_ids):
        assert d.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    else:
        assert d.outcome.outcome in {LeniencyOutcome.PENALIZE, LeniencyOutcome.TIME_BARRED}
    never = c.model_copy(
        update={"kind": "air.evading-monitoring", "falsified_data": False, "crime": False}
    )
    d = decide_leniency(never, policy=POLICIES[p], decided_on=D(2026, 3, 1))
    assert d.outcome.outcome is not LeniencyOutcome.MAY_DECLINE
    assert d.outcome.list_item is None
    if not statutory & set(d.rule_ids):
        assert d.outcome.outcome in {LeniencyOutcome.PENALIZE, LeniencyOutcome.TIME_BARRED}


@given(cases(), st.randoms(use_true_random=False), st.integers(0, len(POLICIES) - 1))
def test_the_order_of_facts_does_not_matter(c: ViolationCase, rnd: Any, p: int) -> None:
    def shuffled(items: tuple[Any, ...]) -> tuple[Any, ...]:
        out = list(items)
        rnd.shuffle(out)
        return tuple(out)

    other = c.model_copy(
        update={
            "aggravations": shuffled(c.aggravations),
            "mitigations": shuffled(c.mitigations),
            "prior_violations": shuffled(c.prior_violations),
        }
    )
    a = decide_fine(c, policy=POLICIES[p], decided_on=D(2026, 3, 1))
    b = decide_fine(other, policy=POLICIES[p], decided_on=D(2026, 3, 1))
    assert a.outcome == b.outcome
    assert (
        decide_leniency(c, policy=POLICIES[p], decided_on=D(2026, 3, 1)).outcome
        == decide_leniency(other, policy=POLICIES[p], decided_on=D(2026, 3, 1)).outcome
    )


def test_a_jurisdiction_can_add_violation_kinds() -> None:
    extra: dict[str, Any] = {
        "jurisdictions": [
            {
                "code": "CN-GD-ST",
                "name_zh": "汕头市",
                "name_en": "Shantou",
                "level": "city",
                "parent": "CN-GD",
            }
        ],
        "measures": [
            {
                "id": "sz.kinds",
                "jurisdiction": "CN-GD-ST",
                "title_zh": "汕头补充",
                "title_en": "Shantou kinds",
                "versions": [
                    {
                        "in_force_from": "2025-01-01",
                        "instrument": {
                            "id": "sz.k",
                            "name_zh": "汕头示例",
                            "name_en": "Shantou example",
                            "in_force": "2025-01-01",
                        },
                        "parameters": {
                            "violations.catalogue": {
                                "basis": "local",
                                "value": [
                                    {
                                        "id": "noise.night-construction",
                                        "name_zh": "夜间施工噪声",
                                        "name_en": "night construction noise",
                                        "category": "other",
                                        "fine_min": "1000",
                                        "fine_max": "50000",
                                        "citation": {
                                            "instrument": {
                                                "id": "sz.k",
                                                "name_zh": "汕头示例",
                                                "name_en": "Shantou example",
                                                "in_force": "2025-01-01",
                                            },
                                            "article": 3,
                                        },
                                    }
                                ],
                            }
                        },
                    }
                ],
            }
        ],
    }
    policy = BOOK.extend(extra).resolve("CN-GD-ST", D(2026, 3, 1))
    kinds = policy.records("violations.catalogue")
    assert "noise.night-construction" in kinds
    assert "air.over-limit" in kinds
    d = decide_fine(case(kind="noise.night-construction"), policy=policy, decided_on=D(2026, 3, 1))
    assert d.outcome.statutory_max == Decimal("50000.00")
    bad = {
        **extra,
        "measures": [
            {
                **extra["measures"][0],
                "versions": [
                    {
                        **extra["measures"][0]["versions"][0],
                        "parameters": {"violations.catalogue": {"value": [{"id": "x"}]}},
                    }
                ],
            }
        ],
    }
    from ecoreg.exceptions import PolicyDataError  # noqa: PLC0415

    with pytest.raises(PolicyDataError) as info:
        BOOK.extend(bad)
    assert info.value.field is not None
    assert info.value.field.startswith("parameters.violations.catalogue.value.0.")


def test_a_jurisdiction_plugs_in_its_own_benchmark_table() -> None:
    table = {
        "measures": [
            {
                "id": "tj.discretion-table",
                "jurisdiction": "CN-TJ",
                "title_zh": "裁量基准表",
                "title_en": "benchmark table",
                "versions": [
                    {
                        "in_force_from": "2026-01-01",
                        "instrument": {
                            "id": "tj.t",
                            "name_zh": "天津裁量基准",
                            "name_en": "Tianjin benchmark",
                            "in_force": "2026-01-01",
                        },
                        "parameters": {
                            "discretion.level_shares": {
                                "value": ["0", "0.1", "0.3", "0.6", "1"],
                                "basis": "local",
                            }
                        },
                    }
                ],
            }
        ]
    }
    own = BOOK.extend(table).resolve("CN-TJ", D(2026, 3, 1))
    c = case(
        kind="air.over-limit", exceedance_ratio="0.6", destination_level=3
    )  # levels (3, 3, 1, 1): mean 2
    assert decide_fine(c, policy=own, decided_on=D(2026, 3, 1)).outcome.steps[1].amount == Decimal(
        "190000.00"
    )
    assert decide_fine(c, policy=NATIONAL, decided_on=D(2026, 3, 1)).outcome.steps[
        1
    ].amount == Decimal("325000.00")
    # A mean of 2.5 is interpolated halfway between the shares of levels 2 and 3.
    half = case(kind="air.over-limit", exceedance_ratio="0.6", destination_level=4, period_level=2)
    assert decide_fine(half, policy=own, decided_on=D(2026, 3, 1)).outcome.steps[
        1
    ].amount == Decimal("280000.00")
