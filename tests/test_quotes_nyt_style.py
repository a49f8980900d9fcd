"""Speakers of quotes in the New York Times' style: ''apostrophe marks'', "Mr. Lee said", titled second references."""

from __future__ import annotations

import pytest

from briefgen.extract.cues import cue_after
from briefgen.extract.cues_clauses import cue_as_said, cue_first_clause, cue_owner_statement, cue_phrase_subject
from briefgen.extract.persons import second_reference, titled_person
from briefgen.extract.quote_marks import with_double_marks
from briefgen.extract.quotes import extract_quotes


def _speakers(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract_quotes(list(paragraphs))]


@pytest.mark.parametrize(
    ("rule", "paragraphs", "quote_start", "speaker"),
    [
        # cues.cue_after + _reported_subject: "said X could …" reports X, it is no "said X"; the quote belongs to
        # the subject before the phrase holding it (cues.cue_phrase_subject)
        ("said X then a modal", ("Mr. Dalton, citing ''the sheer stamina of the mayor,'' said the governor could "
                                 "still lose the county.",), "the sheer", "Dalton"),
        ("said X then a finite verb", ("Ms. Arden, quoting ''a very old rule of the trade,'' said the board was "
                                       "wrong.",), "a very old", "Arden"),
        # cues.cue_as_said: a named "as X said" clause right after the quote wins over the sentence's subject
        ("as X said after the quote", ("Its anchors like to report that ''the numbers are still in doubt,'' as the "
                                       "host Mara Quill said in May.",), "the numbers", "Mara Quill"),
        # cues.cue_first_clause: the narration's reporter is the main clause's subject, so a later "he" is him
        ("he after a reported clause", ("Mr. Dalton was just as blunt, claiming that President Okafor wanted to "
                                        "raise every tax. ''You would have to be mad,'' he said.",),
         "You would", "Dalton"),
        # quotes._title_gender: "Mrs. Arden" is a woman even when a man shares her surname
        ("title tells the subject's gender", ("Ben Arden and Ruth Arden ran the farm.",
                                              "Mrs. Arden picked herself up, when she told a crowd that they had "
                                              "made ''a thousand cracks in the wall.''"), "a thousand", "Arden"),
        # persons.titled_person: "she said" with no named speaker before it is the one woman titled nearby
        ("the one titled woman nearby", ("The firmest promise Mrs. Quill has made is modesty. ''We need no more "
                                         "of that,'' she has said.",), "We need", "Quill"),
        ("titled woman, possessive", ("Mrs. Varga's remarks angered many. She said that ''the law is a mere "
                                      "suggestion'' and that ''judges are only umpires.''",), "judges are", "Varga"),
        # quotes: a given name alone opening a narration sentence is a person ("And Donald, then in college, …")
        ("given name alone as subject", ("Mr. Quill's brother flew planes. And Thomas, then in school, did not "
                                         "approve, telling him to come home.",
                                         "''I was too young to see it,'' he said."), "I was", "Thomas"),
    ],
)
def test_nyt_speakers(rule: str, paragraphs: tuple[str, ...], quote_start: str, speaker: str) -> None:
    found = [s for text, s in _speakers(*paragraphs) if text.startswith(quote_start)]
    assert found == [speaker], rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "quote_start"),
    [
        # titled_person stays silent when an untitled man of the same gender is named beside the titled one
        ("an untitled man beside Mr. X", ("Paul Gorski, a driver from Ava, Mo., who is a fan of Mr. Dalton and his "
                                          "plans, liked the rule, as did many others. ''I know managers who get "
                                          "cheated,'' he said.",), "I know"),
        # … nor takes a name said inside the quotes before it
        ("a name inside quotes", ("''No state lost more than ours. Peter Okafor is to blame,'' she said.",
                                  "''Our freedom is under assault,'' he said."), "Our freedom"),
        # … and when two titled men are near
        ("two titled men", ("At the port, a deal between Mr. Dalton and Mr. Okafor was signed. ''It went very "
                            "well,'' he said.",), "It went"),
    ],
)
def test_nyt_no_guess(rule: str, paragraphs: tuple[str, ...], quote_start: str) -> None:
    found = [s for text, s in _speakers(*paragraphs) if text.startswith(quote_start)]
    assert found and found[0] not in {"Dalton", "Okafor", "Peter Okafor"}, rule


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (", said the governor could lose.", None),
        (", said the governor, who could lose.", "the governor"),
        (", said Mr. Lee was wrong.", None),
        (", said Mr. Lee.", "Lee"),
    ],
)
def test_cue_after_reported_subject(frame: str, expected: str | None) -> None:
    cue = cue_after(frame, "x,", any_verb=False)
    assert (cue.speaker if cue else None) == expected


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        (", as the host Mara Quill said in May.", "Mara Quill"),
        (", as he said in May.", None),  # a pronoun: left to the usual resolution
        (", as the crowd cheered.", None),
        (" and the crowd cheered.", None),
    ],
)
def test_cue_as_said(frame: str, expected: str | None) -> None:
    cue = cue_as_said(frame)
    assert (cue.speaker if cue else None) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Mr. Dalton, citing ", ", said the governor could lose.", "Dalton"),
        ("Ana Ruiz, quoting ", ", wrote that it was over.", "Ana Ruiz"),
        ("Mr. Dalton, citing ", ", the governor lost.", None),  # no speech verb after the quote
        ("Mr. Dalton said it was ", ", said the governor.", None),  # no phrase set off by commas
    ],
)
def test_cue_phrase_subject(before: str, after: str, expected: str | None) -> None:
    cue = cue_phrase_subject(before, after)
    assert (cue.speaker if cue else None) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mr. Dalton was blunt, claiming that President Okafor wanted more.", "Dalton"),
        ("Mr. Dalton said that Mr. Okafor told him so.", "Dalton"),
        ("Devine said he does not think so.", "Devine"),
        ("He said that Mr. Okafor told him so.", "Okafor"),  # a pronoun main clause: the whole sentence's reading
    ],
)
def test_cue_first_clause(sentence: str, expected: str) -> None:
    cue = cue_first_clause(sentence)
    assert cue is not None and cue.speaker == expected


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("The promise Mrs. Quill made was modest.", "she", "Quill"),
        ("The promise Mrs. Quill made was modest.", "he", None),
        ("Mrs. Quill's aide met Ms. Varga.", "she", None),  # two women
        ("Mrs. Quill's aide spoke.", "she", "Quill"),
        ("Mr. Dalton and Peter Okafor spoke.", "he", None),  # an untitled man too
        ("Nobody was named.", "he", None),
        ("Their neighbor Benjamin Okafor knows it.", "he", "Benjamin Okafor"),  # a given name tells the gender
        ("Ivanka Dalton praised her father.", "she", "Ivanka Dalton"),  # the full name, not a surname others share
        ("He said that Donald Dalton would lose.", "he", None),  # the "he" points before the stretch
        ("Groberg mourned the death of Ambassador Chris Dalton.", "he", None),  # after "of": an object
        ("Paul Gorski, a fan of Mr. Dalton, said he would vote.", "he", "Paul Gorski"),
        ("He went to George Washington University.", "he", None),
        ("A donor, Peter Okafor, of the John Birch Society, gave.", "he", "Peter Okafor"),  # a body is no person
    ],
)
def test_titled_person(text: str, pronoun: str, expected: str | None) -> None:
    assert titled_person(text, pronoun) == expected


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        # quote_marks.with_double_marks: ''' is a double mark and a single one
        ("closing pair after a single mark", "''They say, 'Go home,''' said Mr. Lee.", ' "They say, \'Go home,\'"  said Mr. Lee.'),
        ("opening pair before a single mark", "'''Go home,' they say,'' he said.", ' "\'Go home,\' they say,"  he said.'),
        ("plain pair", "''We will win,'' he said.", ' "We will win,"  he said.'),
        ("an ellipsis opens", "''... and more,'' he said.", ' "... and more,"  he said.'),
        ("apostrophes inside words stay", "rock 'n' roll in the 1960's", "rock 'n' roll in the 1960's"),
    ],
)
def test_with_double_marks(rule: str, text: str, expected: str) -> None:
    out = with_double_marks(text)
    assert out == expected and len(out) == len(text), rule


