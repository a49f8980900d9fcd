"""Whole analyses must not depend on set or dict-of-set order: Python salts str hashes per process (PYTHONHASHSEED)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Every example source and the cleaning fixtures: news, interviews, promos and page furniture.
SOURCES = sorted([*(ROOT / "seeds").glob("*.*"), *(ROOT / "tests" / "fixtures" / "cleaning").glob("*.md")])

SCRIPT = """
import json, sys
import briefgen
for path in sys.argv[1:]:
    with open(path, 'rb') as f:
        print(json.dumps(briefgen.analyze(f.read(), name=path.rsplit('/', 1)[-1]).to_dict(), sort_keys=True))
"""


def _analyses(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", SCRIPT, *map(str, SOURCES)], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True).stdout


def test_every_analysis_is_the_same_whatever_the_hash_seed() -> None:
    first, second = _analyses("1"), _analyses("2")
    assert len(first.splitlines()) == len(SOURCES) >= 10
    assert first == second
