"""Write the published JSON Schemas to src/ecoreg/schemas/, or check they are current (--check).

The example requests of the OpenAPI document go to examples/requests/<rule>.json alike.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ecoreg._openapi import EXAMPLES
from ecoreg.schemas import SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "ecoreg" / "schemas"
REQUESTS = ROOT / "examples" / "requests"


def main() -> int:
    """Generate or check the schema files; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args()
    stale = []
    if not args.check:
        for old in OUT.glob("*.schema.json"):
            old.unlink()
    files = {
        OUT / f"{name}.schema.json": json.dumps(
            generate(), ensure_ascii=False, indent=2, sort_keys=True
        )
        for name, generate in sorted(SCHEMAS.items())
    }
    for rule, request in sorted(EXAMPLES.items()):
        files[REQUESTS / f"{rule}.json"] = json.dumps(request, ensure_ascii=False, indent=2)
    for path, body in files.items():
        text = body + "\n"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"stale files (run scripts/gen_schemas.py): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
