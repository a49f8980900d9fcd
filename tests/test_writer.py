"""Atomic writes: old or new file, never half; temporaries of a killed run are cleaned up."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from briefgen.writer import remove_stale_temporaries, write_atomic, write_if_changed


def test_write_atomic_replaces_the_whole_file(tmp_path: Path) -> None:
    page = tmp_path / "deep" / "page.md"
    write_atomic(page, "first")
    write_atomic(page, "second")
    assert page.read_text(encoding="utf-8") == "second"
    assert [p.name for p in page.parent.iterdir()] == ["page.md"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.md"
    write_atomic(page, "old")

    def boom(src: str, dst: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("briefgen.writer.os.replace", boom)
    with pytest.raises(OSError):
        write_atomic(page, "new")
    assert page.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_write_if_changed_keeps_an_identical_file_untouched(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    assert write_if_changed(page, "same") is True
    before = page.stat().st_mtime_ns
    assert write_if_changed(page, "same") is False
    assert page.stat().st_mtime_ns == before


def test_stale_temporaries_are_removed_and_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "briefings").mkdir()
    fd, stale = tempfile.mkstemp(prefix=".page.md.", suffix=".tmp", dir=tmp_path / "briefings")  # as write_atomic names them
    os.close(fd)
    Path(stale).write_text("half", encoding="utf-8")
    keep = [tmp_path / "briefings" / "page.md", tmp_path / ".notes.tmp", tmp_path / "about.md"]
    for path in keep:
        path.write_text("x", encoding="utf-8")
    assert remove_stale_temporaries(tmp_path) == [Path(stale)]
    assert all(path.exists() for path in keep)
    assert not Path(stale).exists()
