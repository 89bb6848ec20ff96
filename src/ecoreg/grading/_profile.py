"""An enterprise's profile and dated history, and the columnar tables grading reads them into."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Final, Literal

import attrs
import numpy as np
from pydantic import AfterValidator, Field

from ecoreg.core._arrays import BoolArray, IntArray, column, frozen
from ecoreg.core._boundary import checked
from ecoreg.core._model import EcoregModel
from ecoreg.core._money import NonNegativeYuan
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError, InvalidTypeError
from ecoreg.grading._credit_code import check_credit_code, first_bad_code

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


__all__ = [
    "AlertRecord",
    "ComplaintRecord",
    "CreditRecord",
    "DisclosureRecord",
    "EnterpriseProfile",
    "EnterpriseTable",
    "EventTable",
    "HistoryEvent",
    "OneVoteRedAct",
    "PermitClass",
    "Pollutant",
    "PositiveListRecord",
    "SensitiveArea",
    "Severity",
    "ViolationRecord",
]


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


def within(place: str, code: str) -> bool:
    """Whether the jurisdiction ``place`` is ``code`` or lies within it (``CN-GD-SZ`` in ``CN-GD``)."""
    return place == code or place.startswith(code + "-")


def check_within(place: str, code: str, field: str) -> None:
    """Refuse a firm's jurisdiction ``place`` outside the policy's ``code``, naming ``field``."""
    if not within(place, code):
        raise InvalidInputError(
            field=field,
            value=place,
            allowed=f"{code} or a jurisdiction within it (the policy's)",
        )


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

    codes: Sequence[str]
    """The credit codes in upper case: a tuple, or for an Arrow register a `CodeColumn`
    (one NumPy column of 18-byte codes) that reads as a sequence of strings."""
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
        codes = _checked_codes(credit_code)
        permit = _permit_codes(permit_class)
        flags = {}
        for name, values in (
            ("key_unit", key_unit),
            ("drinking_water", drinking_water),
            ("other_sensitive", other_sensitive),
            ("toxic", toxic),
        ):
            flags[name] = frozen(column(values, name, kinds="b", rows=n).copy())
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


_PERMITS: Final = {"key": 0, "simplified": 1, "registration": 2}


def _checked_codes(credit_code: Sequence[str]) -> tuple[str, ...]:
    """The codes, in upper case, every one checked at once (whole columns, no loop over rows).

    Raises:
        InvalidInputError: ``credit_code.row`` for the first bad code, as `check_credit_code`.
    """
    n = len(credit_code)
    if n == 0:
        return ()
    if set(map(type, credit_code)) != {str}:  # a subclass or another type: row by row
        return tuple(
            check_credit_code(c, field=f"credit_code.{i}") for i, c in enumerate(credit_code)
        )
    text = np.array(credit_code, dtype=str)
    width = text.dtype.itemsize // 4
    points = text.view(np.uint32).reshape(n, width)[:, :18] if width >= 18 else None
    wrong = np.char.str_len(text) != 18
    if points is None:
        first_bad_code(np.zeros((n, 18), np.uint8), wrong, credit_code.__getitem__, "credit_code")
    else:
        chars = np.where(points < 128, points, 0).astype(np.uint8)
        first_bad_code(chars, wrong, credit_code.__getitem__, "credit_code")
        if (chars >= ord("a")).any():
            return tuple(np.char.upper(text).tolist())
    return tuple(credit_code)


def _permit_codes(permit_class: Sequence[str | PermitClass]) -> IntArray:
    """Permit classes as codes (0 key, 1 simplified, 2 registration), checked at once.

    Raises:
        InvalidInputError: ``permit_class.row`` for the first value that is not a class.
    """
    n = len(permit_class)
    permit = np.full(n, -1, dtype=np.int64)
    if (
        n
        and set(map(type, permit_class)) <= {str, PermitClass}
        and "\x00" not in "".join(permit_class)  # NumPy's strings drop trailing NULs
    ):
        text = np.array(permit_class, dtype=str)
        for name, code in _PERMITS.items():
            permit[text == name] = code
    for row in np.flatnonzero(permit < 0):
        p = permit_class[int(row)]
        try:
            permit[row] = _PERMITS[PermitClass(p).value]
        except ValueError:
            raise InvalidInputError(
                field=f"permit_class.{int(row)}", value=p, allowed="key, simplified or registration"
            ) from None
    return permit


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
        first = column(enterprise, "enterprise", kinds="iu")
        n = first.size
        cols = {
            "enterprise": first,
            "type": column(type, "type", kinds="iu", rows=n),
            "day": column(day, "day", kinds="iu", rows=n),
            "value": column(value, "value", kinds="iu", rows=n),
        }
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
