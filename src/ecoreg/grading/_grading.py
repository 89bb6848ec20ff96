"""Grading and differentiated supervision (分级分类 · 信用 + 风险).

From an enterprise's profile and dated history, as of a date and under a
jurisdiction's policy: its tags (标识化管理), a credit score and level
(诚信 / 良好 / 警示 / 不良), a risk score and level, the A–D grade, the
red / yellow / green code, and the supervision that follows. Old events fade:
each penalty counts for its window and then drops out, so moving the date
forward with no new events never worsens the result, and the decision says
when it would next change.

One columnar core (NumPy) grades a whole province; `grade_enterprise` runs
the same core on one firm and explains every point.

The scoring is ecoreg's documented default, with every number a policy
parameter (see ``docs/grading.md``):

* **credit score** = base − violation points (by severity, in the window)
  + clean-record bonus (no violation in the window) ± the latest disclosure
  record + positive-list bonus. A one-vote-red act (未批先建, 未验先投, an
  environmental crime) forces the lowest level for its repair period.
* **risk score** = profile points (key unit, permit class, sensitive area,
  toxic pollutant) + event points (violations, verified complaints, valid
  alerts, in their windows).
* **grade**: ``matrix`` (credit level × risk level, Shanghai-style) or
  ``bands`` (credit score bands, Shaanxi-style: A ≥ 90, B ≥ 60, C ≥ 40).
* **colour**: from the grade; a firm in a drinking-water source zone with a
  toxic pollutant is never green; a one-vote-red act is red.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal

import attrs
import numpy as np
from pydantic import AfterValidator, Field

from ecoreg.core._arrays import BoolArray, FloatArray, IntArray, frozen
from ecoreg.core._boundary import check_public, checked
from ecoreg.core._decision import Decision, Reason, facts
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import NonNegativeYuan
from ecoreg.core._time import Day, parse_date
from ecoreg.exceptions import InvalidInputError, InvalidTypeError

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ecoreg.core._policy import Policy

__all__ = [
    "AlertRecord",
    "ComplaintRecord",
    "CreditLevel",
    "CreditRecord",
    "DisclosureRecord",
    "EnterpriseProfile",
    "EnterpriseTable",
    "EventTable",
    "Grade",
    "GradeChange",
    "Grading",
    "GradingBatch",
    "GradingSummary",
    "HistoryEvent",
    "OneVoteRedAct",
    "PermitClass",
    "Pollutant",
    "PositiveListRecord",
    "RiskLevel",
    "SensitiveArea",
    "Severity",
    "Supervision",
    "Tag",
    "ViolationRecord",
    "check_credit_code",
    "credit_code_check_char",
    "grade_batch",
    "grade_enterprise",
]


# --- the unified social credit code (GB 32100-2015) -------------------------------------------

USCC_CHARS: Final = "0123456789ABCDEFGHJKLMNPQRTUWXY"
"""The characters of a unified social credit code (GB 32100-2015: no I, O, S, V, Z)."""
_USCC_CHARS: Final = USCC_CHARS
_USCC_VALUE: Final = {c: i for i, c in enumerate(_USCC_CHARS)}
_USCC_WEIGHTS: Final = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_LENGTH: Final = 18


def credit_code_check_char(body: str) -> str:
    """The GB 32100-2015 check character of the first 17 characters of a credit code.

    ``31 − (Σ value × weight mod 31)``, with weights 1, 3, 9, 27, … (powers of 3 mod 31).

    Raises:
        InvalidInputError: if ``body`` is not 17 characters of the code's character set.

    Examples:
        >>> credit_code_check_char("91350200776049653")
        'A'
    """
    if len(body) != _USCC_LENGTH - 1 or any(c not in _USCC_VALUE for c in body):
        raise InvalidInputError(
            field="body", value=body, allowed=f"17 characters from {_USCC_CHARS}"
        )
    total = sum(_USCC_VALUE[c] * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def check_credit_code(code: object, *, field: str = "credit_code") -> str:
    """Validate a unified social credit code (统一社会信用代码, GB 32100-2015).

    18 characters from ``0-9A-HJ-NPQRTUWXY``; characters 3–8 are the
    administrative division code (digits); the last is the check character:
    ``31 − (Σ value × weight mod 31)``, with weights 1, 3, 9, 27, … (mod 31).

    Raises:
        InvalidInputError: naming ``field``, with the check character expected.

    Examples:
        >>> check_credit_code("91350200776049653A")
        '91350200776049653A'
        >>> check_credit_code("91350200776049653B")
        Traceback (most recent call last):
        ...
        ecoreg.exceptions.InvalidInputError: credit_code: '91350200776049653B' is not allowed; a code whose check character (the 18th) is 'A' for the first 17 characters given (GB 32100-2015)
    """
    if not isinstance(code, str) or len(code) != _USCC_LENGTH:
        raise InvalidInputError(field=field, value=code, allowed="18 characters (GB 32100-2015)")
    text = code.upper()
    bad = [c for c in text if c not in _USCC_VALUE]
    if bad:
        raise InvalidInputError(
            field=field,
            value=code,
            allowed=f"characters from {_USCC_CHARS} (no I, O, S, V, Z); found {bad[0]!r}",
        )
    if not text[2:8].isdigit():
        raise InvalidInputError(
            field=field,
            value=code,
            allowed="an administrative division code of six digits in characters 3–8",
        )
    expected = credit_code_check_char(text[:17])
    if text[17] != expected:
        raise InvalidInputError(
            field=field,
            value=code,
            allowed=f"a code whose check character (the 18th) is {expected!r} for the first 17 "
            "characters given (GB 32100-2015)",
        )
    return text


# --- profile and history ------------------------------------------------------------------------


class PermitClass(StrEnum):
    """Pollutant discharge permit management class."""

    KEY = "key"
    """重点管理."""
    SIMPLIFIED = "simplified"
    """简化管理."""
    REGISTRATION = "registration"
    """登记管理."""


class SensitiveArea(StrEnum):
    """Environmentally sensitive areas a site lies in."""

    DRINKING_WATER = "drinking_water"
    """饮用水水源保护区."""
    NATURE_RESERVE = "nature_reserve"
    RESIDENTIAL = "residential"
    OTHER = "other"


class Pollutant(EcoregModel):
    """A pollutant the firm discharges; ``toxic`` for toxic or hazardous ones (有毒有害)."""

    name: Annotated[str, Field(min_length=1, max_length=80)]
    toxic: bool = False


def _credit_code(value: str) -> str:
    return check_credit_code(value)


class EnterpriseProfile(EcoregModel):
    """Who the enterprise is and where it operates."""

    credit_code: Annotated[str, AfterValidator(_credit_code)]
    """统一社会信用代码, checked against its GB 32100 check character."""
    name: Annotated[str, Field(min_length=1, max_length=200)]
    jurisdiction: Annotated[str, Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,8}){0,3}$")]
    industry: Annotated[str, Field(min_length=1, max_length=80)] = "other"
    key_unit: bool = False
    """重点排污单位."""
    permit_class: PermitClass = PermitClass.REGISTRATION
    sensitive_areas: tuple[SensitiveArea, ...] = ()
    pollutants: tuple[Pollutant, ...] = ()

    @property
    def toxic(self) -> bool:
        """Whether any pollutant is toxic or hazardous."""
        return any(p.toxic for p in self.pollutants)


class Severity(StrEnum):
    """How serious a violation was."""

    MINOR = "minor"
    GENERAL = "general"
    SERIOUS = "serious"


class OneVoteRedAct(StrEnum):
    """Acts that give the lowest credit level whatever else is true (一票否决)."""

    BUILT_WITHOUT_APPROVAL = "built_without_approval"
    """未批先建: built before the environmental impact assessment was approved."""
    OPERATED_WITHOUT_ACCEPTANCE = "operated_without_acceptance"
    """未验先投: operated before the environmental acceptance."""
    ENVIRONMENTAL_CRIME = "environmental_crime"
    """An environmental crime."""


class ViolationRecord(EcoregModel):
    """A violation found on ``on``."""

    type: Literal["violation"] = "violation"
    on: Day
    kind: Annotated[str, Field(min_length=1)] = "unspecified"
    severity: Severity
    penalty: NonNegativeYuan | None = None


class ComplaintRecord(EcoregModel):
    """A public complaint received on ``on``."""

    type: Literal["complaint"] = "complaint"
    on: Day
    verified: bool


class AlertRecord(EcoregModel):
    """A monitoring alert on ``on``; only valid alerts count."""

    type: Literal["alert"] = "alert"
    on: Day
    valid: bool


class DisclosureRecord(EcoregModel):
    """A self-monitoring and disclosure check on ``on``; the latest one counts."""

    type: Literal["disclosure"] = "disclosure"
    on: Day
    compliant: bool


class CreditRecord(EcoregModel):
    """A one-vote-red act established on ``on``."""

    type: Literal["credit"] = "credit"
    on: Day
    act: OneVoteRedAct


class PositiveListRecord(EcoregModel):
    """Admission to (or removal from) the positive list on ``on``; the latest one counts."""

    type: Literal["positive_list"] = "positive_list"
    on: Day
    admitted: bool


HistoryEvent = Annotated[
    ViolationRecord
    | ComplaintRecord
    | AlertRecord
    | DisclosureRecord
    | CreditRecord
    | PositiveListRecord,
    Field(discriminator="type"),
]
"""One dated event of an enterprise's history."""

