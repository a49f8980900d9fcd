"""Write one benchmark's section into benchmarks/README.md, leaving the other sections alone."""

from __future__ import annotations

import os
import re
from pathlib import Path

README = Path(__file__).resolve().parent / "README.md"


def write_section(heading: str, text: str, readme: Path = README) -> None:
    """Replace the section that starts with the line `heading` (up to the next "## " heading),
    or append `text` when the file has no such section yet."""
    old = readme.read_text(encoding="utf-8") if readme.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    body = text.rstrip("\n") + "\n"
    new = pattern.sub(lambda _: body + "\n", old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + body
    readme.write_text(new.rstrip("\n") + "\n", encoding="utf-8")  # one blank line between sections, one newline at the end


def pin_to_cpu(cpu: int) -> float:
    """Run this process on one CPU (where the system allows it, so that a single-threaded benchmark is not moved between
    cores); returns the load average before the run, which the section reports beside the one after."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    return os.getloadavg()[0]


def report(heading: str, text: str, write: bool) -> int:
    """Print a benchmark's section, and write it into README.md when asked; the exit status of main()."""
    print(text)
    if write:
        write_section(heading, text)
    return 0
