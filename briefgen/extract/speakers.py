"""Find who said a quotation in the words before its speech verb: "X said", "X, a spokesman, said", "X told Y".

(The words after the verb, "said X" and "according to X", are read in speakers_after.)
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.extract.lexicon import (
    DETERMINERS,
    NP_BREAKERS,
    NP_PREPOSITIONS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    TITLE_WORDS,
)
from briefgen.extract.speaker_gap import skip_back
from briefgen.extract.speaker_tokens import (
    FIRM_JOINERS, Token, crowd_of_people, is_name_word, month_day, named_people, person_noun as _person_noun, split_role,
    title_of_body,
)
from briefgen.extract.speaker_relative import who_antecedent
from briefgen.extract.speaker_phrases import coworkers_start, joined_description, joined_post_role, name_after_intro_phrase
from briefgen.extract.speaker_shapes import (
    describes, is_appositive, is_bare_post, is_body_name, is_described_name, is_hometown, lists_inside_name,
    modified_title_name, named_owner_post, names_a_state, opening_post, opens_circumstance, opens_with_post, owned_post,
    without_hometown,
)
from briefgen.extract.speaker_words import (
    AGE_ADJECTIVE, APPOSITION_MAX_TOKENS, ARTICLES, BREAK_PUNCT, CLAUSE_OPENERS, COMPOUND_POST_HEADS, COUNTED_NOUNS,
    COURTESY_TITLES, GOVERNING, JOINING_PREPOSITIONS, LEAD_ADVERBS, LOCATIVES, RELATIVE_PRONOUNS, ROLE_MODIFIERS,
)


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


def np_before(tokens: list[Token], end: int, text: str) -> Cue | None:
    """The speaker noun phrase ending just before tokens[end] (a speech verb), scanning backwards."""
    i = skip_back(tokens, end - 1)
    if i > 1 and tokens[i].low == "who" and tokens[i - 1].text == ",":
        antecedent = who_antecedent(tokens, i, text, _np_core)  # "Gov. Mike Pence, who called their son …"
        return Cue(*antecedent) if antecedent else None
    if i < 0:
        return None
    i = coworkers_start(tokens, i)
    if tokens[i].low in PERSON_PRONOUNS or tokens[i].low == "it":
        return Cue(tokens[i].text)
    if tokens[i].text != ",":
        core = _np_core(tokens, i, text)
        opens = -1 if core is None else _before_phrase(tokens, i, core.speaker, text) + 1  # the phrase's first token
        introduced = None if core is None else name_after_intro_phrase(tokens, opens, core.speaker, core.role, text)
        if introduced is not None:
            return Cue(introduced)
        unclosed = _unclosed_apposition(tokens, i, text)
        if core is None or (unclosed is not None and (_governed(tokens, i, core, text) or "," in (unclosed.role or ""))):
            # "Mary Holt, former aide to the governor said": "the governor" is the object of "to", not the subject
            # (and "…, an analyst at the Council on Energy, Environment and Water told": the phrase ends a name)
            return unclosed
        if _governed(tokens, i, core, text, PLACE_PREPOSITIONS):
            # "a voice-over in the ad states": the phrase the place follows speaks; "The authors of the research
            # published in the journal JAMA Psychiatry argued": none does here (the sentence's subject is looked for)
            p = next((n for n in range(_before_phrase(tokens, i, core.speaker, text), -1, -1)
                      if tokens[n].low in PLACE_PREPOSITIONS), 0)
            outer = _np_core(tokens, p - 1, text) if p > 0 else None
            if outer is None or outer.role:
                return outer
            return Cue(text[text.rfind(outer.speaker, 0, tokens[p].start): tokens[i].end])  # "a voice-over in the ad"
        if _obtained_by(tokens, i, core, text):
            # "A letter from the Legion obtained by The Associated Press warns": the document speaks, not who got it
            return _np_core(tokens, _before_phrase(tokens, i, core.speaker, text) - 2, text)
        described = joined_description(tokens, opens, core.speaker, core.role, text)  # "the senator and former judge"
        return (_from_the_place(tokens, i, core, text) or _owned_post_before(tokens, i, core, text)
                or _joined_post_before(tokens, i, core, text) or (Cue(described) if described else core))

    # appositions: "Michael Mulgrew, president of the union, which represents teachers, said"
    chunks: list[tuple[int, int]] = []  # comma-separated stretches, collected right to left
    k = i
    for _ in range(5):
        j = k - 1
        while j >= 0 and tokens[j].text not in BREAK_PUNCT and tokens[j].text != "," and k - j < 30:
            # (an unmatched ")" is stepped over like any token, so the scan always moves)
            j = j - 1 if tokens[j].text != ")" else min(skip_back(tokens, j), j - 1)
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
        # "the economist Jared Bernstein, a former adviser, wrote": the first stretch, a description ending in a
        # name, is the subject, though it opens with a determiner as an apposition does
        described_name = n == 0 and len(chunks) > 1 and (is_described_name(tokens[a:b]) or (
            # "An Israeli official, speaking on the condition of anonymity, said": a description, then only
            # circumstances or a "who" clause ("a source, who was not authorized to speak, told"), is the subject
            tokens[a].low in ARTICLES and _person_noun(tokens[b - 1].low)
            and all(opens_circumstance(tokens[a2]) or tokens[a2].low == "who" for a2, _b2 in chunks[1:])))
        # "in what Bay Buchanan, the treasurer, called": a relative "what" clause opens with its subject
        opens_what = tokens[a].low == "what" or (a + 1 < b and tokens[a].low in NP_PREPOSITIONS
                                                 and tokens[a + 1].low == "what")
        # ("Scott's niece, state Sen. Marcia Price, said": a titled name after its rank words is no apposition)
        titled = modified_title_name(tokens[a:b])
        if ((is_appositive(tokens[a:b]) and not described_name and not opens_what and not titled)
                or (b - a == 1 and tokens[a].low in LEAD_ADVERBS)):
            continue
        core = _np_core(tokens, skip_back(tokens, b - 1), text)
        if core is None or not (core.speaker[:1].isupper() or described_name):
            continue
        first = a
        while first < b and tokens[first].low in CLAUSE_OPENERS:
            first += 1
        if opens_what:
            first = a + 1 if tokens[a].low == "what" else a + 2
        # (the role is written before the name, "Sen. Ted Cruz", or after it, "Mary Lee of Austin")
        # ("Sen. Ann Lee of Austin": the role's first word opens it, its affiliation after the name)
        opening = next((o for o in (core.role, core.speaker)
                        if o and text[tokens[first].start:].startswith(o.split()[0])), "")
        if not opening or not (opening[:1].isupper() or opening.split()[0].lower() in DETERMINERS or described_name
                               or titled):
            continue  # "After meeting Obama, Trump said": a phrase ending in a name, not a name
        later = chunks[n + 1:]
        spans = [text[tokens[a2].start: tokens[b2 - 1].end] for a2, b2 in later]
        at = next((m for m, ((a2, b2), span) in enumerate(zip(later, spans))
                   if (is_appositive(tokens[a2:b2]) or named_owner_post(tokens[a2:b2])) and describes(tokens[a2])
                   and not (b2 - a2 == 1 and tokens[a2].low in LEAD_ADVERBS)  # "ESPN, meanwhile, announced"
                   and not (m + 1 < len(spans) and is_hometown(span, spans[m + 1]))), None)
        role = None if at is None else spans[at]
        if at is not None and at + 1 < len(later) and is_bare_post(tokens[slice(*later[at])]) and is_body_name(
                tokens[slice(*later[at + 1])]):
            role = f"{role}, {spans[at + 1]}"  # "Sanjiv Bhasin, Director, IIFL Securities, said": the post, then its body
        context = next((text[tokens[a2].start: tokens[b2 - 1].end] for a2, b2 in chunks[n + 1:]
                        if opens_circumstance(tokens[a2])), None)
        if role is None and n > 0:
            # "The leader of the ADL, Jonathan Greenblatt, warned": the name, described before it
            a0, b0 = chunks[n - 1]
            # ("Malaysia's Prime Minister, Najib Razak"; "Co-founder of Acme, Jo Lee," opening the clause)
            if tokens[a0].low in DETERMINERS or owned_post(tokens[a0:b0]) or (n == 1 and opening_post(tokens[a0:b0])):
                role = text[tokens[a0].start: tokens[b0 - 1].end]
        own_role = without_hometown(core.role, spans[0]) if spans else core.role  # "Ann Lee of Austin, Texas,"
        return Cue(core.speaker, role=role or own_role, context=context)
    return None


def _before_phrase(tokens: list[Token], i: int, phrase: str, text: str) -> int:
    """The index of the token right before a phrase found ending by tokens[i] (the speaker of a Cue that _np_core read
    there), or -1 when nothing comes before it."""
    at = text.rfind(phrase, 0, tokens[i].end)
    return next((n for n in range(i, -1, -1) if tokens[n].end <= at), -1)


# Participles before "by" that name who got or saw a document, not who speaks in it: "a memo obtained by CNN says", "a
# letter seen by Reuters said" ("released by", "issued by" name its owner, who does speak: speaker_check.document_owner).
OBTAINED_BY = frozenset("obtained seen reviewed viewed leaked provided acquired".split())


def _obtained_by(tokens: list[Token], i: int, core: Cue, text: str) -> bool:
    """The phrase core found ending at tokens[i] follows "<participle> by" (OBTAINED_BY)."""
    by = _before_phrase(tokens, i, core.speaker, text)
    return by >= 2 and tokens[by].low == "by" and tokens[by - 1].low in OBTAINED_BY


def _joined_post_before(tokens: list[Token], i: int, core: Cue, text: str) -> Cue | None:
    """'Lead researcher and NASA planetary scientist Lucas Paganini said': both posts are the role (joined_post_role)."""
    role = joined_post_role(tokens, i, core.role, text)
    return Cue(core.speaker, role=role) if role else None


def _from_the_place(tokens: list[Token], i: int, core: Cue, text: str) -> Cue | None:
    """'Stacy Baker of Columbia, South Carolina says': the state after a comma ends the place a person is from (the
    comma after it left out); the person speaks, and the place is no role (is_hometown)."""
    if core.role or not names_a_state(core.speaker):
        return None
    comma = _before_phrase(tokens, i, core.speaker, text)
    if comma < 0 or tokens[comma].text != ",":
        return None
    person = _np_core(tokens, comma - 1, text)
    if person is None or not person.role:
        return None
    role = without_hometown(person.role, core.speaker)
    if role == person.role and person.role.split()[0] not in LOCATIVES:
        return None  # the role names no place the person is from
    return Cue(person.speaker, role=role)


def _owned_post_before(tokens: list[Token], i: int, core: Cue, text: str) -> Cue | None:
    """"Malaysia's Prime Minister, Najib Razak said": an owner's post set off by a comma before a full name is the
    name's role (owned_post)."""
    if core.role or len(core.speaker.split()) < 2 or not core.speaker[:1].isupper():
        return None
    comma = _before_phrase(tokens, i, core.speaker, text)
    if comma < 0 or tokens[comma].text != ",":
        return None
    k = comma - 1
    while k >= 0 and tokens[k].text not in BREAK_PUNCT and tokens[k].text != "," and comma - k <= 8:
        k -= 1
    chunk = tokens[k + 1: comma]
    if not owned_post(chunk):
        return None
    return Cue(core.speaker, role=text[chunk[0].start: chunk[-1].end])


