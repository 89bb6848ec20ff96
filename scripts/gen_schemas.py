"""Write the published JSON Schemas to src/ecoreg/schemas/, or check they are current (--check)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ecoreg.schemas import SCHEMAS

OUT = Path(__file__).resolve().parent.parent / "src" / "ecoreg" / "schemas"


def main() -> int:
    """Generate or check the schema files; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args()
    stale = []
    if not args.check:
        for old in OUT.glob("*.schema.json"):
            old.unlink()
    for name, generate in sorted(SCHEMAS.items()):
        path = OUT / f"{name}.schema.json"
        text = json.dumps(generate(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(OUT.parent)}")
    if stale:
        print(f"stale schemas (run scripts/gen_schemas.py): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
