"""Find who said a quotation in the words around it: "X said", "said X", "according to X", "X told Y"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.extract.lexicon import (
    CALENDAR_WORDS,
    DETERMINERS,
    NP_BREAKERS,
    NP_PREPOSITIONS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    TITLE_WORDS,
    VERB_ADVERBS,
)
from briefgen.extract.speaker_tokens import FIRM_JOINERS, Token, is_name_word, particle_led, split_role

# Words after which a forward-scanned speaker stops: time and place phrases, clause openers.
_CLAUSE_OPENERS = frozenset("and but or so yet when while as if because although though after before since "
                             "then also now once".split())
_JOINING_PREPOSITIONS = frozenset({"of", "at", "for", "from"})
_FORWARD_STOPS = NP_BREAKERS | CALENDAR_WORDS | {"in", "on", "during", "last", "this", "next", "earlier", "told"}
# Time words between a subject and its verb: "Trump later said", "Clinton on Tuesday night said".
_TIME_WORDS = frozenset("later earlier night morning evening afternoon week month year last this on".split())
COURTESY_TITLES = frozenset({"Mr.", "Mrs.", "Ms."})  # a form of address, not a post
_ROLE_MODIFIERS = frozenset("former then longtime veteran top senior chief deputy assistant acting state federal "
                             "democratic republican conservative liberal campaign party".split())


@dataclass(frozen=True, slots=True)
class Cue:
    """A speaker as the article writes it, with the role and context found beside it."""

    speaker: str
    role: str | None = None
    context: str | None = None

    @property
    def pronoun(self) -> str | None:
        low = self.speaker.lower()
        return low if low in PERSON_PRONOUNS else None


_BREAK_PUNCT = frozenset({".", ";", ":", "?", "!", '"', "“", "”", "§", "—", "–", "(", "[", "]"})
# ", R-Ky.," or "(D-Md.)": a party and state label between a name and its verb
_PARTY_LABEL = re.compile(r"^[RDI]-[A-Z][\w.]*$")
_POSTAL_CODE = re.compile(r"^[A-Z]{2}$")


def _skip_back(tokens: list[Token], i: int) -> int:
    """Step back over adverbs, time words and a parenthetical between a subject and its verb."""
    while i >= 0:
        low = tokens[i].low
        if low in VERB_ADVERBS or low in CALENDAR_WORDS or low in _TIME_WORDS:
            i -= 1
        elif tokens[i].text == ")":
            j = i - 1
            while j >= 0 and tokens[j].text != "(" and i - j < 12:
                j -= 1
            if j < 0 or tokens[j].text != "(":
                return i
            i = j - 1
        else:
            return i
    return i


def _is_appositive(chunk: list[Token]) -> bool:
    """', a law professor at Irvine,' ', 35,' ', R-Ky.,' ', who advises Kasich,', 'Berea, OH,' (a state's postal code)."""
    if not chunk:
        return False
    first = chunk[0]
    if len(chunk) == 1 and _POSTAL_CODE.match(first.text):
        return True  # "Berea, OH,": the place's state
    return (first.low in DETERMINERS or first.low in {"who", "which", "whose", "now", "then", "also"}
            or first.text[0].islower() or first.text[0].isdigit() or bool(_PARTY_LABEL.match(first.text))
            or (first.text in TITLE_WORDS and not any(is_name_word(t) and t.text not in TITLE_WORDS for t in chunk)))


def np_before(tokens: list[Token], end: int, text: str) -> Cue | None:
    """The speaker noun phrase ending just before tokens[end] (a speech verb), scanning backwards."""
    i = _skip_back(tokens, end - 1)
    if i < 0:
        return None
    if tokens[i].low in PERSON_PRONOUNS or tokens[i].low == "it":
        return Cue(tokens[i].text)
    if tokens[i].text != ",":
        core = _np_core(tokens, i, text)
        unclosed = _unclosed_apposition(tokens, i, text)
        if core is None or (unclosed is not None and _governed(tokens, i, core, text)):
            # "Mary Holt, former aide to the governor said": "the governor" is the object of "to", not the subject
            return unclosed
        return core
    # appositions: "Michael Mulgrew, president of the union, which represents teachers, said"
    chunks: list[tuple[int, int]] = []  # comma-separated stretches, collected right to left
    k = i
    for _ in range(5):
        j = k - 1
        while j >= 0 and tokens[j].text not in _BREAK_PUNCT and tokens[j].text != "," and k - j < 30:
            # (an unmatched ")" is stepped over like any token, so the scan always moves)
            j = j - 1 if tokens[j].text != ")" else min(_skip_back(tokens, j), j - 1)
        if j + 1 >= k:
            break
        chunks.append((j + 1, k))
        if j < 0 or tokens[j].text != ",":
            break
        k = j
    chunks.reverse()
    # the subject is the leftmost stretch that is wholly a name; the stretches after it describe it
    # ("Cynthia Thompson, curator at the University of Arkansas, Fayetteville, said")
    for n, (a, b) in enumerate(chunks):
        if _is_appositive(tokens[a:b]):
            continue
        core = _np_core(tokens, _skip_back(tokens, b - 1), text)
        if core is None or not core.speaker[:1].isupper():
            continue
        first = a
        while first < b and tokens[first].low in _CLAUSE_OPENERS:
            first += 1
        opening = core.role or core.speaker
        if not text[tokens[first].start:].startswith(opening) or not (
            opening[:1].isupper() or opening.split()[0].lower() in DETERMINERS
        ):
            continue  # "After meeting Obama, Trump said": a phrase ending in a name, not a name
        role = next((text[tokens[a2].start: tokens[b2 - 1].end] for a2, b2 in chunks[n + 1:]
                     if _is_appositive(tokens[a2:b2]) and _describes(tokens[a2])), None)
        context = next((text[tokens[a2].start: tokens[b2 - 1].end] for a2, b2 in chunks[n + 1:]
                        if tokens[a2].low in CIRCUMSTANCE_OPENERS), None)
        if role is None and n > 0:
            # "The leader of the ADL, Jonathan Greenblatt, warned": the name, described before it
            a0, b0 = chunks[n - 1]
            if tokens[a0].low in DETERMINERS:
                role = text[tokens[a0].start: tokens[b0 - 1].end]
        return Cue(core.speaker, role=role or core.role, context=context)
    return None


APPOSITION_MAX_TOKENS = 15


def _unclosed_apposition(tokens: list[Token], i: int, text: str) -> Cue | None:
    """'Anthony Anton, president and CEO of the Washington Restaurant Association stated': a description whose
    closing comma the writer left out, after the name it describes."""
    k = i
    while k > 0 and i - k < APPOSITION_MAX_TOKENS and tokens[k].text not in _BREAK_PUNCT and tokens[k].text != ",":
        k -= 1
    chunk = tokens[k + 1: i + 1]
    if k <= 0 or tokens[k].text != "," or not chunk or not _is_appositive(chunk) or not _describes(chunk[0]):
        return None
    post = chunk[1] if len(chunk) > 1 and chunk[0].low in {"a", "an", "the"} else chunk[0]
    if post.low not in ROLE_NOUNS and post.low not in _ROLE_MODIFIERS:
        return None  # it must open with a post ("president and CEO of …", "a former aide to …")
    name = _np_core(tokens, k - 1, text)
    if name is None or name.role or not is_name_word(tokens[k - 1]) or len(name.speaker.split()) < 2:
        return None
    at = text.rfind(name.speaker, 0, tokens[k - 1].end)
    before = next((n for n in range(k - 1, -1, -1) if tokens[n].start < at), None)
    if before is not None and tokens[before].is_word:
        return None  # "After meeting Joe Biden, a former aide to …": the name ends a phrase; it opens no clause
    return Cue(name.speaker, role=text[chunk[0].start: chunk[-1].end])


# Words that make the noun phrase after them part of a longer phrase, never a verb's subject on their own: a
# preposition ("aide to the governor") or a conjunction inside a name ("founder of Marsh and Partners").
_GOVERNING = NP_PREPOSITIONS | {"to", "by", "and", "&"}


def _governed(tokens: list[Token], i: int, core: Cue, text: str) -> bool:
    """The phrase core found ending at tokens[i] comes right after a preposition or a conjunction (past a
    determiner): it ends a longer phrase, so it is not the subject of the verb after it."""
    at = text.rfind(core.speaker, 0, tokens[i].end)
    k = next((n for n in range(i, -1, -1) if tokens[n].start <= at), 0) - 1
    while k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].low in _GOVERNING


