"""Phrase the questions an article leaves open, each resting on a sentence of the article."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.hedges import find_cues, uncertainty_score
from briefgen.extract.question_filters import (
    ANSWERED_ASKING,
    COMMON_NOUN_SUBJECT,
    PERSON_NOUN_PHRASE,
    PLURAL_NOUN_PHRASE,
    PREPOSITION_BEFORE,
    clause_context,
    is_notice,
    run_on_pieces,
)
from briefgen.extract.lexicon import SPEAKER_PRONOUN_VERBS
from briefgen.extract.question_grammar import subject_before
from briefgen.extract.question_mentions import (GENDERED_PRONOUNS, Mention, definite_names, is_family, mentions,
                                                said_with_the, whole_word)
from briefgen.extract.question_rules import SITUATION_IT
from briefgen.extract.question_tags import broken_by, tag_questions
from briefgen.extract.question_tags import load as load_tagger
from briefgen.extract.question_templates import TEMPLATES
from briefgen.extract.sentences import split_sentences
from briefgen.model import Actor, Article, Question

MAX_QUESTIONS = 6
# A sentence must carry at least this much uncertainty (see hedges.CUES weights) to yield a question:
# 2.5 keeps strong hedges, conditions, pending decisions and disputes, and drops sentences whose only
# cue is a plan, a "would" or a threat, which news usually states as fact.
MIN_UNCERTAINTY = 2.5
# Threats, refusals and scheduled steps ("vowed to retaliate", "rejected the offer", "is set to vote")
# carry weaker cues; a reader still wants to know the outcome, so a few are kept when a precise
# template phrases them, after the strong ones.
MIN_WEAK_UNCERTAINTY = 1.5
MIN_WEAK_QUALITY = 2.5
MAX_WEAK = 2
WEAK_KINDS = frozenset({"threat"})  # plans and "would" are not enough: news states them as fact
_SUBJECT_PRONOUNS = {"he": "person", "she": "person", "they": "collective", "it": "collective"}
_POSSESSIVES = {"his": "person", "her": "person", "their": "collective", "its": "collective"}
# "Acme Corp. said it expects …": the speaker before the verb is who the clause's pronoun names ("told" takes its
# hearer first: "told reporters it …").
_SAID_BEFORE = re.compile(r"^(?P<head>.*?\S)\s+(?:" + "|".join(SPEAKER_PRONOUN_VERBS) + r"|told \w+)\s+"
                          r"(?:that\s+)?(?:(?:he|she|it|they|his|her|its|their)\b.*)?$", re.IGNORECASE)
_OWN_SUBJECT = re.compile(r"^The\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:was|is|has|had|will|would|could|may|"
                          r"might|said|says|were|are|have)\b")
_BY_QUALITY = sorted(TEMPLATES, key=lambda t: -t.quality)  # stable: table order among equals
_CALENDAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)")
_MID_CAPITALS = re.compile(r"(?<=[a-z,;] )[A-Z][\w'’-]*")
# Endings of common nouns ("Clients", "Construction", "Management"): capitalised only as a sentence's first word.
_COMMON_NOUN_END = re.compile(r"(?:[^s]s|tion|sion|ment|ness|ity|ance|ence|ism)$")
_DEMONSTRATIVES = {"this", "that", "these", "those"}
# Plural common nouns that open sentences as speakers; "he"/"his" after them is someone else.
GROUP_NOUNS = frozenset("neighbors neighbours residents officials police witnesses experts analysts authorities "
                        "investigators prosecutors critics officers sources doctors relatives friends parents "
                        "students workers protesters family".split())
_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
_NAME_RUN = re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+|$)){1,4}")
_STOP_NAME_WORDS = {"The", "A", "An", "But", "And", "In", "On", "At", "For", "After", "Before", "When",
                    "While", "As", "If", "However", "Meanwhile", "Still", "Yet", "It", "He", "She", "They",
                    # subordinators and other function words that open sentences, never names
                    "Though", "Although", "Because", "Since", "Until", "Unless", "Once", "Then", "So", "Now",
                    "There", "This", "That", "These", "Those", "We", "I", "You", "Even", "Despite", "With",
                    "Yeah", "Yes", "No", "Oh", "Well", "Okay", "OK", "Uh", "Um", "During", "From", "To", "By",
                    "Of", "Under", "Over", "Through", "Without", "Within", "Among", "Amid", "Following",
                    "According", "Like", "Unlike", "Upon"}


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    paragraph: int
    offset: int  # character offset in the article's joined text


def _sentences(article: Article) -> tuple[list[_Sentence], str]:
    parts: list[_Sentence] = []
    chunks: list[str] = []
    offset = 0
    for index, paragraph in enumerate(article.paragraphs):
        if paragraph.kind not in ("text", "quote"):
            offset += len(paragraph.text) + 2
            chunks.append(paragraph.text)
            continue
        local = 0
        for sentence in split_sentences(paragraph.text):
            found = paragraph.text.find(sentence[:20], local)
            local = found if found >= 0 else local
            if is_notice(sentence):
                continue  # "Additional information will be provided as it becomes available."
            parts.extend(_Sentence(piece, index, offset + local + start) for start, piece in run_on_pieces(sentence))
        chunks.append(paragraph.text)
        offset += len(paragraph.text) + 2
    return parts, "\n\n".join(chunks)


_EITHER_SEX = re.compile(r"\b(?:he or she|she or he|his or her|her or his|him or her|he/she|s/he)\b", re.IGNORECASE)


def _leading_name(sentence: str) -> str | None:
    """Without actors, a sentence that opens with a capitalised name is taken to be about it."""
    match = _NAME_RUN.match(sentence)
    if not match:
        return None
    if re.match(r"[A-Z]{4,}\b", match.group(0)):
        return None  # "WASHINGTON --": a dateline, not a person
    words = [w for w in match.group(0).split() if w not in _STOP_NAME_WORDS]
    if not words or words[0] != match.group(0).split()[0]:
        return None
    if len(words) == 1 and words[0].endswith("s"):
        following = sentence[match.end():].split(" ", 1)[0]
        if following.islower() and not following.endswith("s"):
            return None  # "Authorities want …": a plural noun, never "he" or "she"
    words = [re.sub(r"(?:'s|’s|'|’)$", "", w) for w in words]
    return " ".join(words[-2:])


class _Namer:
    """Names the subject of a clause: pronouns become the actor they most likely refer to."""

    def __init__(self, sentences: list[_Sentence], mentions: list[Mention], text: str = "",
                 definite: frozenset[str] = frozenset()) -> None:
        self.sentences = sentences
        self.mentions = mentions
        self.text = text
        self.definite = definite  # names said with "the" (definite_names)
        # Capitalised words seen inside a sentence are names; a capital seen only first is grammar.
        self.names = {_POSSESSIVE_END.sub("", word) for s in sentences for word in _MID_CAPITALS.findall(s.text)}
        self.common = {w for s in sentences for w in re.findall(r"(?<![\w'’-])[a-z][a-z-]+\b", s.text)}
        self.actor_words = {word for m in mentions for word in m.name.split()}  # "Apple" stays a name in lower-cased text

    def resolver(self, index: int):  # noqa: ANN201 - a SubjectFn closure
        sentence = self.sentences[index]

        def name(phrase: str, local: int) -> str | None:
            first, _, rest = phrase.partition(" ")
            low = first.lower()
            if low == "it" and not rest:
                # `local` is where the clause's cue starts; the pronoun is the last "it" at or before it
                its = list(re.finditer(r"\b[Ii]t\b", sentence.text[: local + 2]))
                if its and SITUATION_IT.match(sentence.text[its[-1].end():]):
                    return None
            if low in {"he", "she", "his", "her"} and _EITHER_SEX.search(sentence.text):
                return None  # "he or she is not expected to rule": anyone at all, no one to name
            if low in _SUBJECT_PRONOUNS and rest.startswith("and ") and low != "it":
                # "he and Blair will stand together": the pronoun named, its partner kept
                named = self._refer(index, sentence.offset + local, _SUBJECT_PRONOUNS[low], low)
                return f"{self._with_article(named)} {rest}" if named else None
            if low in _SUBJECT_PRONOUNS and not rest:
                named = self._refer(index, sentence.offset + local, _SUBJECT_PRONOUNS[low], low)
                if named and whole_word(named).search(sentence.text, local + len(phrase)):
                    return None  # "they could use Azerbaijan to bomb Iran" is not about Iran: a pronoun
                    # never names what its own clause names again (binding)
                return self._with_article(named)
            if low in _POSSESSIVES and rest:
                owner = self._refer(index, sentence.offset + local, _POSSESSIVES[low], low)
                return f"{self._with_article(owner)}'s {rest}" if owner else None
            if low in {"i", "we", "you"} or (low in _DEMONSTRATIVES and not rest):
                return None
            if low in _DEMONSTRATIVES:  # "those plates" → "the plates": the question stands alone
                return f"the {rest}"
            opening = sentence.text.lstrip("\"“‘' ").startswith(phrase)
            if opening and not rest and (low in GROUP_NOUNS or (
                    first[1:].islower() and (low in self.common or _COMMON_NOUN_END.search(low)) and
                    _POSSESSIVE_END.sub("", first) not in self.names | self.actor_words and not _CALENDAR.match(first))):
                return low  # "Prosecutors are weighing …", "Clients may …": a common noun, not a name
            if opening and first[:1].isupper() and first[1:].islower() and \
                    (rest[:1].islower() or (low.endswith("ing") and rest)) and \
                    _POSSESSIVE_END.sub("", first) not in self.names and \
                    not _CALENDAR.match(first):
                return first.lower() + " " + rest  # "Steel plates recovered …", "Expanding NATO …": not names
            return phrase
        return name

    def _with_article(self, name: str | None) -> str | None:
        return f"the {name}" if name in self.definite else name

    def _refer(self, index: int, position: int, kind: str, pronoun: str = "") -> str | None:
        named = self._antecedent(index, position, kind, pronoun)
        if named and pronoun in {"he", "she", "his", "her"} and is_family(named, self.text):
            return None  # "she can unleash her husband" never names "the Clintons"
        body = kind == "collective" and named and named[:1].isupper() and not named.startswith("The ")
        if named and named[:1].isupper() and named not in self.definite and not named.startswith("The ") and (
                is_family(named, self.text) or (body and said_with_the(named, self.text))):
            return f"the {named}"  # "they" named as the family, "it" as the institute, the article says with "the"
        return named

    def _antecedent(self, index: int, position: int, kind: str, pronoun: str = "") -> str | None:
        start = self.sentences[index].offset
        said = _SAID_BEFORE.search(self.sentences[index].text[: position - start])
        if said:  # "Acme Corp. said it expects ..." — the pronoun is the speaker
            speaker = subject_before(said.group("head"))
            person_like = bool(speaker) and speaker[:1].isupper() and speaker.split()[0] not in _STOP_NAME_WORDS \
                and speaker.lower() not in GROUP_NOUNS  # "Neighbors said his mother …": not one person
            if speaker and speaker.split()[0].lower() not in _SUBJECT_PRONOUNS and (kind != "person" or person_like):
                return speaker
        if self.mentions:
            clash = {"male": "female", "female": "male"}.get(GENDERED_PRONOUNS.get(pronoun, ""), "-")
            same = [m for m in self.mentions if start <= m.offset < position and m.kind == kind and m.gender != clash
                    and not (kind == "collective" and PREPOSITION_BEFORE.search(self.text[start: m.offset]))]
            if same:  # the sentence's subject, usually its first mention
                return self._nearer_noun(same[0], position, pronoun, start) or self._own_subject(index, position, kind)
            before = [m for m in self.mentions if m.offset < start and m.kind == kind and m.gender != clash]
            if kind == "collective" and before:
                # "it" and "they" reach back one sentence for a body, and "it" only to that sentence's
                # subject ("Acme reported a loss. It expects …"); further back they are a situation or a crowd.
                previous = self.sentences[index - 1].offset if index else start
                before = [m for m in before if m.offset >= previous and
                          (pronoun != "it" or m.offset - previous <= 40)]
            found = self._nearer_noun(before[-1], position, pronoun, start) if before else None
            return found or self._own_subject(index, position, kind)
        if kind != "person":
            return self._own_subject(index, position, kind)
        for back in range(index, max(-1, index - 3), -1):
            lead = _leading_name(self.sentences[back].text)
            if lead:
                return lead
        return None


    def _own_subject(self, index: int, position: int, kind: str) -> str | None:
        """"The gun was sent … to determine whether it was used": "it" is the sentence's own subject when that is a
        plain noun phrase; otherwise "it"/"they" is too often expletive or ambiguous."""
        own = _OWN_SUBJECT.match(self.sentences[index].text) if kind != "person" else None
        return f"the {own.group('noun')}" if own and own.end() <= position - self.sentences[index].offset else None

    def _nearer_noun(self, mention: Mention, position: int, pronoun: str, start: int) -> str | None:
        """The mention's name, unless a noun between it and the pronoun is the pronoun's nearer antecedent ("an UberX
        driver was arrested after he …", "working on drones at sea -- and they could …")."""
        between = self.text[mention.offset + len(mention.name.split()[0]): position]
        if mention.offset < start and pronoun in {"it", "they", "its", "their"} and \
                COMMON_NOUN_SUBJECT.match(self.text[start: position]):
            return None
        if pronoun in {"he", "she", "his", "her"} and PERSON_NOUN_PHRASE.search(between):
            return None
        if pronoun in {"they", "their"} and PLURAL_NOUN_PHRASE.search(between):
            return None
        return mention.name


def _matches(pattern: re.Pattern[str], sentence: str) -> list[re.Match[str]]:
    """Every match; the next is looked for inside a matched clause, so that a cue whose clause swallows a later
    cue ("had been widely expected after police said they believe the IRA was …") does not hide it. A matched
    predicate (no "clause" group) is skipped whole: its later modal is usually another clause's ("… and they
    would come to an end"), whose subject the first clause does not give."""
    found = []
    match = pattern.search(sentence)
    while match:
        found.append(match)
        nested = "clause" in pattern.groupindex and match.start("clause") >= 0
        match = pattern.search(sentence, max(match.start("clause") if nested else match.end(), match.start() + 1))
    return found


# A speaker's forecast ("I think this time he will find a path") is settled by later news, unlike an opinion.
_FORECAST = re.compile(r"^(?:that\s+)?(?:[\w'’-]+\s+){0,5}?(?:will|won['’]t|(?:is|are|['’]s|['’]re)(?: not)? going to)\b")
_CLAUSE_GROUPS = ("clause", "vp", "cond", "np", "obj", "pred")


def _clause_start(match: re.Match[str]) -> int:
    """Where the clause a question asks about starts: its first named group, else the cue."""
    return next((match.start(g) for g in _CLAUSE_GROUPS if g in match.re.groupindex and match.start(g) >= 0),
                match.start())


def _question_for(sentence: str, namer_fn) -> tuple[str, float] | None:  # noqa: ANN001
    """The best question for a sentence: the most precise template, then the strongest cue it covers."""
    cues = find_cues(sentence)
    best: tuple[float, float, str] | None = None
    for template in _BY_QUALITY:
        if best is not None and template.quality < best[0]:
            break
        for match in _matches(template.pattern, sentence):
            context = clause_context(sentence[: _clause_start(match)])
            if context and not (context == "first-person opinion" and _FORECAST.match(sentence[_clause_start(match):])):
                continue  # "I think he is clever", "accepts that he may have felt …": see CLAUSE_CONTEXT
            if match.group(0)[:3].lower() == "ask" and ANSWERED_ASKING.match(sentence[match.start():]):
                continue  # "Asked why he was there, he said: …": the answer follows
            question = template.build(sentence, match, namer_fn)
            if not question:
                continue
            # "refused to rule out …, and X is expected to …": prefer the clause with the stronger hedge
            strength = max((cue.weight for cue, found in cues
                            if found.start() < match.end() and match.start() < found.end()), default=0.0)
            if best is None or (template.quality, strength) > best[:2]:
                best = (template.quality, strength, question)
    return (best[2], best[0]) if best else None


def _has_weak_kind(sentence: str) -> bool:
    return any(cue.kind in WEAK_KINDS for cue, _ in find_cues(sentence))


# The words every question is built with: two questions sharing only these and a name ask different things.
_QUESTION_WORDS = frozenset("what when where which will would could does have been there happens that this with from "
                            "they their".split())


def _content_tokens(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 3 and w not in _QUESTION_WORDS}


def _is_duplicate(question: str, kept: list[Question]) -> bool:
    tokens = _content_tokens(question)
    for other in kept:
        theirs = _content_tokens(other.question)
        if tokens and theirs and len(tokens & theirs) / len(tokens | theirs) >= 0.6:
            return True
        smaller = min(tokens, theirs, key=len)
        if len(smaller) >= 3 and len(tokens & theirs) / len(smaller) >= 0.75:
            return True  # "Is Kevin running out of time a little bit?" repeats "Is Kevin Pietersen running out of time …?"
    return False


def extract_questions(article: Article, actors: Sequence[Actor] = ()) -> tuple[Question, ...]:
    """Return at most about six open questions, most important first.

    A sentence qualifies when its uncertainty cues (hedges.CUES) weigh at least MIN_UNCERTAINTY and a
    question template (question_templates.TEMPLATES) can phrase it; candidates are ranked by cue
    strength, template quality, how early the sentence comes (news puts the main point first) and
    whether the question names one of the three main actors.
    Pronoun subjects are replaced by the actor they refer to, or the question is dropped.
    """
    load_tagger()  # once per process, before the first article's work (see question_tags.load)
    sentences, text = _sentences(article)
    if not sentences:
        return ()
    namer = _Namer(sentences, mentions(text, actors), text, definite_names(text, actors))
    # Actors come most mentioned first: a question about one of the main three matters more.
    lead_names = [n for a in actors[:3] if a.type != "place" for n in (a.name, *a.aliases) if len(n) > 2]
    n_paragraphs = max(1, len(article.paragraphs))
    candidates: list[tuple[float, int, bool, Question]] = []
    for index, sentence in enumerate(sentences):
        if sentence.text.rstrip("\"”’' ").endswith("?"):
            continue  # a question the article asks (an interviewer's) is answered, not left open
        score = uncertainty_score(sentence.text)
        if score < MIN_WEAK_UNCERTAINTY:
            continue
        phrased = _question_for(sentence.text, namer.resolver(index))
        if not phrased:
            continue
        question, quality = phrased
        if score < MIN_UNCERTAINTY and (quality < MIN_WEAK_QUALITY or not _has_weak_kind(sentence.text)):
            continue
        position = 1.0 - sentence.paragraph / n_paragraphs
        weak = score < MIN_UNCERTAINTY
        about_lead_actor = any(name in question for name in lead_names)
        rank = score + 0.5 * quality + 1.5 * position + (0.5 if about_lead_actor else 0.0) - (3.0 if weak else 0.0)
        candidates.append((-rank, index, weak, Question(question=question, evidence=sentence.text)))
    ranked = [(weak, q) for _, _, weak, q in sorted(candidates, key=lambda c: (c[0], c[1]))]
    kept: list[Question] = []
    weak = 0
    broken: dict[int, bool] = {}  # candidate's rank -> the tagger shows it is broken English (TAG_RULES)
    for at, (is_weak, candidate) in enumerate(ranked):
        if _is_duplicate(candidate.question, kept) or (is_weak and weak >= MAX_WEAK):
            continue
        if at not in broken:
            _check_grammar(ranked, at, kept, MAX_QUESTIONS - len(kept), broken)
        if broken[at]:
            continue
        kept.append(candidate)
        weak += is_weak
        if len(kept) == MAX_QUESTIONS:
            break
    return tuple(kept)


def _check_grammar(ranked: list[tuple[bool, Question]], at: int, kept: list[Question], wanted: int,
                   broken: dict[int, bool]) -> None:
    """Tag the candidate at `at` and the next ones likely to be kept, `wanted` in all, in one batch.

    Only the questions that may be shown are tagged, a handful per article: the tagger reads short strings, never the
    article, and one batch costs little more than one question.
    """
    batch = [at]
    for later in range(at + 1, len(ranked)):
        if len(batch) >= wanted:
            break
        if later not in broken and not _is_duplicate(ranked[later][1].question, kept):
            batch.append(later)
    for index, tagged in zip(batch, tag_questions([ranked[i][1].question for i in batch])):
        broken[index] = broken_by(tagged) is not None
