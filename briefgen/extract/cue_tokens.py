"""speaker_tokens.tokenize remembered: the quote readers tokenize the same sentence several times an article."""

from __future__ import annotations

from functools import lru_cache

from briefgen.extract.speaker_tokens import Token, tokenize

# Texts remembered: an article gives a few dozen distinct frames and sentences (its re-reads are what repeat), so this
# keeps a long article's and bounds the memory (some 4 MB).
CACHED_TEXTS = 1024


@lru_cache(maxsize=CACHED_TEXTS)
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(tokenize(text))


def tokens_of(text: str) -> list[Token]:
    """tokenize(text), a pure function of the text whose Tokens are frozen, from the cache as a fresh list (which a
    caller may change)."""
    return list(_tokens(text))
