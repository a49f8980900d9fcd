"""Property tests: readers raise nothing but SourceError on any bytes, and never lose a paragraph's text."""

from __future__ import annotations

import unicodedata

import yaml

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.errors import SourceError
from briefgen.extract.quote_marks import with_curly_marks
from briefgen.model import Article, Source
from briefgen.readers import read
from briefgen.readers.common import _MOJIBAKE
from briefgen.readers.html import read_html
from briefgen.readers.markdown import read_markdown
from briefgen.readers.text import read_text

PROPS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that stress every decoding path: BOMs, stray high bytes, NULs, CR, markup and YAML fences.
_PIECES = [
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00", b"\r\n", b"\r", b"\n\n", b"---\n", b"...\n",
    b"\x80", b"\x9d", b"\xc3", b"\xe2\x80", b"\xe2\x80\x99", b"<p>", b"</p>", b"<html>", b"# ", b"> ",
    b"title: ", b"date: ", b"[", b"]", b"{", b"&", b"*x", b"&a ", b"\t", b" ", b"WASHINGTON \xe2\x80\x94 ",
    "Café “quoted” — text. ".encode(), b"Subscribe to ",
]
hostile_bytes = st.one_of(
    st.binary(max_size=400),
    st.lists(st.sampled_from(_PIECES) | st.binary(max_size=8), max_size=40).map(b"".join),
)
READERS = {"text": read_text, "markdown": read_markdown, "html": read_html}


def _call(fn, data: bytes, fmt: str) -> Article | None:  # type: ignore[no-untyped-def]
    try:
        return fn(Source(name=f"x.{fmt}", format=fmt, data=data, mtime=0.0))  # type: ignore[arg-type]
    except SourceError as exc:
        assert exc.name == f"x.{fmt}"
        assert "\n" not in str(exc)
        return None


@PROPS
@given(data=hostile_bytes, fmt=st.sampled_from(["text", "markdown"]))
def test_text_and_markdown_readers_raise_only_source_error(data: bytes, fmt: str) -> None:
    _call(READERS[fmt], data, fmt)


@settings(max_examples=40, deadline=None)
@given(data=hostile_bytes)
def test_html_reader_raises_only_source_error(data: bytes) -> None:
    _call(read_html, data, "html")


@PROPS
@given(data=hostile_bytes, fmt=st.sampled_from(["text", "markdown", "html"]))
def test_read_output_is_always_usable(data: bytes, fmt: str) -> None:
    art = _call(read, data, fmt)
    if art is None:
        return
    assert art.paragraphs and all(p.text.strip() for p in art.paragraphs)
    for value in (art.title, art.source, art.dateline, art.url, *art.tags):
        assert value is None or ("\n" not in value and value == value.strip())
    assert art.title
    assert art.url is None or art.url.startswith(("http://", "https://"))


# ---------------------------------------------------------------- nothing lost

# News-like words: letters (any script), digits, punctuation that news uses, curly quotes and dashes.
word = st.text(
    alphabet=st.characters(
        categories=("Lu", "Ll", "Nd", "Po", "Pd", "Pi", "Pf", "Sc"),
        exclude_characters="#*_`[]<>\\|!&{}~=+-",
    ),
    min_size=1,
    max_size=12,
)
paragraph = st.lists(word, min_size=8, max_size=20).map(" ".join)
# Runs that are valid UTF-8 misread as Windows-1252 ("Ã©") are repaired by design: kept out here.
article_paragraphs = st.lists(paragraph, min_size=1, max_size=5).filter(lambda ps: not _MOJIBAKE.search(" ".join(ps)))


def _words(texts: list[str]) -> str:
    """Text with all whitespace removed, NFC-normalised: what must survive reading."""
    return unicodedata.normalize("NFC", "".join("".join(texts).split()))


def _kept(art: Article, paras: list[str], title_may_be_first: bool) -> bool:
    """The input is [headline] [dateline + dash] body, with nothing missing or added (apostrophe pairs used as
    quotation marks, ''so'', are shown as the curly marks they are: the one change readers make to the words)."""
    expected = _words([with_curly_marks(p) for p in paras])
    body = _words([p.text for p in art.paragraphs])
    heads = [_words([art.title])] if title_may_be_first and art.title else []
    for head in [*heads, ""]:
        if not expected.startswith(head):
            continue
        rest = expected[len(head):]
        if art.dateline:
            dateline = _words([art.dateline])
            if not rest.startswith(dateline):
                continue
            rest = rest[len(dateline):].lstrip("—–-")
        if rest == body:
            return True
    return False


@PROPS
@given(
    paras=article_paragraphs,
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
)
def test_text_reader_keeps_every_word_in_order(paras: list[str], encoding: str, newline: str) -> None:
    data = (newline * 2).join(paras).encode(encoding)
    art = read(Source(name="x.txt", format="text", data=data, mtime=0.0))
    assert _kept(art, paras, title_may_be_first=True), (art.title, art.dateline, art.paragraphs)


@PROPS
@given(paras=article_paragraphs)
def test_text_reader_keeps_every_word_in_cp1252(paras: list[str]) -> None:
    text = "\n\n".join(paras)
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        return
    try:
        if data.decode("utf-8") != text:
            return  # the cp1252 bytes are also UTF-8 ("ÄŠ" is the bytes of "Ċ"): read as UTF-8, the likelier reading
    except UnicodeDecodeError:
        pass
    art = read(Source(name="x.txt", format="text", data=data, mtime=0.0))
    assert _kept(art, paras, title_may_be_first=True), (art.title, art.dateline, art.paragraphs)


@PROPS
@example(paras=[": 0 0 0 0 0 0 0''"], title=None)  # (a lone pair of apostrophes closes a quotation: shown ”)
@example(paras=["He said ''no way'' to the plan today and left the room."], title="He said ''no way''")
@given(paras=article_paragraphs.filter(lambda ps: not any(p[:1].isdigit() for p in ps)), title=st.none() | paragraph.filter(lambda t: not _MOJIBAKE.search(t)))
def test_markdown_reader_keeps_every_paragraph(paras: list[str], title: str | None) -> None:
    # (a paragraph opening with "1." or "1)" is a Markdown list item: excluded above)
    front = "---\n" + yaml.safe_dump({"title": title}, allow_unicode=True) + "---\n" if title else ""
    data = (front + "\n\n".join(paras)).encode()
    art = read(Source(name="x.md", format="markdown", data=data, mtime=0.0))
    assert _kept(art, paras, title_may_be_first=False), (art.title, art.dateline, art.paragraphs)
    if title:
        assert art.title == unicodedata.normalize("NFC", " ".join(with_curly_marks(title).split()))
