"""Find direct quotations in cleaned paragraphs and attribute them to speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.cues import (
    VAGUE_SPEAKERS,
    cue_after,
    cue_before,
    cue_sentence_end,
    cue_trailing,
)
from briefgen.extract.cues_according import cue_according
from briefgen.extract.cues_clauses import cue_as_said, cue_first_clause, cue_owner_statement, cue_phrase_subject
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.lexicon import DETERMINERS, PERSON_PRONOUNS, SPEECH_VERB_FORMS
from briefgen.extract.names import actor_key
from briefgen.extract.persons import (
    given_gender, person_genders, second_reference, sole_bearer, speaker_gender, titled_person,
)
from briefgen.extract.quote_choice import key_quotes
from briefgen.extract.quote_furniture import not_spoken
from briefgen.extract.quote_groups import (
    described_person, families, is_person, is_person_like, last_conjunct, last_group, pair_of_people,
)
from briefgen.extract.quote_marks import (
    MASK, Span, find_spans, mask, sentence_bounds, with_double_marks, without_phrase_marks,
)
from briefgen.extract.quote_passive import active_subject
from briefgen.extract.quote_pronouns import resolve_pronoun, title_gender
from briefgen.extract.quote_repeats import same_words_same_speaker
from briefgen.extract.quote_roles import a_role, with_narration_roles
from briefgen.extract.speaker_check import (
    capitalised_inside,
    common_word,
    document_owner,
    is_thing,
    lowercase_words,
    plausible_speaker,
)
from briefgen.extract.speaker_labels import (
    cue_inner_label, cue_inner_signoff, labels_no_speaker, without_inner_label, without_inner_signoff,
)
from briefgen.extract.speaker_tokens import tokenize
from briefgen.extract.speakers import Cue
from briefgen.model import Quote

__all__ = ["extract_quotes", "find_spans", "key_quotes", "quote_spans"]

WINDOW = 600  # characters of narration read on each side of a quote
# Two-word speech verbs that more often tell no speech: "the rally went on for hours", "to put it simply".
NOT_SPEECH_PHRASES = frozenset({"went on", "put it", "puts it"})
# A speech verb, the gate before a narration sentence is read for its speaker
# (two-word verbs too, "pointed out", "shot back", but not "went on" nor "put it", which also tell no speech)
_SPEECH_VERB = re.compile(r"\b(?:" + "|".join(sorted(w.replace(" ", r"\s+") for w in SPEECH_VERB_FORMS
                                                    if w not in NOT_SPEECH_PHRASES)) + r")\b")
# A finite speech verb and "that" right before a quote: the quote is what that verb's subject said
_CLAIMED_THAT = re.compile(r"\b[A-Z][\w'’-]+\s+(?:\w+ly\s+)?(?:" + "|".join(
    sorted(w for w in SPEECH_VERB_FORMS if " " not in w and not w.endswith("ing"))) + r")\s+(?:on\s+\w+\s+)?that\s*$")
_SPACES = re.compile(r"\s{2,}")


@dataclass(frozen=True, slots=True)
class _Checker:
    """Keeps a found speaker only when it can speak (speaker_check), trimmed to its head; needs the article's words."""

    lower: frozenset[str]
    inside: frozenset[str]

    @classmethod
    def of(cls, paragraphs: Sequence[str]) -> _Checker:
        return cls(lowercase_words(paragraphs), capitalised_inside(paragraphs))

    def __call__(self, cue: Cue | None) -> Cue | None:
        if cue is None:
            return None
        owned = document_owner(cue.speaker)
        if owned is not None:  # "Cornyn's statement added": Cornyn, in a statement (as "Cornyn said in a statement")
            cue = Cue(owned[0], cue.role, cue.context or owned[1])
        speaker = plausible_speaker(cue.speaker)
        if speaker is None or common_word(speaker, self.lower, self.inside):
            return None
        if "  " in f"{speaker}|{cue.role}|{cue.context}":
            # the words read past a short phrase's blanked marks (quote_marks.without_phrase_marks): one space
            return Cue(_SPACES.sub(" ", speaker), cue.role and _SPACES.sub(" ", cue.role),
                       cue.context and _SPACES.sub(" ", cue.context))
        return cue if speaker == cue.speaker else Cue(speaker, cue.role, cue.context)


