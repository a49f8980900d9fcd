"""Phrase the questions an article leaves open, each resting on a sentence of the article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.extract.hedges import find_cues, uncertainty_score
from briefgen.extract.question_conditions import condition_in_present
from briefgen.extract.question_filters import (ANSWERED_ASKING, HEADLINE_SUBJECT, clause_context, headline_paragraphs,
                                               is_advice, is_notice, run_on_pieces)
from briefgen.extract.question_mentions import (definite_names, mentions, other_sex_pronoun, pronoun_without_person,
                                                unnamed_possessives)
from briefgen.extract.question_namer import Namer, Sentence
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
_BY_QUALITY = sorted(TEMPLATES, key=lambda t: -t.quality)  # stable: table order among equals


def _sentences(article: Article) -> tuple[list[Sentence], str]:
    parts: list[Sentence] = []
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
            if is_notice(sentence) or is_advice(sentence):
                continue  # "Additional information will be provided as it becomes available.", "If you have …"
            parts.extend(Sentence(piece, index, offset + local + start) for start, piece in run_on_pieces(sentence))
        chunks.append(paragraph.text)
        offset += len(paragraph.text) + 2
    return parts, "\n\n".join(chunks)


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


# "Clipper will orbit Jupiter but study Europa … where a lander could touch down": a plain "will" states what the
# writer takes as settled; its sentence is open only where a later hedge stands, in another verb of the predicate or a
# clause inside it, and "Will Clipper orbit Jupiter?" asks what the article answers. A hedge right after "will" ("will
# likely", "will probably") or before it ("expects that X will") does make the "will" open.
# Only a later modal verb of doubt counts so, which heads a predicate of its own ("… will challenge the move if they
# have to": a condition bears on the "will"; "… stand together on arresting the terrorists suspected of …": a belief
# told of others; "She will win all of the South except maybe Florida", "… will lay out his case, possibly
# highlighting …": an adverb of doubt leaves the forecast itself open).
PLAIN_WILL = re.compile(r"will\b", re.IGNORECASE)
LATER_DOUBT_CUES = frozenset({"epistemic.could", "epistemic.may", "epistemic.might"})
HEDGE_AFTER_WILL_REACH = 25  # characters after "will" that an adverb of doubt may sit in


# The first later hedge may also head a predicate or clause of its own after a break the "will" does not reach: "…
# will feature a suite of cameras — and perhaps yield …" (an adverb of doubt opening a verb joined by "and"/"or"), "…
# will face changed constraints, meaning that much more is possible" (a clause told after the "will"'s). Later cues
# then stand in that predicate ("… will monitor the weather and could further reduce that number if it improves").
LATER_PREDICATE_BREAKS: dict[str, re.Pattern[str]] = {
    "joined-verb-doubt": re.compile(r"\b(?:and|or)\s+$", re.IGNORECASE),
    "clause-after-comma": re.compile(r",\s+(?:meaning|which|while|whereas)\b", re.IGNORECASE),
    "semicolon": re.compile(r";"),
}


def _opens_later_predicate(cue, found: re.Match[str], will: re.Match[str]) -> bool:  # noqa: ANN001
    """True when a cue after a plain "will" heads a predicate or clause of its own (LATER_PREDICATE_BREAKS)."""
    if cue.name in LATER_DOUBT_CUES:
        return True
    between = will.string[will.start():found.start()]
    joined = cue.name.startswith("epistemic.") and LATER_PREDICATE_BREAKS["joined-verb-doubt"].search(between)
    return bool(joined) or any(LATER_PREDICATE_BREAKS[name].search(between)
                               for name in ("clause-after-comma", "semicolon"))


def _hedge_only_later(template: str, match: re.Match[str], cues) -> bool:  # noqa: ANN001
    """True for an epistemic.modal match on a plain "will" whose strong cues all stand later, the first of them a
    modal of doubt or heading a later predicate or clause of its own."""
    if template != "epistemic.modal" or not PLAIN_WILL.match(match.group(0)):
        return False
    strong = sorted(((cue, found) for cue, found in cues if cue.weight >= MIN_UNCERTAINTY),
                    key=lambda pair: (pair[1].start(), pair[0].name))
    reach = match.start() + HEDGE_AFTER_WILL_REACH
    return bool(strong) and all(found.start() >= reach for _, found in strong) and _opens_later_predicate(
        *strong[0], match)


# "A judge rejected Assange's attempt to delay the hearing", "The Supreme Court this month rejected a request …": a
# court's refusal told in the simple past is a ruling, and "Will the judge accept …?" asks what the article answers (a
# union that "rejected the latest pay offer" may still accept the next: asked; "has rejected", "rejects" stand, open).
# A sentence with a strong cue of its own keeps the question (its doubt lies elsewhere, which no template may reach).
_TOLD_REFUSAL = re.compile(r"(?:rejected|dismissed)\b", re.IGNORECASE)
COURT_WORDS = ("judge", "judges", "court", "courts", "justice", "justices", "jury", "tribunal", "magistrate")
_COURT_BEFORE = re.compile(rf"\b(?:{'|'.join(COURT_WORDS)})\b[^,;]{{0,40}}$", re.IGNORECASE)


def _refusal_told(template: str, match: re.Match[str], cues) -> bool:  # noqa: ANN001
    """True for a refusal.object match on a court's bare simple past ('a judge rejected', not 'has rejected') in a
    sentence with no strong cue: the ruling is all it tells, and it is done."""
    return template == "refusal.object" and bool(_TOLD_REFUSAL.match(match.group(0))) and bool(
        _COURT_BEFORE.search(match.string, max(0, match.start() - 80), match.start())) and not any(
        cue.weight >= MIN_UNCERTAINTY for cue, _ in cues)


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
            if _hedge_only_later(template.name, match, cues) or _refusal_told(template.name, match, cues):
                continue
            question = template.build(sentence, match, namer_fn)
            if not question:
                continue
            # "refused to rule out …, and X is expected to …": prefer the clause with the stronger hedge
            strength = max((cue.weight for cue, found in cues
                            if found.start() < match.end() and match.start() < found.end()), default=0.0)
            if best is None or (template.quality, strength) > best[:2]:
                best = (template.quality, strength, question)
    return (best[2], best[0]) if best else None


def _name_pronouns(question: str, sentence: str, name_fn) -> str:  # noqa: ANN001
    """Each he/she the question kept from a clause of its sentence ("… continue if he doesn't stop …") named as the
    sentence's own pronoun there is ("… if Saddam Hussein doesn't stop …"); left as it is when the namer names no one.
    (Not "his"/"her": the namer, made for subjects, named "his departure" by a firm's name, "Drew's departure".)"""
    for found in reversed(list(re.finditer(r"\b(he|she)\s+(\S+\s+\S+)", question))):
        at = re.search(rf"\b{found.group(1)}\s+{re.escape(found.group(2))}", sentence, re.IGNORECASE)
        named = name_fn(found.group(1), at.start()) if at else None
        if named:
            question = question[: found.start()] + named + question[found.end(1):]
    return question


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
    headlines = headline_paragraphs([p.text for p in article.paragraphs])
    namer = Namer(sentences, mentions(text, actors), text, definite_names(text, actors))
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
        if not phrased or other_sex_pronoun(phrased[0], namer.pronoun_sex):
            continue  # ("Will Clinton help minimize the bump he gets?": "he" is someone the question never names)
        if namer.names and pronoun_without_person(phrased[0]):
            # "if he won the election": who, the question never says; "his departure" → "the departure" (a lower-cased
            # page, whose names the namer never saw, hides them: "will brazil international right back danilo …")
            mended = unnamed_possessives(_name_pronouns(phrased[0], sentence.text, namer.resolver(index)))
            if mended is None:
                continue
            phrased = (mended, phrased[1])
        if sentence.paragraph in headlines and HEADLINE_SUBJECT.match(phrased[0]):
            continue  # "Will primary settle race?": the headline's English, without its articles
        question, quality = phrased
        question = condition_in_present(question, sentence.text)  # "… if Mrs. Clinton won?" → "… wins?"
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
