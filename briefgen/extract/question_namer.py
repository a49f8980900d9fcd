"""Name the subject of an open question: the actor a pronoun stands for, or the words the sentence gives."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefgen.extract.question_filters import COMMON_NOUN_SUBJECT, PERSON_NOUN_PHRASE, PLURAL_NOUN_PHRASE, PREPOSITION_BEFORE
from briefgen.extract.question_grammar import is_plural, sentence_case_subject, subject_before
from briefgen.extract.question_mentions import GENDERED_PRONOUNS, Mention, is_family, name_sex, said_with_the, whole_word
from briefgen.extract.question_namer_tables import (
    _alone, ASKED_WHO, BINDING_REACH, _CALENDAR, _CHANGE_NO_OBJECT, _CLAUSE_END, _COMMON_NOUN_END, _DEMONSTRATIVES,
    _EITHER_SEX, _FRONTED_PRONOUN, GROUP_NOUNS, HEADING_LABELS, _leading_name, _MID_CAPITALS, _NUMBER_OF_VERB,
    _OPENING_PRONOUN, _OWN_SUBJECT, word_for_people, _PLURAL_SUBJECT, _POSSESSIVE_AFTER, _POSSESSIVE_END, _POSSESSIVES,
    _PRONOUN_DEMONSTRATIVE, REPORTED_THAT, _SAID_BEFORE, Sentence, SINGULAR_S_NOUNS, _STOP_NAME_WORDS,
    _SUBJECT_PRONOUNS, SUBORDINATING_PARTICIPLES, _THING_BEFORE, _THING_BETWEEN, THING_CHANGE_VERBS,
)
from briefgen.extract.question_rules import SITUATION_IT


class Namer:
    """Names the subject of a clause: pronouns become the actor they most likely refer to."""

    def __init__(self, sentences: list[Sentence], mentions: list[Mention], text: str = "",
                 definite: frozenset[str] = frozenset()) -> None:
        self.sentences = sentences
        self.mentions = mentions  # in text order (question_mentions.mentions)
        self._mention_offsets = [m.offset for m in mentions]  # a pronoun's sentence is found by bisection, not a scan
        # the sexes titles give, by the mention's name and by its last word after a space (_sex, once per pronoun)
        self._sexes_by_name: dict[str, set[str]] = {}
        self._sexes_by_last: dict[str, set[str]] = {}
        for m in mentions:
            if m.gender:
                self._sexes_by_name.setdefault(m.name, set()).add(m.gender)
                if " " in m.name:
                    self._sexes_by_last.setdefault(m.name.rsplit(" ", 1)[1], set()).add(m.gender)
        self.text = text
        self.definite = definite  # names said with "the" (definite_names)
        # Capitalised words seen inside a sentence are names; a capital seen only first is grammar.
        self.names = {_POSSESSIVE_END.sub("", word) for s in sentences for word in _MID_CAPITALS.findall(s.text)}
        self.common = {w for s in sentences for w in re.findall(r"(?<![\w'’-])[a-z][a-z-]+\b", s.text)}
        self.actor_words = {word for m in mentions for word in m.name.split()}  # "Apple" stays a name in lower-cased text
        self.name_words = self.names | self.actor_words  # (joined once: the tests below read them per word)
        self._starts = [s.offset for s in sentences]

    def resolver(self, index: int):  # noqa: ANN201 - a SubjectFn closure
        sentence = self.sentences[index]

        def name(phrase: str, local: int) -> str | None:
            first, _, rest = phrase.partition(" ")
            low = first.lower()
            if low in SUBORDINATING_PARTICIPLES and rest or first in HEADING_LABELS and rest[:1].isupper():
                return None
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
                # (a person by the surname too, as the object of the pronoun's own verb: "asked in May if he would
                # endorse Trump" is not about Donald Trump; "asked why he had …, Sanders said", "he would draw … in a
                # matchup among Bloomberg, …", "he will step down from running the Clinton Foundation" may be)
                near = " ".join(_CLAUSE_END.split(sentence.text[local + len(phrase):], 1)[0].split()[:BINDING_REACH])
                if named and (whole_word(named).search(sentence.text, local + len(phrase)) or
                              _SUBJECT_PRONOUNS[low] == "person" and _alone(named.split()[-1], near)):
                    return None  # "they could use Azerbaijan to bomb Iran" is not about Iran: a pronoun
                    # never names what its own clause names again (binding)
                return self._with_article(named)
            if low in _POSSESSIVES and rest:
                owner = self._refer(index, sentence.offset + local, _POSSESSIVES[low], low)
                if owner and _POSSESSIVES[low] == "person" and whole_word(owner.split()[-1]).search(rest):
                    return None  # "his decision to work for Obama" is not Obama's (binding, as for "he" below)
                return f"{self._with_article(owner)}'s {rest}" if owner else None
            if low in {"i", "we", "you"} or (low in _DEMONSTRATIVES and not rest):
                return None
            if low in _DEMONSTRATIVES:  # "those plates" → "the plates": the question stands alone
                return None if _PRONOUN_DEMONSTRATIVE.match(rest) else f"the {rest}"
            opening = sentence.text.lstrip("\"“‘' ").startswith(phrase)
            if opening and not rest and (low in GROUP_NOUNS or (
                    first[1:].islower() and (low in self.common or _COMMON_NOUN_END.search(low)) and
                    _POSSESSIVE_END.sub("", first) not in self.name_words and not _CALENDAR.match(first))):
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
        asked = ASKED_WHO.search(self.sentences[index].text[: position - start])
        if asked and kind == "person":  # "Hannity asked Trump if he would …": the one asked, not the asker
            at, last = start + asked.start("who"), asked.group("who").split()[-1]
            named = [m.name for m in self.mentions if m.kind == kind and (m.offset == at or m.name.split()[-1] == last)]
            return named[0] if len(set(named)) == 1 else asked.group("who")  # (the surname of one actor: its name)
        fronted = _FRONTED_PRONOUN.match(self.sentences[index].text)
        if fronted and kind == "person" and position - start < fronted.end():  # rule fronted-clause-pronoun
            sex = GENDERED_PRONOUNS.get(pronoun, "")
            after = [m for m in self.mentions[bisect_left(self._mention_offsets, start + fronted.end()):][:1]
                     if m.kind == kind and m.offset - start - fronted.end() <= 5 and m.gender in {"", sex}]
            if after:
                return after[0].name
        said = _SAID_BEFORE.search(self.sentences[index].text[: position - start])
        if said and pronoun == "it" and self._thing_changes(start + said.end("head"), position):
            return None  # "The utility said it will monitor the weather and … if it improves": the weather
        if said:  # "Acme Corp. said it expects ..." — the pronoun is the speaker
            speaker = subject_before(said.group("head"))
            if speaker and pronoun in {"it", "its"} and self._plural_speaker(speaker):
                return self._speakers_body(speaker)
            person_like = bool(speaker) and speaker[:1].isupper() and speaker.split()[0] not in _STOP_NAME_WORDS \
                and speaker.lower() not in GROUP_NOUNS  # "Neighbors said his mother …": not one person
            if speaker and speaker.split()[0].lower() not in _SUBJECT_PRONOUNS and (kind != "person" or person_like) \
                    and self._sex(speaker) in {None, GENDERED_PRONOUNS.get(pronoun, self._sex(speaker))}:
                # ("Smith said she …" names no Mr. Smith: she is another; "The utility said …" is "the utility" inside
                # a question, "What happens if the utility …")
                return sentence_case_subject(speaker)
        if self.mentions:
            clash = {"male": "female", "female": "male"}.get(GENDERED_PRONOUNS.get(pronoun, ""), "-")
            # (a body's name that modifies a noun, "the Senate Democratic Caucus … it", is not what "it" names)
            first_in_sentence = bisect_left(self._mention_offsets, start)
            same = [m for m in self.mentions[first_in_sentence: bisect_left(self._mention_offsets, position)]
                    if m.kind == kind and m.gender != clash
                    and not (kind == "collective" and (PREPOSITION_BEFORE.search(self.text[start: m.offset]) or
                                                       not m.ends_phrase))]
            sex = GENDERED_PRONOUNS.get(pronoun, "")
            if sex and all(self._in_pronoun_chain(m, sex) and self._possessive(m) for m in same):
                same = []  # "His claims … knowledge of Epstein's behavior … he raped": whom "His" names, from before
            if same:  # the sentence's subject, usually its first mention
                first = self._reported_subject(same) if kind == "collective" else same[0]
                return self._nearer_noun(first, position, pronoun, start) or self._own_subject(index, position, kind, pronoun)
            # the last mention before the sentence that can be the pronoun's, read back from the sentence's first
            reach = 0
            if kind == "collective":
                # "it" and "they" reach back one sentence for a body, and "it" only to that sentence's
                # subject ("Acme reported a loss. It expects …"); further back they are a situation or a crowd.
                previous = self.sentences[index - 1].offset if index else start
                reach = bisect_left(self._mention_offsets, previous)
                if pronoun in {"they", "their"} and index and self._plural_subject(index - 1):
                    reach = first_in_sentence  # "People diagnosed with BED … After an episode, they may …": the people
            last = next((m for m in (self.mentions[at] for at in range(first_in_sentence - 1, reach - 1, -1))
                         if m.kind == kind and m.gender != clash and (kind != "collective" or m.ends_phrase and (
                             pronoun != "it" or m.offset - previous <= 40))
                         and not (sex and self._in_pronoun_chain(m, sex))), None)
            found = self._nearer_noun(last, position, pronoun, start) if last is not None else None
            return found or self._own_subject(index, position, kind, pronoun)
        if kind != "person":
            return self._own_subject(index, position, kind, pronoun)
        for back in range(index, max(-1, index - 3), -1):
            lead = _leading_name(self.sentences[back].text)
            if lead:
                return lead
        return None


    def _plural_speaker(self, speaker: str) -> bool:
        """Whether the speaker's head noun is a plural common noun ("some experts", "Officials", "Women"; rule
        it-not-plural-speaker). (The head stands before an "of": "the maker of fasteners" is one maker.) Not
        is_plural alone: a joined or member plural ("Smith and Jones", "Republicans") may be the body "it" names."""
        head = re.split(r"\s+of\s+", speaker, maxsplit=1)[0].split()[-1]
        low = head.lower()
        if low in GROUP_NOUNS:
            return True
        if head != low and not (head == speaker.split()[0] and head[1:].islower() and word_for_people(low)
                                and head not in self.name_words):
            return False  # a name ("Reuters said it"), unless a word for people opening the sentence
        return low not in SINGULAR_S_NOUNS and not _POSSESSIVE_END.search(low) and is_plural(low)

    def _speakers_body(self, speaker: str) -> str | None:
        """The body a plural speaker speaks for, by a possessive ("The company's lawyers": the company) or names before
        its noun ("FBI officials", "Acme officials" where Acme is a name); else None: no one for "it" to name."""
        before = re.split(r"\s+of\s+", speaker, maxsplit=1)[0].split()[:-1]
        if before and _POSSESSIVE_END.search(before[-1]):
            return sentence_case_subject(" ".join(before[:-1] + [_POSSESSIVE_END.sub("", before[-1])]))
        if before and all(w in self.name_words or (w.isupper() and len(w) > 1) for w in before):
            return " ".join(before)
        return None

    def _thing_changes(self, after_head: int, position: int) -> bool:
        """Whether the "it" at position changes with no object ("if it improves") and a thing named with "the" stands
        between the speaker and it (rule it-thing-change)."""
        change = _CHANGE_NO_OBJECT.match(self.text, position + len("it"))
        return bool(change) and change.group("verb") in THING_CHANGE_VERBS and \
            bool(_THING_BETWEEN.search(self.text, after_head, position))

    def _in_pronoun_chain(self, mention: Mention, sex: str) -> bool:
        """Whether the mention stands in a sentence whose subject is a pronoun of that sex ("He thanked Jones …",
        "His friendship with Epstein …"), inside the quote it opens with if any: such a sentence keeps the person
        spoken of before, and a later he/she of that sex is that person, not the name its object or a possessive
        gives (rule he-she-pronoun-chain)."""
        at = bisect_right(self._starts, mention.offset) - 1
        if at < 0:
            return False
        sentence = self.sentences[at]
        opening = _OPENING_PRONOUN.match(sentence.text)
        if not opening or GENDERED_PRONOUNS[opening.group("word").lower()] != sex:
            return False
        if opening.group("mark"):  # "“His friendship with Epstein …,” the expert warned.": the quote's words only
            close = re.search(r"[”\"]", sentence.text[opening.end():])
            return close is None or mention.offset - sentence.offset < opening.end() + close.start()
        return True

    def _possessive(self, mention: Mention) -> bool:
        """Whether the mention is a possessive ("Epstein's"), by its name's last word where it is written."""
        last = mention.name.split()[-1]
        at = self.text.find(last, mention.offset, mention.offset + len(mention.name) + 1)
        return at >= 0 and bool(_POSSESSIVE_AFTER.match(self.text, at + len(last)))

    def _plural_subject(self, index: int) -> bool:
        """Whether the sentence opens with a plural common noun as its subject ("People who are diagnosed with …",
        "Many families affected by …"): a "they" after it is those, not a body the sentence names later (rule
        they-plural-subject-before). The noun is no name: not one the article capitalises inside a sentence or an
        actor's ("Acme Industries", "Jones")."""
        found = _PLURAL_SUBJECT.match(self.sentences[index].text)
        return bool(found) and found.group("noun") not in self.name_words

    def _reported_subject(self, same: list[Mention]) -> Mention:
        """The first body the sentence names, unless it reports a clause with a body of its own as the subject
        ("Bloomberg News reported on Friday that WeWork is facing scrutiny … whether it violated …": WeWork)."""
        for later in same[1:]:
            if REPORTED_THAT.search(self.text, same[0].offset + len(same[0].name), later.offset):
                return later
        return same[0]

    def _sex(self, name: str) -> str | None:
        """'male' or 'female' when a title, a given name or the article's mentions of the name tell it, else None."""
        told = next((name_sex(w) for w in name.split()[:-1] if name_sex(w)), None)  # "Mayor John Smith", "Mr. Smith"
        if told:
            return {"he": "male", "she": "female"}[told]
        last = name.split()[-1]
        # (the mentions named so, or ending " " + last)
        told_by_mentions = self._sexes_by_name.get(name, set()) | self._sexes_by_last.get(last, set())
        return told_by_mentions.pop() if len(told_by_mentions) == 1 else None  # (Bill and Hillary Clinton: neither)

    def pronoun_sex(self, name: str) -> str | None:
        """'he' or 'she' for a named subject: its title or given name, else the article's mentions of it."""
        return name_sex(name) or {"male": "he", "female": "she"}.get(self._sex(name) or "")

    def _own_subject(self, index: int, position: int, kind: str, pronoun: str = "") -> str | None:
        """"The gun was sent … to determine whether it was used": "it" is the sentence's own subject when that is a
        plain noun phrase; otherwise "it"/"they" is too often expletive or ambiguous."""
        own = _OWN_SUBJECT.match(self.sentences[index].text) if kind != "person" else None
        if own and own.group("verb") in _NUMBER_OF_VERB.get(pronoun, ()):
            return None  # "The first is … whether they are …": a singular subject is no "they" (rule number-agrees)
        return f"the {own.group('noun')}" if own and own.end() <= position - self.sentences[index].offset else None

    def _nearer_noun(self, mention: Mention, position: int, pronoun: str, start: int) -> str | None:
        """The mention's name, unless a noun between it and the pronoun is the pronoun's nearer antecedent ("an UberX
        driver was arrested after he …", "working on drones at sea -- and they could …")."""
        between = self.text[mention.offset + len(mention.name.split()[0]): position]
        if mention.offset < start and pronoun in {"it", "they", "its", "their"} and \
                COMMON_NOUN_SUBJECT.match(self.text[start: position]):
            return None
        if mention.offset < start and pronoun in {"it", "its"} and _THING_BEFORE.search(self.text[start: position]):
            return None  # "… called for ratification of the treaty, saying it would …": the treaty, not last sentence's
        if mention.offset >= start and pronoun in {"it", "its"} and \
                _THING_BETWEEN.search(self.text, mention.offset + len(mention.name), position):
            return None  # "… judge the campaign, and thinks it could …": the campaign, not the body named before it
        if pronoun in {"he", "she", "his", "her"} and PERSON_NOUN_PHRASE.search(between):
            return None
        if pronoun in {"they", "their"} and PLURAL_NOUN_PHRASE.search(between):
            return None
        return mention.name
