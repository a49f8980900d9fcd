"""Literal gates for phrase rules: a cheap test that rules a pattern out before the regex runs.

Python's regex engine scans a pattern that opens with `\\b(?:a|b|c)` position by position,
which made the phrase rules most of cleaning's cost. But nearly every pattern can only match
where one of a few literal words starts ("subscribe", "newsletter", "all rights reserved").
`literal_gate()` reads those words out of the parsed pattern; `GateIndex` then finds, by
looking up the paragraph's words, the few patterns that can match; only their regexes run.
A gate is a necessary condition, never a sufficient one: the regex still decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

MAX_PREFIXES = 1024  # stop expanding "(?:a|b)(?:c|d)…" beyond this many literal strings
MEMO_MAX = 200_000  # words remembered by a GateIndex (a few MB at most)
PREFIX = 4  # word prefixes checked as sets are cut to this many characters
_BOUNDARY = "\x00"  # marks a literal that starts at a word boundary (after ^ or \b)
_WORD_RUN = re.compile(r"\w+")
_ZERO_WIDTH = (sre_c.ASSERT, sre_c.ASSERT_NOT)
_AT_WORD_START = (sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING, sre_c.AT_BOUNDARY)


def _walk(seq: sre_parse.SubPattern | list) -> tuple[set[str], bool]:
    """(literal strings one of which every match starts with, whether the sequence is only them)."""
    items = list(seq)
    out = {""}
    for i, (op, av) in enumerate(items):
        if op is sre_c.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        if op is sre_c.AT:
            if av in _AT_WORD_START and out == {""}:
                out = {_BOUNDARY}
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is sre_c.SUBPATTERN:
            sub, complete = _walk(av[-1])
        elif op is sre_c.BRANCH:
            parts = [_walk(branch) for branch in av[1]]
            sub = set().union(*(p[0] for p in parts))
            complete = all(p[1] for p in parts)
        elif op is sre_c.IN and all(code is sre_c.LITERAL for code, _ in av):
            sub, complete = {chr(c) for _, c in av}, True  # "[$€£]": one of a few characters
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # "(?:please )?rest": a match starts with the optional part or with the rest
            sub = _walk(av[2])[0] | _walk(items[i + 1:])[0]
            complete = False
        else:
            return out, False
        if len(out) * len(sub) > MAX_PREFIXES:
            return out, False
        out = {a + b.lstrip(_BOUNDARY) if a else b for a in out for b in sub}
        if not complete:
            return out, False
    return out, True


@dataclass(frozen=True, slots=True)
class Gate:
    """What a match must contain: a whole word, a word starting with a prefix, or a substring."""

    words: frozenset[str]
    prefixes: frozenset[str]  # 2 to PREFIX characters
    substrings: tuple[str, ...]


def literal_gate(pattern: re.Pattern[str]) -> Gate | None:
    """The gate of a compiled pattern, or None when some match need not contain any literal."""
    try:
        literals, _ = _walk(sre_parse.parse(pattern.pattern, pattern.flags))
    except (re.error, TypeError, ValueError, IndexError):
        return None
    words: set[str] = set()
    prefixes: set[str] = set()
    substrings: set[str] = set()
    for literal in literals:
        at_word_start = literal.startswith(_BOUNDARY)
        text = literal.lstrip(_BOUNDARY).lower()
        if not text:
            return None
        run = _WORD_RUN.match(text)
        if not at_word_start or run is None or len(run.group()) < 2:
            substrings.add(text)
        elif run.end() < len(text):  # "check out": "check" is a whole word of the paragraph
            words.add(run.group())
        else:  # "subscri", "ad": some word starts with it
            prefixes.add(text[:PREFIX])
    return Gate(frozenset(words), frozenset(prefixes), tuple(sorted(substrings)))


class GateIndex:
    """Which of many gated patterns may match a text, found from the text's words by dict look-ups."""

    def __init__(self, gates: list[Gate | None]) -> None:
        self.always = frozenset(i for i, g in enumerate(gates) if g is None)
        self.by_word: dict[str, set[int]] = {}
        self.by_prefix: dict[str, set[int]] = {}
        self.substrings: list[tuple[str, int]] = []
        for i, gate in enumerate(gates):
            if gate is None:
                continue
            for word in gate.words:
                self.by_word.setdefault(word, set()).add(i)
            for prefix in gate.prefixes:
                self.by_prefix.setdefault(prefix, set()).add(i)
            self.substrings += [(s, i) for s in gate.substrings]
        self.prefix_lengths = sorted({len(p) for p in self.by_prefix})
        # one scan for all substrings; the per-substring tests run only when it finds one
        alternatives = sorted({re.escape(s) for s, _ in self.substrings}, key=lambda a: (-len(a), a))
        self._any_substring = re.compile("|".join(alternatives)) if alternatives else None
        # word → the patterns it lets through; words recur across paragraphs and pages
        self._memo: dict[str, frozenset[int]] = {}

    def _lookup(self, word: str) -> frozenset[int]:
        found = set(self.by_word.get(word, ()))
        for n in self.prefix_lengths:
            found |= self.by_prefix.get(word[:n], set())
        return frozenset(found)

    def candidates(self, lower: str, tokens: list[str] | None = None) -> list[int]:
        """Indexes (ascending) of the patterns whose gate the lower-cased text passes.

        `tokens`: the `\\w+` words of `lower`, when the caller has them already.
        """
        found = set(self.always)
        memo = self._memo
        for word in set(_WORD_RUN.findall(lower) if tokens is None else tokens):
            hit = memo.get(word)
            if hit is None:
                hit = self._lookup(word)
                if len(memo) < MEMO_MAX:
                    memo[word] = hit
            if hit:
                found |= hit
        if self._any_substring is not None and self._any_substring.search(lower):
            found.update(i for s, i in self.substrings if s in lower)
        return sorted(found)


def top_level_alternatives(pattern: str) -> list[str]:
    """`a|b|(c|d)` → ["a", "b", "(c|d)"]: the pattern split at its top-level bars."""
    pieces: list[str] = []
    depth, in_class, escaped, start = 0, False, False, 0
    for i, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or pattern[i - 1] == "["
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
    pieces.append(pattern[start:])
    return pieces
