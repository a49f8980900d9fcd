"""Cleaning stage: drop ads, subscription prompts, plugs and page furniture from an Article."""

from __future__ import annotations

from dataclasses import replace

from briefgen.cleaning.rules import RuleSet, default_ruleset
from briefgen.model import Article, Removal

__all__ = ["clean", "RuleSet", "default_ruleset"]


def clean(article: Article, rules: RuleSet | None = None) -> Article:
    """Return the article with boilerplate paragraphs moved to `removed`, each with its rule."""
    rules = rules or default_ruleset()
    kept = []
    removed = list(article.removed)
    for para in article.paragraphs:
        rule = rules.match(para.text)
        if rule is None:
            kept.append(para)
        else:
            removed.append(Removal(para.text, rule.name, rule.category, rule.reason))
    return replace(article, paragraphs=tuple(kept), removed=tuple(removed))
