"""A headline-like title from the lead sentence when the source gives no headline (invented sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefgen.brief import make_briefing
from briefgen.extract.lead_title import LEFT_OUT, headline_from_lead
from briefgen.model import Actor, Article, Paragraph
from briefgen.readers.common import TITLE_MAX, title_from_lead

MAYOR = Actor("Ann Lee", "person", role="Springfield Mayor", aliases=("Lee",))
GOVERNOR = Actor("Tom Hale", "person", role="Governor", aliases=("Hale",))


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the main clause, before a participle's detail; times left out; roles dropped when that makes it fit
        ("Springfield Mayor Ann Lee and Governor Tom Hale held closed-door talks for more than two and a half hours at "
         "the state house on Wednesday, emerging with no agreement on the budget.",
         "Ann Lee and Tom Hale held closed-door talks at the state house"),
        # a role the title has room for stays
        ("Springfield Mayor Ann Lee said on Monday the city would close two schools.",
         "Springfield Mayor Ann Lee said the city would close two schools"),
        ("Odds on the council raising taxes have been slashed, following a vote by its members.",
         "Odds on the council raising taxes have been slashed"),
        ("Voters will go to the polls this Saturday, the first election in the town since 1990.",
         "Voters will go to the polls, the first election in the town since 1990"),
        ("Mark your calendars: This Saturday, the first doll goes on sale.", "Mark your calendars: the first doll goes "
         "on sale"),
        # not cut: a list of gerunds, a relative clause inside the subject, a dash, a sentence's length in years
        ("Dancing, singing and feasting lasted well into the night.", "Dancing, singing and feasting lasted well into "
         "the night"),
        ("Ann Lee, who runs the depot, said the buses would stop at noon.",
         "Ann Lee, who runs the depot, said the buses would stop at noon"),
        ("A teacher was jailed for five years after he was found guilty of fraud.",
         "A teacher was jailed for five years after he was found guilty of fraud"),
        # a day's event names it, and a show is no time; a question keeps its mark
        ("In the aftermath of Sunday's derby the talk among fans was of summer signings.",
         "In the aftermath of Sunday's derby the talk among fans was of summer signings"),
        ("Who are the new owners?", "Who are the new owners?"),
        # a photo's aside goes
        ("Ann Lee (pictured) was named head of the depot yesterday.", "Ann Lee was named head of the depot"),
    ],
)
def test_headline_from_lead(lead: str, title: str) -> None:
    assert headline_from_lead(lead, (MAYOR, GOVERNOR)) == title


def test_every_left_out_phrase_has_a_case() -> None:
    cases = {"weekday": "on Wednesday", "day-word": "yesterday", "duration": "for two hours"}
    assert set(cases) == set(LEFT_OUT)
    for name, phrase in cases.items():
        assert headline_from_lead(f"The board met {phrase} at the depot.") == "The board met at the depot", name


@given(st.text(alphabet="abc ABC.,;?-–()'’0123456789", max_size=300))
def test_a_title_is_never_longer_than_the_limit_nor_empty(lead: str) -> None:
    title = headline_from_lead(lead)
    assert title is None or 0 < len(title) <= TITLE_MAX


def _article(lead: str, title: str | None, guessed: bool = True) -> Article:
    return Article(name="t", paragraphs=(Paragraph(lead), Paragraph("The next paragraph says more.")), title=title,
                   title_guessed=guessed)


LEAD = ("The city council and the transport union held closed-door talks for more than two hours at the depot on "
        "Wednesday, emerging with no agreement.")


def test_briefing_title_from_the_lead_is_made_headline_like() -> None:
    assert make_briefing(_article(LEAD, title_from_lead(LEAD))).article.title == (
        "The city council and the transport union held closed-door talks at the depot")


@pytest.mark.parametrize(("title", "guessed"), [("Talks end without a deal", True), ("Talks end", False)])
def test_a_headline_the_source_gives_is_kept(title: str, guessed: bool) -> None:
    assert make_briefing(_article(LEAD, title, guessed)).article.title == title


@pytest.mark.parametrize(
    ("lead", "limit", "title"),
    [
        # a title cut short does not end on a word that opens what was cut
        ("The harbour master closed the northern pier to fishing boats for the winter after a storm.", 70,
         "The harbour master closed the northern pier to fishing boats…"),
        ("Two bakers in the old town have won the regional prize for their rye bread and say they will open a shop.",
         60, "Two bakers in the old town have won the regional prize…"),
        ("Fishermen in the bay beat them by two goals.", 38, "Fishermen in the bay beat them…"),
        # "not", an object pronoun, a numeral are kept: they may end what is said
        ("The harbour master said the storm had not damaged the pier.", 46,
         "The harbour master said the storm had not…"),
        ("The committee heard from the two of them.", 36, "The committee heard from the two…"),
        # a title that fits is not cut
        ("The pier is closed to the public.", 80, "The pier is closed to the public"),
    ],
)
def test_a_cut_title_ends_on_a_word_of_its_own(lead: str, limit: int, title: str) -> None:
    assert headline_from_lead(lead, limit=limit) == title