def _unclosed_apposition(tokens: list[Token], i: int, text: str) -> Cue | None:
    """'Anthony Anton, president and CEO of the Washington Restaurant Association stated': a description whose
    closing comma the writer left out, after the name it describes."""
    k = i
    while k > 0 and i - k < APPOSITION_MAX_TOKENS and tokens[k].text not in BREAK_PUNCT and (
            tokens[k].text != "," or lists_inside_name(tokens, k)):
        k -= 1
    chunk = tokens[k + 1: i + 1]
    if k <= 0 or tokens[k].text != "," or not chunk or not is_appositive(chunk) or not describes(chunk[0]):
        return None
    if not opens_with_post(chunk):
        return None  # it must open with a post ("president and CEO of …", "a former aide to …")
    name = _np_core(tokens, k - 1, text)
    if name is None or name.role or not is_name_word(tokens[k - 1]) or len(name.speaker.split()) < 2:
        return None
    before = _before_phrase(tokens, k - 1, name.speaker, text)
    if before >= 0 and tokens[before].is_word:
        return None  # "After meeting Joe Biden, a former aide to …": the name ends a phrase; it opens no clause
    return Cue(name.speaker, role=text[chunk[0].start: chunk[-1].end])


# Prepositions whose object is where or in what something is, never the subject of the verb after it: a phrase found
# right after one ("published in the journal X argued", "on Fox News said") is not the speaker; the sentence's
# subject is looked for instead (cues.cue_before).
PLACE_PREPOSITIONS = frozenset({"in", "on", "inside", "into"})


