"""The national catalogue of violations: every conduct the 生态环境法典 fines, with its legal bases over time.

Laid out as the Code is: one module per section of Book 5's 分则 (法律责任分则, Arts.
1085–1238), ``s01_monitoring`` … ``s14_other``, so that a reader goes from an article
number to its data in one hop. A kind names one conduct (an article, paragraph and item,
or a part of one); its bases say which provision fined it on which days, with the fine
rule in the law's own shape (`ecoreg.FineRule`): the repealed statute's (or a regulation's)
provision for acts until 2026-08-14, with each version since 2021 where the statute was
revised, and the Code's from 2026-08-15. The rules choose between them by 行政处罚法
Art. 37 / Code Art. 1057, for the case's own facts. Every quote is the law's own words,
checked against the texts in ``tests/data/law/``.

`kinds` and `kind` give the validated kinds; `search` finds kinds by words (Chinese or
English), enforcing department and category, and `by_citation` by an article; `NOT_FINING`
lists the articles of the 分则 that fine nobody, with the reason. A jurisdiction adds kinds,
or replaces one, in its own policy data (records merge by id).

Examples:
    >>> import datetime as dt
    >>> over = kind("air.over-limit")
    >>> [b.citation.instrument.name_zh for b in over.bases]
    ['中华人民共和国大气污染防治法', '中华人民共和国生态环境法典']
    >>> over.basis_on(dt.date(2026, 8, 15)).citation.article
    1107
    >>> [k.id for k in search("未批先建")][:1]
    ['eia.unapproved-construction']
    >>> by_citation("生态环境法典", 1175, item=1)[0].id
    'waste.hazardous-no-label'
"""

from __future__ import annotations

import importlib
import unicodedata
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ecoreg.core._boundary import check_public, whole_number
from ecoreg.core._records import Department, ViolationCategory, ViolationKind
from ecoreg.core._time import parse_date
from ecoreg.exceptions import InvalidInputError

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Mapping
    from types import ModuleType

    from ecoreg.core._records import LegalBasis

__all__ = [
    "KINDS_DATA",
    "NOT_FINING",
    "SECTIONS",
    "SECTION_MODULES",
    "by_citation",
    "kind",
    "kinds",
    "search",
]

SECTION_MODULES = (
    "s01_monitoring",
    "s02_eia",
    "s03_permits",
    "s04_air",
    "s05_water",
    "s06_marine",
    "s07_soil",
    "s08_solid_waste",
    "s09_noise",
    "s10_radioactive",
    "s11_chemicals",
    "s12_ecology",
    "s13_low_carbon",
    "s14_other",
)
"""The catalogue's modules, one per section of Book 5's 分则, in the Code's order."""

_MODULES: tuple[ModuleType, ...] = tuple(
    importlib.import_module(f"{__name__}.{name}") for name in SECTION_MODULES
)

SECTIONS: tuple[Mapping[str, Any], ...] = tuple(MappingProxyType(dict(m.SECTION)) for m in _MODULES)
"""Each section: its number, Chinese and English title, first and last article."""

KINDS_DATA: tuple[Mapping[str, Any], ...] = tuple(
    MappingProxyType(k) for module in _MODULES for k in module.KINDS
)
"""Every built-in kind as plain data (what a policy file holds), in the Code's order."""

NOT_FINING: tuple[Mapping[str, Any], ...] = tuple(
    MappingProxyType(dict(entry)) for module in _MODULES for entry in module.NOT_FINING
)
"""The articles (or paragraphs) of the 分则 that fine nobody, each with the reason."""

_MAX_WORDS = 200
_MAX_RESULTS = 1000


@cache
def kinds() -> Mapping[str, ViolationKind]:
    """The built-in kinds, validated, by id, in the Code's order."""
    return MappingProxyType({k["id"]: ViolationKind.from_data(dict(k)) for k in KINDS_DATA})


def kind(kind_id: str) -> ViolationKind:
    """The built-in kind ``kind_id``.

    Raises:
        InvalidInputError: for an id the national catalogue does not have.
    """
    try:
        return kinds()[kind_id]
    except (KeyError, TypeError):
        raise InvalidInputError(
            field="kind", value=kind_id, allowed="an id of ecoreg.law.catalogue.kinds()"
        ) from None


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _haystack(k: ViolationKind) -> str:
    """The text a search looks in: the id, names, keywords, quotes and enforcers."""
    parts = [k.id, k.name_zh, k.name_en, *k.keywords]
    for basis in k.bases:
        parts.append(basis.citation.quote_zh or "")
        parts.extend(d.value for d in basis.enforcers)
    return _fold(" ".join(parts))


@cache
def _haystacks() -> Mapping[str, str]:
    """The built-in kinds' haystacks, by id."""
    return MappingProxyType({kind_id: _haystack(k) for kind_id, k in kinds().items()})


def _pool(within: Iterable[ViolationKind] | None) -> list[tuple[ViolationKind, str]]:
    """The kinds to look in, each with its haystack (the built-in catalogue by default)."""
    if within is None:
        return [(k, _haystacks()[i]) for i, k in kinds().items()]
    out = []
    for index, k in enumerate(within):
        if not isinstance(k, ViolationKind):
            raise InvalidInputError(
                field=f"within.{index}", value=k, allowed="a ViolationKind (policy.records(...))"
            )
        out.append((k, _haystack(k)))
    return out


