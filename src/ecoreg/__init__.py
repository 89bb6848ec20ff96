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
    from ecoreg.alerts._alerts import Alert as Alert
    from ecoreg.alerts._alerts import AlertBatch as AlertBatch
    from ecoreg.alerts._alerts import AlertKind as AlertKind
    from ecoreg.alerts._alerts import BatchRouting as BatchRouting
    from ecoreg.alerts._alerts import BatchSummary as BatchSummary
    from ecoreg.alerts._alerts import DataFlag as DataFlag
    from ecoreg.alerts._alerts import EnterpriseContext as EnterpriseContext
    from ecoreg.alerts._alerts import Escalation as Escalation
    from ecoreg.alerts._alerts import Exemption as Exemption
    from ecoreg.alerts._alerts import Incident as Incident
    from ecoreg.alerts._alerts import MaintenanceNotice as MaintenanceNotice
    from ecoreg.alerts._alerts import NoticeKind as NoticeKind
    from ecoreg.alerts._alerts import Recipient as Recipient
    from ecoreg.alerts._alerts import RoutedAlert as RoutedAlert
    from ecoreg.alerts._alerts import Tier as Tier
    from ecoreg.alerts._alerts import route_alert as route_alert
    from ecoreg.alerts._alerts import route_alerts as route_alerts
    from ecoreg.core._calendar import PUBLISHED_NOTICES as PUBLISHED_NOTICES
    from ecoreg.core._calendar import ChinaWorkingCalendar as ChinaWorkingCalendar
    from ecoreg.core._calendar import FixedCalendar as FixedCalendar
    from ecoreg.core._calendar import HolidayNotice as HolidayNotice
    from ecoreg.core._calendar import WorkingCalendar as WorkingCalendar
    from ecoreg.core._calendar import china_calendar as china_calendar
    from ecoreg.core._citations import Citation as Citation
    from ecoreg.core._citations import Instrument as Instrument
    from ecoreg.core._citations import chinese_numeral as chinese_numeral
    from ecoreg.core._decision import Decision as Decision
    from ecoreg.core._decision import Fact as Fact
    from ecoreg.core._decision import FactValue as FactValue
    from ecoreg.core._decision import Hint as Hint
    from ecoreg.core._decision import Notice as Notice
    from ecoreg.core._decision import Reason as Reason
    from ecoreg.core._decision import facts as facts
    from ecoreg.core._model import EcoregModel as EcoregModel
    from ecoreg.core._money import FEN as FEN
    from ecoreg.core._money import YUAN as YUAN
    from ecoreg.core._money import NonNegativeYuan as NonNegativeYuan
    from ecoreg.core._money import PositiveYuan as PositiveYuan
    from ecoreg.core._money import Rounding as Rounding
    from ecoreg.core._money import Yuan as Yuan
    from ecoreg.core._money import parse_yuan as parse_yuan
    from ecoreg.core._money import round_yuan as round_yuan
    from ecoreg.core._parameters import PARAMETERS as PARAMETERS
    from ecoreg.core._parameters import ParameterSpec as ParameterSpec
    from ecoreg.core._parameters import ParamKind as ParamKind
    from ecoreg.core._parameters import ParamValue as ParamValue
    from ecoreg.core._periods import Deadline as Deadline
    from ecoreg.core._periods import PeriodUnit as PeriodUnit
    from ecoreg.core._periods import add_months as add_months
    from ecoreg.core._periods import calendar_days_after as calendar_days_after
    from ecoreg.core._periods import compulsion_law_days_after as compulsion_law_days_after
    from ecoreg.core._periods import hours_after as hours_after
    from ecoreg.core._periods import months_after as months_after
    from ecoreg.core._periods import penalty_law_days_after as penalty_law_days_after
    from ecoreg.core._periods import working_days_after as working_days_after
    from ecoreg.core._policy import Jurisdiction as Jurisdiction
    from ecoreg.core._policy import JurisdictionLevel as JurisdictionLevel
    from ecoreg.core._policy import Measure as Measure
    from ecoreg.core._policy import MeasureVersion as MeasureVersion
    from ecoreg.core._policy import ParameterEntry as ParameterEntry
    from ecoreg.core._policy import Policy as Policy
    from ecoreg.core._policy import PolicyBook as PolicyBook
    from ecoreg.core._policy import PolicyData as PolicyData
    from ecoreg.core._policy import ResolvedParameter as ResolvedParameter
    from ecoreg.core._records import Condition as Condition
    from ecoreg.core._records import DailyPenaltyRule as DailyPenaltyRule
    from ecoreg.core._records import LegalBasis as LegalBasis
    from ecoreg.core._records import NoPenaltyItem as NoPenaltyItem
    from ecoreg.core._records import ViolationCategory as ViolationCategory
    from ecoreg.core._records import ViolationKind as ViolationKind
    from ecoreg.core._time import DEFAULT_TIMEZONE as DEFAULT_TIMEZONE
    from ecoreg.core._time import Day as Day
    from ecoreg.core._time import Instant as Instant
    from ecoreg.core._time import parse_date as parse_date
    from ecoreg.core._time import parse_instant as parse_instant
    from ecoreg.grading._grading import AlertRecord as AlertRecord
    from ecoreg.grading._grading import ComplaintRecord as ComplaintRecord
    from ecoreg.grading._grading import CreditLevel as CreditLevel
    from ecoreg.grading._grading import CreditRecord as CreditRecord
    from ecoreg.grading._grading import DisclosureRecord as DisclosureRecord
    from ecoreg.grading._grading import EnterpriseProfile as EnterpriseProfile
    from ecoreg.grading._grading import EnterpriseTable as EnterpriseTable
    from ecoreg.grading._grading import EventTable as EventTable
    from ecoreg.grading._grading import Grade as Grade
    from ecoreg.grading._grading import GradeChange as GradeChange
    from ecoreg.grading._grading import Grading as Grading
    from ecoreg.grading._grading import GradingBatch as GradingBatch
    from ecoreg.grading._grading import GradingSummary as GradingSummary
    from ecoreg.grading._grading import HistoryEvent as HistoryEvent
    from ecoreg.grading._grading import OneVoteRedAct as OneVoteRedAct
    from ecoreg.grading._grading import PermitClass as PermitClass
    from ecoreg.grading._grading import Pollutant as Pollutant
    from ecoreg.grading._grading import PositiveListRecord as PositiveListRecord
    from ecoreg.grading._grading import RiskLevel as RiskLevel
    from ecoreg.grading._grading import SensitiveArea as SensitiveArea
    from ecoreg.grading._grading import Severity as Severity
    from ecoreg.grading._grading import Supervision as Supervision
    from ecoreg.grading._grading import Tag as Tag
    from ecoreg.grading._grading import ViolationRecord as ViolationRecord
    from ecoreg.grading._grading import check_credit_code as check_credit_code
    from ecoreg.grading._grading import credit_code_check_char as credit_code_check_char
    from ecoreg.grading._grading import grade_batch as grade_batch
    from ecoreg.grading._grading import grade_enterprise as grade_enterprise
    from ecoreg.inspections._inspections import CodeCheck as CodeCheck
    from ecoreg.inspections._inspections import InspectionCode as InspectionCode
    from ecoreg.inspections._inspections import InspectionPlan as InspectionPlan
    from ecoreg.inspections._inspections import InspectionTask as InspectionTask
    from ecoreg.inspections._inspections import PlanSummary as PlanSummary
    from ecoreg.inspections._inspections import TaskDecision as TaskDecision
    from ecoreg.inspections._inspections import TaskOutcome as TaskOutcome
    from ecoreg.inspections._inspections import Trigger as Trigger
    from ecoreg.inspections._inspections import Visit as Visit
    from ecoreg.inspections._inspections import draw_sample as draw_sample
    from ecoreg.inspections._inspections import issue_code as issue_code
    from ecoreg.inspections._inspections import plan_inspections as plan_inspections
    from ecoreg.inspections._inspections import verify_code as verify_code
    from ecoreg.jurisdictions import national_policy_book as national_policy_book
    from ecoreg.jurisdictions import standard_policy_book as standard_policy_book
    from ecoreg.monitoring._detectors import Detection as Detection
    from ecoreg.monitoring._detectors import DetectorSettings as DetectorSettings
    from ecoreg.monitoring._detectors import RatioDetection as RatioDetection
    from ecoreg.monitoring._detectors import detect as detect
    from ecoreg.monitoring._detectors import detect_ratio as detect_ratio
    from ecoreg.monitoring._detectors import longest_runs as longest_runs
    from ecoreg.monitoring._detectors import regularize as regularize
    from ecoreg.payment._payment import CaseType as CaseType
    from ecoreg.payment._payment import DeferralRequest as DeferralRequest
    from ecoreg.payment._payment import HardshipGround as HardshipGround
    from ecoreg.payment._payment import Installment as Installment
    from ecoreg.payment._payment import InstallmentPlan as InstallmentPlan
    from ecoreg.payment._payment import InstallmentRequest as InstallmentRequest
    from ecoreg.payment._payment import ReliefApplication as ReliefApplication
    from ecoreg.payment._payment import ReliefKind as ReliefKind
    from ecoreg.payment._payment import ReliefResult as ReliefResult
    from ecoreg.payment._payment import ReliefStatus as ReliefStatus
    from ecoreg.payment._payment import SurchargeResult as SurchargeResult
    from ecoreg.payment._payment import VolunteerService as VolunteerService
    from ecoreg.payment._payment import build_installment_plan as build_installment_plan
    from ecoreg.payment._payment import check_installment_plan as check_installment_plan
    from ecoreg.payment._payment import decide_relief as decide_relief
    from ecoreg.payment._payment import installment_surcharge as installment_surcharge
    from ecoreg.payment._payment import late_surcharge as late_surcharge
    from ecoreg.payment._payment import max_installments as max_installments
    from ecoreg.payment._payment import payment_deadline as payment_deadline
    from ecoreg.penalties._fines import Aggravation as Aggravation
    from ecoreg.penalties._fines import ApologyPledge as ApologyPledge
    from ecoreg.penalties._fines import DailyTrigger as DailyTrigger
    from ecoreg.penalties._fines import FineResult as FineResult
    from ecoreg.penalties._fines import FineStep as FineStep
    from ecoreg.penalties._fines import Harm as Harm
    from ecoreg.penalties._fines import LeniencyOutcome as LeniencyOutcome
    from ecoreg.penalties._fines import LeniencyResult as LeniencyResult
    from ecoreg.penalties._fines import Mitigation as Mitigation
    from ecoreg.penalties._fines import PriorViolation as PriorViolation
    from ecoreg.penalties._fines import StudyEntry as StudyEntry
    from ecoreg.penalties._fines import StudyStanding as StudyStanding
    from ecoreg.penalties._fines import ViolationCase as ViolationCase
    from ecoreg.penalties._fines import daily_continuous_penalty as daily_continuous_penalty
    from ecoreg.penalties._fines import decide_fine as decide_fine
    from ecoreg.penalties._fines import decide_leniency as decide_leniency
    from ecoreg.penalties._fines import study_standing as study_standing

