"""Book 5, Ch. 2, Section 1 (第一节 违反生态环境监测管理规定): monitoring, Arts. 1085–1093.

Each kind quotes the article that fines the conduct under the Code and, for acts
before 2026-08-15, the provision of the repealed statute (or of a regulation) that
fined the same conduct then.

Code Art. 1086 gathers the monitoring duties the repealed statutes fined medium by
medium (大气法 Art. 100, 水法 Art. 82, 土壤法 Art. 86, 噪声法 Arts. 76, 78 and 80,
海洋法 Arts. 98 and 99, 放射性法 Art. 49, 固废法 Art. 102) and those of the 排污许可管理条例
(Arts. 36 and 37, in force from 2021-03-01): one kind per earlier provision, each naming
its medium. The 生态环境监测条例 (国务院令第820号, in force 2026-01-01 and left in force by
the Code) fines self-monitoring failures, falsified data, monitoring agencies and
interference with quality stations: it is the earlier basis where no statute fined the
conduct, and a concurrent provision elsewhere (Code Art. 1055: the higher fine applies).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ecoreg.law import air_pollution_law as air
from ecoreg.law import eco_code as code
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import monitoring_regulation as monreg
from ecoreg.law import noise_law as noise
from ecoreg.law import permit_regulation as permit
from ecoreg.law import radioactive_pollution_law as radio
from ecoreg.law import soil_pollution_law as soil
from ecoreg.law import solid_waste_law as waste
from ecoreg.law import water_pollution_law as water
from ecoreg.law._repeal import LAST_DAY_BEFORE_CODE
from ecoreg.law.catalogue._build import (
    Data,
    article,
    band,
    basis,
    cap,
    daily,
    fact,
    kind,
    multiple,
    per_unit,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

if TYPE_CHECKING:
    from ecoreg.core._citations import Citation

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(1, "违反生态环境监测管理规定", "Monitoring", 1085, 1093)

_UNTIL = LAST_DAY_BEFORE_CODE.isoformat()
"""The last day a regulation is the main basis: from 2026-08-15 the Code's article is."""

_CODE_DAILY_NO = (
    "Not a discharge, dumping or disposal of pollutants or waste: Code Art. 1060 does not reach "
    "it (a local regulation may add it, Art. 1060 ¶3)."
)
_NEW_IN_CODE = (
    "New in the Code: no earlier basis; an earlier act is not penalised (行政处罚法 Art. 37)."
)
_MONREG_ONLY = (
    "No statute or regulation fined this conduct before the 生态环境监测条例 took effect on "
    "2026-01-01: an act before that day is not penalised (行政处罚法 Art. 37)."
)
_HIGHER = "by Code Art. 1055 the higher fine applies"

# ---------------------------------------------------------------- quotes, by instrument

_AIR_100 = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元以上二十万元"
    "以下的罚款；拒不改正的，责令停产整治："
)
_AIR_100_DAILY = "大气污染防治法 Art. 123 does not list Art. 100: no daily penalty."
_WATER_82 = (
    "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护主管部门责令限期改正，处二万元以上"
    "二十万元以下的罚款；逾期不改正的，责令停产整治："
)
_WATER_82_DAILY = (
    "水污染防治法 Art. 95 reaches unlawful discharges of water pollutants; a monitoring failure is "
    "not one: no daily penalty."
)
_CODE_1086 = (
    "违反本法规定，有下列情形之一的，由负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，"
    "处二万元以上二十万元以下的罚款；拒不改正的，可以责令限制生产、停产整治："
)
_C1086_1 = (
    "（一）未对所排放的污染物、养殖尾水、土壤污染状况自行监测，未制定自行监测方案，未建立管理台账，"
    "未保存原始监测记录和管理台账，以及未如实报告；"
)
_C1086_2 = (
    "（二）未安装、使用、维护、正常运行污染物排放自动监测、监控设备，未与主管部门的监控设备联网，"
    "未保存原始监测记录，以及未如实报告；"
)
_C1086_3 = "（三）未对排放有毒有害污染物的排污口和周边环境进行监测，以及未公开有毒有害污染物信息。"
_PERMIT_36 = (
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正，处2万元以上20万元以下的"
    "罚款；拒不改正的，责令停产整治："
)
_PERMIT_37 = (
    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正，处每次5千元以上2万元以下"
    "的罚款；法律另有规定的，从其规定："
)
_MONREG_42 = (
    "企事业单位在开展自行监测中有下列情形之一的，由生态环境主管部门或者其他有关部门依据职责责令改正，"
    "处2万元以上20万元以下的罚款；拒不改正的，责令停产停业："
)
_MONREG_43 = (
    "技术服务机构有下列情形之一的，由生态环境主管部门责令改正，处2万元以上20万元以下的罚款；有违法"
    "所得的，没收违法所得；拒不改正的，责令停业："
)
_MONREG_44 = (
    "企事业单位实施或者明示、暗示有关单位、个人对监测数据弄虚作假的，由生态环境主管部门或者其他有关"
    "部门依据职责责令改正，处10万元以上100万元以下的罚款"
)
_MONREG_45 = (
    "接受委托开展监测服务的技术服务机构对监测数据弄虚作假的，由生态环境主管部门处10万元以上50万元"
    "以下的罚款；情节严重的，处50万元以上200万元以下的罚款，禁止从事监测服务，对其中取得监测服务"
    "相关资质的，由授予其资质的部门吊销其资质证书。"
)
_NOISE_80 = (
    "违反本法规定，有下列行为之一，由交通运输、铁路监督管理、民用航空等部门或者地方人民政府指定的城市"
    "道路、城市轨道交通有关部门，按照职责责令改正，处五千元以上五万元以下的罚款；拒不改正的，处五万元"
    "以上二十万元以下的罚款："
)
_SOIL_86 = (
    "违反本法规定，有下列行为之一的，由地方人民政府生态环境主管部门或者其他负有土壤污染防治监督管理"
    "职责的部门责令改正，处以罚款；拒不改正的，责令停产整治："
)

# ---------------------------------------------------------------- fine rules

_2W_20W = yuan(20_000, 200_000)
_REFUSED_5K = tiers(
    band(yuan(50_000, 200_000), fact("refused_to_correct"), zh="拒不改正", en="refused to correct"),
    band(yuan(5_000, 50_000)),
)

# ---------------------------------------------------------------- concurrent provisions

_SAME_RANGE = (
    "the same 20,000–200,000 range, so the higher-fine rule (行政处罚法 Art. 29; Code Art. 1055) "
    "makes no difference"
)
_PERMIT_UNIT = (
    "排污许可管理条例 fines only a unit under discharge-permit management (排污单位, its Art. 2), "
    "and only for the act its item names (mostly a breach of the permit's terms), while the "
    "statute's and the Code's item are not so limited: it applies only where the officer finds "
    "such a case"
)
_MONREG_UNIT = (
    "生态环境监测条例 (from 2026-01-01) fines only an enterprise or public institution (企事业单位, "
    "not an other producer or operator) in its self-monitoring, and only for the act its item "
    "names"
)


def _permit_36(item: int, text: str, note: str, condition: tuple[str, str] | None = None) -> Data:
    return provision(
        article(permit.INSTRUMENT, 36, _PERMIT_36 + "……" + text, item=item),
        _2W_20W,
        note=note,
        condition=condition,
    )


def _permit_36_if(item: int, text: str, condition: tuple[str, str]) -> Data:
    """排污许可管理条例 Art. 36 beside a statute or the Code: only for a permit unit's breach."""
    return _permit_36(item, text, f"{_PERMIT_UNIT}; then {_SAME_RANGE}.", condition)


def _monreg_42(
    text: str, note: str, *, item: int | None = None, condition: tuple[str, str] | None = None
) -> Data:
    return provision(
        article(monreg.INSTRUMENT, 42, _MONREG_42 + "……" + text, paragraph=1, item=item),
        _2W_20W,
        note=note,
        condition=condition,
    )


def _monreg_42_if(text: str, item: int, condition: tuple[str, str]) -> Data:
    """生态环境监测条例 Art. 42 ¶1 beside a statute or the Code: only for its own item's act."""
    return _monreg_42(text, f"{_MONREG_UNIT}; then {_SAME_RANGE}.", item=item, condition=condition)


_UNDER_PERMIT_ZH = "行为人系实行排污许可管理的排污单位"
_UNDER_PERMIT_EN = "the offender is a unit under discharge-permit management (排污单位)"
_ENTERPRISE_ZH = "行为人系企业事业单位"
_ENTERPRISE_EN = "the offender is an enterprise or public institution (企事业单位)"

