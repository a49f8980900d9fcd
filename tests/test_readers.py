"""Readers: decoding, headline, front matter, missing metadata, article checks."""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.html import HtmlElement

from briefgen.errors import SourceError
from briefgen.model import Article, Paragraph, Source
from briefgen.readers import MAX_PARAGRAPH_CHARS, MAX_TEXT_CHARS, check_article, guess_format, read, split_long
from briefgen.readers.common import decode, parse_date, publisher_from_text, title_from_lead
from briefgen.readers.html import link_densities, page_text, read_html
from briefgen.readers.markdown import read_markdown, split_front_matter
from briefgen.readers.text import read_text, split_paragraphs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "seeds" / "iran-talks-white-house.txt"
MTIME = 1_700_000_000.0  # 2023-11-14 UTC
MTIME_DATE = "2023-11-14"
BODY = "The body paragraph of a short test article."


def text_source(data: bytes | str, name: str = "a.txt", fmt: str = "text") -> Source:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return Source(name=name, format=fmt, data=raw, mtime=MTIME)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the example article


@pytest.fixture(scope="module")
def example() -> Article:
    return read(Source(name="iran.txt", format="text", data=EXAMPLE.read_bytes(), mtime=MTIME))


def test_example_has_no_headline_so_title_is_built_from_the_lead(example: Article) -> None:
    lead = example.paragraphs[0].text
    assert lead.startswith("President Donald Trump and Israeli Prime Minister")
    assert example.title is not None and len(example.title) <= 80
    stem = example.title.rstrip("…")
    assert lead.startswith(stem)
    # never cut mid-word: the character after the cut in the lead is a space
    assert lead[len(stem)] == " "
    assert example.title.endswith("…")


def test_example_dateline_and_source(example: Article) -> None:
    assert example.dateline == "WASHINGTON"
    assert not example.paragraphs[0].text.startswith("WASHINGTON")
    assert example.source == "HTT News"
    assert example.date == MTIME_DATE and example.date_origin == "file"


def test_example_keeps_every_paragraph_and_curly_punctuation(example: Article) -> None:
    raw = EXAMPLE.read_text(encoding="utf-8")
    blocks = [b.strip() for b in raw.split("\n\n") if b.strip()]
    assert len(example.paragraphs) == len(blocks) == 17
    assert "—" in example.paragraphs[-2].text  # em dash kept
    assert example.notes == ()


# ---------------------------------------------------------------- text reader


def test_short_first_line_is_the_headline() -> None:
    art = read_text(text_source("Storm hits coast\n\nLONDON (Reuters) - A storm hit the coast.\n\nMore text here."))
    assert art.title == "Storm hits coast"
    assert art.dateline == "LONDON (Reuters)"
    assert [p.text for p in art.paragraphs] == ["A storm hit the coast.", "More text here."]


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Rose Bowl skywriters blast Trump.", "Rose Bowl skywriters blast Trump"),  # the archive's own full stop
        ("Sanders and Clinton see black votes as key in S.C.", "Sanders and Clinton see black votes as key in S.C."),
        ("Storm hits the U.S.", "Storm hits the U.S."),  # an abbreviation keeps its dot
    ],
)
def test_headline_with_a_full_stop_before_a_dateline(first: str, title: str) -> None:
    art = read_text(text_source(f"{first}\n\nPASADENA, Calif., Jan. 1 (UPI) — A handful of skywriters flew.\n\nMore."))
    assert art.title == title
    assert art.dateline == "PASADENA, Calif., Jan. 1 (UPI)"
    assert [p.text for p in art.paragraphs] == ["A handful of skywriters flew.", "More."]


@pytest.mark.parametrize(
    "first",
    [
        "This first paragraph is a full sentence.",  # ends with a full stop (and no dateline follows)
        "WASHINGTON — Officials met on Monday",  # a dateline, not a headline
    ],
)
def test_not_a_headline(first: str) -> None:
    art = read_text(text_source(f"{first}\n\nSecond paragraph."))
    assert art.paragraphs[-1].text == "Second paragraph."
    assert len(art.paragraphs) == 2


def test_headline_alone_is_not_taken() -> None:
    art = read_text(text_source("Only one line"))
    assert [p.text for p in art.paragraphs] == ["Only one line"]
    assert art.title == "Only one line"


