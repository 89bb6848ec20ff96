"""A resolved policy: the span it holds for, typed access, local notes and its reasons.

Dongguan's apology-pledge measure took effect on 2024-08-01 and its current version on
2025-10-01, so a Dongguan policy resolved for 2025-09-30 holds from 2024-08-01 to 2025-09-30
and no longer.
"""

import datetime as dt

import pytest

from ecoreg import standard_policy_book
from ecoreg.exceptions import InvalidInputError, MissingParameterError, UnknownJurisdictionError
from ecoreg.law import administrative_penalty_law as apl

D = dt.date
BOOK = standard_policy_book()
DONGGUAN_2025 = BOOK.resolve("CN-GD-DG", "2025-09-30")


def test_a_policy_knows_the_span_its_measures_hold_for() -> None:
    assert (DONGGUAN_2025.valid_from, DONGGUAN_2025.valid_until) == (D(2024, 8, 1), D(2025, 9, 30))
    current = BOOK.resolve("CN-GD-DG", "2026-09-30")
    # Guangdong's discretion rules (粤环发〔2021〕7号) end on 2026-12-31, and so does the span
    assert (current.valid_from, current.valid_until) == (D(2025, 10, 1), D(2026, 12, 31))
    after = BOOK.resolve("CN-GD-DG", "2027-01-01")
    assert (after.valid_from, after.valid_until) == (D(2027, 1, 1), None)


@pytest.mark.parametrize("day", [D(2024, 8, 1), D(2025, 1, 1), D(2025, 9, 30)])
def test_a_date_inside_the_span_is_accepted(day: D) -> None:
    DONGGUAN_2025.check_date(day)


@pytest.mark.parametrize("day", [D(2024, 7, 31), D(2025, 10, 1)])
def test_a_date_outside_the_span_is_refused_with_the_span(day: D) -> None:
    with pytest.raises(InvalidInputError) as info:
        DONGGUAN_2025.check_date(day, "paid_on")
    assert (info.value.field, info.value.value) == ("policy", D(2025, 9, 30))
    assert info.value.allowed == (
        "a policy resolved for CN-GD-DG on a date from 2024-08-01 to 2025-09-30, the span that "
        f"includes paid_on (the measures in force on {day.isoformat()} differ: resolve the "
        "policy for that date)"
    )


def test_an_open_ended_span_is_written_with_an_ellipsis() -> None:
    current = BOOK.resolve("CN-GD-DG", "2027-01-01")
    current.check_date(D(2100, 1, 1))
    with pytest.raises(InvalidInputError) as info:
        current.check_date(D(2026, 12, 31))
    assert info.value.allowed is not None
    assert "from 2027-01-01 to …, the span that includes decided_on" in info.value.allowed


def test_a_parameter_read_as_the_wrong_type_names_key_value_and_type() -> None:
    with pytest.raises(MissingParameterError) as info:
        DONGGUAN_2025.as_int("reduction.apology.share")
    error = info.value
    assert str(error).startswith("[jurisdiction CN-GD-DG, date 2025-09-30] parameter has another")
    assert (error.jurisdiction, error.on) == ("CN-GD-DG", D(2025, 9, 30))
    assert (error.field, str(error.value), error.allowed) == (
        "reduction.apology.share",
        "0.5",
        "an int",
    )


def test_a_yes_no_parameter_is_not_a_number() -> None:
    assert DONGGUAN_2025.as_bool("leniency.education_required") is True
    with pytest.raises(MissingParameterError) as info:
        DONGGUAN_2025.as_int("leniency.education_required")
    assert (info.value.field, info.value.value) == ("leniency.education_required", True)
    with pytest.raises(MissingParameterError) as text:
        DONGGUAN_2025.as_str("penalty.payment_deadline_days")
    assert text.value.allowed == "a str"


def test_an_unknown_jurisdiction_lists_the_known_codes() -> None:
    with pytest.raises(UnknownJurisdictionError) as info:
        BOOK.jurisdiction("CN-XX")
    assert str(info.value).startswith("unknown jurisdiction")
    assert (info.value.field, info.value.value) == ("jurisdiction", "CN-XX")
    assert info.value.allowed is not None
    assert info.value.allowed.startswith("one of ['CN', 'CN-CQ', 'CN-GD', 'CN-GD-DG'")


def test_only_a_local_parameter_carries_a_local_note() -> None:
    assert DONGGUAN_2025.local_note("reduction.apology.share") == (
        "（东莞市地方规定）",
        " (a local measure of Dongguan)",
    )
    assert DONGGUAN_2025.local_note("penalty.payment_deadline_days") == ("", "")
    shaanxi = BOOK.resolve("CN-SN", "2026-09-30")
    assert shaanxi.chain == ("CN", "CN-SN")
    assert shaanxi.local_note("grading.colour_by_grade") == (
        "（陕西省地方规定）",
        " (a local measure of Shaanxi)",
    )
    assert shaanxi.local_note("penalty.payment_deadline_days") == ("", "")


def test_a_reason_cites_the_measure_and_says_when_it_is_local() -> None:
    national = DONGGUAN_2025.reason(
        "penalty.payment_deadline_days",
        "demo.deadline",
        "十五日内缴纳。",
        "Pay in 15 days.",
        days=15,
    )
    assert national.rule_id == "demo.deadline"
    assert national.citation == apl.ART_67
    assert (national.message_zh, national.message_en) == ("十五日内缴纳。", "Pay in 15 days.")
    assert [(f.name, f.value) for f in national.facts] == [("days", 15)]
    local = DONGGUAN_2025.reason("reduction.apology.share", "demo.share", "减轻。", "Reduced.")
    assert local.citation == DONGGUAN_2025.citation("reduction.apology.share")
    assert local.citation.instrument.number == "东环〔2024〕69号"
    assert local.message_zh == "减轻。（东莞市地方规定）"
    assert local.message_en == "Reduced. (a local measure of Dongguan)"
    assert local.facts == ()
