"""Score actor extraction on CoNLL-2003 documents (../shared/data/actors) with the data set's own scorer."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from briefgen.evaluate.data import load_jsonl, load_scorer
from briefgen.extract.actors import extract_actors
from briefgen.model import Article, Paragraph

DATA = "actors/conll_dev.jsonl.gz"
SCORER = "actors/score_actors.py"
NEWS_FILTER = "actors/news_subset.py"


def article_of(doc: dict[str, Any]) -> Article:
    """A CoNLL document as a cleaned Article: one paragraph per line (headline and dateline included)."""
    lines = [line for line in doc["text"].split("\n") if line.strip()]
    return Article(name=str(doc["id"]), paragraphs=tuple(Paragraph(line) for line in lines))


def predict(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One prediction record per document; every actor name and alias is a predicted name."""
    preds = []
    for doc in docs:
        actors = extract_actors(article_of(doc))
        names = [{"name": form, "type": a.type} for a in actors for form in (a.name, *a.aliases)]
        preds.append({"id": doc["id"], "actors": names})
    return preds


def _flat(prefix: str, scores: dict[str, Any]) -> dict[str, float | int]:
    out: dict[str, float | int] = {}
    for kind in ("PER", "ORG", "LOC", "MICRO"):
        for metric in ("precision", "recall", "f1"):
            out[f"{prefix}{kind.lower()}_{metric}"] = scores[kind][metric]
    return out


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float | int]:
    """PER/ORG/LOC/micro P, R, F1 on all documents and on the non-sport news documents."""
    scorer = load_scorer(data_dir / SCORER)
    news = load_scorer(data_dir / NEWS_FILTER)
    gold = load_jsonl(data_dir / DATA, limit)
    began = time.perf_counter()
    preds = predict(gold)
    elapsed = time.perf_counter() - began
    news_ids = {d["id"] for d in gold if not news.sporty(d)}
    result: dict[str, float | int] = {"docs": len(gold), "news_docs": len(news_ids)}
    result.update(_flat("news_", scorer.score([d for d in gold if d["id"] in news_ids],
                                              [p for p in preds if p["id"] in news_ids])["scores"]))
    result.update(_flat("all_", scorer.score(gold, preds)["scores"]))
    result["docs_per_second"] = round(len(gold) / max(elapsed, 1e-9), 1)
    return result
