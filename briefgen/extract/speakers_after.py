"""Find who said a quotation in the words after its speech verb: "said X", "according to X", "said pollster X of Y"."""

from __future__ import annotations

import re

from briefgen.extract.lexicon import (
    CALENDAR_WORDS,
    DETERMINERS,
    NP_PREPOSITIONS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    TITLE_WORDS,
)
from briefgen.extract.speaker_tokens import Token, crowd_of_people, is_name_word, particle_led, split_role, title_of_body
from briefgen.extract.speaker_words import (
    AGE_ADJECTIVE,
    AGENT_ENDINGS,
    ARTICLES,
    COMPOUND_POST_HEADS,
    COURTESY_TITLES,
    DESCRIPTION_HEADS,
    FORWARD_STOPS,
    INSIDE_NAME,
    JOINING_PREPOSITIONS,
    NOT_DESCRIPTION,
    NUMBER_LED,
    ROLE_MODIFIERS,
    SPEAKER_POSTS,
)
from briefgen.extract.speaker_phrases import is_first_post
from briefgen.extract.speaker_shapes import is_bare_post, is_body_name, named_owner_post, owned_post, without_hometown
from briefgen.extract.speakers import Cue, with_affiliation


# A name set off by commas right after a description: "the county prosecutor, Ann Lee," / ", Ann Lee, QC," / ", Ann Lee:"
# (its last word more than an initial: in ", Ann J. Lee of Acme" the name goes on past "J.").
_NAME_AFTER = re.compile(r",\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+)\s*[,:;.\"“]")


def named_after_description(cue: Cue | None, tokens: list[Token], start: int, text: str) -> Cue | None:
    """The name set off by commas after the description np_after read from tokens[start], "the county prosecutor,
    Ann Lee,", with the description as its role; else cue as it is."""
    if (cue is None or (cue.speaker.split() or [""])[0].lower() not in DETERMINERS
            or not text.startswith(cue.speaker, tokens[start].start)):
        return cue
    named = _NAME_AFTER.match(text, tokens[start].start + len(cue.speaker))
    return Cue(named.group(1), cue.speaker) if named is not None else cue


def np_after(tokens: list[Token], start: int, text: str) -> Cue | None:
    """The speaker noun phrase starting at tokens[start] (after "said" or "according to")."""
    if start >= len(tokens) or not tokens[start].is_word:
        return None
    first = tokens[start]
    if first.low in PERSON_PRONOUNS:
        return Cue(first.text)
    if first.low in {"that", "this", "these", "those", "which", "it", "there"}:
        return None
    crowd = next((tokens[start: end + 1] for end in range(start + 2, min(start + 5, len(tokens)))
                  if crowd_of_people(tokens[start: end + 1])), None)
    if crowd is not None:
        return Cue(text[crowd[0].start: crowd[-1].end])  # "Hundreds of pro-Sanders demonstrators marched, chanting"
    if AGE_ADJECTIVE.fullmatch(first.low) and start + 1 < len(tokens) and is_name_word(tokens[start + 1]):
        # "wrote 43-year-old Martin Taylor of Aberdeenshire": the age describes the name after it
        return np_after(tokens, start + 1, text)
    numbered = _number_led_post(tokens, start, text)
    if numbered is not None:
        return numbered
    end = start
    k = start
    while k < len(tokens):
        tok = tokens[k]
        if not tok.is_word:
            break
        low = tok.low
        if k > start and low in FORWARD_STOPS and not (
                low in NP_PREPOSITIONS and k + 1 < len(tokens) and _continues_name(tokens, k)) and not (
                k == start + 1 and first.low in ARTICLES and low in CALENDAR_WORDS and k + 1 < len(tokens)
                and tokens[k + 1].text.islower()):  # "a Wednesday editorial": the day describes the document
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
    joined = _second_post(tokens, start, end, text)
    if joined is not None:
        return joined
    lead = post_lead(words)
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
        posted = title_of_body(words, name_end, text)
        if posted is not None:
            return Cue(posted[0], role=posted[1])  # "RNC Chief of Staff Katie Walsh": a post, then the person
        name, role = split_role(words[:name_end], text)
        caps = [n for n in range(name_end + 1, len(words)) if is_name_word(words[n])]
        tail = len(words)
        if caps and caps[-1] + 1 < len(words) and _past_verb(words[caps[-1] + 1]):
            tail = caps[-1] + 1  # "Dan Lee at the National Review agreed": the affiliation ends before its verb
        rest = text[words[name_end].start: words[tail - 1].end]
        # ("said Ann Lee of Austin, Texas": where she lives is no role, speaker_shapes.is_hometown)
        state = _after_comma(tokens, start + tail, text) if tail == len(words) else ""
        return Cue(name, role=without_hometown(with_affiliation(role, rest), state))
    if name_end == len(words) or (name_end and words[0].low not in DETERMINERS and words[name_end].low not in NP_PREPOSITIONS):
        core = words[:name_end] if name_end else words
        if name_end and name_end < len(words) and words[name_end].low in MEDIA_NOUNS:
            core = words[:name_end + 1]  # "wrote Time magazine": the publication's name runs on to its kind
            return Cue(text[core[0].start: core[-1].end])
        name, role = split_role(core, text)
        nxt = start + len(core)
        # (an owner before the name, "Florida's Rick Wilson", gives way to the post after it, ", a consultant")
        owned = any(w.text.endswith(("’s", "'s")) for w in core[:-1])
        if (role is None or owned) and nxt + 1 < len(tokens) and tokens[nxt].text == ",":
            role = _apposition(tokens, nxt + 1, text) or role
        return Cue(name, role=role)
    name, role = split_role(words, text)
    return Cue(name, role=role)