def _governed(tokens: list[Token], i: int, core: Cue, text: str, words: frozenset[str] = GOVERNING) -> bool:
    """The phrase core found ending at tokens[i] comes right after a preposition or a conjunction (past a
    determiner; one of `words`): it ends a longer phrase, so it is not the subject of the verb after it."""
    k = _before_phrase(tokens, i, core.speaker, text)
    while k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].low in words


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
        if tok.low in DETERMINERS and not (  # a capitalised determiner between name words is part of the name
                tok.text[0].isupper() and k + 1 <= i and is_name_word(tokens[k + 1])
                and k > 0 and is_name_word(tokens[k - 1])):
            start = k
            joined = k >= 2 and tokens[k - 1].low in JOINING_PREPOSITIONS and tokens[k - 2].is_word
            if not joined or tokens[k - 2].low in NP_BREAKERS:
                break  # "expert at the Council", "Ingram of the Globe": the phrase goes on before "the"
        if is_name_word(tok) or tok.text in TITLE_WORDS:
            start = k
        elif tok.low in {"and", "&"} and k > 0 and is_name_word(tokens[k - 1]) and is_name_word(tokens[k + 1]):
            pass  # "the Globe and Mail": a conjunction inside a name
        elif tok.low in NP_PREPOSITIONS and k > 0 and tokens[k - 1].is_word and tokens[k - 1].low not in NP_BREAKERS:
            pass  # "expert at the Council": keep scanning, accepted only if a head comes before
        elif (tok.low not in NP_BREAKERS and tok.low not in SPEECH_VERB_FORMS and lower_words < 5
              and (not tok.text[0].isdigit() or (AGE_ADJECTIVE.fullmatch(tok.low) and not is_name_word(tokens[k + 1]))
                   or tokens[k + 1].low in COUNTED_NOUNS or month_day(tokens, k))):  # ("25 percent of voters")
            # (an age heads a description, "the 43-year-old", or describes one, "the 71-year-old diplomat"; before a
            # name, "the 43-year-old Jane Roe", it ends the phrase as a figure does)
            lower_words += 1
            start = k
        else:
            break
        k -= 1
    while start <= i and (tokens[start].low in NP_PREPOSITIONS or tokens[start].low in CLAUSE_OPENERS):
        start += 1  # "And America Rising", "When Sanders": the conjunction is not part of the name
    if start > i:
        return None
    words = tokens[start: i + 1]
    if words[-1].low in NP_PREPOSITIONS or (words[-1].text.endswith("ly") and not is_name_word(words[-1])):
        return None  # "this to (say)", "a swiftly (called)": no noun heads the phrase (but "Kelly said" does)
    has_det = words[0].low in DETERMINERS
    head = words[-1]
    if crowd_of_people(words):
        return Cue(text[words[0].start: head.end])  # "Hundreds of pro-Sanders demonstrators"
    if not (is_name_word(head) or has_det or head.low in ROLE_NOUNS or named_people(words) or head.low.endswith(("’s", "'s"))):
        return None  # ("Trump supporters (chanted)": a name's people, not the name)
    if has_det and len(words) == 1:
        return None
    if not has_det and not is_name_word(words[0]):
        # a bare lower-case run ("officials said") only when it ends in a role noun
        first_cap = next((n for n, w in enumerate(words) if is_name_word(w)), None)
        if head.low not in ROLE_NOUNS and first_cap is None:
            return None
    first_prep = next((n for n, w in enumerate(words) if w.low in NP_PREPOSITIONS), None)
    titled = next((n for n in range(len(words) - 2, 0, -1)
                   if words[n].text in TITLE_WORDS and words[n].text.endswith(".")), None)
    if titled is not None and any(w.text.islower() and w.low not in ROLE_MODIFIERS
                                  and (w.low.endswith("ed") or w.low in _CLAUSE_PREPOSITIONS) for w in words[:titled]):
        return None  # "The cabinet members gathered around Mr. Trump (laughed)": a clause ends in the name, no role
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
        w.text not in TITLE_WORDS and w.low not in ROLE_NOUNS and w.low not in COMPOUND_POST_HEADS  # "CEO of …",
        for w in head_words  # "Master of ceremonies …": a post, not a name
    ) and not has_det:
        # "Matthew Ingram of the Globe and Mail": the person, and where they are from as the role
        posted = None if described else title_of_body(words, first_prep, text)
        if posted is not None:
            return Cue(posted[0], role=posted[1])  # "RNC Chief of Staff Katie Walsh": a post, then the person
        name, role = split_role(head_words, text)
        role = text[words[0].start: head_words[0].start].strip() + (f" {role}" if role else "") if described else role
        rest = text[words[first_prep].start: words[-1].end]
        return Cue(name, role=with_affiliation(role, rest))
    name, role = split_role(words, text)
    if role and role.split()[-1].lower() in NP_PREPOSITIONS:
        return None  # "… University in Berea": the object of a preposition, a place, not who speaks
    if any(w.text.islower() and w.low.endswith("ing") and w.low not in _ING_NOUNS and is_name_word(words[n - 1])
           and is_name_word(words[n + 1]) for n, w in enumerate(words[1:-1], start=1)):
        return None  # "White America embracing Obama (announced)": a name and its participle, a clause, no post
    if start > 0 and tokens[start - 1].low in RELATIVE_PRONOUNS and words[0].text.islower() and words[0].low.endswith("ed"):
        return None  # "the emails, which included staff members (suggesting)": a verb and its object, no subject
    return Cue(name, role=role)


# Nouns ending in "-ing" that are posts or kin, not participles: "the Saudi king Salman", "her sibling Tom"
_ING_NOUNS = frozenset("king sibling offspring darling underling viking".split())


# Lower-case words before a titled name that show a clause, not a post, runs into it ("gathered around Mr. Trump",
# "stood beside Dr. Lee"); a past participle ("-ed") shows it too.
_CLAUSE_PREPOSITIONS = frozenset("around beside behind near next about against toward towards".split())


def with_affiliation(role: str | None, rest: str) -> str:
    """'Rep.' and 'of Maryland' → 'Rep. of Maryland'; a courtesy title alone ("Mr. Morgan of the Sierra Club") is no
    part of the role, which is then where the person is from."""
    role = (role or "").strip()
    return f"{role} {rest}" if role and role not in COURTESY_TITLES else rest
