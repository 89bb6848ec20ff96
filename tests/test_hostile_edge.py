"""Hostile input at the JSON edge, the command line and HTTP (issue 22).

Every reproducer of ``hostile-inputs.md`` that concerns `ecoreg.edge`, ``ecoreg decide``,
``ecoreg serve --stdio`` or the HTTP service (C6, C7, C8, C9, C10, C23, C30, I1, I4, I5)
has a regression test named after it; a Hypothesis test then draws values of each class
(lone surrogates, bytes that are not UTF-8, deep nesting, huge numbers, unhashable values,
keys of 10-100 KB) for the rule and for every field of every rule's request. The contract:
an answer or an ecoreg error document, valid UTF-8, bounded; never another exception.
"""

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ecoreg import edge
from ecoreg.cli import main
from ecoreg.exceptions import InvalidTypeError
from ecoreg.server import create_app
from test_edge import CASES

MAX_ERROR_BYTES = 20_000
CLIENT = TestClient(create_app())
FINE: dict[str, Any] = {
    "jurisdiction": "CN-GD-DG",
    "decided_on": "2026-03-10",
    "input": {
        "case": {
            "kind": "air.over-limit",
            "occurred_on": "2026-01-05",
            "discovered_on": "2026-02-01",
            "harm": "slight",
        }
    },
}