def test_hard_wrapped_lines_are_joined_long_lines_are_paragraphs() -> None:
    wrapped = "The first line of a paragraph\nthat was wrapped by hand\nat a short width."
    assert split_paragraphs(wrapped) == ["The first line of a paragraph that was wrapped by hand at a short width."]
    long = ["A" + " long sentence" * 12 + ".", "B" + " other sentence" * 12 + "."]
    assert split_paragraphs("\n".join(long)) == long


_LONG = "The council voted on Tuesday to close the central library, and the mayor said the branch would " \
        "reopen as a community centre next year."


@pytest.mark.parametrize(
    ("name", "text", "paragraphs"),
    [
        ("a page pasted one paragraph a line", f"Home\nNews\nLibrary to close\nBy Jo Smith\n{_LONG}\nShare this",
         ["Home", "News", "Library to close", "By Jo Smith", _LONG, "Share this"]),
        ("a menu block", "Home\nNews\nSport\nContact us", ["Home", "News", "Sport", "Contact us"]),
        ("a heading over a paragraph wrapped at 60",
         "Library to close\nThe council voted on Tuesday to close the central library,\nand the mayor said "
         "the branch would reopen next year.",
         ["Library to close", "The council voted on Tuesday to close the central library, and the mayor said "
          "the branch would reopen next year."]),
        ("a wrapped line ending before a name", "The council voted on Tuesday to close the library, said\n"
         "Mayor Jo Smith, who opposed it.", ["The council voted on Tuesday to close the library, said Mayor Jo "
                                             "Smith, who opposed it."]),
        ("numbered items", "1\nLibrary to close\n2.\nPool to reopen", ["1 Library to close", "2. Pool to reopen"]),
    ],
)
def test_lines_of_a_block_become_paragraphs(name: str, text: str, paragraphs: list[str]) -> None:
    assert split_paragraphs(text) == paragraphs, name


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        ("One clean line.\n\nAnother one.", ["One clean line.", "Another one."]),
        ("  spaced   out \t line  \n\n\u00a0nbsp\u00a0line", ["spaced out line", "nbsp line"]),
        ("soft\xadhyphen stays\n\n\n\nlast", ["soft\xadhyphen stays", "last"]),
    ],
)
def test_split_paragraphs_normalises_whitespace_of_every_block(text: str, paragraphs: list[str]) -> None:
    assert split_paragraphs(text) == paragraphs


def test_crlf_and_bom_and_cp1252() -> None:
    crlf = "Headline here\r\n\r\nFirst “quoted” line \u2014 dash.\r\nsame paragraph.\r\n\r\nSecond.\r\n"
    for data in (crlf.encode("utf-8"), b"\xef\xbb\xbf" + crlf.encode("utf-8"), crlf.encode("cp1252")):
        art = read_text(text_source(data))
        assert art.title == "Headline here"
        assert [p.text for p in art.paragraphs] == ["First “quoted” line — dash. same paragraph.", "Second."]


# ---------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "text", "note"),
    [
        ("plain “curly” ‘quotes’ – and — dashes".encode(), "plain “curly” ‘quotes’ – and — dashes", None),
        (b"\xef\xbb\xbfwith BOM", "with BOM", None),
        ("café – “x”".encode("cp1252"), "café – “x”", "Windows-1252"),
        ("Zürich, naïve, façade".encode("latin-1"), "Zürich, naïve, façade", "Windows-1252"),
        ("“Good” start".encode() + b" then a stray \xe9 byte", "“Good” start then a stray é byte", "1 byte(s)"),
        ("It’s ‘fine’ – yes".encode().decode("cp1252").encode(), "It’s ‘fine’ – yes", "mojibake"),
        ("Café, £5, © and 😀".encode().decode("cp1252").encode(), "Café, £5, © and 😀", "mojibake"),
        ("Ã¢â‚¬â„¢ twice".encode(), "’ twice", "mojibake"),
        ("a\r\nb\rc".encode(), "a\nb\nc", None),
        ("bell\x07 and esc\x1b gone".encode(), "bell and esc gone", None),
        # C1 controls, form feed and non-characters in valid UTF-8 (the byte pre-test must see them)
        ("c1\x85 and\x9f, ff\x0c and \ufffe\uffff gone – “ok”".encode(), "c1 and, ff and  gone – “ok”", None),
        ("Â€ “x”".encode(), " “x”", "mojibake"),  # "Â€" is U+0080 misread: repaired, then dropped as a control
        ("x".encode("utf-16"), "x", "UTF-16"),
    ],
)
def test_decode(data: bytes, text: str, note: str | None) -> None:
    got, notes = decode(data, "f.txt")
    assert got == text
    if note is None:
        assert notes == ()
    else:
        assert any(note in n for n in notes), notes


