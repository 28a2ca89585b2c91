"""The lexicon compiled for speed: one dict look-up per distinct word, compounds by suffix.

``Index.classify(key)`` says what a lowercase word is to the rules (a gendered term, part of a
stereotype phrase, a coded word, a role noun, a person noun for exclusive requests) or ``None``.
Compound heads are found by the word's last two letters, then ``str.endswith`` over a short
tuple of heads; the longest head wins, and a look-alike exception as head blocks the match
(*detectiveroman* ends in *roman*, not in *man*).
"""

from __future__ import annotations

import os
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Final

from anderebril.textscan.lexicon import (
    DATA_DIR,
    CodedEntry,
    Lexicon,
    PatternToken,
    RoleNoun,
    StereotypeEntry,
    TermEntry,
    load_lexicon,
)
from anderebril.textscan.tokenize import key_of, words

#: Nouns that, after *zoeken* or before *gezocht*, ask for one sex only.
EXCLUSIVE_NOUNS: Final = {
    "nl": {
        "m": words(
            "man mannen jongen jongens heer heren kerel kerels vent venten knul knullen "
            "jongeman jongemannen"
        ),
        "f": words(
            "vrouw vrouwen meisje meisjes meid meiden dame dames jongedame jongedames studente "
            "schrijfster schrijfsters"
        ),
    },
    "en": {
        "m": words("man men boy boys guy guys gentleman gentlemen"),
        "f": words("woman women girl girls lady ladies"),
    },
}
MIN_PREFIX: Final = 2
_SEPARATOR_RE: Final = re.compile(r"[^\w]")


#: A stereotype pattern that a word anchors: (entry, pattern index, anchor token index, words
#: of the other required tokens).
Anchor = tuple[StereotypeEntry, int, int, tuple[tuple[str, ...], ...]]


class Anchors:
    """The stereotype patterns one word anchors, filed by the word each needs right before and
    right after it, and by the other words it needs anywhere near. *meisjes* anchors nineteen
    patterns and a text about girls in technology has it in every other sentence; sixteen of
    them need a given word next to it (*voor meisjes*, *meisjes zijn*), so the two neighbours
    of each occurrence rule most of them out in two set look-ups instead of a test per
    pattern, and the words a chunk lacks rule patterns out once per chunk (:meth:`alive`).
    Equal when they hold the same patterns (two indexes of one lexicon give equal
    ``WordInfo``)."""

    __slots__ = (
        "_by_left",
        "_by_right",
        "_by_word",
        "_every",
        "_free",
        "_groups",
        "_left_free",
        "_needed_words",
        "_right_free",
        "anchored",
    )

    def __init__(self, items: tuple[Anchor, ...] = ()) -> None:
        self.anchored = items
        self._every = frozenset(range(len(items)))
        # per pattern, the groups of words of which a text must hold one; a group with a word
        # that may be written otherwise (*z'n*, accents) is left out, as it cannot be known
        # to be missing from the chunk's plain words
        needs = [
            [
                frozenset(group)
                for group in others
                if all(word.isascii() and word.isalnum() for word in group)
            ]
            for _entry, _p_index, _anchor, others in items
        ]
        self._groups = tuple(len(groups) for groups in needs)
        self._free = frozenset(number for number, groups in enumerate(needs) if not groups)
        by_word: dict[str, list[tuple[int, int]]] = {}
        for number, groups in enumerate(needs):
            for group_number, group in enumerate(groups):
                for word in group:
                    by_word.setdefault(word, []).append((number, group_number))
        self._by_word = {word: tuple(places) for word, places in by_word.items()}
        self._needed_words = frozenset(by_word)
        left_free: set[int] = set()
        right_free: set[int] = set()
        by_left: dict[str, set[int]] = {}
        by_right: dict[str, set[int]] = {}
        for number, (entry, p_index, anchor, _others) in enumerate(items):
            pattern = entry.patterns[p_index]
            for neighbour, free, by in (
                (anchor - 1, left_free, by_left),
                (anchor + 1, right_free, by_right),
            ):
                needed = _needed(pattern, neighbour)
                if needed is None:
                    free.add(number)
                else:
                    for word in needed:
                        by.setdefault(word, set()).add(number)
        self._left_free = frozenset(left_free)
        self._right_free = frozenset(right_free)
        self._by_left = {word: frozenset(numbers) for word, numbers in by_left.items()}
        self._by_right = {word: frozenset(numbers) for word, numbers in by_right.items()}

    def __bool__(self) -> bool:
        return bool(self.anchored)

    def __eq__(self, other: object) -> bool:  # the same patterns (in two indexes, say)
        return isinstance(other, Anchors) and self.anchored == other.anchored

    def __hash__(self) -> int:
        return hash(len(self.anchored))  # consistent with ==; entries hold unhashable mappings

    def __len__(self) -> int:
        return len(self.anchored)

    def alive(self, distinct: AbstractSet[str] | None) -> frozenset[int]:
        """The patterns (by number) that a chunk with these ``distinct`` words (``None``: not
        known) may hold: it has a word of each group the pattern needs. One set intersection
        in C finds the needed words the chunk has; a short text has few of them."""
        if distinct is None:
            return self._every
        met: dict[int, set[int]] = {}
        for word in self._needed_words & distinct:
            for number, group_number in self._by_word[word]:
                met.setdefault(number, set()).add(group_number)
        groups = self._groups
        return self._free | {n for n, found in met.items() if len(found) == groups[n]}

    def fitting(
        self, left: str | None, right: str | None, alive: frozenset[int] | None = None
    ) -> list[Anchor]:
        """The patterns, in lexicon order, that the words right before (``left``) and after
        (``right``) the anchor allow: ``""`` where a character other than a joiner parts
        them from it, ``None`` where the neighbour is not known (every pattern fits); only
        those in ``alive`` when given (:meth:`alive`)."""
        fits = self._every if alive is None else alive
        if left is not None:
            fits = fits & (self._left_free | self._by_left.get(left, _NONE))
        if right is not None:
            fits = fits & (self._right_free | self._by_right.get(right, _NONE))
        items = self.anchored
        return [items[number] for number in sorted(fits)]


