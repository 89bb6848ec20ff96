"""The law in force: instruments with their lives, dated bases, choice of law (issue 9)."""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg import (
    DailyTrigger,
    Harm,
    LeniencyOutcome,
    ViolationCase,
    daily_continuous_penalty,
    decide_fine,
    decide_leniency,
    law,
    standard_policy_book,
)
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import catalogue, eco_code
from ecoreg.law.regimes import regime_on
from ecoreg.penalties._choice import choose_basis
from ecoreg.testing import violation_cases
from policy_helpers import local_measure

D = dt.date
BOOK = standard_policy_book()
LAST_OLD_DAY = D(2026, 8, 14)
CODE_DAY = D(2026, 8, 15)

AIR = "cn.air-pollution-law.2018"
WATER = "cn.water-pollution-law.2017"
PERMIT = "cn.pollutant-discharge-permit-regulation.2021"
CODE = "cn.eco-environment-code.2026"

# The table of shared/law/eco-code.md, checked against the Code's text:
# kind -> ((instrument, article, paragraph, item, min, max) until 2026-08-14, (…) from 2026-08-15)
TABLE: dict[str, tuple[tuple[Any, ...], tuple[Any, ...]]] = {
    # 排污许可管理条例 Art. 33 also fines it, 200,000 upwards: the higher fine (APL Art. 29).
    "air.no-permit": ((PERMIT, 33, None, None, 200_000, 1_000_000), (CODE, 1102, None, None, 200_000, 1_000_000)),
    "air.over-limit": ((AIR, 99, None, 2, 100_000, 1_000_000), (CODE, 1107, None, None, 100_000, 1_000_000)),
    "air.evading-monitoring": ((AIR, 99, None, 3, 100_000, 1_000_000), (CODE, 1108, None, None, 100_000, 1_000_000)),
    "monitoring.falsified-data": ((AIR, 99, None, 3, 100_000, 1_000_000), (CODE, 1088, None, None, 100_000, 1_000_000)),
    "water.over-limit": ((WATER, 83, None, 2, 100_000, 1_000_000), (CODE, 1107, None, None, 100_000, 1_000_000)),
    "water.evading-monitoring": ((WATER, 83, None, 3, 100_000, 1_000_000), (CODE, 1108, None, None, 100_000, 1_000_000)),
    "monitoring.not-networked": ((AIR, 100, None, 3, 20_000, 200_000), (CODE, 1086, 1, 2, 20_000, 200_000)),
    "monitoring.not-running": ((AIR, 100, None, 3, 20_000, 200_000), (CODE, 1086, 1, 2, 20_000, 200_000)),
    "monitoring.anomaly-not-reported": ((PERMIT, 36, None, 8, 20_000, 200_000), (CODE, 1086, 1, 2, 20_000, 200_000)),
    "monitoring.equipment-interference": ((AIR, 100, None, 1, 20_000, 200_000), (CODE, 1093, None, None, 20_000, 200_000)),
    "dust.industrial-not-enclosed": ((AIR, 108, None, 5, 20_000, 200_000), (CODE, 1120, 1, 5, 20_000, 200_000)),
    "dust.uncovered-stockpile": ((AIR, 117, None, 2, 10_000, 100_000), (CODE, 1130, None, 3, 10_000, 100_000)),
}  # fmt: skip

# A kind the Code fines more heavily, with no provision always fining it as well.
HEAVIER = "waste.industrial-solid-waste-no-permit"


def case(kind: str, occurred_on: dt.date, **changes: Any) -> ViolationCase:
    base: dict[str, Any] = {
        "kind": kind,
        "occurred_on": occurred_on,
        "discovered_on": occurred_on + dt.timedelta(days=10),
        "harm": Harm.SLIGHT,
    }
    base.update(changes)
    return ViolationCase.from_data(base)


def fine(kind: str, occurred_on: dt.date, decided_on: dt.date, **changes: Any) -> Any:
    policy = BOOK.resolve("CN", decided_on)
    return decide_fine(case(kind, occurred_on, **changes), policy=policy, decided_on=decided_on)