def _describes(first: Token) -> bool:
    """An apposition that says who someone is (not "who said …", an age, a party label or a circumstance)."""
    return (first.low not in {"who", "which", "whose"} and first.low not in CIRCUMSTANCE_OPENERS
            and not first.text[0].isdigit() and not _PARTY_LABEL.match(first.text))


# An apposition opening with these says where or how the words were said, not who said them:
# "Suleiman al-Amr, in remarks to al-Ikhbariya television, said", "Smith, speaking to reporters, said".
CIRCUMSTANCE_OPENERS = frozenset("in on at during via through while after before when speaking writing".split())


def _np_core(tokens: list[Token], i: int, text: str) -> Cue | None:
    """A name or described noun phrase ending at tokens[i], without appositions."""
    if i < 0 or not tokens[i].is_word:
        return None
    if tokens[i].low in PERSON_PRONOUNS:
        return Cue(tokens[i].text)
    start = i
    lower_words = 0
    k = i
    while k >= 0:
        tok = tokens[k]
        if not tok.is_word:
            break
        if tok.low in DETERMINERS and not (tok.text[0].isupper() and k + 1 <= i and is_name_word(tokens[k + 1]) and k > 0 and is_name_word(tokens[k - 1])):
            start = k
            joined = k >= 2 and tokens[k - 1].low in _JOINING_PREPOSITIONS and tokens[k - 2].is_word
            if not joined or tokens[k - 2].low in NP_BREAKERS:
                break  # "expert at the Council", "Ingram of the Globe": the phrase goes on before "the"
        if is_name_word(tok) or tok.text in TITLE_WORDS:
            start = k
        elif tok.low in {"and", "&"} and k > 0 and is_name_word(tokens[k - 1]) and is_name_word(tokens[k + 1]):
            pass  # "the Globe and Mail": a conjunction inside a name
        elif tok.low in NP_PREPOSITIONS and k > 0 and tokens[k - 1].is_word and tokens[k - 1].low not in NP_BREAKERS:
            pass  # "expert at the Council": keep scanning, accepted only if a head comes before
        elif tok.low not in NP_BREAKERS and tok.low not in SPEECH_VERB_FORMS and lower_words < 5 and not tok.text[0].isdigit():
            lower_words += 1
            start = k
        else:
            break
        k -= 1
    while start <= i and (tokens[start].low in NP_PREPOSITIONS or tokens[start].low in _CLAUSE_OPENERS):
        start += 1  # "And America Rising", "When Sanders": the conjunction is not part of the name
    if start > i:
        return None
    words = tokens[start: i + 1]
    if words[-1].low in NP_PREPOSITIONS or (words[-1].text.endswith("ly") and not is_name_word(words[-1])):
        return None  # "this to (say)", "a swiftly (called)": no noun heads the phrase (but "Kelly said" does)
    has_det = words[0].low in DETERMINERS
    head = words[-1]
    if not (is_name_word(head) or has_det or head.low in ROLE_NOUNS or head.low.endswith(("’s", "'s"))):
        return None
    if has_det and len(words) == 1:
        return None
    if not has_det and not is_name_word(words[0]):
        # a bare lower-case run ("officials said") only when it ends in a role noun
        first_cap = next((n for n, w in enumerate(words) if is_name_word(w)), None)
        if head.low not in ROLE_NOUNS and first_cap is None:
            return None
    first_prep = next((n for n, w in enumerate(words) if w.low in NP_PREPOSITIONS), None)
    titled = next((n for n in range(len(words) - 2, 0, -1) if words[n].text in TITLE_WORDS and words[n].text.endswith(".")), None)
    if titled is not None and all(is_name_word(w) for w in words[titled + 1:]):
        # "Undersecretary for Education Mr. Toccafondi": the name follows its courtesy title
        # (a courtesy title ends no role: "Undersecretary for Education Mr. Toccafondi" → "Undersecretary for Education")
        role_end = titled - 1 if words[titled].text in COURTESY_TITLES and titled > 0 else titled
        return Cue(text[words[titled + 1].start: words[-1].end], role=text[words[0].start: words[role_end].end])
    head_words = words[:first_prep] if first_prep else []
    described = 0  # "nuclear experts David Albright of …": lower-case words describing the name before it
    while described < len(head_words) - 1 and not is_name_word(head_words[described]) and not has_det:
        described += 1
    if described and all(is_name_word(w) or w.low in FIRM_JOINERS for w in head_words[described:]):
        head_words = head_words[described:]
    if head_words and all(is_name_word(w) or w.text in TITLE_WORDS or (0 < n < len(head_words) - 1 and w.low in FIRM_JOINERS)
                          for n, w in enumerate(head_words)) and any(
        w.text not in TITLE_WORDS and w.low not in ROLE_NOUNS for w in head_words  # "CEO of …" is a post, not a name
    ) and not has_det:
        # "Matthew Ingram of the Globe and Mail": the person, and where they are from as the role
        name, role = split_role(head_words, text)
        role = text[words[0].start: head_words[0].start].strip() + (f" {role}" if role else "") if described else role
        rest = text[words[first_prep].start: words[-1].end]
        return Cue(name, role=_with_affiliation(role, rest))
    name, role = split_role(words, text)
    if role and role.split()[-1].lower() in NP_PREPOSITIONS:
        return None  # "… University in Berea": the object of a preposition, a place, not who speaks
    return Cue(name, role=role)