def _needed(pattern: tuple[PatternToken, ...], position: int) -> frozenset[str] | None:
    """The words a pattern requires at ``position``, or ``None`` when any word (or none) may
    stand there: outside the pattern, a wildcard, an optional token."""
    if not 0 <= position < len(pattern):
        return None
    token = pattern[position]
    return None if token.optional or not token.words else token.words


_NONE: Final[frozenset[int]] = frozenset()
NO_ANCHORS: Final = Anchors()


@dataclass(frozen=True, slots=True)
class WordInfo:
    """What one word is to the rules. ``head_len`` is the length of the lexicon form at the
    end of the word (the whole word unless it was matched as a compound head)."""

    head_len: int
    term: TermEntry | None = None
    term_number: str = "singular"
    stereotype: StereotypeEntry | None = None
    anchors: Anchors = NO_ANCHORS
    coded: CodedEntry | None = None
    role: RoleNoun | None = None
    role_number: str = "singular"
    exclusive: str | None = None
    compound: bool = False
    blocked: bool = False
    #: lexicon forms of several tokens that start with this word: (form, what it is)
    joined: tuple[tuple[str, WordInfo], ...] = ()

    @property
    def candidate(self) -> bool:
        """Whether the word is worth locating in the text. Things, organisations and plural
        role nouns only matter inside a pronoun's reach, where they are looked up anyway."""
        return bool(self.joined) or self.candidate_alone

    @property
    def candidate_alone(self) -> bool:
        """Whether the word is a candidate by itself, not only as the start of a longer form."""
        return bool(
            self.term
            or self.stereotype
            or self.anchors
            or self.coded
            or self.exclusive
            or self.person_antecedent
        )

    @property
    def person_antecedent(self) -> bool:
        """A singular generic person noun that *hij/zijn* may point back to."""
        if self.role is not None and self.role.kind == "person":
            return self.role_number == "singular"
        term = self.term
        return term is not None and term.gender == "m" and self.term_number == "singular"


