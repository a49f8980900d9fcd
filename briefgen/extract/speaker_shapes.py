"""Shapes of the words beside a speaker's name: an apposition, a post and its body, a described name, a hometown.

For example "X, a law professor at Irvine,", "X, Director, IIFL Securities,", "the economist X", "X of Austin, Texas".
"""

from __future__ import annotations

from briefgen.extract.gazetteer import gazetteer
from briefgen.extract.lexicon import (
    CALENDAR_WORDS,
    DETERMINERS,
    NP_PREPOSITIONS,
    ROLE_NOUNS,
    TITLE_WORDS,
    US_STATES,
)
from briefgen.extract.speaker_tokens import FIRM_JOINERS, Token, is_name_word, person_noun as _person_noun, person_post
from briefgen.extract.speaker_words import (
    APPOSITION_ADVERBS,
    ARTICLES,
    CIRCUMSTANCE_OPENERS,
    POST_PARTICIPLES,
    COURTESY_TITLES,
    GOVERNING,
    LOCATIVES,
    PARTY_LABEL,
    POSSESSIVE_ENDINGS,
    POSTAL_CODE,
    RELATIVE_PRONOUNS,
    REPORTED_CLAUSE_VERBS,
    ROLE_MODIFIERS,
)


def is_appositive(chunk: list[Token]) -> bool:
    """', a law professor at Irvine,' ', 35,' ', R-Ky.,' ', who advises Kasich,', 'Berea, OH,' (a state's postal code)."""
    if not chunk:
        return False
    first = chunk[0]
    if len(chunk) == 1 and POSTAL_CODE.match(first.text):
        return True  # "Berea, OH,": the place's state
    if first.text in COURTESY_TITLES and len(chunk) > 1 and chunk[1].text[:1].isupper():
        return False  # "Mr. King, 82, said": a courtesy title opens a name, even a surname that is a title word
    return (first.low in DETERMINERS or first.low in RELATIVE_PRONOUNS or first.low in APPOSITION_ADVERBS
            or first.text[0].islower() or first.text[0].isdigit() or bool(PARTY_LABEL.match(first.text))
            or owned_post(chunk) or capitalised_post(chunk)
            or (first.text in TITLE_WORDS and not any(is_name_word(t) and t.text not in TITLE_WORDS for t in chunk)
                and not (len(chunk) == 1 and names_a_state(first.text))))  # ("Wilmington, Del.,": Delaware)


def modified_title_name(chunk: list[Token]) -> bool:
    """'state Sen. Marcia Price', 'former Gov. Jan Brewer': lower-case rank words (ROLE_MODIFIERS), a title, then a
    name to the end (a party label in brackets after it aside): a titled name, though its first word is lower case
    as an apposition's is."""
    if chunk and chunk[-1].text == ")" and any(t.text == "(" for t in chunk):
        chunk = chunk[: max(n for n, t in enumerate(chunk) if t.text == "(")]
    k = 0
    while k < len(chunk) and chunk[k].text.islower() and chunk[k].low in ROLE_MODIFIERS:
        k += 1
    if k == 0 or k == len(chunk) or chunk[k].text not in TITLE_WORDS:
        return False
    while k < len(chunk) and chunk[k].text in TITLE_WORDS:
        k += 1
    return k < len(chunk) and all(is_name_word(t) and t.text not in TITLE_WORDS for t in chunk[k:])


def capitalised_post(chunk: list[Token]) -> bool:
    """'CEO of South Wind Women's Center', 'Director', 'President and CEO of Acme', 'Senior Vice President of Sales':
    a post written with a capital,
    alone or before its body's preposition (not 'President Obama': a name follows the title there)."""
    k = 0
    while k + 1 < len(chunk) and chunk[k].low in ROLE_MODIFIERS and chunk[k].text[:1].isupper():
        k += 1  # "Senior Vice President of Sales for Acme": the post's rank words before its noun
    while k + 2 < len(chunk) and chunk[k].low in ROLE_NOUNS and chunk[k + 1].low in FIRM_JOINERS:
        k += 2  # "President and CEO"
    return (chunk[k].low in ROLE_NOUNS and chunk[k].text[:1].isupper()
            and (k + 1 == len(chunk) or chunk[k + 1].low in NP_PREPOSITIONS))


