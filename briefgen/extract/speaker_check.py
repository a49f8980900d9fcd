"""Check that a phrase found as a speaker can speak: a name, or a description headed by a person, body or document."""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefgen.extract.lexicon import (
    DETERMINERS,
    OWNED_DOCUMENTS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEAKER_HEAD_WORDS,
    SPEAKER_HEADS,
    TITLE_WORDS,
)
from briefgen.extract.speaker_words import (
    COMPOUND_POST_HEADS, NOT_AGENT_WORDS, POST_ENDINGS, ROLE_MODIFIERS, SPEAKER_NAME_PARTICLES, SPEAKER_POSTS,
)

# Agent nouns by their ending ("organizer", "investor", "activist", "historian") head a description as a role noun
# does, in the singular or the plural (speaker_words.POST_ENDINGS; the common words that share the endings but name
# no one: speaker_words.NOT_AGENT_WORDS).
_AGENT_ENDINGS = tuple(ending + plural for ending in POST_ENDINGS for plural in ("", "s"))
_PREPOSITIONS = frozenset("of at for from with in on to by into about over under after before during through "
                          "without across against among between within amid despite since until upon".split())
# Words that join or stand inside a description and say nothing about its head: "Bank and Trust", "Michery el
# Soheil" (particles inside a name).
_JOINERS = SPEAKER_NAME_PARTICLES | {"and", "&", "or", "dos"}
_TITLES = frozenset(w.lower().rstrip(".") for w in TITLE_WORDS)  # "the prince", "the judge"
# A quantity alone ("Most", "Hundreds", "Others") is the start of a phrase cut short, not a speaker.
_QUANTITIES = frozenset("most many some several few all both each none hundreds thousands dozens "
                        "millions another half".split())
# A number written as a word ("eight", "fifty-one"): alone it counts people, it names no one.
_NUMBER_WORD = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|"
                          r"seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
                          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
# A participle that hands a document to its author: "sent (out) by", "filed by", "written by".
_AGENT_BY = re.compile(r"[a-z]+(?:ed|en)|sent|put|made|out|up")
_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")


def _is_head(word: str) -> bool:
    """A word that can head a described speaker: a capitalised name word, a role or speaker noun, an agent noun."""
    bare = _POSSESSIVE_END.sub("", word).rstrip(",.")
    if not bare:
        return False
    if bare[0].isupper():
        return True
    low = bare.lower()
    if re.fullmatch(r"\d+-year-old", low):
        return True  # "the 46-year-old"
    return _is_noun_head(low)


def _is_noun_head(low: str) -> bool:
    """A lower-case noun that heads a described speaker: a role, title or speaker noun, or an agent noun."""
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low,
             low[:-3] + "man" if low.endswith("men") else low}  # "attorneys", "witnesses", "chairmen"
    if any(f in SPEAKER_POSTS or f in SPEAKER_HEAD_WORDS or f in _TITLES for f in forms):
        return True
    if len(low) >= 6 and low.endswith(("man", "men")) and low not in {"human", "humans"}:
        return True  # "radioman", "anchorwoman", "congressmen"
    return len(low) >= 5 and low.endswith(_AGENT_ENDINGS) and low not in NOT_AGENT_WORDS


def names_a_post(role: str) -> bool:
    """Whether a role found for a speaker can be one: a role of several words or with a capital stands; one lower-case
    word only when a person noun heads it ("pollster", "aide", "co-founder"), not a conjunction, adverb or adjective
    caught before the name ("whether" of "Asked whether Clinton …", "warm-and-fuzzy Trump said", "even", "former")."""
    if " " in role or not role.islower():
        return True
    if role in ROLE_MODIFIERS and role not in ROLE_NOUNS:
        return False  # "former" ('said former Pennsylvania Gov. and … Ed Rendell'): a post's modifier, not the post
    return _is_noun_head(role.rsplit("-", 1)[-1]) if "-" in role else _is_noun_head(role)