@dataclass(slots=True)
class _Found:
    span: Span
    cue: Cue | None
    opens_sentence: bool
    prev_sentence: str
    subject: Cue | None = None  # the name opening the quote's own sentence, when its cue is a pronoun
    sentence: str = ""  # the quote's own sentence, quotes masked


def _own_cues(paragraphs: Sequence[str], by_par: dict[int, list[Span]], check: _Checker) -> list[_Found]:
    """Each quote's attribution from its own sentence, or None (by_par: the quotes' spans by paragraph)."""
    found: list[_Found] = []
    last_sentence = ""  # of the paragraph before, for a quote that opens its paragraph
    for index, text in enumerate(paragraphs):
        ps = by_par.get(index, [])
        masked = without_phrase_marks(mask(text, ps))
        bounds = sentence_bounds(masked)
        for n, s in enumerate(ps):
            nxt_open = ps[n + 1].open_mark if n + 1 < len(ps) else len(text)
            sent = next((b for b in bounds if b[0] <= s.open_mark < b[1]), (0, len(text)))
            sentence_end = next((b[1] for b in bounds if b[1] > s.close_mark), len(text))
            after_end = min(nxt_open, sentence_end)
            # attribution is local: bounded windows keep a pathological paragraph linear
            frame_after = masked[min(s.close_mark + 1, len(text)): min(after_end, s.close_mark + 1 + WINDOW)]
            frame_before = masked[max(sent[0], s.open_mark - WINDOW): s.open_mark]
            quoted = text[s.start: s.end]
            opens = not frame_before.strip(" ,—–-\"“”‘’§")
            according = cue_according(masked[max(sent[0], s.open_mark - WINDOW): min(sent[1], s.close_mark + WINDOW)])
            introduces_next = frame_after.rstrip().endswith(":") or (
                s.carried and after_end == nxt_open and frame_after.rstrip().endswith(","))
            if opens and quoted.rstrip()[-1:] in ".!?" and introduces_next:
                # '"We are not terrorists." Mr. Zahed said: "…"': a finished sentence, and the attribution after it
                # introduces the next quote; this one takes its speaker from its neighbours (so does the last
                # paragraph of a quote that ran on, before 'After the match, the coach said, "…"')
                options = [cue_before(frame_before), according]
            elif opens:
                options = [cue_after(frame_after, quoted), cue_before(frame_before), according, cue_trailing(frame_after)]
            else:
                # a quote inside a sentence belongs to that sentence's speaker, not the next clause's
                # … and, failing all those, 'Obama "felt a moral obligation" to act, Axelrod said' at the end
                # … or at the end of a long sentence ('The promise to "…" appeals to …, said Alan Abramowitz.')
                tail = masked[s.close_mark + 1: min(sentence_end, s.close_mark + 1 + WINDOW)]
                options = [cue_before(frame_before), according, cue_after(frame_after, quoted, any_verb=False),
                           cue_trailing(frame_after), cue_sentence_end(tail),
                           active_subject(frame_before),  # (not "the sailors were granted": passive_subject)
                           cue_phrase_subject(frame_before, frame_after), cue_owner_statement(frame_before)]
                if quoted.rstrip().endswith(",") and not _CLAIMED_THAT.search(frame_before):
                    # '…calling Trump "an orange buffoon," Susan said': the comma hands over to "X said" (not after
                    # 'even as Trump claimed that "…," a prosecutor said …': the words are the claim's)
                    options.insert(0, options.pop(2))
            # '"…," as the host Steve Doocy said': a named "as" clause right after the quote is its own attribution
            options.insert(0, cue_as_said(frame_after))
            # a transcript quoted whole ('"WALLACE: Do you really see …') names its speaker inside the marks
            options.insert(0, cue_inner_label(quoted))
            if _alone(text, s):
                # a pull-quote standing as its paragraph signs off with its speaker inside the marks ('"… as possible.
                # Former NAACP president Ben Jealous."')
                options.insert(0, cue_inner_signoff(quoted))
            options = [check(c) for c in options]
            # "it said", "they said" say little; a named cue elsewhere in the sentence wins over them
            named = [c for c in options if c is not None and c.speaker.lower() not in VAGUE_SPEAKERS]
            cue = named[0] if named else next((c for c in options if c is not None), None)
            if cue is not None and cue.speaker == "I" and not _says_i(frame_before, frame_after):
                cue = None  # "The editor I was talking to … announced": an "I" that is not the one speaking
            prev = next((masked[b[0]: b[1]] for b in reversed(bounds) if b[1] <= sent[0]), last_sentence if sent[0] == 0 else "")
            prev = prev[-WINDOW:]
            subject = None
            if cue is not None and cue.speaker.lower() in {"he", "she"} and not opens:
                # 'Trump was talking about … when he told Fox News, "…"': the pronoun may be the sentence's subject
                subject = check(sentence_subject(tokenize(frame_before), frame_before))
            found.append(_Found(s, cue, opens, prev, subject, masked[sent[0]: max(sent[1], after_end)]))
        last_sentence = masked[bounds[-1][0]: bounds[-1][1]][-WINDOW:] if bounds else ""
    return found


