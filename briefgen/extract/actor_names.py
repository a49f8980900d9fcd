"""Surface forms of entity names: cleaning, trimming, split names joined (titles and roles: actor_titles)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.actor_titles import ROLE_MODIFIERS
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.lexicon import (CALENDAR_WORDS, GIVEN_NAMES, NAME_PARTICLES, ROLE_NOUNS, SPEAKER_HEADS, TITLE_WORDS,
                                      UNISEX_GIVEN_NAMES)
from briefgen.extract.names import strip_possessive
from briefgen.extract.nlp import Entity

# A name NER read as a person that ends in one of these is an organisation ("Kloof Gold Mining Co").
ORGANIZATION_HEADS = frozenset(
    "Co Co. Corp Corp. Inc Inc. Ltd Ltd. Plc PLC SpA S.A. AG GmbH NV Group Holdings Bank Mining Controls Cement "
    "Airlines Airways Motors Industries Systems Company Corporation Agency Ministry Council Committee Association "
    "Union Institute University College Fund Foundation Exchange News Times Post Journal "
    # industries that end companies' names ("Patriot Coal", "Walter Energy", "Lenox Healthcare")
    "Coal Energy Fuels Resources Oil Petroleum Healthcare Pharmaceuticals Technologies Capital Partners "
    "Investments Securities Financial Insurance Media Entertainment Communications Networks Telecom "
    "Enterprises Foods Chemicals Logistics Airline Railways Studios".split()
)
# Organisations whose last word says they are an armed or political group.
GROUP_HEADS = frozenset("Party Movement Front Brigade Brigades Army Militia Militias Jihad Rebels Guard Guards".split())
# Prepositions that make a capital a place ("talks in Washington"), not its government ("Washington warned").
LOCATIVE = frozenset("in to from at of near outside inside into around across via visit visited visiting toward towards".split())
# A name NER read as a person that ends in one of these is a place ("Udvar-Hazy Center", "Changi Prison").
PLACE_HEADS = frozenset("Center Centre Museum Airport Station Stadium Bridge Square Park Street Avenue Hotel Mosque "
                        "Cathedral Prison Palace Hospital Island Islands River Mountains Valley".split())
# A prefix that makes a name an adjective ("the pro-Beijing camp", "anti-Trump protesters"), not an actor.
ADJECTIVE_PREFIX = re.compile(r"^(?:pro|anti|ex|non|post|pre|neo|pan)-(?=[A-Z])")
_TRIM = " \t\n.,;:!?\"'“”‘’()[]{}-–—*"
# An article NER took into the name: "the U.S.", "a World Health Organisation recommendation".
_LEADING_ARTICLE = re.compile(r"^(?:(?i:the)|an?)\s+(?=\S)")  # "A" capitalised may begin a name


def clean_name(text: str) -> str:
    """'the U.S.' → 'U.S.', "Trump's" → 'Trump': surrounding punctuation, a leading article, possessives."""
    initialism = re.search(r"\b(?:[A-Z]\.){2,}$", strip_possessive(text.strip()))  # ("Washington D.C.’s" too)
    text = strip_possessive(text.strip(_TRIM)).strip(_TRIM)
    if initialism:
        text += "."  # "U.S." keeps its last dot
    text = _LEADING_ARTICLE.sub("", text).lstrip(_TRIM)  # ('the "Black Death': the mark after the article)
    text = text.replace("[", "").replace("]", "")  # an editor's insertion: "[George H. W.] Bush", "Phil] Gramm"
    return re.sub(r"\s+", " ", text)


REGNAL = re.compile(r"\s+([IVX]{1,4})\b(?![.'’-]?\w)")


def strip_demonyms(name: str) -> str:
    """'Belgian King Baudouin' → 'King Baudouin' (then the title goes too); 'Moderator Hugh Hewitt' → 'Hugh
    Hewitt' (a role noun capitalised before a given name, then the name: the word is the role)."""
    words = name.split()
    while len(words) > 1 and words[0].lower() in gazetteer().demonyms:
        words = words[1:]
    if len(words) > 2 and words[0].lower() in ROLE_NOUNS | SPEAKER_HEADS["person"] and _given_name(words[1]):
        words = words[1:]
    return " ".join(words)


