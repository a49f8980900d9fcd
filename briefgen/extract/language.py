"""Which language an article's text reads as: scripts and shares of common function words decide."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

ENGLISH = "en"
UNDETERMINED = "und"  # ISO 639-2 code for a language the tables do not name


@dataclass(frozen=True, slots=True)
class Language:
    """A language the check can name: ISO 639-1 code, English name, very common function words."""

    code: str
    name: str
    words: frozenset[str]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The most common function words of English. An English token counts whatever its case
# ("The", "THE"), so that headlines and sentence starts count for English.
ENGLISH_WORDS = _words("""
    the of and to in is that for it was on with as he be by at have are this from or had not but
    they his an which were their been has its she her we will would there who all can more one
    about when said if so no do than also what after up out them into could other some over our
    only these you him may my me just like how because should then where those while such did does
    being before between under through during against any each both very us your must might
    says told yet whether since until though although
""")

# Function words of other languages written in Latin letters. Rules of the table, checked by
# tests/test_language.py: no word here is in ENGLISH_WORDS or ALSO_IN_ENGLISH, and none is one
# letter long (initials, Roman numerals and the pronoun "I" would count). A word counts only
# when written in small letters: in English text, names ("Dan", "Ada") and headlines in
# capitals then never count.
LATIN_LANGUAGES: tuple[Language, ...] = (
    Language("es", "Spanish", _words("""
        que en se por para una su lo como más pero sus este porque esta entre cuando muy
        sobre también hasta donde quien desde todo nos durante todos uno les ni contra otros
        ese eso ellos esto antes algunos qué unos otro otras otra él tanto esa estos quienes
        muchos cual ella estar estas algunas algo nosotros es fue ha está según tiene hace
        puede ser había"""
    )),
    Language("pt", "Portuguese", _words("""
        que em um para com não uma os se na por mais como mas ao ele seu sua ou quando muito
        nos já também só pelo pela até isso ela entre depois sem mesmo aos seus quem nas
        esse eles você essa num nem suas meu às minha numa pelos elas qual nós lhe deles
        essas esses pelas este dele vocês meus minhas nosso nossa dela esta estes isto está
        estão foi são ser tem há ainda sobre após então onde"""
    )),
    Language("fr", "French", _words("""
        et les est pas une que qui dans pour sur il elle ce avec ne se nous vous ils sont
        été être avait cette ces aux leur lui fait comme ont aussi peut bien où même entre
        après encore deux très était sa ses je tu avons selon depuis alors"""
    )),
    Language("de", "German", _words("""
        und ist nicht sie ich es mit dem zu ein eine auf sich auch im für sind wird werden
        einen einem einer noch nach bei aus wie oder aber wir ihr nur vor zur zum über sein
        wurde durch mehr kann schon wenn dass sehr haben vom bis unter gegen dieser diese
        dieses seit ihre ihren jedoch sowie"""
    )),
    Language("it", "Italian", _words("""
        il che della sono una si nel dei alla anche ha gli ma più
        questo delle degli suo sua nella sul essere stato dalla tra cui hanno fatto questa
        loro molto già dopo sempre ancora quando mentre"""
    )),
    Language("nl", "Dutch", _words("""
        het een en niet te zijn voor maar ook als bij uit nog wel werd naar worden heeft
        wordt zich om dit deze hij zij ze wat wij ik jij kan geen meer moet dan dat omdat
        zoals onder tegen zou"""
    )),
    Language("id", "Indonesian or Malay", _words("""
        yang dan ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada bisa
        kita saya kami mereka adalah atau jika sudah telah oleh tersebut lebih hanya seperti
        bahwa jangan kamu dia engkau apa kalau namun sangat ialah kerana daripada boleh
        bagi serta setelah masih secara"""
    )),
    Language("sv", "Swedish", _words("""
        och att det som är på för av har inte om ett jag var så kan eller från vi sig hade
        när efter skulle också han detta mot finns blev"""
    )),
    Language("da", "Danish", _words("""
        og det som på ikke har et jeg var fra kan om vi sig efter være også blev hvad ved
        han skal når eller"""
    )),
    Language("no", "Norwegian", _words("""
        og det som på av ikke har et jeg var fra kan om vi seg etter være også ble hva
        ved han skal når eller"""
    )),
    Language("fi", "Finnish", _words("""
        ja ei että se hän oli ovat mutta kun myös jos joka sen kuin niin tämä olla mukaan
        kanssa jo sekä joten"""
    )),
    Language("pl", "Polish", _words("""
        się na nie że jest jak po tak za od jego już przez dla może są oraz był tylko czy
        ich także jednak który która które jej być było będzie ze"""
    )),
    Language("cs", "Czech or Slovak", _words("""
        se na je že jsem jak jsou tak který jeho také podle již už při nebo bylo byl jako
        jsme ze sa aj ako som"""
    )),
    Language("hr", "Croatian, Serbian or Bosnian", _words("""
        je se na za su od koji ali kao što iz sa ili će nije biti ako samo još nakon prema
        koja koje"""
    )),
    Language("ro", "Romanian", _words("""
        și în cu pe că nu este mai pentru sau se fost sunt ce iar dar acest această fi"""
    )),
    Language("hu", "Hungarian", _words("""
        az és hogy nem egy meg csak már még ez azt vagy pedig kell lesz után szerint között"""
    )),
    Language("tr", "Turkish", _words("""
        ve bir bu için ile çok olarak daha gibi ama ne kadar sonra olan değil var ancak
        göre şu ki olduğu"""
    )),
    Language("vi", "Vietnamese", _words("""
        và của là có các những được cho không trong một người này với đã để khi từ cũng
        theo"""
    )),
    Language("tl", "Tagalog", _words("""
        ang ng sa na mga ay ko siya hindi ito kung para niya rin lang naman"""
    )),
    Language("ca", "Catalan", _words("""
        que els les amb una dels també més però aquest és va ha"""
    )),
)

# Function words of the languages above that English text often holds, so left out of
# their lists (tests/test_language.py checks): name particles ("de Blasio", "van Gogh",
# "al-Assad"), English words ("hay", "door", "care", "volt"), prefixes written with a
# hyphen ("co-founder", "pre-season", "un-American", "op-ed") and the talk of interviews
# ("ya", "yo", "er", "nada"), short forms ("mi" for miles).
ALSO_IN_ENGLISH = _words("""
    de da do dos das del la le el di du van von der den des al bin ben los las un
    die man war will also hat men hun tot to at for by we her come era plus par sans tout
    chez dont mon con sin son ante hay mucho nada poco yo ya agar vid hon med til till
    op met er door vain tai ole ale co pre bi la care au mint volt din per as non ed mi mo
