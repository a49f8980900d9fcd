"""Fit the page scorer's weight table on the DEV pasted pages and report a cross-validated F1.

Usage: python -m briefgen.cleaning.train [--data ../shared/data] [--folds 5] [--task text|html] [--by-site] [--rules-cv]
Prints the WEIGHTS table and block-selection settings to paste into page.py, with the F1 of
5-fold cross-validation split by page (weights and settings chosen on four folds, scored on the
fifth). A developer tool: needs numpy (installed with spaCy), never imported by the pipeline.
`--by-site` puts the pages of one site (URL host) in the same fold. `--rules-cv` cross-validates
the phrase rules too: in each fold a phrase rule that matches no removed paragraph of the
training folds is switched off, as if it had been written without the test fold in view (with
`--by-site`, the closest estimate here of pages from sites never seen). With `--task html` it
also prints that figure for what clean() keeps of a saved page, the rules alone.
`--task html` fits and scores the same scorer on the saved pages as the HTML reader gives them
(trafilatura's paragraphs, with link density, after briefgen's rules) — an experiment: clean()
does not run the scorer on HTML.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path
from urllib.parse import urlsplit
from typing import Any

from briefgen.cleaning import page as page_module
from briefgen.cleaning.features import page_features
from briefgen.cleaning.headline import page_headline
from briefgen.cleaning.topic import TopicIndex
from briefgen.cleaning.words import words
from briefgen.evaluate.boilerplate import gold_texts, load_rows, macro_prf, page_counts

FEATURES = (
    "log_words", "lt5_words", "lt10_words", "lt20_words", "terminal_punct", "sentences_ge2",
    "stop_ratio", "comma_ratio", "capital_ratio", "title_case_ratio", "all_caps", "digit_ratio", "has_date",
    "separators", "contact", "quote_open", "cjk", "topic_sim", "position", "edge", "rel_length",
    "nb_log_words", "nb_terminal", "nb_stop_ratio", "prose_nearby",
)
# On saved pages each paragraph also has its share of characters inside links.
HTML_FEATURES = (*FEATURES, "link_density")
GRID = [(lo, hi, bias) for lo in (-3.0, -2.0, -1.0) for hi in (1.0, 2.0, 3.0) for bias in (0.5, 1.0, 1.5)]
L2 = 1.0


def _pages(data_dir: Path) -> list[dict[str, Any]]:
    from briefgen.cleaning.rules import default_ruleset

    rules = default_ruleset()
    gold = gold_texts(data_dir)
    pages = []
    for row in load_rows(data_dir, "text"):
        texts = [p["text"] for p in row["paragraphs"]]
        feats = page_features(texts)
        toks = [words(t) for t in texts]
        pages.append({"id": row["id"], "site": urlsplit(row.get("url", "")).hostname or row["id"],
                      "texts": texts, "toks": toks, "feats": feats, "hits": _hits(rules, texts),
                      "topics": TopicIndex(toks),
                      "labels": [p["label"] == "keep" for p in row["paragraphs"]], "gold": gold[row["id"]]})
    return pages


def _html_pages(data_dir: Path) -> list[dict[str, Any]]:
    """DEV saved pages as the HTML reader gives them. A paragraph is labelled article text when its
    words are a run of the gold article's words (casefolded \\w+ tokens)."""
    from briefgen.cleaning.clean import rule_decisions
    from briefgen.cleaning.rules import default_ruleset
    from briefgen.model import Source
    from briefgen.readers import read

    rules = default_ruleset()
    pages = []
    for row in load_rows(data_dir, "html"):
        article = read(Source(f"{row['id']}.html", "html", row["html"].encode("utf-8")))
        texts = [p.text for p in article.paragraphs]
        gold = " ".join(words(row["gold_text"]))
        toks = [words(t) for t in texts]
        pages.append({"id": row["id"], "site": urlsplit(row.get("url", "")).hostname or row["id"], "article": article,
                      "toks": toks, "texts": texts, "topics": TopicIndex(toks), "gold": row["gold_text"],
                      "feats": page_features(texts, [p.link_density for p in article.paragraphs], toks),
                      "hits": rule_decisions(article, rules, toks),
                      "labels": [bool(t) and f" {' '.join(t)} " in f" {gold} " for t in toks]})
    return pages