@pytest.mark.parametrize(
    "legit",
    [
        "São João, Zürich and Ærøskøbing",
        "“Yes” — it’s ‘so’ – 5 €, ½ off…",
        "naïve café",
        "Ελληνικά, русский, 日本語",
        "«\u00a0un café\u00a0» et «\u00a0thé\u00a0»",  # é + NBSP + » is valid UTF-8 when misread: left alone
        "JÖRG’s and ÄRZTE’ — SÃO PAULO",
    ],
)
def test_decode_leaves_correct_text_alone(legit: str) -> None:
    assert decode(legit.encode(), "f.txt") == (legit, ())


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t\r\n  ", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"PK\x03\x04\x14\x00", "ZIP archive"),
        (b"hello\x00world" * 10, "NUL bytes"),
        (bytes(range(1, 32)) * 50, "control characters"),
    ],
)
def test_decode_refuses(data: bytes, problem: str) -> None:
    with pytest.raises(SourceError) as info:
        decode(data, "bad.txt")
    assert info.value.name == "bad.txt"
    assert problem in str(info.value)
    assert "\n" not in str(info.value)


# ---------------------------------------------------------------- front matter


@pytest.mark.parametrize(
    ("front", "note"),
    [
        ("title: Briefing: bad: yaml", "not valid YAML"),
        ("- a\n- list", "is a list"),
        ("just a sentence", "plain text"),
        ("a: &x [1, 2]\nb: *x", "aliases"),
        ("title: !!python/object:os.system x", "not valid YAML"),
        ("x: " + "[" * 600 + "]" * 600, "not valid YAML"),  # RecursionError inside PyYAML
        ("x: " + "[" * 50 + "]" * 50, "nested too deeply"),
    ],
)
def test_bad_front_matter_is_a_note_and_the_body_is_kept(front: str, note: str) -> None:
    art = read(text_source(f"---\n{front}\n---\n{BODY}\n", name="x.md", fmt="markdown"))
    assert [p.text for p in art.paragraphs] == [BODY]
    assert any(note in n for n in art.notes), art.notes
    assert art.date == MTIME_DATE and art.date_origin == "file"


@pytest.mark.parametrize("value", ["next Tuesday", "2025-02-30", "2024-13-45", "'0000-01-01'", "[2024]"])
def test_date_that_is_not_a_date_uses_the_file_date_and_says_so(value: str) -> None:
    art = read_markdown(text_source(f"---\ntitle: T\ndate: {value}\n---\n{BODY}\n", fmt="markdown"))
    assert (art.date, art.date_origin) == (MTIME_DATE, "file")
    assert any("is not a date; the file date is used" in n for n in art.notes), art.notes
    assert art.title == "T"  # the rest of the front matter is kept


@pytest.mark.parametrize(("value", "date"), [("2024-03-05", "2024-03-05"), ("2024-03-05 10:30:00", "2024-03-05"), ("'March 5, 2024'", "2024-03-05")])
def test_front_matter_dates(value: str, date: str) -> None:
    art = read_markdown(text_source(f"---\ndate: {value}\n---\n{BODY}\n", fmt="markdown"))
    assert (art.date, art.date_origin, art.notes) == (date, "source", ())


def test_front_matter_fields_and_other_keys() -> None:
    md = (
        "---\ntitle: \"A  title\\nwith a newline\"\ndate: 2024-03-05\nsource: The Paper\nurl: https://x.org/a\n"
        f"tags: [one, two, one]\nlicense: CC BY 2.5\n---\n# Heading\n\n{BODY}\n"
    )
    art = read(text_source(md, name="x.md", fmt="markdown"))
    assert art.title == "A title with a newline"
    assert (art.date, art.date_origin, art.source, art.url) == ("2024-03-05", "source", "The Paper", "https://x.org/a")
    assert art.tags == ("one", "two")
    assert art.meta == {"license": "CC BY 2.5"}
    assert [p.text for p in art.paragraphs] == ["Heading", BODY]


@pytest.mark.parametrize(
    ("key", "value"),
    [("title", "[a, b]"), ("title", "{x: 1}"), ("source", "[x]"), ("url", "true")],
)
def test_metadata_that_is_not_text_is_ignored_with_a_note(key: str, value: str) -> None:
    art = read(text_source(f"---\n{key}: {value}\n---\nSubscribe to Daily Planet today.\n\n{BODY}\n", fmt="markdown"))
    assert any(repr(key) in n and "not text" in n for n in art.notes), art.notes
    assert isinstance(art.title, str) and art.title
    assert art.url is None


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>", "ftp://x", "http://a b", "//evil"])
def test_only_http_urls_are_kept(url: str) -> None:
    art = read(text_source(f"---\nurl: '{url}'\n---\n{BODY}\n", fmt="markdown"))
    assert art.url is None
    assert any("not an http(s) address" in n for n in art.notes)


