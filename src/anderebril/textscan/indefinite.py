"""Pronouns whose antecedent is anyone at all: *iemand die zijn handen uit de mouwen steekt*,
*Wie zijn diploma heeft, …*, *Ieder heeft zijn eigen klanten*. Dutch only; the generic-masculine
rule reports them next to the pronouns of generic role nouns."""

from __future__ import annotations

import re
from typing import Final

from anderebril.textscan.pronoun_clues import in_pair
from anderebril.textscan.pronoun_grammar import Grammar
from anderebril.textscan.tokenize import Token, is_sentence_start, key_of, tokens_between

#: Characters the case-blind pronoun regex matches to *i* or *s* that lowercase otherwise.
FOLDED: Final = ("\u0130", "\u0131", "\u017f")


def indefinite_pronouns(
    text: str, low: str | None, grammar: Grammar
) -> list[tuple[Token, str, str]]:
    """*iemand die zijn handen uit de mouwen steekt*, *Wie zijn diploma heeft, …*: a
    pronoun in the relative clause of *iemand die* or of a clause-opening *wie* points
    back to anyone at all. Only up to the end of that clause (a comma or sentence end),
    and *zijn* as a verb (*Wie zijn er?*) is left alone. Each pronoun comes with its kind
    and the word it points back to."""
    out: list[tuple[Token, str, str]] = []
    for match in _indefinite_matches(text, low):
        start = match.start()
        if match[0][:1] in "Ww" and not is_sentence_start(text, start):
            continue  # "wie" mid-sentence is mostly a question or a relative after a noun
        clause_end = _CLAUSE_END_RE.search(text, match.end())
        end = clause_end.start() if clause_end else len(text)
        tokens = tokens_between(text, match.end(), min(end, match.end() + 120))
        for i, token in enumerate(tokens):
            word = key_of(token.text)
            if word in grammar.stoppers:
                break
            kind = grammar.pronouns.get(word)
            if kind is None or in_pair(tokens, i, text):
                continue
            if kind == "possessive" and _indefinite_verb(grammar, text, tokens, i):
                continue
            out.append((token, kind, match[1] or match[2] or match[3]))
    return out


def _indefinite_verb(grammar: Grammar, text: str, tokens: list[Token], i: int) -> bool:
    """*zijn* as a verb after *wie* or *iemand die*: before *er*, an adverb, an article or
    the end of the clause (*Wie zijn de docenten?*, *iemand die bereid is … te zijn*)."""
    token = tokens[i]
    following = text[token.end : token.end + 3].lstrip(" ")
    if not following or following[0] in ".,;:!?)\n":
        return True
    nxt = key_of(tokens[i + 1].text) if i + 1 < len(tokens) else ""
    return nxt in grammar.verb_after or nxt.isdigit() or not nxt


def _indefinite_matches(text: str, low: str | None) -> list[re.Match[str]]:
    """The matches of ``_INDEFINITE_RE`` in ``text``, found with ``str.find`` on its
    lowercase form ``low`` (a case-blind regex over the whole text costs far more)."""
    if low is None or len(low) != len(text) or any(c in text for c in FOLDED):
        return list(_INDEFINITE_RE.finditer(text))
    spots: list[int] = []
    for word in ("iemand", "wie", "ieder"):
        pos = low.find(word)
        while pos != -1:
            spots.append(pos)
            pos = low.find(word, pos + 1)
    spots.sort()
    found = (_INDEFINITE_RE.match(text, pos) for pos in spots)
    return [
        m for m in found if m is not None and (m.start() == 0 or not text[m.start() - 1].isalnum())
    ]


#: Antecedents that are anyone at all: *iemand die …*, a clause-opening *Wie …*, *iedereen*
#: and *ieder* before its verb (*Ieder heeft zijn eigen klanten*).
_INDEFINITE_RE: Final = re.compile(
    r"\b(iemand)\s+die\b|\b(?<![-'’])(wie)\b"
    r"|\b(iedereen|ieder(?=\s+(?:heeft|moet|kan|mag|krijgt|is|doet|neemt|zorgt|wil|zal|"
    r"werkt|houdt|brengt|maakt)\b))\b",
    re.IGNORECASE,
)
_CLAUSE_END_RE: Final = re.compile(r"[,.!?;:\n]")
