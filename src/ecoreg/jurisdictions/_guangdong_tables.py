"""Guangdong's fine tables (附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 of 粤环发〔2021〕7号).

Read from the annex PDF (234 pages) mirrored in the public repository ``Fungwingwaa/cee``
(``docs/.vuepress/public/static/pdf/P5/gdssthjwfxwxzcffkjeclb.pdf``, commit 22aa4af5). Each
table's citation names its section and its page in the annex (the printed page; the PDF page in
brackets). This module has chapters 2-4's first tables and the helpers; the chapter modules
(``_guangdong_tables_water``, ``_air_noise``, ``_waste_soil``, ``_radiation_other``,
``_more`` for §§4.26, 4.27, 4.29, 6.14, 6.15, and ``_times`` for the tables in multiples or
shares of a case amount) build on them and `ecoreg.jurisdictions.guangdong` passes their tables
to `tables`; ``_guangdong_tables_persons`` derives the persons' columns from them. In all, 152 of
the annex's 281 tables are encoded, as 177 records for 157 catalogue kinds, and 16 records for
the persons responsible; the others are listed in docs/jurisdictions/guangdong.md with the
reason.

Weights are shares (0.07 = 7 %); a band table's levels are ranks (0 = lowest). Every factor's
levels read the facts ``ecoreg.penalties._benchmark.table_facts`` gives: ``pollutants_over``,
``exceedance_multiple``, ``quota_excess_ratio``, ``ph``, ``pollutant_class``, ``area``,
``daily_wastewater_tonnes``, ``period``, ``violations_2y`` (the same kind within two years
before the act, this one included), ``prior_same_kind``, ``prior_same_kind_1y``,
``refused_to_correct``, ``nonconforming_outlets``, ``voc_enclosure``,
``hazardous_waste_tonnes``, ``label_missing``, ``permit_class``, ``untreated``, ``evasion_form``,
``monitoring_fault``, ``duration_days``, ``duration_months`` (whole calendar months from the
act), ``uncooperative``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, Literal

__all__ = ["tables"]

_PDF = (
    "Fungwingwaa/cee@22aa4af5cfe21916fbedfb1ef865a72bef1625a6:"
    "docs/.vuepress/public/static/pdf/P5/gdssthjwfxwxzcffkjeclb.pdf"
)

Data = dict[str, Any]


def _eq(fact: str, value: str | bool) -> Data:
    return {"fact": fact, "equals": value}


def _num(fact: str, **bounds: str) -> Data:
    return {"fact": fact, **bounds}


def _lv(zh: str, en: str, score: str, *when: Data) -> Data:
    return {"label_zh": zh, "label_en": en, "score": score, "when": list(when)}


def _factor(ident: str, zh: str, en: str, *levels: Data) -> Data:
    return {"id": ident, "label_zh": zh, "label_en": en, "levels": list(levels)}


def _brackets(
    ident: str, zh: str, en: str, fact: str, cuts: Sequence[str], *rows: tuple[str, str, str]
) -> Data:
    """A factor on one number, cut at ``cuts`` (ascending) into ``rows`` (label zh, en, score).

    Row i is from ``cuts[i - 1]`` ("以上", included, Art. 23) to under ``cuts[i]`` ("以下",
    excluded); the first row has no lower bound, the last no upper one (so one row more than
    cuts).
    """
    edges: list[str | None] = [None, *cuts, None]
    return _factor(
        ident,
        zh,
        en,
        *(
            _lv(
                row_zh,
                row_en,
                score,
                _num(
                    fact,
                    **({"at_least": low} if low is not None else {}),
                    **({"below": high} if high is not None else {}),
                ),
            )
            for (row_zh, row_en, score), (low, high) in zip(
                rows, itertools.pairwise(edges), strict=True
            )
        ),
    )


def _flag(
    ident: str,
    zh: str,
    en: str,
    fact: str,
    no: tuple[str, str],
    yes: tuple[str, str],
    score: str = "1",
) -> Data:
    """A two-level factor: ``fact`` false scores 0, true ``score`` (labels zh, en).

    ``score``: the default "1" is a band table's rank; a weight table gives the weight.
    """
    return _factor(
        ident, zh, en, _lv(*no, "0", _eq(fact, False)), _lv(*yes, score, _eq(fact, True))
    )


def _yuan(wan: str) -> str:
    """万元 (as the annex prints amounts) to yuan, as text."""
    return str(int(Decimal(wan) * 10_000))


Levels = dict[str, int]
"""A band table row's levels: each factor's id and rank."""
Band = tuple[str, str]
"""A band in 万元 as the annex prints it (a single amount is the band (x, x))."""
Amount = Callable[[Levels], Band]
"""A band table's band for a row's levels."""


def _ranks(factor: Data) -> list[int]:
    """A band factor's ranks, lowest first."""
    return sorted({int(level["score"]) for level in factor["levels"]})


def _band_rows(
    factors: Sequence[Data],
    band: Callable[[dict[str, int]], tuple[object, object]],
    ends: tuple[str, str] = ("min", "max"),
) -> list[Data]:
    """One row for each combination of the factors' ranks (the last fastest).

    ``band`` gives a row's band: in yuan (``min``, ``max``), or with ``ends`` in the statute's
    unit (``rate_min``, ``rate_max``).
    """
    ranks = {f["id"]: _ranks(f) for f in factors}
    rows: list[Data] = []
    for combo in itertools.product(*ranks.values()):
        levels = dict(zip(ranks, combo, strict=True))
        low, high = band(levels)
        rows.append({"levels": levels, ends[0]: str(low), ends[1]: str(high)})
    return rows


def _bands(
    ident: str,
    section: str,
    kinds: str | Sequence[str],
    zh: str,
    en: str,
    *,
    low: int,
    high: int,
    factors: list[Data],
    amount: Amount,
    page: str,
    top: str = "impact",
    top_last: bool = False,
) -> Data:
    """A band table (Art. 12): one row for each combination of the factors' ranks.

    ``amount`` gives a row's band (万元) from its levels. The factor ``top`` (造成重大生态环境影响
    或者不良社会影响 and the like, where the table has it) at rank 1 takes the statutory maximum
    ``high`` whatever the other levels: the annex's last row. The rows run through the factors in
    their order, the last fastest; with ``top_last`` the ``top`` factor runs slowest instead (its
    rows after all the others, as the annex prints them).
    """
    ranks = {f["id"]: _ranks(f) for f in factors}
    order = list(ranks)
    if top_last:
        order = [top, *(i for i in order if i != top)]
    rows: list[Data] = []
    for combo in itertools.product(*(ranks[i] for i in order)):
        ranked = dict(zip(order, combo, strict=True))
        levels = {i: ranked[i] for i in ranks}
        if levels.get(top) == 1:
            rows.append({"levels": levels, "min": str(high), "max": str(high)})
        else:
            lo, hi = amount(levels)
            rows.append({"levels": levels, "min": _yuan(lo), "max": _yuan(hi)})
    return {
        "id": ident,
        "mode": "bands",
        "kinds": [kinds] if isinstance(kinds, str) else list(kinds),
        "section": section,
        "title_zh": zh,
        "title_en": en,
        "statutory_min": str(low),
        "statutory_max": str(high),
        "factors": factors,
        "bands": rows,
        "note": page,
    }