# --- instruments with their lives ---


def test_the_repealed_statutes_end_on_2026_08_14_and_name_the_code() -> None:
    for repealed in (law.air_pollution_law, law.water_pollution_law):
        instrument = repealed.INSTRUMENT
        assert instrument.in_force_until == LAST_OLD_DAY
        assert instrument.replaced_by == CODE
        assert instrument.in_force_on(LAST_OLD_DAY)
        assert not instrument.in_force_on(CODE_DAY)
    epl = law.environmental_protection_law.INSTRUMENT
    assert (epl.in_force_until, epl.replaced_by) == (LAST_OLD_DAY, CODE)
    assert law.permit_regulation.INSTRUMENT.in_force_until is None  # not repealed by the Code
    code = eco_code.INSTRUMENT
    assert code.in_force == CODE_DAY
    assert not code.in_force_on(LAST_OLD_DAY)
    assert code.in_force_on(CODE_DAY)


def test_the_code_quotes_the_articles_ecoreg_applies() -> None:
    articles = {
        c.article
        for name in eco_code.__all__
        if name.startswith("ART_")
        for c in [getattr(eco_code, name)]
    }
    wanted = {54, 1053, 1054, 1055, 1056, 1057, 1060, 1086, 1088, 1093, 1102, 1103}
    assert wanted | {1107, 1108, 1120, 1130, 1242} <= articles
    assert "五年内被发现" in (eco_code.ART_1054.quote_zh or "")
    assert "拒绝、阻挠复查" in (eco_code.ART_1060.quote_zh or "")
    assert "2026年8月15日起施行" in (eco_code.ART_1242.quote_zh or "")


def test_an_article_can_carry_its_own_dates() -> None:
    amended = eco_code.ART_1107.model_copy(update={"in_force_until": D(2030, 12, 31)})
    assert amended.in_force_on(D(2030, 12, 31))
    assert not amended.in_force_on(D(2031, 1, 1))
    with pytest.raises(InvalidInputError) as info:
        type(eco_code.ART_1107).from_data(
            {**eco_code.ART_1107.to_data(), "in_force_until": "2026-01-01"}
        )
    assert info.value.field == "in_force_until"


def test_instruments_serialize_their_end_only_once_repealed() -> None:
    assert "in_force_until" not in law.permit_regulation.INSTRUMENT.to_json()
    text = law.air_pollution_law.INSTRUMENT.to_json()
    assert '"in_force_until":"2026-08-14"' in text
    assert (
        type(law.air_pollution_law.INSTRUMENT).from_json(text) == law.air_pollution_law.INSTRUMENT
    )


def test_instrument_lookup() -> None:
    assert law.instrument(CODE) is eco_code.INSTRUMENT
    with pytest.raises(InvalidInputError, match="instrument_id"):
        law.instrument("cn.nope")
    assert eco_code.INSTRUMENT not in law.in_force_on(LAST_OLD_DAY)


# --- conduct, not article: the whole catalogue by date ---


def test_the_table_is_in_the_catalogue_and_the_catalogue_is_the_policy() -> None:
    assert set(TABLE) <= set(catalogue.kinds())
    assert set(catalogue.kinds()) == set(
        BOOK.resolve("CN", CODE_DAY).records("violations.catalogue")
    )


@pytest.mark.parametrize("kind_id", sorted(TABLE))
def test_an_act_on_08_14_cites_the_old_statute_and_on_08_15_the_code(kind_id: str) -> None:
    for act, expected in zip((LAST_OLD_DAY, CODE_DAY), TABLE[kind_id], strict=True):
        instrument, article, paragraph, item, lo, hi = expected
        decision = fine(kind_id, act, act + dt.timedelta(days=20))
        step = decision.outcome.steps[0]
        assert step.rule_id == "fine.range"
        assert step.citation is not None
        cited = step.citation
        assert (cited.instrument.id, cited.article, cited.paragraph, cited.item) == (
            instrument,
            article,
            paragraph,
            item,
        )
        assert (decision.outcome.statutory_min, decision.outcome.statutory_max) == (
            Decimal(lo),
            Decimal(hi),
        )
        # Decided later, the act of 08-14 keeps its statute (the Code is never lighter here);
        # the act of 08-15 has one law at the act and at the decision.
        assert ("law.choice" in decision.rule_ids) is (act == LAST_OLD_DAY)


