"""The JSON edge (issue 12): every rule through `ecoreg decide` and `ecoreg serve --stdio`."""

import functools
import io
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
from ecoreg import cli, edge
from ecoreg._openapi import EXAMPLES
from ecoreg.law import catalogue
from ecoreg.schemas import SCHEMAS


def schema_text(name: str) -> str:
    return (files("ecoreg.schemas") / f"{name}.schema.json").read_text(encoding="utf-8")


@functools.cache
def validator(name: str) -> Any:
    """The published schema ``name``'s validator, its schema checked once (not on every call)."""
    schema = json.loads(schema_text(name))
    kind = jsonschema.validators.validator_for(schema)
    kind.check_schema(schema)
    return kind(schema)


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


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


OTHER = {**PROFILE, "credit_code": "91440300MA5F8K2L1H", "name": "Other Co."}
GRADINGS = {"91350200776049653A": "C", "91440300MA5F8K2L1H": "D"}
TASKS = [
    {
        "id": "T1",
        "enterprise": "91350200776049653A",
        "department": "大气科",
        "purposes": ["排污许可执行情况"],
        "window_start": "2026-05-11",
        "window_end": "2026-05-22",
    },
    {
        "id": "T2",
        "enterprise": "91350200776049653A",
        "department": "水科",
        "purposes": ["废水排放"],
        "window_start": "2026-05-12",
        "window_end": "2026-06-30",
        "in_annual_plan": False,
    },
    {
        "id": "T3",
        "enterprise": "91440300MA5F8K2L1H",
        "department": "大气科",
        "purposes": ["废气排放"],
        "window_start": "2026-03-01",
        "window_end": "2026-03-31",
        "random_sampling": True,
    },
]
VISIT = {
    "id": "V000001",
    "enterprise": "91350200776049653A",
    "on": "2026-05-12",
    "tasks": ["T1"],
    "departments": ["大气科"],
    "purposes": ["排污许可执行情况"],
    "triggered": False,
    "grade": "C",
}
KEY = "Zq81x-7hQv-p3Lw-09Kd-rT5m-X2yB"  # from the secret store, in production
FRAME = "QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;CP=&&RtdInterval=30&&"
FRAMES = (ecoreg.monitoring.hj212.frame(FRAME) + b"junk\r\n##0005abcde1234\r\n").decode()


def planned() -> str:
    plan = ecoreg.plan_inspections(
        [ecoreg.InspectionTask.from_data(t) for t in TASKS],
        gradings=GRADINGS,
        policy=policy("CN", "2026-01-05"),
        year=2026,
        sample=ecoreg.draw_sample(GRADINGS, policy=policy("CN", "2026-01-05"), seed="r1"),
        visits_so_far={"91350200776049653A": 1},
    )
    return compact(
        {
            "summary": plan.summary().to_data(),
            "visits": [v.to_data() for v in plan.visits],
            "decisions": [plan.decision(t.id).to_data() for t in plan.tasks],
        }
    )


def graded_one_by_one() -> str:
    """The answer of grade-batch, built from grading each firm on its own (`grade_enterprise`)."""
    day, pol = "2026-11-01", policy("CN-SN", "2026-11-01")
    history = [ecoreg.ViolationRecord(on="2026-05-01", severity=ecoreg.Severity.SERIOUS)]  # type: ignore[arg-type]
    rows = []
    for profile, events in ((PROFILE, history), (OTHER, [])):
        g = ecoreg.grade_enterprise(
            ecoreg.EnterpriseProfile.from_data(profile), events, policy=pol, on=day
        ).outcome
        rows.append(
            {
                "credit_code": g.credit_code,
                "grade": g.grade.value,
                "colour": g.colour,
                "credit_score": str(g.credit_score),
                "credit_level": g.credit_level.value,
                "risk_score": str(g.risk_score),
                "risk_level": g.risk_level.value,
                "positive_list_eligible": g.supervision.positive_list_eligible,
                "next_change": None if g.next_change is None else g.next_change.on.isoformat(),
            }
        )
    batch = ecoreg.grade_batch(
        [ecoreg.EnterpriseProfile.from_data(p) for p in (PROFILE, OTHER)],
        [history, []],
        policy=pol,
        on=day,
    )
    return compact({"summary": batch.summary(pol).to_data(), "enterprises": rows})


