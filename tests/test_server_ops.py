"""Operating the HTTP service (issue 24, point 5): batches, request ids, logs, metrics, versions,
configuration, HTTP details and a clean stop.
"""

import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

import ecoreg
from ecoreg import _ops, edge
from ecoreg._batch import MAX_BATCH, batch_line
from ecoreg.exceptions import InvalidInputError
from ecoreg.server import create_app
from test_edge import CASE, CASES, KEY, leaks

LOG = io.StringIO()
CLIENT = TestClient(create_app(log_stream=LOG))
PAYMENT = {
    "rule": "payment-deadline",
    "jurisdiction": "CN",
    "decided_on": "2026-09-16",
    "input": {"received_on": "2026-09-16"},
}
FINE = {"rule": "fine", "jurisdiction": "CN", "decided_on": "2026-03-10", "input": {"case": CASE}}


def log_lines(stream: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


# 1. Batches.


def test_a_batch_is_answered_in_order_each_item_as_if_alone() -> None:
    items: list[Any] = [
        {"id": rule, "rule": rule, **request} for rule, (request, _) in sorted(CASES.items())
    ]
    items.insert(2, {**FINE, "id": "bad", "jurisdiction": "CN-XX"})
    items.insert(4, {"id": "no-rule", "input": {}})
    items.insert(5, "not an object")
    response = CLIENT.post("/v1/batch", content=json.dumps({"requests": items}))
    assert response.status_code == 200
    results = response.json()["results"]
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        ident = item.get("id") if isinstance(item, dict) else None
        assert result["id"] == ident
        if ident in CASES:
            assert set(result) == {"id", "result"}
            text = json.dumps(result["result"], ensure_ascii=False, separators=(",", ":"))
            assert text == CASES[ident][1]()
        else:
            assert set(result) == {"id", "error"}
    assert results[2]["error"]["field"] == "jurisdiction"
    assert results[4]["error"]["field"] == "rule"
    assert results[5]["error"]["field"] == "request"
    # Byte for byte: a result is the text edge.decide answers for that request alone.
    single = CLIENT.post("/v1/batch", content=json.dumps({"requests": [FINE]}))
    assert single.text == '{"results":[{"id":null,"result":' + edge.decide("fine", FINE) + "}]}"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("{not json", "request"),
        ("[]", "request"),
        ('{"requests": {}}', "requests"),
        ('{"requests": [], "more": 1}', "request"),
        (json.dumps({"requests": [PAYMENT] * (MAX_BATCH + 1)}), "requests"),
    ],
)
def test_a_malformed_batch_gets_422_with_the_error_document(body: str, field: str) -> None:
    response = CLIENT.post("/v1/batch", content=body)
    assert response.status_code == 422
    assert response.json()["error"]["field"] == field


def test_a_full_batch_and_an_empty_one_are_answered() -> None:
    full = CLIENT.post("/v1/batch", content=json.dumps({"requests": [PAYMENT] * MAX_BATCH}))
    assert full.status_code == 200
    assert len(full.json()["results"]) == MAX_BATCH
    assert CLIENT.post("/v1/batch", content='{"requests": []}').json() == {"results": []}


def test_a_batch_over_the_body_limit_gets_413() -> None:
    small = TestClient(create_app(max_body=200, log="off"))
    response = small.post("/v1/batch", content=json.dumps({"requests": [PAYMENT] * 5}))
    assert response.status_code == 413


