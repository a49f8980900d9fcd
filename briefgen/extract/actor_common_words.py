"""English common words, read from the spaCy model's own lemmatizer word lists, and the tests that tell a sentence's
capitalised first word ("Knowledge is …", "Meteorites are …", "Iodine deficiency …") from a name."""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from pathlib import Path

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.actor_merge import Cluster, Mention
from briefgen.extract.actor_teams import TEAM_NICKNAMES
from briefgen.extract.actor_names import GROUP_HEADS, ORGANIZATION_HEADS
from briefgen.extract.actor_words import LEGISLATURES, MEMBER_PLURALS, OPENING_ADVERBS, RUN_ON_QUALIFIERS, SPEAKING, UK_NATIONS
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.mention_context import starts_sentence
from briefgen.extract.nlp import MODEL_PACKAGES

__all__ = ["GERUND_SURNAMES", "common_noun_opening", "common_word", "common_words", "gerund", "listed_kinds", "opening_word",
           "without_gerund", "without_qualifier", "without_run_on_word", "without_trailing_opener"]

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


def common_noun_opening(c: Cluster, mentions: list[Mention], texts: Sequence[str], lower_words: set[str]) -> bool:
    """A one-word "person" whose lower-case form the article also uses, met only at sentences' starts ("Knowledge",
    "Character") or written lower-case more often than capitalised ("WHO say Iodine deficiency …" beside "iodine"),
    which no speech verb follows and no given name spells ("Will", "Rose" are people too)."""
    name = c.name
    if " " in name or len(c.forms) != 1 or name.lower() not in lower_words or starts_with_given_name(name + " X"):
        return False
    own = [m for m in mentions if m.text == name]
    said = re.compile(rf"\b{re.escape(name)}\s+(?:" + "|".join(sorted(SPEAKING)) + r")\b")
    body = "\n".join(texts)
    if len(re.findall(rf"\b{re.escape(name.lower())}\b", body)) > len(re.findall(rf"\b{re.escape(name)}\b", body)):
        return not said.search(body)
    return bool(own) and all(starts_sentence(texts[m.paragraph], m.start) for m in own) and not said.search(body)


def opening_word(c: Cluster, texts: Sequence[str]) -> bool:
    """One word of the English word lists ("Knowledge", "Meteorites", "Chaos") written with its capital only where a
    sentence or a line starts or as a caption's label ("Chaos: …"), which no speech verb follows and no given name
    spells; a name turns up inside sentences too ("said Clinton", "for Einstein")."""
    name, gaz = c.name, gazetteer()
    if (c.kind == "organization" and common_words().get(name.lower(), frozenset()) & {"noun", "verb"}
            and not name.lower().endswith(ABSTRACT_ENDINGS)):
        return False  # a firm is named with a noun or a verb ("Ford", "Target", "Shell"), not with "Halfway" or "Inexperience"
    modifier = _noun_before_noun(c, texts)  # ("Brick kilns and factories have also been shut down")
    if (" " in name or len(c.forms) != 1 or name.isupper() or not (common_word(name) or modifier)
            or starts_with_given_name(name + " X")
            or gaz.state_or_capital(name)
            or name in gaz.organizations or name in gaz.companies or name in LEGISLATURES or name in TEAM_NICKNAMES
            or name in UK_NATIONS):
        return False  # (a team is called by its nickname alone: "Spurs won …"; "Wales beat …" is no plural of "wale")
    at = [(t, m.start()) for t in texts for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)]
    # (a speech verb after it, or the next name of a list: "Trump, Clinton and Kaine debated")
    said = re.compile(r"\s+(?:" + "|".join(sorted(SPEAKING)) + r")\b|,?\s+(?:and\s+)?[A-Z]|,\s+[A-Z]")
    return bool(at) and all((starts_sentence(t, start) or t.startswith(":", start + len(name)))  # ("… gunfight Chaos: …")
                            and not said.match(t, start + len(name)) for t, start in at)


_LOWER_AFTER = re.compile(r" ([a-z]+)\b")


def _noun_before_noun(c: Cluster, texts: Sequence[str]) -> bool:
    """'Brick kilns and factories have …': a one-word "person" the word lists hold as a singular noun only, every time
    right before a lower-case plural noun that is no verb (a person's name is followed by a verb or a comma, not by
    "kilns"; "Williams won" is a surname and a verb the lists hold as a noun)."""
    words = common_words()
    if c.kind != "person" or c.name.endswith("s") or words.get(c.name.lower()) != frozenset({"noun"}):
        return False
    at = [(t, m.end()) for t in texts for m in re.finditer(rf"(?<![\w-]){re.escape(c.name)}(?![\w-])", t)]
    return bool(at) and all(_noun_only(after.group(1)) for t, end in at if (after := _LOWER_AFTER.match(t, end))) and all(
        _LOWER_AFTER.match(t, end) for t, end in at)


def _noun_only(word: str) -> bool:
    """A lower-case plural of a word the lists hold as a noun and never as a verb ("kilns", not "says")."""
    words = common_words()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return words.get(singular) == frozenset({"noun"})


def without_run_on_word(name: str) -> str:
    """'Shocked Terry Cooper', 'Fusilier Lee Rigby', 'Schoolboy Frankie Franz' → the full name after an English word
    NER ran onto its front (a caption's adjective, a rank, a description), when a known given name follows it and the
    word is no given name itself ("Frank Lee Smith", "Rose Mary Woods" stay whole); and a surname NER read twice
    ("Sebastian Vettel Vettel") once."""
    words = name.split()
    if len(words) >= 3 and words[-1] == words[-2]:
        words = words[:-1]
    first = words[0].lower() if words else ""
    if (len(words) >= 3 and words[0][:1].isupper() and first in common_words()
            and not starts_with_given_name(name) and starts_with_given_name(" ".join(words[1:]))):
        words = words[1:]
    return " ".join(words)