def trim_description(speaker: str) -> str | None:
    """'The president noted' → 'The president'; 'His standing improved' → None.

    A description (it opens with a determiner) runs to its head, past words that modify the head and a
    prepositional phrase after it ("a strategist for one of these candidates"); the first other lower-case word
    after the head is where the sentence's verb begins, and the description ends before it. Without a head
    the words describe no one who speaks.
    """
    words = speaker.split()
    if not words or words[0].lower() not in DETERMINERS:
        return speaker
    end = 0  # words[:end] is the description so far
    head_seen = False
    in_phrase = False  # inside a prepositional phrase after the head
    for n, word in enumerate(words[1:], start=1):
        low = word.lower()
        if low in _PREPOSITIONS:
            if not head_seen and not (low == "of" and words[n - 1].lower() in _QUANTITIES | DETERMINERS):
                break  # "the past of …": no head before the phrase (but "one of two witnesses")
            in_phrase = True
            continue
        if low in DETERMINERS or low in _JOINERS:
            continue
        if _POSSESSIVE_END.search(word):
            head_seen = False  # "the Post's (editor)", "the ad's (narrator)": the owner, the head follows
            continue
        if _is_head(word) or _compound_head(words, n):
            head_seen = True
            end = n + 1
            continue
        if not head_seen or word[:1].isdigit() or _head_follows(words, n):
            continue  # a modifier before the head: "former", "longtime", "2008", "the Republican (presidential) nominee"
        if _AGENT_BY.fullmatch(low) and "by" in (w.lower() for w in words[n + 1: n + 3]):
            in_phrase = True  # "a fundraising email sent out by Sanders", "a complaint filed by the state": the author
            continue
        if in_phrase and not re.fullmatch(r"[a-z]+ed", low) and words[n - 1].lower() in _PREPOSITIONS | DETERMINERS:
            end = n + 1  # "secretary of state": the phrase's own noun
            continue
        break
    if not head_seen:
        return None
    return " ".join(words[:end]).rstrip(",")


def _compound_head(words: list[str], n: int) -> bool:
    """words[n] is a compound post's head (COMPOUND_POST_HEADS) after a lower-case noun, "the harbor master", or
    before the "of" of what it is master of, "the master of ceremonies"."""
    if words[n].lower().rstrip(",.") not in COMPOUND_POST_HEADS:
        return False
    if n + 1 < len(words) and words[n + 1].lower() == "of":
        return True
    before = words[n - 1]
    return (n >= 2 and before.isalpha() and before.islower()
            and before not in DETERMINERS and before not in _PREPOSITIONS and before not in _JOINERS)


def _head_follows(words: list[str], n: int) -> bool:
    """A lower-case noun head within the next two words, before any determiner or preposition."""
    for word in words[n + 1: n + 3]:
        low = word.lower().rstrip(",.")
        if low in DETERMINERS or low in _PREPOSITIONS or not word[:1].islower():
            return False
        if _is_noun_head(low):
            return True
    return False


def head_after_possessive(text: str) -> str | None:
    """'Rubio’s campaign sent out …' → 'Rubio’s campaign': an owner (within the first five words) and, within three
    words after it, a noun that can speak; None when none follows ("Clinton's rhetoric")."""
    words = text.split()
    owner = next((n for n, w in enumerate(words[:5]) if _POSSESSIVE_END.search(w)), None)
    if owner is None:
        return None
    for n, word in enumerate(words[owner + 1: owner + 4], start=owner + 1):
        low = word.lower().rstrip(",.;:")
        if not word[:1].islower() or low in _PREPOSITIONS or low in DETERMINERS:
            return None
        if _is_noun_head(low):
            end = n + 1
            while end < len(words) and _is_noun_head(words[end].lower().rstrip(",.;:")) and words[end - 1][-1:].isalnum():
                end += 1  # "Clinton’s campaign manager": a compound runs on to its last noun
            return " ".join(words[:end]).rstrip(",.;:")
    return None


_OWNED = re.compile(r"^((?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.-]*?|[Tt]he(?:\s+[a-z][\w-]*){1,2})(?:[’']s|s[’'])\s+([a-z-]+)$")
_OWNER_PRONOUNS = frozenset("his her their its our my your".split())


# The participle between a document and who gave it out: "a statement released by …", "a letter sent from …".
GIVEN_OUT = r"(?:released|issued|sent|posted|put\s+out|signed)"
# "a statement from Acme Corp", "a letter released by the campaign", "the statement issued by Mayor Lee": the document,
# then who gave it out (a name, or "the" and up to four words)
_FROM_OWNER = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?"  # ("A Feb. 1 letter from")
                         r"(?:new\s+|brief\s+|joint\s+|written\s+)?([a-z-]+)\s+"
                         rf"(?:{GIVEN_OUT}\s+)?(?:from|by)\s+"
                         r"((?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*|the(?:\s+[\w.&’'-]+){1,4})[.,]?$")


