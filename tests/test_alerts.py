import datetime as dt
import random
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ecoreg import (
    Alert,
    AlertBatch,
    AlertKind,
    DataFlag,
    EnterpriseContext,
    Exemption,
    MaintenanceNotice,
    NoticeKind,
    Recipient,
    Tier,
    detect,
    detect_ratio,
    regularize,
    route_alert,
    route_alerts,
    standard_policy_book,
)
from ecoreg import testing as ecoreg_testing
from ecoreg.exceptions import InvalidInputError, NaiveDatetimeError

BOOK = standard_policy_book()
CN = BOOK.resolve("CN", dt.date(2026, 10, 1))
KEY = EnterpriseContext(enterprise="E1", key_unit=True)


def alert(**changes: Any) -> Alert:
    base: dict[str, Any] = {
        "id": "a1",
        "enterprise": "E1",
        "outlet": "DA001",
        "pollutant": "SO2",
        "kind": "concentration_exceedance",
        "start": "2026-10-01T09:00:00+08:00",
    }
    base.update(changes)
    return Alert.from_data(base)


# --- worked cases (issue 6, "Must show") ---


def test_key_unit_exceedance_on_2026_10_01_0900_is_answered_by_1300() -> None:
    d = route_alert(alert(), policy=CN, context=KEY)
    assert d.outcome.respond_by.isoformat() == "2026-10-01T13:00:00+08:00"
    assert d.outcome.tier is Tier.HIGH
    assert d.outcome.recipients == (Recipient.ENTERPRISE_MANAGER, Recipient.OFFICER_ON_DUTY)
    assert [e.to for e in d.outcome.escalations] == [
        Recipient.SECTION_CHIEF,
        Recipient.BUREAU_LEADER,
    ]
    assert d.reasons[0].citation is not None


def test_ordinary_enterprise_on_2026_09_30_1800_is_answered_by_2026_10_02_1800() -> None:
    d = route_alert(alert(start="2026-09-30T18:00:00+08:00"), policy=CN)
    assert d.outcome.respond_by.isoformat() == "2026-10-02T18:00:00+08:00"
    assert d.outcome.tier is Tier.MEDIUM


NOTICE = MaintenanceNotice(
    id="N-7",
    enterprise="E1",
    outlet="DA001",
    kind=NoticeKind.MAINTENANCE,
    starts="2026-10-01T08:00:00+08:00",  # type: ignore[arg-type]
    ends="2026-10-01T12:00:00+08:00",  # type: ignore[arg-type]
    announced_at="2026-09-30T16:00:00+08:00",  # type: ignore[arg-type]
)


def test_exceedance_flagged_m_in_announced_maintenance_is_suppressed_but_flat_data_is_not() -> None:
    exceed = route_alert(alert(flag="M"), policy=CN, context=KEY, notices=[NOTICE])
    assert exceed.outcome.suppressed
    assert exceed.outcome.silenced_by == ("alerts.invalid-flag", "alerts.maintenance", "N-7")
    assert exceed.outcome.recipients == ()
    assert {"alerts.invalid-flag", "alerts.maintenance"} <= set(exceed.rule_ids)
    flat = route_alert(alert(kind="flat_data", flag="M"), policy=CN, context=KEY, notices=[NOTICE])
    assert not flat.outcome.suppressed
    assert flat.outcome.tampering_signal
    assert flat.outcome.tier is Tier.CRITICAL
    assert "alerts.tampering" in flat.rule_ids
    assert "N-7" in flat.explain("en")


def test_ten_identical_alerts_within_the_window_form_one_incident_of_ten() -> None:
    alerts = [alert(id=f"a{i}", start=f"2026-10-01T09:{i * 5:02d}:00+08:00") for i in range(10)]
    routing = route_alerts(alerts, policy=CN, contexts=[KEY])
    assert len(routing.incidents) == 1
    assert routing.incidents[0].count == 10
    assert routing.incidents[0].respond_by.isoformat() == "2026-10-01T13:00:00+08:00"
    later = [*alerts, alert(id="late", start="2026-10-01T10:30:00+08:00")]
    assert [i.count for i in route_alerts(later, policy=CN).incidents] == [10, 1]


