"""Ministry of Ecology and Environment (生态环境部) rules and guidance that ecoreg cites.

Neither was repealed by the 生态环境法典.

Examples:
    >>> from ecoreg.law import mee_measures
    >>> mee_measures.DISCRETION_GUIDANCE_2019.number
    '环执法〔2019〕42号'
"""

from __future__ import annotations

import datetime as dt

from ecoreg.core._citations import Instrument

__all__ = ["DISCRETION_GUIDANCE_2019", "ECO_PENALTY_MEASURES"]

ECO_PENALTY_MEASURES = Instrument(
    id="cn.mee-order-30.2023",
    name_zh="生态环境行政处罚办法",
    name_en="Measures on Ecological and Environmental Administrative Penalties",
    number="生态环境部令第30号",
    issuer_zh="生态环境部",
    in_force=dt.date(2023, 7, 1),
)
"""生态环境行政处罚办法 (MEE Order No. 30)."""

DISCRETION_GUIDANCE_2019 = Instrument(
    id="cn.mee-discretion-guidance.2019",
    name_zh="关于进一步规范适用环境行政处罚自由裁量权的指导意见",
    name_en="Guidance on further standardizing discretion in environmental administrative "
    "penalties",
    number="环执法〔2019〕42号",
    issuer_zh="生态环境部",
    in_force=dt.date(2019, 5, 21),
)
"""环执法〔2019〕42号: discretion factors and aggravating circumstances (second-hand)."""
