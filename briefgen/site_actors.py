"""The site's actors: one key per real-world actor across briefings, which actors get a page, and what each page holds."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from briefgen.extract.actor_candidate import is_given_name
from briefgen.extract.actor_senses import page_titles
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.names import actor_key as canonical_actor_key
from briefgen.render import one_line, slugify

if TYPE_CHECKING:
    from briefgen.site import Entry

__all__ = ["ACRONYM_TYPES", "ACTOR_MIN_BRIEFINGS", "POST_PREFIXES", "ActorIndex", "actor_index", "actor_pages",
           "actor_title", "post_of", "recurring_actors", "roles_over_time", "shouted", "speaker_key", "state_name",
           "unique_slugs"]

ACTOR_MIN_BRIEFINGS = 2  # an actor gets a page once it recurs in this many briefings
# Actor types whose one-word name in capitals is an acronym, shown as written ("NATO", "BBC", "UNICEF"). Any other name
# in capitals only is a dateline's or a heading's ("SAN FRANCISCO —", "OBAMA:"): a page shows the actor's name as a
# briefing writes it in ordinary case when one does.
ACRONYM_TYPES = frozenset({"organization", "group"})


class ActorIndex:
    """One key per real-world actor across all briefings: "Trump" in one briefing and
    "President Donald Trump" in another share the key "donald-trump"."""

    def __init__(self, surnames: Mapping[str, str] | None = None, initials: Mapping[str, str] | None = None,
                 posts: Mapping[tuple[str, str], str] | None = None) -> None:
        # a bare surname's key → the one full name's key it stands for across the site (see actor_index)
        self.surnames = dict(surnames or {})
        # a full name's key with a middle initial → the same name's key without it ("donald-j-trump" → "donald-trump")
        self.initials = dict(initials or {})
        # (a bare surname's key, a post) → the one full name's key holding that post (see _posts)
        self.posts = dict(posts or {})
        self._keys: dict[str, str] = {}  # done once per distinct name, not per mention

    def key(self, name: str) -> str:
        if name not in self._keys:
            key = canonical_actor_key(name)
            self._keys[name] = self.initials.get(key, key) if "-" in key else self.surnames.get(key, key)
        return self._keys[name]

    def of(self, actor: dict[str, Any]) -> str:
        kind = actor.get("type", "person")
        if kind == "state":
            # "US" in one briefing, "United States" in another: one state, by the gazetteer's name for it
            # ("Washington" read as the government: the United States)
            return canonical_actor_key(state_name(actor["name"]) or actor.get("key") or actor["name"])
        name = actor.get("key") or actor["name"]
        if kind != "person":
            return canonical_actor_key(name)  # only a person's surname stands for a full name ("London" is no Jack London)
        return self.by_post(actor) or self.key(name)

    def by_post(self, actor: dict[str, Any]) -> str | None:
        """The full name's key a person's bare surname stands for by the post the briefing gives it ("Biden",
        "Vice President": the site's one Biden holding that post), or None."""
        key = self.key(actor.get("key") or actor["name"])
        return None if "-" in key else self.posts.get((key, post_of(actor.get("role"))))


def actor_index(entries: list[Entry]) -> ActorIndex:
    """The index over these briefings. A person's bare surname ("Obama") stands for a full name ("Barack Obama") only
    when the site makes it safe: that full name is the only one on the site ending with the surname, a briefing
    has called its owner by the surname alone (an alias: "Michelle Obama" named once in a roundup is no "Obama"),
    and no briefing holds the bare surname as a separate person beside a full name ending with it (there the
    analysis saw two people: "Hillary Clinton" and "Clinton" meaning Bill), and it is no given name ("George", "Paul":
    one briefing's Prince George is not another's Ruben George). Otherwise the surname keeps its own key.
    A full name with a middle initial or a full middle name joins the same name without it (_middle_initials)."""
    people = [_people_by_key(entry) for entry in entries]
    initials = _middle_initials(people)
    full_names: dict[str, set[str]] = defaultdict(set)  # surname → full-name keys ending with it
    called: dict[str, set[str]] = defaultdict(set)  # full-name key → the bare surnames its briefings called it by
    apart: set[str] = set()  # surnames a briefing holds both alone and as the end of a full name
    for found in people:
        keys = {initials.get(key, key): actor for key, actor in found.items()}
        for key, actor in keys.items():
            if "-" in key:
                full_names[key.rsplit("-", 1)[1]].add(key)
                called[key].update(k for k in map(canonical_actor_key, actor.get("aliases", [])) if "-" not in k)
        apart.update(k for k in keys if "-" not in k and any(other.endswith("-" + k) for other in keys))
    surnames = {surname: next(iter(keys)) for surname, keys in full_names.items()
                if len(keys) == 1 and surname in called[next(iter(keys))] and surname not in apart
                and not is_given_name(surname)}  # ("George": Prince George, not Ruben George)
    return ActorIndex(surnames, initials, _posts(people, initials))


# Words before a post that do not change whose it is ("former President", "the Vice President")
POST_PREFIXES = ("the ", "former ", "then-", "then ")


def post_of(role: str | None) -> str:
    """'the former Vice President' → 'vice president': a role as a post to compare, '' for none."""
    post = one_line(role or "").lower()
    while post.startswith(POST_PREFIXES):
        post = next(post[len(p):] for p in POST_PREFIXES if post.startswith(p))
    return post


def _posts(people: list[dict[str, dict[str, Any]]], initials: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """(surname, post) → the one full name on the site ending with the surname that a briefing gives that post: a bare
    surname a briefing left apart (two people there share it: "Biden", "Vice President", beside "Joe Biden" and
    "Hunter Biden") is the one Biden the site knows as Vice President. Two so posted ("Bush", "President": father and
    son) or a given name ("George") stand for no one."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)
    for found in people:
        for key, actor in found.items():
            key, post = initials.get(key, key), post_of(actor.get("role"))
            if "-" in key and post:
                holders[(key.rsplit("-", 1)[1], post)].add(key)
    return {found: next(iter(keys)) for found, keys in holders.items() if len(keys) == 1 and not is_given_name(found[0])}


def _people_by_key(entry: Entry) -> dict[str, dict[str, Any]]:
    """The people of one briefing by their key within it (an actor's key, or its name's)."""
    return {a.get("key") or canonical_actor_key(a["name"]): a for a in entry.data.get("actors", [])
            if a.get("type", "person") == "person"}


def _middle_initials(people: list[dict[str, dict[str, Any]]]) -> dict[str, str]:
    """'donald-j-trump' → 'donald-trump', 'hillary-rodham-clinton' → 'hillary-clinton' when the site has that name
    without the middle initials or names and every other name between the same first and last names has the same
    initials ("hillary-r-clinton" too); "george-w-bush" and "george-h-w-bush" are two men: both stay. A full middle
    word needs more (_middle_name_joins): "John Bel Edwards" is no "John Edwards"."""
    keys = {key for found in people for key in found}
    joins = _middle_name_joins(people)
    variants: dict[str, set[str]] = defaultdict(set)  # "first-last" → the keys with middle initials or names between
    for key in keys:
        parts = key.split("-")
        plain = f"{parts[0]}-{parts[-1]}"
        if len(parts) >= 3 and len(parts[0]) > 1 and all(len(p) == 1 or ((key, plain) in joins and _middle_word(p))
                                                         for p in parts[1:-1]):
            variants[plain].add(key)
    return {key: plain for plain, found in variants.items() if plain in keys and len({_initials(k) for k in found}) == 1
            for key in found}


def _middle_name_joins(people: list[dict[str, dict[str, Any]]]) -> set[tuple[str, str]]:
    """(key with a full middle name, the key without it), among all pairs of keys, where a briefing's one person is
    written both ways ("Hillary Rodham Clinton", also "Hillary Clinton": the article joined them) and no name of the
    person is hyphenated (a key's "john-christian" may be one given name). A middle name some call a person by always
    ("John Bel Edwards", a governor) never meets its namesake so, and another man's "John Edwards" stays his own."""
    forms: dict[str, set[str]] = defaultdict(set)  # a key → the keys one person of a briefing so keyed is written as
    hyphenated: set[str] = set()
    for found in people:
        for key, actor in found.items():
            names = [actor["name"], *actor.get("aliases", [])]
            forms[key].update(canonical_actor_key(n) for n in names)
            if any("-" in n for n in names):
                hyphenated.add(key)
    pairs = {(key, other) for key, written in forms.items() for other in written if other != key}
    return {(a, b) for a, b in pairs | {(b, a) for a, b in pairs} if a not in hyphenated}


def _middle_word(part: str) -> bool:
    """'j' of "donald-j-trump", 'rodham' of "hillary-rodham-clinton": an initial, or a word that is no known given
    name."""
    return len(part) == 1 or (part.isalpha() and not is_given_name(part))


def _initials(key: str) -> str:
    """'hillary-rodham-clinton' → 'r': the initials of the key's middle words."""
    return "".join(p[0] for p in key.split("-")[1:-1])


def recurring_actors(entries: list[Entry], index: ActorIndex) -> dict[str, str]:
    """Actor key → page slug, for actors named in at least ACTOR_MIN_BRIEFINGS briefings."""
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        for key in {index.of(a) for a in entry.data.get("actors", [])}:
            counts[key] += 1
    keys = sorted(k for k, n in counts.items() if n >= ACTOR_MIN_BRIEFINGS)
    return unique_slugs({key: key for key in keys}, "actor")


def unique_slugs(labels: dict[str, str], fallback: str) -> dict[str, str]:
    """key → unique slug made from its label; keys are taken in sorted order, clashes numbered."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for key in sorted(labels):
        base = slugify(labels[key], fallback)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        slugs[key] = slug
    return slugs


def state_name(name: str) -> str | None:
    """The gazetteer's name of the state a state actor's name says: its own ("US" → "United States") or its capital's
    ("Washington" as the government → "United States")."""
    return gazetteer().state_named(lookup_key(name))


def actor_title(actor: dict[str, Any]) -> str:
    """The name the site gives an actor of a briefing: a state's by the gazetteer ("US" → "United States"), a name a
    state shares with a city by the table ("Washington (state)"), any other as the briefing writes it."""
    if actor.get("type") == "state":
        return state_name(actor["name"]) or actor["name"]
    return page_titles().get(actor.get("key") or "", actor["name"])


def actor_pages(ordered: list[Entry], index: ActorIndex, actor_slugs: dict[str, str]) -> list[dict[str, Any]]:
    """The recurring actors' pages, most briefings first: name, type, slug, briefings, the keys and spellings that
    name the actor, and the roles briefings gave it over time."""
    actors: dict[str, dict[str, Any]] = {}
    for e in ordered:
        for a in e.data.get("actors", []):
            key = index.of(a)
            if key in actor_slugs:
                page = actors.setdefault(key, {"name": actor_title(a), "type": a["type"],
                                               "slug": actor_slugs[key], "entries": [], "names": set(), "written": set(),
                                               "roles": []})
                if not page["entries"] or page["entries"][-1] is not e:  # (two of its actors may be one: "Clinton" too)
                    page["entries"].append(e)
                page["written"].update(one_line(n) for n in [a["name"], *a.get("aliases", [])])
                if one_line(a.get("role") or "") and (e, one_line(a["role"])) not in page["roles"][-1:]:
                    page["roles"].append((e, one_line(a["role"])))
                if canonical_actor_key(a["name"]) == key and canonical_actor_key(page["name"]) != key:
                    page["name"] = a["name"]  # the page is titled with the full name when any briefing has it
                if shouted(page["name"], page["type"]):  # "SAN FRANCISCO" → "San Francisco", the same name
                    same = canonical_actor_key(page["name"])
                    page["name"] = next((n for n in [a["name"], *a.get("aliases", [])]
                                         if canonical_actor_key(n) == same and not shouted(n, page["type"])), page["name"])
                # (a surname joined by its post: its bare key stays another's, "Biden" may be Hunter elsewhere)
                own = [] if index.by_post(a) else [a["name"]]
                page["names"].update(index.key(n) for n in [key, *own, *a.get("aliases", [])])
    return sorted(actors.values(), key=lambda p: (-len(p["entries"]), p["slug"]))


def shouted(name: str, kind: str) -> bool:
    """'SAN FRANCISCO', 'OBAMA': a name in capitals only, which is no organisation's one-word acronym ('NATO')."""
    words = one_line(name).split()
    return one_line(name).isupper() and not (kind in ACRONYM_TYPES and len(words) == 1)


def speaker_key(index: ActorIndex, speaker: str, entry: Entry) -> str:
    """A quote's speaker across the site, read first within its briefing: "Roe" is the briefing's one Jane Roe (when
    it names one person so), whatever the rest of the site holds."""
    key = index.key(speaker)
    if "-" not in key:
        people = _people_by_key(entry)
        matches = sorted(k for k in people if k.endswith("-" + key))
        if len(matches) == 1:
            return index.key(matches[0])
        if key in people:
            return index.of(people[key])  # ("Biden", the Vice President there: by_post)
    return key


def roles_over_time(roles: list[tuple[Entry, str]]) -> list[dict[str, Any]]:
    """The roles briefings gave an actor, oldest first, each with the briefings that gave it: a role
    is listed again only when it comes back after another ("Senator", "President", "Senator")."""
    dated = sorted(roles, key=lambda er: (er[0].data.get("date") or "9999", er[0].slug))  # undated last
    spans: list[dict[str, Any]] = []
    for entry, role in dated:
        if not spans or spans[-1]["role"] != role:
            spans.append({"role": role, "briefings": []})
        spans[-1]["briefings"].append({"link": f"../{entry.path}", "title": entry.data.get("title") or entry.data["name"],
                                       "date": entry.data.get("date"),
                                       "file_date": entry.data.get("date_origin") == "file"})
    return spans