_GIVEN = frozenset().union(*GIVEN_NAMES.values()) | UNISEX_GIVEN_NAMES
# Words NER runs into a person's name before the given name: a plural of people ("Floridians Jeb Bush",
# "Texans Ted Cruz") or a sentence's opening participle ("Asserting Hillary Clinton"). Named rules, read in order.
PERSON_RUN_ON_OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("plural-of-people", re.compile(r"^[A-Z][a-z]+(?:ians|ans|ers|ists|ites)$")),
    ("participle", re.compile(r"^[A-Z][a-z]{3,}ing$")),
)


def _given_name(word: str) -> bool:
    return word.lower().split("-")[0] in _GIVEN


def drop_person_opener(words: list[str]) -> list[str]:
    """['Floridians', 'Jeb', 'Bush'] → ['Jeb', 'Bush']: an opener (PERSON_RUN_ON_OPENERS) before a given name and a
    surname; a given name itself ('Sterling', 'Evans' when one is) stays."""
    if len(words) > 2 and not _given_name(words[0]) and _given_name(words[1]) and words[2][:1].isupper() \
            and any(rule.match(words[0]) for _name, rule in PERSON_RUN_ON_OPENERS):
        return words[1:]
    return words


# Labels NER gives the last part of a person's name it cut off ("Marco Tonchetti" + "Provera" read as a work of art).
_SURNAME_LABELS = frozenset(("PERSON", "ORG", "GPE", "WORK_OF_ART", "PRODUCT"))


def join_split_names(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """A person's name that NER cut in two ("Marco Tonchetti" + "Provera") is joined again."""
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and ent.label_ == "PERSON" and prev.label_ in ("ORG", "GPE") and _given_name_misread(prev, ent, text):
            out[-1] = Entity(text[prev.start_char: ent.end_char], "PERSON", prev.start_char, ent.end_char)
            continue  # "Dries" read as an organisation before "Mertens"
        if prev is not None and ent.label_ in ("GPE", "LOC") and prev.label_ in ("GPE", "LOC", "ORG") and _place_pair_is_person(prev, ent, text):
            out[-1] = Entity(text[prev.start_char: ent.end_char], "PERSON", prev.start_char, ent.end_char)
            continue  # "Valeska Paris, an Australian woman": a woman whose surname is a city's name
        person = _speaker_run_into_body(text, ent)
        if person is not None:  # "the Council on American-Islamic Relations Alia Salem said": a body, then its speaker
            out.append(Entity(text[ent.start_char: person - 1], ent.label_, ent.start_char, person - 1))
            out.append(Entity(text[person: ent.end_char], "PERSON", person, ent.end_char))
            continue
        if prev is not None and prev.label_ == "PERSON" and ent.label_ in _SURNAME_LABELS:
            gap = text[prev.end_char: ent.start_char]
            words = ent.text.split()
            joinable = gap == " " or (gap.strip() in NAME_PARTICLES and gap.startswith(" ") and gap.endswith(" "))
            last = words[-1] if words else ""
            # (two names NER read as people side by side, "President Zine al-Abidine Ben Ali", are one: news
            # writes a comma or "and" between two people)
            whole = (len(words) == 1 or (ent.label_ == "PERSON" and gap == " " and len(words) + len(prev.text.split()) <= 5
                                         and all(w[:1].isupper() for w in words)))
            if joinable and whole and last[:1].isupper() and not last.isupper() and last not in (
                ORGANIZATION_HEADS | GROUP_HEADS | PLACE_HEADS
            ):
                out[-1] = Entity(text[prev.start_char: ent.end_char], "PERSON", prev.start_char, ent.end_char)
                continue
        out.append(ent)
    return out


_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|stated|wrote|explained|noted)\b")


