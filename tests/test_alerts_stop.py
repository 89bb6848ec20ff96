"""A stopped plant is not a suspect (issue 23): the stop mark, HJ 212 flag F (停运).

Zero, flat or missing readings are what a stopped source sends. Under the default policy an alert
of those kinds on data flagged F is suppressed with a reason that the source marked a stop,
citing HJ 212 (F = 停运) and the 2022 marking rule, and flat data while stopped is no tampering
signal. A jurisdiction may require a stop report (停运报告, a notice of kind ``stop`` announced
before its window) before a stop mark counts. `stop_periods` lists the marked periods for a
platform to verify. Single and batch routing agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ecoreg import (
    Alert,
    AlertBatch,
    AlertKind,
    DataFlag,
    Decision,
    EnterpriseContext,
    MaintenanceNotice,
    NoticeKind,
    Policy,
    StopPeriods,
    Tier,
    route_alert,
    route_alerts,
    standard_policy_book,
    stop_periods,
)
from ecoreg.alerts._models import _FLAG_EN, _FLAG_ZH
from policy_helpers import local_measure

BOOK = standard_policy_book()
DAY = dt.date(2026, 10, 9)
CN = BOOK.resolve("CN", DAY)
REPORTED = BOOK.extend(local_measure({"alerts.stop_requires_report": True})).resolve("CN-TJ", DAY)
"""Tianjin (CN-TJ) under an illustrative local measure that requires a stop report."""
SUPPRESSING = {
    "alerts.invalid-flag",
    "alerts.maintenance",
    "alerts.calibration",
    "alerts.exemption",
    "alerts.stop-mark",
}


def _at(clock: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{DAY.isoformat()}T{clock}+08:00")


def alert(kind: str = "zero_data", flag: str = "F", **changes: Any) -> Alert:
    data: dict[str, Any] = {
        "id": "a1",
        "enterprise": "E1",
        "outlet": "DA001",
        "pollutant": "SO2",
        "kind": kind,
        "start": _at("10:00:00"),
        "flag": flag,
    }
    data.update(changes)
    return Alert.model_validate(data)


def stop_report(
    nid: str = "S-1",
    starts: str = "08:00:00",
    ends: str = "18:00:00",
    announced: str = "07:00:00",
    **where: str,
) -> MaintenanceNotice:
    return MaintenanceNotice.model_validate(
        {
            "id": nid,
            "enterprise": "E1",
            "kind": "stop",
            "starts": _at(starts),
            "ends": _at(ends),
            "announced_at": _at(announced),
            **where,
        }
    )


def _messages(d: Decision[Any]) -> str:
    return "\n".join(r.message_zh + "\n" + r.message_en for r in d.reasons)


# --- the default policy: a stop mark counts on its own ---------------------------------------


@pytest.mark.parametrize("kind", ["zero_data", "flat_data", "missing_data", "ratio_implausible"])
def test_what_a_stopped_source_sends_is_suppressed_with_the_stop_as_reason(kind: str) -> None:
    d = route_alert(alert(kind), policy=CN, context=EnterpriseContext(enterprise="E1"))
    assert d.outcome.suppressed
    assert d.outcome.silenced_by == ("alerts.invalid-flag", "alerts.stop-mark")
    assert not d.outcome.tampering_signal
    assert d.outcome.tier is Tier.LOW
    assert d.outcome.recipients == ()
    assert d.outcome.escalations == ()
    by_rule = {r.rule_id: r for r in d.reasons}
    assert {"alerts.stop-mark", "alerts.marking-rule", "alerts.invalid-flag"} <= set(by_rule)
    stop = by_rule["alerts.stop-mark"]
    assert "排污单位标记了停运" in stop.message_zh
    assert "the source marked a stop" in stop.message_en
    assert "no tampering signal" in stop.message_en
    assert stop.fact("flag") == "F"
    assert stop.citation is not None
    assert stop.citation.instrument.number == "HJ 212-2017"
    assert stop.citation.quote_zh == "F 在线监控（监测）仪器仪表停运"
    rule = by_rule["alerts.marking-rule"].citation
    assert rule is not None
    assert rule.instrument.name_zh == "污染物排放自动监测设备标记规则"
    assert rule.instrument.number == "生态环境部公告2022年第21号"
    assert rule.instrument.in_force == dt.date(2023, 1, 1)
    assert rule.note is not None
    assert "not confirmed" in rule.note
    # No report is required by default, and the reason says where that default comes from.
    report = by_rule["alerts.stop-report"]
    assert report.fact("required") is False
    assert report.citation is not None
    assert report.citation.instrument.id == "ecoreg.defaults"


def test_a_reading_above_the_limit_while_stopped_is_not_judged_but_flagged_for_verification() -> (
    None
):
    d = route_alert(alert("concentration_exceedance", value="500", limit="100"), policy=CN)
    assert d.outcome.suppressed
    assert "alerts.stop-mark" in d.outcome.silenced_by
    stop = next(r for r in d.reasons if r.rule_id == "alerts.stop-mark")
    assert "verify first" in stop.message_en
    assert "优先核实" in stop.message_zh


def test_a_reason_never_calls_the_stop_flag_invalid() -> None:
    for kind in AlertKind:
        for policy in (CN, REPORTED):
            d = route_alert(alert(kind.value), policy=policy, notices=[stop_report()])
            text = _messages(d)
            assert "invalid" not in text.lower(), text
            assert "无效" not in text, text
    summary = route_alerts([alert()], policy=CN).summary(_at("18:00:00"))
    assert "invalid" not in _messages(summary).lower()
    assert "无效" not in _messages(summary)


def test_flat_data_while_stopped_is_no_tampering_signal_in_a_batch_either() -> None:
    flat_f = alert("flat_data", id="f")
    flat_n = alert("flat_data", "N", id="n")
    routing = route_alerts([flat_f, flat_n], policy=CN)
    assert routing.tampering.tolist() == [False, True]
    assert routing.suppressed.tolist() == [True, False]
    assert routing.silenced_by(0) == ("alerts.invalid-flag", "alerts.stop-mark")
    summary = routing.summary(_at("18:00:00")).outcome
    assert summary.tampering_signals == 1
    assert dict(summary.suppressed_by_rule)["alerts.stop-mark"] == 1
    assert summary.incidents == 1
    rules = {r.rule_id for r in routing.policy_citations}
    assert {"alerts.stop-mark", "alerts.marking-rule", "alerts.stop-kinds"} <= rules


def test_a_facility_abnormality_is_not_explained_by_a_stop_mark() -> None:
    d = route_alert(alert("facility_abnormal"), policy=CN)
    assert not d.outcome.suppressed
    assert "alerts.stop-kind-not-covered" in d.rule_ids
    assert "alerts.stop-mark" not in d.rule_ids


def test_a_stop_report_suppresses_nothing_by_itself() -> None:
    # Data flagged N in a reported stop is routed as sent: a normal reading over the limit
    # contradicts the stop.
    d = route_alert(
        alert("concentration_exceedance", "N"), policy=REPORTED, notices=[stop_report()]
    )
    assert not d.outcome.suppressed
    assert not any(r.rule_id.startswith("alerts.stop") for r in d.reasons)


# --- a policy that requires a stop report -----------------------------------------------------


def test_a_reported_stop_counts_and_names_its_report() -> None:
    d = route_alert(alert("flat_data"), policy=REPORTED, notices=[stop_report()])
    assert d.outcome.suppressed
    assert d.outcome.silenced_by == ("alerts.invalid-flag", "alerts.stop-mark", "S-1")
    assert not d.outcome.tampering_signal
    report = next(r for r in d.reasons if r.rule_id == "alerts.stop-report")
    assert report.fact("required") is True
    assert report.fact("reports") == "S-1"
    assert "(a local measure of Tianjin)" in report.message_en
    assert "天津市地方规定" in report.message_zh


def test_an_unreported_stop_leaves_the_alert_standing() -> None:
    zero = route_alert(alert(), policy=REPORTED)
    assert not zero.outcome.suppressed
    assert zero.outcome.silenced_by == ()
    assert zero.outcome.recipients
    assert "alerts.stop-not-reported" in zero.rule_ids
    assert not SUPPRESSING & set(zero.rule_ids)
    unreported = next(r for r in zero.reasons if r.rule_id == "alerts.stop-not-reported")
    assert "the stop was not reported" in unreported.message_en
    assert "停运未报告" in unreported.message_zh
    # Flat data under an unreported stop mark is a tampering signal again.
    flat = route_alert(alert("flat_data"), policy=REPORTED)
    assert flat.outcome.tampering_signal
    assert flat.outcome.tier is Tier.CRITICAL
    assert {"alerts.stop-not-reported", "alerts.tampering"} <= set(flat.rule_ids)


def test_a_stop_report_announced_late_does_not_back_the_mark() -> None:
    late = stop_report(announced="08:30:00")
    d = route_alert(alert(), policy=REPORTED, notices=[late])
    assert not d.outcome.suppressed
    assert {"alerts.stop-report-late", "alerts.stop-not-reported"} <= set(d.rule_ids)
    late_reason = next(r for r in d.reasons if r.rule_id == "alerts.stop-report-late")
    assert late_reason.fact("notice") == "S-1"
    # Announced at the very start of its window is in time.
    on_time = route_alert(alert(), policy=REPORTED, notices=[stop_report(announced="08:00:00")])
    assert on_time.outcome.suppressed


@pytest.mark.parametrize(
    "notice",
    [
        stop_report(outlet="DA002"),
        stop_report(pollutant="NOx"),
        stop_report(starts="10:00:01"),
        stop_report(ends="10:00:00"),
        stop_report().model_copy(update={"enterprise": "E2"}),
        stop_report().model_copy(update={"kind": NoticeKind.MAINTENANCE}),
    ],
    ids=["other outlet", "other pollutant", "starts later", "ended", "other firm", "maintenance"],
)
def test_only_a_stop_report_covering_the_alert_backs_the_mark(notice: MaintenanceNotice) -> None:
    d = route_alert(alert(), policy=REPORTED, notices=[notice])
    if notice.kind is NoticeKind.MAINTENANCE:
        # Maintenance announced in advance covers the alert under its own rule, not as a stop.
        assert d.outcome.silenced_by == ("alerts.maintenance", "S-1")
        assert "alerts.stop-not-reported" in d.rule_ids
        return
    assert not d.outcome.suppressed
    assert "alerts.stop-not-reported" in d.rule_ids


def test_the_policy_chooses_which_kinds_a_stop_explains_and_whether_f_is_set_aside() -> None:
    only_zero = BOOK.extend(local_measure({"alerts.stop_kinds": ["zero_data"]})).resolve(
        "CN-TJ", DAY
    )
    flat = route_alert(alert("flat_data"), policy=only_zero)
    assert flat.outcome.tampering_signal
    kinds = next(r for r in flat.reasons if r.rule_id == "alerts.stop-kind-not-covered")
    assert "(a local measure of Tianjin)" in kinds.message_en
    assert route_alert(alert(), policy=only_zero).outcome.suppressed
    judged = BOOK.extend(local_measure({"alerts.invalid_flags": ["D"]})).resolve("CN-TJ", DAY)
    f_judged = route_alert(alert("flat_data"), policy=judged)
    assert f_judged.outcome.tampering_signal
    assert not any(r.rule_id.startswith("alerts.stop") for r in f_judged.reasons)
    assert route_alerts([alert("flat_data")], policy=judged).tampering.tolist() == [True]


# --- the flags by name ------------------------------------------------------------------------

NAMES = {
    "N": ("正常", "normal"),
    "F": ("停运", "stopped"),
    "M": ("维护", "maintenance"),
    "S": ("手工输入", "manual input"),
    "D": ("故障", "fault"),
    "C": ("校准", "calibration"),
    "T": ("超测量上限", "over range"),
    "B": ("通讯异常", "communication fault"),
}


def test_every_flag_has_its_name_in_both_languages() -> None:
    assert {f.value: (_FLAG_ZH[f], _FLAG_EN[f]) for f in DataFlag} == NAMES


@pytest.mark.parametrize("flag", ["F", "D", "B", "M"])
def test_reasons_name_the_flag_by_what_it_means(flag: str) -> None:
    d = route_alert(alert("concentration_exceedance", flag), policy=CN)
    zh, en = NAMES[flag]
    assert f"{flag}（{zh}）" in "".join(r.message_zh for r in d.reasons)
    assert f"{flag} ({en})" in "".join(r.message_en for r in d.reasons)


def test_the_batch_citations_name_each_flag_that_sets_data_aside() -> None:
    routing = route_alerts([alert()], policy=CN)
    reason = next(r for r in routing.policy_citations if r.rule_id == "alerts.invalid-flag")
    assert reason.message_zh.startswith(
        "标记为F（停运）、M（维护）、D（故障）、C（校准）、B（通讯异常）"
    )
    assert "F (stopped), M (maintenance), D (fault), C (calibration), B (communication fault)" in (
        reason.message_en
    )


# --- the stopped periods ----------------------------------------------------------------------


def _day() -> list[Alert]:
    """E1/DA001: stopped 01:00-03:00 (zero, then an exceedance), a normal reading at 04:00, and
    stopped again 05:00-06:00; E1/DA002 stopped at 09:00 and, after a gap, at 12:00; E2 normal."""
    rows = [
        ("a1", "E1", "DA001", "SO2", "zero_data", "01:00:00", "F"),
        ("a2", "E1", "DA001", "NOx", "flat_data", "02:00:00", "F"),
        ("a3", "E1", "DA001", "SO2", "concentration_exceedance", "03:00:00", "F"),
        ("a4", "E1", "DA001", "SO2", "concentration_exceedance", "04:00:00", "N"),
        ("a5", "E1", "DA001", "SO2", "zero_data", "05:00:00", "F"),
        ("a6", "E1", "DA001", "SO2", "missing_data", "06:00:00", "F"),
        ("b1", "E1", "DA002", "SO2", "zero_data", "09:00:00", "F"),
        ("b2", "E1", "DA002", "SO2", "zero_data", "12:00:00", "F"),
        ("c1", "E2", "DA001", "SO2", "zero_data", "09:00:00", "N"),
    ]
    return [
        Alert.model_validate(
            {
                "id": i,
                "enterprise": e,
                "outlet": o,
                "pollutant": p,
                "kind": k,
                "start": _at(t),
                "flag": f,
            }
        )
        for i, e, o, p, k, t, f in rows
    ]


def _view(listed: StopPeriods) -> list[tuple[Any, ...]]:
    return [
        (p.enterprise, p.outlet, p.starts.strftime("%H:%M"), p.ends.strftime("%H:%M"), p.alert_ids)
        for p in listed.periods
    ]


def test_stop_periods_are_listed_by_enterprise_outlet_and_start() -> None:
    d = stop_periods(_day(), policy=CN)
    listed = d.outcome
    assert _view(listed) == [
        ("E1", "DA001", "01:00", "03:00", ("a1", "a2", "a3")),
        ("E1", "DA001", "05:00", "06:00", ("a5", "a6")),
        ("E1", "DA002", "09:00", "09:00", ("b1",)),
        ("E1", "DA002", "12:00", "12:00", ("b2",)),
    ]
    first = listed.periods[0]
    assert first.pollutants == ("NOx", "SO2")
    assert first.kinds == (
        AlertKind.CONCENTRATION_EXCEEDANCE,
        AlertKind.FLAT_DATA,
        AlertKind.ZERO_DATA,
    )
    assert first.value_alerts == 1
    assert (first.backed, first.counts, first.reports, first.reported_alerts) == (
        False,
        True,
        (),
        0,
    )
    assert (listed.marked_alerts, listed.unbacked_periods, listed.report_required) == (
        7,
        4,
        False,
    )
    assert d.decided_on == DAY
    assert d.jurisdiction == "CN"
    assert {"alerts.stop-periods", "alerts.stop-mark", "alerts.marking-rule"} <= set(d.rule_ids)
    assert all(r.citation is not None for r in d.reasons)
    assert Decision[StopPeriods].from_json(d.to_json()) == d


def test_stop_periods_say_which_reports_back_them_and_whether_the_mark_counts() -> None:
    notices = [
        stop_report("S-1", "00:30:00", "03:30:00", announced="00:00:00", outlet="DA001"),
        stop_report("S-2", "05:30:00", "07:00:00", announced="05:00:00", outlet="DA001"),
        stop_report("S-3", "08:00:00", "13:00:00", announced="09:30:00", outlet="DA002"),
    ]
    listed = stop_periods(_day(), policy=REPORTED, notices=notices).outcome
    summary = [
        (p.reports, p.late_reports, p.reported_alerts, p.backed, p.counts) for p in listed.periods
    ]
    assert summary == [
        (("S-1",), (), 3, True, True),
        (("S-2",), (), 1, False, False),  # 05:00 is before S-2's window
        ((), ("S-3",), 0, False, False),  # announced after its window began
        ((), ("S-3",), 0, False, False),
    ]
    assert listed.report_required
    assert listed.unbacked_periods == 3
    # The routing agrees alert by alert: a mark counts where the period's alert is backed.
    routing = route_alerts(_day(), policy=REPORTED, notices=notices)
    stopped = {
        routing.batch.ids[i]
        for i in range(len(routing.batch))
        if "alerts.stop-mark" in routing.silenced_by(i)
    }
    assert stopped == {"a1", "a2", "a3", "a6"}


def test_stop_periods_read_alerts_batches_and_routings_alike_in_any_order() -> None:
    alerts = _day()
    expected = stop_periods(alerts, policy=CN).outcome
    assert stop_periods(AlertBatch.from_alerts(alerts), policy=CN).outcome == expected
    assert stop_periods(route_alerts(alerts, policy=CN), policy=CN).outcome == expected
    shuffled = [alerts[i] for i in (4, 8, 0, 6, 2, 7, 1, 5, 3)]
    assert stop_periods(shuffled, policy=CN).outcome == expected
    assert stop_periods([], policy=CN).outcome.periods == ()


def test_an_alert_flagged_otherwise_at_the_same_instant_ends_the_period_after_it() -> None:
    alerts = [
        alert(id="f1", start=_at("01:00:00")),
        alert(id="n", flag="N", start=_at("01:30:00")),
        alert(id="f2", start=_at("01:30:00")),
        alert(id="f3", start=_at("02:00:00")),
    ]
    assert [p.alert_ids for p in stop_periods(alerts, policy=CN).outcome.periods] == [
        ("f1", "f2"),
        ("f3",),
    ]


# --- single and batch routing agree on F data -------------------------------------------------

_BASE = _at("00:00:00")


def _minutes(n: int) -> dt.datetime:
    return _BASE + dt.timedelta(minutes=n)


@st.composite
def stopped_days(draw: st.DrawFn) -> tuple[list[Alert], list[MaintenanceNotice]]:
    n = draw(st.integers(1, 25))
    alerts = [
        Alert.model_validate(
            {
                "id": f"a{i}",
                "enterprise": draw(st.sampled_from(["E0", "E1"])),
                "outlet": draw(st.sampled_from(["DA001", "DA002"])),
                "pollutant": draw(st.sampled_from(["SO2", "NOx"])),
                "kind": draw(st.sampled_from(list(AlertKind))),
                "start": _minutes(draw(st.integers(0, 1439))),
                "flag": draw(st.sampled_from(["F", "F", "F", "N", "M", "D"])),
            }
        )
        for i in range(n)
    ]
    notices = []
    for j in range(draw(st.integers(0, 3))):
        starts = _minutes(draw(st.integers(0, 1400)))
        ends = starts + dt.timedelta(minutes=draw(st.integers(1, 600)))
        notices.append(
            MaintenanceNotice.model_validate(
                {
                    "id": f"n{j}",
                    "enterprise": draw(st.sampled_from(["E0", "E1"])),
                    "outlet": draw(st.sampled_from([None, "DA001"])),
                    "kind": draw(st.sampled_from(["stop", "stop", "maintenance"])),
                    "starts": starts,
                    "ends": ends,
                    "announced_at": starts
                    + dt.timedelta(seconds=draw(st.sampled_from([-3600, 0, 60]))),
                }
            )
        )
    return alerts, notices


def _policies() -> dict[str, Policy]:
    return {"default": CN, "report required": REPORTED}


@settings(max_examples=60)
@given(stopped_days(), st.sampled_from(sorted(_policies())))
def test_single_and_batch_routing_agree_on_stop_marks(
    day: tuple[list[Alert], list[MaintenanceNotice]], which: str
) -> None:
    alerts, notices = day
    policy = _policies()[which]
    contexts = [EnterpriseContext(enterprise="E0", key_unit=True)]
    routing = route_alerts(alerts, policy=policy, contexts=contexts, notices=notices)
    listed = stop_periods(routing, policy=policy, notices=notices).outcome
    counted = {i for p in listed.periods if p.counts for i in p.alert_ids}
    for row, item in enumerate(alerts):
        one = route_alert(
            item,
            policy=policy,
            context=contexts[0] if item.enterprise == "E0" else None,
            notices=notices,
        )
        out = one.outcome
        assert out.suppressed == bool(routing.suppressed[row])
        assert set(routing.silenced_by(row)) <= set(out.silenced_by)
        assert out.tampering_signal == bool(routing.tampering[row])
        assert list(Tier).index(out.tier) == int(routing.tier[row])
        assert int(out.respond_by.timestamp()) == int(routing.respond_by[row])
        fired = set(one.rule_ids)
        assert out.suppressed is bool(fired & SUPPRESSING)
        assert set(out.silenced_by) - {n.id for n in notices} <= fired
        stopped = "alerts.stop-mark" in out.silenced_by
        if item.flag is DataFlag.F and item.kind is not AlertKind.FACILITY_ABNORMAL:
            # A mark that counts for its whole period counts for each of the period's alerts,
            # and under the default policy every stop mark counts.
            assert stopped or item.id not in counted
            assert stopped or which != "default"
            text = _messages(one)
            assert "无效" not in text
            assert "invalid" not in text.lower()
        else:
            assert not stopped
    assert int(np.count_nonzero(routing.suppress & 16)) == sum(
        "alerts.stop-mark" in routing.silenced_by(r) for r in range(len(alerts))
    )
