"""Structured policy records: the violation catalogue and no-penalty list items.

Records are policy data like parameters, but each is an object with an ``id``.
Across layers they merge by id: a province or city adds kinds and list items,
or replaces one by reusing its id, while everything else from the layers
above stays in force.

A `ViolationKind` names a conduct, not an article: it carries its dated
`LegalBasis` records (the repealed statute's article until 2026-08-14, the
生态环境法典's from 2026-08-15), and the rules pick the basis by the date of
the act and of the decision (行政处罚法 Art. 37, 生态环境法典 Art. 1057).
"""

from __future__ import annotations

import itertools
import operator
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import Field, model_validator

from ecoreg.core._citations import Citation
from ecoreg.core._fine_rules import CaseFacts, FineRule, ResolvedRange
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping

__all__ = [
    "DEPARTMENT_ZH",
    "SIDE_MEASURE_ZH",
    "ConcurrentProvision",
    "Condition",
    "DailyPenaltyRule",
    "Department",
    "LegalBasis",
    "NoPenaltyItem",
    "SideMeasure",
    "ViolationCategory",
    "ViolationKind",
]

RecordId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]


class ViolationCategory(StrEnum):
    """Broad groups of violations, one per section of the Code's Book 5 分则 (and dust)."""

    AIR = "air"
    WATER = "water"
    MONITORING = "monitoring"
    DUST = "dust"
    WASTE = "waste"
    OTHER = "other"
    EIA = "eia"
    """Environmental impact assessment (第二节)."""
    PERMIT = "permit"
    """Pollutant discharge permits and outlets (第三节)."""
    MARINE = "marine"
    SOIL = "soil"
    NOISE = "noise"
    RADIATION = "radiation"
    CHEMICALS = "chemicals"
    """Chemical substances, electromagnetic radiation and light (第十一节)."""
    ECOLOGY = "ecology"
    LOW_CARBON = "low_carbon"
    """Green and low-carbon development, cleaner production, carbon trading (第十三节)."""


class Department(StrEnum):
    """The department an article names to enforce it (由……按照职责分工)."""

    ECOLOGY_ENVIRONMENT = "ecology_environment"
    """生态环境主管部门."""
    SUPERVISORY_DEPARTMENTS = "supervisory_departments"
    """负有生态环境保护监督管理职责的部门、机构 (by their division of duties)."""
    MEE = "mee"
    """国务院生态环境主管部门 (and its sea-area branches)."""
    PROVINCIAL_ECOLOGY = "provincial_ecology"
    """省级以上人民政府生态环境主管部门."""
    MARKET_REGULATION = "market_regulation"
    """市场监督管理部门."""
    CUSTOMS = "customs"
    """海关."""
    MARITIME = "maritime"
    """海事管理机构."""
    COAST_GUARD = "coast_guard"
    """海警机构."""
    FISHERY = "fishery"
    """渔业渔政主管部门."""
    HOUSING_CONSTRUCTION = "housing_construction"
    """住房城乡建设主管部门."""
    TRANSPORT = "transport"
    """交通运输主管部门."""
    PUBLIC_SECURITY = "public_security"
    """公安机关."""
    TRAFFIC_POLICE = "traffic_police"
    """公安机关交通管理部门."""
    ENERGY = "energy"
    """能源主管部门."""
    AGRICULTURE = "agriculture"
    """农业农村主管部门."""
    FORESTRY_GRASSLAND = "forestry_grassland"
    """林业草原主管部门."""
    NATURAL_RESOURCES = "natural_resources"
    """自然资源主管部门."""
    WATER_ADMINISTRATION = "water_administration"
    """水行政主管部门."""
    URBAN_DRAINAGE = "urban_drainage"
    """城镇排水主管部门."""
    SANITATION = "sanitation"
    """环境卫生主管部门."""
    WATER_SUPPLY = "water_supply"
    """供水主管部门."""
    LOCAL_DESIGNATED = "local_designated"
    """The department a local people's government designates (地方人民政府确定/指定的部门)."""
    LOCAL_GOVERNMENT = "local_government"
    """A local people's government itself (县级以上地方人民政府)."""
    DEVELOPMENT_REFORM = "development_reform"
    """发展改革部门."""
    INDUSTRY_IT = "industry_it"
    """工业和信息化主管部门."""
    COMMERCE = "commerce"
    """商务主管部门."""
    POSTAL = "postal"
    """邮政管理部门."""
    HEALTH = "health"
    """卫生健康主管部门."""
    NUCLEAR_INDUSTRY = "nuclear_industry"
    """核工业主管部门."""
    RAILWAY = "railway"
    """铁路监督管理部门."""
    CIVIL_AVIATION = "civil_aviation"
    """民用航空主管部门."""