@pytest.mark.parametrize(
    ("rule", "paragraphs", "quote_start", "speaker"),
    [
        ("nested single quote closing with '''", ("''They keep saying, 'Go back to your country,''' said Mr. Ortega, "
                                                  "who was born in Havana.",), "They keep", "Ortega"),
        # quotes._opens_paragraph: a ''quote'' opening its paragraph has a space before its mark, yet it opens the
        # paragraph: it does not take the speaker of the paragraph before when its own sentence names one
        ("paragraph-opening quote keeps its own cue", ("''It is over,'' said Mr. Ortega.",
                                                       "''We may see better pay soon,'' the economist Jane Quill, a "
                                                       "former adviser to the mayor in the old days, wrote on her blog."),
         "We may", "Jane Quill"),
        ("quote alone in its paragraph takes the one before", ("''It is over,'' said Ana Ruiz, a historian.",
                                                                "''The old rules no longer apply.''"), "The old", "Ana Ruiz"),
    ],
)
def test_apostrophe_marks_speakers(rule: str, paragraphs: tuple[str, ...], quote_start: str, speaker: str) -> None:
    found = [s for text, s in _speakers(*paragraphs) if text.startswith(quote_start)]
    assert found == [speaker], rule


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        # cues.cue_owner_statement: 'his statement that "…' quotes the one "his" stands for
        ("As the debate went on and Dalton stood by his comment Monday that ", "Dalton"),
        ("Former secretary Ruth Varga, a Quill supporter, fanned controversy over her remark that ", "Ruth Varga"),
        ("Mr. Dalton repeated his claim that ", "Dalton"),
        ("He was challenged over his statement on Wednesday that ", None),  # a pronoun: the last speaker may differ
        ("Dalton stood by his team that ", None),  # not a statement noun
        ("Dalton stood by his comment, and ", None),  # no "that" or colon opening the words
    ],
)
def test_cue_owner_statement(frame: str, expected: str | None) -> None:
    cue = cue_owner_statement(frame)
    assert (cue.speaker if cue else None) == expected


