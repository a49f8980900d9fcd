"""Open questions: each part-of-speech rule (question_tags.TAG_RULES) on tagged questions, and the tagger it reads."""

from __future__ import annotations

import pytest

from briefgen.extract.question_rules import finish
from briefgen.extract.question_tags import TAG_RULES, broken_by, prepare, tag_questions


def _tagged(text: str) -> list[tuple[str, str]]:
    """'Will/MD voters/NNS win/VB ?/.' as (word, tag) pairs: the rules alone, whatever the tagger would say."""
    return [(pair.rsplit("/", 1)[0], pair.rsplit("/", 1)[1]) for pair in text.split()]


# (rule, tagged question, broken): each rule once where it holds and once where it must not
RULE_CASES = [
    ("NO_SUBJECT", "Has/VBZ to/TO surface/VB in/IN the/DT talks/NNS ,/, China/NNP become/VBP an/DT issue/NN ?/.", True),
    ("NO_SUBJECT", "Will/MD base/VB wages/NNS fall/VB ?/.", False),
    ("PARTICIPLE_BEFORE_BASE_VERB", "Will/MD Ukraine/NNP needed/VBN investigate/VB the/DT company/NN ?/.", True),
    ("PARTICIPLE_BEFORE_BASE_VERB", "Will/MD the/DT votes/NNS needed/VBN come/VB from/IN Ohio/NNP ?/.", False),
    ("PARTICIPLE_BEFORE_BASE_VERB", "Will/MD Kenya/NNP needed/VBN to/TO act/VB ?/.", False),
    ("DEGREE_BEFORE_VERB", "Will/MD the/DT candidate/NN most/RBS carry/VBP on/RP the/DT legacy/NN ?/.", True),
    ("DEGREE_BEFORE_VERB", "Will/MD voters/NNS most/RBS and/CC least/JJS support/VB the/DT plan/NN ?/.", True),
    ("DEGREE_BEFORE_VERB", "Will/MD Sanders/NNP place/VB even/RB more/JJR focus/NN on/IN policy/NN ?/.", False),
    ("DEGREE_BEFORE_VERB", "Will/MD the/DT firm/NN need/VB more/JJR staff/NN ?/.", False),
    ("NO_BASE_VERB", "Will/MD minority/NN and/CC women/NNS voters/NNS appeared/VBD more/RBR describe/VB it/PRP ?/.",
     True),
    ("NO_BASE_VERB", "Will/MD Smith/NNP and/CC the/DT governor/NN agree/VBP on/IN a/DT deal/NN ?/.", False),
    ("DO_BEFORE_VERB", "Will/MD Republican/JJ elders/NNS do/VBP elevate/VB ?/.", True),
    ("DO_BEFORE_VERB", "Will/MD Mr./NNP Cruz/NNP do/VB well/RB ?/.", False),
    ("PARTICIPLE_AND_ADJECTIVE", "Were/VBD donors/NNS granted/VBD greater/JJR access/NN to/IN the/DT State/NNP "
     "Department/NNP outrageous/JJ ?/.", True),
    ("PARTICIPLE_AND_ADJECTIVE", "Was/VBD the/DT family/NN made/VBD ill/JJ ?/.", False),
    ("NO_BASE_VERB", "Will/MD the/DT bloodshed/NN seemed/VBD shift/VB the/DT campaign/NN ?/.", True),
    ("NO_BASE_VERB", "Did/VBD it/PRP heads/VBZ toward/IN a/DT convention/NN ?/.", True),
    ("NO_BASE_VERB", "Will/MD a/DT deal/NN reached/VBN with/IN Iran/NNP led/VBD to/IN war/NN ?/.", True),
    # a base form the tagger calls past, and a verb whose past is its base form
    ("NO_BASE_VERB", "Did/VBD China/NNP 's/POS coal/NN consumption/NN decline/VBD ?/.", False),
    ("NO_BASE_VERB", "Will/MD Hillary/NNP Clinton/NNP put/VBD the/DT office/NN up/IN for/IN sale/NN ?/.", False),
    # the question's verb read as a noun: the finite verb after "if" is the condition's own
    ("NO_BASE_VERB", "Will/MD John/NNP Kasich/NNP support/NN Trump/NNP if/IN he/PRP became/VBD nominee/NN ?/.", False),
    ("NO_BASE_VERB", "Will/MD the/DT deal/NN hold/VB ?/.", False),
    # a relative clause without "that" in the subject
    ("NO_BASE_VERB", "Will/MD the/DT role/NN lightning/NN plays/VBZ in/IN eruptions/NNS be/VB known/VBN ?/.", False),
    ("DO_WITH_PERFECT", "Does/VBZ the/DT jet/NN have/VBP cost/VBN its/PRP$ owner/NN millions/NNS ?/.", True),
    ("DO_WITH_PERFECT", "Does/VBZ the/DT jet/NN have/VB room/NN ?/.", False),
    ("DETERMINER_BEFORE_VERB", "Will/MD a/DT watch/VB the/DT device/NN last/VB ?/.", True),
    ("DETERMINER_BEFORE_VERB", "Is/VBZ the/DT walk/VB -/HYPH off/NN the/DT largest/JJS ?/.", False),
    ("DETERMINER_BEFORE_VERB", "Was/VBD there/RB a/DT stand/VB down/RP order/NN ?/.", False),
    ("COMMA_SPLICE", "Will/MD Randolph/NNP bow/VB out/RP ,/, Grayson/NNP began/VBD vilifying/VBG her/PRP ?/.", True),
    ("COMMA_SPLICE", "Will/MD the/DT focus/NN be/VB ,/, Devine/NNP responded/VBD ?/.", True),
    ("COMMA_SPLICE", "Will/MD Iran/NNP retaliate/VB ,/, and/CC will/MD Israel/NNP respond/VB ?/.", False),
    ("STRAY_BASE_VERB", "Will/MD polls/NNS show/VB working/NN -/HYPH class/NN whites/NNS be/VB a/DT boon/NN ?/.", True),
    ("STRAY_BASE_VERB", "Will/MD Obama/NNP help/VB Americans/NNPS rise/VB above/IN it/PRP ?/.", False),
    ("STRAY_BASE_VERB", "Will/MD any/DT deals/NNS to/TO increase/VB trade/NN be/VB gradual/JJ ?/.", False),
    ("STRAY_BASE_VERB", "Will/MD Sanders/NNP tell/VB voters/NNS to/TO support/VB her/PRP ?/.", False),
    # "n’t" is an adverb whatever the tagger says
    ("STRAY_BASE_VERB", "Will/MD Trump/NNP move/VB if/IN he/PRP does/VBZ n’t/NN do/VB well/RB ?/.", False),
    ("RELATIVE_WITHOUT_VERB", "Are/VBP there/EX groups/NNS that/WDT trying/VBG to/TO win/VB ?/.", True),
    ("RELATIVE_WITHOUT_VERB", "Are/VBP there/EX groups/NNS that/WDT are/VBP trying/VBG to/TO win/VB ?/.", False),
    ("RELATIVE_WITHOUT_VERB", "Will/MD it/PRP show/VB them/PRP that/WDT getting/VBG ahead/RB means/NNS shouting/VBG ?/.",
     False),
    ("CLAUSE_WITHOUT_VERB", "What/WP happens/VBZ if/IN Paul/NNP Ryan/NNP ?/.", True),
    ("CLAUSE_WITHOUT_VERB", "Was/VBD it/PRP legal/JJ while/IN Clinton/NNP secretary/NN of/IN state/NN ?/.", True),
    ("CLAUSE_WITHOUT_VERB", "Was/VBD Clinton/NNP guilty/JJ while/IN secretary/NN of/IN state/NN ?/.", False),
    ("CLAUSE_WITHOUT_VERB", "What/WP happens/VBZ if/IN Paul/NNP Ryan/NNP wins/VBZ ?/.", False),
    ("CLAUSE_WITHOUT_VERB", "What/WP happens/VBZ if/IN Trump/NNP wins/NNS ?/.", False),
    # a condition that is only an adjective and its noun; not a post after "while", nor an adjective alone
    ("CLAUSE_WITHOUT_VERB", "Will/MD the/DT port/NN close/VB if/IN heavy/JJ snow/NN ?/.", True),
    ("CLAUSE_WITHOUT_VERB", "Will/MD the/DT port/NN close/VB unless/IN urgent/JJ repairs/NNS ?/.", True),
    ("CLAUSE_WITHOUT_VERB", "Will/MD the/DT port/NN close/VB if/IN heavy/JJ snow/NN falls/VBZ ?/.", False),
    ("CLAUSE_WITHOUT_VERB", "Was/VBD he/PRP paid/VBN while/IN chief/JJ executive/NN ?/.", False),
    ("CLAUSE_WITHOUT_VERB", "Will/MD the/DT port/NN close/VB if/IN necessary/JJ", False),
    ("NO_SUBJECT", "Will/MD within/IN five/CD to/TO 10/CD years/NNS Iran/NNP threaten/VB Israel/NNP ?/.", True),
    ("NO_SUBJECT", "Will/MD about/IN 100/CD people/NNS attend/VB ?/.", False),
    ("NO_SUBJECT", "Will/MD down/IN -/HYPH ballot/NN races/NNS help/VB ?/.", False),
    ("THAT_CLAUSE_WITHOUT_VERB", "Will/MD the/DT campaign/NN argue/VB that/IN industry/NN lobbyists/NNS "
     "giving/VBG thousands/NNS ?/.", True),
    ("THAT_CLAUSE_WITHOUT_VERB", "Will/MD the/DT filings/NNS show/VB that/IN Cruz/NNP ?/.", True),
    ("THAT_CLAUSE_WITHOUT_VERB", "Did/VBD Trump/NNP appreciate/VB that/IN concept/NN ?/.", False),
    ("THAT_CLAUSE_WITHOUT_VERB", "Will/MD the/DT industry/NN report/VB that/IN profits/NNS eroded/VBN ?/.", False),
    ("PERFECT_AND_BASE", "Has/VBZ Clinton/NNP missed/VBN an/DT opportunity/NN and/CC warn/VB ?/.", True),
    ("PERFECT_AND_BASE", "Have/VBP the/DT firms/NNS agreed/VBN to/TO merge/VB and/CC cut/VB jobs/NNS ?/.", False),
    ("PERFECT_AND_BASE", "Has/VBZ the/DT suspect/NN been/VBN arrested/VBN and/CC charged/VBN ?/.", False),
    ("NO_SUBJECT", "Is/VBZ though/RB from/IN groups/NNS that/WDT spend/VBP money/NN ?/.", True),
    ("BASE_AND_GERUND", "Did/VBD Emanuel/NNP cater/VB to/IN interests/NNS and/CC failing/VBG to/TO act/VB ?/.", True),
    ("BASE_AND_GERUND", "Will/MD the/DT insight/NN be/VB to/TO understand/VB the/DT open/JJ and/CC welcoming/VBG "
     "approach/NN ?/.", False),
    ("BASE_AND_GERUND", "Will/MD there/EX be/VB searches/NNS or/CC registering/VBG Muslims/NNPS ?/.", False),
    ("VERB_AS_SUBJECT", "Will/MD worries/VBZ Republican/JJ officials/NNS hold/VB fast/RB ?/.", True),
    ("VERB_AS_SUBJECT", "Will/MD courted/VBN by/IN most/JJS be/VB the/DT top/JJ donor/NN ?/.", True),
    ("VERB_AS_SUBJECT", "Did/VBD 51/CD send/VB lurid/JJ tweets/NNS ?/.", True),
    ("VERB_AS_SUBJECT", "Is/VBZ loves/NNS playing/VBG the/DT market/NN an/DT exaggeration/NN ?/.", True),
    # a plural subject the tagger calls a verb, a year as the subject, a gerund opening the subject
    ("VERB_AS_SUBJECT", "Will/MD talks/VBZ over/IN the/DT package/NN break/VB down/RP ?/.", False),
    ("VERB_AS_SUBJECT", "Will/MD 2016/CD be/VB the/DT year/NN ?/.", False),
    ("VERB_AS_SUBJECT", "Will/MD winning/VBG Iowa/NNP unlock/VB support/NN ?/.", False),
    ("ENDS_ON_MODIFIER", "Were/VBD drugs/NNS a/DT very/RB ?/.", True),
    ("ENDS_ON_MODIFIER", "Will/MD readers/NNS embrace/VB it/PRP as/IN a/DT lighthearted/NN ?/.", True),
    ("ENDS_ON_MODIFIER", "Will/MD prices/NNS rise/VB a/DT little/JJ ?/.", False),
    ("ENDS_ON_MODIFIER", "Will/MD the/DT army/NN send/VB troops/NNS if/IN necessary/JJ ?/.", False),
    ("ENDS_ON_MODIFIER", "Will/MD the/DT company/NN hold/VB a/DT meeting/NN ?/.", False),
    ("ENDS_ON_MODIFIER", "Did/VBD Cruz/NNP oppose/VB collection/NN of/IN data/NNS for/IN political/JJ ?/.", True),
    ("ENDS_ON_MODIFIER", "Will/MD employees/NNS be/VB calling/VBG in/IN sick/JJ ?/.", False),
    ("ENDS_ON_MODIFIER", "Will/MD it/PRP sell/VB as/IN soon/RB as/IN possible/JJ ?/.", False),
    ("PLURAL_VERB_AFTER_NAME", "What/WP happens/VBZ if/IN China/NNP want/VBP something/NN ?/.", True),
    ("PLURAL_VERB_AFTER_NAME", "What/WP happens/VBZ if/IN the/DT White/NNP House/NNP have/VBP to/TO act/VB ?/.", True),
    ("PLURAL_VERB_AFTER_NAME", "What/WP happens/VBZ if/IN Justice/NNP were/VBD deemed/VBN safe/JJ ?/.", True),
    # names joined are plural; the inverted subject's verb is a base form the tagger may call VBP; a preposition's
    # object is not the verb's subject
    ("PLURAL_VERB_AFTER_NAME", "What/WP happens/VBZ if/IN Smith/NNP and/CC Jones/NNP want/VBP a/DT deal/NN ?/.", False),
    ("PLURAL_VERB_AFTER_NAME", "Will/MD the/DT New/NNP York/NNP Times/NNP endorse/VBP him/PRP ?/.", False),
    ("PLURAL_VERB_AFTER_NAME", "Will/MD the/DT incident/NN in/IN Paris/NNP break/VBP down/RP walls/NNS ?/.", False),
    ("PLURAL_VERB_AFTER_NAME", "What/WP happens/VBZ if/IN the/DT Clintons/NNPS are/VBP back/RB ?/.", False),
    # a verb that needs its object, the object gapped ("the crane the builders used to lift …"); not a passive
    ("OBJECT_GAP", "Did/VBD the/DT builders/NNS use/VB to/TO lift/VB the/DT beams/NNS ?/.", True),
    ("OBJECT_GAP", "Has/VBZ the/DT council/NN used/VBN to/TO avoid/VB paying/VBG the/DT fees/NNS ?/.", True),
    ("OBJECT_GAP", "Was/VBD the/DT crane/NN used/VBN to/TO lift/VB the/DT beams/NNS ?/.", False),
    ("OBJECT_GAP", "Will/MD the/DT builders/NNS use/VB the/DT crane/NN to/TO lift/VB the/DT beams/NNS ?/.", False),
    # two bare verbs side by side; not a verb that takes one ("help find"), nor a subject the tagger calls a verb
    ("BASE_VERB_PAIR", "Will/MD the/DT league/NN see/VB lose/VB ?/.", True),
    ("BASE_VERB_PAIR", "Will/MD the/DT mayors/NNS have/VB to/TO choose/VB weigh/VB the/DT costs/NNS ?/.", True),
    ("BASE_VERB_PAIR", "Will/MD the/DT town/NN go/VB have/VB to/IN the/DT back/NN ?/.", True),
    ("BASE_VERB_PAIR", "Will/MD the/DT levy/NN help/VB fund/VB the/DT pier/NN ?/.", False),
    ("BASE_VERB_PAIR", "Will/MD the/DT club/NN let/VB go/VB of/IN its/PRP$ coach/NN ?/.", False),
    ("BASE_VERB_PAIR", "Can/MD sand/VB glow/VB in/IN the/DT dark/NN ?/.", False),
    ("BASE_VERB_PAIR", "Will/MD the/DT league/NN see/VB Leeds/NNP lose/VB ?/.", False),
]


