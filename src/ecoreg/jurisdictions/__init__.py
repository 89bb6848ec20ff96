"""One module per jurisdiction, each with its dated measures and their sources.

| module | code | level | what it carries |
|---|---|---|---|
| `national` | CN | national | 行政处罚法, the Civil Code's periods, the violation catalogue |
| `defaults` | CN | national | ecoreg's documented defaults (``basis: "default"``) |
| `guangdong` | CN-GD | province | discretion rules (粤环发〔2021〕7号): fine tables, apology reduction, no-penalty directory, to 2026-12-31 |
| `dongguan` | CN-GD-DG | city | fine deferral and installments; apology pledges |
| `guangzhou` | CN-GD-GZ | city | self-check window on alerts; apology reduction 30/40/50 % |
| `shenzhen` | CN-GD-SZ | city | apology reduction capped at 300,000, three-year bar |
| `huizhou` | CN-GD-HZ | city | apology reduction for electroplating (30 %) |
| `liaoning` | CN-LN | province | (parent of Yingkou) |
| `yingkou` | CN-LN-YK | city | apology-pledge and law-study reductions |
| `tianjin` | CN-TJ | province | no penalty for a first minor violation with an apology |
| `shanxi` | CN-SX | province | no-penalty list, 2022 and 2025 editions |
| `shaanxi` | CN-SN | province | scoring on a 70-point base |
| `shanghai` | CN-SH | province | (parent of Xuhui) |
| `xuhui` | CN-SH-XH | district | A–D grading on credit + risk |
| `jiangsu` | CN-JS | province | (parent of Suzhou) |
| `suzhou` | CN-JS-SZ | city | alert feedback deadlines |
| `shandong` | CN-SD | province | (parent of Zibo) |
| `zibo` | CN-SD-ZB | city | monitoring outages |

Each module exports ``CODE`` and ``DATA`` (its jurisdiction entry and measures, as
read-only plain data). `REGISTRY` lists them, parents first; adding a city is
adding its module and one line there (see CONTRIBUTING.md).

Examples:
    >>> book = standard_policy_book()
    >>> book.resolve(dongguan.CODE, "2026-03-10").chain
    ('CN', 'CN-GD', 'CN-GD-DG')
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ecoreg.core._boundary import check_public
from ecoreg.jurisdictions import defaults as defaults
from ecoreg.jurisdictions import dongguan as dongguan
from ecoreg.jurisdictions import guangdong as guangdong
from ecoreg.jurisdictions import guangzhou as guangzhou
from ecoreg.jurisdictions import huizhou as huizhou
from ecoreg.jurisdictions import jiangsu as jiangsu
from ecoreg.jurisdictions import liaoning as liaoning
from ecoreg.jurisdictions import national as national
from ecoreg.jurisdictions import shaanxi as shaanxi
from ecoreg.jurisdictions import shandong as shandong
from ecoreg.jurisdictions import shanghai as shanghai
from ecoreg.jurisdictions import shanxi as shanxi
from ecoreg.jurisdictions import shenzhen as shenzhen
from ecoreg.jurisdictions import suzhou as suzhou
from ecoreg.jurisdictions import tianjin as tianjin
from ecoreg.jurisdictions import xuhui as xuhui
from ecoreg.jurisdictions import yingkou as yingkou
from ecoreg.jurisdictions import zibo as zibo
from ecoreg.jurisdictions.national import national_policy_book as national_policy_book

if TYPE_CHECKING:
    from collections.abc import Mapping
    from types import ModuleType

    from ecoreg.core._policy import PolicyBook

__all__ = [
    "REGISTRY",
    "combined",
    "defaults",
    "dongguan",
    "guangdong",
    "guangzhou",
    "huizhou",
    "jiangsu",
    "liaoning",
    "national",
    "national_policy_book",
    "shaanxi",
    "shandong",
    "shanghai",
    "shanxi",
    "shenzhen",
    "standard_policy_book",
    "suzhou",
    "tianjin",
    "xuhui",
    "yingkou",
    "zibo",
]

REGISTRY: tuple[ModuleType, ...] = (
    defaults,
    guangdong,
    dongguan,
    guangzhou,
    shenzhen,
    huizhou,
    liaoning,
    yingkou,
    tianjin,
    shanxi,
    shaanxi,
    shanghai,
    xuhui,
    jiangsu,
    suzhou,
    shandong,
    zibo,
)
"""The bundled layers above the national one, parents before children."""


def combined(*layers: Mapping[str, Any]) -> dict[str, list[Any]]:
    """The jurisdictions and measures of several layers as one block of policy data.

    Examples:
        >>> sorted(j["code"] for j in combined(guangdong.DATA, dongguan.DATA)["jurisdictions"])
        ['CN-GD', 'CN-GD-DG']
    """
    return {
        "jurisdictions": [j for layer in layers for j in layer.get("jurisdictions", ())],
        "measures": [m for layer in layers for m in layer.get("measures", ())],
    }


check_public(globals(), ("combined",))


@lru_cache(maxsize=1)
def standard_policy_book() -> PolicyBook:
    """The national baseline, ecoreg's national defaults and every bundled local measure."""
    return national_policy_book().extend(combined(*(module.DATA for module in REGISTRY)))
