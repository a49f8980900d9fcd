"""cues_clauses: a courtesy title opening the name a clause rule reads is its role, in both rules that read one."""

from __future__ import annotations

import pytest

from briefgen.extract.cues_clauses import cue_owner_statement, cue_phrase_subject


@pytest.mark.parametrize(
    ("before", "speaker", "role"),
    [
        ("Mr. Varga, citing ", "Varga", "Mr."),
        ("Ms. Ines Roth, quoting ", "Ines Roth", "Ms."),
        ("Ines Roth, quoting ", "Ines Roth", None),
        ("Ines  Roth, quoting ", "Ines Roth", None),  # (two spaces: one name, one space)
    ],
)
def test_phrase_subject_title_is_role(before: str, speaker: str, role: str | None) -> None:
    cue = cue_phrase_subject(before, ', said the dam would hold.')
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role)


@pytest.mark.parametrize(
    ("frame", "speaker", "role"),
    [
        ('Mr. Varga stood by his remark that "', "Varga", "Mr."),
        ('Ines Roth repeated her warning that "', "Ines Roth", None),
    ],
)
def test_owner_statement_title_is_role(frame: str, speaker: str, role: str | None) -> None:
    cue = cue_owner_statement(frame)
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role)
