"""The snapshot of alert routing: every rule of `route_alert` and `route_alerts`, at its edges.

Each scenario is one alert with the enterprise's context, notices and exemptions, routed
under one of three policies: the national defaults (clock hours), a local measure that
counts working time (08:30-17:30, a self-check window, a 30-minute grouping window, three
escalations), and one that turns announced work and exemptions off. Then all scenarios of
a policy are routed together as a batch, with a run of alerts at the grouping window's edge.

``tests/test_alerts_contract.py`` compares the decisions (outcome, every reason in Chinese
and English, facts, warnings) with ``tests/snapshots/alerts.jsonl``. After a deliberate
change, regenerate the file with ``python tests/alerts_snapshot.py`` and review the diff.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ecoreg import (
    Alert,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
    Policy,
    route_alert,
    route_alerts,
    standard_policy_book,
)
from policy_helpers import local_measure
from snapshot_check import document, line

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "alerts.jsonl"
DAY = dt.date(2026, 10, 9)  # a Friday, after the National Day holiday
BOOK = standard_policy_book()


def policies() -> dict[str, Policy]:
    """The three policies the scenarios run under."""
    working = local_measure(
        {
            "alerts.count_working_hours": True,
            "alerts.working_day_start_minute": 510,
            "alerts.working_day_end_minute": 1050,
            "alerts.self_check_hours": 2,
            "alerts.grouping_window_minutes": 30,
            "alerts.escalation_hours": [0, 12],
            "alerts.tier_response_hours": [72, 48, 8, 2],
        }
    )
    quiet = local_measure(
        {
            "alerts.suppress_announced_work": False,
            "alerts.exemptions_allowed": False,
            "alerts.invalid_flags": ["F", "D"],
            "alerts.tampering_kinds": ["flat_data"],
            "alerts.response_hours_other": 24,
        },
        jurisdiction="CN-SD",
    )
    return {
        "national": BOOK.resolve("CN", DAY),
        "working-time": BOOK.extend(working).resolve("CN-TJ", DAY),
        "quiet": BOOK.extend(quiet).resolve("CN-SD", DAY),
    }


def _at(clock: str, day: dt.date = DAY) -> str:
    return f"{day.isoformat()}T{clock}+08:00"


def _notice(
    nid: str, kind: str, starts: str, ends: str, *, announced: str = "07:00:00", **where: str
) -> MaintenanceNotice:
    return MaintenanceNotice.model_validate(
        {
            "id": nid,
            "enterprise": "E1",
            "kind": kind,
            "starts": _at(starts),
            "ends": _at(ends),
            "announced_at": _at(announced),
            **where,
        }
    )


def _exemption(xid: str, kinds: tuple[str, ...], starts: str, ends: str, **who: str) -> Exemption:
    return Exemption.model_validate(
        {
            "id": xid,
            "kinds": kinds,
            "starts": _at(starts),
            "ends": _at(ends),
            "reason_zh": "系统升级",
            "reason_en": "system upgrade",
            **who,
        }
    )


# (name, alert fields, context fields or None, notices, exemptions)
Scenario = tuple[str, dict[str, Any], dict[str, Any] | None, tuple[Any, ...], tuple[Any, ...]]


def scenarios() -> list[Scenario]:
    """One alert each, with what routing needs to know about it."""
    notice_m = _notice("N-M", "maintenance", "09:00:00", "11:00:00")
    notice_c_outlet = _notice("N-C", "calibration", "09:00:00", "11:00:00", outlet="DA001")
    notice_other_outlet = _notice("N-O", "calibration", "09:00:00", "11:00:00", outlet="DA002")
    notice_other_pollutant = _notice("N-P", "maintenance", "09:00:00", "11:00:00", pollutant="NOx")
    notice_late = _notice("N-L", "maintenance", "09:00:00", "11:00:00", announced="09:30:00")
    notice_ends_at_start = _notice("N-E", "maintenance", "08:00:00", "10:00:00")
    notice_starts_at_start = _notice("N-S", "maintenance", "10:00:00", "12:00:00")
    exempt_missing = _exemption("X-1", ("missing_data",), "00:00:00", "23:00:00")
    exempt_other = _exemption("X-2", ("missing_data",), "00:00:00", "23:00:00", enterprise="E2")
    exempt_ended = _exemption("X-3", ("missing_data",), "00:00:00", "10:00:00")
    base = {"enterprise": "E1", "outlet": "DA001", "pollutant": "SO2", "start": _at("10:00:00")}
    exceed = {**base, "kind": "concentration_exceedance", "value": "120", "limit": "100"}
    return [
        ("ordinary", exceed, None, (), ()),
        ("key unit", exceed, {"key_unit": True}, (), ()),
        ("sensitive area", exceed, {"sensitive_area": True}, (), ()),
        ("heavy-pollution warning", exceed, {"heavy_pollution_warning": True}, (), ()),
        (
            "key unit under a warning",
            exceed,
            {"key_unit": True, "heavy_pollution_warning": True},
            (),
            (),
        ),
        ("grade D", exceed, {"grade": "D"}, (), ()),
        ("red", exceed, {"colour": "red"}, (), ()),
        ("grade C yellow", exceed, {"grade": "C", "colour": "yellow"}, (), ()),
        ("flag F", {**exceed, "flag": "F"}, None, (), ()),
        ("flag D key unit", {**exceed, "flag": "D"}, {"key_unit": True}, (), ()),
        ("flag T", {**exceed, "flag": "T"}, None, (), ()),
        ("flag M announced", {**exceed, "flag": "M"}, None, (notice_m,), ()),
        ("flag M late notice", {**exceed, "flag": "M"}, None, (notice_late,), ()),
        ("flag M no notice", {**exceed, "flag": "M"}, None, (), ()),
        ("flag C outlet notice", {**exceed, "flag": "C"}, None, (notice_c_outlet,), ()),
        ("flag C other outlet", {**exceed, "flag": "C"}, None, (notice_other_outlet,), ()),
        ("flag M other pollutant", {**exceed, "flag": "M"}, None, (notice_other_pollutant,), ()),
        ("flag M notice ended", {**exceed, "flag": "M"}, None, (notice_ends_at_start,), ()),
        ("flag M notice begins", {**exceed, "flag": "M"}, None, (notice_starts_at_start,), ()),
        ("flag N in a window", exceed, None, (notice_m,), ()),
        ("flat data in a window", {**base, "kind": "flat_data"}, None, (notice_m,), ()),
        ("flat data", {**base, "kind": "flat_data", "flag": "F"}, None, (), ()),
        ("ratio", {**base, "kind": "ratio_implausible"}, {"key_unit": True}, (), ()),
        ("missing exempted", {**base, "kind": "missing_data"}, None, (), (exempt_missing,)),
        ("missing other firm", {**base, "kind": "missing_data"}, None, (), (exempt_other,)),
        ("missing exemption ended", {**base, "kind": "missing_data"}, None, (), (exempt_ended,)),
        ("missing flagged F", {**base, "kind": "missing_data", "flag": "F"}, None, (), ()),
        (
            "facility sensitive",
            {**base, "kind": "facility_abnormal"},
            {"sensitive_area": True},
            (),
            (),
        ),
        ("zero data", {**base, "kind": "zero_data"}, {"grade": "A"}, (), ()),
        ("rise red", {**base, "kind": "sudden_rise"}, {"colour": "red"}, (), ()),
        (
            "late afternoon key unit",
            {**exceed, "start": _at("16:45:30")},
            {"key_unit": True},
            (),
            (),
        ),
        ("early morning", {**exceed, "start": _at("07:10:00")}, {"key_unit": True}, (), ()),
        (
            "holiday",
            {**exceed, "start": _at("10:00:00", dt.date(2026, 10, 3))},
            {"key_unit": True},
            (),
            (),
        ),
    ]


def _window_run() -> list[Alert]:
    """Alerts of one key at the grouping window's edge (30 and 60 minutes)."""
    clocks = ("12:00:00", "12:30:00", "12:30:01", "13:00:00", "13:00:02", "13:30:02")
    return [
        Alert.model_validate(
            {
                "id": f"W{i}",
                "enterprise": "E9",
                "outlet": "DA009",
                "pollutant": "NOx",
                "kind": "concentration_exceedance",
                "start": _at(clock),
            }
        )
        for i, clock in enumerate(clocks)
    ]


