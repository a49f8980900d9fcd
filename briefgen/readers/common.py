"""Helpers every reader shares: decoding bytes, dates, titles and publication names."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from briefgen.errors import SourceError

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Bytes → text: UTF-8 (with or without BOM), else cp1252, else latin-1; newlines normalised.

    Returns the text and notes about anything done to it.
    """
    notes: list[str] = []
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SourceError(name, "looks like a binary file, not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        notes.append("decoded as UTF-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                notes.append("not UTF-8: decoded as Windows-1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.append("not UTF-8: decoded as Latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return text, tuple(notes)


_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_MDY = re.compile(r"^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DMY = re.compile(r"^(?:[A-Za-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")


def parse_date(value: object) -> str | None:
    """A date from front matter or page metadata → 'YYYY-MM-DD', or None when it is not a date."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    parts: tuple[int, int, int] | None = None
    if m := _ISO.match(text):
        parts = (int(m[1]), int(m[2]), int(m[3]))
    elif (m := _MDY.match(text)) and m[1].lower() in _MONTHS:
        parts = (int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    elif (m := _DMY.match(text)) and m[2].lower() in _MONTHS:
        parts = (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    if parts is None:
        return None
    try:
        return dt.date(*parts).isoformat()
    except ValueError:
        return None


def file_date(mtime: float | None) -> str | None:
    """The file's modification date (UTC) as 'YYYY-MM-DD'."""
    if mtime is None:
        return None
    return dt.datetime.fromtimestamp(mtime, tz=dt.timezone.utc).date().isoformat()


TITLE_MAX = 80
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“A-Z0-9])")


def title_from_lead(text: str, limit: int = TITLE_MAX) -> str:
    """A title built from the lead sentence: at most `limit` characters, never cut mid-word."""
    sentence = _SENTENCE_END.split(text.strip(), maxsplit=1)[0].strip()
    sentence = sentence.rstrip(".")
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:—–-") + "…"


# "Subscribe to HTT News" → "HTT News": the publisher often names itself only in its paywall.
_PUBLISHER = re.compile(
    r"\b(?i:subscribe to|subscription to|sign up for|support)\s+(?:the\s+)?"
    r"((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|of|&)){0,4})"
)


def publisher_from_text(paragraphs: list[str]) -> str | None:
    """Find the publication's name in a subscription prompt, if any paragraph has one."""
    for text in paragraphs:
        if m := _PUBLISHER.search(text):
            return m.group(1).rstrip(".").strip()
    return None
