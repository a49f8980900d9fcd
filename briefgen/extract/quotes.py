"""Find direct quotations in cleaned paragraphs and attribute them to speakers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefgen.extract.lexicon import DETERMINERS, PERSON_PRONOUNS, SPEECH_VERB_FORMS
from briefgen.extract.names import actor_key
from briefgen.extract.speakers import Cue, Token, context_after, np_after, np_before, tokenize
from briefgen.model import Quote

MIN_WORDS = 3  # two-word quotes are names and scare quotes ("Operation Midnight", "fake news")
_OPEN = "“„«"
_CLOSE = "”»"
_MARKS = re.compile(r"[\"“”„«»]")
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]{1,400}>")
_TITLE_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from as but nor vs".split())
TITLE_MAX_WORDS = 8
_MASK = "§"  # replaces quoted words so rules read only the narration around quotes
# Sentence ends: terminal punctuation, optional closing quote/bracket, space, then a capital or quote.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(A-Z§])")
_ABBREV_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|No|vs|U\.S|U\.N|[A-Z]))\.$")
# Capitalised sentence openers that are not a subject: "Even", "Shortly", "Given …", "Couple … with".
_NOT_SUBJECTS = frozenset("even shortly given just only perhaps maybe indeed instead yet couple here there now today "
                          "tonight yesterday last next this these those such according like unlike amid among".split())
_TITLE_GENDER = {"Mr": "he", "Mrs": "she", "Ms": "she", "Miss": "she", "Sir": "he", "Dame": "she", "Lord": "he",
                 "Lady": "she", "King": "he", "Queen": "she", "Congressman": "he", "Congresswoman": "she",
                 "Spokesman": "he", "Spokeswoman": "she", "Chairman": "he", "Chairwoman": "she"}
_VAGUE = frozenset({"it", "they", "we", "i", "you"})
_CONNECTORS = frozenset({"but", "and", "so", "yet", "however", "then", "still"})
_ATTRIBUTION_ENDS = ",?!—–-"
_INTRO_WORDS = frozenset("in at on after before during as when while despite meanwhile however but and also still later "
                         "earlier asked speaking since with without following for of from by if though although".split())
_INVERTING = frozenset({"said", "says", "added", "adds", "wrote", "writes", "asked", "continued", "explained", "noted"})
_PARTICIPLES = frozenset({"saying", "adding", "telling", "writing", "noting", "calling", "describing", "asking",
                          "arguing", "claiming", "warning", "posting", "tweeting", "continuing"})


@dataclass(frozen=True, slots=True)
class Span:
    """One quoted passage: paragraph index, offsets of the text inside the marks."""

    paragraph: int
    start: int
    end: int
    open_mark: int  # offset of the opening mark (== start - 1 unless the quote carried over)
    close_mark: int  # offset of the closing mark, or len(text) when the quote runs on
    carried: bool = False  # continues a quote left open at the end of the previous paragraph


def _mark_kind(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the quotation mark at text[i]."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _OPEN:
        # "the best in the world“ and": an opening mark used to close (no space before, space after)
        closes = not before.isspace() and before not in "([{—–-/" and (after.isspace() or after in ".,;:!?)") and i > 0
        return "close" if closes else "open"
    if ch in _CLOSE and not (before.isspace() and after.isalnum()):
        return "close"
    if before.isspace() or before in "([{—–-/" or i == 0:
        return "open" if not after.isspace() else "either"
    if after.isspace() or after in ".,;:!?)]}—–-" or i + 1 == len(text):
        return "close"
    return "either"


def find_spans(paragraphs: Sequence[str], run_on: bool = True) -> list[Span]:
    """Pair quotation marks, carrying an unclosed quote into a paragraph that opens with a mark.

    With run_on=False only passages closed by a mark in the same paragraph are kept (the opening
    paragraphs of a multi-paragraph quote are dropped), which is how PolNeAR's gold counts quotes.
    """
    spans: list[Span] = []
    carried_open = False
    for index, raw in enumerate(paragraphs):
        text = _TAG.sub(lambda m: " " * len(m.group()), raw)  # <tweet author="…"> values are not quotes
        open_at: int | None = None
        carried = False
        for m in _MARKS.finditer(text):
            kind = _mark_kind(text, m.start())
            if open_at is None:
                if kind != "close":
                    carried = carried_open and not text[: m.start()].strip()
                    open_at = m.start()
                continue
            if kind == "open":
                # a second opening mark: the first was stray (or lost its closing mark); nothing
                # tells where it ended, so only the second one is kept
                open_at, carried = m.start(), False
            else:
                spans.append(Span(index, open_at + 1, m.start(), open_at, m.start(), carried))
                open_at, carried = None, False
        nxt = paragraphs[index + 1].lstrip()[:1] if index + 1 < len(paragraphs) else ""
        # a quote left open runs on only when the next paragraph reopens it (the print convention)
        carried_open = open_at is not None and bool(nxt) and nxt in _OPEN + '"'
        if carried_open and open_at is not None and run_on:
            spans.append(Span(index, open_at + 1, len(text), open_at, len(text), carried))
    return [s for s in _closed_chains(spans, paragraphs) if _is_quotation(paragraphs[s.paragraph][s.start: s.end])]


def _closed_chains(spans: list[Span], paragraphs: Sequence[str]) -> list[Span]:
    """Keep a run-on quote only when its chain of paragraphs ends with a closing mark somewhere."""
    keep: list[Span] = []
    pending: list[Span] = []
    for s in spans:
        runs_on = s.end == len(paragraphs[s.paragraph]) and s.close_mark == len(paragraphs[s.paragraph])
        if s.carried or pending:
            if not s.carried:
                pending = []  # the chain broke off: the quotes left open were stray marks
        if runs_on:
            pending.append(s)
            continue
        if s.carried:
            keep.extend(pending)
        pending = []
        keep.append(s)
    return sorted(keep, key=lambda s: (s.paragraph, s.start))


def _is_quotation(text: str) -> bool:
    """At least three words, and not a Title Cased name of a work or slogan ("Meet the Press")."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    return not (len(words) <= TITLE_MAX_WORDS and content and all(w[0].isupper() or w[0].isdigit() for w in content))


