"""Duties listed without a subject: job descriptions, competence profiles and club rules list
what the holder of a post does, each item opening with the verb::

    1. Ontvangt van zijn leidinggevende de werkorder.
    2. Verzamelt de informatie die nodig is.
    • Houdt zichzelf op de hoogte van ontwikkelingen.

The unnamed subject of every item is whoever holds the post, so a *zijn*, *hem*, *hij* or
*zichzelf* in such an item is generic, also when no heading names the post (when one does,
:mod:`duty_lists` already gives the list to that noun). A list counts when at least two of its
items open with a verb in the present tense and they are at least half of its items; an item
that names someone, or speaks to the reader or in the first person, is left alone.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import Final

from anderebril.textscan.duty_lists import MIN_DUTIES, about_one_person, duty
from anderebril.textscan.names import named_word
from anderebril.textscan.pronoun_clues import in_pair
from anderebril.textscan.pronoun_grammar import Grammar
from anderebril.textscan.tokenize import Token, key_of, tokens_between, wordset
from anderebril.textscan.zijn_verb import verb_zijn

#: Whom the pronouns of such a list point back to, as the finding says it.
HOLDER: Final = "wie deze taken uitvoert"

#: A list item at the start of a line: a bullet, a dash, a number or a letter, then a word.
#: The pattern opens with the line break itself, so that the regex engine skips to each one
#: (``^`` in multiline mode, or ``\A|\n``, costs a try at every character).
_ITEM = r"[ \t]*(?:[•·*▪◦–-]|\d{1,2}[.)]|[a-z][.)])[ \t]+([A-Za-zÀ-ÿ]+)"
_ITEM_RE: Final = re.compile("\n" + _ITEM)
_FIRST_ITEM_RE: Final = re.compile(_ITEM)
#: A heading of an article and one noun over the list: the subject is that noun, a person's
#: (then :mod:`duty_lists` gives the list to it) or a thing's (*De boormachine*, *Het
#: bedrijf*).
_ARTICLE_HEADING_RE: Final = re.compile(r"(?:De|Het|Onze|Ons) [\w-]+:?")
#: A heading that ends on a capitalised name after a noun: *Onze monteur Henk:*.
_NAMED_HEADING_RE: Final = re.compile(r"\b[a-z][\w-]+ [A-Z][a-zà-ÿ]+:?\Z")
#: Words that give an item a subject of its own: the reader, the writer, a group.
_OWN_SUBJECT: Final = wordset("je jij u ik wij we jullie ze zij")
#: Words before a noun that *hij* or *hem* may stand for instead (*de boodschap … hij*).
_DE_WORDS: Final = wordset("de die deze het")
#: A relative pronoun right before *zijn*: the thing just named owns (*een examen dat zijn
#: waarde heeft bewezen*).
_OF_A_THING: Final = wordset("dat die wat waarvan")


def _words(tokens: list[Token]) -> set[str]:
    return {key_of(t.text) for t in tokens}


def duty_item_pronouns(text: str, grammar: Grammar) -> list[tuple[Token, str, str]]:
    """The pronouns in subjectless duty items of ``text``, each with its kind and
    :data:`HOLDER`."""
    out: list[tuple[Token, str, str]] = []
    for items in _lists(text):
        for start, end in items:
            out += _item_pronouns(text, start, end, grammar)
    return out


def _lists(text: str) -> Iterator[list[tuple[int, int]]]:
    """The runs of list items in ``text`` that are lists of duties, as the (start, end) of
    each duty item; items follow each other with only blank lines between them."""
    run: list[tuple[int, int, bool]] = []  # (start, end, is a duty)
    last_end = -1
    first = _FIRST_ITEM_RE.match(text)
    for match in itertools.chain([first] if first else [], _ITEM_RE.finditer(text)):
        start = match.start(1)
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if run and not _continues(text[last_end : match.start()]):
            yield from _duties(text, run)  # other text between: the list ended
            run = []
        run.append((start, end, duty(match[1], text[match.end(1) : end])))
        last_end = end
    yield from _duties(text, run)


def _continues(between: str) -> bool:
    """Whether the text between two items leaves the list going: blank lines, or an item's
    words wrapped onto lines of their own (they start in lowercase)."""
    return all(not line.strip() or line.lstrip()[:1].islower() for line in between.split("\n"))


def _duties(text: str, run: list[tuple[int, int, bool]]) -> Iterator[list[tuple[int, int]]]:
    duties = [(start, end) for start, end, is_duty in run if is_duty]
    if len(duties) < MIN_DUTIES or len(duties) * 2 < len(run):
        return
    line = text.rfind("\n", 0, run[0][0]) + 1
    above = text.rfind("\n", 0, len(text[:line].rstrip())) + 1  # the line over the list
    if about_one_person(text, line) or (line and about_one_person(text, above)):
        return  # "Jan de Vries / (Monteur) / • Werkt …": a CV or a team page, one man
    heading = text[above:line].strip() if line else ""
    if _ARTICLE_HEADING_RE.fullmatch(heading) or _NAMED_HEADING_RE.search(heading):
        return  # "De boormachine / • Haalt zijn vermogen …", "Onze monteur Henk:": its own
    yield duties


def _item_pronouns(
    text: str, start: int, end: int, grammar: Grammar
) -> list[tuple[Token, str, str]]:
    tokens = tokens_between(text, start, end)
    out: list[tuple[Token, str, str]] = []
    for i, token in enumerate(tokens):
        word = key_of(token.text)
        if word in _OWN_SUBJECT or (i > 0 and named_word(text, token)):
            break  # "Zorgt dat je …", "Overlegt met Jan over zijn …": someone else's
        kind = grammar.pronouns.get(word)
        if kind is None or in_pair(tokens, i, text):
            continue
        if kind == "possessive" and verb_zijn(grammar, text, tokens, i):
            continue  # "Zorgt dat de materialen aanwezig zijn"
        before = key_of(tokens[i - 1].text) if i else ""
        if before in _OF_A_THING or (before == "en" and _DE_WORDS & _words(tokens[:i])):
            continue  # "een examen dat zijn waarde …", "de machine en zijn onderdelen": its
        if kind in ("subject", "object") and any(key_of(t.text) in _DE_WORDS for t in tokens[:i]):
            continue  # "Toetst of de boodschap is overgekomen zoals hij bedoeld is": the thing
        out.append((token, kind, HOLDER))
    return out
