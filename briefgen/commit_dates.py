"""The date of each file's last commit in a git work tree: an undated source's file date that survives a fresh clone."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import subprocess
from pathlib import Path

from briefgen.model import Source

# One `git log` over the folder's history, newest commit first: per commit "\x01<author time>\0", then each changed
# file as ":<modes> <old blob> <new blob> <status>\0<path>\0" (a rename or copy: "…\0<old path>\0<new path>\0").
# Rename detection is asked for (-M) so a file moved between folders inside the sources folder keeps the date of its
# last change (one moved in from elsewhere in the repository is dated by the move: a log limited to the folder cannot
# follow it across the folder's edge, and a log of the whole history would cost more than it is worth); paths are
# relative to the folder (--relative) and never quoted (-z); no pager, colour or signature lines in the output.
GIT_LOG = ("-c", "log.showSignature=false", "log", "--relative", "--raw", "-M", "--no-abbrev", "--no-color",
           "-z", "--format=%x01%at", "--", ".")
GIT_TIMEOUT = 120  # seconds; a git that hangs (a lock, a network file system) costs the dates, never the build
# Statuses of a change that only moved a file unchanged (100% similar): it keeps the date of its change before.
UNCHANGED_MOVE = ("R100",)
# Blob ids by length: SHA-1 repositories and SHA-256 ones (`git init --object-format=sha256`).
BLOB_HASHES = {40: "sha1", 64: "sha256"}


def commit_dates(folder: Path) -> dict[str, tuple[str, int]]:
    """Each file under `folder` that git has committed → its blob at its last commit and that commit's author time.

    Empty when git is missing, `folder` is in no git work tree, or the tree has no commit yet: then every
    file is dated by its modification time, as without git. Never touches the network or the work tree.
    """
    try:
        done = subprocess.run(["git", "-C", str(folder), *GIT_LOG], capture_output=True, stdin=subprocess.DEVNULL,
                              timeout=GIT_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    return parse_log(done.stdout) if done.returncode == 0 else {}


def parse_log(output: bytes) -> dict[str, tuple[str, int]]:
    """`commit_dates` from the output of GIT_LOG: the newest change of each path wins; a path that its
    newest commit only moved there unchanged takes the time of the change before the move."""
    dates: dict[str, tuple[str, int]] = {}
    moved_from: dict[str, list[str]] = {}  # old path → the paths whose date is the old path's last change
    for commit in output.split(b"\x01")[1:]:
        fields = commit.split(b"\0")
        try:
            when = int(fields[0])
        except ValueError:
            continue
        tokens = iter(fields[1:])
        for meta in tokens:
            if not meta.lstrip(b"\n").startswith(b":"):
                continue
            parts = meta.decode("ascii", "replace").split()
            if len(parts) < 5:
                continue
            blob, status = parts[3], parts[4]
            paths = [os.fsdecode(next(tokens, b"")) for _ in range(2 if status[:1] in "RC" else 1)]
            path = paths[-1]
            for target in [path, *moved_from.pop(path, ())]:
                if target in dates:  # a newer change (a deletion too: its blob is all zeros, never matched)
                    continue
                if status in UNCHANGED_MOVE:
                    moved_from.setdefault(paths[0], []).append(target)
                else:
                    dates[target] = (blob, when)
    return dates


def dated(source: Source, commit: tuple[str, int] | None) -> Source:
    """The source dated (`Source.mtime`, an undated article's file date) by the author time of its last commit
    when that commit (its entry in `commit_dates`) holds these very bytes; else as it is, by its mtime."""
    when = committed_time(commit, source.data)
    return source if when is None else dataclasses.replace(source, mtime=float(when))


def committed_time(commit: tuple[str, int] | None, data: bytes) -> int | None:
    """The author time of a file's last commit (`commit`: its entry in `commit_dates`) when `data`, its bytes
    now, are what that commit holds; None when it is uncommitted or changed since (its mtime then dates it)."""
    if commit is None or (algorithm := BLOB_HASHES.get(len(commit[0]))) is None:
        return None
    blob = hashlib.new(algorithm, b"blob %d\0" % len(data) + data).hexdigest()
    return commit[1] if blob == commit[0] else None
