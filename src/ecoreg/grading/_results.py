"""The results of grading: grades, levels, tags, supervision and what would change them."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Final

from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day
from ecoreg.grading._profile import OneVoteRedAct, Severity

__all__ = ["CreditLevel", "Grade", "GradeChange", "Grading", "RiskLevel", "Supervision", "Tag"]


class CreditLevel(StrEnum):
    """The national four credit levels (企业环境信用评价办法, 环发〔2013〕150号)."""

    TRUSTWORTHY = "trustworthy"
    """环保诚信 (green)."""
    GOOD = "good"
    """环保良好 (blue)."""
    WARNING = "warning"
    """环保警示 (yellow)."""
    BAD = "bad"
    """环保不良 (red)."""


class RiskLevel(StrEnum):
    """Risk levels."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Grade(StrEnum):
    """Supervision grades, best first."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


_LEVELS: Final = tuple(CreditLevel)
_LEVEL_ZH: Final = ("环保诚信", "环保良好", "环保警示", "环保不良")
_RISKS: Final = tuple(RiskLevel)
_GRADES: Final = tuple(Grade)
_COLOURS: Final = ("green", "yellow", "red")
_COLOUR_ZH: Final = {"green": "绿码", "yellow": "黄码", "red": "红码"}
_RISK_ZH: Final = {RiskLevel.LOW: "低", RiskLevel.MEDIUM: "中", RiskLevel.HIGH: "高"}
_SEVERITY_ZH: Final = {Severity.MINOR: "轻微", Severity.GENERAL: "一般", Severity.SERIOUS: "严重"}
_ACT_ZH: Final = {
    OneVoteRedAct.BUILT_WITHOUT_APPROVAL: "未批先建",
    OneVoteRedAct.OPERATED_WITHOUT_ACCEPTANCE: "未验先投",
    OneVoteRedAct.ENVIRONMENTAL_CRIME: "环境犯罪",
}


class Tag(EcoregModel):
    """An identification tag (标识化管理): traceable to its fact, dated, and ageing out."""

    code: str
    label_zh: str
    label_en: str
    source: str
    """The fact it comes from."""
    since: Day | None = None
    expires: Day | None = None
    """The last day the tag counts: its window includes the anniversary day."""


class Supervision(EcoregModel):
    """The supervision that follows from a grade."""

    offsite_first: bool
    """Data and off-site checks before any visit."""
    sampling_ratio: Decimal
    """Share drawn for random inspections (双随机)."""
    yearly_cap: int | None
    """Most random inspections a year (``None``: no cap)."""
    positive_list_eligible: bool
    triggered_inspection_allowed: bool
    """A complaint or an alert may trigger an inspection regardless (触发式检查)."""


class GradeChange(EcoregModel):
    """When the grade or code would next change if nothing else happens."""

    on: Day
    grade: Grade
    colour: str


class Grading(EcoregModel):
    """An enterprise's grading on a date."""

    credit_code: str
    on: Day
    tags: tuple[Tag, ...]
    credit_score: Decimal
    credit_level: CreditLevel
    risk_score: Decimal
    risk_level: RiskLevel
    grade: Grade
    colour: str
    supervision: Supervision
    next_change: GradeChange | None