@pytest.mark.parametrize(("rule", "tagged", "broken"), RULE_CASES)
def test_tag_rule(rule: str, tagged: str, broken: bool) -> None:
    check = next(r for r in TAG_RULES if r.name == rule)
    assert check.breaks(prepare(_tagged(tagged))) is broken


def test_every_rule_has_cases_both_ways() -> None:
    for rule in TAG_RULES:
        assert {broken for name, _t, broken in RULE_CASES if name == rule.name} == {True, False}, rule.name


# Questions seen on political news, through the real tagger: the broken ones are caught, well-formed ones pass.
@pytest.mark.parametrize(("question", "rule"), [
    ("Will the bloodshed seemed more shift the direction of the campaign?", "NO_BASE_VERB"),
    ("Will she understands people have concerns?", "NO_BASE_VERB"),
    ("Will city and county officials agreed share the costs?", "NO_BASE_VERB"),
    ("Will Ukraine needed examine the deal?", "PARTICIPLE_BEFORE_BASE_VERB"),
    ("Will Poland needed review the contract?", "NO_BASE_VERB"),
    ("Will the mayor most support a new stadium?", "DEGREE_BEFORE_VERB"),
    ("Will the council and the mayor agree on a budget?", None),
    ("Will the farmers need more rain this spring?", None),
    ("Will polls show working-class whites be a boon to Trump?", "STRAY_BASE_VERB"),
    ("Are there any Christian groups that trying to obtain a nuclear weapon?", "RELATIVE_WITHOUT_VERB"),
    ("What happens if Paul Ryan?", "CLAUSE_WITHOUT_VERB"),
    ("Will the mayor shut the harbour if heavy snow?", "CLAUSE_WITHOUT_VERB"),
    ("Will the mayor shut the harbour if heavy snow falls?", None),
    # an elliptical condition is whole (question_tag_sets.WHOLE_AFTER_PREPOSITION)
    ("Will the mayor shut the harbour if necessary?", None),
    ("Will the board release the files when appropriate?", None),
    ("What happens if China want something to be done?", "PLURAL_VERB_AFTER_NAME"),
    ("What happens if the Clintons are back in the White House?", None),
    ("Will Randolph bow out, Grayson began vilifying her and trying to force her out of the race?", "COMMA_SPLICE"),
    ("Will the U.S. deploy a second aircraft carrier strike group to the Middle East?", None),
    ("Can the U.S. and Iran reach a deal before military options become more likely?", None),
    ("Will Obama help Americans rise above the partisan and racial divisions that cleaved the nation?", None),
    ("Will the legislation end the immunity foreign countries have from civil suits in U.S. courts?", None),
    ("Has spending some of the money on green initiatives curbed emissions faster?", None),
    ("What happens if Trump is the nominee this year?", None),
    ("Is loves playing the stock market an exaggeration?", "VERB_AS_SUBJECT"),
    ("Will worries Republican elected officials hold fast to their majorities in the House?", "VERB_AS_SUBJECT"),
    ("Will courted by most of the Republican be the party’s top donor?", "VERB_AS_SUBJECT"),
    ("Will readers embrace it as a lighthearted?", "ENDS_ON_MODIFIER"),
    ("Will talks over the massive tax cut package break down?", None),
    ("Will attitudes about female leadership change?", None),
    ("Will 2016 be the year this gets fixed?", None),
    ("Will within five to 10 years Iran threaten little Israel?", "NO_SUBJECT"),
    ("Will the Clinton campaign argue that industry lobbyists giving thousands of dollars?", "THAT_CLAUSE_WITHOUT_VERB"),
    ("Will the chemical industry report that profits eroded in the third quarter?", None),
    ("Did Cruz oppose the NSA's bulk collection of metadata for political?", "ENDS_ON_MODIFIER"),
    ("Will down-ballot races help unite teachers behind Clinton?", None),
    ("Will there be a big jump in employees calling in sick?", None),
    ("Will DPC Acquisition seek to liquidate the computer-printer maker as soon as possible?", None),
    ("Did the mayor use to block the vote?", "OBJECT_GAP"),
    ("Has the council used to avoid paying the fees?", "OBJECT_GAP"),
    ("Will the mayor take to stop the works at the harbour?", "OBJECT_GAP"),
    ("Was the crane used to lift the old beams?", None),
    ("Will the league see lose?", "BASE_VERB_PAIR"),
    ("Will the ferry firm have to choose weigh the costs of the new pier?", "BASE_VERB_PAIR"),
    ("Will the levy help fund the new pier?", None),
    ("Will the league see Leeds lose?", None),
    ("Will the harbour board use the new fees to repair the pier?", None),
])
def test_tagged_questions(question: str, rule: str | None) -> None:
    assert broken_by(tag_questions([question])[0]) == rule


