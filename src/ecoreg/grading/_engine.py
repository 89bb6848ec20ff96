"""The grading core: the policy read once into settings, and the columnar evaluation.

Credit and risk are scored for every enterprise at once (NumPy); `grade_batch` and
`grade_enterprise` both run it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final

import attrs
import numpy as np

from ecoreg.core._policy import memoized
from ecoreg.exceptions import InvalidInputError
from ecoreg.grading._profile import (
    _ALERT,
    _COMPLAINT,
    _CREDIT,
    _DISCLOSURE,
    _POSITIVE,
    _VIOLATION,
    EnterpriseTable,
    EventTable,
)
from ecoreg.grading._results import _COLOURS, _GRADES, Grade

if TYPE_CHECKING:
    from decimal import Decimal

    import numpy.typing as npt

    from ecoreg.core._arrays import BoolArray, FloatArray, IntArray
    from ecoreg.core._policy import Policy

__all__ = []


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
        """The settings read from ``policy``, once (kept with it)."""
        return memoized(policy, "grading-settings", lambda: cls._read(policy))

    @classmethod
    def _read(cls, policy: Policy) -> _Settings:
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
    """The day an event stops counting (exclusive); max for statuses. Empty when only the
    fading rows were prepared (`grade_batch`)."""
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
_CHUNK: Final = 1 << 20
"""Rows scored at once when every expiry is tried (bounds the temporaries of a nation)."""


def _months_later(days: IntArray, months: int) -> IntArray:
    """`add_months_ordinal` of many days, each distinct day worked out once (a look-up table).

    A province's events fall on a few thousand distinct days: the calendar arithmetic runs on
    those, and every event reads its day's answer (equal to `add_months_ordinal` day by day).
    """
    if len(days) < 4096:
        return add_months_ordinal(days.astype(np.int64), months)
    low, high = int(days.min()), int(days.max())
    if high - low + 1 > len(days):
        return add_months_ordinal(days.astype(np.int64), months)
    table = add_months_ordinal(np.arange(low, high + 1, dtype=np.int64), months)
    later: IntArray = table[days - low]
    return later


def _expiries(t: IntArray, day: IntArray, s: _Settings) -> IntArray:
    expiry = np.full(len(t), _NEVER, dtype=np.int64)
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
            expiry[mask] = _months_later(day[mask], months) + 1
    return expiry


def _points(t: IntArray, v: IntArray, s: _Settings) -> tuple[FloatArray, FloatArray]:
    """Credit points lost and risk points added by each event while it counts."""
    violation = t == _VIOLATION
    sev = np.where(violation, v, 0)
    credit_points = np.where(violation, np.asarray(s.v_credit)[sev], 0.0)
    event_points = np.asarray(s.event_points)
    risk_points = np.where(violation, event_points[sev], 0.0)
    risk_points = np.where((t == _COMPLAINT) & (v == 1), event_points[3], risk_points)
    risk_points = np.where((t == _ALERT) & (v == 1), event_points[4], risk_points)
    return credit_points, risk_points


def _prepare(
    ents: EnterpriseTable,
    events: EventTable,
    s: _Settings,
    *,
    every_row: bool = True,
    counting_on: int | None = None,
) -> _Prepared:
    """Expiry and points of the events; with ``every_row=False`` of the fading ones only.

    `grade_batch` needs the fading rows only, and of those (``counting_on``) only the ones
    that still count on the evaluation day, which it never looks before: the per-row arrays of
    the others are never built (for a nation's 33 million events, about 1.5 GB less).
    """
    t, v = events.type, events.value
    fades = (t == _VIOLATION) | (t == _CREDIT) | (((t == _COMPLAINT) | (t == _ALERT)) & (v == 1))
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
    if every_row:
        expiry = _expiries(t, events.day, s)
        credit_points, risk_points = _points(t, v, s)
        f_exp, f_type = expiry[rows], t[rows]
        f_credit, f_risk = credit_points[rows], risk_points[rows]
    else:
        expiry = np.zeros(0, dtype=np.int64)
        credit_points = risk_points = np.zeros(0, dtype=np.float64)
        f_type = t[rows]
        f_exp = _expiries(f_type, events.day[rows], s)
        if counting_on is not None:
            keep = f_exp > counting_on
            rows, f_type, f_exp = rows[keep], f_type[keep], f_exp[keep]
            del keep
        f_credit, f_risk = _points(f_type, v[rows], s)
    return _Prepared(
        expiry,
        credit_points,
        risk_points,
        fades,
        profile_risk,
        events.enterprise[rows],
        f_exp,
        f_credit,
        f_risk,
        f_type == _VIOLATION,
        f_type == _CREDIT,
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


def _latest_status(events: EventTable, code: int, active: BoolArray | None, n: int) -> IntArray:
    """The latest status (value) per enterprise among ``code`` events; ties: the worse one.

    One maximum per enterprise of ``day × k + (highest − value)``: the latest day first, then
    the lowest value on that day (``active``: the rows to read, ``None`` for all).
    """
    mask = events.type == code
    if active is not None:
        mask &= active
    status = np.full(n, -1, dtype=np.int64)
    if not mask.any():
        return status
    rows = np.flatnonzero(mask)
    del mask
    value = events.value[rows]
    low, high = int(value.min()), int(value.max())
    k = high - low + 1
    day = events.day[rows]
    narrow = int(day.max()) * k + k < 2**31 and int(day.min()) >= 0
    wide = np.dtype(np.int32) if narrow else np.dtype(np.int64)
    key: npt.NDArray[Any] = day.astype(wide) * k
    key += high
    key -= value
    del day, value
    best: npt.NDArray[Any] = np.full(n, -1, dtype=wide)
    np.maximum.at(best, events.enterprise[rows], key)
    return np.where(best >= 0, high - best % k, -1).astype(np.int64)


def _statuses(events: EventTable, n: int) -> tuple[IntArray, BoolArray]:
    """Latest disclosure status and positive-list membership (no event is after the date)."""
    disclosure = _latest_status(events, _DISCLOSURE, None, n)
    positive = _latest_status(events, _POSITIVE, None, n) == 1
    return disclosure, positive


@attrs.frozen
class _Scored:
    credit: FloatArray
    level: IntArray
    risk: FloatArray
    risk_level: IntArray
    grade: IntArray
    colour: IntArray


def _score(
    s: _Settings,
    credit_loss: FloatArray,
    risk: FloatArray,
    violations: IntArray,
    red: BoolArray,
    disclosure: IntArray,
    positive: BoolArray,
    sensitive_toxic: BoolArray,
) -> _Scored:
    """Credit, levels, grade and colour from what counts (one row per enterprise, or per date)."""
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
    colour = np.where(sensitive_toxic, np.maximum(colour, s.sensitive_toxic_min), colour)
    colour = np.where(red, 2, colour)
    return _Scored(credit, level, risk, risk_level, grade, colour)


def _evaluate(
    ents: EnterpriseTable,
    prep: _Prepared,
    s: _Settings,
    on: IntArray | int,
    statuses: tuple[IntArray, BoolArray],
) -> _State:
    """Every enterprise as of its own day ``on[i]``, or all as of the day ``on``.

    No day is earlier than the evaluation date.
    """
    n = len(ents)
    counting = (on if isinstance(on, int) else on[prep.f_ent]) < prep.f_exp
    ent = prep.f_ent
    # bincount with weights sums in floating point (its stubs say integers).
    credit_loss = np.asarray(
        np.bincount(ent, weights=np.where(counting, prep.f_credit, 0.0), minlength=n),
        dtype=np.float64,
    )
    risk = prep.profile_risk + np.asarray(
        np.bincount(ent, weights=np.where(counting, prep.f_risk, 0.0), minlength=n),
        dtype=np.float64,
    )
    violations = np.bincount(ent[counting & prep.f_violation], minlength=n)
    red = np.bincount(ent[counting & prep.f_red], minlength=n) > 0
    disclosure, positive = statuses
    scored = _score(
        s,
        credit_loss,
        risk,
        violations,
        red,
        disclosure,
        positive,
        ents.drinking_water & ents.toxic,
    )
    return _State(
        scored.credit,
        scored.level,
        scored.risk,
        scored.risk_level,
        scored.grade,
        scored.colour,
        red,
        violations,
        disclosure,
        positive,
    )


def _next_change(
    ents: EnterpriseTable,
    prep: _Prepared,
    s: _Settings,
    day: int,
    now: _State,
    statuses: tuple[IntArray, BoolArray],
) -> IntArray:
    """The first later day on which grade or colour changes (-1: none)."""
    if all(float(x).is_integer() for x in (*s.v_credit, *s.event_points)):
        return _next_change_at_once(ents, prep, s, day, now, statuses)
    return _next_change_by_rounds(ents, prep, s, day, now, statuses)


def _next_change_at_once(
    ents: EnterpriseTable,
    prep: _Prepared,
    s: _Settings,
    day: int,
    now: _State,
    statuses: tuple[IntArray, BoolArray],
) -> IntArray:
    """`_next_change` for whole-number points: every expiry of every enterprise scored at once.

    The events that count on ``day`` are sorted by enterprise and expiry; on the expiry of a
    run of them, what still counts is what expires later: the enterprise's total less the
    running sum. With whole-number points every such sum is exact in floating point, so the
    scores equal `_evaluate`'s on that day (the rounds of `_next_change_by_rounds`), with one
    sort and no rounds. The first expiry whose grade or colour differs from ``now`` is the
    enterprise's next change.
    """
    n = len(ents)
    result = np.full(n, -1, dtype=np.int64)
    counting = prep.f_exp > day
    cand: IntArray | slice = slice(None) if counting.all() else np.flatnonzero(counting)
    del counting
    f_ent, f_exp = prep.f_ent[cand], prep.f_exp[cand]
    if len(f_ent) == 0:
        return result
    # One stable sort on a packed key (enterprise, then expiry): events usually come grouped
    # by enterprise, which the stable sort (it merges runs) takes in nearly linear time.
    low = int(f_exp.min())
    key = f_ent.astype(np.int64)
    key *= int(f_exp.max()) - low + 1
    key += f_exp
    key -= low
    order = np.argsort(key, kind="stable")
    del key
    ent, when = f_ent[order], f_exp[order]
    del f_ent, f_exp
    last = len(ent) - 1
    new_ent = ent[1:] != ent[:-1]
    starts = np.r_[0, np.flatnonzero(new_ent) + 1]
    # The rows where a run of one enterprise's same expiry ends, and its enterprise's last row.
    ends = np.r_[np.flatnonzero(new_ent | (when[1:] != when[:-1])), last]
    del new_ent
    group_last = np.r_[starts[1:] - 1, last][np.searchsorted(starts, ends, side="right") - 1]

    lefts = []
    for values, dtype in (
        (prep.f_credit, np.float64),
        (prep.f_risk, np.float64),
        (prep.f_violation, np.int64),
        (prep.f_red, np.int64),
    ):
        # At each run's end: the enterprise's total over the rows after it.
        running = np.cumsum(values[cand][order], dtype=dtype)
        lefts.append(running[group_last] - running[ends])
        del running
    credit_left, risk_left, violations_left, red_left = lefts
    del order, group_last, lefts
    ent, when = ent[ends], when[ends] - day
    disclosure, positive = statuses
    sensitive_toxic = ents.drinking_water & ents.toxic
    differs = np.zeros(len(ent), dtype=bool)
    for lo in range(0, len(ent), _CHUNK):  # scored in chunks: bounded temporaries
        part = slice(lo, lo + _CHUNK)
        e = ent[part]
        scored = _score(
            s,
            credit_left[part],
            prep.profile_risk[e] + risk_left[part],
            violations_left[part],
            red_left[part] > 0,
            disclosure[e],
            positive[e],
            sensitive_toxic[e],
        )
        differs[part] = (scored.grade != now.grade[e]) | (scored.colour != now.colour[e])
    changed = np.flatnonzero(differs)
    first = changed[np.r_[True, ent[changed][1:] != ent[changed][:-1]]] if len(changed) else changed
    result[ent[first]] = when[first] + day
    return result


def _next_change_by_rounds(
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
