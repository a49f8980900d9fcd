"""Whose group a key quote joins on a briefing page: a later description ("the expert") or a document ("a report from X") of one earlier speaker."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from briefgen.extract.lexicon import SPEAKER_HEADS
from briefgen.extract.names import actor_key as canonical_actor_key
from briefgen.extract.quote_roles import person_posts
from briefgen.extract.speaker_tokens import person_post

# Words opening a description rather than a name ("one legal expert", "a WeWork spokesperson").
DESCRIPTION_OPENERS = frozenset("a an the one another this that".split())
# Words opening a definite description, which takes up someone already met ("the expert", "the Pose actor").
DEFINITE_OPENERS = frozenset("the this that".split())
# Words after a description's or role's head noun: "a report from X", "director of the gallery", "a singer and
# guitarist", "Director, IIFL Securities".
HEAD_ENDS = frozenset("of at for from with in on and by who whose which".split())
# A document speaks for whoever gave it out: "a report from Kotak Institutional Equities" is Kotak's.
DOCUMENT_NOUNS = frozenset("report statement letter memo memorandum study note release analysis filing email "
                           "survey paper document".split())
DOCUMENT_OWNER = re.compile(r"^(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?:from|by)\s+"
                            r"(?:the\s+)?(?P<owner>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|for))*)$")

# A title written short in a role stands for its noun ("Sen. Marco Rubio" is a senator: a rival to "the senator").
TITLE_NOUNS = {"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
               "sec": "secretary", "gen": "general", "atty": "attorney", "supt": "superintendent", "amb": "ambassador",
               "insp": "inspector", "det": "detective", "sgt": "sergeant", "capt": "captain", "cmdr": "commander"}
# Words saying the post is no longer held: "the former president" is not "the president", nor the other way round.
FORMER = frozenset("former ex retired late onetime one-time then".split())
# An article introducing a second person by the same noun ("one source …, a separate intelligence source …") leaves
# "the source" open: a determiner opening a new referent, up to three words that are no function words, the noun.
INDEFINITE = (r"(?:\b(?P<before>[\w'’]+)\s+)?\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+"
              r"(?:(?!(?:the|a|an|of|for|at|from|with|in|on|and|by|to)\b)[\w'’-]+\s+){{0,3}}?{head}\b")
# A noun phrase after these describes someone already met ("he was a great president", "as a wartime president").
PREDICATE_WORDS = frozenset("is was are were be been being as become became remains remained".split())

# How far back (in paragraphs) the quote before a definite description may stand for the description to take up its
# speaker ('"…," Van Der Beek said.' then, next paragraph, '"…," said the actor.').
LAST_SPEAKER_PARAGRAPHS_BACK = 1

# The rules, in the order they are tried on each key quote (names for tests and for reading a changed page).
RULES = ("document-speaks-for-owner", "definite-description-of-one-earlier-speaker",
         "definite-description-of-the-last-speaker")


def own_key(quote: dict[str, Any]) -> str:
    """The key the quote's speaker has by itself (the actor link, else the slug of the words)."""
    return quote.get("speaker_key") or canonical_actor_key(quote.get("speaker") or "")


def head_noun(words: Sequence[str]) -> str | None:
    """'lead researcher and NASA planetary scientist' → 'researcher'; 'Director, IIFL Securities' → 'director'. A
    possessive ('the report's authors' is the report's) or a capitalised last word (a name, 'the Sydney Morning
    Herald') has no head noun to match."""
    kept: list[str] = []
    for word in words:
        if word.lower() in HEAD_ENDS:
            break
        kept.append(word)
        if word.endswith(","):
            break
    if not kept:
        return None
    head = kept[-1].strip(",.;:\"“”‘")
    if not head.isalpha() or not head.islower() or any(("'" in w or "’" in w) for w in kept):
        return None
    return head


