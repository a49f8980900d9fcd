"""Merge an article's actor mentions into one cluster per real-world actor: same canonical name, a surname of a
full name, a given name's short form, an acronym, a company without its legal form, a team's short name."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from briefgen.extract.actor_names import ORGANIZATION_HEADS, PLACE_HEADS
from briefgen.extract.actor_candidate import SURNAME_PARTICLES
from briefgen.extract.actor_name_forms import (INITIAL, PARENT_CHILD_NOUNS, SON_NOUNS, bare_name, bare_words, either_namesake,
                                               father_and_son, namesakes_by_initials, parent_and_child_by_middle_name,
                                               same_person_name, single_letters, son_suffix, spaced_letters,
                                               without_middle_initial, without_middle_names, without_spacing_typos)
from briefgen.extract.actor_senses import abbreviation_sense
from briefgen.extract.actor_surnames import attach_shared_surnames
from briefgen.extract.actor_teams import club_name
from briefgen.extract.actor_types import starts_with_given_name, vote
from briefgen.extract.gazetteer import gazetteer, given_name_forms, lookup_key
from briefgen.extract.persons import given_gender
from briefgen.model import ActorType

__all__ = ["Cluster", "LEGAL_FORMS", "Mention", "canonical", "cluster_mentions", "company_core"]

_VERB_FIRST = re.compile(r"^[A-Z][a-z]+ing ")  # "Questioning Vindman", "Hosting Cook"


@dataclass(slots=True)
class Mention:
    text: str  # surface form, trimmed
    kind: ActorType
    paragraph: int
    start: int  # offset in the paragraph
    role: str | None = None
    evidence: int = 0  # what decided the type: 2 the name itself (a table, a head word), 1 the sentence, 0 NER
    ner: str = ""  # spaCy's label, when NER found the mention
    located: bool = False  # right after "in", "near", … ("in Charlotte"): a town, never a club's short name
    team: bool = False  # a team in a results table's row ("MONTREAL 71 61 .538"): an actor apart from the town
    sense: str | None = None  # the actor a name shared by a state and a city means here ("Washington (state)")
    relative: str | None = None  # the kinship noun naming it as someone's kin ("father" of "his father, Brent Bozell,
    # Jr.": actor_surnames.kin_before)
    pronoun: str | None = None  # 'he' or 'she' that follows the mention in its sentence (actor_surnames.pronoun_after)
    key: str = field(init=False)  # lookup_key(text), computed once

    def __post_init__(self) -> None:
        self.key = lookup_key(self.text)


@dataclass(slots=True)
class Cluster:
    kind: ActorType
    forms: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    first: tuple[int, int] = (1 << 30, 0)
    extra_mentions: int = 0  # demonyms, "the president"
    canonical: str | None = None  # gazetteer name for states and groups
    kinds: dict[str, Counter[tuple[ActorType, int]]] = field(default_factory=dict)  # form → (type, evidence)
    as_kin: int = 0  # mentions naming the actor as someone's kin ("his father, …")
    pronouns: Counter[str] = field(default_factory=Counter)  # the pronouns after its mentions, by gender

    def add(self, m: Mention) -> None:
        self.forms[m.text] += 1
        self.kinds.setdefault(m.text, Counter())[(m.kind, m.evidence)] += 1
        if m.role:
            self.roles[m.role] += 1
        self.as_kin += m.relative is not None
        if m.pronoun:
            self.pronouns[m.pronoun] += 1
        self.first = min(self.first, (m.paragraph, m.start))

    @property
    def name(self) -> str:
        # a state's or group's usual name when the article uses it ("United States"), else a form it uses
        if self.canonical and any(f.lower() == self.canonical.lower() for f in self.forms):
            return self.canonical
        # a state's own name ("U.S.") before its capital ("Washington"); then the fullest proper-name
        # form, most frequent among equals, then alphabetical (deterministic)
        states = gazetteer().states
        forms = [f for f in self.forms if self.kind != "state" or lookup_key(f) in states] or list(self.forms)
        forms = without_spacing_typos(forms)  # "Dana McArthur", not its interview label's "Dana Mc Arthur"
        return max(forms, key=lambda f: (" " in f, not INITIAL.fullmatch(f.split(" ", 1)[0]), len(f.split()), self.forms[f],
                                         f.isupper() is False, f))  # ("Benjamin Nzeribe" before "B. U. Nzeribe")


def canonical(m: Mention) -> str | None:
    gaz = gazetteer()
    low = m.key
    if m.kind == "state":
        return gaz.state_named(low) or m.sense  # ("Korea" beside "South Korea": actor_states.divided_state_senses)
    if m.kind == "group":
        return gaz.groups.get(low)
    if m.sense:
        return m.sense  # actor_senses: "Seattle, Washington" is the state, "talks in Washington" the city
    if m.kind == "place" and m.text.endswith("."):
        return abbreviation_sense(m.text)  # "W.Va." → "West Virginia", "Wash." → "Washington (state)"
    if m.kind == "organization":
        # ("W.T.O." is the "WTO" of the table)
        return gaz.organizations.get(m.text) or gaz.organizations.get(m.text.replace(".", "")) or gaz.companies.get(m.text)
    return None


def cluster_mentions(mentions: list[Mention], caps: set[int]) -> list[Cluster]:
    """Merge mentions into actors: same canonical name, surname of a full name, acronym of a name."""
    clusters: dict[tuple[str, str], Cluster] = {}
    ordered = sorted(mentions, key=lambda m: (-len(m.text.split()), m.paragraph, m.start))
    full_forms = _given_name_variants(mentions)
    index = FormIndex()
    # "his son, Walter Pike Jr." beside "Walter Pike": the son named after his father is not he (father_and_son)
    sons = frozenset(m.text for m in mentions if m.relative in SON_NOUNS and son_suffix(m.text))
    kin = frozenset(m.text for m in mentions if m.relative in PARENT_CHILD_NOUNS)  # ("his father, John Adams")
    # "George Bush" beside "George H. W. Bush" and "George W. Bush": either man, joined to neither
    kin_names = (sons, kin, namesakes_by_initials(m.text for m in mentions if m.kind == "person"))
    for m in ordered:
        if m.paragraph in caps:
            continue
        canon = canonical(m)
        # one actor per name, whatever type each mention got; a results row's team apart from the town it is named
        # after ("MONTREAL 71 61" in the standings, "In Montreal, Sanders allowed one hit"); "Josh Apte" is "Joshua Apte"
        key = ("team" if m.team else "", (canon or full_forms.get(m.text, m.text)).lower())
        target = clusters.get(key) or (None if canon else _find_longer(clusters, m, index, *kin_names))
        if target is None and not canon and m.text in full_forms:
            # "Joe Biden" after "Joseph R. Biden": the full given name's form found in a longer name
            target = _find_longer(clusters, replace(m, text=full_forms[m.text]), index, *kin_names)
        if target is not None and not canon and m.kind == "person" and target.kind in ("place", "state"):
            # "Paris claims" after "Valeska Paris", where "moved to Paris" named the city: the person, not the city
            target = _find_longer(clusters, m, index, *kin_names) or target
        if target is None:
            target = clusters.setdefault(key, Cluster(m.kind, canonical=canon))
        if m.text not in target.forms:
            index.add(target, m.text)
        target.add(m)
    # all-caps headlines: a mention counts only when the body names the same actor (the first cluster, in the
    # clusters' order, with the form in any case)
    position = {id(c): i for i, c in enumerate(clusters.values())}
    by_lower: dict[str, Cluster] = {}
    for c in clusters.values():
        for f in c.forms:
            by_lower.setdefault(f.lower(), c)
    for m in mentions:
        if m.paragraph in caps:
            target = by_lower.get(m.text.lower())
            canon = canonical(m) if target is None else None
            if canon:
                target = clusters.get(("", canon.lower()))
            if target is not None:
                target.add(m)
                known = by_lower.setdefault(m.text.lower(), target)
                if position[id(target)] < position[id(known)]:
                    by_lower[m.text.lower()] = target
    for c in clusters.values():
        # the fullest forms vote ("Aslan Maskhadov", not the "Maskhadov" NER read as an organisation); NER's label
        # of a form in capitals that the article also writes in ordinary case does not ("TRUMP: The deaths of …", a
        # label read as a body, beside "Mr. Trump"; a rule's type of it does: the dateline "MIDWAY ATOLL -")
        fullest = max(len(f.split()) for f in c.forms)
        voters = [_without_caps_labels(f, k, c.forms) for f, k in c.kinds.items() if len(f.split()) == fullest]
        c.kind = vote(sum(voters, Counter()) or sum((k for f, k in c.kinds.items() if len(f.split()) == fullest),
                                                      Counter()), c.kind)
    return attach_shared_surnames(list(clusters.values()), sons)


def _without_caps_labels(form: str, kinds: Counter[tuple[ActorType, int]], forms: Counter[str]) -> Counter[tuple[ActorType, int]]:
    """A form's (type, evidence) counts, without NER's labels (evidence 0) when the form is in capitals and the article
    also writes it in ordinary case."""
    if form.isupper() and any(g != form and g.lower() == form.lower() for g in forms):
        return Counter({key: n for key, n in kinds.items() if key[1] > 0})
    return kinds


def _given_name_variants(mentions: list[Mention]) -> dict[str, str]:
    """'Josh Apte' → 'Joshua Apte': a person's name whose given name is a short form of another's with the same
    surname (gazetteer.given_name_forms), when every given name the article puts before that surname can stand for
    one full name (not with a "Jane Apte" too, nor a given name the table does not know), and no pronoun after a
    short form tells the other gender ("Pat Apte … she" is no Patrick Apte)."""
    forms = given_name_forms()
    by_surname: dict[str, set[str]] = {}
    pronouns: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        words = bare_name(m.text).split()  # ("Joseph R. Biden" is a Joseph Biden)
        if m.kind == "person" and len(words) == 2:
            by_surname.setdefault(words[1], set()).add(words[0])
            pronouns.setdefault((words[0], words[1]), set()).update({m.pronoun} if m.pronoun else ())
    variants: dict[str, str] = {}
    for surname, given in by_surname.items():
        if len(given) < 2 or not all(g in forms for g in given):
            continue
        common = frozenset.intersection(*(forms[g] for g in given))
        if len(common) != 1:
            continue
        full = next(iter(common))
        gender = given_gender(full)
        if gender and any(p != gender for g in given if g != full for p in pronouns[(g, surname)]):
            continue
        target = f"{full} {surname}" if full in given else f"{min(given)} {surname}"
        variants.update({f"{g} {surname}": target for g in given if f"{g} {surname}" != target})
    return variants


def _spelling_keys(name: str) -> list[tuple[str, str]]:
    """The FormIndex keys a person's name shares with its other spellings same_person_name joins: without its full
    middle names ("Hillary Rodham Clinton" → "Hillary Clinton"), its two words with doubled letters written once
    ("Hillary Clinton", "Hilary Clinton" → "Hilary Clinton"), its letters without spaces and dots ("MarioJLucero")."""
    keys = []
    plain = without_middle_names(name)
    if plain:
        keys.append(("same", plain))
    bare = bare_words(name)
    if len(bare) == 2:
        keys.append(("single", f"{single_letters(bare[0])} {bare[1]}"))
    keys.append(("letters", spaced_letters(name)))  # ("Mario JLucero", "Mario J. Lucero")
    return keys


_SITES = frozenset({"place", "organization"})  # the kinds NER gives a museum, a centre, a base by turns


class FormIndex:
    """The clusters by the cheap keys of their forms that every test of _find_longer needs a form to share with the
    mention: the mention as the end of a longer form (any case: a surname, "Del Bosque", a club's last word), its
    name without a middle initial, its first word (family name first, "Lenox Healthcare", a club's
    first word, "Peterson Institute for …"), its acronym or its company core's acronym ("EU", "GM"), its company
    core ("Chrysler"). Looking only at those clusters keeps the merge linear in the names; each key lists its
    clusters in the order they were made, the order of the clusters dict, so every choice is the plain loop's."""

    __slots__ = ("keys", "order")

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[int, Cluster]] = {}
        self.order: dict[int, int] = {}  # id(cluster) → when it was made

    def add(self, cluster: Cluster, form: str) -> None:
        seq = self.order.setdefault(id(cluster), len(self.order))
        fw = form.split()
        if not fw:
            return  # an empty form fits no test
        core = company_core(form)
        keys = [("first", fw[0]), ("acronym", _acronym(form)), ("acronym", _acronym(core)), ("core", core)]
        keys += [("tail", " ".join(fw[i:]).lower()) for i in range(1, len(fw))]  # the ends a shorter mention can be
        bare = bare_words(form)
        keys += [("tail", " ".join(bare[i:]).lower()) for i in range(1, len(bare)) if len(bare) < len(fw)]  # ("… Jr.")
        if without_middle_initial(form) != form:
            keys.append(("initial", without_middle_initial(form)))
        if len(fw) > 1:
            keys += [("same", bare_name(form)), ("initial-of", f"{bare[0][:1]} {bare[-1]}")]  # ("B. U. Nzeribe")
            keys += _spelling_keys(form)
        for key in keys:
            self.keys.setdefault(key, {})[seq] = cluster

    def candidates(self, m: Mention) -> list[Cluster] | None:
        """The clusters that may fit the mention, in the order they were made; None: any may (no words). A key is
        looked up only for a mention a test of _find_longer could match by it (not the first word "John" of "John
        Smith": no test compares a person's first word but with a one-word mention)."""
        words = m.text.split()
        if not words:
            return None
        keys = [("tail", " ".join(words).lower())]
        if len(words) == 1:
            keys.append(("first", words[0]))
            if m.kind != "person" and m.text.isupper():
                keys.append(("acronym", m.text.replace(".", "")))
        else:
            if m.kind == "organization":
                keys.append(("first", words[0]))
            if m.kind == "person":
                keys += [("initial", m.text), ("same", bare_name(m.text)), ("initial-of", f"{words[0][:1]} {bare_words(m.text)[-1]}")]
                keys += _spelling_keys(m.text)
        if m.kind in ("organization", "person"):
            keys.append(("core", m.text))
        found: dict[int, Cluster] = {}
        for key in keys:
            found.update(self.keys.get(key, {}))
        return [found[seq] for seq in sorted(found)]

    def first_word(self, word: str) -> list[Cluster]:
        """The clusters with a form beginning with the word, in the order they were made."""
        found = self.keys.get(("first", word), {})
        return [found[seq] for seq in sorted(found)]


