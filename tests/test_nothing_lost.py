"""Nothing lost: sources never change, nothing is written outside site_src/ and site/, slugs are
safe and unique, and a run killed at any write leaves the previous pages intact."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import make_project
from hostile_helpers import HOSTILE, hostile_project, tree_hashes

from briefgen import cli
from briefgen.site import assign_slugs

ROOT = Path(__file__).resolve().parent.parent
SAFE_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def test_sources_unchanged_and_nothing_written_outside(tmp_path: Path) -> None:
    root = hostile_project(tmp_path)
    seeds_before = tree_hashes(root / "seeds")
    outside_before = tree_hashes(tmp_path, skip=("project/site", "project/site_src"))
    site_src_own = tree_hashes(root / "site_src")  # the hand-written pages
    passwd = hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest()

    assert cli.main(["build", "--root", str(root)]) == 0

    assert tree_hashes(root / "seeds") == seeds_before
    assert tree_hashes(tmp_path, skip=("project/site", "project/site_src")) == outside_before
    after = tree_hashes(root / "site_src")
    assert {k: after[k] for k in site_src_own} == site_src_own  # hand-written pages untouched
    assert hashlib.sha256(Path("/etc/passwd").read_bytes()).hexdigest() == passwd
    assert not list(tmp_path.rglob("passwd*"))
    # the secret behind the link out of seeds/ was never published
    for page in (root / "site").rglob("*.html"):
        assert "must never be published" not in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "names",
    [
        ["../../etc/passwd.md", "etc/passwd.md", "etc-passwd.md"],
        ["Same Title.md", "same-title.md", "same_title.txt", "SAME TITLE.html", "same-title-2.md"],
        ["日本語.md", "Ελληνικά.md", "....md", "-.md", "a\\nb.txt", "x" * 300 + ".md"],
        ["con.md", "index.md", "tags.md", "assets.md"],
    ],
)
def test_slugs_are_safe_and_unique(names: list[str]) -> None:
    slugs = assign_slugs(names)
    assert len(set(slugs.values())) == len(names)
    for slug in slugs.values():
        assert SAFE_SLUG.match(slug) and len(slug) <= 90, slug
    assert assign_slugs(list(reversed(names))) == slugs  # order of discovery does not matter


def test_same_titles_and_path_titles_get_their_own_pages(tmp_path: Path) -> None:
    seeds = [HOSTILE / n for n in ("same-title-a.md", "same-title-b.md", "path-title.md")]
    root = make_project(tmp_path / "project", seeds=seeds)
    (root / "seeds" / "Same Title!.md").write_bytes((HOSTILE / "same-title-a.md").read_bytes())
    assert cli.main(["generate", "--root", str(root)]) == 0
    pages = sorted(p.name for p in (root / "site_src" / "briefings").iterdir() if not p.name.startswith("."))
    assert pages == ["path-title.md", "same-title-a.md", "same-title-b.md", "same-title.md"]
    text = (root / "site_src" / "briefings" / "path-title.md").read_text(encoding="utf-8")
    assert "&#46;&#46;/&#46;&#46;/etc/passwd" in text or "../../etc/passwd" in text
    written = [p for p in (tmp_path).rglob("*") if p.is_file()]
    assert all(p.resolve().is_relative_to(root.resolve()) for p in written)


# ---------------------------------------------------------------- interrupted runs

# Runs `briefgen generate` and kills the process with SIGKILL at the K-th file write: either just
# after the temporary file is created ("create") or just before it is renamed into place ("rename").
_KILLER = """
import os, signal, sys, tempfile
root, mode, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
calls = [0]
def reached():
    calls[0] += 1
    return calls[0] == k
real_mkstemp, real_replace = tempfile.mkstemp, os.replace
def mkstemp(*a, **kw):
    result = real_mkstemp(*a, **kw)
    if mode == "create" and reached():
        os.write(result[0], b"half a pa")  # a torn write, as a crash would leave it
        os.kill(os.getpid(), signal.SIGKILL)
    return result
def replace(src, dst):
    if mode == "rename" and reached():
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst)
tempfile.mkstemp, os.replace = mkstemp, replace
from briefgen.cli import main
sys.exit(main(["generate", "--root", root]))
"""


def _pages(site_src: Path) -> dict[str, bytes]:
    """Every file MkDocs would read (dot files are ignored by MkDocs)."""
    return {
        p.relative_to(site_src).as_posix(): p.read_bytes()
        for p in site_src.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(site_src).parts)
    }


def _edit_seeds(seeds: Path) -> None:
    """Changes that rewrite pages on the next run: an edited title, a new article, a deleted one."""
    good = seeds / "good.md"
    good.write_text(good.read_text(encoding="utf-8").replace("resume in Cairo", "resume in Doha"), encoding="utf-8")
    (seeds / "crlf.txt").unlink()
    (seeds / "new.txt").write_bytes((HOSTILE / "utf8-bom.txt").read_bytes().replace(b"Council", b"Senate"))


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """A project generated once (v1), and the pages a complete run after `_edit_seeds` gives (v2)."""
    base = tmp_path_factory.mktemp("kill")
    names = ("good.md", "crlf.txt", "cp1252.txt", "same-title-a.md")
    v1_root = make_project(base / "v1", seeds=[HOSTILE / n for n in names])
    assert cli.main(["generate", "--root", str(v1_root)]) == 0
    v2_root = make_project(base / "v2", seeds=[HOSTILE / n for n in names])
    assert cli.main(["generate", "--root", str(v2_root)]) == 0
    _edit_seeds(v2_root / "seeds")
    assert cli.main(["generate", "--root", str(v2_root)]) == 0
    return v1_root, _pages(v1_root / "site_src"), _pages(v2_root / "site_src")


@pytest.mark.parametrize(("mode", "k"), [("create", 1), ("rename", 4), ("create", 7)])
def test_killed_run_leaves_pages_intact_and_next_run_completes(
    versions: tuple[Path, dict[str, bytes], dict[str, bytes]], tmp_path: Path, mode: str, k: int
) -> None:
    v1_root, v1, v2 = versions
    root = tmp_path / "project"
    shutil.copytree(v1_root, root, symlinks=True)
    _edit_seeds(root / "seeds")
    killed = subprocess.run(
        [sys.executable, "-c", _KILLER, str(root), mode, str(k)],
        capture_output=True, text=True, timeout=240, cwd=tmp_path, check=False,
    )
    assert killed.returncode == -9, killed.stderr  # the kill point was reached
    after = _pages(root / "site_src")
    for rel, data in after.items():
        assert data in (v1.get(rel), v2.get(rel)), f"{rel} is neither the old nor the new page"
    for rel in v1.keys() & v2.keys():
        assert rel in after, f"{rel} vanished"
    assert cli.main(["generate", "--root", str(root)]) == 0
    assert _pages(root / "site_src") == v2
