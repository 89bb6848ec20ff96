# mypy: disable-error-code="arg-type,assignment,var-annotated,unused-ignore"
# The point of these tests is to pass what the annotations forbid.
"""Every input ends in a result or an ecoreg error (issue 10): one regression test per class."""

import datetime as dt
from decimal import Decimal
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ecoreg
from ecoreg import (
    Alert,
    AlertBatch,
    CaseType,
    EnterpriseTable,
    EventTable,
    InstallmentRequest,
    PolicyBook,
    ReliefApplication,
    ReliefStatus,
    Rounding,
    standard_policy_book,
)
from ecoreg.exceptions import (
    EcoregError,
    InvalidInputError,
    InvalidMoneyError,
    InvalidPeriodError,
    InvalidTimeError,
    InvalidTypeError,
    PolicyDataError,
)
from policy_helpers import local_measure

D = dt.date
BOOK = standard_policy_book()
POLICY = BOOK.resolve("CN", D(2026, 3, 1))
DG = BOOK.resolve("CN-GD-DG", D(2026, 3, 5))


def _deep(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


# 1. pydantic's own entry points


@pytest.mark.parametrize(
    "build",
    [
        lambda m: m.model_validate(1),
        lambda m: m.model_validate_json("1"),
        lambda m: m.model_validate_json(1),
        lambda m: m.model_validate_strings(1),
        lambda m: m.from_data(None),
    ],
)
@pytest.mark.parametrize("model", [ecoreg.ViolationCase, ecoreg.Alert, ecoreg.Citation])
def test_pydantic_entry_points_raise_ecoreg_errors_naming_the_model(build: Any, model: Any) -> None:
    with pytest.raises(InvalidInputError) as info:
        build(model)
    assert info.value.field == model.__name__


# 2. wrong argument types, checked at the boundary


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: ecoreg.detect("; ", policy=()), "policy"),
        (lambda: ecoreg.check_installment_plan((), policy=0), "plan"),
        (lambda: ecoreg.credit_code_check_char(0), "body"),
        (lambda: ecoreg.chinese_numeral([]), "number"),
        (lambda: ecoreg.add_months(0, 0), "day"),
        (lambda: ecoreg.working_days_after(D(2026, 1, 5), 5).explain({}), "language"),
        (
            lambda: ecoreg.route_alert(
                Alert(
                    id="a",
                    enterprise="E",
                    outlet="DA001",
                    pollutant="SO2",
                    kind="concentration_exceedance",
                    start="2026-10-01T09:00:00+08:00",
                ),
                policy=-1,
            ),
            "policy",
        ),
        (lambda: ecoreg.decide_fine("case", policy=POLICY, decided_on="2026-03-01"), "case"),
        (lambda: BOOK.resolve(["CN"], "2026-01-01"), "jurisdiction"),
        (lambda: POLICY.record("violations.catalogue", {"x": 1}), "ident"),
        (lambda: ecoreg.round_yuan(Decimal(1), rounding="HALF_UP"), "rounding"),
    ],
)
def test_a_wrong_python_type_is_a_type_error_naming_the_argument(call: Any, field: str) -> None:
    with pytest.raises(InvalidTypeError) as info:
        call()
    assert isinstance(info.value, TypeError)
    assert isinstance(info.value, InvalidInputError)
    assert info.value.field == field


def test_a_wrong_type_for_a_period_length_is_both_errors() -> None:
    with pytest.raises(InvalidPeriodError) as info:
        ecoreg.working_days_after(D(2026, 1, 5), "5")  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


# 3. decimal and numeric edges


def test_decimal_edges() -> None:
    with pytest.raises(InvalidMoneyError, match="amount"):
        ecoreg.round_yuan(Decimal("1E+30"), rounding=Rounding.UP)
    with pytest.raises(InvalidMoneyError) as info:
        ecoreg.parse_yuan("1", minimum=Decimal("NaN"))
    assert info.value.field == "minimum"
    with pytest.raises(InvalidInputError) as info:
        ecoreg.detect([10**400], policy=POLICY)
    assert info.value.field == "values"
    # The largest rounding still allowed is exact.
    assert ecoreg.round_yuan(Decimal("1E+15"), rounding=Rounding.UP) == Decimal("1E+15")


# 4. column builders


