"""Shenzhen (深圳市), Guangdong: the apology system's cap and its three-year bar.

Shenzhen has reduced fines for a public apology since 2016: the reduction at most
**300,000 yuan**; since 2017 not for a party that violates again **within three years** of an
apology (明报 2018-02-07, quoting 深圳市人居环境委员会; M, historical: the city's own rule text
and its rate are not in ecoreg's sources). The rate comes from the province: 粤环发〔2021〕7号
Art. 14 (30 %-50 %; ecoreg's default 30 %) from 2022-01-01, with its eleven exclusions; before
that, with no rate known, no reduction is computed.

Art. 14 (8) bars a second reduction after any earlier apology; its last paragraph lets a city
set its own standard, and ecoreg reads Shenzhen's three years as that standard (our reading).
"""

from __future__ import annotations

from ecoreg.jurisdictions._build import jurisdiction, layer, measure, param
from ecoreg.jurisdictions.guangdong import CODE as GUANGDONG

__all__ = ["CODE", "DATA"]

CODE = "CN-GD-SZ"

_REPORTED = (
    "明报 2018-02-07 (mingpaocanada.com, quoting 深圳市人居环境委员会): the apology system since "
    "2016 reduces a fine by at most 300,000 yuan; since 2017 a party that re-offends within three "
    "years gets none. Only the year is reported: ecoreg dates the measure from 2017-01-01, when "
    "both rules were in force; no end date is known."
)

DATA = layer(
    [jurisdiction(CODE, "深圳市", "Shenzhen", "city", GUANGDONG)],
    [
        measure(
            "cn-gd-sz.apology-pledge",
            CODE,
            "深圳市环境违法行为公开道歉承诺从轻处罚",
            "Shenzhen: lighter penalties for a public apology",
            "2017-01-01",
            {
                "id": "cn-gd-sz.apology-pledge.2017",
                "name_zh": "深圳市环境违法行为公开道歉承诺从轻处罚制度（报道）",
                "name_en": "Shenzhen apology system (as reported)",
                "issuer_zh": "深圳市人居环境委员会",
                "in_force": "2017-01-01",
                "url": "http://mingpaocanada.com/Van/htm/News/20180207/tcbg1_r.htm",
            },
            {
                "reduction.apology.cap": param("300000", _REPORTED, "local"),
                "reduction.apology.repeat_bar_months": param(36, _REPORTED, "local"),
            },
        )
    ],
)
"""Shenzhen: its measures as read-only policy data."""
