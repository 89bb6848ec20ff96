"""`decide_rewards`: a year's reports, one reward per set of facts to its first valid reporter."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.core._decision import Decision, Hint, facts
from ecoreg.exceptions import InvalidInputError
from ecoreg.rewards._decide import decide_reward
from ecoreg.rewards._models import (
    RewardBatch,
    RewardedCase,
    RewardOutcome,
    RewardStatus,
    TierCount,
    WhistleblowerReport,
)

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from ecoreg.core._calendar import WorkingCalendar
    from ecoreg.core._policy import Policy

__all__ = ["decide_rewards"]

_MAX_BATCH = 100_000


def _first_reporter(
    policy: Policy, decision: Decision[RewardOutcome], winner: WhistleblowerReport
) -> Decision[RewardOutcome]:
    reason = policy.reason(
        "rewards.first_reporter_only",
        "rewards.first-reporter",
        "同一事项多人举报的，只奖励第一个有效举报人。",
        "Of several reporters of the same facts only the first valid one is rewarded.",
        first_received_at=winner.received_at,
        first_report=winner.report_id,
    )
    hint = Hint(
        rule_id="rewards.first-reporter",
        message_zh="早于第一个有效举报人举报即可。",
        message_en="Reporting before the first valid reporter would have earned the reward.",
        changes=facts(received_at=f"before {winner.received_at.isoformat()}"),
    )
    outcome = decision.outcome.model_copy(
        update={
            "status": RewardStatus.REFUSED,
            "amount": None,
            "tier": None,
            "steps": (),
            "special": None,
            "notify_by": None,
            "claim_by": None,
            "pay_by": None,
            "refused_by": ("rewards.first-reporter",),
        }
    )
    return decision.model_copy(
        update={
            "outcome": outcome,
            "reasons": (*decision.reasons, reason),
            "hints": (*decision.hints, hint),
        }
    )


def decide_rewards(  # noqa: C901 - checks, decisions, then the first-reporter pass
    reports: Sequence[WhistleblowerReport],
    *,
    policy: Policy,
    decided_on: dt.date | str,
    pseudonym_key: bytes | str | None = None,
    prior: Sequence[RewardedCase] = (),
    calendar: WorkingCalendar | None = None,
) -> RewardBatch:
    """Decide a batch of reports (a year's), one reward per matter to its first valid reporter.

    Args:
        reports: The reports, in any order; report ids must be unique.
        policy: The policy of the paying department's jurisdiction on ``decided_on``.
        decided_on: The day of the decisions.
        pseudonym_key: The department's secret for the reporters' references.
        prior: Matters already rewarded before this batch.
        calendar: The working-day calendar.

    Returns:
        One decision per report in the order given, the count and sum per tier, totals.

    Raises:
        InvalidInputError: for a repeated report id, or as `decide_reward`.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> from ecoreg.rewards import ReportFinding, WhistleblowerReport, Reporter
        >>> policy = standard_policy_book().resolve("CN-CQ", "2026-09-01")
        >>> found = [
        ...     ReportFinding(
        ...         violation="waste.dumping", outcomes=["fine"], fine=50000, grade="class-1"
        ...     )
        ... ]
        >>> reports = [
        ...     WhistleblowerReport(
        ...         report_id=f"r-{i}",
        ...         matter="m-1",
        ...         received_at=f"2026-07-0{i}T10:00:00+08:00",
        ...         reporter=Reporter(name=n, contact="x"),
        ...         verified_on="2026-08-20",
        ...         findings=found,
        ...     )
        ...     for i, n in ((2, "李某"), (1, "王某"))
        ... ]
        >>> batch = decide_rewards(
        ...     reports,
        ...     policy=policy,
        ...     decided_on="2026-09-01",
        ...     pseudonym_key=b"department-secret-key",
        ... )
        >>> [d.outcome.status.value for d in batch.decisions], batch.total
        (['refused', 'rewarded'], Decimal('2500.00'))
    """
    if len(reports) > _MAX_BATCH:
        raise InvalidInputError(
            field="reports", value=len(reports), allowed=f"at most {_MAX_BATCH} reports"
        )
    seen: set[str] = set()
    for i, report in enumerate(reports):
        if report.report_id in seen:
            raise InvalidInputError(
                field=f"reports.{i}.report_id",
                value=report.report_id,
                allowed="a report id not used earlier in the batch",
            )
        seen.add(report.report_id)
    decisions: list[Decision[RewardOutcome]] = []
    for i, report in enumerate(reports):
        try:
            decisions.append(
                decide_reward(
                    report,
                    policy=policy,
                    decided_on=decided_on,
                    pseudonym_key=pseudonym_key,
                    prior=prior,
                    calendar=calendar,
                )
            )
        except InvalidInputError as exc:
            raise exc.at(f"reports.{i}") from None
    if policy.as_bool("rewards.first_reporter_only"):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, d in enumerate(decisions):
            if d.outcome.status in {
                RewardStatus.REWARDED,
                RewardStatus.AMOUNT_SET_LOCALLY,
                RewardStatus.DECLINED,
            }:
                groups[reports[i].matter].append(i)
        for members in groups.values():
            first = min(members, key=lambda i: (reports[i].received_at, reports[i].report_id))
            for i in members:
                if i != first:
                    decisions[i] = _first_reporter(policy, decisions[i], reports[first])
    return _batch(decisions)


def _batch(decisions: Sequence[Decision[RewardOutcome]]) -> RewardBatch:
    counts: dict[str, list[Decimal]] = defaultdict(list)
    for d in decisions:
        if d.outcome.status is RewardStatus.REWARDED and d.outcome.amount is not None:
            counts[d.outcome.tier or "-"].append(d.outcome.amount)
    rewarded = sum(len(v) for v in counts.values())
    return RewardBatch(
        decisions=tuple(decisions),
        by_tier=tuple(
            TierCount(tier=t, count=len(v), total=sum(v, Decimal(0)))
            for t, v in sorted(counts.items())
        ),
        rewarded=rewarded,
        refused=sum(1 for d in decisions if d.outcome.status is RewardStatus.REFUSED),
        total=sum((a for v in counts.values() for a in v), Decimal("0.00")),
    )


check_public(globals(), ("decide_rewards",))