# Event type codes in the columns.
_VIOLATION, _COMPLAINT, _ALERT, _DISCLOSURE, _CREDIT, _POSITIVE = range(6)
_SEVERITY_CODE: Final = {Severity.MINOR: 0, Severity.GENERAL: 1, Severity.SERIOUS: 2}


_MAX_ENTERPRISES: Final = 100_000_000
"""More enterprises than any country has, so a row index always fits the arrays."""

RECORD_TYPES: Final = (
    ViolationRecord,
    ComplaintRecord,
    AlertRecord,
    DisclosureRecord,
    CreditRecord,
    PositiveListRecord,
)
"""The dated records an enterprise's history is made of."""


def _event_row(event: object) -> tuple[int, int, int]:
    """(type, day ordinal, value) of an event.

    Raises:
        InvalidTypeError: for anything but a history record (the caller adds its position).
    """
    if not isinstance(event, RECORD_TYPES):
        raise InvalidTypeError(
            field="",
            value=event,
            allowed="a history record (" + ", ".join(t.__name__ for t in RECORD_TYPES) + ")",
        )
    day = event.on.toordinal()
    if isinstance(event, ViolationRecord):
        return _VIOLATION, day, _SEVERITY_CODE[event.severity]
    if isinstance(event, ComplaintRecord):
        return _COMPLAINT, day, int(event.verified)
    if isinstance(event, AlertRecord):
        return _ALERT, day, int(event.valid)
    if isinstance(event, DisclosureRecord):
        return _DISCLOSURE, day, int(event.compliant)
    if isinstance(event, CreditRecord):
        return _CREDIT, day, 1
    return _POSITIVE, day, int(event.admitted)


@attrs.frozen
class EnterpriseTable:
    """Enterprise profiles as columns (one row per enterprise)."""

    codes: tuple[str, ...]
    key_unit: BoolArray
    permit: IntArray
    """0 key, 1 simplified, 2 registration."""
    drinking_water: BoolArray
    other_sensitive: BoolArray
    toxic: BoolArray

    def __len__(self) -> int:
        return len(self.codes)

    @classmethod
    @checked
    def from_columns(
        cls,
        *,
        credit_code: Sequence[str],
        key_unit: Sequence[bool] | BoolArray,
        permit_class: Sequence[str | PermitClass],
        drinking_water: Sequence[bool] | BoolArray,
        other_sensitive: Sequence[bool] | BoolArray,
        toxic: Sequence[bool] | BoolArray,
    ) -> EnterpriseTable:
        """Validate plain columns (every credit code is checked).

        Raises:
            InvalidInputError: naming the column and row.
        """
        n = len(credit_code)
        if len(permit_class) != n:
            raise InvalidInputError(
                field="permit_class", value=f"{len(permit_class)} rows", allowed=f"{n} rows"
            )
        codes = tuple(
            check_credit_code(c, field=f"credit_code.{i}") for i, c in enumerate(credit_code)
        )
        permits = {"key": 0, "simplified": 1, "registration": 2}
        permit = np.empty(n, dtype=np.int64)
        for i, p in enumerate(permit_class):
            try:
                permit[i] = permits[PermitClass(p).value]
            except ValueError:
                raise InvalidInputError(
                    field=f"permit_class.{i}", value=p, allowed="key, simplified or registration"
                ) from None
        flags = {}
        for name, column in (
            ("key_unit", key_unit),
            ("drinking_water", drinking_water),
            ("other_sensitive", other_sensitive),
            ("toxic", toxic),
        ):
            array = np.asarray(column)
            if array.shape != (n,) or array.dtype != np.bool_:
                raise InvalidInputError(
                    field=name, value=f"{array.shape} {array.dtype}", allowed=f"{n} booleans"
                )
            flags[name] = frozen(array.copy())
        return cls(codes=codes, permit=frozen(permit), **flags)

    @classmethod
    @checked
    def from_profiles(cls, profiles: Iterable[EnterpriseProfile]) -> EnterpriseTable:
        """Columns from validated profiles."""
        items = list(profiles)
        permits = {PermitClass.KEY: 0, PermitClass.SIMPLIFIED: 1, PermitClass.REGISTRATION: 2}
        return cls(
            codes=tuple(p.credit_code for p in items),
            key_unit=frozen(np.array([p.key_unit for p in items], dtype=bool)),
            permit=frozen(np.array([permits[p.permit_class] for p in items], dtype=np.int64)),
            drinking_water=frozen(
                np.array(
                    [SensitiveArea.DRINKING_WATER in p.sensitive_areas for p in items], dtype=bool
                )
            ),
            other_sensitive=frozen(
                np.array(
                    [
                        any(a is not SensitiveArea.DRINKING_WATER for a in p.sensitive_areas)
                        for p in items
                    ],
                    dtype=bool,
                )
            ),
            toxic=frozen(np.array([p.toxic for p in items], dtype=bool)),
        )


