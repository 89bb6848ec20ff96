"""Policy data for tests: one local measure with a few parameters, written once."""

from __future__ import annotations

from typing import Any


def local_measure(
    parameters: dict[str, Any],
    *,
    jurisdiction: str = "CN-TJ",
    day: str = "2026-01-01",
    measure_id: str = "x.local",
) -> dict[str, Any]:
    """Plain policy data: one measure of ``jurisdiction`` from ``day`` setting ``parameters``."""
    return {
        "measures": [
            {
                "id": measure_id,
                "jurisdiction": jurisdiction,
                "title_zh": "示例",
                "title_en": "example",
                "versions": [
                    {
                        "in_force_from": day,
                        "instrument": {"id": "x", "name_zh": "x", "name_en": "x", "in_force": day},
                        "parameters": {
                            key: {"value": value, "basis": "local"}
                            for key, value in parameters.items()
                        },
                    }
                ],
            }
        ]
    }