def test_front_matter_needs_its_closing_line() -> None:
    meta, body, notes = split_front_matter("---\ntitle: x\nno end\n", "x.md")
    assert meta == {} and "no end" in body and notes


def test_markdown_without_front_matter_takes_the_heading_as_title() -> None:
    art = read(text_source(f"# The Title\n\n{BODY}\n\n> A quote.\n\n- item\n", fmt="markdown"))
    assert art.title == "The Title"
    assert [(p.text, p.kind) for p in art.paragraphs] == [(BODY, "text"), ("A quote.", "quote"), ("item", "list")]


def test_markdown_raw_html_and_links_become_plain_text() -> None:
    md = (
        "<script>alert(1)</script>\n\nSee [the report](https://x.org) and <b>bold</b> text in this article.\n\n"
        "[bad](javascript:alert(2)) stays as written.\n"
    )
    art = read(text_source(md, fmt="markdown"))
    assert [p.text for p in art.paragraphs] == [
        "<script>alert(1)</script>",
        "See the report and <b>bold</b> text in this article.",
        "[bad](javascript:alert(2)) stays as written.",  # markdown-it refuses the link: literal text
    ]


# ---------------------------------------------------------------- metadata a source may lack


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("Short lead sentence. Second sentence.", "Short lead sentence"),
        ("A" + " word" * 40 + ".", "A" + " word" * 15 + "…"),
        ("Supercalifragilistic" * 10, ("Supercalifragilistic" * 10)[:79] + "…"),
    ],
)
def test_title_from_lead(lead: str, title: str) -> None:
    got = title_from_lead(lead)
    assert got == title
    assert len(got) <= 80


@pytest.mark.parametrize(
    ("lead", "limit", "title"),
    [
        # a title cut short does not end on a word that opens what was cut (article, preposition, conjunction,
        # auxiliary, subject pronoun): the one rule lead_title's headlines follow too (readers.common.shorten_title)
        ("The harbour master closed the northern pier to fishing boats for the winter after a storm.", 70,
         "The harbour master closed the northern pier to fishing boats…"),
        ("The orchard growers of the valley say the late frost has cost them half of the apple harvest.", 60,
         "The orchard growers of the valley say the late frost…"),
        ("The village choir sang at the old chapel and they will sing again next spring.", 50,
         "The village choir sang at the old chapel…"),
        # an object pronoun, "not" or a numeral may end what is said: kept
        ("Fishermen in the bay beat them by two goals in the final.", 38, "Fishermen in the bay beat them…"),
        ("The harbour master said the storm had not damaged the pier.", 46,
         "The harbour master said the storm had not…"),
        # a cut title keeps at least TITLE_MIN_WORDS words, even ending on such a word
        ("Into the deep of the old forest of the north.", 24, "Into the deep of the…"),
        # a lead that fits is not cut
        ("The pier is closed to the public. Boats must wait.", 80, "The pier is closed to the public"),
    ],
)
def test_a_title_from_the_lead_ends_on_a_word_of_its_own(lead: str, limit: int, title: str) -> None:
    assert title_from_lead(lead, limit) == title


@pytest.mark.parametrize(
    ("paragraphs", "publisher"),
    [
        (["Stay informed. Subscribe to HTT News for unlimited access."], "HTT News"),
        (["Subscribe to The Daily Planet today!"], "Daily Planet"),
        (["Sign up for Axios Pro."], "Axios Pro"),
        (["Subscribe to our newsletter."], None),
        (["Subscribe to Our Newsletter for updates"], None),
        (["Iran wants support for Hamas; " + "news " * 100 + "subscribe to Hamas"], None),  # long: news, not a prompt
        (["Nothing here."], None),
        (["A news paragraph.", "Subscribe to our newsletter.", "Or subscribe to The Record."], "Record"),  # first named
        (["Subscribe to " + "x" * 400, "SIGN UP FOR Axios Pro"], "Axios Pro"),  # long one skipped, case ignored
    ],
)
def test_publisher_from_paywall_text(paragraphs: list[str], publisher: str | None) -> None:
    assert publisher_from_text(paragraphs) == publisher


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T10:00:00Z", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("Tuesday, 5 March 2024", "2024-03-05"),
        ("Sept. 9 2024", "2024-09-09"),
        ("next Tuesday", None),
        ("2024-02-30", None),
        ("0000-01-01", None),
        (20240305, None),
        (None, None),
    ],
)
def test_parse_date(value: object, date: str | None) -> None:
    assert parse_date(value) == date