class Index:
    """Look-up structures for one language's lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.language = lexicon.language
        self._exact: dict[str, WordInfo] = {}
        self._heads: dict[str, WordInfo] = {}
        blocked = WordInfo(head_len=0, blocked=True)
        for exception in lexicon.exceptions:
            for word in (*exception.words, *exception.handled):
                self._heads[word] = replace(blocked, head_len=len(word))
                if word in exception.words:
                    self._exact[word] = blocked
        handled = {w for e in lexicon.exceptions for w in e.handled}
        #: compound-only heads by form, for a hyphenated compound (*cv-man*) whose last part
        #: is a word of its own (*man*).
        self.hyphen_heads: dict[str, WordInfo] = {}
        for term in lexicon.terms:
            for number, forms in (("singular", term.singular), ("plural", term.plural)):
                for form in forms:
                    if term.compound_only:
                        self._add_compound_only(form, term, number)
                    else:
                        self._add(form, term.head, term=term, term_number=number)
        for role in lexicon.roles:
            for number, forms in (("singular", role.singular), ("plural", role.plural)):
                for form in forms:
                    self._add(form, role.head, role=role, role_number=number)
        for role in _neutral_person_nouns(lexicon, self._exact):
            for number, forms in (("singular", role.singular), ("plural", role.plural)):
                for form in forms:
                    self._add(form, role.head, role=role, role_number=number)
        anchored: dict[str, list[Anchor]] = {}  # word -> the patterns it anchors
        for entry in lexicon.stereotypes:
            for p_index, pattern in enumerate(entry.patterns):
                if len(pattern) == 1:
                    for word in pattern[0].words:
                        self._add(word, entry.head, stereotype=entry)
                    continue
                anchor = max(
                    (i for i, t in enumerate(pattern) if not t.optional and not t.wildcard),
                    key=lambda i: min(len(w) for w in pattern[i].words),
                )
                others = tuple(
                    tuple(t.words)
                    for i, t in enumerate(pattern)
                    if i != anchor and not t.optional and not t.wildcard
                )
                for word in pattern[anchor].words:
                    anchored.setdefault(word, []).append((entry, p_index, anchor, others))
        for word, found in anchored.items():
            self._add(word, False, anchors=Anchors(tuple(found)))
        for coded in lexicon.coded:
            for form in coded.forms:
                self._add(form, False, coded=coded)
        for gender, nouns in EXCLUSIVE_NOUNS.get(self.language, {}).items():
            for word in nouns:
                self._add(word, False, exclusive=gender)
        for word in handled:  # a handled word without a rule of its own is never reported
            self._exact.setdefault(word, blocked)
        by_tail: dict[str, list[str]] = {}
        for head in self._heads:
            by_tail.setdefault(head[-2:], []).append(head)
        self._tails = {
            tail: tuple(sorted(heads, key=len, reverse=True)) for tail, heads in by_tail.items()
        }
        self._tail_lengths = {
            tail: tuple(sorted({len(h) for h in heads}, reverse=True))
            for tail, heads in self._tails.items()
        }
        self._compounds: dict[str, WordInfo | None] = {}
        self._min_head = min((len(h) for h in self._heads), default=10**6)
        self._known: dict[str, WordInfo] = {}
        self._derived: dict[str, WordInfo | None] = {}  # classify() of words not in _exact
        self.hit_keys: set[str] = set()
        self.miss_keys: set[str] = set()

    def _add_compound_only(self, form: str, term: TermEntry, number: str) -> None:
        """*man* as the last part of a compound (*sjouwerman*), not as a word: it is added
        only as a head, below every longer head (*vakman*) and look-alike (*roman*)."""
        info = WordInfo(len(form), term=term, term_number=number, compound=True)
        old = self._heads.get(form)
        if old is None or not old.blocked:
            self._heads[form] = info
        self.hyphen_heads[form] = info

    def _add(self, word: str, head: bool, **fields: object) -> None:
        if not word.isalnum():  # "collega's", "man-hour": found from their first word
            first = _SEPARATOR_RE.split(word, maxsplit=1)[0]
            full = WordInfo(len(word), **fields)  # type: ignore[arg-type]
            holder = self._exact.get(first) or WordInfo(len(first))
            joined = sorted((*holder.joined, (word, full)), key=lambda j: -len(j[0]))
            self._exact[first] = replace(holder, joined=tuple(joined))  # longest first
            return
        old = self._exact.get(word)
        info = replace(old, **fields) if old and not old.blocked else WordInfo(len(word), **fields)  # type: ignore[arg-type]
        self._exact[word] = info
        if head:
            old_head = self._heads.get(word)
            if old_head is None or not old_head.blocked:
                # a term that is no head (*meester* the teacher) leaves a role's compounds
                # alone (*havenmeester* is a role, not a gendered term)
                term = info.term if info.term is None or info.term.head else None
                self._heads[word] = replace(
                    info, anchors=NO_ANCHORS, coded=None, exclusive=None, term=term
                )

    def classify(self, key: str) -> WordInfo | None:
        """What the (lowercase, NFC) word ``key`` is to the rules, or ``None``."""
        info = self._exact.get(key)
        if info is not None:
            return None if info.blocked else info
        if len(key) < self._min_head + MIN_PREFIX:
            return None
        try:
            return self._derived[key]
        except KeyError:
            pass
        if len(self._derived) > 100_000:  # bounded, however large the vocabulary
            self._derived.clear()
        derived = self._derived[key] = self._compound(key)
        return derived

    def _compound(self, key: str) -> WordInfo | None:
        """A compound on a lexicon head (*installatievakman*): the longest head that leaves a
        first part of ``MIN_PREFIX`` letters. Heads are looked up by the lengths that end on
        the word's last two letters, not tried one by one (*-er* alone ends 230 of them)."""
        tail = key[-2:]
        heads = self._tails.get(tail)
        if heads is None or not key.endswith(heads):
            return None
        longest = len(key) - MIN_PREFIX
        for length in self._tail_lengths[tail]:
            if length <= longest:
                head = key[-length:]
                if head in self._heads:
                    return self._as_compound(head)
        return None

    def _as_compound(self, head: str) -> WordInfo | None:
        try:
            return self._compounds[head]
        except KeyError:
            base = self._heads[head]
            info = self._compounds[head] = None if base.blocked else replace(base, compound=True)
            return info

    def classify_many(self, keys: set[str]) -> dict[str, WordInfo]:
        """Classify distinct words, remembering earlier answers (cheap on later chunks).
        A real text brings new words in every chunk, so this loop runs once per distinct word
        of the whole text: it does what :meth:`classify` does without its per-word cache."""
        unknown = keys - self.hit_keys
        unknown -= self.miss_keys
        if len(self.miss_keys) > 2_000_000:  # keep memory bounded on huge vocabularies
            self.miss_keys.clear()
        exact, tails, compound = self._exact, self._tails, self._compound
        shortest = self._min_head + MIN_PREFIX
        for key in unknown:
            normal = key if key.isascii() else key_of(key)  # keys are lowercase already
            info = exact.get(normal)
            if info is not None:
                if info.blocked:
                    info = None
            elif len(normal) >= shortest and normal[-2:] in tails:
                info = compound(normal)
            if info is None or not info.candidate:
                self.miss_keys.add(key)
            else:
                self._known[key] = info
                self.hit_keys.add(key)
        return self._known


