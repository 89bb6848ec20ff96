"""畜禽规模养殖污染防治条例 (State Council Order 643): an administrative regulation the Code left in force.

The catalogue (`ecoreg.law.catalogue`) cites its Art. 41 (livestock waste
discharged untreated or over the standard) for Code Art. 1231 (3), before the
Code and beside it after.

Examples:
    >>> from ecoreg.law import livestock_pollution_regulation as livestock
    >>> livestock.INSTRUMENT.in_force.isoformat(), livestock.INSTRUMENT.in_force_until is None
    ('2014-01-01', True)
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.livestock-pollution-regulation.2013",
    name_zh="畜禽规模养殖污染防治条例",
    name_en="Regulation on the Prevention and Control of Pollution from Large-scale Livestock and Poultry Farming",
    number="中华人民共和国国务院令第643号",
    issuer_zh="国务院",
    in_force=dt.date(2014, 1, 1),
)
"""Adopted 2013-10-08, promulgated 2013-11-11, in force 2014-01-01 (Art. 44)."""
