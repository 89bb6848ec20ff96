"""The OpenAPI 3.1 document of the HTTP service (`ecoreg.server`), built from ecoreg's schemas.

Every schema of `ecoreg.schemas.SCHEMAS` is a component under ``components/schemas``, with
the definitions it holds (``$defs``) hoisted beside it and every reference rewritten to
``#/components/schemas/<name>``: the document resolves without ``$id``, so code generators
and test tools (schemathesis, openapi-spec-validator) read it as it is. A definition that
two schemas hold alike is one component; where two schemas hold different definitions under
one name (a model as ecoreg reads it and as it writes it), each keeps its own, named
``<Definition>.<schema>`` after the first schema that holds it.

Each operation carries one example request: the same documents as
``examples/requests/<rule>.json``.
"""

from __future__ import annotations

import copy
import functools
import json
from typing import Any

import ecoreg
from ecoreg._batch import MAX_BATCH
from ecoreg.schemas import SCHEMAS

__all__ = ["EXAMPLES", "openapi_document"]

SERVER = "http://127.0.0.1:8000"
"""Where ``ecoreg serve`` listens by default."""

# The schema of each rule's answer, and of its request.
_ANSWERS = {
    "check-plan": "plan-check-decision",
    "check-files": "file-batch",
    "compose-letter": "letter-decision",
    "letter-status": "letter-status-decision",
    "daily-penalty": "daily-penalty-decision",
    "deadline": "deadline",
    "detect": "detect-result",
    "draw-sample": "draw-sample-result",
    "fine": "fine-decision",
    "grade": "grading-decision",
    "grade-batch": "grade-batch-result",
    "hj212": "hj212-result",
    "installment-plan": "installment-plan",
    "installment-surcharge": "surcharge-decision",
    "issue-code": "issued-code",
    "kinds": "kinds-result",
    "law": "law-result",
    "leniency": "leniency-decision",
    "payment-deadline": "deadline",
    "plan-inspections": "inspection-plan-result",
    "relief": "relief-decision",
    "reward": "reward-batch",
    "route-alert": "routed-alert-decision",
    "route-alerts": "route-alerts-result",
    "surcharge": "surcharge-decision",
    "verify-code": "inspection-code-check",
}
_REQUESTS = {rule: f"{rule}-request" for rule in _ANSWERS}

_CASE = {
    "kind": "monitoring.not-networked",
    "occurred_on": "2026-01-05",
    "discovered_on": "2026-02-01",
    "corrected_on": "2026-02-10",
    "harm": "slight",
    "notice_received_on": "2026-02-24",
    "apology_pledge": {"filed_on": "2026-03-04"},
}
_PLAN = {
    "fine": "200000.00",
    "case_type": "non_litigation",
    "starts_on": "2026-03-02",
    "installments": [
        {"number": n, "due_on": due, "amount": "25000.00"}
        for n, due in enumerate(
            (
                "2026-06-02",
                "2026-09-02",
                "2026-12-02",
                "2027-03-02",
                "2027-06-02",
                "2027-09-02",
                "2027-12-02",
                "2028-03-02",
            ),
            start=1,
        )
    ],
}
_ALERT = {
    "id": "a1",
    "enterprise": "E1",
    "outlet": "DA001",
    "pollutant": "SO2",
    "kind": "concentration_exceedance",
    "start": "2026-10-01T09:00:00+08:00",
}
_PROFILE = {"credit_code": "91350200776049653A", "name": "Example Co.", "jurisdiction": "CN-SN"}
_GRADINGS = {"91350200776049653A": "C", "91440300MA5F8K2L1H": "D"}
_VISIT = {
    "id": "V000001",
    "enterprise": "91350200776049653A",
    "on": "2026-05-12",
    "tasks": ["T1", "T2"],
    "departments": ["大气科", "水科"],
    "purposes": ["排污许可执行情况", "废水排放"],
    "triggered": False,
    "grade": "C",
}
_KEY = "example key: take the real one from the secret store"
_CODE = (  # what the issue-code example answers
    "EIC1.eyJhZ2VuY3kiOiLlvpDmsYfljLrnlJ_mgIHnjq_looPlsYAiLCJlbnRlcnByaXNlIjoiOTEzNTAyMDA3NzYwNDk"
    "2NTNBIiwiaW5zcGVjdG9ycyI6WyIzMTAxMDAwMSJdLCJwdXJwb3NlcyI6WyLmjpLmsaHorrjlj6_miafooYzmg4XlhrU"
    "iLCLlup_msLTmjpLmlL4iXSwidGFza3MiOlsiVDEiLCJUMiJdLCJ2YWxpZF9mcm9tIjoiMjAyNi0wNS0xMiIsInZhbGl"
    "kX3VudGlsIjoiMjAyNi0wNS0xMiIsInZlcnNpb24iOiJFSUMxIiwidmlzaXQiOiJWMDAwMDAxIn0.5dHhXGR7IwI3vmZ"
    "QYwRkbHNzK56-L5uoOonmsF8hoPc"
)
_FRAME = (
    "##0101QN=20160801085857223;ST=32;CN=1062;PW=100000;MN=010000A8900016F000169DC0;Flag=5;"
    "CP=&&RtdInterval=30&&1C80\r\n"
)