#: Alternatives that more often name a thing than a person (*een loods* is a shed, *de host*
#: a computer), so they do not become antecedents.
_NOT_PERSONS: Final = frozenset(
    words("loods loodsen bron bronnen boegbeeld boegbeelden loper lopers host hosts")
)


def _neutral_person_nouns(lexicon: Lexicon, known: dict[str, WordInfo]) -> list[RoleNoun]:
    """Person nouns taken from the gender-overarching alternatives of the gendered terms
    (*vakkracht, schoonmaker, verpleegkundige, ondernemer*): they name people too, so *hij*
    or *zijn* after one of them is generic masculine as well. Words the lexicon already
    knows keep what it says about them."""
    roles: list[RoleNoun] = []
    seen: set[str] = set()
    for term in lexicon.terms:
        if term.compound_only:
            continue  # its alternatives are compound parts (*kracht*), not nouns for people
        numbered = term.alternatives.get("overkoepelend", {})
        singular = [w for w in numbered.get("singular", ()) if w.isalpha() and w.islower()]
        plural = [w for w in numbered.get("plural", ()) if w.isalpha() and w.islower()]
        for number, forms in (("singular", singular), ("plural", plural)):
            fresh = tuple(
                w for w in forms if w not in known and w not in seen and w not in _NOT_PERSONS
            )
            seen.update(fresh)
            if fresh:
                singular_forms = fresh if number == "singular" else ()
                plural_forms = () if number == "singular" else fresh
                roles.append(RoleNoun(term.meta, "person", singular_forms, plural_forms, True))
    return roles


def lexicon_root() -> Path:
    """The lexicon folder: ``$ANDEREBRIL_LEXICON_DIR`` when set, else the packaged data."""
    override = os.environ.get("ANDEREBRIL_LEXICON_DIR")
    return Path(override) if override else DATA_DIR


def get_index(language: str, root: Path | None = None) -> Index:
    """The compiled index of a language's lexicon (cached per process and folder)."""
    return _cached_index(language, root or lexicon_root())


@lru_cache(maxsize=8)
def _cached_index(language: str, root: Path) -> Index:
    return Index(load_lexicon(language, root))
