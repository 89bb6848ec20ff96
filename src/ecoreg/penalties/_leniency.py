"""`decide_leniency`: is the violation penalized at all (行政处罚法 Arts. 33 and 36, the local lists)?

The limitation period first (行政处罚法 Art. 36; 生态环境法典 Art. 1054 for acts judged under the
Code); then the violations that never get leniency; no fault (Art. 33 ¶2); minor, promptly
corrected, no harm (Art. 33 ¶1: must not penalize); the local no-penalty lists (免罚清单); a
first violation with slight harm, promptly corrected (Art. 33 ¶1: may decline). Every
no-penalty outcome carries the duty to educate the party (Art. 33 ¶3).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Hint, Reason, count_en, facts
from ecoreg.penalties._case import (
    Harm,
    LeniencyOutcome,
    LeniencyResult,
    StudyStanding,
    ViolationCase,
    _case_facts,
    _choose_law,
    _decision_day,
    _excluded,
    _first_violation,
    _kind,
)
from ecoreg.penalties._choice import choose_limitation
from ecoreg.penalties._settings import PenaltySettings

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._policy import Policy
    from ecoreg.core._records import NoPenaltyItem

__all__ = ["decide_leniency"]


def decide_leniency(  # noqa: C901, PLR0911 - one branch and one return per outcome, in the statute's order
    case: ViolationCase,
    *,
    policy: Policy,
    decided_on: dt.date | str,
    study: StudyStanding | None = None,
) -> Decision[LeniencyResult]:
    """Decide whether a violation is penalized (行政处罚法 Art. 33 and 36, local lists).

    Args:
        case: The facts of the case.
        policy: The policy of the jurisdiction on ``decided_on``.
        decided_on: The date of the decision.
        study: The party's law-study standing, if any (Yingkou: enough points make a
            first, minor, corrected violation go unpenalized).

    Raises:
        InvalidInputError: for a kind the policy's catalogue does not know, or a decision
            dated before the violation was discovered.
    """
    today = _decision_day(case, policy, decided_on)
    settings = PenaltySettings.of(policy)
    kind = _kind(policy, case.kind)
    law = _choose_law(case, kind, today)
    regime = law.regime
    first, lookback = _first_violation(case, settings)
    start, start_field = case.act_on
    limitation = choose_limitation(
        start=start,
        decided_on=today,
        grave_harm=case.grave_harm,
        environmental_harm=case.environmental_harm_resulted,
        settings=settings,
        start_field=start_field,
    )
    limit_end, years = limitation.ends_on, limitation.rule.years
    reasons: list[Reason] = [r for r in (law.reason, limitation.reason) if r is not None]
    reasons.extend(policy.lapse_reasons())
    hints: list[Hint] = []

    def result(outcome: LeniencyOutcome, *, item: str | None = None) -> Decision[LeniencyResult]:
        educate = outcome in {LeniencyOutcome.NOT_PENALIZED, LeniencyOutcome.MAY_DECLINE}
        if educate and settings.education_required:
            reasons.append(
                policy.reason(
                    "leniency.education_required",
                    "leniency.education",
                    "依法不予行政处罚的，应当对当事人进行教育。",
                    "Where no penalty is imposed, the party must be educated.",
                )
            )
        return Decision[LeniencyResult](
            outcome=LeniencyResult(
                outcome=outcome,
                education_required=educate,
                first_violation=first,
                limitation_ends_on=limit_end,
                list_item=item,
            ),
            decided_on=today,
            jurisdiction=policy.jurisdiction.code,
            reasons=tuple(reasons),
            hints=tuple(hints),
            warnings=policy.layer_warnings(today),
        )

    barred = case.discovered_on > limit_end
    reasons.append(
        Reason(
            rule_id="leniency.limitation",
            citation=limitation.rule.citation,
            message_zh=f"违法行为自{start}起算{years}年，至{limit_end}（届满当日计入）；"
            f"于{case.discovered_on}发现，"
            + ("已超过期限，不再给予行政处罚。" if barred else "在期限内。"),
            message_en=f"{count_en(years, 'year')} from {start} end on {limit_end} (the "
            "anniversary day "
            f"included); discovered on {case.discovered_on}, "
            + ("too late: no penalty may be imposed." if barred else "within the period."),
            facts=facts(
                counted_from=start,
                years=years,
                limitation_ends_on=limit_end,
                discovered_on=case.discovered_on,
                continuing=case.ended_on is not None,
            ),
        )
    )
    if barred:
        return result(LeniencyOutcome.TIME_BARRED)
    if law.basis is None:
        reasons.append(
            Reason(
                rule_id="leniency.no-longer-a-violation",
                citation=regime.choice_of_law,
                message_zh="作出处罚决定时已不认为是违法，不予行政处罚。",
                message_en="On the decision date the conduct is no longer a violation: no penalty.",
                facts=facts(decided_on=today),
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)

    # The statute's "must not" comes first: 行政处罚法 Art. 33 ¶1 (first sentence) and ¶2 (Code
    # Art. 1056 ¶2, 1053 ¶1). A local measure's exclusion cannot turn them into a penalty (立法法:
    # a local measure is below the law); exclusions only limit the leniency a list, a local
    # measure or the agency's discretion grants, below.
    if case.no_fault_proven and settings.no_fault_no_penalty:
        reasons.append(
            Reason(
                rule_id="leniency.no-fault",
                citation=regime.no_fault,
                message_zh="当事人有证据足以证明没有主观过错，不予行政处罚。",
                message_en="The party proved it had no subjective fault: no penalty.",
                facts=facts(no_fault_proven=True),
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)

    minor_ok = case.minor and case.corrected_promptly and case.harm is Harm.NONE
    if minor_ok and settings.minor_no_harm_no_penalty:
        reasons.append(
            Reason(
                rule_id="leniency.minor",
                citation=regime.minor_no_penalty,
                message_zh="违法行为轻微并及时改正，没有造成危害后果，不予行政处罚。",
                message_en="A minor violation, promptly corrected, with no harm: no penalty.",
                facts=facts(minor=True, corrected_on=case.corrected_on, harm=case.harm),
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)

    excluded = _excluded(case, kind)
    if excluded:
        reasons.append(
            Reason(
                rule_id="leniency.never-lenient",
                citation=regime.leniency.model_copy(
                    update={
                        "note": "MEE practice and every local list exclude these from leniency "
                        "(DOMAIN.md §3)."
                    }
                ),
                message_zh="不适用免罚清单、首次违法可以不予处罚等从宽处理："
                + "；".join(zh for zh, _ in excluded)
                + "。",
                message_en="No discretionary leniency (lists, first violations, local measures): "
                + "; ".join(en for _, en in excluded)
                + ".",
                facts=facts(excluded=[en for _, en in excluded]),
            )
        )
        return result(LeniencyOutcome.PENALIZE)

    case_facts = _case_facts(case, first)
    items: list[NoPenaltyItem] = [
        item for item in settings.no_penalty_list or () if case.kind in item.kinds
    ]
    for item in sorted(items, key=lambda i: (not i.must_not_penalize, i.id)):
        held = [(c, c.holds(case_facts)) for c in item.conditions]
        needs_first = item.list_type == "first" and not first
        if all(ok for _, ok in held) and not needs_first:
            outcome = (
                LeniencyOutcome.NOT_PENALIZED
                if item.must_not_penalize
                else LeniencyOutcome.MAY_DECLINE
            )
            reasons.append(
                Reason(
                    rule_id="leniency.list-item",
                    citation=item.citation,
                    message_zh=f"符合免罚清单事项“{item.title_zh}”的全部条件："
                    + "；".join(c.description_zh for c, _ in held)
                    + "。"
                    + policy.local_note("leniency.no_penalty_list")[0],
                    message_en=f"All conditions of no-penalty list item '{item.title_en}' hold: "
                    + "; ".join(c.description_en for c, _ in held)
                    + "."
                    + policy.local_note("leniency.no_penalty_list")[1],
                    facts=facts(item=item.id, list_type=item.list_type, effect=item.effect),
                )
            )
            return result(outcome, item=item.id)
        missing = [c for c, ok in held if ok is not True]
        hints.append(
            Hint(
                rule_id="leniency.list-item",
                message_zh=f"免罚清单事项“{item.title_zh}”还需满足："
                + "；".join(c.description_zh for c in missing)
                + ("；且为首次违法" if needs_first else "")
                + "。",
                message_en=f"No-penalty list item '{item.title_en}' would also need: "
                + "; ".join(c.description_en for c in missing)
                + ("; and a first violation" if needs_first else "")
                + ".",
                changes=facts({c.fact: f"{c.op} {c.value}" for c in missing}),
            )
        )

    first_ok = first and case.harm is not Harm.HARMFUL and case.corrected_promptly
    if first_ok and case.minor and _study_no_penalty(study):
        reasons.append(
            policy.reason(
                "study.points_for_no_penalty",
                "leniency.study-points",
                f"初次、轻微违法并及时改正，且学法积分{study.points if study else 0}分"
                "达到不予处罚标准。",
                f"A first, minor, promptly corrected violation, and {study.points if study else 0} "
                "law-study points reach the no-penalty threshold.",
                points=study.points if study else 0,
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)
    if first_ok and case.minor and case.public_apology and settings.apology_first_minor_no_penalty:
        reasons.append(
            policy.reason(
                "leniency.apology_first_minor_no_penalty",
                "leniency.first-minor-apology",
                "初次轻微违法，及时改正并公开道歉、承诺守法，不予行政处罚。",
                "A first, minor violation, corrected, with a public apology and a pledge to "
                "comply: no penalty.",
                first_violation=True,
                public_apology=True,
            )
        )
        return result(LeniencyOutcome.NOT_PENALIZED)
    if first_ok and settings.first_violation_may_decline:
        reasons.append(
            Reason(
                rule_id="leniency.first-violation",
                citation=regime.first_may_decline,
                message_zh=f"初次违法（前{lookback}个月内无同类违法，届满当日计入）且危害后果轻微"
                "并及时改正，可以不予行政处罚。",
                message_en=f"A first violation (none of the same kind in the previous "
                f"{count_en(lookback, 'month')}, the anniversary day included) with at most "
                "slight harm, promptly "
                "corrected: the agency may decline to penalize.",
                facts=facts(first_violation=True, lookback_months=lookback, harm=case.harm),
            )
        )
        return result(LeniencyOutcome.MAY_DECLINE)

    reasons.append(
        Reason(
            rule_id="leniency.none",
            citation=regime.leniency,
            message_zh="不符合不予行政处罚的条件。",
            message_en="No condition for not penalizing holds.",
            facts=facts(
                first_violation=first,
                minor=case.minor,
                harm=case.harm,
                corrected_promptly=case.corrected_promptly,
            ),
        )
    )
    if not case.corrected_promptly:
        hints.append(
            Hint(
                rule_id="leniency.first-violation",
                message_zh="及时改正违法行为"
                + (
                    "（初次违法且危害轻微的，可以不予处罚）"
                    if first and case.harm is not Harm.HARMFUL
                    else ""
                )
                + "。",
                message_en="Correct the violation promptly"
                + (
                    " (a first violation with slight harm may then go unpenalized)"
                    if first and case.harm is not Harm.HARMFUL
                    else ""
                )
                + ".",
                changes=facts(corrected_promptly=True),
            )
        )
    return result(LeniencyOutcome.PENALIZE)


def _study_no_penalty(study: StudyStanding | None) -> bool:
    return study is not None and study.no_penalty_for_first_minor


check_public(globals(), ("decide_leniency",))