def _in_order(rows: Sequence[Band], factors: Sequence[Data]) -> Amount:
    """The bands printed row by row in the order of ``factors``' ranks (the last fastest)."""
    ids = [f["id"] for f in factors]
    combos = itertools.product(*(_ranks(f) for f in factors))
    table = dict(zip(combos, rows, strict=True))
    return lambda levels: table[tuple(levels[i] for i in ids)]


def _ranked(
    ident: str,
    section: str,
    kinds: str | Sequence[str],
    zh: str,
    en: str,
    *,
    low: int,
    high: int,
    factors: list[Data],
    rows: Sequence[Band],
    page: str,
    top: Data | None = None,
    top_last: bool = True,
) -> Data:
    """A band table whose ``rows`` are printed in the order of ``factors``' ranks (`_in_order`).

    ``top``: a two-level factor (after ``factors``) whose higher level takes the statutory
    maximum whatever the others; its rows come after all the others, or with ``top_last``
    false, it runs fastest like a last factor.
    """
    return _bands(
        ident,
        section,
        kinds,
        zh,
        en,
        low=low,
        high=high,
        factors=factors if top is None else [*factors, top],
        amount=_in_order(rows, factors),
        page=page,
        top="impact" if top is None else top["id"],
        top_last=top is not None and top_last,
    )


def _wan(*pairs: tuple[int | str, int | str]) -> list[Band]:
    """Bands written as numbers of 万元 (``"0.5"`` for 0.5万元)."""
    return [(str(a), str(b)) for a, b in pairs]


def _history(*weights: str) -> Data:
    """近二年同类违法行为情况（含本次）: 1 / 2 / 3 / 4 or more times."""
    one, two, three, four = weights
    return _brackets(
        "history",
        "近二年同类违法行为情况（含本次）",
        "same violations within two years (this one included)",
        "violations_2y",
        ("2", "3", "4"),
        ("1次", "once", one),
        ("2次", "twice", two),
        ("3次", "three times", three),
        ("4次以上", "four times or more", four),
    )


def _history_ranks() -> Data:
    """The band tables' 近二年同类违法行为情况: fewer than 2 / 2 / 3 or more (this one counted)."""
    return _brackets(
        "history",
        "近二年同类违法行为情况",
        "same violations within two years",
        "violations_2y",
        ("2", "3"),
        ("2次以下", "fewer than two", "0"),
        ("2次", "two", "1"),
        ("3次以上", "three or more", "2"),
    )


ImpactWording = Literal["caused", "consequences", "whether", "situation", "weighed"]
_IMPACT_WORDING: dict[ImpactWording, tuple[str, str, tuple[str, str], tuple[str, str]]] = {
    # Chapters 4 and 6 (band tables): 造成重大生态环境影响或者不良社会影响 未造成 / 造成.
    "caused": (
        "造成重大生态环境影响或者不良社会影响",
        "major ecological or social impact",
        ("未造成", "none"),
        ("造成", "caused"),
    ),
    # Chapter 2: 危害后果.
    "consequences": (
        "危害后果",
        "consequences",
        ("未造成重大生态环境影响或者不良社会影响", "no major ecological or social impact"),
        ("造成重大生态环境影响或者不良社会影响", "major ecological or social impact"),
    ),
    # Chapter 3 (and §§4.29, 6.15): 是否造成….
    "whether": (
        "是否造成重大生态环境影响或者不良社会影响",
        "major ecological or bad social impact",
        ("未造成", "none"),
        ("造成重大生态环境影响或者不良社会影响", "major ecological or bad social impact"),
    ),
    # Chapters 7 and 8: …情况.
    "situation": (
        "重大生态环境影响或者不良社会影响情况",
        "major ecological impact or adverse social impact",
        ("未造成重大生态环境影响或者不良社会影响的", "none caused"),
        ("造成重大生态环境影响或者不良社会影响的", "caused"),
    ),
    # The weight tables of chapters 4 and 6.
    "weighed": (
        "重大生态环境影响或者不良社会影响",
        "major ecological or social impact",
        ("未造成重大生态环境影响或者不良社会影响", "none"),
        ("造成重大生态环境影响或者不良社会影响", "caused"),
    ),
}


def _impact(wording: ImpactWording = "caused", score: str = "1") -> Data:
    """造成重大生态环境影响或者不良社会影响 (fact ``major_impact``): not caused 0, caused ``score``.

    ``score`` "1" (the default) is the band tables' rank, whose higher level takes the statutory
    maximum (`_bands`); a weight table gives the weight. ``wording``: the factor's labels, as the
    chapters print them (`_IMPACT_WORDING`).
    """
    zh, en, no, yes = _IMPACT_WORDING[wording]
    return _flag("impact", zh, en, "major_impact", no, yes, score)


_SENSITIVE = ("restricted", "residential", "ecological", "drinking_water_first")


def _general_or_sensitive(score: str = "1", zh: str = "所在区域") -> Data:
    """一般区域 (0) / 限批区或环境敏感区 (``score``: a weight, or the default "1", a rank).

    The wording of §§1.5, 4.7 and 4.9, beside `_area_binary`'s.
    """
    return _factor(
        "area",
        zh,
        "area",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        *(
            _lv("限批区或环境敏感区", f"restricted or sensitive area ({a})", score, _eq("area", a))
            for a in _SENSITIVE
        ),
    )


def _area_binary(score: str = "1", zh: str = "环境敏感区或限批区") -> Data:
    """所在区域: outside (0) / inside (``score``) an environmental sensitive or restricted area.

    ``score``: a weight table's weight, or the default "1", a band table's rank; ``zh``: how
    the table names the area.
    """
    return _factor(
        "area",
        "所在区域",
        "area",
        _lv(
            f"{zh}以外的区域", "outside sensitive and restricted areas", "0", _eq("area", "general")
        ),
        *(
            _lv(zh, f"sensitive or restricted area ({a})", score, _eq("area", a))
            for a in _SENSITIVE
        ),
    )


