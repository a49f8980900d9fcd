"""A title built from the lead skips stray marks before its first word and does not end, cut, on a preposition that
opens what was cut; every lead title, the readers' last resort too, is cut by readers.common.shorten_title."""

from __future__ import annotations

import pytest

from briefgen.model import Article, Paragraph
from briefgen.readers import check_article
from briefgen.readers.common import OPEN_ENDS, title_from_lead


@pytest.mark.parametrize(("lead", "title"), [
    # a stray mark alone before the lead's first word would end its first "sentence" before any word
    (". The parish council voted on Tuesday to close the old bridge. Repairs start in May.",
     "The parish council voted on Tuesday to close the old bridge"),
    ("! Ferry crews walked out at dawn. Commuters waited on the pier.", "Ferry crews walked out at dawn"),
    ("— . Ferry crews walked out at dawn. Commuters waited on the pier.", "Ferry crews walked out at dawn"),
    ("?! Ferry crews walked out at dawn. Commuters waited on the pier.", "Ferry crews walked out at dawn"),
    (".. The parish council voted on Tuesday. Repairs start in May.", "The parish council voted on Tuesday"),
    # a "sentence" of marks alone ends no title
    ("*** ?! Ferry crews walked out at dawn. Commuters waited on the pier.", "*** ?! Ferry crews walked out at dawn"),
    # kept: an ellipsis, a quotation mark, a minus sign
    ("... and then the ferry crews walked out. Commuters waited.", "... and then the ferry crews walked out"),
    ("“We are done,” the ferry crews said at dawn. Commuters waited.", "“We are done,” the ferry crews said at dawn"),
    ("-5 degrees was the low at the pier on Monday. Commuters waited.", "-5 degrees was the low at the pier on Monday"),
])
def test_stray_marks_before_the_lead(lead: str, title: str) -> None:
    assert title_from_lead(lead) == title


@pytest.mark.parametrize("lead", [
    # the lead has no word: the last resort is the lead itself, cut by the same rule
    ". . . — !",
    "— — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — — —",
])
def test_the_last_resort_title(lead: str) -> None:
    article = check_article(Article(name="x.txt", paragraphs=(Paragraph(lead), Paragraph(
        "The parish council voted on Tuesday to close the old bridge over the river for repairs."))))
    assert article.title and len(article.title) <= 80
    assert article.title.rstrip("…").split()[-1].lower() not in OPEN_ENDS


@pytest.mark.parametrize(("lead", "limit", "title"), [
    # a preposition that always takes an object opens what was cut (readers.common._MORE_OPENERS)
    ("Ferry crews walked out at dawn and stayed on the pier despite the rain and the cold wind.", 64,
     "Ferry crews walked out at dawn and stayed on the pier…"),
    ("The council has met twice a month during the long winter of repairs to the old bridge.", 43,
     "The council has met twice a month…"),
    ("The fund gave grants to nine towns including two on the coast that lost their piers.", 47,
     "The fund gave grants to nine towns…"),
    ("Support for the new pier was strongest among fishermen who use the harbour every day.", 47,
     "Support for the new pier was strongest…"),
    ("The ferry will run three times a day between the island and the mainland from May.", 47,
     "The ferry will run three times a day…"),
    # one that may end a phrase stays ("voted against", "came through")
    ("Eleven members of the harbour board voted against and the plan failed on Monday night.", 52,
     "Eleven members of the harbour board voted against…"),
    ("The old ferry made its last crossing and the new one came through in the storm.", 68,
     "The old ferry made its last crossing and the new one came through…"),
])
def test_a_cut_title_does_not_end_on_a_preposition(lead: str, limit: int, title: str) -> None:
    assert title_from_lead(lead, limit) == title
