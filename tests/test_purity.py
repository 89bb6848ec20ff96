"""The core never reads the clock, the environment, files or the network."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "ecoreg"
EDGE = {"cli.py", "__main__.py", "_ops.py"}  # _ops: the service's env, clock, files, logs

FORBIDDEN_CALLS = {
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("date", "today"),
    ("pendulum", "now"),
    ("pendulum", "today"),
    ("pendulum", "yesterday"),
    ("pendulum", "tomorrow"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
    ("time", "localtime"),
    ("os", "getenv"),
    ("os", "listdir"),
    ("os", "scandir"),
    ("Path", "read_text"),
    ("Path", "open"),
}
FORBIDDEN_NAMES = {"open", "input", "environ", "getenv", "read_text", "read_bytes", "urlopen"}
FORBIDDEN_MODULES = {
    "socket",
    "urllib",
    "http",
    "requests",
    "httpx",
    "subprocess",
    "random",
    "ecoreg.cli",
}


def core_modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name not in EDGE)


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: p.name)
def test_module_does_not_touch_the_outside_world(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
            )
            problems.extend(
                f"line {node.lineno}: imports {name}"
                for name in names
                if name.split(".")[0] in FORBIDDEN_MODULES or name in FORBIDDEN_MODULES
            )
        elif isinstance(node, ast.Attribute):
            base = node.value
            base_name = (
                base.id
                if isinstance(base, ast.Name)
                else base.attr
                if isinstance(base, ast.Attribute)
                else ""
            )
            if (base_name, node.attr) in FORBIDDEN_CALLS or node.attr in {
                "environ",
                "read_text",
                "read_bytes",
            }:
                problems.append(f"line {node.lineno}: uses {base_name}.{node.attr}")
        elif isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            problems.append(f"line {node.lineno}: uses {node.id}")
    assert not problems, f"{path.name} reaches outside: {problems}"


def test_the_checker_catches_a_clock_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import datetime\nx = datetime.datetime.now()\n", encoding="utf-8")
    tree = ast.parse(bad.read_text(encoding="utf-8"))
    hits = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "now"]
    assert hits


def test_importing_ecoreg_does_not_import_the_edge() -> None:
    code = "import sys, ecoreg, ecoreg.schemas; print('ecoreg.cli' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
