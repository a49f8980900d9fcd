"""The rule registry: named boilerplate rules that can be switched off or extended by configuration."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefgen.cleaning.gate import Gate, GateIndex, literal_gate, top_level_alternatives
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
    # A paragraph that also matches `unless` stays: news that reports the same words (a
    # disclaimer's phrase in a story about a regulator: "…, the agency said").
    unless: re.Pattern[str] | None = None
    # Speed: the pattern split at its top-level "|" into pieces, each with the literal words a
    # match must contain (see gate.py): a piece's regex runs only when the paragraph has one of
    # them. A piece written all in lower case is matched, without IGNORECASE, against the
    # lower-cased paragraph — the same result, about twice as fast in Python's regex engine.
    pieces: tuple[tuple[re.Pattern[str], bool, Gate | None], ...] = field(
        default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            object.__setattr__(self, "pieces", _pieces(self.pattern))

    def matches(self, text: str, n_words: int | None = None) -> bool:
        """True when this rule removes the paragraph `text` (of `n_words` words)."""
        if n_words is None:
            n_words = len(text.split())
        if self.pattern is None or n_words > self.max_words:
            return False
        lower = text.lower()
        return any(regex.search(lower if on_lower else text) for regex, on_lower, _ in self.pieces) and not self.spares(text)

    def spares(self, text: str) -> bool:
        """True when `unless` keeps this paragraph although the pattern matched it."""
        return self.unless is not None and self.unless.search(text) is not None


def _pieces(pattern: re.Pattern[str]) -> tuple[tuple[re.Pattern[str], bool, Gate | None], ...]:
    """(regex, matched on the lower-cased text?, gate) for each top-level alternative of `pattern`."""
    try:
        pieces = []
        for piece in top_level_alternatives(pattern.pattern):
            whole = re.compile(piece, pattern.flags)
            on_lower = piece == piece.lower()
            regex = re.compile(piece, pattern.flags & ~re.IGNORECASE) if on_lower else whole
            pieces.append((regex, on_lower, literal_gate(whole)))
        return tuple(pieces)
    except re.error:  # a pattern the split cannot handle (e.g. global inline flags): one piece
        return ((pattern, False, None),)


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
        self._max_words = max((r.max_words for r in self._phrase), default=-1)
        # Every piece of every phrase rule, in rule order, indexed by the words it needs.
        self._pieces = tuple((rule, regex, on_lower) for rule in self._phrase for regex, on_lower, _ in rule.pieces)
        self._index = GateIndex([gate for rule in self._phrase for _, _, gate in rule.pieces])

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, name: str) -> Rule | None:
        """The rule called `name`, or None when it is switched off or unknown."""
        return self._by_name.get(name)

    def learn(self, token_lists: Iterable[list[str]]) -> None:
        """Look up a page's words for the rules' gates at once, before match(…, learned=True) of its paragraphs."""
        self._index.learn(set().union(*token_lists))

    def match(self, text: str, n_words: int | None = None, tokens: list[str] | None = None,
              learned: bool = False) -> Rule | None:
        """The first phrase rule that removes this paragraph, if any (`tokens`: its lower-cased `\\w+` words;
        `learned`: they were passed to learn())."""
        if n_words is None:
            n_words = len(text.split())
        if n_words > self._max_words:
            return None
        lower = text.lower()
        for i in self._index.candidates(lower, tokens, learned):
            rule, regex, on_lower = self._pieces[i]
            if n_words <= rule.max_words and regex.search(lower if on_lower else text) and not rule.spares(text):
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
    """Build a user rule from a configuration entry {name, category?, reason?, pattern, max_words?, unless?}."""
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
            unless=re.compile(str(entry["unless"]), re.IGNORECASE) if entry.get("unless") else None,
        )
    except (KeyError, ValueError, TypeError, re.error) as exc:
        raise ConfigError(f"extra_rules: bad rule {dict(entry)!r}: {exc}") from None


@functools.cache
def default_ruleset() -> RuleSet:
    """Every built-in rule: the phrase rules of `patterns` and the page scorer's decisions.

    Built once per process (a RuleSet never changes: `without` and `plus` return new ones).
    """
    from briefgen.cleaning.patterns import BUILTIN_RULES

    return RuleSet(BUILTIN_RULES)