def _number_led_post(tokens: list[Token], start: int, text: str) -> Cue | None:
    """'said 9/11 widow Terry Strada', 'said 2012 nominee Mitt Romney': a number (speaker_words.NUMBER_LED) opens the
    post of the name after it; the name speaks and the number stays in its role. None when no lower-case post and
    name follow ('said 2,000 protesters')."""
    if not NUMBER_LED.fullmatch(tokens[start].text):
        return None
    k = start + 1
    while (k + 1 < len(tokens) and tokens[k].text == "/" and tokens[k].start == tokens[k - 1].end
           and tokens[k + 1].start == tokens[k].end and tokens[k + 1].text[:1].isdigit()):
        k += 2  # "9/11": its parts are one number
    if k >= len(tokens) or not tokens[k].is_word or not tokens[k].text[:1].islower() or tokens[k].start != tokens[k - 1].end + 1:
        return None
    named = np_after(tokens, k, text)
    if named is None or not named.role or not named.speaker[:1].isupper() or not text.startswith(named.role, tokens[k].start):
        return None
    return Cue(named.speaker, text[tokens[start].start: tokens[k].start + len(named.role)], named.context)


# Kinds of publication written after its name: "Time magazine", "Bild newspaper".
MEDIA_NOUNS = frozenset("magazine newspaper tabloid daily weekly website".split())


def _second_post(tokens: list[Token], start: int, end: int, text: str) -> Cue | None:
    """'said lead researcher and NASA planetary scientist Lucas Paganini': a bare lower-case post (tokens[start..end],
    ending in a role noun or an agent's ending), "and", then a described name: the name speaks, both posts are its
    role."""
    words = tokens[start: end + 1]
    if end + 2 >= len(tokens) or tokens[end + 1].low != "and" or not is_first_post(words):
        return None
    second = np_after(tokens, end + 2, text)
    if second is None or not second.role or not second.speaker[:1].isupper():
        return None
    return Cue(second.speaker, role=f"{text[words[0].start: words[-1].end]} and {second.role}")


def post_lead(words: list[Token]) -> int:
    """How many lower-case post words open the phrase before a name: 'pollster', 'former Sen.', 'former secretary
    of state' (a role noun's "of" and the lower-case word after it belong to the post)."""
    lead = 0
    while lead < min(len(words), 6) and (not is_name_word(words[lead]) or (
            lead == 0 and words[0].low in ROLE_MODIFIERS and len(words) > 1 and words[1].text.islower())):
        low = words[lead].low  # ("Former secretary of state …" opening a sentence: the capital is the sentence's)
        if low in SPEAKER_POSTS or low in ROLE_MODIFIERS or (
                low in COMPOUND_POST_HEADS and lead + 1 < len(words) and words[lead + 1].low == "of"):
            lead += 1  # ("master of ceremonies": a compound post's head before its "of" heads the post)
        elif (low == "of" and lead > 0 and words[lead - 1].low in SPEAKER_POSTS | COMPOUND_POST_HEADS and lead + 1 < len(words)
              and words[lead + 1].text.islower() and words[lead + 1].low not in DETERMINERS):
            lead += 2
        else:
            break
    return lead