def _find_longer(clusters: dict[tuple[str, str], Cluster], m: Mention, index: FormIndex | None = None,
                 sons: frozenset[str] = frozenset(), kin: frozenset[str] = frozenset(),
                 namesakes: frozenset[str] = frozenset()) -> Cluster | None:
    """'Trump' → the one cluster whose name ends with it; 'EU' → 'European Union'. With the index of the clusters'
    forms, only the clusters sharing a key with the mention are tried (the same result)."""
    words = m.text.split()
    fits = []
    candidates = index.candidates(m) if index is not None else None
    for cluster in clusters.values() if candidates is None else candidates:
        if cluster.canonical:
            continue
        for form in cluster.forms:
            fw = bare_words(form) if cluster.kind == "person" else form.split()  # ("Carlineo" of "Patrick Carlineo Jr.")
            if len(fw) > len(words) and _same_tail(fw, words, m.kind) and not _known_place(m) and not _namesake(fw, m) and (
                    cluster.kind == "person" or m.kind == cluster.kind or _team_word(m, cluster, fw)
                    or (len(words) > 1 and words[-1] in PLACE_HEADS and {m.kind, cluster.kind} <= _SITES)):
                # (not "Florida" for "North Florida": a place the tables know is an actor of its own; "Udvar-Hazy Center"
                # read as a body for "Steven F. Udvar-Hazy Center" read as a place: a site's name, read as either; not
                # "Los Angeles" for "East Los Angeles", no site's head word)
                fits.append(cluster)
                break
            if (m.kind == "person" and cluster.kind == "person" and same_person_name(form, m.text)
                    and not father_and_son(form, m.text, sons)
                    and not parent_and_child_by_middle_name(form, m.text, kin)
                    and not either_namesake(form, m.text, namesakes)):
                fits.append(cluster)  # "Donald Trump" for "Donald J. Trump", "Patrick W. Carlineo" for "Patrick Carlineo Jr."
                break
            if (m.kind != "person" and cluster.kind == "person" and len(words) == 1 and len(fw) > 1 and fw[0] == words[0]
                    and not m.text.isupper() and not _known_place(m)):
                fits.append(cluster)  # "Wang" for "Wang Xiaoming": family name first (not "Paris" for "Paris Hilton")
                break
            if m.kind != "person" and len(words) == 1 and m.text.isupper() and len(fw) > 1 and m.text.replace(".", "") in {
                    _acronym(form), _acronym(company_core(form))}:
                fits.append(cluster)  # "EU" for "European Union", "GM" for "General Motors Corp."
                break
            if cluster.kind == "organization" and m.kind in ("organization", "person") and len(fw) > len(words) and (
                    m.text == company_core(form) or (len(words) == 1 and fw[0] == m.text and fw[-1] in ORGANIZATION_HEADS)):
                fits.append(cluster)  # "Chrysler" for "Chrysler Corp.", "Lenox" for "Lenox Healthcare"
                break
            if (cluster.kind == "organization" and m.kind != "state" and len(words) == 1 and club_name(fw)
                    and words[0] in (fw[0], fw[-1]) and not _known_place(m) and not m.located):
                fits.append(cluster)  # "Dortmund", "Borussia" for "Borussia Dortmund", "Leeds" for "Leeds Rhinos"
                break
            if (cluster.kind == "organization" and m.kind == "organization" and len(fw) > len(words) + 1
                    and fw[: len(words)] == words and fw[len(words)] in ("for", "of", "on")):
                fits.append(cluster)  # "Peterson Institute" for "Peterson Institute for International Economics"
                break
    people = [c for c in fits if c.kind == "person"]
    if len(people) == 1:
        return people[0]
    # "Vindman": "Alexander Vindman", not "Questioning Vindman" (a heading's verb NER read into the name); with
    # "Joe Biden" and "Hunter Biden" both named, "Biden" stays apart
    named = [c for c in people if not all(_VERB_FIRST.match(f) and not starts_with_given_name(f) for f in c.forms)]
    if len(people) > 1 and len(named) == 1:
        return named[0]
    if not fits and m.kind == "person" and len(words) == 1:
        # "Xiao" after "Xiao Qiang" (family name first), "Hillary" after "Hillary Clinton": the one person
        # whose name begins with it; with two such people ("Wang Donghai", "Wang Dan") it stays apart
        starting = clusters.values() if index is None else index.first_word(words[0])
        fits = [c for c in starting if c.kind == "person" and not c.canonical
                and any(f.split()[0] == words[0] and len(f.split()) > 1 for f in c.forms)]
    if not fits and m.kind == "person" and len(words) == 1:
        # "Jones" beside "Jones Medical Industries Inc": a company named after a person
        starting = clusters.values() if index is None else index.first_word(words[0])
        fits = [c for c in starting if c.kind == "organization" and any(f.split()[0] == words[0] and len(f.split()) > 1 for f in c.forms)]
    return fits[0] if len(fits) == 1 else None


