"""The inputs and results of the reward rules: reporters, reports, findings, reward outcomes.

A `Reporter`'s name, identity number and contact details are inputs only: no result holds
them, no error echoes them (`WITHHELD` stands in their place), and `repr` hides them. A
result names the reporter by a pseudonymous reference (`ecoreg.rewards.reporter_reference`).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any

from pydantic import Field, model_validator

from ecoreg.core._boundary import has_lone_surrogate
from ecoreg.core._decision import Decision
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import NonNegativeYuan, Yuan
from ecoreg.core._time import Day, Instant
from ecoreg.exceptions import InvalidInputError
from ecoreg.rewards._params import EnforcementOutcome

__all__ = [
    "WITHHELD",
    "AmountStep",
    "ReportFinding",
    "Reporter",
    "RewardBatch",
    "RewardOutcome",
    "RewardStatus",
    "RewardedCase",
    "SpecialAward",
    "SpecialGround",
    "TierCount",
    "WhistleblowerReport",
]

WITHHELD = "<withheld>"
"""What an error shows instead of an identifying value (生态环境法典 Art. 146: 保密)."""

Ident = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:\-]*$", max_length=120)]
Reference = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{5,63}$")]

_IDENTIFYING = ("name", "id_number", "contact")
_REPORTER_KEYS = frozenset(
    {
        *_IDENTIFYING,
        "anonymous",
        "reference",
        "supervisory_duty",
        "relative_of_supervisory_staff",
        "insider",
    }
)
_MAX_IDENT_CHARS = 200


def _withheld(field: str, allowed: str) -> InvalidInputError:
    return InvalidInputError(field=field, value=WITHHELD, allowed=allowed)


class Reporter(EcoregModel):
    """Who reported: identifying details (inputs only) and the facts that bear on eligibility.

    Examples:
        >>> r = Reporter(name="王某", contact="13800000000")
        >>> "王某" in repr(r)
        False
        >>> Reporter(name="王某", anonymous=True)
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: anonymous: True is not allowed; false for a reporter who gives a name or identity number (a reporter is anonymous or named, not both)
    """

    name: str | None = Field(default=None, repr=False)
    """The reporter's name (实名); never output."""
    id_number: str | None = Field(default=None, repr=False)
    """An identity number or unified social credit code; never output."""
    contact: str | None = Field(default=None, repr=False)
    """A telephone number, e-mail or address; never output."""
    anonymous: bool = False
    reference: Reference | None = None
    """A pseudonymous reference the caller already uses for this reporter (never a name)."""
    supervisory_duty: bool = False
    """Staff with a supervisory duty over the reported matter (负有监督管理职责的人员)."""
    relative_of_supervisory_staff: bool = False
    """A close relative of such staff."""
    insider: bool = False
    """An insider of the reported enterprise (内部知情人员)."""

    @model_validator(mode="before")
    @classmethod
    def _screen(cls, data: Any) -> Any:  # noqa: C901 - one check per field, before pydantic's
        """Check the identifying fields first, so that no error can echo them."""
        if isinstance(data, Reporter):
            return data
        if not isinstance(data, Mapping):
            raise _withheld("reporter", "an object with the reporter's fields")
        unknown = [k for k in data if k not in _REPORTER_KEYS]
        if unknown:
            raise _withheld("reporter", f"only the keys {sorted(_REPORTER_KEYS)}")
        for key in _IDENTIFYING:
            value = data.get(key)
            if value is None:
                continue
            if (
                not isinstance(value, str)
                or not value.strip()
                or len(value) > _MAX_IDENT_CHARS
                or has_lone_surrogate(value)
            ):
                raise _withheld(key, f"text of 1 to {_MAX_IDENT_CHARS} characters, or null")
        reference = data.get("reference")
        if isinstance(reference, str):
            for key in _IDENTIFYING:
                value = data.get(key)
                if isinstance(value, str) and value.strip() and value.strip() in reference:
                    raise _withheld(
                        "reference", "a pseudonym that does not contain the name, ID or contact"
                    )
        anonymous = data.get("anonymous", False)
        named = data.get("name") is not None or data.get("id_number") is not None
        if anonymous is True and named:
            raise InvalidInputError(
                field="anonymous",
                value=True,
                allowed="false for a reporter who gives a name or identity number "
                "(a reporter is anonymous or named, not both)",
            )
        if anonymous is False and data.get("name") is None:
            raise InvalidInputError(
                field="name",
                value=None,
                allowed="the reporter's name for a real-name report (实名举报), or anonymous: true",
            )
        return data

    @property
    def identifying(self) -> tuple[str, ...]:
        """The identifying strings given (for checks that they never leave ecoreg)."""
        return tuple(v for v in (self.name, self.id_number, self.contact) if v)


class ReportFinding(EcoregModel):
    """One verified violation of a report, with what the department did about it."""

    violation: Ident
    """A label of the violation (a catalogue kind or a local code)."""
    outcomes: Annotated[tuple[EnforcementOutcome, ...], Field(min_length=1, max_length=20)]
    fine: NonNegativeYuan = Decimal("0.00")
    """The fine imposed (罚款), 0 when none."""
    grade: Ident | None = None
    """A local class of conduct or report grade, where the local table uses one."""


class SpecialGround(StrEnum):
    """Grounds for a special one-off award (重奖) that needs the government's approval."""

    DATA_FRAUD_SERIOUS_POLLUTION = "data_fraud_serious_pollution"
    CROSS_REGION_HAZARDOUS_WASTE = "cross_region_hazardous_waste"
    LONG_TERM_SERIOUS_EXCEEDANCE = "long_term_serious_exceedance"
    MAJOR_CASE_KEY_EVIDENCE = "major_case_key_evidence"


