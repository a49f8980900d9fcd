"""Words around a quote as tokens, and a speaker's name told from its title: what the speaker rules read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefgen.extract.actor_words import PERSON_ROLES
from briefgen.extract.date_rules import MONTH_ABBREVIATIONS, MONTH_NAMES
from briefgen.extract.lexicon import (
    CALENDAR_WORDS,
    DETERMINERS,
    GIVEN_NAMES,
    HYPHENATED_PARTICLES,
    NAME_PARTICLES,
    ROLE_NOUNS,
    SPEAKER_HEAD_WORDS,
    SPEAKER_HEADS,
    TITLE_WORDS,
    US_STATES,
)
from briefgen.extract.names import strip_possessive
from briefgen.extract.speaker_words import (
    AGENT_ENDINGS,
    CROWD_COUNTS,
    MEMBER_INITIALS,
    NOT_AGENT_ENDINGS,
    NOT_AGENT_WORDS,
    PARTICLE_NAME_LEADS,
    SPEAKER_NAME_PARTICLES,
    SPEAKER_POSTS,
)

# Words, with inner dots ("U.S", "J.R.R"), apostrophes and hyphens; punctuation tokens separately.
# (Inside a word, a combining accent (a name written decomposed, "Jose\u0301") is a letter, as are the Latin-1 signs
# that UTF-8 read as Latin-1 leaves after "Ã" or an accent in a name, "FranÃ§ois", "PeÃ±a"; never MASK, "§", alone.)
# ACCENT_SIGNS is that reading, for other rules that read names (persons).
ACCENT_SIGNS = r"[\u0300-\u036f][\u0080-\u00bf]?|[ÃÂ][\u0080-\u00bf]"
_TOKEN = re.compile(rf"\w(?:{ACCENT_SIGNS}|[\w’'&-]|\.(?=\w))*|[^\w\s]")
# Abbreviations keep their final dot so "Sen." or "U.S." stays one token (and "Dräger, Inc., says" reads past the
# company's "Inc."); a state's ("Calif.", "Pa.") are those lexicon.US_STATES holds.
_STATE_ABBREVIATIONS = sorted(state[:-1].title() for state in US_STATES if state.endswith("."))
_ABBREVIATION = re.compile(
    r"^(?:[RDI]-[A-Z][a-z]{0,4}|[A-Z]|[A-Z](?:\.[A-Z])+|Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Col|Capt|Sgt|Adm|Gen|Prof|Rev"
    r"|Jr|Sr|St|Mt|Ft|Gens|Inc|Corp|Co|Ltd|" + "|".join(re.escape(a) for a in _STATE_ABBREVIATIONS) + ")$"
)


# How many recent texts' tokens tokenize keeps: the cue rules read a quote's sentence and frames in turn, within a
# few calls of one another (on the quotes DEV set, 256 catch 34,152 of its 34,855 repeated calls).
TOKEN_CACHE_SIZE = 256


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark and its offsets in the text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text == "&"  # "Procter & Gamble": a word inside a name


def tokenize(text: str) -> list[Token]:
    """Word and punctuation tokens with offsets; abbreviations keep their dot, and lower-case name particles
    between two capitalised words join the second ("Ursula", "von der Leyen"), so the name reads as one.

    (Recent texts' tokens are kept, TOKEN_CACHE_SIZE; each caller gets a list of its own, of frozen tokens.)"""
    return list(_tokens(text))


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _tokens(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        if m.group() == "." and tokens and tokens[-1].end == m.start() and (_ABBREVIATION.match(tokens[-1].text) or (
                _MONTH_ABBREVIATION.match(tokens[-1].text) and _DAY_AFTER.match(text, m.end()))):  # "Feb. 1"
            prev = tokens.pop()
            tokens.append(Token(prev.text + ".", prev.start, m.end()))
            continue
        tokens.append(Token(m.group(), m.start(), m.end()))
    return tuple(_join_particles(tokens, text))


def _join_particles(tokens: list[Token], text: str) -> list[Token]:
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        end = k
        while end < len(tokens) and tokens[end].text in NAME_PARTICLES:
            end += 1
        if end > k and end < len(tokens) and tokens[end].text[0].isupper() and _name_may_open(out, tokens[k]):
            out.append(Token(text[tokens[k].start: tokens[end].end], tokens[k].start, tokens[end].end))
            k = end + 1
            continue
        out.append(tokens[k])
        k += 1
    return out


def _name_may_open(before: list[Token], particle: Token) -> bool:
    """A particle joins the capitalised word after it after a name's first word ("Bill", "de Blasio"), and also where
    a name may begin: at a clause's start (", de Blasio said"), or after a word that introduces a speaker ("said al
    Ashry", "according to de Blasio"); not after other lower-case words ("a van", "the mayor of de …", "a la Casa")."""
    if not before:
        return True
    prev = before[-1]
    if prev.text[0].isupper():
        return True
    return particle.text in SPEAKER_NAME_PARTICLES and (not prev.is_word or prev.low in PARTICLE_NAME_LEADS)


def is_name_word(tok: Token) -> bool:
    base = strip_possessive(tok.text)
    return bool(base) and (base[0].isupper() or particle_led(base)) and base.lower() not in CALENDAR_WORDS


def particle_led(word: str) -> bool:
    """ "al-Assad", "von der Leyen" (joined by tokenize): a name that opens with its particle."""
    head, sep, rest = word.partition("-")
    if sep and head in HYPHENATED_PARTICLES and rest[:1].isupper():
        return True
    parts = word.split()
    return len(parts) > 1 and parts[0] in NAME_PARTICLES and parts[-1][:1].isupper()


# The heads of a body's or a document's description ("the campaign", "the statement", "the newspaper", "the
# department"), which name no person though ROLE_NOUNS or an agent ending takes them; the lexicon files
# "spokesperson" with bodies as the voice of one, but a spokesperson is a person.
NOT_PERSON_HEADS = (SPEAKER_HEADS["institution"] | SPEAKER_HEADS["document"]) - frozenset({"spokesperson"})


def person_noun(low: str) -> bool:
    """'manager', 'friend', 'cleric', 'anchor', 'organizer': a noun that heads a description of a person ("MP"; not "story",
    not "on" in "the Council on Foreign Relations", not a body's or a document's head, "campaign"; by its ending only
    when no common word shares it, "former", "disappointment": speaker_words.NOT_AGENT_WORDS, NOT_AGENT_ENDINGS)."""
    if low in NOT_PERSON_HEADS:
        return False
    return (low in ROLE_NOUNS or low in SPEAKER_HEADS["person"] or low in MEMBER_INITIALS
            or (len(low) >= 5 and low.endswith(AGENT_ENDINGS) and not low.endswith(NOT_AGENT_ENDINGS)
                and low not in NOT_AGENT_WORDS))


def people_noun(low: str) -> bool:
    """'protesters', 'supporters', 'staffers': a plural noun heading a description of people (person_noun)."""
    return low.endswith("s") and person_noun(low[:-1])


def named_people(words: list[Token]) -> bool:
    """'Trump supporters', 'Acme High School fans': a plural people noun (people_noun) heading a phrase that holds no
    possessive ("Henry Clay's biographers, Ann and Jo Lee, wrote" leaves the speakers to the names after it)."""
    return people_noun(words[-1].low) and not any(w.text.endswith(("’s", "'s")) for w in words)


def person_post(low: str) -> bool:
    """'lawyer', 'coach', 'actor': a noun heading a description of a person (person_noun) or a post only a person
    holds (actor_words.PERSON_ROLES)."""
    return person_noun(low) or low in PERSON_ROLES


# A month, written out or abbreviated with its dot, before a day's number: "a Feb. 1 letter", "a March 19 email".
_MONTH = re.compile(rf"(?:{MONTH_NAMES}|(?:{MONTH_ABBREVIATIONS})\.)$")
_MONTH_ABBREVIATION = re.compile(rf"(?:{MONTH_ABBREVIATIONS})$")
_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")


def month_day(tokens: list[Token], k: int) -> bool:
    """tokens[k] is the day of a date inside a description ("A Feb. 1 letter from …"): one or two digits after a
    month, before the noun that heads a speaker ("letter", "memo", "statement"; not "the June 23 referendum")."""
    return (0 < k < len(tokens) - 1 and tokens[k].text.isdigit() and len(tokens[k].text) <= 2
            and bool(_MONTH.match(tokens[k - 1].text)) and tokens[k + 1].low in SPEAKER_HEAD_WORDS
            and tokens[k + 1].text.islower())


def crowd_of_people(words: list[Token]) -> bool:
    """'Hundreds of demonstrators', 'Dozens of angry Trump supporters': a crowd's count (CROWD_COUNTS), "of", then
    people (a plural person noun) with at most two words describing them, as one speaker."""
    return (3 <= len(words) <= 5 and words[0].low in CROWD_COUNTS and words[1].low == "of"
            and all(w.is_word for w in words) and words[-1].text.islower() and words[-1].low.endswith("s")
            and (person_noun(words[-1].low) or person_noun(words[-1].low[:-1])))


# Conjunctions inside a firm's name: "Procter & Gamble", "Marsh and Partners" name one organisation.
FIRM_JOINERS = frozenset({"and", "&"})


_GIVEN = frozenset(name for names in GIVEN_NAMES.values() for name in names)


def _post_before_name(word: Token) -> bool:
    """'Reporter', 'Filmmaker', 'Coach' before a full name: a post's noun (speaker_words.SPEAKER_POSTS,
    actor_words.PERSON_ROLES), not a given name ('Walter'), so it ends the name and is its role."""
    return ((word.low in SPEAKER_POSTS or word.low in PERSON_ROLES)
            and word.low not in _GIVEN)  # ("Dean", "Grant": given names too)


def split_role(words: list[Token], text: str) -> tuple[str, str | None]:
    """('Masoud Pezeshkian', 'Iranian President') from 'Iranian President Masoud Pezeshkian'."""
    if not words:
        return "", None
    span = text[words[0].start: words[-1].end]
    if words[0].low in DETERMINERS:
        # "a Middle East policy expert at the Council on Foreign Relations" stays whole, but "the Republican
        # candidate Donald Trump" is a description and the name it goes before
        i = len(words)
        while i > 1 and is_name_word(words[i - 1]) and words[i - 1].text not in TITLE_WORDS:
            i -= 1
        if (len(words) - i >= 2 and i > 1 and words[i - 1].text[:1].islower() and person_noun(words[i - 1].low)
                and not words[i - 1].text.endswith(("'s", "’s", "'", "’"))  # (not "the paper's Robert Costa")
                and not any(w.low == "by" for w in words[:i])):  # ("a study by economists Peter Schott": a document)
            return text[words[i].start: words[-1].end], text[words[0].start: words[i - 1].end]
        return span, None
    if not is_name_word(words[-1]) or words[-1].text.endswith(("’s", "'s")):
        return span, None  # "Netanyahu's office": an institution, said as a whole
    i = len(words) - 1
    while i > 0 and ((is_name_word(words[i - 1]) and words[i - 1].text not in TITLE_WORDS and words[i - 1].low not in DETERMINERS
                      and not (_post_before_name(words[i - 1]) and len(words) - i >= 2)
                      and not (words[i - 1].text.endswith(("’s", "'s")) and len(words) - i >= 2))
                     or (words[i - 1].low in FIRM_JOINERS and i > 1 and is_name_word(words[i - 2]))):
        i -= 1  # "Procter & Gamble", "Simon and Schuster": a conjunction between names joins one firm's name
        # (a post's noun before a full name ends the name: "Reporter Jomana Karadsheh", "Campaign Manager Corey Lewandowski")
    # the name needs a word that is not a title: "President Obama" → name "Obama", role "President"
    if i == len(words) - 1 and words[i].text in TITLE_WORDS:
        return span, None
    after_of = 0 < i and (words[i - 1].low == "of" or (i > 1 and words[i - 1].low in DETERMINERS and words[i - 2].low == "of"))
    if (after_of and len(words) - i > 2 and words[-1].low not in SPEAKER_HEAD_WORDS  # (not "… Restaurant Association")
            and words[-2].low not in FIRM_JOINERS):  # (not "of Marsh and Partners")
        # "Governor of Washington Chris Gregoire", "CEO of the Refugee Council Enver Solomon": a place or body,
        # then a two-word name
        i = len(words) - 2
    role_words = [w for w in words[:i] if w.low not in DETERMINERS]
    name = text[words[i].start: words[-1].end]
    role = text[role_words[0].start: role_words[-1].end] if role_words else None
    if role and role_words[-1].text.endswith(("’s", "'s")):
        # "NASA's Steve Clarke": the owner before a full name is where the person works ("NASA")
        role = strip_possessive(role)
    return name, role


def title_of_body(words: list[Token], of_at: int, text: str) -> tuple[str, str] | None:
    """('Katie Walsh', 'RNC Chief of Staff') from 'RNC Chief of Staff Katie Walsh': a post whose title word stands
    before "of" (not a person's name, as "Patricia Moran of Cheyenne" is), the body it is of, then a person's name
    opened by a known given name. None when the words are not so."""
    if not 0 < of_at < len(words) - 3 or words[of_at - 1].text not in TITLE_WORDS or words[of_at].low != "of":
        return None
    given, surname = words[-2], words[-1]
    if given.low not in _GIVEN or not is_name_word(surname) or not is_name_word(words[-3]):
        return None
    return text[given.start: surname.end], text[words[0].start: words[-3].end]
