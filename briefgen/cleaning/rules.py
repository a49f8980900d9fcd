"""The rule registry: named boilerplate rules that can be switched off or extended by configuration."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefgen.errors import ConfigError

# A phrase rule never removes a paragraph longer than this many words unless it says otherwise:
# promos are short, and a long paragraph that mentions "subscribe" is almost always news.
DEFAULT_MAX_WORDS = 45


@dataclass(frozen=True, slots=True)
class Rule:
    """One boilerplate rule: a paragraph matching `pattern` is removed, for `reason`.

    Rules without a pattern name decisions of the page scorer (category "page"); they can be
    switched off by name like any other rule but match nothing on their own.
    """

    name: str  # "subscription.cta"
    category: str  # "subscription"
    reason: str
    pattern: re.Pattern[str] | None = None
    max_words: int = DEFAULT_MAX_WORDS
    # Speed: a pattern written all in lower case is matched, without IGNORECASE, against the
    # lower-cased paragraph — the same result, about twice as fast in Python's regex engine.
    lowered: re.Pattern[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.pattern is not None and self.pattern.pattern == self.pattern.pattern.lower():
            object.__setattr__(self, "lowered", re.compile(self.pattern.pattern))

    def matches(self, text: str, n_words: int, lower: str | None = None) -> bool:
        """True when this rule removes the paragraph `text` of `n_words` words (`lower`: text.lower())."""
        if self.pattern is None or n_words > self.max_words:
            return False
        if self.lowered is not None:
            return bool(self.lowered.search(text.lower() if lower is None else lower))
        return bool(self.pattern.search(text))


class RuleSet:
    """An ordered set of rules; the first that matches names the removal."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        names = [r.name for r in self.rules]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ConfigError(f"rule name(s) used twice: {', '.join(duplicates)}")
        self._by_name = {r.name: r for r in self.rules}
        self._phrase = tuple(r for r in self.rules if r.pattern is not None)

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, name: str) -> Rule | None:
        """The rule called `name`, or None when it is switched off or unknown."""
        return self._by_name.get(name)

    def match(self, text: str, n_words: int | None = None) -> Rule | None:
        """The first phrase rule that removes this paragraph, if any."""
        if n_words is None:
            n_words = len(text.split())
        lower = text.lower()
        for rule in self._phrase:
            if rule.matches(text, n_words, lower):
                return rule
        return None

    def without(self, names: Sequence[str]) -> RuleSet:
        """Rules minus those named (a trailing ".*" switches off a whole category)."""
        unknown = [n for n in names if not any(_selects(n, r.name) for r in self.rules)]
        if unknown:
            raise ConfigError(f"disabled_rules: unknown rule(s): {', '.join(unknown)}")
        return RuleSet(r for r in self.rules if not any(_selects(n, r.name) for n in names))

    def plus(self, extra: Iterable[Rule]) -> RuleSet:
        """Rules with user rules added; user rules are tried first, so they name the removal."""
        return RuleSet((*extra, *self.rules))


def _selects(selector: str, name: str) -> bool:
    if selector.endswith(".*"):
        return name.startswith(selector[:-1])
    return selector == name


def rule_from_config(entry: Mapping[str, Any]) -> Rule:
    """Build a user rule from a configuration entry {name, category?, reason?, pattern, max_words?}."""
    if not isinstance(entry, Mapping):
        raise ConfigError(f"extra_rules: each rule must be a mapping, got {entry!r}")
    try:
        name = str(entry["name"])
        return Rule(
            name=name,
            category=str(entry.get("category", name.split(".")[0] if "." in name else "custom")),
            reason=str(entry.get("reason", "matched a pattern from briefgen.yml")),
            pattern=re.compile(str(entry["pattern"]), re.IGNORECASE),
            max_words=int(entry.get("max_words", DEFAULT_MAX_WORDS)),
        )
    except (KeyError, ValueError, TypeError, re.error) as exc:
        raise ConfigError(f"extra_rules: bad rule {dict(entry)!r}: {exc}") from None


def default_ruleset() -> RuleSet:
    """Every built-in rule: the phrase rules of `patterns` and the page scorer's decisions."""
    from briefgen.cleaning.patterns import BUILTIN_RULES

    return RuleSet(BUILTIN_RULES)
