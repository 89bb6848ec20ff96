"""行政强制法 (Administrative Compulsion Law): the articles ecoreg applies.

Examples:
    >>> from ecoreg.law import administrative_compulsion_law as acl
    >>> acl.ART_69.label_en
    'Administrative Compulsion Law of the PRC, Art. 69'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument

__all__ = ["ART_69", "INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.administrative-compulsion-law.2011",
    name_zh="中华人民共和国行政强制法",
    name_en="Administrative Compulsion Law of the PRC",
    number="中华人民共和国主席令第四十九号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2012, 1, 1),
)

ART_69 = Citation(
    instrument=INSTRUMENT,
    article=69,
    quote_zh="本法中十日以内期限的规定是指工作日，不含法定节假日。",
)
