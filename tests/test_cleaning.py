"""Cleaning rules: readable fixture cases (title / input / expected), the example article, config."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cleaning import Rule, RuleSet, clean, default_ruleset, ruleset_from_config
from briefgen.config import BriefConfig
from briefgen.errors import ConfigError
from briefgen.model import Article, Paragraph
from briefgen.pipeline import analyze

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"
SEED = Path(__file__).parent.parent / "seeds" / "iran-talks-white-house.txt"


def read_cases(path: Path) -> list[tuple[str, str, str]]:
    """markdown-it-py style cases: a title line, then '.', input, '.', expected, '.'."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases, i = [], 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        title = lines[i]
        assert lines[i + 1] == ".", f"{path.name}: case {title!r} needs '.' after the title"
        end_input = lines.index(".", i + 2)
        end_expected = lines.index(".", end_input + 1)
        cases.append((title, "\n".join(lines[i + 2:end_input]), "\n".join(lines[end_input + 1:end_expected])))
        i = end_expected + 1
    return cases


CASES = [case for name in ("promos.md", "furniture.md", "news.md") for case in read_cases(FIXTURES / name)]


def removed_by(text: str, rules: RuleSet | None = None) -> str:
    article = Article(name="case", paragraphs=(Paragraph(text),))
    cleaned = clean(article, rules)
    return cleaned.removed[0].rule if cleaned.removed else "keep"


@pytest.mark.parametrize(("title", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fixture_case(title: str, text: str, expected: str) -> None:
    assert removed_by(text) == expected


def test_every_phrase_rule_has_a_fixture_case() -> None:
    covered = {expected for _, _, expected in CASES}
    phrase_rules = {r.name for r in default_ruleset().rules if r.pattern is not None}
    assert phrase_rules - covered == set()


def test_every_rule_has_a_dotted_name_category_and_reason() -> None:
    for rule in default_ruleset().rules:
        assert rule.name.split(".")[0] == rule.category, rule.name
        assert rule.reason and "\n" not in rule.reason, rule.name


def test_example_article_drops_exactly_the_four_promos() -> None:
    briefing = analyze(SEED.read_bytes(), format="text", name=SEED.name).to_dict()
    assert len(briefing["body"]) == 13
    assert [r["rule"] for r in briefing["removed"]] == [
        "subscription.cta", "subscription.price", "plug.reading-list", "plug.reading-list"]
    assert briefing["removed"][0]["text"].startswith("Stay informed. Subscribe")
    assert briefing["removed"][3]["text"].startswith("Looking for comprehensive coverage")


def test_long_news_paragraph_is_never_removed_by_a_phrase() -> None:
    text = ("Subscribe to the argument or not, the minister said the plan would go ahead. " * 6).strip()
    assert removed_by(text) == "keep"


def _article(texts: list[str]) -> Article:
    return Article(name="page", paragraphs=tuple(Paragraph(t) for t in texts))


PROSE = [
    "The council voted on Tuesday to close the old bridge to heavy traffic after engineers found cracks in two of its supports.",
    "Officials said repairs would take at least six months and cost about four million euros, paid from the regional budget.",
    "Residents on both banks said the closure would lengthen their commute, and some shop owners fear a drop in customers.",
    "A temporary ferry will run every twenty minutes from next week, the transport authority said in a statement.",
    "The bridge, built in 1931, carries about twelve thousand vehicles a day and was last renovated in the 1990s.",
]
MENU = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Weather", "Video"]
FOOTER = ["Skip to content", "Sign in", "Terms of Service", "Privacy Policy", "© 2024 Example Media. All rights reserved."]


def test_pasted_page_keeps_the_article_and_drops_furniture() -> None:
    cleaned = clean(_article(FOOTER[:2] + MENU + PROSE + ["Share this article", "10 Comments"] + FOOTER[2:] + MENU))
    assert [p.text for p in cleaned.paragraphs] == PROSE
    assert {r.rule.split(".")[0] for r in cleaned.removed} >= {"page", "nav", "legal"}


def test_plain_article_is_not_treated_as_a_pasted_page() -> None:
    texts = PROSE + ["He said: yes.", "No.", "Why not?"] + PROSE
    cleaned = clean(_article(texts))
    assert [p.text for p in cleaned.paragraphs] == texts


def test_page_rules_can_be_switched_off() -> None:
    texts = FOOTER[:2] + MENU + PROSE + FOOTER[2:] + MENU
    rules = default_ruleset().without(["page.*"])
    kept = [p.text for p in clean(_article(texts), rules).paragraphs]
    assert set(MENU) <= set(kept)


def test_ruleset_from_config_disables_by_name_and_category_and_adds_rules() -> None:
    config = BriefConfig(
        disabled_rules=("byline.author", "related.*"),
        extra_rules=({"name": "promo.podcast", "pattern": r"^listen to our .* podcast", "reason": "plugs a podcast"},),
    )
    rules = ruleset_from_config(config)
    assert "byline.author" not in rules and "related.link" not in rules and "related.read-more" not in rules
    assert "subscription.cta" in rules
    assert removed_by("By Jamelle Bouie", rules) == "keep"
    assert removed_by("Listen to our weekly politics podcast", rules) == "promo.podcast"
    podcast = rules.get("promo.podcast")
    assert podcast is not None and podcast.category == "promo" and podcast.reason == "plugs a podcast"


def test_user_rule_with_unless_keeps_paragraphs_that_also_match_it() -> None:
    config = BriefConfig(extra_rules=({"name": "promo.podcast", "pattern": r"^listen to our .* podcast",
                                       "unless": r"\bsaid\b"},))
    rules = ruleset_from_config(config)
    assert removed_by("Listen to our weekly politics podcast", rules) == "promo.podcast"
    assert removed_by("Listen to our weekly podcast, the minister said", rules) == "keep"


@pytest.mark.parametrize("config", [
    BriefConfig(disabled_rules=("no.such-rule",)),
    BriefConfig(extra_rules=({"name": "x.bad-unless", "pattern": "x", "unless": "(unclosed"},)),
    BriefConfig(extra_rules=({"name": "x.bad", "pattern": "(unclosed"},)),
    BriefConfig(extra_rules=({"pattern": "no name"},)),
    BriefConfig(extra_rules=({"name": "subscription.cta", "pattern": "dup"},)),
])
def test_bad_rule_configuration_is_one_clear_error(config: BriefConfig) -> None:
    with pytest.raises(ConfigError):
        ruleset_from_config(config)


def test_user_rule_respects_max_words() -> None:
    rules = default_ruleset().plus([Rule("x.word", "x", "test", __import__("re").compile("zebra"), max_words=3)])
    assert removed_by("zebra crossing", rules) == "x.word"
    assert removed_by("the zebra crossing was repainted", rules) == "keep"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=80).filter(str.strip), min_size=0, max_size=12))
