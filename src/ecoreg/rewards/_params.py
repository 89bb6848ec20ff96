"""The parameters of whistleblower rewards (举报奖励): conditions, amount tables, deadlines.

Each spec says what a valid value is; the registry (`ecoreg.core._registry`) gathers every
domain's specs, and keys start with this domain's prefix ``rewards.``. The records of the
amount tables (`RewardTier`, `RewardBand`, `StageBonus`) and the scale of outcomes (`EnforcementOutcome`)
are defined here, beside the specs that validate them, because policy data is checked when
it is loaded, before any rule runs.

Examples:
    >>> [s.key for s in SPECS][:2]
    ['rewards.anonymous_allowed', 'rewards.target_and_violation_required']
    >>> EnforcementOutcome.FINE.rank < EnforcementOutcome.CONVICTION.rank
    True
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import Field, model_validator

from ecoreg.core._model import EcoregModel
from ecoreg.core._money import NonNegativeYuan
from ecoreg.core._parameters import Combination, ParameterSpec, ParamKind
from ecoreg.exceptions import InvalidInputError

__all__ = [
    "COMBINATIONS",
    "PREFIXES",
    "SPECS",
    "EnforcementOutcome",
    "RewardBand",
    "RewardTier",
    "StageBonus",
]

PREFIXES = ("rewards.",)
"""The key prefix this domain owns."""

RecordId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]
Share = Annotated[Decimal, Field(ge=0, le=1, allow_inf_nan=False)]


class EnforcementOutcome(StrEnum):
    """What the department did on a verified report, lightest first.

    The order is the scale the tier tables rise along: administrative measures, then the
    criminal chain, then reports that avoided a sudden environmental incident (突发环境事件),
    by the incident's grade.
    """

    ORDER_TO_CORRECT = "order_to_correct"
    """责令改正 (verified, ordered to correct, no penalty)."""
    WARNING = "warning"
    """警告."""
    FINE = "fine"
    """罚款 (a penalty decision with a fine)."""
    SEAL_SEIZE = "seal_seize"
    """查封、扣押."""
    LIMIT_STOP_PRODUCTION = "limit_stop_production"
    """限制生产、停产整治."""
    DAILY_PENALTY = "daily_penalty"
    """按日连续处罚."""
    ADMINISTRATIVE_DETENTION = "administrative_detention"
    """移送公安机关行政拘留."""
    CRIMINAL_REFERRAL = "criminal_referral"
    """涉嫌犯罪移送、立案侦查."""
    CRIMINAL_DETENTION = "criminal_detention"
    """刑事拘留."""
    ARREST = "arrest"
    """逮捕."""
    CONVICTION = "conviction"
    """判决有罪."""
    INCIDENT_AVOIDED_GENERAL = "incident_avoided_general"
    """避免一般突发环境事件."""
    INCIDENT_AVOIDED_LARGER = "incident_avoided_larger"
    """避免较大突发环境事件."""
    INCIDENT_AVOIDED_MAJOR = "incident_avoided_major"
    """避免重大突发环境事件."""
    INCIDENT_AVOIDED_ESPECIALLY_MAJOR = "incident_avoided_especially_major"
    """避免特别重大突发环境事件."""

    @property
    def rank(self) -> int:
        """The outcome's place on the scale, 1 for the lightest."""
        return list(EnforcementOutcome).index(self) + 1