def np_after(tokens: list[Token], start: int, text: str) -> Cue | None:
    """The speaker noun phrase starting at tokens[start] (after "said" or "according to")."""
    if start >= len(tokens) or not tokens[start].is_word:
        return None
    first = tokens[start]
    if first.low in PERSON_PRONOUNS:
        return Cue(first.text)
    if first.low in {"that", "this", "these", "those", "which", "it", "there"}:
        return None
    end = start
    k = start
    while k < len(tokens):
        tok = tokens[k]
        if not tok.is_word:
            break
        low = tok.low
        if k > start and low in _FORWARD_STOPS and not (low in NP_PREPOSITIONS and k + 1 < len(tokens) and _continues_name(tokens, k)):
            break
        if k > start and low in NP_PREPOSITIONS and not _continues_name(tokens, k):
            break
        if tok.text[0].isdigit() and first.low not in DETERMINERS:
            break  # digits only inside a described speaker: "a 2008 Clinton veteran"
        end = k
        k += 1
        if k - start > 14:
            break
    words = tokens[start: end + 1]
    while words and (words[-1].low in NP_PREPOSITIONS or words[-1].low in DETERMINERS):
        words.pop()
    if not words:
        return None
    lead = 0
    while lead < min(len(words), 4) and not is_name_word(words[lead]) and (words[lead].low in ROLE_NOUNS or words[lead].low in _ROLE_MODIFIERS):
        lead += 1
    if 0 < lead < len(words) and is_name_word(words[lead]):
        # "pollster Frank Luntz", "former Sen. Evan Bayh": lower-case role words before the name
        named = np_after(tokens, start + lead, text)
        if named is not None:
            prefix = text[words[0].start: words[lead - 1].end]
            return Cue(named.speaker, role=_joined(prefix, named.role))
    described = _described_name(tokens, start, words, text)
    if described is not None:
        return described
    if not (is_name_word(words[0]) or words[0].low in DETERMINERS or words[-1].low in ROLE_NOUNS):
        return None
    if words[0].low in DETERMINERS and len(words) == 1:
        return None
    # a name right after the verb: the name alone, then an apposition as the role
    name_end = 0
    while name_end < len(words) and (is_name_word(words[name_end]) or words[name_end].text in TITLE_WORDS):
        if (not words[name_end].text[0].isupper() and not particle_led(words[name_end].text)
                and any(w.text not in TITLE_WORDS for w in words[:name_end])):
            break  # "Patricia Moran of Cheyenne": a person's name ends at "of" ("Governor of Washington …" goes on)
        name_end += 1
    if name_end and name_end < len(words) and words[0].low not in DETERMINERS and words[name_end].low in NP_PREPOSITIONS:
        # "Patricia Moran of Cheyenne": the person, and where they are from as the role
        name, role = split_role(words[:name_end], text)
        caps = [n for n in range(name_end + 1, len(words)) if is_name_word(words[n])]
        tail = len(words)
        if caps and caps[-1] + 1 < len(words) and _past_verb(words[caps[-1] + 1]):
            tail = caps[-1] + 1  # "Dan Lee at the National Review agreed": the affiliation ends before its verb
        rest = text[words[name_end].start: words[tail - 1].end]
        return Cue(name, role=_with_affiliation(role, rest))
    if name_end == len(words) or (name_end and words[0].low not in DETERMINERS and words[name_end].low not in NP_PREPOSITIONS):
        core = words[:name_end] if name_end else words
        name, role = split_role(core, text)
        nxt = start + len(core)
        if role is None and nxt + 1 < len(tokens) and tokens[nxt].text == ",":
            role = _apposition(tokens, nxt + 1, text)
        return Cue(name, role=role)
    name, role = split_role(words, text)
    return Cue(name, role=role)