def test_clean_never_loses_or_invents_text(texts: list[str]) -> None:
    article = _article(texts)
    cleaned = clean(article)
    assert sorted([p.text for p in cleaned.paragraphs] + [r.text for r in cleaned.removed]) == sorted(texts)
    assert clean(article) == cleaned  # deterministic


COMMENTS = [
    "Alice Smith on May 3, 2018 at 5:23 pm said:",
    "I drive over the old bridge every day, and the cracks in its supports have been visible for years, so the "
    "council should have closed it and started the repairs long before now.",
    "Bob Jones on May 3, 2018 at 6:40 pm said:",
    "The temporary ferry will not cope with the commuters at rush hour, and the transport authority should add "
    "more boats while the bridge is closed for the repairs.",
    "Alice Smith on May 4, 2018 at 8:02 am said:",
    "Agreed, and the shop owners on both banks deserve some help from the council during the repairs, because "
    "the closure will cost them customers for a whole year.",
]


def test_pasted_page_ends_the_article_where_its_comment_thread_begins() -> None:
    # Readers' comments read like prose on the article's topic: without the cut they join the run.
    cleaned = clean(_article(FOOTER[:2] + MENU + PROSE + ["3 Comments"] + COMMENTS + FOOTER[2:]))
    assert [p.text for p in cleaned.paragraphs] == PROSE
    rules = {r.text: r.rule for r in cleaned.removed}
    assert rules[COMMENTS[1]] == rules[COMMENTS[5]] == "page.comment-thread"
    # With the cut switched off, the run swallows the thread.
    switched_off = clean(_article(FOOTER[:2] + MENU + PROSE + ["3 Comments"] + COMMENTS + FOOTER[2:]),
                         default_ruleset().without(["page.comment-thread"]))
    assert [p.text for p in switched_off.paragraphs] == PROSE + COMMENTS[1::2]


def test_a_comments_link_before_the_article_cuts_nothing() -> None:
    texts = FOOTER[:2] + MENU + ["12 Comments"] + PROSE + FOOTER[2:] + MENU
    assert [p.text for p in clean(_article(texts)).paragraphs] == PROSE


LONG_NEWS = "The council voted on Tuesday to expand the bus network to the northern suburbs after a two-year consultation with residents and operators."