def run_serve_stdio(text: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "serve", "--stdio"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return out.stdout.splitlines()


def test_a_stdio_line_that_is_an_array_is_a_batch_and_single_lines_stay_as_they_were() -> None:
    single = json.dumps({"id": 1, **PAYMENT})
    batch = json.dumps([{"id": "a", **PAYMENT}, {"id": "b", "rule": "nope"}, 3])
    too_many = json.dumps([PAYMENT] * (MAX_BATCH + 1))
    lines = [single, batch, "  " + batch, too_many, "[1, 2", single]
    served = run_serve_stdio("\n".join(lines) + "\n")
    assert len(served) == len(lines)
    assert served[0] == served[5] == next(edge.serve_lines([single]))
    answers = json.loads(served[1])
    assert [a["id"] for a in answers] == ["a", "b", None]
    assert set(answers[0]) == {"id", "result"}
    assert answers[1]["error"]["field"] == "rule"
    assert answers[2]["error"]["field"] == "request"
    assert served[2] == served[1]
    assert json.loads(served[3])["error"]["field"] == "batch"
    assert json.loads(served[4])["error"]["field"] == "request"


SECRET_ITEM = {"rule": "verify-code", "input": {"key": KEY, "code": "x", "on": "2026-03-01"}}
SECRET_BATCHES = [
    {"requests": [SECRET_ITEM], "extra": 1},  # an unknown key beside the requests
    {"requests": SECRET_ITEM},  # the requests not an array
    {"requests": [[SECRET_ITEM]]},  # an item not an object
    {"requests": [{"rule": SECRET_ITEM, "input": {}}]},  # a rule not text
]


@pytest.mark.parametrize("body", SECRET_BATCHES)
def test_a_refused_batch_never_echoes_a_signing_key_inside_it(body: dict[str, Any]) -> None:
    """The shape of a batch or an item is described by its type and keys, not its values."""
    response = CLIENT.post("/v1/batch", content=json.dumps(body))
    assert response.status_code in {200, 422}
    assert '"error"' in response.text
    assert not leaks(response.text)
    line = batch_line(json.dumps(body["requests"]))
    assert not leaks(line)


# 2 and 3. Request ids and the access log.


def test_a_valid_request_id_is_echoed_and_logged_else_one_is_made_up() -> None:
    log = io.StringIO()
    client = TestClient(create_app(log_stream=log))
    given = client.get("/healthz", headers={"X-Request-Id": "req-42.abc_DEF"})
    assert given.headers["x-request-id"] == "req-42.abc_DEF"
    made = [
        client.get("/healthz").headers["x-request-id"],
        client.get("/healthz", headers={"X-Request-Id": "has space"}).headers["x-request-id"],
        client.get("/healthz", headers={"X-Request-Id": "x" * 129}).headers["x-request-id"],
        client.get("/healthz", headers={b"x-request-id": "é".encode()}).headers["x-request-id"],
    ]
    for ident in made:
        assert uuid.UUID(ident).version == 4
    assert len(set(made)) == len(made)
    assert (
        client.get("/healthz", headers={"X-Request-Id": "y" * 128}).headers["x-request-id"]
        == "y" * 128
    )
    logged = [line["request_id"] for line in log_lines(log)]
    assert logged[:5] == ["req-42.abc_DEF", *made]


def test_the_access_log_has_one_json_line_per_request_and_no_body() -> None:
    log = io.StringIO()
    client = TestClient(create_app(log_stream=log, token="t0ken"))  # noqa: S106 - a test token
    personal = "91350200776049653A-PERSONAL"
    headers = {"Authorization": "Bearer t0ken", "X-Request-Id": "r1"}
    body = json.dumps({**FINE, "input": {"case": {**CASE, "kind": personal}}})
    client.post("/v1/decide/fine", content=body, headers=headers)
    client.post("/v1/decide/fine?name=" + personal, content=body)
    client.post("/v1/batch", content=json.dumps({"requests": [PAYMENT, PAYMENT]}), headers=headers)
    client.get("/no/such/" + personal, headers=headers)
    text = log.getvalue()
    assert personal not in text
    assert "t0ken" not in text
    lines = log_lines(log)
    assert len(lines) == 4
    first = lines[0]
    assert set(first) == {
        "time",
        "level",
        "request_id",
        "method",
        "path",
        "route",
        "rule",
        "status",
        "duration_ms",
        "bytes_in",
        "bytes_out",
    }
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", first["time"])
    assert (first["request_id"], first["method"], first["path"]) == (
        "r1",
        "POST",
        "/v1/decide/fine",
    )
    assert (first["rule"], first["status"], first["level"]) == ("fine", 422, "warning")
    assert first["bytes_in"] == len(body.encode())
    assert first["bytes_out"] > 0
    assert first["duration_ms"] >= 0
    assert (lines[1]["status"], lines[1]["path"]) == (401, "/v1/decide/fine")
    assert (lines[2]["route"], lines[2]["items"], lines[2]["level"]) == ("/v1/batch", 2, "info")
    assert (lines[3]["status"], lines[3]["route"], lines[3]["path"]) == (404, "other", None)


@pytest.mark.parametrize(
    ("level", "logged"), [("info", 3), ("warning", 2), ("error", 0), ("off", 0)]
)
def test_the_log_level_chooses_what_is_logged(level: str, logged: int) -> None:
    log = io.StringIO()
    client = TestClient(create_app(log=level, log_stream=log))
    client.get("/healthz")
    client.post("/v1/decide/nope", content="{}")
    client.get("/nowhere")
    assert len(log_lines(log)) == logged


def test_a_bad_log_level_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="log"):
        create_app(log="debug")


# 4. Metrics.


