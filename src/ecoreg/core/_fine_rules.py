"""Fine rules in the shapes the law writes them, as typed data.

A Chinese penalty article rarely says only "from X to Y yuan". It caps a fine
with no floor (可以处五万元以下的罚款), chooses a band by the facts (情节严重的,
拒不改正的, 报告书 or 报告表, the accident grade), multiplies a base (货值金额一倍以上
五倍以下, with a floor on the base: 货值金额不足五万元的，以五万元计算), takes a
share of one (总投资额百分之一以上百分之五以下), counts units (每辆五千元, 每平方米
一千元以上一万元以下) or scales another band (前款罚款数额的二倍以上五倍以下). Each
shape here is one model; `FineRule` is their union, tagged by ``shape``.

`FineRule.resolve` turns a rule and the facts of a case into the statutory range
for that case (`ResolvedRange`), with the words of the rule applied. A rule that
needs a fact the case does not state raises `MissingFactError` naming the fact;
the caller adds the article. Boolean facts that the officer has not found
(情节严重, 拒不改正 …) count as not found: the law's aggravated bands need a finding.

Rounding is declared once: a computed minimum is rounded up to the fen and a
computed maximum down, so the range never leaves the law's.

Examples:
    >>> from decimal import Decimal
    >>> rule = FineRule.from_data(
    ...     {
    ...         "shape": "tiers",
    ...         "tiers": [
    ...             {
    ...                 "when": [{"fact": "eia_document", "equals": "report_book"}],
    ...                 "rule": {"shape": "range", "min": "200000", "max": "1000000"},
    ...             },
    ...             {
    ...                 "when": [{"fact": "eia_document", "equals": "report_form"}],
    ...                 "rule": {"shape": "range", "min": "100000", "max": "500000"},
    ...             },
    ...         ],
    ...     }
    ... )
    >>> r = rule.resolve(CaseFacts(eia_document="report_form"))
    >>> str(r.low), str(r.high)
    ('100000.00', '500000.00')
    >>> multiple = FineRule.from_data(
    ...     {
    ...         "shape": "multiple",
    ...         "base": "goods_value",
    ...         "min": "1",
    ...         "max": "5",
    ...         "base_floor": "50000",
    ...     }
    ... )
    >>> r = multiple.resolve(CaseFacts(goods_value=Decimal("12000")))
    >>> str(r.low), str(r.high)
    ('50000.00', '250000.00')
"""

from __future__ import annotations

from abc import abstractmethod
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal

import attrs
from pydantic import (
    ConfigDict,
    Discriminator,
    Field,
    RootModel,
    Tag,
    ValidationError,
    model_validator,
)

from ecoreg.core._boundary import check_class
from ecoreg.core._model import EcoregErrors, EcoregModel, input_error_from
from ecoreg.core._money import FEN, MAX_YUAN, NonNegativeYuan
from ecoreg.exceptions import InvalidInputError, MissingFactError, UnquantifiedFineError

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "AccidentGrade",
    "CaseFacts",
    "CountUnit",
    "EiaDocument",
    "FactCondition",
    "FineBand",
    "FineRule",
    "MoneyFact",
    "PartyType",
    "ResolvedRange",
]


class EiaDocument(StrEnum):
    """The type of environmental impact document a project needs (环境影响评价文件)."""

    REPORT_BOOK = "report_book"
    """环境影响报告书: the full report, for projects with major impact."""
    REPORT_FORM = "report_form"
    """环境影响报告表: the report form, for projects with light impact."""
    REGISTRATION_FORM = "registration_form"
    """环境影响登记表: the registration form, filed, not approved."""


class AccidentGrade(StrEnum):
    """The grade of an environmental pollution or ecological damage accident (事故等级)."""

    GENERAL = "general"
    """一般."""
    LARGE = "large"
    """较大."""
    MAJOR = "major"
    """重大."""
    ESPECIALLY_MAJOR = "especially_major"
    """特别重大."""


class PartyType(StrEnum):
    """Who the party is, where an article fines them differently."""

    UNIT = "unit"
    """单位 / 企业事业单位: an enterprise, institution or other organisation."""
    OTHER_OPERATOR = "other_operator"
    """其他生产经营者: a producer or trader that is not a unit (e.g. an individual business)."""
    INDIVIDUAL = "individual"
    """个人: a natural person."""


class CountUnit(StrEnum):
    """What a per-unit fine counts."""

    VEHICLE = "vehicle"
    """每辆: motor vehicles and non-road mobile machinery."""
    VEHICLE_OR_SHIP = "vehicle_or_ship"
    """每辆（艘）."""
    SQUARE_METRE = "square_metre"
    """每平方米."""
    METRE = "metre"
    """每米."""
    OCCASION = "occasion"
    """按次: each time the conduct happened."""


