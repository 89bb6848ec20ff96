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
| `jiangmen` | CN-GD-JM | city | no-penalty list (江环〔2021〕231号), 2022-02-01 to 2025-01-31 |
| `liaoning` | CN-LN | province | (parent of Yingkou) |
| `yingkou` | CN-LN-YK | city | apology-pledge and law-study reductions |
| `tianjin` | CN-TJ | province | no penalty for a first minor violation with an apology |
| `shanxi` | CN-SX | province | no-penalty list, 2022 and 2025 editions |
| `shaanxi` | CN-SN | province | scoring on a 70-point base |
| `shanghai` | CN-SH | province | whistleblower reward tiers (2018); parent of Xuhui |
| `xuhui` | CN-SH-XH | district | A–D grading on credit + risk |
| `jiangsu` | CN-JS | province | whistleblower rewards (苏环办〔2021〕293号); parent of Suzhou |
| `suzhou` | CN-JS-SZ | city | alert feedback deadlines |
| `shandong` | CN-SD | province | (parent of Zibo) |
| `zibo` | CN-SD-ZB | city | monitoring outages |
| `mee_rewards` | CN | national | whistleblower rewards: 环办执法〔2020〕8号 and ecoreg's defaults |
| `sichuan` | CN-SC | province | whistleblower reward tiers (2023 edition), cities ±50 % |
| `dazhou` | CN-SC-DZ | city | whistleblower rewards for avoided incidents (2025) |
| `zhejiang` | CN-ZJ | province | whistleblower rewards: 5 % of the fine, stage bonuses |
| `hangzhou` | CN-ZJ-HZ | city | whistleblower rewards by fine band |
| `chongqing` | CN-CQ | province | whistleblower rewards, 渝环规〔2025〕1号 |
| `jiangxi` | CN-JX | province | whistleblower rewards: 2–4 % by grade, insiders × 2 |

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
from ecoreg.jurisdictions import chongqing as chongqing
from ecoreg.jurisdictions import dazhou as dazhou
from ecoreg.jurisdictions import defaults as defaults
from ecoreg.jurisdictions import dongguan as dongguan
from ecoreg.jurisdictions import guangdong as guangdong
from ecoreg.jurisdictions import guangzhou as guangzhou
from ecoreg.jurisdictions import hangzhou as hangzhou
from ecoreg.jurisdictions import huizhou as huizhou
from ecoreg.jurisdictions import jiangmen as jiangmen
from ecoreg.jurisdictions import jiangsu as jiangsu
from ecoreg.jurisdictions import jiangxi as jiangxi
from ecoreg.jurisdictions import liaoning as liaoning
from ecoreg.jurisdictions import mee_rewards as mee_rewards
from ecoreg.jurisdictions import national as national
from ecoreg.jurisdictions import shaanxi as shaanxi
from ecoreg.jurisdictions import shandong as shandong
from ecoreg.jurisdictions import shanghai as shanghai
from ecoreg.jurisdictions import shanxi as shanxi
from ecoreg.jurisdictions import shenzhen as shenzhen
from ecoreg.jurisdictions import sichuan as sichuan
from ecoreg.jurisdictions import suzhou as suzhou
from ecoreg.jurisdictions import tianjin as tianjin
from ecoreg.jurisdictions import xuhui as xuhui
from ecoreg.jurisdictions import yingkou as yingkou
from ecoreg.jurisdictions import zhejiang as zhejiang
from ecoreg.jurisdictions import zibo as zibo
from ecoreg.jurisdictions.national import national_policy_book as national_policy_book

if TYPE_CHECKING:
    from collections.abc import Mapping
    from types import ModuleType

    from ecoreg.core._policy import PolicyBook

__all__ = [
    "REGISTRY",
    "chongqing",
    "combined",
    "dazhou",
    "defaults",
    "dongguan",
    "guangdong",
    "guangzhou",
    "hangzhou",
    "huizhou",
    "jiangmen",
    "jiangsu",
    "jiangxi",
    "liaoning",
    "mee_rewards",
    "national",
    "national_policy_book",
    "shaanxi",
    "shandong",
    "shanghai",
    "shanxi",
    "shenzhen",
    "sichuan",
    "standard_policy_book",
    "suzhou",
    "tianjin",
    "xuhui",
    "yingkou",
    "zhejiang",
    "zibo",
]

REGISTRY: tuple[ModuleType, ...] = (
    defaults,
    guangdong,
    dongguan,
    guangzhou,
    shenzhen,
    huizhou,
    jiangmen,
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
    mee_rewards,
    sichuan,
    dazhou,
    zhejiang,
    hangzhou,
    chongqing,
    jiangxi,
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
