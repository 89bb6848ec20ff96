"""Grading's contract: every reason of every kind of record and profile, pinned word for word.

`test_grading.py` shows grading does what the seeds describe; the snapshot pins each reason
in both languages with its facts, the window edges (the anniversary day counts, the day after
does not) and the batch columns and summary. Written against the surviving mutants of
``make mutation MODULE=_grading``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import grading_snapshot
from ecoreg import (
    AlertRecord,
    ComplaintRecord,
    CreditRecord,
    DisclosureRecord,
    EventTable,
    OneVoteRedAct,
    PositiveListRecord,
    Severity,
    ViolationRecord,
    check_credit_code,
    credit_code_check_char,
    grade_batch,
    grade_enterprise,
)
from ecoreg.exceptions import InvalidInputError, InvalidTypeError, PolicyDataError
from policy_helpers import local_measure
from snapshot_check import changed_cases

D = dt.date


def test_grading_matches_the_reviewed_snapshot() -> None:
    changed = changed_cases(grading_snapshot.SNAPSHOT, grading_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/grading_snapshot.py: {changed}"


# --- credit codes (GB 32100-2015): each refusal's document -------------------------------------

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _refusal(call: Any, *args: Any, **kwargs: Any) -> tuple[object, object, object]:
    with pytest.raises(InvalidInputError) as info:
        call(*args, **kwargs)
    return info.value.field, info.value.value, info.value.allowed


@pytest.mark.parametrize(
    ("code", "allowed"),
    [
        ("9135020077604965", "18 characters (GB 32100-2015)"),
        ("91350200776049653AA", "18 characters (GB 32100-2015)"),
        (
            "91350200776049653I",
            f"characters from {USCC} (no I, O, S, V, Z); found 'I'",
        ),
        # A letter in the third character: the division code is characters 3-8.
        ("91A50200776049653A", "an administrative division code of six digits in characters 3–8"),
        ("9135020A776049653A", "an administrative division code of six digits in characters 3–8"),
        (
            "91350200776049653B",
            (
                "a code whose check character (the 18th) is 'A' for the first 17 characters given "
                "(GB 32100-2015)"
            ),
        ),
    ],
)
def test_a_credit_code_refusal_names_the_field_the_code_and_the_rule(
    code: str, allowed: str
) -> None:
    assert _refusal(check_credit_code, code, field="firms.3.code") == (
        "firms.3.code",
        code,
        allowed,
    )
    assert _refusal(check_credit_code, code)[0] == "credit_code"


def test_lower_case_codes_are_read_in_upper_case() -> None:
    assert check_credit_code("91350200776049653a") == "91350200776049653A"


@pytest.mark.parametrize("body", ["9135020077604965", "91350200776049653A", "9135020077604965I"])
def test_the_check_character_needs_17_characters_of_the_code(body: str) -> None:
    assert _refusal(credit_code_check_char, body) == ("body", body, f"17 characters from {USCC}")


def test_check_characters_of_known_codes() -> None:
    assert credit_code_check_char("91350200776049653") == "A"
    assert credit_code_check_char("91440101MA5CJQ4N5") == "9"
    assert credit_code_check_char("9135021359498494X") == "Q"


# --- histories: records as columns, and a bad record named by its place ------------------------


def _one_of_each() -> list[Any]:
    return [
        ViolationRecord(on=D(2026, 1, 1), severity=Severity.SERIOUS),
        ComplaintRecord(on=D(2026, 1, 2), verified=False),
        AlertRecord(on=D(2026, 1, 3), valid=True),
        DisclosureRecord(on=D(2026, 1, 4), compliant=False),
        CreditRecord(on=D(2026, 1, 5), act=OneVoteRedAct.ENVIRONMENTAL_CRIME),
        PositiveListRecord(on=D(2026, 1, 6), admitted=True),
    ]


def test_every_kind_of_record_becomes_one_row_of_columns() -> None:
    table = EventTable.from_histories([[], _one_of_each()])
    assert table.enterprise.tolist() == [1] * 6
    assert table.day.tolist() == [D(2026, 1, d).toordinal() for d in range(1, 7)]
    assert table.value.tolist() == [2, 0, 1, 0, 1, 1]
    assert len(set(table.type.tolist())) == 6
    empty = EventTable.from_histories([[], []])
    assert (len(empty), empty.type.shape, str(empty.value.dtype)) == (0, (0,), "int64")


RECORDS = (
    "a history record (ViolationRecord, ComplaintRecord, AlertRecord, DisclosureRecord, "
    "CreditRecord, PositiveListRecord)"
)


def test_a_bad_history_record_is_named_by_its_place() -> None:
    policy = grading_snapshot.BOOK.resolve("CN", grading_snapshot.ON)
    firm = grading_snapshot._profile(0, {})
    history = [*_one_of_each(), {"type": "violation"}]
    with pytest.raises(InvalidTypeError) as one:
        grade_enterprise(firm, history, policy=policy, on=grading_snapshot.ON)
    assert (one.value.field, one.value.allowed) == ("history.6", RECORDS)
    with pytest.raises(InvalidTypeError) as batch:
        grade_batch([firm, firm], [[], history], policy=policy, on=grading_snapshot.ON)
    assert (batch.value.field, batch.value.value) == ("events.1.6", {"type": "violation"})
    with pytest.raises(InvalidTypeError) as table:
        EventTable.from_histories([history])
    assert (table.value.field, table.value.allowed) == ("histories.0.6", RECORDS)


# --- the grade matrix: checked when the policy is resolved -------------------------------------


def test_a_grade_matrix_that_grades_a_worse_firm_better_is_refused() -> None:
    matrix = list("AABBBCCCDDDD")
    for bad in (list("ABAABCCCDDDD"), list("BBCAABCCDDDD")):  # a row, then a column, out of order
        with pytest.raises(PolicyDataError) as info:
            grading_snapshot.BOOK.extend(local_measure({"grading.grade_matrix": bad})).resolve(
                "CN-TJ", grading_snapshot.ON
            )
        assert info.value.field == "grading.grade_matrix"
        assert info.value.allowed == (
            "12 grades, row by row, never better for a worse credit level or a higher risk"
        )
    policy = grading_snapshot.BOOK.extend(local_measure({"grading.grade_matrix": matrix})).resolve(
        "CN-TJ", grading_snapshot.ON
    )
    assert policy.as_tuple("grading.grade_matrix") == tuple(matrix)