def test_column_builders_check_lengths_and_types() -> None:
    code = "91350200776049653A"
    with pytest.raises(InvalidInputError) as info:
        EnterpriseTable.from_columns(
            credit_code=[code],
            key_unit=[True, False],
            permit_class=["key"],
            drinking_water=[False],
            other_sensitive=[False],
            toxic=[False],
        )
    assert info.value.field == "key_unit"
    with pytest.raises(InvalidInputError) as info:
        EnterpriseTable.from_columns(
            credit_code=[code],
            key_unit=[True],
            permit_class=["key", "key"],
            drinking_water=[False],
            other_sensitive=[False],
            toxic=[False],
        )
    assert info.value.field == "permit_class"
    with pytest.raises(InvalidTypeError) as info:
        EventTable.from_columns(enterprise=5, type=[0], day=[1], value=[0], enterprises=1)  # type: ignore[arg-type]
    assert info.value.field == "enterprise"
    with pytest.raises(InvalidTypeError) as info:
        EventTable.from_columns(enterprise=[0], type=[0], day=[1], value=[0], enterprises=None)  # type: ignore[arg-type]
    assert info.value.field == "enterprises"
    with pytest.raises(InvalidTypeError) as info:
        AlertBatch.from_columns(
            ids=["a"],
            enterprise=None,
            outlet=["o"],
            pollutant=["p"],
            kind=["concentration_exceedance"],
            start=[0],  # type: ignore[arg-type]
        )
    assert info.value.field == "enterprise"


def test_grade_batch_refuses_histories_that_do_not_match_the_enterprises() -> None:
    firm = ecoreg.EnterpriseProfile(credit_code="91350200776049653A", name="A", jurisdiction="CN")
    policy = BOOK.resolve("CN", D(2026, 11, 1))
    for histories in ([[], []], []):
        with pytest.raises(InvalidInputError) as info:
            ecoreg.grade_batch([firm], histories, policy=policy, on=D(2026, 11, 1))
        assert info.value.field == "events"
    assert len(ecoreg.grade_batch([firm], [[]], policy=policy, on=D(2026, 11, 1)).grade) == 1


# 5. policy data that validates but breaks rules


def _with(parameters: dict[str, Any], day: str = "2026-01-01") -> PolicyBook:
    return BOOK.extend(local_measure(parameters, day=day))


def test_policy_lists_are_checked_for_their_length_when_built() -> None:
    with pytest.raises(PolicyDataError) as info:
        _with({"discretion.history_levels": []})
    assert info.value.field == "parameters.discretion.history_levels.value"
    with pytest.raises(PolicyDataError):
        _with({"discretion.level_shares": ["0", "1"]})


def test_parameters_that_do_not_fit_together_are_refused_when_resolved() -> None:
    book = _with({"alerts.working_day_start_minute": 1020, "alerts.count_working_hours": True})
    with pytest.raises(PolicyDataError) as info:
        book.resolve("CN-TJ", D(2026, 3, 1))
    assert info.value.field == "alerts.working_day_start_minute"
    assert info.value.measure == "x.local"
    assert book.resolve("CN-TJ", D(2025, 12, 31)).as_int("alerts.working_day_start_minute") == 540
    with pytest.raises(PolicyDataError):
        _with({"discretion.level_shares": ["0", "0.5", "0.4", "0.8", "1"]}).resolve(
            "CN-TJ", "2026-03-01"
        )


def _max_installments_by_count(fine: Decimal, share: Decimal) -> int:
    count = int(1 / share)
    while (
        count > 1 and (fine / count).quantize(Decimal("0.01"), rounding="ROUND_DOWN") < share * fine
    ):
        count -= 1
    return max(count, 1)


@given(
    st.integers(1, 10**7).map(lambda fen: Decimal(fen) / 100),
    st.sampled_from(["0.05", "0.3", "0.01", "0.5", "1", "0.0001", "0.07"]).map(Decimal),
)
def test_max_installments_is_the_largest_allowed_equal_split(fine: Decimal, share: Decimal) -> None:
    n = ecoreg.max_installments(fine, share)
    assert n == min(_max_installments_by_count(fine, share), max(1, int(fine * 100)))
    if n < int(fine * 100):  # one more would break the share, or the fen
        bigger = (fine / (n + 1)).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        assert bigger < share * fine or n + 1 > int(1 / share)


def test_max_installments_bounds_its_search() -> None:
    assert ecoreg.max_installments(Decimal("1000000000000.00"), Decimal("1E-30")) == 10**14
    with pytest.raises(InvalidInputError, match="share"):
        ecoreg.max_installments(Decimal("1.00"), Decimal(0))


# 6. one supported range, refused at the boundary


