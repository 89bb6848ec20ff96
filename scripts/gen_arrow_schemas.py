"""Write the published Arrow schemas to src/ecoreg/schemas/<name>.arrow.json, or check them (--check).

Each file names the columns, their Arrow types, whether they may be null and what they hold,
and carries the schema in Arrow's own IPC encoding (``ipc_base64``), which any Arrow library
reads (``pyarrow.ipc.read_schema(pyarrow.py_buffer(base64.b64decode(...)))``).
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
from pathlib import Path
from typing import Any

from ecoreg.schemas import ARROW_SCHEMAS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "ecoreg" / "schemas"


def document(name: str, schema: Any) -> dict[str, Any]:
    """The JSON document of one Arrow schema."""
    return {
        "$id": f"urn:ecoreg:arrow:{name}",
        "fields": [
            {
                "name": f.name,
                "type": str(f.type),
                "nullable": f.nullable,
                "description": (f.metadata or {}).get(b"description", b"").decode("utf-8"),
            }
            for f in schema
        ],
        "ipc_base64": base64.b64encode(schema.serialize().to_pybytes()).decode("ascii"),
    }


def main() -> int:
    """Generate or check the Arrow schema files; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a file is stale")
    args = parser.parse_args()
    stale = []
    if not args.check:
        for old in OUT.glob("*.arrow.json"):
            old.unlink()
    for name, generate in sorted(ARROW_SCHEMAS.items()):
        path = OUT / f"{name}.arrow.json"
        text = json.dumps(document(name, generate()), ensure_ascii=False, indent=2) + "\n"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(
            f"stale files (run scripts/gen_arrow_schemas.py): {', '.join(stale)}", file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
