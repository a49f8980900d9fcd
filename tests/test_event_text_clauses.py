"""Event text: a long sentence's clause is cut where it is whole, never between 'that' and its verb."""

from __future__ import annotations

import pytest

from briefgen.extract.event_text import event_text


@pytest.mark.parametrize(("sentence", "date", "must_hold"), [
    ("Court papers obtained by our correspondent on Monday showed that the suit, with Number FHC/ABJ/03/095/2018, "
     "was filed by Mahmud Abubakar Magaji, a Senior Advocate of Nigeria, on behalf of the lawmakers.",
     "on Monday", "was filed"),
    ("The filings due Sunday night are expected to show that Cruz, who has boasted of his appeal to the overlapping "
     "demographics that comprise the GOP base, did significant additional business in the last quarter of the year.",
     "Sunday", "did significant"),
    ("It was less than two weeks ago that, standing on stage at the Wells Fargo Center in Philadelphia, Khizr Khan "
     "pulled his worn pocket-sized copy of the Constitution from his pocket and offered to loan it to Trump.",
     "two weeks ago", "Khizr Khan"),
    # a clause that is whole before its aside still stops there
    ("The council approved the new bypass plan for the old town on Monday, which opponents had fought for years in the "
     "courts and in the streets of the old town, where the new road is to run past the cathedral.",
     "on Monday", None),
])
def test_a_clause_is_not_cut_between_that_and_its_verb(sentence: str, date: str, must_hold: str | None) -> None:
    event = event_text(sentence, sentence.index(date))
    assert date in event
    if must_hold:
        assert must_hold in event
    else:
        assert event == "The council approved the new bypass plan for the old town on Monday."
