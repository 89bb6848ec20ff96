"""Every way policy data can be wrong, and the error a bureau's loader shows for it.

Each case breaks one thing in otherwise valid data and checks all that `PolicyDataError`
carries: the message, the jurisdiction and measure, the version's date, the field path, the
value and what is allowed. Written against the surviving mutants of
``make mutation MODULE=_policy``.
"""

import copy
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from ecoreg import national_policy_book
from ecoreg.exceptions import InvalidTypeError, PolicyDataError
from ecoreg.jurisdictions import standard_policy_book
from policy_helpers import local_measure
from test_policy import GUANGDONG

Data = dict[str, Any]


def refusal(data: Any) -> PolicyDataError:
    with pytest.raises(PolicyDataError) as info:
        national_policy_book().extend(data)
    return info.value


def guangdong(change: Callable[[Data], object]) -> Data:
    data = copy.deepcopy(GUANGDONG)
    change(data)
    return data


def test_data_that_is_not_a_mapping_is_refused_at_the_boundary() -> None:
    with pytest.raises(InvalidTypeError) as info:
        national_policy_book().extend([1])  # type: ignore[arg-type]
    assert (info.value.field, info.value.value) == ("data", [1])
    assert info.value.allowed == "a Mapping of str to values or a PolicyData"


def test_an_unknown_top_level_key_names_the_first_one() -> None:
    error = refusal({"measures": [], "zz": 1, "aa": 2})
    assert str(error).startswith("unknown top-level key")
    assert (error.field, error.value) == ("aa", 2)
    assert error.allowed == "'jurisdictions' and 'measures'"


@pytest.mark.parametrize("key", ["jurisdictions", "measures"])
def test_a_section_that_is_not_a_list(key: str) -> None:
    error = refusal({key: {"code": "CN-GD"}})
    assert str(error).startswith(f"'{key}' must be a list")
    assert (error.field, error.value) == (key, {"code": "CN-GD"})
    assert error.allowed == "a list of objects"


def test_a_jurisdiction_that_does_not_validate_names_its_code_and_field() -> None:
    data = guangdong(lambda d: d["jurisdictions"][1].update(level="planet"))
    error = refusal(data)
    assert str(error).startswith("[jurisdiction CN-GD-DG] jurisdiction does not validate")
    assert error.jurisdiction == "CN-GD-DG"
    assert (error.field, error.value) == ("jurisdictions.1.level", "planet")
    assert error.allowed is not None
    assert "city" in error.allowed


def test_a_jurisdiction_without_a_text_code_has_no_code_to_name() -> None:
    data = guangdong(lambda d: d["jurisdictions"][0].update(code=7))
    error = refusal(data)
    assert error.jurisdiction is None
    assert (error.field, error.value) == ("jurisdictions.0.code", 7)
    bare = refusal({"jurisdictions": ["CN-GD"]})
    assert bare.jurisdiction is None
    assert bare.field is not None
    assert bare.field.startswith("jurisdictions.0")


def test_a_measure_that_does_not_validate_names_measure_version_and_field() -> None:
    def break_second_version(d: Data) -> None:
        version = d["measures"][0]["versions"][1]
        version["parameters"]["penalty.payment_deadline_days"]["basis"] = "rumour"

    error = refusal(guangdong(break_second_version))
    assert str(error).startswith(
        "[jurisdiction CN-GD-DG, measure dg.test-measure, date 2024-08-01] "
        "measure does not validate"
    )
    assert (error.jurisdiction, error.measure, error.on) == (
        "CN-GD-DG",
        "dg.test-measure",
        dt.date(2024, 8, 1),
    )
    assert error.field is not None
    assert error.field.startswith("measures.0.versions.1.parameters.")
    assert error.value == "rumour"


def test_a_measure_error_outside_the_versions_has_no_date() -> None:
    error = refusal(guangdong(lambda d: d["measures"][0].update(title_zh="")))
    assert (error.jurisdiction, error.measure, error.on) == ("CN-GD-DG", "dg.test-measure", None)
    assert error.field == "measures.0.title_zh"


def test_a_measure_with_a_bad_version_date_still_names_the_measure() -> None:
    def bad_date(d: Data) -> None:
        d["measures"][0]["versions"][0]["in_force_from"] = "2022-02-30"

    error = refusal(guangdong(bad_date))
    assert (error.measure, error.on) == ("dg.test-measure", None)
    assert error.field == "measures.0.versions.0.in_force_from"


def test_a_measure_without_text_ids_names_neither() -> None:
    def numbered(d: Data) -> None:
        d["measures"][0].update(id=3, jurisdiction=4)

    error = refusal(guangdong(numbered))
    assert (error.jurisdiction, error.measure) == (None, None)
    assert error.field is not None
    assert error.field.startswith("measures.0.")


def test_a_jurisdiction_code_used_twice() -> None:
    error = refusal(guangdong(lambda d: d["jurisdictions"].append(dict(d["jurisdictions"][0]))))
    assert str(error).startswith("[jurisdiction CN-GD] jurisdiction code used twice")
    assert (error.jurisdiction, error.field, error.value) == ("CN-GD", "code", "CN-GD")
    assert error.allowed == "a unique code per jurisdiction"


