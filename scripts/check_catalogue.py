"""Check one section module of the violation catalogue: ``python scripts/check_catalogue.py s01_monitoring``.

Prints every problem `tests/catalogue_check.py` finds (quotes that are not the
law's words, amounts that do not match the quotes, fining articles without a
kind …) and a summary; exits 1 when there is a problem.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import catalogue_check


def main(argv: list[str]) -> int:
    """Check the named sections (all of them when none is named)."""
    from ecoreg.law.catalogue import SECTION_MODULES  # noqa: PLC0415

    names = argv or list(SECTION_MODULES)
    failed = False
    for name in names:
        module = importlib.import_module(f"ecoreg.law.catalogue.{name}")
        found = catalogue_check.problems(module)
        bases = sum(len(k["bases"]) for k in module.KINDS)
        print(f"{name}: {len(module.KINDS)} kinds, {bases} bases, {len(found)} problem(s)")
        for line in found:
            print("  -", line)
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
