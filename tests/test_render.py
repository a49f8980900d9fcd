"""Escaping of untrusted text: rendered with the exact Markdown extensions of mkdocs.yml."""

from __future__ import annotations

import html

import pytest
import yaml
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from mkdocs.utils import meta as mkdocs_meta

from markdown_helpers import site_markdown, structure

from briefgen.render import front_matter, html_escape, md_escape, one_line, render, safe_url, slugify



MD = site_markdown()
# Text built mostly from the characters that mean something to Markdown, HTML, YAML and Jinja.
HOSTILE = st.text(
    alphabet=st.sampled_from(list("\\`*_{}[]()#+-.!|<>&~^=:\"'$%/?;\n\t ") + ["a", "b", "1", "9", "é", "—", "\u2028", "\x02", "\x03"]),
    max_size=60,
) | st.sampled_from([
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "{{ 7*7 }}",
    "{% include 'x' %}", "---", "# heading", "> quote", "| a | b |", "!!! danger", "??? note", "- item",
    "1. item", "1984. A year", "===", "```", "~~~", "    code", "<!-- c -->", "&amp; &lt;", "*[HTML]: x",
    "{: onclick=alert(1) }", "<http://example.com>", "![i](x.png)", "\x02wzxhzdk:0\x03",
])

# Where templates put escaped text, and the tags each place is allowed to produce.
CONTEXTS = {
    "paragraph": ("{}", ["p"]),
    "heading": ("# {}", ["h1", "a"]),  # the `a` is toc's permalink "¶" (checked below)
    "list": ("- {}", ["ul", "li"]),
    "quote": ("> {}", ["blockquote", "p"]),
    "bold": ("**{}**", ["p", "strong"]),
    "link": ("[{}](https://example.org/)", ["p", "a"]),
}


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@settings(max_examples=150, deadline=None)
@given(text=HOSTILE)
def test_escaped_text_reads_as_written_and_adds_no_markup(context: str, text: str) -> None:
    template, allowed = CONTEXTS[context]
    assume(one_line(text) or context in ("paragraph", "list", "quote"))  # templates never wrap empty text
    out = structure(MD.reset().convert(template.format(md_escape(text))))
    assert set(out.tags) <= set(allowed), out.tags
    assert all(not name.startswith("on") for name, _ in out.attrs)
    expected = one_line(text)
    if context == "heading":
        assert out.tags.count("a") == 1 and ("class", "headerlink") in out.attrs
        out.text = out.text.removesuffix("¶")
    if expected:
        assert " ".join(out.text.split()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>bold</b>", "&#60;b&#62;bold&#60;/b&#62;"),
        ("- not a list", "&#45; not a list"),
        ("1984. A year", "1984&#46; A year"),
        ("a\n\n# b", "a &#35; b"),
        ("{{ x }}", "&#123;&#123; x &#125;&#125;"),
        ("closed-door talks, 2015-08-21", "closed-door talks, 2015-08-21"),
    ],
)
def test_md_escape_examples(text: str, expected: str) -> None:
    assert md_escape(text) == expected


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
    out = structure(MD.reset().convert(f"[text]({url})"))
    assert out.tags == ["p", "a"] and out.text == "text"


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


def test_templates_never_evaluate_article_text() -> None:
    data = {
        "name": "x.md", "title": "{{ 7*7 }}", "date": None, "date_origin": "none", "source": None,
        "dateline": None, "url": None, "tags": [], "summary": ["{% for x in range(3) %}y{% endfor %}"],
        "key_points": [], "body": ["{{ config }}"], "removed": [], "quotes": [], "actors": [],
        "questions": [], "timeline": [], "notes": [], "license": {},
    }
    from briefgen.site import Entry, briefing_page

    page = briefing_page(Entry("x", data), {})
    assert "49" not in page and "yyy" not in page
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in page


def test_strict_undefined() -> None:
    import jinja2

    with pytest.raises(jinja2.UndefinedError):
        render("archive.md.j2", front_matter="")