def _exceedance(low: str, mid: str, high: str, top: str, *, ph: bool) -> Data:
    """超标情况: the multiple over the limit or the share over the quota (and, for water, pH)."""
    ph_levels = (
        [
            _lv(
                "仅pH值超标（2<pH<5）", "pH only, 2 < pH < 5", "0", _num("ph", above="2", below="5")
            ),
            _lv(
                "仅pH值超标（10<pH<11）",
                "pH only, 10 < pH < 11",
                "0",
                _num("ph", above="10", below="11"),
            ),
            _lv("仅pH值超标（pH≤2）", "pH only, pH ≤ 2", "0.03", _num("ph", at_most="2")),
            _lv("仅pH值超标（pH≥11）", "pH only, pH ≥ 11", "0.03", _num("ph", at_least="11")),
        ]
        if ph
        else []
    )
    em, qx = "exceedance_multiple", "quota_excess_ratio"
    return _factor(
        "exceedance",
        "超标情况",
        "exceedance",
        *ph_levels,
        _lv("超标3倍以下", "under 3 times over", low, _num(em, below="3")),
        _lv("超量30%以下", "under 30 % over the quota", low, _num(qx, below="0.3")),
        _lv(
            "超标3倍以上8倍以下", "3 to under 8 times over", mid, _num(em, at_least="3", below="8")
        ),
        _lv(
            "超量30%以上50%以下",
            "30 % to under 50 % over the quota",
            mid,
            _num(qx, at_least="0.3", below="0.5"),
        ),
        _lv(
            "超标8倍以上20倍以下",
            "8 to under 20 times over",
            high,
            _num(em, at_least="8", below="20"),
        ),
        _lv(
            "超量50%以上80%以下",
            "50 % to under 80 % over the quota",
            high,
            _num(qx, at_least="0.5", below="0.8"),
        ),
        _lv("超标20倍以上", "20 times over or more", top, _num(em, at_least="20")),
        _lv("超量80%以上", "80 % or more over the quota", top, _num(qx, at_least="0.8")),
    )


def _factors_over(two: str, three: str) -> Data:
    return _brackets(
        "pollutants_over",
        "超标因子数目",
        "parameters over the limit",
        "pollutants_over",
        ("2", "3"),
        ("1个", "one", "0"),
        ("2个", "two", two),
        ("3个以上", "three or more", three),
    )


def _water_over_limit(ident: str, section: str, page: str, low: int, floor: str | None) -> Data:
    return _weights(
        ident,
        section,
        "water.over-limit",
        "超过水污染物排放标准或超过重点水污染物排放总量控制指标排放水污染物",
        "Water pollutants discharged over the standard or the total-quantity quota",
        low=low,
        high=1_000_000,
        start="0.07",
        floor=floor,
        factors=[
            _factors_over("0.02", "0.08"),
            _water_classes(),
            _area_water_four(),
            _brackets(
                "daily_wastewater",
                "废水日排放量",
                "daily wastewater",
                "daily_wastewater_tonnes",
                ("50", "200"),
                ("50吨以下", "under 50 t", "0"),
                ("50吨以上200吨以下", "50 t to under 200 t", "0.03"),
                ("200吨以上", "200 t or more", "0.10"),
            ),
            _exceedance("0.05", "0.08", "0.15", "0.23", ph=True),
            _history("0", "0.03", "0.06", "0.15"),
        ],
        note=page,
    )


def _air_over_limit(ident: str, section: str, page: str, low: int, floor: str | None) -> Data:
    return _weights(
        ident,
        section,
        "air.over-limit",
        "超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物",
        "Air pollutants emitted over the standard or the total-quantity quota",
        low=low,
        high=1_000_000,
        start="0.10",
        floor=floor,
        factors=[
            _factors_over("0.03", "0.05"),
            _air_classes(),
            _area_three("0.15"),
            _period(zh="大气超标排放时期敏感程度"),
            _exceedance("0.02", "0.08", "0.10", "0.21", ph=False),
            _history("0", "0.04", "0.09", "0.14"),
        ],
        note=page,
    )


def _outlet() -> Data:
    return _weights(
        "cn-gd.table.3-10",
        "§3.10",
        "air.outlet-not-per-rules",
        "未按照规定设置大气污染物排放口",
        "Air pollutant outlet not set as required",
        low=20_000,
        high=200_000,
        start="0.10",
        factors=[
            _area_binary("0.30"),
            _factor(
                "pollutant_class",
                "排污情况",
                "pollutants",
                _lv("B类污染物", "class-B pollutants", "0", _eq("pollutant_class", "b")),
                _lv(
                    "B类污染物（挥发性有机物）",
                    "class-B pollutants (VOC)",
                    "0",
                    _eq("pollutant_class", "voc"),
                ),
                _lv("A类污染物", "class-A pollutants", "0.30", _eq("pollutant_class", "a")),
                _lv(
                    "A类污染物（有毒有害）",
                    "class-A pollutants (toxic)",
                    "0.30",
                    _eq("pollutant_class", "toxic"),
                ),
            ),
            _brackets(
                "outlets",
                "不符合规定的污染物排放口数量",
                "non-conforming outlets",
                "nonconforming_outlets",
                ("2", "3"),
                ("1个", "one", "0"),
                ("2个", "two", "0.15"),
                ("3个及以上", "three or more", "0.30"),
            ),
        ],
        note="p. 56-57 (PDF pp. 71-72); 罚款金额=裁量百分值总和×20万",
    )


def _voc() -> Data:
    forms = (
        (
            "open_facilities_used",
            "空间、设备未密闭，已安装且按规定使用污染防治设施",
            "not enclosed, facilities used",
        ),
        (
            "open_facilities_misused",
            "空间、设备未密闭，已安装但未按规定使用污染防治设施",
            "not enclosed, facilities not used as required",
        ),
        (
            "enclosed_no_facilities",
            "空间、设备已密闭，但未按规定安装使用污染防治设施",
            "enclosed, facilities not installed or used",
        ),
        (
            "open_no_facilities",
            "空间、设备未密闭，未按规定安装使用污染防治设施或未采取措施减少废气排放",
            "neither enclosed nor treated",
        ),
    )
    enclosure = _factor(
        "enclosure",
        "空间、设备密闭情况",
        "enclosure and facilities",
        *(
            _lv(zh, en, str(rank), _eq("voc_enclosure", v))
            for rank, (v, zh, en) in enumerate(forms)
        ),
    )
    return _ranked(
        "cn-gd.table.3-14",
        "§3.14",
        "air.voc-process-not-enclosed",
        "产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照规定安装、"
        "使用污染防治设施，或者未采取减少废气排放措施",
        "VOC-generating activity not enclosed, without treatment facilities used, or "
        "without emission-reduction measures",
        low=20_000,
        high=200_000,
        factors=[enclosure, _area_binary("1")],
        # 万元 by form, outside / inside a sensitive or restricted area.
        rows=_wan((2, 4), (4, 6), (6, 8), (8, 10), (10, 13), (13, 16), (16, 20), (20, 20)),
        page="p. 59 (PDF p. 74)",
    )


