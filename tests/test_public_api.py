"""The public surface: each package's names agree with themselves, and the flat namespace is pinned.

A public name is written once, in its package's ``_EXPORTS``; ``scripts/gen_exports.py``
writes the static imports and ``__all__`` from it. These tests fail when the three disagree
(a name in ``_EXPORTS`` that its module does not define, a stale generated block), when a
flat name is not the same object as its package's, and when the public surface changes
without ``tests/snapshots/public-api.txt`` being regenerated (``python tests/test_public_api.py``)
and reviewed.
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

import ecoreg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import gen_exports  # noqa: E402

SNAPSHOT = ROOT / "tests" / "snapshots" / "public-api.txt"
PACKAGES = [f"ecoreg.{name}" for name in gen_exports.PACKAGES]


def surface() -> list[str]:
    """The public surface, one line per package: its name and its ``__all__``."""
    lines = [f"ecoreg: {' '.join(ecoreg.__all__)}"]
    for name in PACKAGES:
        package = importlib.import_module(name)
        lines.append(f"{name}: {' '.join(package.__all__)}")
    return lines


def test_generated_exports_are_up_to_date() -> None:
    assert gen_exports.main(["--check"]) == 0


@pytest.mark.parametrize("name", PACKAGES)
def test_a_package_agrees_with_itself(name: str) -> None:
    package = importlib.import_module(name)
    exports: dict[str, tuple[str, ...]] = package._EXPORTS
    modules: tuple[str, ...] = getattr(package, "_MODULES", ())
    listed = [n for names in exports.values() for n in names]
    assert len(listed) == len(set(listed)), "a name exported twice"
    assert set(package.__all__) == set(listed) | set(modules)
    tree = ast.parse(Path(str(package.__file__)).read_text(encoding="utf-8"))
    static = {
        alias.asname
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(name)
        for alias in node.names
        if alias.asname is not None
    }
    assert static == set(package.__all__)
    for module, names in exports.items():
        defined = vars(importlib.import_module(module))
        for export in names:
            assert export in defined, f"{module} does not define {export}"
            assert getattr(package, export) is defined[export]


def test_flat_names_are_their_packages_names() -> None:
    for name in PACKAGES:
        package = importlib.import_module(name)
        for export in package._EXPORTS.values():
            for attribute in export:
                assert getattr(ecoreg, attribute) is getattr(package, attribute)
    assert ecoreg.penalties.decide_fine is ecoreg.decide_fine


def test_every_public_name_exists() -> None:
    for name in ecoreg.__all__:
        assert getattr(ecoreg, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'decide_fines'"):
        _ = ecoreg.decide_fines


def test_all_is_in_house_order() -> None:
    for package in [ecoreg, *(importlib.import_module(n) for n in PACKAGES)]:
        assert list(package.__all__) == sorted(package.__all__, key=gen_exports.order)


def test_public_surface_is_pinned() -> None:
    assert SNAPSHOT.read_text(encoding="utf-8").splitlines() == surface()


def test_every_error_is_an_ecoreg_error() -> None:
    from ecoreg import exceptions  # noqa: PLC0415

    for name in exceptions.__all__:
        cls = getattr(exceptions, name)
        if name != "FieldProblem":
            assert issubclass(cls, exceptions.EcoregError)


if __name__ == "__main__":
    SNAPSHOT.write_text("\n".join(surface()) + "\n", encoding="utf-8")
