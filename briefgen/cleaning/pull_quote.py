"""page.pull-quote: a signed quotation set out again as its own paragraph, whose words another paragraph prints.

For example "… because she was suppressive. Jane Roe" beside "… because she was suppressive. Her mother …".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.lexicon import NAME_PARTICLES as LEXICON_PARTICLES

_WORDS = re.compile(r"\w+(?:['’]\w+)*")
# The shape, as data: how many words the repeated quotation holds at least (a short phrase recurs in news by chance),
# and how many words its signature may hold (a name: "Jane Roe", "Maria de la Cruz").
PULL_QUOTE_MIN_WORDS = 8
SIGNATURE_MAX_WORDS = 4
# Lower-case particles a name may hold ("Maria de la Cruz", "Ludwig van Beethoven"): lexicon's, as this rule was
# measured with them: without "wa" and "das", with Portuguese "do" ("Luiz do Nascimento").
NAME_PARTICLES = (LEXICON_PARTICLES - frozenset(("wa", "das"))) | {"do"}
_SIGNATURE_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*")


def _signature(words: Sequence[str]) -> bool:
    """A name signing a quotation: one to SIGNATURE_MAX_WORDS words in capitals but for a particle, opening with one."""
    return (0 < len(words) <= SIGNATURE_MAX_WORDS and bool(_SIGNATURE_WORD.fullmatch(words[0]))
            and all(_SIGNATURE_WORD.fullmatch(w) or w in NAME_PARTICLES for w in words))


# A quotation's last sentence ends, then its signature follows, with or without a dash: "… suppressive. Jane Roe",
# "… for us.” — Jane Roe". The signature ends with no mark: a sentence that ends a paragraph on a name is no signature.
_SIGNED = re.compile(r"[.!?…][\"”’']?\s+(?:[—–-]\s*)?(?P<signature>[^.!?…\"”\s][^.!?…\"”]{0,80})$")
_TAIL_CHARS = 120  # the signature is looked for at the paragraph's end only: a name is short


def pull_quotes(texts: Sequence[str]) -> list[bool]:
    """Per paragraph: a pull-quote? A signature ends it, and the sentences before it, PULL_QUOTE_MIN_WORDS words or
    more, stand word for word in a longer paragraph of the article (case and marks ignored), which keeps them."""
    flags = [False] * len(texts)
    folded: list[str] | None = None  # every paragraph's words, folded once a signed quotation needs them
    for i, text in enumerate(texts):
        text = text.rstrip()
        m = _SIGNED.search(text, max(0, len(text) - _TAIL_CHARS))
        if not m or not _signature(m.group("signature").split()):
            continue
        quoted = _WORDS.findall(text[:m.start("signature")].casefold())
        if len(quoted) < PULL_QUOTE_MIN_WORDS:
            continue
        if folded is None:
            folded = [" " + " ".join(_WORDS.findall(t.casefold())) + " " for t in texts]
        run, size = " " + " ".join(quoted) + " ", len(folded[i])
        flags[i] = any(j != i and len(folded[j]) > size and run in folded[j] for j in range(len(texts)))
    return flags
