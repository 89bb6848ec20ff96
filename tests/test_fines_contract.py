"""Penalty decisions' contract: every rule of leniency, the fine and the daily penalty, pinned.

`test_fines.py` and `test_law.py` show the worked cases of the seeds and the law; the snapshot
pins each reason in both languages with its facts, for each must-not and may-not rule, each
aggravating and mitigating fact, pledges in time and a day late, law-study standings and each
trigger of the daily penalty. Written against the surviving mutants of
``make mutation MODULE=_fines``.
"""

from __future__ import annotations

from typing import Any

import fines_snapshot
from ecoreg import ViolationCase, decide_leniency
from policy_helpers import local_measure
from snapshot_check import changed_cases


def test_penalty_decisions_match_the_reviewed_snapshot() -> None:
    changed = changed_cases(fines_snapshot.SNAPSHOT, fines_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/fines_snapshot.py: {changed}"


def _item(ident: str, list_type: str) -> dict[str, Any]:
    return {
        "id": ident,
        "list_type": list_type,
        "title_zh": "示例事项",
        "title_en": "example item",
        "kinds": ["air.over-limit"],
        "citation": {
            "instrument": {
                "id": "x.list",
                "name_zh": "清单",
                "name_en": "list",
                "in_force": "2026-01-01",
            }
        },
        "conditions": [
            {
                "fact": "pollutants_over",
                "op": "<=",
                "value": 1,
                "description_zh": "仅一项污染物超标",
                "description_en": "only one pollutant over",
            }
        ],
    }


def test_a_minor_list_item_is_tried_before_a_first_violation_item() -> None:
    """Both items hold: the minor one decides (not penalized), whatever the ids' order."""
    data = local_measure(
        {"leniency.no_penalty_list": [_item("a.first", "first"), _item("b.minor", "minor")]}
    )
    policy = fines_snapshot.BOOK.extend(data).resolve("CN-TJ", fines_snapshot.DECIDED)
    case = ViolationCase.from_data(
        {**dict(fines_snapshot.cases())["first, slight harm"], "pollutants_over": 1}
    )
    decision = decide_leniency(case, policy=policy, decided_on=fines_snapshot.DECIDED)
    assert decision.outcome.outcome == "not_penalized"
    listed = [r for r in decision.reasons if r.rule_id == "leniency.list-item"]
    assert [{f.name: f.value for f in r.facts}["item"] for r in listed] == ["b.minor"]
    only_first = local_measure({"leniency.no_penalty_list": [_item("a.first", "first")]})
    policy = fines_snapshot.BOOK.extend(only_first).resolve("CN-TJ", fines_snapshot.DECIDED)
    decision = decide_leniency(case, policy=policy, decided_on=fines_snapshot.DECIDED)
    assert decision.outcome.outcome == "may_decline"
