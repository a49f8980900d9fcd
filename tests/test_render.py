"""Escaping of untrusted text: the autoescaping HTML templates, front matter and URLs."""

from __future__ import annotations

import html

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta as mkdocs_meta

from markdown_helpers import site_markdown, structure

from briefgen.render import (
    Headings, environment, front_matter, html_escape, one_line, quote_text, render, safe_url, slugify,
)

MD = site_markdown()
# Text built mostly from the characters that mean something to Markdown, HTML, YAML and Jinja.
HOSTILE = st.text(
    alphabet=st.sampled_from(list("\\`*_{}[]()#+-.!|<>&~^=:\"'$%/?;\n\t ") + ["a", "b", "1", "9", "é", "—", "\u2028", "\x02", "\x03"]),
    max_size=60,
) | st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "{{ 7*7 }}",
    "{% include 'x' %}", "---", "# heading", "> quote", "| a | b |", "!!! danger", "??? note", "- item",
    "1. item", "1984. A year", "===", "```", "~~~", "    code", "<!-- c -->", "&amp; &lt;", "*[HTML]: x",
    "{: onclick=alert(1) }", "<http://example.com>", "![i](x.png)", "\x02wzxhzdk:0\x03", "</p></li></ul><h2>",
    '" onclick="alert(1)', "' onclick='alert(1)",
])

# Where the HTML templates put untrusted text, and the tags each place is allowed to produce.
CONTEXTS = {
    "paragraph": ("<p>{{ t }}</p>", ["p"]),
    "heading": ("{{ heading(1, t) }}", ["h1", "a"]),  # the `a` is the permalink "¶" (checked below)
    "list": ("<ul>\n<li>{{ t }}</li>\n</ul>", ["ul", "li"]),
    "quote": ("<blockquote>\n<p>{{ t }}</p>\n</blockquote>", ["blockquote", "p"]),
    "bold": ("<p><strong>{{ t }}</strong></p>", ["p", "strong"]),
    "link": ('<p><a href="https://example.org/">{{ t }}</a></p>', ["p", "a"]),
    "attribute": ('<p><a href="{{ t|url }}">x</a></p>', ["p", "a"]),
}


def render_string(template: str, **context: object) -> str:
    """A template snippet rendered by the environment of the page templates (autoescape on)."""
    return environment().from_string(template).render(heading=Headings(), **context)


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@settings(max_examples=150, deadline=None)
@given(text=HOSTILE)
def test_escaped_text_reads_as_written_and_adds_no_markup(context: str, text: str) -> None:
    template, allowed = CONTEXTS[context]
    out = structure(render_string(template, t=text))
    assert out.tags == allowed, out.tags  # exactly the template's elements, nothing added
    assert all(not name.startswith("on") for name, _ in out.attrs)
    if context == "attribute":
        assert [name for name, _ in out.attrs] == ["href"] and out.text == "x"
        return
    expected = one_line(text)
    if context == "heading":
        assert ("class", "headerlink") in out.attrs
        out.text = out.text.removesuffix("¶")
    assert " ".join(out.text.split()) == expected  # (the template's own newlines aside)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"),
        ("- not a list", "- not a list"),  # Markdown syntax needs no escaping: no Markdown pass runs
        ('" onclick="x', "&#34; onclick=&#34;x"),
        ("a\n\n# b", "a # b"),
        ("tab\there\x02", "tab here"),
        ("{{ x }}", "{{ x }}"),  # printed, never evaluated
    ],
)
def test_autoescape_examples(text: str, expected: str) -> None:
    assert render_string("{{ t }}", t=text) == expected


# Ids that Python-Markdown's toc extension gave these headings (mkdocs.yml: toc, permalink).
@pytest.mark.parametrize(
    ("titles", "ids"),
    [
        (["Key points"], ["key-points"]),
        (["Summary", "Summary"], ["summary", "summary_1"]),
        (["A <b>x</b> & \"q\" 's' é — Ü"], ["a-bxb-q-s-e-u"]),
        (["中文 title"], ["title"]),
        (["   "], ["_1"]),
    ],
)
def test_heading_ids_as_python_markdown_made_them(titles: list[str], ids: list[str]) -> None:
    heading = Headings()
    made = [structure(heading(1, t)).attrs[0] for t in titles]
    assert made == [("id", i) for i in ids]


@pytest.mark.parametrize("level", [1, 2, 3])
@pytest.mark.parametrize("exclude", [False, True])
def test_heading_markup_is_python_markdowns(level: int, exclude: bool) -> None:
    attr = " { data-search-exclude }" if exclude else ""
    assert Headings()(level, "Key points", search_exclude=exclude) == MD.reset().convert("#" * level + " Key points" + attr)


@given(text=HOSTILE)
def test_html_escape_leaves_no_markup(text: str) -> None:
    out = html_escape(text)
    assert not set("<>\"'\n") & set(out)
    assert html.unescape(out) == one_line(text)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a_(b)?q=1&r=2", "https://example.org/a_%28b%29?q=1&r=2"),
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        ("data:text/html,<script>", ""),
        ("//evil.example/x", ""),
        ('https://x.org/" onmouseover="alert(1)', "https://x.org/%22%20onmouseover=%22alert%281%29"),
    ],
)
def test_safe_url(url: str, expected: str) -> None:
    assert safe_url(url) == expected


