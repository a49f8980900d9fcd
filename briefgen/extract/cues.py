"""Read who said a quotation, and where or how, from the narration around it: after it, before it, or in the sentence before."""

from __future__ import annotations

import re

from briefgen.extract.cues_participle import scene_clause_subject
from briefgen.extract.cues_subject import sentence_subject
from briefgen.extract.cues_verbs import INVERTING, speech_verb_at
from briefgen.extract.lexicon import DETERMINERS, ROLE_NOUNS, SPEAKER_HEADS, SPEECH_VERB_FORMS, SPEECH_VERBS
from briefgen.extract.quote_context import context_after
from briefgen.extract.speaker_check import plausible_speaker, trim_description
from briefgen.extract.speaker_labels import cue_described_label, cue_from_label, cue_label
from briefgen.extract.speaker_tokens import Token, tokenize
from briefgen.extract.speaker_words import (
    DOCUMENT_INTRO, LEADING_CONNECTORS, LISTENER_VERBS, NOT_SPEECH_VERBS, POST_ENDINGS, REPORTED_CLAUSE_VERBS,
    SENTENCE_OPENERS,
)
from briefgen.extract.speakers import Cue, np_before
from briefgen.extract.speakers_after import named_after_description, np_after

VAGUE_SPEAKERS = frozenset({"it", "they", "we", "i", "you"})
_ATTRIBUTION_ENDS = ",?!—–-"
# Every speech verb's present participle: it belongs to the clause before it ("…, saying", "with Trump yelling:")
_PARTICIPLES = frozenset(w for w in SPEECH_VERB_FORMS if w.endswith("ing"))


def without_sentence_openers(speaker: str) -> str | None:
    """The speaker without the sentence-opening words found before it (SENTENCE_OPENERS), or None when nothing of a
    name is left."""
    words = speaker.split()
    drop = 0
    while drop < len(words) and words[drop].lower().strip(",") in SENTENCE_OPENERS:
        drop += 1
    if drop == 0:
        return speaker
    rest = words[drop:]
    return " ".join(rest) if rest and rest[0][:1].isupper() else None


# How far after a quote its verb is looked for: a name and two appositions with places ('…," study lead author Lucas
# Paganini, a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, and American
# University in Washington, D.C., said') run to some 30 tokens. The scan stops at a sentence's end anyway.
AFTER_QUOTE_MAX_TOKENS = 36


def cue_after(frame: str, quote: str = "", any_verb: bool = True) -> Cue | None:
    """Attribution right after a quote: '…," Trump said', '…," said Ali Shamkhani, an adviser'.

    any_verb: also '…," Toomey fumed' (a name and any past-tense verb after a quote ending in a comma); off for a
    quote inside a sentence ('When Trump said he would "protect …," the crowd applauded').
    """
    tokens = tokenize(frame)
    k = 0
    while k < len(tokens) and ((not tokens[k].is_word and tokens[k].text in ",—–-:;") or tokens[k].low in LEADING_CONNECTORS):
        k += 1
    depth = 0
    for j in range(k, min(len(tokens), k + AFTER_QUOTE_MAX_TOKENS)):
        tok = tokens[j]
        if tok.text in "()":
            depth += 1 if tok.text == "(" else -1  # "(R-Ohio)" inside the subject
            continue
        if depth > 0:
            continue
        if not tok.is_word:
            if tok.text == "," and j > k:
                continue  # apposition inside the subject ("Ann Lee, of Allentown, Pa., said": "Pa." is one token)
            break
        verb = speech_verb_at(tokens, j)
        if verb is None:
            continue
        end = tok.end + (len(verb) - len(tok.text))
        if j == k:
            if tok.low in _PARTICIPLES or tok.low in LISTENER_VERBS:
                # '" adding that …': the participle belongs to the clause before the quote; '…, told Fox News': the
                # name after "told" heard the words
                return None
            after = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
            # ('…," said the county prosecutor, Ann Lee, on Monday': the name, the description its role)
            cue = named_after_description(np_after(tokens, after, frame), tokens, after, frame)
            if cue is not None and _reported_subject(frame, end, cue):
                return None
            if cue is not None and cue.role and _WHERE_NOT_WHO.match(cue.role):
                # '…," wrote Larry O'Connor on Hot Air': where the words appeared, not the writer's post
                cue = Cue(cue.speaker, None, cue.role)
        else:
            cue = np_before(tokens, j, frame)
            if cue is not None and not frame[tokens[k].start:].startswith(cue.speaker) and not _starts_subject(tokens, k, cue, frame):
                cue = None
            if cue is not None:
                lead = frame[tokens[k].start:].split(cue.speaker)[0].strip(" ,")
                if (_bare_post_lead(lead) and (cue.role is None or lead.endswith(cue.role))) or _joined_posts(lead, cue.role):
                    cue = Cue(cue.speaker, lead, cue.context)  # "chairman, CEO and president Craig Menear": every post
        if cue is None:
            return None
        return Cue(cue.speaker, cue.role, context_after(frame, end, verb) or cue.context)
    if quote.rstrip()[-1:] in _ATTRIBUTION_ENDS:
        return _any_verb_cue(tokens, k, frame) if any_verb else None
    return None


