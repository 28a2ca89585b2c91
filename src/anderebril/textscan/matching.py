"""Finding the words that matter in a chunk of text, fast.

A whitespace split of the lowercased chunk gives the word count, and tokenising only its
distinct pieces gives the distinct words; only distinct words are classified (see
:mod:`index`), and only those that hit are then located, all in one Aho–Corasick pass.
Words hyphenated over a line end (``vak-\\nman``) are joined and classified separately. No
Python object is made per ordinary word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping
from collections.abc import Set as AbstractSet
from typing import Final, NamedTuple

import ahocorasick

from anderebril.textscan.index import Index, WordInfo
from anderebril.textscan.tokenize import (
    FOLDED,
    LINE_BREAK_HYPHEN_RE,
    SOFT_HYPHEN,
    TOKEN_RE,
    WORD_RE,
    extend_over_hyphens,
    is_all_caps,
    is_word_char,
    key_of,
    new_tuple,
    word_start,
)


class Candidate(NamedTuple):
    """A word that a rule may report. ``surface`` is the word as written, without line
    breaks; its last ``info.head_len`` characters are the lexicon form. (A tuple: a dense
    text has thousands, and they are never changed.)"""

    start: int
    end: int
    key: str
    info: WordInfo
    surface: str

    @property
    def prefix(self) -> str:
        return self.surface[: len(self.surface) - self.info.head_len]

    @property
    def head(self) -> str:
        return self.surface[len(self.surface) - self.info.head_len :]


def lowered(chunk: str) -> str:
    """``chunk.lower()`` with the same length (a few characters grow when lowercased), and
    with *ı*, *İ* and *ſ* written *i* and *s*, as a case-blind regex reads them: a search in
    the lowercased text then finds what such a regex finds (one Turkish name, *Aydın*, once
    sent every rule of its chunk down the slow path of a case-blind regex over all of it)."""
    low = chunk.lower()
    if len(low) != len(chunk):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in chunk)
    if any(c in low for c in FOLDED):
        low = unfold(low)
    return low


def unfold(word: str) -> str:
    """``word`` with *ı*, *İ* and *ſ* written *i* and *s*, as :func:`lowered` writes them."""
    return word.translate(_UNFOLD)


_UNFOLD: Final = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


class ChunkWords(NamedTuple):
    """What :func:`find_candidates` learnt of a chunk's words on the way."""

    total: int  # the number of whitespace-separated words
    #: Every distinct maximal run of word characters (``\w+``) in the lowercased chunk, so
    #: that a rule can tell in one set look-up that a word it searches for is not there at
    #: all; ``None`` when soft hyphens made the runs differ from ``\w+`` or a character in
    #: ``FOLDED`` makes a case-blind search find what the lowercased text does not have.
    distinct: AbstractSet[str] | None


def find_candidates(chunk: str, low: str, index: Index) -> tuple[list[Candidate], ChunkWords]:
    """The candidates in ``chunk`` (in text order) and what is known of its words."""
    # The list of every word is only counted and made a set: dropped at once, so that the
    # garbage collector never walks its hundreds of thousands of items while candidates are made.
    parts = low.split()
    words, pieces = len(parts), set(parts)
    del parts
    plain = SOFT_HYPHEN not in low
    distinct = _distinct_words(pieces, WORD_RE if plain else TOKEN_RE)
    known = index.classify_many(distinct)
    hits = index.hit_keys & distinct
    found: list[Candidate] = []
    soft = SOFT_HYPHEN in chunk
    keys = {key: key_of(key) for key in hits}
    compounds = {
        key: info.head_len
        for key in hits
        if (info := known[key]).compound and info.head_len < len(key) and key_of(key) == key
    }
    for start, end, key in _locate(low, hits, compounds):
        info = known[key]
        if info.joined:
            whole = _joined_form(low, start, info.joined)
            if whole is not None:
                form, info = whole
                end = start + len(form)
            elif not info.candidate_alone:
                continue
        if start >= 2 and chunk[start - 1] == "-":
            if info.term is not None or info.stereotype is not None or info.role is not None:
                start = extend_over_hyphens(chunk, start)
            elif (
                key in index.hyphen_heads
                and chunk[start].islower()  # not a name in title case: "Pac-Man"
                and _compound_part(chunk, start - 1)
            ):
                info = index.hyphen_heads[key]  # "cv-man": a compound, not "man" alone
                start = extend_over_hyphens(chunk, start)
        surface = chunk[start:end]
        if soft:
            surface = surface.replace(SOFT_HYPHEN, "")
        found.append(new_tuple(Candidate, (start, end, keys[key], info, surface)))
    if "-" in chunk:
        joined = _line_break_candidates(chunk, low, index)
        if joined:
            found = _merge(found, joined)
    if plain and any(c in low for c in FOLDED):
        plain = False  # a case-blind regex can find a word that is not in the lowercased text
    return found, ChunkWords(words, distinct if plain else None)


def _distinct_words(pieces: set[str], pattern: re.Pattern[str]) -> set[str]:
    """The distinct word tokens in whitespace-separated ``pieces``.

    Splitting on whitespace in C and tokenising only the distinct pieces is several times
    faster than one regex pass over the whole chunk: most pieces repeat, and most are plain
    words already.
    """
    distinct: set[str] = set()
    add = distinct.add
    findall = pattern.findall
    for piece in pieces:
        if piece.isalnum():
            add(piece)
        else:
            distinct.update(findall(piece))
    return distinct