class SideMeasure(StrEnum):
    """What an article orders or allows besides the fine."""

    ORDER_CORRECTION = "order_correction"
    """责令改正 / 责令限期改正."""
    ORDER_STOP = "order_stop"
    """责令停止违法行为 (停止建设, 停止生产、进口、销售 …)."""
    REMEDY = "remedy"
    """责令采取治理措施、消除污染、恢复原状、采取补救措施."""
    RESTRICT_PRODUCTION = "restrict_production"
    """责令限制生产、停产整治 (停工整治, 停业整治)."""
    SUSPEND = "suspend"
    """责令停业、暂停施工、暂停销售、临时停航 (a temporary stop)."""
    CLOSE = "close"
    """责令停业、关闭 or 责令拆除 (most need a government's approval)."""
    REVOKE_PERMIT = "revoke_permit"
    """吊销、撤销或者暂扣许可证."""
    CONFISCATE_GAINS = "confiscate_gains"
    """没收违法所得."""
    CONFISCATE_ITEMS = "confiscate_items"
    """没收 facilities, equipment, products, tools."""
    PROXY_REMEDIATION = "proxy_remediation"
    """指定有能力的单位代为治理、处置、履行, at the violator's cost."""
    DEMOLISH = "demolish"
    """限期拆除, 强制拆除."""
    DETENTION_REFERRAL = "detention_referral"
    """移送公安机关, which may detain the persons responsible (拘留)."""
    WARNING = "warning"
    """警告."""
    BUSINESS_BAN = "business_ban"
    """禁止从事 a business or a kind of work for some years."""
    RETURN_SHIPMENT = "return_shipment"
    """责令退运."""
    DETAIN_SHIP = "detain_ship"
    """扣押船舶."""
    PUBLICISE = "publicise"
    """公告 the information at the violator's cost."""


DEPARTMENT_ZH: Mapping[Department, str] = MappingProxyType(
    {
        Department.ECOLOGY_ENVIRONMENT: "生态环境主管部门",
        Department.SUPERVISORY_DEPARTMENTS: "负有生态环境保护监督管理职责的部门、机构",
        Department.MEE: "国务院生态环境主管部门",
        Department.PROVINCIAL_ECOLOGY: "省级以上人民政府生态环境主管部门",
        Department.MARKET_REGULATION: "市场监督管理部门",
        Department.CUSTOMS: "海关",
        Department.MARITIME: "海事管理机构",
        Department.COAST_GUARD: "海警机构",
        Department.FISHERY: "渔业渔政主管部门",
        Department.HOUSING_CONSTRUCTION: "住房城乡建设主管部门",
        Department.TRANSPORT: "交通运输主管部门",
        Department.PUBLIC_SECURITY: "公安机关",
        Department.TRAFFIC_POLICE: "公安机关交通管理部门",
        Department.ENERGY: "能源主管部门",
        Department.AGRICULTURE: "农业农村主管部门",
        Department.FORESTRY_GRASSLAND: "林业草原主管部门",
        Department.NATURAL_RESOURCES: "自然资源主管部门",
        Department.WATER_ADMINISTRATION: "水行政主管部门",
        Department.URBAN_DRAINAGE: "城镇排水主管部门",
        Department.SANITATION: "环境卫生主管部门",
        Department.WATER_SUPPLY: "供水主管部门",
        Department.LOCAL_DESIGNATED: "地方人民政府确定或者指定的部门",
        Department.LOCAL_GOVERNMENT: "县级以上地方人民政府",
        Department.DEVELOPMENT_REFORM: "发展改革部门",
        Department.INDUSTRY_IT: "工业和信息化主管部门",
        Department.COMMERCE: "商务主管部门",
        Department.POSTAL: "邮政管理部门",
        Department.HEALTH: "卫生健康主管部门",
        Department.NUCLEAR_INDUSTRY: "核工业主管部门",
        Department.RAILWAY: "铁路监督管理部门",
        Department.CIVIL_AVIATION: "民用航空主管部门",
    }
)
"""Each department in Chinese, as the articles name it."""

