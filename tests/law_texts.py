"""The legal texts in ``tests/data/law/`` and the amounts their penalty articles write.

Each file is named by the ``id`` of the instrument it transcribes
(``cn.eco-environment-code.2026.md`` …); ``tests/data/law/README.md`` says where
each text was read. The helpers here find an article's text, check that a quote
is the law's own words, and read the amounts (元, 倍, 百分之) out of Chinese text,
for the catalogue's completeness tests.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "law"

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_DIGITS |= {"八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
NUMERAL = "零〇一二两三四五六七八九十百千万亿"


def parse_numeral(text: str) -> int:
    """A Chinese numeral as an int: ``"二十"`` → 20, ``"一千零五十五"`` → 1055, ``"五万"`` → 50000."""
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        elif ch in _BIG_UNITS:
            section += digit or 0
            total += (section or 1) * _BIG_UNITS[ch]
            section, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + section + (digit or 0)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", text)


@cache
def articles(instrument_id: str) -> dict[int, str]:
    """The articles of an instrument's text by number, each with its paragraphs and items."""
    path = DATA / f"{instrument_id}.md"
    text = path.read_text(encoding="utf-8")
    out: dict[int, str] = {}
    pattern = re.compile(rf"\*\*第([{NUMERAL}]+)条\*\*")
    heads = list(pattern.finditer(text))
    for i, head in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[head.end() : end]
        body = re.split(r"\n#+ ", body)[0]  # stop at the next chapter or section heading
        out[parse_numeral(head.group(1))] = body.strip()
    return out


def has_text(instrument_id: str) -> bool:
    """Whether ``tests/data/law`` has the instrument's text."""
    return (DATA / f"{instrument_id}.md").exists()


def article_text(instrument_id: str, number: int) -> str:
    """The text of one article (all its paragraphs)."""
    return articles(instrument_id)[number]


def quote_parts_missing(instrument_id: str, number: int, quote: str) -> list[str]:
    """The parts of ``quote`` (split at ``……``) that the article's text does not contain."""
    body = _normalise(article_text(instrument_id, number))
    parts = [p for p in re.split(r"……|…", quote) if p.strip()]
    return [p for p in parts if _normalise(p) not in body]


_YUAN = re.compile(rf"(?<![\d.])([{NUMERAL}]+)元")
_ARABIC_YUAN = re.compile(r"(\d+(?:\.\d+)?)([万千]?)元")
_TIMES = re.compile(rf"(?<![\d.])([{NUMERAL}]+|\d+)倍")
_PERCENT = re.compile(rf"百分之([{NUMERAL}]+)|(\d+(?:\.\d+)?)%")
_SCALE = {"": 1, "千": 1000, "万": 10_000}


def _number(text: str) -> Decimal:
    return Decimal(text) if text[0].isdigit() else Decimal(parse_numeral(text))


def amounts(text: str) -> dict[str, set[Decimal]]:
    """The amounts a Chinese text writes: ``yuan``, ``times`` and ``percent``.

    Statutes write numerals in Chinese (二十万元); regulations often in Arabic digits with
    a Chinese unit (20万元, 每次5千元).
    """
    yuan = {Decimal(parse_numeral(m)).normalize() for m in _YUAN.findall(text)}
    yuan |= {(Decimal(n) * _SCALE[unit]).normalize() for n, unit in _ARABIC_YUAN.findall(text)}
    return {
        "yuan": yuan,
        "times": {_number(m).normalize() for m in _TIMES.findall(text)},
        "percent": {_number(a or b).normalize() for a, b in _PERCENT.findall(text)},
    }


def fining_articles(instrument_id: str, first: int, last: int) -> set[int]:
    """The articles from ``first`` to ``last`` whose text sets a fine (罚款 with an amount,
    or 处以罚款 whose amounts another paragraph gives)."""
    return {
        n for n, body in articles(instrument_id).items() if first <= n <= last and "罚款" in body
    }