def document_owner(speaker: str) -> tuple[str, str] | None:
    """('John Cornyn', 'in a statement') from "John Cornyn's statement", ('The campaign', 'in a statement') from "The
    campaign’s statement", ('Acme Corp', 'in a statement') from "a statement released by Acme Corp": a document that
    carries its owner's words (OWNED_DOCUMENTS) speaks for its owner, as "Cornyn said in a statement". None for
    anything else ("Netanyahu's office", "His statement", "the report")."""
    m = _OWNED.match(speaker.strip())
    if not m or m.group(2) not in OWNED_DOCUMENTS or m.group(1).lower() in _OWNER_PRONOUNS:
        m = _FROM_OWNER.match(speaker.strip())
        if not m or m.group(1) not in OWNED_DOCUMENTS:
            return None
        return m.group(2), in_document(m.group(1))
    return m.group(1), in_document(m.group(2))


def in_document(noun: str) -> str:
    """'statement' -> 'in a statement', 'remarks' -> 'in remarks', 'email' -> 'in an email'."""
    plural = noun.endswith("s") and noun not in ("remarks",) and not noun.endswith("ss")
    article = "" if plural or noun == "remarks" else ("an " if noun[0] in "aeiou" else "a ")
    return f"in {article}{noun}"


def plausible_speaker(speaker: str) -> str | None:
    """The speaker phrase trimmed to what can speak, or None when nothing in it can.

    Rules, in order: a phrase opening with a preposition ("Under Florida", "From") is the start of an adverbial,
    not a subject; a possessive alone ("Trump's") names the owner of what spoke, not the speaker; a quantity
    alone ("Most", "Hundreds") or "Former" alone is a phrase cut short; a description is trimmed to its head
    (trim_description).
    """
    words = speaker.split()
    if not words:
        return None
    first = words[0].lower()
    if first in _PREPOSITIONS:
        return None
    if len(words) == 1 and (first in _QUANTITIES or _POSSESSIVE_END.search(speaker)):
        return None
    if len(words) == 1 and _NUMBER_WORD.fullmatch(first):
        return None  # "Fifty-one percent say", "Eight of them said": a count of people cut short, as "Hundreds" is
    if len(words) == 1 and first == "former":
        return None  # "Former royal aides called it …": the title word opens a description cut short
    if _POSSESSIVE_END.search(speaker) and not any(_is_head(w) for w in words[:-1] if w[:1].islower()):
        return None  # "North Korea's", "Bolton and Gorka's": an owner, the thing owned was cut off
    return trim_description(speaker)


_THING_HEADS = SPEAKER_HEADS["institution"] | SPEAKER_HEADS["document"]


# A body's acronym, which "it" can stand for ('"…," said KCNA. "…," it added'): one word of four or more capitals
# (shorter ones are as often a person's initials: "JFK", "AOC").
BODY_ACRONYM = re.compile(r"[A-Z][A-Z&]{3,7}")


def is_thing(speaker: str) -> bool:
    """A document or body, which "it" can stand for: 'the memo', 'The editorial', 'Trump’s campaign', 'The White
    House' (a description, or an owner's thing, headed by a document or institution noun, or a name after "the"),
    'NATO' (BODY_ACRONYM)."""
    if BODY_ACRONYM.fullmatch(speaker):
        return True
    words = speaker.split()
    if len(words) < 2:
        return False
    last = _POSSESSIVE_END.sub("", words[-1]).lower()
    if last in _THING_HEADS or (last.endswith("s") and last[:-1] in _THING_HEADS):
        return words[0].lower() in DETERMINERS or any(_POSSESSIVE_END.search(w) for w in words[:-1])
    return words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:])


def lowercase_words(paragraphs: Iterable[str]) -> frozenset[str]:
    """Words the article writes in lower case: a capitalised speaker found among them opens a sentence."""
    return frozenset(w for p in paragraphs for w in re.findall(r"\b[a-z][a-z-]+\b", p))


def capitalised_inside(paragraphs: Iterable[str]) -> frozenset[str]:
    """Capitalised words the article writes inside a sentence (not after . ! ? : or a quotation mark)."""
    found: set[str] = set()
    for p in paragraphs:
        for m in re.finditer(r"(?<=[a-z,;] )[A-Z][\w’'-]*", p):
            found.add(m.group())
    return frozenset(found)


def common_word(speaker: str, lower: frozenset[str], inside: frozenset[str]) -> bool:
    """'Guns', 'Safety', 'Elections' found as a speaker: one word the article otherwise writes in lower case and
    never capitalises inside a sentence, so a common word opening a sentence, not a name."""
    if " " in speaker or not speaker[:1].isupper() or speaker.isupper() or speaker.lower() in PERSON_PRONOUNS:
        return False
    if speaker.lower() in {"it"} or _is_head(speaker.lower()) or speaker.endswith(("ents", "ants")):
        return False  # "Respondents", "Protesters": a group that speaks
    return speaker.lower() in lower and speaker not in inside
