"""The JSON edge (issue 12): every rule through `ecoreg decide` and `ecoreg serve --stdio`."""

import json
import subprocess
import sys
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
import pytest

import ecoreg
from ecoreg import edge
from ecoreg.law import catalogue
from ecoreg.schemas import SCHEMAS


def schema_text(name: str) -> str:
    return (files("ecoreg.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")


BOOK = ecoreg.standard_policy_book()
CASE = {
    "kind": "monitoring.not-networked",
    "occurred_on": "2026-01-05",
    "discovered_on": "2026-02-01",
    "corrected_on": "2026-02-10",
    "harm": "slight",
    "notice_received_on": "2026-02-24",
    "apology_pledge": {"filed_on": "2026-03-04"},
}
PLAN = ecoreg.build_installment_plan(
    "200000",
    count=8,
    interval_months=3,
    starts_on="2026-03-02",
    case_type=ecoreg.CaseType.NON_LITIGATION,
)
ALERT = {
    "id": "a1",
    "enterprise": "E1",
    "outlet": "DA001",
    "pollutant": "SO2",
    "kind": "concentration_exceedance",
    "start": "2026-10-01T09:00:00+08:00",
}
PROFILE = {"credit_code": "91350200776049653A", "name": "Example Co.", "jurisdiction": "CN-SN"}
APPLICATION = {
    "fine": "200000",
    "case_type": "non_litigation",
    "decision_received_on": "2026-03-01",
    "filed_on": "2026-03-02",
    "grounds": ["operating_difficulty"],
    "request": {"kind": "installments", "count": 8, "interval_months": 3},
}


def policy(code: str, day: str) -> ecoreg.Policy:
    return BOOK.resolve(code, day)


# rule -> (request, the same decision computed directly in Python, as JSON text)
CASES: dict[str, tuple[dict[str, Any], Any]] = {
    "deadline": (
        {"input": {"event": "2026-09-29", "count": 5}},
        lambda: ecoreg.penalty_law_days_after("2026-09-29", 5).to_json(),
    ),
    "payment-deadline": (
        {"jurisdiction": "CN", "decided_on": "2026-09-16", "input": {"received_on": "2026-09-16"}},
        lambda: ecoreg.payment_deadline("2026-09-16", policy=policy("CN", "2026-09-16")).to_json(),
    ),
    "leniency": (
        {"jurisdiction": "CN-GD-DG", "decided_on": "2026-03-10", "input": {"case": CASE}},
        lambda: ecoreg.decide_leniency(
            ecoreg.ViolationCase.from_data(CASE),
            policy=policy("CN-GD-DG", "2026-03-10"),
            decided_on="2026-03-10",
        ).to_json(),
    ),
    "fine": (
        {
            "jurisdiction": "CN-GD-DG",
            "decided_on": "2026-03-10",
            "input": {"case": CASE, "proposed": "100000"},
        },
        lambda: ecoreg.decide_fine(
            ecoreg.ViolationCase.from_data(CASE),
            policy=policy("CN-GD-DG", "2026-03-10"),
            decided_on="2026-03-10",
            proposed="100000",
        ).to_json(),
    ),
    "daily-penalty": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-09-11",
            "input": {
                "original_fine": "100000",
                "kind": "air.over-limit",
                "order_served_on": "2026-09-01",
                "reinspected_on": "2026-09-11",
                "trigger": "obstructed_reinspection",
            },
        },
        lambda: ecoreg.daily_continuous_penalty(
            "100000",
            kind="air.over-limit",
            order_served_on="2026-09-01",
            reinspected_on="2026-09-11",
            policy=policy("CN", "2026-09-11"),
            decided_on="2026-09-11",
            trigger="obstructed_reinspection",
        ).to_json(),
    ),
    "relief": (
        {
            "jurisdiction": "CN-GD-DG",
            "decided_on": "2026-03-02",
            "input": {"application": APPLICATION},
        },
        lambda: ecoreg.decide_relief(
            ecoreg.ReliefApplication.from_data(APPLICATION),
            policy=policy("CN-GD-DG", "2026-03-02"),
            decided_on="2026-03-02",
        ).to_json(),
    ),
    "installment-plan": (
        {"input": {"fine": "200000", "count": 8, "interval_months": 3, "starts_on": "2026-03-02"}},
        PLAN.to_json,
    ),
    "check-plan": (
        {
            "jurisdiction": "CN-GD-DG",
            "decided_on": "2026-03-02",
            "input": {"plan": json.loads(PLAN.to_json())},
        },
        lambda: ecoreg.check_installment_plan(
            PLAN, policy=policy("CN-GD-DG", "2026-03-02")
        ).to_json(),
    ),
    "surcharge": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-04-10",
            "input": {"base": "10000", "due_on": "2026-03-01", "paid_on": "2026-04-10"},
        },
        lambda: ecoreg.late_surcharge(
            "10000", due_on="2026-03-01", paid_on="2026-04-10", policy=policy("CN", "2026-04-10")
        ).to_json(),
    ),
    "installment-surcharge": (
        {
            "jurisdiction": "CN-GD-DG",
            "decided_on": "2026-07-01",
            "input": {"plan": json.loads(PLAN.to_json()), "missed": 1, "paid_on": "2026-07-01"},
        },
        lambda: ecoreg.installment_surcharge(
            PLAN, missed=1, paid_on="2026-07-01", policy=policy("CN-GD-DG", "2026-07-01")
        ).to_json(),
    ),
    "grade": (
        {
            "jurisdiction": "CN-SN",
            "decided_on": "2026-11-01",
            "input": {
                "profile": PROFILE,
                "history": [{"type": "violation", "on": "2026-05-01", "severity": "serious"}],
            },
        },
        lambda: ecoreg.grade_enterprise(
            ecoreg.EnterpriseProfile.from_data(PROFILE),
            [ecoreg.ViolationRecord(on="2026-05-01", severity=ecoreg.Severity.SERIOUS)],  # type: ignore[arg-type]
            policy=policy("CN-SN", "2026-11-01"),
            on="2026-11-01",
        ).to_json(),
    ),
    "route-alert": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-10-01",
            "input": {"alert": ALERT, "context": {"enterprise": "E1", "key_unit": True}},
        },
        lambda: ecoreg.route_alert(
            ecoreg.Alert.from_data(ALERT),
            policy=policy("CN", "2026-10-01"),
            context=ecoreg.EnterpriseContext(enterprise="E1", key_unit=True),
        ).to_json(),
    ),
    "route-alerts": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-10-01",
            "input": {
                "alerts": [ALERT, {**ALERT, "id": "a2"}],
                "decided_at": "2026-10-01T18:00:00+08:00",
            },
        },
        lambda: json.dumps(
            edge._routing_data(
                ecoreg.route_alerts(
                    [ecoreg.Alert.from_data(ALERT), ecoreg.Alert.from_data({**ALERT, "id": "a2"})],
                    policy=policy("CN", "2026-10-01"),
                ),
                "2026-10-01T18:00:00+08:00",
            ),
            ensure_ascii=False,
            separators=(",", ":"),
        ),
    ),
    "detect": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-10-01",
            "input": {"values": [[35.0] * 240, [0.0] * 240]},
        },
        lambda: json.dumps(
            edge._detection_data(
                ecoreg.detect(
                    np.array([[35.0] * 240, [0.0] * 240]), policy=policy("CN", "2026-10-01")
                )
            ),
            ensure_ascii=False,
            separators=(",", ":"),
        ),
    ),
    "kinds": (
        {"input": {"words": "未批先建", "on": "2026-09-01"}},
        lambda: json.dumps(
            {"kinds": [k.to_data() for k in catalogue.search("未批先建", on="2026-09-01")]},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
    ),
}