def test_worked_examples_under_the_code() -> None:
    over = fine("air.over-limit", D(2026, 9, 1), D(2026, 9, 20))
    assert over.outcome.steps[0].citation is not None
    assert (
        over.outcome.steps[0].citation.label_zh == "《中华人民共和国生态环境法典》第一千一百零七条"
    )
    assert (over.outcome.statutory_min, over.outcome.statutory_max) == (
        Decimal(100_000),
        Decimal(1_000_000),
    )
    stockpile = fine("dust.uncovered-stockpile", D(2026, 9, 1), D(2026, 9, 20))
    assert stockpile.outcome.steps[0].citation is not None
    assert stockpile.outcome.steps[0].citation.article == 1130
    quarry = fine("dust.industrial-not-enclosed", D(2026, 9, 1), D(2026, 9, 20))
    cited = quarry.outcome.steps[0].citation
    assert cited is not None
    assert (cited.article, cited.item) == (1120, 5)
    assert "第一千一百二十条第一款第（五）项" in quarry.explain("zh")


# --- choice of law ---


def test_code_heavier_keeps_the_old_range_and_says_why() -> None:
    decision = fine(HEAVIER, D(2026, 8, 1), D(2026, 9, 1))
    assert decision.rule_ids[0] == "law.choice"
    choice = decision.reasons[0]
    assert choice.citation == eco_code.ART_1057
    assert "第三十七条" in choice.message_zh
    assert "第一千零五十七条" in choice.message_zh
    assert "Art. 37" in choice.message_en
    assert choice.fact("applied") == "act"
    assert choice.fact("range_at_act") == "100000.00–1000000.00"
    assert choice.fact("range_at_decision") == "200000.00–1000000.00"
    assert "固体废物污染环境防治法" in str(choice.fact("basis_at_act"))
    assert "生态环境法典" in str(choice.fact("basis_at_decision"))
    assert decision.outcome.statutory_min == Decimal(100_000)
    assert decision.outcome.steps[0].citation is not None
    assert decision.outcome.steps[0].citation.instrument.id == "cn.solid-waste-law.2020"


def test_a_provision_fining_the_same_act_more_applies_before_the_code_too() -> None:
    # 大气法 Art. 99(1) fines 100,000 upwards, 排污许可管理条例 Art. 33 200,000 upwards:
    # the higher fine applies (APL Art. 29), so the Code's 200,000 is not heavier after all.
    decision = fine("air.no-permit", D(2026, 8, 1), D(2026, 9, 1))
    assert decision.reasons[0].fact("applied") == "act"
    assert "fine.concurrent" in decision.rule_ids
    concurrency = decision.reasons[decision.rule_ids.index("fine.concurrent")]
    assert "第二十九条" in concurrency.message_zh
    assert decision.outcome.statutory_min == Decimal(200_000)
    cited = decision.outcome.steps[0].citation
    assert cited is not None
    assert (cited.instrument.id, cited.article) == (PERMIT, 33)


def test_same_range_keeps_the_law_at_the_act_and_names_both() -> None:
    decision = fine("air.over-limit", D(2026, 8, 1), D(2026, 9, 1))
    choice = decision.reasons[0]
    assert choice.rule_id == "law.choice"
    assert choice.fact("applied") == "act"
    assert choice.fact("range_at_act") == choice.fact("range_at_decision")
    assert "新的规定处罚不轻于原规定" in choice.message_zh
    assert decision.outcome.steps[0].citation is not None
    assert decision.outcome.steps[0].citation.article == 99


