"""Citations: which law or measure, which article, paragraph and item.

An `Instrument` is a law, regulation or local measure (法律、法规、规范性文件)
with its Chinese and English names, its document number (文号) and its life:
the date it took effect and, once repealed or replaced, the last day it was
in force and what replaced it. A `Citation` points into it; an article can
carry dates of its own where it was amended on another day than the whole
text. Both are plain data, so a jurisdiction's policy file can carry its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

from pydantic import Field, model_validator

from ecoreg.core._boundary import check_public, whole_number
from ecoreg.core._model import EcoregModel
from ecoreg.core._time import Day
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["Citation", "Instrument", "chinese_numeral"]

_DIGITS = "零一二三四五六七八九"
_MAX_NUMERAL = 9999


def chinese_numeral(number: int) -> str:
    """Write 1–9999 the way Chinese laws number their articles.

    Examples:
        >>> [chinese_numeral(n) for n in (1, 10, 15, 33, 85, 101, 110, 203)]
        ['一', '十', '十五', '三十三', '八十五', '一百零一', '一百一十', '二百零三']
    """
    whole_number(number, "number", 1, _MAX_NUMERAL)
    units = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))
    out: list[str] = []
    pending_zero = False
    for size, unit in units:
        digit = number // size % 10
        if digit == 0:
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_DIGITS[digit] + unit)
    text = "".join(out)
    # 十五, not 一十五, when the number starts at the tens.
    return text[1:] if text.startswith("一十") else text


Positive = Annotated[int, Field(ge=1, le=_MAX_NUMERAL)]


def _omitted_when_none(value: object) -> bool:
    return value is None


def _check_life(start: dt.date | None, until: dt.date | None, field: str) -> None:
    if start is not None and until is not None and until < start:
        raise InvalidInputError(
            field=field, value=until, allowed=f"a date on or after the day it took effect ({start})"
        )


class Instrument(EcoregModel):
    """A law, regulation or local measure.

    Examples:
        >>> from ecoreg.law import administrative_penalty_law as apl
        >>> APL = apl.INSTRUMENT
        >>> APL.name_zh, APL.number, APL.in_force.isoformat()
        ('中华人民共和国行政处罚法', '中华人民共和国主席令第七十号', '2021-07-15')
    """

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_.\-]*$", max_length=120)]
    """A stable identifier, e.g. ``"cn.administrative-penalty-law.2021"``."""
    name_zh: Annotated[str, Field(min_length=1)]
    """The official Chinese title, without 《》."""
    name_en: Annotated[str, Field(min_length=1)]
    """An English title for integrators."""
    number: str | None = None
    """The document number (文号), e.g. ``"东环〔2024〕69号"``."""
    issuer_zh: str | None = None
    """The issuing body, e.g. ``"全国人民代表大会常务委员会"``."""
    in_force: Day
    """The date this text took effect."""
    url: str | None = None
    """Where the text can be read, if known (never fetched by ecoreg)."""
    in_force_until: Day | None = Field(default=None, exclude_if=_omitted_when_none)
    """The last day this text was in force, once repealed or replaced (omitted while in force)."""
    replaced_by: str | None = Field(default=None, exclude_if=_omitted_when_none)
    """The ``id`` of the instrument that repealed or replaced it, if any."""

    @model_validator(mode="after")
    def _life(self) -> Instrument:
        _check_life(self.in_force, self.in_force_until, "in_force_until")
        return self

    def in_force_on(self, day: dt.date) -> bool:
        """Whether the text was in force on ``day``.

        Examples:
            >>> import datetime as dt
            >>> from ecoreg.law import air_pollution_law
            >>> law = air_pollution_law.INSTRUMENT
            >>> law.in_force_on(dt.date(2026, 8, 14)), law.in_force_on(dt.date(2026, 8, 15))
            (True, False)
        """
        return self.in_force <= day and (self.in_force_until is None or day <= self.in_force_until)


class Citation(EcoregModel):
    """A point in an instrument: article, paragraph (款) and item (项).

    Examples:
        >>> from ecoreg.law.administrative_penalty_law import INSTRUMENT as APL
        >>> c = Citation(instrument=APL, article=72, paragraph=1, item=1)
        >>> c.label_zh
        '《中华人民共和国行政处罚法》第七十二条第一款第（一）项'
        >>> c.label_en
        'Administrative Penalty Law of the PRC, Art. 72(1)(1)'
    """

    instrument: Instrument
    article: Positive | None = None
    paragraph: Positive | None = None
    item: Positive | None = None
    quote_zh: str | None = None
    """The cited words in Chinese, where worth quoting."""
    note: str | None = None
    """A remark for integrators, e.g. how a default was chosen."""
    in_force_from: Day | None = Field(default=None, exclude_if=_omitted_when_none)
    """Where the article took effect on another day than the instrument (else omitted)."""
    in_force_until: Day | None = Field(default=None, exclude_if=_omitted_when_none)
    """Where the article ended before the instrument did (else omitted)."""

    @model_validator(mode="after")
    def _life(self) -> Citation:
        _check_life(self.starts, self.in_force_until, "in_force_until")
        return self

    @property
    def starts(self) -> dt.date:
        """The first day the cited provision was in force."""
        return self.in_force_from or self.instrument.in_force

    @property
    def ends(self) -> dt.date | None:
        """The last day the cited provision was in force, or ``None`` while it is."""
        own, whole = self.in_force_until, self.instrument.in_force_until
        if own is None or whole is None:
            return own or whole
        return min(own, whole)

    def in_force_on(self, day: dt.date) -> bool:
        """Whether the cited provision was in force on ``day``."""
        end = self.ends
        return self.starts <= day and (end is None or day <= end)

    @property
    def label_zh(self) -> str:
        """The citation as a Chinese document would write it."""
        parts = [f"《{self.instrument.name_zh}》"]
        if self.instrument.number and self.article is None:
            parts.append(f"（{self.instrument.number}）")
        if self.article is not None:
            parts.append(f"第{chinese_numeral(self.article)}条")
        if self.paragraph is not None:
            parts.append(f"第{chinese_numeral(self.paragraph)}款")
        if self.item is not None:
            parts.append(f"第（{chinese_numeral(self.item)}）项")
        return "".join(parts)

    @property
    def label_en(self) -> str:
        """The citation in English, ``Name, Art. A(P)(I)``."""
        text = self.instrument.name_en
        if self.instrument.number and self.article is None:
            text += f" ({self.instrument.number})"
        if self.article is not None:
            text += f", Art. {self.article}"
            if self.paragraph is not None:
                text += f"({self.paragraph})"
                if self.item is not None:
                    text += f"({self.item})"
            elif self.item is not None:
                text += f" item ({self.item})"
        return text


check_public(globals(), ("chinese_numeral",))
