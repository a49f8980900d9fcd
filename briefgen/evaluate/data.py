"""Reading the evaluation data sets: JSON-lines records and each set's own scorer, from the data folder."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from briefgen.errors import BriefgenError


def load_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The records of a (gzipped) JSON-lines file in file order, at most `limit` of them."""
    if not path.is_file():
        raise BriefgenError(f"{path}: evaluation data not found")
    records: list[dict[str, Any]] = []
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8") as fh:
        for line in fh:
            if limit is not None and len(records) >= limit:
                break
            if line.strip():
                records.append(json.loads(line))
    return records


def load_scorer(path: Path) -> ModuleType:
    """Import a data set's stdlib-only scorer from the data folder (it is not copied into briefgen)."""
    if not path.is_file():
        raise BriefgenError(f"{path}: scorer not found")
    spec = importlib.util.spec_from_file_location(f"_scorer_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
