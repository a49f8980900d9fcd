"""Organisation spans NER misses or cuts, read from a name's own shape: a company's legal suffix, an acronym before its
expansion; and a name NER ran across a sentence's end, cut there."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.actor_words import PUBLICATION_HEADS
from briefgen.extract.date_rules import WEEKDAY_NAMES
from briefgen.extract.lexicon import TITLE_WORDS
from briefgen.extract.nlp import Entity, any_overlaps, overlaps

__all__ = ["BODY_NOUNS_BEFORE", "BODY_PARTICLES", "COMPANY_SUFFIXES", "DEMONYM_BODY_HEADS", "JOINED_BODY_FOLLOWERS", "JOINED_VERBS", "PUBLICATION_PLURALS", "acronym_spans", "company_spans", "cut_at_sentence_ends", "digest_entities", "digest_headings", "organization_spans", "paper_spans"]

# The legal form that ends a company's name ("Jones Medical Industries Inc", "Dow Chemical Co", "Gold Fields of
# South Africa Ltd", "Siemens AG"): whatever NER read of it (a cut, a person, nothing), the whole run is a company.
COMPANY_SUFFIXES = ("Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC plc LLC L.L.C. LLP Limited Incorporated AG SpA S.p.A. "
                    "GmbH NV N.V. BV B.V. S.A. SA SE Oyj ASA AB KK Bhd Pty Ltda").split()
# Suffixes that are also words of other names: "Co" in "Bay Co Building Authority" (a county), "SA" and "AB"
# (provinces), "SE" (a compass point): a company's only when no capitalised word follows.
_CLOSED_SUFFIXES = frozenset("Co Co. SA SE AB KK".split())
# The small words a company's name holds between its capitalised words ("Gold Fields of South Africa",
# "Bear Stearns & Co", "Banco de Chile").
_NAME_JOINERS = ("of", "&", "de", "del", "di", "du", "la", "van", "von", "für")
# (a word's dot only inside it or after an abbreviation: "California." ends a sentence, "U.S." and "St." do not)
_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][a-z]{0,2}\.|[A-Z](?:[\w'’-]|\.(?=\w))*|[A-Z]&[A-Z])"
# At most this many words before the legal suffix ("Gold Fields of South Africa Ltd" has five): a bound that keeps
# the search linear, where a run of capitalised words ("A A A …") was retried from each of its words to its end.
MAX_COMPANY_WORDS = 12
_SUFFIX = "|".join(re.escape(s) for s in sorted(COMPANY_SUFFIXES, key=len, reverse=True))
_COMPANY = re.compile(
    rf"(?<![\w&.-]){_WORD}(?:\s+(?:(?:{'|'.join(_NAME_JOINERS)})\s+)?{_WORD}){{0,{MAX_COMPANY_WORDS - 1}}}?"
    rf"\s+(?:&\s+)?(?:{_SUFFIX})(?:\s+(?:{_SUFFIX}))?(?![\w&-])")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
# Words that open a sentence or a table's label and then run into a company's name ("The Dow Chemical Co", "Shares
# of Acme Corp"): no part of it.
_OPENERS = frozenset("The A An Shares Shareholders Units Unit Stock Analysts Traders".split())
# Entity labels a company's span replaces (its dates and figures stay).
_NAME_LABELS = frozenset("ORG PERSON GPE LOC FAC NORP PRODUCT WORK_OF_ART".split())


def company_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each company name with a legal suffix in `text`, the words before it dropped: a sentence's
    opener ("The Dow Chemical Co"), an owner ("Italy's Fiat SpA"), a place's "-based" ("U.S.-based Acme Inc"), a
    person and "of" ("Lynn Reaser of Barnett Banks Inc")."""
    spans = []
    for m in _COMPANY.finditer(text):
        start, end = m.start(), m.end()
        if m.group().split()[-1] in _CLOSED_SUFFIXES and _CAPITAL_AFTER.match(text, end):
            continue
        for owner in _OWNER_WORD.finditer(text, start, end):
            start = owner.end()
        start = _person_of(text, start, end)
        words = text[start: end].split()
        while len(words) > 2 and words[0] in _OPENERS:
            cut = 2 if words[1] == "of" else 1
            start = text.index(words[cut], start + len(words[0]))
            words = words[cut:]
        if len(words) < 2 or words[0] in _OPENERS or words[0] in COMPANY_SUFFIXES:
            continue
        spans.append((start, end))
    return spans


