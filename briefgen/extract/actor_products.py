"""Products, missions, works and storms that NER reads as actors, which act in no news (rules as data).

The names an article calls a spacecraft, a browser, a film, a book or a storm ("Cyclone Phailin"), and a model's
code ("IE6", "STS-134").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from briefgen.extract.actor_candidate import starts_with_given_name
from briefgen.extract.gazetteer import gazetteer

__all__ = ["MAKER_NOUNS", "MODEL_WORDS", "PRODUCT_LINES", "PRODUCT_NAMES", "STORM_WORDS", "IS_NOUNS", "titled_works", "OPENERS_AFTER_A_COLON", "TITLE_USES", "product_forms", "product_line", "MAKER_TITLES", "THING_NOUNS", "makers_named", "VESSEL_NOUNS", "WEAPON_NOUNS", "model_code", "named_products",
           "product_names", "storm_names", "counted_things", "COUNTING_WORDS", "sold_things"]

# Things made, whose maker's name may stand right before them ("the NASA spacecraft", "a Microsoft browser"):
# missions and craft, software and devices.
MAKER_NOUNS = (
    "mission", "missions", "spacecraft", "probe", "rover", "lander", "orbiter", "telescope", "satellite", "shuttle",
    "capsule", "browser", "browsers", "operating system",
)  # (not "app", "software", "smartphone": "the Samsung smartphone" names a maker the tables may not know)
# Works, whose author's name may stand before them ("a Spielberg film"): only the name after the noun ("the film
# Titanic") or a sentence saying what the name is ("Veep is a comedy series") makes them a work.
WORK_NOUNS = (
    "film", "movie", "novel", "book", "album", "song", "series", "sitcom", "documentary", "musical", "opera",
    "poem", "painting", "video game", "videogame", "biography", "autobiography", "memoir", "memoirs",
)  # (not "show", "play": verbs as often, "the reports show Conservative Solutions PAC …")
THING_NOUNS = MAKER_NOUNS + WORK_NOUNS
# Nouns that make a work only right after "is a" and before a relative word ("Fallen Order is a game whose …"): not
# before a name ("the game Smith scored in" names a player), nor after other words ("Smith was the star of the game.").
IS_NOUNS = ("game", "games")
# Ships, named after people as often as not ("the aircraft carrier Carl Vinson", "the tanker Exxon Valdez"): the name
# after the noun is the vessel's, a given name in it no sign of a person.
VESSEL_NOUNS = ("aircraft carrier", "carrier", "warship", "battleship", "destroyer", "frigate", "cruiser", "submarine",
                "tanker", "freighter", "liner", "ferry", "trawler", "yacht", "ship", "vessel")
# Arms named after their maker or designer, read as people ("Kalashnikov rifles", "Stinger missiles"): the name
# right before the noun.
WEAPON_NOUNS = ("rifle", "rifles", "pistol", "pistols", "submachine gun", "submachine guns", "machine gun",
                "machine guns", "missile", "missiles")

# Product lines of well-known makers, a word of a made thing's name wherever it stands ("Retina MacBook Pro", "iPad
# Pro", "Nintendo Switch Lite"), which reviews and gift guides name by the dozen. Not words that also name people,
# clubs or companies ("Siri", "Alexa", "Galaxy", "Roku", "Surface", "Echo").
PRODUCT_LINES = frozenset(
    "MacBook MacBooks iMac iMacs iPad iPads iPhone iPhones iPod iPods AirPods AirPower HomePod HomePods Thunderbolt "
    "MagSafe FaceTime iTunes Chromecast Stadia PlayStation Xbox XBox DualShock Joy-Con Joy-Cons Alienware Radeon "
    "GeForce".split())
# Made things' whole names whose words each name other things too.
PRODUCT_NAMES = frozenset({"Apple Watch", "Apple Watches", "Apple TV", "Echo Dot", "Fire TV", "Touch Bar",
                           "Magic Keyboard", "Smart Keyboard", "Smart Keyboard Folio", "Nintendo Switch", "Smart TV",
                           "Xbox Live", "Google Home", "Siri", "App Store"})
# A model's word ending a name of two words or more ("Mac Pro", "Switch Lite", "Premiere Edition", "Pokemon Bundle").
MODEL_WORDS = frozenset("Pro Lite Edition Editions Bundle Ultra".split())


def product_line(name: str) -> bool:
    """'Retina MacBook Pro', 'iPad Pro', 'Apple Watch', 'Switch Lite': a made thing's name by its product line, its
    listed name or its model's word (not a listed company or body: gazetteer)."""
    gaz = gazetteer()
    words = name.split()
    if name in gaz.companies or name in gaz.organizations:
        return False
    return (name in PRODUCT_NAMES or any(w.rstrip("’'s") in PRODUCT_LINES or w in PRODUCT_LINES for w in words)
            or (len(words) > 1 and words[-1] in MODEL_WORDS))