_P36_NETWORK = (
    "(四)未按照排污许可证规定安装、使用污染物排放自动监测设备并与生态环境主管部门的监控设备联网，"
    "或者未保证污染物排放自动监测设备正常运行；"
)
_P36_SELF_PLAN = "(五)未按照排污许可证规定制定自行监测方案并开展自行监测；"
_P36_RECORDS = "(六)未按照排污许可证规定保存原始监测记录；"
_P36_ANOMALY = (
    "(八)发现污染物排放自动监测设备传输数据异常或者污染物排放超过污染物排放标准等异常情况不报告；"
)
_P36_DAMAGE = "(三)损毁或者擅自移动、改变污染物排放自动监测设备；"
_M42_DEVICES = (
    "（四）未按照规定安装、使用自动监测设备，或者发现自动监测设备传输数据异常未及时报告并对"
    "自动监测设备进行检查、修复；"
)
_M42_MAINTENANCE = (
    "（二）使用不符合国家标准或者规范的监测设备，或者未对监测设备进行经常性维护、保养或者定期"
    "检定、校准；"
)


def _self_monitoring_concurrent() -> tuple[Data, ...]:
    """排污许可管理条例 Art. 36 (5), (6) and 生态环境监测条例 Art. 42 (8), beside a statute or the Code."""
    return (
        _permit_36_if(
            5,
            _P36_SELF_PLAN,
            (
                f"{_UNDER_PERMIT_ZH}，未按照排污许可证规定制定自行监测方案并开展自行监测",
                (
                    f"{_UNDER_PERMIT_EN} and did not draw up or carry out the self-monitoring plan its "
                    "permit requires"
                ),
            ),
        ),
        _permit_36_if(
            6,
            _P36_RECORDS,
            (
                f"{_UNDER_PERMIT_ZH}，未按照排污许可证规定保存原始监测记录",
                (
                    f"{_UNDER_PERMIT_EN} and did not keep the raw monitoring records as its permit "
                    "requires"
                ),
            ),
        ),
        _monreg_42_if(
            "（八）未保存或者未按照规定期限保存原始监测记录；",
            8,
            (
                f"{_ENTERPRISE_ZH}，在开展自行监测中未保存或者未按照规定期限保存原始监测记录",
                (
                    f"{_ENTERPRISE_EN} and, in its self-monitoring, did not keep the raw monitoring "
                    "records or not for the required period"
                ),
            ),
        ),
    )


def _network_concurrent() -> tuple[Data, ...]:
    """排污许可管理条例 Art. 36 (4) and 生态环境监测条例 Art. 42 (4), (5): devices not installed or networked."""
    return (
        _permit_36_if(
            4,
            _P36_NETWORK,
            (
                (
                    f"{_UNDER_PERMIT_ZH}，未按照排污许可证规定安装、使用污染物排放自动监测设备或者未与"
                    "生态环境主管部门的监控设备联网"
                ),
                (
                    f"{_UNDER_PERMIT_EN} and did not install or use the automatic emission monitoring "
                    "devices, or network them with the department's monitoring system, as its permit "
                    "requires"
                ),
            ),
        ),
        _monreg_42_if(
            _M42_DEVICES,
            4,
            (
                f"{_ENTERPRISE_ZH}，未按照规定安装、使用自动监测设备",
                (
                    f"{_ENTERPRISE_EN} and did not install or use the automatic monitoring devices as "
                    "required"
                ),
            ),
        ),
        _monreg_42_if(
            "（五）主要监测点位视频监控设备或者自动监测设备未与生态环境主管部门或者其他有关部门联网；",
            5,
            (
                f"{_ENTERPRISE_ZH}，其自动监测设备未与生态环境主管部门或者其他有关部门联网",
                (
                    f"{_ENTERPRISE_EN} and its automatic monitoring devices were not networked with the "
                    "ecology and environment department or another department concerned"
                ),
            ),
        ),
    )


def _running_concurrent() -> tuple[Data, ...]:
    """排污许可管理条例 Art. 36 (4) and 生态环境监测条例 Art. 42 (2): devices not kept running."""
    return (
        _permit_36_if(
            4,
            _P36_NETWORK,
            (
                f"{_UNDER_PERMIT_ZH}，未保证其排污许可证规定的污染物排放自动监测设备正常运行",
                (
                    f"{_UNDER_PERMIT_EN} and did not keep running the automatic emission monitoring "
                    "devices its permit requires"
                ),
            ),
        ),
        _monreg_42_if(
            _M42_MAINTENANCE,
            2,
            (
                f"{_ENTERPRISE_ZH}，设备因未进行经常性维护、保养或者定期检定、校准而未正常运行",
                (
                    f"{_ENTERPRISE_EN} and the devices stopped working because it did not regularly "
                    "maintain, service, verify or calibrate them"
                ),
            ),
        ),
    )


def _m42_anomaly() -> Data:
    """生态环境监测条例 Art. 42 (4), second branch: abnormal transmitted data not reported."""
    return _monreg_42_if(
        _M42_DEVICES,
        4,
        (
            (
                f"{_ENTERPRISE_ZH}，异常情况系自动监测设备传输数据异常，且其未及时报告并对自动监测设备"
                "进行检查、修复"
            ),
            (
                f"{_ENTERPRISE_EN}, the anomaly was in the data its automatic monitoring devices "
                "transmitted, and it did not report it in time and check and repair the devices"
            ),
        ),
    )


_COATING_LEDGER_IF = (
    f"{_UNDER_PERMIT_ZH}，未建立环境管理台账记录制度或者未按照排污许可证规定记录",
    (
        f"{_UNDER_PERMIT_EN} and kept no environmental management ledger, or did not record as its "
        "permit requires"
    ),
)
_MONREG_44_NOTE = (
    "生态环境监测条例 Art. 44 (from 2026-01-01) fines an enterprise or public institution that "
    "falsifies monitoring data, with the same 100,000–1,000,000 on the unit and 50,000–200,000 on "
    "the persons directly responsible, so the higher-fine rule (行政处罚法 Art. 29; Code "
    "Art. 1055) makes no difference"
)
_PERMIT_34_2_NOTE = (
    "排污许可管理条例 Art. 34 (2) (from 2021-03-01) fines a unit under discharge-permit "
    "management (排污单位) that discharges by falsified data 200,000–1,000,000, a higher floor "
    f"than 100,000; {_HIGHER} (行政处罚法 Art. 29 before the Code). The statute and the Code reach "
    "every discharger, so the regulation applies only where the offender is such a unit"
)


def _falsified_concurrent(*, discharge: bool, always: str | None = None) -> tuple[Data, ...]:
    """生态环境监测条例 Art. 44 and, for a discharge by falsified data, 排污许可管理条例 Art. 34 (2).

    ``always``: why every offender of the kind is an enterprise or public institution, so that
    Art. 44 always fines the act; without it Art. 44 applies only where the offender is one.
    """
    monreg_44 = provision(
        article(
            monreg.INSTRUMENT,
            44,
            _MONREG_44 + "，对直接负责的主管人员和其他直接责任人员处5万元以上20万元以下的罚款",
        ),
        yuan(100_000, 1_000_000),
        persons=yuan(50_000, 200_000),
        note=f"{_MONREG_44_NOTE}. "
        + (
            always
            if always is not None
            else "The statute and the Code also reach an other producer or operator "
            "(其他生产经营者), which Art. 44 does not: it applies only where the offender is an "
            "enterprise or public institution."
        ),
        condition=None if always is not None else (_ENTERPRISE_ZH, _ENTERPRISE_EN),
    )
    out = [monreg_44]
    if discharge:
        out.append(
            provision(
                article(
                    permit.INSTRUMENT,
                    34,
                    "违反本条例规定，排污单位有下列行为之一的，由生态环境主管部门责令改正或者限制生产、"
                    "停产整治，处20万元以上100万元以下的罚款；……(二)通过暗管、渗井、渗坑、灌注或者"
                    "篡改、伪造监测数据，或者不正常运行污染防治设施等逃避监管的方式违法排放污染物。",
                    item=2,
                ),
                yuan(200_000, 1_000_000),
                note=f"{_PERMIT_34_2_NOTE}.",
                condition=(_UNDER_PERMIT_ZH, _UNDER_PERMIT_EN),
            )
        )
    return tuple(out)


# ---------------------------------------------------------------- Code citations


def _code_1086(item: int, text: str, note: str | None = None) -> Citation:
    return article(
        code.INSTRUMENT, 1086, _CODE_1086 + "……" + text, paragraph=1, item=item, note=note
    )


