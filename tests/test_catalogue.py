"""The violation catalogue against the law's text: every fining article of Book 5, every amount.

The texts are in ``tests/data/law/`` (one file per instrument, named by its id); the checks of
one section are in ``catalogue_check.py`` (also run by ``scripts/check_catalogue.py``). Here:
each section is clean; the amounts of every quote and every rule agree both ways over the whole
catalogue; every article of the 分则 that fines someone has a kind, and the ones that fine
nobody are listed with a reason; and the properties the issue asks for hold over every kind.
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import catalogue_check
import law_texts
from ecoreg import (
    LeniencyOutcome,
    ViolationCase,
    daily_continuous_penalty,
    decide_fine,
    decide_leniency,
    standard_policy_book,
)
from ecoreg.core._fine_rules import CaseFacts
from ecoreg.exceptions import InvalidInputError, MissingFactError, UnquantifiedFineError
from ecoreg.law import catalogue
from ecoreg.law._repeal import CODE_IN_FORCE
from ecoreg.penalties._choice import choose_basis
from ecoreg.testing import fine_facts

CODE = "cn.eco-environment-code.2026"
FIRST, LAST = 1085, 1238
MODULES = [importlib.import_module(f"ecoreg.law.catalogue.{m}") for m in catalogue.SECTION_MODULES]
KINDS = list(catalogue.kinds().values())
BOOK = standard_policy_book()


@pytest.mark.parametrize("module", MODULES, ids=catalogue.SECTION_MODULES)
def test_each_section_is_clean_against_the_law(module: Any) -> None:
    assert catalogue_check.problems(module) == []


def _provisions() -> list[tuple[Any, Any, Any]]:
    out = []
    for kind in KINDS:
        for basis in kind.bases:
            out.append((basis.citation, basis.fine, basis.persons))
            out.extend((c.citation, c.fine, c.persons) for c in basis.concurrent)
    return out


def test_every_amount_of_a_quote_is_in_a_rule_of_its_article_and_back() -> None:
    quoted: dict[tuple[str, int], dict[str, set[Decimal]]] = {}
    ruled: dict[tuple[str, int], dict[str, set[Decimal]]] = {}
    for cite, fine, persons in _provisions():
        key = (cite.instrument.id, cite.article)
        for unit, values in law_texts.amounts(cite.quote_zh or "").items():
            quoted.setdefault(key, {}).setdefault(unit, set()).update(values)
        for rule in (fine, persons):
            for unit, values in (rule.amounts() if rule is not None else {}).items():
                ruled.setdefault(key, {}).setdefault(unit, set()).update(
                    v.normalize() for v in values
                )
    mismatches = []
    for key in set(quoted) | set(ruled):
        for unit in ("yuan", "times", "percent"):
            q = quoted.get(key, {}).get(unit, set())
            r = ruled.get(key, {}).get(unit, set())
            if q - r:
                mismatches.append(f"{key}: {unit} quoted, in no rule: {sorted(q - r)}")
            if r - q:
                mismatches.append(f"{key}: {unit} in a rule, not quoted: {sorted(r - q)}")
    assert mismatches == []


def test_every_quote_is_the_laws_own_words() -> None:
    wrong: list[str] = []
    for cite, _, _ in _provisions():
        parts = law_texts.quote_parts_missing(cite.instrument.id, cite.article, cite.quote_zh)
        wrong.extend(f"{cite.label_en}: {p}" for p in parts)
    assert wrong == []


def test_every_article_of_the_fen_ze_that_fines_has_a_kind_or_a_reason() -> None:
    covered = {
        b.citation.article for k in KINDS for b in k.bases if b.citation.instrument.id == CODE
    }
    unfined = {entry["article"] for entry in catalogue.NOT_FINING}
    fining = law_texts.fining_articles(CODE, FIRST, LAST)
    assert sorted(fining - covered - unfined) == []
    assert all(entry["reason"] for entry in catalogue.NOT_FINING)
    assert covered <= set(range(FIRST, LAST + 1))
    # The counts the closing note reports, pinned so that a change is seen.
    assert len(covered) >= 120
    assert len(KINDS) >= 400


def test_the_sections_tile_the_fen_ze() -> None:
    spans = [(s["first"], s["last"]) for s in catalogue.SECTIONS]
    assert spans[0][0] == FIRST
    assert spans[-1][1] == LAST
    assert all(a[1] + 1 == b[0] for a, b in itertools.pairwise(spans))


def test_kind_ids_are_unique_and_every_kind_is_in_the_national_policy() -> None:
    ids = [k["id"] for k in catalogue.KINDS_DATA]
    assert len(ids) == len(set(ids))
    policy = BOOK.resolve("CN", "2026-09-01")
    assert set(policy.records("violations.catalogue")) >= set(ids)


DAYS = [dt.date(2021, 1, 1) + dt.timedelta(days=n) for n in range(0, 3652, 7)]


@pytest.mark.parametrize("kind", KINDS, ids=[k.id for k in KINDS])
def test_exactly_one_basis_on_every_day_once_the_conduct_is_a_violation(kind: Any) -> None:
    seen = False
    for day in sorted([*DAYS, dt.date(2026, 8, 14), CODE_IN_FORCE, dt.date(2030, 12, 31)]):
        holding = [b for b in kind.bases if b.in_force_on(day)]
        assert len(holding) <= 1, f"{kind.id}: two bases on {day}"
        if holding:
            assert kind.basis_on(day) is holding[0]
            seen = True
        elif day > kind.bases[0].starts:
            pytest.fail(f"{kind.id}: no basis on {day} after its first")
        else:
            assert not seen
    assert kind.basis_on(dt.date(2030, 12, 31)) is not None


def _rules() -> list[tuple[str, Any]]:
    out = []
    for cite, fine, persons in _provisions():
        out.append((cite.label_en, fine))
        if persons is not None:
            out.append((cite.label_en, persons))
    return out


RULES = _rules()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(RULES), fine_facts(complete=True))
def test_no_rule_ever_gives_a_minimum_above_its_maximum(rule: Any, drawn: dict[str, Any]) -> None:
    label, fine = rule
    facts = CaseFacts(**drawn)
    try:
        got = fine.resolve(facts)
    except (MissingFactError, UnquantifiedFineError):
        return
    except InvalidInputError as exc:  # a band no fact matches is refused, naming the fact(s)
        assert exc.field == "facts" or exc.field in drawn, (label, exc)  # noqa: PT017
        return
    assert got.low <= got.high, label
    assert got.low >= 0


ACTS = st.dates(dt.date(2021, 7, 15), dt.date(2026, 8, 14))
DECISIONS = st.dates(CODE_IN_FORCE, dt.date(2030, 12, 31))
OLD_AND_NEW = [k for k in KINDS if k.bases[0].starts < CODE_IN_FORCE]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(OLD_AND_NEW), ACTS, DECISIONS, fine_facts(complete=True))
def test_the_range_chosen_under_art_37_is_never_heavier_than_at_the_act(
    kind: Any, act: dt.date, decided: dt.date, drawn: dict[str, Any]
) -> None:
    at_act = kind.basis_on(act)
    if at_act is None:
        return
    facts = CaseFacts(**drawn)
    try:
        choice = choose_basis(
            kind, act_on=act, decided_on=decided, act_field="occurred_on", fine_facts=facts
        )
        old = at_act.range_for(facts)
    except (MissingFactError, UnquantifiedFineError):
        return
    except InvalidInputError as exc:  # the facts match no band of a rule (a report form's EIA
        # in a kind about report books): refused, naming the fact the bands read, or all of them
        assert exc.field == "facts" or exc.field in drawn  # noqa: PT017
        return
    assert choice.basis is not None
    new = choice.basis.range_for(facts)
    assert (new.high, new.low) <= (old.high, old.low), kind.id


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(KINDS), st.dates(dt.date(2021, 7, 15), dt.date(2027, 12, 31)))
def test_every_fine_decision_cites_the_article_paragraph_and_item_it_applied(
    kind: Any, act: dt.date
) -> None:
    if kind.basis_on(act) is None:
        return
    decided = max(act, CODE_IN_FORCE) + dt.timedelta(days=30)
    case = ViolationCase.from_data(
        {
            "kind": kind.id,
            "occurred_on": act,
            "discovered_on": act,
            "harm": "slight",
            "project_investment": "10000000",
            "eia_document": "report_book",
            "goods_value": "80000",
            "illegal_gains": "60000",
            "disposal_cost": "90000",
            "direct_loss": "500000",
            "contract_price": "2000000",
            "dumping_fee": "30000",
            "unsurrendered_allowance_value": "400000",
            "prior_year_income": "120000",
            "service_fee": "50000",
            "accident_grade": "general",
            "party_type": "unit",
            "count": 2,
        }
    )
    policy = BOOK.resolve("CN", decided)
    try:
        decision = decide_fine(case, policy=policy, decided_on=decided)
    except (MissingFactError, UnquantifiedFineError):
        return
    result = decision.outcome
    assert result.basis is not None
    assert result.basis.article is not None
    applied = [b for b in kind.bases if b.citation == result.basis] or [
        c for b in kind.bases for c in b.concurrent if c.citation == result.basis
    ]
    assert applied, f"{kind.id}: the decision cites {result.basis.label_en}, no basis of the kind"
    assert result.steps[0].citation == result.basis
    assert result.statutory_min <= result.statutory_max


@pytest.mark.parametrize("kind", KINDS, ids=[k.id for k in KINDS])
def test_leniency_and_the_daily_penalty_work_for_every_kind(kind: Any) -> None:
    act = dt.date(2026, 9, 1)
    case = ViolationCase.from_data(
        {
            "kind": kind.id,
            "occurred_on": act,
            "discovered_on": act,
            "corrected_on": act + dt.timedelta(days=3),
            "corrected_promptly": True,
            "harm": "none",
            "minor": True,
        }
    )
    decided = act + dt.timedelta(days=20)
    policy = BOOK.resolve("CN", decided)
    outcome = decide_leniency(case, policy=policy, decided_on=decided).outcome.outcome
    if kind.never_lenient:
        # Minor, promptly corrected and harmless is still "must not penalize" by law.
        assert outcome in {LeniencyOutcome.NOT_PENALIZED, LeniencyOutcome.PENALIZE}
    else:
        assert outcome is LeniencyOutcome.NOT_PENALIZED
    basis = kind.basis_on(act)
    assert basis is not None
    ten_days = partial(
        daily_continuous_penalty,
        "10000",
        kind=kind.id,
        order_served_on=act,
        reinspected_on=act + dt.timedelta(days=10),
        policy=policy,
        decided_on=decided,
    )
    if basis.daily_penalty is None:
        with pytest.raises(InvalidInputError) as info:
            ten_days()
        assert info.value.field == "kind"
    else:
        total = ten_days()
        assert total.outcome == Decimal("100000.00")
        assert total.reasons[-1].citation == basis.daily_penalty.citation
