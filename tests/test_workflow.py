"""The GitHub Pages workflow is valid YAML, builds with the README's command and --strict, deploys officially."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def load() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def steps(data: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def test_workflow_is_valid_and_triggered_on_main() -> None:
    data = load()
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads the key `on` as True
    assert "main" in triggers["push"]["branches"]
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    for job in data["jobs"].values():
        assert job["runs-on"] and job.get("steps")


def test_workflow_uses_the_official_pages_actions() -> None:
    uses = [step["uses"].split("@")[0] for step in steps(load()) if "uses" in step]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert action in uses
    upload = next(s for s in steps(load()) if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"


def test_workflow_runs_the_readme_command_which_builds_strict() -> None:
    runs = [step["run"].strip() for step in steps(load()) if "run" in step]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme_commands = re.findall(r"^(make \w+)", readme, flags=re.M)
    assert runs == ["make site"] and "make site" in readme_commands
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    site_recipe = makefile.split("\nsite:")[1].split("\n\n")[0]
    assert "briefgen build --strict" in site_recipe