def _opens_paragraph(paragraph: str, span: Span) -> bool:
    """The quote's opening mark is the paragraph's first character (''archive marks'' read as marks leave a space
    before it, so its offset alone does not tell)."""
    return not paragraph[: span.open_mark].strip()


def _alone(paragraph: str, span: Span) -> bool:
    """The quote is its paragraph's only text: a paragraph of a speaker's words the paragraph before introduced
    ('Lee praised the plan.' then '"It will save lives."'), so it takes the speaker of that paragraph's last sentence."""
    return not (paragraph[:span.open_mark] + paragraph[span.close_mark + 1:]).strip(" .,\"“”")


# '"…," I said' / 'I told the judge: "…' — the writer's "I" right beside its speech verb, the only "I" taken as a speaker
_VERB = "|".join(sorted(SPEECH_VERB_FORMS, key=len, reverse=True))
_I_AFTER = re.compile(rf"^[\s,—–-]*I\s+(?:\w+ly\s+)?(?:{_VERB})\b")
_I_BEFORE = re.compile(rf"\bI\s+(?:\w+ly\s+)?(?:{_VERB})\b[^.!?]{{0,80}}$")


def _says_i(frame_before: str, frame_after: str) -> bool:
    return bool(_I_AFTER.match(frame_after) or _I_BEFORE.search(frame_before))


# Cue words that name no one by themselves: quote_spans resolves them to an earlier person, document or body, or
# ("they") a pair of people or a family (quote_groups).
_ANAPHORS = frozenset({"he", "she", "it", "they"})


def extract_quotes(paragraphs: Sequence[str], run_on: bool = True) -> tuple[Quote, ...]:
    """Return the direct quotations in reading order, each with its speaker or None.

    run_on: keep the opening paragraphs of a quote that runs over several paragraphs (see find_spans).
    """
    return tuple(q for _span, q in quote_spans(paragraphs, run_on))