# ---------------------------------------------------------------- checks on every article


def test_long_paragraph_is_split_without_losing_text() -> None:
    sentence = "This is one sentence of a very long paragraph. "
    para = (sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))).strip()
    parts = split_long(para)
    assert len(parts) >= 3
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in parts)
    assert " ".join(parts) == para
    art = check_article(Article(name="a.txt", paragraphs=(Paragraph(para),)))
    assert any("split into" in n for n in art.notes)


def test_split_long_without_spaces_keeps_every_character() -> None:
    blob = "x" * (MAX_PARAGRAPH_CHARS * 2 + 5)
    assert "".join(split_long(blob)) == blob


def test_too_much_text_is_refused_with_the_reason() -> None:
    para = Paragraph("word " * (MAX_TEXT_CHARS // 5 + 10))
    with pytest.raises(SourceError, match="over the 200,000 limit"):
        check_article(Article(name="big.txt", paragraphs=(para,)))


def test_metadata_is_one_line_and_bounded() -> None:
    art = check_article(
        Article(name="a.md", paragraphs=(Paragraph(BODY),), title="x\n" * 400, source="A\r\nB", dateline="D\tE")
    )
    assert art.title and "\n" not in art.title and len(art.title) <= 301
    assert (art.source, art.dateline) == ("A B", "D E")
    assert any("title is" in n for n in art.notes)


@pytest.mark.parametrize(
    ("fmt", "data"),
    [
        ("text", b"   \n\n  "),
        ("markdown", b"---\ntitle: x\n---\n"),
        ("markdown", b"# Only a heading\n"),
        ("text", b"Home\n\nWorld\n\nLog in\n\nAccept cookies"),  # menus and buttons, no sentence
        ("text", "ホーム\n\nニュース\n\nログイン".encode()),
        ("html", b"<html><body><nav><a href='/'>Home</a></nav><p>Log in</p><p>Accept all</p></body></html>"),
    ],
)
def test_no_article_text(fmt: str, data: bytes) -> None:
    with pytest.raises(SourceError):
        read(text_source(data, name="e", fmt=fmt))


def test_reader_bug_becomes_a_source_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.readers as readers

    def broken(source: Source) -> Article:
        raise KeyError("boom")

    monkeypatch.setitem(readers.READERS, "text", broken)
    with pytest.raises(SourceError, match=r"a.txt: the text reader failed \(KeyError"):
        read(text_source("x"))


@pytest.mark.parametrize(
    ("name", "data", "fmt"),
    [("a.HTM", b"", "html"), ("a.markdown", b"", "markdown"), ("x", b"<!DOCTYPE html><p>", "html"), ("x", b"---\n", "markdown"), ("x", b"hi", "text")],
)
def test_guess_format(name: str, data: bytes, fmt: str) -> None:
    assert guess_format(name, data) == fmt


@pytest.mark.parametrize(
    "text",
    [
        "The council voted on Tuesday.",  # one short sentence is an article
        "“We will appeal,” the mayor said.",
        "Eight words without any full stop at the end",
        "報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。",  # no spaces: characters count
        "特に困ったのが、起動ショートカットキーに関する設定。",
    ],
)
def test_shortest_articles_are_read(text: str) -> None:
    assert [p.text for p in read(text_source(text)).paragraphs] == [text]


# ---------------------------------------------------------------- link density (HTML)


def _densities(html: str, lines: list[str]) -> list[float]:
    return link_densities(page_text(trafilatura.load_html(f"<html><head><title>t</title></head><body>{html}</body></html>")), lines)


def _share(linked: str, line: str) -> float:
    return len("".join(linked.split())) / len("".join(line.split()))


PROSE = "The council voted on Tuesday to close the central library at the end of the year."


@pytest.mark.parametrize(
    ("html", "lines", "expected"),
    [
        # a menu: every character is a link's
        ("<ul><li><a href='/'>Home</a></li><li><a href='/w'>World news</a></li></ul>", ["Home", "World news"], [1.0, 1.0]),
        # a link wrapping other markup counts whole
        ("<p><a href='/x'><b>Sport</b> and culture</a></p>", ["Sport and culture"], [1.0]),
        # prose with one linked word: small
        ("<p>The council <a href='/v'>voted</a> on Tuesday to close the central library at the end of the year.</p>",
         [PROSE], [_share("voted", PROSE)]),
        # the text after a link (its tail) is not in the link
        ("<p><a href='/r'>Read</a> the report the council published on Tuesday.</p>",
         ["Read the report the council published on Tuesday."], [_share("Read", "Read the report the council published on Tuesday.")]),
        # no links
        (f"<p>{PROSE}</p><p>Another plain paragraph follows here.</p>", [PROSE, "Another plain paragraph follows here."], [0.0, 0.0]),
        # the same words as a linked teaser and as the article's paragraph: each found in page order
        ("<p><a href='/b'>Budget passes after long night</a></p><p>Budget passes after long night</p>",
         ["Budget passes after long night", "Budget passes after long night"], [1.0, 0.0]),
        # trafilatura's table row rendering: found cell by cell
        ("<table><tr><td><a href='/k'>Kyle Busch</a></td><td>5040</td></tr></table>", ["| Kyle Busch | 5040 |"],
         [_share("Kyle Busch", "Kyle Busch 5040")]),
        # a list marker trafilatura added
        ("<ul><li><a href='/c'>camera</a></li></ul>", ["- camera"], [1.0]),
        # link text inside a script or a comment is not page text
        ("<script>var s = '<a>Weather</a>';</script><!-- <a>Weather</a> --><p>Weather warnings were issued today.</p>",
         ["Weather warnings were issued today."], [0.0]),
        # a line that is not in the page is never guessed to be links
        ("<p><a href='/'>Home</a></p>", ["Text that trafilatura made up"], [0.0]),
    ],
)
def test_link_density(html: str, lines: list[str], expected: list[float]) -> None:
    assert _densities(html, lines) == pytest.approx(expected)


def test_html_reader_sets_link_density_and_keeps_the_text() -> None:
    linked, plain_lead = "The committee <a href='/c'>report</a> ", "The committee "
    body = "".join(
        f"<p>{linked if i == 2 else plain_lead}said paragraph {i} of the story "
        "describes how the city council voted to close the central library next year.</p>"
        for i in range(6)
    )
    page = f"<html><head><title>Library to close</title></head><body><article>{body}</article></body></html>"
    art = read(text_source(page, name="a.html", fmt="html"))
    plain = trafilatura.bare_extraction(trafilatura.load_html(page), include_comments=False, with_metadata=False, fast=True)
    assert [p.text for p in art.paragraphs] == [line.strip() for line in plain.text.split("\n") if line.strip()]
    densities = {p.text.split(" of the story")[0]: p.link_density for p in art.paragraphs}
    assert densities["The committee report said paragraph 2"] == pytest.approx(
        _share("report", next(p.text for p in art.paragraphs if "paragraph 2" in p.text)))
    assert [d for text, d in densities.items() if "paragraph 2" not in text] == [0.0] * 5


def test_hover_card_inside_a_paragraph_is_not_glued_into_its_sentence() -> None:
    card = ("<span class='card'><img src='/p.jpg'><a href='/people/jo'>Jo Ann Smith</a>"
            "<a href='/news/1'>Smith backs the library plan</a> <a href='/news/2'>Council votes on budget</a></span>")
    body = "".join(f"<p>Paragraph {i} says the city council voted to close the central library next year.</p>"
                   for i in range(5))
    page = (f"<html><body><article><p>Mayor <span><a href='/people/jo'>Jo Smith</a>{card}</span> said the council "
            f"would vote on the library budget in the spring.</p>{body}</article></body></html>")
    art = read(text_source(page, name="a.html", fmt="html"))
    assert art.paragraphs[0].text == "Mayor Jo Smith said the council would vote on the library budget in the spring."
    assert len(art.paragraphs) == 6


_HTML_PIECES = st.sampled_from([
    "<a href='/x'>", "</a>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<table><tr><td>", "</td><td>", "</tr></table>",
    "<b>", "</b>", "<script>", "</script>", "<!--", "-->", " ", "\n", "|", "- ", "Home", "The council voted today. ",
    "news", "é", "報道", "<noscript>", "</noscript>", "<a href='/y'><a href='/z'>", "<i>", "</i>", "<head>", "</head>",
    "\ufdd0", "\ufdd1",  # page_text's own link markers, in the page's text
])


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(_HTML_PIECES, max_size=40), lines=st.lists(st.text(max_size=30) | _HTML_PIECES, max_size=6))
def test_link_density_is_a_share_for_any_html(pieces: list[str], lines: list[str]) -> None:
    html = "<html><body>" + "".join(pieces) + "</body></html>"
    tree = trafilatura.load_html(html)
    if tree is None:
        return
    page = page_text(tree)
    lines = [line for line in lines if line.strip()] + [page.text[:20]] * bool(page.text)
    assert len(page.starts) == len(page.ends)
    assert all(0 <= start < end <= len(page.text) for start, end in zip(page.starts, page.ends))
    densities = link_densities(page, lines)
    assert len(densities) == len(lines)
    assert all(0.0 <= d <= 1.0 for d in densities)
    try:
        art = read_html(Source(name="x.html", format="html", data=html.encode(), mtime=0.0))
    except SourceError:
        return
    assert all(0.0 <= p.link_density <= 1.0 for p in art.paragraphs)


@pytest.mark.parametrize("body", [
    "<table><tr><td>- </td></tr></table>",  # trafilatura reads it as the row '| - |', a table rule and nothing else
    "<table><tr><td>--</td><td>---</td></tr></table>",
])
def test_a_page_whose_only_text_is_a_table_rule_is_named_as_having_no_article_text(body: str) -> None:
    source = Source(name="rule.html", format="html", data=f"<html><body>{body}</body></html>".encode(), mtime=0.0)
    with pytest.raises(SourceError, match="rule.html: no article text found in the page"):
        read_html(source)


_NOT_PAGE_TEXT = {"head", "script", "style", "noscript", "template"}


def _reference_page_text(tree: HtmlElement) -> tuple[str, set[int]]:
    """page_text's definition, walked element by element: the text outside head, script, style,
    noscript, template and comments, without whitespace; and the offsets of characters inside <a>."""
    chars: list[str] = []
    linked: set[int] = set()

    def add(text: str | None, in_link: bool) -> None:
        for char in "".join((text or "").split()):
            if in_link:
                linked.add(len(chars))
            chars.append(char)

    def visit(element: HtmlElement, in_link: bool) -> None:
        if not isinstance(element.tag, str) or element.tag in _NOT_PAGE_TEXT:
            return
        in_link = in_link or element.tag == "a"
        add(element.text, in_link)
        for child in element:
            visit(child, in_link)
            add(child.tail, in_link)

    visit(tree, False)
    return "".join(chars), linked


@settings(max_examples=80, deadline=None)
@given(pieces=st.lists(_HTML_PIECES, max_size=40))
def test_page_text_matches_an_element_by_element_walk(pieces: list[str]) -> None:
    tree = trafilatura.load_html("<html><body>" + "".join(pieces).replace("\ufdd0", "").replace("\ufdd1", "") + "</body></html>")
    if tree is None:
        return
    page = page_text(tree)
    text, linked = _reference_page_text(tree)
    assert page.text == text
    assert {i for start, end in zip(page.starts, page.ends) for i in range(start, end)} == linked
    assert all(start < end for start, end in zip(page.starts, page.ends))


def test_link_markers_in_the_page_are_not_read_as_links() -> None:
    page = ("<html><head><title>Flood</title></head><body><article>"
            + "<p>Rivers rose \ufdd0 across the region on Tuesday and \ufdd1 officials opened three shelters.</p>" * 4
            + "</article></body></html>")
    art = read(text_source(page, name="a.html", fmt="html"))
    assert art.paragraphs and all(p.link_density == 0.0 for p in art.paragraphs)
    assert not any("\ufdd0" in p.text or "\ufdd1" in p.text for p in art.paragraphs)


@pytest.mark.parametrize(("page", "publisher"), [
    ("Headline here\n\nThe council met on Monday to discuss the budget for next year.\n\nSubscribe to The Daily Planet",
     "Daily Planet"),
    ("The council met on Monday to discuss the budget for next year and beyond.\n\nNo prompt on this page.", None),
    # the prompt ends a paragraph too long to be one; only once check_article splits it is it found
    ("The council met on Monday to discuss the budget. " + "It talked. " * 915 + "Subscribe to The Daily Planet",
     "Daily Planet"),
])
def test_text_pages_find_the_publisher_in_a_prompt(page: str, publisher: str | None) -> None:
    assert read(Source("page.txt", "text", page.encode())).source == publisher


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("The U.S. Senate voted on Tuesday to approve the bill. It now goes to the House.",
         "The U.S. Senate voted on Tuesday to approve the bill"),
        ("Sen. Mark Warner said the plan would fail. Others agreed.", "Sen. Mark Warner said the plan would fail"),
        ("Officials in St. Louis met on Monday. They agreed.", "Officials in St. Louis met on Monday"),
        ('He said "we won." Then he left.', 'He said "we won."'),
        ("Is it over? Yes.", "Is it over?"),
        ("It rained in the U.S. The next day it stopped.", "It rained in the U.S. The next day it stopped"),
        # the sentence splitter's abbreviations (extract/sentences.py), shared
        ("Trump vs. Clinton drew a record audience. Ratings rose.", "Trump vs. Clinton drew a record audience"),
        ("Gen. Mark Milley and Lt. Col. Jane Doe spoke on Jan. 5. Then they left.",
         "Gen. Mark Milley and Lt. Col. Jane Doe spoke on Jan. 5"),
        ("He ranked No. 5 in the poll. Others fell.", "He ranked No. 5 in the poll"),
        ("The answer was no. Then he left.", "The answer was no"),
    ],
)
def test_title_from_lead_ends_at_the_first_sentence(lead: str, title: str) -> None:
    from briefgen.readers.common import title_from_lead

    assert title_from_lead(lead) == title


