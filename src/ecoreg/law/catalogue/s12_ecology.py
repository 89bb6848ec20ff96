"""Book 5, Ch. 2, Section 12 (第十二节 违反生态保护管理规定): ecological protection, Arts. 1211–1219.

Most articles of the section send the case to another law (土地管理法, 森林法, 水法 …,
Arts. 1211–1215 and 1219): they are listed in `NOT_FINING`. The Code fines itself
the damage of marine ecosystems (Art. 1216), the shoreline and sea-sand conduct of
Art. 1217 and taking groundwater without approval (Art. 1218).

Before 2026-08-15 the marine conduct was fined by the 海洋环境保护法 (the 2023
revision from 2024-01-01, the 2017 amendment before it, which fined only the
ecosystem damage of Art. 1216), and the groundwater conduct by 水法 Art. 69 (1),
which 地下水管理条例 Art. 55 applies to groundwater and which stays in force beside the
Code.
"""

from __future__ import annotations

from ecoreg.law import eco_code as code
from ecoreg.law import marine_environment_law as marine
from ecoreg.law import water_law
from ecoreg.law.catalogue._build import (
    article,
    band,
    basis,
    below,
    kind,
    multiple,
    per_unit,
    provision,
    section,
    tiers,
    unfined,
    yuan,
)

__all__ = ["KINDS", "NOT_FINING", "SECTION"]

SECTION = section(12, "违反生态保护管理规定", "Ecological protection", 1211, 1219)

_UNTIL_CODE = "2026-08-14"

_NOT_DISCHARGE = (
    "Damaging an ecosystem, the shoreline or sea-sand resources is not a discharge, dumping or "
    "disposal of pollutants or waste: Code Art. 1060 does not reach it."
)
_MARINE_2023_DAILY_NO = (
    "海洋环境保护法 (2023) Art. 113 allows the daily penalty only for discharging, dumping or "
    "disposing of pollutants or waste into the sea; this conduct is none of them."
)
_WATER_TAKING_DAILY_NO = (
    "Taking water is not a discharge of pollutants: neither 环境保护法 Art. 59 nor Code Art. 1060 "
    "reaches it, and 水法 has no daily penalty."
)

# 海洋环境保护法 (2023) Art. 97 and Code Art. 1217: the chapeau and the paragraph of amounts.
_MARINE_97_HEAD = (
    "违反本法规定，有下列行为之一，由依照本法规定行使海洋环境监督管理权的部门或者机构责令改正，"
    "处以罚款："
)
_MARINE_97_AMOUNTS = (
    "有前款第一项行为的，处每米五百元以上一万元以下的罚款；有前款第二项行为的，处货值金额二倍以上"
    "二十倍以下的罚款，货值金额不足十万元的，处二十万元以上二百万元以下的罚款；有前款第三项行为的，"
    "处五万元以上五十万元以下的罚款。"
)
_CODE_1217_HEAD = (
    "违反本法有关海洋生态保护的规定，有下列情形之一的，由负有生态环境保护监督管理职责的部门、"
    "机构按照职责分工责令改正，处以罚款："
)
_CODE_1217_AMOUNTS = (
    "有前款第一项情形的，处每米五百元以上一万元以下的罚款；有前款第二项情形的，处货值金额二倍以上"
    "二十倍以下的罚款，货值金额不足十万元的，处二十万元以上二百万元以下的罚款；有前款第三项、"
    "第四项、第五项情形之一的，处五万元以上五十万元以下的罚款。"
)
_MARINE_NEW_2023 = (
    "The 2017 amendment of 海洋环境保护法 named neither the shoreline nor sea sand and did not "
    "fine this conduct; the 2023 revision made it a violation from 2024-01-01, so an act before "
    "then is not penalised under it or the Code (行政处罚法 Art. 37). Laws outside the catalogue "
    "fined related conduct and are not encoded: mining sea sand without a mining licence "
    "(矿产资源法) and occupying a sea area without approval (海域使用管理法)."
)

_SAND_BANDS = tiers(
    band(
        yuan(200_000, 2_000_000),
        below("goods_value", 100_000),
        zh="货值金额不足十万元",
        en="goods value below 100,000 yuan",
    ),
    band(
        multiple("goods_value", 2, 20),
        zh="货值金额十万元以上",
        en="goods value of 100,000 yuan or more",
    ),
)


def _marine_97(item: int, item_text: str) -> dict[str, object]:
    """海洋环境保护法 (2023) Art. 97 ¶1 (item) with ¶2's amounts: the basis 2024-01-01 – 2026-08-14."""
    rules = {1: per_unit("metre", 500, 10_000), 2: _SAND_BANDS, 3: yuan(50_000, 500_000)}
    return basis(
        article(
            marine.INSTRUMENT,
            97,
            f"{_MARINE_97_HEAD}……{item_text}……{_MARINE_97_AMOUNTS}",
            paragraph=1,
            item=item,
            note=_MARINE_NEW_2023,
        ),
        rules[item],
        enforcers=("supervisory_departments",),
        measures=("order_correction",),
        daily_note=_MARINE_2023_DAILY_NO,
    )