@pytest.mark.parametrize(
    "text, link_density, removed",
    [
        ("Ten things to know about the budget", 1.0, True),  # a teaser link
        ("Mayor opens new library in Northgate", 0.95, True),
        ("Ten things to know about the budget", 0.5, False),  # half link text: not a link line
        ("Ten things to know about the budget", 0.0, False),  # text and Markdown sources: no link density
        ("The budget passed.", 1.0, False),  # ends like a sentence: may be news
        (" ".join(["word"] * 21), 1.0, False),  # longer than a link line
        ("“We will not yield,” the minister said", 1.0, False),  # reported speech
    ],
)
def test_link_heavy_lines_of_saved_html(text: str, link_density: float, removed: bool) -> None:
    line = Paragraph(text, link_density=link_density)
    article = Article(name="page.html", paragraphs=(Paragraph(LONG_NEWS), line, Paragraph(LONG_NEWS)), body_extracted=True)
    cleaned = clean(article)
    assert [r.rule for r in cleaned.removed] == (["page.link-heavy"] if removed else [])
    assert (line in cleaned.paragraphs) is not removed


def test_link_heavy_rule_can_be_switched_off() -> None:
    line = Paragraph("Mayor opens new library in Northgate", link_density=1.0)
    article = Article(name="page.html", paragraphs=(Paragraph(LONG_NEWS), line, Paragraph(LONG_NEWS)), body_extracted=True)
    assert clean(article).removed[0].rule == "page.link-heavy"
    assert clean(article, default_ruleset().without(["page.link-heavy"])).removed == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("All sharing options for: Council votes to expand the bus network", "share.prompt"),  # a share widget's label
        ("All sharing options", "share.prompt"),
        ("Show more sharing options", "share.prompt"),
        ("Share this entry", "share.prompt"),
        ("Sharing is caring!", "share.prompt"),
        ("Facebook-f Linkedin-in Twitter", "share.prompt"),  # share buttons with their icon names
        ("Facebook-square Twitter Email", "share.prompt"),
        ("Facebook-Twitter feud deepens over political ads", "keep"),  # a headline about the networks
        ("Sharing my full letter to the court on the sentencing of the man who threatened me.", "keep"),  # a post's text
        ("Sharing options for public transport grew after the vote, the council said.", "keep"),
    ],
)
def test_share_widget_labels(text: str, expected: str) -> None:
    assert removed_by(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jane Roe @janeroe", "byline.author"),  # a writer's name and social handle on a line of their own
        ("Jane Q. Roe | @jane_roe", "byline.author"),
        ("Accounts: @marjori, @recipe_home, @cooking_backstage", "keep"),  # a list of handles, no name
        ("Thanks to Jane Roe @janeroe for the tip about the council vote.", "keep"),  # a sentence
        ("jane roe @janeroe", "keep"),  # not a name's capitals
    ],
)
def test_byline_with_a_social_handle(text: str, expected: str) -> None:
    assert removed_by(text) == expected


PROSE_LINE = "The council voted on Tuesday to expand the bus network to the northern suburbs after a long consultation."
TEASER = "Mayor opens new library in the northern suburbs of the city"
TEASER_2 = "Dangers of Vaping: Facts and Statistics on Health Risks of E-Cigarettes"