def quote_spans(paragraphs: Sequence[str], run_on: bool = True) -> list[tuple[Span, Quote]]:
    """Each quotation with the span of quotation marks it was read from (for evaluation and diagnostics)."""
    written = paragraphs  # a quote's text is taken from these: ''marks'' inside it stay as written
    paragraphs = [with_double_marks(p) for p in paragraphs]  # (''archive marks'' read as "marks", offsets kept)
    # the publisher's lines inside quotation marks ('"Follow … on Twitter @…"') are no one's words: not quotes
    spans = [s for s in find_spans(paragraphs, run_on) if not_spoken(paragraphs[s.paragraph][s.start: s.end]) is None]
    if not spans:
        return []  # an article without a quotation mark pair needs none of the article-wide tables below
    check = _Checker.of(paragraphs)
    by_par: dict[int, list[Span]] = {}
    for s in spans:
        by_par.setdefault(s.paragraph, []).append(s)
    found = _own_cues(paragraphs, by_par, check)
    cues: list[Cue | None] = [f.cue for f in found]
    # a line labelled "VIDEO:" takes no speaker from its neighbours
    quoted = [paragraphs[f.span.paragraph][f.span.start: f.span.end] for f in found]
    furniture = [labels_no_speaker(q) for q in quoted]
    for n, f in enumerate(found):
        if cues[n] is not None or n == 0 or furniture[n]:
            continue
        prev = found[n - 1]
        same_par = prev.span.paragraph == f.span.paragraph
        follows = (prev.span.paragraph == f.span.paragraph - 1 and f.opens_sentence
                   and _opens_paragraph(paragraphs[f.span.paragraph], f.span))
        earlier = cues[n - 1]
        if earlier is not None and earlier.speaker == "I" and f.opens_sentence and not f.span.carried:
            continue  # a first-person piece is a dialogue: the writer's next sentence in quotes may be the other side's
        if same_par or f.span.carried or follows:
            cues[n] = cues[n - 1]
    for n in range(len(found) - 2, -1, -1):
        # '"A." "B," she said.': an unattributed quote takes the cue of the next one in its paragraph
        nxt = found[n + 1]
        # … and the opening paragraphs of a multi-paragraph quote take the cue given at its end
        if cues[n] is None and not furniture[n] and (nxt.span.paragraph == found[n].span.paragraph or nxt.span.carried):
            cues[n] = cues[n + 1]
    for n, f in enumerate(found):
        if cues[n] is None and f.opens_sentence and f.prev_sentence:
            prev = f.prev_sentence.rstrip()
            if prev.endswith(":"):
                cues[n] = check(cue_before(prev))
            elif not _opens_paragraph(paragraphs[f.span.paragraph], f.span) or _alone(paragraphs[f.span.paragraph], f.span):
                # 'Clinton touted her plan. "We need …"': who speaks in the sentence before, same paragraph, or
                # at the end of the paragraph before when the quote stands as a paragraph of its own
                cues[n] = check(cue_before(prev)) or (check(sentence_subject(tokenize(prev), prev)) if MASK not in prev else None)
            if cues[n] is not None and cues[n].speaker == "I" and not _says_i(prev, ""):
                cues[n] = None  # "When I began to speak … the judge interrupted me.": not the writer speaking
    for n in range(1, len(found)):
        # the paragraphs a quote runs on into keep the speaker its opening paragraph took from the narration before it
        if cues[n] is None and found[n].span.carried and not furniture[n]:
            cues[n] = cues[n - 1]
    quotes: list[Quote] = []
    named: list[Cue] = []
    things: list[tuple[int, Cue]] = []  # documents and bodies that spoke or opened a sentence, for "it said"
    genders: dict[str, str] = {}
    # The narration's speakers and subjects, and the genders of the people named, only serve to resolve a "he",
    # "she" or "it" quote: sentences after the last such quote's paragraph are not read (the subject scan is the
    # costly part), and without such a quote the article's names are not looked at for their gender.
    last = max((f.span.paragraph for f, c in zip(found, cues) if c is not None and c.speaker.lower() in _ANAPHORS),
               default=-1)
    people = person_genders(paragraphs) if last >= 0 else {}
    # a surname a man and a woman share ('?') is what _shared_surname_subject looks for: without one, the sentences
    # before the quotes are not parsed again for it
    shares_surname = "?" in people.values()
    narration = _narration_speakers(paragraphs[:last + 1], by_par, check, people)
    groups = families(paragraphs[:last + 1], by_par, people)  # (position, group), for "they"
    for f, cue in zip(found, cues):
        while narration and narration[0][0] < (f.span.paragraph, f.span.open_mark):
            at, pair = narration.pop(0)
            reported = last_conjunct(pair)  # ("Wilcox and Beruff": a later "he" or "she" is Beruff, "they" both)
            if pair_of_people(pair, people):
                groups.append((at, pair))
            if is_thing(reported.speaker):
                things.append((at[0], reported))
            # a full name, or the surname of one already met: not "Texas" or "Hastily" opening a sentence
            elif " " in reported.speaker or reported.speaker in people or given_gender(reported.speaker) or any(
                    c.speaker.split()[-1] == reported.speaker for c in named):  # (or a given name: "Donald, …, did")
                named.append(reported)
        pronoun = cue.speaker.lower() if cue is not None else ""
        if (f.subject is not None and pronoun in {"he", "she"} and f.subject.pronoun is None
                and (title_gender(f.subject) or speaker_gender(f.subject.speaker, people)) == pronoun):
            resolved: Cue | None = Cue(f.subject.speaker, f.subject.role, cue.context if cue else None)
        elif pronoun == "it":
            # '"…," it read.': the document or body the paragraph or the one before it spoke of
            recent = next((c for par, c in reversed(things) if par >= f.span.paragraph - 1), None)
            resolved = Cue(recent.speaker, recent.role, cue.context if cue else None) if recent else None
        elif pronoun == "they":
            group = last_group(groups, f.span)
            resolved = Cue(group.speaker, group.role, cue.context if cue else None) if group else None
        else:
            recent = " ".join(paragraphs[max(0, f.span.paragraph - 2): f.span.paragraph])
            recent += " " + paragraphs[f.span.paragraph][: f.span.open_mark]
            # a run of '"…," she added' paragraphs: the quote opens its paragraph, and the one before it, closed in
            # this paragraph or the one before, names its speaker
            before = found[len(quotes) - 1].span if quotes else None
            chain = (quotes[-1].speaker if before is not None and before.paragraph >= f.span.paragraph - 1
                     and before.close_mark < len(paragraphs[before.paragraph])
                     and _opens_paragraph(paragraphs[f.span.paragraph], f.span) else None)
            resolved = resolve_pronoun(cue, named, genders, people, recent, chain)
            if resolved is None and pronoun in {"he", "she"} and _SPEECH_VERB.search(f.sentence):
                # no named speaker fits: the one person titled Mr. or Mrs./Ms. in the narration just before (when the
                # quote's sentence has a speech verb: 'She took her phone everywhere, "…"' may quote someone else)
                # (narration only: a name inside the quotes there is not who speaks)
                near = mask(paragraphs[f.span.paragraph], by_par.get(f.span.paragraph, []))[: f.span.open_mark]
                if not near.strip(" \"“”'§") and f.span.paragraph > 0:
                    near = mask(paragraphs[f.span.paragraph - 1], by_par.get(f.span.paragraph - 1, []))
                titled = titled_person(near, pronoun)
                resolved = Cue(titled, None, cue.context if cue else None) if titled else None
        shared = (_shared_surname_subject(f, pronoun, people, check) if shares_surname and pronoun in {"he", "she"}
                  else None)
        if shared is not None and (resolved is None or resolved.speaker.split()[-1] != shared.split()[-1]):
            # the subject just before names a surname two people share, and the pronoun tells which (not someone
            # named further back)
            resolved = Cue(shared, None, cue.context if cue else None)
        if resolved is not None and is_thing(resolved.speaker):
            things.append((f.span.paragraph, resolved))
        elif resolved is not None and resolved.speaker.lower() not in PERSON_PRONOUNS:
            named.append(resolved)
            if pair_of_people(resolved, people):  # '"…," Bill and Denise Richard wrote': a pair, for "they"
                groups.append(((f.span.paragraph, f.span.open_mark), resolved))
        text = without_inner_label(written[f.span.paragraph][f.span.start: f.span.end]).strip()
        if _alone(paragraphs[f.span.paragraph], f.span):
            text = without_inner_signoff(text)
        speaker = resolved.speaker if resolved else None
        quotes.append(Quote(
            text=text,
            speaker=speaker,
            role=resolved.role if resolved and resolved.role and a_role(resolved.role) else None,
            context=resolved.context if resolved else None,
            paragraph=f.span.paragraph,
            speaker_key=actor_key(speaker) if speaker else None,
        ))
    return list(zip(spans, with_narration_roles(same_words_same_speaker(quotes), paragraphs, by_par)))


