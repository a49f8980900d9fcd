"""Lay out the site: which pages exist (briefings, home, archive, actors, tags) and their text."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from markupsafe import Markup

from briefgen.extract.actor_candidate import is_given_name
from briefgen.extract.gazetteer import gazetteer, lookup_key
from briefgen.extract.names import actor_key as canonical_actor_key
from briefgen.model import Briefing
from briefgen.render import front_matter as yaml_front_matter
from briefgen.render import html_escape, one_line, render, slugify, truncate_words

HOME_LATEST = 30  # briefings listed on the home page; the rest are in the monthly archive
ACTOR_MIN_BRIEFINGS = 2  # an actor gets a page once it recurs in this many briefings
# Each actor type, as the actor pages and the actor index name one actor of it, and as a briefing's Actors section
# heads its group; the section groups actors in this order.
ACTOR_TYPES = (("person", "Person", "People"), ("organization", "Organisation", "Organisations"),
               ("group", "Group", "Groups"), ("state", "State", "States"), ("place", "Place", "Places"))
ACTOR_GROUPS = tuple((kind, plural) for kind, _one, plural in ACTOR_TYPES)
ACTOR_TYPE_LABELS = {kind: one for kind, one, _plural in ACTOR_TYPES}
# Month names for archive labels, in English whatever the machine's locale (calendar.month_name follows the locale).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December")
DESCRIPTION_CHARS = 300  # a page's meta description: the summary's first line, shortened on a word boundary
AUTO_TAGS = 3  # untagged briefings are tagged with this many of their states and places
_LICENSE_KEYS = ("license", "license_url", "attribution")
# Every generated page starts with this line, so briefgen can tell its pages from hand-written
# ones even if the manifest is lost.
GENERATED_MARK = "---\ngenerated_by: briefgen\n"
# Front matter of a page whose body is HTML made by a *.html.j2 template: briefgen/page_hook.py
# gives that body to MkDocs as it is, with no Markdown conversion.
HTML_BODY = {"body": "html"}


def front_matter(meta: dict[str, Any], html_body: bool = True) -> Markup:
    """Front matter of a generated page: the briefgen mark, the body's format, then `meta`; as
    Markup, so that a template prints it as it is (it is YAML, made by the YAML library)."""
    return Markup(yaml_front_matter({"generated_by": "briefgen", **(HTML_BODY if html_body else {}), **meta}))


def is_generated(text: str) -> bool:
    return text.startswith(GENERATED_MARK)


@dataclass(frozen=True, slots=True)
class Entry:
    """One briefing as the site sees it: its page slug and its JSON-able data."""

    slug: str
    data: dict[str, Any]
    key: str = ""  # content hash of the analysed source: pages listing this entry change with it

    @property
    def path(self) -> str:
        return f"briefings/{self.slug}.md"

    @property
    def month(self) -> str:
        date = self.data.get("date") or ""
        return date[:7] if len(date) >= 7 else "undated"


@dataclass(frozen=True, slots=True)
class PageSpec:
    """A page to write: its template, a digest of everything it shows, and how to build its context.

    The context is built only when the page is rendered, and a page is rendered only when its
    digest differs from the one in the manifest: adding one briefing to a large archive renders
    a handful of pages, not all of them.
    """

    template: str
    digest: str
    context: Callable[[], dict[str, Any]]

    def render(self) -> str:
        return render(self.template, **self.context())


def digest(*parts: Any) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def page_data(briefing: Briefing) -> dict[str, Any]:
    """Briefing → the JSON-able dict pages are rendered from (also what the cache stores)."""
    data = briefing.to_dict()
    meta = briefing.article.meta
    data["license"] = {k: str(meta[k]) for k in _LICENSE_KEYS if isinstance(meta.get(k), str | int | float)}
    return data


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


def assign_slugs(names: list[str]) -> dict[str, str]:
    """Source name → briefing page slug (the file name without its extension)."""
    return unique_slugs({name: name.rsplit(".", 1)[0] for name in names}, "briefing")


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Sort by date, newest first; undated last; ties by slug so the order is stable."""
    by_slug = sorted(entries, key=lambda e: e.slug)
    return sorted(by_slug, key=lambda e: e.data.get("date") or "", reverse=True)


def tags_for(data: dict[str, Any]) -> list[str]:
    """The article's own tags, else its most-mentioned states and places."""
    if data.get("tags"):
        return [one_line(t) for t in data["tags"] if one_line(t)]
    places = [a for a in data.get("actors", []) if a.get("type") in ("state", "place")]
    places.sort(key=lambda a: -int(a.get("mentions") or 0))  # stable: keeps analysis order on ties
    return [one_line(a["name"]) for a in places[:AUTO_TAGS]]