def _after_comma(tokens: list[Token], k: int, text: str) -> str:
    """The capitalised words after a comma at tokens[k] ("…, South Carolina"), or ''."""
    if k >= len(tokens) or tokens[k].text != ",":
        return ""
    end = k + 1
    while end < len(tokens) and tokens[end].is_word and tokens[end].text[:1].isupper():
        end += 1
    return text[tokens[k + 1].start: tokens[end - 1].end] if end > k + 1 else ""


# The most lower-case words of a description before a name: "Clinton's top foreign policy aide Jake Sullivan".
DESCRIPTION_MAX_WORDS = 4


def _described_name(tokens: list[Token], start: int, words: list[Token], text: str) -> Cue | None:
    """'Republican presidential candidate Donald Trump', 'Obama adviser David Axelrod', 'former tech executive Carly
    Fiorina': capitalised words or none, a lower-case description, then the name; the name is the speaker and the
    words before it its role."""
    caps = 0
    while caps < min(len(words), 5) and (is_name_word(words[caps]) or (
            caps > 0 and words[caps].low in INSIDE_NAME and caps + 1 < len(words) and is_name_word(words[caps + 1]))):
        caps += 1  # "Bank of America", "Council on Foreign Relations": small words inside an organisation's name
    end = caps
    while end < min(len(words), caps + DESCRIPTION_MAX_WORDS) and not is_name_word(words[end]) and words[end].low not in NOT_DESCRIPTION:
        end += 1
    if not (caps < end < len(words) and is_name_word(words[end])):
        return None
    last = words[end - 1].low
    if last not in SPEAKER_POSTS and last not in DESCRIPTION_HEADS and not last.endswith(AGENT_ENDINGS):
        return None  # "The ad hits Clinton", "The board saw Fiorina": a verb, not a description, before the name
    named = np_after(tokens, start + end, text)
    if named is None or not named.speaker[:1].isupper():
        return None
    prefix = text[words[0].start: words[end - 1].end]
    return Cue(named.speaker, role=_joined(prefix, named.role))


def _past_verb(tok: Token) -> bool:
    """'agreed', 'appeared', 'said': a lower-case past-tense or speech verb (not 'delegation', 'newsgroup')."""
    return tok.text[:1].islower() and (tok.low in SPEECH_VERB_FORMS or (tok.low.endswith("ed") and len(tok.low) > 4))


def _joined(prefix: str, role: str | None) -> str:
    """'Democratic strategist' and 'president of …' → 'Democratic strategist, president of …' (a title after the
    description, 'former' and 'Sen.', joins without a comma; a courtesy title, 'fertility specialist Dr. David
    Tourgeman', is a form of address and no part of the role)."""
    if not role or role in COURTESY_TITLES or role in {"Dr.", "Dr"}:
        return prefix
    return f"{prefix}, {role}" if role[:1].islower() else f"{prefix} {role}"


# Nouns whose own "of" and one word after it make a post: "secretary of state", "master of ceremonies".
_OF_POSTS = ROLE_NOUNS | COMPOUND_POST_HEADS