def _hits(rules: Any, texts: list[str]) -> list[str | None]:
    """Per paragraph, the phrase rule that removes it (None: none does)."""
    from briefgen.cleaning.clean import phrase_rule_name
    from briefgen.model import Paragraph

    return [phrase_rule_name(rules, Paragraph(t)) for t in texts]


def _rules_seen(pages: list[dict[str, Any]]) -> set[str]:
    """Names of the phrase rules that match a paragraph the gold drops on these pages (any rule that
    matches, not only the first: a rule shadowed by an earlier one would still have been written)."""
    from briefgen.cleaning.clean import is_reported_speech
    from briefgen.cleaning.rules import default_ruleset

    phrase_rules = [r for r in default_ruleset().rules if r.pattern is not None]
    return {rule.name for p in pages for text, keep in zip(p["texts"], p["labels"])
            if not keep and not is_reported_speech(text) for rule in phrase_rules if rule.matches(text)}


def _unseen_rules(train: list[dict[str, Any]]) -> list[str]:
    """Names of the phrase rules of which the training pages give no example."""
    from briefgen.cleaning.rules import default_ruleset

    return sorted({r.name for r in default_ruleset().rules if r.pattern is not None} - _rules_seen(train))


def _without_rules(pages: list[dict[str, Any]], names: list[str]) -> list[dict[str, Any]]:
    """The pages with their rule hits recomputed with the phrase rules `names` switched off."""
    from briefgen.cleaning.rules import default_ruleset

    from briefgen.cleaning.clean import rule_decisions

    rules = default_ruleset().without(names) if names else default_ruleset()
    return [{**p, "hits": rule_decisions(p["article"], rules, p["toks"]) if "article" in p else _hits(rules, p["texts"])}
            for p in pages]


