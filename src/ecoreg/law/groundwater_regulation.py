"""地下水管理条例 (State Council Order 748): an administrative regulation the Code left in force.

Examples:
    >>> from ecoreg.law import groundwater_regulation
    >>> groundwater_regulation.INSTRUMENT.in_force.isoformat()
    '2021-12-01'
    >>> groundwater_regulation.INSTRUMENT.in_force_until is None
    True
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.groundwater-regulation.2021",
    name_zh="地下水管理条例",
    name_en="Regulation on Groundwater Management",
    number="中华人民共和国国务院令第748号",
    issuer_zh="国务院",
    in_force=dt.date(2021, 12, 1),
)
"""Adopted 2021-09-15, promulgated 2021-10-21, in force 2021-12-01; the Code left it in force."""
