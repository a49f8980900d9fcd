"""Literal gates for phrase rules: a cheap test that rules a pattern out before the regex runs.

Python's regex engine scans a pattern that opens with `\\b(?:a|b|c)` position by position,
which made the phrase rules most of cleaning's cost. But nearly every pattern can only match
where one of a few literal words is ("subscribe", "newsletter", "all rights reserved").
`literal_gate()` reads those words out of the parsed pattern; `GateIndex` then finds, by
looking up the paragraph's words, the few patterns that can match; only their regexes run.
A pattern anchored with ^ can only match when the paragraph's first word is one of them.
A gate is a necessary condition, never a sufficient one: the regex still decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from briefgen.cleaning.words import STOP_WORDS

MAX_PREFIXES = 1024  # stop expanding "(?:a|b)(?:c|d)…" beyond this many literal strings
MEMO_MAX = 200_000  # words remembered by a GateIndex (a few MB at most)
PREFIX = 4  # word prefixes checked as sets are cut to this many characters
_BOUNDARY = "\x00"  # marks a literal that starts at a word boundary (after \b)
_START = "\x01"  # marks a literal that starts the text (after ^ or \A)
_MARKERS = _BOUNDARY + _START
_WORD_RUN = re.compile(r"\w+")
_ZERO_WIDTH = (sre_c.ASSERT, sre_c.ASSERT_NOT)
_AT_TEXT_START = (sre_c.AT_BEGINNING, sre_c.AT_BEGINNING_STRING)
_AT_WORD_START = (*_AT_TEXT_START, sre_c.AT_BOUNDARY)


def _walk(seq: sre_parse.SubPattern | list, multiline: bool = False) -> tuple[set[str], bool]:
    """(literal strings one of which every match starts with, whether the sequence is only them).

    A literal after ^ or \\A starts with _START, one after \\b with _BOUNDARY (`multiline`: ^ also
    matches after a newline, so it only marks a word start).
    """
    items = list(seq)
    out = {""}
    for i, (op, av) in enumerate(items):
        if op is sre_c.LITERAL:
            out = {s + chr(av) for s in out}
            continue
        if op is sre_c.AT:
            if av in _AT_WORD_START and out == {""}:
                at_start = av is sre_c.AT_BEGINNING_STRING or (av is sre_c.AT_BEGINNING and not multiline)
                out = {_START if at_start else _BOUNDARY}
            continue
        if op in _ZERO_WIDTH:
            continue
        if op is sre_c.SUBPATTERN:
            sub, complete = _walk(av[-1], multiline)
        elif op is sre_c.BRANCH:
            parts = [_walk(branch, multiline) for branch in av[1]]
            sub = set().union(*(p[0] for p in parts))
            complete = all(p[1] for p in parts)
        elif op is sre_c.IN and all(code is sre_c.LITERAL for code, _ in av):
            sub, complete = {chr(c) for _, c in av}, True  # "[$€£]": one of a few characters
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            # "(?:please )?rest": a match starts with the optional part or with the rest
            sub = _walk(av[2], multiline)[0] | _walk(items[i + 1:], multiline)[0]
            complete = False
        else:
            return out, False
        if len(out) * len(sub) > MAX_PREFIXES:
            return out, False
        out = {a + b.lstrip(_MARKERS) if a else b for a in out for b in sub}
        if not complete:
            return out, False
    return out, True


@dataclass(frozen=True, slots=True)
class Gate:
    """What a match must contain: a whole word, a word starting with a prefix, or a substring.

    The `start_` keys are for literals a match can only open the text with (after ^): the word or
    prefix must be the text's first word, the substring its beginning. One pattern may have keys
    of both kinds ("^(?:you can )?contact him|he can be reached": "contact" anywhere, "he" first).
    """

    words: frozenset[str]
    prefixes: frozenset[str]  # 2 to PREFIX characters
    substrings: tuple[str, ...]
    start_words: frozenset[str] = frozenset()
    start_prefixes: frozenset[str] = frozenset()
    start_substrings: tuple[str, ...] = ()


_SPACE = [(sre_c.CATEGORY, sre_c.CATEGORY_SPACE)]


def _ends_non_word(item: tuple) -> bool:
    """True when the item always consumes a non-word character last (" ", "\\s", "\\s+", "(?:…\\s+)")."""
    op, av = item
    if op is sre_c.LITERAL:
        return not _WORD_RUN.match(chr(av))
    if op is sre_c.IN:
        return av == _SPACE or all(code is sre_c.LITERAL and not _WORD_RUN.match(chr(c)) for code, c in av)
    if op is sre_c.SUBPATTERN:
        body = list(av[-1])
        return bool(body) and _ends_non_word(body[-1])
    if op is sre_c.BRANCH:
        return all(bool(list(b)) and _ends_non_word(list(b)[-1]) for b in av[1])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
        body = list(av[2])
        return bool(body) and _ends_non_word(body[-1])
    return False


def _at_word_start(items: list, i: int, anchor: tuple | None) -> bool:
    """True when a match of items[i:] starts at a word start or at the text start (when it starts
    with a word character): after a non-word character, or after optional parts that end with one."""
    while i > 0:
        op, av = items[i - 1]
        if _ends_non_word(items[i - 1]) or (op is sre_c.AT and av in _AT_WORD_START):
            return True
        optional_non_word = (op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] == 0
                             and bool(list(av[2])) and _ends_non_word(list(av[2])[-1]))
        if not optional_non_word:
            return False
        i -= 1  # the optional part may be absent: look further back
    return anchor is not None


def _usable(literals: set[str]) -> bool:
    return all(literal.lstrip(_MARKERS) for literal in literals)


def _quality(literals: set[str]) -> tuple[bool, bool, int, int]:
    """How well a literal set rules paragraphs out: a first-word test beats word look-ups, which
    beat substring scans; then the fewer function words ("on", "may", "this": in most paragraphs)
    among the keys looked for anywhere in the text the better; then a longer key (the first
    word, or a prefix cut to PREFIX characters) is rarer."""
    keys = []
    function_words = 0
    for literal in literals:
        text = literal.lstrip(_MARKERS)
        run = _WORD_RUN.match(text)
        if literal[:1] not in _MARKERS or not literal[:1] or run is None or len(run.group()) < 2:
            # a substring: symbols ("$", "©") are rarer in prose than letters ("mo")
            keys.append((False, sum(1 if char.isalnum() or char == " " else 3 for char in text)))
            continue
        if run.end() < len(text):
            keys.append((True, 2 * len(run.group()) + 1))
        else:
            keys.append((True, 2 * min(len(text), PREFIX)))
        # (a first word is tested on its own: "you" as a text's first word is not common)
        function_words += not literal.startswith(_START) and run.group()[:PREFIX] in STOP_WORDS
    return (all(literal.startswith(_START) for literal in literals), all(k[0] for k in keys), -function_words,
            min(k[1] for k in keys))


def _necessary(items: list, anchor: tuple | None = None, multiline: bool = False) -> set[str] | None:
    """Literal strings one of which every match of the sequence `items` contains, or None.

    The literals every match starts with when there are some; else those that every match of a
    later part of the sequence starts with (a match of `items` contains a match of `items[i:]`),
    or those inside a group it must match: of all these, the set _quality ranks best.
    `anchor`: the ^ or \\b item the sequence is known to start at (its parent had it before it).
    """
    items = list(items)
    found: list[set[str]] = []
    inside: list[set[str]] = []  # sets from inside groups, after the others: on a tie the others win
    for i in range(len(items)):
        if i > 0 and items[i][0] in (sre_c.AT, *_ZERO_WIDTH):
            continue
        lead = items[:i]
        if all(op is sre_c.AT and av in _AT_WORD_START for op, av in lead):
            here = anchor if not lead else lead[0]  # at the parent's anchor, or this sequence's own ^ or \b
        else:
            here = (sre_c.AT, sre_c.AT_BOUNDARY) if _at_word_start(items, i, anchor) else None
        literals, _ = _walk(([here] if here else []) + items[i:], multiline)
        if _usable(literals):
            found.append(literals)
        # The literals inside a group too, even when the group's opening ones are usable: in
        # "(?:on patreon|buy me a coffee)", "patreon" and "coffee" are rarer than "on" and "buy".
        op, av = items[i]
        inner = None
        if op is sre_c.SUBPATTERN:
            inner = _necessary(av[-1], here, multiline)
        elif op is sre_c.BRANCH:
            branches = [_necessary(branch, here, multiline) for branch in av[1]]
            if all(b is not None for b in branches):
                inner = set().union(*branches)  # type: ignore[arg-type]
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT) and av[0] >= 1:
            inner = _necessary(av[2], here, multiline)
        if inner is not None and len(inner) <= MAX_PREFIXES:
            inside.append(inner)
    found += inside
    return max(found, key=_quality) if found else None


def literal_gate(pattern: re.Pattern[str]) -> Gate | None:
    """The gate of a compiled pattern, or None when some match need not contain any literal."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        multiline = bool((pattern.flags | parsed.state.flags) & re.MULTILINE)
        literals = _necessary(list(parsed), None, multiline)
    except (re.error, TypeError, ValueError, IndexError, AttributeError, RecursionError):
        return None
    if literals is None:
        return None
    # [words, prefixes, substrings] anywhere in the text, and for literals that open it
    anywhere: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    opening: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    for literal in literals:
        words, prefixes, substrings = opening if literal.startswith(_START) else anywhere
        at_word_start = literal[:1] in _MARKERS and literal[:1] != ""
        text = literal.lstrip(_MARKERS).lower()
        if not text:
            return None
        run = _WORD_RUN.match(text)
        if not at_word_start or run is None or len(run.group()) < 2:
            substrings.add(text)  # an opening literal: the text starts with it
        elif run.end() < len(text):  # "check out": "check" is a whole word of the paragraph
            words.add(run.group())
        else:  # "subscri", "ad": some word starts with it
            prefixes.add(text[:PREFIX])
    return Gate(frozenset(anywhere[0]), frozenset(anywhere[1]), tuple(sorted(anywhere[2])),
                frozenset(opening[0]), frozenset(opening[1]), tuple(sorted(opening[2])))


