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
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

import pendulum
from hypothesis import strategies as st

from ecoreg.alerts._models import Alert, AlertKind, DataFlag
from ecoreg.core._boundary import check_public
from ecoreg.core._citations import Citation, Instrument
from ecoreg.core._decision import Decision, Fact, FactValue, Hint, Notice, Reason
from ecoreg.core._fine_rules import AccidentGrade, EiaDocument, PartyType
from ecoreg.core._money import parse_yuan
from ecoreg.core._time import DEFAULT_TIMEZONE
from ecoreg.exceptions import InvalidInputError
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
from ecoreg.grading._results import Grade
from ecoreg.letters._archives import EnterpriseFile, ExpectedDocument, FileDocument
from ecoreg.letters._documents import FileDocumentType
from ecoreg.letters._letters import (
    ActionRequest,
    Addressee,
    AddresseeKind,
    Letter,
    LetterFinding,
    LetterKind,
    LetterRequest,
    LocalMeasure,
    compose_letter,
)
from ecoreg.letters._loop import LetterEvent, LetterEventKind
from ecoreg.letters._triggers import (
    AlertTrigger,
    GradeTrigger,
    InspectionTrigger,
    LapseTrigger,
    LeniencyTrigger,
    LetterTrigger,
    PolicyTrigger,
)
from ecoreg.penalties._case import (
    Aggravation,
    ApologyPledge,
    Harm,
    LeniencyOutcome,
    Mitigation,
    PriorViolation,
    ViolationCase,
)
from ecoreg.penalties._list_facts import ListFacts
from ecoreg.penalties._local_facts import GuangdongFacts
from ecoreg.rewards._models import (
    Reporter,
    ReportFinding,
    RewardedCase,
    SpecialGround,
    WhistleblowerReport,
)
from ecoreg.rewards._params import EnforcementOutcome

if TYPE_CHECKING:
    from ecoreg.core._policy import Policy

