"""Builders shared by the jurisdiction modules: plain policy data, written the same way everywhere."""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

__all__ = [
    "condition",
    "default",
    "jurisdiction",
    "layer",
    "measure",
    "param",
    "seed",
]


def jurisdiction(code: str, name_zh: str, name_en: str, level: str, parent: str) -> dict[str, Any]:
    """A jurisdiction entry under ``parent``."""
    return {"code": code, "name_zh": name_zh, "name_en": name_en, "level": level, "parent": parent}


def measure(
    measure_id: str,
    jurisdiction: str,
    title_zh: str,
    title_en: str,
    in_force_from: str,
    instrument: dict[str, Any],
    parameters: dict[str, Any],
) -> dict[str, Any]:
    """A measure with a single version, in force from ``in_force_from``."""
    return {
        "id": measure_id,
        "jurisdiction": jurisdiction,
        "title_zh": title_zh,
        "title_en": title_en,
        "versions": [
            {"in_force_from": in_force_from, "instrument": instrument, "parameters": parameters}
        ],
    }


def param(value: Any, note: str, basis: str) -> dict[str, Any]:
    """A parameter entry: its value, where it comes from (``basis``) and why (``note``)."""
    return {"value": value, "basis": basis, "note": note}


def default(value: Any, note: str) -> dict[str, Any]:
    """A value no source fixes: ecoreg's documented choice."""
    return param(value, note, "default")


def seed(value: Any, note: str) -> dict[str, Any]:
    """A value reported in a seed article."""
    return param(value, note, "seed")


def condition(fact: str, op: str, value: Any, zh: str, en: str) -> dict[str, Any]:
    """A condition of a no-penalty list item."""
    return {"fact": fact, "op": op, "value": value, "description_zh": zh, "description_en": en}


def layer(
    jurisdictions: list[dict[str, Any]], measures: list[dict[str, Any]]
) -> MappingProxyType[str, Any]:
    """A jurisdiction module's policy data, read-only."""
    return MappingProxyType({"jurisdictions": jurisdictions, "measures": measures})
