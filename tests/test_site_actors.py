"""Actor pages across briefings: one actor, one page, however each briefing spells it."""

from __future__ import annotations

import re
from typing import Any

import pytest

from briefgen.site import Entry, actor_index, site_pages
from briefgen.site_actors import post_of, shouted


def _entry(slug: str, date: str, actors: list[dict[str, Any]], quotes: list[dict[str, Any]] = ()) -> Entry:
    data = {
        "name": f"{slug}.md", "title": slug.title(), "date": date, "date_origin": "source", "source": "Wire",
        "dateline": None, "url": None, "tags": [], "summary": ["A summary."], "key_points": [], "body": ["Text."],
        "removed": [], "quotes": list(quotes), "actors": actors, "questions": [], "timeline": [], "notes": [],
        "license": {},
    }
    return Entry(slug, data, key=slug)


def _actor(name: str, key: str, aliases: list[str] = (), role: str | None = None) -> dict[str, Any]:
    return {"name": name, "key": key, "type": "person", "role": role, "aliases": list(aliases), "mentions": 2}


def _page(pages: dict[str, Any], path: str) -> str:
    return pages[path].render()


def test_surname_in_one_briefing_and_full_name_in_another_share_one_page() -> None:
    entries = [
        _entry("talks", "2025-02-01", [_actor("Trump", "trump")],
               [{"text": "A good deal would mean no missiles.", "speaker": "Trump", "role": None, "context": None, "speaker_key": "trump"}]),
        _entry("summit", "2025-01-01", [_actor("Donald Trump", "donald-trump", ["Trump"])]),
    ]
    pages = site_pages(entries)
    actor_pages = sorted(p for p in pages if p.startswith("actors/") and p != "actors/index.md")
    assert actor_pages == ["actors/donald-trump.md"]
    text = pages["actors/donald-trump.md"].render()
    assert "Donald Trump" in text  # titled with the full name although the newest briefing says "Trump"
    assert "no missiles" in text  # the quote given under the surname is on the page
    assert "../actors/donald-trump.md" in pages["briefings/talks.md"].render()


def test_a_full_middle_name_in_one_briefing_and_none_in_another_share_one_page() -> None:
    entries = [
        _entry("plant", "2025-02-01", [_actor("Marta Okonkwo Vell", "marta-okonkwo-vell", ["Marta Vell"])]),
        _entry("tour", "2025-01-01", [_actor("Marta Vell", "marta-vell", ["Vell"])]),
        _entry("visit", "2025-01-03", [_actor("Vell", "vell")]),
    ]
    pages = site_pages(entries)
    actor_pages = sorted(p for p in pages if p.startswith("actors/") and p != "actors/index.md")
    assert actor_pages == ["actors/marta-vell.md"]
    text = pages["actors/marta-vell.md"].render()
    assert "3 briefings" in text and "Marta Okonkwo Vell" in text
    assert "../actors/marta-vell.md" in pages["briefings/plant.md"].render()


def test_a_surname_shared_by_two_people_is_not_merged() -> None:
    entries = [
        _entry("a", "2025-01-01", [_actor("George Bush", "george-bush")]),
        _entry("b", "2025-01-02", [_actor("Jeb Bush", "jeb-bush")]),
        _entry("c", "2025-01-03", [_actor("Bush", "bush")]),
    ]
    index = actor_index(entries)
    assert index.key("Bush") == "bush"  # ambiguous: never guessed
    assert index.key("George Bush") == "george-bush"