def law_on(day: str) -> str:
    from ecoreg import law  # noqa: PLC0415

    on = ecoreg.parse_date(day)
    regime = law.regimes.regime_on(on)
    cited = ("minor_no_penalty", "first_may_decline", "no_fault", "leniency", "choice_of_law")
    return compact(
        {
            "on": day,
            "regime": {
                "id": regime.id,
                "name_zh": regime.name_zh,
                "name_en": regime.name_en,
                "starts": regime.starts.isoformat(),
                "ends": None if regime.ends is None else regime.ends.isoformat(),
                "limitations": [
                    {"years": x.years, "when": x.when, "citation": x.citation.to_data()}
                    for x in regime.limitations
                ],
                **{name: getattr(regime, name).to_data() for name in cited},
            },
            "instruments": [i.to_data() for i in law.in_force_on(on)],
        }
    )


def issued() -> str:
    return ecoreg.issue_code(
        ecoreg.Visit.from_data(VISIT),
        agency="徐汇区生态环境局",
        inspectors=("31010001",),
        key=KEY.encode(),
        policy=policy("CN", "2026-05-06"),
    )


# rule -> (request, the same decision computed directly in Python, as JSON text)
REWARD_REPORT: dict[str, Any] = {
    "report_id": "r-1",
    "matter": "m-1",
    "received_at": "2026-07-01T10:00:00+08:00",
    "reporter": {"name": "举报人甲"},
    "verified_on": "2026-08-20",
    "findings": [{"violation": "water.over-limit", "outcomes": ["fine"], "fine": "300000"}],
}

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
    "plan-inspections": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-01-05",
            "input": {
                "tasks": TASKS,
                "gradings": GRADINGS,
                "year": 2026,
                "seed": "r1",
                "visits_so_far": {"91350200776049653A": 1},
            },
        },
        planned,
    ),
    "draw-sample": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-01-05",
            "input": {"gradings": {f"F{i}": "D" for i in range(10)}, "seed": "r1"},
        },
        lambda: compact(
            {
                "seed": "r1",
                "sample": sorted(
                    ecoreg.draw_sample(
                        {f"F{i}": "D" for i in range(10)},
                        policy=policy("CN", "2026-01-05"),
                        seed="r1",
                    )
                ),
            }
        ),
    ),
    "issue-code": (
        {
            "jurisdiction": "CN",
            "decided_on": "2026-05-06",
            "input": {
                "visit": VISIT,
                "agency": "徐汇区生态环境局",
                "inspectors": ["31010001"],
                "key": KEY,
            },
        },
        lambda: compact({"code": issued()}),
    ),
    "verify-code": (
        {"input": {"code": issued(), "key": KEY, "on": "2026-05-12"}},
        lambda: ecoreg.verify_code(issued(), key=KEY.encode(), on="2026-05-12").to_json(),
    ),
    "grade-batch": (
        {
            "jurisdiction": "CN-SN",
            "decided_on": "2026-11-01",
            "input": {
                "enterprises": [
                    {
                        "profile": PROFILE,
                        "history": [
                            {"type": "violation", "on": "2026-05-01", "severity": "serious"}
                        ],
                    },
                    {"profile": OTHER, "history": None},
                ]
            },
        },
        graded_one_by_one,
    ),
    "hj212": (
        {"input": {"frames": FRAMES}},
        lambda: ecoreg.monitoring.hj212.parse_stream(FRAMES).to_json(),
    ),
    "law": ({"input": {"on": "2026-08-15"}}, lambda: law_on("2026-08-15")),
    "reward": (
        {
            "jurisdiction": "CN-ZJ",
            "decided_on": "2026-09-01",
            "input": {"pseudonym_key": "k" * 16, "reports": [REWARD_REPORT]},
        },
        lambda: ecoreg.decide_rewards(
            [ecoreg.WhistleblowerReport.from_data(REWARD_REPORT)],
            policy=BOOK.resolve("CN-ZJ", "2026-09-01"),
            decided_on="2026-09-01",
            pseudonym_key="k" * 16,
        ).to_json(),
    ),
    "compose-letter": (
        EXAMPLES["compose-letter"],
        lambda: ecoreg.compose_letter(
            ecoreg.LetterRequest.from_data(EXAMPLES["compose-letter"]["input"]["request"]),
            policy=policy("CN", "2026-09-29"),
            issued_on="2026-09-29",
        ).to_json(),
    ),
    "letter-status": (
        EXAMPLES["letter-status"],
        lambda: ecoreg.letter_status(
            ecoreg.Letter.from_data(EXAMPLES["letter-status"]["input"]["letter"]),
            [ecoreg.LetterEvent.from_data(e) for e in EXAMPLES["letter-status"]["input"]["events"]],
            on="2026-10-13",
        ).to_json(),
    ),
    "check-files": (
        EXAMPLES["check-files"],
        lambda: ecoreg.check_files(
            [ecoreg.EnterpriseFile.from_data(f) for f in EXAMPLES["check-files"]["input"]["files"]],
            policy=policy("CN", "2027-06-30"),
            on="2027-06-30",
        ).to_json(),
    ),
}


