"""An undated source's file date is its last commit's date when git holds it unchanged, so a fresh clone keeps it."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sample_articles import UNDATED_BRIDGE

from briefgen.build import generate
from briefgen.commit_dates import commit_dates, committed_time, dated, parse_log
from briefgen.config import BriefConfig
from briefgen.sources import load

GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")

JAN_2020 = 1_577_959_200  # 2020-01-02 10:00 UTC
MAR_2021 = 1_615_000_000  # 2021-03-06 UTC
NOW_ISH = 1_790_000_000  # 2026-09 UTC: a checkout's mtime


def blob(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No user or system git configuration: the same repository on every machine."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for key, value in {"GIT_AUTHOR_NAME": "Ed", "GIT_AUTHOR_EMAIL": "ed@example.org",
                       "GIT_COMMITTER_NAME": "Ed", "GIT_COMMITTER_EMAIL": "ed@example.org"}.items():
        monkeypatch.setenv(key, value)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


def commit(repo: Path, when: int, message: str = "edit") -> None:
    """Commit everything, authored at `when` and committed a day later (the file date is the author's)."""
    git(repo, "add", "-A")
    env = {**os.environ, "GIT_AUTHOR_DATE": f"@{when} +0000", "GIT_COMMITTER_DATE": f"@{when + 86_400} +0000"}
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", message], check=True, capture_output=True, env=env)


def touch(path: Path, when: int = NOW_ISH) -> None:
    os.utime(path, (when, when))


# Rules of parse_log, on git's own output shape (\x01<time>\0, then ":modes old new status\0path\0…").
def raw(old: str, new: str, status: str, *paths: str) -> bytes:
    return b"\n:100644 100644 " + f"{old} {new} {status}".encode() + b"\0" + b"".join(p.encode() + b"\0" for p in paths)


A, B, Z = "a" * 40, "b" * 40, "0" * 40


@pytest.mark.parametrize(("rule", "log", "dates"), [
    ("newest_change_wins", b"\x01200\0" + raw(A, B, "M", "x.txt") + b"\x01100\0" + raw(Z, A, "A", "x.txt"),
     {"x.txt": (B, 200)}),
    ("unchanged_move_keeps_the_date_before_it",
     b"\x01300\0" + raw(A, A, "R100", "x.txt", "sub/x.txt") + b"\x01100\0" + raw(Z, A, "A", "x.txt"),
     {"x.txt": (A, 100), "sub/x.txt": (A, 100)}),
    ("move_with_an_edit_is_a_change", b"\x01300\0" + raw(A, B, "R087", "x.txt", "y.txt") + b"\x01100\0"
     + raw(Z, A, "A", "x.txt"), {"y.txt": (B, 300), "x.txt": (A, 100)}),
    ("deletion_is_the_newest_change", b"\x01300\0" + raw(A, Z, "D", "x.txt") + b"\x01100\0" + raw(Z, A, "A", "x.txt"),
     {"x.txt": (Z, 300)}),
    ("several_files_in_one_commit", b"\x01100\0" + raw(Z, A, "A", "a b.txt") + raw(Z, B, "A", "ü.md"),
     {"a b.txt": (A, 100), "ü.md": (B, 100)}),
    ("no_output", b"", {}),
])
def test_parse_log(rule: str, log: bytes, dates: dict[str, tuple[str, int]]) -> None:
    assert parse_log(log) == dates, rule


@pytest.mark.parametrize(("rule", "entry", "data", "when"), [
    ("same_bytes", (blob(b"text\n"), 100), b"text\n", 100),
    ("changed_since", (blob(b"text\n"), 100), b"text, edited\n", None),
    ("uncommitted", None, b"text\n", None),
    ("sha256_repository", (hashlib.sha256(b"blob 5\0text\n").hexdigest(), 100), b"text\n", 100),
])
def test_committed_time(rule: str, entry: tuple[str, int] | None, data: bytes, when: int | None) -> None:
    assert committed_time(entry, data) == when, rule


def test_no_git_work_tree_or_no_git_means_no_dates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(UNDATED_BRIDGE, encoding="utf-8")
    assert commit_dates(tmp_path) == {}
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    assert commit_dates(tmp_path) == {}
    assert commit_dates(tmp_path / "missing") == {}


@needs_git
def test_a_repository_without_commits_gives_no_dates(tmp_path: Path, git_env: None) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "a.txt").write_text(UNDATED_BRIDGE, encoding="utf-8")
    assert commit_dates(tmp_path) == {}