@given(st.text(max_size=40))
def test_safe_url_link_stays_one_link(tail: str) -> None:
    url = safe_url("https://example.org/" + tail)
    out = structure(render_string('<a href="{{ u }}">text</a>', u=url))
    assert out.tags == ["a"] and [name for name, _ in out.attrs] == ["href"] and out.text == "text"
    assert html.unescape(dict(out.attrs)["href"]) == url


@settings(max_examples=200)
@given(st.dictionaries(st.sampled_from(["title", "description", "x"]), HOSTILE, min_size=1))
def test_front_matter_round_trips_through_yaml_and_mkdocs(data: dict[str, str]) -> None:
    block = front_matter(data)
    body, meta = mkdocs_meta.get_data(block + "\nBody text\n")
    assert meta == data
    assert body.strip() == "Body text"
    assert yaml.safe_load(block.strip().strip("-")) == data


def test_slugify() -> None:
    assert slugify("2015-08-21 Korea: 'War'!") == "2015-08-21-korea-war"
    assert slugify("<<>>", "page") == "page"


@pytest.mark.parametrize(("name", "slug"), [
    ("Zoë Müller", "zoe-muller"),
    ("Recep Tayyip Erdoğan", "recep-tayyip-erdogan"),
    ("sub dir/Ünïcode näme", "sub-dir-unicode-name"),
    ("Владимир Путин", "actor"),  # no Latin letters: the fallback (made unique by the caller)
])
def test_slugify_keeps_accented_letters_as_their_base_letter(name: str, slug: str) -> None:
    assert slugify(name, "actor") == slug


def test_templates_never_evaluate_article_text() -> None:
    data = {
        "name": "x.md", "title": "{{ 7*7 }}", "date": None, "date_origin": "none", "source": None,
        "dateline": None, "url": None, "tags": [], "summary": ["{% for x in range(3) %}y{% endfor %}"],
        "key_points": [], "body": ["{{ config }}"], "removed": [], "quotes": [], "actors": [],
        "questions": [], "timeline": [], "notes": [], "license": {},
    }
    from briefgen.site import Entry, briefing_page

    page = briefing_page(Entry("x", data), {})
    assert "49" not in page and "yyy" not in page and "<Config" not in page
    assert ">{{ 7*7 }}<" in page and "<p>{{ config }}</p>" in page  # printed as text


def _full_text(body: list[str], kinds: list[str] | None) -> str:
    from briefgen.site import Entry, briefing_page

    data = {
        "name": "x.md", "title": "T", "date": None, "date_origin": "none", "source": None, "dateline": None,
        "url": None, "tags": [], "summary": [], "key_points": [], "body": body, "removed": [], "quotes": [],
        "actors": [], "questions": [], "timeline": [], "notes": [], "license": {},
    }
    if kinds is not None:
        data["body_kinds"] = kinds
    page = briefing_page(Entry("x", data), {})
    return page[page.index('id="full-text"'):]


@pytest.mark.parametrize(("name", "body", "kinds", "markup"), [
    ("text", ["A <b>plan</b>."], ["text"], "<p>A &lt;b&gt;plan&lt;/b&gt;.</p>"),
    ("heading", ["What was agreed", "Text."], ["heading", "text"], '<h3 id="what-was-agreed">What was agreed<a'),
    ("block quote", ["We will not wait."], ["quote"], "<blockquote><p>We will not wait.</p></blockquote>"),
    ("a run of list items is one list", ["Before.", "One.", "Two.", "After."], ["text", "list", "list", "text"],
     "<p>Before.</p>\n<ul><li>One.</li>\n<li>Two.</li></ul>\n<p>After.</p>"),
    ("a list at the end", ["One.", "Two."], ["list", "list"], "<ul><li>One.</li>\n<li>Two.</li></ul>"),
    ("data cached without kinds reads as text", ["Intro", "Text."], None, "<p>Intro</p>\n<p>Text.</p>"),
    ("a heading named like a section gets its own id", ["Summary"], ["heading"], '<h3 id="summary_1">Summary<a'),
])
def test_full_text_keeps_the_kind_of_each_paragraph(name: str, body: list[str], kinds: list[str] | None,
                                                    markup: str) -> None:
    assert markup in _full_text(body, kinds), name


def test_strict_undefined() -> None:
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        render("archive.html.j2", front_matter="")


@pytest.mark.parametrize(("text", "shown"), [
    ("anti-Semitic images, they've got no place", "…anti-Semitic images, they've got no place"),
    ("love[s] what I'm doing", "…love[s] what I'm doing"),  # a bracketed ending is still a lower-case word
    ("don't know", "…don't know"),
    ("eBay will sell it", "eBay will sell it"),  # a name with an inner capital opens a sentence
    ("… there is evidence", "… there is evidence"),  # an ellipsis or a dash shows the cut already
    ("-- and he's in the end", "-- and he's in the end"),
    ("3 people were there", "3 people were there"),
])
def test_a_quote_opening_with_a_lower_case_word_gets_an_ellipsis(text: str, shown: str) -> None:
    assert quote_text(text) == shown


@pytest.mark.parametrize("kind", ["text", "heading", "quote", "list"])
def test_hostile_text_stays_text_in_every_paragraph_kind(kind: str) -> None:
    page = _full_text(['<script>alert(1)</script> <img src=x onerror=alert(2)> ## not a heading'], [kind])
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; ## not a heading" in page
