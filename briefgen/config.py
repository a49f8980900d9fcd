"""Project configuration: `briefgen.yml` at the project root, all keys optional."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import ConfigError

CONFIG_FILE = "briefgen.yml"


@dataclass(frozen=True, slots=True)
class BriefConfig:
    """Settings for one project; every path is relative to `root`."""

    root: Path = Path(".")
    seeds_dir: str = "seeds"
    site_src_dir: str = "site_src"
    site_dir: str = "site"
    # Cleaning: rule names (or "category.*") to switch off, and user rules
    # ({name, category, reason, pattern}) added to the built-in registry.
    disabled_rules: tuple[str, ...] = ()
    extra_rules: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def seeds(self) -> Path:
        return self.root / self.seeds_dir

    @property
    def site_src(self) -> Path:
        return self.root / self.site_src_dir

    @property
    def site(self) -> Path:
        return self.root / self.site_dir


_KEYS = {"seeds_dir": str, "site_src_dir": str, "site_dir": str, "disabled_rules": list, "extra_rules": list}


def load_config(root: Path = Path(".")) -> BriefConfig:
    """Read `briefgen.yml` under root (missing file = defaults); report every bad key at once."""
    path = root / CONFIG_FILE
    if not path.exists():
        return BriefConfig(root=root)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: configuration must be a mapping of keys to values")
    problems = [f"unknown key {key!r}" for key in data if key not in _KEYS]
    problems += [
        f"{key!r} must be a {kind.__name__}"
        for key, kind in _KEYS.items()
        if key in data and not isinstance(data[key], kind)
    ]
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    values: dict[str, Any] = {k: v for k, v in data.items() if k in ("seeds_dir", "site_src_dir", "site_dir")}
    return BriefConfig(
        root=root,
        disabled_rules=tuple(str(x) for x in data.get("disabled_rules", [])),
        extra_rules=tuple(data.get("extra_rules", [])),
        **values,
    )
