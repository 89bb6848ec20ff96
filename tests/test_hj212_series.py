"""HJ 212 packets to series, detectors and routed alerts (issue 13, parts 2 and 3)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ecoreg
from ecoreg import AlertKind
from ecoreg.exceptions import InvalidInputError
from ecoreg.monitoring import hj212

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
DAY = dt.datetime(2026, 10, 1, tzinfo=SHANGHAI)
POLICY = ecoreg.standard_policy_book().resolve("CN", dt.date(2026, 10, 1))


def _packet(mn: str, minute: int, value: float | None, flag: str = "N", cn: str = "2051") -> bytes:
    when = (DAY + dt.timedelta(minutes=minute)).strftime("%Y%m%d%H%M%S")
    body = (
        f"a21026-Avg={value:.2f},a21026-Flag={flag}" if value is not None else f"a21026-Flag={flag}"
    )
    return hj212.frame(
        f"QN={when}000;ST=31;CN={cn};PW=123456;MN={mn};Flag=4;CP=&&DataTime={when};{body}&&"
    )


def _day(outlets: dict[str, list[tuple[float, str] | None]]) -> bytes:
    return b"".join(
        _packet(mn, minute, *point)
        for minute in range(1440)
        for mn, points in outlets.items()
        if (point := points[minute]) is not None
    )


def _normal(seed: int, level: float = 40.0) -> list[tuple[float, str] | None]:
    rng = np.random.default_rng(seed)
    hourly = 1 + 0.1 * rng.standard_normal(24).repeat(60)
    noise = 1 + 0.05 * rng.standard_normal(1440)
    return [(float(v), "N") for v in level * hourly * noise]


def _routed_day() -> tuple[hj212.Series, ecoreg.Detection, ecoreg.AlertBatch]:
    normal = _normal(1)
    piped: list[tuple[float, str] | None] = [(35.0, "N")] * 1440  # 挂瓶: the same value all day
    stopped: list[tuple[float, str] | None] = [(35.0, "F")] * 1440  # stopped, F: not judged
    gap = _normal(2)
    gap[600:700] = [None] * 100  # the logger was off for 100 minutes
    over = _normal(3)
    over[300:310] = [(500.0, "N")] * 10  # over the limit, sent as normal data
    over[900:910] = [(500.0, "F")] * 10  # over the limit while stopped: set aside by the router
    data = _day({"N1": normal, "P1": piped, "F1": stopped, "G1": gap, "X1": over})
    readings = hj212.read_capture(data + b"##0005abcde1234\r\n")
    series = hj212.to_series(readings, cn="2051", start=DAY, points=1440, minutes_per_point=1)
    detection = series.detect(policy=POLICY)
    batch = hj212.to_alerts(
        series, detection, enterprises={"P1": "E-PIPED"}, limits={"a21026": Decimal(200)}
    )
    return series, detection, batch


def test_a_day_of_packets_reaches_the_router() -> None:
    series, detection, batch = _routed_day()
    assert series.stations == ("F1", "G1", "N1", "P1", "X1")
    assert (series.outside, series.off_grid, series.repeated) == (0, 0, 0)
    flat = dict(zip(series.stations, detection.flat.tolist(), strict=True))
    assert flat == {"F1": False, "G1": False, "N1": False, "P1": True, "X1": False}
    assert detection.longest_gap_minutes[series.row("G1", "a21026")] == 100
    alerts = {(batch.outlets[o], batch.ids[i].split("/")[2]) for i, o in enumerate(batch.outlet)}
    assert ("P1", "flat_data") in alerts
    assert ("G1", "missing_data") in alerts
    assert not any(outlet in {"F1", "N1"} for outlet, _ in alerts)
    assert (
        batch.enterprises[
            batch.enterprise[batch.ids.index(f"P1/a21026/flat_data/{int(DAY.timestamp())}")]
        ]
        == "E-PIPED"
    )
    gap_start = int((DAY + dt.timedelta(minutes=600)).timestamp())
    assert f"G1/a21026/missing_data/{gap_start}" in batch.ids
    routed = ecoreg.route_alerts(batch, policy=POLICY)
    over_n = batch.ids.index(
        f"X1/a21026/concentration_exceedance/{int(DAY.timestamp()) + 300 * 60}"
    )
    over_f = batch.ids.index(
        f"X1/a21026/concentration_exceedance/{int(DAY.timestamp()) + 900 * 60}"
    )
    assert not routed.suppressed[over_n]  # N data over the limit is never excused
    assert routed.suppressed[over_f]  # F data is invalid: not judged as an exceedance
    assert "alerts.invalid-flag" in routed.silenced_by(over_f)
    piped = batch.ids.index(f"P1/a21026/flat_data/{int(DAY.timestamp())}")
    assert not routed.suppressed[piped]
    summary = routed.summary(DAY + dt.timedelta(days=1)).outcome
    assert summary.suppressed + sum(
        1 for i in range(len(batch)) if not routed.suppressed[i]
    ) == len(batch)


def test_series_keeps_flags_and_counts_what_is_not_on_the_grid() -> None:
    data = (
        _packet("M1", 0, 1.0, "N")
        + _packet("M1", 10, 2.0, "M")
        + _packet("M1", 10, 3.0, "N")  # resent: the later one is kept
        + _packet("M1", 15, 9.0)  # between two points of a 10-minute grid
        + _packet("M1", 60 * 30, 9.0)  # after the grid
        + _packet("M1", 20, 9.0, cn="2061")  # another command: not in this series
    )
    readings = hj212.read_capture(data)
    s = hj212.to_series(readings, cn="2051", start=DAY, points=6, minutes_per_point=10)
    assert s.values.tolist()[0][:3] == [1.0, 3.0, pytest.approx(float("nan"), nan_ok=True)]
    assert s.flags.tolist() == [["N", "N", "", "", "", ""]]
    assert (s.outside, s.off_grid, s.repeated) == (1, 1, 1)
    assert s.times[1] - s.times[0] == 600
    hour = hj212.to_series(readings, cn="2061", start=DAY, points=2)
    assert hour.minutes_per_point == 60
    assert hour.kind == "avg"
    assert hour.off_grid == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"cn": "2051", "points": 10}, "minutes_per_point"),  # minute data: the interval is needed
        ({"cn": "20x1", "points": 10, "minutes_per_point": 1}, "cn"),
        ({"cn": "2061", "points": 0}, "points"),
        ({"cn": "2061", "points": 10, "minutes_per_point": 0}, "minutes_per_point"),
        ({"cn": "2061", "points": 10, "kind": "zs"}, "kind"),
        ({"cn": "2061", "points": 10, "start": "2026-10-01T08:00"}, "start"),
    ],
)
def test_series_arguments_are_checked(kwargs: dict[str, object], field: str) -> None:
    readings = hj212.read_capture(_packet("M1", 0, 1.0))
    arguments: dict[str, object] = {"start": DAY, **kwargs}
    with pytest.raises(InvalidInputError) as info:
        hj212.to_series(readings, **arguments)  # type: ignore[arg-type]
    assert info.value.field == field


def test_alerts_refuse_a_detection_of_another_series_and_bad_limits() -> None:
    series, detection, _ = _routed_day()
    other = ecoreg.detect(np.zeros((2, 1440)), policy=POLICY)
    with pytest.raises(InvalidInputError) as info:
        hj212.to_alerts(series, other)
    assert info.value.field == "detection"
    with pytest.raises(InvalidInputError) as info:
        hj212.to_alerts(series, detection, limits={"a21026": "lots"})
    assert info.value.field == "limits.a21026"
    with pytest.raises(InvalidInputError) as info:
        series.detect(settings=ecoreg.DetectorSettings.of(POLICY, minutes_per_point=5))
    assert info.value.field == "settings"
    with pytest.raises(InvalidInputError):
        series.row("P1", "w01018")


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["A", "B", "C"]),
            st.integers(0, 119),
            st.floats(0, 1000, allow_nan=False),
            st.sampled_from(list("NFMSDCTB")),
        ),
        max_size=60,
    )
)
def test_no_reading_is_lost(points: list[tuple[str, int, float, str]]) -> None:
    data = b"".join(_packet(mn, minute, value, flag) for mn, minute, value, flag in points)
    readings = hj212.read_capture(data)
    s = hj212.to_series(readings, cn="2051", start=DAY, points=60, minutes_per_point=2)
    placed = int(np.count_nonzero(s.flags != ""))
    assert placed + s.outside + s.off_grid + s.repeated == len(readings) == len(points)
    detection = s.detect(policy=POLICY)
    batch = hj212.to_alerts(s, detection, limits={"a21026": 500})
    kinds = {AlertKind(k) for k in np.array([a.value for a in AlertKind])[batch.kind]}
    assert kinds <= set(AlertKind)
    routed = ecoreg.route_alerts(batch, policy=POLICY)
    assert len(routed.suppressed) == len(batch)
