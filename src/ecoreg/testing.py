"""Hypothesis strategies for ecoreg's core types, for systems that embed ecoreg.

Needs the ``testing`` extra (``pip install ecoreg[testing]``). The core never
imports this module.

Example:
    >>> from hypothesis import given
    >>> from ecoreg.testing import yuan_amounts
    >>> @given(yuan_amounts())
    ... def test_two_places(amount):
    ...     assert amount.as_tuple().exponent == -2
    >>> test_two_places()
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pendulum
from hypothesis import strategies as st

from ecoreg._citations import Citation, Instrument
from ecoreg._decision import Decision, Fact, FactValue, Hint, Notice, Reason
from ecoreg._time import DEFAULT_TIMEZONE

__all__ = [
    "citations",
    "dates",
    "decisions",
    "fact_values",
    "instants",
    "naive_datetimes",
    "policy_data",
    "yuan_amounts",
]

_FEN = Decimal("0.01")
_ZONES = ("Asia/Shanghai", "UTC", "Asia/Urumqi", "Europe/Berlin", "America/New_York")


def yuan_amounts(
    *, min_value: Decimal | int = 0, max_value: Decimal | int = 10_000_000
) -> st.SearchStrategy[Decimal]:
    """Exact yuan amounts with two decimal places, between the bounds (inclusive)."""
    low = int(Decimal(min_value) * 100)
    high = int(Decimal(max_value) * 100)
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
    "penalty.limitation_years": st.integers(1, 5),
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