def without_qualifier(name: str, named: Collection[str]) -> str:
    """'Recent Samsung' (of "Recent Samsung smart TVs also …") → 'Samsung': the name after an adjective of time or
    order NER ran onto it (actor_words.RUN_ON_QUALIFIERS), when the article names it alone elsewhere (`named`) or
    the tables know it as a company or an organisation."""
    words = name.split()
    if len(words) < 2 or words[0] not in RUN_ON_QUALIFIERS:
        return name
    rest, gaz = " ".join(words[1:]), gazetteer()
    return rest if rest in named or rest in gaz.companies or rest in gaz.organizations else name


# Surnames that are also a verb's -ing form: "Manning", "Browning" opening a name are no verb run onto it.
GERUND_SURNAMES = frozenset("Manning Browning Fielding Harding Golding Keating Downing Redding Cumming Whiting "
                            "Channing Deming Hastings Stirling Sterling Irving Spalding".split())


def gerund(word: str) -> bool:
    """'Hosting', 'Questioning', 'Closing', 'Running': a capitalised -ing form of a verb the word lists hold ("host",
    "close", "run"), not a surname of that shape ("Manning")."""
    w = word.lower()
    if not word[:1].isupper() or not w.endswith("ing") or len(w) < 6 or word in GERUND_SURNAMES:
        return False
    stem = w[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
    return any("verb" in common_words().get(s, frozenset()) for s in stems)


def without_gerund(name: str, persons: frozenset[str]) -> str:
    """'Hosting Cook' (of "Hosting Cook at Dreamforce is our dream"), 'Questioning Vindman' → the person after a verb's
    -ing form that opens a sentence, which NER read into the name, when the article names that person elsewhere
    (a full name ending with it, or it alone) and the -ing word is no given name ("Sterling Brown" stays whole).
    The caller checks that the name opens a sentence."""
    words = name.split()
    if len(words) < 2 or not gerund(words[0]) or starts_with_given_name(name):
        return name
    rest = " ".join(words[1:])
    known = any(p != name and (p == rest or p.endswith(" " + rest)) for p in persons)
    return rest if known else name


def without_trailing_opener(name: str) -> str:
    """'Swansea Meanwhile', 'Villarreal Elsewhere' → the name before the next sentence's opening adverb, which a
    caption run into the text (no full stop between) let NER read into the name."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) >= 2 and words[-1] in OPENING_ADVERBS else name


# An item of a list written in lower case but for names before its head ("Genesis chips", "meteorites"): a kind of
# thing, so the list names kinds of things, not bodies.
_LOWER_PLURAL_ITEM = re.compile(r"(?:[A-Z][\w-]*\s+)*([a-z][a-z-]*s)\b")
_LIST_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _plural_common_noun(name: str) -> bool:
    """'Moon Rocks', 'Interplanetary Dust Particles', 'Meteorites': listed words, the last the plural of a listed noun."""
    words, lists = name.split(), common_words()
    last = words[-1].lower()
    singular = [last[:-3] + "y"] if last.endswith("ies") else [last[:-2], last[:-1]] if last.endswith("es") else [last[:-1]]
    return (last.endswith("s") and any("noun" in lists.get(w, ()) for w in singular)
            and all(w.lower() in lists for w in words[:-1]))


def _list_around(text: str, start: int) -> list[str] | None:
    """The items of the parenthesised list the name at `start` stands in ("(Moon Rocks, Genesis chips, Meteorites,
    and …)"), or None when it stands in none."""
    open_at = text.rfind("(", 0, start)
    close_at = text.find(")", start)
    if open_at < 0 or close_at < 0 or ")" in text[open_at:start]:
        return None
    items = [i.strip() for i in _LIST_SPLIT.split(text[open_at + 1: close_at]) if i.strip()]
    return items if len(items) >= 3 else None


def listed_kinds(c: Cluster, mentions: Sequence[Mention], texts: Sequence[str]) -> bool:
    """'Moon Rocks', 'Meteorites' in "(Moon Rocks, Genesis chips, Meteorites, and Interplanetary Dust Particles …)": a
    capitalised plural of common words met only in a parenthesised list of three or more items, another of which is
    written in lower case ("Genesis chips"): kinds of things, no actors. Not a listed body, a state, a team's
    nickname ("Warriors"), a party's members ("Democrats") nor a group's head word."""
    name, gaz = c.name, gazetteer()
    if (name.isupper() or not _plural_common_noun(name) or name in gaz.organizations or name in gaz.companies
            or lookup_key(name) in gaz.states or lookup_key(name) in gaz.groups or name.split()[-1] in TEAM_NICKNAMES
            or name.split()[-1] in MEMBER_PLURALS | GROUP_HEADS | ORGANIZATION_HEADS):
        return False
    own = [m for m in mentions if m.text in c.forms]
    for m in own:
        items = _list_around(texts[m.paragraph], m.start)
        if items is None or not any(not i.startswith(m.text) and _lower_plural(i) for i in items):
            return False
    return bool(own)


def _lower_plural(item: str) -> bool:
    m = _LOWER_PLURAL_ITEM.match(item)
    return bool(m) and common_word(m.group(1))