def test_late_notice_does_not_suppress() -> None:
    late = NOTICE.model_copy(update={"announced_at": NOTICE.starts + dt.timedelta(hours=1)})
    d = route_alert(alert(), policy=CN, context=KEY, notices=[late])
    assert not d.outcome.suppressed
    assert "alerts.notice-late" in d.rule_ids


def test_exemption_list_item() -> None:
    item = Exemption(
        id="X-1",
        kinds=(AlertKind.MISSING_DATA,),
        starts="2026-10-01T00:00:00+08:00",  # type: ignore[arg-type]
        ends="2026-10-02T00:00:00+08:00",  # type: ignore[arg-type]
        reason_zh="全市停电",
        reason_en="city-wide power cut",
    )
    d = route_alert(alert(kind="missing_data"), policy=CN, exemptions=[item])
    assert d.outcome.suppressed
    assert "X-1" in d.outcome.silenced_by


def test_guangzhou_grants_a_self_check_window_but_not_for_tampering() -> None:
    gz = BOOK.resolve("CN-GD-GZ", dt.date(2026, 10, 1))
    d = route_alert(alert(start="2026-10-01T09:00:00+08:00"), policy=gz)
    assert d.outcome.self_check_until is not None
    assert d.outcome.self_check_until.isoformat() == "2026-10-02T09:00:00+08:00"
    assert route_alert(alert(kind="flat_data"), policy=gz).outcome.self_check_until is None
    assert route_alert(alert(), policy=CN).outcome.self_check_until is None


def test_working_time_counting_is_a_policy_option() -> None:
    data = {
        "measures": [
            {
                "id": "x.working",
                "jurisdiction": "CN-JS-SZ",
                "title_zh": "工作时间",
                "title_en": "working time",
                "versions": [
                    {
                        "in_force_from": "2026-01-01",
                        "instrument": {
                            "id": "x",
                            "name_zh": "x",
                            "name_en": "x",
                            "in_force": "2026-01-01",
                        },
                        "parameters": {
                            "alerts.count_working_hours": {"value": True, "basis": "default"}
                        },
                    }
                ],
            }
        ]
    }
    policy = BOOK.extend(data).resolve("CN-JS-SZ", dt.date(2026, 10, 1))
    # 4 working hours from Wednesday 2026-09-30 15:00: 2 that day (to 17:00), then the
    # National Day holiday, then 2 more from 09:00 on Thursday 2026-10-08.
    d = route_alert(alert(start="2026-09-30T15:00:00+08:00"), policy=policy, context=KEY)
    assert d.outcome.respond_by.isoformat() == "2026-10-08T11:00:00+08:00"
    assert "working hours" in d.explain("en")


# --- bad input ---


def test_naive_timestamp_is_refused() -> None:
    with pytest.raises(NaiveDatetimeError) as info:
        alert(start=dt.datetime(2026, 10, 1, 9, 0))  # noqa: DTZ001
    assert info.value.field == "start"


def test_unknown_flag_is_refused() -> None:
    with pytest.raises(InvalidInputError) as info:
        alert(flag="X")
    assert info.value.field == "flag"
    with pytest.raises(InvalidInputError) as info:
        AlertBatch.from_columns(
            ids=["a"],
            enterprise=["E"],
            outlet=["o"],
            pollutant=["p"],
            kind=["flat_data"],
            start=[0],
            flag=["Q"],
        )
    assert info.value.field == "flag.0"


def test_mismatched_columns_and_series_are_refused() -> None:
    with pytest.raises(InvalidInputError) as info:
        AlertBatch.from_columns(
            ids=["a", "b"],
            enterprise=["E"],
            outlet=["o", "o"],
            pollutant=["p", "p"],
            kind=["flat_data", "flat_data"],
            start=[0, 1],
        )
    assert info.value.field == "enterprise"
    with pytest.raises(InvalidInputError) as info:
        regularize([0, 60, 120], [1.0, 2.0], start=0, points=3)
    assert info.value.field == "values"
    with pytest.raises(InvalidInputError) as info:
        detect_ratio(np.ones((2, 120)), np.ones((2, 100)), policy=CN)
    assert info.value.field == "outlet"
    with pytest.raises(InvalidInputError) as info:
        detect(np.array([1.0, np.inf]), policy=CN)
    assert info.value.field == "values"


# --- properties ---