def _local_kind_book(bases: list[dict[str, Any]]) -> Any:
    instrument = {
        "id": "x.rule",
        "name_zh": "示例规章",
        "name_en": "Example rule",
        "in_force": "2025-01-01",
    }
    return BOOK.extend(
        {
            "measures": [
                {
                    "id": "x.kinds",
                    "jurisdiction": "CN-TJ",
                    "title_zh": "示例",
                    "title_en": "example",
                    "versions": [
                        {
                            "in_force_from": "2025-01-01",
                            "instrument": instrument,
                            "parameters": {
                                "violations.catalogue": {
                                    "basis": "local",
                                    "value": [
                                        {
                                            "id": "x.noise",
                                            "name_zh": "噪声",
                                            "name_en": "noise",
                                            "category": "other",
                                            "bases": bases,
                                        }
                                    ],
                                }
                            },
                        }
                    ],
                }
            ]
        }
    )


def _basis(lo: str, hi: str, start: str, until: str | None = None) -> dict[str, Any]:
    rule = {"id": "x.rule", "name_zh": "示例规章", "name_en": "Example rule", "in_force": start}
    basis: dict[str, Any] = {
        "citation": {"instrument": rule, "article": 3},
        "fine_min": lo,
        "fine_max": hi,
    }
    if until is not None:
        basis["in_force_until"] = until
    return basis


def test_a_lighter_new_law_applies_to_an_earlier_act() -> None:
    book = _local_kind_book(
        [_basis("5000", "50000", "2025-01-01", "2026-08-14"), _basis("1000", "20000", "2026-08-15")]
    )
    policy = book.resolve("CN-TJ", D(2026, 9, 1))
    decision = decide_fine(case("x.noise", D(2026, 8, 1)), policy=policy, decided_on=D(2026, 9, 1))
    assert decision.reasons[0].fact("applied") == "decision"
    assert "新的规定处罚较轻" in decision.reasons[0].message_zh
    assert decision.outcome.statutory_max == Decimal(20_000)


def test_a_conduct_no_longer_punished_is_not_penalized() -> None:
    book = _local_kind_book([_basis("5000", "50000", "2025-01-01", "2026-08-14")])
    policy = book.resolve("CN-TJ", D(2026, 9, 1))
    late = case("x.noise", D(2026, 8, 1))
    decision = decide_leniency(late, policy=policy, decided_on=D(2026, 9, 1))
    assert decision.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    assert decision.rule_ids[0] == "law.choice"
    assert "leniency.no-longer-a-violation" in decision.rule_ids
    with pytest.raises(InvalidInputError, match="kind"):
        decide_fine(late, policy=policy, decided_on=D(2026, 9, 1))
    with pytest.raises(InvalidInputError) as info:
        decide_fine(case("x.noise", D(2026, 9, 1)), policy=policy, decided_on=D(2026, 9, 20))
    assert info.value.field == "occurred_on"


def test_a_continuing_act_is_judged_by_the_law_when_it_ended() -> None:
    ongoing = fine("air.no-permit", D(2026, 7, 1), D(2026, 9, 20), ended_on=D(2026, 8, 20))
    assert "law.choice" not in ongoing.rule_ids
    assert ongoing.outcome.statutory_min == Decimal(200_000)  # Code Art. 1102
    ended_before = fine("air.no-permit", D(2026, 7, 1), D(2026, 9, 20), ended_on=LAST_OLD_DAY)
    assert ended_before.reasons[0].fact("act_on") == "2026-08-14"


