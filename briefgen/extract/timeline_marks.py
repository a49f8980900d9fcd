"""Quotation marks balanced in a timeline event cut from its sentence."""

from __future__ import annotations


def close_quotes(text: str) -> str:
    """Quotation marks balanced after a cut: a quotation left open is closed at the end ('told GB News: "It's clear
    that …' + '”'), a closing mark whose opening was cut away is dropped."""
    kept: list[str] = []
    depth = 0
    for char in text:
        if char == "“":
            depth += 1
        elif char == "”":
            if depth == 0:
                continue
            depth -= 1
        kept.append(char)
    text = "".join(kept).replace("  ", " ") + "”" * depth
    if text.count('"') % 2 == 1:
        first = text.index('"')
        if first + 1 == len(text) or not text[first + 1].isalnum():  # a closing mark: its opening was cut away
            return (text[:first] + text[first + 1:]).replace("  ", " ")
        return text + '"'
    return text