@pytest.mark.parametrize(
    ("rule", "paragraph", "kept"),
    [
        # quote_marks._AUTHOR_BEFORE: a long Title Cased passage after a named person's possessive is a work
        ("work after a possessive", "According to E. J. Harlan's ''The Fixers: Eddie Quill, Tom Varga and the "
                                    "Studio Publicity Machine'' and other sources, it was so.", False),
        ("speech after a possessive stays", "In Dalton's words, ''we will never give up on this great city.''", True),
        ("title case without a possessive before", "He shouted ''We Will Never Give Up On This Great City Of "
                                                   "Ours Today,'' and left.", True),
    ],
)
def test_work_after_possessive(rule: str, paragraph: str, kept: bool) -> None:
    assert bool(extract_quotes([paragraph])) == kept, rule


@pytest.mark.parametrize(
    ("description", "before", "expected"),
    [
        # persons.second_reference: "the admiral" is the person last named "Admiral X" / "Adm. X"
        ("the admiral", "Gen. Joseph Dunford asked Admiral Harris that question.", "Harris"),
        ("The senator", "Sen. Ted Cruz spoke, then Senator Amy Quill did.", "Amy Quill"),
        ("the governor", "Gov. Dalton's plan failed.", "Dalton"),
        ("the admiral", "Gen. Joseph Dunford asked a question.", None),  # no admiral named
        ("the crowd", "Admiral Harris spoke.", None),  # not a title
    ],
)
def test_second_reference(description: str, before: str, expected: str | None) -> None:
    assert second_reference(description, before) == expected


