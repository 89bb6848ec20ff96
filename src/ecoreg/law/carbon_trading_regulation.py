"""碳排放权交易管理暂行条例 (State Council Order 775): an administrative regulation the Code left in force.

It fined the carbon-market conduct of Code Art. 1226 from 2024-05-01, before the
Code; from 2026-08-15 it stays in force beside the Code (Art. 1055: the higher
fine applies). Before 2024-05-01 the conduct was fined under the MEE's
碳排放权交易管理办法（试行） (生态环境部令第19号, 2021-02-01), a departmental rule
ecoreg does not encode.

Examples:
    >>> from ecoreg.law import carbon_trading_regulation as carbon
    >>> carbon.INSTRUMENT.in_force.isoformat(), carbon.INSTRUMENT.in_force_until is None
    ('2024-05-01', True)
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.carbon-trading-regulation.2024",
    name_zh="碳排放权交易管理暂行条例",
    name_en="Interim Regulation on the Administration of Carbon Emission Trading",
    number="中华人民共和国国务院令第775号",
    issuer_zh="国务院",
    in_force=dt.date(2024, 5, 1),
)
"""Adopted 2024-01-05, promulgated 2024-01-25, in force 2024-05-01 (Art. 33)."""