def _same_tail(form: list[str], words: list[str], kind: str) -> bool:
    """The form ends with the words; a person's surname with a particle without case ("Del Bosque" of "Vicente del
    Bosque", capitalised where it stands alone)."""
    tail = form[-len(words):]
    if tail == words:
        return True
    return kind == "person" and words[0].lower() in SURNAME_PARTICLES and [w.lower() for w in tail] == [w.lower() for w in words]


# A company's legal form at the end of its name: "Chrysler Corp." and "Chrysler" are one actor.
LEGAL_FORMS = frozenset("Corp Corp. Corporation Inc Inc. Incorporated Co Co. Company Ltd Ltd. Limited Plc PLC plc "
                        "LLC L.L.C. LP AG SA S.A. SpA NV N.V. GmbH".split())


def company_core(name: str) -> str:
    """'Ford Motor Co.' → 'Ford Motor'; a name without a legal form stays as it is."""
    words = name.split()
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1].rstrip(",") in LEGAL_FORMS):
        words = words[:-1]
    return " ".join(words).rstrip(",")


def _team_word(m: Mention, cluster: Cluster, form: list[str]) -> bool:
    """'Wild' read as a place, the last word of the team 'Minnesota Wild' (an organisation of two or three
    capitalised words): a team's short name, not a place (not "Korea" of "Bank of Korea", not a listed state, not
    a city NER knows: "Chicago" of the bank "First Chicago")."""
    gaz = gazetteer()
    return (m.kind == "place" and m.ner in ("LOC", "FAC") and cluster.kind == "organization" and len(m.text.split()) == 1 and len(form) <= 3
            and all(w[:1].isupper() for w in form) and not gaz.state_or_capital(m.text, m.key))


# A word before a place's name that names another place after it: "New Delhi" is not "Delhi", "New York" not "York".
NAMESAKE_WORDS = frozenset({"New"})


def _namesake(form_words: list[str], m: Mention) -> bool:
    """A place mention ("Delhi") and a longer place's name that is its namesake ("New Delhi"): two places."""
    return m.kind == "place" and form_words[0] in NAMESAKE_WORDS and form_words[1:] == m.text.split()


def _known_place(m: Mention) -> bool:
    """A place or state the tables know ("Paris", "Georgia", "Jordan"): read as one, it is not the given name of a
    person the article names ("Paris Hilton"), who is called by her surname."""
    gaz = gazetteer()
    return m.kind in ("place", "state") and gaz.state_or_capital(m.text, m.key)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())