def spans_in(spans: list[Span], paragraph: int) -> bool:
    return bool(spans) and spans[-1].paragraph == paragraph


def mask(text: str, spans: Sequence[Span]) -> str:
    """The paragraph with each quote's words replaced by a mark, keeping every offset."""
    out = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            out[i] = " "
        if s.end > s.start:
            out[s.start] = _MASK
    return "".join(out)


def sentence_bounds(masked: str) -> list[tuple[int, int]]:
    """Sentence offsets in a masked paragraph (quotes cannot end a sentence from inside)."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(masked):
        if _ABBREV_END.search(masked[max(0, m.start() - 4): m.start() + 1]):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(masked)))
    return bounds


def _verb_at(tokens: list[Token], k: int) -> str | None:
    tok = tokens[k]
    if not tok.text[0].islower():
        return None  # "States", "Says": a capitalised word is a name or a title, not the verb
    if tok.low in SPEECH_VERB_FORMS:
        return tok.text
    if k + 1 < len(tokens) and f"{tok.low} {tokens[k + 1].low}" in SPEECH_VERB_FORMS:
        return f"{tok.text} {tokens[k + 1].text}"
    return None


def cue_after(frame: str, quote: str = "") -> Cue | None:
    """Attribution right after a quote: '…," Trump said', '…," said Ali Shamkhani, an adviser'."""
    tokens = tokenize(frame)
    k = 0
    while k < len(tokens) and ((not tokens[k].is_word and tokens[k].text in ",—–-:;") or tokens[k].low in _CONNECTORS):
        k += 1
    depth = 0
    for j in range(k, min(len(tokens), k + 24)):
        tok = tokens[j]
        if tok.text in "()":
            depth += 1 if tok.text == "(" else -1  # "(R-Ohio)" inside the subject
            continue
        if depth > 0:
            continue
        if not tok.is_word:
            if tok.text == "," and j > k:
                continue  # apposition inside the subject
            break
        verb = _verb_at(tokens, j)
        if verb is None:
            continue
        end = tok.end + (len(verb) - len(tok.text))
        if j == k:
            if tok.low in _PARTICIPLES:
                return None  # '" adding that …': the participle belongs to the clause before the quote
            after = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
            cue = np_after(tokens, after, frame)
        else:
            cue = np_before(tokens, j, frame)
            if cue is not None and not frame[tokens[k].start:].startswith(cue.speaker) and not _starts_subject(tokens, k, cue, frame):
                cue = None
        if cue is None:
            return None
        return Cue(cue.speaker, cue.role, context_after(frame, end, verb))
    if quote.rstrip()[-1:] in _ATTRIBUTION_ENDS:
        return _any_verb_cue(tokens, k, frame)
    return None


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
        cue = cue_after(rest)
        if cue is not None and cue.speaker.lower() not in _VAGUE:
            return cue
    return None


def _any_verb_cue(tokens: list[Token], k: int, frame: str) -> Cue | None:
    """'"…," Toomey fumed': after a quote ending in a comma, a name then any past-tense verb."""
    cue = np_after(tokens, k, frame)
    if cue is None or not (cue.speaker[:1].isupper() or cue.speaker.split()[0].lower() in DETERMINERS):
        return None
    end = frame.find(cue.speaker, tokens[k].start) + len(cue.speaker)
    m = re.match(r"\s+([a-z]+)\b", frame[end:])
    if m and re.fullmatch(r"[a-z]+(?:ed|ied)", m.group(1)):
        return Cue(cue.speaker, cue.role)
    return None


def _starts_subject(tokens: list[Token], k: int, cue: Cue, frame: str) -> bool:
    """The subject found must begin the frame (after titles/role words) to belong to this quote."""
    head = frame[tokens[k].start:]
    return head.startswith(cue.role or "\0") or head.startswith(cue.speaker)


def cue_before(frame: str) -> Cue | None:
    """Attribution earlier in the sentence: 'Trump said in a post: "…', 'X said he would "…"'."""
    tokens = tokenize(frame)
    verbs = [(j, v) for j in range(len(tokens)) if tokens[j].is_word and (v := _verb_at(tokens, j))]
    if not verbs:
        # "Sanders delivered a snappy retort: "…"": a colon hands the quote to the sentence's subject
        return sentence_subject(tokens, frame) if frame.rstrip().endswith(":") else None
    j, verb = verbs[-1]
    end = tokens[j].start + len(verb)
    cue: Cue | None = None
    if tokens[j].low in _PARTICIPLES:
        # "Nefzi said, adding, "…"": the participle belongs to the clause's earlier verb or subject
        for j0, _v in reversed(verbs[:-1]):
            cue = np_before(tokens, j0, frame)
            if cue is not None:
                break
        cue = cue or sentence_subject(tokens[:j], frame) or np_before(tokens, j, frame)
    else:
        cue = np_before(tokens, j, frame)
        if cue is None and tokens[j].low in _INVERTING:
            # 'said Sen. Ben Cardin: "…' — the speaker follows the verb and runs to the quote
            nxt = next((n for n, t in enumerate(tokens) if t.start >= end), len(tokens))
            after = np_after(tokens, nxt, frame)
            rest = frame[frame.find(after.speaker, end) + len(after.speaker):] if after else ""
            cue = after if after and not rest.strip(" ,:-—–") else None
        cue = cue or sentence_subject(tokens[:j], frame)
    return Cue(cue.speaker, cue.role, context_after(frame, end, verb)) if cue else None


def sentence_subject(tokens: list[Token], frame: str) -> Cue | None:
    """The name opening a clause ('Before the vote, Police Chief Calvin Williams lobbied …')."""
    start = 0
    if tokens and (tokens[0].low in _INTRO_WORDS or not tokens[0].text[:1].isupper()):
        comma = next((n for n, t in enumerate(tokens[:14]) if t.text == ","), None)
        if comma is None:
            return None
        start = comma + 1
    while start < len(tokens) and tokens[start].low in {"and", "but", "so", "yet", "then"}:
        start += 1
    cue = np_after(tokens, start, frame)
    if cue is None or not (cue.speaker[:1].isupper() or cue.pronoun):
        return None
    first = cue.speaker.split()[0].lower()
    if first in _INTRO_WORDS or first in _NOT_SUBJECTS or cue.speaker.endswith(("’s", "'s", "’", "s'")):
        return None  # "Even before …", "Given …", "Clinton's rhetoric": not the one speaking
    # the subject must be followed, past any apposition, by a lower-case word (its verb)
    pos = frame.find(cue.speaker, tokens[start].start if start < len(tokens) else 0) + len(cue.speaker)
    rest = frame[pos:]
    if cue.role and rest.lstrip(" ,").startswith(cue.role):
        rest = rest.lstrip(" ,")[len(cue.role):]
    rest = re.sub(r"^\s*\([^)]{0,30}\)", "", rest)
    rest = re.sub(r"^\s*,[^,]{0,60},", "", rest)
    return cue if re.match(r"\s+[a-z]", rest) else None


def cue_according(sentence: str) -> Cue | None:
    """'according to a campaign spokesman' anywhere in the sentence."""
    m = re.search(r"\baccording to\s+", sentence)
    if not m:
        return None
    tokens = tokenize(sentence)
    start = next((n for n, t in enumerate(tokens) if t.start >= m.end()), len(tokens))
    return np_after(tokens, start, sentence)


@dataclass(slots=True)
class _Found:
    span: Span
    cue: Cue | None
    opens_sentence: bool
    prev_sentence: str


def _own_cues(paragraphs: Sequence[str], spans: list[Span]) -> list[_Found]:
    """Each quote's attribution from its own sentence, or None."""
    found: list[_Found] = []
    by_par: dict[int, list[Span]] = {}
    for s in spans:
        by_par.setdefault(s.paragraph, []).append(s)
    last_sentence = ""  # of the paragraph before, for a quote that opens its paragraph
    for index, text in enumerate(paragraphs):
        ps = by_par.get(index, [])
        masked = mask(text, ps)
        bounds = sentence_bounds(masked)
        for n, s in enumerate(ps):
            nxt_open = ps[n + 1].open_mark if n + 1 < len(ps) else len(text)
            sent = next((b for b in bounds if b[0] <= s.open_mark < b[1]), (0, len(text)))
            after_end = min(nxt_open, next((b[1] for b in bounds if b[1] > s.close_mark), len(text)))
            frame_after = masked[min(s.close_mark + 1, len(text)): after_end]
            frame_before = masked[sent[0]: s.open_mark]
            quoted = text[s.start: s.end]
            opens = not frame_before.strip(" ,—–-\"“”‘’§")
            according = cue_according(masked[sent[0]: sent[1]])
            if opens:
                options = [cue_after(frame_after, quoted), cue_before(frame_before), according, cue_trailing(frame_after)]
            else:
                # a quote inside a sentence belongs to that sentence's speaker, not the next clause's
                options = [cue_before(frame_before), according, cue_after(frame_after, quoted),
                           sentence_subject(tokenize(frame_before), frame_before)]
            # "it said", "they said" say little; a named cue elsewhere in the sentence wins over them
            named = [c for c in options if c is not None and c.speaker.lower() not in _VAGUE]
            cue = named[0] if named else next((c for c in options if c is not None), None)
            prev = next((masked[b[0]: b[1]] for b in reversed(bounds) if b[1] <= sent[0]), last_sentence if sent[0] == 0 else "")
            found.append(_Found(s, cue, opens, prev))
        last_sentence = masked[bounds[-1][0]: bounds[-1][1]] if bounds else ""
    return found


