"""The stop mark (HJ 212 flag F, 停运) explained: the reasons of one alert and of a batch.

The columns core (`ecoreg.alerts._columns._route`) decides; this module words the decision,
citing HJ 212 for what F means, the 2022 marking rule for what a mark is for, and the policy (``alerts.stop_kinds``,
``alerts.stop_requires_report``) for which kinds a
stop explains and whether a stop report (停运报告) must back it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.alerts._columns import _stop_reports
from ecoreg.alerts._models import (
    _KIND_CODE,
    _KIND_ZH,
    _KINDS,
    _VALUE_KINDS,
    DataFlag,
    _flag_en,
    _flag_zh,
)
from ecoreg.alerts._sources import MARKING_RULE, STOP_FLAG
from ecoreg.core._decision import Reason, facts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.alerts._columns import AlertBatch, _Settings
    from ecoreg.alerts._models import Alert, AlertKind, MaintenanceNotice
    from ecoreg.core._policy import Policy

__all__: list[str] = []

_F = DataFlag.F


def _kind_en(kind: AlertKind) -> str:
    return kind.value.replace("_", " ")


def stop_mark(zh: str, en: str, **used: object) -> Reason:
    """What the flag F means, citing HJ 212 (`STOP_FLAG`)."""
    return Reason(
        rule_id="alerts.stop-mark",
        citation=STOP_FLAG,
        message_zh=zh,
        message_en=en,
        facts=facts(used, flag=_F),
    )


_MARKED_ZH = f"数据标记为{_flag_zh(_F)}：排污单位标记了停运。"
_MARKED_EN = f"The data is flagged {_flag_en(_F)}: the source marked a stop. "


def marking_rule() -> Reason:
    """What a mark is for, citing the 2022 marking rule (`MARKING_RULE`)."""
    return Reason(
        rule_id="alerts.marking-rule",
        citation=MARKING_RULE,
        message_zh="《污染物排放自动监测设备标记规则》（生态环境部公告2022年第21号）由排污单位标记"
        "生产设施、污染防治设施启停机等非正常运行工况，以排除由此造成的数据异常；ecoreg 据此"
        "对待停运标记。",
        message_en="Under the 2022 marking rule (《污染物排放自动监测设备标记规则》, MEE "
        "announcement No. 21 of 2022), the source marks abnormal operating states, such as a "
        "production or treatment facility's start-up and shutdown, so that the data anomalies "
        "they cause are set apart; ecoreg reads a stop mark this way.",
    )


def report_reason(policy: Policy, rule: str, zh: str, en: str, **used: object) -> Reason:
    """A reason citing the measure that sets ``alerts.stop_requires_report``."""
    return policy.reason("alerts.stop_requires_report", rule, zh, en, **used)


def alert_reasons(
    alert: Alert,
    batch: AlertBatch,
    *,
    counted: bool,
    policy: Policy,
    settings: _Settings,
    notices: Sequence[MaintenanceNotice],
) -> tuple[list[Reason], list[str]]:
    """The reasons about the stop mark of one alert, and the stop reports that back it.

    ``batch`` is the alert as a one-row batch (the rows the core routed), ``counted`` whether
    the core found that the stop mark explains it.
    """
    if alert.flag is not _F or not settings.stop_marks:
        return [], []
    kind_zh, kind_en = _KIND_ZH[alert.kind], _kind_en(alert.kind)
    if _KIND_CODE[alert.kind] not in settings.stop_kinds:
        reason = policy.reason(
            "alerts.stop_kinds",
            "alerts.stop-kind-not-covered",
            f"数据标记为{_flag_zh(_F)}，但停运标记不能解释{kind_zh}，预警照常处理。",
            f"The data is flagged {_flag_en(_F)}, but a stop mark does not explain {kind_en}; "
            "the alert is routed as sent.",
            flag=_F,
            kind=alert.kind,
        )
        return [reason], []
    backing = [n.id for n, _ in _stop_reports(batch, notices, in_time=True)]
    if not counted:
        reasons = [
            report_reason(
                policy,
                "alerts.stop-report-late",
                f"停运报告{n.id}晚于停运时段开始才报备，不能作为停运标记的依据。",
                f"Stop report {n.id} was announced after its window began, so it does not back "
                "the stop mark.",
                notice=n.id,
            )
            for n, _ in _stop_reports(batch, notices, in_time=False)
        ]
        reasons.append(
            report_reason(
                policy,
                "alerts.stop-not-reported",
                f"数据标记为{_flag_zh(_F)}，但本政策要求停运报告，没有事先报备的停运报告覆盖该"
                "时段：停运未报告，停运标记不作为过滤依据，预警照常处理。",
                f"The data is flagged {_flag_en(_F)}, but this policy requires a stop report and "
                "none announced in advance covers the alert: the stop was not reported, so the "
                "mark is no ground for suppressing it and the alert is routed as unmarked.",
                flag=_F,
                required=True,
            )
        )
        return reasons, []
    if alert.kind in _VALUE_KINDS:
        zh = (
            f"停运标记期间的数据不用于判定{kind_zh}，预警予以过滤；停运的污染源不应有超限读数，"
            "该停运时段应优先核实。"
        )
        en = (
            f"Data under a stop mark is not judged as {kind_en}, and the alert is suppressed; a "
            "stopped source sends no readings above a limit, so this stop is one to verify first."
        )
    else:
        zh = (
            "停运时数据为零、恒定或缺失（进出口浓度比不变）是停运的正常表现，不作为疑似篡改信号，"
            "预警予以过滤。"
        )
        en = (
            "Zero, flat or missing readings (and an inlet/outlet ratio that does not move) are "
            "what a stopped source sends: they raise no tampering signal, and the alert is "
            "suppressed."
        )
    reasons = [
        stop_mark(_MARKED_ZH + zh, _MARKED_EN + en, kind=alert.kind),
        marking_rule(),
        policy.reason(
            "alerts.invalid_flags",
            "alerts.invalid-flag",
            f"依政策，标记为{_flag_zh(_F)}的数据不用于判定{kind_zh}。",
            f"Under the policy, data flagged {_flag_en(_F)} is not judged as {kind_en}.",
            flag=_F,
        ),
    ]
    if settings.stop_requires_report:
        shown = "、".join(backing)
        reasons.append(
            report_reason(
                policy,
                "alerts.stop-report",
                f"本政策要求停运报告：停运报告{shown}事先报备并覆盖该时段，停运标记作为过滤依据。",
                f"This policy requires a stop report: stop report {', '.join(backing)}, "
                "announced in advance, covers the alert, so the stop mark counts.",
                reports=backing,
                required=True,
            )
        )
        return reasons, backing
    reasons.append(
        report_reason(
            policy,
            "alerts.stop-report",
            "本政策不要求停运报告：停运标记本身即作为过滤依据。",
            "This policy requires no stop report: the stop mark counts on its own.",
            required=False,
        )
    )
    return reasons, []


def batch_reasons(policy: Policy, settings: _Settings) -> tuple[Reason, ...]:
    """The stop-mark rules a batch was routed under, with their sources."""
    if not settings.stop_marks:
        return ()
    kinds = [_KINDS[k].value for k in sorted(settings.stop_kinds)]
    kinds_zh = "、".join(_KIND_ZH[_KINDS[k]] for k in sorted(settings.stop_kinds))
    required = settings.stop_requires_report
    return (
        stop_mark(
            f"标记为{_flag_zh(_F)}的数据是排污单位标记的停运：停运时数据为零、恒定或缺失是停运的"
            "正常表现。",
            f"Data flagged {_flag_en(_F)} is a stop the source marked: zero, flat or missing "
            "readings are what a stopped source sends.",
        ),
        marking_rule(),
        policy.reason(
            "alerts.stop_kinds",
            "alerts.stop-kinds",
            f"标记为{_flag_zh(_F)}的数据上，以下类型的预警予以过滤，不作为疑似篡改信号：{kinds_zh}。",
            f"On data flagged {_flag_en(_F)}, alerts of these kinds are suppressed and raise no "
            f"tampering signal: {', '.join(kinds)}.",
            kinds=kinds,
        ),
        report_reason(
            policy,
            "alerts.stop-report",
            "停运标记须有事先报备的停运报告覆盖才作为过滤依据。"
            if required
            else "本政策不要求停运报告：停运标记本身即作为过滤依据。",
            "A stop mark counts only where a stop report announced in advance covers it."
            if required
            else "This policy requires no stop report: the stop mark counts on its own.",
            required=required,
        ),
    )
