"""Print the mutation score of one module from a finished mutmut run.

Usage: python scripts/mutation_score.py TREE MODULE (e.g. ``.mutation _money``). The score is
killed / (killed + survived); mutants with no covering test or a timeout are listed apart.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

# mutmut's exit codes per mutant: the test run failed (killed), passed (survived), …
_KILLED, _SURVIVED, _NO_TESTS = 1, 0, 33


def main() -> int:
    """Read the module's .meta file and print its counts and score; returns the exit status."""
    tree, module = Path(sys.argv[1]), sys.argv[2]
    meta = tree / "mutants" / "src" / "ecoreg" / f"{module}.py.meta"
    codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    counts = Counter(
        "killed"
        if code == _KILLED
        else "survived"
        if code == _SURVIVED
        else "no tests"
        if code == _NO_TESTS
        else "not run"
        if code is None
        else "timeout or other"
        for code in codes.values()
    )
    judged = counts["killed"] + counts["survived"]
    score = 100 * counts["killed"] / judged if judged else 0.0
    print(f"{module}: {score:.1f} % ({counts['killed']} killed of {judged}; {dict(counts)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
