"""Hypothesis strategies for ecoreg's core types, for systems that embed ecoreg.

Needs the ``testing`` extra (``pip install ecoreg[testing]``). The core never
imports this module.

Examples:
    >>> from hypothesis import given
    >>> from ecoreg.testing import yuan_amounts
    >>> @given(yuan_amounts())
    ... def test_two_places(amount):
    ...     assert amount.as_tuple().exponent == -2
    >>> test_two_places()
"""

from __future__ import annotations

import datetime as dt
import types
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pendulum
from hypothesis import strategies as st

from ecoreg.alerts._models import Alert, AlertKind, DataFlag
from ecoreg.core._boundary import check_public
from ecoreg.core._citations import Citation, Instrument
from ecoreg.core._decision import Decision, Fact, FactValue, Hint, Notice, Reason
from ecoreg.core._fine_rules import AccidentGrade, EiaDocument, PartyType
from ecoreg.core._money import parse_yuan
from ecoreg.core._time import DEFAULT_TIMEZONE
from ecoreg.grading._credit_code import USCC_CHARS, credit_code_check_char
from ecoreg.grading._profile import (
    AlertRecord,
    ComplaintRecord,
    CreditRecord,
    DisclosureRecord,
    EnterpriseProfile,
    OneVoteRedAct,
    PermitClass,
    Pollutant,
    PositiveListRecord,
    SensitiveArea,
    Severity,
    ViolationRecord,
)
from ecoreg.penalties._case import (
    Aggravation,
    ApologyPledge,
    Harm,
    Mitigation,
    PriorViolation,
    ViolationCase,
)
from ecoreg.penalties._list_facts import ListFacts
from ecoreg.penalties._local_facts import GuangdongFacts

__all__ = [
    "alerts",
    "citations",
    "credit_codes",
    "dates",
    "decisions",
    "enterprise_profiles",
    "fact_values",
    "fine_facts",
    "guangdong_facts",
    "histories",
    "instants",
    "list_facts",
    "naive_datetimes",
    "policy_data",
    "violation_cases",
    "yuan_amounts",
]

_FEN = Decimal("0.01")
_ZONES = ("Asia/Shanghai", "UTC", "Asia/Urumqi", "Europe/Berlin", "America/New_York")


def yuan_amounts(
    *, min_value: Decimal | int = 0, max_value: Decimal | int = 10_000_000
) -> st.SearchStrategy[Decimal]:
    """Exact yuan amounts with two decimal places, between the bounds (inclusive).

    Raises:
        InvalidMoneyError: for a bound that is no yuan amount within a trillion.
    """
    low = int(parse_yuan(min_value, field="min_value") * 100)
    high = int(parse_yuan(max_value, field="max_value") * 100)
    return st.integers(min_value=low, max_value=high).map(lambda fen: Decimal(fen) * _FEN)


def dates(
    *, min_value: dt.date = dt.date(2021, 7, 15), max_value: dt.date = dt.date(2027, 12, 31)
) -> st.SearchStrategy[dt.date]:
    """Calendar dates; by default from the 2021 penalty law to the end of 2027."""
    return st.dates(min_value=min_value, max_value=max_value)


def instants(
    *,
    min_value: dt.datetime = dt.datetime(2021, 7, 15),  # noqa: DTZ001 - hypothesis bounds are naive
    max_value: dt.datetime = dt.datetime(2027, 12, 31, 23, 59),  # noqa: DTZ001
) -> st.SearchStrategy[pendulum.DateTime]:
    """Zone-aware instants in various zones, returned in Asia/Shanghai."""
    zoned = st.datetimes(
        min_value=min_value,
        max_value=max_value,
        timezones=st.sampled_from(_ZONES).map(pendulum.timezone),
    )
    return zoned.map(lambda d: pendulum.instance(d).in_timezone(DEFAULT_TIMEZONE))


