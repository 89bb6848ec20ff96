"""Hostile inputs at the core, the law layer, payment, alerts, grading and inspections (issue 22).

One test per reproducer of ``shared/findings/hostile-inputs.md`` that enters through these
packages (the HJ 212 and edge reproducers are in ``test_hostile_monitoring.py`` and
``test_hostile_edge.py``), named by its id. Each call must end in a result or an ecoreg error:
never another exception, never a hang, never an output beyond the documented bounds.
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
import threading
from contextlib import contextmanager
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd  # type: ignore[import-untyped]
import pytest

import ecoreg
from ecoreg import law
from ecoreg.core._boundary import checked
from ecoreg.core._money import MAX_YUAN
from ecoreg.exceptions import EcoregError, InvalidInputError
from ecoreg.law import catalogue, regimes

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

BOOK = ecoreg.standard_policy_book()
CN = BOOK.resolve("CN", "2026-10-01")
KEY = b"the agency's own secret key 16+"
VISIT = ecoreg.Visit(
    id="V000001",
    enterprise="91350200776049653A",
    on=dt.date(2026, 5, 12),
    tasks=("T1",),
    departments=("d",),
    purposes=("p",),
    triggered=False,
    grade=ecoreg.Grade.C,
)
CODE = ecoreg.issue_code(VISIT, agency="a", inspectors=["1"], key=KEY, policy=CN)
SURROGATE = chr(0xD800)
ALERT = ecoreg.Alert.from_data(
    {
        "id": "a",
        "enterprise": "E",
        "outlet": "o",
        "pollutant": "p",
        "kind": "zero_data",
        "start": "2026-10-01T09:00:00+08:00",
    }
)


def _deep(depth: int) -> Any:
    value: Any = 0
    for _ in range(depth):
        value = [value]
    return value


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fail (not hang) if the block runs past ``seconds``: a guard, not a measurement."""

    def alarm(_signum: int, _frame: object) -> None:
        pytest.fail(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _refused(call: Callable[[], Any], field: str | None = None) -> EcoregError:
    with _within(10), pytest.raises(EcoregError) as info:
        call()
    error = info.value
    if field is not None:
        assert getattr(error, "field", None) == field
    str(error).encode("utf-8")  # every message is writable as UTF-8
    assert len(str(error)) < 2_000
    return error


# --- C1, C2: a forged inspection code is refused, not raised on ---


def test_c1_a_non_ascii_signature_is_a_forged_code() -> None:
    check = ecoreg.verify_code(CODE[:-1] + "é", key=KEY, on="2026-05-12")
    assert not check.outcome.valid
    assert check.reasons[0].rule_id == "inspections.code.format"


def test_c2_a_non_ascii_payload_is_a_forged_code() -> None:
    version, body, signature = CODE.split(".")
    check = ecoreg.verify_code(f"{version}.{body}é.{signature}", key=KEY, on="2026-05-12")
    assert not check.outcome.valid
    assert ecoreg.verify_code(CODE, key=KEY, on="2026-05-12").outcome.valid


def test_c1_a_code_with_a_lone_surrogate_is_refused() -> None:
    _refused(lambda: ecoreg.verify_code(CODE + SURROGATE, key=KEY, on="2026-05-12"), "code")


# --- C3: text that UTF-8 cannot carry ---


def test_c3_a_seed_or_credit_code_with_a_lone_surrogate_is_refused() -> None:
    _refused(lambda: ecoreg.draw_sample({"F1": "D"}, policy=CN, seed=SURROGATE), "seed")
    error = _refused(lambda: ecoreg.draw_sample({SURROGATE: "D"}, policy=CN, seed="x"))
    assert "lone surrogate" in str(error)


# --- C11, C12, C13, C25: the law layer stands behind the boundary ---

DAYS = [dt.datetime(2026, 8, 15), pd.NaT, "2026-08-15", None, 0, np.datetime64("2026-08-15")]  # noqa: DTZ001


@pytest.mark.parametrize("day", DAYS, ids=repr)
def test_c11_c12_the_law_layer_refuses_what_is_not_a_day(day: Any) -> None:
    kind = catalogue.kind("air.no-permit")
    basis = kind.bases[0]
    for call in (
        lambda: law.in_force_on(day),
        lambda: regimes.regime_on(day),
        lambda: kind.basis_on(day),
        lambda: law.instrument("cn.eco-environment-code.2026").in_force_on(day),
        lambda: basis.in_force_on(day),
        lambda: basis.citation.in_force_on(day),
        lambda: regimes.regime_on(dt.date(2026, 9, 1)).in_force_on(day),
    ):
        _refused(call, "day")
    assert law.in_force_on(dt.date(2026, 8, 15))


@pytest.mark.parametrize("ident", [np.array(["a", "b"]), pd.NA, ["x"], 5, SURROGATE], ids=repr)
def test_c13_an_instrument_id_that_is_no_text_is_refused(ident: Any) -> None:
    _refused(lambda: law.instrument(ident), "instrument_id")


@pytest.mark.parametrize("flag", [pd.NA, np.bool_(True), 1, "yes", np.array([True])], ids=repr)
def test_c25_limitation_takes_only_bools(flag: Any) -> None:
    regime = regimes.regime_on(dt.date(2026, 9, 1))
    _refused(lambda: regime.limitation(grave_harm=flag, environmental_harm=True), "grave_harm")
    assert regime.limitation(grave_harm=False, environmental_harm=True).years == 5


# --- C14, C31: every way of building a model ---


def test_c14_a_mapping_with_keys_that_are_no_str_is_refused() -> None:
    for call in (
        lambda: ecoreg.ViolationCase.from_data({(): 1}),
        lambda: ecoreg.ViolationCase.model_validate({1: 2}),
        lambda: ecoreg.ViolationCase.model_validate_strings({b"k": "v"}),
        lambda: ecoreg.FineRule.model_validate({(): 1}),
        lambda: ecoreg.FineRule.model_validate_json("[[[["),
    ):
        _refused(call)


def test_c31_a_constructor_given_data_nested_beyond_the_recursion_limit() -> None:
    error = _refused(
        lambda: ecoreg.ViolationCase(
            kind="air.over-limit",
            occurred_on=dt.date(2026, 1, 5),
            discovered_on=dt.date(2026, 2, 1),
            harm=_deep(5000),
        )
    )
    assert "recursion" in str(error)


# --- C15, C16: NumPy and pandas values where an enum or literal is meant ---

ODD_VALUES = [
    np.array(["ROUND_UP", "ROUND_DOWN"]),
    pd.array([1, None], dtype="Int64"),
    pd.NA,
    np.str_("ROUND_SIDEWAYS"),
    np.zeros((2, 0)),
    np.array([(1, 2)], dtype=[("a", "i4"), ("b", "i4")]),
]


@pytest.mark.parametrize("rounding", ODD_VALUES, ids=lambda v: type(v).__name__)
def test_c15_c16_an_enum_argument_given_an_array_is_refused(rounding: Any) -> None:
    _refused(lambda: ecoreg.round_yuan(Decimal(1), rounding=rounding), "rounding")


def test_c15_a_numpy_str_of_a_members_value_is_that_member() -> None:
    rounding: Any = np.str_("ROUND_UP")
    assert ecoreg.round_yuan(Decimal(1), rounding=rounding) == Decimal("1.00")


# --- C17, C18-like, C27, C28: sizes, iterators and 0-d arrays ---


def test_c17_a_lazy_sequence_is_refused_by_its_length_not_materialised() -> None:
    error = _refused(
        lambda: ecoreg.EventTable.from_columns(
            enterprise=[0], type=[0], day=range(10**18), value=[1], enterprises=1
        ),
        "day",
    )
    assert "10,000,000" in str(error)


def test_c27_a_one_shot_iterator_is_checked_item_by_item_and_still_used() -> None:
    strings: Any = iter(["x"])
    numbers: Any = (x for x in [1])
    _refused(lambda: ecoreg.plan_inspections(strings, gradings={}, policy=CN, year=2026))
    _refused(lambda: ecoreg.route_alerts([], policy=CN, contexts=numbers))
    alert = ALERT
    routed = ecoreg.route_alerts(iter([alert]), policy=CN)
    assert routed.incident_count == 1  # the iterator's items reached the function


def test_c28_a_zero_dimensional_array_is_not_a_column() -> None:
    _refused(
        lambda: ecoreg.AlertBatch.from_columns(
            ids=["a"],
            enterprise=["E"],
            outlet=["o"],
            pollutant=["p"],
            kind=["zero_data"],
            start=np.array(5),
        ),
        "start",
    )
    _refused(lambda: ecoreg.plan_inspections(np.array(5), gradings={}, policy=CN, year=2026))
    assert ecoreg.facts({"a": np.array(5)})[0].value == "5"


# --- C19: a batch's methods index within the batch ---


@pytest.mark.parametrize("index", [1, -1, 2**63, [], range(10**18), True, np.int64(0)], ids=repr)
def test_c19_incident_and_row_numbers_stay_within_the_batch(index: Any) -> None:
    alert = ALERT
    routed = ecoreg.route_alerts([alert], policy=CN)
    for call in (lambda: routed.incident_at(index), lambda: routed.silenced_by(index)):
        _refused(call)
    assert routed.incident_at(0).members == (0,)
    assert routed.silenced_by(0) == ()


# --- C24: a datetime, or pandas' NaT, where a day is meant ---


@pytest.mark.parametrize("day", [pd.NaT, dt.datetime(2026, 1, 31, 8)], ids=repr)  # noqa: DTZ001
def test_c24_add_months_refuses_what_is_not_a_day(day: Any) -> None:
    _refused(lambda: ecoreg.add_months(day, 1), "day")


# --- C26, I3: numbers past every context ---


@pytest.mark.parametrize(
    "bound",
    [10**5000, Decimal("1e999999"), Decimal("-1e999999"), 10**13],
    ids=["int-of-5001-digits", "1e999999", "-1e999999", "ten-trillion"],
)
def test_c26_i3_a_bound_beyond_money_is_refused_briefly(bound: Any) -> None:
    for name in ("minimum", "maximum"):
        error = _refused(partial(ecoreg.parse_yuan, 0, **{name: bound}), name)
        assert len(str(error)) < 200


def test_i3_a_bound_within_money_still_works() -> None:
    assert ecoreg.parse_yuan("5", minimum=Decimal(1), maximum=10**12) == Decimal("5.00")


def test_h1_max_installments_with_a_tiny_share_answers_at_once() -> None:
    with _within(2):
        most = ecoreg.max_installments(Decimal("1000000000000.00"), Decimal("1E-999999"))
    assert most == 100_000_000_000_000  # one installment per fen


def test_h2_facts_never_iterate_an_endless_value() -> None:
    with _within(2):
        (fact,) = ecoreg.facts({"a": range(10**18)})
    assert fact.value == "range(0, 1000000000000000000)"
    (listed,) = ecoreg.facts({"a": list(range(100))})
    assert isinstance(listed.value, str)
    assert listed.value.endswith("… (100 in all)")


# --- B1: no money output beyond a trillion yuan ---


def test_b1_the_uncapped_surcharge_stays_within_the_supported_range() -> None:
    policy = BOOK.resolve("CN-GD-GZ", "2026-10-01")
    late = ecoreg.late_surcharge(
        "13076743679.99", due_on="2026-10-01", paid_on="2085-01-26", policy=policy
    ).outcome
    assert late.uncapped is None
    assert late.capped
    assert late.surcharge == Decimal("13076743679.99")
    assert late.total_due <= MAX_YUAN
    # Where the product fits, it is reported as before.
    small = ecoreg.late_surcharge("10000", due_on="2026-03-01", paid_on="2026-04-10", policy=CN)
    assert small.outcome.uncapped == Decimal("12000.00")


def test_errors_never_echo_more_than_a_bounded_text() -> None:
    error = InvalidInputError(field="k" * 100_000, value="v" * 100_000, allowed="a" * 100_000)
    assert len(str(error)) < 1_500
    assert len(error.field) <= 200
    lone = InvalidInputError(field=SURROGATE, value=SURROGATE, allowed=SURROGATE)
    str(lone).encode("utf-8")


@pytest.mark.parametrize(
    ("setting", "value"),
    [("timeout", 10**5000), ("timeout", float("nan")), ("timeout", 0), ("max_body", 0)],
    ids=["timeout-5001-digits", "timeout-nan", "timeout-0", "max-body-0"],
)
def test_the_http_apps_settings_are_checked_before_any_arithmetic(setting: str, value: Any) -> None:
    # Found by the long fuzz run: math.isfinite(10**5000) raised OverflowError.
    from ecoreg.server import create_app  # noqa: PLC0415 - the server extra

    _refused(partial(create_app, **{setting: value}), setting)


def test_the_boundary_is_ready_in_every_thread_on_first_use() -> None:
    """A service decides in threads: the first calls of a checked function, made at once from
    many threads, all check their arguments (found by the HTTP benchmark: a half-filled table
    raised KeyError in one thread while another filled it)."""
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(20):
            # many annotated parameters: a wide window between the first and the last filled
            names = [f"p{i}" for i in range(60)]
            source = (
                "def fresh(a: int, b: str, c: float | None = None, d: tuple[int, ...] = (), "
                + ", ".join(f"{n}: int | str | None = None" for n in names)
                + ") -> int:\n    return a\n"
            )
            space: dict[str, Any] = {}
            exec(source, space)  # noqa: S102 - a test's own function, with 64 parameters
            fresh = checked(space["fresh"])

            barrier = threading.Barrier(8)
            outcomes: list[object] = []

            def call(
                i: int,
                fn: Any = fresh,
                gate: threading.Barrier = barrier,
                outcomes: list[object] = outcomes,
            ) -> None:
                gate.wait()
                try:
                    outcomes.append(fn(i, "x", c=None, d=(1,), p59=1) if i % 2 else fn("no", "x"))
                except Exception as exc:  # noqa: BLE001 - the outcome is what is checked
                    outcomes.append(type(exc))

            threads = [threading.Thread(target=call, args=(i,)) for i in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(o for o in outcomes if isinstance(o, int)) == [1, 3, 5, 7]
            refused = [o for o in outcomes if not isinstance(o, int)]
            assert len(refused) == 4
            assert all(isinstance(o, type) and issubclass(o, InvalidInputError) for o in refused)
    finally:
        sys.setswitchinterval(switch)