def test_tagger_is_loaded_once_with_only_its_components() -> None:
    from briefgen.extract.nlp import load_ner, load_tagger

    nlp = load_tagger()
    assert load_tagger() is nlp
    assert nlp.pipe_names == ["tok2vec", "tagger"]
    assert nlp.vocab is load_ner().vocab  # one string store for both
    assert load_ner().pipe_names == ["ner"]  # the NER pipeline is untouched


def test_tagging_is_batch_independent() -> None:
    questions = ["Will Iran retaliate?", "Will polls show working-class whites be a boon to Trump?"]
    assert tag_questions(questions) == [tag_questions([q])[0] for q in questions]


@pytest.mark.parametrize(("parts", "kept"), [
    # NOT_A_QUESTION "doubled-apostrophe quotation cut"
    (("Will Jeff Weiner run LinkedIn as a ''fully independent entity",), False),
    (("Will Trump call the deal ''a disaster'' again",), True),
    # a given name and its initial at the end (finish), DANGLING_END "elliptical condition"
    (("Will there be a Donald J",), False),
    (("Will there be a Plan B",), True),
    (("Is Hillary Clinton qualified if she is",), False),
    (("Will the talks resume if Iran agrees",), True),
    # MENDS "definite name without its the"
    (("Will U.S. Senate truly pass the tax bill",), "Will the U.S. Senate truly pass the tax bill?"),
    (("Did Labour Party back the mayor",), "Did the Labour Party back the mayor?"),
    (("Will House Republicans pass the bill",), True),
    (("Will GOP moderates back the bill",), True),
    (("Will Congress act on the tax bill",), True),
    # MENDS "trailing speaker", "trailing comma adverb"
    (("Will the guild strike in June, Guild Director of Member Affairs Ann Ray",), "Will the guild strike in June?"),
    (("Are Utah and Ohio good targets for the campaign, largely",), "Are Utah and Ohio good targets for the campaign?"),
    (("Will Ann Ray visit Paris, France",), True),
    # other_sex_pronoun: a pronoun of the other sex than the named subject
    (("Will Hillary Ray win over his voters",), False),
    (("Will Mr. Ray keep her seat",), False),
    (("Will Hillary Ray's husband use his influence",), True),
    (("Will Tom Ray meet Ann Lee and her aides",), True),
    # NOT_A_QUESTION "it nothing names", "asked for comment", "unsure people asked about"
    (("Will Ann Ray advise buying it",), False),
    (("Will the voters have chances to change it",), False),
    (("Will the court have three judges on it",), True),
    (("Was the merger worth it",), True),
    (("Will Ray be immediately reached for comment",), False),
    (("What are many voters",), False),
    (("What is the cause of the fire",), True),
    (("Is there the same freedom [as her husband had]",), False),
    (("What happens if [Cruz] catches on",), True),
    # DANGLING_END "verb without its preposition", "verb after or not"
    (("Has the city cut spending since signing a pledge to refrain",), False),
    (("Is the drought getting worse or not are over",), False),
    # DANGLING_END "stranded from": only a yes/no question cannot end on it
    (("Has the phrase come from",), False),
    (("Where will the money come from",), True),
])
def test_finish_rules(parts: tuple[str, ...], kept: bool | str) -> None:
    """True: kept as it is; False: no question; a string: the question mended into it."""
    if isinstance(kept, str):
        assert finish(*parts) == kept
    else:
        assert (finish(*parts) is not None) is kept


def test_there_after_the_auxiliary_loses_its_capital() -> None:
    assert finish("Will There be no conflicts of interest") == "Will there be no conflicts of interest?"
