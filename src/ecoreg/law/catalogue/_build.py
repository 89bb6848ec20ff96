"""Builders for the catalogue's plain data: kinds, legal bases, fine rules, citations.

Each section module of the catalogue (``s01_monitoring`` … ``s14_other``) writes
its kinds with these functions. They return plain data (dicts), the same shape a
policy file holds, and `ecoreg.ViolationKind` validates it when the catalogue is
built. The fine-rule shapes are those of `ecoreg.FineRule`.

Examples:
    >>> from ecoreg.law import eco_code
    >>> rule = tiers(
    ...     band(yuan(1_000_000, 10_000_000), fact("serious")),
    ...     band(yuan(200_000, 1_000_000)),
    ... )
    >>> rule["tiers"][0]["when"]
    [{'fact': 'serious', 'equals': True}]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ecoreg.core._citations import Citation

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ecoreg.core._citations import Instrument

__all__ = [
    "article",
    "band",
    "basis",
    "below",
    "cap",
    "daily",
    "fact",
    "fixed",
    "kind",
    "multiple",
    "no_fine",
    "per_unit",
    "provision",
    "scaled",
    "section",
    "share",
    "tiers",
    "unfined",
    "unspecified",
    "yuan",
]

Data = dict[str, Any]


def _amount(value: int | str) -> str:
    return str(value)


def article(
    instrument: Instrument,
    number: int,
    quote: str,
    *,
    paragraph: int | None = None,
    item: int | None = None,
    note: str | None = None,
) -> Citation:
    """A citation of an article (paragraph, item) with its quoted words.

    ``quote`` is the law's text, verbatim; where words between the parts quoted are
    left out, the parts are joined with ``……`` (each part must appear in the article).
    """
    return Citation(
        instrument=instrument,
        article=number,
        paragraph=paragraph,
        item=item,
        quote_zh=quote,
        note=note,
    )


def yuan(minimum: int | str | None, maximum: int | str, *, optional: bool = False) -> Data:
    """处{minimum}以上{maximum}以下的罚款; ``minimum`` None for 处{maximum}以下.

    ``optional`` for 可以处 (the agency may decide no fine).
    """
    rule: Data = {"shape": "range", "max": _amount(maximum)}
    if minimum is not None:
        rule["min"] = _amount(minimum)
    if optional:
        rule["optional"] = True
    return rule


def cap(maximum: int | str, *, optional: bool = False) -> Data:
    """处{maximum}以下的罚款 (可以处 … with ``optional``)."""
    return yuan(None, maximum, optional=optional)


def multiple(
    base: str,
    minimum: int | str | None,
    maximum: int | str,
    *,
    floor: int | str | None = None,
    optional: bool = False,
) -> Data:
    """处{base}{minimum}倍以上{maximum}倍以下的罚款; ``floor``: 不足{floor}的，以{floor}计算."""
    rule: Data = {"shape": "multiple", "base": base, "max": _amount(maximum)}
    if minimum is not None:
        rule["min"] = _amount(minimum)
    if floor is not None:
        rule["base_floor"] = _amount(floor)
    if optional:
        rule["optional"] = True
    return rule


def share(base: str, minimum: str | None, maximum: str, *, optional: bool = False) -> Data:
    """处{base}百分之X以上百分之Y以下的罚款, shares as decimal strings (``"0.01"`` = 1 %)."""
    rule: Data = {"shape": "share", "base": base, "max": maximum}
    if minimum is not None:
        rule["min"] = minimum
    if optional:
        rule["optional"] = True
    return rule


def fixed(amount: int | str) -> Data:
    """处{amount}的罚款: one amount, neither more nor less."""
    return yuan(amount, amount)


def no_fine() -> Data:
    """不处罚款: the band of an article that fines only on a finding (拒不改正的，处……)."""
    return {"shape": "none"}


def unspecified(note: str) -> Data:
    """处以罚款 with no amount in the law; ``note`` says where the amount is set."""
    return {"shape": "unspecified", "note": note}


def per_unit(
    unit: str, minimum: int | str | None, maximum: int | str, *, fixed: bool = False
) -> Data:
    """处每{unit}X元以上Y元以下的罚款; ``fixed`` for 每辆五千元 (``minimum`` None)."""
    rule: Data = {"shape": "per_unit", "unit": unit, "max": _amount(maximum)}
    if minimum is not None:
        rule["min"] = _amount(minimum)
    if fixed:
        rule["fixed"] = True
    return rule


def scaled(rule: Data, minimum: int | str | None, maximum: int | str) -> Data:
    """按照{rule}罚款数额的X倍以上Y倍以下处以罚款."""
    out: Data = {"shape": "scaled", "rule": rule, "max": _amount(maximum)}
    if minimum is not None:
        out["min"] = _amount(minimum)
    return out


def fact(name: str, equals: bool | str = True) -> Data:  # noqa: FBT002 - fact("serious") reads as the law
    """A band's condition: fact ``name`` equals ``equals`` (true by default)."""
    return {"fact": name, "equals": equals}


