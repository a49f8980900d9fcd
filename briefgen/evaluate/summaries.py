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


def _mean(scores: list[dict[str, float]], key: str) -> float:
    return round(sum(s[key] for s in scores) / max(1, len(scores)), 2)


def score_rows(rows: list[dict], weights: Weights = WEIGHTS, lead: int = 0) -> dict[str, float]:
    """Mean ROUGE-1/2/Lsum F1 (×100) of our summaries, or of Lead-`lead` when lead > 0."""
    scores = row_scores(rows, weights, lead)
    result = {f"{key}_f1": _mean(scores, key) for key in ROUGE_KEYS}
    result["mean_summary_words"] = round(sum(s["words"] for s in scores) / max(1, len(scores)), 1)
    return result


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float | int]:
    """ROUGE of `summary` on the CNN/DM dev sample, beside the Lead-3 baseline on the same rows; and both by half
    (rows at even and at odd positions: tune on one half, confirm on the other)."""
    rows = load_rows(data_dir, limit)
    ours, lead3 = row_scores(rows), row_scores(rows, lead=3)
    result: dict[str, float | int] = {"articles": len(rows)}
    result.update({f"{key}_f1": _mean(ours, key) for key in ROUGE_KEYS})
    result["mean_summary_words"] = round(sum(s["words"] for s in ours) / max(1, len(ours)), 1)
    result.update({f"lead3_{key}_f1": _mean(lead3, key) for key in ROUGE_KEYS})
    for half, start in (("even", 0), ("odd", 1)):
        result.update({f"{half}_{key}_f1": _mean(ours[start::2], key) for key in ROUGE_KEYS})
        result.update({f"{half}_lead3_{key}_f1": _mean(lead3[start::2], key) for key in ROUGE_KEYS})
    return result