def _shared_surname_subject(f: _Found, pronoun: str, people: dict[str, str], check: _Checker) -> str | None:
    """'Trump vowed to … . "…," he said.' where Donald and Ivanka Trump are both named: the subject of the quote's
    sentence, or of the sentence before one the quote opens, is a surname a man and a woman share, and the one
    full name with the pronoun's gender is who speaks (persons.sole_bearer)."""
    subject = f.subject
    if subject is None and f.opens_sentence and f.prev_sentence and MASK not in f.prev_sentence:
        # (the speaker of a sentence that reports speech, ', said David Axelrod.', else its subject)
        subject = check(cue_before(f.prev_sentence)) or check(sentence_subject(tokenize(f.prev_sentence), f.prev_sentence))
    if (subject is None or subject.pronoun is not None or speaker_gender(subject.speaker, people) != "?"
            or title_gender(subject) not in {None, pronoun}):  # ("Mrs. Clinton" is no "he")
        return None
    return sole_bearer(subject.speaker.split()[-1], pronoun, people)


# A pronoun's words named inside a "what" clause: "criticized what he called …", "in what she described as …"
_WHAT_HE_CALLED = re.compile(r"\bwhat\s+(?:he|she|they)\s+(?:\w+ly\s+)?(?:called|described|termed|dubbed|labeled|said)\b")