""")


@dataclass(frozen=True, slots=True)
class Script:
    """A writing system by its Unicode ranges, and the language it names when only one writes it."""

    name: str
    ranges: tuple[tuple[int, int], ...]  # first and last code point, inclusive
    code: str  # UNDETERMINED: several languages write it; SCRIPT_LANGUAGES may tell which
    language: str = ""  # the English name of `code`'s language


# Letters of other scripts: a text whose letters are mostly of these is not English.
SCRIPTS: tuple[Script, ...] = (
    Script("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)), "ja", "Japanese"),
    Script("han", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)), "zh", "Chinese"),
    Script("hangul", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)), "ko", "Korean"),
    Script("cyrillic", ((0x0400, 0x04FF),), UNDETERMINED),
    Script("arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)), UNDETERMINED),
    Script("hebrew", ((0x0590, 0x05FF),), "he", "Hebrew"),
    Script("devanagari", ((0x0900, 0x097F),), UNDETERMINED),
    Script("bengali", ((0x0980, 0x09FF),), "bn", "Bengali"),
    Script("tamil", ((0x0B80, 0x0BFF),), "ta", "Tamil"),
    Script("thai", ((0x0E00, 0x0E7F),), "th", "Thai"),
    Script("greek", ((0x0370, 0x03FF), (0x1F00, 0x1FFF)), "el", "Greek"),
    Script("georgian", ((0x10A0, 0x10FF),), "ka", "Georgian"),
    Script("armenian", ((0x0530, 0x058F),), "hy", "Armenian"),
)

# Languages that share a script, told apart by their function words (any length: these
# scripts have no initials or Roman numerals to mistake for words).
SCRIPT_LANGUAGES: tuple[Language, ...] = (
    Language("ru", "Russian", _words("что как это он она но из же его для от все мы вы они был была")),
    Language("uk", "Ukrainian", _words("і що та це він вона але із його для від все ми ви вони був була")),
    Language("bg", "Bulgarian", _words("че това той тя но от за да се са му ще във")),
    Language("ar", "Arabic", _words("في من على إلى أن عن مع هذا هذه التي الذي كان")),
    Language("fa", "Persian", _words("در به از که این را با است برای آن یک بود")),
    Language("ur", "Urdu", _words("کے میں کی ہے اور کو سے نے کہ پر بھی")),
    Language("hi", "Hindi", _words("के में की है और को से पर यह कि भी एक ने था")),
    Language("mr", "Marathi", _words("आणि हे की या आहे ते व होते त्या")),
)

NAMES: dict[str, str] = {
    **{script.code: script.language for script in SCRIPTS if script.code != UNDETERMINED},
    **{lang.code: lang.name for lang in (*LATIN_LANGUAGES, *SCRIPT_LANGUAGES)},
}

MIN_WORDS = 40  # fewer words (of two letters or more): too little text to tell, so English
MIN_LETTERS = 40  # fewer letters of other scripts: too few to tell by script
SCRIPT_SHARE = 0.5  # share of letters in other scripts (Latin: in words of 2+) that makes a text not English
KANA_SHARE = 0.1  # Japanese writes Han characters with kana among them; Chinese has none
FOREIGN_SHARE = 0.08  # share of all words that one other language's function words must reach…
ENGLISH_RATIO = 1.5  # …and be this many times the number of English function words
TEXT_LIMIT = 5_000  # characters read: plenty to tell, so a long article costs no more

# A word in Latin letters (Basic Latin, Latin-1, Extended-A/B, Vietnamese), apostrophes
# kept inside it: the "ve" of "we've" is no Turkish "and". Listed ranges rather than
# [^\W\d_], which matches twice as slowly.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_WORD = re.compile(f"[{_LATIN}][{_LATIN}'’]+")
_OTHER_SCRIPTS = re.compile(
    "[" + "".join(f"\\u{first:04x}-\\u{last:04x}" for script in SCRIPTS for first, last in script.ranges) + "]"
)
# Range starts in code-point order, for finding a character's script by bisection.
_RANGES = sorted((first, last, script) for script in SCRIPTS for first, last in script.ranges)
_STARTS = [first for first, _, _ in _RANGES]
# A word of another script: letters and the vowel signs (combining marks) \w leaves out.
_SCRIPT_WORD = re.compile(r"[^\s\d!-/:-@\[-`{-~«»“”„‘’—–…،؛؟।]+")
# English words count in any case: "The" at a sentence start, "THE" in a headline.
_ENGLISH_FORMS = frozenset(form for word in ENGLISH_WORDS for form in (word, word.capitalize(), word.upper()))


def _index(languages: Iterable[Language]) -> dict[str, tuple[int, ...]]:
    """Word → positions in `languages` of the languages it belongs to."""
    index: dict[str, list[int]] = {}
    for i, lang in enumerate(languages):
        for word in lang.words:
            index.setdefault(word, []).append(i)
    return {word: tuple(ids) for word, ids in index.items()}


_LATIN_INDEX = _index(LATIN_LANGUAGES)
_SCRIPT_INDEX = _index(SCRIPT_LANGUAGES)


def _best(counts: Counter[str], languages: tuple[Language, ...], index: dict[str, tuple[int, ...]]) -> tuple[int, int]:
    """(position of the language with the most function-word tokens, their number); ties: table order.
    The words are matched as written: tables hold small letters, so a capitalised name never counts."""
    hits = [0] * len(languages)
    for word in counts.keys() & index.keys():
        for i in index[word]:
            hits[i] += counts[word]
    best = max(range(len(languages)), key=lambda i: (hits[i], -i))
    return best, hits[best]


def _script_of(char: str) -> Script:
    """The script of a character _OTHER_SCRIPTS matched (so inside one of the ranges)."""
    return _RANGES[bisect_right(_STARTS, ord(char)) - 1][2]


def _script_language(text: str, chars: list[str]) -> str:
    """The language of a text written mostly in other scripts (`chars`: its letters in them)."""
    counts: Counter[str] = Counter()
    for char, n in Counter(chars).items():
        counts[_script_of(char).name] += n
    if counts["kana"] >= KANA_SHARE * (counts["kana"] + counts["han"]) > 0:
        return "ja"
    script = max(SCRIPTS, key=lambda s: counts[s.name])  # ties: table order
    if script.code != UNDETERMINED:
        return script.code
    best, hits = _best(Counter(_SCRIPT_WORD.findall(text.lower())), SCRIPT_LANGUAGES, _SCRIPT_INDEX)
    return SCRIPT_LANGUAGES[best].code if hits else UNDETERMINED


def detect_language(paragraphs: Iterable[str]) -> str:
    """ISO 639-1 code of the language the text reads as ("und" when the tables cannot name it).

    Conservative: "en" unless the text clearly reads as another language, and "en" when
    there is too little text to tell.
    """
    text = "\n".join(paragraphs)[:TEXT_LIMIT]
    words = _WORD.findall(text)
    if not text.isascii():
        chars = _OTHER_SCRIPTS.findall(text)
        if len(chars) >= MIN_LETTERS and len(chars) >= SCRIPT_SHARE * (len(chars) + sum(map(len, words))):
            return _script_language(text, chars)
    if len(words) < MIN_WORDS:
        return ENGLISH
    counts = Counter(words)
    english = sum(counts[word] for word in counts.keys() & _ENGLISH_FORMS)
    best, hits = _best(counts, LATIN_LANGUAGES, _LATIN_INDEX)
    if hits >= FOREIGN_SHARE * len(words) and hits >= ENGLISH_RATIO * english:
        return LATIN_LANGUAGES[best].code
    return ENGLISH


def language_name(code: str) -> str:
    """English name of a code detect_language returns ("" for "und")."""
    return "English" if code == ENGLISH else NAMES.get(code, "")


def declared_language(value: object) -> str | None:
    """The code of a language an editor declared (front matter `language: pt` or `language: Portuguese`),
    or None when the value names no language this module knows."""
    if not isinstance(value, str):
        return None
    wanted = value.strip().casefold()
    if wanted in (ENGLISH, "english"):
        return ENGLISH
    return next((code for code, name in sorted(NAMES.items()) if wanted in (code, name.casefold())), None)
