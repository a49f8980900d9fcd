"""briefgen.yml: defaults when absent, every problem reported at once when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import ConfigError


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert config.seeds == tmp_path / "seeds"
    assert config.site_src == tmp_path / "site_src"
    assert config.disabled_rules == ()


def test_values_are_read(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yml").write_text(
        "seeds_dir: articles\ndisabled_rules: [share.prompt]\nextra_rules:\n  - {name: house.ad, pattern: 'buy now'}\n",
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert config.seeds == tmp_path / "articles"
    assert config.disabled_rules == ("share.prompt",)
    assert config.extra_rules[0]["name"] == "house.ad"


def test_all_problems_are_reported_together(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yml").write_text("seeds: x\ndisabled_rules: nope\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path)
    assert "unknown key 'seeds'" in str(err.value)
    assert "'disabled_rules' must be a list" in str(err.value)


def test_bad_yaml_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "briefgen.yml").write_text("a: b: c\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="briefgen.yml"):
        load_config(tmp_path)