# How many capitalised words may name the body or place a bare post is held at before it ("Panama coach", "USI
# associate professor of art history", "Google co-founder"), and how many lower-case words the post may run to.
OWNER_MAX_WORDS = 3
OWNER_POST_MAX_WORDS = 4


def named_owner_post(chunk: list[Token]) -> bool:
    """'Panama coach', 'USI associate professor of art history': an apposition with no article or possessive, the
    capitalised name of the post's body or place (not a title), then lower-case words ending in a person's noun,
    alone or before its body's preposition (not 'Ohio coach Jane Roe': a name after the post makes it a titled
    name; not 'Boston, meanwhile': no post)."""
    k = 0
    while k < len(chunk) and k < OWNER_MAX_WORDS and is_name_word(chunk[k]) and chunk[k].text not in TITLE_WORDS:
        k += 1
    if k == 0 or chunk[0].low in DETERMINERS or chunk[0].text.endswith(POSSESSIVE_ENDINGS):
        return False
    cut = next((n for n, t in enumerate(chunk[k:], k) if t.low in NP_PREPOSITIONS), len(chunk))
    post = chunk[k:cut]
    return (0 < len(post) <= OWNER_POST_MAX_WORDS and all(t.is_word and t.text.islower() for t in post)
            and person_post(post[-1].low))


def opening_post(chunk: list[Token]) -> bool:
    """'Co-founder of Acme', 'Chairman of the board': a capitalised post of one person (capitalised_post; not
    'Members of Congress', a plural) set off before the name it describes."""
    return capitalised_post(chunk) and not any(
        t.low.endswith("s") and t.low[:-1] in ROLE_NOUNS for t in chunk if t.low in ROLE_NOUNS)


def owned_post(chunk: list[Token]) -> bool:
    """"NASA's associate administrator of …", "Vindman's superior", "Malaysia's Prime Minister": an owner's
    possessive name, then a post (a lower-case run, or a title), no name of a person after it."""
    if len(chunk) < 2 or not chunk[0].text.endswith(POSSESSIVE_ENDINGS) or not is_name_word(chunk[0]):
        return False
    rest = chunk[1:]
    cut = next((n for n, t in enumerate(rest) if t.low in NP_PREPOSITIONS), len(rest))
    post = rest[:cut]
    return bool(post) and (all(t.is_word and t.text.islower() for t in post) and _person_noun(post[-1].low)
                           or all(t.text in TITLE_WORDS for t in post))


def is_described_name(chunk: list[Token]) -> bool:
    """'the economist Jared Bernstein': an article, lower-case role words, then a name of two words or more (not
    'The leader of the League', 'an article on Monday about Tashfeen Malik': a preposition makes it a phrase)."""
    if len(chunk) < 3:
        return False
    # (or no article: "study lead author Lucas Paganini", lower-case words ending in a person noun)
    bare = chunk[0].low not in ARTICLES
    if bare and not (chunk[0].text.islower() and any(_person_noun(t.low) for t in chunk if t.text.islower())):
        return False
    opened = 0 if bare else 1
    cut = next((n for n, t in enumerate(chunk[opened:], opened) if t.text[:1].isupper()), len(chunk))
    role, name = chunk[opened:cut], chunk[cut:]
    if bare and not _person_noun(role[-1].low if role else ""):
        return False
    # (no participle among the role words: 'a pastor supporting Mr. Cruz' is a description of someone else)
    return (bool(role) and len(name) >= 2 and all(t.is_word and t.text.islower() and t.low not in GOVERNING
                                                  and not t.low.endswith(("ing", "ed")) for t in role)
            and all(is_name_word(t) for t in name))


def names_a_state(place: str) -> bool:
    """'Alabama', 'Iran', 'U.S.': a US state or a sovereign state, the second half of 'Birmingham, Alabama'."""
    low = place.lower()
    return low in US_STATES or low.replace(".", "") in gazetteer().states


def is_hometown(place: str, state: str) -> bool:
    """'of Ashton' before ', Md.', 'from Dayton' before ', Ohio': a locative, a town's capitalised name and, after a
    comma, its state (names_a_state) say where a person lives or is: neither the speaker nor the person's role."""
    words = place.split()
    return (len(words) >= 2 and words[0] in LOCATIVES and all(w[:1].isupper() for w in words[1:])
            and names_a_state(state))


