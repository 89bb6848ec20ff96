"""Dated, layered policy: national rules overlaid by provincial and city measures.

Policy data is plain data (what a JSON file holds): jurisdictions in a
hierarchy, and measures, each with dated versions that set parameters. A
`PolicyBook` validates it once, when built, and is immutable afterwards.
`PolicyBook.resolve` gives the `Policy` of a jurisdiction on a date: the
national parameters, overlaid by the province's, overlaid by the city's, each
from the version of its measure in force on that date.

Within one jurisdiction, when two measures in force set the same parameter,
the one that took effect later wins (lex posterior); two that took effect on
the same day are refused when the book is built, so the result never depends
on the order in which versions were registered.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType
from typing import Annotated, Any, Literal, TypeVar

import attrs
from pydantic import Field, JsonValue

from ecoreg.core._boundary import check_class, checked, describe_type
from ecoreg.core._citations import Citation, Instrument
from ecoreg.core._decision import Notice, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._parameters import ParamKind, ParamValue
from ecoreg.core._registry import COMBINATIONS, PARAMETERS
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import (
    InvalidInputError,
    MissingParameterError,
    PolicyDataError,
    UnknownJurisdictionError,
)

__all__ = [
    "ENDING_SOON_DAYS",
    "Jurisdiction",
    "JurisdictionLevel",
    "Measure",
    "MeasureLife",
    "MeasureVersion",
    "ParameterEntry",
    "Policy",
    "PolicyBook",
    "PolicyData",
    "ResolvedParameter",
]


class JurisdictionLevel(StrEnum):
    """Levels of government, from the top."""

    NATIONAL = "national"
    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"


_RANK = {
    JurisdictionLevel.NATIONAL: 0,
    JurisdictionLevel.PROVINCE: 1,
    JurisdictionLevel.CITY: 2,
    JurisdictionLevel.DISTRICT: 3,
}

Code = Annotated[str, Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,8}){0,3}$")]
MeasureId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]


class Jurisdiction(EcoregModel):
    """A jurisdiction: ``CN`` (national), ``CN-GD`` (Guangdong), ``CN-GD-DG`` (Dongguan)."""

    code: Code
    name_zh: Annotated[str, Field(min_length=1)]
    name_en: Annotated[str, Field(min_length=1)]
    level: JurisdictionLevel
    parent: Code | None = None


Basis = Literal["law", "local", "seed", "default"]


class ParameterEntry(EcoregModel):
    """One parameter value in a measure version, with where it comes from."""

    value: JsonValue
    article: Annotated[int, Field(ge=1)] | None = None
    paragraph: Annotated[int, Field(ge=1)] | None = None
    item: Annotated[int, Field(ge=1)] | None = None
    quote_zh: str | None = None
    note: str | None = None
    basis: Basis = "law"
    """``law`` (statute text), ``local`` (a local measure), ``seed`` (a reported case), or
    ``default`` (no source fixes it: ecoreg's documented choice, explained in ``note``)."""


class MeasureVersion(EcoregModel):
    """A version of a measure, in force from a date (and until a date, inclusive)."""

    in_force_from: Day
    in_force_until: Day | None = None
    instrument: Instrument
    parameters: dict[str, ParameterEntry] = Field(default_factory=dict)

    def in_force_on(self, day: dt.date) -> bool:
        """Whether this version applies on ``day``."""
        return self.in_force_from <= day and (
            self.in_force_until is None or day <= self.in_force_until
        )


class Measure(EcoregModel):
    """A measure of one jurisdiction, with its dated versions."""

    id: MeasureId
    jurisdiction: Code
    title_zh: Annotated[str, Field(min_length=1)]
    title_en: Annotated[str, Field(min_length=1)]
    versions: tuple[MeasureVersion, ...] = Field(min_length=1)


class PolicyData(EcoregModel):
    """The plain-data form of a policy book (what a JSON file holds)."""

    jurisdictions: tuple[Jurisdiction, ...] = ()
    measures: tuple[Measure, ...] = ()


ENDING_SOON_DAYS = 90
"""A local measure in force that ends this many days after a decision, or fewer, is flagged.

ecoreg's choice (no text fixes it): about the time a province takes to announce a re-issue.
"""


@attrs.frozen
class MeasureLife:
    """A local measure's version with an end date, as a `Policy` sees it on its date."""

    measure: str
    jurisdiction: str
    title_zh: str
    title_en: str
    instrument: Instrument
    in_force_from: dt.date
    in_force_until: dt.date
    """The version's last day in force (inclusive)."""


@attrs.frozen
class ResolvedParameter:
    """A parameter's value in a `Policy`, with the measure version it comes from."""

    key: str
    value: ParamValue
    jurisdiction: str
    measure: str
    in_force_from: dt.date
    citation: Citation
    basis: str


@check_class
@attrs.frozen
class Policy:
    """The parameters in force for one jurisdiction on one date.

    Examples:
        >>> from ecoreg.jurisdictions import national_policy_book
        >>> policy = national_policy_book().resolve("CN", dt.date(2026, 3, 1))
        >>> policy.as_int("penalty.payment_deadline_days")
        15
        >>> policy.citation("penalty.payment_deadline_days").label_en
        'Administrative Penalty Law of the PRC, Art. 67(3)'
    """

    jurisdiction: Jurisdiction
    chain: tuple[str, ...]
    """Jurisdiction codes from the national level down to this one."""
    on: dt.date
    parameters: Mapping[str, ResolvedParameter]
    names: Mapping[str, tuple[str, str]] = attrs.field(
        factory=lambda: MappingProxyType({}), repr=False
    )
    """Chinese and English names of the jurisdictions in the chain."""
    valid_from: dt.date | None = None
    """The first day the same measure versions are in force (``None``: not known)."""
    valid_until: dt.date | None = None
    """The last day the same measure versions are in force (``None``: open-ended)."""
    ending: tuple[MeasureLife, ...] = ()
    """Local measure versions in force on ``on`` that have an end date and no successor known
    (no later version, and no ``replaced_by`` on its instrument)."""
    ended: tuple[MeasureLife, ...] = ()
    """Local measures whose last version ended before ``on``, with no successor known (no later
    version, and no ``replaced_by`` on its instrument): no longer applied."""
    _memo: dict[str, Any] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    """What is derived from the policy, built once (a policy never changes): `records` by key,
    and the settings a domain reads (`memoized`)."""

    def lapse_reasons(self) -> tuple[Reason, ...]:
        """A reason for each local measure that has ended without a known successor: not applied.

        Examples:
            >>> from ecoreg import standard_policy_book
            >>> gd = standard_policy_book().resolve("CN-GD", "2027-01-01")
            >>> gd.lapse_reasons()[0].citation.instrument.number
            '粤环发〔2021〕7号'
        """
        return tuple(
            Reason(
                rule_id="policy.measure-ended",
                citation=Citation(instrument=life.instrument),
                message_zh=f"{self._name_zh(life)}的“{life.title_zh}”已于{life.in_force_until}"
                "失效，本决定不予适用。",
                message_en=f"{self._name_en(life)}'s measure '{life.title_en}' ended on "
                f"{life.in_force_until}: not applied to this decision.",
                facts=facts(measure=life.measure, in_force_until=life.in_force_until),
            )
            for life in self.ended
        )

    def layer_warnings(self, day: dt.date) -> tuple[Notice, ...]:
        """Warnings that the local layer may be out of date for a decision on ``day``.

        ``policy.measure-ending``: a local measure in force ends within `ENDING_SOON_DAYS` days
        of ``day`` (the last day in force included); ``policy.measure-ended``: one has ended
        and no successor is known.

        Examples:
            >>> import datetime as dt
            >>> from ecoreg import standard_policy_book
            >>> gd = standard_policy_book().resolve("CN-GD", "2026-12-31")
            >>> [w.code for w in gd.layer_warnings(dt.date(2026, 12, 31))]
            ['policy.measure-ending']
        """
        out = [
            Notice(
                code="policy.measure-ending",
                message_zh=f"{self._name_zh(life)}的“{life.title_zh}”将于{life.in_force_until}"
                f"到期（距本决定{(life.in_force_until - day).days}日），尚未知有后续规定，"
                "地方规则可能即将过时。",
                message_en=f"{self._name_en(life)}'s measure '{life.title_en}' ends on "
                f"{life.in_force_until} ({(life.in_force_until - day).days} days after this "
                "decision); no successor is known, so the local rules may soon be out of date.",
            )
            for life in self.ending
            if 0 <= (life.in_force_until - day).days <= ENDING_SOON_DAYS
        ]
        out.extend(
            Notice(
                code="policy.measure-ended",
                message_zh=f"{self._name_zh(life)}的“{life.title_zh}”已于{life.in_force_until}"
                "失效且未知有后续规定，本决定未适用该规定；地方规则可能已过时，请核实是否已有新规定。",
                message_en=f"{self._name_en(life)}'s measure '{life.title_en}' ended on "
                f"{life.in_force_until} with no successor known and was not applied; the local "
                "rules may be out of date: check for a new measure.",
            )
            for life in self.ended
            if day > life.in_force_until
        )
        return tuple(out)

    def _name_zh(self, life: MeasureLife) -> str:
        names = self.names.get(life.jurisdiction)
        return names[0] if names is not None else life.jurisdiction

    def _name_en(self, life: MeasureLife) -> str:
        names = self.names.get(life.jurisdiction)
        return names[1] if names is not None else life.jurisdiction

    def check_date(self, day: dt.date, field: str = "decided_on") -> None:
        """Refuse a decision dated outside the span in which this policy's measures hold.

        A policy is resolved for one date; used for a decision on a date when other
        measure versions are in force, it would apply the wrong numbers silently.

        Raises:
            InvalidInputError: naming ``policy``, with the span the policy covers.

        Examples:
            >>> from ecoreg import standard_policy_book
            >>> from ecoreg.exceptions import InvalidInputError
            >>> dg = standard_policy_book().resolve("CN-GD-DG", "2025-09-30")
            >>> dg.valid_from, dg.valid_until
            (datetime.date(2024, 8, 1), datetime.date(2025, 9, 30))
            >>> try:
            ...     dg.check_date(dt.date(2025, 10, 1))
            ... except InvalidInputError as exc:
            ...     print(exc.field)
            policy
        """
        early = self.valid_from is not None and day < self.valid_from
        late = self.valid_until is not None and day > self.valid_until
        if early or late:
            span = f"{self.valid_from or '…'} to {self.valid_until or '…'}"
            raise InvalidInputError(
                field="policy",
                value=self.on,
                allowed=f"a policy resolved for {self.jurisdiction.code} on a date from {span}, "
                f"the span that includes {field} (the measures in force on {day} differ: "
                "resolve the policy for that date)",
            )

    @checked
    def get(self, key: str) -> ResolvedParameter:
        """The parameter ``key`` with its source.

        Raises:
            MissingParameterError: if no measure in force provides it.
        """
        try:
            return self.parameters[key]
        except KeyError:
            known = "a known parameter key" if key in PARAMETERS else "see ecoreg.PARAMETERS"
            raise MissingParameterError(
                "no measure in force provides this parameter",
                jurisdiction=self.jurisdiction.code,
                on=self.on,
                field=key or "key",
                value=None,
                allowed=f"a policy whose measures in force on that date set it ({known})",
            ) from None

    def reason(self, key: str, rule_id: str, zh: str, en: str, **used: object) -> Reason:
        """A reason citing the measure that sets ``key``, with the facts ``used``.

        Examples:
            >>> from ecoreg.jurisdictions import national_policy_book
            >>> policy = national_policy_book().resolve("CN", dt.date(2026, 3, 1))
            >>> r = policy.reason(
            ...     "penalty.payment_deadline_days", "demo", "十五日", "15 days", days=15
            ... )
            >>> r.citation.article, r.fact("days")
            (67, 15)
        """
        note_zh, note_en = self.local_note(key)
        return Reason(
            rule_id=rule_id,
            citation=self.citation(key),
            message_zh=zh + note_zh,
            message_en=en + note_en,
            facts=facts(used),
        )

    def local_note(self, key: str) -> tuple[str, str]:
        """Words saying that ``key`` comes from a local measure, or empty strings if national.

        A decision that applies a local rule says so, naming the jurisdiction.

        Examples:
            >>> from ecoreg import standard_policy_book
            >>> dg = standard_policy_book().resolve("CN-GD-DG", "2026-03-10")
            >>> dg.local_note("reduction.apology.share")
            ('（东莞市地方规定）', ' (a local measure of Dongguan)')
            >>> dg.local_note("penalty.payment_deadline_days")
            ('', '')
        """
        source = self.get(key).jurisdiction
        if source == self.chain[0]:
            return "", ""
        names = self.names.get(source)
        zh, en = names if names is not None else (source, source)
        return f"（{zh}地方规定）", f" (a local measure of {en})"

    def value(self, key: str) -> ParamValue:
        """The value of ``key``."""
        return self.get(key).value

    def citation(self, key: str) -> Citation:
        """The citation of the measure that sets ``key``."""
        return self.get(key).citation

    def _typed(self, key: str, kind: type) -> Any:
        value = self.value(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise MissingParameterError(
                "parameter has another type",
                jurisdiction=self.jurisdiction.code,
                on=self.on,
                field=key,
                value=value,
                allowed=describe_type(kind),
            )
        return value

    def as_int(self, key: str) -> int:
        """The value of ``key`` as an ``int``."""
        result: int = self._typed(key, int)
        return result

    def as_decimal(self, key: str) -> Decimal:
        """The value of ``key`` as a ``Decimal``."""
        result: Decimal = self._typed(key, Decimal)
        return result

    def as_bool(self, key: str) -> bool:
        """The value of ``key`` as a ``bool``."""
        result: bool = self._typed(key, bool)
        return result

    def as_str(self, key: str) -> str:
        """The value of ``key`` as a ``str``."""
        result: str = self._typed(key, str)
        return result

    def records(self, key: str) -> Mapping[str, Any]:
        """The records of ``key`` (e.g. ``violations.catalogue``) by id."""
        return memoized(
            self,
            f"records:{key}",
            lambda: MappingProxyType({getattr(r, "id", ""): r for r in self.as_tuple(key)}),
        )

    @checked
    def record(self, key: str, ident: str) -> Any:
        """The record ``ident`` of ``key``.

        Raises:
            MissingParameterError: naming the key and the unknown id.
        """
        found = self.records(key)
        if ident not in found:
            close = difflib.get_close_matches(ident, list(found), n=3, cutoff=0.6)
            nearest = f"; the nearest: {close}" if close else ""
            raise MissingParameterError(
                "no such record in force",
                jurisdiction=self.jurisdiction.code,
                on=self.on,
                field=f"{key}.{ident}",
                value=ident,
                allowed=f"an id of one of the {len(found)} records of {key} in force{nearest}",
            )
        return found[ident]

    def as_tuple(self, key: str) -> tuple[Any, ...]:
        """The value of ``key`` as a tuple."""
        result: tuple[Any, ...] = self._typed(key, tuple)
        return result


_T = TypeVar("_T")


def memoized(policy: Policy, name: str, build: Callable[[], _T]) -> _T:
    """What ``build`` derives from ``policy``, built on the first call and kept with it.

    A policy never changes, so a domain's settings read from it (`PenaltySettings.of` …) need
    not be read again for every decision under it.
    """
    found: _T | None = policy._memo.get(name)  # noqa: SLF001 - the policy's own cache
    if found is None:
        found = build()
        policy._memo[name] = found  # noqa: SLF001
    return found


@attrs.frozen
class _Version:
    measure: str
    jurisdiction: str
    version: MeasureVersion
    parameters: Mapping[str, ResolvedParameter]


def _life(version: _Version, title: tuple[str, str], until: dt.date) -> MeasureLife:
    return MeasureLife(
        measure=version.measure,
        jurisdiction=version.jurisdiction,
        title_zh=title[0],
        title_en=title[1],
        instrument=version.version.instrument,
        in_force_from=version.version.in_force_from,
        in_force_until=until,
    )


def _citation(instrument: Instrument, entry: ParameterEntry) -> Citation:
    return Citation(
        instrument=instrument,
        article=entry.article,
        paragraph=entry.paragraph,
        item=entry.item,
        quote_zh=entry.quote_zh,
        note=entry.note,
    )


def _overlaps(a: MeasureVersion, b: MeasureVersion) -> bool:
    far = dt.date.max
    return a.in_force_from <= (b.in_force_until or far) and b.in_force_from <= (
        a.in_force_until or far
    )


@check_class
class PolicyBook:
    """Validated, immutable policy data with dated, layered lookup.

    Build it with `from_data` (plain data) and extend it with `extend`; both
    validate everything and raise `PolicyDataError` naming the jurisdiction,
    the measure and the version's date.

    Examples:
        >>> from ecoreg.jurisdictions import national_policy_book
        >>> book = national_policy_book().extend(
        ...     {
        ...         "jurisdictions": [
        ...             {
        ...                 "code": "CN-GD",
        ...                 "name_zh": "广东省",
        ...                 "name_en": "Guangdong",
        ...                 "level": "province",
        ...                 "parent": "CN",
        ...             },
        ...         ],
        ...     }
        ... )
        >>> book.resolve("CN-GD", "2026-01-01").chain
        ('CN', 'CN-GD')
    """

    __slots__ = ("_by_jurisdiction", "_checked", "_data", "_jurisdictions", "_titles")

    def __init__(self, data: PolicyData) -> None:
        """Validate ``data``; prefer `from_data`, which also reports malformed plain data."""
        self._build(data, {})

    def _build(
        self, data: PolicyData, reuse: Mapping[str, tuple[Measure, tuple[_Version, ...]]]
    ) -> None:
        """Validate ``data`` into this book.

        A measure of ``data`` that is one of ``reuse``'s (the same object: a book's own measure,
        checked when that book was built) keeps its checked versions.
        """
        jurisdictions = _check_jurisdictions(data.jurisdictions)
        by_jurisdiction: dict[str, list[_Version]] = {code: [] for code in jurisdictions}
        checked: dict[str, tuple[_Version, ...]] = {}
        seen: set[str] = set()
        for measure in sorted(data.measures, key=lambda m: (m.jurisdiction, m.id)):
            if measure.id in seen:
                raise PolicyDataError(
                    "measure id used twice",
                    jurisdiction=measure.jurisdiction,
                    measure=measure.id,
                    field="id",
                    value=measure.id,
                    allowed="a unique id per measure",
                )
            seen.add(measure.id)
            if measure.jurisdiction not in jurisdictions:
                raise PolicyDataError(
                    "measure belongs to an unknown jurisdiction",
                    jurisdiction=measure.jurisdiction,
                    measure=measure.id,
                    field="jurisdiction",
                    value=measure.jurisdiction,
                    allowed=f"one of {sorted(jurisdictions)}",
                )
            _check_statutory(measure, jurisdictions[measure.jurisdiction])
            known = reuse.get(measure.id)
            own = known[1] if known and known[0] is measure else tuple(_check_measure(measure))
            checked[measure.id] = own
            by_jurisdiction[measure.jurisdiction].extend(own)
        for code, versions in by_jurisdiction.items():
            _check_conflicts(code, versions)
            versions.sort(key=lambda v: (v.version.in_force_from, v.measure))
        self._data = PolicyData(
            jurisdictions=tuple(sorted(data.jurisdictions, key=lambda j: j.code)),
            measures=tuple(
                m.model_copy(
                    update={"versions": tuple(sorted(m.versions, key=lambda v: v.in_force_from))}
                )
                for m in sorted(data.measures, key=lambda m: m.id)
            ),
        )
        self._jurisdictions: Mapping[str, Jurisdiction] = MappingProxyType(jurisdictions)
        self._titles: Mapping[str, tuple[str, str]] = MappingProxyType(
            {m.id: (m.title_zh, m.title_en) for m in self._data.measures}
        )
        self._checked: Mapping[str, tuple[Measure, tuple[_Version, ...]]] = MappingProxyType(
            {m.id: (m, checked[m.id]) for m in self._data.measures}
        )
        self._by_jurisdiction: Mapping[str, tuple[_Version, ...]] = MappingProxyType(
            {code: tuple(v) for code, v in by_jurisdiction.items()}
        )

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, "_by_jurisdiction"):
            raise attrs.exceptions.FrozenInstanceError
        object.__setattr__(self, name, value)

    def __repr__(self) -> str:
        return (
            f"PolicyBook({len(self._jurisdictions)} jurisdictions, "
            f"{len(self._data.measures)} measures)"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PolicyBook):
            return NotImplemented
        return self._data == other._data

    def __hash__(self) -> int:
        return hash(self._data.to_json())

    @classmethod
    @checked
    def from_data(cls, data: Mapping[str, Any] | PolicyData) -> PolicyBook:
        """Build a book from plain data (a mapping with ``jurisdictions`` and ``measures``).

        Raises:
            PolicyDataError: naming the jurisdiction, measure, version date and field.
        """
        if isinstance(data, PolicyData):
            return cls(data)
        return cls(_parse(data))

    @checked
    def extend(self, data: Mapping[str, Any] | PolicyData) -> PolicyBook:
        """A new book with more jurisdictions and measures; this one is unchanged."""
        extra = data if isinstance(data, PolicyData) else _parse(data)
        # This book's measures were checked when it was built: only the new ones are checked
        # (with every measure's checks across measures: ids, jurisdictions, conflicts).
        book = PolicyBook.__new__(PolicyBook)
        book._build(  # noqa: SLF001 - a book of the same class
            PolicyData(
                jurisdictions=self._data.jurisdictions + extra.jurisdictions,
                measures=self._data.measures + extra.measures,
            ),
            self._checked,
        )
        return book

    @property
    def data(self) -> PolicyData:
        """A copy of the validated data, in a canonical order."""
        return self._data.model_copy(deep=True)

    @property
    def jurisdictions(self) -> Mapping[str, Jurisdiction]:
        """Every jurisdiction, by code."""
        return self._jurisdictions

    def jurisdiction(self, code: str) -> Jurisdiction:
        """The jurisdiction ``code``.

        Raises:
            UnknownJurisdictionError: if the book does not know it.
        """
        try:
            return self._jurisdictions[code]
        except (KeyError, TypeError):
            known = sorted(self._jurisdictions)
            raise UnknownJurisdictionError(
                "unknown jurisdiction",
                field="jurisdiction",
                value=code,
                allowed=f"one of {known[:20]}{' …' if len(known) > 20 else ''}",
            ) from None

    @checked
    def chain(self, code: str) -> tuple[str, ...]:
        """Codes from the national level down to ``code``."""
        out = [self.jurisdiction(code).code]
        while (parent := self._jurisdictions[out[-1]].parent) is not None:
            out.append(parent)
        return tuple(reversed(out))

    @checked
    def resolve(self, jurisdiction: str, on: dt.date | str) -> Policy:
        """The policy of ``jurisdiction`` on the date ``on``.

        Raises:
            UnknownJurisdictionError: for an unknown code.
            InvalidTimeError: if ``on`` is not a date.
        """
        day = parse_date(on, field="on")
        chain = self.chain(jurisdiction)
        params: dict[str, ResolvedParameter] = {}
        valid_from, valid_until = dt.date.min, dt.date.max
        for code in chain:
            for version in self._by_jurisdiction[code]:
                start, until = version.version.in_force_from, version.version.in_force_until
                if version.version.in_force_on(day):
                    valid_from = max(valid_from, start)
                    if until is not None:
                        valid_until = min(valid_until, until)
                    for key, param in version.parameters.items():
                        params[key] = _merge(params.get(key), param)
                elif start > day:
                    valid_until = min(valid_until, start - dt.timedelta(days=1))
                elif until is not None:
                    valid_from = max(valid_from, until + dt.timedelta(days=1))
        ending, ended = self._lives(chain[1:], day)
        _check_combinations(jurisdiction, day, params)
        return Policy(
            jurisdiction=self._jurisdictions[jurisdiction],
            chain=chain,
            on=day,
            parameters=MappingProxyType(params),
            names=MappingProxyType(
                {c: (self._jurisdictions[c].name_zh, self._jurisdictions[c].name_en) for c in chain}
            ),
            valid_from=None if valid_from == dt.date.min else valid_from,
            valid_until=None if valid_until == dt.date.max else valid_until,
            ending=ending,
            ended=ended,
        )

    def _lives(
        self, codes: Sequence[str], day: dt.date
    ) -> tuple[tuple[MeasureLife, ...], tuple[MeasureLife, ...]]:
        """The local versions in force on ``day`` that end, and the measures ended, unreplaced."""
        titles = self._titles  # built once with the book: a resolve per request reads it
        ending: list[MeasureLife] = []
        ended: list[MeasureLife] = []
        for code in codes:
            by_measure: dict[str, list[_Version]] = {}
            for version in self._by_jurisdiction[code]:
                by_measure.setdefault(version.measure, []).append(version)
            for measure, versions in sorted(by_measure.items()):
                title = titles[measure]
                current = [v for v in versions if v.version.in_force_on(day)]
                ending.extend(
                    _life(v, title, v.version.in_force_until)
                    for v in current
                    if v.version.in_force_until is not None
                    and v.version.instrument.replaced_by is None
                    and not any(w.version.in_force_from > day for w in versions)
                )
                if current or any(v.version.in_force_from > day for v in versions):
                    continue
                last = max(versions, key=lambda v: v.version.in_force_from)
                until = last.version.in_force_until
                if until is not None and last.version.instrument.replaced_by is None:
                    ended.append(_life(last, title, until))
        return tuple(ending), tuple(ended)


def _check_combinations(code: str, day: dt.date, params: Mapping[str, ResolvedParameter]) -> None:
    """Refuse parameters that validate one by one but not together (the later measure named)."""
    for rule in COMBINATIONS:
        if not all(key in params for key in rule.keys):
            continue
        if not rule.holds(*(params[key].value for key in rule.keys)):
            last = max((params[key] for key in rule.keys), key=lambda p: p.in_force_from)
            raise PolicyDataError(
                "parameters that do not fit together",
                jurisdiction=code,
                measure=last.measure,
                on=day,
                field=last.key,
                value=last.value,
                allowed=rule.allowed,
            )


def _merge(above: ResolvedParameter | None, below: ResolvedParameter) -> ResolvedParameter:
    """A lower layer's value replaces the one above, except records, which merge by id."""
    if above is None or PARAMETERS[below.key].kind is not ParamKind.RECORDS:
        return below
    merged: dict[str, EcoregModel] = {}
    for layer in (above.value, below.value):
        assert isinstance(layer, tuple)  # noqa: S101 - RECORDS values are tuples of models
        merged.update({str(getattr(r, "id", "")): r for r in layer if isinstance(r, EcoregModel)})
    records = tuple(merged[k] for k in sorted(merged))
    return attrs.evolve(below, value=records)


def _parse(data: Mapping[str, Any]) -> PolicyData:
    if not isinstance(data, Mapping):
        raise PolicyDataError(
            "policy data must be a mapping",
            field="data",
            value=data,
            allowed="a mapping with 'jurisdictions' and 'measures' lists",
        )
    unknown = set(data) - {"jurisdictions", "measures"}
    if unknown:
        raise PolicyDataError(
            "unknown top-level key",
            field=min(unknown) or "data",
            value=data[min(unknown)],
            allowed="'jurisdictions' and 'measures'",
        )
    jurisdictions = []
    for i, raw in enumerate(_list(data, "jurisdictions")):
        try:
            jurisdictions.append(Jurisdiction.from_data(raw))
        except InvalidInputError as exc:
            code = raw.get("code") if isinstance(raw, Mapping) else None
            raise PolicyDataError(
                "jurisdiction does not validate",
                jurisdiction=code if isinstance(code, str) else None,
                field=f"jurisdictions.{i}.{exc.field}",
                value=exc.value,
                allowed=exc.allowed,
            ) from None
    measures = []
    for i, raw in enumerate(_list(data, "measures")):
        try:
            measures.append(Measure.from_data(raw))
        except InvalidInputError as exc:
            raise _measure_error(raw, i, exc) from None
    return PolicyData(jurisdictions=tuple(jurisdictions), measures=tuple(measures))


def _list(data: Mapping[str, Any], key: str) -> Sequence[Any]:
    value = data.get(key, ())
    if not isinstance(value, list | tuple):
        raise PolicyDataError(
            f"'{key}' must be a list", field=key, value=value, allowed="a list of objects"
        )
    return value


def _measure_error(raw: object, index: int, exc: InvalidInputError) -> PolicyDataError:
    jurisdiction = measure = None
    on = None
    if isinstance(raw, Mapping):
        j, m = raw.get("jurisdiction"), raw.get("id")
        jurisdiction = j if isinstance(j, str) else None
        measure = m if isinstance(m, str) else None
        parts = exc.field.split(".")
        versions = raw.get("versions")
        if parts[0] == "versions" and len(parts) > 1 and parts[1].isdigit():
            try:
                on = parse_date(versions[int(parts[1])]["in_force_from"])  # type: ignore[index]
            except (InvalidInputError, LookupError, TypeError):
                on = None
    return PolicyDataError(
        "measure does not validate",
        jurisdiction=jurisdiction,
        measure=measure,
        on=on,
        field=f"measures.{index}.{exc.field}",
        value=exc.value,
        allowed=exc.allowed,
    )


def _check_jurisdictions(items: Iterable[Jurisdiction]) -> dict[str, Jurisdiction]:
    out: dict[str, Jurisdiction] = {}
    for j in items:
        if j.code in out:
            raise PolicyDataError(
                "jurisdiction code used twice",
                jurisdiction=j.code,
                field="code",
                value=j.code,
                allowed="a unique code per jurisdiction",
            )
        out[j.code] = j
    for j in out.values():
        if j.level is JurisdictionLevel.NATIONAL:
            if j.parent is not None:
                raise PolicyDataError(
                    "a national jurisdiction has no parent",
                    jurisdiction=j.code,
                    field="parent",
                    value=j.parent,
                    allowed="null",
                )
            continue
        parent = out.get(j.parent) if j.parent is not None else None
        if parent is None:
            raise PolicyDataError(
                "parent jurisdiction is missing or unknown",
                jurisdiction=j.code,
                field="parent",
                value=j.parent,
                allowed=f"one of {sorted(out)}",
            )
        if _RANK[parent.level] >= _RANK[j.level]:
            raise PolicyDataError(
                "parent must be a higher level",
                jurisdiction=j.code,
                field="parent",
                value=j.parent,
                allowed=f"a jurisdiction above the {j.level.value} level",
            )
    return out


def _check_statutory(measure: Measure, jurisdiction: Jurisdiction) -> None:
    """Refuse a local measure that sets a parameter only a statute sets."""
    if jurisdiction.level is JurisdictionLevel.NATIONAL:
        return
    for version in measure.versions:
        for key in sorted(version.parameters):
            spec = PARAMETERS.get(key)
            if spec is not None and spec.statutory:
                raise PolicyDataError(
                    "a local measure cannot change a statute's mandatory rule",
                    jurisdiction=measure.jurisdiction,
                    measure=measure.id,
                    on=version.in_force_from,
                    field=f"parameters.{key}",
                    value=key,
                    allowed="a parameter a local measure may set; this one is set by law at the "
                    "national level (立法法: national law prevails over local measures)",
                )


def _check_measure(measure: Measure) -> list[_Version]:
    out: list[_Version] = []
    for version in measure.versions:

        def fail(
            message: str, field: str, value: object, allowed: str, v: MeasureVersion = version
        ) -> PolicyDataError:
            return PolicyDataError(
                message,
                jurisdiction=measure.jurisdiction,
                measure=measure.id,
                on=v.in_force_from,
                field=field,
                value=value,
                allowed=allowed,
            )

        if version.in_force_until is not None and version.in_force_until < version.in_force_from:
            raise fail(
                "version ends before it starts",
                "in_force_until",
                version.in_force_until,
                f"a date on or after {version.in_force_from.isoformat()}",
            )
        resolved: dict[str, ResolvedParameter] = {}
        for key, entry in sorted(version.parameters.items()):
            spec = PARAMETERS.get(key)
            if spec is None:
                raise fail(
                    "unknown parameter", f"parameters.{key}", key, "a key of ecoreg.PARAMETERS"
                )
            try:
                value = spec.parse(entry.value)
            except InvalidInputError as exc:
                if exc.field == key:  # the value as a whole
                    raise fail(
                        "parameter value does not validate",
                        f"parameters.{key}.value",
                        entry.value,
                        spec.allowed(),
                    ) from None
                raise fail(
                    "record does not validate",
                    f"parameters.{key}.value.{exc.field}",
                    exc.value,
                    exc.allowed,
                ) from None
            resolved[key] = ResolvedParameter(
                key=key,
                value=value,
                jurisdiction=measure.jurisdiction,
                measure=measure.id,
                in_force_from=version.in_force_from,
                citation=_citation(version.instrument, entry),
                basis=entry.basis,
            )
        for other in out:
            if _overlaps(other.version, version):
                raise fail(
                    "two versions of one measure overlap",
                    "in_force_from",
                    version.in_force_from,
                    f"a date after the version from {other.version.in_force_from.isoformat()} ends",
                )
        out.append(
            _Version(
                measure=measure.id,
                jurisdiction=measure.jurisdiction,
                version=version,
                parameters=MappingProxyType(resolved),
            )
        )
    return out


def _check_conflicts(code: str, versions: Sequence[_Version]) -> None:
    by_day: dict[dt.date, list[_Version]] = {}
    for v in versions:
        by_day.setdefault(v.version.in_force_from, []).append(v)
    for day, group in by_day.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.measure == b.measure or not _overlaps(a.version, b.version):
                    continue
                shared = sorted(set(a.parameters) & set(b.parameters))
                if shared:
                    raise PolicyDataError(
                        f"measures {a.measure} and {b.measure} both set a parameter from the "
                        "same day, so neither can take precedence",
                        jurisdiction=code,
                        measure=b.measure,
                        on=day,
                        field=f"parameters.{shared[0]}",
                        value=shared[0],
                        allowed="different in-force dates, or the parameter set by one measure",
                    )
