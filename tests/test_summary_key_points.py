"""Key points: one from each section of an article with headings, none that is a web address, an item of a list or an
answer's fragment that needs its question."""

from __future__ import annotations

import pytest

from briefgen.extract.summary import summarize
from briefgen.extract.summary_key_points import (
    MAX_KEY_POINTS, NOT_A_KEY_POINT, SECTION_KEY_POINTS, list_items, not_a_key_point, section_numbers,
)
from briefgen.extract.summary_lines import LEANING_START, ORDINAL_START, SUBJECTLESS_START
from briefgen.model import Article, Paragraph

# A day of a chess tournament: a lead, then one section per game. The first game's section is long and shares the
# lead's words, so that ranking alone would take every key point from it.
LEAD = [
    "On Sunday, the third round of the Lakeside chess open saw Vera Holm beat Arjun Mehta, a draw between Lena Park "
    "and Tomas Ruiz, and a win for Ola Berg over Sam Cole.",
]
GAME_ONE = [
    "Vera Holm opened the round against Arjun Mehta with the queen's gambit on board one.",
    "Mehta spent forty minutes on his twelfth move while the hall fell silent.",
    "Holm won a pawn on move twenty after her opponent misjudged a rook trade.",
    "Spectators crowded around the first board as the clocks ran low.",
    "The Indian grandmaster resigned on move forty-one, two pawns down.",
    "Holm now leads the event with three points from three rounds.",
    "Organisers praised the game as the finest of the week so far.",
    "She said afterwards that the third round was her hardest test this year.",
    "Her coach, Piet Voss, had prepared the gambit with her during the winter.",
    "Mehta will play the Dutch champion, Ruben Claes, in the fourth round on Monday.",
    "Television crews from three countries filmed the last hour of the game.",
    "A local school brought forty children to watch the top board all afternoon.",
]
GAME_TWO = [
    "Lena Park and Tomas Ruiz agreed a draw after thirty moves of a quiet Italian opening.",
    "Neither player risked a pawn break in the centre before the time control.",
]
GAME_THREE = [
    "Ola Berg sacrificed a knight early and mated Sam Cole in twenty-six moves.",
    "The attack was the shortest win of the tournament so far, organisers noted.",
]


def _article(blocks: list[tuple[str, str]]) -> Article:
    return Article(name="t", paragraphs=tuple(Paragraph(text, kind) for kind, text in blocks))  # type: ignore[arg-type]


def _sectioned() -> Article:
    return _article([("text", LEAD[0]), ("heading", "Holm against Mehta"), *(("text", s) for s in GAME_ONE),
                     ("heading", "Park against Ruiz"), *(("text", s) for s in GAME_TWO),
                     ("heading", "Berg against Cole"), *(("text", s) for s in GAME_THREE)])


def test_each_section_has_a_key_point_in_the_article_order() -> None:
    summary, key_points = summarize(_sectioned())
    lines = [*summary, *key_points]
    for section in (GAME_ONE, GAME_TWO, GAME_THREE):
        assert any(line in section for line in lines)
    order = LEAD + GAME_ONE + GAME_TWO + GAME_THREE
    assert [order.index(k) for k in key_points] == sorted(order.index(k) for k in key_points)


def test_without_headings_the_same_text_takes_its_key_points_by_rank() -> None:
    flat = _article([("text", s) for s in LEAD + GAME_ONE + GAME_TWO + GAME_THREE])
    _summary, key_points = summarize(flat)
    assert not any(k in GAME_TWO + GAME_THREE for k in key_points)  # (why sections are needed: see above)


def test_at_most_some_key_points_are_taken_for_their_section() -> None:
    # seven sections of two lines each after a long lead section: the spread takes SECTION_KEY_POINTS of them
    blocks = [("text", s) for s in LEAD + GAME_ONE]
    extra = ["Rita Olsen held a difficult rook ending against the Swedish junior champion.",
             "Ivo Brandt lost on time in a winning position after a blunder with his bishop.",
             "Kai Moreau, aged twelve, surprised the veteran Nils Dahl with a knight fork.",
             "Ines Roy withdrew from the event because of illness in her family.",
             "Tao Weng and Amy Fox repeated moves and split the point after an hour.",
             "Bruno Sala arrived late, his train from Milan having been delayed by snow.",
             "Greta Lund won her first game as a titled player with a brilliant queen sacrifice."]
    for n, line in enumerate(extra):
        blocks += [("heading", f"Board {n + 4}"), ("text", line)]
    _summary, key_points = summarize(_article(blocks))
    assert len(key_points) <= MAX_KEY_POINTS
    assert sum(k in extra for k in key_points) == SECTION_KEY_POINTS


def test_section_numbers_count_the_headings_before_each_sentence() -> None:
    paragraphs = tuple(Paragraph(t, k) for t, k in [("Lead.", "text"), ("One", "heading"), ("A.", "text"),
                                                      ("B.", "text"), ("Two", "heading"), ("C.", "text")])
    assert section_numbers(paragraphs, [0, 2, 3, 5]) == [0, 1, 1, 2]