KINDS = list(AlertKind)
FLAGS = list(DataFlag)
BASE = int(dt.datetime(2026, 10, 1, tzinfo=dt.UTC).timestamp())


@st.composite
def batches(draw: st.DrawFn) -> dict[str, list[Any]]:
    n = draw(st.integers(1, 60))
    ints = st.integers(0, 2)
    return {
        "ids": [f"a{i}" for i in range(n)],
        "enterprise": [f"E{draw(ints)}" for _ in range(n)],
        "outlet": [f"O{draw(ints)}" for _ in range(n)],
        "pollutant": [f"P{draw(ints)}" for _ in range(n)],
        "kind": [draw(st.sampled_from(KINDS)).value for _ in range(n)],
        "start": [BASE + 60 * draw(st.integers(0, 600)) for _ in range(n)],
        "flag": [draw(st.sampled_from(FLAGS)).value for _ in range(n)],
    }


CONTEXTS = [
    EnterpriseContext(enterprise="E0", key_unit=True),
    EnterpriseContext(enterprise="E1", sensitive_area=True, colour="red"),
]
NOTICES = [NOTICE.model_copy(update={"enterprise": "E0", "outlet": "O1"})]


def _route(columns: dict[str, list[Any]]) -> Any:
    return route_alerts(
        AlertBatch.from_columns(**columns), policy=CN, contexts=CONTEXTS, notices=NOTICES
    )


@given(batches())
def test_every_alert_is_in_exactly_one_incident_or_suppressed(
    columns: dict[str, list[Any]],
) -> None:
    routing = _route(columns)
    members = [m for inc in routing.incidents for m in inc.members]
    assert len(members) == len(set(members))
    suppressed = set(np.flatnonzero(routing.suppressed).tolist())
    assert suppressed.isdisjoint(members)
    assert suppressed | set(members) == set(range(len(columns["ids"])))
    assert sum(inc.count for inc in routing.incidents) + len(suppressed) == len(columns["ids"])
    assert not (routing.tampering & routing.suppressed).any()


@given(batches(), st.randoms(use_true_random=False))
def test_batch_results_do_not_depend_on_input_order(
    columns: dict[str, list[Any]], rnd: random.Random
) -> None:
    order = list(range(len(columns["ids"])))
    rnd.shuffle(order)
    shuffled = {k: [v[i] for i in order] for k, v in columns.items()}
    a, b = _route(columns), _route(shuffled)

    def view(routing: Any) -> list[tuple[Any, ...]]:
        ids = routing.batch.ids
        return sorted(
            (
                i.enterprise,
                i.outlet,
                i.pollutant,
                i.kind,
                i.first_start,
                i.tier,
                i.respond_by,
                tuple(sorted(ids[m] for m in i.members)),
            )
            for i in routing.incidents
        )

    assert view(a) == view(b)
    sa = {a.batch.ids[i] for i in np.flatnonzero(a.suppressed)}
    sb = {b.batch.ids[i] for i in np.flatnonzero(b.suppressed)}
    assert sa == sb


TIER_ORDER = list(Tier)


@given(batches())
def test_a_higher_tier_never_has_a_later_deadline(columns: dict[str, list[Any]]) -> None:
    routing = _route(columns)
    by_start: dict[int, list[tuple[int, int]]] = {}
    for row in range(len(columns["ids"])):
        by_start.setdefault(int(routing.batch.start[row]), []).append(
            (int(routing.tier[row]), int(routing.respond_by[row]))
        )
    for pairs in by_start.values():
        for tier_a, due_a in pairs:
            for tier_b, due_b in pairs:
                if tier_a > tier_b:
                    assert due_a <= due_b


@given(st.integers(0, 2**32 - 1), st.floats(5.0, 500.0), st.integers(1, 24))
def test_zero_slot_variance_is_always_flagged_and_real_noise_never(
    seed: int, level: float, hours: int
) -> None:
    rng = np.random.default_rng(seed)
    points = 60 * hours
    flat = np.repeat(rng.uniform(level * 0.5, level * 1.5, hours), 60)
    d = detect(flat, policy=CN)
    assert d.flat_slots[0] == hours
    assert bool(d.flat[0]) == (hours >= CN.as_int("detectors.flat_min_slots"))
    # Noise of ten times the configured relative threshold, as real analysers show.
    rel = float(CN.as_decimal("detectors.flat_relative_std")) * 10
    noisy = level * (1 + rel * rng.standard_normal(points))
    assert detect(noisy, policy=CN).flat_slots[0] == 0