class RewardTier(EcoregModel):
    """One row of a reward table: the outcomes (and, optionally, the local grade) it covers.

    A tier pays a fixed ``amount``, or ``share`` of the fine (bounded by ``minimum`` and
    ``cap``) when a fine was imposed; ``maximum`` is the most a key lead (关键线索) in the
    tier may earn. The tier with the highest ``rank`` among those that match applies.
    """

    id: RecordId
    rank: Annotated[int, Field(ge=1, le=1000)]
    outcomes: Annotated[tuple[EnforcementOutcome, ...], Field(min_length=1)]
    grade: RecordId | None = None
    """A local class of conduct or report grade (重庆's three classes, 江西's grades)."""
    amount: NonNegativeYuan | None = None
    share: Share | None = None
    minimum: NonNegativeYuan | None = None
    cap: NonNegativeYuan | None = None
    maximum: NonNegativeYuan | None = None
    label_zh: str | None = None
    label_en: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> RewardTier:
        if self.amount is None and self.share is None:
            raise InvalidInputError(
                field="amount", value=None, allowed="an amount, a share, or both"
            )
        if self.minimum is not None and self.cap is not None and self.cap < self.minimum:
            raise InvalidInputError(
                field="cap", value=self.cap, allowed=f"at least the minimum ({self.minimum})"
            )
        if self.maximum is not None and self.amount is not None and self.maximum < self.amount:
            raise InvalidInputError(
                field="maximum", value=self.maximum, allowed=f"at least the amount ({self.amount})"
            )
        return self


class RewardBand(EcoregModel):
    """One band of a fine-band table (杭州): from ``fine_from`` (inclusive) to the next band."""

    id: RecordId
    fine_from: NonNegativeYuan
    amount: NonNegativeYuan | None = None
    share: Share | None = None

    @model_validator(mode="after")
    def _one(self) -> RewardBand:
        if (self.amount is None) == (self.share is None):
            raise InvalidInputError(
                field="amount", value=self.amount, allowed="exactly one of amount and share"
            )
        return self


class StageBonus(EcoregModel):
    """A fixed sum for a stage reached (浙江: detention, arrest, verdict); stages stack."""

    id: RecordId
    outcome: EnforcementOutcome
    amount: NonNegativeYuan


_ZERO = Decimal(0)
_ONE = Decimal(1)
_MONEY_MAX = Decimal(100_000_000)
_OUTCOMES = frozenset(o.value for o in EnforcementOutcome)


def _bool(key: str, text: str) -> ParameterSpec:
    return ParameterSpec(key, ParamKind.BOOL, text)


def _money(key: str, text: str) -> ParameterSpec:
    return ParameterSpec(key, ParamKind.DECIMAL, text, minimum=_ZERO, maximum=_MONEY_MAX)


def _days(key: str, text: str) -> ParameterSpec:
    return ParameterSpec(key, ParamKind.INT, text, minimum=_ONE, maximum=Decimal(365))


