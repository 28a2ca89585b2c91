"""Word order in a Dutch main clause: which noun a pronoun after the verb can be. Dutch puts
the finite verb second; when a noun phrase opens the sentence and a subject pronoun follows the
verb (*De schoorsteenveger omschrijft hij als …*), the noun is the object put first and the
pronoun someone else."""

from __future__ import annotations

from anderebril.textscan.tense import ARTICLES, past_tense, present_verb
from anderebril.textscan.tokenize import Token


def fronted_object(text: str, start: int, end: int, tokens: list[Token]) -> bool:
    """*De schoorsteenveger omschrijft hij als een vlotte babbelaar*: the noun at
    ``start:end`` opens its sentence, a finite verb follows, then the subject pronoun
    (``tokens`` are the words after the noun): the noun is the object put first, and the
    pronoun someone else."""
    if len(tokens) < 2 or text[end : tokens[0].start] != " ":
        return False
    if text[tokens[0].end : tokens[1].start] != " ":
        return False
    verb = tokens[0].text
    if not verb.islower() or not (present_verb(verb) or past_tense(verb)):
        return False
    return opens_sentence_with_article(text, start)


def opens_sentence_with_article(text: str, start: int) -> bool:
    """Whether the noun at ``start`` opens its sentence after *de*, *het* or *een* and at
    most two adjectives (*De schoorsteenveger*, *Een ervaren monteur*)."""
    lo = max(0, start - 60)
    head = text[lo:start]
    cut = max([head.rfind(c) for c in ".!?\n"])
    words = [w for w in head[cut + 1 :].split() if w.strip("\"'‘’“”„«»()-–•*")]
    return 1 <= len(words) <= 3 and words[0].lower() in ARTICLES and words[0][0].isupper()