# A "role" after an inverted verb's name that says where or when it was said: "on Hot Air", "in The Guardian", "at the
# time" (an affiliation, "of the Sierra Club", "at the National Review", stays the role)
_WHERE_NOT_WHO = re.compile(r"(?:(?:in|on)\s+(?:the\s+)?[A-Z]|at the time\b)")


def _reported_subject(frame: str, end: int, cue: Cue) -> bool:
    """'…,'' said the candidate could win': the name after the verb runs straight into a finite verb or modal, so it
    is the subject of what was said (the speaker is the sentence's own subject: 'Mr. Lee, citing "…," said …')."""
    at = frame.find(cue.speaker, end)
    if at < 0:
        return False
    nxt = re.match(r"\s+([a-z]+)\b", frame[at + len(cue.speaker):])
    return bool(nxt) and nxt.group(1) in REPORTED_CLAUSE_VERBS


def cue_trailing(frame: str) -> Cue | None:
    """'"…" for the victory, Sanders said.' or '"…" but to lead, says Evan Tracey' or '"…" ― Jacklyn Ashley'."""
    dash = re.match(r"\s*[―—–-]\s*(?=[A-Z])", frame)
    tokens = tokenize(frame)
    if dash:
        k = next((n for n, t in enumerate(tokens) if t.start >= dash.end()), len(tokens))
        cue = np_after(tokens, k, frame)
        return cue if cue and cue.speaker[:1].isupper() else None
    commas = [n for n, t in enumerate(tokens[:16]) if t.text == ","]
    for c in commas:
        rest = frame[tokens[c].end:]
        cue = cue_after(rest, any_verb=False)
        if cue is not None and cue.speaker.lower() not in VAGUE_SPEAKERS:
            return cue
    return None


# How many of a sentence's last commas are tried as the start of its closing attribution (", said Lee, a pollster
# at Marist."); an apposition or two may follow the attribution's own comma.
SENTENCE_END_COMMAS = 3


def cue_sentence_end(tail: str) -> Cue | None:
    """'The promise to "take the county back" appeals to older voters, said Ann Lee, a pollster.': an attribution
    clause closing the sentence after a comma names who said the quotes inside it. tail: the sentence after the quote.
    """
    commas = [m.end() for m in re.finditer(r",\s+", tail)][-SENTENCE_END_COMMAS:]
    for at in reversed(commas):
        cue = cue_after(tail[at:], any_verb=False)
        if cue is not None and cue.speaker.lower() not in VAGUE_SPEAKERS:
            return cue
    return None


