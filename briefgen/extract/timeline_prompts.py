"""Sentences that address the reader: no event in the timeline, no news in the summary or key points (named rules)."""

from __future__ import annotations

import re

# (name, pattern at the sentence's start): an imperative to read, watch or listen ("Tune in tonight for …", "Listen to
# our analysis of Thursday's debate …", "Read on to see my picks for this year"), a newsletter's greeting ("This is
# HuffPollster for Monday, May 2, 2016."), a shop's "We bring you the best deals we've found today".
READER_PROMPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("prompt.imperative", re.compile(
        r"(?:Tune in|Stay tuned|Listen (?:to|in)|Watch (?:the|our|it|live|this)|Read on|Read more|Click|Subscribe|"
        r"Sign up|Check out|Don['’]t miss|Catch (?:the|it|all)|Join us)\b")),
    ("prompt.be-sure", re.compile(r"(?:Be sure|Make sure) (?:to|you) (?:visit|check|follow|like|subscribe|sign up|"
                                  r"read|watch|listen|tune in|share)\b")),
    ("prompt.newsletter-greeting", re.compile(r"(?:This is|Welcome to) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3},? for\b")),
    # "For full details on the grant activities and budget, see this page.", "For more information, visit …": a pointer
    # to another page (not "For more than a decade, …": a count)
    ("prompt.see-more", re.compile(r"For (?:more|full|further|complete|additional) (?:details|information|info)\b"
                                   r"[^.;!?]{0,80}?,\s*(?:see|visit|go to|read|click|contact|call|e-?mail)\b")),
    ("prompt.see-page", re.compile(r"See (?:this|our|the (?:full|complete)) (?:page|link|website|site|story|article|"
                                   r"list|report)\b")),
    # "Get more pre-workout meal ideas here!", "Find all our recipes below.": a pointer to more of the site
    ("prompt.more-here", re.compile(r"(?:Get|Find|See|Read|Discover|Browse) (?:more|all|the latest|our)\b[^.;!?]{0,60}"
                                    r"\b(?:here|below)\b")),
    ("prompt.deals", re.compile(r"We (?:bring|round up|rounded up|have) (?:you )?(?:the|all the|our) (?:best|top|latest) "
                                r"deals\b", re.IGNORECASE)),
)


def reader_prompt(sentence: str) -> str | None:
    """The name of the rule that reads the sentence as addressed to the reader, else None."""
    text = sentence.lstrip(" \"“‘'(")
    return next((name for name, pattern in READER_PROMPTS if pattern.match(text)), None)