def _speaker_run_into_body(text: str, ent: Entity) -> int | None:
    """Where a speaker's given name starts inside a body's name NER ran on into it ('Council on American-Islamic
    Relations Alia Salem said'): at least two words of the body, a given name and a surname, then a speech verb."""
    words = ent.text.split()
    if ent.label_ not in ("ORG", "GPE", "FAC") or len(words) < 4 or not _SPEAKS_AFTER.match(text, ent.end_char):
        return None
    given, surname, before = words[-2], words[-1], words[-3]
    # a given name the tables know, or a post "of" the body before it ("Executive director of … the Council …")
    post_of = re.search(r"\b(\w+)\s+of\b[^.;:]*$", text[max(0, ent.start_char - 80): ent.start_char])
    if not ((_given_name(given) or (post_of is not None and post_of.group(1).lower() in ROLE_NOUNS)) and given[:1].isupper()
            and given.lower() not in ROLE_MODIFIERS and given not in TITLE_WORDS and surname[:1].isupper() and not surname.isupper() and before[:1].isupper()
            and not _given_name(before) and surname not in ORGANIZATION_HEADS | GROUP_HEADS | PLACE_HEADS):
        return None
    return ent.start_char + len(ent.text) - len(given) - len(surname) - 1


# After a name, what says it is a person's: an age, or an apposition headed by a person ("an Australian woman",
# "a former Scientologist"), or a speech verb.
_PERSON_AFTER = re.compile(
    r"^(?:,\s+(?:aged\s+)?\d{1,3}\b|,\s+(?:an?|the)\s+(?P<words>(?:[\w’'-]+\s+){0,3}[\w’'-]+)|\s+(?:said|says|told)\b)")
_PERSON_HEADS = frozenset("woman man girl boy mother father wife husband daughter son sister brother widow mom dad "
                          "resident student teacher".split()) | ROLE_NOUNS | SPEAKER_HEADS["person"]


def _person_head(words: str | None) -> bool:
    """'moderator for', 'Australian woman and': a person's noun among the first words of an apposition, before any
    preposition ("the city of Paris" is no person)."""
    if words is None:
        return True  # an age
    for word in words.split():
        low = word.lower()
        if low in ("of", "in", "at", "for", "from", "on", "to", "and", "with"):
            return False
        if low in _PERSON_HEADS or (word[:1].islower() and low.endswith(("ist", "ian"))):
            return True
    return False


def described_as_person(after: str) -> bool:
    """', the moderator for …', ', an Australian woman', ', 26,': the words after a name describe a person (an age or an
    apposition headed by a person's noun)."""
    m = _PERSON_AFTER.match(after[:60])
    if m is None or m.group(0).lstrip().startswith(("said", "says", "told")):
        return False
    return _person_head(m.group("words"))


def _place_pair_is_person(prev: Entity, ent: Entity, text: str) -> bool:
    """'Valeska' + 'Paris' read as two places side by side: two one-word names with only a space between them name
    no place ("Paris, Texas" has its comma); with a person's sign after them they are a person's given name and
    surname."""
    if text[prev.end_char: ent.start_char] != " " or " " in prev.text.strip() or " " in ent.text.strip():
        return False
    if not (prev.text[:1].isupper() and ent.text[:1].isupper()) or prev.text.isupper() or ent.text.isupper():
        return False
    m = _PERSON_AFTER.match(text[ent.end_char: ent.end_char + 60])
    return m is not None and (m.group(0).lstrip().startswith(("said", "says", "told")) or _person_head(m.group("words")))


# Words after a number that make it a quantity, not part of a name ("gave Patriot 13 percent").
UNIT_WORDS = frozenset("percent per cent % million billion trillion points point goals runs seats votes years".split())
_TRAILING_NUMBER = re.compile(r"\s+\d{1,4}(?:\.\d+)?%?$")


