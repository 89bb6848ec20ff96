import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import ecoreg
from ecoreg import _ops
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


def test_version_names_ecoreg_and_its_data(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"ecoreg {ecoreg.__version__} (law and policy data ")
    assert _ops.data_version().label in out


def test_serve_stdio_answers_a_batch_line_with_one_array_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    request = {
        "rule": "payment-deadline",
        "jurisdiction": "CN",
        "decided_on": "2026-09-16",
        "input": {"received_on": "2026-09-16"},
    }
    lines = [json.dumps({"id": 1, **request}), json.dumps([{"id": 2, **request}, {"id": 3}])]
    stdin = io.TextIOWrapper(io.BytesIO(("\n".join(lines) + "\n").encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["serve", "--stdio"]) == 0
    single, batch = capsys.readouterr().out.splitlines()
    assert json.loads(single)["result"]["last_day"] == "2026-10-08"
    answers = json.loads(batch)
    assert [a["id"] for a in answers] == [2, 3]
    assert answers[0]["result"] == json.loads(single)["result"]
    assert answers[1]["error"]["field"] == "rule"


def test_serve_stdio_reads_the_policy_file_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "policy.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setenv("ECOREG_POLICY", str(bad))
    assert main(["serve", "--stdio"]) == 2
    assert json.loads(capsys.readouterr().out)["error"]["field"] == "policy"
