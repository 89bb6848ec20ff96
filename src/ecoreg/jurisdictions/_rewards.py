"""Helpers for the reward tables of the jurisdiction modules (plain data)."""

from __future__ import annotations

from typing import Any

__all__ = ["ADMINISTRATIVE", "COERCIVE", "CRIMINAL", "tier"]

COERCIVE = ["seal_seize", "limit_stop_production", "daily_penalty", "administrative_detention"]
CRIMINAL = ["criminal_referral", "criminal_detention", "arrest", "conviction"]
ADMINISTRATIVE = ["fine", *COERCIVE]


def tier(ident: str, rank: int, outcomes: list[str], **values: Any) -> dict[str, Any]:
    """A tier record: its id, rank, outcomes and amounts (strings for money)."""
    return {"id": ident, "rank": rank, "outcomes": outcomes, **values}