SAMPLE = re.compile(r'([a-z_]+)(\{(?:[a-z_]+="(?:[^"\\]|\\.)*",?)*\})? (\S+)')


def parse_metrics(text: str) -> tuple[dict[str, str], dict[str, float]]:
    """The text exposition format, read strictly: the TYPE of each family, and every sample."""
    types: dict[str, str] = {}
    helped: set[str] = set()
    samples: dict[str, float] = {}
    assert text.endswith("\n")
    for line in text.splitlines():
        if line.startswith("# HELP "):
            helped.add(line.split()[2])
        elif line.startswith("# TYPE "):
            _, _, name, kind = line.split()
            assert kind in {"counter", "gauge", "histogram"}
            types[name] = kind
        else:
            match = SAMPLE.fullmatch(line)
            assert match, line
            name = match.group(1)
            family = re.sub(r"_(bucket|sum|count)$", "", name)
            assert family in types or name in types, line
            assert (family if family in types else name) in helped, line
            samples[name + (match.group(2) or "")] = float(match.group(3))
    return types, samples


def test_metrics_count_requests_by_rule_and_status_with_a_latency_histogram() -> None:
    client = TestClient(create_app(log="off"))
    body = json.dumps({k: v for k, v in PAYMENT.items() if k != "rule"})
    for _ in range(3):
        assert client.post("/v1/decide/payment-deadline", content=body).status_code == 200
    client.post("/v1/decide/fine", content="{}")
    client.post("/v1/decide/not-a-rule", content="{}")
    client.post("/v1/batch", content=json.dumps({"requests": [PAYMENT, {"rule": "fine"}]}))
    response = client.get("/metrics")
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    types, samples = parse_metrics(response.text)
    assert types["ecoreg_http_requests_total"] == "counter"
    assert types["ecoreg_http_request_duration_seconds"] == "histogram"
    decide = 'route="/v1/decide/{rule}"'
    assert (
        samples[f'ecoreg_http_requests_total{{{decide},rule="payment-deadline",status="200"}}'] == 3
    )
    assert samples[f'ecoreg_http_requests_total{{{decide},rule="fine",status="422"}}'] == 1
    assert samples[f'ecoreg_http_requests_total{{{decide},rule="",status="422"}}'] == 1
    assert samples['ecoreg_batch_items_total{rule="payment-deadline",outcome="result"}'] == 1
    assert samples['ecoreg_batch_items_total{rule="fine",outcome="error"}'] == 1
    buckets = [
        value
        for key, value in samples.items()
        if key.startswith(f"ecoreg_http_request_duration_seconds_bucket{{{decide}")
    ]
    assert len(buckets) == len(_ops.BUCKETS) + 1
    assert buckets == sorted(buckets)  # cumulative
    assert buckets[-1] == samples[f"ecoreg_http_request_duration_seconds_count{{{decide}}}"] == 5
    assert samples[f"ecoreg_http_request_duration_seconds_sum{{{decide}}}"] > 0
    assert samples["ecoreg_http_requests_in_flight"] == 1  # the scrape itself
    info = next(k for k in samples if k.startswith("ecoreg_info"))
    assert _ops.data_version().label in info


def test_label_values_are_escaped() -> None:
    metrics = _ops.Metrics(info={"version": 'a"b\\c\nd'})
    _, samples = parse_metrics(metrics.render())
    assert 'ecoreg_info{version="a\\"b\\\\c\\nd"}' in samples


# 5. Settings from flags and the environment.


def test_flags_win_over_the_environment_and_empty_variables_are_unset() -> None:
    environ = {
        "ECOREG_HOST": "0.0.0.0",  # noqa: S104 - a value to parse, nothing is bound
        "ECOREG_PORT": "9001",
        "ECOREG_WORKERS": "3",
        "ECOREG_TIMEOUT": "2.5",
        "ECOREG_MAX_BODY": "",
        "ECOREG_LOG": "WARNING",
    }
    config = _ops.settings({"port": "9002", "log": None}, environ)
    assert config == _ops.Settings(
        host="0.0.0.0",  # noqa: S104
        port=9002,
        workers=3,
        timeout=2.5,
        log="warning",
    )
    assert _ops.settings({}, {}) == _ops.Settings()
    assert _ops.settings({}, config.environment()) == config


