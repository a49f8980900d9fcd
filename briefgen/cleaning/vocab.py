"""The builder of phrase rules and the words several rule tables share (dates, agencies, verbs)."""

from __future__ import annotations

import re

from briefgen.cleaning.rules import DEFAULT_MAX_WORDS, Rule


def phrase_rule(name: str, reason: str, *alternatives: str, max_words: int = DEFAULT_MAX_WORDS,
                unless: str | None = None) -> Rule:
    """A paragraph rule named `name` (its category is the part before the dot) from regex alternatives."""
    # Alternatives anchored with ^ are grouped under one ^ so that the regex engine rejects
    # them with a single test at every later position: this keeps cleaning fast.
    anchored = [a[1:] for a in alternatives if a.startswith("^")]
    floating = [a for a in alternatives if not a.startswith("^")]
    parts = ([f"^(?:{'|'.join(f'(?:{a})' for a in anchored)})"] if anchored else []) + [f"(?:{a})" for a in floating]
    pattern = re.compile("|".join(parts), re.IGNORECASE)
    return Rule(name, name.split(".")[0], reason, pattern, max_words,
                re.compile(unless, re.IGNORECASE) if unless else None)


# Words shared by several rules.
# Dates, for time stamps: "Nov. 19, 2019", "19 November 2019", "18 NOV 2019", "2019-11-19", "19.11.2019".
MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez"
         r"|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|fev|set|out|dez|gen|mag|giu|lug|ott)[a-zéû]*\.?")
WEEKDAY = r"mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
DAY_MONTH_YEAR = rf"\d{{1,2}}\.?\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?\d{{4}}"
MONTH_DAY_YEAR = rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
NUMERIC_DATE = r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
# Photo agencies as they sign a credit (case kept: "(ePA)" is an abbreviation, "(EPA)" a credit).
AGENCY = r"(?-i:Getty Images|Reuters|AP|AFP|EPA|Shutterstock|iStock|Bloomberg)"
SUB = r"(?:subscribe|subscribing|subscription|abonnieren|abonniere|abonnez|abonner|abonnement|abo\b|suscr[ií]b|suscripci[oó]n|assine|assinatura|abbonati|abbonamento|iscriviti|abonneer|подпис)"
NEWSLETTER = r"(?:newsletters?|e-?mail updates|daily briefing|morning briefing|bolet[ií]n|boletim|infolettre|lettre d'information|rundbrief)"
# A site's section names, capitalised as in its menus and breadcrumbs.
SECTION = (r"(?-i:News|Sports?|Business|Politics|World|Local|Opinion|Entertainment|Lifestyle|Tech|Technology|"
           r"Health|Science|Music|Culture|Arts|Travel|Money|Markets|Blogs?|Articles|Features|Press Releases|"
           r"Nachrichten|Aktuelles|Actualités|Noticias|Notícias|Notizie)")
# A reporting verb: the paragraph tells what someone said or did, so it is news even when it
# repeats a disclaimer's or a company profile's words (used as a rule's `unless`).
REPORTING = (r"\b(?:said|says|told|tells|according to|announced|reported|added|warned|warns|advised|advises|"
             r"recommended|recommends|urged|urges|explained|noted|ruled|sagte|sagt|erklärte|teilte|laut|"
             r"a déclaré|a indiqué|selon|dijo|afirmó|señaló|según|disse|afirmou|segundo|ha detto|secondo)\b")
INBOX = r"(?:inbox|in-box|e-?mail|postfach|bo[iî]te (?:de r[ée]ception|mail)|bandeja de entrada|caixa de entrada|casella)"
