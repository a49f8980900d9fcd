"""The rule registry: named boilerplate rules that can be switched off or extended by configuration."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefgen.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate rule: a paragraph matching `pattern` is removed, for `reason`."""

    name: str  # "subscription.cta"
    category: str  # "subscription"
    reason: str
    pattern: re.Pattern[str]


class RuleSet:
    """An ordered set of rules; the first that matches names the removal."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)

    def match(self, text: str) -> Rule | None:
        for rule in self.rules:
            if rule.pattern.search(text):
                return rule
        return None

    def without(self, names: Sequence[str]) -> "RuleSet":
        """Rules minus those named (a trailing ".*" switches off a whole category)."""
        unknown = [n for n in names if not any(_selects(n, r.name) for r in self.rules)]
        if unknown:
            raise ConfigError(f"disabled_rules: unknown rule(s): {', '.join(unknown)}")
        return RuleSet(r for r in self.rules if not any(_selects(n, r.name) for n in names))


def _selects(selector: str, name: str) -> bool:
    if selector.endswith(".*"):
        return name.startswith(selector[:-1])
    return selector == name


def rule_from_config(entry: Mapping[str, Any]) -> Rule:
    """Build a user rule from a configuration entry {name, category?, reason?, pattern}."""
    try:
        return Rule(
            name=str(entry["name"]),
            category=str(entry.get("category", "custom")),
            reason=str(entry.get("reason", "matched a pattern from briefgen.yml")),
            pattern=re.compile(str(entry["pattern"]), re.IGNORECASE),
        )
    except (KeyError, re.error) as exc:
        raise ConfigError(f"extra_rules: bad rule {dict(entry)!r}: {exc}") from None


def default_ruleset() -> RuleSet:
    from briefgen.cleaning.patterns import BUILTIN_RULES

    return RuleSet(BUILTIN_RULES)