class WhistleblowerReport(EcoregModel):
    """A report (举报) and what its verification found.

    Examples:
        >>> import datetime as dt
        >>> WhistleblowerReport(
        ...     report_id="r-1",
        ...     matter="m-1",
        ...     received_at="2026-09-01T21:00:00+08:00",
        ...     verified_on="2026-08-30",
        ...     reporter=Reporter(name="王某"),
        ... )
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: verified_on: datetime.date(2026, 8, 30) is not allowed; on or after the day the report was received (2026-09-01)
    """

    report_id: Ident
    matter: Ident
    """The set of facts reported: reports of the same facts share it (one reward per matter)."""
    party: Ident | None = None
    """The reported party, to tell a new violation after a closed case from the old one."""
    received_at: Instant
    reporter: Reporter
    target_named: bool = True
    violation_named: bool = True
    known_since: Instant | None = None
    """When the department first recorded the facts itself, if it did."""
    media_exposed_at: Instant | None = None
    """When the facts were first exposed in the media, if they were."""
    verified_on: Day | None = None
    """The day the department verified the facts and decided (None: not verified)."""
    findings: Annotated[tuple[ReportFinding, ...], Field(max_length=100)] = ()
    false_report: bool = False
    cooperated: bool = True
    declined: bool = False
    """The reporter declined the reward (除本人明确拒绝接受外)."""
    evidence_supplied: bool = False
    """The reporter supplied detailed material and helped the investigation."""
    key_lead: bool = False
    """The report gave the key lead (关键线索) of the case."""
    special_ground: SpecialGround | None = None
    local_adjustment: Annotated[Decimal, Field(ge=-1, le=1, allow_inf_nan=False)] | None = None
    """The city's move of the amount, as a share (e.g. ``0.2`` for +20 %)."""
    notified_on: Day | None = None
    claimed_on: Day | None = None

    @model_validator(mode="after")
    def _dates(self) -> WhistleblowerReport:
        received = self.received_at.date()
        for field in ("verified_on", "notified_on", "claimed_on"):
            day = getattr(self, field)
            if day is not None and day < received:
                raise InvalidInputError(
                    field=field,
                    value=day,
                    allowed=f"on or after the day the report was received ({received})",
                )
        if (
            self.verified_on is not None
            and self.notified_on is not None
            and self.notified_on < self.verified_on
        ):
            raise InvalidInputError(
                field="notified_on",
                value=self.notified_on,
                allowed=f"on or after verified_on ({self.verified_on})",
            )
        if self.notified_on is None and self.claimed_on is not None:
            raise InvalidInputError(
                field="claimed_on", value=self.claimed_on, allowed="null until notified_on is set"
            )
        if (
            self.notified_on is not None
            and self.claimed_on is not None
            and self.claimed_on < self.notified_on
        ):
            raise InvalidInputError(
                field="claimed_on",
                value=self.claimed_on,
                allowed=f"on or after notified_on ({self.notified_on})",
            )
        if self.verified_on is None and self.findings:
            raise InvalidInputError(
                field="findings",
                value=len(self.findings),
                allowed="no findings until verified_on is set",
            )
        return self


class RewardedCase(EcoregModel):
    """A matter already rewarded, and the day its case closed."""

    matter: Ident
    party: Ident | None = None
    closed_on: Day


class RewardStatus(StrEnum):
    """What was decided on a report."""

    REWARDED = "rewarded"
    REFUSED = "refused"
    DECLINED = "declined"
    """Eligible, but the reporter declined the reward."""
    AMOUNT_SET_LOCALLY = "amount_set_locally"
    """Eligible under the national frame, which leaves the amount to local rules."""


class AmountStep(EcoregModel):
    """One step of the amount's arithmetic, with the rule that took it."""

    rule_id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]
    amount: Yuan
    """The amount after this step."""
    detail: Annotated[str, Field(min_length=1, max_length=500)]


class SpecialAward(EcoregModel):
    """A special one-off award flagged for the government's approval, not decided."""

    ground: SpecialGround
    ceiling: NonNegativeYuan
    approval_needed: bool = True
    decided: bool = False


class RewardOutcome(EcoregModel):
    """The reward owed on one report, with its arithmetic and deadlines."""

    status: RewardStatus
    report_id: str
    matter: str
    reporter_ref: str
    """The reporter's pseudonymous reference: never a name, ID or contact."""
    amount: NonNegativeYuan | None = None
    tier: str | None = None
    steps: tuple[AmountStep, ...] = ()
    special: SpecialAward | None = None
    refused_by: tuple[str, ...] = ()
    """The ids of the conditions that failed."""
    notify_by: Day | None = None
    claim_by: Day | None = None
    pay_by: Day | None = None
    feedback_owed: bool = False
    """生态环境法典 Art. 146 ¶1: the result is reported back to a real-name reporter."""
    feedback_by: Day | None = None

    @property
    def rewarded(self) -> bool:
        """Whether a reward is owed."""
        return self.status is RewardStatus.REWARDED


class TierCount(EcoregModel):
    """How many reports were rewarded in one tier, and the sum paid."""

    tier: str
    count: int
    total: NonNegativeYuan


class RewardBatch(EcoregModel):
    """A year's reports decided together: one decision per report, in the order given."""

    decisions: tuple[Decision[RewardOutcome], ...]
    by_tier: tuple[TierCount, ...]
    rewarded: int
    refused: int
    total: NonNegativeYuan