def _locate(
    low: str, keys: Collection[str], compounds: Mapping[str, int] | None = None
) -> list[tuple[int, int, str]]:
    """Every whole-word occurrence of ``keys`` in ``low``, in text order.

    One Aho–Corasick pass in C finds every key at once, wherever it occurs; Python then only
    sees those occurrences and keeps the whole words. Keys in ``compounds`` (a compound and
    the length of its lexicon head) are searched by their head, so that the hundreds of
    compounds of a real text (*gemeenteklant, wegenbouwman*) share a few automaton words:
    the automaton's speed falls with its size.
    """
    if not keys:
        return []
    compounds = compounds or {}
    whole: dict[str, bool] = {}  # word to search for -> whether it is itself a key
    for key in keys:
        length = compounds.get(key)
        if length is None:
            whole[key] = True
        else:
            whole.setdefault(key[-length:], False)
    automaton = ahocorasick.Automaton()
    for word, is_key in whole.items():
        automaton.add_word(word, (word, is_key))
    automaton.make_automaton()
    out: list[tuple[int, int, str]] = []
    size = len(low)
    outside = _OUTSIDE
    for last, (word, is_key) in automaton.iter(low):
        end = last + 1
        if end != size and low[end] not in outside and is_word_char(low[end]):
            continue  # inside a longer word
        pos = end - len(word)
        if pos == 0 or low[pos - 1] in outside or not is_word_char(low[pos - 1]):
            if is_key:
                out.append((pos, end, word))
            continue
        if compounds:  # the end of a longer word: a compound on this head?
            start = word_start(low, pos - 1)
            compound = low[start:end]
            if compound in compounds and not (out and out[-1][1] == end):
                out.append((start, end, compound))  # once, though two heads end here
    out.sort()
    return out


def _joined_form(
    low: str, start: int, forms: tuple[tuple[str, WordInfo], ...]
) -> tuple[str, WordInfo] | None:
    """The longest lexicon form of several tokens (``collega's``) that starts at ``start``;
    ``forms`` are a word's joined forms, longest first (the index keeps them so)."""
    for form, whole in forms:
        end = start + len(form)
        written = low[start:end].replace("\u2019", "'").replace("\u2010", "-")
        if written == form and (end == len(low) or not is_word_char(low[end])):
            return form, whole
    return None


#: Characters that certainly end a word: most neighbours of a hit, tested without a call.
_OUTSIDE: Final = frozenset(" \n\t\r.,;:!?()[]'\"/-&+*=<>")


def _compound_part(chunk: str, hyphen: int) -> bool:
    """Whether the word before ``hyphen`` can start a job compound (*cv-man*, *ICT-man*): two
    letters at least, no digits (*2-man-ploeg*), not a prefix such as *ex-* or *één-*."""
    start = word_start(chunk, hyphen)
    part = chunk[start:hyphen].lower()
    return len(part) >= 2 and part.isalpha() and part not in _NOT_COMPOUND_PARTS


_NOT_COMPOUND_PARTS: Final = frozenset(
    ["ex", "één", "een", "twee", "drie", "vier", "vijf", "tien", "pac", "super", "iron"]
)


def _line_break_candidates(chunk: str, low: str, index: Index) -> list[Candidate]:
    out: list[Candidate] = []
    for match in LINE_BREAK_HYPHEN_RE.finditer(low):
        left_end = match.start()
        left_start = word_start(low, left_end)
        right = TOKEN_RE.match(low, match.end())
        if left_start == left_end or right is None:
            continue
        left_text = chunk[left_start:left_end]
        right_text = chunk[right.start() : right.end()]
        keep_hyphen = is_all_caps(left_text) or left_text.isdigit()
        surface = left_text + ("-" if keep_hyphen else "") + right_text
        key = key_of(surface)
        info = index.classify(key)
        if info is None or not (info.term or info.role or info.stereotype or info.coded):
            continue
        start = extend_over_hyphens(chunk, left_start)
        surface = chunk[start:left_start] + surface
        out.append(Candidate(start, right.end(), key, info, surface.replace("\u00ad", "")))
    return out


def _merge(found: list[Candidate], joined: list[Candidate]) -> list[Candidate]:
    """Add the joined words, dropping plain candidates that lie inside one of them."""
    starts = [c.start for c in found]
    if starts != sorted(starts):  # a start moved left over a hyphen past another: rare
        spans = [(c.start, c.end) for c in joined]
        kept = [c for c in found if not any(s <= c.start and c.end <= e for s, e in spans)]
        kept += joined
        kept.sort(key=lambda c: c.start)
        return kept
    inside: set[int] = set()
    for span in joined:
        lo, hi = bisect_left(starts, span.start), bisect_right(starts, span.end)
        inside.update(i for i in range(lo, hi) if found[i].end <= span.end)
    kept = [c for i, c in enumerate(found) if i not in inside] if inside else list(found)
    kept += joined
    kept.sort(key=lambda c: c.start)
    return kept
