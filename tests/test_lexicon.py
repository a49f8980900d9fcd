"""The speech-verb tables: each narrower list is drawn from the one table, and the regexes built from them match whole words."""

import re

import pytest

from briefgen.extract.lexicon import (ANSWER_VERBS, ATTRIBUTION_VERBS, INVERTING_VERBS, LABEL_SPEECH_VERBS,
                                      QUOTE_SPEAKER_VERBS, REPORTING_VERBS, SPEAKER_PRONOUN_VERBS, SPEECH_VERB_FORMS,
                                      VOICE_NAMING_VERBS, verb_alternation)

NARROW = {"REPORTING_VERBS": REPORTING_VERBS, "ATTRIBUTION_VERBS": ATTRIBUTION_VERBS,
          "QUOTE_SPEAKER_VERBS": QUOTE_SPEAKER_VERBS, "VOICE_NAMING_VERBS": VOICE_NAMING_VERBS,
          "INVERTING_VERBS": INVERTING_VERBS, "SPEAKER_PRONOUN_VERBS": SPEAKER_PRONOUN_VERBS,
          "LABEL_SPEECH_VERBS": LABEL_SPEECH_VERBS, "ANSWER_VERBS": ANSWER_VERBS}


@pytest.mark.parametrize("name", sorted(NARROW))
def test_narrow_lists_come_from_the_table(name):
    assert set(NARROW[name]) - {"according to"} <= SPEECH_VERB_FORMS, name


def test_reporting_verbs_are_in_every_attribution_list():
    for name in ("ATTRIBUTION_VERBS", "QUOTE_SPEAKER_VERBS", "VOICE_NAMING_VERBS"):
        assert set(REPORTING_VERBS) <= set(NARROW[name]), name


@pytest.mark.parametrize("text, found", [
    ("the minister said on Monday", True),
    ("according to the report", True),
    ("she says so", True),
    ("the sayings of the sage", False),  # a whole word only
    ("unsaid words", False),
    ("the said-to-be-ready plan", True),  # a hyphen is a word boundary: the word is there
])
def test_alternation_matches_whole_words(text, found):
    assert bool(re.search(verb_alternation(ATTRIBUTION_VERBS), text)) is found
