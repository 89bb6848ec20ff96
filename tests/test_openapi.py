"""The OpenAPI document (issue 24): valid OpenAPI 3.1, self-contained, typed, with an example per rule."""

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

import ecoreg
from ecoreg import edge
from ecoreg.law import catalogue
from ecoreg.schemas import SCHEMAS
from ecoreg.server import create_app, openapi_document

CLIENT = TestClient(create_app())
DOCUMENT: dict[str, Any] = CLIENT.get("/v1/openapi.json").json()
COMPONENTS: dict[str, Any] = DOCUMENT["components"]["schemas"]
REQUESTS = Path(__file__).resolve().parent.parent / "examples" / "requests"
DECIDE = {
    path.removeprefix("/v1/decide/"): item["post"]
    for path, item in DOCUMENT["paths"].items()
    if path.startswith("/v1/decide/")
}


def walk(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every object of ``node`` with its path."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            found.extend(walk(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(walk(value, f"{path}/{i}"))
    return found


def inline(node: Any, lookup: Any, seen: tuple[str, ...] = ()) -> Any:
    """``node`` with every reference replaced by what it points at (a cycle left as a name)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            target, name = lookup(ref)
            if name in seen:
                return {"cycle": name}
            rest = {k: inline(v, lookup, seen) for k, v in node.items() if k != "$ref"}
            return {**inline(target, lookup, (*seen, name)), **rest}
        return {k: inline(v, lookup, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(v, lookup, seen) for v in node]
    return node


def component(name: str) -> Any:
    def lookup(ref: str) -> tuple[Any, str]:
        target = ref.removeprefix("#/components/schemas/")
        return COMPONENTS[target], target

    return inline(COMPONENTS[name], lookup)


def shipped(name: str) -> Any:
    schema = json.loads((files("ecoreg.schemas") / f"{name}.schema.json").read_text("utf-8"))
    defs = schema.pop("$defs", {})

    def lookup(ref: str) -> tuple[Any, str]:
        target = ref.removeprefix("#/$defs/")
        return defs[target], target

    return inline({k: v for k, v in schema.items() if k not in {"$schema", "$id"}}, lookup)


def validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator of component ``name``, resolving its references inside the document."""
    return jsonschema.Draft202012Validator(
        {"$ref": f"#/components/schemas/{name}", "components": DOCUMENT["components"]},
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def test_the_served_document_is_valid_openapi_3_1() -> None:
    assert openapi_document() == DOCUMENT
    assert DOCUMENT["openapi"].startswith("3.1")
    validate(DOCUMENT)
    broken = {**DOCUMENT, "paths": {"/v1/x": {"get": {"responses": {"200": {}}}}}}
    with pytest.raises(OpenAPIValidationError):  # the validator bites: no response description
        validate(broken)


def test_version_servers_and_one_operation_per_rule() -> None:
    assert DOCUMENT["info"]["version"] == ecoreg.__version__
    assert DOCUMENT["servers"] == [
        {"url": "http://127.0.0.1:8000", "description": "`ecoreg serve` on this machine"}
    ]
    assert set(DECIDE) == set(edge.RULES)
    ids = [op["operationId"] for item in DOCUMENT["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))


def test_every_reference_points_at_a_component_and_nothing_needs_an_id() -> None:
    refs = [node["$ref"] for _, node in walk(DOCUMENT) if isinstance(node.get("$ref"), str)]
    assert refs
    for ref in refs:
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.removeprefix("#/components/schemas/") in COMPONENTS, ref
    for path, node in walk(COMPONENTS):
        assert not {"$id", "$defs", "$schema"} & set(node), path


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_each_component_says_what_its_shipped_schema_file_says(name: str) -> None:
    assert component(name) == shipped(name)


@pytest.mark.parametrize("rule", sorted(edge.RULES))
def test_each_rule_has_one_example_the_file_and_it_decides(rule: str) -> None:
    examples = DECIDE[rule]["requestBody"]["content"]["application/json"]["examples"]
    assert len(examples) == 1
    (example,) = examples.values()
    request = json.loads((REQUESTS / f"{rule}.json").read_text(encoding="utf-8"))
    assert example["value"] == request
    request_schema = DECIDE[rule]["requestBody"]["content"]["application/json"]["schema"]
    validator(request_schema["$ref"].removeprefix("#/components/schemas/")).validate(request)
    answer = json.loads(edge.decide(rule, request))
    assert "error" not in answer, answer
    response_schema = DECIDE[rule]["responses"]["200"]["content"]["application/json"]["schema"]
    name = response_schema["$ref"].removeprefix("#/components/schemas/")
    validator(name).validate(answer)
    response = CLIENT.post(f"/v1/decide/{rule}", content=json.dumps(request))
    assert response.status_code == 200
    assert response.json() == answer


def test_the_examples_folder_holds_one_request_per_rule() -> None:
    assert {p.stem for p in REQUESTS.glob("*.json")} == set(edge.RULES)


def test_a_response_schema_refuses_what_the_rule_never_answers() -> None:
    request = json.loads((REQUESTS / "daily-penalty.json").read_text(encoding="utf-8"))
    answer = json.loads(edge.decide("daily-penalty", request))
    check = validator("daily-penalty-decision")
    check.validate(answer)
    assert not check.is_valid({**answer, "outcome": 1000000})
    assert not check.is_valid({**answer, "outcome": "1000000"})


def request_fields(rule: str) -> dict[str, Any]:
    """The properties of a rule's request and of its input, inlined."""
    request = component(f"{rule}-request")
    return {**request["properties"], **request["properties"]["input"]["properties"]}


def alternatives(prop: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for a in prop.get("anyOf", [prop]) if a.get("type") != "null"]


def test_jurisdictions_and_kinds_are_enumerated() -> None:
    codes = sorted(ecoreg.standard_policy_book().jurisdictions)
    kinds = sorted(catalogue.kinds())
    for rule in edge.RULES:
        (jurisdiction,) = alternatives(request_fields(rule)["jurisdiction"])
        assert jurisdiction["enum"] == codes, rule
    assert request_fields("fine")["case"]["properties"]["kind"]["enum"] == kinds
    for rule in edge.RULES:
        (named,) = alternatives(request_fields(rule)["rule"])
        assert named["enum"] == sorted(edge.RULES), rule
    assert request_fields("daily-penalty")["kind"]["enum"] == kinds
    (kind_id,) = alternatives(request_fields("kinds")["id"])
    assert kind_id["enum"] == kinds
    assert component("violation-case")["properties"]["kind"]["enum"] == kinds


@pytest.mark.parametrize(
    ("rule", "field", "form"),
    [
        ("fine", "decided_on", "date"),
        ("payment-deadline", "received_on", "date"),
        ("daily-penalty", "order_served_on", "date"),
        ("installment-plan", "starts_on", "date"),
        ("surcharge", "paid_on", "date"),
        ("kinds", "on", "date"),
        ("deadline", "start", "date-time"),
        ("route-alerts", "decided_at", "date-time"),
    ],
)
def test_dates_and_instants_have_their_format(rule: str, field: str, form: str) -> None:
    (typed,) = alternatives(request_fields(rule)[field])
    assert (typed["type"], typed["format"]) == ("string", form)


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        ("fine", "proposed"),
        ("daily-penalty", "original_fine"),
        ("installment-plan", "fine"),
        ("surcharge", "base"),
    ],
)
def test_amounts_are_decimal_strings_with_a_pattern(rule: str, field: str) -> None:
    amount = request_fields(rule)[field]
    texts = [node for _, node in walk(amount) if node.get("type") == "string"]
    assert [t["pattern"] for t in texts] == [r"^\d+(\.\d{1,2})?$"]
    check = jsonschema.Draft202012Validator(amount)
    assert check.is_valid("12.30")
    assert check.is_valid(12)
    assert not check.is_valid("12.3.0")
    assert not check.is_valid(12.3)


def test_no_text_beside_a_number_is_left_without_a_pattern() -> None:
    for path, node in walk(COMPONENTS):
        options = node.get("anyOf")
        if isinstance(options, list) and any(o.get("type") == "number" for o in options):
            assert {"type": "string"} not in options, path


def test_every_dated_request_field_has_a_format() -> None:
    """A request field named for a day (``*_on``) or an instant (``*_at``) is typed as one."""
    for name in SCHEMAS:
        if not name.endswith("-request"):
            continue
        for path, node in walk(component(name)):
            for key, prop in node.get("properties", {}).items():
                if not (isinstance(prop, dict) and (key.endswith(("_on", "_at")) or key == "on")):
                    continue
                forms = {a.get("format") for a in alternatives(prop)}
                assert forms <= {"date", "date-time"}, (name, path, key)


def test_the_published_schemas_do_not_depend_on_what_was_imported_first() -> None:
    # typing caches unions by equality, and a Literal equals one of the same values in another
    # order: with FastAPI's OpenAPI models built first, `Literal[...] | list[Literal[...]]` was
    # theirs (values sorted) and error-document's enum came out in another order.
    script = """
import json
import pytest, hypothesis
import ecoreg.testing
from fastapi.testclient import TestClient
from openapi_spec_validator import validate
from ecoreg.server import create_app
C = TestClient(create_app()); d = C.get("/v1/openapi.json").json()
validate(d)
from ecoreg.schemas import SCHEMAS
pub = json.load(open("src/ecoreg/schemas/error-document.schema.json"))
print(json.dumps(SCHEMAS["error-document"]() == pub))
"""
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=REQUESTS.parent.parent,
    ).stdout
    assert json.loads(out.splitlines()[-1]) is True