_ROWS_2_20 = _wan((2, 5), (5, 8), (8, 12), (12, 16), (16, 20), (20, 20))
"""The bands of §§3.15-3.19 (大气法 Art. 108): fewer than two / two / three or more violations,
outside / inside a sensitive or restricted area (万元: 2-5 / 5-8, 8-12 / 12-16, 16-20 / 20)."""


def _history_bands(
    ident: str,
    section: str,
    kind: str | list[str],
    zh: str,
    en: str,
    *,
    area: bool,
    rows: list[Band],
    low: int,
    high: int,
    page: str,
) -> Data:
    """§§3.12-3.31 (大气法): earlier violations (and, with ``area``, the area), rows as printed."""
    factors = [_history_ranks()] + ([_area_binary("1")] if area else [])
    return _ranked(
        ident, section, kind, zh, en, low=low, high=high, factors=factors, rows=rows, page=page
    )


def _hazardous_storage() -> Data:
    return _weights(
        "cn-gd.table.4-18",
        "§4.18",
        "waste.hazardous-improper-storage-disposal",
        "未按照国家环境保护标准贮存、利用、处置危险废物或者将危险废物混入非危险废物中贮存",
        "Hazardous waste stored, used or disposed of off-standard, or mixed into "
        "non-hazardous waste",
        low=100_000,
        high=1_000_000,
        start="0.10",
        factors=[
            _brackets(
                "tonnes",
                "涉及危废数量",
                "hazardous waste involved",
                "hazardous_waste_tonnes",
                ("2", "5", "10"),
                ("2吨以下", "under 2 t", "0"),
                ("2吨以上5吨以下", "2 t to under 5 t", "0.10"),
                ("5吨以上10吨以下", "5 t to under 10 t", "0.20"),
                ("10吨以上", "10 t or more", "0.30"),
            ),
            _prior_any("0.30"),
            _correction("0.30"),
        ],
        note="p. 101 (PDF p. 116)",
    )


def _hazardous_tonnes(*weights: str) -> Data:
    """涉及量 of hazardous waste: under 1 t / 1 to under 3 t / 3 to under 10 t / 10 t or more."""
    under_1, under_3, under_10, more = weights
    return _brackets(
        "tonnes",
        "涉及量",
        "quantity",
        "hazardous_waste_tonnes",
        ("1", "3", "10"),
        ("1吨以下", "under 1 t", under_1),
        ("1吨以上3吨以下", "1 t to under 3 t", under_3),
        ("3吨以上10吨以下", "3 t to under 10 t", under_10),
        ("10吨以上", "10 t or more", more),
    )


def _handling(zh: str, *weights: str) -> Data:
    """What became of the hazardous waste: not yet disposed of / recovered / treated / dumped."""
    h = "hazardous_waste_handling"
    not_yet, recovered, treated, dumped = weights
    return _factor(
        "handling",
        zh,
        "what became of the hazardous waste",
        _lv("暂未处置", "not yet disposed of", not_yet, _eq(h, "not_yet")),
        _lv("资源化综合利用", "recovered as a resource", recovered, _eq(h, "recovered")),
        _lv(
            "通过焚烧等方式处理处置",
            "treated (incinerated or otherwise)",
            treated,
            _eq(h, "treated"),
        ),
        _lv("非法倾倒、填埋", "dumped or buried unlawfully", dumped, _eq(h, "dumped")),
    )


def _permit_class() -> Data:
    return _factor(
        "permit_class",
        "排污许可分类管理类别",
        "permit class",
        _lv("简化管理", "simplified management", "0", _eq("permit_class", "simplified")),
        _lv("重点管理", "key management", "0.15", _eq("permit_class", "key")),
    )


def _water_classes() -> Data:
    return _factor(
        "pollutant_class",
        "排污情况",
        "pollutants",
        _lv("排放B类水污染物", "class-B water pollutants", "0", _eq("pollutant_class", "b")),
        _lv(
            "排放A类水污染物（除有毒有害水污染物）",
            "class-A water pollutants (not toxic)",
            "0.10",
            _eq("pollutant_class", "a"),
        ),
        _lv(
            "排放有毒有害水污染物",
            "toxic water pollutants",
            "0.22",
            _eq("pollutant_class", "toxic"),
        ),
    )


def _air_classes() -> Data:
    return _factor(
        "pollutant_class",
        "排污情况",
        "pollutants",
        _lv("排放含挥发性有机物废气", "VOC waste gas", "0.03", _eq("pollutant_class", "voc")),
        _lv(
            "排放B类大气污染物（除挥发性有机物废气）",
            "class-B air pollutants (not VOC)",
            "0.08",
            _eq("pollutant_class", "b"),
        ),
        _lv("排放A类大气污染物", "class-A air pollutants", "0.25", _eq("pollutant_class", "a")),
        _lv(
            "排放A类大气污染物（有毒有害）",
            "toxic air pollutants (class A)",
            "0.25",
            _eq("pollutant_class", "toxic"),
        ),
    )


def _toxic_or_not() -> Data:
    return _factor(
        "pollutant_class",
        "排污情况",
        "pollutants",
        *(
            _lv(
                "除有毒有害污染物以外的其他污染物",
                f"not toxic ({c})",
                "0",
                _eq("pollutant_class", c),
            )
            for c in ("voc", "b", "a")
        ),
        _lv("有毒有害污染物", "toxic pollutants", "0.19", _eq("pollutant_class", "toxic")),
    )


