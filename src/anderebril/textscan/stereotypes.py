"""Stereotyping phrases (``stereotype``): patterns of words from the lexicon.

A multi-word pattern is matched around its *anchor*, its rarest required word, which the index
finds; single-word patterns are ordinary candidates (also as compound heads when the entry has
``head: true``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from anderebril.textscan.context import after, before
from anderebril.textscan.index import EXCLUSIVE_NOUNS
from anderebril.textscan.lexicon import PatternToken, StereotypeEntry
from anderebril.textscan.matching import Candidate
from anderebril.textscan.model import Finding
from anderebril.textscan.tokenize import Token, key_of, match_case, tokens_between, wordset

WORD_REACH = 30  # characters per pattern word to look at around the anchor
#: Sex nouns by gender, in every language: "jongens" -> "m", "meiden" -> "f".
_SEX: Final = {w: g for nouns in EXCLUSIVE_NOUNS.values() for g, ws in nouns.items() for w in ws}
#: The sex nouns and adjectives that make a pair: *mannelijke en vrouwelijke beroepen*, *als
#: typisch mannelijk of vrouwelijk* name both.
_SEX_PAIRED: Final = {
    **_SEX,
    **dict.fromkeys(("mannelijk", "mannelijke"), "m"),
    **dict.fromkeys(("vrouwelijk", "vrouwelijke"), "f"),
}
_PAIR_AFTER_RE: Final = re.compile(r"[ \t]*(?:en|én|of|óf|and|or|&|/)[ \t]*(\w+)", re.IGNORECASE)


def _paired(text: str, start: int, end: int) -> bool:
    """Whether a phrase ending in a sex noun goes on with the other sex: *handige jongens en
    meiden* is a pair form, not a stereotype."""
    last = key_of(text[start:end].split()[-1])
    gender = _SEX_PAIRED.get(last)
    if gender is None:
        return False
    match = _PAIR_AFTER_RE.match(text, end)
    other = _SEX_PAIRED.get(key_of(match.group(1))) if match else None
    return other is not None and other != gender


def _pair_start(text: str, start: int, end: int) -> int:
    """Where a sex compound's finding starts: before an elided first half that names the other
    sex (*mannen- en vrouwenberoepen*, *typische mannen en vrouwenberoepen*), so that the
    phrase is one finding; else at the compound. Such a pair still divides work by sex, as
    *mannenberoep* alone does, and is reported (the labellers of real BI and BJ did so); a
    compound with a first half of its own (*mannenberoepen en vrouwenberoepen*) is a finding
    of its own."""
    word = key_of(text[start:end])
    own = next((p for p in _SEX_PREFIXES if word.startswith(p)), None)
    if own is None:
        return start
    match = _PAIR_BEFORE_RE.search(text, max(0, start - 50), start)
    if match is None:
        return start
    other = key_of(match["word"])
    if other not in _SEX_PREFIXES or _SEX_PREFIXES[other] == _SEX_PREFIXES[own]:
        return start
    # a bare "mannen" only when cut off ("mannen- en") or after an adjective for kinds of work
    # ("typische mannen en vrouwenberoepen"); not "jonge vrouwen en mannenberoepen"
    if match["cut"] or _KIND_BEFORE_RE.search(text, max(0, match.start() - 30), match.start()):
        return match.start()
    return start


_SEX_PREFIXES: Final = {
    "mannen": "m", "jongens": "m", "heren": "m",
    "vrouwen": "f", "meisjes": "f", "meiden": "f", "dames": "f",
}  # fmt: skip
_LINK: Final = r"[ \t]*(?:en|of|versus|vs\.?|/)[ \t]*(?:(?:typische|klassieke|traditionele) )?"
_KIND_BEFORE_RE: Final = re.compile(
    r"\b(?:typische|klassieke|traditionele|zogenaamde|zogenoemde|echte|stereotiepe)[ \t]+$"
)
_PAIR_BEFORE_RE: Final = re.compile(r"(?P<word>\w+)(?P<cut>-?)" + _LINK + "$", re.IGNORECASE)


def _speakers_own(text: str, start: int, entry_id: str) -> bool:
    """*waar ik de eerste vrouwelijke engineer bleek te zijn*: a woman (or man) telling of
    herself as the first in her job tells her own story, not that the job is for the other sex."""
    if not entry_id.endswith(("vrouwelijke-monteur", "mannelijke-verpleegkundige")):
        return False
    words = [key_of(t.text) for t in before(text, start, 80)]
    if "ik" not in words or key_of(text[start : start + 5].split(" ", 1)[0]) == "onze":
        return False  # "Ik ben blij met onze eerste vrouwelijke monteur": someone else
    following = [key_of(t.text) for t in after(text, start, 60)[:8]]
    # "Ik was destijds de eerste …", "In 1995 werd ik … de eerste …", "waar ik de eerste
    # vrouwelijke engineer bleek te zijn"; not "Gisteren sprak ik de eerste vrouwelijke …"
    return not _BEING.isdisjoint(words) or not _BEING.isdisjoint(following)


_BEING: Final = wordset("was ben werd word bleek")


def _other_sex_before(text: str, start: int, end: int) -> bool:
    """*Zowel meisjes als jongens zijn beter in wiskunde*, *voor mannen en ook voor vrouwen
    aantrekkelijker*: the other sex, joined just before the phrase, makes it about both."""
    keys = [key_of(token.text) for token in tokens_between(text, start, end)]
    own = next((_SEX_PAIRED[key] for key in keys if key in _SEX_PAIRED), None)
    if own is None:
        return False
    prev = before(text, start, 40)[-4:]
    return any(
        _SEX_PAIRED.get(key_of(token.text), own) != own
        and at + 1 < len(prev)
        and key_of(prev[at + 1].text) in ("en", "of", "als")
        for at, token in enumerate(prev)
    )


def _object(text: str, start: int) -> bool:
    """Whether a phrase that opens with a sex noun has it as the object of a preposition:
    *de kleedkamers voor dames zijn netter*, *de cijfers over vrouwen zijn nauwkeuriger* say
    nothing about women (the claim's subject is another noun)."""
    first = text[start : start + 24].split()[:2]
    if not first or key_of(first[0]) not in _SEX:
        return False
    if len(first) > 1 and key_of(first[1]) == "die":
        return False  # "het beeld van vrouwen die niet vies willen worden": their claim
    words = text[max(0, start - 12) : start].split()
    return bool(words) and key_of(words[-1]) in _PREPOSITIONS


def _treated_as(text: str, start: int) -> bool:
    """*Ze behandelen je gewoon als een vent*: how colleagues treat someone, told by her, is
    not a claim about who the work is for (*je moet werken als een vent* is)."""
    if key_of(text[start : start + 4].split(" ", 1)[0]) != "als":
        return False
    return any(key_of(t.text) in _TREATING for t in before(text, start, 50)[-5:])


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether a claim that must end its clause goes on, so that it is no claim: *X is voor
    jongens* (*Werktuigbouwkunde is voor jongens nog steeds de populairste opleiding* is a
    statistic) and *… kan dit niet* (*… kan dat niet alleen*, *… niet veilig doen*). A comma,
    a full stop or a word such as *en* or *vinden* may follow (*…, denken veel ouders*)."""
    words = text[start:end].lower().split()
    if len(words) < 3:
        return False
    if words[-1] != "niet":  # "een meisje kan dit niet": not "… niet alleen", "… niet veilig"
        if words[-2] != "voor" or words[-1] not in _MALE_GROUPS:
            return False
        if not any(w in ("is", "was") for w in words[1:-2]):
            return False
    nxt = after(text, end, 30, count=1)
    return (
        bool(nxt)
        and text[end : nxt[0].start].strip() == ""
        and key_of(nxt[0].text) not in _GO_ON_OK
    )


_MALE_GROUPS: Final = wordset("jongens mannen")
#: Words that may follow such a claim without qualifying it.
_GO_ON_OK: Final = wordset(
    "en maar want dus of met die denken vinden zeggen denkt vindt zegt dachten vonden"
)
_TREATING: Final = wordset("behandelen behandelt behandeld behandelde behandelden")
_PREPOSITIONS: Final = wordset(
    "voor over van bij met aan door naar onder tussen uit zonder tegen for about with"
)


def _ends(pattern: Sequence[PatternToken], tokens: Sequence[Token], text: str, t: int) -> list[int]:
    """Every token index just past a match of ``pattern`` starting at ``tokens[t]``."""
    if not pattern:
        return [t]
    head, rest = pattern[0], pattern[1:]
    out: list[int] = []
    if head.optional:
        out += _ends(rest, tokens, text, t)
    if t < len(tokens) and (head.wildcard or key_of(tokens[t].text) in head.words):
        joined = t + 1 == len(tokens) or _adjacent(text, tokens[t], tokens[t + 1])
        if joined or not rest:
            out += _ends(rest, tokens, text, t + 1)
        elif all(token.optional for token in rest):
            out.append(t + 1)  # "… voor de bouw. Het …": what is left may be left out
    return out


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return _joined(text, left.end, right.start)


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only spaces, line ends, quotes or hyphens lie between ``end`` and ``start``."""
    return not text[end:start].strip(_JOINERS)


def _match_around(
    text: str,
    cand: Candidate,
    pattern: tuple[PatternToken, ...],
    anchor: int,
    others: tuple[tuple[str, ...], ...],
    low: str | None = None,
) -> tuple[int, int] | None:
    lo = max(0, cand.start - WORD_REACH * anchor - 2)
    hi = min(len(text), cand.end + WORD_REACH * (len(pattern) - anchor - 1) + 2)
    window = text[lo:hi].lower() if low is None else low[lo:hi]
    for words in others:  # plain loops: this runs for every anchor word of every phrase
        for word in words:
            if word in window:
                break
        else:
            return None  # a required word is missing altogether: no need to tokenize
    tokens = tokens_between(text, lo, hi)
    where = next((i for i, tok in enumerate(tokens) if tok.start == cand.start), None)
    if where is None:
        return None
    best: tuple[int, int] | None = None
    for first in range(max(0, where - anchor), where + 1):
        for stop in _ends(pattern, tokens, text, first):
            if stop <= where or stop == first:
                continue
            span = (tokens[first].start, tokens[stop - 1].end)
            joined = all(_adjacent(text, tokens[i], tokens[i + 1]) for i in range(first, stop - 1))
            if joined and (best is None or span[1] - span[0] > best[1] - best[0]):
                best = span
    return best


def stereotype_findings(
    text: str,
    candidates: Iterable[Candidate],
    strategy: str,
    distinct: AbstractSet[str] | None = None,
    low: str | None = None,
) -> list[Finding]:
    """The stereotypes among ``candidates``. A pattern is matched around an anchor word only
    when the words right next to it fit (``Anchors.fitting``) and, with ``distinct`` (the
    chunk's distinct lowercase words, when known), when the chunk has its other words: a
    text about girls in technology has *meisjes* in every other sentence, and each one
    anchors nineteen patterns. ``low`` is the lowercased text (:func:`matching.lowered`), so
    that the window around each anchor is not lowercased again for every pattern."""
    out: list[Finding] = []
    alive_in_chunk: dict[int, frozenset[int]] = {}  # id(anchors) -> the patterns it may hold
    for cand in candidates:
        info = cand.info
        if info.stereotype is not None:
            begin = _pair_start(text, cand.start, cand.end)
            suggest = begin == cand.start  # a pair's phrase gets no one-sex alternative
            out.append(_finding(text, begin, cand.end, info.stereotype, strategy, suggest=suggest))
        anchors = info.anchors
        if not anchors:
            continue
        alive = alive_in_chunk.get(id(anchors))
        if alive is None:
            alive = alive_in_chunk[id(anchors)] = anchors.alive(distinct)
        if not alive:
            continue  # the chunk lacks a word each of its patterns needs
        # first the words right next to the anchor, where a pattern has a word that must be
        # there, and the text's own words (*meisjes* anchors nineteen patterns)
        left, right = _neighbours(text, cand)
        for entry, p_index, anchor, others in anchors.fitting(left, right, alive):
            pattern = entry.patterns[p_index]
            span = _match_around(text, cand, pattern, anchor, others, low)
            if (
                span is not None
                and not _paired(text, *span)
                and not _object(text, span[0])
                and not _treated_as(text, span[0])
                and not _goes_on(text, *span)
                and not _speakers_own(text, span[0], entry.meta.id)
                and not _other_sex_before(text, *span)
                and not _not_only(text, span[0])
            ):
                end = _complete_clause(text, *span)
                out.append(_finding(text, *_quotes_closed(text, span[0], end), entry, strategy))
    return out


def _quotes_closed(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase with both quotes around a word of it that is quoted (*‘stoere’ jongens*,
    *typische ‘vrouwenopleiding’*: the match leaves out the quote at its edge), and from the
    quote when an article comes before it (*een ‘mannen’ beroep* is *‘mannen’ beroep*)."""
    article = _ARTICLE_BEFORE_QUOTE_RE.match(text, start, end)
    if article is not None:
        start = article.end()
    elif start > 0:
        closings = _CLOSING_QUOTES.get(text[start - 1], "")
        if closings and any(c in text[start:end] for c in closings):
            start -= 1
    if end < len(text):
        openings = _OPENING_QUOTES.get(text[end], "")
        if any(o in text[start:end] for o in openings):
            end += 1
    return start, end


#: The closing quotes of each opening one, and the other way round (straight quotes are both,
#: so they close only when another one is inside the phrase: *'stoere' jongens*).
_CLOSING_QUOTES: Final = {"‘": "’", "“": "”", "„": "”“", "'": "'", '"': '"'}
_OPENING_QUOTES: Final = {"’": "‘", "”": "“„"}
_QUOTE_MARKS: Final = "‘’“”„'\""
_ARTICLE_BEFORE_QUOTE_RE: Final = re.compile(r"(?:een|de|het)[ \t]+(?=[‘“„'\"])", re.IGNORECASE)


def _neighbours(text: str, cand: Candidate) -> tuple[str | None, str | None]:
    """The keys of the words right before and after an anchor word, when they are whole words
    joined to it as a pattern needs (only spaces, line ends, quotes or hyphens between);
    ``""`` where another character parts them (no pattern goes on there), and ``None`` where
    this cannot be told cheaply (*z'n*, a long word, an anchor of several tokens, such as a
    hyphenated one whose pattern may start inside it: *ruige-jongens*)."""
    if not cand.surface.isalnum():
        return None, None
    before = text[max(0, cand.start - _NEIGHBOUR_REACH) : cand.start].rstrip(_JOINERS)
    left: str | None
    if not before:
        left = "" if cand.start <= _NEIGHBOUR_REACH else None  # the text starts here
    else:
        backwards = before[::-1]  # the last word read from its end: a match, not a search
        word = _WORD_RE.match(backwards)
        if word is None:
            left = ""  # a comma, a full stop, a bracket: no pattern goes on over it
        elif word.end() == len(backwards):
            left = key_of(before) if cand.start <= _NEIGHBOUR_REACH else None  # maybe cut
        elif backwards[word.end()] in _APOSTROPHES:
            left = None  # *z'n*
        else:
            left = key_of(word[0][::-1])
    right: str | None = None
    rest = text[cand.end : cand.end + _NEIGHBOUR_REACH].lstrip(_JOINERS)
    word = _WORD_RE.match(rest)
    if word is None:
        right = "" if rest else None
    elif word.end() < len(rest) and rest[word.end()] not in _APOSTROPHES:
        right = key_of(word[0])
    return left, right


_WORD_RE: Final = re.compile(r"[\w\u00ad]+")
_JOINERS: Final = " \t\r\n-‘’“”\"'„"
_APOSTROPHES: Final = frozenset("'’‘")
_NEIGHBOUR_REACH: Final = 64


def _not_only(text: str, start: int) -> bool:
    """*niet alleen iets voor jongens (maar ook …)*: *niet* before *alleen* turns the claim
    into its opposite."""
    first = text[start : start + 12].split()[:1]
    if not first or first[0].lower() not in _ONLY:
        return False
    return text[max(0, start - 6) : start].lower().split()[-1:] == ["niet"]


_ONLY: Final = wordset("alleen enkel uitsluitend")


def _complete_clause(text: str, start: int, end: int) -> int:
    """Where a claim that stops at its verb ends: *Ook als meisje kun* is not a claim yet, *Ook
    als meisje kun je prima metselen* is. Only a phrase that ends in a finite verb is carried
    on, to the end of its clause and at most five words further."""
    last = key_of(text[start:end].split()[-1])
    if last not in _OPEN_VERBS:
        return end
    stop = _CLAUSE_END_RE.search(text, end, end + 80)
    if stop is not None:
        clause_end = stop.start()
    elif len(text) - end <= 80:
        clause_end = len(text)  # a heading or the last line, without a full stop
    else:
        return end
    rest = tokens_between(text, end, clause_end)
    return rest[-1].end if 0 < len(rest) <= 5 else end


#: Finite verbs that leave a claim open: what someone can or is comes after them.
_OPEN_VERBS: Final = frozenset(["kun", "kan", "ben", "bent", "can", "are"])
_CLAUSE_END_RE: Final = re.compile(r"[,.;:!?\n\"“”‘’()]")


def _finding(
    text: str, start: int, end: int, entry: StereotypeEntry, strategy: str, *, suggest: bool = True
) -> Finding:
    """``suggest=False``: no alternatives, where the entry's own (for one sex's compound) would
    not fit the phrase found (*mannen- en vrouwenberoepen*)."""
    phrase = text[start:end]
    alternatives = entry.alternatives.get(strategy, ()) if suggest else ()
    cased = phrase.lstrip(_QUOTE_MARKS)  # "‘Meisjes’ zijn …": the case of its first letter
    suggestions = [match_case(cased, a) for a in alternatives]
    return Finding(
        category="stereotype",
        rule=entry.meta.rule,
        severity=entry.meta.severity,
        start=start,
        end=end,
        text=phrase,
        message=f"'{' '.join(phrase.split())}' is een stereotiep beeld van wie dit werk doet.",
        explanation=entry.meta.note.strip(),
        source=entry.meta.source,
        suggestions=list(dict.fromkeys(suggestions)),
    )
