"""Grading's contract: every reason of every kind of record and profile, pinned word for word.

`test_grading.py` shows grading does what the seeds describe; the snapshot pins each reason
in both languages with its facts, the window edges (the anniversary day counts, the day after
does not) and the batch columns and summary. Written against the surviving mutants of
``make mutation MODULE=_grading``.
"""

from __future__ import annotations

import grading_snapshot
from snapshot_check import changed_cases


def test_grading_matches_the_reviewed_snapshot() -> None:
    changed = changed_cases(grading_snapshot.SNAPSHOT, grading_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/grading_snapshot.py: {changed}"
