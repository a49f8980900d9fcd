"""Helpers every reader shares: decoding bytes, dates, titles and publication names."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

from briefgen.errors import SourceError
from briefgen.extract.date_rules import MONTHS
from briefgen.extract.lexicon import DETERMINERS, NP_BREAKERS, NP_PREPOSITIONS
from briefgen.extract.sentences import BEFORE_NUMBER, NEVER_FINAL, SOMETIMES_FINAL

# File signatures of common binary formats, so a renamed image or archive gets a clear message.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/ODF document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program (ELF)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
# Share of control characters above which decoded "text" is really binary data.
BINARY_CONTROL_SHARE = 0.05
BINARY_SAMPLE = 65536
BINARY_MIN_CONTROLS = 8  # a stray control character or two is noise, not a binary file

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# C0 and C1 control characters except tab and newline: never part of article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_BAD_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")


# What each byte means in Windows-1252; its 5 undefined bytes fall back to Latin-1.
_CP1252 = tuple(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(256))


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode each byte that is not valid UTF-8 as Windows-1252."""
    assert isinstance(exc, UnicodeDecodeError)
    return "".join(_CP1252[b] for b in exc.object[exc.start:exc.end]), exc.end


codecs.register_error("briefgen-cp1252", _cp1252_fallback)

