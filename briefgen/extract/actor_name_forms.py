"""One person's name written several ways, recognised as one name.

With or without a generational suffix ("Jr"), a middle initial or a full middle name, in initials ("B. U. Nzeribe"),
or with a given name's doubled letter written single ("Hilary").
"""

from __future__ import annotations

import re

from collections.abc import Iterable

from briefgen.extract.actor_candidate import is_given_name

__all__ = ["GENERATIONAL_SUFFIXES", "PARENT_CHILD_NOUNS", "SAME_PERSON_RULES", "SON_NOUNS", "SON_SUFFIXES",
           "SPACING_TYPOS", "bare_name", "bare_words", "either_namesake", "father_and_son", "initials_of",
           "middle_initials", "named_son", "namesakes_by_initials", "parent_and_child_by_middle_name",
           "same_person_name", "same_person_rule", "single_letters", "son_suffix", "spaced_letters", "spacing_typos",
           "suffix_after", "without_middle_initial", "without_middle_names", "without_spacing_typos"]

GENERATIONAL_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})  # "Martin Truex Jr.", "Joe Manchin III"


# "Brent Bozell, Jr. was …", "Joseph R. Biden, Jr., is …": a suffix after a comma, which NER leaves out of the name
# (read alone as a person, "Jr"); a capitalised word after it may open a title ("John Moss, Sr. Vice President"), so
# only a comma, a lower-case word, a figure or the paragraph's end may follow.
_SUFFIX_AFTER = re.compile(r",? (Jr|Sr)\.?(?=,|;|\)| [a-z0-9]|\s*$)")


def suffix_after(tail: str) -> str | None:
    """'Jr' of ", Jr. was the ghost writer …", the text right after a person's name: the generational suffix that
    name leaves out."""
    m = _SUFFIX_AFTER.match(tail)
    return m.group(1) if m else None


def _suffix(word: str) -> str | None:
    bare = word.rstrip(",").rstrip(".")
    return bare if bare in GENERATIONAL_SUFFIXES else None


def bare_words(name: str) -> list[str]:
    """'Patrick Carlineo Jr.' → ['Patrick', 'Carlineo']: the name's words without a generational suffix, which is no
    surname (the article calls him "Carlineo")."""
    words = name.split()
    if len(words) > 2 and _suffix(words[-1]):
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")  # ("Patrick Carlineo, Jr.")
    return words


_MIDDLE_INITIAL = re.compile(r"^(\S+) [A-Z]\. (\S+)$")


def without_middle_initial(name: str) -> str:
    """'Donald J. Trump' → 'Donald Trump', 'Paul D. Ryan' → 'Paul Ryan'; a name with two initials ("George H. W.
    Bush") or none stays as it is, so "George W. Bush" never becomes his father."""
    return _MIDDLE_INITIAL.sub(r"\1 \2", name)


def bare_name(name: str) -> str:
    """'James P. Kennedy Jr.' → 'James Kennedy': without a generational suffix, then without a middle initial."""
    return without_middle_initial(" ".join(bare_words(name)))


def _middle_initial(name: str) -> str | None:
    m = _MIDDLE_INITIAL.match(" ".join(bare_words(name)))
    return name.split()[1] if m else None


INITIAL = re.compile(r"[A-Z]\.")  # a given name's initial ("J.")


def initials_of(a: str, b: str) -> bool:
    """'B. U. Nzeribe' and 'Benjamin Nzeribe': one name all initials before the surname, the other's given name
    opening with its first initial, the same surname."""
    wa, wb = bare_words(a), bare_words(b)
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    for initials, full in ((wa[:-1], wb[:-1]), (wb[:-1], wa[:-1])):
        if all(INITIAL.fullmatch(w) for w in initials) and not INITIAL.fullmatch(full[0]) and full[0][0] == initials[0][0]:
            return True
    return False


# Suffixes naming a son after his father or grandfather ("Walter Pike Jr.", "Brent Bozell III"), and the kinship nouns
# that introduce such a son as one ("his eldest son, Walter Pike Jr.").
SON_SUFFIXES = frozenset({"Jr", "II", "III", "IV"})
SON_NOUNS = frozenset({"son", "grandson"})


def son_suffix(name: str) -> bool:
    """'Walter Pike Jr.', 'Walter Jr.', 'Brent Bozell III': a name ending in a son's suffix."""
    words = name.split()
    return len(words) > 1 and _suffix(words[-1]) in SON_SUFFIXES


def named_son(name: str, sons: frozenset[str]) -> bool:
    """'Walter Pike Jr.', a full name with a son's suffix, where the article introduces him as someone's son by that
    name or by its given name and suffix (`sons`: "his son, Walter Pike Jr.", "his son Walter Jr.")."""
    words = name.split()
    return len(words) > 2 and son_suffix(name) and (name in sons or f"{words[0]} {words[-1]}" in sons)