def _code_1217(item: int, item_text: str, rule: dict[str, object]) -> dict[str, object]:
    """Code Art. 1217 ¶1 (item) with ¶2's amounts."""
    return basis(
        article(
            code.INSTRUMENT,
            1217,
            f"{_CODE_1217_HEAD}……{item_text}……{_CODE_1217_AMOUNTS}",
            paragraph=1,
            item=item,
        ),
        rule,
        enforcers=("supervisory_departments",),
        measures=("order_correction",),
        daily_note=_NOT_DISCHARGE,
    )


_WATER_69 = article(
    water_law.INSTRUMENT,
    69,
    "有下列行为之一的，由县级以上人民政府水行政主管部门或者流域管理机构依据职权，责令停止违法行为，"
    "限期采取补救措施，处二万元以上十万元以下的罚款；情节严重的，吊销其取水许可证：（一）未经批准"
    "擅自取水的；",
    item=1,
    note="地下水管理条例 (2021) Art. 55 sends taking groundwater without approval to 水法 (and 取水许可"
    "和水资源费征收管理条例 Art. 48 to 水法 Art. 69); 水法 draws no line by the groundwater zone.",
)
_WATER_69_RULE = yuan(20_000, 100_000)
_WATER_69_PROVISION = provision(
    _WATER_69,
    _WATER_69_RULE,
    note="水法 stays in force beside the Code (Code Arts. 1239, 1242) and always applies: taking "
    "groundwater without approval is always 未经批准擅自取水 (水法 Art. 69 (1)), so one act breaks "
    "both; by Code Art. 1055 the higher fine applies, the Code's.",
)


def _water_69_basis() -> dict[str, object]:
    return basis(
        _WATER_69,
        _WATER_69_RULE,
        enforcers=("water_administration",),
        measures=("order_stop", "remedy", "revoke_permit"),
        daily_note=_WATER_TAKING_DAILY_NO,
        until=_UNTIL_CODE,
    )


_CODE_1218_GENERAL = (
    "违反本法和有关法律法规的规定，未经批准擅自取用地下水的，由水行政主管部门责令停止违法行为，"
    "限期采取补救措施，处二万元以上二十万元以下的罚款"
)
_CODE_1218 = (
    _CODE_1218_GENERAL + "；其中，在地下水禁止开采区、限制开采区范围内擅自取用地下水的，处五万元"
    "以上五十万元以下的罚款。"
)