def test_a_national_jurisdiction_has_no_parent() -> None:
    def second_nation(d: Data) -> None:
        d["jurisdictions"].append(
            {"code": "XX", "name_zh": "某国", "name_en": "X", "level": "national", "parent": "CN"}
        )

    error = refusal(guangdong(second_nation))
    assert str(error).startswith("[jurisdiction XX] a national jurisdiction has no parent")
    assert (error.jurisdiction, error.field, error.value, error.allowed) == (
        "XX",
        "parent",
        "CN",
        "null",
    )


def test_an_unknown_parent_lists_the_known_codes() -> None:
    error = refusal(guangdong(lambda d: d["jurisdictions"][1].update(parent="CN-ZZ")))
    assert str(error).startswith("[jurisdiction CN-GD-DG] parent jurisdiction is missing")
    assert (error.jurisdiction, error.field, error.value) == ("CN-GD-DG", "parent", "CN-ZZ")
    assert error.allowed is not None
    assert error.allowed.startswith("one of [")
    assert "'CN-GD'" in error.allowed
    assert "'CN'" in error.allowed


def test_a_parent_must_be_a_higher_level() -> None:
    def inverted(d: Data) -> None:
        d["jurisdictions"][0]["parent"] = "CN-GD-DG"

    error = refusal(guangdong(inverted))
    assert (error.jurisdiction, error.field, error.value) == ("CN-GD", "parent", "CN-GD-DG")
    assert error.allowed == "a jurisdiction above the province level"


def test_a_measure_of_an_unknown_jurisdiction_lists_the_known_ones() -> None:
    error = refusal(local_measure({"alerts.count_working_hours": True}))
    assert str(error).startswith(
        "[jurisdiction CN-TJ, measure x.local] measure belongs to an unknown jurisdiction"
    )
    assert (error.field, error.value, error.allowed) == ("jurisdiction", "CN-TJ", "one of ['CN']")


def test_a_local_measure_cannot_set_a_statutory_rule() -> None:
    data = local_measure({"leniency.education_required": False}, day="2026-03-01")
    with pytest.raises(PolicyDataError) as info:
        standard_policy_book().extend(data)
    error = info.value
    assert str(error).startswith(
        "[jurisdiction CN-TJ, measure x.local, date 2026-03-01] "
        "a local measure cannot change a statute's mandatory rule"
    )
    assert (error.field, error.value) == (
        "parameters.leniency.education_required",
        "leniency.education_required",
    )
    assert error.allowed is not None
    assert "立法法" in error.allowed


def test_a_measure_id_used_twice() -> None:
    def twice(d: Data) -> None:
        d["measures"].append(copy.deepcopy(d["measures"][0]))

    error = refusal(guangdong(twice))
    assert str(error).startswith(
        "[jurisdiction CN-GD-DG, measure dg.test-measure] measure id used twice"
    )
    assert (error.field, error.value) == ("id", "dg.test-measure")
    assert error.allowed == "a unique id per measure"


def test_a_version_that_ends_before_it_starts() -> None:
    def backwards(d: Data) -> None:
        d["measures"][0]["versions"][0]["in_force_until"] = "2021-12-31"

    error = refusal(guangdong(backwards))
    assert str(error).startswith(
        "[jurisdiction CN-GD-DG, measure dg.test-measure, date 2022-01-01] "
        "version ends before it starts"
    )
    assert (error.field, error.value) == ("in_force_until", dt.date(2021, 12, 31))
    assert error.allowed == "a date on or after 2022-01-01"


def test_an_unknown_parameter_key() -> None:
    def unknown(d: Data) -> None:
        params = d["measures"][0]["versions"][1]["parameters"]
        params["penalty.no_such_rule"] = {"value": 1, "basis": "local"}

    error = refusal(guangdong(unknown))
    assert str(error).startswith(
        "[jurisdiction CN-GD-DG, measure dg.test-measure, date 2024-08-01] unknown parameter"
    )
    assert (error.field, error.value) == (
        "parameters.penalty.no_such_rule",
        "penalty.no_such_rule",
    )
    assert error.allowed == "a key of ecoreg.PARAMETERS"


@pytest.mark.parametrize("bad", [0, 366, "20"])
def test_a_parameter_value_out_of_its_range_says_the_range(bad: object) -> None:
    def out_of_range(d: Data) -> None:
        params = d["measures"][0]["versions"][1]["parameters"]
        params["penalty.payment_deadline_days"]["value"] = bad

    error = refusal(guangdong(out_of_range))
    assert str(error).startswith(
        "[jurisdiction CN-GD-DG, measure dg.test-measure, date 2024-08-01] "
        "parameter value does not validate"
    )
    assert (error.field, error.value) == ("parameters.penalty.payment_deadline_days.value", bad)
    assert error.allowed == "a whole number, each at least 1, each at most 365"
