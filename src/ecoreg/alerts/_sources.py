"""The sources the stop-mark rule cites: HJ 212's data flag F (停运) and the 2022 marking rule.

Neither text is in `ecoreg.law` (they are a technical standard and a ministry announcement, not
laws with articles ecoreg applies elsewhere), so the alert rules that read them cite them from
here, with what could and could not be confirmed in each citation's note. The same module holds
the values and notes of the two stop-mark defaults (`alerts.stop_kinds`,
`alerts.stop_requires_report`) that ecoreg's national defaults layer
(`ecoreg.jurisdictions.defaults`) publishes.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from ecoreg.core._citations import Citation, Instrument

__all__ = [
    "HJ212_2017",
    "MARKING_RULE",
    "MARKING_RULE_2022",
    "STOP_FLAG",
    "STOP_KINDS_DEFAULT",
    "STOP_KINDS_NOTE",
    "STOP_REPORT_NOTE",
]

HJ212_2017 = Instrument(
    id="cn.hj-212.2017",
    name_zh="污染物在线监控（监测）系统数据传输标准",
    name_en="Data transmission standard for online monitoring systems of pollutant",
    number="HJ 212-2017",
    issuer_zh="环境保护部",
    in_force=dt.date(2017, 5, 1),
)
"""HJ 212-2017, issued 2017-04-24, in force 2017-05-01 (the standard's cover page)."""

STOP_FLAG = Citation(
    instrument=HJ212_2017,
    quote_zh="F 在线监控（监测）仪器仪表停运",
    note="HJ 212-2017 §6.6.4 数据标记（可扩充）, Table 8 (表8 数据标记表), read second-hand as "
    "quoted in several open-source HJ 212 implementations: N 在线监控（监测）仪器仪表工作正常, "
    "F 在线监控（监测）仪器仪表停运, M 在线监控（监测）仪器仪表处于维护期间产生的数据, "
    "S 手工输入的设定值, D 在线监控（监测）仪器仪表故障, C 在线监控（监测）仪器仪表处于校准状态, "
    "T 在线监控（监测）仪器仪表采样数值超过测量上限, B 在线监控（监测）仪器仪表与数采仪通讯异常. "
    "The 2017 text says the monitoring instrument stopped; HJ/T 212-2005 read F as 排放源停运 "
    "(the emission source stopped), also second-hand. Either way a stop mark comes with zero, "
    "flat or missing readings. HJ 212-2025 (污染物自动监测监控系统数据传输技术要求, issued "
    "2025-06-06, in force 2026-01-01) is parsed with the same letters (docs/hj212.md); the "
    "wording of its flag table was not confirmed.",
)
"""What the data flag F means: 停运 (stopped), HJ 212-2017 Table 8."""

MARKING_RULE_2022 = Instrument(
    id="cn.mee-announcement-2022-21",
    name_zh="污染物排放自动监测设备标记规则",
    name_en="Marking rules for automatic monitoring equipment of pollutant discharge",
    number="生态环境部公告2022年第21号",
    issuer_zh="生态环境部",
    in_force=dt.date(2023, 1, 1),
)
"""The 2022 marking rule (设备标记规则): announced 2022-07-19, in force 2023-01-01."""

MARKING_RULE = Citation(
    instrument=MARKING_RULE_2022,
    note="Second-hand. The title, the number (2022年第21号公告), the date of publication "
    "(2022-07-19) and of application (2023-01-01, first in 生活垃圾焚烧发电、火力发电、水泥制造、"
    "造纸) are from a municipal implementing notice citing 环办执法函〔2022〕373号, and from the "
    "ministry's Q&A, reported as 标记为无效的自动监测数据，不作为超标判定依据, which says the "
    "marks are 为排除因自动监测设备故障、维护、调试等特定运行状况或者生产设施、污染防治设施启停机、"
    "故障等非正常运行工况造成数据异常情况. The rule's own articles were not available: which "
    "marks it defines, whether a stop mark must be reported first, and its article numbers are "
    "not confirmed, so no article is cited.",
)
"""The 2022 marking rule, as far as ecoreg could confirm it."""

STOP_KINDS_DEFAULT: Final = (
    "concentration_exceedance",
    "total_exceedance",
    "sudden_rise",
    "missing_data",
    "flat_data",
    "zero_data",
    "ratio_implausible",
)
"""The alert kinds a stop mark explains by ecoreg's national default (`alerts.stop_kinds`)."""

STOP_KINDS_NOTE: Final = (
    "ecoreg's default (no source lists alert kinds). A stopped source sends zero, flat or no "
    "readings, and its inlet and outlet both sit at zero or at the analyser's baseline (so the "
    "outlet is not below the inlet and the ratio does not move): zero_data, flat_data, "
    "missing_data and ratio_implausible are what a stop looks like, and the detectors already "
    "leave F points out for the same reason. A reading above a limit or a sudden rise is not "
    "what a stopped source sends, but data taken under a mark is not judged as an exceedance "
    "(the 2022 marking rule, second-hand); these are set aside too, and `stop_periods` counts "
    "them (value_alerts) as the first marks to verify. facility_abnormal is left out: the F "
    "flag marks the pollutant data, and says nothing about the treatment facility."
)
"""Why the default stop kinds are these."""

STOP_REPORT_NOTE: Final = (
    "ecoreg's default: no national text ecoreg could confirm requires a stop report (停运报告) "
    "before a stop mark (HJ 212 flag F) counts, and the 2022 marking rule's articles were not "
    "available. A jurisdiction that requires one sets alerts.stop_requires_report to true; "
    "stop_periods lists every marked period either way, with the reports that back it, for "
    "verification (e.g. against power data: a false stop mark, 虚报停产, is a known way to hide "
    "data)."
)
"""Why a stop mark needs no report by default."""
