"""ecoreg's modules import only downward, through the layers CONTRIBUTING.md describes, and never in a cycle.

Every ``import`` statement in ``src/ecoreg`` counts, at module level, under ``TYPE_CHECKING``
or inside a function: a type-only import is still a dependency a reader follows. The layers,
lowest first:

1. ``ecoreg.exceptions``;
2. the core's foundation (``ecoreg.core._money``, ``_time``, ``_citations`` … ): no law, no rule;
3. ``ecoreg.law``: instruments, articles, the violation catalogue, the eras;
4. each domain's parameter specs (``ecoreg.<domain>._params``), plain data;
5. the core over the law: the parameter registry, policy, legal periods;
6. the domains (penalties, payment, grading, alerts, monitoring, inspections), each importing
   only the domains it is declared to build on;
7. what bundles them: ``ecoreg.jurisdictions``, ``ecoreg.schemas``, ``ecoreg.testing`` and the
   packages' namespaces;
8. the edge: ``ecoreg.edge``, ``ecoreg.server``, ``ecoreg.cli`` and ``ecoreg`` itself.
"""

from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "ecoreg"

DOMAINS = (
    "penalties",
    "payment",
    "grading",
    "alerts",
    "monitoring",
    "inspections",
    "rewards",
    "letters",
)
BUILDS_ON: dict[str, set[str]] = {
    "penalties": set(),
    "payment": set(),
    "grading": set(),
    "alerts": set(),
    "monitoring": {"alerts"},
    "inspections": {"grading"},
    "rewards": set(),
    "letters": {"penalties", "alerts", "grading", "inspections"},
}
"""The domains each domain may import (a domain always imports itself)."""

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("errors", ("ecoreg.exceptions",)),
    (
        "core foundation",
        (
            "ecoreg.core._arrays",
            "ecoreg.core._boundary",
            "ecoreg.core._calendar",
            "ecoreg.core._citations",
            "ecoreg.core._columnar",
            "ecoreg.core._decision",
            "ecoreg.core._fine_rules",
            "ecoreg.core._lazy",
            "ecoreg.core._model",
            "ecoreg.core._money",
            "ecoreg.core._parameters",
            "ecoreg.core._records",
            "ecoreg.core._tables",
            "ecoreg.core._time",
        ),
    ),
    ("law", ("ecoreg.law", "ecoreg.law.*")),
    ("parameter specs", tuple(f"ecoreg.{d}._params" for d in ("core", *DOMAINS))),
    ("core over the law", ("ecoreg.core._registry", "ecoreg.core._policy", "ecoreg.core._periods")),
    ("domains", tuple(f"ecoreg.{d}.*" for d in DOMAINS)),
    (
        "bundles",
        (
            "ecoreg.jurisdictions",
            "ecoreg.jurisdictions.*",
            "ecoreg.schemas",
            "ecoreg.testing",
            "ecoreg.spark",
            "ecoreg.core",
            *(f"ecoreg.{d}" for d in DOMAINS),
        ),
    ),
    (
        "edge",
        (
            "ecoreg.edge",
            "ecoreg._edge_problems",
            "ecoreg._batch",
            "ecoreg._openapi",
            "ecoreg._ops",
            "ecoreg.server",
            "ecoreg.cli",
            "ecoreg.__main__",
            "ecoreg",
        ),
    ),
)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def layer_of(module: str) -> int:
    """The index of the first layer whose patterns match the module (exact names first)."""
    for index, (_, patterns) in enumerate(LAYERS):
        if module in patterns:
            return index
    for index, (_, patterns) in enumerate(LAYERS):
        if any(fnmatch.fnmatchcase(module, p) for p in patterns if "*" in p):
            return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def imports_of(module: str) -> set[str]:
    """The ecoreg modules a module imports, anywhere in its text."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    found: set[str] = set()
    package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("ecoreg"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            if not base.startswith("ecoreg"):
                continue
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    found.discard(module)
    return found


def domain_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in DOMAINS else None


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_a_module_imports_only_its_own_layer_or_lower(module: str) -> None:
    mine = layer_of(module)
    for target in imports_of(module):
        assert target in MODULES, f"{module} imports {target}, which does not exist"
        theirs = layer_of(target)
        assert theirs <= mine, (
            f"{module} ({LAYERS[mine][0]}) imports {target} ({LAYERS[theirs][0]}): up the layers"
        )
        here, there = domain_of(module), domain_of(target)
        if here and there and here != there:
            assert there in BUILDS_ON[here], f"{module} imports {target}: {here} builds on " + (
                ", ".join(sorted(BUILDS_ON[here])) or "no other domain"
            )


def test_no_import_cycle() -> None:
    graph = {m: imports_of(m) for m in MODULES}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)


def test_the_layer_test_catches_an_upward_import() -> None:
    """The check itself bites: a foundation module naming the law would be refused."""
    assert layer_of("ecoreg.core._money") < layer_of("ecoreg.law.eco_code")
    assert layer_of("ecoreg.law.catalogue") < layer_of("ecoreg.core._policy")
    assert layer_of("ecoreg.penalties._amount") < layer_of("ecoreg.jurisdictions.national")
    assert "ecoreg.alerts" not in BUILDS_ON["grading"]
