"""Nothing injected: hostile article text and metadata, after a real MkDocs build, add no element,
script, style, Markdown structure or front-matter key — and still read as written."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pytest
from hostile_helpers import injection_site
from markdown_helpers import Structure, structure
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load

import briefgen
from briefgen.render import label_case, one_line, render
from briefgen.site import Entry, briefing_context, timeline_rows

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
PAGES = ["injection", "injection-meta", "corrections"]  # corrections: an editor's added question
# The only section headings, admonitions and table headers the briefing template makes.
TEMPLATE_H2 = {"Summary", "Key points", "Key quotes", "Actors", "Open questions", "Timeline", "Full text"}
TEMPLATE_TABLE_HEADS = {("Name", "Type", "Role", "Mentions"), ("When", "Date", "Event")}
TEMPLATE_ADMONITIONS = {"admonition note", "admonition info"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return injection_site(tmp_path_factory)


def _doc(site: Path, slug: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / "briefings" / slug / "index.html").read_text(encoding="utf-8"))


def _article(doc: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    (article,) = doc.xpath("//article")
    return article


def _text(element: lxml.html.HtmlElement) -> str:
    return " ".join(element.text_content().replace("¶", " ").split())


@pytest.mark.parametrize("slug", PAGES)
def test_no_script_handler_or_dangerous_url(site: Path, slug: str) -> None:
    doc = _doc(site, slug)
    baseline = _doc(site, "good")
    for script in doc.xpath("//script"):
        assert "pwned" not in (script.text or "").lower() and "PWNED" not in (script.text or "")
    assert len(doc.xpath("//script")) == len(baseline.xpath("//script"))
    assert doc.xpath("//@*[starts-with(name(), 'on')]") == []
    for attr in doc.xpath("//@href | //@src | //@action | //@formaction"):
        assert not str(attr).strip().lower().startswith(("javascript:", "data:", "vbscript:")), attr
    article = _article(doc)
    for tag in ("img", "style", "iframe", "object", "embed", "form", "input", "svg", "math", "link", "meta", "b", "div[@onclick]"):
        assert article.xpath(f".//{tag}") == [], tag


@pytest.mark.parametrize("slug", PAGES)
def test_no_markdown_structure_from_the_text(site: Path, slug: str) -> None:
    article = _article(_doc(site, slug))
    assert len(article.xpath(".//h1")) == 1
    assert {_text(h) for h in article.xpath(".//h2 | .//h3 | .//h4 | .//h5 | .//h6")} <= TEMPLATE_H2
    assert article.xpath(".//hr") == []
    for table in article.xpath(".//table"):
        assert tuple(_text(th) for th in table.xpath(".//th")) in TEMPLATE_TABLE_HEADS
    for box in article.xpath(".//div[contains(@class, 'admonition')]"):
        assert box.get("class") in TEMPLATE_ADMONITIONS
    for details in article.xpath(".//details"):
        assert _text(details.xpath("./summary")[0]).startswith("Removed from the source")
    # what the text would have become had its Markdown been obeyed
    for tag, text in [("em", "not emphasis"), ("strong", "not bold"), ("code", "not code"), ("del", "not struck"),
                      ("li", "not a list"), ("blockquote", "Not a quote"), ("p", "Not a heading")]:
        assert [e for e in article.xpath(f".//{tag}") if _text(e) == text] == [], tag
    assert article.xpath(".//*[@id='id'] | .//*[contains(@class, 'cls')]") == []
    for link in article.xpath(".//a[@href]"):
        href = link.get("href")
        assert href.startswith(("#", "../", "https://creativecommons.org")), href


def _briefing(name: str) -> dict:  # type: ignore[type-arg]
    path = HOSTILE / name
    return briefgen.analyze(path.read_bytes(), name=name).to_dict()


@pytest.mark.parametrize(("slug", "source"), [("injection", "injection.txt"), ("injection-meta", "injection-meta.md")])
def test_text_reads_as_written(site: Path, slug: str, source: str) -> None:
    doc = _doc(site, slug)
    article = _text(_article(doc))
    data = _briefing(source)
    for text in [*data["body"], *(r["text"] for r in data["removed"])]:
        assert one_line(text) in article, text
    (h1,) = _article(doc).xpath(".//h1")
    assert _text(h1) == one_line(data["title"])
    assert doc.xpath("//title")[0].text_content() == f"{one_line(data['title'])} - Briefings"


def test_hostile_lines_survive_as_text(site: Path) -> None:
    article = _text(_article(_doc(site, "injection")))
    for line in [
        "{{ 7*7 }}", "{% if true %}statement{% endif %}", "{# comment #}", "<script>window.__pwned = 2;",
        "# Not a heading", "## Not a heading either", "> Not a quote", "| Not | a | table |", "!!! danger",
        "??? note", "- not a list", "* not a list", "1. not a list", "1) not a list", "*not emphasis*", "`not code`",
        "<not-a-tag> and &amp; &#60;", "[not a link](https://example.org)", "{: #id .cls onclick=\"x\" }",
        "title: injected front matter key", "backslash \\ and",
    ]:
        assert line in article, line
    assert "49" not in article  # Jinja never evaluated the text


def test_editor_question_reads_as_written(site: Path) -> None:
    article = _text(_article(_doc(site, "corrections")))
    assert "<script>window.__pwned=21</script> Will the talks **resume** next week?" in article
    assert "{{ 7*7 }} [x](javascript:window.__pwned=22) <img src=x onerror=window.__pwned=23>" in article
    assert "An editor dropped this paragraph" not in article


def test_metadata_adds_no_front_matter_key(site: Path) -> None:
    doc = _doc(site, "injection-meta")
    article = _text(_article(doc))
    assert '<img src=x onerror="window.__pwned=12"> **Wire**' in article  # source, as written
    assert "# DATELINE <b>x</b>" in article
    # `hide: [navigation, toc]` and `search: exclude` in the source's front matter did nothing
    assert doc.xpath("//*[@data-md-component='sidebar'][@hidden]") == []
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any(d["location"].startswith("briefings/injection-meta/") for d in index["docs"])
    page_md = (site.parent / "site_src" / "briefings" / "injection-meta.md").read_text(encoding="utf-8")
    front = yaml_load(page_md.split("---\n", 2)[1])
    assert not set(front) & {"template", "hide", "search", "license", "attribution", "license_url", "date", "url"}
    # tags are shown as text, never as markup
    assert doc.xpath("//b") == []


# ------------------------------------------------- the page templates, as a property


_TOKENS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "[a](javascript:x)",
    "{{ 7*7 }}", "{% raw %}", "{#", "---", "***", "___", "#", "##", ">", "|", "!!!", "???", "- ", "* ", "+ ", "1.", "2)",
    "`", "```", "~~~", "    ", "\\", "&amp;", "&#60;", "<!--", "-->", "{: .x }", "{ data-search-exclude }", "*[HTML]:",
    "[^1]", "==", "^^", "~~", '" onclick="x', "' x='", "</p>", "</li></ul>", "<h2>", 'href="../x.md"', "<!-- material/tags -->",
    "\n", "\n\n", "\t", "\u2028", "\u00a0", "“", "”", "’", "—", "–", "…", "é", "ß", "中文", "\u200b",
]
_WORDS = st.sampled_from(["The", "minister", "said", "on", "Monday", "that", "talks", "would", "resume", "1984.", "U.S."])
hostile_text = st.lists(st.one_of(_WORDS, st.sampled_from(_TOKENS), st.text(max_size=6)), min_size=1, max_size=25).map(" ".join)


def _briefing_data(field: str, text: str) -> dict:  # type: ignore[type-arg]
    """Page data with every part of the briefing template filled, `text` in `field`, "plain" elsewhere."""
    def v(name: str) -> str:
        return text if name == field else f"plain {name}"
    return {
        "name": "x.md", "title": v("title"), "date": v("date"), "date_origin": "source", "source": v("source"),
        "dateline": v("dateline"), "url": "https://example.org/a", "tags": [], "summary": [v("summary")],
        "key_points": [v("key_point")], "body": [v("body")], "notes": [v("note")],
        "removed": [{"text": v("removed"), "rule": v("rule"), "category": "x", "reason": v("reason")}],
        "quotes": [{"text": v("quote"), "speaker": v("speaker"), "role": v("role"), "context": v("context"), "key": True}],
        "actors": [{"name": v("actor"), "type": "person", "role": v("actor_role"), "aliases": [], "mentions": 2}],
        "questions": [{"question": v("question"), "evidence": v("evidence")}],
        "timeline": [{"when": v("when"), "date": v("timeline_date"), "event": v("event")}],
        "license": {"license": v("license"), "license_url": "https://creativecommons.org/x", "attribution": v("attribution")},
    }


FIELDS = [
    "title", "date", "source", "dateline", "summary", "key_point", "body", "note", "removed", "rule", "reason", "quote",
    "context", "speaker", "role", "actor", "actor_role", "question", "evidence", "when", "timeline_date", "event", "license", "attribution",
]


def _body(data: dict) -> str:  # type: ignore[type-arg]
    """The HTML body of the briefing page of `data`, its actor linked to an actor page."""
    links = {data["actors"][0]["name"]: "../actors/x.md"}
    return render("briefing.html.j2", **briefing_context(Entry("x", data), links)).split("---\n", 2)[2]


def _links(parts: Structure) -> list[str | None]:
    return [value for name, value in parts.attrs if name == "href" and not (value or "").startswith("#")]


@pytest.mark.parametrize("field", FIELDS)
@settings(max_examples=40, deadline=None)
@given(text=hostile_text)
@example(text="a The")  # a speaker opened by an article is headed with a capital ("A The")
def test_hostile_text_in_any_field_reads_as_written_and_adds_no_markup(field: str, text: str) -> None:
    expected = one_line(text)
    if field == "speaker":
        expected = label_case(text)  # a described speaker heads its group as a heading reads ("A Middle East expert")
    if field == "quote":
        expected = expected.rstrip(",;: ")  # a quote is shown without the comma that led back to its sentence
    if field == "when":
        expected = timeline_rows([{"when": text}])[0]["when"]  # a timeline label drops a bare "on"/"in" ("on The")
    assume(expected)  # the templates leave out what is empty
    _assert_reads_as_written(_body(_briefing_data(field, text)), _body(_briefing_data(field, "plain words")), expected)


def _assert_reads_as_written(hostile: str, plain_page: str, expected: str) -> None:
    page, plain = structure(hostile), structure(plain_page)
    assert page.tags == plain.tags  # exactly the template's elements
    assert [name for name, _ in page.attrs] == [name for name, _ in plain.attrs]
    assert _links(page) == _links(plain)  # no link made or changed (the title's permalink aside)
    assert expected in " ".join(page.text.split())


ACTOR_FIELDS = ["actor", "role", "alias", "quote", "context", "title"]


def _actor_page(field: str, text: str) -> str:
    """The HTML body of an actor page built from two briefings, `text` in `field`, "plain" elsewhere."""
    from briefgen.site import site_pages

    def v(name: str) -> str:
        return text if name == field else f"plain {name}"

    def entry(slug: str, date: str) -> Entry:
        actor = {"name": v("actor"), "key": "jane-roe", "type": "person", "role": v("role"), "aliases": [v("alias")],
                 "mentions": 2}
        quote = {"text": v("quote"), "speaker": "Roe", "role": None, "context": v("context"), "speaker_key": "jane-roe",
                 "key": True}
        data = {**_briefing_data("none", ""), "name": f"{slug}.md", "title": v("title"), "date": date,
                "actors": [actor], "quotes": [quote]}
        return Entry(slug, data, key=slug)

    page = site_pages([entry("a", "2025-01-01"), entry("b", "2025-01-02")])["actors/jane-roe.md"].render()
    return page.split("---\n", 2)[2]


@pytest.mark.parametrize("field", ACTOR_FIELDS)
@settings(max_examples=30, deadline=None)
@given(text=hostile_text)
def test_hostile_text_on_an_actor_page_reads_as_written_and_adds_no_markup(field: str, text: str) -> None:
    expected = one_line(text)
    if field == "quote":
        expected = expected.rstrip(",;: ")
    assume(expected and expected != "plain actor")
    _assert_reads_as_written(_actor_page(field, text), _actor_page(field, "plain words"), expected)