def _resolve(cue: Cue | None, named: list[Cue], genders: dict[str, str]) -> Cue | None:
    """A pronoun becomes the last fitting named speaker; 'I', 'we', 'it' and unknowns stay None.

    Fitting: a person's name (not 'the newspaper') whose gender, when known from an earlier
    "he"/"she" or a Mr./Mrs./Ms. title, agrees with the pronoun.
    """
    if cue is None:
        return None
    low = cue.speaker.lower()
    if low in {"he", "she"}:
        for c in reversed(named):
            if _is_person_like(c.speaker) and genders.get(c.speaker, low) == low:
                genders[c.speaker] = low
                return Cue(c.speaker, c.role, cue.context)
        return None
    if low in PERSON_PRONOUNS or low == "it":
        return None
    title = (cue.role or "").split()[:1]
    if title and title[0].rstrip(".") in _TITLE_GENDER:
        genders.setdefault(cue.speaker, _TITLE_GENDER[title[0].rstrip(".")])
    return cue


def _is_person_like(speaker: str) -> bool:
    """A proper name (capitalised words), not a description such as 'the newspaper'."""
    words = speaker.split()
    return bool(words) and all(w[0].isupper() for w in words if w.isalpha()) and "’s" not in speaker and "'s" not in speaker


def extract_quotes(paragraphs: Sequence[str], run_on: bool = True) -> tuple[Quote, ...]:
    """Return the direct quotations in reading order, each with its speaker or None.

    run_on: keep the opening paragraphs of a quote that runs over several paragraphs (see find_spans).
    """
    spans = find_spans(paragraphs, run_on)
    found = _own_cues(paragraphs, spans)
    cues: list[Cue | None] = [f.cue for f in found]
    for n, f in enumerate(found):
        if cues[n] is not None or n == 0:
            continue
        prev = found[n - 1]
        same_par = prev.span.paragraph == f.span.paragraph
        follows = prev.span.paragraph == f.span.paragraph - 1 and f.opens_sentence and f.span.open_mark == 0
        if same_par or f.span.carried or follows:
            cues[n] = cues[n - 1]
    for n in range(len(found) - 2, -1, -1):
        # '"A." "B," she said.': an unattributed quote takes the cue of the next one in its paragraph
        if cues[n] is None and found[n + 1].span.paragraph == found[n].span.paragraph:
            cues[n] = cues[n + 1]
    for n, f in enumerate(found):
        if cues[n] is None and f.opens_sentence and f.prev_sentence:
            prev = f.prev_sentence.rstrip()
            if prev.endswith(":"):
                cues[n] = cue_before(prev)
            elif f.span.start > 1 and _MASK not in prev:
                # 'Clinton touted her plan. "We need …"': the previous sentence's subject, same paragraph
                cues[n] = sentence_subject(tokenize(prev), prev)
    quotes: list[Quote] = []
    named: list[Cue] = []
    genders: dict[str, str] = {}
    for f, cue in zip(found, cues):
        resolved = _resolve(cue, named, genders)
        if resolved is not None and resolved.speaker.lower() not in PERSON_PRONOUNS:
            named.append(resolved)
        text = paragraphs[f.span.paragraph][f.span.start: f.span.end].strip()
        speaker = resolved.speaker if resolved else None
        quotes.append(Quote(
            text=text,
            speaker=speaker,
            role=resolved.role if resolved else None,
            context=resolved.context if resolved else None,
            paragraph=f.span.paragraph,
            speaker_key=actor_key(speaker) if speaker else None,
        ))
    return tuple(quotes)