def test_every_rule_has_a_case_and_a_request_schema_it_validates() -> None:
    assert set(CASES) == set(edge.RULES)
    for rule, (request, _) in CASES.items():
        jsonschema.validate(request, json.loads(schema_text(f"{rule}-request")))


@pytest.mark.parametrize("rule", sorted(CASES))
def test_the_edge_answers_exactly_what_python_answers(rule: str) -> None:
    request, direct = CASES[rule]
    assert edge.decide(rule, request) == direct()
    assert edge.decide(rule, json.dumps(request)) == direct()


def test_decide_and_serve_on_the_command_line_are_byte_identical() -> None:
    lines = []
    for rule in sorted(CASES):
        request, direct = CASES[rule]
        out = subprocess.run(
            [sys.executable, "-m", "ecoreg", "decide", rule],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout == direct() + "\n", rule
        lines.append(json.dumps({"id": rule, "rule": rule, **request}))
    lines.insert(3, "this line is not JSON")
    served = subprocess.run(
        [sys.executable, "-m", "ecoreg", "serve", "--stdio"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert len(served) == len(lines)
    answers = [json.loads(line) for line in served]
    assert answers[3]["id"] is None
    assert answers[3]["error"]["field"] == "request"
    ordered = [a for i, a in enumerate(answers) if i != 3]
    for rule, answer in zip(sorted(CASES), ordered, strict=True):
        assert answer["id"] == rule
        assert (
            json.dumps(answer["result"], ensure_ascii=False, separators=(",", ":"))
            == CASES[rule][1]()
        )


@pytest.mark.parametrize(
    ("rule", "request_text", "field"),
    [
        (
            "fine",
            json.dumps(
                {
                    "jurisdiction": "CN",
                    "decided_on": "2026-03-10",
                    "input": {"case": CASE, "proposed": 0.5},
                }
            ),
            "input.proposed",
        ),
        (
            "route-alert",
            json.dumps(
                {
                    "jurisdiction": "CN",
                    "decided_on": "2026-10-01",
                    "input": {"alert": {**ALERT, "start": "2026-10-01T09:00:00"}},
                }
            ),
            "input.alert.start",
        ),
        (
            "fine",
            json.dumps(
                {"jurisdiction": "CN-XX", "decided_on": "2026-03-10", "input": {"case": CASE}}
            ),
            "jurisdiction",
        ),
        ("nope", "{}", "rule"),
        ("fine", "{not json", "request"),
        ("fine", " " * (edge.MAX_REQUEST_BYTES + 1), "request"),
    ],
)
def test_bad_input_gets_the_error_document_and_status_2(
    rule: str, request_text: str, field: str
) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "decide", rule],
        input=request_text,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 2
    doc = json.loads(out.stdout)
    assert set(doc) == {"error"}
    assert doc["error"]["field"] == field
    assert {"kind", "value", "allowed", "message_zh", "message_en"} <= set(doc["error"])
    jsonschema.validate(doc, json.loads(schema_text("error-document")))


def test_a_platform_policy_file_is_validated_before_any_decision(tmp_path: Path) -> None:
    good = tmp_path / "policy.toml"
    good.write_text(
        """
[[measures]]
id = "x.tj"
jurisdiction = "CN-TJ"
title_zh = "示例"
title_en = "example"
[[measures.versions]]
in_force_from = "2026-01-01"
instrument = { id = "x", name_zh = "x", name_en = "x", in_force = "2026-01-01" }
parameters = { "penalty.payment_deadline_days" = { value = 20, basis = "local" } }
""",
        encoding="utf-8",
    )
    request = json.dumps(
        {
            "jurisdiction": "CN-TJ",
            "decided_on": "2026-03-01",
            "input": {"received_on": "2026-03-01"},
        }
    )
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "decide", "payment-deadline", "--policy", str(good)],
        input=request, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(out.stdout)["count"] == 20
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"measures": [{"id": "x"}]}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "decide", "payment-deadline", "--policy", str(bad)],
        input=request, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert out.returncode == 2
    assert json.loads(out.stdout)["error"]["kind"] == "PolicyDataError"


