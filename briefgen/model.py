"""Typed data passed between the pipeline stages: Source → Article → Briefing."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


SourceFormat = Literal["text", "markdown", "html"]
ActorType = Literal["person", "organization", "state", "group", "place"]


@dataclass(frozen=True, slots=True)
class Source:
    """One source file as bytes, before any parsing."""

    name: str  # path relative to the seeds folder, used in every message
    format: SourceFormat
    data: bytes
    mtime: float | None = None  # seconds since the epoch, when known


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block of article text, in reading order."""

    text: str
    kind: Literal["text", "heading", "quote", "list", "caption"] = "text"
    link_density: float = 0.0  # share of characters inside links (HTML only)


@dataclass(frozen=True, slots=True)
class Removal:
    """A passage the cleaner dropped, and the named rule that dropped it."""

    text: str
    rule: str  # e.g. "subscription.cta"
    category: str  # e.g. "subscription"
    reason: str = ""  # one line, shown on the page


@dataclass(frozen=True, slots=True)
class Article:
    """An article as read from its source; after cleaning, `paragraphs` holds only news."""

    name: str
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_origin: Literal["source", "text", "file", "none"] = "none"  # text: the date line of a pasted page
    source: str | None = None  # publication name
    dateline: str | None = None  # "WASHINGTON", "LONDON (Reuters)"
    url: str | None = None
    tags: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)  # other front-matter keys (license, corrections…)
    notes: tuple[str, ...] = ()  # reader warnings worth showing on the page
    removed: tuple[Removal, ...] = ()
    # True when the reader already isolated the article body (HTML via trafilatura): the cleaner
    # then skips its pasted-page scorer and applies only its named phrase and position rules.
    body_extracted: bool = False
    # True when the title is only the text's first line or lead, not the source's own metadata: the
    # cleaner replaces it by the headline it finds when the text is a pasted page (cleaning.headline).
    title_guessed: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (speaker None when the article does not say)."""

    text: str
    speaker: str | None = None
    role: str | None = None
    context: str | None = None
    paragraph: int = 0  # index into the cleaned paragraphs
    speaker_key: str | None = None  # actor_key of the speaker: groups quotes by speaker, links to Actor.key
    key: bool = False  # one of the few most informative quotes, which the page shows (brief.mark_key_quotes)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, state, group or place, merged over all its mentions."""

    name: str
    type: ActorType
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    key: str = ""  # stable slug across briefings (briefgen.extract.names.actor_key of the fullest name)
    quotes: tuple[int, ...] = ()  # indices into Briefing.quotes of what this actor said


@dataclass(frozen=True, slots=True)
class Question:
    """An open question the article leaves unresolved, with the sentence it rests on."""

    question: str
    evidence: str


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event: `when` as written, `date` resolved (YYYY, YYYY-MM or YYYY-MM-DD) when possible."""

    when: str
    date: str | None
    event: str


@dataclass(frozen=True, slots=True)
class Briefing:
    """Everything a briefing page shows, derived from one cleaned article."""

    article: Article
    summary: tuple[str, ...] = ()
    key_points: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    actors: tuple[Actor, ...] = ()
    questions: tuple[Question, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    language: str = "en"  # ISO 639-1 code the text reads as, "und" if unnamed (briefgen.extract.language)
    language_name: str = "English"  # its English name, "" if unnamed

    @property
    def title(self) -> str:
        return self.article.title or self.article.name

    def to_dict(self) -> dict[str, Any]:
        """JSON-able view; the key set is the stable public API."""
        art = self.article
        return {
            "name": art.name,
            "title": art.title,
            "date": art.date,
            "date_origin": art.date_origin,
            "source": art.source,
            "dateline": art.dateline,
            "url": art.url,
            "tags": list(art.tags),
            "summary": list(self.summary),
            "key_points": list(self.key_points),
            "body": [p.text for p in art.paragraphs],
            "body_kinds": [p.kind for p in art.paragraphs],
            "removed": [
                {"text": r.text, "rule": r.rule, "category": r.category, "reason": r.reason}
                for r in art.removed
            ],
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "role": q.role, "context": q.context,
                 "speaker_key": q.speaker_key, "key": q.key, "paragraph": q.paragraph}
                for q in self.quotes
            ],
            "actors": [
                {**asdict(a), "aliases": list(a.aliases)} for a in self.actors
            ],
            "questions": [asdict(q) for q in self.questions],
            "timeline": [asdict(t) for t in self.timeline],
            "notes": list(art.notes),
            "language": self.language,
            "language_name": self.language_name,
        }
