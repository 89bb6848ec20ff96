"""Golden files of decisions (python-holidays style): compare, or write after a review."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


def changed_cases(path: Path, lines: Callable[[], list[str]]) -> list[str]:
    """The cases whose decision differs from the reviewed file (or all, if the count differs)."""
    expected = path.read_text(encoding="utf-8").splitlines()
    actual = lines()
    if len(actual) != len(expected):
        return [f"{len(actual)} cases, the snapshot has {len(expected)}"]
    return [json.loads(a)["case"] for a, e in zip(actual, expected, strict=True) if a != e]


def write(path: Path, lines: Callable[[], list[str]]) -> None:
    """Write the golden file (run the generator module as a script, then review the diff)."""
    path.write_text("\n".join(lines()) + "\n", encoding="utf-8")
    print(f"wrote {path}")  # noqa: T201