def _events_table(histories: Sequence[Iterable[Any]], field: str) -> EventTable:
    """An `EventTable` from histories; a bad record is named ``field.i.j`` (or ``field.j``)."""
    ent: list[int] = []
    rows: list[tuple[int, int, int]] = []
    for i, history in enumerate(histories):
        for j, event in enumerate(history):
            try:
                rows.append(_event_row(event))
            except InvalidInputError as exc:
                raise exc.at(f"{field}.{i}.{j}" if field != "history" else f"history.{j}") from None
            ent.append(i)
    arr = np.array(rows, dtype=np.int64).reshape(-1, 3)
    return EventTable(
        enterprise=frozen(np.array(ent, dtype=np.int64)),
        type=frozen(arr[:, 0].copy()),
        day=frozen(arr[:, 1].copy()),
        value=frozen(arr[:, 2].copy()),
    )


@attrs.frozen
class EventTable:
    """Histories as columns (one row per event)."""

    enterprise: IntArray
    """The row of the event's enterprise."""
    type: IntArray
    """0 violation, 1 complaint, 2 monitoring alert, 3 disclosure check, 4 one-vote-red act,
    5 positive list."""
    day: IntArray
    """Proleptic Gregorian ordinal (``date.toordinal()``)."""
    value: IntArray
    """Severity (0 minor, 1 general, 2 serious) for violations; 1/0 for verified, valid,
    compliant, admitted."""

    def __len__(self) -> int:
        return len(self.day)

    @classmethod
    @checked
    def from_histories(cls, histories: Sequence[Iterable[Any]]) -> EventTable:
        """Columns from one history (a sequence of events) per enterprise."""
        return _events_table(histories, "histories")

    @classmethod
    @checked
    def from_columns(
        cls,
        *,
        enterprise: Sequence[int] | IntArray,
        type: Sequence[int] | IntArray,  # noqa: A002 - the column's name
        day: Sequence[int] | IntArray,
        value: Sequence[int] | IntArray,
        enterprises: int,
    ) -> EventTable:
        """Validate plain columns (codes as documented on the fields).

        Raises:
            InvalidInputError: naming the column and the first bad row.
        """
        if not 0 <= enterprises <= _MAX_ENTERPRISES:
            raise InvalidInputError(
                field="enterprises",
                value=enterprises,
                allowed=f"a number of enterprises from 0 to {_MAX_ENTERPRISES}",
            )
        cols = {
            "enterprise": np.asarray(enterprise),
            "type": np.asarray(type),
            "day": np.asarray(day),
            "value": np.asarray(value),
        }
        n = cols["enterprise"].size
        for name, col in cols.items():
            if col.ndim != 1 or len(col) != n or (n and col.dtype.kind not in "iu"):
                raise InvalidInputError(
                    field=name, value=f"{col.shape} {col.dtype}", allowed=f"{n} integers"
                )
        checks = (
            (
                "enterprise",
                (cols["enterprise"] < 0) | (cols["enterprise"] >= enterprises),
                f"0 to {enterprises - 1}",
            ),
            ("type", (cols["type"] < 0) | (cols["type"] > _POSITIVE), "0 to 5"),
            (
                "day",
                (cols["day"] < dt.date(1950, 1, 1).toordinal())
                | (cols["day"] > dt.date(2100, 12, 31).toordinal()),
                "a date from 1950 to 2100 as an ordinal",
            ),
            (
                "value",
                (cols["value"] < 0) | (cols["value"] > np.where(cols["type"] == _VIOLATION, 2, 1)),
                "0–2 for violations, 0 or 1 otherwise",
            ),
        )
        for name, bad, allowed in checks:
            rows = np.flatnonzero(bad)
            if len(rows):
                row = int(rows[0])
                raise InvalidInputError(
                    field=f"{name}.{row}", value=int(cols[name][row]), allowed=allowed
                )
        return cls(**{k: frozen(v.astype(np.int64)) for k, v in cols.items()})


# --- results ---------------------------------------------------------------------------------


class CreditLevel(StrEnum):
    """The national four credit levels (企业环境信用评价办法, 环发〔2013〕150号)."""

    TRUSTWORTHY = "trustworthy"
    """环保诚信 (green)."""
    GOOD = "good"
    """环保良好 (blue)."""
    WARNING = "warning"
    """环保警示 (yellow)."""
    BAD = "bad"
    """环保不良 (red)."""


class RiskLevel(StrEnum):
    """Risk levels."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Grade(StrEnum):
    """Supervision grades, best first."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


_LEVELS: Final = tuple(CreditLevel)
_LEVEL_ZH: Final = ("环保诚信", "环保良好", "环保警示", "环保不良")
_RISKS: Final = tuple(RiskLevel)
_GRADES: Final = tuple(Grade)
_COLOURS: Final = ("green", "yellow", "red")
_COLOUR_ZH: Final = {"green": "绿码", "yellow": "黄码", "red": "红码"}
_RISK_ZH: Final = {RiskLevel.LOW: "低", RiskLevel.MEDIUM: "中", RiskLevel.HIGH: "高"}
_SEVERITY_ZH: Final = {Severity.MINOR: "轻微", Severity.GENERAL: "一般", Severity.SERIOUS: "严重"}
_ACT_ZH: Final = {
    OneVoteRedAct.BUILT_WITHOUT_APPROVAL: "未批先建",
    OneVoteRedAct.OPERATED_WITHOUT_ACCEPTANCE: "未验先投",
    OneVoteRedAct.ENVIRONMENTAL_CRIME: "环境犯罪",
}


