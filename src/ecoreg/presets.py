"""The bundled local measures under their first names (kept for compatibility).

Since 0.2 each jurisdiction has its own module in `ecoreg.jurisdictions`; this
module re-exports the codes, the data blocks as they were grouped before, and
`standard_policy_book`. New code should import from `ecoreg.jurisdictions`.

Examples:
    >>> import datetime as dt
    >>> book = standard_policy_book()
    >>> book.resolve(DONGGUAN, dt.date(2025, 10, 1)).as_bool("payment.late_application_allowed")
    True
    >>> book.resolve(DONGGUAN, dt.date(2025, 9, 30)).as_bool("payment.late_application_allowed")
    False
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from ecoreg.jurisdictions import (
    combined,
    defaults,
    dongguan,
    guangdong,
    guangzhou,
    jiangsu,
    liaoning,
    shaanxi,
    shandong,
    shanghai,
    standard_policy_book,
    suzhou,
    tianjin,
    xuhui,
    yingkou,
    zibo,
)

__all__ = [
    "DONGGUAN",
    "DONGGUAN_DATA",
    "GUANGDONG",
    "GUANGZHOU",
    "JIANGSU",
    "LIAONING",
    "MONITORING_DATA",
    "NATIONAL_DEFAULTS_DATA",
    "SHAANXI",
    "SHAANXI_DATA",
    "SHAANXI_GRADING_DATA",
    "SHANDONG",
    "SHANGHAI",
    "SUZHOU",
    "TIANJIN",
    "TIANJIN_DATA",
    "XUHUI",
    "XUHUI_DATA",
    "YINGKOU",
    "YINGKOU_DATA",
    "ZIBO",
    "standard_policy_book",
]

GUANGDONG = guangdong.CODE
DONGGUAN = dongguan.CODE
LIAONING = liaoning.CODE
YINGKOU = yingkou.CODE
TIANJIN = tianjin.CODE
SHAANXI = shaanxi.CODE
JIANGSU = jiangsu.CODE
SUZHOU = suzhou.CODE
GUANGZHOU = guangzhou.CODE
SHANDONG = shandong.CODE
ZIBO = zibo.CODE
SHANGHAI = shanghai.CODE
XUHUI = xuhui.CODE


def _frozen(data: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(data)


NATIONAL_DEFAULTS_DATA = defaults.DATA
DONGGUAN_DATA = _frozen(combined(guangdong.DATA, dongguan.DATA))
YINGKOU_DATA = _frozen(combined(liaoning.DATA, yingkou.DATA))
TIANJIN_DATA = tianjin.DATA
SHAANXI_DATA = _frozen(
    {
        "jurisdictions": list(shaanxi.DATA["jurisdictions"]),
        "measures": [m for m in shaanxi.DATA["measures"] if m["id"] != shaanxi.SCORING_MEASURE],
    }
)
SHAANXI_GRADING_DATA = _frozen(
    {"measures": [m for m in shaanxi.DATA["measures"] if m["id"] == shaanxi.SCORING_MEASURE]}
)
XUHUI_DATA = _frozen(combined(shanghai.DATA, xuhui.DATA))
MONITORING_DATA = _frozen(
    combined(jiangsu.DATA, suzhou.DATA, guangzhou.DATA, shandong.DATA, zibo.DATA)
)
