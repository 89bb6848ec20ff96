"""Choice of law (从旧兼从轻): which basis and which era's rules a decision applies.

行政处罚法 Art. 37 and 生态环境法典 Art. 1057: the law in force when the act
happened applies, unless the law in force when the decision is made punishes
more lightly or no longer makes the conduct a violation. A continuing act
(连续或者继续状态) is judged by the law in force on the day it ended.

The limitation period follows the same rule by default. Whether it should is
unsettled (a limitation is sometimes read as procedure, which follows the law
at the decision), so ``law.limitation_follows`` is a policy switch: ``art37``
(the default) or ``decision_date``; the reason always says which was applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ecoreg.core._decision import Reason, count_en, facts
from ecoreg.core._fine_rules import CaseFacts
from ecoreg.core._periods import add_months
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import eco_code
from ecoreg.law.regimes import regime_on

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._records import LegalBasis, ViolationKind
    from ecoreg.law._regime import LawRegime, Limitation
    from ecoreg.penalties._settings import PenaltySettings

__all__ = ["LawChoice", "LimitationChoice", "choose_basis", "choose_limitation"]


def _regime(day: dt.date, field: str) -> LawRegime:
    try:
        return regime_on(day)
    except InvalidInputError as exc:
        raise InvalidInputError(field=field, value=day, allowed=exc.allowed) from None


def _range(basis: LegalBasis, facts: CaseFacts) -> tuple[str, str, str]:
    """The basis's range for the case (``low–high``) and its rule as applied, in words.

    The words are empty for a plain range; they show a share of the investment, a multiple or
    the band chosen.
    """
    got = basis.range_for(facts)
    plain = basis.fine.root.shape == "range"
    text_zh = "" if plain else f"（{got.text_zh}）"
    text_en = "" if plain else f" ({got.text_en})"
    return f"{got.low}–{got.high}", text_zh, text_en


def _choice_citation(regime: LawRegime) -> tuple[str, str]:
    """How the reason names the choice-of-law articles in force on the decision date."""
    if regime.choice_of_law.instrument.id == eco_code.INSTRUMENT.id:
        return (
            "《中华人民共和国行政处罚法》第三十七条、《中华人民共和国生态环境法典》第一千零五十七条",
            "Administrative Penalty Law Art. 37 and Ecological Environment Code Art. 1057",
        )
    return ("《中华人民共和国行政处罚法》第三十七条", "Administrative Penalty Law Art. 37")


@attrs.frozen
class LawChoice:
    """The basis and era chosen for one act, with the reason when the candidates differ."""

    act_on: dt.date
    decided_on: dt.date
    at_act: LegalBasis
    at_decision: LegalBasis | None
    basis: LegalBasis | None
    """The basis applied; ``None`` when the conduct is no longer a violation."""
    regime: LawRegime
    """The era whose general rules (leniency articles) apply with the basis."""
    reason: Reason | None
    """Present when the law at the act and at the decision differ."""


def choose_basis(
    kind: ViolationKind,
    *,
    act_on: dt.date,
    decided_on: dt.date,
    act_field: str,
    fine_facts: CaseFacts | None = None,
) -> LawChoice:
    """Choose between the basis in force at the act and the one at the decision.

    Which law is lighter depends on the case: each basis's fine rule is resolved for the case's
    own facts (a share of this project's investment against a fixed range) and the ranges are
    compared, maximum first, then minimum.

    Args:
        kind: The violation kind.
        act_on: The day of the act (the last day of a continuing act).
        decided_on: The day of the decision.
        act_field: The caller's field that gave ``act_on``, for errors.
        fine_facts: The facts the fine rules read (none stated by default).

    Raises:
        InvalidInputError: naming ``act_field`` when no basis of the kind was in force then.
        MissingFactError: when a rule to compare needs a fact the case does not state.
        UnquantifiedFineError: when the law to compare writes no amount.
    """
    case = fine_facts or CaseFacts()
    at_act = kind.basis_on(act_on)
    if at_act is None:
        spans = ", ".join(f"{b.starts} – {b.ends or '…'}" for b in kind.bases)
        raise InvalidInputError(
            field=act_field,
            value=act_on,
            allowed=f"a date on which {kind.id} was a violation ({spans})",
        )
    act_regime = _regime(act_on, act_field)
    at_decision = kind.basis_on(decided_on)
    if at_decision == at_act:
        return LawChoice(act_on, decided_on, at_act, at_decision, at_act, act_regime, None)
    decision_regime = _regime(decided_on, "decided_on")
    new_applies = at_decision is None or at_decision.lighter_than(at_act, case)
    act_range, act_text_zh, act_text_en = _range(at_act, case)
    chosen = at_decision if new_applies else at_act
    law_zh, law_en = _choice_citation(decision_regime)
    if at_decision is None:
        zh = f"作出处罚决定时（{decided_on}）已不认为是违法，适用新的规定。"
        en = f"On the decision date ({decided_on}) the conduct is no longer a violation: the new law applies."
        decision_label_zh = decision_label_en = decision_range = None
        decision_text_zh = decision_text_en = ""
    else:
        decision_label_zh = at_decision.citation.label_zh
        decision_label_en = at_decision.citation.label_en
        decision_range, decision_text_zh, decision_text_en = _range(at_decision, case)
        zh = (
            f"作出处罚决定时（{decided_on}）适用{decision_label_zh}{decision_text_zh}，"
            f"罚款{decision_range}元；"
        ) + (
            "新的规定处罚较轻，适用新的规定。"
            if new_applies
            else "新的规定处罚不轻于原规定，适用违法行为发生时的规定。"
        )
        en = (
            f"on the decision date ({decided_on}) {decision_label_en}{decision_text_en} applies, "
            f"{decision_range} yuan; "
            + (
                "the new law punishes more lightly and applies."
                if new_applies
                else "the new law is not lighter, so the law at the time of the act applies."
            )
        )
    reason = Reason(
        rule_id="law.choice",
        citation=decision_regime.choice_of_law,
        message_zh=f"从旧兼从轻（{law_zh}）：违法行为发生于{act_on}，适用{at_act.citation.label_zh}"
        f"{act_text_zh}，罚款{act_range}元；" + zh,
        message_en=f"Choice of law ({law_en}): the act of {act_on} falls under "
        f"{at_act.citation.label_en}{act_text_en}, {act_range} yuan; " + en,
        facts=facts(
            act_on=act_on,
            decided_on=decided_on,
            basis_at_act=at_act.citation.label_zh,
            range_at_act=act_range,
            basis_at_decision=decision_label_zh,
            range_at_decision=decision_range,
            applied="decision" if new_applies else "act",
        ),
    )
    return LawChoice(
        act_on,
        decided_on,
        at_act,
        at_decision,
        chosen,
        decision_regime if new_applies else act_regime,
        reason,
    )


@attrs.frozen
class LimitationChoice:
    """The limitation period applied, its end, and the reason for the choice."""

    rule: Limitation
    ends_on: dt.date
    reason: Reason | None
    """Present when the eras at the act and at the decision give different periods."""


def choose_limitation(
    *,
    start: dt.date,
    decided_on: dt.date,
    grave_harm: bool,
    environmental_harm: bool,
    settings: PenaltySettings,
    start_field: str,
) -> LimitationChoice:
    """The limitation period for an act counted from ``start``, chosen by date.

    Under ``law.limitation_follows = art37`` the period of the law at the act
    applies unless the law at the decision gives a shorter one; under
    ``decision_date`` the law at the decision applies.
    """
    at_act = _regime(start, start_field).limitation(
        grave_harm=grave_harm, environmental_harm=environmental_harm
    )
    at_decision = _regime(decided_on, "decided_on").limitation(
        grave_harm=grave_harm, environmental_harm=environmental_harm
    )
    if at_act == at_decision:
        end, _ = add_months(start, 12 * at_act.years)
        return LimitationChoice(at_act, end, None)
    follows = settings.limitation_follows
    if follows == "decision_date":
        rule = at_decision
    else:
        rule = at_decision if at_decision.years < at_act.years else at_act
    end, _ = add_months(start, 12 * rule.years)
    how_zh = (
        "依政策按作出决定时的规定计算追责期限"
        if follows == "decision_date"
        else "追责期限按从旧兼从轻确定（默认规则，政策可改为按作出决定时的规定计算）"
    )
    how_en = (
        "the policy counts the limitation by the law at the decision"
        if follows == "decision_date"
        else "the limitation follows the choice-of-law rule (ecoreg's default; "
        "law.limitation_follows can switch it to the law at the decision)"
    )
    reason = settings.policy.reason(
        "law.limitation_follows",
        "law.choice.limitation",
        f"违法行为时{at_act.citation.label_zh}规定{at_act.years}年，作出决定时"
        f"{at_decision.citation.label_zh}规定{at_decision.years}年；{how_zh}，适用"
        f"{rule.citation.label_zh}规定的{rule.years}年。",
        f"At the act {at_act.citation.label_en} gives "
        f"{count_en(at_act.years, 'year')}, at the decision {at_decision.citation.label_en} gives "
        f"{count_en(at_decision.years, 'year')}; {how_en}: {count_en(rule.years, 'year')} under "
        f"{rule.citation.label_en}.",
        years_at_act=at_act.years,
        years_at_decision=at_decision.years,
        applied_years=rule.years,
        limitation_follows=follows,
    )
    return LimitationChoice(rule, end, reason)