@pytest.mark.parametrize("case, briefings, expected", [
    # the one full name, which a briefing calls by the surname alone: the surname is that person
    ("alias seen", [[("Barack Obama", ["Obama"])], [("Obama", [])]], "barack-obama"),
    # named once in full in a roundup, never called "Obama": the bare "Obama" of another briefing (a president) is
    # not taken for her
    ("full name never called by the surname", [[("Michelle Obama", [])], [("Obama", [])], [("Obama", [])]], "obama"),
    # a briefing that holds "Hillary Clinton" and, apart, "Clinton" (Bill): the surname is someone else there
    ("surname apart beside the full name", [[("Hillary Clinton", ["Clinton"]), ("Clinton", [])], [("Clinton", [])]],
     "clinton"),
    # two full names end with it
    ("two full names", [[("Joe Biden", ["Biden"])], [("Hunter Biden", ["Biden"])], [("Biden", [])]], "biden"),
    # a given name: one briefing's "George" (a prince) is not another's Ruben George, called "George" there
    ("a given name", [[("Ruben George", ["George"])], [("George", [])]], "george"),
])
def test_a_bare_surname_joins_a_full_name_only_when_the_site_makes_it_safe(
        case: str, briefings: list[list[tuple[str, list[str]]]], expected: str) -> None:
    entries = [_entry(f"b{n}", f"2025-01-0{n + 1}", [_actor(name, name.lower().replace(" ", "-"), aliases)
                                                      for name, aliases in actors])
               for n, actors in enumerate(briefings)]
    index = actor_index(entries)
    assert index.key(briefings[-1][0][0]) == expected, case
    assert index.of(_actor(briefings[-1][0][0], briefings[-1][0][0].lower())) == expected, case


def test_a_quote_by_a_surname_belongs_to_the_full_name_its_own_briefing_names() -> None:
    # the site cannot tell "Obama" (two full names end with it), but the quote's briefing names one Obama
    quote = {"text": "We will keep at it,", "speaker": "Obama", "role": None, "context": None, "speaker_key": "obama",
             "key": True}
    entries = [_entry("a", "2025-01-01", [_actor("Barack Obama", "barack-obama")], [quote]),
               _entry("b", "2025-01-02", [_actor("Barack Obama", "barack-obama")]),
               _entry("c", "2025-01-03", [_actor("Michelle Obama", "michelle-obama")])]
    pages = site_pages(entries)
    assert "We will keep at it" in _page(pages, "actors/barack-obama.md")


def test_actor_page_lists_roles_over_time_and_other_spellings() -> None:
    entries = [
        _entry("later", "2025-03-01", [_actor("Jane Roe", "jane-roe", role="Senator")]),
        _entry("middle", "2025-02-01", [_actor("Roe", "roe", role="Governor")]),
        _entry("early", "2025-01-01", [_actor("Jane Roe", "jane-roe", ["Roe", "J. Roe"], role="Senator")]),
        _entry("undated", "", [_actor("Jane Roe", "jane-roe", role="Governor")]),
        _entry("roleless", "2025-01-15", [_actor("Jane Roe", "jane-roe")]),
    ]
    text = _page(site_pages(entries), "actors/jane-roe.md")
    roles = re.findall(r"<li><strong>(\w+)</strong> —(.*?)</li>", text)
    # oldest first; a role is listed again when it comes back; an undated briefing comes last
    assert [(role, re.findall(r"\d{4}-\d\d-\d\d|>Undated<", where)) for role, where in roles] == [
        ("Senator", ["2025-01-01"]), ("Governor", ["2025-02-01"]), ("Senator", ["2025-03-01"]), ("Governor", [">Undated<"])]
    assert "Also written: J. Roe, Roe</p>" in text


def test_actor_page_quote_shows_where_it_was_said() -> None:
    quote = {"text": "We will not back down,", "speaker": "Roe", "role": None, "context": "told reporters",
             "speaker_key": "roe", "key": True}
    entries = [_entry("a", "2025-01-01", [_actor("Jane Roe", "jane-roe")], [quote]),
               _entry("b", "2025-01-02", [_actor("Jane Roe", "jane-roe")])]
    text = _page(site_pages(entries), "actors/jane-roe.md")
    assert "<p>We will not back down</p>" in text
    assert "<p>— told reporters · <a" in text


