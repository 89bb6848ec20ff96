"""What triggers a notification letter: the domains' own objects, as letter triggers.

Each trigger is plain data a bureau can send as JSON, with a constructor from the object it
stands for: a leniency decision (`decide_leniency`), an `Alert`, two `Grading` results, an
`InspectionTask` and its visit day; a document about to lapse and an industry-wide point have
no object of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, model_validator

from ecoreg.alerts._models import Alert, AlertKind
from ecoreg.core._citations import Citation
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day, Instant, parse_date
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._results import Grade, Grading
from ecoreg.penalties._case import LeniencyOutcome, LeniencyResult

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._decision import Decision
    from ecoreg.inspections._planning import InspectionTask

__all__ = [
    "AlertTrigger",
    "GradeTrigger",
    "InspectionTrigger",
    "LapseTrigger",
    "LeniencyTrigger",
    "LetterTrigger",
    "PolicyTrigger",
]

Text = Annotated[str, Field(min_length=1, max_length=200)]
LongText = Annotated[str, Field(min_length=1, max_length=2000)]


class LeniencyTrigger(EcoregModel):
    """A leniency decision that declined to penalise: its 告知书 (行政处罚法 Art. 33 ¶3)."""

    type: Literal["leniency"] = "leniency"
    case_ref: Text
    violation_kind: Text
    outcome: LeniencyOutcome
    decided_on: Day
    list_item: Text | None = None
    provisions: tuple[Citation, ...] = ()
    """The citations of the decision's reasons."""

    @classmethod
    def of(
        cls, decision: Decision[LeniencyResult], *, case_ref: str, violation_kind: str
    ) -> LeniencyTrigger:
        """The trigger of a leniency decision (its outcome, day and citations)."""
        cites: list[Citation] = []
        for reason in decision.reasons:
            if reason.citation is not None and reason.citation not in cites:
                cites.append(reason.citation)
        return cls(
            case_ref=case_ref,
            violation_kind=violation_kind,
            outcome=decision.outcome.outcome,
            decided_on=decision.decided_on,
            list_item=decision.outcome.list_item,
            provisions=tuple(cites),
        )


class AlertTrigger(EcoregModel):
    """An automatic-monitoring alert at the firm's outlet."""

    type: Literal["alert"] = "alert"
    alert_id: Text
    outlet: Text
    pollutant: Text
    alert_kind: AlertKind
    start: Instant

    @classmethod
    def of(cls, alert: Alert) -> AlertTrigger:
        """The trigger of an alert."""
        return cls(
            alert_id=alert.id,
            outlet=alert.outlet,
            pollutant=alert.pollutant,
            alert_kind=alert.kind,
            start=alert.start,
        )


class GradeTrigger(EcoregModel):
    """A change of the firm's supervision grade (A–D)."""

    type: Literal["grade"] = "grade"
    from_grade: Grade
    to_grade: Grade
    on: Day

    @model_validator(mode="after")
    def _changed(self) -> GradeTrigger:
        if self.from_grade == self.to_grade:
            raise InvalidInputError(
                field="to_grade", value=self.to_grade.value, allowed="a grade other than from_grade"
            )
        return self

    @classmethod
    def of(cls, before: Grading, after: Grading) -> GradeTrigger:
        """The trigger of two gradings of the same firm."""
        if before.credit_code != after.credit_code:
            raise InvalidInputError(
                field="after.credit_code",
                value=after.credit_code,
                allowed=f"the firm of before ({before.credit_code})",
            )
        return cls(from_grade=before.grade, to_grade=after.grade, on=after.on)


class InspectionTrigger(EcoregModel):
    """A planned inspection the letter gives notice of (Xiaogan's 预先通知书)."""

    type: Literal["inspection"] = "inspection"
    task_id: Text
    department: Text
    purposes: tuple[Text, ...] = Field(min_length=1)
    visit_on: Day

    @classmethod
    def of(cls, task: InspectionTask, *, visit_on: dt.date | str) -> InspectionTrigger:
        """The trigger of an inspection task visited on ``visit_on``."""
        day = parse_date(visit_on, field="visit_on")
        if not task.window_start <= day <= task.window_end:
            raise InvalidInputError(
                field="visit_on",
                value=day,
                allowed=f"a day in the task's window ({task.window_start} to {task.window_end})",
            )
        return cls(
            task_id=task.id, department=task.department, purposes=task.purposes, visit_on=day
        )


class LapseTrigger(EcoregModel):
    """A permit, ledger or other document of the firm's file about to lapse."""

    type: Literal["lapse"] = "lapse"
    document_type: Text
    document_ref: Text
    expires_on: Day


class PolicyTrigger(EcoregModel):
    """An industry-wide point: one uniform letter to every firm of the industry (Rugao)."""

    type: Literal["policy"] = "policy"
    industry: Text
    topic_zh: LongText
    topic_en: LongText


LetterTrigger = Annotated[
    LeniencyTrigger
    | AlertTrigger
    | GradeTrigger
    | InspectionTrigger
    | LapseTrigger
    | PolicyTrigger,
    Field(discriminator="type"),
]
"""What triggered a letter."""