def test_instants_dates_and_columns_outside_the_supported_range() -> None:
    with pytest.raises(InvalidTimeError):
        ecoreg.parse_instant("1950-01-01T00:00+14:00")  # 1949 in Shanghai
    assert ecoreg.parse_instant("1950-01-01T08:00+08:00").year == 1950
    with pytest.raises(InvalidInputError) as info:
        AlertBatch.from_columns(
            ids=["a"],
            enterprise=["E"],
            outlet=["o"],
            pollutant=["p"],
            kind=["concentration_exceedance"],
            start=[2**62],
        )
    assert info.value.field == "start.0"
    with pytest.raises(InvalidInputError, match="minutes_per_point"):
        ecoreg.regularize([0], [1.0], start=0, points=4, minutes_per_point=0)


def test_daily_penalty_stays_in_the_money_range() -> None:
    with pytest.raises(InvalidMoneyError) as info:
        ecoreg.daily_continuous_penalty(
            "100000000",
            kind="air.over-limit",
            order_served_on="1955-01-01",
            reinspected_on="2026-04-01",
            policy=POLICY,
        )
    assert info.value.field == "original_fine"


# 7. errors name a field the caller passed


def test_errors_name_the_argument_the_caller_passed() -> None:
    with pytest.raises(InvalidMoneyError) as info:
        ecoreg.late_surcharge(
            "600000000000", due_on="2026-03-01", paid_on="2026-04-10", policy=POLICY
        )
    assert info.value.field == "base"
    with pytest.raises(InvalidPeriodError) as info:
        ecoreg.working_days_after("2100-12-31", 5)
    assert info.value.field == "days"
    with pytest.raises(InvalidPeriodError) as info:
        ecoreg.months_after("2100-06-30", 6)
    assert info.value.field == "months"


def test_a_one_yuan_fine_in_240_installments_is_refused_not_an_error() -> None:
    app = ReliefApplication(
        fine="1",
        case_type=CaseType.NON_LITIGATION,
        decision_received_on="2026-03-01",
        filed_on="2026-03-02",
        grounds=("operating_difficulty",),
        request=InstallmentRequest(count=240, interval_months=1),
    )
    d = ecoreg.decide_relief(app, policy=DG, decided_on="2026-03-05")
    assert d.outcome.status is ReliefStatus.REFUSED
    assert "payment.relief.installment-share" in d.rule_ids
    with pytest.raises(InvalidInputError) as info:
        ecoreg.build_installment_plan(
            "1",
            count=240,
            interval_months=1,
            starts_on="2026-03-02",
            case_type=CaseType.NON_LITIGATION,
        )
    assert info.value.field == "count"


# 8. deep nesting


def test_deeply_nested_input_ends_in_an_ecoreg_error() -> None:
    deep = _deep(3000)
    for call in (
        lambda: ecoreg.ViolationCase.from_data({"kind": deep}),
        lambda: ecoreg.ViolationCase.model_validate(deep),
        lambda: ecoreg.Citation.from_json("[" * 3000 + "]" * 3000),
        lambda: ecoreg.facts(x=deep),
        lambda: ecoreg.parse_date(deep),
    ):
        with pytest.raises(EcoregError) as info:
            call()
        assert str(info.value)  # the message itself never recurses


def test_calendars_without_working_days_end_in_an_error() -> None:
    closed = ecoreg.FixedCalendar(
        days_off=frozenset(D(2026, 1, 1) + dt.timedelta(days=i) for i in range(800))
    )
    with pytest.raises(InvalidInputError, match="calendar"):
        ecoreg.calendar_days_after(D(2026, 1, 1), 3, calendar=closed)


def test_results_of_numpy_inputs_stay_numpy() -> None:
    assert ecoreg.longest_runs(np.array([[True, True, False]])).tolist() == [2]
    with pytest.raises(InvalidInputError, match="mask"):
        ecoreg.longest_runs(np.array([True, False]))


@pytest.mark.parametrize(
    "call",
    [
        (
            "ecoreg.EnterpriseTable.from_columns(credit_code=['91350200776049653A'], key_unit=[True], "
            "permit_class=['key'], drinking_water=[False], other_sensitive=[False], toxic=[False])"
        ),
        "ecoreg.detect([1.0, 2.0], policy=ecoreg.standard_policy_book().resolve('CN', '2026-01-01'))",
        "ecoreg.max_installments(Decimal('100'), Decimal('0.1'))",
    ],
)
def test_boundary_checks_work_in_a_fresh_process_where_names_load_lazily(call: str) -> None:
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    code = f"from decimal import Decimal\nimport ecoreg\n{call}\n"
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