def key_quotes(quotes: Sequence[Quote], limit: int = 6) -> tuple[Quote, ...]:
    """The most informative quotes for the page: attributed, substantial, one idea each, in reading order.

    Scores favour a named speaker, full sentences over fragments, and a spread of speakers (a
    speaker's second quote counts half); near-duplicates are dropped.
    """
    scored: list[tuple[float, int]] = []
    seen_speakers: dict[str, int] = {}
    for n, q in enumerate(quotes):
        words = len(_WORD.findall(q.text))
        score = min(words, 40) / 40 + (1.0 if q.speaker else 0.0) + (0.3 if q.text[:1].isupper() else 0.0)
        key = q.speaker_key or ""
        score /= 1 + seen_speakers.get(key, 0)
        seen_speakers[key] = seen_speakers.get(key, 0) + 1
        scored.append((score, n))
    chosen: list[int] = []
    for _score, n in sorted(scored, key=lambda sn: (-sn[0], sn[1])):
        words = set(_WORD.findall(quotes[n].text.lower()))
        if any(len(words & set(_WORD.findall(quotes[m].text.lower()))) > 0.7 * len(words) for m in chosen):
            continue
        chosen.append(n)
        if len(chosen) == limit:
            break
    return tuple(quotes[n] for n in sorted(chosen))
