"""English common words, read from the spaCy model's own lemmatizer word lists, to tell a sentence's capitalised
first word ("Knowledge is …", "Meteorites are …") from a name."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

from briefgen.extract.nlp import MODEL_PACKAGES

__all__ = ["common_word", "common_words"]

log = logging.getLogger(__name__)


def _lookups_dir(package: str) -> Path | None:
    """The model's lemmatizer lookups folder ("<package>/<package>-<version>/lemmatizer/lookups"), if installed."""
    try:
        from spacy.util import get_package_path
        root = get_package_path(package)
    except (ImportError, OSError, ModuleNotFoundError):
        return None
    return next(iter(sorted(root.glob("*/lemmatizer/lookups"))), None)


# WordNet lists proper names among its nouns ("clinton", "ohio", "milwaukee"), so a noun counts as a common word
# only in a common noun's shape: an abstract ending, or the plural of a listed noun ("Meteorites", "Bosses").
ABSTRACT_ENDINGS = ("ness", "ity", "tion", "sion", "ment", "ance", "ence", "ism", "ship", "hood", "dom", "ery", "ledge")


@lru_cache(maxsize=1)
def common_words() -> dict[str, frozenset[str]]:
    """Lower-case word → its parts of speech (noun, verb, adj, adv) in the model's lemma index, read once per
    process; empty when no model ships the lists (the rule that reads them then never fires)."""
    from spacy.lookups import Lookups

    for package in MODEL_PACKAGES:
        folder = _lookups_dir(package)
        if folder is None:
            continue
        index = Lookups().from_disk(folder).get_table("lemma_index", {})
        parts: dict[str, set[str]] = {}
        for pos in ("noun", "verb", "adj", "adv"):
            for word in index.get(pos, ()):
                parts.setdefault(word, set()).add(pos)
        return {w: frozenset(p) for w, p in parts.items()}
    log.debug("no lemmatizer word lists found in %s", MODEL_PACKAGES)
    return {}


def common_word(word: str) -> bool:
    """'Sullen', 'Scroll', 'Knowledge', 'Meteorites': a word the lists hold as a verb, an adjective or an adverb, a
    noun of an abstract shape, or the plural of a listed noun; not 'Clinton' or 'Ohio', nouns alone."""
    w, words = word.lower(), common_words()
    if words.get(w, frozenset()) - {"noun"} or (w in words and w.endswith(ABSTRACT_ENDINGS)):
        return True
    singular = [w[:-3] + "y"] if w.endswith("ies") else [w[:-2], w[:-1]] if w.endswith("es") else [w[:-1]] if w.endswith("s") else []
    return any(s in words and "noun" in words[s] for s in singular)
