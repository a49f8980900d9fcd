"""Speakers and roles as pasted news pages write them: a description whose name lists words with commas, a bare post
then its body ("Director, IIFL Securities"), a post with its own "of" before a name, a post-and-name label before a
colon, an abbreviated title cut off from its name (invented sentences)."""

from __future__ import annotations

import pytest

from briefgen.extract.cues import cue_after
from briefgen.extract.quotes import extract_quotes
from briefgen.extract.speaker_check import plausible_speaker
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speaker_shapes import is_bare_post, is_body_name


def _attributed(paragraph: str) -> tuple[str | None, str | None]:
    quote = extract_quotes([paragraph])[0]
    return quote.speaker, quote.role


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # speaker_shapes.lists_inside_name: the description's closing comma left out, its name listing words with commas
        ("“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the "
         "Delhi-based Council on Energy, Environment and Water think tank told CBS News.", "Kurinji Selvaraj",
         "a research analyst at the Delhi-based Council on Energy, Environment and Water think tank"),
        ("“The rates will not fall this year at all,” Ann Lee, a senior fellow at the Institute for Land, Water and "
         "Energy said.", "Ann Lee", "a senior fellow at the Institute for Land, Water and Energy"),
        # … and a list of people is no description: nothing changes
        ("“The rates will not fall this year at all,” Smith, Jones and Brown said.", "Jones and Brown", None),
        # speaker_shapes.is_bare_post / is_body_name: a post alone, then the body it is held at, each after a comma
        ("“The market is in a correction mode now,” said Sanjiv Bhasin, Director, IIFL Securities.",
         "Sanjiv Bhasin", "Director, IIFL Securities"),
        ("“The market is in a correction mode now,” said Ann Lee, chief economist, Ernst & Young, in a note.",
         "Ann Lee", "chief economist, Ernst & Young"),
        ("“The market is in a correction mode now,” Sanjiv Bhasin, Director, IIFL Securities, said.",
         "Sanjiv Bhasin", "Director, IIFL Securities"),
        # … not a day, a state, or a post with its body already named
        ("“The market is in a correction mode now,” said Ann Lee, spokeswoman, Tuesday.", "Ann Lee", "spokeswoman"),
        ("“The market is in a correction mode now,” said Ann Lee, spokeswoman, Texas.", "Ann Lee", "spokeswoman"),
        ("“The market is in a correction mode now,” said Ann Lee, director of research, Nomura.", "Ann Lee",
         "director of research"),
        # speakers_after.post_lead and _continues_name: a post's own "of" and one word before the name
        ('"The first line of defense is at home," said former secretary of state Hillary Clinton, who spoke.',
         "Hillary Clinton", "former secretary of state"),
        ('"The first line of defense is at home," said the secretary of state.', "the secretary of state", None),
        # speaker_labels.cue_described_label: a post and a name, the sentence's only words, label the quote
        ('Former secretary of state Hillary Rodham Clinton:"We learned that from the State Department."',
         "Hillary Rodham Clinton", "Former secretary of state"),
        ('Republican strategist Ann Lee: "We learned that from the State Department."', "Ann Lee",
         "Republican strategist"),
        # "Del." is a title (Delegate) before a name, and a state's abbreviation after a town
        ('"We will keep fighting for the people," John Smith of Wilmington, Del., said.', "John Smith", None),
        ('"We will keep fighting," John Smith, a lawyer in Dover, Del., said.', "John Smith", "a lawyer in Dover"),
    ],
)
def test_speaker_and_role(paragraph: str, speaker: str | None, role: str | None) -> None:
    assert _attributed(paragraph) == (speaker, role)


