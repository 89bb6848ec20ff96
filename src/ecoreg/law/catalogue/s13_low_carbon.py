"""Book 5, Ch. 2, Section 13 (第十三节 违反绿色低碳发展管理规定): green and low-carbon development, Arts. 1220–1227.

Before 2026-08-15: 清洁生产促进法 (2012) Arts. 37 and 39 for product materials and
cleaner-production audits (Arts. 1220–1221); the statute of each medium for banned or
eliminated equipment (大气污染防治法 Art. 101, 水污染防治法 Art. 86, 固体废物污染环境
防治法 Arts. 102 (3) and 109, 噪声污染防治法 Art. 72 ¶2), which the Code merges in Art.
1222; 固体废物污染环境防治法 Arts. 105–106 for packaging and disposable plastics; and
碳排放权交易管理暂行条例 (State Council Order 775, from 2024-05-01) for the carbon
market (Art. 1226), which stays in force beside the Code.

Where the law fines only a refusal to correct (拒不改正的，处……), the rule ends with a
band of no fine (`no_fine`): without the finding the article only orders the correction.
"""

from __future__ import annotations

from ecoreg.law import air_pollution_law as air
from ecoreg.law import carbon_trading_regulation as carbon
from ecoreg.law import cleaner_production_law as cleaner
from ecoreg.law import eco_code as code
from ecoreg.law import noise_law as noise
from ecoreg.law import solid_waste_law as waste
from ecoreg.law import water_pollution_law as water
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    cap,
    fact,
    kind,
    multiple,
    no_fine,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(13, "违反绿色低碳发展管理规定", "Green and low-carbon development", 1220, 1227)

_UNTIL_CODE = "2026-08-14"

_NO_DAILY = (
    "Not a discharge, dumping or disposal of pollutants or waste: neither the daily penalty of "
    "the statute before the Code nor Code Art. 1060 reaches it."
)
_NEW_IN_CODE = (
    "New in the Code: no earlier basis in the statutes it replaced; an earlier act is not "
    "penalised under the Code (行政处罚法 Art. 37)."
)


def _refused(rule: dict[str, object], zh: str = "拒不改正") -> dict[str, object]:
    """A fine the law sets only for a refusal to correct (拒不改正的，处……); otherwise none."""
    return tiers(
        band(rule, fact("refused_to_correct"), zh=zh, en="refused to correct"),
        band(no_fine(), zh="责令（限期）改正（不处罚款）", en="order to correct only"),
    )


# ---------------------------------------------------------------- Arts. 1220–1221 (清洁生产)

_CLEANER_39 = (
    "违反本法第二十七条第二款、第四款规定，不实施强制性清洁生产审核或者在清洁生产审核中弄虚作假"
    "的，或者实施强制性清洁生产审核的企业不报告或者不如实报告审核结果的，由县级以上地方人民政府"
    "负责清洁生产综合协调的部门、环境保护部门按照职责分工责令限期改正；拒不改正的，处以五万元以上"
    "五十万元以下的罚款。"
)
_CODE_1221 = (
    "违反本法规定，不实施强制性清洁生产审核或者在清洁生产审核中弄虚作假，或者实施强制性清洁生产"
    "审核的企业不报告或者不如实报告审核结果的，由发展改革部门、生态环境主管部门按照职责分工责令"
    "限期改正；拒不改正的，处五万元以上五十万元以下的罚款。"
)