def test_local_minimum_follows_the_chosen_basis() -> None:
    # Dongguan's pledge never goes below "the statutory minimum": the minimum of the chosen basis.
    policy = BOOK.resolve("CN-GD-DG", D(2026, 9, 10))
    pledged = case(
        HEAVIER,
        D(2026, 8, 1),
        corrected_on=D(2026, 8, 12),
        notice_received_on=D(2026, 9, 1),
        apology_pledge={"filed_on": "2026-09-02"},
    )
    old = decide_fine(pledged, policy=policy, decided_on=D(2026, 9, 10), proposed="150000")
    # the old minimum (固废法 Art. 104), not the Code's 200,000
    assert old.outcome.final == Decimal(100_000)
    new = decide_fine(
        pledged.model_copy(
            update={
                "occurred_on": D(2026, 8, 20),
                "discovered_on": D(2026, 8, 25),
                "corrected_on": D(2026, 8, 28),
            }
        ),
        policy=policy,
        decided_on=D(2026, 9, 10),
        proposed="300000",
    )
    assert new.outcome.final == Decimal(200_000)  # the Code's minimum


# --- limitation ---


def test_limitation_under_the_code_is_five_years_where_harm_resulted() -> None:
    policy = BOOK.resolve("CN", D(2029, 1, 10))
    harmful = case("air.over-limit", D(2026, 9, 1), discovered_on=D(2029, 1, 5), harm=Harm.HARMFUL)
    d = decide_leniency(harmful, policy=policy, decided_on=D(2029, 1, 10))
    assert d.outcome.limitation_ends_on == D(2031, 9, 1)
    assert d.reasons[0].citation == eco_code.ART_1054
    harmless = harmful.model_copy(update={"harm": Harm.NONE})
    barred = decide_leniency(harmless, policy=policy, decided_on=D(2029, 1, 10))
    assert barred.outcome.outcome is LeniencyOutcome.TIME_BARRED
    assert barred.outcome.limitation_ends_on == D(2028, 9, 1)
    stated = harmful.model_copy(update={"environmental_harm": False})
    assert decide_leniency(stated, policy=policy, decided_on=D(2029, 1, 10)).outcome.outcome is (
        LeniencyOutcome.TIME_BARRED
    )


def test_an_older_act_keeps_its_shorter_limitation_by_default_and_the_switch_changes_it() -> None:
    old_act = case("air.over-limit", D(2026, 3, 1), discovered_on=D(2028, 6, 1), harm=Harm.HARMFUL)
    policy = BOOK.resolve("CN", D(2028, 6, 10))
    d = decide_leniency(old_act, policy=policy, decided_on=D(2028, 6, 10))
    assert d.outcome.outcome is LeniencyOutcome.TIME_BARRED
    assert d.outcome.limitation_ends_on == D(2028, 3, 1)
    assert "law.choice.limitation" in d.rule_ids
    why = d.reasons[d.rule_ids.index("law.choice.limitation")]
    assert why.fact("limitation_follows") == "art37"
    assert "从旧兼从轻" in why.message_zh
    assert "law.limitation_follows" in why.message_en
    switched = BOOK.extend(
        local_measure(
            {"law.limitation_follows": "decision_date"}, jurisdiction="CN", day="2026-08-15"
        )
    ).resolve("CN", D(2028, 6, 10))
    later = decide_leniency(old_act, policy=switched, decided_on=D(2028, 6, 10))
    assert later.outcome.outcome is not LeniencyOutcome.TIME_BARRED
    assert later.outcome.limitation_ends_on == D(2031, 3, 1)


def test_leniency_cites_the_code_for_acts_under_it_and_art_33_before() -> None:
    minor = {"minor": True, "corrected_on": None, "harm": Harm.NONE}
    new = case("monitoring.not-running", D(2026, 9, 1), **minor)
    new = new.model_copy(update={"corrected_on": D(2026, 9, 5), "corrected_promptly": True})
    d = decide_leniency(new, policy=BOOK.resolve("CN", D(2026, 9, 20)), decided_on=D(2026, 9, 20))
    assert d.outcome.outcome is LeniencyOutcome.NOT_PENALIZED
    assert d.reasons[d.rule_ids.index("leniency.minor")].citation == eco_code.ART_1056_2
    old = new.model_copy(
        update={
            "occurred_on": D(2026, 8, 1),
            "discovered_on": D(2026, 8, 3),
            "corrected_on": D(2026, 8, 5),
        }
    )
    d = decide_leniency(old, policy=BOOK.resolve("CN", D(2026, 9, 20)), decided_on=D(2026, 9, 20))
    cited = d.reasons[d.rule_ids.index("leniency.minor")].citation
    assert cited is not None
    assert (cited.instrument.id, cited.article, cited.paragraph) == (
        "cn.administrative-penalty-law.2021",
        33,
        1,
    )
    no_fault = new.model_copy(update={"no_fault_proven": True, "minor": False})
    d = decide_leniency(
        no_fault, policy=BOOK.resolve("CN", D(2026, 9, 20)), decided_on=D(2026, 9, 20)
    )
    assert d.reasons[d.rule_ids.index("leniency.no-fault")].citation == eco_code.ART_1053


