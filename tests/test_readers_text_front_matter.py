"""A .txt source's YAML front matter is read as a Markdown source's is: title, date, corrections…; a '---' rule is text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from markdown_helpers import page_title, section
from sample_articles import UNDATED_BRIDGE
from test_reader_properties import PROPS, _kept, article_paragraphs, paragraph

from briefgen.build import generate
from briefgen.config import BriefConfig
from briefgen.extract.quote_marks import with_curly_marks
from briefgen.model import Source
from briefgen.readers import read
from briefgen.readers.common import _MOJIBAKE

MTIME = 1_700_000_000.0  # 2023-11-14 UTC
MTIME_DATE = "2023-11-14"
BODY = "The body paragraph of a short test article."


def text(data: str) -> Source:
    return Source(name="a.txt", format="text", data=data.encode("utf-8"), mtime=MTIME)


def test_front_matter_fields_and_other_keys() -> None:
    art = read(text("---\ntitle: \"A  title\"\ndate: 2024-03-05\nsource: The Paper\nurl: https://x.org/a\n"
                    f"tags: [one, two, one]\nlicense: CC BY 2.5\n---\n{BODY}\n"))
    assert art.title == "A title" and not art.title_guessed
    assert (art.date, art.date_origin, art.source, art.url) == ("2024-03-05", "source", "The Paper", "https://x.org/a")
    assert art.tags == ("one", "two")
    assert art.meta == {"license": "CC BY 2.5"}
    assert [p.text for p in art.paragraphs] == [BODY]
    assert art.notes == ()


@pytest.mark.parametrize(("front", "date", "origin"), [
    ("date: 2024-03-05", "2024-03-05", "source"),  # an undated paste dated by its editor
    ("date: 'March 5, 2024'", "2024-03-05", "source"),
    ("title: Only a title", MTIME_DATE, "file"),
])
def test_front_matter_dates_a_paste_and_its_headline_is_still_read(front: str, date: str, origin: str) -> None:
    art = read(text(f"---\n{front}\n---\n{UNDATED_BRIDGE}"))
    assert (art.date, art.date_origin) == (date, origin)
    assert art.title == ("Only a title" if "title" in front else "Bridge to reopen after repairs")
    assert "---" not in " ".join(p.text for p in art.paragraphs) and "date:" not in art.paragraphs[0].text


@pytest.mark.parametrize(("front", "note"), [
    # front matter that is broken is named as for Markdown, and the block stays out of the text
    ("title: Briefing: bad: yaml", "not valid YAML"),
    ("a: &x [1, 2]\nb: *x", "aliases"),
    ("title: !!python/object:os.system x", "not valid YAML"),
    ("x: " + "[" * 600 + "]" * 600, "not valid YAML"),
    ("x: " + "[" * 50 + "]" * 50, "nested too deeply"),
    ("date: next Tuesday", "'next Tuesday' is not a date; the file date is used"),
    ("title: [a, b]", "front matter 'title' is not text; ignored"),
])
def test_bad_front_matter_is_a_note_and_the_body_is_kept(front: str, note: str) -> None:
    art = read(text(f"---\n{front}\n---\n{BODY}\n"))
    assert [p.text for p in art.paragraphs] == [BODY]
    assert any(note in n for n in art.notes), art.notes
    assert art.date == MTIME_DATE and art.date_origin == "file"


@pytest.mark.parametrize("data", [
    # a '---' rule opening prose is no front matter: every line is kept as text
    f"---\nThe storm closed the port: ferries stayed in.\n---\n{BODY}\n",
    f"---\n\ntitle: a line of the article\n---\n{BODY}\n",
    f"--- \nTitle: Said the mayor\n---\n{BODY}\n",
])
def test_a_rule_opening_prose_is_text(data: str) -> None:
    art = read(text(data))
    words = " ".join([art.title or "", *(p.text for p in art.paragraphs)])
    for line in data.splitlines()[1:]:
        assert line.strip("- ") in words or line.startswith("---"), (line, words)
    assert art.meta == {} and art.date_origin == "file"


def test_front_matter_without_its_closing_line_is_read_as_text() -> None:
    art = read(text(f"---\ntitle: x\n\n{BODY}\n"))
    assert any("no closing '---' line" in n for n in art.notes), art.notes
    assert BODY in [p.text for p in art.paragraphs]


CORRECTED = """---
title: Corrected title
date: 2024-03-05
corrections:
  drop_paragraphs: ["Engineers found cracks"]
  hide_quotes: ["traffic to return"]
---
""" + UNDATED_BRIDGE


def test_a_paste_dated_and_corrected_in_front_matter_builds_so(project: Path) -> None:
    (project / "seeds" / "bridge.txt").write_text(CORRECTED, encoding="utf-8")
    for _ in range(2):  # the second run comes from the cache and must look the same
        generate(BriefConfig(root=project))
        page = (project / "site_src" / "briefings" / "bridge.md").read_text(encoding="utf-8")
        assert page_title(page) == "Corrected title"
        assert "2024-03-05" in page and "(file date)" not in page
        assert "Engineers found cracks" not in section(page, "full-text")
        assert section(page, "key-quotes") == ""
    assert (project / "site_src" / "archive" / "2024-03.md").is_file()


@PROPS
@given(paras=article_paragraphs, title=paragraph.filter(lambda t: not _MOJIBAKE.search(t)))
def test_text_reader_keeps_every_paragraph_after_front_matter(paras: list[str], title: str) -> None:
    # (mirrors test_reader_properties.test_markdown_reader_keeps_every_paragraph)
    data = ("---\n" + yaml.safe_dump({"title": title}, allow_unicode=True) + "---\n" + "\n\n".join(paras)).encode()
    art = read(Source(name="x.txt", format="text", data=data, mtime=0.0))
    assert _kept(art, paras, title_may_be_first=False), (art.title, art.dateline, art.paragraphs)
    assert art.title == unicodedata.normalize("NFC", " ".join(with_curly_marks(title).split()))
