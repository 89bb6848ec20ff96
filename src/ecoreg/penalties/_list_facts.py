"""`ListFacts`: the facts of a case that only local no-penalty list items (免罚清单) read.

A list item's conditions name facts of the case (`ecoreg.Condition`). The common ones
(first violation, corrected in time, slight harm, the number of pollutants over, the
exceedance) are fields of `ecoreg.ViolationCase`; the facts below are asked by one list or
another and by nothing else, so they sit in one record, ``ViolationCase.list_facts``. Every
field is optional: a fact the case does not state never satisfies a condition, and the
decision's hint names it. A fact Guangdong's fine tables read as well (tonnes of hazardous
waste, the pH, the days lasted, the pollutant's class, the area) may be stated once, in
``ViolationCase.guangdong``: the list items read it from there (`GuangdongFacts.list_facts`),
and a ``list_facts`` value that contradicts it is refused.

The sources are the lists' own words: 粤环发〔2021〕7号 附件2 (Guangdong's directory) and
江环〔2021〕231号 (Jiangmen's list); docs/jurisdictions/guangdong.md quotes each item.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field

from ecoreg.core._model import EcoregModel

__all__ = ["ListFacts"]

_NonNegative = Annotated[Decimal, Field(ge=0, allow_inf_nan=False)]


class ListFacts(EcoregModel):
    """The facts local no-penalty list items read, beyond those of `ecoreg.ViolationCase`.

    Examples:
        >>> ListFacts(class_a_pollutant=False, days_lasted=12).days_lasted
        12
    """

    class_a_pollutant: bool | None = None
    """The pollutant (or solid waste) concerned is A-class (A类污染物): for water, GB 8978-1996
    Class-I pollutants, the MEE list of toxic water pollutants, thallium, antimony, nickel,
    copper, zinc, vanadium, manganese and cobalt; for air, the MEE list of toxic air
    pollutants (粤环发〔2021〕7号 Art. 18; 江环〔2021〕231号 note 4). ``False`` is B-class."""
    only_ph_over: bool | None = None
    """Only the pH value was outside the standard (仅pH值超过标准)."""
    ph_value: Annotated[Decimal, Field(ge=0, le=14, allow_inf_nan=False)] | None = None
    """The pH value measured."""
    only_colour_over: bool | None = None
    """Only colour (色度) was over the standard; its multiple is ``exceedance_ratio``."""
    sudden_breakdown: bool | None = None
    """The facilities ran abnormally because of a sudden breakdown (因突发故障)."""
    report_hours: _NonNegative | None = None
    """Hours from the breakdown to the report to the bureau (24小时内及时报告)."""
    emergency_measures_taken: bool | None = None
    """Emergency measures or a production stop reduced the discharge (采取应急处置、停产等措施)."""
    daily_mean_over_standard: bool | None = None
    """The daily mean concentration was over the standard (日均值超标)."""
    air_pollution_facilities: bool | None = None
    """The abnormally run facilities treat air (``True``) or water (``False``) pollution."""
    in_ecological_sensitive_area: bool | None = None
    """The act took place in an ecological sensitive area: a nature reserve, a scenic area,
    a drinking-water source protection zone and the like (生态环境敏感区)."""
    in_residential_sensitive_area: bool | None = None
    """The act took place in a residential, medical, educational or administrative zone
    (人居环境敏感区, Jiangmen's list note 2)."""
    facilities_installed_and_used: bool | None = None
    """Pollution-control facilities were installed and used as required (已按照规定安装并使用)."""
    corrected_immediately: bool | None = None
    """Corrected at once when ordered (经责令改正后立即改正)."""
    enclosure_impossible: bool | None = None
    """The activity cannot be enclosed (无法密闭)."""
    major_change_not_resubmitted: bool | None = None
    """The EIA document was approved, but not re-submitted after a major change in the
    project's nature, scale, site, process or pollution measures (环评法 Art. 24 ¶1)."""
    approval_not_re_reviewed: bool | None = None
    """The EIA approval was over five years old when building began and was not re-reviewed
    (环评法 Art. 24 ¶2)."""
    stopped_or_restored: bool | None = None
    """After discovery the party on its own closed the project, stopped building, removed the
    equipment or restored the site (经发现后主动实施关闭或者实施停止建设、拆除涉案设备或者恢复原状)."""
    hazardous_waste_tonnes: _NonNegative | None = None
    """The hazardous waste concerned, in tonnes (所涉危险废物)."""
    mixed_into_non_hazardous: bool | None = None
    """The hazardous waste was mixed into non-hazardous waste (混入非危险废物中贮存), rather than
    stored off the standard."""
    special_hazardous_waste: bool | None = None
    """The hazardous waste is discarded highly toxic chemicals, medical, laboratory, or
    flammable or explosive waste (废弃剧毒化学品、医疗废物、实验室废物及易燃易爆危险废物)."""
    days_lasted: Annotated[int, Field(ge=0)] | None = None
    """How many days the violation lasted (违法行为持续时间)."""
    disclosed_late: bool | None = None
    """Disclosure came after the deadline (不在规定的时限公开), rather than in a way not
    prescribed (不按照规定的方式公开)."""
    ledger_system_established: bool | None = None
    """A ledger system exists (已建立台账记录制度); the records do not follow the permit."""
    project_completed_or_in_use: bool | None = None
    """The project is completed or in production or use (已完工、投入生产或使用)."""
    facilities_built_as_approved: bool | None = None
    """The EIA document was approved and the facilities were built as required
    (环评文件已经批准，环保设施已按要求建成)."""
    acceptance_deadline_passed: bool | None = None
    """The deadline for the facilities' acceptance has passed (超过验收期限)."""
    key_hazardous_waste: bool | None = None
    """The hazardous waste is key hazardous waste (重点危险废物)."""
    disclosure_late_or_incomplete: bool | None = None
    """Data were published late or incompletely (未及时公开或公开内容不全), not withheld."""
    outlet_and_surroundings_monitored: bool | None = None
    """The outlet and its surroundings were monitored as required (已按照规定进行监测)."""
    construction_early_stage: bool | None = None
    """Construction begun without the EIA approval is at its early stage (施工初期; Shanxi's
    2022 list)."""