class GateIndex:
    """Which of many gated patterns may match a text, found from the text's words by dict look-ups."""

    def __init__(self, gates: list[Gate | None]) -> None:
        self.always = frozenset(i for i, g in enumerate(gates) if g is None)
        # words anywhere in the text, and (for patterns anchored at the start) its first word
        self.by_word: dict[str, set[int]] = {}
        self.by_prefix: dict[str, set[int]] = {}
        self.by_first_word: dict[str, set[int]] = {}
        self.by_first_prefix: dict[str, set[int]] = {}
        self.substrings: list[tuple[str, int]] = []
        self.starts: list[tuple[str, int]] = []
        for i, gate in enumerate(gates):
            if gate is None:
                continue
            for by_key, keys in ((self.by_word, gate.words), (self.by_prefix, gate.prefixes),
                                 (self.by_first_word, gate.start_words), (self.by_first_prefix, gate.start_prefixes)):
                for key in keys:
                    by_key.setdefault(key, set()).add(i)
            self.substrings.extend((s, i) for s in gate.substrings)
            self.starts.extend((s, i) for s in gate.start_substrings)
        self.prefix_lengths = sorted({len(p) for p in self.by_prefix})
        self.first_prefix_lengths = sorted({len(p) for p in self.by_first_prefix})
        self._start_tuple = tuple(s for s, _ in self.starts)
        # Each distinct substring with the patterns it lets through, tested by `in` (a C scan that
        # stops at the first hit). No one-regex pre-scan for any of them: "." and "-" are among
        # the built-in ones, so nearly every paragraph passed it, and the regex scan cost more.
        by_substring: dict[str, set[int]] = {}
        for substring, i in self.substrings:
            by_substring.setdefault(substring, set()).add(i)
        substring_hits = tuple((s, frozenset(found)) for s, found in by_substring.items())
        # An ASCII text holds no non-ASCII substring ("€", "©"): most paragraphs skip those tests.
        self._ascii_substring_hits = tuple(hit for hit in substring_hits if hit[0].isascii())
        self._substring_hits = substring_hits
        # The keys a new word is looked up by: whole words, and prefixes by length.
        self._word_keys = frozenset(self.by_word)
        self._prefix_keys = tuple(
            (itemgetter(slice(0, n)), frozenset(p for p in self.by_prefix if len(p) == n)) for n in self.prefix_lengths)
        # Words already looked up, and those that let some pattern through (with the patterns):
        # words recur across paragraphs and pages.
        self._seen: set[str] = set()
        self._hits: dict[str, frozenset[int]] = {}
        self._hit_words: set[str] = set()
        self._first_memo: dict[str, frozenset[int]] = {}

    def _lookup_first(self, word: str) -> frozenset[int]:
        found = set(self.by_first_word.get(word, ()))
        for n in self.first_prefix_lengths:
            found |= self.by_first_prefix.get(word[:n], set())
        return frozenset(found)

    def _may_hit(self, new: set[str]) -> set[str]:
        """The words of `new` that are a word key or start with a prefix key (a superset of
        those _lookup finds something for). Set operations in C over all the words; a Python
        loop only over the words of a prefix length that has a hit: most words let nothing
        through, and a page brings a few hundred new ones."""
        found = new.intersection(self._word_keys)
        for cut, prefixes in self._prefix_keys:
            if not prefixes.isdisjoint(map(cut, new)):
                found.update(word for word in new if cut(word) in prefixes)
        return found

    def _lookup(self, word: str) -> frozenset[int]:
        found = set(self.by_word.get(word, ()))
        for n in self.prefix_lengths:
            found |= self.by_prefix.get(word[:n], set())
        return frozenset(found)

    def learn(self, words: set[str]) -> None:
        """Look up the words not looked up before, and remember those that let a pattern through.

        The cleaner passes a whole page's words at once (one set difference over the page's
        vocabulary instead of one per paragraph), then asks candidates(…, learned=True).
        """
        new = words.difference(self._seen)
        if new:
            if len(self._seen) + len(new) > MEMO_MAX:
                self._seen.clear()
                self._hits.clear()
                self._hit_words.clear()
                new = words
            for word in self._may_hit(new):
                if hit := self._lookup(word):
                    self._hits[word] = hit
                    self._hit_words.add(word)
            self._seen |= new

    def candidates(self, lower: str, tokens: list[str] | None = None, learned: bool = False) -> list[int]:
        """Indexes (ascending) of the patterns whose gate the lower-cased text passes.

        `tokens`: the `\\w+` words of `lower`, when the caller has them already; `learned`: the
        caller has passed all of them to learn() since (a page's words, before its paragraphs).
        """
        if tokens is None:
            tokens = _WORD_RUN.findall(lower)
        if not learned:
            self.learn(set(tokens))
        found = set(self.always)
        for word in self._hit_words.intersection(tokens):  # in C: most words let nothing through
            found |= self._hits[word]
        if tokens:  # a pattern anchored at the start needs the first word (if the text starts with a letter)
            hit = self._first_memo.get(tokens[0])
            if hit is None:
                hit = self._lookup_first(tokens[0])
                if len(self._first_memo) < MEMO_MAX:
                    self._first_memo[tokens[0]] = hit
            found |= hit
        if self._start_tuple and lower.startswith(self._start_tuple):
            found.update(i for s, i in self.starts if lower.startswith(s))
        for substring, hit in self._ascii_substring_hits if lower.isascii() else self._substring_hits:
            if substring in lower:
                found |= hit
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