def _audit_kind(
    kind_id: str, name_zh: str, name_en: str, keywords: tuple[str, ...]
) -> dict[str, object]:
    return kind(
        kind_id,
        name_zh,
        name_en,
        "low_carbon",
        basis(
            article(
                cleaner.INSTRUMENT,
                39,
                _CLEANER_39,
                paragraph=1,
                note="负责清洁生产综合协调的部门 is the development and reform department in most "
                "places.",
            ),
            _refused(yuan(50_000, 500_000)),
            enforcers=("development_reform", "ecology_environment"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(code.INSTRUMENT, 1221, _CODE_1221, paragraph=1),
            _refused(yuan(50_000, 500_000)),
            enforcers=("development_reform", "ecology_environment"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=keywords,
    )


# ---------------------------------------------------------------- Art. 1222 (淘汰设备)

_CODE_1222 = (
    "违反本法规定，生产、进口、销售或者使用国家有关目录、名录中禁止或者淘汰的设备、材料、产品，"
    "采用国家有关目录、名录中禁止或者淘汰的技术、工艺，或者将淘汰或者限期淘汰的设备、材料、产品"
    "转让给他人使用的，由县级以上人民政府指定的部门、海关按照职责分工责令改正，没收违法所得，并处"
    "货值金额一倍以上五倍以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭。"
)


def _code_1222(note: str | None = None) -> dict[str, object]:
    return basis(
        article(code.INSTRUMENT, 1222, _CODE_1222, note=note),
        multiple("goods_value", 1, 5),
        enforcers=("local_designated", "customs"),
        measures=("order_correction", "confiscate_gains", "close"),
        daily_note=_NO_DAILY,
    )


# ---------------------------------------------------------------- Art. 1225 (一次性塑料制品)

_WASTE_106 = (
    "违反本法规定，未遵守国家有关禁止、限制使用不可降解塑料袋等一次性塑料制品的规定，或者未按照"
    "国家有关规定报告塑料袋等一次性塑料制品的使用情况的，由县级以上地方人民政府商务、邮政等主管部门"
    "责令改正，处一万元以上十万元以下的罚款。"
)
_CODE_1225_2 = (
    "违反本法规定，未遵守国家有关禁止、限制使用不可降解塑料袋等一次性塑料制品的规定的，由商务、"
    "邮政等部门按照职责分工责令改正，对企业事业单位处一万元以上十万元以下的罚款，对其他生产经营者"
    "处五百元以上五千元以下的罚款。"
)
# 责令改正；拒不改正的，处二千元以上二万元以下的罚款；情节严重的，处二万元以上十万元以下的罚款.
# Read as one sequence: the order to correct comes first and a fine needs a refusal; 情节严重
# raises the fine for a refusal in a serious case (it does not fine a serious case on its own).
_PACKAGING = tiers(
    band(
        tiers(
            band(yuan(20_000, 100_000), fact("serious"), zh="情节严重", en="serious"),
            band(yuan(2000, 20_000)),
        ),
        fact("refused_to_correct"),
        zh="拒不改正",
        en="refused to correct",
    ),
    band(no_fine(), zh="责令改正（不处罚款）", en="order to correct only"),
)
_PACKAGING_NOTE = (
    "Reading (unsettled): 情节严重 raises the fine of a party that refused to correct; a serious "
    "case without a refusal is ordered to correct and not fined. The other reading (a serious "
    "case fined 20,000–100,000 at once) is not encoded."
)
_PLASTICS_BY_PARTY = tiers(
    band(yuan(10_000, 100_000), fact("party_type", "unit"), zh="企业事业单位", en="a unit"),
    band(
        yuan(500, 5000),
        fact("party_type", "other_operator"),
        zh="其他生产经营者",
        en="another producer or trader",
    ),
    band(no_fine(), zh="个人", en="an individual"),
)
_PARTY_NOTE = (
    "The article fines units and other producers or traders; it fines no individual (个人) who "
    "is neither, so the rule's last band is no fine."
)


def _waste_106(note: str) -> dict[str, object]:
    return basis(
        article(waste.INSTRUMENT, 106, _WASTE_106, note=note),
        yuan(10_000, 100_000),
        enforcers=("commerce", "postal"),
        measures=("order_correction",),
        daily_note=_NO_DAILY,
    )


# ---------------------------------------------------------------- Art. 1226 (碳排放权交易)

_CARBON_21 = (
    "重点排放单位有下列情形之一的，由生态环境主管部门责令改正，处5万元以上50万元以下的罚款；拒不"
    "改正的，可以责令停产整治：……（二）未按照规定报送排放统计核算数据、年度排放报告；"
)
_CARBON_24 = (
    "重点排放单位未按照规定清缴其碳排放配额的，由生态环境主管部门责令改正，处未清缴的碳排放配额"
    "清缴时限前1个月市场交易平均成交价格5倍以上10倍以下的罚款；拒不改正的，按照未清缴的碳排放配额"
    "等量核减其下一年度碳排放配额，可以责令停产整治。"
)
_CARBON_BEFORE = (
    "From 2021-02-01 to 2024-04-30 the MEE's 碳排放权交易管理办法（试行） (生态环境部令第19号), a "
    "departmental rule, fined this conduct; ecoreg does not encode departmental rules, so an act "
    "before 2024-05-01 has no basis here."
)
_ALLOWANCE_VALUE = (
    "unsurrendered_allowance_value is the unsurrendered allowances (tonnes) times the average "
    "market price in the month before the surrender deadline (清缴时限前一个月市场交易平均成交价格)."
)
_CODE_1226_BANDS = tiers(
    band(
        multiple("unsurrendered_allowance_value", 5, 10),
        fact("refused_to_correct"),
        zh="限期内未完成清缴",
        en="not surrendered within the period set",
    ),
    band(yuan(1_000_000, 5_000_000), zh="未按期足额清缴", en="not surrendered by the deadline"),
)

KINDS = (
    kind(
        "low_carbon.material-composition-not-marked",
        "生产大型机电设备、机动运输工具等产品的企业未注明或者不如实注明产品材料成分",
        "maker of large electromechanical equipment, motor vehicles or other listed products not "
        "marking, or falsely marking, the materials of the product",
        "low_carbon",
        basis(
            article(
                cleaner.INSTRUMENT,
                37,
                "违反本法第二十一条规定，未标注产品材料的成分或者不如实标注的，由县级以上地方人民"
                "政府质量技术监督部门责令限期改正；拒不改正的，处以五万元以下的罚款。",
                note="质量技术监督部门: now the market regulation department.",
            ),
            _refused(cap(50_000)),
            enforcers=("market_regulation",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1220,
                "违反本法规定，生产大型机电设备、机动运输工具以及国务院工业和信息化主管部门指定的"
                "其他产品的企业未注明产品材料成分或者不如实注明的，由市场监督管理部门责令限期改正；"
                "拒不改正的，处五万元以下的罚款。",
            ),
            _refused(cap(50_000)),
            enforcers=("market_regulation",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=(
            "材料成分",
            "产品标注",
            "机电设备",
            "清洁生产",
            "material composition",
            "labelling",
        ),
    ),
    _audit_kind(
        "low_carbon.mandatory-audit-not-conducted",
        "不实施强制性清洁生产审核",
        "mandatory cleaner-production audit not conducted",
        ("强制性清洁生产审核", "清洁生产", "审核", "cleaner production", "mandatory audit"),
    ),
    _audit_kind(
        "low_carbon.audit-falsified",
        "在清洁生产审核中弄虚作假",
        "cleaner-production audit falsified",
        ("清洁生产审核", "弄虚作假", "清洁生产", "falsified", "cleaner production audit"),
    ),
    _audit_kind(
        "low_carbon.audit-results-not-reported",
        "实施强制性清洁生产审核的企业不报告或者不如实报告审核结果",
        "audited enterprise not reporting, or falsely reporting, the audit results",
        ("审核结果", "清洁生产审核", "报告", "audit results", "cleaner production"),
    ),
    kind(
        "low_carbon.banned-equipment-air",
        "生产、进口、销售、使用禁止的设备和产品，采用禁止的工艺，或者转让淘汰的设备和产品"
        "（严重污染大气环境）",
        "banned equipment or products made, imported, sold or used, banned processes adopted, or "
        "eliminated equipment transferred (severe air pollution)",
        "low_carbon",
        basis(
            article(
                air.INSTRUMENT,
                101,
                "违反本法规定，生产、进口、销售或者使用国家综合性产业政策目录中禁止的设备和产品，"
                "采用国家综合性产业政策目录中禁止的工艺，或者将淘汰的设备和产品转让给他人使用的，"
                "由县级以上人民政府经济综合主管部门、海关按照职责责令改正，没收违法所得，并处货值"
                "金额一倍以上三倍以下的罚款；拒不改正的，报经有批准权的人民政府批准，责令停业、关闭。",
                note="The equipment, products and processes of 大气污染防治法 Art. 27 (severe air "
                "pollution, in the national comprehensive industrial policy catalogue).",
            ),
            multiple("goods_value", 1, 3),
            enforcers=("development_reform", "customs"),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_NO_DAILY,
        ),
        _code_1222(),
        keywords=("淘汰设备", "禁止的工艺", "产业政策目录", "货值金额", "banned equipment", "air"),
    ),
    kind(
        "low_carbon.banned-equipment-water",
        "生产、销售、进口、使用禁止的严重污染水环境的设备，或者采用禁止的严重污染水环境的工艺",
        "banned equipment severely polluting water made, sold, imported or used, or a banned "
        "process adopted",
        "low_carbon",
        basis(
            article(
                water.INSTRUMENT,
                86,
                "违反本法规定，生产、销售、进口或者使用列入禁止生产、销售、进口、使用的严重污染水"
                "环境的设备名录中的设备，或者采用列入禁止采用的严重污染水环境的工艺名录中的工艺的，"
                "由县级以上人民政府经济综合宏观调控部门责令改正，处五万元以上二十万元以下的罚款；"
                "情节严重的，由县级以上人民政府经济综合宏观调控部门提出意见，报请本级人民政府责令"
                "停业、关闭。",
                note="水污染防治法 fined no transfer of eliminated equipment (Art. 46 ¶4 forbade "
                "it without a fine).",
            ),
            yuan(50_000, 200_000),
            enforcers=("development_reform",),
            measures=("order_correction", "close"),
            daily_note=_NO_DAILY,
        ),
        _code_1222(),
        keywords=("淘汰设备", "严重污染水环境", "禁止的工艺", "banned equipment", "water"),
    ),
    kind(
        "low_carbon.banned-equipment-solid-waste",
        "生产、销售、进口、使用淘汰的设备，或者采用淘汰的生产工艺（产生严重污染环境的工业固体废物）",
        "eliminated equipment made, sold, imported or used, or an eliminated process adopted "
        "(industrial solid waste)",
        "low_carbon",
        basis(
            article(
                waste.INSTRUMENT,
                109,
                "违反本法规定，生产、销售、进口或者使用淘汰的设备，或者采用淘汰的生产工艺的，由县级"
                "以上地方人民政府指定的部门责令改正，处十万元以上一百万元以下的罚款，没收违法所得；"
                "情节严重的，由县级以上地方人民政府指定的部门提出意见，报经有批准权的人民政府批准，"
                "责令停业或者关闭。",
                note="The equipment and processes on the list of 固体废物污染环境防治法 Art. 33.",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("local_designated",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_NO_DAILY,
        ),
        _code_1222(),
        keywords=(
            "淘汰设备",
            "淘汰的生产工艺",
            "工业固体废物",
            "eliminated equipment",
            "solid waste",
        ),
    ),
    kind(
        "low_carbon.eliminated-equipment-transferred",
        "将列入限期淘汰名录被淘汰的设备转让给他人使用",
        "equipment eliminated under the time-limited elimination list transferred to others for use",
        "low_carbon",
        basis(
            article(
                waste.INSTRUMENT,
                102,
                "违反本法规定，有下列行为之一，由生态环境主管部门责令改正，处以罚款，没收违法所得；"
                "情节严重的，报经有批准权的人民政府批准，可以责令停业或者关闭：……（三）将列入限期"
                "淘汰名录被淘汰的设备转让给他人使用的；……有前款第二项、第三项、第四项、第五项、"
                "第六项、第九项、第十项、第十一项行为之一，处十万元以上一百万元以下的罚款；",
                paragraph=1,
                item=3,
                note="Transfer of equipment severely polluting the air was fined under 大气污染防治"
                "法 Art. 101 (kind low_carbon.banned-equipment-air).",
            ),
            yuan(100_000, 1_000_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_NO_DAILY,
        ),
        _code_1222(),
        keywords=("淘汰设备", "转让", "限期淘汰名录", "eliminated equipment", "transfer"),
    ),
    kind(
        "low_carbon.banned-equipment-noise",
        "生产、进口、销售、使用淘汰的设备，或者采用淘汰的工艺（噪声污染严重）",
        "eliminated equipment made, imported, sold or used, or an eliminated process adopted "
        "(severe noise)",
        "low_carbon",
        basis(
            article(
                noise.INSTRUMENT,
                72,
                "违反本法规定，生产、进口、销售、使用淘汰的设备，或者采用淘汰的工艺的，由县级以上"
                "人民政府指定的部门责令改正，没收违法所得，并处货值金额一倍以上三倍以下的罚款；情节"
                "严重的，报经有批准权的人民政府批准，责令停业、关闭。",
                paragraph=2,
                note="Before 2022-06-05 环境噪声污染防治法 Art. 53 ordered correction or closure "
                "for banned noisy equipment but set no fine: an earlier act has no basis here.",
            ),
            multiple("goods_value", 1, 3),
            enforcers=("local_designated",),
            measures=("order_correction", "confiscate_gains", "close"),
            daily_note=_NO_DAILY,
        ),
        _code_1222(),
        keywords=("淘汰设备", "淘汰的工艺", "噪声", "货值金额", "eliminated equipment", "noise"),
    ),
    kind(
        "low_carbon.banned-equipment-other",
        "生产、进口、销售、使用国家有关目录、名录中禁止或者淘汰的设备、材料、产品，采用禁止或者"
        "淘汰的技术、工艺，或者转让淘汰的设备、材料、产品（其他）",
        "equipment, materials or products banned or eliminated by a national catalogue made, "
        "imported, sold, used or transferred, or a banned technology or process adopted (other "
        "catalogues)",
        "low_carbon",
        _code_1222(
            note=_NEW_IN_CODE
            + " This kind is for catalogues and items the air, water, solid-waste "
            "and noise statutes did not fine (materials, technologies …); laws outside the "
            "catalogue (产品质量法 Art. 51, 节约能源法, 循环经济促进法 Art. 50) may also apply."
        ),
        keywords=("淘汰", "禁止", "目录", "名录", "材料", "banned products"),
    ),
    kind(
        "low_carbon.no-take-back-system",
        "电器电子、机动车、铅蓄电池、动力电池等产品的生产者未建立与销售量相匹配的废旧产品回收"
        "体系并向社会公开",
        "producer of electrical and electronic products, motor vehicles, lead-acid or traction "
        "batteries not setting up and publishing a take-back system matching its sales",
        "low_carbon",
        basis(
            article(
                code.INSTRUMENT,
                1223,
                "违反本法规定，电器电子、机动车、铅蓄电池、动力电池等产品的生产者未按照规定建立与"
                "产品销售量相匹配的废旧产品回收体系并向社会公开的，由工业和信息化、商务等部门按照"
                "职责分工责令改正；拒不改正的，处五万元以上五十万元以下的罚款。",
                note=_NEW_IN_CODE + " 固体废物污染环境防治法 Art. 66 set up extended producer "
                "responsibility without a fine.",
            ),
            _refused(yuan(50_000, 500_000)),
            enforcers=("industry_it", "commerce"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=("回收体系", "生产者责任延伸", "动力电池", "铅蓄电池", "take-back", "batteries"),
    ),
    kind(
        "low_carbon.excessive-packaging",
        "生产经营者未遵守限制商品过度包装的强制性标准",
        "mandatory standard against excessive packaging not observed",
        "low_carbon",
        basis(
            article(
                waste.INSTRUMENT,
                105,
                "违反本法规定，生产经营者未遵守限制商品过度包装的强制性标准的，由县级以上地方人民"
                "政府市场监督管理部门或者有关部门责令改正；拒不改正的，处二千元以上二万元以下的"
                "罚款；情节严重的，处二万元以上十万元以下的罚款。",
                note=_PACKAGING_NOTE,
            ),
            _PACKAGING,
            enforcers=("market_regulation",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1224,
                "违反本法规定，生产经营者未遵守限制商品过度包装的强制性标准的，由市场监督管理部门和"
                "有关部门按照职责分工责令改正；拒不改正的，处二千元以上二万元以下的罚款；情节严重的，"
                "处二万元以上十万元以下的罚款。",
                note=_PACKAGING_NOTE,
            ),
            _PACKAGING,
            enforcers=("market_regulation",),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=("过度包装", "包装", "强制性标准", "excessive packaging", "packaging"),
    ),
    kind(
        "low_carbon.disposable-plastics-made-or-sold",
        "违反国家有关禁止、限制生产、销售不可降解塑料袋等一次性塑料制品的规定",
        "disposable plastic products (non-degradable bags …) made or sold against a national "
        "ban or restriction",
        "low_carbon",
        basis(
            article(
                code.INSTRUMENT,
                1225,
                "违反本法规定，未遵守国家有关禁止、限制生产、销售不可降解塑料袋等一次性塑料制品的"
                "规定的，由市场监督管理部门责令停止生产、销售，没收违法生产、销售的产品，并处违法"
                "生产、销售产品货值金额一倍以上三倍以下的罚款；有违法所得的，没收违法所得；情节"
                "严重的，吊销许可证。",
                paragraph=1,
                note=_NEW_IN_CODE + " 固体废物污染环境防治法 Art. 69 banned making and selling "
                "them, but its Art. 106 fined only their use and the failure to report.",
            ),
            multiple("goods_value", 1, 3),
            enforcers=("market_regulation",),
            measures=("order_stop", "confiscate_items", "confiscate_gains", "revoke_permit"),
            daily_note=_NO_DAILY,
        ),
        keywords=("一次性塑料制品", "塑料袋", "不可降解", "生产销售", "plastic bags", "disposable"),
    ),
    kind(
        "low_carbon.disposable-plastics-used",
        "违反国家有关禁止、限制使用不可降解塑料袋等一次性塑料制品的规定",
        "disposable plastic products (non-degradable bags …) used against a national ban or "
        "restriction",
        "low_carbon",
        _waste_106("The same range for every party."),
        basis(
            article(code.INSTRUMENT, 1225, _CODE_1225_2, paragraph=2, note=_PARTY_NOTE),
            _PLASTICS_BY_PARTY,
            enforcers=("commerce", "postal"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=("一次性塑料制品", "塑料袋", "不可降解", "使用", "plastic bags", "disposable"),
    ),
    kind(
        "low_carbon.disposable-plastics-not-reported",
        "未按照国家规定报告塑料袋等一次性塑料制品的使用、回收情况",
        "use or recovery of plastic bags and other disposable plastic products not reported",
        "low_carbon",
        _waste_106("It named the report of use (使用情况); the Code adds recovery (回收情况)."),
        basis(
            article(
                code.INSTRUMENT,
                1225,
                "违反本法规定，未按照国家规定报告塑料袋等一次性塑料制品的使用、回收情况的，依照前款"
                "有关规定予以处罚。……对企业事业单位处一万元以上十万元以下的罚款，对其他生产经营者"
                "处五百元以上五千元以下的罚款。",
                paragraph=3,
                note="¶3 applies the fines of ¶2 (quoted after ……). " + _PARTY_NOTE,
            ),
            _PLASTICS_BY_PARTY,
            enforcers=("commerce", "postal"),
            measures=("order_correction",),
            daily_note=_NO_DAILY,
        ),
        keywords=("一次性塑料制品", "报告", "使用情况", "回收情况", "plastic bags", "reporting"),
    ),
    kind(
        "low_carbon.emission-report-not-submitted",
        "重点排放单位未报送排放统计核算数据、年度排放报告",
        "key emitter not submitting its emission accounting data or annual emission report",
        "low_carbon",
        basis(
            article(carbon.INSTRUMENT, 21, _CARBON_21, item=2, note=_CARBON_BEFORE),
            yuan(50_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY,
            until=_UNTIL_CODE,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1226,
                "违反本法规定，纳入全国碳排放权交易市场的温室气体重点排放单位未报送排放统计核算"
                "数据、年度排放报告的，由生态环境主管部门责令改正，处五万元以上五十万元以下的罚款；"
                "拒不改正的，可以责令停产整治。",
                paragraph=1,
            ),
            yuan(50_000, 500_000),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY,
            concurrent=(
                provision(
                    article(carbon.INSTRUMENT, 21, _CARBON_21, item=2),
                    yuan(50_000, 500_000),
                    note="碳排放权交易管理暂行条例 stays in force with the same range (Art. 21 "
                    "(2) also reaches a report not made 按照规定); by Code Art. 1055 the higher "
                    "fine applies, which is the same. It always applies: its 重点排放单位 are the "
                    "key emitters of the national carbon market the Code names, and not "
                    "submitting the data or report is not submitting them as required.",
                ),
            ),
        ),
        keywords=("碳排放", "年度排放报告", "重点排放单位", "碳市场", "carbon", "emission report"),
    ),
    kind(
        "low_carbon.allowances-not-surrendered",
        "重点排放单位未按照规定的期限足额清缴碳排放配额",
        "key emitter not surrendering its carbon emission allowances in full by the deadline",
        "low_carbon",
        basis(
            article(
                carbon.INSTRUMENT,
                24,
                _CARBON_24,
                note=_CARBON_BEFORE + " " + _ALLOWANCE_VALUE,
            ),
            multiple("unsurrendered_allowance_value", 5, 10),
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY,
            until=_UNTIL_CODE,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1226,
                "违反本法规定，纳入全国碳排放权交易市场的温室气体重点排放单位未按照规定的期限足额"
                "清缴碳排放配额的，由生态环境主管部门责令限期改正，处一百万元以上五百万元以下的罚款；"
                "限期内未完成清缴的，处未清缴的碳排放配额清缴时限前一个月市场交易平均成交价格五倍"
                "以上十倍以下的罚款，可以责令停产整治。",
                paragraph=2,
                note="The first fine (1,000,000–5,000,000) is for missing the deadline; the "
                "second (5–10 times) for not surrendering within the period the correction order "
                "sets (refused_to_correct). " + _ALLOWANCE_VALUE,
            ),
            _CODE_1226_BANDS,
            enforcers=("ecology_environment",),
            measures=("order_correction", "restrict_production"),
            daily_note=_NO_DAILY,
            concurrent=(
                provision(
                    article(carbon.INSTRUMENT, 24, _CARBON_24),
                    multiple("unsurrendered_allowance_value", 5, 10),
                    note="碳排放权交易管理暂行条例 Art. 24 stays in force and always applies: it "
                    "fines the same failure (not surrendering the allowances as required) 5–10 "
                    "times the allowance value, without the Code's fixed first band; "
                    "by Code Art. 1055 the higher fine applies: for a first decision compare "
                    "5–10 times the value with the Code's 1,000,000–5,000,000 case by case.",
                ),
            ),
        ),
        keywords=("碳排放配额", "清缴", "履约", "重点排放单位", "carbon allowances", "surrender"),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(
        1221,
        "¶2 (evaluating departments or units charging fees or falsifying evaluations) leads to "
        "discipline (处分) of the persons responsible, not a fine.",
        paragraph=2,
    ),
    unfined(
        1227,
        "The section's residual article: the fine is set by 循环经济促进法, 能源法, 节约能源法, "
        "可再生能源法 and other laws, outside the Code.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
