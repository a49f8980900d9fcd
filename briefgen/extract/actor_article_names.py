"""What the whole article tells the type rules about its names: names NER reads only as bodies or mostly as places,
the words before a speech verb, and listed organisations and site names NER left out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from briefgen.extract.actor_merge import Mention
from briefgen.extract.actor_names import clean_name
from briefgen.extract.actor_words import SPEAKING
from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.nlp import Entity, any_overlaps

__all__ = ["CAMEL_USES", "NOT_CAMEL_PREFIXES", "THE_NAME_USES", "camel_names", "missed_camel_names", "missed_the_names", "name_labels", "lone_bodies", "mostly_places", "speaker_words",
           "listed_organizations"]


def name_labels(entities: Sequence[Sequence[Entity]]) -> dict[str, Counter[str]]:
    """Every name NER found in the article (clean_name) → how often it read it with each label."""
    labels: dict[str, Counter[str]] = {}
    for e in (e for ents in entities for e in ents):
        labels.setdefault(clean_name(e.text), Counter())[e.label_] += 1
    return labels


def lone_bodies(labels: dict[str, Counter[str]]) -> frozenset[str]:
    """One-word names NER read as organisations at least twice and never as anything else ("Pirelli"), of name_labels."""
    return frozenset(n for n, c in labels.items() if " " not in n and set(c) == {"ORG"} and c["ORG"] >= 2)


def mostly_places(labels: dict[str, Counter[str]]) -> frozenset[str]:
    """Names NER read as a place (GPE, LOC) more often than as a person, of name_labels."""
    return frozenset(n for n, c in labels.items() if c["GPE"] + c["LOC"] > c["PERSON"])


# A capitalised word right before a speech verb: "Hilton said" (Candidate.speakers, read by the type rules).
_SPEAKER_WORD = re.compile(r"\b([A-Z][\w’'-]+) (?:" + "|".join(sorted(SPEAKING)) + r")\b")


def speaker_words(texts: Sequence[str]) -> frozenset[str]:
    """Every capitalised word right before a speech verb in the article's paragraphs ("Hilton" of "Hilton said")."""
    return frozenset(m.group(1) for t in texts for m in _SPEAKER_WORD.finditer(t))


@lru_cache(maxsize=1)
def _organization_pattern() -> re.Pattern[str]:
    forms = sorted(gazetteer().organizations, key=len, reverse=True)
    return re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def listed_organizations(text: str, index: int, ents: Sequence[Entity]) -> list[Mention]:
    """Listed organisations ("Interfax", "NATO") that NER left out of this paragraph."""
    found = []
    for m in _organization_pattern().finditer(text):
        if not any_overlaps(ents, m.start(), m.end()):
            found.append(Mention(m.group(), "organization", index, m.start(), evidence=2))
    return found


# A site's or a company's name in camel case ("wikiHow", "eHow", "eBay"), which NER often leaves out: written
# CAMEL_USES times or more in the article, a body. Not inside an address or a handle; not Apple's i-words, products
# ("iPhone", "iCloud").
_CAMEL = re.compile(r"(?<![\w.@/#-])([a-z]{1,5}[A-Z][a-z]{2,})(?![\w@/-]|\.\w)")  # (not a unit: "dBa", "kWh")
CAMEL_USES = 3
NOT_CAMEL_PREFIXES = ("i",)


def camel_names(texts: Sequence[str]) -> frozenset[str]:
    """The camel-case names the article writes CAMEL_USES times or more."""
    uses = Counter(m.group(1) for t in texts for m in _CAMEL.finditer(t))
    return frozenset(n for n, k in uses.items()
                     if k >= CAMEL_USES and not any(n.startswith(p) and n[len(p)].isupper() for p in NOT_CAMEL_PREFIXES))


def missed_camel_names(text: str, index: int, ents: Sequence[Entity], names: frozenset[str]) -> list[Mention]:
    """Mentions of the article's camel-case names (`camel_names`) NER left out of this paragraph."""
    return [Mention(m.group(1), "organization", index, m.start(), evidence=1) for m in _CAMEL.finditer(text)
            if m.group(1) in names and not any_overlaps(ents, m.start(), m.end())]


# "with The Onion", "for The Onion": "The" in capitals inside a sentence opens a name (a paper's, a site's, a band's)
# that NER may read nowhere; written THE_NAME_USES times or more so, and never inside a name NER found, a body.
_THE_NAME_INSIDE = re.compile(r"(?<=[a-z,] )The ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w'’-]| [A-Z])")
THE_NAME_USES = 3


def missed_the_names(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> dict[int, list[Mention]]:
    """Paragraph index → mentions of "The X" names (`_THE_NAME_INSIDE`, THE_NAME_USES times or more inside sentences,
    no use within an entity NER found), each use anywhere in the article ("The Onion has …" too)."""
    uses = Counter(m.group(1) for t in texts for m in _THE_NAME_INSIDE.finditer(t))
    names = {n for n, k in uses.items() if k >= THE_NAME_USES}
    if not names:
        return {}
    found: dict[int, list[Mention]] = {}
    pattern = re.compile(r"(?<![\w'’-])The (" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?![\w'’-]| [A-Z])")
    hits = [(i, m) for i, t in enumerate(texts) for m in pattern.finditer(t)]
    covered = {m.group(1) for i, m in hits if any_overlaps(entities[i], m.start(), m.end())}
    for i, m in hits:
        if m.group(1) not in covered:
            found.setdefault(i, []).append(Mention(m.group(), "organization", i, m.start(), evidence=1))
    return found