# A word that owns or places what follows and is no part of its name: "Italy's", "Gold Fields'", "U.S.-based".
_OWNER_WORD = re.compile(r"\S+(?:['’]s?|-(?:based|owned|controlled|listed|run))\s+(?=[A-Z])")


def _person_of(text: str, start: int, end: int) -> int:
    """Where the company starts after "<person or title> of" at its head ("Lynn Reaser of Barnett Banks Inc",
    "Chairman of Acme Corp"); `start` when its head is no person ("Gold Fields of South Africa Ltd")."""
    head, sep, _rest = text[start: end].partition(" of ")
    words = head.split()
    if sep and words and (starts_with_given_name(head) or words[0] in TITLE_WORDS):
        return start + len(head) + len(sep)
    return start


# "the FOMC (Federal Open Market Committee)": an acronym, then its expansion in brackets (the reverse order, "(KDP)"
# after the name, actors.py reads). The small words of the expansion have no letter in the acronym.
_ACRONYM_BEFORE = re.compile(r"(?<![\w.-])([A-Z]{2,7})\s+\(([A-Z][^()]{3,90})\)")
_SMALL_WORDS = frozenset("of and for the on in to at & de du la".split())


def acronym_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each acronym whose bracketed expansion right after it spells it."""
    spans = []
    for m in _ACRONYM_BEFORE.finditer(text):
        initials = "".join(w[0] for w in re.split(r"[\s-]+", m.group(2)) if w and w.lower() not in _SMALL_WORDS)
        if initials.upper() == m.group(1):
            spans.append((m.start(1), m.end(1)))
    return spans


# A place NER saw, then a publication's head word: the paper named after it ("the Hong Kong Standard said", "the
# Kyiv Independent"), which NER cut to the place.
_PAPER_AFTER = re.compile(r" ((?:Daily |Sunday |Evening |Morning )?(?:" + "|".join(sorted(PUBLICATION_HEADS | {"Independent"}))
                          + r"))(?![\w'’-])")


def paper_spans(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    """(start, end) of each publication named after a place: a place entity and a publication's head word after it."""
    spans = []
    for e in ents:
        if e.label_ == "DATE" and _WEEKDAY.fullmatch(e.text):  # "The Sunday Telegraph": "Sunday" read as a date
            m = _PAPER_AFTER.match(text, e.end_char)
            if m and not _CAPITAL_AFTER.match(text, m.end()):
                spans.append((e.end_char - len(e.text.split()[-1]), m.end()))
            continue
        m = _PAPER_AFTER.match(text, e.end_char) if e.label_ in ("GPE", "LOC", "NORP") else None
        if m and not _CAPITAL_AFTER.match(text, m.end()):
            spans.append((e.start_char, m.end()))
    return spans


# A day that names a paper's edition ("The Sunday Telegraph", "the Saturday Star" are papers, not dates).
_WEEKDAY = re.compile(rf"(?:[Tt]he )?(?:{WEEKDAY_NAMES})")


# A press digest ("PRESS DIGEST - Tunisia - Aug 31"): its lines in capitals alone are the papers it digests ("LA
# PRESSE", "JAKARTA POST"), which NER reads as places, people or nothing.
_DIGEST = re.compile(r"\bPRESS (?:DIGEST|REVIEW)\b", re.I)
_HEADING = re.compile(r"^[A-Z][A-Z'’&.-]*(?: [A-Z][A-Z'’&.-]*){0,4}$")


def digest_headings(texts: Sequence[str]) -> set[int]:
    """The indices of a press digest's paper headings (none when the first line names no press digest)."""
    if not texts or not _DIGEST.search(texts[0]):
        return set()
    return {i for i, text in enumerate(texts) if i > 0 and _HEADING.match(text.strip()) and not re.search(r"\d", text)}


def digest_entities(texts: Sequence[str], entities: Sequence[Sequence[Entity]]) -> list[list[Entity]]:
    """Each paragraph's entities, a press digest's paper headings made one ORG entity each."""
    headings = digest_headings(texts)
    out = []
    for i, (text, ents) in enumerate(zip(texts, entities)):
        heading = text.strip()
        start = text.find(heading)
        out.append([Entity(heading, "ORG", start, start + len(heading))] if i in headings else list(ents))
    return out


# A party NER cut from the adjective before it: "British Labour Party", "Scottish National Party".
_PARTY_HEADS = frozenset("Party Front Movement Congress League".split())


