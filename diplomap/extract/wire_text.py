"""The article's text made ready for the parser, each step keeping its length (so that offsets into the
result are offsets into the article): hard line wraps of wire copy, wire tags, a double quote printed for
an apostrophe, a straight closer of a quote inside a quote."""
from __future__ import annotations

import re


def unwrap_lines(text: str) -> str:
    """The same text, the same length, with hard line wraps turned into spaces.

    Newswire copy (Reuters) breaks lines every ~65 characters in mid-sentence; the
    parser must not see those as paragraph ends. A line break stays when it ends a
    paragraph: a blank line, an indented next line, or a short line (a heading).
    Offsets into the result are offsets into the article text.
    """
    chars = list(text)
    line_start = 0
    for i, ch in enumerate(text):
        if ch != "\n":
            continue
        prev_line = text[line_start:i]
        line_start = i + 1
        nxt = text[i + 1] if i + 1 < len(text) else "\n"
        prv = text[i - 1] if i else "\n"
        if prv == "\n" or nxt in "\n \t\r" or len(prev_line.strip()) < 40:
            continue
        chars[i] = " "
    return "".join(chars)


# Wire markup of 1987 newswire copy: a ticker "<NIPN.T>", a company not listed "<Texas Instruments Inc>".
WIRE_TAG = re.compile(r"<([A-Z][^<>\n]{0,60})>")


TICKER = re.compile(r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?$")


def strip_wire_tags(text: str) -> str:
    """The same text, the same length, with wire tags blanked: a ticker "<NIPN.T>" becomes
    spaces, a bracketed company "<Oki Electric Industry Co>" loses its brackets, its name moved
    one place left so the padding follows it ("- Oki Electric Industry Co  said"): a blank run
    before a name parses it as punctuation and the company loses its verb."""
    def blank(m: re.Match) -> str:
        if TICKER.match(m.group(1)):
            return " " * len(m.group(0))
        return m.group(1) + "  "
    return WIRE_TAG.sub(blank, text)


# An apostrophe some wire copy prints as a double quote: "Kuwait"s", "OPEC"s", "I"m afraid".
WIRE_APOSTROPHE = re.compile(r'(?<=[A-Za-z])"(?=(?:s|t|m|re|ll|ve|d)\b)')


def mend_wire_apostrophes(text: str) -> str:
    """The same text, the same length, with a double quote written for an apostrophe ("Kuwait"s Oil
    Minister") made one again: as a quotation mark it opened false quotes and broke the possessive."""
    return WIRE_APOSTROPHE.sub("'", text)


NESTED_CLOSER = re.compile(r"(?<=\S)'(?=[\"\u201d])")


def curl_nested_closers(text: str) -> str:
    """The same text, the same length, with a straight single quote that ends a quote inside a quote
    ("… clearly: 'No ceasefire while kidnappings continue,'\" X told") written as a typographic one: the
    parser read the straight mark as the start of something and cut the speaker's name in two."""
    return NESTED_CLOSER.sub("\u2019", text)