def drop_trailing_number(entity: str, after: str, persons: frozenset[str] = frozenset(), given_named: bool = False) -> str:
    """'Patriot 13' before "percent", 'Sweden 1' (a score), "Trump's 1995" (an owner's year): a number NER took into a
    name is cut off when a unit follows it, or the name before it is a state or ends in a possessive ("Intermediate
    School 285", "Apollo 11" keep theirs). `given_named`: NER read the entity as a person opening on a known given name
    ("Austin Theriault 17" in a standings table, "Donald Trump 384" of a vote count): no one's name ends in a number."""
    m = _TRAILING_NUMBER.search(entity)
    if not m:
        return entity
    rest = entity[: m.start()]
    unit = after.split(maxsplit=1)[0].strip(".,;:").lower() if after.strip() else ""
    if (unit in UNIT_WORDS or rest.endswith(("'s", "’s")) or lookup_key(rest) in gazetteer().states or "." in m.group()
            or "%" in m.group() or rest in persons or INITIALLED.fullmatch(rest) or given_named):
        return rest  # ("Trump 47.3", a poll's figure after a person the article names; "J. Adams 123", a batsman's runs)
    return entity


# A player's name as a scorecard writes it, initials and a surname ("J. Adams", "T.O'Gorman", "M.A. Atherton").
INITIALLED = re.compile(r"(?:[A-Z]\.\s?)+[A-Z][\w'’-]+")


def _given_name_misread(prev: Entity, ent: Entity, text: str) -> bool:
    """One unlisted capitalised word NER read as an organisation or a place, then, after one space, one word it read
    as a person: a given name and its surname ("Dries Mertens"), not "Reuters" or "Sweden" before a name."""
    word = prev.text
    key = lookup_key(word)
    gaz = gazetteer()
    return (text[prev.end_char: ent.start_char] == " " and " " not in word and " " not in ent.text.strip()
            and word[:1].isupper() and not word.isupper() and word.isalpha() and not gaz.state_or_capital(word, key)
            and key not in gaz.demonyms
            and word not in gaz.organizations and word not in gaz.companies and key not in gaz.groups
            and word not in ORGANIZATION_HEADS | GROUP_HEADS | PLACE_HEADS)


# A paper named for the day it comes out ("The Sunday Telegraph", "Sunday Times", "Sunday Express").
EDITION_DAYS = frozenset("Sunday Saturday Monday".split())
EDITION_HEADS = frozenset("Telegraph Times Express Mirror Post Herald Independent Tribune Mail Observer Star Sun Nation".split())


# A dateline's city in capitals (not a regnal numeral: "Henry VIII"; not two letters: "John Smith JR" is rare, "UK" not
# a dateline).
_CAPS_DATELINE = re.compile(r"(?![IVXLC]+$)[A-Z]{3,}")
# A word of a person's name glued to the next link's text on a pasted page ("Ilhan OmarIlhan", "Kristi NoemKristi",
# "Ocasio-CortezAlexandria"): a name's word of three letters or more, then a capital right after a lower-case letter.
_GLUED = re.compile(r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)[A-Z][a-z]")
# Surname prefixes written with a capital inside the name ("MacArthur", "FitzGerald", "VanderBeek"): no glue.
GLUED_EXCEPTIONS = frozenset("Mac Van Von Fitz Del Della Des Dos Las Los San Ben Abu".split())


def _unglued(words: list[str]) -> list[str]:
    """The words of a person's name up to a glued word's first part ("Ilhan OmarIlhan" -> "Ilhan Omar")."""
    for i, word in enumerate(words[1:], 1):
        m = _GLUED.match(word)
        if m and m.group(1) not in GLUED_EXCEPTIONS:
            return words[:i] + [m.group(1)]
    return words


# Posts at a company's head that are no role noun of a story ("Founder of Ceres Robotics Inc").
FOUNDER_WORDS = frozenset("founder co-founder cofounder ceo owner".split())


# A determiner that opens a sentence and ends no name ("He" ends "Liu He", "A" an initial: not here).
RUN_ON_DETERMINERS = frozenset("The Those These This That".split())


# Honorifics that open a name and never end one ("Rt. Hon.", "Mr."; not "Dr", a street's "Drive").
TRAILING_HONORIFICS = frozenset("Rt Hon Mr Mrs Ms Messrs".split())