# Lower-case words that can end a description before a name: role nouns, a few more heads, and agent nouns by
# their ending ("front-runner", "organizer", "activist", "historian", "consultant", "resident").
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
_DESCRIPTION_HEADS = frozenset("boss ally fellow head veteran confidant friend colleague surgeon neurosurgeon".split())
_INSIDE_NAME = frozenset({"of", "on", "for", "and", "&"})
# … and words that end the description instead: "Cameron Easley for Morning Consult" is a name and an affiliation
_NOT_DESCRIPTION = DETERMINERS | NP_PREPOSITIONS | _CLAUSE_OPENERS | _JOINING_PREPOSITIONS | {"to", "with", "by"}


def _described_name(tokens: list[Token], start: int, words: list[Token], text: str) -> Cue | None:
    """'Republican presidential candidate Donald Trump', 'Obama adviser David Axelrod', 'former tech executive Carly
    Fiorina': capitalised words or none, a lower-case description, then the name; the name is the speaker and the
    words before it its role."""
    caps = 0
    while caps < min(len(words), 5) and (is_name_word(words[caps]) or (
            caps > 0 and words[caps].low in _INSIDE_NAME and caps + 1 < len(words) and is_name_word(words[caps + 1]))):
        caps += 1  # "Bank of America", "Council on Foreign Relations": small words inside an organisation's name
    end = caps
    while end < min(len(words), caps + 3) and not is_name_word(words[end]) and words[end].low not in _NOT_DESCRIPTION:
        end += 1
    if not (caps < end < len(words) and is_name_word(words[end])):
        return None
    last = words[end - 1].low
    if last not in ROLE_NOUNS and last not in _DESCRIPTION_HEADS and not last.endswith(_AGENT_ENDINGS):
        return None  # "The ad hits Clinton", "The board saw Fiorina": a verb, not a description, before the name
    named = np_after(tokens, start + end, text)
    if named is None or not named.speaker[:1].isupper():
        return None
    prefix = text[words[0].start: words[end - 1].end]
    return Cue(named.speaker, role=_joined(prefix, named.role))