def product_forms(names: Iterable[str], makers: frozenset[str] = frozenset()) -> frozenset[str]:
    """The shorter forms an article calls its made things by ("Switch" of "Nintendo Switch", "Mac" and "Pro" of "Mac
    Pro", "Edition" of "Premiere Edition", "TB" of "Touch Bar"): not a listed company or body ("Nintendo" stays), nor
    a maker the article names (`makers_named`: "keyboard maker Brydge" of "Brydge Pro")."""
    gaz = gazetteer()
    found: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) < 2 or not product_line(name):
            continue
        found.add(words[-1])
        found.add("".join(w[0] for w in words if w[:1].isupper()))
        if words[-1] in MODEL_WORDS:
            found.add(" ".join(words[:-1]))
    return frozenset(f for f in found if f not in gaz.companies and f not in gaz.organizations and f not in makers)


# Words before a storm's given name ("Cyclone Phailin", "Hurricane Katrina", "Tropical Storm Allison"): the storm and
# its name alone ("Phailin made landfall") are weather, named like people (not "Storm" alone: "Storm Reid" is a woman).
STORM_WORDS = ("Super Typhoon", "Tropical Storm", "Tropical Depression", "Hurricane", "Typhoon", "Cyclone")
_STORM = re.compile(r"\b(" + "|".join(STORM_WORDS) + r")\s+([A-Z][a-z]+)\b")

_NOUN = "(?:" + "|".join(re.escape(n) for n in sorted(THING_NOUNS, key=len, reverse=True)) + ")"
_MAKER_NOUN = "(?:" + "|".join(re.escape(n) for n in sorted(MAKER_NOUNS, key=len, reverse=True)) + ")"
_NAME = r"[A-Z][\w'’.@-]*(?:\s+(?:[A-Z][\w'’.@-]*|@|of|the))*?"  # capitalised words ("Dark Matters", "Stardust @ home")
_PLAIN_NAME = r"[A-Z][\w'’.@-]*(?:\s+[A-Z][\w'’.@-]*)*?"
_WHOLE_NAME = r"[A-Z][\w'’.@-]*(?:\s+(?:[A-Z][\w'’.@-]*|@))*"  # all the capitalised words there are
# "the spacecraft Stardust", "his novel Overtures", "the hit film Titanic": the noun, then the name (an adjective
# between, but no plural noun: "the crews film …" is a verb's)
_NOUN_THEN_NAME = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|our|my|[A-Z]\w*['’]s)\s+(?:(?:[a-z]+ous|[a-z]*[a-rt-z])\s+)?" + _NOUN + r"\s+[“\"‘'*_]*(" + _WHOLE_NAME + r")")
# "Stardust is a NASA Discovery mission that …", "Veep is an American comedy series": the name, then what it is
_NAME_IS_NOUN = re.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\*\*\s))(" + _NAME + r")\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _NOUN
    + r"(?=[.,;:!?)]|\s+(?:that|which|in|launched|released|created|starring|directed|written|published|set|based|from|by|of|for|and|with|"
    r"on|to|about|where|whose)\b)")
# "the Ulysses spacecraft", "the Mozilla Firefox browser": a made thing's name before its noun (its maker's name
# too, which product_names leaves to the tables: "NASA", "Microsoft", a state's adjective)
_NAME_THEN_MAKER_NOUN = re.compile(r"(?:\bthe|\band|,|\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(" + _PLAIN_NAME + r")\s+"
                                   + _MAKER_NOUN + r"\b")  # ("our Blue Moon lander", a maker's own words)
_NAME_IS_GAME = re.compile(r"(?:^|(?<=[.!?:]\s))(" + _NAME + r")\s+is\s+an?\s+(?:" + "|".join(IS_NOUNS)
                           + r")\s+(?:whose|that|which|where|set|in which)\b")
_DETERMINER = re.compile(r"^(?:The|A|An)\s+")
# (up to two words before the noun, one an owner's compound: "the Scientology-owned cruise ship"; after a comma, the
# name that ends the sentence: "aboard the cruise ship, Freewinds.", not "on the ship, Smith said")
_VESSEL_THEN_NAME = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:(?:[a-z]+|\w+-[a-z]+)\s+){0,2}(?:"
                               + "|".join(sorted(VESSEL_NOUNS, key=len, reverse=True))
                               + r")(?:\s+(" + _WHOLE_NAME + r")|,\s+(" + _WHOLE_NAME + r")(?=[.;!?]|$))")
