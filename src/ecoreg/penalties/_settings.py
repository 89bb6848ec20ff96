"""The penalty rules' numbers, read once from a policy into frozen records.

A rule reads its numbers from one place: `PenaltySettings.of` reads every parameter the
leniency and fine rules use (the ones a jurisdiction may leave unset are ``None``), and
`StudySettings.of` those of the law-study ledger. The policy stays beside the numbers
because a reason cites where each number came from (`ecoreg.Policy.reason`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from ecoreg.core._policy import memoized
from ecoreg.core._tables import index_tables

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from ecoreg.core._policy import Policy
    from ecoreg.core._records import NoPenaltyItem
    from ecoreg.core._tables import DiscretionTable, Party

__all__ = ["APOLOGY_SHARES", "PenaltySettings", "StudySettings"]

APOLOGY_SHARES = (
    "reduction.apology.share",
    "reduction.apology.share_heavy_pollution",
    "reduction.apology.share_river_basin",
    "reduction.apology.share_effect_evidence",
    "reduction.apology.share_harm_eliminated",
    "reduction.apology.share_electroplating",
)
"""The apology-pledge shares a jurisdiction may set: the general one, and Dongguan 2022's
for heavy-pollution processes and the two river basins."""


@attrs.frozen
class PenaltySettings:
    """Every number and switch the leniency and fine rules read, from one policy."""

    policy: Policy
    """The policy the numbers come from (reasons cite it)."""
    first_violation_lookback_months: int
    first_violation_counted_from: str
    """``act`` or ``detection``: the day the first-violation lookback counts back from."""
    education_required: bool
    no_fault_no_penalty: bool
    minor_no_harm_no_penalty: bool
    first_violation_may_decline: bool
    apology_first_minor_no_penalty: bool
    no_penalty_list: tuple[NoPenaltyItem, ...] | None
    """The local no-penalty list (免罚清单), or ``None`` where the jurisdiction has none."""
    limitation_follows: str
    concurrent_higher_floor: str
    """``apply`` or ``statute`` (Code Art. 1055 where only the minimum is higher)."""
    exceedance_thresholds: tuple[Decimal, ...]
    history_window_months: int
    history_levels: tuple[int, ...]
    factor_weights: tuple[Decimal, ...]
    level_shares: tuple[Decimal, ...]
    aggravation_step: Decimal
    mitigation_step: Decimal
    discretion_method: str
    """``levels`` (ecoreg's default formula) or ``tables`` (the jurisdiction's fine tables)."""
    discretion_tables: Mapping[tuple[Party, str], tuple[DiscretionTable, ...]]
    """The jurisdiction's fine tables by party and catalogue kind (`index_tables`)."""
    apology_method: str | None
    """``share_of_fine``, ``share_of_excess`` or ``none``; ``None`` where unset."""
    apology_shares: dict[str, Decimal]
    """The shares of `APOLOGY_SHARES` the jurisdiction sets, by key."""
    apology_cap: Decimal | None
    apology_working_days: int | None
    apology_exclusions: frozenset[str]
    apology_repeat_bar_months: int | None
    study_share: Decimal | None

    @property
    def apology_enabled(self) -> bool:
        """Whether an apology pledge can reduce a fine here."""
        return self.apology_method is not None and self.apology_method != "none"

    @classmethod
    def of(cls, policy: Policy) -> PenaltySettings:
        """Read the settings from ``policy`` (once: they are kept with it).

        Raises:
            MissingParameterError: when a parameter every jurisdiction must have is unset.
        """
        return memoized(policy, "penalty-settings", lambda: cls._read(policy))

    @classmethod
    def _read(cls, policy: Policy) -> PenaltySettings:
        has = policy.parameters.__contains__

        def optional_decimal(key: str) -> Decimal | None:
            return policy.as_decimal(key) if has(key) else None

        return cls(
            policy=policy,
            first_violation_lookback_months=policy.as_int(
                "leniency.first_violation_lookback_months"
            ),
            first_violation_counted_from=policy.as_str("leniency.first_violation_counted_from"),
            education_required=policy.as_bool("leniency.education_required"),
            no_fault_no_penalty=policy.as_bool("leniency.no_fault_no_penalty"),
            minor_no_harm_no_penalty=policy.as_bool("leniency.minor_no_harm_no_penalty"),
            first_violation_may_decline=policy.as_bool("leniency.first_violation_may_decline"),
            apology_first_minor_no_penalty=policy.as_bool(
                "leniency.apology_first_minor_no_penalty"
            ),
            no_penalty_list=(
                tuple(policy.records("leniency.no_penalty_list").values())
                if has("leniency.no_penalty_list")
                else None
            ),
            limitation_follows=policy.as_str("law.limitation_follows"),
            concurrent_higher_floor=(
                policy.as_str("law.concurrent_higher_floor")
                if has("law.concurrent_higher_floor")
                else "apply"
            ),
            exceedance_thresholds=tuple(policy.as_tuple("discretion.exceedance_thresholds")),
            history_window_months=policy.as_int("discretion.history_window_months"),
            history_levels=tuple(policy.as_tuple("discretion.history_levels")),
            factor_weights=tuple(policy.as_tuple("discretion.factor_weights")),
            level_shares=tuple(policy.as_tuple("discretion.level_shares")),
            aggravation_step=policy.as_decimal("discretion.aggravation_step"),
            mitigation_step=policy.as_decimal("discretion.mitigation_step"),
            discretion_method=(
                policy.as_str("discretion.method") if has("discretion.method") else "levels"
            ),
            discretion_tables=index_tables(
                tuple(policy.records("discretion.tables").values())
                if has("discretion.tables")
                else ()
            ),
            apology_method=(
                policy.as_str("reduction.apology.method")
                if has("reduction.apology.method")
                else None
            ),
            apology_shares={k: policy.as_decimal(k) for k in APOLOGY_SHARES if has(k)},
            apology_cap=optional_decimal("reduction.apology.cap"),
            apology_working_days=(
                policy.as_int("reduction.apology.application_working_days")
                if has("reduction.apology.application_working_days")
                else None
            ),
            study_share=optional_decimal("reduction.study.share"),
            apology_exclusions=(
                frozenset(policy.as_tuple("reduction.apology.exclusions"))
                if has("reduction.apology.exclusions")
                else frozenset()
            ),
            apology_repeat_bar_months=(
                policy.as_int("reduction.apology.repeat_bar_months")
                if has("reduction.apology.repeat_bar_months")
                else None
            ),
        )


