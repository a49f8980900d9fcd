"""A pasted page's own publication: "Source:" labels, copyright notices, paywall prompts (readers.page_source)."""

from __future__ import annotations

import pytest

from briefgen.model import Source
from briefgen.readers import read
from briefgen.readers.page_source import SOURCE_CUES, page_source

NEWS = "The council voted on Tuesday to close the old bridge to lorries while engineers inspect its pillars."


@pytest.mark.parametrize(
    ("lines", "source"),
    [
        # source-label: opening its line, after a separator, in brackets; the whole rest of the line
        (["Source: Reuters"], "Reuters"),
        (["SOURCE: Harbour Daily News"], "Harbour Daily News"),
        (["Last Updated : Mar 3, 2024 10:15 AM IST | Source: Ledgerwire.com"], "Ledgerwire.com"),
        (["(Source: The Valley Herald)"], "The Valley Herald"),
        # no label: a news sentence, a data caption, an image credit, a plural list of sources
        (["The plan was leaked, according to a source: the minister denied it."], None),
        (["Officials said the source: was not named in the report, which the council saw."], None),
        (["Source: Office for National Statistics"], None),
        (["Source: Company reports"], None),
        (["Image Source: Jane Doe / Example Photos"], None),
        (["Sources: Harbour Port Authority, Ledgerwire"], None),
        # copyright-brand: the site's name before its owner's notice
        (["Gadgetline © 2023 Tinbox Ventures, LLC. All rights reserved."], "Gadgetline"),
        # copyright-line: the holder, without years, legal form and "All rights reserved"
        (["© 2022 The Valley Herald. All Rights Reserved."], "The Valley Herald"),
        (["Copyright © 2010-2024 Harbour Daily. All rights reserved."], "Harbour Daily"),
        (["Starwatch: the week’s sky", "More from Starwatch", "© Starwatch Pty Ltd. All rights reserved."], "Starwatch"),
        (["© Starwatch Pty Ltd. All rights reserved."], None),  # a company (legal form) the page names nowhere else
        (["© Harbour.org 2003 - 2024 powered by Some Network"], "Harbour.org"),
        (["©All Rights Reserved Harbour Daily 2024"], "Harbour Daily"),
        # copyright-word: "Copyright" with no sign
        (["Copyright 2021 Tidewater Times"], "Tidewater Times"),
        # a company owning many titles is the source only as the name the page's other lines give it
        (["Read The Valley Herald on your phone.", "© 2024 The Valley Herald Company"], "The Valley Herald"),
        (["© 2024 Northwind Communications, Inc."], None),
        (["Breaking news from the valley.", "© 2024 Breaking Media Inc."], None),
        (["Part of Zephyr Network", "This site © 2021 Zephyr Network. All Rights Reserved."], None),
        # a photo's credit is no notice: no year, no rights reserved; a caption's © stands after its words
        (["© Mary Smith of Leeds"], None),
        (["A cyclist rides past the closed plant on the edge of town, March 3, 2024. © Reuters / Jane Doe"], None),
        (["Photo © Reuters"], None),
        (["(Image: © Space Agency)"], None),
        # paywall prompt, last: the publication, not its newsletter
        (["Subscribe to The Harbour Daily Newsletter"], "Harbour Daily"),
        (["Subscribe to Tidewater Times", "© 2024 Northwind Media, Inc."], "Tidewater Times"),
        # a label comes before a notice, a notice before a prompt
        (["Subscribe to Tidewater Times", "© 2024 Harbour Daily", "Source: Ledgerwire"], "Ledgerwire"),
        (["Subscribe to Tidewater Times", "Copyright © 2024 Harbour Daily."], "Harbour Daily"),
        # a long paragraph is news, whatever it holds
        ([NEWS + " Source: Reuters " + NEWS * 3], None),
        ([NEWS], None),
    ],
)
def test_page_source(lines: list[str], source: str | None) -> None:
    assert page_source([NEWS, *lines]) == source


def test_rules_are_named_and_compile() -> None:
    names = [name for name, _ in SOURCE_CUES]
    assert names == ["source-label", "copyright-brand", "copyright-line", "copyright-word"]


def test_pasted_page_gets_its_source_and_metadata_wins() -> None:
    text = f"{NEWS}\n\nMore of the story follows here, with the engineers' report due next month.\n\n(Source: The Valley Herald)\n"
    pasted = read(Source(name="a.txt", format="text", data=text.encode(), mtime=0.0))
    assert pasted.source == "The Valley Herald"
    md = f"---\ntitle: Bridge\nsource: Harbour Daily\n---\n{text}"
    assert read(Source(name="a.md", format="markdown", data=md.encode(), mtime=0.0)).source == "Harbour Daily"