def test_every_rule_has_a_case_and_a_request_schema_it_validates() -> None:
    assert set(CASES) == set(edge.RULES)
    for rule, (request, _) in CASES.items():
        validator(f"{rule}-request").validate(request)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_the_edge_answers_exactly_what_python_answers(rule: str) -> None:
    request, direct = CASES[rule]
    assert edge.decide(rule, request) == direct()
    assert edge.decide(rule, json.dumps(request)) == direct()


def test_decide_and_serve_on_the_command_line_are_byte_identical(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `ecoreg decide` in a real process once (the entry point, the encodings of the pipes), then
    # every rule through the same `main` in this process (26 interpreters took 90 s under
    # coverage); `ecoreg serve --stdio` in a real process with every rule.
    rule = "fine"
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "decide", rule],
        input=json.dumps(CASES[rule][0]),
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout == CASES[rule][1]() + "\n"
    lines = []
    for rule in sorted(CASES):
        request, direct = CASES[rule]
        stdin = io.TextIOWrapper(io.BytesIO(json.dumps(request).encode()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        assert cli.main(["decide", rule]) == 0, rule
        assert capsys.readouterr().out == direct() + "\n", rule
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
    validator("error-document").validate(doc)


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
    "plan-inspections": "inspection-plan-result",
    "draw-sample": "draw-sample-result",
    "issue-code": "issued-code",
    "verify-code": "inspection-code-check",
    "grade-batch": "grade-batch-result",
    "hj212": "hj212-result",
    "law": "law-result",
    "reward": "reward-batch",
}


@pytest.mark.parametrize("rule", sorted(_VALIDATED))
def test_real_outputs_validate_against_the_shipped_schemas(rule: str) -> None:
    request, _ = CASES[rule]
    validator(_VALIDATED[rule]).validate(json.loads(edge.decide(rule, request)))
    if f"{rule}-request" in SCHEMAS:
        validator(f"{rule}-request").validate(request)


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
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)  # checked once (`jsonschema.validate` checks each call)
    for module in (jurisdictions.national, *jurisdictions.REGISTRY):
        validator.validate(json.loads(json.dumps(dict(module.DATA))))
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
        validator.validate(bad)
    assert list(info.value.absolute_path)[-2:] == ["payment.deferral_max_months", "value"]
    version["parameters"] = {"payment.no_such_parameter": {"value": 1}}
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


# Issue 24: the whole library on the JSON edge.


def error_of(answer: str) -> dict[str, Any]:
    doc = json.loads(answer)
    assert set(doc) == {"error"}, answer
    validator("error-document").validate(doc)
    error: dict[str, Any] = doc["error"]
    return error


def paths(answer: str) -> list[str]:
    return [p["path"] for p in error_of(answer)["problems"]]


def with_input(rule: str, **changes: Any) -> dict[str, Any]:
    request: dict[str, Any] = json.loads(json.dumps(CASES[rule][0]))
    request["input"].update(changes)
    return request


def test_the_bounds_of_the_schemas_are_the_edge_s() -> None:
    from ecoreg import schemas  # noqa: PLC0415

    assert (schemas.MAX_TASKS, schemas.MAX_ENTERPRISES, schemas.MAX_FRAMES_CHARS) == (
        edge.MAX_TASKS,
        edge.MAX_ENTERPRISES,
        edge.MAX_FRAMES_CHARS,
    )
    assert schemas.MAX_REPORTS == edge.MAX_REPORTS
    assert {"issue-code", "verify-code", "reward"} == edge.SECRET_RULES


