"""Checks of one section module of the violation catalogue against the law's text.

``problems(module)`` lists everything wrong with a section module of
`ecoreg.law.catalogue` (``s01_monitoring`` …): kinds that do not validate, quotes
that are not the law's words, amounts in a quote that no rule of the article
uses (and amounts in a rule that its quote does not contain), fining articles of
the section with no kind, and bases that leave a gap or cannot be resolved.
``tests/test_catalogue.py`` runs it for every section; ``scripts/check_catalogue.py``
runs it for one while a section is written.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import law_texts
from ecoreg.core._fine_rules import CaseFacts, FineRule
from ecoreg.core._records import ViolationKind
from ecoreg.exceptions import EcoregError

if TYPE_CHECKING:
    from types import ModuleType

    from ecoreg.core._citations import Citation

CODE_ID = "cn.eco-environment-code.2026"
FIRST_DAY = dt.date(2021, 1, 1)
CODE_DAY = dt.date(2026, 8, 15)


def _rule_amounts(rule: FineRule | None) -> dict[str, set[Decimal]]:
    if rule is None:
        return {}
    return {key: {v.normalize() for v in values} for key, values in rule.amounts().items()}


def _merge(into: dict[str, set[Decimal]], more: dict[str, set[Decimal]]) -> None:
    for key, values in more.items():
        into.setdefault(key, set()).update(v.normalize() for v in values)


def _fact_sets(rule: FineRule) -> list[CaseFacts]:
    """Cases that reach each band of a rule (every amount fact stated)."""
    money = {
        name: Decimal("123456.78")
        for name in (
            "goods_value",
            "illegal_gains",
            "project_investment",
            "contract_price",
            "disposal_cost",
            "direct_loss",
            "dumping_fee",
            "unsurrendered_allowance_value",
            "prior_year_income",
        )
    }
    base: dict[str, Any] = {**money, "count": 3}
    cases = [CaseFacts(**base)]
    data = rule.to_data()

    def walk(node: dict[str, Any]) -> None:
        if node.get("shape") == "tiers":
            for tier in node["tiers"]:
                facts = dict(base)
                for cond in tier["when"]:
                    if "below" in cond:
                        facts[cond["fact"]] = Decimal(cond["below"]) - 1
                    else:
                        facts[cond["fact"]] = cond["equals"]
                cases.append(CaseFacts(**facts))
                walk(tier["rule"])
        elif node.get("shape") == "scaled":
            walk(node["rule"])

    walk(data)
    return cases


_BOOLEAN_FACTS = {
    "serious",
    "especially_serious",
    "severe_consequences",
    "refused_to_correct",
    "pollution_caused",
    "pollutant_is_industrial_noise",
    "hazardous_waste",
}


def _open_tiers(node: dict[str, Any]) -> list[str]:
    """Tiers whose bands all need a finding (a boolean fact) and that have no band for the
    case without it: the law then fines nothing, which the rule must say (``no_fine``)."""
    out: list[str] = []
    if node.get("shape") == "tiers":
        bands = node["tiers"]
        facts = {c["fact"] for b in bands for c in b["when"]}
        if bands[-1]["when"] and facts <= _BOOLEAN_FACTS:
            out.append(
                "a tiered rule whose bands all need a finding has no band without it: end it "
                "with band(no_fine()) (or the band the law gives otherwise)"
            )
        for band in bands:
            out.extend(_open_tiers(band["rule"]))
    elif node.get("shape") == "scaled":
        out.extend(_open_tiers(node["rule"]))
    return out


def _provision(
    kind_id: str,
    cite: Citation,
    fine: FineRule,
    persons: FineRule | None,
    quoted: dict[tuple[str, int], dict[str, set[Decimal]]],
    ruled: dict[tuple[str, int], dict[str, set[Decimal]]],
) -> list[str]:
    out: list[str] = []
    iid = cite.instrument.id
    where = f"{kind_id} [{cite.label_en}]"
    if cite.article is None:
        return [f"{where}: no article"]
    if not cite.quote_zh:
        out.append(f"{where}: no quote")
    elif not law_texts.has_text(iid):
        out.append(f"{where}: no text tests/data/law/{iid}.md to check the quote against")
    else:
        try:
            missing = law_texts.quote_parts_missing(iid, cite.article, cite.quote_zh)
        except KeyError:
            missing = [f"(article {cite.article} not found in the text)"]
        out.extend(f"{where}: quote part not in the law's text: {m}" for m in missing)
        _merge(quoted.setdefault((iid, cite.article), {}), law_texts.amounts(cite.quote_zh))
    amounts = ruled.setdefault((iid, cite.article), {})
    _merge(amounts, _rule_amounts(fine))
    _merge(amounts, _rule_amounts(persons))
    for rule in (fine, persons):
        if rule is None:
            continue
        out.extend(f"{where}: {p}" for p in _open_tiers(rule.to_data()))
        for facts in _fact_sets(rule):
            try:
                got = rule.resolve(facts)
            except EcoregError:
                continue
            if got.low > got.high:
                out.append(f"{where}: minimum above maximum for {facts.stated()}")
    return out


def problems(module: ModuleType) -> list[str]:  # noqa: C901, PLR0912 - one block per check
    """Everything wrong with a section module, as readable lines (empty when it is right)."""
    out: list[str] = []
    section = module.SECTION
    first, last = section["first"], section["last"]
    kinds: list[ViolationKind] = []
    for data in module.KINDS:
        try:
            kinds.append(ViolationKind.from_data(data))
        except EcoregError as exc:
            out.append(f"{data.get('id')}: does not validate: {exc}")
    quoted: dict[tuple[str, int], dict[str, set[Decimal]]] = {}
    ruled: dict[tuple[str, int], dict[str, set[Decimal]]] = {}
    covered: set[int] = set()
    for kind in kinds:
        for basis in kind.bases:
            if basis.citation.instrument.id == CODE_ID and basis.citation.article is not None:
                covered.add(basis.citation.article)
            provisions = [(basis.citation, basis.fine, basis.persons)]
            provisions += [(c.citation, c.fine, c.persons) for c in basis.concurrent]
            for cite, fine, persons in provisions:
                out.extend(_provision(kind.id, cite, fine, persons, quoted, ruled))
            where = f"{kind.id} [{basis.citation.label_en}]"
            if not basis.enforcers:
                out.append(f"{where}: no enforcer")
            if not basis.daily_penalty_note:
                out.append(f"{where}: no reading of the daily penalty")
        first_day = max(FIRST_DAY, kind.bases[0].starts)
        days = (first_day + dt.timedelta(days=n) for n in range((CODE_DAY - first_day).days))
        gaps = [d for d in days if kind.basis_on(d) is None]
        if gaps:
            out.append(f"{kind.id}: no basis from {gaps[0]} to {gaps[-1]}, between two bases")
        if kind.bases[0].starts > FIRST_DAY and not kind.bases[0].citation.note:
            out.append(
                f"{kind.id}: the first basis starts on {kind.bases[0].starts}; say in its "
                "citation's note why no earlier law fined the conduct (new in the Code, a law in "
                "force only from that day, or an earlier fine without an amount: use unspecified)"
            )
        if kind.basis_on(CODE_DAY) is None:
            out.append(f"{kind.id}: no basis under the Code")
    for key in sorted(set(quoted) | set(ruled)):
        q, r = quoted.get(key, {}), ruled.get(key, {})
        for unit in ("yuan", "times", "percent"):
            extra_q = q.get(unit, set()) - r.get(unit, set())
            extra_r = r.get(unit, set()) - q.get(unit, set())
            if extra_q:
                out.append(
                    f"{key[0]} Art. {key[1]}: {unit} in the quotes, in no rule: {sorted(extra_q)}"
                )
            if extra_r:
                out.append(
                    f"{key[0]} Art. {key[1]}: {unit} in a rule, in no quote: {sorted(extra_r)}"
                )
    unfined = {entry["article"] for entry in module.NOT_FINING}
    out.extend(
        f"Code Art. {number} fines but has no kind and no NOT_FINING entry"
        for number in sorted(law_texts.fining_articles(CODE_ID, first, last))
        if number not in covered and number not in unfined
    )
    for entry in module.NOT_FINING:
        if not first <= entry["article"] <= last:
            out.append(f"NOT_FINING Art. {entry['article']} is outside the section")
        if not entry.get("reason"):
            out.append(f"NOT_FINING Art. {entry['article']} has no reason")
    ids = [k.id for k in kinds]
    out.extend(f"duplicate id {i}" for i, n in itertools.groupby(sorted(ids)) if len(list(n)) > 1)
    return out
