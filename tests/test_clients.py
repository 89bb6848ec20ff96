"""The example clients (issue 24): Java and Go programs that call `ecoreg serve --stdio`.

Three programs are built once per module and run against the installed `ecoreg`:

- examples/clients/EcoregClient.java, a hand-written Java client (javac);
- examples/clients/generated/DecideFine.java, a Java client on types that quicktype generates
  from the fine-request and fine-decision JSON Schemas (javac, Jackson 2, and quicktype from
  `npm ci --prefix tools/clients`);
- examples/clients/go/, a Go client on the standard library (go build, offline).

A missing toolchain skips a test on a developer's machine and fails it in CI (CI=true), where
`.ci/run` and `make clients` install everything.
"""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from ecoreg import edge

ROOT = Path(__file__).parent.parent
CLIENTS = ROOT / "examples" / "clients"
SCHEMA_DIR = ROOT / "src" / "ecoreg" / "schemas"
QUICKTYPE = ROOT / "tools" / "clients" / "node_modules" / ".bin" / "quicktype"
# Debian's libjackson2-{databind,core,annotations}-java; ECOREG_JACKSON_JARS (a class path)
# names them elsewhere.
JACKSON = os.environ.get(
    "ECOREG_JACKSON_JARS",
    os.pathsep.join(
        f"/usr/share/java/jackson-{part}.jar" for part in ("databind", "core", "annotations")
    ),
)
FINE_REQUEST = json.loads((ROOT / "examples" / "requests" / "fine.json").read_text("utf-8"))
# `ecoreg` first on the PATH: the one installed with this interpreter.
ENV = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
TIMEOUT = 120


def require(missing: list[str]) -> None:
    """Skips (fails in CI) when a tool a client needs is not installed."""
    if not missing:
        return
    message = "not installed: " + ", ".join(missing) + " (.ci/run and `make clients` install them)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def run(args: list[str], cwd: Path, env: dict[str, str] = ENV) -> str:
    done = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def missing_commands(*names: str) -> list[str]:
    return [name for name in names if shutil.which(name) is None]


def the_example_fine() -> str:
    answer = json.loads(edge.decide("fine", FINE_REQUEST))
    final: str = answer["outcome"]["final"]
    return final


def test_the_example_fine_is_fifty_thousand_yuan() -> None:
    assert the_example_fine() == "50000.00"


@pytest.fixture(scope="module")
def handwritten_java(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require(missing_commands("javac", "java"))
    classes = tmp_path_factory.mktemp("java-handwritten")
    run(["javac", "-d", str(classes), str(CLIENTS / "EcoregClient.java")], cwd=classes)
    return classes


def test_the_java_example_compiles_and_calls_ecoreg_serve(handwritten_java: Path) -> None:
    out = run(["java", "-cp", str(handwritten_java), "EcoregClient"], cwd=handwritten_java)
    answer = json.loads(out)
    assert answer["id"] == 1
    assert answer["result"]["last_day"] == "2026-10-08"


def quicktype_java(schemas: list[str], out: Path) -> list[Path]:
    """Java classes (package ecoreg.types, Jackson annotations) for the named schemas."""
    run(
        [
            str(QUICKTYPE),
            "--src-lang",
            "schema",
            "--lang",
            "java",
            "--package",
            "ecoreg.types",
            "--array-type",
            "list",
            "--out",
            str(out / "Converter.java"),
            *(str(SCHEMA_DIR / f"{name}.schema.json") for name in schemas),
        ],
        cwd=out,
    )
    # quicktype's own reader and writer is replaced by DecideFine.mapper() (see its header).
    (out / "Converter.java").unlink()
    return sorted(out.glob("*.java"))


@pytest.fixture(scope="module")
def generated_java(tmp_path_factory: pytest.TempPathFactory) -> Path:
    missing = missing_commands("javac", "java", "node")
    missing += [jar for jar in JACKSON.split(os.pathsep) if not Path(jar).is_file()]
    if not QUICKTYPE.is_file():
        missing.append(f"{QUICKTYPE.relative_to(ROOT)} (npm ci --prefix tools/clients)")
    require(missing)
    types = tmp_path_factory.mktemp("java-types")
    sources = quicktype_java(["fine-request", "fine-decision"], types)
    classes = tmp_path_factory.mktemp("java-generated")
    javac = ["javac", "-Werror", "-cp", JACKSON, "-d", str(classes)]
    run([*javac, *map(str, sources), str(CLIENTS / "generated" / "DecideFine.java")], cwd=classes)
    return classes


def generated_client(classes: Path) -> Callable[..., str]:
    def java(*args: str) -> str:
        return run(["java", "-cp", f"{classes}{os.pathsep}{JACKSON}", "DecideFine", *args], classes)

    return java


def test_quicktype_generates_a_java_class_for_every_request_and_decision_type(
    generated_java: Path,
) -> None:
    names = {path.stem for path in (generated_java / "ecoreg" / "types").glob("*.class")}
    defined = {
        name
        for schema in ("fine-request", "fine-decision")
        for name, spec in json.loads((SCHEMA_DIR / f"{schema}.schema.json").read_text("utf-8"))[
            "$defs"
        ].items()
        if "properties" in spec or "enum" in spec
    }
    assert len(defined) > 20
    assert defined | {"FineRequest", "DecisionFineResult"} <= names


def test_the_generated_types_write_the_example_request(generated_java: Path) -> None:
    line = generated_client(generated_java)("--request")
    assert json.loads(line) == {"id": 1, "rule": "fine", **FINE_REQUEST}


def test_the_generated_java_client_decides_the_example_fine(generated_java: Path) -> None:
    out = generated_client(generated_java)()
    assert out.splitlines() == [the_example_fine()]
    assert Decimal(out) == 50000


@pytest.fixture(scope="module")
def go_client(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require(missing_commands("go"))
    work = tmp_path_factory.mktemp("go")
    env = {
        **ENV,
        "GOCACHE": str(work / "cache"),
        "GOPATH": str(work / "path"),
        "GOMODCACHE": str(work / "path" / "mod"),
        "GOPROXY": "off",  # standard library only: nothing to download
        "GOTOOLCHAIN": "local",
        "GOFLAGS": "",
    }
    binary = work / "ecoreg-client"
    run(["go", "vet", "."], cwd=CLIENTS / "go", env=env)
    run(["go", "build", "-o", str(binary), "."], cwd=CLIENTS / "go", env=env)
    return binary


def test_the_go_example_builds_and_decides_through_ecoreg_serve(go_client: Path) -> None:
    out = run([str(go_client)], cwd=go_client.parent)
    assert out.splitlines() == [
        "payment-deadline last_day 2026-10-08",
        f"fine final {the_example_fine()}",
    ]
