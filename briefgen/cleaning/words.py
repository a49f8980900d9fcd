"""A paragraph's words: its tokens (fast through an ASCII twin), function words and content words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

_WORD = re.compile(r"\w+")

# Function words of the languages most common in news. A sentence of running prose is
# about 40 % function words in all of them; menus, captions and teasers have far fewer.
STOP_WORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being
has have had do does did not no that this these those it its he she they we you i his her
their our your my me him them us who whom which what when where why how than then there
so such also very can could would should will shall may might must just more most other
into over after before about up down out only about again while because said says
der die das und oder aber ist sind war waren ein eine einer eines dem den des zu im am
mit von auf für nicht sich auch als wie bei nach aus noch wird wurde werden hat haben
le la les un une des du de et ou mais est sont était dans sur pour par avec pas que qui
ne se ce il elle ils elles au aux en plus son sa ses leur
el los las y o pero es son era en con por para no que se su sus al lo del como más
o os as e um uma é são em no na nos nas com por para não que se seu sua ao do da dos das
il lo gli e di da in con su per non che si è sono del della dei nel al
de het een en of maar is zijn was in op met voor niet dat die te van
и в не на что с по это как а но он она они к у из за от то же так
""".split())


# ASCII bytes mapped for words(): a word character (\w: letter, digit, "_") to itself lower-cased,
# any other byte to a space.
_ASCII_WORD_CHARS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
_ASCII_WORDS_TABLE = bytes(
    (byte | 0x20 if chr(byte).isalpha() else byte) if byte in _ASCII_WORD_CHARS else ord(" ") for byte in range(256))


# Non-ASCII punctuation and spaces common in English text (curly quotes, dashes, the no-break
# space), each with an ASCII stand-in of the same kind: punctuation for punctuation (never a
# word character, a letter or a digit), a space for a space (str.split() and `\s` take both).
_STAND_INS = (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("—", "-"), ("–", "-"), ("…", "."), ("\xa0", " "))


def ascii_twin(text: str) -> str | None:
    """The text with its curly quotes, dashes and no-break spaces swapped for their ASCII
    stand-ins, when that leaves it all ASCII; else None.

    The twin has the same words (words()), word starts, letters, capitals and digits
    (_case_counts), so the fast byte paths also serve the non-ASCII paragraphs that are only
    typographic quotes and dashes away from ASCII (about 60 % of them on the DEV pages). A few
    `str.replace` scans cost far less than the character-by-character paths they spare.
    """
    if text.isascii():
        return text
    for char, stand_in in _STAND_INS:
        text = text.replace(char, stand_in)
    return text if text.isascii() else None


def words(text: str) -> list[str]:
    """The `\\w+` tokens of a text, lower-cased."""
    return twin_words(text, ascii_twin(text))


def twin_words(text: str, twin: str | None) -> list[str]:
    """words(text), given `twin`: ascii_twin(text) (the cleaner computes it once per paragraph)."""
    if twin is not None:
        # Most paragraphs. The same tokens in three C passes (map bytes, decode, split), where
        # the regex engine tests `\w` character by character: words() was ~10 % of cleaning.
        return twin.encode("ascii").translate(_ASCII_WORDS_TABLE).decode("ascii").split()
    return _WORD.findall(text.lower())


CONTENT_MEMO_MAX = 200_000  # words whose content test is remembered (a few MB at most)
_CONTENT_MEMO: dict[str, bool] = {}


def _is_content(token: str) -> bool:
    return len(token) > 2 and token not in STOP_WORDS and not token.isdigit()


def content_bag(tokens: Sequence[str]) -> dict[str, int]:
    """Content words (no function words, no numbers, ≥ 3 letters) with their counts."""
    counts = Counter(tokens)  # filter distinct words, not every token
    return {t: c for t, c in counts.items() if _is_content(t)}


def content_words(vocabulary: set[str]) -> set[str]:
    """The content words among a page's distinct words (each word tested once, then remembered)."""
    memo = _CONTENT_MEMO
    if len(memo) > CONTENT_MEMO_MAX:
        memo.clear()
    for word in vocabulary.difference(memo):
        memo[word] = _is_content(word)
    return set(filter(memo.__getitem__, vocabulary))
