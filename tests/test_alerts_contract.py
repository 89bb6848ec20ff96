"""Alert routing's contract: every rule's reason, deadline and edge, pinned.

`test_alerts.py` shows routing does what the seeds describe; this file pins what an embedding
system relies on beyond that: the reasons word for word in both languages (the snapshot),
deadlines counted to the second, and policy data that would break a documented bound refused
when it is loaded. Written against the surviving mutants of ``make mutation MODULE=_alerts``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import alerts_snapshot
from ecoreg import Alert, EnterpriseContext, route_alert, route_alerts
from ecoreg.exceptions import InvalidInputError, PolicyDataError
from policy_helpers import local_measure
from snapshot_check import changed_cases

POLICIES = alerts_snapshot.policies()
KEY = EnterpriseContext(enterprise="E1", key_unit=True)


def _alert(start: str, **fields: str) -> Alert:
    data = {
        "id": "a",
        "enterprise": "E1",
        "outlet": "DA001",
        "pollutant": "SO2",
        "kind": "concentration_exceedance",
        "start": start,
        **fields,
    }
    return Alert.model_validate(data)


def test_routing_matches_the_reviewed_snapshot() -> None:
    changed = changed_cases(alerts_snapshot.SNAPSHOT, alerts_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/alerts_snapshot.py: {changed}"


def test_working_time_is_counted_to_the_second() -> None:
    # 16:45:30 on Friday 2026-10-09, a working day of 08:30-17:30: 44.5 minutes that day, then
    # Saturday 2026-10-10 (a make-up working day) from 08:30 for the other 3 h 15.5 min.
    d = route_alert(
        _alert("2026-10-09T16:45:30+08:00"), policy=POLICIES["working-time"], context=KEY
    )
    assert d.outcome.respond_by.isoformat() == "2026-10-10T11:45:30+08:00"
    # The self-check window runs in clock hours and never past the deadline.
    assert d.outcome.self_check_until is not None
    assert d.outcome.self_check_until.isoformat() == "2026-10-09T18:45:30+08:00"
    # Before the working day starts, counting begins at its start.
    early = route_alert(
        _alert("2026-10-09T07:10:59+08:00"), policy=POLICIES["working-time"], context=KEY
    )
    assert early.outcome.respond_by.isoformat() == "2026-10-09T12:30:00+08:00"


def test_a_deadline_exactly_at_the_end_of_the_working_day_stays_on_that_day() -> None:
    d = route_alert(
        _alert("2026-10-09T13:30:00+08:00"), policy=POLICIES["working-time"], context=KEY
    )
    assert d.outcome.respond_by.isoformat() == "2026-10-09T17:30:00+08:00"
    later = route_alert(
        _alert("2026-10-09T13:30:01+08:00"), policy=POLICIES["working-time"], context=KEY
    )
    assert later.outcome.respond_by.isoformat() == "2026-10-10T08:30:01+08:00"


def test_the_grouping_window_includes_its_last_second() -> None:
    alerts = [
        _alert(start, id=f"w{i}")
        for i, start in enumerate(
            ("2026-10-09T12:00:00+08:00", "2026-10-09T13:00:00+08:00", "2026-10-09T13:00:01+08:00")
        )
    ]
    routing = route_alerts(alerts, policy=POLICIES["national"])
    assert routing.incident.tolist() == [0, 0, 1]
    assert [i.count for i in routing.incidents] == [2, 1]


@pytest.mark.parametrize(
    ("parameters", "field", "allowed"),
    [
        (
            {"alerts.escalation_hours": [24, 0]},
            "alerts.escalation_hours",
            (
                "hours in the chain's order, each at least the one before (the section chief is "
                "told no later than the bureau leader)"
            ),
        ),
        (
            {"alerts.tier_response_hours": [4, 8, 24, 48]},
            "alerts.tier_response_hours",
            (
                "hours for low, medium, high and critical, each at most the one before (a higher "
                "tier never answers later)"
            ),
        ),
        (
            {"alerts.escalation_hours": [0, 12, 36]},
            "parameters.alerts.escalation_hours.value",
            "a list of whole numbers, each at least 0, each at most 720, 0 to 2 items",
        ),
    ],
)
def test_policy_data_that_breaks_a_routing_bound_is_refused(
    parameters: dict[str, object], field: str, allowed: str
) -> None:
    with pytest.raises(PolicyDataError) as info:
        alerts_snapshot.BOOK.extend(local_measure(parameters)).resolve("CN-TJ", alerts_snapshot.DAY)
    assert (info.value.field, info.value.allowed) == (field, allowed)


def test_equal_hours_in_order_are_allowed() -> None:
    policy = alerts_snapshot.BOOK.extend(
        local_measure(
            {"alerts.escalation_hours": [6, 6], "alerts.tier_response_hours": [8, 8, 8, 8]}
        )
    ).resolve("CN-TJ", alerts_snapshot.DAY)
    d = route_alert(_alert("2026-10-09T10:00:00+08:00"), policy=policy)
    # Medium tier: the shorter of 48 hours (ordinary enterprise) and 8 (the tier): 18:00.
    assert d.outcome.respond_by.isoformat() == "2026-10-09T18:00:00+08:00"
    assert [e.at.isoformat() for e in d.outcome.escalations] == [
        "2026-10-10T00:00:00+08:00",
        "2026-10-10T00:00:00+08:00",
    ]


def test_a_notice_or_exemption_window_that_ends_before_it_starts_names_ends() -> None:
    with pytest.raises(InvalidInputError) as info:
        alerts_snapshot._notice("n", "maintenance", "10:00:00", "10:00:00")
    assert (info.value.field, info.value.value) == (
        "ends",
        dt.datetime.fromisoformat("2026-10-09T10:00:00+08:00"),
    )
    assert info.value.allowed == "an instant after starts (2026-10-09 10:00:00+08:00)"
    with pytest.raises(InvalidInputError) as exempt:
        alerts_snapshot._exemption("x", ("missing_data",), "10:00:00", "09:59:59")
    assert exempt.value.field == "ends"


@pytest.mark.parametrize(
    ("parameters", "field", "allowed"),
    [
        (
            {"alerts.stop_kinds": ["zero_data", "stopped"]},
            "parameters.alerts.stop_kinds.value",
            (
                "a list of strings, one of ['concentration_exceedance', 'facility_abnormal', "
                "'flat_data', 'missing_data', 'ratio_implausible', 'sudden_rise', "
                "'total_exceedance', 'zero_data']"
            ),
        ),
        (
            {"alerts.stop_requires_report": "yes"},
            "parameters.alerts.stop_requires_report.value",
            "true or false",
        ),
    ],
)
def test_stop_mark_parameters_are_checked_when_loaded(
    parameters: dict[str, object], field: str, allowed: str
) -> None:
    # Issue 23: the two optional stop-mark parameters are policy data like any other.
    with pytest.raises(PolicyDataError) as info:
        alerts_snapshot.BOOK.extend(local_measure(parameters)).resolve("CN-TJ", alerts_snapshot.DAY)
    assert (info.value.field, info.value.allowed) == (field, allowed)


def test_a_stop_report_backs_only_the_alerts_of_its_window_to_the_second() -> None:
    # Issue 23: a stop report's window includes its first second and excludes its last, as
    # maintenance windows do, and "in time" means announced no later than the window's start.
    policy = alerts_snapshot.BOOK.extend(
        local_measure({"alerts.stop_requires_report": True})
    ).resolve("CN-TJ", alerts_snapshot.DAY)
    report = alerts_snapshot._notice("S", "stop", "10:00:00", "11:00:00", announced="10:00:00")
    for start, backed in (
        ("2026-10-09T09:59:59+08:00", False),
        ("2026-10-09T10:00:00+08:00", True),
        ("2026-10-09T10:59:59+08:00", True),
        ("2026-10-09T11:00:00+08:00", False),
    ):
        d = route_alert(_alert(start, kind="zero_data", flag="F"), policy=policy, notices=[report])
        assert d.outcome.suppressed is backed, start
        assert ("S" in d.outcome.silenced_by) is backed
    late = report.model_copy(update={"announced_at": report.starts + dt.timedelta(seconds=1)})
    d = route_alert(
        _alert("2026-10-09T10:30:00+08:00", kind="zero_data", flag="F"),
        policy=policy,
        notices=[late],
    )
    assert not d.outcome.suppressed
    assert "alerts.stop-report-late" in d.rule_ids