def _with_affiliation(role: str | None, rest: str) -> str:
    """'Rep.' and 'of Maryland' → 'Rep. of Maryland'; a courtesy title alone ("Mr. Morgan of the Sierra Club") is no
    part of the role, which is then where the person is from."""
    role = (role or "").strip()
    return f"{role} {rest}" if role and role not in COURTESY_TITLES else rest


def _past_verb(tok: Token) -> bool:
    """'agreed', 'appeared', 'said': a lower-case past-tense or speech verb (not 'delegation', 'newsgroup')."""
    return tok.text[:1].islower() and (tok.low in SPEECH_VERB_FORMS or (tok.low.endswith("ed") and len(tok.low) > 4))


def _joined(prefix: str, role: str | None) -> str:
    """'Democratic strategist' and 'president of …' → 'Democratic strategist, president of …' (a title after the
    description, 'former' and 'Sen.', joins without a comma)."""
    if not role:
        return prefix
    return f"{prefix}, {role}" if role[:1].islower() else f"{prefix} {role}"


def _continues_name(tokens: list[Token], k: int) -> bool:
    """A preposition inside a speaker phrase: followed by a name or a determiner and a word."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if k > 0 and nxt is not None and is_name_word(tokens[k - 1]) and is_name_word(nxt):
        return True  # inside a name: "Council on Foreign Relations", "Bank of America"
    if tokens[k].low not in _JOINING_PREPOSITIONS:
        return False  # "said Bolden to the crowd": the speaker ends at "to"
    if nxt is None or not nxt.is_word:
        return False
    if nxt.low in DETERMINERS:
        nxt = tokens[k + 2] if k + 2 < len(tokens) else None
        return bool(nxt and nxt.is_word and nxt.low not in CALENDAR_WORDS and nxt.low not in _FORWARD_STOPS)
    return is_name_word(nxt)


def _apposition(tokens: list[Token], start: int, text: str) -> str | None:
    """", an adviser to Iran's supreme leader," → the words up to the next comma or period."""
    if start >= len(tokens) or tokens[start].low not in DETERMINERS | ROLE_NOUNS | _ROLE_MODIFIERS | {"who", "head"}:
        return None
    k = start
    while k < len(tokens) and tokens[k].text not in {",", ".", ";", ":", "“", "”", '"', "—", "–"}:
        k += 1
    if k == start or k - start > 20 or tokens[start].low == "who":
        return None
    first, nxt = tokens[start].low, tokens[start + 1].low if start + 1 < k else ""
    if first in _ROLE_MODIFIERS and first not in ROLE_NOUNS and (nxt in NP_PREPOSITIONS or nxt in DETERMINERS or nxt == "as"):
        return None  # "acting as a character reference", "former of …": a verb or a cut phrase, not a post
    if tokens[k - 1].low in NP_PREPOSITIONS or tokens[k - 1].low in {"a", "an", "the"}:
        return None  # "author of “America’s Bitter Pill”": cut at the title's quotation mark, the post reads unfinished
    return text[tokens[start].start: tokens[k - 1].end]