def test_a_place_is_not_merged_into_a_person_who_shares_its_name() -> None:
    london = {"name": "London", "key": "london", "type": "place", "role": None, "aliases": [], "mentions": 2}
    entries = [
        _entry("a", "2025-01-01", [_actor("Jack London", "jack-london", ["London"]), london]),
        _entry("b", "2025-01-02", [_actor("Jack London", "jack-london"), london]),
        _entry("c", "2025-01-03", [_actor("London", "london")]),  # a person known by his surname: Jack London
    ]
    pages = site_pages(entries)
    assert "actors/london.md" in pages and "actors/jack-london.md" in pages
    assert "<em>Place</em>" in _page(pages, "actors/london.md")
    assert "3 briefings" in _page(pages, "actors/jack-london.md")


def test_one_state_one_page_however_a_briefing_names_it() -> None:
    def state(name: str) -> dict[str, Any]:
        return {"name": name, "key": name.lower().replace(".", ""), "type": "state", "role": None, "aliases": [],
                "mentions": 2}

    entries = [_entry("a", "2025-01-01", [state("US")]), _entry("b", "2025-01-02", [state("United States")]),
               _entry("c", "2025-01-03", [state("U.S.")]), _entry("d", "2025-01-04", [state("UK")])]
    pages = site_pages(entries)
    actor_pages = sorted(p for p in pages if p.startswith("actors/") and p != "actors/index.md")
    assert actor_pages == ["actors/united-states.md"]  # the UK, in one briefing only, has no page
    text = _page(pages, "actors/united-states.md")
    assert "<h1" in text and "United States<a" in text and "3 briefings" in text
    assert "Also written: U.S., US" in text


@pytest.mark.parametrize("names, key_of, expected", [
    # one name with a middle initial, the same name without it: one person
    (["Donald J. Trump", "Donald Trump"], "Donald J. Trump", "donald-trump"),
    (["John F. Kennedy", "John Kennedy", "Robert Kennedy"], "John F. Kennedy", "john-kennedy"),
    # two men between the same first and last names: each keeps his own key
    (["George W. Bush", "George H. W. Bush", "George Bush"], "George W. Bush", "george-w-bush"),
    (["George W. Bush", "George H. W. Bush", "George Bush"], "George H. W. Bush", "george-h-w-bush"),
    # no plain form on the site: nothing to join
    (["Donald J. Trump", "Melania Trump"], "Donald J. Trump", "donald-j-trump"),
])
def test_a_middle_initial_joins_the_same_name_without_it(names: list[str], key_of: str, expected: str) -> None:
    entries = [_entry(f"b{n}", f"2025-01-0{n + 1}", [_actor(name, name.lower().replace(".", "").replace(" ", "-"))])
               for n, name in enumerate(names)]
    index = actor_index(entries)
    assert index.of(_actor(key_of, key_of.lower().replace(".", "").replace(" ", "-"))) == expected


def _key(name: str) -> str:
    return name.lower().replace(".", "").replace(" ", "-")


