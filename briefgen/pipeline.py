"""The whole analysis of one source: read → clean → extract → Briefing."""

from __future__ import annotations

from collections.abc import Collection

from briefgen.brief import make_briefing
from briefgen.cleaning import RuleSet, clean, default_ruleset, remove_repeated
from briefgen.model import Article, Briefing, Source, SourceFormat
from briefgen.readers import guess_format, read


def analyze_article(article: Article, rules: RuleSet | None = None, repeated: Collection[str] = ()) -> Briefing:
    """Analyse an Article as read from its source: clean, then extract.

    `repeated`: fingerprints of the blocks repeated across its publication's articles
    (briefgen.cleaning.repeated, found by the build); they go first, so no later stage sees them.
    """
    if repeated:
        article = remove_repeated(article, repeated, default_ruleset() if rules is None else rules)
    return make_briefing(clean(article, rules))


def analyze_source(source: Source, rules: RuleSet | None = None) -> Briefing:
    """Analyse one Source; raises SourceError when it cannot be read."""
    return analyze_article(read(source), rules)


def analyze(
    data: str | bytes,
    format: SourceFormat | None = None,
    name: str = "<input>",
    rules: RuleSet | None = None,
) -> Briefing:
    """Public API: analyse article text or bytes; `format` is guessed from the content when None."""
    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    fmt = format or guess_format(name, raw)
    return analyze_source(Source(name=name, format=fmt, data=raw), rules)
