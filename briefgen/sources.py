"""Find source files in the seeds folder and load them as Sources (read-only)."""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import SourceError
from briefgen.model import Source, SourceFormat

FORMATS: dict[str, SourceFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
# Files an editor may drop into seeds/ meaning an article, which briefgen cannot read: each is named in a warning
# with what to do, instead of being skipped in silence like an image or a stylesheet.
UNREAD_DOCUMENTS: dict[str, str] = {
    ".pdf": "a PDF",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich-text document",
    ".pages": "a Pages document",
    ".eml": "an e-mail message",
    ".mht": "a web archive",
    ".mhtml": "a web archive",
    ".webarchive": "a web archive",
}
MAX_BYTES = 5 * 1024 * 1024  # larger files are refused rather than read into memory
# Open without blocking so a FIFO named *.txt is reported instead of hanging the build.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_FILE_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a named pipe (FIFO), not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
)
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def display_name(path: Path, seeds: Path) -> str:
    """The path relative to seeds, printable on one line (control characters and undecodable
    bytes shown as escapes), so a file name can never forge a line of output."""
    try:
        rel = path.relative_to(seeds).as_posix()
    except ValueError:
        rel = path.as_posix()
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), rel)


def discover(seeds: Path, errors: list[OSError] | None = None, unread: list[Path] | None = None) -> Iterator[Path]:
    """Yield the source files under `seeds` in a stable order (hidden files skipped).

    Links are yielded (to files and to folders) and checked by `load`; folders behind links are
    never walked. Folders that cannot be listed are appended to `errors` (see `folder_problem`),
    and documents of a kind briefgen does not read to `unread` (see `unread_problem`), so that
    no file goes missing silently.
    """
    return _walk(seeds, [] if errors is None else errors, [] if unread is None else unread)


def unread_problem(path: Path, seeds: Path) -> str:
    """'notes.docx: a Word document, not read: …' for a document in seeds/ that briefgen cannot read."""
    kind = UNREAD_DOCUMENTS[path.suffix.lower()]
    return f"{display_name(path, seeds)}: {kind}, not read: save the article as .txt, .md or .html"


def folder_problem(err: OSError, seeds: Path) -> str:
    """'name: folder cannot be read (…)' for a folder the walk could not list."""
    where = Path(err.filename) if err.filename else seeds
    return f"{display_name(where, seeds)}: folder {_problem(err)}"


def _problem(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "vanished before it could be read"
    if isinstance(exc, PermissionError):
        return "cannot be read (permission denied)"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if exc.errno == errno.ELOOP:  # Path.resolve on a link loop (Python 3.13+)
        return "is a link that loops back on itself"
    return f"cannot be read ({exc.strerror or exc})"


def _read_regular_file(path: Path) -> tuple[bytes, float] | str:
    """The bytes and mtime of a regular file, or the problem that kept it from being read."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        for is_kind, problem in _FILE_KINDS:
            if is_kind(info.st_mode):
                return problem
        if info.st_size > MAX_BYTES:
            return f"is {info.st_size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit for one article"
        chunks = []
        remaining = MAX_BYTES + 1  # the file may grow while it is read
        while remaining > 0 and (chunk := os.read(fd, min(remaining, 1 << 20))):
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        if len(data) > MAX_BYTES:
            return f"grew past the {MAX_BYTES // (1024 * 1024)} MB limit while it was read"
        return data, info.st_mtime
    finally:
        os.close(fd)


def load(path: Path, seeds: Path) -> Source:
    """Read one source file; raise SourceError naming the file when it cannot be read.

    Only reads: the file is never modified, moved or deleted.
    """
    name = display_name(path, seeds)
    try:
        real = path.resolve(strict=True)
        real_seeds = seeds.resolve(strict=True)
        if real != real_seeds and real_seeds not in real.parents:
            raise SourceError(name, "is a link to somewhere outside the seeds folder; skipped")
        if path.is_symlink() and real.is_dir():
            raise SourceError(name, "is a link to a folder; links to folders are not followed")
        result = _read_regular_file(real)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and path.is_symlink():
            raise SourceError(name, "is a broken link") from None
        raise SourceError(name, _problem(exc)) from None
    except RuntimeError:  # Path.resolve on a link loop (Python < 3.13)
        raise SourceError(name, "is a link that loops back on itself") from None
    if isinstance(result, str):
        raise SourceError(name, result)
    data, mtime = result
    return Source(name=name, format=FORMATS[path.suffix.lower()], data=data, mtime=mtime)


def read_file(path: Path) -> bytes:
    """The bytes of one file named on the command line; SourceError (naming it) when it cannot be
    read. Like `load`, it never blocks on a FIFO and refuses files over the size limit."""
    name = display_name(path, Path("."))
    try:
        result = _read_regular_file(path)
    except OSError as exc:
        raise SourceError(name, _problem(exc)) from None
    if isinstance(result, str):
        raise SourceError(name, result)
    return result[0]


def _walk(seeds: Path, errors: list[OSError], unread: list[Path]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(seeds, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        # Links to folders are never followed, but they are yielded so `load` can say so.
        yield from (Path(dirpath) / d for d in dirnames if (Path(dirpath) / d).is_symlink())
        for filename in sorted(filenames):
            suffix = Path(filename).suffix.lower()
            if not filename.startswith(".") and suffix in UNREAD_DOCUMENTS:
                unread.append(Path(dirpath) / filename)
            if filename.startswith(".") or suffix not in FORMATS:
                continue
            yield Path(dirpath) / filename
