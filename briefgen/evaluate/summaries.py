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


ROUGE_KEYS = ("rouge1", "rouge2", "rougeLsum")


def row_scores(rows: list[dict], weights: Weights = WEIGHTS, lead: int = 0) -> list[dict[str, float]]:
    """Each row's ROUGE-1/2/Lsum F1 (×100) and summary length in words: ours, or Lead-`lead`'s when lead > 0."""
    from rouge_score import rouge_scorer  # evaluation-only dependency

    scorer = rouge_scorer.RougeScorer(list(ROUGE_KEYS), use_stemmer=True)
    found = []
    for row in rows:
        if lead:
            summary = split_sentences(row["article"])[:lead]
        else:
            summary = list(summarize(as_article(row), weights)[0])
        scores = scorer.score("\n".join(row["highlights_list"]), "\n".join(summary))
        found.append({**{key: 100 * scores[key].fmeasure for key in ROUGE_KEYS},
                      "words": sum(len(s.split()) for s in summary)})
    return found


def _means(scores: list[dict[str, float]], prefix: str = "") -> dict[str, float]:
    """Mean ROUGE-1/2/Lsum F1 over `scores`, keyed `{prefix}{rouge}_f1`."""
    return {f"{prefix}{key}_f1": round(sum(s[key] for s in scores) / max(1, len(scores)), 2) for key in ROUGE_KEYS}


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float | int]:
    """ROUGE of `summary` on the CNN/DM dev sample, beside the Lead-3 baseline on the same rows; and both by half
    (rows at even and at odd positions: tune on one half, confirm on the other)."""
    rows = load_rows(data_dir, limit)
    ours, lead3 = row_scores(rows), row_scores(rows, lead=3)
    result: dict[str, float | int] = {"articles": len(rows)}
    result.update(_means(ours))
    result["mean_summary_words"] = round(sum(s["words"] for s in ours) / max(1, len(ours)), 1)
    result.update(_means(lead3, "lead3_"))
    for half, start in (("even", 0), ("odd", 1)):
        result.update(_means(ours[start::2], f"{half}_"))
        result.update(_means(lead3[start::2], f"{half}_lead3_"))
    return result