# Public names are loaded on first use (PEP 562): `import ecoreg` costs almost nothing, and a
# program pays only for the parts it uses. Type checkers and the API docs read the imports above.
_LAZY: dict[str, tuple[str, str | None]] = {
    "exceptions": ("ecoreg.exceptions", None),
    "jurisdictions": ("ecoreg.jurisdictions", None),
    "law": ("ecoreg.law", None),
    "laws": ("ecoreg.laws", None),
    "presets": ("ecoreg.presets", None),
    "Alert": ("ecoreg.alerts._alerts", "Alert"),
    "AlertBatch": ("ecoreg.alerts._alerts", "AlertBatch"),
    "AlertKind": ("ecoreg.alerts._alerts", "AlertKind"),
    "BatchRouting": ("ecoreg.alerts._alerts", "BatchRouting"),
    "BatchSummary": ("ecoreg.alerts._alerts", "BatchSummary"),
    "DataFlag": ("ecoreg.alerts._alerts", "DataFlag"),
    "EnterpriseContext": ("ecoreg.alerts._alerts", "EnterpriseContext"),
    "Escalation": ("ecoreg.alerts._alerts", "Escalation"),
    "Exemption": ("ecoreg.alerts._alerts", "Exemption"),
    "Incident": ("ecoreg.alerts._alerts", "Incident"),
    "MaintenanceNotice": ("ecoreg.alerts._alerts", "MaintenanceNotice"),
    "NoticeKind": ("ecoreg.alerts._alerts", "NoticeKind"),
    "Recipient": ("ecoreg.alerts._alerts", "Recipient"),
    "RoutedAlert": ("ecoreg.alerts._alerts", "RoutedAlert"),
    "Tier": ("ecoreg.alerts._alerts", "Tier"),
    "route_alert": ("ecoreg.alerts._alerts", "route_alert"),
    "route_alerts": ("ecoreg.alerts._alerts", "route_alerts"),
    "PUBLISHED_NOTICES": ("ecoreg.core._calendar", "PUBLISHED_NOTICES"),
    "ChinaWorkingCalendar": ("ecoreg.core._calendar", "ChinaWorkingCalendar"),
    "FixedCalendar": ("ecoreg.core._calendar", "FixedCalendar"),
    "HolidayNotice": ("ecoreg.core._calendar", "HolidayNotice"),
    "WorkingCalendar": ("ecoreg.core._calendar", "WorkingCalendar"),
    "china_calendar": ("ecoreg.core._calendar", "china_calendar"),
    "Citation": ("ecoreg.core._citations", "Citation"),
    "Instrument": ("ecoreg.core._citations", "Instrument"),
    "chinese_numeral": ("ecoreg.core._citations", "chinese_numeral"),
    "Decision": ("ecoreg.core._decision", "Decision"),
    "Fact": ("ecoreg.core._decision", "Fact"),
    "FactValue": ("ecoreg.core._decision", "FactValue"),
    "Hint": ("ecoreg.core._decision", "Hint"),
    "Notice": ("ecoreg.core._decision", "Notice"),
    "Reason": ("ecoreg.core._decision", "Reason"),
    "facts": ("ecoreg.core._decision", "facts"),
    "Detection": ("ecoreg.monitoring._detectors", "Detection"),
    "DetectorSettings": ("ecoreg.monitoring._detectors", "DetectorSettings"),
    "RatioDetection": ("ecoreg.monitoring._detectors", "RatioDetection"),
    "detect": ("ecoreg.monitoring._detectors", "detect"),
    "detect_ratio": ("ecoreg.monitoring._detectors", "detect_ratio"),
    "longest_runs": ("ecoreg.monitoring._detectors", "longest_runs"),
    "regularize": ("ecoreg.monitoring._detectors", "regularize"),
    "Aggravation": ("ecoreg.penalties._fines", "Aggravation"),
    "ApologyPledge": ("ecoreg.penalties._fines", "ApologyPledge"),
    "DailyTrigger": ("ecoreg.penalties._fines", "DailyTrigger"),
    "FineResult": ("ecoreg.penalties._fines", "FineResult"),
    "FineStep": ("ecoreg.penalties._fines", "FineStep"),
    "Harm": ("ecoreg.penalties._fines", "Harm"),
    "LeniencyOutcome": ("ecoreg.penalties._fines", "LeniencyOutcome"),
    "LeniencyResult": ("ecoreg.penalties._fines", "LeniencyResult"),
    "Mitigation": ("ecoreg.penalties._fines", "Mitigation"),
    "PriorViolation": ("ecoreg.penalties._fines", "PriorViolation"),
    "StudyEntry": ("ecoreg.penalties._fines", "StudyEntry"),
    "StudyStanding": ("ecoreg.penalties._fines", "StudyStanding"),
    "ViolationCase": ("ecoreg.penalties._fines", "ViolationCase"),
    "daily_continuous_penalty": ("ecoreg.penalties._fines", "daily_continuous_penalty"),
    "decide_fine": ("ecoreg.penalties._fines", "decide_fine"),
    "decide_leniency": ("ecoreg.penalties._fines", "decide_leniency"),
    "study_standing": ("ecoreg.penalties._fines", "study_standing"),
    "AlertRecord": ("ecoreg.grading._grading", "AlertRecord"),
    "ComplaintRecord": ("ecoreg.grading._grading", "ComplaintRecord"),
    "CreditLevel": ("ecoreg.grading._grading", "CreditLevel"),
    "CreditRecord": ("ecoreg.grading._grading", "CreditRecord"),
    "DisclosureRecord": ("ecoreg.grading._grading", "DisclosureRecord"),
    "EnterpriseProfile": ("ecoreg.grading._grading", "EnterpriseProfile"),
    "EnterpriseTable": ("ecoreg.grading._grading", "EnterpriseTable"),
    "EventTable": ("ecoreg.grading._grading", "EventTable"),
    "Grade": ("ecoreg.grading._grading", "Grade"),
    "GradeChange": ("ecoreg.grading._grading", "GradeChange"),
    "Grading": ("ecoreg.grading._grading", "Grading"),
    "GradingBatch": ("ecoreg.grading._grading", "GradingBatch"),
    "GradingSummary": ("ecoreg.grading._grading", "GradingSummary"),
    "HistoryEvent": ("ecoreg.grading._grading", "HistoryEvent"),
    "OneVoteRedAct": ("ecoreg.grading._grading", "OneVoteRedAct"),
    "PermitClass": ("ecoreg.grading._grading", "PermitClass"),
    "Pollutant": ("ecoreg.grading._grading", "Pollutant"),
    "PositiveListRecord": ("ecoreg.grading._grading", "PositiveListRecord"),
    "RiskLevel": ("ecoreg.grading._grading", "RiskLevel"),
    "SensitiveArea": ("ecoreg.grading._grading", "SensitiveArea"),
    "Severity": ("ecoreg.grading._grading", "Severity"),
    "Supervision": ("ecoreg.grading._grading", "Supervision"),
    "Tag": ("ecoreg.grading._grading", "Tag"),
    "ViolationRecord": ("ecoreg.grading._grading", "ViolationRecord"),
    "check_credit_code": ("ecoreg.grading._grading", "check_credit_code"),
    "credit_code_check_char": ("ecoreg.grading._grading", "credit_code_check_char"),
    "grade_batch": ("ecoreg.grading._grading", "grade_batch"),
    "grade_enterprise": ("ecoreg.grading._grading", "grade_enterprise"),
    "CodeCheck": ("ecoreg.inspections._inspections", "CodeCheck"),
    "InspectionCode": ("ecoreg.inspections._inspections", "InspectionCode"),
    "InspectionPlan": ("ecoreg.inspections._inspections", "InspectionPlan"),
    "InspectionTask": ("ecoreg.inspections._inspections", "InspectionTask"),
    "PlanSummary": ("ecoreg.inspections._inspections", "PlanSummary"),
    "TaskDecision": ("ecoreg.inspections._inspections", "TaskDecision"),
    "TaskOutcome": ("ecoreg.inspections._inspections", "TaskOutcome"),
    "Trigger": ("ecoreg.inspections._inspections", "Trigger"),
    "Visit": ("ecoreg.inspections._inspections", "Visit"),
    "draw_sample": ("ecoreg.inspections._inspections", "draw_sample"),
    "issue_code": ("ecoreg.inspections._inspections", "issue_code"),
    "plan_inspections": ("ecoreg.inspections._inspections", "plan_inspections"),
    "verify_code": ("ecoreg.inspections._inspections", "verify_code"),
    "EcoregModel": ("ecoreg.core._model", "EcoregModel"),
    "FEN": ("ecoreg.core._money", "FEN"),
    "YUAN": ("ecoreg.core._money", "YUAN"),
    "NonNegativeYuan": ("ecoreg.core._money", "NonNegativeYuan"),
    "PositiveYuan": ("ecoreg.core._money", "PositiveYuan"),
    "Rounding": ("ecoreg.core._money", "Rounding"),
    "Yuan": ("ecoreg.core._money", "Yuan"),
    "parse_yuan": ("ecoreg.core._money", "parse_yuan"),
    "round_yuan": ("ecoreg.core._money", "round_yuan"),
    "PARAMETERS": ("ecoreg.core._parameters", "PARAMETERS"),
    "ParameterSpec": ("ecoreg.core._parameters", "ParameterSpec"),
    "ParamKind": ("ecoreg.core._parameters", "ParamKind"),
    "ParamValue": ("ecoreg.core._parameters", "ParamValue"),
    "CaseType": ("ecoreg.payment._payment", "CaseType"),
    "DeferralRequest": ("ecoreg.payment._payment", "DeferralRequest"),
    "HardshipGround": ("ecoreg.payment._payment", "HardshipGround"),
    "Installment": ("ecoreg.payment._payment", "Installment"),
    "InstallmentPlan": ("ecoreg.payment._payment", "InstallmentPlan"),
    "InstallmentRequest": ("ecoreg.payment._payment", "InstallmentRequest"),
    "ReliefApplication": ("ecoreg.payment._payment", "ReliefApplication"),
    "ReliefKind": ("ecoreg.payment._payment", "ReliefKind"),
    "ReliefResult": ("ecoreg.payment._payment", "ReliefResult"),
    "ReliefStatus": ("ecoreg.payment._payment", "ReliefStatus"),
    "SurchargeResult": ("ecoreg.payment._payment", "SurchargeResult"),
    "VolunteerService": ("ecoreg.payment._payment", "VolunteerService"),
    "build_installment_plan": ("ecoreg.payment._payment", "build_installment_plan"),
    "check_installment_plan": ("ecoreg.payment._payment", "check_installment_plan"),
    "decide_relief": ("ecoreg.payment._payment", "decide_relief"),
    "installment_surcharge": ("ecoreg.payment._payment", "installment_surcharge"),
    "late_surcharge": ("ecoreg.payment._payment", "late_surcharge"),
    "max_installments": ("ecoreg.payment._payment", "max_installments"),
    "payment_deadline": ("ecoreg.payment._payment", "payment_deadline"),
    "Deadline": ("ecoreg.core._periods", "Deadline"),
    "PeriodUnit": ("ecoreg.core._periods", "PeriodUnit"),
    "add_months": ("ecoreg.core._periods", "add_months"),
    "calendar_days_after": ("ecoreg.core._periods", "calendar_days_after"),
    "compulsion_law_days_after": ("ecoreg.core._periods", "compulsion_law_days_after"),
    "hours_after": ("ecoreg.core._periods", "hours_after"),
    "months_after": ("ecoreg.core._periods", "months_after"),
    "penalty_law_days_after": ("ecoreg.core._periods", "penalty_law_days_after"),
    "working_days_after": ("ecoreg.core._periods", "working_days_after"),
    "Jurisdiction": ("ecoreg.core._policy", "Jurisdiction"),
    "JurisdictionLevel": ("ecoreg.core._policy", "JurisdictionLevel"),
    "Measure": ("ecoreg.core._policy", "Measure"),
    "MeasureVersion": ("ecoreg.core._policy", "MeasureVersion"),
    "ParameterEntry": ("ecoreg.core._policy", "ParameterEntry"),
    "Policy": ("ecoreg.core._policy", "Policy"),
    "PolicyBook": ("ecoreg.core._policy", "PolicyBook"),
    "PolicyData": ("ecoreg.core._policy", "PolicyData"),
    "ResolvedParameter": ("ecoreg.core._policy", "ResolvedParameter"),
    "Condition": ("ecoreg.core._records", "Condition"),
    "DailyPenaltyRule": ("ecoreg.core._records", "DailyPenaltyRule"),
    "LegalBasis": ("ecoreg.core._records", "LegalBasis"),
    "NoPenaltyItem": ("ecoreg.core._records", "NoPenaltyItem"),
    "ViolationCategory": ("ecoreg.core._records", "ViolationCategory"),
    "ViolationKind": ("ecoreg.core._records", "ViolationKind"),
    "DEFAULT_TIMEZONE": ("ecoreg.core._time", "DEFAULT_TIMEZONE"),
    "Day": ("ecoreg.core._time", "Day"),
    "Instant": ("ecoreg.core._time", "Instant"),
    "parse_date": ("ecoreg.core._time", "parse_date"),
    "parse_instant": ("ecoreg.core._time", "parse_instant"),
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