def test_detectors_find_runs_gaps_rises_and_ratios() -> None:
    zibo = BOOK.resolve("CN-SD-ZB", dt.date(2026, 10, 1))
    rng = np.random.default_rng(7)
    day = 50 * (1 + 0.05 * rng.standard_normal((4, 4 * 1440)))
    day[1, 100:300] = 0.0
    day[2, 1000 : 1000 + 25 * 60] = np.nan
    day[3, 600:660] = 500 * (1 + 0.05 * rng.standard_normal(60))
    d = detect(day, policy=zibo)
    assert d.signals(0) == ()
    assert d.longest_zero_minutes[1] == 200
    assert AlertKind.ZERO_DATA in d.signals(1)
    assert d.longest_gap_minutes[2] == 1500
    assert d.manual_testing_required is not None
    assert d.backup_equipment_required is not None
    assert d.manual_testing_required[2]
    assert not d.backup_equipment_required[2]
    assert d.sudden_rise[3]
    assert detect(day, policy=CN).manual_testing_required is None
    inlet = 150 * (1 + 0.05 * rng.standard_normal((2, 1440)))
    outlet = np.vstack([inlet[0] * 0.3, 50 * (1 + 0.05 * rng.standard_normal(1440))])
    ratio = detect_ratio(inlet, outlet, policy=CN)
    assert ratio.constant_ratio.tolist() == [True, False]
    assert ratio.implausible.tolist() == [True, False]
    swapped = detect_ratio(outlet[1:], inlet[1:], policy=CN)
    assert swapped.implausible[0]


def test_regularize_puts_gaps_as_nan() -> None:
    grid = regularize(np.array([0, 60, 240]), [1.0, 2.0, 5.0], start=0, points=5)
    assert np.isnan(grid[2])
    assert np.isnan(grid[3])
    assert grid[4] == 5.0


@given(st.lists(ecoreg_testing.alerts(), max_size=30))
def test_shipped_alert_strategy_routes_without_loss(items: list[Alert]) -> None:
    routing = route_alerts(items, policy=CN, contexts=CONTEXTS)
    kept = int(np.diff(routing.incident_bounds).sum()) if routing.incident_count else 0
    assert kept + int(routing.suppressed.sum()) == len(items)
    for item, tampering, suppressed in zip(
        items, routing.tampering, routing.suppressed, strict=True
    ):
        # Issue 23: flat data or a flat ratio under a stop mark (F) is what a stopped source
        # sends, not a tampering signal (tests/test_alerts_stop.py).
        if item.kind in {AlertKind.FLAT_DATA, AlertKind.RATIO_IMPLAUSIBLE}:
            assert bool(tampering) is (item.flag is not DataFlag.F)
            assert bool(suppressed) is (item.flag is DataFlag.F)


EXEMPTION = Exemption(
    id="X-9",
    enterprise="E1",
    kinds=(AlertKind.MISSING_DATA, AlertKind.ZERO_DATA),
    starts="2026-10-01T00:00:00+08:00",  # type: ignore[arg-type]
    ends="2026-10-01T12:00:00+08:00",  # type: ignore[arg-type]
    reason_zh="停电",
    reason_en="power cut",
)


@given(st.lists(ecoreg_testing.alerts(), max_size=20))
def test_single_and_batch_routing_agree(items: list[Alert]) -> None:
    notices = [NOTICE.model_copy(update={"enterprise": "E0", "outlet": None})]
    routing = route_alerts(
        items, policy=CN, contexts=CONTEXTS, notices=notices, exemptions=[EXEMPTION]
    )
    contexts = {c.enterprise: c for c in CONTEXTS}
    for row, item in enumerate(items):
        one = route_alert(
            item,
            policy=CN,
            context=contexts.get(item.enterprise),
            notices=notices,
            exemptions=[EXEMPTION],
        ).outcome
        assert one.suppressed == bool(routing.suppressed[row])
        assert set(routing.silenced_by(row)) <= set(one.silenced_by)
        assert list(Tier).index(one.tier) == int(routing.tier[row])
        assert int(one.respond_by.timestamp()) == int(routing.respond_by[row])
