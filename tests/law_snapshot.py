"""The snapshot of decisions around the 生态环境法典's first day (python-holidays-style golden file).

For the twelve kinds of ``KINDS``, a fine and a leniency decision for an act on 2026-08-14
and on 2026-08-15, decided on 2026-09-01 in Dongguan. ``tests/test_law.py``
compares them with ``tests/snapshots/law-by-date.jsonl``; after a deliberate
change of law data, regenerate the file with ``python tests/law_snapshot.py`` and
review the diff like any other change of law.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from ecoreg import Harm, ViolationCase, decide_fine, decide_leniency, standard_policy_book
from snapshot_check import document, line

SNAPSHOT = Path(__file__).resolve().parent / "snapshots" / "law-by-date.jsonl"
DECIDED = dt.date(2026, 9, 1)
# The twelve conducts ecoreg knew before the whole catalogue (issue 21); the catalogue's data is
# reviewed through its generated pages (docs/catalogue, scripts/gen_catalogue.py --check).
KINDS = (
    "air.evading-monitoring",
    "air.no-permit",
    "air.over-limit",
    "dust.industrial-not-enclosed",
    "dust.uncovered-stockpile",
    "monitoring.anomaly-not-reported",
    "monitoring.equipment-interference",
    "monitoring.falsified-data",
    "monitoring.not-networked",
    "monitoring.not-running",
    "water.evading-monitoring",
    "water.over-limit",
)


def lines() -> list[str]:
    """One JSON line per decision, in a fixed order."""
    policy = standard_policy_book().resolve("CN-GD-DG", DECIDED)
    out = []
    for kind in KINDS:
        for act in (dt.date(2026, 8, 14), dt.date(2026, 8, 15)):
            case = ViolationCase(
                kind=kind,
                occurred_on=act,
                discovered_on=act + dt.timedelta(days=3),
                corrected_on=act + dt.timedelta(days=5),
                corrected_promptly=True,
                harm=Harm.SLIGHT,
                exceedance_ratio=Decimal("0.3"),
                destination_level=2,
            )
            for rule, decision in (
                ("fine", decide_fine(case, policy=policy, decided_on=DECIDED)),
                ("leniency", decide_leniency(case, policy=policy, decided_on=DECIDED)),
            ):
                key = f"{kind} {act} {rule}"
                out.append(line(key, {"decision": document(decision)}))
    return out


if __name__ == "__main__":
    from snapshot_check import write

    write(SNAPSHOT, lines)