def _area_three(ecological: str) -> Data:
    """一般区域 0 / 限批区或人居环境敏感区 3 % / 生态环境敏感区 ``ecological``."""
    return _factor(
        "area",
        "排放口所在区域",
        "outlet area",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        _lv("限批区", "restricted-approval area", "0.03", _eq("area", "restricted")),
        _lv("人居环境敏感区", "residential sensitive area", "0.03", _eq("area", "residential")),
        _lv("生态环境敏感区", "ecological sensitive area", ecological, _eq("area", "ecological")),
        _lv(
            "生态环境敏感区（饮用水水源一级保护区）",
            "ecological sensitive area (first-grade drinking-water zone)",
            ecological,
            _eq("area", "drinking_water_first"),
        ),
    )


def _area_water_four() -> Data:
    return _factor(
        "area",
        "排放口所在区域",
        "outlet area",
        _lv("一般区域", "general area", "0", _eq("area", "general")),
        _lv("限批区", "restricted-approval area", "0.03", _eq("area", "restricted")),
        _lv("人居环境敏感区", "residential sensitive area", "0.03", _eq("area", "residential")),
        _lv(
            "生态环境敏感区（除饮用水水源一级保护区）",
            "ecological sensitive area (not a first-grade drinking-water zone)",
            "0.08",
            _eq("area", "ecological"),
        ),
        _lv(
            "饮用水水源一级保护区",
            "first-grade drinking-water protection zone",
            "0.15",
            _eq("area", "drinking_water_first"),
        ),
    )


def _period(special: str = "0.05", warning: str = "0.10", zh: str = "大气排放时期敏感程度") -> Data:
    """大气排放时期敏感程度: ordinary 0, special or major event ``special``, warning ``warning``.

    Weights, or the ranks "1" and "2" of a band table.
    """
    return _factor(
        "period",
        zh,
        "period",
        _lv("一般期间", "ordinary period", "0", _eq("period", "ordinary")),
        _lv(
            "特殊或重大活动期间", "special or major event", special, _eq("period", "special_event")
        ),
        _lv(
            "重污染天气预警期间",
            "heavy-pollution weather warning",
            warning,
            _eq("period", "heavy_pollution_warning"),
        ),
    )


def _earlier_ranks() -> Data:
    """近二年同类违法行为情况 as ranks: none / 1 to under 3 / 3 or more earlier ones."""
    return _brackets(
        "history",
        "近二年同类违法行为情况",
        "earlier same violations within two years",
        "violations_2y",
        ("2", "4"),
        ("无同类违法行为", "none", "0"),
        ("1次以上3次以下", "1 to under 3", "1"),
        ("3次以上", "3 or more", "2"),
    )


def _correction(weight: str = "1") -> Data:
    """整改情况: 限期内改正 0, 逾期未改正 ``weight`` (the default "1": a band table's rank)."""
    return _flag(
        "correction",
        "整改情况",
        "correction",
        "refused_to_correct",
        ("限期内改正", "corrected within the time set"),
        ("逾期未改正", "not corrected in time"),
        weight,
    )


def _cooperation(weight: str = "1", zh: str = "配合调查情况") -> Data:
    """配合调查 0 / 不配合调查 ``weight`` (the default "1": a band table's rank)."""
    return _flag(
        "cooperation",
        zh,
        "cooperation",
        "uncooperative",
        ("配合调查", "cooperated"),
        ("不配合调查", "did not cooperate"),
        weight,
    )


def _prior_year(weight: str = "1", zh: str = "近一年同类违法行为情况") -> Data:
    """近一年同类违法行为: none 0 / some ``weight`` (the default "1": a band table's rank)."""
    return _flag(
        "prior_year",
        zh,
        "same violation within a year",
        "prior_same_kind_1y",
        ("无同类违法行为", "none"),
        ("有同类违法行为", "some"),
        weight,
    )


def _prior_any(weight: str = "1") -> Data:
    """是否无同类违法行为 (fact ``prior_same_kind``): none 0 / some ``weight``."""
    return _flag(
        "prior",
        "是否无同类违法行为",
        "earlier violations of the same kind",
        "prior_same_kind",
        ("无同类违法行为", "none"),
        ("有同类违法行为", "some"),
        weight,
    )


def _months(*weights: str, bounds: tuple[int, int, int]) -> Data:
    a, b, c = (str(n) for n in bounds)
    w0, w1, w2, w3 = weights
    return _brackets(
        "duration",
        "违法行为持续时间",
        "duration",
        "duration_months",
        (a, b, c),
        (f"{a}个月以下", f"under {a} months", w0),
        (f"{a}个月以上{b}个月以下", f"{a} to under {b} months", w1),
        (f"{b}个月以上{c}个月以下", f"{b} to under {c} months", w2),
        (f"{c}个月以上", f"{c} months or more", w3),
    )


def _days() -> Data:
    return _brackets(
        "duration",
        "违法行为持续时间",
        "duration",
        "duration_days",
        ("1", "5", "15"),
        ("1天以下", "under a day", "0"),
        ("1天以上5天以下", "1 to under 5 days", "0.02"),
        ("5天以上15天以下", "5 to under 15 days", "0.08"),
        ("15天以上", "15 days or more", "0.15"),
    )


def _evasion_form() -> Data:
    forms = (
        (
            "part_facilities",
            "部分污染防治设施不正常运行",
            "part of the facilities not run normally",
            "0",
        ),
        (
            "whole_facilities",
            "整体污染防治设施不正常运行",
            "the facilities as a whole not run normally",
            "0.10",
        ),
        ("secret_discharge", "偷排", "secret discharge", "0.20"),
        ("falsified_data", "篡改、伪造监测数据", "falsified monitoring data", "0.20"),
    )
    return _factor(
        "form",
        "行为表现形式",
        "form",
        *(_lv(zh, en, w, _eq("evasion_form", v)) for v, zh, en, w in forms),
    )


def _networking() -> list[Data]:
    """§§2.3 and 3.8 (automatic monitoring not installed, used or networked): the factors."""
    faults = (
        ("not_networked", "正常使用但未联网", "used but not networked", "0"),
        ("not_run_normally", "已联网但未正常使用", "networked but not run normally", "0.10"),
        ("not_used", "已联网但未使用", "networked but not used", "0.20"),
        ("not_installed", "未安装", "not installed", "0.30"),
    )
    return [
        _factor(
            "form",
            "行为表现形式",
            "form",
            *(_lv(zh, en, w, _eq("monitoring_fault", v)) for v, zh, en, w in faults),
        ),
        _months("0", "0.05", "0.10", "0.20", bounds=(1, 3, 6)),
        _prior_year("0.20", "近一年同类违法行为"),
        _correction("0.20"),
    ]