SIDE_MEASURE_ZH: Mapping[SideMeasure, str] = MappingProxyType(
    {
        SideMeasure.ORDER_CORRECTION: "责令改正",
        SideMeasure.ORDER_STOP: "责令停止违法行为",
        SideMeasure.REMEDY: "责令采取治理措施、消除污染或者恢复原状",
        SideMeasure.RESTRICT_PRODUCTION: "责令限制生产、停产整治",
        SideMeasure.SUSPEND: "责令暂停（停业、停工、停航、暂停销售）",
        SideMeasure.CLOSE: "责令停业、关闭或者拆除",
        SideMeasure.REVOKE_PERMIT: "吊销、撤销或者暂扣许可证",
        SideMeasure.CONFISCATE_GAINS: "没收违法所得",
        SideMeasure.CONFISCATE_ITEMS: "没收设施、设备、产品或者工具",
        SideMeasure.PROXY_REMEDIATION: "代为治理、处置或者履行",
        SideMeasure.DEMOLISH: "限期拆除、强制拆除",
        SideMeasure.DETENTION_REFERRAL: "移送公安机关（拘留）",
        SideMeasure.WARNING: "警告",
        SideMeasure.BUSINESS_BAN: "禁止从事相关业务",
        SideMeasure.RETURN_SHIPMENT: "责令退运",
        SideMeasure.DETAIN_SHIP: "扣押船舶",
        SideMeasure.PUBLICISE: "公告",
    }
)
"""Each side measure in Chinese."""


class DailyPenaltyRule(EcoregModel):
    """The article that allows the daily continuous penalty (按日连续处罚) under a basis."""

    citation: Citation
    obstruction_counts: bool = False
    """Whether refusing or obstructing the re-inspection also triggers it (生态环境法典
    Art. 1060); under 环境保护法 Art. 59 only a refusal to correct does."""


_SHORT_FINE = ("fine_min", "fine_max")


class ConcurrentProvision(EcoregModel):
    """Another provision that fines the same act, in force beside a basis.

    One act that breaks several norms is fined under the norm with the higher fine
    (生态环境法典 Art. 1055; 行政处罚法 Art. 29 before the Code). A regulation the
    Code left in force (排污许可管理条例 beside Code Arts. 1102–1104) is the usual case.
    """

    citation: Citation
    fine: FineRule
    persons: FineRule | None = None
    """The provision's fine on the persons responsible, if it sets one."""
    in_force_from: Day | None = None
    in_force_until: Day | None = None
    note: str | None = None
    """How the two provisions meet (the reading, where the law is unsettled)."""
    condition_zh: str | None = None
    """Where the provision fines the act only in some cases (the waste went into water; the
    unit's permit sets terms the act breaks …): those cases, in Chinese. Such a provision is
    compared only when the case names it in ``ViolationCase.concurrent_findings``."""
    condition_en: str | None = None

    @model_validator(mode="after")
    def _condition(self) -> ConcurrentProvision:
        if (self.condition_zh is None) != (self.condition_en is None):
            raise InvalidInputError(
                field="condition_en",
                value=self.condition_en,
                allowed="a condition in both languages, or in neither",
            )
        return self

    @property
    def key(self) -> str:
        """The key ``ViolationCase.concurrent_findings`` names it by.

        ``instrument id:article:paragraph:item``, with empty parts left empty.
        """
        c = self.citation
        return f"{c.instrument.id}:{c.article or ''}:{c.paragraph or ''}:{c.item or ''}"

    @property
    def starts(self) -> dt.date:
        """The first day the provision fines the act."""
        return self.in_force_from or self.citation.starts

    @property
    def ends(self) -> dt.date | None:
        """The last day the provision fines the act, or ``None`` while it does."""
        return self.in_force_until or self.citation.ends

    def in_force_on(self, day: dt.date) -> bool:
        """Whether the provision fines an act on ``day``."""
        end = self.ends
        return self.starts <= day and (end is None or day <= end)


