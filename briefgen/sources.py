"""Find source files in the seeds folder and load them as Sources (read-only)."""

from __future__ import annotations

import os
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
MAX_BYTES = 20 * 1024 * 1024  # larger files are refused rather than read into memory


def discover(seeds: Path) -> Iterator[Path]:
    """Yield the source files under `seeds` in a stable order (hidden files skipped)."""
    for dirpath, dirnames, filenames in os.walk(seeds):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith(".") or Path(filename).suffix.lower() not in FORMATS:
                continue
            yield Path(dirpath) / filename


def load(path: Path, seeds: Path) -> Source:
    """Read one source file; raise SourceError naming the file when it cannot be read."""
    name = path.relative_to(seeds).as_posix()
    real_seeds = seeds.resolve()
    try:
        real = path.resolve(strict=True)
        if real != real_seeds and real_seeds not in real.parents:
            raise SourceError(name, "is a link to a file outside the seeds folder; skipped")
        stat = real.stat()
        if stat.st_size > MAX_BYTES:
            raise SourceError(name, f"is {stat.st_size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit")
        data = real.read_bytes()
    except FileNotFoundError:
        raise SourceError(name, "vanished before it could be read") from None
    except PermissionError:
        raise SourceError(name, "cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise SourceError(name, "is a directory, not a file") from None
    except OSError as exc:
        raise SourceError(name, f"cannot be read ({exc.strerror or exc})") from None
    return Source(name=name, format=FORMATS[path.suffix.lower()], data=data, mtime=stat.st_mtime)