def _weights(
    ident: str,
    section: str,
    kind: str | list[str],
    zh: str,
    en: str,
    *,
    low: int,
    high: int,
    start: str,
    floor: str | None = None,
    factors: list[Data],
    note: str,
) -> Data:
    return {
        "id": ident,
        "mode": "weights",
        "kinds": [kind] if isinstance(kind, str) else kind,
        "section": section,
        "title_zh": zh,
        "title_en": en,
        "statutory_min": str(low),
        "statutory_max": str(high),
        "start": start,
        **({"floor": floor} if floor else {}),
        "factors": factors,
        "note": note,
    }


def _more_tables() -> list[Data]:
    no_permit_water = "未依法取得排污许可证排放水污染物"
    no_permit_air = "未依法取得排污许可证排放大气污染物"
    evasion_water = "以逃避监管的方式排放水污染物"
    evasion_air = "通过逃避监管的方式排放大气污染物"
    times_100 = "罚款金额＝裁量百分值总和×100万"
    floor_20 = "裁量百分值总和不足20%的，按20%计算"
    water_no_permit = [
        _permit_class(),
        _water_classes(),
        _factor(
            "area",
            "排放口所在区域",
            "outlet area",
            _lv(
                "生态环境敏感区以外的区域",
                "outside ecological sensitive areas",
                "0",
                _eq("area", "general"),
            ),
            *(
                _lv(
                    "生态环境敏感区以外的区域",
                    f"outside ecological sensitive areas ({a})",
                    "0",
                    _eq("area", a),
                )
                for a in ("restricted", "residential")
            ),
            *(
                _lv("生态环境敏感区域", f"ecological sensitive area ({a})", "0.11", _eq("area", a))
                for a in ("ecological", "drinking_water_first")
            ),
        ),
        _months("0", "0.04", "0.09", "0.19", bounds=(3, 6, 12)),
        _correction("0.05"),
        _history("0", "0.02", "0.06", "0.18"),
    ]
    untreated = _factor(
        "untreated",
        "大气污染物收集处理情况",
        "collection and treatment",
        _lv("已经污染防治设施收集处理", "collected and treated", "0", _eq("untreated", False)),
        _lv("未经污染防治设施收集处理", "not collected or treated", "0.10", _eq("untreated", True)),
    )
    air_no_permit = [_permit_class(), _air_classes(), _area_three("0.15"), _period(), untreated]
    air_no_permit.append(_history("0", "0.02", "0.06", "0.18"))
    water_evasion = [
        _evasion_form(),
        _toxic_or_not(),
        _area_water_four(),
        _correction("0.05"),
        _days(),
        _history("0", "0.02", "0.07", "0.16"),
    ]
    cooperation = _cooperation("0.05")
    air_evasion = [_evasion_form(), _toxic_or_not(), _area_three("0.15"), _days()]
    air_evasion += [_history("0", "0.02", "0.07", "0.16"), cooperation]
    monitoring = _networking()
    return [
        _weights(
            "cn-gd.table.2-5-1",
            "§2.5.1",
            "water.no-permit",
            no_permit_water,
            "Water pollutants discharged without a discharge permit",
            low=100_000,
            high=1_000_000,
            start="0.10",
            floor=None,
            factors=water_no_permit,
            note=f"p. 17 (PDF p. 32); {times_100}",
        ),
        _weights(
            "cn-gd.table.2-5-2",
            "§2.5.2",
            "water.no-permit",
            no_permit_water + "（排污许可管理条例第三十三条）",
            "Pollutants discharged without a discharge permit (排污许可管理条例 Art. 33)",
            low=200_000,
            high=1_000_000,
            start="0.10",
            floor="0.20",
            factors=water_no_permit,
            note=f"p. 18 (PDF p. 33); {times_100}, {floor_20}",
        ),
        _weights(
            "cn-gd.table.2-8-1",
            "§2.8.1",
            "water.evading-monitoring",
            evasion_water,
            "Water pollutants discharged by evading supervision",
            low=100_000,
            high=1_000_000,
            start="0.10",
            floor=None,
            factors=water_evasion,
            note=f"pp. 22-23 (PDF pp. 37-38); {times_100}",
        ),
        _weights(
            "cn-gd.table.2-8-2",
            "§2.8.2",
            "water.evading-monitoring",
            evasion_water + "（排污许可管理条例第三十四条第二项）",
            "Pollutants discharged by evading supervision (排污许可管理条例 Art. 34 (2))",
            low=200_000,
            high=1_000_000,
            start="0.10",
            floor="0.20",
            factors=water_evasion,
            note=f"pp. 23-24 (PDF pp. 38-39); {times_100}, {floor_20}",
        ),
        _weights(
            "cn-gd.table.3-2-1",
            "§3.2.1",
            "air.no-permit",
            no_permit_air,
            "Air pollutants emitted without a discharge permit",
            low=100_000,
            high=1_000_000,
            start="0.07",
            floor=None,
            factors=air_no_permit,
            note=f"p. 48 (PDF p. 63); {times_100}",
        ),
        _weights(
            "cn-gd.table.3-2-2",
            "§3.2.2",
            "air.no-permit",
            no_permit_air + "（排污许可管理条例第三十三条）",
            "Pollutants emitted without a discharge permit (排污许可管理条例 Art. 33)",
            low=200_000,
            high=1_000_000,
            start="0.10",
            floor="0.20",
            factors=air_no_permit,
            note=f"pp. 48-49 (PDF pp. 63-64); {times_100}, {floor_20}, 裁量百分值总和超过100%的，按100%计算",
        ),
        _weights(
            "cn-gd.table.3-5-1",
            "§3.5.1",
            "air.evading-monitoring",
            evasion_air,
            "Air pollutants emitted by evading supervision",
            low=100_000,
            high=1_000_000,
            start="0.10",
            floor=None,
            factors=air_evasion,
            note=f"pp. 52-53 (PDF pp. 67-68); {times_100}",
        ),
        _weights(
            "cn-gd.table.3-5-2",
            "§3.5.2",
            "air.evading-monitoring",
            evasion_air + "（排污许可管理条例第三十四条第二项）",
            "Pollutants emitted by evading supervision (排污许可管理条例 Art. 34 (2))",
            low=200_000,
            high=1_000_000,
            start="0.10",
            floor="0.20",
            factors=air_evasion,
            note=f"pp. 53-54 (PDF pp. 68-69); {times_100}, {floor_20}",
        ),
        _weights(
            "cn-gd.table.3-8",
            "§3.8",
            "monitoring.not-networked",
            "未按照规定安装、使用大气污染物排放自动监测设备或者未按照规定与生态环境主管部门的监控设备联网，并保证监测设备正常运行",
            "Automatic air monitoring not installed, used or networked as required",
            low=20_000,
            high=200_000,
            start="0.10",
            floor=None,
            factors=monitoring,
            note="pp. 55-56 (PDF pp. 70-71); 罚款金额=裁量百分值总和×20万",
        ),
    ]


