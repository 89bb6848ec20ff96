"""环境保护法 (Environmental Protection Law, 2014 revision), repealed on 2026-08-15.

Acts before 2026-08-15 are still judged under it (行政处罚法 Art. 37).

Examples:
    >>> import datetime as dt
    >>> from ecoreg.law import environmental_protection_law as epl
    >>> epl.INSTRUMENT.in_force_until, epl.INSTRUMENT.replaced_by
    (datetime.date(2026, 8, 14), 'cn.eco-environment-code.2026')
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Citation, Instrument
from ecoreg.law._repeal import CODE_ID, LAST_DAY_BEFORE_CODE

__all__ = ["ART_59", "INSTRUMENT"]

INSTRUMENT = Instrument(
    id="cn.environmental-protection-law.2014",
    name_zh="中华人民共和国环境保护法",
    name_en="Environmental Protection Law of the PRC",
    number="中华人民共和国主席令第九号",
    issuer_zh="全国人民代表大会常务委员会",
    in_force=dt.date(2015, 1, 1),
    in_force_until=LAST_DAY_BEFORE_CODE,  # 生态环境法典 Art. 1242
    replaced_by=CODE_ID,
)

ART_59 = Citation(
    instrument=INSTRUMENT,
    article=59,
    paragraph=1,
    quote_zh=(
        "企业事业单位和其他生产经营者违法排放污染物，受到罚款处罚，被责令改正，拒不改正的，"
        "依法作出处罚决定的行政机关可以自责令改正之日的次日起，按照原处罚数额按日连续处罚。"
    ),
)