def below(name: str, amount: int | str) -> Data:
    """A band's condition: the amount fact ``name`` is below ``amount`` (不足…的)."""
    return {"fact": name, "below": _amount(amount)}


def band(rule: Data, *when: Data, zh: str | None = None, en: str | None = None) -> Data:
    """One band of a tiered rule: ``rule`` applies when every condition holds.

    With no conditions it is the band that applies otherwise (it must come last).
    """
    out: Data = {"when": list(when), "rule": rule}
    if zh is not None:
        out["label_zh"] = zh
    if en is not None:
        out["label_en"] = en
    return out


def tiers(*bands: Data) -> Data:
    """Bands chosen by the facts, the first whose conditions hold."""
    return {"shape": "tiers", "tiers": list(bands)}


def daily(citation: Citation, *, obstruction_counts: bool = False) -> Data:
    """The daily continuous penalty (按日连续处罚) an article allows."""
    return {"citation": citation.to_data(), "obstruction_counts": obstruction_counts}


def basis(
    citation: Citation,
    fine: Data,
    *,
    enforcers: Iterable[str],
    measures: Iterable[str] = (),
    persons: Data | None = None,
    persons_zh: str | None = None,
    daily_penalty: Data | None = None,
    daily_note: str,
    concurrent: Iterable[Data] = (),
    since: str | None = None,
    until: str | None = None,
) -> Data:
    """A legal basis: the article, its fine rule and what else it says.

    Args:
        citation: The article (paragraph, item) with its quote.
        fine: The fine rule (see `yuan`, `multiple`, `tiers` …).
        enforcers: `ecoreg.Department` values, as the article names them.
        measures: `ecoreg.SideMeasure` values the article orders or allows.
        persons: The fine on the persons responsible, if the article sets one.
        persons_zh: Who those persons are, in the article's words.
        daily_penalty: `daily` for the daily continuous penalty, if it can apply.
        daily_note: Why the daily penalty does or does not apply (always documented).
        concurrent: Other provisions that fine the same act (`provision`), for Code
            Art. 1055 (行政处罚法 Art. 29 before the Code): the higher fine applies.
        since: The first day, where narrower than the cited provision's life.
        until: The last day, where narrower than the cited provision's life.
    """
    out: Data = {
        "citation": citation.to_data(),
        "fine": fine,
        "enforcers": list(enforcers),
        "measures": list(measures),
        "daily_penalty_note": daily_note,
    }
    if persons is not None:
        out["persons"] = persons
        out["persons_zh"] = persons_zh or "直接负责的主管人员和其他直接责任人员"
    if daily_penalty is not None:
        out["daily_penalty"] = daily_penalty
    if concurrent:
        out["concurrent"] = list(concurrent)
    if since is not None:
        out["in_force_from"] = since
    if until is not None:
        out["in_force_until"] = until
    return out


def provision(
    citation: Citation,
    fine: Data,
    *,
    persons: Data | None = None,
    since: str | None = None,
    until: str | None = None,
    note: str | None = None,
    condition: tuple[str, str] | None = None,
) -> Data:
    """Another provision that fines the same act as a basis (for `basis`'s ``concurrent``).

    ``condition`` (Chinese, English) where it fines the act only in some cases: the engine then
    compares it only when the case names it (``ViolationCase.concurrent_findings``).
    """
    out: Data = {"citation": citation.to_data(), "fine": fine}
    if condition is not None:
        out["condition_zh"], out["condition_en"] = condition
    if persons is not None:
        out["persons"] = persons
    if since is not None:
        out["in_force_from"] = since
    if until is not None:
        out["in_force_until"] = until
    if note is not None:
        out["note"] = note
    return out


def kind(
    kind_id: str,
    name_zh: str,
    name_en: str,
    category: str,
    *bases: Data,
    keywords: Iterable[str] = (),
    never_lenient: bool = False,
) -> Data:
    """A kind of violation (one conduct) with its bases in date order."""
    out: Data = {
        "id": kind_id,
        "name_zh": name_zh,
        "name_en": name_en,
        "category": category,
        "bases": list(bases),
        "keywords": list(keywords),
    }
    if never_lenient:
        out["never_lenient"] = True
    return out


def section(number: int, title_zh: str, title_en: str, first: int, last: int) -> Data:
    """A section of Book 5's 分则: its number, title and first and last article."""
    return {
        "number": number,
        "title_zh": title_zh,
        "title_en": title_en,
        "first": first,
        "last": last,
    }


def unfined(number: int, reason: str, *, paragraph: int | None = None) -> Data:
    """An article (or paragraph) of the section that fines nobody, with the reason.

    For instance the section's scope article, an article that only orders closure or
    detention, or one whose fine another law sets (依照……的规定予以处罚).
    """
    out: Data = {"article": number, "reason": reason}
    if paragraph is not None:
        out["paragraph"] = paragraph
    return out