def father_and_son(a: str, b: str, sons: frozenset[str]) -> bool:
    """'Walter Pike Jr.', a named son (named_son), and "Walter Pike" or "Walter J. Pike" without a suffix: the son and
    the father he is named after, two people."""
    return any(named_son(son, sons) and not _suffix(other.split()[-1]) for son, other in ((a, b), (b, a)))


def _same_bare_name(a: str, b: str) -> bool:
    """'Patrick W. Carlineo' and 'Patrick Carlineo Jr.': one name once the suffix and the middle initial are left
    out, with no two different suffixes ("Harry Byrd Sr." is not "Harry Byrd Jr.") nor middle initials."""
    if bare_name(a) != bare_name(b) or len(bare_name(a).split()) < 2:
        return False
    suffixes = {_suffix(n.split()[-1]) for n in (a, b) if len(n.split()) > 2 and _suffix(n.split()[-1])}
    initials = {i for i in (_middle_initial(a), _middle_initial(b)) if i}
    return len(suffixes) < 2 and len(initials) < 2


def without_middle_names(name: str) -> str | None:
    """'Hillary Rodham Clinton' → 'Hillary Clinton': a given name, full middle names, a surname (a generational suffix
    left out). None for a middle word that is an initial (without_middle_initial's) or a known given name: "John
    Quincy Adams" beside "John Adams", "George Herbert Walker Bush" beside "George Bush" may be a son and his
    father, while a family name kept in the middle ("Rodham") names no one else."""
    words = bare_words(name)
    if len(words) < 3 or INITIAL.fullmatch(words[0]) or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if any(is_given_name(w) for w in words[1:-1]):
        return None
    return f"{words[0]} {words[-1]}"


def _middle_names(a: str, b: str) -> bool:
    """'Hillary Rodham Clinton' and 'Hillary Clinton' (or "Hillary Clinton Jr."): the same given name and surname,
    the longer with full middle names between them (without_middle_names)."""
    return any(without_middle_names(long) is not None and without_middle_names(long) == " ".join(bare_words(short))
               and len(bare_words(short)) == 2 and _suffix(long.split()[-1]) == _suffix(short.split()[-1])
               for long, short in ((a, b), (b, a)))  # (with "Hillary Clinton Jr.", a son: two)


_DOUBLED = re.compile(r"([a-z])\1")


def single_letters(word: str) -> str:
    """'Hillary' → 'Hilary', 'Phillip' → 'Philip': a word with each doubled lower-case letter written once."""
    return _DOUBLED.sub(r"\1", word)


# Kinship nouns naming someone's father or son ("his father, John Adams", "Adams's son John Quincy Adams"): a son
# named after his father often differs from him by a middle name alone. (Not "mother", "daughter": a woman's middle
# name is most often her own family name, "Chelsea Clinton's mother, Hillary Rodham Clinton".)
PARENT_CHILD_NOUNS = SON_NOUNS | frozenset({"father", "grandfather"})


def parent_and_child_by_middle_name(a: str, b: str, kin: frozenset[str]) -> bool:
    """'John Quincy Adams' and 'John Adams', one name the other with full middle names (the middle-names rule),
    where the article introduces either as someone's father or son (`kin`, PARENT_CHILD_NOUNS: "his father, John
    Adams"): a son and the father he is named after, two people."""
    return (a in kin or b in kin) and _middle_names(a, b)


def _doubled_letter(a: str, b: str) -> bool:
    """'Hilary Clinton' and 'Hillary Clinton', 'Philip Moss' and 'Phillip Moss': a given name and surname each, the
    same surname, given names that differ only by one letter written once or twice: one name misspelt, since two
    people of one family are not so named. Any other letter apart ("Mario" and "Maria", "Paul" and "Paula": a
    brother and sister, a couple) keeps them two."""
    wa, wb = bare_words(a), bare_words(b)
    if len(wa) != 2 or len(wb) != 2 or wa[1] != wb[1] or wa[0] == wb[0] or len(wa[0]) < 3 or len(wb[0]) < 3:
        return False
    if any(len(n.split()) > 2 for n in (a, b)):  # (a suffix: "Phillip Moss Jr." may be a son)
        return False
    short, long = sorted((wa[0], wb[0]), key=len)
    return len(long) == len(short) + 1 and any(long[:i] + long[i + 1:] == short and long[i] == long[i - 1]
                                               for i in range(1, len(long)))


_SPACING = re.compile(r"[\s.]")  # what a typo drops or adds between a name's letters ("Mario JLucero")


def spaced_letters(name: str) -> str:
    """'Mario J. Lucero', 'Mario JLucero' → 'MarioJLucero': the name's letters without spaces and dots."""
    return _SPACING.sub("", name)


