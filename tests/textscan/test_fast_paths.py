"""The scanner's shortcuts give exactly what the plain way gives (speed is measured in
``benchmarks/``, not here)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anderebril.textscan import scan_text
from anderebril.textscan.context import after
from anderebril.textscan.index import Index, WordInfo
from anderebril.textscan.lexicon import DATA_DIR, load_lexicon
from anderebril.textscan.matching import Candidate, _locate, _merge
from anderebril.textscan.model import Finding, Location, make_location
from anderebril.textscan.tokenize import is_word_char
from tests.textscan.helpers import patches_engine_internals, texts

pytestmark = pytest.mark.usefixtures("fixture_lexicon")

STORY = "De student belt zij {pronoun}. De docent komt. Het is laat. Hij pakt zijn boek."


def test_a_stopper_ends_a_reach_that_only_a_look_alike_pronoun_opened() -> None:
    # The first reach holds no pronoun but "h\u0131j" (dotless i), which the case-blind
    # pattern takes for "hij": the reach is then read, ends at "zij", and "De docent" gets a
    # reach of its own. The str.find shortcut cannot see that pronoun, so it must step aside.
    assert texts(STORY.format(pronoun="h\u0131j"), "generic-masculine") == ["Hij", "zijn"]
    assert texts(STORY.format(pronoun="hij"), "generic-masculine") == ["Hij", "zijn"]


def test_a_generic_noun_inside_a_reach_carries_it_on_judged_early_or_late() -> None:
    # "De student" is judged late (its reach has no pronoun); "De docent" inside its reach
    # carries the reach on past "laat.", exactly as when the student is judged at once.
    text = "De student belt. De docent komt. Het is laat. Hij pakt zijn boek."
    assert texts(text, "generic-masculine") == ["Hij", "zijn"]
    eager = "De student belt zijn ouders. De docent komt. Het is laat. Hij pakt zijn boek."
    assert texts(eager, "generic-masculine") == ["zijn", "Hij", "zijn"]


def test_a_named_noun_without_a_pronoun_hides_nothing() -> None:
    text = "De student Anna Smit belt. De docent komt. Het is laat. Hij pakt zijn boek."
    assert texts(text, "generic-masculine") == ["Hij", "zijn"]


SENTENCES = st.text(alphabet=st.sampled_from(list("ab De. \n;:!?,")), max_size=120)


@settings(max_examples=200, deadline=None)
@given(text=SENTENCES, data=st.data())
def test_after_with_a_count_is_the_first_tokens_of_after(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(min_value=0, max_value=len(text)))
    count = data.draw(st.integers(min_value=0, max_value=6))
    assert after(text, end, 80, count=count) == after(text, end, 80)[:count]


INFO = WordInfo(head_len=1)
SPANS = st.tuples(st.integers(min_value=0, max_value=60), st.integers(min_value=1, max_value=8))


def _reference_merge(found: list[Candidate], joined: list[Candidate]) -> list[Candidate]:
    spans = [(c.start, c.end) for c in joined]
    kept = [c for c in found if not any(s <= c.start and c.end <= e for s, e in spans)]
    kept += joined
    kept.sort(key=lambda c: c.start)
    return kept


@settings(max_examples=300, deadline=None)
@given(
    found=st.lists(SPANS, max_size=12), joined=st.lists(SPANS, max_size=3), shuffle=st.booleans()
)
def test_merging_line_break_words_keeps_what_the_plain_merge_keeps(
    found: list[tuple[int, int]], joined: list[tuple[int, int]], shuffle: bool
) -> None:
    # Candidates come in text order, except when a start moved left over a hyphen.
    plain = sorted(found, reverse=shuffle)
    cands = [Candidate(s, s + n, "w", INFO, "w") for s, n in plain]
    breaks = [Candidate(s, s + n, "w", INFO, "w") for s, n in sorted(joined)]
    assert _merge(list(cands), breaks) == _reference_merge(list(cands), breaks)


def test_repeated_coded_words_get_equal_but_separate_suggestion_lists() -> None:
    report = scan_text("Een competitieve collega. Een competitieve monteur.")
    coded = [f for f in report.findings if f.category == "coded-word"]
    assert len(coded) == 2
    assert coded[0].suggestions == coded[1].suggestions
    assert coded[0].suggestions is not coded[1].suggestions


def _reference_locate(low: str, keys: list[str]) -> list[tuple[int, int, str]]:
    out = []
    for key in keys:
        pos = low.find(key)
        while pos != -1:
            end = pos + len(key)
            left = pos == 0 or not is_word_char(low[pos - 1])
            if left and (end == len(low) or not is_word_char(low[end])):
                out.append((pos, end, key))
            pos = low.find(key, end)
    return sorted(out)


@settings(max_examples=300, deadline=None)
@given(low=st.text(alphabet=st.sampled_from(list("ane- _\u00ad\u0301é1.")), max_size=60))
def test_locating_keys_finds_what_one_find_after_another_finds(low: str) -> None:
    # "ene" and "aa" overlap themselves, "an" and "né" do not; the soft hyphen and the
    # combining accent count as word characters, "_" and digits too.
    keys = ["ene", "aa", "an", "né", "a"]
    assert _locate(low, keys) == _reference_locate(low, keys)


@settings(max_examples=300, deadline=None)
@given(low=st.text(alphabet=st.sampled_from(list("abman- _\u00ad.")), max_size=60))
def test_locating_compounds_by_their_heads_finds_what_find_finds(low: str) -> None:
    # "abman" and "bbman" are found through their heads "man" and "bman", which end the
    # same words (one result, not two); "man" alone is a key of its own, "bman" is not.
    keys = ["abman", "bbman", "man", "ab", "aabman"]
    compounds = {"abman": 3, "bbman": 4, "aabman": 3}
    assert _locate(low, keys, compounds) == _reference_locate(low, keys)


@given(
    st.none() | st.integers(),
    st.none() | st.integers(),
    st.none() | st.integers(),
    st.none() | st.integers(),
    st.none() | st.text(max_size=8),
)
def test_the_quick_location_is_the_dataclass_location(
    page: int | None,
    line: int | None,
    column: int | None,
    paragraph: int | None,
    section: str | None,
) -> None:
    quick = make_location(page, line, column, paragraph, section)
    plain = Location(page, line, column, paragraph, section)
    assert quick == plain
    assert hash(quick) == hash(plain)
    assert quick.to_dict() == plain.to_dict()
    with pytest.raises(FrozenInstanceError):
        quick.page = 1  # type: ignore[misc]


def test_a_finding_without_a_location_has_the_empty_one() -> None:
    finding = Finding("coded-word", "r", "consider", 0, 1, "x", "m", "e", "s")
    assert finding.location == Location()
    assert finding.to_dict()["location"] == dict.fromkeys(
        ("page", "line", "column", "paragraph", "section")
    )


def test_the_shared_scanner_follows_the_lexicon_folder_and_leaves_configurations_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from anderebril.textscan.config import Config
    from anderebril.textscan.engine import Scanner, scanner_for

    shared = scanner_for("nl", "overkoepelend")
    assert scanner_for("nl", "overkoepelend") is shared
    assert scanner_for("nl", "direct") is not shared
    configured = Config(deny=frozenset())
    assert scanner_for("nl", "overkoepelend", configured) is not shared
    text = "De vakman pakt zijn gereedschap. Hij werkt (m/v) met stoere jongens.\n" * 3
    assert Scanner("nl").scan(text)[0] == shared.scan(text)[0] == shared.scan(text)[0]
    monkeypatch.delenv("ANDEREBRIL_LEXICON_DIR")  # the packaged lexicon, not the fixture one
    assert scanner_for("nl", "overkoepelend") is not shared


WITHOUT_THE_WORD_LIST = [
    "Iemand die zijn vak verstaat. Wie zijn diploma heeft, meldt zich. Ieder heeft zijn taak.",
    "Als iemand zijn cv stuurt, bellen wij hem. Wij zoeken een vrouwelijke monteur.",
    "Als İEMAND zijn cv stuurt, bellen wij hem. Wıe zijn diploma heeft, meldt zich.",
    "Wij zoeken een mannelıjke chauffeur. Als iemand zijn cv ſtuurt, bellen wij hem.",
    "Als iemand\u00ad zijn cv stuurt, bellen wij hem. Gezocht: vrouwelijke\u00ad lasser.",
    "Iedereen-die zijn best doet. Het ministerie zoekt wie zijn. Niemand belt hem.",
]


@patches_engine_internals
@pytest.mark.parametrize("text", WITHOUT_THE_WORD_LIST)
def test_the_distinct_word_shortcut_finds_what_the_searches_in_the_text_find(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rules skip a pass over the text when its distinct words lack the words they need; with
    # the distinct words unknown they search the text itself. Both must find the same,
    # also with soft hyphens and the characters a case-blind regex folds (İ, ı, ſ).
    from anderebril.textscan import engine
    from anderebril.textscan.matching import ChunkWords, find_candidates

    quick = scan_text(text).findings

    def unknown(*args: object) -> tuple[list[Candidate], ChunkWords]:
        found, words = find_candidates(*args)  # type: ignore[arg-type]
        return found, ChunkWords(words.total, None)

    monkeypatch.setattr(engine, "find_candidates", unknown)
    assert scan_text(text).findings == quick
    assert quick  # every text has something to find, so the comparison means something


_WORDS = [
    "vakman",
    "installatievakman",
    "ict",
    "vakmanschap",
    "sjouwerman",
    "roman",
    "talisman",
    "monteur",
    "hoofdmonteur",
    "lerares",
    "zorgmedewerker",
    "medewerker",
    "kraanmachinist",
    "gemeenteklant",
    "stadhuis",
    "kapster",
    "ober",
    "patiënt",
    "coördinator",
    "competitieve",
    "stoere",
    "mannenwereld",
    "zeeman",
    "a",
    "man",
    "werkman",
    "x" * 40,
    "voorman",
    "cvman",
    "abvakman",
]


@pytest.mark.parametrize("word", _WORDS)
def test_classifying_many_words_agrees_with_classifying_one(word: str) -> None:
    # classify_many is classify without its per-word cache, in one loop: same answer.
    lexicon = load_lexicon("nl", DATA_DIR)  # the real one: the fixture has few compound heads
    one = Index(lexicon).classify(word)
    many = Index(lexicon).classify_many({word})
    if one is None or not one.candidate:
        assert word not in many
    else:
        assert many[word] == one


def test_a_compound_needs_a_first_part_of_two_letters_and_takes_the_longest_head() -> None:
    index = Index(load_lexicon("nl", DATA_DIR))
    cv = index.classify("cvman")
    assert cv is not None and cv.compound and cv.head_len == len("man")
    assert index.classify("xman") is None
    longest = index.classify("abvakman")
    assert longest is not None and longest.head_len == len("vakman")


def test_a_turkish_name_keeps_its_chunk_on_the_fast_path() -> None:
    """*ı*, *İ* and *ſ* are read as a case-blind regex reads them (*i*, *s*), so one name such
    as *Aydın* no longer sends every rule of its chunk to a regex over the whole chunk."""
    from anderebril.textscan.index import get_index
    from anderebril.textscan.matching import find_candidates, lowered

    text = "Fatima Aydın uit İSTANBUL is monteur. Wij zoeken een vakman. Wıe zijn diploma heeft."
    low = lowered(text)
    assert len(low) == len(text)
    assert "aydin" in low and "istanbul" in low and "wie zijn" in low
    _, words = find_candidates(text, low, get_index("nl"))
    assert words.distinct is not None and "aydin" in words.distinct
    plain = scan_text(text.replace("ı", "i").replace("İ", "I")).findings
    assert [(f.start, f.rule) for f in scan_text(text).findings] == [
        (f.start, f.rule) for f in plain
    ]


def test_ignore_words_and_the_score_read_dotless_i_as_the_matcher_does() -> None:
    from anderebril.textscan import Config

    ignored = Config(ignore_words=("Vakman Aydın BV",))
    text = "Wij werken samen met Vakman Aydın BV uit Gouda."
    assert scan_text(text, config=ignored).findings == []
    report = scan_text("Wij zoeken een competıtıeve leider.")
    assert [f.text for f in report.findings] == ["competıtıeve"]
    assert report.score.masculine == 1  # counted in the score too
    split = scan_text("Wij zoeken een compe-\ntitieve leider.")
    assert [f.text for f in split.findings] == ["compe-\ntitieve"]
    assert split.score.masculine == 1
