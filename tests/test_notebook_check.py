"""The notebook check fails on what a reader would see as broken (issue 14).

A Chinese label without a CJK font draws as boxes, and matplotlib only warns about it; the
notebook runner (``make notebooks``, which ``make docs`` needs) turns that warning into a
failure. This test runs a one-cell notebook through it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import run_notebooks


def _notebook(path: Path, source: str) -> Path:
    nb = nbformat.v4.new_notebook()  # type: ignore[no-untyped-call]
    nb.cells = [nbformat.v4.new_code_cell(source)]  # type: ignore[no-untyped-call]
    nbformat.write(nb, path)  # type: ignore[no-untyped-call]
    return path


def test_a_chinese_label_without_a_cjk_font_fails_the_check(tmp_path: Path) -> None:
    run_notebooks.OUT = tmp_path
    plot = (
        "import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.set_title('{}')\nplt.show()"
    )
    broken = run_notebooks.run(_notebook(tmp_path / "boxes.ipynb", plot.format("中文标题")))
    assert len(broken) == 1
    assert "Glyph" in broken[0]
    assert "missing from font" in broken[0]
    clean = run_notebooks.run(_notebook(tmp_path / "latin.ipynb", plot.format("Latin title")))
    assert clean == []
    assert (tmp_path / "latin.ipynb").exists()  # the executed copy, for the docs site
