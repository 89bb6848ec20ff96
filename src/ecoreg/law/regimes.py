"""The law regimes by date: before the 生态环境法典 and under it.

Until 2026-08-14 an environmental penalty follows 行政处罚法 alone: a 2-year
limitation (5 where life, health or financial safety is involved and harm
resulted, Art. 36), leniency by Art. 33 and the choice of law by Art. 37.
From 2026-08-15 the Code adds its own rules for environmental violations: a
5-year limitation wherever pollution or ecological harm resulted (Art. 1054,
a 法律另有规定 in the sense of 行政处罚法 Art. 36), leniency by Art. 1056 ¶2,
no liability without fault by Art. 1053 ¶1, and the choice of law by Art. 1057.
行政处罚法 stays in force beside it (its Art. 36 extension still applies).

Examples:
    >>> import datetime as dt
    >>> regime_on(dt.date(2026, 8, 14)).id, regime_on(dt.date(2026, 8, 15)).id
    ('cn.before-eco-code', 'cn.eco-code')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import administrative_penalty_law as apl
from ecoreg.law import eco_code
from ecoreg.law._regime import LawRegime, Limitation
from ecoreg.law._repeal import CODE_IN_FORCE, LAST_DAY_BEFORE_CODE

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["BEFORE_ECO_CODE", "ECO_CODE", "REGIMES", "regime_on"]

_APL_ART_36_GRAVE = Limitation(years=5, when="grave_harm", citation=apl.ART_36)

BEFORE_ECO_CODE = LawRegime(
    id="cn.before-eco-code",
    name_zh="生态环境法典施行前（行政处罚法）",
    name_en="Before the Ecological Environment Code (Administrative Penalty Law)",
    starts=apl.INSTRUMENT.in_force,
    ends=LAST_DAY_BEFORE_CODE,
    limitations=(Limitation(years=2, when="always", citation=apl.ART_36), _APL_ART_36_GRAVE),
    minor_no_penalty=apl.ART_33_1,
    first_may_decline=apl.ART_33_1,
    no_fault=apl.ART_33_2,
    leniency=apl.ART_33,
    choice_of_law=apl.ART_37,
)

ECO_CODE = LawRegime(
    id="cn.eco-code",
    name_zh="生态环境法典",
    name_en="Ecological Environment Code",
    starts=CODE_IN_FORCE,
    ends=None,
    limitations=(
        Limitation(years=2, when="always", citation=eco_code.ART_1054),
        Limitation(years=5, when="environmental_harm", citation=eco_code.ART_1054),
        _APL_ART_36_GRAVE,
    ),
    minor_no_penalty=eco_code.ART_1056_2,
    first_may_decline=eco_code.ART_1056_2,
    no_fault=eco_code.ART_1053,
    leniency=eco_code.ART_1056_2,
    choice_of_law=eco_code.ART_1057,
)

REGIMES = (BEFORE_ECO_CODE, ECO_CODE)
"""Every regime, in date order; together they cover every day from 2021-07-15 on."""


def regime_on(day: dt.date) -> LawRegime:
    """The regime in force on ``day``.

    Raises:
        InvalidInputError: for a day before the 2021 行政处罚法, which ecoreg does not cover.
    """
    for regime in REGIMES:
        if regime.in_force_on(day):
            return regime
    raise InvalidInputError(
        field="day",
        value=day,
        allowed=f"a date on or after {BEFORE_ECO_CODE.starts} (the 2021 行政处罚法)",
    )


check_public(globals(), ("regime_on",))
