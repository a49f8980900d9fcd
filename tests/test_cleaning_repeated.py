"""site.repeated-block: blocks repeated across one publication's articles (briefgen/cleaning/repeated.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import briefgen
from briefgen.cleaning import default_ruleset
from briefgen.cleaning.repeated import (
    RULE,
    article_blocks,
    article_hits,
    fingerprint,
    group_articles,
    remove_repeated,
    repeated_blocks,
    source_group,
)
from briefgen.model import Article, Paragraph
from briefgen.pipeline import analyze_article

FOOTER = "HTT News is funded by readers like you. Every contribution keeps our newsroom independent."
PLACES = ["Springfield", "Shelbyville", "Ogdenville", "North Haverbrook", "Capital City",
          "Brockway", "Cypress Creek", "Waverly Hills", "Spittle County", "Little Pwagmattasquarmsettport"]


def news(i: int) -> list[str]:
    """Three paragraphs of news no other article has (the place and the figures differ)."""
    place = PLACES[i % len(PLACES)]
    return [
        f"Officials in {place} said on Monday that the river bridge, closed since a flood damaged its "
        f"eastern approach, would reopen next week once {i + 2} repairs to the deck are finished.",
        f"Engineers found cracks in {i + 3} of the bridge's supports during an inspection in {place} in March, "
        f"and the council voted to spend {i + 4} million dollars on repairs after a public meeting.",
        f"The council of {place} will also review the state of its {i + 5} other river crossings this summer, "
        "after the regional transport agency warned that several were built in the same decade.",
    ]


def article(i: int, source: str | None = "HTT News", extra: tuple[str, ...] = ()) -> Article:
    paragraphs = news(i)
    paragraphs[2:2] = extra  # inside the body, as an in-body promo would be
    return Article(name=f"a{i}.md", paragraphs=tuple(Paragraph(t) for t in paragraphs), source=source)


def clean_all(articles: list[Article], rules=None) -> list[Article]:
    """The whole chain the build runs: blocks of each raw article → repeated sets → removal."""
    rules = default_ruleset() if rules is None else rules
    records = [article_blocks(a) for a in articles]
    repeated = repeated_blocks(group_articles(records))
    return [remove_repeated(a, repeated.get(source_group(a.source), ()), rules) for a in articles]


def removed_texts(a: Article) -> list[str]:
    return [r.text for r in a.removed if r.rule == RULE]


@pytest.mark.parametrize(
    ("title", "n_articles", "with_block", "expected_removed"),
    [
        ("3 of 4 share a footer: removed in all 3", 4, 3, 3),
        ("3 of 3", 3, 3, 3),
        ("exactly half: 5 of 10", 10, 5, 5),
        ("2 of 2: fewer than 3 articles", 2, 2, 0),
        ("2 of 10", 10, 2, 0),
        ("3 of 10: under half (a wire's background paragraph)", 10, 3, 0),
        ("4 of 9: under half", 9, 4, 0),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_thresholds(title: str, n_articles: int, with_block: int, expected_removed: int) -> None:
    articles = [article(i, extra=(FOOTER,) if i < with_block else ()) for i in range(n_articles)]
    cleaned = clean_all(articles)
    assert sum(len(removed_texts(a)) for a in cleaned) == expected_removed
    for a in cleaned:
        assert a.removed == () or [r.text for r in a.removed] == [FOOTER]
        body = [p.text for p in a.paragraphs]
        assert (FOOTER in body) == (int(a.name[1:-3]) < with_block and not expected_removed)
        assert all(t in body for t in news(int(a.name[1:-3])))  # the news always stays


def test_removal_names_the_rule_with_its_category_and_reason() -> None:
    cleaned = clean_all([article(i, extra=(FOOTER,)) for i in range(4)])
    removal = cleaned[0].removed[0]
    assert (removal.rule, removal.category) == ("site.repeated-block", "site")
    assert "half of this publication's articles" in removal.reason


def test_a_variant_in_case_spacing_and_punctuation_is_the_same_block() -> None:
    variants = (FOOTER, FOOTER.upper(), FOOTER.replace(" ", "  ").replace(".", "!"))
    cleaned = clean_all([article(i, extra=(variants[i],)) for i in range(3)])
    assert [removed_texts(a) for a in cleaned] == [[v] for v in variants]


def test_unknown_source_is_not_grouped() -> None:
    cleaned = clean_all([article(i, source=None, extra=(FOOTER,)) for i in range(5)])
    assert all(a.removed == () for a in cleaned)


def test_different_sources_sharing_a_paragraph_are_not_grouped() -> None:
    # 4 of 4 articles hold it, but only 2 per publication
    articles = [article(i, source="HTT News" if i < 2 else "Test Wire", extra=(FOOTER,)) for i in range(4)]
    assert all(a.removed == () for a in clean_all(articles))


def test_source_names_differing_in_case_and_spacing_are_one_publication() -> None:
    articles = [article(i, source=s, extra=(FOOTER,)) for i, s in enumerate(["HTT News", "htt  news", "HTT NEWS "])]
    assert [len(removed_texts(a)) for a in clean_all(articles)] == [1, 1, 1]


def test_repeated_reported_speech_is_kept() -> None:
    quote = '"Readers like you fund this newsroom, so subscribe today," the editor said in a statement.'
    cleaned = clean_all([article(i, extra=(quote, FOOTER)) for i in range(4)])
    for a in cleaned:
        assert quote in [p.text for p in a.paragraphs]
        assert removed_texts(a) == [FOOTER]


def test_copies_of_one_story_keep_their_shared_paragraphs() -> None:
    # The same story filed three times (plus one other): the shared paragraphs are the news itself.
    same = [Article(name=f"copy{i}.md", paragraphs=tuple(Paragraph(t) for t in news(0) + [FOOTER]), source="HTT News")
            for i in range(3)]
    cleaned = clean_all([*same, article(5, extra=(FOOTER,))])
    assert [len(a.removed) for a in cleaned] == [0, 0, 0, 1]


def test_a_paragraph_repeated_inside_one_article_counts_once() -> None:
    articles = [article(0, extra=(FOOTER, FOOTER)), article(1, extra=(FOOTER,)), article(2), article(3)]
    assert all(a.removed == () for a in clean_all(articles))


def test_switched_off_by_name() -> None:
    rules = default_ruleset().without([RULE])
    assert all(a.removed == () for a in clean_all([article(i, extra=(FOOTER,)) for i in range(4)], rules))
    assert all(a.removed == () for a in clean_all([article(i, extra=(FOOTER,)) for i in range(4)],
                                                  default_ruleset().without(["site.*"])))


def test_analyze_article_never_uses_the_blocks() -> None:
    promo = "HTT News thanks the readers whose monthly gifts pay for the reporting of this newsroom each year."
    raw = article(1, extra=(promo,))
    hits = article_hits(article_blocks(raw), [fingerprint(promo)])
    with_blocks = analyze_article(raw, repeated=hits).to_dict()
    assert promo not in with_blocks["body"]
    assert [r["rule"] for r in with_blocks["removed"]] == [RULE]
    for field in ("summary", "key_points"):
        assert all("monthly gifts" not in s for s in with_blocks[field])
    plain = analyze_article(raw).to_dict()  # default: nothing repeated
    assert promo in plain["body"] and RULE not in [r["rule"] for r in plain["removed"]]


def test_public_analyze_removes_no_repeated_block() -> None:
    text = "\n\n".join(news(2) + [FOOTER])
    result = briefgen.analyze(text, format="text").to_dict()
    assert FOOTER in result["body"]


def test_fingerprint_ignores_case_spacing_and_punctuation_only() -> None:
    assert fingerprint("Funded by readers like you.") == fingerprint("  funded BY readers — like you!")
    assert fingerprint("Funded by readers like you.") != fingerprint("Funded by readers like me.")
    assert fingerprint("— * —") is None
    assert len(fingerprint("x") or "") == 16


def test_output_is_sorted_and_json_able() -> None:
    blocks = [fingerprint(f"Footer line number {k} of the site.") for k in range(6)]
    by_source = {"b": [blocks] * 3, "a": [blocks[::-1]] * 3, None: [blocks] * 3}
    found = repeated_blocks(by_source)
    assert list(found) == ["a", "b"]
    assert found["a"] == found["b"] == tuple(sorted(blocks))


fingerprints = st.lists(st.sampled_from([f"{k:016x}" for k in range(8)]), max_size=6)
sources = st.sampled_from(["HTT News", "Test Wire", None])


@given(st.lists(st.tuples(sources, fingerprints), max_size=14), st.randoms(use_true_random=False))
def test_order_of_articles_does_not_matter_and_thresholds_hold(
    articles: list[tuple[str | None, list[str]]], random
) -> None:
    def grouped(items: list[tuple[str | None, list[str]]]) -> dict[str | None, list[list[str]]]:
        out: dict[str | None, list[list[str]]] = {}
        for source, fps in items:
            out.setdefault(source, []).append(fps)
        return out

    found = repeated_blocks(grouped(articles))
    shuffled = [(s, random.sample(fps, len(fps))) for s, fps in random.sample(articles, len(articles))]
    assert repeated_blocks(grouped(shuffled)) == found
    assert None not in found
    for source, fps in found.items():
        mine = [set(f) for s, f in articles if s == source]
        assert list(fps) == sorted(fps)
        for fp in fps:
            n = sum(fp in f for f in mine)
            assert n >= 3 and 2 * n >= len(mine)
    for source in {s for s, _ in articles if s is not None}:  # and nothing that meets them is missed
        mine = [set(f) for s, f in articles if s == source]
        for fp in {fp for f in mine for fp in f}:
            n = sum(fp in f for f in mine)
            assert (fp in found.get(source, ())) == (n >= 3 and 2 * n >= len(mine))
