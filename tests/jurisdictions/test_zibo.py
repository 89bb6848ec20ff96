"""Zibo (淄博市, CN-SD-ZB), Shandong.

Measure: Zibo's local regulation on automatic monitoring, Art. 23 (second-hand; title, number
and date not in ecoreg's sources, taken as in force 2021-07-15): after a 24-hour outage, manual
testing; after 72 hours, backup equipment.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from ecoreg import AlertKind, DetectorSettings, JurisdictionLevel, detect, standard_policy_book
from ecoreg.exceptions import MissingParameterError
from ecoreg.jurisdictions import zibo

D = dt.date
BOOK = standard_policy_book()
CODE = "CN-SD-ZB"
KEYS = {"outage.manual_testing_hours": 24, "outage.backup_equipment_hours": 72}
HOUR = 60


def _series_with_gaps(*gap_minutes: int) -> np.ndarray:
    """Five days of minute data per row, varying like a real analyser, with one gap each."""
    rng = np.random.default_rng(23)
    rows = 50 * (1 + 0.05 * rng.standard_normal((len(gap_minutes), 5 * 24 * HOUR)))
    for row, gap in enumerate(gap_minutes):
        rows[row, 600 : 600 + gap] = np.nan
    return rows


# --- the jurisdiction ----------------------------------------------------------------------------


def test_entry() -> None:
    entry = BOOK.jurisdiction(CODE)
    assert zibo.CODE == CODE
    assert (entry.code, entry.name_zh, entry.name_en) == (CODE, "淄博市", "Zibo")
    assert entry.level is JurisdictionLevel.CITY
    assert entry.parent == "CN-SD"
    assert BOOK.resolve(CODE, D(2026, 3, 10)).chain == ("CN", "CN-SD", CODE)


def test_the_module_sets_these_parameters_and_no_others() -> None:
    (measure,) = zibo.DATA["measures"]
    assert measure["id"] == "cn-sd-zb.monitoring-outage"
    (version,) = measure["versions"]
    assert set(version["parameters"]) == set(KEYS)
    assert version["in_force_from"] == "2021-07-15"
    assert "in_force_until" not in version


# --- dates in force ------------------------------------------------------------------------------


def test_in_force_from_2021_07_15() -> None:
    before = BOOK.resolve(CODE, D(2021, 7, 14))
    first = BOOK.resolve(CODE, D(2021, 7, 15))
    for key, hours in KEYS.items():
        assert key not in before.parameters, key
        assert first.as_int(key) == hours, key
        assert first.get(key).measure == "cn-sd-zb.monitoring-outage", key
        assert first.get(key).in_force_from == D(2021, 7, 15), key
    assert BOOK.resolve(CODE, D(2040, 1, 1)).as_int("outage.backup_equipment_hours") == 72
    for code in ("CN", "CN-SD"):
        assert not set(KEYS) & set(BOOK.resolve(code, D(2026, 3, 10)).parameters), code


# --- values and citation -------------------------------------------------------------------------


def test_values_and_citation() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    assert policy.as_int("outage.manual_testing_hours") == 24
    assert policy.as_int("outage.backup_equipment_hours") == 72
    for key in KEYS:
        assert (policy.get(key).jurisdiction, policy.get(key).basis) == (CODE, "local"), key
        citation = policy.citation(key)
        assert citation.instrument.id == "cn-sd-zb.monitoring-regulation", key
        assert citation.instrument.name_zh == "淄博市自动监控地方性法规", key
        assert citation.instrument.issuer_zh == "淄博市人民代表大会常务委员会", key
        assert citation.article == 23, key
        assert citation.label_zh == "《淄博市自动监控地方性法规》第二十三条", key


def test_the_detector_reads_the_marks_in_points() -> None:
    policy = BOOK.resolve(CODE, D(2026, 3, 10))
    minutes = DetectorSettings.of(policy)
    assert (minutes.manual_testing_points, minutes.backup_equipment_points) == (24 * 60, 72 * 60)
    half_hours = DetectorSettings.of(policy, minutes_per_point=30)
    assert (half_hours.manual_testing_points, half_hours.backup_equipment_points) == (48, 144)
    national = DetectorSettings.of(BOOK.resolve("CN-SD", D(2026, 3, 10)))
    assert (national.manual_testing_points, national.backup_equipment_points) == (None, None)


# --- worked case ---------------------------------------------------------------------------------


def test_outages_of_24_and_72_hours_call_for_manual_testing_and_backup_equipment() -> None:
    gaps = [24 * HOUR - 1, 24 * HOUR, 72 * HOUR - 1, 72 * HOUR]
    found = detect(_series_with_gaps(*gaps), policy=BOOK.resolve(CODE, D(2026, 10, 1)))
    assert found.longest_gap_minutes.tolist() == gaps
    assert found.manual_testing_required is not None
    assert found.backup_equipment_required is not None
    assert found.manual_testing_required.tolist() == [False, True, True, True]
    assert found.backup_equipment_required.tolist() == [False, False, False, True]
    assert all(AlertKind.MISSING_DATA in found.signals(row) for row in range(4))


def test_in_shandong_outside_zibo_the_gap_carries_no_mark() -> None:
    found = detect(_series_with_gaps(72 * HOUR), policy=BOOK.resolve("CN-SD", D(2026, 10, 1)))
    assert found.longest_gap_minutes.tolist() == [72 * HOUR]
    assert found.manual_testing_required is None
    assert found.backup_equipment_required is None


def test_the_day_before_there_is_nothing_to_detect_with() -> None:
    with pytest.raises(MissingParameterError):
        detect(_series_with_gaps(24 * HOUR), policy=BOOK.resolve(CODE, D(2021, 7, 14)))
