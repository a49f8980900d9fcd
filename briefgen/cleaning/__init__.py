"""Cleaning stage: drop ads, subscription prompts, plugs and page furniture from an Article.

Code map: `clean` (clean.py) runs the phrase rules first, then on a pasted page the page scorer and the page
rules named `page.*`, then looks for the headline; every removal keeps its rule's name. Blocks repeated across
a publication's articles (`remove_repeated`) go before, when the build has found them.
    clean                   entry: drop boilerplate paragraphs, record each removal with its rule
  Phrase rules (named, as data; switched off or added in briefgen.yml):
    rules                   the rule registry: named rules, switchable by configuration
    config                  rules from briefgen.yml: built-in rules off, your own added
    patterns                built-in boilerplate rules as data, grouped by concept
    closing                 rules for what closes a page: disclaimers, profiles, bios, appeals
    credits                 rules for credits: photo credits and captions, sources, print notes
    vocab                   the phrase-rule builder and words several rule tables share
    gate                    cheap literal tests that rule a pattern out before its regex runs
    words                   a paragraph's words: tokens, function words, content words
  The page scorer (a pasted page: find the article's run of prose):
    page                    the page scorer: keep the article's prose, drop the furniture around it
    features                paragraph features the scorer weighs: shape, wording, position, topic
    topic                   how near each paragraph is to the page's topic
    train                   fit the scorer's weight table on the DEV pasted pages (not run by a build)
    page_rules              the named rules that are no phrase: the scorer's decisions, page shapes
    inner_gaps              short lines the scorer dropped inside the article, kept again
  Rules on one shape each (`page.*`, `byline.*`, `site.*`):
    glued                   page.glued-teaser: a teaser's headline glued to its lead
    hover_card              page.hover-card: a person's hover card glued into a sentence
    pull_quote              page.pull-quote: a quotation set out again and signed
    standfirst              page.standfirst: the summary set under the headline
    title_repeat            page.title-repeat: the headline repeated in the body
    author_bio              byline.named-bio: an author's biography at the article's end
    repeated                site.repeated-block: paragraphs repeated across one publication's articles
  The page's head:
    headline                a pasted page's headline among the removed lines above the article
    page_date               a pasted page's publication date from its date line
"""

from __future__ import annotations

from briefgen.cleaning.clean import clean
from briefgen.cleaning.config import ruleset_from_config
from briefgen.cleaning.repeated import remove_repeated
from briefgen.cleaning.rules import Rule, RuleSet, default_ruleset

__all__ = ["clean", "remove_repeated", "Rule", "RuleSet", "default_ruleset", "ruleset_from_config"]
