"""The laws ecoreg applies: one module per instrument, with the instrument's life and articles.

| module | instrument | in force |
|---|---|---|
| `administrative_penalty_law` | 行政处罚法 (2021) | 2021-07-15 – |
| `administrative_compulsion_law` | 行政强制法 | 2012-01-01 – |
| `civil_code` | 民法典 (counting of periods) | 2021-01-01 – |
| `environmental_protection_law` | 环境保护法 (2014) | 2015-01-01 – 2026-08-14 |
| `air_pollution_law` | 大气污染防治法 (2018) | 2018-10-26 – 2026-08-14 |
| `water_pollution_law` | 水污染防治法 (2017) | 2018-01-01 – 2026-08-14 |
| `soil_pollution_law` | 土壤污染防治法 | 2019-01-01 – 2026-08-14 |
| `solid_waste_law` | 固体废物污染环境防治法 (2020) | 2020-09-01 – 2026-08-14 |
| `noise_law` | 环境噪声污染防治法 (2018), `INSTRUMENT_2018` | 2018-12-29 – 2022-06-04 |
| `noise_law` | 噪声污染防治法 (2021) | 2022-06-05 – 2026-08-14 |
| `radioactive_pollution_law` | 放射性污染防治法 | 2003-10-01 – 2026-08-14 |
| `marine_environment_law` | 海洋环境保护法 (2017), `INSTRUMENT_2017` | 2017-11-05 – 2023-12-31 |
| `marine_environment_law` | 海洋环境保护法 (2023) | 2024-01-01 – 2026-08-14 |
| `eia_law` | 环境影响评价法 (2018) | 2018-12-29 – 2026-08-14 |
| `cleaner_production_law` | 清洁生产促进法 (2012) | 2012-07-01 – 2026-08-14 |
| `water_law` | 水法 (2016) | 2016-07-02 – |
| `permit_regulation` | 排污许可管理条例 | 2021-03-01 – |
| `construction_project_regulation` | 建设项目环境保护管理条例 (2017) | 2017-10-01 – |
| `livestock_pollution_regulation` | 畜禽规模养殖污染防治条例 | 2014-01-01 – |
| `carbon_trading_regulation` | 碳排放权交易管理暂行条例 | 2024-05-01 – |
| `monitoring_regulation` | 生态环境监测条例 | 2026-01-01 – |
| `groundwater_regulation` | 地下水管理条例 | 2021-12-01 – |
| `ship_pollution_regulation` | 防治船舶污染海洋环境管理条例 (text as revised 2017) | 2017-03-01 – |
| `land_source_marine_regulation` | 防治陆源污染物污染损害海洋环境管理条例 | 1990-08-01 – |
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
    >>> [i.id for i in law.in_force_on(dt.date(2026, 8, 15)) if i.id.startswith("cn.eco-")]
    ['cn.eco-environment-monitoring-regulation.2026', 'cn.eco-environment-code.2026']
    >>> [i.id for i in law.in_force_on(dt.date(2022, 6, 4)) if "noise" in i.id]
    ['cn.environmental-noise-law.2018']
    >>> law.instrument("cn.air-pollution-law.2018").in_force_until
    datetime.date(2026, 8, 14)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.core._boundary import check_public
from ecoreg.exceptions import InvalidInputError
from ecoreg.law import administrative_compulsion_law as administrative_compulsion_law
from ecoreg.law import administrative_penalty_law as administrative_penalty_law
from ecoreg.law import air_pollution_law as air_pollution_law
from ecoreg.law import carbon_trading_regulation as carbon_trading_regulation
from ecoreg.law import catalogue as catalogue
from ecoreg.law import civil_code
from ecoreg.law import cleaner_production_law as cleaner_production_law
from ecoreg.law import construction_project_regulation as construction_project_regulation
from ecoreg.law import eco_code as eco_code
from ecoreg.law import eia_law as eia_law
from ecoreg.law import environmental_protection_law as environmental_protection_law
from ecoreg.law import groundwater_regulation as groundwater_regulation
from ecoreg.law import land_source_marine_regulation as land_source_marine_regulation
from ecoreg.law import livestock_pollution_regulation as livestock_pollution_regulation
from ecoreg.law import marine_environment_law as marine_environment_law
from ecoreg.law import mee_measures as mee_measures
from ecoreg.law import monitoring_regulation as monitoring_regulation
from ecoreg.law import noise_law as noise_law
from ecoreg.law import permit_regulation as permit_regulation
from ecoreg.law import radioactive_pollution_law as radioactive_pollution_law
from ecoreg.law import regimes as regimes
from ecoreg.law import ship_pollution_regulation as ship_pollution_regulation
from ecoreg.law import soil_pollution_law as soil_pollution_law
from ecoreg.law import solid_waste_law as solid_waste_law
from ecoreg.law import water_law as water_law
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
    "carbon_trading_regulation",
    "catalogue",
    "civil_code",
    "cleaner_production_law",
    "construction_project_regulation",
    "eco_code",
    "eia_law",
    "environmental_protection_law",
    "groundwater_regulation",
    "in_force_on",
    "instrument",
    "land_source_marine_regulation",
    "livestock_pollution_regulation",
    "marine_environment_law",
    "mee_measures",
    "monitoring_regulation",
    "noise_law",
    "permit_regulation",
    "radioactive_pollution_law",
    "regimes",
    "ship_pollution_regulation",
    "soil_pollution_law",
    "solid_waste_law",
    "water_law",
    "water_pollution_law",
]

INSTRUMENTS: tuple[Instrument, ...] = (
    administrative_penalty_law.INSTRUMENT,
    administrative_compulsion_law.INSTRUMENT,
    civil_code.INSTRUMENT,
    environmental_protection_law.INSTRUMENT,
    air_pollution_law.INSTRUMENT,
    water_pollution_law.INSTRUMENT,
    soil_pollution_law.INSTRUMENT,
    solid_waste_law.INSTRUMENT,
    noise_law.INSTRUMENT_2018,
    noise_law.INSTRUMENT,
    radioactive_pollution_law.INSTRUMENT,
    marine_environment_law.INSTRUMENT_2017,
    marine_environment_law.INSTRUMENT,
    eia_law.INSTRUMENT,
    cleaner_production_law.INSTRUMENT,
    water_law.INSTRUMENT,
    permit_regulation.INSTRUMENT,
    construction_project_regulation.INSTRUMENT,
    livestock_pollution_regulation.INSTRUMENT,
    carbon_trading_regulation.INSTRUMENT,
    monitoring_regulation.INSTRUMENT,
    groundwater_regulation.INSTRUMENT,
    ship_pollution_regulation.INSTRUMENT,
    land_source_marine_regulation.INSTRUMENT,
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


check_public(globals(), ("in_force_on", "instrument"))