def description_head(speaker: str | None, openers: frozenset[str] = DESCRIPTION_OPENERS) -> str | None:
    """The head noun of a speaker given as a description ('one legal expert' → 'expert'), else None."""
    words = (speaker or "").replace("\"", "").replace("“", "").replace("”", "").split()
    if len(words) < 2 or words[0].lower() not in openers:
        return None
    return head_noun(words[1:])


def role_head(role: str | None) -> str | None:
    """The head noun of a role ('founding member' → 'member', 'Prince' → 'prince', 'Director, IIFL Securities' →
    'director'); a role that is a name ('of The Globe and Mail') has none."""
    words = (role or "").lower().split()
    if words and words[0] in DESCRIPTION_OPENERS:
        words = words[1:]
    head = head_noun(words)
    return TITLE_NOUNS.get(head, head) if head else None


def role_words(role: str | None) -> list[str]:
    """A role's words in lower case, a short title as its noun ('Sen.' → 'senator')."""
    words = [w.lower().strip(",.;:?!\"“”‘’()") for w in (role or "").split()]
    return [TITLE_NOUNS.get(w, w) for w in words]


def _former(words: Sequence[str]) -> bool:
    return any(w.lower().strip(",") in FORMER for w in words)


def _introduced(head: str, paragraphs: Sequence[str]) -> int:
    """How many different indefinite phrases of the noun the article writes ('a Mexican official', 'one source')."""
    pattern = re.compile(INDEFINITE.format(head=re.escape(head)))
    found = {m.group(0)[m.end("before") - m.start() if m.group("before") else 0:].strip().lower()
             for text in paragraphs for m in pattern.finditer(text)
             if (m.group("before") or "").lower() not in PREDICATE_WORDS}
    return len(found)


def _document_owner(speaker: str | None, actors: Sequence[dict[str, Any]]) -> str | None:
    """'a report from Kotak Institutional Equities' → the owner's key (its actor's, when the owner is one of the
    actor's names), else None."""
    m = DOCUMENT_OWNER.match(speaker or "")
    if not m or m.group("noun") not in DOCUMENT_NOUNS:
        return None
    owner = canonical_actor_key(m.group("owner"))
    for actor in actors:
        names = [actor.get("name") or "", *actor.get("aliases", ())]
        if actor.get("key") and owner in {canonical_actor_key(n) for n in names}:
            return str(actor["key"])
    return owner


def _one_persons_post(head: str) -> bool:
    """'actor', 'nominee', 'neurosurgeon': a noun for one person (not a body or a document that speaks, 'the
    campaign', 'the statement'; not a plural, 'the analysts')."""
    return (person_post(head) and not person_posts(head)
            and head not in SPEAKER_HEADS["institution"] | SPEAKER_HEADS["document"])


def _paragraph_of(quote: dict[str, Any], paragraphs: Sequence[str]) -> int | None:
    """The paragraph holding the quote's words: the one its `paragraph` index names (a quote whose words run on
    into the next paragraph is in none), else, in data written without the index, the first that holds them."""
    text = quote.get("text") or ""
    n = quote.get("paragraph")
    if isinstance(n, int) and not isinstance(n, bool):
        return n if 0 <= n < len(paragraphs) and text and text in paragraphs[n] else None
    return next((n for n, p in enumerate(paragraphs) if text and text in p), None)


def _names(actor: dict[str, Any]) -> set[str]:
    """An actor's names and the last word of each ('Ally Brooke' → also 'Brooke')."""
    names = {n for n in (actor.get("name") or "", *actor.get("aliases", ())) if n}
    return names | {n.split()[-1] for n in names}