@pytest.mark.parametrize(
    ("frame", "speaker", "role"),
    [
        (" said Del. Stacey Plaskett, who represents the islands.", "Stacey Plaskett", "Del."),
        (" Del. Eleanor Holmes Norton said.", "Eleanor Holmes Norton", "Del."),
        (" John Smith of Wilmington, Del., said.", "John Smith", None),  # Delaware, where he lives
    ],
)
def test_delegate_is_a_title(frame: str, speaker: str, role: str | None) -> None:
    # (frames after the quote: the sentence splitter, quote_marks, still ends a sentence at "Del.")
    cue = cue_after(frame)
    assert cue is not None and (cue.speaker, cue.role) == (speaker, role)


@pytest.mark.parametrize(
    ("post", "body", "joined"),
    [
        ("Director", "IIFL Securities", True),
        ("managing director", "Ernst & Young", True),
        ("Director", "Tuesday", False),  # a day
        ("Director", "Ohio", False),  # a state: where the person is
        ("the director", "IIFL Securities", False),  # a described post, not a bare one
        ("director of research", "Nomura", False),  # the post names its body already
        ("Director", "Sen. Lee", False),  # a title: another person
    ],
)
def test_bare_post_and_body(post: str, body: str, joined: bool) -> None:
    assert (is_bare_post(tokenize(post)) and is_body_name(tokenize(body))) is joined


@pytest.mark.parametrize(
    ("speaker", "kept"),
    [
        ("Former", None),  # "Former royal aides called it …": a description cut short
        ("Fifty-one", None),  # "Fifty-one percent say that …": a count of people
        ("Eight", None),
        ("Eight voters", "Eight voters"),
        ("former", None),
        ("Del. Stacey Plaskett", "Del. Stacey Plaskett"),
        ("Delaware", "Delaware"),
        ("Chairman", "Chairman"),  # a title spelled out may be a name's short form ("the Chairman") and stays
    ],
)
def test_former_alone_is_no_speaker(speaker: str, kept: str | None) -> None:
    assert plausible_speaker(speaker) == kept


