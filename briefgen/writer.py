"""Atomic file writes: a temporary file in the same folder, then os.replace (never half a file)."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

# The names write_atomic gives its temporary files: ".<name>.<random>.tmp".
_TEMPORARY = re.compile(r"^\.[^/]+\.[A-Za-z0-9_]{8}\.tmp$")


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, nothing between."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, text: str) -> bool:
    """Write only when the content differs (keeps mtimes, so MkDocs and git see no change); True if written."""
    raw = text.encode("utf-8")
    try:
        if path.read_bytes() == raw:
            return False
    except OSError:
        pass
    write_atomic(path, raw)
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete temporary files a killed run of write_atomic left under `folder`; returns them."""
    stale = sorted(p for p in folder.rglob(".*.tmp") if p.is_file() and _TEMPORARY.match(p.name))
    for path in stale:
        path.unlink(missing_ok=True)
    return stale