@needs_git
def test_commit_dates_of_a_real_repository(tmp_path: Path, git_env: None) -> None:
    git(tmp_path, "init", "-q")
    seeds = tmp_path / "seeds"
    (seeds / "old").mkdir(parents=True)
    (tmp_path / "README").write_text("outside the folder\n", encoding="utf-8")
    (seeds / "a.txt").write_text("first\n", encoding="utf-8")
    (seeds / "old" / "moved.txt").write_text("moved\n", encoding="utf-8")
    commit(tmp_path, JAN_2020)
    (seeds / "a.txt").write_text("second\n", encoding="utf-8")
    (seeds / "new").mkdir()
    (seeds / "old" / "moved.txt").rename(seeds / "new" / "moved.txt")
    commit(tmp_path, MAR_2021)
    assert commit_dates(seeds) == {
        "a.txt": (blob(b"second\n"), MAR_2021),
        "new/moved.txt": (blob(b"moved\n"), JAN_2020),  # moved unchanged: dated by its last change
        "old/moved.txt": (blob(b"moved\n"), JAN_2020),
    }


def page_date(project: Path, name: str) -> str:
    text = (project / "site_src" / "briefings" / name).read_text(encoding="utf-8")
    return next(line for line in text.splitlines() if "(file date)" in line)


@needs_git
def test_an_undated_source_keeps_its_commit_date_in_a_fresh_clone(project: Path, tmp_path: Path,
                                                                  git_env: None) -> None:
    git(project, "init", "-q")
    (project / "seeds" / "bridge.txt").write_text(UNDATED_BRIDGE, encoding="utf-8")
    commit(project, JAN_2020)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(project), str(clone)], check=True, capture_output=True)
    touch(clone / "seeds" / "bridge.txt")  # a checkout's mtime is the day it ran
    for root in (project, clone):
        report = generate(BriefConfig(root=root))
        assert report.analysed == 1
        assert "2020-01-02 (file date)" in page_date(root, "bridge.md")
    assert (project / "site_src" / "briefings" / "bridge.md").read_bytes() == \
        (clone / "site_src" / "briefings" / "bridge.md").read_bytes()


@needs_git
def test_an_uncommitted_or_edited_source_is_dated_by_its_mtime(project: Path, git_env: None) -> None:
    git(project, "init", "-q")
    (project / "seeds" / "bridge.txt").write_text(UNDATED_BRIDGE, encoding="utf-8")
    commit(project, JAN_2020)
    edited = project / "seeds" / "bridge.txt"
    edited.write_text(UNDATED_BRIDGE.replace("four million", "five million"), encoding="utf-8")
    touch(edited, MAR_2021)
    new = project / "seeds" / "new.txt"
    new.write_text(UNDATED_BRIDGE, encoding="utf-8")
    touch(new, MAR_2021)
    generate(BriefConfig(root=project))
    assert "2021-03-06 (file date)" in page_date(project, "bridge.md")
    assert "2021-03-06 (file date)" in page_date(project, "new.md")


@needs_git
def test_committing_a_built_source_dates_it_by_the_commit_and_nothing_else_is_redone(project: Path,
                                                                                    git_env: None) -> None:
    git(project, "init", "-q")
    source = project / "seeds" / "bridge.txt"
    source.write_text(UNDATED_BRIDGE, encoding="utf-8")
    touch(source, MAR_2021)
    assert generate(BriefConfig(root=project)).analysed == 1
    assert "2021-03-06 (file date)" in page_date(project, "bridge.md")
    commit(project, JAN_2020)  # same bytes, same mtime: only the commit is new
    assert generate(BriefConfig(root=project)).analysed == 1
    assert "2020-01-02 (file date)" in page_date(project, "bridge.md")
    report = generate(BriefConfig(root=project))
    assert report.analysed == 0 and report.written == []


def test_a_source_is_dated_by_its_commit_only_for_the_committed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"text\n")
    touch(path, MAR_2021)
    assert dated(load(path, tmp_path), (blob(b"text\n"), JAN_2020)).mtime == JAN_2020
    assert dated(load(path, tmp_path), (blob(b"other\n"), JAN_2020)).mtime == MAR_2021
    assert dated(load(path, tmp_path), None).mtime == MAR_2021