@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # speaker_shapes.owned_post: an owner's possessive then a post is an apposition, and a role before a full name
        ('"If he had concerns about the call, that is something," Morrison, Vindman\'s superior, said.', "Morrison",
         "Vindman's superior"),
        ('"The initiative was designed to leverage industry," Thomas Zurbuchen, NASA\'s associate administrator of '
         'the Science Mission Directorate, said.', "Thomas Zurbuchen",
         "NASA's associate administrator of the Science Mission Directorate"),
        ('In a public statement, Malaysia\'s Prime Minister, Najib Razak said, "We are in contact with all parties".',
         "Najib Razak", "Malaysia's Prime Minister"),
        # … not a thing owned ("Trump's victory" is no post)
        ('In a statement, Trump\'s victory, John Smith said, "We are in contact with all relevant parties".',
         "John Smith", None),
        # speaker_tokens.split_role: an owner before a full name is where the person works
        ('"Buying rides to the Moon enables NASA to do much more," said NASA\'s Steve Clarke.', "Steve Clarke",
         "NASA"),
        ('"Buying rides to the Moon enables NASA to do much more," NASA\'s Steve Clarke, deputy associate '
         'administrator for exploration, said.', "Steve Clarke", "deputy associate administrator for exploration"),
        ('"If we don\'t expand our reach we will lose," said Florida\'s Rick Wilson, a Republican consultant.',
         "Rick Wilson", "a Republican consultant"),
        # speakers_after._capitalised_post and "vice": a post after the name, capitalised or opened by "vice"
        ("“The authorities must end this crackdown,” said Philip Luther, Research and Advocacy Director for the "
         "Middle East and North Africa at Amnesty International.", "Philip Luther",
         "Research and Advocacy Director for the Middle East and North Africa at Amnesty International"),
        ("“We are honoured to join this community,” said Brent Sherwood, vice president of Advanced Development "
         "Programs at Blue Origin.", "Brent Sherwood", "vice president of Advanced Development Programs at Blue Origin"),
        ("“We are honoured to join this community,” said Brent Sherwood, Blue Origin, in a call.", "Brent Sherwood",
         None),
        # speaker_shapes.capitalised_post: a post written with a capital, alone or before its body
        ('"This law puts women at risk," Julie Burkhart, CEO of South Wind Women\'s Center, said.', "Julie Burkhart",
         "CEO of South Wind Women's Center"),
        ('"This law puts women at risk," Julie Burkhart, President and CEO of Acme, said.', "Julie Burkhart",
         "President and CEO of Acme"),
        ('"This law puts women at risk," Julie Burkhart, Director, said.', "Julie Burkhart", "Director"),
        ('Julie Burkhart, CEO of Acme, said the signing marked a sad day. "This law puts women at risk," she said.',
         "Julie Burkhart", "CEO of Acme"),
        # … not a title before a name: "Julie Burkhart, President Obama, said" lists two people
        # speakers._CLAUSE_PREPOSITIONS: a clause running into a titled name gives it no role
        ("“Tell them to buy larger tractors. It is very simple.” The cabinet members gathered around Mr. Trump "
         "laughed.", None, None),
        ('"We are ready," Undersecretary for Education Mr. Toccafondi said.', "Toccafondi",
         "Undersecretary for Education"),
        ('"We are ready," retired Army Lt. Gen. Mick Bednarek said.', "Mick Bednarek", "retired Army Lt. Gen."),
        # speakers.PLACE_PREPOSITIONS: the object of "in", "on" before the verb is no subject; the sentence's is
        ('The authors of the research published in the journal JAMA Psychiatry argued that the climb is "a potential '
         'public health concern."', "The authors of the research", None),
        ('"They know Hillary is the only one strong enough," a voice-over in the ad states.', "a voice-over in the ad",
         None),
        # … but the object of "of", "at" belongs to the speaker's phrase
        ('"They know Hillary is the only one strong enough," an expert at the Council on Foreign Relations said.',
         "an expert at the Council on Foreign Relations", None),
        # lexicon.ROLE_NOUNS' plurals: a group that speaks
        ('Former royal PR aides called it not a car crash, but “an articulated lorry crash” performance.',
         "Former royal PR aides", None),
        # speakers_after._owned_post_at and "founding", "managing", "associate": posts after the verb's name
        ("“This lack of rain is keeping the threat high,” said Scott Strenfel, PG&E's principal meteorologist.",
         "Scott Strenfel", "PG&E's principal meteorologist"),
        ("“I am a Delhiite,” said Aseem Prakash, founding director of the Center for Environmental Politics.",
         "Aseem Prakash", "founding director of the Center for Environmental Politics"),
        ("“I am a Delhiite,” said Ann Lee, Trump's victory in the state.", "Ann Lee", None),
        # "retired" opens a post before the name
        ('"I fundamentally disagree," said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.', "Mick Bednarek",
         "retired Army Lt. Gen."),
        # speakers_after.AGE_ADJECTIVE: an age before the name after the verb
        ('"I was unable to stand or walk for long," wrote 43-year-old Martin Taylor in a case study.', "Martin Taylor",
         None),
        # speakers_after._joined: a courtesy title before the name is no part of the role
        ('"Usually a power of attorney is described," said fertility specialist Dr. David Tourgeman.',
         "David Tourgeman", "fertility specialist"),
        # speaker_shapes.is_described_name without an article, cues._bare_post_lead: lower-case posts before the name
        ('"Essential chemical elements are found all over," study lead author Lucas Paganini, a planetary scientist '
         'at NASA, said in a statement.', "Lucas Paganini", "a planetary scientist at NASA"),
        # cues.AFTER_QUOTE_MAX_TOKENS: a name with two long appositions before its verb
        ('"Liquid water is somewhat hard to find beyond Earth," study lead author Lucas Paganini, a planetary '
         "scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American University in "
         'Washington, D.C., said in a statement.', "Lucas Paganini",
         "a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt"),
        ('"Our third quarter results reflected growth," chairman, CEO and president Craig Menear said.',
         "Craig Menear", "chairman, CEO and president"),
        ('“She is also a mother for three young boys,” another friend, Mariam Emara told CNN.', "Mariam Emara",
         "another friend"),
        # … not a noun that is no post ('impeachment' ends as 'agent' does)
        ('“The people of this country aren’t buying” impeachment, Trump said at a rally.', "Trump", None),
        # speakers: a lead adverb set off by commas is no apposition ("ESPN, meanwhile, announced")
        ('"We will suspend her for a week," ESPN, meanwhile, announced.', "ESPN", None),
        ('"We will suspend her for a week," Ann Lee, now a lobbyist, said.', "Ann Lee", "now a lobbyist"),
        # cues._CLOSING_DESCRIPTION: "Said X, who …," before the quote
        ('The home was turned into a museum. Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”',
         "Dorothy Poynter", None),
    ],
)
def test_owners_posts_and_descriptions(paragraph: str, speaker: str | None, role: str | None) -> None:
    assert _attributed(paragraph) == (speaker, role)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        # speaker_words.NOT_SPEECH_VERBS: a report's credit line after a quote says nothing
        ('Ann Lee said it was a sad day. "We will continue to fight!" CNN\'s Sam Stringer contributed to this report.',
         "Ann Lee"),
        ('"We will continue to fight!" Sam Stringer fumed.', "Sam Stringer"),
    ],
)
def test_credit_line_is_no_attribution(paragraph: str, speaker: str) -> None:
    assert extract_quotes([paragraph])[-1].speaker == speaker