def _deep(depth: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(depth):
        value = [value]
    return value


def short_id(value: object) -> str | None:
    """A test id for a parameter that pytest would spell too long (or fail to spell)."""
    if isinstance(value, str | bytes) and len(value) <= 40:
        return None
    return type(value).__name__


def error_of(answer: str) -> dict[str, Any]:
    """The error of an answer that must be an error document, checked to be bounded UTF-8."""
    size = len(answer.encode("utf-8"))
    assert size < MAX_ERROR_BYTES, size
    doc = json.loads(answer)
    assert set(doc) == {"error"}, answer[:300]
    error: dict[str, Any] = doc["error"]
    assert {"kind", "field", "value", "allowed", "message_zh", "message_en"} <= set(error)
    assert {"status", "problem_count", "problems"} <= set(error)  # issue 24: for programs
    assert error["problems"], answer[:300]
    return error


def run_cli(*args: str | bytes, stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    """``python -m ecoreg ARGS`` in the C locale, with no encoding asked of Python."""
    environ = {k: v for k, v in os.environ.items() if k not in {"PYTHONIOENCODING", "PYTHONUTF8"}}
    environ.update({"LANG": "C", "LC_ALL": "C", **env})
    return subprocess.run(
        [
            sys.executable.encode(),
            b"-m",
            b"ecoreg",
            *(a if isinstance(a, bytes) else a.encode() for a in args),
        ],
        input=stdin,
        capture_output=True,
        check=False,
        env=environ,
        timeout=60,
    )


# C6: input.unit not hashable (and not text) crashed `unit not in units`.
@pytest.mark.parametrize("unit", [[], {}, 5, "\ud800", "hour"])  # null: absent (issue 24)
def test_c6_an_unhashable_or_unknown_unit_is_refused_naming_the_field(unit: Any) -> None:
    error = error_of(edge.decide("deadline", {"input": {"unit": unit, "count": 5}}))
    assert error["kind"] == "InvalidInputError"
    assert error["field"] == "input.unit"
    if unit != "\ud800":  # a lone surrogate is refused as text before any rule reads it
        assert "penalty_law_days" in error["allowed"]
        assert "hours" in error["allowed"]


# C7: CaseType("x") raised ValueError outside the ecoreg tree; every enum the edge reads.
@pytest.mark.parametrize(
    ("rule", "key", "allowed"),
    [
        ("installment-plan", "case_type", "non_litigation"),
        ("daily-penalty", "trigger", "obstructed_reinspection"),
    ],
)
@pytest.mark.parametrize("value", ["x", [], {"a": 1}, 1, True])
def test_c7_an_enum_value_that_is_not_one_is_refused_naming_the_field(
    rule: str, key: str, allowed: str, value: Any
) -> None:
    request = json.loads(json.dumps(CASES[rule][0]))
    request["input"][key] = value
    error = error_of(edge.decide(rule, request))
    assert error["kind"] == "InvalidInputError"
    assert error["field"] == f"input.{key}"
    assert allowed in error["allowed"]


# C8 and I1: an answer echoing a lone surrogate (a JSON \ud800 escape) could not be written.
def test_c8_i1_a_lone_surrogate_is_refused_and_never_echoed_raw() -> None:
    request = '{"jurisdiction":"CN","decided_on":"2026-09-16","input":{"received_on":"\\ud800"}}'
    error = error_of(edge.decide("payment-deadline", request))
    assert error["field"] == "input.received_on"
    assert error["value"] == "\\ud800"
    for rule, field in (("\ud800", "rule"), ("\udcff", "rule")):
        answer = edge.decide(rule, "{}")
        answer.encode("utf-8")
        assert error_of(answer)["field"] == field
        assert error_of(answer)["value"] == rule.encode("utf-8", "backslashreplace").decode()
    key = error_of(edge.decide("fine", {"input": {"\ud800": 1}}))
    assert key["value"] == "\\ud800"
    text = error_of(edge.decide("fine", "\ud800{}"))
    assert text["field"] == "request"
    assert "UTF-8" in text["allowed"]


def test_c8_the_command_line_writes_the_error_document_in_utf8() -> None:
    request = b'{"jurisdiction":"CN","decided_on":"2026-09-16","input":{"received_on":"\\ud800"}}'
    out = run_cli("decide", "payment-deadline", stdin=request)
    assert out.returncode == 2, out.stderr
    error = error_of(out.stdout.decode("utf-8"))
    assert error["field"] == "input.received_on"


# C9: a line on stdin that is not UTF-8 killed `serve --stdio`; C8 on the stream too.
def test_c9_serve_answers_a_line_that_is_not_utf8_and_goes_on() -> None:
    lines = [
        b"\xff\xfe",
        b'{"id": 2, "rule": "nope"}',
        (
            b'{"id": 3, "rule": "payment-deadline", "jurisdiction": "CN", "decided_on": "2026-09-16",'
            b' "input": {"received_on": "\\ud800"}}'
        ),
        (
            b'{"id": "\xe4\xb8\x80", "rule": "payment-deadline", "jurisdiction": "CN",'
            b' "decided_on": "2026-09-16", "input": {"received_on": "2026-09-16"}}'
        ),
    ]
    out = run_cli("serve", "--stdio", stdin=b"\n".join(lines) + b"\n")
    assert out.returncode == 0, out.stderr
    answers = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert [a["id"] for a in answers] == [None, 2, 3, "一"]
    assert answers[0]["error"]["field"] == "request"
    assert answers[0]["error"]["allowed"] == "a JSON text in UTF-8"
    assert answers[1]["error"]["field"] == "rule"
    assert answers[2]["error"]["field"] == "input.received_on"
    assert answers[3]["result"]["last_day"] == "2026-10-08"


# C10: serve_lines decoded bytes without an error handler.
@pytest.mark.parametrize("line", [b"\xed\xa0\x80", b"\xff", b"{\x80}", "\udcff", 42, None])
def test_c10_serve_lines_answers_a_bad_line_with_an_error_line(line: Any) -> None:
    out = list(edge.serve_lines([line, '{"id": 9, "rule": "nope"}']))
    assert len(out) == 2
    first = json.loads(out[0])
    assert first["id"] is None
    assert first["error"]["field"] == "request"
    assert json.loads(out[1])["id"] == 9
    for answer in out:
        answer.encode("utf-8")


def test_c10_serve_lines_takes_a_whole_text_and_refuses_what_is_no_iterable() -> None:
    assert len(list(edge.serve_lines(b'{"id": 1, "rule": "nope"}\n\n{"id": 2}'))) == 2
    with pytest.raises(InvalidTypeError):
        list(edge.serve_lines(42))


# C23: an unhashable rule, a request nested 5000 deep, a request that is a huge int.
@pytest.mark.parametrize(
    ("rule", "sent", "field"),
    [
        ([], "{}", "rule"),
        ({}, {}, "rule"),
        ({"a"}, {}, "rule"),
        (None, {}, "rule"),
        ("grade", _deep(5000), "request"),
        ("grade", {"input": {"profile": _deep(5000)}}, "input.profile"),
        ("grade", "[" * 5000 + "]" * 5000, "request"),
        ("grade", "[" * 100 + "]" * 100, "0"),
        ("surcharge", 10**5000, "request"),
        ("surcharge", {"input": {"base": 10**5000}}, "input.base"),
        ("surcharge", '{"input": {"base": ' + "9" * 4000 + "}}", "input.base"),
        ("fine", {"input": {"case": {1, 2}}}, "input.case"),
        ("fine", {"input": {1: "x"}}, "input"),
        ("fine", {"jurisdiction": object()}, "jurisdiction"),
        ("fine", b"\xff\xfe", "request"),
        ("fine", bytearray(b"\xff"), "request"),
    ],
    ids=short_id,
)
def test_c23_any_python_value_gets_an_error_document(rule: Any, sent: Any, field: str) -> None:
    error = error_of(edge.decide(rule, sent))
    assert error["field"].startswith(field)  # nesting too deep: the path where it goes past


# I4: an unknown key was echoed three times, untruncated (field, message_zh, message_en).
@pytest.mark.parametrize(
    "sent",
    [
        {"k" * 100_000: 1},
        {"input": {"k" * 100_000: 1}},
        {"input": {"case": {**FINE["input"]["case"], "k" * 100_000: 1}}},
        {"jurisdiction": "CN", "decided_on": "2026-03-10", "input": {"case": {"k" * 100_000: 1}}},
        {**FINE, "input": {**FINE["input"], "proposed": "x" * 100_000}},
        {"jurisdiction": "K" * 100_000, "decided_on": "2026-03-10", "input": FINE["input"]},
    ],
    ids=short_id,
)
def test_i4_a_long_key_or_value_is_cut_wherever_it_is_echoed(sent: dict[str, Any]) -> None:
    error = error_of(edge.decide("fine", sent))
    assert len(error["field"]) <= 80
    assert not isinstance(error["value"], str) or len(error["value"]) <= 80
    for text in (error["message_zh"], error["message_en"]):
        assert "k" * 200 not in text
        assert "x" * 200 not in text
        assert "K" * 200 not in text


# I5: unknown keys inside `input` were ignored silently (a misspelt optional key).
def test_i5_an_unknown_input_key_is_refused_listing_the_rule_s_keys() -> None:
    typo = json.loads(json.dumps(FINE))
    typo["input"]["propsed"] = "1.00"
    error = error_of(edge.decide("fine", typo))
    assert error["field"] == "input.propsed"
    assert error["value"] == "1.00"
    assert "case, proposed, study" in error["allowed"]


@pytest.mark.parametrize("rule", sorted(edge.RULES))
def test_i5_every_rule_refuses_an_unknown_input_key_as_its_schema_does(rule: str) -> None:
    request = json.loads(json.dumps(CASES[rule][0]))
    request.setdefault("input", {})["flags_"] = True
    error = error_of(edge.decide(rule, request))
    assert error["field"] == "input.flags_"
    schema = json.loads(
        (files("ecoreg.schemas") / f"{rule}-request.schema.json").read_text(encoding="utf-8")
    )
    inputs = schema["$defs"][schema["properties"]["input"]["$ref"].rsplit("/", 1)[-1]]
    assert inputs["additionalProperties"] is False
    assert set(inputs["properties"]) == edge.RULES[rule].inputs


# C30: a rule on argv that is not UTF-8 was written back raw under LANG=C.
@pytest.mark.parametrize(
    "env", [{}, {"PYTHONIOENCODING": "ascii"}, {"PYTHONIOENCODING": "latin-1"}]
)
def test_c30_a_rule_that_is_not_utf8_is_echoed_escaped(env: dict[str, str]) -> None:
    out = run_cli("decide", b"\xff\xe4\xb8\x80", stdin=b"{}", **env)
    assert out.returncode == 2, out.stderr
    error = error_of(out.stdout.decode("utf-8"))
    assert error["field"] == "rule"
    assert error["value"] == "\\udcff一"
    assert "允许的值" in error["message_zh"]


def test_a_policy_or_token_file_that_is_not_utf8_is_an_error_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "policy.json"
    bad.write_bytes(b'{"measures": [], "x": "\xff"}')
    assert main(["decide", "payment-deadline", "--policy", str(bad), "--input", str(bad)]) == 2
    assert error_of(capsys.readouterr().out)["field"] == "policy"
    surrogate = tmp_path / "surrogate.json"
    surrogate.write_text('{"measures": [{"id": "\\ud800"}]}', encoding="utf-8")
    assert main(["serve", "--stdio", "--policy", str(surrogate)]) == 2
    assert error_of(capsys.readouterr().out)["field"] == "policy.measures.0.id"
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    assert main(["serve", "--stdio", "--policy", str(deep)]) == 2
    assert error_of(capsys.readouterr().out)["field"] == "policy"
    assert main(["serve", "--token-file", str(bad)]) == 2
    assert error_of(capsys.readouterr().out)["field"] == "token-file"


# HTTP: the same requests give a 4xx error document, never a 500 or a dropped connection.
@pytest.mark.parametrize(
    ("path", "body"),
    [
        (
            "/v1/decide/payment-deadline",
            b'{"jurisdiction":"CN","decided_on":"2026-09-16","input":{"received_on":"\\ud800"}}',
        ),
        ("/v1/decide/fine", json.dumps({**FINE, "jurisdiction": "\udcff"}).encode()),
        ("/v1/decide/fine", b"\xff\xfe"),
        ("/v1/decide/fine", b"[" * 5000 + b"]" * 5000),
        ("/v1/decide/surcharge", b'{"input": {"base": ' + b"9" * 5000 + b"}}"),
        ("/v1/decide/deadline", b'{"input": {"unit": []}}'),
        ("/v1/decide/installment-plan", b'{"input": {"case_type": "x"}}'),
        ("/v1/decide/fine", json.dumps({"k" * 100_000: 1}).encode()),
        (
            "/v1/decide/fine",
            json.dumps({**FINE, "input": {**FINE["input"], "propsed": 1}}).encode(),
        ),
        ("/v1/decide/%ED%A0%80", b"{}"),
        ("/v1/decide/" + "k" * 10_000, b"{}"),
    ],
    ids=short_id,
)
def test_http_hostile_requests_get_a_4xx_error_document(path: str, body: bytes) -> None:
    response = CLIENT.post(path, content=body)
    assert 400 <= response.status_code < 500, response.text[:300]
    error_of(response.text)


def test_http_hostile_headers_get_a_4xx_error_document() -> None:
    small = TestClient(create_app(max_body=100, token="s3cret"), raise_server_exceptions=False)  # noqa: S106 - a test token
    for header in (b"Bearer \xc3\xa9", b"\xff", b"Bearer s3cret\x00"):
        response = small.post(
            "/v1/decide/deadline", content="{}", headers={b"authorization": header}
        )
        assert response.status_code == 401
        error_of(response.text)
    for length in (b"9" * 5000, b"\xb2", b"-1", b"1e9"):
        response = small.post(
            "/v1/decide/deadline",
            content="{}",
            headers={b"authorization": b"Bearer s3cret", b"content-length": length},
        )
        assert 400 <= response.status_code < 500, (length, response.status_code)
        error_of(response.text)
    accented = TestClient(create_app(token="sécret"))  # noqa: S106 - a test token
    ok = accented.post(
        "/v1/decide/deadline",
        content=json.dumps({"input": {"event": "2026-09-29", "count": 5}}),
        headers={b"authorization": "Bearer sécret".encode()},
    )
    assert ok.status_code == 200


# The property: hostile values of every class, for the rule and for every field of every rule.
_TEXT = st.text(st.characters(codec=None), max_size=20)
_SURROGATE = st.builds(
    lambda head, s, tail: head + s + tail,
    _TEXT,
    st.sampled_from(["\ud800", "\udfff", "\udcff", "\udc80"]),
    _TEXT,
)
_BIG_KEY = st.integers(10_000, 100_000).map(lambda n: "k" * n)
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**30, -(10**30), 2**63, -(2**63) - 1]),
    st.integers(4000, 6000).map(lambda n: 10**n),
    st.floats(),
    _TEXT,
    _SURROGATE,
    st.binary(max_size=20),
    st.sampled_from(["2026-02-30", "", " ", "0", "1e999", "NaN", "non_litigation", "hours"]),
)
HOSTILE = (
    st.recursive(
        _SCALARS,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(st.one_of(_TEXT, _SURROGATE, _BIG_KEY), inner, max_size=3),
            st.frozensets(st.integers(), max_size=2),
            st.tuples(inner),
            st.builds(set, st.lists(st.integers(), max_size=2)),
        ),
        max_leaves=8,
    )
    | st.builds(_deep, st.sampled_from([64, 65, 70, 5000]))
    | st.sampled_from([object(), ...])
)