def trim_name(name: str, kind: str, team: bool = False) -> str:
    """'August National Association …' → 'National Association …', 'Interfax news agency' → 'Interfax',
    "Farrakhan's Nation of Islam" → 'Nation of Islam' (the organisation, not its owner). `team`: the name is a team's
    in a results table's slot, whose possessive is its own ("Queen's Park 3 1 1 1", "v Duke of Norfolk's XI")."""
    words = name.split()
    if len(words) == 2 and words[0] in EDITION_DAYS and words[1] in EDITION_HEADS:
        return name  # "Sunday Telegraph", "Sunday Times": a paper's edition, its day part of the name
    while len(words) > 1 and (words[0].lower() in CALENDAR_WORDS or (words[0].isalpha() and words[0].islower() and words[0] not in NAME_PARTICLES)
                              or ADJECTIVE_PREFIX.match(words[0])):
        words = words[1:]  # "August National Association", "state Department of Revenue Services", "pro-Socialist CFDT"
    while len(words) > 1 and words[-1].islower():
        unit = words[-1] in UNIT_WORDS
        words = words[:-1]
        if unit and len(words) > 1 and _TRAILING_NUMBER.search(" " + words[-1]):
            words = words[:-1]  # "Patriot 13 percent": the figure goes with its unit
    if len(words) > 1 and words[-1] in RUN_ON_DETERMINERS:
        words = words[:-1]  # "Ms. Yellen The Federal Reserve chairwoman …", "E.U. Those military efforts": the next
        # sentence's first word, its full stop missing or taken by an initialism
    while len(words) > 1 and words[-1].rstrip(".") in TRAILING_HONORIFICS:
        words = words[:-1]  # "the House of Representatives Rt. Hon. B. U. Nzeribe": the next name's honorific run on
    while len(words) > 1 and words[0].endswith("-") and not words[0][:-1].islower():
        words = words[1:]  # "Euro- NATO Joint Jet Pilot Training": a hyphen's fragment, its word left behind
    if len(words) > 2 and words[-2] in _PLACE_PREPOSITIONS and words[-1].lower() in gazetteer().demonyms:
        words = words[:-2]  # "Scientology on French television": the adjective of what came after the name
    if kind == "person":
        words = drop_person_opener(words)
        words = _unglued(words)
        if len(words) > 2 and _CAPS_DATELINE.fullmatch(words[-1]) and not any(w.isupper() for w in words[:-1]):
            words = words[:-1]  # "Fazlur Rehman KARACHI: Firebrand cleric …": a digest's next dateline run on
    if (kind == "organization" and len(words) > 3 and words[1] == "of" and words[0].lower() in ROLE_NOUNS | FOUNDER_WORDS
            and words[-1] in ORGANIZATION_HEADS):
        words = words[2:]  # "CEO and Founder of Ceres Robotics Inc.": the post NER ran into a company's name
    # "Farrakhan's Nation of Islam", "Fox News’ Sean Hannity", "Rubio’s Miami", "That’s Jeb Bush": NER ran an owner
    # (or a contraction) into the name; what is owned is the actor
    # (a plural's apostrophe only before a given name: "Bond Traders' Association", "African Nations' Cup" are one name)
    owner = next((n for n, w in enumerate(words[:-1]) if _OWNER.search(w) and (w[-1] == "s" or _given_name(words[n + 1]))), None)
    if (owner is not None and not team and words[owner + 1][:1].isupper()
            and (kind == "organization" or words[owner + 1] not in _OWNED_HEADS)):
        words = words[owner + 1:]
    return " ".join(words)


_PLACE_PREPOSITIONS = frozenset("on in at to from for".split())
# An owner's possessive inside a name: "Trump's", "Fox News’" (a plural's bare apostrophe), "That’s".
_OWNER = re.compile(r"(?:\w['’]s|\ws['’])$")
# Words that, after a possessive, are part of one name ("St. Mary's Hospital", "Children's Museum" are no owner
# and what they own): a person's or a place's name keeps its possessive before these.
_OWNED_HEADS = frozenset("Hospital Church College School Museum Island Bay Day Cathedral Park Place Street Square".split())