@pytest.mark.parametrize(
    ("head", "date"),
    [
        # no date in the tags: the page's structured data (JSON-LD) dates it
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-19T17:42:40+00:00"}'
         '</script>', "2019-11-19"),
        # a date in the tags wins over the structured data
        ('<meta property="article:published_time" content="2020-01-02">'
         '<script type="application/ld+json">{"datePublished": "2019-11-19"}</script>', "2020-01-02"),
        # another script's "datePublished" (a tracker's settings) is no structured data
        ('<script>var x = {"datePublished": "2019-11-19"};</script>', None),
        # last, the date in the page's own address
        ('<link rel="canonical" href="https://news.example/2019/11/18/business/bridge.html">', "2019-11-18"),
        ('<link rel="canonical" href="https://news.example/2019/11/18/business/bridge.html">'
         '<script type="application/ld+json">{"datePublished": "2019-11-19"}</script>', "2019-11-19"),
        ('<link rel="canonical" href="https://news.example/2019/13/45/bridge.html">', None),  # no such day
        ('<link rel="canonical" href="https://news.example/bridge-2019/11/18">', None),  # no folders of a date
    ],
)
def test_html_date_from_structured_data(head: str, date: str | None) -> None:
    body = "<p>" + " ".join(["The council voted on Tuesday to close the old bridge to lorries."] * 4) + "</p>"
    page = f"<html><head><title>Bridge closed</title>{head}</head><body><article>{body}{body}</article></body></html>"
    art = read(Source(name="a.html", format="html", data=page.encode(), mtime=None))
    assert art.date == date
    assert art.date_origin == ("source" if date else "none")


