"""A saved page laid out in a table (the article in one cell, a sidebar in the next): its cells are read as blocks, so
each of the article's paragraphs stays a paragraph (html.LAYOUT_CELL_BLOCKS); a data table keeps its rows. An empty
block standing for a line break between two runs of text breaks the line (html.EMPTY_BREAK_TAGS)."""

from __future__ import annotations

import lxml.html
import pytest

from briefgen.model import Source
from briefgen.readers import read
from briefgen.readers.html import _unwrap_layout_tables

PARAGRAPHS = (
    "The ferry crews walked out at dawn on Monday and left hundreds of commuters waiting on the pier while the "
    "harbour authority and the union argued over the new rosters.",
    "Union officials said the rosters added two night shifts a week without the extra pay the agreement promised, "
    "and that the crews would stay out until the authority withdrew them.",
    "The harbour authority said it had offered talks on Wednesday and that a reduced timetable would run from the "
    "afternoon, with buses replacing the early boats across the bay.",
)
SIDEBAR = "<h3>Top stories</h3><p>Council approves the new bridge budget after a long night of debate.</p>"


def _lines(body: str) -> list[str]:
    page = f"<html><head><title>Ferry crews walk out</title></head><body>{body}</body></html>"
    article = read(Source(name="x.html", format="html", data=page.encode(), mtime=0.0))
    return [p.text for p in article.paragraphs]


def _article_cell(head: str = "<h1>Ferry crews walk out at dawn</h1>") -> str:
    return head + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


@pytest.mark.parametrize("layout", [
    # the article's cell beside a sidebar's cell
    "<table><tr><td>{article}</td><td>" + SIDEBAR + "</td></tr></table>",
    # with tbody, and the cells one row each
    "<table><tbody><tr><td>{article}</td></tr><tr><td>" + SIDEBAR + "</td></tr></tbody></table>",
    # a layout table inside another
    "<table><tr><td><table><tr><td>{article}</td></tr></table></td><td>" + SIDEBAR + "</td></tr></table>",
    # header cells count as cells
    "<table><tr><th>{article}</th></tr></table>",
])
def test_each_paragraph_of_an_article_laid_out_in_a_table_stays_a_paragraph(layout: str) -> None:
    lines = _lines(layout.format(article=_article_cell()))
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert not any(line.startswith("|") for line in lines)


@pytest.mark.parametrize(("table", "divs"), [
    ("<table><tr><td><h2>Ferry crews walk out</h2></td></tr></table>", 3),  # a heading in a cell: layout (table, row, cell)
    ("<table><tr><td><div><p>The crews walked out.</p></div></td></tr></table>", 3),  # however deep
    ("<table><tr><td>North pier</td><td>14</td></tr></table>", 0),  # a data table
    # a pull quote's box (no paragraph of its own) inside a layout table stays a table
    ("<table><tr><td><p>The crews walked out.</p><table><tr><td>“We stay out.”</td></tr></table></td></tr></table>", 3),
])
def test_which_tables_become_blocks(table: str, divs: int) -> None:
    tree = lxml.html.fromstring(f"<html><body>{table}</body></html>")
    _unwrap_layout_tables(tree)
    assert len(tree.findall(".//div")) - table.count("<div>") == divs


@pytest.mark.parametrize("cells", [
    ("Crossing", "Boats a day", "Passengers"),
    ("North pier", "14", "3,200"),
])
def test_a_data_table_keeps_its_rows(cells: tuple[str, str, str]) -> None:
    rows = "".join(f"<tr>{''.join(f'<td>{c}</td>' for c in row)}</tr>"
                   for row in (("Crossing", "Boats a day", "Passengers"), ("North pier", "14", "3,200")))
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + f"<table>{rows}</table>"
    row_line = next(line for line in _lines(body) if cells[0] in line)
    assert row_line.startswith("|")
    assert all(cell in row_line for cell in cells)


@pytest.mark.parametrize(("inner", "lines"), [
    # an empty block standing for a line break between two runs of text
    ("The crews walked out on Monday.<div class='br'></div>The authority offered talks on Wednesday.",
     ["The crews walked out on Monday.", "The authority offered talks on Wednesday."]),
    ("The crews walked out on Monday.<b>!</b> Then<p></p>The authority offered talks.",
     ["The crews walked out on Monday.! Then", "The authority offered talks."]),
    # empty blocks at the edge of the text, or with nothing after them, break nothing
    ("<div></div>The crews walked out on Monday. The authority offered talks on Wednesday.<div></div>",
     ["The crews walked out on Monday. The authority offered talks on Wednesday."]),
])
def test_an_empty_block_between_two_runs_of_text_breaks_the_line(inner: str, lines: list[str]) -> None:
    got = _lines(f"<article><h1>Ferry crews walk out at dawn</h1><div>{inner}</div>"
                 + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article>")
    assert [line for line in got if line not in PARAGRAPHS][1:] == lines  # (after the headline)


@pytest.mark.parametrize("head", [
    "<tr><th>Crossing</th><th>Boats a day</th><th>Passengers</th></tr>",
    "<thead><tr><th>Crossing</th><th>Boats a day</th><th>Passengers</th></tr></thead>",
])
def test_a_data_table_header_gets_no_markdown_rule(head: str) -> None:
    body = ("".join(f"<p>{p}</p>" for p in PARAGRAPHS)
            + f"<table>{head}<tr><td>North pier</td><td>14</td><td>3,200</td></tr></table>")
    lines = _lines(body)
    assert "| Crossing | Boats a day | Passengers |" in lines and "| North pier | 14 | 3,200 |" in lines
    assert not any(set(line) <= set("|-: ") for line in lines)