class MoneyFact(StrEnum):
    """An amount a fine is computed from (a base of a multiple or a share)."""

    GOODS_VALUE = "goods_value"
    """货值金额: the value of the goods produced, imported or sold unlawfully."""
    ILLEGAL_GAINS = "illegal_gains"
    """违法所得."""
    PROJECT_INVESTMENT = "project_investment"
    """建设项目总投资额."""
    CONTRACT_PRICE = "contract_price"
    """建设工程合同价款."""
    DISPOSAL_COST = "disposal_cost"
    """所需处置费用."""
    DIRECT_LOSS = "direct_loss"
    """直接损失: the direct loss an accident caused."""
    DUMPING_FEE = "dumping_fee"
    """应缴纳倾倒费数额."""
    UNSURRENDERED_ALLOWANCE_VALUE = "unsurrendered_allowance_value"
    """未清缴的碳排放配额 × the average price in the month before the deadline."""
    PRIOR_YEAR_INCOME = "prior_year_income"
    """A responsible person's income from the unit in the prior year (上一年度从本单位取得收入)."""
    SERVICE_FEE = "service_fee"
    """所收费用: the fee a technical service unit charged for the work (环境影响评价法 Art. 32)."""


_BOOLEAN_FACTS = frozenset(
    {
        "serious",
        "especially_serious",
        "severe_consequences",
        "refused_to_correct",
        "pollution_caused",
        "pollutant_is_industrial_noise",
        "hazardous_waste",
    }
)
_ENUM_FACTS: Mapping[str, type[StrEnum]] = {
    "eia_document": EiaDocument,
    "accident_grade": AccidentGrade,
    "party_type": PartyType,
}
_MONEY_FACTS = frozenset(m.value for m in MoneyFact)
FACT_NAMES = _BOOLEAN_FACTS | _ENUM_FACTS.keys() | _MONEY_FACTS
"""Every fact a fine rule may test or compute from."""

FACT_ZH: Mapping[str, str] = {
    "serious": "情节严重",
    "especially_serious": "情节特别严重、影响特别恶劣",
    "severe_consequences": "造成严重后果",
    "refused_to_correct": "拒不改正（逾期不改正）",
    "pollution_caused": "造成污染",
    "pollutant_is_industrial_noise": "污染物为工业噪声",
    "hazardous_waste": "固体废物为危险废物",
    "eia_document": "环境影响评价文件类型",
    "accident_grade": "事故等级",
    "party_type": "当事人类型",
    "goods_value": "货值金额",
    "illegal_gains": "违法所得",
    "project_investment": "建设项目总投资额",
    "contract_price": "建设工程合同价款",
    "disposal_cost": "所需处置费用",
    "direct_loss": "直接损失",
    "dumping_fee": "应缴纳倾倒费数额",
    "unsurrendered_allowance_value": "未清缴碳排放配额按市场均价计算的价值",
    "prior_year_income": "上一年度从本单位取得的收入",
    "service_fee": "所收费用",
    "count": "计罚数量",
}
"""The Chinese name of each fact, for reasons and errors."""

_VALUE_ZH: Mapping[str, str] = {
    "report_book": "环境影响报告书",
    "report_form": "环境影响报告表",
    "registration_form": "环境影响登记表",
    "general": "一般",
    "large": "较大",
    "major": "重大",
    "especially_major": "特别重大",
    "unit": "单位",
    "other_operator": "其他生产经营者",
    "individual": "个人",
}
"""The enum facts' values in Chinese, for reasons."""

_UNIT_ZH = {
    CountUnit.VEHICLE: "辆",
    CountUnit.VEHICLE_OR_SHIP: "辆（艘）",
    CountUnit.SQUARE_METRE: "平方米",
    CountUnit.METRE: "米",
    CountUnit.OCCASION: "次",
}
_UNIT_EN = {
    CountUnit.VEHICLE: "vehicle",
    CountUnit.VEHICLE_OR_SHIP: "vehicle or ship",
    CountUnit.SQUARE_METRE: "square metre",
    CountUnit.METRE: "metre",
    CountUnit.OCCASION: "occasion",
}

_MAX_MULTIPLIER = Decimal(1000)
_MAX_COUNT = 10**9

Multiplier = Annotated[Decimal, Field(ge=0, le=_MAX_MULTIPLIER, allow_inf_nan=False)]
Share = Annotated[Decimal, Field(ge=0, le=1, allow_inf_nan=False)]