SECRET_REQUESTS = [
    ("issue-code", with_input("issue-code", key=KEY[:10])),  # too short
    ("issue-code", with_input("issue-code", key=[KEY])),  # not text
    ("issue-code", with_input("issue-code", agency="", inspectors=[7])),  # other problems
    ("issue-code", with_input("issue-code", kye=KEY)),  # misspelt: an unknown key
    ("issue-code", {**CASES["issue-code"][0], "key": KEY}),  # outside input
    ("issue-code", {"input": KEY}),  # input not an object
    ("issue-code", [KEY]),  # the request not an object
    ("verify-code", with_input("verify-code", on="2026-02-30")),
    ("verify-code", with_input("verify-code", code=None, key={"k": KEY})),
    ("verify-code", '{"input": {"key": "' + KEY + '\\ud800"}}'),  # a lone surrogate
    ("verify-code", b'{"input": {"key": "' + KEY.encode() + b'\xff"}}'),  # not UTF-8
    ("verify-code", '{"input": {"key": "' + KEY + '"'),  # not JSON
]


@pytest.mark.parametrize(("rule", "request_data"), SECRET_REQUESTS)
def test_the_signing_key_is_never_echoed_in_an_error_document(rule: str, request_data: Any) -> None:
    answer = edge.decide(rule, request_data)
    error = error_of(answer)
    assert not leaks(answer)
    assert all(p["value"] is None for p in error["problems"])
    assert error["value"] is None
    line = request_data if isinstance(request_data, str | bytes) else json.dumps(request_data)
    named = '{"rule": "' + rule + '", '
    if isinstance(line, bytes):
        line = line.replace(b"{", named.encode(), 1)
    elif line.startswith("{"):
        line = line.replace("{", named, 1)
    (served,) = edge.serve_lines([line])
    assert not leaks(served)
    assert '"error"' in served


def leaks(answer: str) -> bool:
    """Whether ``answer`` holds any six characters of the key in a row."""
    return any(KEY[i : i + 6] in answer for i in range(len(KEY) - 5))


def test_the_same_mistakes_are_echoed_for_a_rule_without_a_secret() -> None:
    """The redaction is the secret rules' own: another rule still echoes what was sent."""
    error = error_of(edge.decide("hj212", with_input("hj212", frames=[KEY])))
    assert error["problems"][0]["path"] == "$.input.frames"
    assert KEY in error["problems"][0]["value"]


def test_a_short_key_or_a_bad_code_is_told_by_its_path() -> None:
    error = error_of(edge.decide("issue-code", with_input("issue-code", key="short")))
    assert error["field"] == "input.key"
    assert "16 bytes" in error["allowed"]
    assert "not echoed" in error["message_en"]
    bad = with_input("verify-code", code=issued()[:-2] + "xx")
    check = json.loads(edge.decide("verify-code", bad))
    assert check["outcome"] == {"valid": False, "code": None}
    assert check["reasons"][0]["rule_id"] == "inspections.code.signature"
    wrong_key = json.loads(edge.decide("verify-code", with_input("verify-code", key=KEY + "!")))
    assert wrong_key["outcome"]["valid"] is False


def test_plan_inspections_names_each_problem_by_its_path() -> None:
    both = with_input("plan-inspections", sample=["91350200776049653A"])
    assert paths(edge.decide("plan-inspections", both)) == ["$.input.seed"]
    counts = with_input("plan-inspections", visits_so_far={"a": -1, "b": "1", "c": True})
    error = error_of(edge.decide("plan-inspections", counts))
    assert [(p["path"], p["code"]) for p in error["problems"]] == [
        ("$.input.visits_so_far.a", "range"),
        ("$.input.visits_so_far.b", "type"),
        ("$.input.visits_so_far.c", "type"),
    ]
    stranger = with_input("plan-inspections", gradings={"91350200776049653A": "C"})
    assert paths(edge.decide("plan-inspections", stranger)) == ["$.input.tasks[2].enterprise"]
    assert paths(edge.decide("plan-inspections", with_input("plan-inspections", year=2027))) == [
        "$.input.tasks[0].window_start"
    ]
    graded = with_input("plan-inspections", gradings={"91350200776049653A": "E"})
    assert paths(edge.decide("plan-inspections", graded)) == [
        "$.input.gradings['91350200776049653A']"
    ]


def test_plan_inspections_takes_a_sample_or_draws_one() -> None:
    request = with_input("plan-inspections", seed=None, sample=["91350200776049653A"])
    decisions = json.loads(edge.decide("plan-inspections", request))["decisions"]
    outcome = {d["outcome"]["task"]: d["outcome"]["outcome"] for d in decisions}
    assert outcome["T3"] == "refused"  # a random task for a firm not drawn
    assert outcome["T2"] == "refused"  # not in the annual plan
    assert any(r["rule_id"] == "inspections.not-sampled" for d in decisions for r in d["reasons"])


