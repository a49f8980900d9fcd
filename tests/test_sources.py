"""Sources: discovery order, read-only loading, and one clear error for each file that cannot be read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen import sources
from briefgen.errors import SourceError
from briefgen.model import Source
from briefgen.sources import MAX_BYTES, discover, display_name, folder_problem, load, read_file, unread_problem

ARTICLE = b"Storm closes port\n\nLONDON (Reuters) - A storm closed the port on Tuesday, officials said.\n"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_bytes(ARTICLE)
    (folder / "a.md").write_bytes(ARTICLE)
    (folder / "sub" / "c.html").write_bytes(b"<p>x</p>")
    (folder / ".hidden.txt").write_bytes(ARTICLE)
    (folder / "notes.docx").write_bytes(b"PK")
    (folder / "page.HTM").write_bytes(b"<p>x</p>")
    return folder


def test_discover_is_sorted_and_skips_hidden_and_unknown(seeds: Path) -> None:
    names = [p.relative_to(seeds).as_posix() for p in discover(seeds)]
    assert names == ["a.md", "b.txt", "page.HTM", "sub/c.html"]


@pytest.mark.parametrize(("name", "named"), [
    ("notes.docx", "notes.docx: a Word document, not read: save the article as .txt, .md or .html"),
    ("sub/Report.PDF", "sub/Report.PDF: a PDF, not read: save the article as .txt, .md or .html"),
    ("saved.mhtml", "saved.mhtml: a web archive, not read: save the article as .txt, .md or .html"),
    ("photo.jpg", None),  # an image beside an article is no article: skipped in silence
    (".draft.docx", None),  # hidden files are never read
])
def test_a_document_briefgen_cannot_read_is_named(seeds: Path, name: str, named: str | None) -> None:
    (seeds / name).write_bytes(b"PK")
    unread: list[Path] = []
    found = list(discover(seeds, unread=unread))
    assert seeds / name not in found
    in_fixture = "notes.docx: a Word document, not read: save the article as .txt, .md or .html"
    assert {unread_problem(path, seeds) for path in unread} == {in_fixture} | ({named} if named else set())


def test_load_reads_bytes_format_and_mtime(seeds: Path) -> None:
    os.utime(seeds / "b.txt", (1_700_000_000, 1_700_000_000))
    src = load(seeds / "b.txt", seeds)
    assert src == Source(name="b.txt", format="text", data=ARTICLE, mtime=1_700_000_000)
    assert load(seeds / "page.HTM", seeds).format == "html"


def _problem(path: Path, seeds: Path) -> str:
    with pytest.raises(SourceError) as info:
        load(path, seeds)
    message = str(info.value)
    assert message.startswith(f"{info.value.name}: ") and "\n" not in message
    return info.value.problem


def test_link_to_a_file_outside_seeds_is_refused(seeds: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(ARTICLE)
    (seeds / "link.txt").symlink_to(secret)
    assert "outside the seeds folder" in _problem(seeds / "link.txt", seeds)


def test_link_inside_seeds_is_read(seeds: Path) -> None:
    (seeds / "alias.txt").symlink_to(seeds / "b.txt")
    assert load(seeds / "alias.txt", seeds).data == ARTICLE


def test_link_to_a_folder_is_reported_not_followed(seeds: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.txt").write_bytes(ARTICLE)
    (seeds / "out").symlink_to(outside, target_is_directory=True)
    (seeds / "in").symlink_to(seeds / "sub", target_is_directory=True)
    found = {p.name: p for p in discover(seeds)}
    assert "x.txt" not in found
    assert "outside the seeds folder" in _problem(found["out"], seeds)
    assert "not followed" in _problem(found["in"], seeds)


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: p.symlink_to(p.parent / "missing.txt"), "broken link"),
        (lambda p: p.symlink_to(p), "loops back"),
        (lambda p: os.mkfifo(p), "named pipe"),
    ],
)
def test_unreadable_kinds(seeds: Path, make, problem: str) -> None:  # type: ignore[no-untyped-def]
    path = seeds / "odd.txt"
    make(path)
    assert problem in _problem(path, seeds)


def test_vanished_file(seeds: Path) -> None:
    assert "vanished" in _problem(seeds / "gone.txt", seeds)


def test_permission_denied(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, for whom chmod 000 blocks nothing: fail the open instead.
    def denied(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources, "_read_regular_file", denied)
    assert _problem(seeds / "b.txt", seeds) == "cannot be read (permission denied)"


def test_too_big_is_refused_before_reading(seeds: Path) -> None:
    big = seeds / "big.txt"
    with big.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: no 5 MB written
    assert "over the 5 MB limit" in _problem(big, seeds)


def test_display_name_cannot_forge_a_line(tmp_path: Path) -> None:
    assert display_name(tmp_path / "a\nb\x1b[31m.txt", tmp_path) == "a\\nb\\x1b[31m.txt"
    bad = Path(os.fsdecode(b"caf\xe9.txt"))  # a file name that is not UTF-8
    assert display_name(tmp_path / bad, tmp_path) == "caf\\udce9.txt"


def _load_all(seeds: Path) -> list[object]:
    results: list[object] = []
    for path in discover(seeds):
        try:
            results.append(load(path, seeds))
        except SourceError as exc:
            results.append(exc)
    return results


def test_every_file_is_loaded_or_named_in_order(seeds: Path) -> None:
    (seeds / "empty.txt").symlink_to(seeds / "nowhere")
    results = _load_all(seeds)
    assert [r.name for r in results] == ["a.md", "b.txt", "empty.txt", "page.HTM", "sub/c.html"]  # type: ignore[attr-defined]
    assert isinstance(results[2], SourceError) and "broken link" in str(results[2])


def test_a_folder_that_cannot_be_listed_is_reported(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors: list[OSError] = []
    names = [p.name for p in discover(seeds, errors)]
    assert "c.html" not in names
    assert [folder_problem(e, seeds) for e in errors] == ["sub: folder cannot be read (permission denied)"]


def test_loading_never_changes_the_files(seeds: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in seeds.rglob("*") if p.is_file()}
    _load_all(seeds)
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in seeds.rglob("*") if p.is_file()}
    assert before == after


def test_read_file_for_the_command_line(seeds: Path) -> None:
    assert read_file(seeds / "b.txt") == ARTICLE
    os.mkfifo(seeds / "pipe.txt")
    for path, problem in [(seeds / "pipe.txt", "named pipe"), (seeds / "none.txt", "vanished"), (seeds / "sub", "directory")]:
        with pytest.raises(SourceError, match=problem):
            read_file(path)
