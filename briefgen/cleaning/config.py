"""Rules from configuration: switch built-in rules off and add your own in briefgen.yml.

The two keys live in `briefgen.yml` at the project root (both optional)::

    # Switch rules off by name, or a whole category with "category.*".
    # `briefgen analyze --json FILE` shows which rule removed what ("rule" of each removal).
    disabled_rules:
      - byline.author          # keep bylines in the body
      - related.*              # keep every "Related:" / "Read more" line
      - page.*                 # no page scorer: only phrase rules remove paragraphs

    # Add rules: a paragraph matching `pattern` (a Python regular expression, matched
    # case-insensitively anywhere in the paragraph; anchor with ^ and $) is removed.
    extra_rules:
      - name: promo.house-podcast        # required, shown as "removed because" on the page
        pattern: "^listen to our .* podcast"   # required
        category: promo                  # optional, default: the part of the name before "."
        reason: plugs the site's podcast # optional one-line reason shown on the page
        max_words: 40                    # optional, default 45: longer paragraphs are never removed
        unless: "\\bsaid\\b"              # optional: a paragraph that also matches this stays

User rules are tried before the built-in ones, so they name the removal when both match.
An unknown name in `disabled_rules`, a duplicate rule name or a bad pattern stops the build
with one line naming the problem.
"""

from __future__ import annotations

from briefgen.cleaning.rules import RuleSet, default_ruleset, rule_from_config
from briefgen.config import BriefConfig


def ruleset_from_config(config: BriefConfig) -> RuleSet:
    """The built-in rules minus `config.disabled_rules`, plus `config.extra_rules`."""
    rules = default_ruleset().plus(rule_from_config(entry) for entry in config.extra_rules)
    if config.disabled_rules:
        rules = rules.without(config.disabled_rules)
    return rules
