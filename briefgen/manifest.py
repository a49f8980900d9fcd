"""The manifest of what briefgen wrote into site_src/, and a cache of analysed briefings by content hash.

`site_src/.briefgen-manifest.json` lists every page briefgen wrote (so it never touches any
other file there) with a hash of the text it wrote (so a page edited by hand since is kept) and, per source, the hash its briefing was made from (with the blocks repeated
across its publication that it lost, `blocks_key`). Analysed briefings are cached as JSON in
`site_src/.briefgen-cache/<hash>.json`, so an unchanged source is never analysed twice. MkDocs
ignores both (their names start with a dot).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import briefgen
from briefgen.writer import write_atomic

MANIFEST = ".briefgen-manifest.json"
_BLOCKS_SEP = "-"  # content hash (hex digits) + "-" + digest of the repeated blocks removed
CACHE_DIR = ".briefgen-cache"
# Files whose change changes an analysis: the code and its data tables (a new alias in organizations.tsv merges
# actors), not compiled caches.
_ANALYSIS_FILES = (".py", ".tsv", ".json", ".txt")
# Modules that only lay out or write pages: changing them re-renders pages but does not
# invalidate cached analyses (rendering is cheap, analysis is not).
_SITE_ONLY = {"build.py", "cli.py", "commit_dates.py", "manifest.py", "page_hook.py", "render.py", "search_hook.py", "serve_hook.py", "writer.py"}


@dataclass(frozen=True, slots=True)
class Manifest:
    """Pages briefgen owns (path relative to site_src/ → digest of what it shows) and source name → content hash."""

    pages: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    # source name → stat_signature() when its hash was taken: unchanged files are not re-read
    stats: dict[str, str] = field(default_factory=dict)
    # page → text_hash() of the text briefgen wrote there: a page edited by hand since is not overwritten
    texts: dict[str, str] = field(default_factory=dict)


def text_hash(raw: bytes) -> str:
    """Short hash of a page's bytes, to tell a page edited by hand from the one briefgen wrote."""
    return hashlib.sha256(raw).hexdigest()[:16]


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Hash of the analysis code that is running, read once per process."""
    return package_digest(Path(briefgen.__file__).parent)


def package_digest(package: Path) -> str:
    """Hash of briefgen's analysis code and the rule tables it reads (extract/data/*.tsv) in this package folder."""
    digest = hashlib.sha256(briefgen.__version__.encode())
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in _ANALYSIS_FILES):
        if path.parent == package and path.name in _SITE_ONLY:
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def analyzer_digest(settings: Any = None) -> str:
    """Hash of the analysis code and its settings: a change re-analyses every source."""
    return hashlib.sha256(f"{_code_digest()}\0{json.dumps(settings, sort_keys=True, default=str)}".encode()).hexdigest()


def source_key(analyzer: str, name: str, data: bytes, mtime: float | None) -> str:
    """Content hash of one source as analysed (the file date counts: it can become the page date)."""
    digest = hashlib.sha256(f"{analyzer}\0{name}\0{int(mtime or 0)}\0".encode())
    digest.update(data)
    return digest.hexdigest()


def blocks_key(plain: str, hits: Sequence[str]) -> str:
    """Cache key of a source analysed with these repeated blocks removed (briefgen.cleaning.repeated):
    its content hash alone when there are none, else with a digest of the sorted fingerprints —
    so a source is analysed again exactly when the blocks it loses change."""
    if not hits:
        return plain
    return f"{plain}{_BLOCKS_SEP}{hashlib.sha256(chr(10).join(sorted(hits)).encode()).hexdigest()[:16]}"


def plain_key(key: str) -> str:
    """The content hash a (blocks_key) cache key was made from."""
    return key.split(_BLOCKS_SEP, 1)[0]


def stat_signature(path: Path, analyzer: str) -> str | None:
    """inode, size and mtime of the file itself (not a link's target), with the analyzer digest.

    Same signature as last run → same content hash, without reading the file again.
    """
    try:
        st = path.lstat()
    except OSError:
        return None
    return f"{analyzer[:16]}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def load_manifest(site_src: Path) -> Manifest:
    """Read the manifest; a missing or unreadable one means briefgen owns nothing yet."""
    try:
        data = json.loads((site_src / MANIFEST).read_text(encoding="utf-8"))
        pages = data["pages"]
        if isinstance(pages, list):  # first manifest format: paths only
            pages = dict.fromkeys(pages, "")
        return Manifest(pages=dict(pages), sources=dict(data["sources"]), stats=dict(data.get("stats", {})),
                        texts=dict(data.get("texts", {})))
    except (OSError, ValueError, KeyError, TypeError):
        return Manifest()


def save_manifest(site_src: Path, manifest: Manifest) -> None:
    data = {
        "pages": dict(sorted(manifest.pages.items())),
        "sources": dict(sorted(manifest.sources.items())),
        "stats": dict(sorted(manifest.stats.items())),
        "texts": dict(sorted(manifest.texts.items())),
    }
    write_atomic(site_src / MANIFEST, json.dumps(data, indent=1, ensure_ascii=False) + "\n")


def cache_get(site_src: Path, key: str) -> dict[str, Any] | None:
    """The cached briefing dict for a content hash, or None."""
    try:
        data = json.loads((site_src / CACHE_DIR / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def cache_put(site_src: Path, key: str, data: dict[str, Any]) -> None:
    write_atomic(site_src / CACHE_DIR / f"{key}.json", json.dumps(data, ensure_ascii=False, sort_keys=True))


def cache_prune(site_src: Path, keep: set[str]) -> None:
    """Delete cached briefings no source uses any more."""
    folder = site_src / CACHE_DIR
    if folder.is_dir():
        for path in folder.glob("*.json"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)
