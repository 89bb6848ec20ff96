"""水法 (Water Law of the PRC, 2016 amendment): a statute the Code left in force.

The 生态环境法典 did not repeal it (Art. 1242), and Art. 1239 keeps the more
specific rules of other laws. The catalogue (`ecoreg.law.catalogue`) cites its
Art. 69 for taking groundwater without approval, the basis before the Code and a
concurrent provision beside Code Art. 1218 after it.

Examples:
    >>> from ecoreg.law import water_law
    >>> water_law.INSTRUMENT.in_force.isoformat(), water_law.INSTRUMENT.in_force_until is None
    ('2016-07-02', True)
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.water-law.2016",
    name_zh="中华人民共和国水法",
    name_en="Water Law of the PRC",
    number="中华人民共和国主席令第四十八号（2016）",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2016, 7, 2),
)
"""Revised 2002, amended 2009-08-27 and 2016-07-02 (in force the same day)."""