class Tag(EcoregModel):
    """An identification tag (标识化管理): traceable to its fact, dated, and ageing out."""

    code: str
    label_zh: str
    label_en: str
    source: str
    """The fact it comes from."""
    since: Day | None = None
    expires: Day | None = None
    """The last day the tag counts: its window includes the anniversary day."""


class Supervision(EcoregModel):
    """The supervision that follows from a grade."""

    offsite_first: bool
    """Data and off-site checks before any visit."""
    sampling_ratio: Decimal
    """Share drawn for random inspections (双随机)."""
    yearly_cap: int | None
    """Most random inspections a year (``None``: no cap)."""
    positive_list_eligible: bool
    triggered_inspection_allowed: bool
    """A complaint or an alert may trigger an inspection regardless (触发式检查)."""


class GradeChange(EcoregModel):
    """When the grade or code would next change if nothing else happens."""

    on: Day
    grade: Grade
    colour: str


class Grading(EcoregModel):
    """An enterprise's grading on a date."""

    credit_code: str
    on: Day
    tags: tuple[Tag, ...]
    credit_score: Decimal
    credit_level: CreditLevel
    risk_score: Decimal
    risk_level: RiskLevel
    grade: Grade
    colour: str
    supervision: Supervision
    next_change: GradeChange | None


# --- settings and the core ----------------------------------------------------------------------


@attrs.frozen
class _Settings:
    method: str
    base: float
    v_credit: tuple[float, ...]
    v_window: int
    clean_bonus: float
    disclosure: tuple[float, ...]
    positive_bonus: float
    level_bands: tuple[float, ...]
    red_months: int
    profile_points: tuple[float, ...]
    event_points: tuple[float, ...]
    c_window: int
    a_window: int
    risk_bands: tuple[float, ...]
    matrix: tuple[int, ...]
    grade_bands: tuple[float, ...]
    colour_by_grade: tuple[int, ...]
    sensitive_toxic_min: int
    offsite: frozenset[int]
    sampling: tuple[Decimal, ...]
    caps: tuple[int, ...]
    positive_grades: frozenset[int]

    @classmethod
    def of(cls, policy: Policy) -> _Settings:
        # Every list has its length fixed by its parameter's spec (``items``), and the grade
        # matrix's order is a combination rule checked when the policy is resolved.
        def floats(key: str) -> tuple[float, ...]:
            return tuple(float(v) for v in policy.as_tuple(key))

        def grades(key: str) -> frozenset[int]:
            return frozenset(_GRADES.index(Grade(g)) for g in policy.as_tuple(key))

        matrix = tuple(_GRADES.index(Grade(g)) for g in policy.as_tuple("grading.grade_matrix"))
        colours = tuple(_COLOURS.index(c) for c in policy.as_tuple("grading.colour_by_grade"))
        return cls(
            method=policy.as_str("grading.method"),
            base=float(policy.as_decimal("grading.credit_base")),
            v_credit=floats("grading.violation_credit_points"),
            v_window=policy.as_int("grading.violation_window_months"),
            clean_bonus=float(policy.as_decimal("grading.clean_record_bonus")),
            disclosure=floats("grading.disclosure_points"),
            positive_bonus=float(policy.as_decimal("grading.positive_list_bonus")),
            level_bands=floats("grading.credit_level_bands"),
            red_months=policy.as_int("grading.one_vote_red_months"),
            profile_points=floats("grading.risk_profile_points"),
            event_points=floats("grading.risk_event_points"),
            c_window=policy.as_int("grading.complaint_window_months"),
            a_window=policy.as_int("grading.alert_window_months"),
            risk_bands=floats("grading.risk_level_bands"),
            matrix=matrix,
            grade_bands=floats("grading.grade_bands"),
            colour_by_grade=colours,
            sensitive_toxic_min=_COLOURS.index(policy.as_str("grading.sensitive_toxic_min_colour")),
            offsite=grades("supervision.offsite_first_grades"),
            sampling=tuple(policy.as_tuple("supervision.sampling_ratios")),
            caps=tuple(policy.as_tuple("supervision.yearly_caps")),
            positive_grades=grades("supervision.positive_list_grades"),
        )


_EPOCH_ORDINAL: Final = dt.date(1970, 1, 1).toordinal()


def add_months_ordinal(days: IntArray, months: int) -> IntArray:
    """Vectorized 民法典 Art. 202: the same day ``months`` later, clamped to the month's end.

    Examples:
        >>> d = np.array([dt.date(2026, 8, 31).toordinal()])
        >>> dt.date.fromordinal(int(add_months_ordinal(d, 6)[0]))
        datetime.date(2027, 2, 28)
    """
    dates = (days - _EPOCH_ORDINAL).astype("datetime64[D]")
    month = dates.astype("datetime64[M]")
    day_in_month = (dates - month.astype("datetime64[D]")).astype(np.int64)
    target = month + np.timedelta64(months, "M")
    length = (
        (target + np.timedelta64(1, "M")).astype("datetime64[D]") - target.astype("datetime64[D]")
    ).astype(np.int64)
    result = target.astype("datetime64[D]") + np.minimum(day_in_month, length - 1).astype(
        "timedelta64[D]"
    )
    out: IntArray = result.astype(np.int64) + _EPOCH_ORDINAL
    return out


@attrs.frozen
class _Prepared:
    """Per-event expiry days and points, computed once per (table, settings)."""

    expiry: IntArray
    """The day an event stops counting (exclusive); max for statuses."""
    credit_points: FloatArray
    risk_points: FloatArray
    fades: BoolArray
    """Events that stop counting at ``expiry`` (penalties and one-vote-red acts)."""
    profile_risk: FloatArray
    f_ent: IntArray
    """The fading events only (rows where ``fades``), for the evaluation rounds."""
    f_exp: IntArray
    f_credit: FloatArray
    f_risk: FloatArray
    f_violation: BoolArray
    f_red: BoolArray


_NEVER: Final = dt.date(9999, 12, 31).toordinal()