__all__ = [
    "addressees",
    "alerts",
    "citations",
    "credit_codes",
    "dates",
    "decisions",
    "enterprise_files",
    "enterprise_profiles",
    "fact_values",
    "file_documents",
    "fine_facts",
    "guangdong_facts",
    "histories",
    "instants",
    "letter_events",
    "letter_requests",
    "letter_triggers",
    "letters",
    "list_facts",
    "naive_datetimes",
    "policy_data",
    "report_findings",
    "reporters",
    "rewarded_cases",
    "violation_cases",
    "whistleblower_reports",
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


# --- whistleblower rewards (ecoreg.rewards) and letters and files (ecoreg.letters) -------------

_SHANGHAI = pendulum.timezone(DEFAULT_TIMEZONE)
_SURNAMES = ("王", "李", "张", "刘", "陈", "欧阳", "司马")
_GIVEN = "某伟芳娜秀英敏静强磊"
_VIOLATIONS = (
    "air.over-limit",
    "water.over-limit",
    "waste.dumping",
    "monitoring.data-fraud",
    "noise.night-work",
)


def _between(first: dt.date, last: dt.date) -> st.SearchStrategy[pendulum.DateTime]:
    """Instants from ``first`` 00:00 to ``last`` 23:59:59 in Shanghai, given in various zones."""
    start = pendulum.datetime(first.year, first.month, first.day, tz=_SHANGHAI)
    seconds = ((last - first).days + 1) * 86_400 - 1
    return st.builds(
        lambda n, zone: start.add(seconds=n).in_timezone(zone),
        st.integers(0, max(0, seconds)),
        st.sampled_from(_ZONES),
    )


def _day_of(instant: dt.datetime) -> dt.date:
    """The Shanghai calendar day of ``instant``, as a plain `datetime.date`."""
    local = instant.astimezone(_SHANGHAI)
    return dt.date(local.year, local.month, local.day)


def _usually(value: Any, other: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``value`` four times in five, else a draw of ``other``: valid inputs that mostly pass.

    Conditions that each refuse a decision on their own would, drawn evenly, leave hardly any
    input that passes them all; this keeps every shape while most draws reach the end.
    """
    return st.sampled_from((True, True, True, True, False)).flatmap(
        lambda keep: st.just(value) if keep else other
    )


def _days_from(first: dt.date, last: dt.date) -> st.SearchStrategy[dt.date]:
    first, last = (
        dt.date(first.year, first.month, first.day),
        dt.date(last.year, last.month, last.day),
    )
    return st.dates(first, max(first, last))


def reporters(*, anonymous: bool | None = None) -> st.SearchStrategy[Reporter]:
    """Reporters of every valid shape: named (with or without ID and contact) or anonymous.

    A named reporter always gives a name (实名举报); an anonymous one gives no name or ID and
    may leave a contact. Some carry the caller's own pseudonymous ``reference``, which never
    contains the name, ID or contact.

    Args:
        anonymous: Only anonymous (True) or only named (False) reporters; both by default.

    Example:
        >>> from hypothesis import given
        >>> @given(reporters())
        ... def test_named_or_anonymous(reporter):
        ...     assert reporter.anonymous == (reporter.name is None)
        >>> test_named_or_anonymous()
    """
    names = st.builds(
        lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2)
    )
    ids = st.from_regex(r"\A[1-6][0-9]{16}[0-9X]\Z")
    phones = st.from_regex(r"\A1[3-9][0-9]{9}\Z")
    references = st.none() | st.from_regex(r"\Aref-[0-9a-f]{8}\Z")
    flags = {
        "reference": references,
        "supervisory_duty": _usually(False, st.just(True)),
        "relative_of_supervisory_staff": _usually(False, st.just(True)),
        "insider": st.booleans(),
    }
    named = st.builds(
        Reporter,
        name=names,
        id_number=st.none() | ids,
        contact=st.none() | phones,
        anonymous=st.just(False),
        **flags,
    )
    unnamed = st.builds(Reporter, contact=st.none() | phones, anonymous=st.just(True), **flags)
    if anonymous is None:
        return st.sampled_from((True, True, True, False)).flatmap(
            lambda keep: named if keep else unnamed
        )
    return unnamed if anonymous else named


def report_findings(*, grades: list[str] | None = None) -> st.SearchStrategy[ReportFinding]:
    """Verified violations of a report: one to four outcomes, a fine (maybe 0), maybe a grade.

    Args:
        grades: The local grades to draw from (e.g. ``["class-1", "class-2"]`` for a table
            that uses them); no grade when None.

    Example:
        >>> from hypothesis import given
        >>> @given(report_findings())
        ... def test_fines_are_yuan(finding):
        ...     assert finding.fine >= 0 and finding.outcomes
        >>> test_fines_are_yuan()
    """
    return st.builds(
        ReportFinding,
        violation=st.sampled_from(_VIOLATIONS),
        outcomes=st.lists(
            st.sampled_from(list(EnforcementOutcome)), min_size=1, max_size=4, unique=True
        ).map(tuple),
        fine=yuan_amounts(min_value=0, max_value=20_000_000),
        grade=st.none() if not grades else st.none() | st.sampled_from(grades),
    )


def whistleblower_reports(
    *,
    decided_on: dt.date = dt.date(2026, 9, 1),
    received_from: dt.date = dt.date(2024, 1, 1),
    grades: list[str] | None = None,
    adjustment_limit: Decimal | None = None,
) -> st.SearchStrategy[WhistleblowerReport]:
    """Reports (举报) of every shape, their dates consistent with each other and ``decided_on``.

    The report arrives between ``received_from`` and ``decided_on``; it is verified (with zero
    to three findings) or not; notified and claimed or not, each on or after the step before
    and none after ``decided_on``; the department may have known the facts, or the media
    exposed them, before or after the report. Decide it with ``decided_on`` (or later).

    Args:
        decided_on: The day the report will be decided: no date of the report is later.
        received_from: The earliest day the report arrives.
        grades: The local grades findings may carry (see `report_findings`).
        adjustment_limit: For a city whose measure lets it move the amount
            (``rewards.adjustment_limit``): a ``local_adjustment`` within it, or none. No
            adjustment by default (a national or provincial policy refuses one).

    Raises:
        InvalidInputError: for ``received_from`` after ``decided_on``, or an
            ``adjustment_limit`` outside 0 to 1.

    Example:
        >>> import datetime as dt
        >>> from hypothesis import given
        >>> @given(whistleblower_reports(decided_on=dt.date(2026, 9, 1)))
        ... def test_dates_in_order(report):
        ...     assert report.received_at.date() <= dt.date(2026, 9, 1)
        ...     assert report.findings == () or report.verified_on is not None
        >>> test_dates_in_order()
    """
    if received_from > decided_on:
        raise InvalidInputError(
            field="received_from",
            value=received_from,
            allowed=f"a day on or before decided_on ({decided_on})",
        )
    if adjustment_limit is not None and not 0 <= adjustment_limit <= 1:
        raise InvalidInputError(
            field="adjustment_limit", value=adjustment_limit, allowed="a share from 0 to 1, or null"
        )
    return _reports(decided_on, received_from, grades, adjustment_limit)


@st.composite
def _reports(
    draw: st.DrawFn,
    decided_on: dt.date,
    received_from: dt.date,
    grades: list[str] | None,
    adjustment_limit: Decimal | None,
) -> WhistleblowerReport:
    received = draw(_between(received_from, decided_on))
    day = _day_of(received)
    verified = draw(
        st.sampled_from((True, True, True, True, False)).flatmap(
            lambda verify: _days_from(day, decided_on) if verify else st.none()
        )
    )
    findings: tuple[ReportFinding, ...] = ()
    notified = claimed = None
    if verified is not None:
        findings = tuple(
            draw(
                st.lists(
                    report_findings(grades=grades),
                    min_size=draw(_usually(1, st.just(0))),
                    max_size=3,
                )
            )
        )
        notified = draw(st.none() | _days_from(verified, decided_on))
        if notified is not None:
            claimed = draw(st.none() | _days_from(notified, decided_on))
    adjustment = None
    if adjustment_limit is not None:
        limit = int(adjustment_limit * 100)
        adjustment = draw(st.none() | st.integers(-limit, limit).map(lambda n: Decimal(n) / 100))
    return WhistleblowerReport(
        report_id=draw(st.from_regex(r"\Ar-[0-9]{1,6}\Z")),
        matter=draw(st.sampled_from([f"m-{i}" for i in range(5)])),
        party=draw(st.none() | st.sampled_from([f"p-{i}" for i in range(3)])),
        received_at=received,
        reporter=draw(reporters()),
        target_named=draw(_usually(True, st.just(False))),
        violation_named=draw(_usually(True, st.just(False))),
        known_since=draw(_usually(None, _between(received_from, decided_on))),
        media_exposed_at=draw(_usually(None, _between(received_from, decided_on))),
        verified_on=verified,
        findings=findings,
        false_report=draw(_usually(False, st.just(True))),
        cooperated=draw(_usually(True, st.just(False))),
        declined=draw(_usually(False, st.just(True))),
        evidence_supplied=draw(st.booleans()),
        key_lead=draw(st.booleans()),
        special_ground=draw(st.none() | st.sampled_from(list(SpecialGround))),
        local_adjustment=adjustment,
        notified_on=notified,
        claimed_on=claimed,
    )


def rewarded_cases(
    *, closed_from: dt.date = dt.date(2022, 1, 1), closed_until: dt.date = dt.date(2026, 9, 1)
) -> st.SearchStrategy[RewardedCase]:
    """Matters already rewarded (``prior`` of `decide_reward`).

    Their matters and parties are those `whistleblower_reports` draws, so that some reports
    repeat a rewarded matter and some report a party again after its case closed.

    Example:
        >>> from hypothesis import given
        >>> @given(rewarded_cases())
        ... def test_closed(case):
        ...     assert case.closed_on.year >= 2022
        >>> test_closed()
    """
    return st.builds(
        RewardedCase,
        matter=st.sampled_from([f"m-{i}" for i in range(5)]),
        party=st.none() | st.sampled_from([f"p-{i}" for i in range(3)]),
        closed_on=st.dates(closed_from, closed_until),
    )


_INDUSTRIES = ("chemicals", "electroplating", "coating", "food", "other")


def addressees(*, industry: str | None = None) -> st.SearchStrategy[Addressee]:
    """Enterprises and units a letter may go to (never a private person).

    Args:
        industry: The addressee's industry; drawn from a few (with and without documents of
            their own in the standard policy) when None.

    Example:
        >>> from hypothesis import given
        >>> @given(addressees())
        ... def test_not_a_person(addressee):
        ...     assert addressee.kind.value != "individual"
        >>> test_not_a_person()
    """
    return st.builds(
        Addressee,
        kind=st.sampled_from([k for k in AddresseeKind if k is not AddresseeKind.INDIVIDUAL]),
        name=_text,
        credit_code=credit_codes(),
        industry=st.just(industry) if industry is not None else st.sampled_from(_INDUSTRIES),
    )


def letter_triggers(
    *, issued_on: dt.date = dt.date(2026, 9, 29), industry: str = "other"
) -> st.SearchStrategy[LetterTrigger]:
    """Triggers of every kind, dated so that a letter can be issued on ``issued_on``.

    A no-penalty decision (not penalised or may decline) and a grade change on or before the
    issue day, an alert that started by its end, an inspection after it, a document lapsing on
    or after it, and an industry point for ``industry``.

    Args:
        issued_on: The day the letter will be issued.
        industry: The industry of a policy trigger (the addressee's).

    Example:
        >>> import datetime as dt
        >>> from hypothesis import given
        >>> @given(letter_triggers(issued_on=dt.date(2026, 9, 29)))
        ... def test_typed(trigger):
        ...     assert trigger.type in {
        ...         "leniency",
        ...         "alert",
        ...         "grade",
        ...         "inspection",
        ...         "lapse",
        ...         "policy",
        ...     }
        >>> test_typed()
    """
    before = _days_from(issued_on - dt.timedelta(days=120), issued_on)
    after = issued_on + dt.timedelta(days=1)
    grades = st.lists(st.sampled_from(list(Grade)), min_size=2, max_size=2, unique=True)
    return st.one_of(
        st.builds(
            LeniencyTrigger,
            case_ref=_text,
            violation_kind=st.sampled_from(_VIOLATIONS),
            outcome=st.sampled_from([LeniencyOutcome.NOT_PENALIZED, LeniencyOutcome.MAY_DECLINE]),
            decided_on=before,
            list_item=st.none() | _text,
            provisions=st.lists(citations(), max_size=1).map(tuple),
        ),
        st.builds(
            AlertTrigger,
            alert_id=st.uuids().map(str),
            outlet=st.sampled_from(["DA001", "DW001"]),
            pollutant=st.sampled_from(["SO2", "NOx", "COD"]),
            alert_kind=st.sampled_from(list(AlertKind)),
            start=_between(issued_on - dt.timedelta(days=30), issued_on),
        ),
        grades.map(lambda g: (g[0], g[1])).flatmap(
            lambda g: st.builds(
                GradeTrigger, from_grade=st.just(g[0]), to_grade=st.just(g[1]), on=before
            )
        ),
        st.builds(
            InspectionTrigger,
            task_id=_text,
            department=_text,
            purposes=st.lists(_text, min_size=1, max_size=3).map(tuple),
            visit_on=_days_from(after, after + dt.timedelta(days=60)),
        ),
        st.builds(
            LapseTrigger,
            document_type=st.sampled_from([t.value for t in FileDocumentType]) | _text,
            document_ref=_text,
            expires_on=_days_from(issued_on, issued_on + dt.timedelta(days=180)),
        ),
        st.builds(PolicyTrigger, industry=st.just(industry), topic_zh=_text, topic_en=_text),
    )


@st.composite
def letter_requests(draw: st.DrawFn, *, issued_on: dt.date = dt.date(2026, 9, 29)) -> LetterRequest:
    """Letters a bureau may ask to send on ``issued_on``, for `compose_letter`.

    Every trigger (`letter_triggers`), further findings, the bureau's own actions (with or
    without their own windows) and matters, or none (the trigger's defaults).

    Args:
        draw: Hypothesis' draw function.
        issued_on: The day the letter will be issued (`compose_letter`'s ``issued_on``).

    Example:
        >>> import datetime as dt
        >>> from hypothesis import given
        >>> @given(letter_requests(issued_on=dt.date(2026, 9, 29)))
        ... def test_addressed(request):
        ...     assert request.addressee.credit_code
        >>> test_addressed()
    """
    addressee = draw(addressees())
    action = st.builds(
        ActionRequest,
        id=st.from_regex(r"\A[a-z][a-z0-9\-]{0,11}\Z"),
        text_zh=_text,
        text_en=_text,
        working_days=st.none() | st.integers(1, 120),
    )
    return LetterRequest(
        id=draw(_text),
        addressee=addressee,
        issuer_zh=draw(_text),
        trigger=draw(letter_triggers(issued_on=issued_on, industry=addressee.industry)),
        local_measure=draw(
            st.builds(
                LocalMeasure,
                name_zh=_text,
                name_en=_text,
                issuer_zh=_text,
                number=st.none() | _text,
                provision_zh=st.none() | _text,
            )
        ),
        findings=tuple(
            draw(st.lists(st.builds(LetterFinding, text_zh=_text, text_en=_text), max_size=2))
        ),
        actions=tuple(draw(st.lists(action, max_size=3))),
        matters=tuple(draw(st.lists(_text, max_size=2))),
    )


def letters(
    policy: Policy, *, issued_on: dt.date = dt.date(2026, 9, 29)
) -> st.SearchStrategy[Letter]:
    """Letters composed by `compose_letter` from `letter_requests` under ``policy``.

    Args:
        policy: The jurisdiction's policy on ``issued_on``.
        issued_on: The day the letters are issued.

    Example:
        >>> import datetime as dt
        >>> from hypothesis import given, settings
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-09-29")
        >>> @settings(max_examples=10)
        ... @given(letters(policy, issued_on=dt.date(2026, 9, 29)))
        ... def test_due_after_issue(letter):
        ...     assert letter.response_due >= letter.issued_on
        >>> test_due_after_issue()
    """
    return letter_requests(issued_on=issued_on).map(
        lambda r: compose_letter(r, policy=policy, issued_on=issued_on).outcome
    )


@st.composite
def letter_events(draw: st.DrawFn, letter: Letter, *, max_gap_days: int = 30) -> list[LetterEvent]:
    """The events recorded of ``letter`` so far, for `letter_status`.

    A prefix of its loop, in order, on or after its issue day, each at most ``max_gap_days``
    after the one before; a closing event found something or nothing.

    Args:
        draw: Hypothesis' draw function.
        letter: The letter (a policy letter has no rectification or verification).
        max_gap_days: The longest gap between two steps.

    Example:
        >>> from hypothesis import given
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-09-29")
        >>> @given(letters(policy).flatmap(lambda letter: letter_events(letter)))
        ... def test_in_order(events):
        ...     assert [e.on for e in events] == sorted(e.on for e in events)
        >>> test_in_order()
    """
    chain = (
        (LetterEventKind.DELIVERED, LetterEventKind.ACKNOWLEDGED, LetterEventKind.CLOSED)
        if letter.kind is LetterKind.POLICY
        else tuple(LetterEventKind)
    )
    count = draw(st.integers(0, len(chain)))
    day, out = letter.issued_on, []
    for kind in chain[:count]:
        day += dt.timedelta(days=draw(st.integers(0, max_gap_days)))
        found = draw(st.booleans()) if kind is LetterEventKind.CLOSED else True
        out.append(LetterEvent(kind=kind, on=day, nothing_found=found))
    return out


@st.composite
def file_documents(
    draw: st.DrawFn,
    *,
    on: dt.date = dt.date(2027, 6, 30),
    document_type: FileDocumentType | None = None,
) -> FileDocument:
    """Documents of an enterprise's file, issued in the three years up to the end of ``on``.

    Filed in time, late (up to four days after issue) or not at all; a permit with or without
    its last valid day; a ledger destroyed or kept.

    Args:
        draw: Hypothesis' draw function.
        on: The day the file is checked: no document is issued later.
        document_type: The document's type; any when None.

    Example:
        >>> from hypothesis import given
        >>> @given(file_documents())
        ... def test_filed_after_issue(doc):
        ...     assert doc.filed_at is None or doc.filed_at >= doc.issued_at
        >>> test_filed_after_issue()
    """
    kind = document_type or draw(st.sampled_from(list(FileDocumentType)))
    issued = draw(_between(on - dt.timedelta(days=3 * 365), on))
    delay = draw(
        st.sampled_from(["in time", "in time", "in time", "late", "not filed"]).flatmap(
            lambda how: (
                st.none()
                if how == "not filed"
                else st.integers(0, 48 * 3600)
                if how == "in time"
                else st.integers(48 * 3600 + 1, 96 * 3600)
            )
        )
    )
    filed = None if delay is None else issued.add(seconds=delay)
    issue_day = _day_of(issued)
    later = _days_from(issue_day, issue_day + dt.timedelta(days=8 * 365))
    valid = draw(st.none() | later) if kind is FileDocumentType.PERMIT else None
    destroyed = draw(st.none() | later) if kind is FileDocumentType.PERMIT_LEDGER else None
    return FileDocument(
        id=draw(st.from_regex(r"\Ad-[0-9]{1,3}\Z")),
        type=kind,
        issued_at=issued,
        filed_at=filed,
        valid_until=valid,
        destroyed_on=destroyed,
    )


@st.composite
def enterprise_files(
    draw: st.DrawFn, *, on: dt.date = dt.date(2027, 6, 30), jurisdiction: str = "CN"
) -> EnterpriseFile:
    """Enterprise files (一企一档) to check on ``on``, for `check_file`.

    Every permit class, a few industries (with and without documents of their own); a full
    file (a document of every type, and up to two more) or up to eight `file_documents`;
    documents the bureau issued (in the file or not); hazardous waste or not.

    Args:
        draw: Hypothesis' draw function.
        on: The day the file is checked (`check_file`'s ``on``).
        jurisdiction: The enterprise's jurisdiction.

    Example:
        >>> import datetime as dt
        >>> from hypothesis import given
        >>> @given(enterprise_files(on=dt.date(2027, 6, 30)))
        ... def test_issued_by_then(file):
        ...     assert all(d.issued_at.date() <= dt.date(2027, 6, 30) for d in file.documents)
        >>> test_issued_by_then()
    """
    profile = draw(
        st.builds(
            EnterpriseProfile,
            credit_code=credit_codes(),
            name=_text,
            jurisdiction=st.just(jurisdiction),
            industry=st.sampled_from(_INDUSTRIES),
            key_unit=st.booleans(),
            permit_class=st.sampled_from(list(PermitClass)),
        )
    )
    # A full file holds one document of every type (filed in time or not), a patchy one a few.
    full = draw(st.booleans())
    documents = (
        [draw(file_documents(on=on, document_type=kind)) for kind in FileDocumentType]
        if full
        else []
    )
    documents += draw(st.lists(file_documents(on=on), max_size=8 if not full else 2))
    ids = [d.id for d in documents] + ["x-1", "x-2"]
    expected = draw(
        st.lists(
            st.builds(
                ExpectedDocument,
                id=st.sampled_from(ids),
                type=st.sampled_from(list(FileDocumentType)),
            ),
            max_size=3,
        )
    )
    return EnterpriseFile(
        profile=profile,
        documents=tuple(documents),
        expected=tuple(expected),
        hazardous_waste=draw(st.booleans()),
    )


check_public(globals(), tuple(__all__))