@check_class
@attrs.frozen
class CaseFacts:
    """The facts of a case that fine rules read.

    Booleans default to ``False`` (not found); enums, amounts and the count to
    ``None`` (not stated): a rule that needs one of those raises `MissingFactError`.
    """

    serious: bool = False
    especially_serious: bool = False
    severe_consequences: bool = False
    refused_to_correct: bool = False
    pollution_caused: bool = False
    pollutant_is_industrial_noise: bool = False
    hazardous_waste: bool = False
    eia_document: EiaDocument | None = None
    accident_grade: AccidentGrade | None = None
    party_type: PartyType | None = None
    goods_value: Decimal | None = None
    illegal_gains: Decimal | None = None
    project_investment: Decimal | None = None
    contract_price: Decimal | None = None
    disposal_cost: Decimal | None = None
    direct_loss: Decimal | None = None
    dumping_fee: Decimal | None = None
    unsurrendered_allowance_value: Decimal | None = None
    prior_year_income: Decimal | None = None
    service_fee: Decimal | None = None
    count: int | None = None
    count_unit: CountUnit | None = None

    def get(self, name: str) -> object:
        """The value of fact ``name`` (``None`` when not stated).

        Raises:
            InvalidInputError: for a name that is no fact a fine rule reads.
        """
        if name not in _FACT_NAMES:
            raise InvalidInputError(
                field="name", value=name, allowed=f"one of {sorted(_FACT_NAMES)}"
            )
        return getattr(self, name)

    def stated(self) -> dict[str, object]:
        """The facts the case states (booleans only when true), for a reason's facts."""
        out: dict[str, object] = {}
        for field in attrs.fields(CaseFacts):
            value = getattr(self, field.name)
            if value is None or value is False:
                continue
            out[field.name] = value.value if isinstance(value, StrEnum) else value
        return out


_FACT_NAMES = frozenset(field.name for field in attrs.fields(CaseFacts))


def _missing(fact: str, what: str) -> MissingFactError:
    return MissingFactError(
        field=fact,
        value=None,
        allowed=f"{what}: the fine rule needs {fact} ({FACT_ZH.get(fact, fact)})",
    )


def _zh_amount(amount: Decimal) -> str:
    """An amount as a Chinese statute writes it: 五千元, 二十万元, 一千万元, 1.5万元."""
    from ecoreg.core._citations import chinese_numeral  # noqa: PLC0415 - a leaf helper, no cycle

    value = amount.normalize()
    for size, unit in ((Decimal(10**8), "亿"), (Decimal(10**4), "万")):
        if value >= size and (value / size) == (value / size).to_integral_value():
            n = int(value / size)
            if n <= 9999:
                return f"{chinese_numeral(n)}{unit}元"
    if value == value.to_integral_value() and 0 < value <= 9999:
        return f"{chinese_numeral(int(value))}元"
    return f"{value:f}元"


def _en_amount(amount: Decimal) -> str:
    value = amount.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def _zh_times(n: Decimal) -> str:
    from ecoreg.core._citations import chinese_numeral  # noqa: PLC0415

    value = n.normalize()
    if value == value.to_integral_value() and value >= 1:
        return f"{chinese_numeral(int(value))}倍"
    return f"{value:f}倍"


def _zh_percent(share: Decimal) -> str:
    from ecoreg.core._citations import chinese_numeral  # noqa: PLC0415

    pct = (share * 100).normalize()
    if pct == pct.to_integral_value() and pct >= 1:
        return f"百分之{chinese_numeral(int(pct))}"
    return f"百分之{pct:f}"


def _band_zh(low: str | None, high: str) -> str:
    if low == high:  # 按照直接损失的百分之二十计算罚款: one figure, not a range
        return high
    return f"{high}以下" if low is None else f"{low}以上{high}以下"


def _band_en(low: str | None, high: str) -> str:
    if low == high:
        return high
    return f"up to {high}" if low is None else f"{low} to {high}"


@attrs.frozen
class ResolvedRange:
    """The statutory range for one case: what the rule gives for the case's facts."""

    low: Decimal
    high: Decimal
    text_zh: str
    """The rule as applied, in Chinese (e.g. ``"货值金额一倍以上五倍以下（按五万元计算）"``)."""
    text_en: str
    optional: bool = False
    """可以处: the agency may also decide no fine."""
    fined: bool = True
    """``False`` where the rule sets no fine for these facts (``none``: the article fines only
    on a finding the case does not make, such as a refusal to correct)."""
    path: tuple[str, ...] = ()
    """The tiers chosen, outermost first, as ``zh|en`` labels."""
    used: tuple[tuple[str, object], ...] = ()
    """The facts the rule read, in order."""
    proportional: MultipleRule | ShareRule | None = None
    """The multiple or share rule that gave the range (a local table written for it fits)."""
    counted: Decimal | None = None
    """With ``proportional``: the base amount the rule multiplied (after any floor on it)."""