def _prepare(ents: EnterpriseTable, events: EventTable, s: _Settings) -> _Prepared:
    t, v = events.type, events.value
    expiry = np.full(len(events), _NEVER, dtype=np.int64)
    for code, months in (
        (_VIOLATION, s.v_window),
        (_COMPLAINT, s.c_window),
        (_ALERT, s.a_window),
        (_CREDIT, s.red_months),
    ):
        mask = t == code
        if mask.any():
            # The window includes its anniversary day (as every ecoreg look-back does), so an
            # event stops counting the day after: expiry is the first day it no longer counts.
            expiry[mask] = add_months_ordinal(events.day[mask], months) + 1
    violation = t == _VIOLATION
    sev = np.where(violation, v, 0)
    credit_points = np.where(violation, np.asarray(s.v_credit)[sev], 0.0)
    event_points = np.asarray(s.event_points)
    risk_points = np.where(violation, event_points[sev], 0.0)
    risk_points = np.where((t == _COMPLAINT) & (v == 1), event_points[3], risk_points)
    risk_points = np.where((t == _ALERT) & (v == 1), event_points[4], risk_points)
    fades = violation | (t == _CREDIT) | (((t == _COMPLAINT) | (t == _ALERT)) & (v == 1))
    p = s.profile_points
    profile_risk = (
        ents.key_unit * p[0]
        + (ents.permit == 0) * p[1]
        + (ents.permit == 1) * p[2]
        + ents.drinking_water * p[3]
        + ents.other_sensitive * p[4]
        + ents.toxic * p[5]
    ).astype(np.float64)
    rows = np.flatnonzero(fades)
    return _Prepared(
        expiry,
        credit_points,
        risk_points,
        fades,
        profile_risk,
        events.enterprise[rows],
        expiry[rows],
        credit_points[rows],
        risk_points[rows],
        t[rows] == _VIOLATION,
        t[rows] == _CREDIT,
    )


@attrs.frozen
class _State:
    credit: FloatArray
    level: IntArray
    risk: FloatArray
    risk_level: IntArray
    grade: IntArray
    colour: IntArray
    red: BoolArray
    violations: IntArray
    disclosure: IntArray
    """-1 none, 0 non-compliant, 1 compliant (latest)."""
    positive: BoolArray


def _latest_status(events: EventTable, code: int, active: BoolArray, n: int) -> IntArray:
    """The latest status (value) per enterprise among ``code`` events; ties: the worse one."""
    mask = active & (events.type == code)
    status = np.full(n, -1, dtype=np.int64)
    if not mask.any():
        return status
    ent, day, value = events.enterprise[mask], events.day[mask], events.value[mask]
    latest = np.full(n, -1, dtype=np.int64)
    np.maximum.at(latest, ent, day)
    newest = day == latest[ent]
    status_min = np.full(n, 2, dtype=np.int64)
    np.minimum.at(status_min, ent[newest], value[newest])
    return np.where(latest >= 0, status_min, -1)


def _statuses(events: EventTable, n: int) -> tuple[IntArray, BoolArray]:
    """Latest disclosure status and positive-list membership (no event is after the date)."""
    everything = np.ones(len(events), dtype=bool)
    disclosure = _latest_status(events, _DISCLOSURE, everything, n)
    positive = _latest_status(events, _POSITIVE, everything, n) == 1
    return disclosure, positive


def _evaluate(
    ents: EnterpriseTable,
    prep: _Prepared,
    s: _Settings,
    on: IntArray,
    statuses: tuple[IntArray, BoolArray],
) -> _State:
    """Every enterprise as of its own day ``on[i]`` (no earlier than the evaluation date)."""
    n = len(ents)
    counting = on[prep.f_ent] < prep.f_exp
    ent = prep.f_ent
    credit_loss = np.bincount(ent, weights=np.where(counting, prep.f_credit, 0.0), minlength=n)
    risk = prep.profile_risk + np.bincount(
        ent, weights=np.where(counting, prep.f_risk, 0.0), minlength=n
    )
    violations = np.bincount(ent[counting & prep.f_violation], minlength=n)
    red = np.bincount(ent[counting & prep.f_red], minlength=n) > 0
    disclosure, positive = statuses
    credit: FloatArray = np.asarray(
        s.base
        - credit_loss
        + np.where(violations == 0, s.clean_bonus, 0.0)
        + np.where(disclosure == 1, s.disclosure[0], 0.0)
        - np.where(disclosure == 0, s.disclosure[1], 0.0)
        + np.where(positive, s.positive_bonus, 0.0),
        dtype=np.float64,
    )
    level = np.searchsorted(-np.asarray(s.level_bands), -credit, side="left").astype(np.int64)
    level = np.where(red, 3, level)
    risk_level = np.searchsorted(np.asarray(s.risk_bands), risk, side="right").astype(np.int64)
    if s.method == "matrix":
        grade = np.asarray(s.matrix)[level * 3 + risk_level]
    else:
        grade = np.searchsorted(-np.asarray(s.grade_bands), -credit, side="left").astype(np.int64)
    grade = np.where(red, 3, grade)
    colour = np.asarray(s.colour_by_grade)[grade]
    colour = np.where(
        ents.drinking_water & ents.toxic, np.maximum(colour, s.sensitive_toxic_min), colour
    )
    colour = np.where(red, 2, colour)
    return _State(
        credit, level, risk, risk_level, grade, colour, red, violations, disclosure, positive
    )


def _next_change(
    ents: EnterpriseTable,
    prep: _Prepared,
    s: _Settings,
    day: int,
    now: _State,
    statuses: tuple[IntArray, BoolArray],
) -> IntArray:
    """The first later day on which grade or colour changes (-1: none), trying each expiry in turn."""
    n = len(ents)
    result = np.full(n, -1, dtype=np.int64)
    cand = prep.f_exp > day
    ent, when = prep.f_ent[cand], prep.f_exp[cand]
    if len(ent) == 0:
        return result
    order = np.lexsort((when, ent))
    ent, when = ent[order], when[order]
    keep = np.ones(len(ent), dtype=bool)
    keep[1:] = (ent[1:] != ent[:-1]) | (when[1:] != when[:-1])
    ent, when = ent[keep], when[keep]
    starts = np.flatnonzero(np.r_[True, ent[1:] != ent[:-1]])
    rank = np.arange(len(ent)) - np.repeat(starts, np.diff(np.r_[starts, len(ent)]))
    pending = np.ones(n, dtype=bool)
    for r in range(int(rank.max()) + 1):
        sel = rank == r
        rows, dates = ent[sel], when[sel]
        rows_pending = pending[rows]
        rows, dates = rows[rows_pending], dates[rows_pending]
        if len(rows) == 0:
            break
        on = np.full(n, day, dtype=np.int64)
        on[rows] = dates
        later = _evaluate(ents, prep, s, on, statuses)
        changed = (later.grade[rows] != now.grade[rows]) | (later.colour[rows] != now.colour[rows])
        result[rows[changed]] = dates[changed]
        pending[rows[changed]] = False
    return result