@pytest.mark.parametrize(
    ("paragraph", "speaker", "role"),
    [
        # cues_subject._SHORT_QUOTE_SAID: a word or two quoted, then "said X": X is the sentence's subject
        ('"Safety," said Grimm, a Donald Trump supporter. "Safety for the whole country, everybody."', "Grimm",
         "a Donald Trump supporter"),
        # cues_subject: a role modifier before a capitalised name opens a subject
        ('Weighing in, former Arkansas Gov. Mike Huckabee agreed, praising his opponent as "one of the most gifted '
         'stars that we have got."', "Mike Huckabee", "former Arkansas Gov."),
        # speakers_after.DESCRIPTION_MAX_WORDS: four lower-case words of description before the name
        ('"This has to be the first time that a major candidate has done this," said Clinton’s top foreign policy '
         'aide Jake Sullivan.', "Jake Sullivan", "Clinton’s top foreign policy aide"),
        # cues._THINK_VERBS: a named subject's belief or wish inside a reported clause is the reporter's account
        ("Hillary Clinton told a gathering she will protect rights while her opponent, Donald Trump, wants to “take "
         "America backward.”", "Hillary Clinton", None),
        ("Donald Trump wants to “take America backward” for everyone.", "Donald Trump", None),
        ("Donald said he hoped it would be “a good thing for him and for all.”", "Donald", None),
        # speakers: a description then only circumstances is the subject
        ('An Israeli official, speaking on the condition of anonymity, said that Netanyahu "will meet with any '
         'candidate from any party."', "An Israeli official", None),
        # lexicon: "remembered", "agrees" report speech
        ('"An awful lot of analysts said no," remembered Roy Verley, HP\'s former chief corporate spokesman.',
         "Roy Verley", "HP's former chief corporate spokesman"),
        ('"Our ideas of success are different," agrees Michelle Stevens, 30, of Gainesville, Fla.', "Michelle Stevens",
         None),
        # cues_verbs.NOT_SPEECH_BEFORE: "agrees with" reports no speech of the quote before it
        ('"You don\'t want to nag," Putnam told me. "But doctors need to step in." Dr. Sanjay Gupta agrees with Putnam.',
         "Putnam", None),
        # lexicon: "beamed" reports speech
        ("“This is fantastic!” beamed Donald Hartley, who snuck onto the floor.", "Donald Hartley", None),
    ],
)
def test_subjects_after_short_quotes_and_descriptions(paragraph: str, speaker: str, role: str | None) -> None:
    assert extract_quotes([paragraph])[-1].speaker == speaker and extract_quotes([paragraph])[-1].role == role