# The shapes a typo gives a name's spacing, each by name. Of two forms of a name that differ only in spaces and dots
# (an interview's label "Dana Mc Arthur:" beside the prose's "Dana McArthur"), the one without them is the one meant.
SPACING_TYPOS = (
    ("split-prefix", re.compile(r"\b(?:Mc|[A-Z]['’]) [A-Z]")),  # "Dana Mc Arthur", "Sean O' Hara": never written apart
    ("run-together-initial", re.compile(r"\b[A-Z][A-Z][a-z]")),  # "Mario JLucero": an initial without its dot and space
)


def spacing_typos(name: str) -> list[str]:
    """'Dana Mc Arthur' → ['split-prefix']: the names of the SPACING_TYPOS the name shows, one per place."""
    return [rule for rule, shape in SPACING_TYPOS for _ in shape.finditer(name)]


def without_spacing_typos(forms: Iterable[str]) -> list[str]:
    """The forms but each one a form with the same letters (spaced_letters) writes with fewer SPACING_TYPOS: of
    'Dana Mc Arthur' and 'Dana McArthur', 'Dana McArthur'; of 'Mario JLucero' and 'Mario J. Lucero', the latter."""
    forms = list(forms)
    typos = {f: len(spacing_typos(f)) for f in forms}
    return [f for f in forms if not any(g != f and spaced_letters(g) == spaced_letters(f) and typos[g] < typos[f]
                                        for g in forms)]


def _same_letters(a: str, b: str) -> bool:
    """'Mario JLucero' and 'Mario J. Lucero': two names of two words or more with the same letters in the same case,
    spaces and dots apart: one name with a space or a dot lost or added by a typo."""
    return len(a.split()) > 1 and len(b.split()) > 1 and spaced_letters(a) == spaced_letters(b)


# The ways two written names can name one person, each by name (tests, and why two forms joined).
SAME_PERSON_RULES = (
    ("initials", initials_of),  # "B. U. Nzeribe", "Benjamin Nzeribe"
    ("suffix-or-middle-initial", _same_bare_name),  # "Patrick W. Carlineo", "Patrick Carlineo Jr."
    ("middle-names", _middle_names),  # "Hillary Rodham Clinton", "Hillary Clinton"
    ("doubled-letter", _doubled_letter),  # "Hilary Clinton", "Hillary Clinton"
    ("spacing", _same_letters),  # "Mario JLucero", "Mario J. Lucero"
)


def same_person_rule(a: str, b: str) -> str | None:
    """The name of the first rule of SAME_PERSON_RULES by which two different names are one person's, or None."""
    if a == b:
        return None
    return next((name for name, rule in SAME_PERSON_RULES if rule(a, b)), None)


# Initials written between a given name and a surname, dotted or not: "H. W.", "H.W.", "HW", "W.".
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.)+|[A-Z]{1,2}")


def middle_initials(name: str) -> str | None:
    """'George H. W. Bush', 'George H.W. Bush', 'George HW Bush' → 'HW'; 'George W. Bush' → 'W'; 'George Bush' → '':
    the initials between a given name and a surname (a generational suffix left out). None when a middle word is no
    initial ("John Quincy Adams"), the name opens with an initial, or it has one word."""
    words = bare_words(name)
    if len(words) < 2 or INITIAL.fullmatch(words[0]) or not all(_INITIALS_WORD.fullmatch(w) for w in words[1:-1]):
        return None
    return "".join(w.replace(".", "") for w in words[1:-1])


def _given_and_surname(name: str) -> str:
    words = bare_words(name)
    return f"{words[0]} {words[-1]}"


def namesakes_by_initials(names: Iterable[str]) -> frozenset[str]:
    """'George Bush' where the article writes 'George H. W. Bush' and 'George W. Bush': the given name and surname two
    names with different middle initials share (a father and the son named after him)."""
    seen: dict[str, set[str]] = {}
    for name in names:
        initials = middle_initials(name)
        if initials:
            seen.setdefault(_given_and_surname(name), set()).add(initials)
    return frozenset(key for key, found in seen.items() if len(found) > 1)


def either_namesake(a: str, b: str, namesakes: frozenset[str]) -> bool:
    """'George Bush' and 'George W. Bush' where the article also writes 'George H. W. Bush' (namesakes_by_initials):
    the name without those initials may be either man, so the middle-initial rule joins it to neither."""
    ia, ib = middle_initials(a), middle_initials(b)
    return (ia is not None and ib is not None and ia != ib and _given_and_surname(a) == _given_and_surname(b)
            and _given_and_surname(a) in namesakes)


def same_person_name(a: str, b: str) -> bool:
    """'Patrick W. Carlineo' and 'Patrick Carlineo Jr.', 'B. U. Nzeribe' and 'Benjamin Nzeribe', 'Hillary Rodham
    Clinton' and 'Hillary Clinton', 'Hilary Clinton' and 'Hillary Clinton': two names of one person
    (SAME_PERSON_RULES)."""
    return same_person_rule(a, b) is not None