def _check_dates(events: EventTable, day: int, field: str) -> None:
    late = np.flatnonzero(events.day > day)
    if len(late):
        row = int(late[0])
        raise InvalidInputError(
            field=f"{field}.{row}.on",
            value=dt.date.fromordinal(int(events.day[row])),
            allowed=f"a date on or before the evaluation date {dt.date.fromordinal(day)}",
        )


# --- batch -----------------------------------------------------------------------------------------


class GradingSummary(EcoregModel):
    """Counts of a graded batch."""

    enterprises: int
    by_grade: tuple[tuple[Grade, int], ...]
    by_colour: tuple[tuple[str, int], ...]
    by_credit_level: tuple[tuple[CreditLevel, int], ...]
    positive_list_eligible: int


@attrs.frozen
class GradingBatch:
    """A graded batch, as columns (row ``i`` is enterprise ``i``)."""

    on: dt.date
    enterprises: EnterpriseTable
    credit_score: FloatArray
    credit_level: IntArray
    risk_score: FloatArray
    risk_level: IntArray
    grade: IntArray
    """0 A … 3 D."""
    colour: IntArray
    """0 green, 1 yellow, 2 red."""
    positive_list_eligible: BoolArray
    next_change: IntArray
    """Day ordinal of the next change of grade or colour; -1 for none."""

    def summary(self, policy: Policy) -> Decision[GradingSummary]:
        """Counts per grade, colour and credit level."""
        return Decision[GradingSummary](
            outcome=GradingSummary(
                enterprises=len(self.enterprises),
                by_grade=tuple(
                    (g, int(c))
                    for g, c in zip(_GRADES, np.bincount(self.grade, minlength=4), strict=True)
                ),
                by_colour=tuple(
                    (c, int(k))
                    for c, k in zip(_COLOURS, np.bincount(self.colour, minlength=3), strict=True)
                ),
                by_credit_level=tuple(
                    (lv, int(k))
                    for lv, k in zip(
                        _LEVELS, np.bincount(self.credit_level, minlength=4), strict=True
                    )
                ),
                positive_list_eligible=int(self.positive_list_eligible.sum()),
            ),
            decided_on=self.on,
            jurisdiction=policy.jurisdiction.code,
            reasons=(
                Reason(
                    rule_id="grading.method",
                    citation=policy.citation("grading.method"),
                    message_zh=f"按{'信用与风险矩阵' if policy.as_str('grading.method') == 'matrix' else '信用分数段'}评定A至D级。",
                    message_en=f"Grades A–D by the {policy.as_str('grading.method')} method.",
                    facts=facts(method=policy.as_str("grading.method")),
                ),
            ),
        )