def _any_verb_cue(tokens: list[Token], k: int, frame: str) -> Cue | None:
    """'"…," Toomey fumed': after a quote ending in a comma, a name then any past-tense verb."""
    cue = np_after(tokens, k, frame)
    if cue is None or not (cue.speaker[:1].isupper() or cue.speaker.split()[0].lower() in DETERMINERS):
        return None
    trimmed = trim_description(cue.speaker)  # "an angry Hollande retaliated": the description ends at its head
    if trimmed is None:
        return None
    cue = Cue(trimmed, cue.role)
    end = frame.find(cue.speaker, tokens[k].start) + len(cue.speaker)
    m = re.match(r"\s+([a-z]+)\b", frame[end:])
    if m and re.fullmatch(r"[a-z]+(?:ed|ied)", m.group(1)) and m.group(1) not in NOT_SPEECH_VERBS:
        return Cue(cue.speaker, cue.role)
    return None


def _starts_subject(tokens: list[Token], k: int, cue: Cue, frame: str) -> bool:
    """The subject found must begin the frame (after titles/role words) to belong to this quote."""
    head = frame[tokens[k].start:]
    if head.startswith(cue.role or "\0") or head.startswith(cue.speaker):
        return True
    at = head.find(cue.speaker)
    # "Rep. Jim Jordan": only capitalised title or role words may come before the name, or the role's own opening
    # words ("nuclear experts David Albright … of the Institute": role "nuclear experts of the Institute")
    lead = head[:at].strip()
    return 0 < at <= 60 and (all(w[:1].isupper() for w in lead.split()) or (cue.role or "").startswith(lead + " ")
                             or bool(_DESCRIPTION_LEAD.fullmatch(lead)) and not set(lead.split()) & _LEAD_STOPS
                             or _bare_post_lead(lead) or _joined_posts(lead, cue.role))


# The most words of a post written before a name without an article: "study lead author Lucas Paganini".
BARE_LEAD_MAX_WORDS = 4


def _bare_post_lead(lead: str) -> bool:
    """'study lead author', 'chairman, CEO and president': lower-case words (or a list of posts) ending in a post,
    no verb or clause opener among them."""
    words = lead.replace(",", " ").split()
    return (0 < len(words) <= BARE_LEAD_MAX_WORDS and lead[:1].islower() and not set(words) & _LEAD_STOPS - {"and"}
            and all(re.fullmatch(r"[a-z-]+|[A-Z]{2,5}", w) for w in words)
            and (words[-1] in ROLE_NOUNS or words[-1] in SPEAKER_HEADS["person"] or words[-1].endswith(POST_ENDINGS)))


def _joined_posts(lead: str, role: str | None) -> bool:
    """'lead researcher and NASA planetary scientist': two descriptions joined by "and" before a name, the first a
    bare post (_bare_post_lead), the second the role found beside the name or a bare post itself; both are the role."""
    first, joined, second = lead.rpartition(" and ")
    return bool(joined) and _bare_post_lead(first) and (second == role or _bare_post_lead(second))


# '"…," the economist Jared Bernstein, a former adviser, wrote': a short description before the name (a determiner
# and up to three lower-case words, none a verb or a clause opener: not 'the crowd chanted as Trump said')
_DESCRIPTION_LEAD = re.compile(r"(?:the|a|an)(?:\s+[a-z][a-z-]*){1,3}")
_LEAD_STOPS = SPEECH_VERB_FORMS | {"as", "when", "while", "after", "before", "and", "but", "of", "to", "for", "in", "at",
                                   "on", "with", "by", "from", "that", "who"}


# A headline's byline before a colon: 'by Post's Kathianne Boniello:', 'by the Times' Jo Lee:' — its name writes the
# passage quoted after the colon.
_BYLINE = re.compile(r"[\"”’]\s*,?\s*by\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}?(?:[A-Z][\w.&-]*['’]s?\s+)?"
                     r"((?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*[a-z])\s*:\s*$")


