"""persons: the people an article names and the gender its given names and titles tell (for he/she)."""

from __future__ import annotations

import pytest

from briefgen.extract.persons import person_genders, speaker_gender


@pytest.mark.parametrize(
    ("rule", "text", "name", "expected"),
    [
        ("given name tells the gender", "Mayor Karen Bass opened the session.", "Karen Bass", "she"),
        ("surname takes it too", "Mayor Karen Bass opened the session.", "Bass", "she"),
        ("a title word before the given name", "Republican Donald Lutz won.", "Lutz", "he"),
        ("middle initial", "Senator John Q. Adams spoke.", "Adams", "he"),
        ("gendered title", "Mr. Farage left early.", "Farage", "he"),
        ("title without gender marks a person", "Chancellor Scholz arrived.", "Scholz", ""),
        ("second title word skipped", "Secretary General Ban Ki-moon condemned it.", "Ban Ki-moon", ""),
        ("surname shared by a man and a woman", "Bill Ortiz and Hillary Ortiz voted.", "Ortiz", "?"),
        ("unknown given name is no person", "Zorblax Quint voted.", "Quint", None),
        # Names given to men and women alike tell no gender (Kim Jong-un, Kim Davis; Jan Brewer, Jan Egeland).
        ("given name of either gender", "Kim Jong-un inspected the site.", "Jong-un", None),
        ("given name of either gender", "Governor Jan Brewer signed it.", "Brewer", ""),
        ("given name of either gender", "Leslie Knope chaired the meeting.", "Knope", None),
    ],
)
def test_person_genders(rule: str, text: str, name: str, expected: str | None) -> None:
    assert person_genders([text]).get(name) == expected, rule


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Maria Lopez", "she"),  # by the given name, whatever the article says
        ("Lopez", "he"),  # by the article: "Carlos Lopez"
        ("Ortiz", "?"),  # shared by Bill and Hillary Ortiz
        ("Quint", None),
        ("Tom", "he"),  # a given name alone, not a surname in the article
    ],
)
def test_speaker_gender(speaker: str, expected: str | None) -> None:
    people = person_genders(["Carlos Lopez met Bill Ortiz and Hillary Ortiz."])
    assert speaker_gender(speaker, people) == expected


@pytest.mark.parametrize("text", ["Aa'" * 600, "Mr. " + "Ab-" * 600, "John " + "Xy’" * 600 + " Smith"])
def test_a_long_run_of_name_letters_is_read_in_quadratic_time_at_worst(text: str) -> None:
    # the name-word pattern once tried every split of such a run: 20 s for 1,600 characters, cubic in the length
    import signal

    def _stuck(*_args: object) -> None:
        raise TimeoutError("the name pattern did not return")

    signal.signal(signal.SIGALRM, _stuck)
    signal.alarm(5)
    try:
        assert isinstance(person_genders([text]), dict)
    finally:
        signal.alarm(0)
