"""Mutated Wikinews articles through analyze() and the briefing template: no crash, same output twice, no markup."""

from __future__ import annotations

import random
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from briefgen import analyze
from briefgen.errors import SourceError
from briefgen.site import Entry, briefing_page, page_data

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
ARTICLES = ("2008-01-20-wikinews-news-hackers.md", "2009-04-04-wikinews-interview-chomsky.md")
needs_data = pytest.mark.skipif(not all((DATA / "corpus" / "articles" / a).is_file() for a in ARTICLES),
                                reason="../shared/data not present")
MARK = "x116"  # in every fragment, so the page check can find what the text brought in
# Markup in the article text: each must reach the page as text, never as an element, attribute or Markdown.
FRAGMENTS = (
    f'<script>alert("{MARK}")</script>',
    f'<img src=x onerror=alert("{MARK}")>',
    f'<a href="javascript:alert(1)">click {MARK}</a>',
    f"<b>bold {MARK}</b>",
    f"</div></p><iframe src=//evil.example/{MARK}>",
    f"{{{{ config.{MARK} }}}} {{% raw %}}",
    f"# Heading {MARK}",
    f"[link {MARK}](http://evil.example/{MARK})",
    f"**strong {MARK}**",
    f"`code {MARK}`",
    f"<details open><summary>{MARK}</summary>",
)
# Elements no template writes (templates/*.html.j2): a marker's text inside one is markup the text brought in.
NOT_IN_TEMPLATES = frozenset("script b i pre iframe h1 h3 h4 h5 h6 table td span".split())
# The fragments' inner words: an element around exactly these (<strong>strong x116</strong>) is their markup read.
INNER_TEXTS = frozenset(f"{word} {MARK}" for word in ("bold", "click", "link", "strong", "code", "Heading"))


def _body(text: str) -> tuple[str, str]:
    """(front matter, body) of a corpus article."""
    head, body = text[4:].split("\n---\n", 1)
    return f"---\n{head}\n---\n", body


def _markup(text: str, rng: random.Random) -> str:
    """Every fragment added to a paragraph, alone, in a quote with a speaker, or in a dated, hedged sentence (so
    that quotes, actors, questions and the timeline all meet it), and a headline of markup."""
    head, body = _body(text)
    paras = [p for p in body.split("\n\n") if p.strip()]
    for n, frag in enumerate(FRAGMENTS):
        where = rng.randrange(len(paras))
        said = (frag, f'"{frag} is what we saw," said John Smith.',
                f"President <i>Jane</i> Doe{n} said it may fail {frag} by May 3, 2030.")[n % 3]
        paras[where] += " " + said
    return head + f"{FRAGMENTS[0]} {FRAGMENTS[6]}\n\n" + "\n\n".join(paras)


def _sprinkle(chars: str, share: float) -> Callable[[str, random.Random], str]:
    """After a `share` of the letters, one of `chars` (zero-width, RTL or combining marks)."""
    def mutate(text: str, rng: random.Random) -> str:
        head, body = _body(text)
        return head + "".join(c + rng.choice(chars) if c.isalpha() and rng.random() < share else c for c in body)
    return mutate


def _unbalanced(text: str, rng: random.Random) -> str:
    head, body = _body(text)
    chars = list(body)
    for _ in range(30):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice("\"“”(([[{'‘"))
    return head + "".join(chars)


def _long_word(text: str, rng: random.Random) -> str:
    head, body = _body(text)
    return head + body + "\n\nA word: " + "".join(rng.choice("abcdefghijk") for _ in range(5000)) + " ends here.\n"


# name: (mutation, file name suffix): the shapes of broken text a paste or a bad save gives.
MUTATIONS: dict[str, tuple[Callable[[str, random.Random], str], str]] = {
    "markup": (_markup, ".md"),
    "markup-as-text": (_markup, ".txt"),
    "truncated": (lambda t, rng: t[: rng.randrange(len(t) // 3, len(t))], ".md"),
    "all-caps": (lambda t, rng: _body(t)[0] + _body(t)[1].upper(), ".md"),
    "no-punctuation": (lambda t, rng: _body(t)[0] + "".join(c for c in _body(t)[1] if c.isalnum() or c.isspace()), ".md"),
    "unbalanced-marks": (_unbalanced, ".md"),
    "zero-width": (_sprinkle("\u200b\u200d\ufeff\u00ad\u2060", 0.2), ".md"),
    "right-to-left": (_sprinkle("\u202e\u200f\u202b", 0.1), ".md"),
    "combining": (_sprinkle("\u0301\u0308\u0327", 0.3), ".md"),
    "crlf": (lambda t, rng: t.replace("\n", "\r\n"), ".md"),
    "cr": (lambda t, rng: t.replace("\n", "\r"), ".txt"),
    "long-word": (_long_word, ".md"),
    "headline-only": (lambda t, rng: _body(t)[1].strip().split("\n")[0] + "\n", ".txt"),
}


class _Page(HTMLParser):
    """What of the text markers a page shows as markup: (what, where) pairs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key.startswith("on") or MARK in (value or "") or "javascript:" in (value or "").lower():
                self.found.append((f"attribute {key}={value!r}", tag))
        if tag not in ("img", "br", "hr", "meta", "link", "input", "wbr"):
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if MARK in data and self.open and (self.open[-1] in NOT_IN_TEMPLATES or data.strip() in INNER_TEXTS):
            self.found.append((data.strip()[:60], "/".join(self.open[-3:])))


def _mutated(article: str, name: str) -> tuple[str, bytes]:
    mutate, suffix = MUTATIONS[name]
    rng = random.Random(f"{article}:{name}")  # fixed per case: the same text on every run
    text = (DATA / "corpus" / "articles" / article).read_text(encoding="utf-8")
    return Path(article).stem + "--" + name + suffix, mutate(text, rng).encode("utf-8")


# Every mutation of the news report; of the interview (its speaker labels and turns) the ones that break structure.
CASES = [(ARTICLES[0], name) for name in sorted(MUTATIONS)] + [
    (ARTICLES[1], name) for name in ("markup", "markup-as-text", "truncated", "unbalanced-marks", "crlf")]


@needs_data
@pytest.mark.parametrize(("article", "name"), CASES)
def test_mutated_article_gives_the_same_safe_page_twice_or_a_clear_error(article: str, name: str) -> None:
    file_name, data = _mutated(article, name)
    try:
        first = analyze(data, name=file_name)
    except SourceError as error:
        assert file_name in str(error)  # refused with a message naming the file, as the build reports it
        return
    # Another article in between: no stage may carry anything from one article to the next.
    analyze((DATA / "corpus" / "articles" / ARTICLES[0]).read_bytes(), name=ARTICLES[0])
    again = analyze(data, name=file_name)
    assert again.to_dict() == first.to_dict()
    page = _Page()
    page.feed(briefing_page(Entry(slug="fuzz", data=page_data(first)), {}))
    assert page.found == []


@needs_data
def test_markup_reaches_the_page_as_text() -> None:
    """The check above can see markup: the fragments' text is on the page, escaped."""
    file_name, data = _mutated(ARTICLES[0], "markup")
    html = briefing_page(Entry(slug="fuzz", data=page_data(analyze(data, name=file_name))), {})
    assert "&lt;script&gt;" in html and "<script>alert" not in html and f"bold {MARK}" in html