def _code_1086_basis(
    item: int, text: str, *, note: str | None = None, concurrent: tuple[Data, ...] = ()
) -> Data:
    return basis(
        _code_1086(item, text, note),
        _2W_20W,
        enforcers=("supervisory_departments",),
        measures=("order_correction", "restrict_production"),
        daily_note=_CODE_DAILY_NO,
        concurrent=concurrent,
    )


_CODE_1087 = (
    "违反本法规定，企业事业单位和其他生产经营者开展生态环境监测使用不符合法律、行政法规规定和国家标准"
    "的监测设施、设备，或者未遵守监测规范导致监测数据失真的，由负有生态环境保护监督管理职责的部门、"
    "机构按照职责分工责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令限制生产、停产整治。"
)
_CODE_1088 = (
    "违反本法规定，企业事业单位和其他生产经营者对生态环境监测数据弄虚作假，或者指使其委托的生态环境"
    "监测机构对监测数据弄虚作假的，由负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，"
    "处十万元以上一百万元以下的罚款，并对其直接负责的主管人员和其他直接责任人员处五万元以上二十万元"
    "以下的罚款；情节严重的，责令限制生产、停产整治。"
)
_CODE_1089_1 = (
    "违反本法规定，生态环境监测机构不具备相应的设施、设备、技术人员、技术能力、管理能力，或者不依法"
    "备案的，由生态环境主管部门责令改正，没收违法所得，并处二万元以上二十万元以下的罚款；拒不改正的，"
    "报经有批准权的人民政府批准，责令停业。"
)
_CODE_1090 = (
    "违反本法规定，生态环境监测机构使用不符合法律、行政法规规定和国家标准的监测设施、设备，或者未遵守"
    "监测规范导致监测数据失真的，由负有生态环境保护监督管理职责的部门、机构按照职责分工责令改正，没收"
    "违法所得，并处二万元以上二十万元以下的罚款；拒不改正的，有许可证的吊销许可证，报经有批准权的人民"
    "政府批准，责令停业、关闭。"
)
_CODE_1093 = (
    "违反本法规定，单位和个人以侵占、损毁或者擅自移动、改变等方式干扰、破坏生态环境监测设施、设备或者"
    "指使干扰、破坏生态环境监测设施、设备的，由负有生态环境保护监督管理职责的部门、机构按照职责分工"
    "责令改正，处二万元以上二十万元以下的罚款；"
)


def _code_1088_basis(note: str, *, discharge: bool, always: str | None = None) -> Data:
    return basis(
        article(code.INSTRUMENT, 1088, _CODE_1088, note=note),
        yuan(100_000, 1_000_000),
        persons=yuan(50_000, 200_000),
        enforcers=("supervisory_departments",),
        measures=("order_correction", "restrict_production"),
        daily_note="Falsifying data is not itself a discharge, so Code Art. 1060 does not "
        "reach it; falsified data used to discharge is evading supervision (Art. 1108).",
        concurrent=_falsified_concurrent(discharge=discharge, always=always),
    )


def _code_1093_basis(*, concurrent: tuple[Data, ...] = ()) -> Data:
    return basis(
        article(code.INSTRUMENT, 1093, _CODE_1093),
        _2W_20W,
        enforcers=("supervisory_departments",),
        measures=("order_correction",),
        daily_note=_CODE_DAILY_NO,
        concurrent=concurrent,
    )


_MONREG_40 = (
    "侵占、损毁生态环境质量监测站点及其设施、设备，或者干扰生态环境质量监测站点正常运行的，由生态环境"
    "主管部门或者其他有关部门依据职责责令改正，处2万元以上20万元以下的罚款。"
)


def _monreg_40(note: str, condition: tuple[str, str] | None = None) -> Data:
    return provision(
        article(monreg.INSTRUMENT, 40, _MONREG_40), _2W_20W, note=note, condition=condition
    )


_MONREG_40_STATION = (
    "被侵占、损毁、移动、改变或者干扰的是生态环境质量监测站点及其设施、设备",
    (
        "what was occupied, damaged, moved, altered or disturbed is an environmental quality "
        "monitoring station or its facilities or equipment"
    ),
)
_MONREG_40_NOTE = (
    "生态环境监测条例 Art. 40 (from 2026-01-01) fines interference with an environmental quality "
    "monitoring station only, not with an emission monitoring device: it applies only where the "
    "facility is such a station; then the same 20,000–200,000 range, so the higher-fine rule "
    "(行政处罚法 Art. 29; Code Art. 1055) makes no difference."
)
_P36_DAMAGE_IF = (
    f"{_UNDER_PERMIT_ZH}，损毁或者擅自移动、改变的是其污染物排放自动监测设备",
    (
        f"{_UNDER_PERMIT_EN} and what it damaged, moved or altered is its automatic emission "
        "monitoring device"
    ),
)


# ---------------------------------------------------------------- kinds

_SELF_MONITORING_KW = ("自行监测", "原始监测记录", "监测方案", "self-monitoring", "records")
_AUTOMATIC_KW = ("自动监测", "联网", "在线监测", "automatic monitoring", "networked")

