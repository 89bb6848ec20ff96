import subprocess
import sys

import pytest

from ecoreg.cli import main


def test_demo_prints_a_deadline_with_its_explanation_in_both_languages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-08" in out
    assert "第二百零三条" in out
    assert "Civil Code of the PRC, Art. 203" in out
    assert "2027" in out
    assert "provisional" not in out.split("2027")[0]
    assert "《中华人民共和国生态环境法典》第一千一百零七条" in out
    assert "Ecological Environment Code of the PRC, Art. 1107" in out


def test_deadline_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "--from", "2026-09-29", "--days", "5"]) == 0
    assert "2026-10-12" in capsys.readouterr().out


def test_deadline_command_reports_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "--from", "2026-09-29", "--days", "0"]) == 2
    assert "days" in capsys.readouterr().out


def test_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "ecoreg", "demo"], capture_output=True, text=True, check=True
    )
    assert "2026-10-12" in out.stdout
