"""Error documents for programs, at every edge (issue 24).

The JSON edge never crashes (an unexpected exception is an internal error document, its
traceback logged only), refuses unknown keys at every depth with their JSONPath, takes
``null`` for an optional field as absent, and lists every problem it finds with a path, a
stable code, machine-readable ``allowed``, the value cut, and a wholly Chinese message.
The same documents come out of ``ecoreg decide``, ``ecoreg serve --stdio`` and HTTP.
"""

import io
import json
import logging
import re
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ecoreg
from ecoreg import edge
from ecoreg.cli import main
from ecoreg.server import create_app
from test_edge import CASE, CASES

SCHEMA = json.loads(
    (files("ecoreg.schemas") / "error-document.schema.json").read_text(encoding="utf-8")
)
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
"""Checked once: `jsonschema.validate` checks the schema itself on every call."""
ROOT = Path(__file__).parent.parent
CLIENT = TestClient(create_app())
PLAN = {"fine": "200000", "count": 8, "interval_months": 3, "starts_on": "2026-03-02"}
FINE = {"jurisdiction": "CN-GD-DG", "decided_on": "2026-03-10", "input": {"case": CASE}}


def error_of(answer: str) -> dict[str, Any]:
    """The error of an error document, checked against its published schema."""
    doc = json.loads(answer)
    VALIDATOR.validate(doc)
    assert set(doc) == {"error"}
    error: dict[str, Any] = doc["error"]
    assert error["problem_count"] >= len(error["problems"]) >= 1
    return error