def _rules_alone(pages: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    """Per page, the benchmark's counts for what clean() keeps of a saved page: every paragraph no rule removed."""
    return [page_counts(p["gold"], "\n".join(t for t, h in zip(p["texts"], p["hits"]) if h is None)) for p in pages]


def _fit(pages: list[dict[str, Any]], features: tuple[str, ...] = FEATURES) -> Any:
    import numpy as np

    x = np.array([[f[k] for k in features] + [1.0] for p in pages for f in p["feats"]])
    y = np.array([float(lab) for p in pages for lab in p["labels"]])
    w = np.zeros(x.shape[1])
    ridge = L2 * np.eye(len(w)) / len(y)
    ridge[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):  # Newton's method on the L2-regularised log-loss
        prob = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (prob - y) / len(y) + ridge @ w
        hess = (x.T * (prob * (1 - prob))) @ x / len(y) + ridge
        w -= np.linalg.solve(hess, grad)
    return w


def _predict(page: dict[str, Any], w: Any, lo: float, hi: float, bias: float,
             features: tuple[str, ...] = FEATURES) -> str:
    scores = [sum(w[j] * f[k] for j, k in enumerate(features)) + w[-1] for f in page["feats"]]
    page_module.BLOCK_BIAS = bias
    scores = page_module.rescore_on_article_topic(scores, [f["topic_sim"] for f in page["feats"]], page["topics"],
                                                  keep_inside=lo, topic_weight=w[features.index("topic_sim")])
    first, last = page_module.main_run(page_module.promos_neutral(scores, page["hits"]))
    cut = page_module.comment_cut(scores, first, last,
                                  page_module.comment_section_starts(page["texts"], page["hits"]))
    end = len(scores) if cut is None else cut
    last = min(last, end - 1)
    keep = [h is None and i < end and (s > lo if first <= i <= last else s > hi)
            for i, (s, h) in enumerate(zip(scores, page["hits"]))]
    # as clean() does: the items of a list the article introduces with a colon and the lines of a
    # social post embedded in it are kept, and the page's headline, when the run kept it as its
    # first line, is removed
    decisions = [None if k else (h or ("page.comment-thread" if i >= end else "page.furniture"))
                 for i, (k, h) in enumerate(zip(keep, page["hits"]))]
    decisions = page_module.with_article_parts(page["texts"], decisions)
    keep = [d is None for d in decisions]
    headline = page_headline(page["texts"], page["toks"], decisions, False, page["toks"][0] if page["toks"] else ())
    if headline and headline.line is not None:
        keep[headline.line] = False
    return "\n".join(t for t, k in zip(page["texts"], keep) if k)


def _f1(pages: list[dict[str, Any]], w: Any, setting: tuple[float, float, float],
        features: tuple[str, ...] = FEATURES) -> tuple[float, float, float]:
    return macro_prf(page_counts(p["gold"], _predict(p, w, *setting, features=features)) for p in pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--task", choices=("text", "html"), default="text")
    parser.add_argument("--by-site", action="store_true", help="one site's pages in one fold")
    parser.add_argument("--rules-cv", action="store_true",
                        help="switch off, per fold, the phrase rules the training folds give no example of")
    args = parser.parse_args(argv)
    html = args.task == "html"
    pages = _html_pages(Path(args.data)) if html else _pages(Path(args.data))
    features = HTML_FEATURES if html else FEATURES
    key = "site" if args.by_site else "id"
    fold_of = [int(hashlib.sha256(p[key].encode()).hexdigest(), 16) % args.folds for p in pages]
    if html:  # what clean() keeps today: every paragraph no rule removed
        kept = macro_prf(_rules_alone(pages))
        print(f"rules alone (no scorer)  {kept[0]:.4f} {kept[1]:.4f} {kept[2]:.4f}")
        if args.rules_cv:
            folds = [_without_rules([p for p, f in zip(pages, fold_of) if f == fold],
                                    _unseen_rules([p for p, f in zip(pages, fold_of) if f != fold]))
                     for fold in range(args.folds)]
            kept = macro_prf(c for fold in folds for c in _rules_alone(fold))
            print(f"rules alone, rules cross-validated  {kept[0]:.4f} {kept[1]:.4f} {kept[2]:.4f}")
    counts = []
    for fold in range(args.folds):
        train = [p for p, f in zip(pages, fold_of) if f != fold]
        test = [p for p, f in zip(pages, fold_of) if f == fold]
        if args.rules_cv:
            unseen = _unseen_rules(train)
            train, test = _without_rules(train, unseen), _without_rules(test, unseen)
            print(f"fold {fold}: {len(unseen)} phrase rules without a training example switched off: {unseen}")
        w = _fit(train, features)
        setting = max(GRID, key=lambda s: _f1(train, w, s, features)[2])
        fold_counts = [page_counts(p["gold"], _predict(p, w, *setting, features=features)) for p in test]
        counts += fold_counts
        fp, fr, ff = macro_prf(fold_counts)  # each fold's own figures: with ~16 pages a fold, they swing
        print(f"fold {fold}: setting {setting}  P/R/F1 {fp:.4f} {fr:.4f} {ff:.4f}")
    cv = macro_prf(counts)
    w = _fit(pages, features)
    setting = max(GRID, key=lambda s: _f1(pages, w, s, features)[2])
    train_fit = _f1(pages, w, setting, features)
    print(f"cross-validated P/R/F1 {cv[0]:.4f} {cv[1]:.4f} {cv[2]:.4f}")
    print(f"fit on all DEV pages   {train_fit[0]:.4f} {train_fit[1]:.4f} {train_fit[2]:.4f}")
    print("WEIGHTS: dict[str, float] = {")
    for j, k in enumerate(features):
        print(f'    "{k}": {w[j]:+.3f},')
    print("}")
    print(f"BIAS = {w[-1]:+.3f}")
    print(f"KEEP_INSIDE, KEEP_OUTSIDE, BLOCK_BIAS = {setting}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
