"""The laws ecoreg applies: one module per instrument, with the instrument's life and articles.

| module | instrument | in force |
|---|---|---|
| `administrative_penalty_law` | 行政处罚法 (2021) | 2021-07-15 – |
| `administrative_compulsion_law` | 行政强制法 | 2012-01-01 – |
| `civil_code` | 民法典 (counting of periods) | 2021-01-01 – |
| `environmental_protection_law` | 环境保护法 (2014) | 2015-01-01 – 2026-08-14 |
| `air_pollution_law` | 大气污染防治法 (2018) | 2018-10-26 – 2026-08-14 |
| `water_pollution_law` | 水污染防治法 (2017) | 2018-01-01 – 2026-08-14 |
| `permit_regulation` | 排污许可管理条例 | 2021-03-01 – |
| `eco_code` | 生态环境法典 | 2026-08-15 – |
| `mee_measures` | 生态环境部令第30号, 环执法〔2019〕42号 | 2023-07-01 –, 2019-05-21 – |

`catalogue` names each conduct with its dated legal bases, and `regimes` the
general rules of each era (limitation, leniency, choice of law). When a law
changes, its module gets an end date and ``replaced_by``, the new law gets a
module, and the catalogue and regimes gain a basis from the new date: a data
change, not a code hunt.

Examples:
    >>> import datetime as dt
    >>> from ecoreg import law
    >>> [i.id for i in law.in_force_on(dt.date(2026, 8, 15)) if i.id.startswith("cn.eco")]
    ['cn.eco-environment-code.2026']
    >>> law.instrument("cn.air-pollution-law.2018").in_force_until
    datetime.date(2026, 8, 14)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.exceptions import InvalidInputError
from ecoreg.law import administrative_compulsion_law as administrative_compulsion_law
from ecoreg.law import administrative_penalty_law as administrative_penalty_law
from ecoreg.law import air_pollution_law as air_pollution_law
from ecoreg.law import catalogue as catalogue
from ecoreg.law import civil_code
from ecoreg.law import eco_code as eco_code
from ecoreg.law import environmental_protection_law as environmental_protection_law
from ecoreg.law import mee_measures as mee_measures
from ecoreg.law import permit_regulation as permit_regulation
from ecoreg.law import regimes as regimes
from ecoreg.law import water_pollution_law as water_pollution_law
from ecoreg.law._regime import LawRegime as LawRegime
from ecoreg.law._regime import Limitation as Limitation
from ecoreg.law.defaults import ECOREG_DEFAULTS

if TYPE_CHECKING:
    import datetime as dt

    from ecoreg.core._citations import Instrument

__all__ = [
    "INSTRUMENTS",
    "LawRegime",
    "Limitation",
    "administrative_compulsion_law",
    "administrative_penalty_law",
    "air_pollution_law",
    "catalogue",
    "civil_code",
    "eco_code",
    "environmental_protection_law",
    "in_force_on",
    "instrument",
    "mee_measures",
    "permit_regulation",
    "regimes",
    "water_pollution_law",
]

INSTRUMENTS: tuple[Instrument, ...] = (
    administrative_penalty_law.INSTRUMENT,
    administrative_compulsion_law.INSTRUMENT,
    civil_code.INSTRUMENT,
    environmental_protection_law.INSTRUMENT,
    air_pollution_law.INSTRUMENT,
    water_pollution_law.INSTRUMENT,
    permit_regulation.INSTRUMENT,
    eco_code.INSTRUMENT,
    mee_measures.ECO_PENALTY_MEASURES,
    mee_measures.DISCRETION_GUIDANCE_2019,
    ECOREG_DEFAULTS,
)
"""Every instrument ecoreg knows, national laws first."""


def instrument(instrument_id: str) -> Instrument:
    """The instrument with ``instrument_id``.

    Raises:
        InvalidInputError: for an id ecoreg does not know.
    """
    for item in INSTRUMENTS:
        if item.id == instrument_id:
            return item
    raise InvalidInputError(
        field="instrument_id", value=instrument_id, allowed=f"one of {[i.id for i in INSTRUMENTS]}"
    )


def in_force_on(day: dt.date) -> tuple[Instrument, ...]:
    """The instruments in force on ``day``."""
    return tuple(item for item in INSTRUMENTS if item.in_force_on(day))