_LABEL_BANDS = (
    ("10", "12"), ("12", "15"), ("15", "18"), ("18", "20"), ("20", "22"), ("22", "25"),
    ("25", "28"), ("28", "30"), ("30", "35"), ("35", "38"), ("38", "40"), ("40", "45"),
    ("45", "50"), ("50", "55"), ("55", "65"), ("65", "70"), ("70", "75"), ("75", "85"),
    ("12", "15"), ("15", "18"), ("18", "20"), ("20", "22"), ("22", "25"), ("25", "28"),
    ("28", "30"), ("30", "35"), ("35", "38"), ("38", "40"), ("40", "45"), ("45", "50"),
    ("50", "55"), ("55", "65"), ("65", "70"), ("70", "75"), ("75", "85"), ("85", "100"),
)  # fmt: skip
"""§§4.12, 4.13 and 4.16 (万元, as printed): form × tonnes (<3, 3-10, >=10) × correction (in time,
overdue) × earlier same violations within two years (none, 1 to under 3, 3 or more)."""


def _hazardous_label() -> Data:
    """§4.12: sign set but not as required / not set × tonnes × correction × earlier violations.

    The last row, a major impact (``major_impact``), takes the single 1,000,000.
    """
    return _ranked(
        "cn-gd.table.4-12",
        "§4.12",
        "waste.hazardous-no-label",
        "未按照规定设置危险废物识别标志",
        "Hazardous-waste identification sign not set as required",
        low=100_000,
        high=1_000_000,
        factors=[
            _factor(
                "form",
                "违法程度",
                "form",
                _lv(
                    "已设置，但不符合要求",
                    "set, but not as required",
                    "0",
                    _eq("label_missing", False),
                ),
                _lv("未设置", "not set", "1", _eq("label_missing", True)),
            ),
            _brackets(
                "tonnes",
                "涉及量",
                "quantity",
                "hazardous_waste_tonnes",
                ("3", "10"),
                ("3吨以下", "under 3 t", "0"),
                ("3吨以上10吨以下", "3 t to under 10 t", "1"),
                ("10吨以上", "10 t or more", "2"),
            ),
            _correction(),
            _earlier_ranks(),
        ],
        rows=_LABEL_BANDS,
        page="pp. 92-94 (PDF pp. 107-109)",
        top=_impact(),
    )


def _permit_35_halves(
    ident: str, section: str, kinds: Sequence[str], zh: str, en: str, *, page: str, item: str
) -> list[Data]:
    """§§3.48, 8.27 (排污许可管理条例 Art. 35 (1), (2)): one table printed across two ranges.

    The 违法情节 splits the rows along the article's ranges: without a major impact,
    50,000-200,000; with one (情节严重), 200,000-1,000,000. Each half is a table for its range (the
    case's ``serious`` picks the range, and the range the table); within it, the area and the
    earlier same violations within two years (无 / 1次以上3次以下 / 3次以上). ``page`` and ``item``
    (the article's words) go into each half's note.
    """
    halves = (
        (
            "ordinary",
            "未造成重大生态环境影响或者不良社会影响的",
            "no major impact",
            (50_000, 200_000),
            [(5, 7), (7, 10), (10, 12), (12, 15), (15, 20), (20, 20)],
        ),
        (
            "higher",
            "造成重大生态环境影响或者不良社会影响的",
            "a major ecological or bad social impact (情节严重)",
            (200_000, 1_000_000),
            [(20, 30), (30, 40), (40, 60), (60, 80), (80, 100), (100, 100)],
        ),
    )
    return [
        _ranked(
            f"{ident}.{name}",
            section,
            list(kinds),
            f"{zh}（{part_zh}）",
            f"{en} ({part_en})",
            low=low,
            high=high,
            factors=[_area_binary("1"), _earlier_ranks()],
            rows=_wan(*tenk),
            page=f"{page}; {item}, {low}-{high} yuan: the rows {part_zh}",
        )
        for name, part_zh, part_en, (low, high), tenk in halves
    ]


def _with_citation(table: Data, instrument: dict[str, Any]) -> Data:
    page = table.pop("note")
    article = 6 if table["mode"] == "weights" else 12
    table["citation"] = {
        "instrument": instrument,
        "article": article,
        "note": f"附件1 广东省生态环境违法行为行政处罚罚款金额裁量表 {table['section']}, {page}; "
        f"read in the annex PDF ({_PDF}).",
    }
    return table