@pytest.mark.parametrize(
    ("flags", "environ", "field"),
    [
        ({}, {"ECOREG_PORT": "abc"}, "ECOREG_PORT"),
        ({}, {"ECOREG_PORT": "70000"}, "ECOREG_PORT"),
        ({"port": "0"}, {}, "--port"),
        ({}, {"ECOREG_WORKERS": "0"}, "ECOREG_WORKERS"),
        ({"workers": "65"}, {}, "--workers"),
        ({}, {"ECOREG_TIMEOUT": "nan"}, "ECOREG_TIMEOUT"),
        ({"timeout": "0"}, {}, "--timeout"),
        ({"timeout": "3601"}, {}, "--timeout"),
        ({}, {"ECOREG_MAX_BODY": "-1"}, "ECOREG_MAX_BODY"),
        ({"max_body": str(2**31)}, {}, "--max-body"),
        ({}, {"ECOREG_LOG": "debug"}, "ECOREG_LOG"),
        ({"host": "bad host"}, {}, "--host"),
        ({"token_file": " "}, {}, "--token-file"),
    ],
)
def test_a_bad_setting_is_refused_naming_the_flag_or_variable(
    flags: dict[str, str], environ: dict[str, str], field: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        _ops.settings(flags, environ)
    assert caught.value.field == field


def test_a_bad_environment_variable_stops_serve_with_an_error_document() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "serve"],
        env={**os.environ, "ECOREG_PORT": "eighty"},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert out.returncode == 2
    assert json.loads(out.stdout)["error"]["field"] == "ECOREG_PORT"


@pytest.mark.parametrize("content", ["", "  \n\t\n", "two words"])
def test_an_empty_or_unusable_token_file_is_refused_at_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    from ecoreg.cli import main  # noqa: PLC0415 - the command line, in process

    token = tmp_path / "token.txt"
    token.write_text(content, encoding="utf-8")
    assert main(["serve", "--token-file", str(token)]) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["field"] == "token-file"
    with pytest.raises(InvalidInputError, match="token"):
        create_app(token=content.strip())


# 6. Versions.


def test_every_response_names_the_versions_and_v1_version_explains_them() -> None:
    client = TestClient(create_app(token="k", log="off"))  # noqa: S106 - a test token
    data = _ops.data_version()
    for response in (
        client.get("/healthz"),
        client.get("/v1/version"),  # 401 without the token
        client.get("/nowhere", headers={"Authorization": "Bearer k"}),
    ):
        assert response.headers["x-ecoreg-version"] == ecoreg.__version__
        assert response.headers["x-ecoreg-data-version"] == data.label
    version = client.get("/v1/version", headers={"Authorization": "Bearer k"}).json()
    assert version["ecoreg"] == ecoreg.__version__
    assert version["data"]["version"] == data.label
    assert re.fullmatch(r"[0-9a-f]{64}", version["data"]["sha256"])
    assert data.label == f"{data.date}.{data.sha256[:12]}"
    assert version["data"]["instruments"] == len(ecoreg.law.INSTRUMENTS)
    assert version["data"]["jurisdictions"] == len(ecoreg.standard_policy_book().jurisdictions)


def test_the_data_version_changes_with_the_data_and_only_then() -> None:
    book = ecoreg.standard_policy_book()
    assert _ops.data_version(book) == _ops.data_version()
    extended = book.extend(
        {
            "jurisdictions": [
                {
                    "code": "CN-TJ-XX",
                    "name_zh": "某区",
                    "name_en": "Some district",
                    "level": "district",
                    "parent": "CN-TJ",
                }
            ]
        }
    )
    other = _ops.data_version(extended)
    assert other.sha256 != _ops.data_version().sha256
    assert other.jurisdictions == _ops.data_version().jurisdictions + 1


def test_version_on_the_command_line() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "--version"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    label = _ops.data_version().label
    assert out.stdout == f"ecoreg {ecoreg.__version__} (law and policy data {label})\n"


# 7. HTTP details.


def test_405_names_the_allowed_methods_and_401_the_scheme() -> None:
    wrong = CLIENT.get("/v1/decide/fine")
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "POST"
    assert wrong.json()["error"]["field"] == "method"
    assert CLIENT.delete("/v1/version").headers["allow"] == "GET"
    denied = TestClient(create_app(token="k", log="off")).post("/v1/batch", content="{}")  # noqa: S106
    assert denied.status_code == 401
    assert denied.headers["www-authenticate"].startswith("Bearer")
    assert denied.json()["error"]["field"] == "authorization"


def slow_decide(rule: object, request: Any, *, book: Any = None) -> str:
    del rule, request, book
    time.sleep(0.3)
    return '{"slow":true}'


