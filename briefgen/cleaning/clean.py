"""clean(): drop boilerplate paragraphs from an Article and record each removal with its rule."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen.cleaning.page import END_MARKER_CATEGORIES, page_decisions
from briefgen.cleaning.rules import RuleSet, default_ruleset
from briefgen.model import Article, Paragraph, Removal

# A paragraph that reports what someone said is news even when the words are a promo's
# ("'Subscribe to my channel,' he told followers"): phrase rules leave it alone.
_REPORTED = re.compile(
    r"[\"“”«»„]|(?:^|\s)['‘]\w"  # a quotation mark...
)
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|according to|wrote|writes|added|asked|stated|announced|tweeted|"
    r"sagte|erklärte|a déclaré|a dit|dijo|afirmó|disse|afirmou|ha detto)\b",
    re.IGNORECASE,
)


def is_reported_speech(text: str) -> bool:
    """True for a paragraph that quotes and attributes speech."""
    return bool(_REPORTED.search(text)) and bool(_SPEECH.search(text))


def _phrase_rule(rules: RuleSet, para: Paragraph) -> str | None:
    if is_reported_speech(para.text):
        return None
    rule = rules.match(para.text)
    return rule.name if rule else None


def clean(article: Article, rules: RuleSet | None = None) -> Article:
    """Return the article with boilerplate paragraphs moved to `removed`, each with its rule.

    Phrase rules (briefgen.cleaning.patterns) decide first; then the page scorer
    (briefgen.cleaning.page) finds the article's run of prose in a pasted page. Either can be
    switched off by rule name (`page.*` switches off the scorer).
    """
    rules = default_ruleset() if rules is None else rules
    paragraphs = article.paragraphs
    decisions = [_phrase_rule(rules, p) for p in paragraphs]
    if "page.furniture" in rules or "page.short-fragment" in rules:
        markers = [d is not None and d.split(".")[0] in END_MARKER_CATEGORIES for d in decisions]
        page = page_decisions([p.text for p in paragraphs], [p.link_density for p in paragraphs], markers)
        decisions = [d or (pd if pd in rules else None) for d, pd in zip(decisions, page)]
    kept: list[Paragraph] = []
    removed = list(article.removed)
    for para, name in zip(paragraphs, decisions):
        rule = rules.get(name) if name else None
        if rule is None:
            kept.append(para)
        else:
            removed.append(Removal(para.text, rule.name, rule.category, rule.reason))
    return replace(article, paragraphs=tuple(kept), removed=tuple(removed))