def _demonym_parties(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    return [(a.start_char, b.end_char) for a, b in zip(ents, ents[1:]) if a.label_ == "NORP" and b.label_ == "ORG"
            and text[a.end_char: b.start_char] == " " and b.text.split()[-1] in _PARTY_HEADS]


# A state's body NER left out after its demonym ("the Saudi Interior Ministry", NER reading "Saudi" alone): the
# demonym, up to two capitalised words and one of these heads are one body.
DEMONYM_BODY_HEADS = ("Ministry", "Department", "Embassy", "Consulate", "Army", "Navy", "Police")
_DEMONYM_BODY_TAIL = re.compile(r" ((?:[A-Z][a-z]+ ){0,2}(?:" + "|".join(DEMONYM_BODY_HEADS) + r"))(?![\w'’-])")


def _demonym_bodies(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    found = []
    for a in ents:
        m = _DEMONYM_BODY_TAIL.match(text, a.end_char) if a.label_ == "NORP" else None
        if m and not any_overlaps(ents, m.start(1), m.end(1)):
            found.append((a.start_char, m.end(1)))
    return found


# Nouns for a body right before its name ("the New York-based group Human Rights in China said"): a run of
# capitalised words NER missed there, with the small words between them, is the body's name.
BODY_NOUNS_BEFORE = ("group", "organisation", "organization", "movement", "charity", "association", "society",
                     "foundation", "watchdog")
_NAME_WORD = r"[A-Z][\w'’&.-]*"
_BODY_NAME = re.compile(r"\b(?:" + "|".join(BODY_NOUNS_BEFORE) + r")\s+(" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD
                        + r"|in|of|for|and|the|on|against|without))*\s+" + _NAME_WORD + r")(?=[\s,.;:)]|$)")


def _named_bodies(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    """(start, end) of each body's name of two words or more after a noun for a body, which NER did not find (no
    entity over its first word, no person's over any: "the campaign Chairman John Podesta"; no title word first)."""
    spans = []
    for m in _BODY_NAME.finditer(text):
        start, end = m.span(1)
        over = [e for e in ents if overlaps(e, start, end)]
        if (any(e.start_char <= start < e.end_char or e.label_ == "PERSON" for e in over)
                or m.group(1).split()[0] in TITLE_WORDS):
            continue
        spans.append((start, end))
    return spans


# A body one joins, named right after "joined the" ("She joined the Sea Org aged 14"), which NER missed: its run of
# capitalised words, when a word of JOINED_BODY_FOLLOWERS or a stop follows it (not "the Artemis program": a
# modifier of the noun after it).
JOINED_VERBS = ("join", "joins", "joined", "joining", "rejoin", "rejoined")
JOINED_BODY_FOLLOWERS = frozenset("aged at in as after before when while with on for from and to last this since until "
                                  "because but".split())
_JOINED_WORD = r"[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*"  # (no stop after the name's last word)
_JOINED_BODY = re.compile(r"\b(?i:" + "|".join(JOINED_VERBS) + r") the (" + _JOINED_WORD + r"(?:\s+" + _JOINED_WORD
                          + r"){0,3}?)(?=[,;:)]|\.?$|\.\s| ([a-z]+)\b)")


def _joined_bodies(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    """(start, end) of a body's name after "joined the" that NER did not find (no entity over it; no title word first),
    before a stop or a word of JOINED_BODY_FOLLOWERS."""
    spans = []
    for m in _JOINED_BODY.finditer(text):
        start, end = m.span(1)
        if m.group(2) and m.group(2) not in JOINED_BODY_FOLLOWERS:
            continue
        if any_overlaps(ents, start, end) or m.group(1).split()[0] in TITLE_WORDS:
            continue
        spans.append((start, end))
    return spans


# Particles of Romance names that join a body's words ("Gazzetta dello Sport", "Corriere della Sera", "Banco do Brasil"),
# before which NER may begin the name at the next capital ("Sport").
BODY_PARTICLES = frozenset("dello della delle degli dei di del de du des da do dos das".split())
_PARTICLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*) (?:" + "|".join(sorted(BODY_PARTICLES)) + ") $")


_PARTICLE_BLOCKERS = frozenset(("PERSON", "GPE", "LOC", "ORG", "FAC", "NORP"))  # ("Santiago de Cuba" is a place's)


def _particle_bodies(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    """(start, end) of a body's name NER began after a particle ("Sport" of "The Gazzetta dello Sport"): the
    capitalised word and the particle before an organisation, the word in no name of another kind (NER's "Gazzetta"
    read as a product counts for none), are the name's."""
    spans = []
    for e in ents:
        named = e.label_ == "ORG" and len(e.text) > 2 and e.text[:1].isupper()  # (not "I" of "Neither do I" read as one)
        m = _PARTICLE_BEFORE.search(text, max(0, e.start_char - 40), e.start_char) if named else None
        if m and not any_overlaps((n for n in ents if n.label_ in _PARTICLE_BLOCKERS), m.start(1), m.end(1)):
            spans.append((m.start(1), e.end_char))
    return spans


# A sentence's end inside an entity: a whole lower-case word, its full stop, a capital ("… across the U.S. border. Team
# Estonia had …", NER reading its blanked words as one name); not "St. Louis", "U.S. Army", "Jr. High", nor a lower-case
# abbreviation inside a name ("Brown v. Board of Education", "Ali vs. Frazier").
LOWER_ABBREVIATIONS = ("v", "vs", "etc", "al", "cf", "viz", "approx", "no")
_SENTENCE_END_INSIDE = re.compile(r"(?<![\w.'’-])(?!(?:" + "|".join(LOWER_ABBREVIATIONS) + r")\.)[a-z]+[.!?]\s+(?=[A-Z])")


def cut_at_sentence_ends(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """Each entity whose span in `text` holds a sentence's end cut to the name after the last one ("the U.S. border.
    Team Estonia" → "Team Estonia")."""
    out = []
    for ent in ents:
        ends = list(_SENTENCE_END_INSIDE.finditer(text, ent.start_char, ent.end_char))
        if ends:
            start = ends[-1].end()
            ent = Entity(text[start: ent.end_char], ent.label_, start, ent.end_char)
        out.append(ent)
    return out


# Plural nouns for publications before an example of them ("some publications, like AM New York, always …",
# "magazines such as Texas Monthly"): the capitalised run after "like", "such as", "including" is a publication's
# name, which NER cut to a place inside it ("New York", "Texas").
PUBLICATION_PLURALS = ("publications", "newspapers", "papers", "magazines", "tabloids", "dailies", "weeklies",
                       "outlets", "broadcasters", "websites")
_LISTED_PUBLICATION = re.compile(r"\b(?i:" + "|".join(PUBLICATION_PLURALS) + r"),?\s+(?:like|such as|including)\s+"
                                 r"(?:the\s+)?([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)(?=[\s,;:)]|\.?$|\.\s)")


def _listed_publications(text: str, ents: Sequence[Entity]) -> list[tuple[int, int]]:
    """(start, end) of a publication's name after a plural noun for publications and "like" (the name's run of
    capitalised words), where NER read a shorter name inside it (not a person's: "papers like Jane Doe's blog")."""
    spans = []
    for m in _LISTED_PUBLICATION.finditer(text):
        start, end = m.span(1)
        over = [e for e in ents if overlaps(e, start, end)]
        if over and all(e.label_ != "PERSON" and start <= e.start_char and e.end_char <= end
                        and e.end_char - e.start_char < end - start for e in over):
            spans.append((start, end))
    return spans


def organization_spans(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """`ents` with each company name and spelled-out acronym as one ORG entity, in place of the name entities it
    overlaps (a cut "Medical Industries Inc", "Gold Fields" read as a person, "Daniels Pharmaceuticals Inc of St.
    Petersburg" run on: the place after " of " stays a place)."""
    acronyms = [s for s in acronym_spans(text) if not any_overlaps(ents, s[0], s[1])]
    spans = (company_spans(text) + paper_spans(text, ents) + _demonym_parties(text, ents) + _named_bodies(text, ents)
             + _joined_bodies(text, ents)
             + _particle_bodies(text, ents) + _demonym_bodies(text, ents) + acronyms)
    spans += [s for s in _listed_publications(text, ents) if not any(a < s[1] and s[0] < b for a, b in spans)]
    if not spans:
        return list(ents)
    out = []
    for ent in ents:
        over = next((s for s in spans if overlaps(ent, s[0], s[1])), None)
        if over is None or ent.label_ not in _NAME_LABELS:
            out.append(ent)
            continue
        rest = re.match(r"\s+of\s+(?:the\s+)?(?=[A-Z])", text[over[1]: ent.end_char])
        if rest and ent.end_char > over[1] + rest.end():
            start = over[1] + rest.end()
            out.append(Entity(text[start: ent.end_char], "GPE", start, ent.end_char))
    out.extend(Entity(text[s:e], "ORG", s, e) for s, e in spans)
    return sorted(out, key=lambda e: e.start_char)
