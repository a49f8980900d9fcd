"""MkDocs hook (listed in mkdocs.yml): under `mkdocs serve`, regenerate pages before each rebuild.

`briefgen serve` runs `mkdocs serve --watch seeds`, so a change in seeds/ triggers a rebuild;
this hook then runs `briefgen generate`, which rewrites only the pages that changed (their
writes trigger one more rebuild, in which nothing changes) and the browser reloads.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

log = logging.getLogger("mkdocs.briefgen")
_serving = False


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    global _serving  # MkDocs hooks are module functions; this is the documented way to keep state
    _serving = command == "serve"


def on_pre_build(config: Any, **kwargs: Any) -> None:
    if not _serving:
        return  # `briefgen build` has generated the pages already
    from briefgen.build import generate
    from briefgen.config import load_config

    report = generate(load_config(Path(config.config_file_path).parent))
    if report.written or report.deleted:
        log.info("briefgen: %d pages written, %d deleted", len(report.written), len(report.deleted))