def tables(instrument: dict[str, Any], *more: list[Data]) -> list[Data]:
    """The encoded tables, each citing ``instrument`` (粤环发〔2021〕7号) and its annex page.

    ``more``: the uncited tables of the modules that import this one's helpers (a chapter's
    ``tables_<suffix>()``, passed in by `ecoreg.jurisdictions.guangdong`: importing them here
    would be an import cycle).
    """
    found = [
        _water_over_limit(
            "cn-gd.table.2-7-1",
            "§2.7.1",
            "pp. 20-21 (PDF pp. 35-36); 罚款金额＝裁量百分值总和×100万",
            100_000,
            None,
        ),
        _water_over_limit(
            "cn-gd.table.2-7-2",
            "§2.7.2",
            "pp. 21-22 (PDF pp. 36-37); 罚款金额＝裁量百分值总和×100万, 裁量百分值总和不足20%的，按20%计算",
            200_000,
            "0.20",
        ),
        _air_over_limit(
            "cn-gd.table.3-4-1",
            "§3.4.1",
            "pp. 50-51 (PDF pp. 65-66); 罚款金额＝裁量百分值总和×100万",
            100_000,
            None,
        ),
        _air_over_limit(
            "cn-gd.table.3-4-2",
            "§3.4.2",
            "pp. 51-52 (PDF pp. 66-67); 罚款金额＝裁量百分值总和×100万, 裁量百分值总和不足20%的，按20%计算",
            200_000,
            "0.20",
        ),
        _outlet(),
        _voc(),
        _history_bands(
            "cn-gd.table.3-18",
            "§3.18",
            "dust.industrial-not-enclosed",
            "钢铁、建材、有色金属、石油、化工、制药、矿产开采等企业，未采取集中收集处理、密闭、围挡、遮盖、"
            "清扫、洒水等措施，控制、减少粉尘和气态污染物排放",
            "Steel, building-material, mining and similar firms without dust and gas controls",
            area=True,
            rows=_ROWS_2_20,
            low=20_000,
            high=200_000,
            page="p. 62 (PDF p. 77)",
        ),
        _history_bands(
            "cn-gd.table.3-24",
            "§3.24",
            "dust.dusty-material-not-enclosed",
            "未密闭煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土等易产生扬尘的物料",
            "Dusty materials (coal, gangue, cinder, ash, cement, lime, gypsum, sand …) not enclosed",
            area=False,
            rows=_wan((1, 5), (5, 10), (10, 10)),
            low=10_000,
            high=100_000,
            page="p. 66 (PDF p. 81)",
        ),
        *(
            _history_bands(
                f"cn-gd.table.3-{n}",
                f"§3.{n}",
                kinds,
                zh,
                en,
                area=True,
                rows=_ROWS_2_20,
                low=20_000,
                high=200_000,
                page=page,
            )
            for n, kinds, zh, en, page in (
                (
                    12,
                    [
                        "air.high-pollution-fuel-facility-in-ban-zone",
                        "air.high-pollution-fuel-burning-in-ban-zone",
                    ],
                    "在禁燃区内新建、扩建燃用高污染燃料的设施，或者未按照规定停止燃用高污染燃料",
                    "High-pollution fuel facilities built, or the fuel still burned, in a ban zone",
                    "pp. 57-58 (PDF pp. 72-73)",
                ),
                (
                    13,
                    "air.nonconforming-boiler-use",
                    "使用不符合规定标准或者要求的锅炉",
                    "Boilers that do not meet the standards used",
                    "pp. 58-59 (PDF pp. 73-74)",
                ),
                (
                    15,
                    "air.coating-low-voc-not-used",
                    "工业涂装企业未使用低挥发性有机物含量涂料或者未建立、保存台账",
                    "Industrial coating without low-VOC coatings, or without the ledger",
                    "p. 60 (PDF p. 75)",
                ),
                (
                    16,
                    "air.solvent-leak-not-controlled",
                    (
                        "石油、化工以及其他生产和使用有机溶剂的企业，未采取措施对管道、设备进行日常维护、维修，"
                        "减少物料泄漏或者对泄漏的物料未及时收集处理"
                    ),
                    "Organic-solvent firms without maintenance against leaks, or leaks not collected",
                    "pp. 60-61 (PDF pp. 75-76)",
                ),
                (
                    17,
                    "air.vapour-recovery-not-used",
                    "储油储气库、加油加气站和油罐车、气罐车等，未按照国家有关规定安装并正常使用油气回收装置",
                    "Oil and gas depots, filling stations and tankers without vapour recovery in use",
                    "p. 61 (PDF p. 76)",
                ),
                (
                    19,
                    [
                        "air.combustible-gas-not-recovered",
                        "air.combustible-gas-recovery-not-repaired",
                    ],
                    (
                        "工业生产、垃圾填埋或者其他活动中产生的可燃性气体未回收利用，不具备回收利用条件未进行防治"
                        "污染处理，或者可燃性气体回收利用装置不能正常作业，未及时修复或者更新"
                    ),
                    "Combustible gas not recovered or treated, or the recovery device not repaired",
                    "pp. 62-63 (PDF pp. 77-78)",
                ),
            )
        ),
        *(
            _history_bands(
                f"cn-gd.table.3-{n}",
                f"§3.{n}",
                kind,
                zh,
                en,
                area=False,
                rows=_wan((1, 5), (5, 10), (10, 10)),
                low=10_000,
                high=100_000,
                page=page,
            )
            for n, kind, zh, en, page in (
                (
                    29,
                    "air.toxic-pollutant-risk-not-prevented",
                    (
                        "排放有毒有害大气污染物的企业事业单位，未按照规定建设环境风险预警体系或者对排放口和周边环境"
                        "进行定期监测、排查环境安全隐患并采取有效措施防范环境风险"
                    ),
                    (
                        "Toxic air-pollutant emitters without a risk-warning system, monitoring or "
                        "risk prevention"
                    ),
                    "pp. 68-69 (PDF pp. 83-84)",
                ),
                (
                    30,
                    "air.pop-emission-not-reduced",
                    (
                        "向大气排放持久性有机污染物的企业事业单位和其他生产经营者以及废弃物焚烧设施的运营单位，"
                        "未按照国家有关规定采取有利于减少持久性有机污染物排放的技术方法和工艺，配备净化装置"
                    ),
                    (
                        "Persistent organic pollutant emitters without the required techniques and "
                        "purification"
                    ),
                    "p. 69 (PDF p. 84)",
                ),
                (
                    31,
                    "air.odour-not-prevented",
                    "未采取措施防止排放恶臭气体",
                    "Odorous gas emitted without preventive measures",
                    "pp. 69-70 (PDF pp. 84-85)",
                ),
                (
                    25,
                    "dust.uncovered-stockpile",
                    (
                        "对不能密闭的易产生扬尘的物料，未设置不低于堆放物高度的严密围挡，或者未采取有效覆盖措施"
                        "防治扬尘污染"
                    ),
                    (
                        "Dusty materials that cannot be enclosed, without a fence as high as the pile "
                        "or an effective cover"
                    ),
                    "pp. 66-67 (PDF pp. 81-82)",
                ),
                (
                    26,
                    "dust.loading-unloading-not-controlled",
                    "装卸物料未采取密闭或者喷淋等方式控制扬尘排放",
                    "Loading or unloading without enclosure or spraying against dust",
                    "p. 67 (PDF p. 82)",
                ),
                (
                    27,
                    "air.coal-storage-no-fire-prevention",
                    "存放煤炭、煤矸石、煤渣、煤灰等物料，未采取防燃措施",
                    "Coal, gangue, cinder or ash stored without fire prevention",
                    "p. 67 (PDF p. 82)",
                ),
                (
                    28,
                    "dust.wharf-mine-landfill-dust",
                    "码头、矿山、填埋场和消纳场未采取有效措施防治扬尘污染",
                    "Wharves, mines, landfills and disposal sites without effective dust control",
                    "pp. 67-68 (PDF pp. 82-83)",
                ),
            )
        ),
        _hazardous_label(),
        _hazardous_storage(),
        *_more_tables(),
        *(table for extra in more for table in extra),
    ]
    return [_with_citation(t, instrument) for t in found]
