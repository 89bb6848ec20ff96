"""Penalty decisions' contract: every rule of leniency, the fine and the daily penalty, pinned.

`test_fines.py` and `test_law.py` show the worked cases of the seeds and the law; the snapshot
pins each reason in both languages with its facts, for each must-not and may-not rule, each
aggravating and mitigating fact, pledges in time and a day late, law-study standings and each
trigger of the daily penalty. Written against the surviving mutants of
``make mutation MODULE=_fines``.
"""

from __future__ import annotations

import fines_snapshot
from snapshot_check import changed_cases


def test_penalty_decisions_match_the_reviewed_snapshot() -> None:
    changed = changed_cases(fines_snapshot.SNAPSHOT, fines_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/fines_snapshot.py: {changed}"