class ActorIndex:
    """One key per real-world actor across all briefings: "Trump" in one briefing and
    "President Donald Trump" in another share the key "donald-trump"."""

    def __init__(self, surnames: Mapping[str, str] | None = None, initials: Mapping[str, str] | None = None) -> None:
        # a bare surname's key → the one full name's key it stands for across the site (see actor_index)
        self.surnames = dict(surnames or {})
        # a full name's key with a middle initial → the same name's key without it ("donald-j-trump" → "donald-trump")
        self.initials = dict(initials or {})
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
            return canonical_actor_key(gazetteer().states.get(lookup_key(actor["name"])) or actor.get("key") or actor["name"])
        name = actor.get("key") or actor["name"]
        if kind != "person":
            return canonical_actor_key(name)  # only a person's surname stands for a full name ("London" is no Jack London)
        return self.key(name)


def actor_index(entries: list[Entry]) -> ActorIndex:
    """The index over these briefings. A person's bare surname ("Obama") stands for a full name ("Barack Obama") only
    when the site makes it safe: that full name is the only one on the site ending with the surname, a briefing
    has called its owner by the surname alone (an alias: "Michelle Obama" named once in a roundup is no "Obama"),
    and no briefing holds the bare surname as a separate person beside a full name ending with it (there the
    analysis saw two people: "Hillary Clinton" and "Clinton" meaning Bill), and it is no given name ("George", "Paul":
    one briefing's Prince George is not another's Ruben George). Otherwise the surname keeps its own key.
    A full name with a middle initial joins the same name without it (_middle_initials)."""
    people = [_people_by_key(entry) for entry in entries]
    initials = _middle_initials({key for keys in people for key in keys})
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
    return ActorIndex(surnames, initials)


def _people_by_key(entry: Entry) -> dict[str, dict[str, Any]]:
    """The people of one briefing by their key within it (an actor's key, or its name's)."""
    return {a.get("key") or canonical_actor_key(a["name"]): a for a in entry.data.get("actors", [])
            if a.get("type", "person") == "person"}


def _middle_initials(keys: set[str]) -> dict[str, str]:
    """'donald-j-trump' → 'donald-trump' when the site has that name without the initial and no other name with other
    initials between the same first and last names ("george-w-bush" and "george-h-w-bush" are two men: both stay)."""
    variants: dict[str, set[str]] = defaultdict(set)  # "first-last" → the keys with initials between them
    for key in keys:
        parts = key.split("-")
        if len(parts) >= 3 and all(len(p) == 1 for p in parts[1:-1]) and len(parts[0]) > 1:
            variants[f"{parts[0]}-{parts[-1]}"].add(key)
    return {next(iter(found)): plain for plain, found in variants.items() if len(found) == 1 and plain in keys}


def recurring_actors(entries: list[Entry], index: ActorIndex) -> dict[str, str]:
    """Actor key → page slug, for actors named in at least ACTOR_MIN_BRIEFINGS briefings."""
    counts: dict[str, int] = defaultdict(int)
    for entry in entries:
        for key in {index.of(a) for a in entry.data.get("actors", [])}:
            counts[key] += 1
    keys = sorted(k for k, n in counts.items() if n >= ACTOR_MIN_BRIEFINGS)
    return unique_slugs({key: key for key in keys}, "actor")


