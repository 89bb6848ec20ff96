"""Facts of a case that only Guangdong's discretion benchmark reads (粤环发〔2021〕7号).

`GuangdongFacts` rides on `ViolationCase.guangdong`: the pollutant and area classes of the
rules' Arts. 18 and 19, the amounts its fine tables score (daily wastewater, the share over
the quota, the pH, non-conforming outlets, tonnes of hazardous waste), the form of a VOC
violation, and the situations of Art. 14 that exclude an apology reduction. Every field may be
left out: a fact that cannot be established is scored at the factor's lowest level (Art. 5),
and the reasons say which.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field

from ecoreg.core._fine_rules import AccidentGrade
from ecoreg.core._model import EcoregModel

__all__ = [
    "ApologyExclusion",
    "AreaClass",
    "EvasionForm",
    "GuangdongFacts",
    "MonitoringFault",
    "PollutantClass",
    "VocEnclosure",
]

_Amount = Annotated[Decimal, Field(ge=0, le=10**9, allow_inf_nan=False)]


class PollutantClass(StrEnum):
    """The class of a pollutant discharged (粤环发〔2021〕7号 Art. 18)."""

    VOC = "voc"
    """Waste gas containing volatile organic compounds (含挥发性有机物废气; air tables)."""
    B = "b"
    """B类: any pollutant not of class A."""
    A = "a"
    """A类: water: GB 8978-1996 class-I pollutants, the MEE toxic water-pollutant list, and
    Tl, Sb, Ni, Cu, Zn, V, Mn, Co; air: the MEE toxic air-pollutant list. Give ``toxic`` where
    the pollutant is on an MEE toxic list (the water tables weigh it apart)."""
    TOXIC = "toxic"
    """有毒有害: on the MEE toxic water- or air-pollutant list (a class-A pollutant)."""


class AreaClass(StrEnum):
    """Where the outlet or the conduct lies (粤环发〔2021〕7号 Art. 19)."""

    GENERAL = "general"
    """一般区域: outside the sensitive and restricted areas."""
    RESTRICTED = "restricted"
    """限批区: an area under 区域限批管理办法（试行） Art. 3."""
    RESIDENTIAL = "residential"
    """人居环境敏感区: mainly residential, medical, educational and research, or administrative."""
    ECOLOGICAL = "ecological"
    """生态环境敏感区: nature reserves, scenic areas, drinking-water source protection zones …"""
    DRINKING_WATER_FIRST = "drinking_water_first"
    """饮用水水源一级保护区 (an ecological sensitive area weighed apart by the water tables)."""


class VocEnclosure(StrEnum):
    """How a VOC-generating activity fell short (附件1 §3.14, 空间、设备密闭情况)."""

    OPEN_FACILITIES_USED = "open_facilities_used"
    """Not enclosed; treatment facilities installed and used as required."""
    OPEN_FACILITIES_MISUSED = "open_facilities_misused"
    """Not enclosed; facilities installed but not used as required."""
    ENCLOSED_NO_FACILITIES = "enclosed_no_facilities"
    """Enclosed, but facilities not installed or used as required."""
    OPEN_NO_FACILITIES = "open_no_facilities"
    """Neither: not enclosed, no facilities used, no measures to reduce emissions."""


class EvasionForm(StrEnum):
    """How monitoring was evaded (附件1 §§2.8, 3.5, 行为表现形式)."""

    PART_FACILITIES = "part_facilities"
    """部分污染防治设施不正常运行."""
    WHOLE_FACILITIES = "whole_facilities"
    """整体污染防治设施不正常运行 (air: with a sham stoppage to evade inspection or an
    emergency outlet opened without an emergency)."""
    SECRET_DISCHARGE = "secret_discharge"  # noqa: S105 - 偷排, not a password
    """偷排."""
    FALSIFIED_DATA = "falsified_data"
    """篡改、伪造监测数据."""


class MonitoringFault(StrEnum):
    """How automatic monitoring fell short (附件1 §3.8, 行为表现形式)."""

    NOT_NETWORKED = "not_networked"
    """正常使用但未联网."""
    NOT_RUN_NORMALLY = "not_run_normally"
    """已联网但未正常使用."""
    NOT_USED = "not_used"
    """已联网但未使用."""
    NOT_INSTALLED = "not_installed"
    """未安装."""


class ApologyExclusion(StrEnum):
    """The situations in which no apology reduction is given (粤环发〔2021〕7号 Art. 14 (1)-(11)).

    Items 6 (crime), 7 (continuing after an order to correct), 8 (a violation after an earlier
    apology) and 10 (a fixed fine, or the statutory minimum) are also found from the case.
    """

    DRINKING_WATER_PROHIBITION = "drinking_water_prohibition"
    """(1) 违反饮用水水源保护区内禁止性规定."""
    HAZARDOUS_WASTE_TO_UNLICENSED = "hazardous_waste_to_unlicensed"
    """(2) hazardous waste handed to a party without a licence."""
    HAZARDOUS_WASTE_UNLICENSED_OPERATION = "hazardous_waste_unlicensed_operation"
    """(3) hazardous-waste operations without or outside a licence."""
    ART10_AGGRAVATION = "art10_aggravation"
    """(4) an aggravated case under Art. 10 (emergencies such as epidemics)."""
    DETENTION_REFERRAL = "detention_referral"
    """(5) referred to the police for administrative detention."""
    SUSPECTED_CRIME = "suspected_crime"
    """(6) a suspected environmental crime."""
    CONTINUED_AFTER_ORDER = "continued_after_order"
    """(7) ordered to correct, and the violation continued at the re-inspection."""
    REPEAT_AFTER_APOLOGY = "repeat_after_apology"
    """(8) a new violation after an earlier apology and pledge."""
    CONCURRENT_EXCLUDED = "concurrent_excluded"
    """(9) found together with another violation that is itself excluded."""
    FIXED_OR_MINIMUM_FINE = "fixed_or_minimum_fine"
    """(10) a fixed fine (定额罚款) or the statutory minimum fine."""
    OTHER_RULE = "other_rule"
    """(11) another law, regulation or normative document excludes it."""


class GuangdongFacts(EcoregModel):
    """The facts Guangdong's fine tables and apology rules read, beside `ViolationCase`'s.

    The general facts stay on the case: ``pollutants_over`` (超标因子数目), ``exceedance_ratio``
    (超标倍数), ``period_level`` (3 = a special or major event, 5 = a heavy-pollution
    warning), ``prior_violations`` (the same kind within two years of the act, Art. 22),
    ``refused_to_correct`` (逾期未改正), ``pollution_caused`` (造成土壤环境污染, 附件1 §§6.1, 6.3,
    6.7).
    """

    pollutant_classes: tuple[PollutantClass, ...] = Field(default=(), max_length=4)
    """Every class discharged; the heavier is scored (Art. 17)."""
    areas: tuple[AreaClass, ...] = Field(default=(), max_length=5)
    """Every area class the outlet or conduct lies in; the heavier is scored (Art. 17)."""
    daily_wastewater_tonnes: _Amount | None = None
    """废水日排放量: the permit's (else the EIA approval's) daily limit, or the actual mean of
    the six months before the act where the party proves it lower (附件1 §2.7.1 note 2)."""
    quota_excess_ratio: _Amount | None = None
    """超量: how far over the total-quantity quota (0.3 = 30 % over)."""
    ph: Annotated[Decimal, Field(ge=0, le=14, allow_inf_nan=False)] | None = None
    """The pH, where pH is the only parameter over the limit."""
    nonconforming_outlets: Annotated[int, Field(ge=1, le=10_000)] | None = None
    """不符合规定的污染物排放口数量 (附件1 §3.10)."""
    voc_enclosure: VocEnclosure | None = None
    hazardous_waste_tonnes: _Amount | None = None
    """涉及危废数量 / 涉及量, in tonnes (附件1 §§4.12, 4.13, 4.16-4.20, 4.25-4.27; §4.20 counts
    kilograms: 3 kg is 0.003)."""
    label_missing: bool | None = None
    """The hazardous-waste sign was not set at all (未设置), rather than set but not as required
    (已设置，但不符合要求) (附件1 §4.12)."""
    permit_class: Literal["registration", "simplified", "key"] | None = None
    """排污许可分类管理类别 the discharger falls under (no-permit tables; 产污单位管理类别 of
    附件1 §§4.5, 4.6, 4.9, 4.17): 登记管理, 简化管理 or 重点管理 (the values of
    `ecoreg.PermitClass`)."""
    untreated: bool | None = None
    """未经污染防治设施收集处理: the air pollutants went out without collection or treatment."""
    evasion_form: EvasionForm | None = None
    monitoring_fault: MonitoringFault | None = None
    duration_days: Annotated[Decimal, Field(ge=0, le=36_500, allow_inf_nan=False)] | None = None
    """违法行为持续时间, in days (0.5 = half a day); month bands count calendar months from
    the day of the act (粤环发〔2021〕7号 Art. 23)."""
    uncooperative: bool | None = None
    """不配合调查 (附件1 §3.5)."""
    # --- 附件1 chapters 4 (solid waste) and 6 (soil) ---------------------------------------
    material_tonnes: _Amount | None = None
    """涉及量 / 涉及固废数量 / 污染量, in tonnes, of the solid waste (not hazardous: that is
    ``hazardous_waste_tonnes``), polluted soil or matter the conduct involves (附件1 §§4.5, 4.6,
    4.7, 4.9, 4.10, 6.9, 6.13), and the substandard coal or petroleum coke burned (累计燃用吨数,
    §3.11)."""
    volume_m3: _Amount | None = None
    """涉案体积 / 容量, in cubic metres: the mine-waste store to be closed (§4.11), the
    hazardous-waste site or container turned to other use (§4.21)."""
    area_m2: _Amount | None = None
    """涉案面积, in square metres (附件1 §§6.4-6.13, 6.17, 6.18, 6.21)."""
    soil_sensitivity: Literal["insensitive", "less_sensitive", "sensitive"] | None = None
    """所在区域土壤环境敏感程度 (HJ 964-2018 6.2.2.2, as the annex's notes quote it): sensitive
    (敏感): farmland, orchards, pasture, a drinking-water source, homes, schools, hospitals,
    sanatoriums or old people's homes within one kilometre; less sensitive (较敏感): another
    soil-sensitive target within one kilometre; insensitive (不敏感): neither."""
    soil_duty_form: Literal["not_reported", "not_carried_out", "not_made"] | None = None
    """How a key soil-pollution unit fell short (附件1 §§6.1, 6.3, 违法程度): the plan or system
    made and carried out but the data or the annual report not sent (not_reported), made but not
    carried out (not_carried_out), or not made (not_made)."""
    wholly_missing: bool | None = None
    """What the law requires was not done at all, rather than done but not as required: the
    hazardous-waste plan or declaration (§4.13: 未申报, or declared with falsehoods), the
    transfer manifest (§4.16: 未填写或未运行), the soil risk-control measures (§6.19:
    未采取风险管控措施) or the remediation (§6.20: 未实施修复)."""
    farmland: bool | None = None
    """土地性质: the plot is farmland (农用地), not construction land (建设用地) (附件1 §§6.19,
    6.20)."""
    falsified_indicators: Annotated[int, Field(ge=1, le=45)] | None = None
    """篡改伪造监测数据指标个数: how many of the 45 soil monitoring indicators were falsified
    (附件1 §6.2)."""
    waste_plant_shortfall: Literal["not_published", "not_monitored", "not_installed"] | None = None
    """How a household-waste plant fell short (附件1 §4.2, 违法情节): monitoring installed and run
    but the data not published (not_published), installed but not monitoring in real time
    (not_monitored), or not installed as required (not_installed)."""
    equipment_items: Annotated[int, Field(ge=1, le=1_000_000)] | None = None
    """设备数量: how many eliminated items of equipment were transferred (附件1 §4.3)."""
    facility_type: Literal["household_landfill", "industrial", "hazardous"] | None = None
    """What was built in the specially protected area (附件1 §4.4, 违法情节): a household-waste
    landfill, or a central store or use or disposal facility for industrial solid waste or for
    hazardous waste."""
    hazardous_use_disposal: bool | None = None
    """The unit uses or disposes of hazardous waste (涉及危险废物利用、处置) (附件1 §4.24)."""
    # --- 附件1 chapter 3 (大气): §§3.1, 3.6, 3.7, 3.9, 3.22, 3.23 -----------------------------
    obstruction_form: (
        Literal["delay", "falsification", "refused_entry", "passive_violence", "active_violence"]
        | None
    ) = None
    """How an inspection was obstructed (附件1 §§2.1, 3.1, 4.52, 6.16, 违法程度), from light to
    heavy: by delaying the officers (拖延), by falsehoods during it (弄虚作假), by refusing them
    entry (拒绝进入厂区), by blocking, detaining or threatening them (围堵、滞留、恐吓: 消极暴力),
    or by beating them (殴打: 积极暴力; §§4.52 and 6.16 add retaliation, 打击报复)."""
    device_destroyed: bool | None = None
    """The monitoring facility or device was occupied or damaged (侵占、损毁), not moved or
    altered (擅自移动、改变) (附件1 §§3.6, 8.30)."""
    not_monitored: bool | None = None
    """未监测: no monitoring at all, rather than monitored without the original records kept
    (有监测但未保存原始监测记录) (附件1 §§2.2, 3.7)."""
    not_disclosed: bool | None = None
    """不公开: the automatic monitoring data were not disclosed at all, rather than disclosed
    untruthfully (不如实公开) (附件1 §3.9)."""
    falsified_reports: Annotated[int, Field(ge=1, le=100_000)] | None = None
    """伪造检验结果或者出具虚假报告数量 (项): vehicle emission tests falsified (附件1 §3.23)."""
    major_impact: bool | None = None
    """造成重大生态环境影响或者不良社会影响 (as the officer finds it): the row of many tables that
    gives the table's top amount whatever the other factors (附件1 §§3.6, 3.7, 3.22, 3.23 and
    most tables of chapters 7 and 8)."""
    # --- 附件1 chapters 7 (辐射) and 8 (其他) ------------------------------------------------
    report_failure: Literal["late_or_incomplete", "untruthful", "not_made"] | None = None
    """How a report or disclosure fell short: late, incomplete or wrong (未按时报送、内容不全或者
    有错误), untruthful (不如实), or not made at all (不报、拒报、不公开) (附件1 §§7.1, 8.2,
    8.34)."""
    radioactivity_level: Literal["low", "medium", "high"] | None = None
    """The radioactive waste gas or liquid discharged: low-, medium- or high-level (``high``
    also for α waste liquid) (附件1 §§7.5, 7.6)."""
    radioactive_waste_grade: (
        Literal["small_low", "large_low", "small_higher", "large_higher"] | None
    ) = None
    """The radioactive waste's quantity (量小/量大) and activity (活度低/活度较高), as the
    officer grades them (附件1 §§7.7, 7.8, 7.12)."""
    radioactive_source_class: Annotated[int, Field(ge=1, le=5)] | None = None
    """The class (I-V, 1 = I) of the radioactive source lost or stolen (附件1 §7.11)."""
    accident_grade: AccidentGrade | None = None
    """The grade of the radioactive pollution accident not reported (附件1 §7.11)."""
    livestock_pig_equivalents: _Amount | None = None
    """常年存栏量 in pigs, other livestock at the table's ratio (500 pigs = 30,000 chickens =
    100 cattle; §4.29 counts sheep as pigs and ducks as chickens) (附件1 §§4.29, 8.23).
    ``untreated`` marks the waste discharged without harmless treatment (§8.23) rather than over
    the standard (§8.22)."""
    bribery: bool | None = None
    """The permit was obtained by bribery (贿赂), not deception (欺骗) (附件1 §8.41)."""
    permit_forged: bool | None = None
    """The permit was forged or altered (伪造、变造), not transferred (转让) (附件1 §8.42)."""
    # --- 附件1 chapters 1 (环评类) and 2 (水污染防治类) ---
    eia_document: Literal["report_form", "report"] | None = None
    """环评文件类别 of the project: 报告表类 or 报告书类 (附件1 §§1.4, 1.6-1.8); §§1.6-1.8 weigh
    a 报告书 higher where ``permit_class`` is ``key`` (已纳入排污许可证重点管理)."""
    eia_project: Literal["non_production", "production", "key_industry"] | None = None
    """附件1 §1.4: 非生产型, 生产型 (重点行业以外), or a key project (化工、电镀、皮革、造纸、制浆、
    冶炼、放射性、印染、染料、炼焦、炼油等重点项目)."""
    construction_stage: Literal["foundation", "equipment", "operating"] | None = None
    """建设情况: 基础建设阶段, 设备安装阶段, 投入生产/使用阶段 (附件1 §§1.4, 1.7). §6.14 reads them
    as 主体工程未建成, 主体工程已建成但未投入生产使用, 已投入生产使用."""
    ecological_redline: bool | None = None
    """The project lies inside an ecological protection red line (生态保护红线区域内, §§1.6-1.8)."""
    project_discharge: Literal["none", "other", "toxic"] | None = None
    """产排污情况 of the project: 未排放污染物, 除有毒有害污染物以外的其他污染物, 有毒有害污染物
    (附件1 §§1.6-1.8)."""
    water_area: (
        Literal["ordinary", "special_value", "drinking_buffer", "drinking_second", "drinking_first"]
        | None
    ) = None
    """区域类型 of the water (附件1 chapter 2): 江河、水库、湖泊、地下水; 风景名胜区水体、重要渔业水体
    和其他具有特殊经济文化价值水体; 生活饮用水水源准保护区, 二级保护区, 一级保护区."""
    mitigated: bool | None = None
    """已采取措施消除或减轻违法后果 (``False``: 未采取, 附件1 §§2.12-2.20)."""
    outlet_discharging: bool | None = None
    """The unlawful outlet discharges (有排污) rather than not (无排污) (附件1 §§2.10, 2.11)."""
    stopped_immediately: bool | None = None
    """The individual stopped at once (立即停止违法行为, 附件1 §2.23)."""
    conduct_form: (
        Literal[
            "design_measures",
            "not_in_contract",
            "stopped_and_implemented",
            "stopped_not_implemented",
            "not_stopped",
            "not_accepted",
            "not_built",
            "acceptance_fraud",
            "info_not_disclosed",
            "outlet_not_monitored",
            "into_water",
            "buried",
            "bank_non_hazardous",
            "bank_hazardous",
            "no_monitoring_well",
            "no_seepage_measures",
            "no_leak_monitoring",
            "no_double_tank",
            "other_waste",
            "toxic_or_pathogenic",
            "fishing_or_other",
            "organised_tourism",
            "cage_aquaculture",
        ]
        | None
    ) = None
    """违法程度 / 行为表现形式 of the table for the kind (附件1 chapters 1-2, and §6.14): §1.6
    ``design_measures`` (初步设计未落实措施及投资概算), ``not_in_contract`` (未纳入施工合同); §1.7
    ``stopped_and_implemented``, ``stopped_not_implemented``, ``not_stopped`` (整改情况); §1.8
    ``not_accepted`` (已建成未验收或验收不合格), ``not_built``, ``acceptance_fraud``; §2.4
    ``info_not_disclosed``, ``outlet_not_monitored``; §2.13 ``into_water``, ``buried``; §2.15
    ``into_water``, ``bank_non_hazardous``, ``bank_hazardous`` (堆放于最高水位线以下的滩地、岸坡);
    §2.18 ``no_monitoring_well``, ``no_seepage_measures``; §2.19 ``no_leak_monitoring``,
    ``no_double_tank``; §2.20 ``other_waste``, ``toxic_or_pathogenic`` (含有毒污染物的废水、含病原体
    的污水); §2.22 ``fishing_or_other``, ``organised_tourism``, ``cage_aquaculture``; §6.14 the
    three of §1.7 (立即停止违法行为，并主动拆除设备或恢复原状 / 立即停止违法行为，但未主动拆除设备或
    恢复原状 / 逾期不停止违法行为)."""
    transport_protection: Literal["complete", "partial", "none"] | None = None
    """运输过程中防护措施情况 (附件1 §§4.5, 4.6, 4.17): 措施完备, 有措施但不完备, 无防护措施."""
    entrusted_for: Literal["transport", "use", "disposal"] | None = None
    """What the industrial solid waste was entrusted to another for (附件1 §4.9, 违法程度)."""
    # --- 附件1 §§4.26, 4.27 and 6.15 ---------------------------------------------------------
    hazardous_waste_handling: Literal["not_yet", "recovered", "treated", "dumped"] | None = None
    """涉案危险废物收集、贮存、利用、处置情况 of an unlicensed or unlawful hazardous-waste business
    (附件1 §§4.26, 4.27), from light to heavy: not yet disposed of (暂未处置), recovered as a
    resource (资源化综合利用), treated, by incineration or otherwise (通过焚烧等方式处理处置), or
    dumped or buried unlawfully (非法倾倒、填埋)."""
    other_adverse_impact: bool | None = None
    """已造成其他不良影响: the failure to carry out after-care management had other adverse effects
    (附件1 §6.15; a major ecological or adverse social impact is ``major_impact``)."""
    # --- 附件1 tables in multiples of a case amount: §§3.33, 4.7, 4.28 ------------------------
    compensation_assumed: bool | None = None
    """主动承担赔偿责任: the party took on the liability for the damage of its own accord
    (附件1 §§3.33, 4.28, 整改情况 of the pollution-accident tables)."""
    remediated_in_time: bool | None = None
    """限期采取治理措施: the party took the remediation measures within the time set (附件1 §§3.33,
    4.28)."""
    harm_eliminated: bool | None = None
    """完全消除影响: the party's own corrective measures (``mitigated``) removed the effects
    entirely, rather than in part (附件1 §4.7, 整改情况)."""
    electroplating: bool = False
    """The party runs an electroplating process (Huizhou's apology rate)."""
    apology_exclusions: tuple[ApologyExclusion, ...] = Field(default=(), max_length=11)
    """The Art. 14 situations the officer finds (those the case shows are added by ecoreg)."""

    def list_facts(self) -> dict[str, bool | Decimal]:
        """The no-penalty list facts (`ListFacts` fields) these facts state too.

        A tonnage, a pH, a duration, a pollutant class or an area is stated once, here, and the
        list items read it as well: ``ph`` is the pH where it is the only parameter over
        (``only_ph_over``, ``ph_value``); a class A or toxic pollutant is ``class_a_pollutant``
        (class B alone is not; VOC waste gas alone says neither); an ecological area or a
        drinking-water first-level zone is ``in_ecological_sensitive_area``, a residential one
        ``in_residential_sensitive_area``. `ViolationCase` refuses a ``list_facts`` value that
        says otherwise.

        Examples:
            >>> GuangdongFacts(ph=Decimal("5.5"), areas=(AreaClass.RESIDENTIAL,)).list_facts()
            ... # doctest: +NORMALIZE_WHITESPACE
            {'only_ph_over': True, 'ph_value': Decimal('5.5'),
             'in_ecological_sensitive_area': False, 'in_residential_sensitive_area': True}
        """
        found: dict[str, bool | Decimal] = {}
        if self.ph is not None:
            found |= {"only_ph_over": True, "ph_value": self.ph}
        if self.hazardous_waste_tonnes is not None:
            found["hazardous_waste_tonnes"] = self.hazardous_waste_tonnes
        if self.duration_days is not None:
            found["days_lasted"] = self.duration_days
        classes = set(self.pollutant_classes)
        if classes & {PollutantClass.A, PollutantClass.TOXIC}:
            found["class_a_pollutant"] = True
        elif PollutantClass.B in classes:
            found["class_a_pollutant"] = False
        if self.areas:
            areas = set(self.areas)
            found["in_ecological_sensitive_area"] = bool(
                areas & {AreaClass.ECOLOGICAL, AreaClass.DRINKING_WATER_FIRST}
            )
            found["in_residential_sensitive_area"] = AreaClass.RESIDENTIAL in areas
        return found
