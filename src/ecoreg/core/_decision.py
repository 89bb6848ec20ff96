"""Decisions that explain themselves.

A `Decision` holds an outcome and everything needed to justify it to the
enterprise it concerns: the `Reason` for each rule that fired (rule id,
citation, message in Chinese and English, the `Fact` values the rule used),
`Hint` objects saying what would have changed a negative outcome, and
`Notice` warnings (for example, that the holiday calendar of a year is
provisional). Decisions are frozen, serialize to JSON and back without loss,
and publish a JSON Schema.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar

from pydantic import Field

from ecoreg.core._boundary import check_public, checked
from ecoreg.core._citations import Citation
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError, UnknownFactError

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "Decision",
    "Fact",
    "FactValue",
    "Hint",
    "Notice",
    "Reason",
    "facts",
]

FactValue = bool | int | str | None
"""A fact's value as JSON holds it exactly: money and dates are canonical strings."""

RuleId = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]


class Fact(EcoregModel):
    """One fact a rule used, e.g. ``days = 5`` or ``fine = "100000.00"``."""

    name: Annotated[str, Field(min_length=1, max_length=120)]
    value: FactValue


def _fact_value(value: object) -> FactValue:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):  # datetimes included: isoformat keeps the offset
        return value.isoformat()
    if isinstance(value, Enum):
        return _fact_value(value.value)
    if isinstance(value, list | tuple | set | frozenset):
        # A collection is listed, its first items only: a fact explains, it does not archive.
        shown = [str(_fact_value(v)) for v in itertools.islice(value, _MAX_FACT_ITEMS)]
        if len(value) > _MAX_FACT_ITEMS:
            shown.append(f"… ({len(value)} in all)")
        return ", ".join(shown)
    # Anything else (a NumPy value, a range, an object) by its text, cut: never iterated, since
    # an iterable may be endless or, like a 0-d array, not iterable after all.
    text = _text_of(value)
    return text if len(text) <= _MAX_FACT_CHARS else text[: _MAX_FACT_CHARS - 1] + "…"


_MAX_FACT_ITEMS = 50
_MAX_FACT_CHARS = 500


def _text_of(value: object) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - an int past str()'s digit limit, a failing __str__
        return f"<{type(value).__name__}>"


def count_en(count: object, noun: str) -> str:
    """``count`` with ``noun`` in English, singular for exactly one.

    Examples:
        >>> count_en(1, "month"), count_en(6, "month"), count_en(2, "working day")
        ('1 month', '6 months', '2 working days')
    """
    return f"{count} {noun if count == 1 else noun + 's'}"


def facts(mapping: Mapping[str, object] | None = None, /, **values: object) -> tuple[Fact, ...]:
    """Build a tuple of facts; Decimals, dates and enums become canonical strings.

    Examples:
        >>> import datetime as dt
        >>> from decimal import Decimal
        >>> [(f.name, f.value) for f in facts(fine=Decimal("100.00"), on=dt.date(2026, 1, 4))]
        [('fine', '100.00'), ('on', '2026-01-04')]
    """
    items = dict(mapping or {})
    items.update(values)
    out = []
    for name, value in items.items():
        try:
            out.append(Fact(name=name, value=_fact_value(value)))
        except RecursionError:
            raise InvalidInputError(
                field=name, value="…", allowed="a value nested less deeply"
            ) from None
    return tuple(out)


class _Missing:
    """The type of the sentinel meaning "no default"."""


_MISSING = _Missing()


class Reason(EcoregModel):
    """A rule that fired, with its legal source and the facts it used."""

    rule_id: RuleId
    """A stable identifier, e.g. ``"period.working-days"``."""
    citation: Citation | None
    """The law or measure the rule applies; ``None`` only for ecoreg's own documented defaults."""
    message_zh: Annotated[str, Field(min_length=1)]
    message_en: Annotated[str, Field(min_length=1)]
    facts: tuple[Fact, ...] = ()

    def fact(self, name: str, default: FactValue | _Missing = _MISSING) -> FactValue:
        """Return the value of the fact called ``name``, or ``default`` when given.

        Raises:
            UnknownFactError: (a ``KeyError``) if the rule did not use such a fact and no
                default is given.
        """
        for item in self.facts:
            if item.name == name:
                return item.value
        if isinstance(default, _Missing):
            raise UnknownFactError(
                field="name", value=name, allowed=f"one of {[f.name for f in self.facts]}"
            )
        return default


class Hint(EcoregModel):
    """What would have changed a negative outcome, e.g. a later date or a shorter term."""

    rule_id: RuleId
    message_zh: Annotated[str, Field(min_length=1)]
    message_en: Annotated[str, Field(min_length=1)]
    changes: tuple[Fact, ...] = ()
    """The facts that would have to change, with the values that would pass."""


class Notice(EcoregModel):
    """A warning attached to a result, e.g. a provisional calendar."""

    code: RuleId
    message_zh: Annotated[str, Field(min_length=1)]
    message_en: Annotated[str, Field(min_length=1)]


OutcomeT = TypeVar("OutcomeT")


class Decision(EcoregModel, Generic[OutcomeT]):
    """An outcome with its reasons, hints and warnings.

    Examples:
        >>> from ecoreg import Decision, Reason
        >>> d = Decision[bool](
        ...     outcome=False,
        ...     decided_on="2026-03-01",
        ...     reasons=(
        ...         Reason(rule_id="demo", citation=None, message_zh="示例", message_en="demo"),
        ...     ),
        ... )
        >>> Decision[bool].from_json(d.to_json()) == d
        True
    """

    outcome: OutcomeT
    decided_on: Day
    """The date the decision is made as of (it is always an argument, never the clock)."""
    jurisdiction: str | None = None
    """The jurisdiction code whose policy was applied, if any."""
    reasons: tuple[Reason, ...] = ()
    hints: tuple[Hint, ...] = ()
    warnings: tuple[Notice, ...] = ()

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The ids of every rule that fired, in order."""
        return tuple(r.rule_id for r in self.reasons)

    @checked
    def explain(self, language: str = "zh") -> str:
        """Render the reasons, hints and warnings as lines of text.

        Args:
            language: ``"zh"`` or ``"en"``.

        Returns:
            One line per reason (with its citation), hint and warning.
        """
        return render_explanation(self.reasons, self.hints, self.warnings, language)

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema of this decision type (validation mode)."""
        return cls.model_json_schema()


def render_explanation(
    reasons: Iterable[Reason],
    hints: Iterable[Hint],
    warnings: Iterable[Notice],
    language: str,
) -> str:
    """Render reasons, hints and warnings in Chinese (``"zh"``) or English (``"en"``)."""
    if language not in {"zh", "en"}:
        raise InvalidInputError(field="language", value=language, allowed="'zh' or 'en'")
    zh = language == "zh"
    lines: list[str] = []
    for r in reasons:
        text = r.message_zh if zh else r.message_en
        if r.citation is not None:
            label = r.citation.label_zh if zh else r.citation.label_en
            text += f"（{label}）" if zh else f" [{label}]"
        lines.append(f"- {text}")
    for h in hints:
        prefix = "提示：" if zh else "Hint: "
        lines.append(f"- {prefix}{h.message_zh if zh else h.message_en}")
    for w in warnings:
        prefix = "注意：" if zh else "Warning: "
        lines.append(f"- {prefix}{w.message_zh if zh else w.message_en}")
    return "\n".join(lines)


check_public(globals(), ("facts",))
