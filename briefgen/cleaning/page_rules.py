"""The named rules that are no phrase: the page scorer's decisions, the rules on a pasted page's shape, the site's.

Their code lives elsewhere (page.py, clean.py, glued.py, hover_card.py, standfirst.py, repeated.py); these entries
give each a name, a category and a reason, so that it can be switched off and every removal says why.
"""

from __future__ import annotations

from briefgen.cleaning.rules import Rule

# Decisions of the page scorer (briefgen.cleaning.page); named so they can be switched off too.
PAGE = (
    Rule("page.title-repeat", "page", "repeats the headline at the top of the body"),
    Rule("page.edge-fragment", "page",
         "a short non-sentence fragment (date, place, label) at the very start or end of the body"),
    Rule("page.link-list", "page", "a short list item under a 'Related' or 'Read more' heading"),
    Rule("page.link-heavy", "page", "a short line that is almost all link text (saved HTML): a teaser, menu or share link"),
    Rule("page.furniture", "page",
         "outside the article's run of prose: menus, teasers, footers of a pasted page"),
    Rule("page.short-fragment", "page",
         "a short fragment inside the article that reads like page furniture, not prose"),
    Rule("page.teaser-neighbour", "page",
         "a headline-shaped line next to a teaser headline the page scorer dropped: one more item of a teaser block"),
    Rule("page.teaser-run", "page",
         "two or more headline-shaped lines in a row between the article's paragraphs: a teaser block, not a subheading"),
    Rule("page.lone-teaser", "page",
         "a headline-shaped line alone between the article's paragraphs or after its last, in an article without "
         "subheadings: a link to another story"),
    Rule("page.standfirst", "page", "the summary under the headline, parted from the article by a byline or credit"),
    Rule("page.above-dateline", "page", "a line kept above the article's dateline: a headline, not the article"),
    Rule("byline.named-bio", "byline",
         "a short biography of the author the byline names, closing the article ('Jane Roe is a reporter for …')"),
    Rule("page.pull-quote", "page",
         "a quotation set out again with its speaker's name, whose words another paragraph prints: a pull-quote"),
    Rule("page.comment-thread", "page",
         "after the start of the comment section that ends the article's run: readers' comments"),
    Rule("page.glued-teaser", "page",
         "another story's headline glued to its first sentence, one of several on a page copied without its line "
         "breaks: a teaser list"),
    # (cuts a passage from inside a kept paragraph, not a whole paragraph: cleaning/hover_card.py)
    Rule("page.hover-card", "page",
         "a person's hover card (full name and other stories' headlines, ending in 'MORE') that copying the page "
         "glued into the sentence naming them"),
)

# Decided across the articles of one publication (briefgen.cleaning.repeated, run by the build),
# not from one paragraph's words; named so it can be switched off too.
SITE = (
    Rule("site.repeated-block", "site",
         "appears word for word in at least half of this publication's articles (3 or more): "
         "a house promo, footer or disclaimer"),
)
