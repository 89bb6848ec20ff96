"""ecoreg: Chinese ecological-environment regulatory logic as typed, explainable, pure functions.

The core never reads the clock, the environment, files or the network: the
evaluation date or instant is always an argument. Money is `decimal.Decimal`
yuan exact to the fen; instants are zone-aware (Asia/Shanghai by default);
legal periods follow the law's own counting on the real Chinese calendar.

Examples:
    >>> import datetime as dt
    >>> import ecoreg
    >>> deadline = ecoreg.penalty_law_days_after(dt.date(2026, 9, 29), 5)
    >>> deadline.last_day
    datetime.date(2026, 10, 12)
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ecoreg import exceptions as exceptions
    from ecoreg import jurisdictions as jurisdictions
    from ecoreg import law as law
    from ecoreg import laws as laws
    from ecoreg import presets as presets
    from ecoreg._alerts import Alert as Alert
    from ecoreg._alerts import AlertBatch as AlertBatch
    from ecoreg._alerts import AlertKind as AlertKind
    from ecoreg._alerts import BatchRouting as BatchRouting
    from ecoreg._alerts import BatchSummary as BatchSummary
    from ecoreg._alerts import DataFlag as DataFlag
    from ecoreg._alerts import EnterpriseContext as EnterpriseContext
    from ecoreg._alerts import Escalation as Escalation
    from ecoreg._alerts import Exemption as Exemption
    from ecoreg._alerts import Incident as Incident
    from ecoreg._alerts import MaintenanceNotice as MaintenanceNotice
    from ecoreg._alerts import NoticeKind as NoticeKind
    from ecoreg._alerts import Recipient as Recipient
    from ecoreg._alerts import RoutedAlert as RoutedAlert
    from ecoreg._alerts import Tier as Tier
    from ecoreg._alerts import route_alert as route_alert
    from ecoreg._alerts import route_alerts as route_alerts
    from ecoreg._calendar import PUBLISHED_NOTICES as PUBLISHED_NOTICES
    from ecoreg._calendar import ChinaWorkingCalendar as ChinaWorkingCalendar
    from ecoreg._calendar import FixedCalendar as FixedCalendar
    from ecoreg._calendar import HolidayNotice as HolidayNotice
    from ecoreg._calendar import WorkingCalendar as WorkingCalendar
    from ecoreg._calendar import china_calendar as china_calendar
    from ecoreg._citations import Citation as Citation
    from ecoreg._citations import Instrument as Instrument
    from ecoreg._citations import chinese_numeral as chinese_numeral
    from ecoreg._decision import Decision as Decision
    from ecoreg._decision import Fact as Fact
    from ecoreg._decision import FactValue as FactValue
    from ecoreg._decision import Hint as Hint
    from ecoreg._decision import Notice as Notice
    from ecoreg._decision import Reason as Reason
    from ecoreg._decision import facts as facts
    from ecoreg._detectors import Detection as Detection
    from ecoreg._detectors import DetectorSettings as DetectorSettings
    from ecoreg._detectors import RatioDetection as RatioDetection
    from ecoreg._detectors import detect as detect
    from ecoreg._detectors import detect_ratio as detect_ratio
    from ecoreg._detectors import longest_runs as longest_runs
    from ecoreg._detectors import regularize as regularize
    from ecoreg._fines import Aggravation as Aggravation
    from ecoreg._fines import ApologyPledge as ApologyPledge
    from ecoreg._fines import DailyTrigger as DailyTrigger
    from ecoreg._fines import FineResult as FineResult
    from ecoreg._fines import FineStep as FineStep
    from ecoreg._fines import Harm as Harm
    from ecoreg._fines import LeniencyOutcome as LeniencyOutcome
    from ecoreg._fines import LeniencyResult as LeniencyResult
    from ecoreg._fines import Mitigation as Mitigation
    from ecoreg._fines import PriorViolation as PriorViolation
    from ecoreg._fines import StudyEntry as StudyEntry
    from ecoreg._fines import StudyStanding as StudyStanding
    from ecoreg._fines import ViolationCase as ViolationCase
    from ecoreg._fines import daily_continuous_penalty as daily_continuous_penalty
    from ecoreg._fines import decide_fine as decide_fine
    from ecoreg._fines import decide_leniency as decide_leniency
    from ecoreg._fines import study_standing as study_standing
    from ecoreg._grading import AlertRecord as AlertRecord
    from ecoreg._grading import ComplaintRecord as ComplaintRecord
    from ecoreg._grading import CreditLevel as CreditLevel
    from ecoreg._grading import CreditRecord as CreditRecord
    from ecoreg._grading import DisclosureRecord as DisclosureRecord
    from ecoreg._grading import EnterpriseProfile as EnterpriseProfile
    from ecoreg._grading import EnterpriseTable as EnterpriseTable
    from ecoreg._grading import EventTable as EventTable
    from ecoreg._grading import Grade as Grade
    from ecoreg._grading import GradeChange as GradeChange
    from ecoreg._grading import Grading as Grading
    from ecoreg._grading import GradingBatch as GradingBatch
    from ecoreg._grading import GradingSummary as GradingSummary
    from ecoreg._grading import HistoryEvent as HistoryEvent
    from ecoreg._grading import OneVoteRedAct as OneVoteRedAct
    from ecoreg._grading import PermitClass as PermitClass
    from ecoreg._grading import Pollutant as Pollutant
    from ecoreg._grading import PositiveListRecord as PositiveListRecord
    from ecoreg._grading import RiskLevel as RiskLevel
    from ecoreg._grading import SensitiveArea as SensitiveArea
    from ecoreg._grading import Severity as Severity
    from ecoreg._grading import Supervision as Supervision
    from ecoreg._grading import Tag as Tag
    from ecoreg._grading import ViolationRecord as ViolationRecord
    from ecoreg._grading import check_credit_code as check_credit_code
    from ecoreg._grading import credit_code_check_char as credit_code_check_char
    from ecoreg._grading import grade_batch as grade_batch
    from ecoreg._grading import grade_enterprise as grade_enterprise
    from ecoreg._inspections import CodeCheck as CodeCheck
    from ecoreg._inspections import InspectionCode as InspectionCode
    from ecoreg._inspections import InspectionPlan as InspectionPlan
    from ecoreg._inspections import InspectionTask as InspectionTask
    from ecoreg._inspections import PlanSummary as PlanSummary
    from ecoreg._inspections import TaskDecision as TaskDecision
    from ecoreg._inspections import TaskOutcome as TaskOutcome
    from ecoreg._inspections import Trigger as Trigger
    from ecoreg._inspections import Visit as Visit
    from ecoreg._inspections import draw_sample as draw_sample
    from ecoreg._inspections import issue_code as issue_code
    from ecoreg._inspections import plan_inspections as plan_inspections
    from ecoreg._inspections import verify_code as verify_code
    from ecoreg._model import EcoregModel as EcoregModel
    from ecoreg._money import FEN as FEN
    from ecoreg._money import YUAN as YUAN
    from ecoreg._money import NonNegativeYuan as NonNegativeYuan
    from ecoreg._money import PositiveYuan as PositiveYuan
    from ecoreg._money import Rounding as Rounding
    from ecoreg._money import Yuan as Yuan
    from ecoreg._money import parse_yuan as parse_yuan
    from ecoreg._money import round_yuan as round_yuan
    from ecoreg._parameters import PARAMETERS as PARAMETERS
    from ecoreg._parameters import ParameterSpec as ParameterSpec
    from ecoreg._parameters import ParamKind as ParamKind
    from ecoreg._parameters import ParamValue as ParamValue
    from ecoreg._payment import CaseType as CaseType
    from ecoreg._payment import DeferralRequest as DeferralRequest
    from ecoreg._payment import HardshipGround as HardshipGround
    from ecoreg._payment import Installment as Installment
    from ecoreg._payment import InstallmentPlan as InstallmentPlan
    from ecoreg._payment import InstallmentRequest as InstallmentRequest
    from ecoreg._payment import ReliefApplication as ReliefApplication
    from ecoreg._payment import ReliefKind as ReliefKind
    from ecoreg._payment import ReliefResult as ReliefResult
    from ecoreg._payment import ReliefStatus as ReliefStatus
    from ecoreg._payment import SurchargeResult as SurchargeResult
    from ecoreg._payment import VolunteerService as VolunteerService
    from ecoreg._payment import build_installment_plan as build_installment_plan
    from ecoreg._payment import check_installment_plan as check_installment_plan
    from ecoreg._payment import decide_relief as decide_relief
    from ecoreg._payment import installment_surcharge as installment_surcharge
    from ecoreg._payment import late_surcharge as late_surcharge
    from ecoreg._payment import max_installments as max_installments
    from ecoreg._payment import payment_deadline as payment_deadline
    from ecoreg._periods import Deadline as Deadline
    from ecoreg._periods import PeriodUnit as PeriodUnit
    from ecoreg._periods import add_months as add_months
    from ecoreg._periods import calendar_days_after as calendar_days_after
    from ecoreg._periods import compulsion_law_days_after as compulsion_law_days_after
    from ecoreg._periods import hours_after as hours_after
    from ecoreg._periods import months_after as months_after
    from ecoreg._periods import penalty_law_days_after as penalty_law_days_after
    from ecoreg._periods import working_days_after as working_days_after
    from ecoreg._policy import Jurisdiction as Jurisdiction
    from ecoreg._policy import JurisdictionLevel as JurisdictionLevel
    from ecoreg._policy import Measure as Measure
    from ecoreg._policy import MeasureVersion as MeasureVersion
    from ecoreg._policy import ParameterEntry as ParameterEntry
    from ecoreg._policy import Policy as Policy
    from ecoreg._policy import PolicyBook as PolicyBook
    from ecoreg._policy import PolicyData as PolicyData
    from ecoreg._policy import ResolvedParameter as ResolvedParameter
    from ecoreg._records import Condition as Condition
    from ecoreg._records import DailyPenaltyRule as DailyPenaltyRule
    from ecoreg._records import LegalBasis as LegalBasis
    from ecoreg._records import NoPenaltyItem as NoPenaltyItem
    from ecoreg._records import ViolationCategory as ViolationCategory
    from ecoreg._records import ViolationKind as ViolationKind
    from ecoreg._time import DEFAULT_TIMEZONE as DEFAULT_TIMEZONE
    from ecoreg._time import Day as Day
    from ecoreg._time import Instant as Instant
    from ecoreg._time import parse_date as parse_date
    from ecoreg._time import parse_instant as parse_instant
    from ecoreg.jurisdictions import national_policy_book as national_policy_book
    from ecoreg.jurisdictions import standard_policy_book as standard_policy_book

# Public names are loaded on first use (PEP 562): `import ecoreg` costs almost nothing, and a
# program pays only for the parts it uses. Type checkers and the API docs read the imports above.
_LAZY: dict[str, tuple[str, str | None]] = {
    "exceptions": ("ecoreg.exceptions", None),
    "jurisdictions": ("ecoreg.jurisdictions", None),
    "law": ("ecoreg.law", None),
    "laws": ("ecoreg.laws", None),
    "presets": ("ecoreg.presets", None),
    "Alert": ("ecoreg._alerts", "Alert"),
    "AlertBatch": ("ecoreg._alerts", "AlertBatch"),
    "AlertKind": ("ecoreg._alerts", "AlertKind"),
    "BatchRouting": ("ecoreg._alerts", "BatchRouting"),
    "BatchSummary": ("ecoreg._alerts", "BatchSummary"),
    "DataFlag": ("ecoreg._alerts", "DataFlag"),
    "EnterpriseContext": ("ecoreg._alerts", "EnterpriseContext"),
    "Escalation": ("ecoreg._alerts", "Escalation"),
    "Exemption": ("ecoreg._alerts", "Exemption"),
    "Incident": ("ecoreg._alerts", "Incident"),
    "MaintenanceNotice": ("ecoreg._alerts", "MaintenanceNotice"),
    "NoticeKind": ("ecoreg._alerts", "NoticeKind"),
    "Recipient": ("ecoreg._alerts", "Recipient"),
    "RoutedAlert": ("ecoreg._alerts", "RoutedAlert"),
    "Tier": ("ecoreg._alerts", "Tier"),
    "route_alert": ("ecoreg._alerts", "route_alert"),
    "route_alerts": ("ecoreg._alerts", "route_alerts"),
    "PUBLISHED_NOTICES": ("ecoreg._calendar", "PUBLISHED_NOTICES"),
    "ChinaWorkingCalendar": ("ecoreg._calendar", "ChinaWorkingCalendar"),
    "FixedCalendar": ("ecoreg._calendar", "FixedCalendar"),
    "HolidayNotice": ("ecoreg._calendar", "HolidayNotice"),
    "WorkingCalendar": ("ecoreg._calendar", "WorkingCalendar"),
    "china_calendar": ("ecoreg._calendar", "china_calendar"),
    "Citation": ("ecoreg._citations", "Citation"),
    "Instrument": ("ecoreg._citations", "Instrument"),
    "chinese_numeral": ("ecoreg._citations", "chinese_numeral"),
    "Decision": ("ecoreg._decision", "Decision"),
    "Fact": ("ecoreg._decision", "Fact"),
    "FactValue": ("ecoreg._decision", "FactValue"),
    "Hint": ("ecoreg._decision", "Hint"),
    "Notice": ("ecoreg._decision", "Notice"),
    "Reason": ("ecoreg._decision", "Reason"),
    "facts": ("ecoreg._decision", "facts"),
    "Detection": ("ecoreg._detectors", "Detection"),
    "DetectorSettings": ("ecoreg._detectors", "DetectorSettings"),
    "RatioDetection": ("ecoreg._detectors", "RatioDetection"),
    "detect": ("ecoreg._detectors", "detect"),
    "detect_ratio": ("ecoreg._detectors", "detect_ratio"),
    "longest_runs": ("ecoreg._detectors", "longest_runs"),
    "regularize": ("ecoreg._detectors", "regularize"),
    "Aggravation": ("ecoreg._fines", "Aggravation"),
    "ApologyPledge": ("ecoreg._fines", "ApologyPledge"),
    "DailyTrigger": ("ecoreg._fines", "DailyTrigger"),
    "FineResult": ("ecoreg._fines", "FineResult"),
    "FineStep": ("ecoreg._fines", "FineStep"),
    "Harm": ("ecoreg._fines", "Harm"),
    "LeniencyOutcome": ("ecoreg._fines", "LeniencyOutcome"),
    "LeniencyResult": ("ecoreg._fines", "LeniencyResult"),
    "Mitigation": ("ecoreg._fines", "Mitigation"),
    "PriorViolation": ("ecoreg._fines", "PriorViolation"),
    "StudyEntry": ("ecoreg._fines", "StudyEntry"),
    "StudyStanding": ("ecoreg._fines", "StudyStanding"),
    "ViolationCase": ("ecoreg._fines", "ViolationCase"),
    "daily_continuous_penalty": ("ecoreg._fines", "daily_continuous_penalty"),
    "decide_fine": ("ecoreg._fines", "decide_fine"),
    "decide_leniency": ("ecoreg._fines", "decide_leniency"),
    "study_standing": ("ecoreg._fines", "study_standing"),
    "AlertRecord": ("ecoreg._grading", "AlertRecord"),
    "ComplaintRecord": ("ecoreg._grading", "ComplaintRecord"),
    "CreditLevel": ("ecoreg._grading", "CreditLevel"),
    "CreditRecord": ("ecoreg._grading", "CreditRecord"),
    "DisclosureRecord": ("ecoreg._grading", "DisclosureRecord"),
    "EnterpriseProfile": ("ecoreg._grading", "EnterpriseProfile"),
    "EnterpriseTable": ("ecoreg._grading", "EnterpriseTable"),
    "EventTable": ("ecoreg._grading", "EventTable"),
    "Grade": ("ecoreg._grading", "Grade"),
    "GradeChange": ("ecoreg._grading", "GradeChange"),
    "Grading": ("ecoreg._grading", "Grading"),
    "GradingBatch": ("ecoreg._grading", "GradingBatch"),
    "GradingSummary": ("ecoreg._grading", "GradingSummary"),
    "HistoryEvent": ("ecoreg._grading", "HistoryEvent"),
    "OneVoteRedAct": ("ecoreg._grading", "OneVoteRedAct"),
    "PermitClass": ("ecoreg._grading", "PermitClass"),
    "Pollutant": ("ecoreg._grading", "Pollutant"),
    "PositiveListRecord": ("ecoreg._grading", "PositiveListRecord"),
    "RiskLevel": ("ecoreg._grading", "RiskLevel"),
    "SensitiveArea": ("ecoreg._grading", "SensitiveArea"),
    "Severity": ("ecoreg._grading", "Severity"),
    "Supervision": ("ecoreg._grading", "Supervision"),
    "Tag": ("ecoreg._grading", "Tag"),
    "ViolationRecord": ("ecoreg._grading", "ViolationRecord"),
    "check_credit_code": ("ecoreg._grading", "check_credit_code"),
    "credit_code_check_char": ("ecoreg._grading", "credit_code_check_char"),
    "grade_batch": ("ecoreg._grading", "grade_batch"),
    "grade_enterprise": ("ecoreg._grading", "grade_enterprise"),
    "CodeCheck": ("ecoreg._inspections", "CodeCheck"),
    "InspectionCode": ("ecoreg._inspections", "InspectionCode"),
    "InspectionPlan": ("ecoreg._inspections", "InspectionPlan"),
    "InspectionTask": ("ecoreg._inspections", "InspectionTask"),
    "PlanSummary": ("ecoreg._inspections", "PlanSummary"),
    "TaskDecision": ("ecoreg._inspections", "TaskDecision"),
    "TaskOutcome": ("ecoreg._inspections", "TaskOutcome"),
    "Trigger": ("ecoreg._inspections", "Trigger"),
    "Visit": ("ecoreg._inspections", "Visit"),
    "draw_sample": ("ecoreg._inspections", "draw_sample"),
    "issue_code": ("ecoreg._inspections", "issue_code"),
    "plan_inspections": ("ecoreg._inspections", "plan_inspections"),
    "verify_code": ("ecoreg._inspections", "verify_code"),
    "EcoregModel": ("ecoreg._model", "EcoregModel"),
    "FEN": ("ecoreg._money", "FEN"),
    "YUAN": ("ecoreg._money", "YUAN"),
    "NonNegativeYuan": ("ecoreg._money", "NonNegativeYuan"),
    "PositiveYuan": ("ecoreg._money", "PositiveYuan"),
    "Rounding": ("ecoreg._money", "Rounding"),
    "Yuan": ("ecoreg._money", "Yuan"),
    "parse_yuan": ("ecoreg._money", "parse_yuan"),
    "round_yuan": ("ecoreg._money", "round_yuan"),
    "PARAMETERS": ("ecoreg._parameters", "PARAMETERS"),
    "ParameterSpec": ("ecoreg._parameters", "ParameterSpec"),
    "ParamKind": ("ecoreg._parameters", "ParamKind"),
    "ParamValue": ("ecoreg._parameters", "ParamValue"),
    "CaseType": ("ecoreg._payment", "CaseType"),
    "DeferralRequest": ("ecoreg._payment", "DeferralRequest"),
    "HardshipGround": ("ecoreg._payment", "HardshipGround"),
    "Installment": ("ecoreg._payment", "Installment"),
    "InstallmentPlan": ("ecoreg._payment", "InstallmentPlan"),
    "InstallmentRequest": ("ecoreg._payment", "InstallmentRequest"),
    "ReliefApplication": ("ecoreg._payment", "ReliefApplication"),
    "ReliefKind": ("ecoreg._payment", "ReliefKind"),
    "ReliefResult": ("ecoreg._payment", "ReliefResult"),
    "ReliefStatus": ("ecoreg._payment", "ReliefStatus"),
    "SurchargeResult": ("ecoreg._payment", "SurchargeResult"),
    "VolunteerService": ("ecoreg._payment", "VolunteerService"),
    "build_installment_plan": ("ecoreg._payment", "build_installment_plan"),
    "check_installment_plan": ("ecoreg._payment", "check_installment_plan"),
    "decide_relief": ("ecoreg._payment", "decide_relief"),
    "installment_surcharge": ("ecoreg._payment", "installment_surcharge"),
    "late_surcharge": ("ecoreg._payment", "late_surcharge"),
    "max_installments": ("ecoreg._payment", "max_installments"),
    "payment_deadline": ("ecoreg._payment", "payment_deadline"),
    "Deadline": ("ecoreg._periods", "Deadline"),
    "PeriodUnit": ("ecoreg._periods", "PeriodUnit"),
    "add_months": ("ecoreg._periods", "add_months"),
    "calendar_days_after": ("ecoreg._periods", "calendar_days_after"),
    "compulsion_law_days_after": ("ecoreg._periods", "compulsion_law_days_after"),
    "hours_after": ("ecoreg._periods", "hours_after"),
    "months_after": ("ecoreg._periods", "months_after"),
    "penalty_law_days_after": ("ecoreg._periods", "penalty_law_days_after"),
    "working_days_after": ("ecoreg._periods", "working_days_after"),
    "Jurisdiction": ("ecoreg._policy", "Jurisdiction"),
    "JurisdictionLevel": ("ecoreg._policy", "JurisdictionLevel"),
    "Measure": ("ecoreg._policy", "Measure"),
    "MeasureVersion": ("ecoreg._policy", "MeasureVersion"),
    "ParameterEntry": ("ecoreg._policy", "ParameterEntry"),
    "Policy": ("ecoreg._policy", "Policy"),
    "PolicyBook": ("ecoreg._policy", "PolicyBook"),
    "PolicyData": ("ecoreg._policy", "PolicyData"),
    "ResolvedParameter": ("ecoreg._policy", "ResolvedParameter"),
    "Condition": ("ecoreg._records", "Condition"),
    "DailyPenaltyRule": ("ecoreg._records", "DailyPenaltyRule"),
    "LegalBasis": ("ecoreg._records", "LegalBasis"),
    "NoPenaltyItem": ("ecoreg._records", "NoPenaltyItem"),
    "ViolationCategory": ("ecoreg._records", "ViolationCategory"),
    "ViolationKind": ("ecoreg._records", "ViolationKind"),
    "DEFAULT_TIMEZONE": ("ecoreg._time", "DEFAULT_TIMEZONE"),
    "Day": ("ecoreg._time", "Day"),
    "Instant": ("ecoreg._time", "Instant"),
    "parse_date": ("ecoreg._time", "parse_date"),
    "parse_instant": ("ecoreg._time", "parse_instant"),
    "national_policy_book": ("ecoreg.jurisdictions", "national_policy_book"),
    "standard_policy_book": ("ecoreg.jurisdictions", "standard_policy_book"),
}

__all__ = [
    "DEFAULT_TIMEZONE",
    "FEN",
    "PARAMETERS",
    "PUBLISHED_NOTICES",
    "YUAN",
    "Aggravation",
    "Alert",
    "AlertBatch",
    "AlertKind",
    "AlertRecord",
    "ApologyPledge",
    "BatchRouting",
    "BatchSummary",
    "CaseType",
    "ChinaWorkingCalendar",
    "Citation",
    "CodeCheck",
    "ComplaintRecord",
    "Condition",
    "CreditLevel",
    "CreditRecord",
    "DailyPenaltyRule",
    "DailyTrigger",
    "DataFlag",
    "Day",
    "Deadline",
    "Decision",
    "DeferralRequest",
    "Detection",
    "DetectorSettings",
    "DisclosureRecord",
    "EcoregModel",
    "EnterpriseContext",
    "EnterpriseProfile",
    "EnterpriseTable",
    "Escalation",
    "EventTable",
    "Exemption",
    "Fact",
    "FactValue",
    "FineResult",
    "FineStep",
    "FixedCalendar",
    "Grade",
    "GradeChange",
    "Grading",
    "GradingBatch",
    "GradingSummary",
    "HardshipGround",
    "Harm",
    "Hint",
    "HistoryEvent",
    "HolidayNotice",
    "Incident",
    "InspectionCode",
    "InspectionPlan",
    "InspectionTask",
    "Installment",
    "InstallmentPlan",
    "InstallmentRequest",
    "Instant",
    "Instrument",
    "Jurisdiction",
    "JurisdictionLevel",
    "LegalBasis",
    "LeniencyOutcome",
    "LeniencyResult",
    "MaintenanceNotice",
    "Measure",
    "MeasureVersion",
    "Mitigation",
    "NoPenaltyItem",
    "NonNegativeYuan",
    "Notice",
    "NoticeKind",
    "OneVoteRedAct",
    "ParamKind",
    "ParamValue",
    "ParameterEntry",
    "ParameterSpec",
    "PeriodUnit",
    "PermitClass",
    "PlanSummary",
    "Policy",
    "PolicyBook",
    "PolicyData",
    "Pollutant",
    "PositiveListRecord",
    "PositiveYuan",
    "PriorViolation",
    "RatioDetection",
    "Reason",
    "Recipient",
    "ReliefApplication",
    "ReliefKind",
    "ReliefResult",
    "ReliefStatus",
    "ResolvedParameter",
    "RiskLevel",
    "Rounding",
    "RoutedAlert",
    "SensitiveArea",
    "Severity",
    "StudyEntry",
    "StudyStanding",
    "Supervision",
    "SurchargeResult",
    "Tag",
    "TaskDecision",
    "TaskOutcome",
    "Tier",
    "Trigger",
    "ViolationCase",
    "ViolationCategory",
    "ViolationKind",
    "ViolationRecord",
    "Visit",
    "VolunteerService",
    "WorkingCalendar",
    "Yuan",
    "add_months",
    "build_installment_plan",
    "calendar_days_after",
    "check_credit_code",
    "check_installment_plan",
    "china_calendar",
    "chinese_numeral",
    "compulsion_law_days_after",
    "credit_code_check_char",
    "daily_continuous_penalty",
    "decide_fine",
    "decide_leniency",
    "decide_relief",
    "detect",
    "detect_ratio",
    "draw_sample",
    "exceptions",
    "facts",
    "grade_batch",
    "grade_enterprise",
    "hours_after",
    "installment_surcharge",
    "issue_code",
    "jurisdictions",
    "late_surcharge",
    "law",
    "laws",
    "longest_runs",
    "max_installments",
    "months_after",
    "national_policy_book",
    "parse_date",
    "parse_instant",
    "parse_yuan",
    "payment_deadline",
    "penalty_law_days_after",
    "plan_inspections",
    "presets",
    "regularize",
    "round_yuan",
    "route_alert",
    "route_alerts",
    "standard_policy_book",
    "study_standing",
    "verify_code",
    "working_days_after",
]


def __getattr__(name: str) -> Any:
    """Load a public name on first use; ``__version__`` comes from the package metadata."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            return version("ecoreg")
        except PackageNotFoundError:  # pragma: no cover - a source tree that is not installed
            return "0+unknown"
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'ecoreg' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