def quote_groups(quotes: list[dict[str, Any]], actors: Sequence[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, groups in order of each speaker's first quote (the page passes its key quotes).

    A speaker who is one of the briefing's actors is headed by the actor's name and role, as in the
    actor table ("Trump" said it, "Donald Trump, President" heads the group).
    """
    by_key = {a["key"]: a for a in actors if a.get("key")}
    groups: dict[str, dict[str, Any]] = {}
    for q in quotes:
        key = q.get("speaker_key") or canonical_actor_key(q.get("speaker") or "")
        actor = by_key.get(q.get("speaker_key") or "", {})
        group = groups.setdefault(key, {"speaker": actor.get("name") or q.get("speaker"),
                                        "role": q.get("role") or actor.get("role"), "quotes": []})
        group["role"] = group["role"] or q.get("role")
        group["quotes"].append(q)
    return list(groups.values())


def actor_groups(actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Actors grouped by type (ACTOR_GROUPS order), each group in analysis order."""
    groups = [{"label": label, "actors": [a for a in actors if a.get("type") == kind]} for kind, label in ACTOR_GROUPS]
    known = {kind for kind, _ in ACTOR_GROUPS}
    groups.append({"label": "Others", "actors": [a for a in actors if a.get("type") not in known]})
    return [g for g in groups if g["actors"]]


def month_label(month: str) -> str:
    """An archive month as a reader reads it: "2006-05" → "May 2006"; "undated" → "Undated"."""
    year, _, number = month.partition("-")
    if year.isdigit() and number.isdigit() and 1 <= int(number) <= 12:
        return f"{MONTHS[int(number) - 1]} {year}"
    return month.capitalize()


def type_label(kind: str) -> str:
    """An actor's type as a reader reads it ("organization" → "Organisation"); an unknown type as it is."""
    return ACTOR_TYPE_LABELS.get(kind, one_line(kind).capitalize())


# "on" or "in" before a day, a month or a year says nothing in a timeline's label: "on Wednesday" and "Wednesday"
# read alike ("since 1958", "by Thursday", "in the coming weeks" keep their words).
_LABEL_PREPOSITION = re.compile(r"^(?:on|in)\s+(?=[A-Z0-9])")


def timeline_rows(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline events as the page lists them: the words of the date without a bare "on"/"in" ("Friday", "1999"),
    and the resolved date beside them only when the words do not already state it ("last year (2006)", "Friday
    (2011-03-04)"; not "1999 (1999)", "June 2025 (2025-06)")."""
    rows = []
    for t in timeline:
        date = one_line(t.get("date") or "")
        when = _LABEL_PREPOSITION.sub("", one_line(t.get("when")))
        stated = bool(date) and re.search(rf"(?<!\d){re.escape(date[:4])}(?!\d)", when) is not None
        rows.append({**t, "when": when, "shown_date": "" if stated else date})
    return rows


def briefing_context(entry: Entry, links: dict[str, str]) -> dict[str, Any]:
    """Template context of one briefing page."""
    data = entry.data
    summary = data["summary"][0] if data.get("summary") else ""
    meta = {
        "title": html_escape(data.get("title") or data["name"]),
        # shortened before it is escaped: a cut never splits a character reference ("&quot;")
        "description": html_escape(truncate_words(summary, DESCRIPTION_CHARS)),
        "tags": [html_escape(t) for t in tags_for(data)],
    }
    return {
        "front_matter": front_matter(meta),
        "b": data,
        "license": data.get("license") if data.get("license", {}).get("license") else None,
        "quote_groups": quote_groups([q for q in data.get("quotes", []) if q.get("key")], data.get("actors", [])),
        "other_quotes": sum(1 for q in data.get("quotes", []) if not q.get("key")),
        "actor_groups": actor_groups(data.get("actors", [])),
        "timeline": timeline_rows(data.get("timeline", [])),
        "actor_links": links,
    }


def briefing_page(entry: Entry, actor_slugs: dict[str, str], index: ActorIndex | None = None) -> str:
    """The page of one briefing (front matter and HTML body)."""
    return render("briefing.html.j2", **briefing_context(entry, _actor_links(entry, actor_slugs, index or ActorIndex())))


def _actor_links(entry: Entry, actor_slugs: dict[str, str], index: ActorIndex) -> dict[str, str]:
    return {
        a["name"]: f"../actors/{actor_slugs[index.of(a)]}.md"
        for a in entry.data.get("actors", [])
        if index.of(a) in actor_slugs
    }


def _listing(entries: list[Entry], prefix: str) -> list[dict[str, Any]]:
    return [
        {
            "link": prefix + e.path,
            "title": e.data.get("title") or e.data["name"],
            "date": e.data.get("date"),
            "file_date": e.data.get("date_origin") == "file",  # a file's modification date, not the source's
            "source": e.data.get("source"),
            "summary": e.data["summary"][0] if e.data.get("summary") else "",
        }
        for e in entries
    ]


def _ids(entries: list[Entry]) -> list[str]:
    """What a listing of these entries depends on: their slugs and content hashes."""
    return [f"{e.slug}:{e.key}" for e in entries]


def _index_meta(title: str, html_body: bool = True) -> Markup:
    return front_matter({"title": title, "search": {"exclude": True}}, html_body)


def _actor_context(page: dict[str, Any], index: ActorIndex) -> dict[str, Any]:
    entries: list[Entry] = page["entries"]
    names = page["names"]
    quotes = [
        {**q, "link": f"../{e.path}", "title": e.data.get("title") or e.data["name"]}
        for e in entries
        for q in e.data.get("quotes", [])
        if q.get("speaker") and _speaker_key(index, q.get("speaker_key") or q["speaker"], e) in names
    ]
    actor = {"name": page["name"], "type": page["type"], "type_label": type_label(page["type"]), "briefings": _listing(entries, "../"), "quotes": quotes,
             "also_written": sorted(page["written"] - {one_line(page["name"])}), "roles": _roles_over_time(page["roles"])}
    return {"front_matter": front_matter({"title": html_escape(page["name"])}), "actor": actor}


def _speaker_key(index: ActorIndex, speaker: str, entry: Entry) -> str:
    """A quote's speaker across the site, read first within its briefing: "Roe" is the briefing's one Jane Roe (when
    it names one person so), whatever the rest of the site holds."""
    key = index.key(speaker)
    if "-" not in key:
        matches = sorted(k for k in _people_by_key(entry) if k.endswith("-" + key))
        if len(matches) == 1:
            return index.key(matches[0])
    return key


def _roles_over_time(roles: list[tuple[Entry, str]]) -> list[dict[str, Any]]:
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


def site_pages(entries: list[Entry], salt: str = "") -> dict[str, PageSpec]:
    """Every generated page: path under site_src/ → PageSpec. `salt` (the templates' text) is in every digest."""
    ordered = newest_first(entries)
    index = actor_index(ordered)
    actor_slugs = recurring_actors(ordered, index)
    pages: dict[str, PageSpec] = {}
    for e in ordered:
        links = _actor_links(e, actor_slugs, index)
        pages[e.path] = PageSpec("briefing.html.j2", digest(salt, _ids([e]), links), partial(briefing_context, e, links))

    months: dict[str, list[Entry]] = defaultdict(list)
    for e in ordered:
        months[e.month].append(e)
    month_list = [{"month": m, "label": month_label(m), "count": len(months[m]), "link": f"{m}.md"} for m in months]
    latest = ordered[:HOME_LATEST]
    pages["index.md"] = PageSpec("home.html.j2", digest(salt, _ids(latest), month_list), lambda: {
        "front_matter": _index_meta("Briefings"), "items": _listing(latest, ""), "total": len(ordered), "months": month_list,
    })
    pages["archive/index.md"] = PageSpec("archive.html.j2", digest(salt, month_list), lambda: {
        "front_matter": _index_meta("Archive"), "months": month_list,
    })
    for month, items in months.items():
        pages[f"archive/{month}.md"] = PageSpec("month.html.j2", digest(salt, month, _ids(items)), partial(lambda m, i: {
            "front_matter": _index_meta(f"Briefings of {month_label(m)}"), "month": month_label(m), "items": _listing(i, "../"),
        }, month, items))

    actors: dict[str, dict[str, Any]] = {}
    for e in ordered:
        for a in e.data.get("actors", []):
            key = index.of(a)
            if key in actor_slugs:
                page = actors.setdefault(key, {"name": a["name"], "type": a["type"], "slug": actor_slugs[key], "entries": [],
                                               "names": set(), "written": set(), "roles": []})
                page["entries"].append(e)
                page["written"].update(one_line(n) for n in [a["name"], *a.get("aliases", [])])
                if one_line(a.get("role") or ""):
                    page["roles"].append((e, one_line(a["role"])))
                if canonical_actor_key(a["name"]) == key and canonical_actor_key(page["name"]) != key:
                    page["name"] = a["name"]  # the page is titled with the full name when any briefing has it
                page["names"].update(index.key(n) for n in [key, a["name"], *a.get("aliases", [])])
    by_count = sorted(actors.values(), key=lambda p: (-len(p["entries"]), p["slug"]))
    summary = [{"name": p["name"], "type": p["type"], "type_label": type_label(p["type"]), "slug": p["slug"],
                "count": len(p["entries"])} for p in by_count]
    pages["actors/index.md"] = PageSpec("actors.html.j2", digest(salt, summary), lambda: {
        "front_matter": _index_meta("Actors"), "actors": summary,
    })
    for page in by_count:
        pages[f"actors/{page['slug']}.md"] = PageSpec(
            "actor.html.j2",
            digest(salt, page["name"], page["type"], sorted(page["names"]), sorted(page["written"]), _ids(page["entries"])),
            partial(_actor_context, page, index),
        )
    # Markdown, not HTML: Material's tags plugin writes its listing into the page's Markdown.
    pages["tags.md"] = PageSpec("tags.md.j2", digest(salt), lambda: {"front_matter": _index_meta("Tags", html_body=False)})
    return pages