def grade_batch(
    enterprises: EnterpriseTable | Sequence[EnterpriseProfile],
    events: EventTable | Sequence[Iterable[Any]],
    *,
    policy: Policy,
    on: dt.date | str,
    next_change: bool = True,
) -> GradingBatch:
    """Grade a whole province in one call (equal to grading one by one).

    Args:
        enterprises: Profiles, or their columns.
        events: One history per enterprise, or the event columns.
        policy: The policy of the province (or city) on ``on``.
        on: The evaluation date.
        next_change: Whether to work out when each grade would next change.

    Raises:
        InvalidInputError: for an event dated after ``on``.
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    ents = (
        enterprises
        if isinstance(enterprises, EnterpriseTable)
        else EnterpriseTable.from_profiles(enterprises)
    )
    if not isinstance(events, EventTable) and len(events) != len(ents):
        raise InvalidInputError(
            field="events",
            value=f"{len(events)} histories",
            allowed=f"one history per enterprise ({len(ents)}), an empty one for a firm "
            "with no events",
        )
    table = events if isinstance(events, EventTable) else _events_table(events, "events")
    if len(table) and int(table.enterprise.max()) >= len(ents):
        raise InvalidInputError(
            field="events.enterprise",
            value=int(table.enterprise.max()),
            allowed=f"a row of the {len(ents)} enterprises (0 to {len(ents) - 1})",
        )
    _check_dates(table, day.toordinal(), "events")
    return _grade(ents, table, _Settings.of(policy), day, next_change=next_change).batch


@attrs.frozen
class _Graded:
    batch: GradingBatch
    settings: _Settings
    prep: _Prepared
    statuses: tuple[IntArray, BoolArray]
    state: _State


def _grade(
    ents: EnterpriseTable, table: EventTable, s: _Settings, day: dt.date, *, next_change: bool
) -> _Graded:
    prep = _prepare(ents, table, s)
    statuses = _statuses(table, len(ents))
    state = _evaluate(ents, prep, s, np.full(len(ents), day.toordinal(), dtype=np.int64), statuses)
    eligible = np.isin(state.grade, list(s.positive_grades)) & ~state.red & (state.violations == 0)
    changes = (
        _next_change(ents, prep, s, day.toordinal(), state, statuses)
        if next_change
        else np.full(len(ents), -1, dtype=np.int64)
    )
    batch = GradingBatch(
        on=day,
        enterprises=ents,
        credit_score=frozen(state.credit),
        credit_level=frozen(state.level),
        risk_score=frozen(state.risk),
        risk_level=frozen(state.risk_level),
        grade=frozen(state.grade),
        colour=frozen(state.colour),
        positive_list_eligible=frozen(eligible),
        next_change=frozen(changes),
    )
    return _Graded(batch, s, prep, statuses, state)


# --- one enterprise, explained -------------------------------------------------------------------------


def _tags(
    profile: EnterpriseProfile, history: Sequence[Any], prep: _Prepared, table: EventTable, day: int
) -> tuple[Tag, ...]:
    tags: list[Tag] = [
        Tag(
            code=f"industry:{profile.industry}",
            label_zh=f"行业：{'其他' if profile.industry == 'other' else profile.industry}",
            label_en=f"industry: {profile.industry}",
            source="profile.industry",
        ),
        Tag(
            code=f"permit:{profile.permit_class.value}",
            label_zh=f"排污许可{ {'key': '重点管理', 'simplified': '简化管理', 'registration': '登记管理'}[profile.permit_class.value] }",
            label_en=f"permit: {profile.permit_class.value}",
            source="profile.permit_class",
        ),
    ]
    if profile.key_unit:
        tags.append(
            Tag(
                code="key-unit",
                label_zh="重点排污单位",
                label_en="key pollutant discharge unit",
                source="profile.key_unit",
            )
        )
    tags.extend(
        Tag(
            code=f"sensitive:{a.value}",
            label_zh=f"敏感区域：{a.value}",
            label_en=f"sensitive area: {a.value}",
            source="profile.sensitive_areas",
        )
        for a in profile.sensitive_areas
    )
    tags.extend(
        Tag(
            code=f"toxic:{p.name}",
            label_zh=f"有毒有害污染物：{p.name}",
            label_en=f"toxic pollutant: {p.name}",
            source="profile.pollutants",
        )
        for p in profile.pollutants
        if p.toxic
    )
    labels = {
        _VIOLATION: ("violation", "违法记录", "violation"),
        _COMPLAINT: ("complaint", "信访投诉（属实）", "verified complaint"),
        _ALERT: ("alert", "有效监控预警", "valid monitoring alert"),
        _CREDIT: ("one-vote-red", "一票否决", "one-vote-red act"),
    }
    for i, event in enumerate(history):
        code = int(table.type[i])
        counting = prep.fades[i] and table.day[i] <= day < prep.expiry[i]
        if code in labels and counting:
            key, zh, en = labels[code]
            tags.append(
                Tag(
                    code=f"{key}:{event.on.isoformat()}",
                    label_zh=zh,
                    label_en=en,
                    source=f"history.{i}",
                    since=event.on,
                    expires=dt.date.fromordinal(int(prep.expiry[i]) - 1),
                )
            )
    return tuple(tags)


def grade_enterprise(
    profile: EnterpriseProfile,
    history: Sequence[Any],
    *,
    policy: Policy,
    on: dt.date | str,
) -> Decision[Grading]:
    """Grade one enterprise and explain every point of it.

    Raises:
        InvalidInputError: for an event dated after ``on`` (naming ``history.N.on``), or a
            profile whose jurisdiction lies outside the policy's.

    Examples:
        >>> from ecoreg import standard_policy_book
        >>> policy = standard_policy_book().resolve("CN", "2026-11-01")
        >>> firm = EnterpriseProfile(
        ...     credit_code="91350200776049653A", name="Example Co.", jurisdiction="CN"
        ... )
        >>> d = grade_enterprise(firm, [], policy=policy, on="2026-11-01")
        >>> d.outcome.grade, d.outcome.colour, d.outcome.credit_level
        (<Grade.A: 'A'>, 'green', <CreditLevel.TRUSTWORTHY: 'trustworthy'>)
    """
    day = parse_date(on, field="on")
    policy.check_date(day, "on")
    code = policy.jurisdiction.code
    if not (profile.jurisdiction == code or profile.jurisdiction.startswith(code + "-")):
        raise InvalidInputError(
            field="jurisdiction",
            value=profile.jurisdiction,
            allowed=f"{code} or a jurisdiction within it (the policy's)",
        )
    events = tuple(history)
    ents = EnterpriseTable.from_profiles([profile])
    table = _events_table([events], "history")
    _check_dates(table, day.toordinal(), "history")
    graded = _grade(ents, table, _Settings.of(policy), day, next_change=True)
    batch, s, prep = graded.batch, graded.settings, graded.prep
    grade = _GRADES[int(batch.grade[0])]
    colour = _COLOURS[int(batch.colour[0])]
    level = _LEVELS[int(batch.credit_level[0])]
    risk_level = _RISKS[int(batch.risk_level[0])]
    credit = Decimal(str(round(float(batch.credit_score[0]), 2)))
    risk = Decimal(str(round(float(batch.risk_score[0]), 2)))
    red = bool(graded.state.red[0])
    reasons = _explain(
        policy,
        profile,
        events,
        prep,
        day.toordinal(),
        credit,
        level,
        risk,
        risk_level,
        grade,
        colour,
        red=red,
    )
    grade_index = _GRADES.index(grade)
    sampling = s.sampling[grade_index]
    cap = s.caps[grade_index]
    supervision = Supervision(
        offsite_first=grade_index in s.offsite,
        sampling_ratio=sampling,
        yearly_cap=cap or None,
        positive_list_eligible=bool(batch.positive_list_eligible[0]),
        triggered_inspection_allowed=True,
    )
    reasons.append(
        Reason(
            rule_id="supervision",
            citation=policy.citation("supervision.sampling_ratios"),
            message_zh=f"{grade.value}级：{'非现场优先' if supervision.offsite_first else '现场检查优先'}，随机抽查比例{sampling:%}"
            + (f"，每年不超过{cap}次" if cap else "")
            + f"，{'可' if supervision.positive_list_eligible else '不可'}纳入正面清单；投诉、预警触发的检查不受限制。",
            message_en=f"Grade {grade.value}: {'off-site first' if supervision.offsite_first else 'on-site first'}, "
            f"{sampling:%} sampled for random inspections"
            + (f", at most {cap} a year" if cap else "")
            + f"; positive list: {'eligible' if supervision.positive_list_eligible else 'not eligible'}; "
            "inspections triggered by a complaint or an alert may go ahead regardless.",
            facts=facts(
                offsite_first=supervision.offsite_first,
                sampling_ratio=sampling,
                yearly_cap=cap or None,
                positive_list_eligible=supervision.positive_list_eligible,
            ),
        )
    )
    change = None
    if batch.next_change[0] >= 0:
        when = dt.date.fromordinal(int(batch.next_change[0]))
        later = _evaluate(
            ents, prep, s, np.array([when.toordinal()], dtype=np.int64), graded.statuses
        )
        change = GradeChange(
            on=when, grade=_GRADES[int(later.grade[0])], colour=_COLOURS[int(later.colour[0])]
        )
        reasons.append(
            Reason(
                rule_id="grading.next-change",
                citation=policy.citation("grading.violation_window_months"),
                message_zh=f"如无新的情况，{when}起评级变为{change.grade.value}级、{_COLOUR_ZH[change.colour]}。",
                message_en=f"If nothing else happens, from {when} the grade becomes {change.grade.value} "
                f"and the code {change.colour}.",
                facts=facts(on=when, grade=change.grade, colour=change.colour),
            )
        )
    return Decision[Grading](
        outcome=Grading(
            credit_code=profile.credit_code,
            on=day,
            tags=_tags(profile, events, prep, table, day.toordinal()),
            credit_score=credit,
            credit_level=level,
            risk_score=risk,
            risk_level=risk_level,
            grade=grade,
            colour=colour,
            supervision=supervision,
            next_change=change,
        ),
        decided_on=day,
        jurisdiction=code,
        reasons=tuple(reasons),
    )


def _explain(
    policy: Policy,
    profile: EnterpriseProfile,
    events: Sequence[Any],
    prep: _Prepared,
    day: int,
    credit: Decimal,
    level: CreditLevel,
    risk: Decimal,
    risk_level: RiskLevel,
    grade: Grade,
    colour: str,
    *,
    red: bool,
) -> list[Reason]:
    cite = policy.reason

    reasons: list[Reason] = []
    counted = [
        (i, e)
        for i, e in enumerate(events)
        if prep.fades[i] and e.on.toordinal() <= day < prep.expiry[i]
    ]
    for i, e in counted:
        until = dt.date.fromordinal(int(prep.expiry[i]) - 1)  # the last day it counts
        if isinstance(e, ViolationRecord):
            reasons.append(
                cite(
                    "grading.violation_credit_points",
                    "grading.violation",
                    f"{e.on}违法（{_SEVERITY_ZH[e.severity]}），信用扣{prep.credit_points[i]:g}分、"
                    f"风险加{prep.risk_points[i]:g}分，计至{until}（届满当日计入）。",
                    f"Violation on {e.on} ({e.severity.value}): −{prep.credit_points[i]:g} credit, "
                    f"+{prep.risk_points[i]:g} risk, counted through {until} (the anniversary "
                    "day included).",
                    history=i,
                    until=until,
                )
            )
        elif isinstance(e, CreditRecord):
            reasons.append(
                cite(
                    "grading.one_vote_red_months",
                    "grading.one-vote-red",
                    f"{e.on}存在一票否决行为（{_ACT_ZH[e.act]}），至{until}（届满当日计入）信用等级为"
                    "环保不良、红码。",
                    f"One-vote-red act on {e.on} ({e.act.value.replace('_', ' ')}): the lowest credit "
                    f"level and a red code through {until} (the anniversary day included).",
                    history=i,
                    act=e.act,
                    until=until,
                )
            )
        else:
            kind = "complaint" if isinstance(e, ComplaintRecord) else "alert"
            reasons.append(
                cite(
                    f"grading.{kind}_window_months",
                    f"grading.{kind}",
                    f"{e.on}{'属实信访投诉' if kind == 'complaint' else '有效监控预警'}，"
                    f"风险加{prep.risk_points[i]:g}分，计至{until}（届满当日计入）。",
                    f"{'Verified complaint' if kind == 'complaint' else 'Valid alert'} on {e.on}: "
                    f"+{prep.risk_points[i]:g} risk, counted through {until} (the anniversary day "
                    "included).",
                    history=i,
                    until=until,
                )
            )
    reasons.append(
        cite(
            "grading.credit_level_bands",
            "grading.credit",
            f"信用分{credit}，信用等级：{_LEVEL_ZH[_LEVELS.index(level)]}"
            + ("（一票否决）" if red else "")
            + "。",
            f"Credit score {credit}: level {level.value}"
            + (" (one-vote red)" if red else "")
            + ".",
            credit_score=credit,
            credit_level=level,
        )
    )
    p = policy.as_tuple("grading.risk_profile_points")
    parts = [
        (profile.key_unit, p[0], "重点排污单位", "key pollutant discharge unit"),
        (profile.permit_class is PermitClass.KEY, p[1], "排污许可重点管理", "key-managed permit"),
        (
            profile.permit_class is PermitClass.SIMPLIFIED,
            p[2],
            "排污许可简化管理",
            "simplified permit",
        ),
        (
            SensitiveArea.DRINKING_WATER in profile.sensitive_areas,
            p[3],
            "饮用水水源保护区",
            "drinking-water source zone",
        ),
        (
            any(a is not SensitiveArea.DRINKING_WATER for a in profile.sensitive_areas),
            p[4],
            "其他敏感区域",
            "other sensitive area",
        ),
        (profile.toxic, p[5], "排放有毒有害污染物", "toxic pollutant"),
    ]
    present = [(pts, zh, en) for on, pts, zh, en in parts if on and pts]
    reasons.append(
        cite(
            "grading.risk_profile_points",
            "grading.risk-profile",
            "企业属性风险分："
            + ("；".join(f"{zh}{pts:g}分" for pts, zh, _ in present) if present else "无")
            + f"，合计{sum((pts for pts, _, _ in present), Decimal(0)):g}分。",
            "Profile risk points: "
            + ("; ".join(f"{en} {pts:g}" for pts, _, en in present) if present else "none")
            + f"; {sum((pts for pts, _, _ in present), Decimal(0)):g} in all.",
            **{en.replace(" ", "_").replace("-", "_"): pts for pts, _, en in present},
        )
    )
    reasons.append(
        cite(
            "grading.risk_level_bands",
            "grading.risk",
            f"风险分{risk}（含企业属性分），风险等级：{_RISK_ZH[risk_level]}。",
            f"Risk score {risk} (profile points included): level {risk_level.value}.",
            risk_score=risk,
            key_unit=profile.key_unit,
            permit_class=profile.permit_class,
            toxic=profile.toxic,
        )
    )
    method = policy.as_str("grading.method")
    reasons.append(
        cite(
            "grading.method",
            "grading.grade",
            f"评定为{grade.value}级（{'信用×风险矩阵' if method == 'matrix' else '信用分数段'}）。",
            f"Grade {grade.value} ({'credit × risk matrix' if method == 'matrix' else 'credit-score bands'}).",
            grade=grade,
            method=method,
        )
    )
    sensitive = SensitiveArea.DRINKING_WATER in profile.sensitive_areas and profile.toxic
    reasons.append(
        cite(
            "grading.sensitive_toxic_min_colour" if sensitive else "grading.colour_by_grade",
            "grading.colour",
            f"{_COLOUR_ZH[colour]}"
            + ("（饮用水水源保护区内排放有毒有害污染物，不评绿码）" if sensitive else "")
            + "。",
            f"Code {colour}"
            + (
                " (toxic pollutant in a drinking-water source zone: never green)"
                if sensitive
                else ""
            )
            + ".",
            colour=colour,
        )
    )
    return reasons


check_public(
    globals(),
    (
        "credit_code_check_char",
        "check_credit_code",
        "grade_batch",
        "grade_enterprise",
    ),
)
