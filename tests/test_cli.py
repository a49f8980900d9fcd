"""The command line: analyze --json prints one object per file; errors are one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefgen.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "seeds" / "iran-talks-white-house.txt"


def test_analyze_json_prints_one_object_per_line(capsys, tmp_path: Path) -> None:
    second = tmp_path / "second.md"
    second.write_text("---\ntitle: Council vote\ndate: 2024-05-01\n---\nThe council voted on Tuesday.\n", encoding="utf-8")
    assert main(["analyze", str(EXAMPLE), str(second), "--json"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    first, other = (json.loads(line) for line in lines)
    assert len(first["body"]) == 13
    assert other["title"] == "Council vote" and other["date"] == "2024-05-01"


def test_missing_file_is_a_one_line_error_and_the_others_still_run(capsys, tmp_path: Path) -> None:
    code = main(["analyze", str(tmp_path / "nope.txt"), str(EXAMPLE), "--json"])
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.out.strip().splitlines()) == 1  # the good file was still analysed
    assert "nope.txt" in captured.err and "Traceback" not in captured.err


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "briefgen", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.startswith("briefgen ")


def test_unknown_evaluation_set_is_reported_without_traceback(capsys) -> None:
    assert main(["eval", "no-such-set", "--data", str(ROOT)]) == 2
    err = capsys.readouterr().err
    assert "unknown evaluation" in err and "Traceback" not in err


def test_analyze_does_not_block_on_a_fifo(capsys, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert main(["analyze", str(fifo), "--json"]) == 1
    err = capsys.readouterr().err
    assert "pipe.txt" in err and "Traceback" not in err
