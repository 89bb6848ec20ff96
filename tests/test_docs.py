"""Every Python code block of the documentation runs (issue 14: the docs cannot drift).

Blocks of one page run in order and share their names, as a reader pastes them one after the
other. `make docs` runs this file too, so a broken block fails the docs build.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mktestdocs import check_md_file

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.glob("*.md"))


def test_the_documentation_has_code_to_check() -> None:
    assert len(PAGES) >= 15
    assert sum(p.read_text(encoding="utf-8").count("```python") for p in PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_code_block_of_a_page_runs(page: Path) -> None:
    check_md_file(fpath=page, memory=True)