def lines() -> list[str]:
    """One JSON line per decision, in a fixed order."""
    out = []
    for pname, policy in policies().items():
        alerts, contexts, notices, exemptions = [], {}, [], []
        for i, (name, fields, context, ns, xs) in enumerate(scenarios()):
            alert = Alert(id=f"A{i}", **{**fields, "enterprise": f"E{i}"})
            single = Alert(id=f"A{i}", **fields)
            ctx = EnterpriseContext(enterprise="E1", **context) if context is not None else None
            decision = route_alert(single, policy=policy, context=ctx, notices=ns, exemptions=xs)
            out.append(line(f"{pname}: {name}", {"decision": document(decision)}))
            alerts.append(alert)
            if context is not None:
                contexts[f"E{i}"] = EnterpriseContext(enterprise=f"E{i}", **context)
            notices += [n.model_copy(update={"enterprise": f"E{i}"}) for n in ns]
            exemptions += [
                x.model_copy(update={"enterprise": f"E{i}"}) if x.enterprise is None else x
                for x in xs
            ]
        alerts += _window_run()
        routing = route_alerts(
            alerts, policy=policy, contexts=contexts, notices=notices, exemptions=exemptions
        )
        rows = [
            {
                "alert": alert.id,
                "suppress": routing.silenced_by(row),
                "tier": int(routing.tier[row]),
                "respond_by": int(routing.respond_by[row]),
                "self_check_until": int(routing.self_check_until[row]),
                "tampering": bool(routing.tampering[row]),
                "incident": int(routing.incident[row]),
            }
            for row, alert in enumerate(alerts)
        ]
        incidents = [
            {
                "members": [alerts[m].id for m in inc.members],
                "key": [inc.enterprise, inc.outlet, inc.pollutant, inc.kind.value],
                "first_start": inc.first_start.isoformat(),
                "last_start": inc.last_start.isoformat(),
                "tier": inc.tier.value,
                "respond_by": inc.respond_by.isoformat(),
            }
            for inc in routing.incidents
        ]
        summary = routing.summary(_at("18:00:00"))
        out.append(
            line(
                f"{pname}: batch",
                {"rows": rows, "incidents": incidents, "summary": document(summary)},
            )
        )
    return out


if __name__ == "__main__":
    from snapshot_check import write

    write(SNAPSHOT, lines)
