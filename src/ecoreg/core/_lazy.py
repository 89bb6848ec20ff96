"""Lazy public names for ecoreg's packages.

A package lists its public names once, in ``_EXPORTS`` (the private module that defines
each); `lazy_exports` gives it the module ``__getattr__`` and ``__dir__`` that load a name
on first use. Importing a package stays cheap (the command line makes one decision per
process), and a package's parameter specs can be imported without its rules.
``scripts/gen_exports.py`` writes the static imports and ``__all__`` that type checkers
read from the same ``_EXPORTS``, and ``tests/test_public_api.py`` checks they agree.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["lazy_exports"]


def lazy_exports(
    package: str,
    exports: Mapping[str, tuple[str, ...]],
    modules: tuple[str, ...] = (),
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of a package whose names load on first use.

    Args:
        package: The package's ``__name__``.
        exports: For each module, the names it defines that the package exports.
        modules: Submodules the package exposes as attributes (``ecoreg.law`` …).
    """
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's name
        if name in modules:
            return importlib.import_module(f"{package}.{name}")
        try:
            module = where[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - the module hook's name
        return sorted({*vars(sys.modules[package]), *where, *modules})

    return __getattr__, __dir__
