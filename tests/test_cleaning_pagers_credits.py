"""Phrase rules for a pager's previous/next links and for photo credits: what each removes, and under which name."""

from __future__ import annotations

import pytest

from briefgen.cleaning import clean
from briefgen.model import Article, Paragraph


def removed_by(text: str) -> str:
    cleaned = clean(Article(name="case", paragraphs=(Paragraph(text),)))
    return cleaned.removed[0].rule if cleaned.removed else "keep"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Previous article", "nav.prev-next"),
        ("Next story: Man charged after warehouse fire", "nav.prev-next"),
        ("« Older post", "nav.prev-next"),
        ("Newer posts »", "nav.prev-next"),
        ("Older Entries", "nav.prev-next"),
        ("Next page", "nav.prev-next"),
        # a pager's bare buttons
        ("Previous", "nav.prev-next"),
        ("Next »", "nav.prev-next"),
        ("‹ Prev", "nav.prev-next"),
        # the label run into the other story's headline
        ("Next Article Man charged after warehouse fire", "nav.prev-next"),
        ("Previous story Council backs new bus routes", "nav.prev-next"),
        ("Read next: Man charged after warehouse fire", "nav.prev-next"),
        ("Read Next Singer announces 2020 tour dates", "nav.prev-next"),
        # a WordPress pager pasted without spaces
        ("PrevPreviousOur presentation at the 2018 trade fair:", "nav.prev-next"),
        ("NextOur team has been shortlisted for an award this yearNext", "nav.prev-next"),
        # news that opens with the same words
        ("Next steps will be announced at a meeting on Friday, the company said in the email.", "keep"),
        ("Next up is the drum dance, performed by the children of the village school.", "keep"),
        ("Up next for the Wild is a home game against Boston on Thursday", "keep"),
        ("UP NEXT", "keep"),  # an AP game story's heading over the teams' next games
        ("Next Khashoggi? Disappearance of Saudi Princess Raises Questions", "keep"),
        ("Next story time is at 5 p.m. at the library", "keep"),
        ("Previous posts by the ambassador were deleted", "keep"),
        ("Next week the council will vote on the plan", "keep"),
        ("Older people are more at risk", "keep"),
    ],
)
def test_previous_and_next_links(text: str, expected: str) -> None:
    assert removed_by(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Photo: Reuters", "credit.media"),
        ("Photograph: Jane Roe/The Guardian", "credit.media"),
        ("Pic: PA", "credit.media"),
        ("Image Source: Jane Roe / Future Publishing/Shutterstock", "credit.media"),
        ("Photo by Jane Roe on Unsplash", "credit.media"),
        ("Photo courtesy of NASA", "credit.media"),
        ("Image copyright Getty Images", "credit.media"),  # the BBC's label
        ("© Reuters", "credit.media"),  # an agency's copyright under its picture, not the site's footer
        ("© AFP 2019", "credit.media"),
        ("(AP Photo/Jane Roe, File)", "credit.media"),
        ("Jane Roe/Hindustan Times/Getty Images", "credit.media"),
        ("J. Scott Applewhite / AP file", "credit.media"),
        ("Photos: Jane Roe for The Guardian", "credit.media"),
        ("Video: Reuters", "credit.media"),
        # a caption ending with its credit is named as a caption
        ("Protesters march through the city centre on Tuesday. (AP Photo/Jane Roe)", "credit.caption"),
        # the site's own copyright line stays a legal footer
        ("© 2019 Reuters. All rights reserved.", "legal.copyright"),
        ("© 2019 Bloomberg L.P.", "legal.copyright"),
        # a gallery's or video's title is a link to it, not a credit
        ("Photos: Crossgates Mall through the years", "related.media-link"),
        ("Video: Moscow wins 6-Man Championship", "related.media-link"),
        ("Videos: Fires rage in Damascus as air defences engage", "related.media-link"),
        # news about pictures stays
        ("Photographs by the agency show the dam has burst.", "keep"),
        ("Photos by residents show flooding in the streets", "keep"),
        ("He said the pictures were taken by the AP and Reuters.", "keep"),
    ],
)
def test_photo_credits_and_their_names(text: str, expected: str) -> None:
    assert removed_by(text) == expected


PROSE = "The council voted on Tuesday to expand the bus network to the northern suburbs after a long consultation."
TEASER = "Mayor opens new library in the northern suburbs of the city"