def _continues_name(tokens: list[Token], k: int) -> bool:
    """A preposition inside a speaker phrase: followed by a name or a determiner and a word."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if k > 0 and nxt is not None and is_name_word(tokens[k - 1]) and is_name_word(nxt):
        return True  # inside a name: "Council on Foreign Relations", "Bank of America"
    if tokens[k].low not in JOINING_PREPOSITIONS:
        return False  # "said Bolden to the crowd": the speaker ends at "to"
    if (tokens[k].low == "of" and k > 0 and tokens[k - 1].low in _OF_POSTS and nxt is not None and nxt.is_word
            and nxt.text.islower() and nxt.low not in DETERMINERS and nxt.low not in FORWARD_STOPS
            and (k + 2 >= len(tokens) or not tokens[k + 2].is_word or is_name_word(tokens[k + 2]))):
        return True  # "former secretary of state Hillary Clinton": a post's own "of" (one word, then a name or the end)
    if nxt is None or not nxt.is_word:
        return False
    if nxt.low in DETERMINERS:
        nxt = tokens[k + 2] if k + 2 < len(tokens) else None
        return bool(nxt and nxt.is_word and nxt.low not in CALENDAR_WORDS and nxt.low not in FORWARD_STOPS)
    return is_name_word(nxt)


# The longest post written in capitals before its body: "Research and Advocacy Director for …".
CAPITALISED_POST_MAX_WORDS = 5


def _capitalised_post(tokens: list[Token], start: int) -> bool:
    """', Research and Advocacy Director for the Middle East …', ', Chief Strategy Officer at …': capitalised words
    (joined by "and", "&") ending in a post, then its body's preposition or the apposition's end."""
    k = start
    while k < len(tokens) and k - start < CAPITALISED_POST_MAX_WORDS and (
            is_name_word(tokens[k]) or (k > start and tokens[k].low in {"and", "&"})):
        k += 1
    last = tokens[k - 1] if k > start else None
    return (last is not None and is_name_word(last) and (last.low in ROLE_NOUNS or last.text in TITLE_WORDS)
            and (k == len(tokens) or not tokens[k].is_word or tokens[k].low in NP_PREPOSITIONS))


def _words_from(tokens: list[Token], start: int, most: int) -> list[Token]:
    """The words from tokens[start] up to the next punctuation mark, at most `most` of them."""
    end = start
    while end < len(tokens) and tokens[end].is_word and end - start < most:
        end += 1
    return tokens[start:end]


def _owned_post_at(tokens: list[Token], start: int) -> bool:
    """", PG&E's principal meteorologist.": an owner's possessive and a post (speaker_shapes.owned_post) after the name."""
    return owned_post(_words_from(tokens, start, 8))


def _named_owner_post_at(tokens: list[Token], start: int) -> bool:
    """", Panama coach.", ", USI associate professor of art history,": a body's or place's name and a lower-case post
    up to the apposition's end (speaker_shapes.named_owner_post)."""
    return named_owner_post(_words_from(tokens, start, 10))


# Words that open an apposition describing the name before it ("the", "an", "adviser", "former", "who", "head")
_APPOSITION_OPENERS = DETERMINERS | ROLE_NOUNS | ROLE_MODIFIERS | {"who", "head"}


def _apposition(tokens: list[Token], start: int, text: str) -> str | None:
    """", an adviser to Iran's supreme leader," → the words up to the next comma or period."""
    if start >= len(tokens) or (tokens[start].low not in _APPOSITION_OPENERS
                                and not _capitalised_post(tokens, start) and not _owned_post_at(tokens, start)
                                and not _named_owner_post_at(tokens, start)):
        return None
    k = start
    while k < len(tokens) and tokens[k].text not in {",", ".", ";", ":", "“", "”", '"', "—", "–"}:
        k += 1
    if k == start or k - start > 20 or tokens[start].low == "who":
        return None
    first, nxt = tokens[start].low, tokens[start + 1].low if start + 1 < k else ""
    if first in ROLE_MODIFIERS and first not in ROLE_NOUNS and (nxt in NP_PREPOSITIONS or nxt in DETERMINERS or nxt == "as"):
        return None  # "acting as a character reference", "former of …": a verb or a cut phrase, not a post
    if tokens[k - 1].low in NP_PREPOSITIONS or tokens[k - 1].low in ARTICLES:
        return None  # "author of “America’s Bitter Pill”": cut at the title's quotation mark, the post reads unfinished
    if k < len(tokens) and tokens[k].text == "," and is_bare_post(tokens[start:k]):
        # "said Sanjiv Bhasin, Director, IIFL Securities.": the post, then the body it is held at
        end = k + 1
        while end < len(tokens) and tokens[end].is_word:
            end += 1
        if end > k + 1 and (end == len(tokens) or tokens[end].text in {",", ".", ";"}) and is_body_name(tokens[k + 1: end]):
            return text[tokens[start].start: tokens[end - 1].end]
    return text[tokens[start].start: tokens[k - 1].end]
