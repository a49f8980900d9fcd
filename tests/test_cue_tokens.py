from briefgen.extract.cue_tokens import tokens_of
from briefgen.extract.speaker_tokens import tokenize


def test_tokens_of_is_tokenize():
    text = 'Sen. Ursula von der Leyen said on Feb. 1: "We will."'
    assert tokens_of(text) == tokenize(text)
    assert tokens_of(text) == tokenize(text)  # (from the cache)


def test_tokens_of_gives_a_fresh_list():
    text = "Mayor Bill de Blasio said, adding"
    first = tokens_of(text)
    first.pop()
    first.append(first[0])
    assert tokens_of(text) == tokenize(text)


def test_subject_of_is_sentence_subject_of_the_sentence():
    from briefgen.extract.cues_subject import sentence_subject, subject_of
    sentence = "Speaking in Salem, New Hampshire, Trump went after Bush, calling him weak."
    assert subject_of(sentence) == sentence_subject(tokenize(sentence), sentence)
    assert subject_of(sentence).speaker == "Trump"
    assert subject_of(sentence) == subject_of(sentence)  # (from the cache)