def naive_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Datetimes without a time zone: every ecoreg entry point must refuse them."""
    return st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2050, 1, 1))  # noqa: DTZ001


_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=20
)
_ids = st.from_regex(r"[a-z][a-z0-9_.\-]{0,15}", fullmatch=True)


def fact_values() -> st.SearchStrategy[FactValue]:
    """Values a `Fact` may hold."""
    return st.one_of(st.none(), st.booleans(), st.integers(-(10**12), 10**12), _text)


def citations() -> st.SearchStrategy[Citation]:
    """Citations of made-up instruments."""
    instrument = st.builds(
        Instrument,
        id=_ids,
        name_zh=_text,
        name_en=_text,
        number=st.none() | _text,
        in_force=dates(min_value=dt.date(1990, 1, 1)),
    )
    small = st.none() | st.integers(1, 300)
    return st.builds(
        Citation,
        instrument=instrument,
        article=small,
        paragraph=small,
        item=small,
        quote_zh=st.none() | _text,
    )


def _facts() -> st.SearchStrategy[tuple[Fact, ...]]:
    return st.lists(st.builds(Fact, name=_text, value=fact_values()), max_size=4).map(tuple)


def decisions(outcomes: st.SearchStrategy[Any] | None = None) -> st.SearchStrategy[Decision[Any]]:
    """Decisions with random reasons, hints and warnings.

    Args:
        outcomes: A strategy for the outcome; booleans by default. The
            decision type is ``Decision[bool]`` in that case, otherwise
            ``Decision[Any]``.
    """
    model: Any = Decision[bool] if outcomes is None else Decision[Any]
    reason = st.builds(
        Reason,
        rule_id=_ids,
        citation=st.none() | citations(),
        message_zh=_text,
        message_en=_text,
        facts=_facts(),
    )
    hint = st.builds(Hint, rule_id=_ids, message_zh=_text, message_en=_text, changes=_facts())
    notice = st.builds(Notice, code=_ids, message_zh=_text, message_en=_text)
    return st.builds(
        model,
        outcome=outcomes if outcomes is not None else st.booleans(),
        decided_on=dates(),
        jurisdiction=st.none() | st.sampled_from(["CN", "CN-GD", "CN-GD-DG"]),
        reasons=st.lists(reason, max_size=3).map(tuple),
        hints=st.lists(hint, max_size=2).map(tuple),
        warnings=st.lists(notice, max_size=2).map(tuple),
    )


_PARAMS: dict[str, st.SearchStrategy[Any]] = {
    "penalty.payment_deadline_days": st.integers(1, 60),
    "penalty.late_surcharge_daily_rate": st.sampled_from(["0.01", "0.02", "0.03"]),
    "period.roll_last_day_to_working_day": st.booleans(),
    "law.limitation_follows": st.sampled_from(["art37", "decision_date"]),
}


@st.composite
def policy_data(draw: st.DrawFn) -> dict[str, Any]:
    """Plain policy data: a national, a province and a city layer with dated versions.

    Each layer's measure has one to three consecutive, non-overlapping versions
    that set some of a few known parameters. The national layer always sets
    all of them from 2021-07-15, so every lookup from that date finds a value.
    """

    def instrument(tag: str, day: dt.date) -> dict[str, Any]:
        return {
            "id": f"test.{tag}",
            "name_zh": f"测试{tag}",
            "name_en": f"test {tag}",
            "in_force": day.isoformat(),
        }

    def versions(tag: str, *, complete: bool) -> list[dict[str, Any]]:
        count = draw(st.integers(1, 3))
        starts = sorted(draw(st.lists(dates(), min_size=count, max_size=count, unique=True)))
        if complete:
            starts[0] = dt.date(2021, 7, 15)
            starts = sorted(set(starts))
        out = []
        for i, start in enumerate(starts):
            keys = (
                list(_PARAMS)
                if complete
                else draw(
                    st.lists(st.sampled_from(list(_PARAMS)), unique=True, max_size=len(_PARAMS))
                )
            )
            version: dict[str, Any] = {
                "in_force_from": start.isoformat(),
                "instrument": instrument(f"{tag}.{i}", start),
                "parameters": {k: {"value": draw(_PARAMS[k]), "basis": "default"} for k in keys},
            }
            if i + 1 < len(starts):
                version["in_force_until"] = (starts[i + 1] - dt.timedelta(days=1)).isoformat()
            out.append(version)
        return out

    layers = [("CN", "national", None), ("CN-XA", "province", "CN"), ("CN-XA-XB", "city", "CN-XA")]
    return {
        "jurisdictions": [
            {"code": code, "name_zh": code, "name_en": code, "level": level, "parent": parent}
            for code, level, parent in layers
        ],
        "measures": [
            {
                "id": f"test.{code.lower()}",
                "jurisdiction": code,
                "title_zh": f"测试 {code}",
                "title_en": f"test {code}",
                "versions": versions(code.lower(), complete=code == "CN"),
            }
            for code, _, _ in layers
        ],
    }


def credit_codes() -> st.SearchStrategy[str]:
    """Valid unified social credit codes (GB 32100-2015), check character computed."""

    def finish(body: str) -> str:
        return body + credit_code_check_char(body)

    head = st.sampled_from(["91", "92", "93", "11", "12", "51", "52"])
    division = st.integers(110000, 659000).map(str)
    subject = st.text(alphabet=USCC_CHARS, min_size=9, max_size=9)
    return st.builds(lambda h, d, s: finish(h + d + s), head, division, subject)


def enterprise_profiles(jurisdiction: str = "CN") -> st.SearchStrategy[EnterpriseProfile]:
    """Enterprise profiles of every shape, in ``jurisdiction``."""
    return st.builds(
        EnterpriseProfile,
        credit_code=credit_codes(),
        name=st.just("Firm"),
        jurisdiction=st.just(jurisdiction),
        key_unit=st.booleans(),
        permit_class=st.sampled_from(list(PermitClass)),
        sensitive_areas=st.lists(st.sampled_from(list(SensitiveArea)), max_size=2, unique=True).map(
            tuple
        ),
        pollutants=st.lists(
            st.builds(
                Pollutant,
                name=st.sampled_from(["SO2", "NOx", "Pb", "Hg", "COD"]),
                toxic=st.booleans(),
            ),
            max_size=2,
        ).map(tuple),
    )


def histories(
    *,
    since: dt.date = dt.date(2022, 1, 1),
    until: dt.date = dt.date(2026, 11, 1),
    max_size: int = 8,
) -> st.SearchStrategy[list[Any]]:
    """Dated histories (every record type) with events between ``since`` and ``until``."""
    days = st.dates(since, until)
    event = st.one_of(
        st.builds(ViolationRecord, on=days, severity=st.sampled_from(list(Severity))),
        st.builds(ComplaintRecord, on=days, verified=st.booleans()),
        st.builds(AlertRecord, on=days, valid=st.booleans()),
        st.builds(DisclosureRecord, on=days, compliant=st.booleans()),
        st.builds(CreditRecord, on=days, act=st.sampled_from(list(OneVoteRedAct))),
        st.builds(PositiveListRecord, on=days, admitted=st.booleans()),
    )
    return st.lists(event, max_size=max_size)


_MONEY_FACTS = (
    "goods_value",
    "illegal_gains",
    "project_investment",
    "contract_price",
    "disposal_cost",
    "direct_loss",
    "dumping_fee",
    "unsurrendered_allowance_value",
    "prior_year_income",
    "service_fee",
)


@st.composite
def fine_facts(draw: st.DrawFn, *, complete: bool = False) -> dict[str, Any]:
    """The facts the catalogue's fine rules read, as keyword arguments of `ViolationCase`.

    Booleans are drawn freely; enums and amounts are present or absent (``complete=True`` draws
    every one, so that any rule can be resolved: the party is then a unit or an individual).
    Amounts stay below a hundred million yuan.

    Args:
        draw: Hypothesis' draw function.
        complete: Whether every enum, amount and the count is present.
    """
    out: dict[str, Any] = {
        name: draw(st.booleans())
        for name in (
            "serious",
            "especially_serious",
            "severe_consequences",
            "refused_to_correct",
            "pollution_caused",
            "pollutant_is_industrial_noise",
            "hazardous_waste",
        )
    }

    def maybe(strategy: st.SearchStrategy[Any]) -> Any:
        return draw(strategy if complete else st.none() | strategy)

    out["eia_document"] = maybe(st.sampled_from(list(EiaDocument)))
    out["accident_grade"] = maybe(st.sampled_from(list(AccidentGrade)))
    # An article that fines units and individuals apart does not say where 其他生产经营者 fall,
    # so complete facts name one of the two (other_operator resolves only some rules).
    parties = [PartyType.UNIT, PartyType.INDIVIDUAL] if complete else list(PartyType)
    out["party_type"] = maybe(st.sampled_from(parties))
    for name in _MONEY_FACTS:
        out[name] = maybe(yuan_amounts(min_value=0, max_value=100_000_000))
    out["count"] = maybe(st.integers(1, 1000))
    return out


@st.composite
def list_facts(draw: st.DrawFn) -> ListFacts:
    """The facts local no-penalty lists read, each stated or not, inside and outside the limits.

    Example:
        >>> from hypothesis import given
        >>> @given(list_facts())
        ... def test_days(facts):
        ...     assert facts.days_lasted is None or facts.days_lasted >= 0
        >>> test_days()
    """
    numbers: dict[str, st.SearchStrategy[Any]] = {
        "ph_value": st.sampled_from(["4.99", "5", "7", "10", "10.01"]),
        "report_hours": st.sampled_from(["1", "24", "24.5"]),
        "hazardous_waste_tonnes": st.sampled_from(["0.005", "0.01", "0.011", "0.1", "0.101", "2"]),
        "days_lasted": st.integers(0, 40),
    }
    values = {
        name: draw(st.none() | numbers.get(name, st.booleans())) for name in ListFacts.model_fields
    }
    return ListFacts.model_validate(values)


_CAP_DECIMAL = Decimal(2000)
"""Amounts of a fact (tonnes, days, m², times over) are drawn up to here: past every threshold
a local table prints, and far from the field's outer bound."""
_CAP_INT = 60


