"""``python -m ecoreg``: the command-line edge (see `ecoreg.cli`)."""

from ecoreg.cli import main

raise SystemExit(main())
