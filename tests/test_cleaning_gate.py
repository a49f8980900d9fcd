"""Literal gates (briefgen.cleaning.gate) never change which rule removes a paragraph, only how fast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cleaning import Rule, RuleSet, default_ruleset
from briefgen.cleaning.gate import GateIndex, literal_gate, top_level_alternatives

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"
DATA = Path(__file__).parent.parent.parent / "shared" / "data" / "boilerplate"


def ungated_match(rules: RuleSet, text: str) -> str | None:
    """The first rule whose whole pattern matches, the slow way (no gates, no pieces)."""
    n_words = len(text.split())
    for rule in rules.rules:
        if (rule.pattern is not None and n_words <= rule.max_words and rule.pattern.search(text)
                and not (rule.unless is not None and rule.unless.search(text))):
            return rule.name
    return None


def fixture_paragraphs() -> list[str]:
    lines = [line for path in sorted(FIXTURES.glob("*.md")) for line in path.read_text(encoding="utf-8").split("\n")]
    return [line for line in lines if line.strip() and line != "."]


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [("a|b", ["a", "b"]), ("(a|b)|c", ["(a|b)", "c"]), (r"[|]|\||x", ["[|]", r"\|", "x"]), ("[]|]|y", ["[]|]", "y"])],
)
def test_top_level_alternatives(pattern: str, pieces: list[str]) -> None:
    assert top_level_alternatives(pattern) == pieces


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        (r"\bsubscri", "please Subscribing now", "unsubscribe here"),  # word start only
        (r"^(?:check out|browse) our", "Check out our shop", "checkout our shop"),
        (r"\bad\b", "AD", "a d"),
        (r"sign up|log ?in", "xlogin", "sig nup"),  # substrings where no boundary is known
    ],
)
def test_gate_admits_matches_and_refuses_texts_without_the_literals(pattern: str, admitted: str, refused: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    index = GateIndex([literal_gate(regex)])
    assert index.candidates(admitted.lower()) == [0]
    assert index.candidates(refused.lower()) == []


@pytest.mark.parametrize(
    ("pattern", "admitted", "refused"),
    [
        # anchored: the literal must open the text (the first word), not merely occur in it
        (r"^(?:our|the) books", "Our books for you", "read our books"),
        (r"^©\s*\d{4}", "© 2019 Example Ltd", "text © 2019"),
        # an optional opening without literals: the words after it are required
        (r"^(?:[^.!?]{0,40}[.!]\s+)?(?:please\s+)?subscribe", "Great story! Subscribe now", "Great story! Read on"),
        (r"^(?:\d+\s+)?comments?\s*$", "12 comments", "12 replies"),
        # the first literals are common words: the rarer ones later in the pattern gate it
        (r"\b(?:for|get) (?:unlimited|full) access", "get full access today", "for the win"),
        # a character class after an optional part: its characters are the gate
        (r"^(?:only|just)?\s*[$€]\s?\d+", "Only €5 a month", "only 5 pounds a month"),
        # with MULTILINE, ^ is only a word start: any word may be the one after a newline
        (r"(?m)^subscribe", "news\nsubscribe", "news unsubscribe"),
        # a group's opening words are function words ("on", "buy"): the rarer words inside it gate it
        (r"\bon patreon\b|\bbuy (?:me|us) a coffee\b", "Support us on Patreon", "Buy it on sale"),
        (r"\bthis (?:shop|post|review) (?:was|is) compensated\b", "This post was compensated", "This is what they said"),
        # anchored and unanchored alternatives: the anchored one's words must open the text
        (r"^(?:(?:you can )?contact (?:him|her) at|(?:he|she) can be reached at)|\breach me at\b",
         "She can be reached at x", "Reached at home, she said"),
    ],
)
def test_gate_finds_required_literals_beyond_the_start(pattern: str, admitted: str, refused: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    assert regex.search(admitted) and not regex.search(refused)
    index = GateIndex([literal_gate(regex)])
    assert index.candidates(admitted.lower()) == [0]
    assert index.candidates(refused.lower()) == []


PATTERN_PARTS = st.sampled_from([
    "^", r"\b", "(?:please )?", r"\s+", "subscribe", "our", "(?:books|reading list)", r"[$€]", r"\d+",
    "(?:a|the) ", "[^.!?]{0,20}", "(?:now|today)", r"(?:\d+\s+)?", "(?:only|just)?", " ", "access",
])
TEXT_WORDS = st.sampled_from("please Subscribe subscribe our books reading list $ € 5 12 a the now today only just access . !".split())


@settings(max_examples=300, deadline=None)
@given(st.lists(PATTERN_PARTS, min_size=1, max_size=5).map("".join),
       st.lists(TEXT_WORDS, min_size=1, max_size=8).map(" ".join))
def test_gate_admits_every_text_its_pattern_matches(pattern: str, text: str) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    if regex.search(text):
        assert GateIndex([literal_gate(regex)]).candidates(text.lower()) == [0], (pattern, text)


def test_ungateable_pattern_always_runs() -> None:
    regex = re.compile(r"^[A-Z ]{8,}$|\d+ comments")
    assert literal_gate(regex) is None
    assert GateIndex([literal_gate(regex)]).candidates("anything") == [0]


def test_gated_rules_agree_with_plain_regexes_on_fixture_texts() -> None:
    rules = default_ruleset()
    for text in fixture_paragraphs():
        found = rules.match(text)
        assert (found.name if found else None) == ungated_match(rules, text), text


def test_gated_rules_agree_with_plain_regexes_on_pasted_pages() -> None:
    path = DATA / "text_dev.jsonl.gz"
    if not path.exists():
        pytest.skip("../shared/data is missing")
    import gzip
    import json

    rules = default_ruleset()
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        texts = [p["text"] for line in list(handle)[:25] for p in json.loads(line)["paragraphs"]]
    for text in texts:
        found = rules.match(text)
        assert (found.name if found else None) == ungated_match(rules, text), text


WORDS = st.sampled_from(
    "subscribe Subscribe newsletter inbox share follow us on Twitter cookies read more related ad Ads "
    "advertisement © copyright by John Smith the a of donate app store explore our books . : | - ? !".split()
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=12).map(" ".join))
def test_gated_rules_agree_with_plain_regexes_on_generated_texts(text: str) -> None:
    rules = default_ruleset()
    found = rules.match(text)
    assert (found.name if found else None) == ungated_match(rules, text)


def test_user_rules_are_gated_too() -> None:
    rule = Rule("promo.podcast", "promo", "plugs a podcast", re.compile(r"^listen to our .* podcast", re.IGNORECASE))
    rules = RuleSet([rule])
    assert rules.match("Listen to our daily podcast") is rule
    assert rules.match("We listen to our readers") is None


def test_a_substring_shared_by_several_gates_admits_all_of_them() -> None:
    gates = [literal_gate(re.compile(p)) for p in (r"\$\d", r"\$[a-z]", r"€", r"\bnews")]
    assert [g.substrings for g in gates[:3]] == [("$",), ("$",), ("€",)]
    index = GateIndex(gates)
    assert index.candidates("only $5") == [0, 1]
    assert index.candidates("€ or $") == [0, 1, 2]
    assert index.candidates("the news, €2") == [2, 3]
    assert index.candidates("nothing here") == []


def plain_candidates(index: GateIndex, lower: str) -> list[int]:
    """GateIndex.candidates by its definition: every word looked up, every substring tested."""
    tokens = re.findall(r"\w+", lower)
    found = set(index.always)
    for word in tokens:
        found |= index._lookup(word)
    if tokens:
        found |= index._lookup_first(tokens[0])
    found.update(i for s, i in index.starts if lower.startswith(s))
    found.update(i for s, i in index.substrings if s in lower)
    return sorted(found)


_GATE_INDEX_WORDS = st.one_of(
    st.sampled_from("subscribe subscri sub su newsletter ad ads adverts said says wrote credit: (c) © € $ | / - . "
                    "share follow copyright jan january 2019 é über abonnez-vous".split()),
    st.text(alphabet="abcdeinorstuwé€©$-./|:", min_size=1, max_size=9),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_GATE_INDEX_WORDS, max_size=8).map(" ".join), min_size=1, max_size=6))
def test_candidates_equal_looking_up_every_word(texts: list[str]) -> None:
    # a fresh index each time: its memo of words seen starts empty, and fills as the texts come
    index = GateIndex([gate for rule in default_ruleset().rules if rule.pattern is not None
                       for _, _, gate in rule.pieces])
    for text in texts:
        assert index.candidates(text.lower()) == plain_candidates(index, text.lower()), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_GATE_INDEX_WORDS, max_size=8).map(" ".join), min_size=1, max_size=6))
def test_candidates_after_learning_a_whole_page_equal_looking_up_every_word(texts: list[str]) -> None:
    # the cleaner's path: the page's words looked up at once (learn), then each paragraph's candidates
    index = GateIndex([gate for rule in default_ruleset().rules if rule.pattern is not None
                       for _, _, gate in rule.pieces])
    token_lists = [re.findall(r"\w+", text.lower()) for text in texts]
    index.learn(set().union(*token_lists))
    for text, tokens in zip(texts, token_lists):
        assert index.candidates(text.lower(), tokens, learned=True) == plain_candidates(index, text.lower()), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ABCDEFGHK ÀÉÞ abcßÿжЖ19!.:\n")), max_size=30))
def test_all_caps_rule_reads_its_definition(text: str) -> None:
    # nav.all-caps tests "no small letter or digit" before "eight capitals", for speed: the same rule
    plain = re.compile(r"^(?=(?:[^A-Za-zÀ-ÿ]*(?-i:[A-ZÀ-Þ])){8})(?-i:[^a-zß-ÿа-я\d]+)$", re.IGNORECASE)
    rule = default_ruleset().get("nav.all-caps")
    assert rule is not None and rule.matches(text, n_words=1) == bool(plain.search(text))
