"""`route_alert`: one alert routed by the same core and explained rule by rule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.alerts._columns import (
    _SELF_SET_FLAGS,
    _SUPPRESS_CALIBRATION,
    _SUPPRESS_EXEMPTION,
    _SUPPRESS_INVALID,
    _SUPPRESS_MAINTENANCE,
    _SUPPRESS_STOP,
    TIER_RULE,
    AlertBatch,
    _route,
    _Settings,
)
from ecoreg.alerts._models import (
    _CAUSE_ZH,
    _CAUSES,
    _ESCALATION_CHAIN,
    _FLAG_CODE,
    _KIND_ZH,
    _NOTICE_ZH,
    _RECIPIENT_ZH,
    _TIER_ZH,
    _TIERS,
    Alert,
    EnterpriseContext,
    Escalation,
    Exemption,
    MaintenanceNotice,
    NoticeKind,
    Recipient,
    RoutedAlert,
    _flag_en,
    _flag_zh,
    _instant,
)
from ecoreg.alerts._stop_rule import alert_reasons
from ecoreg.core._boundary import check_public
from ecoreg.core._calendar import (
    WorkingCalendar,
    china_calendar,
    provisional_notice,
)
from ecoreg.core._decision import Decision, Reason, facts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ecoreg.core._policy import Policy

__all__ = ["route_alert"]


def route_alert(  # noqa: C901 - one branch per documented rule, each explained
    alert: Alert,
    *,
    policy: Policy,
    context: EnterpriseContext | None = None,
    notices: Sequence[MaintenanceNotice] = (),
    exemptions: Sequence[Exemption] = (),
    calendar: WorkingCalendar | None = None,
) -> Decision[RoutedAlert]:
    """Route one alert and explain every rule that applied.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-10-01")
        >>> alert = Alert(
        ...     id="a1",
        ...     enterprise="E1",
        ...     outlet="DA001",
        ...     pollutant="SO2",
        ...     kind="concentration_exceedance",
        ...     start="2026-10-01T09:00:00+08:00",
        ... )
        >>> d = route_alert(
        ...     alert, policy=policy, context=EnterpriseContext(enterprise="E1", key_unit=True)
        ... )
        >>> d.outcome.respond_by.isoformat()
        '2026-10-01T13:00:00+08:00'
    """
    cal = calendar or china_calendar()
    settings = _Settings.of(policy)
    batch = AlertBatch.from_alerts([alert])
    contexts = {context.enterprise: context} if context is not None else {}
    routed = _route(batch, contexts, notices, exemptions, settings, cal)
    bits = int(routed.suppress[0])
    tier = _TIERS[int(routed.tier[0])]
    cause = _CAUSES[int(routed.tier_cause[0])]
    tampering = bool(routed.tampering[0])
    respond_by = _instant(int(routed.respond_by[0]))
    key_unit = bool(context and context.key_unit)
    reasons: list[Reason] = []

    def cite(key: str, rule: str, zh: str, en: str, **used: object) -> None:
        reasons.append(policy.reason(key, rule, zh, en, **used))

    silenced = _set_aside(alert, batch, bits, reasons, policy, settings, notices)
    for notice in notices if settings.announced_work else ():
        if notice.kind is NoticeKind.STOP or not _covers(notice, alert):
            continue
        if not notice.in_advance:
            cite(
                "alerts.suppress_announced_work",
                "alerts.notice-late",
                f"{notice.id}号通知晚于{_NOTICE_ZH[notice.kind]}时段开始才报备，不能依据该通知"
                "过滤预警。",
                f"Notice {notice.id} was announced after its window began, so it is no ground "
                "for suppressing the alert.",
                notice=notice.id,
            )
            continue
        if tampering:
            cite(
                "alerts.tampering_kinds",
                "alerts.tampering",
                f"疑似篡改信号（{_KIND_ZH[alert.kind]}）一律不予过滤，即使处于{notice.id}号报备时段内。",
                f"A tampering signal ({alert.kind.value.replace('_', ' ')}) is never suppressed, "
                f"even within announced window {notice.id}.",
                notice=notice.id,
                kind=alert.kind,
            )
            continue
        rule = (
            "alerts.maintenance" if notice.kind is NoticeKind.MAINTENANCE else "alerts.calibration"
        )
        silenced.extend([rule, notice.id])
        cite(
            "alerts.suppress_announced_work",
            rule,
            f"预警处于事先报备的{_NOTICE_ZH[notice.kind]}时段"
            f"（{notice.id}：{notice.starts.isoformat()}至{notice.ends.isoformat()}）内，予以过滤。",
            f"The alert falls in the {notice.kind.value} window announced in advance "
            f"({notice.id}: {notice.starts.isoformat()} to {notice.ends.isoformat()}); suppressed.",
            notice=notice.id,
        )
    announced = bits & (_SUPPRESS_MAINTENANCE | _SUPPRESS_CALIBRATION)
    if _FLAG_CODE[alert.flag] in _SELF_SET_FLAGS and not announced and not tampering:
        cite(
            "alerts.suppress_announced_work",
            "alerts.flag-not-announced",
            f"数据标记为{_flag_zh(alert.flag)}，但没有事先报备的维护或校准通知覆盖该时段，"
            "标记不作为过滤依据。",
            f"The data is flagged {_flag_en(alert.flag)} but no notice announced in advance "
            "covers it, so the flag is no ground for suppressing the alert.",
            flag=alert.flag,
        )
    for item in exemptions:
        if bits & _SUPPRESS_EXEMPTION and _exempts(item, alert):
            silenced.extend(["alerts.exemption", item.id])
            cite(
                "alerts.exemptions_allowed",
                "alerts.exemption",
                f"属于免责清单事项{item.id}：{item.reason_zh}，予以过滤。",
                f"Exemption-list item {item.id}: {item.reason_en}; suppressed.",
                exemption=item.id,
            )
    if tampering and not any(r.rule_id == "alerts.tampering" for r in reasons):
        cite(
            "alerts.tampering_kinds",
            "alerts.tampering",
            f"疑似篡改信号（{_KIND_ZH[alert.kind]}）一律不予过滤。",
            f"A tampering signal ({alert.kind.value.replace('_', ' ')}) is never suppressed.",
            kind=alert.kind,
        )
    reasons.append(
        Reason(
            rule_id=f"alerts.tier.{cause.value}",
            citation=TIER_RULE,
            message_zh=f"风险等级{_TIER_ZH[tier]}：{_CAUSE_ZH[cause]}（ecoreg默认分级规则）。",
            message_en=f"Tier {tier.value}: {cause.value.replace('_', ' ')} (ecoreg's default "
            "tier rule).",
            facts=facts(tier=tier, cause=cause, key_unit=key_unit, kind=alert.kind),
        )
    )
    unit_key = "alerts.response_hours_key_unit" if key_unit else "alerts.response_hours_other"
    hours = settings.key_hours if key_unit else settings.other_hours
    tier_hours = settings.tier_hours[_TIERS.index(tier)]
    counting_zh = "按工作时间" if settings.working_time else "按自然小时"
    counting_en = "working hours" if settings.working_time else "clock hours"
    cite(
        unit_key,
        "alerts.deadline",
        f"{'重点排污单位' if key_unit else '一般企业'}，风险等级{_TIER_ZH[tier]}，自预警开始"
        f"（{alert.start.isoformat()}）起{min(hours, tier_hours)}小时内（{counting_zh}）反馈，"
        f"即{respond_by.isoformat()}前。",
        f"{'Key pollutant discharge unit' if key_unit else 'Ordinary enterprise'}, tier "
        f"{tier.value}: answer within {min(hours, tier_hours)} {counting_en} of the alert's start "
        f"({alert.start.isoformat()}), by {respond_by.isoformat()}.",
        key_unit=key_unit,
        tier=tier,
        unit_hours=hours,
        tier_hours=tier_hours,
        respond_by=respond_by,
    )
    suppressed = bits != 0
    self_check = int(routed.self_check_until[0])
    escalations = (
        ()
        if suppressed
        else tuple(
            Escalation(at=respond_by.add(hours=h), to=to)
            for h, to in zip(settings.escalation_hours, _ESCALATION_CHAIN, strict=False)
        )
    )
    if escalations:
        cite(
            "alerts.escalation_hours",
            "alerts.escalation",
            "逾期未反馈的，依次报告"
            + "、".join(f"{_RECIPIENT_ZH[e.to]}（{e.at.isoformat()}）" for e in escalations)
            + "。",
            "If nobody answers: "
            + ", then ".join(f"{e.to.value} at {e.at.isoformat()}" for e in escalations)
            + ".",
        )
    return Decision[RoutedAlert](
        outcome=RoutedAlert(
            alert_id=alert.id,
            suppressed=suppressed,
            silenced_by=tuple(silenced),
            tier=tier,
            tier_cause=cause,
            tampering_signal=tampering,
            recipients=()
            if suppressed
            else (Recipient.ENTERPRISE_MANAGER, Recipient.OFFICER_ON_DUTY),
            respond_by=respond_by,
            self_check_until=_instant(self_check) if self_check >= 0 and not suppressed else None,
            escalations=escalations,
        ),
        decided_on=alert.start.date(),
        jurisdiction=policy.jurisdiction.code,
        reasons=tuple(reasons),
        warnings=provisional_notice(routed.provisional),
    )


def _set_aside(
    alert: Alert,
    batch: AlertBatch,
    bits: int,
    reasons: list[Reason],
    policy: Policy,
    settings: _Settings,
    notices: Sequence[MaintenanceNotice],
) -> list[str]:
    """Explain a stop mark or a flag that sets the data aside; return what silenced the alert."""
    stopped = bool(bits & _SUPPRESS_STOP)
    stop_reasons, reports = alert_reasons(
        alert, batch, counted=stopped, policy=policy, settings=settings, notices=notices
    )
    reasons.extend(stop_reasons)
    if stopped:
        return ["alerts.invalid-flag", "alerts.stop-mark", *reports]
    if not bits & _SUPPRESS_INVALID:
        return []
    reasons.append(
        policy.reason(
            "alerts.invalid_flags",
            "alerts.invalid-flag",
            f"数据标记为{_flag_zh(alert.flag)}，该标记的数据不用于判定{_KIND_ZH[alert.kind]}，"
            "预警予以过滤。",
            f"The data is flagged {_flag_en(alert.flag)}: data with this flag is not judged as "
            f"{alert.kind.value.replace('_', ' ')}; the alert is suppressed.",
            flag=alert.flag,
        )
    )
    return ["alerts.invalid-flag"]


def _covers(notice: MaintenanceNotice, alert: Alert) -> bool:
    return (
        notice.enterprise == alert.enterprise
        and (notice.outlet is None or notice.outlet == alert.outlet)
        and (notice.pollutant is None or notice.pollutant == alert.pollutant)
        and notice.starts <= alert.start < notice.ends
    )


def _exempts(item: Exemption, alert: Alert) -> bool:
    return (
        (item.enterprise is None or item.enterprise == alert.enterprise)
        and alert.kind in item.kinds
        and item.starts <= alert.start < item.ends
    )


check_public(globals(), ("route_alert",))
