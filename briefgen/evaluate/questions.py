"""Score open questions: hedge anchoring on FactBank news (Szeged) and INQUISITIVE reader questions."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from briefgen.evaluate.data import load_jsonl, load_scorer
from briefgen.brief import make_briefing
from briefgen.model import Article, Paragraph, Question

HEDGE_FILE = "questions/hedge_factbank_news_dev.jsonl.gz"
INQUISITIVE_FILE = "questions/inquisitive_dev.jsonl.gz"
SCORER = "questions/score_open_questions.py"

# The FactBank text is tokenised ("is n't", " , ", ``quotes''); undo that so the rules see news prose.
_DETOKENISE = (
    (re.compile(r" n't\b"), "n't"),
    (re.compile(r"``\s*|\s*''"), '"'),
    (re.compile(r" ([,.;:!?%)])"), r"\1"),
    (re.compile(r"\( "), "("),
)


def detokenise(text: str) -> str:
    """Light Penn-Treebank detokenisation."""
    for pattern, replacement in _DETOKENISE:
        text = pattern.sub(replacement, text)
    return text


def _questions(article: Article) -> tuple[Question, ...]:
    """The questions a briefing of the article shows: the whole briefing is made, because questions name its
    actors in place of pronouns ("Will the company …?" rather than no question for "it may …")."""
    return make_briefing(article).questions


def hedge_predictions(rows: list[dict]) -> list[dict]:
    """One document prediction per FactBank document: the sentences our questions rest on."""
    docs: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        docs[row["doc_id"]].append(row)
    predictions = []
    for doc_id, sentences in docs.items():
        sentences.sort(key=lambda r: r["sent_index"])
        article = Article(name=doc_id, paragraphs=tuple(Paragraph(detokenise(r["sentence"])) for r in sentences))
        anchors = [q.evidence for q in _questions(article)]
        predictions.append({"doc_id": doc_id, "anchors": anchors})
    return predictions


def inquisitive_predictions(rows: list[dict]) -> list[dict]:
    """Our questions on each INQUISITIVE article prefix, anchored by their evidence sentence."""
    predictions = []
    for row in rows:
        article = Article(name=row["id"], paragraphs=tuple(Paragraph(s) for s in row["sentences"]))
        questions = _questions(article)
        predictions.append({"id": row["id"], "questions": [
            {"question": q.question, "anchor": q.evidence} for q in questions]})
    return predictions


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float | int]:
    """Hedge precision/coverage of question anchors (document mode) and INQUISITIVE anchoring.

    `limit` counts documents (hedge) and articles (INQUISITIVE).
    """
    scorer = load_scorer(data_dir / SCORER)
    hedge_rows = load_jsonl(data_dir / HEDGE_FILE)
    if limit:
        keep = list(dict.fromkeys(r["doc_id"] for r in hedge_rows))[:limit]
        hedge_rows = [r for r in hedge_rows if r["doc_id"] in set(keep)]
    predictions = hedge_predictions(hedge_rows)
    hedge = scorer.score_hedge(hedge_rows, predictions)
    uncertain = hedge["sentence_uncertain_class"]
    inq_rows = load_jsonl(data_dir / INQUISITIVE_FILE, limit or None)
    inq_predictions = inquisitive_predictions(inq_rows)
    inq = scorer.score_inquisitive(inq_rows, inq_predictions)
    n_questions = sum(len(p["questions"]) for p in inq_predictions)
    return {
        "hedge_documents": len(predictions),
        "hedge_anchors": hedge["n_pred_uncertain"],
        "hedge_anchor_precision": uncertain["precision"],
        "hedge_recall": uncertain["recall"],
        "hedge_f1": uncertain["f1"],
        "hedge_doc_macro_recall": hedge["doc_macro_recall"] or 0.0,
        "hedge_anchors_unmapped": hedge["anchors_unmapped"],
        "inquisitive_articles": len(inq_rows),
        "inquisitive_questions": n_questions,
        "inquisitive_anchored_rate": inq["anchored_rate"] or 0.0,
        "inquisitive_gold_sentence_coverage": inq["gold_sentence_coverage"] or 0.0,
        "inquisitive_same_sentence_q_tokenF1": inq["same_sentence_q_tokenF1_max"] or 0.0,
        "inquisitive_same_sentence_q_rougeL": inq["same_sentence_q_rougeL_max"] or 0.0,
        "inquisitive_wh_type_JSD": inq["wh_type_JSD_vs_gold"],
    }