def _last_speaker(n: int, quotes: Sequence[dict[str, Any]], keys: Sequence[str], described: set[str],
                  by_key: dict[str, dict[str, Any]], paragraphs: Sequence[str]) -> str | None:
    """definite-description-of-the-last-speaker: the key of the person quoted right before quote n (in its paragraph
    or LAST_SPEAKER_PARAGRAPHS_BACK before), when that speaker is a person actor with no role or description of
    their own (described: keys that have one), and the narration from that quote to the end of quote n's paragraph
    names no other person."""
    here = _paragraph_of(quotes[n], paragraphs)
    before = next((m for m in range(n - 1, -1, -1) if keys[m] != keys[n]), None)
    if here is None or before is None:
        return None
    target, there = keys[before], _paragraph_of(quotes[before], paragraphs)
    actor = by_key.get(target)
    if (there is None or not 0 <= here - there <= LAST_SPEAKER_PARAGRAPHS_BACK or actor is None
            or actor.get("type") != "person" or actor.get("role") or target in described):
        return None
    said = paragraphs[there].find(quotes[before].get("text") or "") + len(quotes[before].get("text") or "")
    narration = " ".join([paragraphs[there][said:], *paragraphs[there + 1:here + 1]])
    for q in quotes:
        narration = narration.replace(q.get("text") or "\0", " ")
    others = {name for a in by_key.values() if a.get("type") == "person" and a.get("key") != target
              for name in _names(a)} - _names(actor)
    if any(re.search(rf"\b{re.escape(name)}\b", narration) for name in others):
        return None
    return target


def group_keys(quotes: Sequence[dict[str, Any]], actors: Sequence[dict[str, Any]] = (),
               paragraphs: Sequence[str] = ()) -> list[tuple[str, str | None]]:
    """For each of the article's quotes (in reading order): the key of the group it joins, and the rule that moved it
    there (None: its own key).

    document-speaks-for-owner: 'a report from X' joins X when the article quotes X itself.
    definite-description-of-one-earlier-speaker: 'the expert' joins the one speaker quoted before it whose description
    or role has that head noun ('one legal expert'), when no other such speaker is quoted before it, no other actor's
    role holds that noun (a short title as its noun: 'Sen.'), "former" is in both or neither, and the article's
    paragraphs introduce no second person by that noun ('a separate source').
    definite-description-of-the-last-speaker: 'the actor', when no earlier speaker's description or role has that head
    and it names a person's post, joins the person quoted right before it (_last_speaker), when no actor's role
    holds the noun and the article introduces no one by it ('an actor').
    """
    by_key = {a["key"]: a for a in actors if a.get("key")}
    keys = [own_key(q) for q in quotes]
    resolved: dict[str, str] = {}  # an own key → the key of the group it joined
    heads: list[tuple[str, bool, str]] = []  # (head noun, former, own key) of the speakers quoted so far
    out: list[tuple[str, str | None]] = []
    for n, (quote, key) in enumerate(zip(quotes, keys)):
        joined: tuple[str, str | None] = (resolved.get(key, key), None)
        owner = _document_owner(quote.get("speaker"), actors)
        definite = description_head(quote.get("speaker"), DEFINITE_OPENERS)
        if owner and owner != key and owner in keys:
            joined = (owner, RULES[0])
        elif definite and key not in resolved:
            former = _former(str(quote.get("speaker")).split())
            earlier = {k for h, f, k in heads if h == definite and f == former and k != key}
            rivals = {a.get("key") for a in actors if definite in role_words(a.get("role"))
                      and _former(role_words(a.get("role"))) == former} - earlier - {key}
            if len(earlier) == 1 and not rivals and _introduced(definite, paragraphs) <= 1:
                target = next(iter(earlier))
                joined = (resolved.get(target, target), RULES[1])
            elif (not earlier and not rivals and _one_persons_post(definite)
                  and not any(h == definite for h, _f, _k in heads) and _introduced(definite, paragraphs) == 0):
                last = _last_speaker(n, quotes, keys, {k for _h, _f, k in heads}, by_key, paragraphs)
                if last is not None:
                    joined = (resolved.get(last, last), RULES[2])
        if joined[1] is not None:
            resolved[key] = joined[0]
        out.append(joined)
        role = quote.get("role") or by_key.get(key, {}).get("role")
        for head, words in ((description_head(quote.get("speaker")), str(quote.get("speaker")).split()),
                            (role_head(role), role_words(role))):
            if head:
                heads.append((head, _former(words), key))
    return out
