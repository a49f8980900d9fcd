"""A slice of the readers evaluation keeps its floor (skips without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "boilerplate").is_dir(), reason="evaluation data not present")


def test_readers_slice_floor() -> None:
    from briefgen.evaluate.readers import evaluate

    result = evaluate(DATA, limit=30)
    # Measured on this slice (first 30 of each set): every keep paragraph kept, every damaged
    # paste (cp1252, BOM + CRLF, mojibake) read exactly as its clean original, no false notes.
    assert result["pastes_refused"] == 0
    assert result["pastes_with_notes"] == 0
    assert result["keep_paragraphs_kept"] == 1.0
    assert result["cp1252_read_as_clean"] == 1.0
    assert result["bom_crlf_read_as_clean"] == 1.0
    assert result["mojibake_read_as_clean"] == 1.0
    assert result["mojibake_tried"] >= 10
    assert result["html_pages_read"] >= 0.96
    assert result["corpus_read_clean"] == 1.0
    # Pastes dated by their date line: 17 of these 30 (0.567); of the 8 whose address holds a date, 4 dated, all
    # right. A wrong date is worse than the file's date, so none is allowed.
    assert result["pastes_dated_by_date_line"] >= 0.53
    assert result["url_dates_found"] >= 4
    assert result["url_dates_wrong"] == 0