_NAME_THEN_WEAPON = re.compile(r"(?<![\w.-])([A-Z][a-z][\w-]*)\s+(?:assault\s+|automatic\s+)?(?:"
                               + "|".join(sorted(WEAPON_NOUNS, key=len, reverse=True)) + r")\b")


def product_names(texts: Iterable[str], makers: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names the article itself calls a made thing or a work. `makers` are names that can only be a maker
    (listed organisations and companies): "the Google app" leaves Google an actor."""
    found: set[str] = set()
    for text in texts:
        for pattern in (_NOUN_THEN_NAME, _NAME_IS_NOUN, _NAME_THEN_MAKER_NOUN):
            for m in pattern.finditer(text):
                name = _DETERMINER.sub("", m.group(1)).strip(" .,'’")
                if name and not name.isupper() and name not in makers and name.split()[0] not in makers:
                    found.add(name)
    return frozenset(found)


# Nouns that call the name after them a company ("keyboard case maker Brydge", "the start-up Satechi") or, after a
# comma and an article, the name before them ("Brydge, a keyboard maker").
MAKER_TITLES = ("maker", "makers", "manufacturer", "manufacturers", "company", "firm", "startup", "start-up",
                "retailer", "vendor", "developer")
_TITLE = "(?:" + "|".join(sorted(MAKER_TITLES, key=len, reverse=True)) + ")"
_MAKER_AFTER_TITLE = re.compile(r"\b" + _TITLE + r"\s+(" + _WHOLE_NAME + ")")
# (at most MAX_NAME_WORDS words before the comma: read from every word of a long run of capitalised words, an
# unbounded name reread the run to its end, quadratic)
MAX_NAME_WORDS = 12
_BOUNDED_NAME = r"[A-Z][\w'’.@-]*(?:\s+(?:[A-Z][\w'’.@-]*|@)){0,%d}" % (MAX_NAME_WORDS - 1)
_MAKER_BEFORE_TITLE = re.compile(r"(?<![\w'’.@-])(" + _BOUNDED_NAME + r"),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?" + _TITLE + r"\b")


def makers_named(texts: Iterable[str]) -> frozenset[str]:
    """The names the article calls a company by a noun for one ("keyboard case maker Brydge", "Brydge, a keyboard
    maker")."""
    return frozenset(m.group(1) for t in texts for pattern in (_MAKER_AFTER_TITLE, _MAKER_BEFORE_TITLE)
                     for m in pattern.finditer(t))


# A model's or a mission's code: capitals then a number ("IE6", "STS-134", "A380", "F-35", "MH370"); not a
# group of states ("G7", "G20") or an intelligence service ("MI5", "MI6").
_MODEL_CODE = re.compile(r"[A-Z]{1,4}-?\d{1,4}[a-z]?")
NOT_MODEL_CODES = re.compile(r"G\d{1,2}|MI\d")


def model_code(name: str) -> bool:
    return bool(_MODEL_CODE.fullmatch(name)) and not NOT_MODEL_CODES.fullmatch(name)


def named_products(texts: Sequence[str], persons: frozenset[str]) -> frozenset[str]:
    """The names the article calls a made thing or a work, but a listed body's or company's (a maker: "the NASA
    spacecraft") and a person's the article names ("his book Trump: The Art of the Deal" leaves Donald Trump)."""
    gaz = gazetteer()
    people = {n for p in persons if " " in p and all(w.replace(".", "").replace("-", "").isalpha() for w in p.split())
              for n in (p, p.split()[-1])}  # full names and their surnames (not "Andrew Westphal: Stardust", run on)
    found = product_names(texts, frozenset(gaz.organizations) | frozenset(gaz.companies))
    made = frozenset(n for n in found if n not in people and not starts_with_given_name(n))
    # "Fallen Order is a game whose …" says what the name is, though NER reads it as a person's full name
    games = {m.group(1) for t in texts for m in _NAME_IS_GAME.finditer(t)}
    made |= {n for n in games if not starts_with_given_name(n) and n not in gaz.organizations and n not in gaz.companies}
    return made | _vessels_and_arms(texts, people) | storm_names(texts, persons)


def storm_names(texts: Sequence[str], persons: Iterable[str] = ()) -> frozenset[str]:
    """'Cyclone Phailin' and 'Phailin': a storm's whole name and its given name, unless a person the article names in
    full (NER's "Cyclone Phailin" is none) bears it as a surname."""
    found = {(m.group(0), m.group(2)) for t in texts for m in _STORM.finditer(t)}
    surnames = {p.split()[-1] for p in persons if " " in p and not p.startswith(STORM_WORDS)}
    return frozenset(n for whole, name in found if name not in surnames for n in (whole, name))


def _vessels_and_arms(texts: Sequence[str], people: set[str]) -> frozenset[str]:
    """The names the article gives a ship ("the aircraft carrier Carl Vinson", a person's name though NER reads it as
    one) or an arm ("Kalashnikov rifles", but not a person's the article names, nor an armed group's: "Hezbollah
    missiles")."""
    gaz = gazetteer()
    ships = {_DETERMINER.sub("", m.group(1) or m.group(2)).strip(" .,'’") for t in texts for m in _VESSEL_THEN_NAME.finditer(t)}
    arms = {m.group(1) for t in texts for m in _NAME_THEN_WEAPON.finditer(t)} - people
    return frozenset(n for n in ships | arms if n and n.lower() not in gaz.groups and n not in gaz.organizations
                     and n.lower() not in gaz.states and n.lower() not in gaz.demonyms)


# Words before a plural that count it ("roughly 100 Polaroids", "several Polaroids"), and the possessive of an owner
# ("Warhol's Polaroids"); or "of" after it ("Polaroids of celebrities"): a name so used is a thing one can count.
COUNTING_WORDS = ("several", "many", "few", "dozens of", "hundreds of", "thousands of", "two", "three", "four", "five")
_COUNTED = re.compile(r"(?:\b\d[\d,]*|\b(?i:" + "|".join(COUNTING_WORDS) + r")|\w['’]s) ([A-Z][a-z]{2,})s\b|\b([A-Z][a-z]{2,})s of\b")
COUNTED_USES = 2  # the counted plurals that make a name a thing
# Words after a plural that make it people, not things ("many Latinos who …", "many Republicans fear …").
PEOPLE_AFTER = ("who", "say", "said", "believe", "fear", "want", "expect", "think", "have said")


def counted_things(texts: Sequence[str], persons: Iterable[str] = (), peoples: Iterable[str] = ()) -> frozenset[str]:
    """'Polaroid' of "Warhol's Polaroids", "roughly 100 Polaroids", "Polaroids of celebrities": a name the article
    counts in the plural (COUNTED_USES times) is a thing, no actor. Not people: a name NER reads as a people or a party
    (`peoples`, its NORP names: "Republicans"), nor one whose plural PEOPLE_AFTER words follow ("Latinos who"), nor a
    state, a people, a group or a body the tables know ("two Germanys"), nor the surname of a person the article names in
    full ("the two Clintons" beside "Hillary Clinton")."""
    gaz = gazetteer()
    counted: dict[str, int] = {}
    for m in (m for t in texts for m in _COUNTED.finditer(t)):
        name = m.group(1) or m.group(2)
        counted[name] = counted.get(name, 0) + 1
    found = {n for n, uses in counted.items() if uses >= COUNTED_USES}
    if not found:
        return frozenset()
    surnames = {p.split()[-1] for p in persons if starts_with_given_name(p)}
    people = set(peoples) | {n for n in found if re.search(rf"\b{n}s (?:{'|'.join(PEOPLE_AFTER)})\b", " ".join(texts))}
    known = set(gaz.states) | set(gaz.demonyms) | set(gaz.groups)
    return frozenset(n for n in found if n not in surnames and n not in people and n + "s" not in people
                     and not {n.lower(), n.lower() + "s"} & known and n not in gaz.organizations and n not in gaz.companies)


# A deal page's line selling a thing: short, no sentence, ending with its price ("Nintendo Switch Lite with Pokemon
# Sword or Shield and Case for $238.99", "… HDTV with Roku for $499.99 (Originally $800)").
_PRICE_LINE = re.compile(r"^(?P<item>.+?)\s+for \$\d[\d,.]*(?:\s*\((?:Originally|Was|Reg\.?|List)\b[^)]*\))?\s*$")
PRICE_LINE_WORDS = 25  # at most this many words
# The shop selling it, no part of the thing sold ("Get it at Walmart", "on Amazon", "from Best Buy").
_SHOP = re.compile(r"\b(?:at|on|from)\s+[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*")


def sold_things(texts: Sequence[str], labels: Mapping[str, Counter[str]]) -> frozenset[str]:
    """'Pokemon Sword', 'UHD Smart' (read as people) of a deal page's price lines: the names NER found inside the thing
    a price line sells (`labels`: each name's NER labels, actor_article_names.name_labels), not its shop ("Get it on
    Amazon for $139"), nor a name NER reads as an organisation anywhere (the maker: "Apple Watch Series 3", "HDTV with
    Roku"), nor a company of the tables."""
    items = []
    for text in texts:
        m = _PRICE_LINE.match(text.strip())
        if m and len(text.split()) <= PRICE_LINE_WORDS and not text.rstrip().endswith("."):
            items.append(_SHOP.sub(" ", m.group("item")))
    if not items:
        return frozenset()
    companies = gazetteer().companies
    return frozenset(n for n, read in labels.items() if n not in companies and n[:1].isupper() and not read["ORG"]
                     and any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", item) for item in items))



# A work's title of two Title-Case parts joined by a colon ("Star Wars Jedi: Fallen Order", "Attack on Titan: Final
# Battle 2"), which games, films and books bear and people do not: capitalised words or numbers, small words between
# (not "and": "VIDEO: Hillary and Obama and Biden …" lists people).
# At most MAX_NAME_WORDS words a part (unbounded, a long run of numbers or capitalised words with no colon was reread
# from each of its words to its end).
_TITLE_PART = r"(?:[A-Z][\w'’-]*|\d+)(?:\s+(?:[A-Z][\w'’-]*|\d+|of|on|the|in)){0,%d}" % (MAX_NAME_WORDS - 1)
# Words opening a sentence after a label's colon, no title's second part ("Republicans: Because Loki …", "… Tuesday:
# She clinched …", "Smith: Well, I …").
OPENERS_AFTER_A_COLON = ("I", "He", "She", "It", "We", "They", "You", "Because", "But", "And", "Or", "So", "Yes", "No",
                    "This", "That", "These", "Those", "There", "Here", "If", "When", "As", "What", "Why", "How", "Who",
                    "Well", "Our", "My", "His", "Her", "Their", "Its", "Your", "In", "On", "At", "For", "After", "Before")
TITLE_USES = 2  # the times a colon-joined title is written that make it a work's (a label's colon once: "Penalties: …")
_COLON_TITLE = re.compile(r"(?<![\w'’.-])(" + _TITLE_PART + r"):\s+(?!(?:" + "|".join(OPENERS_AFTER_A_COLON) + r")\b)(?:"
                          + _TITLE_PART + r")(?![\w'’-])")


def titled_works(texts: Sequence[str], labels: Mapping[str, Counter[str]]) -> frozenset[str]:
    """'Wars Jedi' and 'Titan' of "Star Wars Jedi: Fallen Order", "Attack on Titan: Final Battle 2": the names NER
    found only ever inside a colon-joined title the article writes twice or lists beside another (`labels`: each
    name's NER labels), not its whole first part (a
    headline's or a transcript's speaker: "Pelosi: Impeachment Will Go On"), nor a title after a full name (a
    speaker's label), nor a name NER reads as an organisation anywhere, nor one starting with a given name, nor a
    listed company or body."""
    spans = [(i, m.start(), m.end(), m.group(1)) for i, t in enumerate(texts) for m in _COLON_TITLE.finditer(t)
             if not starts_with_given_name(m.group(1))]  # (not a speaker's label: "John Smith: Bailey's, vodka …")
    runs = Counter(texts[i][s:e] for i, s, e, _ in spans)
    listed = {(i, s) for i, s, e, _ in spans for j, s2, _e, _f in spans
              if j == i and re.fullmatch(r",\s+(?:and\s+)?", texts[i][e:s2])}  # ("…: Final Battle 2, Destiny 2: …")
    listed |= {(i, s2) for i, s, e, _ in spans for j, s2, _e, _f in spans
               if j == i and re.fullmatch(r",\s+(?:and\s+)?", texts[i][e:s2])}
    # a title the article writes twice or lists beside another, no label before a list or a result ("Scorers: Haim
    # Hajaj (47th)", "At Hove: Sussex 363")
    spans = [(i, s, e, f) for i, s, e, f in spans if runs[texts[i][s:e]] >= TITLE_USES or (i, s) in listed]
    if not spans:
        return frozenset()
    gaz = gazetteer()
    found = set()
    # a name found only inside titles is written inside one (the whole text is searched only for those that are)
    inside = "\n".join(texts[i][s:e] for i, s, e, _ in spans)
    for name in labels:
        if name not in inside:
            continue
        if (labels[name]["ORG"] or not name[:1].isupper() or name in gaz.companies or name in gaz.organizations
                or starts_with_given_name(name)):
            continue
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])")
        uses = [(i, m.start(), m.end()) for i, t in enumerate(texts) for m in pattern.finditer(t)]
        if uses and all(any(j == i and s <= a and b <= e and name != first for j, s, e, first in spans)
                        for i, a, b in uses):
            found.add(name)
    return frozenset(found)
