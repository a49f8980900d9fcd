"""Readers on real pages and pastes, clean and damaged: nothing lost, damage undone, nothing raised.

Data: `boilerplate/text_dev.jsonl.gz` (pasted page text, paragraphs labelled keep/drop),
`boilerplate/html_dev.jsonl.gz` (saved pages) and `corpus/articles/*.md`. Each paste is also
read after the damage people's files really have (Windows-1252 bytes, a BOM with CRLF line
ends, UTF-8 misread as Windows-1252 once: mojibake); the result must equal the clean reading. Pastes are also
dated by their date line, checked against the date in their address where it has one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any
from pathlib import Path

from briefgen.cleaning import clean
from briefgen.evaluate.data import load_jsonl
from briefgen.errors import SourceError
from briefgen.model import Article, Source
from briefgen.readers import read
from briefgen.readers.dateline import split_dateline

# Ways a UTF-8 paste gets damaged on its way into seeds/ (None: this paste cannot be damaged so).
DAMAGE: dict[str, Callable[[str], bytes | None]] = {
    "cp1252": lambda text: _encode(text, "cp1252"),
    "bom_crlf": lambda text: b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"),
    "mojibake": lambda text: _mojibake(text),
}


def _encode(text: str, encoding: str) -> bytes | None:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        return None


def _mojibake(text: str) -> bytes | None:
    """UTF-8 bytes read as Windows-1252 and saved again as UTF-8 (None if nothing would change)."""
    if text.isascii():
        return None
    try:
        return text.encode("utf-8").decode("cp1252").encode("utf-8")
    except UnicodeDecodeError:  # a byte Windows-1252 leaves undefined: the damage loses data
        return None


def _read(name: str, fmt: str, data: bytes) -> Article | str:
    """The article, or the one-line problem (a SourceError is an answer, anything else a bug)."""
    try:
        return read(Source(name=name, format=fmt, data=data, mtime=0.0))  # type: ignore[arg-type]
    except SourceError as exc:
        return exc.problem


# A page's own date in its address ("/2019/11/19/"): the truth the date read from its date line is checked against.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")


def page_dates(readings: list[tuple[dict[str, Any], Article | str]]) -> dict[str, float | int]:
    """How many pasted pages (each with its reading: the article, or the problem that refused it) cleaning dates by
    their date line (cleaning.page_date), and, for pages whose address holds a date, how many such dates agree with
    it and how many do not."""
    dated = right = wrong = with_url_date = 0
    for item, article in readings:
        date = None if isinstance(article, str) or (cleaned := clean(article)).date_origin != "text" else cleaned.date
        dated += date is not None
        if truth := _URL_DATE.search(item.get("url") or ""):
            with_url_date += 1
            right += date == "-".join(truth.groups())
            wrong += date is not None and date != "-".join(truth.groups())
    return {"pastes_dated_by_date_line": dated / len(readings) if readings else 0.0, "pastes_with_url_date": with_url_date,
            "url_dates_found": right, "url_dates_wrong": wrong}


def _words(text: str) -> str:
    return " ".join(text.split())


def evaluate(data_dir: Path, limit: int | None = None) -> dict[str, float | int]:
    """Scores of the readers on the dev data (see the module docstring)."""
    started = time.perf_counter()
    pastes = load_jsonl(data_dir / "boilerplate" / "text_dev.jsonl.gz", limit)
    keep_total = keep_found = refused = 0
    damaged = {name: [0, 0] for name in DAMAGE}  # name → [tried, read exactly as the clean paste]
    noted_clean = 0
    readings: list[tuple[dict[str, Any], Article | str]] = []  # each paste as read, for page_dates
    for item in pastes:
        text = "\n\n".join(p["text"] for p in item["paragraphs"])
        pasted = _read(item["id"] + ".txt", "text", text.encode("utf-8"))
        readings.append((item, pasted))
        if isinstance(pasted, str):
            refused += 1
            continue
        noted_clean += bool(pasted.notes)
        out = _words(" ".join([pasted.title or "", pasted.dateline or "", *(p.text for p in pasted.paragraphs)]))
        for para in item["paragraphs"]:
            if para["label"] == "keep":
                keep_total += 1
                expected = _words(para["text"])
                keep_found += expected in out or _words(split_dateline(expected)[1]) in out
        for name, damage in DAMAGE.items():
            data = damage(text)
            if data is None:
                continue
            damaged[name][0] += 1
            again = _read(item["id"] + ".txt", "text", data)
            same = not isinstance(again, str) and (again.title, again.paragraphs) == (pasted.title, pasted.paragraphs)
            damaged[name][1] += same
    pages = load_jsonl(data_dir / "boilerplate" / "html_dev.jsonl.gz", limit)
    html_read = sum(not isinstance(_read(p["id"] + ".html", "html", p["html"].encode("utf-8")), str) for p in pages)
    corpus = sorted((data_dir / "corpus" / "articles").glob("*.md"))[:limit]
    corpus_clean = sum(
        not isinstance(a := _read(p.name, "markdown", p.read_bytes()), str) and not a.notes and a.date_origin == "source"
        for p in corpus
    )
    scores: dict[str, float | int] = {
        "pastes": len(pastes),
        "pastes_refused": refused,
        "pastes_with_notes": noted_clean,  # clean UTF-8 pastes: any note here is a false alarm
        "keep_paragraphs_kept": keep_found / keep_total if keep_total else 0.0,
    }
    for name, (tried, same) in damaged.items():
        scores[f"{name}_tried"] = tried
        scores[f"{name}_read_as_clean"] = same / tried if tried else 0.0
    scores.update(page_dates(readings))
    scores["html_pages_read"] = html_read / len(pages) if pages else 0.0
    scores["corpus_read_clean"] = corpus_clean / len(corpus) if corpus else 0.0
    scores["seconds"] = round(time.perf_counter() - started, 2)
    return scores