def test_a_decision_past_the_time_limit_gets_503_with_the_error_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(edge, "decide", slow_decide)
    client = TestClient(create_app(timeout=0.05, log="off"))
    response = client.post("/v1/decide/fine", content="{}")
    assert response.status_code == 503
    error = response.json()["error"]
    assert (error["kind"], error["field"], error["status"]) == (
        "DecisionTimeoutError",
        "request",
        503,
    )
    assert "0.05" in error["allowed"]
    batch = client.post("/v1/batch", content=json.dumps({"requests": [PAYMENT, PAYMENT]}))
    assert batch.status_code == 200
    results = batch.json()["results"]
    assert [(r["error"]["kind"], r["error"]["status"]) for r in results] == [
        ("DecisionTimeoutError", 503)
    ] * 2


def test_a_batch_keeps_the_results_decided_within_its_time_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = edge.decide

    def decide(rule: object, request: Any, *, book: Any = None) -> str:
        if isinstance(request, dict) and request.get("id") == "slow":
            time.sleep(1.0)
        return real(rule, request, book=book)

    monkeypatch.setattr(edge, "decide", decide)
    client = TestClient(create_app(timeout=0.5, log="off"))
    items = [{"id": 1, **PAYMENT}, {"id": "slow", **PAYMENT}, {"id": 3, **PAYMENT}]
    results = client.post("/v1/batch", content=json.dumps({"requests": items})).json()["results"]
    assert [r["id"] for r in results] == [1, "slow", 3]
    assert "result" in results[0]
    assert results[1]["error"]["kind"] == results[2]["error"]["kind"] == "DecisionTimeoutError"


# 5 and 7 in a real process: workers configured by the environment, and a drained stop.


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(*args: str, **env: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "ecoreg", "serve", "--port", str(port), *args],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    for _ in range(600):
        try:
            httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1)
        except httpx.TransportError:
            assert process.poll() is None, process.communicate()
            time.sleep(0.05)
        else:
            return process, port
    process.kill()
    pytest.fail("the service did not start")


def test_workers_read_their_settings_from_the_environment(tmp_path: Path) -> None:
    token = tmp_path / "token.txt"
    token.write_text("w0rkers\n", encoding="utf-8")
    process, port = start("--workers", "2", ECOREG_TOKEN_FILE=str(token), ECOREG_LOG="off")
    try:
        url = f"http://127.0.0.1:{port}/v1/decide/payment-deadline"
        body = json.dumps({k: v for k, v in PAYMENT.items() if k != "rule"})
        assert httpx.post(url, content=body, timeout=30).status_code == 401
        ok = httpx.post(url, content=body, headers={"Authorization": "Bearer w0rkers"}, timeout=30)
        assert ok.status_code == 200
        assert ok.text == edge.decide("payment-deadline", body)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert b'"request_id"' not in err  # ECOREG_LOG=off reached the workers


def test_sigterm_lets_the_request_in_flight_finish_then_exits_0() -> None:
    process, port = start(ECOREG_LOG="info")
    body = json.dumps({k: v for k, v in PAYMENT.items() if k != "rule"}).encode()
    head = (
        f"POST /v1/decide/payment-deadline HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
            sock.sendall(head + body[:10])  # the request has begun: its body is on the way
            time.sleep(0.5)
            process.send_signal(signal.SIGTERM)
            time.sleep(0.5)
            assert process.poll() is None  # draining: waiting for this request
            sock.sendall(body[10:])
            answer = b""
            while chunk := sock.recv(65536):
                answer += chunk
    finally:
        _, err = process.communicate(timeout=60)
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert answer.endswith(edge.decide("payment-deadline", body).encode())
    assert process.returncode == 0, err
    assert b'"path":"/v1/decide/payment-deadline"' in err


def test_an_internal_error_is_a_500_error_document_without_its_detail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In a rule (the edge's document) or escaping a route (the guard's): 500, no traceback."""

    def broken(*args: object, **kwargs: object) -> None:
        del args, kwargs
        raise ZeroDivisionError("a secret detail")

    client = TestClient(create_app(log="off"), raise_server_exceptions=False)
    monkeypatch.setattr(ecoreg, "payment_deadline", broken)
    response = client.post("/v1/decide/payment-deadline", json=CASES["payment-deadline"][0])
    assert response.status_code == 500
    assert response.json()["error"]["kind"] == "InternalError"
    assert "secret" not in response.text
    monkeypatch.setattr(edge, "decide", broken)
    response = client.post("/v1/decide/fine", json=FINE)
    assert response.status_code == 500
    assert response.json()["error"]["status"] == 500
    assert "secret" not in response.text
    assert "Traceback" not in response.text
    assert response.headers["x-request-id"]
