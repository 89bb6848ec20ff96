"""ecoreg's documented national defaults (CN): numbers no source fixes.

Five measures of the national jurisdiction, all citing the instrument ``ecoreg.defaults``
(ecoreg 默认参数) and in force with 行政处罚法 (2021-07-15): ``ecoreg.defaults.payment``
(the figures of Dongguan's 东生态规〔2025〕2号, without late applications),
``.discretion``, ``.alerts`` (Suzhou's 4 h / 48 h feedback deadlines), ``.grading`` and
``.law``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from ecoreg import (
    Aggravation,
    CaseType,
    HardshipGround,
    Harm,
    InstallmentRequest,
    Mitigation,
    ReliefApplication,
    ReliefStatus,
    ViolationCase,
    decide_fine,
    decide_relief,
    standard_policy_book,
)
from ecoreg.jurisdictions import defaults
from ecoreg.jurisdictions._letters_defaults import REQUIRED_BY_CLASS, REQUIRED_BY_INDUSTRY

D = dt.date
BOOK = standard_policy_book()
CN = BOOK.resolve("CN", D(2026, 3, 10))
START = D(2021, 7, 15)

INTS: dict[str, int] = {
    **dict.fromkeys(("letters.response_working_days", "letters.escalation_working_days"), 5),
    "letters.verification_working_days": 10,
    "letters.exemption_months": 12,
    "archives.filing_hours": 48,
    "archives.ledger_retention_years": 5,
    "payment.deferral_max_months": 6,
    "payment.installment_max_months_non_litigation": 24,
    "payment.installment_max_months_litigation": 6,
    "payment.installment_max_gap_months": 3,
    "payment.late_application_volunteer_hours": 12,
    "payment.late_application_volunteer_months": 3,
    "leniency.first_violation_lookback_months": 24,
    "discretion.history_window_months": 24,
    "alerts.response_hours_key_unit": 4,
    "alerts.response_hours_other": 48,
    "alerts.working_day_start_minute": 540,
    "alerts.working_day_end_minute": 1020,
    "alerts.self_check_hours": 0,
    "alerts.grouping_window_minutes": 60,
    "detectors.slot_minutes": 60,
    "detectors.flat_min_slots": 3,
    "detectors.constant_run_minutes": 120,
    "detectors.zero_run_minutes": 60,
    "grading.violation_window_months": 24,
    "grading.one_vote_red_months": 36,
    "grading.complaint_window_months": 12,
    "grading.alert_window_months": 12,
    "inspections.code_valid_days": 1,
}
BOOLS: dict[str, bool] = {
    "payment.late_application_allowed": False,
    "leniency.apology_first_minor_no_penalty": False,
    "alerts.count_working_hours": False,
    "alerts.suppress_announced_work": True,
    "alerts.exemptions_allowed": True,
    "alerts.stop_requires_report": False,
    "inspections.refuse_unplanned": True,
    "inspections.triggered_always_allowed": True,
    "inspections.joint_inspection": True,
}
DECIMALS: dict[str, str] = {
    "archives.min_completeness": "0.8",
    "archives.max_late_share": "0.2",
    "payment.installment_min_share_non_litigation": "0.05",
    "payment.installment_min_share_litigation": "0.30",
    "discretion.aggravation_step": "0.2",
    "discretion.mitigation_step": "0.2",
    "detectors.flat_relative_std": "0.001",
    "detectors.flat_absolute_std": "0.001",
    "detectors.sudden_rise_factor": "3",
    "detectors.sudden_rise_min_delta": "1",
    "detectors.ratio_constant_std": "0.002",
    "grading.credit_base": "100",
    "grading.clean_record_bonus": "0",
    "grading.positive_list_bonus": "0",
}
STRS: dict[str, str] = {
    "letters.ignored_severity": "minor",
    "payment.missed_installment_surcharge_base": "installment",
    "reduction.apology.method": "none",
    "discretion.method": "levels",
    "grading.method": "matrix",
    "leniency.first_violation_counted_from": "act",
    "grading.sensitive_toxic_min_colour": "yellow",
    "law.limitation_follows": "art37",
    "law.concurrent_higher_floor": "apply",
}
TUPLES: dict[str, tuple[object, ...]] = {
    "archives.required_by_class": tuple(REQUIRED_BY_CLASS),
    "archives.required_by_industry": tuple(REQUIRED_BY_INDUSTRY),
    "payment.relief_grounds": (
        "low_income",
        "medical_or_accident",
        "force_majeure",
        "operating_difficulty",
    ),
    "discretion.exceedance_thresholds": tuple(Decimal(x) for x in ("0.1", "0.5", "1", "2")),
    "discretion.history_levels": (1, 2, 4, 5),
    "discretion.factor_weights": (Decimal(1),) * 4,
    "discretion.level_shares": tuple(Decimal(x) for x in ("0", "0.25", "0.5", "0.75", "1")),
    "alerts.tier_response_hours": (48, 48, 24, 4),
    "alerts.invalid_flags": ("F", "M", "D", "C", "B"),
    "alerts.tampering_kinds": ("flat_data", "ratio_implausible"),
    "alerts.stop_kinds": (
        "concentration_exceedance",
        "total_exceedance",
        "sudden_rise",
        "missing_data",
        "flat_data",
        "zero_data",
        "ratio_implausible",
    ),
    "alerts.escalation_hours": (0, 24),
    "grading.violation_credit_points": tuple(Decimal(x) for x in ("5", "10", "20")),
    "grading.disclosure_points": (Decimal(0), Decimal(5)),
    "grading.credit_level_bands": tuple(Decimal(x) for x in ("90", "75", "60")),
    "grading.risk_profile_points": tuple(Decimal(x) for x in ("15", "15", "5", "20", "10", "15")),
    "grading.risk_event_points": tuple(Decimal(x) for x in ("5", "10", "20", "5", "2")),
    "grading.risk_level_bands": (Decimal(30), Decimal(60)),
    "grading.grade_matrix": ("A", "B", "B", "B", "B", "C", "C", "C", "D", "D", "D", "D"),
    "grading.grade_bands": tuple(Decimal(x) for x in ("90", "60", "40")),
    "grading.colour_by_grade": ("green", "green", "yellow", "red"),
    "supervision.offsite_first_grades": ("A", "B"),
    "supervision.sampling_ratios": tuple(Decimal(x) for x in ("0.03", "0.05", "0.2", "0.5")),
    "supervision.yearly_caps": (1, 1, 4, 0),
    "supervision.positive_list_grades": ("A",),
}
ALL_KEYS = {*INTS, *BOOLS, *DECIMALS, *STRS, *TUPLES}
LOCAL_BASIS = {"discretion.history_levels", "grading.grade_bands"}
"""The two defaults taken from a local source (环执法〔2019〕42号 annex; Shaanxi's bands)."""

MEASURES: dict[str, tuple[str, ...]] = {
    "ecoreg.defaults.payment": ("payment.",),
    "ecoreg.defaults.discretion": ("leniency.", "discretion.", "reduction."),
    "ecoreg.defaults.alerts": ("alerts.", "detectors."),
    "ecoreg.defaults.grading": ("grading.", "supervision.", "inspections."),
    "ecoreg.defaults.law": ("law.",),
    "ecoreg.defaults.letters": ("letters.", "archives."),
}
"""Each defaults measure, with the prefixes of the keys it sets."""


def _module_parameters() -> dict[str, str]:
    """Every key the module sets, with the id of its measure."""
    out: dict[str, str] = {}
    for measure in defaults.DATA["measures"]:
        (version,) = measure["versions"]
        assert version["in_force_from"] == START.isoformat()
        assert "in_force_until" not in version
        out.update(dict.fromkeys(version["parameters"], measure["id"]))
    return out


# --- the jurisdiction ----------------------------------------------------------------------------


def test_the_defaults_are_a_national_layer_without_a_jurisdiction_of_their_own() -> None:
    assert "jurisdictions" not in defaults.DATA
    assert {m["jurisdiction"] for m in defaults.DATA["measures"]} == {"CN"}
    assert [m["id"] for m in defaults.DATA["measures"]] == list(MEASURES)
    entry = BOOK.jurisdiction("CN")
    assert (entry.name_zh, entry.name_en, entry.level.value, entry.parent) == (
        "全国",
        "National",
        "national",
        None,
    )


def test_the_module_sets_exactly_the_parameters_tested_here() -> None:
    assert set(_module_parameters()) == ALL_KEYS


@pytest.mark.parametrize("key", sorted(ALL_KEYS))
def test_each_parameter_comes_from_its_defaults_measure(key: str) -> None:
    resolved = CN.get(key)
    assert resolved.measure == _module_parameters()[key]
    assert key.startswith(MEASURES[resolved.measure])
    assert resolved.jurisdiction == "CN"
    assert resolved.basis == ("local" if key in LOCAL_BASIS else "default")


# --- dates in force ------------------------------------------------------------------------------


def test_in_force_from_2021_07_15_and_never_ending() -> None:
    before = BOOK.resolve("CN", D(2021, 7, 14))
    first = BOOK.resolve("CN", START)
    far = BOOK.resolve("CN", D(2040, 1, 1))
    for key in ALL_KEYS:
        assert key not in before.parameters, key
        assert first.get(key).in_force_from == START, key
        assert far.get(key).measure == first.get(key).measure, key
    assert first.as_int("alerts.response_hours_key_unit") == 4
    assert far.as_str("law.limitation_follows") == "art37"


# --- values and citations ------------------------------------------------------------------------


@pytest.mark.parametrize(("key", "expected"), sorted(INTS.items()))
def test_int_values(key: str, expected: int) -> None:
    assert CN.as_int(key) == expected


@pytest.mark.parametrize(("key", "expected"), sorted(BOOLS.items()))
def test_bool_values(key: str, expected: bool) -> None:
    assert CN.as_bool(key) is expected


@pytest.mark.parametrize(("key", "expected"), sorted(DECIMALS.items()))
def test_decimal_values(key: str, expected: str) -> None:
    assert CN.as_decimal(key) == Decimal(expected)


@pytest.mark.parametrize(("key", "expected"), sorted(STRS.items()))
def test_str_values(key: str, expected: str) -> None:
    assert CN.as_str(key) == expected


@pytest.mark.parametrize(("key", "expected"), sorted(TUPLES.items()))
def test_tuple_values(key: str, expected: tuple[object, ...]) -> None:
    assert CN.as_tuple(key) == expected


@pytest.mark.parametrize("key", sorted(ALL_KEYS))
def test_every_default_cites_ecoreg_defaults_with_a_note(key: str) -> None:
    citation = CN.citation(key)
    assert citation.instrument.id == "ecoreg.defaults"
    assert citation.instrument.name_zh == "ecoreg 默认参数"
    assert citation.instrument.issuer_zh == "ecoreg"
    assert citation.label_zh == "《ecoreg 默认参数》"
    assert citation.note


def test_notes_name_the_sources_the_defaults_follow() -> None:
    assert "东生态规〔2025〕2号" in (CN.citation("payment.deferral_max_months").note or "")
    assert "Suzhou" in (CN.citation("alerts.response_hours_key_unit").note or "")
    assert "环执法〔2019〕42号" in (CN.citation("discretion.history_levels").note or "")
    assert "Shaanxi" in (CN.citation("grading.grade_bands").note or "")


# --- worked cases --------------------------------------------------------------------------------


def test_discretion_levels_3_3_1_1_give_325000_between_100000_and_1000000() -> None:
    case = ViolationCase(
        kind="air.over-limit",
        occurred_on=D(2026, 1, 5),
        discovered_on=D(2026, 2, 1),
        corrected_on=D(2026, 2, 10),
        harm=Harm.SLIGHT,
        exceedance_ratio=Decimal("0.6"),  # 50 % ≤ 60 % < 100 %: level 3
        destination_level=3,
        period_level=1,
        aggravations=(Aggravation.CROSS_REGION,),
        mitigations=(Mitigation.CONFESSED,),
    )
    decision = decide_fine(case, policy=BOOK.resolve("CN", D(2026, 3, 1)), decided_on="2026-03-01")
    steps = {s.rule_id: s for s in decision.outcome.steps}
    # mean level 2: 100,000 + 900,000 × 1/4; each step is a fifth of the range, 180,000.
    assert steps["fine.base"].amount == Decimal("325000.00")
    assert steps["fine.aggravation.cross_region"].change == Decimal("180000.00")
    assert steps["fine.mitigation.confessed"].change == Decimal("-180000.00")
    assert decision.outcome.final == Decimal("325000.00")


def test_nationally_a_late_relief_application_is_not_admitted_even_with_volunteer_hours() -> None:
    application = ReliefApplication(
        fine=Decimal(200000),
        case_type=CaseType.NON_LITIGATION,
        decision_received_on=D(2026, 2, 24),  # deadline to pay: 2026-03-11
        filed_on=D(2026, 3, 20),
        grounds=(HardshipGround.OPERATING_DIFFICULTY,),
        request=InstallmentRequest(count=8, interval_months=3),
        volunteer_pledge_hours=12,
    )
    decision = decide_relief(
        application, policy=BOOK.resolve("CN", D(2026, 3, 23)), decided_on=D(2026, 3, 23)
    )
    assert decision.outcome.status is ReliefStatus.REFUSED
    assert decision.hints[0].changes[0].value == "2026-03-11"
    on_time = decide_relief(
        application.model_copy(update={"filed_on": D(2026, 3, 1)}),
        policy=BOOK.resolve("CN", D(2026, 3, 2)),
        decided_on=D(2026, 3, 2),
    )
    assert on_time.outcome.status is ReliefStatus.APPROVED
    assert on_time.outcome.plan is not None
    assert {i.amount for i in on_time.outcome.plan.installments} == {Decimal("25000.00")}