class LegalBasis(EcoregModel):
    """The article that makes a conduct a violation during a span of days, with its fine rule.

    The span is the cited provision's life (`ecoreg.Citation.starts` to
    `ecoreg.Citation.ends`) unless ``in_force_from`` / ``in_force_until``
    narrow it, as for a regulation that stays in force beside the Code.

    The fine is a `FineRule` in the shape the law writes it (a range, a cap,
    bands chosen by the facts, a multiple or share of an amount, an amount per
    unit). Plain data may still give a plain range the short way, with
    ``fine_min`` and ``fine_max``.
    """

    citation: Citation
    fine: FineRule
    persons: FineRule | None = None
    """The fine on the persons responsible beside the unit's (对直接负责的主管人员和其他
    直接责任人员处……的罚款), if the article sets one."""
    persons_zh: str | None = None
    """Who those persons are, in the article's words (for example 直接负责的主管人员和其他直接
    责任人员, or 编制主持人和主要编制人员)."""
    enforcers: tuple[Department, ...] = ()
    """The departments the article names to enforce it."""
    measures: tuple[SideMeasure, ...] = ()
    """What the article orders or allows besides the fine."""
    daily_penalty: DailyPenaltyRule | None = None
    """The daily continuous penalty this basis allows, if any."""
    daily_penalty_note: str | None = None
    """Why the daily penalty does or does not reach this conduct (a reading, documented)."""
    concurrent: tuple[ConcurrentProvision, ...] = ()
    """Other provisions that fine the same act (Code Art. 1055: the higher fine applies)."""
    in_force_from: Day | None = None
    in_force_until: Day | None = None

    @model_validator(mode="before")
    @classmethod
    def _short_range(cls, data: Any) -> Any:
        if isinstance(data, dict) and "fine" not in data and any(k in data for k in _SHORT_FINE):
            rest = dict(data)
            rule: dict[str, Any] = {"shape": "range"}
            if "fine_min" in rest:
                rule["min"] = rest.pop("fine_min")
            if "fine_max" in rest:
                rule["max"] = rest.pop("fine_max")
            return {**rest, "fine": rule}
        return data

    @model_validator(mode="after")
    def _span(self) -> LegalBasis:
        end = self.ends
        if end is not None and end < self.starts:
            raise InvalidInputError(
                field="in_force_until",
                value=end,
                allowed=f"a date on or after the day the basis starts ({self.starts})",
            )
        return self

    @property
    def starts(self) -> dt.date:
        """The first day an act can be judged under this basis."""
        return self.in_force_from or self.citation.starts

    @property
    def ends(self) -> dt.date | None:
        """The last day of this basis, or ``None`` while it is in force."""
        return self.in_force_until or self.citation.ends

    def in_force_on(self, day: dt.date) -> bool:
        """Whether this basis applies to an act on ``day``."""
        end = self.ends
        return self.starts <= day and (end is None or day <= end)

    def range_for(self, facts: CaseFacts) -> ResolvedRange:
        """The statutory range this basis gives for a case's facts.

        Raises:
            MissingFactError: naming the fact the rule needs, the article and what is allowed.
        """
        try:
            return self.fine.resolve(facts)
        except InvalidInputError as exc:
            raise type(exc)(
                field=exc.field,
                value=exc.value,
                allowed=f"{exc.allowed} ({self.citation.label_en})",
            ) from None

    def lighter_than(self, other: LegalBasis, facts: CaseFacts | None = None) -> bool:
        """Whether this basis punishes more lightly than ``other`` for a case (处罚较轻).

        The statutory maximum is compared first, then the minimum, the order in which
        Chinese practice compares penalties under 从旧兼从轻. Each rule is resolved for
        the case's own facts, so a share of the investment and a fixed range compare by
        what they give for this project.

        Examples:
            >>> from ecoreg.law import catalogue
            >>> old, new = catalogue.kind("air.no-permit").bases
            >>> new.lighter_than(old), old.lighter_than(new)
            (False, True)
        """
        case = facts or CaseFacts()
        mine, theirs = self.range_for(case), other.range_for(case)
        return (mine.high, mine.low) < (theirs.high, theirs.low)