KINDS = (
    # ------------------------------------------------ Art. 1086 ¶1 (1): self-monitoring
    kind(
        "monitoring.air-not-self-monitored",
        "未按照规定对所排放的工业废气和有毒有害大气污染物进行监测并保存原始监测记录",
        "industrial waste gas and toxic air pollutants not monitored or raw records not kept",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                100,
                _AIR_100 + "……" + "（二）未按照规定对所排放的工业废气和"
                "有毒有害大气污染物进行监测并保存原始监测记录的；",
                item=2,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_AIR_100_DAILY,
            concurrent=_self_monitoring_concurrent(),
        ),
        _code_1086_basis(1, _C1086_1, concurrent=_self_monitoring_concurrent()),
        keywords=(*_SELF_MONITORING_KW, "废气", "air"),
    ),
    kind(
        "monitoring.water-not-self-monitored",
        "未按照规定对所排放的水污染物自行监测，或者未保存原始监测记录",
        "water pollutants not self-monitored or raw monitoring records not kept",
        "monitoring",
        basis(
            article(
                water.INSTRUMENT,
                82,
                _WATER_82 + "……" + "（一）未按照规定对所排放的水污染物"
                "自行监测，或者未保存原始监测记录的；",
                item=1,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_WATER_82_DAILY,
            concurrent=_self_monitoring_concurrent(),
        ),
        _code_1086_basis(1, _C1086_1, concurrent=_self_monitoring_concurrent()),
        keywords=(*_SELF_MONITORING_KW, "废水", "water"),
    ),
    kind(
        "monitoring.soil-not-self-monitored",
        "土壤污染重点监管单位未制定、实施自行监测方案，或者未将监测数据报生态环境主管部门",
        "key soil-supervision unit without a self-monitoring plan, or its data not reported",
        "monitoring",
        basis(
            article(
                soil.INSTRUMENT,
                86,
                _SOIL_86 + "……（一）土壤污染重点监管单位未制定、实施自行监测方案，或者未将监测数据"
                "报生态环境主管部门的；……有前款规定行为之一的，处二万元以上二十万元以下的罚款；",
                paragraph=1,
                item=1,
                note="The amounts are in ¶2 (有前款规定行为之一的).",
            ),
            _2W_20W,
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge; the 土壤污染防治法 has no daily penalty.",
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            note="未对…土壤污染状况自行监测，未制定自行监测方案…以及未如实报告 covers the key "
            "soil-supervision unit's self-monitoring and reporting.",
        ),
        keywords=("土壤污染重点监管单位", "自行监测方案", "土壤", "soil", "self-monitoring"),
    ),
    kind(
        "monitoring.noise-not-self-monitored",
        "实行排污许可管理的单位未按照规定对工业噪声开展自行监测，或者未保存原始监测记录",
        "permit-holding unit not self-monitoring its industrial noise or not keeping raw records",
        "monitoring",
        basis(
            article(
                noise.INSTRUMENT,
                76,
                "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处二万元以上二十万元以下的"
                "罚款；拒不改正的，责令限制生产、停产整治：（一）实行排污许可管理的单位未按照规定对工业"
                "噪声开展自行监测，未保存原始监测记录，",
                item=1,
                note="The 环境噪声污染防治法 (2018) did not fine this conduct: no basis before "
                "2022-06-05. The rest of item 1 (未向社会公开监测结果) is disclosure, Code Art. 1110.",
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge; the 噪声污染防治法 has no daily penalty.",
            concurrent=_self_monitoring_concurrent(),
        ),
        _code_1086_basis(1, _C1086_1, concurrent=_self_monitoring_concurrent()),
        keywords=(*_SELF_MONITORING_KW, "工业噪声", "noise"),
    ),
    kind(
        "monitoring.rail-noise-not-monitored",
        "城市轨道交通运营单位、铁路运输企业未按照国家规定进行噪声监测，或者未保存原始监测记录",
        "urban rail operator or railway company not monitoring noise or not keeping raw records",
        "monitoring",
        basis(
            article(
                noise.INSTRUMENT,
                80,
                _NOISE_80 + "……（二）城市轨道交通运营单位、铁路运输企业未按照国家规定进行监测，或者"
                "未保存原始监测记录的；",
                item=2,
                note="The 环境噪声污染防治法 (2018) did not fine this conduct: no basis before "
                "2022-06-05.",
            ),
            _REFUSED_5K,
            enforcers=("transport", "railway", "local_designated"),
            measures=("order_correction",),
            daily_note="Not a discharge; the 噪声污染防治法 has no daily penalty.",
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            note="The Code keeps the duty (Book 2: 按照国家规定进行监测，保存原始监测记录) and its "
            "noise section has no item for it: the general self-monitoring item fines it (our "
            "reading).",
        ),
        keywords=("轨道交通", "铁路", "噪声监测", "railway", "noise monitoring"),
    ),
    kind(
        "monitoring.airport-noise-not-monitored",
        "民用机场管理机构未按照国家规定对机场周围民用航空器噪声进行监测，未保存原始监测记录，或者"
        "监测结果未定期报送",
        "airport authority not monitoring aircraft noise, not keeping raw records or not reporting",
        "monitoring",
        basis(
            article(
                noise.INSTRUMENT,
                80,
                _NOISE_80
                + "……（四）民用机场管理机构未按照国家规定对机场周围民用航空器噪声进行监测，"
                "未保存原始监测记录，或者监测结果未定期报送的。",
                item=4,
                note="The 环境噪声污染防治法 (2018) did not fine this conduct: no basis before "
                "2022-06-05.",
            ),
            _REFUSED_5K,
            enforcers=("civil_aviation", "local_designated"),
            measures=("order_correction",),
            daily_note="Not a discharge; the 噪声污染防治法 has no daily penalty.",
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            note="The Code keeps the duty (Book 2: 对机场周围民用航空器噪声进行监测…定期…报告) and "
            "its noise section has no item for it: the general self-monitoring item, with 未如实"
            "报告, fines it (our reading).",
        ),
        keywords=("民用机场", "航空器噪声", "噪声监测", "airport", "aircraft noise"),
    ),
    kind(
        "monitoring.aquaculture-tail-water-not-monitored",
        "未按照有关规定对养殖尾水自行监测",
        "aquaculture tail water not self-monitored",
        "monitoring",
        basis(
            article(
                marine.INSTRUMENT,
                98,
                "违反本法规定，从事海水养殖活动有下列行为之一，由依照本法规定行使海洋环境监督管理权的"
                "部门或者机构责令改正，处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的人民"
                "政府批准，责令停业、关闭：……（四）未按照有关规定对养殖尾水自行监测的。",
                item=4,
                note="New in the 2023 revision: the 海洋环境保护法 (2017) did not fine it, so there "
                "is no basis before 2024-01-01.",
            ),
            _2W_20W,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "close"),
            daily_note="Not a discharge: 海洋环境保护法 Art. 113 (discharges into the sea) does "
            "not reach it.",
        ),
        _code_1086_basis(1, _C1086_1),
        keywords=("养殖尾水", "自行监测", "海水养殖", "aquaculture", "tail water"),
    ),
    kind(
        "monitoring.radioactive-results-not-reported",
        "不按照规定报告有关环境监测结果（放射性污染防治）",
        "environmental monitoring results not reported as required (radioactive pollution)",
        "monitoring",
        basis(
            article(
                radio.INSTRUMENT,
                49,
                "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护行政主管部门或者其他有关部门"
                "依据职权责令限期改正，可以处二万元以下罚款：（一）不按照规定报告有关环境监测结果的；",
                item=1,
            ),
            cap(20_000, optional=True),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note="Not a discharge; the 放射性污染防治法 has no daily penalty.",
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            note="The Code's radioactive section has no item for unreported monitoring results; "
            "未对所排放的污染物…自行监测…以及未如实报告 fines them (our reading).",
        ),
        keywords=("放射性", "监测结果", "报告", "radioactive", "monitoring results"),
    ),
    kind(
        "monitoring.no-ledger",
        "未建立环境管理台账记录制度，未按照排污许可证规定记录，或者未如实记录",
        "no environmental management ledger, or not kept as the permit requires or untruthfully",
        "monitoring",
        basis(
            article(
                permit.INSTRUMENT,
                37,
                _PERMIT_37
                + "(一)未建立环境管理台账记录制度，或者未按照排污许可证规定记录；(二)未如实"
                "记录主要生产设施及污染防治设施运行情况或者污染物排放浓度、排放量；",
                note="Items 1 and 2 (the kind is both: no ledger or not kept as the permit "
                "requires, and untruthful records). No statute fined the ledger before the "
                "regulation took effect on 2021-03-01.",
            ),
            per_unit("occasion", 5_000, 20_000),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note="Not a discharge; 排污许可管理条例 Art. 38 reaches discharges only.",
            until=_UNTIL,
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            concurrent=(
                provision(
                    article(
                        permit.INSTRUMENT,
                        37,
                        _PERMIT_37
                        + "(一)未建立环境管理台账记录制度，或者未按照排污许可证规定记录；",
                        item=1,
                    ),
                    per_unit("occasion", 5_000, 20_000),
                    note="Still in force, for the first half of the kind only (no ledger, or not "
                    "kept as the permit requires; untruthful records are item (2)): 5,000–20,000 "
                    f"yuan each time against the Code's 20,000–200,000 for the act; {_HIGHER}.",
                    condition=(
                        "排污单位未建立环境管理台账记录制度，或者未按照排污许可证规定记录",
                        (
                            "the unit kept no environmental management ledger, or did not record as "
                            "its permit requires"
                        ),
                    ),
                ),
                provision(
                    article(
                        permit.INSTRUMENT,
                        37,
                        _PERMIT_37 + "……(二)未如实记录主要生产设施及污染防治设施运行情况或者"
                        "污染物排放浓度、排放量；",
                        item=2,
                    ),
                    per_unit("occasion", 5_000, 20_000),
                    note="Still in force, for untruthful records only (the second half of the "
                    f"kind): 5,000–20,000 yuan each time; {_HIGHER}.",
                    condition=(
                        (
                            "排污单位未如实记录主要生产设施及污染防治设施运行情况或者污染物排放浓度、"
                            "排放量"
                        ),
                        (
                            "the unit recorded the operation of its main production or pollution "
                            "control facilities, or its discharge concentrations or quantities, "
                            "untruthfully"
                        ),
                    ),
                ),
            ),
        ),
        keywords=("台账", "环境管理台账", "记录", "ledger", "records"),
    ),
    kind(
        "monitoring.coating-ledger-not-kept",
        "工业涂装企业未建立、保存台账",
        "industrial coating works not keeping its VOC ledger",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                108,
                "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正，处二万元"
                "以上二十万元以下的罚款；拒不改正的，责令停产整治：……（二）工业涂装企业未使用低挥发性"
                "有机物含量涂料或者未建立、保存台账的；",
                item=2,
                note="The ledger branch of item 2 only (Art. 46: 记录生产原料、辅料的使用量、废弃量、"
                "去向以及挥发性有机物含量); the Code moved it to Art. 1086 ¶1 (1) and kept the "
                "low-VOC coatings in Art. 1120 ¶1 (1) (kind air.coating-low-voc-not-used).",
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note="大气污染防治法 Art. 123 does not list Art. 108: no daily penalty.",
            concurrent=(
                provision(
                    article(
                        permit.INSTRUMENT,
                        37,
                        _PERMIT_37
                        + "(一)未建立环境管理台账记录制度，或者未按照排污许可证规定记录；",
                        item=1,
                    ),
                    per_unit("occasion", 5_000, 20_000),
                    note="From 2021-03-01, only where the works is a unit under discharge-permit "
                    "management whose ledger (as its permit requires) covers the VOC records: "
                    f"5,000–20,000 yuan each time; {_HIGHER}.",
                    condition=_COATING_LEDGER_IF,
                ),
            ),
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            note="未建立管理台账…未保存…管理台账.",
            concurrent=(
                provision(
                    article(
                        permit.INSTRUMENT,
                        37,
                        _PERMIT_37
                        + "(一)未建立环境管理台账记录制度，或者未按照排污许可证规定记录；",
                        item=1,
                    ),
                    per_unit("occasion", 5_000, 20_000),
                    note="Only where the works is a unit under discharge-permit management and the "
                    "ledger its permit requires is the one missing: 5,000–20,000 yuan each time; "
                    f"{_HIGHER}.",
                    condition=_COATING_LEDGER_IF,
                ),
            ),
        ),
        keywords=("台账", "工业涂装", "挥发性有机物", "VOCs", "ledger", "coating"),
    ),
    kind(
        "monitoring.emissions-not-truthfully-reported",
        "未如实报告污染物排放行为或者污染物排放浓度、排放量",
        "discharges or their concentrations and quantities not truthfully reported",
        "monitoring",
        basis(
            article(
                permit.INSTRUMENT,
                37,
                _PERMIT_37 + "……(四)未如实报告污染物排放行为或者污染物排放浓度、排放量。",
                item=4,
                note="No statute fined this before the regulation took effect on 2021-03-01.",
            ),
            per_unit("occasion", 5_000, 20_000),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note="Not a discharge; 排污许可管理条例 Art. 38 reaches discharges only.",
            until=_UNTIL,
        ),
        _code_1086_basis(
            1,
            _C1086_1,
            note="以及未如实报告.",
            concurrent=(
                provision(
                    article(
                        permit.INSTRUMENT,
                        37,
                        _PERMIT_37 + "……(四)未如实报告污染物排放行为或者污染物排放浓度、排放量。",
                        item=4,
                    ),
                    per_unit("occasion", 5_000, 20_000),
                    note="Still in force and always applies: the kind is the act item (4) names "
                    "(its earlier basis), by the unit under permit management it binds; "
                    "5,000–20,000 yuan each time against the Code's 20,000–200,000 for the act; "
                    f"{_HIGHER}.",
                ),
            ),
        ),
        keywords=("如实报告", "执行报告", "排放量", "untruthful report", "emissions"),
    ),
    # ------------------------------------------------ Art. 1086 ¶1 (2): automatic monitoring
    kind(
        "monitoring.not-networked",
        "未按照规定安装、使用大气污染物排放自动监测设备或者未与监控设备联网",
        "air-emission automatic monitoring not installed, not used or not networked",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                100,
                _AIR_100 + "……（三）未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定与"
                "生态环境主管部门的监控设备联网，并保证监测设备正常运行的；",
                item=3,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_AIR_100_DAILY,
            concurrent=_network_concurrent(),
        ),
        _code_1086_basis(2, _C1086_2, concurrent=_network_concurrent()),
        keywords=(*_AUTOMATIC_KW, "大气", "air"),
    ),
    kind(
        "monitoring.not-running",
        "未保证大气污染物排放自动监测设备正常运行",
        "air-emission automatic monitoring not kept running",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                100,
                _AIR_100 + "……（三）未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定与"
                "生态环境主管部门的监控设备联网，并保证监测设备正常运行的；",
                item=3,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_AIR_100_DAILY,
            concurrent=_running_concurrent(),
        ),
        _code_1086_basis(2, _C1086_2, concurrent=_running_concurrent()),
        keywords=("自动监测", "正常运行", "运维", "automatic monitoring", "not running"),
    ),
    kind(
        "monitoring.water-not-networked",
        "未按照规定安装水污染物排放自动监测设备或者未与监控设备联网",
        "water-discharge automatic monitoring not installed or not networked",
        "monitoring",
        basis(
            article(
                water.INSTRUMENT,
                82,
                _WATER_82 + "……（二）未按照规定安装水污染物排放自动监测设备，未按照规定与环境保护"
                "主管部门的监控设备联网，或者未保证监测设备正常运行的；",
                item=2,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_WATER_82_DAILY,
            concurrent=_network_concurrent(),
        ),
        _code_1086_basis(2, _C1086_2, concurrent=_network_concurrent()),
        keywords=(*_AUTOMATIC_KW, "水污染物", "water"),
    ),
    kind(
        "monitoring.water-not-running",
        "未保证水污染物排放自动监测设备正常运行",
        "water-discharge automatic monitoring not kept running",
        "monitoring",
        basis(
            article(
                water.INSTRUMENT,
                82,
                _WATER_82 + "……（二）未按照规定安装水污染物排放自动监测设备，未按照规定与环境保护"
                "主管部门的监控设备联网，或者未保证监测设备正常运行的；",
                item=2,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_WATER_82_DAILY,
            concurrent=_running_concurrent(),
        ),
        _code_1086_basis(2, _C1086_2, concurrent=_running_concurrent()),
        keywords=("自动监测", "正常运行", "水污染物", "automatic monitoring", "water"),
    ),
    kind(
        "monitoring.anomaly-not-reported",
        "自动监测数据异常或者超标等异常情况未及时报告",
        "abnormal monitoring data not reported",
        "monitoring",
        basis(
            article(
                permit.INSTRUMENT,
                36,
                _PERMIT_36 + "……" + _P36_ANOMALY,
                item=8,
                note="No statute fined this before the regulation took effect on 2021-03-01.",
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge; 排污许可管理条例 Art. 38 reaches discharges only.",
            concurrent=(_m42_anomaly(),),
            until=_UNTIL,
        ),
        _code_1086_basis(
            2,
            _C1086_2,
            note="以及未如实报告: the duty to report abnormal transmitted data is Code Art. 184 ¶2.",
            concurrent=(
                _permit_36(
                    8,
                    _P36_ANOMALY,
                    "排污许可管理条例 Art. 36 (8) stays in force and always applies: the kind is the "
                    "act that item names (its earlier basis), by the unit under permit management "
                    f"that item binds; the same 20,000–200,000 range, {_HIGHER}, which is the "
                    "same.",
                ),
                _m42_anomaly(),
            ),
        ),
        keywords=("数据异常", "异常报告", "自动监测", "abnormal data", "report"),
    ),
    kind(
        "monitoring.noise-automatic-monitoring",
        "噪声重点排污单位未按照国家规定安装、使用、维护噪声自动监测设备，或者未与监控设备联网",
        "key noise emitter without working or networked automatic noise monitoring",
        "monitoring",
        basis(
            article(
                noise.INSTRUMENT,
                76,
                "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处二万元以上二十万元以下的"
                "罚款；拒不改正的，责令限制生产、停产整治：……（二）噪声重点排污单位未按照国家规定"
                "安装、使用、维护噪声自动监测设备，或者未与生态环境主管部门的监控设备联网的。",
                item=2,
                note="The 环境噪声污染防治法 (2018) did not fine this conduct: no basis before "
                "2022-06-05.",
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge; the 噪声污染防治法 has no daily penalty.",
            concurrent=_network_concurrent(),
        ),
        _code_1086_basis(2, _C1086_2, concurrent=_network_concurrent()),
        keywords=(*_AUTOMATIC_KW, "噪声", "noise"),
    ),
    kind(
        "monitoring.construction-noise-monitoring",
        "在噪声敏感建筑物集中区域施工作业的建设单位未按照国家规定设置噪声自动监测系统，未与监督"
        "管理部门联网，或者未保存原始监测记录",
        "project owner building in a noise-sensitive area without networked automatic noise "
        "monitoring or raw records",
        "monitoring",
        basis(
            article(
                noise.INSTRUMENT,
                78,
                "违反本法规定，有下列行为之一，由工程所在地人民政府指定的部门责令改正，处五千元以上"
                "五万元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款：……（三）在噪声敏感"
                "建筑物集中区域施工作业的建设单位未按照国家规定设置噪声自动监测系统，未与监督管理部门"
                "联网，或者未保存原始监测记录的；",
                item=3,
                note="The 环境噪声污染防治法 (2018) did not fine this conduct: no basis before "
                "2022-06-05.",
            ),
            _REFUSED_5K,
            enforcers=("local_designated",),
            measures=("order_correction",),
            daily_note="Not a discharge; the 噪声污染防治法 has no daily penalty.",
        ),
        _code_1086_basis(
            2,
            _C1086_2,
            note="The Code keeps the duty (Book 2: 设置噪声自动监测系统，与监督管理部门联网，保存原始"
            "监测记录) and its noise section has no item for it: the automatic-monitoring item "
            "fines it (our reading).",
        ),
        keywords=("施工噪声", "噪声自动监测", "建设单位", "construction noise", "monitoring"),
    ),
    kind(
        "monitoring.sea-outfall-not-monitored",
        "入海排污口的责任主体未按照规定开展监控、自动监测",
        "party responsible for a sea outfall not running the required monitoring",
        "monitoring",
        basis(
            article(
                marine.INSTRUMENT,
                99,
                "违反本法规定，入海排污口的责任主体未按照规定开展监控、自动监测的，由生态环境主管部门"
                "责令改正，处二万元以上十万元以下的罚款；拒不改正的，可以责令停产整治。",
                paragraph=3,
                note="New in the 2023 revision: the 海洋环境保护法 (2017) did not fine it, so there "
                "is no basis before 2024-01-01.",
            ),
            yuan(20_000, 100_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge: 海洋环境保护法 Art. 113 does not reach it.",
        ),
        _code_1086_basis(2, _C1086_2),
        keywords=("入海排污口", "自动监测", "监控", "sea outfall", "monitoring"),
    ),
    # ------------------------------------------------ Art. 1086 ¶1 (3): toxic pollutants
    kind(
        "monitoring.toxic-water-outlet-not-monitored",
        "未按照规定对有毒有害水污染物的排污口和周边环境进行监测，或者未公开有毒有害水污染物信息",
        "outlet of toxic water pollutants and its surroundings not monitored, or not disclosed",
        "monitoring",
        basis(
            article(
                water.INSTRUMENT,
                82,
                _WATER_82 + "……（三）未按照规定对有毒有害水污染物的排污口和周边环境进行监测，或者"
                "未公开有毒有害水污染物信息的。",
                item=3,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_WATER_82_DAILY,
        ),
        _code_1086_basis(3, _C1086_3),
        keywords=("有毒有害", "排污口", "周边环境", "toxic", "outlet monitoring"),
    ),
    kind(
        "monitoring.toxic-air-outlet-not-monitored",
        "排放有毒有害大气污染物的企业事业单位未按照规定对排放口和周边环境进行定期监测",
        "emitter of listed toxic air pollutants not monitoring its outlets and surroundings",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                117,
                "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境等主管部门按照职责责令改正，"
                "处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治：……（六）排放"
                "有毒有害大气污染物名录中所列有毒有害大气污染物的企业事业单位，未按照规定建设环境风险"
                "预警体系或者对排放口和周边环境进行定期监测、排查环境安全隐患并采取有效措施防范环境"
                "风险的；",
                item=6,
                note="The monitoring branch of item 6 only; the Code moved it to Art. 1086 ¶1 (3) "
                "and kept the rest (early-warning system, hazard checks) in Art. 1130 ¶1 (6).",
            ),
            yuan(10_000, 100_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "restrict_production"),
            daily_note="大气污染防治法 Art. 123 (4) covers dust only, not item 6: no daily penalty.",
        ),
        _code_1086_basis(3, _C1086_3),
        keywords=("有毒有害大气污染物", "排放口", "定期监测", "toxic air", "outlet monitoring"),
    ),
    # ------------------------------------------------ Art. 1086 ¶2: household-waste plants
    kind(
        "monitoring.waste-plant-not-monitoring",
        "生活垃圾处理单位未按照规定安装使用监测设备、实时监测污染物的排放情况并公开污染排放数据",
        "household-waste treatment plant without real-time emission monitoring and disclosure",
        "monitoring",
        basis(
            article(
                waste.INSTRUMENT,
                102,
                "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；情节"
                "严重的，报经有批准权的人民政府批准，可以责令停业或者关闭：……（二）生活垃圾处理单位"
                "未按照国家有关规定安装使用监测设备、实时监测污染物的排放情况并公开污染排放数据的；……"
                "有前款第二项、第三项、第四项、第五项、第六项、第九项、第十项、第十一项行为之一，处十万元"
                "以上一百万元以下的罚款；",
                paragraph=1,
                item=2,
                note="The amounts are in ¶2.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note="Not a discharge of solid waste: 固体废物污染环境防治法 Art. 119 does not "
            "reach it.",
        ),
        basis(
            article(
                code.INSTRUMENT,
                1086,
                "违反本法规定，生活垃圾处理单位未安装、使用污染物排放监测设备，实时监测污染物的排放"
                "情况并公开污染排放数据的，由生态环境主管部门责令改正，处五万元以上五十万元以下的罚款；"
                "拒不改正的，处五十万元以上一百万元以下的罚款。",
                paragraph=2,
            ),
            tiers(
                band(
                    yuan(500_000, 1_000_000),
                    fact("refused_to_correct"),
                    zh="拒不改正",
                    en="refused to correct",
                ),
                band(yuan(50_000, 500_000)),
            ),
            enforcers=("ecology_environment",),
            measures=("order_correction",),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("生活垃圾", "焚烧", "实时监测", "公开", "waste incineration", "monitoring"),
    ),
    # ------------------------------------------------ Art. 1087: enterprises' equipment and norms
    kind(
        "monitoring.nonconforming-equipment-used",
        "企业事业单位和其他生产经营者开展生态环境监测使用不符合国家标准或者规范的监测设施、设备",
        "enterprise monitoring with equipment that fails national standards",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                42,
                _MONREG_42
                + "……（二）使用不符合国家标准或者规范的监测设备，或者未对监测设备进行经常性"
                "维护、保养或者定期检定、校准；",
                paragraph=1,
                item=2,
                note=_MONREG_ONLY,
            ),
            _2W_20W,
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "suspend"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        basis(
            article(code.INSTRUMENT, 1087, _CODE_1087),
            _2W_20W,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                _monreg_42_if(
                    _M42_MAINTENANCE,
                    2,
                    (
                        f"{_ENTERPRISE_ZH}，在开展自行监测中使用不符合国家标准或者规范的监测设备",
                        f"{_ENTERPRISE_EN} and used the equipment in its own self-monitoring",
                    ),
                ),
            ),
        ),
        keywords=("监测设备", "不符合国家标准", "检定", "校准", "monitoring equipment"),
    ),
    kind(
        "monitoring.norms-breached-data-distorted",
        "企业事业单位和其他生产经营者开展生态环境监测未遵守监测规范导致监测数据失真",
        "enterprise breaching monitoring norms so that the data are distorted",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                42,
                _MONREG_42 + "（一）不遵守生态环境监测规范或者标准，导致监测数据失真；",
                paragraph=1,
                item=1,
                note=_MONREG_ONLY,
            ),
            _2W_20W,
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "suspend"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        basis(
            article(code.INSTRUMENT, 1087, _CODE_1087),
            _2W_20W,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "restrict_production"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                _monreg_42_if(
                    "（一）不遵守生态环境监测规范或者标准，导致监测数据失真；",
                    1,
                    (
                        (
                            f"{_ENTERPRISE_ZH}，在开展自行监测中不遵守生态环境监测规范或者标准，导致"
                            "监测数据失真"
                        ),
                        f"{_ENTERPRISE_EN} and the distorted data were of its own self-monitoring",
                    ),
                ),
            ),
        ),
        keywords=("监测规范", "数据失真", "自行监测", "monitoring norms", "distorted data"),
    ),
    # ------------------------------------------------ Art. 1088: falsified data
    kind(
        "monitoring.falsified-data",
        "篡改、伪造监测数据（以篡改、伪造监测数据逃避监管排放大气污染物）",
        "falsified or tampered monitoring data (air: discharging by falsified data)",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                99,
                "违反本法规定，有下列行为之一的，由县级以上人民政府生态环境主管部门责令改正或者"
                "限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的"
                "人民政府批准，责令停业、关闭：……（三）通过逃避监管的方式排放大气污染物的。",
                item=3,
                note="大气污染防治法 Art. 20 ¶2 counts tampering with or falsifying monitoring data "
                "as evading supervision, which Art. 99 (3) punishes: before the Code falsified air "
                "data were fined as the means of a discharge, not on their own.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=daily(air.ART_123.model_copy(update={"item": 3})),
            daily_note="大气污染防治法 Art. 123 (3) allows the daily penalty for Art. 99 (3).",
            concurrent=_falsified_concurrent(discharge=True),
        ),
        _code_1088_basis(
            "Where falsified data were the means of discharging, the conduct is also evading "
            "supervision (Art. 1108, kind air.evading-monitoring).",
            discharge=True,
        ),
        keywords=("弄虚作假", "篡改", "伪造", "监测数据", "falsified", "monitoring data"),
        never_lenient=True,
    ),
    kind(
        "monitoring.falsified-data-water",
        "篡改、伪造监测数据（以篡改、伪造监测数据逃避监管排放水污染物）",
        "falsified or tampered monitoring data (water: discharging by falsified data)",
        "monitoring",
        basis(
            article(
                water.INSTRUMENT,
                83,
                "违反本法规定，有下列行为之一的，由县级以上人民政府环境保护主管部门责令改正或者责令"
                "限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民"
                "政府批准，责令停业、关闭：……（三）利用渗井、渗坑、裂隙、溶洞，私设暗管，篡改、伪造"
                "监测数据，或者不正常运行水污染防治设施等逃避监管的方式排放水污染物的；",
                item=3,
                note="Before the Code falsified water data were fined as the means of a discharge, "
                "not on their own.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production", "close"),
            daily_penalty=daily(
                article(
                    water.INSTRUMENT,
                    95,
                    "企业事业单位和其他生产经营者违法排放水污染物，受到罚款处罚，被责令改正的，依法作出"
                    "处罚决定的行政机关应当组织复查，发现其继续违法排放水污染物或者拒绝、阻挠复查的，"
                    "依照《中华人民共和国环境保护法》的规定按日连续处罚。",
                ),
                obstruction_counts=True,
            ),
            daily_note="The act is a discharge of water pollutants: 水污染防治法 Art. 95 (with "
            "环境保护法 Art. 59) allows the daily penalty, and counts refusing or obstructing the "
            "re-inspection.",
            concurrent=_falsified_concurrent(discharge=True),
        ),
        _code_1088_basis(
            "Where falsified data were the means of discharging, the conduct is also evading "
            "supervision (Art. 1108, kind water.evading-monitoring).",
            discharge=True,
        ),
        keywords=("弄虚作假", "篡改", "伪造", "监测数据", "水污染物", "falsified"),
        never_lenient=True,
    ),
    kind(
        "monitoring.falsified-data-soil",
        "土壤污染重点监管单位篡改、伪造监测数据",
        "key soil-supervision unit falsifying or tampering with monitoring data",
        "monitoring",
        basis(
            article(
                soil.INSTRUMENT,
                86,
                _SOIL_86 + "……（二）土壤污染重点监管单位篡改、伪造监测数据的；……有前款规定行为之一"
                "的，处二万元以上二十万元以下的罚款；有前款第二项、第四项、第五项、第七项规定行为之一，"
                "造成严重后果的，处二十万元以上二百万元以下的罚款。",
                paragraph=1,
                item=2,
                note="The amounts are in ¶2.",
            ),
            tiers(
                band(
                    yuan(200_000, 2_000_000),
                    fact("severe_consequences"),
                    zh="造成严重后果",
                    en="severe consequences",
                ),
                band(_2W_20W),
            ),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge; the 土壤污染防治法 has no daily penalty.",
            concurrent=_falsified_concurrent(discharge=False),
        ),
        _code_1088_basis(
            "Falsified soil monitoring data of a key soil-supervision unit.", discharge=False
        ),
        keywords=("土壤污染重点监管单位", "篡改", "伪造", "监测数据", "soil", "falsified"),
        never_lenient=True,
    ),
    kind(
        "monitoring.falsified-data-other",
        "企事业单位对自行监测数据弄虚作假（非以之排放大气、水污染物，非土壤污染重点监管单位）",
        "enterprise falsifying its self-monitoring data (other cases)",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                44,
                _MONREG_44 + "，对直接负责的主管人员和其他直接责任人员处5万元以上20万元以下的罚款；"
                "情节严重的，责令停产停业。",
                note="Falsified data not used to discharge air or water pollutants (kinds "
                "monitoring.falsified-data and monitoring.falsified-data-water) and not by a key "
                "soil-supervision unit (monitoring.falsified-data-soil). " + _MONREG_ONLY,
            ),
            yuan(100_000, 1_000_000),
            persons=yuan(50_000, 200_000),
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction", "suspend"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        _code_1088_basis(
            "Falsified monitoring data, on their own.",
            discharge=False,
            always="The kind is an enterprise's or public institution's falsified self-monitoring "
            "data, the act Art. 44 names (its earlier basis): Art. 44 always fines it.",
        ),
        keywords=("弄虚作假", "篡改", "伪造", "监测数据", "falsified", "self-monitoring"),
        never_lenient=True,
    ),
    # ------------------------------------------------ Art. 1089: monitoring agencies
    kind(
        "monitoring.agency-lacking-capacity",
        "生态环境监测机构不具备相应的设施、设备、技术人员、技术能力、管理能力",
        "monitoring agency without the facilities, staff or capacity required",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                43,
                _MONREG_43 + "（一）不具备相应的设施设备、技术能力、技术人员、管理能力；",
                item=1,
                note=_MONREG_ONLY,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "suspend"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        basis(
            article(code.INSTRUMENT, 1089, _CODE_1089_1, paragraph=1),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "suspend"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    article(
                        monreg.INSTRUMENT,
                        43,
                        _MONREG_43 + "（一）不具备相应的设施设备、技术能力、技术人员、管理能力；",
                        item=1,
                    ),
                    _2W_20W,
                    note="Still in force and always applies: the kind is the act it names (its "
                    "earlier basis; a 生态环境监测机构 is a 技术服务机构 of the regulation); the same "
                    f"20,000–200,000 range, {_HIGHER}, which is the same.",
                ),
            ),
        ),
        keywords=("监测机构", "技术服务机构", "能力", "monitoring agency", "capacity"),
    ),
    kind(
        "monitoring.agency-not-filed",
        "生态环境监测机构未依法备案",
        "monitoring agency not filed with the ecology and environment department",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                43,
                _MONREG_43 + "……（二）未按照规定备案；",
                item=2,
                note=_MONREG_ONLY,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "suspend"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        basis(
            article(code.INSTRUMENT, 1089, _CODE_1089_1, paragraph=1),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "suspend"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    article(monreg.INSTRUMENT, 43, _MONREG_43 + "……（二）未按照规定备案；", item=2),
                    _2W_20W,
                    note="Still in force and always applies: 不依法备案 and 未按照规定备案 are "
                    "the same act (the regulation's item is the earlier basis); the same "
                    f"20,000–200,000 range, {_HIGHER}, which is the same.",
                ),
            ),
        ),
        keywords=("监测机构", "备案", "技术服务机构", "monitoring agency", "filing"),
    ),
    kind(
        "monitoring.radioactive-agency-unlicensed",
        "从事放射性污染监测的生态环境监测机构未取得许可证或者未按照许可证规定开展监测业务",
        "radioactive-monitoring agency without a licence or outside its licence",
        "monitoring",
        basis(
            article(
                code.INSTRUMENT,
                1089,
                "违反本法规定，从事放射性污染监测的生态环境监测机构未取得许可证或者未按照许可证规定"
                "开展监测业务的，由生态环境主管部门责令改正，没收违法所得，并处五万元以上五十万元以下"
                "的罚款；拒不改正的，报经有批准权的人民政府批准，责令停业、关闭。",
                paragraph=2,
                note=_NEW_IN_CODE + " (放射性污染防治法 Art. 14 set a qualification regime for "
                "these agencies but no article fined a breach.)",
            ),
            yuan(50_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("放射性", "监测机构", "许可证", "radioactive", "monitoring agency"),
    ),
    # ------------------------------------------------ Art. 1090: agencies' equipment and norms
    kind(
        "monitoring.agency-norms-breached",
        "生态环境监测机构未遵守监测规范导致监测数据失真",
        "monitoring agency breaching monitoring norms so that the data are distorted",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                43,
                _MONREG_43
                + "……（四）开展监测服务不遵守生态环境监测规范或者标准，导致监测数据失真；",
                item=4,
                note=_MONREG_ONLY,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "suspend"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        basis(
            article(code.INSTRUMENT, 1090, _CODE_1090),
            _2W_20W,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "confiscate_gains", "revoke_permit", "close"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    article(
                        monreg.INSTRUMENT,
                        43,
                        _MONREG_43
                        + "……（四）开展监测服务不遵守生态环境监测规范或者标准，导致监测数据"
                        "失真；",
                        item=4,
                    ),
                    _2W_20W,
                    note="Still in force and always applies: the kind is the act item (4) names "
                    "(its earlier basis); the same 20,000–200,000 range, "
                    f"{_HIGHER}, which is the same.",
                ),
            ),
        ),
        keywords=("监测机构", "监测规范", "数据失真", "monitoring agency", "distorted data"),
    ),
    kind(
        "monitoring.agency-nonconforming-equipment",
        "生态环境监测机构使用不符合法律、行政法规规定和国家标准的监测设施、设备",
        "monitoring agency using equipment that fails the law or national standards",
        "monitoring",
        basis(
            article(
                code.INSTRUMENT,
                1090,
                _CODE_1090,
                note=_NEW_IN_CODE + " (The 生态环境监测条例 fines an enterprise's non-conforming "
                "equipment, Art. 42 (2), but not an agency's.)",
            ),
            _2W_20W,
            enforcers=("supervisory_departments",),
            measures=("order_correction", "confiscate_gains", "revoke_permit", "close"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("监测机构", "监测设备", "国家标准", "monitoring agency", "equipment"),
    ),
    # ------------------------------------------------ Art. 1091: agencies' falsified data
    kind(
        "monitoring.agency-falsified-data",
        "生态环境监测机构对监测数据弄虚作假",
        "monitoring agency falsifying monitoring data",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                45,
                _MONREG_45
                + "技术服务机构因前款规定的违法行为受到处罚的，对其直接负责的主管人员和其他"
                "直接责任人员处1万元以上5万元以下的罚款，5年内禁止从事监测服务；",
                paragraph=1,
                note="The persons' fine is ¶2. " + _MONREG_ONLY,
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(100_000, 500_000)),
            ),
            persons=yuan(10_000, 50_000),
            enforcers=("ecology_environment",),
            measures=("revoke_permit", "business_ban"),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1091,
                "违反本法规定，生态环境监测机构对监测数据弄虚作假的，由负有生态环境保护监督管理职责的"
                "部门、机构按照职责分工没收违法所得，并处十万元以上五十万元以下的罚款；情节严重的，并处"
                "五十万元以上二百万元以下的罚款，有许可证的吊销许可证，禁止从事监测业务，报经有批准权的"
                "人民政府批准，责令停业、关闭。有前款规定情形的，由负有生态环境保护监督管理职责的部门、"
                "机构按照职责分工对直接负责的主管人员和其他直接责任人员处一万元以上五万元以下的罚款，"
                "五年内禁止从事前款规定的业务；",
                paragraph=1,
                note="The persons' fine is ¶2.",
            ),
            tiers(
                band(yuan(500_000, 2_000_000), fact("serious"), zh="情节严重", en="serious"),
                band(yuan(100_000, 500_000)),
            ),
            persons=yuan(10_000, 50_000),
            enforcers=("supervisory_departments",),
            measures=("confiscate_gains", "revoke_permit", "business_ban", "close"),
            daily_note=_CODE_DAILY_NO,
            concurrent=(
                provision(
                    article(
                        monreg.INSTRUMENT,
                        45,
                        _MONREG_45
                        + "技术服务机构因前款规定的违法行为受到处罚的，对其直接负责的主管人员和其他"
                        "直接责任人员处1万元以上5万元以下的罚款",
                        paragraph=1,
                        note="The persons' fine is ¶2.",
                    ),
                    tiers(
                        band(
                            yuan(500_000, 2_000_000), fact("serious"), zh="情节严重", en="serious"
                        ),
                        band(yuan(100_000, 500_000)),
                    ),
                    persons=yuan(10_000, 50_000),
                    note="Still in force and always applies: the kind is the act it names (its "
                    "earlier basis; a monitoring agency falsifies data in the monitoring services "
                    "it is commissioned for); the same bands and the same 10,000–50,000 on the "
                    f"persons; {_HIGHER}, which is the same.",
                ),
            ),
        ),
        keywords=("监测机构", "弄虚作假", "篡改", "伪造", "monitoring agency", "falsified"),
        never_lenient=True,
    ),
    # ------------------------------------------------ Art. 1092: equipment makers and sellers
    kind(
        "monitoring.nonconforming-equipment-sold",
        "生产、进口、销售不符合法律、行政法规规定和国家标准的监测设施、设备",
        "making, importing or selling monitoring equipment that fails the law or national standards",
        "monitoring",
        basis(
            article(
                code.INSTRUMENT,
                1092,
                "违反本法规定，生产、进口、销售不符合法律、行政法规规定和国家标准的监测设施、设备的，由"
                "市场监督管理部门、海关按照职责分工责令停止生产、进口、销售，没收违法所得和违法生产、"
                "进口、销售的设施、设备，并处违法生产、进口、销售的设施、设备货值金额一倍以上五倍以下的"
                "罚款，货值金额不足五万元的，以五万元计算；情节严重的，吊销许可证。",
                note=_NEW_IN_CODE + " (生态环境监测条例 Art. 42 ¶2 only has the department report "
                "the maker or seller to market regulation; a product breaching a mandatory national "
                "standard may be fined under the 产品质量法, outside the catalogue.)",
            ),
            multiple("goods_value", 1, 5, floor=50_000),
            enforcers=("market_regulation", "customs"),
            measures=("order_stop", "confiscate_gains", "confiscate_items", "revoke_permit"),
            daily_note=_CODE_DAILY_NO,
        ),
        keywords=("监测设备", "生产", "销售", "进口", "货值金额", "monitoring equipment"),
    ),
    # ------------------------------------------------ Art. 1093: interference
    kind(
        "monitoring.equipment-interference",
        "侵占、损毁或者擅自移动、改变大气环境质量监测设施或者大气污染物排放自动监测设备",
        "air quality monitoring facilities or air-emission monitoring devices damaged, moved or "
        "altered",
        "monitoring",
        basis(
            article(
                air.INSTRUMENT,
                100,
                _AIR_100
                + "（一）侵占、损毁或者擅自移动、改变大气环境质量监测设施或者大气污染物排放"
                "自动监测设备的；",
                item=1,
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_AIR_100_DAILY,
            concurrent=(
                _permit_36_if(3, _P36_DAMAGE, _P36_DAMAGE_IF),
                _monreg_40(_MONREG_40_NOTE, _MONREG_40_STATION),
            ),
        ),
        _code_1093_basis(
            concurrent=(
                _permit_36_if(3, _P36_DAMAGE, _P36_DAMAGE_IF),
                _monreg_40(_MONREG_40_NOTE, _MONREG_40_STATION),
            ),
        ),
        keywords=("自动监测设备", "损毁", "擅自移动", "监测设施", "monitoring equipment"),
    ),
    kind(
        "monitoring.emission-device-interference",
        "排污单位损毁或者擅自移动、改变污染物排放自动监测设备（大气污染物以外）",
        "permit holder damaging, moving or altering its automatic emission monitoring devices "
        "(other than air)",
        "monitoring",
        basis(
            article(
                permit.INSTRUMENT,
                36,
                _PERMIT_36 + "……" + _P36_DAMAGE,
                item=3,
                note="No statute fined interference with a water or other non-air emission "
                "monitoring device before the regulation took effect on 2021-03-01 (大气污染防治法 "
                "Art. 100 (1) covers air devices: kind monitoring.equipment-interference).",
            ),
            _2W_20W,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note="Not a discharge; 排污许可管理条例 Art. 38 reaches discharges only.",
            until=_UNTIL,
        ),
        _code_1093_basis(
            concurrent=(
                _permit_36(
                    3,
                    _P36_DAMAGE,
                    "排污许可管理条例 Art. 36 (3) stays in force and always applies: the kind is a "
                    "permit unit damaging, moving or altering its emission monitoring device, the "
                    "act that item names (its earlier basis); the same range, so by Code Art. 1055 "
                    "the higher fine applies, which is the same.",
                ),
            ),
        ),
        keywords=("自动监测设备", "损毁", "擅自移动", "排污单位", "monitoring device"),
    ),
    kind(
        "monitoring.quality-station-interference",
        "侵占、损毁生态环境质量监测站点及其设施、设备，或者干扰其正常运行（大气以外）",
        "environmental quality monitoring station occupied, damaged or disturbed (other than air)",
        "monitoring",
        basis(
            article(
                monreg.INSTRUMENT,
                40,
                _MONREG_40,
                note="Stations other than air quality monitoring facilities (those: kind "
                "monitoring.equipment-interference). " + _MONREG_ONLY,
            ),
            _2W_20W,
            enforcers=("ecology_environment", "supervisory_departments"),
            measures=("order_correction",),
            daily_note="Not a discharge; the 生态环境监测条例 has no daily penalty.",
            until=_UNTIL,
        ),
        _code_1093_basis(
            concurrent=(
                _monreg_40(
                    "生态环境监测条例 Art. 40 stays in force and always applies: the kind is the "
                    "act it names (its earlier basis); the same 20,000–200,000 range, "
                    f"{_HIGHER}, which is the same."
                ),
            ),
        ),
        keywords=("质量监测站点", "监测站", "损毁", "干扰", "monitoring station"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (unfined(1085, "The section's scope article: it fines nobody."),)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