_DUMPING = [
    {"violation": "waste.dumping", "outcomes": ["fine", "criminal_referral"], "fine": "100000"}
]
_LETTER_REQUEST: dict[str, Any] = {
    "id": "XG-2026-017",
    "addressee": {
        "name": "孝感某涂装有限公司",
        "credit_code": "91350200776049653A",
        "industry": "coating",
    },
    "issuer_zh": "孝感市生态环境局",
    "trigger": {
        "type": "alert",
        "alert_id": "a1",
        "outlet": "DA001",
        "pollutant": "VOCs",
        "alert_kind": "concentration_exceedance",
        "start": "2026-09-28T09:00:00+08:00",
    },
    "local_measure": {
        "name_zh": "关于推行生态环境涉企行政检查事前审批和告知工作的通知",
        "name_en": "Xiaogan notice on prior approval and notification of inspections",
        "issuer_zh": "孝感市生态环境局",
    },
}
_LETTER: dict[str, Any] = {
    "id": "XG-2026-017",
    "kind": "reminder",
    "addressee": {
        "kind": "enterprise",
        "name": "孝感某涂装有限公司",
        "credit_code": "91350200776049653A",
        "industry": "coating",
    },
    "issuer_zh": "孝感市生态环境局",
    "issued_on": "2026-09-29",
    "jurisdiction": "CN",
    "trigger": {
        "type": "alert",
        "alert_id": "a1",
        "outlet": "DA001",
        "pollutant": "VOCs",
        "alert_kind": "concentration_exceedance",
        "start": "2026-09-28T09:00:00+08:00",
    },
    "subject_zh": "关于孝感某涂装有限公司的提醒函",
    "subject_en": "Reminder letter to 孝感某涂装有限公司",
    "found": [
        {
            "text_zh": "孝感某涂装有限公司排放口DA001的VOCs自动监测数据于2026-09-28T09:00:00+08:00出现浓度超标预警（a1）。",
            "text_en": "The automatic monitoring of VOCs at 孝感某涂装有限公司's outlet DA001 raised a concentration exceedance alert at 2026-09-28T09:00:00+08:00 (a1).",
        }
    ],
    "actions": [
        {
            "id": "check-outlet",
            "text_zh": "排查排放口DA001的治污设施和监测设备，报告原因及整改措施。",
            "text_en": "Check the control and monitoring equipment of outlet DA001; report the cause and the correction.",
            "due": "2026-10-12",
        }
    ],
    "response_due": "2026-10-12",
    "rectify_due": "2026-10-12",
    "provisions": [
        {
            "instrument": {
                "id": "cn.eco-environment-code.2026",
                "name_zh": "中华人民共和国生态环境法典",
                "name_en": "Ecological Environment Code of the PRC",
                "number": None,
                "issuer_zh": "全国人民代表大会",
                "in_force": "2026-08-15",
                "url": None,
            },
            "article": 54,
            "paragraph": None,
            "item": None,
            "quote_zh": "国家构建生态环境信用监管体系。负有生态环境保护监督管理职责的部门应当依法将企业事业单位和其他生产经营者有关生态环境违法信息记入信用记录。企业事业单位和其他生产经营者纠正失信行为、消除不良影响、符合信用修复条件的，可以提出信用修复申请，有关国家机关应当按照规定开展信用修复。",
            "note": None,
        }
    ],
    "local_measure": {
        "name_zh": "关于推行生态环境涉企行政检查事前审批和告知工作的通知",
        "name_en": "Xiaogan notice on prior approval and notification of inspections",
        "issuer_zh": "孝感市生态环境局",
        "number": None,
        "provision_zh": None,
    },
    "consequence_zh": "逾期未回复（2026-10-12）或未完成整改（2026-10-12）的，将发出催告；再逾5个工作日仍未办理的，转为现场检查任务，并作为轻微违法记录计入信用与风险评价。",
    "consequence_en": "If the letter is not acknowledged by 2026-10-12 or the actions not done by 2026-10-12, a reminder is sent; 5 working days later the matter becomes an on-site inspection task and a minor record in the credit and risk grading.",
    "matters": ["outlet:DA001"],
    "terms": {
        "response_working_days": 5,
        "escalation_working_days": 5,
        "verification_working_days": 10,
        "exemption_months": 12,
        "ignored_severity": "minor",
        "source": {
            "instrument": {
                "id": "ecoreg.defaults",
                "name_zh": "ecoreg 默认参数",
                "name_en": "ecoreg documented defaults",
                "number": None,
                "issuer_zh": "ecoreg",
                "in_force": "2021-07-15",
                "url": None,
            },
            "article": None,
            "paragraph": None,
            "item": None,
            "quote_zh": None,
            "note": "Shanxi's no-penalty list (山西《生态环境轻微违法行为不予处罚事项清单》) gives 5 working days to correct after the order; ecoreg uses it as the response window. No national text fixes this number (shared/domain/letters-archives.md); ecoreg's documented default. Replace it with your jurisdiction's measure.",
        },
        "basis_note": "default: Shanxi's no-penalty list (山西《生态环境轻微违法行为不予处罚事项清单》) gives 5 working days to correct after the order; ecoreg uses it as the response window. No national text fixes this number (shared/domain/letters-archives.md); ecoreg's documented default. Replace it with your jurisdiction's measure.",
    },
}
"""What the compose-letter example answers (its outcome): the letter-status example's letter."""
_FILES = [
    {
        "profile": {
            **_PROFILE,
            "jurisdiction": "CN",
            "industry": "coating",
            "permit_class": "simplified",
        },
        "documents": [
            {
                "id": "eia",
                "type": "eia_document",
                "issued_at": "2024-03-01T09:00:00+08:00",
                "filed_at": "2024-03-01T15:00:00+08:00",
            },
            {
                "id": "eia-ok",
                "type": "eia_approval",
                "issued_at": "2024-04-01T09:00:00+08:00",
                "filed_at": "2024-04-04T09:00:00+08:00",
            },
            {
                "id": "permit",
                "type": "permit",
                "issued_at": "2025-02-01T09:00:00+08:00",
                "filed_at": "2025-02-01T10:00:00+08:00",
                "valid_until": "2030-01-31",
            },
        ],
        "expected": [{"id": "凤环罚〔2027〕3号", "type": "penalty_decision"}],
    },
    {
        "profile": {
            "credit_code": "91440300MA5F8K2L1H",
            "name": "Other Co.",
            "jurisdiction": "CN",
            "industry": "food",
        }
    },
]