def _round_range(low: Decimal, high: Decimal) -> tuple[Decimal, Decimal]:
    lo = low.quantize(FEN, rounding=ROUND_CEILING)
    hi = high.quantize(FEN, rounding=ROUND_FLOOR)
    if hi > MAX_YUAN:
        raise InvalidInputError(
            field="fine",
            value=f"{hi:f}",
            allowed=f"a statutory maximum of at most {MAX_YUAN:.2f} yuan (ecoreg's money range); "
            "the base amount is too large",
        )
    return lo, max(lo, hi) if hi < lo else hi


class FactCondition(EcoregModel):
    """One test of a tier: a fact equals a value, or an amount is below a threshold."""

    fact: str
    equals: bool | str | None = None
    below: NonNegativeYuan | None = None
    """The amount the fact must be below (货值金额不足十万元的)."""

    @model_validator(mode="after")
    def _check(self) -> FactCondition:
        if self.fact not in FACT_NAMES:
            raise InvalidInputError(
                field="fact", value=self.fact, allowed=f"one of {sorted(FACT_NAMES)}"
            )
        if (self.equals is None) == (self.below is None):
            raise InvalidInputError(
                field="equals", value=self.equals, allowed="exactly one of equals and below"
            )
        if self.below is not None and self.fact not in _MONEY_FACTS:
            raise InvalidInputError(
                field="below", value=self.below, allowed="a threshold on an amount fact only"
            )
        if self.equals is not None:
            if self.fact in _BOOLEAN_FACTS and not isinstance(self.equals, bool):
                raise InvalidInputError(field="equals", value=self.equals, allowed="true or false")
            enum = _ENUM_FACTS.get(self.fact)
            if enum is not None and self.equals not in {e.value for e in enum}:
                raise InvalidInputError(
                    field="equals", value=self.equals, allowed=f"one of {[e.value for e in enum]}"
                )
            if self.fact in _MONEY_FACTS:
                raise InvalidInputError(
                    field="equals", value=self.equals, allowed="below, for an amount fact"
                )
        return self

    def holds(self, facts: CaseFacts) -> bool:
        """Whether the condition holds.

        Raises:
            MissingFactError: when the fact is an enum or amount the case does not state.
        """
        got = facts.get(self.fact)
        if self.below is not None:
            if got is None:
                raise _missing(self.fact, f"an amount below or above {self.below} yuan")
            return bool(got < self.below)  # type: ignore[operator]
        if self.fact in _BOOLEAN_FACTS:
            return bool(got) is self.equals
        if got is None:
            raise _missing(self.fact, f"whether it is {self.equals}")
        value = got.value if isinstance(got, StrEnum) else got
        return bool(value == self.equals)

    def text(self) -> tuple[str, str]:
        """The condition in Chinese and English."""
        zh = FACT_ZH[self.fact]
        if self.below is not None:
            return f"{zh}不足{_zh_amount(self.below)}", f"{self.fact} below {self.below} yuan"
        if self.equals is True:
            return zh, self.fact.replace("_", " ")
        if self.equals is False:
            return f"非{zh}", f"not {self.fact.replace('_', ' ')}"
        value = str(self.equals)
        return (
            f"{zh}为{_VALUE_ZH.get(value, value)}",
            f"{self.fact.replace('_', ' ')} is {value.replace('_', ' ')}",
        )


