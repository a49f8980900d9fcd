"""Editors' corrections from a source's front matter, applied between analysis and rendering.

Title, date, source, url and tags are ordinary front-matter keys of a Markdown source: the
reader already prefers them to anything it would infer. Everything else sits under one key,
`corrections:`. Paragraphs, quotes and questions are named by a piece of their text (matched
case-insensitively, whitespace ignored), so a correction survives re-analysis and new rules:

```yaml
---
title: "Corrected headline"
date: 2024-05-01
source: Example Times
tags: [Iran, nuclear talks]
corrections:
  drop_paragraphs: ["Sign up for our newsletter"]   # hide paragraphs containing this text
  keep_paragraphs: ["Readers interested in"]        # restore passages the cleaner removed
  hide_quotes: ["a preference"]                     # hide quotes containing this text
  pin_quotes: ["non-negotiable"]                    # always show these quotes, first
  add_questions:                                    # a string, or {question, evidence}
    - question: "Will talks resume in Oman?"
      evidence: "U.S. and Iranian officials held preliminary nuclear talks in Oman."
  remove_questions: ["second aircraft carrier"]     # hide questions containing this text
---
```

A correction that matches nothing is reported as a warning (it may be out of date).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from briefgen.brief import make_briefing, mark_key_quotes
from briefgen.model import Article, Briefing, Paragraph, Question, Quote

KEYS = ("drop_paragraphs", "keep_paragraphs", "hide_quotes", "pin_quotes", "add_questions", "remove_questions")
# Front-matter keys an editor writes for a correction by slip, each with where it belongs: reported, never silently
# ignored (a quote the editor hid must not stay on the page without a word).
TOP_LEVEL_SLIPS = {"correction": "the key is 'corrections'", **{key: "it belongs under 'corrections:'" for key in KEYS}}


@dataclass(frozen=True, slots=True)
class Corrections:
    drop_paragraphs: tuple[str, ...] = ()
    keep_paragraphs: tuple[str, ...] = ()
    hide_quotes: tuple[str, ...] = ()
    pin_quotes: tuple[str, ...] = ()
    add_questions: tuple[Question, ...] = ()
    remove_questions: tuple[str, ...] = ()


PLACE_BY_CHARS = 40  # characters of a paragraph's opening or end that find its place in the source


def _norm(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _matches(text: str, needles: tuple[str, ...]) -> bool:
    hay = _norm(text)
    return any(_norm(n) in hay for n in needles)


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    return tuple(str(v) for v in value if str(v).strip()) if isinstance(value, list) else ()


def parse(meta: dict[str, Any]) -> tuple[Corrections, list[str]]:
    """Read `corrections:` from front-matter metadata; returns the corrections and problems found."""
    slips = [f"front-matter key {key!r} is ignored: {advice}" for key, advice in TOP_LEVEL_SLIPS.items() if key in meta]
    raw = meta.get("corrections")
    if raw is None:
        return Corrections(), slips
    if not isinstance(raw, dict):
        return Corrections(), slips + ["'corrections' must be a mapping; ignored"]
    problems = slips + [f"unknown correction {key!r} (known: {', '.join(KEYS)})" for key in raw if key not in KEYS]
    problems += [
        f"correction {key!r} must be a text or a list of texts; ignored"
        for key in KEYS
        if raw.get(key) is not None and not isinstance(raw[key], str | list)
    ]
    questions = []
    added = raw.get("add_questions")
    for item in added if isinstance(added, list) else [added] if isinstance(added, str) else []:
        if isinstance(item, dict) and str(item.get("question", "")).strip():
            questions.append(Question(str(item["question"]).strip(), str(item.get("evidence") or "").strip()))
        elif isinstance(item, str) and item.strip():
            questions.append(Question(item.strip(), ""))
        else:
            problems.append(f"add_questions item {item!r} is neither a question nor {{question, evidence}}")
    found = Corrections(
        drop_paragraphs=_strings(raw.get("drop_paragraphs")),
        keep_paragraphs=_strings(raw.get("keep_paragraphs")),
        hide_quotes=_strings(raw.get("hide_quotes")),
        pin_quotes=_strings(raw.get("pin_quotes")),
        add_questions=tuple(questions),
        remove_questions=_strings(raw.get("remove_questions")),
    )
    return found, problems


def _unused(needles: tuple[str, ...], texts: list[str], what: str) -> list[str]:
    return [f"{what} {n!r} matches nothing" for n in needles if not any(_matches(t, (n,)) for t in texts)]


def correct_article(article: Article, raw: Article, fixes: Corrections) -> tuple[Article, list[str]]:
    """Drop and restore paragraphs; restored passages go back to their place in the source (`raw`)."""
    problems = _unused(fixes.drop_paragraphs, [p.text for p in article.paragraphs], "drop_paragraphs")
    problems += _unused(fixes.keep_paragraphs, [r.text for r in article.removed], "keep_paragraphs")
    restored = [r for r in article.removed if _matches(r.text, fixes.keep_paragraphs)]
    removed = tuple(r for r in article.removed if r not in restored)
    kept = [p for p in article.paragraphs if not _matches(p.text, fixes.drop_paragraphs)]
    kept += [Paragraph(r.text) for r in restored]
    order = [_norm(p.text) for p in raw.paragraphs]

    def position(p: Paragraph) -> int:
        text = _norm(p.text)
        # a paragraph the cleaner cut a passage from (page.hover-card) is found by its opening or its end
        pieces = (text, text[:PLACE_BY_CHARS], text[-PLACE_BY_CHARS:]) if len(text) > PLACE_BY_CHARS else (text,)
        return next((i for piece in pieces for i, o in enumerate(order) if piece in o), len(order))

    kept.sort(key=position)  # stable: paragraphs not found in the source keep their relative order
    return replace(article, paragraphs=tuple(kept), removed=removed), problems


def correct_briefing(briefing: Briefing, fixes: Corrections) -> tuple[Briefing, list[str]]:
    """Hide and pin quotes, remove and add questions."""
    quotes = [q for q in briefing.quotes if not _matches(q.text, fixes.hide_quotes)]
    pinned: list[Quote] = [q for q in quotes if _matches(q.text, fixes.pin_quotes)]
    texts = [q.text for q in briefing.quotes]
    problems = _unused(fixes.hide_quotes, texts, "hide_quotes") + _unused(fixes.pin_quotes, texts, "pin_quotes")
    questions = [q for q in briefing.questions if not _matches(q.question, fixes.remove_questions)]
    problems += _unused(fixes.remove_questions, [q.question for q in briefing.questions], "remove_questions")
    return replace(
        briefing,
        # pinned quotes come first and are always shown; a hidden key quote gives its place to another
        quotes=mark_key_quotes(tuple(pinned + [q for q in quotes if q not in pinned]), pinned=len(pinned),
                               actors=briefing.actors),
        questions=tuple(questions) + fixes.add_questions,
    ), problems


def apply(briefing: Briefing, raw: Article) -> tuple[Briefing, list[str]]:
    """All corrections of one source. `raw` is the article as read, before cleaning.

    Paragraph corrections change what the extractors see, so the briefing is re-made from
    the corrected text (only for sources that have such corrections).
    """
    fixes, problems = parse(briefing.article.meta)
    if fixes == Corrections():
        return briefing, problems
    if fixes.drop_paragraphs or fixes.keep_paragraphs:
        article, found = correct_article(briefing.article, raw, fixes)
        problems += found
        briefing = make_briefing(article)
    briefing, found = correct_briefing(briefing, fixes)
    return briefing, problems + found