# --- daily continuous penalty ---


def test_daily_penalty_under_the_code_counts_an_obstructed_reinspection() -> None:
    policy = BOOK.resolve("CN", D(2026, 9, 11))
    d = daily_continuous_penalty(
        "100000",
        kind="air.over-limit",
        order_served_on="2026-09-01",
        reinspected_on="2026-09-11",
        policy=policy,
        trigger=DailyTrigger.OBSTRUCTED_REINSPECTION,
    )
    assert d.outcome == Decimal("1000000.00")
    assert d.reasons[-1].citation == eco_code.ART_1060
    assert "阻挠复查" in d.reasons[-1].message_zh
    with pytest.raises(InvalidInputError) as info:
        daily_continuous_penalty(
            "100000",
            kind="air.over-limit",
            order_served_on="2026-08-01",
            reinspected_on="2026-08-11",
            policy=BOOK.resolve("CN", D(2026, 8, 11)),
            trigger="obstructed_reinspection",
        )
    assert info.value.field == "trigger"


def test_daily_penalty_cites_the_old_articles_before_the_code() -> None:
    policy = BOOK.resolve("CN", D(2026, 8, 11))
    air = daily_continuous_penalty(
        "10000",
        kind="dust.uncovered-stockpile",
        order_served_on="2026-08-01",
        reinspected_on="2026-08-11",
        policy=policy,
    )
    cited = air.reasons[-1].citation
    assert cited is not None
    assert (cited.instrument.id, cited.article, cited.item) == (AIR, 123, 4)
    water = daily_continuous_penalty(
        "10000",
        kind="water.over-limit",
        order_served_on="2026-08-01",
        reinspected_on="2026-08-11",
        policy=policy,
    )
    cited = water.reasons[-1].citation
    assert cited is not None
    # 水污染防治法 Art. 95 sends a continuing discharge to the daily penalty of EPL Art. 59.
    assert (cited.instrument.id, cited.article) == (WATER, 95)
    # Storing dusty material is not an unlawful discharge under Code Art. 1060.
    with pytest.raises(InvalidInputError, match="kind"):
        daily_continuous_penalty(
            "10000",
            kind="dust.uncovered-stockpile",
            order_served_on="2026-09-01",
            reinspected_on="2026-09-11",
            policy=BOOK.resolve("CN", D(2026, 9, 11)),
        )
    with pytest.raises(InvalidInputError) as info:
        daily_continuous_penalty(
            "1", kind="air.over-limit", order_served_on="2026-08-01", reinspected_on="2026-08-11",
            policy=policy, decided_on="2026-08-10",
        )  # fmt: skip
    assert info.value.field == "decided_on"


def test_regimes_cover_every_day_and_refuse_days_before_2021() -> None:
    assert regime_on(LAST_OLD_DAY).id == "cn.before-eco-code"
    assert regime_on(CODE_DAY).id == "cn.eco-code"
    with pytest.raises(InvalidInputError):
        regime_on(D(2021, 7, 14))


# --- properties ---

_ALL_KINDS = sorted(TABLE)
_AROUND_THE_CODE = violation_cases(
    kinds=_ALL_KINDS, occurred_from=D(2025, 6, 1), occurred_until=D(2027, 6, 1)
)