EXAMPLES: dict[str, dict[str, Any]] = {
    "compose-letter": {
        "jurisdiction": "CN",
        "decided_on": "2026-09-29",
        "input": {"request": _LETTER_REQUEST},
    },
    "letter-status": {
        "input": {
            "letter": _LETTER,
            "events": [
                {"kind": "delivered", "on": "2026-09-30"},
                {"kind": "acknowledged", "on": "2026-10-08"},
            ],
            "on": "2026-10-13",
        }
    },
    "check-files": {"jurisdiction": "CN", "decided_on": "2027-06-30", "input": {"files": _FILES}},
    "check-plan": {
        "jurisdiction": "CN-GD-DG",
        "decided_on": "2026-03-02",
        "input": {"plan": _PLAN},
    },
    "daily-penalty": {
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
    "deadline": {"input": {"event": "2026-09-29", "count": 5}},
    "draw-sample": {
        "jurisdiction": "CN",
        "decided_on": "2026-01-05",
        "input": {"gradings": _GRADINGS, "seed": "2026-round-1"},
    },
    "grade-batch": {
        "jurisdiction": "CN-SN",
        "decided_on": "2026-11-01",
        "input": {
            "enterprises": [
                {
                    "profile": _PROFILE,
                    "history": [{"type": "violation", "on": "2026-05-01", "severity": "serious"}],
                },
                {"profile": {**_PROFILE, "credit_code": "91440300MA5F8K2L1H", "name": "Other Co."}},
            ]
        },
    },
    "hj212": {"input": {"frames": _FRAME + "junk\r\n" + _FRAME}},
    "issue-code": {
        "jurisdiction": "CN-SH",
        "decided_on": "2026-05-06",
        "input": {
            "visit": _VISIT,
            "agency": "徐汇区生态环境局",
            "inspectors": ["31010001"],
            "key": _KEY,
        },
    },
    "law": {"input": {"on": "2026-08-15"}},
    "reward": {
        "jurisdiction": "CN-SC",
        "decided_on": "2024-06-03",
        "input": {
            "pseudonym_key": _KEY,
            "reports": [
                {
                    "report_id": "ZG-2024-0228-110",
                    "matter": "zigong-dumping-2024-02-28",
                    "received_at": "2024-02-28T21:00:00+08:00",
                    "reporter": {"name": "举报人甲", "contact": "138-0000-0000"},
                    "verified_on": "2024-05-20",
                    "findings": _DUMPING,
                },
                {
                    "report_id": "ZG-2024-0228-12345",
                    "matter": "zigong-dumping-2024-02-28",
                    "received_at": "2024-02-28T21:40:00+08:00",
                    "reporter": {"name": "举报人乙"},
                    "verified_on": "2024-05-20",
                    "findings": _DUMPING,
                },
            ],
        },
    },
    "plan-inspections": {
        "jurisdiction": "CN",
        "decided_on": "2026-01-05",
        "input": {
            "tasks": [
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
            ],
            "gradings": _GRADINGS,
            "year": 2026,
            "seed": "2026-round-1",
        },
    },
    "verify-code": {"input": {"code": _CODE, "key": _KEY, "on": "2026-05-12"}},
    "detect": {
        "jurisdiction": "CN",
        "decided_on": "2026-10-01",
        "input": {"values": [[35.0] * 12, [12.5, None] * 6], "minutes_per_point": 20},
    },
    "fine": {
        "jurisdiction": "CN-GD-DG",
        "decided_on": "2026-03-10",
        "input": {"case": _CASE, "proposed": "100000"},
    },
    "grade": {
        "jurisdiction": "CN-SN",
        "decided_on": "2026-11-01",
        "input": {
            "profile": {
                "credit_code": "91350200776049653A",
                "name": "Example Co.",
                "jurisdiction": "CN-SN",
            },
            "history": [{"type": "violation", "on": "2026-05-01", "severity": "serious"}],
        },
    },
    "installment-plan": {
        "input": {"fine": "200000", "count": 8, "interval_months": 3, "starts_on": "2026-03-02"}
    },
    "installment-surcharge": {
        "jurisdiction": "CN-GD-DG",
        "decided_on": "2026-07-01",
        "input": {"plan": _PLAN, "missed": 1, "paid_on": "2026-07-01"},
    },
    "kinds": {"input": {"words": "未批先建"}},
    "leniency": {"jurisdiction": "CN-GD-DG", "decided_on": "2026-03-10", "input": {"case": _CASE}},
    "payment-deadline": {
        "jurisdiction": "CN",
        "decided_on": "2026-09-16",
        "input": {"received_on": "2026-09-16"},
    },
    "relief": {
        "jurisdiction": "CN-GD-DG",
        "decided_on": "2026-03-02",
        "input": {
            "application": {
                "fine": "200000",
                "case_type": "non_litigation",
                "decision_received_on": "2026-03-01",
                "filed_on": "2026-03-02",
                "grounds": ["operating_difficulty"],
                "request": {"kind": "installments", "count": 8, "interval_months": 3},
            }
        },
    },
    "route-alert": {
        "jurisdiction": "CN",
        "decided_on": "2026-10-01",
        "input": {"alert": _ALERT, "context": {"enterprise": "E1", "key_unit": True}},
    },
    "route-alerts": {
        "jurisdiction": "CN",
        "decided_on": "2026-10-01",
        "input": {
            "alerts": [_ALERT, {**_ALERT, "id": "a2", "start": "2026-10-01T10:00:00+08:00"}],
            "decided_at": "2026-10-01T18:00:00+08:00",
        },
    },
    "surcharge": {
        "jurisdiction": "CN",
        "decided_on": "2026-04-10",
        "input": {"base": "10000", "due_on": "2026-03-01", "paid_on": "2026-04-10"},
    },
}
"""One request per rule of the JSON edge (the files of ``examples/requests/``), by rule."""


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of the service, whose schemas are ecoreg's published ones."""
    return copy.deepcopy(_openapi_document())


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _refs(node: Any) -> set[str]:
    """The names of the definitions ``node`` references (``#/$defs/<name>``)."""
    if isinstance(node, dict):
        found = set().union(*(_refs(v) for v in node.values())) if node else set()
        ref = node.get("$ref")
        if isinstance(ref, str):
            if not ref.startswith("#/$defs/"):
                raise ValueError(f"a reference outside the schema's definitions: {ref}")
            found.add(ref.removeprefix("#/$defs/"))
        return found
    if isinstance(node, list):
        return set().union(*(_refs(v) for v in node)) if node else set()
    return set()


def _rewrite(node: Any, names: dict[str, str]) -> Any:
    """``node`` with each ``#/$defs/<name>`` reference pointing at its component."""
    if isinstance(node, dict):
        out = {k: _rewrite(v, names) for k, v in node.items()}
        if isinstance(out.get("$ref"), str):
            out["$ref"] = f"#/components/schemas/{names[out['$ref'].removeprefix('#/$defs/')]}"
        return out
    if isinstance(node, list):
        return [_rewrite(v, names) for v in node]
    return node


def _closure(name: str, defs: dict[str, Any]) -> str:
    """A definition with every definition it reaches, as text: equal text, equal meaning."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(_refs(defs[current]))
    return json.dumps({n: defs[n] for n in sorted(seen)}, sort_keys=True, ensure_ascii=False)


def _components() -> dict[str, Any]:
    """Every published schema and the definitions they hold, as OpenAPI components."""
    schemas = {name: generate() for name, generate in sorted(SCHEMAS.items())}
    definitions = {name: schema.pop("$defs", {}) for name, schema in schemas.items()}
    # the closures each definition name stands for, in the order of the schemas holding them
    variants: dict[str, list[str]] = {}
    for defs in definitions.values():
        for name in defs:
            closure = _closure(name, defs)
            if closure not in variants.setdefault(name, []):
                variants[name].append(closure)
    owners: dict[tuple[str, str], str] = {}
    for schema, defs in definitions.items():
        for name in defs:
            owners.setdefault((name, _closure(name, defs)), schema)
    out: dict[str, Any] = {}
    for schema, defs in definitions.items():
        names = {}
        for name in defs:
            closure = _closure(name, defs)
            names[name] = name if len(variants[name]) == 1 else f"{name}.{owners[(name, closure)]}"
        for name, body in defs.items():
            out.setdefault(names[name], _rewrite(body, names))
        body = {k: v for k, v in schemas[schema].items() if k not in {"$schema", "$id"}}
        out[schema] = _rewrite(body, names)
    clash = set(schemas) & {n for n in out if n not in schemas}
    if clash:  # pragma: no cover - a definition named like a published schema
        raise ValueError(f"definitions named like published schemas: {sorted(clash)}")
    return dict(sorted(out.items()))


_VERSION: dict[str, Any] = {
    "type": "object",
    "properties": {
        "ecoreg": {"type": "string"},
        "data": {
            "type": "object",
            "properties": {
                "version": {
                    "type": "string",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}[.][0-9a-f]{12}$",
                },
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "date": {"type": "string", "format": "date"},
                "instruments": {"type": "integer", "minimum": 0},
                "jurisdictions": {"type": "integer", "minimum": 0},
                "measures": {"type": "integer", "minimum": 0},
            },
            "required": ["version", "sha256", "date", "instruments", "jurisdictions", "measures"],
            "additionalProperties": False,
        },
    },
    "required": ["ecoreg", "data"],
    "additionalProperties": False,
}
"""The answer of ``GET /v1/version`` (`ecoreg._ops.DataVersion.to_data`)."""


def _batch_path(errors: dict[str, Any]) -> dict[str, Any]:
    """``POST /v1/batch``: many requests, each with its rule, answered in order."""
    item = {
        "type": "object",
        "description": "A request of `POST /v1/decide/{rule}` with its rule beside it (and an "
        "optional id echoed in its answer), exactly a line of `ecoreg serve --stdio`; the "
        "rule's own request schema applies to the rest.",
        "properties": {"id": {}, "rule": {"enum": sorted(_ANSWERS)}},
        "required": ["rule"],
    }
    answer = {
        "oneOf": [
            {
                "type": "object",
                "properties": {"id": {}, "result": {"type": "object"}},
                "required": ["id", "result"],
                "additionalProperties": False,
            },
            {
                "type": "object",
                "properties": {"id": {}, "error": _ref("ErrorDetail")},
                "required": ["id", "error"],
                "additionalProperties": False,
            },
        ]
    }
    example = [
        {"id": i, "rule": rule, **EXAMPLES[rule]} for i, rule in enumerate(("deadline", "fine"), 1)
    ]
    return {
        "post": {
            "operationId": "batch",
            "summary": "Decide many requests in one call",
            "description": f"At most {MAX_BATCH} requests, answered in order, each with its own "
            "result or its own error document (one bad item never fails the batch). The time "
            "limit covers the whole batch.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "requests": {"type": "array", "maxItems": MAX_BATCH, "items": item}
                            },
                            "required": ["requests"],
                            "additionalProperties": False,
                        },
                        "examples": {
                            "batch": {"summary": "two requests", "value": {"requests": example}}
                        },
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "the answers, in the order of the requests",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {"results": {"type": "array", "items": answer}},
                                "required": ["results"],
                                "additionalProperties": False,
                            }
                        }
                    },
                },
                **{code: errors[code] for code in ("401", "413", "422", "500")},
            },
        }
    }


@functools.lru_cache(maxsize=1)
def _openapi_document() -> dict[str, Any]:
    """The document, built once (a copy goes to each caller)."""
    errors = {
        code: {
            "description": text,
            "content": {"application/json": {"schema": _ref("error-document")}},
        }
        for code, text in (
            ("401", "a bearer token is required"),
            ("413", "the request body is over the size limit"),
            ("422", "bad input: the error document names the field"),
            ("500", "an internal error: the document holds no detail, the log the request id"),
            ("503", "the decision ran past the time limit"),
        )
    }
    paths: dict[str, Any] = {
        f"/v1/decide/{rule}": {
            "post": {
                "operationId": f"decide_{rule.replace('-', '_')}",
                "summary": f"Decide: {rule}",
                "description": f"The same request and answer as `ecoreg decide {rule}`.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": _ref(_REQUESTS[rule]),
                            "examples": {
                                rule: {
                                    "summary": f"examples/requests/{rule}.json",
                                    "value": EXAMPLES[rule],
                                }
                            },
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "the decision",
                        "content": {"application/json": {"schema": _ref(_ANSWERS[rule])}},
                    },
                    **errors,
                },
            }
        }
        for rule in sorted(_ANSWERS)
    }
    paths["/healthz"] = {
        "get": {
            "operationId": "healthz",
            "summary": "Liveness",
            "responses": {
                "200": {
                    "description": "alive",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "status": {"const": "ok"},
                                    "version": {"type": "string"},
                                },
                                "required": ["status", "version"],
                            }
                        }
                    },
                }
            },
        }
    }
    paths["/v1/jurisdictions"] = {
        "get": {
            "operationId": "jurisdictions",
            "summary": "The jurisdictions of the policy book",
            "responses": {
                "200": {
                    "description": "the jurisdictions of the policy book",
                    "content": {
                        "application/json": {
                            "schema": {"type": "array", "items": _ref("Jurisdiction")}
                        }
                    },
                },
                "401": errors["401"],
            },
        }
    }
    paths["/v1/batch"] = _batch_path(errors)
    paths["/v1/version"] = {
        "get": {
            "operationId": "version",
            "summary": "The versions of ecoreg and of its bundled law and policy data",
            "responses": {
                "200": {
                    "description": "the versions (also in the X-Ecoreg-Version and "
                    "X-Ecoreg-Data-Version headers of every response)",
                    "content": {"application/json": {"schema": _VERSION}},
                },
                "401": errors["401"],
            },
        }
    }
    paths["/metrics"] = {
        "get": {
            "operationId": "metrics",
            "summary": "Counters and the latency histogram, in the Prometheus text format",
            "responses": {
                "200": {
                    "description": "the metrics of this worker process",
                    "content": {"text/plain": {"schema": {"type": "string"}}},
                },
                "401": errors["401"],
            },
        }
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "ecoreg",
            "version": ecoreg.__version__,
            "description": "Chinese environmental regulatory rules as a service: the JSON edge "
            "(`ecoreg decide`) over HTTP.",
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "servers": [{"url": SERVER, "description": "`ecoreg serve` on this machine"}],
        "paths": paths,
        "components": {"schemas": _components()},
    }
