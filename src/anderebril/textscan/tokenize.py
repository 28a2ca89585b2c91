"""Tokens, word boundaries and capitalisation — the small text helpers every rule shares.

A token is a run of word characters; the soft hyphen (U+00AD) counts as part of a word so that
``vak\\u00adman`` is one token. Keys used for lexicon look-ups are lowercase, NFC, without soft
hyphens.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import islice
from typing import Final, NamedTuple


def words(text: str) -> list[str]:
    """The whitespace-separated words of ``text`` (for readable word lists in code)."""
    return text.split()


def wordset(text: str) -> frozenset[str]:
    """:func:`words` as a frozenset."""
    return frozenset(text.split())


SOFT_HYPHEN: Final = "\u00ad"
#: Characters a case-blind regex matches to *i* or *s* that lowercase otherwise: where one
#: occurs, a search in the lowercased text can miss what the regex finds.
FOLDED: Final = ("\u0130", "\u0131", "\u017f")
TOKEN_RE: Final = re.compile(r"[\w\u00ad]+")
#: The tokens the rules read: words, and *z'n* (*zijn*) as one word, so that the pronoun rules
#: see it as the possessive it is.
RULE_TOKEN_RE: Final = re.compile(
    r"[zZ]['’][nN](?![\w\u00ad])|[\w\u00ad]+(?:['’]ers?(?![\w\u00ad]))?"
)
#: Faster than TOKEN_RE; used for whole chunks without soft hyphens.
WORD_RE: Final = re.compile(r"\w+")
#: A hyphen at a line end inside a word (PDF hyphenation): ``vak-\nman``.
LINE_BREAK_HYPHEN_RE: Final = re.compile(r"-[ \t]*\r?\n[ \t]*(?=\w)")
SENTENCE_END: Final = frozenset(".!?:;\n•·|")
FUNCTION_WORDS: Final = frozenset(
    words(
        "of en als je jij jullie de het een die dat van voor met in op tot te "
        "en/of or and the a an as you your"
    )
)


new_tuple: Final = tuple.__new__  # builds a NamedTuple without its Python-level constructor


class Token(NamedTuple):
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return key_of(self.text)


def key_of(word: str) -> str:
    """The look-up key of a word: lowercase, NFC, soft hyphens removed."""
    if word.isascii():  # the usual case: no soft hyphen, nothing to normalise
        return word.lower()
    if SOFT_HYPHEN in word:
        word = word.replace(SOFT_HYPHEN, "")
    word = word.lower()
    if not word.isascii():
        word = unicodedata.normalize("NFC", word)
    return word


def is_word_char(char: str) -> bool:
    """A letter, digit or ``_``, or (inside a word) a soft hyphen or a combining mark."""
    if char.isascii():  # the usual case, and the one the matcher runs per hit
        return char.isalnum() or char == "_"
    return (
        char == SOFT_HYPHEN or char.isalnum() or char == "_" or unicodedata.category(char) == "Mn"
    )


def tokens_between(text: str, start: int, end: int, count: int | None = None) -> list[Token]:
    """The tokens of ``text[start:end]`` with offsets into ``text``; only the first ``count``
    when given."""
    matches = RULE_TOKEN_RE.finditer(text, start, end)
    if count is not None:
        matches = islice(matches, count)
    # tuple.__new__ skips the Python-level NamedTuple constructor: this runs per word.
    return [new_tuple(Token, (m.start(), m.end(), m[0])) for m in matches]


def word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` starts."""
    start = end
    while start > 0 and is_word_char(text[start - 1]):
        start -= 1
    return start


def extend_over_hyphens(text: str, start: int) -> int:
    """Extend a token start left over a hyphenated compound: ``ICT-vakman`` from ``vakman``."""
    while start >= 2 and text[start - 1] == "-" and is_word_char(text[start - 2]):
        start = word_start(text, start - 1)
    return start


def is_sentence_start(text: str, start: int) -> bool:
    """Whether only whitespace, quotes or a bullet separate ``start`` from a sentence end."""
    pos = start - 1
    while pos >= 0:
        char = text[pos]
        if char in SENTENCE_END:
            return True
        if char in " \t\r\"'‘“„«(-*–>":
            pos -= 1
            continue
        if char == "," and pos > 0 and text[pos - 1] == ",":
            pos -= 2  # ",,": two commas for an opening quote, as Dutch newspapers write „
            continue
        return False
    return True


def sentence_around(text: str, start: int, end: int, reach: int | None = None) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` starts and ends: after the last and at
    the first ``.``, ``!``, ``?`` or line end around it, at most ``reach`` characters away on
    each side when given."""
    lo = 0 if reach is None else max(0, start - reach)
    hi = len(text) if reach is None else min(len(text), end + reach)
    before = max([text.rfind(char, lo, start) for char in _ENDS_OF_SENTENCES])
    after = [at for char in _ENDS_OF_SENTENCES if (at := text.find(char, end, hi)) != -1]
    return (before + 1 if before >= 0 else lo), (min(after) if after else hi)


_ENDS_OF_SENTENCES: Final = ".!?\n"


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_all_caps(word: str) -> bool:
    if not word.isupper():  # a lowercase letter, or no cased letter at all: the usual case
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def match_case(original: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``original``: Vakman -> Vakkracht,
    VAKMAN -> VAKKRACHT, vakman -> vakkracht."""
    if not replacement:
        return replacement
    if is_all_caps(original):
        return replacement.upper()
    if is_capitalised(original):
        return replacement[0].upper() + replacement[1:]
    return replacement


def compound_suggestion(prefix: str, head: str, alternative: str) -> str:
    """Build a suggestion for a (possibly compound) word: the prefix is kept and joined to
    every content word of the alternative: ``installatie`` + ``vakman of vakvrouw`` ->
    ``installatievakman of installatievakvrouw``."""
    if not prefix:
        return match_case(head, alternative)
    words = alternative.split(" ")
    out = []
    for word in words:
        if word.isalpha() and word.lower() not in FUNCTION_WORDS:
            out.append(prefix + match_case(head, word))
        elif is_all_caps(head):
            out.append(word.upper())
        else:
            out.append(word)
    return " ".join(out)