def _decided(c: ViolationCase, extra_days: int) -> dt.date:
    return c.discovered_on + dt.timedelta(days=30 + extra_days)


def _citations(decision: Any) -> list[Any]:
    found = [r.citation for r in decision.reasons if r.citation is not None]
    steps = getattr(decision.outcome, "steps", ())
    return found + [s.citation for s in steps if s.citation is not None]


@given(_AROUND_THE_CODE, st.integers(0, 800))
def test_no_decision_cites_a_law_that_ended_before_the_act(c: ViolationCase, extra: int) -> None:
    decided = _decided(c, extra)
    act_on, _ = c.act_on
    policy = BOOK.resolve("CN-GD-DG", decided)
    for decision in (
        decide_leniency(c, policy=policy, decided_on=decided),
        decide_fine(c, policy=policy, decided_on=decided),
    ):
        for cited in _citations(decision):
            end = cited.ends
            assert end is None or act_on <= end, cited.label_en
            if (
                not cited.in_force_on(decided)
                and cited.instrument.id != "ecoreg.violation-catalogue"
            ):
                # A law no longer in force is cited only when Art. 37 chose it, and says so.
                assert (
                    "law.choice" in decision.rule_ids
                    or "law.choice.limitation" in decision.rule_ids
                )


@given(_AROUND_THE_CODE, st.integers(0, 800))
def test_the_range_applied_is_never_heavier_than_at_the_act(c: ViolationCase, extra: int) -> None:
    decided = _decided(c, extra)
    act_on, field = c.act_on
    kind = catalogue.kind(c.kind)
    at_act = kind.basis_on(act_on)
    assert at_act is not None
    facts = c.fine_facts()
    choice = choose_basis(
        kind, act_on=act_on, decided_on=decided, act_field=field, fine_facts=facts
    )
    assert choice.basis is not None
    chosen, then = choice.basis.range_for(facts), at_act.range_for(facts)
    assert (chosen.high, chosen.low) <= (then.high, then.low)


@given(
    violation_cases(kinds=_ALL_KINDS, occurred_from=CODE_DAY, occurred_until=D(2027, 12, 31)),
    st.integers(0, 2000),
)
def test_for_acts_under_the_code_a_later_decision_never_changes_the_basis(
    c: ViolationCase, later: int
) -> None:
    first = _decided(c, 0)
    second = first + dt.timedelta(days=later)
    a = decide_fine(c, policy=BOOK.resolve("CN", first), decided_on=first)
    b = decide_fine(c, policy=BOOK.resolve("CN", second), decided_on=second)
    assert a.outcome.steps[0] == b.outcome.steps[0]
    assert "law.choice" not in a.rule_ids + b.rule_ids


# --- one module per jurisdiction ---


def test_every_jurisdiction_module_is_registered_and_stands_on_its_parents() -> None:
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    from ecoreg import jurisdictions  # noqa: PLC0415

    names = {
        m.name
        for m in pkgutil.iter_modules(jurisdictions.__path__)
        if not m.name.startswith("_") and m.name != "national"
    }
    registered = {module.__name__.rsplit(".", 1)[1] for module in jurisdictions.REGISTRY}
    assert names == registered  # a new file without its registry line fails here
    codes = {jurisdictions.national.CODE}
    for registered_module in jurisdictions.REGISTRY:
        module = importlib.import_module(registered_module.__name__)
        for entry in module.DATA.get("jurisdictions", ()):
            assert entry["parent"] in codes  # parents come first in the registry
            codes.add(entry["code"])
        for measure in module.DATA["measures"]:
            for version in measure["versions"]:
                assert version["instrument"]["in_force"]  # every measure carries its source date
    assert codes == set(BOOK.jurisdictions)


def test_decisions_around_the_code_match_the_reviewed_snapshot() -> None:
    import law_snapshot  # noqa: PLC0415
    from snapshot_check import changed_cases  # noqa: PLC0415

    changed = changed_cases(law_snapshot.SNAPSHOT, law_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/law_snapshot.py: {changed}"