# Mojibake: UTF-8 bytes wrongly read as Windows-1252 ("â€™" for "’", "Ã©" for "é"). A run is
# repaired only when its Windows-1252 bytes form one valid UTF-8 sequence AND its lead is one
# of the leads real mojibake nearly always has: Â/Ã (Latin-1 letters, £, ©, NBSP), â (quotes,
# dashes, €, ™) or ð (emoji). Other leads are real letters often enough to be left alone:
# French "é\u00a0»" or "JÖRG’s" are valid sequences too, and must stay as written.
_BYTE_OF = {ch: b for b, ch in enumerate(_CP1252)}
_CONT = "".join(re.escape(_CP1252[b]) for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(rf"[ÂÃ][{_CONT}]|â[{_CONT}]{{2}}|ð[{_CONT}]{{3}}")
MOJIBAKE_PASSES = 2  # text garbled twice ("Ã¢â‚¬â„¢") needs two repairs
# The leads of _MOJIBAKE: a text without any of them needs no regex scan (fast `in` tests, which
# matter on 100 kB HTML pages, where the scan cost more than parsing).
_MOJIBAKE_LEADS = "ÂÃâð"


def _unmisread(match: re.Match[str]) -> str:
    raw = bytes(_BYTE_OF[ch] for ch in match.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:  # e.g. an overlong or surrogate sequence: leave it as written
        return match.group()


def _binary_kind(data: bytes) -> str | None:
    for signature, kind in BINARY_SIGNATURES:
        if data.startswith(signature):
            return kind
    if b"\x00" in data[:BINARY_SAMPLE] and not data.startswith(_UTF16_BOMS):
        return "binary data (it contains NUL bytes)"
    return None


def _to_text(data: bytes) -> tuple[str, list[str]]:
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace"), ["decoded as UTF-16"]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="briefgen-cp1252")
    # Any valid multi-byte UTF-8 sequence means a UTF-8 file with a few stray bytes; none means
    # a legacy single-byte file (Windows-1252 is a superset of Latin-1's printable characters).
    if re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        bad = len(data) - len(data.decode("utf-8", errors="ignore").encode("utf-8"))
        return text, [f"{bad} byte(s) were not valid UTF-8 and were read as Windows-1252"]
    return text, ["not UTF-8: decoded as Windows-1252 / Latin-1"]


def _repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Undo UTF-8-read-as-Windows-1252 wherever the garbled run is certain (see _MOJIBAKE)."""
    fixed = text
    for _ in range(MOJIBAKE_PASSES):
        if fixed.isascii() or not any(lead in fixed for lead in _MOJIBAKE_LEADS) or not _MOJIBAKE.search(fixed):
            break
        fixed = _MOJIBAKE.sub(_unmisread, fixed)
    if fixed == text:
        return text, []
    first = next(m for m in _MOJIBAKE.finditer(text) if _unmisread(m) != m.group())
    return fixed, [f"repaired garbled characters (mojibake), e.g. {first.group()!r} → {_unmisread(first)!r}"]


# Valid UTF-8 shows every character of _BAD_CHAR and _CONTROL in its bytes: C0 controls and DEL
# as themselves (\r is replaced before _CONTROL runs), C1 controls as C2 80-9F, U+FFFD-U+FFFF as
# EF BF BD-BF. A byte deletion and two fast searches rule most texts out of both regex scans.
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# Two patterns, each opening with a literal byte the regex engine skips ahead to (one pattern
# with both alternatives, or a character class on the text, is scanned character by character).
_C1_BYTES = re.compile(rb"\xc2[\x80-\x9f]")
_NONCHAR_BYTES = re.compile(rb"\xef\xbf[\xbd-\xbf]")


def _no_controls(data: bytes) -> bool:
    """True when valid UTF-8 `data` holds no character _BAD_CHAR or _CONTROL would find."""
    return (len(data.translate(None, _C0_BYTES)) == len(data)
            and not _C1_BYTES.search(data) and not _NONCHAR_BYTES.search(data))


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Stray invalid bytes in UTF-8 are read as Windows-1252, certain mojibake is repaired, newlines are normalised and control characters dropped. Raises
    SourceError for empty or binary data. Returns the text and notes about anything done.
    """
    if not data:
        raise SourceError(name, "is empty (0 bytes)")
    if kind := _binary_kind(data):
        raise SourceError(name, f"looks like {kind}, not text")
    text, notes = _to_text(data)
    plain = not notes and _no_controls(data)
    sample = text[:BINARY_SAMPLE]
    bad = 0 if plain else len(_BAD_CHAR.findall(sample))
    if bad >= BINARY_MIN_CONTROLS and bad > BINARY_CONTROL_SHARE * len(sample):
        raise SourceError(name, "looks like binary data, not text (too many control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text, fixes = _repair_mojibake(text)
    if not plain or fixes:  # a repair can make a C1 control character ("Â\x81" → U+0081)
        text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise SourceError(name, "contains only whitespace")
    return text, tuple(notes + fixes)


def one_line(value: str) -> str:
    """Metadata text on one line: control characters dropped, runs of whitespace made one space."""
    return " ".join(_CONTROL.sub(" ", value).split())


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_MDY = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DMY = re.compile(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def parse_date(value: object) -> str | None:
    """A date from front matter or page metadata → 'YYYY-MM-DD', or None when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or len(value) > 100:
        return None
    text = value.strip()
    parts: tuple[int, int, int] | None = None
    if m := _ISO.match(text):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    elif (m := _MDY.match(text)) and m[1].lower() in MONTHS:
        parts = (int(m[3]), MONTHS[m[1].lower()], int(m[2]))
    elif (m := _DMY.match(text)) and m[2].lower() in MONTHS:
        parts = (int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    if parts is None or not 1 <= parts[0] <= 9999:
        return None
    try:
        return dt.date(*parts).isoformat()
    except ValueError:
        return None


def file_date(mtime: float | None) -> str | None:
    """The file's modification date (UTC) as 'YYYY-MM-DD'."""
    if mtime is None:
        return None
    try:
        return dt.datetime.fromtimestamp(mtime, tz=dt.timezone.utc).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


TITLE_MAX = 80
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])")
# A full stop after an abbreviation or an initial ends no title: "the U.S. Senate", "Sen. Warner", "St. Louis",
# "Trump vs. Clinton", "No. 5". The sentence splitter's tables, but a title never ends at "U.S." or "Inc.":
# in a headline's Title Case any word may follow them.
_TITLE_ABBREVIATIONS = NEVER_FINAL | SOMETIMES_FINAL
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with '…' when cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit]
    if " " in cut.strip():
        cut = cut[: cut.rstrip().rfind(" ")]
    else:
        cut = cut[: limit - 1]  # one giant "word": nothing better than a hard cut
    return cut.rstrip(" ,;:—–-") + "…"


# Words a title cut short does not end on before its "…": each opens what the cut left out (an article, a
# preposition, a conjunction, an auxiliary, a subject pronoun: "… on the roof of a…" → "… on the roof…"); not a
# numeral, "not", a verb of saying or an object pronoun, which may end a phrase ("beat them…", "by two…").
_MORE_OPENERS = frozenset("by into about over he she it they we i "
                          # prepositions that always take an object ("… last month, despite…"); not "against",
                          # "without", "through", "along", which also end a phrase ("voted against", "went through")
                          "despite amid amidst among amongst toward towards via per unlike including within during "
                          "throughout upon onto between".split())
_PHRASE_ENDS = frozenset("one two three several some many other both each another not also said says told me him us "
                         "them you".split())
OPEN_ENDS = (DETERMINERS | NP_BREAKERS | NP_PREPOSITIONS | _MORE_OPENERS) - _PHRASE_ENDS
TITLE_MIN_WORDS = 5  # a cut title keeps at least this many words, even when one of them is an OPEN_ENDS word


def shorten_title(text: str, limit: int) -> str:
    """`text` shortened to `limit` characters (shorten); when cut, without the OPEN_ENDS words before its "…"
    (while TITLE_MIN_WORDS words are left). Every title built from a lead is cut by this one rule."""
    short = shorten(text, limit)
    if not short.endswith("…") or short == text:
        return short
    kept = short[:-1].split()
    while len(kept) > TITLE_MIN_WORDS and kept[-1].lower() in OPEN_ENDS:
        kept.pop()
    return " ".join(kept).rstrip(" ,;:—–-") + "…"


def _abbreviation_at(lead: str, end: re.Match[str]) -> bool:
    before = lead[: end.start()].rstrip("\"”’)")
    word = before[before.rfind(" ") + 1:]
    bare = word.rstrip(".").lower()
    return (bare in _TITLE_ABBREVIATIONS or _INITIALS.fullmatch(word) is not None
            or (bare in BEFORE_NUMBER and lead[end.end(): end.end() + 1].isdigit()))


_WORD_CHAR = re.compile(r"\w")  # a "sentence" without one ends no title
# Stray marks before the lead's first word, one or two before a space (". The council …", "— ?! Ferry crews …"): they
# would end the title's "sentence" before any word. Not an ellipsis ("... and then"), a quotation mark or a minus sign.
_STRAY_MARKS = re.compile(r"^(?:(?!\.\.\.)[.!?,;:—–]{1,2}\s+)+")


def title_from_lead(text: str, limit: int = TITLE_MAX) -> str:
    """A title built from the lead sentence: at most `limit` characters, never cut mid-word nor before a word that
    opens the part cut off (shorten_title)."""
    lead = _STRAY_MARKS.sub("", one_line(text[: limit * 20]))
    end = next((m.end() for m in _SENTENCE_END.finditer(lead)
                if not _abbreviation_at(lead, m) and _WORD_CHAR.search(lead, 0, m.start())), len(lead))
    return shorten_title(lead[:end].strip().rstrip("."), limit)


# "Subscribe to HTT News" → "HTT News": the publisher often names itself only in its paywall.
_PUBLISHER = re.compile(
    r"\b(?i:subscribe to|subscription to|sign up for|become a member of)\s+(?i:the\s+)?"
    r"((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|of|&)){0,4})"
)
# Capitalised words a subscription prompt uses that are not a publication's name.
_NOT_A_PUBLISHER = frozenset("our my your this today now premium plus free unlimited newsletter newsletters".split())
PROMPT_MAX_CHARS = 400  # paywall prompts are short; long paragraphs are news
# Every _PUBLISHER match contains one of these: a paragraph without them skips the slow scan.
_PUBLISHER_CUES = ("subscribe to", "subscription to", "sign up for", "become a member of")
_CUE = re.compile("|".join(map(re.escape, _PUBLISHER_CUES)))  # on lower-cased text, like the `in` tests


def publisher_from_text(paragraphs: list[str]) -> str | None:
    """Find the publication's name in a subscription prompt, if any paragraph has one."""
    # Only short paragraphs with a cue are prompts: find the cues in one scan of the whole text
    # (most pages have none) and run the name pattern on those paragraphs alone, in order.
    lowered = [text.lower() if len(text) <= PROMPT_MAX_CHARS else "" for text in paragraphs]
    whole = "\n".join(lowered)
    if not any(cue in whole for cue in _PUBLISHER_CUES):
        return None
    starts = list(accumulate((len(lower) + 1 for lower in lowered), initial=0))
    hits = sorted({bisect_right(starts, m.start()) - 1 for m in _CUE.finditer(whole)})
    for text in (paragraphs[i] for i in hits):
        for m in _PUBLISHER.finditer(text):
            words = m.group(1).rstrip(".").split()
            while words and words[-1].lower() in ("of", "&", "newsletter", "newsletters"):
                words.pop()  # "Subscribe to The Paradigm Newsletter": the publication, not its newsletter
            if words and words[0].lower() not in _NOT_A_PUBLISHER:
                return " ".join(words)
    return None