@pytest.mark.parametrize("briefings, key_of, expected", [
    # a full middle name joins the name without it once a briefing has written one person both ways, and so does
    # the middle initial beside it
    ([[("Marta Okonkwo Vell", ["Marta Vell"])], [("Marta Vell", [])], [("Marta Okonkwo Vell", [])]],
     "Marta Okonkwo Vell", "marta-vell"),
    ([[("Marta Vell", ["Marta Okonkwo Vell"])], [("Marta Okonkwo Vell", [])]], "Marta Okonkwo Vell", "marta-vell"),
    ([[("Marta Okonkwo Vell", ["Marta Vell"])], [("Marta O. Vell", [])], [("Marta Vell", [])]], "Marta O. Vell",
     "marta-vell"),
    # negatives: never written both ways (a governor always called by three names, another man by two), two other
    # middle names (two people may be meant), a middle word that is a given name (a son named for his father), a
    # hyphenated given name, no plain form on the site
    ([[("Ivor Dunmore Prust", ["Prust"])], [("Ivor Prust", [])]], "Ivor Dunmore Prust", "ivor-dunmore-prust"),
    ([[("Marta Okonkwo Vell", ["Marta Vell"])], [("Marta Kemi Vell", ["Marta Vell"])], [("Marta Vell", [])]],
     "Marta Okonkwo Vell", "marta-okonkwo-vell"),
    ([[("Marta Okonkwo Vell", ["Marta Vell"])], [("Marta Kemi Vell", [])], [("Marta Vell", [])]],
     "Marta Kemi Vell", "marta-kemi-vell"),
    ([[("Marta Okonkwo Vell", ["Marta Vell"])], [("Marta K. Vell", [])], [("Marta Vell", [])]], "Marta K. Vell",
     "marta-k-vell"),
    ([[("Ivor Herbert Prust", ["Ivor Prust"])], [("Ivor Prust", [])]], "Ivor Herbert Prust", "ivor-herbert-prust"),
    ([[("Ivor-Dunmore Prust", ["Ivor Prust"])], [("Ivor Prust", [])]], "Ivor-Dunmore Prust", "ivor-dunmore-prust"),
    ([[("Marta Okonkwo Vell", ["Vell"])], [("Ada Vell", [])]], "Marta Okonkwo Vell", "marta-okonkwo-vell"),
])
def test_a_full_middle_name_joins_the_same_name_without_it(
        briefings: list[list[tuple[str, list[str]]]], key_of: str, expected: str) -> None:
    entries = [_entry(f"b{n}", f"2025-01-0{n + 1}", [_actor(name, _key(name), aliases) for name, aliases in actors])
               for n, actors in enumerate(briefings)]
    index = actor_index(entries)
    assert index.of(_actor(key_of, _key(key_of))) == expected


@pytest.mark.parametrize("role, post", [
    ("Vice President", "vice president"),
    ("the former  Vice President", "vice president"),
    ("then-Governor", "governor"),
    (None, ""),
])
def test_post_of(role: str | None, post: str) -> None:
    assert post_of(role) == post


@pytest.mark.parametrize("case, briefings, expected", [
    # a surname a briefing left apart beside two full names: the one full name holding its post elsewhere
    ("one holder", [[("Lena Okafor", "Minister"), ("Dayo Okafor", None), ("Okafor", "Minister")],
                    [("Lena Okafor", "the former Minister")]], "lena-okafor"),
    ("holder in another briefing only", [[("Dayo Okafor", "student"), ("Okafor", "Minister")],
                                         [("Lena Okafor", "Minister")], [("Dayo Okafor", None)]], "lena-okafor"),
    # negatives: two full names so posted (a father and a son), another post, no post, a given name
    ("two holders", [[("Okafor", "Minister")], [("Lena Okafor", "Minister")], [("Dayo Okafor", "Minister")]],
     "okafor"),
    ("another post", [[("Okafor", "Minister")], [("Lena Okafor", "Governor")], [("Dayo Okafor", None)]], "okafor"),
    ("no post", [[("Okafor", None)], [("Lena Okafor", None)], [("Dayo Okafor", None)]], "okafor"),
    ("a given name", [[("George", "Prince")], [("Ruben George", "Prince")], [("Ada George", None)]], "george"),
])
def test_a_bare_surname_joins_the_one_full_name_holding_its_post(
        case: str, briefings: list[list[tuple[str, str | None]]], expected: str) -> None:
    entries = [_entry(f"b{n}", f"2025-01-0{n + 1}", [_actor(name, _key(name), role=role) for name, role in actors])
               for n, actors in enumerate(briefings)]
    index = actor_index(entries)
    name, role = briefings[0][-1]
    assert index.of(_actor(name, _key(name), role=role)) == expected, case
    assert index.key(name) == _key(name), case  # the bare surname alone stays apart