def without_hometown(role: str | None, state: str) -> str | None:
    """A person's role without the hometown that ends it: 'of Austin' before ', Texas' → None, 'Sen. of Austin'
    → 'Sen.'; any other role as it is."""
    words = (role or "").split()
    cut = next((n for n in range(len(words)) if is_hometown(" ".join(words[n:]), state)), None)
    return role if cut is None else " ".join(words[:cut]) or None


# Lower-case words a post may open with before its noun: "a research analyst", "a senior policy adviser".
POST_LEAD_WORDS = 2


def opens_with_post(chunk: list[Token]) -> bool:
    """'president and CEO of …', 'a former aide to …', 'a research analyst at …': after an article, up to
    POST_LEAD_WORDS lower-case words, then a role noun or modifier (not 'the crowd', 'a day after …')."""
    words = chunk[1:] if chunk[0].low in ARTICLES else chunk
    for tok in words[:POST_LEAD_WORDS + 1]:
        if tok.low in ROLE_NOUNS or tok.low in ROLE_MODIFIERS:
            return True
        if not (tok.is_word and tok.text.islower()) or tok.low in GOVERNING or tok.low in DETERMINERS:
            return False
    return False


# The longest bare post ("Director", "Managing Director") and the longest body's name after it ("IIFL Securities")
# read as one role: "Sanjiv Bhasin, Director, IIFL Securities".
BARE_POST_MAX_WORDS = 3
BODY_NAME_MAX_WORDS = 5


def is_bare_post(words: list[Token]) -> bool:
    """'Director', 'managing director', 'Chief Economist': a post alone, its body not named (no "of", no "at")."""
    return (0 < len(words) <= BARE_POST_MAX_WORDS and all(w.is_word and w.low not in NP_PREPOSITIONS for w in words)
            and (words[-1].low in ROLE_NOUNS or words[-1].text in TITLE_WORDS) and words[0].low not in DETERMINERS)


def is_body_name(words: list[Token]) -> bool:
    """'IIFL Securities', 'Ernst & Young': the capitalised name of the body a bare post is held at (not a state, a
    date or a title)."""
    return (0 < len(words) <= BODY_NAME_MAX_WORDS and is_name_word(words[0])
            and all(is_name_word(w) or (w.low in FIRM_JOINERS and 0 < n < len(words) - 1) for n, w in enumerate(words))
            and not any(w.low in CALENDAR_WORDS or w.text in TITLE_WORDS for w in words)
            and not names_a_state(" ".join(w.text for w in words)))


def lists_inside_name(tokens: list[Token], k: int) -> bool:
    """The comma at tokens[k] lists words of one name ("the Council on Energy, Environment and Water"): a name word
    before it, and after it a name word then "and" or another comma. A description scanned back to its name
    goes on past it."""
    return (0 < k < len(tokens) - 3 and is_name_word(tokens[k - 1]) and tokens[k - 1].text not in TITLE_WORDS
            and is_name_word(tokens[k + 1]) and (tokens[k + 2].low in FIRM_JOINERS or tokens[k + 2].text == ",")
            and is_name_word(tokens[k + 3]))


def describes(first: Token) -> bool:
    """An apposition that says who someone is (not "who said …", an age, a party label, a circumstance, or the
    predicate of a clause cut by commas: "Jane Roe, whose son, Tom, was hurt in the crash, said")."""
    return (first.low not in RELATIVE_PRONOUNS and first.low not in REPORTED_CLAUSE_VERBS
            and not opens_circumstance(first) and not first.text[0].isdigit() and not PARTY_LABEL.match(first.text))


def opens_circumstance(first: Token) -> bool:
    """An apposition that says in what circumstance someone speaks: "speaking on …", "in a statement", "reacting to the
    video" (a lower-case participle that opens no post, POST_PARTICIPLES)."""
    return first.low in CIRCUMSTANCE_OPENERS or (first.text.islower() and first.low.endswith("ing")
                                                  and first.low not in POST_PARTICIPLES)
