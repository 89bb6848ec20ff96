"""Payment's contract: relief, plan checks and surcharges at every limit, pinned word for word.

`test_payment.py` shows the worked cases of the seeds; the snapshot pins each reason and hint
in both languages with its facts, at and one step past each limit (term, gap, share, the
longest deferral to the day, the surcharge cap). Written against the surviving mutants of
``make mutation MODULE=_payment``.
"""

from __future__ import annotations

import payment_snapshot
from snapshot_check import changed_cases


def test_payment_matches_the_reviewed_snapshot() -> None:
    changed = changed_cases(payment_snapshot.SNAPSHOT, payment_snapshot.lines)
    assert not changed, f"review, then regenerate with python tests/payment_snapshot.py: {changed}"
