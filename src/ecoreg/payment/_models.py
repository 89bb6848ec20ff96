"""The requests and results of the payment rules, and the helpers they share.

Deferral and installment requests, relief applications and results, installment plans,
surcharge results; the month arithmetic and policy lookups the rules have in common.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ecoreg.core._calendar import (
    WorkingCalendar,
    on_or_after_working_day,
)
from ecoreg.core._decision import Hint, Notice, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import (
    NonNegativeYuan,
    PositiveYuan,
)
from ecoreg.core._periods import add_months
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    import datetime as dt


__all__ = [
    "CaseType",
    "DeferralRequest",
    "HardshipGround",
    "Installment",
    "InstallmentPlan",
    "InstallmentRequest",
    "ReliefApplication",
    "ReliefKind",
    "ReliefResult",
    "ReliefStatus",
    "SurchargeResult",
    "VolunteerService",
]


class CaseType(StrEnum):
    """Whether enforcement of the fine goes through a lawsuit."""

    NON_LITIGATION = "non_litigation"
    """非诉案件: the agency applies to court for enforcement without a lawsuit."""
    LITIGATION = "litigation"
    """诉讼案件: the penalty is (or was) under administrative litigation."""


class HardshipGround(StrEnum):
    """The hardship grounds of the Dongguan guideline (东生态规〔2025〕2号)."""

    LOW_INCOME = "low_income"
    """(1) household income below the local minimum living standard."""
    MEDICAL_OR_ACCIDENT = "medical_or_accident"
    """(2) heavy medical or accident costs."""
    FORCE_MAJEURE = "force_majeure"
    """(3) losses from force majeure."""
    OPERATING_DIFFICULTY = "operating_difficulty"
    """(4) operating difficulties that threaten a shutdown."""


_GROUND_ZH = {
    HardshipGround.LOW_INCOME: "家庭收入低于当地最低生活保障标准",
    HardshipGround.MEDICAL_OR_ACCIDENT: "因重大疾病或意外事故支出较大",
    HardshipGround.FORCE_MAJEURE: "因不可抗力遭受重大经济损失",
    HardshipGround.OPERATING_DIFFICULTY: "生产经营困难，缴纳罚款将导致停产停业",
}


_CASE_ZH = {CaseType.NON_LITIGATION: "非诉", CaseType.LITIGATION: "诉讼"}
_BASE_ZH = {"installment": "该期金额", "outstanding": "尚未缴纳的全部金额", "fine": "罚款总额"}


class ReliefKind(StrEnum):
    """Deferral (暂缓缴纳) or installments (分期缴纳)."""

    DEFERRAL = "deferral"
    INSTALLMENTS = "installments"


class DeferralRequest(EcoregModel):
    """Defer the whole fine by ``months`` months from approval, or until a date (``until``)."""

    kind: Literal[ReliefKind.DEFERRAL] = ReliefKind.DEFERRAL
    months: Annotated[int, Field(ge=1, le=120)] | None = None
    until: Day | None = None
    """The last day of the deferral asked for, instead of a number of months."""

    @model_validator(mode="after")
    def _one_term(self) -> DeferralRequest:
        if (self.months is None) == (self.until is None):
            raise InvalidInputError(
                field="months" if self.months is not None else "until",
                value=self.months if self.months is not None else self.until,
                allowed="either a number of months or an end date (until), not both",
            )
        return self


class InstallmentRequest(EcoregModel):
    """Pay in ``count`` installments, one every ``interval_months`` months from approval."""

    kind: Literal[ReliefKind.INSTALLMENTS] = ReliefKind.INSTALLMENTS
    count: Annotated[int, Field(ge=2, le=240)]
    interval_months: Annotated[int, Field(ge=1, le=24)]


class ReliefApplication(EcoregModel):
    """A party's written application to defer or pay in installments (Art. 66 ¶2)."""

    fine: PositiveYuan
    case_type: CaseType
    decision_received_on: Day
    """When the party received the penalty decision (starts the payment period)."""
    filed_on: Day
    grounds: tuple[HardshipGround, ...]
    in_writing: bool = True
    request: DeferralRequest | InstallmentRequest = Field(discriminator="kind")
    volunteer_pledge_hours: Annotated[int, Field(ge=0, le=10000)] = 0
    """Hours of ecological volunteer service pledged (needed for a late application)."""

    @model_validator(mode="after")
    def _filed_after_receipt(self) -> ReliefApplication:
        if self.filed_on < self.decision_received_on:
            raise InvalidInputError(
                field="filed_on",
                value=self.filed_on,
                allowed=f"a date on or after decision_received_on "
                f"({self.decision_received_on.isoformat()})",
            )
        return self


