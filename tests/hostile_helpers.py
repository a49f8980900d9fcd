"""Helpers for the hostile-input tests: a project whose seeds/ is the hostile fixture folder plus
the big and odd files that are made at test time (never committed), and running the CLI."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from conftest import make_project

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
SENTENCE = "The committee met again on Thursday and said that the talks would continue next month. "


def big_paragraph(size: int = 1024 * 1024) -> bytes:
    """A headline and one paragraph of `size` bytes (no blank line inside)."""
    body = (SENTENCE * (size // len(SENTENCE) + 1))[:size]
    return b"A very long paragraph\n\n" + body.encode()


def huge_file(size: int = 10 * 1024 * 1024) -> bytes:
    """`size` bytes of ordinary paragraphs."""
    para = (SENTENCE * 8).strip() + "\n\n"
    return (para * (size // len(para) + 1)).encode()[:size]


def hostile_project(base: Path) -> Path:
    """A project folder with every hostile fixture in seeds/, plus big files, a FIFO and links out."""
    root = make_project(base / "project", seeds=[])
    seeds = root / "seeds"
    for path in sorted(HOSTILE.iterdir()):
        if not path.name.startswith("."):
            shutil.copy(path, seeds / path.name)
    (seeds / "big-paragraph.txt").write_bytes(big_paragraph())
    (seeds / "long-paragraph.txt").write_bytes(big_paragraph(25_000))  # built, split at sentence ends
    (seeds / "huge.txt").write_bytes(huge_file())
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"Secret\n\nThis file lives outside seeds and must never be published.\n")
    (seeds / "link-out.txt").symlink_to(outside / "secret.txt")
    (seeds / "linked-folder").symlink_to(outside, target_is_directory=True)
    (seeds / "dangling.md").symlink_to(seeds / "no-such-file.md")
    os.mkfifo(seeds / "fifo.txt")
    return root


def run_cli(root: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    """`python -m briefgen ARGS --root ROOT` in a clean process, as a user would run it (from the
    folder above: the project's own briefgen/ holds only the serve hook and would shadow the package)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "briefgen", *args, "--root", str(root)],
        capture_output=True, text=True, timeout=timeout, env=env, cwd=root.parent, check=False,
    )


def tree_hashes(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    """Relative path → sha256 of every regular file under `folder` (links and FIFOs by their kind)."""
    hashes: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(folder):  # never follows links to folders
        for entry in [*dirnames, *filenames]:
            path = Path(dirpath) / entry
            rel = path.relative_to(folder).as_posix()
            if any(rel == s or rel.startswith(s + "/") for s in skip):
                continue
            if path.is_symlink():
                hashes[rel] = "link->" + os.readlink(path)
            elif path.is_fifo():
                hashes[rel] = "fifo"
            elif path.is_file():
                hashes[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def warning_lines(stderr: str, name: str) -> list[str]:
    """The output lines about one source file."""
    return [line for line in stderr.splitlines() if line.startswith(f"{name}: ")]


_INJECTION_SITE: dict[str, Path] = {}


def injection_site(factory: pytest.TempPathFactory) -> Path:
    """The built site/ of a project whose seeds are the injection fixtures and one good article
    (built once per test process: the injection and browser tests share it)."""
    if "site" not in _INJECTION_SITE:
        root = make_project(factory.mktemp("injection") / "project", seeds=[
            HOSTILE / "injection.txt", HOSTILE / "injection-meta.md", HOSTILE / "corrections.md", HOSTILE / "good.md",
        ])
        result = run_cli(root, "build")
        assert result.returncode == 0, result.stderr
        _INJECTION_SITE["site"] = root / "site"
    return _INJECTION_SITE["site"]
