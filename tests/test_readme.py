"""The README's usage example runs as written."""

from decimal import Decimal
from pathlib import Path
from typing import Any

README = Path(__file__).parent.parent / "README.md"


def test_readme_usage_example_runs() -> None:
    text = README.read_text(encoding="utf-8")
    start = text.index("```python", text.index("## Using it")) + len("```python")
    code = text[start : text.index("```", start)]
    namespace: dict[str, Any] = {}
    exec(compile(code, str(README), "exec"), namespace)  # noqa: S102 - our own README
    ecoreg = namespace["ecoreg"]
    fine = ecoreg.decide_fine(
        namespace["case"], policy=namespace["policy"], decided_on="2026-03-10", proposed="100000"
    )
    assert fine.outcome.final == Decimal("50000.00")