def test_second_reference_resolves_he() -> None:
    paragraphs = ["The chairman, Gen. Joseph Dunford, recently asked Admiral Harris that question. Asked later, the "
                  "admiral chuckled.", "''It is good that my voice is low,'' he said."]
    assert [q.speaker for q in extract_quotes(paragraphs)] == ["Harris"]


@pytest.mark.parametrize(
    ("rule", "paragraphs", "quote_start", "speaker"),
    [
        # speaker_words.SENTENCE_OPENERS: "Back in 1999, …" opens a sentence, it is no name
        ("Back opens a sentence", ("Back in 1999, Mr. Dalton praised the governor's skills, telling a radio host: "
                                   "''I wish I could be like that.''",), "I wish", "Dalton"),
        # speaker_tokens: a state's abbreviation is one token with its dot, so it does not end the speaker scan
        ("state abbreviation in the apposition", ("''I do not trust her at all,'' Ruth Varga, 67, a retired nurse in "
                                                  "Allentown, Pa., said in an interview.",), "I do not", "Ruth Varga"),
        # quotes: a finished sentence followed by "X said:" leaves the attribution to the next quote
        ("'X said:' introduces the next quote", ("''We are farmers,'' Ms. Varga said. ''We are not thieves.'' Mr. "
                                                 "Okafor said: ''The fire was set by others.''",), "We are not",
         "Varga"),
        # cues.cue_before: an earlier parenthetical ', said X,' names the speaker when the last verb finds no name
        ("parenthetical said X", ("Any honest reading, said Peter Okafor, an expert on ports at the Quill Center, "
                                  "would read this as a retreat, seeing the deal as ''the best way to save what is "
                                  "left.''",), "the best way", "Peter Okafor"),
    ],
)
def test_nyt_more_speakers(rule: str, paragraphs: tuple[str, ...], quote_start: str, speaker: str) -> None:
    found = [s for text, s in _speakers(*paragraphs) if text.startswith(quote_start)]
    assert found == [speaker], rule


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        # speaker_shapes.is_hometown: ", of Ashton, Md.," is where the speaker lives, not a role
        ("''It was moving,'' Ann Lee, 59, of Ashton, Md., who watched it on a screen, said.", None),
        ("''It was moving,'' Ann Lee, of the Sierra Club, said.", "of the Sierra Club"),
    ],
)
def test_hometown_is_no_role(paragraph: str, role: str | None) -> None:
    quotes = extract_quotes([paragraph])
    assert [(q.speaker, q.role) for q in quotes] == [("Ann Lee", role)]


@pytest.mark.parametrize(
    ("rule", "paragraphs", "speaker"),
    [
        # quote_pronouns.resolve_pronoun(chain=…): a run of '"…," she added' paragraphs keeps its speaker past the recency window
        ("a run of she-said paragraphs", ("Ana Ruiz, 59, of Ashton, watched the ceremony on a screen.",
                                          "She said it was moving, and ''I had to stop and think,'' she said.",
                                          "''Many of them had waited a lifetime,'' she added.",
                                          "''These are the stories nobody knows,'' she said."), "Ana Ruiz"),
        # … not when the paragraph opens with narration that may bring someone new in
        ("narration before the quote breaks the run", ("Ana Ruiz, 59, of Ashton, watched the ceremony on a screen.",
                                                       "She said it was moving, and ''I had to stop and think,'' she said.",
                                                       "''Many of them had waited a lifetime,'' she added.",
                                                       "Meanwhile the singer, who was honored, spoke about it. ''These "
                                                       "are the stories nobody knows,'' she said."), None),
    ],
)
def test_she_said_run(rule: str, paragraphs: tuple[str, ...], speaker: str | None) -> None:
    assert extract_quotes(list(paragraphs))[-1].speaker == speaker, rule