@pytest.mark.parametrize("line", [
    "Our charity shop gave $ 900 to the shelter last year. (http://www.example.org/shelter-report).",
    "The full figures are at www.example.com/figures for every month since 2004.",
    "The museum lists its loans online at https://example.net/loans and updates them weekly.",
])
def test_a_raw_web_address_is_no_key_point(line: str) -> None:
    assert not_a_key_point(line) == "key-point.raw-url"


@pytest.mark.parametrize("line", [
    "The museum lists its loans on its website and updates them weekly.",
    "Visitors to the www exhibit at the science centre rose by half.",
])
def test_a_line_without_an_address_may_be_a_key_point(line: str) -> None:
    assert not_a_key_point(line) is None


def test_every_rule_is_named() -> None:
    assert all(name.startswith("key-point.") for name, _ in NOT_A_KEY_POINT)


@pytest.mark.parametrize(("texts", "items"), [
    # two items after a colon, the first ending in a semicolon, the last in a full stop
    (["The river floods for two reasons:", "Snow melts in the hills in spring;", "Rain falls on frozen ground."],
     {1, 2}),
    (["Bring the following:", "A warm coat,", "Boots,", "A lamp that works in the rain.", "The walk starts at six."],
     {1, 2, 3}),
    # one paragraph after a colon: the list may be gone from the page, or it is the next thought
    (["Readers sent in other guesses at the size:", "One reason for the spread is that no one has measured it."],
     set()),
    # a block quote after a colon is a statement quoted whole
    (["The club said in a statement:", "We regret the delay;", "The match will be played on Friday."], set()),
    (["No colon here.", "Nor here;", "Nor here."], set()),
])
def test_list_items(texts: list[str], items: set[int]) -> None:
    kinds = ["quote" if "statement" in texts[0] and i else "text" for i in range(len(texts))]
    assert list_items(tuple(Paragraph(t, k) for t, k in zip(texts, kinds))) == items  # type: ignore[arg-type]


@pytest.mark.parametrize("line", [
    "Fired us up for the new season, to be honest.",
    "Convinced me to stay another year in the city.",
    "Helped them a lot when the money ran out.",
])
def test_an_answer_without_a_subject_is_a_fragment(line: str) -> None:
    assert SUBJECTLESS_START.match(line)


@pytest.mark.parametrize("line", [
    "Fred told us about the new season.",
    "Police fired at the car before it stopped.",
    "United fired their coach on Monday.",
    "Increased rainfall flooded the valley.",
])
def test_a_sentence_with_its_subject_is_no_fragment(line: str) -> None:
    assert not SUBJECTLESS_START.match(line)


@pytest.mark.parametrize(("line", "leans"), [
    ("I mean the plan was always to build the bridge first.", True),
    ("You know, the town has never had a cinema.", True),
    ("I meant to call the mayor before the vote.", False),
    ("You know the mayor well, the reporter said.", False),
])
def test_a_speakers_filler_leans_on_what_came_before(line: str, leans: bool) -> None:
    assert bool(LEANING_START.match(line)) is leans


def test_a_lists_items_and_an_answers_fragments_are_no_key_points() -> None:
    article = _article([
        ("text", "The town of Lakeside opened its new flood wall on Friday after four years of building work."),
        ("text", "The wall, which cost 40 million euros, runs for three kilometres along the river bank."),
        ("text", "Engineers say the valley floods for two reasons:"),
        ("text", "Snow melts quickly in the hills above the town every spring;"),
        ("text", "Heavy rain falls on the frozen ground of the valley floor in March."),
        ("text", "Fired them up for the next stage of the flood wall, the mayor of Lakeside added."),
        ("text", "The mayor of Lakeside said the flood wall would protect two thousand homes."),
        ("text", "Insurance firms in Lakeside have promised to lower their prices for homes near the wall."),
        ("text", "The village of Brook downstream plans a flood wall of its own by 2030."),
    ])
    summary, key_points = summarize(article)
    for line in (*summary, *key_points):
        assert not line.startswith(("Snow melts", "Heavy rain", "Fired them"))
    assert key_points


@pytest.mark.parametrize(("line", "leans"), [
    ("A second reason is the cost of the bridge's upkeep.", True),
    ("The third candidate withdrew from the race on Friday.", True),
    ("A fourth ferry was found drifting off the coast.", True),
    # no count after a first: a time, a half of a match, a round of talks; or a word that is no ordinal
    ("The second half of the season starts in January.", False),
    ("A second time, the ferry failed its inspection.", False),
    ("The next ferry leaves at six.", False),
    ("Seconds later the bridge collapsed.", False),
])
def test_a_line_that_counts_itself_after_a_first_is_no_key_point(line: str, leans: bool) -> None:
    assert bool(ORDINAL_START.match(line)) is leans
