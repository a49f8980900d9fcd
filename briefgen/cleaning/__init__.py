"""Cleaning stage: drop ads, subscription prompts, plugs and page furniture from an Article."""

from __future__ import annotations

from briefgen.cleaning.clean import clean
from briefgen.cleaning.config import ruleset_from_config
from briefgen.cleaning.repeated import remove_repeated
from briefgen.cleaning.rules import Rule, RuleSet, default_ruleset

__all__ = ["clean", "remove_repeated", "Rule", "RuleSet", "default_ruleset", "ruleset_from_config"]