SPECS: tuple[ParameterSpec, ...] = (
    _bool(
        "rewards.anonymous_allowed",
        "Whether an anonymous reporter who leaves a contact channel can be rewarded "
        "(环办执法〔2020〕8号 rewards real-name reporters; 重庆 2025 also anonymous ones).",
    ),
    _bool(
        "rewards.target_and_violation_required",
        "Whether a report must name its target and the violation (环办执法〔2020〕8号: "
        "一般应有明确的举报对象和环境违法行为).",
    ),
    ParameterSpec(
        "rewards.rewarding_outcomes",
        ParamKind.STR_LIST,
        "The outcomes of a verified report that earn a reward.",
        choices=_OUTCOMES,
    ),
    _bool(
        "rewards.exclude_known_before",
        "Whether a report of facts the department knew before it arrived earns nothing.",
    ),
    _bool(
        "rewards.exclude_media_exposed",
        "Whether a report of facts already exposed in the media earns nothing (湖南 2025).",
    ),
    _bool(
        "rewards.exclude_supervisory_staff",
        "Whether staff with a supervisory duty and their close relatives are excluded.",
    ),
    _bool(
        "rewards.exclude_non_cooperation",
        "Whether a reporter who without good reason will not assist the investigation is "
        "excluded (深圳 2016).",
    ),
    _bool(
        "rewards.exclude_false_report",
        "Whether a report found false earns nothing (the facts must be 客观真实).",
    ),
    _bool(
        "rewards.first_reporter_only",
        "Whether only the first valid reporter of the same facts is rewarded.",
    ),
    ParameterSpec(
        "rewards.several_violations",
        ParamKind.STR,
        "Several violations in one report: one reward at the highest tier ('highest') or one "
        "per violation added up ('sum').",
        choices=frozenset({"highest", "sum"}),
    ),
    _bool(
        "rewards.repeat_after_close",
        "Whether a new violation of the same party reported after its case closed can be "
        "rewarded again.",
    ),
    ParameterSpec(
        "rewards.model",
        ParamKind.STR,
        "How the amount is set: a tier table ('tier'), a share of the fine ('share'), a "
        "fine-band table ('band'), or not at all at this level ('local': the amounts are left "
        "to local rules).",
        choices=frozenset({"tier", "share", "band", "local"}),
    ),
    ParameterSpec(
        "rewards.tiers",
        ParamKind.RECORDS,
        "The tier table: outcomes (and local grades) with their amounts, shares and bounds.",
        record_model=RewardTier,
    ),
    ParameterSpec(
        "rewards.share",
        ParamKind.DECIMAL,
        "The share of the fine paid as a reward where a tier sets none.",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    _money("rewards.share_minimum", "The floor of a reward computed as a share of the fine."),
    _money("rewards.share_maximum", "The cap of a reward computed as a share of the fine."),
    ParameterSpec(
        "rewards.fine_bands",
        ParamKind.RECORDS,
        "The fine-band table: from each fine, a fixed amount or a share.",
        record_model=RewardBand,
    ),
    ParameterSpec(
        "rewards.stage_bonuses",
        ParamKind.RECORDS,
        "Fixed sums per stage reached, added together (浙江).",
        record_model=StageBonus,
    ),
    ParameterSpec(
        "rewards.evidence_multiplier",
        ParamKind.DECIMAL,
        "The factor applied when the reporter supplies detailed evidence and helps the "
        "investigation (江苏: +50 %).",
        minimum=_ONE,
        maximum=Decimal(10),
    ),
    _money("rewards.evidence_cap", "The most a reward raised for evidence may reach (江苏)."),
    ParameterSpec(
        "rewards.insider_multiplier",
        ParamKind.DECIMAL,
        "The factor applied to an insider's (内部知情人员) reward (江西: 200 %).",
        minimum=_ONE,
        maximum=Decimal(10),
    ),
    _bool(
        "rewards.insider_top_of_band",
        "Whether an insider's report is rated at the top of its tier (上海).",
    ),
    ParameterSpec(
        "rewards.adjustment_limit",
        ParamKind.DECIMAL,
        "How far a city may move the amount up or down, as a share (四川: 50 %).",
        minimum=_ZERO,
        maximum=_ONE,
    ),
    _money("rewards.cap", "The most any ordinary reward may reach in the jurisdiction."),
    _money(
        "rewards.special_cap",
        "The most a special one-off award may reach; it needs the approval of the people's "
        "government at the same level and ecoreg only flags it.",
    ),
    ParameterSpec(
        "rewards.rounding",
        ParamKind.STR,
        "The unit amounts are rounded to ('fen' or 'yuan'), half up.",
        choices=frozenset({"fen", "yuan"}),
    ),
    _days(
        "rewards.notify_working_days",
        "Working days from the decision on the report within which the reporter is told of "
        "the reward.",
    ),
    _days("rewards.claim_days", "Days from the notice within which the reporter claims."),
    _days("rewards.pay_working_days", "Working days from the claim within which it is paid."),
    _days(
        "rewards.feedback_working_days",
        "Working days from the report within which the result is reported back to a real-name "
        "reporter.",
    ),
)
"""The domain's parameters."""


def _cap_over_floor(floor: Decimal, cap: Decimal) -> bool:
    return cap >= floor


COMBINATIONS: tuple[Combination, ...] = (
    Combination(
        ("rewards.share_minimum", "rewards.share_maximum"),
        _cap_over_floor,
        "rewards.share_maximum at least rewards.share_minimum",
    ),
)
"""Rules several of the domain's parameters obey together."""