def _narration_speakers(paragraphs: Sequence[str], by_par: dict[int, list[Span]], check: _Checker,
                        people: dict[str, str]) -> list[tuple[tuple[int, int], Cue]]:
    """Named speakers of reported speech in sentences without a quote ('Devine said he does not think …'), and
    people the article names as a sentence's subject ('Singh went to a rally.'), with their positions, so that a
    later '"…," he said' can resolve to them as to any quoted speaker."""
    found: list[tuple[tuple[int, int], Cue]] = []
    for index, text in enumerate(paragraphs):
        masked = mask(text, by_par.get(index, []))
        for start, end in sentence_bounds(masked):
            sentence = masked[start:end]
            if MASK in sentence:
                continue  # a sentence with a quote names its speaker through that quote
            speech = _SPEECH_VERB.search(sentence) is not None
            # a speech verb's: the main clause's speaker, not the one it reports; else the sentence's subject
            raw = cue_first_clause(sentence) if speech else None
            if (not speech) or (raw is not None and raw.pronoun is not None and _WHAT_HE_CALLED.search(sentence)):
                # "Young, in his testimony, … criticized what he called …": a pronoun reporting inside a "what" clause
                # leaves the sentence's subject, read as in a sentence without a speech verb
                speech = False
                raw = sentence_subject(tokenize(sentence), sentence)
            if raw is not None and raw.speaker[:3].lower() == "the":
                before = " ".join(paragraphs[max(0, index - 3): index]) + " " + masked[:start]
                titled = second_reference(raw.speaker, before)
                if titled is not None:
                    found.append(((index, start), Cue(titled)))  # "the admiral chuckled": Admiral Harris
                    continue
            cue = check(raw)
            if not speech and cue is not None and not (is_person(cue.speaker, people) or is_thing(cue.speaker)
                                                       or described_person(cue)):
                continue  # "Texas voted …": only a subject the article names as a person, or a thing that speaks
            one = last_conjunct(cue) if cue is not None else None
            if one is not None and is_thing(one.speaker):
                found.append(((index, start), Cue(one.speaker, one.role)))  # "The editorial noted …", "it said"
            elif (one is not None and one.pronoun is None and is_person_like(one.speaker)
                    and one.speaker.split()[0].lower() not in DETERMINERS):  # not "The White House said"
                # (a pair of people whole: the reader takes its last for "he" or "she", both for "they")
                found.append(((index, start), Cue(cue.speaker if cue is not None else one.speaker, one.role)))
    return found