def test_a_surname_joined_by_its_post_shares_the_page_and_its_quotes() -> None:
    quote = {"text": "The budget will hold.", "speaker": "Okafor", "role": "Minister", "context": None,
             "speaker_key": "okafor"}
    entries = [
        _entry("budget", "2025-02-01", [_actor("Lena Okafor", "lena-okafor", role="Minister"),
                                        _actor("Dayo Okafor", "dayo-okafor"), _actor("Okafor", "okafor", role="Minister")],
               [quote]),
        _entry("cabinet", "2025-01-01", [_actor("Lena Okafor", "lena-okafor", role="Minister")]),
        _entry("school", "2025-01-02", [_actor("Dayo Okafor", "dayo-okafor")]),
    ]
    pages = site_pages(entries)
    text = pages["actors/lena-okafor.md"].render()
    assert "2 briefings" in text and "The budget will hold." in text
    assert "actors/okafor.md" not in pages


@pytest.mark.parametrize("spellings, page, title", [
    # a state however written, and its capital read as its government: one page, the gazetteer's name
    (("United States", "U.S.", "Washington"), "actors/united-states.md", "United States"),
    (("France", "Paris"), "actors/france.md", "France"),
])
def test_a_state_and_its_capital_as_government_share_one_page(spellings: tuple[str, ...], page: str, title: str) -> None:
    entries = [_entry(f"s{n}", f"2025-01-0{n + 1}", [{"name": name, "key": name.lower(), "type": "state", "role": None,
                                                      "aliases": [], "mentions": 2}])
               for n, name in enumerate(spellings)]
    pages = site_pages(entries)
    assert sorted(p for p in pages if p.startswith("actors/") and p != "actors/index.md") == [page]
    text = pages[page].render()
    assert f"title: {title}" in text and text.count("../briefings/s") == len(spellings)


@pytest.mark.parametrize("rule, newest, older, title", [
    # a name in capitals only (a dateline's, a heading's) yields to the same name in ordinary case
    ("dateline_place", ("SAN FRANCISCO", "place", []), ("San Francisco", "place", []), "San Francisco"),
    ("shouted_person", ("OBAMA", "person", []), ("Obama", "person", []), "Obama"),
    ("shouted_organisation_name", ("ACME WIDGETS", "organization", []), ("Acme Widgets", "organization", []),
     "Acme Widgets"),
    ("ordinary_case_as_alias", ("SAN FRANCISCO", "place", ["San Francisco"]), ("SAN FRANCISCO", "place", []),
     "San Francisco"),
    ("ordinary_case_first", ("San Francisco", "place", []), ("SAN FRANCISCO", "place", []), "San Francisco"),
    # an organisation's one-word acronym stays as written; a name only ever in capitals stays so
    ("acronym", ("NATO", "organization", []), ("Nato", "organization", []), "NATO"),
    ("acronym_alone", ("BBC", "organization", []), ("BBC", "organization", []), "BBC"),
    ("only_in_capitals", ("LONDON", "place", []), ("LONDON", "place", []), "LONDON"),
])
def test_an_actor_page_is_titled_in_ordinary_case_when_a_briefing_writes_it_so(
        rule: str, newest: tuple[str, str, list[str]], older: tuple[str, str, list[str]], title: str) -> None:
    entries = [_entry(f"s{n}", date, [{"name": name, "key": None, "type": kind, "role": None, "aliases": aliases,
                                       "mentions": 2}])
               for n, (date, (name, kind, aliases)) in enumerate([("2025-01-02", newest), ("2025-01-01", older)])]
    pages = site_pages(entries)
    found = [p for p in pages if p.startswith("actors/") and p != "actors/index.md"]
    assert len(found) == 1, rule
    assert f"title: {title}\n" in pages[found[0]].render(), rule


@pytest.mark.parametrize("name, kind, is_shouted", [
    ("SAN FRANCISCO", "place", True),
    ("OBAMA", "person", True),
    ("ACME WIDGETS", "organization", True),
    ("NATO", "organization", False),
    ("BBC", "group", False),
    ("San Francisco", "place", False),
    ("McDONALD'S", "organization", False),
    ("2019", "place", False),
])
def test_shouted(name: str, kind: str, is_shouted: bool) -> None:
    assert shouted(name, kind) is is_shouted