def _check(answer: Any) -> None:
    assert isinstance(answer, str)
    size = len(answer.encode("utf-8"))  # valid UTF-8, whatever was sent
    doc = json.loads(answer)
    if isinstance(doc, dict) and set(doc) == {"error"}:
        assert size < MAX_ERROR_BYTES, size


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(rule=st.one_of(HOSTILE, st.sampled_from(sorted(edge.RULES))), request=HOSTILE)
def test_property_any_rule_and_request_gets_a_document(rule: Any, request: Any) -> None:
    _check(edge.decide(rule, request))


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), rule=st.sampled_from(sorted(edge.RULES)), value=HOSTILE)
def test_property_any_field_of_any_rule_gets_a_document(
    data: st.DataObject, rule: str, value: Any
) -> None:
    request = json.loads(json.dumps(CASES[rule][0]))
    where = data.draw(st.sampled_from(["input", "top", "unknown", "text"]))
    if where == "input":
        request.setdefault("input", {})[
            data.draw(st.sampled_from(sorted(edge.RULES[rule].inputs)))
        ] = value
    elif where == "top":
        request[data.draw(st.sampled_from(["jurisdiction", "decided_on", "input", "id"]))] = value
    elif where == "unknown":
        request.setdefault("input", {})[data.draw(st.one_of(_BIG_KEY, _SURROGATE, _TEXT))] = value
    else:
        text = json.dumps(request)
        cut = data.draw(st.integers(0, len(text)))
        insert = data.draw(
            st.one_of(
                st.binary(max_size=8), _SURROGATE.map(lambda t: t.encode("utf-8", "surrogatepass"))
            )
        )
        request = text.encode()[:cut] + insert + text.encode()[cut:]
    _check(edge.decide(rule, request))


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    lines=st.lists(
        st.one_of(
            st.binary(max_size=30),
            _SURROGATE,
            _TEXT,
            st.sampled_from([b'{"id": 1, "rule": "nope"}', b'{"id": "\\ud800"}', b"[" * 3000]),
        ),
        max_size=5,
    )
)
def test_property_serve_lines_answers_every_line_in_utf8(lines: list[Any]) -> None:
    out = list(edge.serve_lines(lines))
    assert len(out) == sum(1 for line in lines if line.strip())
    for answer in out:
        _check(answer)
