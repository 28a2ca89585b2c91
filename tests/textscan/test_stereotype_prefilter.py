"""The stereotype rule first looks at the words right next to an anchor word (*meisjes*
anchors fifteen patterns) before it matches a pattern around it. That look must never drop a
match: on texts made from the lexicon's own patterns, with every kind of joint between the
words, the findings are those of the full match everywhere."""

from __future__ import annotations

import random

import pytest

from anderebril.textscan import engine, scan_text
from anderebril.textscan import stereotypes as rule
from anderebril.textscan.index import get_index, lexicon_root
from anderebril.textscan.lexicon import PatternToken, load_lexicon
from anderebril.textscan.tokenize import words
from tests.textscan.helpers import patches_engine_internals

FILLER = words("de het een en of is zijn voor met niet ook echt echte typisch meisjes jongens")
JOINTS = [
    " ", "  ", "\n", "\r\n", "-", " '", "' ", "’ ", ", ", ". ", " (", ") ", "“", "”",
    " z'n ", " z’n ", "\u00ad",
]  # fmt: skip


def _patterns() -> list[tuple[PatternToken, ...]]:
    lexicon = load_lexicon("nl", lexicon_root())
    return [pattern for entry in lexicon.stereotypes for pattern in entry.patterns]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    patterns = _patterns()
    out = []
    for _ in range(count):
        words = [rng.choice(FILLER) for _ in range(rng.randint(0, 3))]
        for token in rng.choice(patterns):
            if token.optional and rng.random() < 0.5:
                continue
            words.append(rng.choice(sorted(token.words)) if token.words else rng.choice(FILLER))
        words += [rng.choice(FILLER) for _ in range(rng.randint(0, 3))]
        text = ""
        for word in words:
            word = word.capitalize() if rng.random() < 0.15 else word
            text += word + (rng.choice(JOINTS) if rng.random() < 0.3 else " ")
        out.append(text.strip() + rng.choice([".", "", "!", "?"]))
    return out


def _stereotypes(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    return [
        [(f.start, f.end, f.rule) for f in scan_text(t).findings if f.category == "stereotype"]
        for t in texts
    ]


@patches_engine_internals
def test_the_look_at_the_neighbours_never_drops_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(1500, seed=17)
    quick = _stereotypes(texts)
    monkeypatch.setattr(rule, "_neighbours", lambda text, cand: (None, None))
    full = _stereotypes(texts)
    assert sum(1 for found in full if found) > 800  # most texts hold a stereotype
    assert quick == full


@patches_engine_internals
def test_the_look_at_the_texts_words_never_drops_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern is tried only when the text has a word of each of its other required tokens
    (``Anchors.fitting`` with the chunk's distinct words); without that look, the same."""
    texts = _texts(1500, seed=29)
    quick = _stereotypes(texts)
    full_rule = rule.stereotype_findings

    def without_words(text, candidates, strategy, distinct=None, low=None):  # type: ignore[no-untyped-def]
        return full_rule(text, candidates, strategy, None, low)

    monkeypatch.setattr(engine, "stereotype_findings", without_words)
    full = _stereotypes(texts)
    assert sum(1 for found in full if found) > 800
    assert quick == full


def test_anchors_are_filed_by_the_words_next_to_them() -> None:
    """*meisjes* anchors many patterns; a word before it that no pattern has there leaves
    only the patterns that need nothing before it, and ``None`` (not known) leaves them all."""
    anchors = get_index("nl").classify("meisjes").anchors  # type: ignore[union-attr]
    every = anchors.fitting(None, None)
    assert len(every) == len(anchors) > 5
    unknown_word = anchors.fitting("xyzzy", None)
    assert 0 < len(unknown_word) < len(every)
    for entry, p_index, anchor, _others in unknown_word:
        before = entry.patterns[p_index][anchor - 1] if anchor > 0 else None
        assert before is None or before.optional or not before.words
    # a chunk without any of the other words they need rules out the patterns that need one
    lacking = anchors.alive(frozenset())
    assert len(lacking) < len(every)
    assert len(anchors.fitting(None, None, lacking)) == len(lacking)
    assert anchors.alive(None) == frozenset(range(len(anchors)))  # words not known: all
    assert lacking < anchors.alive(frozenset(["niks", "voor"]))  # "niks voor meisjes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dat is echt een mannenwereld.", ("een", "")),  # a full stop after it
        ("mannenwereld", ("", None)),  # the text starts with it, nothing after
        ("Een 'mannenwereld' is het", ("een", "is")),  # quotes join
        ("een echte-mannenwereld", (None, None)),  # a hyphenated anchor: not told here
        ("het is z'n mannenwereld, toch", (None, "")),  # z'n is one token
    ],
)
def test_neighbours(text: str, expected: tuple[str | None, str | None]) -> None:
    end = text.lower().index("mannenwereld") + len("mannenwereld")
    cand = next(c for c in _candidates(text) if c.end == end)
    assert rule._neighbours(text, cand) == expected


def _candidates(text: str) -> list:
    from anderebril.textscan.matching import find_candidates, lowered

    found, _ = find_candidates(text, lowered(text), get_index("nl"))
    return found
