"""Timeline of an interview: the answers tell events, told by the one answering; the interviewer's turns ask."""

from __future__ import annotations

from briefgen.extract.timeline import extract_timeline
from briefgen.model import Article, Paragraph

TURNS = [
    "Q: You said yesterday that the harbour workers are still getting crushed by the new rules.",
    "Mara Lind: Yes, and we filed a complaint about the rules with the port authority on Monday.",
    "Q: Have you talked to the port authority's chief since then about the complaint?",
    "Mara Lind: It has been about a week, and she has not called back since our meeting in 2018.",
    "Q: What will you do next if the port authority's chief does not answer the complaint?",
    "Mara Lind: We will go to the council and ask its members to hear the workers themselves.",
]


def test_the_interviewers_turns_date_nothing() -> None:
    article = Article(name="t", paragraphs=tuple(Paragraph(t) for t in TURNS), date="2019-11-20", date_origin="source")
    events = extract_timeline(article)
    assert [(e.when, e.event.split(":")[0]) for e in events] == [("in 2018", "Mara Lind"), ("on Monday", "Mara Lind")]