@pytest.mark.parametrize(
    ("site", "source"),
    [
        ("The Valley Herald", "The Valley Herald"),
        ("The Valley Herald | Valleyherald.com", "The Valley Herald"),  # the name, not its address or slogan
        ("Harbour Daily | News | Sport | Weather", "Harbour Daily"),
        ("@valleyherald", None),  # a social handle is no publication's name
    ],
)
def test_html_source_from_site_name(site: str, source: str | None) -> None:
    body = "<p>" + " ".join(["The council voted on Tuesday to close the old bridge to lorries."] * 4) + "</p>"
    page = (f'<html><head><title>Bridge closed</title><meta property="og:site_name" content="{site}"></head>'
            f"<body><article>{body}{body}</article></body></html>")
    assert read(Source(name="a.html", format="html", data=page.encode(), mtime=None)).source == source


@pytest.mark.parametrize(("url", "source"), [
    ("https://www.nytimes.com/2019/11/18/business/bridge.html", "nytimes.com"),  # no name on the page: its site
    ("https://blog.example.org/post", "blog.example.org"),
    ("http://localhost/post", None),  # no site's name
])
def test_a_page_naming_no_publication_has_its_site_as_source(url: str, source: str | None) -> None:
    body = "<p>" + " ".join(["The council voted on Tuesday to close the old bridge to lorries."] * 4) + "</p>"
    page = (f'<html><head><title>Bridge closed</title><link rel="canonical" href="{url}"></head>'
            f"<body><article>{body}{body}</article></body></html>")
    assert read(Source(name="a.html", format="html", data=page.encode(), mtime=None)).source == source
