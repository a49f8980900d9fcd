"""Lay out the site: which pages exist (briefings, home, archive, actors, tags) and their text."""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from markupsafe import Markup

from briefgen.model import Briefing
from briefgen.render import front_matter as yaml_front_matter
from briefgen.render import html_escape, one_line, render, slugify, truncate_words
from briefgen.site_actors import (ACTOR_MIN_BRIEFINGS, ActorIndex, actor_index, actor_pages, actor_title, recurring_actors,
                                  roles_over_time, speaker_key, unique_slugs)
from briefgen.site_quotes import group_keys, own_key

__all__ = ["ACTOR_MIN_BRIEFINGS", "ActorIndex", "Entry", "PageSpec", "actor_index", "assign_slugs", "briefing_context",
           "briefing_page", "front_matter", "is_generated", "page_data", "quote_groups", "recurring_actors", "site_pages",
           "tags_for", "timeline_rows", "unique_slugs"]

HOME_LATEST = 30  # briefings listed on the home page; the rest are in the monthly archive
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
AUTO_TAG_MENTIONS = 2  # … each named this many times at least
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


def assign_slugs(names: list[str], reserved: Collection[str] = ()) -> dict[str, str]:
    """Source name → briefing page slug (the file name without its extension). A slug in `reserved` (an editor's own
    page in briefings/) is numbered as a clash is ("special-report-2"): the briefing is published beside it."""
    slugs = unique_slugs({name: name.rsplit(".", 1)[0] for name in names}, "briefing")
    taken = set(slugs.values()) | set(reserved)
    for name in sorted(slugs):
        base, n = slugs[name], 2
        if base in reserved:
            while f"{base}-{n}" in taken:
                n += 1
            slugs[name] = f"{base}-{n}"
            taken.add(slugs[name])
    return slugs


def newest_first(entries: list[Entry]) -> list[Entry]:
    """Sort by date, newest first; undated last; ties by slug so the order is stable."""
    by_slug = sorted(entries, key=lambda e: e.slug)
    return sorted(by_slug, key=lambda e: e.data.get("date") or "", reverse=True)


def tags_for(data: dict[str, Any]) -> list[str]:
    """The article's own tags, else its most-mentioned states and places named AUTO_TAG_MENTIONS times or more (a
    place named once is no subject of the briefing: "a sample from the Sun", "religions such as Wicca"), each by the
    name its actor page has ("US" and "United States" one tag, "New York" meaning the city "New York City")."""
    if data.get("tags"):
        return [one_line(t) for t in data["tags"] if one_line(t)]
    places = [a for a in data.get("actors", []) if a.get("type") in ("state", "place")
              and int(a.get("mentions") or 0) >= AUTO_TAG_MENTIONS]
    places.sort(key=lambda a: -int(a.get("mentions") or 0))  # stable: keeps analysis order on ties
    return list(dict.fromkeys(one_line(actor_title(a)) for a in places))[:AUTO_TAGS]


def quote_groups(quotes: list[dict[str, Any]], actors: Sequence[dict[str, Any]] = (),
                 article_quotes: Sequence[dict[str, Any]] | None = None, paragraphs: Sequence[str] = ()) -> list[dict[str, Any]]:
    """Quotes grouped by speaker, groups in order of each speaker's first quote (the page passes its key quotes).

    A speaker who is one of the briefing's actors is headed by the actor's name and role, as in the
    actor table ("Trump" said it, "Donald Trump, President" heads the group). A later description of one speaker
    ("the expert" after "one legal expert") or a document of one ("a report from X" beside X) joins that speaker's
    group (site_quotes.group_keys, read over article_quotes, all the article's quotes in order: by default the
    quotes given, and paragraphs, the article's text); the group is headed by a quote given its own speaker.
    """
    by_key = {a["key"]: a for a in actors if a.get("key")}
    every = list(article_quotes) if article_quotes is not None else quotes
    joined = {id(q): key for q, (key, _rule) in zip(every, group_keys(every, actors, paragraphs))}
    members: dict[str, list[dict[str, Any]]] = {}
    for q in quotes:
        members.setdefault(joined.get(id(q)) or own_key(q), []).append(q)
    groups: list[dict[str, Any]] = []
    for key, group in members.items():
        own = [q for q in group if own_key(q) == key]
        # only joined quotes on the page: the speaker they joined heads them when it is an actor
        actor = by_key.get(own[0].get("speaker_key") or "", {}) if own else by_key.get(key, {})
        own = own or group
        groups.append({"speaker": actor.get("name") or own[0].get("speaker"),
                       "role": own[0].get("role") or actor.get("role") or next((q["role"] for q in own if q.get("role")), None),
                       "quotes": group})
    return groups


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
# "from" is a range's start only with its end: "from 2004 to 2009" is labelled so; "a print … from 1987" is 1987.
_MONTH_OR_DAY = r"(?:[A-Z][a-z]{2}\.|[A-Z][a-z]+)"  # "Oct.", "October", "Friday"
_RANGE_END = (r"\s+(?:to|through|until|till|and|[-–])\s+"
              rf"((?:{_MONTH_OR_DAY}\s+)?(?:\d{{1,2}},?\s+)?\d{{4}}|{_MONTH_OR_DAY}(?:\s+\d{{1,2}}\b)?)")


def _range_label(when: str, event: str) -> str:
    """A label opening with "from": the range "from X to Y" when the event gives its end, else X alone."""
    if not when.lower().startswith("from "):
        return when
    end = re.search(rf"\b{re.escape(when)}{_RANGE_END}", event, re.IGNORECASE)
    return f"{when} to {end.group(1)}" if end else when[5:]


def timeline_rows(timeline: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timeline events as the page lists them: the words of the date without a bare "on"/"in" ("Friday", "1999"), a
    "from" with the range's end ("from 2004 to 2009") or without its "from" ("1987" for "a print from 1987"),
    and the resolved date beside them only when the words do not already state it ("last year (2006)", "Friday
    (2011-03-04)"; not "1999 (1999)", "June 2025 (2025-06)")."""
    rows = []
    for t in timeline:
        date = one_line(t.get("date") or "")
        when = _range_label(_LABEL_PREPOSITION.sub("", one_line(t.get("when"))), one_line(t.get("event") or ""))
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
        "quote_groups": quote_groups([q for q in data.get("quotes", []) if q.get("key")], data.get("actors", []),
                                     data.get("quotes", []), data.get("body", [])),
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
        if q.get("speaker") and speaker_key(index, q.get("speaker_key") or q["speaker"], e) in names
    ]
    actor = {"name": page["name"], "type": page["type"], "type_label": type_label(page["type"]), "briefings": _listing(entries, "../"), "quotes": quotes,
             "also_written": sorted(page["written"] - {one_line(page["name"])}), "roles": roles_over_time(page["roles"])}
    return {"front_matter": front_matter({"title": html_escape(page["name"])}), "actor": actor}


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

    by_count = actor_pages(ordered, index, actor_slugs)
    # most briefings first, then as a reader looks a name up: by the name shown, whatever its case and accents
    # ("NATO" before "Navy", "Élysée Palace" among the E's)
    listed = sorted(by_count, key=lambda p: (-len(p["entries"]), slugify(p["name"], ""), one_line(p["name"]).casefold(),
                                             p["slug"]))
    summary = [{"name": p["name"], "type": p["type"], "type_label": type_label(p["type"]), "slug": p["slug"],
                "count": len(p["entries"])} for p in listed]
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