@pytest.mark.parametrize(
    "line, removed",
    [
        # a teaser that opens with its number, next to a teaser the scorer dropped
        ("7 key moments from Tuesday's first impeachment hearing", True),
        ("5 things to know about the city's new budget", True),
        ("10 photos that show the storm's damage in the valley", True),
        # a numbered subheading, a table row, a sentence: no headline
        ("2. Never urged Ukraine to investigate Joe Biden", False),
        ("2 Lewis Hamilton Mercedes 250 points 11 wins", False),
        ("5 things changed in the budget after the vote.", False),
    ],
)
def test_a_teaser_may_open_with_its_number(line: str, removed: bool) -> None:
    from briefgen.cleaning.clean import _teaser_neighbours

    assert _teaser_neighbours([PROSE, line, TEASER, PROSE], [None, None, "page.short-fragment", None]) == \
        [False, removed, False, False]


SUBHEAD = "Why the northern suburbs waited so long for their buses"
F = "page.furniture"


@pytest.mark.parametrize(
    "texts, decisions, expected, pasted_page",
    [
        # one headline alone between the article's paragraphs of a pasted page: a link to another story
        ([F, PROSE, TEASER, PROSE, F], [F, None, None, None, F], [False, False, True, False, False], True),
        # two lines that are no sentence in the whole article: both go (subheadings come in more)
        ([F, PROSE, TEASER, PROSE, SUBHEAD, PROSE], [F, None, None, None, None, None], [False, False, True, False, True, False], True),
        # an article with subheadings has several: they stay
        ([F, PROSE, SUBHEAD, PROSE, TEASER, PROSE, "The cost", PROSE], [F] + [None] * 7, [False] * 8, True),
        # no furniture found by the scorer: an article pasted alone, whose one subheading stays
        ([PROSE, TEASER, PROSE], [None] * 3, [False] * 3, False),
        # not between two paragraphs of prose
        ([F, TEASER, PROSE, PROSE], [F, None, None, None], [False] * 4, True),
        ([F, PROSE, TEASER, "These are the new routes:", PROSE], [F, None, None, None, None], [False] * 5, True),
        # a sentence broken at a line's end runs on into the next line: no headline
        ([F, PROSE, "Obama, who has denounced the attack as both an act of terrorism and a hate",
          "crime, reiterated his frustration over the easy availability of guns in America and the failure of Congress."],
         [F, None, None, None], [False] * 4, True),
        # after the article's last paragraph (no subheading ends an article), unless it cites the story's source
        ([F, PROSE, PROSE, TEASER, F], [F, None, None, None, F], [False, False, False, True, False], True),
        ([F, PROSE, PROSE, "Why can’t the singer perform her own songs? It’s complicated [Bloomberg]"],
         [F, None, None, None], [False] * 4, True),
        # an embedded post's text (it holds a link) under the article's last paragraph
        ([F, PROSE, PROSE, "We will not be intimidated, and the bridge will be rebuilt. pic.twitter.com/AbC123xyz"],
         [F, None, None, None], [False] * 4, True),
        # already removed by a rule: not flagged again
        ([F, PROSE, TEASER, PROSE], [F, None, "related.link", None], [False] * 4, True),
    ],
)
def test_lone_teasers(texts: list[str], decisions: list[str | None], expected: list[bool], pasted_page: bool) -> None:
    from briefgen.cleaning.clean import _lone_teasers

    assert _lone_teasers(texts, decisions, pasted_page) == expected


def test_a_lone_teaser_in_a_pasted_page_is_removed_and_named() -> None:
    from briefgen.cleaning import default_ruleset

    menu = ["Home", "News", "Sport", "Weather", "Contact us", "Sign in", "Terms of Use", "Privacy Policy"]
    prose = [PROSE, PROSE.replace("Tuesday", "Monday"), PROSE.replace("Tuesday", "Friday")]
    texts = menu + prose[:2] + [TEASER] + prose[2:] + menu
    article = Article(name="page.txt", paragraphs=tuple(Paragraph(t) for t in texts))
    assert [p.text for p in clean(article).paragraphs] == prose
    assert ("page.lone-teaser", TEASER) in [(r.rule, r.text) for r in clean(article).removed]
    switched_off = clean(article, default_ruleset().without(["page.lone-teaser"]))
    assert TEASER in [p.text for p in switched_off.paragraphs]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("You have been successfully subscribed!", "newsletter.signup"),  # the sign-up box's answer
        ("Thank you for subscribing to our newsletter.", "newsletter.signup"),
        ("You're subscribed", "newsletter.signup"),
        ("Click here to subscribe to The Paradigm Newsletter", "newsletter.signup"),
        ("Click here to subscribe", "subscription.cta"),
        ("Thanks for signing up, the mayor told volunteers at the rally on Tuesday.", "keep"),
    ],
)
def test_a_sign_up_box_answer(text: str, expected: str) -> None:
    assert removed_by(text) == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        # a promo set into the article adds nothing to a run: -BLOCK_BIAS
        ([None, "related.read-more", None], [3.0, -1.0, 2.0]),
        ([None, "ad.label", "nav.all-caps"], [3.0, -1.0, -1.0]),
        # the share buttons, a byline or a menu sit at the article's edges: their scores stay
        ([None, "share.prompt", "byline.author"], [3.0, -4.0, 2.0]),
        ([None, "nav.breadcrumb", None], [3.0, -4.0, 2.0]),
    ],
)
def test_promos_are_neutral_for_the_article_run(names: list[str | None], expected: list[float]) -> None:
    from briefgen.cleaning import page

    assert page.BLOCK_BIAS == 1.0
    assert page.promos_neutral([3.0, -4.0, 2.0], names) == expected