def search(
    words: str,
    *,
    department: Department | str | None = None,
    category: ViolationCategory | str | None = None,
    on: dt.date | str | None = None,
    within: Iterable[ViolationKind] | None = None,
) -> tuple[ViolationKind, ...]:
    """The kinds whose names, keywords or quoted text contain every word, best first.

    Words are separated by spaces (Chinese words need no separator between characters of one
    word: ``未批先建``, ``危险废物 贮存``). Kinds whose name has every word come first, then
    those whose name or keywords have them, then those that only quote them; in the Code's
    order within each.

    Args:
        words: The words to look for, Chinese or English (case and width do not matter).
        department: Only kinds one of whose bases that department enforces.
        category: Only kinds of this category.
        on: Only kinds that are a violation for an act on this day.
        within: The kinds to look in (a policy's catalogue,
            ``policy.records("violations.catalogue").values()``); the built-in catalogue by
            default.

    Raises:
        InvalidInputError: for no words, too many, or an unknown department or category.

    Examples:
        >>> [k.id for k in search("扬尘", category="dust")][:2]
        ['dust.industrial-not-enclosed', 'dust.loading-unloading-not-controlled']
    """
    if not isinstance(words, str) or not words.strip():
        raise InvalidInputError(field="words", value=words, allowed="one or more words")
    terms = [_fold(w) for w in words.split()]
    if len(terms) > _MAX_WORDS:
        raise InvalidInputError(
            field="words", value=f"{len(terms)} words", allowed=f"at most {_MAX_WORDS} words"
        )
    dept = _enum(Department, department, "department")
    cat = _enum(ViolationCategory, category, "category")
    day = parse_date(on, field="on") if on is not None else None
    hits: list[tuple[int, int, ViolationKind]] = []
    for order, (k, text) in enumerate(_pool(within)):
        if cat is not None and k.category is not cat:
            continue
        if dept is not None and not any(dept in b.enforcers for b in k.bases):
            continue
        if day is not None and k.basis_on(day) is None:
            continue
        if all(t in text for t in terms):
            name = _fold(f"{k.name_zh} {k.name_en}")
            keywords = _fold(" ".join(k.keywords))
            if all(t in name for t in terms):
                rank = 0
            elif all(t in name or t in keywords for t in terms):
                rank = 1
            else:
                rank = 2
            hits.append((rank, order, k))
    hits.sort(key=lambda h: (h[0], h[1]))
    return tuple(h[2] for h in hits[:_MAX_RESULTS])


def _enum(enum: type[Department | ViolationCategory], value: object, field: str) -> Any:
    if value is None:
        return None
    try:
        return enum(value)  # type: ignore[arg-type] # a wrong value is refused just below
    except (ValueError, TypeError):
        raise InvalidInputError(
            field=field, value=value, allowed=f"one of {[e.value for e in enum]}"
        ) from None


def _matches(
    basis: LegalBasis, law: str, article: int, paragraph: int | None, item: int | None
) -> bool:
    cite = basis.citation
    named = law in {cite.instrument.id, cite.instrument.name_zh, cite.instrument.name_en} or (
        law in cite.instrument.name_zh
    )
    if not named or cite.article != article:
        return False
    if paragraph is not None and cite.paragraph not in {paragraph, None}:
        return False
    return item is None or cite.item == item


def by_citation(
    law: str,
    article: int,
    *,
    paragraph: int | None = None,
    item: int | None = None,
    on: dt.date | str | None = None,
    within: Iterable[ViolationKind] | None = None,
) -> tuple[ViolationKind, ...]:
    """The kinds one of whose bases cites the article (paragraph, item), in the Code's order.

    Args:
        law: The instrument's id, or its Chinese or English name, or a part of its Chinese
            name (``"生态环境法典"``, ``"大气污染防治法"``, ``"cn.eia-law.2018"``).
        article: The article number.
        paragraph: The paragraph (款), if the citation names one.
        item: The item (项).
        on: Only bases in force for an act on this day (``大气法 108 (5)`` for an act in
            2025 → its kind); without it, any basis.
        within: The kinds to look in (a policy's catalogue); the built-in catalogue by default.

    Raises:
        InvalidInputError: for an article, paragraph or item that is not a positive number.

    Examples:
        >>> [k.id for k in by_citation("大气污染防治法", 108, item=5, on="2025-06-01")]
        ['dust.industrial-not-enclosed']
    """
    if not isinstance(law, str) or not law.strip():
        raise InvalidInputError(field="law", value=law, allowed="an instrument's id or name")
    whole_number(article, "article", 1, 9999)
    if paragraph is not None:
        whole_number(paragraph, "paragraph", 1, 99)
    if item is not None:
        whole_number(item, "item", 1, 99)
    day = parse_date(on, field="on") if on is not None else None
    found = []
    for k, _ in _pool(within):
        bases = [k.basis_on(day)] if day is not None else list(k.bases)
        if any(b and _matches(b, law.strip(), article, paragraph, item) for b in bases):
            found.append(k)
    return tuple(found)


check_public(globals(), ("kind", "search", "by_citation"))
