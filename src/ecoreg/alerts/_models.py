"""The alerts and what surrounds them: kinds, HJ 212 flags, tiers, notices, exemptions, results."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Final

import pendulum
from pydantic import Field, model_validator

from ecoreg.core._model import EcoregModel
from ecoreg.core._time import FIRST_DAY, LAST_DAY, Instant, shanghai
from ecoreg.exceptions import InvalidInputError

__all__ = [
    "Alert",
    "AlertKind",
    "DataFlag",
    "EnterpriseContext",
    "Escalation",
    "Exemption",
    "MaintenanceNotice",
    "NoticeKind",
    "Recipient",
    "RoutedAlert",
    "Tier",
]


class AlertKind(StrEnum):
    """What an automatic-monitoring alert is about."""

    CONCENTRATION_EXCEEDANCE = "concentration_exceedance"
    TOTAL_EXCEEDANCE = "total_exceedance"
    FACILITY_ABNORMAL = "facility_abnormal"
    MISSING_DATA = "missing_data"
    FLAT_DATA = "flat_data"
    ZERO_DATA = "zero_data"
    SUDDEN_RISE = "sudden_rise"
    RATIO_IMPLAUSIBLE = "ratio_implausible"


_KINDS: Final = tuple(AlertKind)
_KIND_CODE: Final = {k: i for i, k in enumerate(_KINDS)}
# The supported days (ecoreg.core._time) as epoch seconds, for alert start columns.
_FIRST_SECOND: Final = int(dt.datetime(FIRST_DAY.year, 1, 1, tzinfo=dt.UTC).timestamp()) + 86_400
_LAST_SECOND: Final = int(dt.datetime(LAST_DAY.year, 12, 30, tzinfo=dt.UTC).timestamp())
_KIND_ZH: Final = {
    AlertKind.CONCENTRATION_EXCEEDANCE: "浓度超标",
    AlertKind.TOTAL_EXCEEDANCE: "总量超标",
    AlertKind.FACILITY_ABNORMAL: "治污设施运行异常",
    AlertKind.MISSING_DATA: "数据缺失或断线",
    AlertKind.FLAT_DATA: "数据恒值或波动异常小",
    AlertKind.ZERO_DATA: "数据为零",
    AlertKind.SUDDEN_RISE: "数据突升",
    AlertKind.RATIO_IMPLAUSIBLE: "进出口浓度比异常",
}
# Alerts judged from measured values: data set aside by its flag cannot found them (the 2022
# marking rule: marked data is not judged as an exceedance).
_VALUE_KINDS: Final = frozenset(
    {AlertKind.CONCENTRATION_EXCEEDANCE, AlertKind.TOTAL_EXCEEDANCE, AlertKind.SUDDEN_RISE}
)


class DataFlag(StrEnum):
    """HJ 212 data flags (数据标记), named by what they mean (HJ 212-2017 §6.6.4, Table 8).

    N normal (正常), F stopped (停运), M maintenance (维护), S manual input (手工输入), D fault
    (故障), C calibration (校准), T over range (超测量上限), B communication fault (通讯异常).
    HJ 212-2025 is read with the same letters.
    """

    N = "N"
    """normal (正常): 在线监控（监测）仪器仪表工作正常."""
    F = "F"
    """stopped (停运): 在线监控（监测）仪器仪表停运. A stop mark, not a fault."""
    M = "M"
    """maintenance (维护): 在线监控（监测）仪器仪表处于维护期间产生的数据."""
    S = "S"
    """manual input (手工输入): 手工输入的设定值, a value set by hand."""
    D = "D"
    """fault (故障): 在线监控（监测）仪器仪表故障."""
    C = "C"
    """calibration (校准): 在线监控（监测）仪器仪表处于校准状态."""
    T = "T"
    """over range (超测量上限): 在线监控（监测）仪器仪表采样数值超过测量上限."""
    B = "B"
    """communication fault (通讯异常): 在线监控（监测）仪器仪表与数采仪通讯异常."""


_FLAGS: Final = tuple(DataFlag)
_FLAG_CODE: Final = {f: i for i, f in enumerate(_FLAGS)}
_FLAG_ZH: Final = {
    DataFlag.N: "正常",
    DataFlag.F: "停运",
    DataFlag.M: "维护",
    DataFlag.S: "手工输入",
    DataFlag.D: "故障",
    DataFlag.C: "校准",
    DataFlag.T: "超测量上限",
    DataFlag.B: "通讯异常",
}
"""Each flag's name in Chinese, short for reasons (HJ 212-2017 Table 8)."""
_FLAG_EN: Final = {
    DataFlag.N: "normal",
    DataFlag.F: "stopped",
    DataFlag.M: "maintenance",
    DataFlag.S: "manual input",
    DataFlag.D: "fault",
    DataFlag.C: "calibration",
    DataFlag.T: "over range",
    DataFlag.B: "communication fault",
}
"""Each flag's name in English."""