def test_a_promo_inside_the_article_does_not_cut_its_run() -> None:
    from briefgen.cleaning.page import main_run, promos_neutral

    scores = [-6.0, 4.0, -9.0, 4.0, 4.0, -6.0]  # the article's lead, a promo, the article, a footer
    names = [None, None, "related.read-more", None, None, None]
    assert main_run(scores) == (3, 4)  # the promo cut the lead off
    assert main_run(promos_neutral(scores, names)) == (1, 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("November 20, 2019 - 11:28 AMT", "byline.timestamp"),  # the time after a dash
        ("Nov. 20, 2019 | 11:28 AM", "byline.timestamp"),
        ("20 November 2019 – 11:28", "byline.timestamp"),
        ("November 20, 2019 - 11 people died in the floods", "keep"),
    ],
)
def test_a_time_stamp_with_its_time_after_a_dash(text: str, expected: str) -> None:
    assert removed_by(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("こちらの記事も合わせてどうぞ", "related.link"),  # Japanese: "see these articles too"
        ("関連記事", "related.link"),
        ("あわせて読みたい", "related.link"),
        ("関連記事によると、会社は昨日発表した。", "keep"),  # a sentence that opens with the words
    ],
)
def test_related_headings_in_japanese(text: str, expected: str) -> None:
    assert removed_by(text) == expected


ITEM = "Mayor opens new library in the northern suburbs"
QUESTION_ITEM = "Will the buses run all night?"


@pytest.mark.parametrize(
    "heading_and_items, flags",
    [
        # a bare "Related" heading heads a list even without list marks; a teaser may end with its question mark
        (["Related stories", ITEM, QUESTION_ITEM, PROSE], [False, True, True, False]),
        (["関連記事", "「あずきバー」事件 －商標の判決シリーズ", "商標のライセンスって？", PROSE], [False, True, True, False]),
        # a heading with its link after the label is one link, not a list's heading
        (["Related: Council backs the plan", ITEM, PROSE], [False, False, False]),
        # "Continue reading" heads no list: the article goes on under it
        (["Continue Reading Below", "HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", PROSE], [False, False, False]),
        # the list ends at a sentence, or at a line that introduces the article's own list
        (["Related stories", ITEM, "Here are the highlights:", ITEM], [False, True, False, False]),
        (["Related stories", "The council voted on Tuesday.", ITEM], [False, False, False]),
    ],
)
def test_items_under_a_bare_related_heading(heading_and_items: list[str], flags: list[bool]) -> None:
    from briefgen.cleaning.clean import _link_list_items, phrase_rule_name
    from briefgen.cleaning.rules import default_ruleset

    paragraphs = tuple(Paragraph(t) for t in heading_and_items)
    decisions = [phrase_rule_name(default_ruleset(), p) for p in paragraphs]
    assert _link_list_items(paragraphs, decisions) == flags


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- Nov. 18th 2019 12:12 pm PT", "byline.timestamp"),  # a time stamp behind a dash
        ("- 2019 was a hard year for the farmers", "keep"),
        ("Текст: Венера Ерофеева·24 сентября 2018", "byline.author"),  # the writer under a label
        ("Texto: Ana Souza", "byline.author"),
        ("Text: the full statement is below.", "keep"),
        ("阅读简体中文版閱讀繁體中文版", "nav.skip-link"),  # the page in the other Chinese script
        ("Read in English", "nav.skip-link"),
        ("Read in English, the letter sounds less polite than in French.", "keep"),
    ],
)
def test_time_stamps_writers_and_language_links(text: str, expected: str) -> None:
    assert removed_by(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("More:", "related.link"),  # a bare label over links
        ("More than 20 people died in the floods", "keep"),
        # the writer's own account closing a bio
        ("Jane Roe's book about the search for alien life, \"Out There\" (Grand Central Publishing, 2018), is out now. "
         "Follow her on Twitter @janeroe. Follow us on Twitter @example or Facebook.", "byline.author-bio"),
        ("Jane Roe covers the city council. Follow her on Twitter @janeroe.", "share.prompt"),
        ("The senator urged voters to follow him on Twitter for updates.", "keep"),  # news about following
        # a comment section's rules in Portuguese
        ("ATENÇÃO: Comentários com textos ininteligíveis não serão aprovados pelo moderador.", "comments.policy"),
        ("Os comentários do ministro não serão publicados, disse o jornal.", "keep"),
        ("As published in the International New York Times.", "credit.print-edition"),
        ("As published in the report, the figures show a rise in prices.", "keep"),
    ],
)
def test_labels_bios_and_comment_rules(text: str, expected: str) -> None:
    assert removed_by(text) == expected


