"""Every bundled no-penalty list (免罚清单), whatever its jurisdiction: properties.

* No list item covers, or ever applies to, a never-lenient kind (falsified data, evading
  monitoring, illegal hazardous-waste dumping …): ecoreg's exclusion comes before the lists.
* Every item covers kinds of the catalogue, so it matches by conduct, not by the article the
  list was written against.
* An expired measure never applies: Jiangmen's list from 2025-02-01, Guangdong's directory from
  2027-01-01, Shanxi's 2022 edition from 2025-07-04.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ecoreg import Harm, ListFacts, ViolationCase, decide_leniency, standard_policy_book
from ecoreg.law.catalogue import kind, kinds
from ecoreg.testing import list_facts

D = dt.date
BOOK = standard_policy_book()
LIST_KEY = "leniency.no_penalty_list"
CODES = sorted(BOOK.jurisdictions)
NEVER = sorted(k.id for k in kinds().values() if k.never_lenient)
DAYS = [D(year, month, 1) for year in range(2020, 2032) for month in (1, 4, 7, 10)]


def _items(code: str, day: dt.date) -> dict[str, Any]:
    policy = BOOK.resolve(code, day)
    return dict(policy.records(LIST_KEY)) if LIST_KEY in policy.parameters else {}


def test_every_item_covers_catalogue_kinds_none_never_lenient() -> None:
    seen = set()
    for code in CODES:
        for day in DAYS:
            for ident, item in _items(code, day).items():
                seen.add(ident)
                for kind_id in item.kinds:
                    assert not kind(kind_id).never_lenient, (code, day, ident, kind_id)
    assert len(seen) == 22 + 35 + 4  # Guangdong, Jiangmen, Shanxi (two items in each edition)


@settings(max_examples=150, deadline=None)
@given(
    kind_id=st.sampled_from(NEVER),
    code=st.sampled_from(CODES),
    day=st.dates(min_value=D(2022, 3, 1), max_value=D(2030, 6, 30)),
    facts=list_facts(),
    ratio=st.sampled_from([None, "0.05", "0.5"]),
    harm=st.sampled_from(list(Harm)),
)
def test_no_item_ever_applies_to_a_never_lenient_kind(
    kind_id: str, code: str, day: dt.date, facts: ListFacts, ratio: str | None, harm: Harm
) -> None:
    act = day - dt.timedelta(days=20)
    assume(kind(kind_id).basis_on(act) is not None)
    assume((act < D(2026, 8, 15)) is (day < D(2026, 8, 15)))  # no comparison across the Code
    case = ViolationCase.model_validate(
        {
            "kind": kind_id,
            "occurred_on": act,
            "discovered_on": act + dt.timedelta(days=2),
            "corrected_on": act + dt.timedelta(days=5),
            "corrected_promptly": True,
            "harm": harm,
            "pollutants_over": 1,
            "exceedance_ratio": ratio,
            "list_facts": facts,
        }
    )
    d = decide_leniency(case, policy=BOOK.resolve(code, day), decided_on=day)
    assert d.outcome.list_item is None


ENDS = {
    "cn-gd-jm.": D(2025, 1, 31),  # 江环〔2021〕231号 note 5: three years from 2022-02-01
    "cn-gd.": D(2026, 12, 31),  # 粤环发〔2021〕7号 Art. 25: five years from 2022-01-01
    "cn-sx.2022.": D(2025, 7, 3),  # replaced by the 2025 edition
}


@settings(max_examples=100, deadline=None)
@given(
    prefix=st.sampled_from(sorted(ENDS)),
    code=st.sampled_from(CODES),
    days_after=st.integers(1, 2000),
)
def test_an_expired_measure_never_applies(prefix: str, code: str, days_after: int) -> None:
    day = ENDS[prefix] + dt.timedelta(days=days_after)
    assert not [i for i in _items(code, day) if i.startswith(prefix)]


def test_the_last_day_of_each_measure_still_applies_it() -> None:
    for prefix, end in ENDS.items():
        code = {"cn-gd-jm.": "CN-GD-JM", "cn-gd.": "CN-GD", "cn-sx.2022.": "CN-SX"}[prefix]
        assert [i for i in _items(code, end) if i.startswith(prefix)], prefix