@attrs.frozen
class StudySettings:
    """The numbers of a law-study ledger (Yingkou): class hours, points and what they bring."""

    minutes_per_class_hour: int
    points_valid_months: int
    exam_pass_score: int
    points_per_class_hour: int
    points_per_exam_pass: int
    min_points_lighter: int
    points_for_no_penalty: int
    points_for_positive_list: int
    points_for_credit_repair: int

    @classmethod
    def of(cls, policy: Policy) -> StudySettings:
        """Read the settings from ``policy``.

        Raises:
            MissingParameterError: where the jurisdiction has no law-study scheme.
        """
        return memoized(policy, "study-settings", lambda: cls._read(policy))

    @classmethod
    def _read(cls, policy: Policy) -> StudySettings:
        return cls(
            minutes_per_class_hour=policy.as_int("study.minutes_per_class_hour"),
            points_valid_months=policy.as_int("study.points_valid_months"),
            exam_pass_score=policy.as_int("study.exam_pass_score"),
            points_per_class_hour=policy.as_int("study.points_per_class_hour"),
            points_per_exam_pass=policy.as_int("study.points_per_exam_pass"),
            min_points_lighter=policy.as_int("reduction.study.min_points"),
            points_for_no_penalty=policy.as_int("study.points_for_no_penalty"),
            points_for_positive_list=policy.as_int("study.points_for_positive_list"),
            points_for_credit_repair=policy.as_int("study.points_for_credit_repair"),
        )