@pytest.mark.parametrize(
    "texts, decisions, expected",
    [
        # a teaser headline next to one the scorer dropped: one more item of the block
        ([PROSE_LINE, TEASER_2, TEASER, PROSE_LINE], [None, None, "page.furniture", None], [False, True, False, False]),
        ([PROSE_LINE, TEASER, TEASER_2, PROSE_LINE], [None, "page.short-fragment", None, None], [False, False, True, False]),
        # a lone subheading between prose paragraphs stays
        ([PROSE_LINE, TEASER_2, PROSE_LINE], [None, None, None], [False, False, False]),
        # the neighbour was dropped by a phrase rule, not the scorer: no teaser block
        ([PROSE_LINE, TEASER_2, "Share this entry", PROSE_LINE], [None, None, "share.prompt", None], [False, False, False, False]),
        # the dropped neighbour is no headline (too short)
        ([PROSE_LINE, TEASER_2, "Also at Walmart", PROSE_LINE], [None, None, "page.short-fragment", None],
         [False, False, False, False]),
        # a deal line with a price, a table row of numbers, a sentence, a list intro: not headline-shaped
        ([PROSE_LINE, "Get it on Amazon for $169.99 with free delivery", TEASER], [None, None, "page.furniture"],
         [False, False, False]),
        ([PROSE_LINE, "LOW LOWE'S COMPANIES INC. 113.40 -1.62 -1.41", TEASER], [None, None, "page.furniture"],
         [False, False, False]),
        ([PROSE_LINE, "The mayor opened the new library in the suburbs.", TEASER], [None, None, "page.furniture"],
         [False, False, False]),
        ([PROSE_LINE, "These are the routes the council will add next year:", TEASER], [None, None, "page.furniture"],
         [False, False, False]),
    ],
)
def test_teaser_neighbours(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    from briefgen.cleaning.clean import _teaser_neighbours

    assert _teaser_neighbours(texts, decisions) == expected


def test_teaser_neighbour_is_a_page_rule_that_can_be_switched_off() -> None:
    assert default_ruleset().get("page.teaser-neighbour") is not None
    assert default_ruleset().without(["page.teaser-neighbour"]).get("page.teaser-neighbour") is None


@pytest.mark.parametrize(
    "texts, decisions, expected",
    [
        # two headlines in a row between paragraphs of the article: a teaser block
        ([PROSE_LINE, TEASER, TEASER_2, PROSE_LINE], [None] * 4, [False, True, True, False]),
        # lines already removed do not break the run, and are not flagged again
        ([PROSE_LINE, TEASER, "Advertisement", TEASER_2, PROSE_LINE], [None, None, "ad.label", None, None],
         [False, True, False, True, False]),
        # one subheading followed by its prose stays
        ([PROSE_LINE, TEASER_2, PROSE_LINE], [None] * 3, [False, False, False]),
        # the run must sit between prose: not at the end of the body, not under a list's introduction
        ([PROSE_LINE, TEASER, TEASER_2], [None] * 3, [False, False, False]),
        (["These are the new routes:", TEASER, TEASER_2, PROSE_LINE], [None] * 4, [False, False, False, False]),
        # a subheading and a short byline under it: the byline is no headline
        ([PROSE_LINE, TEASER_2, "Caroline Hawley, diplomatic correspondent", PROSE_LINE], [None] * 4,
         [False, False, False, False]),
        # deal lines with prices are not headlines
        ([PROSE_LINE, "Get it on Amazon for $169.99 with free delivery", "Get it at Walmart for $249.95 with a free case",
          PROSE_LINE], [None] * 4, [False, False, False, False]),
    ],
)
def test_teaser_runs(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    from briefgen.cleaning.clean import _teaser_runs

    assert _teaser_runs(texts, decisions) == expected


def test_a_teaser_run_in_a_pasted_page_is_removed_and_named() -> None:
    texts = [PROSE_LINE, PROSE_LINE.replace("Tuesday", "Monday"), TEASER, TEASER_2, PROSE_LINE.replace("Tuesday", "Friday")]
    article = Article(name="page.txt", paragraphs=tuple(Paragraph(t) for t in texts))
    assert [(r.text, r.rule) for r in clean(article).removed] == [(TEASER, "page.teaser-run"), (TEASER_2, "page.teaser-run")]
    assert clean(article, default_ruleset().without(["page.teaser-run"])).removed == ()


GLUED = "Knowledge workers could be the most affected by automation A new study suggests better-paid workers are at risk."
GLUED_2 = "How bad journalism helped start the saga A smear campaign by a lawyer led to a phone call and a complaint."


@pytest.mark.parametrize(
    "texts, decisions, expected",
    [
        # a teaser's headline glued to its summary, next to another the scorer dropped
        ([PROSE_LINE, GLUED, GLUED_2], [None, None, "page.furniture"], [False, True, False]),
        ([PROSE_LINE, GLUED, TEASER], [None, None, "page.short-fragment"], [False, True, False]),
        # alone, or next to prose the scorer dropped, it stays: the shape alone is not enough
        ([PROSE_LINE, GLUED, PROSE_LINE], [None, None, None], [False, False, False]),
        ([PROSE_LINE, GLUED, PROSE_LINE], [None, None, "page.furniture"], [False, False, False]),
        # a sentence naming a publication ("The Hill") after a full stop-less clause is prose, not glue, when quoted
        ([PROSE_LINE, "“We will look at it,” the governor told The Hill in a statement on Monday.", GLUED_2],
         [None, None, "page.furniture"], [False, False, False]),
    ],
)
def test_glued_teasers_next_to_dropped_teasers(texts: list[str], decisions: list[str | None], expected: list[bool]) -> None:
    from briefgen.cleaning.clean import _teaser_neighbours

    assert _teaser_neighbours(texts, decisions) == expected