KINDS = (
    kind(
        "ecology.marine-ecosystem-damage",
        "造成珊瑚礁等海洋生态系统破坏",
        "damage to coral reefs or other marine ecosystems",
        "ecology",
        basis(
            article(
                marine.INSTRUMENT_2017,
                76,
                "违反本法规定，造成珊瑚礁、红树林等海洋生态系统及海洋水产资源、海洋保护区破坏的，"
                "由依照本法规定行使海洋环境监督管理权的部门责令限期改正和采取补救措施，并处一万元"
                "以上十万元以下的罚款；有违法所得的，没收其违法所得。",
            ),
            yuan(10_000, 100_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "remedy", "confiscate_gains"),
            daily_note="海洋环境保护法 (2017) Art. 73 allows the daily penalty only for its own "
            "items (discharges, dumping, accidents); Art. 76 is not among them.",
        ),
        basis(
            article(
                marine.INSTRUMENT,
                96,
                "违反本法规定，造成珊瑚礁等海洋生态系统或者自然保护地破坏的，由依照本法规定行使海洋"
                "环境监督管理权的部门或者机构责令改正、采取补救措施，处每平方米一千元以上一万元以下"
                "的罚款。",
            ),
            per_unit("square_metre", 1000, 10_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "remedy"),
            daily_note=_MARINE_2023_DAILY_NO,
        ),
        basis(
            article(
                code.INSTRUMENT,
                1216,
                "违反本法有关海洋生态保护的规定，造成珊瑚礁等海洋生态系统破坏的，由负有生态环境保护"
                "监督管理职责的部门、机构按照职责分工责令改正、采取补救措施，处每平方米一千元以上"
                "一万元以下的罚款，有违法所得的，没收违法所得。",
                note="The count is the damaged area in square metres. The 2023 revision also named "
                "自然保护地; the Code's article names marine ecosystems only.",
            ),
            per_unit("square_metre", 1000, 10_000),
            enforcers=("supervisory_departments",),
            measures=("order_correction", "remedy", "confiscate_gains"),
            daily_note=_NOT_DISCHARGE,
        ),
        keywords=("珊瑚礁", "红树林", "海洋生态系统", "生态破坏", "coral reef", "marine ecosystem"),
    ),
    kind(
        "ecology.natural-shoreline-damage",
        "占用、损害自然岸线",
        "natural shoreline occupied or damaged",
        "ecology",
        _marine_97(1, "（一）占用、损害自然岸线的；"),
        _code_1217(1, "（一）占用、损害自然岸线；", per_unit("metre", 500, 10_000)),
        keywords=("自然岸线", "岸线", "占用", "海岸线", "natural shoreline", "coastline"),
    ),
    kind(
        "ecology.sea-sand-mining-strict-shoreline",
        "在严格保护岸线范围内开采海砂",
        "sea sand mined within the strictly protected shoreline",
        "ecology",
        _marine_97(2, "（二）在严格保护岸线范围内开采海砂的；"),
        _code_1217(2, "（二）在严格保护岸线范围内开采海砂；", _SAND_BANDS),
        keywords=("海砂", "开采海砂", "严格保护岸线", "货值金额", "sea sand", "sand mining"),
    ),
    kind(
        "ecology.sea-sand-no-protective-measures",
        "在严格保护岸线范围以外开发利用海砂资源，未依法采取严格措施保护海洋生态",
        "sea sand exploited elsewhere without the strict measures to protect the marine ecology",
        "ecology",
        _marine_97(3, "（三）违反本法其他关于海砂、矿产资源规定的。"),
        _code_1217(
            3,
            "（三）在严格保护岸线范围以外的其他区域开发利用海砂资源，未依法采取严格措施保护海洋生态；",
            yuan(50_000, 500_000),
        ),
        keywords=("海砂", "海砂资源", "保护措施", "sea sand", "protective measures"),
    ),
    kind(
        "ecology.sea-sand-source-certificate-not-provided",
        "海砂开采者未依法为载运海砂的船舶提供合法来源证明",
        "sea-sand miner not providing the carrying ship with proof of lawful origin",
        "ecology",
        _marine_97(3, "（三）违反本法其他关于海砂、矿产资源规定的。"),
        _code_1217(
            4,
            "（四）海砂开采者未依法为载运海砂的船舶提供合法来源证明；",
            yuan(50_000, 500_000),
        ),
        keywords=("海砂", "合法来源证明", "开采者", "sea sand", "proof of origin"),
    ),
    kind(
        "ecology.sea-sand-carried-without-certificate",
        "未持有合法来源证明载运海砂资源",
        "sea sand carried without proof of lawful origin",
        "ecology",
        _marine_97(3, "（三）违反本法其他关于海砂、矿产资源规定的。"),
        _code_1217(5, "（五）未持有合法来源证明载运海砂资源。", yuan(50_000, 500_000)),
        keywords=("海砂", "载运", "合法来源证明", "船舶", "sea sand", "carrying"),
    ),
    kind(
        "ecology.groundwater-taken-without-approval",
        "未经批准擅自取用地下水",
        "groundwater taken without approval",
        "ecology",
        _water_69_basis(),
        basis(
            article(
                code.INSTRUMENT,
                1218,
                _CODE_1218_GENERAL,
                note="Outside the prohibited and restricted extraction zones; inside them, kind "
                "ecology.groundwater-taken-in-restricted-zone.",
            ),
            yuan(20_000, 200_000),
            enforcers=("water_administration",),
            measures=("order_stop", "remedy"),
            daily_note=_WATER_TAKING_DAILY_NO,
            concurrent=(_WATER_69_PROVISION,),
        ),
        keywords=("地下水", "擅自取水", "取水许可", "未经批准", "groundwater", "water abstraction"),
    ),
    kind(
        "ecology.groundwater-taken-in-restricted-zone",
        "在地下水禁止开采区、限制开采区范围内擅自取用地下水",
        "groundwater taken without approval in a prohibited or restricted extraction zone",
        "ecology",
        _water_69_basis(),
        basis(
            article(
                code.INSTRUMENT,
                1218,
                _CODE_1218,
                note="The zones are those a province designates (地下水管理条例 Arts. 32–35).",
            ),
            yuan(50_000, 500_000),
            enforcers=("water_administration",),
            measures=("order_stop", "remedy"),
            daily_note=_WATER_TAKING_DAILY_NO,
            concurrent=(_WATER_69_PROVISION,),
        ),
        keywords=(
            "地下水",
            "禁止开采区",
            "限制开采区",
            "擅自取水",
            "groundwater",
            "restricted zone",
        ),
    ),
)
"""The kinds of this section, as plain data."""

NOT_FINING = (
    unfined(
        1211,
        "The fine is set by 土地管理法, 海域使用管理法, 水法 and other laws, outside the Code "
        "(依照……的规定予以处罚).",
    ),
    unfined(
        1212,
        "The fine is set by 森林法, 草原法, 湿地保护法 and other laws, outside the Code.",
    ),
    unfined(
        1213,
        "并处以罚款, but the amount is set by 生物安全法, 野生动物保护法 and other laws, outside "
        "the Code.",
    ),
    unfined(
        1214,
        "The fine is set by 长江保护法, 黄河保护法 and other laws, outside the Code.",
    ),
    unfined(
        1215,
        "The fine is set by 国家公园法, 青藏高原生态保护法 and other laws, outside the Code.",
    ),
    unfined(
        1219,
        "The section's residual article: conduct the section does not fine is punished under the "
        "law that sets the duty, outside the Code.",
    ),
)
"""The articles (or paragraphs) of this section that fine nobody, with the reason."""