class _Rule(EcoregModel):
    """What every fine rule shape provides (pydantic's model class is an ABC's metaclass)."""

    @abstractmethod
    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The range the rule gives for the case's facts."""

    @abstractmethod
    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule names, by role."""

    @abstractmethod
    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""


class RangeRule(_Rule):
    """处X以上Y以下的罚款 (``min`` omitted: 处Y以下的罚款)."""

    shape: Literal["range"] = "range"
    min: NonNegativeYuan | None = None
    max: NonNegativeYuan
    optional: bool = False
    """可以处: the agency may decide no fine."""

    @model_validator(mode="after")
    def _order(self) -> RangeRule:
        if self.min is not None and self.min > self.max:
            raise InvalidInputError(
                field="max", value=self.max, allowed=f"at least min ({self.min})"
            )
        return self

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        low_zh = None if self.min is None else _zh_amount(self.min)
        low_en = None if self.min is None else _en_amount(self.min)
        may_zh, may_en = ("可以处", "may fine ") if self.optional else ("处", "")
        if self.min == self.max:
            return f"{may_zh}{_zh_amount(self.max)}的罚款", f"{may_en}{_en_amount(self.max)} yuan"
        return (
            f"{may_zh}{_band_zh(low_zh, _zh_amount(self.max))}的罚款",
            f"{may_en}{_band_en(low_en, _en_amount(self.max))} yuan",
        )

    def resolve(self, facts: CaseFacts) -> ResolvedRange:  # noqa: ARG002 - the same for every case
        """The range, the same for every case."""
        zh, en = self.describe()
        return ResolvedRange(
            low=self.min if self.min is not None else Decimal("0.00"),
            high=self.max,
            text_zh=zh,
            text_en=en,
            optional=self.optional,
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule writes, by kind (yuan, times, percent)."""
        return {"yuan": {a for a in (self.min, self.max) if a is not None}}


_BASE_EN = {
    "goods_value": "the goods value",
    "illegal_gains": "the illegal gains",
    "project_investment": "the total investment",
    "contract_price": "the contract price",
    "disposal_cost": "the disposal cost",
    "direct_loss": "the direct loss",
    "dumping_fee": "the dumping fee due",
    "unsurrendered_allowance_value": "the value of the unsurrendered allowances",
    "prior_year_income": "the person's prior-year income",
    "service_fee": "the fee charged",
}


def _base(facts: CaseFacts, base: MoneyFact) -> Decimal:
    got = facts.get(base.value)
    if got is None:
        raise _missing(base.value, "the amount the fine is computed from")
    return Decimal(got)  # type: ignore[arg-type]


