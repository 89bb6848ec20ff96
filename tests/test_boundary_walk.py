"""Everything public stands behind the boundary (issue 22): a walk over every public callable.

Every module of ``ecoreg`` whose path has no part starting with an underscore is public, and so
is every name it exports (``__all__``), every class among them, and every method of those
classes whose name has no underscore in front. Each such function and method must be wrapped by
`ecoreg.core._boundary.checked` (directly, through ``check_public`` at the end of its module,
or ``check_class`` on its class; every `ecoreg.EcoregModel` gets it when it is defined). A new
public function or method without the boundary fails here, by name.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
from typing import Any, Protocol

import ecoreg
from ecoreg.core._boundary import checked


def _public_modules() -> dict[str, Any]:
    modules: dict[str, Any] = {"ecoreg": ecoreg}
    for info in pkgutil.walk_packages(ecoreg.__path__, "ecoreg."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts):
            continue
        modules[info.name] = importlib.import_module(info.name)
    return modules


def _exported(module: Any) -> list[str]:
    return list(getattr(module, "__all__", [n for n in vars(module) if not n.startswith("_")]))


def _own(obj: Any) -> bool:
    return (getattr(obj, "__module__", "") or "").startswith("ecoreg")


def _is_checked(function: Any) -> bool:
    return bool(getattr(function, "__ecoreg_checked__", False))


def _methods(cls: type) -> dict[str, Any]:
    """The public methods of ``cls`` and of its ecoreg bases, as looked up on ``cls``."""
    out: dict[str, Any] = {}
    for klass in cls.__mro__:
        if not _own(klass):
            continue
        for name, member in vars(klass).items():
            if name.startswith("_") or name in out:
                continue
            function = member.__func__ if isinstance(member, classmethod | staticmethod) else member
            if inspect.isfunction(function):
                found = inspect.getattr_static(cls, name)
                out[name] = (
                    found.__func__ if isinstance(found, classmethod | staticmethod) else found
                )
    return out


def _unchecked() -> set[str]:
    missing: set[str] = set()
    seen: set[int] = set()
    for module_name, module in sorted(_public_modules().items()):
        for name in _exported(module):
            obj = getattr(module, name, None)
            if obj is None or id(obj) in seen or not _own(obj):
                continue
            seen.add(id(obj))
            if inspect.isfunction(obj) and not _is_checked(obj):
                missing.add(f"{module_name}.{name}")
            elif inspect.isclass(obj):
                if issubclass(obj, BaseException | enum.Enum) or Protocol in obj.__mro__:
                    continue  # exceptions and enums take no input; a protocol has no code
                missing.update(
                    f"{obj.__module__}.{obj.__qualname__}.{method}"
                    for method, function in _methods(obj).items()
                    if not _is_checked(function)
                )
    return missing


def test_every_public_function_and_method_is_behind_the_boundary() -> None:
    assert not sorted(_unchecked())


def test_the_walk_finds_an_unchecked_function() -> None:
    # The walk bites: a plain function is reported, the same function checked is not.
    def plain(day: int) -> int:
        return day

    plain.__module__ = "ecoreg.example"
    assert not _is_checked(plain)
    assert _is_checked(checked(plain))


def test_the_walk_covers_the_law_layer_and_the_batch_objects() -> None:
    modules = _public_modules()
    assert {"ecoreg.law", "ecoreg.law.regimes", "ecoreg.law.catalogue", "ecoreg.edge"} <= set(
        modules
    )
    assert _is_checked(ecoreg.law.in_force_on)
    assert _is_checked(ecoreg.BatchRouting.incident_at)
    assert _is_checked(ecoreg.ViolationKind.basis_on)