def cue_before(frame: str) -> Cue | None:
    """Attribution earlier in the sentence: 'Trump said in a post: "…', 'X said he would "…"'."""
    if frame.rstrip().endswith(":") and DOCUMENT_INTRO.match(frame.lstrip()):
        return None  # "Transcript as follows:": a document's text, its speaker not named here
    if _DASH_LABEL.search(frame):
        # "Pollsters agree - Carl Bialik: “…”": the name after the dash labels the quote, whatever verb came before
        labelled = cue_label(frame)
        if labelled is not None:
            return labelled
    byline = _BYLINE.search(frame)
    if byline:
        # '"Met accused of …," by Post's Kathianne Boniello: "A Manhattan man …': the writer of the article quoted
        return Cue(byline.group(1))
    tokens = tokenize(frame)
    verbs = [(j, v) for j in range(len(tokens)) if tokens[j].is_word and (v := speech_verb_at(tokens, j))]
    if not verbs:
        # "Sanders delivered a snappy retort: "…"": a colon hands the quote to the sentence's subject
        # ("Former secretary of state Hillary Clinton:": a label, a post then a name, the sentence's only words)
        return (cue_from_label(frame) or cue_described_label(frame.strip()) or sentence_subject(tokens, frame)
                or cue_label(frame)
                if frame.rstrip().endswith(":") else None)
    j, verb = verbs[-1]
    own = np_before(tokens, j, frame) if tokens[j].low in _THINK_VERBS else None
    if own is not None and own.pronoun is None:
        # (a pronoun's belief, "Donald said he hoped", is its antecedent's: the pronoun rule below finds it)
        # "Clinton told a gathering she will protect … while her opponent, Donald Trump, wants to “take America
        # backward.”": a belief or wish inside what an earlier verb reports is that verb's subject's account
        reporting = next(((j0, v0) for j0, v0 in reversed(verbs[:-1]) if tokens[j0].low in _REPORTING_VERBS
                          and np_before(tokens, j0, frame) is not None), None)
        if reporting is not None:
            j, verb = reporting
    end = tokens[j].start + len(verb)
    cue: Cue | None = None
    if tokens[j].low in _PARTICIPLES:
        # "…, with Reyes reportedly yelling:", "footage of Trump saying": the participle's own subject
        own = np_before(tokens, j, frame)
        at = frame.rfind(own.role or own.speaker, 0, tokens[j].start) if own is not None else -1
        before = frame[:max(at, 0)].split()[-1:]
        if (own is not None and (own.speaker[:1].isupper() or plausible_speaker(own.speaker) is not None) and before
                and before[0].lower() in PARTICIPLE_SUBJECT_AFTER):  # (or a description: "with one poster writing")
            return Cue(own.speaker, own.role, context_after(frame, end, verb))
        named = _name_before_participle(tokens, j, frame) or scene_clause_subject(tokens, j, frame)
        if named is not None:
            return Cue(named, None, context_after(frame, end, verb))
        # "Nefzi said, adding, "…"": the participle belongs to the clause's earlier verb or subject
        for j0, _v in reversed(verbs[:-1]):
            cue = np_before(tokens, j0, frame)
            if cue is not None:
                break
        cue = cue or sentence_subject(tokens[:j], frame) or np_before(tokens, j, frame)
    else:
        cue = None
        if j > 0 and tokens[j - 1].text == "," and tokens[j].low in INVERTING:
            # "The paradox of Nancy, says Carl Anthony, historian at …, is that": a parenthetical
            inverted = np_after(tokens, j + 1, frame)
            cue = inverted if inverted and inverted.speaker[:1].isupper() and _closed(frame, end, inverted) else None
        cue = cue or np_before(tokens, j, frame)
        if cue is None and tokens[j].low in INVERTING:
            # 'said Sen. Ben Cardin: "…' — the speaker follows the verb and runs to the quote
            nxt = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
            after = np_after(tokens, nxt, frame)
            rest = frame[frame.find(after.speaker, end) + len(after.speaker):] if after else ""
            # ('Said Dorothy Poynter, who grew up with Ali, "…': a relative clause or apposition may close the name)
            cue = after if after and (not rest.strip(" ,:-—–") or _CLOSING_DESCRIPTION.fullmatch(rest)) else None
        cue = cue or sentence_subject(tokens[:j], frame)
    if cue is None or not cue.speaker[:1].isupper():
        # 'Any reading, said Michael Kofman, an expert on Russia, would read this as "…"': an earlier parenthetical
        # "said X," names the speaker when the last verb finds no name
        for j0, _v in reversed(verbs[:-1]):
            if j0 > 0 and tokens[j0 - 1].text == "," and tokens[j0].low in INVERTING:
                end0 = tokens[j0].start + len(_v)
                inverted = np_after(tokens, j0 + 1, frame)
                if inverted is not None and inverted.speaker[:1].isupper() and _closed(frame, end0, inverted):
                    return Cue(inverted.speaker, inverted.role)
    if cue is not None and cue.pronoun:
        # "Trump said he wants "…"": the pronoun is the earlier speaker of the same sentence
        for j0, _v in reversed(verbs[:-1]):
            earlier = np_before(tokens, j0, frame)
            if earlier is not None and earlier.pronoun is None and earlier.speaker[:1].isupper():
                cue = earlier
                break
    return Cue(cue.speaker, cue.role, context_after(frame, end, verb) or cue.context) if cue else None


