"""`reward_ceiling`: the most an ordinary reward can reach under a policy."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.rewards._decide import _has, _tiers
from ecoreg.rewards._params import RewardBand, StageBonus

if TYPE_CHECKING:
    from ecoreg.core._policy import Policy

__all__ = ["reward_ceiling"]


def reward_ceiling(policy: Policy) -> Decimal | None:  # noqa: C901, PLR0912 - one branch per step
    """The most an ordinary reward can reach under ``policy`` (special awards aside).

    Args:
        policy: A resolved policy.

    Returns:
        The ceiling, or None where no amount is set (the national frame) or a share of the
        fine has no cap.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> reward_ceiling(standard_policy_book().resolve("CN-JX", "2026-09-01"))
        Decimal('200000')
    """
    model = policy.as_str("rewards.model")
    if model == "local":
        return None
    highest: list[Decimal] = []
    share_cap = (
        policy.as_decimal("rewards.share_maximum")
        if _has(policy, "rewards.share_maximum")
        else None
    )
    uncapped = False
    for tier in _tiers(policy):
        highest.extend(v for v in (tier.amount, tier.maximum, tier.minimum) if v is not None)
        if tier.share is not None:
            if tier.cap is not None:
                highest.append(tier.cap)
            elif share_cap is not None:
                highest.append(share_cap)
            else:
                uncapped = True
    if model == "share":
        if share_cap is not None:
            highest.append(share_cap)
        else:
            uncapped = True
    if model == "band":
        bands = sorted(
            (b for b in policy.as_tuple("rewards.fine_bands") if isinstance(b, RewardBand)),
            key=lambda b: b.fine_from,
        )
        for band, after in zip(bands, [*bands[1:], None], strict=True):
            if band.amount is not None:
                highest.append(band.amount)
            elif after is not None and band.share is not None:
                highest.append(after.fine_from * band.share)
            else:
                uncapped = True
    ceiling = max(highest, default=Decimal(0))
    if _has(policy, "rewards.stage_bonuses"):
        ceiling += sum(
            (
                b.amount
                for b in policy.as_tuple("rewards.stage_bonuses")
                if isinstance(b, StageBonus)
            ),
            Decimal(0),
        )
    if _has(policy, "rewards.evidence_multiplier"):
        raised = ceiling * policy.as_decimal("rewards.evidence_multiplier")
        if _has(policy, "rewards.evidence_cap"):
            raised = max(ceiling, min(raised, policy.as_decimal("rewards.evidence_cap")))
        ceiling = raised
    if _has(policy, "rewards.insider_multiplier"):
        ceiling *= policy.as_decimal("rewards.insider_multiplier")
    if _has(policy, "rewards.adjustment_limit"):
        ceiling *= 1 + policy.as_decimal("rewards.adjustment_limit")
    if _has(policy, "rewards.cap"):
        cap = policy.as_decimal("rewards.cap")
        return cap if uncapped else min(ceiling, cap)
    return None if uncapped else ceiling


check_public(globals(), ("reward_ceiling",))