def _bounds(meta: list[Any]) -> tuple[Any, Any]:
    """The ``ge`` and ``le`` of a field's constraints (pydantic's ``Ge``, ``Le``)."""
    low = next((m.ge for m in meta if hasattr(m, "ge")), None)
    high = next((m.le for m in meta if hasattr(m, "le")), None)
    return low, high


def _values(annotation: Any, meta: list[Any]) -> st.SearchStrategy[Any]:  # noqa: PLR0911 - a return per kind of type
    """Every value a field of ``annotation`` (with constraints ``meta``) may take."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin in (Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        drawn = st.one_of(*(_values(a, meta) for a in options))
        return st.none() | drawn if len(options) < len(args) else drawn
    if origin is Annotated:
        inner = [m for a in args[1:] for m in getattr(a, "metadata", [a])]
        return _values(args[0], [*meta, *inner])
    if origin is Literal:
        return st.sampled_from(args)
    if origin is tuple:
        size = next((m.max_length for m in meta if hasattr(m, "max_length")), 3)
        return st.lists(_values(args[0], []), max_size=size, unique=True).map(tuple)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return st.sampled_from(list(annotation))
    if annotation is bool:
        return st.booleans()
    low, high = _bounds(meta)
    if annotation is int:
        return st.integers(low or 0, min(high if high is not None else _CAP_INT, _CAP_INT))
    top = Decimal(high) if high is not None else _CAP_DECIMAL
    return st.decimals(Decimal(low or 0), min(top, _CAP_DECIMAL), places=1)


@st.composite
def guangdong_facts(draw: st.DrawFn) -> GuangdongFacts:
    """The facts Guangdong's fine tables and apology rules read, each stated or not.

    Every field of `ecoreg.GuangdongFacts` is drawn from what it allows: classes, areas and
    exclusions as sets, choices from their values, amounts (tonnes, days, m², counts) from zero
    past every threshold the tables print.

    Example:
        >>> from hypothesis import given, settings
        >>> @settings(max_examples=20)
        ... @given(guangdong_facts())
        ... def test_ph(facts):
        ...     assert facts.ph is None or 0 <= facts.ph <= 14
        >>> test_ph()
    """
    values = {
        name: draw(_values(field.annotation, list(field.metadata)))
        for name, field in GuangdongFacts.model_fields.items()
    }
    return GuangdongFacts.model_validate(values)


@st.composite
def violation_cases(
    draw: st.DrawFn,
    kinds: list[str] | None = None,
    *,
    occurred_from: dt.date = dt.date(2024, 1, 1),
    occurred_until: dt.date = dt.date(2025, 12, 31),
    complete_facts: bool = False,
) -> ViolationCase:
    """Violation cases with consistent dates, history, circumstances and (maybe) a pledge.

    Args:
        draw: Hypothesis' draw function.
        kinds: The violation kinds to draw from (a few of the national catalogue's by default).
        occurred_from: The earliest day of the act.
        occurred_until: The latest day of the act (draw across 2026-08-15 to cross the
            生态环境法典's first day).
        complete_facts: Whether every fact a fine rule may read is stated (`fine_facts`), so
            that any kind's rule resolves.
    """
    kind_ids = kinds or [
        "air.over-limit",
        "water.over-limit",
        "monitoring.not-networked",
        "dust.uncovered-stockpile",
        "air.evading-monitoring",
    ]
    occurred = draw(st.dates(occurred_from, occurred_until))
    discovered = occurred + dt.timedelta(days=draw(st.integers(0, 60)))
    corrected = draw(
        st.none() | st.integers(0, 90).map(lambda n: discovered + dt.timedelta(days=n))
    )
    notice = discovered + dt.timedelta(days=draw(st.integers(1, 30)))
    pledge = draw(
        st.none()
        | st.integers(0, 12).map(lambda n: ApologyPledge(filed_on=notice + dt.timedelta(days=n)))
    )
    prior = draw(
        st.lists(
            st.builds(
                PriorViolation,
                kind=st.sampled_from(kind_ids),
                on=st.dates(dt.date(2022, 1, 1), occurred),
            ),
            max_size=5,
        )
    )
    return ViolationCase(
        kind=draw(st.sampled_from(kind_ids)),
        occurred_on=occurred,
        discovered_on=discovered,
        corrected_on=corrected,
        corrected_promptly=corrected is not None and draw(st.booleans()),
        harm=draw(st.sampled_from(list(Harm))),
        minor=draw(st.booleans()),
        prior_violations=tuple(prior),
        falsified_data=draw(st.booleans()),
        crime=draw(st.booleans()),
        exceedance_ratio=draw(st.none() | st.decimals(0, 5, places=2)),
        destination_level=draw(st.integers(1, 5)),
        period_level=draw(st.sampled_from([1, 3, 5])),
        aggravations=tuple(draw(st.lists(st.sampled_from(list(Aggravation)), max_size=3))),
        mitigations=tuple(draw(st.lists(st.sampled_from(list(Mitigation)), max_size=3))),
        notice_received_on=notice,
        apology_pledge=pledge,
        list_facts=draw(list_facts()),
        **draw(fine_facts(complete=complete_facts)),
    )


_ALERT_DAY = dt.datetime(2026, 10, 1)  # noqa: DTZ001 - hypothesis bounds are naive
_ALERT_DAY_END = dt.datetime(2026, 10, 1, 23, 59)  # noqa: DTZ001


def alerts(enterprises: int = 3) -> st.SearchStrategy[Alert]:
    """Monitoring alerts of a few enterprises, outlets and pollutants, on 2026-10-01."""
    small = st.integers(0, max(0, enterprises - 1))
    return st.builds(
        Alert,
        id=st.uuids().map(str),
        enterprise=small.map(lambda i: f"E{i}"),
        outlet=st.sampled_from(["DA001", "DA002"]),
        pollutant=st.sampled_from(["SO2", "NOx", "COD"]),
        kind=st.sampled_from(list(AlertKind)),
        start=instants(min_value=_ALERT_DAY, max_value=_ALERT_DAY_END),
        flag=st.sampled_from(list(DataFlag)),
    )


check_public(globals(), tuple(__all__))
