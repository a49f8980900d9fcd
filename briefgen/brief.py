"""Compose the extraction stages into a Briefing for one cleaned Article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefgen.extract.actor_name_forms import spaced_letters, spacing_typos
from briefgen.extract.actors import extract_actors, link_speakers
from briefgen.extract.lead_title import headline_from_lead
from briefgen.extract.language import ENGLISH, declared_language, detect_language, language_name
from briefgen.extract.questions import extract_questions
from briefgen.extract.quotes import extract_quotes, key_quotes
from briefgen.extract.summary import summarize
from briefgen.extract.timeline import extract_timeline
from briefgen.extract.transcript import name_the_answers, with_transcript_quotes
from briefgen.model import Actor, Article, Briefing, Quote
from briefgen.readers.common import title_from_lead

KEY_QUOTES = 6  # quotes the page shows; the rest are read in the full text


def mark_key_quotes(quotes: tuple[Quote, ...], pinned: int = 0, actors: Sequence[Actor] = ()) -> tuple[Quote, ...]:
    """The quotes with `key` set on those the page shows: the first `pinned` (an editor's pins, always
    shown), then the most informative of the rest (quotes.key_quotes: the main actors' first) up to KEY_QUOTES."""
    room = KEY_QUOTES - pinned
    chosen = {id(q) for q in key_quotes(quotes[pinned:], limit=room, actors=actors)} if room > 0 else set()
    return tuple(replace(q, key=n < pinned or id(q) in chosen) for n, q in enumerate(quotes))


def make_briefing(article: Article) -> Briefing:
    """Run every extractor on a cleaned article."""
    texts = [p.text for p in article.paragraphs]
    found = with_transcript_quotes(article.paragraphs, extract_quotes(texts))  # an interview's answers are quotes too
    # An editor's `language:` in front matter overrides detection (a short or mixed text can read wrong).
    declared = article.meta.get("language")
    language = declared_language(declared)
    if language is None:
        language = detect_language(texts)
        if declared is not None:
            article = replace(article, notes=(*article.notes, f"front matter 'language' {str(declared)[:40]!r} "
                                              "names no language briefgen knows; the text's language is used"))
    if language != ENGLISH:
        return _other_language(article, found, language)
    actors = extract_actors(article, found)
    quotes = link_speakers(found, actors)  # a quote's speaker_key becomes its actor's key
    respelt = actor_spellings(quotes, actors)
    quotes = tuple(replace(q, speaker=respelt.get(q.speaker, q.speaker)) for q in quotes)
    quotes = mark_key_quotes(name_the_answers(quotes, article.paragraphs, article.title, actors), actors=actors)
    summary, key_points = summarize(article, key_quotes=tuple(q.text for q in quotes if q.key))
    return Briefing(
        article=_with_lead_title(article, actors),
        summary=tuple(told_as_actor(line, respelt) for line in summary),
        key_points=tuple(told_as_actor(line, respelt) for line in key_points),
        quotes=quotes,
        actors=actors,
        questions=extract_questions(article, actors),
        timeline=tuple(replace(e, event=told_as_actor(e.event, respelt)) for e in extract_timeline(article)),
    )


def actor_spellings(quotes: Sequence[Quote], actors: Sequence[Actor]) -> dict[str, str]:
    """'Tina Mc Kenzie' → 'Tina McKenzie': each quote speaker's name as its linked actor writes it, where the two
    differ only in spaces and dots (actor_name_forms.spaced_letters) and the speaker's shows more of a typo's shapes
    (actor_name_forms.SPACING_TYPOS): an interview's label split or run together by a typo ("Mario JLucero:"), which
    the actor's merged name writes as the text does. A dot alone is no typo: "James Kennedy Jr." stays as written."""
    names = {a.key: a.name for a in actors}
    return {q.speaker: names[q.speaker_key] for q in quotes
            if q.speaker and q.speaker_key in names and q.speaker != names[q.speaker_key]
            and spaced_letters(q.speaker) == spaced_letters(names[q.speaker_key])
            and len(spacing_typos(names[q.speaker_key])) < len(spacing_typos(q.speaker))}


def told_as_actor(line: str, respelt: dict[str, str]) -> str:
    """A line an interview's answer tells, opened by its speaker's label as the summary and the timeline write it
    ("Tina Mc Kenzie: Then in 2006 …"), with the label's name as the speaker's quotes show it (actor_spellings)."""
    speaker, colon, said = line.partition(": ")
    return f"{respelt[speaker]}: {said}" if colon and speaker in respelt else line


def _with_lead_title(article: Article, actors: Sequence[Actor]) -> Article:
    """A title the reader cut from the lead sentence (the source gave no headline) made headline-like: the lead's
    main clause without its times (lead_title.headline_from_lead)."""
    lead = article.paragraphs[0].text if article.paragraphs else ""
    if not (article.title_guessed and lead and article.title == title_from_lead(lead)):
        return article
    return replace(article, title=headline_from_lead(lead, actors) or article.title)


def _other_language(article: Article, found: tuple[Quote, ...], language: str) -> Briefing:
    """A briefing of an article that does not read as English: actors, speakers, questions and
    the timeline come from English models and cues, and on other languages they are junk
    ("Nesta", "página" as places), so they stay empty. Quote marks read the same in any
    language; who said a quote, in what role and where does not, so those stay unknown."""
    quotes = mark_key_quotes(tuple(replace(q, speaker=None, role=None, context=None, speaker_key=None) for q in found))
    summary, key_points = summarize(article, key_quotes=tuple(q.text for q in quotes if q.key))
    return Briefing(article=article, summary=summary, key_points=key_points, quotes=quotes, language=language,
                    language_name=language_name(language))
