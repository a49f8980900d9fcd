"""A person noun before a name describes the speaker after the speech verb as it does before it ("said widow X")."""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        ("kin noun after the verb", '"The bridge must be fixed before winter," said widow Ann Carver.',
         ("Ann Carver", "widow")),
        ("kin noun before the verb", '"The bridge must be fixed before winter," widow Ann Carver said.',
         ("Ann Carver", "widow")),
        ("person noun after a capitalised word", '"We waited six hours for a bus," said Reyes family cousin Tom Reyes.',
         ("Tom Reyes", "Reyes family cousin")),
        ("person noun after according to", '"We waited six hours for a bus," according to neighbour Lila Banks.',
         ("Lila Banks", "neighbour")),
        ("a role noun as before", '"We waited six hours for a bus," said organizer Tom Reyes.',
         ("Tom Reyes", "organizer")),
    ],
)
def test_person_noun_before_name(rule: str, text: str, expected: tuple[str, str]) -> None:
    quotes = extract_quotes([text])
    assert [(q.speaker, q.role) for q in quotes] == [expected], rule
