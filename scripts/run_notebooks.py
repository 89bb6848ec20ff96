"""Run every notebook of ``examples/`` and keep the executed copies for the docs site.

Usage: ``python scripts/run_notebooks.py [NAME ...]`` (``make notebooks``). Each notebook runs
top to bottom in its own kernel, from the ``examples/`` folder, with matplotlib's inline
backend. The executed notebook is written to ``docs/notebooks/`` as Markdown with its tables
and plots (nbconvert), so the docs site shows it as a reader sees it, in both languages.
(mkdocs-jupyter would render the notebooks directly, but not beside the i18n plugin:
ultrabug/mkdocs-static-i18n#198.)

The run fails on an error in any cell, and on anything a cell writes to stderr: a warning is
a defect to fix, not noise. That includes matplotlib's ``Glyph … missing from font(s)`` when a
Chinese label has no CJK font, so a plot whose labels would show as boxes fails the check.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import MarkdownExporter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUT = ROOT / "docs" / "notebooks"
TIMEOUT = 600
"""Seconds a cell may take."""


def _stderr(nb: nbformat.NotebookNode) -> list[str]:
    """What the cells wrote to stderr, with the cell's number."""
    return [
        f"cell {number}: {output.get('text', '').strip()}"
        for number, cell in enumerate(nb.cells)
        for output in cell.get("outputs", [])
        if output.get("output_type") == "stream" and output.get("name") == "stderr"
    ]


def run(path: Path) -> list[str]:
    """Execute one notebook, write its executed copy, and return its problems."""
    nb = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    client = NotebookClient(
        nb, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        return [f"a cell failed:\n{exc}"]
    _write_page(nb, path.stem)
    return _stderr(nb)


def _write_page(nb: nbformat.NotebookNode, stem: str) -> None:
    """The executed notebook as a Markdown page, its figures in ``<stem>_files/``."""
    exporter = MarkdownExporter()  # type: ignore[no-untyped-call]
    body, resources = exporter.from_notebook_node(
        nb, resources={"unique_key": stem, "output_files_dir": f"{stem}_files"}
    )
    for name, data in resources.get("outputs", {}).items():
        target = OUT / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    (OUT / f"{stem}.md").write_text(body, encoding="utf-8")


def main(names: list[str]) -> int:
    """Run the notebooks (all, or those named) and report; returns the exit status."""
    os.environ.pop("MPLBACKEND", None)  # the inline backend puts each figure in the output
    OUT.mkdir(parents=True, exist_ok=True)
    paths = sorted(EXAMPLES.glob("*.ipynb"))
    if names:
        paths = [p for p in paths if p.stem in names or p.name in names]
    failed = 0
    for path in paths:
        start = time.perf_counter()
        problems = run(path)
        took = time.perf_counter() - start
        if problems:
            failed += 1
            print(f"FAILED {path.name} ({took:.0f} s):", *problems, sep="\n  ")
        else:
            print(f"ok {path.name} ({took:.0f} s)")
    print(f"{len(paths) - failed} of {len(paths)} notebooks ran clean")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
