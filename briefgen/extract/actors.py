"""Find the people, organisations, states and groups an article involves, merged per actor."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from briefgen.extract.actor_common_words import common_noun_opening, listed_kinds, opening_word
from briefgen.extract.actor_labels import label_mentions
from briefgen.extract.actor_lines import is_caps_line, is_title_case_line
from briefgen.extract.actor_mentions import DATELINE, article_mentions
from briefgen.extract.actor_merge import Mention, cluster_mentions
from briefgen.extract.actor_names import GROUP_HEADS, ORGANIZATION_HEADS
from briefgen.extract.actor_results import team_slots
from briefgen.extract.actor_roles import best_role, described_mentions, said_role
from briefgen.extract.actor_senses import page_titles
from briefgen.extract.actor_spans import digest_headings
from briefgen.extract.actor_states import divided_state_senses
from briefgen.extract.mention_context import starts_sentence
from briefgen.extract.names import actor_key
from briefgen.extract.nlp import Entity, paragraph_entities
from briefgen.extract.publisher import dateline_agencies, is_publisher, publisher_forms, reporter_mention
from briefgen.extract.transcript import interviewers, speaker_name, transcript_turns
from briefgen.model import Actor, Article, Quote

__all__ = ["extract_actors", "actor_key", "link_speakers"]

# Paragraphs that are boilerplate about the publisher, where its name is not an actor.
_BOILERPLATE = re.compile(r"\b(?:subscribe|subscription|newsletter|sign up|unlimited access|follow us|all rights reserved)\b", re.I)
# One word alone that is only the head of longer names ("Coal", "Healthcare", "Army"): no alias of an actor.
_HEAD_WORDS = ORGANIZATION_HEADS | GROUP_HEADS


def extract_actors(
    article: Article, quotes: Sequence[Quote] = (), entities: Sequence[Sequence[Entity]] | None = None
) -> tuple[Actor, ...]:
    """Return one Actor per real-world actor, most mentioned first.

    `entities` are the NER entities per paragraph (nlp.paragraph_entities) when the caller has them.
    """
    texts = [p.text for p in article.paragraphs]
    if entities is None:
        entities = paragraph_entities(texts)
    mentions, demonyms = article_mentions(article, entities)
    mentions += label_mentions(article.paragraphs, mentions, article.title)  # "Isabel Ruiz: And, I'm …", NER missed
    mentions = divided_state_senses(mentions)  # "Korea" beside "South Korea"
    caps = {i for i, t in enumerate(texts) if (is_caps_line(t) or (i == 0 and is_title_case_line(t))) and not DATELINE.match(t)}
    # (a press digest's paper headings and a results table's rows are in capitals, and are names all the same)
    caps -= digest_headings(texts) | {i for i, t in enumerate(texts) if i > 0 and team_slots(t)}
    clusters = cluster_mentions(mentions, caps)
    for state, count in demonyms.items():
        target = next((c for c in clusters if c.canonical == state), None)
        if target is not None:
            target.extra_mentions += count
    described_mentions(clusters, texts)
    publisher = publisher_forms(article.source) | dateline_agencies(texts, article.dateline)  # "(Reuters) - …"
    turns = transcript_turns(article.paragraphs)
    hosts = {speaker_name(label) or label for label in interviewers(turns)}
    answers = {index for index, label, _said in turns if (speaker_name(label) or label) not in hosts}
    answer_forms = {m.text for m in mentions if m.paragraph in answers and m.start == 0}  # ("Snow: Yes, it will …")
    lower_words = {w for t in texts for w in re.findall(r"\b[a-z]+\b", t)}
    actors: list[tuple[tuple[int, int, int], Actor]] = []
    surnames = Counter(c.name.split()[-1] for c in clusters if c.kind == "person" and c.name.split())
    given_names = Counter(c.name.split()[0] for c in clusters if c.kind == "person" and " " in c.name)
    for c in clusters:
        name = c.name
        if (c.kind in ("place", "organization") and not c.canonical and " " not in name and not name[:1].islower()
                and name.lower() in lower_words and len(c.forms) == 1):
            continue  # "the Region" in a quote while the article says "region": a common noun, not a name ("wikiHow"
            # beside "wikihow.com" is one)
        # "Snow: Yes, it will …": an interview's answer labelled with the name, which names a person
        answering = c.kind == "person" and not answer_forms.isdisjoint(c.forms)
        if c.kind == "person" and not answering and common_noun_opening(c, mentions, texts, lower_words):
            continue  # "Iodine is …" while the article says "iodine": a sentence's first word, not a person
        if (c.kind in ("person", "place", "organization") and not c.canonical and not answering
                and opening_word(c, texts)):
            continue  # "Knowledge is …", "Meteorites" (a heading): an English word, only ever a sentence's first
        if c.kind != "person" and not c.canonical and listed_kinds(c, mentions, texts):
            continue  # "(Moon Rocks, Genesis chips, Meteorites, …)": kinds of things in a list, no actors
        if (publisher and any(is_publisher(f, publisher) for f in c.forms) or hosts & set(c.forms)) and all(
                _credits_publisher(m, texts) for m in mentions if m.text in c.forms):
            # "told Wikinews", "Wikinews: <question>", a subscription box, "David Shankbone: <question>" in an
            # interview he conducts: the publisher or its interviewer at work, no actor of the news
            continue
        if (c.kind in ("person", "organization") and " " not in name and len(c.forms) == 1
                and all(_caption_label(m, texts) and not answering for m in mentions if m.text == name)):
            continue  # "Tragic: the climber died …": a photo caption's label, never a name in the text (an
            # interview's "Snow: Yes, it will …" names who answers)
        forms = [f for f in c.forms if f not in _HEAD_WORDS]  # "Coal" of "Patriot Coal": a head word, not a name
        aliases = tuple(sorted({f for f in forms if f != name and not f.isupper()} | ({f for f in forms if f.isupper() and len(f.replace(".", "")) <= 5} - {name})))
        total = sum(c.forms.values()) + c.extra_mentions
        # a title belongs to a person ("former" before "Patriot", read once as a person, is no role of Patriot Coal)
        role = best_role(c.roles) if c.kind == "person" else None
        # an actor other than a person has the key of its table name, however the article spells it ("NATO" and "North
        # Atlantic Treaty Organization"; "Washington" meaning the state: "Washington (state)"; as the government:
        # "United States")
        key = actor_key(c.canonical if c.canonical and c.kind in ("organization", "group", "place", "state") else name)
        # a quote is this actor's when its speaker key is the actor's key or that of one of its forms
        form_keys = {actor_key(f) for f in c.forms} | {key}
        if c.kind == "person" and surnames[name.split()[-1]] == 1:
            form_keys.add(actor_key(name.split()[-1]))  # "Cornyn" of "Cornyn's statement added" (no mention NER saw)
        given = name.split()[0]
        if c.kind == "person" and " " in name and given_names[given] == 1 and given not in surnames:
            form_keys.add(actor_key(given))  # "Simon: …", an interview's label, for Simon Ličen
        said = tuple(n for n, q in enumerate(quotes) if q.speaker_key and q.speaker_key in form_keys)
        if role is None and c.kind == "person":
            # "Khaled Al-Maeena, editor at large at the Saudi Gazette, said": the role the attribution gave
            role = next((said_role(quotes[n].role) for n in said if said_role(quotes[n].role)), None)
        actors.append(((-total, c.first[0], c.first[1]), Actor(
            name=name, type=c.kind, role=role, aliases=aliases, mentions=total, key=key, quotes=said,
        )))
    actors.sort(key=lambda pair: pair[0])
    return _distinct_names(_unique_keys([a for _k, a in actors]))


def _distinct_names(actors: tuple[Actor, ...]) -> tuple[Actor, ...]:
    """The state and the city an article calls by one name ("Seattle, Washington" and "talks in Washington") are each
    named by their page's name ("Washington (state)", "Washington, D.C."), the written name kept as an alias, so the
    briefing tells them apart."""
    titles = page_titles()
    shared = Counter(a.name.lower() for a in actors if a.key in titles)
    return tuple(replace(a, name=titles[a.key], aliases=tuple(sorted({*a.aliases, a.name})))
                 if a.key in titles and shared[a.name.lower()] > 1 else a for a in actors)


def _unique_keys(actors: list[Actor]) -> tuple[Actor, ...]:
    """Two actors of one name (a results row's team "Montreal" and the town): the later one's key says its type,
    so each keeps a page of its own."""
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.key in seen:
            a = replace(a, key=f"{a.key}-{a.type}")
        seen.add(a.key)
        out.append(a)
    return tuple(out)


def _caption_label(m: Mention, texts: Sequence[str]) -> bool:
    text = texts[m.paragraph]
    return starts_sentence(text, m.start) and text[m.start + len(m.text): m.start + len(m.text) + 1] == ":"


def _credits_publisher(m: Mention, texts: Sequence[str]) -> bool:
    """The mention names the article's publisher as its reporter or credit, or sits in a boilerplate paragraph."""
    text = texts[m.paragraph]
    if _BOILERPLATE.search(text):
        return True
    start = text.find(m.text, m.start)
    return start >= 0 and reporter_mention(text, start, start + len(m.text)) is not None


def link_speakers(quotes: Sequence[Quote], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Give each quote by a known actor that actor's key, so quotes group and link by Actor.key.

    A quote by "Trump" gets "donald-trump" when the article's actor is Donald Trump; other
    speakers ("a policy expert at …") keep the key made from their own words.
    """
    owner: dict[int, str] = {n: a.key for a in actors for n in a.quotes}
    return tuple(replace(q, speaker_key=owner.get(n, q.speaker_key)) for n, q in enumerate(quotes))