class ViolationKind(EcoregModel):
    """A kind of violation (a conduct), with its legal bases over time.

    A kind may also be written the short way, with one ``citation``, ``fine_min``
    and ``fine_max`` (and optionally ``daily_penalty``) instead of ``bases``: that is
    one basis, in force for as long as the cited text is.

    Examples:
        >>> import datetime as dt
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-09-01")
        >>> kind = policy.record("violations.catalogue", "air.over-limit")
        >>> basis = kind.basis_on(dt.date(2026, 9, 1))
        >>> basis.fine.describe()[1], basis.citation.label_en
        ('100,000 to 1,000,000 yuan', 'Ecological Environment Code of the PRC, Art. 1107')
        >>> kind.basis_on(dt.date(2026, 8, 14)).citation.label_zh
        '《中华人民共和国大气污染防治法》第九十九条第（二）项'
    """

    id: RecordId
    name_zh: Annotated[str, Field(min_length=1)]
    name_en: Annotated[str, Field(min_length=1)]
    category: ViolationCategory
    bases: tuple[LegalBasis, ...] = Field(min_length=1)
    """The bases in date order; their spans never overlap."""
    never_lenient: bool = False
    """Falsified data, evading monitoring, illegal hazardous-waste dumping: never leniency."""
    keywords: tuple[Annotated[str, Field(min_length=1, max_length=40)], ...] = ()
    """Words a case officer may search the kind by, in Chinese and English (扬尘, dust …)."""

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, data: Any) -> Any:
        if isinstance(data, dict) and "bases" not in data and "citation" in data:
            rest = dict(data)
            basis = {
                key: rest.pop(key)
                for key in ("citation", "fine", "fine_min", "fine_max", "daily_penalty")
                if key in rest
            }
            return {**rest, "bases": [basis]}
        return data

    @model_validator(mode="after")
    def _spans(self) -> ViolationKind:
        ordered = sorted(self.bases, key=lambda b: b.starts)
        for i, (a, b) in enumerate(itertools.pairwise(ordered), start=1):
            if a.ends is None or a.ends >= b.starts:
                raise InvalidInputError(
                    field=f"bases.{i}",
                    value=b.starts,
                    allowed=f"a basis starting after the one before it ends ({a.ends or 'never'})",
                )
        if list(self.bases) != ordered:
            raise InvalidInputError(
                field="bases",
                value=[b.starts for b in self.bases],
                allowed="bases in the order of the days they start",
            )
        return self

    def basis_on(self, day: dt.date) -> LegalBasis | None:
        """The basis for an act on ``day``, or ``None`` if the conduct was no violation then."""
        for basis in self.bases:
            if basis.in_force_on(day):
                return basis
        return None


_OPS: Mapping[str, Callable[[Any, Any], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


class Condition(EcoregModel):
    """One condition of a list item on a fact of the case.

    Example: ``hourly_exceedance_multiple < 0.1``.
    """

    fact: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    op: Literal["==", "!=", "<", "<=", ">", ">="]
    value: bool | int | Decimal
    description_zh: Annotated[str, Field(min_length=1)]
    description_en: Annotated[str, Field(min_length=1)]

    def holds(self, facts: Mapping[str, bool | int | Decimal | None]) -> bool | None:
        """Whether the condition holds; ``None`` when the case does not state the fact."""
        got = facts.get(self.fact)
        if got is None:
            return None
        if isinstance(self.value, bool) != isinstance(got, bool):
            return False
        return _OPS[self.op](got, self.value)


class NoPenaltyItem(EcoregModel):
    """An item of a local no-penalty list (免罚清单).

    It names the violation kinds it covers and the conditions that must all hold.

    ``list_type`` ``minor`` items are "minor, not penalized" (轻微不罚: must not
    penalize); ``first`` items are "first violation, may not be penalized"
    (首违不罚: the agency may decline) and need the jurisdiction's first violation.

    ``effect`` is what the item does once its conditions hold: ``not_penalized``
    (不予行政处罚: must not penalize) or ``may_decline`` (依法可以不予行政处罚). It
    defaults from ``list_type``; a directory of minor violations may still mark an
    item "may" (Guangdong's 附件2 items 7 and 9).
    """

    id: RecordId
    list_type: Literal["minor", "first"]
    effect: Literal["not_penalized", "may_decline"] | None = None
    item: Annotated[int, Field(ge=1)] | None = None
    title_zh: Annotated[str, Field(min_length=1)]
    title_en: Annotated[str, Field(min_length=1)]
    kinds: tuple[RecordId, ...] = Field(min_length=1)
    conditions: tuple[Condition, ...] = ()
    citation: Citation

    @model_validator(mode="before")
    @classmethod
    def _effect(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("effect") is None:
            minor = data.get("list_type") == "minor"
            return {**data, "effect": "not_penalized" if minor else "may_decline"}
        return data

    @property
    def must_not_penalize(self) -> bool:
        """Whether the item binds the agency (不予行政处罚) rather than letting it decline."""
        return self.effect == "not_penalized"
