"""Score `summary` against CNN/DailyMail reference highlights with ROUGE (rouge-score, stemmed F1)."""

from __future__ import annotations

from pathlib import Path

from briefgen.evaluate.data import load_jsonl
from briefgen.extract.sentences import split_sentences
from briefgen.extract.summary import WEIGHTS, Weights, summarize
from briefgen.model import Article, Paragraph

DATA_FILE = "summaries/cnndm_sample_dev.jsonl.gz"


def load_rows(data_dir: Path, limit: int | None = None) -> list[dict]:
    """The summary evaluation rows (article text and reference highlights)."""
    return load_jsonl(data_dir / DATA_FILE, limit or None)


def as_article(row: dict) -> Article:
    """One CNN/DM row as an Article: the text has no paragraph breaks, so one paragraph."""
    return Article(name=row["id"], paragraphs=(Paragraph(row["article"]),))


def score_rows(rows: list[dict], weights: Weights = WEIGHTS, lead: int = 0) -> dict[str, float]:
    """Mean ROUGE-1/2/Lsum F1 (×100) of our summaries, or of Lead-`lead` when lead > 0."""
    from rouge_score import rouge_scorer  # evaluation-only dependency

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    totals = {"rouge1": 0.0, "rouge2": 0.0, "rougeLsum": 0.0}
    words = 0
    for row in rows:
        if lead:
            summary = split_sentences(row["article"])[:lead]
        else:
            summary = list(summarize(as_article(row), weights)[0])
        words += sum(len(s.split()) for s in summary)
        scores = scorer.score("\n".join(row["highlights_list"]), "\n".join(summary))
        for key in totals:
            totals[key] += scores[key].fmeasure
    n = max(1, len(rows))
    result = {f"{key}_f1": round(100 * value / n, 2) for key, value in totals.items()}
    result["mean_summary_words"] = round(words / n, 1)
    return result


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float | int]:
    """ROUGE of `summary` on the CNN/DM dev sample, beside the Lead-3 baseline on the same rows."""
    rows = load_rows(data_dir, limit)
    ours = score_rows(rows)
    lead3 = score_rows(rows, lead=3)
    return {"articles": len(rows), **ours, **{f"lead3_{k}": v for k, v in lead3.items() if k.endswith("_f1")}}