def via_cli(rule: str, request: Any, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``ecoreg decide RULE`` in this process, the request on standard input."""
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(request).encode()), encoding="utf-8")
    old = sys.stdin
    sys.stdin = stdin
    try:
        status = main(["decide", rule])
    finally:
        sys.stdin = old
    return status, capsys.readouterr().out


def at_every_edge(
    rule: str, request: Any, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, Any]]:
    """The error of ``request`` from decide, the command line, the stream and HTTP (all equal)."""
    direct = error_of(edge.decide(rule, request))
    status, out = via_cli(rule, request, capsys)
    assert status == 2
    line = json.dumps({"id": 1, "rule": rule, **request})
    (served,) = list(edge.serve_lines([line]))
    stream = json.loads(served)
    assert stream["id"] == 1
    VALIDATOR.validate({"error": stream["error"]})
    response = CLIENT.post(f"/v1/decide/{rule}", content=json.dumps(request))
    assert response.status_code == 422
    errors = [direct, error_of(out), stream["error"], error_of(response.text)]
    for other in errors[1:]:
        assert other["problems"] == direct["problems"]
    return errors


def paths(error: dict[str, Any]) -> dict[str, str]:
    return {p["path"]: p["code"] for p in error["problems"]}


@pytest.mark.parametrize("value", ["foo", {}, [], 1, True])
def test_a_bad_case_type_is_an_enum_problem_at_every_edge(
    value: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    request = {"input": {**PLAN, "case_type": value}}
    for error in at_every_edge("installment-plan", request, capsys):
        (found,) = error["problems"]
        assert found["path"] == "$.input.case_type"
        assert found["code"] == "enum"
        assert found["allowed"]["enum"] == ["litigation", "non_litigation"]
        assert error["status"] == 422


def test_a_unit_that_is_an_object_is_an_enum_problem_at_every_edge(
    capsys: pytest.CaptureFixture[str],
) -> None:
    request = {"input": {"unit": {}, "event": "2026-09-29", "count": 5}}
    for error in at_every_edge("deadline", request, capsys):
        (found,) = error["problems"]
        assert (found["path"], found["code"], found["value_type"]) == (
            "$.input.unit",
            "enum",
            "object",
        )
        assert "hours" in found["allowed"]["enum"]


def test_a_typo_is_refused_with_its_path_at_every_depth(
    capsys: pytest.CaptureFixture[str],
) -> None:
    request = {**FINE, "input": {"case": {**CASE, "propsed": 1}, "propsed": "150000"}}
    for error in at_every_edge("fine", request, capsys):
        assert paths(error) == {
            "$.input.propsed": "unknown_key",
            "$.input.case.propsed": "unknown_key",
        }
        top = next(p for p in error["problems"] if p["path"] == "$.input.propsed")
        assert top["allowed"]["keys"] == ["case", "proposed", "study"]
        assert top["value"] == "150000"
    apology = {**CASE, "apology_pledge": {"filed_on": "2026-03-04", "filled_on": "x"}}
    error = error_of(edge.decide("fine", {**FINE, "input": {"case": apology}}))
    assert paths(error) == {"$.input.case.apology_pledge.filled_on": "unknown_key"}
    assert error["problems"][0]["allowed"]["keys"] == ["evidence", "filed_on", "rectified"]


def test_unknown_keys_in_list_items_are_refused_with_their_index() -> None:
    request = json.loads(json.dumps(CASES["grade"][0]))
    request["input"]["history"].append({"type": "violation", "on": "2026-06-01", "sevrity": "x"})
    error = error_of(edge.decide("grade", request))
    assert "$.input.history[1].sevrity" in paths(error)
    alert = json.loads(json.dumps(CASES["route-alert"][0]))
    alert["input"]["notices"] = [{"enterprise": "E1", "oops": 1}]
    error = error_of(edge.decide("route-alert", alert))
    assert paths(error)["$.input.notices[0].oops"] == "unknown_key"


def test_null_for_an_optional_field_is_the_same_as_absent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = {**CASE, "aggravations": None, "mitigations": None, "count": None, "minor": None}
    request = {**FINE, "input": {"case": case, "proposed": None, "study": None}}
    expected = edge.decide("fine", FINE)
    assert edge.decide("fine", request) == expected
    status, out = via_cli("fine", request, capsys)
    assert (status, out) == (0, expected + "\n")
    (served,) = list(edge.serve_lines([json.dumps({"id": 1, "rule": "fine", **request})]))
    assert (
        json.dumps(json.loads(served)["result"], ensure_ascii=False, separators=(",", ":"))
        == expected
    )
    assert CLIENT.post("/v1/decide/fine", content=json.dumps(request)).text == expected
    plan = {"input": {**PLAN, "case_type": None}, "jurisdiction": None, "decided_on": None}
    assert edge.decide("installment-plan", plan) == CASES["installment-plan"][1]()
    deadline = {"input": {"unit": None, "event": "2026-09-29", "count": 5, "start": None}}
    assert edge.decide("deadline", deadline) == CASES["deadline"][1]()


def test_null_for_a_required_field_is_reported_missing() -> None:
    error = error_of(edge.decide("fine", {**FINE, "input": {"case": None}}))
    assert paths(error) == {"$.input.case": "missing"}
    case = {**CASE, "kind": None}
    error = error_of(edge.decide("fine", {**FINE, "input": {"case": case}}))
    assert paths(error) == {"$.input.case.kind": "missing"}
    assert error["problems"][0]["value"] is None
    assert "value_type" not in error["problems"][0]


def test_every_problem_is_reported_at_once(capsys: pytest.CaptureFixture[str]) -> None:
    case = {**CASE, "kind": "", "harm": "bad", "destination_level": 9, "extra": 1}
    request = {
        "jurisdiction": 5,
        "decided_on": "2026-02-30",
        "zz": 1,
        "input": {"case": case, "typo": 1},
    }
    for error in at_every_edge("fine", request, capsys):
        assert paths(error) == {
            "$.zz": "unknown_key",
            "$.jurisdiction": "type",
            "$.decided_on": "date",
            "$.input.typo": "unknown_key",
            "$.input.case.kind": "too_short",
            "$.input.case.harm": "enum",
            "$.input.case.destination_level": "range",
            "$.input.case.extra": "unknown_key",
        }
        assert error["problem_count"] == 8
        assert error["message_zh"].startswith("请求有 8 处问题")
        found = {p["path"]: p for p in error["problems"]}
        assert found["$.input.case.destination_level"]["allowed"] == {"maximum": 5}
        assert found["$.input.case.kind"]["allowed"] == {"min_length": 1}
        assert found["$.jurisdiction"]["allowed"] == {"type": "string"}
        assert found["$.input.case.harm"]["allowed"] == {"enum": ["none", "slight", "harmful"]}


def test_a_long_value_is_cut_and_its_length_given() -> None:
    inputs: dict[str, Any] = {"case": CASE, "proposed": "x" * 10_000, "k" * 500: [1] * 300}
    request = {**FINE, "input": inputs}
    error = error_of(edge.decide("fine", request))
    for found in error["problems"]:
        assert len(found["path"]) < 200
        assert len(found["value"]) <= 80
        assert found["value_length"] in {10_000, 300}
    assert len(json.dumps(error)) < 20_000


_CODE = re.compile(r"\$[^\s：（）、，]*|[A-Za-z0-9_.\-+:/\\^$?*()\[\]{}|']+")


def chinese_only(text: str, allowed: dict[str, Any]) -> None:
    """``text`` holds no ASCII letter outside paths, codes, the values allowed and JSON/UTF-8."""
    words = {str(v) for v in allowed.get("enum", []) + allowed.get("keys", [])}
    words |= {"JSON", "UTF-8"}
    for token in re.findall(r"[\x21-\x7e]+", text):
        if token.startswith("$") or token in words or not re.search(r"[A-Za-z]", token):
            continue
        pattern = allowed.get("pattern")
        if pattern is not None and token in pattern:
            continue
        raise AssertionError(f"ASCII letters in a Chinese message: {token!r} in {text!r}")


@pytest.mark.parametrize("rule", sorted(CASES))
def test_the_chinese_messages_are_chinese(rule: str) -> None:
    bad: list[Any] = ["x", -1, {}, [], True, None, "2026-02-30", "1.234"]
    for key in sorted(edge.RULES[rule].inputs):
        for value in bad:
            request = json.loads(json.dumps(CASES[rule][0]))
            request.setdefault("input", {})[key] = value
            answer = edge.decide(rule, request)
            if not answer.startswith('{"error":'):
                continue
            error = error_of(answer)
            for found in error["problems"]:
                chinese_only(found["message_zh"], found["allowed"])
            chinese_only(error["message_zh"], error["problems"][0]["allowed"])


def test_an_unexpected_exception_is_an_internal_error_document(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        del args, kwargs
        raise ZeroDivisionError("a secret detail")

    monkeypatch.setattr(ecoreg, "payment_deadline", broken)
    request = CASES["payment-deadline"][0]
    with caplog.at_level(logging.ERROR, logger="ecoreg.edge"):
        answer = edge.decide("payment-deadline", request)
    assert "Traceback" in caplog.text or caplog.records[0].exc_info is not None
    error = error_of(answer)
    assert (error["kind"], error["status"], error["problems"][0]["code"]) == (
        "InternalError",
        500,
        "internal",
    )
    assert "secret" not in answer
    assert "Traceback" not in answer
    assert edge.http_status(answer) == 500
    status, out = via_cli("payment-deadline", request, capsys)
    assert status == 2
    assert error_of(out)["kind"] == "InternalError"
    lines = [json.dumps({"id": i, "rule": "payment-deadline", **request}) for i in range(2)]
    served = [json.loads(line) for line in edge.serve_lines(lines)]
    assert [s["id"] for s in served] == [0, 1]
    assert all(s["error"]["status"] == 500 for s in served)


def test_http_status_maps_answers() -> None:
    assert edge.http_status(edge.decide(*_deadline())) == 200
    assert edge.http_status(edge.decide("deadline", {"input": {}})) == 422
    assert edge.http_status('{"error": 1}') == 500


def _deadline() -> tuple[str, dict[str, Any]]:
    return "deadline", CASES["deadline"][0]


# The property: hostile request bodies built from each rule's request schema, mutated.
def _request_schema(rule: str) -> dict[str, Any]:
    text = (files("ecoreg.schemas") / f"{rule}-request.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


_WRONG = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    st.text(min_size=5_000, max_size=6_000),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@st.composite
def hostile_requests(draw: st.DrawFn) -> tuple[str, Any]:
    """A rule and its valid example request with a few keys at any depth mutated."""
    rule = draw(st.sampled_from(sorted(CASES)))
    request = json.loads(json.dumps(CASES[rule][0]))
    properties = sorted(_request_schema(rule)["properties"])
    for _ in range(draw(st.integers(1, 4))):
        node: Any = request
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            key = draw(
                st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node)))
            )
            if not isinstance(node[key], dict | list):
                break
            node = node[key]
        if isinstance(node, dict):
            action = draw(st.sampled_from(["wrong", "unknown", "null", "drop"]))
            key = draw(st.sampled_from(sorted(node) or properties))
            if action == "wrong":
                node[key] = draw(_WRONG)
            elif action == "unknown":
                node[draw(st.text(min_size=1, max_size=12)) + "_"] = draw(_WRONG)
            elif action == "null":
                node[key] = None
            else:
                node.pop(key, None)
        elif isinstance(node, list):
            node.append(draw(_WRONG))
    return rule, request


def _check(answer: str) -> None:
    assert isinstance(answer, str)
    answer.encode("utf-8")
    assert "Traceback" not in answer
    doc = json.loads(answer)
    if isinstance(doc, dict) and set(doc) == {"error"}:
        VALIDATOR.validate(doc)
        assert doc["error"]["status"] == 422, answer[:500]


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(drawn=hostile_requests())
def test_property_hostile_requests_get_a_result_or_a_valid_error_document(
    drawn: tuple[str, Any],
) -> None:
    rule, request = drawn
    _check(edge.decide(rule, request))
    _check(edge.decide(rule, json.dumps(request)))


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
@given(drawn=st.lists(hostile_requests(), min_size=1, max_size=4), junk=st.binary(max_size=20))
def test_property_every_line_gets_exactly_one_answer_line(
    drawn: list[tuple[str, Any]], junk: bytes
) -> None:
    # the line's own id and rule last: a mutated request may hold either key (e.g. "id": null)
    lines: list[Any] = [json.dumps({**q, "id": i, "rule": r}) for i, (r, q) in enumerate(drawn)]
    lines.append(junk + b"x")
    out = list(edge.serve_lines(lines))
    assert len(out) == len(lines)
    for i, line in enumerate(out):
        answer = json.loads(line)
        assert set(answer) in ({"id", "result"}, {"id", "error"})
        if i < len(drawn):
            assert answer["id"] == i
        if "error" in answer:
            VALIDATOR.validate({"error": answer["error"]})
            assert answer["error"]["status"] == 422


def _with_nulls(schema: dict[str, Any], node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with ``null`` for every optional key its schema lists and it does not send."""
    while "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[1]]
    if isinstance(node, dict) and isinstance(schema.get("properties"), dict):
        out = dict(node)
        for name, prop in schema["properties"].items():
            if name in out:
                inner = next((a for a in prop.get("anyOf", [prop]) if a != {"type": "null"}), prop)
                out[name] = _with_nulls(inner, out[name], defs)
            elif name not in schema.get("required", ()):
                out[name] = None
        return out
    return node


@pytest.mark.parametrize("rule", sorted(edge.RULES))
def test_a_request_with_null_for_every_unset_optional_key_is_valid_and_decides_alike(
    rule: str,
) -> None:
    """What generated classes send: every optional key the request leaves unset as ``null``.

    The published request schema accepts it, and the edge decides it as the request without.
    """
    example = json.loads((ROOT / "examples" / "requests" / f"{rule}.json").read_text("utf-8"))
    schema = json.loads(
        (files("ecoreg.schemas") / f"{rule}-request.schema.json").read_text("utf-8")
    )
    nulled = _with_nulls(schema, example, schema.get("$defs", {}))
    assert nulled != example
    jsonschema.Draft202012Validator(schema).validate(nulled)
    assert edge.decide(rule, nulled) == edge.decide(rule, example)
