"""ecoreg: Chinese ecological-environment regulatory logic as typed, explainable, pure functions.

The core never reads the clock, the environment, files or the network: the
evaluation date or instant is always an argument. Money is `decimal.Decimal`
yuan exact to the fen; instants are zone-aware (Asia/Shanghai by default);
legal periods follow the law's own counting on the real Chinese calendar.

Example:
    >>> import datetime as dt
    >>> import ecoreg
    >>> deadline = ecoreg.penalty_law_days_after(dt.date(2026, 9, 29), 5)
    >>> deadline.last_day
    datetime.date(2026, 10, 12)
"""

from ecoreg import exceptions as exceptions
from ecoreg import laws as laws
from ecoreg._calendar import ChinaWorkingCalendar as ChinaWorkingCalendar
from ecoreg._calendar import FixedCalendar as FixedCalendar
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
from ecoreg._periods import Deadline as Deadline
from ecoreg._periods import PeriodUnit as PeriodUnit
from ecoreg._periods import add_months as add_months
from ecoreg._periods import calendar_days_after as calendar_days_after
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
from ecoreg._time import DEFAULT_TIMEZONE as DEFAULT_TIMEZONE
from ecoreg._time import Day as Day
from ecoreg._time import Instant as Instant
from ecoreg._time import parse_date as parse_date
from ecoreg._time import parse_instant as parse_instant
from ecoreg.baseline import national_policy_book as national_policy_book

__all__ = [
    "DEFAULT_TIMEZONE",
    "FEN",
    "PARAMETERS",
    "YUAN",
    "ChinaWorkingCalendar",
    "Citation",
    "Day",
    "Deadline",
    "Decision",
    "EcoregModel",
    "Fact",
    "FactValue",
    "FixedCalendar",
    "Hint",
    "Instant",
    "Instrument",
    "Jurisdiction",
    "JurisdictionLevel",
    "Measure",
    "MeasureVersion",
    "NonNegativeYuan",
    "Notice",
    "ParamKind",
    "ParamValue",
    "ParameterEntry",
    "ParameterSpec",
    "PeriodUnit",
    "Policy",
    "PolicyBook",
    "PolicyData",
    "PositiveYuan",
    "Reason",
    "ResolvedParameter",
    "Rounding",
    "WorkingCalendar",
    "Yuan",
    "add_months",
    "calendar_days_after",
    "china_calendar",
    "chinese_numeral",
    "exceptions",
    "facts",
    "hours_after",
    "laws",
    "months_after",
    "national_policy_book",
    "parse_date",
    "parse_instant",
    "parse_yuan",
    "penalty_law_days_after",
    "round_yuan",
    "working_days_after",
]