def _flag_zh(flag: DataFlag) -> str:
    """A flag with its Chinese name, for reasons: ``F（停运）``."""
    return f"{flag.value}（{_FLAG_ZH[flag]}）"


def _flag_en(flag: DataFlag) -> str:
    """A flag with its English name, for reasons: ``F (stopped)``."""
    return f"{flag.value} ({_FLAG_EN[flag]})"


class Tier(StrEnum):
    """Risk tiers, from the lowest."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


_TIERS: Final = tuple(Tier)


class TierCause(StrEnum):
    """Which clause of the tier rule set an alert's tier, from the highest tier down.

    The rule is ecoreg's documented default (`ecoreg.alerts._columns.tier_rule`).
    """

    TAMPERING_SIGNAL = "tampering_signal"
    """CRITICAL: a tampering signal (flat data, an implausible inlet/outlet ratio)."""
    KEY_UNIT_EXCEEDANCE_IN_WARNING = "key_unit_exceedance_in_warning"
    """CRITICAL: an exceedance at a key unit during a heavy-pollution warning."""
    KEY_UNIT = "key_unit"
    """HIGH: any alert of a key pollutant discharge unit (重点排污单位)."""
    EXCEEDANCE_AT_ELEVATED_RISK = "exceedance_at_elevated_risk"
    """HIGH: an exceedance or abnormality in a sensitive area, during a heavy-pollution
    warning, or at a D-graded or red-coded enterprise."""
    EXCEEDANCE = "exceedance"
    """MEDIUM: an exceedance, a sudden rise or a facility abnormality."""
    DATA_PROBLEM = "data_problem"
    """LOW: missing or zero data."""


_CAUSE_TIER: Final = {
    TierCause.TAMPERING_SIGNAL: Tier.CRITICAL,
    TierCause.KEY_UNIT_EXCEEDANCE_IN_WARNING: Tier.CRITICAL,
    TierCause.KEY_UNIT: Tier.HIGH,
    TierCause.EXCEEDANCE_AT_ELEVATED_RISK: Tier.HIGH,
    TierCause.EXCEEDANCE: Tier.MEDIUM,
    TierCause.DATA_PROBLEM: Tier.LOW,
}
_CAUSES: Final = tuple(TierCause)
_CAUSE_ZH: Final = {
    TierCause.TAMPERING_SIGNAL: "疑似篡改信号",
    TierCause.KEY_UNIT_EXCEEDANCE_IN_WARNING: "重污染天气预警期间重点排污单位超标",
    TierCause.KEY_UNIT: "重点排污单位的预警",
    TierCause.EXCEEDANCE_AT_ELEVATED_RISK: "敏感区域、重污染天气预警期间或D级、红码企业的超标或设施异常",
    TierCause.EXCEEDANCE: "超标、突增或治理设施运行异常",
    TierCause.DATA_PROBLEM: "数据缺失或零值",
}
_TIER_ZH: Final = {Tier.LOW: "低", Tier.MEDIUM: "中", Tier.HIGH: "高", Tier.CRITICAL: "紧急"}


class Recipient(StrEnum):
    """Who is told."""

    ENTERPRISE_MANAGER = "enterprise_manager"
    OFFICER_ON_DUTY = "officer_on_duty"
    SECTION_CHIEF = "section_chief"
    BUREAU_LEADER = "bureau_leader"


_ESCALATION_CHAIN: Final = (Recipient.SECTION_CHIEF, Recipient.BUREAU_LEADER)
_RECIPIENT_ZH: Final = {
    Recipient.ENTERPRISE_MANAGER: "企业环保负责人",
    Recipient.OFFICER_ON_DUTY: "值班执法人员",
    Recipient.SECTION_CHIEF: "科室负责人",
    Recipient.BUREAU_LEADER: "局分管领导",
}

Text = Annotated[str, Field(min_length=1, max_length=200)]
MeasuredValue = Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]
"""A measured concentration or a limit: a non-negative decimal (not money, not a policy measure)."""


class Alert(EcoregModel):
    """One automatic-monitoring alert."""

    id: Text
    enterprise: Text
    outlet: Text
    pollutant: Text
    kind: AlertKind
    start: Instant
    flag: DataFlag = DataFlag.N
    value: MeasuredValue | None = None
    limit: MeasuredValue | None = None


class EnterpriseContext(EcoregModel):
    """What routing needs to know about the enterprise."""

    enterprise: Text
    key_unit: bool = False
    """重点排污单位."""
    grade: Annotated[str, Field(pattern="^[ABCD]$")] | None = None
    colour: Annotated[str, Field(pattern="^(green|yellow|red)$")] | None = None
    sensitive_area: bool = False
    heavy_pollution_warning: bool = False
    """A heavy-pollution weather warning is in force where the enterprise is."""


class NoticeKind(StrEnum):
    """What a notice announces: work on monitoring equipment, or a stop."""

    MAINTENANCE = "maintenance"
    """维护: covers the alerts of its window when announced before it."""
    CALIBRATION = "calibration"
    """校准: covers the alerts of its window when announced before it."""
    STOP = "stop"
    """停运报告, a stop report: backs the stop marks (HJ 212 flag F) of its window when announced
    before it. It suppresses nothing by itself: data flagged otherwise in a reported stop is
    routed as sent."""


_NOTICE_ZH: Final = {
    NoticeKind.MAINTENANCE: "维护",
    NoticeKind.CALIBRATION: "校准",
    NoticeKind.STOP: "停运",
}


def _window(starts: dt.datetime, ends: dt.datetime, field: str) -> None:
    if ends <= starts:
        raise InvalidInputError(
            field=field, value=ends, allowed=f"an instant after starts ({starts})"
        )


class MaintenanceNotice(EcoregModel):
    """Maintenance, calibration or a stop, announced (outlet or pollutant ``None``: all).

    A notice counts when announced in advance (`in_advance`). A stop report (kind ``stop``,
    停运报告) backs the stop marks of its window where the policy requires one
    (``alerts.stop_requires_report``).
    """

    id: Text
    enterprise: Text
    outlet: Text | None = None
    pollutant: Text | None = None
    kind: NoticeKind
    starts: Instant
    ends: Instant
    announced_at: Instant

    @model_validator(mode="after")
    def _valid(self) -> MaintenanceNotice:
        _window(self.starts, self.ends, "ends")
        return self

    @property
    def in_advance(self) -> bool:
        """Whether the notice was announced before the window began."""
        return self.announced_at <= self.starts


class Exemption(EcoregModel):
    """An item of an exemption list (免责清单).

    These alert kinds, in this window, are not pursued.
    """

    id: Text
    enterprise: Text | None = None
    """``None``: every enterprise."""
    kinds: tuple[AlertKind, ...] = Field(min_length=1)
    starts: Instant
    ends: Instant
    reason_zh: Text
    reason_en: Text

    @model_validator(mode="after")
    def _valid(self) -> Exemption:
        _window(self.starts, self.ends, "ends")
        return self


class Escalation(EcoregModel):
    """Who is told next, and when, if nobody has answered."""

    at: Instant
    to: Recipient


class RoutedAlert(EcoregModel):
    """The routing of one alert."""

    alert_id: str
    suppressed: bool
    silenced_by: tuple[str, ...]
    """Why it is suppressed: rule ids and notice or exemption ids. Empty when not."""
    tier: Tier
    tier_cause: TierCause
    """Which clause of the tier rule set the tier."""
    tampering_signal: bool
    recipients: tuple[Recipient, ...]
    respond_by: Instant
    self_check_until: Instant | None = None
    escalations: tuple[Escalation, ...] = ()


def _instant(epoch: int) -> pendulum.DateTime:
    return pendulum.from_timestamp(epoch, tz=shanghai())
