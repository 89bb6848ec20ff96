"""Golden files of decisions (python-holidays style): compare, or write after a review."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

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


def line(case: str, payload: dict[str, Any]) -> str:
    """One golden line: the case's name and what it decided, keys sorted, Chinese kept."""
    return json.dumps({"case": case, **payload}, ensure_ascii=False, sort_keys=True)


def document(decision: Any) -> Any:
    """A decision as the JSON object it serializes to."""
    return json.loads(decision.to_json())