@pytest.mark.parametrize(
    "title, line, removed",
    [
        ("Council votes to expand the bus network", "Council votes to expand the bus network", True),
        # the page's title carries the site's name after the headline
        ("Jedi review - shoots for the moon, lands among the stars - VG247", "Jedi review – shoots for the moon, lands among the stars",
         True),
        # the headline shown adds a word (a first name) to the title's
        ("Milan Design Week 2018 | Anastassiades' light installation", "Milan Design Week 2018 | Michael Anastassiades’ light installation",
         True),
        # a short line, a line with more words than a site's name, a sentence: no repeat
        ("Council votes - The Daily Example", "Council votes", False),
        ("Council votes to expand the bus network", "Council votes to expand the bus network to the northern suburbs after a vote", False),
        ("Council votes to expand the bus network - Example", "Council votes to expand the bus network.", False),
    ],
)
def test_the_headline_repeated_in_the_body(title: str, line: str, removed: bool) -> None:
    # (between paragraphs, so that no edge rule takes a short line)
    article = Article(name="page.html", title=title, paragraphs=(Paragraph(PROSE), Paragraph(line), Paragraph(PROSE)),
                      body_extracted=True)
    assert [r.rule for r in clean(article).removed] == (["page.title-repeat"] if removed else [])


@pytest.mark.parametrize(
    "title, line, kind, removed",
    [
        # a heading element repeating the title is the headline, a question or a trailing ellipsis all the same
        ("Does the mayor own three ferries?", "Does the mayor own three ferries?", "heading", True),
        ("Does the Mayor Own Three Ferries? - Example", "Does the Mayor Own Three Ferries?", "heading", True),
        ("Only those who wait...", "Only those who wait…", "heading", True),
        # a heading that is not the title stays
        ("Does the mayor own three ferries?", "Who owns the harbour's ferries?", "heading", False),
        # a heading holding most of the title's words is the headline in another wording
        ("Ferry captain in Brill fined after crossing the bay drunk",
         "Ferry captain fined after crossing the bay drunk making him Brill's third such case", "heading", True),
        ("Ferry captain in Brill fined after crossing the bay drunk", "Ferry captain fined in Brill court", "heading",
         False),  # (half the title's words: a subheading)
        ("Council votes to expand the bus network", "Council votes to expand the bus network drunk making him",
         "text", False),  # (a text line is held to the title's words and two more)
    ],
)
def test_a_heading_repeating_the_title(title: str, line: str, kind: str, removed: bool) -> None:
    article = Article(name="page.html", title=title,
                      paragraphs=(Paragraph(PROSE), Paragraph(line, kind=kind), Paragraph(PROSE)), body_extracted=True)
    assert [r.rule for r in clean(article).removed] == (["page.title-repeat"] if removed else [])


@pytest.mark.parametrize("line", [
    "More reviews from the harbour festival's visitors!", "Does the mayor own three ferries?", "Only those who wait…"])
@pytest.mark.parametrize(
    "title_guessed, removed",
    [
        (False, True),  # the source's own headline, word for word, though it ends as a sentence does
        (True, False),  # a title cut from the text's lead: the line may be that lead
    ],
)
def test_the_title_repeated_word_for_word_ending_as_a_sentence(line: str, title_guessed: bool, removed: bool) -> None:
    article = Article(name="page.html", title=line, title_guessed=title_guessed,
                      paragraphs=(Paragraph(PROSE), Paragraph(line), Paragraph(PROSE)), body_extracted=True)
    assert [r.rule for r in clean(article).removed] == (["page.title-repeat"] if removed else [])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list item (trafilatura's "- " for an <li>, a pasted bullet) is judged by its words
        ("- Published 4 March 2021", "byline.author"),
        ("• Published 4 March 2021", "byline.author"),
        ("* Published 4 March 2021", "byline.author"),
        ("- Share on Facebook", "share.prompt"),
        ("• Sign up for our newsletter", "newsletter.signup"),
        ("- Related: Ferry strike enters second week", "related.link"),
        # the mark alone makes nothing furniture, and an item of news stays
        ("- The council published its budget on 4 March 2021, two weeks late.", "keep"),
        ("-Published 4 March 2021", "keep"),  # (no mark: a dash glued to a word)
    ],
)
def test_a_list_item_is_judged_by_its_words(text: str, expected: str) -> None:
    assert removed_by(text) == expected