def test_the_bounded_lists_refuse_one_item_too_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(edge, "MAX_TASKS", 2)
    monkeypatch.setattr(edge, "MAX_ENTERPRISES", 1)
    monkeypatch.setattr(edge, "MAX_FRAMES_CHARS", 10)
    for rule, where in (
        ("plan-inspections", "tasks"),
        ("grade-batch", "enterprises"),
        ("hj212", "frames"),
    ):
        error = error_of(edge.decide(rule, CASES[rule][0]))
        (found,) = error["problems"]
        assert (found["path"], found["code"]) == (f"$.input.{where}", "too_long")
        assert found["allowed"]["max_length"] == getattr(
            edge,
            {"tasks": "MAX_TASKS", "enterprises": "MAX_ENTERPRISES"}.get(where, "MAX_FRAMES_CHARS"),
        )


def test_grade_batch_reports_every_problem_of_every_enterprise() -> None:
    late = {"type": "violation", "on": "2026-12-01", "severity": "minor"}
    request = with_input(
        "grade-batch",
        enterprises=[
            {"profile": PROFILE, "history": [late], "histroy": []},
            {"history": []},
            {"profile": {**PROFILE, "credit_code": "x"}},
            7,
        ],
    )
    error = error_of(edge.decide("grade-batch", request))
    assert [(p["path"], p["code"]) for p in error["problems"]] == [
        ("$.input.enterprises[0].histroy", "unknown_key"),
        ("$.input.enterprises[0].history[0].on", "invalid"),
        ("$.input.enterprises[1].profile", "missing"),
        ("$.input.enterprises[2].profile.credit_code", error["problems"][3]["code"]),
        ("$.input.enterprises[3]", "type"),
    ]
    assert error["problem_count"] == 5


def test_grade_batch_refuses_an_enterprise_outside_the_request_s_jurisdiction() -> None:
    request = with_input(
        "grade-batch",
        enterprises=[
            {"profile": {**PROFILE, "jurisdiction": "CN-GD"}},
            {"profile": PROFILE},
            {"profile": {**PROFILE, "jurisdiction": "CN-SH-XH"}},
        ],
    )
    error = error_of(edge.decide("grade-batch", {**request, "jurisdiction": "CN-SH"}))
    assert [(p["path"], p["value"]) for p in error["problems"]] == [
        ("$.input.enterprises[0].profile.jurisdiction", "CN-GD"),
        ("$.input.enterprises[1].profile.jurisdiction", PROFILE["jurisdiction"]),
    ]
    assert "CN-SH or a jurisdiction within it" in error["problems"][0]["allowed"]["description"]


def test_hj212_answers_packets_errors_junk_and_warnings() -> None:
    answer = json.loads(edge.decide(*_hj212_request()))
    assert [position for position, _ in answer["packets"]] == [0]
    assert [e["field"] for e in answer["errors"]] == ["crc"]
    assert len(answer["junk"]) == 1
    assert {w["name"] for w in answer["warnings"]} >= {"command.status"}
    error = error_of(edge.decide("hj212", with_input("hj212", frames=7)))
    assert (error["field"], error["problems"][0]["code"]) == ("input.frames", "type")


def _hj212_request() -> tuple[str, dict[str, Any]]:
    return "hj212", CASES["hj212"][0]


def test_law_answers_the_regime_and_instruments_of_the_day() -> None:
    before = json.loads(edge.decide("law", {"input": {"on": "2026-08-14"}}))
    after = json.loads(edge.decide("law", {"input": {"on": "2026-08-15"}}))
    assert (before["regime"]["id"], after["regime"]["id"]) == ("cn.before-eco-code", "cn.eco-code")
    assert before["regime"]["ends"] == "2026-08-14"
    assert "cn.eco-environment-code.2026" in {i["id"] for i in after["instruments"]}
    assert "cn.eco-environment-code.2026" not in {i["id"] for i in before["instruments"]}
    assert after["regime"]["choice_of_law"]["article"] == 1057
    error = error_of(edge.decide("law", {"input": {"on": "2021-07-14"}}))
    assert (error["field"], error["value"]) == ("input.on", "2021-07-14")
    assert paths(edge.decide("law", {"input": {}})) == ["$.input.on"]