class Installment(EcoregModel):
    """One installment: its number (from 1), due date and amount."""

    number: Annotated[int, Field(ge=1)]
    due_on: Day
    amount: PositiveYuan


class InstallmentPlan(EcoregModel):
    """Installments of one fine, from the term's start."""

    fine: PositiveYuan
    case_type: CaseType
    starts_on: Day
    """The start of the term (the approval date)."""
    installments: tuple[Installment, ...] = Field(min_length=1)
    warnings: tuple[Notice, ...] = ()
    """``calendar.provisional`` when a due date was computed on an unpublished holiday
    arrangement."""

    @model_validator(mode="after")
    def _accounted_for(self) -> InstallmentPlan:
        numbers = [i.number for i in self.installments]
        if numbers != list(range(1, len(numbers) + 1)):
            raise InvalidInputError(
                field="installments",
                value=numbers,
                allowed="installments numbered 1, 2, 3, … in order",
            )
        total = self.total
        if total != self.fine:
            raise InvalidInputError(
                field="installments",
                value=f"{total} in all",
                allowed=f"amounts that add up exactly to the fine of {self.fine} yuan",
            )
        for before, after in itertools.pairwise(self.installments):
            if after.due_on <= before.due_on:
                raise InvalidInputError(
                    field=f"installments.{after.number - 1}.due_on",
                    value=after.due_on,
                    allowed=f"a date after installment {before.number} "
                    f"({before.due_on.isoformat()})",
                )
        if self.installments[0].due_on <= self.starts_on:
            raise InvalidInputError(
                field="installments.0.due_on",
                value=self.installments[0].due_on,
                allowed=f"a date after the start of the term ({self.starts_on.isoformat()})",
            )
        return self

    @property
    def term_ends_on(self) -> dt.date:
        """The last day of the term: the last installment's due date (Art. 72 ¶2)."""
        return self.installments[-1].due_on

    @property
    def total(self) -> Decimal:
        """The sum of the installments."""
        return sum((i.amount for i in self.installments), Decimal("0.00"))


class VolunteerService(EcoregModel):
    """The volunteer-service condition of a late application."""

    hours: Annotated[int, Field(ge=1)]
    due_by: Day


class ReliefStatus(StrEnum):
    """The outcome of an application."""

    APPROVED = "approved"
    APPROVED_WITH_CONDITIONS = "approved_with_conditions"
    REFUSED = "refused"


class ReliefResult(EcoregModel):
    """What was decided on an application, with the terms when approved."""

    status: ReliefStatus
    kind: ReliefKind
    payment_deadline: Day
    """The last day of the ordinary payment period (Art. 67)."""
    term_ends_on: Day | None = None
    """The last day of the deferral or installment term; enforcement time runs from it."""
    plan: InstallmentPlan | None = None
    volunteer_service: VolunteerService | None = None

    @property
    def approved(self) -> bool:
        """Whether the application was approved (with or without conditions)."""
        return self.status is not ReliefStatus.REFUSED


class SurchargeResult(EcoregModel):
    """A late-payment surcharge (加处罚款)."""

    base: NonNegativeYuan
    """The amount the daily rate applies to."""
    days_late: Annotated[int, Field(ge=0)]
    daily_amount: NonNegativeYuan
    uncapped: NonNegativeYuan | None
    """The daily amount times the days late, before the cap; ``None`` when that product is
    beyond the supported range of money (a trillion yuan): the surcharge is then the cap."""
    surcharge: NonNegativeYuan
    capped: bool
    total_due: NonNegativeYuan
    """The base plus the surcharge."""


def _months_end(start: dt.date, months: int, calendar: WorkingCalendar, *, roll: bool) -> dt.date:
    """The last day of a period of ``months`` months from ``start`` (民法典 Art. 202, 203)."""
    end, _ = add_months(start, months)
    return on_or_after_working_day(end, calendar) if roll else end


class _Checks:
    """Collects the conditions of a decision: every one is a reason, a failed one adds its hint."""

    def __init__(self, reasons: list[Reason]) -> None:
        self.reasons = reasons
        self.hints: list[Hint] = []
        self.failed = False

    def check(self, ok: bool, reason: Reason, hint: Hint | None = None) -> None:
        """Record a condition; ``reason`` gains the fact ``passed``, and is marked when not met."""
        update: dict[str, object] = {"facts": (*reason.facts, *facts(passed=ok))}
        if not ok:
            update["message_zh"] = f"未满足：{reason.message_zh}"
            update["message_en"] = f"Not met: {reason.message_en}"
        self.reasons.append(reason.model_copy(update=update))
        if not ok:
            self.failed = True
            if hint is not None and hint not in self.hints:
                self.hints.append(hint)