_VALIDATED = {
    "fine": "fine-decision",
    "leniency": "leniency-decision",
    "relief": "relief-decision",
    "surcharge": "surcharge-decision",
    "grade": "grading-decision",
    "route-alert": "routed-alert-decision",
    "deadline": "deadline",
    "installment-plan": "installment-plan",
}


@pytest.mark.parametrize("rule", sorted(_VALIDATED))
def test_real_outputs_validate_against_the_shipped_schemas(rule: str) -> None:
    request, _ = CASES[rule]
    schema = json.loads(schema_text(_VALIDATED[rule]))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(edge.decide(rule, request)), schema)
    if f"{rule}-request" in SCHEMAS:
        jsonschema.validate(request, json.loads(schema_text(f"{rule}-request")))


def test_every_shipped_schema_declares_its_dialect_and_id() -> None:
    for name in SCHEMAS:
        schema = json.loads(schema_text(name))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["$id"] == f"urn:ecoreg:schema:{name}"
        assert ">>>" not in json.dumps(schema)


def test_version_and_decimal_stay_exact() -> None:
    assert ecoreg.__version__
    answer = json.loads(edge.decide(*_fine_request()))
    assert Decimal(answer["outcome"]["final"]) == Decimal("50000.00")


def _fine_request() -> tuple[str, dict[str, Any]]:
    return "fine", CASES["fine"][0]


def test_a_policy_file_written_outside_python_is_checked_parameter_by_parameter() -> None:
    from ecoreg import jurisdictions  # noqa: PLC0415

    schema = json.loads(schema_text("policy-data"))
    for module in (jurisdictions.national, *jurisdictions.REGISTRY):
        jsonschema.validate(json.loads(json.dumps(dict(module.DATA))), schema)
    version = {
        "in_force_from": "2026-01-01",
        "instrument": {"id": "x", "name_zh": "x", "name_en": "x", "in_force": "2026-01-01"},
        "parameters": {"payment.deferral_max_months": {"value": "six"}},
    }
    bad = {
        "measures": [
            {
                "id": "x",
                "jurisdiction": "CN-GD",
                "title_zh": "x",
                "title_en": "x",
                "versions": [version],
            }
        ]
    }
    with pytest.raises(jsonschema.ValidationError) as info:
        jsonschema.validate(bad, schema)
    assert list(info.value.absolute_path)[-2:] == ["payment.deferral_max_months", "value"]
    version["parameters"] = {"payment.no_such_parameter": {"value": 1}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