class MultipleRule(_Rule):
    """处{base}X倍以上Y倍以下的罚款, optionally with a floor on the base (不足…的，以…计算)."""

    shape: Literal["multiple"] = "multiple"
    base: MoneyFact
    min: Multiplier | None = None
    max: Multiplier
    base_floor: NonNegativeYuan | None = None
    optional: bool = False
    """可以处: the agency may decide no fine."""

    @model_validator(mode="after")
    def _order(self) -> MultipleRule:
        if self.min is not None and self.min > self.max:
            raise InvalidInputError(
                field="max", value=self.max, allowed=f"at least min ({self.min})"
            )
        return self

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        zh_base = FACT_ZH[self.base.value]
        low_zh = None if self.min is None else _zh_times(self.min)
        low_en = None if self.min is None else f"{self.min.normalize():f}"
        may_zh, may_en = ("可以", "may fine ") if self.optional else ("", "")
        zh = f"{may_zh}处{zh_base}{_band_zh(low_zh, _zh_times(self.max))}的罚款"
        en = (
            f"{may_en}{_band_en(low_en, f'{self.max.normalize():f}')} times "
            f"{_BASE_EN[self.base.value]}"
        )
        if self.base_floor is not None:
            floor = _zh_amount(self.base_floor)
            zh += f"，{zh_base}不足{floor}的，以{floor}计算"
            en += f" (a base below {_en_amount(self.base_floor)} yuan counts as that amount)"
        return zh, en

    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The range for the case's base amount."""
        amount = _base(facts, self.base)
        used: list[tuple[str, object]] = [(self.base.value, amount)]
        floored = self.base_floor is not None and amount < self.base_floor
        counted = self.base_floor if floored and self.base_floor is not None else amount
        low, high = _round_range(counted * (self.min or 0), counted * self.max)
        zh, en = self.describe()
        zh += f"（{FACT_ZH[self.base.value]}{amount}元" + (
            f"，按{counted}元计算）" if floored else "）"
        )
        en += f" ({self.base.value} {amount} yuan" + (
            f", counted as {counted})" if floored else ")"
        )
        return ResolvedRange(
            low=low,
            high=high,
            text_zh=zh,
            text_en=en,
            optional=self.optional,
            used=tuple(used),
            proportional=self,
            counted=counted,
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule writes, by kind (yuan, times, percent)."""
        out: dict[str, set[Decimal]] = {"times": {a for a in (self.min, self.max) if a is not None}}
        if self.base_floor is not None:
            out["yuan"] = {self.base_floor}
        return out


class ShareRule(_Rule):
    """处{base}百分之X以上百分之Y以下的罚款."""

    shape: Literal["share"] = "share"
    base: MoneyFact
    min: Share | None = None
    max: Share
    optional: bool = False
    """可以处: the agency may decide no fine."""

    @model_validator(mode="after")
    def _order(self) -> ShareRule:
        if self.min is not None and self.min > self.max:
            raise InvalidInputError(
                field="max", value=self.max, allowed=f"at least min ({self.min})"
            )
        return self

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        zh_base = FACT_ZH[self.base.value]
        low_zh = None if self.min is None else _zh_percent(self.min)
        low_en = None if self.min is None else f"{(self.min * 100).normalize():f} %"
        high_en = f"{(self.max * 100).normalize():f} %"
        may_zh, may_en = ("可以", "may fine ") if self.optional else ("", "")
        return (
            f"{may_zh}处{zh_base}{_band_zh(low_zh, _zh_percent(self.max))}的罚款",
            f"{may_en}{_band_en(low_en, high_en)} of {_BASE_EN[self.base.value]}",
        )

    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The range for the case's base amount."""
        amount = _base(facts, self.base)
        low, high = _round_range(amount * (self.min or 0), amount * self.max)
        zh, en = self.describe()
        return ResolvedRange(
            low=low,
            high=high,
            text_zh=f"{zh}（{FACT_ZH[self.base.value]}{amount}元）",
            text_en=f"{en} ({self.base.value} {amount} yuan)",
            optional=self.optional,
            used=((self.base.value, amount),),
            proportional=self,
            counted=amount,
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule writes, by kind (yuan, times, percent)."""
        return {"percent": {(a * 100).normalize() for a in (self.min, self.max) if a is not None}}


class PerUnitRule(_Rule):
    """处每{unit}X元以上Y元以下的罚款 (``min`` omitted with ``fixed``: 每辆五千元)."""

    shape: Literal["per_unit"] = "per_unit"
    unit: CountUnit
    min: NonNegativeYuan | None = None
    max: NonNegativeYuan
    fixed: bool = False
    """每辆五千元: exactly ``max`` per unit (``min`` must be omitted)."""

    @model_validator(mode="after")
    def _order(self) -> PerUnitRule:
        if self.fixed and self.min is not None:
            raise InvalidInputError(field="min", value=self.min, allowed="omitted when fixed")
        if self.min is not None and self.min > self.max:
            raise InvalidInputError(
                field="max", value=self.max, allowed=f"at least min ({self.min})"
            )
        return self

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        unit_zh, unit_en = _UNIT_ZH[self.unit], _UNIT_EN[self.unit]
        prefix = "按次处" if self.unit is CountUnit.OCCASION else f"处每{unit_zh}"
        if self.fixed:
            return (
                f"{prefix}{_zh_amount(self.max)}的罚款",
                f"{_en_amount(self.max)} yuan per {unit_en}",
            )
        low_zh = None if self.min is None else _zh_amount(self.min)
        low_en = None if self.min is None else _en_amount(self.min)
        return (
            f"{prefix}{_band_zh(low_zh, _zh_amount(self.max))}的罚款",
            f"{_band_en(low_en, _en_amount(self.max))} yuan per {unit_en}",
        )

    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The range for the case's count."""
        if facts.count is None:
            raise _missing("count", f"the number of {_UNIT_EN[self.unit]}s")
        if facts.count_unit is not None and facts.count_unit is not self.unit:
            raise InvalidInputError(
                field="count_unit",
                value=facts.count_unit.value,
                allowed=f"{self.unit.value}: the fine is counted per {_UNIT_EN[self.unit]}",
            )
        each_low = self.max if self.fixed else (self.min or Decimal(0))
        low, high = _round_range(each_low * facts.count, self.max * facts.count)
        zh, en = self.describe()
        return ResolvedRange(
            low=low,
            high=high,
            text_zh=f"{zh}（{facts.count}{_UNIT_ZH[self.unit]}）",
            text_en=f"{en} ({facts.count} × {_UNIT_EN[self.unit]})",
            used=(("count", facts.count),),
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule writes, by kind (yuan, times, percent)."""
        return {"yuan": {a for a in (self.min, self.max) if a is not None}}


class FineBand(EcoregModel):
    """One band of a tiered rule: it applies when every condition holds."""

    when: tuple[FactCondition, ...] = ()
    """Empty for the band that applies otherwise (it must come last)."""
    rule: FineRule
    label_zh: str | None = None
    """A short name for the band (e.g. ``"情节严重"``); derived from ``when`` if omitted."""
    label_en: str | None = None

    def labels(self) -> tuple[str, str]:
        """The band's name in Chinese and English."""
        if self.label_zh and self.label_en:
            return self.label_zh, self.label_en
        if not self.when:
            return "一般情形", "otherwise"
        texts = [c.text() for c in self.when]
        return "且".join(t[0] for t in texts), " and ".join(t[1] for t in texts)


class TiersRule(_Rule):
    """Bands chosen by the facts, in order: the first band whose conditions hold applies."""

    shape: Literal["tiers"] = "tiers"
    tiers: tuple[FineBand, ...] = Field(min_length=1, max_length=20)

    @model_validator(mode="after")
    def _otherwise_last(self) -> TiersRule:
        for i, tier in enumerate(self.tiers[:-1]):
            if not tier.when:
                raise InvalidInputError(
                    field=f"tiers.{i}.when",
                    value=[],
                    allowed="conditions (only the last band may apply otherwise)",
                )
        return self

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        zh_parts, en_parts = [], []
        for tier in self.tiers:
            label_zh, label_en = tier.labels()
            rule_zh, rule_en = tier.rule.root.describe()
            zh_parts.append(f"{label_zh}的，{rule_zh}")
            en_parts.append(f"{label_en}: {rule_en}")
        return "；".join(zh_parts), "; ".join(en_parts)

    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The range of the first band whose conditions hold."""
        for tier in self.tiers:
            if all(c.holds(facts) for c in tier.when):
                got = tier.rule.resolve(facts)
                label_zh, label_en = tier.labels()
                used = tuple((c.fact, facts.get(c.fact)) for c in tier.when)
                return attrs.evolve(
                    got,
                    text_zh=f"{label_zh}的，{got.text_zh}",
                    text_en=f"{label_en}: {got.text_en}",
                    path=(f"{label_zh}|{label_en}", *got.path),
                    used=used + got.used,
                )
        read = sorted({c.fact for tier in self.tiers for c in tier.when})
        if len(read) == 1:  # e.g. 单位 and 个人 only: a party the article does not name
            raise InvalidInputError(
                field=read[0],
                value=facts.get(read[0]),
                allowed="a value one band of the rule names: " + self.describe()[1],
            )
        raise InvalidInputError(
            field="facts",
            value=facts.stated(),
            allowed="facts that match one band of the rule: " + self.describe()[1],
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule writes, by kind (yuan, times, percent)."""
        out: dict[str, set[Decimal]] = {}
        for tier in self.tiers:
            for key, values in tier.rule.amounts().items():
                out.setdefault(key, set()).update(values)
            for cond in tier.when:
                if cond.below is not None:
                    out.setdefault("yuan", set()).add(cond.below)
        return out


class ScaledRule(_Rule):
    """按照{another band}的X倍以上Y倍以下处以罚款 (生态环境法典 Art. 1236 ¶3)."""

    shape: Literal["scaled"] = "scaled"
    rule: FineRule
    min: Multiplier | None = None
    max: Multiplier

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        inner_zh, inner_en = self.rule.root.describe()
        low_zh = None if self.min is None else _zh_times(self.min)
        low_en = None if self.min is None else f"{self.min.normalize():f}"
        return (
            f"按照（{inner_zh}）罚款数额的{_band_zh(low_zh, _zh_times(self.max))}处以罚款",
            f"{_band_en(low_en, f'{self.max.normalize():f}')} times ({inner_en})",
        )

    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The scaled range of the inner rule for the case."""
        inner = self.rule.resolve(facts)
        low, high = _round_range(inner.low * (self.min or 0), inner.high * self.max)
        zh, en = self.describe()
        return ResolvedRange(
            low=low,
            high=high,
            text_zh=f"{zh}（{inner.text_zh}）",
            text_en=f"{en} ({inner.text_en})",
            path=inner.path,
            used=inner.used,
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """The amounts the rule writes, by kind (yuan, times, percent)."""
        out = self.rule.amounts()
        out.setdefault("times", set()).update(a for a in (self.min, self.max) if a is not None)
        return out


class NoFineRule(_Rule):
    """No fine for these facts: the band of an article that fines only on a finding.

    责令改正；拒不改正的，处……的罚款: without a refusal to correct the article orders the
    correction and fines nothing. A ``tiers`` rule ends with this band so that the rule answers
    for every case instead of matching no band.
    """

    shape: Literal["none"] = "none"

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        return "不处罚款", "no fine"

    def resolve(self, facts: CaseFacts) -> ResolvedRange:  # noqa: ARG002 - the same for every case
        """No fine: a range of zero, marked as not fined."""
        zero = Decimal("0.00")
        return ResolvedRange(
            low=zero, high=zero, text_zh="不处罚款", text_en="no fine", fined=False
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """No amounts."""
        return {}


class UnspecifiedRule(_Rule):
    """处以罚款 with no amount: the law fines the conduct and leaves the amount to others.

    The conduct was a violation under the basis (so the basis is in force and decides the law
    of the act), but no range can be computed from it; ``note`` says where the amount is set.
    """

    shape: Literal["unspecified"] = "unspecified"
    note: Annotated[str, Field(min_length=1, max_length=600)]
    """Where the amount is set, or why the law gives none."""

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        return "处以罚款（法律未规定数额）", "a fine with no amount in the law"

    def resolve(self, facts: CaseFacts) -> ResolvedRange:  # noqa: ARG002 - the same for every case
        """No range can be computed.

        Raises:
            UnquantifiedFineError: always, with the note.
        """
        raise UnquantifiedFineError(
            field="fine",
            value="处以罚款",
            allowed="a basis whose law writes the amount; this one writes none: " + self.note,
        )

    def amounts(self) -> dict[str, set[Decimal]]:
        """No amounts."""
        return {}


def _shape(value: Any) -> str | None:
    if isinstance(value, dict):
        shape = value.get("shape", "range")
        return shape if isinstance(shape, str) else None
    return getattr(value, "shape", None)


@check_class
class FineRule(
    EcoregErrors,
    RootModel[
        Annotated[
            Annotated[RangeRule, Tag("range")]
            | Annotated[MultipleRule, Tag("multiple")]
            | Annotated[ShareRule, Tag("share")]
            | Annotated[PerUnitRule, Tag("per_unit")]
            | Annotated[TiersRule, Tag("tiers")]
            | Annotated[ScaledRule, Tag("scaled")]
            | Annotated[NoFineRule, Tag("none")]
            | Annotated[UnspecifiedRule, Tag("unspecified")],
            Discriminator(_shape),
        ]
    ],
):
    """A fine rule of any shape, named in plain data by ``shape`` (``range`` when omitted).

    The shapes: ``range``, ``multiple``, ``share``, ``per_unit``, ``tiers``, ``scaled``,
    ``none`` (no fine for these facts) and ``unspecified`` (the law fines without an amount).
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(frozen=True, defer_build=True)

    def __init__(self, /, root: Any = None, **data: Any) -> None:
        """Validate a rule given as plain data (or as keyword arguments: ``shape=...``).

        Raises:
            InvalidInputError: naming the field of the rule that does not validate.
        """
        try:
            super().__init__(data or root)  # type: ignore[arg-type] # plain data, validated here
        except ValidationError as exc:
            raise input_error_from(exc, model="FineRule") from None
        except RecursionError:
            raise InvalidInputError(
                field="FineRule",
                value="…",
                allowed="data nested less deeply than Python's recursion limit",
            ) from None

    @classmethod
    def from_data(cls, data: Any) -> FineRule:
        """Build a rule from plain data."""
        return cls(data)

    def to_data(self) -> dict[str, Any]:
        """The rule as plain JSON-compatible data."""
        out: dict[str, Any] = self.model_dump(mode="json", exclude_none=True)
        return out

    def resolve(self, facts: CaseFacts) -> ResolvedRange:
        """The statutory range this rule gives for the case's facts.

        Raises:
            MissingFactError: naming a fact the rule needs and the case does not state.
            InvalidInputError: when the facts match no band, or the range is beyond money's range.
        """
        return self.root.resolve(facts)

    def describe(self) -> tuple[str, str]:
        """The rule in words, Chinese and English."""
        return self.root.describe()

    def amounts(self) -> dict[str, set[Decimal]]:
        """Every amount the rule writes, by kind: ``yuan``, ``times`` and ``percent``."""
        return self.root.amounts()

    def facts_read(self) -> set[str]:
        """The names of the facts the rule may read."""
        return _facts_read(self.root)


def _facts_read(rule: _Rule) -> set[str]:
    if isinstance(rule, MultipleRule | ShareRule):
        return {rule.base.value}
    if isinstance(rule, PerUnitRule):
        return {"count"}
    if isinstance(rule, ScaledRule):
        return _facts_read(rule.rule.root)
    if isinstance(rule, TiersRule):
        out: set[str] = set()
        for tier in rule.tiers:
            out.update(c.fact for c in tier.when)
            out.update(_facts_read(tier.rule.root))
        return out
    return set()


FineBand.model_rebuild()
ScaledRule.model_rebuild()
TiersRule.model_rebuild()