_COMPASS = "North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower"
# "North and South Korea", "East and West Germany": two names sharing their last word.
_SHARED_HEAD = re.compile(rf"^({_COMPASS}) and ({_COMPASS}) ([A-Z][\w-]+)$")
_COORDINATION = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")


def split_coordinated(ent: Entity, known: frozenset[str]) -> list[Entity]:
    """One entity NER made of two names is two: 'North and South Korea' → North Korea, South Korea; 'Mercantile,
    Commerce' and 'Mercantile or Commerce' → Mercantile, Commerce when the article names each part on its own
    (`known`: every entity's text). 'Procter and Gamble', 'Bosnia and Herzegovina' stay whole."""
    text = ent.text
    shared = _SHARED_HEAD.match(text)
    if shared:
        first, second, head = shared.groups()
        return [Entity(f"{first} {head}", ent.label_, ent.start_char, ent.start_char + len(first)),
                Entity(f"{second} {head}", ent.label_, ent.start_char + shared.start(2), ent.end_char)]
    cuts = list(_COORDINATION.finditer(text))
    if not cuts:
        return [ent]
    parts, at = [], 0
    for cut in [*cuts, None]:
        end = cut.start() if cut else len(text)
        parts.append((at, end))
        at = cut.end() if cut else at
    names = [text[a:b] for a, b in parts]
    # (or one-word names joined by "or" or a comma, which join no name's words, of which the article names one on its
    # own: "Mercantile or Commerce", "Mercantile, Commerce" beside "Mercantile"; "Procter and Gamble" stays whole)
    listed = all(re.fullmatch(r",\s+(?:or\s+)?|\s+or\s+", c.group()) for c in cuts)
    one_word = all(n[:1].isupper() and " " not in n and not n.isupper() for n in names) and any(n in known for n in names)
    if not (all(n[:1].isupper() and n in known for n in names) or (one_word and listed)):
        return [ent]
    return [Entity(text[a:b], ent.label_, ent.start_char + a, ent.start_char + b) for a, b in parts]


_INITIAL_BEFORE = re.compile(r"(?:[A-Z]\.)+$")
_INITIAL_AFTER = re.compile(r"^(?:[A-Z]\.)+")
# Abbreviated first words of place names NER reads apart at their dot: "St. Louis", "Ft. Worth", "Mt. Vernon".
PLACE_ABBREVIATIONS = frozenset("St Ste Ft Mt Pt".split())


def whole_initialism(text: str, ent: Entity) -> Entity:
    """'R.S.' of "I.R.S.", 'F.B.' of "F.B.I.": an initialism NER cut is taken whole (capitals with dots either side,
    touching it)."""
    if not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", ent.text):
        if re.search(r"(?:^|\s)(?:[A-Z]\.)+[A-Z]$", ent.text) and text[ent.end_char: ent.end_char + 1] == ".":
            # "Washington D.C" before its dot: "Washington D.C."
            return Entity(ent.text + ".", ent.label_, ent.start_char, ent.end_char + 1)
        return ent
    start, end = ent.start_char, ent.end_char
    before = _INITIAL_BEFORE.search(text[max(0, start - 12): start])
    if before:
        start -= len(before.group())
    after = _INITIAL_AFTER.match(text[end: end + 12]) if text[end - 1: end] == "." else None
    if after:
        end += len(after.group())
    elif text[end: end + 1] == "." and ent.text[-1].isupper():
        end += 1
    return ent if (start, end) == (ent.start_char, ent.end_char) else Entity(text[start:end], ent.label_, start, end)


def join_abbreviated_places(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """'St' and 'Louis' of "St. Louis", read apart, are one place."""
    out: list[Entity] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (prev is not None and prev.text in PLACE_ABBREVIATIONS and text[prev.end_char: ent.start_char] == ". "
                and ent.label_ in ("GPE", "LOC", "FAC")):
            out[-1] = Entity(text[prev.start_char: ent.end_char], ent.label_, prev.start_char, ent.end_char)
            continue
        out.append(ent)
    return out