# What may follow the name in 'said X, …: "…': a description set off by a comma, opened by a relative pronoun or an
# article, closed by the comma or colon before the quote (no quotation mark inside it).
_CLOSING_DESCRIPTION = re.compile(r"\s*,\s*(?:who|whose|an?|the)\s[^\"“”]{0,160}?[,:]\s*")


# Verbs of belief or wish ("wants", "thinks"), which a reported clause often holds, and the verbs that report one.
_THINK_VERBS = frozenset(SPEECH_VERBS["think"])
_REPORTING_VERBS = frozenset(SPEECH_VERBS["say"] + SPEECH_VERBS["tell"] + SPEECH_VERBS["write"]) - _PARTICIPLES


def _closed(frame: str, end: int, inverted: Cue) -> bool:
    """A parenthetical ', says Carl Anthony, historian,' closes with a comma after its name (and role); in 'Huhn, a
    former executive, said Fiorina "was …' the name after the verb opens the reported clause, and Huhn speaks."""
    at = frame.find(inverted.speaker, end) + len(inverted.speaker)
    rest = frame[at:]
    if inverted.role and rest.lstrip(" ,").startswith(inverted.role):
        rest = rest.lstrip(" ,")[len(inverted.role):]
    return rest.lstrip().startswith(",")


# A label after a dash ("… - David Wasserman:") heads a digest's entry, see speaker_labels.cue_label.
_DASH_LABEL = re.compile(r"[-—–]\s*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*\s*:\s*$")


# A name after these is the subject of the participle that follows it, who said the words: "with Reyes yelling",
# "footage of Trump saying", "the ad shows Clinton telling", "voters heard Sanders saying".
PARTICIPLE_SUBJECT_AFTER = frozenset("with of shows showed show features featured hear heard hears see saw sees "
                                     "caught captured".split())


def _name_before_participle(tokens: list[Token], j: int, frame: str) -> str | None:
    """'footage of Trump saying', 'the ad shows Clinton telling': the capitalised name right before the
    participle tokens[j], when a PARTICIPLE_SUBJECT_AFTER word comes before the name."""
    start = j
    while start > 0 and tokens[start - 1].is_word and tokens[start - 1].text[0].isupper():
        start -= 1
    if start == j or start == 0 or tokens[start - 1].low not in PARTICIPLE_SUBJECT_AFTER:
        return None
    return frame[tokens[start].start: tokens[j - 1].end]
